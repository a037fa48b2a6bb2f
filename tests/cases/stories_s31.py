"""Stories of round s31 (tests/cases/stories.py explains the rows): a hospital's figure beside a ministry's on
one day, a toll revised down by its own origin, two towns' figures in one storm, a rally's turnout by police
and by organisers, a report that repeats yesterday's figure as an earlier one, and a landslide told three
days apart."""

from __future__ import annotations

from tests.cases.stories import NO_CONFLICT, Report, Story

S31: list[Story] = [
    # ---- a hospital's figure and a ministry's over one day: two origins, the lower a bound ------------------------
    Story(
        "S31-HOSPITAL-AND-MINISTRY-ONE-DAY-EN", "en",
        (
            Report("Wire A", "2024-03-11",
                   "KHARTOUM (Wire A) - At least 18 people were killed when a market in Omdurman was shelled on "
                   "Monday, a doctor at the city's main hospital said."),
            Report("Wire B", "2024-03-11",
                   "PORT SUDAN (Wire B) - The shelling of a market in Omdurman on Monday killed 27 people, Sudan's "
                   "health ministry said in a statement."),
        ),
        differences=(("compatible", 18, 27),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(18, 27, None),  # the hospital's floor, the ministry's figure; "at least" leaves the top open
        origins=2,
    ),
    Story(
        "S31-HOSPITAL-AND-MINISTRY-ONE-DAY-DE", "de",
        (
            Report("Agentur A", "2024-03-11",
                   "KHARTUM (Agentur A) - Beim Beschuss eines Marktes in Omdurman sind am Montag nach Angaben eines "
                   "Arztes des größten Krankenhauses der Stadt mindestens 18 Menschen getötet worden."),
            Report("Agentur B", "2024-03-11",
                   "PORT SUDAN (Agentur B) - Das sudanesische Gesundheitsministerium bezifferte die Zahl der Toten nach "
                   "dem Beschuss des Marktes in Omdurman am Montag auf 27."),
        ),
        differences=(("compatible", 18, 27),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(18, 27, None),  # the hospital's floor, the ministry's figure; "at least" leaves the top open
        origins=2,
    ),
    Story(
        "S31-HOSPITAL-AND-MINISTRY-ONE-DAY-FR", "fr",
        (
            Report("Agence A", "2024-03-11",
                   "KHARTOUM (Agence A) - Au moins 18 personnes ont été tuées lundi dans le bombardement d'un marché "
                   "d'Omdourman, selon un médecin du principal hôpital de la ville."),
            Report("Agence B", "2024-03-11",
                   "PORT-SOUDAN (Agence B) - Le bombardement d'un marché d'Omdourman a fait 27 morts lundi, a annoncé "
                   "le ministère soudanais de la Santé dans un communiqué."),
        ),
        differences=(("compatible", 18, 27),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(18, 27, None),  # the hospital's floor, the ministry's figure; "at least" leaves the top open
        origins=2,
    ),
    # ---- a toll revised down by the origin that gave it: a correction, no conflict ----------------------------------
    Story(
        "S31-TOLL-REVISED-DOWN-EN", "en",
        (
            Report("Wire A", "2024-06-04",
                   "NAIROBI (Wire A) - A fuel tanker exploded on a highway in western Kenya, killing 14 people, the "
                   "police said on Tuesday."),
            Report("Wire B", "2024-06-05",
                   "NAIROBI (Wire B) - Kenyan police revised the death toll from the tanker explosion down to 11 on "
                   "Wednesday, saying some bodies had been counted twice."),
        ),
        differences=(("correction", 14, 11),),
        absent=NO_CONFLICT,
        estimates=(11, 11, 11),
        origins=1,
    ),
    Story(
        "S31-TOLL-REVISED-DOWN-DE", "de",
        (
            Report("Agentur A", "2024-06-04",
                   "NAIROBI (Agentur A) - Bei der Explosion eines Tanklastwagens im Westen Kenias sind nach Angaben der "
                   "Polizei 14 Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-06-05",
                   "NAIROBI (Agentur B) - Die kenianische Polizei hat die Zahl der Todesopfer nach der Explosion des "
                   "Tanklastwagens auf elf nach unten korrigiert. Einige Opfer seien doppelt gezählt worden."),
        ),
        differences=(("correction", 14, 11),),
        absent=NO_CONFLICT,
        estimates=(11, 11, 11),
        origins=1,
    ),
    Story(
        "S31-TOLL-REVISED-DOWN-FR", "fr",
        (
            Report("Agence A", "2024-06-04",
                   "NAIROBI (Agence A) - L'explosion d'un camion-citerne sur une route de l'ouest du Kenya a fait 14 "
                   "morts, a indiqué mardi la police."),
            Report("Agence B", "2024-06-05",
                   "NAIROBI (Agence B) - La police kényane a revu à la baisse le bilan de l'explosion du camion-citerne, "
                   "ramené à 11 morts, certaines victimes ayant été comptées deux fois."),
        ),
        differences=(("correction", 14, 11),),
        absent=NO_CONFLICT,
        estimates=(11, 11, 11),
        origins=1,
    ),
    # ---- two neighbouring towns in one storm: two parts of one toll ----------------------------------------------
    Story(
        "S31-STORM-TWO-TOWNS-EN", "en",
        (
            Report("Wire A", "2021-12-11",
                   "MAYFIELD, Kentucky (Wire A) - Tornadoes tore through western Kentucky overnight, killing at least "
                   "70 people, the governor said on Saturday."),
            Report("Wire B", "2021-12-11",
                   "In Mayfield alone, eight people died when a tornado struck a candle factory, the county "
                   "coroner said."),
            Report("Paper C", "2021-12-11",
                   "In Dawson Springs alone, the tornadoes killed 12 people, the town's mayor said."),
        ),
        differences=(("subarea", 8, 70), ("subarea", 12, 70)),
        absent=NO_CONFLICT,
        status="single",
        estimates=(70, 70, None),  # (the towns the gazetteer lacks, before 'alone', are read since s34stories)
    ),
    Story(
        "S31-STORM-TWO-TOWNS-DE", "de",
        (
            Report("Agentur A", "2021-07-16",
                   "MAINZ (Agentur A) - Durch das Unwetter und die Sturzfluten in Rheinland-Pfalz sind nach Angaben "
                   "der Landesregierung mindestens 110 Menschen ums Leben gekommen."),
            Report("Agentur B", "2021-07-16",
                   "Allein in Sinzig kamen nach Angaben der Polizei zwölf Menschen ums Leben, als das Wasser ein "
                   "Wohnheim überflutete."),
            Report("Zeitung C", "2021-07-16",
                   "Allein in Bad Neuenahr-Ahrweiler starben nach Angaben der Stadt 40 Menschen in den Fluten."),
        ),
        differences=(("subarea", 12, 110), ("subarea", 40, 110)),
        absent=NO_CONFLICT,
        status="single",  # (one figure of the whole)
        estimates=(110, 110, None),  # (a town's toll told as a part, 'Allein in Sinzig', beside the region's: one event)
    ),
    Story(
        "S31-STORM-TWO-TOWNS-FR", "fr",
        (
            Report("Agence A", "2020-10-04",
                   "NICE (Agence A) - La tempête Alex a fait au moins huit morts dans les Alpes-Maritimes, selon la "
                   "préfecture."),
            Report("Agence B", "2020-10-04",
                   "Rien qu'à Breil-sur-Roya, trois personnes sont mortes dans la tempête, selon le maire."),
            Report("Journal C", "2020-10-04",
                   "Rien qu'à Tende, la tempête a fait deux morts, a indiqué la gendarmerie."),
        ),
        differences=(("subarea", 3, 8), ("subarea", 2, 8)),
        absent=NO_CONFLICT,
        status="single",  # (one figure of the whole)
        estimates=(8, 8, None),
    ),
    # ---- a rally's turnout by the police and by the organisers: a real conflict between origins --------------------
    Story(
        "S31-RALLY-TURNOUT-EN", "en",
        (
            Report("Wire A", "2023-03-07",
                   "PARIS (Wire A) - Police said 12,000 people marched in Lyon on Tuesday against the pension reform."),
            Report("Wire B", "2023-03-07",
                   "PARIS (Wire B) - The unions said 45,000 people took part in the march against the pension reform "
                   "in Lyon on Tuesday."),
        ),
        category="participants",
        differences=(("conflict", 12000, 45000),),
        status="conflict",
        origins=2,
    ),
    Story(
        "S31-RALLY-TURNOUT-DE", "de",
        (
            Report("Agentur A", "2023-03-07",
                   "PARIS (Agentur A) - In Lyon haben nach Angaben der Polizei am Dienstag 12.000 Menschen gegen die "
                   "Rentenreform demonstriert."),
            Report("Agentur B", "2023-03-07",
                   "PARIS (Agentur B) - Die Gewerkschaften zählten am Dienstag in Lyon 45.000 Teilnehmer bei der "
                   "Demonstration gegen die Rentenreform."),
        ),
        category="participants",
        differences=(("conflict", 12000, 45000),),
        status="conflict",
        origins=2,
    ),
    Story(
        "S31-RALLY-TURNOUT-FR", "fr",
        (
            Report("Agence A", "2023-03-07",
                   "LYON (Agence A) - La manifestation contre la réforme des retraites a réuni 12.000 personnes mardi "
                   "à Lyon, selon la préfecture."),
            Report("Agence B", "2023-03-07",
                   "LYON (Agence B) - Les syndicats ont compté 45.000 manifestants mardi à Lyon contre la réforme des "
                   "retraites."),
        ),
        category="participants",
        differences=(("conflict", 12000, 45000),),
        status="conflict",
        origins=2,
    ),
    # ---- today's report repeats yesterday's figure as an earlier one ---------------------------------------------
    Story(
        "S31-EARLIER-FIGURE-REPEATED-EN", "en",
        (
            Report("Wire A", "2024-04-03",
                   "TAIPEI (Wire A) - A strong earthquake struck eastern Taiwan on Wednesday, killing nine people, the "
                   "fire department said."),
            Report("Wire B", "2024-04-04",
                   "TAIPEI (Wire B) - The death toll from the earthquake in Taiwan rose to 12 on Thursday, up from "
                   "nine reported earlier, the fire department said."),
        ),
        differences=(("update", 9, 12),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(12, 12, 12),
        origins=1,
    ),
    Story(
        "S31-EARLIER-FIGURE-REPEATED-DE", "de",
        (
            Report("Agentur A", "2024-04-03",
                   "TAIPEH (Agentur A) - Bei einem schweren Erdbeben im Osten Taiwans sind am Mittwoch nach Angaben der "
                   "Feuerwehr neun Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-04-04",
                   "TAIPEH (Agentur B) - Die Zahl der Toten nach dem Erdbeben in Taiwan ist am Donnerstag auf zwölf "
                   "gestiegen, nachdem zuvor von neun Toten die Rede gewesen war, teilte die Feuerwehr mit."),
        ),
        differences=(("update", 9, 12),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(12, 12, 12),
        origins=1,
    ),
    Story(
        "S31-EARLIER-FIGURE-REPEATED-FR", "fr",
        (
            Report("Agence A", "2024-04-03",
                   "TAIPEI (Agence A) - Un puissant séisme a frappé l'est de Taïwan mercredi, faisant neuf morts, selon "
                   "les pompiers."),
            Report("Agence B", "2024-04-04",
                   "TAIPEI (Agence B) - Le bilan du séisme à Taïwan est passé jeudi à 12 morts, contre neuf annoncés "
                   "précédemment, selon les pompiers."),
        ),
        differences=(("update", 9, 12),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(12, 12, 12),
        origins=1,
    ),
    # ---- a landslide told three days apart: one event (the kind and its region) -----------------------------------
    Story(
        "S31-LANDSLIDE-THREE-DAYS-FR", "fr",
        (
            Report("Agence A", "2024-08-12",
                   "JAKARTA (Agence A) - Un glissement de terrain a enseveli une mine d'or illégale sur l'île de "
                   "Sulawesi, faisant 11 morts, selon l'agence locale de gestion des catastrophes."),
            Report("Agence B", "2024-08-15",
                   "JAKARTA (Agence B) - Le bilan du glissement de terrain dans la mine d'or de Sulawesi s'est alourdi "
                   "à 23 morts, selon l'agence de gestion des catastrophes."),
        ),
        differences=(("update", 11, 23),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(23, 23, 23),
        origins=1,
    ),
    Story(
        "S31-MUDSLIDE-THREE-DAYS-DE", "de",
        (
            Report("Agentur A", "2024-08-12",
                   "JAKARTA (Agentur A) - Bei einem Erdrutsch in einer illegalen Goldmine auf Sulawesi sind nach "
                   "Angaben der Katastrophenschutzbehörde elf Menschen ums Leben gekommen."),
            Report("Agentur B", "2024-08-15",
                   "JAKARTA (Agentur B) - Die Zahl der Toten nach dem Erdrutsch in der Goldmine auf Sulawesi ist auf 23 "
                   "gestiegen, teilte die Katastrophenschutzbehörde mit."),
        ),
        differences=(("update", 11, 23),),
        absent=NO_CONFLICT,
        status="consistent",
        estimates=(23, 23, 23),
        origins=1,
    ),
]
