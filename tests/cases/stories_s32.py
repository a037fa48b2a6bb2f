"""Stories of round s32 (tests/cases/stories.py explains the rows): one event told in French beside German or
English reports: a toll that rises across three languages, a fire's toll corrected down by its own origin, a
subgroup of pupils, a region's dead beside the country's, a hospital's floor beside a ministry's figure, a real
conflict between a ministry and a rights commission, a ministry's figure told in two languages (one origin), the
injured of a train crash updated, a storm's toll updated, a province's dead alone ("Rien que dans la province de"),
a bus crash's toll revised down by the police, one strike's toll updated beside a war's running toll, the injured
with a part in care beside the same origin's total, and a government that owns up to a toll beside a rights group's
count."""

from __future__ import annotations

from tests.cases.stories import NO_CONFLICT, Report, Story

S32: list[Story] = [
    # ---- a toll that rises across three languages, one origin ---------------------------------------------------------
    Story(
        "S32-FERRY-UPDATE-FR-EN-DE", "fr",
        (
            Report("Agence A", "2024-05-06",
                   "DACCA (Agence A) - Le naufrage d'un ferry sur un fleuve du sud du Bangladesh a fait au moins 12 morts, "
                   "selon les garde-côtes."),
            Report("Wire B", "2024-05-07",
                   "DHAKA (Wire B) - The death toll from the ferry sinking in southern Bangladesh rose to 19 on Tuesday, "
                   "the coast guard said.", language="en"),
            Report("Agentur C", "2024-05-08",
                   "DHAKA (Agentur C) - Die Zahl der Toten nach dem Fährunglück im Süden von Bangladesch ist nach Angaben "
                   "der Küstenwache auf 26 gestiegen.", language="de"),
        ),
        differences=(("update", 12, 19), ("update", 19, 26)),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(26, 26, 26),
        origins=1,
    ),
    # ---- a fire's toll corrected down by its own origin, French then German --------------------------------------------
    Story(
        "S32-CLUB-FIRE-CORRECTION-FR-DE", "fr",
        (
            Report("Agence A", "2024-01-14",
                   "BUCAREST (Agence A) - L'incendie d'une discothèque du centre de la capitale roumaine a fait 15 morts, "
                   "selon les pompiers."),
            Report("Agentur B", "2024-01-15",
                   "BUKAREST (Agentur B) - Die Feuerwehr hat die Zahl der Toten nach dem Brand in der Diskothek am "
                   "Montag auf 13 nach unten korrigiert.", language="de"),
        ),
        differences=(("correction", 15, 13),),
        absent=NO_CONFLICT,
        estimates=(13, 13, 13),
        origins=1,
    ),
    # ---- a subgroup: children among the dead, English then French ------------------------------------------------------
    Story(
        "S32-SCHOOL-COLLAPSE-SUBGROUP-EN-FR", "en",
        (
            Report("Wire A", "2024-07-12",
                   "ABUJA (Wire A) - A two-storey school building collapsed in central Nigeria during classes, killing 22 "
                   "people, Nigeria's National Emergency Management Agency said on Friday."),
            Report("Agence B", "2024-07-12",
                   "ABUJA (Agence B) - Seize élèves figurent parmi les 22 morts de l'effondrement de l'école, a indiqué "
                   "l'Agence nationale de gestion des urgences.", language="fr"),
        ),
        differences=(("subgroup", 16, 22),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(22, 22, 22),
        origins=1,
    ),
    # ---- a town's dead beside the region's, German then French ---------------------------------------------------------
    Story(
        "S32-FLOOD-TOWN-ALONE-DE-FR", "de",
        (
            Report("Agentur A", "2024-10-30",
                   "MADRID (Agentur A) - Bei den Unwettern im Osten Spaniens sind nach Angaben der Regionalregierung "
                   "mindestens 95 Menschen ums Leben gekommen."),
            Report("Agence B", "2024-10-30",
                   "MADRID (Agence B) - Les inondations ont fait au moins 95 morts dans l'est de l'Espagne, dont 92 dans "
                   "la région de Valence, selon les autorités régionales.", language="fr"),
        ),
        differences=(("subarea", 92, 95),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(95, 95, None),
        origins=1,
    ),
    # ---- a hospital's floor beside a ministry's figure on one day, French and English: compatible ----------------------
    Story(
        "S32-MARKET-STRIKE-BOUNDS-FR-EN", "fr",
        (
            Report("Agence A", "2024-02-19",
                   "KHARTOUM (Agence A) - Au moins 20 personnes ont été tuées lundi dans le bombardement d'un marché de "
                   "Nyala, selon un médecin de l'hôpital de la ville."),
            Report("Wire B", "2024-02-19",
                   "PORT SUDAN (Wire B) - The shelling of a market in Nyala on Monday killed 31 people, Sudan's health "
                   "ministry said.", language="en"),
        ),
        differences=(("compatible", 20, 31),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(20, 31, None),
        origins=2,
    ),
    # ---- a real conflict between origins: a ministry's toll and the government's, English then French ------------------
    Story(
        "S32-PROTEST-CONFLICT-EN-FR", "en",
        (
            Report("Wire A", "2024-08-02",
                   "NAIROBI (Wire A) - Kenya's interior ministry said 11 people were killed on Thursday when police "
                   "dispersed protests against new taxes."),
            Report("Agence B", "2024-08-02",
                   "NAIROBI (Agence B) - La commission kényane des droits humains a recensé au moins 27 morts lors des "
                   "manifestations de jeudi.", language="fr"),
        ),
        differences=(("conflict", 11, 27),),
        status="conflict",
        origins=2,
    ),
    # ---- an agency's figure relayed by another: one origin --------------------------------------------------------------
    Story(
        "S32-MINE-RELAY-FR-DE", "fr",
        (
            Report("Agence A", "2024-09-10",
                   "BAMAKO (Agence A) - L'effondrement d'une mine d'or artisanale dans le sud-ouest du Mali a fait au "
                   "moins 48 morts, selon le ministère des Mines."),
            Report("Agentur B", "2024-09-10",
                   "BAMAKO (Agentur B) - Beim Einsturz einer Goldmine im Südwesten Malis sind nach Angaben des "
                   "Bergbauministeriums mindestens 48 Menschen ums Leben gekommen.", language="de"),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(48, 48, None),
        origins=1,
    ),
    # ---- the injured of a train crash updated, German then French --------------------------------------------------------
    Story(
        "S32-TRAIN-INJURED-UPDATE-DE-FR", "de",
        (
            Report("Agentur A", "2024-03-03",
                   "BERN (Agentur A) - Bei der Entgleisung eines Regionalzugs in der Westschweiz sind nach Angaben der "
                   "Polizei 14 Menschen verletzt worden."),
            Report("Agence B", "2024-03-04",
                   "LAUSANNE (Agence B) - Le bilan du déraillement du train régional s'est alourdi à 21 blessés, a "
                   "indiqué la police lundi.", language="fr"),
        ),
        category="injuries",
        differences=(("update", 14, 21),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(21, 21, 21),
        origins=1,
    ),
    # ---- a storm's toll rising in French, its first figure in English ----------------------------------------------------
    Story(
        "S32-STORM-UPDATE-EN-FR", "en",
        (
            Report("Wire A", "2024-09-16",
                   "WARSAW (Wire A) - Storm Boris has killed at least four people in Poland, the government said on "
                   "Monday."),
            Report("Agence B", "2024-09-17",
                   "VARSOVIE (Agence B) - Le bilan de la tempête Boris s'est alourdi à sept morts en Pologne, a annoncé "
                   "le gouvernement mardi.", language="fr"),
        ),
        differences=(("update", 4, 7),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(7, 7, 7),
        origins=1,
    ),
    # ---- a province's dead alone beside the country's: a smaller area, English then French -------------------------------
    Story(
        "S32-QUAKE-PROVINCE-ALONE-EN-FR", "en",
        (
            Report("Wire A", "2023-09-10",
                   "RABAT (Wire A) - The earthquake in Morocco has killed 2,012 people, the interior ministry said on "
                   "Sunday."),
            Report("Agence B", "2023-09-10",
                   "RABAT (Agence B) - Rien que dans la province de Taroudant, 452 personnes ont perdu la vie dans le "
                   "séisme, selon le ministère de l'Intérieur.", language="fr"),
        ),
        differences=(("subarea", 452, 2012),),
        absent=NO_CONFLICT,
        status="single",  # (one figure of the whole)
        estimates=(2012, 2012, 2012),
    ),
    # ---- a bus crash's toll revised down by the police, English then French ----------------------------------------------
    Story(
        "S32-BUS-CORRECTION-EN-FR", "en",
        (
            Report("Wire A", "2024-04-20",
                   "DAKAR (Wire A) - A bus plunged into a ravine in eastern Senegal on Saturday, killing 28 people, "
                   "police said."),
            Report("Agence B", "2024-04-21",
                   "DAKAR (Agence B) - La police a revu à la baisse dimanche le bilan de l'accident de l'autocar, qui "
                   "s'établit désormais à 24 morts.", language="fr"),
        ),
        differences=(("correction", 28, 24),),
        absent=NO_CONFLICT,
        estimates=(24, 24, 24),
        origins=1,
    ),
    # ---- one strike's toll updated, a war's running toll beside it (no part of the strike's), German then French --------
    Story(
        "S32-SCHOOL-STRIKE-UPDATE-DE-FR", "de",
        (
            Report("Agentur A", "2024-08-03",
                   "GAZA (Agentur A) - Bei einem israelischen Luftangriff auf eine Schule im Gazastreifen sind nach "
                   "Angaben des Gesundheitsministeriums der Hamas mindestens 16 Menschen getötet worden."),
            Report("Agence B", "2024-08-04",
                   "GAZA (Agence B) - La frappe israélienne sur l'école a fait 21 morts, selon le ministère de la Santé "
                   "du Hamas, qui fait état de plus de 39 000 morts depuis le début de la guerre.", language="fr"),
        ),
        differences=(("update", 16, 21),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(21, 21, 21),
        origins=1,  # (one event since s33stories: "Gaza" names the "Gaza Strip", event_pairs._town_names_region)
    ),
    # ---- the injured with a part in care as an emergency, French then English: the part no conflict ----------------------
    Story(
        "S32-BLAST-INJURED-PART-FR-EN", "fr",
        (
            Report("Agence A", "2024-11-05",
                   "LYON (Agence A) - L'explosion d'une conduite de gaz dans un immeuble de Villeurbanne a fait 16 blessés, "
                   "dont trois en urgence absolue, selon la préfecture."),
            Report("Wire B", "2024-11-05",
                   "PARIS (Wire B) - A gas explosion in an apartment building in Villeurbanne, near Lyon, injured 16 "
                   "people, the prefecture said.", language="en"),
        ),
        category="injuries",
        differences=(("subgroup", 3, 16),),
        absent=(*NO_CONFLICT, "update"),  # (the part in care no update of its whole)
        status="consistent",
        estimates=(16, 16, 16),
        origins=1,
    ),
    # ---- a government that owns up to a toll and a rights group's count: a real conflict, French then English -------------
    Story(
        "S32-UNREST-ACKNOWLEDGED-CONFLICT-FR-EN", "fr",
        (
            Report("Agence A", "2024-12-26",
                   "MAPUTO (Agence A) - Le gouvernement mozambicain a reconnu la mort de 21 personnes lors des violences "
                   "qui ont suivi la proclamation des résultats de l'élection présidentielle."),
            Report("Wire B", "2024-12-26",
                   "JOHANNESBURG (Wire B) - A Mozambican rights group said at least 110 people had been killed in the "
                   "unrest that followed the announcement of the presidential election results.", language="en"),
        ),
        differences=(("conflict", 21, 110),),
        status="conflict",
        origins=2,  # (the English report's dateline lies abroad and names the country by a demonym: place.dateline-abroad)
    ),
]
