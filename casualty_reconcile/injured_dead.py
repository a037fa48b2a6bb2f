"""The injured who later died: a part of the event's dead, not its toll, where the event states more dead.

Used by :mod:`casualty_reconcile.reconcile` before grouping: these claims are read as flagged ``part``
(:func:`mark_injured_dead`), beside the toll, out of its estimates and its time line.

"Five people were injured; two of them later died" is the toll where nothing else counts the dead (the
dead among the shot or the injured are the toll, ``event_words.people_parts``). But beside "A bus
overturned, killing 28 people and injuring 23", "Of the 23 people injured, three later died in hospital"
counts the injured who died since: three more dead, not a toll of three. A figure of the dead that is a part
of a whole of another category (the injured; not the shot, whose dead are the toll) and below the highest lower bound of the event's other figures of the dead
(no part, no anecdote, no withdrawn figure) is such a part (:data:`INJURED_DEAD_RULE`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .models import Category, Claim, Flag, traced

INJURED_DEAD_RULE: Final = "reconcile.injured-who-died-below-the-toll"
"""The name of the decision of :func:`injured_who_died`."""

_NO_TOLL: Final = frozenset({Flag.ANECDOTAL.value, Flag.RETRACTED.value, Flag.PART.value})


def _lowest(claim: Claim) -> int | None:
    return claim.low if claim.low is not None else claim.value


def _highest(claim: Claim) -> int | None:
    return claim.high if claim.high is not None else claim.value


def injured_who_died(claims: Iterable[Claim], events_of: Iterable[str]) -> frozenset[str]:
    """The ids of the claims of the dead that are a part of a whole of another category (the injured, not the
    shot) and below another figure of the dead of their event: a part of the dead, no figure of the toll."""
    pairs = list(zip(claims, events_of, strict=True))
    # the wholes of the injured: not the shot ("35 people have been shot, eight of them fatally": the dead are the toll)
    category_of = {
        claim.claim_id: claim.category for claim, _ in pairs if not (claim.flags and Flag.SHOT.value in claim.flags)
    }
    stated: dict[str, int] = {}  # event -> the highest lower bound of its dead counted as a whole
    among: list[tuple[Claim, str]] = []
    for claim, event in pairs:
        if claim.category is not Category.DEATHS or (claim.flags and _NO_TOLL.intersection(claim.flags)):
            continue
        if claim.part_of is not None:
            if category_of.get(claim.part_of, Category.DEATHS) is not Category.DEATHS:
                among.append((claim, event))
            continue
        low = _lowest(claim)
        if low is not None and low > stated.get(event, -1):
            stated[event] = low
    out: set[str] = set()
    for claim, event in among:
        high = _highest(claim)
        if high is not None and event in stated and high < stated[event]:
            out.add(claim.claim_id)
    return frozenset(out)


def mark_injured_dead(claims: list[Claim], events_of: list[str]) -> list[Claim]:
    """``claims`` with each claim :func:`injured_who_died` finds flagged ``part`` (and :data:`INJURED_DEAD_RULE`
    appended to its trace, where it has one)."""
    found = injured_who_died(claims, events_of)
    if not found:
        return claims
    return [
        claim.model_copy(update={"flags": (*claim.flags, Flag.PART.value), "trace": traced(claim, INJURED_DEAD_RULE)})
        if claim.claim_id in found else claim
        for claim in claims
    ]


__all__ = ["INJURED_DEAD_RULE", "injured_who_died", "mark_injured_dead"]
