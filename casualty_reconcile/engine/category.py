"""Stage: what a figure counts (its category), as an ordered table of rules.

The first rule of :data:`CATEGORY_RULES` that decides gives the category; a figure no rule
decides is no claim. Every rule of :data:`REVISIONS` may then change it, a rule of :data:`DROPS` (in
:mod:`engine.category_drops`) says when the figure is no claim after all, and :data:`LATE_REVISIONS` may
change it again.
"""

from __future__ import annotations

import bisect

import regex

from ..models import Category, Flag, Qualifier
from .category_drops import DROPS, joined_harm, rescued_then_another, unharmed_in_care
from .custody import held_then_died
from .doc import Figure
from .evidence import Evidence
from .patterns import _CORE, _CUE_CHARS, _HARM, _NP_STOP
from .rules import Productions, Rule, first, first_name, productions
from .verb_first import verb_first


def _hostages(ev: Evidence) -> Category | None:
    if ev.taken is not None and ev.taken.lastgroup and ev.noun_cat not in _CORE:
        ev.unit_m = ev.taken  # the unit is the verb's: "hostages"
        return Category.OTHER
    return None


def _captives_held(ev: Evidence) -> Category | None:
    """"in exchange for 10 hostages held in Gaza", "130 otages sont toujours détenus": a figure of a unit a verb
    of the language takes people as (``unit_verbs``: captives), no person or group before it in its words, that a word of
    detention follows counts the captives (the unit, other), no arrests."""
    unit_m = ev.unit_m
    if (
        Category.ARRESTS in (ev.right_cat, ev.noun_cat)
        and unit_m is not None
        and unit_m.lastgroup in ev.x.lex.lang.unit_verbs
        and ev.group_m is None
        and (ev.person_m is None or ev.person_m.start() > unit_m.start())  # (a word of detention read as a person: "détenus")
    ):
        return Category.OTHER
    return None


def _part_with_own_verb(ev: Evidence) -> Category | None:
    if ev.own is not None and ev.own.start() >= ev.count.end and ev.own.lastgroup and Category(ev.own.lastgroup) in _HARM:
        return Category(ev.own.lastgroup)
    return None


def _part_after_own_verb(ev: Evidence) -> Category | None:
    """"Im Krankenhaus erlagen zwei der Verletzten ihren Verletzungen": a part of a whole named by its noun
    ("der Verletzten"), the subject after its clause's verb, counts what the verb says befell it."""
    if ev.own is not None and ev.own.end() <= ev.count.start and ev.own.lastgroup and Category(ev.own.lastgroup) in _HARM:
        return Category(ev.own.lastgroup)
    return None


def _hurt_died(ev: Evidence) -> Category | None:
    """"Ein Verletzter sei im Krankenhaus gestorben", "Two injured passengers later died": a noun of the
    injured whose own verb, after it in one clause (no punctuation, conjunction or other figure between),
    is a verb of death counts the dead."""
    noun, verb, x = ev.noun, ev.verb, ev.x
    if ev.noun_cat is not Category.INJURIES or verb is None or noun is None:
        return None
    if verb.start() == noun.start():  # "un blessé est décédé", "two wounded died": the noun is a verb's form too
        verb = x._search(x.lex.cat_verb, noun.end(), ev.right_end)
    if verb is None or verb.lastgroup != Category.DEATHS.value:
        return None
    if verb.start() < noun.end() or verb.start() > ev.next_start:
        return None
    gap = x.text[noun.end() : verb.start()]
    if _NP_STOP.search(gap) is not None or x.lex.conj_stop.search(gap) is not None or x.lex.np_stop.search(gap) is not None:
        return None
    return Category.DEATHS


def _weak_noun_verb(ev: Evidence) -> Category | None:
    verb, noun, x = ev.verb, ev.noun, ev.x
    if verb is not None and noun is not None and verb.start() == noun.start() and ev.toll in _HARM:
        toll = x._last(x.lex.toll, ev.left_start, ev.count.start)
        if toll is not None and not x.text[toll.end() : ev.count.start].strip():
            return None  # the weak noun is its own verb, a toll cue right before it ("after the death of three injured")
    harm = ev.right_cat or ev.verb_cat
    return harm if ev.weak_noun and harm is not None and harm in _HARM else None


def _weak_noun_toll(ev: Evidence) -> Category | None:
    if not ev.weak_noun or ev.toll not in _HARM:
        return None
    joined = ev.connector is not None and ev.x.lex.conj_stop.fullmatch(ev.connector.strip(" ,")) is not None
    before = ev.out[-1] if ev.out and joined else None
    if ev.noun_cat is not None and before is not None and before.category is not ev.noun_cat and "category.noun" in before.trace:
        return None  # "Selon un bilan de l'ONU, ... 200 morts et 45 000 déplacés": the toll's is the first, told by its noun
    return ev.toll


def _multiplicity(ev: Evidence) -> Category | None:
    """"a double homicide", "ein Doppelmord": the figure's own words name what it counts."""
    m = ev.multiplicity
    return Category(m.lastgroup.split("__")[0]) if m is not None and m.lastgroup else None


def _injured_object(ev: Evidence) -> Category | None:
    """"critically injuring his father", "verletzte dabei seinen Vater schwer": one injured named as the
    object of a verb of injury, the verb first (``injured_object_words``); its words name what it counts."""
    m = ev.multiplicity
    return Category.INJURIES if m is not None and m.re is ev.x.lex.injured_object else None


# the rules whose figure is its own words, which name what it counts ("a double homicide", "wounding his
# father"): no whole, part or list item for the figures after it, and the group its words name
NAMED_BY_WORDS = frozenset({"category.injured-object", "category.verb-first", "category.multiplicity-word"})


def _noun(ev: Evidence) -> Category | None:
    noun, verb = ev.noun, ev.verb
    if (
        noun is not None and verb is not None and verb.start() <= noun.start() and noun.end() <= verb.end()
        and verb.end() - verb.start() > noun.end() - noun.start()
    ):
        return None  # "Die Frau erlag ihren schweren Verletzungen": the noun is the verb's own word, the verb decides
    return ev.noun_cat if ev.noun_cat in _CORE else None


def _verb_after(ev: Evidence) -> Category | None:
    return ev.right_cat if ev.right_cat in _CORE else None


def _toll(ev: Evidence) -> Category | None:
    if _unharmed(ev):
        return None
    if ev.toll is not None and ev.parent is not None and _cue_of_whole(ev, ev.parent):
        return None  # a part of the whole told before: its category (part-of-total)
    return ev.toll


def _unharmed(ev: Evidence) -> bool:
    """ "Rescuers pulled 37 bodies and 70 survivors from the rubble", "37 Leichen und 70 Überlebende": a figure whose
    noun, right after it, names people the harm did not befall, with no verb of harm after it, is of no toll before
    it (not "The four survivors suffered non-life-threatening injuries": the survivors of a shooting, hurt)."""
    x, end = ev.x, ev.count.end
    return ev.right_cat is None and x.text[end : end + 1].isspace() and x.lex.unharmed.match(x.text, end + 1) is not None


def _cue_of_whole(ev: Evidence, whole: Figure) -> bool:
    """Whether the toll cue before a part is the whole's, not the part's: written before the whole ("Le bilan fait
    état de quatre morts et d'une vingtaine de blessés, dont trois graves": three injured), or naming the dead only
    by a weak noun, victims of any harm ("12 Verletzte. Unter den Opfern sind fünf Kinder", "parmi les victimes":
    alone a toll of the dead, after a whole a part of that whole)."""
    x = ev.x
    cue = x._last(x.lex.toll, max(ev.sentence.start, ev.count.start - _CUE_CHARS), ev.count.start)
    if cue is None:
        return False
    return cue.end() <= whole.start or cue.group().rsplit(None, 1)[-1].casefold() in x.lex.lang.weak_nouns


def _took_part(ev: Evidence) -> Category | None:
    """"around 2,500 took part", "Ils étaient plus de 5 000 à défiler": a verb of taking part right
    after the figure (its noun phrase's first word, or the words right after it)."""
    if ev.noun_cat is Category.PARTICIPANTS:
        return Category.PARTICIPANTS
    if ev.noun_cat is not None:
        return None
    x, end = ev.x, ev.count.end
    start = ev.np_tokens[0].start() if ev.np_tokens else end + 1 if x.text[end : end + 1] == " " else -1
    if start >= 0 and x.lex.participant_verb.match(x.text, start):
        return Category.PARTICIPANTS
    return Category.PARTICIPANTS if _took_part_after_sources(ev) else None


_SOURCED_STEPS = 4  # figures and their sources read before the verb: "12 000 selon X, 4 500 selon Y, à défiler"
_SPACES = regex.compile(r"[ ,]+")


def _took_part_after_sources(ev: Evidence) -> bool:
    """"Ils étaient 12 000 selon les organisateurs, 4 500 selon la police, à défiler": the figure, then its source
    after an according-to cue up to a comma (or up to the verb), and any other figure with its own source so, before a
    verb of taking part: each figure counts the crowd."""
    x, text, pos = ev.x, ev.x.text, ev.count.end
    limit = ev.sentence.end
    sourced, counts = False, ev.counts
    for _ in range(_SOURCED_STEPS):
        gap = _SPACES.match(text, pos, limit)
        pos = gap.end() if gap is not None else pos
        at = bisect.bisect_left(counts, pos, ev.i + 1, key=lambda c: c.start)  # (the sentence's counts, in order)
        if at < len(counts) and counts[at].start == pos:  # another figure of the crowd: "..., 4 500 selon la police"
            pos = counts[at].end
            continue
        cue = x.lex.according.match(text, pos, limit)
        if cue is None:
            break
        comma = text.find(",", cue.end(), limit)
        end = comma if comma >= 0 else limit
        if x._search(x.lex.participant_verb, cue.end(), end) is not None:
            return True  # the verb right after the source, no comma: "3 000 selon la préfecture à manifester"
        if comma < 0:
            return False
        pos, sourced = comma, True
    if sourced and x.lex.lang.relative_openers:
        # "Es waren 12.000 laut Veranstaltern, 4.500 laut Polizei, die an der Demonstration teilnahmen": the verb at the
        # end of a relative clause about them, opened right after the last source's comma
        opener = x.lex.relative_opener.match(text, text.rfind(",", 0, pos + 1), limit)
        if opener is not None:
            stop = _NP_STOP.search(text, opener.end(), limit)
            return x._search(x.lex.participant_verb, opener.end(), stop.start() if stop is not None else limit) is not None
    return sourced and x.lex.participant_verb.match(text, pos, limit) is not None


def _crowd_copula(ev: Evidence) -> Category | None:
    """"Ils étaient 5 000 selon la préfecture, 20 000 selon la CGT", "Elles étaient 800 dans les rues": a bare figure
    (no noun) right after a copula of a crowd (``crowd_copulas``), its source (an according-to cue) or the crowd's
    place (``crowd_sites``) right after it, past a comma, counts the crowd (not "Ils étaient 40 à bord"); so does one
    after its town, then a comma and the next figure ("Ils étaient 20 000 à Marseille, 6 500 selon la police")."""
    x, text = ev.x, ev.x.text
    if x.lex.crowd_copula is None or ev.noun_cat is not None or ev.noun is not None or ev.person_m is not None:
        return None
    if x.lex.crowd_copula.match(text, ev.sentence.start, ev.count.start) is None:
        return None
    end = ev.sentence.end
    pos = ev.count.end
    if ev.group_m is not None:  # the crowd named: "Ils étaient 1,2 million de manifestants selon la CGT"
        if ev.group_m.lastgroup != "protesters":
            return None
        pos = ev.group_m.end()
    place = _PLACE_AFTER.match(text, pos, end)
    if place is not None and x.lex.preposition.fullmatch(place.group(1)) is None:
        place = None
    if place is not None:
        pos = place.end()  # "Ils étaient 20 000 à Marseille, 6 500 selon la police": the crowd's town
    gap = _SPACES.match(text, pos, end)
    after = gap.end() if gap is not None else pos
    if x.lex.according.match(text, after, end) or x.lex.crowd_site.match(text, after, end):
        return Category.PARTICIPANTS
    later = ev.counts[ev.i + 1].start if ev.i + 1 < len(ev.counts) else -1
    return Category.PARTICIPANTS if place is not None and after == later and "," in text[pos:after] else None


_PLACE_AFTER = regex.compile(r"[ \u00a0]+(\w+)[ \u00a0]+\p{Lu}[\w'’-]*(?:[ \u00a0]+\p{Lu}[\w'’-]*)*")


def _unit_alone(ev: Evidence) -> Category | None:
    if ev.unit_m is not None and not (ev.group_m or ev.person_m) and ev.count.qualifier is not Qualifier.VAGUE:
        return Category.OTHER
    return None


def _verb_near(ev: Evidence) -> Category | None:
    if ev.right_cat is None and (_unharmed_told(ev) or _own_uncounted_verb(ev) or _target_after_verb(ev)):
        return None
    return ev.verb_cat if ev.verb_cat in _CORE else None


def _target_after_verb(ev: Evidence) -> bool:
    """ "Die Polizei nahm 34 Menschen in Gewahrsam und setzte Wasserwerfer gegen rund 5000 Demonstranten ein": a figure
    right after a preposition of what an action is aimed at (``target_prepositions``: "gegen", "against") is the
    action's target, not whom the verb of a category before it befell (not where that verb stands right before the
    preposition, a word of about: "Bei dem Feuer starben gegen 40 Menschen")."""
    words = ev.left.split()
    x = ev.x
    return (
        len(words) > 1 and words[-1].lower() in x.lex.lang.target_prepositions and x.lex.cat_verb.fullmatch(words[-2]) is None
    )


def _own_uncounted_verb(ev: Evidence) -> bool:
    """ "23 Personen wurden in Gewahrsam genommen, gegen 14 wird ermittelt", "zwei konnten gerettet werden": a verb of an
    act no category names (``uncounted_verbs``) after the figure in its own clause, none of a category: the verb of a
    category near it, before it, is another figure's."""
    x = ev.x
    return bool(x.lex.lang.uncounted_verbs) and x._search(x.lex.uncounted_verb, ev.count.end, min(ev.right_end, ev.next_start)) is not None


def _unharmed_told(ev: Evidence) -> bool:
    """ "L'incendie a fait 12 blessés légers et 30 personnes choquées", "20 personnes ont été choquées": a word of people
    the harm did not befall (``unharmed_nouns``) after the figure in its clause, no verb of harm there: no toll from a
    verb near it, nor from the figure before it ("3 morts, 36 personnes ont été secourues")."""
    x = ev.x
    return x._search(x.lex.unharmed, ev.count.end, min(ev.right_end, ev.next_start)) is not None


def _troops_in_list(ev: Evidence) -> Category | None:
    if ev.noun_cat is Category.TROOPS:
        return ev.x._coordinated(ev.counts, ev.i, ev.np_limit, ev.sentence)
    return None


def _troops(ev: Evidence) -> Category | None:
    if ev.parent is not None and ev.parent.category is not Category.TROOPS:
        return None  # "detained 113 people, including 30 soldiers": a part counts what its whole counts
    if ev.noun_cat is Category.TROOPS or (
        ev.verb_cat is Category.TROOPS
        and ev.group_m is not None
        and ev.group_m.lastgroup in ("security_forces", "foreign_troops")
    ):
        return Category.TROOPS
    return None


def _parent(ev: Evidence) -> Category | None:
    return ev.parent.category if ev.parent is not None else None


def _joined_to_last(ev: Evidence) -> Category | None:
    out = ev.out
    if not (out and out[-1].count is ev.counts[ev.i - 1]):
        return None
    connector = ev.x.text[out[-1].end : ev.count.start].strip(" ,")
    if ev.x.lex.conj_stop.fullmatch(connector) or (not connector and (ev.group_m or ev.person_m)):
        return None if _unharmed(ev) or (ev.right_cat is None and (_unharmed_told(ev) or _own_uncounted_verb(ev))) else out[-1].category
    return None


def _attackers_in_list(ev: Evidence) -> Category | None:
    if ev.group_m is not None and ev.group_m.lastgroup == "attackers":
        return ev.x._coordinated(ev.counts, ev.i, ev.np_limit, ev.sentence)
    return None


def _crowd(ev: Evidence) -> Category | None:
    x, count, group_m = ev.x, ev.count, ev.group_m
    if (
        (group_m is not None and group_m.lastgroup == "attackers")
        or (
            (group_m is not None or ev.person_m is not None or (count.vague_word is not None and (count.low or 0) >= 100))
            and x._search(x.lex.participant_verb, ev.left_start, ev.right_end)
        )
        or (ev.np_tokens and x.lex.participant_verb.match(x.text, ev.np_tokens[0].start()))
    ):
        return Category.PARTICIPANTS
    return None


def _protesters_told(ev: Evidence) -> Category | None:
    """ "Die Polizei sprach von 15.000 Demonstranten", "Police spoke of 15,000 protesters": protesters
    counted right after a speech cue, with nothing befalling them, are the crowd."""
    x, group_m = ev.x, ev.group_m
    if group_m is None or group_m.lastgroup != "protesters" or ev.noun_cat is not None:
        return None
    told = x.lex.back_speech.match(x.text, ev.left_start, ev.left_start + len(ev.left.rstrip()))
    return Category.PARTICIPANTS if told is not None else None


def _unit(ev: Evidence) -> Category | None:
    return Category.OTHER if ev.unit_m is not None and ev.count.qualifier is not Qualifier.VAGUE else None


def _drawn_in(ev: Evidence) -> Category | None:
    """ "a fight involving 30+", "a brawl that may have involved 100 people": the object of a verb that
    counts those an event drew in (a verb of the crowd in ``category_verbs``) is the crowd, not the harm
    of a figure told before it in the sentence (``category.previous-value`` would give it)."""
    return Category.PARTICIPANTS if ev.object_of_verb and ev.verb_cat is Category.PARTICIPANTS else None


def _previous_value(ev: Evidence) -> Category | None:
    if ev.right_cat is None and _own_uncounted_verb(ev):
        return None  # "Drei Menschen starben, zwei wurden gerettet": the bare figure's own verb names no category
    if ev.out and ((not ev.np_tokens and not ev.noun) or ev.previous_value):
        return ev.out[-1].category
    return None


def _restated(ev: Evidence) -> Category | None:
    ev.restated = ev.x._restated(ev.count, ev.out, ev.np_tokens, ev.noun, ev.person_m, ev.left_start, ev.left)
    return ev.restated.category if ev.restated is not None else None


def _coordinated(ev: Evidence) -> Category | None:
    if _whole_that_opens(ev) or _whole_of_part_after(ev) or _unharmed(ev):  # (nor survivors: "63 Überlebende, 17 ...")
        return None
    return ev.x._coordinated(ev.counts, ev.i, ev.np_limit, ev.sentence)


def _whole_of_part_after(ev: Evidence) -> bool:
    """ "The bus was carrying 45 passengers, 12 of whom were killed": a figure with no verb of its own that the next
    figure, right after a comma, names as its whole by a cue after or before it ("12 of whom", "of whom 12") is who the part is among,
    not a count of what befell the part (the part's verb is the part's own: no category, no claim)."""
    counts, i, x = ev.counts, ev.i, ev.x
    if i + 1 >= len(counts):
        return False
    nxt = counts[i + 1]
    between = x.text[ev.np_limit : nxt.start].strip()
    if between[:1] != ",":
        return False
    if len(between) > 1:  # the cue before the part: "carrying about 1,200 passengers, of whom at least 288 were killed"
        return x.lex.subset_after.fullmatch(between, 1) is not None
    return x.lex.subset_after.match(x.text, nxt.end) is not None


def _whole_that_opens(ev: Evidence) -> bool:
    """ "Of the 60 passengers, 21 were injured", "Sur les 300 manifestants, 40 ont été interpellés": a whole that
    opens the sentence after a partitive ("of the", "von den") and names no harm of its own, a comma right after
    its words, is who the part after it is among, not a count of what befell the part (no category: no claim); only
    a population's noun ("passengers", "protesters"), not people told of before ("Of the five men, two are ...")."""
    x, count, start = ev.x, ev.count, ev.sentence.start
    if ev.group_m is None or ev.person_m is not None or ev.weak_noun:
        return False  # a population ("passengers"), not who the article told of before ("Of the five men, two ...")
    if ev.noun is not None or x.text[ev.np_end : ev.np_end + 1] != ",":
        return False
    cue = x.lex.among_opening.match(x.text, start, count.start)
    if cue is None or x.text[start : cue.start()].strip(" \"„“«»-–—:("):
        return False
    return x._search(x.lex.cat_verb, count.end, ev.np_end) is None


# the units that count things, not people: a verb of death before them destroyed them ("abattu 30 drones")
_THING_UNITS = frozenset({"aircraft", "vehicles"})


def _things(ev: Evidence) -> Category | None:
    """ "Moscou affirme avoir abattu 30 drones": the object of a verb of harm whose noun, right after it, counts things
    (a unit of aircraft or vehicles), no person or group in its words, counts what was destroyed, no toll."""
    unit_m, noun = ev.unit_m, ev.noun
    if (
        ev.object_of_verb
        and unit_m is not None
        and unit_m.lastgroup in _THING_UNITS
        and ev.group_m is None
        and ev.person_m is None
        and (noun is None or unit_m.start() <= noun.start())
        and not ev.x.text[ev.count.end : unit_m.start()].strip()
    ):
        return Category.OTHER
    return None


CATEGORY_RULES: tuple[Rule[Category], ...] = (
    Rule("category.hostages", "de", "Bewaffnete töten acht Menschen und verschleppen 150 Dorfbewohner.", _hostages),
    Rule("category.part-with-own-verb", "en", "Twelve people were injured. One of the injured later died.", _part_with_own_verb),
    Rule("category.part-after-own-verb", "de", "Im Krankenhaus erlagen zwei der Verletzten ihren Verletzungen.", _part_after_own_verb),
    Rule("category.weak-noun-verb", "en", "12 refugees were killed in the attack.", _weak_noun_verb),
    Rule("category.weak-noun-toll", "de", "Vor der Insel wurden die Leichen von zwei geflüchteten Frauen geborgen.", _weak_noun_toll),
    Rule("category.verb-first", "de", "Nach dem Zusammenstoß verstarb die 81-jährige Frau im Krankenhaus.", verb_first),
    Rule("category.injured-object", "en", "The gunman killed a 6-year-old boy, critically injuring his father.", _injured_object),
    Rule("category.multiplicity-word", "en", "Detectives are investigating a double homicide on the east side.", _multiplicity),
    Rule("category.hurt-then-died", "de", "Ein Verletzter sei im Krankenhaus gestorben, teilte die Polizei mit.", _hurt_died),
    Rule("category.held-then-died", "en", "A protester detained last week has died in custody, activists said.", held_then_died),
    Rule("category.things-object", "fr", "Moscou affirme avoir abattu 30 drones dans la nuit.", _things),
    Rule("category.captives-held", "en", "Israel freed 30 prisoners in exchange for 10 hostages held in Gaza.", _captives_held),
    Rule("category.noun", "de", "Bei dem Unfall gab es drei Tote.", _noun),
    Rule("category.verb-after", "de", "Zwei Menschen wurden verletzt.", _verb_after),
    Rule("category.toll-before-figure", "en", "The death toll rose to 301.", _toll),
    Rule("category.took-part", "en", "Police said around 2,500 took part in the march.", _took_part),
    Rule("category.crowd-copula", "fr", "Ils étaient 5 000 selon la préfecture, 20 000 selon la CGT.", _crowd_copula),
    Rule("category.unit-alone", "de", "Die Armee errichtete 70 Kontrollpunkte.", _unit_alone),
    Rule("category.verb-near", "de", "Drei Menschen wurden verletzt, einer von ihnen schwer.", _verb_near),
    Rule("category.troops-in-list", "en", "Five soldiers and two civilians were wounded.", _troops_in_list),
    Rule("category.troops", "de", "Die Nato verlegt 3000 Soldaten nach Polen.", _troops),
    Rule("category.part-of-total", "de", "Es gab 40 Tote, darunter 12 Kinder.", _parent),
    Rule("category.joined-to-last", "en", "The blast killed 19 children and two teachers.", _joined_to_last),
    Rule("category.attackers-in-list", "de", "Zwischen vier und sechs Attentäter sowie zwei Wachleute wurden getötet.", _attackers_in_list),
    Rule("category.crowd", "de", "Mehr als 5000 Menschen beteiligten sich an der Demonstration.", _crowd),
    Rule("category.unit", "de", "Rund 500 Rettungskräfte wurden in die Region entsandt.", _unit),
    Rule("category.drawn-in", "en", "Four were wounded during a fight involving 30 people.", _drawn_in),
    Rule("category.previous-value", "de", "Die Polizei sprach von 338.000 Teilnehmern, die Veranstalter von 500.000.", _previous_value),
    Rule("category.restated", "de", "Die Polizei zählte 10.000 Teilnehmer. Die Veranstalter sprachen von 25.000.", _restated),
    Rule("category.coordinated", "de", "Vier Menschen wurden schwer, elf leicht verletzt.", _coordinated),
    Rule("category.protesters-told", "en", "Police spoke of 15,000 protesters in the capital.", _protesters_told),
)


def _officers(ev: Evidence) -> Category | None:
    group_m = ev.group_m
    if ev.trace and ev.trace[-1] == "category.crowd" and group_m is not None and group_m.lastgroup == "security_forces":
        return Category.TROOPS  # a deployment, not a crowd
    return None


def _rescuers(ev: Evidence) -> Category | None:
    unit_m, noun = ev.unit_m, ev.noun
    if (
        ev.category is Category.TROOPS
        and unit_m is not None
        and unit_m.lastgroup == "rescuers"
        and (noun is None or unit_m.start() <= noun.start())
    ):
        return Category.OTHER
    return None


def _part_before_verb(ev: Evidence) -> Category | None:
    parent, verb = ev.parent, ev.verb
    if parent is not None and ev.noun_cat not in _CORE and verb is not None and _NP_STOP.search(ev.x.text, ev.count.end, verb.start()):
        return None if _own_clause_verb(ev, verb.start()) else parent.category
    return None


def _own_clause_verb(ev: Evidence, verb_start: int) -> bool:
    """ "darunter ein 17-Jähriger, der später im Krankenhaus starb": the verb after the part closes the part's own
    relative clause (part_clause_openers), the one comma between them opening it."""
    x = ev.x
    stop = _NP_STOP.search(x.text, ev.count.end, verb_start)
    if stop is None or stop.group() != ",":
        return False
    opener_at = stop.end()
    while opener_at < verb_start and x.text[opener_at].isspace():
        opener_at += 1
    opener = x.lex.part_clause.match(x.text, opener_at, verb_start)
    return opener is not None and _NP_STOP.search(x.text, opener.end(), verb_start) is None


# revisions of the category decided, tried in turn (each may change it)
REVISIONS: tuple[Rule[Category], ...] = (
    Rule("category.officers-taking-part-are-troops", "de", "Beteiligt waren mehr als 1.000 Beamte.", _officers),
    Rule("category.rescuers-are-no-troops", "de", "Die Armee setzte 300 Soldaten und 200 Rettungskräfte ein.", _rescuers),
)
# revisions after the drops
LATE_REVISIONS: tuple[Rule[Category], ...] = (
    Rule("category.part-before-verb", "en", "The attack killed 45 people, including six children, and wounded 79.", _part_before_verb),
)


_SHOT_NEAR = 40  # characters: the verb of the shot stands between the two figures, next to both


def _shot_less_dead(ev: Evidence) -> Category | None:
    """"Four people were shot, one fatally": the dead are among the shot, the injured are the rest
    (the figure of the shot becomes the injured, flagged as derived)."""
    out, count = ev.out, ev.count
    if not out or out[-1].count is not ev.counts[ev.i - 1] or out[-1].category is not Category.INJURIES:
        return None
    shot = out[-1]
    if not (
        shot.count.qualifier is Qualifier.EXACT and count.qualifier is Qualifier.EXACT
        and isinstance(shot.count.value, int) and isinstance(count.value, int) and count.value <= shot.count.value
    ):
        return None
    x = ev.x
    if count.value == 1 and x.lex.one_more.search(count.surface) is not None:
        return None  # "zwei angeschossen und einen weiteren getötet": one more, none of the shot (figure.shot-before-one-more-dead)
    verb = x._search(x.lex.cat_verb, shot.count.end, count.start)
    if (
        verb is None or verb.lastgroup != Category.INJURIES.value or x.lex.shot.match(x.text, verb.start()) is None
        or verb.start() - shot.count.end > _SHOT_NEAR or count.start - verb.end() > _SHOT_NEAR
    ):
        return None  # the verb of the shot, next to both figures
    rest = shot.count.value - count.value
    shot.count = shot.count.model_copy(update={"value": rest, "low": rest, "high": rest})
    if Flag.SHOT.value in shot.flags:
        shot.flags.remove(Flag.SHOT.value)  # now the injured: the shot less the dead among them
    shot.flags.append(Flag.DERIVED.value)
    shot.trace.append("category.shot-less-dead")
    return Category.DEATHS


# revisions of a count of the dead that change the figure before it
SPLITS: tuple[Rule[Category], ...] = (
    Rule("category.shot-less-dead", "en", "Four people were shot, one of them fatally.", _shot_less_dead),
)


def decide(ev: Evidence) -> str | None:
    """Set the figure's category: the first rule of :data:`CATEGORY_RULES` that decides, then the
    revisions. When the figure makes no claim: the name of the rule that dropped it."""
    # (cheap test first) the first five rules need a hostage verb, a part's own verb or a weak noun
    category = first(_CATEGORY if ev.taken is not None or ev.own is not None or ev.weak_noun else _CATEGORY_PLAIN, ev)
    if category is None:
        return "category.none-decides"
    ev.category = category
    # (cheap tests first) the revisions concern crowds and troops, the drops anything but a toll,
    # the late revision a part of a total
    if category is Category.PARTICIPANTS or category is Category.TROOPS:
        each(_REVISIONS, ev)
    if ev.category not in _CORE or ev.count.value == 0 or ev.x.double_marks or ev.weak_noun or (
        ev.verb is not None and ev.verb.end() <= ev.np_limit  # a noun read as a verb: "a fait 12 victimes"
    ) or joined_harm(ev) or (ev.parent is not None and ev.right_cat is None) or (
        ev.category is Category.ARRESTS and ev.right_cat is not Category.ARRESTS and ev.x.lex.lang.release_verbs
    ) or (ev.category is Category.DISPLACED and ev.x.lex.lang.prisoner_nouns) or rescued_then_another(ev) or unharmed_in_care(ev):
        drop = first_name(_DROPS, ev)
        if drop is not None:
            return drop
    if ev.parent is not None:
        each(_LATE_REVISIONS, ev)
    if ev.category is Category.DEATHS and ev.out:
        each(_SPLITS, ev)
    return None


def each(table: Productions[Category], ev: Evidence) -> None:
    """Every rule in turn may change the category (its name joins the trace)."""
    for name, run in table:
        found = run(ev)
        if found is not None:
            ev.category = found
            ev.trace.append(name)


_CATEGORY = productions(CATEGORY_RULES)
_CATEGORY_PLAIN = _CATEGORY[5:]
assert [name for name, _ in _CATEGORY[:5]] == [
    "category.hostages", "category.part-with-own-verb", "category.part-after-own-verb", "category.weak-noun-verb",
    "category.weak-noun-toll",
]
_REVISIONS = productions(REVISIONS)
_DROPS = productions(DROPS)
_LATE_REVISIONS = productions(LATE_REVISIONS)
_SPLITS = productions(SPLITS)
