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
    """Union-find over document ids that keeps each group's span of days; each group's root is its
    smallest id. Links are made in an order drawn from the documents' contents (day, then id), so the
    groups do not depend on the order of the input."""

    def __init__(self, docs: dict[str, _Doc]) -> None:
        self.parent = {doc_id: doc_id for doc_id in docs}
        self.span = {doc_id: (doc.day, doc.day) for doc_id, doc in docs.items() if doc.day is not None}

    def find(self, item: str) -> str:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, a: str, b: str, max_span: int) -> None:
        """Joins the groups of ``a`` and ``b`` unless the joined group would span more than ``max_span``
        days (a chain of reports, each close to the next, is no event that lasts for weeks); a group whose
        days lie within the other's span joins it whatever that span (a longer link made it: it grows no
        longer)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        first_a, last_a = self.span.get(ra, (None, None))
        first_b, last_b = self.span.get(rb, (None, None))
        if first_a is not None and first_b is not None and last_a is not None and last_b is not None:
            first, last = min(first_a, first_b), max(last_a, last_b)
            if last - first > max_span and (first, last) not in ((first_a, last_a), (first_b, last_b)):
                return
            self.span[ra if ra < rb else rb] = (first, last)
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra


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
