"""Disagreements between origins (casualty_reconcile.sides): every origin against every other per day."""

from __future__ import annotations

from typing import Any

from casualty_reconcile.models import Claim
from casualty_reconcile.reconcile import Reason, Status, reconcile
from tests.factories import make_claim

DAY = "2024-05-14"


def figure(doc: str, speaker: str, value: int, qualifier: str = "exact", **fields: Any) -> Claim:
    low = value + 1 if qualifier == "more_than" else value
    high = None if qualifier in ("more_than", "at_least") else value
    defaults: dict[str, Any] = {"published": DAY, "as_of": DAY, "location": "Bangladesh", "language": "en"}
    defaults.update(fields)
    return make_claim(
        doc_id=doc, speaker=speaker, value=value, qualifier=qualifier, low=low, high=high, text=f"{value} dead", **defaults
    )


def test_a_figure_between_two_sides_masks_no_conflict() -> None:
    claims = [
        figure("a", "Home Ministry", 19),
        figure("b", "Human Rights Watch", 19, "at_least"),  # overlaps both sides
        figure("c", "BNP", 60, "more_than"),
    ]
    result = reconcile(claims)
    (quantity,) = result.quantities
    assert quantity.status is Status.CONFLICT
    assert quantity.explanation.startswith("government of Bangladesh 19 vs BNP more than 60 (Tue 2024-05-14): conflict.")
    conflicts = [d for d in result.differences if d.reason is Reason.CONFLICT]
    assert [(d.claim_id, d.other_claim_id) for d in conflicts] == [(claims[0].claim_id, claims[2].claim_id)]


def test_one_origin_on_one_day_is_no_conflict() -> None:
    claims = [figure("a", "Home Ministry", 19), figure("b", "Home Ministry", 60, "more_than")]
    (quantity,) = reconcile(claims).quantities
    assert quantity.status is not Status.CONFLICT


def test_sides_on_different_days_are_no_conflict() -> None:
    claims = [figure("a", "Home Ministry", 19, as_of="2024-05-13"), figure("c", "BNP", 60, "more_than")]
    (quantity,) = reconcile(claims).quantities
    assert quantity.status is not Status.CONFLICT


def test_a_part_larger_than_another_origins_whole_is_a_conflict() -> None:
    whole = figure("a", "Home Ministry", 19, group="all")
    other = figure("b", "Home Ministry", 25, "at_least", group="all")  # the ministry's own higher whole
    part = figure("c", "BNP", 40, "at_least", group="protesters")
    result = reconcile([whole, other, part])
    by_group = {q.group: q for q in result.quantities}
    assert by_group["protesters"].status is Status.CONFLICT
    assert by_group["all"].status is Status.CONFLICT
    assert by_group["protesters"].explanation.startswith("government of Bangladesh 19 vs BNP at least 40 (Tue 2024-05-14): conflict.")
    assert any(d.reason is Reason.CONFLICT and d.claim_id == part.claim_id for d in result.differences)


def test_an_explained_fall_is_a_correction_and_the_corrected_figure_is_best() -> None:
    earlier = figure("a", "Home Ministry", 19, as_of="2024-05-14")
    others = figure("b", "Human Rights Watch", 19, "at_least", as_of="2024-05-14")
    corrected = figure("c", "Home Ministry", 17, as_of="2024-05-15", published="2024-05-15", flags=("correction",))
    result = reconcile([earlier, others, corrected])
    (quantity,) = result.quantities
    reasons = {(d.claim_id, d.other_claim_id): d.reason for d in result.differences}
    assert reasons[(earlier.claim_id, corrected.claim_id)] is Reason.CORRECTION
    # another origin's earlier figure above the corrected one: for a count that only grows, the two origins
    # disagree (the correction explains the ministry's own fall, not the rights group's higher figure)
    assert reasons[(others.claim_id, corrected.claim_id)] is Reason.CONFLICT
    assert quantity.best.value == 17 and quantity.best.claim_ids == (corrected.claim_id,)


def test_an_unexplained_fall_stays_a_suspicious_decrease() -> None:
    claims = [figure("a", "Home Ministry", 19, as_of="2024-05-14"), figure("c", "Home Ministry", 17, as_of="2024-05-15")]
    result = reconcile(claims)
    assert [d.reason for d in result.differences] == [Reason.DECREASE]
    assert result.quantities[0].status is Status.SUSPICIOUS


def test_a_same_day_correction_replaces_the_figure_it_corrects() -> None:
    claims = [figure("a", "Home Ministry", 19), figure("c", "Home Ministry", 17, flags=("correction",))]
    result = reconcile(claims)
    assert [d.reason for d in result.differences] == [Reason.CORRECTION]
    assert result.quantities[0].best.value == 17


def test_a_withdrawn_figure_leaves_the_estimates_and_is_shown_as_withdrawn() -> None:
    given = figure("a", "police", 1200, as_of="2024-05-14")
    opposition = figure("b", "BNP", 2000, "more_than", as_of="2024-05-14")
    withdrawal = figure("c", "police", 1200, as_of="2024-05-15", flags=("retracted",))
    result = reconcile([given, opposition, withdrawal])
    (quantity,) = result.quantities
    assert quantity.status is not Status.CONFLICT  # the withdrawn 1,200 is held against no one
    assert quantity.best.value == 2001
    withdrawn = [d for d in result.differences if d.reason is Reason.RETRACTED]
    assert (given.claim_id, withdrawal.claim_id) in [(d.claim_id, d.other_claim_id) for d in withdrawn]
    assert all(d.reason is not Reason.DECREASE for d in result.differences)
    assert "Withdrawn: 1,200 people killed (police, Tue 2024-05-14) was withdrawn by its source" in quantity.explanation


def test_the_value_a_sentence_corrects_is_no_correction_and_the_new_one_is_best() -> None:
    """ "revised down to 212 from 240", "korrigierte die Zahl der Toten von 240 auf 212": 212 corrects 240."""
    from casualty_reconcile import extract

    for text, language in (
        ("The health ministry said on Sunday the death toll had been revised down to 212 from 240.", "en"),
        ("Das Gesundheitsministerium korrigierte am Sonntag die Zahl der Toten von 240 auf 212.", "de"),
    ):
        claims = extract(text, language=language, published="2024-03-10")
        flagged = {claim.value: "correction" in claim.flags for claim in claims}
        assert flagged == {212: True, 240: False}, text
        result = reconcile(claims)
        assert [d.reason for d in result.differences] == [Reason.CORRECTION], text
        assert result.quantities[0].best.value == 212, text


def test_a_later_figure_below_another_origins_earlier_one_is_a_conflict() -> None:
    claims = [
        figure("a", "Home Ministry", 19, as_of="2024-05-13"),
        figure("b", "BNP", 60, "more_than", as_of="2024-05-14"),
        figure("c", "Home Ministry", 19, as_of="2024-05-15"),
    ]
    result = reconcile(claims)
    (quantity,) = result.quantities
    assert [d.reason for d in result.differences] == [Reason.UPDATE, Reason.CONFLICT]
    assert quantity.status is Status.CONFLICT
    assert quantity.explanation.startswith(
        "government of Bangladesh 19 (Wed 2024-05-15) vs BNP more than 60 (Tue 2024-05-14): conflict."
    )


def test_a_later_figure_below_its_own_origins_earlier_one_stays_a_decrease() -> None:
    claims = [figure("b", "BNP", 60, "more_than", as_of="2024-05-14"), figure("c", "BNP", 19, as_of="2024-05-15")]
    result = reconcile(claims)
    assert [d.reason for d in result.differences] == [Reason.DECREASE]


def test_a_later_unsourced_figure_below_another_origins_earlier_one_stays_a_decrease() -> None:
    claims = [
        figure("b", "BNP", 60, "more_than", as_of="2024-05-14"),
        make_claim(doc_id="c", value=19, qualifier="exact", low=19, high=19, text="19 dead", published=DAY, as_of="2024-05-15",
                   location="Bangladesh", language="en", origin_type="unattributed"),
    ]
    result = reconcile(claims)
    assert [d.reason for d in result.differences] == [Reason.DECREASE]
