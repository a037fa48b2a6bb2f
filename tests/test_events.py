"""Event resolution: documents about the same incident form one event, one event has one toll."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile import extract
from casualty_reconcile.events import group_events, marks_part
from casualty_reconcile.models import Claim, Qualifier, make_claim_id
from casualty_reconcile.numbers import bounds
from casualty_reconcile.reconcile import DEFAULT_EVENT, Reason, reconcile

from .test_cli import KILLED_EN, SEEDS, in_process, write_jsonl


def claim(
    doc: str,
    sentence: str,
    value: int,
    day: dt.date,
    *,
    category: str = "deaths",
    location: str | None = None,
    language: str = "en",
    group: str = "all",
    published: dt.date | None = None,
) -> Claim:
    text = str(value)
    start = max(sentence.find(text), 0)
    low, high = bounds(Qualifier.EXACT, value)
    return Claim(
        claim_id=make_claim_id(doc, start, start + len(text), f"{text}-{category}-{sentence}"),
        doc_id=doc,
        published=(published or day).isoformat(),
        language=language,
        start=start,
        end=start + len(text),
        text=text,
        sentence=sentence,
        category=category,
        value=value,
        qualifier=Qualifier.EXACT,
        low=low,
        high=high,
        group=group,
        location=location,
        as_of=day,
    )


MARCH, APRIL = dt.date(2016, 3, 5), dt.date(2016, 4, 2)


def test_two_shootings_in_one_city_weeks_apart_are_two_events_en() -> None:
    claims = [
        claim("a1", "Two people were killed in a shooting in Chicago on Saturday.", 2, MARCH, location="Chicago"),
        claim("a2", "The shooting in Chicago left 2 dead, police said.", 2, MARCH + dt.timedelta(days=1), location="Chicago"),
        claim("b1", "One man was killed in a shooting in Chicago on Saturday.", 1, APRIL, location="Chicago"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"] != found["b1"]
    assert found["a1"].label == "Chicago · shooting · 2016-03-05"
    assert found["a1"].reason.startswith("resolved")
    result = reconcile(claims)
    events = {q.event for q in result.quantities}
    assert len(events) == 2 and {e.event_id for e in result.events} == events
    assert not [d for d in result.differences if d.reason is Reason.DECREASE]  # 2 then 1 are two tolls


def test_a_later_report_that_dates_the_shooting_joins_it() -> None:
    """A report months later ("charged in the March 5 shooting that killed 2") joins the event of the day
    it names when it states a figure of that event's toll; one that names another day stays apart."""
    later = MARCH + dt.timedelta(days=90)
    claims = [
        claim("a1", "Two people were killed in a shooting in Chicago on Saturday.", 2, MARCH, location="Chicago"),
        claim("b1", "One man was killed in a shooting in Chicago on Saturday.", 1, APRIL, location="Chicago"),
        claim("c1", "A man was charged in the March 5 shooting in Chicago that killed 2.", 2, MARCH,
              location="Chicago", published=later),
        claim("d1", "A man was charged in the April 2 shooting in Chicago that killed 2.", 2, APRIL,
              location="Chicago", published=later + dt.timedelta(days=30)),
        claim("e1", "A man was charged in the March 5 shooting in Boston that killed 2.", 2, MARCH,
              location="Boston", published=later + dt.timedelta(days=60)),
    ]
    found = group_events(claims)
    assert found["a1"] == found["c1"]
    assert len({found["a1"].event_id, found["b1"].event_id, found["d1"].event_id, found["e1"].event_id}) == 4
    result = reconcile(claims)
    deaths = [q for q in result.quantities if q.event == found["a1"].event_id]
    assert len(deaths) == 1 and deaths[0].best.value == 2 and deaths[0].n_documents == 2


def test_a_town_and_the_state_another_report_names_are_one_place_en() -> None:
    """A report that names the town and one that names only its state, two days later, with the toll in
    common, are one event: the gazetteer does not say which state a town lies in, so a region and a town
    tell two reports apart only when no toll figure is common; two states do."""
    later = MARCH + dt.timedelta(days=2)
    claims = [
        claim("a1", "Four people were wounded in a shooting in Dayton on Saturday.", 4, MARCH,
              category="injuries", location="Dayton"),
        claim("a2", "Police in Ohio said 4 people were wounded in the shooting.", 4, later,
              category="injuries", location="Ohio"),
        claim("b1", "Police in Texas said 2 people were wounded in a shooting.", 2, later,
              category="injuries", location="Texas"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"] != found["b1"]


def test_a_town_and_the_state_another_report_names_are_one_place_de() -> None:
    later = MARCH + dt.timedelta(days=2)
    claims = [
        claim("a1", "Bei einer Schießerei in Leipzig wurden am Samstag 4 Menschen verletzt.", 4, MARCH,
              category="injuries", location="Leipzig", language="de"),
        claim("a2", "Die Polizei in Sachsen teilte mit, bei der Schießerei seien 4 Menschen verletzt worden.", 4, later,
              category="injuries", location="Sachsen", language="de"),
        claim("b1", "Die Polizei in Bayern teilte mit, bei einer Schießerei seien 2 Menschen verletzt worden.", 2, later,
              category="injuries", location="Bayern", language="de"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"] != found["b1"]


def test_a_report_placed_abroad_by_a_misread_town_joins_the_same_days_shooting_en() -> None:
    """Two reports of one day, one put abroad by a name the gazetteer knows there as a region (no known
    town), of the same kind with a toll figure in common (not "one dead") are one event; "one dead" alone
    is not enough (two towns of two countries stay apart: test_a_follow_up_that_names_the_same_street...)."""
    claims = [
        claim("a1", "Four people were wounded in a shooting in Detroit on Saturday.", 4, MARCH,
              category="injuries", location="Detroit"),
        claim("a2", "Police said 4 people were wounded in the shooting near Nelson's store.", 4, MARCH,
              category="injuries", location="Nelson"),
        claim("b1", "One man was killed in a shooting in Detroit on Saturday.", 1, APRIL, location="Detroit"),
        claim("b2", "One man was killed in a shooting near Nelson's store.", 1, APRIL, location="Nelson"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"]
    assert found["b1"] != found["b2"]


def test_a_report_placed_abroad_by_a_misread_town_joins_the_same_days_shooting_de() -> None:
    claims = [
        claim("a1", "Bei einer Schießerei in Leipzig wurden am Samstag 4 Menschen verletzt.", 4, MARCH,
              category="injuries", location="Leipzig", language="de"),
        claim("a2", "Bei der Schießerei vor Nelsons Laden wurden 4 Menschen verletzt.", 4, MARCH,
              category="injuries", location="Nelson", language="de"),
        claim("b1", "Bei einer Schießerei in Leipzig starb am Samstag 1 Mann.", 1, APRIL, location="Leipzig", language="de"),
        claim("b2", "Bei der Schießerei vor Nelsons Laden starb 1 Mann.", 1, APRIL, location="Nelson", language="de"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"]
    assert found["b1"] != found["b2"]


def test_two_shootings_in_one_city_weeks_apart_are_two_events_de() -> None:
    claims = [
        claim("a1", "Bei einer Schießerei in Berlin wurden am Samstag 3 Menschen getötet.", 3, MARCH,
              location="Berlin", language="de"),
        claim("a2", "Nach der Schießerei in Berlin: 3 Tote.", 3, MARCH + dt.timedelta(days=1), location="Berlin",
              language="de"),
        claim("b1", "Bei einer Schießerei in Berlin starb 1 Mann.", 1, APRIL, location="Berlin", language="de"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"] != found["b1"]
    assert found["a1"].label == "Berlin · shooting · 2016-03-05"


def test_a_later_report_that_recalls_an_earlier_toll_in_passing_stays_apart_en() -> None:
    """Two shootings in one city twelve days apart: the second report names the first one's wounded in
    passing ("seven were wounded there"), but its own toll, the one it states most, is another."""
    later = MARCH + dt.timedelta(days=12)
    claims = [
        claim("a1", "Two men were killed and seven people wounded in a shooting in Miami on Saturday.", 2, MARCH,
              location="Miami"),
        claim("a1", "Two men were killed and seven people wounded in a shooting in Miami on Saturday.", 7, MARCH,
              location="Miami", category="injuries"),
        claim("b1", "Two people were killed and two others injured in a shooting in Miami late Sunday.", 2, later,
              location="Miami"),
        claim("b1", "Two people were killed and two others injured in a shooting in Miami late Sunday.", 2, later,
              location="Miami", category="injuries"),
        claim("b1", "Two Dead, Two Hurt In Miami Shooting", 2, later, location="Miami", category="injuries"),
        claim("b1", "It came a mile from the shooting where seven people were wounded two weeks ago.", 7, later,
              location="Miami", category="injuries"),
    ]
    found = group_events(claims)
    assert found["a1"] != found["b1"]


def test_a_later_report_that_recalls_an_earlier_toll_in_passing_stays_apart_de() -> None:
    later = MARCH + dt.timedelta(days=12)
    claims = [
        claim("a1", "Bei einer Schießerei in Köln wurden 2 Männer getötet und 7 Menschen verletzt.", 2, MARCH,
              location="Köln", language="de"),
        claim("a1", "Bei einer Schießerei in Köln wurden 2 Männer getötet und 7 Menschen verletzt.", 7, MARCH,
              location="Köln", language="de", category="injuries"),
        claim("b1", "Bei einer Schießerei in Köln starben 2 Menschen, 3 wurden verletzt.", 2, later,
              location="Köln", language="de"),
        claim("b1", "Bei einer Schießerei in Köln starben 2 Menschen, 3 wurden verletzt.", 3, later,
              location="Köln", language="de", category="injuries"),
        claim("b1", "Schüsse in Köln: 3 Verletzte", 3, later, location="Köln", language="de", category="injuries"),
        claim("b1", "Erst vor zwei Wochen waren in der Stadt 7 Menschen angeschossen worden.", 7, later,
              location="Köln", language="de", category="injuries"),
    ]
    found = group_events(claims)
    assert found["a1"] != found["b1"]


def test_one_dead_and_one_hurt_a_week_apart_are_two_events() -> None:
    """A toll of one dead and one injured is common: two reports of one town a week apart that state it
    are not joined by it alone."""
    later = MARCH + dt.timedelta(days=8)
    claims = []
    for doc, day in (("a", MARCH), ("b", later)):
        claims += [
            claim(doc, "One man was killed and one woman wounded in Chicago, police said.", 1, day, location="Chicago"),
            claim(doc, "One man was killed and one woman wounded in Chicago, police said.", 1, day, location="Chicago",
                  category="injuries"),
        ]
    for doc, day in (("c", MARCH), ("d", later)):
        claims += [
            claim(doc, "In Berlin starb 1 Mann, 1 Frau wurde verletzt.", 1, day, location="Berlin", language="de"),
            claim(doc, "In Berlin starb 1 Mann, 1 Frau wurde verletzt.", 1, day, location="Berlin", language="de",
                  category="injuries"),
        ]
    found = group_events(claims)
    assert found["a"] != found["b"] and found["c"] != found["d"]


def test_two_tolls_in_one_town_on_one_day_and_a_kind_named_by_one_only_are_two_events() -> None:
    """Same town, same day, different tolls and a kind of event one report names and the other not: two
    incidents (a family found dead at home on the day of an airport shooting's follow-up); one kind in
    common keeps them together (a first report of one dead, a later one of two)."""
    claims = [
        claim("a", "One of the five people killed in the airport shooting in Fort Lauderdale was from Ohio.", 5,
              MARCH, location="Fort Lauderdale"),
        claim("b", "Relatives identified the two people found dead inside a Fort Lauderdale home.", 2, MARCH,
              location="Fort Lauderdale"),
        claim("c", "Bei einer Schießerei in Köln starb 1 Nachbar.", 1, MARCH, location="Köln", language="de"),
        claim("d", "Zwei Menschen wurden am Morgen tot in einer Kölner Wohnung gefunden: 2 Tote.", 2, MARCH,
              location="Köln", language="de"),
        claim("e", "A shooting in Chicago killed 1 man on Saturday.", 1, APRIL, location="Chicago"),
        claim("f", "The shooting in Chicago on Saturday left 2 dead.", 2, APRIL + dt.timedelta(days=1),
              location="Chicago"),
    ]
    found = group_events(claims)
    assert found["a"] != found["b"] and found["c"] != found["d"]
    assert found["e"] == found["f"]


def test_a_toll_that_grows_in_one_town_with_no_kind_named_stays_one_event() -> None:
    """Two tolls of one town a day apart with no figure in common stay one event when neither report names
    a kind of event: the later figure is an update, not another incident."""
    claims = [
        claim("a", "Five people died in Chicago on Saturday, officials said.", 5, MARCH, location="Chicago"),
        claim("b", "The number of dead in Chicago rose to 7 on Sunday.", 7, MARCH + dt.timedelta(days=1),
              location="Chicago"),
        claim("c", "In Berlin starben am Samstag 5 Menschen.", 5, MARCH, location="Berlin", language="de"),
        claim("d", "Die Zahl der Toten in Berlin stieg am Sonntag auf 7.", 7, MARCH + dt.timedelta(days=1),
              location="Berlin", language="de"),
    ]
    found = group_events(claims)
    assert found["a"] == found["b"] and found["c"] == found["d"]
    result = reconcile([c for c in claims if c.doc_id in "ab"])
    assert [d.reason for d in result.differences] == [Reason.UPDATE]


def test_a_follow_up_weeks_later_that_names_the_same_victim_joins_the_event_en() -> None:
    """A report five weeks later states only "one dead" (too common to join alone), but names the victim
    the first reports named beside his age: one event; a report of that day naming another man does not."""
    later = MARCH + dt.timedelta(days=35)
    claims = [
        claim("a1", "Marcus Delaney, 27, was killed in a shooting on Harlow Street in Dayton on Saturday.", 1, MARCH,
              location="Dayton"),
        claim("a2", "Police identified the man killed Saturday as 27-year-old Marcus Delaney.", 1, MARCH, location="Dayton"),
        claim("b1", "A man was charged with murder in the death of Marcus Delaney, 27, who was shot dead.", 1, later,
              location="Dayton"),
        claim("c1", "A man was charged with murder in the death of Jerome Whitfield, 31, who was shot dead.", 1, later,
              location="Dayton"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"] == found["b1"] != found["c1"]


def test_a_follow_up_weeks_later_that_names_the_same_victim_joins_the_event_de() -> None:
    later = MARCH + dt.timedelta(days=35)
    claims = [
        claim("a1", "Der 24-jährige Jonas Albrecht wurde am Samstag in Leipzig erschossen; 1 Toter.", 1, MARCH,
              location="Leipzig", language="de"),
        claim("b1", "Anklage nach dem Tod von Jonas Albrecht (24): 1 Mann starb im März.", 1, later,
              location="Leipzig", language="de"),
        claim("c1", "Anklage nach dem Tod von Mehmet Kaya (31): 1 Mann starb im März.", 1, later,
              location="Leipzig", language="de"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["b1"] != found["c1"]


def test_a_later_report_that_dates_the_shooting_joins_it_without_a_figure_in_common() -> None:
    """A report weeks later that dates the shooting of its town ("the March 5 shooting") and counts only
    the arrested joins the one shooting of that town on that day; with two shootings there that day it
    joins neither. English and German."""
    later = MARCH + dt.timedelta(days=40)
    first = [
        claim("a1", "Darnell Price, 19, was shot and killed in Memphis on Sunday.", 1, MARCH, location="Memphis"),
        claim("d1", "In Dortmund wurde der 52-jährige Klaus Berger am Sonntag erschossen: 1 Toter.", 1, MARCH,
              location="Dortmund", language="de"),
    ]
    follow = [
        claim("a2", "Police arrested 2 men in the March 5 shooting in Memphis.", 2, MARCH, category="arrests",
              location="Memphis", published=later),
        claim("d2", "Nach der Schießerei vom 5. März in Dortmund wurden 2 Männer festgenommen.", 2, MARCH,
              category="arrests", location="Dortmund", language="de", published=later),
    ]
    found = group_events([*first, *follow])
    assert found["a1"] == found["a2"] and found["d1"] == found["d2"]
    other = claim("b1", "Keisha Monroe, 34, was shot and killed in Memphis on Sunday.", 1, MARCH, location="Memphis")
    found = group_events([*first, *follow, other])
    assert found["a2"] not in (found["a1"], found["b1"])


def test_a_charge_months_later_in_the_killing_of_the_named_victim_joins_the_event() -> None:
    """The report of the charge names the victim five months on, in English and in German; another
    shooting of the town with one dead in between stays apart."""
    august = MARCH + dt.timedelta(days=150)
    claims = [
        claim("a1", "Darnell Price, 19, was shot and killed in Memphis on Sunday.", 1, MARCH, location="Memphis"),
        claim("a2", "A man was charged on Friday in the killing of Darnell Price, who was 1 of 2 shot in Memphis.", 1,
              august, location="Memphis"),
        claim("b1", "Keisha Monroe, 34, was shot and killed in Memphis.", 1, MARCH + dt.timedelta(days=60),
              location="Memphis"),
        claim("d1", "In Dortmund wurde der 52-jährige Klaus Berger am Sonntag erschossen: 1 Toter.", 1, MARCH,
              location="Dortmund", language="de"),
        claim("d2", "Wegen Mordes an Klaus Berger in Dortmund ist 1 Mann angeklagt worden.", 1, august,
              location="Dortmund", language="de"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"] != found["b1"]
    assert found["d1"] == found["d2"]


def test_a_follow_up_that_names_the_same_street_joins_the_event() -> None:
    later = MARCH + dt.timedelta(days=30)
    claims = [
        claim("a1", "Two people were wounded in a shooting in the 1200 block of Carey Street in Baltimore.", 2, MARCH,
              location="Baltimore", category="injuries"),
        claim("b1", "A man was charged in the Carey Street shooting that wounded 2 people last month.", 2, later,
              location="Baltimore", category="injuries"),
        claim("c1", "Bei Schüssen in der Lindenstraße in Köln wurden 2 Menschen verletzt.", 2, MARCH,
              location="Köln", language="de", category="injuries"),
        claim("d1", "Nach den Schüssen in der Lindenstraße mit 2 Verletzten wurde ein Mann angeklagt.", 2, later,
              location="Köln", language="de", category="injuries"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["b1"] != found["c1"] == found["d1"]


def test_two_shootings_in_one_town_on_one_day_with_different_victims_are_two_events() -> None:
    """Same town, same day, one dead each in a shooting: the reports name different victims beside their
    ages, so they are two incidents; a report naming the same victim joins its incident."""
    claims = [
        claim("a1", "Darnell Price, 19, was shot and killed in Memphis on Sunday.", 1, MARCH, location="Memphis"),
        claim("a2", "Police said 19-year-old Darnell Price died in the shooting in Memphis.", 1, MARCH,
              location="Memphis"),
        claim("b1", "Keisha Monroe, 34, was shot and killed in Memphis on Sunday.", 1, MARCH, location="Memphis"),
        claim("c1", "In Dortmund wurde der 52-jährige Klaus Berger am Sonntag erschossen: 1 Toter.", 1, MARCH,
              location="Dortmund", language="de"),
        claim("d1", "In Dortmund wurde der 23-jährige Lukas Franke am Sonntag erschossen: 1 Toter.", 1, MARCH,
              location="Dortmund", language="de"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"] != found["b1"]
    assert found["c1"] != found["d1"]


def _neighbourhood_and_city(docs: list[Claim], beside: list[Claim], first: str, later: str) -> None:
    """The first report names the neighbourhood, the follow-up weeks later the city: one event when a
    report names the two side by side, two events without it (the gazetteer does not nest them)."""
    assert group_events([*docs, *beside])[first] == group_events([*docs, *beside])[later]
    assert group_events(docs)[first] != group_events(docs)[later]


def test_a_follow_up_that_names_the_city_joins_the_report_from_its_neighbourhood_en() -> None:
    # a street links reports only where no place tells them apart (a named victim links them whatever
    # their places say: test_a_charge_that_names_the_victim_joins_the_shooting_whatever_town_it_names_en)
    docs = [
        claim("a1", "A man was shot and killed on Carey Street in Englewood on Sunday: 1 dead.", 1, MARCH,
              location="Englewood"),
        claim("a3", "A man was charged on Friday in the killing on Carey Street that left 1 dead in Chicago.", 1,
              APRIL, location="Chicago"),
    ]
    beside = [
        claim("a2", "One man was killed in the shooting in Englewood, police said.", 1, MARCH, location="Englewood"),
        claim("a2", "It was the 1 killing in Chicago over the weekend.", 1, MARCH, location="Chicago"),
    ]
    _neighbourhood_and_city(docs, beside, "a1", "a3")


def test_a_follow_up_that_names_the_city_joins_the_report_from_its_neighbourhood_de() -> None:
    docs = [
        claim("d1", "In Neukölln wurde am Sonntag ein Mann in der Lindenstraße erschossen: 1 Toter.", 1, MARCH,
              location="Neukölln", language="de"),
        claim("d3", "Wegen der tödlichen Schüsse in der Lindenstraße in Berlin: 1 Toter, ein Mann angeklagt.",
              1, APRIL, location="Berlin", language="de"),
    ]
    beside = [
        claim("d2", "Bei der Schießerei in Neukölln gab es 1 Toten.", 1, MARCH, location="Neukölln", language="de"),
        claim("d2", "Die Polizei in Berlin bestätigte 1 Toten.", 1, MARCH, location="Berlin", language="de"),
    ]
    _neighbourhood_and_city(docs, beside, "d1", "d3")


def test_a_report_from_a_neighbourhood_and_one_from_its_city_two_days_later_are_one_event_en() -> None:
    """A town smaller than a city may lie in the city another report names (the gazetteer does not nest
    them): two days apart, the same toll tells them together; a report from another city two days apart
    with that toll stays another event."""
    later = MARCH + dt.timedelta(days=2)
    claims = [
        claim("a1", "Two men were killed in a shooting in Englewood on Sunday.", 2, MARCH, location="Englewood"),
        claim("a2", "Chicago police said 2 men died in Sunday's shooting and no arrest has been made.", 2, later,
              location="Chicago"),
        claim("b1", "Two men were killed in a shooting in Houston on Sunday.", 2, MARCH, location="Houston"),
    ]
    assert group_events(claims[:2])["a1"] == group_events(claims[:2])["a2"]
    assert group_events(claims[1:])["b1"] != group_events(claims[1:])["a2"]  # two cities


def test_a_report_from_a_neighbourhood_and_one_from_its_city_two_days_later_are_one_event_de() -> None:
    later = MARCH + dt.timedelta(days=2)
    claims = [
        claim("a1", "Bei einer Schießerei in Moabit wurden am Sonntag 2 Männer getötet.", 2, MARCH,
              location="Moabit", language="de"),
        claim("a2", "Die Berliner Polizei sucht nach der Schießerei vom Sonntag mit 2 Toten nach dem Täter.", 2, later,
              location="Berlin", language="de"),
        claim("b1", "Bei einer Schießerei in Hamburg wurden am Sonntag 2 Männer getötet.", 2, MARCH,
              location="Hamburg", language="de"),
    ]
    assert group_events(claims[:2])["a1"] == group_events(claims[:2])["a2"]
    assert group_events(claims[1:])["b1"] != group_events(claims[1:])["a2"]  # two cities


def test_a_roundup_of_many_towns_nests_none() -> None:
    """A report that names four towns relates none of them: the follow-up in the city stays apart."""
    # a street links reports only where no place tells them apart (a named victim links them whatever
    # their places say: test_a_charge_that_names_the_victim_joins_the_shooting_whatever_town_it_names_en)
    docs = [
        claim("a1", "A man was shot and killed on Carey Street in Englewood on Sunday: 1 dead.", 1, MARCH,
              location="Englewood"),
        claim("a3", "A man was charged on Friday in the killing on Carey Street that left 1 dead in Chicago.", 1,
              APRIL, location="Chicago"),
    ]
    roundup = [
        claim("r1", f"One man was killed in {town} over the weekend.", 1, MARCH, location=town)
        for town in ("Englewood", "Chicago", "Aurora", "Joliet")
    ]
    assert group_events([*docs, *roundup])["a1"] != group_events([*docs, *roundup])["a3"]


def test_particulars_are_read_in_every_language() -> None:
    from casualty_reconcile.event_words import particulars_of

    cases = {
        "en": ("Police named the victim as Terry L. Andres, 62, of West 13th Street.",
               {"person:terry andres", "street:13th street"}),
        "de": ("Der 24-jährige Max Huber wurde in der Lindenstraße erschossen.",
               {"person:max huber", "street:lindenstraße"}),
        "fr": ("Jean Dupont, 33 ans, a été tué rue de la Paix.", {"person:jean dupont", "street:paix"}),
    }
    # a road type or a court names no one street: "Bundesstraße 96", "appeared in Superior Court"
    cases["de "] = ("Auf der Bundesstraße 96 starben 2 Menschen.", set())
    cases["en "] = ("The man, who killed 2, appeared in Superior Court on Monday.", set())
    # the victim named after the crime: the name alone, without the words before it
    cases["en  "] = ("Two men were charged in the killing of Terry Andres on Friday.", {"person:terry andres"})
    cases["en   "] = ("He was arrested in the death of 62-year-old Terry Andres.", {"person:terry andres"})
    # named as the one the police identified, the words before the name left out
    cases["en    "] = ("Police identified the man as Andre Coleman on Friday; 2 others were hurt.", {"person:andre coleman"})
    cases["de  "] = ("Wegen Mordes an Max Huber wurde 1 Mann festgenommen.", {"person:max huber"})
    cases["de   "] = ("Nach dem Tod des 24-Jährigen Max Huber ermittelt die Polizei.", {"person:max huber"})
    cases["fr  "] = ("Le meurtre de Jean Dupont a fait 1 mort.", {"person:jean dupont"})
    for language, (sentence, expected) in cases.items():
        found = particulars_of(claim("x", sentence, 1, MARCH, language=language.strip()), {})
        assert found == expected, language


def test_a_crash_and_a_shooting_on_one_day_in_one_city_are_two_events() -> None:
    claims = [
        claim("a", "A shooting in Chicago killed 2 people.", 2, MARCH, location="Chicago"),
        claim("b", "A bus crash in Chicago killed 5 people.", 5, MARCH, location="Chicago"),
    ]
    found = group_events(claims)
    assert found["a"] != found["b"]


def test_one_siege_reported_from_the_town_and_from_the_country_is_one_toll() -> None:
    day = dt.date(2004, 9, 3)
    claims = [
        claim("a", "In Beslan, 331 people were killed when the school siege ended.", 331, day, location="Beslan"),
        claim("b", "The Russian school siege killed 331 people, officials said.", 331, day, location="Russia"),
        claim("c", "Die Geiselnahme von Beslan: 331 Tote in Russland.", 331, day + dt.timedelta(days=1),
              location="Russland", language="de"),
    ]
    result = reconcile(claims)
    assert len(result.events) == 1 and result.events[0].event_id == DEFAULT_EVENT
    (deaths,) = [q for q in result.quantities if q.category == "deaths"]
    assert deaths.n_claims == 3 and deaths.location == "Beslan"
    assert not [d for d in result.differences if d.reason is Reason.SUBAREA]


def test_a_place_counted_alone_stays_a_subarea() -> None:
    day = dt.date(2022, 1, 9)
    claims = [
        claim("a", "Landesweit kamen 164 Menschen ums Leben.", 164, day, location="Kazakhstan", language="de"),
        claim("a", "Alleine in Almaty seien 103 Menschen ums Leben gekommen.", 103, day, location="Almaty",
              language="de"),
    ]
    assert marks_part(claims[1]) and not marks_part(claims[0])
    result = reconcile(claims)
    almaty = result.quantity("deaths", location="Almaty")
    assert [d.reason for d in result.differences_of(almaty.quantity_id)] == [Reason.SUBAREA]


def _one_toll(first: str, second: str, language: str) -> list[tuple[str, str, str | None, int | None, int]]:
    claims = [
        *extract(first, doc_id="a", language=language, published="2016-03-06"),
        *extract(second, doc_id="b", language=language, published="2016-03-06"),
    ]
    assert any(c.part_of is not None for c in claims)  # the part of the people counted, linked to its whole
    result = reconcile(claims)
    return [(q.category.value, q.group, q.location, q.best.value, q.n_claims) for q in result.quantities]


def test_a_part_of_the_people_counted_in_the_town_joins_the_one_toll_en() -> None:
    # the part ("one of them seriously") stays in the town's place, as its whole does: no subarea of its own
    assert _one_toll(
        "Three men were injured in a shooting in Dayton on Saturday night, one of them seriously.",
        "Police in Ohio said three men were injured in the Saturday shooting.",
        "en",
    ) == [("injuries", "all", "United States", 3, 3)]


def test_a_part_of_the_people_counted_in_the_town_joins_the_one_toll_de() -> None:
    assert _one_toll(
        "Bei einer Schießerei in Dortmund wurden am Samstag vier Menschen verletzt, zwei von ihnen schwer.",
        "Die Polizei in Nordrhein-Westfalen sprach von vier Verletzten nach der Schießerei am Samstag.",
        "de",
    ) == [("injuries", "all", "Germany", 4, 3)]


def test_a_part_of_the_people_counted_is_no_figure_of_the_toll() -> None:
    # "four killed, two of them at the scene": the toll is four (the lower median of 2 and 4 was 2)
    for language, text in [
        ("en", "Four people were killed in a shooting in Dayton on Saturday, two of them at the scene."),
        ("de", "Bei einer Schießerei in Dortmund sind am Samstag vier Menschen getötet worden, zwei von ihnen noch am Tatort."),
    ]:
        claims = extract(text, doc_id="a", language=language, published="2016-03-06")
        assert sorted((c.value, c.part_of is not None) for c in claims) == [(2, True), (4, False)]
        (deaths,) = reconcile(claims).quantities
        assert (deaths.n_claims, deaths.best.value) == (2, 4)


def test_a_part_of_another_category_is_the_toll() -> None:
    # "six people were shot, two of whom died": the dead are a part of the shot, and a figure of the dead
    day = "2016-03-06"
    claims = [
        *extract("Six people were shot in Dayton on Saturday, two of whom died.", doc_id="a", language="en", published=day),
        *extract("Police said two people were killed in the Dayton shooting on Saturday.", doc_id="b", language="en",
                 published=day),
        *extract("One person was killed in a shooting in Dayton on Saturday.", doc_id="c", language="en", published=day),
    ]
    assert any(c.category == "deaths" and c.part_of is not None for c in claims)
    (deaths,) = [q for q in reconcile(claims).quantities if q.category == "deaths"]
    assert (deaths.n_claims, deaths.best.value) == (3, 2)  # without the part's 2: the lower median of 1 and 2


def test_caller_events_win_and_mixed_input_works() -> None:
    claims = [
        claim("a", "A shooting in Chicago killed 2 people.", 2, MARCH, location="Chicago"),
        claim("b", "A shooting in Chicago killed 2 people.", 2, MARCH, location="Chicago"),
        claim("c", "One man was killed in a shooting in Chicago.", 1, APRIL, location="Chicago"),
    ]
    found = group_events(claims, events={"a": "mine"})
    assert found["a"].event_id == "mine" and found["a"].reason == "given by the caller"
    assert found["b"].event_id not in ("mine", found["c"].event_id)
    result = reconcile(claims, events={"a": "mine"})
    assert {e.event_id for e in result.events} == {"mine", found["b"].event_id, found["c"].event_id}


def test_the_seeds_stay_one_event() -> None:
    from .test_reconcile import SEED_CLAIMS

    result = reconcile(SEED_CLAIMS)
    assert [e.event_id for e in result.events] == [DEFAULT_EVENT]
    assert {q.event for q in result.quantities} == {DEFAULT_EVENT}


def test_extracted_articles_of_two_shootings_are_two_events() -> None:
    first = "CHICAGO — Two men were killed and three others wounded in a shooting on Saturday night, police said."
    second = "CHICAGO — A 17-year-old boy was killed in a shooting on Sunday afternoon, police said."
    claims = [
        *extract(first, doc_id="x1", language="en", published="2016-03-06"),
        *extract(first, doc_id="x2", language="en", published="2016-03-07"),
        *extract(second, doc_id="y1", language="en", published="2016-05-16"),
    ]
    found = group_events(claims)
    assert found["x1"] == found["x2"] != found["y1"]


# ---- properties -------------------------------------------------------------------------------------------

_PLACES = [None, "Chicago", "Berlin", "Germany", "United States", "Springfield"]
_SENTENCES = [
    "A shooting killed {n}.", "A crash killed {n}.", "{n} people died.", "Bei einer Schießerei starben {n}.",
    "Terry Andres, 62, was among {n} killed on Carey Street.", "Mary Jones, 40, was among {n} killed.",
    "Bei einer Schießerei in der Lindenstraße starben {n}, darunter der 24-jährige Max Huber.",
]


@st.composite
def documents(draw: st.DrawFn) -> list[Claim]:
    out: list[Claim] = []
    for index in range(draw(st.integers(min_value=0, max_value=20))):
        doc = f"d{draw(st.integers(min_value=0, max_value=8))}"
        value = draw(st.integers(min_value=0, max_value=30))
        day = dt.date(2016, 3, 1) + dt.timedelta(days=draw(st.integers(min_value=0, max_value=40)))
        later = dt.timedelta(days=draw(st.sampled_from([0, 0, 0, 1, 20, 90])))  # a later report dates its event
        sentence = draw(st.sampled_from(_SENTENCES)).format(n=value) + f" ({index})"
        out.append(
            claim(doc, sentence, value, day, published=day + later, location=draw(st.sampled_from(_PLACES)),
                  category=draw(st.sampled_from(["deaths", "injuries", "arrests"])),
                  language="de" if "Schießerei" in sentence else "en")
        )
    return out


@settings(max_examples=60, deadline=None)
@given(documents(), st.randoms())
def test_event_assignment_does_not_depend_on_input_order(claims: list[Claim], rng: random.Random) -> None:
    shuffled = list(claims)
    rng.shuffle(shuffled)
    assert group_events(claims) == group_events(shuffled)


@settings(max_examples=60, deadline=None)
@given(documents())
def test_every_claim_is_in_exactly_one_event(claims: list[Claim]) -> None:
    result = reconcile(claims)
    holders = {doc: [e.event_id for e in result.events if doc in e.doc_ids] for doc in {c.doc_id for c in claims}}
    assert all(len(found) == 1 for found in holders.values())
    event_of = {doc: found[0] for doc, found in holders.items()}
    by_id = {c.claim_id: c for c in claims}
    for q in result.quantities:
        assert all(event_of[by_id[cid].doc_id] == q.event for cid in q.claim_ids)
    assert sorted(cid for q in result.quantities for cid in q.claim_ids) == sorted(by_id)


def test_mixed_input_from_the_cli_and_the_event_filter(tmp_path: Path) -> None:
    other = write_jsonl(
        tmp_path / "other.jsonl",
        [{"doc_id": "riot", "text": KILLED_EN, "language": "en", "published": "2022-01-08", "event": "riot-a"}],
    )
    status, out, err = in_process("reconcile", str(SEEDS), str(other), "--json")
    assert status == 0, err
    result = json.loads(out)
    assert {e["event_id"] for e in result["events"]} == {"riot-a", "default"}
    status, out, err = in_process("reconcile", str(SEEDS), str(other), "--event", "riot-a")
    assert status == 0, err
    assert "riot-a" in out and "Kazakhstan" not in out
    status, out, err = in_process("reconcile", str(SEEDS), str(other))
    assert status == 0, err
    assert "== Event default: Kazakhstan · protest · 2022-01-07 (5 documents" in out
    assert "== Event riot-a: riot-a (1 document; given by the caller)" in out


def _reports(texts: dict[str, tuple[str, str, str]]) -> list[Claim]:
    """The claims of each report: doc id -> (text, language, publication day)."""
    return [c for doc, (text, language, day) in texts.items() for c in extract(text, doc_id=doc, language=language, published=day)]


def test_a_follow_up_weeks_later_that_names_the_victim_only_in_its_lead_joins_the_event() -> None:
    """The report of the arrest five weeks on states no toll and names the victim only in a sentence
    without a figure; its document's particulars (``Claim.particulars``) join it to the shooting that
    named him, in English and German. Another shooting of that day in the town, whose report names another
    victim, stays apart from both."""
    claims = _reports({
        "a1": ("Two men were shot dead in Memphis on Saturday night, among them Jordan Whitfield, 19, police said.\n\n"
               "Officers found them outside a convenience store.", "en", "2016-03-06"),
        "b1": ("A shooting in Memphis on Saturday night left 1 dead, Keisha Monroe, 34, police said.\n\n"
               "Officers found her in a parked car.", "en", "2016-03-06"),
        "a2": ("Police in Memphis arrested 1 man on Thursday in connection with a shooting last month.\n\n"
               "The 24-year-old is charged with murder. Police had identified the victim as Jordan Whitfield. He "
               "is being held without bond.",
               "en", "2016-04-14"),
        "c1": ("Bei Schüssen in Dortmund sind am Samstagabend 2 Männer getötet worden, darunter der 19-jährige "
               "Jonas Weber, teilte die Polizei mit.", "de", "2016-03-06"),
        "d1": ("Der 34-jährige Lukas Franke ist am Samstagabend in Dortmund erschossen worden: 1 Toter, teilte die "
               "Polizei mit.", "de", "2016-03-06"),
        "c2": ("Die Polizei in Dortmund hat am Donnerstag 1 Mann festgenommen.\n\n"
               "Er soll den 19-jährigen Jonas Weber im März erschossen haben.", "de", "2016-04-14"),
    })
    assert {c.doc_id: c.particulars for c in claims}["a2"] == ("person:jordan whitfield",)
    found = group_events(claims)
    assert found["a1"] == found["a2"] != found["b1"]
    assert found["c1"] == found["c2"] != found["d1"]
    # without the document's particulars the follow-ups stay alone: the link is theirs
    alone = group_events([c.model_copy(update={"particulars": ()}) for c in claims])
    assert alone["a1"] != alone["a2"] and alone["c1"] != alone["c2"]


def test_document_particulars_are_read_from_the_lead_only() -> None:
    """A report recalls an earlier incident's victim further down; only its lead names its own."""
    from casualty_reconcile.event_words import LEAD_CHARS

    filler = "Neighbours said the street had been quiet for years. " * (LEAD_CHARS // 50 + 1)
    text = (f"Two people were wounded in a shooting in Memphis on Friday, police said. Tyrone Banks, 31, was "
            f"among them.\n\n{filler}\n\nIn May, Keisha Monroe, 34, was killed two blocks away.")
    claims = extract(text, language="en", published="2016-06-04")
    assert claims and {c.particulars for c in claims} == {("person:tyrone banks",)}


def test_a_roundup_that_names_several_victims_in_its_lead_links_none_of_their_shootings() -> None:
    """Three shootings in one town weeks apart, each report naming its own victim, and a later roundup
    whose lead names all three: through the roundup's persons the three would become one event; a lead
    that names more than :data:`~casualty_reconcile.event_evidence.LEAD_PERSONS` persons links nothing."""
    from casualty_reconcile.event_evidence import LEAD_PERSONS

    claims = _reports({
        "a": ("A man was shot dead in Memphis on Saturday night, police said. He was Jordan Whitfield, 19.",
              "en", "2016-03-06"),
        "b": ("A woman was shot dead in Memphis on Sunday night, police said. She was Keisha Monroe, 34.",
              "en", "2016-04-11"),
        "c": ("A man was shot dead in Memphis on Friday night, police said. He was Darnell Price, 27.",
              "en", "2016-05-14"),
        "r": ("Police in Memphis arrested 2 men on Thursday.\n\nDetectives still hope to hear from anyone who "
              "knew Jordan Whitfield, 19, Keisha Monroe, 34, or Darnell Price, 27.", "en", "2016-06-02"),
    })
    roundup = {c.doc_id: c.particulars for c in claims}["r"]
    assert len([p for p in roundup if p.startswith("person:")]) > LEAD_PERSONS
    found = group_events(claims)
    assert len({found["a"], found["b"], found["c"]}) == 3


def _events_of(docs: list[tuple[str, str, str]], language: str) -> dict[str, str]:
    claims = [c for doc, day, text in docs for c in extract(text, doc_id=doc, language=language, published=day)]
    return {doc: event.event_id for doc, event in group_events(claims).items()}


def test_a_charge_that_names_the_victim_joins_the_shooting_whatever_town_it_names_en() -> None:
    # the charge places the shooting in another neighbourhood (two towns the gazetteer does not relate):
    # the victim named in both tells one story; another victim of that neighbourhood stays apart
    found = _events_of([
        ("a", "2016-03-06", "Marcus Reed, 19, was killed and four other people were wounded in a shooting in Englewood "
                            "on Saturday night, police said."),
        ("b", "2016-04-20", "A 24-year-old man was charged Tuesday with murder in the shooting that killed Marcus Reed, "
                            "19, in Auburn Gresham last month."),
        ("c", "2016-04-21", "Darius Cole, 22, was killed in a shooting in Auburn Gresham on Wednesday, police said."),
    ], "en")
    assert found["a"] == found["b"] != found["c"]


def test_a_charge_that_names_the_victim_joins_the_shooting_whatever_town_it_names_de() -> None:
    found = _events_of([
        ("a", "2016-03-06", "Bei einer Schießerei in Neukölln sind am Samstag zwei Menschen getötet und vier weitere "
                            "verletzt worden. Unter den Toten ist der 19-jährige Max Huber."),
        ("b", "2016-04-20", "Sechs Wochen nach den tödlichen Schüssen auf den 19-jährigen Max Huber in Kreuzberg hat die "
                            "Polizei einen Verdächtigen festgenommen."),
        ("c", "2016-05-02", "Bei einer Schießerei in Kreuzberg ist am Sonntag ein Mann getötet worden. Das Opfer ist der "
                            "22-jährige Jonas Weber."),
    ], "de")
    assert found["a"] == found["b"] != found["c"]


def test_the_same_victim_named_in_a_crash_and_a_shooting_links_nothing() -> None:
    # kinds of event that tell two reports apart win over a name in common
    found = _events_of([
        ("a", "2016-03-06", "Marcus Reed, 19, was killed in a shooting in Englewood on Saturday night, police said."),
        ("b", "2016-03-20", "Marcus Reed, 19, was killed in a car crash in Auburn Gresham on Sunday, police said."),
    ], "en")
    assert found["a"] != found["b"]


def _abroad_beside(docs: list[Claim], beside: list[Claim], first: str, later: str) -> None:
    """A town the gazetteer places abroad is the local one when another report names it beside a town of
    the other report: its country tells them nothing; two events without that report."""
    assert group_events([*docs, *beside])[first] == group_events([*docs, *beside])[later]
    assert group_events(docs)[first] != group_events(docs)[later]


def test_a_town_placed_abroad_that_reports_name_beside_the_city_lies_there_en() -> None:
    june = dt.date(2016, 6, 11)
    docs = [
        claim("a1", "A man was wounded in a shooting in Las Vegas on Saturday, 1 hurt.", 1, MARCH,
              category="injuries", location="Las Vegas"),
        claim("a2", "Metro police said 1 man was wounded in the shooting on Saturday.", 1, MARCH,
              category="injuries", location="Metro"),
    ]
    beside = [  # a report of another shooting months later names the two side by side
        claim("b1", "Metro police said 3 people were hurt in a shooting on Friday.", 3, june, category="injuries",
              location="Metro"),
        claim("b1", "The shooting in Las Vegas left 3 hurt.", 3, june, category="injuries", location="Las Vegas"),
    ]
    _abroad_beside(docs, beside, "a1", "a2")


def test_a_town_placed_abroad_that_reports_name_beside_the_city_lies_there_de() -> None:
    june = dt.date(2016, 6, 11)
    docs = [
        claim("d1", "Bei einer Schießerei in Hannover wurde am Samstag ein Mann verletzt: 1 Verletzter.", 1, MARCH,
              category="injuries", location="Hannover", language="de"),
        claim("d2", "In Linden wurde am Samstag 1 Mann bei Schüssen verletzt.", 1, MARCH, category="injuries",
              location="Linden", language="de"),
    ]
    beside = [
        claim("e1", "In Linden wurden am Freitag 3 Menschen bei einer Schießerei verletzt.", 3, june,
              category="injuries", location="Linden", language="de"),
        claim("e1", "Die Polizei in Hannover sprach von 3 Verletzten.", 3, june, category="injuries",
              location="Hannover", language="de"),
    ]
    _abroad_beside(docs, beside, "d1", "d2")


def test_a_later_report_of_fewer_dead_in_the_town_is_another_shooting() -> None:
    """The dead do not grow fewer: one dead on Monday is another shooting than three dead on Saturday in one
    town, unless the later report states the three ("one of the three killed")."""
    monday = MARCH + dt.timedelta(days=2)
    for language, first, later, recalled, town in [
        ("en", "Three people were killed in a shooting in Memphis on Saturday.",
         "One man was killed in a shooting in Memphis on Monday.",
         "Police named 1 of the 3 people killed in the shooting in Memphis.", "Memphis"),
        ("de", "Bei einer Schießerei in Dortmund wurden am Samstag drei Menschen getötet.",
         "Bei einer Schießerei in Dortmund wurde am Montag ein Mann getötet.",
         "Die Polizei nannte den Namen von 1 der 3 Toten der Schießerei in Dortmund.", "Dortmund"),
    ]:
        claims = [
            claim("a", first, 3, MARCH, location=town, language=language),
            claim("b", later, 1, monday, location=town, language=language),
        ]
        found = group_events(claims)
        assert found["a"] != found["b"], language
        claims += [claim("b", recalled, 3, monday, location=town, language=language)]
        found = group_events(claims)
        assert found["a"] == found["b"], language


def test_a_follow_up_that_spells_the_victim_otherwise_joins_the_shooting() -> None:
    """A name spelt with a letter changed, dropped or swapped, a middle name left out, is the victim; a
    name two letters off is another person."""
    later = dt.date(2016, 4, 20)
    for language, first, spelt, other in [
        ("en", "Terrence Maxwell, 24, was shot and killed in Memphis on Saturday.",
         "A man was charged Tuesday in the killing of Terrance Lee Maxwell, 24, in Memphis.",
         "A man was charged Tuesday in the killing of Terrance Maxwood, 24, in Memphis."),
        ("de", "In Dortmund wurde am Samstag der 24-jährige Jürgen Meyer erschossen: 1 Toter.",
         "Wegen Mordes an dem 24-jährigen Jürgen Meier wurde in Dortmund ein Mann angeklagt.",
         "Wegen Mordes an dem 24-jährigen Jürgen Mauer wurde in Dortmund ein Mann angeklagt."),
    ]:
        town = "Memphis" if language == "en" else "Dortmund"
        claims = [
            claim("a", first, 1, MARCH, location=town, language=language),
            claim("b", spelt, 1, later, category="arrests", location=town, language=language),
            claim("c", other, 1, later + dt.timedelta(days=20), category="arrests", location=town, language=language),
        ]
        found = group_events(claims)
        assert found["a"] == found["b"] != found["c"], language


def test_a_follow_up_a_week_later_with_the_toll_and_the_kind_joins_the_shooting() -> None:
    """A week later a report that names only the state, the same kind of event and a toll figure of at
    least 2 tells the same story; one with "one dead" in common, or another kind of event, does not."""
    week = MARCH + dt.timedelta(days=7)
    for language, first, later, one_dead, crash, town, region in [
        ("en", "Four people were wounded in a shooting in Dayton on Saturday.",
         "Police are still searching for the gunman in the shooting that wounded 4 people last week.",
         "Police said 1 man was killed in a shooting last week.",
         "Four people were injured in a bus crash on Saturday, police said.", "Dayton", "Ohio"),
        ("de", "Bei einer Schießerei in Dortmund wurden am Samstag 4 Menschen verletzt.",
         "Eine Woche nach der Schießerei mit 4 Verletzten sucht die Polizei weiter nach dem Täter.",
         "Bei einer Schießerei vor einer Woche wurde 1 Mann getötet.",
         "Bei einem Busunglück wurden am Samstag 4 Menschen verletzt.", "Dortmund", "Nordrhein-Westfalen"),
    ]:
        claims = [
            claim("a", first, 4, MARCH, category="injuries", location=town, language=language),
            claim("b", later, 4, week, category="injuries", location=region, language=language),
            claim("c", one_dead, 1, MARCH + dt.timedelta(days=4), location=region, language=language),
            claim("d", crash, 4, MARCH + dt.timedelta(days=4), category="injuries", location=region, language=language),
        ]
        found = group_events(claims)
        assert found["a"] == found["b"], language
        assert len({found["a"], found["c"], found["d"]}) == 3, language


def test_a_group_within_a_longer_span_joins_it() -> None:
    """A chain of nearby days is cut at its span, but a group whose days lie within a span that a
    longer link already made grows it no longer and joins (the seeds in three languages: one report
    dated a week back by a story link, the others inside that week); a group outside it stays apart."""
    from types import SimpleNamespace

    from casualty_reconcile.event_groups import _Union

    docs: dict[str, Any] = {name: SimpleNamespace(day=day) for name, day in (("a", 0), ("b", 7), ("c", 5), ("d", 12))}
    union = _Union(docs, (6, 9))
    union.union("a", "b", 9)  # a story link: 7 days
    union.union("c", "a", 6)  # day 5 lies within days 0-7
    union.union("d", "a", 6)  # day 12 would stretch the group to 12 days
    assert union.find("c") == union.find("a") == union.find("b")
    assert union.find("d") != union.find("a")


def test_a_long_link_lets_no_chain_of_nearby_days_grow_within_its_span() -> None:
    """A long link (the same victim named 40 days later) joins its two reports, and a report next to one
    of them joins through it; but a chain of nearby reports is cut at SPAN_DAYS as if the long link were
    not there: a group joins through the documents actually linked, not through the long event's span."""
    from types import SimpleNamespace

    from casualty_reconcile.event_groups import _Union

    days = (("a", 0), ("p", 40), ("c", 3), ("e", 6), ("f", 8), ("q", 39))
    docs: dict[str, Any] = {name: SimpleNamespace(day=day) for name, day in days}
    union = _Union(docs, (6, 62))
    union.union("a", "p", 62)  # the victim named again 40 days later
    union.union("c", "a", 6)
    union.union("e", "c", 6)  # days 0-6: one chain
    union.union("f", "e", 6)  # days 0-8: cut, though within the days 0-40 of the long link
    union.union("q", "p", 6)  # the day before the follow-up: joins through it
    assert union.find("a") == union.find("p") == union.find("c") == union.find("e") == union.find("q")
    assert union.find("f") != union.find("a")


def test_a_town_beside_an_age_is_no_person_and_links_no_two_shootings() -> None:
    """"a 30-year-old Long Beach man" reads as a person beside an age, but names where the victim lived:
    two shootings of that town six weeks apart, each of "a 30-year-old Long Beach man", stay two events."""
    later = MARCH + dt.timedelta(days=42)
    claims = [
        claim("a1", "A 30-year-old Long Beach man was shot and killed on Saturday night, police said.", 1, MARCH,
              location="Long Beach"),
        claim("b1", "A 30-year-old Long Beach man was wounded in a shooting on Saturday, police said.", 1, later,
              category="injuries", location="Long Beach"),
    ]
    found = group_events(claims)
    assert found["a1"] != found["b1"]


def test_a_headline_in_title_case_names_no_person_en() -> None:
    """A headline that capitalises every word names no one: "11-Year-Old Boy Killed In ..." is no person
    "Boy Killed In" (it linked reports of unrelated shootings of children); the body's name is read."""
    from casualty_reconcile.event_words import document_particulars

    text = ("Police: 11-Year-Old Boy Killed In Accidental Shooting At Home\n\nAn 11-year-old boy was killed on "
            "Friday. Police identified him as Jamal Porter, 11, of the east side.")
    assert document_particulars(text, "en") == ("person:jamal porter",)


def test_a_headline_in_title_case_names_no_person_de() -> None:
    """The same in German; a German sentence, whose nouns are capitalised, still names its victim."""
    from casualty_reconcile.event_words import document_particulars

    text = ("Polizei: 17-Jähriger Junge Stirbt Nach Schüssen In Essener Innenstadt\n\nDer 17-jährige Jonas "
            "Albrecht wurde am Samstag in der Innenstadt von Essen erschossen, teilte die Polizei mit.")
    assert document_particulars(text, "de") == ("person:jonas albrecht",)


def test_a_headline_in_title_case_with_short_words_in_lower_case_names_no_person_en() -> None:
    """A headline in title case writes its short function words in lower case ("Shot in Face", "to
    Survive"): it names no one either ("Boy Shot" kept a report apart from another of the same shooting
    that named a witness); the body's witness is read."""
    from casualty_reconcile.event_words import document_particulars

    text = ("15-Year-Old Boy Shot in Face on East Side, Expected to Survive: Police\n\nA 15-year-old boy was "
            "shot in the face on Monday afternoon, police said. Dana Morel, 45, heard four shots.")
    assert document_particulars(text, "en") == ("person:dana morel",)


def test_a_headline_in_title_case_with_short_words_in_lower_case_names_no_person_de() -> None:
    """The same in German: "Junge Angeschossen in Essener Innenstadt" names no one."""
    from casualty_reconcile.event_words import document_particulars

    text = ("17-Jähriger Junge Angeschossen in Essener Innenstadt: Polizei Sucht Täter\n\nEin 17-jähriger "
            "Junge wurde am Montag angeschossen, teilte die Polizei mit. Die Anwohnerin Petra Lindner, 45, "
            "hörte vier Schüsse.")
    assert "person:junge angeschossen" not in document_particulars(text, "de")
    assert not any(p.startswith("name:polizei") for p in document_particulars(text, "de"))


def test_a_report_with_a_title_case_headline_joins_one_that_names_a_witness_en() -> None:
    """Two reports of one shooting the same day: one's headline in title case with "in" and "to" in lower
    case, the other naming a witness beside her age. The headline names no person, so no different
    persons tell them apart: one event (on main before this rule, two)."""
    a = ("15-Year-Old Boy Shot in Face in Flatbush Expected to Survive: Police\n\nBROOKLYN — A 15-year-old "
         "boy was shot in the face and an 18-year-old man was shot in the leg Monday afternoon, police said."
         "\n\nThe shooting happened near East 54th Street, police said.")
    b = ("Gunman shoots teen in head in Brooklyn\n\nA 15-year-old boy was shot in the eye in Brooklyn on Monday "
         "afternoon, police said.\n\n\u201cI saw him on a stretcher,\u201d Belinda Harris, 45, said of the teen.")
    claims = [*extract(a, doc_id="a", language="en", published="2017-02-20"),
              *extract(b, doc_id="b", language="en", published="2017-02-20")]
    events = group_events(claims)
    assert events["a"].event_id == events["b"].event_id


def test_a_report_with_a_title_case_headline_joins_one_that_names_a_witness_de() -> None:
    """The same in German: "Junge Angeschossen in Essener Innenstadt" names no one."""
    a = ("17-Jähriger Junge Angeschossen in Essener Innenstadt: Polizei Sucht Täter\n\nESSEN — Ein 17-jähriger "
         "Junge ist am Montagnachmittag in der Essener Innenstadt angeschossen worden, teilte die Polizei mit.")
    b = ("Schüsse in Essen: Jugendlicher verletzt\n\nIn Essen ist am Montag ein 17-Jähriger durch einen Schuss "
         "verletzt worden, teilte die Polizei mit.\n\nPetra Lindner (45) hat die Schüsse gehört.")
    claims = [*extract(a, doc_id="a", language="de", published="2017-02-20"),
              *extract(b, doc_id="b", language="de", published="2017-02-20")]
    events = group_events(claims)
    assert events["a"].event_id == events["b"].event_id


def test_a_list_of_victims_with_their_ages_is_no_headline_en() -> None:
    """A line of capitalised names with only short words in lower case is still a list of victims when it
    gives their ages ("Nijia Ward, 24, of Lilac Street"): its persons are read."""
    from casualty_reconcile.event_words import document_particulars

    text = "Nijia Ward, 24, of Lilac Street and Tomas Reyes, 30, of Oak Avenue\n\nBoth men were shot on Monday."
    assert {"person:nijia ward", "person:tomas reyes"} <= set(document_particulars(text, "en"))


def test_a_list_of_victims_with_their_ages_is_no_headline_de() -> None:
    """The same in German, the age in brackets: "Jonas Albrecht (17) aus Essen"."""
    from casualty_reconcile.event_words import document_particulars

    text = "Jonas Albrecht (17) aus Essen und Petra Lindner (45) aus Bochum\n\nBeide wurden am Montag verletzt."
    assert {"person:jonas albrecht", "person:petra lindner"} <= set(document_particulars(text, "de"))


def test_a_report_placed_abroad_joins_the_same_days_report_that_names_no_kind_en() -> None:
    """The report put abroad by a misread name names the shooting; the town's report of that day names
    no kind of event ("two people died"), but states the same toll of two: one event. With "one dead" in
    common they stay apart."""
    claims = [
        claim("a1", "Two people died near the airport in Fort Lauderdale on Friday, police said.", 2, MARCH,
              location="Fort Lauderdale"),
        claim("a2", "A Colombian-born gunman opened fire, and 2 people were killed in the shooting.", 2, MARCH,
              location="Colombia"),
        claim("b1", "One person died near the airport in Fort Lauderdale on Friday, police said.", 1, APRIL,
              location="Fort Lauderdale"),
        claim("b2", "A Colombian-born gunman opened fire, and 1 person was killed in the shooting.", 1, APRIL,
              location="Colombia"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"]
    assert found["b1"] != found["b2"]


def test_a_report_placed_abroad_joins_the_same_days_report_that_names_no_kind_de() -> None:
    claims = [
        claim("a1", "Am Flughafen von Leipzig starben am Freitag 2 Menschen, teilte die Polizei mit.", 2, MARCH,
              location="Leipzig", language="de"),
        claim("a2", "Ein in Kolumbien geborener Schütze eröffnete das Feuer; bei der Schießerei starben 2 Menschen.",
              2, MARCH, location="Kolumbien", language="de"),
        claim("b1", "Am Flughafen von Leipzig starb am Freitag 1 Mensch, teilte die Polizei mit.", 1, APRIL,
              location="Leipzig", language="de"),
        claim("b2", "Ein in Kolumbien geborener Schütze eröffnete das Feuer; bei der Schießerei starb 1 Mensch.",
              1, APRIL, location="Kolumbien", language="de"),
    ]
    found = group_events(claims)
    assert found["a1"] == found["a2"]
    assert found["b1"] != found["b2"]


def _placeless(language: str) -> tuple[list[tuple[str, str, str]], tuple[str, str, str]]:
    """A shooting in the town on Saturday, a report five days later that names no town, the same town's
    shooting weeks later; and another shooting in the town that week (the report may follow up either)."""
    if language == "en":
        return [
            ("a", "2016-03-06", "A 34-year-old man was killed in a shooting in Fresno early Saturday, police said."),
            ("p", "2016-03-10", "Police have not made an arrest in the weekend shooting that left a man dead."),
            ("c", "2016-03-30", "A 19-year-old man was killed in a shooting in Fresno on Tuesday, police said."),
        ], ("b", "2016-03-14", "A 22-year-old man was killed in a shooting in Fresno on Sunday, police said.")
    return [
        ("a", "2016-03-06", "Ein 34-jähriger Mann ist am Samstag bei einer Schießerei in Bielefeld getötet worden, "
                            "teilte die Polizei mit."),
        ("p", "2016-03-10", "Nach der Schießerei hat die Polizei noch keinen Verdächtigen festgenommen. Ein Mann war "
                            "dabei getötet worden."),
        ("c", "2016-03-30", "Ein 19-jähriger Mann ist am Dienstag bei einer Schießerei in Bielefeld getötet worden, "
                            "teilte die Polizei mit."),
    ], ("b", "2016-03-14", "Ein 22-jähriger Mann ist am Sonntag bei einer Schießerei in Bielefeld getötet worden, "
                           "teilte die Polizei mit.")


def _a_report_that_names_no_town_joins_the_one_shooting_of_its_toll(language: str) -> None:
    docs, other = _placeless(language)
    found = _events_of(docs, language)
    assert found["a"] == found["p"] != found["c"]  # within PLACELESS_DAYS of the one shooting of its toll
    found = _events_of([*docs, other], language)
    assert len({found["a"], found["p"], found["b"], found["c"]}) == 4  # two shootings fit: it stays alone


def test_a_report_that_names_no_town_joins_the_one_shooting_of_its_toll_en() -> None:
    _a_report_that_names_no_town_joins_the_one_shooting_of_its_toll("en")


def test_a_report_that_names_no_town_joins_the_one_shooting_of_its_toll_de() -> None:
    _a_report_that_names_no_town_joins_the_one_shooting_of_its_toll("de")


_LEAD_VICTIMS = {
    "en": (
        "A man was killed in a shooting in Fresno on Saturday night, police said. The victim was identified as "
        "Marcus Reed.",
        "A man was killed in a shooting in Fresno on Saturday night, police said. Officers identified the man as "
        "Darius Cole.",
        "Police said a man died after he was shot in Fresno on Saturday. The victim was identified as Marcus Reed.",
    ),
    "de": (
        "In Bielefeld ist am Samstagabend ein Mann bei einer Schießerei getötet worden. Die Polizei nannte den Tod "
        "von Klaus Berger einen gezielten Angriff.",
        "In Bielefeld ist am Samstagabend ein Mann bei einer Schießerei getötet worden. Die Polizei nannte den Tod "
        "von Lukas Franke einen gezielten Angriff.",
        "Ein Mann ist am Samstag in Bielefeld nach Schüssen gestorben, teilte die Polizei mit. Die Ermittler sprachen "
        "vom Tod von Klaus Berger.",
    ),
}


def _two_shootings_on_one_day_whose_leads_name_different_victims_are_two_events(language: str) -> None:
    """One dead each in one town on one day, each report naming its victim in its lead only (a sentence
    without a figure): two incidents; the report that names the same victim joins its incident."""
    first, other, same = _LEAD_VICTIMS[language]
    docs = [("a", "2016-03-06", first), ("b", "2016-03-06", other), ("c", "2016-03-07", same)]
    claims = [c for doc, day, text in docs for c in extract(text, doc_id=doc, language=language, published=day)]
    assert {c.doc_id for c in claims if c.category.value == "deaths" and c.value == 1} == {"a", "b", "c"}
    assert all(any(p.startswith("person:") for p in c.particulars) for c in claims)
    found = {doc: event.event_id for doc, event in group_events(claims).items()}
    assert found["a"] == found["c"] != found["b"]


def test_two_shootings_on_one_day_whose_leads_name_different_victims_are_two_events_en() -> None:
    _two_shootings_on_one_day_whose_leads_name_different_victims_are_two_events("en")


def test_two_shootings_on_one_day_whose_leads_name_different_victims_are_two_events_de() -> None:
    _two_shootings_on_one_day_whose_leads_name_different_victims_are_two_events("de")


def test_a_reports_day_is_the_day_of_its_toll_not_of_an_arrest_it_dates_earlier() -> None:
    """"Five wounded on Monday", and "no one in custody as of Tuesday" read as the Tuesday before: the
    report's day (and its event's label) is the day of its dead and injured."""
    monday, tuesday_before = dt.date(2013, 8, 19), dt.date(2013, 8, 13)
    for language, toll, custody, town in [
        ("en", "Five people were wounded in a shooting in Fresno on Monday evening.",
         "No one was in custody for the shooting as of Tuesday morning.", "Fresno"),
        ("de", "Bei einer Schießerei in Bielefeld wurden am Montagabend fünf Menschen verletzt.",
         "Festgenommen wurde bis Dienstagmorgen niemand.", "Bielefeld"),
    ]:
        claims = [
            claim("a", toll, 5, monday, category="injuries", location=town, language=language),
            claim("a", custody, 0, tuesday_before, category="arrests", location=town, language=language,
                  published=monday),
        ]
        assert group_events(claims)["a"].label == f"{town} · shooting · 2013-08-19"


_TOWN_TOLLS = {
    "en": (
        "Two people were killed and five others were wounded in a shooting at a party in Fresno early Saturday, "
        "police said.",
        "Police have arrested a man in the shooting at a party in Fresno last month that left two people dead "
        "and five wounded.",
        "Two people were killed and five others were wounded in a shooting outside a bar in Fresno on Thursday, police "
        "said. The dead were identified as Marcus Reed, 19, and Darius Cole, 22.",
        " The dead were identified as Jamal Price, 24, and Tyrone Hill, 31.",
        "Two people were killed and five others were wounded in a shooting outside a bar in Fresno on Thursday, "
        "police said.",
    ),
    "de": (
        "Bei einer Schießerei auf einer Party in Bielefeld sind am Samstag zwei Menschen getötet und fünf weitere "
        "verletzt worden, teilte die Polizei mit.",
        "Nach der Schießerei auf einer Party in Bielefeld, bei der zwei Menschen getötet und fünf verletzt wurden, hat "
        "die Polizei einen Verdächtigen festgenommen.",
        "Bei einer Schießerei vor einer Bar in Bielefeld sind am Donnerstag zwei Menschen getötet und fünf weitere "
        "verletzt worden. Die Toten sind Max Huber (19) und Jonas Weber (22).",
        " Die Toten sind Paul Schmidt (24) und Tim Keller (31).",
        "Bei einer Schießerei vor einer Bar in Bielefeld sind am Donnerstag zwei Menschen getötet und fünf weitere "
        "verletzt worden, teilte die Polizei mit.",
    ),
}


def _a_report_weeks_later_of_the_dead_and_injured_in_the_town_joins_the_shooting(language: str) -> None:
    """Two dead and five wounded in one town, and an arrest in that shooting 26 days later (beyond
    FOLLOW_DAYS, within TOLL_TOWN_DAYS): one event; another shooting of that toll in the town then, whose
    report names other victims than the first, stays apart, and so does one that names no victim but dates
    that toll in its own days ("on Thursday": a new shooting, not the arrest that restates the old toll)."""
    first, arrest, other, names, dated = _TOWN_TOLLS[language]
    found = _events_of([("a", "2016-03-06", first), ("f", "2016-04-01", arrest)], language)
    assert found["a"] == found["f"]
    found = _events_of([("a", "2016-03-06", first + names), ("g", "2016-04-01", other)], language)
    assert found["a"] != found["g"]
    found = _events_of([("a", "2016-03-06", first), ("h", "2016-04-01", dated)], language)
    assert found["a"] != found["h"]


def test_a_report_weeks_later_of_the_dead_and_injured_in_the_town_joins_the_shooting_en() -> None:
    _a_report_weeks_later_of_the_dead_and_injured_in_the_town_joins_the_shooting("en")


def test_a_report_weeks_later_of_the_dead_and_injured_in_the_town_joins_the_shooting_de() -> None:
    _a_report_weeks_later_of_the_dead_and_injured_in_the_town_joins_the_shooting("de")


_ONE_DEAD_THREE_HURT = {
    "en": (
        "One man was killed and three others were wounded in a shooting outside a nightclub in Fresno early Sunday, "
        "police said.",
        "Prosecutors have charged a man in the shooting outside a Fresno nightclub that left one man dead and three "
        "others wounded.",
        "One man was killed and three others were wounded in a shooting at a gas station in Fresno on Saturday, "
        "police said.",
    ),
    "de": (
        "Bei einer Schießerei vor einem Nachtclub in Bielefeld ist am Sonntag ein Mann getötet und drei weitere "
        "verletzt worden, teilte die Polizei mit.",
        "Nach der Schießerei vor einem Nachtclub in Bielefeld, bei der ein Mann getötet und drei verletzt wurden, hat "
        "die Staatsanwaltschaft Anklage gegen einen Verdächtigen erhoben.",
        "Bei einer Schießerei an einer Tankstelle in Bielefeld ist am Samstag ein Mann getötet und drei weitere "
        "verletzt worden, teilte die Polizei mit.",
    ),
}


def _one_dead_and_three_hurt_weeks_later_in_the_town(language: str) -> None:
    """One dead and three hurt in one town, and the charge in that shooting 34 days later (beyond
    FOLLOW_DAYS, within TOLL_TOWN_DAYS), undated: one event; another shooting of that toll then, dated in
    its own days ("on Saturday"), stays apart."""
    first, charge, dated = _ONE_DEAD_THREE_HURT[language]
    found = _events_of([("a", "2016-03-06", first), ("c", "2016-04-09", charge)], language)
    assert found["a"] == found["c"]
    found = _events_of([("a", "2016-03-06", first), ("d", "2016-04-10", dated)], language)
    assert found["a"] != found["d"]


def test_one_dead_and_three_hurt_weeks_later_in_the_town_en() -> None:
    _one_dead_and_three_hurt_weeks_later_in_the_town("en")


def test_one_dead_and_three_hurt_weeks_later_in_the_town_de() -> None:
    _one_dead_and_three_hurt_weeks_later_in_the_town("de")


_ONE_DEAD_DAYS_APART = {
    "en": (
        "One man was killed in a shooting in Toledo on Sunday, police said.",
        "Police are still searching for the gunman in the shooting in Toledo that killed one man.",
        "One man was killed in a shooting in Toledo on Saturday, police said.",
    ),
    "de": (
        "Bei einer Schießerei in Bielefeld ist am Sonntag ein Mann getötet worden, teilte die Polizei mit.",
        "Die Polizei sucht weiter nach dem Schützen, der bei der Schießerei in Bielefeld einen Mann getötet hat.",
        "Bei einer Schießerei in Bielefeld ist am Samstag ein Mann getötet worden, teilte die Polizei mit.",
    ),
}


def _a_shooting_dated_after_an_earlier_report_is_another_incident(language: str) -> None:
    """One dead in a shooting in one town on Sunday; an undated follow-up three days later joins it (the
    same story: the kind and a figure in common); a report of one dead in a shooting there "on Saturday"
    (after the follow-up was written) tells of another incident, though it shares the kind and the figure
    with both (:func:`_dated_after`)."""
    first, follow_up, dated = _ONE_DEAD_DAYS_APART[language]
    found = _events_of([("a", "2016-03-07", first), ("b", "2016-03-09", follow_up), ("c", "2016-03-13", dated)], language)
    assert found["a"] == found["b"] != found["c"]


def test_a_shooting_dated_after_an_earlier_report_is_another_incident_en() -> None:
    _a_shooting_dated_after_an_earlier_report_is_another_incident("en")


def test_a_shooting_dated_after_an_earlier_report_is_another_incident_de() -> None:
    _a_shooting_dated_after_an_earlier_report_is_another_incident("de")


_DEAD_THEN_HURT = {
    "en": (
        "One man was killed in a shooting in Toledo on Sunday, police said.",
        "Another man was wounded in a shooting in Toledo on Monday morning, police said.",
        "One man was wounded in a shooting in Dayton on Sunday, police said.",
        "One man was killed in a shooting in Dayton, police said.",
    ),
    "de": (
        "Bei einer Schießerei in Bielefeld ist am Sonntag ein Mann getötet worden, teilte die Polizei mit.",
        "Bei einer Schießerei in Bielefeld ist am Montagmorgen ein weiterer Mann verletzt worden, teilte die Polizei mit.",
        "Bei einer Schießerei in Dortmund ist am Sonntag ein Mann verletzt worden, teilte die Polizei mit.",
        "Bei einer Schießerei in Dortmund ist ein Mann getötet worden, teilte die Polizei mit.",
    ),
}


def _the_dead_are_not_later_the_injured(language: str) -> None:
    """One dead in a shooting in one town, and the next day a report of one injured there and no dead:
    two incidents (:func:`_dead_then_hurt`); one injured first and one dead the next day in one town may
    be one victim who died of his wounds: one event."""
    dead, hurt, hurt_first, dead_later = _DEAD_THEN_HURT[language]
    found = _events_of([("a", "2016-03-07", dead), ("b", "2016-03-08", hurt)], language)
    assert found["a"] != found["b"]
    found = _events_of([("c", "2016-03-07", hurt_first), ("d", "2016-03-08", dead_later)], language)
    assert found["c"] == found["d"]


def test_the_dead_are_not_later_the_injured_en() -> None:
    _the_dead_are_not_later_the_injured("en")


def test_the_dead_are_not_later_the_injured_de() -> None:
    _the_dead_are_not_later_the_injured("de")


_NAMED_LATER = {
    "en": (
        "Jordan Whitfield, 19, was shot dead in Memphis on Saturday night, police said.",
        "A Memphis man pleaded guilty on Thursday to murder in a shooting that left 1 man dead in March.\n\n"
        "Prosecutors said he had fired at {victim} outside a convenience store after an argument.",
        ("Jordan Whitfield", "the victim"),
        "Darnell Price, 27, was shot dead in Memphis on Friday night, police said.\n\n"
        "Detectives said the shooting may be connected to the one in which Jordan Whitfield died in March.",
    ),
    "de": (
        "Der 19-jährige Jonas Weber ist am Samstagabend in Dortmund erschossen worden: 1 Toter, teilte die Polizei mit.",
        "In Dortmund hat am Donnerstag der Prozess um die tödlichen Schüsse im März begonnen, bei denen 1 Mensch "
        "starb.\n\nDer Angeklagte soll nach einem Streit auf {victim} gefeuert haben.",
        ("Jonas Weber", "das Opfer"),
        "Der 27-jährige Paul Schmidt ist am Freitagabend in Dortmund erschossen worden: 1 Toter, teilte die Polizei "
        "mit.\n\nDie Ermittler prüfen eine Verbindung zu den Schüssen, bei denen Jonas Weber im März starb.",
    ),
}


def _a_report_months_later_that_writes_the_victims_name_joins_the_shooting(language: str, monkeypatch: Any) -> None:
    """A shooting whose report names its victim beside his age, and the plea 75 days later (beyond every
    link but the persons') that writes his name in a sentence no pattern of a victim reads: one event
    (``events._link_named_victims``); without the name, two. Another shooting three months on, dated in its
    own days, whose report names its own victim and the first one's in passing, stays apart; without the
    guard (``_own_incident``) the first victim's name would join it."""
    first, plea, (name, unnamed), other = _NAMED_LATER[language]
    found = _events_of([("a", "2016-03-06", first), ("b", "2016-05-20", plea.format(victim=name))], language)
    assert found["a"] == found["b"]
    found = _events_of([("a", "2016-03-06", first), ("b", "2016-05-20", plea.format(victim=unnamed))], language)
    assert found["a"] != found["b"]
    found = _events_of([("a", "2016-03-06", first), ("c", "2016-06-15", other)], language)
    assert found["a"] != found["c"]
    import casualty_reconcile.events as events

    monkeypatch.setattr(events, "_own_incident", lambda a, b: False)
    found = _events_of([("a", "2016-03-06", first), ("c", "2016-06-15", other)], language)
    assert found["a"] == found["c"]


def test_a_report_months_later_that_writes_the_victims_name_joins_the_shooting_en(monkeypatch: Any) -> None:
    _a_report_months_later_that_writes_the_victims_name_joins_the_shooting("en", monkeypatch)


def test_a_report_months_later_that_writes_the_victims_name_joins_the_shooting_de(monkeypatch: Any) -> None:
    _a_report_months_later_that_writes_the_victims_name_joins_the_shooting("de", monkeypatch)


def test_a_victim_named_beside_a_later_figure_of_a_report_is_no_victim_of_it() -> None:
    """A report names its own victims beside its first figures
    (:data:`~casualty_reconcile.event_evidence.OWN_FIGURES`); a person named beside a later one is an
    earlier incident's victim it recalls, and links it to no report of that incident that writes the name."""
    from casualty_reconcile.event_evidence import OWN_FIGURES, _evidence
    from casualty_reconcile.places import _Places

    recall = "Jordan Whitfield, 19, was shot dead in Memphis in March, police said."
    text = " ".join(["A 6-month-old girl was shot dead in Memphis on Saturday, police said."] * OWN_FIGURES + [recall])
    claims = extract(text, doc_id="x", language="en", published="2016-05-22")
    assert len(claims) > OWN_FIGURES
    doc = _evidence(claims, _Places(c.location for c in claims))["x"]
    assert "person:jordan whitfield" in doc.persons and not doc.victims
    claims = extract(recall, doc_id="x", language="en", published="2016-05-22")
    assert _evidence(claims, _Places(c.location for c in claims))["x"].victims == {"jordan whitfield"}


def test_a_lead_writes_every_run_of_capitalised_words_but_its_headline_in_title_case() -> None:
    from casualty_reconcile.event_words import document_particulars

    text = ("Man Pleads Guilty In Fatal Shooting Of Memphis Teen\n\nProsecutors said Darnell Price fired at "
            "Jordan Whitfield, 19, outside a store.")
    assert document_particulars(text, "en") == ("event:fatal", "name:darnell price", "person:jordan whitfield")
    text = ("Angeklagter Gesteht Tödliche Schüsse Auf Dortmunder Schüler\n\nDer Angeklagte soll auf den "
            "19-jährigen Jonas Weber gefeuert haben.")
    assert document_particulars(text, "de") == ("event:fatal", "name:der angeklagte", "person:jonas weber")


def test_a_victims_name_is_its_first_word_and_surname_not_a_suffix() -> None:
    """A victim is matched by the first word and the surname of his name: a middle name and a suffix of two
    letters ("Jr", "Sr") left out, so that a report that writes "Harrison Marshman" names the victim
    "Harrison Marshman Jr" of another; the pairs of words a lead writes hold every order-keeping pair."""
    from casualty_reconcile.event_evidence import _name_keys

    assert _name_keys("person:harrison marshman jr", True) == {"harrison marshman"}
    assert _name_keys("person:anaiya denise montgomery", True) == {"anaiya montgomery"}
    assert _name_keys("person:jonas weber", True) == {"jonas weber"}
    assert _name_keys("name:judge timmy kenny") == {"judge timmy", "judge kenny", "timmy kenny"}
    assert _name_keys("name:polizei") == set()


_SAME_RECALLED_DAY = {
    "en": (
        "A Shreveport man was charged on Tuesday in the March {day} shooting that left 1 man dead and 3 others "
        "wounded.",
        "A man was sentenced on Monday to life in prison for the March {day}, 2013, shooting at an apartment "
        "complex that left 1 man dead and 3 others wounded.",
    ),
    "de": (
        "Bei den Schüssen am {day}. März in Bielefeld wurde 1 Mann getötet, 3 weitere wurden verletzt. Die Polizei "
        "hat am Dienstag einen Verdächtigen festgenommen.",
        "Ein Mann ist am Montag zu lebenslanger Haft verurteilt worden. Bei den Schüssen am {day}. März 2013 vor "
        "einem Wohnhaus war 1 Mann getötet worden, 3 weitere wurden verletzt.",
    ),
}


def _two_later_reports_that_date_the_shooting_on_one_day_are_one_event(language: str, monkeypatch: Any) -> None:
    """The charge two weeks on and the sentence three years on, each dating the shooting on March 2 (no
    report of that day among the documents; the sentence names no town): one event
    (``events._link_same_recalled_day``); a sentence for a shooting of March 9 of that toll stays apart, and
    so do the two without the link."""
    charge, sentence = _SAME_RECALLED_DAY[language]
    found = _events_of([("a", "2013-03-20", charge.format(day=2)), ("b", "2016-03-07", sentence.format(day=2))], language)
    assert found["a"] == found["b"]
    found = _events_of([("a", "2013-03-20", charge.format(day=2)), ("c", "2016-03-07", sentence.format(day=9))], language)
    assert found["a"] != found["c"]
    import casualty_reconcile.events as events

    monkeypatch.setattr(events, "_link_same_recalled_day", lambda docs, union: None)
    found = _events_of([("a", "2013-03-20", charge.format(day=2)), ("b", "2016-03-07", sentence.format(day=2))], language)
    assert found["a"] != found["b"]


def test_two_later_reports_that_date_the_shooting_on_one_day_are_one_event_en(monkeypatch: Any) -> None:
    _two_later_reports_that_date_the_shooting_on_one_day_are_one_event("en", monkeypatch)


def test_two_later_reports_that_date_the_shooting_on_one_day_are_one_event_de(monkeypatch: Any) -> None:
    _two_later_reports_that_date_the_shooting_on_one_day_are_one_event("de", monkeypatch)


def test_a_run_of_capitalised_words_starts_after_the_words_the_text_writes_in_lower_case() -> None:
    """A common word capitalised at a sentence's start ("The", "Die", "Police" before a title and a name)
    opens no run: the run starts after the words the lead writes in lower case too."""
    from casualty_reconcile.event_words import lead_names

    text = "The Detroit News said the man was found. Police Sgt. Michael Woody said police found him."
    assert lead_names(text, 0, len(text)) == {"name:detroit news", "name:michael woody"}
    text = "Die Polizei Dortmund sucht Zeugen. Jonas Weber wurde nach Angaben der Polizei festgenommen, die Ermittler schweigen."
    assert lead_names(text, 0, len(text)) == {"name:polizei dortmund", "name:jonas weber"}


def _fatal_pair(language: str, fatal: str, plain: str, dead: str) -> tuple[dict[str, str], dict[str, str]]:
    """The events of a report of one dead beside a same-day report of only injured whose headline calls
    the shooting deadly (``fatal``), and beside the same report without that word (``plain``)."""
    return (_events_of([("a", "2017-03-12", dead), ("b", "2017-03-11", fatal)], language),
            _events_of([("a", "2017-03-12", dead), ("b", "2017-03-11", plain)], language))


def test_a_report_of_only_injured_whose_headline_names_a_fatal_shooting_joins_its_dead_en() -> None:
    # the first report numbers only the injured ("one unidentified victim was found"), the next day's the dead:
    # its headline's "fatal" says its incident had dead, so the two tolls complete each other
    body = ("double shooting in Memphis\n\nMEMPHIS -- Police are investigating a {}double shooting in Memphis on "
            "Saturday night. One unidentified adult victim was found on the sidewalk. The second victim, a woman, "
            "was taken to the hospital.")
    joined, apart = _fatal_pair(
        "en", "Police investigate fatal " + body.format("fatal "), "Police investigate " + body.format(""),
        "Teen killed in Memphis shooting\n\nA 16-year-old boy was shot and killed in Memphis on Saturday night, police said.",
    )
    assert joined["a"] == joined["b"]
    assert apart["a"] != apart["b"]  # no word of death in its lead: a report of only injured, another incident


def test_a_report_of_only_injured_whose_headline_names_a_fatal_shooting_joins_its_dead_de() -> None:
    body = ("Schüsse in Dortmund\n\nDORTMUND - Die Polizei ermittelt nach {}Schüssen am Samstagabend in Dortmund. "
            "Ein zweiter Mann wurde verletzt ins Krankenhaus gebracht.")
    joined, apart = _fatal_pair(
        "de", "Tödliche " + body.format("tödlichen "), body.format(""),
        "Jugendlicher in Dortmund erschossen\n\nEin 16-Jähriger ist am Samstagabend in Dortmund bei einer Schießerei "
        "getötet worden, teilte die Polizei mit.",
    )
    assert joined["a"] == joined["b"]
    assert apart["a"] != apart["b"]


def test_the_fatal_particular_is_read_from_the_headline_and_first_lines_only() -> None:
    from casualty_reconcile.event_words import FATAL, FATAL_CHARS, document_particulars

    lead = "Two men wounded in shooting on Main Street. Police said both were taken to the hospital. "
    assert FATAL in document_particulars("Fatal shooting on Main Street. " + lead, "en")
    assert FATAL in document_particulars("Une fusillade mortelle à Lyon. ", "fr")
    assert FATAL not in document_particulars(lead, "en")
    later = lead + " " * FATAL_CHARS + "It came a week after a fatal shooting nearby."
    assert FATAL not in document_particulars(later, "en")  # recalled further down: another incident


def _holds_the_first(first: str, later: str, other: str, language: str) -> None:
    joined = _events_of([("a", "2014-12-14", first), ("b", "2014-12-18", later)], language)
    apart = _events_of([("a", "2014-12-14", first), ("c", "2014-12-18", other)], language)
    assert joined["a"] == joined["b"] and apart["a"] != apart["c"]


def test_a_later_report_whose_toll_holds_the_first_and_a_death_joins_it_en() -> None:
    # the later report dates its toll on the day the victim died, after the first was written: its toll
    # (the five wounded and one dead) holds the first's, so it follows it up; a later toll without the
    # first's figures tells another story
    _holds_the_first(
        "Five people were wounded in a shooting at a block party in Miami early Sunday, police said.",
        "One of the five people wounded in Sunday's shooting at a Miami block party died on Wednesday, police "
        "said. The shooting left 1 dead and 5 wounded.",
        "One man was killed and three people were wounded in a shooting outside a Miami bar on Wednesday, police said.",
        "en",
    )


def test_a_later_report_whose_toll_holds_the_first_and_a_death_joins_it_de() -> None:
    _holds_the_first(
        "Bei einer Schießerei auf einer Feier in Dortmund sind am Sonntag fünf Menschen verletzt worden, teilte "
        "die Polizei mit.",
        "Einer der fünf Verletzten der Schießerei in Dortmund ist am Mittwoch gestorben. Die Schießerei forderte "
        "1 Toten und 5 Verletzte.",
        "Bei einer Schießerei vor einer Bar in Dortmund ist am Mittwoch ein Mann getötet worden, drei Menschen "
        "wurden verletzt.",
        "de",
    )


def test_a_report_of_the_next_day_with_no_toll_that_names_the_victim_joins_the_shooting_en() -> None:
    # the arrest and the vigil place the story in another neighbourhood and state no toll (nothing to tell the
    # two apart by): the victim named in both, a day apart, tells one story; a week later it does not suffice
    docs = [
        ("a", "2016-03-06", "Marcus Reed, 19, was killed and two other people were wounded in a shooting in Englewood "
                            "on Saturday night, police said."),
        ("b", "2016-03-07", "Police in Auburn Gresham arrested two men on Sunday. Neighbours held a vigil for Marcus Reed, "
                            "19, the pastor said."),
    ]
    assert len(set(_events_of(docs, "en").values())) == 1
    later = [docs[0], ("b", "2016-03-14", docs[1][2].replace("on Sunday", "on Monday"))]
    assert len(set(_events_of(later, "en").values())) == 2


def test_a_report_of_the_next_day_with_no_toll_that_names_the_victim_joins_the_shooting_de() -> None:
    docs = [
        ("a", "2016-03-06", "Bei einer Schießerei in Neukölln ist am Samstag der 19-jährige Max Huber getötet worden, "
                            "zwei weitere Menschen wurden verletzt."),
        ("b", "2016-03-07", "In Kreuzberg hat die Polizei am Sonntag zwei Männer festgenommen. Nachbarn gedachten des "
                            "19-jährigen Max Huber."),
    ]
    assert len(set(_events_of(docs, "de").values())) == 1
    later = [docs[0], ("b", "2016-03-14", docs[1][2].replace("am Sonntag", "am Montag"))]
    assert len(set(_events_of(later, "de").values())) == 2


_SHARED_PERSONS = {
    "en": (
        "Three people were wounded when a van was riddled with bullets outside a downtown hotel late Saturday, police "
        "said.\n\nThe victims were identified as Marcus Reed, 24, Tanya Brooks, 21, Devon Hale, 23, and Lamar Price, 26.",
        "Four people were injured in a shooting in Atlanta late Saturday, police said.\n\n{one} was hit in the leg. "
        "{two} was hit in the back, police said.",
        ("Marcus Reed", "Tanya Brooks"),
        ("Curtis Webb", "Monique Dale"),
    ),
    "de": (
        "Drei Menschen wurden verletzt, als am späten Samstagabend ein Kleinbus vor einem Hotel von Kugeln durchsiebt "
        "wurde, teilte die Polizei mit.\n\nBei den Opfern handelt es sich um den 24-jährigen Jonas Weber, die "
        "21-jährige Lena Brandt, den 23-jährigen Timo Hagen und den 26-jährigen Felix Roth.",
        "Bei Schüssen in Dortmund sind am späten Samstagabend vier Menschen verletzt worden, teilte die Polizei mit."
        "\n\n{one} wurde am Bein getroffen. {two} wurde am Rücken getroffen, sagte ein Sprecher.",
        ("Jonas Weber", "Lena Brandt"),
        ("Markus Vogel", "Sandra Keller"),
    ),
}


def _two_persons_named_by_one_report_and_written_by_the_next_are_one_event(language: str, monkeypatch: Any) -> None:
    """A report placed in no town that names four victims beside their ages (more than a lead's persons
    link alone) and names no kind of event, and the next day's report of the town whose lead writes two of
    their names (no age beside them) with another toll: one event (``event_links._link_shared_persons``);
    without the link, or when the second report writes one of the names or other persons', two."""
    first, second, (one, two), (other_one, other_two) = _SHARED_PERSONS[language]
    docs = [("a", "2016-03-06", first)]
    assert len(set(_events_of([*docs, ("b", "2016-03-07", second.format(one=one, two=two))], language).values())) == 1
    for names in ((one, other_two), (other_one, other_two)):
        found = _events_of([*docs, ("b", "2016-03-07", second.format(one=names[0], two=names[1]))], language)
        assert found["a"] != found["b"], names
    import casualty_reconcile.events as events

    monkeypatch.setattr(events, "_link_shared_persons", lambda docs, union, days: None)
    found = _events_of([*docs, ("b", "2016-03-07", second.format(one=one, two=two))], language)
    assert found["a"] != found["b"]


def test_two_persons_named_by_one_report_and_written_by_the_next_are_one_event_en(monkeypatch: Any) -> None:
    _two_persons_named_by_one_report_and_written_by_the_next_are_one_event("en", monkeypatch)


def test_two_persons_named_by_one_report_and_written_by_the_next_are_one_event_de(monkeypatch: Any) -> None:
    _two_persons_named_by_one_report_and_written_by_the_next_are_one_event("de", monkeypatch)


_ADDRESSES = {
    "en": (
        "A man was wounded in a shooting in Englewood on Wednesday evening, police said.\n\nHe was standing outside a "
        "home in the {number} block of South Morgan Street when a car drove up.",
        "Two people were hurt in Englewood{day}, police said.\n\nOfficers were called to the {number} block of South "
        "Morgan.",
        ("5700", "5800", " on Saturday"),
    ),
    "de": (
        "Ein Mann ist am Mittwochabend bei Schüssen in Dortmund verletzt worden, teilte die Polizei mit.\n\nEr stand "
        "vor dem Haus Lindenallee {number}, als ein Auto vorfuhr.",
        "Zwei Menschen sind{day} in Dortmund verletzt worden, teilte die Polizei mit.\n\nDie Beamten wurden in die "
        "Lindenallee {number} gerufen.",
        ("12", "14", " am Samstag"),
    ),
}


def _reports_that_give_one_address_are_one_event(language: str, monkeypatch: Any) -> None:
    """A shooting's report and one two days later in the town with another toll and no kind of event
    (two such tolls of one town are two incidents: ``events._near``) that give the same address, a street
    with its block or house number: one event (``event_links._link_addresses``); with another number, or
    without the link, two. A report of that address dated in its own days after the first ("on Saturday")
    tells of another incident there; without the guard (``_dated_after``) the address would join it."""
    first, later, (number, other, saturday) = _ADDRESSES[language]
    a = ("a", "2016-07-06", first.format(number=number))
    found = _events_of([a, ("b", "2016-07-08", later.format(number=number, day=""))], language)
    assert found["a"] == found["b"]
    found = _events_of([a, ("b", "2016-07-08", later.format(number=other, day=""))], language)
    assert found["a"] != found["b"]
    dated = ("c", "2016-07-11", later.format(number=number, day=saturday))
    found = _events_of([a, dated], language)
    assert found["a"] != found["c"]
    import casualty_reconcile.event_links as event_links
    import casualty_reconcile.events as events

    monkeypatch.setattr(event_links, "_dated_after", lambda a, b: False)
    found = _events_of([a, dated], language)
    assert found["a"] == found["c"]
    monkeypatch.setattr(events, "_link_addresses", lambda docs, union, days: None)
    found = _events_of([a, ("b", "2016-07-08", later.format(number=number, day=""))], language)
    assert found["a"] != found["b"]


def test_reports_that_give_one_address_are_one_event_en(monkeypatch: Any) -> None:
    _reports_that_give_one_address_are_one_event("en", monkeypatch)


def test_reports_that_give_one_address_are_one_event_de(monkeypatch: Any) -> None:
    _reports_that_give_one_address_are_one_event("de", monkeypatch)


def test_an_address_keeps_its_number_and_its_street_is_still_a_street() -> None:
    """An address is read with its number, the kind of street left out (so "the 5700 block of South Morgan
    Street" and "the 5700 block of South Morgan" give one), in English, German and French; its street is
    still read as a street beside it."""
    from casualty_reconcile.event_words import document_particulars

    assert document_particulars("He was shot in the 5700 block of South Morgan Street on Monday.", "en") == (
        "address:5700 south morgan", "street:south morgan street")
    assert "address:5700 south morgan" in document_particulars("Police went to the 5700 block of South Morgan.", "en")
    assert "address:3006 holton" in document_particulars("Police were called to 3006 Holton Avenue at 4 a.m.", "en")
    found = document_particulars("Er wurde vor dem Haus Lindenallee 12 gefunden.", "de")
    assert {"address:lindenallee 12", "street:lindenallee"} <= set(found)
    assert "address:12 victor" in document_particulars("Les faits se sont produits au 12 rue Victor-Hugo.", "fr")
    assert not [p for p in document_particulars("About 2016 people marched down Main Street.", "en") if p.startswith("address:")]
    assert not [p for p in document_particulars("Auf der Bundesstraße 96 starben 2 Menschen.", "de") if p.startswith("address:")]


_AGE_IN_WORDS = {
    "en": (
        "Two people were shot in Southeast Washington on Thursday afternoon, police said. Seventeen-year-old Kevin "
        "Jackson died at a hospital.",
        "A 15-year-old boy was arrested on Monday, police said.\n\nHe is accused of shooting {name} near a high "
        "school earlier this month.",
        ("Kevin Jackson", "Seventeen-year-old", "A teenager,"),
    ),
    "de": (
        "Bei Schüssen in Leipzig sind am Donnerstag zwei Menschen verletzt worden, teilte die Polizei mit. Der "
        "siebzehnjährige Kevin Jäger starb später im Krankenhaus.",
        "Ein 15-Jähriger wurde am Montag festgenommen, teilte die Polizei mit.\n\nEr soll Anfang des Monats auf "
        "{name} geschossen haben.",
        ("Kevin Jäger", "Der siebzehnjährige", "Der Jugendliche"),
    ),
}


def _a_victim_beside_an_age_in_words_is_named(language: str) -> None:
    """A victim named beside an age written in words ("Seventeen-year-old Kevin Jackson", "der siebzehnjährige
    Kevin Jäger") is a person the report names, as beside "17-year-old": the arrest eleven days later whose
    lead writes the name joins the shooting; another name, or the age not written, leaves them apart."""
    first, later, (name, age, no_age) = _AGE_IN_WORDS[language]
    found = _events_of([("a", "2016-09-01", first), ("b", "2016-09-12", later.format(name=name))], language)
    assert found["a"] == found["b"]
    found = _events_of([("a", "2016-09-01", first), ("b", "2016-09-12", later.format(name="Darius Cole"))], language)
    assert found["a"] != found["b"]
    found = _events_of([("a", "2016-09-01", first.replace(age, no_age)), ("b", "2016-09-12", later.format(name=name))], language)
    assert found["a"] != found["b"]


def test_a_victim_beside_an_age_in_words_is_named_en() -> None:
    _a_victim_beside_an_age_in_words_is_named("en")


def test_a_victim_beside_an_age_in_words_is_named_de() -> None:
    _a_victim_beside_an_age_in_words_is_named("de")


def test_an_age_in_words_is_read_beside_a_person_and_left_out_of_the_name() -> None:
    from casualty_reconcile.event_words import document_particulars

    for text, language, person in (
        ("Seventeen-year-old Kevin Anthony Jackson died shortly after arriving at a hospital.", "en", "kevin anthony jackson"),
        ("Police said a twenty-two-year-old Marcus Reed was hit in the leg.", "en", "marcus reed"),
        ("Der siebzehnjährige Max Huber starb im Krankenhaus.", "de", "max huber"),
        ("Die einundzwanzigjährige Lena Brandt wurde schwer verletzt.", "de", "lena brandt"),
    ):
        assert f"person:{person}" in document_particulars(text, language), text
    assert not [p for p in document_particulars("A long-time resident, Marcus Reed, was there.", "en") if p.startswith("person:")]


def test_a_roundup_whose_lead_names_many_persons_joins_no_report_that_writes_two_of_them() -> None:
    """A roundup of a month's shootings names six victims beside their ages; a report of one shooting, two weeks before, writes two
    of them: fewer than half of the roundup's persons, so no link (``event_links._link_shared_persons``),
    in English and German; the report that writes three of them joins it."""
    cases = {
        "en": ("Six people have been wounded in shootings across Atlanta this month, police said.\n\nThe victims "
               "were identified as Marcus Reed, 24, Tanya Brooks, 21, Devon Hale, 23, Lamar Price, 26, Curtis Webb, "
               "30, and Monique Dale, 19.",
               "Two people were injured in a shooting in Atlanta late Saturday, police said.\n\n{names} were hit "
               "outside a bar, police said.",
               ("Marcus Reed and Tanya Brooks", "Marcus Reed, Tanya Brooks and Devon Hale")),
        "de": ("Bei Schüssen in Dortmund sind in diesem Monat sechs Menschen verletzt worden, teilte die Polizei mit."
               "\n\nBei den Opfern handelt es sich um den 24-jährigen Jonas Weber, die 21-jährige Lena Brandt, den "
               "23-jährigen Timo Hagen, den 26-jährigen Felix Roth, den 30-jährigen Markus Vogel und die 19-jährige "
               "Sandra Keller.",
               "Zwei Menschen sind am späten Samstagabend in Dortmund verletzt worden, teilte die Polizei mit.\n\n"
               "{names} wurden vor einer Bar getroffen, sagte ein Sprecher.",
               ("Jonas Weber und Lena Brandt", "Jonas Weber, Lena Brandt und Timo Hagen")),
    }
    for language, (roundup, report, (two, three)) in cases.items():
        found = _events_of([("r", "2016-03-22", roundup), ("b", "2016-03-06", report.format(names=two))], language)
        assert found["r"] != found["b"], language
        found = _events_of([("r", "2016-03-22", roundup), ("b", "2016-03-06", report.format(names=three))], language)
        assert found["r"] == found["b"], language
