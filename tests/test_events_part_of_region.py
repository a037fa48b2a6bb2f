"""Event resolution: a town's toll told as a part of the area ("Allein in Sinzig", "In Mayfield alone") beside a
region's toll of its country and day is a part of it (``event_pairs._part_of_region``): one event, though no figure is
common; not where the town's figure is no part (no cue, or larger than the region's toll)."""

from __future__ import annotations

from casualty_reconcile import extract
from casualty_reconcile.events import group_events

_REGION = ("a", "2021-07-16", "de",
           "MAINZ (Agentur A) - Durch die Sturzfluten in Rheinland-Pfalz sind nach Angaben der Landesregierung "
           "mindestens 60 Menschen ums Leben gekommen.")
_TOWN_PART = ("b", "2021-07-16", "de",
              "Allein in Sinzig kamen nach Angaben der Polizei zwölf Menschen ums Leben.")
_TOWN_NO_CUE = ("c", "2021-07-16", "de",
                "In Sinzig kamen nach Angaben der Polizei zwölf Menschen ums Leben.")
_TOWN_LARGER = ("d", "2021-07-16", "de",
                "Allein in Sinzig kamen nach Angaben der Polizei 75 Menschen ums Leben.")


def _events_of(docs: list[tuple[str, str, str, str]]) -> dict[str, str]:
    claims = [c for doc, day, language, text in docs for c in extract(text, doc_id=doc, language=language, published=day)]
    return {doc: event.event_id for doc, event in group_events(claims).items()}


def test_a_towns_part_joins_the_regions_toll() -> None:
    found = _events_of([_REGION, _TOWN_PART])
    assert found["a"] == found["b"]


def test_a_towns_toll_without_the_cue_of_a_part_stays_apart() -> None:
    found = _events_of([_REGION, _TOWN_NO_CUE])
    assert found["a"] != found["c"]


def test_a_towns_part_larger_than_the_regions_toll_stays_apart() -> None:
    found = _events_of([_REGION, _TOWN_LARGER])
    assert found["a"] != found["d"]


_COUNTRY = ("e", "2024-06-20", "en", "CAIRO (Wire A) - At least 61 people have died in Egypt, the health ministry said.")
_CITY_PART = ("f", "2024-06-20", "fr", "Rien qu'à Assouan, 19 personnes sont mortes, selon le ministère de la Santé.")


def test_a_towns_part_joins_the_countrys_toll() -> None:
    found = _events_of([_COUNTRY, _CITY_PART])
    assert found["e"] == found["f"]
