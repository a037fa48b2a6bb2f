"""English: number words, qualifiers, and the lexicons of casualty reporting."""

from __future__ import annotations

from ..models import Category, OriginType, Qualifier
from .base import LanguageData
from .common import AS_STATED, GOVERNMENT_OF_COUNTRY

_GOV = GOVERNMENT_OF_COUNTRY
_G, _SM, _MA = OriginType.GOVERNMENT, OriginType.STATE_MEDIA, OriginType.MILITARY_ALLIANCE
_IM, _W, _NGO = OriginType.INDEPENDENT_MEDIA, OriginType.WITNESS, OriginType.NGO


def _side_says(noun: str) -> str:
    """An armed side as the whole subject of a verb of saying, after "the" (not "of the") or opening a sentence: "The
    rebels said", "Militants claimed" (not "30 rebels said to be hiding", "the ministry of the Houthi rebels said")."""
    return (rf"{noun}(?<=(?<!\bof )\bthe {noun}|^{noun}|[.!?\"“] {noun})"
            r"(?= (?:said|say|claimed|claim|announced|reported)\b(?! to\b))")


_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

_MULTIPLIERS = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "half a million": 500_000,
    # the Indian scale: a lakh is 100,000, a crore 10,000,000, a lakh crore 10**12
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000, "lakh crore": 1_000_000_000_000,
}

_WEEKDAYS = {
    # "Saturday's bombing" names the event's day, not the day a figure was given for
    r"(?:on |since |by |last |early |late |)monday(?!['’]s)": 0,
    r"(?:on |since |by |last |early |late |)tuesday(?!['’]s)": 1,
    r"(?:on |since |by |last |early |late |)wednesday(?!['’]s)": 2,
    r"(?:on |since |by |last |early |late |)thursday(?!['’]s)": 3,
    r"(?:on |since |by |last |early |late |)friday(?!['’]s)": 4,
    r"(?:on |since |by |last |early |late |)saturday(?!['’]s)": 5,
    r"(?:on |since |by |last |early |late |)sunday(?!['’]s)": 6,
}

# single_victim_words: the nouns that name one person, and the words of death or injury after them;
# the injured one also by a headline's bare participle before a preposition ("Teen injured in hunting
# accident", "Boy accidentally shot by friend"), a wound suffered ("suffered a gunshot wound",
# "sustained non-life-threatening injuries"), a graze, a condition ("13-year-old in critical condition
# after ...") and recovery ("is expected to survive")
_VICTIM_NOUN_WORDS = (  # (the nouns alone, without an age before them)
    r"victim|deceased|gunman|shooter|teen|teenager|toddler|boy|girl|child|infant|baby|woman|man|driver|passenger|deputy|officer|trooper|clerk|homeowner|student|mother|father|grandmother|grandfather|son|daughter|brother|sister|husband|wife|boyfriend|girlfriend"
    r"|juvenile|youth|male|female|person|pedestrian|bystander|neighbou?r|friend|cousin|nephew|niece|grandson|granddaughter|stepson|stepdaughter|classmate|roommate|hunter"
    r"|detective|sergeant|bartender|cashier|customer|employee|security guard"
    # road users and where one lives: "The motorcyclist died at the scene", "The tenant was taken to hospital"
    r"|cyclist|bicyclist|motorcyclist|motorist|scooter rider|commuter|occupant|tenant|resident|pensioner|retiree|worker"
    r"|attacker|assailant"  # the attacker killed by police: one of the attackers
)
_AGE_NOUN = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old"
)
# (an age before any noun of one person: "the 31-year-old officer", "The 13-year-old juvenile", "the 47-year-old detective")
_VICTIM_NOUNS = (
    _VICTIM_NOUN_WORDS + "|" + _AGE_NOUN + r"(?: (?:" + _VICTIM_NOUN_WORDS + r"|detective))?"
)
# the nouns of a relative, after a person's possessive ("Cardona's daughter")
_RELATIVE = (
    r"(?:mother|father|son|daughter|brother|sister|husband|wife|boyfriend|girlfriend|stepfather|stepmother|stepson"
    r"|stepdaughter|grandmother|grandfather|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|fiancee?|partner)"
)
# an age in digits or words ("a 2-year-old", "a two-year-old boy", "a twenty-one-year-old man")
_AGE_NUM = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four"
    r"|five|six|seven|eight|nine))?)"
)
# one person named right after (a look-ahead): an article or a possessive before no count, an age, a
# noun of one person, a name; not the first of a list ("fatally shooting his wife and four daughters",
# "the slaying of Sunny Patel and another man"; an age in apposition or a clause after a comma is no
# list: "John Doe, 53,", "the death of John Doe, police said")
_ONE_NAMED = (
    r"(?= (?:(?:his|her|their) (?!(?:two|three|four|five|six|\d)\b)"
    r"|\d{1,3}-(?:year|month|week)-old\b|(?:teen|teenager|toddler|infant|baby|boy|girl|man|woman)\b|(?-i:\p{Lu}\p{Ll}+ \p{Lu}\p{Ll})))"
    r"(?!(?: [\w'’.-]+){1,4}?(?:, (?:(?-i:\p{Lu}\p{Ll})|(?:a|an|his|her|their|two|three|four|five|six)\b|\d+ \p{L})| and\b| &))"
)
# the same after an article, where no verb of death before it counts the article ("the fatal shooting of
# a 15-year-old": "murder of", "death of" do, the article then a case of one)
_ONE_NAMED_OR_ARTICLE = _ONE_NAMED.replace("(?= (?:", "(?= (?:(?:a|an) (?!(?:few|number|couple|dozen|total|pair|group|series|family)\\b)|", 1)
# days and months, capitalised like a name after a verb of killing ("killed Saturday Night")
_WEEKDAY = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY_OR_MONTH = _WEEKDAY + r"|January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec"
_NOT_RANK = r"(?<!\b(?:deadliest|worst|bloodiest|largest|biggest|highest|heaviest|first|single)(?: [\w-]+){0,4} since)"  # "the deadliest strike since"
# victim_list_words: a list of persons named with their ages before a verb of harm: its names are the
# count (the engine counts the matches of the group "item"): "Jon Doe, 19, Al Roe, 21, and Ed Poe, 17, were wounded"; not
# in apposition to a figure ("the three victims, Jon Doe, 19, ... were wounded" counts "three")
# (letters as classes, not properties: the tail scan bounds the width of a class)
_UPPER, _LOWER = "[A-ZÀ-ÖØ-Þ]", "[a-zß-öø-ÿ'’-]"
# a name's word may hold a second capital after a short prefix ("DeGuzman", "McNeil", "LaShawn") or a hyphen
# ("Brandon-Lucket")
# (a capital inside only before a small letter, as wide as a word without: the tail scan's window)
_NAME_WORD = rf"{_UPPER}(?:{_LOWER}|{_UPPER}(?={_LOWER})){{1,17}}"
_LIST_NAME = rf"(?-i:{_NAME_WORD}(?: (?:{_UPPER}\.|{_NAME_WORD})){{1,2}})"
# two persons named by nouns, for victim_list_words: the first, the second (a relation after "her", "his")
# and an age before either ("a 10-year-old girl")
_PAIR_FIRST = (
    r"man|woman|boy|girl|teen|teenager|mother|father|toddler|child|baby|infant|\d{1,2}-(?:year|month)-old"
    # (one named by sex as police reports name them: "a 36-year-old male and a 34-year-old male were killed")
    r"|male|female"
    # (a relative after a possessive: "her sister and mother were injured by gunfire", "his wife and son were wounded")
    r"|sister|brother|son|daughter|wife|husband|grandmother|grandfather|girlfriend|boyfriend"
)
_PAIR_SECOND = (
    r"man|woman|boy|girl|teen|teenager|son|daughter|husband|wife|mother|father|child|baby|toddler|infant|girlfriend|boyfriend"
    r"|male|female"
    r"|\d{1,2}-(?:year|month)-old"
    # (also one named by a role: "a man and a cashier")
    r"|cashier|clerk|officer|passenger|driver|customer|bystander|pedestrian|neighbou?r|student"
)
_PAIR_AGE = r"\d{1,2}-year-old |\d{1,2}-month-old "
# relatives named after a possessive ("his wife and daughter"), and what ends a pair: no third member of a list after it
_PAIR_RELATIVE = (
    r"wife|husband|son|daughter|mother|father|brother|sister|girlfriend|boyfriend|stepson|stepdaughter|grandmother"
    r"|grandfather|grandson|granddaughter|fianc[ée]e?|partner|cousin|uncle|aunt|nephew|niece|mother-in-law|father-in-law"
)
_NOT_LIST_AFTER = r"(?!-|'|’|,? (?:and|as well as) (?:a|an|his|her|their|the|two|three|four|five|\d+)\b|,? (?:and|as well as) (?-i:\p{Lu}))"
# persons counted before a list the pair would end ("three men, a man and a woman")
_PAIR_PLURAL = r"men|women|boys|girls|children|kids|people|persons|teens|teenagers|victims|others|adults|males|females"
# a person named by sex describes no noun of a person after it ("a female officer", "one male victim": the noun counts)
_NO_NOUN_DESCRIBED = (
    r"(?![\w-]| (?:officers?|victims?|suspects?|deput(?:y|ies)|troopers?|students?|teachers?|friends?"
    r"|passengers?|drivers?|nurses?|relatives?|cousins?|companions?|acquaintances?|inmates?|patients?|juveniles?"
    r"|teen(?:ager)?s?|child(?:ren)?|adults?|employees?|workers?|customers?|partners?|soldiers?|guards?|residents?"
    r"|occupants?|individuals?|persons?|subjects?|shooters?|gunm[ae]n|assailants?|attackers?|accomplices?)\b)"
)
_NAMED_LIST = (
    rf"(?<!, )(?P<item>{_LIST_NAME}), (?:aged? )?\d{{1,3}},(?: (?:and )?(?P<item>{_LIST_NAME}), (?:aged? )?\d{{1,3}},?){{1,3}}"
    r"(?= (?:were|are|have been|had been)(?: also| all| both)? (?:shot and killed|shot to death|shot|wounded|injured|hurt|killed"
    r"|pronounced dead|found dead|hospitali[sz]ed)\b)"
)
# an age in apposition between the noun and the verb: "Girl, 12, dies after shooting", "Boy, 14, fatally shot"
_AGE_APPOSITION = r"(?:, \d{1,3},)?"
# a bare participle counts one victim only before a preposition ("teen injured in ...", not "the man shot
# his wife"), not before an address ("shot in the 7700 block")
_BARE_AFTER = (
    r"(?= (?:in|at (?!(?:police|officers?|deputies|troopers?|him|her|them)\b)|on|near|while|after|during|when|outside|inside|by (?!police))\b)"
    r"(?! (?:in|at|on|near) (?:the )?\d)"
)
# a victim's condition, one word or two ("in critical condition", "in serious but stable condition",
# "in non-critical condition"), and a hospital as the place care is taken to ("to a local hospital",
# "to Mercy Hospital", "to the hospital")
_CONDITIONS = r"(?:critical|serious|stable|fair|good|grave|guarded|non-critical|non-life-threatening)"
_CONDITION = rf"(?:a )?(?:{_CONDITIONS},? (?:but |and )?)?{_CONDITIONS} condition"
# (not where the sentence goes on to the death: "was rushed to Mercy Hospital, where he died")
# the crime a person was punished for before: "for killing", "for the murder of", "in the 1994 slaying of"
_PAST_CRIME = r"(?:(?:the |a |an )?(?:(?:19|20)\d\d )?(?:killing|murder|slaying|shooting|death|manslaughter)s?|killing|murdering|shooting|stabbing)"

_NO_DEATH_AFTER = r"(?![\w ,'’()-]{0,120}\b(?:died|dies|dead|death|succumbed|fatal|fatally|killed|killing)\b)"
# (the category verbs read the death right after the verb: reversed for the words before a figure, a look-ahead at
# the pattern's end would be tried at every position)
_HOSPITAL = r"to (?:a |an |the )?(?:[\w'’.-]{1,24} ){0,4}?(?:hospitals?|medical cent(?:er|re)|trauma cent(?:er|re))\b"
_TO_HOSPITAL = _HOSPITAL + _NO_DEATH_AFTER
# the hurt who came to care on their own: "Two other gunshot victims arrived at the hospital via personal vehicles",
# "two other people showed up at the hospital with gunshot wounds" (with a wound or by their own means after it: not
# "Three officers arrived at the hospital to interview the victim", "Two relatives arrived at the hospital to be with
# the boy"; not where one died there)
_CAME_TO_HOSPITAL = (
    r"(?:arrived|showed up|turned up) at (?:a |an |the )?(?:[\w'’.-]{1,24} ){0,4}?(?:hospitals?|medical cent(?:er|re)|trauma cent(?:er|re))\b"
    r"(?=[\w ,'’-]{0,40}?(?<!\bto (?:be|stay|sit) )\b(?:with|via|in (?:a |their |his |her )?(?:own|private|personal)|by (?:private|personal))\b)"
    + _NO_DEATH_AFTER
)
# sent to care, in the passive: "two others were sent to Regional Medical Center" (not where one died there)
_SENT_IN_CARE = r"(?:were|was|been|being) sent" + _NO_DEATH_AFTER + " " + _HOSPITAL
# a place of care one stays in: "in the hospital", "in a Detroit hospital", "in intensive care"
_IN_CARE = r"(?:(?:the |a |an )?(?:[\w'’.-]{1,24} ){0,2}?hospital\b|intensive care\b)" + _NO_DEATH_AFTER
# a limb a bullet hit: a wound that seldom kills ("shot himself in the leg")
_LIMB = r"in (?:the |his |her )?(?:left |right )?(?:legs?|foot|feet|hands?|arms?|thighs?|knees?|ankles?|hips?|fingers?|toes?|shoulders?|buttocks?|calf)\b"
# care an event sent people to, dead or alive: "a shooting that sent four people to the hospital" (not where one died there)
_SENT_TO_HOSPITAL = r"to (?:the |a |an |area |local |nearby )?(?:[\w'’.-]{1,24} ){0,2}?hospitals?\b(?<=\bsen(?:t|ds|ding) [^.;:!?]{1,60})" + _NO_DEATH_AFTER
# (s37inj4) the same with "put" or "landed" and "in" ("a home invasion that put three women into the hospital", "a shooting
# that landed two men in the hospital"; not where one died there)
_PUT_IN_HOSPITAL = (
    r"(?:in (?:the |a |an |area |local |nearby )?(?:[\w'’.-]{1,24} ){0,2}?hospitals?\b(?<=\b(?:put|puts|putting|landed|lands|landing) [^.;:!?]{1,60})"
    r"|into (?:the |a |an |area |local |nearby )?(?:[\w'’.-]{1,24} ){0,2}?hospitals?\b(?<=\b(?:put|puts|putting|landed|lands|landing) [^.;:!?]{1,60}))"
) + _NO_DEATH_AFTER
_VICTIM_HARM = (
    r"(?:died|dies|dead|killed(?! (?:himself|herself)\b)|was killed|has been killed|was shot and killed|was fatally (?:shot|wounded|injured|struck)"
    # a death told by a state or a verdict: "the teen is dead", "was pronounced dead", "declared clinically dead"
    # (each alternative spelt out from its literal start: the tail scan's gate reads the starts, an optional
    # group before them lets it admit far more places)
    r"|is dead|is now dead|is now brain dead|was declared dead|was declared clinically dead|was declared brain dead"
    r"|was pronounced clinically dead|was pronounced brain dead|has been pronounced dead|has been declared dead|pronounced dead|declared dead"
    r"|was found shot to death|was found shot dead"
    # one shot dead with no object after the verb ("Mother of 3-year-old fatally shot speaks out", not "...
    # fatally shot his wife", nor "fatally shot himself": the one who shot, a word of multiplicity)
    r"|fatally shot(?! (?:a|an|the|his|her|their|him|them|its|one|two|three|four|five|six|seven|eight|nine|ten|and|at|into"
    r"|himself|herself|self|\d)\b)"
    r"|was shot to death|was shot dead|was pronounced dead|was found dead|succumbed|was (?:wounded|injured|hurt|hospitali[sz]ed)"
    # a road death: "The pedestrian was struck and killed"
    r"|was struck and killed|was hit and killed"
    # a life not kept: "The victim did not survive"
    r"|did not survive|didn['’]t survive"
    # "The 71-year-old pedestrian was struck by a car and seriously injured"
    r"|was (?:struck|hit) by (?:a|an|the) [\w-]{1,20} and (?:killed|(?:critically |seriously |severely |badly |slightly )?(?:injured|hurt))"
    r"|was (?:\w{1,12}ly )?shot(?! dead| and killed| to death| by police)|was (?:\w{1,12}ly )?shot (?:and killed|to death|dead)"
    # one more hurt beside a victim told before: "Her husband was also shot", "Jon Doe, 29, also was wounded"
    r"|was also (?:shot(?! dead| and killed| to death| by police)|wounded|injured|hurt)"
    r"|also was (?:shot(?! dead| and killed| to death| by police)|wounded|injured|hurt)"
    # a headline's bare participle of death: "17-year-old boy shot to death in ...", "Teen found shot to death"
    # (each alternative opens with a literal word: the tail scan's gate finds them)
    r"|(?:found |accidentally |fatally )?shot (?:to death|dead|and killed)|(?:accidentally )?shot, killed|found dead|slain"
    r"|(?:is|was|remains|remained) (?:(?:currently|still|now) )?(?:listed )?in " + _CONDITION + _NO_DEATH_AFTER + r"|is recovering|was recovering"
    # a stay in care that goes on, a sign of the living: "her mother remains in the hospital", "the boy remained
    # hospitalized", "is still in intensive care" (not where the sentence goes on to the death)
    r"|remains in " + _IN_CARE + r"|remained in " + _IN_CARE + r"|is still in " + _IN_CARE + r"|was still in " + _IN_CARE +
    r"|remains hospitali[sz]ed" + _NO_DEATH_AFTER + r"|remained hospitali[sz]ed" + _NO_DEATH_AFTER +
    # care: "was rushed to a hospital", "was taken to Mercy Hospital", "was treated at the scene and released"
    r"|(?:is|was) (?:being )?(?:taken|transported|rushed|airlifted|flown|driven|brought) " + _TO_HOSPITAL +
    r"|(?:is|was) (?:being )?treated (?:at|in|for|and released)|is hospitali[sz]ed|was admitted " + _TO_HOSPITAL +
    # released from care: "was medically released from a local hospital"; a headline's bare participle:
    # "Shooting victim taken to Children's Hospital"
    r"|(?:was|has been) (?:\w{1,12}ly )?released from (?:a |an |the )?(?:local |area |nearby )?hospital"
    r"|(?:taken|rushed|airlifted|flown) " + _TO_HOSPITAL +
    # one told by a relative clause: "the man who was shot was taken to ...", "the boy who was wounded"
    r"|who was (?:\w{1,12}ly )?(?:shot|wounded|injured)(?! dead| and killed| to death| by police)"
    r"|was (?:critically|seriously|severely|badly|gravely) (?:wounded|injured|hurt)"
    r"|(?:injured|wounded|hurt|shot)" + _BARE_AFTER + r"|(?:critically|seriously|severely|badly|accidentally|apparently|fatally|mortally) "
    r"(?:injured|wounded|hurt|shot)" + _BARE_AFTER +
    r"|was grazed|was struck " + _LIMB + r"|was hit " + _LIMB
    # hit by a bullet, dead or alive (shot_words): "The boy was struck by a stray bullet"
    + r"|was (?:struck|hit) by (?:a )?(?:stray )?(?:bullet|gunfire)\b(?! (?:fragments?|debris)\b)"
    r"|(?:suffered|sustained) (?:a |an )?(?:[\w-]{1,24} )?(?:gunshot|bullet) wounds?(?![\w ,'-]{0,40}\b(?:dead|died|fatal))"
    r"|(?:suffered|sustained) (?:[\w-]{1,24},? (?:but )?)?(?:[\w-]{1,24} )?injuries(?![\w ,'-]{0,40}\b(?:dead|died|fatal))|in critical condition|in serious condition|in stable condition"
    # one hurt who got away with it, as German "kam mit leichten Verletzungen davon": "The passenger escaped with minor
    # injuries" (not "escaped unhurt", "escaped without injuries")
    r"|escaped with (?:only )?(?:minor |slight |light |serious |severe )?injuries"
    r"|is expected to (?:survive|recover)|was expected to (?:survive|recover)"
    # one who shot himself by accident ("a girl who accidentally shot herself", "Boy, 11, accidentally shoots
    # himself"), a wound in the present ("Teen suffers gunshot wound"), a stay in hospital ("boy, 7, hospitalized after ...")
    r"|(?:who )?accidentally sh(?:ot|oots) (?:himself|herself|self)"
    # one who shot himself in a limb, by accident or not ("Teen shoots himself in leg")
    r"|sh(?:ot|oots) (?:himself|herself) " + _LIMB +
    r"|suffers (?:a |an )?(?:[\w-]{1,24} )?(?:gunshot|bullet) wounds?|hospitali[sz]ed" + _BARE_AFTER + ")"
)

# harm that was no threat to life: "non-life-threatening injuries", "minor wounds"
_SLIGHT_HARM = r"(?:non-life[- ]threatening|not life[- ]threatening|minor|superficial|non-critical) (?:injuries|injury|wounds?)"

# a state only the living are in, said in the present or of a release: "remains in the hospital in stable condition",
# "is in critical condition", "is expected to survive", "was treated and released" (not "was taken to the hospital",
# which the next sentence may end in a death); each alternative spelt out from its literal start (the tail scan's gate)
_ALIVE = (
    r"(?:remains in " + _IN_CARE + r"|remained in " + _IN_CARE + r"|is still in " + _IN_CARE
    + r"|remains in " + _CONDITION + _NO_DEATH_AFTER + r"|remained in " + _CONDITION + _NO_DEATH_AFTER
    + r"|is in " + _CONDITION + _NO_DEATH_AFTER + r"|is listed in " + _CONDITION + _NO_DEATH_AFTER
    + r"|remains hospitali[sz]ed" + _NO_DEATH_AFTER + r"|remained hospitali[sz]ed" + _NO_DEATH_AFTER
    + r"|is expected to (?:survive|recover|live|be ok|be okay)|is recovering|is now recovering"
    + r"|was treated and released|has been released from (?:the |a )?hospital|has since been released from (?:the |a )?hospital"
    # a wound treated that was no threat to life: "was treated for non-life-threatening injuries"
    + r"|was treated for " + _SLIGHT_HARM + ")"
)
# care in the past, then in the same sentence a state only the living are in: "was taken to Mercy Hospital with
# serious injuries, but is expected to live", "was rushed to a hospital and treated for non-life-threatening
# injuries" (after a pronoun; not where the sentence goes on to a death: _TO_HOSPITAL)
_CARE_THEN_ALIVE = (
    r"(?:was|is) (?:being )?(?:taken|transported|rushed|airlifted|flown|driven|brought) " + _TO_HOSPITAL
    + r"[\w ,'’-]{0,80}?\b(?:(?:is|was) expected to (?:survive|recover|live|be ok|be okay)|(?:is|was) (?:listed )?in (?:stable|good|fair) condition"
    + r"|(?:was )?treated (?:and released|for " + _SLIGHT_HARM + r")|with " + _SLIGHT_HARM + r"|(?:was )?later released)"
)

# persons named with their ages as the subject of a verb of care: "Jon Doe, 19, and Al Roe, 21, were taken to a
# hospital", "... were both listed in stable condition" (not where the sentence goes on to a death; not the tail of
# a longer name: "..., Herbert Lee Roe, 28, and ..." is no list from "Lee")
_NAMED_LIST_IN_CARE = (
    rf"(?<!, )(?<!(?-i:[A-Z])[\w'’.-]{{0,20}} )(?P<item>{_LIST_NAME}), (?:aged? )?\d{{1,3}},(?: (?:and )?(?P<item>{_LIST_NAME}), (?:aged? )?\d{{1,3}},?){{1,3}}"
    r"(?= (?:were|are)(?: also| both| all)? (?:(?:taken|rushed|transported|airlifted|flown) " + _TO_HOSPITAL
    + r"|(?:listed )?in " + _CONDITION + _NO_DEATH_AFTER + r"|treated (?:at|for|and released)\b" + _NO_DEATH_AFTER + r"))"
)

# the words of death alone after a named victim (one named and wounded is often counted apart in a
# total of the wounded: no count of one there)
_VICTIM_DEATH = (
    r"(?:died|dies|dead|killed|was killed|has been killed|was (?:shot and killed|shot to death|shot dead|pronounced dead|found dead)"
    # (each alternative spelt out from its literal start: the tail scan's gate reads the starts, an optional
    # group before them lets it admit far more places)
    r"|is dead|was declared dead|was declared clinically dead|was declared brain dead"
    r"|was pronounced clinically dead|was pronounced brain dead|has been pronounced dead|has been declared dead|pronounced dead|declared dead"
    r"|was found shot to death|was found shot dead"
    r"|was fatally (?:shot|wounded|injured|struck)|(?:found |accidentally |fatally )?shot (?:to death|dead|and killed)|fatally shot|succumbed|slain)"
)

# an age in apposition after a name, then a verb of death ("Jon Doe, 17, was killed"), not the killer's
# ("Jon Doe, 25, killed his wife", "... also shot and killed the dog")
# a suffix of a name before its age: "Jon Doe Jr., 11, died", "Al Roe, Sr., 45, was killed"
_NAME_SUFFIX = r"(?:,? (?-i:Jr|Sr)\.)?"
# the town or street one lives in, after one's age: "Jon Doe, 19, of Elm Park, was pronounced dead", "Al Roe, 21, of
# Franklin, La., died at the scene" (up to four words and a state's short name; no capital asked for: the tail scan's
# gate reads the look-ahead on lowercased text, which holds none)
_OF_PLACE = r"of [\w'’.-]{1,20}(?: [\w'’.-]{1,20}){0,3}(?:, [\w.]{1,12})?"
_AGE_THEN_DEATH = (
    r"(?:aged? )?\d{1,3}, "
    rf"(?:{_OF_PLACE}, )?"
    r"(?!(?:later |also |then |has |had )?(?:(?:shot|stabbed) and )?killed (?:his|her|their|the|a|an|two|three|four|five|\d{1,9}|himself|herself)\b)"
    rf"(?:later |also |then |has |had )?{_VICTIM_DEATH}\b"
)
# the same with the comma after the age left out, where a singular auxiliary opens the verb ("Jon Doe, 17 was
# killed"): not a place before a count ("West Garfield Park, 2 killed", "In Chicago, 14 died")
_AGE_NO_COMMA_THEN_DEATH = (
    r"\d{1,3} (?=(?:was|has been|had been) )"
    rf"(?:later |also |then |has |had )?{_VICTIM_DEATH}\b"
)

# the death of one named alone opening a sentence ("Castillo died at the scene", "Jon Doe later died of his
# injuries"): a verb of death that takes no object (not the killer's "Roe killed his wife"); not "was killed", "was
# pronounced dead" (tried: a page listing a city's homicides, one sentence a victim, joined other incidents' tolls
# when pooled without event ids, merged-wrongly 0.040 -> 0.046, for no article gained)
_NAME_THEN_DEATH = (
    r"(?:later |also |then )?(?:died|dies|has died|succumbed)\b"
)
# (not a word of quantity, of a group or a pronoun written like a name at a sentence's start)
_NOT_A_NAME = (
    r"Another|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|All|Each|Every|Everyone|Everybody|Nobody|None|Many|Most"
    r"|Some|Several|Few|It|This|That|These|Those|They|He|She|Who|Which|Police|Officials|Authorities|Investigators|Officers"
    r"|Deputies|Detectives|Witnesses|Doctors|Hospital|Later|Also|Then|Eventually|Earlier|Sadly"
    # (an article, a possessive or a preposition before a noun in a headline's capitals: "The Gunman Died", "In Court")
    r"|The|A|An|His|Her|Their|Its|In|At|On|After|Before|When|While|If|Police"
)
# a person named, then a description in apposition: "Jon Doe, a 22-year-old man, was shot and killed", "Al Roe, an
# 18-year-old from Elm Park, died Monday" (the death only: one named and wounded is often counted apart)
_DESCRIBED_THEN_DEATH = (
    r", (?:a|an) (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(?: [\w'’-]{1,20}){0,4}?, "
    r"(?:was |has )?(?:later |also |then )?(?:died|dies|killed|shot and killed|shot to death|shot dead|fatally shot|pronounced dead|found dead)\b"
    r"(?<!\bkilled(?= (?:his|her|their|the|a|an|\d)\b))"
)

# injured_object_words: one person named as the object of a verb of injury, the verb first: a relative or a
# person after a possessive ("critically injuring his father", "wounded her 16-year-old son"), a title and a
# name ("wounding Officer Jane Roe"), a name ("injured Jon Doe"), a role the number grammar does not count after
# an article ("shot and wounded a clerk"); not the first of a list ("injuring his wife and two children", "his
# father, mother and ..."), nor a relative's own ("his father's friend")
_OBJECT_ROLE = (
    r"man|woman|boy|girl|teen|teenager|toddler|child|infant|baby|clerk|cashier|customer|employee|bystander|passer-?by"
    r"|pedestrian|neighbou?r|friend|roommate|classmate|relative|officer|deputy|trooper|security guard|guard|driver"
    r"|passenger|resident|homeowner|worker|student|companion|acquaintance"
)
_OBJECT_AGE = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:year|month|week)-old"
_OBJECT_ADJ = r"(?:estranged|longtime|former|teenage|young|elderly|pregnant|infant|unarmed|off-duty|own|adult|older|younger|little|baby)"
_OBJECT_NAME = rf"(?-i:{_NAME_WORD}(?: {_UPPER}\.)? {_NAME_WORD})"
# (a name not followed by another capitalised word, nor by a comma and one: "injured Vilma Roe, Ela Doe and ...")
_INJURED_ONE = (
    rf"(?:(?:(?:his|her|their) (?:{_OBJECT_ADJ} )?(?:{_OBJECT_AGE} )?(?:{_OBJECT_ADJ} )?(?:ex-)?(?:{_RELATIVE}|{_OBJECT_ROLE})"
    rf"|(?:(?:the|a|an) [\w-]{{1,20}}|(?-i:{_NAME_WORD}))['’]s? (?:{_OBJECT_AGE} )?{_RELATIVE}"
    rf"|(?:a|an) (?:{_OBJECT_AGE} )?(?:(?-i:[a-z-]{{2,15}}) ){{0,2}}?(?:clerk|cashier|customer|employee|bystander|passer-?by|pedestrian|neighbou?r|roommate|classmate"
    r"|security guard|guard|resident|homeowner|worker|companion|acquaintance))(?![\w'’-])"
    rf"|(?:(?:officer|deputy|trooper|sergeant|sgt\.|detective) {_OBJECT_NAME}|{_OBJECT_NAME})(?:, \d{{1,3}}(?:,|(?=[.;]|$)))?(?![\w'’-])(?!(?-i:,? [A-Z])))"
    r"(?!,? and\b|,? & |,? or\b|, (?:a|an|his|her|their|the|two|three|four|five|six|\d+)\b|['’]s?\b)"
)
# the verb of injury before it ("critically injuring", "shot and wounded"); a shot one with a limb after ("shot
# a 25-year-old man in the leg", "shooting his neighbor in the arm": the shot lives)
# (written in lower case: a headline's capitals are no name after it, "Injured In Hamilton Heights"; not an
# adjective after an article: "a wounded Jon Doe appeared")
_INJURED_VERB = (
    r"(?:injuring|wounding|injured|wounded|wounding of|shot and (?:(?:critically|seriously|severely|badly) )?(?:wounded|injured)"
    r"|shooting and (?:(?:critically|seriously|severely|badly) )?(?:wounding|injuring))"
    r"(?<=(?-i:\b[a-z]+))(?<!\b(?:a|an|the) (?:(?:critically|seriously|severely|badly) )?(?:injured|wounded))"
)
# the verb of one a bullet hit in a limb, after the one it hit ("was shot in the leg", "had been shot at least once in
# the thigh", "was struck in his right shoulder")
_SHOT_IN_LIMB = (
    r"(?:was|had been|has been) (?:shot|struck|hit|grazed) (?:by a bullet |by gunfire )?(?:(?:at least )?(?:once|twice|three times|several times|multiple times) )?"
    + _LIMB.replace("(?:the |his |her )?", "(?:the |his |her |one |both )?")
)
# shot_object_words (s36inj3): one person named as the object of an active verb of the shot, no limb after it (the
# injured object reads those) and no word of death in the rest of its sentence ("shot his friend, killing him"): "He shot
# his friend in the chest", "a man shot a 7-year-old boy in the head", "the gunman shot the clerk" (not a shot as a noun:
# "fired a shot the man heard", "the shooting a man reported"; nor "fatally shot")
# (the first of a list is not one: "shot his wife and two children", "shot his wife and daughter"; "and" before a verb is:
# "the gunman shot the clerk and fled")
_AND_NEXT = (
    r",? and (?:(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+|other|several|another)\b"
    rf"|(?:{_RELATIVE}|{_OBJECT_ROLE})s?\b|children\b|kids\b)"
)
_SHOT_OBJECT_ONE = (
    "(?:" + _INJURED_ONE.replace(r"(?!,? and\b|", "(?!" + _AND_NEXT + "|")
    + rf"|(?:a|an|the) (?:{_OBJECT_AGE} )?(?:{_OBJECT_ADJ} )?(?:{_OBJECT_ROLE}|victim|{_OBJECT_AGE})(?![\w'’-])"
    + "(?!" + _AND_NEXT + r"|,? & |,? or\b|, (?:a|an|his|her|their|the|two|three|four|five|six|\d+)\b|['’]s?\b))"
)
_SHOT_OBJECT = (
    r"(?:shot|shooting|shoots)(?<=(?-i:\b[a-z]+))"
    r"(?<!\b(?:fatally|mortally|the|a|an|this|that|fatal|deadly|another|warning|one|first|second) (?:shot|shooting|shoots))"
    # (nor the shooting a charge tells: "He is accused of shooting Jon Doe earlier this month" is the charge's, told again)
    r"(?<!\b(?:accused|suspected) of shooting)"
    rf" {_SHOT_OBJECT_ONE}(?![^.;!?]{{0,120}}?\b(?:killing|killed|kills|dead|died|dies|death|fatally|fatal|mortally|murder|murdered|homicide"
    r"|suicide|murder-suicide|slain|slaying|bodies|body|himself|herself|themselves|(?:then|also) shot|and their|life support)\b)"
)
# (s37inj4) two persons named as the objects of an active verb of the shot, each by a noun, no third after them and no
# word of death in the rest of the sentence: two shot, dead or alive ("A man shot another man and a 2-year-old boy",
# "Woman shot her husband and son"; not "shot his wife and two children", "shot a woman and girl then killed himself"); a
# headline's capitals too ("Woman Shot Her Husband & Son": the nouns after it say it is the verb)
_SHOT_PAIR_FIRST = (
    rf"(?:(?:a|an|another) (?:{_PAIR_AGE})?(?:{_OBJECT_ADJ} )?(?:{_PAIR_SECOND})"
    rf"|(?:his|her|their) (?:{_OBJECT_ADJ} )?(?:{_PAIR_AGE})?(?:{_PAIR_RELATIVE}|{_PAIR_SECOND}))"
)
_SHOT_PAIR_SECOND = rf"(?:(?:a|an|his|her|their) )?(?:{_OBJECT_ADJ} )?(?:{_PAIR_AGE})?(?:{_PAIR_RELATIVE}|{_PAIR_SECOND})"
_SHOT_OBJECT_PAIR = (
    r"(?:shot|shooting|shoots)(?<=(?-i:\b(?:[a-z]+|Shot|Shoots)))"
    r"(?<!\b(?:fatally|mortally|the|a|an|this|that|fatal|deadly|another|warning|one|first|second) (?:shot|shooting|shoots))"
    r"(?<!\b(?:accused|suspected) of shooting)"
    rf" (?P<item>{_SHOT_PAIR_FIRST}) (?:and|&) (?P<item>{_SHOT_PAIR_SECOND})(?![\w-]){_NOT_LIST_AFTER}"
    rf"(?!,? (?:and|&|or) (?:{_PAIR_RELATIVE}|{_PAIR_SECOND}|children|kids)s?\b)"
    r"(?![^.;!?]{0,120}?\b(?:killing|killed|kills|dead|died|dies|death|fatally|fatal|mortally|murder|murdered|homicide"
    r"|suicide|murder-suicide|slain|slaying|bodies|body|himself|herself|themselves|(?:then|also) shot|and their|life support)\b)"
)
_SHOT_LIMB = (
    r"(?:in|to) (?:the|his|her|their|one|both) (?:left |right |lower |upper )?"
    r"(?:legs?|arms?|hands?|feet|foot|ankles?|knees?|thighs?|shoulders?|buttocks|hips?|elbows?|wrists?|fingers?|toes?|calf|calves|heels?)\b"
)

LANGUAGE = LanguageData(
    code="en",
    name="English",
    decimal_separator=".",
    number_words=_UNITS,
    multiplier_words=_MULTIPLIERS,
    number_joiners=("and",),
    compound_numbers=False,
    not_alone=frozenset({"a", "an"}),
    article_ages=(r"\d{1,3} years? old",),  # "A 34 year old man was shot in the leg" (the age not hyphenated)
    pair_words=frozenset({"both"}),
    scale_words={
        r"million|mln": 1_000_000,
        r"billion|bn|bln": 1_000_000_000,
        r"trillion|tln|tn": 1_000_000_000_000,
        r"lakhs?": 100_000,
        r"crores?": 10_000_000,
        r"dozens?|dozs?|dzs?": 12,
        r"thousand": 1000,
        r"hundred": 100,
    },
    dozen_words={"dozen": 12, "dozens": 12, "dozs": 12, "score": 20, "half a dozen": 6},
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
        # a toll that has gone past a figure: "Quake deaths pass 5,000", "the toll surpassed 1,000"
        r"passed|passes|pass|surpassed|surpasses|surpass|surpassing|topped|tops|exceeded|exceeds|exceed|exceeding|crossed": Qualifier.MORE_THAN,
        r"larger than|bigger than|higher than|>": Qualifier.MORE_THAN,
        r"smaller than|lower than|<": Qualifier.LESS_THAN,
        r">=|> =|≥|(?:greater|more|larger|bigger|higher) (?:than )?or equal (?:to|than)|at least or equal to"
        r"|equal to or (?:greater|more|larger|higher) than": Qualifier.AT_LEAST,
        r"<=|< =|≤|(?:less|fewer|smaller|lower) (?:than )?or equal (?:to|than)|at most or equal to"
        r"|equal to or (?:less|fewer|smaller|lower) than": Qualifier.AT_MOST,
        r"at most|no more than|a maximum of|not more than": Qualifier.AT_MOST,
        r"fewer than|less than|under|below|just under": Qualifier.LESS_THAN,
        r"about|around|some|roughly|approximately|approx\.|an estimated|estimated|circa|ca\.|c\.": Qualifier.ABOUT,
        r"nearly|almost|close to|nigh on|getting on for": Qualifier.ALMOST,
        # (not a verb's particle: "The toll has been revised up to 52 from 47")
        r"up to(?<!\b(?:revised|raised|pushed|adjusted|gone|went) up to)|as many as|as much as": Qualifier.UP_TO,
    },
    qualifiers_after={
        # not before a figure: "5000 or more than 4500" is 5000 and more than 4500
        r"(?:or|and) (?:more|greater|higher|larger)(?: than)?(?![\s\u00a0]+(?:than\b|\d))|plus|-plus|\+": Qualifier.AT_LEAST,
        r"or (?:less|fewer|lower|smaller)(?: than)?(?![\s\u00a0]+(?:than\b|\d))": Qualifier.AT_MOST,
        r"or so": Qualifier.ABOUT,
    },
    month_precedes_day=True,
    range_openers=("between", "from"),
    range_joiners=("to", "and", "or", "through", "thru"),
    # "from 10 to 20" is a range; after a verb of change ("rose from 10 to 20") two figures
    change_openers=(
        r"(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|increased|increasing|grew|grown|fell|fallen|"
        r"dropped|declined|decreased|revised|raised|lowered|up|down|went|gone|changed|soared|surged|"
        r"doubled|tripled)(?: [\w-]+){0,4} from",
        # "rose by 12 to 67": the change and the new figure, two figures (the change is no count: "by")
        r"(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|increased|increasing|grew|grown|fell|fallen|"
        r"dropped|declined|decreased|went up|gone up|went down|gone down|soared|surged)(?: [\w-]+){0,2} by",
    ),
    period_ordinals=True,  # (English writes "3rd"; kept as before: "the 3." is rare either way)
    month_names=(
        r"january|february|march|april|may|june|july|august|september|october|november|december",
        r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|oct\.?|nov\.?|dec\.?",
    ),
    not_count_before=(
        # an aircraft's model after its maker: "the Boeing 737", "an ATR 72" (no count of people)
        r"(?-i:Boeing|ATR|Antonov|Tupolev|Ilyushin|Embraer|Bombardier|Cessna|Fokker|Sukhoi|Douglas|Dash)",
        r"since", r"aged", r"age", r"ages", r"ages? of", r"ages? of \d+ and", r"no", r"no\.", r"number", r"route", r"highway", r"interstate",
        r"flight", r"article", r"section", r"chapter", r"page", r"room", r"by", r"until",
        r"[$€£¥]", r"us\$", r"usd", r"eur", r"gbp", r"rs\.?", r"inr", r"class", r"level", r"category",
        r"grade", r"year", r"years", r"covid-", r"covid", r"g", r"f-", r"mig-", r"su-",
        # population figures: "a country of 19 million people", "home to 1.9 million people"
        r"(?:country|nation|city|town|province|state|region|island|capital|metropolis|megacity) of", r"populations? of",
        r"(?:community|village|county|township|borough|suburb|hamlet) of",  # "the community of 1,200"
        r"(?:younger|older) than",  # an age: "younger than 18"
        # an age told of one in a relative clause: "Their mother, who police believe is about 40, was also found"
        r"who(?: [\w'’]+){0,3} (?:is|was)(?: about| around| approximately)?",
        r"per",  # a rate: "19.3 deaths per 100,000 people"
        # the infected of an outbreak, no toll: "has killed 112 people and infected more than 4,000"
        r"(?:infected|infecting|sickened|sickening)(?: (?:more than|over|about|around|nearly|almost|some|at least|close to))?",
        r"home to", r"inhabited by", r"world war", r"votes? to", r"votes? against",
        # age lists: "aged 19, 21 and 34", "aged between 14 and 56"
        # an emergency number called, a station or channel named by its number: "called 911", "News 12", "NBC 6"
        r"call(?:ed|ing|s)?", r"dial(?:l?ed|ing|s)?", r"channel", r"news", r"(?-i:NBC|ABC|CBS|FOX|Fox|CW)", r"local",
        r"motel", r"club", r"studio", r"station", r"newschannel", r"(?-i:[KW][A-Z]{2,3})(?=[ \u00a0])",  # "KHOU 11", "WAFB 9" (on one line: no heading "THE WEEK")
        r"aged (?:\d+, )*\d+,?(?: and| or)?", r"aged (?:\p{L}{3,12}, )+(?:\p{L}{3,12},?(?: and| or))?",  # in words: "aged three, five and eight"
        r"ages? (?:\d+, )*\d+,?(?: and| or)?", r"aged between", r"(?:in )?ages? from", r"(?:in )?ages? between", r"image", r"slide", r"(?:image|slide) \d+ (?:of|/)(?: /)?", r"aged between \d+ and", r"aged from", r"aged from \d+ to",
    ),
    digits_not_count_before=(
        # an age: "until he turned 21", "the youngest was 17", "both 37", "also 22", "then 40"
        r"turn(?:ed|s|ing)?", r"(?:youngest|oldest)(?: (?:victim|one|of them))? (?:was|is|being)", r"(?<=, )(?:both|also|then)",
        # a flat, a road, an address or a station named by its number: "apartment 38", "County Road 7", "W. 4750", "WNEM TV 5"
        r"apartment", r"apt\.?", r"suite", r"unit", r"exit", r"(?-i:Road|Rd\.?|Street|Avenue)", r"(?-i:(?:[NSEW]|[NS][EW])\.)", r"tv",
        # a road, a place or a station named by its number: "near Beltway 8", "Loop 610", "in Terminal 2", "Moose Lodge 1148",
        # "Channel 4", a station's call sign: "WDRB 41", "KSDK 5"
        r"(?-i:Beltway|Loop|Terminal|Gate|Pier|Lodge|Channel|Precinct)", r"(?-i:[KW][A-Z]{2,3})",
        r"\d{1,3} ?/",  # the second number of a counter of pictures: "1 / 6 Back to Gallery"
        # the hour (or the age) of a death: "He was pronounced dead at 5 at the scene", "declared dead shortly after 11",
        # "died at about 5" (a death is told of its victims before the verb, never by a number after "at")
        r"(?:(?:pronounced|declared) dead|died) (?:at|around|shortly after|shortly before|just after|just before)(?: about| around)?",
    ),
    # a house number before its street's name: "shot at 6301 Ranchester near Bellaire", "found near 1450 Maple"
    house_number_before=(r"at", r"near", r"on", r"outside", r"off", r"behind", r"across from", r"in front of"),
    age_after_name=(r"was", r"is", r"has", r"had", r"of(?-i:(?= \p{Lu}))", r"all (?:died|were)"),
    not_count_after=(
        # ages of two: "a 13- or 14-year-old", "15- to 17-year-olds", "an 8- and 9-year-old boy", "an 11 and 13 year-old",
        # "17 and 19 years old"
        r"-? (?:or|to|and) \d{1,3}[- ](?:years?|months?)[- ]olds?", r"(?:,? (?:and|or)|,) \d{1,3} (?:years?|months?) old",
        r"-year-olds?", r"-years-old", r"years? old", r"-(?:years?|months?|mths?|yrs?) old", r"[- ]?(?:yo|y/o|y\.o\.)", r"-month-olds?", r"months? old", r"year", r"years", r"months?",
        r"-?thirds", r"-?quarters", r"-?fifths", r"-?tenths",  # "two-thirds of the victims": a share
        r"weeks?", r"days?", r"hours?", r"hrs?", r"minutes?", r"mins?", r"seconds?", r"a\.m\.?", r"p\.m\.?", r"am\b", r"pm\b",
        r"gmt", r"utc", r"percent", r"per cent", r"%", r"percentage points?", r"dollars?", r"euros?", r"pounds?",
        r"cents?", r"rupees?", r"yuan", r"\$", r"kilometers?", r"kilometres?", r"km", r"miles?", r"meters?", r"metres?", r"millimet(?:er|re)s?", r"mm", r"centimet(?:er|re)s?", r"inches", r"inch",
        r"feet", r"foot", r"ft", r"inches", r"degrees?", r"°", r"kg", r"kilograms?", r"tons?", r"tonnes?", r"liters?",
        # a distance in a city's blocks: "two people were shot about three blocks from the school"
        r"(?:city )?blocks?",
        r"litres?", r"acres?", r"hectares?", r"mph", r"km/h", r"points?", r"goals?", r"runs?", r"times\b", r"-fold",
        # shots and hours of work: "shot him three more times", "shot two, or three times", "500 man-hours"
        r"(?:more|other|additional|further) times\b", r",? (?:or|to) (?:\d{1,2}|\p{L}+) times\b", r"man[- ]?hours?",
        r"th\b", r"st\b", r"nd\b", r"rd\b", r"residents(?: in)? total", r"inhabitants(?! (?:were|have been|had been|had to|have fled|fled|died))", r"population",
        # a street address: "900 Garden Way", "3377 Woodhollow Road"
        r"(?-i:(?:\p{Lu}[\p{L}'’-]*\.? |\d+(?:st|nd|rd|th) ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Way|Boulevard|Blvd|Lane|Ln|Court|Ct"
        r"|Place|Circle|Parkway|Terrace|Highway|Hwy|Glen|Pike|Trail|Plaza|Square|Loop)(?![\w-]))",
        r"(?-i:Freeway|Fwy|Expressway)",  # "the 55 Freeway"
        # an address's direction and a block: "5800 South 53rd Glen", "5401 NW 27th St.", "2106 W. 4750 South", "the 7700 Utica block"
        r"(?-i:(?:[NSEW]|[NS][EW]|N\.[EW]|S\.[EW])\.?(?= \d| \p{Lu}(?!\p{Ll}*(?:an|ese|ish|i)\b)))", r"(?-i:(?:North|South|East|West) \d+(?:st|nd|rd|th))",
        r"(?-i:(?:\p{Lu}[\p{L}'’.-]* ){0,2}[Bb]lock)",
        r"['’]s\b", r"s\b(?! of)", r"-?storey", r"-?story",
        r"(?-i:News|NEWS)\b",  # a station named by its number: "9 News", "7 Action News", "10 On Your Side"
        r"(?-i:(?:Action|Eyewitness) News|On Your Side)", r"(?:emergency )?calls?\b",  # "911 calls brought police"
        r"\) ?\d{3}[-.]\w{4}",  # an area code: "(904) 630-0500"
        # an interstate written with a digit one for its "I": "shot on 1-20 near the exit", "crashed along eastbound 1-95"
        r"(?<=\b(?:on|along|off|onto|near|of|via|(?:east|west|north|south)bound) 1-\d{2,3})",
        r" ?/ ?\d{1,3}(?![\d,])",  # a counter of pictures or pages: "1 / 6 Back to Gallery", "2/3"
        # an age in apposition after one person named by a noun (s34inj): "The woman, 20, and her fetus were listed in fair
        # condition", "His wife, 34, and his son, 9, were wounded" (not "the victims, 34, ...": a noun in the singular)
        rf",(?<=\b(?:the|his|her|their)(?: [\w'’-]{{1,15}})? (?:{_VICTIM_NOUN_WORDS}|{_RELATIVE}), \d{{1,3}},)",
    ),
    count_context_before=(
        r"(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|increased|grew|reached|reaching|hit|"
        r"revised|raised|put)(?: [\w-]+){0,4} (?:to|at)",
        r"(?:toll|tally|number|total|figure)(?: [\w-]+){0,3} (?:stands at|stood at|is|was|of|at|now at|reached|hit|passed|topped|surpassed|exceeded)",
    ),
    # ---- numbers: fractions, scales, ambiguous words, range forms ----
    fraction_words={
        # (not "third", "fourth", "fifth": "a third person" is one more person)
        "half": (1, 2), "halves": (1, 2), "quarter": (1, 4), "quarters": (1, 4), "fourths": (1, 4),
        "thirds": (1, 3), "fifths": (1, 5),
    },
    suffix_scales={"k": 1000, "m": 1_000_000},
    ambiguous_number_words=frozenset({"one", "score", "scores"}),
    not_number_before=(
        r"the", r"this", r"that", r"which", r"each", r"every", r"any", r"no", r"his", r"her", r"its", r"their",
        r"our", r"my", r"your", r"he", r"she", r"it", r"whose",
    ),
    approximate_nouns={
        r"a good dozen": (12, Qualifier.MORE_THAN),
        r"a dozen or two": ((12, 24), Qualifier.RANGE),
        r"a score or so": (20, Qualifier.ABOUT),
    },
    # a number of victims named by a word of multiplicity: "a double homicide", "the triple murder";
    # a murder-suicide names the attacker's own death (the victims are counted apart)
    multiplicity_words={
        r"double[ -](?:homicides?|murders?|slayings?|killings?)(?![- ]suicide)": (2, Qualifier.EXACT, Category.DEATHS, "all"),
        r"triple[ -](?:homicides?|murders?|slayings?|killings?)(?![- ]suicide)": (3, Qualifier.EXACT, Category.DEATHS, "all"),
        r"quadruple[ -](?:homicides?|murders?|slayings?|killings?)(?![- ]suicide)": (4, Qualifier.EXACT, Category.DEATHS, "all"),
        r"murder[- ]suicides?(?<!attempted murder[- ]suicides?)": (1, Qualifier.EXACT, Category.DEATHS, "attackers"),
        # the attacker's own death: "the shooter then turned the gun on himself"
        r"turned the (?:gun|weapon|rifle|handgun|pistol) on (?:himself|herself)": (1, Qualifier.EXACT, Category.DEATHS, "attackers"),
        # the toll so far named by an ordinal: "Third victim dies after mass shooting", "a second man has died"
        r"second (?:victim|person|man|woman|teen|child|officer)(?= (?:has |later )?(?:dies|died)\b)": (2, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        r"third (?:victim|person|man|woman|teen|child|officer)(?= (?:has |later )?(?:dies|died)\b)": (3, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        r"fourth (?:victim|person|man|woman|teen|child|officer)(?= (?:has |later )?(?:dies|died)\b)": (4, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        # persons told before, named again by their age in the plural as the subject of a verb of death or
        # injury: two at least ("The 17-year-olds were pronounced dead about 30 yards apart"; a number
        # before the age counts itself: "the two 17-year-olds")
        r"the \d{1,3}-year-olds(?= (?:were|have been|had been) (?:both |later |also )?(?:pronounced dead|killed|found dead"
        r"|fatally (?:shot|wounded|injured)|shot (?:and killed|to death)|dead)\b| (?:both |later |also )?died\b)": (
            2, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        r"the \d{1,3}-year-olds(?= (?:were|have been|had been) (?:both |also )?(?:(?:critically|seriously|severely) )?"
        r"(?:wounded|injured|hurt)\b)": (2, Qualifier.AT_LEAST, Category.INJURIES, "all"),
        # one death named by the singular: "charged in the shooting death of a woman", "a teen's shooting death"
        r"(?:shooting|stabbing|beating) death": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # one victim named after a noun or verb of killing: "the fatal shooting of a 15-year-old", "arrested
        # for the murder of 16-year-old", "charged in the death of John Smith", "accused of fatally shooting a teen"
        # (not several: "the fatal shooting of two men", "a couple of", "his three children")
        rf"(?:murder|killing|slaying|death) of{_ONE_NAMED}": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        rf"(?:(?:fatal|deadly) shooting of|fatally shooting){_ONE_NAMED_OR_ARTICLE}": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # the same after a verb of killing in the active: "the shooting that killed 13-year-old Eddie Holmes",
        # "charged with killing his cousin", "a man who fatally shot Jon Doe"; not the passive ("were killed Jon
        # Doe's ..."), not a day or a headline's next word ("killed Saturday Night", "Killed In Crash")
        # (nor a family or persons in the plural: "accused of killing his family", "killed their parents"; nor the
        # first of a list: "killed their father, mother, sister and a friend", "killed man, toddler", "fatally
        # shot his daughter, whom ..., and six of his grandchildren")
        r"(?:(?:shot and |fatally )?kill(?:ed|s|ing)|fatally sh(?:ot|oots))(?<=(?-i:kill(?:ed|s|ing)|fatally sh(?:ot|oots)))"
        r"(?<!\b(?:was|were|been|being|be|is|are) (?:shot and |fatally )?\w+)"
        rf"(?! (?-i:{_DAY_OR_MONTH})\b)(?! (?:his|her|their) (?:[\w-]+ )?(?:family|families|children|kids|people|[\w-]+s)\b)"
        r"(?![^.;:\n]{0,80}?(?:(?:,|,? and|,? as well as) (?:a|an|his|her|their|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|both)\b"
        rf"|, [a-z]+(?:,|\n|$| and\b))){_ONE_NAMED}": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # the same with a time of day between the verb and its object: "shot and killed early Sunday a 24-year-old",
        # "fatally shot on Friday night his neighbour" (a day alone after the verb is no object: "killed Saturday")
        rf"(?:(?:shot and )?kill(?:ed|s)|fatally sh(?:ot|oots))(?<=(?-i:kill(?:ed|s)|fatally sh(?:ot|oots)))"
        r"(?<!\b(?:was|were|been|being|be|is|are) (?:shot and )?\w+)"
        rf"(?= (?:(?:early|late) )?(?:on )?(?-i:{_WEEKDAY})(?: (?:morning|afternoon|evening|night))?{_ONE_NAMED_OR_ARTICLE})": (
            1, Qualifier.EXACT, Category.DEATHS, "all"),
        # the one who shot or killed himself ("the 17-year-old fatally shot himself", "teen who killed himself"):
        # the shooter's own death, as "turned the gun on himself"
        r"fatally sh(?:ot|oots) and kill(?:ed|s) (?:himself|herself)|fatally sh(?:ot|oots) (?:himself|herself)"
        # (the look-behind after the literal start: the grammar's gate reads the start)
        r"|shot and kill(?:ed|s) (?:himself|herself)(?<!\b(?:and|,|&) shot and kill(?:ed|s) (?:himself|herself))"
        r"|kill(?:ed|s) (?:himself|herself)(?<!\b(?:and|,|&) kill(?:ed|s) (?:himself|herself))": (
            1, Qualifier.EXACT, Category.DEATHS, "attackers"),
        # but one who shot himself by accident and died is the victim ("he accidentally shot himself and died", "boy
        # accidentally shoots self in face, dies", "accidentally shot and killed herself")
        r"accidentally sh(?:ot|oots?) (?:himself|herself|self)(?: in (?:the )?\w+)?(?: and|,) (?:later )?(?:died|dies)"
        r"|accidentally sh(?:ot|oots?) and kill(?:ed|s) (?:himself|herself)": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # one wounded the same way: "killing a 6-year-old and critically wounding his father", "the wounding of a teen"
        rf"(?:(?:critically|seriously|severely) )?wounding(?: of)?{_ONE_NAMED_OR_ARTICLE}": (1, Qualifier.EXACT, Category.INJURIES, "all"),
        # "the drive-by shooting that injured a six-year-old girl", "a shooting that critically wounded Officer Jane Roe"
        rf"(?:that|which) (?:injured|wounded|critically injured|critically wounded|seriously injured|seriously wounded|severely injured|severely wounded){_ONE_NAMED_OR_ARTICLE}": (1, Qualifier.EXACT, Category.INJURIES, "all"),
        # two persons named by nouns as the object of a verb of harm in the active: "The shooting also injured a
        # 39-year-old man and a 24-year-old man", "killed a 1-year-old boy and his uncle" (not the first of a longer list)
        rf"(?:injur(?:ed|ing)|wound(?:ed|ing)) (?:a|an) (?:{_PAIR_AGE})?(?:{_PAIR_FIRST}) and (?:a|an|his|her|their) (?:{_PAIR_AGE})?(?:{_PAIR_SECOND})\b"
        r"(?!-|,? (?:and|as well as)\b)": (2, Qualifier.EXACT, Category.INJURIES, "all"),
        rf"(?:kill(?:ed|ing)|fatally sh(?:ot|ooting)) (?:a|an) (?:{_PAIR_AGE})?(?:{_PAIR_FIRST}) and (?:a|an|his|her|their) (?:{_PAIR_AGE})?(?:{_PAIR_SECOND})\b"
        r"(?!-|,? (?:and|as well as)\b)": (2, Qualifier.EXACT, Category.DEATHS, "all"),
        # two relatives after a possessive as the object of a verb of harm: "wounded his wife and his daughter", "killed his
        # wife and daughter and then turned the gun on himself" (German "verletzte seine Frau und seine Tochter"; not
        # the first of a longer list; a verb after "and" begins a new clause)
        rf"(?:injur(?:ed|ing)|wound(?:ed|ing)) (?:his|her|their) (?:{_PAIR_AGE})?(?:{_PAIR_RELATIVE}) and (?:(?:his|her|their) )?(?:{_PAIR_AGE})?(?:{_PAIR_RELATIVE})\b"
        rf"{_NOT_LIST_AFTER}": (2, Qualifier.EXACT, Category.INJURIES, "all"),
        rf"(?:kill(?:ed|ing)|fatally sh(?:ot|ooting)|shot and killed) (?:his|her|their) (?:{_PAIR_AGE})?(?:{_PAIR_RELATIVE}) and (?:(?:his|her|their) )?(?:{_PAIR_AGE})?(?:{_PAIR_RELATIVE})\b"
        rf"{_NOT_LIST_AFTER}": (2, Qualifier.EXACT, Category.DEATHS, "all"),
        # one more wounded after the dead, named by "another" or an ordinal: "fatally shooting three people and
        # wounding another", "shooting three people to death and seriously injuring a fourth" (not "another time")
        r"(?:wound(?:ed|ing)|injur(?:ed|ing)|(?:critically|seriously|severely) (?:wound(?:ed|ing)|injur(?:ed|ing))"
        r"|also (?:wounded|wounding|injured|injuring)) (?:another|a (?:second|third|fourth|fifth|sixth))"
        r"(?<=\b(?:and|,) (?:(?:critically|seriously|severely|also) )?\w+ \w+(?: \w+)?)(?! (?:time|round|shot|bullet|suspect|gunman|shooter)\b)": (
            1, Qualifier.EXACT, Category.INJURIES, "all"),
        # (s35inj2) one more dead after the wounded, the same way: "charged with shooting two officers and killing a third",
        # "wounded two people and fatally shot another" (not "a third of", "another time")
        r"(?:kill(?:ed|ing)|fatally (?:shot|shooting|wounded|wounding)|shot and killed|shooting and killing) (?:another|a (?:second|third|fourth|fifth|sixth))"
        r"(?<=\b(?:and|,) (?:(?:then|later) )?\w+(?: and \w+)? \w+(?: \w+)?)(?! (?:time|round|shot|bullet|suspect|gunman|shooter|of)\b)": (
            1, Qualifier.EXACT, Category.DEATHS, "all"),
        # one more hurt after the dead as the subject of its own clause, by an ordinal alone or "another" before a state
        # of the living: "three people were shot and killed and a fourth was wounded", "Three people were shot to death
        # and another was in critical condition", "one man died, and another was taken to a hospital" (not "another time")
        r"a (?:second|third|fourth|fifth|sixth)(?<=\b(?:and|,) a \w+)"
        r"(?= (?:was|is) (?:(?:critically|seriously|severely|badly) )?(?:wounded|injured|hurt)\b(?! (?:a|an|the|his|her|their|him|them)\b))"
        r"|(?:another|a (?:second|third|fourth|fifth|sixth))(?<=\b(?:and|,) (?:another|a \w+))"
        r"(?= (?:was|is|remains|remained) (?:listed )?in " + _CONDITION + _NO_DEATH_AFTER + r"| (?:was|is) hospitali[sz]ed\b" + _NO_DEATH_AFTER
        + r"| (?:was|is) (?:taken|rushed|transported|airlifted|flown) " + _TO_HOSPITAL + ")": (1, Qualifier.EXACT, Category.INJURIES, "all"),
        # one more dead, an ordinal alone the subject of its own clause after "and", "but" or a comma: "Three hikers were
        # rescued, but a fourth was found dead", "two passengers were hurt and a third died" (French "mais un quatrième a
        # été retrouvé mort", German "aber ein vierter wurde tot aufgefunden")
        r"a (?:second|third|fourth|fifth|sixth)(?<=(?:\band|\bbut|,) a \w+)"
        r"(?= (?:was|is) (?:found dead|killed|pronounced dead|dead)\b| (?:later )?died\b)": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # one more hurt after a first count split by degree, the verb left out: "Three occupants were seriously injured and
        # one slightly" (German "drei schwer und einer leicht verletzt" is read by single_victim_words)
        r"one(?<=\b(?:seriously|critically|severely|badly|slightly|gravely) (?:injured|hurt|wounded) and one)"
        r"(?= (?:slightly|seriously|critically|severely|badly|moderately)\b(?! (?:injured|hurt|wounded)\b))": (
            1, Qualifier.EXACT, Category.INJURIES, "all"),
    },
    range_joiners_after_opener=("and",),
    bound_joiners=(r"and", r",", r"but"),
    or_equal_after=(r"or equal(?! to\b)", r"or equal to"),
    coordinators=("and", "or"),
    year_context_before=(r"in", r"since", r"by", r"from", r"until", r"of", r"before", r"after", r"early", r"late", r"mid", r"year", r"summer", r"winter", r"spring", r"autumn", r"fall",
                         r"its", r"his", r"her", r"their",  # "his 2011 conviction"
                         # "the 1991 killings", "a 2013 shooting": English writes a count of thousands with a comma
                         r"the", r"a"),
    category_nouns={
        Category.DEATHS: (
            r"dead", r"deaths?", r"death toll", r"fatalities", r"fatality", r"bodies", r"body",
            r"corpses?", r"lives", r"killings?", r"deceased", r"martyrs?", r"dead bodies",
            r"fatally (?:wounded|injured)",  # "The boy was fatally wounded": the wound killed him
            r"fatal (?:drug |opioid |fentanyl )?overdoses?",  # "The county recorded 312 fatal overdoses in 2022"
        ),
        Category.INJURIES: (r"injured", r"wounded", r"injuries", r"hurt", r"wounded people"),
        # (not detainees who died, the verb right after them: "Three detainees died in custody", as French "Trois détenus sont
        # morts en détention")
        Category.ARRESTS: (r"arrests?", r"detainees?(?! (?:have |had )?died\b| (?:were|have been) (?:found dead|killed)\b)", r"detentions?",
                           r"arrested", r"detained"),
        Category.TROOPS: (
            r"troops", r"soldiers?", r"servicemen", r"service members", r"paratroopers?", r"peacekeepers?",
            r"personnel", r"marines", r"forces", r"fighters?", r"reservists?", r"sailors?", r"airmen",
            r"strong (?:[\w-]+ )?(?:force|contingent|army|brigade|battalion|unit|deployment|mission)",  # "a 2,500-strong force"
        ),
        Category.PARTICIPANTS: (r"strong (?:crowd|mob|gang|group)",),  # "a 300-strong mob"
        Category.MISSING: (r"missing", r"unaccounted for"),
        Category.DISPLACED: (r"displaced", r"refugees", r"evacuees", r"homeless", r"idps", r"internally displaced persons"),
    },
    category_verbs={
        Category.DEATHS: (
            r"killed", r"killing", r"kills", r"kill", r"dead", r"died", r"die", r"dies", r"dying",
            r"lost (?:their|his|her) lives?", r"perished", r"slain", r"shot dead", r"murdered", r"executed",
            r"drowned", r"burned to death", r"died of (?:their|his|her) (?:wounds|injuries)", r"liquidated",
            r"eliminated", r"neutrali[sz]ed", r"death toll", r"fatally", r"massacred", r"left dead",
            r"claimed the lives of", r"claiming the lives of", r"found dead", r"confirmed dead", r"pronounced dead",
            r"succumbed", r"shot and killed", r"(?:found )?shot to death", r"stabbed to death", r"beaten to death", r"crushed to death",
            r"trampled to death", r"swept to (?:their|his|her) deaths?",  # a stampede's, a flood's dead
            r"gunned down", r"beheaded", r"burn[te]d? (?:alive|to death)", r"starved to death", r"hacked to death",
            r"lynched", r"assassinated", r"could not be saved", r"were among the dead", r"was among the dead",
            r"martyred",  # agency copy of a side's own dead: "two policemen were martyred"
            # a death told as a life not kept: "two did not survive", "a 16-year-old boy who did not survive his wounds"
            r"did not survive", r"didn['’]t survive",
            r"fatalities", r"deaths",  # "road fatalities rose to 1,711"
            r"bodies of", r"remains of", r"killing of", r"deaths of",  # "the bodies of 61 migrants"
            # (not the attempt, which kills no one: "charged with the attempted murder of three officers")
            r"murders? of(?<!\battempted murders? of)", r"slayings? of", r"death of",  # "in the murder of a 17-year-old"
            r"(?:fatal|deadly) shootings? of",  # "the fatal shooting of two men"
            # the active verb of a killing with its adverb or its end apart from it: "fatally shooting three people and
            # wounding another", "shot and fatally wounded four friends", "shooting three people to death and injuring a fourth"
            r"fatally (?:shooting|shot|wounding|wounded|stabbing|stabbed)",
            # (a count as the object, no article or pronoun: not "one of the homeowners shot the suspect to death")
            r"to death(?<=\b(?:shooting|shot|stabbing|stabbed|beating|beat) (?!(?:the|a|an|him|her|them|his|their|its)\b)(?:[\w'’-]+ ){1,3}to death)",
        ),
        Category.INJURIES: (
            r"injured", r"injuring", r"wounded", r"wounding", r"hurt", r"hurting", r"hospitali[sz]ed",
            r"maimed",  # "killed or maimed": Unicef's count of children, the dead and the hurt together (category.dead-or-injured)
            r"injures",  # a headline's present: "Man kills stepfather, injures mother, 3 others"
            # the living hurt: "19 were killed and five survived with serious injuries" (survived alone counts no one)
            r"survived with (?:(?:serious|severe|minor|critical|multiple|life-threatening|non-life-threatening) )?(?:injuries|wounds|burns)",
            # the same with "wounds", a verb only after a clause's start or a noun of the shooting, never the noun of a
            # wound ("Shooting kills 1, wounds 2", "kills three and wounds two", "Gunman wounds two"; not "died of his wounds")
            r"wounds(?<=(?:,|\b(?:and|shooting|shootings|gunfire|gunman|shooter|attack|ambush|man|woman|teen|officer|deputy|suspect)) wounds)",
            r"treated (?:in|at) (?:a |the )?(?:local )?hospitals?", r"(?:being|were|was) treated", r"receiving (?:medical )?treatment",
            r"needed (?:hospital |medical )?treatment", r"suffered (?:\w+ )?injuries",
            r"escaped with (?:only )?(?:minor |slight |light |serious |severe )?injuries",  # as German "kam mit leichten Verletzungen davon"
            # "124 people had sought medical help after the blast"
            r"(?:sought|seeking|needed|needing|required|requiring) (?:medical|hospital) (?:help|care|attention|assistance)", r"sustained (?:\w+ )?injuries",
            r"suffered (?:\w+ )?(?:burns|wounds|fractures|gunshot wounds)",
            # one wound, a graze, the hope of recovery: "suffered a gunshot wound", "was grazed", "all five are expected to survive"
            r"(?:suffered|sustained|suffers|sustains) (?:a |an )?(?:[\w-]{1,24} )?(?:gunshot|bullet) wounds?", r"(?:was|were|been|got) grazed",
            # a bullet that hit a limb: "Devon was struck in his right shoulder", "two men were hit in the legs"
            r"(?:struck|hit) " + _LIMB.replace("(?:the |his |her )?", "(?:the |his |her |their )?"),
            # hit by bullets, dead or alive (shot_words): "The boy was struck by a stray bullet", "Four people were hit by gunfire"
            r"(?:struck|hit) by (?:a )?(?:stray )?(?:bullets?|gunfire)(?! (?:fragments?|debris)\b)(?<=\b(?:were|was|been|are|got) (?:struck|hit) [\w ]{2,20})"
            # (not a thing hit: "reported their car was struck by a bullet")
            r"(?<!\b(?:car|vehicle|house|home|window|building|truck|van|residence|apartment|wall|door)s? (?:were|was|been|are|got) (?:struck|hit) [\w ]{2,20})",
            r"(?:is|are|was|were) expected to (?:survive|recover)", r"(?:is|are|was|were) recovering",
            # care the event sent them to: "a shooting that sent four people to the hospital", "Shooting sends 4 people to
            # the hospital" (not where one died there); a headline's recovery: "Two children recovering after ..."
            _SENT_TO_HOSPITAL,
            _PUT_IN_HOSPITAL,
            r"recovering(?<=\d recovering|\b(?:two|three|four|five|six|seven|eight|nine|ten|people|men|women|teens|children|kids|victims"
            r"|others|boys|girls) recovering)(?= (?:after|from)\b)",
            r"in intensive care", r"in (?:a )?critical condition", r"in (?:a )?serious condition", r"suffered (?:from )?(?:\w+ )?(?:asphyxiation|smoke inhalation|burns)",
            r"injuries", r"taken to (?:a |the )?(?:local )?hospitals?", r"(?:remain(?:ed|s)?|still|were|are|was|is) in (?:the )?hospital",
            # one who shot himself by accident: "a 2-year-old girl who accidentally shot herself" (dead or alive)
            r"(?:accidentally )?sh(?:ot|oots|ooting) (?:himself|herself|self)(?<=accidentally sh\w{2,5} (?:himself|herself|self))",
            r"in (?:a )?(?:serious|critical|stable|grave) condition",
            # care taken to a hospital, a condition of one word or two: "were rushed to Mercy Hospital",
            # "was airlifted to a trauma center", "in serious but stable condition", "in non-critical condition"
            # (not after "shot" in the clause: "was shot and rushed to a hospital", "who was shot was rushed to
            # Mercy Hospital, where she died" count the shot, dead or alive)
            r"(?:taken|transported|rushed|airlifted|flown|driven|brought|admitted)(?<!\bshot\b[\w ,'’-]{0,80})" + _NO_DEATH_AFTER + " " + _HOSPITAL,
            r"in " + _CONDITION,
            r"(?:medically )?released from (?:a |an |the )?(?:local |area |nearby )?hospital",  # "was medically released from a local hospital"
            r"sh(?:ot|oots|ooting) (?:himself|herself) " + _LIMB,  # "Teen shoots himself in leg"
            r"(?:suffered|sustained) [\w-]{1,24},? (?:but |and )?[\w-]{1,24} injuries",  # "suffered serious, but non-life-threatening injuries"
            # "Six people were shot, two of them fatally": the shot and the stabbed are wounded, the dead
            # among them are named apart ("shot dead", "stabbed to death" are deaths, tried first)
            # "was accidentally shot", "two others were also shot"
            r"shot(?! dead| and killed| to death)(?<=\b(?:were|was|been|are|got)(?: \w+ly| also)? shot)",
            # a headline's bare participle right after the figure: "Four shot, one killed", "2 shot in park"
            r"shot(?! dead| and killed| to death)"
            r"(?<=\d shot|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|people|men|women|teens|others) shot)",
            r"stabbed(?! to death)(?<=\b(?:were|was|been|are|got) stabbed)", r"shot and wounded", r"stabbed and wounded",
            # the shot as the verb's object, dead or alive ("the gunman shot four people", "shot 3 others"): read
            # only right before a figure (the end of the text read), never as the verb after one (its subject)
            # (not the noun: "an officer fired one shot and missed")
            r"shot(?=$)(?<!\b(?:was|were|been|be|is|are|got|get|being|a|an|the|one|single|first|second|warning|fired) shot)",
            # (s35inj2) the gerund after a preposition, the same way: "charged with shooting two officers and killing a third",
            # "accused of shooting three people" (a verb of the shot as the object's verb only, no noun: "the shooting")
            r"shooting(?=$)(?<=\b(?:with|of|for|after|in|over) shooting)",
            # a headline's one victim by a noun, shot before a preposition: "4-year-old shot in foot", "Teen accidentally shot by friend"
            # (an adverb before it read with it, literal words for the gate: "Toddler accidentally shot in foot")
            # (s35inj2: any noun of one person the single victim's words know, "Driver shot after crash on I-40", "Passenger
            # shot in car on Main Street"; not the one who shoots: gunman, shooter, attacker, assailant)
            r"(?:(?:accidentally|critically|seriously|apparently|reportedly|allegedly) )?shot(?= (?:in|at (?!(?:police|officers?|deputies|troopers?|him|her|them)\b)|on|near|while|after|during|outside|inside|by (?!police))\b)(?! (?:in|at|on|near) (?:the )?\d)"
            r"(?<=\b(?:year-old|juvenile|" + _VICTIM_NOUN_WORDS + r")(?:, \d{1,3},)?(?: \w{1,12}ly)? shot)"
            r"(?<!\b(?:gunman|shooter|attacker|assailant|deceased)(?:, \d{1,3},)?(?: \w{1,12}ly)? shot)",
            _CAME_TO_HOSPITAL,
            # care sent to: "two others were sent to Regional Medical Center", "All seven were sent to University Hospital"
            _SENT_IN_CARE,
        ),
        Category.ARRESTS: (
            # "held" only as detention: not "protesters held a rally"
            r"arrested", r"detained", r"arresting", r"detaining", r"(?:being|been|were|was|are|is|remain|remained) held",
            r"held (?:in|on|without|incommunicado|for questioning|by police|by the police|hostage|captive)", r"taken into custody", r"in custody",
            # the active, its object between: "Police took 14 people into custody" (as German "nahm 14 Personen in Gewahrsam")
            # (a count right after the verb, not a name: "an officer took Maddox into custody" counts no officer)
            r"into custody(?<=\b(?:took|take|takes|taking) (?:(?:a total of|at least|more than|about|around|some|another) )?"
            r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|dozens|scores|hundreds)"
            r" (?:[\w-]+ ){0,4}into custody)",
            r"in (?:pre-?trial |police )?detention", r"behind bars", r"in (?:police|jail|prison|military) custody",
            r"rounded up", r"apprehended", r"jailed", r"imprisoned", r"locked up", r"picked up", r"captured",
            r"taken prisoner", r"under arrest", r"arrests", r"detentions", r"in detention", r"in jail",
            r"arrest of", r"detention of",
            # (not a sentence's term: "were each sentenced to 25 years in prison", "life behind bars")
            r"in prison(?<!\b(?:years?|months?|life|terms?|time|decades?|sentences?) in prison)", r"in police custody",
            # the accused, not the dead: "Three charged in shooting that left teen dead"
            r"charged(?! (?:\w+ )?(?:fee|fees|price|particles?|atmosphere))", r"indicted",
            # the accused by the charges they face: "police said two other men face charges", "now face weapons charges"
            # (not charges still to come: "will face charges", "could face charges")
            r"fac(?:e|es|ing)(?<!\b(?:will|could|may|might|would|to|not|n't) fac\w+) (?:[\w-]+ ){0,2}charges?",
        ),
        Category.TROOPS: (
            r"deployed", r"deploying", r"deploy",
            # (not the harm of an event: "a shooting that sent four people to the hospital" counts the injured)
            r"sen(?:t|ding|d)(?<!\b(?:shooting|shootings|gunfire|attack|crash|blast|explosion|stabbing)(?: [\w'’-]+){0,6}? sen(?:t|ding|d))", r"dispatched", r"stationed",
            r"mobili[sz]ed", r"massed", r"arrived", r"based", r"flown in", r"on standby",
            # "About 20,000 police officers will be on duty across France" (a force's duty, not a lone officer's)
            r"on (?:duty|patrol)(?<=\b(?:be|are|were) on (?:duty|patrol))",
        ),
        # those a fight or a party drew in, the verb before them: "a fight involving 30+", "a brawl that may have involved
        # 100 people", "The party was attended by some 100 people" (no victims of a harm told before in the sentence; not
        # after a harm, whose victims they are: "a murder-suicide involving two adults and two children")
        Category.PARTICIPANTS: (
            r"involving(?<=\b(?:fights?|brawls?|melee|altercation|scuffle|confrontation|disturbance|party|gathering) involving)",
            r"involved(?<=\b(?:fights?|brawls?|melee|altercation|scuffle|confrontation|disturbance|party|gathering)"
            r"(?: that| which)?(?: may| might| could)?(?: have| has| had) involved)",
            r"attended by(?<=\b(?:was|were) attended by)(?! (?:paramedics|medics|doctors|emergency|firefighters|ems)\b)",
        ),
        Category.MISSING: (
            r"missing", r"unaccounted for", r"feared missing",
            # the trapped are not yet found: "21 miners were trapped underground", "with nine others still trapped"
            r"trapped(?<=\b(?:were|was|are|is|remain|remained|remains|still|been|left) trapped)", r"trapped underground",
            # its auxiliary left out after a list's first verb: "seven were killed and 15 others trapped"
            r"trapped(?<=\b(?:others|more) trapped)",
            # "Hundreds are still believed to be trapped under the rubble" (German "unter den Trümmern vermutet")
            r"(?:believed|thought|feared) (?:to be )?trapped", r"trapped (?:under|beneath) (?:the )?(?:rubble|debris|wreckage)",
            # the buried not yet found: "with dozens more feared buried", "at least 20 are believed buried under the mud"
            r"(?:believed|thought|feared) (?:to be |to have been )?buried",
            # the active verb before its figure: "The collapse left eight dead and trapped dozens", "trapped about 30 workers"
            # (read back from the figure: a look-behind, no look-ahead past the verb)
            r"trapped(?<=\b(?:and|also|has|have|had|collapse|landslide|mudslide|quake|earthquake|avalanche|cave-in|blast|explosion) trapped)",
            # those rescuers still search for, the verb right before the figure: "rescuers are still searching for about a
            # dozen people" (not "police are searching for two suspects": only searchers of a disaster's rescue)
            # and those they still try to reach: "rescue teams are still trying to reach four others" (not "trying to reach 30
            # villagers cut off by the floods": "still" says they are lost)
            r"(?:(?:searching|search|looking|hunting) for|still (?:trying|working|struggling) to reach)(?=$)(?<=\b(?:rescuers|rescue (?:workers|teams|crews)|"
            r"searchers|divers|search teams|emergency (?:workers|crews)|firefighters|coast ?guards?|volunteers)(?: [\w-]+){0,3} "
            r"(?:(?:searching|search|looking|hunting) for|still (?:trying|working|struggling) to reach))",
        ),
        Category.DISPLACED: (
            r"displaced", r"displacing", r"evacuated", r"(?:forced|ordered) the evacuation of", r"evacuation of", r"fled", r"forced (?:to flee|from their homes)", r"left homeless", r"uprooted",
            r"(?:have|has|had) left the country", r"from their homes", r"(?:fled|left|lost) their homes", r"on the run",
            r"sought refuge", r"sheltering in evacuation (?:centres|centers)",
            # "About 30,000 people sought shelter in evacuation centres" (not shelter from gunfire: the place is named)
            r"(?:sought|seeking|took|taking|taken) (?:shelter|refuge) in (?:evacuation |emergency |temporary |government )?(?:centres|centers|shelters|camps)", r"in (?:emergency|evacuation) shelters",
            # still in the shelters: "Some 15,000 people remain in evacuation centres", "are staying in relief camps"
            r"(?:remain|remained|remains|are|were|staying|stayed|living|housed) in (?:temporary |emergency |government |makeshift )?"
            r"(?:evacuation (?:centres|centers|shelters)|relief (?:camps|centres|centers)|displacement camps)",
            r"(?:ordered|told|forced|urged) to (?:evacuate|leave their homes)",  # "Some 4,000 residents were ordered to evacuate"
            # the object of a cause: "forced some 30,000 people to evacuate their homes" (not "as he tried to flee")
            r"to (?:evacuate|flee)(?<=\b(?:forced|forcing|forces|prompted|prompting|compelled|driven|ordered|ordering|told|urged|obliged)"
            r" (?:[\w,.'’-]+ ){1,5}to (?:evacuate|flee))",
        ),
    },
    toll_cues={  # "the death toll rose to" is also a category verb; these decide a figure with no verb of its own
        Category.DEATHS: (
            r"(?:death|total|overall|cumulative|casualty|official) tolls?", r"tolls?", r"number of (?:the )?(?:dead|deaths|fatalities|victims)",
            # the dead among whom a part is told, as French "parmi les victimes": "Among the victims are five children"
            # (after a toll of the injured, the victims are those injured: category.toll-before-figure yields)
            r"among the (?:dead|victims|killed)",
            # a noun of the dead as the subject of a verb of change: "Fatal overdoses rose to 94 in the first half of the
            # year" (a toll without the word "toll"; "deaths" is a verb of death of its own)
            r"fatal (?:overdoses|poisonings|drownings)(?: have| has)? (?:rose|risen|climbed|increased|jumped|fell|dropped|declined|reached)(?: to)?",
        ),
        # "..., and the number of injured to more than 5,000": the injured's own toll after the dead's
        Category.INJURIES: (r"number of (?:the )?(?:injured|wounded|injuries)",),
        # "Authorities put the number of evacuees at about 60,000"
        Category.DISPLACED: (r"number of (?:the )?(?:evacuees|displaced(?: people)?|homeless|people (?:evacuated|displaced))",),
        Category.PARTICIPANTS: (
            r"(?:the |a )?crowds?", r"turnout", r"attendance",
            r"(?:number|count) of (?:protesters|demonstrators|participants|marchers|people taking part)",
            # "The protesters numbered about 3,500": the crowd counted with a verb of number
            r"(?:the )?(?:protesters|demonstrators|marchers|strikers) (?:numbered|number|totalled|totaled)",
        ),
        # the cases of an epidemic, no toll of the dead told before them: "..., while suspected cases have passed 12,000",
        # "the number of infections rose to 4,000"
        Category.OTHER: (
            r"number of (?:suspected |confirmed |new )?(?:cases|infections)",
            # (a verb of change that opens the figure is the figure's own: "have passed 12,000")
            r"(?:suspected|confirmed|new|reported) (?:cases|infections)(?: (?:have|has|had))?(?: (?:rose|risen|climbed|increased|jumped|reached)(?: to)?)?",
        ),
    },
    group_words={
        "protesters": (
            r"protesters?", r"protestors?", r"demonstrators?", r"activists?", r"rioters?", r"looters?",
            r"armed criminals", r"anti-government protesters", r"marchers", r"participants",
            r"(?:opposition |government )?supporters",
        ),
        "security_forces": (
            r"security forces?", r"police(?: officers?| officials?)?", r"policemen", r"policewomen", r"officers?",
            r"national guard(?:smen|s)?", r"guardsmen", r"security personnel", r"law enforcement(?: officers)?",
            r"soldiers?", r"troops", r"servicemen", r"service members", r"guards(?<!security guards)", r"(?:border|prison) guard", r"gendarmes?",  # (a private "security guard" is none)
            r"members of the (?:security|armed)(?: forces)?", r"military personnel", r"policem[ae]n",
            r"(?:state )?troopers?",  # "A state trooper was wounded and two suspects were killed"
        ),
        "civilians": (
            # plural forms only where the singular mostly modifies another noun ("a passenger train")
            r"civilians?", r"bystanders", r"women", r"woman", r"journalists?", r"reporters", r"passers-by", r"residents",
            r"pilgrims", r"refugees", r"medics", r"doctors", r"nurses", r"aid workers?", r"health workers?",
            r"media workers", r"villagers", r"worshippers", r"students", r"workers", r"tourists", r"passengers",
            r"shoppers", r"teachers?", r"patients", r"farmers", r"fishermen", r"mourners", r"guests", r"staff members",
            r"migrants", r"asylum seekers", r"evacuees", r"displaced people",
            r"miners", r"employees", r"fans", r"spectators", r"concertgoers", r"festivalgoers",
            r"churchgoers", r"parishioners", r"crew members", r"volunteers", r"humanitarian workers",
            # (one alone too, not where it modifies a noun: "Two crew members and one passenger died"; not "a passenger train")
            r"passenger(?! (?:trains?|planes?|jets?|ferr(?:y|ies)|bus(?:es)?|ships?|vessels?|aircraft|cars?|vans?|boats?|liners?"
            r"|flights?|side|seats?|doors?|windows?|numbers?|traffic|rail|services?|volumes?|compartments?|cabins?|airlines?)\b)",
            r"crew member",
            r"paramedics", r"ambulance (?:workers|crews|staff)",  # medical staff, as "Sanitäter"
        ),
        "children": (
            r"children", r"child", r"babies", r"baby", r"infants?", r"minors", r"minor(?! injur| wound| burn| cut| damage)", r"toddlers?", r"kids", r"girls?", r"boys?",
            r"teenagers?", r"pupils", r"schoolchildren", r"schoolgirls", r"schoolboys",
        ),
        "foreign_troops": (
            r"foreign troops", r"foreign soldiers", r"peacekeepers?", r"peacekeeping (?:troops|force|contingent|mission)",
            r"coalition troops", r"international troops", r"strong (?:[\w-]+ )?peacekeeping force",
        ),
        "attackers": (
            r"militants?", r"gunmen", r"gunman", r"shooters?", r"attackers?", r"assailants?", r"insurgents?", r"rebels?",
            r"terrorists?", r"bandits?", r"jihadists?", r"fighters?", r"extremists?", r"separatists?", r"armed men",
            r"suicide bombers?", r"bombers?", r"perpetrators?", r"raiders", r"hostage[- ]takers?", r"kidnappers?", r"abductors?",
        ),
    },
    person_words=(
        r"people", r"persons?", r"individuals?", r"men", r"man", r"residents", r"inhabitants", r"miners",
        r"inmates", r"others?", r"members", r"survivors", r"victims", r"suspects?", r"adults", r"citizens", r"nationals",
        r"employees", r"prisoners", r"brothers", r"sisters", r"siblings", r"sons", r"daughters", r"relatives",
        r"family members", r"friends", r"neighbou?rs", r"colleagues", r"crew members", r"crew", r"volunteers",
        r"firefighters", r"rescuers", r"rescue workers", r"swimmers", r"fans", r"spectators",
        r"foreigners", r"youths", r"herders", r"pensioners", r"elderly people", r"couples?", r"families",
        r"drivers?", r"motorists?", r"pedestrians?", r"cyclists?", r"motorcyclists?", r"occupants", r"travell?ers",
        # one named by an age alone: "a 3-year-old died", "two 16-year-olds were wounded"
        rf"{_AGE_NUM}-year-olds?", rf"{_AGE_NUM}-(?:years?|months?|mths?|yrs?) olds?",  # "a 16-year old", "a 14-month old"
        rf"{_AGE_NUM}-(?:month|week)-olds?",  # "a 9-month-old was injured", "a two-month-old"
        # a teen, a juvenile: "Four teens were hurt", "a juvenile was shot in the hand"
        r"teens?", r"juveniles?",
        # persons named by sex alone, as police reports name them: "injured three males", "two females were shot"
        r"males", r"females",
        # one so named only as the last of a list ("two females and one male died", "a man and an adult female were shot";
        # not "A female was wounded" alone, as often a caption of another story), and where no noun of a person follows
        # that it describes ("and a female officer", "and one male victim": the noun counts) (the look-behind after the
        # word: a scan's gate opens with the entry's literal start)
        r"(?:fe)?male(?<=\band (?:an? |one )?(?:adult |young |juvenile |\d{1,2}-year-old )?(?:fe)?male)" + _NO_NOUN_DESCRIBED,
        # (or counted as one: "one male and one female were found dead"; the words after a figure are read up to a
        # conjunction, so the first of a pair is known by its number, not by the pair)
        r"(?:fe)?male(?<=\bone (?:adult |young |juvenile |\d{1,2}-year-old )?(?:fe)?male)" + _NO_NOUN_DESCRIBED,
        # people named by their trade or pastime in agency copy: "killing both pilots", "killed four shepherds",
        # "Both climbers were killed" (nouns in -ers are read so already after a verb, not after "both")
        r"pilots?", r"co-pilots?", r"shepherds", r"climbers", r"hikers", r"trekkers", r"skiers", r"divers",
        r"robbers", r"burglars", r"carjackers",  # "Police shot dead two suspected robbers"
        r"flight attendants?", r"cabin crew", r"flight crew",
    ),
    unit_words={
        # (not a flight's crew: "two flight attendants were pulled alive from the wreckage")
        "aircraft": (r"aircraft", r"planes?", r"helicopters?", r"jets?", r"drones?", r"flights?(?! (?:attendants?|crews?|engineers?|officers?))"),
        "checkpoints": (r"checkpoints?", r"roadblocks?"),
        "hostages": (r"hostages?",),  # "about 250 were taken hostage", as "als Geiseln verschleppt"
        # rescue and emergency staff sent in are no troops ("more than 24,400 emergency personnel were deployed")
        "rescuers": (
            r"rescue workers", r"rescuers", r"emergency (?:personnel|workers|responders|staff)", r"first responders",
            r"(?:search and )?rescue (?:teams|personnel|crews)", r"relief workers", r"medical (?:personnel|staff|teams)",
        ),
        "vehicles": (r"vehicles?", r"cars?", r"tanks?", r"trucks?", r"buses"),
    },
    unit_verbs={
        "hostages": (
            r"kidnapped", r"kidnapping", r"kidnap", r"abducted", r"abducting", r"abduct", r"taken hostage",
            r"taken captive", r"held hostage", r"seized as hostages",
            # the object between: "held six people hostage", "took 20 passengers hostage" (as German "hielt ... fest")
            r"hostages?(?<=\b(?:held|holding|holds|took|taking|takes|taken) (?:[\w-]+ ){1,5}hostages?)",
            # still held: "25 of the schoolgirls were freed, but 110 remain in captivity" (not "died in captivity")
            r"(?:remain|remains|remained|still|are|were|being|been|held|kept) in captivity",
            # the captors holding them, the verb before the figure: "The kidnappers are still holding 63 passengers"
            r"holding(?<=\b(?:kidnappers|hostage-takers|abductors|captors|hijackers) (?:are |were |is |was )?(?:still )?holding)",
        ),
    },
    participant_verbs=(
        r"protested", r"protesting", r"demonstrated", r"gathered", r"marched", r"marching", r"rallied", r"took to the streets",
        r"stormed", r"attacked", r"took part", r"taking part", r"joined", r"turned out", r"burst into", r"opened fire",
        r"raided", r"assembled", r"converged",
        # a crowd that an event drew, or brought out: "The rally drew 5,000 people", "brought 20,000 onto the streets"
        # (only a count after the verb: not "Torres drew a revolver when one of the officers got out")
        r"(?:drew|draws|drawing|attracted|attracting)(?= (?:an estimated |a crowd of |some |about |around |roughly |nearly |"
        r"more than |over |at least |up to |as many as )?(?:\d|hundreds\b|thousands\b|dozens\b|tens of\b))",
        r"(?:onto|into) the streets",
    ),
    subset_cues=(r"including(?: at least)?", r"among them", r"among whom", r"of whom", r"of them", r"of which", r"among the dead", r"among those killed",
                 r"among the victims",  # "Among the victims are eleven children": a part of the toll told before
                 # "The toll of 41 includes 11 children", "The dead included three police officers"
                 r"includes(?: at least)?", r"included(?: at least)?"),
    further_words=(r"other", r"others", r"more", r"another", r"further", r"additional"),
    plural_auxiliaries=(r"were", r"have been", r"had been", r"are"),
    singular_auxiliaries=(r"was", r"has been", r"had been", r"is"),
    uncounted_words=(r"unborn",),
    # (and who were unhurt: "his three passengers were unhurt", no more of the injured told before)
    unharmed_nouns=(r"survivors", r"survivor", r"unhurt", r"uninjured", r"unharmed"),
    # "14 miners were trapped, nine of whom were rescued": a part whose own verb is one of rescue counts no harm
    # (and who is under investigation: "23 people were detained and 14 others are under investigation")
    uncounted_verbs=(r"survived", r"rescued", r"saved", r"pulled out alive", r"brought out alive", r"brought to safety", r"pulled alive", r"found alive",
                     r"under investigation"),
    side_cues=(r"on the side of", r"among(?: the)?", r"from the ranks of"),
    speech_verbs=(
        r"said", r"says", r"say", r"told", r"show(?:s|ed)?(?! up\b)", r"tells", r"reported", r"reports", r"announced", r"confirmed", r"stated",
        r"put the (?:death )?toll at", r"put the number at", r"put the figure at", r"counted", r"recorded", r"registered",
        r"added", r"wrote", r"tweeted", r"posted", r"claimed", r"estimated", r"gave", r"cited", r"quoted", r"disclosed",
        r"revealed", r"noted", r"stated", r"declared", r"informed", r"spoke of", r"speaks of", r"spoken of", r"speak of", r"(?:are|is|were|was) (?:now |already |meanwhile )?speaking of",
        r"put (?:the )?(?:\w+ ){0,5}at", r"puts (?:the )?(?:\w+ ){0,5}at", r"tallied", r"documented", r"verified",
        r"estimates", r"announces", r"confirms", r"say",
        # who owns up to a toll (as French "a reconnu la mort de"): "The government acknowledged the deaths of 12 people"
        r"acknowledged", r"acknowledges",  # (not "admitted": "admitted to the hospital")
        # "The ministry later raised the toll to 40": who revises its own toll gives the new one
        r"(?:raised|updated|increased) (?:its |their |the )?(?:death |casualty |official )?(?:toll|tally|count)",
        r"issued (?:a |an )?(?:\w+ )?(?:statement|update|report|bulletin|toll|figures?)", r"published (?:a |an )?(?:\w+ )?(?:report|figures?|toll)",
    ),
    according_to=(
        # "according to figures compiled by the United Nations": the record's own verb before its source
        r"according to(?: (?:figures|data|a tally|a count|estimates|a statement|a report|information)"
        r"(?: (?:compiled|collected|gathered|released|published))? (?:from|by|of))?",
        r"as per", r"in the words of",
        # "The figures came from the health ministry", "The toll was given by the army"
        r"(?:came|comes) from", r"(?:given|provided|released|published|compiled) by",
        # "according to a new toll released on Wednesday by the health ministry": the source after its figures' verb
        r"according to (?:a|the) (?:(?:new|latest|revised|fresh|preliminary|provisional|official|updated) )?(?:toll|tally|count)"
        r" (?:released|compiled|published|issued|given|provided)(?: (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))? by",
    ),
    # (a capitalised "Data" is a word of a name: "Armed Conflict Location and Event Data said")
    according_to_after=(r"figures", r"(?-i:data)", r"sources"),
    citing=(r"citing", r"quoting", r"quoted", r"cited", r"on the basis of information from", r"relaying"),
    cited_by=(r"quoted by", r"cited by", r"relayed by",
              # "according to a toll from the authorities reported by the state news agency": a medium after, the relayer
              r"reported by(?= (?:the )?(?:state(?:-run)? |official )?(?:news agency|agency|newspaper|daily|broadcaster|television|tv|radio|media)\b)",
              # "the ministry said in a statement carried by the official news agency WAFA": the medium that carried it
              r"carried by(?= (?:the )?(?:state(?:-run)? |official )?(?:[A-Z]\w+ )?(?:news agency|agency|newspaper|daily|broadcaster|television|tv|radio|media)\b)"),  # "hospital sources quoted by AFP": the source before, its relayer after
    # "the army said it killed 20, by its own count", "police, by their own account, detained 56"
    self_attribution=(r"(?:its|their) own figures", r"by (?:its|their) own (?:count|account|tally|reckoning)",
                      r"according to (?:its|their) own"),
    speaker_nouns=(
        r"\w*ministry", r"ministers?", r"minister", r"authorities", r"officials?", r"government", r"police", r"cops",
        r"television", r"tv", r"broadcaster", r"agency", r"spokesm[ae]n", r"spokeswoman", r"spokesperson",
        r"president", r"office", r"state media", r"media", r"newspaper", r"army", r"military", r"command",
        r"rescuers", r"firefighters", r"fire department", r"fire service", r"governor", r"mayor", r"prosecutors?",
        r"hospitals?", r"doctors?", r"activists", r"monitors?", r"observers", r"observatory", r"organi[sz]ation", r"alliance",
        r"opposition", r"party", r"committees?", r"services?", r"councils?", r"commissions?", r"united nations", r"u\.n\.?", r"un",
        r"witnesses", r"residents", r"journalists?", r"correspondent", r"reporter", r"kremlin", r"white house",
        r"pentagon", r"administration", r"sources?", r"group", r"coroner", r"sheriff", r"department",
        r"investigators", r"medics", r"paramedics", r"emergency services", r"organi[sz]ers", r"unions?", r"network",
        r"watch", r"junta", r"taliban", r"staff", r"mission", r"tall(?:y|ies)", r"leaders?", r"director", r"chief",
        r"head", r"coastguard", r"guard", r"nato", r"witness", r"survivors", r"agencies", r"groups", r"bureau",
        r"forces?", r"navy", r"police", r"intelligence", r"spy agency", r"lawmakers?", r"senators?", r"diplomats?",
        r"envoy", r"ambassador", r"embassy", r"consulate", r"prosecution", r"judiciary", r"court", r"tribunal",
        r"census", r"county", r"municipality", r"city hall", r"province", r"prefecture", r"regional administration",
        r"company", r"firm", r"operator", r"utility", r"airline", r"charity", r"institute", r"cent(?:er|re)",
        r"foundation", r"examiner", r"workers",
        # services and bodies of agency copy: "according to the civil defence", "the fire brigade said",
        # "the disaster management authority said", "tribal elders said", "the district administrator said"
        # (a head is one word: "civil defence" is headed by "defence", "rescue teams" by "teams"; not "the team found": a team alone is no source)
        r"defen[cs]e", r"brigades?", r"authority", r"teams", r"morgue", r"gendarmerie", r"elders", r"administrator",
        # "the mediators said", "negotiators told Reuters": the go-betweens of a truce speak as one body
        r"mediators?", r"negotiators?",
        # the head of an alliance or a body: "the alliance's secretary general told reporters" (not "general" alone: "Tampa
        # General", a hospital, names a place's hospital, no source)
        r"secretary(?:[- ]general)?",
        # a witness of a raid by a trade or a place: "Armed men kidnapped 287 students, a teacher said", "a resident told AFP"
        r"teachers?", r"resident", r"villagers",
        # a victim's family ("11 members of one family were killed, relatives said"; not yet a party to a war, "the
        # rebels said": a speaker head, it made the object of "had killed 30 rebels, by its own tally" the source)
        r"relatives",
    ),
    speaker_phrases={
        # "according to the latest official figures": figures of no one named, not "latest official"
        r"(?:(?:latest|new|updated|provisional|preliminary|revised) )?official (?:figures|data|tallies|count)": "official figures",
        # a rescue service named by its kind ("mountain rescue said"), not "rescue" alone ("after the rescue"), nor the
        # rescuers of a story ("after mountain rescue teams reached them")
        r"mountain rescue(?: service| team)?(?= (?:said|says|reported|told)\b)"
        r"|mountain rescue(?: service| team)?(?<=according to (?:the )?mountain rescue(?: service| team)?)": "mountain rescue",
        # an armed side as the whole subject of a verb of saying: "The rebels said they had captured 150 soldiers" (only
        # there: "had killed 30 rebels, by its own tally" is the army's; "the health ministry of the Houthi rebels said"
        # is the ministry's)
        # the state's prosecutor told by the office's name, as a speaker only before a verb of saying ("the district
        # attorney said"): not "attorney" alone, a defence lawyer's too
        r"district attorney(?= (?:said|says|announced|told)\b)": "district attorney",
        _side_says("rebels"): "rebels",
        _side_says("insurgents"): "insurgents",
        _side_says("militants"): "militants",
        r"state media": "state media",
        r"local media": "local media",
        r"media reports": "media reports",
        # reports of no one told by their time: "Initial reports said 12 miners were trapped" (no speaker "Initial")
        # (read from "reports": "Earlier reports had said" is a first report's cue where it starts, initial_report_cues);
        # not reports told of ("earlier reports of 14 dead were wrong": what they said, named wrong, no source of the sentence)
        r"reports?(?<=(?:early|earlier|initial|first|previous|preliminary) reports?)(?! of\b)": "reports",
        r"reports(?<=according to reports)|reports(?<=according to unconfirmed reports)": "reports",
        r"witnesses|eyewitnesses": "witnesses",
        # people as a source after "according to" (no speaker noun: "police fired on protesters and, by their own account,
        # arrested 56" is the police's)
        r"protesters(?<=according to protesters)|demonstrators(?<=according to demonstrators)": "protesters",
        r"neighbors(?<=according to neighbors)|neighbours(?<=according to neighbours)": "neighbors",
        r"relatives(?<=according to relatives)": "relatives",
        r"medical sources|hospital sources": "medical sources",
        r"security sources": "security sources",
        # "according to the latest official toll": figures of no one named, not "latest official"
        # (only after "according to": "The official toll stands at 1762, officials said" is the officials')
        r"(?:the )?(?:latest |new |updated |provisional |preliminary |revised )?official (?:death )?(?:toll|tally)"
        r"(?<=according to (?:the )?(?:latest |new |updated |provisional |preliminary |revised )?official (?:death )?(?:toll|tally))": "official figures",
    },
    named_sources={
        r"collective security treaty organi[sz]ation": "CSTO",
        r"united nations": "UN",
        r"red cross": "Red Cross",
        r"save the children": "Save the Children",
        r"world health organi[sz]ation": "WHO",
        r"white house": "White House",
        r"european union": "EU",
        r"international organi[sz]ation for migration": "International Organization for Migration",
        # a monitor of conflicts written out ("Armed Conflict Location and Event Data, a monitoring group, recorded ...")
        r"armed conflict location (?:and|&) event data(?: project)?": "ACLED",
    },
    # "the Ministry of Health": the body a ministry names is part of its name
    speaker_complements=(
        r"of (?:the )?(?:Health|Interior|Defen[cs]e|Public Health)",
        # "the health ministry of the Houthi rebels", "the health ministry of Hamas": the party that owns the body
        r"of (?:the )?(?:\p{Lu}[\w-]* )?(?:rebels|militias?|militants|insurgents)", r"of (?:Hamas|Hezbollah|the Houthis)",
    ),
    referring_nouns=(
        r"the organi[sz]ation", r"the (?:[\w-]+ ){0,2}alliance", r"the (?:[\w-]+ )?bloc", r"the group", r"the agency", r"the ministry",
        r"the union", r"the commission", r"the monitor", r"the mission", r"the observatory", r"the network", r"the council",
        r"the body", r"the coalition", r"the committee", r"the office", r"the department", r"the service",
    ),
    reported_speech=(
        r"it said", r"he said", r"she said", r"they said", r"it added", r"he added", r"she added", r"they added",
        r"the statement said", r"the statement added", r"according to the statement", r"the report said", r"the report added",
        r"it also said", r"it reported",
    ),
    back_reference=(
        r"(?:that|this) (?:was|is) according to", r"(?:that|this|the figures?|the numbers?|the toll) (?:came|comes) from",
        r"(?:that|this|these|the) (?:figures?|numbers?|toll|tally|data) (?:was|were|is|are) (?:given|provided|released|reported|published|announced|compiled) by",
    ),
    articles=(r"the", r"a", r"an"),
    unverified_cues=(
        r"(?:could|can|could)(?: not|not|n't) (?:immediately )?(?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)",
        r"(?:was|were|is|are|has been|have been) unable to (?:immediately )?(?:independently )?(?:verify|confirm)",
        r"not (?:been |be )?independently (?:verified|confirmed|verifiable)", r"(?:not |im)possible to (?:independently )?(?:verify|confirm)",
        r"(?:neither|none of the|none of these) (?:\w+ ){0,3}could be (?:independently )?(?:verified|confirmed)",
        r"unverified", r"unconfirmed",
    ),
    correction_cues=(
        r"(?:revised|revising|revises|revise|corrected|correcting|corrects|adjusted|adjusting|lowered|lowering|lowers|reduced|reducing) (?:\w+ ){0,4}(?:down|downward|downwards)",
        r"(?:lowered|lowering|lowers|reduced|reducing|reduces|corrected|correcting|corrects|revised|revising|revises|amended|amending) "
        r"(?:its |their |his |her |the |an |that |this )?(?:earlier |previous |initial |official |own )?(?:death |casualty |injury |arrest )?(?:toll|figure|count|tally|number)s?",
        # the toll named before by a pronoun: "had initially put the number of dead at 30 but later lowered it to 24"
        r"(?:lowered|reduced|revised|corrected|cut) (?:it|that|this|the figure) (?:down )?to",
        # the passive: "The death toll was later corrected to four", "the number of dead has been revised"
        # (revised or adjusted only downward: "The number of wounded was revised upward to nine" is an update)
        r"(?:toll|figure|count|tally|number)s? (?:[\w'’-]+ ){0,6}?(?:was|were|has been|have been) (?:later |since |then |now )?"
        r"(?:corrected|lowered|reduced|(?:revised|adjusted|amended) (?:down|downward|downwards))",
        r"(?:downward|downwards) revision", r"correct(?:ed|ion) (?:of )?(?:its |the |an )?(?:earlier |previous )?(?:toll|figure|count|tally)",
        # the noun before its passive verb: "The number of injured was revised Saturday from eight to six"
        r"(?:toll|figure|count|tally|number)s? (?:of (?:the )?[\w-]+ (?:[\w-]+ )?)?(?:was|were|has been|have been|had been) "
        r"(?:revised|corrected|lowered|adjusted|amended|reduced)(?! (?:up|upward|upwards)\b)",
        r"(?:technical|clerical|counting|data[- ]entry|reporting) (?:error|mistake|glitch)s?", r"double[- ]counting",
    ),
    retraction_cues=(
        r"(?:withdrew|withdrawn|withdraws|withdrawing|withdraw|retracted|retracts|retracting|retract) (?:[\w.,'’-]+ ){0,4}(?:figure|toll|count|tally|number|claim|statement)s?",
        r"(?:figure|toll|count|tally|number|claim|statement)s? (?:[\w.,'’-]+ ){0,4}(?:was|were|has been|have been|had been) (?:withdrawn|retracted)", r"no longer stands? by",
    ),
    double_count_cues=(r"(?:counted|recorded|registered|listed|included) twice", r"double[- ]counted"),
    no_figure_cues=(
        r"(?:did not|didn't|declined to|would not|wouldn't|refused to|did not immediately) (?:give|provide|say|disclose|release|reveal|specify|offer|confirm) "
        r"(?:a |any |an |the )?(?:\w+ )?(?:figures?|numbers?|tolls?|details|count|breakdown|how many)",
        r"gave no (?:\w+ )?(?:figures?|numbers?|tolls?|details|count|breakdown)",
        r"(?:not (?:immediately |yet )?clear|unclear|unknown) how many",
        r"no (?:official )?(?:figures?|numbers?|toll|casualty figures?) (?:was|were|has been|have been|had been) (?:given|released|provided|available|published)",
    ),
    capital_words=(r"in the capital", r"in the (?:country|nation)['’]s capital"),
    nationwide_words=(r"nationwide", r"across the country", r"throughout the country", r"countrywide", r"around the country", r"in all regions"),
    location_prepositions=(
        r"in", r"near", r"at", r"outside", r"to", r"into", r"through", r"inside",
        # not after "from": where they come from ("31,000 police officers from across Germany"), no place they are sent to
        r"(?<!\bfrom[\s\u00a0]+)(?:around|across|throughout)",
        r"off", r"within", r"along", r"off the coast of", r"on the outskirts of",
    ),
    place_inflections={  # possessives: "Seoul's Itaewon district", "Sudan's capital"
        "'s": ("country", "capital", "city", "town", "region"),
        "’s": ("country", "capital", "city", "town", "region"),
    },
    weekdays=_WEEKDAYS,
    relative_days={
        r"today": 0, r"yesterday": -1, r"the day before": -1, r"the previous day": -1, r"earlier today": 0,
        r"this morning": 0, r"last night": -1, r"last week": -7, r"two days ago": -2, r"three days ago": -3,
        r"a week ago": -7, r"the day before yesterday": -2,
        r"a day earlier": -1, r"one day earlier": -1, r"a day ago": -1,
    },
    months={
        r"january|jan\.?": 1, r"february|feb\.?": 2, r"march|mar\.": 3, r"april|apr\.?": 4, r"may": 5, r"june|jun\.?": 6,
        r"july|jul\.?": 7, r"august|aug\.?": 8, r"september|sept?\.?": 9, r"october|oct\.?": 10,
        r"november|nov\.?": 11, r"december|dec\.?": 12,
    },
    date_formats=(r"(?:{month}) \d{1,2}(?:st|nd|rd|th)?(?![\d:]|[,.]\d)(?:,? \d{4})?", r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:{month})(?: \d{4})?"),
    not_as_of_before=(r"since", r"from", r"between"),
    dateline_sources=("Reuters", "AP", "AFP", "dpa", "Bloomberg", "UPI"),
    abbreviations=frozenset(
        "mr mrs ms dr prof st gen lt col sgt capt maj cpl gov sen rep rev jan feb mar apr jun jul aug sep sept oct nov dec "
        "no approx est vs etc inc ltd co corp u.s u.n u.k e.g i.e "
        # ranks and titles before names ("Det. Insp. Sarah Jones")
        "brig adm cmdr insp supt det pvt"
        # a place's abbreviated first word ("Ft. Lauderdale", "Mt. Pleasant")
        " ft mt".split()
    ),
    foreign_troop_cues=(r"foreign", r"international", r"peacekeep\w*", r"nato", r"u\.n\.", r"un", r"csto", r"coalition", r"allied", r"multinational",
                        r"regional (?:bloc|force|alliance)"),  # "troops from the regional bloc"
    pronouns=(r"he", r"she", r"it", r"they"),
    subject_verb_object=True,
    adjectives_after_nouns=False,
    np_stop_words=(
        r"when", r"after", r"as", r"while", r"before", r"in", r"at", r"on", r"near", r"during", r"since", r"from",
        r"by", r"with", r"because", r"if", r"who", r"that", r"which", r"whose", r"but", r"across", r"inside", r"outside",
        r"around", r"over the", r"overnight", r"yesterday", r"today", r"last", r"this", r"so far", r"according",
        r"following", r"amid", r"into", r"for", r"under", r"to", r"within", r"throughout", r"until", r"following",
        # the accused: what they are accused of is no noun of the figure ("a man accused of killing a woman")
        r"accused of",
    ),
    subset_cues_after=(
        r"of them", r"of whom", r"of those", r"among them", r"of the (?:dead|victims|injured|wounded|killed)",
        # "one of the others injured", "one of the people shot": a part of a whole named by its harm
        r"of the (?:[\w-]+ ){1,2}(?:injured|wounded|hurt|shot|killed)(?! (?:a|an|the|him|her|them|his|their|at|back)\b)",
        # one of the shot told by where a bullet hit: "Two teens were shot, one in the temple and the other in the ankle"
        r"(?<=\b(?:one|another))(?= (?:in|to) (?:the|his|her) (?:left |right |upper |lower )?"
        r"(?:head|temple|face|jaw|eye|neck|chest|back|stomach|abdomen|torso|side|groin|legs?|arms?|hands?|foot|feet|thigh|knee|ankle|shoulder|buttocks?|hip|calf|elbow|wrist)\b)",
    ),
    name_joiners=frozenset({"for", "to", "against", "on"}),
    corrected_value_cues=(r"from",),
    previous_value_cues=(
        r"up from", r"down from", r"from an earlier", r"from a previous", r"from the previous", r"revised from",
        r"compared with", r"compared to",
    ),
    figure_needs_known_noun=True,
    part_clause_openers=(r"who",),  # "including a 17-year-old, who later died at the hospital"
    relative_pronouns=frozenset({"which", "who", "whose", "that"}),
    weak_nouns=frozenset({"victims"}),  # "The bus crash injured 27. Among the victims are eleven children": a part of the injured
    one_victim_nouns=frozenset({"victim"}),
    place_adjective_suffixes=(
        "-based", "-led", "-backed", "-born", "-made", "-owned", "-run", "-bound", "-funded", "-linked", "-allied",
        "-controlled", "-held", "-registered", "-flagged", "-brokered", "-sponsored", "-supported", "-style",
    ),
    seat_speaker_nouns=(
        r"\w*ministry", r"ministries", r"ministers?", r"government", r"president", r"presidency", r"kremlin", r"pentagon",
        r"cabinet", r"parliament", r"embassy", r"army", r"military", r"junta", r"administration", r"office", r"authorities",
    ),
    place_modifiers=frozenset(
        "north south east west northern southern eastern western central northeast northwest southeast southwest "
        "north-east north-west south-east south-west northeastern northwestern southeastern southwestern upper lower "
        "greater inner outer old new occupied rural downtown".split()
    ),
    local_names_as_written=True,
    person_suffixes=("ers", "ors", "ists", "ians", "ans", "ees", "men", "ents", "ants", "ives", "ites", "ics"),
    demonyms={
        "Israeli": "Israel", "Palestinian": "Palestinian Territories", "Lebanese": "Lebanon", "Syrian": "Syria",
        "Iraqi": "Iraq", "Iranian": "Iran", "Turkish": "Turkey", "Russian": "Russia", "Ukrainian": "Ukraine",
        "Belarusian": "Belarus", "Kazakh": "Kazakhstan", "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan",
        "Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Georgian": "Georgia", "American": "United States",
        "U.S.": "United States", "US": "United States", "British": "United Kingdom", "French": "France",
        "German": "Germany", "Polish": "Poland", "Chinese": "China", "Indian": "India", "Pakistani": "Pakistan",
        "Afghan": "Afghanistan", "Sudanese": "Sudan", "Ethiopian": "Ethiopia", "Eritrean": "Eritrea",
        "Somali": "Somalia", "Kenyan": "Kenya", "Nigerian": "Nigeria", "Malian": "Mali", "Egyptian": "Egypt",
        "Saudi": "Saudi Arabia", "Yemeni": "Yemen", "Jordanian": "Jordan", "Emirati": "United Arab Emirates",
        "North Korean": "North Korea", "South Korean": "South Korea", "Rwandan": "Rwanda", "Burundian": "Burundi",
        "Congolese": "DR Congo", "Chadian": "Chad", "Libyan": "Libya", "Serbian": "Serbia", "Burmese": "Myanmar",
        "Tunisian": "Tunisia", "Greek": "Greece", "Italian": "Italy", "Spanish": "Spain", "Moroccan": "Morocco",
        "Algerian": "Algeria", "Indonesian": "Indonesia", "Philippine": "Philippines", "Filipino": "Philippines",
        "Japanese": "Japan", "Mexican": "Mexico", "Brazilian": "Brazil", "Colombian": "Colombia",
        "Venezuelan": "Venezuela", "Nepali": "Nepal", "Nepalese": "Nepal", "Bangladeshi": "Bangladesh",
        "Thai": "Thailand", "Vietnamese": "Vietnam", "Austrian": "Austria", "Swiss": "Switzerland",
        "Dutch": "Netherlands", "Belgian": "Belgium", "Canadian": "Canada", "Australian": "Australia",
        "Irish": "Ireland", "Hungarian": "Hungary", "Romanian": "Romania", "Bulgarian": "Bulgaria",
        "Croatian": "Croatia", "Bosnian": "Bosnia & Herzegovina", "Kosovar": "Kosovo", "Albanian": "Albania",
        "Moldovan": "Moldova", "Lithuanian": "Lithuania", "Latvian": "Latvia", "Estonian": "Estonia",
        "Finnish": "Finland", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark",
        "Czech": "Czech Republic", "Slovak": "Slovakia", "Portuguese": "Portugal", "Haitian": "Haiti",
        "Cuban": "Cuba", "Peruvian": "Peru", "Chilean": "Chile", "Argentine": "Argentina", "Argentinian": "Argentina",
        "Bolivian": "Bolivia", "Ecuadorian": "Ecuador", "South African": "South Africa", "Mozambican": "Mozambique",
        "Malaysian": "Malaysia", "Singaporean": "Singapore", "Cambodian": "Cambodia",
        "Cameroonian": "Cameroon", "Burkinabe": "Burkina Faso", "Senegalese": "Senegal", "Ghanaian": "Ghana",
        "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Zimbabwean": "Zimbabwe", "Malawian": "Malawi",
        "Sri Lankan": "Sri Lanka", "Qatari": "Qatar", "Kuwaiti": "Kuwait", "Omani": "Oman", "Bahraini": "Bahrain",
    },
    data_nouns=frozenset({"figure", "figures", "data", "tally", "tallies", "count", "statistics", "records", "numbers", "toll",
                          "statement"}),
    owner_after=(r"(?:figures?|tally|tallies|count|toll|data|statistics) (?:from|of|by|compiled by|released by) the",),
    name_prepositions=frozenset({"in", "near", "off", "outside"}),
    settlement_nouns=(
        r"(?:town|city|village|district|port|port city|border town|province|island|camp) of",
        # a country's capital before its name: "in Kenya's capital Nairobi", "in Ukraine's capital Kyiv"
        r"(?-i:\p{Lu}[\w-]*)['’]s capital,?",  # (with its comma: "in Sudan's capital, Khartoum,")
    ),
    place_locators=(r"near", r"outside", r"close to", r"in the", r"in southern|in northern|in eastern|in western"),
    place_nouns=(
        r"coast(?![\s-]guard)", r"coastline", r"border(?![\s-]guard| police| force)", r"border region", r"border area", r"capital", r"region", r"province",
        r"waters", r"north", r"south", r"east", r"west", r"northeast", r"northwest", r"southeast", r"southwest",
        r"side", r"mainland", r"territory",
    ),
    media_words=(
        r"news agenc(?:y|ies)", r"press agency", r"newspapers?", r"(?:state |local |public )?(?:television|tv|media|radio|broadcaster)",
        r"news outlets?", r"daily", r"anadolu", r"irna", r"isna", r"tasnim", r"tass", r"ria", r"interfax", r"xinhua", r"wafa",
        r"sana", r"yonhap", r"kyodo", r"bernama",
        # international broadcasters and papers by their own names: "a local official told Al Jazeera"
        r"al jazeera", r"al arabiya", r"bbc", r"cnn", r"sky news", r"(?:the )?(?:new york|los angeles|financial) times",
        r"(?:the )?washington post", r"(?:the )?wall street journal",
    ),
    part_of_number=(r"of the", r"of"),
    among_whole_cues=(r"(?:(?:were|was|are|is)(?: also)? )?among(?: the)?",),
    among_whole_openings=(r"among(?: the)?", r"of the"),
    # "Her son was one of five people shot": the person is one of them, the five are the toll
    set_cues_after=(r"of the (?:[\w-]+ )?(?:men|women|boys|girls|teens|teenagers|brothers|sisters|friends|students)",),
    whole_cues_before=(r"all", r"all of the", r"all the"),
    member_cues_before=(r"was", r"is", r"were", r"are", r"became", r"(?:was|is) also", r"(?:was|is) among"),
    # one person named by a noun alone, a verb of death or injury right after: "The victim died", "her
    # boyfriend was killed", "the boy was wounded", a headline's "Woman dies after ..." (not after another
    # word: "a man" counts itself); "the victim was shot" counts the shot, dead or alive (flag shot)
    single_victim_words=(
        # one person named with an age in apposition, a verb of death after it: "Jon Doe, 17, was killed",
        # "Al Roe, 24, fatally shot in ..."; not a member of a list ("... and Al Roe, 24, were killed": plural),
        # nor the killer ("Jon Doe, 25, killed his wife", "... also shot and killed the dog")
        # (its first comma may be left out: "Robert Atkins 21, was found shot to death"; two alternatives: the
        # tail scan reads a look-ahead that starts with one literal character)
        rf"(?<![,&][ \u00a0])(?<!\band )(?<!\bor )(?<![\w'’-]){_LIST_NAME}{_NAME_SUFFIX}(?=, {_AGE_THEN_DEATH})",
        rf"(?<![,&][ \u00a0])(?<!\band )(?<!\bor )(?<![\w'’-]){_LIST_NAME}{_NAME_SUFFIX}(?= {_AGE_THEN_DEATH})",
        # (the comma after the age left out before "was": "Jon Doe, 17 was shot and killed")
        rf"(?<![,&][ \u00a0])(?<!\band )(?<!\bor )(?<![\w'’-]){_LIST_NAME}{_NAME_SUFFIX}(?=, {_AGE_NO_COMMA_THEN_DEATH})",
        # not the last of a list ("the woman and her daughter shot to death", "Bass and his daughter died"
        # are two), unless a verb in the singular makes it a clause of its own ("and the boy was wounded")
        # (the literal first: the gate of the scan reads it)
        # (nor the object of a verb of harm: "the attack that killed his father was ...": the father is the
        # verb's, not the subject of what follows; nor a predicate that names one told before: "Jon Doe, 54, was the
        # motorcyclist shot and killed")
        rf"(?:the|her|his|their)(?<!\b(?:killed|killing|kills|shot|shooting|wounded|wounding|injured|injuring|was|is) (?:the|her|his|their))(?:(?<!\b(?:and|or|&) (?:the|her|his|their))|(?=(?: other)? (?:{_VICTIM_NOUNS}) (?:was|is|has been|had been|remains|remained)\b))"
        # (also one told by its place in a count: "the second victim", "The fourth victim was taken to ...")
        # (and a word of sex or age before the noun: "The female victim suffered serious injuries")
        rf"(?: other| wounded| injured| second| third| fourth| fifth)?(?: (?:male|female|young|teenage|elderly|adult))? (?:{_VICTIM_NOUNS})"
        # (an age in apposition after the noun, s34inj: "The woman, 20, was shot in the leg", "his wife, 34, was hospitalized")
        rf"(?:, \d{{1,3}},)?(?= (?:later |also |then |has |had )?{_VICTIM_HARM}\b)",
        # (s35inj2) one person named by a noun, then "and" and a number of others under one verb of harm: "his wife, 34, and
        # the four girls were found dead", "The mother and her three children were killed" (one, and the sum of both is the
        # toll: figure.list-sum; not the object of a verb of harm before, nor the last of a list)
        rf"(?:the|her|his|their)(?<!\b(?:and|or|&|of|killed|killing|kills|shot|shooting|wounded|wounding|injured|injuring) (?:the|her|his|their))"
        rf" (?:{_VICTIM_NOUN_WORDS}|{_RELATIVE})(?:, \d{{1,3}},)?"
        r"(?= and (?:the|her|his|their) (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:[\w-]{1,20} ){1,2}?"
        r"(?:were|are|have been|had been) (?:all |both |later )?(?:found dead|found shot to death|dead|killed|shot and killed"
        r"|shot to death|shot dead|fatally shot|shot|wounded|injured|hospitali[sz]ed)\b)",
        # the victim whose clause goes on to care that only the living get: "The victim was uncooperative with the
        # investigation and was later transported to a local hospital for minor injuries" (found from the noun, a rare
        # word; not where the sentence goes on to a death)
        r"victim(?<=\b(?-i:[Tt]he) victim)(?= [^.;!?]{1,80}? (?:and|but) (?:was|is) (?:later |then |also )?"
        r"(?:taken|transported|rushed|airlifted|flown|driven) " + _TO_HOSPITAL + r"[\w ,'’-]{0,20}?\b(?:for|with) " + _SLIGHT_HARM + ")",
        # the victim described in apposition: "The victim, a 21-year-old woman, was taken to the hospital", "The second
        # victim, a child, was taken to ..." (named, below, from the noun)
        rf"(?:the|her|his|their)(?: other| second| third| fourth| fifth)? (?:{_VICTIM_NOUNS})"
        rf"(?=, (?:a|an) [\w-]{{1,20}}(?: [\w-]{{1,20}})?, (?:later |also |then |has |had )?{_VICTIM_HARM}\b)",
        # the victim named, or aged, in apposition: "The victim, Jane Roe, is hospitalized", "The fourth victim, 14-year-old
        # Tia Marks, remained in the hospital", "the victim, 34, was taken to a hospital", "The victim, Al Roe, 25, of Elm
        # Park, was pronounced dead" (found from the noun, a rare word: found from the verb after, the scan opened a
        # window at every name before a comma, four times as slow)
        rf"victim(?<=\b(?-i:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)(?: other| second| third| fourth| fifth)? victim)"
        rf"(?=, (?:(?:{_AGE_NOUN} )?{_LIST_NAME}(?:, \d{{1,3}})?|\d{{1,3}})(?:, {_OF_PLACE})?, (?:later |also |then |has |had )?{_VICTIM_HARM}\b)",
        # (s34inj) a person named by a noun, then by name in apposition, then dead: "the teen, Jon Doe II, of Elm Park died
        # Thursday evening", "The boy, Al Roe, 15, died at the hospital" (found from the noun, as the victim above; the
        # death only: one named and wounded is often counted apart)
        rf"(?:teen|teenager|boy|girl|man|woman|child|toddler)(?<=\b(?-i:[Tt]he) (?:teen|teenager|boy|girl|man|woman|child|toddler))"
        rf"(?=, {_LIST_NAME}{_NAME_SUFFIX}(?: (?-i:II|III|IV))?(?:, \d{{1,3}})?(?:,? {_OF_PLACE})?,? "
        r"(?!(?:later |also |then )?(?:(?:shot|stabbed) and )?killed (?:his|her|their|the|a|an|two|three|four|five|\d{1,9}|himself|herself)\b)"
        rf"(?:later |also |then )?{_VICTIM_DEATH}\b)",
        # (or a title and a name: "Officer Jane Roe was critically injured", "Deputy Al Roe was shot in the leg"; not
        # the officer who shot: "Officer Al Roe shot and killed the suspect")
        rf"(?<![\w,][ \u00a0])(?:{_VICTIM_NOUNS})(?:, \d{{1,3}},|(?<=\b(?:officer|deputy|trooper))(?-i: {_UPPER}{_LOWER}{{1,15}}(?: {_UPPER}\.)? {_UPPER}{_LOWER}{{1,15}})(?! (?:fatally )?shot\b| killed\b))?"
        rf"(?= (?:later |also |then |has |had )?{_VICTIM_HARM}\b)",
        # a relative named by a person's possessive: "Cardona's daughter remains in intensive care", "Jones' 15-month-old
        # baby sister suffered non-life threatening injuries" (not the last of a list, nor the killer: "Roe's father
        # killed his wife")
        rf"(?<![,&][ \u00a0])(?<!\b(?:and|or) )(?<![\w'’-])(?-i:{_NAME_WORD})['’]s?(?: [\w-]{{1,15}}){{0,2}}? {_RELATIVE}"
        r"(?! (?:(?:shot|stabbed) and )?killed (?:his|her|their|a|an|the|two|three|four|\d|him|them)\b)"
        rf"(?= (?:later |also |then |has |had )?{_VICTIM_HARM}\b)",
        # a pronoun opening a sentence, a state only the living are in after it: "He remains in the hospital in stable
        # condition", "She is expected to survive" (one person; a pronoun before a verb of care in the past is not
        # read: "He was rushed to the hospital. He later died")
        r"(?-i:He|She)(?<=(?:^|[.!?][\"“”’]?[ \u00a0]{1,3}|\n)(?-i:He|She))(?= " + _ALIVE + r"\b)",
        # (or one name alone, a surname or a given name the story named before: "Jaylen was treated and released", "Gomez
        # remains in critical condition"; not a word of quantity or of a group: "Another", "Police")
        rf"(?-i:{_NAME_WORD})(?<=(?:^|[.!?][\"“”’]?[ \u00a0]{{1,3}}|\n)(?-i:{_NAME_WORD}))"
        r"(?<!\b(?:Another|One|Both|All|Each|Everyone|Nobody|None|It|This|That|Police|Officials|Authorities|Investigators))"
        r"(?= " + _ALIVE + r"\b)",
        # (or care in the past that the sentence ends in a state of the living: "He was taken to Mercy Hospital with serious
        # injuries, but is expected to live")
        r"(?-i:He|She)(?<=(?:^|[.!?][\"“”’]?[ \u00a0]{1,3}|\n)(?-i:He|She))(?= " + _CARE_THEN_ALIVE + r"\b)",
        # one more after a first victim: "one man dead and another wounded", "one died, another was injured"
        r"another(?<=\b(?:and|,) another)(?: (?:man|woman|person|victim|teen|boy|girl))?"
        r"(?= (?:was |is )?(?:(?:critically|seriously|badly|severely) )?(?:wounded|injured|hurt|shot|killed|dead)\b)",
        # one more told by care, after a first victim or opening a sentence: "Another child was taken to a local
        # hospital", "two boys are dead and another man was hospitalized", "another teenager injured"
        # (the noun may be left out after "and": "Two people were taken to hospital, and another was treated at the scene";
        # not opening a sentence: "Another was treated and released" may tell of another story's victim)
        rf"another(?:(?<=\b(?:and|,) another)(?: (?:{_VICTIM_NOUNS}))?|(?<=(?:^|[.!?\n][\s\"“”]{{0,3}})(?-i:A)nother) (?:{_VICTIM_NOUNS}))"
        r"(?= (?:was|is) (?:hospitali[sz]ed\b|(?:taken|rushed|transported|airlifted|flown) " + _TO_HOSPITAL + r"|treated\b|in " + _CONDITION + r")"
        r"| (?:(?:was|is) )?(?:(?:critically|seriously|badly|severely) )?(?:wounded|injured|hurt)\b(?! (?:a|an|the|his|her|their|him|them)\b)"
        r"| (?:remains|remained) (?:hospitali[sz]ed\b|in " + _CONDITION + r"))",
        # a relative or companion after one hurt, a verb of death of its own: "The motorcyclist was seriously injured and
        # his pillion passenger died at the scene" (the hurt one did not die: figure.hurt-then-died yields to the possessive)
        r"(?:his|her|their)(?<=\b(?:injured|hurt|wounded) and (?:his|her|their)) (?:pillion )?(?:" + _VICTIM_NOUN_WORDS + r")"
        r"(?= (?:later )?(?:died|was killed|was pronounced dead)\b)",
        # the second of two after the first, by care or harm: "One was treated at the scene and the other was taken to
        # a hospital", "one deputy was shot in the arm, and the other deputy remains in critical condition"
        rf"the other(?<=\b(?:and|,|while) the other)(?: (?:{_VICTIM_NOUNS}))?"
        r"(?= (?:was|is) (?:hospitali[sz]ed\b|(?:taken|rushed|transported|airlifted|flown) " + _TO_HOSPITAL + r"|treated\b|in " + _CONDITION + r")"
        r"| (?:(?:was|is) )?(?:(?:critically|seriously|badly|severely) )?(?:wounded|injured|hurt)\b(?! (?:a|an|the|his|her|their|him|them)\b)"
        r"| (?:remains|remained) (?:hospitali[sz]ed\b|in " + _CONDITION + r"))",
        # the wounded one after the dead, the verb left out: "a shooting that left a 6-year-old dead and his father
        # wounded" (not the last of a list of the dead: "... killed and his wife" has no verb of injury after it); up to
        # two words before the noun ("left one man dead and a Louisiana State trooper injured")
        rf"(?:his|her|their|the|a|an)(?<=\b(?:dead|killed) and (?:his|her|their|the|a|an)) (?:[\w'’-]{{1,15}}(?<!\b(?:and|or)) ){{0,3}}?(?:{_VICTIM_NOUNS})"
        r"(?= (?:was |is )?(?:critically |seriously |badly |severely )?(?:wounded|injured|hurt)\b)",
        # one person named by an article and a noun the number grammar does not count (up to two words before
        # it), a verb of death right after: "A college student was killed in a drive-by shooting", "a sheriff's
        # deputy died", "An off-duty officer was shot and killed" (not the last of a list: "a man and his
        # son were killed"; nor the killer: "a father killed his son"; death only, the injured are counted apart)
        rf"(?:a|an)(?<!\b(?:and|or|&|of|with) (?:a|an)) (?:[\w'’-]{{1,12}}(?<!\b(?:and|or|of|with|who|whose|that|which|his|her|their)) ){{0,3}}?(?:{_VICTIM_NOUN_WORDS}|{_AGE_NOUN})"
        r"(?= (?!(?:(?:shot|stabbed) and |fatally )?(?:killed|shot) (?:his|her|their|a|an|the|two|three|four|five|\d|him|them|himself|herself)\b)"
        # (nor the one who shot a person named: "A security guard fatally shot Jon Doe")
        r"(?!(?:(?:shot|stabbed) and killed|fatally shot) (?-i:[A-Z]))"
        rf"(?:later |also |then )?{_VICTIM_DEATH}\b)",
        # a relative as the subject of a relative clause: "A mother whose son was killed in the attack spoke out"
        # (one, the son; not the mother and her son)
        # (an age before the relative, a limb a bullet hit: "A woman whose 6-year-old daughter was shot in the leg")
        r"whose(?<=\w,? whose) (?:\d{1,2}-year-old )?(?:son|daughter|brother|sister|father|mother|husband|wife|child|boyfriend|girlfriend|nephew|niece|grandson|granddaughter|partner|colleague|friend|cousin|uncle|aunt)"
        r"(?= (?:was|had been) (?:(?:critically|seriously|fatally) )?(?:killed|shot and killed|shot dead|shot to death|wounded|injured)\b"
        r"| (?:was|had been) (?:accidentally )?shot " + _LIMB + ")",
        # one named, or a pronoun opening a sentence, whom a bullet hit in a limb: "Za'nilah Roe, 6, was shot in the
        # right thigh", "Braswell had been shot at least once in the leg", "She was struck in the arm" (the shot lives;
        # not the last of a list: "... and Al Roe was shot in the leg")
        rf"(?<![,&][ \u00a0])(?<!\band )(?<!\bor )(?<![\w'’-])(?<!(?-i:[A-Z])[\w'’.-]{{0,20}} )(?-i:{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})(?:, \d{{1,3}},?)?"
        r"(?= " + _SHOT_IN_LIMB + ")",
        r"(?-i:He|She)(?<=(?:^|[.!?][\"“”’]?[ \u00a0]{1,3}|\n)(?-i:He|She))(?= " + _SHOT_IN_LIMB + ")",
        # one named alone opening a sentence, a verb of death after it: "Castillo died at the scene", "Stephen died later
        # at Memorial Hospital", "Council succumbed to her injuries"
        rf"(?-i:{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"
        rf"(?<=(?:^|[.!?][\"“”’]?[ \u00a0]{{1,3}}|\n)(?!(?-i:{_NOT_A_NAME})(?![\w'’-]))(?-i:{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}))"
        rf"(?<!^(?-i:{_NOT_A_NAME}))(?<![^\w](?-i:{_NOT_A_NAME}))(?= {_NAME_THEN_DEATH})",
        # one named, then described in apposition, then a verb of death: "Jon Doe, a 22-year-old man, was shot and killed"
        rf"(?<![,&][ \u00a0])(?<!\band )(?<!\bor )(?<![\w'’-]){_LIST_NAME}(?={_DESCRIBED_THEN_DEATH})",
    ),
    # one person named after the verb of what befell them, the verb first: "Officers arrested the 31-year-old overnight"
    # (by an age; not "the suspect", the story's attacker, no count; nor the first of a list)
    verb_first_words={
        Category.ARRESTS: (
            r"(?:arrested|detained) the \d{1,3}-year-old(?: (?:man|woman|suspect|driver|boy|girl|teen|teenager|youth))?"
            r"(?![\w-])(?!(?: (?:man|woman|suspect|driver|boy|girl|teen|teenager|youth))?(?: and\b|, (?:and|who)\b| or\b))",
        ),
    },
    injured_object_words=(
        rf"{_INJURED_VERB} {_INJURED_ONE}",
        # (also a bullet that hit one: "the gun went off, striking the other child in the leg", "hitting the child in the arm")
        rf"(?:shot|shooting|shoots|hitting|striking|struck|hit)(?<=(?-i:\b[a-z]+)) (?:{_INJURED_ONE}|(?:a|an|the) (?:other )?(?:{_OBJECT_AGE} )?(?:{_OBJECT_ROLE})(?![\w-]))"
        rf" (?:(?:once|twice|multiple times) )?{_SHOT_LIMB}",
        # the verb before its subject: "Also wounded was his 16-year-old brother", "Also injured in the shooting was Jon Doe"
        rf"(?:wounded|injured|hurt)(?<=(?-i:\b[a-z]+))(?<=\balso (?:critically |seriously )?\w+)(?: in the (?:shooting|attack|crash|incident))? was {_INJURED_ONE}",
        # the condition an event left the one in: "left his girlfriend with serious injuries", "left her son wounded"
        rf"left(?<=(?-i:\b[a-z]+)) {_INJURED_ONE} (?:(?:critically|seriously|severely|badly) (?:injured|wounded|hurt)|injured|wounded|hurt"
        r"|with (?:[\w-]+ ){0,3}?(?:injuries|wounds|gunshot wounds?|a gunshot wound|a bullet wound))\b",
    ),
    shot_object_words=(_SHOT_OBJECT, _SHOT_OBJECT_PAIR),
    victim_list_words=(
        _NAMED_LIST,
        # two or three persons named by nouns (an age before each may be, or the age alone), a word of harm after
        # them: "found a man and woman dead", "the woman and her son shot to death", "a 10-year-old girl and a
        # 14-year-old boy had been shot", "Man, toddler wounded in ...", "A man, woman and child were wounded", "a
        # 14-year-old and an 18-year-old were fatally shot" (not the last of a longer list: "a
        # 9-year-old boy and a 16-year-old girl" after "an 8-year-old boy,", "three men, a man and a woman ..."; a
        # comma after a word of another kind is no list: "On Monday, a 5-year-old girl and a 7-year-old boy were shot"),
        # nor the shooters: "a man and woman killed a neighbour", "a man and woman shot at police")
        rf"(?<!\b(?:{_PAIR_SECOND}|{_PAIR_PLURAL}|\d+)(?:,|,? &) )(?<!\b(?:and|a|an|the) )(?<![\w-])(?<!-\w{{1,10}} )(?!the [^,.;]{{1,60}}? (?:both |later |have |had )?died\b)"
        rf"(?:(?:a|an|the|her|his|their) )?(?:{_PAIR_AGE})?(?P<item>{_PAIR_FIRST})"
        # (each with its age in apposition, s34inj: "The toddler, 2, and his grandfather, 35, were shot": the ages no counts)
        rf"(?:, \d{{1,3}}(?=,))?"
        rf"(?:, (?:(?:a|an|the|her|his|their) )?(?:{_PAIR_AGE})?(?P<item>{_PAIR_SECOND}))?"
        rf"(?:,? and|,) (?:(?:a|an|the|her|his|their) )?(?:{_PAIR_AGE})?(?P<item>{_PAIR_SECOND}|{_PAIR_RELATIVE})(?:, \d{{1,3}},)?"
        # (each alternative of the look-ahead opens with a literal word: the tail scan's gate finds them)
        r"(?= (?:(?:were|are|had been|have been|remain|remained) (?:both |also |all )?(?:listed )?(?:found dead|dead|shot to death"
        r"|shot and killed|fatally shot|killed(?! (?:a|an|the|his|her|their|him|himself|herself|each|one|two|three|\d)\b)"
        r"|in (?:critical|serious|stable|fair|good|grave) condition"
        r"|(?:critically|seriously|badly|severely|gravely) (?:wounded|injured|hurt|shot)|wounded|injured|hurt|shot|hospitali[sz]ed|recovering)\b"
        # a wound suffered: "a 30-year-old man and a 31-year-old woman both suffered gunshot wounds to the leg"
        r"|suffered (?:a |an )?(?:[\w-]{1,24} )?(?:gunshot|bullet) wounds?\b|sustained (?:a |an )?(?:[\w-]{1,24} )?(?:gunshot|bullet) wounds?\b"
        r"|both (?:suffered|sustained) (?:[\w-]{1,24} )?(?:gunshot|bullet) wounds?\b|also (?:suffered|sustained) (?:[\w-]{1,24} )?(?:gunshot|bullet) wounds?\b"
        # a verb of death: "A man and a cashier died in the robbery", "... both died at the scene" (not a
        # pair told before, with "the": "... where the child and woman died" is a part: the head checks it)
        r"|died\b|(?:both|later|have|had) died\b"
        r"|found (?:dead|shot to death|shot and wounded)\b|dead\b|shot to death\b|shot and killed\b|shot and wounded\b|fatally shot\b"
        r"|killed(?! (?:a|an|the|his|her|their|him|himself|herself|each|one|two|three|\d)\b)\b"
        r"|(?:critically|seriously|badly|severely) (?:wounded|injured|hurt|shot)(?= (?:in|on|near|while|after|during|outside|inside)\b)"
        r"(?! (?:in|at|on|near) (?:the )?\d)"
        r"|(?:wounded|injured|hurt)(?= (?:in|at|on|near|while|after|during|outside|inside)\b)(?! (?:in|at|on|near) (?:the )?\d)"
        r"|shot(?= (?:in|on|near|while|after|during|outside|inside)\b)(?! (?:in|at|on|near) (?:the )?\d)))",
        _NAMED_LIST_IN_CARE,
    ),
    # not one of several ("Third man dies", the last of a list: "Tot, man dead", "Boy, 2, and man killed")
    # nor the killer ("Man killed wife, kids then himself")
    headline_victim_words=(
        rf"(?<!(?:second|third|fourth|fifth|sixth|another|2nd|3rd|4th|5th|6th|a|an|one|and|&|,) )(?:{_VICTIM_NOUNS}){_AGE_APPOSITION}"
        rf"(?= (?!killed (?:his|her|their|wife|husband|family|girlfriend|boyfriend|mother|father|son|daughter|kids|children|self|himself|herself|\d|two|three|four|five)\b)(?:later |also |then )?{_VICTIM_HARM}\b)",
        # a place named after the noun, a verb of death after it: "Teen at Fort Riley dies in shooting", "Woman
        # in Dayton shot to death"
        rf"(?<!(?:second|third|fourth|fifth|sixth|another|2nd|3rd|4th|5th|6th|a|an|one|and|&|,) )(?:{_VICTIM_NOUNS})"
        rf"(?= (?:at|in|near|from|of) (?-i:[A-Z][\w'’.-]{{1,20}})(?: (?-i:[A-Z][\w'’.-]{{1,20}})){{0,2}} {_VICTIM_DEATH}\b)",
    ),
    # a total of none, said with a verb of harm or a noun of it ("No one was injured", "No injuries were
    # reported"); not none besides those named ("no one else") nor none badly hurt ("no one was seriously hurt")
    zero_words=(
        r"no one(?= (?:was|were|has been|had been|have been|got|died|dies)\b(?! (?:seriously|critically|badly|severely|gravely|too|believed|thought|known|going)\b))",
        r"nobody(?= (?:was|were|has been|had been|have been|got|died|dies)\b(?! (?:seriously|critically|badly|severely|gravely|too|believed|thought|known|going)\b))",
        r"no(?= (?:injuries|deaths|fatalities|casualties)\b)",
        r"no(?= (?:people|persons|victims|bystanders|officers|deputies|students|children|residents|customers) (?:were|was|have been|had been)\b"
        r"(?! (?:seriously|critically|badly|severely|gravely)\b))",
    ),
    # a tally over a period, not one event's toll: "750 people have been killed so far this year",
    # "13 people were shot in separate incidents"
    period_tally_cues=(
        r"(?:so far |already )?this year(?!['’])", r"so far this (?:month|year)", r"last year(?!['’])", r"year to date",
        r"since (?:the (?:start|beginning) of|the first of) (?:the|this) year", r"since january(?: 1(?:st)?)?",
        r"(?:past|last) (?:(?:\w+|\d+) )?(?:years|months|decades)", r"separate (?:shootings|incidents|attacks)",
        # several shootings over a city or a weekend: "4 killed, 16 wounded in weekend shootings across the city"
        r"(?:weekend|city|citywide|holiday) shootings", r"shootings (?:across|throughout|around) (?:the )?(?:city|\p{Lu}\w+)",
        # a whole told over a stretch of time: "one of three people killed over an eight-hour stretch"
        r"over an? (?:[\w-]+[- ])?(?:hours?|days?)[- ](?:long )?(?:stretch|span)", r"over a (?:stretch|span) of",
        r"(?:weekend|city|citywide|holiday) (?:\w+ )?shootings", r"shootings (?:across|throughout|around) (?:the )?(?:city|\p{Lu}\w+)",
        # the shot over a city, the verb told before where (s34inj): "saw at least 55 people shot across the city", "seven
        # other people were shot across the city", "35 people have been shot - eight of them fatally - across the city"
        # (a city or a capital's name: not "shot across the street", "taken to hospitals across the city")
        # (the verb's word and the next one a literal start, the dash spelled out: the scan's gate then stops at "shot
        # across", "shot - across" only, not at every "shot", "killed")
        r"(?:shot|wounded|injured|hurt|killed|slain|fatally) (?:across|throughout|all over) (?:the city|(?-i:\p{Lu})\w+)",
        r"(?:shot|wounded|injured|hurt|killed|slain|fatally) (?:—|–|-) (?:across|throughout|all over) (?:the city|(?-i:\p{Lu})\w+)",
        # a count of shootings, a run of them: "in 11 shooting incidents", "a series of overnight shootings"
        # (not a span of days alone, "since Monday", "over a 24-hour period": an event's toll is counted so too)
        r"(?:(?:in|from|after) )?(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|(?:a|two|three) dozen) "
        r"(?:separate |different |overnight |weekend |other |unrelated )?(?:shootings|shooting incidents)",
        r"(?:series|string|spate|rash|wave|flurry|night|weekend|week|day) of (?:[\w,-]+ ){0,3}(?:shootings|homicides)",
        # a count over a year: "the homicide total to 104 for 2016", "last year's total of 15", "In 2012, 13 died"
        # a place's running total: "pushed the county's total to 34 in 2016"
        r"(?:county|city|state|town|area|district|parish)['’]s (?:(?:homicide|murder|killing|death|shooting) )?(?:total|tally)(?: (?:to|of|at))?",
        r"(?:homicide|murder|killing|shooting|gun death) (?:total|tally|count|rate)(?: (?:to|of|at))?", r"last year['’]s (?:total|tally|count|number)",
        r"for (?:the year|(?:19|20)\d\d)(?![\d,])", r"(?:19|20)\d\d (?:saw|recorded|counted|brought)", r"in (?:19|20)\d\d,", r"(?:through|since|between) (?:\p{L}+\.? )?(?:\d{1,2}, )?(?:19|20)\d\d",
        # a war's running tally beside one strike's toll: "more than 40,000 have been killed since the war began",
        # "since the start of the invasion", "since war broke out", "since October 7", "since Hamas's October 7 attack"
        # (not "the deadliest strike since the war began": one event's rank; not "since the May 3 shooting": an event's)
        r"since" + _NOT_RANK + r" (?:the (?:start|beginning|outbreak|onset) of (?:the |\w+['’]s )?(?:[\w-]+ )?"
        r"(?:war|invasion|conflict|fighting|offensive|hostilities)"
        r"|(?:the (?:[\w-]+ )?(?:war|invasion|conflict|fighting|offensive|hostilities)|(?:civil )?war)(?: (?:in|on|with|against) (?:the )?[\w-]+)? "
        r"(?:began|started|erupted|broke out|begun|flared)|(?-i:\p{Lu})\w+ (?:invaded|launched (?:its|the|a) (?:full-scale )?(?:war|invasion|offensive)))",
        r"since" + _NOT_RANK + r" (?:\w+['’]s )?(?:(?:" + _MONTH + r")\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:" + _MONTH + r"))(?:,? (?:19|20)\d\d)?(?!\d|\.\d)",
        r"so far in the (?:war|invasion|conflict|fighting)",
        # a season's or a part of a year's tally: "have died of heat-related causes this summer", "in the first six
        # months of the year", "in the first half of 2023"
        r"(?:so far )?this (?:summer|winter|season)(?!['’])",
        r"in the first (?:[\w-]+ )?(?:months|weeks|half|quarter) of (?:the|this|last) year", r"in the first (?:half|quarter) of (?:19|20)\d\d",
    ),
    # another incident named in passing: "last month's shooting that killed 3", "a similar shooting"
    # (each cue opens with a literal word: the document scan tries it only where that word stands)
    other_incident_cues=(
        r"last (?:week|month|year|summer|spring|fall|autumn|winter)['’]s", r"earlier this (?:month|year)",
        r"(?:similar|separate|unrelated|earlier|previous|prior) (?:mass )?(?:shooting|attack|incident|killing|homicide|case)",
        r"(?:19|20)\d\d (?:mass )?(?:shooting|killing|homicide|slaying|murder|attack|massacre)",
        r"years ago", r"months ago", r"years earlier", r"months earlier", r"a (?:year|decade) (?:earlier|before)", r"a decade ago",
        r"other (?:similar )?(?:cases|incidents|shootings)",
        # a page's pointer to another of its stories, a headline after a label: "RELATED ARTICLE - 2 killed in 6
        # shootings", "Related: Three hurt in crash on I-20", "READ MORE: ..." (not "a related shooting")
        r"related(?: (?:article|story|stories|link|links|coverage|content|news|headlines?))?(?=[ \u00a0]*(?:[:|–—]|-[ \u00a0]))",
        r"(?:read|see) (?:more|also)(?=[ \u00a0]*(?:[:|–—]|-[ \u00a0]))", r"also read(?=[ \u00a0]*(?:[:|–—]|-[ \u00a0]))",
        # "comes just one week after a fatal shooting at a party where ... a 12-year-old girl did not survive"
        r"(?:a|one|two|three|several) (?:weeks?|months?) (?:after|before) (?:a|an|another) (?:[\w-]+ ){0,2}?(?:shooting|killing|homicide|attack|stabbing)",
        # an earlier crime in a person's past: "spent 16 years in prison for killing his first wife", "was
        # previously convicted of killing two men" (not "was convicted of killing": this incident's trial)
        r"(?:spent|served) (?:[\w-]+ ){0,3}?(?:in (?:a |the )?(?:state )?(?:prison|jail)|behind bars) for " + _PAST_CRIME,
        r"(?:previously|once|already|earlier) (?:been |was |had been )?(?:convicted|jailed|imprisoned|sentenced) (?:of|for|in) " + _PAST_CRIME,
    ),
    # a first report since superseded: "initially reported as", "police initially said"
    initial_report_cues=(
        r"initially (?:reported|said|told|stated|indicated|announced|believed|thought|described|listed)",
        r"(?:originally|at first) (?:reported|said|told|stated|indicated|announced)", r"(?:was|were) (?:originally|first) reported",
        # an earlier statement told as such: "Earlier, the attorney general said 13 people had been killed" (not
        # "Earlier, a 16-year-old was shot": another incident of a round-up)
        r"earlier, (?:[\w.'’-]+ ){1,6}?(?:said|had said|reported|had reported|stated|told reporters)",
        # an early report told in the past: "Early reports said one person had died, but that proved to be
        # incorrect", "While initial reports indicated six men had been shot, ..." (not "initial reports indicate");
        # an earlier report of an update, since superseded: "Earlier reports had said eight people died",
        # "earlier reports had put the toll at 26"
        r"(?:early|earlier|initial|first|previous) reports? (?:had )?(?:said|indicated|suggested|stated|put)",
        # an earlier report named wrong: "earlier reports of 14 dead were wrong", "initial reports of five deaths proved false"
        r"(?:early|earlier|initial|first|previous|preliminary) reports? of(?=[^.;:!?]{1,60}?\b(?:was|were|is|are|had been|has been|have been"
        r"|proved|proven|turned out(?: to be)?) (?:wrong|false|incorrect|inaccurate|mistaken|erroneous|untrue|exaggerated|unfounded)\b)",
        # an earlier toll told as such: "A previous toll had put the number of dead at 26"
        r"(?:earlier|previous) (?:death )?(?:toll|tally) (?:had )?(?:put|stood at|said)",
        # a figure denied beside the new one: "four people were injured, not five as first reported"
        r"(?<=(?<![\w])not (?:[\w-]+ ){1,2})as (?:first|initially|originally|previously|earlier) (?:reported|thought|believed|said|stated)",
        # a figure denied after a comma, the clause's last words: "One person died in the shooting, not two."
        r"not(?<=, not)(?= (?:[\w-]+ )?[\w-]+[.;!?])",
    ),
    care_words=(
        r"hospitali[sz]ed", r"treated (?:in|at) (?:a |the )?(?:local )?hospitals?", r"(?:being|were|was) treated",
        r"receiving (?:medical )?treatment", r"needed (?:hospital |medical )?treatment", r"in intensive care",
        r"in (?:a )?critical condition", r"in (?:a )?serious condition", r"taken to (?:a |the )?(?:local )?hospitals?",
        r"(?:taken|transported|rushed|airlifted|flown|driven|brought|admitted)" + _NO_DEATH_AFTER + " " + _HOSPITAL, r"in " + _CONDITION,
        r"(?:remain(?:ed|s)?|still|were|are|was|is) in (?:the )?hospital", r"in (?:a )?(?:serious|critical|stable|grave) condition",
        # (the verb's own words, read apart from the sentence: "sent four people to the hospital")
        r"to (?:the |a |an |area |local |nearby )?(?:[\w'’.-]{1,24} ){0,2}?hospitals?",
        _SENT_IN_CARE,
    ),
    shot_words=(r"shot", r"shooting(?<=\b(?:with|of|for|after|in|over) shooting)", r"(?:accidentally|critically|seriously|apparently|reportedly|allegedly) shot", r"(?:struck|hit) by (?:gunfire|bullets?|a bullet|stray bullets?|a stray bullet)", r"(?:accidentally )?sh(?:ot|oots|ooting) (?:himself|herself|self)",
               r"(?:had )?sustained (?:multiple )?gunshot wounds", r"(?:had )?(?:suffered|sustained) (?:a|one) gunshot wound"),
    # pieces of the hurt by degree (figure.piece-by-degree): "One was in critical condition and four were treated and released"
    grave_degree_words=(r"critical(?:ly)?", r"serious(?:ly)?", r"(?<!non-)(?<!non )(?<!not )life[- ]threatening", r"grave(?:ly)?", r"severe(?:ly)?"),
    light_degree_words=(
        r"minor", r"slight(?:ly)?", r"light(?:ly)?", r"non-life[- ]threatening", r"treated and released", r"released",
        r"stable", r"superficial",
    ),
    one_more_words=(r"another", r"a (?:second|third|fourth|fifth|sixth)"),  # "shooting two officers and killing a third"
    wound_sites=(
        r"(?:in|to) (?:the|his|her|their|both|one) (?:left |right |lower |upper )?"
        r"(?:legs?|arms?|hands?|feet|foot|ankles?|knees?|thighs?|shoulders?|buttocks|hips?|elbows?|wrists?|fingers?|toes?|calf|calves|heels?)",
    ),
    # the shot lived: "was shot and slashed but survived", "were shot; all survived", "is expected to survive"
    # "Her husband was also shot": more besides the victims told before (figure.shot-also)
    increment_words=(r"another", r"more", r"further", r"additional"),
    total_after_words=(r"bringing", r"brought", r"taking", r"raising", r"pushing", r"to a total of", r"for a total of"),
    addition_words=(r"also",),
    survival_words=(
        r"survived", r"(?:all|both) survived", r"(?:is|are|was|were) expected to (?:survive|recover|live)",
        r"(?:is|are) (?:now )?recovering",
    ),
    # the one shot told of in the sentence before died: "He later died at the hospital", "She was pronounced dead Sunday"
    died_next_words=(
        r"(?-i:He|She) (?:later |eventually |subsequently |then |also )?(?:died|succumbed|passed away|was pronounced dead|has died|had died)"
        r"(?! (?:of|from) (?:an? |the )?(?:illness|disease|cancer|natural causes|overdose)\b)",
    ),
    # the one shot lived, said in the next sentence: "A man was shot on Main Street. He survived."
    survived_next_words=(r"(?-i:He|She) (?:has |later |also )?survived(?! (?:a|an|the|his|her) )", r"(?-i:He|She) is expected to (?:survive|recover)"),
    parent_of=(r"(?:grand)?(?:father|mother|parent|dad|mom)s? of",),  # "a father of three"
    # those who fired, officers too: "Two officers fired at the man, who was hit" (not "were fired on": the target)
    firing_verbs=(
        r"(?<!\b(?:were|was|been|being|are|is) )(?:fired (?:shots|several shots|(?:\w+ )?rounds|at|into|on|upon)|opened fire|returned fire)",
    ),
    attacker_verbs=(
        r"entered", r"burst into", r"broke into", r"forced (?:their|his|her) way", r"stormed", r"invaded", r"ambushed",
        r"opened fire", r"fired (?:shots|several shots|at|into|on)", r"pulled up", r"robbed",
        r"went (?:in)?to (?:a|the|an) (?:home|house|residence|apartment|store|bar|party)",
        # the accused, not the dead: "Two men are facing murder charges in the killing of a teen", "at least three
        # people were involved in the killing"
        r"(?:are|were|is|was) (?:now )?facing", r"(?:are|were|is|was) (?:allegedly |also )?involved in",
    ),
    harm_negations=(r"not", r"never", r"not been", r"(?:were|was|are|is)n[’']t", r"(?:have|has|had)n[’']t been", r"not or only(?: \w+){1,2}", r"not or barely"),
    nationwide_before=(r"across", r"throughout", r"all over", r"all across", r"nationwide in"),
    part_place_before=(r"including", r"among them", r"of them", r"mostly", r"especially", r"particularly"),
    part_place_after=(r"alone",),
    settlement_nouns_after=(r"province", r"region", r"district", r"county", r"governorate", r"oblast", r"prefecture"),
    target_prepositions=frozenset({"against"}),
    owner_prepositions=frozenset({"of"}),
    speaks_for=frozenset({"for"}),  # "a spokesperson for the group said": the spokesperson where no group is named
    list_conjunctions=(r"and",),
    # a clause of what the event before it left: "three overnight shootings within five hours; leaving five injured"
    result_clause_openers=(r"leaving", r"(?:which|that) left", r"resulting in"),
    # "a pregnant woman and her two children"; the article too (s35inj2): "his wife, 34, and the four girls were found dead"
    list_possessives=(r"his", r"her", r"their", r"the"),
    # one person named by the definite article, which counts no one, then their companions counted by a figure: "The
    # 45-year-old driver and his two passengers were injured" are three (figure.kin-of-one; "a driver and ..." adds up
    # by figure.list-sum, the article counting one)
    kin_list_openers=(
        r"the (?:\d{1,3}-year-old )?(?:driver|pilot|co-pilot|captain|skipper|motorist|cyclist|motorcyclist|rider|farmer"
        r"|fisherman|miner|guide|mother|father|man|woman) (?:and|along with) (?:his|her|their)",
    ),
    seat_words=(r"based",),
    place_abbreviations={"St.": "Saint", "Ft.": "Fort", "Mt.": "Mount"},  # "Mt. Pleasant": Mount Pleasant
    # where a person comes from, no place of the event: "a native of Honduras", "who moved here from Guatemala"
    origin_words=(
        r"originally from", r"(?:a )?natives? of", r"(?:moved|relocated) (?:here |there )?from",
        r"(?:im|e)migrated (?:here |there )?from", r"(?:im|e)migrants? from", r"hail(?:s|ed)? from", r"born in",
        r"grew up in", r"raised in",
        # where those sent come from: "31,000 police officers from across Germany were deployed in Hamburg"
        r"from (?:across|all over|all across|throughout|all parts of)",
        # a life's story: "spent the first three years of his life abroad in Italy", "the early years of her life in Ghana"
        r"years of (?:his|her|their) (?:early )?life (?:abroad )?in",
    ),
    # where a source spoke to them: "told reporters in Geneva", "told a news conference in Kyiv"
    audience_words=frozenset({"reporters", "journalists", "briefing", "conference", "media", "lawmakers",
                              # a body one tells is no paper ("told the Senate that"): via_rules._paper_by_name
                              "senate", "parliament", "assembly", "house", "commons", "lords", "congress", "cabinet",
                              "jury", "judge", "inquiry", "hearing", "pope", "king", "queen"}),
    # two streets of a corner, one of them no place: "at Flamingo and Durango", "near the intersection of Pine and Lima"
    street_corner_words=(r"at", r"near", r"(?:intersection|corner) of"),
    street_corner_joins=(r"and", r"&"),
    street_before_words=(r"block of",),  # "in the 3700 block of Cambridge"
    street_words=(
        r"(?:and|&)\s+[\w.]+\s+(?:streets|avenues|roads|drives|boulevards|lanes)",
        r"streets?", r"st\.?", r"avenues?", r"ave\.?", r"roads?", r"rd\.?", r"drive", r"dr\.", r"boulevard", r"blvd\.?",
        r"lanes?", r"ln\.?", r"parkway", r"pkwy\.?", r"terrace", r"highway", r"hwy\.?", r"pike", r"circle", r"way",
    ),
    contrast_words=(
        r"while", r"whereas", r"but", r"although", r"though",
        # a clause of its own with the victim and others as its subject: "was shot and killed as he and three other
        # teens played with the gun" (the others are no dead)
        r"as (?:he|she|they) and",
        # a vessel's or vehicle's load after the verb of another clause: "were killed when a ferry carrying around 150
        # passengers capsized" (those on board are no dead)
        r"carrying", r"transporting",
    ),
    outlet_mentions={r"told reuters|\(reuters\)": "Reuters", r"\(ap\)|the associated press": "AP", r"\(afp\)|told afp": "AFP"},
    stopwords=frozenset(
        # no words German shares ("in", "an", "war", "die", "am")
        "the and of to is was were that for on with as by at from it this be are have has had not but "
        "or which their they said after who been would its his her more than were when while will there "
        "into other over also he she we you our could should out up what if no so then them these those "
        "because during being where remain remained remains still also reportedly "
        "later earlier initially previously subsequently now".split()
    ),
    origin_aliases={  # who a figure comes from (origins.py); names written alike everywhere are in common.py
        "state tv": (_GOV, _SM),
        "state television": (_GOV, _SM),
        "state media": (_GOV, _SM),
        "state broadcaster": (_GOV, _SM),
        "state news agency": (_GOV, _SM),
        "official figures": (_GOV, _G),
        "collective security treaty organization": ("CSTO", _MA),
        "collective security treaty organisation": ("CSTO", _MA),
        "russian-led alliance": ("CSTO", _MA),
        "russia-led alliance": ("CSTO", _MA),
        "witnesses": (AS_STATED, _W),
        "eyewitnesses": (AS_STATED, _W),
        "journalist": (AS_STATED, _W),
        "reporter": (AS_STATED, _W),
        "correspondent": (AS_STATED, _W),
        "media reports": (AS_STATED, _IM),
        "red cross": ("Red Cross", _NGO),
        "rights groups": (AS_STATED, _NGO),
    },
    origin_kinds={  # what kind of source a name is, when no alias names it (origins.py)
        OriginType.MEDICAL: (r"hospitals?", r"doctors?", r"medics?", r"paramedics?", r"morgues?", r"clinics?", r"coroners?", r"health workers?", r"medical (?:sources?|staff|workers?|officials?|charity|examiners?)", r"ambulance services?"),
        OriginType.UN: (r"(?-i:UN|U\.N\.|UNHCR|UNICEF|OCHA|UNRWA|WHO|OHCHR|UNAMA|MONUSCO)", r"united nations", r"world health organi[sz]ation",
                        r"(?-i:IOM)", r"international organi[sz]ation for migration"),
        OriginType.NGO: (r"rights groups?", r"human rights", r"rights (?:organi[sz]ations?|watchdogs?|monitors?|activists?|defenders?)", r"(?-i:NGOs?)", r"aid (?:groups?|agenc(?:y|ies)|organi[sz]ations?)", r"charit(?:y|ies)", r"red cross", r"red crescent", r"amnesty", r"observatory", r"watchdogs?", r"monitoring groups?"),
        OriginType.PARTY: (r"(?:\w+ )?party", r"opposition", r"rebels?", r"militias?", r"insurgents?", r"militants?", r"armed groups?", r"guerrillas?", r"paramilitar(?:y|ies)",
                            r"hamas", r"hezbollah", r"houthis?"),  # armed movements named by their name, as in French
        OriginType.STATE_MEDIA: (r"state(?:-run| run|-owned)? (?:tv|television|media|broadcaster|news agency|radio|newspaper)",),
        OriginType.GOVERNMENT: (
            r"governments?", r"ministry", r"ministries", r"(?:\w+ )?ministers?", r"authorities", r"officials?", r"police", r"army", r"military", r"armed forces", r"security forces", r"president", r"presidency",
            r"prime minister", r"premier", r"cabinet", r"governor", r"mayor", r"junta", r"civil defen[cs]e", r"emergency services?", r"fire (?:department|service)", r"sheriff", r"prosecutors?", r"district attorney", r"head of state",
            r"interior", r"home office", r"investigators?", r"detectives?", r"(?:police |law enforcement )?officers?", r"deputies", r"troopers?", r"commanders?", r"(?:\w+ )?department",
            # state bodies that report tolls: "the coast guard", "Pakistan's disaster agency"
            r"coast ?guards?", r"national guard", r"navy", r"civil protection", r"judiciary",
            r"disaster (?:management |response |relief )?(?:agency|agencies|authority|authorities)",
            # "Nigeria's National Emergency Management Agency" (as French "l'Agence nationale de gestion des urgences")
            r"emergency (?:management |response )?(?:agency|agencies|authority|authorities)",
            # a French state's local seat: "the prefecture said" (as French "selon la préfecture")
            r"prefecture", r"prefect",
            # a state's office of health that counts a toll: "the regional health office said" (as "health department")
            r"health (?:offices?|bureaus?|secretariats?)",
        ),
        OriginType.WITNESS: (r"witness(?:es)?", r"eyewitness(?:es)?", r"residents?", r"survivors?", r"relatives", r"neighbou?rs?"),
    },
    party_descriptors=(r"(?:the )?(?:main |largest |chief |ruling )?opposition(?: party)?", r"(?:the )?party"),
    leaders={
        "tokayev": "Kazakhstan", "kremlin": "Russia", "zelensky": "Ukraine", "zelenskyy": "Ukraine", "netanyahu": "Israel", "lukashenko": "Belarus", "pashinyan": "Armenia",
        "aliyev": "Azerbaijan", "japarov": "Kyrgyzstan", "rahmon": "Tajikistan", "mirziyoyev": "Uzbekistan", "pezeshkian": "Iran", "khamenei": "Iran",
    },
    event_kinds={
        r"shoot(?:ing|ings|er|ers|out)?|gunfire|gunm[ae]n|gunshots?|open(?:ed|ing|s)? fire|shot (?:dead|and killed)": "shooting",
        r"crash(?:es|ed)?|collisions?|derail(?:ed|ment)|plane went down": "crash",
        r"sieges?|hostages?|hostage-taking|stand-?off": "siege",
        r"protests?|protesters?|demonstrat(?:ion|ions|ors?)|riots?|rioters?|unrest|uprising": "protest",
        r"(?:earth)?quakes?|tremors?|aftershocks?": "quake",
        r"attacks?|bomb(?:ing|ings|s|er|ers)?|suicide bomber|terror(?:ist|ism)?": "attack",
        r"wildfires?|blazes?|house fires?|forest fires?|fire broke out": "fire",
        r"floods?|flooding|flash floods?|torrential rains?": "flood",
        r"storms?|hurricanes?|tornado(?:es|s)?|typhoons?|cyclones?": "storm",
        # (not "accident": local news writes it of the accidental shooting, or of the car accident a shooting followed)
        r"disasters?": "accident",
        r"explosions?|blasts?": "explosion",
        r"landslides?|mudslides?|mud ?slides?|rockslides?|avalanches?|land ?slips?": "landslide",
    },
    particulars={
        r"(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]++){1,2}), (?:aged? )?\d{1,2}(?=[,;).])": "person",
        r"\d{1,2}-year-old (?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2})": "person",
        r"(?<=(?:killing|death|murder|slaying) of (?:(?:the )?\d{1,2}-year-old )?)(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2})": "person",
        # the victim named as the object of a charge ("accused of killing Jon Doe", "charged with fatally shooting 19-year-old
        # Al Roe"; not a day: "in killing Saturday Night"; nor a place or a body before a noun of a person: "killing Fort
        # Riley soldier Jon Doe")
        r"(?<=(?:of|with|for) (?:killing|murdering|fatally shooting|shooting and killing) (?:(?:the )?\d{1,2}-year-old )?)"
        r"(?!(?-i:" + _DAY_OR_MONTH + r")\b)(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?![\w'’-]| (?-i:\p{Ll}+)"
        r"(?<= (?:soldier|student|officer|deputy|trooper|man|woman|teen|teenager|boy|girl|resident|native|worker|employee|clerk"
        r"|guard|mother|father|rapper|firefighter|nurse|teacher)s?))": "person",
        r"(?<=identified (?:[\w.]+ ){0,3}as )(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2})": "person",
        r"(?-i:(?:\p{Lu}\p{Ll}+|\d+(?:st|nd|rd|th)) (?:\p{Lu}\p{Ll}+ )?(?:Street|Avenue|Road|Drive|Boulevard|Lane|Parkway|Terrace))": "street",
        # a person beside an age written in words ("Seventeen-year-old Kevin Jackson"), the age left out
        r"(?<=(?<![\w-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:one|two|three|four|five|six|seven|eight|nine|ten"
        r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"-year-old )(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2})": "person",
        # an address: a house or block number and its street's name, the kind of street left out ("the 5700
        # block of South Morgan Street", "3006 Holton Avenue", "the 5700 block of South Morgan")
        r"(?-i:\d{2,5} (?:block of )?(?:(?:North|South|East|West) )?(?:\p{Lu}\p{Ll}+|\d+(?:st|nd|rd|th))(?: \p{Lu}\p{Ll}+)?)"
        r"(?= (?-i:Street|Avenue|Road|Drive|Boulevard|Lane|Parkway|Terrace|Court|Place|St|Ave|Rd|Dr|Blvd|Ln|Pkwy|Ct)\b)": "address",
        # an intersection: two streets with their kinds, side by side ("Duvall Ave and Garrison Blvd", "Deering
        # Drive near Country Creek Drive"): as precise as a house number
        r"(?-i:(?:(?:North|South|East|West) )?(?:\p{Lu}\p{Ll}++|\d+(?:st|nd|rd|th))(?: \p{Lu}\p{Ll}++)? (?:Street|Avenue|Road|Drive|Boulevard|Lane|Parkway|Terrace|Court|St|Ave|Rd|Dr|Blvd|Ln|Pkwy|Ct)\.? (?:and|near|at) (?:(?:North|South|East|West) )?(?:\p{Lu}\p{Ll}++|\d+(?:st|nd|rd|th))(?: \p{Lu}\p{Ll}++)? (?:Street|Avenue|Road|Drive|Boulevard|Lane|Parkway|Terrace|Court|St|Ave|Rd|Dr|Blvd|Ln|Pkwy|Ct))": "address",
        # a corner of a numbered street and another, the kind in the plural after both or none after "at" ("near 39th and
        # Market Streets", "at 12th and Main"): as precise as a house number
        r"(?-i:\d{1,3}(?:st|nd|rd|th) and (?:(?:North|South|East|West) )?(?:\p{Lu}\p{Ll}+|\d{1,3}(?:st|nd|rd|th)))"
        r"(?= (?:Streets|Avenues|streets|avenues)\b)": "address",
        r"(?<=\b(?:at|near) )(?-i:\d{1,3}(?:st|nd|rd|th) and (?:(?:North|South|East|West) )?(?:\p{Lu}\p{Ll}+|\d{1,3}(?:st|nd|rd|th)))"
        r"(?![\w'’-]| (?-i:\p{Lu}))": "address",
        r"(?-i:\d{2,5} block of (?:(?:North|South|East|West) )?(?:\p{Lu}\p{Ll}+|\d+(?:st|nd|rd|th))"
        r"(?: (?!(?:Street|Avenue|Road|Drive|Boulevard|Lane|Parkway|Terrace|Court|Place|St|Ave|Rd|Dr|Blvd|Ln|Pkwy|Ct)\b)\p{Lu}\p{Ll}+)?)": "address",
    },
    victim_ages={
        r"\d{1,3}[- ]years?[- ]olds?": "year",
        r"\d{1,2}[- ]months?[- ]olds?": "month",
        r"(?<=\p{L}, )\d{1,3}(?=,)": "year",
    },
    venue_kinds={
        # lower case only: a venue's common noun, not a name ("Horan Park", "County Market", "White House")
        r"(?-i:homes?|house|residence|apartments?|duplex|condo|townhomes?|bedroom|living room|porch|driveway|backyard)": "home",
        r"(?-i:bar|nightclubs?|night club|club|lounge|tavern|pub|cabaret|saloon)": "bar",
        r"(?-i:stores?|gas station|market|shop|mall|supermarket)": "store",
        r"(?-i:restaurants?|diner|cafe)": "restaurant",
        r"(?-i:school|campus)": "school",
        r"(?-i:church|mosque|synagogue|temple)": "worship",
        r"(?-i:park)": "park",
    },
    subgroup_persons=(r"women", r"woman"),
    fatal_cues=(r"fatal(?:ly)?", r"deadly"),
    part_place_cues=(r"alone", r"of them in", r"of whom in", r"of those in", r"including \d[\d,]* in"),
    revision_cues=(
        r"(?:death |casualty )?toll (?:\w+ ){0,8}(?:has |had )?(?:rose|risen|rises|climbed|jumped|increased|grew|reached)",
        r"(?:raised|lowered|revised|corrected|cut|increased) (?:\w+ ){0,3}(?:death |casualty )?toll",
        r"(?:revised|lowered|raised|corrected) (?:(?:up|down)(?:ward)? )?to",
        r"(?:bringing|brought|pushing|pushed|taking|took) the (?:death |casualty )?toll",
    ),
    conjunctions=(r"and", r"or", r"as well as", r"but", r"while"),
    noun_conjunctions=(r"and", r"or"),
    bare_joiners=(r"and",),
    name_particles=(r"al", r"el", r"ad", r"as", r"ash", r"at", r"az", r"ar", r"an", r"ul", r"abu", r"bin", r"ibn", r"Al", r"El", r"Abu", r"Bin", r"Ibn"),
    possessive_endings=("'s", "’s"),
    name_articles=(r"the",),
    unnamed_official_sources=frozenset({"official figures"}),
    record_adjectives=frozenset({"latest", "new", "newest", "updated", "fresh", "recent", "preliminary", "provisional", "revised", "final"}),
    unnamed_report_sources=frozenset({"reports", "media reports"}),
    telling_verbs=(r"told", r"tells"),
    forces_abroad_words=(
        r"army", r"military", r"armed forces", r"defen[cs]e", r"troops", r"soldiers", r"navy", r"air force", r"foreign",
        r"state department", r"pentagon", r"commanders?", r"general staff",
    ),
    revising_verbs=(r"revised", r"corrected", r"lowered", r"amended", r"adjusted", r"has revised", r"has corrected", r"have revised",
                    # an adverb between: "The coast guard has since revised the toll down to 17"
                    r"(?:has|have) (?:since|now|also|later) (?:revised|corrected|lowered|amended|adjusted)",
                    # the passive with its agent: "The death toll was later corrected to four by the interior ministry"
                    r"(?:was|were|has been|have been) (?:later |since |then |now )?(?:revised|corrected|lowered|amended|adjusted) (?:\w+ ){0,6}?by"),
    observation_verbs=(r"saw", r"witnessed", r"observed"),
    common_place_words=frozenset({
        "Metro", "Officer", "Valley", "Store", "Hub", "Cascade", "Commonwealth", "Trident", "Lone", "Van", "Forest",
        "Coast", "Terrace", "Date", "Hit", "Say", "Can", "Along", "Much", "Than", "Never", "From", "Tall", "Federal",
    }),
    # "sent to University Hospital": the hospital's name, where the hurt were taken, no place of the figure
    care_names_after=frozenset({"Hospital", "Hospitals", "Medical", "Clinic", "Infirmary"}),
    # "a block away from Hamilton High West", "at Ascension Catholic Church": a venue's name, no vote for a country
    venue_words_after=frozenset({"High", "School", "Academy", "Elementary", "College", "Arena", "Stadium", "Mall",
                                 "Church", "Cathedral", "Chapel", "Park", "Hospital"}),
    # none: "the" serves both numbers, and "those Chicago officers" names the city
    plural_articles=frozenset(),
    # a city's name after one names a thing (a car: "in a red Toyota"), unless a noun follows ("a Chicago man")
    indefinite_articles=frozenset({"a", "an"}),
    headline_labels=frozenset({"update", "updated", "breaking", "developing", "watch", "video", "live"}),
    # only a count after the article: "a fatality was reported" (not "a person", "a man": one case told)
    numeral_nouns=(r"fatality", r"casualty"),
    # escaped prisoners are no displaced: "some 800 inmates fled" (category.prisoners-escaped)
    prisoner_nouns=(r"inmates?", r"prisoners?", r"detainees?", r"convicts?"),
    # those the harm spared: "were killed except two flight attendants"
    # soldiers returned in a prisoner exchange are no deployment (category.troops-exchanged; not "an exchange of fire")
    exchange_cues=(r"prisoner (?:swap|exchange)s?", r"(?:the|a|this|that) swap", r"exchange of (?:prisoners|captives|bodies)",
                   r"prisoners? of war", r"POWs?"),
    exception_words=(r"except(?: for)?", r"with the exception of", r"save for"),
)
