"""One person named right after the verb of what befell them (``verb_first_words``): a count of one.

"Nach dem Zusammenstoß verstarb die 81-jährige Frau im Krankenhaus", "Die Beamten nahmen den 31-Jährigen noch in der
Nacht fest", "Officers arrested the 31-year-old overnight": the verb first, the person after it, where
``single_victim_words`` read the person before the verb only. The patterns join those of ``injured_object_words``
in one pattern and one scan of the text by their first words, the verbs (:func:`object_groups`), and so do those of
``shot_object_words`` (one shot, dead or alive: group :data:`SHOT_OBJECT`, flagged by ``figure.shot-object``); each match is a
count of one (the pipeline's word counts), named by its group "<category>__all" as a word of multiplicity is, and
the rule :func:`verb_first` gives its category.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.base import LanguageData
from ..models import Category

if TYPE_CHECKING:
    from .evidence import Evidence


SHOT_OBJECT = f"{Category.INJURIES.value}__all__shot"  # one shot, dead or alive ("He shot his friend in the chest")


def object_groups(lang: LanguageData) -> dict[str, tuple[str, ...]]:
    """The groups of the lexicon's pattern of one person after a verb: the injured objects and each category's
    persons after their verb, by the name "<category>__all"."""
    groups: dict[str, tuple[str, ...]] = {f"{Category.INJURIES.value}__all": lang.injured_object_words}
    if lang.shot_object_words:  # (after the injured objects: "shot a man in the leg" is one injured)
        groups[SHOT_OBJECT] = lang.shot_object_words
    for category, patterns in lang.verb_first_words.items():
        name = f"{category.value}__all"
        groups[name] = groups.get(name, ()) + tuple(patterns)
    return groups


def object_words(lang: LanguageData) -> tuple[str, ...]:
    """Every pattern of :func:`object_groups` (what the scan by first words reads)."""
    return tuple(p for patterns in object_groups(lang).values() for p in patterns)


def verb_first(ev: Evidence) -> Category | None:
    """The category a figure of one person named after its verb ("verstarb die 81-jährige Frau") names by its
    group; not one injured (``category.injured-object`` names those)."""
    m = ev.multiplicity
    if m is None or m.re is not ev.x.lex.injured_object or not m.lastgroup:
        return None
    category = Category(m.lastgroup.split("__")[0])
    return None if category is Category.INJURIES else category


__all__ = ["SHOT_OBJECT", "object_groups", "object_words", "verb_first"]
