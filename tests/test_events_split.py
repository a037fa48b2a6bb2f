"""Event resolution on follow-ups that the first report's links miss: a later report that counts a victim
of the same age (:func:`~casualty_reconcile.event_links._link_victim_ages`); each link with the evidence
that keeps other incidents apart."""

from __future__ import annotations

import pytest

from casualty_reconcile import extract
from casualty_reconcile.event_evidence import _is_place
from casualty_reconcile.event_words import victim_ages
from casualty_reconcile.events import group_events
from casualty_reconcile.places import _Places


def _events_of(docs: list[tuple[str, str, str]], language: str) -> dict[str, str]:
    claims = [c for doc, day, text in docs for c in extract(text, doc_id=doc, language=language, published=day)]
    return {doc: event.event_id for doc, event in group_events(claims).items()}


_SAME_AGE = {
    "en": (
        "A 9-year-old boy was wounded in Toledo on Saturday after he found a gun in his mother's purse and shot "
        "himself in the hand, police said.",
        "The mother of a 9-year-old Toledo boy who was wounded when he shot himself with her gun was charged with "
        "child endangerment on Wednesday.",
        "The mother of a 12-year-old Toledo girl who was wounded when she shot herself with her gun was charged "
        "with child endangerment on Wednesday.",
        "A 9-year-old boy was wounded in Toledo on Saturday when a stray bullet struck him in his grandmother's "
        "car, police said.",
    ),
    "de": (
        "Ein 9-Jähriger ist am Samstag in Bielefeld verletzt worden, als er in der Handtasche seiner Mutter eine "
        "Pistole fand und sich in die Hand schoss, teilte die Polizei mit.",
        "Nachdem ein 9-Jähriger in Bielefeld mit der Pistole seiner Mutter verletzt worden war, wird nun gegen die "
        "Mutter ermittelt.",
        "Nachdem ein 12-Jähriger in Bielefeld mit der Pistole seiner Mutter verletzt worden war, wird nun gegen die "
        "Mutter ermittelt.",
        "Ein 9-Jähriger ist am Samstag in Bielefeld verletzt worden, als ihn im Auto seiner Großmutter eine "
        "verirrte Kugel traf, teilte die Polizei mit.",
    ),
}


@pytest.mark.parametrize("language", sorted(_SAME_AGE))
def test_a_follow_up_days_later_that_counts_a_victim_of_the_same_age_joins_the_report(language: str) -> None:
    """A boy of nine wounded on Saturday; four days later a report of the charge against his mother counts
    the 9-year-old again, with no kind of event and no name: one event. The same report about a 12-year-old
    is another incident, and so is a 9-year-old wounded in that town "on Saturday" a week later (dated after
    the first report's day)."""
    first, follow_up, other_age, dated_after = _SAME_AGE[language]
    found = _events_of([("a", "2016-03-05", first), ("b", "2016-03-09", follow_up)], language)
    assert found["a"] == found["b"]
    found = _events_of([("a", "2016-03-05", first), ("b", "2016-03-09", other_age)], language)
    assert found["a"] != found["b"]
    found = _events_of([("a", "2016-03-05", first), ("c", "2016-03-13", dated_after)], language)
    assert found["a"] != found["c"]


_ADULT = {
    "en": (("9-year-old boy", "25-year-old man"), ("9-year-old Toledo boy", "25-year-old Toledo man")),
    "de": (("9-Jähriger", "25-Jähriger"),),
}


@pytest.mark.parametrize("language", sorted(_ADULT))
def test_an_adults_age_links_no_follow_up(language: str) -> None:
    """The same two reports about a man of 25: many incidents of a town's week hurt a man of that age, so
    his age links nothing (:data:`~casualty_reconcile.event_links.CHILD_YEARS`)."""
    first, follow_up, _, _ = _SAME_AGE[language]
    for child, adult in _ADULT[language]:
        first, follow_up = first.replace(child, adult), follow_up.replace(child, adult)
    found = _events_of([("a", "2016-03-05", first), ("b", "2016-03-09", follow_up)], language)
    assert found["a"] != found["b"]


_AGES = {
    "en": ("A 15-year-old boy was wounded and a 6-month-old girl was killed in Toledo, police said.",
           {"year:15", "month:6"}),
    "de": ("In Bielefeld wurde ein 15-Jähriger verletzt, teilte die Polizei mit.", {"year:15"}),
    "fr": ("Un garçon de 15 ans a été blessé à Lyon, selon la police.", {"year:15"}),
}


@pytest.mark.parametrize("language", sorted(_AGES))
def test_the_victim_ages_each_language_writes(language: str) -> None:
    text, expected = _AGES[language]
    seen: dict[tuple[str, str], frozenset[str]] = {}
    claims = extract(text, language=language, published="2016-03-05")
    assert {age for claim in claims for age in victim_ages(claim, seen)} == expected


def test_a_person_whose_first_words_name_a_place_is_a_thing_of_that_place_en() -> None:
    """A report three weeks later names the victim beside "the murder of Garden City High School student",
    which the particulars read as a person, "Garden City High" (a place's name of two words that opens a
    longer name: a school); its victims are then the one person named, whose name the first report writes
    in its lead, so the two reports are one event (:func:`_link_named_victims` asks for every victim)."""
    found = _events_of([
        ("a", "2016-03-05", "A 17-year-old boy was shot and killed while walking home in Toledo on Friday night, "
                            "police said.\n\nJamal Price was walking home from a friend's house when someone in an "
                            "SUV fired a single shot at him."),
        ("b", "2016-03-22", "Two women were charged on Tuesday in the murder of Garden City High School student "
                            "Jamal Price, 17, who was shot dead in Toledo."),
    ], "en")
    assert found["a"] == found["b"]


def test_a_person_whose_first_words_name_a_place_is_a_thing_of_that_place_de() -> None:
    """The same reading of German names: "Bad Tölz Realschule" opens with a town of two words; "Anna Maria
    Huber" and "Jonas Weber" open with none and stay persons."""
    places = _Places(["Bad Tölz"])
    assert _is_place("person:bad tölz realschule", places)
    assert not _is_place("person:anna maria huber", places)
    assert not _is_place("person:jonas weber", places)


_OTHER_CHILD = {
    "en": ("A 15-year-old boy was wounded in a shooting in Toledo on Monday, police said.",
           "A 4-year-old girl was wounded in a shooting in Toledo on Wednesday, police said.",
           "The boy was wounded in a shooting in Toledo on Monday, police said."),
    "de": ("Ein 15-Jähriger ist am Montag bei Schüssen in Bielefeld verletzt worden, teilte die Polizei mit.",
           "Eine 4-Jährige ist am Mittwoch bei Schüssen in Bielefeld verletzt worden, teilte die Polizei mit.",
           "Ein Junge ist am Montag bei Schüssen in Bielefeld verletzt worden, teilte die Polizei mit."),
}


@pytest.mark.parametrize("language", sorted(_OTHER_CHILD))
def test_children_of_different_ages_wounded_in_one_town_are_two_incidents(language: str) -> None:
    """A boy of 15 wounded on Monday and a girl of 4 on Wednesday in one town, one injured each: the children
    tell the two incidents apart (:func:`~casualty_reconcile.event_pairs._other_children`); a report of
    Monday's that gives no age stays with the one of the same day it does not contradict."""
    boy, girl, no_age = _OTHER_CHILD[language]
    found = _events_of([("a", "2016-03-07", boy), ("b", "2016-03-09", girl)], language)
    assert found["a"] != found["b"]
    found = _events_of([("a", "2016-03-07", boy), ("c", "2016-03-07", no_age)], language)
    assert found["a"] == found["c"]


_DIED_SINCE = {
    "en": (
        "A 9-year-old was wounded in a shooting in Toledo on Wednesday, police said.",
        "A 9-year-old in Ohio died on Thursday after being shot in the head, police said.",
        "A 9-year-old died in Dayton on Thursday after being shot in the head, police said.",
    ),
    "de": (
        "Ein 9-Jähriger ist am Mittwoch in Bielefeld bei Schüssen verletzt worden.",
        "Ein 9-Jähriger ist am Donnerstag in Nordrhein-Westfalen an seinen Schussverletzungen gestorben.",
        "Ein 9-Jähriger ist am Donnerstag in Dortmund an seinen Schussverletzungen gestorben.",
    ),
}


@pytest.mark.parametrize("language", sorted(_DIED_SINCE))
def test_a_child_wounded_who_died_a_day_later_is_one_incident(language: str) -> None:
    """A child of nine wounded in a town on Wednesday; a report of Sunday that the 9-year-old died on
    Thursday, placed only in the state: one event (``event_links._died_since``), though the later report
    dates its toll after the first one's day and the two share no toll figure (one injured, one dead). The
    same death in another town is another incident."""
    first, died, elsewhere = _DIED_SINCE[language]
    found = _events_of([("a", "2016-03-09", first), ("b", "2016-03-13", died)], language)
    assert found["a"] == found["b"]
    found = _events_of([("a", "2016-03-09", first), ("c", "2016-03-13", elsewhere)], language)
    assert found["a"] != found["c"]
