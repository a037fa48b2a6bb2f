"""A figure's qualifier, span and value: hedges before and after it, ranges, two bounds."""

from __future__ import annotations

from fractions import Fraction

import regex

from ..models import Qualifier
from .compiled import Grammar
from .filters import _is_year_like, _rejected
from .pieces import _MAX_WINDOW, _next_starts
from .read import _Raw, _read_anchor, _Reading
from .values import _scale_value

_LINKED_DIGIT = regex.compile(r"[-–—]\d")
_LOWER_BOUNDS = {Qualifier.MORE_THAN: 1, Qualifier.AT_LEAST: 0}
_UPPER_BOUNDS = {Qualifier.LESS_THAN: -1, Qualifier.AT_MOST: 0, Qualifier.UP_TO: 0}
_INCLUSIVE = {Qualifier.MORE_THAN: Qualifier.AT_LEAST, Qualifier.LESS_THAN: Qualifier.AT_MOST}


def _qualify(g: Grammar, text: str, raw: _Raw, lower_limit: int) -> _Reading | None:
    """The qualifier, span and value of the figure at ``raw``; ``None`` when it is no count after all."""
    if raw.vague is not None:
        return _Reading(Qualifier.VAGUE, raw.start, raw.end, None, None, False)
    if raw.qualifier is not None:
        return _Reading(raw.qualifier, raw.start, raw.end, raw.value, raw.high, False)
    window_start = max(lower_limit, raw.start - _MAX_WINDOW)
    before = text[window_start : raw.start]
    start = raw.start
    end = raw.end
    value = raw.value
    opener = g.range_opener_before.match(before)
    joiner = (g.range_after_open if opener else g.range_after).match(text, raw.end, raw.end + _MAX_WINDOW)
    if joiner is not None and raw.number is not None:
        second = g.anchor.match(text, joiner.end())
        other = _read_anchor(g, second) if second is not None else None
        if second is not None and other is not None and other.vague is None and other.value is not None:
            first = Fraction(raw.value) if raw.scaled and raw.value is not None else raw.number
            if other.scaled and not raw.scaled and first < 1000:
                scale = _scale_value(g, second.group("scale"))
                if first * scale <= other.value:
                    first *= scale
            whole = isinstance(first, int) or first.denominator == 1
            if g.not_after.match(text, other.end, other.end + _MAX_WINDOW):
                return None  # the two ends share a unit: "10 bis 20 Uhr", "5 to 10 years", "20-30 Prozent"
            if _LINKED_DIGIT.match(text, other.end):
                return None  # a code or a phone number: "1-222-2222-2222"
            if g.change_before.match(before):
                pass  # "rose from 10 to 20": a change, two figures
            elif whole and first < other.value and not _rejected(g, text, other, second=True):
                if opener is not None:
                    start = window_start + opener.start()
                elif (hedge := g.qualifier_before.match(before)) is not None:
                    start = window_start + hedge.start()  # "etwa 3000 bis 4000": the span keeps its hedge
                year_like = _is_year_like(raw) or _is_year_like(other)
                return _Reading(Qualifier.RANGE, start, other.end, int(first), other.value, year_like)
    if value is None:
        return None
    if _LINKED_DIGIT.match(text, raw.end):
        return None  # a score or a code: "2-1", "3-0", "A-4"
    qualifier = Qualifier.EXACT
    m = g.qualifier_before.match(before)
    if m is not None:
        name = m.lastgroup or ""
        qualifier = Qualifier(name)
        start = window_start + m.start()
    after = g.qualifier_after.match(text, end, end + _MAX_WINDOW)
    if after is not None and qualifier in (Qualifier.EXACT, Qualifier.ABOUT):
        name = after.lastgroup or ""
        if qualifier is Qualifier.EXACT or name != Qualifier.ABOUT.value:
            qualifier = Qualifier(name)  # "about five hundred or more": at least 500
            end = after.end()
    if (
        qualifier in _INCLUSIVE
        and _next_starts(text, end, g.or_equal_starts)
        and (equal := g.or_equal_after.match(text, end, end + _MAX_WINDOW)) is not None
    ):
        qualifier = _INCLUSIVE[qualifier]  # "less than 5000 or equal"
        end = equal.end()
    reading = _Reading(qualifier, start, end, value, None, _is_year_like(raw))
    if (qualifier in _LOWER_BOUNDS or qualifier in _UPPER_BOUNDS) and _next_starts(text, end, g.bound_starts):
        return _two_bounds(g, text, reading) or reading
    return reading


def _two_bounds(g: Grammar, text: str, first: _Reading) -> _Reading | None:
    """One range of a lower and an upper bound: "more than 10 and less than 20", "at most 100 and at
    least 20", "mindestens 20 und höchstens 40"; ``None`` when no second bound follows."""
    join = g.bound_join.match(text, first.end, first.end + _MAX_WINDOW)
    if join is None:
        return None
    phrase = g.qualifier_ahead.match(text, join.end(), join.end() + _MAX_WINDOW)
    if phrase is None or phrase.lastgroup is None:
        return None
    second_q = Qualifier(phrase.lastgroup)
    m = g.anchor.match(text, phrase.end())
    raw = _read_anchor(g, m) if m is not None else None
    if raw is None or raw.value is None or raw.vague is not None or raw.qualifier is not None:
        return None
    if first.value is None or _rejected(g, text, raw, second=True):
        return None
    end = raw.end
    if second_q in _INCLUSIVE and (equal := g.or_equal_after.match(text, end, end + _MAX_WINDOW)) is not None:
        second_q = _INCLUSIVE[second_q]
        end = equal.end()
    if first.qualifier in _LOWER_BOUNDS and second_q in _UPPER_BOUNDS:
        low, high = first.value + _LOWER_BOUNDS[first.qualifier], raw.value + _UPPER_BOUNDS[second_q]
        stated = (first.value, raw.value)
    elif first.qualifier in _UPPER_BOUNDS and second_q in _LOWER_BOUNDS:
        low, high = raw.value + _LOWER_BOUNDS[second_q], first.value + _UPPER_BOUNDS[first.qualifier]
        stated = (raw.value, first.value)
    else:
        return None
    if low > high:
        return None  # "more than 40 and less than 10": two bounds, no range
    return _Reading(Qualifier.RANGE, first.start, end, stated[0], stated[1], False, (low, high))
