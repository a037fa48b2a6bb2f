"""Two reconcile readings of round s30: the best of open lower bounds only (estimates) and a second place's
figure beside a part of the area (quantity_places.sibling_parts)."""

from __future__ import annotations

from casualty_reconcile import extract, reconcile
from casualty_reconcile.quantity_places import SIBLING_PART_RULE


def test_the_best_of_open_lower_bounds_only_is_the_highest() -> None:
    claims = [
        *extract("BEIRUT - At least 20 people were killed in the explosions in Lebanon, the health ministry said.",
                 doc_id="a", published="2024-09-18", language="en"),
        *extract("BEIRUT - A hospital director said at least 14 people killed in the explosions in Lebanon were brought in.",
                 doc_id="b", published="2024-09-18", language="en"),
    ]
    (toll,) = reconcile(claims, events={"a": "e", "b": "e"}).quantities
    assert (toll.low.value, toll.best.value, toll.high.value) == (14, 20, None)
    assert "highest of the latest day's lower bounds" in toll.best.rule


def test_a_stated_figure_still_makes_the_median() -> None:
    claims = [
        *extract("At least 20 people were killed in the explosions in Lebanon, the health ministry said.",
                 doc_id="a", published="2024-09-18", language="en"),
        *extract("Doctors said 14 people were killed in the explosions in Lebanon.", doc_id="b", published="2024-09-18", language="en"),
    ]
    (toll,) = reconcile(claims, events={"a": "e", "b": "e"}).quantities
    assert "highest of the latest day's lower bounds" not in toll.best.rule


def test_a_smaller_figure_of_another_place_beside_a_part_is_a_part_too() -> None:
    claims = [
        *extract("MADRID - Floods in Spain have killed at least 158 people, the government said.",
                 doc_id="a", published="2024-11-01", language="en", trace=True),
        *extract("VALENCIA, Spain - Officials said 155 people died in the Valencia region alone. Two more people died in "
                 "Castilla-La Mancha, officials there said.", doc_id="b", published="2024-11-01", language="en", trace=True),
    ]
    result = reconcile(claims, events={"a": "e", "b": "e"})
    by_place = {q.location: q for q in result.quantities}
    assert by_place["Spain"].parent_id is None and by_place["Spain"].best.value == 158
    assert by_place["Castilla-La Mancha"].parent_id == by_place["Spain"].quantity_id
    (two,) = [c for c in result.claims if c.value == 2]
    assert SIBLING_PART_RULE in two.trace


def test_a_larger_figure_of_another_place_is_the_whole_not_a_sibling() -> None:
    claims = extract(
        "Im Bundesland Rheinland-Pfalz starben mindestens 117 Menschen. Allein in Bad Neuenahr-Ahrweiler wurden 110 Tote "
        "geborgen.", doc_id="a", published="2021-07-18", language="de", trace=True,
    )
    result = reconcile(claims, events={"a": "e"})
    assert all(SIBLING_PART_RULE not in c.trace for c in result.claims)
