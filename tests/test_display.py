"""Claims in Jupyter: ``ClaimList._repr_html_`` highlights each figure and escapes every piece of text."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from casualty_reconcile import ClaimList
from casualty_reconcile.display import (
    claims_html,
    format_bound,
    highlight_html,
    render_claims_text,
)
from casualty_reconcile.frame import CLAIM_DTYPES
from tests.factories import make_claim

SCRIPT = '<script>alert("x")</script>'


def test_figure_is_marked_in_its_sentence() -> None:
    claim = make_claim(
        text="mindestens 164 Todesopfern", sentence="Die Behörden sprachen von mindestens 164 Todesopfern."
    )
    assert highlight_html(claim) == "Die Behörden sprachen von <mark>mindestens 164 Todesopfern</mark>."


def test_every_piece_of_text_is_escaped() -> None:
    claim = make_claim(
        doc_id=f"doc {SCRIPT}",
        text="12 <b>Tote</b>",
        sentence=f"{SCRIPT} Es gab 12 <b>Tote</b> & mehr.",
        speaker=f"Polizei {SCRIPT}",
        via="<i>TV</i>",
        location="<Almaty>",
        group='"all"',
        flags=("unverified",),
    )
    page = ClaimList([claim])._repr_html_()
    assert "<script" not in page and "<b>" not in page and "<i>" not in page and "<Almaty>" not in page
    assert html.escape(SCRIPT) in page
    assert "<mark>12 &lt;b&gt;Tote&lt;/b&gt;</mark> &amp; mehr." in page
    assert "Polizei &lt;script&gt;" in page and "via &lt;i&gt;TV&lt;/i&gt;" in page
    # the only tags are the table's own
    assert set(re.findall(r"</?([a-z]+)", page)) <= {"div", "p", "table", "thead", "tbody", "tr", "th", "td", "mark", "br", "small"}


def test_figure_missing_from_sentence_is_still_shown_escaped() -> None:
    claim = make_claim(text="zwei <Kinder>", sentence="Ein anderer Satz.")
    assert highlight_html(claim) == "Ein anderer Satz. [<mark>zwei &lt;Kinder&gt;</mark>]"


def test_table_lists_each_claim_with_its_bound_and_attribution() -> None:
    claims = ClaimList(
        [
            make_claim(),
            make_claim(
                text="dutzende Demonstranten", start=40, value=None, qualifier="vague", low=24, high=199,
                speaker="Gesundheitsministerium", via="Staatsfernsehen",
            ),
        ]
    )
    page = claims._repr_html_()
    assert page.count("<tr title=") == 2
    assert "≥ 164" in page and "24–199" in page
    assert "Gesundheitsministerium via Staatsfernsehen" in page
    assert "<p>2 claims</p>" in page


def test_long_lists_are_cut_with_a_note() -> None:
    claims = [make_claim(start=i) for i in range(5)]
    page = claims_html(claims, max_rows=3)
    assert page.count("<tr title=") == 3
    assert "… and 2 more claims" in page


def test_empty_list() -> None:
    assert ClaimList()._repr_html_() == "<p><em>No claims.</em></p>"
    frame = ClaimList().to_frame()
    assert list(frame.columns) == list(CLAIM_DTYPES)
    assert len(frame) == 0


def test_claimlist_is_a_list_and_slices_to_a_claimlist() -> None:
    claims = ClaimList(make_claim(start=i) for i in range(4))
    assert isinstance(claims, list) and len(claims) == 4
    assert claims == [make_claim(start=i) for i in range(4)]
    assert isinstance(claims[1:3], ClaimList) and claims[1:3] == [make_claim(start=1), make_claim(start=2)]
    assert claims[0] == make_claim(start=0)
    frame = claims.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["start"]) == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("low", "high", "shown"),
    [
        pytest.param(164, 164, "164", id="exact"),
        pytest.param(164, None, "≥ 164", id="at-least"),
        pytest.param(None, 5999, "≤ 5,999", id="at-most"),
        pytest.param(24, 199, "24–199", id="range"),
        pytest.param(None, None, "?", id="unknown"),
        pytest.param(3001, None, "≥ 3,001", id="thousands-separator"),
    ],
)
def test_format_bound(low: int | None, high: int | None, shown: str) -> None:
    assert format_bound(low, high) == shown


def test_text_table_aligns_columns_and_cuts_long_cells() -> None:
    claims = [make_claim(), make_claim(start=99, text="x" * 80, speaker=None, via=None)]
    text = render_claims_text(claims, max_width=20)
    lines = text.splitlines()
    assert lines[0].split() == ["document", "figure", "category", "bound", "group", "location", "said", "by", "as", "of", "flags"]
    assert len({line.index("deaths") for line in lines[2:]}) == 1  # aligned
    assert "x" * 19 + "…" in text and "x" * 20 not in text
    assert render_claims_text([]) == "No claims found."


def test_reconciliation_html_escapes_article_text() -> None:
    from casualty_reconcile.reconcile import reconcile

    claims = [
        make_claim(
            doc_id="<img src=x onerror=alert(1)>",
            sentence=f"{SCRIPT} Die Behörden sprachen von mindestens 164 Todesopfern.",
            speaker=f"<b>Behörden</b>{SCRIPT}",
        ),
        make_claim(doc_id="b", start=10, value=40, qualifier="more_than", low=41, high=None, text="mehr als 40 Tote",
                   as_of="2022-01-08", published="2022-01-08", speaker="Innenministerium"),
    ]
    page = reconcile(claims)._repr_html_()
    assert "<script" not in page and "<img" not in page and "<b>Behörden" not in page
    assert html.escape(SCRIPT) in page or html.escape(SCRIPT, quote=False) in page
    assert "mehr als 40" in page or "more than 40" in page


def test_claim_table_headers_and_cells_are_aligned_alike() -> None:
    page = ClaimList([make_claim()])._repr_html_()
    assert page.count('<th style="text-align:left">') == page.count("<th ") == 9
    assert page.count('<td style="text-align:left;vertical-align:top">') == page.count("<td ") == 9
