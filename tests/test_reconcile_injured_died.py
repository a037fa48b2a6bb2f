"""Fewer injured in a later report that counts as many more dead: the injured who died are counted among the dead
(within._Within._injured_died), an update, not a suspicious decrease nor a conflict."""

from __future__ import annotations

from casualty_reconcile import Claim, extract, reconcile
from casualty_reconcile.result import Reason, Status

_EVENTS = {"a": "e", "b": "e"}


def _claims(first: str, second: str) -> list[Claim]:
    return [
        *extract(first, language="en", published="2024-06-01", doc_id="a"),
        *extract(second, language="en", published="2024-06-02", doc_id="b"),
    ]


def _injured(claims: list[Claim]):  # type: ignore[no-untyped-def]
    result = reconcile(claims, events=_EVENTS)
    (injured,) = [q for q in result.quantities if q.category.value == "injuries"]
    reasons = [d.reason for d in result.differences if d.quantity_id == injured.quantity_id]
    return injured, reasons, result


def test_fewer_injured_beside_as_many_more_dead_is_an_update() -> None:
    claims = _claims("Three people were killed and 20 injured in the bus crash, police said.",
                     "Five people have died and 18 were injured in the bus crash, police said on Sunday.")
    injured, reasons, result = _injured(claims)
    assert injured.status is Status.CONSISTENT and injured.best.value == 18
    assert reasons == [Reason.UPDATE]
    (difference,) = [d for d in result.differences if d.quantity_id == injured.quantity_id]
    assert "rose from 3 to 5" in difference.sentence and "counted among the dead" in difference.sentence


def test_another_origins_fewer_injured_beside_more_dead_is_no_conflict() -> None:
    claims = _claims("Three people were killed and 20 injured in the bus crash, police said.",
                     "Five people have died and 18 were injured in the bus crash, the regional hospital said on Sunday.")
    injured, reasons, _ = _injured(claims)
    assert Reason.CONFLICT not in reasons and Reason.DECREASE not in reasons
    assert injured.status is Status.CONSISTENT


def test_fewer_injured_with_the_dead_unchanged_stays_a_decrease() -> None:
    claims = _claims("Three people were killed and 20 injured in the bus crash, police said.",
                     "Three people have died and 18 were injured in the bus crash, police said on Sunday.")
    injured, reasons, _ = _injured(claims)
    assert reasons == [Reason.DECREASE] and injured.status is Status.SUSPICIOUS


def test_the_dead_rising_less_than_the_injured_fell_stays_a_decrease() -> None:
    claims = _claims("Three people were killed and 20 injured in the bus crash, police said.",
                     "Four people have died and 15 were injured in the bus crash, police said on Sunday.")
    _, reasons, _ = _injured(claims)
    assert reasons == [Reason.DECREASE]


def test_the_reading_ignores_the_claims_order() -> None:
    claims = _claims("Three people were killed and 20 injured in the bus crash, police said.",
                     "Five people have died and 18 were injured in the bus crash, police said on Sunday.")
    one, _, _ = _injured(claims)
    other, _, _ = _injured(list(reversed(claims)))
    assert (one.status, one.best.value) == (other.status, other.best.value)


def test_german_reports_read_the_same() -> None:
    claims = [
        *extract("Bei dem Busunglück kamen drei Menschen ums Leben, 20 wurden verletzt, teilte die Polizei mit.",
                 language="de", published="2024-06-01", doc_id="a"),
        *extract("Die Zahl der Toten stieg auf fünf, 18 Menschen wurden verletzt, teilte die Polizei am Sonntag mit.",
                 language="de", published="2024-06-02", doc_id="b"),
    ]
    injured, reasons, _ = _injured(claims)
    assert reasons == [Reason.UPDATE] and injured.status is Status.CONSISTENT and injured.best.value == 18
