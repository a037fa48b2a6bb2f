"""Event resolution without event ids: the day a follow-up dates its incident in a sentence without a
figure (its lead's days, ``Claim.particulars`` ``day:``) joins it to the reports of that day; a later
report that dates its incident before another report's day tells of an older incident and is linked to
that report by no story link."""

from __future__ import annotations

from casualty_reconcile import extract

from .test_events import _events_of


def test_the_days_a_lead_writes_before_publication_are_particulars() -> None:
    for language, text in [
        ("en", "Teen charged in February killing\n\nPolice arrested a 17-year-old on Wednesday in the fatal shooting of "
               "a 15-year-old boy in Brooklyn.\n\nThe boy was shot near his home around 2:30 p.m. Feb. 20, police said. "
               "The suspect is due in court again Sept. 20."),
        ("de", "Festnahme nach tödlichen Schüssen\n\nDie Polizei hat am Mittwoch einen 17-Jährigen wegen der tödlichen "
               "Schüsse auf einen 15-Jährigen in Köln festgenommen.\n\nDer Junge war am 20. Februar gegen 14.30 Uhr vor "
               "seinem Haus angeschossen worden. Der Prozess soll am 20. September beginnen."),
        ("fr", "Un adolescent interpellé\n\nUn adolescent de 17 ans a été interpellé mercredi après la mort d'un "
               "garçon de 15 ans tué par balle à Marseille.\n\nLe garçon avait été touché le 20 février vers 14h30 "
               "devant chez lui. Le procès doit s'ouvrir le 20 septembre."),
    ]:
        claims = extract(text, language=language, published="2017-04-06")
        assert claims, language
        days = {p for p in claims[0].particulars if p.startswith("day:")}
        # (the court date of the months ahead, written without a year, is no day recalled)
        assert days == {"day:2017-02-20"}, (language, claims[0].particulars)


def test_a_follow_up_that_dates_its_incident_outside_its_figures_joins_that_day() -> None:
    for language, first, later in [
        ("en",
         "Boy, 15, shot dead in Brooklyn\n\nA 15-year-old boy was shot and killed in Brooklyn on Monday afternoon, "
         "police said.",
         "Arrest in killing of Brooklyn teen\n\nPolice arrested a 17-year-old on Wednesday in the fatal shooting of a "
         "15-year-old boy in Brooklyn.\n\nThe boy was shot near his home around 2:30 p.m. Feb. 20, police said."),
        ("de",
         "15-Jähriger in Köln erschossen\n\nIn Köln ist am Montagnachmittag ein 15-Jähriger durch Schüsse getötet "
         "worden, teilte die Polizei mit.",
         "Festnahme nach tödlichen Schüssen in Köln\n\nDie Polizei hat am Mittwoch einen 17-Jährigen wegen der "
         "tödlichen Schüsse auf einen 15-Jährigen in Köln festgenommen.\n\nDer Junge war am 20. Februar vor "
         "seinem Haus angeschossen worden."),
    ]:
        found = _events_of([("first", "2017-02-20", first), ("later", "2017-04-06", later)], language)
        assert found["first"] == found["later"], language


def test_a_follow_up_of_last_years_shooting_joins_no_shooting_of_that_week() -> None:
    """A charge in a double shooting of last summer, dated there ("Aug. 26, 2015"), and a shooting four days
    before it in that city with the same kind of event and a toll figure in common are two incidents; the
    charge joins the report of last summer's day."""
    found = _events_of([
        ("old", "2015-08-26", "2 dead, 8 wounded in Chicago park shooting\n\nTwo men were killed and eight other people "
                              "were wounded in a shooting at a park in Chicago on Wednesday morning, police said."),
        ("week", "2016-06-28", "2 wounded in Chicago shooting\n\nTwo men were wounded in a shooting in Chicago on "
                               "Tuesday morning, police said. A third man was killed."),
        ("charge", "2016-07-02", "Second man charged in park shooting\n\nBond was set Saturday for a second man charged "
                                 "in a shooting that left two people dead and two more wounded at a park in Chicago last "
                                 "summer.\n\nThe shooting happened at the park at 10:36 a.m. Aug. 26, 2015, police said."),
    ], "en")
    assert found["charge"] != found["week"]
    assert found["charge"] == found["old"]
