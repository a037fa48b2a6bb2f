"""One person named by a noun that counts no one alone, then their kin counted by a figure: the figure counts them all.

French names the first of such a list by an article and a noun that the engine reads as no count ("Une femme et ses
deux enfants ont péri": "femme" alone opens too many stories to be a person word), so figure.list-sum, which adds two
figures, has only the kin to add. The words before the figure (``kin_list_openers``: the article, the noun, the
conjunction and the possessive) say that one more person is counted with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Count, Qualifier
from .rules import Rule, productions

if TYPE_CHECKING:
    from .evidence import Evidence

_REACH = 60  # characters before a figure read for the words that open the list


def _kin_of_one(ev: Evidence) -> Count | None:
    """"Une femme et ses deux enfants ont péri": the figure of the kin, an exact number, counts the one person named
    before them too (not a number of persons first: "Deux hommes et leurs trois enfants" is no opener)."""
    x, count = ev.x, ev.count
    if not x.lex.lang.kin_list_openers or count.qualifier is not Qualifier.EXACT or not isinstance(count.value, int):
        return None
    # (the article before the noun may be a count read and dropped: the span starts before it)
    opener = x.lex.kin_opener.match(x.text, max(ev.sentence.start, count.start - _REACH), count.start)
    if opener is None or any(figure.start >= opener.start() for figure in ev.out):
        # (a person the opener names that is already a figure of its own, "The mother and her two children": the list
        # adds up by figure.list-sum)
        return None
    total = count.value + 1
    return count.model_copy(update={"value": total, "low": total, "high": total, "start": opener.start()})


# the rule that counts the person before their kin with them
KIN_RULES: tuple[Rule[Count], ...] = (
    Rule("figure.kin-of-one", "fr", "Une femme et ses deux enfants ont péri dans l'incendie de leur appartement.", _kin_of_one),
)
_KIN_RULES = productions(KIN_RULES)
