"""A part told by the article of one and the cause of its harm: one of the total before it.

"Cinq policiers ont été blessés, dont un par un tir de mortier d'artifice": the part is told by no word of degree
(``figure_rules._degree_alone`` reads those: "dont l'un gravement") but by what harmed it, a phrase opened by a word of
``part_cause_openers`` ("par"), up to the end of its clause. It is one of the total, and counts what it counts
(figure.article-alone lets it stand). The phrase names no category of its own (no noun of one, no verb but of the
total's own harm; French leaves out a rate, "dont un par jour", in its data).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .evidence import Evidence


def told_by_cause(ev: Evidence, words: str) -> bool:
    """Whether the words after a part told by the article of one, up to the end of its clause, are the cause of its
    harm ("par un tir de mortier d'artifice", "par des jets de pierres"): one of the total before it."""
    lex = ev.x.lex
    if not lex.lang.part_cause_openers or lex.cause_opener.match(words) is None:  # (the lexicon's: compiled once)
        return False
    total = ev.out[-1].category
    return lex.cat_noun.search(words) is None and all(m.lastgroup == total.value for m in lex.cat_verb.finditer(words))


__all__ = ["told_by_cause"]
