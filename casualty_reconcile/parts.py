"""Adding up the parts of a total: the groups of :data:`~casualty_reconcile.compare.PART_BLOCKS` never
overlap, so their figures add up under ``all`` and are checked against the total (a step of
:func:`~casualty_reconcile.reconcile.reconcile`)."""

from __future__ import annotations

import bisect

from .compare import _INCLUDES, PART_BLOCKS, _day_reps, _Item, _Key, _whole_for
from .result import Reason
from .wording import _day_text, _group_word, _stated


class _AddUp:
    """The step of reconcile's work that adds up parts (its state is the work's)."""

    buckets: dict[_Key, list[_Item]]
    parents: dict[_Key, tuple[_Key, Reason]]
    notes: dict[_Key, list[str]]
    flagged: dict[_Key, set[Reason]]

    def add_up_parts(self) -> None:
        """The parts of a total that add up across :data:`PART_BLOCKS`, checked against the total."""
        children: dict[_Key, list[_Key]] = {}
        for key, (parent_key, _) in self.parents.items():
            if parent_key[2] == "all" and parent_key[3] == key[3]:
                children.setdefault(parent_key, []).append(key)
        for parent_key, kids in children.items():
            block_of: dict[_Key, int] = {}
            for kid in kids:
                for index, members in enumerate(PART_BLOCKS):
                    if kid[2] in members:
                        block_of[kid] = index
            if len(set(block_of.values())) >= 2:
                self._add_up(parent_key, block_of)

    def _add_up(self, parent_key: _Key, block_of: dict[_Key, int]) -> None:
        kid_reps = {kid: _day_reps(self.buckets[kid], highest_low=True, dated=True) for kid in block_of}
        part_days = sorted({d for kid in block_of for d in kid_reps[kid][0]})
        whole_ordinals, whole_figures = _day_reps(self.buckets[parent_key], highest_low=False, dated=True)
        said: set[tuple[str, ...]] = set()
        for dord in part_days:
            best_in_block: dict[int, _Item] = {}
            for kid, (ordinals, figures) in kid_reps.items():
                at = bisect.bisect_right(ordinals, dord)
                if at == 0:
                    continue
                rep = figures[at - 1]
                block = block_of[kid]
                if block not in best_in_block or rep.lo > best_in_block[block].lo:
                    best_in_block[block] = rep
            if len(best_in_block) < 2:
                continue
            reps = [best_in_block[b] for b in sorted(best_in_block)]
            signature = tuple(sorted(it.cid for it in reps))
            if signature in said:
                continue
            said.add(signature)
            whole = _whole_for(whole_ordinals, whole_figures, dord)
            if whole is None:
                continue
            total = sum(it.lo for it in reps)
            addends = " + ".join(f"{it.lo:,} {_group_word(it.claim.category, it.key[2])}" for it in reps)
            inside = [f.removeprefix("includes_").replace("_", " ") for f in whole.claim.flags if f in _INCLUDES]
            counted = f" (a total that includes {', '.join(inside)})" if inside else ""
            if total > whole.hi:
                self.notes[parent_key].append(
                    f"Parts do not fit: {addends} = at least {total:,} ({_day_text(reps[-1].day)}), more than "
                    f"{_stated(whole.claim)} ({_day_text(whole.day)}){counted} allows."
                )
                self.flagged[parent_key].add(Reason.PART_EXCEEDS_WHOLE)
            else:
                self.notes[parent_key].append(
                    f"Sum of parts (derived): {addends} make at least {total:,} (by {_day_text(max(reps, key=lambda it: it.dord).day)}); "
                    f"the total, {_stated(whole.claim)} ({_day_text(whole.day)}){counted}, has room for them, so the parts fit."
                )
