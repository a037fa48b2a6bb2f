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
    assert table["Lombardy"].name == table["Lombardei"].name == table["Lombardie"].name == "Lombardia"
    assert table["Styria"].name == "Steiermark" and table["Upper Austria"].country == "Austria"
    assert "Piedmont" not in table  # a region of the United States too: no place of Italy alone


def test_a_flood_in_lombardy_told_in_german_and_english_is_one_quantity() -> None:
    claims = [
        *extract("Bei Überschwemmungen in der Lombardei sind mindestens vier Menschen ums Leben gekommen, teilte der "
                 "Zivilschutz mit.", language="de", published="2024-05-16", doc_id="a"),
        *extract("At least six people were killed by floods in Lombardy, Italy's civil protection agency said.",
                 language="en", published="2024-05-17", doc_id="b"),
    ]
    result = reconcile(claims)
    assert len(result.events) == 1
    (dead,) = result.quantities
    assert dead.location == "Lombardia" and dead.best.value == 6


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
