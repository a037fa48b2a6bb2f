"""Event resolution without event ids: a victim named as the object of a charge ("accused of killing Jon
Doe", "soll Max Huber erschossen haben", "accusé d'avoir tué ...") is a person particular of the report, so
that the plea or the trial years later joins the first reports of the shooting by that name, spelt there
with one letter changed ("Erika"/"Erica": ``event_evidence._spellings``)."""

from __future__ import annotations

from casualty_reconcile import extract

from .test_events import _events_of


def test_the_object_of_a_charge_is_a_person_particular() -> None:
    for language, text, person in [
        ("en", "Dayton man pleads guilty\n\nDarnell Price, accused of killing Monica Hale and wounding four others "
               "at a bar, pleaded guilty on Tuesday.", "person:monica hale"),
        ("en", "A 20-year-old was charged with fatally shooting 17-year-old Luis Ortega outside a store, killing him.",
         "person:luis ortega"),
        ("de", "Geständnis im Prozess\n\nDer 30-Jährige, der Jana Roth erschossen haben soll und vier weitere Gäste "
               "verletzt hat, gestand am Dienstag.", "person:jana roth"),
        ("fr", "Aveux au procès\n\nAccusé d'avoir tué Julien Marchand et blessé quatre autres clients d'un bar, "
               "l'accusé a plaidé coupable mardi.", "person:julien marchand"),
    ]:
        claims = extract(text, language=language, published="2017-04-06")
        assert claims, language
        assert person in claims[0].particulars, (language, claims[0].particulars)


def test_no_day_is_a_person() -> None:
    claims = extract("The man charged with killing Saturday Night Live's stand-in wounded four people.", language="en")
    assert claims and not any(p.startswith("person:") for p in claims[0].particulars), claims[0].particulars


def test_a_plea_years_later_joins_the_shooting_by_its_victim_spelt_another_way() -> None:
    for language, first, plea in [
        ("en",
         "One dead, four hurt in Dayton bar shooting\n\nOne woman was killed and four other people were injured in a "
         "shooting at a bar in Dayton early Saturday, police said. The victim, Monica Hale, 26, of Kettering, was not "
         "the intended target, police said.",
         "Dayton man pleads guilty in bar shooting\n\nDAYTON - Darnell Price, accused of killing Monika Hale and "
         "wounding four others at a bar, pleaded guilty on Tuesday on the second day of his trial."),
        ("de",
         "Eine Tote, vier Verletzte nach Schüssen in Bar in Köln\n\nBei Schüssen in einer Bar in Köln ist am "
         "Samstagmorgen eine Frau getötet worden, vier weitere Menschen wurden verletzt. Das Opfer, Jana Roth (26), "
         "war nach Angaben der Polizei nicht das Ziel des Schützen.",
         "Geständnis im Prozess um Schüsse in Kölner Bar\n\nKöln - Der 30-Jährige, der Janna Roth erschossen haben "
         "soll und vier weitere Gäste verletzt hat, gestand am Dienstag vor dem Landgericht."),
    ]:
        found = _events_of([("first", "2015-10-24", first), ("plea", "2017-11-07", plea)], language)
        assert found["first"] == found["plea"], language
