"""English: number words, qualifiers, and the lexicons of casualty reporting."""

from __future__ import annotations

from ..models import Category, Qualifier
from .base import LanguageData

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

_MULTIPLIERS = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
}

_WEEKDAYS = {
    r"(?:on |since |by |last |early |late |)monday": 0,
    r"(?:on |since |by |last |early |late |)tuesday": 1,
    r"(?:on |since |by |last |early |late |)wednesday": 2,
    r"(?:on |since |by |last |early |late |)thursday": 3,
    r"(?:on |since |by |last |early |late |)friday": 4,
    r"(?:on |since |by |last |early |late |)saturday": 5,
    r"(?:on |since |by |last |early |late |)sunday": 6,
}

LANGUAGE = LanguageData(
    code="en",
    name="English",
    decimal_separator=".",
    number_words=_UNITS,
    multiplier_words=_MULTIPLIERS,
    number_joiners=("and",),
    compound_numbers=False,
    not_alone=frozenset({"a", "an", "zero"}),
    scale_words={
        r"million|mln": 1_000_000,
        r"billion|bn": 1_000_000_000,
        r"thousand": 1000,
        r"hundred": 100,
    },
    dozen_words={"dozen": 12, "score": 20},
    vague_words={
        r"dozens(?: of)?": "dozens",
        r"scores(?: of)?": "scores",
        r"tens of thousands(?: of)?": "tens_of_thousands",
        r"hundreds of thousands(?: of)?": "hundreds_of_thousands",
        r"hundreds(?: of)?": "hundreds",
        r"thousands(?: of)?": "thousands",
        r"millions(?: of)?": "millions",
        r"tens(?: of)?": "tens",
        r"several": "several",
        r"a few|a handful of": "a_few",
    },
    qualifiers={
        r"at least|no fewer than|no less than|a minimum of|not less than|at a minimum": Qualifier.AT_LEAST,
        r"more than|over|upwards of|in excess of|above|well over|just over|north of|greater than": Qualifier.MORE_THAN,
        r"at most|no more than|a maximum of|not more than": Qualifier.AT_MOST,
        r"fewer than|less than|under|below|just under": Qualifier.LESS_THAN,
        r"about|around|some|roughly|approximately|approx\.|an estimated|estimated|circa|ca\.|c\.": Qualifier.ABOUT,
        r"nearly|almost|close to|nigh on|getting on for": Qualifier.ALMOST,
        r"up to|as many as|as much as": Qualifier.UP_TO,
    },
    qualifiers_after={
        r"or more|and more|plus|\+": Qualifier.AT_LEAST,
        r"or so": Qualifier.ABOUT,
    },
    range_openers=("between",),
    range_joiners=("to", "and", "or"),
    month_names=(
        r"january|february|march|april|may|june|july|august|september|october|november|december",
        r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|oct\.?|nov\.?|dec\.?",
    ),
    not_count_before=(
        r"since", r"aged", r"age", r"ages", r"ages? of", r"ages? of \d+ and", r"no\.", r"number", r"route", r"highway", r"interstate",
        r"flight", r"article", r"section", r"chapter", r"page", r"room", r"by", r"until",
        r"[$€£¥]", r"us\$", r"usd", r"eur", r"gbp", r"rs\.?", r"inr", r"class", r"level", r"category",
        r"grade", r"year", r"years", r"covid-", r"covid", r"g", r"f-", r"mig-", r"su-",
    ),
    not_count_after=(
        r"-year-olds?", r"-years-old", r"years? old", r"-month-olds?", r"months? old", r"year", r"years", r"months?",
        r"weeks?", r"days?", r"hours?", r"hrs?", r"minutes?", r"mins?", r"seconds?", r"a\.m\.?", r"p\.m\.?", r"am\b", r"pm\b",
        r"gmt", r"utc", r"percent", r"per cent", r"%", r"percentage points?", r"dollars?", r"euros?", r"pounds?",
        r"cents?", r"rupees?", r"yuan", r"\$", r"kilometers?", r"kilometres?", r"km", r"miles?", r"meters?", r"metres?",
        r"feet", r"foot", r"ft", r"inches", r"degrees?", r"°", r"kg", r"kilograms?", r"tons?", r"tonnes?", r"liters?",
        r"litres?", r"acres?", r"hectares?", r"mph", r"km/h", r"points?", r"goals?", r"runs?", r"times\b", r"-fold",
        r"th\b", r"st\b", r"nd\b", r"rd\b", r"residents(?: in)? total", r"inhabitants", r"population",
        r"'s\b", r"s\b(?! of)", r"-?storey", r"-?story",
    ),
    year_context_before=(r"in", r"since", r"by", r"from", r"until", r"of", r"before", r"after", r"early", r"late", r"mid", r"year", r"summer", r"winter", r"spring", r"autumn", r"fall"),
    category_nouns={
        Category.DEATHS: (
            r"dead", r"deaths?", r"death toll", r"fatalities", r"fatality", r"victims?", r"bodies", r"body",
            r"corpses?", r"lives", r"casualties", r"killings?", r"deceased", r"martyrs?",
        ),
        Category.INJURIES: (r"injured", r"wounded", r"injuries", r"casualties wounded", r"hurt"),
        Category.ARRESTS: (r"arrests?", r"detainees?", r"detentions?", r"prisoners?", r"arrested", r"detained", r"captives?"),
        Category.TROOPS: (
            r"troops", r"soldiers?", r"servicemen", r"service members", r"paratroopers?", r"peacekeepers?",
            r"personnel", r"marines", r"forces", r"fighters?", r"reservists?", r"sailors?", r"airmen",
        ),
        Category.MISSING: (r"missing", r"unaccounted for"),
        Category.DISPLACED: (r"displaced", r"refugees", r"evacuees", r"homeless"),
    },
    category_verbs={
        Category.DEATHS: (
            r"killed", r"dead", r"died", r"die", r"dies", r"dying", r"lost their lives", r"lost his life", r"lost her life",
            r"perished", r"slain", r"shot dead", r"murdered", r"executed", r"drowned", r"burned to death",
            r"were killed", r"was killed", r"died of (?:their|his|her) (?:wounds|injuries)", r"liquidated",
            r"eliminated", r"death toll", r"fatally", r"massacred", r"left dead", r"claimed the lives of",
        ),
        Category.INJURIES: (r"injured", r"wounded", r"hurt", r"hospitali[sz]ed", r"treated in hospital", r"needed treatment", r"suffered injuries"),
        Category.ARRESTS: (
            r"arrested", r"detained", r"held", r"taken into custody", r"in custody", r"rounded up", r"apprehended",
            r"jailed", r"imprisoned", r"locked up", r"booked", r"charged", r"picked up",
        ),
        Category.TROOPS: (r"deployed", r"sent", r"dispatched", r"stationed", r"mobilized", r"mobilised", r"massed", r"arrived", r"based"),
        Category.MISSING: (r"missing", r"unaccounted for"),
        Category.DISPLACED: (r"displaced", r"evacuated", r"fled", r"forced from their homes", r"left homeless"),
    },
    group_words={
        "protesters": (
            r"protesters?", r"protestors?", r"demonstrators?", r"activists?", r"rioters?", r"looters?",
            r"armed criminals", r"anti-government protesters", r"marchers", r"participants",
        ),
        "security_forces": (
            r"security forces?", r"police(?: officers?| officials?)?", r"policemen", r"policewomen", r"officers?",
            r"national guard(?:smen|s)?", r"guardsmen", r"security personnel", r"law enforcement(?: officers)?",
            r"soldiers?", r"troops", r"servicemen", r"border guards?", r"gendarmes?", r"members of the security forces",
        ),
        "civilians": (
            r"civilians?", r"bystanders?", r"women", r"journalists?", r"reporters?", r"passers-by", r"residents",
            r"pilgrims?", r"refugees?", r"medics?", r"doctors?", r"nurses?", r"aid workers?", r"health workers?",
            r"villagers?", r"worshippers?", r"students?", r"workers?", r"tourists?", r"passengers?", r"shoppers?",
        ),
        "children": (r"children", r"child", r"babies", r"baby", r"infants?", r"minors?", r"toddlers?", r"kids?", r"girls?", r"boys?", r"teenagers?"),
        "foreign_troops": (r"foreign troops", r"foreign soldiers", r"peacekeepers?", r"peacekeeping troops", r"coalition troops", r"international troops"),
        "attackers": (
            r"militants?", r"gunmen", r"gunman", r"attackers?", r"assailants?", r"insurgents?", r"rebels?",
            r"terrorists?", r"bandits?", r"jihadists?", r"fighters?", r"extremists?", r"separatists?", r"armed men",
            r"suicide bombers?", r"bombers?", r"suspects?", r"perpetrators?",
        ),
    },
    person_words=(r"people", r"persons?", r"individuals?", r"men", r"man", r"residents", r"inhabitants", r"migrants?", r"miners?", r"inmates?", r"others?"),
    unit_words={
        "aircraft": (r"aircraft", r"planes?", r"helicopters?", r"jets?", r"drones?", r"flights?"),
        "checkpoints": (r"checkpoints?", r"roadblocks?"),
        "vehicles": (r"vehicles?", r"cars?", r"tanks?", r"trucks?", r"buses"),
        "buildings": (r"buildings?", r"houses?", r"homes?"),
    },
    participant_verbs=(r"protested", r"demonstrated", r"gathered", r"marched", r"rallied", r"took to the streets", r"stormed", r"attacked", r"took part", r"joined"),
    subset_cues=(r"including(?: at least)?", r"among them", r"among whom", r"of whom", r"of them", r"of which", r"among the dead", r"among those killed"),
    further_words=(r"other", r"others", r"more", r"another", r"further", r"additional"),
    side_cues=(r"on the side of", r"among(?: the)?", r"from the ranks of"),
    speech_verbs=(
        r"said", r"says", r"say", r"told", r"tells", r"reported", r"reports", r"announced", r"confirmed", r"stated",
        r"put the (?:death )?toll at", r"put the number at", r"put the figure at", r"counted", r"recorded", r"registered",
        r"added", r"wrote", r"tweeted", r"posted", r"claimed", r"estimated", r"gave", r"cited", r"quoted", r"disclosed",
        r"revealed", r"noted", r"stated", r"declared", r"informed",
    ),
    according_to=(r"according to(?: figures from| data from| a statement from| a statement by)?", r"per", r"as per", r"in the words of"),
    according_to_after=(r"figures", r"data", r"sources"),
    citing=(r"citing", r"quoting", r"on the basis of information from"),
    self_attribution=(r"its own figures", r"by its own count", r"according to its own"),
    speaker_nouns=(
        r"\w*ministry", r"ministers?", r"minister", r"authorities", r"officials?", r"government", r"police",
        r"television", r"tv", r"broadcaster", r"agency", r"spokesm[ae]n", r"spokeswoman", r"spokesperson",
        r"president", r"office", r"state media", r"media", r"newspaper", r"army", r"military", r"command",
        r"rescuers", r"firefighters", r"fire department", r"fire service", r"governor", r"mayor", r"prosecutors?",
        r"hospitals?", r"doctors", r"activists", r"monitors?", r"observatory", r"organi[sz]ation", r"alliance",
        r"opposition", r"party", r"committee", r"service", r"council", r"commission", r"united nations", r"u\.n\.",
        r"witnesses", r"residents", r"journalists?", r"correspondent", r"reporter", r"kremlin", r"white house",
        r"pentagon", r"administration", r"sources?", r"group", r"coroner", r"sheriff", r"department",
    ),
    speaker_phrases={
        r"official figures|official data|officials": "officials",
        r"state media": "state media",
        r"local media|media reports": "media reports",
        r"witnesses|eyewitnesses": "witnesses",
        r"medical sources|hospital sources": "medical sources",
        r"security sources": "security sources",
    },
    named_sources={
        r"collective security treaty organi[sz]ation": "CSTO",
        r"united nations": "UN",
        r"red cross": "Red Cross",
        r"world health organi[sz]ation": "WHO",
    },
    referring_nouns=(r"the organi[sz]ation", r"the (?:\w+ )?alliance", r"the (?:military )?bloc", r"the group", r"the agency", r"the ministry"),
    reported_speech=(r"it said", r"he said", r"she said", r"they said", r"it added", r"he added", r"she added", r"the statement said", r"according to the statement"),
    back_reference=(r"(?:that|this) (?:was|is) according to", r"(?:that|this|the figures?) (?:came|comes) from"),
    articles=(r"the", r"a", r"an"),
    unverified_cues=(r"could not (?:be )?independently (?:verify|verified|confirm|confirmed)", r"not (?:been )?independently (?:verified|confirmed)", r"unverified", r"unconfirmed"),
    no_figure_cues=(r"did not (?:give|provide|say|disclose|release) (?:a |any )?(?:figure|number|toll|details)", r"gave no (?:figure|number|toll)", r"(?:was|is|remains) unclear"),
    nationwide_words=(r"nationwide", r"across the country", r"throughout the country", r"countrywide", r"around the country", r"in all regions"),
    location_prepositions=(r"in", r"near", r"around", r"at", r"outside", r"across", r"to", r"into"),
    place_names={},
    weekdays=_WEEKDAYS,
    relative_days={r"today": 0, r"yesterday": -1, r"the day before": -1, r"earlier today": 0, r"last night": -1, r"overnight": 0},
    dateline_sources=("Reuters", "AP", "AFP", "dpa", "Bloomberg", "UPI"),
    abbreviations=frozenset(
        "mr mrs ms dr prof st gen lt col sgt capt maj cpl gov sen rep rev jan feb mar apr jun jul aug sep sept oct nov dec "
        "no approx est vs etc inc ltd co corp u.s u.n u.k e.g i.e".split()
    ),
    foreign_troop_cues=(r"foreign", r"international", r"peacekeep\w*", r"nato", r"u\.?n\.?", r"csto", r"coalition", r"allied", r"deployed to", r"sent to"),
    pronouns=(r"he", r"she", r"it", r"they"),
    outlet_mentions={r"told reuters|\(reuters\)": "Reuters", r"\(ap\)|the associated press": "AP", r"\(afp\)|told afp": "AFP"},
    stopwords=frozenset(
        "the and of to in is was were that for on with as by at from it this be are have has had not but "
        "or an which their they said after who been would its his her more than".split()
    ),
)
