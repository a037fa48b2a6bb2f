"""The fields of a language module about the clause a figure stands in (a relative clause it stands in, the verb
of its own clause that undoes what its noun counts, a word that excepts it from the harm): a part of
:class:`~casualty_reconcile.lang.base.LanguageData`, kept apart for size. Keyword-only, so that they may
follow the required fields of the whole."""

from __future__ import annotations

from dataclasses import dataclass

from .validate import Regex

__all__ = ["ClauseFields"]


@dataclass(frozen=True, kw_only=True)
class ClauseFields:
    """The clause fields of :class:`~casualty_reconcile.lang.base.LanguageData`."""

    relative_openers: tuple[Regex, ...] = ()
    """regex: the words right after a comma that open a relative clause about a thing named before, whose subject
    or object a figure in it may be ("..., an der rund 30 Personen beteiligt waren", "..., in dem 40 Fahrgäste
    saßen", "..., die von 300 Kindern besucht wird"): a verb of a category before the comma is the main clause's,
    not the figure's, nor is the figure joined to a figure after the clause (rule ``figure.in-relative-clause``).
    None in English or French, whose relative pronouns are no articles ("which", "who"; "dans lequel"), and
    whose figure's verb follows it."""

    release_verbs: tuple[Regex, ...] = ()
    """regex: a verb of release, the figure's own verb after it in its clause: a figure of arrests told by its noun
    counts those set free, no arrests ("Im Rahmen des Abkommens wurden 150 Gefangene freigelassen"; rule
    ``category.arrests-released``). None in English or French, whose words of prisoners are no nouns of arrests
    ("39 prisoners were released", "39 prisonniers ont été libérés")."""

    exchange_cues: tuple[Regex, ...] = ()
    """regex: words that name an exchange of captives ("returned in the prisoner swap", "beim Gefangenenaustausch"):
    a figure of troops in a sentence that names one counts soldiers handed over or received, no deployment ("Ukraine
    said 230 of its soldiers had been returned in the swap", "Russland erhielt im Austausch 230 Soldaten zurück";
    rule ``category.troops-exchanged``). Not an exchange of fire."""

    prisoner_nouns: tuple[Regex, ...] = ()
    """regex: a noun of prisoners: a figure of the displaced (a verb of fleeing before or after it) whose own noun is
    one counts prisoners who escaped, no displaced ("Bei dem Ausbruch flohen rund 800 Häftlinge", "some 800 inmates
    fled"; rule ``category.prisoners-escaped``)."""

    exception_words: tuple[Regex, ...] = ()
    """regex: words right before a figure that except it from the harm told before it ("All 179 on board were killed
    except two flight attendants", "Alle Insassen kamen ums Leben, außer zwei Flugbegleiterinnen"): the figure counts
    those the harm spared, no toll (rule ``figure.spared-by-exception``)."""
