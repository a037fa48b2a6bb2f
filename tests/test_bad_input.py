"""Bad input to the library (issue 17): dates at the ends of the calendar, malformed claims, Unicode."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile import extract, extract_frame, reconcile, to_frame
from casualty_reconcile.models import Claim

# ---------------------------------------------------------------- dates at the ends of the calendar


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        ("Am Vortag wurden mindestens 13 Menschen getötet.", "de", "0001-01-01"),
        ("Am Sonntag wurden mindestens 13 Menschen getötet.", "de", "0001-01-01"),
        ("Gestern wurden mindestens 13 Menschen getötet.", "de", "0001-01-01"),
        ("At least 13 people were killed on Saturday.", "en", "0001-01-01"),
        ("At least 13 people were killed yesterday.", "en", "0001-01-01"),
    ],
)
def test_a_day_before_the_calendar_is_dropped_with_a_flag(text: str, language: str, published: str) -> None:
    (claim,) = extract(text, language=language, published=published)
    assert claim.value == 13
    assert claim.as_of == dt.date(1, 1, 1)  # the day of publication: the day named does not exist
    assert "date_outside_calendar" in claim.flags


@pytest.mark.parametrize(
    ("text", "language", "as_of"),
    [
        ("On Jan. 3 at least 13 people were killed.", "en", dt.date(9999, 1, 3)),
        ("Am 3. Januar wurden mindestens 13 Menschen getötet.", "de", dt.date(9999, 1, 3)),
        ("Am 30. Dezember wurden mindestens 13 Menschen getötet.", "de", dt.date(9999, 12, 30)),
        ("Morgen sollen mindestens 13 Menschen beigesetzt werden, die gestern getötet wurden.", "de", dt.date(9999, 12, 30)),
    ],
)
def test_the_last_day_of_the_calendar(text: str, language: str, as_of: dt.date) -> None:
    claims = extract(text, language=language, published="9999-12-31")
    assert [c.as_of for c in claims] == [as_of]


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(1, 1, 20))
    | st.dates(min_value=dt.date(9999, 12, 10), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(
        [
            "Am Vortag wurden mindestens 13 Menschen getötet, am Montag 4 weitere.",
            "Seit dem 7. Oktober und am 31. Dezember wurden 20 Menschen festgenommen, vorgestern 3.",
            "On Sunday 13 people were killed, the day before 4, on Dec. 31 two more, tomorrow 5 are buried.",
        ]
    ),
)
def test_any_published_day_gives_claims(published: dt.date, text: str) -> None:
    language = "en" if text.startswith("On ") else "de"
    claims = extract(text, language=language, published=published)
    assert claims
    for claim in claims:
        assert claim.as_of is None or isinstance(claim.as_of, dt.date)


# ---------------------------------------------------------------- reconcile's input, checked up front


def _claim() -> Claim:
    (claim,) = extract("Mindestens 12 Menschen wurden getötet.", doc_id="a", language="de")
    return claim


@pytest.mark.parametrize(
    ("update", "message"),
    [
        ({"value": "12"}, "item 1 has value='12' of type str, not int or None"),
        ({"category": "deaths"}, "item 1 has category='deaths' of type str, not Category"),
        ({"low": True}, "item 1 has low=True of type bool"),
        ({"as_of": "2022-01-09"}, "item 1 has as_of='2022-01-09' of type str"),
        ({"flags": ("anecdotal", 3)}, "item 1 has a flag that is not a string"),
        ({"flags": "anecdotal"}, "item 1 has flags='anecdotal' of type str, not tuple"),
    ],
)
def test_reconcile_names_a_mistyped_claim(update: dict[str, object], message: str) -> None:
    good = _claim()
    bad = good.model_copy(update={"claim_id": "other", **update})
    with pytest.raises(TypeError, match=re.escape(message)):
        reconcile([good, bad])


def test_reconcile_names_a_claim_with_a_missing_field() -> None:
    with pytest.raises(TypeError, match="item 0 has no 'doc_id'"):
        reconcile([Claim.model_construct(claim_id="x")])


# ---------------------------------------------------------------- extract_frame without doc_id


def test_extract_frame_without_doc_id_keeps_partitions_numbered_from_zero_apart() -> None:
    dd = pytest.importorskip("dask.dataframe")
    texts = [
        ["Mindestens 12 Menschen wurden getötet.", "Die Polizei nahm 30 Personen fest."],
        ["Mehr als 40 Menschen wurden verletzt.", "Rund 2500 Soldaten wurden entsandt."],
    ]
    parts = [pd.DataFrame({"text": rows, "language": "de"}) for rows in texts]  # each indexed 0, 1
    ddf = dd.from_map(lambda i: parts[i], [0, 1], meta=parts[0].iloc[:0])
    claims = ddf.map_partitions(extract_frame, meta=to_frame([])).compute(scheduler="sync")
    assert claims["doc_id"].nunique() == 4  # not two documents of two texts each
    for doc_id, rows in claims.groupby("doc_id"):
        assert rows["sentence"].nunique() == 1, doc_id
    plain = extract_frame(pd.concat(parts, ignore_index=True))
    assert sorted(plain["value"]) == sorted(claims["value"])


def test_extract_frame_keeps_labels_of_its_own_as_doc_ids() -> None:
    frame = extract_frame(pd.DataFrame({"text": ["Mindestens 12 Menschen wurden getötet."]}, index=["wire-7"]), language="de")
    assert list(frame["doc_id"]) == ["wire-7"]
    twice = extract_frame(pd.DataFrame({"text": ["Mindestens 12 Menschen wurden getötet.", "Mehr als 40 Menschen wurden verletzt."]}, index=["a", "a"]), language="de")
    assert twice["doc_id"].nunique() == 2
