"""Comparing figures: one claim as reconciliation sees it, its label in words, and the reason two figures
of a quantity (or a part and its whole) differ.

See :mod:`casualty_reconcile.reconcile` for the rules; this module holds the per-pair work.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from collections import Counter
from typing import Final

from .models import Category, Claim, Flag, Group, OriginType, Qualifier
from .report_days import instant_tick
from .result import Difference, Reason, shared_fields_set
from .wording import _VERBS, _day_text, _group_word, _stated

CUMULATIVE: frozenset[Category] = frozenset({Category.DEATHS, Category.INJURIES, Category.ARRESTS})
"""Categories whose count only grows over time: a later lower figure is a suspicious decrease."""

_CUMULATIVE_VALUES: Final = frozenset(category.value for category in CUMULATIVE)

_Key = tuple[str, str, str, str | None]
"""A quantity's key: event, category value, group, location (strings: enum members hash slowly)."""

SAME_AS_ALL: dict[Category, frozenset[str]] = {Category.ARRESTS: frozenset({Group.PROTESTERS.value})}
"""Groups that stand for the whole count in a category (arrested "protesters" are the arrested)."""

JUMP_FACTOR: Final = 2.0
"""A later figure at least this many times an earlier one, within :data:`JUMP_DAYS`, is called out."""

JUMP_DAYS: Final = 2
JUMP_MIN: Final = 10
"""Earlier figures below this are not called out as the start of a jump."""

PART_BLOCKS: tuple[frozenset[str], ...] = (
    frozenset({Group.SECURITY_FORCES.value}),
    frozenset({Group.FOREIGN_TROOPS.value}),
    frozenset({Group.PROTESTERS.value, Group.CIVILIANS.value, Group.ATTACKERS.value, Group.CHILDREN.value}),
)
"""Groups in different blocks never overlap, so their figures add up under ``all``; groups within a
block may (the ministry's "armed criminals" are the protesters of other reports): the largest counts."""

_PEOPLE: Final = frozenset(group.value for group in Group)
_INCLUDES: Final = {
    Flag.INCLUDES_SECURITY_FORCES.value: Group.SECURITY_FORCES.value,
    Flag.INCLUDES_CIVILIANS.value: Group.CIVILIANS.value,
    Flag.INCLUDES_CHILDREN.value: Group.CHILDREN.value,
    Flag.INCLUDES_PROTESTERS.value: Group.PROTESTERS.value,
    Flag.INCLUDES_FOREIGN_TROOPS.value: Group.FOREIGN_TROOPS.value,
    Flag.INCLUDES_ATTACKERS.value: Group.ATTACKERS.value,
}
_NOT_ESTIMATED: Final = frozenset({Flag.RETRACTED.value, Flag.ANECDOTAL.value, Flag.PART.value})
_INF: Final = 1 << 62
"""The upper bound of an open-ended figure: an int above any count (int comparisons are faster than float)."""
_VAGUE: Final = Qualifier.VAGUE
_EXACT: Final = Qualifier.EXACT


class _Item:
    """One claim as reconciliation sees it."""

    __slots__ = (
        "aggregate", "cid", "claim", "day", "dord", "head_len", "hi", "key", "label", "lo", "moved", "origin",
        "place_label", "point", "qid", "revised", "tick", "vague",
    )

    def __init__(self, claim: Claim, day: dt.date | None, origin: str, key: _Key) -> None:
        fields = claim.__dict__  # one dict look-up per field instead of an attribute walk
        cid = fields["claim_id"]
        low, high, value = fields["low"], fields["high"], fields["value"]
        dord = day.toordinal() if day is not None else -1
        lo = low if low is not None else 0
        hi = high if high is not None else _INF
        self.claim = claim
        self.cid = cid
        self.day = day
        self.dord = dord
        self.lo: int = lo
        self.hi: int = hi
        self.vague = value is None or fields["qualifier"] is _VAGUE
        if value is None:
            self.point: int | None = low
        elif value < lo:
            self.point = lo
        elif value > hi:
            self.point = high
        else:
            self.point = value
        self.origin = origin
        self.key = key
        self.label: str | None = None
        self.place_label: str | None = None
        self.head_len = 0
        self.qid = ""
        flags = fields["flags"]
        self.aggregate = not flags or not _NOT_ESTIMATED.intersection(flags)
        self.revised = False  # corrected or withdrawn by its source later (casualty_reconcile.revisions)
        self.moved = False  # injured some of whom a later report counts among the dead (within._Within._injured_died)
        # the publication instant of a figure dated by its report (report_days.INSTANT_DAY_RULE), in seconds; -1 for none
        self.tick = instant_tick(claim, day)

    def sort_key(self) -> tuple[int, int, int, int, str, int, str]:
        claim = self.claim
        return (self.dord, self.tick, self.lo, self.hi, claim.doc_id, claim.start, self.cid)


@functools.lru_cache(maxsize=4096)
def _phrase(category: Category, group: str, one: bool) -> str:
    """ "protesters killed", "person killed", "aircraft": the group and what happened to it."""
    verb = _VERBS.get(category, "")
    return f"{_group_word(category, group, one)} {verb}" if verb else _group_word(category, group, one)


def _label(item: _Item, *, place: bool = False) -> str:
    """The figure in words with who said it and when: "26 protesters killed (Staatsfernsehen, Fri 2022-01-07)".

    With ``place``, the place follows the people ("103 people killed in Almaty (...)"). Cached on the item.
    """
    if place:
        text = item.place_label
        if text is None:
            base = item.label or _label(item)
            where = item.key[3]
            cut = item.head_len
            text = item.place_label = f"{base[:cut]} in {where}{base[cut:]}" if where else base
        return text
    text = item.label
    if text is not None:
        return text
    claim = item.claim
    one = claim.value == 1 and claim.qualifier is _EXACT
    phrase = _phrase(claim.category, item.key[2], one)
    who, via = claim.speaker or claim.speaker_text, claim.via  # a source that names no one by its words
    if who and via:
        who = f"{who} via {via}"
    elif not who:
        who = via or claim.source or "unattributed"
    head = f"{_stated(claim)} {phrase}"
    item.head_len = len(head)
    text = item.label = f"{head} ({who}, {_day_text(item.day)})"
    return text


def _overlap(a: _Item, b: _Item) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def _same_figure(a: _Item, b: _Item) -> bool:
    ca, cb = a.claim, b.claim
    return a.lo == b.lo and a.hi == b.hi and ca.value == cb.value and ca.qualifier is cb.qualifier


def _compare_in_quantity(a: _Item, b: _Item, cumulative: bool) -> tuple[Reason, str]:
    """The reason two consecutive figures of one quantity differ (``a`` sorts first)."""
    same_origin = a.origin == b.origin
    overlap = _overlap(a, b)
    if _same_figure(a, b):
        if same_origin:
            return Reason.REPEAT, f"{b.label or _label(b)} repeats {a.label or _label(a)}: the same figure from the same origin ({a.origin})."
        return Reason.COMPATIBLE, f"{b.label or _label(b)} confirms {a.label or _label(a)}: the same figure from another origin."
    if (a.vague or b.vague) and overlap:
        if a.vague and b.vague:
            return Reason.VAGUE, f"{a.label or _label(a)} and {b.label or _label(b)} are both vague and overlap."
        vague, exact = (a, b) if a.vague else (b, a)
        return Reason.VAGUE, f"{vague.label or _label(vague)} is vague and covers {exact.label or _label(exact)}."
    dated = a.day is not None and b.day is not None
    if not dated:
        if overlap:
            return Reason.COMPATIBLE, f"{a.label or _label(a)} and {b.label or _label(b)} overlap, so both can be true."
        return (
            Reason.UPDATE,
            f"{a.label or _label(a)} and {b.label or _label(b)} differ and at least one has no date, so the higher is read as an update.",
        )
    if a.dord == b.dord and not (0 <= a.tick < b.tick):  # (two instants of one day: b came out later)
        if overlap:
            return Reason.COMPATIBLE, f"{a.label or _label(a)} and {b.label or _label(b)} overlap, so both can be true."
        if same_origin:
            return (
                Reason.UPDATE,
                f"{b.label or _label(b)} and {a.label or _label(a)} come from the same origin ({a.origin}) on the same day: "
                "the higher figure is read as an update.",
            )
        return (
            Reason.CONFLICT,
            f"{a.label or _label(a)} and {b.label or _label(b)} cannot both be true: different origins ({a.origin}; {b.origin}) "
            "give figures that do not overlap on the same day.",
        )
    # b is later than a
    if not overlap and b.hi < a.lo:
        if cumulative and not same_origin and a.claim.origin_type != _UNSOURCED and b.claim.origin_type != _UNSOURCED:
            return (
                Reason.CONFLICT,
                f"{b.label or _label(b)} is below the earlier {a.label or _label(a)} from another origin, for a count that "
                f"only grows: different origins ({a.origin}; {b.origin}) give figures that cannot both be true.",
            )
        if cumulative:
            return (
                Reason.DECREASE,
                f"{b.label or _label(b)} is below the earlier {a.label or _label(a)}, but this count only grows: a suspicious decrease.",
            )
        return Reason.UPDATE, f"{b.label or _label(b)} is a later, lower figure than {a.label or _label(a)}: this count can go down."
    pa, pb = a.point, b.point
    if not overlap or (pa is not None and pb is not None and pb > pa) or b.lo > a.lo:
        tail = "for a count that only grows" if cumulative else "for the same count"
        return Reason.UPDATE, f"{b.label or _label(b)} is a later figure than {a.label or _label(a)} {tail}: an update."
    if overlap and pa is not None and pb is not None and pb < pa:
        return Reason.COMPATIBLE, f"{b.label or _label(b)} is lower than the earlier {a.label or _label(a)}, but their bounds overlap, so both can be true."
    return Reason.COMPATIBLE, f"{a.label or _label(a)} and the later {b.label or _label(b)} overlap, so both can be true."


_UNSOURCED: Final = OriginType.UNATTRIBUTED.value
"""A figure no source is named for: below another origin's earlier one it is a suspicious decrease, not a side."""
_ASIDE: Final = frozenset({Flag.PART.value, Flag.ANECDOTAL.value})
_RETRACTED: Final = Flag.RETRACTED.value


def _aside(it: _Item) -> bool:
    """Whether a figure stands beside the toll: a part of it ("two of the victims remain in hospital", flag
    ``part``; or a part of the people its whole counts, linked to it and kept out of the estimates: "16 blessés,
    dont trois en urgence absolue", ``event_words.people_parts``) or one case told ("the body of a man was found",
    flag ``anecdotal``), not withdrawn."""
    flags = it.claim.flags
    if not flags:
        return it.claim.part_of is not None and not it.aggregate
    return not _ASIDE.isdisjoint(flags) and _RETRACTED not in flags


def chain(items: list[_Item]) -> list[tuple[_Item, _Item]]:
    """The pairs of a quantity's figures (sorted) compared in time order: the toll's figures one after the
    other, and each figure beside the toll (:func:`_aside`) against the toll's figure next after it, else
    the last one before it; in the order of their first figure. A part told beside the toll is never held
    against the toll's figure before it as its next value."""
    aside = [_aside(it) for it in items]
    if not any(aside) or all(aside):
        return list(itertools.pairwise(items))
    after: list[int] = [-1] * len(items)  # the index of the toll's next figure at or after each position
    nxt = -1
    for n in range(len(items) - 1, -1, -1):
        if not aside[n]:
            nxt = n
        after[n] = nxt
    toll = [n for n in range(len(items)) if not aside[n]]
    pairs = [(a, b) for a, b in itertools.pairwise(toll)]
    for n in range(len(items)):
        if aside[n]:
            other = after[n]
            if other >= 0:
                pairs.append((n, other))
            else:
                pairs.append((toll[-1], n))
    pairs.sort()
    # (not a part against the whole it is linked to: the comparison of part links says how they differ)
    return [(items[a], items[b]) for a, b in pairs if items[a].claim.part_of != items[b].cid and items[b].claim.part_of != items[a].cid]


def compare_aside(a: _Item, b: _Item, reason: Reason, sentence: str) -> tuple[Reason, str, bool]:
    """The reason a figure beside the toll (:func:`_aside`) and a figure of the toll differ: a part or a
    case of the toll no larger than the toll's figure counts a subgroup of its people, not a fall of the
    toll nor another side (``reason``, ``sentence``: as two figures of the toll; a part of one day read as
    an update of that day's toll is a subgroup too). Returns the reason, its sentence and whether ``a`` is
    the part."""
    part, whole = (a, b) if _aside(a) else (b, a)
    if _aside(whole) or part.lo > whole.hi:
        return reason, sentence, part is a
    told_part = Flag.PART.value in part.claim.flags or part.claim.part_of is not None
    if reason is Reason.DECREASE or reason is Reason.CONFLICT or (told_part and reason is Reason.UPDATE and part.dord == whole.dord):
        return (
            Reason.SUBGROUP,
            f"{part.label or _label(part)} counts only some of the people of {whole.label or _label(whole)} "
            "(a part or one case told beside the toll), so it is smaller by nature.",
            True,
        )
    return reason, sentence, part is a


def _compare_part(part: _Item, whole: _Item, reason: Reason, cumulative: bool) -> tuple[Reason, str]:
    """A part (subgroup or subarea) against its whole."""
    same_day = part.dord == whole.dord and part.day is not None
    later_whole = whole.dord >= part.dord and part.day is not None and whole.day is not None
    if part.lo > whole.hi and (same_day or (cumulative and later_whole)):
        when = "on the same day" if same_day else "given later for a count that only grows"
        return (
            Reason.PART_EXCEEDS_WHOLE,
            f"{_label(part, place=True)} is larger than its whole, {_label(whole, place=True)} {when}: "
            "a part cannot exceed its total.",
        )
    if reason is Reason.SUBAREA:
        return (
            Reason.SUBAREA,
            f"{_label(part, place=True)} counts only {part.key[3]}, a part of the area of {_label(whole, place=True)}.",
        )
    return (
        Reason.SUBGROUP,
        f"{_label(part, place=True)} counts a subgroup of the people in {_label(whole, place=True)}, so it is smaller by nature.",
    )


def _difference(reason: Reason, a: _Item, b: _Item, sentence: str) -> Difference:
    return shared_fields_set(Difference(
        reason=reason,
        claim_id=a.cid,
        other_claim_id=b.cid,
        quantity_id=a.qid,
        other_quantity_id=b.qid,
        sentence=sentence,
        event=a.key[0],
    ))


def _day_reps(items: list[_Item], *, highest_low: bool, dated: bool = False) -> tuple[list[int], list[_Item]]:
    """Each day's representative figure, in one pass over sorted items: the highest lower bound (for a
    part) or the highest upper bound (for a whole); ties go to the first in document order. Retracted and
    anecdotal claims are left out (and undated ones when ``dated``). Returns (day ordinals, figures)."""
    ordinals: list[int] = []
    reps: list[_Item] = []
    last = -2
    for it in items:
        if not it.aggregate or (dated and it.day is None):
            continue
        if it.dord != last:
            last = it.dord
            ordinals.append(last)
            reps.append(it)
            continue
        chosen = reps[-1]
        if highest_low:
            if it.lo > chosen.lo or (it.lo == chosen.lo and it.hi > chosen.hi):
                reps[-1] = it
        elif it.hi > chosen.hi or (it.hi == chosen.hi and it.lo > chosen.lo):
            reps[-1] = it
    return ordinals, reps


def _whole_for(ordinals: list[int], reps: list[_Item], dord: int) -> _Item | None:
    """The whole's figure to hold a part of day ``dord`` against: that day's, else the next, else the last before."""
    if not reps:
        return None
    at = bisect.bisect_left(ordinals, dord)
    return reps[at] if at < len(reps) else reps[-1]


def _jump(a: _Item, b: _Item) -> str | None:
    """A note when ``b`` is at least :data:`JUMP_FACTOR` times ``a`` within :data:`JUMP_DAYS`."""
    if (
        a.day is not None
        and b.day is not None
        and 0 < b.dord - a.dord <= JUMP_DAYS
        and a.point is not None
        and b.point is not None
        and a.point >= JUMP_MIN
        and b.point >= JUMP_FACTOR * a.point
    ):
        span = "one day" if b.dord - a.dord == 1 else f"{b.dord - a.dord} days"
        return (
            f"Jump: from {_stated(a.claim)} ({_day_text(a.day)}) to {_stated(b.claim)} ({_day_text(b.day)}) "
            f"in {span}, ×{b.point / a.point:.1f}: check what the new figure counts."
        )
    return None


def _explanation(
    items: list[_Item],
    n_documents: int,
    origin_names: tuple[str, ...],
    own: list[Difference],
    marks: set[Reason],
    notes: list[str],
) -> list[str]:
    """A quantity's explanation, sentence by sentence."""
    sentences = [
        f"{len(items)} figure{'s' if len(items) != 1 else ''} in {n_documents} document{'s' if n_documents != 1 else ''} "
        f"from {len(origin_names)} origin{'s' if len(origin_names) != 1 else ''} ({'; '.join(origin_names)})."
    ]
    if own:
        by_reason = Counter([d.reason.value for d in own])
        listed = ", ".join([f"{n} {name}" for name, n in sorted(by_reason.items())])
        sentences.append(f"Differences: {listed}.")
    if Reason.CONFLICT in marks:
        first = next((d.sentence for d in own if d.reason is Reason.CONFLICT), None)
        sentences.append(f"Conflict: {first}" if first else "Conflict: a related quantity's figures conflict with this one's.")
    else:
        sentences.append("No conflict.")
    if Reason.DECREASE in marks or Reason.PART_EXCEEDS_WHOLE in marks:
        suspicious = (Reason.DECREASE, Reason.PART_EXCEEDS_WHOLE)
        first = next((d.sentence for d in own if d.reason in suspicious), None)
        if first:
            sentences.append(f"Suspicious: {first}")
    sentences.extend(notes)
    sentences.append(f"Latest: {_label(items[-1])}.")
    return sentences
