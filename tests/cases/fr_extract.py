"""French extraction cases: one sentence (or short passage) per row, with its claims.

The sentences are our own, modelled on real French reporting: AFP's French wire, the regional
press, West African and Sahel coverage, and the wording of fact-check articles (events and
figures may be real; the sentences are not copied). Expected attributes follow the German and
English tables: groups ``all``, ``protesters``, ``security_forces``, ``civilians``, ``children``,
``foreign_troops``, ``attackers``; ``part_of`` is the index of the parent claim in the row's
list; a location is the gazetteer's canonical (English) name of the place the text names
("Kaboul" is Kabul). Rows with ``claims=[]`` hold figures that are no claims (ages, years,
percentages, prices, times, distances, populations, scores) or a statement that no figure was given.

Known misses are strict xfail, their reason opening with the class of defect (GROUP-MEMBERS,
DENIED-FIGURE, LOST-MEN, NAMED-LIST-FR, NAME-POUR-LOWER).
"""

from __future__ import annotations

from .harness import C, Case

CASES: list[Case] = [
    Case(
        "fr-wire-attack-kabul",
        'Au moins 12 personnes ont été tuées dans un attentat-suicide à Kaboul, a indiqué la police.',
        [C('deaths', 12, qualifier='at_least', group='all', location='Kabul', speaker='police')],
    ),
    Case(
        "fr-selon-police-front",
        "Selon la police, au moins 12 personnes ont été tuées dans l'explosion.",
        [C('deaths', 12, qualifier='at_least', group='all', speaker='police')],
    ),
    # un organe de l'État nommé par sa mission, un adjectif national après le nom : un organe du gouvernement
    Case(
        "fr-agence-nationale-de-gestion-des-catastrophes",
        "Le séisme a fait au moins 76 morts dans le sud du pays, a annoncé l'agence turque de gestion des catastrophes.",
        [C('deaths', 76, qualifier='at_least', speaker='agence de gestion des catastrophes')],
    ),
    # un des blessés qui meurt : un mort (un cas du bilan), pas un blessé ; un tout qui compte lui-même les blessés est le bilan
    Case(
        "fr-un-des-blesses-est-decede",
        "Le bilan de la collision est passé à neuf morts. Un des blessés est décédé dans la nuit à l'hôpital, selon la police.",
        [C('deaths', 9), C('deaths', 1, speaker='police', flags=('anecdotal',))],
    ),
    Case(
        "fr-part-en-etat-grave-des-blesses",
        "Douze des 45 blessés de l'attentat sont dans un état grave, selon la police.",
        [C('injuries', 45, speaker='police')],
    ),
    Case(
        "fr-selon-agence-nationale-de-gestion-des-catastrophes",
        "Selon l'Agence nationale de gestion des catastrophes, 12 personnes ont péri dans les glissements de terrain.",
        [C('deaths', 12, speaker='agence de gestion des catastrophes')],
    ),
    Case(
        "fr-soldiers-civilians",
        "12 soldats et trois civils ont été tués dans l'embuscade, a indiqué l'armée.",
        [C('deaths', 12, qualifier='exact', group='security_forces', speaker='armée'), C('deaths', 3, qualifier='exact', group='civilians', speaker='armée')],
    ),
    Case(
        "fr-army-indicated-que",
        "L'armée a indiqué que 17 soldats avaient été tués dans l'attaque.",
        [C('deaths', 17, qualifier='exact', group='security_forces', speaker='armée')],
    ),
    Case(
        "fr-dapres-army",
        "D'après l'armée, une vingtaine de morts ont été recensés.",
        [C('deaths', 20, qualifier='about', group='all', speaker='armée')],
    ),
    Case(
        "fr-vingtaine-morts",
        "L'attaque a fait une vingtaine de morts dans le nord du pays.",
        [C('deaths', 20, qualifier='about', group='all')],
    ),
    Case(
        "fr-dizaine-blesses",
        'Une dizaine de personnes ont été blessées, selon les pompiers.',
        [C('injuries', 10, qualifier='about', group='all', speaker='pompiers')],
    ),
    Case(
        "fr-centaine-arrests",
        'Une centaine de manifestants ont été interpellés, selon la préfecture de police.',
        [C('arrests', 100, qualifier='about', group='protesters', speaker='préfecture')],
    ),
    Case(
        "fr-dizaines-morts",
        'Des dizaines de personnes ont été tuées dans les combats.',
        [C('deaths', None, qualifier='vague', group='all')],
    ),
    Case(
        "fr-centaines-blesses",
        'Des centaines de personnes ont été blessées lors des heurts.',
        [C('injuries', None, qualifier='vague', group='all')],
    ),
    Case(
        "fr-milliers-deplaces",
        "Des milliers d'habitants ont été déplacés par les inondations.",
        [C('displaced', None, qualifier='vague', group='civilians')],
    ),
    Case(
        "fr-soixante-dix-morts",
        "Soixante-dix personnes sont mortes dans l'incendie, selon les secours.",
        [C('deaths', 70, qualifier='exact', group='all', speaker='secours')],
    ),
    Case(
        "fr-quatre-vingt-onze",
        'Quatre-vingt-onze migrants sont portés disparus après le naufrage.',
        [C('missing', 91, qualifier='exact', group='civilians')],
    ),
    Case(
        "fr-quatre-vingts",
        'Quatre-vingts personnes ont été arrêtées au cours de la nuit.',
        [C('arrests', 80, qualifier='exact', group='all')],
    ),
    Case(
        "fr-quatre-vingt-dix-neuf",
        "Quatre-vingt-dix-neuf personnes ont été blessées dans l'accident.",
        [C('injuries', 99, qualifier='exact', group='all')],
    ),
    Case(
        "fr-thin-space",
        'Plus de 1\u202f500 personnes ont été tuées dans le séisme, selon le ministère de la Santé.',
        [C('deaths', 1500, qualifier='more_than', group='all', speaker='ministère')],
    ),
    Case(
        "fr-nbsp",
        'Plus de 1\xa0500 personnes ont été blessées, a indiqué la protection civile.',
        [C('injuries', 1500, qualifier='more_than', group='all')],
    ),
    Case(
        "fr-space-thousands",
        'Au moins 2 300 personnes ont péri dans les inondations.',
        [C('deaths', 2300, qualifier='at_least', group='all')],
    ),
    Case(
        "fr-million-deplaces",
        "Près de 1,5 million de personnes ont été déplacées par le conflit, selon l'ONU.",
        [C('displaced', 1500000, qualifier='almost', group='all', speaker='ONU')],
    ),
    Case(
        "fr-mille",
        'Deux mille soldats ont été déployés dans la région.',
        [C('troops', 2000, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-au-moins",
        'Au moins 40 personnes ont été tuées.',
        [C('deaths', 40, qualifier='at_least', group='all')],
    ),
    Case(
        "fr-plus-de",
        'Plus de 200 personnes ont été blessées.',
        [C('injuries', 200, qualifier='more_than', group='all')],
    ),
    Case(
        "fr-pres-de",
        'Près de 300 personnes ont été arrêtées.',
        [C('arrests', 300, qualifier='almost', group='all')],
    ),
    Case(
        "fr-environ",
        'Environ 5000 manifestants ont défilé dans la capitale.',
        [C('participants', 5000, qualifier='about', group='protesters')],
    ),
    Case(
        "fr-quelque",
        'Quelque 3000 soldats ont été déployés.',
        [C('troops', 3000, qualifier='about', group='security_forces')],
    ),
    Case(
        "fr-pas-moins-de",
        'Pas moins de 25 personnes ont été tuées.',
        [C('deaths', 25, qualifier='at_least', group='all')],
    ),
    Case(
        "fr-jusqua",
        "Jusqu'à 10 000 manifestants ont défilé samedi à Paris.",
        [C('participants', 10000, qualifier='up_to', group='protesters')],
    ),
    Case(
        "fr-moins-de",
        'Moins de 50 personnes ont été blessées.',
        [C('injuries', 50, qualifier='less_than', group='all')],
    ),
    Case(
        "fr-entre-et",
        'Entre 10 et 20 personnes ont été tuées.',
        [C('deaths', 10, qualifier='range', group='all', low=10, high=20)],
    ),
    Case(
        "fr-fait-morts",
        "L'explosion a fait 14 morts et 32 blessés.",
        [C('deaths', 14, qualifier='exact', group='all'), C('injuries', 32, qualifier='exact', group='all')],
    ),
    Case(
        "fr-faisant-morts",
        "Un kamikaze s'est fait exploser dans une mosquée, faisant au moins 30 morts.",
        [C('deaths', 30, qualifier='at_least', group='all')],
    ),
    Case(
        "fr-deces",
        'Le ministère de la Santé a enregistré 45 décès.',
        [C('deaths', 45, qualifier='exact', group='all')],
    ),
    Case(
        "fr-ont-peri",
        'Sept pêcheurs ont péri en mer.',
        [C('deaths', 7, qualifier='exact', group='civilians')],
    ),
    Case(
        "fr-gardes-a-vue",
        'Trente personnes ont été placées en garde à vue.',
        [C('arrests', 30, qualifier='exact', group='all')],
    ),
    Case(
        "fr-interpelles",
        'La police a interpellé 23 personnes à Marseille.',
        [C('arrests', 23, qualifier='exact', group='all', location='Marseille')],
    ),
    Case(
        "fr-lieu-d-une-partie-n-est-pas-celui-du-tout",
        "Les inondations dans l'est de la France ont fait au moins 14 morts, selon la préfecture, dont 11 dans la région de Nice.",
        [C('deaths', 14, qualifier='at_least', location='France'), C('deaths', 11, location='Nice', part_of=0)],
    ),
    Case(
        "fr-mongolie-interieure-est-chinoise",
        "PÉKIN (Agence) - Au moins 40 mineurs ont été tués dans l'effondrement d'une mine en Mongolie-Intérieure, selon les autorités.",
        [C('deaths', 40, qualifier='at_least', location='Inner Mongolia')],
    ),
    Case(
        "fr-dateline-capitale-vaut-pour-le-pays",
        "DACCA (Agence) - Le gouvernement du Bangladesh a annoncé mardi que la police avait interpellé 1200 personnes depuis lundi.",
        [C('arrests', 1200, location='Bangladesh')],
    ),
    Case(
        "fr-disparus",
        'Douze personnes sont toujours portées disparues.',
        [C('missing', 12, qualifier='exact', group='all')],
    ),
    Case(
        "fr-soldats-deployes",
        'La France a déployé 5000 soldats au Sahel.',
        [C('troops', 5000, qualifier='exact', group='foreign_troops', location='Sahel')],
    ),
    Case(
        "fr-manifestants",
        'Plus de 10 000 manifestants ont défilé à Paris, selon la police.',
        [C('participants', 10000, qualifier='more_than', group='protesters', location='Paris', speaker='police')],
    ),
    Case(
        "fr-forces-ordre",
        "Onze membres des forces de l'ordre ont été blessés.",
        [C('injuries', 11, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-policiers-blesses",
        'Six policiers ont été blessés lors des affrontements.',
        [C('injuries', 6, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-militaires-tues",
        'Trois militaires ont été tués au Mali.',
        [C('deaths', 3, qualifier='exact', group='security_forces', location='Mali')],
    ),
    Case(
        "fr-enfants",
        'Parmi les victimes figurent cinq enfants.',
        [C('deaths', 5, qualifier='exact', group='children')],
    ),
    # s25french : « parmi les victimes » est un bilan des morts seul (comme « unter den Opfern »), après un bilan des
    # blessés une part de ce tout (category.toll-before-figure cède à category.part-of-total)
    Case(
        "fr-s25-parmi-les-victimes-apres-des-blesses",
        "L'accident de car a fait 27 blessés. Parmi les victimes figurent onze enfants, selon la préfecture.",
        [C("injuries", 27), C("injuries", 11, group="children", part_of=0, speaker="préfecture")],
    ),
    Case(
        "fr-s25-parmi-les-victimes-apres-des-morts",
        "Le séisme a fait au moins 60 morts. Parmi les victimes figurent douze enfants, selon la protection civile.",
        [C("deaths", 60, qualifier="at_least"), C("deaths", 12, group="children", part_of=0)],
    ),
    Case(
        "fr-enfants-tues",
        'Quatre enfants ont été tués dans la frappe.',
        [C('deaths', 4, qualifier='exact', group='children')],
    ),
    Case(
        "fr-dont-enfants",
        'Au moins 20 personnes ont été tuées, dont huit enfants.',
        [C('deaths', 20, qualifier='at_least', group='all'), C('deaths', 8, qualifier='exact', group='children', part_of=0)],
    ),
    Case(
        "fr-a-annonce",
        'Le gouvernement a annoncé que 45 personnes avaient été tuées.',
        [C('deaths', 45, qualifier='exact', group='all', speaker='gouvernement')],
    ),
    Case(
        "fr-a-declare",
        'Trente-deux personnes ont été tuées, a déclaré le gouverneur.',
        [C('deaths', 32, qualifier='exact', group='all', speaker='gouverneur')],
    ),
    Case(
        "fr-a-affirme",
        'Quinze civils ont été tués, a affirmé un responsable local.',
        [C('deaths', 15, qualifier='exact', group='civilians', speaker='responsable')],
    ),
    Case(
        "fr-citant",
        "Au moins 8 personnes ont été tuées, a rapporté l'agence Tass, citant les secours.",
        [C('deaths', 8, qualifier='at_least', group='all')],
    ),
    Case(
        "fr-source-policiere",
        'Neuf personnes ont été interpellées, de source policière.',
        [C('arrests', 9, qualifier='exact', group='all', speaker='police')],
    ),
    Case(
        "fr-rapporte",
        'Cinq personnes ont été tuées, rapporte le quotidien Le Monde.',
        [C('deaths', 5, qualifier='exact', group='all')],
    ),
    Case(
        "fr-hier",
        'Hier, 16 personnes ont été tuées à Bamako.',
        [C('deaths', 16, qualifier='exact', group='all', location='Bamako')],
    ),
    Case(
        "fr-dimanche",
        'Dimanche, 22 manifestants ont été tués à Khartoum, selon des médecins.',
        [C('deaths', 22, qualifier='exact', group='protesters', location='Khartoum', speaker='médecins')],
    ),
    Case(
        "fr-la-veille",
        'La veille, sept soldats avaient été tués près de Ménaka.',
        [C('deaths', 7, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-kazakh-164",
        "Au total, 164 personnes ont été tuées lors des troubles au Kazakhstan, selon la télévision d'État.",
        [C('deaths', 164, qualifier='exact', group='all', location='Kazakhstan')],
    ),
    Case(
        "fr-almaty-dateline",
        'ALMATY (AFP) - Au moins 26 émeutiers ont été tués à Almaty, a annoncé la police.',
        [C('deaths', 26, qualifier='at_least', group='protesters', location='Almaty', speaker='police')],
        extra={"source": "AFP"},
    ),
    Case(
        "fr-moscou",
        'Onze personnes ont été blessées à Moscou.',
        [C('injuries', 11, qualifier='exact', group='all', location='Moscow')],
    ),
    Case(
        "fr-pekin",
        'Vingt personnes ont été arrêtées à Pékin.',
        [C('arrests', 20, qualifier='exact', group='all', location='Beijing')],
    ),
    Case(
        "fr-londres",
        'Trois personnes ont été tuées à Londres, a indiqué Scotland Yard.',
        [C('deaths', 3, qualifier='exact', group='all', location='London')],
    ),
    Case(
        "fr-cisjordanie",
        'Deux Palestiniens ont été tués en Cisjordanie par des tirs israéliens.',
        [C('deaths', 2, qualifier='exact', group='all', location='West Bank')],
    ),
    Case(
        "fr-gaza",
        'Au moins 50 personnes ont été tuées dans la bande de Gaza.',
        [C('deaths', 50, qualifier='at_least', group='all', location='Gaza')],
    ),
    Case(
        "fr-burkina",
        'Une cinquantaine de civils ont été tués au Burkina Faso.',
        [C('deaths', 50, qualifier='about', group='civilians', location='Burkina Faso')],
    ),
    Case(
        "fr-niger",
        'Dix-sept soldats nigériens ont été tués près de la frontière malienne.',
        [C('deaths', 17, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-rdc",
        "Au moins 43 personnes ont été tuées dans l'est de la RDC, selon des sources locales.",
        [C('deaths', 43, qualifier='at_least', group='all')],
    ),
    Case(
        "fr-tchad",
        'Une centaine de personnes ont été tuées au Tchad lors des manifestations.',
        [C('deaths', 100, qualifier='about', group='all', location='Chad')],
    ),
    Case(
        "fr-blesses-graves",
        'Quatre personnes ont été grièvement blessées.',
        [C('injuries', 4, qualifier='exact', group='all')],
    ),
    Case(
        "fr-morts-blesses",
        "Le bilan s'élève à 12 morts et 45 blessés.",
        [C('deaths', 12, qualifier='exact', group='all'), C('injuries', 45, qualifier='exact', group='all')],
    ),
    Case(
        "fr-bilan-passe",
        'Le bilan est passé à 89 morts.',
        [C('deaths', 89, qualifier='exact', group='all')],
    ),
    Case(
        "fr-bilan-provisoire",
        'Selon un bilan provisoire, 18 personnes ont trouvé la mort.',
        [C('deaths', 18, qualifier='exact', group='all')],
    ),
    Case(
        "fr-succombe",
        'Deux blessés ont succombé à leurs blessures.',
        [C('deaths', 2, qualifier='exact', group='all')],
    ),
    Case(
        "fr-jihadistes",
        "Une dizaine de jihadistes ont été neutralisés, selon l'état-major.",
        [C('deaths', 10, qualifier='about', group='attackers')],
    ),
    Case(
        "fr-assaillants",
        'Quatre assaillants ont été abattus par les forces de sécurité.',
        [C('deaths', 4, qualifier='exact', group='attackers')],
    ),
    Case(
        "fr-casques-bleus",
        "Trois casques bleus ont été tués dans l'explosion d'un engin artisanal.",
        [C('deaths', 3, qualifier='exact', group='foreign_troops')],
    ),
    Case(
        "fr-otsc-troops",
        "L'OTSC a déployé environ 2500 soldats au Kazakhstan.",
        [C('troops', 2500, qualifier='about', group='foreign_troops')],
    ),
    Case(
        "fr-deplaces",
        'Plus de 200 000 personnes ont été déplacées.',
        [C('displaced', 200000, qualifier='more_than', group='all')],
    ),
    Case(
        "fr-refugies",
        'Quelque 40 000 personnes ont fui vers le Tchad voisin.',
        [C('displaced', 40000, qualifier='about', group='all')],
    ),
    Case(
        "fr-arrestations-noun",
        'La police a procédé à 150 arrestations.',
        [C('arrests', 150, qualifier='exact', group='all')],
    ),
    Case(
        "fr-interpellations-noun",
        'Au total, 312 interpellations ont eu lieu dans toute la France.',
        [C('arrests', 312, qualifier='exact', group='all')],
    ),
    Case(
        "fr-ministere-interieur",
        "Le ministère de l'Intérieur a fait état de 5800 personnes arrêtées.",
        [C('arrests', 5800, qualifier='exact', group='all', speaker='ministère')],
    ),
    Case(
        "fr-ont-ete-tues-ans",
        'Deux hommes âgés de 25 et 30 ans ont été tués par balle.',
        [C('deaths', 2, qualifier='exact', group='all')],
    ),
    Case(
        "fr-annees",
        'En 2015, 130 personnes avaient été tuées dans les attentats de Paris.',
        [C('deaths', 130, qualifier='exact', group='all')],
    ),
    Case(
        "fr-chiffre-manif",
        'La CGT a revendiqué 1,2 million de manifestants.',
        [C('participants', 1200000, qualifier='exact', group='protesters')],
    ),
    Case(
        "fr-vs-police",
        'Les syndicats ont compté 500 000 manifestants, la police 80 000.',
        [C('participants', 500000, qualifier='exact', group='protesters'), C('participants', 80000, qualifier='exact', group='protesters')],
    ),
    Case(
        "fr-noyes",
        'Six migrants se sont noyés au large de Lampedusa.',
        [C('deaths', 6, qualifier='exact', group='civilians')],
    ),
    Case(
        "fr-tues-par-balle",
        'Un policier a été tué par balle à Marseille.',
        [C('deaths', 1, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-hospitalises",
        'Vingt-cinq personnes ont été hospitalisées.',
        [C('injuries', 25, qualifier='exact', group='all')],
    ),
    Case(
        "fr-urgence-absolue",
        'Sept personnes ont été blessées, dont deux en urgence absolue.',
        [C('injuries', 7, qualifier='exact', group='all'), C('injuries', 2, qualifier='exact', group='all', part_of=0)],
    ),
    Case(
        "fr-otages",
        'Une trentaine de personnes ont été enlevées par des hommes armés.',
        [C('other', 30, qualifier='about')],
    ),
    Case(
        "fr-fact-check",
        "Contrairement à ce qu'affirme cette publication, le bilan officiel n'est pas de 3000 morts mais de 227.",
        [C('deaths', 3000, qualifier='exact', group='all'), C('deaths', 227, qualifier='exact', group='all')],
    ),
    Case(
        "fr-fact-check-2",
        'Selon les chiffres officiels, 238 personnes sont mortes lors des événements de janvier.',
        [C('deaths', 238, qualifier='exact', group='all')],
    ),
    Case(
        "fr-seisme-maroc",
        "Le séisme a fait au moins 2946 morts et 5674 blessés, selon un nouveau bilan du ministère de l'Intérieur.",
        [C('deaths', 2946, qualifier='at_least', group='all'), C('injuries', 5674, qualifier='exact', group='all')],
    ),
    Case(
        "fr-regional-press",
        'Deux jeunes ont été blessés dans une rixe samedi soir à Besançon.',
        [C('injuries', 2, qualifier='exact', group='all', location='Besançon')],
    ),
    Case(
        "fr-accident-route",
        "Trois personnes sont mortes dans un accident de la route sur l'A7.",
        [C('deaths', 3, qualifier='exact', group='all')],
    ),
    Case(
        "fr-pompiers-blesses",
        "L'incendie a fait cinq blessés légers, selon les sapeurs-pompiers.",
        [C('injuries', 5, qualifier='exact', group='all')],
    ),
    Case(
        "fr-tuant",
        'Des hommes armés ont attaqué un village, tuant 14 civils.',
        [C('deaths', 14, qualifier='exact', group='civilians')],
    ),
    Case(
        "fr-blessant",
        'Un camion a foncé dans la foule, blessant 18 personnes.',
        [C('injuries', 18, qualifier='exact', group='all')],
    ),
    # une personne objet d'un verbe de blessure (injured_object_words)
    Case(
        "fr-blessant-son-voisin",
        "L'homme a ouvert le feu dans le café, blessant grièvement son voisin.",
        [C('injuries', 1, qualifier='exact', group='all')],
    ),
    Case(
        "fr-tues-blesses-pair",
        'Au moins 9 personnes ont été tuées et 27 blessées.',
        [C('deaths', 9, qualifier='at_least', group='all'), C('injuries', 27, qualifier='exact', group='all')],
    ),
    Case(
        "fr-unverified",
        "Ces chiffres n'ont pas pu être vérifiés de manière indépendante. Au moins 30 personnes ont été tuées, selon l'OSDH.",
        [C('deaths', 30, qualifier='at_least', group='all')],
    ),
    Case(
        "fr-nouveau-bilan",
        'Un nouveau bilan fait état de 58 morts.',
        [C('deaths', 58, qualifier='exact', group='all')],
    ),
    Case(
        "fr-lundi-dernier",
        'Samedi dernier, 4 soldats ont été tués.',
        [C('deaths', 4, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-gendarmes-blesses",
        'Deux gendarmes ont été légèrement blessés.',
        [C('injuries', 2, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-eleves",
        "Trois élèves ont été blessés dans l'attaque au couteau.",
        [C('injuries', 3, qualifier='exact', group='civilians')],
    ),
    Case(
        "fr-journalistes",
        'Deux journalistes ont été tués dans une frappe au Liban.',
        [C('deaths', 2, qualifier='exact', group='civilians', location='Lebanon')],
    ),
    Case(
        "fr-rebelles",
        "Une quarantaine de rebelles ont été tués, selon l'armée.",
        [C('deaths', 40, qualifier='about', group='attackers', speaker='armée')],
    ),
    Case(
        "fr-tireur",
        "Le tireur a tué six personnes avant d'être abattu.",
        [C('deaths', 6, qualifier='exact', group='all')],
    ),
    Case(
        "fr-manifestants-arretes",
        'Près de 6000 manifestants ont été arrêtés.',
        [C('arrests', 6000, qualifier='almost', group='protesters')],
    ),
    Case(
        "fr-foule",
        "Une foule de 20 000 personnes s'est rassemblée devant le parlement.",
        [C('participants', 20000, qualifier='exact', group='protesters')],
    ),
    Case(
        "fr-rassembles",
        'Environ 3000 personnes se sont rassemblées place de la République.',
        [C('participants', 3000, qualifier='about', group='protesters')],
    ),
    Case(
        "fr-vingt-et-un",
        'Vingt et un soldats ont été tués.',
        [C('deaths', 21, qualifier='exact', group='security_forces')],
    ),
    Case(
        "fr-soixante-et-onze",
        'Soixante et onze personnes ont été évacuées.',
        [C('displaced', 71, qualifier='exact', group='all')],
    ),
    Case(
        "fr-milliard",
        "Les dégâts sont estimés à 2 milliards d'euros.",
        [],
    ),
    Case(
        "fr-plus-dun-millier",
        "Le séisme a fait plus d'un millier de blessés, selon la protection civile.",
        [C("injuries", 1000, qualifier="more_than", group="all", speaker="protection civile")],
    ),
    Case(
        "fr-font-etat-dau-moins",
        "Les autorités locales font état d'au moins 35 morts après les pluies diluviennes.",
        [C("deaths", 35, qualifier="at_least", group="all", speaker="autorités")],
    ),
    Case(
        "fr-bilan-is-no-speaker",
        "Un nouveau bilan fait état de 58 morts.",
        [C("deaths", 58, qualifier="exact", group="all", speaker=None)],
    ),
    Case(
        "fr-none-age",
        'La victime, âgée de 45 ans, circulait à vélo.',
        [],
    ),
    Case(
        "fr-none-year",
        'En 2022, le pays a connu de violents troubles.',
        [],
    ),
    Case(
        "fr-none-percent",
        'Le taux de participation a atteint 45 %.',
        [],
    ),
    Case(
        "fr-none-price",
        'Le prix du gaz a doublé pour atteindre 120 tenges le litre.',
        [],
    ),
    Case(
        "fr-none-time",
        "L'explosion s'est produite vers 14 h 30.",
        [],
    ),
    Case(
        "fr-none-distance",
        'Le village se trouve à 30 kilomètres de la frontière.',
        [],
    ),
    Case(
        "fr-none-population",
        "La ville compte 2 millions d'habitants.",
        [],
    ),
    Case(
        "fr-none-article",
        "Selon l'article 3 de la loi, l'état d'urgence peut être prolongé.",
        [],
    ),
    Case(
        "fr-none-no-figure",
        "Les autorités n'ont donné aucun bilan.",
        [],
    ),
    Case(
        "fr-none-duration",
        'Les affrontements ont duré trois jours.',
        [],
    ),
    Case(
        "fr-none-score",
        "Le PSG s'est imposé 3 à 1 face à Lyon.",
        [],
    ),
    Case(
        "fr-none-date",
        'Les troubles ont commencé le 2 janvier.',
        [],
    ),
    Case(
        "fr-none-weeks",
        "L'état d'urgence a été décrété pour deux semaines.",
        [],
    ),
    Case(
        "fr-none-money",
        "L'aide s'élève à 500 millions de dollars.",
        [],
    ),
    Case(
        "fr-none-ordinal",
        "C'est la troisième attaque en un mois.",
        [],
    ),
    Case(
        "fr-none-lines",
        'Le président a rencontré ses homologues à Paris.',
        [],
    ),
    Case(
        "fr-none-route",
        'La route nationale 7 a été coupée.',
        [],
    ),
    # ---- attribution (issue 14) ------------------------------------------------------------------
    Case(
        "fr-attr-jour-apres-le-verbe",
        'Au moins 12 personnes ont été tuées, a indiqué lundi la police.',
        [C('deaths', 12, qualifier='at_least', speaker='police', exact=('speaker',))],
    ),
    Case(
        "fr-attr-selon-les-chiffres-d-apostrophe",
        "Selon les chiffres d'Amnesty International, 40 personnes ont été tuées.",
        [C('deaths', 40, speaker='Amnesty International', exact=('speaker',))],
    ),
    Case(
        "fr-attr-chiffres-officiels-sans-nom",
        'Selon les chiffres officiels, 210 personnes ont été arrêtées.',
        [C('arrests', 210, speaker='chiffres officiels', speaker_text='chiffres officiels', attribution='unnamed_official')],
    ),
    Case(
        "fr-attr-a-declare-a-l-afp",
        "Douze personnes ont été blessées, a déclaré à l'AFP un porte-parole de la police.",
        [C('injuries', 12, speaker='porte-parole', via='AFP', exact=('via',))],
    ),
    # ---- dépêches d'agence : sources, corrections, bilans (style AFP) ---------------------------------
    Case(
        "fr-attr-a-t-on-appris-aupres-de",
        "L'accident de car a fait deux morts et cinq blessés, a-t-on appris auprès de la gendarmerie.",
        [C('deaths', 2, speaker='gendarmerie', exact=('speaker',)), C('injuries', 5, speaker='gendarmerie', exact=('speaker',))],
    ),
    Case(
        "fr-attr-apprend-on-aupres-du-parquet",
        "Trois jeunes ont été interpellés dans la nuit, apprend-on auprès du parquet.",
        [C('arrests', 3, speaker='parquet', exact=('speaker',))],
    ),
    Case(
        "fr-attr-bilan-du-ministere-sujet",
        "Le bilan du ministère de l'Intérieur fait état de 42 morts après les intempéries.",
        [C('deaths', 42, speaker='ministère')],
    ),
    Case(
        "fr-attr-bilan-de-l-attaque-sans-source",
        "Le bilan de l'attaque s'élève désormais à 42 morts.",
        [C('deaths', 42, speaker=None)],
    ),
    Case(
        "fr-attr-selon-un-dernier-bilan-du",
        "Selon un dernier bilan du ministère de la Santé, 42 personnes sont mortes dans les bombardements.",
        [C('deaths', 42, speaker='ministère')],
    ),
    Case(
        "fr-attr-selon-un-bilan-provisoire-des-autorites",
        "Au moins 35 personnes ont péri dans les inondations, selon un bilan provisoire des autorités.",
        [C('deaths', 35, qualifier='at_least', speaker='autorités', exact=('speaker',))],
    ),
    Case(
        "fr-vague-dizaines-sans-article-apres-de",
        "Des témoins ont fait état de dizaines de blessés après l'explosion sur le marché.",
        [C('injuries', None, qualifier='vague', speaker='témoins')],
    ),
    Case(
        "fr-attr-ont-evoque-au-pluriel",
        "Des secouristes ont évoqué des centaines de morts sous les décombres.",
        [C('deaths', None, qualifier='vague', speaker='secouristes', exact=('speaker',))],
    ),
    Case(
        "fr-attr-agence-sana-n-est-pas-un-lieu",
        "Selon l'agence Sana, 20 personnes ont été tuées dans la frappe.",
        [C('deaths', 20, speaker='Sana', location=None)],
    ),
    Case(
        "fr-attr-agence-officielle-sana-et-lieu-nomme",
        "L'agence officielle Sana a fait état de 20 morts dans une frappe près de Homs.",
        [C('deaths', 20, speaker='Sana', location='Homs')],
    ),
    Case(
        "fr-attr-chiffre-suivi-de-sa-source-apres-virgule",
        "Quelque 5 000 personnes ont défilé à Nantes selon la préfecture, 12 000 selon les syndicats.",
        [C('participants', 5000, qualifier='about', speaker='préfecture', exact=('speaker',)),
         C('participants', 12000, speaker='syndicats', exact=('speaker',))],
    ),
    Case(
        "fr-correction-revu-a-la-baisse-contre",
        "Le ministère de la Santé a revu à la baisse le bilan, à 212 morts contre 240 annoncés auparavant.",
        [C('deaths', 212, flags=('correction',), speaker='ministère'), C('deaths', 240, not_flags=('correction',), speaker='ministère')],
    ),
    Case(
        "fr-correction-autorites-au-lieu-de",
        "Les autorités ont corrigé mardi le bilan de l'incendie à 21 morts, au lieu de 25.",
        # the replaced value is a claim with no flag (figure.corrected-value), as "au lieu de 25 annoncés la veille"
        [C('deaths', 21, flags=('correction',), speaker='autorités', exact=('speaker',)), C('deaths', 25, not_flags=('correction',))],
    ),
    Case(
        "fr-correction-compte-deux-fois",
        "Le nombre de morts a été corrigé à 17, un corps ayant été compté deux fois.",
        [C('deaths', 17, flags=('correction',))],
    ),
    Case(
        "fr-correction-de-a",
        "Le ministère a corrigé le bilan de 240 à 212 morts.",
        [C('deaths', 240, not_flags=('correction',)), C('deaths', 212, flags=('correction',), speaker='ministère')],
    ),
    Case(
        "fr-attr-responsable-sous-couvert-d-anonymat",
        "Douze soldats ont été tués dans une embuscade, a déclaré à l'AFP un responsable sécuritaire sous couvert d'anonymat.",
        [C('deaths', 12, group='security_forces', speaker='responsable', via='AFP')],
    ),
    Case(
        "fr-attr-oim-migrants-au-large",
        "Une trentaine de migrants sont morts noyés au large de la Libye, selon l'OIM.",
        [C('deaths', 30, qualifier='about', group='civilians', location='Libya', speaker='OIM', exact=('speaker',))],
    ),
    Case(
        "fr-attr-dernier-bilan-officiel",
        "Le séisme a fait plus de 2 000 morts, selon le dernier bilan officiel.",
        [C('deaths', 2000, qualifier='more_than', speaker='chiffres officiels', attribution='unnamed_official')],
    ),
    Case(
        "fr-attr-decompte-de-l-afp",
        "Au moins 18 personnes ont été tuées, selon un décompte de l'AFP établi à partir de sources officielles.",
        [C('deaths', 18, qualifier='at_least', speaker='AFP', exact=('speaker',))],
    ),
    Case(
        "fr-attr-oim-nom-entier-avant-sigle",
        "L'Organisation internationale pour les migrations (OIM) a indiqué qu'au moins 62 migrants s'étaient noyés.",
        [C('deaths', 62, qualifier='at_least', group='civilians', speaker='Organisation internationale pour les migrations', exact=('speaker',))],
    ),
    Case(
        "fr-attr-selon-oim-nom-entier",
        "Selon l'Organisation internationale pour les migrations, au moins 62 migrants se sont noyés en Méditerranée.",
        [C('deaths', 62, qualifier='at_least', group='civilians', speaker='Organisation internationale pour les migrations', exact=('speaker',))],
    ),
    Case(
        "fr-attr-agence-de-presse-officielle-et-son-nom",
        "Au moins 14 personnes ont été tuées, selon l'agence de presse officielle KCNA.",
        [C('deaths', 14, qualifier='at_least', speaker='KCNA')],
    ),
    Case(
        "fr-attr-chiffre-puis-source-manifestation-paris",
        "Près de 3 000 personnes ont manifesté samedi à Paris, selon le ministère de l'Intérieur, 15 000 selon la CGT.",
        [C('participants', 3000, qualifier='almost', location='Paris', speaker='ministère'),
         C('participants', 15000, location='Paris', speaker='CGT', exact=('speaker',))],
    ),
    Case(
        "fr-un-mort-et-quatre-blesses",
        "La fusillade a fait un mort et quatre blessés dans la nuit de samedi à dimanche, selon la police.",
        [C('deaths', 1, qualifier='exact', speaker='police'), C('injuries', 4, qualifier='exact', speaker='police')],
    ),
    Case(
        "fr-un-mort-titre",
        "Un mort et trois blessés dans une collision sur l'A7",
        [C('deaths', 1), C('injuries', 3)],
    ),
    Case(
        "fr-un-blesse-grave",
        "L'incendie a fait un blessé grave, a précisé la préfecture.",
        [C('injuries', 1, speaker='préfecture')],
    ),
    Case(
        "fr-bilan-d-un-mort",
        "Le bilan provisoire est d'un mort et de trois blessés légers.",
        [C('deaths', 1), C('injuries', 3)],
    ),
    Case(
        "fr-retrouve-mort-n-est-pas-un-chiffre",
        "Le suspect a été retrouvé mort dans sa cellule.",
        [],
    ),
    Case(
        "fr-bilan-depasse-les",
        "Le bilan du séisme dépasse désormais les 5 000 morts.",
        [C('deaths', 5000, qualifier='more_than')],
    ),
    Case(
        "fr-attr-medecin-a-l-hopital",
        "Un médecin à l'hôpital principal a fait état de 23 morts.",
        [C('deaths', 23, speaker='médecin', exact=('speaker',))],
    ),
    Case(
        "fr-attr-responsables-a-l-hopital",
        "Des responsables à l'hôpital ont indiqué que 23 personnes étaient mortes.",
        [C('deaths', 23, speaker='responsables', exact=('speaker',))],
    ),
    Case(
        "fr-attr-source-dans-la-phrase-suivante-avec-jour",
        "Au moins 19 personnes sont mortes dans le naufrage. C'est ce qu'a indiqué dimanche le ministère de la Santé.",
        [C('deaths', 19, qualifier='at_least', speaker='ministère', as_of='2024-03-10')],
        published="2024-03-12",
    ),
    Case(
        "fr-attr-selon-ces-chiffres-renvoie-a-la-source",
        "La Croix-Rouge a publié un nouveau bilan lundi. Selon ces chiffres, 312 personnes ont été blessées.",
        [C('injuries', 312, speaker='Croix-Rouge', exact=('speaker',))],
    ),
    Case(
        "fr-attr-sujet-avant-auxiliaire-et-adverbe",
        "Les autorités avaient initialement fait état de 12 morts dans les inondations.",
        [C('deaths', 12, speaker='autorités', exact=('speaker',))],
    ),
    Case(
        "fr-attr-autorites-locales-sujet",
        "Les autorités locales ont fait état de 14 morts dans le glissement de terrain.",
        [C('deaths', 14, speaker='autorités locales')],
    ),
    # ---- une première annonce, dépassée --------------------------------------------------------------
    Case(
        "fr-premiere-annonce-initialement",
        "Les secours avaient initialement annoncé deux blessés.",
        [C("injuries", 2, flags=("retracted",))],
    ),
    # issue 15 : une liste de personnes nommées avec leur âge compte ses noms
    Case(
        "fr-local-liste-de-noms-blesses",
        "Jean Roux, 19 ans, et Paul Marin, 21 ans, ont été blessés par balle samedi soir.",
        [C("injuries", 2, group="all")],
    ),
    # ---- les particularités du document (Claim.particulars), lues une fois dans son chapeau -------------
    Case(
        "fr-particularites-victime-du-chapeau",
        "Deux hommes ont été tués par balle samedi soir à Marseille, selon la police.\n\n"
        "L'une des victimes, Karim Benali, 19 ans, habitait le quartier.",
        [C("deaths", 2, location="Marseille", speaker="police", particulars=("person:karim benali",))],
    ),
    Case(
        "fr-s26noids-particularites-carrefour-du-chapeau",
        "Deux personnes ont été blessées par balle vendredi soir à Lyon, a indiqué la police. Les tirs ont eu lieu "
        "à l'angle de la rue Garibaldi et du cours Lafayette.",
        [C("injuries", 2, location="Lyon", speaker="police", particulars=("address:garibaldi lafayette", "street:garibaldi"))],
    ),
    # ---- s12heldout : catastrophes et accidents, disparus, évacués, bilans revus, jours de la semaine ----
    Case(
        "fr-catastrophe-seisme-bilan-alourdi-selon-ministere",
        "Le bilan du tremblement de terre s'est alourdi à 2 012 morts, selon le ministère de l'Intérieur.",
        [C("deaths", 2012, qualifier="exact", speaker="ministère")],
    ),
    Case(
        "fr-catastrophe-immeuble-bilan-s-alourdit-jour-inverse",
        "Le bilan s'alourdit à 47 morts après l'effondrement d'un immeuble à Lagos, ont annoncé mercredi les secours.",
        [C("deaths", 47, location="Lagos", speaker="secours", as_of="2024-03-13")],
        published="2024-03-14",
    ),
    Case(
        "fr-attr-sujet-inverse-apres-province",
        "Au moins 23 personnes ont péri dans l'accident d'un autocar dans la province de Cuzco, a indiqué la police.",
        [C("deaths", 23, qualifier="at_least", location="Cusco", speaker="police", exact=("speaker",))],
    ),
    Case(
        "fr-attr-sujet-inverse-apres-region-avec-jour",
        "Douze personnes ont été tuées par une avalanche dans la région de Vorarlberg, ont indiqué lundi les secouristes.",
        [C("deaths", 12, speaker="secouristes", as_of="2024-03-11", exact=("speaker",))],
        published="2024-03-14",
    ),
    Case(
        "fr-disparus-trentaine-toujours",
        "Une trentaine de personnes sont toujours portées disparues après les inondations, selon la protection civile.",
        [C("missing", 30, qualifier="about", speaker="protection civile")],
    ),
    Case(
        "fr-evacues-plus-de-jour-avant-sujet",
        "Plus de 10 000 personnes ont été évacuées en raison des incendies, a annoncé lundi la préfecture.",
        [C("displaced", 10000, qualifier="more_than", speaker="préfecture", as_of="2024-03-11")],
        published="2024-03-14",
    ),
    Case(
        "fr-bilan-revu-a-la-hausse",
        "Le bilan a été revu à la hausse à 36 morts, a déclaré mardi le gouverneur.",
        [C("deaths", 36, speaker="gouverneur", as_of="2024-03-12", flags=("correction",))],
        published="2024-03-14",
    ),
    Case(
        "fr-deux-lieux-dont-ville-de",
        "Les autorités font état de 18 morts dans la province de Hatay, dont 12 dans la ville de Kahramanmaras.",
        [C("deaths", 18, location="Hatay", speaker="autorités"), C("deaths", 12, part_of=0)],
    ),
    Case(
        "fr-deux-lieux-dont-ville-elidee",
        "Le bilan provisoire fait état de 18 morts dans la province de Hatay, dont 12 dans la ville d'Antakya.",
        [C("deaths", 18, location="Hatay"), C("deaths", 12, location="Antakya", part_of=0)],
    ),
    Case(
        "fr-deplaces-selon-onu",
        "Plus de 40 000 personnes ont été déplacées par les combats, selon l'ONU.",
        [C("displaced", 40000, qualifier="more_than", speaker="ONU")],
    ),
    Case(
        "fr-train-deraillement-morts-blesses-samedi",
        "Le déraillement d'un train a fait au moins 32 morts et 85 blessés, a indiqué samedi le ministère des Transports.",
        [C("deaths", 32, qualifier="at_least", speaker="ministère", as_of="2024-03-09"),
         C("injuries", 85, speaker="ministère", as_of="2024-03-09")],
        published="2024-03-14",
    ),
    Case(
        "fr-incendie-nouveau-bilan-dimanche",
        "Au moins 57 personnes sont mortes dans l'incendie d'une discothèque, selon un nouveau bilan communiqué dimanche.",
        [C("deaths", 57, qualifier="at_least", as_of="2024-03-10")],
        published="2024-03-14",
    ),
    Case(
        "fr-glissement-disparus-vingtaine",
        "Une vingtaine de personnes sont portées disparues après le glissement de terrain.",
        [C("missing", 20, qualifier="about")],
    ),
    Case(
        "fr-nombre-de-morts-passe-a",
        "Le nombre de morts est passé à 61, selon les autorités locales.",
        [C("deaths", 61, speaker="autorités")],
    ),
    Case(
        "fr-crue-morts-et-disparus",
        "Les crues ont fait au moins huit morts et une dizaine de disparus dans le sud-est du pays, selon la préfecture.",
        [C("deaths", 8, qualifier="at_least", speaker="préfecture"), C("missing", 10, qualifier="about", speaker="préfecture")],
    ),
    Case(
        "fr-manifestants-etaient-selon-police",
        "Les manifestants étaient 3 500 selon la police.",
        [C("participants", 3500, group="protesters", speaker="police")],
    ),
    Case(
        "fr-manifestants-etaient-deux-sources",
        "Les grévistes étaient 2 millions selon la CGT, 800 000 selon la police.",
        [C("participants", 2000000, speaker="CGT"), C("participants", 800000, speaker="police")],
    ),
    Case(
        "fr-ils-etaient-n-a-defiler",
        "Ils étaient plus de 5 000 à défiler dans les rues de Nantes samedi.",
        [C("participants", 5000, qualifier="more_than")],
    ),
    Case(
        "fr-lieu-apres-article-elide",
        "Au moins 14 civils ont été tués dans des frappes sur la ville d'Alep, selon l'OSDH.",
        [C("deaths", 14, qualifier="at_least", group="civilians", location="Aleppo", speaker="OSDH")],
    ),
    Case(
        "fr-lieu-parquet-de-paris-est-son-siege",
        "Deux hommes ont été mis en examen après l'attaque au couteau, a annoncé le parquet de Paris.",
        [C("arrests", 2, speaker="parquet", location="France")],
    ),
    # ---- s25places : noms de lieux à mot en minuscule, zones larges, ville devant son État ----------------------
    Case(
        "fr-s25places-republique-dominicaine",
        "Le passage de l'ouragan a fait au moins 12 morts en République dominicaine, selon la protection civile.",
        [C("deaths", 12, qualifier="at_least", location="Dominican Republic")],
    ),
    Case(
        "fr-s25places-coree-du-sud",
        "Au moins 12 personnes ont été tuées en Corée du Sud, selon les autorités.",
        [C("deaths", 12, qualifier="at_least", location="South Korea")],
    ),
    Case(
        "fr-s25places-caraibes",
        "Les pluies torrentielles ont fait au moins 30 morts dans les Caraïbes, selon l'ONU.",
        [C("deaths", 30, qualifier="at_least", location="Caribbean")],
    ),
    Case(
        "fr-s25places-amerique-centrale",
        "La tempête a fait au moins 40 morts en Amérique centrale, selon les autorités.",
        [C("deaths", 40, qualifier="at_least", location="Central America")],
    ),
    Case(
        "fr-s25places-ville-de-la-dateline-dans-son-etat",
        "CAIRO, Illinois - Deux hommes ont été blessés par balle samedi soir, a indiqué la police.\n\n"
        "La police de Cairo recherche le tireur. À Cairo, beaucoup d'habitants sont restés chez eux.",
        [C("injuries", 2, location="Cairo")],
    ),
    Case(
        "fr-s25places-homonyme-d-une-region-a-l-etranger",
        "MODESTO, Californie - Un homme a été tué par balle dimanche à Sonora, a indiqué le shérif.\n\n"
        "Le suspect a été arrêté à Sonora quelques heures plus tard. La police de Sonora a dit qu'il avait fui "
        "une fête à Sonora.\n\nDans tout le pays, plus de 40 personnes ont été blessées par balle pendant le week-end.",
        [C("deaths", 1, location="Sonora"), C("injuries", 40, qualifier="more_than", location="United States")],
    ),
    Case(
        "fr-s25places-deux-rues-d-un-carrefour",
        "Un adolescent de 15 ans a été tué par balle vendredi soir dans une boutique à l'angle de Rainbow et Durango, "
        "a indiqué la police.",
        [C("deaths", 1, location=None, speaker="police")],
    ),
    Case(
        "fr-s25places-comte-nomme-d-apres-une-region-a-l-etranger",
        "Un homme a été tué par balle mardi dans sa maison.\n\nLe médecin légiste du Westmoreland County a conclu à un homicide.",
        [C("deaths", 1, location=None)],
    ),
    Case(
        "fr-lieu-parquet-de-paris-lieu-du-chiffre-ailleurs",
        "Au moins neuf personnes ont été blessées à Arras, a indiqué le parquet de Paris.",
        [C("injuries", 9, qualifier="at_least", speaker="parquet", location="Arras")],
    ),
    Case(
        "fr-date-jour-du-seisme-n-est-pas-celui-du-bilan",
        "Le bilan du séisme de mardi s'est alourdi à 2 012 morts, selon le ministère de l'Intérieur.",
        [C("deaths", 2012, as_of="2024-03-14")],
        published="2024-03-14",
    ),
    # ---- dépêches (s13heldout) : sources relayées, sources d'un bilan, personnes bloquées, foule ----
    Case(
        "fr-agence-sources-hospitalieres-citees-par-afp",
        "Le bilan provisoire fait état de 18 morts et d'une centaine de blessés, selon des sources hospitalières citées par l'AFP.",
        [C("deaths", 18, speaker="sources", via="AFP"), C("injuries", 100, qualifier="about", speaker="sources", via="AFP")],
    ),
    # s25agen : pendants de règles anglaises (un communiqué relayé par une agence, des chiffres compilés par, la capitale
    # d'un pays avant son nom, refuge dans des centres d'évacuation, policiers mobilisés)
    Case(
        "fr-s25agen-communique-relaye-par-agence-sujet-inverse",
        "Au moins 14 personnes ont été tuées, a indiqué le ministère de la Santé dans un communiqué relayé par l'agence "
        "officielle WAFA.",
        [C("deaths", 14, qualifier="at_least", speaker="ministère de la Santé", via="WAFA")],
    ),
    Case(
        "fr-s25agen-communique-relaye-par-agence-sujet-avant",
        "Le ministère de la Santé a indiqué dans un communiqué relayé par l'agence officielle WAFA que 14 personnes "
        "avaient été tuées.",
        [C("deaths", 14, speaker="ministère de la Santé", via="WAFA")],
    ),
    Case(
        "fr-s25agen-chiffres-compiles-par-onu",
        "Selon des chiffres compilés par l'ONU, plus de 10 000 civils ont été tués depuis le début de l'invasion.",
        [C("deaths", 10000, qualifier="more_than", group="civilians", speaker="ONU")],
    ),
    Case(
        "fr-s25agen-capitale-du-pays-en-apposition",
        "Au moins 15 personnes ont été tuées à Nairobi, la capitale du Kenya, selon la police.",
        [C("deaths", 15, qualifier="at_least", location="Nairobi", speaker="police")],
    ),
    Case(
        "fr-s25agen-refuge-dans-des-centres-evacuation",
        "Quelque 30 000 personnes ont trouvé refuge dans des centres d'évacuation à l'approche du typhon.",
        [C("displaced", 30000, qualifier="about")],
    ),
    Case(
        "fr-s25agen-opposition-avance-chiffres-plus-eleves",
        "Le gouvernement a fait état de 35 morts, mais l'opposition a avancé des chiffres bien plus élevés.",
        [C("deaths", 35, speaker="gouvernement")],
    ),
    Case(
        "fr-s25agen-parmi-les-morts-un-journaliste-et-deux-humanitaires",
        "Parmi les morts figurent un journaliste et deux travailleurs humanitaires, selon l'ONU.",
        [C("deaths", 1, group="civilians", speaker="ONU"), C("deaths", 2, group="civilians", speaker="ONU")],
    ),
    Case(
        "fr-s25agen-survivants-ne-sont-pas-des-morts",
        "Les secouristes ont extrait jusqu'ici 37 corps et 70 survivants des décombres.",
        [C("deaths", 37)],
    ),
    Case(
        "fr-s25agen-lieu-dans-sa-proposition-apres-et",
        "Trois policiers ont été tués à Kaboul et deux soldats blessés à Kandahar.",
        [C("deaths", 3, group="security_forces", location="Kabul"), C("injuries", 2, group="security_forces", location="Kandahar")],
    ),
    Case(
        "fr-s25agen-policiers-mobilises",
        "Quelque 6000 policiers seront mobilisés à Paris pour la Saint-Sylvestre, a indiqué le ministre de l'Intérieur.",
        [C("troops", 6000, qualifier="about", group="security_forces", location="Paris", speaker="ministre de l'Intérieur")],
    ),
    Case(
        "fr-agence-bilan-communique-par-ministere",
        "Selon un nouveau bilan communiqué mercredi par le ministère de la Santé, 34 personnes ont été tuées.",
        [C("deaths", 34, speaker="ministère", as_of="2024-03-13")],
        published="2024-03-14",
    ),
    Case(
        "fr-agence-chiffres-publies-par-onu",
        "Selon des chiffres publiés par l'ONU, plus de 300 000 personnes ont fui les combats.",
        [C("displaced", 300000, qualifier="more_than", speaker="ONU", exact=("speaker",))],
    ),
    Case(
        "fr-agence-mineurs-bloques-sous-terre",
        "Une trentaine de mineurs sont bloqués sous terre après l'effondrement d'une mine de charbon.",
        [C("missing", 30, qualifier="about", group="civilians")],
    ),
    Case(
        "fr-agence-mineurs-pris-au-piege",
        "Le bilan est passé à 12 morts, neuf mineurs sont toujours pris au piège, selon les autorités provinciales.",
        [C("deaths", 12, speaker="autorités"), C("missing", 9, group="civilians", speaker="autorités")],
    ),
    Case(
        "fr-agence-seisme-ont-peri-selon-autorites",
        "Au moins 37 personnes ont péri dans un puissant séisme dans l'est de la Turquie, selon les autorités.",
        [C("deaths", 37, qualifier="at_least", location="Turkey", speaker="autorités")],
    ),
    Case(
        "fr-agence-bilan-s-eleve-nouveau-bilan",
        "Le bilan s'élève à 112 morts, selon un nouveau bilan de la protection civile.",
        [C("deaths", 112, speaker="protection civile")],
    ),
    Case(
        "fr-agence-interpellees-d-apres-ministere",
        "Plus de 200 personnes ont été interpellées lors des manifestations, d'après le ministère de l'Intérieur.",
        [C("arrests", 200, qualifier="more_than", speaker="ministère")],
    ),
    Case(
        "fr-agence-pres-de-evacuees",
        "Près de 3 000 personnes ont été évacuées en raison des inondations.",
        [C("displaced", 3000, qualifier="almost")],
    ),
    Case(
        "fr-agence-randonneurs-morts-avalanche",
        "Douze randonneurs sont morts dans une avalanche dans les Alpes suisses.",
        [C("deaths", 12, group="all")],
    ),
    Case(
        "fr-agence-randonneurs-retrouves-morts",
        "Les secours ont retrouvé les corps de douze randonneurs dans le massif.",
        [C("deaths", 12)],
    ),
    Case(
        "fr-agence-policiers-blesses-quelque",
        "Quelque 40 policiers ont été blessés lors des émeutes, selon la préfecture.",
        [C("injuries", 40, qualifier="about", group="security_forces", speaker="préfecture")],
    ),
    Case(
        "fr-agence-disparus-mardi",
        "Dix-sept personnes sont toujours portées disparues, ont indiqué les autorités mardi.",
        [C("missing", 17, speaker="autorités", as_of="2024-03-12")],
        published="2024-03-14",
    ),
    Case(
        "fr-agence-television-citant-ministere",
        "La télévision d'État, citant le ministère de l'Intérieur, a fait état d'au moins 80 morts.",
        [C("deaths", 80, qualifier="at_least", speaker="ministère", via="télévision")],
    ),
    Case(
        "fr-agence-tuees-et-blessees-sources-medicales",
        "Au moins 23 personnes ont été tuées et plus de 100 blessées dans l'attentat, selon des sources médicales.",
        [C("deaths", 23, qualifier="at_least"), C("injuries", 100, qualifier="more_than")],
    ),
    Case(
        "fr-agence-dont-plusieurs-policiers",
        "Un attentat-suicide contre une mosquée du nord-ouest du Pakistan a fait au moins 59 morts, dont plusieurs policiers, selon des responsables.",
        [C("deaths", 59, qualifier="at_least", location="Pakistan"), C("deaths", None, qualifier="vague", group="security_forces", part_of=0)],
    ),
    Case(
        "fr-agence-ils-etaient-a-manifester",
        "Ils étaient des milliers à manifester samedi à Marseille contre la réforme.",
        [C("participants", None, qualifier="vague", group="protesters", location="Marseille")],
    ),
    Case(
        "fr-agence-succombe-a-ses-blessures",
        "La femme a succombé à ses blessures à l'hôpital, a indiqué la police.",
        [C("deaths", 1, speaker="police", not_flags=("anecdotal",))],
    ),
    Case(
        "fr-agence-pont-a-fait-victimes",
        "L'effondrement du pont de Gênes a fait 43 victimes.",
        [C("deaths", 43, location="Genoa")],
    ),
    Case(
        "fr-agence-soldats-de-la-force-regionale",
        "Environ 1 500 soldats de la force régionale seront déployés dans le pays.",
        [C("troops", 1500, qualifier="about", group="foreign_troops")],
    ),
    Case(
        "fr-agence-dernier-bilan-officiel",
        "Le séisme a fait plus de 2 900 morts et au moins 5 500 blessés, selon le dernier bilan officiel.",
        [C("deaths", 2900, qualifier="more_than"), C("injuries", 5500, qualifier="at_least")],
    ),
    Case(
        "fr-agence-mortellement-blessees",
        "Dix personnes ont été mortellement blessées dans l'attaque du marché, selon les autorités.",
        [C("deaths", 10, speaker="autorités")],
    ),
    Case(
        "fr-agence-sources-securitaires-a-l-afp",
        "Au moins onze soldats ont été tués dans une embuscade dans le nord du Burkina Faso, ont indiqué des sources sécuritaires à l'AFP.",
        [C("deaths", 11, qualifier="at_least", group="security_forces", location="Burkina Faso", speaker="sources sécuritaires", via="AFP")],
    ),
    Case(
        "fr-agence-gouverneur-a-declare-a-l-afp",
        "Près d'une centaine de personnes sont mortes dans le glissement de terrain, a déclaré le gouverneur de la province à l'AFP.",
        [C("deaths", 100, qualifier="almost", speaker="gouverneur", via="AFP")],
    ),
    Case(
        "fr-agence-tue-et-blesse-second-objet",
        "Les bombardements russes ont tué trois civils et blessé sept autres dans la région de Kherson au cours des dernières 24 heures, selon le gouverneur régional.",
        [C("deaths", 3, group="civilians", location="Kherson", speaker="gouverneur"), C("injuries", 7, location="Kherson", speaker="gouverneur")],
    ),
    Case(
        "fr-agence-sur-les-morts-des-enfants",
        "Sur les 43 morts, 31 sont des enfants, selon le ministère de la Santé.",
        [C("deaths", 43, speaker="ministère"), C("deaths", 31, group="children", part_of=0)],
    ),
    Case(
        "fr-agence-habitants-ordre-d-evacuer",
        "Quelque 4 000 habitants ont reçu l'ordre d'évacuer alors que l'incendie progressait, selon les pompiers.",
        [C("displaced", 4000, qualifier="about", speaker="pompiers")],
    ),
    Case(
        "fr-agence-habitants-evacues-pas-une-population",
        "Quelque 4 000 habitants ont été évacués de la ville, qui compte 40 000 habitants.",
        [C("displaced", 4000, qualifier="about")],
    ),
    Case(
        "fr-agence-depuis-jour-de-semaine-pas-une-date",
        "Les autorités ont fait état de 1 300 interpellations depuis vendredi, parmi lesquelles de nombreux étudiants.",
        [C("arrests", 1300, speaker="autorités", as_of="2024-03-14")],
        published="2024-03-14",
    ),
    Case(
        "fr-agence-bilan-alourdi-apres-deces-de-blesses",
        "Le bilan de l'accident de bus s'est alourdi à 27 morts après le décès de trois blessés à l'hôpital, selon les autorités.",
        [C("deaths", 27, speaker="autorités"), C("deaths", 3)],
    ),
    # s14german : un article devant un nom qui ne fait que compter (« une personne ») est le bilan, pas une anecdote
    Case(
        "fr-local-une-personne-tuee-est-le-bilan",
        "Une personne a été tuée dans la fusillade à Marseille.",
        [C("deaths", 1, location="Marseille", not_flags=("anecdotal",))],
    ),
    # s15french : une personne nommée par un nom seul, un verbe de mort ou de blessure juste après, est un compte
    # d'un (single_victim_words), pas une anecdote
    Case(
        "fr-agence-victime-decedee-parquet",
        "La victime est décédée à l'hôpital peu après son admission, a indiqué le parquet.",
        [C("deaths", 1, speaker="parquet", not_flags=("anecdotal",))],
    ),
    Case(
        "fr-agence-homme-grievement-blesse",
        "L'homme a été grièvement blessé par balle au thorax, selon une source proche de l'enquête.",
        [C("injuries", 1, speaker="source", not_flags=("anecdotal",))],
    ),
    Case(
        "fr-agence-conducteur-mort-sur-le-coup",
        "Le conducteur est mort sur le coup, selon les pompiers.",
        [C("deaths", 1, speaker="pompiers")],
    ),
    Case(
        "fr-agence-motard-mortellement-blesse",
        "Le motard a été mortellement blessé dans la collision, a précisé la gendarmerie.",
        [C("deaths", 1, speaker="gendarmerie")],
    ),
    Case(
        "fr-local-un-homme-tue-par-balle",
        "Un homme a été tué par balle dans la nuit de samedi à dimanche à Marseille.",
        [C("deaths", 1, location="Marseille", not_flags=("anecdotal",))],
    ),
    Case(
        "fr-local-jeune-femme-hospitalisee",
        "La jeune femme a été hospitalisée dans un état grave.",
        [C("injuries", 1)],
    ),
    Case(
        "fr-local-deux-tues-puis-la-victime",
        "Deux personnes ont été tuées dans la fusillade. La victime est décédée à l'hôpital.",
        [C("deaths", 2), C("deaths", 1, flags=("part",))],
    ),
    # s15french : le registre des agences (bilan alourdi, de source policière, gardes à vue, portés disparus, évacués)
    Case(
        "fr-agence-bilan-alourdi-prefecture",
        "Le bilan de l'incendie s'est alourdi à 14 morts, selon la préfecture.",
        [C("deaths", 14, qualifier="exact", speaker="préfecture")],
    ),
    Case(
        "fr-agence-au-moins-morts-centaine-blesses",
        "Au moins 12 morts et une centaine de blessés ont été recensés après l'explosion, selon la préfecture.",
        [C("deaths", 12, qualifier="at_least", speaker="préfecture"), C("injuries", 100, qualifier="about", speaker="préfecture")],
    ),
    Case(
        "fr-agence-de-source-policiere",
        "Une centaine de blessés ont été pris en charge par les secours, de source policière.",
        [C("injuries", 100, qualifier="about", speaker="police")],
    ),
    Case(
        "fr-agence-interpelles-et-gardes-a-vue",
        "Quarante-trois personnes ont été interpellées et 28 placées en garde à vue, a indiqué la préfecture de police.",
        [C("arrests", 43, speaker="préfecture"), C("arrests", 28, speaker="préfecture")],
    ),
    Case(
        "fr-agence-gardes-a-vue-prononcees",
        "Au total, 112 gardes à vue ont été prononcées dans la nuit, selon le ministère de l'Intérieur.",
        [C("arrests", 112, speaker="ministère")],
    ),
    Case(
        "fr-agence-procede-a-gardes-a-vue",
        "La police a procédé à 40 gardes à vue après les heurts.",
        [C("arrests", 40, speaker="police")],
    ),
    Case(
        "fr-agence-vingtaine-interpelles",
        "Une vingtaine de manifestants ont été interpellés en marge du cortège, de source policière.",
        [C("arrests", 20, qualifier="about", group="protesters", speaker="police")],
    ),
    Case(
        "fr-agence-portes-disparus-naufrage",
        "Trois pêcheurs sont toujours portés disparus après le naufrage, selon la préfecture maritime.",
        [C("missing", 3, speaker="préfecture")],
    ),
    Case(
        "fr-agence-habitants-evacues-crue",
        "Plus de 2 000 habitants ont été évacués en raison de la crue, a précisé la préfecture.",
        [C("displaced", 2000, qualifier="more_than", speaker="préfecture")],
    ),
    Case(
        "fr-agence-ont-peri-dernier-bilan",
        "Selon un dernier bilan communiqué par les autorités, 8 personnes ont péri et 25 ont été blessées.",
        [C("deaths", 8, speaker="autorités"), C("injuries", 25, speaker="autorités")],
    ),
    Case(
        "fr-local-homme-de-45-ans-succombe",
        "Un homme de 45 ans a succombé à ses blessures dimanche, a indiqué le parquet de Lyon.",
        [C("deaths", 1, speaker="parquet", not_flags=("anecdotal",))],
    ),
    Case(
        "fr-local-adolescent-de-16-ans-tue",
        "Un adolescent de 16 ans a été tué par balle dans la nuit de samedi à dimanche.",
        [C("deaths", 1)],
    ),
    # s15french : un bilan qui s'alourdit d'un chiffre à l'autre, deux chiffres et non une fourchette
    Case(
        "fr-agence-bilan-alourdi-de-a",
        "Le bilan s'est alourdi de 12 à 19 morts, selon la préfecture.",
        [C("deaths", 12, qualifier="exact", speaker="préfecture"), C("deaths", 19, qualifier="exact", speaker="préfecture")],
    ),
    Case(
        "fr-agence-decede-de-deux-victimes",
        "Le décès de deux victimes a été confirmé dans la soirée.",
        [C("deaths", 2)],
    ),
    Case(
        "fr-agence-blesses-morts-a-l-hopital",
        "Trois blessés sont morts à l'hôpital dans la nuit.",
        [C("deaths", 3)],
    ),
    Case(
        "fr-agence-a-fait-trois-blesses",
        "L'explosion a fait trois blessés légers, selon les pompiers.",
        [C("injuries", 3, speaker="pompiers")],
    ),
    # s15french : l'âge en apposition entre la personne et le verbe
    Case(
        "fr-local-conductrice-agee-de-deceded",
        "La conductrice, âgée de 34 ans, est décédée sur place, selon les secours.",
        [C("deaths", 1, speaker="secours", not_flags=("anecdotal",))],
    ),
    Case(
        "fr-local-motard-25-ans-mort",
        "Le motard, 25 ans, est mort sur le coup après avoir percuté un arbre.",
        [C("deaths", 1)],
    ),
    # s15places : un nom de ville après « une », suivi d'une virgule, est une voiture, pas un lieu
    Case(
        "fr-lieu-marque-de-voiture-apres-article",
        "DAYTON (AFP) - Deux hommes ont été retrouvés morts dans une Toyota, a indiqué la police.",
        [C("deaths", 2, location="Dayton", speaker="police")],
    ),
    # le siège d'une source nommé avant le lieu (« basé au Royaume-Uni ») n'est pas le lieu de ses chiffres
    Case(
        "fr-place-base-au-pays-est-un-siege",
        "Des frappes aériennes ont touché un marché à Idlib jeudi.\n\nL'Observatoire syrien des droits de l'homme, "
        "basé au Royaume-Uni, a fait état de 25 morts.",
        [C("deaths", 25, location="Idlib")],
    ),
    # une partie avant le tout parmi lequel elle figure, ou après un tout qui ouvre la phrase
    Case(
        "fr-partie-parmi-le-tout-apres-elle",
        "Douze enfants figurent parmi les 40 morts de la bousculade, a indiqué le gouvernement.",
        [C("deaths", 12, group="children"), C("deaths", 40, group="all")],
    ),
    Case(
        "fr-tout-ouvre-la-phrase-partie-apres",
        "Parmi les 31 blessés figurent six policiers, selon la préfecture.",
        [C("injuries", 31, group="all"), C("injuries", 6, group="security_forces", part_of=0)],
    ),
    # s16french : des sources de l'agence (gendarmes, source proche de l'enquête, sécurité civile), les sans-abri,
    # un total de zéro (« personne n'a été blessé »), et les tournures d'agence d'événements de toute sorte
    Case(
        "fr-agence-selon-les-gendarmes",
        "Une dizaine de personnes ont été légèrement blessées, selon les gendarmes.",
        [C("injuries", 10, qualifier="about", speaker="gendarmes", origin="government of the event's country")],
    ),
    Case(
        "fr-agence-de-source-proche-de-l-enquete",
        "Au moins 14 personnes ont péri dans l'incendie d'un immeuble, de source proche de l'enquête.",
        [C("deaths", 14, qualifier="at_least", speaker="source proche de l'enquête")],
    ),
    Case(
        "fr-agence-selon-une-source-proche-du-dossier",
        "Selon une source proche du dossier, deux hommes ont été tués par balle dans la nuit.",
        [C("deaths", 2, speaker="source proche de l'enquête")],
    ),
    Case(
        "fr-agence-a-indique-le-parquet",
        "Trois personnes ont été tuées dans la fusillade, a indiqué le parquet.",
        [C("deaths", 3, speaker="parquet", origin="government of the event's country")],
    ),
    Case(
        "fr-agence-a-t-on-appris-de-source-policiere",
        "Une femme a été tuée par balle mardi soir à Marseille, a-t-on appris de source policière.",
        [C("deaths", 1, location="Marseille", speaker="police")],
    ),
    Case(
        "fr-agence-selon-un-decompte-de-l-afp",
        "Au moins 52 migrants sont morts dans le naufrage de leur embarcation, selon un décompte de l'AFP.",
        [C("deaths", 52, qualifier="at_least", group="civilians", speaker="AFP")],
    ),
    Case(
        "fr-agence-selon-la-securite-civile",
        "Selon la sécurité civile, 150 sinistrés ont été relogés dans des gymnases.",
        [C("displaced", 150, speaker="sécurité civile")],
    ),
    Case(
        "fr-agence-seisme-morts-et-sans-abri",
        "Le séisme a fait plus d'une centaine de morts et des milliers de sans-abri.",
        [C("deaths", 100, qualifier="more_than"), C("displaced", None, qualifier="vague")],
    ),
    Case(
        "fr-agence-personnes-sinistrees",
        "Au moins 200 maisons ont été détruites et 5 000 personnes sinistrées par le cyclone.",
        [C("displaced", 5000)],
    ),
    Case(
        "fr-agence-zero-personne-blesse",
        "Personne n'a été blessé, selon les pompiers.",
        [C("injuries", 0, speaker="pompiers")],
    ),
    Case(
        "fr-agence-zero-aucun-blesse-a-deplorer",
        "Aucun blessé n'est à déplorer, a précisé la préfecture.",
        [C("injuries", 0, speaker="préfecture")],
    ),
    Case(
        "fr-agence-zero-aucun-mort",
        "Le glissement de terrain n'a fait aucun mort, selon les autorités locales.",
        [C("deaths", 0, speaker="autorités")],
    ),
    Case(
        "fr-agence-zero-pas-fait-de-blesse",
        "L'explosion n'a pas fait de blessé, a indiqué la gendarmerie.",
        [C("injuries", 0, speaker="gendarmerie")],
    ),
    Case(
        "fr-agence-zero-pas-grievement-no-claim",
        "Personne n'a été grièvement blessé lors de l'intervention.",
        [],
    ),
    Case(
        "fr-agence-zero-vu-par-personne-no-claim",
        "Le suspect a pris la fuite sans être vu par personne.",
        [],
    ),
    Case(
        "fr-agence-bilan-alourdi-a",
        "Le bilan s'est alourdi à 27 morts après la découverte de nouveaux corps, selon la préfecture.",
        [C("deaths", 27, speaker="préfecture")],
    ),
    Case(
        "fr-agence-interpellees-en-marge",
        "Une vingtaine de personnes ont été interpellées en marge de la manifestation, selon la préfecture de police.",
        [C("arrests", 20, qualifier="about", speaker="préfecture")],
    ),
    Case(
        "fr-agence-trois-en-urgence-absolue",
        "Trois personnes sont en urgence absolue, selon les pompiers.",
        [C("injuries", 3, speaker="pompiers")],
    ),
    Case(
        "fr-agence-car-morts-quinzaine-blesses",
        "L'accident de car a fait deux morts et une quinzaine de blessés sur l'autoroute A7.",
        [C("deaths", 2), C("injuries", 15, qualifier="about")],
    ),
    Case(
        "fr-agence-evacuees-inondations",
        "Près de 300 personnes ont été évacuées en raison des inondations, a indiqué la préfecture.",
        [C("displaced", 300, qualifier="almost", speaker="préfecture")],
    ),
    Case(
        "fr-agence-portees-disparues-crues",
        "Onze personnes sont portées disparues après les crues, selon les secours.",
        [C("missing", 11, speaker="secours")],
    ),
    Case(
        "fr-agence-naufrage-au-large-oim",
        "Au moins 61 personnes ont péri dans le naufrage d'une embarcation au large de la Libye, selon l'OIM.",
        [C("deaths", 61, qualifier="at_least", location="Libya", speaker="OIM")],
    ),
    Case(
        "fr-agence-seisme-plus-de-2000",
        "Le bilan du séisme s'est alourdi à plus de 2 000 morts, selon les autorités marocaines.",
        [C("deaths", 2000, qualifier="more_than", speaker="autorités")],
    ),
    Case(
        "fr-agence-attaque-dont-un-policier",
        "L'attaque a fait quatre morts, dont un policier, et neuf blessés, selon un bilan de source sécuritaire.",
        [C("deaths", 4, speaker="sources sécuritaires"), C("deaths", 1, group="security_forces", part_of=0), C("injuries", 9)],
    ),
    Case(
        "fr-agence-garde-a-vue-ministre",
        "Plus de 200 personnes ont été placées en garde à vue, a indiqué le ministre de l'Intérieur.",
        [C("arrests", 200, qualifier="more_than", speaker="ministre")],
    ),
    Case(
        "fr-agence-policiers-et-gendarmes-blesses",
        "Une quarantaine de policiers et gendarmes ont été blessés lors des heurts, a indiqué le ministère.",
        [C("injuries", 40, qualifier="about", group="security_forces", speaker="ministère")],
    ),
    Case(
        "fr-agence-bilan-provisoire-urgence-absolue",
        "Le bilan provisoire fait état de 12 morts et 35 blessés, dont 5 en urgence absolue.",
        [C("deaths", 12), C("injuries", 35), C("injuries", 5, part_of=1)],
    ),
    Case(
        "fr-agence-collision-trains",
        "Huit personnes sont mortes et une trentaine ont été blessées dans la collision entre deux trains.",
        [C("deaths", 8), C("injuries", 30, qualifier="about")],
    ),
    Case(
        "fr-agence-blesses-graves-et-legers",
        "Deux blessés graves et six blessés légers ont été pris en charge par les secours.",
        [C("injuries", 2), C("injuries", 6)],
    ),
    Case(
        "fr-agence-civils-frappes-russes",
        "Au moins 30 civils ont été tués dans des frappes russes, selon les autorités ukrainiennes.",
        [C("deaths", 30, qualifier="at_least", group="civilians", speaker="autorités")],
    ),
    Case(
        "fr-agence-pluies-morts-et-disparus",
        "Les pluies torrentielles ont fait au moins 9 morts et 4 disparus dans le Var, selon la préfecture.",
        [C("deaths", 9, qualifier="at_least", speaker="préfecture"), C("missing", 4, speaker="préfecture")],
    ),
    Case(
        "fr-agence-ont-trouve-la-mort",
        "Au moins 17 personnes ont trouvé la mort dans les inondations qui ont frappé le sud-est du pays.",
        [C("deaths", 17, qualifier="at_least")],
    ),
    Case(
        "fr-agence-grievement-et-legerement",
        "Deux personnes ont été grièvement blessées et quatre légèrement, selon les pompiers.",
        [C("injuries", 2, speaker="pompiers"), C("injuries", 4, speaker="pompiers")],
    ),
    Case(
        "fr-agence-blesses-par-balle-nuit",
        "Trois personnes ont été blessées par balle dans la nuit de vendredi à samedi à Marseille.",
        [C("injuries", 3, location="Marseille")],
    ),
    Case(
        "fr-agence-un-tue-deux-autres-blesses",
        "Un homme a été tué et deux autres blessés dans une fusillade à Grenoble.",
        [C("deaths", 1, location="Grenoble"), C("injuries", 2, location="Grenoble")],
    ),
    Case(
        "fr-agence-attentat-a-coute-la-vie",
        "L'attentat a coûté la vie à 86 personnes sur la promenade.",
        [C("deaths", 86)],
    ),
    Case(
        "fr-agence-secours-ont-denombre",
        "Les secours ont dénombré 13 blessés, dont trois en urgence absolue.",
        [C("injuries", 13, speaker="secours"), C("injuries", 3, part_of=0)],
    ),
    Case(
        "fr-agence-sans-abri-cyclone",
        "Au moins 3 000 personnes se sont retrouvées sans abri après le passage du cyclone.",
        [C("displaced", 3000, qualifier="at_least")],
    ),
    Case(
        "fr-agence-organisateurs-et-police",
        "Quelque 10 000 personnes ont manifesté à Nantes selon les organisateurs, 4 500 selon la police.",
        [C("participants", 10000, qualifier="about", location="Nantes", speaker="organisateurs"),
         C("participants", 4500, location="Nantes", speaker="police")],
    ),
    Case(
        "fr-agence-kharkiv-dont-un-enfant",
        "Douze personnes, dont un enfant, ont été tuées dans un bombardement russe sur Kharkiv, a indiqué le gouverneur régional.",
        [C("deaths", 12, location="Kharkiv", speaker="gouverneur"), C("deaths", 1, group="children", part_of=0)],
    ),
    Case(
        "fr-agence-avalanche-randonneurs",
        "Deux randonneurs ont péri dans une avalanche en Savoie, selon le PGHM.",
        [C("deaths", 2, speaker="PGHM")],
    ),
    Case(
        "fr-agence-manifestation-a-rassemble",
        "La manifestation a rassemblé 2 300 personnes selon la préfecture.",
        [C("participants", 2300, group="protesters", speaker="préfecture")],
    ),
    # s16french : une victime comptée par l'article, son âge après le nom (« Un adolescent de 16 ans »)
    Case(
        "fr-local-enfant-de-8-ans-percute",
        "Un enfant de 8 ans a été mortellement percuté par une voiture à la sortie de l'école.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-local-policier-de-31-ans-blesse",
        "Un policier de 31 ans a été grièvement blessé lors du refus d'obtempérer, selon une source policière.",
        [C("injuries", 1, speaker="police")],
    ),
    Case(
        "fr-local-gendarme-age-de-decede",
        "Un gendarme, âgé de 45 ans, est décédé après avoir été percuté par un chauffard.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-local-conducteur-23-ans-mort",
        "Un conducteur, 23 ans, est mort dans la collision avec un poids lourd, selon les pompiers.",
        [C("deaths", 1, speaker="pompiers")],
    ),
    Case(
        "fr-local-fillette-de-4-ans-hospitalisee",
        "Une fillette de 4 ans a été hospitalisée après avoir été mordue par un chien.",
        [C("injuries", 1)],
    ),
    Case(
        "fr-local-adolescent-sans-age-reste-un",
        "Un adolescent a été blessé par balle devant son lycée.",
        [C("injuries", 1, group="children")],
    ),
    # s16french : les victimes qu'un événement « a faites » sont ses morts ; des exonymes français (Gênes, Anvers)
    Case(
        "fr-agence-incendie-a-fait-victimes-dont-enfants",
        "L'incendie de l'immeuble a fait cinq victimes, dont trois enfants, selon les pompiers.",
        [C("deaths", 5, speaker="pompiers"), C("deaths", 3, group="children", part_of=0)],
    ),
    Case(
        "fr-agence-naufrage-au-moins-victimes",
        "Le naufrage a fait au moins 20 victimes au large de Lampedusa, selon les garde-côtes.",
        [C("deaths", 20, qualifier="at_least", location="Lampedusa", speaker="garde-côtes")],
    ),
    Case(
        "fr-agence-tempete-centaine-de-victimes",
        "La tempête a fait une centaine de victimes dans l'archipel, selon la sécurité civile.",
        [C("deaths", 100, qualifier="about", speaker="sécurité civile")],
    ),
    Case(
        "fr-agence-victimes-hospitalisees-not-dead",
        "Les 43 victimes de l'intoxication ont été hospitalisées à Anvers.",
        [C("injuries", 43, location="Antwerp")],
    ),
    Case(
        "fr-agence-victimes-dont-morts",
        "L'accident a fait 12 victimes, dont trois morts, sur la route de Francfort.",
        [C("deaths", 3)],
    ),
    # s16french : les membres des forces de sécurité (le groupe lu sur quatre mots), ceux d'une famille
    Case(
        "fr-agence-membres-des-forces-de-securite-tues",
        "Trois membres des forces de sécurité ont été tués dans l'embuscade, a annoncé l'armée malienne.",
        [C("deaths", 3, group="security_forces", speaker="armée")],
    ),
    Case(
        "fr-agence-membres-d-une-meme-famille",
        "Cinq membres d'une même famille ont été tués dans la frappe, selon la défense civile.",
        [C("deaths", 5, speaker="défense civile")],
    ),
    # s16french : qui sont les morts, sans verbe de mort (« parmi les morts figurent »), une part du bilan dit avant
    Case(
        "fr-agence-parmi-les-morts-figurent",
        "Parmi les morts figurent sept enfants et deux secouristes, selon le ministère de la Santé.",
        [C("deaths", 7, group="children", speaker="ministère"), C("deaths", 2, speaker="ministère")],
    ),
    Case(
        "fr-agence-parmi-les-victimes-part-of-toll",
        "Au moins 40 personnes ont été tuées dans le bombardement. Parmi les victimes figurent douze enfants.",
        [C("deaths", 40, qualifier="at_least"), C("deaths", 12, group="children", part_of=0)],
    ),
    Case(
        "fr-agence-parmi-les-victimes-of-injured",
        "Vingt personnes ont été blessées lors des heurts. Parmi les victimes figurent trois policiers.",
        [C("injuries", 20), C("injuries", 3, group="security_forces", part_of=0)],
    ),
    # s16french : un chiffre qui finit la phrase après « de » est un chiffre, pas un ordinal (le français écrit « 3e »)
    Case(
        "fr-agence-bilan-est-de-fin-de-phrase",
        "Selon le dernier décompte de la préfecture, le nombre de morts est de 14.",
        [C("deaths", 14, speaker="préfecture")],
    ),
    Case(
        "fr-agence-nombre-de-blesses-passe-de-a",
        "Le nombre de blessés est passé de 35 à 52.",
        [C("injuries", 35), C("injuries", 52)],
    ),
    Case(
        "fr-agence-selon-le-dernier-decompte-du",
        "Le bilan humain s'élève désormais à 45 morts, selon le dernier décompte du gouvernement.",
        [C("deaths", 45, speaker="gouvernement", exact=("speaker",))],
    ),
    # s16french : « une centaine d'habitants » (l'approximation devant un « d' » élidé), quitter son domicile,
    # les intoxiqués, une victime retrouvée morte, l'Observatoire (pas un quartier de Paris)
    Case(
        "fr-agence-centaine-d-habitants-evacues",
        "Une centaine d'habitants ont été évacués par précaution, a indiqué la mairie.",
        [C("displaced", 100, qualifier="about", group="civilians", speaker="mairie")],
    ),
    Case(
        "fr-agence-dizaine-d-enfants-blesses",
        "Une dizaine d'enfants ont été légèrement blessés dans l'accident de leur car scolaire.",
        [C("injuries", 10, qualifier="about", group="children")],
    ),
    Case(
        "fr-agence-pres-d-une-centaine-d-interpellations",
        "Près d'une centaine d'interpellations ont eu lieu dans la nuit, selon le ministère de l'Intérieur.",
        [C("arrests", 100, qualifier="almost", speaker="ministère")],
    ),
    Case(
        "fr-agence-plus-d-un-millier-d-habitants",
        "Plus d'un millier d'habitants ont dû quitter leurs maisons après la rupture de la digue.",
        [C("displaced", 1000, qualifier="more_than", group="civilians")],
    ),
    Case(
        "fr-agence-contraint-a-quitter-domicile",
        "Le feu a parcouru 1 200 hectares et contraint 600 personnes à quitter leur domicile, selon les pompiers.",
        [C("displaced", 600, speaker="pompiers")],
    ),
    Case(
        "fr-agence-eleves-intoxiques",
        "Une trentaine d'élèves ont été intoxiqués par des fumées dans un collège de Lille.",
        [C("injuries", 30, qualifier="about", group="civilians", location="Lille")],
    ),
    Case(
        "fr-local-jeune-femme-retrouvee-morte",
        "Une jeune femme a été retrouvée morte à son domicile, a indiqué le parquet.",
        [C("deaths", 1, speaker="parquet")],
    ),
    Case(
        "fr-agence-observatoire-syrien-no-place",
        "Les combats ont fait plus de 200 morts en une semaine, selon l'Observatoire syrien des droits de l'homme.",
        [C("deaths", 200, qualifier="more_than", location=None, speaker="Observatoire")],
    ),
    Case(
        "fr-agence-selon-le-dernier-point-de",
        "Le bilan s'établit à 8 morts et 3 disparus, selon le dernier point de la préfecture.",
        [C("deaths", 8, speaker="préfecture", exact=("speaker",)), C("missing", 3, speaker="préfecture", exact=("speaker",))],
    ),
    # s16french : une foule comptée par qui la compte, le verbe avant le chiffre (« ont compté 500 000 manifestants »)
    Case(
        "fr-agence-organisateurs-ont-revendique-participants",
        "Les organisateurs ont revendiqué plus de 40 000 participants à Lyon samedi.",
        [C("participants", 40000, qualifier="more_than", group="protesters", location="Lyon", speaker="organisateurs")],
    ),
    Case(
        "fr-agence-police-a-recense-manifestants",
        "La police a recensé 12 000 manifestants à Nantes samedi, contre 15 000 la semaine précédente.",
        [C("participants", 12000, group="protesters", location="Nantes", speaker="police"), C("participants", 15000, group="protesters")],
    ),
    Case(
        "fr-agence-denombre-victimes-no-crowd",
        "Les secours ont dénombré 30 victimes légèrement intoxiquées par les fumées.",
        [C("injuries", 30, speaker="secours")],
    ),
    Case(
        "fr-agence-compte-manifestants-interpelles-arrests",
        "La police a compté 200 manifestants interpellés en fin de cortège.",
        [C("arrests", 200, group="protesters", speaker="police")],
    ),
    # s16french : une victime nommée avec sa nationalité ou son véhicule entre le nom et le verbe ; « l'Elysée » sans accent
    Case(
        "fr-agence-militaire-francais-tue",
        "Un militaire français a été tué au Mali, a annoncé l'Elysée.",
        [C("deaths", 1, location="Mali", speaker="Elysée")],
    ),
    Case(
        "fr-agence-policier-francais-blesse",
        "Un policier français a été grièvement blessé lors d'une opération conjointe à Bruxelles.",
        [C("injuries", 1, location="Brussels")],
    ),
    Case(
        "fr-local-conducteur-du-car-decede",
        "Le conducteur du car est décédé et 23 passagers ont été blessés, dont 4 grièvement.",
        [C("deaths", 1), C("injuries", 23, group="civilians"), C("injuries", 4, part_of=1)],
    ),
    Case(
        "fr-local-conductrice-de-la-voiture-tuee",
        "La conductrice de la voiture, âgée de 52 ans, a été tuée sur le coup, selon les gendarmes.",
        [C("deaths", 1, speaker="gendarmes")],
    ),
    Case(
        "fr-local-militaire-sans-adjectif",
        "Un militaire a été tué lors d'un exercice de tir au camp de Canjuers.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-agence-dont-un-grievement",
        "Deux gendarmes ont été blessés, dont un grièvement, lors de l'interpellation.",
        [C("injuries", 2, group="security_forces"), C("injuries", 1, part_of=0)],
    ),
    Case(
        "fr-agence-dont-une-dans-un-etat-grave",
        "Six personnes ont été blessées, dont une dans un état grave, selon les pompiers.",
        [C("injuries", 6, speaker="pompiers"), C("injuries", 1, part_of=0, speaker="pompiers")],
    ),
    # s16french : « militaires » adjectif après une chose n'est pas un effectif ; une source citée par un relais
    Case(
        "fr-agence-operations-militaires-no-troops",
        "L'armée a mené trois opérations militaires dans la région de Tillabéri la semaine dernière.",
        [],
    ),
    Case(
        "fr-agence-vehicules-militaires-are-vehicles",
        "Trois véhicules militaires ont été détruits par des engins explosifs, selon l'état-major.",
        [C("other", 3, group="vehicles", speaker="état-major")],
    ),
    Case(
        "fr-agence-militaires-envoyes-still-troops",
        "La France a envoyé 300 militaires supplémentaires au Tchad, a annoncé le ministère des Armées.",
        [C("troops", 300, group="foreign_troops", location="Chad")],
    ),
    Case(
        "fr-agence-survivants-cites-par-oim",
        "Le naufrage a fait au moins 41 morts, selon des survivants cités par l'OIM.",
        [C("deaths", 41, qualifier="at_least", speaker="survivants", via="OIM")],
    ),
    # s16french : « et l'assaillant a été abattu » : un autre sujet après la conjonction (l'article élidé collé au nom)
    Case(
        "fr-agence-blesses-et-l-assaillant-abattu",
        "Deux policiers ont été blessés par balle et l'assaillant a été abattu, a indiqué le parquet.",
        [C("injuries", 2, group="security_forces", speaker="parquet")],
    ),
    Case(
        "fr-agence-blesse-puis-succombe-same-subject",
        "Un homme a été blessé par balle et a succombé à ses blessures à l'hôpital.",
        [C("deaths", 1)],
    ),
    # s16french : une personne interpellée, sans nombre (« Un homme a été interpellé »)
    Case(
        "fr-local-un-homme-interpelle",
        "Trois personnes ont été blessées au couteau. Un homme a été interpellé et placé en garde à vue.",
        [C("injuries", 3), C("arrests", 1)],
    ),
    Case(
        "fr-local-adolescent-interpelle",
        "Un adolescent de 17 ans a été interpellé après la mort d'un passant, a indiqué le parquet.",
        [C("arrests", 1, speaker="parquet")],
    ),
    Case(
        "fr-local-conducteur-ecroue",
        "Le conducteur a été écroué après l'accident qui a coûté la vie à deux piétons.",
        [C("arrests", 1), C("deaths", 2)],
    ),
    # s16french : d'autres tournures d'agence, déjà lues (attentats, ouragans, manifestations, faits divers)
    Case(
        "fr-agence-double-attentat-mogadiscio",
        "Au moins 23 personnes ont été tuées et 60 blessées dans un double attentat-suicide à Mogadiscio, selon la police.",
        [C("deaths", 23, qualifier="at_least", location="Mogadishu", speaker="police"), C("injuries", 60, location="Mogadishu", speaker="police")],
    ),
    Case(
        "fr-agence-ouragan-haiti-protection-civile",
        "L'ouragan a fait au moins 16 morts en Haïti, selon la protection civile.",
        [C("deaths", 16, qualifier="at_least", location="Haiti", speaker="protection civile")],
    ),
    Case(
        "fr-agence-gendarme-tue-deux-autres-blesses",
        "Un gendarme a été tué et deux autres grièvement blessés lors d'une interpellation, a indiqué la gendarmerie.",
        [C("deaths", 1, group="security_forces", speaker="gendarmerie"), C("injuries", 2, group="security_forces", speaker="gendarmerie")],
    ),
    Case(
        "fr-agence-ministere-et-cgt-chiffres",
        "Quelque 80 000 personnes ont défilé à Paris, selon le ministère de l'Intérieur, 400 000 selon la CGT.",
        [C("participants", 80000, qualifier="about", location="Paris", speaker="ministère"),
         C("participants", 400000, location="Paris", speaker="CGT")],
    ),
    Case(
        "fr-agence-migrants-morts-de-froid",
        "Sept migrants sont morts de froid en tentant de traverser la frontière, selon une ONG.",
        [C("deaths", 7, group="civilians", speaker="ONG")],
    ),
    Case(
        "fr-agence-hospitalisees-dont-reanimation",
        "Au total, 43 personnes ont été hospitalisées, dont 8 en réanimation, après l'intoxication.",
        [C("injuries", 43), C("injuries", 8, part_of=0)],
    ),
    Case(
        "fr-agence-bilan-monte-a-prefecture",
        "Le bilan de l'accident de car est monté à 14 morts, a annoncé la préfecture mardi soir.",
        [C("deaths", 14, speaker="préfecture")],
    ),
    Case(
        "fr-agence-morts-parmi-les-soldats",
        "L'attaque a fait 17 morts parmi les soldats, selon l'armée burkinabè.",
        [C("deaths", 17, group="security_forces", speaker="armée")],
    ),
    # s19agency : un blessé mort est un mort ; une troisième blessée plus grièvement ; garde à vue après une relative ;
    # la source entière (« source sécuritaire », « Défense civile ») ; une part du tout qui dit qui elle est
    Case(
        "fr-agence-s19-un-blesse-est-decede",
        "Un blessé est décédé à l'hôpital dans la nuit, selon les pompiers.",
        [C("deaths", 1, speaker="pompiers")],
    ),
    Case(
        "fr-agence-s19-un-blesse-grave-a-succombe",
        "L'explosion a fait deux morts. Un blessé grave a succombé dimanche matin, a indiqué la préfecture.",
        [C("deaths", 2), C("deaths", 1, speaker="préfecture")],
    ),
    Case(
        "fr-agence-s19-un-mort-et-un-blesse-reste-blesse",
        "La collision a fait un mort et un blessé grave, selon la gendarmerie.",
        [C("deaths", 1, speaker="gendarmerie"), C("injuries", 1, speaker="gendarmerie")],
    ),
    Case(
        "fr-agence-s19-une-troisieme-plus-grievement",
        "Deux personnes ont été légèrement blessées, une troisième plus grièvement, selon les pompiers.",
        [C("injuries", 2, speaker="pompiers"), C("injuries", 1, speaker="pompiers")],
    ),
    Case(
        "fr-agence-s19-et-une-quatrieme-gravement",
        "Trois randonneurs ont été légèrement blessés et une quatrième personne gravement, selon les secours.",
        [C("injuries", 3, speaker="secours"), C("injuries", 1, speaker="secours")],
    ),
    Case(
        "fr-agence-s19-place-en-garde-a-vue-apres-une-relative",
        "Un adolescent de 17 ans, qui circulait sans permis au volant d'une voiture volée, a été placé en garde à vue.",
        [C("arrests", 1)],
    ),
    Case(
        "fr-agence-s19-homme-place-en-garde-a-vue",
        "Un homme a été placé en garde à vue dimanche soir, a indiqué le parquet.",
        [C("arrests", 1, speaker="parquet")],
    ),
    Case(
        "fr-agence-s19-victime-qui-avait-ete-touchee",
        "La victime, qui avait été touchée au thorax, est décédée à l'hôpital.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-agence-s19-selon-une-source-securitaire",
        "Au moins cinq soldats ont été tués dans l'attaque, selon une source sécuritaire.",
        [C("deaths", 5, qualifier="at_least", group="security_forces", speaker="source sécuritaire")],
    ),
    Case(
        "fr-agence-s19-selon-la-defense-civile-de-gaza",
        "Au moins 20 personnes ont été tuées dans la frappe, selon la Défense civile de Gaza.",
        [C("deaths", 20, qualifier="at_least", speaker="Défense civile")],
    ),
    Case(
        "fr-agence-s19-a-indique-la-protection-civile",
        "Quelque 300 personnes ont été évacuées, a indiqué la Protection civile.",
        [C("displaced", 300, qualifier="about", speaker="Protection civile")],
    ),
    Case(
        "fr-agence-s19-part-des-morts-etaient-des-enfants",
        "Douze des 40 morts étaient des enfants, selon les autorités locales.",
        [C("deaths", 12, group="children", speaker="autorités"), C("deaths", 40, group="all", speaker="autorités")],
    ),
    Case(
        "fr-agence-s19-long-sujet-places-en-garde-a-vue",
        "Trois hommes soupçonnés d'avoir participé aux violences survenues samedi soir dans le centre-ville de Lyon ont été placés en garde à vue.",
        [C("arrests", 3)],
    ),
    Case(
        "fr-agence-s19-pres-de-evacuees-prefecture-citee-par-afp",
        "Près de 1 500 personnes ont été évacuées après l'incendie, selon la préfecture, citée par l'AFP.",
        [C("displaced", 1500, qualifier="almost", speaker="préfecture", via="AFP")],
    ),
    Case(
        "fr-agence-s19-a-indique-a-l-afp-une-source-securitaire",
        "Au moins 27 migrants sont morts dans le naufrage, a indiqué à l'AFP une source sécuritaire.",
        [C("deaths", 27, qualifier="at_least", group="civilians", speaker="source sécuritaire", via="AFP")],
    ),
    # s20 : le nom d'un organe avec son complement (« le ministère de la Santé », « la préfecture de police »)
    Case(
        "fr-s20-source-selon-ministere-de-la-sante-garde-son-complement",
        "Au moins 31 personnes ont été tuées et 58 blessées dans les frappes, selon le ministère de la Santé.",
        [C("deaths", 31, qualifier="at_least", speaker="ministère de la Santé", exact=("speaker",)),
         C("injuries", 58, speaker="ministère de la Santé", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-ministere-de-l-interieur-sujet-interpellations",
        "Le ministère de l'Intérieur a fait état de 212 interpellations dans la nuit de samedi à dimanche.",
        [C("arrests", 212, speaker="ministère de l'Intérieur", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-selon-prefecture-de-police-interpellees",
        "Selon la préfecture de police, 34 personnes ont été interpellées en marge du cortège.",
        [C("arrests", 34, speaker="préfecture de police", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-parquet-de-paris-gardes-a-vue",
        "Le parquet de Paris a indiqué que neuf personnes avaient été placées en garde à vue.",
        [C("arrests", 9, speaker="parquet de Paris", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-agence-de-presse-officielle-media-d-etat",
        "Au moins 47 personnes ont péri dans les inondations, selon l'agence de presse officielle.",
        [C("deaths", 47, qualifier="at_least", speaker="agence de presse officielle", exact=("speaker",),
           origin_type="state media")],
    ),
    Case(
        "fr-s20-source-d-apres-autorites-locales",
        "Près de 200 personnes sont mortes dans le glissement de terrain, d'après les autorités locales.",
        [C("deaths", 200, qualifier="almost", speaker="autorités locales", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-porte-parole-de-la-police-sujet",
        "Un porte-parole de la police a indiqué que 15 manifestants avaient été blessés.",
        [C("injuries", 15, group="protesters", speaker="porte-parole de la police", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-television-d-etat-citee-par-reuters",
        "Le séisme a fait au moins 1 200 morts, a rapporté la télévision d'État, citée par l'agence Reuters.",
        [C("deaths", 1200, qualifier="at_least", speaker="télévision d'État", exact=("speaker",), via="Reuters",
           origin_type="state media")],
    ),
    Case(
        "fr-s20-source-selon-porte-parole-du-gouvernement",
        "Le bilan s'élève à neuf morts et 32 blessés, selon le porte-parole du gouvernement.",
        [C("deaths", 9, speaker="porte-parole du gouvernement", exact=("speaker",)),
         C("injuries", 32, speaker="porte-parole du gouvernement", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-gouverneur-de-la-province-est-le-gouvernement",
        "Au moins 17 personnes ont péri dans les crues, a indiqué le gouverneur de la province.",
        [C("deaths", 17, qualifier="at_least", speaker="gouverneur de la province", exact=("speaker",),
           origin="government of the event's country")],
    ),
    Case(
        "fr-s20-source-d-apres-ministere-de-la-defense-soldats",
        "D'après le ministère de la Défense, huit soldats ont été tués dans l'embuscade.",
        [C("deaths", 8, group="security_forces", speaker="ministère de la Défense", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-ministre-de-l-interieur-a-annonce-apres-le-chiffre",
        "Plus de 300 personnes ont été interpellées en marge des manifestations, a annoncé le ministre de l'Intérieur.",
        [C("arrests", 300, qualifier="more_than", speaker="ministre de l'Intérieur", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-oim-est-une-agence-de-l-onu",
        "Au moins 45 migrants sont morts dans le naufrage, a indiqué l'Organisation internationale pour les migrations.",
        [C("deaths", 45, qualifier="at_least", origin="International Organization for Migration", origin_type="UN body")],
    ),
    Case(
        "fr-s20-source-ong-de-defense-des-droits-humains",
        "Plus de 1 000 personnes ont été arrêtées depuis le début du mouvement, selon une ONG de défense des droits humains.",
        [C("arrests", 1000, qualifier="more_than", speaker="ONG de défense des droits humains", exact=("speaker",),
           origin_type="NGO")],
    ),
    Case(
        "fr-s20-source-organisation-de-defense-des-droits-de-l-homme-pas-l-otsc",
        "Quinze manifestants ont été tués par balle lors de la dispersion du rassemblement, rapporte une organisation de défense des droits de l'homme.",
        [C("deaths", 15, group="protesters", origin_type="NGO")],
    ),
    Case(
        "fr-s20-chaine-france-2-n-est-pas-un-chiffre",
        "Près de 40 policiers et gendarmes ont été blessés dans la nuit, a affirmé le ministre de l'Intérieur sur France 2.",
        [C("injuries", 40, qualifier="almost", group="security_forces", speaker="ministre de l'Intérieur")],
    ),
    Case(
        "fr-s20-interpellations-dont-gardes-a-vue-selon-parquet-de-lyon",
        "Les forces de l'ordre ont procédé à 58 interpellations, dont 20 gardes à vue, selon le parquet de Lyon.",
        [C("arrests", 58, speaker="parquet de Lyon", exact=("speaker",)), C("arrests", 20, part_of=0)],
    ),
    Case(
        "fr-s20-centaine-interpellees-gardes-a-vue-de-source-policiere",
        "Une centaine de personnes ont été interpellées et 43 placées en garde à vue après les heurts, a-t-on appris de source policière.",
        [C("arrests", 100, qualifier="about", speaker="police"), C("arrests", 43, speaker="police")],
    ),
    Case(
        "fr-s20-dizaines-de-blesses-selon-autorites-locales-citees-par-medias-d-etat",
        "Le typhon a fait au moins 21 morts et des dizaines de blessés, selon les autorités locales citées par les médias d'État.",
        [C("deaths", 21, qualifier="at_least", speaker="autorités locales", exact=("speaker",), via="médias d'État"),
         C("injuries", None, qualifier="vague", speaker="autorités locales", via="médias d'État")],
    ),
    Case(
        "fr-s20-une-soixantaine-de-blesses-a-indique-a-l-afp",
        "L'explosion a fait au moins huit morts et une soixantaine de blessés, a indiqué à l'AFP une source sécuritaire.",
        [C("deaths", 8, qualifier="at_least", via="AFP"), C("injuries", 60, qualifier="about", via="AFP")],
    ),
    Case(
        "fr-s20-source-selon-un-bilan-rapporte-par-la-chaine-publique",
        "Au moins 14 personnes ont été tuées dans l'attaque, selon un bilan rapporté par la chaîne publique.",
        [C("deaths", 14, qualifier="at_least", speaker="chaîne publique", exact=("speaker",), origin_type="state media")],
    ),
    Case(
        "fr-s20-source-a-fait-savoir-la-prefecture-du-rhone",
        "Six policiers ont été légèrement blessés, a fait savoir la préfecture du Rhône.",
        [C("injuries", 6, group="security_forces", speaker="préfecture du Rhône", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-d-apres-un-decompte-de-l-afp",
        "Au moins 120 personnes ont perdu la vie dans le séisme, d'après un décompte de l'AFP établi à partir de sources officielles.",
        [C("deaths", 120, qualifier="at_least", speaker="AFP", exact=("speaker",))],
    ),
    Case(
        "fr-s20-source-bureau-de-coordination-des-affaires-humanitaires-est-l-ocha",
        "Plus de 2 000 personnes ont été déplacées par les combats, selon le Bureau de la coordination des affaires humanitaires de l'ONU.",
        [C("displaced", 2000, qualifier="more_than", speaker="OCHA", exact=("speaker",), origin_type="UN body")],
    ),
    Case(
        "fr-s20-source-secours-locaux-cites-par-anadolu",
        "Au moins 11 civils ont été tués dans des frappes, ont affirmé les secours locaux cités par l'agence Anadolu.",
        [C("deaths", 11, qualifier="at_least", group="civilians", speaker="secours locaux", exact=("speaker",), via="Anadolu")],
    ),
    Case(
        "fr-s20-source-agence-de-presse-officielle-nommee-est-un-media-d-etat",
        "Le nombre de morts a atteint 85, rapporte l'agence de presse officielle Xinhua.",
        [C("deaths", 85, speaker="Xinhua", origin_type="state media")],
    ),
    Case(
        "fr-s20-arrestations-annonce-l-interpellation-de-suspects",
        "Le procureur de la République de Marseille a annoncé l'interpellation de cinq suspects.",
        [C("arrests", 5, speaker="procureur de la République de Marseille", exact=("speaker",))],
    ),
    Case(
        "fr-s20-arrestations-mises-en-examen-a-fait-savoir-le-parquet",
        "Quatre personnes ont été mises en examen, a fait savoir le parquet national antiterroriste.",
        [C("arrests", 4, speaker="parquet")],
    ),
    Case(
        "fr-s20-source-directeur-de-l-hopital-a-declare-a-l-afp",
        "« Nous avons dénombré 32 morts », a déclaré à l'AFP le directeur de l'hôpital.",
        [C("deaths", 32, speaker="directeur de l'hôpital", exact=("speaker",), via="AFP", origin_type="medical")],
    ),
    Case(
        "fr-s20-source-d-apres-ministere-palestinien-de-la-sante",
        "Au moins 70 personnes ont été tuées, d'après le ministère palestinien de la Santé.",
        [C("deaths", 70, qualifier="at_least", speaker="ministère palestinien de la Santé", exact=("speaker",),
           origin="government of Palestinian Territories")],
    ),
    Case(
        "fr-s20-source-bilan-communique-par-le-gouvernorat",
        "Les inondations ont fait au moins 35 morts et une vingtaine de disparus, selon un bilan communiqué par le gouvernorat.",
        [C("deaths", 35, qualifier="at_least", speaker="gouvernorat", origin_type="government"),
         C("missing", 20, qualifier="about", speaker="gouvernorat")],
    ),
    Case(
        "fr-s20-source-selon-le-decompte-de-l-ong",
        "Une cinquantaine de personnes ont été interpellées lors de rassemblements interdits, selon le décompte de l'ONG OVD-Info.",
        [C("arrests", 50, qualifier="about", speaker="ONG OVD-Info", exact=("speaker",))],
    ),
    # s22 : le complément d'un organe, son nom court entre parenthèses, son propriétaire (« du Hamas »), un groupe
    # nommé après son genre et ses adjectifs, une agence par son nom ; séismes, crues, bousculades, manifestations
    Case(
        "fr-s22-source-service-d-aide-medicale-urgente-samu",
        "Quatre personnes ont été légèrement blessées, selon le service d'aide médicale urgente (Samu).",
        [C("injuries", 4, speaker="service d'aide médicale urgente (Samu)", exact=("speaker",), origin_type="medical")],
    ),
    Case(
        "fr-s22-origine-ministere-de-la-sante-du-hamas",
        "Au moins 40 Palestiniens ont été tués dans des frappes israéliennes, selon le ministère de la Santé du Hamas.",
        [C("deaths", 40, qualifier="at_least", speaker="ministère de la Santé du Hamas", exact=("speaker",),
           origin="Hamas", origin_type="party or armed group")],
    ),
    Case(
        "fr-s22-origine-porte-parole-du-hamas",
        "Au moins 25 personnes ont été tuées dans la nuit, selon un porte-parole du Hamas.",
        [C("deaths", 25, qualifier="at_least", speaker="porte-parole du Hamas", exact=("speaker",), origin="Hamas")],
    ),
    Case(
        "fr-s22-source-selon-le-hamas",
        "Au moins 40 Palestiniens ont été tués dans la nuit, selon le Hamas.",
        [C("deaths", 40, qualifier="at_least", speaker="Hamas", exact=("speaker",), origin="Hamas", origin_type="party or armed group")],
    ),
    Case(
        "fr-s22-source-mouvement-islamiste-hamas",
        "Au moins 18 personnes ont été tuées dans l'attaque, selon le mouvement islamiste Hamas.",
        [C("deaths", 18, qualifier="at_least", speaker="Hamas", exact=("speaker",), origin="Hamas")],
    ),
    Case(
        "fr-s22-source-groupe-arme-m23",
        "Au moins 12 soldats ont été tués dans les combats, a affirmé le groupe armé M23.",
        [C("deaths", 12, qualifier="at_least", group="security_forces", speaker="M23", exact=("speaker",))],
    ),
    Case(
        "fr-s22-source-selon-les-rebelles",
        "Au moins 30 personnes ont été tuées dans des frappes aériennes, selon les rebelles.",
        [C("deaths", 30, qualifier="at_least", speaker="rebelles", origin_type="party or armed group")],
    ),
    Case(
        "fr-s22-source-prefecture-de-police-de-paris-sujet",
        "La préfecture de police de Paris a fait état de 25 interpellations.",
        [C("arrests", 25, speaker="préfecture de police de Paris", exact=("speaker",), location="Paris")],
    ),
    Case(
        "fr-s22-source-selon-la-prefecture-de-police-de-paris",
        "Selon la préfecture de police de Paris, 25 personnes ont été placées en garde à vue.",
        [C("arrests", 25, speaker="préfecture de police de Paris", exact=("speaker",), location="Paris")],
    ),
    Case(
        "fr-s22-interpellees-et-gardes-a-vue-prefecture-de-police-de-paris",
        "Une soixantaine de personnes ont été interpellées et 45 placées en garde à vue, selon la préfecture de police de Paris.",
        [C("arrests", 60, qualifier="about", location="Paris", speaker="préfecture de police de Paris"),
         C("arrests", 45, location="Paris", speaker="préfecture de police de Paris")],
    ),
    Case(
        "fr-s22-dizaines-de-manifestants-interpelles-a-fait-savoir-la-prefecture",
        "Des dizaines de manifestants ont été interpellés, a fait savoir la préfecture de police de Paris.",
        [C("arrests", None, qualifier="vague", group="protesters", speaker="préfecture de police de Paris", location="Paris")],
    ),
    Case(
        "fr-s22-arrestation-d-une-dizaine-de-manifestants",
        "La police a procédé à l'arrestation d'une dizaine de manifestants.",
        [C("arrests", 10, qualifier="about", group="protesters", speaker="police")],
    ),
    Case(
        "fr-s22-interpellation-d-une-vingtaine-de-personnes",
        "Le parquet a annoncé l'interpellation d'une vingtaine de personnes après les heurts.",
        [C("arrests", 20, qualifier="about", speaker="parquet")],
    ),
    Case(
        "fr-s22-centaine-d-interpellations-dont-gardes-a-vue",
        "Les forces de l'ordre ont procédé à une centaine d'interpellations, dont 42 gardes à vue, selon le parquet.",
        [C("arrests", 100, qualifier="about", speaker="parquet"), C("arrests", 42, speaker="parquet")],
    ),
    Case(
        "fr-s22-source-de-source-judiciaire",
        "Onze personnes ont été placées en garde à vue après les violences, a-t-on appris de source judiciaire.",
        [C("arrests", 11, speaker="source judiciaire", exact=("speaker",), origin_type="government")],
    ),
    Case(
        "fr-s22-via-a-rapporte-l-agence-reuters",
        "Au moins 150 personnes ont été arrêtées lors des manifestations, a rapporté l'agence Reuters.",
        [C("arrests", 150, qualifier="at_least", speaker="Reuters", exact=("speaker",))],
    ),
    Case(
        "fr-s22-source-a-rapporte-l-agence-anadolu",
        "Au moins huit personnes ont été tuées par une coulée de boue, a rapporté l'agence Anadolu.",
        [C("deaths", 8, qualifier="at_least", speaker="Anadolu", exact=("speaker",))],
    ),
    Case(
        "fr-s22-via-sources-medicales-citees-par-une-chaine",
        "Au moins 45 personnes ont été tuées dans l'explosion, d'après des sources médicales citées par la chaîne Al-Jazeera.",
        [C("deaths", 45, qualifier="at_least", speaker="sources médicales", exact=("speaker",), via="Al-Jazeera")],
    ),
    Case(
        "fr-s22-via-responsable-de-la-police-cite-par-l-afp",
        "Au moins 11 personnes ont été tuées dans l'attentat, selon un responsable de la police cité par l'AFP.",
        [C("deaths", 11, qualifier="at_least", speaker="responsable de la police", exact=("speaker",), via="AFP")],
    ),
    Case(
        "fr-s22-via-temoins-cites-par-l-agence-reuters",
        "Des dizaines de personnes ont été blessées dans la bousculade, selon des témoins cités par l'agence Reuters.",
        [C("injuries", None, qualifier="vague", speaker="témoins", via="Reuters")],
    ),
    Case(
        "fr-s22-seisme-bilan-du-ministere-de-l-interieur",
        "Le séisme de magnitude 6,8 a fait au moins 2 012 morts et plus de 2 000 blessés, selon un bilan du ministère de l'Intérieur.",
        [C("deaths", 2012, qualifier="at_least", speaker="ministère de l'Intérieur", exact=("speaker",)),
         C("injuries", 2000, qualifier="more_than", speaker="ministère de l'Intérieur")],
    ),
    Case(
        "fr-s22-seisme-bilan-s-est-alourdi-protection-civile",
        "Le bilan du tremblement de terre s'est alourdi à plus de 1 300 morts, a annoncé la protection civile.",
        [C("deaths", 1300, qualifier="more_than", speaker="protection civile")],
    ),
    Case(
        "fr-s22-crues-quelque-disparus-gouverneur-de-la-region",
        "Quelque 300 personnes sont toujours portées disparues après les inondations, a fait savoir le gouverneur de la région.",
        [C("missing", 300, qualifier="about", speaker="gouverneur de la région", exact=("speaker",))],
    ),
    Case(
        "fr-s22-pluies-des-dizaines-de-morts-medias-d-etat",
        "Les pluies torrentielles ont fait des dizaines de morts dans le nord du pays, selon les médias d'État.",
        [C("deaths", None, qualifier="vague", speaker="médias d'État", origin_type="state media")],
    ),
    Case(
        "fr-s22-crues-pres-de-morts-d-apres-l-onu",
        "Près de 80 personnes ont péri dans les crues qui ont frappé la province, d'après l'ONU.",
        [C("deaths", 80, qualifier="almost", speaker="ONU", origin_type="UN body")],
    ),
    Case(
        "fr-s22-guerre-plus-de-civils-tues-d-apres-l-onu",
        "Plus de 500 civils ont été tués depuis le début de l'offensive, d'après l'ONU.",
        [C("deaths", 500, qualifier="more_than", group="civilians", speaker="ONU")],
    ),
    Case(
        "fr-s22-bousculade-distribution-de-nourriture-agence-officielle",
        "Au moins 25 personnes ont été tuées dans une bousculade lors d'une distribution de nourriture, a rapporté l'agence officielle.",
        [C("deaths", 25, qualifier="at_least", speaker="agence officielle", origin_type="state media")],
    ),
    Case(
        "fr-s22-bousculade-stade-une-quarantaine-de-blesses",
        "Une bousculade dans un stade a fait au moins 12 morts et une quarantaine de blessés, a indiqué la police.",
        [C("deaths", 12, qualifier="at_least", speaker="police"), C("injuries", 40, qualifier="about", speaker="police")],
    ),
    Case(
        "fr-s22-bousculade-mosquee-responsable-des-secours",
        "Au moins neuf personnes ont été tuées et 20 blessées dans une bousculade devant une mosquée, selon un responsable des secours.",
        [C("deaths", 9, qualifier="at_least", speaker="responsable des secours", exact=("speaker",)),
         C("injuries", 20, speaker="responsable des secours")],
    ),
    Case(
        "fr-s22-incendie-dont-enfants-selon-les-pompiers",
        "L'incendie a fait au moins 17 morts, dont quatre enfants, selon les pompiers.",
        [C("deaths", 17, qualifier="at_least", speaker="pompiers"),
         C("deaths", 4, group="children", part_of=0, speaker="pompiers")],
    ),
    Case(
        "fr-s22-naufrage-organisation-internationale-pour-les-migrations",
        "Le naufrage a fait au moins 61 morts, a indiqué l'Organisation internationale pour les migrations.",
        [C("deaths", 61, qualifier="at_least", origin="International Organization for Migration", origin_type="UN body")],
    ),
    Case(
        "fr-s22-attaque-camp-de-deplaces-responsable-local-anonymat",
        "Au moins 60 personnes ont été tuées dans l'attaque d'un camp de déplacés, a affirmé un responsable local sous couvert d'anonymat.",
        [C("deaths", 60, qualifier="at_least", speaker="responsable")],
    ),
    Case(
        "fr-s22-embuscade-etat-major-des-armees",
        "Au moins sept soldats ont été tués dans une embuscade, a annoncé l'état-major des armées.",
        [C("deaths", 7, qualifier="at_least", group="security_forces", speaker="état-major des armées", exact=("speaker",))],
    ),
    Case(
        "fr-s22-vingtaine-de-blesses-dont-trois-grievement",
        "Une vingtaine de personnes ont été blessées dont trois grièvement, selon les secours.",
        [C("injuries", 20, qualifier="about", speaker="secours"), C("injuries", 3, speaker="secours")],
    ),
    Case(
        "fr-s22-quelque-gardes-a-vue-ministere-de-l-interieur",
        "Quelque 200 personnes ont été placées en garde à vue à l'issue de la nuit de violences, selon le ministère de l'Intérieur.",
        [C("arrests", 200, qualifier="about", speaker="ministère de l'Intérieur", exact=("speaker",))],
    ),
    Case(
        "fr-s22-pres-d-une-centaine-interpellees-ministre-de-l-interieur",
        "Près d'une centaine de personnes ont été interpellées lors des émeutes, a fait savoir le ministre de l'Intérieur.",
        [C("arrests", 100, qualifier="almost", speaker="ministre de l'Intérieur", exact=("speaker",))],
    ),
    Case(
        "fr-s22-cyclone-centaines-de-sans-abri-agence-nationale",
        "Le cyclone a fait au moins 21 morts et des centaines de sans-abri, a indiqué l'agence nationale de gestion des catastrophes.",
        [C("deaths", 21, qualifier="at_least", speaker="agence de gestion des catastrophes"),
         C("displaced", None, qualifier="vague", speaker="agence de gestion des catastrophes")],
    ),
    Case(
        "fr-s22-attentat-ministere-cite-par-l-agence-officielle",
        "L'attentat a fait 14 morts et 38 blessés, a annoncé le ministère de l'Intérieur, cité par l'agence officielle.",
        [C("deaths", 14, speaker="ministère de l'Intérieur", exact=("speaker",), via="agence officielle"),
         C("injuries", 38, speaker="ministère de l'Intérieur", via="agence officielle")],
    ),
    Case(
        "fr-s22-frappes-sources-hospitalieres",
        "Au moins 27 personnes ont été tuées dans des frappes israéliennes, selon des sources hospitalières.",
        [C("deaths", 27, qualifier="at_least", speaker="sources médicales")],
    ),
    Case(
        "fr-s22-immeuble-effondre-a-fait-savoir-le-gouvernorat",
        "Au moins 17 personnes ont péri dans l'effondrement d'un immeuble, a fait savoir le gouvernorat.",
        [C("deaths", 17, qualifier="at_least", speaker="gouvernorat", origin_type="government")],
    ),
    Case(
        "fr-s22-source-observatoire-syrien-sujet-garde-son-nom",
        "L'Observatoire syrien des droits de l'homme a fait état de 42 morts parmi les combattants.",
        [C("deaths", 42, speaker="Observatoire syrien des droits de l'homme", exact=("speaker",), origin_type="NGO")],
    ),
    Case(
        "fr-s22-source-observatoire-syrien-avec-son-sigle",
        "Au moins 16 civils ont été tués dans des frappes, a indiqué l'Observatoire syrien des droits de l'homme (OSDH).",
        [C("deaths", 16, qualifier="at_least", group="civilians", speaker="Observatoire syrien des droits de l'homme",
           exact=("speaker",))],
    ),
    Case(
        "fr-s22-source-d-apres-medecins-sans-frontieres",
        "Au moins 600 personnes ont été tuées en une semaine, d'après Médecins sans frontières.",
        [C("deaths", 600, qualifier="at_least", speaker="Médecins sans frontières", exact=("speaker",), origin_type="medical")],
    ),
    Case(
        "fr-s22-source-haut-commissariat-pour-les-refugies",
        "Quelque 5 000 personnes ont dû quitter leur domicile, selon le Haut-Commissariat des Nations unies pour les réfugiés.",
        [C("displaced", 5000, qualifier="about", speaker="HCR", origin_type="UN body")],
    ),
    Case(
        "fr-s22-source-selon-l-unicef",
        "Selon l'Unicef, au moins 14 000 enfants ont été tués dans la bande de Gaza.",
        [C("deaths", 14000, qualifier="at_least", group="children", speaker="Unicef", exact=("speaker",), origin_type="UN body")],
    ),
    Case(
        "fr-s22-via-porte-parole-du-ministere-de-la-sante-a-l-afp",
        "Au moins 21 personnes ont été tuées, a indiqué à l'AFP un porte-parole du ministère de la Santé.",
        [C("deaths", 21, qualifier="at_least", speaker="porte-parole du ministère de la Santé", exact=("speaker",), via="AFP")],
    ),
    Case(
        "fr-s22-source-ministere-controle-par-le-hamas-entre-virgules",
        "Le ministère de la Santé de Gaza, contrôlé par le Hamas, a fait état de 104 morts.",
        [C("deaths", 104, speaker="ministère de la Santé de Gaza", exact=("speaker",))],
    ),
    Case(
        "fr-s22-source-comite-pour-la-protection-des-journalistes",
        "Trois journalistes figurent parmi les morts, selon le Comité pour la protection des journalistes.",
        [C("deaths", 3, speaker="CPJ", exact=("speaker",), origin_type="NGO")],
    ),
    Case(
        "fr-s22-source-selon-reporters-sans-frontieres",
        "Au moins 120 journalistes ont été tués depuis le début de la guerre, selon Reporters sans frontières.",
        [C("deaths", 120, qualifier="at_least", speaker="RSF", exact=("speaker",), origin_type="NGO")],
    ),
    Case(
        "fr-s22-plus-d-un-millier-selon-un-decompte-de-l-onu",
        "Plus d'un millier de personnes ont été tuées dans les affrontements, selon un décompte de l'ONU.",
        [C("deaths", 1000, qualifier="more_than", speaker="ONU", origin_type="UN body")],
    ),
    Case(
        "fr-s22-epidemie-plus-de-morts-selon-l-oms",
        "L'épidémie de choléra a déjà fait plus de 300 morts dans le pays, selon l'OMS.",
        [C("deaths", 300, qualifier="more_than", speaker="OMS")],
    ),
    Case(
        "fr-s22-noyees-et-portees-disparues-selon-les-pompiers",
        "Au moins cinq personnes sont mortes noyées et trois sont portées disparues, selon les pompiers.",
        [C("deaths", 5, qualifier="at_least", speaker="pompiers"), C("missing", 3, speaker="pompiers")],
    ),
    Case(
        "fr-s22-coup-de-filet-quelque-arretees-gendarmerie",
        "Quelque 45 personnes ont été arrêtées lors d'un coup de filet antidrogue, a fait savoir la gendarmerie.",
        [C("arrests", 45, qualifier="about", speaker="gendarmerie")],
    ),
    Case(
        "fr-s22-gaza-a-depasse-d-apres-le-ministere-de-la-sante-local",
        "Le nombre de morts dans la bande de Gaza a dépassé les 30 000, d'après le ministère de la Santé local.",
        [C("deaths", 30000, qualifier="more_than", location="Gaza", speaker="ministère de la Santé")],
    ),
    Case(
        "fr-s22-source-selon-l-agence-de-presse-tasnim",
        "Au moins 150 personnes ont été arrêtées lors des manifestations, selon l'agence de presse Tasnim.",
        [C("arrests", 150, qualifier="at_least", speaker="Tasnim", exact=("speaker",), via=None)],
    ),
    Case(
        "fr-s22-source-a-rapporte-l-agence-de-presse-irna",
        "Au moins 12 personnes ont été tuées dans l'explosion, a rapporté l'agence de presse Irna.",
        [C("deaths", 12, qualifier="at_least", speaker="Irna", exact=("speaker",), via=None)],
    ),
    # the object of a preposition of what an action is aimed at is no authority acting (target_prepositions)
    Case(
        "fr-manifestations-contre-le-gouvernement-pas-d-acteur",
        "Lors des manifestations contre le gouvernement, plus de 300 personnes ont été arrêtées.",
        [C("arrests", 300, qualifier="more_than", speaker=None)],
    ),
    Case(
        "fr-police-avant-manifestations-contre-le-gouvernement",
        "La police a interpellé 300 personnes lors des manifestations contre le gouvernement.",
        [C("arrests", 300, speaker="police")],
    ),
    # s23french : des victimes dites ensuite morts et blessés sont les victimes de tout mal, pas un bilan des morts
    Case(
        "fr-s23-victimes-dont-morts-et-blesses",
        "L'attaque a fait 40 victimes, dont neuf morts et 31 blessés, selon les pompiers.",
        [C("deaths", 9, speaker="pompiers"), C("injuries", 31, speaker="pompiers")],
    ),
    Case(
        "fr-s23-victimes-dont-blesses-graves",
        "La collision a fait 43 victimes, dont 12 blessés graves, a indiqué la préfecture.",
        [C("injuries", 12, speaker="préfecture")],
    ),
    Case(
        "fr-s23-victimes-dont-enfants-reste-un-bilan",
        "L'effondrement du pont a fait 43 victimes, dont douze enfants.",
        [C("deaths", 43), C("deaths", 12, group="children", part_of=0)],
    ),
    # s23french : le lieu d'une part (un pays juste après son nombre) est celui de la part, pas du tout
    Case(
        "fr-s23-dont-quatre-en-haiti",
        "La tempête a fait au moins 23 morts au Guatemala, dont quatre en Haïti, selon un bilan de l'ONU.",
        [C("deaths", 23, qualifier="at_least", location="Guatemala", speaker="ONU", origin_type="UN body"),
         C("deaths", 4, location="Haiti", speaker="ONU", part_of=0)],
    ),
    Case(
        "fr-s23-dont-huit-au-honduras-le-tout-sans-ce-lieu",
        "Les pluies torrentielles ont fait au moins 30 morts au Guatemala, dont huit au Honduras voisin, selon les autorités.",
        [C("deaths", 30, qualifier="at_least", location="Guatemala", speaker="autorités"),
         C("deaths", 8, location="Honduras", speaker="autorités", part_of=0)],
    ),
    # s23french : un nom de syndicat qui est aussi un nom de source (« Alliance »)
    Case(
        "fr-s23-selon-le-syndicat-alliance",
        "Douze policiers ont été blessés lors de la manifestation, selon le syndicat Alliance.",
        [C("injuries", 12, group="security_forces", speaker="syndicat Alliance", exact=("speaker",))],
    ),
    Case(
        "fr-s23-syndicat-alliance-en-tete",
        "Selon le syndicat Alliance, 23 policiers ont été blessés dans la nuit.",
        [C("injuries", 23, group="security_forces", speaker="syndicat Alliance", exact=("speaker",))],
    ),
    # s23french : des tournures d'agence variées
    Case(
        "fr-s23-bilan-s-est-alourdi-a",
        "Le bilan du séisme s'est alourdi à 1 305 morts, selon un nouveau bilan de la protection civile.",
        [C("deaths", 1305, speaker="protection civile", origin_type="government")],
    ),
    Case(
        "fr-s23-une-dizaine-blessees-marseille",
        "Au moins 14 personnes ont été tuées et une dizaine blessées dans l'effondrement d'un immeuble à Marseille, "
        "selon les pompiers.",
        [C("deaths", 14, qualifier="at_least", location="Marseille", speaker="pompiers"),
         C("injuries", 10, qualifier="about", location="Marseille", speaker="pompiers")],
    ),
    Case(
        "fr-s23-des-centaines-interpellees-de-source-policiere",
        "Des centaines de personnes ont été interpellées lors des émeutes, a-t-on appris de source policière.",
        [C("arrests", None, qualifier="vague", speaker="police")],
    ),
    Case(
        "fr-s23-garde-a-vue-appris-aupres-du-parquet",
        "Neuf personnes ont été placées en garde à vue après les violences, a-t-on appris auprès du parquet.",
        [C("arrests", 9, speaker="parquet")],
    ),
    Case(
        "fr-s23-selon-un-bilan-provisoire-blesses-graves",
        "Selon un bilan provisoire, l'incendie a fait deux morts et sept blessés graves.",
        [C("deaths", 2), C("injuries", 7)],
    ),
    Case(
        "fr-s23-en-urgence-absolue-prefecture",
        "Quatre personnes ont été prises en charge en urgence absolue, selon la préfecture.",
        [C("injuries", 4, speaker="préfecture")],
    ),
    Case(
        "fr-s23-portes-disparus-selon-l-oim",
        "Une trentaine de migrants sont portés disparus après le naufrage de leur embarcation au large de la Libye, selon l'OIM.",
        [C("missing", 30, qualifier="about", group="civilians", location="Libya", speaker="OIM", origin_type="UN body")],
    ),
    Case(
        "fr-s23-le-bilan-s-alourdit-a",
        "Le bilan s'alourdit à 47 morts, selon les autorités locales.",
        [C("deaths", 47, speaker="autorités locales", origin_type="government")],
    ),
    Case(
        "fr-s23-une-centaine-de-manifestants-blesses-ong",
        "Une centaine de manifestants ont été blessés dans les heurts avec les forces de l'ordre, selon une ONG locale.",
        [C("injuries", 100, qualifier="about", group="protesters", origin_type="NGO")],
    ),
    Case(
        "fr-s23-bilan-passe-a-dont-enfants-jeudi",
        "Le bilan de l'attaque est passé à 18 morts, dont trois enfants, a indiqué jeudi le ministère de la Santé.",
        [C("deaths", 18, speaker="ministère de la Santé"), C("deaths", 3, group="children", part_of=0)],
    ),
    Case(
        "fr-s23-des-dizaines-blessees-temoins",
        "Des dizaines de personnes ont été blessées lors de la bousculade, selon des témoins.",
        [C("injuries", None, qualifier="vague", speaker="témoins", origin_type="witness")],
    ),
    Case(
        "fr-s23-pres-de-evacuees-prefecture-du-gard",
        "Près de 2 000 personnes ont été évacuées en raison des crues, a indiqué la préfecture du Gard.",
        [C("displaced", 2000, qualifier="almost", speaker="préfecture")],
    ),
    Case(
        "fr-s23-gendarmes-legerement-blesses-source-proche",
        "Cinq gendarmes ont été légèrement blessés lors de l'intervention, selon une source proche de l'enquête.",
        [C("injuries", 5, group="security_forces")],
    ),
    Case(
        "fr-s23-au-total-interpellees-ministre",
        "Au total, 112 personnes ont été interpellées dans toute la France, a annoncé le ministre de l'Intérieur.",
        [C("arrests", 112, location="France", speaker="ministre de l'Intérieur", origin_type="government")],
    ),
    Case(
        "fr-s23-mortes-et-une-quinzaine-blessees",
        "Trois personnes sont mortes et une quinzaine ont été blessées dans la collision, selon la gendarmerie.",
        [C("deaths", 3, speaker="gendarmerie"), C("injuries", 15, qualifier="about", speaker="gendarmerie")],
    ),
    Case(
        "fr-s23-bilan-officiel-fait-etat-de",
        "Le bilan officiel fait état de 61 morts et de plus de 200 blessés, selon l'agence de presse officielle.",
        [C("deaths", 61), C("injuries", 200, qualifier="more_than")],
    ),
    Case(
        "fr-s23-corps-retrouves-television-publique",
        "Au moins 57 corps ont été retrouvés après le passage du cyclone, a rapporté la télévision publique.",
        [C("deaths", 57, qualifier="at_least", origin_type="state media")],
    ),
    Case(
        "fr-s23-une-dizaine-interpellees-dont-parquet",
        "Une dizaine de personnes ont été interpellées, dont quatre mineurs, a indiqué le parquet de Lyon.",
        [C("arrests", 10, qualifier="about", speaker="parquet"), C("arrests", 4, group="children", part_of=0)],
    ),
    Case(
        "fr-s23-etat-major-des-armees-dimanche",
        "Sept soldats ont été tués dans une embuscade, a annoncé l'état-major des armées dimanche.",
        [C("deaths", 7, group="security_forces", origin_type="government")],
    ),
    Case(
        "fr-s23-trouve-la-mort-d-apres-les-secours",
        "Six personnes ont trouvé la mort dans l'accident, d'après les secours.",
        [C("deaths", 6, speaker="secours", origin_type="government")],
    ),
    Case(
        "fr-s23-quelque-hospitalisees-autorites-sanitaires",
        "Quelque 300 personnes ont été hospitalisées après l'intoxication, ont indiqué les autorités sanitaires.",
        [C("injuries", 300, qualifier="about", speaker="autorités sanitaires")],
    ),
    Case(
        "fr-s23-toujours-portees-disparues-dernier-bilan",
        "Selon le dernier bilan, 33 personnes sont toujours portées disparues.",
        [C("missing", 33)],
    ),
    # s23french : des manques connus
    Case(
        "fr-s23-deux-de-ses-collegues-blesses",
        "Un policier a été tué et deux de ses collègues ont été grièvement blessés, a-t-on appris de source policière.",
        [C("deaths", 1, group="security_forces", speaker="police"), C("injuries", 2, speaker="police")],
    ),
    Case(
        "fr-s23-trois-de-ses-amis-blesses",
        "Le jeune homme a été tué par balle et trois de ses amis ont été blessés, selon le parquet.",
        [C("deaths", 1, speaker="parquet"), C("injuries", 3, speaker="parquet")],
    ),
    Case(
        "fr-s23-organisations-de-defense-des-droits-humains",
        "Plus de 3 000 personnes ont été arrêtées depuis le début de la contestation, selon des organisations de défense "
        "des droits humains.",
        [C("arrests", 3000, qualifier="more_than", speaker="organisations de défense des droits humains", origin_type="NGO")],
    ),
    Case(
        "fr-s23-gouvernement-ethiopien-adjectif-apres-origin",
        "Au moins 230 personnes ont été tuées dans les glissements de terrain, a annoncé mercredi le gouvernement éthiopien.",
        [C("deaths", 230, qualifier="at_least", speaker="gouvernement", exact=("speaker",), origin="government of Ethiopia")],
    ),
    Case(
        "fr-s23-selon-l-armee-malienne-origin",
        "Selon l'armée malienne, 17 soldats ont été tués dans l'attaque d'un camp militaire.",
        [C("deaths", 17, group="security_forces", speaker="armée", exact=("speaker",), origin="government of Mali")],
    ),
    # s23french : un bilan d'une source « rapporté par » un média : le média relaie
    Case(
        "fr-s23-bilan-des-autorites-rapporte-par-l-agence",
        "Selon un bilan des autorités rapporté par l'agence MAP, 14 personnes sont mortes dans les inondations.",
        [C("deaths", 14, speaker="autorités", via="MAP")],
    ),
    Case(
        "fr-s23-rapporte-par-l-agence-officielle-apres",
        "Au moins neuf personnes ont péri, selon un bilan de la protection civile rapporté par l'agence officielle MAP.",
        [C("deaths", 9, qualifier="at_least", speaker="protection civile", via="MAP")],
    ),
    Case(
        "fr-s23-bilan-rapporte-par-le-ministere-reste-la-source",
        "Quatorze personnes sont mortes, selon un bilan rapporté par le ministère de la Santé.",
        [C("deaths", 14, speaker="ministère de la Santé", via=None)],
    ),
    # s25french : des tournures variées de dépêches et de faits divers (bornes, révisions, parts, relais, lieux,
    # gardes à vue, blessés graves, disparus, déplacés) ; des pays écrits avec des mots en minuscules (« Soudan du
    # Sud », « République dominicaine » : place.name-with-lower-case-words), les Caraïbes, le Darfour
    # bounds
    Case(
        "fr-s25-au-moins-tues-province",
        "Au moins 23 personnes ont été tuées dans des frappes aériennes dans la province d'Idleb, selon l'OSDH.",
        [C("deaths", 23, qualifier="at_least", location="Idlib", speaker="OSDH", origin_type="NGO")],
    ),
    Case(
        "fr-s25-pres-de-morts-canicule",
        "La canicule a fait près de 500 morts en Andalousie, selon les autorités sanitaires régionales.",
        [C("deaths", 500, qualifier="almost")],
    ),
    Case(
        "fr-s25-quelque-migrants-disparus",
        "Quelque 60 migrants sont portés disparus après le chavirement de leur pirogue au large du Sénégal.",
        [C("missing", 60, qualifier="about", group="civilians", location="Senegal")],
    ),
    Case(
        "fr-s25-plusieurs-centaines-deplaces",
        "Plusieurs centaines de familles ont dû quitter leur domicile à cause des combats.",
        [C("displaced", None, qualifier="vague")],
    ),
    Case(
        "fr-s25-des-milliers-de-deplaces",
        "Des milliers de personnes ont été déplacées par les violences dans la province de l'Ituri.",
        [C("displaced", None, qualifier="vague", location="Ituri")],
    ),
    Case(
        "fr-s25-jusqu-a-morts",
        "Jusqu'à 200 personnes pourraient avoir péri dans le glissement de terrain, selon les secours.",
        [C("deaths", 200, qualifier="up_to", speaker="secours")],
    ),
    Case(
        "fr-s25-entre-et-morts",
        "Entre 30 et 40 personnes auraient été tuées dans l'attaque du convoi.",
        [C("deaths", 30, qualifier="range")],
    ),
    # revisions
    Case(
        "fr-s25-bilan-s-est-alourdi-a-mardi",
        "Le bilan des inondations s'est alourdi mardi à 52 morts, a annoncé la protection civile.",
        [C("deaths", 52, speaker="protection civile")],
    ),
    Case(
        "fr-s25-precedent-bilan-faisait-etat",
        "Selon un nouveau bilan, 61 personnes ont été tuées. Un précédent bilan faisait état de 45 morts.",
        [C("deaths", 61), C("deaths", 45)],
    ),
    Case(
        "fr-s25-bilan-revu-a-la-baisse",
        "Le bilan a été revu à la baisse à 14 morts, a indiqué la préfecture, qui avait d'abord évoqué 17 victimes.",
        [C("deaths", 14, speaker="préfecture", flags=("correction",)), C("deaths", 17, flags=("retracted",))],
    ),
    Case(
        "fr-s25-bilan-passe-de-a",
        "Le bilan est passé de 12 à 20 morts dans la nuit, selon les autorités locales.",
        [C("deaths", 12, speaker="autorités locales"), C("deaths", 20, speaker="autorités locales")],
    ),
    # subgroups
    Case(
        "fr-s25-parmi-lesquels-soldats",
        "Trente personnes ont été tuées, parmi lesquelles huit soldats, selon l'armée.",
        [C("deaths", 30, speaker="armée"), C("deaths", 8, group="security_forces", part_of=0)],
    ),
    Case(
        "fr-s25-dont-femmes-et-enfants",
        "Les frappes ont fait 21 morts, dont six femmes et quatre enfants, selon la défense civile.",
        [C("deaths", 21), C("deaths", 6, part_of=0), C("deaths", 4, group="children", part_of=0)],
    ),
    Case(
        "fr-s25-dont-mineurs-garde-a-vue",
        "Quinze personnes, dont sept mineurs, ont été placées en garde à vue.",
        [C("arrests", 15), C("arrests", 7, group="children", part_of=0)],
    ),
    Case(
        "fr-s25-parmi-les-morts-figurent",
        "Parmi les morts figurent trois journalistes, selon le syndicat.",
        [C("deaths", 3)],
    ),
    # attributions with vias
    Case(
        "fr-s25-tele-etat-citant-ministere",
        "Au moins 31 personnes ont été tuées, selon la télévision d'État, citant le ministère de la Santé.",
        [C("deaths", 31, qualifier="at_least", speaker="ministère de la Santé", via="télévision")],
    ),
    Case(
        "fr-s25-a-indique-a-l-afp-source-policiere",
        "Trois personnes ont été interpellées, a indiqué à l'AFP une source policière.",
        [C("arrests", 3, speaker="police", via="AFP")],
    ),
    Case(
        "fr-s25-selon-un-bilan-de-l-onu",
        "Selon un bilan de l'ONU, plus de 1 200 civils ont été tués depuis le début de l'année.",
        [C("deaths", 1200, qualifier="more_than", group="civilians", speaker="ONU", origin_type="UN body")],
    ),
    Case(
        "fr-s25-agence-officielle-citant-gouverneur",
        "Quatorze personnes sont mortes, a rapporté l'agence officielle SANA, citant le gouverneur de la province.",
        [C("deaths", 14, speaker="gouverneur", via="SANA")],
    ),
    Case(
        "fr-s25-selon-des-sources-medicales",
        "Au moins neuf Palestiniens ont été tués dans une frappe israélienne, selon des sources médicales.",
        [C("deaths", 9, qualifier="at_least", origin_type="medical")],
    ),
    Case(
        "fr-s25-a-precise-le-procureur",
        "Deux hommes ont été mis en examen et placés en détention provisoire, a précisé le procureur de la République.",
        [C("arrests", 2, speaker="procureur")],
    ),
    Case(
        "fr-s25-de-source-hospitaliere",
        "Sept blessés étaient toujours hospitalisés lundi, a-t-on appris de source hospitalière.",
        [C("injuries", 7)],
    ),
    Case(
        "fr-s25-selon-msf",
        "Au moins 70 blessés ont été soignés dans nos structures, a indiqué Médecins sans frontières.",
        [C("injuries", 70, qualifier="at_least", speaker="Médecins sans frontières", origin_type="medical")],
    ),
    Case(
        "fr-s25-rapporte-l-agence-citant-police",
        "Huit personnes ont été tuées, rapporte l'agence Reuters, citant la police locale.",
        [C("deaths", 8, speaker="police", via="Reuters")],
    ),
    Case(
        "fr-s25-selon-l-agence-citant-des-temoins",
        "Selon l'agence Anadolu, citant des témoins, une vingtaine de personnes ont été blessées.",
        [C("injuries", 20, qualifier="about", speaker="témoins", via="Anadolu")],
    ),
    # places
    Case(
        "fr-s25-dans-la-province-de",
        "Douze personnes ont été tuées dans la province du Nord-Kivu, selon les autorités.",
        [C("deaths", 12, speaker="autorités")],
    ),
    Case(
        "fr-s25-dans-le-departement-du",
        "Deux randonneurs sont morts dans une avalanche dans le département de la Savoie.",
        [C("deaths", 2, location="Savoie")],
    ),
    Case(
        "fr-s25-en-seine-saint-denis",
        "Un adolescent de 16 ans a été tué par balle samedi soir en Seine-Saint-Denis.",
        [C("deaths", 1, location="Seine-Saint-Denis")],
    ),
    Case(
        "fr-s25-republique-dominicaine",
        "Au moins huit personnes ont été tuées par la tempête en République dominicaine, selon les autorités.",
        [C("deaths", 8, qualifier="at_least", location="Dominican Republic", speaker="autorités")],
    ),
    Case(
        "fr-s25-caraibes",
        "L'ouragan a fait au moins 20 morts dans les Caraïbes, selon un bilan de l'ONU.",
        [C("deaths", 20, qualifier="at_least", location="Caribbean", speaker="ONU")],
    ),
    Case(
        "fr-s25-cote-d-ivoire",
        "Des pluies torrentielles ont fait au moins 24 morts en Côte d'Ivoire.",
        [C("deaths", 24, qualifier="at_least", location="Ivory Coast")],
    ),
    Case(
        "fr-s25-au-soudan-du-sud-en-tete",
        "Au Soudan du Sud, des affrontements intercommunautaires ont fait 27 morts, selon un responsable local.",
        [C("deaths", 27, location="South Sudan", speaker="responsable", origin="government of South Sudan")],
    ),
    Case(
        "fr-s25-a-annonce-l-elysee",
        "Trois militaires français ont été tués au Mali, a annoncé l'Élysée.",
        [C("deaths", 3, group="foreign_troops", location="Mali", speaker="Élysée", origin="government of France")],
    ),
    Case(
        "fr-s25-bilan-avant-le-tout-dont-trois-graves",
        "Le bilan provisoire fait état de quatre morts et d'une vingtaine de blessés, dont trois graves.",
        [C("deaths", 4), C("injuries", 20, qualifier="about"), C("injuries", 3, part_of=1)],
    ),
    Case(
        "fr-s25-selon-la-garde-nationale",
        "Au moins 17 migrants sont morts noyés au large de la Tunisie, selon la garde nationale.",
        [C("deaths", 17, qualifier="at_least", group="civilians", location="Tunisia", speaker="garde nationale",
           origin_type="government")],
    ),
    Case(
        "fr-s25-soudan-du-sud",
        "Au moins 17 personnes ont été tuées dans des affrontements au Soudan du Sud, selon l'ONU.",
        [C("deaths", 17, qualifier="at_least", location="South Sudan", speaker="ONU")],
    ),
    Case(
        "fr-s25-afrique-du-sud",
        "Onze mineurs ont péri dans un accident de mine en Afrique du Sud.",
        [C("deaths", 11, location="South Africa")],
    ),
    Case(
        "fr-s25-arabie-saoudite",
        "Plus de 1 300 pèlerins sont morts pendant le hajj en Arabie saoudite.",
        [C("deaths", 1300, qualifier="more_than", location="Saudi Arabia")],
    ),
    Case(
        "fr-s25-republique-centrafricaine",
        "Une vingtaine de civils ont été tués dans le sud-est de la République centrafricaine.",
        [C("deaths", 20, qualifier="about", group="civilians", location="Central African Republic")],
    ),
    Case(
        "fr-s25-coree-du-sud",
        "La bousculade a fait 156 morts à Séoul, en Corée du Sud.",
        [C("deaths", 156, location="Seoul")],
    ),
    Case(
        "fr-s25-guinee-equatoriale",
        "Les explosions ont fait au moins 98 morts en Guinée équatoriale.",
        [C("deaths", 98, location="Equatorial Guinea")],
    ),
    Case(
        "fr-s25-dans-le-gard",
        "Trois personnes sont mortes emportées par les crues dans le Gard.",
        [C("deaths", 3)],
    ),
    # arrests / garde à vue
    Case(
        "fr-s25-arrestation-de-dizaines",
        "La police a procédé à l'arrestation de 34 personnes lors de la manifestation.",
        [C("arrests", 34, speaker="police")],
    ),
    # blessés graves / urgence absolue
    Case(
        "fr-s25-urgence-absolue-et-relative",
        "Parmi les blessés, quatre sont en urgence absolue et onze en urgence relative, selon les pompiers.",
        [C("injuries", 4), C("injuries", 11)],
    ),
    # disparus / déplacés
    Case(
        "fr-s25-disparus-glissement",
        "Au moins 30 personnes sont toujours portées disparues après le glissement de terrain, selon les secours.",
        [C("missing", 30, qualifier="at_least", speaker="secours")],
    ),
    Case(
        "fr-s25-ont-fui-leurs-foyers",
        "Près de 90 000 personnes ont fui leurs foyers depuis la reprise des combats, selon l'OCHA.",
        [C("displaced", 90000, qualifier="almost", speaker="OCHA")],
    ),
    Case(
        "fr-s25-introuvables",
        "Douze pêcheurs restent introuvables après la tempête.",
        [C("missing", 12)],
    ),
    # faits divers
    Case(
        "fr-s25-homme-34-ans-tue-par-balle",
        "Un homme de 34 ans a été tué par balle dans la nuit à Grenoble.",
        [C("deaths", 1, location="Grenoble")],
    ),
    Case(
        "fr-s25-femme-poignardee",
        "Une femme de 52 ans a été mortellement poignardée par son conjoint, a-t-on appris auprès du parquet.",
        [C("deaths", 1, speaker="parquet")],
    ),
    Case(
        "fr-s25-collision-frontale",
        "Une collision frontale entre deux voitures a fait trois morts et un blessé grave dimanche sur la D 938.",
        [C("other", 2, group="vehicles"), C("deaths", 3), C("injuries", 1)],
    ),
    Case(
        "fr-s25-rixe-blesses",
        "Une rixe entre bandes rivales a fait quatre blessés, dont un grièvement, à Nantes.",
        [C("injuries", 4, location="Nantes"), C("injuries", 1, part_of=0)],
    ),
    Case(
        "fr-s25-incendie-immeuble",
        "L'incendie d'un immeuble a fait deux morts et huit blessés légers dans la nuit à Lyon, selon les pompiers.",
        [C("deaths", 2, location="Lyon", speaker="pompiers"), C("injuries", 8, location="Lyon", speaker="pompiers")],
    ),
    Case(
        "fr-s25-pourcentage-pas-de-bilan",
        "Le taux de participation a atteint 42 % au premier tour.",
        [],
    ),
    # wars, attacks, disasters, protests
    Case(
        "fr-s25-frappe-drone",
        "Une frappe de drone a tué au moins cinq civils dans un marché de la région du Darfour.",
        [C("deaths", 5, qualifier="at_least", group="civilians", location="Darfur")],
    ),
    Case(
        "fr-s25-jihadistes-neutralises",
        "L'armée affirme avoir neutralisé une cinquantaine de terroristes lors d'opérations dans l'est du pays.",
        [C("deaths", 50, qualifier="about", group="attackers", speaker="armée")],
    ),
    Case(
        "fr-s25-manifestants-tues-balles-reelles",
        "Au moins sept manifestants ont été tués par des tirs à balles réelles, selon un syndicat de médecins.",
        [C("deaths", 7, qualifier="at_least", group="protesters")],
    ),
    Case(
        "fr-s25-participants-manifestation",
        "La manifestation a rassemblé 25 000 personnes selon la police, 80 000 selon les organisateurs.",
        [C("participants", 25000, speaker="police"), C("participants", 80000, speaker="organisateurs")],
    ),
    Case(
        "fr-s25-soldats-tues-ukraine",
        "Kiev affirme que plus de 300 soldats russes ont été tués en 24 heures.",
        [C("deaths", 300, qualifier="more_than", group="foreign_troops", speaker="Kiev")],
    ),
    Case(
        "fr-s25-otages",
        "Une vingtaine de personnes ont été prises en otage lors de l'attaque de l'église.",
        [C("other", 20, qualifier="about", group="hostages")],
    ),
    Case(
        "fr-s25-sapeurs-pompiers-mobilises",
        "Plus de 600 sapeurs-pompiers étaient mobilisés pour lutter contre les flammes.",
        [C("other", 600, qualifier="more_than", group="rescuers")],
    ),
    # s25french : des bilans d'agence et de la presse régionale ; les départements (« en Seine-Saint-Denis », « dans le
    # Gard », « dans le département du Var ») ; les touchés par balles (shot_words, comme « were shot »)
    Case(
        "fr-s25-l-explosion-a-coute-la-vie",
        "L'explosion a coûté la vie à au moins 11 ouvriers, selon la direction de l'usine.",
        [C("deaths", 11, qualifier="at_least", group="civilians")],
    ),
    Case(
        "fr-s25-selon-un-decompte-de-l-afp",
        "Au moins 320 personnes ont été tuées depuis le début des violences, selon un décompte de l'AFP.",
        [C("deaths", 320, qualifier="at_least", speaker="AFP")],
    ),
    Case(
        "fr-s25-affirme-l-armee-israelienne",
        "L'armée israélienne affirme avoir tué une vingtaine de combattants du Hezbollah.",
        [C("deaths", 20, qualifier="about", group="attackers", speaker="armée")],
    ),
    Case(
        "fr-s25-cite-par-l-agence-officielle",
        "Au moins 18 personnes ont été tuées, a affirmé un responsable local cité par l'agence officielle Xinhua.",
        [C("deaths", 18, qualifier="at_least", speaker="responsable", via="Xinhua")],
    ),
    Case(
        "fr-s25-un-porte-parole-de-la-police",
        "Six manifestants ont été interpellés, a déclaré un porte-parole de la police nationale.",
        [C("arrests", 6, group="protesters", speaker="porte-parole")],
    ),
    Case(
        "fr-s25-blesses-dont-pronostic",
        "Deux blessés sont en urgence absolue et leur pronostic vital est engagé, a précisé le préfet.",
        [C("injuries", 2, speaker="préfet")],
    ),
    Case(
        "fr-s25-personnes-ont-perdu-la-vie-coulees",
        "Les coulées de boue ont fait au moins 45 morts et des dizaines de disparus dans l'État de Rio de Janeiro.",
        [C("deaths", 45, qualifier="at_least"), C("missing", None, qualifier="vague")],
    ),
    Case(
        "fr-s25-deplaces-par-les-inondations",
        "Les inondations ont déplacé plus de 500 000 personnes au Nigeria, selon l'agence nationale de gestion des urgences.",
        [C("displaced", 500000, qualifier="more_than", location="Nigeria")],
    ),
    Case(
        "fr-s25-tue-par-balle-quartier",
        "Un jeune homme de 19 ans a été tué par balles dans un point de deal du quartier, selon une source policière.",
        [C("deaths", 1, speaker="police")],
    ),
    Case(
        "fr-s25-feminicide",
        "Une femme de 41 ans a été tuée par son ex-compagnon à son domicile de Rennes, a indiqué le parquet.",
        [C("deaths", 1, location="Rennes", speaker="parquet")],
    ),
    Case(
        "fr-s25-deux-freres-blesses",
        "Deux frères âgés de 12 et 15 ans ont été blessés par l'explosion d'un pétard.",
        [C("injuries", 2, group="all")],
    ),
    Case(
        "fr-s25-noyades-ete",
        "Depuis le début de l'été, 150 personnes sont mortes noyées en France, selon Santé publique France.",
        [C("deaths", 150, location="France", flags=("period_tally",))],
    ),
    Case(
        "fr-s25-manifestants-selon-cgt",
        "Les syndicats ont revendiqué 1,3 million de manifestants dans toute la France, le ministère de l'Intérieur en a compté 368 000.",
        [C("participants", 1300000), C("participants", 368000)],
    ),
    Case(
        "fr-s25-soldats-francais-deployes",
        "Quelque 1 500 soldats français sont déployés dans la région.",
        [C("troops", 1500, qualifier="about", group="foreign_troops")],
    ),
    Case(
        "fr-s25-cholera",
        "L'épidémie de choléra a fait plus de 400 morts depuis janvier, selon l'OMS.",
        [C("deaths", 400, qualifier="more_than", speaker="OMS", flags=("period_tally",))],
    ),
    Case(
        "fr-s25-touches-par-balles",
        "Trois personnes ont été touchées par balles lors de la fusillade, dont une mortellement.",
        [C("injuries", 2, flags=("derived",)), C("deaths", 1)],
    ),
    Case(
        "fr-s25-en-seine-saint-denis-lieu",
        "Dix personnes ont été interpellées samedi en Seine-Saint-Denis après des violences urbaines.",
        [C("arrests", 10, location="Seine-Saint-Denis")],
    ),
    Case(
        "fr-s25-dans-le-departement-du-nord",
        "Deux enfants sont morts dans l'incendie de leur maison dans le département du Var.",
        [C("deaths", 2, group="children", location="Var")],
    ),
    Case(
        "fr-s25-haiti-gangs",
        "Au moins 70 personnes ont été tuées par un gang à Pont-Sondé, en Haïti, selon l'ONU.",
        [C("deaths", 70, qualifier="at_least", location="Pont-Sondé", speaker="ONU")],
    ),
    Case(
        "fr-s25-emirats",
        "Deux travailleurs ont été tués par des débris de drone aux Émirats arabes unis.",
        [C("deaths", 2, location="United Arab Emirates")],
    ),
    Case(
        "fr-s25-gard-prefecture",
        "Trois personnes sont mortes emportées par les crues dans le Gard, selon la préfecture.",
        [C("deaths", 3, location="Gard", speaker="préfecture", origin="government of France")],
    ),
    Case(
        "fr-s25-haute-savoie",
        "Un randonneur a été tué par une chute de pierres en Haute-Savoie.",
        [C("deaths", 1, location="Haute-Savoie")],
    ),
    Case(
        "fr-s25-bouches-du-rhone",
        "Huit gendarmes ont été blessés dans les Bouches-du-Rhône lors d'une course-poursuite.",
        [C("injuries", 8, group="security_forces", location="Bouches-du-Rhône")],
    ),
    Case(
        "fr-s25-ville-dans-le-val-de-marne",
        "Un adolescent a été tué par balle à Villeneuve-Saint-Georges, dans le Val-de-Marne.",
        [C("deaths", 1, group="children", location="Villeneuve-Saint-Georges")],
    ),
    Case(
        "fr-s25-touche-par-balle-a-la-jambe",
        "Un homme a été touché par balle à la jambe lors d'un règlement de comptes, selon la police.",
        [C("injuries", 1, speaker="police", not_flags=("shot",))],
    ),
    Case(
        "fr-s25-touches-par-des-tirs-dont-deux-decedes",
        "Quatre personnes ont été touchées par des tirs, dont deux sont décédées.",
        [C("injuries", 2, flags=("derived",)), C("deaths", 2)],
    ),
    Case(
        "fr-s25-touchees-par-balles-seul",
        "Cinq personnes ont été touchées par balles devant une discothèque, a indiqué le parquet.",
        [C("injuries", 5, speaker="parquet", flags=("shot",))],
    ),
    Case(
        "fr-s25-polynesie",
        "Un homme a été tué par un requin en Polynésie française.",
        [C("deaths", 1, location="French Polynesia")],
    ),
    # s25french : des relais et des sources inversées (« ont indiqué à l'AFP des sources sécuritaires », « un élu local »),
    # des révisions, un bilan annoncé « dans un premier temps »,
    # le corps d'une personne, des habitants comptés après leur lieu
    Case(
        "fr-s25-selon-la-chaine-publique-citant-un-responsable",
        "Au moins 26 personnes ont été tuées, a rapporté la chaîne publique, citant un responsable de la sécurité civile.",
        [C("deaths", 26, qualifier="at_least", speaker="responsable", via="chaîne")],
    ),
    Case(
        "fr-s25-selon-des-sources-securitaires-a-l-afp",
        "Une quarantaine de soldats ont été tués dans l'attaque, ont indiqué à l'AFP des sources sécuritaires.",
        [C("deaths", 40, qualifier="about", group="security_forces", via="AFP")],
    ),
    Case(
        "fr-s25-a-indique-a-l-afp-un-elu-local",
        "Au moins douze civils ont été tués, a indiqué à l'AFP un élu local sous couvert d'anonymat.",
        [C("deaths", 12, qualifier="at_least", group="civilians", via="AFP")],
    ),
    Case(
        "fr-s25-selon-le-bureau-de-l-onu",
        "Plus de 3 000 personnes ont été déplacées par les combats, selon le Bureau de l'ONU pour la coordination des affaires humanitaires (Ocha).",
        [C("displaced", 3000, qualifier="more_than", origin_type="UN body")],
    ),
    Case(
        "fr-s25-ministere-de-la-sante-du-hamas",
        "Selon le ministère de la Santé du Hamas, au moins 38 Palestiniens ont été tués en 24 heures.",
        [C("deaths", 38, qualifier="at_least", speaker="ministère de la Santé", origin_type="party or armed group")],
    ),
    Case(
        "fr-s25-selon-l-agence-de-presse-officielle-citant-police",
        "Selon l'agence de presse officielle IRNA, citant la police, 21 personnes ont été arrêtées.",
        [C("arrests", 21, speaker="police", via="IRNA")],
    ),
    Case(
        "fr-s25-a-declare-a-la-television-le-ministre",
        "Au moins 300 personnes ont été interpellées, a déclaré le ministre de l'Intérieur sur la chaîne TF1.",
        [C("arrests", 300, qualifier="at_least", speaker="ministre de l'Intérieur")],
    ),
    Case(
        "fr-s25-bilan-provisoire-dont-en-urgence-absolue",
        "Selon un bilan provisoire de la préfecture, l'explosion a fait 16 blessés, dont trois en urgence absolue.",
        [C("injuries", 16, speaker="préfecture"), C("injuries", 3, speaker="préfecture", part_of=0)],
    ),
    Case(
        "fr-s25-dont-deux-policiers-grievement",
        "Dix-sept personnes ont été blessées, dont deux policiers grièvement, a indiqué la préfecture de police.",
        [C("injuries", 17, speaker="préfecture de police"), C("injuries", 2, group="security_forces", part_of=0)],
    ),
    Case(
        "fr-s25-parmi-les-morts-des-enfants-nombre",
        "L'attaque a fait 35 morts. Parmi eux figurent neuf enfants, selon l'Unicef.",
        [C("deaths", 35), C("deaths", 9, group="children", part_of=0)],
    ),
    Case(
        "fr-s25-dont-un-secouriste",
        "Le séisme a fait au moins 120 morts, dont un secouriste, selon le Croissant-Rouge.",
        [C("deaths", 120, qualifier="at_least"), C("deaths", 1, part_of=0)],
    ),
    Case(
        "fr-s25-bilan-porte-a",
        "La découverte de trois nouveaux corps a porté le bilan à 26 morts.",
        [C("deaths", 3), C("deaths", 26)],
    ),
    Case(
        "fr-s25-bilan-depasse-les",
        "Le bilan dépasse désormais les 2 000 morts, selon les autorités talibanes.",
        [C("deaths", 2000, qualifier="more_than", speaker="autorités")],
    ),
    Case(
        "fr-s25-contre-la-veille",
        "Les secours ont dénombré 89 morts, contre 54 la veille.",
        [C("deaths", 89, speaker="secours"), C("deaths", 54)],
    ),
    Case(
        "fr-s25-au-lieu-de",
        "La préfecture a corrigé son bilan: 11 morts, au lieu de 13 annoncés dans un premier temps.",
        [C("deaths", 11, speaker="préfecture", flags=("correction",)), C("deaths", 13, flags=("retracted",))],
    ),
    Case(
        "fr-s25-personnes-secourues",
        "Plus de 90 personnes ont été secourues en mer, selon la préfecture maritime.",
        [],
    ),
    Case(
        "fr-s25-manif-selon-les-organisateurs",
        "Ils étaient 12 000 selon les organisateurs, 4 500 selon la police, à défiler à Nantes.",
        [C("participants", 12000, speaker="organisateurs"), C("participants", 4500, speaker="police")],
    ),
    Case(
        "fr-s25-interpellations-marge-manif",
        "En marge du cortège, 43 personnes ont été interpellées, dont 28 placées en garde à vue.",
        [C("arrests", 43), C("arrests", 28, part_of=0)],
    ),
    Case(
        "fr-s25-retrouve-sans-vie",
        "Le corps sans vie d'un homme de 45 ans a été retrouvé dans la Seine.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-s25-enfant-happe",
        "Une fillette de 6 ans a été mortellement percutée par une voiture à Lille.",
        [C("deaths", 1, location="Lille")],
    ),
    Case(
        "fr-s25-fusillade-quatre-blesses-dont-un-enfant",
        "Quatre personnes, dont un enfant de 10 ans, ont été blessées par balles à Marseille.",
        [C("injuries", 4, location="Marseille"), C("injuries", 1, group="children", part_of=0)],
    ),
    Case(
        "fr-s25-incendie-hospitalises-fumees",
        "Six habitants de l'immeuble ont été hospitalisés après avoir inhalé des fumées.",
        [C("injuries", 6, group="civilians")],
    ),
    Case(
        "fr-s25-adolescente-grievement-blessee",
        "Une adolescente de 15 ans a été grièvement blessée par un chauffard, selon les pompiers.",
        [C("injuries", 1, speaker="pompiers")],
    ),
    Case(
        "fr-s25-enfant-de-6-ans-tue-par-balle",
        "Un enfant de 6 ans a été tué par balle lors d'une fusillade, selon le parquet.",
        [C("deaths", 1, speaker="parquet")],
    ),
    Case(
        "fr-s25-policier-de-45-ans-blesse",
        "Un policier de 45 ans a été blessé par un tir de mortier d'artifice, selon la préfecture.",
        [C("injuries", 1, speaker="préfecture")],
    ),
    Case(
        "fr-s25-corps-d-une-femme",
        "Le corps d'une femme a été découvert dans un sac de sport, a indiqué le parquet.",
        [C("deaths", 1, speaker="parquet")],
    ),
    Case(
        "fr-s25-corps-de-deux-hommes-pas-un",
        "Les corps de deux hommes ont été retrouvés dans une voiture incendiée.",
        [C("deaths", 2)],
    ),
    Case(
        "fr-s25-rapporte-dans-un-premier-temps",
        "Le bilan est de neuf morts, et non de douze, comme rapporté dans un premier temps par la police.",
        [C("deaths", 9), C("deaths", 12)],
    ),
    Case(
        "fr-s25-habitants-population-pas-de-bilan",
        "Cette commune de 12 000 habitants a été durement touchée par la tempête.",
        [],
    ),
    Case(
        "fr-s25-rescapes-pas-de-bilan",
        "Les 42 rescapés ont été pris en charge par la Croix-Rouge.",
        [],
    ),
    # s26agen : des policiers « venus de toute la France » n'y sont pas envoyés
    Case(
        "fr-s26agen-policiers-venus-de-toute-la-france",
        "Quelque 2 000 policiers venus de toute la France ont été mobilisés à Paris.",
        [C("troops", 2000, qualifier="about", group="security_forces", location="Paris")],
    ),
    # s26agen : la part dite par une copule après « dont l'une » (subset_cues), comme l'anglais « one of whom was »
    Case(
        "fr-s26agen-dont-l-une-etait-un-adolescent",
        "Deux personnes, dont l'une était un adolescent, ont été blessées.",
        [C("injuries", 2, group="all"), C("injuries", 1, group="children", part_of=0)],
    ),
    Case(
        "fr-s26agen-dont-l-une-est-un-enfant-tues",
        "Trois personnes, dont l'une est un enfant de neuf ans, ont été tuées dans l'incendie, selon les pompiers.",
        [C("deaths", 3, group="all", speaker="pompiers"), C("deaths", 1, group="children", part_of=0)],
    ),
    # s26agen : une foule sans nom avant un verbe de la foule (« Thousands took to the streets ») ; s28 : après l'auxiliaire (« ont manifesté »)
    Case(
        "fr-s26agen-des-milliers-ont-defile",
        "Des milliers ont défilé samedi dans les rues de Lyon.",
        [C("participants", None, qualifier="vague", group="protesters")],
    ),
    Case(
        "fr-s26agen-quelque-2000-ont-manifeste",
        "Quelque 2 000 ont manifesté à Paris.",
        [C("participants", 2000, qualifier="about", group="protesters", location="Paris")],
    ),
    # s26french: a word's sense by its context: "mineurs" told as a part after a whole of people are minors, not miners
    Case(
        "fr-s26-interpelles-dont-mineurs",
        "Au total, 87 personnes ont été interpellées, dont 14 mineurs, a annoncé le ministre de l'Intérieur.",
        [C("arrests", 87, speaker="ministre de l'Intérieur"), C("arrests", 14, group="children", part_of=0)],
    ),
    Case(
        "fr-s26-dont-douze-mineurs",
        "Au total, 45 personnes ont été interpellées, dont douze mineurs.",
        [C("arrests", 45), C("arrests", 12, group="children", part_of=0)],
    ),
    Case(
        "fr-s26-parmi-interpelles-figurent-mineurs",
        "Parmi les 40 personnes interpellées figurent 9 mineurs.",
        [C("arrests", 40), C("arrests", 9, group="children", part_of=0)],
    ),
    Case(
        "fr-s26-suspects-dont-mineurs",
        "Les gendarmes ont interpellé six suspects, dont deux mineurs.",
        [C("arrests", 6, speaker="gendarmes"), C("arrests", 2, group="children", part_of=0)],
    ),
    Case(
        "fr-s26-incendie-dont-mineurs",
        "L'incendie a fait 8 morts, dont 3 mineurs.",
        [C("deaths", 8), C("deaths", 3, group="children", part_of=0)],
    ),
    Case(
        "fr-s26-mineurs-de-fond-mine",
        "L'éboulement dans la mine a coûté la vie à 18 mineurs, selon le ministère.",
        [C("deaths", 18, group="civilians", speaker="ministère")],
    ),
    Case(
        "fr-s26-mineurs-garde-a-vue-sans-tout",
        "Douze mineurs ont été placés en garde à vue.",
        [C("arrests", 12, group="children")],
    ),
    # s26french: the dead and the injured counted together ("tués ou blessés") are no toll of either, as "victimes"
    Case(
        "fr-s26-enfants-tues-ou-blesses",
        "Plus de 50 enfants ont été tués ou blessés dans les frappes, selon l'Unicef.",
        [],
    ),
    Case(
        "fr-s26-civils-tues-ou-blesses",
        "Au moins 200 civils ont été tués ou blessés en une semaine, selon l'ONU.",
        [],
    ),
    Case(
        "fr-s26-tues-et-blesses-ensemble",
        "Au moins 30 personnes ont été tuées et blessées lors des bombardements de la nuit.",
        [],
    ),
    Case(
        "fr-s26-tuees-et-nombre-blessees",
        "Trois personnes ont été tuées et 12 blessées dans la collision.",
        [C("deaths", 3), C("injuries", 12)],
    ),
    Case(
        "fr-s26-blesse-puis-decede",
        "Un homme a été blessé par balle et est décédé peu après à l'hôpital.",
        [C("deaths", 1)],
    ),
    # s26french: a crowd's figures, each with its source after it, before the verb of taking part (was CROWD-VERB)
    Case(
        "fr-s26-prefecture-puis-cgt-a-manifester",
        "Ils étaient 3 500 selon la préfecture, 12 000 selon la CGT, à manifester contre la réforme.",
        [C("participants", 3500, speaker="préfecture"), C("participants", 12000, speaker="CGT")],
    ),
    Case(
        "fr-s26-selon-prefecture-sans-virgule",
        "Ils étaient 3 000 selon la préfecture à manifester à Lyon.",
        [C("participants", 3000, speaker="préfecture", location="Lyon")],
    ),
    Case(
        "fr-s26-selon-cgt-entre-virgules",
        "Elles étaient 800, selon la CGT, à défiler dans les rues de Rennes.",
        [C("participants", 800, speaker="CGT", location="Rennes")],
    ),
    Case(
        "fr-s26-selon-police-pas-un-cortege",
        "Au moins 12 personnes ont été tuées selon la police, qui a défilé.",
        [C("deaths", 12, qualifier="at_least", speaker="police")],
    ),
    # s26french: "une adolescente" counted by its noun as "un adolescent" is (the article no count of its own)
    Case(
        "fr-s26-adolescente-tuee-par-balle",
        "Une adolescente de 14 ans a été tuée par balle dans la nuit à Nîmes.",
        [C("deaths", 1, location="Nîmes")],
    ),
    Case(
        "fr-s26-adolescente-agee-decedee",
        "Une adolescente âgée de 16 ans est décédée.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-s26-adolescente-couteau",
        "Une adolescente de 17 ans a été grièvement blessée au couteau devant son lycée.",
        [C("injuries", 1)],
    ),
    Case(
        "fr-s26-adolescentes-blessees",
        "Deux adolescentes ont été blessées.",
        [C("injuries", 2, group="children")],
    ),
    # s26french: parts joined after their words of degree or care ("dont deux en urgence absolue et deux en urgence relative");
    # s28: each part named by its adjective of degree alone (figure.no-known-noun yields to a part joined to a part)
    Case(
        "fr-s26-urgence-absolue-et-relative",
        "L'accident a fait quatre blessés, dont deux en urgence absolue et deux en urgence relative.",
        [C("injuries", 4), C("injuries", 2, part_of=0), C("injuries", 2, part_of=0)],
    ),
    Case(
        "fr-s26-dont-grievement-et-legerement",
        "Quatre personnes ont été blessées, dont deux grièvement et deux légèrement.",
        [C("injuries", 4), C("injuries", 2, part_of=0), C("injuries", 2, part_of=0)],
    ),
    Case(
        "fr-s26-dont-graves-et-legers",
        "L'accident a fait dix blessés, dont trois graves et sept légers.",
        [C("injuries", 10), C("injuries", 3, part_of=0), C("injuries", 7, part_of=0)],
    ),
    # s26french: the death of one injured is a death; residents who found refuge; forced to leave their homes
    Case(
        "fr-s26-deces-d-un-blesse",
        "Le bilan s'est alourdi à 8 morts après le décès d'un blessé à l'hôpital.",
        [C("deaths", 8), C("deaths", 1)],
    ),
    Case(
        "fr-s26-habitants-refuge",
        "Selon la Croix-Rouge, 4 000 habitants ont trouvé refuge dans des centres d'hébergement.",
        [C("displaced", 4000, speaker="Croix-Rouge")],
    ),
    Case(
        "fr-s26-contraint-a-evacuer",
        "Les inondations ont fait au moins 14 morts et contraint 2 000 personnes à évacuer leur domicile.",
        [C("deaths", 14, qualifier="at_least"), C("displaced", 2000)],
    ),
    Case(
        "fr-s26-pronostic-vital-aside",
        "Le conducteur, dont le pronostic vital est engagé, a été hospitalisé.",
        [C("injuries", 1)],
    ),
    # s26french: faits divers
    Case(
        "fr-s26-grievement-blesse-par-balle",
        "Un homme de 32 ans a été grièvement blessé par balle dans la nuit de samedi à dimanche à Marseille.",
        [C("injuries", 1, location="Marseille")],
    ),
    Case(
        "fr-s26-motard-succombe",
        "Le motard, âgé de 27 ans, a succombé à ses blessures à l'hôpital.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-s26-jeune-homme-succombe",
        "Le jeune homme a succombé à ses blessures peu après son admission aux urgences.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-s26-pieton-fauche",
        "Un piéton de 81 ans a été mortellement fauché par une voiture jeudi soir.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-s26-blesses-dont-pronostic-vital",
        "Deux personnes ont été blessées, dont une dont le pronostic vital est engagé.",
        [C("injuries", 2)],
    ),
    Case(
        "fr-s26-legerement-urgence-relative",
        "Trois personnes ont été légèrement blessées et prises en charge en urgence relative.",
        [C("injuries", 3)],
    ),
    Case(
        "fr-s26-urgence-relative-pompiers",
        "Six personnes ont été blessées en urgence relative, selon les pompiers.",
        [C("injuries", 6, speaker="pompiers")],
    ),
    Case(
        "fr-s26-enfant-noye",
        "Un enfant de 6 ans est mort noyé dans la piscine familiale.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-s26-randonneur-sans-vie",
        "Le corps d'un randonneur a été retrouvé sans vie au pied d'une falaise.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-s26-car-camion-dont-graves",
        "La collision entre un car et un camion a fait 11 morts et 28 blessés, dont huit graves.",
        [C("deaths", 11), C("injuries", 28), C("injuries", 8, part_of=1)],
    ),
    Case(
        "fr-s26-policier-refus-d-obtemperer",
        "Un policier a été blessé par balle lors d'un refus d'obtempérer.",
        [C("injuries", 1, group="security_forces")],
    ),
    Case(
        "fr-s26-femme-tuee-par-conjoint",
        "Une femme de 38 ans a été tuée par son conjoint, qui s'est ensuite donné la mort.",
        [C("deaths", 1)],
    ),
    Case(
        "fr-s26-retrouvees-mortes",
        "Deux personnes ont été retrouvées mortes dans un appartement incendié.",
        [C("deaths", 2)],
    ),
    Case(
        "fr-s26-fusillade-autres-blessees",
        "Au total, 12 personnes ont été tuées et 54 autres blessées dans la fusillade.",
        [C("deaths", 12), C("injuries", 54)],
    ),
    Case(
        "fr-s26-secours-urgence-absolue",
        "Les secours ont pris en charge 23 blessés, dont quatre en urgence absolue.",
        [C("injuries", 23), C("injuries", 4, part_of=0)],
    ),
    Case(
        "fr-s26-explosion-etat-critique",
        "Le bilan de l'explosion s'établit à 3 morts et 12 blessés, dont 2 dans un état critique.",
        [C("deaths", 3), C("injuries", 12), C("injuries", 2, part_of=1, flags=("part",))],
    ),
    Case(
        "fr-s26-intoxiquees-fumee",
        "Une quinzaine de personnes ont été intoxiquées par la fumée.",
        [C("injuries", 15, qualifier="about")],
    ),
    # s26french: agency wording (earthquake, floods, attack, protests, arrests, displaced)
    Case(
        "fr-s26-seisme-magnitude",
        "Un séisme de magnitude 6,4 a fait au moins 23 morts et plus de 300 blessés dans le nord du pays.",
        [C("deaths", 23, qualifier="at_least"), C("injuries", 300, qualifier="more_than")],
    ),
    Case(
        "fr-s26-seisme-nouveau-bilan",
        "Le séisme a fait au moins 1 200 morts, selon un nouveau bilan des autorités.",
        [C("deaths", 1200, qualifier="at_least", speaker="autorités")],
    ),
    Case(
        "fr-s26-intemperies-disparus",
        "Les intempéries ont fait six morts et cinq disparus, selon la préfecture.",
        [C("deaths", 6, speaker="préfecture"), C("missing", 5, speaker="préfecture")],
    ),
    Case(
        "fr-s26-evacuees-crues",
        "Près de 5 000 personnes ont été évacuées en raison des crues, a indiqué la préfecture.",
        [C("displaced", 5000, qualifier="almost", speaker="préfecture")],
    ),
    Case(
        "fr-s26-sans-abri-cyclone",
        "Plus de 10 000 personnes se retrouvent sans-abri après le passage du cyclone.",
        [C("displaced", 10000, qualifier="more_than")],
    ),
    Case(
        "fr-s26-attentat-source-securitaire",
        "L'attentat a fait au moins 17 morts et 40 blessés, selon une source sécuritaire.",
        [C("deaths", 17, qualifier="at_least"), C("injuries", 40)],
    ),
    Case(
        "fr-s26-attentat-suicide-marche",
        "L'attentat-suicide a tué au moins neuf personnes, dont trois policiers, sur un marché.",
        [C("deaths", 9, qualifier="at_least"), C("deaths", 3, group="security_forces", part_of=0)],
    ),
    Case(
        "fr-s26-manifeste-dans-le-calme",
        "Selon la préfecture, 2 300 personnes ont manifesté dans le calme samedi à Toulouse.",
        [C("participants", 2300, speaker="préfecture", location="Toulouse")],
    ),
    Case(
        "fr-s26-cgt-revendique-prefecture-compte",
        "La CGT a revendiqué 15 000 manifestants à Bordeaux, la préfecture en a compté 4 800.",
        [C("participants", 15000, location="Bordeaux"), C("participants", 4800, speaker="préfecture")],
    ),
    Case(
        "fr-s26-placees-en-garde-a-vue",
        "Vingt-deux personnes ont été placées en garde à vue à l'issue de la manifestation.",
        [C("arrests", 22)],
    ),
    Case(
        "fr-s26-gardes-a-vue-levees",
        "Onze gardes à vue ont été levées dimanche matin.",
        [C("arrests", 11)],
    ),
    Case(
        "fr-s26-policiers-blesses-heurts",
        "Trois policiers ont été légèrement blessés lors des heurts, selon la préfecture de police.",
        [C("injuries", 3, group="security_forces", speaker="préfecture de police")],
    ),
    Case(
        "fr-s26-plusieurs-centaines-interpellees",
        "Plusieurs centaines de personnes ont été interpellées en marge des émeutes.",
        [C("arrests", None, qualifier="vague")],
    ),
    Case(
        "fr-s26-nuit-de-violences-interpellees",
        "Lors de la troisième nuit de violences, 719 personnes ont été interpellées à travers le pays.",
        [C("arrests", 719)],
    ),
    Case(
        "fr-s26-policiers-et-gendarmes-blesses",
        "Quarante-cinq policiers et gendarmes ont été blessés, selon le ministère de l'Intérieur.",
        [C("injuries", 45, group="security_forces", speaker="ministère de l'Intérieur")],
    ),
    Case(
        "fr-s26-migrants-portes-disparus",
        "Au moins 300 migrants sont portés disparus après le naufrage de leur embarcation.",
        [C("missing", 300, qualifier="at_least", group="civilians")],
    ),
    Case(
        "fr-s26-bombardement-en-a-blesse",
        "Le bombardement a tué 12 personnes et en a blessé une trentaine d'autres.",
        [C("deaths", 12), C("injuries", 30, qualifier="about")],
    ),
    Case(
        "fr-s26-alpinistes-avalanche",
        "Deux alpinistes ont trouvé la mort dans une avalanche.",
        [C("deaths", 2)],
    ),
    # s27agen : les médiateurs comme source, les gardiens comme forces de sécurité, la capitale après sa virgule
    Case(
        "fr-s27agen-mediateurs-source",
        "Au moins 20 personnes ont été tuées dans la frappe sur le camp, ont indiqué les médiateurs.",
        [C("deaths", 20, qualifier="at_least", speaker="médiateurs")],
    ),
    Case(
        "fr-s27agen-gardiens-tues",
        "Au moins trois gardiens ont été tués lors de l'attaque contre la prison.",
        [C("deaths", 3, qualifier="at_least", group="security_forces")],
    ),
    Case(
        "fr-s27agen-capitale-du-pays-virgule",
        "Au moins douze personnes ont été tuées dimanche dans la capitale du Soudan, Khartoum, selon des témoins.",
        [C("deaths", 12, qualifier="at_least", location="Khartoum", speaker="témoins")],
    ),
    Case(
        "fr-s27agen-selon-leurs-propres-chiffres",
        "Les policiers ont dispersé les manifestants et, selon leurs propres chiffres, interpellé 56 personnes.",
        [C("arrests", 56, speaker="policiers")],
    ),
    # s28inj : la valeur qu'une correction abandonne est retirée (figure.corrected-value)
    Case(
        "fr-s28inj-corrige-de-a-valeur-abandonnee",
        "Le ministère a corrigé le bilan de 240 à 212 morts.",
        [C("deaths", 240, flags=("retracted",)), C("deaths", 212, flags=("correction",), not_flags=("retracted",))],
    ),
    # ---- s27: small French fixes ----------------------------------------------------------------
    Case(
        "fr-s27-a-tue-dont-et-blesse",
        "L'explosion a tué 45 personnes, dont six enfants, et en a blessé 79 autres.",
        [C("deaths", 45), C("deaths", 6, group="children", part_of=0), C("injuries", 79)],
    ),
    Case(
        "fr-s27-appele-a-evacuer",  # the object of a call to leave: displaced
        "Les autorités ont appelé quelque 40 000 habitants à évacuer avant l'arrivée de la tempête.",
        [C("displaced", 40_000, qualifier="about")],
    ),
    Case(
        "fr-s27-trente-blesses-pas-trento",  # a figure's own number names no place (place_names, country votes)
        "Trente personnes ont été blessées lors de l'effondrement d'une tribune.",
        [C("injuries", 30, location=None)],
    ),
    Case(
        "fr-s27-trente-mineurs-tues-pas-trento",
        "Trente mineurs ont été tués par un coup de grisou, selon les secours.",
        [C("deaths", 30, location=None)],
    ),
    Case(
        "fr-s27-a-trente-une-ville",  # a capitalised number word after a preposition of place is a town (numbers _place_name)
        "Dix personnes ont été tuées à Trente dans l'effondrement d'un immeuble.",
        [C("deaths", 10, location="Trento")],
    ),
    # ---- s28agde: contreparties françaises de règles allemandes ------------------------------------------
    Case(
        "fr-s28agde-sur-les-manifestants-interpelles",  # l'ensemble ouvert par « sur les » : pas de bilan, son groupe
        "Sur les 300 manifestants, 40 ont été interpellés.",
        [C("arrests", 40, group="protesters")],
    ),
    Case(
        "fr-s28agde-parmi-les-passagers-blesses",
        "Parmi les 120 passagers du ferry, 30 ont été blessés.",
        [C("injuries", 30, group="civilians")],
    ),
    Case(
        "fr-s28agde-parmi-les-blesses-reste-un-bilan",
        "Parmi les 40 blessés, cinq sont dans un état grave.",
        [C("injuries", 40), C("injuries", 5, part_of=0)],
    ),
    Case(
        "fr-s28agde-ages-en-lettres",
        "Trois enfants âgés de trois, cinq et huit ans ont été légèrement blessés.",
        [C("injuries", 3, group="children")],
    ),
    # s28agen: un pays au nom composé est un seul nom, comme l'anglais "Trinidad and Tobago"
    Case(
        "fr-s28agen-trinite-et-tobago",
        "Trois personnes sont mortes dans des crues subites à Trinité-et-Tobago dimanche.",
        [C("deaths", 3, location="Trinidad & Tobago")],
    ),
    # s28agen: un bilan antérieur est un premier bilan dépassé (initial_report_cues, drapeau retracted), comme l'anglais "A previous toll had put"
    Case(
        "fr-s28agen-precedent-bilan-retracted",
        "Le bilan du naufrage est passé à 40 morts mardi. Un précédent bilan faisait état de 26 morts.",
        [C("deaths", 40, flags=()), C("deaths", 26, flags=("retracted",))],
    ),
    # s28agen: ceux que les secours recherchent sont des disparus (category_verbs MISSING), comme l'anglais "rescuers are searching for"
    Case(
        "fr-s28agen-secouristes-recherchent-encore",
        "Le bilan de l'effondrement est passé à 31 morts et les secouristes recherchent encore une douzaine de personnes.",
        [C("deaths", 31), C("missing", 12, qualifier="about")],
    ),
    Case(
        "fr-s28agen-police-recherche-suspects-pas-disparus",
        "La police recherche deux suspects qui ont pris la fuite après le braquage.",
        [],
    ),
    # s28agen: les contaminés d'une épidémie ne sont pas un bilan (not_count_before « contaminé plus de »), comme l'anglais "infected more than"
    Case(
        "fr-s28agen-epidemie-contamine-pas-un-bilan",
        "L'épidémie de choléra a tué 112 personnes et contaminé plus de 4000 depuis janvier, selon le ministère de la Santé.",
        [C("deaths", 112)],
    ),
    Case(
        "fr-s28agen-ferry-transportant-passagers",
        "Au moins 32 personnes ont été tuées quand un ferry transportant environ 150 passagers a chaviré sur le fleuve.",
        [C("deaths", 32, qualifier="at_least")],
    ),
    Case(
        "fr-s28agen-pelerins-pietines",
        "Au moins 20 pèlerins sont morts piétinés lors du rituel, selon l'agence de presse officielle.",
        [C("deaths", 20, qualifier="at_least", group="civilians")],
    ),
    # s28agen: « le groupe » sans source antérieure : le mouvement nommé avant, sans article (speaker.body-named-before), comme l'anglais "the group"
    Case(
        "fr-s28agen-le-groupe-mouvement-nomme-avant",
        "Le Hamas a accusé Israël de violer la trêve. Au moins 20 personnes ont été tuées, a indiqué le groupe.",
        [C("deaths", 20, qualifier="at_least", speaker="Hamas", exact=("speaker",))],
    ),
    # ---- s28noids : une victime et sa ville d'origine, la source après une virgule (comme « killed Jon Doe of Elm
    # Park, according to police » et « tötete den 24-Jährigen aus Neustadt, so die Polizei ») -----------------------
    Case(
        "fr-s28noids-homme-originaire-de-tue-selon-la-police",
        "Un homme de 24 ans originaire de Villeneuve-Saint-Georges a été tué par balle samedi soir, selon la police.",
        [C("deaths", 1, group="all", speaker="police")],
    ),
    Case(
        "fr-s28noids-a-tue-nom-et-age-selon-la-police",
        "Une fusillade a tué Julien Marchand, 24 ans, originaire de Créteil, selon la police.",
        [C("deaths", 1, group="all", speaker="police")],
    ),
    Case(
        "fr-s28noids-a-abattu-deux-noms-n-est-pas-un",  # (the first of a list is no count of one)
        "Le tireur a abattu Paul Roy, 31 ans, et Léa Roy, 29 ans, dans leur maison, selon les enquêteurs.",
        [C("deaths", 2, group="all", speaker="enquêteurs")],
        xfail="NAMED-LIST-FR: two persons named with their ages after a verb of killing are no count of two (English "
              "victim_list_words has no French counterpart); the count of one stays out",
    ),
    # ---- s28stories: un porte-parole officiel dans une dépêche datée de l'étranger (attribution.origin-filed-abroad)
    Case(
        "fr-s28stories-origin-filed-abroad-is-the-figures-country",
        "DUBAÏ (Agence B) - La télévision d'État, citant le ministre de l'Intérieur, a fait état de 84 morts dans les "
        "explosions de Kerman.",
        [C("deaths", 84, location="Kerman", origin="government of Iran", origin_type="government")],
    ),
    Case(
        "fr-s28stories-origin-armee-depuis-sa-capitale-reste",
        # une armée parle pour des forces qui agissent à l'étranger : la capitale de la dépêche peut être la sienne
        "JÉRUSALEM (Agence B) - L'armée a affirmé lundi que la frappe sur Rafah avait tué 12 personnes.",
        [C("deaths", 12, location="Rafah", origin="government of Israel")],
    ),
    # s28french: crowds counted after their noun ('au nombre de'), by a copula ('Ils étaient 5 000 selon ...'), each
    # figure with its own source ('selon A et ... selon B'); then tolls of disasters, strikes, riots, in wire phrasing
    # crowds
    Case("fr-s28-foule-au-nombre-de", "Les manifestants, au nombre de 5 000 selon les organisateurs, ont défilé dans le centre de Nantes.",
         [C("participants", 5000, group="protesters", speaker="organisateurs")]),
    Case("fr-s28-foule-au-nombre-de-sans-source", "Les grévistes, au nombre d'environ 800, se sont rassemblés devant la mairie.",
         [C("participants", 800, qualifier="about", group="protesters")]),
    Case("fr-s28-ils-etaient-selon-deux-sources", "Ils étaient 12 500 selon la préfecture, 40 000 selon l'intersyndicale.",
         [C("participants", 12500, speaker="préfecture"), C("participants", 40000, speaker="intersyndicale")]),
    Case("fr-s28-elles-etaient-dans-les-rues", "Elles étaient quelque 3 000 dans les rues de Toulouse dimanche.",
         [C("participants", 3000, qualifier="about", location="Toulouse")]),
    Case("fr-s28-ils-etaient-apres-cortege", "Des milliers de personnes ont défilé samedi à Marseille. Ils étaient 9 000 selon la police.",
         [C("participants", None, qualifier="vague"), C("participants", 9000, speaker="police")]),
    Case("fr-s28-ils-etaient-a-ville-puis-selon", "Selon la CGT, ils étaient 20 000 à Marseille, 6 500 selon la police.",
         [C("participants", 20000, speaker="CGT", location="Marseille"), C("participants", 6500, speaker="police")]),
    Case("fr-s28-ils-etaient-a-ville-selon", "Ils étaient 3 000 à Lyon selon la préfecture.",
         [C("participants", 3000, speaker="préfecture", location="Lyon")]),
    Case("fr-s28-recense-puis-selon", "La préfecture a recensé 4 800 manifestants, 18 000 selon la CGT.",
         [C("participants", 4800, speaker="préfecture"), C("participants", 18000, speaker="CGT")]),
    Case("fr-s28-ils-etaient-a-bord-puis-peri", "Ils étaient 40 à bord, 12 ont péri.", [C("deaths", 12)]),
    Case("fr-s28-ils-etaient-a-bord-pas-foule", "Ils étaient 40 à bord de l'embarcation, selon les garde-côtes.", []),
    Case("fr-s28-selon-et-selon", "Le cortège a rassemblé 6 000 personnes selon la préfecture et 25 000 selon les syndicats.",
         [C("participants", 6000, speaker="préfecture"), C("participants", 25000, speaker="syndicats")]),
    Case("fr-s28-une-source-apres-les-deux", "Trois personnes ont été tuées et 12 blessées selon la police.",
         [C("deaths", 3, speaker="police"), C("injuries", 12, speaker="police")]),
    Case("fr-s28-million-selon-et-selon", "Ils étaient 1,1 million selon le ministère de l'Intérieur et plus de 3 millions selon la CGT.",
         [C("participants", 1_100_000, speaker="ministère de l'Intérieur"), C("participants", 3_000_000, qualifier="more_than", speaker="CGT")]),
    Case("fr-s28-syndicat-a-compte", "Plus de 4 000 personnes ont manifesté à Lille selon la préfecture. La CGT a compté 15 000 manifestants.",
         [C("participants", 4000, qualifier="more_than", speaker="préfecture"), C("participants", 15000, speaker="CGT")]),
    Case("fr-s28-mobilisation-a-reuni", "La mobilisation a réuni 2 300 personnes à Brest, selon la police.",
         [C("participants", 2300, speaker="police", location="Brest")]),
    Case("fr-s28-quelque-ont-manifeste", "Quelque 5 000 personnes ont manifesté samedi à Grenoble contre la réforme.",
         [C("participants", 5000, qualifier="about", location="Grenoble")]),
    Case("fr-s28-avaient-defile", "La veille, 30 000 avaient défilé dans la capitale, selon les organisateurs.",
         [C("participants", 30000, speaker="organisateurs")]),
    # floods, earthquakes
    Case("fr-s28-inondations-bilan-provisoire", "Les inondations ont fait au moins 47 morts et des dizaines de disparus, selon un bilan provisoire des autorités.",
         [C("deaths", 47, qualifier="at_least", speaker="autorités"), C("missing", None, qualifier="vague", speaker="autorités")]),
    Case("fr-s28-bilan-s-alourdit-inondations", "Le bilan des inondations s'est alourdi à 62 morts, a annoncé jeudi la protection civile.",
         [C("deaths", 62, speaker="protection civile")]),
    Case("fr-s28-precedent-bilan-faisait-etat", "Le bilan est désormais de 112 morts. Un précédent bilan faisait état de 95 morts.",
         [C("deaths", 112), C("deaths", 95)]),
    Case("fr-s28-seisme-magnitude-morts", "Le séisme de magnitude 6,8 a fait au moins 2 000 morts et plus de 2 400 blessés, selon le ministère de l'Intérieur.",
         [C("deaths", 2000, qualifier="at_least", speaker="ministère de l'Intérieur"), C("injuries", 2400, qualifier="more_than", speaker="ministère de l'Intérieur")]),
    Case("fr-s28-seisme-bilan-grimpe", "Le bilan du tremblement de terre a grimpé à plus de 1 300 morts, selon les secouristes.",
         [C("deaths", 1300, qualifier="more_than", speaker="secouristes")]),
    Case("fr-s28-seisme-sans-abri", "Le séisme a laissé quelque 50 000 personnes sans abri, selon l'ONU.",
         [C("displaced", 50000, qualifier="about", speaker="ONU")]),
    Case("fr-s28-crue-disparus", "Au moins onze personnes sont toujours portées disparues après la crue soudaine.",
         [C("missing", 11, qualifier="at_least")]),
    # fires
    Case("fr-s28-incendie-immeuble-urgence-absolue", "L'incendie d'un immeuble a fait trois morts et 14 blessés, dont deux en urgence absolue, selon les pompiers.",
         [C("deaths", 3, speaker="pompiers"), C("injuries", 14, speaker="pompiers"), C("injuries", 2, part_of=1)]),
    Case("fr-s28-incendie-pompiers-blesses", "Quatre sapeurs-pompiers ont été légèrement blessés en luttant contre les flammes.",
         [C("injuries", 4)]),
    Case("fr-s28-incendie-foret-evacues", "Plus de 1 200 personnes ont été évacuées en raison de l'incendie qui a ravagé 3 000 hectares.",
         [C("displaced", 1200, qualifier="more_than")]),
    Case("fr-s28-incendie-intoxiques", "Sept personnes ont été légèrement intoxiquées par les fumées.",
         [C("injuries", 7)]),
    # coach crashes
    Case("fr-s28-car-accident-morts-blesses", "Un accident de car a fait 12 morts et 30 blessés dans le nord du pays, selon la police routière.",
         [C("deaths", 12, speaker="police"), C("injuries", 30, speaker="police")]),
    Case("fr-s28-car-dont-etat-grave", "Vingt-trois passagers ont été blessés, dont cinq dans un état grave, lorsque le car s'est renversé.",
         [C("injuries", 23), C("injuries", 5, part_of=0)]),
    Case("fr-s28-car-ravin", "Le car est tombé dans un ravin : au moins 18 personnes ont péri, selon les autorités locales.",
         [C("deaths", 18, qualifier="at_least", speaker="autorités")]),
    Case("fr-s28-collision-bus-camion", "La collision entre un bus et un camion a coûté la vie à neuf personnes.",
         [C("deaths", 9)]),
    # shipwrecks of migrants
    Case("fr-s28-naufrage-migrants-morts-disparus", "Au moins 41 migrants sont morts dans le naufrage de leur embarcation, et une vingtaine sont portés disparus, selon l'OIM.",
         [C("deaths", 41, qualifier="at_least", speaker="OIM"), C("missing", 20, qualifier="about", speaker="OIM")]),
    Case("fr-s28-naufrage-rescapes", "Les garde-côtes ont secouru 57 personnes et repêché 12 corps après le naufrage.",
         [C("deaths", 12)]),
    Case("fr-s28-naufrage-corps-repeches", "Les corps de huit migrants ont été repêchés au large de Lampedusa.",
         [C("deaths", 8)]),
    Case("fr-s28-naufrage-manche", "Cinq personnes, dont un enfant, sont mortes lors d'une tentative de traversée de la Manche.",
         [C("deaths", 5), C("deaths", 1, group="children", part_of=0)]),
    # prison riots
    Case("fr-s28-prison-emeute-detenus-tues", "Une émeute dans une prison a fait au moins 31 morts parmi les détenus, selon l'administration pénitentiaire.",
         [C("deaths", 31, qualifier="at_least")]),
    Case("fr-s28-prison-surveillants-blesses", "Deux surveillants ont été blessés lors de la mutinerie, selon un syndicat pénitentiaire.",
         [C("injuries", 2, group="security_forces", speaker="syndicat")]),
    Case("fr-s28-prison-evades", "Une centaine de détenus se sont évadés à la faveur des violences.", []),
    # epidemics
    Case("fr-s28-epidemie-cholera-deces", "L'épidémie de choléra a déjà fait 250 décès depuis le début de l'année, selon l'OMS.",
         [C("deaths", 250, speaker="OMS")]),
    Case("fr-s28-epidemie-cas-pas-morts", "Plus de 3 000 cas suspects ont été recensés, dont 76 décès, a indiqué le ministère de la Santé.",
         [C("deaths", 76, speaker="ministère de la Santé")]),
    # air strikes, Gaza
    Case("fr-s28-frappes-ministere-sante-hamas", "Les frappes israéliennes ont tué au moins 27 personnes dans la nuit, selon le ministère de la Santé du Hamas.",
         [C("deaths", 27, qualifier="at_least", speaker="ministère de la Santé")]),
    Case("fr-s28-bilan-total-gaza", "Au total, 34 183 personnes ont été tuées dans la bande de Gaza depuis le début de la guerre, selon le ministère de la Santé du Hamas.",
         [C("deaths", 34183, speaker="ministère de la Santé")]),
    Case("fr-s28-frappe-aerienne-dont-enfants", "Une frappe aérienne a tué 15 civils, dont sept enfants, selon une ONG locale.",
         [C("deaths", 15, group="civilians"), C("deaths", 7, group="children", part_of=0)]),
    Case("fr-s28-frappe-bilan-provisoire", "Selon un bilan provisoire, la frappe a fait 9 morts et une trentaine de blessés.",
         [C("deaths", 9), C("injuries", 30, qualifier="about")]),
    # arrests after riots
    Case("fr-s28-interpellations-nuit-violences", "Au cours de la nuit, 471 personnes ont été interpellées dans tout le pays, a annoncé le ministère de l'Intérieur.",
         [C("arrests", 471, speaker="ministère de l'Intérieur")]),
    Case("fr-s28-gardes-a-vue", "Parmi les personnes interpellées, 120 ont été placées en garde à vue.",
         [C("arrests", 120)]),
    Case("fr-s28-interpellations-dont-mineurs", "Les forces de l'ordre ont procédé à 312 interpellations, dont une majorité de mineurs.",
         [C("arrests", 312)]),
    Case("fr-s28-policiers-gendarmes-blesses", "Au total, 79 policiers et gendarmes ont été blessés lors des heurts, selon le ministre de l'Intérieur.",
         [C("injuries", 79, group="security_forces", speaker="ministre de l'Intérieur")]),
    Case("fr-s28-forces-ordre-blessees", "Une quarantaine de membres des forces de l'ordre ont été blessés au cours de la nuit.",
         [C("injuries", 40, qualifier="about", group="security_forces")]),
    Case("fr-s28-vehicules-incendies-interpellations", "Quelque 1 300 véhicules ont été incendiés et 250 personnes interpellées.",
         [C("other", 1300, qualifier="about"), C("arrests", 250)]),
    Case("fr-s28-deferes", "Sur les 180 gardés à vue, 64 ont été déférés devant la justice.",
         [C("arrests", 180), C("arrests", 64, part_of=0)]),
    # « sur les » opens a whole its part follows (among_whole_openings), as German "von den"
    Case("fr-s28-sur-les-blesses-etat-grave", "Sur les 45 blessés, douze sont toujours dans un état grave, selon l'hôpital.",
         [C("injuries", 45), C("injuries", 12, part_of=0)]),
    Case("fr-s28-sur-les-morts-enfants", "Sur les 30 morts recensés par l'ONU, 12 sont des enfants.",
         [C("deaths", 30), C("deaths", 12, group="children", part_of=0)]),
    Case("fr-s28-sur-les-km-pas-un-tout", "Sur les 20 kilomètres du parcours, trois personnes ont été blessées.",
         [C("injuries", 3, not_flags=("part",))]),
    # dont ... état grave
    Case("fr-s28-dont-pronostic-vital-engage", "L'explosion a fait six blessés, dont deux dont le pronostic vital est engagé.",
         [C("injuries", 6), C("injuries", 2, part_of=0)]),
    Case("fr-s28-dont-grievement", "Onze personnes ont été blessées, dont trois grièvement, dans la fusillade.",
         [C("injuries", 11), C("injuries", 3, part_of=0)]),
    Case("fr-s28-etat-critique", "Deux des blessés se trouvent dans un état critique, a précisé l'hôpital.", [C("injuries", 2, flags=("part",))]),
    Case("fr-s28-hospitalises", "Quatorze personnes ont été hospitalisées après l'accident, selon les secours.",
         [C("injuries", 14, speaker="secours")]),
    # other phrasing
    Case("fr-s28-glissement-terrain", "Un glissement de terrain a enseveli un village, faisant au moins 20 morts et 40 disparus.",
         [C("deaths", 20, qualifier="at_least"), C("missing", 40)]),
    Case("fr-s28-tempete-victimes", "La tempête a fait cinq victimes, dont un enfant, selon la préfecture.",
         [C("deaths", 5, speaker="préfecture"), C("deaths", 1, group="children", part_of=0)]),
    Case("fr-s28-explosion-usine", "L'explosion dans une usine chimique a fait deux morts et une dizaine de blessés légers.",
         [C("deaths", 2), C("injuries", 10, qualifier="about")]),
    Case("fr-s28-avalanche", "Une avalanche a emporté quatre skieurs, dont trois ont été retrouvés morts.",
         [C("deaths", 3)]),
    Case("fr-s28-bilan-revu-a-la-baisse", "Le bilan a été revu à la baisse, à 14 morts, a indiqué la sécurité civile.",
         [C("deaths", 14, speaker="sécurité civile")]),
    Case("fr-s28-effondrement-immeuble", "L'effondrement d'un immeuble a fait au moins sept morts ; trois personnes sont toujours sous les décombres.",
         [C("deaths", 7, qualifier="at_least")]),
    Case("fr-s28-attaque-jihadiste-soldats", "Une attaque jihadiste a coûté la vie à 16 soldats dans le nord du Burkina Faso, selon l'armée.",
         [C("deaths", 16, group="security_forces", speaker="armée")]),
    # s28french: more wire phrasing ('on déplore', 'manquent à l'appel', 'prises en charge', 'le bilan est passé de ... à')
    Case("fr-s28-on-deplore-morts", "On déplore au moins huit morts et une cinquantaine de blessés après le passage de l'ouragan.",
         [C("deaths", 8, qualifier="at_least"), C("injuries", 50, qualifier="about")]),
    Case("fr-s28-on-denombre", "Les secours dénombrent 23 victimes décédées et 61 blessés, selon le dernier bilan.",
         [C("deaths", 23), C("injuries", 61)]),
    Case("fr-s28-trouve-la-mort", "Au moins 35 personnes ont trouvé la mort dans les crues, selon la protection civile.",
         [C("deaths", 35, qualifier="at_least", speaker="protection civile")]),
    Case("fr-s28-deces-enregistres", "Au total, 412 décès ont été enregistrés depuis le début de l'épidémie, selon les autorités sanitaires.",
         [C("deaths", 412, speaker="autorités")]),
    Case("fr-s28-prises-en-charge", "Dix-sept personnes ont été prises en charge par les secours, dont quatre en urgence relative.",
         [C("injuries", 17), C("injuries", 4, part_of=0)]),
    Case("fr-s28-dernier-bilan-fait-etat", "Le dernier bilan fait état de 19 morts et de plus de 100 blessés.",
         [C("deaths", 19), C("injuries", 100, qualifier="more_than")]),
    Case("fr-s28-s-eleve-desormais", "Le nombre de morts s'élève désormais à 73, selon un nouveau bilan communiqué par le gouvernement.",
         [C("deaths", 73, speaker="gouvernement")]),
    Case("fr-s28-bilan-passe-a", "Le bilan est passé de 12 à 17 morts dans la nuit, a annoncé la préfecture.",
         [C("deaths", 12, speaker="préfecture"), C("deaths", 17, speaker="préfecture")]),
    Case("fr-s28-tues-par-balle", "Trois jeunes hommes ont été tués par balle dans la nuit de samedi à dimanche à Marseille.",
         [C("deaths", 3, location="Marseille")]),
    Case("fr-s28-succombe", "Deux blessés ont succombé à leurs blessures à l'hôpital, portant le bilan à six morts.",
         [C("deaths", 2), C("deaths", 6)]),
    Case("fr-s28-retrouves-sans-vie", "Les corps sans vie de cinq randonneurs ont été retrouvés par les secouristes.",
         [C("deaths", 5)]),
    Case("fr-s28-manquent-a-l-appel", "Une dizaine de personnes manquent toujours à l'appel, selon la mairie.",
         [C("missing", 10, qualifier="about", speaker="mairie")]),
    Case("fr-s28-plus-d-une-centaine", "Plus d'une centaine de personnes ont été blessées lors des affrontements, selon le Croissant-Rouge.",
         [C("injuries", 100, qualifier="more_than", speaker="Croissant-Rouge")]),
    Case("fr-s28-pres-de-morts", "Près de 200 personnes ont été tuées en une semaine de combats, selon l'ONU.",
         [C("deaths", 200, qualifier="almost", speaker="ONU")]),
    Case("fr-s28-bilan-encore-provisoire", "Selon un bilan encore provisoire de la sécurité civile, l'explosion a fait 4 morts.",
         [C("deaths", 4, speaker="sécurité civile")]),
    Case("fr-s28-frappe-selon-defense-civile", "Au moins 40 Palestiniens ont été tués dans des frappes israéliennes, a indiqué la Défense civile de Gaza.",
         [C("deaths", 40, qualifier="at_least", speaker="Défense civile")]),
    Case("fr-s28-blesses-legers-soignes-sur-place", "Une vingtaine de personnes, légèrement blessées, ont été soignées sur place.",
         [C("injuries", 20, qualifier="about")]),
    Case("fr-s28-gendarmes-blesses-dont-un-grievement", "Six gendarmes ont été blessés, dont un grièvement, lors de l'intervention.",
         [C("injuries", 6, group="security_forces"), C("injuries", 1, part_of=0)]),
    Case("fr-s28-emeutes-nuit-interpellations", "Lors de la troisième nuit d'émeutes, 875 personnes ont été interpellées et 249 policiers blessés.",
         [C("arrests", 875), C("injuries", 249, group="security_forces")]),
    Case("fr-s28-bus-migrants", "Un bus transportant des migrants s'est renversé, tuant 14 personnes et en blessant 20 autres.",
         [C("deaths", 14), C("injuries", 20)]),
    Case("fr-s28-pirogue-chavire", "Une pirogue a chaviré au large des côtes : 26 corps ont été repêchés et 48 personnes secourues.",
         [C("deaths", 26)]),
    Case("fr-s28-naufrage-chiffre-disparus", "Le naufrage aurait fait plus de 60 disparus, selon les survivants interrogés par l'ONG.",
         [C("missing", 60, qualifier="more_than")]),
    Case("fr-s28-epidemie-rougeole", "La rougeole a tué plus de 5 000 enfants depuis janvier, selon Médecins sans frontières.",
         [C("deaths", 5000, qualifier="more_than", group="children")]),
    Case("fr-s28-canicule-deces", "La canicule aurait causé quelque 1 500 décès supplémentaires, selon Santé publique France.",
         [C("deaths", 1500, qualifier="about")]),
    Case("fr-s28-prison-mutinerie-otages", "Les détenus mutinés ont pris en otage trois surveillants.",
         [C("other", 3)]),
    Case("fr-s28-gav-prolongee", "Les deux suspects ont vu leur garde à vue prolongée.", []),
    Case("fr-s28-condamnes", "Onze émeutiers ont été condamnés à des peines de prison ferme.", []),
    Case("fr-s28-urgence-absolue-seule", "Trois victimes sont en urgence absolue, a précisé le préfet.",
         [C("injuries", 3, speaker="préfet")]),
    Case("fr-s28-pronostic-vital-engage", "Le pronostic vital de deux d'entre eux est engagé.", []),
    # s28french: sources of Gaza and riot tolls, figures of other events ('celui de 1999, qui avait fait', 'il y a dix ans'), no tolls
    Case("fr-s28-ministere-sante-gaza-depuis", "Depuis le 7 octobre, au moins 1 200 personnes ont été tuées côté israélien, selon les autorités israéliennes.",
         [C("deaths", 1200, qualifier="at_least", speaker="autorités")]),
    Case("fr-s28-hamas-ministere-bilan-s-alourdit", "Le bilan des bombardements s'est alourdi à 112 morts, a annoncé le ministère de la Santé du Hamas, qui ne distingue pas civils et combattants.",
         [C("deaths", 112, speaker="ministère de la Santé")]),
    Case("fr-s28-selon-un-decompte-afp", "Au moins 58 personnes ont été tuées lors des manifestations, selon un décompte de l'AFP établi à partir de sources hospitalières.",
         [C("deaths", 58, qualifier="at_least", speaker="AFP")]),
    Case("fr-s28-source-hospitaliere", "Selon une source hospitalière, 11 blessés ont été admis aux urgences.",
         [C("injuries", 11, speaker="source")]),
    Case("fr-s28-de-source-policiere", "De source policière, on comptait jeudi soir 34 interpellations à Paris.",
         [C("arrests", 34, location="Paris")]),
    Case("fr-s28-ong-droits-humains", "La répression a fait au moins 92 morts depuis le début du mouvement, selon l'ONG Iran Human Rights.",
         [C("deaths", 92, qualifier="at_least")]),
    Case("fr-s28-annee-pas-figure", "Il s'agit du séisme le plus meurtrier dans la région depuis celui de 1999, qui avait fait 17 000 morts.",
         [C("deaths", 17000, flags=("other_incident",))]),
    Case("fr-s28-il-y-a-dix-ans", "Il y a dix ans, un séisme de même magnitude avait fait plus de 300 morts dans la région.",
         [C("deaths", 300, qualifier="more_than", flags=("other_incident",))]),
    Case("fr-s28-le-plus-meurtrier-depuis-ce-seisme", "Le séisme, le plus meurtrier depuis celui de 1999, a fait au moins 480 morts.",
         [C("deaths", 480, qualifier="at_least", not_flags=("other_incident",))]),
    Case("fr-s28-depuis-annee-ou-avaient-peri", "L'accident est le plus meurtrier sur les routes du pays depuis 1982, où 53 personnes, dont 44 enfants, avaient péri.",
         [C("deaths", 53, flags=("other_incident",)), C("deaths", 44, group="children", part_of=0)]),
    Case("fr-s28-depuis-annee-lorsque", "C'est l'attaque la plus meurtrière depuis 2015, lorsque 130 personnes avaient été tuées dans la capitale.",
         [C("deaths", 130, flags=("other_incident",))]),
    Case("fr-s28-depuis-annee-ou-pas-autre", "Depuis 2019, où le mouvement a commencé, 300 personnes ont été tuées.",
         [C("deaths", 300, not_flags=("other_incident",))]),
    Case("fr-s28-magnitude-pas-figure", "Une secousse de magnitude 5,4 a été ressentie à 14 h 20, sans faire de victimes.", []),
    Case("fr-s28-aucun-blesse", "Aucun blessé n'est à déplorer, selon les pompiers.",
         [C("injuries", 0, speaker="pompiers")]),
    Case("fr-s28-hectares-pas-figure", "Le feu a parcouru plus de 7 000 hectares et mobilise 900 pompiers.",
         [C("other", 900)]),
    Case("fr-s28-a-bord-du-car", "Le car transportait 53 passagers, dont une majorité de retraités.", []),
    Case("fr-s28-prison-gardiens-retenus", "Deux gardiens ont été retenus plusieurs heures par des détenus avant d'être libérés.", []),
    Case("fr-s28-forces-ordre-mobilisees", "Quelque 45 000 policiers et gendarmes seront mobilisés dimanche soir, a annoncé le ministre.",
         [C("troops", 45000, qualifier="about", group="security_forces", speaker="ministre")]),
    Case("fr-s28-epidemie-cas-seulement", "Plus de 12 000 cas de dengue ont été signalés depuis janvier.", []),
    # s28french: dispatches of two or three sentences (a source carried by 'a-t-elle ajouté', a previous toll, a tally 'il y a deux ans')
    Case("fr-s28-depeche-seisme-deux-phrases",
         "Le bilan du séisme qui a frappé lundi le sud du pays s'est alourdi à 1 014 morts, a annoncé mardi l'agence de gestion des catastrophes. Plus de 6 000 personnes ont été blessées, a-t-elle ajouté.",
         [C("deaths", 1014, speaker="agence de gestion des catastrophes"), C("injuries", 6000, qualifier="more_than", speaker="agence de gestion des catastrophes")]),
    Case("fr-s28-depeche-naufrage-oim",
         "Au moins 61 migrants, dont des femmes et des enfants, se sont noyés au large de la Libye, a indiqué samedi l'OIM. Vingt-cinq personnes ont été secourues.",
         [C("deaths", 61, qualifier="at_least", speaker="OIM")]),
    Case("fr-s28-depeche-emeutes-ministre",
         "Le ministre de l'Intérieur a fait état de 719 interpellations dans la nuit. Quarante-cinq policiers et gendarmes ont été blessés, a-t-il précisé.",
         [C("arrests", 719, speaker="ministre de l'Intérieur"), C("injuries", 45, group="security_forces", speaker="ministre de l'Intérieur")]),
    Case("fr-s28-depeche-frappe-precedent-bilan",
         "Une frappe sur un marché a fait 32 morts, selon un nouveau bilan des secours. Un précédent bilan faisait état de 21 morts.",
         [C("deaths", 32, speaker="secours"), C("deaths", 21)]),
    Case("fr-s28-depeche-incendie-bar",
         "L'incendie d'un bar a fait 13 morts dans la nuit de samedi à dimanche. Selon le parquet, l'origine du feu serait accidentelle. Six personnes ont été légèrement blessées.",
         [C("deaths", 13), C("injuries", 6)]),
    Case("fr-s28-depeche-car-scolaire",
         "Un car scolaire a quitté la route mercredi matin. Quatre enfants ont été tués et 22 autres blessés, dont trois grièvement, selon la gendarmerie.",
         [C("deaths", 4, group="children", speaker="gendarmerie"), C("injuries", 22, group="children", speaker="gendarmerie"), C("injuries", 3, part_of=1)]),
    Case("fr-s28-depeche-epidemie-ebola",
         "L'épidémie d'Ebola a fait 1 600 morts depuis son apparition il y a un an, selon l'OMS.",
         [C("deaths", 1600, speaker="OMS")]),
    Case("fr-s28-depuis-il-y-a-deux-ans-pas-autre", "L'épidémie a fait plus de 11 000 morts depuis son apparition il y a deux ans, selon l'OMS.",
         [C("deaths", 11000, qualifier="more_than", speaker="OMS", not_flags=("other_incident",))]),
    # s28french: parts of forces, prison tolls, the displaced, hostages still held (a verb of hostages after a bare figure)
    Case("fr-s28-tues-dont-policiers", "L'attaque a fait 14 morts, dont neuf policiers, selon un responsable local.",
         [C("deaths", 14, speaker="responsable"), C("deaths", 9, group="security_forces", part_of=0)]),
    Case("fr-s28-victimes-civiles", "Les bombardements ont fait au moins 18 victimes civiles, selon l'Observatoire syrien des droits de l'homme.",
         [C("deaths", 18, qualifier="at_least", group="civilians")]),
    Case("fr-s28-blesses-hospitalises-urgences", "Au total, 27 blessés ont été évacués vers les hôpitaux de la région.",
         [C("injuries", 27)]),
    Case("fr-s28-passagers-indemnes", "Les 48 autres passagers sont sortis indemnes de l'accident.", []),
    Case("fr-s28-emeute-prison-bilan", "La mutinerie dans la prison centrale a fait 5 morts et 37 blessés parmi les détenus, selon le ministère de la Justice.",
         [C("deaths", 5, speaker="ministère de la Justice"), C("injuries", 37, speaker="ministère de la Justice")]),
    Case("fr-s28-evacuation-inondation", "Quelque 8 000 personnes ont dû quitter leur domicile à cause de la montée des eaux.",
         [C("displaced", 8000, qualifier="about")]),
    Case("fr-s28-sinistres", "Les intempéries ont fait 4 morts et plus de 2 000 sinistrés, selon la préfecture.",
         [C("deaths", 4, speaker="préfecture"), C("displaced", 2000, qualifier="more_than", speaker="préfecture")]),
    Case("fr-s28-interpelles-en-marge", "Vingt-deux personnes ont été interpellées en marge de la manifestation, a indiqué la préfecture de police.",
         [C("arrests", 22, speaker="préfecture de police")]),
    Case("fr-s28-blesses-cote-forces", "Du côté des forces de l'ordre, on compte 17 blessés légers.",
         [C("injuries", 17, group="security_forces")]),
    Case("fr-s28-manifestants-blesses-dont-grave", "Trois manifestants ont été blessés, dont un grièvement à l'œil.",
         [C("injuries", 3, group="protesters"), C("injuries", 1, part_of=0)]),
    Case("fr-s28-tues-par-les-forces", "Au moins 9 manifestants ont été tués par les forces de sécurité, selon Amnesty International.",
         [C("deaths", 9, qualifier="at_least", group="protesters", speaker="Amnesty International")]),
    Case("fr-s28-frappe-drone", "Une frappe de drone a tué quatre combattants du groupe jihadiste, a annoncé l'armée.",
         [C("deaths", 4, group="attackers", speaker="armée")]),
    Case("fr-s28-bilan-humain-lourd", "Le bilan humain est lourd : 230 morts, 1 500 blessés et des centaines de disparus.",
         [C("deaths", 230), C("injuries", 1500), C("missing", None, qualifier="vague")]),
    Case("fr-s28-deux-morts-tempete-chute-arbre", "Deux personnes sont mortes, écrasées par la chute d'un arbre.",
         [C("deaths", 2)]),
    Case("fr-s28-un-mort-et-trois-blesses", "La fusillade a fait un mort et trois blessés devant une boîte de nuit.",
         [C("deaths", 1), C("injuries", 3)]),
    Case("fr-s28-otages-restent-captifs", "Sur quelque 250 personnes enlevées le 7 octobre, 129 restent captives à Gaza, selon l'armée.",
         [C("other", 250, qualifier="about", group="hostages"), C("other", 129, group="hostages", speaker="armée")]),
    Case("fr-s28-suspects-retenus-pas-otages", "Trois suspects sont retenus dans les locaux de la police.", []),
    Case("fr-s28-au-moins-ont-ete-enleves", "Des hommes armés ont attaqué le village ; au moins 17 ont été enlevés.",
         [C("other", 17, qualifier="at_least", group="hostages")]),
    # s28french: people in shock ("choquées", "impliquées", the firemen's terms) are no toll: no category from a verb near
    # them (unharmed_nouns; category.verb-near yields)
    Case("fr-s28-personnes-choquees-apres-blesses", "L'incendie a fait cinq blessés graves et 12 blessés légers, ainsi que 30 personnes choquées.",
         [C("injuries", 5), C("injuries", 12)]),
    Case("fr-s28-ont-ete-choquees", "L'explosion a fait cinq blessés légers et 20 personnes ont été choquées.",
         [C("injuries", 5)]),
    Case("fr-s28-impliques-pas-blesses", "L'accident a fait quatre blessés et dix impliqués, selon les pompiers.",
         [C("injuries", 4, speaker="pompiers")]),
    Case("fr-s28-blesses-et-autres-choques", "Trois personnes ont été blessées et 30 autres choquées par l'explosion.",
         [C("injuries", 3)]),
    # s28french: the rescued after a toll are no toll (unharmed_nouns "secourues", "sauvées"; category.joined-to-last
    # and category.verb-near yield); the missing "toujours recherchées"; "quelques milliers" one vague amount
    Case("fr-s28-secourues-apres-morts", "Le naufrage a fait au moins 3 morts, 36 personnes ont été secourues et 2 sont toujours recherchées.",
         [C("deaths", 3, qualifier="at_least"), C("missing", 2)]),
    Case("fr-s28-sauvees-des-decombres", "Le séisme a fait 12 morts et 40 blessés, 300 personnes ont été sauvées des décombres.",
         [C("deaths", 12), C("injuries", 40)]),
    Case("fr-s28-quelques-milliers-de-manifestants", "Quelques milliers de manifestants ont défilé dimanche à Bordeaux.",
         [C("participants", None, qualifier="vague", low=2000, high=9000, location="Bordeaux")]),
    # s28french: a side cue after the figure's noun, the group right after it (group.side-after; "forces de l'ordre" is
    # longer than a noun phrase's words)
    Case("fr-s28-blesses-parmi-les-forces-de-l-ordre", "Les affrontements ont fait 12 blessés parmi les forces de l'ordre, selon la préfecture.",
         [C("injuries", 12, group="security_forces", speaker="préfecture")]),
    Case("fr-s28-morts-cote-et-blesses-parmi", "Les heurts ont fait 2 morts côté manifestants et 47 blessés parmi les forces de l'ordre.",
         [C("deaths", 2, group="protesters"), C("injuries", 47, group="security_forces")]),
    # s28french: a body and its owner before "cité par" (six words: attribution.cited-by read four, "Hamas" alone)
    Case("fr-s28-ministere-sante-hamas-cite-par", "Selon le ministère de la Santé du Hamas, cité par l'agence officielle Wafa, 40 Palestiniens ont été tués.",
         [C("deaths", 40, speaker="ministère de la Santé", via="Wafa")]),
    # s28french: a part told by "l'un" (the pronoun of one) is no figure yet
    Case("fr-s28-l-un-d-entre-eux-gravement", "Cinq policiers ont été blessés, l'un d'entre eux gravement.",
         [C("injuries", 5, group="security_forces"), C("injuries", 1, part_of=0)],),
    Case("fr-s28-dont-l-un-gravement", "Cinq policiers ont été blessés, dont l'un gravement.",
         [C("injuries", 5, group="security_forces"), C("injuries", 1, part_of=0)],),
    # ---- s29french: faits divers of the regional press (the single victim, the apposition, the road's number, the
    # rixe, the règlement de comptes, the pronostic vital) -------------------------------------------------------------
    Case("fr-s29-collision-un-mort-trois-blesses-rn",
         "Un mort et trois blessés dans une collision entre une voiture et un poids lourd sur la RN 12.",
         [C("deaths", 1), C("injuries", 3)]),
    Case("fr-s29-conducteur-age-decede-sur-le-coup", "Le conducteur, âgé de 24 ans, est décédé sur le coup.",
         [C("deaths", 1, group="all")]),
    Case("fr-s29-adolescents-blesses-par-balle", "Deux adolescents ont été blessés par balle mercredi soir dans le quartier.",
         [C("injuries", 2, group="children")]),
    Case("fr-s29-rixe-un-blesse-grave", "Une rixe a fait un blessé grave dans la nuit de samedi à dimanche.",
         [C("injuries", 1)]),
    Case("fr-s29-reglement-de-comptes-tue-par-balle",
         "Un homme de 31 ans a été tué par balle dans ce qui ressemble à un règlement de comptes.",
         [C("deaths", 1)]),
    Case("fr-s29-pronostic-vital-engage-deux", "Deux personnes ont été grièvement blessées et leur pronostic vital est engagé.",
         [C("injuries", 2)]),
    Case("fr-s29-interpelles-apres-la-rixe-parquet", "Trois jeunes hommes ont été interpellés après la rixe, selon le parquet.",
         [C("arrests", 3, speaker="parquet")]),
    Case("fr-s29-pieton-mortellement-percute", "Un piéton a été mortellement percuté par un camion jeudi matin.",
         [C("deaths", 1)]),
    Case("fr-s29-cycliste-mortellement-fauche", "Un cycliste a été mortellement fauché par une voiture.",
         [C("deaths", 1)]),
    Case("fr-s29-deux-morts-dont-urgence-absolue", "L'accident a fait deux morts et cinq blessés, dont deux en urgence absolue.",
         [C("deaths", 2), C("injuries", 5), C("injuries", 2, part_of=1)]),
    Case("fr-s29-legerement-blesses-transportes", "Quatre personnes ont été légèrement blessées et transportées au centre hospitalier.",
         [C("injuries", 4)]),
    Case("fr-s29-retrouvee-morte-compagnon-garde-a-vue",
         "Une femme de 38 ans a été retrouvée morte à son domicile, son compagnon a été placé en garde à vue.",
         [C("deaths", 1)]),
    Case("fr-s29-septuagenaire-perdu-la-vie-incendie", "Un septuagénaire a perdu la vie dans l'incendie de sa maison.",
         [C("deaths", 1)]),
    Case("fr-s29-octogenaire-trouve-la-mort-sdis", "Un octogénaire a trouvé la mort dans l'incendie de son appartement, a indiqué le Sdis.",
         [C("deaths", 1, speaker="Sdis")]),
    Case("fr-s29-freres-peri-noyes", "Deux frères ont péri noyés dans la rivière dimanche après-midi.",
         [C("deaths", 2)]),
    Case("fr-s29-bilan-s-alourdit-effondrement", "Le bilan s'alourdit : cinq morts dans l'effondrement d'un immeuble à Marseille.",
         [C("deaths", 5, location="Marseille")]),
    Case("fr-s29-hospitalisees-monoxyde-dont-enfant",
         "Trois personnes, dont un enfant, ont été hospitalisées après une intoxication au monoxyde de carbone.",
         [C("injuries", 3), C("injuries", 1, group="children", part_of=0)]),
    Case("fr-s29-gendarme-blesse-refus-d-obtemperer", "Un gendarme a été blessé lors d'un refus d'obtempérer.",
         [C("injuries", 1, group="security_forces")]),
    Case("fr-s29-coup-de-filet-interpellees", "Cinq personnes ont été interpellées dans le cadre d'un vaste coup de filet antidrogue.",
         [C("arrests", 5)]),
    Case("fr-s29-pris-en-charge-dont-urgence-relative", "Les secours ont pris en charge quatre blessés, dont un en urgence relative.",
         [C("injuries", 4), C("injuries", 1, part_of=0)]),
    Case("fr-s29-occupants-morts-sur-le-coup", "Les deux occupants de la voiture sont morts sur le coup.",
         [C("deaths", 2)]),
    Case("fr-s29-adolescent-blesse-par-balle-jambe", "Un adolescent de 15 ans a été blessé par balle à la jambe lors d'une fusillade.",
         [C("injuries", 1)]),
    Case("fr-s29-pronostic-vital-plus-engage", "Le pronostic vital du motard n'est plus engagé.", []),
    Case("fr-s29-rixe-bandes-rivales-dont-un", "Quatre jeunes ont été blessés, dont un grièvement, lors d'une rixe entre bandes rivales.",
         [C("injuries", 4), C("injuries", 1, part_of=0)]),
    Case("fr-s29-reglement-de-comptes-trafic", "Deux hommes ont été tués par balles dans un règlement de comptes sur fond de trafic de stupéfiants.",
         [C("deaths", 2)]),
    Case("fr-s29-fillette-mortellement-percutee", "Une fillette de 6 ans a été mortellement percutée par une voiture devant son école.",
         [C("deaths", 1)]),
    Case("fr-s29-pris-en-charge-pompiers-urgence-absolue",
         "Au total, 17 personnes ont été prises en charge par les pompiers, dont cinq en urgence absolue.",
         [C("injuries", 17), C("injuries", 5, part_of=0)]),
    Case("fr-s29-bilan-provisoire-police", "Selon le bilan provisoire de la police, l'accident a fait deux morts.",
         [C("deaths", 2, speaker="police")]),
    Case("fr-s29-interpellees-nuit-d-emeutes", "Plus de 1 300 personnes ont été interpellées au cours de la troisième nuit d'émeutes.",
         [C("arrests", 1300, qualifier="more_than")]),
    Case("fr-s29-policiers-blesses-mortiers", "Trois policiers ont été blessés par des tirs de mortiers d'artifice.",
         [C("injuries", 3, group="security_forces")]),
    # s29french: a road named by its kind spelled out before its number is no count (not_count_before):
    # "sur la départementale 934"
    Case("fr-s29-departementale-numero-pas-un-bilan",
         "Une collision frontale a fait trois morts samedi soir sur la départementale 934.",
         [C("deaths", 3)]),
    Case("fr-s29-route-nationale-numero", "Deux motards ont été blessés sur la route nationale 7 près de Valence.",
         [C("injuries", 2)]),
    Case("fr-s29-autoroute-numero", "Un carambolage a fait six blessés légers sur l'autoroute 40 mardi matin.",
         [C("injuries", 6)]),
    # s29french: one victim described in apposition before its verb ("Le motard, un quadragénaire, a succombé";
    # _VICTIM_ASIDE), as English "The victim, a 21-year-old woman, was taken to the hospital"
    Case("fr-s29-motard-quadragenaire-apposition", "Le motard, un quadragénaire, a succombé à ses blessures à l'hôpital.",
         [C("deaths", 1)]),
    Case("fr-s29-victime-femme-de-45-ans-apposition", "La victime, une femme de 45 ans, est décédée sur place.",
         [C("deaths", 1)]),
    Case("fr-s29-conducteur-homme-age-apposition", "Le conducteur, un homme âgé de 52 ans, a été grièvement blessé.",
         [C("injuries", 1)]),
    # s29french: killed by a blade or blows, "à mort" after the verb (category_verbs, _VICTIM_HARM)
    Case("fr-s29-poignarde-a-mort-devant-un-bar", "Un jeune homme de 19 ans a été poignardé à mort devant un bar.",
         [C("deaths", 1)]),
    Case("fr-s29-battue-a-mort", "La victime a été battue à mort dans la nuit de vendredi à samedi.",
         [C("deaths", 1)]),
    # s29french: a death told by its noun before the figure, "la mort de", "le décès de" (category_verbs)
    Case("fr-s29-confirme-la-mort-de-deux", "La Sûreté du Québec a confirmé la mort de deux motoneigistes.",
         [C("deaths", 2)]),
    Case("fr-s29-annonce-le-deces-de-trois", "L'hôpital a annoncé le décès de trois patients atteints de la maladie.",
         [C("deaths", 3)]),
    # s29french: the agent of a passive verb of harm, after "par", is no victim (not_count_before, as English "by")
    Case("fr-s29-battue-a-mort-par-deux-individus", "La victime a été battue à mort par deux individus.",
         [C("deaths", 1)]),
    Case("fr-s29-blesse-par-trois-hommes-cagoules", "Un passant a été blessé par trois hommes cagoulés lors d'un braquage.",
         [C("injuries", 1)]),
    Case("fr-s29-tues-par-deux-kamikazes", "Onze personnes ont été tuées par deux kamikazes sur un marché.",
         [C("deaths", 11)]),
    Case("fr-s29-mort-de-son-fils-pas-un-bilan", "Elle a appris la mort de son fils par la radio.", []),
    # ---- s29french: Belgian, Swiss, Canadian and African French --------------------------------------------------
    Case("fr-s29-police-cantonale-dont-un", "La police cantonale fait état de trois blessés, dont un grièvement.",
         [C("injuries", 3, speaker="police cantonale"), C("injuries", 1, part_of=0)]),
    Case("fr-s29-selon-radio-canada-perdu-la-vie",
         "Selon Radio-Canada, deux personnes ont perdu la vie dans l'incendie d'un immeuble à Montréal.",
         [C("deaths", 2, speaker="Radio-Canada", location="Montréal")]),
    Case("fr-s29-glissement-de-terrain-rdc", "Au moins 14 personnes sont mortes dans un glissement de terrain dans l'est de la RDC.",
         [C("deaths", 14, qualifier="at_least", location="DR Congo")]),
    Case("fr-s29-bilan-officiel-soldats", "Selon un bilan officiel, l'attaque a fait 17 morts parmi les soldats.",
         [C("deaths", 17, group="security_forces")]),
    Case("fr-s29-jihadistes-ont-tue-civils-sources-securitaires",
         "Des jihadistes ont tué au moins 20 civils dans le nord du Burkina Faso, selon des sources sécuritaires.",
         [C("deaths", 20, qualifier="at_least", group="civilians", speaker="sources sécuritaires", location="Burkina Faso")]),
    Case("fr-s29-neutralise-une-trentaine", "L'armée affirme avoir neutralisé une trentaine de terroristes lors de l'opération.",
         [C("deaths", 30, qualifier="about", group="attackers", speaker="armée")]),
    Case("fr-s29-embuscade-a-t-on-appris", "Au moins 12 soldats ont été tués dans une embuscade, a-t-on appris de sources sécuritaires.",
         [C("deaths", 12, qualifier="at_least", group="security_forces", speaker="sources sécuritaires")]),
    Case("fr-s29-attaque-village-elus-locaux",
         "Au moins 40 personnes ont été tuées dans l'attaque d'un village du centre du Mali, selon des élus locaux.",
         [C("deaths", 40, qualifier="at_least", speaker="élus locaux", location="Mali")]),
    Case("fr-s29-hommes-armes-tue-fideles", "Des hommes armés ont tué 12 fidèles dans une église de l'est du Burkina.",
         [C("deaths", 12, group="civilians")]),
    Case("fr-s29-assaillants-marche-niger-sources-locales",
         "Des assaillants ont tué au moins 25 personnes dans une attaque contre un marché au Niger, selon des sources locales.",
         [C("deaths", 25, qualifier="at_least", speaker="sources locales", location="Niger")]),
    Case("fr-s29-neutralises-frappes-etat-major", "Au moins 50 jihadistes ont été neutralisés lors de frappes aériennes, selon l'état-major.",
         [C("deaths", 50, qualifier="at_least", group="attackers", speaker="état-major")]),
    Case("fr-s29-militaires-tues-une-dizaine-blesses", "Quinze militaires ont été tués et une dizaine blessés dans l'attaque de leur base.",
         [C("deaths", 15, group="security_forces"), C("injuries", 10, qualifier="about")]),
    Case("fr-s29-violences-intercommunautaires-depuis-janvier",
         "Les violences intercommunautaires ont fait une centaine de morts depuis janvier, selon l'ONU.",
         [C("deaths", 100, qualifier="about", speaker="ONU", flags=("period_tally",))]),
    Case("fr-s29-bilan-attentat-bilan-officiel", "Le bilan de l'attentat s'élève à 62 morts et plus de 100 blessés, selon un bilan officiel.",
         [C("deaths", 62), C("injuries", 100, qualifier="more_than")]),
    Case("fr-s29-armee-perdu-trois-de-ses-hommes", "L'armée nigérienne dit avoir neutralisé 45 terroristes et perdu trois de ses hommes.",
         [C("deaths", 45, group="attackers"), C("deaths", 3, group="security_forces")],
         xfail="LOST-MEN: 'perdu trois de ses hommes' is an army's dead; the verb 'perdu' before the figure is no verb of "
               "death alone (a verb right before a figure is read without the words after it), the noun 'hommes' makes troops"),
    # ---- s29french: conflict tolls (Gaza, Ukraine, Sudan) ----------------------------------------------------------
    Case("fr-s29-ministere-sante-hamas-fait-etat", "Le ministère de la Santé du Hamas a fait état de 34 morts dans la nuit.",
         [C("deaths", 34, speaker="ministère de la Santé")]),
    Case("fr-s29-frappes-russes-kharkiv-gouverneur", "Les frappes russes ont fait au moins sept morts à Kharkiv, selon le gouverneur régional.",
         [C("deaths", 7, qualifier="at_least", speaker="gouverneur", location="Kharkiv")]),
    Case("fr-s29-soudan-plus-de-150-morts-ong", "Au Soudan, les combats ont fait plus de 150 morts en une semaine, selon une ONG.",
         [C("deaths", 150, qualifier="more_than", speaker="ONG", location="Sudan")]),
    Case("fr-s29-defense-civile-gaza-ecole",
         "Selon la défense civile de Gaza, au moins 25 personnes ont été tuées dans une frappe israélienne sur une école.",
         [C("deaths", 25, qualifier="at_least", speaker="défense civile")]),
    Case("fr-s29-depuis-le-debut-de-la-guerre-hamas",
         "Plus de 40 000 Palestiniens ont été tués depuis le début de la guerre, selon le ministère de la Santé du Hamas.",
         [C("deaths", 40000, qualifier="more_than", speaker="ministère de la Santé")]),
    Case("fr-s29-soudan-morts-et-deplaces", "Le conflit a fait plus de 150 000 morts et déplacé plus de 12 millions de personnes au Soudan.",
         [C("deaths", 150000, qualifier="more_than", location="Sudan"), C("displaced", 12000000, qualifier="more_than", location="Sudan")]),
    Case("fr-s29-fsr-el-fasher-onu", "Les paramilitaires des FSR ont tué au moins 200 personnes à El-Fasher, selon l'ONU.",
         [C("deaths", 200, qualifier="at_least", speaker="ONU")]),
    Case("fr-s29-drones-ukrainiens-belgorod", "Une attaque de drones ukrainiens a blessé quatre personnes dans la région de Belgorod, selon le gouverneur.",
         [C("injuries", 4, speaker="gouverneur", location="Belgorod")]),
    Case("fr-s29-kiev-fait-etat-zaporijjia", "Kiev fait état de trois morts et 14 blessés après des bombardements russes sur Zaporijjia.",
         [C("deaths", 3, speaker="Kiev"), C("injuries", 14, speaker="Kiev")]),
    Case("fr-s29-unicef-enfants-tues-gaza", "L'Unicef indique que plus de 14 000 enfants ont été tués à Gaza depuis octobre.",
         [C("deaths", 14000, qualifier="more_than", group="children", speaker="Unicef", location="Gaza")]),
    Case("fr-s29-frappe-missile-tchernihiv", "Une frappe de missile russe a tué 17 civils et blessé 30 autres à Tchernihiv, selon les autorités ukrainiennes.",
         [C("deaths", 17, group="civilians", speaker="autorités", location="Chernihiv"),
          C("injuries", 30, group="civilians", speaker="autorités", location="Chernihiv")]),
    Case("fr-s29-rafah-defense-civile-s-eleve", "Le bilan de la frappe israélienne sur Rafah s'élève à 45 morts, selon la défense civile.",
         [C("deaths", 45, speaker="défense civile", location="Rafah")]),
    # s29french: the object of a verb of harm that counts things (a unit of aircraft or vehicles) is no toll
    # (category.things-object): "abattu 30 drones", as English "shot down 30 drones"
    Case("fr-s29-abattu-drones-pas-des-morts", "Moscou affirme avoir abattu 30 drones ukrainiens dans la nuit.",
         [C("other", 30, group="aircraft")]),
    Case("fr-s29-abattu-helicopteres", "Les rebelles disent avoir abattu deux hélicoptères de l'armée.",
         [C("other", 2, group="aircraft")]),
    Case("fr-s29-abattu-assaillants-restent-des-morts", "Les soldats ont abattu 12 assaillants lors de la riposte.",
         [C("deaths", 12, group="attackers")]),
    # s29french: a figure of troops joined by "et" to a figure with its verb of harm, an adjective after the noun
    # ("soldats maliens"): the list's verb is the troops' (category.troops-in-list; the head read first where adjectives
    # follow their noun)
    Case("fr-s29-soldats-maliens-et-un-civil-tues", "Trois soldats maliens et un civil ont été tués dans l'explosion d'un engin explosif improvisé.",
         [C("deaths", 3, group="security_forces"), C("deaths", 1, group="civilians")]),
    Case("fr-s29-militaires-burkinabes-et-deux-supplétifs", "Quatre militaires burkinabè et deux civils ont été blessés dans l'embuscade.",
         [C("injuries", 4, group="security_forces"), C("injuries", 2, group="civilians")]),
    Case("fr-s29-policiers-municipaux-et-passants", "Cinq policiers municipaux et deux passants ont été blessés lors des heurts.",
         [C("injuries", 5, group="security_forces"), C("injuries", 2, group="civilians")]),
    # ---- s29french: more of the regional press and of Belgian, Swiss and Canadian French --------------------------
    Case("fr-s29-bourgmestre-evacuees-pompiers-blesses",
         "Une vingtaine de personnes ont été évacuées et deux pompiers légèrement blessés, selon le bourgmestre.",
         [C("displaced", 20, qualifier="about"), C("injuries", 2, group="security_forces")]),
    Case("fr-s29-spvm-arrete-quatre-suspects", "Le SPVM a arrêté quatre suspects en lien avec la fusillade.",
         [C("arrests", 4)]),
    Case("fr-s29-deux-morts-un-blesse-grave-bilan-a7", "Deux morts et un blessé grave : c'est le bilan d'un accident survenu dimanche sur l'A7.",
         [C("deaths", 2), C("injuries", 1)]),
    Case("fr-s29-drame-coute-la-vie-procureur", "Le drame a coûté la vie à trois enfants, selon le procureur de la République.",
         [C("deaths", 3, group="children", speaker="procureur de la République")]),
    Case("fr-s29-corps-sans-vie-d-un-homme", "Les pompiers ont découvert le corps sans vie d'un homme dans les décombres.",
         [C("deaths", 1)]),
    Case("fr-s29-pirogue-senegal-ont-peri", "Au moins sept personnes ont péri dans le naufrage d'une pirogue au large du Sénégal.",
         [C("deaths", 7, qualifier="at_least", location="Senegal")]),
    Case("fr-s29-hcr-estime-deplaces-soudan", "Le HCR estime à plus de 10 millions le nombre de déplacés au Soudan.",
         [C("displaced", 10000000, qualifier="more_than", speaker="HCR", location="Sudan")]),
    Case("fr-s29-revendiquee-jnim-parmi-les-civils",
         "L'attaque, revendiquée par le JNIM, a fait au moins 70 morts parmi les civils selon des sources locales.",
         [C("deaths", 70, qualifier="at_least", group="civilians", speaker="sources locales")]),
    Case("fr-s29-otages-tues-par-erreur", "Selon l'armée israélienne, trois otages ont été tués par erreur à Gaza.",
         [C("deaths", 3, speaker="armée", location="Gaza")]),
    Case("fr-s29-enfants-blesses-par-un-chien-bruxelles", "Deux enfants ont été blessés par un chien dans un parc de Bruxelles.",
         [C("injuries", 2, group="children", location="Brussels")]),
    Case("fr-s29-fusillade-source-policiere", "La fusillade a fait un mort et deux blessés graves vendredi soir à Marseille, selon une source policière.",
         [C("deaths", 1, location="Marseille"), C("injuries", 2, location="Marseille")]),
    Case("fr-s29-conducteur-qui-roulait-mort-sur-le-coup", "Le conducteur, qui roulait à vive allure, est mort sur le coup.",
         [C("deaths", 1)]),
    Case("fr-s29-bilan-passe-a-gouverneur", "Le bilan de l'attaque est passé à 32 morts, a annoncé le gouverneur de la région.",
         [C("deaths", 32, speaker="gouverneur")]),
    Case("fr-s29-font-etat-de-disparus", "Les autorités font état de 11 disparus après les inondations.",
         [C("missing", 11, speaker="autorités")]),
    Case("fr-s29-passager-grievement-blesse-heliporte", "Le passager, grièvement blessé, a été héliporté vers le CHU de Rennes.",
         [C("injuries", 1)]),
    Case("fr-s29-entre-la-vie-et-la-mort", "Un homme est entre la vie et la mort après avoir été poignardé à Nantes.",
         [C("injuries", 1)]),

    # ---- s29agen : une partie objet du verbe qui la précède, son tout après (figure.part-object-of-verb) -------------
    Case("fr-s29agen-part-object-of-verb-interpelle",
         "Les forces de l'ordre ont interpellé 25 des 130 manifestants, selon le ministère de l'Intérieur.",
         [C("arrests", 25, group="protesters", speaker="ministère de l'Intérieur")]),
    Case("fr-s29agen-part-object-of-verb-tue",
         "La frappe a tué 12 des 40 passagers du bus, a indiqué un responsable local.",
         [C("deaths", 12, group="civilians", speaker="responsable")]),
    Case("fr-s29agen-derniers-chiffres-du-gouvernement",
         "Au moins 20 personnes ont été tuées, selon les derniers chiffres du gouvernement.",
         [C("deaths", 20, qualifier="at_least", speaker="gouvernement", exact=("speaker",))]),
    # une partie secourue n'est plus disparue (uncounted_verbs, category.part-rescued), comme en allemand et en anglais
    Case("fr-s29agen-dont-neuf-secourus",
         "Quatorze mineurs sont portés disparus après l'effondrement, dont neuf ont été secourus dimanche.",
         [C("missing", 14, group="civilians")]),
    Case("fr-s29agen-secourus-puis-disparus",
         "Selon les garde-côtes, 78 migrants ont été secourus, 41 autres sont portés disparus.",
         [C("missing", 41)]),
    # s29stories : une région à qui appartient la source est la zone que compte ce corps (place.jurisdiction-of-speaker)
    Case(
        "fr-s29stories-gouvernement-d-un-etat-y-compte",
        "NEW DELHI (Agence B) - Le gouvernement de l'Assam a fait état de 24 morts dans les inondations.",
        [C("deaths", 24, location="Assam")],
    ),
    Case(
        "fr-s29stories-police-d-un-etat-y-compte",
        "MEXICO (Agence A) - La police du Sinaloa a annoncé dimanche six morts dans une fusillade lors d'une fête.",
        [C("deaths", 6, location="Sinaloa")],
    ),
    # ---- s29fixes: une foule qu'un événement attire (participant_verbs "attiré", "drainé"); une part des blessés
    # morte depuis, avant son tout (figure.part-of-hurt-died) ---------------------------------------------------------
    Case("fr-s29-rassemblement-a-attire", "Le rassemblement a attiré quelque 5 000 personnes, selon la préfecture.",
         [C("participants", 5000, qualifier="about", speaker="préfecture")]),
    Case("fr-s29-cortege-a-draine", "Le cortège a drainé près de 3 000 personnes dans le centre-ville.",
         [C("participants", 3000, qualifier="almost")]),
    Case("fr-s29-trois-des-blesses-sont-morts-depuis", "Trois des 23 blessés de l'accident sont morts depuis.",
         [C("deaths", 3, part_of=1), C("injuries", 23, not_flags=("derived",))]),
    Case("fr-s29-deux-des-personnes-blessees-decedees", "Deux des 14 personnes blessées dans l'attaque sont décédées à l'hôpital.",
         [C("deaths", 2, part_of=1), C("injuries", 14)]),
    # s29fixes: a body's name joined by "pour" and its complement is one name
    Case("fr-s29-observatoire-pour-les-droits-de-l-homme",
         "Selon l'Observatoire pour les droits de l'homme, douze personnes ont été tuées dans l'attaque.",
         [C("deaths", 12, speaker="Observatoire pour les droits de l'homme")],
         xfail="NAME-POUR-LOWER: a body's name joined by 'pour' to a complement in lower case ('les droits de l'homme') "
               "ends at its noun: the speaker is 'Observatoire'"),
    # s29fixes: the part "l'un" told by its degree alone (figure_rules._degree_alone; the number "un" after "dont l'")
    Case("fr-s29-l-une-d-entre-elles-grievement", "Trois personnes ont été blessées, l'une d'entre elles grièvement, selon les pompiers.",
         [C("injuries", 3, speaker="pompiers"), C("injuries", 1, part_of=0)]),
    Case("fr-s29-dont-l-un-legerement", "Deux gendarmes ont été blessés lors de l'interpellation, dont l'un légèrement.",
         [C("injuries", 2, group="security_forces"), C("injuries", 1, part_of=0)]),
    Case("fr-s29-dont-l-une-etait-reste-la-partie", "Deux personnes, dont l'une était un adolescent, ont été blessées.",
         [C("injuries", 2), C("injuries", 1, part_of=0)]),
    # s30noids: le renvoi d'une page vers un autre de ses articles ("À lire aussi :", "Sur le même sujet -") nomme un
    # autre incident (figure.other-incident)
    Case("fr-s30noids-a-lire-aussi-autre-incident",
         "Un homme a été tué par balle dimanche dans le centre-ville, selon la police.\n\n"
         "À lire aussi : Deux morts et cinq blessés dans un accident sur l'autoroute\n\nL'enquête se poursuit.",
         [C("deaths", 1, not_flags=("other_incident",)), C("deaths", 2, flags=("other_incident",)),
          C("injuries", 5, flags=("other_incident",))]),
    Case("fr-s30noids-sur-le-meme-sujet-autre-incident",
         "Trois personnes ont été blessées dans l'incendie.\n\nSur le même sujet - 12 morts dans une explosion",
         [C("injuries", 3, not_flags=("other_incident",)), C("deaths", 12, flags=("other_incident",))]),
    # s31agde : des détenus évadés ne sont pas des déplacés (category.prisoners-escaped, prisoner_nouns)
    Case("fr-s31agde-detenus-ont-fui",
         "Environ 800 détenus ont fui lors de l'évasion.",
         []),
    Case("fr-s31agde-habitants-ont-fui-deplaces",
         "Environ 800 habitants ont fui les combats.",
         [C("displaced", 800, qualifier="about")]),
    # s30inj: la victime nommée en apposition (en-s30inj-victim-*, de-s30inj-opfer-*) : l'âge seul passe, le nom non
    Case("fr-s30inj-victime-agee-en-apposition",
         "La victime, âgée de 34 ans, est décédée sur place.",
         [C("deaths", 1)]),
    Case("fr-s30inj-victime-nommee-en-apposition",
         "La victime, Marie Dupont, est décédée sur place.",
         [C("deaths", 1)],
         xfail="NAMED-APPOSITION-FR: a name in apposition after 'la victime' is no aside of single_victim_words yet "
               "(_VICTIM_ASIDE: a name opens with no literal word, so the tail scan would try every comma; as in English, "
               "an alternative found from the noun 'victime' would do)"),
    # s30inj: un nombre de survivants ne prend pas le mot du bilan du nombre suivant pour verbe
    # (figure.survivors-beside-toll)
    Case("fr-s30inj-survivants-a-cote-du-bilan",
         "Les secours ont extrait 12 survivants des décombres, tandis que le bilan des morts est passé à 97.",
         [C("deaths", 97)]),
    # s30agen : le total courant d'une guerre (« depuis le début de la guerre », « depuis le 7 octobre ») à côté du bilan d'une frappe est un total sur une période ; « la frappe la plus meurtrière depuis » non
    Case(
        "fr-s30agen-bilan-de-guerre-depuis-le-debut-de-la-guerre",
        "La frappe a tué douze personnes, selon le ministère de la Santé, qui fait état de plus de 40 000 morts depuis le début de la guerre.",
        [C("deaths", 12, speaker="ministère de la Santé", not_flags=("period_tally",)), C("deaths", 40000, qualifier="more_than", speaker="ministère de la Santé", flags=("period_tally",))],
    ),
    Case(
        "fr-s30agen-bilan-de-guerre-depuis-l-invasion",
        "Depuis l'invasion, au moins 10 000 civils ont été tués, selon l'ONU.",
        [C("deaths", 10000, qualifier="at_least", group="civilians", speaker="ONU", flags=("period_tally",))],
    ),
    Case(
        "fr-s30agen-bilan-de-guerre-depuis-le-7-octobre",
        "Plus de 300 soldats ont été tués depuis le 7 octobre, selon l'armée.",
        [C("deaths", 300, qualifier="more_than", group="security_forces", speaker="armée", flags=("period_tally",))],
    ),
    Case(
        "fr-s30agen-bilan-de-guerre-la-plus-meurtriere-depuis",
        "La frappe la plus meurtrière depuis le début de la guerre a fait 45 morts, selon les secouristes.",
        [C("deaths", 45, speaker="secouristes", not_flags=("period_tally",))],
    ),
    # s30agen : otages détenus (category.captives-held), « a piégé », « a enseveli » avant le nombre (disparus), naufrage, bousculade, avion, choléra (« cas suspects » : pas des suspects)
    Case(
        "fr-s30agen-otages-detenus-pas-d-arrestations",
        "Israël a libéré 30 prisonniers palestiniens en échange de dix otages détenus à Gaza, selon l'armée.",
        [C("other", 10, group="hostages", location="Gaza", speaker="armée")],
    ),
    Case(
        "fr-s30agen-otages-toujours-detenus",
        "Environ 130 otages sont toujours détenus à Gaza, selon les autorités.",
        [C("other", 130, qualifier="about", group="hostages", location="Gaza", speaker="autorités")],
    ),
    Case(
        "fr-s30agen-effondrement-a-piege-des-dizaines",
        "L'effondrement a fait au moins huit morts et a piégé des dizaines de personnes, a déclaré le maire.",
        [C("deaths", 8, qualifier="at_least", speaker="maire"), C("missing", None, qualifier="vague", speaker="maire")],
    ),
    Case(
        "fr-s30agen-glissement-a-enseveli-ouvriers",
        "Le glissement de terrain a enseveli une trentaine d'ouvriers, selon les secours.",
        [C("missing", 30, qualifier="about", group="civilians", speaker="secours")],
    ),
    Case(
        "fr-s30agen-naufrage-portes-disparus-selon-le-hcr",
        "Au moins 41 migrants sont portés disparus après le naufrage de leur embarcation au large de Lampedusa, selon des survivants cités par le HCR.",
        [C("missing", 41, qualifier="at_least", group="civilians", location="Lampedusa", speaker="survivants", via="HCR")],
    ),
    Case(
        "fr-s30agen-bousculade-morts-et-blesses",
        "Une bousculade lors d'une distribution de nourriture a fait au moins 20 morts et des dizaines de blessés, selon la police.",
        [C("deaths", 20, qualifier="at_least", speaker="police"), C("injuries", None, qualifier="vague", speaker="police")],
    ),
    Case(
        "fr-s30agen-avion-tous-les-passagers-tues",
        "Les 62 personnes à bord ont été tuées lorsque l'avion s'est écrasé peu après le décollage, selon la compagnie.",
        [C("deaths", 62, speaker="compagnie")],
    ),
    Case(
        "fr-s30agen-cholera-cas-et-deces",
        "Les autorités ont recensé 3200 cas suspects et 47 décès, selon l'Organisation mondiale de la santé.",
        [C("deaths", 47, speaker="OMS")],
    ),
    # s30agen, second jeu : un chargement avant sa part (« 45 passagers, douze d'entre eux ont été tués » : pas de bilan), un enseignant pour source
    Case(
        "fr-s30agen-car-transportait-passagers-d-entre-eux-tues",
        "Le car transportait 45 passagers, douze d'entre eux ont été tués, selon le gouverneur.",
        [C("deaths", 12, speaker="gouverneur", flags=("part",))],
    ),
    Case(
        "fr-s30agen-train-transportait-dont-tues",
        "Le train transportait quelque 1200 passagers, dont au moins 288 ont été tués.",
        [C("deaths", 288, qualifier="at_least")],
    ),
    Case(
        "fr-s30agen-corps-de-repeches",
        "Les garde-côtes ont secouru 47 personnes, tandis que les corps de onze autres ont été repêchés.",
        [C("deaths", 11)],
    ),
    Case(
        "fr-s30agen-lyceens-enleves-selon-un-enseignant",
        "Des hommes armés ont enlevé 287 élèves dans une école de la ville, a indiqué un enseignant.",
        [C("other", 287, group="hostages", speaker="enseignant")],
    ),
    # s30agen, troisième jeu : le modèle d'un avion après son constructeur (« du Boeing 737 ») n'est pas un nombre
    Case(
        "fr-s30agen-modele-d-avion-pas-un-nombre",
        "Les 179 passagers et membres d'équipage du Boeing 737 ont été tués, selon la compagnie.",
        [C("deaths", 179, group="civilians", speaker="compagnie")],
    ),
    # s31agde : qui est indemne n'est pas un blessé de plus (unharmed_nouns « indemnes »)
    Case("fr-s31agde-passagers-indemnes",
         "Le conducteur a été légèrement blessé, ses trois passagers sont indemnes.",
         [C("injuries", 1)]),
    # s30stories : des premières informations dites fausses sont un premier bilan dépassé (initial_report_cues)
    Case("fr-s30stories-premieres-informations-erronees",
         "Les secours ont fait état de dix morts dimanche, précisant que les premières informations faisant état de 14 morts "
         "étaient erronées.",
         [C("deaths", 10, speaker="secours", not_flags=("retracted",)),
          C("deaths", 14, speaker="secours", flags=("retracted",))]),
    Case("fr-s30stories-premiers-bilans-revelés-faux",
         "Les premiers bilans évoquant cinq morts se sont révélés faux, selon la police.",
         [C("deaths", 5, speaker="police", flags=("retracted",))]),
    Case("fr-s30stories-premieres-informations-non-dites-fausses",
         "Les premières informations font état de cinq morts, selon la police.",
         [C("deaths", 5, not_flags=("retracted",))]),
    # s30stories : le bilan d'une guerre depuis son début est un bilan sur une période (period_tally_cues)
    Case("fr-s30stories-depuis-le-debut-de-la-guerre",
         "Plus de 36.000 Palestiniens ont été tués depuis le début de la guerre, selon le ministère.",
         [C("deaths", 36000, qualifier="more_than", speaker="ministère", flags=("period_tally",))]),
    Case("fr-s30stories-depuis-le-declenchement-du-conflit",
         "La frappe a fait 45 morts. Depuis le déclenchement du conflit, plus de 10.000 civils ont été tués, selon l'ONU.",
         [C("deaths", 45, not_flags=("period_tally",)), C("deaths", 10000, group="civilians", flags=("period_tally",))]),
    # s30stories : une partie « parmi les morts » sans chiffre du tout est une partie (figure.among-the-harmed)
    Case("fr-s30stories-malaisiens-parmi-les-morts",
         "Quatre Malaisiens figurent parmi les morts des inondations, a indiqué le ministère des Affaires étrangères.",
         [C("deaths", 4, flags=("part",))]),
    Case("fr-s30stories-britanniques-parmi-les-blesses",
         "Trois Britanniques figurent parmi les blessés, selon le maire.",
         [C("injuries", 3, flags=("part",))]),

    # ---- s30french: un mot de groupe à deux sens lu selon la catégorie de son chiffre (group.sense-of-category) :
    # des « mineurs » placés en garde à vue sont des mineurs d'âge, ceux que la mine tue des ouvriers -------------------
    Case("fr-s30-mineurs-interpelles-sans-tout", "Douze mineurs ont été interpellés après les échauffourées.",
         [C("arrests", 12, group="children")]),
    Case("fr-s30-gendarmes-ont-interpelle-mineurs", "Les gendarmes ont interpellé sept mineurs près du lycée.",
         [C("arrests", 7, group="children", speaker="gendarmes")]),
    Case("fr-s30-mineurs-tues-coup-de-grisou", "Cinq mineurs ont été tués dans un coup de grisou.",
         [C("deaths", 5, group="civilians")]),
    Case("fr-s30-mineurs-morts-au-fond", "Huit mineurs sont morts au fond de la mine, selon la compagnie.",
         [C("deaths", 8, group="civilians", speaker="compagnie")]),
    # s30french: the noun of an evacuation before its figure (as English "forced the evacuation of"); residents whose
    # evacuation is told are no population ("l'évacuation de 15 000 habitants", not "une ville de 15 000 habitants")
    Case("fr-s30-incendie-entraine-evacuation", "L'incendie a déjà parcouru 6 000 hectares et entraîné l'évacuation de 1 200 personnes.",
         [C("displaced", 1200)]),
    Case("fr-s30-ordonne-evacuation-habitants", "Les autorités ont ordonné l'évacuation de quelque 15 000 habitants.",
         [C("displaced", 15000, qualifier="about", speaker="autorités")]),
    Case("fr-s30-ville-de-habitants-evacuee", "La ville de 15 000 habitants a été évacuée dans la nuit.", []),
    # s30french: one victim's age in words, and the town it is from after its age (single_victim_words)
    Case("fr-s30-enfant-de-sept-ans-mort", "Un enfant de sept ans est mort dans une embarcation surchargée au large de Wimereux.",
         [C("deaths", 1)]),
    Case("fr-s30-homme-de-trente-ans", "Un homme de trente ans est mort dans l'accident de la RN 165.",
         [C("deaths", 1)]),
    Case("fr-s30-femme-originaire-de-blessee", "Une femme de 52 ans originaire de Saint-Nazaire a été grièvement blessée, selon les pompiers.",
         [C("injuries", 1, speaker="pompiers")]),
    # s30french: one victim critically hurt ("entre la vie et la mort", an injuries verb), and one whose harm is an
    # aside between commas and whose verb is one of care (single_victim_words)
    Case("fr-s30-adolescent-entre-la-vie-et-la-mort", "Un adolescent de 16 ans est toujours entre la vie et la mort, selon le parquet.",
         [C("injuries", 1, speaker="parquet")]),
    Case("fr-s30-personnes-entre-la-vie-et-la-mort", "Trois personnes sont entre la vie et la mort après l'incendie de leur immeuble.",
         [C("injuries", 3)]),
    Case("fr-s30-conducteur-legerement-blesse-transporte",
         "Le conducteur, légèrement blessé, a été transporté au centre hospitalier de Vannes.",
         [C("injuries", 1)]),
    Case("fr-s30-suspect-transfere-au-tribunal", "Le suspect a été transféré au tribunal dans la matinée.", []),
    # ---- s30french: manifestations et violences urbaines --------------------------------------------------------------
    Case("fr-s30-nuit-soldee-par-interpellations",
         "La nuit de violences urbaines s'est soldée par 312 interpellations, selon le ministère de l'Intérieur.",
         [C("arrests", 312, speaker="ministère de l'Intérieur")]),
    Case("fr-s30-placees-en-garde-a-vue-au-total", "Au total, 180 personnes ont été placées en garde à vue après les heurts de samedi.",
         [C("arrests", 180)]),
    Case("fr-s30-policiers-et-gendarmes-blesses-ministre",
         "Quarante-cinq policiers et gendarmes ont été blessés lors de la manifestation, a indiqué le ministre de l'Intérieur.",
         [C("injuries", 45, group="security_forces", speaker="ministre de l'Intérieur")]),
    Case("fr-s30-selon-la-cgt-selon-le-ministere",
         "La mobilisation a réuni 1,2 million de manifestants dans toute la France selon la CGT, 368 000 selon le ministère de l'Intérieur.",
         [C("participants", 1200000, group="protesters", speaker="CGT"),
          C("participants", 368000, group="protesters", speaker="ministère de l'Intérieur")]),
    Case("fr-s30-selon-le-cabinet-occurrence", "Selon le cabinet Occurrence, 55 000 personnes ont défilé à Paris.",
         [C("participants", 55000, speaker="cabinet Occurrence", location="Paris")]),
    Case("fr-s30-cabinet-occurrence-pour-des-medias",
         "La manifestation a rassemblé 9 000 personnes selon le cabinet Occurrence pour un collectif de médias.",
         [C("participants", 9000, speaker="cabinet Occurrence")]),
    Case("fr-s30-cabinet-occurrence-a-compte", "Le cabinet Occurrence a compté 18 000 manifestants à Lyon.",
         [C("participants", 18000, speaker="cabinet Occurrence", location="Lyon")]),
    Case("fr-s30-la-police-a-compte-la-cgt", "La police a compté 11 000 manifestants à Nantes, la CGT 40 000.",
         [C("participants", 11000, speaker="police"), C("participants", 40000, speaker="CGT")]),
    Case("fr-s30-policiers-mobilises-ce-soir", "Quelque 45 000 policiers et gendarmes seront mobilisés ce soir sur l'ensemble du territoire.",
         [C("troops", 45000, qualifier="about", group="security_forces")]),
    Case("fr-s30-manifestants-blesses-lbd-organisateurs",
         "Trois manifestants ont été grièvement blessés par des tirs de LBD, selon les organisateurs.",
         [C("injuries", 3, group="protesters", speaker="organisateurs")]),
    Case("fr-s30-interpellees-en-marge-dont-mineurs", "À Lyon, 27 personnes ont été interpellées en marge du cortège, dont 11 mineurs.",
         [C("arrests", 27, location="Lyon"), C("arrests", 11, group="children", part_of=0)]),
    Case("fr-s30-procede-a-interpellations", "Les forces de l'ordre ont procédé à 94 interpellations dans la nuit de samedi à dimanche.",
         [C("arrests", 94)]),
    Case("fr-s30-toujours-en-garde-a-vue-parquet",
         "Au lendemain de la manifestation, 41 personnes étaient toujours en garde à vue, selon le parquet de Paris.",
         [C("arrests", 41, speaker="parquet")]),
    Case("fr-s30-blesses-parmi-les-policiers-et-gendarmes",
         "Les heurts ont fait 24 blessés parmi les policiers et les gendarmes, selon le ministère de l'Intérieur.",
         [C("injuries", 24, group="security_forces", speaker="ministère de l'Intérieur")]),
    Case("fr-s30-ils-etaient-a-defiler", "Selon la préfecture, ils étaient 7 500 à défiler dans les rues de Rennes.",
         [C("participants", 7500, speaker="préfecture", location="Rennes")]),
    Case("fr-s30-policiers-blesses-et-personnes-interpellees",
         "Sept policiers ont été légèrement blessés et 42 personnes interpellées, selon la préfecture.",
         [C("injuries", 7, group="security_forces", speaker="préfecture"), C("arrests", 42, speaker="préfecture")]),
    Case("fr-s30-emeutes-mort-et-blesses-forces-de-l-ordre",
         "Les émeutes ont fait un mort et 200 blessés parmi les forces de l'ordre, selon le ministre de l'Intérieur.",
         [C("deaths", 1), C("injuries", 200, group="security_forces", speaker="ministre de l'Intérieur")]),
    Case("fr-s30-pres-de-policiers-blesses-depuis", "Près de 700 policiers et gendarmes ont été blessés depuis le début des émeutes.",
         [C("injuries", 700, qualifier="almost", group="security_forces")]),
    Case("fr-s30-cgt-a-revendique-manifestants", "La CGT a revendiqué 150 000 manifestants dans les rues de Paris.",
         [C("participants", 150000, speaker="CGT", location="Paris")]),
    # s30french: "a revendiqué" before a crowd is a verb of speech (speech_verbs), not before an attack
    Case("fr-s30-syndicats-ont-revendique-millions", "Les syndicats ont revendiqué plus de 2 millions de manifestants.",
         [C("participants", 2000000, qualifier="more_than", speaker="syndicats")]),
    Case("fr-s30-revendique-l-attentat-pas-source", "Le groupe a revendiqué l'attentat qui a fait 12 morts.",
         [C("deaths", 12, speaker=None)]),
    # ---- s30french: catastrophes (séisme, inondations, incendies de forêt) -----------------------------------------
    Case("fr-s30-seisme-ministere-interieur-marocain",
         "Le séisme de magnitude 6,8 a fait au moins 2 900 morts et plus de 5 500 blessés, selon le ministère de l'Intérieur marocain.",
         [C("deaths", 2900, qualifier="at_least"), C("injuries", 5500, qualifier="more_than")]),
    Case("fr-s30-inondations-morts-et-disparus-prefecture",
         "Les inondations ont fait 11 morts et 4 disparus dans le département, selon la préfecture.",
         [C("deaths", 11, speaker="préfecture"), C("missing", 4, speaker="préfecture")]),
    Case("fr-s30-evacuees-incendie-de-foret", "Plus de 3 000 personnes ont été évacuées en raison de l'incendie de forêt, selon les pompiers.",
         [C("displaced", 3000, qualifier="more_than", speaker="pompiers")]),
    Case("fr-s30-tempete-bilan-passe-toujours-disparues",
         "Le bilan de la tempête est passé à 15 morts, et 7 personnes sont toujours portées disparues.",
         [C("deaths", 15), C("missing", 7)]),
    Case("fr-s30-secours-recherchent-disparus", "Les secours recherchent encore 20 disparus après le glissement de terrain.",
         [C("missing", 20)]),
    Case("fr-s30-crues-sinistres", "Les crues ont fait plus de 10 000 sinistrés dans la région, selon les autorités locales.",
         [C("displaced", 10000, qualifier="more_than", speaker="autorités")]),
    Case("fr-s30-intemperies-var", "Les violentes intempéries ont fait deux morts et une dizaine de blessés dans le Var.",
         [C("deaths", 2), C("injuries", 10, qualifier="about")]),
    Case("fr-s30-cyclone-mayotte-bilan-provisoire", "Le cyclone a fait au moins 31 morts à Mayotte, selon un bilan provisoire.",
         [C("deaths", 31, qualifier="at_least", location="Mayotte")]),
    Case("fr-s30-pompiers-ont-peri-flammes", "Deux pompiers ont péri en luttant contre les flammes, a annoncé le ministre.",
         [C("deaths", 2, group="security_forces", speaker="ministre")]),
    Case("fr-s30-incendies-grece", "Les incendies de forêt ont fait au moins 20 morts en Grèce, selon les pompiers.",
         [C("deaths", 20, qualifier="at_least", speaker="pompiers", location="Greece")]),
    Case("fr-s30-seisme-sans-abri-vague", "Le séisme a fait au moins 300 morts et des milliers de sans-abri.",
         [C("deaths", 300, qualifier="at_least"), C("displaced", None)]),
    Case("fr-s30-feu-detruit-hectares-aucune-victime", "Le feu a détruit 3 000 hectares de forêt et 50 maisons ; aucune victime n'est à déplorer.",
         []),
    Case("fr-s30-eruption-morts-et-disparus", "L'éruption volcanique a fait 11 morts et 12 disparus parmi les randonneurs.",
         [C("deaths", 11), C("missing", 12)]),
    Case("fr-s30-ouragan-autorites-ont-evacue", "Les autorités ont évacué 12 000 personnes avant l'arrivée de l'ouragan.",
         [C("displaced", 12000, speaker="autorités")]),
    Case("fr-s30-toujours-portees-disparues-pas-de-calais",
         "Quatre personnes sont toujours portées disparues après les inondations dans le Pas-de-Calais.",
         [C("missing", 4, location="Pas-de-Calais")]),
    # ---- s30french: bilans routiers ---------------------------------------------------------------------------------
    Case("fr-s30-le-week-end-a-fait", "Le week-end a fait 14 morts sur les routes de la région.", [C("deaths", 14)]),
    Case("fr-s30-tues-sur-les-routes-securite-routiere",
         "Au total, 3 190 personnes ont été tuées sur les routes de France métropolitaine l'an dernier, selon la Sécurité routière.",
         [C("deaths", 3190, speaker="sécurité routière")]),
    Case("fr-s30-accident-voiture-camion-rn", "Un accident entre une voiture et un camion a fait trois morts et deux blessés graves sur la RN 10.",
         [C("deaths", 3), C("injuries", 2)]),
    Case("fr-s30-deux-jeunes-trouve-la-mort", "Deux jeunes de 19 et 20 ans ont trouvé la mort dans un accident de la route dans la nuit de samedi à dimanche.",
         [C("deaths", 2)]),
    Case("fr-s30-car-renverse-urgence-absolue", "Le car s'est renversé, faisant 12 blessés dont trois en urgence absolue.",
         [C("injuries", 12), C("injuries", 3, part_of=0)]),
    Case("fr-s30-bilan-routier-paques-s-etablit", "Le bilan routier du week-end de Pâques s'établit à 37 morts, selon les gendarmes.",
         [C("deaths", 37, speaker="gendarmes")]),
    Case("fr-s30-toussaint-meurtrier-avec-quatre-morts",
         "Le week-end de la Toussaint a été meurtrier sur les routes de la Sarthe, avec quatre morts.",
         [C("deaths", 4, location="Sarthe")]),
    Case("fr-s30-motard-perdu-la-vie", "Un motard de 32 ans a perdu la vie dans une collision avec une voiture samedi soir.",
         [C("deaths", 1)]),
    Case("fr-s30-adolescents-scooter-gendarmes", "Deux adolescents ont été tués dans l'accident de leur scooter, selon les gendarmes.",
         [C("deaths", 2, group="children", speaker="gendarmes")]),
    Case("fr-s30-conducteur-age-garde-a-vue", "Le conducteur, âgé de 19 ans, a été placé en garde à vue.",
         [C("arrests", 1)]),
    Case("fr-s30-coute-la-vie-a-un-motard", "La collision frontale a coûté la vie à un motard de 45 ans.",
         [C("deaths", 1)]),
    # s30french: one victim counted by its article after "coûté la vie à" (single_victim_words; an article after "à"
    # is otherwise a place's: "à un carrefour")
    Case("fr-s30-coute-la-vie-a-une-femme-pompiers", "L'accident a coûté la vie à une femme de 80 ans, selon les pompiers.",
         [C("deaths", 1, speaker="pompiers")]),
    Case("fr-s30-a-un-carrefour-pas-un-compte", "L'accident a eu lieu à un carrefour très fréquenté.", []),
    # ---- s30french: naufrages dans la Manche et en Méditerranée ----------------------------------------------------
    Case("fr-s30-manche-prefecture-maritime",
         "Au moins cinq migrants sont morts lors d'une tentative de traversée de la Manche, selon la préfecture maritime.",
         [C("deaths", 5, qualifier="at_least", group="civilians", speaker="préfecture")]),
    Case("fr-s30-secourues-ramenees-pas-de-claim", "Selon la préfecture maritime, 65 personnes ont été secourues et ramenées à Boulogne-sur-Mer.",
         []),
    Case("fr-s30-naufrage-libye-oim-rescapes", "Le naufrage au large de la Libye a fait 61 morts, selon l'OIM, et 25 rescapés ont été pris en charge.",
         [C("deaths", 61, speaker="OIM", location="Libya")]),
    Case("fr-s30-quarantaine-portees-disparues-lampedusa",
         "Une quarantaine de personnes sont portées disparues après le naufrage d'une embarcation au large de Lampedusa.",
         [C("missing", 40, qualifier="about", location="Lampedusa")]),
    Case("fr-s30-garde-cotes-corps-et-rescapes", "Les garde-côtes italiens ont retrouvé 12 corps et secouru 44 rescapés.",
         [C("deaths", 12)]),
    Case("fr-s30-naufrage-dont-enfants-prefecture-maritime", "Le naufrage a fait 27 morts, dont sept enfants, selon la préfecture maritime.",
         [C("deaths", 27, speaker="préfecture"), C("deaths", 7, group="children", part_of=0)]),
    Case("fr-s30-chavirage-prefecture-maritime-manche-mer-du-nord",
         "Le chavirage d'une embarcation a fait au moins 8 morts, a annoncé la préfecture maritime de la Manche et de la mer du Nord.",
         [C("deaths", 8, qualifier="at_least", speaker="préfecture")]),
    Case("fr-s30-migrants-morts-au-large-de-calais",
         "Douze migrants sont morts dans le naufrage de leur embarcation au large de Calais, a annoncé la préfecture maritime.",
         [C("deaths", 12, group="civilians", speaker="préfecture", location="Calais")]),
    Case("fr-s30-sauvetage-de-personnes-pas-de-claim", "Le Cross Gris-Nez a coordonné le sauvetage de 66 personnes.", []),
    Case("fr-s30-portees-disparues-en-mer-ong", "Une vingtaine de personnes sont portées disparues en mer, selon les ONG de sauvetage.",
         [C("missing", 20, qualifier="about", speaker="ONG")]),
    # ---- s30french: épidémies (cas, décès) -----------------------------------------------------------------------------
    Case("fr-s30-cholera-depuis-le-debut-de-l-annee-oms", "L'épidémie de choléra a fait 230 morts depuis le début de l'année, selon l'OMS.",
         [C("deaths", 230, speaker="OMS", flags=("period_tally",))]),
    Case("fr-s30-nouveaux-cas-et-deces", "Le ministère de la Santé a recensé 1 250 nouveaux cas et 14 décès en 24 heures.",
         [C("deaths", 14, speaker="ministère de la Santé")]),
    Case("fr-s30-dengue-agence-regionale-de-sante", "Au total, 48 personnes sont décédées de la dengue depuis janvier, selon l'agence régionale de santé.",
         [C("deaths", 48, speaker="agence régionale de santé", flags=("period_tally",))]),
    Case("fr-s30-grippe-sante-publique-france", "La grippe a causé environ 9 000 décès cet hiver, selon Santé publique France.",
         [C("deaths", 9000, qualifier="about", speaker="Santé publique France")]),
    Case("fr-s30-ebola-a-tue", "Le virus Ebola a tué 15 personnes dans la province, selon le ministère de la Santé.",
         [C("deaths", 15, speaker="ministère de la Santé")]),
    Case("fr-s30-oms-cas-de-cholera-et-deces", "L'OMS a recensé 4 200 cas de choléra et 95 décès dans le pays.",
         [C("deaths", 95, speaker="OMS")]),
    Case("fr-s30-rougeole-rdc-oms", "La rougeole a tué plus de 5 000 enfants en RDC cette année, selon l'OMS.",
         [C("deaths", 5000, qualifier="more_than", group="children", speaker="OMS", location="DR Congo")]),
    # ---- s30french: prises d'otages et libérations -------------------------------------------------------------------
    Case("fr-s30-ravisseurs-ont-libere-partie", "Les ravisseurs ont libéré 50 des 137 élèves enlevés le mois dernier.",
         [C("other", 50, group="hostages")]),
    Case("fr-s30-hommes-armes-ont-enleve-fideles", "Les hommes armés ont enlevé 24 fidèles lors d'une attaque contre une église.",
         [C("other", 24, group="hostages")]),
    Case("fr-s30-otages-tues-lors-de-l-assaut", "Quatre otages ont été tués lors de l'assaut des forces spéciales, selon le parquet.",
         [C("deaths", 4, speaker="parquet")]),
    Case("fr-s30-pris-en-otage-dans-le-train", "Une centaine de passagers ont été pris en otage dans le train, selon les autorités pakistanaises.",
         [C("other", 100, qualifier="about", group="hostages", speaker="autorités")]),
    Case("fr-s30-ravisseurs-ont-relache", "Les ravisseurs ont relâché 27 otages dans la nuit.", [C("other", 27, group="hostages")]),
    Case("fr-s30-humanitaires-enleves-liberes", "Trois humanitaires enlevés dans le nord du Mali ont été libérés, selon leur ONG.",
         [C("other", 3, group="hostages", location="Mali")]),
    Case("fr-s30-assaut-a-permis-de-liberer", "L'assaut a permis de libérer 17 otages, selon l'armée.",
         [C("other", 17, group="hostages", speaker="armée")]),
    Case("fr-s30-forcene-retenait-en-otage", "Le forcené retenait trois personnes en otage dans une boulangerie.",
         [C("other", 3, group="hostages")]),
    # s30french: "en otage" after the figure's noun, its verb of holding or taking before the figure (unit_verbs)
    Case("fr-s30-detient-encore-en-otage", "Le groupe détient encore 59 personnes en otage, selon Israël.",
         [C("other", 59, group="hostages", speaker="Israël")]),
    Case("fr-s30-tue-et-pris-autres-en-otage", "Le forcené a tué deux personnes et pris trois autres en otage.",
         [C("deaths", 2), C("other", 3, group="hostages")]),
    # s31noids : les lignes de la page après le titre (« Partager », « Copier le lien » : quelques mots, sans fin de
    # phrase ni chiffre) ne comptent pas parmi les phrases du chapeau ; son lieu est encore lu
    Case("fr-s31noids-chapeau-apres-boutons-de-page",
         "Deux blessés par balle près d'une fête de quartier\n\nPartager\n\nCopier le lien\n\nVoir la vidéo\n\n"
         "Des coups de feu ont éclaté près d'une fête de quartier à Toulouse samedi soir. Deux hommes ont été blessés, "
         "selon la police.",
         [C("injuries", 2, location="Toulouse"), C("injuries", 2, location="Toulouse")]),
    # s31noids : une proposition de ce que l'événement nommé avant a laissé (« , faisant ») ne sépare aucun chiffre
    # d'un indice de bilan sur une période placé avant (figure.period-tally)
    Case("fr-s31noids-faisant-apres-virgule-bilan",
         "La ville a connu de nombreuses fusillades depuis le début de l'année dans plusieurs quartiers, faisant 12 morts.",
         [C("deaths", 12, flags=("period_tally",))]),
    Case("fr-s31noids-touche-par-balle-il-a-survecu",  # (figure.shot-then-survived-next)
         "Une femme a été tuée lors de la première fusillade. Un homme de 19 ans a été touché par balle dans la rue. Il a survécu.",
         [C("deaths", 1), C("injuries", 1, not_flags=("derived",))]),
]
