"""The injured who later died (casualty_reconcile.injured_dead): a part beside the toll where the event
states more dead; the dead among the shot stay the toll."""

from __future__ import annotations

from casualty_reconcile import extract, reconcile
from casualty_reconcile.injured_dead import injured_who_died


def test_the_injured_who_later_died_below_the_stated_dead_are_a_part() -> None:
    claims = [
        *extract("A bus overturned in central Iran, killing 28 people and injuring 23, state media said.",
                 doc_id="a", language="en", published="2024-08-20"),
        *extract("Of the 23 people injured in the bus crash, three later died in hospital, bringing the death toll to 31, "
                 "state media said.", doc_id="b", language="en", published="2024-08-21"),
    ]
    three = next(c for c in claims if c.category.value == "deaths" and c.value == 3)
    assert injured_who_died(claims, ["e"] * len(claims)) == {three.claim_id}
    result = reconcile(claims, events={"a": "e", "b": "e"})
    toll = next(q for q in result.quantities if q.category.value == "deaths" and q.parent_id is None)
    assert (toll.low.value, toll.best.value, toll.high.value) == (31, 31, 31)
    by_id = {c.claim_id: c for c in claims}
    assert "decrease" not in {d.reason.value for d in result.differences if by_id[d.claim_id].category.value == "deaths"}


def test_the_dead_among_the_shot_stay_the_toll() -> None:
    claims = [
        *extract("At least 35 people have been shot, eight of them fatally, across the city since Friday, police said.",
                 doc_id="a", language="en", published="2016-12-17"),
        *extract("At least 80 people were killed in the city in November.", doc_id="b", language="en", published="2016-12-19"),
    ]
    assert not injured_who_died(claims, ["e"] * len(claims))


def test_the_injured_who_died_with_no_other_dead_are_the_toll() -> None:
    claims = extract("Five people were injured in the crash; two of them later died in hospital.", doc_id="a", language="en")
    assert not injured_who_died(claims, ["e"] * len(claims))
