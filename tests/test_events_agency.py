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


def test_a_whole_stated_before_its_parts_is_the_main_toll() -> None:
    # rule "whole before its parts": "6 people shot, 2 dead" in the headline and the lead give four injured
    # twice; the body counts them one by one ("one man remains in hospital", "one man has minor injuries")
    stated = {("injuries", 4): [2, 8, 2], ("deaths", 2): [2, 20, 2], ("injuries", 1): [3, 900, 3]}
    assert _main_toll(stated) == {("deaths", 2), ("injuries", 4)}
    stated[("injuries", 1)][0] = 5  # five times one is more than the four: not its parts
    assert _main_toll(stated) == {("deaths", 2), ("injuries", 1)}
    stated[("injuries", 1)][0] = 3
    stated[("injuries", 4)][0] = stated[("injuries", 4)][2] = 1  # a whole stated once does not beat them
    assert _main_toll(stated) == {("deaths", 2), ("injuries", 1)}
    stated[("injuries", 4)] = [2, 1000, 2]  # nor one stated after them
    assert _main_toll(stated) == {("deaths", 2), ("injuries", 1)}
    # of two wholes, the first stated
    stated = {("injuries", 8): [2, 0, 2], ("injuries", 6): [2, 300, 1], ("injuries", 2): [3, 360, 2]}
    assert _main_toll(stated) == {("injuries", 8)}


_REVISION = {
    "en": (
        ("a", "2024-07-10", "ROME (Wire) - A heat wave across Italy has killed 9 people, the health ministry said."),
        ("b", "2024-07-13", "ROME (Wire) - The death toll from the heat wave in Italy rose to 21, the health ministry said on "
                            "Saturday."),
        ("n", "2024-07-13", "ROME (Wire) - The health ministry said on Saturday that 21 people had died in the heat wave in "
                            "Italy."),
    ),
    "de": (
        ("a", "2024-07-10", "ROM (Agentur) - Die Hitzewelle in Italien hat nach Angaben des Gesundheitsministeriums 9 "
                            "Menschen das Leben gekostet."),
        ("b", "2024-07-13", "ROM (Agentur) - Die Zahl der Toten durch die Hitzewelle in Italien ist auf 21 gestiegen, teilte "
                            "das Gesundheitsministerium am Samstag mit."),
        ("n", "2024-07-13", "ROM (Agentur) - Durch die Hitzewelle in Italien sind nach Angaben des Gesundheitsministeriums 21 "
                            "Menschen gestorben."),
    ),
}

_TWO_SHOOTINGS_THEN_A_RISE = {
    "en": (
        ("s1", "2024-03-02", "Marcus Reed, 19, was killed and two other people were wounded in a shooting in Akron on "
                             "Friday, police said."),
        ("s2", "2024-03-03", "Jane Doyle, 34, was killed in a shooting at a gas station in Akron on Saturday, police said."),
        ("u", "2024-03-08", "The death toll from the shooting in Akron rose to 2 after a wounded man died on Thursday, "
                            "police said."),
    ),
    "de": (
        ("s1", "2024-03-02", "Bei einer Schießerei in Bochum sind am Freitag ein Mann getötet und zwei weitere Menschen "
                             "verletzt worden. Das Opfer ist der 19-jährige Marco Richter."),
        ("s2", "2024-03-03", "Bei Schüssen an einer Tankstelle in Bochum ist am Samstag ein Mann getötet worden. Das Opfer "
                             "ist der 34-jährige Jan Dorn."),
        ("u", "2024-03-08", "Die Zahl der Toten nach der Schießerei in Bochum ist auf 2 gestiegen, ein Verletzter starb am "
                            "Donnerstag im Krankenhaus."),
    ),
}


def _revision(language: str) -> None:
    a, b, n = _REVISION[language]
    found = _events_of([a, b, n], language)
    assert found["a"] == found["b"] == found["n"]  # the toll of the country rose three days later: one story
    found = _events_of([a, n], language)
    assert found["a"] != found["n"]  # the same figure stated with no change named: nothing joins them
    s1, s2, u = _TWO_SHOOTINGS_THEN_A_RISE[language]
    found = _events_of([s1, u], language)
    assert found["s1"] == found["u"]  # the one shooting of the town that week whose toll rose
    found = _events_of([s1, s2, u], language)
    assert len({found["s1"], found["s2"], found["u"]}) == 3  # two shootings that week: the rise stays alone


def test_a_toll_that_rose_days_later_joins_the_one_earlier_report_of_its_place_en() -> None:
    _revision("en")


def test_a_toll_that_rose_days_later_joins_the_one_earlier_report_of_its_place_de() -> None:
    _revision("de")


def test_the_revision_cues_of_each_language() -> None:
    from casualty_reconcile.event_words import revises

    def reads(text: str, language: str) -> list[bool]:
        return [revises(c, {}) for c in extract(text, language=language) if c.category.value == "deaths"]

    assert reads("The death toll from the floods in Kenya rose to 40, officials said.", "en") == [True]
    assert reads("One more victim died, bringing the death toll from the shooting to 5.", "en") == [True, True]
    assert reads("Officials lowered the death toll to 17 on Tuesday.", "en") == [True]
    assert reads("Police said 4 people were killed; the fourth victim was a 67-year-old woman.", "en") == [False]
    assert reads("Die Zahl der Toten ist auf mindestens 40 gestiegen.", "de") == [True]
    assert reads("Die Behörden haben die Zahl der Toten auf 17 korrigiert.", "de") == [True]
    assert reads("Bei dem Unglück sind 40 Menschen ums Leben gekommen.", "de") == [False]
    assert reads("Le bilan des inondations s'est alourdi à 40 morts.", "fr") == [True]
    assert reads("Les inondations ont fait 40 morts.", "fr") == [False]
