"""Parts of a total told by their words of degree alone, right after the total's clause and a comma, with no cue of a
part before them: "Ten people were injured, three seriously and seven lightly", "Zehn Menschen wurden verletzt, drei
schwer und sieben leicht".

A bare number after a comma names nothing by itself (in English it counts no known noun: figure.no-known-noun); two
such numbers joined by a conjunction, each followed by a few words of degree, that add up to the total right before
them are that total's breakdown. The sum is the cue that the cue words ("including", "darunter", "of them") give
elsewhere: without it ("Ten people were injured, three men were arrested") the figure is left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .patterns import _HARM
from .rules import Rule, productions

if TYPE_CHECKING:
    from .doc import Figure
    from .evidence import Evidence

_DEGREE_TAIL = regex.compile(r"\p{Ll}+(?: \p{Ll}+){0,2}")  # a second part's words of degree: "lightly", "with minor injuries"
_CLAUSE_MARK = regex.compile(r"[,;:.()]")


def _degree_parts(ev: Evidence) -> Figure | None:
    """The total before a bare number after a comma that opens its breakdown by degree: the number, its own few
    words of degree and a conjunction ("three seriously and"), then a second bare number and its words of degree up
    to the clause's end ("seven lightly."), the two adding up to the total (exact numbers); the total is a figure of
    harm, right before, and no part itself."""
    x, out, i, counts = ev.x, ev.out, ev.i, ev.counts
    if not out or i == 0 or i + 1 >= len(counts):
        return None
    total = out[-1]
    if total.parent is not None or total.count is not counts[i - 1] or total.category not in _HARM:
        return None
    count, second = ev.count, counts[i + 1]
    if not (isinstance(total.count.value, int) and isinstance(count.value, int) and isinstance(second.value, int)):
        return None
    if count.value + second.value != total.count.value or count.value == 0 or second.value == 0:
        return None
    text = x.text
    connector = text[total.end : count.start].rstrip()
    if not connector.endswith(",") or _CLAUSE_MARK.search(connector[:-1]) is not None:
        return None  # right after the total's clause and a comma, no other clause between
    if not x._degree_joined(text[count.end : second.start], total.category):
        return None  # "three seriously and"
    tail = _CLAUSE_MARK.split(text[second.end : ev.sentence.end], maxsplit=1)[0].strip()
    if _DEGREE_TAIL.fullmatch(tail) is None or x.lex.person.search(tail) is not None:
        return None
    lex = x.lex
    nouns = [m.lastgroup for m in (*lex.cat_noun.finditer(tail), *lex.cat_verb.finditer(tail))]
    return total if all(name == total.category.value for name in nouns) else None


# a bare number after the total's comma that opens the total's breakdown by degree: a part of it
DEGREE_PART_RULES: tuple[Rule[Figure], ...] = (
    Rule("figure.degree-parts-after-comma", "en", "Ten people were injured, three seriously and seven lightly.", _degree_parts),
)
_DEGREE_PART_RULES = productions(DEGREE_PART_RULES)


def opens_degree_parts(ev: Evidence) -> bool:
    """Whether the figure opens its total's breakdown by degree (figure.no-known-noun lets it stand)."""
    return _degree_parts(ev) is not None
