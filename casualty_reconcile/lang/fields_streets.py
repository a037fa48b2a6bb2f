"""The fields of a language module about streets (a word after a name that makes it a street's, the two
streets of a corner, a word before a street's name): a part of
:class:`~casualty_reconcile.lang.base.LanguageData`, kept apart for size. Keyword-only, so that they may
follow the required fields of the whole."""

from __future__ import annotations

from dataclasses import dataclass

from .validate import Regex

__all__ = ["StreetFields"]


@dataclass(frozen=True, kw_only=True)
class StreetFields:
    """The street fields of :class:`~casualty_reconcile.lang.base.LanguageData`."""

    street_words: tuple[Regex, ...] = ()
    """regex: words right after a place's name that make the name a street's ("Plymouth Avenue",
    "Odessa and Franklin streets", "Dortmunder Straße"): no place of a figure, and no vote for the
    article's country. (French writes its own street's noun first, "rue de Paris"; a street abroad
    keeps its order: "sur Plymouth Avenue".)"""

    street_corner_words: tuple[Regex, ...] = ()
    """regex: words before two names joined as the streets of a corner ("at Flamingo and Durango", "near the
    intersection of Pine and Lima", "an der Kreuzung Flamingo und Durango"), where one of them is no place: both
    are streets' names, no place of a figure and no vote for the article's country (``street_corner_joins``
    joins them)."""

    street_corner_joins: tuple[Regex, ...] = ()
    """regex: the words that join the two streets of a corner ("and", "&", "und", "et")."""

    street_before_words: tuple[Regex, ...] = ()
    """regex: words right before a name that make it a street's ("the 3700 block of Cambridge", the address of
    US local news; none in German and French, whose addresses name the street's noun): no place of a figure and
    no vote for the article's country."""
