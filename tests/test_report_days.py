"""report_days: reports of known instants on one time line (INSTANT_DAY_RULE), their local days kept."""

from __future__ import annotations

import datetime as dt
import json

from casualty_reconcile import extract, reconcile
from casualty_reconcile.models import Claim, published_instant
from casualty_reconcile.report_days import INSTANT_DAY_EXAMPLE, INSTANT_DAY_RULE, figure_day


def test_an_instant_needs_a_time_and_its_offset() -> None:
    assert published_instant("2024-01-01T23:30:00-05:00") == dt.datetime(2024, 1, 2, 4, 30, tzinfo=dt.UTC)
    assert published_instant("2024-01-02T00:00:00Z") == dt.datetime(2024, 1, 2, tzinfo=dt.UTC)
    assert published_instant("2024-01-02T09:00:00") is None  # no offset: the local day only
    assert published_instant("2024-01-02") is None
    assert published_instant(dt.date(2024, 1, 2)) is None


def test_the_local_day_is_kept_and_the_time_line_day_is_utc() -> None:
    (claim,) = extract(INSTANT_DAY_EXAMPLE[1][1], published=INSTANT_DAY_EXAMPLE[1][0], language="en")
    assert claim.published == "2024-01-01" and claim.as_of == dt.date(2024, 1, 1)  # "today" is New York's day
    assert claim.model_dump()["published_at"] == dt.datetime(2024, 1, 2, 4, 30, tzinfo=dt.UTC)  # in JSON too
    assert figure_day(claim) == dt.date(2024, 1, 2)


def test_a_figure_dated_to_another_day_keeps_it() -> None:
    (claim,) = extract("Two people were killed on Monday, police said.", published="2024-01-03T23:30:00-05:00", language="en")
    assert claim.as_of == dt.date(2024, 1, 1) and figure_day(claim) == dt.date(2024, 1, 1)


def test_the_later_instant_is_the_update_and_traced() -> None:
    claims = [
        claim
        for n, (published, text) in enumerate(INSTANT_DAY_EXAMPLE)
        for claim in extract(text, doc_id=f"d{n}", published=published, language="en", trace=True)
    ]
    result = reconcile(claims)
    by_id = {claim.claim_id: claim for claim in claims}
    assert [(d.reason.value, by_id[d.claim_id].value, by_id[d.other_claim_id].value) for d in result.differences] == [
        ("update", 30, 48)
    ]
    (toll,) = result.quantities
    assert (toll.low.value, toll.best.value, toll.high.value) == (48, 48, 48)
    assert [INSTANT_DAY_RULE in claim.trace for claim in result.claims] == [False, True]  # only New York's day moved


def test_reports_known_to_the_day_keep_their_local_days() -> None:
    claims = [
        claim
        for n, (published, text) in enumerate(INSTANT_DAY_EXAMPLE)
        for claim in extract(text, doc_id=f"d{n}", published=published[:10], language="en")
    ]
    by_id = {claim.claim_id: claim for claim in claims}
    (difference,) = reconcile(claims).differences
    assert (by_id[difference.claim_id].value, by_id[difference.other_claim_id].value) == (48, 30)  # New York first


def test_the_reader_keeps_a_time_with_its_offset() -> None:
    from casualty_reconcile.io import _check_published

    assert _check_published("2024-01-01T23:30:00-05:00", ("x", 1)) == "2024-01-01T23:30:00-05:00"
    assert _check_published("2024-01-01T23:30:00", ("x", 1)) == "2024-01-01"
    assert _check_published("2024-01-01", ("x", 1)) == "2024-01-01"


SAME_DAY = (
    ("2024-03-05T07:10:00+01:00", "DRESDEN - At least 12 people were killed when a bridge collapsed in Dresden, the fire brigade said."),
    ("2024-03-05T19:45:00+01:00", "DRESDEN - The number of dead from the bridge collapse in Dresden has risen to 19, the fire brigade said."),
)
"""two reports of one origin on one day: the morning's 12, the evening's 19"""


def _outcome(claims: list[Claim]) -> tuple[object, ...]:
    result = reconcile(claims)
    by_id = {claim.claim_id: claim for claim in claims}
    return (
        [(d.reason.value, by_id[d.claim_id].value, by_id[d.other_claim_id].value) for d in result.differences],
        [(q.status.value, q.low.value, q.best.value, q.high.value) for q in result.quantities],
    )


def test_reconcile_over_claims_read_back_from_json_is_the_same() -> None:
    """Stored claims (a fact-check tool's JSON) keep the instant: the same-day update stays ordered by it."""
    claims = [
        claim
        for n, (published, text) in reversed(list(enumerate(SAME_DAY)))  # the evening's report read first
        for claim in extract(text, doc_id=f"d{n}", published=published, language="en")
    ]
    stored = [Claim.model_validate_json(claim.model_dump_json()) for claim in claims]
    assert stored == claims and all(claim.published_at is not None for claim in stored)
    assert _outcome(stored) == _outcome(claims) == ([("update", 12, 19)], [("consistent", 19, 19, 19)])
    # JSON written before the field existed still loads; its same-day reports are ordered by the day only
    old = [Claim.model_validate({k: v for k, v in json.loads(c.model_dump_json()).items() if k != "published_at"}) for c in claims]
    assert [claim.published_at for claim in old] == [None, None]
    assert _outcome(old) != _outcome(claims)


def test_an_instant_without_offset_in_stored_json_is_read_as_utc() -> None:
    (claim,) = extract(SAME_DAY[0][1], doc_id="d0", published=SAME_DAY[0][0], language="en")
    data = json.loads(claim.model_dump_json())
    assert data["published_at"] == "2024-03-05T06:10:00Z"
    naive = Claim.model_validate({**data, "published_at": "2024-03-05T06:10:00"})
    assert naive.published_at == claim.published_at and naive.published_at.utcoffset() == dt.timedelta(0)
