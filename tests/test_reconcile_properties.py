"""Properties of reconcile: order does not matter, nothing is lost, it is stable, it round-trips as JSON."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile.models import Claim, Qualifier, make_claim_id
from casualty_reconcile.numbers import bounds, vague_bounds
from casualty_reconcile.reconcile import POLICIES, Reason, Reconciliation, reconcile

_DAYS = [None, dt.date(2022, 1, 7), dt.date(2022, 1, 8), dt.date(2022, 1, 9)]
_SPEAKERS = [None, "Behörden", "Innenministerium", "OVKS", "Amnesty International", "Augenzeugen", "Kommersant"]
_GROUPS = [None, "all", "protesters", "security_forces", "children", "civilians", "aircraft"]
_LOCATIONS = [None, "Kazakhstan", "Almaty", "Astana", "Kasachstan", "Ruritania"]
_CATEGORIES = ["deaths", "injuries", "arrests", "troops", "other"]


@st.composite
def claim_lists(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(min_value=0, max_value=25))
    claims: list[Claim] = []
    for index in range(n):
        doc = f"doc-{draw(st.integers(min_value=0, max_value=5))}"
        qualifier = draw(st.sampled_from(list(Qualifier)))
        value = None if qualifier is Qualifier.VAGUE else draw(st.integers(min_value=0, max_value=5000))
        high_value = None
        if qualifier is Qualifier.RANGE and value is not None:
            high_value = value + draw(st.integers(min_value=0, max_value=100))
        low, high = vague_bounds("dozens") if value is None else bounds(qualifier, value, high_value)
        text = f"figure {index}"
        day = draw(st.sampled_from(_DAYS))
        flags = draw(st.sampled_from([(), ("includes_security_forces",), ("anecdotal",), ("retracted",)]))
        part_of = None
        if claims and draw(st.booleans()):
            part_of = draw(st.sampled_from(claims)).claim_id
        claims.append(
            Claim(
                claim_id=make_claim_id(doc, index, index + len(text), text),
                doc_id=doc,
                published=None if day is None else day.isoformat(),
                language=draw(st.sampled_from(["de", "en"])),
                start=index,
                end=index + len(text),
                text=text,
                sentence=text,
                category=draw(st.sampled_from(_CATEGORIES)),
                value=value,
                qualifier=qualifier,
                low=low,
                high=high,
                group=draw(st.sampled_from(_GROUPS)),
                location=draw(st.sampled_from(_LOCATIONS)),
                speaker=draw(st.sampled_from(_SPEAKERS)),
                via=draw(st.sampled_from([None, "Staatsfernsehen"])),
                as_of=day,
                part_of=part_of,
                flags=flags,
            )
        )
    return claims


@settings(max_examples=50, deadline=None)
@given(claim_lists(), st.randoms(use_true_random=False), st.sampled_from(POLICIES))
def test_result_does_not_depend_on_input_order(claims: list[Claim], random: object, policy: str) -> None:
    shuffled = list(claims)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert reconcile(shuffled, policy=policy) == reconcile(claims, policy=policy)  # type: ignore[arg-type]


@settings(max_examples=50, deadline=None)
@given(claim_lists())
def test_every_claim_is_in_exactly_one_quantity(claims: list[Claim]) -> None:
    result = reconcile(claims)
    placed = [cid for q in result.quantities for cid in q.claim_ids]
    assert sorted(placed) == sorted(c.claim_id for c in claims)
    assert sum(q.n_claims for q in result.quantities) == len(claims)
    assert set(result.claim_origins) == {c.claim_id for c in claims}
    known = {q.quantity_id for q in result.quantities}
    for d in result.differences:
        assert d.quantity_id in known and d.other_quantity_id in known
        assert d.claim_id != d.other_claim_id
        assert d.sentence.endswith(".")


@settings(max_examples=40, deadline=None)
@given(claim_lists())
def test_reconciling_twice_gives_the_same_result_and_json_round_trips(claims: list[Claim]) -> None:
    first = reconcile(claims)
    assert reconcile(claims) == first
    assert Reconciliation.model_validate_json(first.model_dump_json()) == first
    assert Reconciliation.model_validate(first.model_dump()) == first


@settings(max_examples=40, deadline=None)
@given(claim_lists())
def test_differences_within_a_quantity_are_linear(claims: list[Claim]) -> None:
    result = reconcile(claims)
    for q in result.quantities:
        inside = [d for d in result.differences if d.quantity_id == q.quantity_id == d.other_quantity_id]
        consecutive = [d for d in inside if d.reason is not Reason.SUBGROUP and d.reason is not Reason.SUBAREA]
        assert len(consecutive) <= 2 * q.n_claims
        if q.status.value == "conflict":
            assert any(d.reason is Reason.CONFLICT for d in result.differences_of(q.quantity_id))


@settings(max_examples=40, deadline=None)
@given(claim_lists(), st.sampled_from(POLICIES))
def test_estimates_are_ordered_and_come_from_claims(claims: list[Claim], policy: str) -> None:
    result = reconcile(claims, policy=policy)  # type: ignore[arg-type]
    for q in result.quantities:
        members = set(q.claim_ids)
        for estimate in (q.low, q.best, q.high):
            assert set(estimate.claim_ids) <= members and estimate.rule.startswith(policy)
        if q.low.value is not None and q.high.value is not None:
            assert q.low.value <= q.high.value
        if policy == "ucdp" and q.best.value is not None and q.high.value is not None:
            assert q.best.value <= q.high.value


@st.composite
def toll_lists(draw: st.DrawFn) -> list[Claim]:
    """Stated figures of one toll (the dead or the injured of one event and place) over three days: the case
    where a latest day whose figures all fall below an earlier one draws on every day's figures."""
    category = draw(st.sampled_from(["deaths", "injuries"]))
    n = draw(st.integers(min_value=2, max_value=8))
    claims: list[Claim] = []
    for index in range(n):
        doc = f"doc-{draw(st.integers(min_value=0, max_value=3))}"
        value = draw(st.integers(min_value=0, max_value=12))
        day = draw(st.sampled_from(_DAYS[1:]))
        text = f"figure {index}"
        claims.append(Claim(
            claim_id=make_claim_id(doc, index, index + len(text), text), doc_id=doc, published=day.isoformat(),
            language="en", start=index, end=index + len(text), text=text, sentence=text, category=category,
            value=value, qualifier=Qualifier.EXACT, low=value, high=value, group="all", location="Almaty",
            speaker="police", as_of=day,
        ))
    return claims


@settings(max_examples=60, deadline=None)
@given(toll_lists(), st.randoms(use_true_random=False))
def test_a_tolls_best_does_not_depend_on_order_and_draws_on_earlier_days_only_below_them(
    claims: list[Claim], random: object
) -> None:
    """Under ucdp a toll's best is one of its stated figures, the same in any input order; it rests on the
    latest day alone while that day states the largest figure (a toll that grows) and on every day's figures
    when all of the latest day's fall below one stated before (a toll does not shrink)."""
    events = dict.fromkeys({c.doc_id for c in claims}, "e")
    shuffled = list(claims)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    result = reconcile(claims, events=events)
    assert reconcile(shuffled, events=events) == result
    (quantity,) = result.quantities
    assert quantity.best.value in {c.value for c in claims}
    last = max(c.as_of for c in claims if c.as_of is not None)
    latest = [c.value or 0 for c in claims if c.as_of == last]
    if max(latest) >= max(c.value or 0 for c in claims):
        assert "latest day" in quantity.best.rule and "every day" not in quantity.best.rule
    else:
        assert quantity.best.rule.startswith("ucdp: the median of every day's stated figures")
