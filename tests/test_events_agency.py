"""Event resolution on agency stories: a country's report and its capital's, an update whose toll names a
part beside the whole; each link with the evidence that keeps other stories apart."""

from __future__ import annotations

from casualty_reconcile import extract
from casualty_reconcile.event_evidence import _main_toll
from casualty_reconcile.events import group_events


def _events_of(docs: list[tuple[str, str, str]], language: str) -> dict[str, str]:
    claims = [c for doc, day, text in docs for c in extract(text, doc_id=doc, language=language, published=day)]
    return {doc: event.event_id for doc, event in group_events(claims).items()}


_COUNTRY_AND_CAPITAL = {
    "en": (
        ("a", "2024-05-07", "NAIROBI (Wire) - Floods in Kenya have killed 38 people, the interior ministry said on Tuesday."),
        ("b", "2024-05-08", "NAIROBI (Wire) - The government revised the death toll down to 33 on Wednesday, saying five "
                            "deaths had been counted twice."),
        ("c", "2024-05-08", "MOMBASA (Wire) - Police said on Wednesday that 6 people had died."),
        ("d", "2024-05-08", "NAIROBI (Wire) - A bus crash in Nairobi killed 7 people on Wednesday, police said."),
    ),
    "de": (
        ("a", "2024-05-07", "NAIROBI (Agentur) - Bei Überschwemmungen in Kenia sind nach Angaben des Innenministeriums "
                            "38 Menschen ums Leben gekommen."),
        ("b", "2024-05-08", "NAIROBI (Agentur) - Die Regierung hat die Zahl der Toten am Mittwoch auf 33 korrigiert. Fünf "
                            "Opfer seien doppelt gezählt worden."),
        ("c", "2024-05-08", "MOMBASA (Agentur) - Nach Angaben der Polizei sind 6 Menschen gestorben."),
        ("d", "2024-05-08", "NAIROBI (Agentur) - Bei einem Busunfall in Nairobi sind am Mittwoch sieben Menschen ums Leben "
                            "gekommen."),
    ),
}


def _country_and_capital(language: str) -> None:
    a, b, c, d = _COUNTRY_AND_CAPITAL[language]
    found = _events_of([a, b], language)
    assert found["a"] == found["b"]  # the country's toll and the capital's correction the next day: one story
    found = _events_of([a, c], language)
    assert found["a"] != found["c"]  # another town of the country, no figure or kind in common: apart
    found = _events_of([a, d], language)
    assert found["a"] != found["d"]  # the capital's crash is no flood


def test_a_countrys_report_and_the_capitals_next_day_are_one_event_en() -> None:
    _country_and_capital("en")


def test_a_countrys_report_and_the_capitals_next_day_are_one_event_de() -> None:
    _country_and_capital("de")


_UPDATE_WITH_A_PART = {
    "en": (
        ("a", "2024-03-10", "A gunman opened fire at a bar in Tulsa on Saturday night, killing 4 people and wounding 6 "
                            "others, police said."),
        ("b", "2024-03-12", "A fifth victim died in hospital on Monday, police said, raising the death toll from the "
                            "shooting in Tulsa to 5. Five people remain in hospital."),
    ),
    "de": (
        ("a", "2024-03-10", "Bei Schüssen in einer Bar in Dortmund sind am Samstagabend 4 Menschen getötet und 6 weitere "
                            "verletzt worden, teilte die Polizei mit."),
        ("b", "2024-03-12", "Ein fünftes Opfer ist am Montag im Krankenhaus gestorben, teilte die Polizei mit. Damit "
                            "stieg die Zahl der Toten nach den Schüssen in Dortmund auf 5. Fünf Menschen werden noch im "
                            "Krankenhaus behandelt."),
    ),
}


def _update_with_a_part(language: str) -> None:
    a, b = _UPDATE_WITH_A_PART[language]
    found = _events_of([a, b], language)
    assert found["a"] == found["b"]  # the one more victim who died is no smaller toll of another shooting


def test_an_update_that_counts_the_one_more_dead_joins_the_shooting_en() -> None:
    _update_with_a_part("en")


def test_an_update_that_counts_the_one_more_dead_joins_the_shooting_de() -> None:
    _update_with_a_part("de")


def test_a_figure_stated_only_as_a_part_is_no_main_toll() -> None:
    # [how often stated, where first, how often as a whole]: "1" stated first, but only as a part
    stated = {("deaths", 1): [1, 10, 0], ("deaths", 11): [1, 80, 1], ("injuries", 9): [1, 120, 0]}
    assert _main_toll(stated) == {("deaths", 11), ("injuries", 9)}
    stated[("deaths", 1)][2] = 1  # stated as a whole, it is the headline's: first
    assert _main_toll(stated) == {("deaths", 1), ("injuries", 9)}
