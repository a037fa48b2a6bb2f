"""German extraction case table (issue 3): every row of tests/cases/de_extract.py against extract()."""

from __future__ import annotations

import pytest

from casualty_reconcile.models import Group

from .cases import harness
from .cases.de_extract import CASES
from .cases.explain import check_explained
from .cases.harness import Case

_GROUPS = {g.value for g in Group}


@pytest.mark.parametrize("case", harness.params(CASES, "de"))
def test_de_extract_case(case: Case) -> None:
    check_explained(case)  # a failing row prints the rules that decided its claims


@pytest.mark.parametrize("case", harness.source_params(CASES))
def test_de_dateline_gives_source(case: Case) -> None:
    """A dateline such as "KIEW (dpa) -" names the outlet when no source is passed."""
    harness.check_source(case, "de")


def test_de_table_is_well_formed() -> None:
    """The table itself: enough rows, known names, part_of pointing at an earlier claim of the row."""
    assert len(CASES) >= 100
    assert sum(1 for c in CASES if not c.claims) >= 15
    harness.check_rows(CASES, "de")
