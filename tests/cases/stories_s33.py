"""Stories of round s33 (tests/cases/stories.py explains the rows), in German, English and French, alone or mixed: an
early toll of a district official raised by the ministry, an armed group's count against the government's, the children
among the dead told as if a total, a city's dead beside the country's, a toll corrected down by its own origin, the
injured of a blast updated, and a family's dead told as a list ("a woman and her two children") beside the police's
toll."""

from __future__ import annotations

from tests.cases.stories import NO_CONFLICT, Report, Story

S33: list[Story] = [
    # ---- an early toll of a district official, raised by the ministry the next day: an update, English then German -----
    Story(
        "S33-LANDSLIDE-OFFICIAL-THEN-MINISTRY-EN-DE", "en",
        (
            Report("Wire A", "2024-07-30",
                   "KATHMANDU (Wire A) - A landslide buried a village in western Nepal overnight, killing at least nine "
                   "people, a district official said on Tuesday."),
            Report("Agentur B", "2024-07-31",
                   "KATHMANDU (Agentur B) - Die Zahl der Toten nach dem Erdrutsch im Westen Nepals ist nach Angaben des "
                   "Innenministeriums auf 23 gestiegen.", language="de"),
        ),
        differences=(("update", 9, 23),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=1,  # (a district official and the ministry: one government)
    ),
    # ---- an armed group's count against the government's: a real conflict, French then English --------------------------
    Story(
        "S33-AMBUSH-GROUP-VS-GOVERNMENT-FR-EN", "fr",
        (
            Report("Agence A", "2024-06-12",
                   "BAMAKO (Agence A) - Le gouvernement malien a fait état de 12 soldats tués dans une embuscade dans le "
                   "centre du pays."),
            Report("Wire B", "2024-06-12",
                   "BAMAKO (Wire B) - An armed group claimed the ambush in central Mali and said it had killed 40 "
                   "soldiers.", language="en"),
        ),
        differences=(("conflict", 12, 40),),
        status="conflict",
        origins=2,
    ),
    # ---- the children among the dead told as if a total, German then English: a subgroup, no conflict -----------------
    Story(
        "S33-SHELTER-STRIKE-CHILDREN-DE-EN", "de",
        (
            Report("Agentur A", "2024-05-27",
                   "KHARTUM (Agentur A) - Bei einem Luftangriff auf eine Notunterkunft im Sudan sind nach Angaben von "
                   "Helfern 35 Menschen getötet worden."),
            Report("Wire B", "2024-05-27",
                   "KHARTOUM (Wire B) - Fourteen children were among those killed in the air strike on the shelter, aid "
                   "workers said.", language="en"),
        ),
        differences=(("subgroup", 14, 35),),
        absent=NO_CONFLICT,
        status="single",  # (one figure of the whole)
        estimates=(35, 35, 35),
    ),
    # ---- a city's dead beside the country's, French then English: a smaller area -----------------------------------------
    Story(
        "S33-FLOOD-CITY-VS-COUNTRY-FR-EN", "fr",
        (
            Report("Agence A", "2024-08-26",
                   "ISLAMABAD (Agence A) - Les pluies torrentielles ont fait au moins 60 morts au Pakistan depuis jeudi, "
                   "selon l'autorité nationale de gestion des catastrophes."),
            Report("Wire B", "2024-08-26",
                   "ISLAMABAD (Wire B) - In Karachi alone, 18 people were killed in the floods, the national disaster "
                   "management authority said.", language="en"),
        ),
        differences=(("subarea", 18, 60),),
        absent=NO_CONFLICT,
        status="single",  # (one figure of the whole)
        estimates=(60, 60, None),
        origins=1,  # (the authority in both languages)
    ),
    # ---- a toll corrected down by its own origin, German alone ------------------------------------------------------------
    Story(
        "S33-COLLAPSE-CORRECTION-DE", "de",
        (
            Report("Agentur A", "2024-09-08",
                   "ANKARA (Agentur A) - Beim Einsturz eines Wohnhauses in der Zentraltürkei sind nach Angaben des "
                   "Gouverneurs elf Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-09-09",
                   "ANKARA (Agentur B) - Der Gouverneur hat die Zahl der Toten nach dem Einsturz des Wohnhauses auf neun "
                   "nach unten korrigiert."),
        ),
        differences=(("correction", 11, 9),),
        absent=NO_CONFLICT,
        estimates=(9, 9, 9),
        origins=1,
    ),
    # ---- a toll corrected down by its own origin, French alone ------------------------------------------------------------
    Story(
        "S33-FIRE-CORRECTION-FR", "fr",
        (
            Report("Agence A", "2024-03-02",
                   "ALGER (Agence A) - L'incendie d'un immeuble d'habitation a fait huit morts, selon la protection "
                   "civile."),
            Report("Agence B", "2024-03-03",
                   "ALGER (Agence B) - La protection civile a revu à la baisse le bilan de l'incendie, qui s'établit "
                   "désormais à six morts."),
        ),
        differences=(("correction", 8, 6),),
        absent=NO_CONFLICT,
        estimates=(6, 6, 6),
        origins=1,
    ),
    # ---- the injured of a blast updated by the police, English then French ------------------------------------------------
    Story(
        "S33-BLAST-INJURED-UPDATE-EN-FR", "en",
        (
            Report("Wire A", "2024-10-14",
                   "BRUSSELS (Wire A) - An explosion at a chemical plant near Antwerp injured 12 workers, police said on "
                   "Monday."),
            Report("Agence B", "2024-10-15",
                   "BRUXELLES (Agence B) - Le bilan de l'explosion de l'usine chimique près d'Anvers s'est alourdi à 17 "
                   "blessés, a indiqué la police mardi.", language="fr"),
        ),
        category="injuries",
        differences=(("update", 12, 17),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(17, 17, 17),
        origins=1,
    ),
    # ---- a family's dead told as a list beside the police's toll, English then German: one figure of three --------------
    Story(
        "S33-HOUSE-FIRE-FAMILY-EN-DE", "en",
        (
            Report("Wire A", "2024-01-21",
                   "BERLIN (Wire A) - A woman and her two children died in a fire at their apartment in eastern Berlin "
                   "overnight, police said."),
            Report("Agentur B", "2024-01-21",
                   "BERLIN (Agentur B) - Bei einem Wohnungsbrand im Osten Berlins sind in der Nacht drei Menschen ums "
                   "Leben gekommen, teilte die Polizei mit.", language="de"),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(3, 3, 3),
        origins=1,
    ),
]
