"""French extraction case table (issue 20): every row of tests/cases/fr_extract.py against extract()."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_reconcile.models import Group

from .cases import harness
from .cases.explain import check_explained
from .cases.fr_extract import CASES
from .cases.harness import Case

_GROUPS = {g.value for g in Group}


@pytest.mark.parametrize("case", harness.params(CASES, "fr"))
def test_fr_extract_case(case: Case) -> None:
    check_explained(case)  # a failing row prints the rules that decided its claims


@pytest.mark.parametrize("case", harness.source_params(CASES))
def test_fr_dateline_gives_source(case: Case) -> None:
    """A dateline such as "ALMATY (AFP) -" names the outlet."""
    harness.check_source(case, "fr")


def test_fr_table_is_well_formed() -> None:
    """The table itself: enough rows, every category and group, part_of pointing at an earlier claim."""
    assert len(CASES) >= 120
    assert sum(1 for c in CASES if not c.claims) >= 15
    categories = {claim["category"] for case in CASES for claim in case.claims}
    assert {"deaths", "injuries", "arrests", "troops", "participants"} <= categories
    groups = {claim.get("group") for case in CASES for claim in case.claims}
    assert _GROUPS <= groups
    harness.check_rows(CASES, "fr")


_FILLER = (
    "Le gouvernement fait face à des critiques croissantes sur sa gestion de l'économie.",
    "Les discussions entre les deux camps doivent reprendre la semaine prochaine, selon des diplomates.",
    "Des habitants ont décrit des scènes de chaos alors que la fumée s'élevait au-dessus du centre-ville.",
    "Le président doit s'adresser à la nation à la télévision dans la soirée.",
    "Les agences humanitaires mettent en garde contre une aggravation de la situation dans la région.",
)


def _core(claims: list[Any]) -> list[tuple[str, int | None, str, str | None]]:
    return [(c.category.value, c.value, c.qualifier.value, c.group) for c in claims]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([case for case in CASES if case.claims and not case.xfail and "\n" not in case.text]),
    st.sampled_from(_FILLER),
    st.booleans(),
)
def test_unrelated_paragraph_changes_no_figure(case: Case, filler: str, before: bool) -> None:
    """A paragraph without figures, before or after a row, leaves the row's claims as they were."""
    from casualty_reconcile import extract

    alone = extract(case.text, language="fr", published=case.published)
    text = f"{filler}\n\n{case.text}" if before else f"{case.text}\n\n{filler}"
    together = extract(text, language="fr", published=case.published)
    assert _core(together) == _core(alone)
    for claim in together:
        assert text[claim.start : claim.end] == claim.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([case.text for case in CASES]), min_size=1, max_size=6))
def test_french_extraction_is_deterministic_and_slices_back(texts: list[str]) -> None:
    from casualty_reconcile import extract

    text = "\n\n".join(texts)
    first = extract(text, language="fr", doc_id="d")
    assert first == extract(text, language="fr", doc_id="d")
    assert all(text[c.start : c.end] == c.text for c in first)
    assert all(c.language == "fr" for c in first)
