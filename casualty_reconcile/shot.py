"""The injured among the shot: a count of the shot (flag ``shot``: "A 3-year-old was shot", "all
four were shot") counts the dead and the injured together until an article of the event says who died.
An article that counts its dead settles its own figures of the shot at extraction
(``engine/shot.py``); the figures still flagged ``shot`` here come from articles that count no dead.

Before reconcile groups an event's claims, a figure of the shot that the event's dead reach (the
median of its counts of the dead as large or larger: "the girl died", "four people were found dead";
the median, so that a stray figure does not decide) says that all the shot died: the injured among
them are none (flagged ``derived``), unless an article counts the dead and the injured apart and an
article states as many injured ("14 people were shot at a party" and "14 injured" beside a stray
"two dozen have died"). Where the shot outnumber every count of the dead, the figure stays as
stated: "14 people shot at a party" beside "one man died" may count the dead among the shot or not
(the headline's "1 Dead, 6 Shot" does not; across articles, reading the shot less the dead was
tried and lost more incidents than it won). One victim
reported wounded ("The teen was shot in the face and taken to a hospital in critical condition")
in an event whose dead reach one, where no article counts the dead and the injured apart, is the
early report of the victim who later died: none injured (flagged ``derived``). Counts of the
dead that are no toll of the event (a tally over a period, another incident, a retracted figure) or
that count the attackers are not used. A figure read so appends :data:`RULE` to its trace (where it has one).
"""

from __future__ import annotations

from typing import Final

from .models import Category, Claim, Flag, traced

RULE: Final = "reconcile.injured-among-shot"  # the name the claim's trace records (trace=True)
_NOT_THE_DEAD: Final = frozenset({Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value, Flag.RETRACTED.value})


def injured_among_shot(claims: list[Claim], events_of: list[str]) -> list[Claim]:
    """``claims`` with each figure of the shot read as the injured among them, and the early report
    of one victim wounded who later died read as none injured (see the module)."""
    shot = Flag.SHOT.value
    dead: dict[str, list[int]] = {}
    stating_dead: set[tuple[str, str]] = set()  # (event, document) with a count of the dead above zero
    stating_hurt: set[tuple[str, str]] = set()  # (event, document) with a count of the injured above zero
    hurt: dict[str, int] = {}  # the largest count of the injured stated per event (no figure of the shot)
    for claim, event in zip(claims, events_of, strict=True):
        if claim.value is None or _NOT_THE_DEAD.intersection(claim.flags):
            continue
        if claim.category is Category.DEATHS and claim.group != "attackers":
            dead.setdefault(event, []).append(claim.value)
            if claim.value:
                stating_dead.add((event, claim.doc_id))
        elif claim.category is Category.INJURIES and claim.value and shot not in claim.flags:
            stating_hurt.add((event, claim.doc_id))
            hurt[event] = max(hurt.get(event, 0), claim.value)
    if not dead:
        return claims
    median = {event: sorted(counts)[(len(counts) - 1) // 2] for event, counts in dead.items()}  # (the lower one)
    apart = {event for event, _ in stating_dead & stating_hurt}  # an article counts the dead and the injured apart
    out: list[Claim] = []
    for claim, event in zip(claims, events_of, strict=True):
        reached = median.get(event)
        if reached is not None and claim.category is Category.INJURIES and claim.value is not None and (
            (shot in claim.flags and reached >= claim.value and not (event in apart and hurt[event] >= claim.value))
            or (claim.value == 1 and reached >= 1 and shot not in claim.flags and event not in apart)
        ):
            claim = _none_injured(claim)
        out.append(claim)
    return out


def _none_injured(claim: Claim) -> Claim:
    """The figure of the shot who all died: none injured, flagged derived."""
    flags = (*[f for f in claim.flags if f != Flag.SHOT.value], Flag.DERIVED.value)
    return claim.model_copy(update={"value": 0, "low": 0, "high": 0, "flags": flags, "trace": traced(claim, RULE)})
