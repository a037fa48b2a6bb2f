"""Disagreements between origins: per quantity and day, each origin's figures against every other's.

Comparing each figure with the next one in time order (:mod:`casualty_reconcile.compare`) misses two
sides that disagree when a third figure lies between them: the government's 19 and the opposition's
"more than 60" on one day are a conflict even when a rights group's "at least 19" sorts between them.
So, per quantity and day, each origin keeps its extreme figures: the highest lower bound and the lowest
upper bound. Two origins disagree when one's highest lower bound is above the other's lowest upper
bound; the two lowest upper bounds of distinct origins are enough to find, for every origin, the other
origin it disagrees with most (near-linear: one pass over the figures, a sort of the day's origins).

A part (a subgroup or a subarea) larger than its whole from another origin on the same day is a
conflict too: the same extremes of the part's and the whole's figures are compared.

Retracted and anecdotal figures, vague amounts and undated figures take no side.
"""

from __future__ import annotations

from collections.abc import Iterator

from .compare import _INF, _Item
from .wording import _day_text, _stated

_Extremes = tuple[dict[str, _Item], list[_Item]]
"""A day's figures: each origin's figure with the highest lower bound; the two figures with the lowest
upper bounds from two distinct origins (lowest first)."""


def _days(items: list[_Item]) -> Iterator[list[_Item]]:
    """The dated figures that take a side, one list per day (``items`` are sorted by day)."""
    day: list[_Item] = []
    last = -1
    for it in items:
        if it.dord < 0 or not it.aggregate or it.vague:
            continue
        if it.dord != last:
            if len(day) > 0:
                yield day
            day, last = [], it.dord
        day.append(it)
    if day:
        yield day


def _extremes(day: list[_Item]) -> _Extremes:
    top: dict[str, _Item] = {}
    bottom: dict[str, _Item] = {}
    for it in day:
        origin = it.origin
        high = top.get(origin)
        if high is None or it.lo > high.lo:
            top[origin] = it
        low = bottom.get(origin)
        if low is None or it.hi < low.hi:
            bottom[origin] = it
    lowest = sorted(bottom.values(), key=lambda it: (it.hi, it.cid))[:2]
    return top, lowest


def _below(lowest: list[_Item], origin: str) -> _Item | None:
    """The figure with the lowest upper bound from an origin other than ``origin``."""
    for it in lowest:
        if it.origin != origin:
            return it
    return None


def conflicts(items: list[_Item]) -> list[tuple[_Item, _Item]]:
    """Every pair (lower figure, higher figure) of one quantity's figures from two origins on one day whose
    bounds do not overlap: for each origin, its highest figure against the lowest of the others."""
    found: list[tuple[_Item, _Item]] = []
    for day in _days(items):
        if len(day) < 2:
            continue
        top, lowest = _extremes(day)
        if len(top) < 2:
            continue
        for origin in sorted(top):
            high = top[origin]
            low = _below(lowest, origin)
            if low is not None and high.lo > low.hi:
                found.append((low, high))
    return found


def part_conflicts(parts: list[_Item], wholes: list[_Item]) -> list[tuple[_Item, _Item]]:
    """Every pair (part, whole) of one day from two origins where the part's lower bound is above the
    whole's upper bound: a part larger than a whole from another origin."""
    whole_days: dict[int, list[_Item]] = {day[0].dord: _extremes(day)[1] for day in _days(wholes)}
    found: list[tuple[_Item, _Item]] = []
    for day in _days(parts):
        lowest = whole_days.get(day[0].dord)
        if lowest is None:
            continue
        top, _ = _extremes(day)
        for origin in sorted(top):
            part = top[origin]
            whole = _below(lowest, origin)
            if whole is not None and whole.hi < _INF and part.lo > whole.hi:
                found.append((part, whole))
    return found


def headline(low: _Item, high: _Item, *, dated: bool = False) -> str:
    """ "government of Bangladesh 19 vs BNP more than 60 (Tue 2024-05-14): conflict."; ``dated``: each
    figure with its day ("government of Bangladesh 19 (Wed 2024-05-15) vs BNP more than 60 (Tue 2024-05-14)"),
    a later figure below another origin's earlier one for a count that only grows."""
    if dated:
        return (
            f"{low.origin} {_stated(low.claim)} ({_day_text(low.day)}) vs {high.origin} {_stated(high.claim)} "
            f"({_day_text(high.day)}): conflict."
        )
    return f"{low.origin} {_stated(low.claim)} vs {high.origin} {_stated(high.claim)} ({_day_text(high.day)}): conflict."


def conflict_sentence(low: _Item, high: _Item, low_label: str, high_label: str, *, part: bool = False) -> str:
    """The sentence of a conflict between two origins found across the day's figures."""
    if part:
        return (
            f"{low_label} is larger than its whole, {high_label}, from another origin on the same day: "
            f"{low.origin} and {high.origin} cannot both be right."
        )
    return (
        f"{low_label} and {high_label} cannot both be true: different origins ({low.origin}; {high.origin}) "
        "give figures that do not overlap on the same day."
    )

__all__ = ["conflict_sentence", "conflicts", "headline", "part_conflicts"]
