"""Event resolution: a town named by the first words of a region of its country ("Gaza" and the "Gaza Strip") lies in
that region (``event_pairs._town_names_region``): two tolls of a day apart, one placed in the town, one in the region,
are one event; a region's toll beside a town whose name the region's does not hold stays apart when no toll figure
is common."""

from __future__ import annotations

from casualty_reconcile import extract
from casualty_reconcile.events import group_events

_REGION = ("a", "2024-08-03", "de",
           "GAZA (Agentur A) - Bei einem israelischen Luftangriff auf eine Schule im Gazastreifen sind nach Angaben "
           "des Gesundheitsministeriums der Hamas mindestens 16 Menschen getötet worden.")
_TOWN = ("b", "2024-08-04", "fr",
         "GAZA (Agence B) - La frappe israélienne sur l'école a fait 21 morts à Gaza, selon le ministère de la Santé "
         "du Hamas.")
_OTHER_TOWN = ("c", "2024-08-04", "fr",
               "RAMALLAH (Agence C) - Un raid de l'armée israélienne a fait 21 morts à Jénine, selon le ministère de la "
               "Santé palestinien.")


def _events_of(docs: list[tuple[str, str, str, str]]) -> dict[str, str]:
    claims = [c for doc, day, language, text in docs for c in extract(text, doc_id=doc, language=language, published=day)]
    return {doc: event.event_id for doc, event in group_events(claims).items()}


def test_a_town_that_names_the_region_lies_in_it() -> None:
    """ "im Gazastreifen" 16 dead, a day later "à Gaza" 21 dead: no toll figure in common, one event."""
    found = _events_of([_REGION, _TOWN])
    assert found["a"] == found["b"]


def test_a_town_the_region_does_not_name_stays_apart() -> None:
    """ "im Gazastreifen" 16 dead, a day later 21 dead in Jenin (the West Bank): two events."""
    found = _events_of([_REGION, _OTHER_TOWN])
    assert found["a"] != found["c"]
