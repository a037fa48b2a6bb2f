"""The claim model: validation, JSON round trip, the DataFrame view, bad input."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from casualty_reconcile import Claim, InputError, to_frame
from casualty_reconcile.frame import CLAIM_DTYPES
from casualty_reconcile.models import CLAIM_FIELDS, Category, Qualifier, make_claim_id
from tests.factories import make_claim

_text = st.text(min_size=1, max_size=40)
_opt_int = st.none() | st.integers(min_value=0, max_value=10**9)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    text = draw(_text)
    start = draw(st.integers(min_value=0, max_value=10**6))
    low = draw(_opt_int)
    high = draw(_opt_int)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return make_claim(
        text=text,
        start=start,
        doc_id=draw(st.text(min_size=1, max_size=12)),
        source=draw(st.none() | st.text(max_size=12)),
        published=draw(st.none() | st.dates(min_value=dt.date(1900, 1, 1)).map(dt.date.isoformat)),
        sentence=draw(st.text(max_size=80)),
        category=draw(st.sampled_from(list(Category))),
        qualifier=draw(st.sampled_from(list(Qualifier))),
        value=draw(_opt_int),
        low=low,
        high=high,
        group=draw(st.none() | st.sampled_from(["all", "protesters", "children", "aircraft"])),
        location=draw(st.none() | st.text(max_size=12)),
        speaker=draw(st.none() | st.text(max_size=12)),
        via=draw(st.none() | st.text(max_size=12)),
        as_of=draw(st.none() | st.dates(min_value=dt.date(1900, 1, 1))),
        flags=tuple(draw(st.lists(st.sampled_from(["unverified", "retracted"]), max_size=2, unique=True))),
        particulars=tuple(sorted(draw(st.lists(st.text(max_size=16), max_size=3, unique=True)))),
    )


@given(claims())
def test_claim_json_round_trip(claim: Claim) -> None:
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


@settings(deadline=None)  # the first call loads the origin tables
@given(st.lists(claims(), max_size=6))
def test_to_frame_has_declared_columns_and_dtypes(items: list[Claim]) -> None:
    frame = to_frame(items)
    assert list(frame.columns) == list(CLAIM_DTYPES)
    assert set(CLAIM_FIELDS) - {"flags", "published_at"} <= set(CLAIM_DTYPES)  # the instant: JSON only
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == {
        name: str(pd.Series([], dtype=dtype).dtype) for name, dtype in CLAIM_DTYPES.items()
    }
    assert len(frame) == len(items)
    for row, claim in zip(frame.itertuples(index=False), items, strict=True):
        assert row.claim_id == claim.claim_id
        assert (pd.isna(row.value) and claim.value is None) or row.value == claim.value
        assert row.particulars == ";".join(claim.particulars)


def test_to_frame_of_no_claims_keeps_columns() -> None:
    frame = to_frame([])
    assert list(frame.columns) == list(CLAIM_DTYPES)
    assert str(frame["value"].dtype) == "Int64"
    assert len(frame) == 0


def test_to_frame_rejects_other_objects() -> None:
    with pytest.raises(TypeError, match="Claim objects"):
        to_frame([{"value": 1}])  # type: ignore[list-item]


def test_claim_is_frozen() -> None:
    claim = make_claim()
    with pytest.raises(ValidationError):
        claim.value = 3  # type: ignore[misc]


def test_span_must_match_text() -> None:
    with pytest.raises(ValidationError, match="span"):
        make_claim(text="abc", end=10)


def test_low_above_high_is_rejected() -> None:
    with pytest.raises(ValidationError, match="above"):
        make_claim(low=10, high=5)


@pytest.mark.parametrize(
    ("given_value", "stored"),
    [
        ("2022-01-09", "2022-01-09"),
        ("2022-01", "2022-01"),
        ("2022", "2022"),
        (dt.date(2022, 1, 9), "2022-01-09"),
        (dt.datetime(2022, 1, 9, 12, 30), "2022-01-09"),
        ("2022-01-09T10:00:00Z", "2022-01-09"),
    ],
    ids=["day", "month", "year", "date", "datetime", "iso-timestamp"],
)
def test_published_forms(given_value: object, stored: str) -> None:
    assert make_claim(published=given_value).published == stored


@pytest.mark.parametrize("bad", ["09.01.2022", "2022-13-01", "2022-02-30", "yesterday"])
def test_malformed_published_is_a_clear_error(bad: str) -> None:
    with pytest.raises((InputError, ValidationError), match="published"):
        make_claim(published=bad)


def test_claim_id_is_stable_and_span_sensitive() -> None:
    assert make_claim_id("d", 1, 4, "abc") == make_claim_id("d", 1, 4, "abc")
    assert make_claim_id("d", 1, 4, "abc") != make_claim_id("d", 2, 5, "abc")
