"""The day reconcile places a figure on in its quantity's time line (named rules, each with an example).

A figure is on the day it refers to (``as_of``), else its report's publication day: the reporter's local
day, which "today", "on Tuesday" and "gestern" are read from at extraction and which stays the claim's.
Reports filed in different time zones are put on one time line where they can be:

- :data:`INSTANT_DAY_RULE`: a figure dated by its own report (no day of its own, or its report's day) whose
  report gives its publication time with a UTC offset (``Claim.published_at``) is on the UTC day of that
  instant. A New York report of 23:30 on 1 January (UTC-5) comes out after a Tokyo report of 09:00 on
  2 January (UTC+9): both are on 2 January UTC, and the New York figure is no longer read as the earlier.
  A figure its sentence dates to another day ("on Monday") keeps that day; a report known only to the day
  keeps its local day. Within one day, figures of known instants are ordered by them: the later is a later
  figure (compared as the next day's would be), and the estimates leave out an origin's figure that its own
  later report of the day supersedes.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from .models import Claim, published_day, traced

INSTANT_DAY_RULE: Final = "reconcile.publication-instant-day"
INSTANT_DAY_EXAMPLE: Final = (
    ("2024-01-02T09:00:00+09:00", "TOKYO - At least 30 people were killed in the earthquake, the local government said."),
    ("2024-01-01T23:30:00-05:00", "NEW YORK - The death toll from the earthquake in Japan rose to 48, the local government said."),
)
"""two reports of one day in UTC, a calendar day apart in their reporters' local days"""


def figure_day(claim: Claim) -> dt.date | None:
    """The day of ``claim`` on its quantity's time line (:data:`INSTANT_DAY_RULE`)."""
    local = published_day(claim.published)
    day = claim.as_of if claim.as_of is not None else local
    instant = claim.published_at
    if instant is not None and (day is None or day == local):
        return instant.date()
    return day


def instant_tick(claim: Claim, day: dt.date | None) -> int:
    """The publication instant of a figure on the UTC day of its instant (:data:`INSTANT_DAY_RULE`), in
    seconds since the epoch, which orders the figures of one day by when they came out and makes the
    later a later figure (an update of its origin's earlier one); -1 for any other figure."""
    instant = claim.published_at
    return int(instant.timestamp()) if instant is not None and day == instant.date() else -1


def trace_instant_days(claims: list[Claim]) -> list[Claim]:
    """``claims`` with :data:`INSTANT_DAY_RULE` appended to the trace of each traced claim that
    :func:`figure_day` puts on another day than its report's local one."""
    return [
        claim.model_copy(update={"trace": traced(claim, INSTANT_DAY_RULE)})
        if claim.published_at is not None and claim.trace and figure_day(claim) != (claim.as_of or published_day(claim.published))
        else claim
        for claim in claims
    ]


__all__ = ["INSTANT_DAY_EXAMPLE", "INSTANT_DAY_RULE", "figure_day", "instant_tick", "trace_instant_days"]
