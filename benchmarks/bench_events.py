"""Event resolution on shootings: what grouping by :func:`group_events` costs the figures.

Run from the project root: ``.venv/bin/python benchmarks/bench_events.py [--data DIR] [-v]``. DIR (default
``../shared/gva``) holds ``docs.jsonl`` (doc_id, text, published, source, incident_id) and ``gold.jsonl``
(incident_id, killed, injured, killed_victims, injured_victims, city, state), the layout the incident
scorer reads. As that scorer's figure (c), the articles of all incidents of one city (cities with at
least two incidents) go into one ``reconcile()`` call without event ids. For each pooled incident it
compares the figure with event ids (its articles alone, ``events={doc_id: incident_id}``) to the figure
of the resolved event that holds most of its articles: the best value of the group-'all' quantity with
the most documents (then claims), else the sum over groups. A figure is right when it equals the total
or the victims only. Prints both accuracies, killed and injured, the split and merged-wrongly rates as
the scorer counts them, and with ``-v`` each incident whose two figures disagree on being right.

When an incident's articles split evenly over resolved events (one and one), the event is the first by id,
an order drawn from the labels and blind to the gold. On main at 3dfe806, 42 of the 345 pooled incidents
tied; other blind choices gave killed/injured without ids: the id order 0.872/0.780, the event holding more
of the incident's deaths and injuries claims 0.867/0.780, the event of its first article 0.858/0.774, the
expected value of a random pick among the tied events 0.868/0.780 (so the id order is no lucky pick);
counting a tie right only when every tied event is right 0.855/0.748, when any is 0.881/0.812. The
incident scorer (``score_incidents.py`` section (c)) reports no accuracy without ids, only merged-wrongly
and split, so it makes no such choice.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import casualty_reconcile as cr
from casualty_reconcile.reconcile import Quantity, Reconciliation

CATS = {"deaths": "killed", "injuries": "injured"}


def truths(row: dict[str, Any], cat: str) -> tuple[int, int]:
    key = CATS[cat]
    return int(row[key]), int(row.get(f"{key}_victims", row[key]))


def figure(quantities: list[Quantity], cat: str) -> int:
    """The incident's figure from the quantities of one event (0 without one)."""
    qs = [q for q in quantities if q.category.value == cat]
    if not qs:
        return 0

    def rank(q: Quantity) -> tuple[int, int, int]:
        return q.n_documents, q.n_claims, q.best.value or 0

    whole = [q for q in qs if q.group == "all"]
    if whole:
        return max(whole, key=rank).best.value or 0
    per: dict[str, Quantity] = {}
    for q in qs:
        if q.group not in per or rank(q) > rank(per[q.group]):
            per[q.group] = q
    return sum(q.best.value or 0 for q in per.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/gva", type=Path)
    parser.add_argument("-v", action="store_true", help="list the incidents whose figures disagree")
    args = parser.parse_args()
    docs = [json.loads(line) for line in (args.data / "docs.jsonl").open(encoding="utf-8")]
    gold = {str(row["incident_id"]): row for row in map(json.loads, (args.data / "gold.jsonl").open(encoding="utf-8"))}
    by_incident: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        by_incident[str(doc["incident_id"])].append(doc)
    claims = {
        d["doc_id"]: cr.extract(d["text"], doc_id=d["doc_id"], language="en", published=d.get("published"),
                                source=d.get("source"))
        for d in docs
    }
    pools: dict[tuple[str, str], list[str]] = defaultdict(list)
    for iid, row in gold.items():
        if iid in by_incident:
            pools[(row["city"], row["state"])].append(iid)
    right: Counter[tuple[str, str]] = Counter()
    n = split = eligible = merged = counted = 0
    for _, iids in sorted(pools.items()):
        if len(iids) < 2:
            continue
        incident_of = {d["doc_id"]: iid for iid in iids for d in by_incident[iid]}
        pooled: Reconciliation = cr.reconcile([c for doc in incident_of for c in claims[doc]])
        event_of = {doc: e.event_id for e in pooled.events for doc in e.doc_ids}
        quantity_of = {cid: q for q in pooled.quantities for cid in q.claim_ids}
        doc_of = {c.claim_id: c.doc_id for c in pooled.claims}
        for q in pooled.quantities:
            if q.category.value in CATS:
                incidents = [incident_of[doc_of[cid]] for cid in q.claim_ids]
                counted += len(incidents)
                merged += sum(any(j != i for j in incidents) for i in incidents)
        for iid in sorted(iids):
            ds = by_incident[iid]
            alone = cr.reconcile([c for d in ds for c in claims[d["doc_id"]]], events={d["doc_id"]: iid for d in ds})
            votes = Counter(event_of[d["doc_id"]] for d in ds if d["doc_id"] in event_of)
            main_event = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0] if votes else None
            own = [q for q in pooled.quantities if q.event == main_event]
            n += 1
            is_split = is_eligible = False
            for cat in CATS:
                with_ids = figure(list(alone.quantities), cat) in truths(gold[iid], cat)
                without = figure(own, cat) in truths(gold[iid], cat)
                right[(cat, "ids")] += with_ids
                right[(cat, "pooled")] += without
                if args.v and with_ids != without:
                    print(f"  {iid} {cat}: with ids {'right' if with_ids else 'wrong'}, pooled "
                          f"{'right' if without else 'wrong'} (gold {truths(gold[iid], cat)})")
                toll = [c for c in pooled.claims if incident_of[c.doc_id] == iid and c.category.value == cat
                        and c.group in (None, "all") and c.value in truths(gold[iid], cat) and c.claim_id in quantity_of]
                is_eligible |= len(toll) >= 2
                is_split |= len({quantity_of[c.claim_id].quantity_id for c in toll}) > 1
            split += is_split
            eligible += is_eligible
    print(f"{n} pooled incidents: killed with ids {right[('deaths', 'ids')] / n:.3f} without "
          f"{right[('deaths', 'pooled')] / n:.3f}; injured with ids {right[('injuries', 'ids')] / n:.3f} without "
          f"{right[('injuries', 'pooled')] / n:.3f}")
    print(f"split {split}/{eligible} ({split / max(eligible, 1):.3f}); merged-wrongly {merged}/{counted} "
          f"({merged / max(counted, 1):.3f})")


if __name__ == "__main__":
    main()
