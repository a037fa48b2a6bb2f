"""Short multi-article stories of round s29: shapes the first two tables still had few of.

A figure relayed by three outlets from one origin, two origins each updating over three days, a wrong
first figure corrected by another origin, a toll with its subgroups over updates, a country's toll beside
two regions' tolls, figures in words beside numbers, and a later report that names the earlier one wrong.
Same row format and verdicts as :mod:`tests.cases.stories`; written in our own words in agency register.

A correction by another origin: the table's ``correction`` is an origin's own revision of its earlier
figure (:mod:`casualty_reconcile.revisions`); a later, lower cumulative figure from another origin is a
``conflict`` with the earlier one, as a fact-checker would flag two sources that cannot both be right,
whatever the later one says of the earlier.
"""

from __future__ import annotations

from tests.cases.stories import NO_CONFLICT, Report, Story

S29: list[Story] = [
    # ---- one origin relayed by three outlets ----------------------------------------------------------------
    Story(
        "S29-FERRY-THREE-RELAYS-EN", "en",
        (
            Report("Wire A", "2024-10-04",
                   "GOMA, Congo (Wire A) - An overloaded ferry capsized on Lake Kivu, killing at least 78 people, the "
                   "provincial governor said on Thursday."),
            Report("Wire B", "2024-10-04",
                   "KINSHASA (Wire B) - At least 78 people drowned when a ferry sank on Lake Kivu in eastern Congo, "
                   "according to the provincial governor."),
            Report("Daily C", "2024-10-04",
                   "The governor of the province told reporters that at least 78 passengers had died when the ferry "
                   "went down on Lake Kivu in Congo."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(78, 78, None),
        origins=1,
    ),
    Story(
        "S29-FERRY-THREE-RELAYS-FR", "fr",
        (
            Report("Agence A", "2024-10-04",
                   "GOMA (Agence A) - Le naufrage d'un bateau surchargé sur le lac Kivu a fait au moins 78 morts, a "
                   "annoncé jeudi le gouverneur de la province."),
            Report("Agence B", "2024-10-04",
                   "KINSHASA (Agence B) - Au moins 78 personnes ont péri dans le naufrage d'un bateau sur le lac Kivu, "
                   "dans l'est de la RDC, selon le gouverneur de la province."),
            Report("Journal C", "2024-10-04",
                   "Le gouverneur de la province a fait état d'au moins 78 morts dans le naufrage survenu sur le lac "
                   "Kivu, en RDC."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(78, 78, None),
        origins=1,
    ),
    Story(
        "S29-FERRY-THREE-RELAYS-DE", "de",
        (
            Report("Agentur A", "2024-10-04",
                   "GOMA (Agentur A) - Beim Untergang einer überladenen Fähre auf dem Kivusee im Kongo sind nach Angaben "
                   "des Provinzgouverneurs mindestens 78 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-10-04",
                   "KINSHASA (Agentur B) - Der Provinzgouverneur sprach von mindestens 78 Toten beim Fährunglück auf "
                   "dem Kivusee im Kongo."),
            Report("Zeitung C", "2024-10-04",
                   "Wie der Gouverneur der Provinz mitteilte, starben beim Untergang der Fähre im Kongo mindestens 78 "
                   "Menschen."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(78, 78, None),
        origins=1,
    ),
    # ---- two origins over three days, each updating ----------------------------------------------------------
    Story(
        "S29-STORM-TWO-ORIGINS-UPDATING-EN", "en",
        (
            Report("Wire A", "2024-09-08",
                   "HANOI (Wire A) - Typhoon Yagi has killed at least 14 people in northern Vietnam, the disaster "
                   "agency said on Sunday."),
            Report("Wire B", "2024-09-09",
                   "HANOI (Wire B) - The death toll from Typhoon Yagi in Vietnam rose to at least 35, the disaster agency "
                   "said on Monday. The Vietnam Red Cross said 59 people had died."),
            Report("Wire A", "2024-09-10",
                   "HANOI (Wire A) - The Vietnam Red Cross said the typhoon had now killed 127 people, while the disaster "
                   "agency said at least 87 people had died."),
        ),
        differences=(("update", 14, 35), ("compatible", 35, 59), ("update", 59, 87), ("compatible", 87, 127)),
        absent=NO_CONFLICT,
        status="consistent",
        origins=2,
    ),
    Story(
        "S29-STORM-TWO-ORIGINS-UPDATING-DE", "de",
        (
            Report("Agentur A", "2024-09-08",
                   "HANOI (Agentur A) - Durch den Taifun Yagi sind im Norden Vietnams nach Angaben der "
                   "Katastrophenschutzbehörde mindestens 14 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-09-09",
                   "HANOI (Agentur B) - Die Zahl der Toten durch den Taifun in Vietnam stieg nach Angaben der "
                   "Katastrophenschutzbehörde auf mindestens 35. Das Vietnamesische Rote Kreuz meldete 59 Tote."),
            Report("Agentur A", "2024-09-10",
                   "HANOI (Agentur A) - Die Katastrophenschutzbehörde meldete inzwischen mindestens 87 Tote in Vietnam, "
                   "das Vietnamesische Rote Kreuz sprach von 127 Toten."),
        ),
        differences=(("update", 14, 35), ("compatible", 35, 59), ("update", 59, 87), ("compatible", 87, 127)),
        absent=NO_CONFLICT,
        status="consistent",
        origins=2,
    ),
    # ---- a wrong first figure corrected by another origin: a conflict ------------------------------------------
    Story(
        "S29-BLAST-OTHER-ORIGIN-CORRECTS-EN", "en",
        (
            Report("Wire A", "2024-06-12",
                   "LAGOS (Wire A) - A gas tanker explosion on a highway killed 40 people, witnesses told Wire A on "
                   "Wednesday."),
            Report("Wire B", "2024-06-13",
                   "LAGOS (Wire B) - The state emergency agency said on Thursday that 14 people had died in the tanker "
                   "explosion."),
        ),
        differences=(("conflict", 40, 14),),
        absent=("correction", "update"),
        status="conflict",
        origins=2,
        split="events: a witnesses' toll and an official toll far below it the next day, same city and kind of event, "
              "are not linked (tolls apart, no particulars shared): two events",
    ),
    Story(
        "S29-BLAST-OTHER-ORIGIN-CORRECTS-FR", "fr",
        (
            Report("Agence A", "2024-06-12",
                   "LAGOS (Agence A) - L'explosion d'un camion-citerne sur une autoroute a fait 40 morts, selon des "
                   "témoins."),
            Report("Agence B", "2024-06-13",
                   "LAGOS (Agence B) - L'agence des secours de l'État a fait état jeudi de 14 morts dans l'explosion du "
                   "camion-citerne."),
        ),
        differences=(("conflict", 40, 14),),
        absent=("correction", "update"),
        status="conflict",
        origins=2,
        split="events: a witnesses' toll and an official toll far below it the next day, same city and kind of event, "
              "are not linked (tolls apart, no particulars shared): two events",
    ),
    # ---- a toll with its subgroups over updates --------------------------------------------------------------
    Story(
        "S29-ATTACK-SUBGROUPS-UPDATES-EN", "en",
        (
            Report("Wire A", "2024-08-26",
                   "QUETTA, Pakistan (Wire A) - Coordinated attacks by militants in Balochistan killed at least 38 "
                   "people, including 14 police officers, officials said on Monday."),
            Report("Wire B", "2024-08-27",
                   "QUETTA, Pakistan (Wire B) - The death toll from the attacks in Balochistan rose to 50, among them "
                   "14 police officers and six women, officials said on Tuesday."),
        ),
        differences=(("update", 38, 50), ("subgroup", 14, 38)),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(50, 50, 50),
    ),
    Story(
        "S29-ATTACK-SUBGROUPS-UPDATES-DE", "de",
        (
            Report("Agentur A", "2024-08-26",
                   "QUETTA (Agentur A) - Bei koordinierten Angriffen von Extremisten in Belutschistan sind nach "
                   "Behördenangaben mindestens 38 Menschen getötet worden, darunter 14 Polizisten."),
            Report("Agentur B", "2024-08-27",
                   "QUETTA (Agentur B) - Die Zahl der Toten nach den Angriffen in Belutschistan stieg nach "
                   "Behördenangaben auf 50, darunter zwölf Kinder."),
        ),
        differences=(("update", 38, 50), ("subgroup", 14, 38)),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(50, 50, 50),
    ),
    Story(
        "S29-ATTACK-SUBGROUPS-UPDATES-FR", "fr",
        (
            Report("Agence A", "2024-08-26",
                   "QUETTA (Agence A) - Des attaques coordonnées au Baloutchistan ont fait au moins 38 morts, dont 14 "
                   "policiers, selon les autorités."),
            Report("Agence B", "2024-08-27",
                   "QUETTA (Agence B) - Le bilan des attaques au Baloutchistan s'est alourdi à 50 morts, dont six "
                   "femmes, selon les autorités."),
        ),
        differences=(("update", 38, 50), ("subgroup", 14, 38)),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(50, 50, 50),
        split="place: 'au Baloutchistan' names the region in the first report, the second's figure takes its dateline "
              "(Quetta) though it names the region too: two events by place",
    ),
    # ---- a country's toll beside two regions' tolls ------------------------------------------------------------
    Story(
        "S29-FLOOD-TWO-REGIONS-EN", "en",
        (
            Report("Wire A", "2024-11-01",
                   "MADRID (Wire A) - Floods in Spain have killed at least 158 people, the government said on Friday."),
            Report("Wire B", "2024-11-01",
                   "VALENCIA, Spain (Wire B) - Regional officials said 155 people died in the Valencia region alone. "
                   "Two more people died in Castilla-La Mancha, officials there said."),
        ),
        differences=(("subarea", 155, 158), ("subarea", 2, 158)),
        absent=NO_CONFLICT,
        split="events: the second report names no kind of event (no flood word) and only regions of the first's "
              "country, not the country: resolved on its own, it is an event of its own",
    ),
    Story(
        "S29-FLOOD-TWO-REGIONS-DE", "de",
        (
            Report("Agentur A", "2024-11-01",
                   "MADRID (Agentur A) - Bei den Überschwemmungen in Spanien sind nach Angaben der Regierung mindestens "
                   "158 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-11-01",
                   "VALENCIA (Agentur B) - Allein in der Region Valencia starben 155 Menschen, in Kastilien-La Mancha "
                   "kamen zwei Menschen ums Leben."),
        ),
        differences=(("subarea", 155, 158), ("subarea", 2, 158)),
        absent=NO_CONFLICT,
        split="events: the second report names no kind of event (no flood word) and only regions of the first's "
              "country, not the country: resolved on its own, it is an event of its own",
    ),
    # ---- figures in words beside numbers: compatible bounds -----------------------------------------------------
    Story(
        "S29-CLASHES-DOZENS-BESIDE-NUMBER-EN", "en",
        (
            Report("Wire A", "2024-07-19",
                   "DHAKA (Wire A) - Dozens of people have been killed in clashes between students and police across "
                   "Bangladesh, witnesses said on Friday."),
            Report("Wire B", "2024-07-19",
                   "DHAKA (Wire B) - Hospital officials said 39 people had been killed in the clashes in Bangladesh on "
                   "Friday."),
        ),
        differences=(("vague", None, 39),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(39, 39, 39),
        origins=2,
    ),
    Story(
        "S29-CLASHES-DOZENS-BESIDE-NUMBER-DE", "de",
        (
            Report("Agentur A", "2024-07-19",
                   "DHAKA (Agentur A) - Bei Zusammenstößen zwischen Studenten und Polizei in Bangladesch sind nach "
                   "Augenzeugenberichten Dutzende Menschen getötet worden."),
            Report("Agentur B", "2024-07-19",
                   "DHAKA (Agentur B) - Krankenhausmitarbeiter sprachen von 39 Toten bei den Zusammenstößen in "
                   "Bangladesch."),
        ),
        differences=(("vague", None, 39),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(39, 39, 39),
        origins=2,
    ),
    Story(
        "S29-CLASHES-DOZENS-BESIDE-NUMBER-FR", "fr",
        (
            Report("Agence A", "2024-07-19",
                   "DACCA (Agence A) - Des dizaines de personnes ont été tuées dans des heurts entre étudiants et "
                   "policiers au Bangladesh, selon des témoins."),
            Report("Agence B", "2024-07-19",
                   "DACCA (Agence B) - Des responsables hospitaliers ont fait état de 39 morts dans les heurts au "
                   "Bangladesh."),
        ),
        differences=(("vague", None, 39),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(39, 39, 39),
        origins=2,
    ),
    # ---- a later report that names the earlier one wrong ------------------------------------------------------
    Story(
        "S29-FIRE-EARLIER-REPORT-WRONG-EN", "en",
        (
            Report("Wire A", "2024-02-23",
                   "VALENCIA, Spain (Wire A) - A fire that engulfed two residential towers killed 10 people, emergency "
                   "services said on Friday."),
            Report("Wire B", "2024-02-25",
                   "VALENCIA, Spain (Wire B) - Emergency services said on Sunday that the fire had killed 10 people, "
                   "and that earlier reports of 14 dead were wrong."),
        ),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(10, 10, 10),
        origins=1,
    ),
    Story(
        "S29-FIRE-EARLIER-REPORT-WRONG-DE", "de",
        (
            Report("Agentur A", "2024-02-23",
                   "VALENCIA (Agentur A) - Beim Brand zweier Wohntürme sind nach Angaben der Rettungsdienste 14 Menschen "
                   "ums Leben gekommen."),
            Report("Agentur B", "2024-02-25",
                   "VALENCIA (Agentur B) - Die Rettungsdienste korrigierten die Zahl der Toten des Brandes am Sonntag "
                   "auf zehn nach unten. Die zuvor genannte Zahl von 14 Toten sei falsch gewesen."),
        ),
        differences=(("correction", 14, 10),),
        absent=NO_CONFLICT,
        estimates=(10, 10, 10),
        origins=1,
    ),
]
