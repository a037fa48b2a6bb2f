"""Event resolution without event ids: a word for any mishap ("Unglück", "drame", "disaster") fits any
kind of mishap; a revised toll of a town joins the report that placed it in the region; a report placed
in no town joins the one event whose report completes its toll; a whole stated before its parts is a
report's main toll."""

from __future__ import annotations

import datetime as dt

from casualty_reconcile.event_words import venues_of
from casualty_reconcile.events import group_events
from casualty_reconcile.models import Claim

from .test_events import _events_of, claim

DAY = dt.date(2023, 5, 22)
NEXT = DAY + dt.timedelta(days=1)


def test_an_accident_fits_a_fire_but_not_a_shooting() -> None:
    """A report of the country's ferry fire and the next day's report of "the ferry accident" from its
    capital are one event: a word for any mishap tells no kind of mishap apart (a crash, a fire, a flood,
    a storm). A bus accident and a shooting of one town on one day, with one toll, stay two events."""
    for language, fire, accident, bus, shooting in [
        ("en", "A blaze on a ferry off the southern Philippines killed 21 people, the coast guard said.",
         "The coast guard corrected the toll of the ferry disaster to 18.",
         "Four people were injured in a bus disaster in Dortmund on Saturday.",
         "Four people were injured in a shooting in Dortmund on Saturday."),
        ("de", "Beim Brand einer Fähre vor den Südphilippinen sind 21 Menschen ums Leben gekommen.",
         "Die Küstenwache hat die Zahl der Toten nach dem Fährunglück auf 18 korrigiert.",
         "Bei einem Busunglück in Dortmund wurden am Samstag 4 Menschen verletzt.",
         "Bei einer Schießerei in Dortmund wurden am Samstag 4 Menschen verletzt."),
        ("fr", "L'incendie d'un ferry au large des Philippines a fait 21 morts.",
         "Les garde-côtes ont corrigé à 18 le bilan du drame du ferry.",
         "Un accident de bus a fait 4 blessés samedi à Dortmund.",
         "Une fusillade a fait 4 blessés samedi à Dortmund."),
    ]:
        found = group_events([
            claim("a", fire, 21, DAY, location="Philippines", language=language),
            claim("b", accident, 18, NEXT, location="Manila", language=language),
        ])
        assert found["a"] == found["b"], language
        found = group_events([
            claim("c", bus, 4, DAY, category="injuries", location="Dortmund", language=language),
            claim("d", shooting, 4, DAY, category="injuries", location="Dortmund", language=language),
        ])
        assert found["c"] != found["d"], language


def test_without_the_accident_word_the_kinds_stay_apart() -> None:
    """The fit is the accident word's: a ferry fire and a bus crash of the next day stay two events."""
    for language, fire, crash in [
        ("en", "A blaze on a ferry off the southern Philippines killed 21 people, the coast guard said.",
         "A bus crash killed 18 people, the coast guard said."),
        ("de", "Beim Brand einer Fähre vor den Südphilippinen sind 21 Menschen ums Leben gekommen.",
         "Bei einem Busunfall sind 18 Menschen ums Leben gekommen."),
    ]:
        found = group_events([
            claim("a", fire, 21, DAY, location="Philippines", language=language),
            claim("b", crash, 18, NEXT, location="Manila", language=language),
        ])
        assert found["a"] != found["b"], language


def test_a_revised_toll_of_a_town_joins_the_report_that_placed_it_in_the_region() -> None:
    """The first report writes the town but places its toll in the state ("in Monterey Park in
    Kalifornien"); the next day's report of the toll risen in that town is the same shooting. A revised
    toll of a town the first report does not write stays apart (the gazetteer does not nest towns in
    states)."""
    for language, first, risen, elsewhere in [
        ("en", "Police said 10 people were killed in a shooting at a dance studio in Monterey Park, California.",
         "The death toll from the shooting in Monterey Park has risen to 11, police said.",
         "The death toll from the shooting in Oakland has risen to 11, police said."),
        ("de", "Bei Schüssen in einem Tanzstudio in Monterey Park in Kalifornien sind 10 Menschen getötet worden.",
         "Die Zahl der Toten nach den Schüssen in Monterey Park ist auf 11 gestiegen.",
         "Die Zahl der Toten nach den Schüssen in Oakland ist auf 11 gestiegen."),
    ]:
        for town, text, joined in [("Monterey Park", risen, True), ("Oakland", elsewhere, False)]:
            found = group_events([
                claim("a", first, 10, DAY, location="California", language=language),
                claim("b", text, 11, NEXT, location=town, language=language),
            ])
            assert (found["a"] == found["b"]) is joined, (language, town)


def test_two_reports_of_an_explosion_on_one_day_are_one_event() -> None:
    """"An explosion at a coal mine in northern Turkey" and "the blast at the state-run mine" placed in a
    town the gazetteer does not know, on one day, with no figure in common (40 miners, 45 workers), are
    one event: an explosion joins the reports that name it (a bomb's, a mine's: it tells no kind apart).
    Without the word ("the collapse of the mine") nothing joins the two."""
    for language, country_report, town_report, collapse in [
        ("en", "At least 40 people were killed in an explosion at a coal mine in northern Turkey.",
         "The union said 45 people died in the blast at the state-run mine.",
         "The union said 45 people died in the collapse of the state-run mine."),
        ("de", "Bei einer Explosion in einem Kohlebergwerk im Norden der Türkei sind mindestens 40 Menschen gestorben.",
         "Die Gewerkschaft sagte, 45 Menschen seien bei der Explosion in der staatlichen Grube gestorben.",
         "Die Gewerkschaft sagte, 45 Menschen seien beim Einsturz der staatlichen Grube gestorben."),
    ]:
        for text, joined in [(town_report, True), (collapse, False)]:
            found = group_events([
                claim("a", country_report, 40, DAY, location="Turkey", language=language),
                claim("b", text, 45, DAY, location="Amasra", language=language),
            ])
            assert (found["a"] == found["b"]) is joined, (language, text)


def _flagged(doc: str, sentence: str, value: int, town: str, language: str, flag: str) -> Claim:
    """A count of the injured as extraction gives it from a count of the shot: the count itself (flagged
    ``shot``) or the shot less the dead (flagged ``derived``)."""
    return claim(doc, sentence, value, DAY, category="injuries", location=town, language=language).model_copy(
        update={"flags": (flag,)}
    )


def test_a_count_of_the_shot_joins_the_report_of_the_shot_and_the_dead() -> None:
    """"Five people were shot" in a town's park and "five were shot, two of them fatally" there that day
    are one event: extraction gives the second as two dead and three injured (derived), the shot are the
    two together, though the reports share no figure of the dead or the injured and only one names the
    kind. Two killed and three wounded stated as such give no count of the shot (too common a toll to
    join reports on its own)."""
    for language, shot, fatally, killed, town in [
        ("en", "A food truck owner was among 5 people shot in a park over the weekend.",
         "Five people were shot in the park shooting, two of them fatally.",
         "Two men were killed and three others were wounded in the shooting at the park.", "Lexington"),
        ("de", "Im Park sind am Wochenende 5 Menschen angeschossen worden, unter ihnen ein Imbisswirt.",
         "Bei der Schießerei im Park wurden fünf Menschen angeschossen, zwei von ihnen tödlich.",
         "Bei der Schießerei im Park wurden zwei Männer getötet und drei weitere verletzt.", "Leipzig"),
    ]:
        for text, flags, joined in [(fatally, ("derived",), True), (killed, (), False)]:
            hurt = claim("b", text, 3, DAY, category="injuries", location=town, language=language)
            claims = [
                _flagged("a", shot, 5, town, language, "shot"),
                claim("b", text, 2, DAY, location=town, language=language),
                hurt.model_copy(update={"flags": flags}),
            ]
            found = group_events(claims)
            assert (found["a"] == found["b"]) is joined, (language, text)


def test_reports_of_one_town_days_apart_share_more_than_one_injured() -> None:
    """Four days apart in one town, a shooting that wounded a child and another night's shootings that
    left two dead and one wounded share only "one injured" and the kind: two incidents (in a city's week
    one injured is too common). A follow-up four days later with the same toll, "one dead", and one that
    states a figure of at least two in common still join."""
    later = DAY + dt.timedelta(days=4)
    for language, child, others, dead, follow_up, three, three_later, town in [
        ("en", "A child was wounded in a shooting on Sunday night, police said.",
         "Two people were killed and one person was wounded in separate shootings on Thursday night.",
         "One man was killed in a shooting on Sunday night, police said.",
         "Police identified the man killed in the shooting on Sunday as a 19-year-old.",
         "Three people were wounded in a shooting outside a bar, police said.",
         "Police arrested a man in the shooting that wounded three people outside a bar.", "Las Vegas"),
        ("de", "Bei einer Schießerei wurde am Sonntagabend ein Kind verletzt.",
         "Bei getrennten Schießereien am Donnerstag wurden zwei Menschen getötet und einer verletzt.",
         "Bei einer Schießerei wurde am Sonntagabend ein Mann getötet.",
         "Die Polizei hat den bei der Schießerei am Sonntag getöteten Mann identifiziert.",
         "Bei einer Schießerei vor einer Bar wurden drei Menschen verletzt.",
         "Nach der Schießerei mit drei Verletzten vor einer Bar hat die Polizei einen Mann festgenommen.", "Leipzig"),
    ]:
        found = group_events([
            claim("a", child, 1, DAY, category="injuries", location=town, language=language),
            claim("b", others, 2, later, location=town, language=language),
            claim("b", others, 1, later, category="injuries", location=town, language=language),
        ])
        assert found["a"] != found["b"], language
        found = group_events([
            claim("c", dead, 1, DAY, location=town, language=language),
            claim("d", follow_up, 1, later, location=town, language=language),
        ])
        assert found["c"] == found["d"], language
        found = group_events([
            claim("e", three, 3, DAY, category="injuries", location=town, language=language),
            claim("f", three_later, 3, later, category="injuries", location=town, language=language),
        ])
        assert found["e"] == found["f"], language


def test_a_follow_up_of_an_older_shooting_is_not_a_new_one_of_that_town() -> None:
    """The charge in the shooting of January 21 (a day the report dates a month back) and a report two
    days later of a child shot in that town, which dates no older day, share only "one injured": two
    incidents. Two reports of the charge on one day, one of them dating the shooting, stay one event."""
    charged = dt.date(2017, 2, 17)
    shooting = dt.date(2017, 1, 21)
    for language, charge, child, other_charge, town in [
        ("en", "The other teenager, who was shot at the party on January 21, is recovering from 1 wound.",
         "A 4-year-old was shot by his brother on Sunday night, police said; 1 child was hurt.",
         "Two men are charged in the shooting at the party; 1 teenager was hurt.", "Memphis"),
        ("de", "Der andere Jugendliche, auf den am 21. Januar bei der Party geschossen wurde, ist 1 Verletzter.",
         "Ein Vierjähriger ist am Sonntagabend von seinem Bruder angeschossen worden; 1 Kind wurde verletzt.",
         "Zwei Männer sind wegen der Schüsse bei der Party angeklagt; 1 Jugendlicher wurde verletzt.", "Leipzig"),
    ]:
        old = claim("a", charge, 1, shooting, category="injuries", location=town, language=language, published=charged)
        found = group_events([
            old,
            claim("b", child, 1, charged + dt.timedelta(days=2), category="injuries", location=town, language=language),
        ])
        assert found["a"] != found["b"], language
        found = group_events([
            old,
            claim("c", other_charge, 1, charged, category="injuries", location=town, language=language),
        ])
        assert found["a"] == found["c"], language


def test_opening_fire_names_a_shooting() -> None:
    """"A man opened fire on his family" names a shooting ("opening fire", "eröffnete das Feuer"): a report
    placed in the county three days after the town's report of that toll tells the same story; one that
    names no kind ("a man who attacked his family") is not linked so."""
    later = DAY + dt.timedelta(days=3)
    for language, first, fire, attacked in [
        ("en", "One person is dead and 4 others were injured after a shooting in a home, police said.",
         "A man was arrested after opening fire on his mother and 3 others at home, injuring 4 people.",
         "A man attacked his mother and 3 others at home, injuring 4 people."),
        ("de", "Bei einer Schießerei in einem Wohnhaus wurden ein Mensch getötet und 4 weitere verletzt.",
         "Ein Mann eröffnete in seinem Haus das Feuer auf seine Mutter und 3 andere und verletzte 4 Menschen.",
         "Ein Mann ging in seinem Haus auf seine Mutter und 3 andere los und verletzte 4 Menschen."),
    ]:
        for text, joined in [(fire, True), (attacked, False)]:
            found = group_events([
                claim("a", first, 4, DAY, category="injuries", location="Fresno", language=language),
                claim("a", first, 1, DAY, location="Fresno", language=language),
                claim("b", text, 3, later, category="injuries", location="Fresno County", language=language),
                claim("b", text, 4, later, category="injuries", location="Fresno County", language=language),
            ])
            assert (found["a"] == found["b"]) is joined, (language, text)


def test_reports_of_a_home_and_a_bar_in_one_city_are_two_incidents() -> None:
    """Three found dead inside a home on Sunday and three killed at a bar on Tuesday, in one city: they
    share "three dead" and lie two days apart, but the venues of their first sentences of the toll are of
    no kind in common (``event_pairs._venues_apart``), so they are two events; a second report of each
    that names its venue in other words ("the house", "a nightclub") joins its incident. (A report of
    those days that names no venue still links to both: the rule tells apart only reports that name one.)"""
    tuesday = DAY + dt.timedelta(days=2)
    for language, town, home, house, bar, club in [
        ("en", "Toledo", "Three people were found shot dead inside a home in Toledo early Sunday.",
         "Police identified the 3 family members killed in the house on Sunday.",
         "Three men were killed and two others hurt in a shooting at a bar in Toledo.",
         "The three men killed in the shooting at a nightclub on Tuesday were identified."),
        ("de", "Bielefeld", "In einer Wohnung in Bielefeld wurden am Sonntag 3 Menschen erschossen aufgefunden.",
         "Die Polizei hat die 3 Toten aus dem Haus in Bielefeld identifiziert.",
         "Bei Schüssen in einer Bar in Bielefeld wurden am Dienstag 3 Männer getötet.",
         "Die 3 Männer, die am Dienstag vor einem Nachtclub erschossen wurden, sind identifiziert."),
    ]:
        found = group_events([
            claim("home", home, 3, DAY, location=town, language=language),
            claim("house", house, 3, DAY, location=town, language=language),
            claim("bar", bar, 3, tuesday, location=town, language=language),
            claim("club", club, 3, tuesday, location=town, language=language),
        ])
        assert found["home"] == found["house"], language
        assert found["bar"] == found["club"], language
        assert found["home"] != found["bar"], language


def test_reports_of_one_toll_stay_one_incident_whatever_venues_they_name() -> None:
    """A report whose first sentences recall another incident's venue ("a welding shop") and one of the
    shooting at an apartment building state the same main toll, two dead and seven wounded: the same
    toll joins them though their venues differ."""
    for language, first, second in [
        ("en", "Two men were killed and seven wounded outside a shop in Toledo.",
         "Two people were killed and seven shot at an apartment building in Toledo."),
        ("de", "Vor einem Geschäft in Bielefeld wurden 2 Männer getötet und 7 verletzt.",
         "In einem Wohnhaus in Bielefeld wurden 2 Menschen getötet und 7 verletzt."),
    ]:
        town = "Toledo" if language == "en" else "Bielefeld"
        found = group_events([
            claim("a", first, 2, DAY, location=town, language=language),
            claim("a", first, 7, DAY, category="injuries", location=town, language=language),
            claim("b", second, 2, NEXT, location=town, language=language),
            claim("b", second, 7, NEXT, category="injuries", location=town, language=language),
        ])
        assert found["a"] == found["b"], language


def test_the_venues_each_language_names() -> None:
    """``LanguageData.venue_kinds``: common nouns of where an incident happened, a name's capitals kept
    out in English and French ("Horan Park", "County Market"); a hospital is where a victim was taken."""
    seen: dict[tuple[str, str], frozenset[str]] = {}
    for language, sentence, expected in [
        ("en", "Three people were found dead inside a home on Holt Street.", {"home"}),
        ("en", "Two men were shot at a bar and taken to a hospital.", {"bar"}),
        ("en", "A man was shot in Horan Park near the County Market.", set()),
        ("en", "A man was killed outside a gas station near a park.", {"store", "park"}),
        ("de", "In einer Wohnung wurden zwei Menschen getötet.", {"home"}),
        ("de", "Bei Schüssen vor einer Shisha-Bar wurden drei Männer verletzt und ins Krankenhaus gebracht.", {"bar"}),
        ("de", "An einer Tankstelle wurde ein Mann erschossen.", {"store"}),
        ("fr", "Deux hommes ont été tués dans un bar de la ville.", {"bar"}),
        ("fr", "Trois personnes ont été retrouvées mortes à leur domicile.", {"home"}),
    ]:
        assert venues_of(sentence, language, seen) == expected, sentence


_PLACELESS_DEAD = {
    "en": (
        ("a", "2016-05-08", "Suspect held in fatal shooting in Tulsa. Three people were wounded in the shooting in Tulsa "
                            "early Sunday, police said."),
        ("p", "2016-05-09", "Marcus Reed, 24, died at the scene, the medical examiner said."),
        ("c", "2016-05-12", "Deadly shooting in Tulsa: two people were wounded on Thursday, police said."),
    ),
    "de": (
        ("a", "2016-05-08", "Tödliche Schüsse in Bielefeld: Drei Menschen wurden in der Nacht zum Sonntag in Bielefeld "
                            "verletzt, teilte die Polizei mit."),
        ("p", "2016-05-09", "Ein Mann starb noch am Tatort, teilte die Staatsanwaltschaft mit."),
        ("c", "2016-05-12", "Tödliche Schüsse in Bielefeld: Zwei Menschen wurden am Donnerstag verletzt, teilte die "
                            "Polizei mit."),
    ),
}


def test_a_placeless_report_of_the_dead_joins_the_one_deadly_shooting_that_numbers_none() -> None:
    """A report placed in no town that counts the dead ("Marcus Reed, 24, died at the scene") joins the one
    shooting of its days whose report calls it deadly and numbers no dead ("fatal shooting", three
    wounded): the two tolls complete each other (``event_links._Completing``). When two such shootings fit,
    it stays alone."""
    for language, (a, p, c) in _PLACELESS_DEAD.items():
        found = _events_of([a, p], language)
        assert found["a"] == found["p"], language
        found = _events_of([a, p, c], language)
        assert len({found["a"], found["p"], found["c"]}) == 3, language


_DIED_SINCE = {
    "en": (
        ("h", "2016-03-11", "A man was critically wounded in an accidental shooting on Friday morning, deputies said."),
        ("d", "2016-03-13", "A man died in Tulsa on Sunday, two days after he was shot by accident."),
        ("e", "2016-03-08", "A man died in Tulsa on Tuesday after he was shot, police said."),
        ("l", "2016-03-17", "A 40-year-old man died in Tulsa on Thursday after he was shot, police said."),
    ),
    "de": (
        ("h", "2016-03-11", "Ein Mann wurde am Freitag schwer verletzt, als sich ein Schuss aus einer Pistole löste."),
        ("d", "2016-03-13", "In Bielefeld ist am Sonntag ein Mann an seinen Schussverletzungen gestorben."),
        ("e", "2016-03-08", "In Bielefeld ist am Dienstag ein Mann an seinen Schussverletzungen gestorben."),
        ("l", "2016-03-17", "In Bielefeld ist am Donnerstag ein weiterer Mann an seinen Schussverletzungen gestorben."),
    ),
}


def test_a_placeless_report_of_one_injured_joins_the_later_report_of_his_death() -> None:
    """A report placed in no town of one injured (a man shot on Friday) joins the one report of a later
    day placed in a town of no more dead ("died on Sunday"): the victim died since (``_died_since``). A
    report of a death before the injury is no such one; two reports of a death since leave it alone."""
    for language, (h, d, e, later) in _DIED_SINCE.items():
        found = _events_of([h, d, e], language)
        assert found["h"] == found["d"] != found["e"], language
        found = _events_of([h, d, later], language)
        assert len({found["h"], found["d"], found["l"]}) == 3, language


_INTERSECTION = {
    "en": (
        "One person was wounded in an attempted murder-suicide in Fresno on Wednesday morning, police said. Officers "
        "were called to an apartment on Deering Drive near Country Creek Drive.",
        "Two people were wounded in a shooting in Fresno on Wednesday, police said. A man shot his wife and their "
        "baby at an apartment on Deering Drive near Country Creek Drive before turning the gun on himself.",
        "Two people were wounded in a shooting in Fresno on Wednesday, police said. A man opened fire outside a "
        "store on Shields Avenue and Blackstone Avenue.",
    ),
    "de": (
        "Eine Person ist am Mittwochmorgen in Bielefeld bei einem versuchten Mord mit anschließendem Suizid verletzt "
        "worden, teilte die Polizei mit. Die Beamten wurden in eine Wohnung an der Ecke Hauptstraße/Bahnhofstraße "
        "gerufen.",
        "Bei einer Schießerei in Bielefeld sind am Mittwoch zwei Menschen verletzt worden, teilte die Polizei mit. "
        "Ein Mann schoss in einer Wohnung an der Ecke Hauptstraße/Bahnhofstraße auf seine Frau und das Baby.",
        "Bei einer Schießerei in Bielefeld sind am Mittwoch zwei Menschen verletzt worden, teilte die Polizei mit. "
        "Ein Mann schoss vor einem Geschäft an der Ecke Lindenallee/Kölner Straße um sich.",
    ),
}


def test_two_reports_that_name_one_intersection_tell_one_incident() -> None:
    """Two streets side by side ("Deering Drive near Country Creek Drive", "Ecke Hauptstraße/Bahnhofstraße")
    are an address (``LanguageData.particulars``, kind ``address``): two reports of one day in one city that
    name it report one incident though their tolls differ and only one names the kind of event; a report of
    another intersection stays apart."""
    for language, (first, second, other) in _INTERSECTION.items():
        found = _events_of([("a", "2016-05-18", first), ("b", "2016-05-18", second)], language)
        assert found["a"] == found["b"], language
        found = _events_of([("a", "2016-05-18", first), ("c", "2016-05-18", other)], language)
        assert found["a"] != found["c"], language


_WHOLE_AND_PARTS = {
    "en": ("Police: 6 people shot in Dayton; 2 dead\n\nSix people were shot on Wednesday evening outside a corner "
           "store in Dayton, two of whom died from their injuries, police said.\n\nOne man died at the scene and a "
           "second man died later at the hospital. Police say one man remains in the hospital with life-threatening "
           "injuries. Two women and one man have injuries that are not life-threatening. One man was treated and "
           "released.",
           "Arrest made in Dayton store shooting that killed two and injured four\n\nPolice on Friday arrested a man "
           "they believe shot six people, two of them fatally, outside a corner store in Dayton last week."),
}


def test_a_whole_stated_before_its_parts_joins_the_follow_up_of_that_toll() -> None:
    """"6 people shot, 2 dead" in the headline and the lead and the four injured counted one by one in the
    body ("one man remains in the hospital", "one man has minor injuries"): its main toll is four injured,
    and the arrest nine days later of the man who "killed two and injured four" there is the same shooting
    (rule "whole before its parts", ``event_evidence._main_toll``). German extraction flags such parts
    ("ein Mann wurde lebensgefährlich verletzt") anecdotal already; its claims as the English ones come out
    join as well."""
    text, follow_up = _WHOLE_AND_PARTS["en"]
    found = _events_of([("a", "2016-11-30", text), ("b", "2016-12-09", follow_up)], "en")
    assert found["a"] == found["b"]
    later = DAY + dt.timedelta(days=9)
    headline = "6 Menschen in Dresden angeschossen, 2 Tote"
    lead = "Vor einem Kiosk in Dresden sind sechs Menschen angeschossen worden, zwei von ihnen starben."
    parts = ["Ein Mann schwebt in Lebensgefahr.", "Ein Mann wurde leicht verletzt.", "Ein Mann kam ins Krankenhaus."]
    arrest = "Festnahme nach Schüssen vor einem Kiosk in Dresden mit zwei Toten und vier Verletzten."
    claims = [
        _flagged("a", headline, 4, "Dresden", "de", "derived"),
        _flagged("a", lead, 4, "Dresden", "de", "derived").model_copy(update={"start": 40, "end": 46}),
        claim("a", lead, 2, DAY, location="Dresden", language="de").model_copy(update={"start": 70, "end": 74}),
        *[
            claim("a", part, 1, DAY, category="injuries", location="Dresden", language="de").model_copy(
                update={"start": 200 + 40 * i, "end": 203 + 40 * i})
            for i, part in enumerate(parts)
        ],
        claim("b", arrest, 2, later, location="Dresden", language="de", published=later),
        claim("b", arrest, 4, later, category="injuries", location="Dresden", language="de", published=later),
    ]
    found_de = group_events(claims)
    assert found_de["a"] == found_de["b"]
