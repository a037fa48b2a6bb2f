"""What a journalist reads: the report leads with the answer, figures as stated, flags shown, and frames
that share one vocabulary and join on their ids."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from casualty_reconcile import extract, reconcile, to_frame
from casualty_reconcile.frame import CLAIM_DTYPES
from casualty_reconcile.result import DIFFERENCE_DTYPES, QUANTITY_DTYPES, Reconciliation
from casualty_reconcile.wording import balanced_quotes
from tests.factories import make_claim

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds() -> Reconciliation:
    rows = [json.loads(line) for line in (SEEDS / "sources.jsonl").read_text(encoding="utf-8").splitlines()]
    claims = []
    for row in rows:
        text = (SEEDS / row["doc"]).read_text(encoding="utf-8")
        claims += extract(text, doc_id=row["doc"], source=row["outlet"], published=row["published"],
                          language=row["language"])
    return reconcile(claims)


# ---- the report -----------------------------------------------------------------------------------


def test_the_report_leads_with_the_answer(seeds: Reconciliation) -> None:
    text = seeds.render_text()
    glance = text.split("At a glance\n", 1)[1].split("\nDetail\n", 1)[0]
    lines = [line.strip() for line in glance.strip().splitlines()]
    # deaths first (everyone before a group, the country before a city), then injuries, arrests, the rest
    assert lines[0].startswith("deaths · people · Kazakhstan: consistent · best at least 164 · latest by origin:")
    categories = [line.split(" · ", 1)[0] for line in lines]
    assert categories == sorted(categories, key=["deaths", "injuries", "arrests", "troops", "participants",
                                                 "missing", "displaced", "other"].index)
    assert "government of Kazakhstan: at least 164 (Sun 2022-01-09)" in lines[0]
    # the body found in a car is shown as an anecdote, never as a toll without its flag
    assert "1 [anecdotal] (Fri 2022-01-07)" in lines[0]
    assert text.index("== Kazakhstan · protest · 2022-01-07 (5 documents) ==") < text.index("At a glance") < text.index("Detail")


def test_estimates_show_the_figure_as_stated(seeds: Reconciliation) -> None:
    text = seeds.render_text()
    assert "best almost 6,000 (counted as 5,999)" in text
    assert "best more than 2,200 (counted as 2,201)" in text
    assert "low almost 750 (from 675)" in text
    assert "low at least 164 · best at least 164 · high open" in text
    assert "best 5,999 ·" not in text


def test_figures_that_leave_their_bounds_to_reading_show_them_in_brackets(seeds: Reconciliation) -> None:
    text = seeds.render_text()
    assert "almost 6,000 (5,400–5,999) [unverified]" in text
    assert "about 2,500 (2,250–2,750)" in text
    detail = text.split("\nDetail\n", 1)[1]
    assert "at least 164   " in detail and "more than 40   " in detail  # the words say it already
    glance = text.split("At a glance\n", 1)[1].split("\nDetail\n", 1)[0]
    assert "government of Kazakhstan: almost 6,000 [unverified] (Sun 2022-01-09)" in glance


def test_sum_of_parts_reads_as_a_fit_not_a_contradiction(seeds: Reconciliation) -> None:
    text = seeds.render_text()
    assert "Sum of parts (derived): 18 security forces + 26 protesters make at least 44" in text
    assert "has room for them, so the parts fit" in text
    assert "fits under" not in text


def test_markdown_report_escapes_and_pastes(seeds: Reconciliation) -> None:
    page = seeds.render_markdown()
    assert page.startswith("# Reconciliation (policy ucdp)\n")
    assert "| Fri 2022-01-07 | 1 | Kommersant |" in page
    assert "| anecdotal |" in page
    evil = reconcile([make_claim(speaker="a|b *c*")])
    assert "a\\|b \\*c\\*" in evil.render_markdown()


def test_events_each_get_their_block() -> None:
    one = make_claim(doc_id="a")
    two = make_claim(doc_id="b", location="Chile")
    result = reconcile([one, two], events={"a": "riot-a", "b": "riot-b"})
    text = result.render_text()
    assert text.index("== Event riot-a: riot-a (1 document; given by the caller) ==") < text.index(
        "== Event riot-b: riot-b (1 document; given by the caller) =="
    )


def test_html_is_left_aligned_and_wraps_whole_sentences(seeds: Reconciliation) -> None:
    page = seeds._repr_html_()
    assert "text-align:left" in page and "text-align:right" not in page
    longest = max((d.sentence for d in seeds.differences), key=len)
    assert len(longest) > 50
    assert longest.replace("“", "&quot;") in page or longest in page.replace("&#x27;", "'")
    assert page.index("casualty-glance") < page.index("casualty-reconciliation")


# ---- quotes as shown ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("dutzende“ Demonstranten", "dutzende Demonstranten"),
        ('26 "bewaffnete Kriminelle', "26 bewaffnete Kriminelle"),
        ("„dutzende“ Demonstranten", "„dutzende“ Demonstranten"),
        ("the people’s 12 dead", "the people’s 12 dead"),
    ],
)
def test_figure_texts_are_shown_with_balanced_quotes(raw: str, shown: str) -> None:
    assert balanced_quotes(raw) == shown


def test_a_sentence_cut_before_its_closing_quote_is_closed() -> None:
    assert balanced_quotes("Er sagte: „Es gab 12 Tote.", close=True) == "Er sagte: „Es gab 12 Tote.“"
    from casualty_reconcile.display import highlight_html

    claim = make_claim(text="12 Tote", sentence="Er sagte: „Es gab 12 Tote.", value=12, qualifier="exact", low=12,
                       high=12)
    assert highlight_html(claim).endswith("<mark>12 Tote</mark>.“")


# ---- frames ---------------------------------------------------------------------------------------


def _dtypes(frame: pd.DataFrame) -> dict[str, str]:
    return {str(name): str(dtype) for name, dtype in frame.dtypes.items()}


def test_frames_share_one_vocabulary_and_declared_dtypes(seeds: Reconciliation) -> None:
    quantities, differences, claims = seeds.to_frame(), seeds.differences_frame(), seeds.claims_frame()
    assert _dtypes(quantities) == QUANTITY_DTYPES
    assert _dtypes(differences) == DIFFERENCE_DTYPES
    assert _dtypes(claims) == {**CLAIM_DTYPES, "quantity_id": "string", "event": "string"}
    # the same name means the same thing everywhere
    assert "sentence" not in differences and "explanation" in differences and "sentence" in claims
    assert "flags" not in claims and claims["claim_flags"].str.contains("anecdotal").any()
    # dates are dates, in every frame, so they compare
    assert (claims["published"] <= claims["as_of"].fillna(claims["published"]) + pd.Timedelta(days=3)).all()
    assert str(quantities["latest_day"].dtype) == "datetime64[s]"
    assert list(quantities["category"].cat.categories)[:3] == ["deaths", "injuries", "arrests"]
    assert set(differences["reason"].cat.categories) >= {"update", "conflict", "subgroup"}


def test_frames_join_on_their_ids(seeds: Reconciliation) -> None:
    quantities, differences, claims = seeds.to_frame(), seeds.differences_frame(), seeds.claims_frame()
    per_difference = differences.merge(quantities, on="quantity_id", how="left", validate="many_to_one")
    assert per_difference["status"].notna().all()
    per_claim = claims.merge(quantities[["quantity_id", "best"]], on="quantity_id", how="left", validate="many_to_one")
    assert per_claim["best"].notna().all()
    with_claim = differences.merge(claims[["claim_id", "sentence", "origin"]], on="claim_id", validate="many_to_one")
    assert len(with_claim) == len(differences)
    assert set(claims["origin"]) == set(seeds.claim_origins.values())


def test_claims_frame_has_origin_url_and_csv_flags() -> None:
    claim = make_claim(flags=("unverified", "includes_security_forces"))
    frame = to_frame([claim], urls={"doc-1": "https://example.org/a"})
    assert frame.loc[0, "url"] == "https://example.org/a"
    assert frame.loc[0, "origin"] == "government of Kazakhstan"
    assert frame.loc[0, "claim_flags"] == "unverified;includes_security_forces"
    assert frame.loc[0, "published"] == pd.Timestamp("2022-01-09")
    text = frame.to_csv(index=False)
    assert "unverified;includes_security_forces" in text and "('unverified'" not in text
    back = pd.read_csv(io.StringIO(text))
    assert back.loc[0, "claim_flags"] == "unverified;includes_security_forces"


def test_a_month_is_no_day() -> None:
    frame = to_frame([make_claim(published="2022-01", as_of=None)])
    assert pd.isna(frame.loc[0, "published"])


def test_json_of_a_result_gives_no_deprecation_warning(seeds: Reconciliation) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Reconciliation.model_validate_json(seeds.json()) == seeds


def test_one_of_a_group_is_written_in_the_singular() -> None:
    from casualty_reconcile import extract, reconcile

    one = extract("Police said one child was injured in the shooting.", doc_id="a", published="2024-01-01", language="en")
    three = extract("Police said three children were injured in the shooting.", doc_id="b", published="2024-01-02", language="en")
    (difference,) = reconcile([*one, *three], events={"a": "e", "b": "e"}).differences
    assert "than 1 child injured (Police" in difference.sentence and "3 children injured" in difference.sentence
