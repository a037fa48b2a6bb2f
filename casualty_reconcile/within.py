"""The step of reconcile's work that compares the figures of each quantity with one another, in time order
(:meth:`_Within.compare_within`): repeats, updates, decreases, conflicts between origins on one day, corrections and
withdrawn figures, the jumps noted. Its state is the work's (``reconcile._Work``)."""

from __future__ import annotations

import operator
from typing import Final

from .compare import (
    _CUMULATIVE_VALUES,
    _aside,
    _compare_in_quantity,
    _difference,
    _Item,
    _jump,
    _Key,
    _label,
    chain,
    compare_aside,
)
from .models import Category
from .result import Difference, Reason
from .revisions import correction_sentence, revise, revision, withdrawn_sentence
from .sides import conflict_sentence, conflicts, headline

_lo: Final = operator.attrgetter("lo")
_INJURIES: Final = Category.INJURIES.value
_DEATHS: Final = Category.DEATHS.value


class _Within:
    """Each quantity's figures compared with one another (its state is the work's)."""

    keys: list[_Key]
    buckets: dict[_Key, list[_Item]]
    diffs: dict[_Key, list[Difference]]
    notes: dict[_Key, list[str]]
    heads: dict[_Key, list[tuple[int, str]]]
    flagged: dict[_Key, set[Reason]]

    def compare_within(self) -> None:
        """Each figure of a quantity against the next one; jumps noted."""
        for key in self.keys:
            items = self.buckets[key]
            if len(items) < 2:
                continue
            cumulative = key[1] in _CUMULATIVE_VALUES
            out, marks = self.diffs[key], self.flagged[key]
            said: set[frozenset[str]] = set()
            said_high: set[str] = set()  # a side whose disagreement the pass in time order already shows
            withdrawn, corrections = revise(items)
            later: list[tuple[int, str]] = []
            for a, b in chain(items):
                reason, sentence = _compare_in_quantity(a, b, cumulative)
                if a.revised or b.revised or a.claim.flags or b.claim.flags or not (a.aggregate and b.aggregate):
                    revised = revision(a, b, reason)
                    if revised is not None:
                        reason, sentence = revised
                    elif _aside(a) or _aside(b):  # a part or a case told beside the toll
                        reason, sentence, part_first = compare_aside(a, b, reason, sentence)
                        a, b = (a, b) if part_first or reason is not Reason.SUBGROUP else (b, a)
                if (reason is Reason.DECREASE or reason is Reason.CONFLICT) and key[1] == _INJURIES:
                    died = self._injured_died(key, a, b)
                    if died is not None:  # "3 dead, 20 injured", then "5 dead, 18 injured": two of the injured died
                        reason, sentence = died
                        said.add(frozenset((a.cid, b.cid)))
                out.append(_difference(reason, a, b, sentence))
                if reason is Reason.CONFLICT or reason is Reason.DECREASE:
                    marks.add(reason)
                if reason is Reason.CONFLICT:
                    said.add(frozenset((a.cid, b.cid)))
                    if a.dord == b.dord:
                        said_high.add(b.cid if b.lo >= a.lo else a.cid)
                        self.heads[key].append((b.dord, headline(*sorted((a, b), key=_lo))))
                    else:  # a later figure below another origin's earlier one: after the day's own sides
                        later.append((b.dord, headline(b, a, dated=True)))
                if reason is Reason.UPDATE:
                    jump = _jump(a, b)
                    if jump is not None:
                        self.notes[key].append(jump)
            self._revised(key, withdrawn, corrections)
            # every origin against every other on each day: a figure between two sides masks nothing
            for low, high in conflicts(items):
                if frozenset((low.cid, high.cid)) in said or high.cid in said_high:
                    continue
                sentence = conflict_sentence(low, high, _label(low), _label(high))
                out.append(_difference(Reason.CONFLICT, low, high, sentence))
                marks.add(Reason.CONFLICT)
                self.heads[key].append((high.dord, headline(low, high)))
            self.heads[key].extend(later)

    def _revised(self, key: _Key, withdrawn: list[tuple[_Item, _Item]], corrections: list[tuple[_Item, _Item]]) -> None:
        """Each figure withdrawn by its source (a note) and each correction: a difference unless the pass
        in time order gave the same."""
        given = {(d.claim_id, d.other_claim_id) for d in self.diffs[key]}
        for reason, pairs, say in ((Reason.RETRACTED, withdrawn, withdrawn_sentence), (Reason.CORRECTION, corrections, correction_sentence)):
            for old, new in pairs:
                sentence = say(old, new)
                if reason is Reason.RETRACTED:
                    self.notes[key].append(f"Withdrawn: {sentence}")
                if (old.cid, new.cid) not in given and (new.cid, old.cid) not in given:
                    self.diffs[key].append(_difference(reason, old, new, sentence))

    def _injured_died(self, key: _Key, a: _Item, b: _Item) -> tuple[Reason, str] | None:
        """Where a later day's figure of the injured is below an earlier one (a decrease, or a conflict with another
        origin's) and the documents of the two count the event's dead beside them, more dead where fewer injured by at
        least as many and by no more than the injured before ("3 dead, 20 injured", then "5 dead, 18 injured"): the
        injured who died are counted among the dead, an update, no decrease nor conflict; the earlier, higher figure
        leaves the estimates (``_Item.moved``). Figures of one day are left as they are: which came first is unknown."""
        high, low = a, b  # (a sorts first: the earlier day's)
        if not (0 <= high.dord < low.dord and low.hi < high.lo) or high.point is None or low.point is None:
            return None
        dead = self._dead_by_document(key)
        before, after = dead.get(high.claim.doc_id), dead.get(low.claim.doc_id)
        # as many more dead as fewer injured at least, and no more than the injured counted before ("rose from 1 to 472"
        # counts other dead: a tally, another incident)
        if before is None or after is None or not high.point - low.point <= after - before <= high.point:
            return None
        sentence = (
            f"{low.label or _label(low)} is below {high.label or _label(high)}, while the dead its report counts rose from "
            f"{before} to {after}: the injured who died are counted among the dead."
        )
        high.moved = True  # the earlier, higher figure leaves the estimates: the later counts the injured left
        return Reason.UPDATE, sentence

    def _dead_by_document(self, key: _Key) -> dict[str, int]:
        """The largest figure of the event's dead (the quantity of ``key``'s event, group and place) each document
        states as a whole (no part, no case told beside the toll, no vague amount)."""
        event, _, group, place = key
        dead: dict[str, int] = {}
        for item in self.buckets.get((event, _DEATHS, group, place), ()):
            if item.point is None or item.vague or _aside(item):
                continue
            doc = item.claim.doc_id
            dead[doc] = max(dead.get(doc, item.point), item.point)
        return dead
