"""Short multi-article stories and the verdicts a careful fact-checker gives on them.

Each row is one story of two to five short reports in one language (German, English or French),
written in our own words in the register of agency copy (events and figures may be modelled on real
ones; no sentence is copied), and what reconcile must say about the figures of one category:

- ``differences``: pairs ``(reason, figure, other figure)`` that must be among the differences of
  that category (``figure`` is the earlier one or the part, ``other`` the later one or the whole; for
  two figures of one day, the lower first), e.g. ``("update", 26, 164)``;
- ``absent``: reasons that must not explain any difference of that category (an update is no
  conflict, a relay of the same figure no confirmation);
- ``status``: the verdict on the toll, the one quantity of that category that is no part of another
  (one event, one toll: a subarea or subgroup is a part with a parent);
- ``estimates``: the toll's low, best and high (``None``: unbounded);
- ``origins``: how many independent origins the toll's figures come from.

Known misses are strict xfail rows, their reason opening with the class of defect.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Report:
    outlet: str
    day: str
    text: str
    language: str | None = None
    """the report's own language when it is not the story's (a story told in two languages)"""


@dataclass(frozen=True)
class Story:
    id: str
    language: str
    reports: tuple[Report, ...]
    category: str = "deaths"
    differences: tuple[tuple[str, int | None, int | None], ...] = ()
    absent: tuple[str, ...] = ()
    status: str | None = None
    estimates: tuple[int | None, int | None, int | None] | None = None
    origins: int | None = None
    events: tuple[int, ...] | None = None
    """the event of each report, for a set of reports of several events (a quake, its aftershock days later): the
    verdicts are the first report's event's; no quantity of the category may hold figures of two events"""
    xfail: str | None = field(default=None, compare=False)
    """a known miss of the verdicts, whether or not the caller names the story's event"""
    split: str | None = field(default=None, compare=False)
    """a known miss only when reconcile resolves the events itself (the story split over events)"""


NO_CONFLICT = ("conflict", "decrease", "part_exceeds_whole")
"""What a story without a real disagreement must never be called."""

STORIES: list[Story] = [
    # ---- a later update from one origin --------------------------------------------------------------
    Story(
        "QUAKE-UPDATE-DE", "de",
        (
            Report("Agentur A", "2023-10-07",
                   "HERAT (Agentur A) - Bei einem schweren Erdbeben im Westen Afghanistans sind nach Angaben des "
                   "Gesundheitsministeriums mindestens 26 Menschen ums Leben gekommen. Hunderte Häuser stürzten ein."),
            Report("Agentur B", "2023-10-09",
                   "KABUL (Agentur B) - Die Zahl der Todesopfer des Erdbebens in Afghanistan ist auf mindestens 164 "
                   "gestiegen. Das berichtete das Staatsfernsehen unter Berufung auf das Gesundheitsministerium."),
        ),
        differences=(("update", 26, 164),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(164, 164, None),
        origins=1,
    ),
    Story(
        "QUAKE-UPDATE-EN", "en",
        (
            Report("Wire A", "2023-09-09",
                   "MARRAKECH (Wire A) - A powerful earthquake struck Morocco's High Atlas mountains overnight, killing "
                   "at least 290 people, the interior ministry said."),
            Report("Wire B", "2023-09-10",
                   "RABAT (Wire B) - The death toll from the earthquake in Morocco rose to 830, the interior ministry "
                   "said on Sunday. Rescuers were still digging through the rubble of mountain villages."),
            Report("Wire A", "2023-09-11",
                   "RABAT (Wire A) - Moroccan state television said the number of people killed in the earthquake had "
                   "climbed to 2,010, citing the interior ministry."),
        ),
        differences=(("update", 290, 830), ("update", 830, 2010)),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(2010, 2010, 2010),
        origins=1,
    ),
    Story(
        "HEAT-UPDATE-FR", "fr",
        (
            Report("Agence A", "2022-07-14",
                   "MADRID (Agence A) - La vague de chaleur qui frappe l'Espagne a fait au moins 15 morts, selon le "
                   "ministère de la Santé."),
            Report("Agence B", "2022-07-17",
                   "MADRID (Agence B) - Le bilan de la canicule en Espagne s'est alourdi à 32 morts, a annoncé dimanche "
                   "le ministère de la Santé."),
        ),
        differences=(("update", 15, 32),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(32, 32, 32),
        origins=1,
    ),
    Story(
        "SHOOTING-UPDATE-DE", "de",
        (
            Report("Agentur A", "2024-03-04",
                   "BELGRAD (Agentur A) - Bei Schüssen in einer Schule in Belgrad sind nach Angaben der Polizei zwei "
                   "Menschen getötet worden. Der mutmaßliche Schütze wurde festgenommen."),
            Report("Agentur B", "2024-03-05",
                   "BELGRAD (Agentur B) - Die Zahl der Toten nach den Schüssen an einer Belgrader Schule ist auf drei "
                   "gestiegen, teilte die Polizei mit. Ein schwer verletzter Schüler starb in der Nacht im Krankenhaus."),
        ),
        differences=(("update", 2, 3),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(3, 3, 3),
        origins=1,
    ),
    # ---- a real conflict between origins ----------------------------------------------------------------
    Story(
        "PROTEST-CONFLICT-EN", "en",
        (
            Report("Wire A", "2023-09-05",
                   "CONAKRY (Wire A) - Guinea's government said nine people were killed on Tuesday when security forces "
                   "broke up opposition protests in the capital."),
            Report("Wire B", "2023-09-05",
                   "CONAKRY (Wire B) - The opposition coalition said at least 23 people had been shot dead by police "
                   "during Tuesday's protests in Conakry. The government put the toll at nine."),
        ),
        differences=(("conflict", 9, 23),),
        status="conflict",
        origins=2,
    ),
    Story(
        "PROTEST-CONFLICT-DE", "de",
        (
            Report("Agentur A", "2024-06-26",
                   "NAIROBI (Agentur A) - Bei den Protesten gegen Steuererhöhungen in Kenia sind nach Angaben des "
                   "Innenministeriums 19 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-06-26",
                   "NAIROBI (Agentur B) - Die kenianische Menschenrechtskommission zählte bei den Protesten mindestens 39 "
                   "Tote. Die Regierung sprach von 19 Toten."),
        ),
        differences=(("conflict", 19, 39),),
        status="conflict",
        origins=2,
    ),
    # ---- a smaller area ------------------------------------------------------------------------------------
    Story(
        "FLOOD-SUBAREA-EN", "en",
        (
            Report("Wire A", "2022-07-26",
                   "ISLAMABAD (Wire A) - Monsoon rains and floods have killed 230 people across Pakistan since mid-June, "
                   "the National Disaster Management Authority said on Tuesday, 103 of them in Sindh province."),
            Report("Wire B", "2022-07-26",
                   "KARACHI (Wire B) - Pakistan's disaster agency said 230 people had died in the floods nationwide."),
        ),
        differences=(("subarea", 103, 230),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(230, 230, 230),
        origins=1,
    ),
    Story(
        "FLOOD-SUBAREA-DE", "de",
        (
            Report("Agentur A", "2023-09-12",
                   "BENGASI (Agentur A) - Bei den Überschwemmungen im Osten Libyens sind nach Angaben der Behörden mehr "
                   "als 2.000 Menschen ums Leben gekommen. Allein in der Hafenstadt Derna wurden 1.500 Tote gezählt."),
            Report("Agentur B", "2023-09-12",
                   "TRIPOLIS (Agentur B) - Nach den Überschwemmungen in Libyen sprachen die Behörden von mehr als 2.000 "
                   "Toten."),
        ),
        differences=(("subarea", 1500, 2000),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=1,
    ),
    # ---- compatible bounds ---------------------------------------------------------------------------------
    Story(
        "MINE-BOUNDS-EN", "en",
        (
            Report("Wire A", "2022-10-15",
                   "AMASRA, Turkey (Wire A) - At least 40 miners were killed in an explosion at a coal mine in northern "
                   "Turkey, the interior minister said on Saturday."),
            Report("Wire B", "2022-10-15",
                   "AMASRA, Turkey (Wire B) - The miners' union said 45 workers died in the blast at the state-run mine."),
        ),
        differences=(("compatible", 40, 45),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(40, 45, None),
        origins=2,
    ),
    Story(
        "MINE-BOUNDS-DE", "de",
        (
            Report("Agentur A", "2023-02-23",
                   "PEKING (Agentur A) - Beim Einsturz eines Tagebaus in der Inneren Mongolei sind nach Angaben der "
                   "Provinzregierung mindestens 40 Bergleute ums Leben gekommen."),
            Report("Agentur B", "2023-02-23",
                   "PEKING (Agentur B) - Ein Sprecher der Bergarbeitergewerkschaft sagte, 45 Arbeiter seien bei dem "
                   "Unglück in der Inneren Mongolei gestorben."),
        ),
        differences=(("compatible", 40, 45),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(40, 45, None),
        origins=2,
    ),
    # ---- a subgroup ----------------------------------------------------------------------------------------
    Story(
        "STAMPEDE-SUBGROUP-EN", "en",
        (
            Report("Wire A", "2024-07-02",
                   "LUCKNOW, India (Wire A) - A stampede at a religious gathering in northern India killed 40 people, "
                   "police said on Tuesday."),
            Report("Wire B", "2024-07-02",
                   "LUCKNOW, India (Wire B) - Police said 12 children were among the 40 people killed in the stampede."),
        ),
        differences=(("subgroup", 12, 40),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(40, 40, 40),
        origins=1,
    ),
    Story(
        "STAMPEDE-SUBGROUP-DE", "de",
        (
            Report("Agentur A", "2024-07-02",
                   "NEU-DELHI (Agentur A) - Bei einer Massenpanik während eines religiösen Festes im Norden Indiens sind "
                   "nach Angaben der Polizei 40 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-07-02",
                   "NEU-DELHI (Agentur B) - Unter den 40 Toten der Massenpanik sind nach Polizeiangaben zwölf Kinder."),
        ),
        differences=(("subgroup", 12, 40),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(40, 40, 40),
        origins=1,
    ),
    Story(
        "STAMPEDE-SUBGROUP-FR", "fr",
        (
            Report("Agence A", "2021-12-24",
                   "CONAKRY (Agence A) - Une bousculade lors d'un concert dans la capitale guinéenne a fait 40 morts, "
                   "selon le gouvernement."),
            Report("Agence B", "2021-12-24",
                   "CONAKRY (Agence B) - Douze enfants figurent parmi les 40 morts de la bousculade, a indiqué le "
                   "gouvernement."),
        ),
        differences=(("subgroup", 12, 40),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(40, 40, 40),
        origins=1,
    ),
    # ---- a correction --------------------------------------------------------------------------------------
    Story(
        "FERRY-CORRECTION-EN", "en",
        (
            Report("Wire A", "2023-05-22",
                   "MANILA (Wire A) - A passenger ferry caught fire and sank off the southern Philippines, killing 19 "
                   "people, the coast guard said on Monday."),
            Report("Wire B", "2023-05-23",
                   "MANILA (Wire B) - The Philippine coast guard lowered the death toll from the ferry fire to 17 on "
                   "Tuesday, saying two victims had been counted twice."),
        ),
        differences=(("correction", 19, 17),),
        absent=NO_CONFLICT,
        estimates=(17, 17, 17),
        origins=1,
    ),
    Story(
        "FERRY-CORRECTION-DE", "de",
        (
            Report("Agentur A", "2023-05-22",
                   "MANILA (Agentur A) - Beim Brand einer Fähre vor der Küste der Südphilippinen sind nach Angaben der "
                   "Küstenwache 21 Menschen ums Leben gekommen."),
            Report("Agentur B", "2023-05-23",
                   "MANILA (Agentur B) - Die philippinische Küstenwache hat die Zahl der Toten nach dem Fährunglück auf "
                   "18 korrigiert. Drei Opfer seien doppelt gezählt worden."),
        ),
        differences=(("correction", 21, 18),),
        absent=NO_CONFLICT,
        estimates=(18, 18, 18),
        origins=1,
    ),
    # ---- one origin relayed by several agencies ------------------------------------------------------------
    Story(
        "AIRSTRIKE-RELAY-EN", "en",
        (
            Report("Wire A", "2023-09-10",
                   "KHARTOUM (Wire A) - An air strike on a market in southern Khartoum killed 31 people, Sudan's health "
                   "ministry said on Sunday."),
            Report("Wire B", "2023-09-10",
                   "KHARTOUM (Wire B) - At least 31 people were killed when a warplane bombed a market in the capital, "
                   "state television reported, citing the health ministry."),
            Report("Wire C", "2023-09-10",
                   "CAIRO (Wire C) - The health ministry in Khartoum said 31 people died in Sunday's air strike."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(31, 31, None),
        origins=1,
    ),
    Story(
        "AIRSTRIKE-RELAY-DE", "de",
        (
            Report("Agentur A", "2023-09-10",
                   "KHARTUM (Agentur A) - Bei einem Luftangriff auf einen Markt im Süden Khartums sind nach Angaben des "
                   "sudanesischen Gesundheitsministeriums 31 Menschen getötet worden."),
            Report("Agentur B", "2023-09-10",
                   "KAIRO (Agentur B) - Das Gesundheitsministerium in Khartum sprach von 31 Toten bei dem Luftangriff."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(31, 31, 31),
        origins=1,
    ),
    # ---- independent origins that agree ------------------------------------------------------------------
    Story(
        "FLOOD-CONFIRM-EN", "en",
        (
            Report("Wire A", "2024-05-11",
                   "KABUL (Wire A) - Flash floods in Afghanistan's northern Baghlan province killed 48 people, a "
                   "provincial official said on Saturday."),
            Report("Wire B", "2024-05-11",
                   "KABUL (Wire B) - The UN World Food Programme said 48 people had died in the floods in Baghlan."),
        ),
        differences=(("compatible", 48, 48),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(48, 48, 48),
        origins=2,
    ),
    # ---- an unexplained fall -------------------------------------------------------------------------------
    Story(
        "PROTEST-DECREASE-EN", "en",
        (
            Report("Wire A", "2022-11-20",
                   "LIMA (Wire A) - Twelve people were killed in clashes between protesters and police in southern Peru, "
                   "the ombudsman's office said on Sunday."),
            Report("Wire B", "2022-11-21",
                   "LIMA (Wire B) - The ombudsman's office said on Monday that nine people had died in the clashes."),
        ),
        differences=(("decrease", 12, 9),),
        status="suspicious",
        origins=1,
    ),
    # ---- a vague figure beside an exact one ----------------------------------------------------------------
    Story(
        "QUAKE-VAGUE-FR", "fr",
        (
            Report("Agence A", "2023-02-06",
                   "ANKARA (Agence A) - Un puissant séisme a frappé le sud de la Turquie, faisant des dizaines de morts, "
                   "selon les autorités."),
            Report("Agence B", "2023-02-06",
                   "ANKARA (Agence B) - Le séisme a fait au moins 76 morts dans le sud de la Turquie, a annoncé l'agence "
                   "turque de gestion des catastrophes."),
        ),
        differences=(("vague", None, 76),),
        absent=NO_CONFLICT,
        origins=1,
    ),
    # ---- a withdrawn figure ---------------------------------------------------------------------------------
    Story(
        "PROTEST-RETRACTED-DE", "de",
        (
            Report("Agentur A", "2022-09-21",
                   "TEHERAN (Agentur A) - Bei den Protesten im Iran hat die Polizei nach eigenen Angaben 450 Menschen "
                   "festgenommen."),
            Report("Agentur B", "2022-09-22",
                   "TEHERAN (Agentur B) - Die Polizei zog ihre Angabe von 450 Festnahmen am Donnerstag zurück. Die "
                   "Justiz sprach von mehr als 700 Festgenommenen seit Beginn der Proteste."),
        ),
        category="arrests",
        differences=(("retracted", 450, 700),),
        absent=NO_CONFLICT,
        estimates=(701, 701, None),
        origins=1,
    ),
    Story(
        "PROTEST-RETRACTED-EN", "en",
        (
            Report("Wire A", "2022-09-21",
                   "TEHRAN (Wire A) - Iranian police said they had arrested 450 people during the protests."),
            Report("Wire B", "2022-09-22",
                   "TEHRAN (Wire B) - Police withdrew their figure of 450 arrests on Thursday. The judiciary said more "
                   "than 700 people had been detained since the protests began."),
        ),
        category="arrests",
        differences=(("retracted", 450, 700),),
        absent=NO_CONFLICT,
        estimates=(701, 701, None),
        origins=1,
    ),
    # ---- three independent origins, one of them far apart ----------------------------------------------
    Story(
        "AIRSTRIKE-THREE-ORIGINS-EN", "en",
        (
            Report("Wire A", "2024-02-12",
                   "SANAA (Wire A) - An air strike on a prison in northern Yemen killed 14 inmates, the Houthi-run "
                   "health ministry said on Monday."),
            Report("Wire B", "2024-02-12",
                   "SANAA (Wire B) - The International Committee of the Red Cross said at least 14 people were killed "
                   "in the strike on the prison."),
            Report("Wire C", "2024-02-12",
                   "GENEVA (Wire C) - Doctors Without Borders said 14 bodies had been brought to the hospital it "
                   "supports in Saada."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        origins=3,
    ),
    # ---- an update of the injured --------------------------------------------------------------------------
    Story(
        "SHOOTING-INJURED-UPDATE-EN", "en",
        (
            Report("Wire A", "2023-01-22",
                   "MONTEREY PARK, Calif. (Wire A) - A gunman opened fire at a dance studio on Saturday night, killing "
                   "10 people and wounding 10 others, police said."),
            Report("Wire B", "2023-01-23",
                   "MONTEREY PARK, Calif. (Wire B) - An eleventh victim died in hospital on Monday, police said, "
                   "bringing the death toll from the shooting to 11. Nine people remain in hospital."),
        ),
        differences=(("update", 10, 11),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(11, 11, 11),
        origins=1,
    ),
    Story(
        "SHOOTING-DEATH-TOLL-RISES-DE", "de",
        (
            Report("Agentur A", "2023-01-22",
                   "LOS ANGELES (Agentur A) - Bei Schüssen in einem Tanzstudio in Monterey Park in Kalifornien sind nach "
                   "Angaben der Polizei zehn Menschen getötet und zehn weitere verletzt worden."),
            Report("Agentur B", "2023-01-23",
                   "LOS ANGELES (Agentur B) - Die Zahl der Toten nach den Schüssen in Monterey Park ist auf elf "
                   "gestiegen. Ein Verletzter sei im Krankenhaus gestorben, teilte die Polizei mit."),
        ),
        differences=(("update", 10, 11),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(11, 11, 11),
        origins=1,
    ),
    # ---- French: a correction, a conflict, a smaller area ----------------------------------------------
    Story(
        "FERRY-CORRECTION-FR", "fr",
        (
            Report("Agence A", "2023-05-22",
                   "MANILLE (Agence A) - L'incendie d'un ferry au large du sud des Philippines a fait 19 morts, selon le "
                   "ministère de l'Intérieur."),
            Report("Agence B", "2023-05-23",
                   "MANILLE (Agence B) - Le ministère de l'Intérieur a corrigé mardi le bilan du naufrage à 17 morts, "
                   "deux victimes ayant été comptées deux fois."),
        ),
        differences=(("correction", 19, 17),),
        absent=NO_CONFLICT,
        estimates=(17, 17, 17),
        origins=1,
    ),
    Story(
        "PROTEST-CONFLICT-FR", "fr",
        (
            Report("Agence A", "2023-06-02",
                   "DAKAR (Agence A) - Les violences qui ont suivi la condamnation de l'opposant ont fait neuf morts au "
                   "Sénégal, selon le ministère de l'Intérieur."),
            Report("Agence B", "2023-06-02",
                   "DAKAR (Agence B) - L'opposition a fait état d'au moins 23 morts dans les heurts avec les forces de "
                   "l'ordre."),
        ),
        differences=(("conflict", 9, 23),),
        status="conflict",
        origins=2,
    ),
    Story(
        "FLOOD-SUBAREA-FR", "fr",
        (
            Report("Agence A", "2024-11-01",
                   "MADRID (Agence A) - Les inondations dans l'est de l'Espagne ont fait au moins 158 morts, selon les "
                   "autorités, dont 155 dans la région de Valence."),
            Report("Agence B", "2024-11-01",
                   "VALENCE (Agence B) - Le bilan des inondations en Espagne s'élève à 158 morts, selon le gouvernement."),
        ),
        differences=(("subarea", 155, 158),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=1,
    ),
    # ---- a range beside a point, and an update over five reports ---------------------------------------
    Story(
        "MINE-RANGE-EN", "en",
        (
            Report("Wire A", "2024-03-14",
                   "JOHANNESBURG (Wire A) - Between 20 and 30 illegal miners are believed to have died underground at an "
                   "abandoned gold mine, a police spokesman said."),
            Report("Wire B", "2024-03-14",
                   "JOHANNESBURG (Wire B) - Police said 24 bodies had been brought to the surface from the mine."),
        ),
        differences=(("compatible", 20, 24),),
        absent=NO_CONFLICT,
        status="consistent",
        origins=1,
    ),
    Story(
        "QUAKE-FIVE-REPORTS-EN", "en",
        (
            Report("Wire A", "2023-02-06",
                   "ANKARA (Wire A) - A powerful earthquake in southern Turkey killed at least 76 people, the disaster "
                   "agency said on Monday."),
            Report("Wire B", "2023-02-06",
                   "ANKARA (Wire B) - Turkey's vice president said the death toll from the earthquake had risen to 912."),
            Report("Wire C", "2023-02-07",
                   "ANKARA (Wire C) - The number of people killed in the earthquake in Turkey rose to 3,419, the disaster "
                   "agency said on Tuesday."),
            Report("Wire D", "2023-02-07",
                   "ISTANBUL (Wire D) - Rescue workers said more than 5,000 people had died in the earthquake in Turkey, "
                   "though officials put the toll at 3,419."),
            Report("Wire E", "2023-02-08",
                   "ANKARA (Wire E) - The death toll from the earthquake in Turkey rose to 5,894, the disaster agency "
                   "said on Wednesday."),
        ),
        differences=(("compatible", 76, 912), ("update", 5000, 5894), ("conflict", 3419, 5000)),
        status="conflict",
        estimates=(5894, 5894, 5894),
        origins=2,
    ),
    Story(
        "SHOOTING-PART-DIED-DE", "de",
        (
            Report("Agentur A", "2023-01-22",
                   "LOS ANGELES (Agentur A) - Bei Schüssen in einem Tanzstudio in Monterey Park sind nach Angaben der "
                   "Polizei zehn Menschen getötet worden."),
            Report("Agentur B", "2023-01-23",
                   "LOS ANGELES (Agentur B) - Nach den Schüssen in Monterey Park ist die Zahl der Toten nach Angaben der "
                   "Polizei auf elf gestiegen. Einer der Verletzten starb im Krankenhaus."),
        ),
        differences=(("update", 10, 11),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(11, 11, 11),
        origins=1,
    ),
    # ---- sides that disagree on different days: a later lower figure from another origin ------------------
    Story(
        "PROTEST-CONFLICT-DAYS-EN", "en",
        (
            Report("Wire A", "2024-07-20",
                   "DHAKA (Wire A) - Bangladesh's government said 19 people had been killed in three days of student "
                   "protests."),
            Report("Wire B", "2024-07-21",
                   "DHAKA (Wire B) - The opposition BNP said more than 60 people had been killed in the protests."),
            Report("Wire C", "2024-07-22",
                   "DHAKA (Wire C) - The government said on Monday that the toll from the protests stood at 19."),
        ),
        differences=(("conflict", 60, 19),),
        absent=("decrease",),
        status="conflict",
        origins=2,
    ),
    Story(
        "PROTEST-CONFLICT-DAYS-DE", "de",
        (
            Report("Agentur A", "2024-07-21",
                   "DHAKA (Agentur A) - Die oppositionelle BNP sprach von mehr als 60 Toten bei den Protesten in "
                   "Bangladesch."),
            Report("Agentur B", "2024-07-22",
                   "DHAKA (Agentur B) - Die Regierung von Bangladesch teilte am Montag mit, bei den Protesten seien 19 "
                   "Menschen ums Leben gekommen."),
        ),
        differences=(("conflict", 60, 19),),
        absent=("decrease",),
        status="conflict",
        origins=2,
    ),
    # ---- bounds across origins: "up to" beside a point, "at least" above a point ------------------------
    Story(
        "PROTEST-UP-TO-DE", "de",
        (
            Report("Agentur A", "2024-03-01",
                   "BANGKOK (Agentur A) - Nach Angaben von Menschenrechtlern wurden bei der Niederschlagung der Proteste "
                   "in Myanmar bis zu 300 Menschen getötet."),
            Report("Agentur B", "2024-03-01",
                   "BANGKOK (Agentur B) - Die Militärjunta in Myanmar sprach von 120 Toten bei den Protesten."),
        ),
        differences=(("compatible", 300, 120),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(0, 120, 300),
        origins=2,
    ),
    Story(
        "FIGHTING-UN-CONFLICT-EN", "en",
        (
            Report("Wire A", "2024-03-01",
                   "NAIROBI (Wire A) - The United Nations said at least 1,000 people had been killed in the fighting in "
                   "Sudan's Darfur region."),
            Report("Wire B", "2024-03-01",
                   "KHARTOUM (Wire B) - Sudan's army said 800 people had died in the fighting in Darfur."),
        ),
        differences=(("conflict", 800, 1000),),
        status="conflict",
        origins=2,
    ),
    Story(
        "QUAKE-UPDATE-FR", "fr",
        (
            Report("Agence A", "2023-09-09",
                   "RABAT (Agence A) - Le séisme au Maroc a fait plus de 2 000 morts, selon le ministère de l'Intérieur."),
            Report("Agence B", "2023-09-11",
                   "RABAT (Agence B) - Le bilan du séisme au Maroc s'élève désormais à 2 946 morts, selon le ministère de "
                   "l'Intérieur."),
        ),
        differences=(("update", 2000, 2946),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(2946, 2946, 2946),
        origins=1,
    ),
    Story(
        "BLAST-INJURED-PART-EN", "en",
        (
            Report("Wire A", "2024-03-01",
                   "QUETTA, Pakistan (Wire A) - A bomb blast at a market in Quetta wounded 45 people, police said."),
            Report("Wire B", "2024-03-01",
                   "QUETTA, Pakistan (Wire B) - Police said 12 of the 45 people wounded in the blast were in critical "
                   "condition."),
        ),
        category="injuries",
        absent=(*NO_CONFLICT, "update"),
        status="consistent",
        estimates=(45, 45, 45),
        origins=1,
    ),
    Story(
        "BLAST-INJURED-PART-DE", "de",
        (
            Report("Agentur A", "2024-03-01",
                   "ISLAMABAD (Agentur A) - Bei einem Bombenanschlag auf einen Markt in Quetta sind nach Angaben der "
                   "Polizei 45 Menschen verletzt worden."),
            Report("Agentur B", "2024-03-01",
                   "ISLAMABAD (Agentur B) - Zwölf der 45 Verletzten des Anschlags in Quetta schweben nach Angaben der "
                   "Polizei in Lebensgefahr."),
        ),
        category="injuries",
        absent=(*NO_CONFLICT, "update"),
        status="consistent",
        estimates=(45, 45, 45),
        origins=1,
    ),
]
