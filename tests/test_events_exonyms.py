"""A German state named by its English or French exonym is the same place as by its German name (the gazetteer's
exonyms of the German states, scripts/build_gazetteer.py EXTRA_PLACES): reports of one crash in three languages are
one event without event ids, their figures one quantity."""

from __future__ import annotations

from casualty_reconcile import extract, reconcile
from casualty_reconcile.geo import gazetteer


def test_the_states_exonyms_name_their_german_canonical() -> None:
    table = gazetteer()
    assert table["Bavaria"].name == table["Bavière"].name == table["Bayern"].name == "Bayern"
    assert table["Lower Saxony"].name == "Niedersachsen" and table["Thuringia"].country == "Germany"


def test_one_crash_told_in_three_languages_is_one_event() -> None:
    claims = [
        *extract("Bei einem Busunglück in Bayern sind drei Menschen ums Leben gekommen, sagte ein Polizeisprecher.",
                 language="de", published="2024-06-01", doc_id="a"),
        *extract("Five people died when a bus crashed in Bavaria, German police said on Sunday.",
                 language="en", published="2024-06-02", doc_id="b"),
        *extract("Cinq personnes sont mortes dans l'accident d'un autocar en Bavière, selon la police allemande.",
                 language="fr", published="2024-06-02", doc_id="c"),
    ]
    result = reconcile(claims)
    assert len(result.events) == 1 and set(result.events[0].doc_ids) == {"a", "b", "c"}
    (dead,) = result.quantities
    assert dead.location == "Bayern" and dead.best.value == 5
