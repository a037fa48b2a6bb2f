"""Event resolution without event ids: a word for any mishap ("Unglück", "drame", "disaster") fits any
kind of mishap."""

from __future__ import annotations

import datetime as dt

from casualty_reconcile.events import group_events

from .test_events import claim

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

