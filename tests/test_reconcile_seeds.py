"""extract + reconcile over the real seed articles: the reading a fact-checker gives them (issue 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualty_reconcile import extract
from casualty_reconcile.reconcile import Reason, Reconciliation, Status, reconcile

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOV = "government of Kazakhstan"
KZ = "Kazakhstan"


@pytest.fixture(scope="module")
def seeds() -> Reconciliation:
    claims = []
    for line in (SEEDS / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        source = json.loads(line)
        text = (SEEDS / source["doc"]).read_text(encoding="utf-8")
        claims += extract(text, doc_id=source["doc"], published=source["published"], language=source["language"])
    return reconcile(claims)


def _core(result: Reconciliation) -> list[str]:
    return [q.quantity_id for q in result.quantities if q.category.value in ("deaths", "injuries", "arrests", "troops")]


def test_extracted_seeds_group_into_the_core_quantities(seeds: Reconciliation) -> None:
    deaths_all = seeds.quantity("deaths", "all", KZ)
    stated = seeds.stated_values(deaths_all)
    assert "Sat 2022-01-08: more than 40" in stated and "Sun 2022-01-09: at least 164" in stated
    assert "Jump: from more than 40 (Sat 2022-01-08) to at least 164 (Sun 2022-01-09) in one day" in deaths_all.explanation
    protesters = seeds.quantity("deaths", "protesters", KZ)
    stated = seeds.stated_values(protesters)
    assert stated.count("Fri 2022-01-07: 26") == 2 and "vague" in stated
    assert seeds.stated_values(seeds.quantity("deaths", "all", "Almaty")) == "Sun 2022-01-09: 103"
    assert seeds.stated_values(seeds.quantity("deaths", "children", "Almaty")) == "Sun 2022-01-09: 2"
    arrests = seeds.quantity("arrests", "all", KZ)
    assert [d.reason for d in seeds.differences if d.quantity_id == arrests.quantity_id] == [
        Reason.COMPATIBLE, Reason.REPEAT, Reason.UPDATE, Reason.UPDATE,
    ]
    troops = seeds.quantity("troops", "foreign_troops", KZ)
    assert troops.origins == ("CSTO",) and troops.n_claims == 3
    for group in ("all", "protesters", "security_forces"):
        seeds.quantity("injuries", group, KZ)


def test_extracted_seeds_have_no_conflict_and_one_government_origin(seeds: Reconciliation) -> None:
    assert seeds.conflicts() == ()
    for qid in _core(seeds):
        q = next(q for q in seeds.quantities if q.quantity_id == qid)
        assert q.status in (Status.CONSISTENT, Status.SINGLE), q.explanation
        if q.category.value == "deaths":
            assert q.origins == (GOV,), q.quantity_id
