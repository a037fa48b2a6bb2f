"""The fields of a language module about crowds counted with a copula ("Ils étaient 5 000 selon la
préfecture"): a part of :class:`~casualty_reconcile.lang.base.LanguageData`, kept apart for size.
Keyword-only, so that they may follow the required fields of the whole."""

from __future__ import annotations

from dataclasses import dataclass

from .validate import Regex

__all__ = ["CrowdFields"]


@dataclass(frozen=True, kw_only=True)
class CrowdFields:
    """The crowd fields of :class:`~casualty_reconcile.lang.base.LanguageData`."""

    crowd_copulas: tuple[Regex, ...] = ()
    """regex: a pronoun and a copula right before a bare figure (no noun after it) that count a crowd when the
    figure's source (an according-to cue) or the crowd's place (:attr:`crowd_sites`) follows it ("Ils étaient
    5 000 selon la préfecture, 20 000 selon la CGT", "Elles étaient 800 dans les rues de Rennes"; rule
    ``category.crowd-copula``; not "Ils étaient 40 à bord"). None in English or German, which name the crowd
    ("Police put the crowd at 5,000", "Laut Polizei waren es 5000 Demonstranten")."""

    crowd_sites: tuple[Regex, ...] = ()
    """regex: the place of a crowd right after a bare figure after :attr:`crowd_copulas` ("dans les rues",
    "sur le pavé")."""
