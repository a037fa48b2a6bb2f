"""English extraction case table (issue 4): every row of tests/cases/en_extract.py against extract()."""

from __future__ import annotations

from typing import Any

import pytest

from casualty_reconcile.models import Category, Group, Qualifier

from .cases import harness
from .cases.en_extract import CASES
from .cases.harness import Case

_GROUPS = {g.value for g in Group}


@pytest.mark.parametrize("case", harness.params(CASES, "en"))
def test_en_extract_case(case: Case) -> None:
    harness.check(case)


def _source_params() -> list[Any]:
    out: list[Any] = []
    for case in CASES:
        if "source" not in case.extra:
            continue
        why = case.extra.get("source_xfail")
        marks = [pytest.mark.xfail(reason=str(why), strict=True)] if why else []
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


@pytest.mark.parametrize("case", _source_params())
def test_en_dateline_gives_source(case: Case) -> None:
    """A dateline such as "ALMATY, Jan 9 (Reuters) -" or "KABUL, Afghanistan (AP) --" names the outlet."""
    from casualty_reconcile import extract

    claims = extract(case.text, language="en", published=case.published, doc_id=case.id)
    assert claims, "no claims extracted"
    assert {c.source for c in claims} == {case.extra["source"]}


def test_en_table_is_well_formed() -> None:
    """The table itself: enough rows, every category and group, part_of pointing at an earlier claim."""
    assert len(CASES) >= 120
    assert sum(1 for c in CASES if not c.claims) >= 15
    categories = {claim["category"] for case in CASES for claim in case.claims}
    assert {"deaths", "injuries", "arrests", "troops", "participants"} <= categories
    groups = {claim.get("group") for case in CASES for claim in case.claims}
    assert _GROUPS <= groups
    for case in CASES:
        assert case.id.startswith("en-"), case.id
        for index, claim in enumerate(case.claims):
            Category(claim["category"])
            Qualifier(claim.get("qualifier", "exact"))
            if "group" in claim and claim["category"] != "other":
                assert claim["group"] in _GROUPS, (case.id, claim["group"])
            if "part_of" in claim:
                assert isinstance(claim["part_of"], int) and 0 <= claim["part_of"] < index, case.id
            if claim.get("qualifier") == "vague":
                assert claim["value"] is None, case.id
            if "as_of" in claim:
                assert case.published, f"{case.id}: as_of needs published"
