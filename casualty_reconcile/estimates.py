"""The estimate policies: low, best and high of a quantity from the figures of its latest day.

``"acled"`` (the most conservative stated figure: low = best = high), ``"ucdp"`` (the lowest lower bound,
the median figure, the upper one of an even number of stated figures of the injured, the highest upper bound;
the dead or injured of a latest day that all fall below a figure stated before are drawn from every day) and
``"intersection"`` (the interval all the day's figures allow; none when they do not intersect).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .compare import _INF, _Item
from .models import Category
from .result import Estimate, shared_fields_set


def _est(value: int | None, claim_ids: tuple[str, ...], rule: str) -> Estimate:
    return shared_fields_set(Estimate(value=value, claim_ids=claim_ids, rule=rule))


def _pool(items: list[_Item], policy: str) -> list[_Item]:
    """The figures the estimates draw on: the latest day's, without retracted or anecdotal ones and
    without vague ones when precise ones exist (each only when something is left); figures their source
    corrected or withdrew later, and injured a later report counts fewer of beside as many more dead, leave first, then figures that are no toll (retracted, anecdotal, a
    part: "three were taken to hospital") when the quantity holds a toll on any day, so that a later
    part does not stand for the whole stated the day before. Under ``"ucdp"``, the dead or injured of a
    latest day that all fall below a figure stated before draw on every day's figures (:func:`_with_earlier`)."""
    items = [it for it in items if not (it.revised or it.moved)] or items
    items = [it for it in items if it.aggregate] or items
    last_day = items[-1].dord
    latest: list[_Item] = []
    for it in reversed(items):
        if it.dord != last_day:
            break
        latest.append(it)
    latest.reverse()
    if latest[-1].tick >= 0:  # reports of known instants that day: an origin's later one supersedes its earlier
        last_tick = {it.origin: it.tick for it in latest}
        latest = [it for it in latest if it.tick < 0 or it.tick >= last_tick[it.origin]]
    pool = [it for it in latest if it.aggregate] or latest
    pool = [it for it in pool if not it.vague] or pool
    if policy == "ucdp" and len(latest) < len(items) and pool[0].claim.category in _NO_SHRINK:
        return _with_earlier(items[: len(items) - len(latest)], pool)
    return pool


def _with_earlier(before: list[_Item], pool: list[_Item]) -> list[_Item]:
    """The latest day's stated figures of the dead or injured and those of the days before, when a figure
    stated before is larger than all of the latest day's: a toll does not shrink from one report to the
    next (a correction is revised, and leaves first), so a later smaller figure is a part or a follow-up
    ("two remain in hospital", "the other four are expected to recover", a later article about the one
    victim it names: "family mourns teen killed in shooting") more often than the whole, and it is one
    voice among the figures stated before rather than the whole; when the latest day's figures are the
    largest (a toll that grows), they stand alone."""
    top = max([it.point for it in pool if it.point is not None], default=None)
    earlier = [it for it in before if it.aggregate and not it.vague]
    if top is None or not any(it.point is not None and it.point > top for it in earlier):
        return pool
    return earlier + pool


def _estimates(pool: list[_Item], policy: str) -> tuple[Estimate, Estimate, Estimate]:
    if len(pool) == 1:
        return _estimates_of_one(pool[0], policy)
    if policy == "ucdp":
        return _estimates_ucdp(pool)

    def ids(chosen: Iterable[_Item]) -> tuple[str, ...]:
        return tuple([it.cid for it in chosen])  # the pool is in quantity order: no sorting needed

    if policy == "acled":
        def coded(it: _Item) -> int:
            value = it.claim.value
            if value is None or it.vague:
                return it.lo
            return int(min(value, it.hi))

        value = min(coded(it) for it in pool)
        chosen = ids(it for it in pool if coded(it) == value)
        rule = "acled: the most conservative (lowest) stated figure of the latest day"
        estimate = _est(value=value, claim_ids=chosen, rule=rule)
        return estimate, estimate, estimate
    if policy == "intersection":
        low = max(it.lo for it in pool)
        high = min(it.hi for it in pool)
        if low > high:
            chosen = ids(pool)
            rule = "intersection: the latest day's bounds do not intersect"
            empty = _est(value=None, claim_ids=chosen, rule=rule)
            return empty, empty, empty
        low_ids = ids(it for it in pool if it.lo == low)
        high_value = None if high == _INF else int(high)
        high_ids = ids(it for it in pool if it.hi == high)
        return (
            _est(value=low, claim_ids=low_ids, rule="intersection: the highest lower bound of the latest day"),
            _est(value=low, claim_ids=low_ids, rule="intersection: the lower end of the interval all latest figures allow"),
            _est(
                value=high_value,
                claim_ids=high_ids,
                rule="intersection: the lowest upper bound of the latest day" if high_value is not None else "intersection: no latest figure has an upper bound",
            ),
        )
    low = min([it.lo for it in pool])
    high = max([it.hi for it in pool])
    points = sorted([it.point for it in pool if it.point is not None])
    best = points[(len(points) - 1) // 2] if points else None
    high_value = None if high == _INF else int(high)
    return (
        _est(low, ids(it for it in pool if it.lo == low), "ucdp: the lowest lower bound of the latest day's figures"),
        _est(
            value=best,
            claim_ids=ids(it for it in pool if it.point == best) if best is not None else (),
            rule="ucdp: the median of the latest day's figures",
        ),
        _est(
            value=high_value,
            claim_ids=ids(it for it in pool if it.hi == high),
            rule="ucdp: the highest upper bound of the latest day's figures" if high_value is not None else "ucdp: open: a latest figure has no upper bound",
        ),
    )


def _estimates_ucdp(pool: list[_Item]) -> tuple[Estimate, Estimate, Estimate]:
    """UCDP-style low/best/high of several figures, in one pass."""
    first = pool[0]
    low, high = first.lo, first.hi
    low_ids, high_ids = [first.cid], [first.cid]
    points = [first.point] if first.point is not None else []
    for it in pool[1:]:
        lo, hi = it.lo, it.hi
        if lo < low:
            low, low_ids = lo, [it.cid]
        elif lo == low:
            low_ids.append(it.cid)
        if hi > high:
            high, high_ids = hi, [it.cid]
        elif hi == high:
            high_ids.append(it.cid)
        if it.point is not None:
            points.append(it.point)
    rules = _RULES["ucdp"]
    best_rule = rules[1]
    stated = _reached_bounds_left(pool, high)
    if stated is not None:
        pool, points, best_rule = stated, [it.point for it in stated if it.point is not None], _REACHED_RULE
    elif high == _INF and len(points) == len(pool) and all(it.hi == _INF and not it.vague for it in pool):
        points, best_rule = [max(points)], _HIGHEST_BOUND_RULE  # "at least 14" (a hospital) beside "at least 20"
    if points:
        points.sort()
        middle = (len(points) - 1) // 2
        if len(points) % 2 == 0 and high != _INF and first.claim.category in _UPPER_MIDDLE:
            middle, best_rule = middle + 1, _UPPER_RULE
        if pool[0].dord != pool[-1].dord:  # (the pool is in quantity order: earlier days first)
            best_rule = _EARLIER_RULES[first.claim.category]
        best: int | None = points[middle]
        best_ids = tuple([it.cid for it in pool if it.point == best])
    else:
        best, best_ids = None, ()
    high_value = None if high == _INF else int(high)
    return (
        _est(low, tuple(low_ids), rules[0]),
        _est(best, best_ids, best_rule),
        _est(high_value, tuple(high_ids), rules[2] if high_value is not None else _OPEN_RULES["ucdp"]),
    )


def _reached_bounds_left(pool: list[_Item], high: int) -> list[_Item] | None:
    """The figures the best rests on when a lower bound is reached by a stated figure: "at least three
    people were taken to hospital" and "four people were shot" agree on four, so the open bound does
    not pull the median below what was stated (None: no such bound)."""
    if high != _INF:
        return None  # (cheap test first) no figure is open-ended
    reached = [it.point for it in pool if it.hi != _INF and not it.vague and it.point is not None]
    if not reached:
        return None
    top = max(reached)
    kept = [it for it in pool if it.hi != _INF or it.vague or it.lo > top]
    return kept if len(kept) < len(pool) else None


# where the latest day's stated figures split evenly, the injured take the higher middle: a count of the
# injured is often told by its parts (one in critical condition, three taken to hospital, the victim
# named), so the lower middle is more often a part than the whole; a toll of the dead is not
_UPPER_MIDDLE: Final = frozenset({Category.INJURIES})
_UPPER_RULE: Final = "ucdp: the upper median of the latest day's stated figures of the injured (parts of them fall short)"
# a toll of the dead or the injured does not shrink from one report to the next: a latest day whose figures
# all fall below one stated before draws on every day's (the dead keep the lower middle of an even number)
_NO_SHRINK: Final = frozenset({Category.DEATHS, Category.INJURIES})
_EARLIER_RULES: Final = {
    Category.INJURIES: (
        "ucdp: the median of every day's stated figures of the injured (the upper one of an even number): the latest"
        " day's fall below a figure stated before, so they tell parts"
    ),
    Category.DEATHS: (
        "ucdp: the median of every day's stated figures of the dead: the latest day's fall below a figure stated"
        " before, so they tell parts or follow-ups"
    ),
}
_REACHED_RULE: Final = "ucdp: the median of the latest day's figures, without the lower bounds a stated figure reaches"
_HIGHEST_BOUND_RULE: Final = (
    "ucdp: the highest of the latest day's lower bounds, where every figure is one: all hold if it does ('at least 14"
    " bodies', a hospital's, beside 'at least 20 killed'), and the lower ones do not pull the best below it"
)


_RULES: Final = {
    "acled": (
        "acled: the most conservative (lowest) stated figure of the latest day",
        "acled: the most conservative (lowest) stated figure of the latest day",
        "acled: the most conservative (lowest) stated figure of the latest day",
    ),
    "intersection": (
        "intersection: the highest lower bound of the latest day",
        "intersection: the lower end of the interval all latest figures allow",
        "intersection: the lowest upper bound of the latest day",
    ),
    "ucdp": (
        "ucdp: the lowest lower bound of the latest day's figures",
        "ucdp: the median of the latest day's figures",
        "ucdp: the highest upper bound of the latest day's figures",
    ),
}
_OPEN_RULES: Final = {
    "acled": "acled: the most conservative (lowest) stated figure of the latest day",
    "intersection": "intersection: no latest figure has an upper bound",
    "ucdp": "ucdp: open: a latest figure has no upper bound",
}


def _estimates_of_one(it: _Item, policy: str) -> tuple[Estimate, Estimate, Estimate]:
    """The estimates of a single figure (the common case, kept cheap)."""
    ids = (it.cid,)
    low_rule, best_rule, high_rule = _RULES[policy]
    if policy == "acled":
        value = it.claim.value
        coded = it.lo if value is None or it.vague else int(min(value, it.hi))
        estimate = _est(value=coded, claim_ids=ids, rule=low_rule)
        return estimate, estimate, estimate
    high = None if it.hi == _INF else int(it.hi)
    best = it.lo if policy == "intersection" else it.point
    return (
        _est(value=it.lo, claim_ids=ids, rule=low_rule),
        _est(value=best, claim_ids=ids if best is not None else (), rule=best_rule),
        _est(value=high, claim_ids=ids, rule=high_rule if high is not None else _OPEN_RULES[policy]),
    )

