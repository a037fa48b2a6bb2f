"""French: number words, qualifiers, and the lexicons of casualty reporting (AFP's French wire,
the regional press, fact-check wording)."""

from __future__ import annotations

from ..models import Category, OriginType, Qualifier
from .base import LanguageData
from .common import AS_STATED, GOVERNMENT_OF_COUNTRY

# a person's name as the object of a verb (for multiplicity_words): two or three capitalised words, or an initial after the
# first ("Paul Roy", "Ahmed B.")
_OBJECT_NAME = r"(?-i:\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+| \p{Lu}\.){1,2})"
_GOV = GOVERNMENT_OF_COUNTRY
_G, _SM, _MA = OriginType.GOVERNMENT, OriginType.STATE_MEDIA, OriginType.MILITARY_ALLIANCE
_IM, _W, _NGO = OriginType.INDEPENDENT_MEDIA, OriginType.WITNESS, OriginType.NGO

_BASE = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


def _compounds() -> dict[str, int]:
    """Every spelled-out number below one hundred, as French writes it with hyphens ("soixante-dix",
    "quatre-vingt-onze", "vingt et un"; the 1990 spelling "vingt-et-un" too)."""
    words = dict(_BASE)
    for ten, value in _TENS.items():
        words[ten] = value
        words[f"{ten} et un"] = value + 1
        words[f"{ten}-et-un"] = value + 1
        for unit in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"):
            words[f"{ten}-{unit}"] = value + _BASE[unit]
    # 70-79: soixante-dix, soixante et onze, soixante-douze ...
    for teen in ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"):
        words[f"soixante-{teen}"] = 60 + _BASE[teen]
        words[f"quatre-vingt-{teen}"] = 80 + _BASE[teen]
    words["soixante et onze"] = 71
    words["soixante-et-onze"] = 71
    words["quatre-vingts"] = 80
    words["quatre-vingt"] = 80
    for unit in ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"):
        words[f"quatre-vingt-{unit}"] = 80 + _BASE[unit]
    # Belgian and Swiss French
    words.update({"septante": 70, "huitante": 80, "octante": 80, "nonante": 90})
    return words


_UNITS = _compounds()

_MULTIPLIERS = {
    "cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000, "demi-million": 500_000, "un demi-million": 500_000,
}

_DAY_PREFIX = r"(?:(?:depuis |dès |jusqu'à |jusqu’à )?(?:le |ce |dans la nuit de |dans la nuit du |dans la nuit de dimanche à |dans la nuit de samedi à )?)"
# "le bilan du séisme de mardi s'est alourdi": the day of the event named, not of the figure
_EVENT_OF_DAY = r"(?:séisme|tremblement de terre|attentat|attaque|explosion|accident|incendie|naufrage|effondrement|fusillade|massacre) de "
_WEEKDAYS = {
    rf"{_DAY_PREFIX}(?<!{_EVENT_OF_DAY}){day}(?: dernier| soir| matin| après-midi)?": index
    for index, day in enumerate(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
}

_MONTHS = {
    r"janvier|janv\.": 1, r"février|fevrier|févr\.|fév\.": 2, r"mars": 3, r"avril|avr\.": 4, r"mai": 5, r"juin": 6,
    r"juillet|juil\.": 7, r"août|aout": 8, r"septembre|sept\.": 9, r"octobre|oct\.": 10, r"novembre|nov\.": 11,
    r"décembre|decembre|déc\.": 12,
}

_NOT_RANK = r"(?<!(?:meurtri|sanglant|lourd|grave|important|premi|pire|seul)\w* (?:[\w'’-]+ ){0,3}depuis)"  # « la plus meurtrière depuis »

_ROUND_NOUNS = {
    "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
    "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60, "une centaine": 100, "un millier": 1000,
}
# (an elided "d'" only where no word is glued to it: "une centaine d'habitants" is read to "centaine", as the anchor
# ends at a word's end; a phrase that read on to the apostrophe would not end where the anchor does and be lost)
_OF = r"(?: de| d['’](?!\w))?"
_APPROXIMATE: dict[str, tuple[int | tuple[int, int], Qualifier]] = {}
for _noun, _value in _ROUND_NOUNS.items():
    _elided = _noun.replace("une ", "d['’]une ").replace("un ", "d['’]un ")
    _APPROXIMATE[_noun + _OF] = (_value, Qualifier.ABOUT)  # "une vingtaine de morts": about 20
    _APPROXIMATE[r"plus " + _elided + _OF] = (_value, Qualifier.MORE_THAN)  # "plus d'un millier de blessés"
    _APPROXIMATE[r"près " + _elided + _OF] = (_value, Qualifier.ALMOST)  # "près d'une centaine de morts"
    _APPROXIMATE[r"au moins " + _noun + _OF] = (_value, Qualifier.AT_LEAST)

# one person named by a noun that the engine counts after an article ("un adolescent", "un policier"), for the single
# victim with an age after the noun
_COUNTED_VICTIM = r"adolescente?|garçon|fillette|enfant|bébé|nourrisson|conducteur|piéton|motard|polici(?:er|ère)|gendarme"

# (s35inj2) one named in apposition: a relative after a possessive, a person's name (a given name and a surname or its
# initial), the words of a place's name
_FR_RELATIVE = (
    r"(?:femme|mari|fils|fille|frère|sœur|soeur|père|mère|compagnon|compagne|conjointe?|époux|épouse|amie?|cousine?|neveu"
    r"|nièce|grand-mère|grand-père|belle-mère|beau-père|petit-fils|petite-fille|beau-fils|belle-fille)"
)
# les noms d'une personne nommée après son verbe (verb_first_words)
_FR_VERB_FIRST_NOUNS = (
    r"homme|femme|adolescente?|garçon|fillette|enfant|conducteur|conductrice|passager|passagère|piéton|piétonne|cycliste"
    r"|motard|motocycliste|automobiliste|septuagénaire|octogénaire|retraitée?|ouvrier|ouvrière|victime"
)
_FR_NAME_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,20})"
_FR_NAME = rf"(?-i:{_FR_NAME_WORD}(?: {_FR_NAME_WORD}| [A-ZÀ-ÖØ-Þ]\.){{1,2}})"

# what may stand between a single victim's noun and its verb: an age, a nationality, the vehicle it drove or rode in
# (the age in digits or in words: "Un enfant de sept ans est mort"); the town the victim is from, after its age:
# "Un homme de 24 ans originaire de Créteil a été tué"
# (letters as a class, not \p{L}: the tail scan that finds these victims from their verb reads classes, not properties)
_AGE = r"(?:\d{1,3}|[a-zà-öø-ÿ]{1,12}(?:-[a-zà-öø-ÿ]{1,12}){0,3})"
_VICTIM_AGE = (
    # (or the decade of its age, as Quebec's press writes it: "Un homme dans la cinquantaine a perdu la vie")
    rf"(?:(?: de {_AGE} ans| âgée? de {_AGE} ans|, âgée? de {_AGE} ans,|, \d{{1,3}} ans,"
    r"| dans la (?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|huitantaine|octantaine|nonantaine))"
    r"(?: originaire (?:de |d['’]|du |des )(?-i:[A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ'’-]{0,24}(?: (?-i:[A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ'’-]{0,24}){0,2})?)"
)
_VICTIM_ORIGIN = (
    r" (?:français|française|américaine?|britannique|belge|suisse|allemande?|italienne?|espagnole?|malienne?|israélienne?"
    r"|ukrainienne?|russe|marocaine?|algérienne?|tunisienne?)"
)
# carried to a hospital: "transportées au centre hospitalier", "emmenée à l'hôpital", "conduit dans un centre hospitalier"
_TO_HOSPITAL = (
    r"(?:transporté|emmené|conduit|évacué|transféré|héliporté)e?s? (?:à l['’]|au |aux |vers (?:l['’]|le |un |les )|dans (?:un |le |l['’]))"
    r"(?:hôpital|hôpitaux|centre hospitalier|centres hospitaliers|chu|chuv|clinique)"
)
_VICTIM_VEHICLE = r" (?:du|de la|de l['’]) (?:car|autocar|bus|camion|poids lourd|véhicule|voiture|moto|scooter|tracteur|bateau|train)"
_VICTIM_AFTER = rf"(?:{_VICTIM_AGE}|(?:{_VICTIM_ORIGIN}|{_VICTIM_VEHICLE}){_VICTIM_AGE}?)"
# a relative clause between one victim and its verb: "Un adolescent de 17 ans, qui circulait sans permis, a été placé en
# garde à vue"; or the victim described in apposition: "Le motard, un quadragénaire, a succombé à ses blessures", "La
# victime, une femme de 45 ans, est décédée"
_VICTIM_ASIDE = (
    # (a decimal in the relative clause: "qui présentait un taux d'alcool de 1,8 gramme")
    r", (?:qui (?:[\w'’-]+(?:,\d{1,3})? ){0,11}[\w'’-]+|dont le pronostic vital (?:est|était|reste|restait) engagé"
    # what befell the victim, told as an aside before its verb: "Un piéton de 78 ans, fauché par une camionnette, est
    # décédé", "Le suspect, interpellé mardi, a été écroué"
    r"|(?:fauchée?|percutée?|renversée?|heurtée?|happée?|interpellée?|arrêtée?) (?:[\w'’-]+ ){0,5}[\w'’-]+"
    r"|une? [\w-]{1,20}(?: [\w-]{1,20})?(?: (?:âgée? )?de \d{1,3} ans)?"
    # its harm as an aside, its care the verb: "Le passager, grièvement blessé, a été héliporté vers le CHU"
    r"|(?:grièvement|gravement|légèrement|sérieusement) blessée?),"
)
# the verb of death or injury right after one victim
_VICTIM_HARM = (
    r"(?:est décédée?|est morte?|a succombé|a été tuée?|a été abattue?|a perdu la vie|a trouvé la mort"
    # found dead: "Une jeune femme a été retrouvée morte à son domicile"
    r"|a été (?:retrouvée?|découverte?) (?:morte?|sans vie)"
    r"|a été (?:grièvement |légèrement |gravement |mortellement |sérieusement )?blessée?|a été hospitalisée?"
    r"|a été (?:mortellement )?(?:percutée?|fauchée?|renversée?|happée?)"
    # killed by a blade or blows: "Une femme de 52 ans a été mortellement poignardée"
    r"|a été mortellement (?:poignardée?|frappée?|touchée?|atteinte?)"
    # killed by a blade or blows, "à mort" after the verb: "Un jeune homme de 19 ans a été poignardé à mort"
    r"|a été (?:poignardée?|battue?|frappée?|rouée? de coups|lynchée?) à mort"
    # hit by gunfire, dead or alive (shot_words): "Un homme a été touché par balle à la jambe"
    r"|a été (?:grièvement |gravement |légèrement )?touchée? par (?:une |des |un )?(?:balles?|tirs?)"
    # one arrested: "Un homme a été interpellé et placé en garde à vue", "Le conducteur a été écroué"
    r"|a été (?:mise? en examen et )?(?:interpellée?|arrêtée?|écrouée?|placée? en garde à vue)"
    # critically hurt: "Un homme est entre la vie et la mort après avoir été poignardé"
    r"|est (?:toujours |encore )?entre la vie et la mort"
    # taken in care as an emergency of the first degree: "Un motocycliste a été transporté en urgence absolue vers le CHU",
    # "Le conducteur est en urgence absolue"
    r"|a été (?:transportée?|évacuée?|héliportée?|hospitalisée?|prise? en charge) en urgence absolue|est (?:toujours |encore )?en urgence absolue"
    # care after the victim's harm told in an aside (_VICTIM_ASIDE): "a été héliporté", "a été transporté"
    r"|a été (?:héliportée?|transportée?|transférée?|hospitalisée?|emmenée?|conduite?) (?:vers|à|au|aux|en|dans)\b)"
)

LANGUAGE = LanguageData(
    code="fr",
    name="French",
    decimal_separator=",",
    number_words=_UNITS,
    multiplier_words=_MULTIPLIERS,
    number_joiners=("et",),
    compound_numbers=False,
    not_alone=frozenset({"un", "une"}),
    pair_words=frozenset({"les deux"}),
    scale_words={
        r"millions?|mio\.?|mln": 1_000_000,
        r"milliards?|mds?|mrd": 1_000_000_000,
        r"mille": 1000,
        r"cents?": 100,
    },
    dozen_words={"douzaine": 12, "une douzaine": 12},
    vague_words={
        r"des dizaines(?! de milliers)(?: de| d['’])?|plusieurs dizaines(?! de milliers)(?: de| d['’])?": "dozens",
        r"des [«“\"]\s?dizaines\s?[»”\"](?: de| d['’])?": "dozens",
        r"des centaines(?! de milliers)(?: de| d['’])?|plusieurs centaines(?! de milliers)(?: de| d['’])?": "hundreds",
        r"des dizaines de milliers(?: de| d['’])?": "tens_of_thousands",
        r"des centaines de milliers(?: de| d['’])?": "hundreds_of_thousands",
        r"des milliers(?: de| d['’])?|plusieurs milliers(?: de| d['’])?": "thousands",
        r"des millions(?: de| d['’])?": "millions",
        # without their article after "de": "fait état de dizaines de blessés", "près de centaines de manifestants"
        r"dizaines(?: de| d['’])(?! milliers)": "dozens", r"centaines(?: de| d['’])(?! milliers)": "hundreds",
        r"dizaines de milliers(?: de| d['’])": "tens_of_thousands", r"milliers(?: de| d['’])": "thousands",
        r"plusieurs": "several",
        r"quelques": "a_few",
        # "a few hundred", "einige tausend": "quelques milliers de victimes" is one amount, not "quelques" and "milliers"
        r"quelques centaines(?: de| d['’])?": "a_few_hundred", r"quelques milliers(?: de| d['’])?": "a_few_thousand",
        r"quelques dizaines(?: de| d['’])?": "a_few_dozen",
        r"une poignée(?: de| d['’])?": "a_few",
    },
    qualifiers={
        r"au moins|au minimum|pas moins de|pas moins d['’]|un minimum de": Qualifier.AT_LEAST,
        r"plus de|plus d['’]|au-delà de|au-dessus de|bien plus de|largement plus de|dépassé|dépasse|dépassant|franchi": Qualifier.MORE_THAN,
        # "le bilan dépasse désormais les 5 000 morts", "a franchi la barre des 1 000 morts"
        r"(?:dépasse|dépassent|dépassait|dépassé)(?: désormais| déjà| maintenant)? (?:les|la barre des|le cap des)"
        r"|franchi (?:la barre|le cap|le seuil) des": Qualifier.MORE_THAN,
        r"au plus|au maximum|pas plus de|pas plus d['’]": Qualifier.AT_MOST,
        r"moins de|moins d['’]": Qualifier.LESS_THAN,
        r"environ|quelque|quelques|autour de|approximativement|un peu plus de|aux alentours de|de l['’]ordre de|env\.": Qualifier.ABOUT,
        r"près de|près d['’]|presque|quasiment|pratiquement|à peine moins de": Qualifier.ALMOST,
        r"jusqu['’]à": Qualifier.UP_TO,
    },
    qualifiers_after={
        r"ou plus|et plus|au moins": Qualifier.AT_LEAST,
        r"ou moins": Qualifier.AT_MOST,
        r"environ": Qualifier.ABOUT,
    },
    range_openers=("entre", "de"),
    range_joiners=("à", "et", "ou"),
    range_joiners_after_opener=("et",),
    change_openers=(
        r"(?:passé|passée|passant|grimpé|augmenté|monté|baissé|chuté|révisé|relevé|alourdi|alourdit|aggravé)(?: [\w'’-]+){0,4} de",
    ),
    approximate_nouns=_APPROXIMATE,
    # un nombre de victimes dans le mot: "un double meurtre", "un triple homicide"
    multiplicity_words={
        r"double (?:meurtres?|homicides?|assassinats?)": (2, Qualifier.EXACT, Category.DEATHS, "all"),
        # one person named with an age after a verb of killing in the active: "Une fusillade a tué Julien Marchand, 24
        # ans" (as English "killed Jon Doe, 24", German "tötete den 24-Jährigen"; not the first of a list: "... et Léa Roy")
        rf"(?:a|ont|avait|avaient) (?:tué|abattu)(?= (?-i:\p{{Lu}}[\p{{Ll}}'’-]+(?: \p{{Lu}}[\p{{Ll}}'’-]+){{1,2}}), \d{{1,3}} ans\b(?!,? et\b)(?!, {_OBJECT_NAME}, \d))": (
            1, Qualifier.EXACT, Category.DEATHS, "all"),
        # two or three persons named with their ages after a verb of killing in the active, a list: "Le tireur a abattu Paul
        # Roy, 31 ans, et Léa Roy, 29 ans, dans leur maison", "ont tué Ahmed B., 31 ans, et Karim D., 29 ans" (found from the
        # verb, as the one above: a pattern found from the end of the list would have no literal word to find it by)
        rf"(?:a|ont|avait|avaient) (?:tué|abattu|poignardé|mortellement (?:tué|abattu|poignardé))(?= {_OBJECT_NAME}, \d{{1,3}} ans,? et {_OBJECT_NAME}, \d{{1,3}} ans\b(?!,? et\b))": (
            2, Qualifier.EXACT, Category.DEATHS, "all"),
        rf"(?:a|ont|avait|avaient) (?:tué|abattu|poignardé|mortellement (?:tué|abattu|poignardé))(?= {_OBJECT_NAME}, \d{{1,3}} ans, {_OBJECT_NAME}, \d{{1,3}} ans,? et {_OBJECT_NAME}, \d{{1,3}} ans\b(?!,? et\b))": (
            3, Qualifier.EXACT, Category.DEATHS, "all"),
        # one man or woman the death befell, after "la vie à" ("L'accident a coûté la vie à une femme de 80 ans"; "homme" and
        # "femme" alone count no one after an article: "un homme" opens so many stories; not the first of a list)
        r"(?<=\bla vie à )une? (?:jeune )?(?:homme|femme)(?![\w'’-])(?!(?: de \d{1,3} ans)?,? et\b)": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # one more hurt after one killed, "un autre" alone: "Un homme a été tué par balles et un autre grièvement blessé"
        r"(?<=\bet )une? autre(?= (?:a été |est |a été plus |plus )?(?:grièvement |gravement |légèrement |sérieusement )?blessée?\b)": (
            1, Qualifier.EXACT, Category.INJURIES, "all"),
        # a couple, two persons, before a verb of death: "Un couple de septuagénaires a été retrouvé mort à son domicile"
        r"(?<![\w-])un couple(?: de (?:[\w-]+ ){0,2}?[\w-]+)?(?= (?:a été|est|ont été|sont) (?:retrouvée?s? morte?s?|retrouvée?s? sans vie|tuée?s?|abattue?s?|décédée?s?|morte?s?)\b)": (
            2, Qualifier.EXACT, Category.DEATHS, "all"),
        # one missing person by the noun alone, after a count of the dead: "Les intempéries ont fait trois morts et un disparu"
        r"(?<=\bet )une? disparue?(?![\w'’-])": (1, Qualifier.EXACT, Category.MISSING, "all"),
        r"triple (?:meurtres?|homicides?|assassinats?)": (3, Qualifier.EXACT, Category.DEATHS, "all"),
        # one victim by its noun alone after "au moins", a bound: "Le typhon a fait au moins un mort", "au moins un blessé grave"
        # (before the words without it: the first of the words that match is read)
        r"(?<=\bau moins )une? morte?(?![\w'’-])": (1, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        r"(?<=\bau moins )une? blessée?(?: grave| léger| légère)?(?![\w'’-])(?! (?:est|serait|était)\b| a succombé\b)": (
            1, Qualifier.AT_LEAST, Category.INJURIES, "all"),
        # one victim by its noun alone: "a fait un mort et quatre blessés" ("un", an article, is no count by itself)
        r"(?<![\w-])une? morte?(?![\w'’-])": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # the body of one person: "Le corps sans vie d'un homme de 45 ans a été retrouvé" (not "les corps de deux hommes")
        r"(?<!\b(?:les|des|deux|trois|quatre|cinq) )corps(?: sans vie)?(?= d['’]une? (?!(?:deux|trois|quatre|cinq|\d)\b))": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # one of the injured who died: "Un blessé est décédé à l'hôpital" is one death, no injured (before the next)
        r"(?<![\w-])une? blessée?(?: grave| léger| légère)?(?= (?:est|serait|était) (?:ensuite |plus tard |finalement |depuis )?"
        r"(?:décédée?|morte?)\b| a succombé\b)": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # the death of one injured: "après le décès d'un blessé à l'hôpital" is one death, no injured
        r"(?<=\bdécès d['’])une? blessée?(?: grave| léger| légère)?(?![\w'’-])": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        r"(?<![\w-])une? blessée?(?: grave| léger| légère)?(?![\w'’-])": (1, Qualifier.EXACT, Category.INJURIES, "all"),
        # one more hurt after a count, by an ordinal and a degree of harm: "deux personnes ont été légèrement blessées,
        # une troisième plus grièvement"; or the ordinal the subject of its own verb of injury: "Deux personnes ont perdu la
        # vie et une troisième a été grièvement blessée"
        r"(?<=(?:,|\bet|\bmais) )une? (?:deuxième|seconde?|troisième|quatrième|cinquième|sixième)(?: personne| victime)?"
        r"(?= (?:(?:plus|très|moins|aussi) )?(?:grièvement|gravement|sérieusement|légèrement)\b"
        r"| (?:a été|est) (?:(?:grièvement|gravement|sérieusement|légèrement) )?blessée?\b)": (1, Qualifier.EXACT, Category.INJURIES, "all"),
        # one more dead, an ordinal alone the subject of its own clause after a comma, "et" or "mais": "Trois randonneurs ont
        # été secourus, mais un quatrième a été retrouvé mort", "deux passagers ont été blessés et un troisième a péri"
        r"une? (?:deuxième|seconde?|troisième|quatrième|cinquième|sixième)(?<=(?:,|\bet|\bmais) une? \w+)"
        r"(?= (?:a été|est) (?:(?:retrouvée?|découverte?) (?:morte?|sans vie)|tuée?|décédée?|morte?)\b"
        r"| (?:a|est) (?:péri|succombé|décédée?|mort|morte|perdu la vie|trouvé la mort)\b)": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # one more missing, an ordinal alone: "Trois baigneurs ont été secourus, un quatrième est toujours porté disparu"
        r"une? (?:deuxième|seconde?|troisième|quatrième|cinquième|sixième)(?<=(?:,|\bet|\bmais) une? \w+)"
        r"(?= (?:est|reste|demeure) (?:toujours |encore )?(?:portée? disparue?|introuvable)\b)": (1, Qualifier.EXACT, Category.MISSING, "all"),
    },
    bound_joiners=(r"et", r",", r"mais"),
    or_equal_after=(r"ou égal", r"ou égale"),
    ordinal_before=("le", "du", "au"),
    coordinators=("et", "ou"),
    period_ordinals=False,  # "le 3e", "la 5e édition": a figure before a period after "de" ends a sentence
    month_names=(
        r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre",
        r"janv\.|févr\.|fév\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.",
    ),
    not_count_before=(
        # le modèle d'un avion après son constructeur : « un Boeing 737 », « un ATR 72 » (pas un nombre de personnes)
        r"(?-i:Boeing|ATR|Antonov|Tupolev|Ilyushin|Embraer|Bombardier|Cessna|Fokker|Sukhoi|Douglas|Dash)",
        r"depuis", r"\d{1,2} ?h", r"âgée?s? de", r"âgé", r"n°", r"no\.", r"numéro", r"route", r"vol", r"article", r"chapitre", r"page",
        r"[$€£¥]", r"niveau", r"catégorie", r"covid-", r"covid", r"en", r"l['’]an", r"année", r"guerre mondiale",
        r"(?:pays|ville|capitale|province|région|île|nation|métropole) de", r"populations? de", r"peuplée? de",
        # a road by its number: "sur la D 938", "sur la RN 7", "sur l'A 7" (the article first: no count after "à")
        r"(?:la|l['’]) (?-i:RN|RD|N|D|A)",
        # or by its kind, spelled out: "sur la départementale 934", "sur la route nationale 7", "sur l'autoroute 40"
        r"(?:la|l['’]|route) (?:départementale|nationale)", r"(?:l['’]|d['’])autoroute",
        # the agent of a passive verb of harm is no victim: "La victime a été battue à mort par deux individus", "blessé
        # par trois hommes cagoulés" (as English "by")
        r"(?<=\b(?:tué|blessé|abattu|poignardé|agressé|frappé|battu|attaqué|enlevé|séquestré|percuté|renversé|fauché|visé"
        r"|touché|mordu|tabassé|roué de coups|interpellé|arrêté)e?s?(?: à mort)? )par",
        r"âgés de (?:\d+, )*\d+,?(?: et| ou)?", r"âgés de (?:\p{L}{3,12}, )+(?:\p{L}{3,12},?(?: et| ou))?",  # en lettres : « âgés de trois, cinq et huit ans »
        r"âgés de \d+ à", r"âgés entre", r"âgés entre \d+ et",
        # les contaminés d'une épidémie, aucun bilan : « a tué 112 personnes et contaminé plus de 4000 »
        r"(?:contaminé|infecté)e?s?(?: (?:plus de|près de|environ|quelque|au moins))?",
    ),
    age_after_name=(r"était", r"est", r"a été", r"de(?-i:(?= \p{Lu}))"),
    digits_not_count_before=(r"appartement", r"(?<=, )(?:tous deux|toutes deux|alors)",  # "appartement 38", "tous deux 37"
                             # une chaîne nommée par son numéro : « a affirmé le ministre sur France 2 »
                             r"(?<=\b(?:sur|à|de|selon|par) )(?-i:France)"),
    not_count_after=(
        r"ans", r"an\b", r"mois", r"semaines?", r"jours?", r"heures?", r"h\b", r"minutes?", r"min\b", r"secondes?",
        r"h\d\d", r"gmt", r"utc", r"%", r"pour ?cent", r"points?", r"euros?", r"dollars?", r"francs?", r"cfa", r"€", r"\$",
        r"kilomètres?", r"km", r"mètres?", r"m\b", r"centimètres?", r"cm", r"millimètres?", r"mm", r"degrés?", r"°",
        # (not residents counted by what befell them, also after their place: "Six habitants de l'immeuble ont été hospitalisés")
        r"kg", r"kilos?", r"tonnes?", r"litres?", r"hectares?", r"km/h", r"buts?", r"fois",
        r"majorité", r"minorité", r"partie",  # "dont une majorité de mineurs": a share, no count of one
        # (nor residents whose evacuation is told: "l'évacuation de quelque 15 000 habitants")
        r"(?<!\bévacuation (?:de|d['’]) ?(?:(?:quelque|près de|environ|plus de|au moins) )?[\d\s\u00a0\u202f]{1,12})"
        r"habitants(?!(?: (?:de la |de l['’]|du |des |de )[\w-]+)? (?:ont été|ont dû|ont reçu|sont morts|sont portés|ont fui|ont péri|doivent|devaient|ont trouvé|se retrouvent|sont privés|à évacuer|à quitter))",
        r"e\b", r"er\b", r"ème\b", r"ᵉ", r"-ième", r"ième", r"tiers", r"quarts?", r"dixièmes?",
    ),
    year_context_before=(r"en", r"depuis", r"de", r"à", r"jusqu['’]en", r"avant", r"après", r"l['’]an", r"année", r"début", r"fin", r"mi-", r"été", r"hiver", r"printemps", r"automne"),
    count_context_before=(
        r"(?:passé|grimpé|monté|atteint|élevé|porté|établi|s['’]établit|s['’]élève|s['’]élevait)(?: [\w'’-]+){0,4} (?:à|de)",
        r"(?:bilan|nombre|total|chiffre)(?: [\w'’-]+){0,3} (?:est de|était de|de|à|atteint|s['’]élève à|dépasse)",
    ),
    fraction_words={"demi": (1, 2), "moitié": (1, 2), "quart": (1, 4), "quarts": (1, 4), "tiers": (1, 3)},
    ambiguous_number_words=frozenset({"un", "une", "neuf", "cent"}),
    # (not "l'" after "dont": "Cinq policiers ont été blessés, dont l'un gravement", one of them)
    not_number_before=(r"le", r"la", r"(?<!\bdont )l['’]", r"son", r"sa", r"ce", r"cet", r"cette", r"chaque", r"aucun", r"quel", r"quelle",
                       r"d['’]"),  # "Cinq membres d'une même famille": an article after "de", no count
    category_nouns={
        Category.DEATHS: (
            r"morts?", r"mortes", r"tués", r"tuées", r"décès", r"victimes? mortelles?", r"cadavres?", r"corps",
            r"vies", r"défunts", r"martyrs?", r"personnes tuées", r"bilan", r"bilan humain", r"dépouilles?",
            r"mortellement blessée?s?",  # "le policier a été mortellement blessé": a death, not an injury
        ),
        Category.INJURIES: (r"blessés", r"blessées", r"blessé", r"blessée", r"blessures", r"personnes blessées"),
        Category.ARRESTS: (
            r"arrestations?", r"interpellations?", r"gardes? à vue", r"interpellés", r"interpellées", r"arrêtés",
            r"arrêtées", r"détentions?", r"placés? en garde à vue", r"gardée?s? à vue",  # "Sur les 180 gardés à vue"
            # (not inmates who broke out or rose: "Une centaine de détenus se sont évadés"; nor who died, the verb right after
            # them: "Trois détenus sont morts en détention", as English "detainees died in custody")
            r"détenus(?! (?:se sont|s['’]étaient|ont|avaient) (?:évadés|échappés|enfuis|mutinés|révoltés|pris la fuite|fui)\b)"
            r"(?! (?:sont|étaient|seraient) (?:morts|décédés)\b| (?:ont|avaient) (?:péri|succombé|trouvé la mort|perdu la vie)\b)",
        ),
        Category.TROOPS: (
            # (not the adjective after a thing: "trois opérations militaires", "deux véhicules militaires")
            r"soldats?", r"(?<!\b(?:opérations|sources|véhicules|bases|installations|cibles|positions|convois|exercices|équipements"
            r"|avions|hélicoptères|camps|frappes|tribunaux|manœuvres|dépenses|cargaisons|camions|navires|sites|raids) )militaires",
            r"troupes", r"casques bleus", r"parachutistes", r"hommes", r"effectifs",
            r"gendarmes", r"réservistes", r"forces", r"combattants",
        ),
        Category.MISSING: (r"disparus", r"disparues", r"portés disparus", r"personnes disparues"),
        Category.DISPLACED: (r"déplacés", r"déplacées", r"réfugiés", r"sinistrés", r"sinistrées", r"sans-abri", r"évacués", r"évacuées"),
    },
    category_verbs={
        Category.DEATHS: (
            r"tués?", r"tuées?", r"tuant", r"tue", r"tuent", r"tué", r"morts?", r"mortes?", r"mourir", r"meurent",
            r"(?:sont |est |ont |a )?(?:trouvé|trouvèrent|trouvé) la mort", r"trouvant la mort", r"ont péri", r"a péri", r"péri",
            r"périssent", r"décédés?", r"décédées?", r"décédé", r"abattus?", r"abattues?", r"assassinés?", r"assassinées?",
            r"exécutés?", r"noyés?", r"noyées?", r"massacrés?", r"succombé", r"succombé à (?:leurs|ses) blessures",
            r"perdu la vie", r"coûté la vie (?:à|d['’])", r"coûtant la vie (?:à|d['’])", r"coûte(?:ra|rait)? la vie (?:à|d['’])", r"fait (?:au moins |plus de |près de )?(?:\d[\d\s\u00a0\u202f]* )?morts",
            r"faisant (?:au moins |plus de |près de )?(?:\d[\d\s\u00a0\u202f]* )?morts", r"sans vie", r"retrouvés? morts?",
            r"neutralisés?", r"éliminés?", r"mortellement", r"bilan", r"décès",
            # an army's or a family's dead, the verb before them: "L'armée dit avoir perdu trois de ses hommes", "ont perdu
            # deux enfants" (not what is lost after it: "ont perdu leur maison", "perdu la vie" is its own)
            r"perdu(?!\s+(?:leur|leurs|la|le|les|sa|son|ses|l['’]|de|du|des|d['’]|tout|toute|tous|toutes|connaissance|contact|pied)\b)(?!\s*[a-zà-ÿ'’-]*\s*%)",
            # killed by a blade or blows: "Un jeune homme a été poignardé à mort", "battue à mort"
            r"(?:poignardée?s?|battue?s?|frappée?s?|rouée?s? de coups|lynchée?s?) à mort",
            # the dead by their bodies before the figure: "les corps de douze randonneurs", "les dépouilles de 61 migrants"
            r"corps (?:sans vie )?d(?:e|['’])", r"dépouilles (?:mortelles )?d(?:e|['’])", r"cadavres d(?:e|['’])",
            # the death of a number told by its noun before it: "a confirmé la mort de deux motoneigistes", "le décès de
            # trois patients"
            r"(?<=\b(?:la|le|du|leur|sa) )(?:mort|décès) d(?:e|['’])",
            # the victims an event made are its dead: "L'effondrement du pont a fait 43 victimes" (a weak noun, its
            # own verb only after "fait" and the figure: not "les victimes ont été hospitalisées")
            r"(?<=\bfait (?:au moins |plus de |près de |quelque |environ |une? )?[\w\u00a0\u202f -]{1,25} )victimes",
        ),
        Category.INJURIES: (
            r"blessés?", r"blessées?", r"blessant", r"blesse", r"blessé", r"hospitalisés?", r"hospitalisées?",
            r"soignés?", r"soignées?", r"pris en charge", r"prises? en charge", r"en urgence absolue", r"en urgence relative", r"dans un état grave",
            r"dans un état critique", r"entre la vie et la mort", r"grièvement", r"légèrement", r"transportés? à l['’]hôpital", r"transportées? à l['’]hôpital",
            # taken away in care as an emergency: "Le motocycliste a été transporté en urgence absolue" (the care, its words
            # past the verb's reach; not "évacués en urgence", the displaced)
            r"transportée?s? en urgence(?: absolue| relative)?", r"(?:évacué|héliporté)e?s? en urgence (?:absolue|relative)",
            # carried to a hospital of any name: "ont été transportées au centre hospitalier", "a été emmenée à l'hôpital",
            # "transporté dans un centre hospitalier" (Quebec)
            _TO_HOSPITAL,
            r"intoxiquée?s?",  # "une trentaine d'élèves ont été intoxiqués" (by smoke, gas, food)
            # hit by gunfire, dead or alive (shot_words): "Trois personnes ont été touchées par balles"
            r"touchée?s? par (?:des |une |un )?(?:balles?|tirs?)",
        ),
        Category.ARRESTS: (
            r"arrêtés?", r"arrêtées?", r"interpellés?", r"interpellées?", r"interpellé", r"placés? en garde à vue",
            r"placées? en garde à vue", r"en garde à vue", r"écroués?",
            # (not the noun of inmates: "retenus par des détenus")
            r"détenus?(?<!\b(?:des|les|aux|ces|de|leurs) détenus?)(?! (?:se sont|s['’]étaient|ont|avaient) (?:évadés|échappés|enfuis|mutinés|révoltés|pris la fuite|fui)\b)", r"incarcérés?", r"appréhendés?",
            r"mis en examen", r"interpellations", r"arrestations",
            # « ont été mises en examen » ; « a annoncé l'interpellation de cinq suspects » (comme « the arrest of »)
            r"mises? en examen", r"(?:interpellation|arrestation|mise en examen|placement en garde à vue) d(?:e|['’])",
            # (s36fr2) le nom de la garde à vue avant le nombre : « Les gardes à vue de quatre suspects ont été prolongées »
            # (pas « placés en garde à vue », le verbe ci-dessus)
            r"gardes? à vue(?<!en gardes? à vue) d(?:e|['’])",
        ),
        Category.TROOPS: (
            r"déployés?", r"déployées?", r"déployer", r"déploie", r"déployant", r"envoyés?", r"envoyer", r"envoie",
            r"dépêchés?", r"stationnés?", r"mobilisés?", r"mobilise", r"mobiliser", r"arrivés?",
        ),
        Category.MISSING: (
            r"disparus?", r"disparues?", r"portés? disparus?", r"toujours recherchée?s?",
            r"(?:manquent|manquaient|manque) (?:toujours |encore )?à l['’]appel",  # « une dizaine de personnes manquent à l'appel »
            r"(?:restent|reste|sont|est|demeurent|étaient|restaient) (?:toujours )?introuvables?",  # « douze pêcheurs restent introuvables »
            # the trapped are not yet found: "une trentaine de mineurs sont bloqués sous terre"
            r"(?:bloqué|piégé|coincé|enseveli|emmuré)e?s? sous (?:terre|les décombres|les gravats|la neige|la boue)", r"pris au piège",
            # le verbe actif avant son nombre : « l'effondrement a fait huit morts et a piégé des dizaines de personnes »
            r"(?:a|ont|avait|avaient) (?:piégé|coincé|enseveli)",
            # ceux que les secours cherchent encore, le verbe juste avant le nombre : « les secouristes recherchent encore une
            # douzaine de personnes » (pas « la police recherche deux suspects » : seulement les secours)
            r"recherch\w+(?: encore| toujours)?(?=$)(?<=\b(?:secouristes|sauveteurs|secours|plongeurs|pompiers|équipes de secours)"
            r"(?: [\w-]+){0,3} recherch\w+(?: encore| toujours)?)",
        ),
        Category.DISPLACED: (
            r"déplacés?", r"déplacées?", r"évacués?", r"évacuées?", r"fui", r"ont fui", r"contraints? de fuir",
            r"jetés? sur les routes", r"sans abri", r"sinistrés",
            # the homeless as their own verb, as the displaced are: "12 morts et des milliers de sans-abri"
            r"sans-abri", r"sinistrées?", r"privée?s? de (?:toit|logement)", r"relogée?s?",
            # "a contraint 600 personnes à quitter leur domicile", "ont dû quitter leurs maisons"
            r"(?:à|dû|de) (?:quitter|évacuer) (?:leur|leurs|son|ses) (?:domiciles?|maisons?|logements?|foyers?|habitations?)",
            r"(?:reçu l['’]ordre|sommée?s?|contrainte?s?|obligée?s?) d['’]évacuer",  # "4 000 habitants ont reçu l'ordre d'évacuer"
            # the object of a call or a cause: "Les autorités ont appelé 40 000 habitants à évacuer"
            r"à évacuer(?<=\b(?:appel[ée]e?s?|appellent|appelait|invit[ée]e?s?|exhort[ée]e?s?|pouss[ée]e?s?|contraint|forcée?s?|obligée?s?)"
            r" (?:[\w'’-]+ ){1,5}à évacuer)",
            # "30 000 personnes ont trouvé refuge dans des centres d'évacuation" (un lieu d'accueil nommé, pas un abri d'un tir)
            r"(?:trouvé|cherché) (?:refuge|abri) dans (?:des|les) (?:centres d['’](?:évacuation|hébergement|accueil)|abris|gymnases)",
            # the noun before its figure, as English "forced the evacuation of": "a entraîné l'évacuation de 1 200 personnes"
            r"l['’]évacuation (?:de|d['’])",
        ),
    },
    toll_cues={
        Category.DEATHS: (
            r"(?:le |un )?bilan(?: humain| officiel| provisoire| total)?", r"nombre (?:de|des) (?:morts|victimes|tués|décès)",
            # the death of people counted by another noun: "après le décès de trois blessés à l'hôpital"
            r"(?:le |du |au )?décès d(?:e|['’])",
            # the dead among whom a part is told, as German "unter den Opfern": "Parmi les victimes figurent cinq enfants"
            # (after a toll of the injured, the victims are those injured: category.toll-before-figure yields)
            r"parmi les (?:morts|tués|victimes)",
        ),
        Category.PARTICIPANTS: (
            r"(?:la |une )?foule", r"(?:nombre|chiffre) (?:de|des) manifestants", r"participation",
            # "Les manifestants étaient 3 500 selon la police": the crowd counted with a copula
            r"(?:les )?(?:manifestants|protestataires|grévistes) (?:étaient|sont|seraient|étaient au moins)",
            # "Les manifestants, au nombre de 5 000, ont défilé": the crowd counted after its noun
            r"(?:manifestants|manifestantes|protestataires|grévistes|participants),? (?:étaient |sont )?au nombre d(?:e|['’])",
        ),
    },
    group_words={
        "protesters": (
            r"manifestants?", r"manifestantes?", r"protestataires", r"émeutiers?", r"pilleurs", r"militants?",
            r"contestataires", r"participants", r"grévistes", r"casseurs", r"partisans", r"criminels armés",
        ),
        "security_forces": (
            r"forces de l['’]ordre", r"forces de sécurité", r"policiers?", r"policières?", r"agents(?: de police)?",
            r"gendarmes?", r"militaires", r"soldats?", r"membres des forces de (?:l['’]ordre|sécurité)", r"gardes-frontières",
            r"membres des forces de l['’]ordre", r"pompiers",
            # the men an army or a commander lost: "L'armée dit avoir perdu trois de ses hommes"
            r"hommes(?<=\bperdu (?:[\w-]+ ){1,3}de (?:ses|leurs) hommes)",
            r"gardiens(?: de prison)?", r"surveillants(?: pénitentiaires| de prison)?", r"agents pénitentiaires",  # "trois gardiens ont été tués"
            # (the noun phrase read is four words: "Onze membres des forces de l'ordre" is read to "de")
            r"membres des forces(?! (?:rebelles|démocratiques|armées rebelles|de soutien rapide)\b)",
        ),
        "civilians": (
            r"civils?", r"civiles?", r"femmes", r"journalistes?", r"passants", r"habitants", r"villageois", r"pèlerins",
            r"fidèles", r"élèves", r"étudiants?", r"touristes", r"passagers", r"patients", r"agriculteurs", r"pêcheurs",
            r"migrants", r"réfugiés", r"médecins", r"infirmiers", r"humanitaires", r"travailleurs humanitaires",
            r"ouvriers", r"spectateurs",
            # miners by trade, not minors by age: neither a part told by age after a whole of people ("45 personnes
            # interpellées, dont 12 mineurs"), who are minors
            r"(?<!\b(?:dont|parmi eux|parmi elles|parmi lesquels|notamment|figurent|figuraient) (?:[\w-]+ ){1,3})mineurs(?! de)", r"supporters",
        ),
        "children": (r"enfants?", r"bébés?", r"nourrissons?", r"mineurs", r"fillettes?", r"garçons?", r"filles", r"adolescents?", r"adolescentes?", r"écoliers", r"écolières"),
        "foreign_troops": (
            r"troupes étrangères", r"soldats étrangers", r"casques bleus", r"soldats de la paix", r"troupes de maintien de la paix",
            r"force de maintien de la paix", r"contingent",
        ),
        "attackers": (
            r"jihadistes?", r"djihadistes?", r"terroristes?", r"assaillants?", r"insurgés?", r"rebelles?", r"hommes armés",
            r"bandits?", r"combattants?", r"militants islamistes", r"islamistes?", r"kamikazes?", r"auteurs de l['’]attaque",
            r"tireurs?", r"séparatistes?", r"agresseurs?",  # "L'agresseur a été abattu", like "the attacker"
        ),
    },
    # « Douze mineurs ont été placés en garde à vue » : arrested, they are minors, not miners (group.sense-of-category)
    group_senses={Category.ARRESTS: {r"mineurs": "children"}},
    person_words=(
        # (not the adjective of cases: « 3200 cas suspects et 47 décès », no count of people)
        r"personnes?", r"gens", r"individus?", r"hommes", r"habitants", r"résidents", r"victimes", r"suspects?(?<!\bcas suspects?)",
        r"adultes", r"citoyens", r"ressortissants", r"détenus", r"prisonniers", r"survivants", r"autres",
        r"occupants", r"conducteurs?", r"automobilistes", r"piétons?", r"cyclistes", r"motards?", r"ouvriers",
        r"familles?", r"proches", r"voyageurs", r"secouristes?", r"sapeurs-pompiers", r"jeunes", r"étrangers",
        # who the mountain, the sea or a workplace counts: "les corps de douze randonneurs"
        r"randonneu(?:r|rs|se|ses)", r"alpinistes?", r"grimpeu(?:r|rs|se|ses)", r"skieu(?:r|rs|se|ses)", r"promeneu(?:r|rs|se|ses)",
        r"baigneu(?:r|rs|se|ses)", r"plongeu(?:r|rs|se|ses)", r"membres", r"salariés", r"employés", r"riverains",
        r"collègues", r"amis", r"voisins", r"camarades",  # "deux de ses collègues", like "colleagues", "friends"
        r"frères", r"sœurs", r"cousin(?:e?s)", r"travailleu(?:rs|ses)",  # "Deux frères ont été blessés", like "brothers", "workers"
        r"marins(?:-pêcheurs)?", r"plaisanciers", r"navigateurs",  # who the sea counts: "Deux marins ont péri", "trois plaisanciers"
        r"opposants",  # "Au moins 120 opposants ont été arrêtés"
        # a man or a woman the last of a list, after "et" (alone, "homme" and "femme" count no one: "un homme" opens so many
        # stories): "Trois hommes et une femme ont été interpellés", "Deux enfants et un homme ont été blessés"
        r"(?:femme|homme)(?<=\bet une? (?:femme|homme))",
    ),
    unit_words={
        "aircraft": (r"avions?", r"hélicoptères?", r"drones?", r"vols?", r"appareils?"),
        "checkpoints": (r"points de contrôle", r"barrages?", r"check-points?"),
        "hostages": (r"otages?",),
        "rescuers": (r"secouristes", r"sauveteurs", r"sapeurs-pompiers", r"pompiers", r"personnels? de secours", r"équipes de secours"),
        "vehicles": (r"véhicules?", r"voitures?", r"chars?", r"camions?", r"bus"),
    },
    unit_verbs={
        "hostages": (r"enlevés?", r"enlevées?", r"kidnappés?", r"kidnappées?", r"pris en otage", r"prises en otage", r"retenus en otage",
                     # those still held: "129 restent captives à Gaza", "dont 100 sont toujours retenus"
                     r"(?:restent|sont|demeurent|seraient) (?:toujours |encore )?(?:captifs|captives|retenus en otage|retenues en otage)",
                     # the verb before the figure, "en otage" after its noun: "Le forcené retenait trois personnes en otage"
                     r"en otages?(?<=\b(?:retient|retenait|retiennent|retenaient|retenu|détient|détenait|détiennent|détenaient|pris|prend|prennent)"
                     r" (?:[\w'’-]+ ){1,4}en otages?)"),
    },
    participant_verbs=(
        r"manifesté", r"manifestaient", r"manifestent", r"manifester", r"défilé", r"défilaient", r"défilent",
        # the verb after its auxiliary, right after a bare figure: "Quelque 2 000 ont manifesté", "12 000 avaient défilé"
        r"(?:ont|avaient) (?:manifesté|défilé|marché|pris part|participé|battu le pavé)",
        r"réunie?s?",  # "La mobilisation a réuni 12 000 personnes"
        r"rassemblés?", r"rassemblées?", r"descendus? dans la rue", r"descendues? dans la rue", r"pris part",
        r"participé", r"ont attaqué", r"pris d['’]assaut", r"ouvert le feu",
        # a crowd that an event drew: "Le rassemblement a attiré 5 000 personnes", "Le cortège a drainé 3 000 personnes"
        r"attiré", r"drainé",
        # "Ils étaient plus de 5 000 à défiler": the crowd counted with a copula, its verb after "à"
        r"à (?:défiler|manifester|marcher|protester|battre le pavé|se rassembler|descendre dans la rue|participer)",
        # a crowd counted by whoever counts it, before the figure: "La CGT a revendiqué 1,2 million de manifestants",
        # "Les syndicats ont compté 500 000 manifestants" (only before a noun of protesters: not "a recensé 30 victimes")
        r"(?:a|ont|avait|avaient) (?:revendiqué|compté|recensé|dénombré|comptabilisé)(?= (?:au moins |plus de |près de |quelque |environ )?"
        r"[\d\s\u00a0\u202f,.]+(?:millions? (?:de )?)?(?:manifestants|participants|grévistes|protestataires)\b)",
    ),
    # "Ils étaient 5 000 selon la préfecture", "Elles étaient 800 dans les rues de Rennes" (category.crowd-copula)
    crowd_copulas=(r"(?:ils|elles) (?:étaient|sont|seraient)",),
    crowd_sites=(r"dans (?:les|la) rues?", r"sur le pavé", r"dans le cortège", r"devant (?:la|le|l['’])"),
    subset_cues=(
        r"dont", r"parmi lesquels", r"parmi lesquelles", r"parmi eux", r"parmi les morts", r"y compris", r"notamment",
        r"parmi les victimes",  # "Parmi les victimes figurent douze enfants": a part of the toll told before
        # the part told by a copula: "Deux personnes, dont l'une était un adolescent, ont été blessées" (English "one of whom was")
        r"dont l['’]une? (?:était|est|étaient)",
    ),
    subset_cues_after=(r"d['’]entre eux", r"d['’]entre elles", r"parmi eux", r"parmi elles",
                       # « un des blessés est décédé » : une part d'un tout nommé par son atteinte
                       r"des (?:morts|blessés|victimes|tués)"),
    further_words=(r"autres", r"supplémentaires", r"de plus"),
    plural_auxiliaries=(r"ont été", r"avaient été", r"sont", r"étaient", r"auraient été"),
    singular_auxiliaries=(r"a été", r"avait été", r"est", r"était", r"aurait été"),
    uncounted_words=(r"à naître",),
    # « 14 mineurs sont portés disparus, dont neuf ont été secourus » : une partie secourue ne compte pas le sort de son tout
    uncounted_verbs=(r"secourue?s?", r"sauvée?s?", r"sortie?s? vivante?s?", r"retrouvée?s? vivante?s?", r"mise?s? à l['’]abri"),
    unharmed_nouns=(r"survivants?", r"survivantes?", r"rescapée?s?", r"indemnes?",  # « ses trois passagers sont indemnes »
                    r"choquée?s?", r"impliquée?s?",
                    r"secourue?s?", r"sauvée?s?"),  # "3 morts, 36 personnes ont été secourues": rescued, no toll  # "30 personnes choquées": in shock, of no toll (the firemen's term)
    side_cues=(r"du côté des?", r"parmi les", r"dans les rangs des?"),
    speech_verbs=(
        r"a indiqué", r"ont indiqué", r"indique", r"indiquent", r"a annoncé", r"ont annoncé", r"annonce", r"annoncent",
        r"a déclaré", r"ont déclaré", r"déclare", r"a affirmé", r"ont affirmé", r"affirme", r"affirment",
        r"a rapporté", r"ont rapporté", r"rapporte", r"rapportent", r"a précisé", r"ont précisé", r"précise", r"précisent",
        r"a confirmé", r"ont confirmé", r"confirme", r"a fait état de", r"ont fait état de", r"fait état de", r"font état de",
        r"a dit", r"ont dit", r"dit", r"a ajouté", r"ont ajouté", r"ajoute", r"a expliqué", r"explique", r"a assuré", r"assure",
        r"a communiqué", r"a recensé", r"ont recensé", r"recense", r"a dénombré", r"dénombre", r"a comptabilisé", r"a rapporté",
        r"a signalé", r"signale", r"(?:avait|avaient) (?:annoncé|indiqué|déclaré|affirmé|rapporté|précisé)",
        # "font état d'au moins 164 morts": the verb ends before "de"/"d'" (the figure's own words)
        r"(?:a|ont|avait|avaient) fait état", r"(?:fait|font|faisait|faisaient) état", r"a publié", r"a estimé", r"estime", r"a annoncé", r"a écrit", r"a tweeté",
        r"a informé", r"selon qui", r"a relevé", r"a souligné", r"souligne", r"a déploré", r"déplore", r"a évoqué", r"évoque",
        r"a avancé", r"avance", r"a chiffré", r"chiffre",
        # « a fait savoir la préfecture du Rhône »
        r"(?:a|ont|avait|avaient) fait savoir", r"(?:fait|font) savoir",
        # the plural and the pluperfect of the verbs above: "des secouristes ont évoqué des centaines de morts"
        r"(?:ont|avait|avaient) (?:évoqué|avancé|chiffré|signalé|dénombré|comptabilisé|recensé|estimé|souligné|publié|"
        r"communiqué|expliqué|assuré|relevé|déploré|écrit|tweeté|informé)",
        # the present plural of the verbs above: "des ONG évoquent plus de 50 victimes", "les secouristes dénombrent 40 morts"
        r"(?:évoqu|avanc|chiffr|signal|dénombr|comptabilis|recens|estim|soulign|déplor|assur|expliqu)ent",
        # who owns up to a toll: "Le gouvernement a reconnu la mort de 12 personnes", "les autorités reconnaissent 40 morts"
        r"(?:a|ont|avait|avaient) reconnu", r"reconna[iî]t", r"reconnaissent",
        # who counted a crowd says the figure: "La CGT a compté 20 000 manifestants"
        r"(?:a|ont|avait|avaient) compté",
        # who claims a crowd says it, only before the crowd (not "a revendiqué l'attentat"): "La CGT a revendiqué 150 000 manifestants"
        r"(?:a|ont|avait|avaient) revendiqué(?= (?:au moins |plus de |près de |quelque |environ )?"
        r"[\d\s\u00a0\u202f,.]+(?:millions? (?:de )?)?(?:manifestants|participants|grévistes|protestataires)\b)",
    ),
    according_to=(
        r"selon", r"d['’]après", r"de source (?:policière|militaire|médicale|hospitalière|sécuritaire|officielle|locale|gouvernementale|judiciaire)",
        r"selon (?:les chiffres|un bilan|un communiqué|les données|le bilan|un décompte|le décompte|des chiffres|les informations) (?:de|du|des|d['’])",
        # « d'après un décompte de l'AFP », « d'après le bilan de la préfecture » : comme après « selon »
        r"d['’]après (?:les chiffres|un bilan|un communiqué|les données|le bilan|un décompte|le décompte|des chiffres|les informations) (?:de|du|des|d['’])",
        # "selon le dernier décompte du gouvernement", "d'après un nouveau bilan provisoire de la préfecture"
        r"(?:selon|d['’]après) (?:le|un|les|des|ce) (?:dernier|nouveau|nouvel|premier|précédent|derniers|nouveaux|premiers) "
        r"(?:bilan|décompte|chiffres?|communiqué|point(?: de situation)?)(?: (?:provisoire|officiel|officiels))? (?:de|du|des|d['’])",
        r"de sources? (?:policières|militaires|médicales|hospitalières|sécuritaires|officielles|locales)",
        # "a-t-on appris de source proche de l'enquête": a source that names no one but the inquiry it is close to
        r"(?:de|selon une|selon des|d['’]après une|d['’]après des) sources? proches? (?:de l['’]enquête|du dossier|des enquêteurs)",
        r"a en croire", r"à en croire",
        # "selon un nouveau bilan communiqué mercredi par le ministère": the source after its figures' verb
        r"(?:selon|d['’]après) (?:un|le|ce|des|les) (?:(?:nouveau|dernier|premier|précédent|nouvel) )?(?:bilan|décompte|chiffres?)"
        r"(?: (?:provisoire|officiel|officiels))? (?:communiqué|publié|établi|diffusé|fourni|annoncé|rendu public|rapporté|relayé|transmis|donné)s?"
        r"(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|dans la soirée|dans la matinée|\w+ soir|\w+ matin))? par",
        # "a-t-on appris auprès de la gendarmerie", "apprend-on auprès des secours"
        r"(?:appris|apprend-on) auprès (?:de la|de l['’]|du|des|de|d['’])",
    ),
    according_to_after=(r"chiffres", r"données"),  # not "sources": « ont indiqué à l'AFP des sources sécuritaires »
    citing=(r"citant", r"relayant"),
    # "des sources hospitalières citées par l'AFP": the source before, its relayer after
    cited_by=(r"cit[ée]e?s? par", r"relay[ée]e?s? par",
              # "selon un bilan des autorités rapporté par l'agence MAP": a medium after, the relayer
              r"rapport[ée]e?s? par(?= (?:l['’]|la |le |les )?(?:agence|quotidien|journal|télévision|chaîne|radio|médias?|presse)\b)"),
    self_attribution=(r"selon (?:ses|leurs) propres chiffres", r"selon (?:son|leur) propre décompte", r"selon (?:ses|leurs) chiffres"),
    speaker_nouns=(
        # un témoin par son métier : « Des hommes armés ont enlevé 287 élèves, a indiqué un enseignant » (« a teacher said »)
        r"enseignante?s?",
        # le chef d'une alliance ou d'un organisme : « a déclaré le secrétaire général de l'Otan »
        r"secrétaires?(?:[- ]générale?s?)?",
        r"ministère(?: de l['’]intérieur| de la santé| de la défense)?", r"ministres?", r"autorités", r"responsables?",
        r"gouvernement", r"police", r"gendarmerie", r"télévision(?: d['’]état| publique| nationale)?", r"chaîne", r"agence",
        r"porte-parole", r"président", r"présidence", r"médias(?: d['’]état| officiels| locaux)?", r"journal", r"quotidien",
        r"armée", r"état-major", r"commandement", r"secouristes", r"pompiers", r"sapeurs-pompiers", r"gouverneur", r"maire",
        r"préfet", r"préfecture", r"procureur", r"parquet", r"hôpitaux?", r"médecins?", r"militants", r"observatoire",
        r"organisations?", r"alliance", r"opposition", r"parti", r"comité", r"services?", r"conseil", r"commission",
        r"onu", r"nations unies", r"témoins?", r"habitants", r"journalistes?", r"correspondants?", r"reporter", r"kremlin",
        r"[ée]lysée", r"administration", r"sources?", r"groupe", r"ong", r"mission", r"responsable", r"chef",
        r"dirigeants?", r"directeur", r"junte", r"forces", r"marine", r"renseignement", r"ambassade", r"consulat",
        r"tribunal", r"justice", r"mairie", r"municipalité", r"province", r"région", r"entreprise", r"compagnie",
        r"syndicats?", r"organisateurs", r"organisatrices", r"intersyndicale", r"collectif", r"croix-rouge", r"croissant-rouge", r"otan", r"ovks", r"secours",
        r"protection civile", r"officiels", r"ministre", r"agences", r"organismes?", r"officiers?", r"rapport", r"communiqué",
        # "selon les gendarmes", "ont indiqué les enquêteurs": the officers themselves as the source
        r"gendarmes", r"policiers", r"enquêteurs", r"sauveteurs", r"survivants", r"garde-côtes", r"gardes-côtes",
        r"sécurité civile", r"défense civile", r"gouvernorat",
        # « selon la Sécurité routière » (the road-safety office's yearly toll), « selon le cabinet Occurrence » (a
        # firm that counts marchers for the press)
        r"sécurité routière", r"cabinet",
        # « selon le mouvement islamiste Hamas », « selon les rebelles » : un groupe armé qui donne un bilan
        r"mouvement", r"rebelles", r"milices?",
        r"élus?",  # « a indiqué à l'AFP un élu local » : un responsable élu
        r"médiateurs?", r"négociateurs?",  # « ont indiqué les médiateurs » : les intermédiaires d'une trêve
    ),
    speaker_phrases={
        r"chiffres officiels|données officielles|bilan officiel|source officielle|sources officielles": "chiffres officiels",
        r"protection civile": "protection civile",
        r"garde nationale": "garde nationale",  # « selon la garde nationale » (tunisienne), comme « les garde-côtes »
        r"sécurité civile": "sécurité civile",
        r"sécurité routière": "sécurité routière",
        r"défense civile": "défense civile",
        r"source policière|sources policières": "police",
        r"source militaire|sources militaires": "sources militaires",
        r"source médicale|sources médicales|source hospitalière|sources hospitalières": "sources médicales",
        r"source sécuritaire|sources sécuritaires": "sources sécuritaires",
        r"source judiciaire|sources judiciaires": "source judiciaire",
        r"médias d['’]état|médias officiels": "médias d'État",
        r"médias locaux|presse locale": "médias locaux",
        r"témoins": "témoins",
        r"source locale|sources locales": "sources locales",
        r"sources? proches? (?:de l['’]enquête|du dossier|des enquêteurs)": "source proche de l'enquête",
    },
    named_sources={
        r"organisation du traité de sécurité collective": "OTSC",
        r"nations unies": "ONU",
        r"bureau (?:de l['’]onu )?(?:de la|pour la) coordination des affaires humanitaires": "OCHA",
        r"croix-rouge": "Croix-Rouge",
        r"save the children": "Save the Children",
        r"organisation mondiale de la santé": "OMS",
        r"union européenne": "UE",
        r"maison blanche": "Maison Blanche",
        r"médecins sans frontières(?: \(msf\))?": "Médecins sans frontières",
        r"comité pour la protection des journalistes(?: \(cpj\))?": "CPJ",
        r"reporters sans frontières(?: \(rsf\))?": "RSF",
        r"haut[- ]commissariat (?:des nations unies|de l['’]onu) (?:pour|aux) (?:les )?réfugiés(?: \(hcr\))?": "HCR",
        # « l'Observatoire syrien des droits de l'homme (OSDH) », comme « Syrische Beobachtungsstelle für Menschenrechte »
        r"observatoire syrien des droits de l['’]homme(?: \(osdh\))?": "Observatoire syrien des droits de l'homme",
        r"organisation internationale pour les migrations": "Organisation internationale pour les migrations",
        r"santé publique france": "Santé publique France",  # l'agence de santé de l'État
        # un organe de l'État nommé par sa mission, un adjectif national ou « nationale » après le nom : « l'agence
        # turque de gestion des catastrophes », « l'Agence nationale de gestion des catastrophes »
        # (« l'autorité nationale de gestion des catastrophes », comme « the national disaster management authority »)
        r"(?:agence|autorité) (?:[\w-]+ )?de gestion des (?:catastrophes|situations d['’]urgence|urgences)": "agence de gestion des catastrophes",
    },
    speaker_complements=(
        # « le ministère de la Santé », « le parquet de Paris », « le ministère de la Santé du Hamas » : un nom propre
        # « le ministère palestinien de la Santé », « le ministère ukrainien de la Défense » : un adjectif de pays avant
        r"(?:\p{Ll}+(?:iens?|iennes?|éens?|éennes?|ais|aises?|ois|oises?|ains?|aines?|ans?|anes?|ols?|oles?|ecs?|sses?|rcs?|rques?) )?"
        r"(?:de la |de l['’]|du |des |de |d['’])\p{Lu}[\w-]*(?: (?:étrangères|publique|civile|nationale|intérieure))?",
        # « la préfecture de police », « un porte-parole de la police », « l'agence de presse officielle »
        r"(?:de la |de l['’]|du |des |de |d['’])(?:défense des droits (?:de l['’]homme|humains)|police|gendarmerie|presse|armée|santé|défense|intérieur|justice|sécurité civile|"
        r"protection civile|secours|pompiers|hôpital|sapeurs-pompiers|gouvernement|province|région|ville|commune|préfecture|armées|présidence|ministère|diplomatie|(?:[\w-]+ )?de gestion des catastrophes)(?: (?:officielle|nationale|publique|locale|judiciaire))?",
        # « l'Observatoire pour les droits de l'homme » : un corps nommé par sa cause, « pour » et des mots en minuscules
        # (s31french, NAME-POUR-LOWER)
        r"pour (?:les |la défense des )droits (?:de l['’]homme|humains)",
        # « selon les autorités locales » : l'échelon du corps nommé
        r"(?:locales?|locaux|régionales?|régionaux|provinciales?|provinciaux|sanitaires|judiciaires)",
        # « selon la préfecture maritime » : le corps de l'État en mer
        r"maritimes?",
        # « la chaîne publique », « l'agence officielle » : un média de l'État
        r"(?:publiques?|officielles?|nationales?)",
    ),
    referring_nouns=(  # not "le ministère": French names a ministry by its complement ("le ministère de la Santé"),
        # which the engine does not see after the head noun, so a bare "le ministère" would take the last speaker
        r"l['’]organisation", r"l['’]alliance", r"le bloc", r"le groupe", r"l['’]agence", r"l['’]union",
        r"la commission", r"l['’]observatoire", r"la mission", r"le réseau", r"le conseil", r"le comité", r"le bureau",
        r"le service", r"l['’]ong",
    ),
    reported_speech=(
        r"a-t-il dit", r"a-t-elle dit", r"a-t-il ajouté", r"a-t-elle ajouté", r"a-t-il précisé", r"a-t-elle précisé",
        r"a-t-il indiqué", r"a-t-elle indiqué", r"ont-ils ajouté", r"selon le communiqué", r"selon ce communiqué",
        r"précise le communiqué", r"ajoute le communiqué", r"selon ce bilan", r"selon ce même bilan",
    ),
    back_reference=(
        r"(?:c['’]est|ce sont) (?:ce qu['’]a|ce qu['’]ont) (?:indiqué|annoncé|déclaré)", r"ce bilan (?:a été|est) (?:communiqué|publié|annoncé|fourni) par",
        r"ces chiffres (?:ont été|sont) (?:communiqués|publiés|annoncés|fournis) par",
    ),
    articles=(r"le", r"la", r"les", r"un", r"une", r"des", r"du", r"de la", r"de"),
    elided_articles=(r"l", r"d"),
    name_articles=(r"la", r"le", r"les", r"l['’]"),
    unverified_cues=(
        r"(?:n['’]a|n['’]ont|ne peut|ne pouvait|ne pouvaient|n['’]a pas pu|n['’]ont pas pu)(?: pas)? (?:pu )?être (?:vérifiés?|vérifiées?|confirmés?|confirmées?)(?: de (?:manière|façon) indépendante| indépendamment)?",
        r"impossible (?:à|de) (?:vérifier|confirmer)(?: de (?:manière|façon) indépendante)?",
        r"(?:pas|non) (?:pu être )?vérifiés? de (?:manière|façon) indépendante", r"invérifiables?", r"non confirmés?", r"non vérifiés?",
        r"sans qu['’]il soit possible de (?:le |les )?(?:vérifier|confirmer)",
    ),
    correction_cues=(r"revu\w* à la (?:baisse|hausse)", r"corrig\w*", r"erreur technique"),
    retraction_cues=(r"(?:retiré|retire|retirait|retira)\w* (?:\w+ ){0,3}(?:bilan|chiffre|annonce)s?",),
    double_count_cues=(r"compt(?:é|ée|és|ées) deux fois",),
    no_figure_cues=(
        r"(?:n['’]a|n['’]ont) (?:pas |donné |fourni |communiqué |avancé |précisé )?(?:donné |fourni |communiqué |avancé |précisé )?(?:aucun|de) (?:bilan|chiffre|détail)s?",
        r"(?:sans|aucun) (?:bilan|chiffre)(?: officiel)? (?:n['’]a été|n['’]était|disponible|n['’]est disponible)",
        r"(?:on ignore|on ne sait pas|on ignorait|on ne savait pas) combien",
        r"aucun bilan(?: officiel)?(?: n['’]était| n['’]a été| n['’]est)? (?:disponible|communiqué|fourni|publié)",
    ),
    capital_words=(r"dans la capitale", r"à la capitale"),
    nationwide_words=(r"dans tout le pays", r"à travers le pays", r"sur l['’]ensemble du territoire", r"à l['’]échelle nationale", r"dans l['’]ensemble du pays", r"au niveau national"),
    location_prepositions=(
        r"à", r"au", r"aux", r"en", r"dans", r"près de", r"près d['’]", r"dans la région de", r"dans la ville de",
        r"sur", r"autour de", r"aux abords de", r"à proximité de", r"au large de", r"en périphérie de", r"dans le",
        r"dans la", r"dans l['’]", r"au sud de", r"au nord de", r"à l['’]est de", r"à l['’]ouest de",
    ),
    place_inflections={},
    weekdays=_WEEKDAYS,
    relative_days={
        r"aujourd['’]hui": 0, r"hier": -1, r"hier soir": -1, r"la veille": -1, r"avant-hier": -2, r"ce matin": 0,
        r"la semaine dernière": -7, r"la semaine passée": -7, r"il y a deux jours": -2, r"il y a trois jours": -3,
        r"il y a une semaine": -7, r"dans la nuit": -1, r"cette nuit": 0,
    },
    months=_MONTHS,
    date_formats=(r"\d{1,2}(?:er)? (?:{month})(?: \d{4})?",),
    not_as_of_before=(r"depuis(?: le)?", r"à partir du", r"entre le", r"dès le"),
    dateline_sources=("AFP", "Reuters", "AP", "Belga", "ATS", "APS", "MAP", "ANP"),
    abbreviations=frozenset(
        "m mm mme mmes dr pr st ste gén col cdt lt sgt janv févr fév avr juil sept oct nov déc "
        "no n° env etc cf p ex vs".split()
    ),
    foreign_troop_cues=(
        r"étrangers?", r"étrangères?", r"internationaux", r"internationales?", r"casques bleus", r"maintien de la paix",
        r"otan", r"onu", r"otsc", r"coalition", r"alliés", r"multinationale", r"russes?", r"français(?:es)?",
        r"forces? régionales?", r"bloc régional",  # "1 500 soldats de la force régionale"
    ),
    pronouns=(r"il", r"elle", r"ils", r"elles", r"on"),
    subject_verb_object=True,
    adjectives_after_nouns=True,
    np_stop_words=(
        r"lorsque", r"quand", r"après", r"alors que", r"tandis que", r"avant", r"dans", r"à(?! vue\b)", r"au", r"aux", r"en", r"sur",
        r"près", r"pendant", r"lors", r"depuis", r"par", r"avec", r"parce que", r"si", r"qui", r"que", r"dont", r"mais",
        r"selon", r"d['’]après", r"hier", r"aujourd['’]hui", r"cette", r"ce", r"pour", r"sous", r"jusqu['’]", r"durant",
        r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi", r"samedi", r"dimanche", r"a indiqué", r"ont été",
    ),
    name_joiners=frozenset({"de", "du", "des", "pour", "contre", "d'", "de la"}),
    corrected_value_cues=(r"de", r"contre", r"au lieu de", r"au lieu des"),  # "à 212 morts contre 240 annoncés la veille"
    previous_value_cues=(r"contre", r"après", r"au lieu de", r"alors que le précédent bilan faisait état de", r"un précédent bilan faisait état de"),
    figure_needs_known_noun=True,
    part_clause_openers=(r"qui",),  # "dont un adolescent de 17 ans, qui est mort plus tard à l'hôpital"
    relative_pronouns=frozenset({"qui", "que", "dont", "lequel", "laquelle"}),
    seat_speaker_nouns=(
        r"ministères?", r"ministres?", r"gouvernement", r"président", r"présidence", r"kremlin", r"[ée]lysée", r"armée",
        r"junte", r"administration", r"autorités", r"ambassade", r"parlement",
        # "a annoncé le parquet de Paris": the court's seat, not where the figure was counted
        r"parquet", r"procureur", r"procureure",
    ),
    place_modifiers=frozenset(),
    local_names_as_written=False,
    person_suffixes=("eurs", "euses", "iens", "iennes", "ants", "ants", "ents", "istes", "ais", "aises", "ois", "oises", "iers", "ières"),
    demonyms={
        "israélien": "Israel", "israéliens": "Israel", "israélienne": "Israel", "israéliennes": "Israel",
        "palestinien": "Palestinian Territories", "palestiniens": "Palestinian Territories",
        "libanais": "Lebanon", "libanaise": "Lebanon", "syrien": "Syria", "syriens": "Syria", "syrienne": "Syria",
        "irakien": "Iraq", "irakiens": "Iraq", "iranien": "Iran", "iraniens": "Iran", "turc": "Turkey", "turcs": "Turkey",
        "russe": "Russia", "russes": "Russia", "ukrainien": "Ukraine", "ukrainiens": "Ukraine", "ukrainienne": "Ukraine",
        "kazakh": "Kazakhstan", "kazakhs": "Kazakhstan", "kazakhe": "Kazakhstan", "kazakhstanais": "Kazakhstan",
        "américain": "United States", "américains": "United States", "britannique": "United Kingdom",
        "britanniques": "United Kingdom", "français": "France", "française": "France", "allemand": "Germany",
        "allemands": "Germany", "chinois": "China", "malien": "Mali", "maliens": "Mali", "malienne": "Mali",
        "burkinabè": "Burkina Faso", "burkinabés": "Burkina Faso", "nigérien": "Niger", "nigériens": "Niger",
        "nigérian": "Nigeria", "nigérians": "Nigeria", "tchadien": "Chad", "tchadiens": "Chad",
        "éthiopien": "Ethiopia", "éthiopiens": "Ethiopia", "éthiopienne": "Ethiopia",
        "somalien": "Somalia", "somaliens": "Somalia", "somalienne": "Somalia", "kényan": "Kenya", "kényane": "Kenya",
        "congolais": "DR Congo", "camerounais": "Cameroon", "sénégalais": "Senegal", "ivoirien": "Côte d'Ivoire",
        "ivoiriens": "Côte d'Ivoire", "soudanais": "Sudan", "libyen": "Libya", "libyens": "Libya", "tunisien": "Tunisia",
        "tunisienne": "Tunisia", "algérien": "Algeria", "algériens": "Algeria", "marocain": "Morocco", "marocains": "Morocco",
        "égyptien": "Egypt", "égyptiens": "Egypt", "malaisien": "Malaysia", "malaisiens": "Malaysia",
        "malaisienne": "Malaysia", "thaïlandais": "Thailand", "thaïlandaise": "Thailand", "indonésien": "Indonesia",
        "indonésiens": "Indonesia", "indonésienne": "Indonesia", "vietnamien": "Vietnam", "vietnamienne": "Vietnam", "afghan": "Afghanistan", "afghans": "Afghanistan",
        "rwandais": "Rwanda", "burundais": "Burundi", "centrafricain": "Central African Republic",
        "centrafricains": "Central African Republic", "haïtien": "Haiti", "haïtiens": "Haiti",
        "mozambicain": "Mozambique", "mozambicains": "Mozambique", "mozambicaine": "Mozambique",
    },
    weak_nouns=frozenset({"blessés", "blessées", "victimes"}),
    one_victim_nouns=frozenset({"victime"}),
    data_nouns=frozenset({"chiffres", "données", "bilan", "décompte", "statistiques", "communiqué"}),
    owner_after=(
        r"(?:bilan|chiffres?|décompte|données|estimations?|statistiques)(?: (?:provisoire|officiel|officiels|définitif|actualisé))?"
        r" (?:du|de la|des|de l['’]|d['’])",
    ),
    name_prepositions=frozenset({"à", "près", "au"}),
    settlement_nouns=(
        r"(?:la )?(?:ville|localité|commune|village|région|province|district|préfecture|capitale|cité|quartier|camp) (?:de|d['’])",
        r"(?:le )?département (?:de la|de l['’]|du|des|de|d['’])",  # « dans le département du Var »
        r"capitale (?:du|de la|des) [\w-]+,", r"capitale de l['’][\w-]+,",  # « dans la capitale du Soudan, Khartoum, »
    ),
    place_locators=(r"près de", r"près d['’]", r"non loin de", r"dans la région de", r"dans la province de", r"au nord de", r"au sud de", r"à l['’]est de", r"à l['’]ouest de"),
    place_nouns=(r"côtes?", r"littoral", r"frontière", r"région frontalière", r"capitale", r"région", r"province", r"eaux", r"nord", r"sud", r"est", r"ouest", r"territoire"),
    media_words=(
        r"agences? de presse", r"agence(?: de presse)? officielle", r"journal", r"journaux", r"quotidien", r"télévision",
        r"télévision d['’]état", r"chaîne", r"radio", r"médias?", r"presse", r"site d['’]information",
        r"anadolu", r"irna", r"tass", r"ria", r"interfax", r"xinhua", r"afp", r"reuters", r"khabar", r"belga", r"aps",
        r"isna", r"tasnim", r"wafa", r"sana", r"yonhap", r"kyodo", r"bernama", r"mena", r"ina",
    ),
    part_of_number=(r"des", r"sur les", r"sur", r"parmi les"),
    among_whole_cues=(r"(?:(?:figurent|figuraient|figureraient|sont|étaient|seraient|se trouvent|se trouvaient)(?: aussi| également)? )?parmi les",),
    among_whole_openings=(r"parmi les", r"sur les"),  # « Sur les 45 blessés, douze sont dans un état grave », as German "von den"
    set_cues_after=(r"des (?:hommes|femmes|garçons|filles|jeunes|frères|sœurs|amis|élèves)",),
    whole_cues_before=(r"tous les", r"toutes les", r"tous", r"toutes"),
    member_cues_before=(r"était", r"est", r"fut", r"était aussi", r"est aussi"),
    # un bilan sur une période, un autre événement: "depuis le début de l'année", "une précédente attaque"
    # hit by gunfire, dead or alive: "Trois personnes ont été touchées par balles, dont une mortellement"
    shot_words=(r"touchée?s? par (?:des |une |un )?(?:balles?|tirs?)",),
    # des blessés selon leur gravité (figure.piece-by-degree) : "Deux personnes ont été grièvement blessées et quatre légèrement"
    grave_degree_words=(r"grièvement", r"gravement", r"en urgence absolue", r"entre la vie et la mort"),
    light_degree_words=(r"légèrement", r"en urgence relative", r"sans gravité"),
    wound_sites=(r"(?:à la|au|aux|à l['’]) (?:jambes?|bras|mains?|pieds?|genoux?|épaules?|cuisses?|chevilles?|fesses?|hanches?)",),
    survival_words=(r"a survécu", r"ont survécu", r"survit", r"survivent"),
    # le blessé a survécu, dit dans la phrase suivante : « Un homme a été touché par balle. Il a survécu. »
    survived_next_words=(r"(?-i:Il|Elle) a survécu(?! (?:à|au|aux) )",),  # "a été touché par balle mais a survécu"
    care_words=(
        r"hospitalisés?", r"hospitalisées?", r"soignés?", r"soignées?", r"pris en charge", r"prises? en charge", r"dans un état grave", r"dans un état critique",
        r"transportés? à l['’]hôpital", r"transportées? à l['’]hôpital", r"transportée?s? en urgence(?: absolue| relative)?", r"(?:évacué|héliporté)e?s? en urgence (?:absolue|relative)",
        _TO_HOSPITAL,
    ),
    # des personnes nommées avec leur âge, avant un verbe de blessure ou de mort : les noms sont le nombre
    # (le groupe "item") : "Jean Roux, 19 ans, et Paul Marin, 21 ans, ont été blessés"
    # une personne objet d'un verbe de blessure, le verbe d'abord : "blessant grièvement son père" (pas la
    # première d'une liste : "blessant sa femme et ses deux enfants")
    injured_object_words=(
        r"(?:blessant|blessé) (?:grièvement |gravement |légèrement )?(?:son|sa) "
        r"(?:père|mère|fils|fille|frère|sœur|mari|femme|épouse|compagnon|compagne|ami|amie|voisin|voisine|beau-père|belle-mère)"
        r"(?![\w-])(?!,? (?:et|ou)\b)",
    ),
    # (s36fr2, comme l'allemand "verstarb die 81-jährige Frau", l'anglais "arrested the 31-year-old") une personne nommée
    # juste après le verbe de ce qui lui est arrivé, le verbe d'abord : "Après la collision est décédée une femme de 81 ans" ;
    # l'interpellé par son âge : "Les policiers ont interpellé le jeune homme de 22 ans" (pas "le suspect", l'auteur du
    # récit, aucun nombre ; ni le premier d'une liste : "a interpellé l'homme de 30 ans et son frère"). Chaque motif s'ouvre
    # sur le participe, l'auxiliaire lu derrière ("est", "a", "ont" ouvriraient un essai à chacun de ces mots du texte) ;
    # "est mort", "ont arrêté" laissés (VERB-FIRST-MORT : chaque "mort" essayé coûtait 1,5 % de la vitesse)
    verb_first_words={
        Category.DEATHS: (
            r"décédée?(?<=\best décédée?)(?: (?:peu après|ensuite|plus tard|sur le coup|sur place))?"
            r" (?:une?|la|le|l['’])(?:(?<=['’])| )(?:jeune )?(?:" + _FR_VERB_FIRST_NOUNS + r")"
            r"(?: de \d{1,3} ans| âgée? de \d{1,3} ans)?(?![\w-])(?!,? (?:et|ou)\b)",
        ),
        Category.ARRESTS: (
            r"interpellé(?<=\b(?:a|ont) interpellé) (?:la|le|l['’])(?:(?<=['’])| )(?:jeune )?(?:"
            + _FR_VERB_FIRST_NOUNS + r")(?: de \d{1,3} ans| âgée? de \d{1,3} ans)(?![\w-])(?!,? (?:et|ou)\b)",
        ),
    },
    # un verbe de mort avant « à » qui nomme la victime, aucun lieu : « a coûté la vie à un motard » (l'article compte un)
    harmed_before_preposition=(r"co[ûu]t(?:é|ant|e|era|ait) la vie",),
    victim_list_words=(
        r"(?<!, )(?P<item>(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,15}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,15}){1,2})), \d{1,3} ans,?"
        r"(?:(?: et)? (?P<item>(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,15}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,15}){1,2})), \d{1,3} ans,?){1,3}"
        r"(?= (?:ont été|sont) (?:grièvement |légèrement )?(?:blessés|blessées|tués|tuées)\b)",
    ),
    # une personne nommée sans nombre, un verbe de mort ou de blessure juste après : "La victime est décédée",
    # "Le conducteur est mort sur le coup", "La femme a succombé à ses blessures", "L'homme a été grièvement blessé"
    # (pas le dernier d'une liste : "le père et son fils ont été tués" sont deux ; ni l'objet d'un verbe : "a tué la femme")
    single_victim_words=(
        *(
            pattern
            for ahead in ("", _VICTIM_ASIDE)  # its verb right after it, or after a relative clause
            for pattern in (
                # (not an article that is a count of its own before a noun the engine counts and words after it: the next pattern)
                rf"(?:la|le|l['’]|une?(?! (?:jeune )?(?:{_COUNTED_VICTIM}){_VICTIM_AFTER}))(?<!\b(?:et|ou|tué|tuée|blessé|blessée|abattu|abattue|dont|avec) (?:la|le|l['’]|une?))"
                r"(?:(?<=['’])| )(?:jeune )?(?:victime|homme|femme|adolescent|adolescente|garçon|fillette|enfant|bébé|nourrisson"
                r"|conducteur|conductrice|passager|passagère|piéton|piétonne|cycliste|motard|motocycliste|automobiliste|policier|policière|gendarme"
                r"|passant|passante|septuagénaire|octogénaire|sexagénaire|quinquagénaire|quadragénaire|trentenaire|retraité|retraitée|militaire"
                # (one at work or out of doors: "Le chauffeur a été légèrement blessé", "Un randonneur a trouvé la mort")
                r"|chauffeur|ouvrier|ouvrière|randonneur|randonneuse|baigneur|baigneuse|skieur|skieuse|alpiniste|agriculteur"
                # (a young person by the adjective alone: "Un jeune de 17 ans est décédé"; the attacker, of group attackers
                # by group.one-attacker: "Le tireur a été abattu par la police", as English "The gunman was killed")
                r"|jeune|tireur|assaillant|agresseur|forcené|kamikaze)"
                rf"(?:{_VICTIM_ORIGIN}|{_VICTIM_VEHICLE})?{_VICTIM_AGE}?(?={ahead} {_VICTIM_HARM}\b)",
                # one counted by the article before it, words after the noun (an age, a nationality, a vehicle) that keep the
                # article from its verb, so the noun after the article is the count ("Un adolescent de 16 ans a été tué",
                # "Un enfant de 8 ans est mort", "Un policier français a été tué")
                rf"(?<=\b(?:un|une) )(?:jeune )?(?:{_COUNTED_VICTIM}){_VICTIM_AFTER}(?={ahead} {_VICTIM_HARM}\b)",
            )
        ),
        # the victim named in apposition (found from the noun, as English "The victim, Jane Roe, died": a name opens with
        # no literal word, so an aside of a name would open a window at every comma): "La victime, Marie Dupont, est
        # décédée sur place", "La victime, Paul R., 34 ans, a succombé"
        r"victime(?<=\b(?-i:[Ll]a) victime)(?=, (?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,20}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,20}| [A-ZÀ-ÖØ-Þ]\.){1,2})"
        rf"(?:, \d{{1,3}} ans)?, {_VICTIM_HARM}\b)",
        # (s35inj2, comme l'anglais "his wife, 34, was wounded", "Jon Doe, 19, of Elm Park, died", "The boy, Al Roe, 15,
        # died") un proche après un possessif, son âge en apposition : "Sa femme, 34 ans, a été blessée" ; une personne
        # nommée, son âge (et d'où elle vient) en apposition : "Jean Dupont, 19 ans, originaire de Lyon, est décédé" ; un
        # nom, puis un nom propre et un âge : "Le garçon, Lucas M., 15 ans, est mort" (l'âge n'est jamais un nombre)
        rf"(?:sa|son|leur)(?<!\b(?:et|ou|tué|tuée|blessé|blessée|abattu|abattue|dont|avec) (?:sa|son|leur)) {_FR_RELATIVE}"
        rf"(?:, \d{{1,3}} ans,)?(?! a été (?:interpellée?|arrêtée?|écrouée?|placée? en garde à vue))(?= {_VICTIM_HARM}\b)",
        # (the age and the place inside the match, its look-ahead the verb alone: the tail scan finds them from the verb)
        rf"(?<![,&] )(?<!\bet )(?<!\bou )(?<![\w'’-]){_FR_NAME}, \d{{1,3}} ans,"
        r"(?:,? originaire (?:de |d['’]|du |des )[\w'’-]{1,24}(?: [\w'’-]{1,24}){0,2},)?(?= " + _VICTIM_HARM + r"\b)",
        rf"(?:le|la|l['’])(?<!\b(?:et|ou|tué|tuée|blessé|blessée|abattu|abattue|dont|avec) (?:le|la|l['’]))(?:(?<=['’])| )"
        rf"(?:garçon|fillette|adolescente?|enfant|homme|femme|jeune), {_FR_NAME}, \d{{1,3}} ans,(?= {_VICTIM_HARM}\b)",
        # (s36fr2, comme l'anglais "was seriously injured and his pillion passenger died") un proche ou un passager après un
        # blessé, son propre verbe de mort : "Le motard a été grièvement blessé et son passager est mort à l'hôpital" (le
        # blessé n'est pas mort : figure.hurt-then-died cède devant "et son")
        rf"(?:sa|son)(?<=\b(?:blessé|blessée) et (?:sa|son)) (?:{_FR_RELATIVE}|passager|passagère)"
        r"(?= (?:est (?:mort|morte|décédé|décédée)|a été tuée?|a succombé|a péri)\b)",
    ),
    headline_victim_words=(
        r"(?:homme|femme|adolescent|adolescente|enfant|policier|policière)(?= (?:tué|tuée|meurt|blessé|blessée|grièvement blessée?)\b)",
    ),
    # un total de zéro, dit par un verbe ou un nom de blessure : « Personne n'a été blessé », « aucun blessé n'est à
    # déplorer », « l'incendie n'a fait aucune victime » ; pas aucun d'autre ni aucun grièvement (« personne d'autre »,
    # « personne n'a été grièvement blessé »)
    zero_words=(
        r"personne(?= n['’](?:a|ont|avait|est|était) (?:été )?(?!(?:grièvement|gravement|sérieusement|mortellement|encore)\b)"
        r"(?:blessée?|tuée?|morte?|décédée?|touchée?|hospitalisée?|péri)\b)",
        r"aucune?(?= (?:blessée?s?|morts?|décès|victimes?)\b(?! (?:grave|graves|grièvement|supplémentaire|supplémentaires)\b))",
        r"(?<=\bn['’](?:a|ont|avait|avaient) pas fait |\bn['’]y a pas eu |\bn['’]y avait pas eu )de(?= (?:blessés?|victimes?|morts?)\b)",
    ),
    increment_words=(r"autres", r"nouvelles", r"nouveaux", r"supplémentaires", r"de plus"),
    total_after_words=(r"portant", r"porte", r"ce qui porte", r"pour un total de", r"soit un total de"),
    period_tally_cues=(r"depuis le début de l['’]année", r"depuis janvier", r"l['’]an dernier", r"l['’]année dernière",
                       # une part de l'année : « au premier semestre », « au cours des six premiers mois de l'année »
                       r"au (?:premier|second|deuxième) (?:semestre|trimestre)", r"(?:au cours )?des (?:\w+ )?premiers mois de l['’]année",
                       # « depuis le début de l'été », « depuis le début du mois » : un total sur une saison, un mois
                       r"depuis le début (?:de l['’](?:été|hiver|automne)|du printemps|du mois|de la saison)",
                       # le total courant d'une guerre à côté du bilan d'une frappe : « plus de 40 000 morts depuis le
                       # début de la guerre », « depuis l'invasion », « depuis le 7 octobre » (pas « la frappe la plus
                       # meurtrière depuis le début de la guerre » : le rang d'un événement)
                       r"depuis" + _NOT_RANK + r" (?:le (?:début|déclenchement) (?:de la (?:[\w-]+ )?guerre|du conflit|de l['’](?:invasion|offensive)"
                       r"|des (?:hostilités|combats))|l['’](?:invasion|offensive)|le (?:\d{1,2}|1er) (?:" + "|".join(_MONTHS) + r")(?: (?:19|20)\d\d)?(?!\d))"),
    other_incident_cues=(
        r"(?:une|un|l['’]|la|le) (?:autre|précédente?|ancienne?) (?:fusillade|attaque|attentat)",
        # an earlier event named by its year, as English "years ago": "le plus meurtrier depuis celui de 1999, qui avait
        # fait 17 000 morts", "Il y a dix ans, un séisme avait fait 300 morts"
        # (the relative clause of that event: not "Le séisme, le plus meurtrier depuis celui de 1999, a fait 480 morts")
        r"(?:celui|celle) (?:de|d['’]|du) (?:[\w-]+ ){0,2}?(?:19|20)\d\d,? qui (?:avait|avaient)",
        # "le plus meurtrier depuis 1982, où 53 personnes avaient péri": the year's event, told in the pluperfect
        r"depuis (?:19|20)\d\d,? (?:où|lorsque|quand) (?:[\w'’-]+,? ){1,8}?(?:avait|avaient)", r"il(?<=(?-i:I)l) y a (?:[\w-]+ )?(?:ans|années|décennies),",
        # (a time opening its sentence, "Il" capitalised, the literal first for the scan's gate: not "depuis son
        # apparition il y a deux ans, selon l'OMS", a tally)
        # a page's pointer to another of its stories, a headline after a label: "À lire aussi : Deux morts dans un
        # accident sur l'A7", "Sur le même sujet - ..." (not "une autre fusillade", read above)
        r"(?:lire aussi|voir aussi|sur le même sujet|(?:articles?|contenus?) (?:liés?|associés?))(?=[ \u00a0]*(?:[:|–—]|-[ \u00a0]))",
    ),
    parent_of=(r"(?:grand-)?(?:père|mère|parents) de",),  # "père de trois enfants"
    # ceux qui ont tiré, policiers aussi : « Deux policiers ont tiré sur l'homme, qui a été touché »
    firing_verbs=(r"ont ouvert le feu", r"ont tiré (?:\w+ )?sur", r"ont riposté", r"ont fait feu"),
    attacker_verbs=(r"ont ouvert le feu", r"ont fait irruption", r"ont tiré sur"),
    initial_report_cues=(r"(?:initialement|dans un premier temps|d['’]abord) (?:annoncé|évoqué|fait état|rapporté|signalé)", r"il était d['’]abord question",
                         # the verb first: « au lieu de 13 annoncés dans un premier temps »
                         r"(?:annoncé|évoqué|rapporté|signalé|avancé)e?s? (?:initialement|dans un premier temps|d['’]abord|précédemment|auparavant|plus tôt)",
                         # un bilan antérieur, dépassé depuis : « Un précédent bilan faisait état de 45 morts »
                         r"(?:un |le )?(?:précédent|premier) bilan (?:faisait|avait fait) état",
                         # des premières informations dites fausses : « les premières informations faisant état de 14 morts
                         # étaient erronées », « les premiers bilans évoquant cinq morts se sont révélés faux »
                         r"(?:(?:premières|précédentes) (?:informations|annonces)|(?:premiers|précédents) "
                         r"(?:bilans|rapports|chiffres))(?=[^.;:!?]{1,80}?\b(?:erronée?s?|fausse?s?|faux|inexacte?s?|infondée?s?|exagérée?s?)\b)"),
    harm_negations=(r"pas", r"n['’]ont pas été", r"n['’]a pas été", r"ni", r"aucun", r"sans être"),
    nationwide_before=(r"dans tout(?:e)?", r"partout en", r"partout au", r"à travers"),
    # la cause de l'atteinte d'une partie dite par l'article : « dont un par un tir de mortier » (engine/part_cause.py)
    part_cause_openers=(r"par(?! (?:jour|nuit|semaine|mois|an|heure)\b)",),  # (pas un rythme : « dont un par jour »)
    part_place_before=(r"dont", r"rien qu['’]", r"rien que", r"notamment", r"surtout"),
    part_place_after=(r"à (?:elle|lui) seule?",),
    settlement_nouns_after=(r"province", r"county"),  # « du Westmoreland County » : un comté des États-Unis
    target_prepositions=frozenset({"contre"}),
    owner_prepositions=frozenset({"de", "du"}),
    list_conjunctions=(r"et",),
    # une proposition de ce que l'événement nommé avant a laissé : « plusieurs fusillades depuis le début de l'année, faisant 12 morts »
    result_clause_openers=(r"faisant", r"qui (?:a|ont) fait", r"causant"),
    # "une femme enceinte et ses deux enfants" ; "a été blessé et son passager est mort" : un autre sujet (figure.hurt-then-died)
    list_possessives=(r"ses", r"leurs", r"son", r"sa", r"leur"),
    # one person named by a noun that counts no one alone, then their kin: "Une femme et ses deux enfants ont péri" are
    # three (figure.kin-of-one; "homme", "femme" alone are no person words: "un homme" opens so many stories)
    kin_list_openers=(
        r"(?:une?|la|le) (?:jeune )?(?:femme|homme|mère|père|grand-mère|grand-père|maman|papa)(?: enceinte)? et (?:ses|leurs)",
        # (s36fr2) une personne nommée par un nom qui ne compte pas seul, puis un article compté : "Un adolescent et une femme
        # ont été blessés", "Un homme et une femme ont trouvé la mort" (PAIR-OF-NOUNS-FR sans motif de plus : lu à rebours
        # depuis le chiffre, comme les proches)
        r"(?:une?|la|le) (?:jeune )?(?:femme|homme|adolescente?|garçon|fillette|conducteur|conductrice|passager|passagère"
        r"|piéton|piétonne|cycliste|motard|septuagénaire|octogénaire|retraitée?)(?: de \d{1,3} ans)? et",
    ),
    seat_words=(r"basée?s?", r"installée?s?", r"siégeant"),
    place_abbreviations={"St.": "Saint", "Ste.": "Sainte"},  # « St. Étienne » : Saint-Étienne s'écrit aussi ainsi
    # d'où vient une personne, pas le lieu des faits : « originaire du Mali »
    origin_words=(r"originaires? d(?:e|u|es)", r"originaires? d['’]", r"née?s? (?:à|en|au)"),
    # là où une source leur parlait : « a déclaré aux journalistes à Genève »
    audience_words=frozenset({"journalistes", "presse"}),
    # a French street puts its noun first ("rue de Paris"); streets abroad keep their own word order ("sur Plymouth Avenue")
    # deux rues d'un carrefour, l'une n'étant aucun lieu : « à l'angle de Flamingo et Durango »
    street_corner_words=(r"(?:à l['’]angle|au (?:croisement|coin)|à l['’]intersection) d(?:e|es|u)",),
    street_corner_joins=(r"et",),
    street_words=(r"street", r"avenue", r"road", r"boulevard"),
    contrast_words=(r"tandis que", r"alors que", r"mais", r"quand", r"pendant que"),
    outlet_mentions={
        r"\(afp\)|à l['’]afp|l['’]agence france-presse|l['’]agence france presse": "AFP",
        r"\(reuters\)|à reuters|l['’]agence reuters": "Reuters",
    },
    stopwords=frozenset(
        # no words English or German shares ("des" is German too, "en" and "on" English too, "je" ...);
        # no speaker noun ("autorités"): a stopword is no part of a name
        "le la les du et est une un dans pour sur au aux avec qui que par pas ont été selon ce cette ces "
        "il elle ils elles leur leurs mais ou où plus sont été avait avaient sont lors après depuis tués blessés "
        "selon entre aussi déjà ainsi même encore toujours près environ à été morts personnes "
        "manifestants lundi mardi mercredi jeudi vendredi samedi dimanche hier selon fait blessées tuées".split()
    ),
    origin_kinds={  # minimal: what kind of source a name is (origins.py)
        OriginType.MEDICAL: (r"hôpita(?:l|ux)", r"médecins?", r"secouristes?", r"(?-i:MSF)", r"(?-i:Samu|SAMU|Smur|SMUR)", r"aide médicale urgente",
                             r"sources? (?:médicales?|hospitalières?)"),  # « selon des sources médicales » (speaker_phrases)
        OriginType.UN: (r"(?-i:ONU|HCR|UNICEF|OMS|OCHA)", r"nations unies", r"unicef",
                        r"(?-i:OIM)", r"organisation internationale pour les migrations"),
        OriginType.NGO: (
            r"(?-i:ONG)", r"droits (?:de l['’]homme|humains)", r"croix-rouge", r"croissant-rouge", r"observatoire", r"amnesty",
            r"(?-i:CPJ|RSF|OSDH)",  # « selon l'OSDH » : l'Observatoire syrien des droits de l'homme par son sigle
        ),
        OriginType.PARTY: (r"parti\w*", r"opposition", r"rebelles?", r"milices?", r"hamas", r"hezbollah", r"houthis?"),
        OriginType.STATE_MEDIA: (r"(?:télévision|médias?|radio|chaîne|agence(?: de)?(?: presse)?) (?:d['’]état|publique|officielle|étatique)s?",),
        OriginType.GOVERNMENT: (
            r"gouvernement", r"ministère\w*", r"ministres?", r"autorités", r"police", r"armée", r"militaires", r"président\w*",
            r"kremlin", r"[ée]lysée", r"garde nationale",
            r"premier ministre", r"responsables?", r"préfecture",
            # des organes de l'État qui donnent des bilans : « les garde-côtes », « la protection civile »
            r"garde[- ]côtes?", r"garde côtière", r"protection civile", r"marine", r"(?:sapeurs-)?pompiers", r"justice",
            r"gendarm\w*", r"policiers?", r"enquêteurs", r"parquet", r"procureure?", r"préfet", r"état-major",
            r"agence de gestion des catastrophes", r"santé publique",
            # comme en anglais (governor, mayor, civil defence) : « le gouverneur de la province », « la sécurité civile »
            r"gouverneur", r"gouvernorat", r"maire", r"mairie", r"municipalité", r"sécurité civile", r"défense civile",
            r"sources? judiciaires?",  # « a-t-on appris de source judiciaire » : le parquet, un juge
            r"élus?",  # « un élu local », comme « a local official »
            r"secours",  # « d'après les secours », « les services de secours » : comme « emergency services »
        ),
        OriginType.WITNESS: (r"témoins?", r"habitants?"),
    },
    party_descriptors=(r"(?:le |la |l['’])?(?:parti d['’])?opposition", r"(?:le )?parti"),
    leaders={"tokaïev": "Kazakhstan", "zelensky": "Ukraine", "netanyahou": "Israel", "loukachenko": "Belarus", "poutine": "Russia",
             # the seat of a head of state, as English "Kremlin": « a annoncé l'Élysée »
             "kremlin": "Russia", "élysée": "France", "elysée": "France"},
    origin_aliases={
        "télévision d'état": (_GOV, _SM),
        "télévision d’état": (_GOV, _SM),
        "télévision publique": (_GOV, _SM),
        "télévision nationale": (_GOV, _SM),
        "médias d'état": (_GOV, _SM),
        "médias d’état": (_GOV, _SM),
        "médias officiels": (_GOV, _SM),
        "agence officielle": (_GOV, _SM),
        "agence de presse officielle": (_GOV, _SM),
        # « une organisation de défense des droits de l'homme » : une ONG, pas l'« organisation » (OTSC) des dépêches allemandes
        "droits de l'homme": (AS_STATED, _NGO),
        "droits de l’homme": (AS_STATED, _NGO),
        "droits humains": (AS_STATED, _NGO),
        # not the German "organisation" (the CSTO in the seeds): the UN's migration agency
        "organisation internationale pour les migrations": ("International Organization for Migration", OriginType.UN),
        "ministère de l'intérieur": (_GOV, _G),
        "ministère de l’intérieur": (_GOV, _G),
        "ministère de la santé": (_GOV, _G),
        "ministère de la défense": (_GOV, _G),
        "ministère": (_GOV, _G),
        "autorités": (_GOV, _G),
        "responsables": (_GOV, _G),
        "officiels": (_GOV, _G),
        "chiffres officiels": (_GOV, _G),
        "gouvernement": (_GOV, _G),
        "police": (_GOV, _G),
        "armée": (_GOV, _G),
        "président": (_GOV, _G),
        "présidence": (_GOV, _G),
        "tokaïev": (_GOV, _G),
        "tokayev": (_GOV, _G),
        "bureau du procureur": (_GOV, _G),
        "parquet": (_GOV, _G),
        "otsc": ("CSTO", _MA),
        "organisation du traité de sécurité collective": ("CSTO", _MA),
        "alliance menée par la russie": ("CSTO", _MA),
        "témoins": (AS_STATED, _W),
        "journaliste": (AS_STATED, _W),
        "correspondant": (AS_STATED, _W),
        "croix-rouge": ("Red Cross", _NGO),
        "ong": (AS_STATED, _NGO),
        "médias": (AS_STATED, _IM),
    },
    event_kinds={
        r"fusillades?|tirs?|coups de feu|tireurs?|ouvert le feu|abattus?": "shooting",
        r"collisions?|crash|déraillement|s['’]est écrasé": "crash",
        r"prises? d['’]otages?|otages?|siège": "siege",
        r"manifestations?|manifestants?|émeutes?|émeutiers?|troubles|contestation|soulèvement|rassemblements?": "protest",
        r"séismes?|tremblements? de terre|répliques?": "quake",
        r"attaques?|attentats?|kamikazes?|bombardements?|terroristes?|embuscades?": "attack",
        r"incendies?|feux de forêt|feu": "fire",
        r"inondations?|crues?|pluies (?:torrentielles|diluviennes)": "flood",  # the rain that floods: « les pluies torrentielles »
        r"tempêtes?|ouragans?|cyclones?|typhons?|tornades?": "storm",
        r"accidents?|drames?": "accident",
        r"explosions?|déflagrations?": "explosion",
        r"glissements? de terrain|coulées? de boue|éboulements?|avalanches?": "landslide",
    },
    particulars={
        r"(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}[\p{Ll}'’-]++){1,2}), (?:âgée? de )?\d{1,2} ans": "person",
        r"(?<=(?:mort|meurtre|assassinat) (?:de |d['’]))(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}[\p{Ll}'’-]+){1,2})": "person",
        # the victim named as the object of a charge ("accusé d'avoir tué Julien Marchand", "soupçonné d'avoir abattu ...")
        r"(?<=avoir (?:tué|abattu|assassiné) )(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}[\p{Ll}'’-]+){1,2})": "person",
        r"(?:rue|avenue|boulevard|impasse|allée) (?:de la |du |des |de l['’]|d['’]|de )?(?-i:\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?)": "street",
        # an intersection: two streets side by side ("à l'angle de la rue Garibaldi et du cours Lafayette"): as
        # precise as a house number
        r"(?<=(?:angle|carrefour|croisement) (?:de la |du |de l['’]))(?:rue|avenue|boulevard|cours|impasse|allée) (?:de la |du |des |de l['’]|d['’]|de )?(?-i:\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?) et (?:de la |du |de l['’])(?:rue|avenue|boulevard|cours|impasse|allée) (?:de la |du |des |de l['’]|d['’]|de )?(?-i:\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?)": "address",
        # an address: a house number and its street ("au 12 rue Victor-Hugo", "12, avenue de la République")
        r"\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|boulevard|impasse|allée) (?:de la |du |des |de l['’]|d['’]|de )?(?-i:\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?)": "address",
    },
    victim_ages={
        r"\d{1,3} ans": "year",
        r"\d{1,2} mois": "month",
    },
    venue_kinds={
        r"(?-i:domicile|maison|appartement|logement|pavillon)": "home",
        r"(?-i:bar|boîte de nuit|discothèque|club)": "bar",
        r"(?-i:magasin|commerce|supermarché|station-service|épicerie|centre commercial)": "store",
        r"(?-i:restaurant|café)": "restaurant",
        r"(?-i:école|lycée|collège)": "school",
        r"(?-i:église|mosquée|synagogue)": "worship",
        r"(?-i:parc)": "park",
    },
    subgroup_persons=(r"femmes", r"femme"),
    fatal_cues=(r"mortel(?:le|les|s)?", r"meurtri(?:er|ère|ers|ères)"),
    # (« Rien que dans la province de Taroudant, 452 personnes ... », « dans la seule province de ... »)
    part_place_cues=(r"à elle seule", r"à lui seul", r"rien qu['’]à", r"rien que (?:dans|pour|en|sur)", r"(?:dans|pour) (?:la|le) seule? (?:ville|province|région|commune|département|localité)", r"dont \d[\d\s\u00a0\u202f]* à", r"d['’]entre eux à"),
    revision_cues=(
        r"s['’](?:est|était) (?:encore )?(?:alourdi|aggravé)e?", r"s['’]alourdit", r"(?:a|ont) (?:encore )?(?:grimpé|augmenté)",
        r"(?:revu|révisé|corrigé|abaissé|relevé) (?:\w+ ){0,4}(?:le|son) bilan", r"bilan (?:\w+ ){0,3}(?:revu|révisé|corrigé)",
    ),
    conjunctions=(r"et", r"ou", r"ainsi que", r"mais", r"tandis que", r"alors que"),
    noun_conjunctions=(r"et", r"ou"),
    bare_joiners=(r"et",),
    name_particles=(r"al", r"el", r"ould", r"ag", r"ben", r"ibn", r"Al", r"El", r"Ould", r"Ag", r"Ben"),
    possessive_endings=(),
    unnamed_official_sources=frozenset({"chiffres officiels"}),
    telling_verbs=(
        r"a déclaré à", r"a indiqué à", r"a affirmé à", r"(?:a|ont) (?:précisé|confié|expliqué|raconté) à", r"ont (?:déclaré|indiqué|affirmé) à",
        # the outlet after an inverted subject: "ont indiqué des sources sécuritaires à l'AFP"
        r"à(?<=\b(?:a|ont) (?:indiqué|déclaré|affirmé|précisé|confié|expliqué) (?:[\w'’-]+ ){1,6}à)(?= l['’]|(?-i:[A-Z]))",
    ),
    forces_abroad_words=(
        r"armée", r"militaires?", r"forces armées", r"défense", r"troupes", r"soldats", r"marine", r"aviation",
        r"affaires étrangères", r"état-major", r"pentagone",
    ),
    revising_verbs=(r"a révisé", r"a corrigé", r"ont révisé", r"ont corrigé", r"a revu", r"ont revu",
                    # le passif et son agent : « Le bilan a été corrigé à quatre morts par la préfecture »
                    r"(?:a|ont) été (?:révisée?s?|corrigée?s?|revue?s?) (?:\w+ ){0,6}?par"),
    observation_verbs=(r"a vu", r"ont vu"),
    common_place_words=frozenset({
        "Van", "Metro",
        "Observatoire",  # "selon l'Observatoire syrien des droits de l'homme", not the Paris district
    }),
    # « Hôpital » se place avant le nom (« l'hôpital de Gonesse ») ; après un nom : « Clinic »
    care_names_after=frozenset({"Clinic", "Hospital"}),
    # un lieu nommé d'après une ville, à l'étranger : « à la Hamilton High School », « à la Jordan Arena »
    venue_words_after=frozenset({"High", "School", "Arena", "Stadium"}),
    # un nom au pluriel après « ces », pas le nom d'une ville
    plural_articles=frozenset({"ces"}),
    # un nom de ville après « un » ou « une » est une chose (une voiture : « retrouvés morts dans une Toyota, »)
    indefinite_articles=frozenset({"un", "une"}),
    headline_labels=frozenset({"alerte", "direct", "vidéo", "actualisé", "actualisation", "mise à jour"}),
    # un nombre, pas une anecdote : « un mort », « une personne a été tuée »
    numeral_nouns=(r"mort", r"personne", r"blessée?"),
    # des détenus évadés ne sont pas des déplacés : « 800 détenus ont fui » (category.prisoners-escaped)
    prisoner_nouns=(r"détenue?s?", r"prisonni(?:er|ère)s?"),
    # des soldats remis lors d'un échange de prisonniers ne sont pas un déploiement (category.troops-exchanged ; pas
    # "un échange de tirs")
    exchange_cues=(r"échanges? de (?:prisonniers|captifs|corps|dépouilles)", r"(?:cet|l['’]|un|cet autre) échange(?! de (?:tirs|coups|balles))",
                   r"prisonniers de guerre"),
)
