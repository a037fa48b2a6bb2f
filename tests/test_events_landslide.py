"""Landslides, mudslides and avalanches as a kind of event (``event_kinds`` "landslide", en/de/fr), and a toll
revised in its own region days later (events.one-region-one-kind: ``event_links._one_place``)."""

from __future__ import annotations

import pytest

from casualty_reconcile import extract
from casualty_reconcile.event_words import kinds_of
from casualty_reconcile.events import group_events
from casualty_reconcile.models import Claim


def _claims(doc_id: str, text: str, day: str, language: str) -> list[Claim]:
    return list(extract(text, doc_id=doc_id, published=day, language=language))


@pytest.mark.parametrize(
    "language,first,revised",
    [
        ("en", "JAKARTA - A landslide buried an illegal gold mine on Sulawesi, killing 11 people, the disaster agency said.",
         "JAKARTA - The death toll from the gold mine landslide on Sulawesi rose to 23, the disaster agency said."),
        ("de", "JAKARTA - Bei einem Erdrutsch in einer Goldmine auf Sulawesi sind elf Menschen ums Leben gekommen.",
         "JAKARTA - Die Zahl der Toten nach dem Erdrutsch in der Goldmine auf Sulawesi ist auf 23 gestiegen."),
        ("fr", "JAKARTA - Un glissement de terrain dans une mine d'or sur l'île de Sulawesi a fait 11 morts.",
         "JAKARTA - Le bilan du glissement de terrain dans la mine d'or de Sulawesi s'est alourdi à 23 morts."),
    ],
)
def test_a_landslide_toll_revised_three_days_later_is_one_event(language: str, first: str, revised: str) -> None:
    claims = _claims("a", first, "2024-08-12", language) + _claims("b", revised, "2024-08-15", language)
    found = group_events(claims)
    assert found["a"] == found["b"]


def test_a_revised_toll_of_another_kind_in_the_region_stays_apart() -> None:
    claims = _claims(
        "a", "JAKARTA - A landslide buried an illegal gold mine on Sulawesi, killing 11 people, officials said.", "2024-08-12", "en"
    ) + _claims("b", "JAKARTA - The death toll from the floods on Sulawesi rose to 23, officials said.", "2024-08-15", "en")
    found = group_events(claims)
    assert found["a"] != found["b"]


def test_a_revised_landslide_toll_of_another_region_stays_apart() -> None:
    claims = _claims(
        "a", "JAKARTA - A landslide buried an illegal gold mine on Sulawesi, killing 11 people, officials said.", "2024-08-12", "en"
    ) + _claims("b", "JAKARTA - The death toll from the landslide on Sumatra rose to 23, officials said.", "2024-08-15", "en")
    found = group_events(claims)
    assert found["a"] != found["b"]


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "A mudslide swept through the village, killing four people."),
        ("en", "An avalanche buried four skiers, killing all of them."),
        ("de", "Eine Schlammlawine hat in dem Dorf vier Menschen getötet."),
        ("fr", "Une coulée de boue a fait quatre morts dans le village."),
    ],
)
def test_mudslides_and_avalanches_are_landslides(language: str, text: str) -> None:
    claims = _claims("a", text, "2024-08-12", language)
    assert claims and all(kinds_of(claim, {}) == {"landslide"} for claim in claims)
