"""More short multi-article stories: the shapes the first table (:mod:`tests.cases.stories`) has few of.

A correction downward by the same origin, two origins apart on one day, a range beside a point, "more
than 40" then "at least 164", a subgroup beside the toll in one sentence, a city alone beside the
country, a relay (an outlet citing another's figure: one origin), injured of whom some later died,
reports dated across a time zone, and a story told in two languages. Same row format and verdicts as
the first table; written in our own words in agency register (no sentence copied).
"""

from __future__ import annotations

from tests.cases.stories import NO_CONFLICT, Report, Story

SHAPES: list[Story] = [
    # ---- a correction downward by the same origin ----------------------------------------------------------
    Story(
        "S28-COLLAPSE-REVISED-DOWN-EN", "en",
        (
            Report("Wire A", "2024-04-03",
                   "NAIROBI (Wire A) - A six-storey residential building collapsed in the Kenyan capital on Wednesday, "
                   "killing 58 people, the fire brigade said."),
            Report("Wire B", "2024-04-04",
                   "NAIROBI (Wire B) - The fire brigade revised the death toll from the building collapse down to 52 "
                   "on Thursday, saying some remains had been counted twice."),
        ),
        differences=(("correction", 58, 52),),
        absent=NO_CONFLICT,
        estimates=(52, 52, 52),
        origins=1,
    ),
    Story(
        "S28-COLLAPSE-REVISED-DOWN-DE", "de",
        (
            Report("Agentur A", "2024-04-03",
                   "NAIROBI (Agentur A) - Beim Einsturz eines sechsstöckigen Wohnhauses in der kenianischen Hauptstadt "
                   "sind nach Angaben der Feuerwehr 58 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-04-04",
                   "NAIROBI (Agentur B) - Die Feuerwehr hat die Zahl der Toten nach dem Hauseinsturz in Nairobi am "
                   "Donnerstag auf 52 nach unten korrigiert."),
        ),
        differences=(("correction", 58, 52),),
        absent=NO_CONFLICT,
        estimates=(52, 52, 52),
        origins=1,
    ),
    Story(
        "S28-COLLAPSE-REVISED-DOWN-FR", "fr",
        (
            Report("Agence A", "2024-04-03",
                   "NAIROBI (Agence A) - L'effondrement d'un immeuble d'habitation de six étages dans la capitale "
                   "kényane a fait 58 morts, selon les pompiers."),
            Report("Agence B", "2024-04-04",
                   "NAIROBI (Agence B) - Les pompiers ont revu à la baisse jeudi le bilan de l'effondrement, qui "
                   "s'établit désormais à 52 morts."),
        ),
        differences=(("correction", 58, 52),),
        absent=NO_CONFLICT,
        estimates=(52, 52, 52),
        origins=1,
    ),
    # ---- two origins apart on one day -------------------------------------------------------------------------
    Story(
        "S28-STRIKE-CONFLICT-ONE-DAY-FR", "fr",
        (
            Report("Agence A", "2024-05-27",
                   "GAZA (Agence A) - Une frappe aérienne sur un camp de déplacés à Rafah a fait 45 morts, a annoncé "
                   "lundi le ministère de la Santé local."),
            Report("Agence B", "2024-05-27",
                   "JÉRUSALEM (Agence B) - L'armée a affirmé lundi que la frappe sur Rafah avait tué 12 personnes, "
                   "toutes membres d'un groupe armé."),
        ),
        differences=(("conflict", 12, 45),),
        status="conflict",
        origins=2,
    ),
    Story(
        "S28-RIOT-CONFLICT-ONE-DAY-EN", "en",
        (
            Report("Wire A", "2024-10-28",
                   "MAPUTO (Wire A) - Police in Mozambique said on Monday that three people had been killed in riots "
                   "after the disputed election."),
            Report("Wire B", "2024-10-28",
                   "MAPUTO (Wire B) - A civil society group monitoring the unrest said at least 18 people had been shot "
                   "dead by the police since Thursday."),
        ),
        differences=(("conflict", 3, 18),),
        status="conflict",
        origins=2,
    ),
    Story(
        "S28-RIOT-CONFLICT-ONE-DAY-DE", "de",
        (
            Report("Agentur A", "2024-10-28",
                   "MAPUTO (Agentur A) - Bei den Unruhen nach der umstrittenen Wahl in Mosambik sind nach Angaben der "
                   "Polizei drei Menschen getötet worden."),
            Report("Agentur B", "2024-10-28",
                   "MAPUTO (Agentur B) - Eine Beobachtergruppe der Zivilgesellschaft zählte bei den Unruhen mindestens "
                   "18 Tote."),
        ),
        differences=(("conflict", 3, 18),),
        status="conflict",
        origins=2,
    ),
    # ---- a range beside a point ----------------------------------------------------------------------------------
    Story(
        "S28-LANDSLIDE-RANGE-POINT-DE", "de",
        (
            Report("Agentur A", "2024-07-30",
                   "NEU-DELHI (Agentur A) - Bei Erdrutschen im südindischen Bundesstaat Kerala sind nach Schätzungen "
                   "der Rettungskräfte zwischen 30 und 40 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-07-30",
                   "NEU-DELHI (Agentur B) - Die Landesregierung teilte mit, bei den Erdrutschen in Kerala seien 36 "
                   "Menschen gestorben."),
        ),
        differences=(("compatible", 30, 36),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=2,
    ),
    Story(
        "S28-LANDSLIDE-RANGE-POINT-FR", "fr",
        (
            Report("Agence A", "2024-07-30",
                   "NEW DELHI (Agence A) - Des glissements de terrain dans l'État du Kerala ont fait entre 30 et 40 "
                   "morts, selon les secouristes."),
            Report("Agence B", "2024-07-30",
                   "NEW DELHI (Agence B) - Le gouvernement régional a fait état de 36 morts dans les glissements de "
                   "terrain au Kerala."),
        ),
        differences=(("compatible", 30, 36),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=2,
    ),
    Story(
        "S28-LANDSLIDE-RANGE-APART-EN", "en",
        (
            Report("Wire A", "2024-07-30",
                   "NEW DELHI (Wire A) - Between 30 and 40 people are feared dead after landslides hit tea plantations "
                   "in the southern Indian state of Kerala, rescue workers said."),
            Report("Wire B", "2024-07-30",
                   "NEW DELHI (Wire B) - The Kerala state government said 93 people had been killed in the landslides."),
        ),
        differences=(("conflict", 30, 93),),
        status="conflict",
        origins=2,
    ),
    # ---- "more than 40" then "at least 164" -----------------------------------------------------------------------
    Story(
        "S28-FLOOD-MORE-THAN-AT-LEAST-EN", "en",
        (
            Report("Wire A", "2024-05-11",
                   "KABUL (Wire A) - Flash floods in northern Afghanistan have killed more than 40 people, the Taliban "
                   "government's disaster ministry said on Saturday."),
            Report("Wire B", "2024-05-12",
                   "KABUL (Wire B) - The death toll from the flash floods in northern Afghanistan has risen to at least "
                   "164, the disaster ministry said on Sunday."),
        ),
        differences=(("update", 40, 164),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(164, 164, None),
        origins=1,
    ),
    Story(
        "S28-FLOOD-MORE-THAN-AT-LEAST-DE", "de",
        (
            Report("Agentur A", "2024-05-11",
                   "KABUL (Agentur A) - Bei Sturzfluten im Norden Afghanistans sind nach Angaben des "
                   "Katastrophenschutzministeriums mehr als 40 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-05-12",
                   "KABUL (Agentur B) - Die Zahl der Toten nach den Sturzfluten in Afghanistan ist nach Angaben des "
                   "Katastrophenschutzministeriums auf mindestens 164 gestiegen."),
        ),
        differences=(("update", 40, 164),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(164, 164, None),
        origins=1,
    ),
    Story(
        "S28-FLOOD-MORE-THAN-AT-LEAST-FR", "fr",
        (
            Report("Agence A", "2024-05-11",
                   "KABOUL (Agence A) - Des crues soudaines ont fait plus de 40 morts dans le nord de l'Afghanistan, "
                   "selon le ministère de la Gestion des catastrophes."),
            Report("Agence B", "2024-05-12",
                   "KABOUL (Agence B) - Le bilan des crues dans le nord de l'Afghanistan s'est alourdi à au moins 164 "
                   "morts, selon le ministère de la Gestion des catastrophes."),
        ),
        differences=(("update", 40, 164),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(164, 164, None),
        origins=1,
    ),
    # ---- a subgroup beside the toll in the same sentence -------------------------------------------------------
    Story(
        "S28-FIRE-CHILDREN-AMONG-EN", "en",
        (
            Report("Wire A", "2024-05-26",
                   "RAJKOT, India (Wire A) - A fire at an amusement arcade in western India killed 27 people, including "
                   "nine children, police said on Sunday."),
            Report("Wire B", "2024-05-26",
                   "AHMEDABAD, India (Wire B) - Police said 27 people died in the fire at the gaming arcade."),
        ),
        differences=(("subgroup", 9, 27),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(27, 27, 27),
        origins=1,
    ),
    Story(
        "S28-FIRE-CHILDREN-AMONG-DE", "de",
        (
            Report("Agentur A", "2024-05-26",
                   "NEU-DELHI (Agentur A) - Bei einem Brand in einer Spielhalle im Westen Indiens sind nach Angaben der "
                   "Polizei 27 Menschen ums Leben gekommen, darunter neun Kinder."),
            Report("Agentur B", "2024-05-26",
                   "NEU-DELHI (Agentur B) - Die Polizei sprach von 27 Toten bei dem Feuer in der Spielhalle."),
        ),
        differences=(("subgroup", 9, 27),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(27, 27, 27),
        origins=1,
    ),
    Story(
        "S28-FIRE-CHILDREN-AMONG-FR", "fr",
        (
            Report("Agence A", "2024-05-26",
                   "NEW DELHI (Agence A) - L'incendie d'une salle de jeux dans l'ouest de l'Inde a fait 27 morts, dont "
                   "neuf enfants, selon la police."),
            Report("Agence B", "2024-05-26",
                   "NEW DELHI (Agence B) - La police a fait état de 27 morts dans l'incendie de la salle de jeux."),
        ),
        differences=(("subgroup", 9, 27),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(27, 27, 27),
        origins=1,
    ),
    # ---- a city alone beside the country -------------------------------------------------------------------------
    Story(
        "S28-UNREST-CITY-ALONE-EN", "en",
        (
            Report("Wire A", "2022-01-15",
                   "ALMATY (Wire A) - The unrest in Kazakhstan left 225 people dead, the prosecutor general's office said "
                   "on Saturday. In Almaty alone 103 people died."),
            Report("Wire B", "2022-01-15",
                   "MOSCOW (Wire B) - Kazakhstan's prosecutor general said 225 people had been killed in the unrest."),
        ),
        differences=(("subarea", 103, 225),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(225, 225, 225),
        origins=1,
    ),
    Story(
        "S28-FLOOD-DISTRICT-ALONE-DE", "de",
        (
            Report("Agentur A", "2021-07-18",
                   "MAINZ (Agentur A) - Bei der Flutkatastrophe in Rheinland-Pfalz sind nach Angaben der Polizei "
                   "mindestens 117 Menschen ums Leben gekommen. Allein in Bad Neuenahr-Ahrweiler wurden 110 Tote "
                   "geborgen."),
            Report("Agentur B", "2021-07-18",
                   "KOBLENZ (Agentur B) - Die Polizei sprach von mindestens 117 Toten in Rheinland-Pfalz."),
        ),
        differences=(("subarea", 110, 117),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=1,
    ),
    Story(
        "S28-QUAKE-CITY-ALONE-FR", "fr",
        (
            Report("Agence A", "2023-02-08",
                   "ANKARA (Agence A) - Le séisme a fait au moins 3 500 morts en Syrie, selon les autorités. Rien qu'à "
                   "Alep, 1 200 personnes ont péri."),
            Report("Agence B", "2023-02-08",
                   "DAMAS (Agence B) - Les autorités ont fait état d'au moins 3 500 morts en Syrie."),
        ),
        differences=(("subarea", 1200, 3500),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=1,
    ),
    # ---- a relay: an outlet citing another's figure ----------------------------------------------------------
    Story(
        "S28-BLAST-RELAY-EN", "en",
        (
            Report("Wire A", "2024-01-03",
                   "KERMAN, Iran (Wire A) - Two explosions near a memorial ceremony in southern Iran killed 84 people, "
                   "the interior minister said on state television."),
            Report("Wire B", "2024-01-03",
                   "DUBAI (Wire B) - At least 84 people were killed in the twin blasts in Kerman, Iranian state "
                   "television reported, quoting the interior minister."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(84, 84, None),
        origins=1,
    ),
    Story(
        "S28-BLAST-RELAY-DE", "de",
        (
            Report("Agentur A", "2024-01-03",
                   "TEHERAN (Agentur A) - Bei zwei Explosionen nahe einer Gedenkfeier im Süden Irans sind nach Angaben "
                   "des Innenministers 84 Menschen getötet worden."),
            Report("Agentur B", "2024-01-03",
                   "DUBAI (Agentur B) - Das iranische Staatsfernsehen meldete unter Berufung auf den Innenminister 84 "
                   "Tote bei den Explosionen in Kerman."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(84, 84, 84),
        origins=1,
    ),
    Story(
        "S28-BLAST-RELAY-FR", "fr",
        (
            Report("Agence A", "2024-01-03",
                   "TÉHÉRAN (Agence A) - Deux explosions près d'une cérémonie commémorative dans le sud de l'Iran ont "
                   "fait 84 morts, selon le ministre de l'Intérieur."),
            Report("Agence B", "2024-01-03",
                   "DUBAÏ (Agence B) - La télévision d'État, citant le ministre de l'Intérieur, a fait état de 84 morts "
                   "dans les explosions de Kerman."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(84, 84, 84),
        origins=1,
    ),
    # ---- injured of whom some later died ---------------------------------------------------------------------
    Story(
        "S28-BUS-INJURED-LATER-DIED-EN", "en",
        (
            Report("Wire A", "2024-08-20",
                   "TEHRAN (Wire A) - A bus carrying pilgrims overturned in central Iran, killing 28 people and injuring "
                   "23, state media said."),
            Report("Wire B", "2024-08-21",
                   "TEHRAN (Wire B) - Of the 23 people injured in the bus crash, three later died in hospital, bringing "
                   "the death toll to 31, state media said on Wednesday."),
        ),
        differences=(("update", 28, 31),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(31, 31, 31),
        origins=1,
    ),
    Story(
        "S28-BUS-INJURED-LATER-DIED-DE", "de",
        (
            Report("Agentur A", "2024-08-20",
                   "TEHERAN (Agentur A) - Beim Unfall eines Pilgerbusses im Zentrum Irans sind nach Angaben der "
                   "Staatsmedien 28 Menschen getötet und 23 weitere verletzt worden."),
            Report("Agentur B", "2024-08-21",
                   "TEHERAN (Agentur B) - Von den 23 Verletzten des Busunglücks sind drei später im Krankenhaus "
                   "gestorben. Die Zahl der Toten stieg damit auf 31, wie die Staatsmedien berichteten."),
        ),
        differences=(("update", 28, 31),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(31, 31, 31),
        origins=1,
    ),
    Story(
        "S28-BUS-INJURED-LATER-DIED-ONLY-EN", "en",
        (
            Report("Wire A", "2024-08-20",
                   "TEHRAN (Wire A) - A bus carrying pilgrims overturned in central Iran, killing 28 people and injuring "
                   "23, state media said."),
            Report("Wire B", "2024-08-21",
                   "TEHRAN (Wire B) - Three of the 23 people injured in the bus crash later died in hospital, state "
                   "media said on Wednesday."),
        ),
        absent=NO_CONFLICT,
    ),
    # ---- protests with arrests ----------------------------------------------------------------------------------
    Story(
        "S28-PROTEST-ARRESTS-UPDATE-FR", "fr",
        (
            Report("Agence A", "2023-06-30",
                   "PARIS (Agence A) - La police a interpellé 667 personnes lors d'une troisième nuit de violences "
                   "urbaines, a annoncé le ministère de l'Intérieur."),
            Report("Agence B", "2023-07-01",
                   "PARIS (Agence B) - Le ministère de l'Intérieur a fait état de 1 311 interpellations dans la nuit de "
                   "vendredi à samedi."),
        ),
        category="arrests",
        absent=("conflict", "part_exceeds_whole"),
        origins=1,
    ),
    Story(
        "S28-PROTEST-ARRESTS-CONFLICT-EN", "en",
        (
            Report("Wire A", "2024-11-16",
                   "TBILISI (Wire A) - Georgian police said they had detained 42 people during protests outside "
                   "parliament on Saturday."),
            Report("Wire B", "2024-11-16",
                   "TBILISI (Wire B) - Opposition leaders said more than 120 demonstrators had been detained by police "
                   "during Saturday's protest."),
        ),
        category="arrests",
        differences=(("conflict", 42, 120),),
        status="conflict",
        origins=2,
    ),
    # ---- reports dated across a time zone ----------------------------------------------------------------------
    Story(
        "S28-QUAKE-TIME-ZONE-EN", "en",
        (
            Report("Wire A", "2024-01-01",
                   "TOKYO (Wire A) - A powerful earthquake struck central Japan on New Year's Day, killing at least four "
                   "people, the local government said."),
            Report("Wire B", "2024-01-02",
                   "WAJIMA, Japan (Wire B) - The death toll from the earthquake that hit Japan's Noto peninsula rose to "
                   "48 on Tuesday, the local government said."),
            Report("Wire C", "2024-01-01",
                   "NEW YORK (Wire C) - Japan's New Year's Day earthquake has killed at least 30 people, the local "
                   "government said."),
        ),
        differences=(("update", 30, 48),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(48, 48, 48),
        origins=1,
    ),
    # ---- one story in two languages --------------------------------------------------------------------------
    Story(
        "S28-TRAIN-MIXED-LANGUAGES-DE-EN", "de",
        (
            Report("Agentur A", "2023-02-28",
                   "ATHEN (Agentur A) - Beim Zusammenstoß zweier Züge in Griechenland sind nach Angaben der Feuerwehr "
                   "mindestens 32 Menschen ums Leben gekommen."),
            Report("Wire B", "2023-03-01",
                   "LARISSA, Greece (Wire B) - The death toll from the train collision in central Greece rose to 46, "
                   "the fire service said on Wednesday.", language="en"),
        ),
        differences=(("update", 32, 46),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(46, 46, 46),
        origins=1,
    ),
    Story(
        "S28-SIEGE-MIXED-LANGUAGES-FR-EN", "fr",
        (
            Report("Agence A", "2024-03-22",
                   "MOSCOU (Agence A) - L'attaque d'une salle de concert près de Moscou a fait au moins 40 morts, selon "
                   "le FSB."),
            Report("Wire B", "2024-03-23",
                   "MOSCOW (Wire B) - Russia's Investigative Committee said the death toll from the concert hall attack "
                   "had risen to 133.", language="en"),
            Report("Agence C", "2024-03-24",
                   "MOSCOU (Agence C) - Le bilan de l'attaque de la salle de concert s'est alourdi à 137 morts, selon le "
                   "Comité d'enquête."),
        ),
        differences=(("update", 133, 137),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(137, 137, 137),
    ),
    # ---- a siege, a crash, an outlet's own tally relayed ------------------------------------------------------
    Story(
        "S28-SIEGE-HOTEL-UPDATE-EN", "en",
        (
            Report("Wire A", "2024-03-15",
                   "MOGADISHU (Wire A) - Somali security forces ended a 13-hour siege of a hotel near the presidential "
                   "palace, and at least nine people were killed, police said on Friday."),
            Report("Wire B", "2024-03-16",
                   "MOGADISHU (Wire B) - The death toll from the hotel siege in the Somali capital rose to 21, police "
                   "said on Saturday."),
        ),
        differences=(("update", 9, 21),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(21, 21, 21),
        origins=1,
    ),
    Story(
        "S28-BUS-CRASH-BOUNDS-FR", "fr",
        (
            Report("Agence A", "2024-02-06",
                   "DAKAR (Agence A) - La collision entre deux autocars sur une route nationale du centre du Sénégal a "
                   "fait au moins 20 morts, selon la gendarmerie."),
            Report("Agence B", "2024-02-06",
                   "DAKAR (Agence B) - Le directeur de l'hôpital régional a fait état de 22 morts dans l'accident des "
                   "deux autocars."),
        ),
        differences=(("compatible", 20, 22),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(20, 22, None),
        origins=2,
    ),
    Story(
        "S28-PROTEST-OUTLET-TALLY-RELAY-DE", "de",
        (
            Report("Agentur A", "2024-07-21",
                   "DHAKA (Agentur A) - Bei den Studentenprotesten in Bangladesch sind nach einer Zählung der Agentur A "
                   "mindestens 133 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-07-21",
                   "DHAKA (Agentur B) - Nach einer Zählung der Agentur A kamen bei den Protesten in Bangladesch "
                   "mindestens 133 Menschen ums Leben."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(133, 133, None),
        origins=1,
    ),
    # ---- known misses of round s28, fixed in s29 ------------------------------------------------------------
    Story(
        "S28-QUAKE-UTC-OFFSET-EN", "en",
        (
            Report("Wire A", "2024-01-02T09:00:00+09:00",
                   "TOKYO (Wire A) - At least 30 people were killed in the earthquake that struck central Japan, the "
                   "local government said."),
            Report("Wire B", "2024-01-01T23:30:00-05:00",
                   "NEW YORK (Wire B) - The death toll from the earthquake in Japan rose to 48, the local government "
                   "said."),
        ),
        differences=(("update", 30, 48),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(48, 48, 48),
        origins=1,
        # report_days.INSTANT_DAY_RULE: both on 2024-01-02 UTC, the New York report the later
    ),
    Story(
        "S28-LANDSLIDE-OWNER-PLACE-DE", "de",
        (
            Report("Agentur A", "2024-07-30",
                   "NEU-DELHI (Agentur A) - Bei Erdrutschen im südindischen Bundesstaat Kerala sind nach Schätzungen "
                   "der Rettungskräfte zwischen 30 und 40 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-07-30",
                   "NEU-DELHI (Agentur B) - Die Landesregierung von Kerala teilte mit, bei den Erdrutschen seien 36 "
                   "Menschen gestorben."),
        ),
        differences=(("compatible", 30, 36),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=2,
        # place.jurisdiction-of-speaker: the state that owns the speaker counts the figure, not the dateline's capital
    ),
]
