"""Bad input to the library (issue 17): dates at the ends of the calendar, malformed claims, Unicode."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile import extract

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
