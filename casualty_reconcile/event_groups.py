"""The groups of event resolution (:mod:`casualty_reconcile.events`): the union of linked documents,
which keeps each group's span of days, and each event's label."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .event_evidence import _Doc


class _Union:
    """Union-find over document ids, one per length of link (``levels``: the most days a link of that kind
    may join into one event), each keeping its groups' spans of days; each group's root is its smallest id.
    A link of one length joins the groups that the links of that length or shorter formed around the two
    documents linked, so a long link (the same victim named months later) does not let a chain of nearby
    reports absorb every report within the long event's span: the chain is cut as if the long link were not
    there. The groups of the longest length are the events. Links are made in an order drawn from the
    documents' contents (day, then id), so the groups do not depend on the order of the input."""

    def __init__(self, docs: dict[str, _Doc], levels: tuple[int, ...]) -> None:
        self.levels = tuple(sorted(set(levels)))
        self.parents = {level: {doc_id: doc_id for doc_id in docs} for level in self.levels}
        self.spans = {
            level: {doc_id: (doc.day, doc.day) for doc_id, doc in docs.items() if doc.day is not None}
            for level in self.levels
        }
        self.parent = self.parents[self.levels[-1]]

    def find(self, item: str, level: int | None = None) -> str:
        parent = self.parent if level is None else self.parents[level]
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, a: str, b: str, max_span: int) -> None:
        """Joins the groups of ``a`` and ``b`` when the groups that links of at most ``max_span`` days formed
        around them span at most ``max_span`` days together (a chain of reports, each close to the next, is
        no event that lasts for weeks); the join holds for this length and every longer one."""
        if self.find(a) == self.find(b):
            return
        for level in (max_span, self.levels[-1]):
            if not self._fits(a, b, level, max_span):
                return
        for level in self.levels[self.levels.index(max_span):]:
            self._join(a, b, level)

    def _fits(self, a: str, b: str, level: int, max_span: int) -> bool:
        """Whether the groups of ``a`` and ``b`` of this length span at most ``max_span`` days together, or
        (at the longest length, the events) the days of one lie within the other's span (a longer link
        made it: it grows no longer)."""
        span = self.spans[level]
        sa, sb = span.get(self.find(a, level)), span.get(self.find(b, level))
        if sa is None or sb is None:
            return True
        joined = (min(sa[0], sb[0]), max(sa[1], sb[1]))
        return joined[1] - joined[0] <= max_span or (level == self.levels[-1] and joined in (sa, sb))

    def _join(self, a: str, b: str, level: int) -> None:
        ra, rb = self.find(a, level), self.find(b, level)
        if ra == rb:
            return
        if rb < ra:
            ra, rb = rb, ra
        span = self.spans[level]
        sa, sb = span.get(ra), span.get(rb)
        if sa is not None and sb is not None:
            span[ra] = (min(sa[0], sb[0]), max(sa[1], sb[1]))
        elif sb is not None:
            span[ra] = sb
        self.parents[level][rb] = ra


def _label(members: list[str], docs: dict[str, _Doc]) -> tuple[str, str, str | None, str | None]:
    """(label, id stem, place, kind) of an event: its most named place, its most named kind, its first day."""
    places: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    days = []
    for doc_id in members:
        doc = docs[doc_id]
        places.update(doc.places)
        kinds.update(doc.kind_votes)
        if doc.day is not None:
            days.append(doc.day)
    place = _top(places)
    kind = _top(kinds)
    day = dt.date.fromordinal(min(days)).isoformat() if days else None
    parts = [p for p in (place, kind, day) if p]
    label = " · ".join(parts) if parts else "undated event"
    stem = "-".join(re.sub(r"\W+", "-", p.lower()).strip("-") for p in parts) or "event"
    return label, stem, place, kind


def _top(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
