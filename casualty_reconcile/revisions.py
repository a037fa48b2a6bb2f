"""Corrections and withdrawals: a source that revises its own figure and says so.

A claim flagged ``correction`` (its sentence says it corrects an earlier figure: "lowered the toll ...
counted twice", "korrigierte die Zahl auf 21") supersedes the figures of its origin on its day and
before: they stay on the time line, and the sides they took stay taken, but they leave the estimates
(the corrected figure is the best). The difference between the two is a ``correction``, not a
suspicious ``decrease``; an unexplained fall of its own figure still is one (:mod:`casualty_reconcile.compare`).

A claim flagged ``retracted`` (its sentence withdraws a figure: "zog die Angabe zurück") withdraws
the same figure of its origin given on its day or before: both leave the estimates, the sides and the
part/whole comparisons, and the difference is ``retracted``. A figure withdrawn is held against no
other: a comparison with it that would be a conflict, a decrease or an update is ``retracted`` instead
(the police's withdrawn 450 arrests, then the judiciary's 700: no update of the 450).
"""

from __future__ import annotations

from typing import Final

from .compare import _Item, _label, _same_figure
from .models import Flag
from .result import Reason
from .wording import _day_text

_CORRECTION: Final = Flag.CORRECTION.value
_RETRACTED: Final = Flag.RETRACTED.value


def revise(items: list[_Item]) -> tuple[list[tuple[_Item, _Item]], list[tuple[_Item, _Item]]]:
    """Mark the figures of one quantity that their source corrected or withdrew (``revised``; a withdrawn
    one also leaves the aggregate); returns the pairs (withdrawn figure, the retraction) and (corrected
    figure, the correction: the origin's last other figure before it)."""
    corrected: dict[str, int] = {}  # origin -> the day of its latest correction
    retractions: list[_Item] = []
    for it in items:
        flags = it.claim.flags
        if not flags:
            continue
        if _RETRACTED in flags:
            if not _rise_from(it, items):  # (the start of a rise its sentence tells: no figure taken back)
                retractions.append(it)
        elif _CORRECTION in flags:
            corrected[it.origin] = max(corrected.get(it.origin, -1), it.dord)
    if not corrected and not retractions:
        return [], []
    last: dict[str, _Item] = {}  # origin -> its last figure so far that is no revision
    corrections: list[tuple[_Item, _Item]] = []
    given: dict[tuple[str, int | None], list[_Item]] = {}
    for it in items:
        flags = it.claim.flags
        if _RETRACTED in flags:
            it.revised = it in retractions  # (out of the estimates all the same: not aggregated)
            continue
        given.setdefault((it.origin, it.claim.value), []).append(it)
        day = corrected.get(it.origin)
        if day is None:
            continue
        if _CORRECTION in flags:
            before = last.get(it.origin)
            if before is not None and not _same_figure(before, it):
                corrections.append((before, it))
        elif it.dord <= day:
            it.revised = True
            last[it.origin] = it
    withdrawn: list[tuple[_Item, _Item]] = []
    for retraction in retractions:
        for it in given.get((retraction.origin, retraction.claim.value), ()):
            if it.dord <= retraction.dord and it.aggregate:
                it.revised, it.aggregate = True, False
                withdrawn.append((it, retraction))
    return withdrawn, corrections


def _rise_from(retraction: _Item, items: list[_Item]) -> bool:
    """reconcile.rise-from-earlier-figure: "The toll rose to 12 on Thursday, up from nine reported earlier": a
    figure told as an earlier report (flagged ``retracted`` so that it leaves the estimates) in a sentence whose
    own toll of its origin is higher, neither withdrawn nor a correction, is where the rise started, not a
    figure taken back: the same figure given before stays the earlier value of an update (not "earlier reports
    of 14 dead were wrong; 12 died", nor "revised down to 212 from 240": a lower toll beside it)."""
    c = retraction.claim
    return any(
        it.claim.doc_id == c.doc_id and it.claim.sentence == c.sentence and it.origin == retraction.origin
        and not it.claim.flags and it.lo > retraction.hi
        for it in items
    )


def _given_up(old: _Item, new: _Item) -> bool:
    """The value a correction gives up, in the correction's own sentence ("revised down to 212 from 240":
    240 is flagged ``retracted``), beside the correction: the two differ by the correction."""
    o, n = old.claim, new.claim
    return (
        _RETRACTED in o.flags and _CORRECTION in n.flags and o.doc_id == n.doc_id and o.sentence == n.sentence
        and old.origin == new.origin
    )


def _gone(it: _Item) -> bool:
    """Withdrawn: a retraction, or a figure a retraction took back."""
    return it.revised and not it.aggregate


def revision(a: _Item, b: _Item, reason: Reason) -> tuple[Reason, str] | None:
    """The reason two consecutive figures differ when one corrects or withdraws the other (``reason``:
    what they would be without the revision), else ``None``."""
    if _given_up(a, b) or _given_up(b, a):
        new, old = (b, a) if _CORRECTION in b.claim.flags else (a, b)
        return Reason.CORRECTION, correction_sentence(old, new)  # "revised down to 212 from 240": 212 corrects 240
    if _gone(a) or _gone(b):
        if a.origin == b.origin and a.claim.value == b.claim.value:
            old, new = (a, b) if _RETRACTED in b.claim.flags else (b, a)
            return Reason.RETRACTED, withdrawn_sentence(old, new)
        if reason is Reason.CONFLICT or reason is Reason.DECREASE or reason is Reason.UPDATE:
            gone, other = (a, b) if _gone(a) else (b, a)
            return (
                Reason.RETRACTED,
                f"{_label(gone)} was withdrawn by its source, so it is not held against {_label(other)}.",
            )
        return None
    fa, fb = _CORRECTION in a.claim.flags, _CORRECTION in b.claim.flags
    if (fa or fb) and a.origin == b.origin and not _same_figure(a, b):
        new, old = (b, a) if fb else (a, b)
        return Reason.CORRECTION, correction_sentence(old, new)
    return None


def correction_sentence(old: _Item, new: _Item) -> str:
    return (
        f"{_label(new)} corrects {_label(old)}: the source revised its own figure and says so; "
        "the corrected figure counts."
    )


def withdrawn_sentence(old: _Item, retraction: _Item) -> str:
    return (
        f"{_label(old)} was withdrawn by its source ({_day_text(retraction.day)}): "
        "it leaves the estimates."
    )


__all__ = ["correction_sentence", "revise", "revision", "withdrawn_sentence"]
