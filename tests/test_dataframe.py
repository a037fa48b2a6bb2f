"""``extract_frame``: documents DataFrame in, claims DataFrame out, fixed columns even when empty."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pandas as pd
import pytest

from casualty_reconcile import UnsupportedLanguageError, extract, extract_frame, to_frame
from casualty_reconcile.frame import CLAIM_DTYPES

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
KILLED_EN = "At least 12 people were killed and 40 wounded on Saturday, police said."


def seed_documents() -> pd.DataFrame:
    rows = [json.loads(line) for line in (SEEDS / "sources.jsonl").read_text(encoding="utf-8").splitlines()]
    return pd.DataFrame(
        {
            "doc_id": [row["doc"] for row in rows],
            "text": [(SEEDS / row["doc"]).read_text(encoding="utf-8") for row in rows],
            "source": [row["outlet"] for row in rows],
            "published": [row["published"] for row in rows],
            "language": [row["language"] for row in rows],
        }
    )


def assert_claim_columns(frame: pd.DataFrame) -> None:
    assert list(frame.columns) == list(CLAIM_DTYPES)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == {
        name: str(pd.api.types.pandas_dtype(dtype)) for name, dtype in CLAIM_DTYPES.items()
    }
    assert isinstance(frame.index, pd.RangeIndex)


def test_seeds_give_the_claims_of_extract() -> None:
    docs = seed_documents()
    frame = extract_frame(docs)
    expected = [
        claim
        for row in docs.itertuples()
        for claim in extract(row.text, doc_id=row.doc_id, source=row.source, published=row.published, language=row.language)
    ]
    assert_claim_columns(frame)
    pd.testing.assert_frame_equal(frame, to_frame(expected))


def test_no_documents_and_no_claims_keep_the_columns() -> None:
    empty = extract_frame(pd.DataFrame({"text": pd.Series([], dtype="string")}))
    assert_claim_columns(empty)
    assert len(empty) == 0
    nothing = extract_frame(pd.DataFrame({"text": ["Das Wetter war schön.", None]}), language="de")
    assert_claim_columns(nothing)
    assert len(nothing) == 0


def test_index_labels_are_doc_ids_when_there_is_no_id_column() -> None:
    docs = pd.DataFrame({"body": [KILLED_EN]}, index=["wire-7"])
    frame = extract_frame(docs, text_col="body", language="en")
    assert list(frame["doc_id"]) == ["wire-7"] * len(extract(KILLED_EN, doc_id="wire-7", language="en"))
    assert_claim_columns(frame)


def test_row_values_win_over_defaults_and_missing_values_fall_back() -> None:
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": [KILLED_EN, KILLED_EN],
            "published": [pd.Timestamp("2022-01-09 10:00"), pd.NaT],
            "source": [None, "AP"],
        }
    )
    frame = extract_frame(docs, language="en", source="Reuters", published="2022-01-01")
    expected = to_frame(
        [
            *extract(KILLED_EN, doc_id="a", language="en", source="Reuters", published="2022-01-09"),
            *extract(KILLED_EN, doc_id="b", language="en", source="AP", published="2022-01-01"),
        ]
    )
    pd.testing.assert_frame_equal(frame, expected)


def test_a_bad_row_names_its_document() -> None:
    docs = pd.DataFrame({"doc_id": ["ok", "bad"], "text": [KILLED_EN, "12 muertos"], "language": ["en", "es"]})
    with pytest.raises(UnsupportedLanguageError) as caught:
        extract_frame(docs)
    assert "in document 'bad' (row 1 of the frame)" in caught.value.__notes__


def test_wrong_input_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="no text column 'text'"):
        extract_frame(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(TypeError, match="takes a pandas DataFrame"):
        extract_frame(["x"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a str, not int"):
        extract_frame(pd.DataFrame({"text": [5]}))


def test_it_pickles_as_a_plain_function() -> None:
    assert pickle.loads(pickle.dumps(extract_frame)) is extract_frame


def test_the_url_column_reaches_the_claims() -> None:
    docs = pd.DataFrame({"doc_id": ["w1", "w2"], "text": [KILLED_EN, KILLED_EN], "url": ["https://example.org/w1", None]})
    frame = extract_frame(docs, language="en")
    assert set(frame.loc[frame["doc_id"] == "w1", "url"]) == {"https://example.org/w1"}
    assert frame.loc[frame["doc_id"] == "w2", "url"].isna().all()
    assert frame["origin"].notna().all()
