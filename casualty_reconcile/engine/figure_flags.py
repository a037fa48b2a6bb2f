"""Flags of what a figure counts (FLAG_RULES): the shot, dead or alive; a part of a whole left unstated
or told before; figures of another quantity than the event's toll (a period's tally, another incident,
a first report since superseded). The figures stage runs them on each figure it keeps."""

from __future__ import annotations

import bisect

import regex

from ..models import Category, Flag, Qualifier
from .degrees import RULE as _PIECE_RULE
from .degrees import piece_by_degree
from .doc import Figure
from .evidence import Evidence
from .increments import new_besides_total
from .rules import Rule, productions
from .verb_first import SHOT_OBJECT

_CLAUSE_BREAK = regex.compile(r"[,;:(.!?]|\s[-–—]\s")
_WOUND_REACH = 48  # characters after a verb of the shot: "was shot twice in the leg", "suffered gunshot wounds including ones to the foot"
_CUE_REACH = 60  # characters: a cue after a figure goes with it only this close ("had been murdered in Baltimore this year")
_CUE_NEXT = 5  # characters: a cue this close before the next figure is that one's ("the homicide count to 51")


def _at_once(text: str, end: int, start: int) -> bool:
    """Whether a figure at ``start`` follows a cue ending at ``end`` at once ("total to 104")."""
    return start - end <= _CUE_NEXT and _CLAUSE_BREAK.search(text, end, start) is None


def _broken_after(text: str, sentence: int, cue: tuple[int, int], start: int, result: regex.Pattern[str]) -> bool:
    """Whether a clause ends between a cue and a figure at ``start`` ("at the scene since Monday
    night, trying to piece together what led to the deaths of two people"), other than the end of
    the phrase a clause opens with ("So far this year, 750 people", "Last year in Chicago, 4,368
    people"; a comma between digits is none) or a break before a clause of what the event named
    before it left (``result``: "three overnight shootings that happened within five hours; leaving
    five people injured", rule ``figure.period-tally``)."""
    breaks = [m.start() for m in _CLAUSE_GAP.finditer(text, cue[1], start) if result.match(text, m.end()) is None]
    if breaks and breaks[0] <= cue[1] + 1:
        del breaks[0]  # the cue ends its phrase: "So far this year, 750 people"
    if not breaks:
        return False
    opening = max((m.end() for m in _CLAUSE_GAP.finditer(text, sentence, cue[0])), default=sentence)
    return len(breaks) > 1 or cue[0] - opening > _OPENING_CHARS


_CLAUSE_GAP = regex.compile(r"[;:(!?]|[,.](?!\d)|\s[-–—]\s")  # a clause's end, not a number's comma
_OPENING_CHARS = 6  # at most before a cue that opens its clause (a quotation mark, "And ")


def _cued(ev: Evidence, flag: str, *, ahead: bool) -> bool:
    """Whether a cue of ``flag`` goes with the figure. A cue of a period follows its figure in the
    clause ("750 people have been killed so far this year"), else goes with the first figure after it
    ("Two died Sunday, bringing the number killed this year to 50"); a cue that names another incident
    (``ahead``) goes with the first figure after it ("where last month's shooting left 3 dead"), else
    with the one right before it ("killed 12 in a theater three years ago"). A cue that a figure
    follows at once is that figure's ("The two deaths raise the city's homicide total to 104"), and a
    period named before its figure goes with it only as near as one after it and in its clause ("on
    scene since Monday night, trying to understand what led to the death of two people" is no tally)."""
    x, count, sentence = ev.x, ev.count, ev.sentence
    text, marks = x.text, x.tally_marks
    for start, end, cue_flag in marks[bisect.bisect_left(marks, (sentence.start,)) :]:
        if start >= sentence.end:
            break
        if cue_flag != flag:
            continue
        if start >= count.end:
            if ahead and x.lex.cat_verb.search(text, start, end) is not None:
                continue  # it names its own killing: "(suspected in a quadruple slaying) spent 16 years in prison for killing his wife"
            later = ev.counts[ev.i + 1 :]
            if (
                start < min(ev.next_start, count.end + _CUE_REACH)
                and _CLAUSE_BREAK.search(text, count.end, start) is None
                and not any(c.start >= end and (ahead or _at_once(text, end, c.start)) for c in later)
            ):
                return True
        elif start < count.start and not any(f.start >= start for f in ev.out):
            if not ahead and (count.start - end > _CUE_REACH or _broken_after(text, sentence.start, (start, end), count.start, x.lex.result_clause)):
                continue
            before = ev.out[-1].count.end if ev.out else None
            if ahead or before is None or _at_once(text, end, count.start) or _CLAUSE_BREAK.search(text, before, start) is not None:
                return True
    return False


def _shot(ev: Evidence) -> str | None:
    """"Five people were shot": the shot, dead or alive (not "shot and wounded", "was shot and is in
    critical condition": a verb of injury after it says they live; nor "was shot in the leg": a wound
    to a limb, data ``wound_sites``, says so too; the object of an active verb of the shot too: "the
    gunman shot four people")."""
    verb, x = _object_verb(ev) or ev.verb, ev.x
    if ev.category is not Category.INJURIES or verb is None or ev.right_cat is not Category.INJURIES:
        return None
    if x.lex.shot.fullmatch(x.text, verb.start(), verb.end()) is None:  # (in its text: a word's look-behind reads it)
        return None
    after = x._search(x.lex.cat_verb, verb.end(), ev.right_end)
    if after is not None and after.lastgroup == Category.INJURIES.value:
        return None
    start = min(ev.count.end, verb.start())  # "wurde am Arm angeschossen": the site before a verb at the end
    site = x._search(x.lex.wound_site, start, min(verb.end() + _WOUND_REACH, len(x.text)))
    if site is not None and _CLAUSE_BREAK.search(x.text, min(verb.end(), site.start()), site.start()) is None:
        return None  # "The child was shot in the arm": a wound to a limb, the shot lives
    return Flag.SHOT.value


def _shot_object(ev: Evidence) -> str | None:
    """"He shot his friend in the chest", "the gunman shot the clerk": one person named as the object of an active
    verb of the shot (``shot_object_words``) is one shot, dead or alive, as "five people were shot" is read; two named so
    ("shot another man and a 2-year-old boy") are two."""
    m = ev.multiplicity
    return Flag.SHOT.value if m is not None and m.re is ev.x.lex.injured_object and m.lastgroup == SHOT_OBJECT else None


def _object_verb(ev: Evidence) -> regex.Match[str] | None:
    """The verb of the shot whose object the figure is ("the gunman shot four people"), else none."""
    if not ev.object_of_verb:
        return None
    x = ev.x
    verb = x.lex.back_cat_verb.match(x.text, ev.left_start, ev.left_start + len(ev.left.rstrip()))
    # (in its text: a word's look-behind reads it, "accused of shooting four people")
    return verb if verb is not None and x.lex.shot.fullmatch(x.text, verb.start(), verb.end()) is not None else None


def _part_alone(ev: Evidence) -> str | None:
    """"Two of the victims remain in critical condition": a part of a whole not stated with it (not
    "One of the injured later died": a part of another count, the whole of its own)."""
    if ev.parent is not None or (ev.noun_cat is not None and ev.noun_cat is not ev.category):
        return None
    if ev.subset_after is None and ev.x.lex.set_after.match(ev.x.text, ev.count.end) is None:
        return None  # "Relatives of one of the men will hold a vigil": a part of the men told before
    last = ev.x.last_items
    if last and last[-1].category is not ev.category:
        return None  # "zwei Bewohner schwer verletzt. Einer von ihnen starb": a part of the injured, the dead's whole
    return None if _whole_said(ev) else Flag.PART.value


def _among_the_harmed(ev: Evidence) -> str | None:
    """"Four Malaysians are among the dead", "vier Malaysier sind unter den Toten", "quatre Malaisiens figurent parmi
    les morts": a part of a toll its sentence does not state (a country's citizens among the dead abroad), no toll by
    itself; not a figure with its whole ("12 children were among the 40 people killed": a part linked to it), nor a
    group's ("at least 14 children were among the dead": a subgroup of the toll by its group already)."""
    verb = ev.verb
    if ev.parent is not None or ev.group_m is not None or _whole_said(ev):
        return None
    if verb is not None:
        cue = ev.x.lex.among_harmed.search(ev.x.text, ev.count.end, verb.end())  # the cue ends with the figure's verb
        if cue is not None and cue.end() == verb.end():
            return Flag.PART.value
    return None  # the cue first ("Unter den Toten sind vier Malaysier"): figure.among-the-harmed-opening


_NO_TOLL_FLAGS = frozenset({Flag.PART.value, Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value, Flag.RETRACTED.value})


def _hurt_died_beside_toll(ev: Evidence) -> str | None:
    """"The death toll rose to 19 after two of the injured died in hospital", "Die Zahl der Toten stieg auf 19.
    Zwei der Verletzten starben im Krankenhaus": a part of the injured that died ("of the injured": the whole
    its noun names, not stated with it) told after a toll of the dead in its sentence or the one before is a
    part of that toll (the deaths it includes), no toll of its own; not where no toll of the dead was told
    before ("Two people were hurt. One of the injured later died": the one is the whole of the dead)."""
    if ev.category is not Category.DEATHS or ev.noun_cat is not Category.INJURIES or _whole_said(ev):
        return None
    if ev.subset_after is None and ev.x.lex.set_after.match(ev.x.text, ev.count.end) is None:
        return None  # "Two injured passengers later died": no part of a whole
    before = [*ev.out] or ev.x.last_items
    toll = any(f.category is Category.DEATHS and f.parent is None and _NO_TOLL_FLAGS.isdisjoint(f.flags) for f in before)
    return Flag.PART.value if toll else None


_OPENING_GAP_TOKENS = 6  # at most between the harmed's noun and the part: "Unter den Toten sind nach Angaben der Polizei vier"
_OPENING_MARKS = " \"„“«»-–—:("


def _among_the_harmed_opening(ev: Evidence) -> str | None:
    """"Unter den Toten sind vier Malaysier", "Among the dead are four Malaysians", "Parmi les morts figurent quatre
    Malaisiens": the sentence opens with the cue of a whole and a noun of the dead or the injured, no figure of it,
    and the figure after them counts who among them (figure.among-the-harmed, the cue first); not a group's ("Among
    the dead were 12 children": a subgroup by its group), nor a part of a whole told ("Unter den 25 Toten ...")."""
    if ev.out or ev.parent is not None or ev.group_m is not None or _whole_said(ev):
        return None
    x, start = ev.x, ev.sentence.start
    noun = x._search(x.lex.cat_noun, start, ev.count.start)
    if noun is None or noun.lastgroup not in _HARMED:
        return None
    cue = x.lex.among_opening.match(x.text, start, noun.start())
    if cue is None or x.text[start : cue.start()].strip(_OPENING_MARKS):
        return None
    gap = x.text[noun.end() : ev.count.start]
    if _CLAUSE_BREAK.search(gap) is not None or len(gap.split()) > _OPENING_GAP_TOKENS:
        return None
    return Flag.PART.value


_HARMED = frozenset({Category.DEATHS.value, Category.INJURIES.value})


def _whole_said(ev: Evidence) -> bool:
    """"all eight of the dead", "All seven victims were taken to hospital": the figure is the whole."""
    return ev.x.lex.whole_before.match(ev.left) is not None


def _part_in_care(ev: Evidence) -> str | None:
    """"Three others were taken to hospital", "Two victims are in critical condition": a figure
    counted only by a verb of care or condition is often a part of the injured (others treated at the
    scene, others in stable condition); flagged so that estimates prefer a whole stated elsewhere."""
    verb, x = ev.verb, ev.x
    if ev.category is not Category.INJURIES or verb is None or ev.right_cat is not Category.INJURIES:
        return None
    if x.lex.care.fullmatch(verb.group()) is None or _whole_said(ev):
        return None
    return Flag.PART.value


MEMBER_CHARS = 24  # at most between a sentence's start and a part, for its member cue ("was also among")


def _period_tally(ev: Evidence) -> str | None:
    """A count over a period, not one incident's toll; not a person named as one of such a count ("Er
    war einer von drei Toten über acht Stunden": the one is this incident's, as figure.member-of-whole reads it)."""
    x = ev.x
    if not x.tally_marks:
        return None
    part = ev.part_count
    if part is not None and x.lex.member_before.match(x.text, max(ev.sentence.start, part.start - MEMBER_CHARS), part.start):
        return None
    return Flag.PERIOD_TALLY.value if _cued(ev, Flag.PERIOD_TALLY.value, ahead=False) else None


def _other_incident(ev: Evidence) -> str | None:
    if not ev.x.tally_marks:
        return None
    return Flag.OTHER_INCIDENT.value if _cued(ev, Flag.OTHER_INCIDENT.value, ahead=True) else None


_INITIAL_AFTER = 20  # characters: a cue after its figure ("Three people were initially reported dead"), not
# one that names the event ("Four people were wounded in what was initially reported to be a drive-by")


def _initial_report(ev: Evidence) -> str | None:
    """"Emergency dispatch initially told reporters one person was taken to a hospital", "Zunächst
    war von drei Verletzten die Rede": a first report, since superseded, is no estimate (only a
    figure in the cue's clause: not "initially reported as a triple shooting, but police confirmed
    that four people were shot")."""
    x, count, sentence = ev.x, ev.count, ev.sentence
    marks, text, flag = x.tally_marks, x.text, Flag.RETRACTED.value
    if not marks:
        return None
    for start, end, cue_flag in marks[bisect.bisect_left(marks, (sentence.start,)) :]:
        if start >= sentence.end:
            break
        if cue_flag != flag:
            continue
        if end <= count.start:
            near = count.start - end <= _CUE_REACH and _CLAUSE_GAP.search(text, end, count.start) is None
        else:
            near = count.end <= start < min(ev.next_start, count.end + _INITIAL_AFTER) and _CLAUSE_GAP.search(text, count.end, start) is None
        if near:
            return flag
    return None


_JOINED_CHARS = 30  # at most between two figures of one list ("4 killed, 16 wounded")


def _tally_joined(ev: Evidence) -> str | None:
    """"4 killed, 16 wounded in weekend shootings", "Bei getrennten Vorfällen wurden 3 Menschen
    getötet und 12 verletzt", "the 2009 shooting that killed 13 people and injured 30": a figure
    joined to a tally (or to a figure of another incident) in one list counts the same (the figure
    before gets the flag of this one, or this one that of the figure before)."""
    connector, out = ev.connector, ev.out
    if connector is None or len(connector) > _JOINED_CHARS or _TALLY_STOP.search(connector) is not None:
        return None
    if "," not in connector and ev.x.lex.conj_stop.search(connector) is None:
        return None
    before = out[-1]
    for other in _OTHER_QUANTITY_ORDER:
        if (other in before.flags) == (other in ev.flags):
            continue
        if other in before.flags:
            return other
        before.flags.append(other)
        before.trace.append("figure.tally-joined")
        return None
    return None


_TALLY_STOP = regex.compile(r"[.;:!?]")


# a figure's words, then the mark that opens a list in apposition after it: "12 others --", "three other victims,"
_APPOSITION_OPENING = regex.compile(r"\s*[^\W\d]+(?:[ '’-][^\W\d]+){0,3}\s*(?P<mark>--|[—–]|\s-|,)\s*")


def _in_apposition(ev: Evidence) -> bool:
    """Whether the list this figure ends stands in apposition right after a figure of the same category
    before it: "12 others -- nine males and six females -- were hospitalized", "three other victims, two
    women and a man arrived at the hospital". Between dashes, or after a comma behind a figure of the others
    (a word of "more"), the persons listed are who that figure counts, no list of their own ("Two men, two
    women and a child were shot" is one)."""
    counts, i = ev.counts, ev.i
    if ev.connector is None or not ev.out or i < 2 or ev.out[-1].count is not counts[i - 1]:
        return False
    head = counts[i - 2]
    if not isinstance(head.value, int) or head.value < 2:
        return False
    opening = _APPOSITION_OPENING.fullmatch(ev.x.text, head.end, counts[i - 1].start)
    if opening is None:
        return False
    return opening.group("mark") != "," or ev.x.lex.further.search(ev.x.text, head.start, opening.start("mark")) is not None


def _list_in_apposition(ev: Evidence) -> str | None:
    """"12 others -- nine males and six females -- were hospitalized": the persons listed in apposition
    after a figure (:func:`_in_apposition`) are parts of it, not a sum of their own (figure.part-of-list-sum
    yields): the sum may differ from the figure ("12 others -- nine males and six females"), and the figure
    counts them already."""
    if not _in_apposition(ev):
        return None
    first = ev.out[-1]
    if Flag.PART.value not in first.flags:
        first.flags.append(Flag.PART.value)
        first.trace.append("figure.list-in-apposition")
    return Flag.PART.value


_TROOPS_LISTED = "category.troops-in-list"  # a noun that may name troops first in a list ("Deux hommes et ...")
_NO_SIDE = frozenset({"all", "civilians", "children"})  # groups of persons a list of civilians may go on with


def _civilians_then_one(before: Figure, ev: Evidence) -> bool:
    """"Two women and a baby are dead", "two women and a man were killed": a number of civilians named by a noun
    of persons, then one person (an article) of no side, joined by a conjunction: the two add up to everyone (not
    "three soldiers and a civilian", a group of its own first; nor the last two of a longer list)."""
    x, connector = ev.x, ev.connector
    return (
        before.group == "civilians" and ev.group in _NO_SIDE and ev.count.surface.lower() in x.lex.one_case
        and connector is not None and x.lex.conj_stop.fullmatch(connector.strip()) is not None
        # (the first of two: not the last two of a longer list, "Two men, two women and a child")
        and not x.text[max(0, before.count.start - 3) : before.count.start].strip().endswith(",")
    )


def _one_verb_list(before: Figure, ev: Evidence) -> bool:
    """Whether the figure, joined to the one before it (category.joined-to-last), and that one are persons of one
    verb of harm before them: its object ("killed a man and two women") or, where the verb comes second, its subject
    after it (category.verb-near); not others ("fatally shot a man and three others": often of another harm)."""
    return (
        ("figure.object-of-verb" in before.trace or "category.verb-near" in before.trace)
        and "category.joined-to-last" in ev.trace and ev.further_m is None
        and (ev.person_m is None or ev.x.lex.further.fullmatch(ev.person_m.group()) is None)
    )


def _list_sum(ev: Evidence) -> str | None:
    """"Four men and one woman were shot", "Drei Männer und zwei Frauen wurden verletzt": persons
    listed under one verb add up; the first figure (of everyone) becomes the sum, derived, and this
    one a part of it (not "Vier Menschen wurden schwer, elf leicht verletzt": the second names no
    one; nor "Three soldiers and two civilians": the first counts a group of its own)."""
    connector, out = ev.connector, ev.out
    if connector is None:
        return None
    joined = connector.strip(" ,")
    # one person and their kin: "a woman and her two children", "ein Mann und seine beiden Kinder" (a possessive after the
    # conjunction: the kin of the first, whatever the group of either; a pair among them is two; kin need no noun the
    # lexicon knows: "Seine Frau und die vier Töchter")
    kin = ev.x.lex.conj_stop.fullmatch(joined) is None and ev.x.lex.part_join.fullmatch(joined) is not None
    if ev.person_m is None and ev.group_m is None and not kin:
        return None
    if ev.count.surface.lower() in ev.x.lex.lang.pair_words and not kin:
        return None  # not "both drivers": a pair counts one case, not one of a list
    if ev.count.surface.lower() in ev.x.lex.one_case and _uncounted(ev):
        return None  # "two men and a woman" are three; not "five people and an unborn baby"
    if _in_apposition(ev):
        return None  # "12 others -- nine males and six females --": who the figure before counts (figure.list-in-apposition)
    before = out[-1]
    one = before.count.surface.lower() in ev.x.lex.one_case
    if (
        # (of everyone, or one person and a number of one group: "a teenager and two younger boys were shot")
        (before.group != "all" and (before.group != ev.group or not one) and not (kin and one)
         and not _civilians_then_one(before, ev))
        or before.category is not ev.category
        # (or a noun that may name troops, of everyone: "Deux hommes et deux femmes ont été blessés"; or both the
        # objects, or subjects after it, of one verb of harm before them, the second joined to the first: "killed a man
        # and two women", "tötete drei Frauen und einen Mann", "starben zwei Männer und eine Frau")
        or ("category.coordinated" not in before.trace and not (before.group == "all" and _TROOPS_LISTED in before.trace)
            and not _one_verb_list(before, ev))
        or Flag.DERIVED.value in before.flags or before.parent is not None or ev.parent is not None
    ):
        return None
    first, second = before.count, ev.count
    if not (
        first.qualifier is Qualifier.EXACT and second.qualifier is Qualifier.EXACT
        and isinstance(first.value, int) and isinstance(second.value, int)
    ):
        return None
    evidence = before.evidence
    if evidence is None or (evidence.person_m is None and evidence.group_m is None and not kin):
        return None  # (one of kin needs no noun the lexicon knows: "his wife, 34, and the four girls were found dead")
    if ev.x.lex.conj_stop.fullmatch(joined) is None and connector.strip() != "," and not kin:
        return None
    total = first.value + second.value
    before.count = first.model_copy(update={"value": total, "low": total, "high": total})
    before.end = max([m.end() for m in (ev.person_m, ev.group_m) if m is not None], default=ev.np_limit)  # "four men and one woman"
    before.flags.append(Flag.DERIVED.value)
    if before.group != ev.group:
        before.group = "all"  # "two women and a baby", "a woman and her two children": civilians and a child, everyone
    if Flag.ANECDOTAL.value in before.flags:
        before.flags.remove(Flag.ANECDOTAL.value)  # "a man and two women were wounded": the sum is a toll, not one case
    if Flag.SHOT.value in ev.flags and Flag.SHOT.value not in before.flags:
        before.flags.append(Flag.SHOT.value)  # "four men and one woman were shot": the five are the shot
    before.trace.append("figure.list-sum")
    return Flag.PART.value


_REST_TAIL_WORDS = 1  # at most an article after the comma or conjunction before "the others"
_PIECE_CHARS = 90  # at most between two pieces of one enumeration of the hurt ("One of them remains in the hospital, and the other five")


def _rest_joined(ev: Evidence, connector: str) -> bool:
    """Whether a comma or a conjunction joins a figure of the others to the clause before it, with at
    most an article (and the word of "other") after it: "wounded, and the three others", "in the
    hospital, and the other five", "verletzt, die drei anderen"; not "the killing of one man and the
    wounding of three others" (the second has a noun of its own)."""
    _, comma, tail = connector.rpartition(",")
    joins = list(ev.x.lex.conj_stop.finditer(tail))
    if joins:
        tail = tail[joins[-1].end() :]
    elif not comma:
        return False
    lex = ev.x.lex
    if lex.speech.search(tail) is not None:
        return False  # "injured 13 people ... and said two other people face charges": a clause of saying
    return sum(1 for word in tail.split() if lex.further.fullmatch(word) is None) <= _REST_TAIL_WORDS


def _further_piece(ev: Evidence) -> bool:
    """Whether a figure counts more of the hurt than a figure before it: a word of "other" after it
    ("three others", "zwei weitere") or before it ("the other five"), or the figure is that word
    word ("another person was hospitalized")."""
    x = ev.x
    if ev.further_m is not None or any(x.lex.further.fullmatch(word) for word in ev.count.surface.split()):
        return True  # "another person", "the other"
    return x.lex.further_before.match(ev.left) is not None


def _sum_head(out: list[Figure]) -> Figure | None:
    """The figure a piece of an enumeration adds to: the figure itself, or where it is a piece already
    added to a sum before it ("one man ..., another person ... and two other people"), that sum."""
    before = out[-1]
    if "figure.rest-of-whole" not in before.trace or Flag.DERIVED.value in before.flags:
        return before
    return next((f for f in reversed(out) if Flag.DERIVED.value in f.flags and "figure.rest-of-whole" in f.trace), None)


def _piece_before(ev: Evidence) -> Figure | None:
    """The figure a further piece adds to: the one right before it, joined by a comma or a conjunction
    ("One of them remains in the hospital, and the other five"), or, for a piece that opens its
    sentence, the sum the sentence before ended with ("... and four others were in stable condition.
    Four more were released from the hospital": the enumeration goes on)."""
    if not _further_piece(ev):
        return None
    connector, out = ev.connector, ev.out
    if connector is not None:
        if len(connector) > _PIECE_CHARS or _TALLY_STOP.search(connector) is not None or not _rest_joined(ev, connector):
            return None
        return _sum_head(out)
    last = ev.x.last_items
    if out or not last or "figure.rest-of-whole" not in last[-1].trace or ev.left.strip():
        return None
    return _sum_head(last)


_NO_SUM_FLAGS = frozenset({Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value, Flag.RETRACTED.value})


def _rest_of_whole(ev: Evidence) -> str | None:
    """"One person was critically wounded, and the three others are in stable condition", "One of them
    remains in the hospital, and the other five are expected to recover", "one man was critically
    injured, another person was hospitalized and two other people were treated", "Ein Mensch wurde
    schwer verletzt, die drei anderen sind in stabilem Zustand": the pieces of one enumeration of the
    hurt in a sentence, each after the first a figure of the others joined by a comma or a conjunction,
    add up to one whole; the first becomes the sum, derived (a whole, no more a part), and each other a
    part of it (not "one killed and three others wounded": the categories differ)."""
    before = _piece_before(ev)
    if (
        before is None or ("all" not in (before.group, ev.group) and before.group != ev.group) or before.category is not ev.category or ev.category is not Category.INJURIES
        or before.parent is not None or ev.parent is not None
        or (Flag.DERIVED.value in before.flags and "figure.rest-of-whole" not in before.trace)
        or (Flag.SHOT.value in before.flags) != (Flag.SHOT.value in ev.flags)
        or not _NO_SUM_FLAGS.isdisjoint(before.flags)
    ):
        return None
    deaths = Category.DEATHS.value
    if any(m.lastgroup == deaths for m in ev.x.lex.cat_verb.finditer(ev.x.text, before.start, ev.count.start)):
        return None  # "one victim fatally wounded and three others": the first is a death
    first, second = before.count, ev.count
    if not (
        first.qualifier is Qualifier.EXACT and second.qualifier is Qualifier.EXACT
        and isinstance(first.value, int) and isinstance(second.value, int) and first.value > 0
    ):
        return None
    total = first.value + second.value
    before.count = first.model_copy(update={"value": total, "low": total, "high": total})
    if ev.connector is not None:  # (a sum's words stay in its own sentence)
        before.end = ev.further_m.end() if ev.further_m is not None and ev.further_m.end() > ev.count.end else ev.count.end
    if before.group != ev.group:
        before.group = "all"  # "One officer was wounded in his foot, and the other ...": those of both pieces
    for flag in (Flag.ANECDOTAL.value, Flag.PART.value):
        if flag in before.flags:
            before.flags.remove(flag)  # "Ein Mensch ... die drei anderen", "One of them ... the other five": a whole
    if Flag.DERIVED.value not in before.flags:
        before.flags.append(Flag.DERIVED.value)
        before.trace.append("figure.rest-of-whole")
    if Flag.PART.value in ev.flags:
        ev.trace.append("figure.rest-of-whole")  # a part already: the piece is known by the rule's name all the same
    return Flag.PART.value


def _uncounted(ev: Evidence) -> bool:
    """Whether the words of a figure of one name one not counted ("an unborn baby")."""
    end = max([m.end() for m in (ev.person_m, ev.group_m) if m is not None])
    return ev.x.lex.uncounted.search(ev.x.text, ev.count.start, end) is not None


def _part_of_other(ev: Evidence) -> str | None:
    parent = ev.parent
    if parent is not None:
        return next((f for f in parent.flags if f in _OTHER_QUANTITY_FLAGS), None)
    return None


_OTHER_QUANTITY_ORDER = (Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value)
_OTHER_QUANTITY_FLAGS = frozenset(_OTHER_QUANTITY_ORDER)

# flags of what a figure counts, each rule in turn (its flag joins the claim's): the shot, dead or
# alive; figures of another quantity than the event's toll
FLAG_RULES: tuple[Rule[str], ...] = (
    Rule("figure.shot-dead-or-alive", "en", "Police said five people were shot outside the bar.", _shot),
    Rule("figure.shot-object", "en", "Police said a man shot his friend in the chest during an argument.", _shot_object),
    Rule("figure.part-of-unstated-whole", "en", "Two of the victims remain in critical condition.", _part_alone),
    Rule("figure.rest-of-whole", "en", "One person was critically wounded, and the three others are in stable condition.",
         _rest_of_whole),
    Rule(_PIECE_RULE, "de", "Bei dem Unfall wurden vier Menschen schwer, elf leicht verletzt.", piece_by_degree),
    Rule("figure.part-in-care", "en", "Three others were taken to a local hospital.", _part_in_care),
    Rule("figure.hurt-died-beside-toll", "en", "The toll rose to 19 after two of the injured died in hospital.",
         _hurt_died_beside_toll),
    Rule("figure.new-besides-total", "en", "Three more people died on Sunday, bringing the death toll to 17.", new_besides_total),
    Rule("figure.among-the-harmed", "en", "Four Malaysians are among the dead, the foreign ministry said.", _among_the_harmed),
    Rule("figure.among-the-harmed-opening", "de", "Unter den Toten sind vier Malaysier, teilte das Ministerium mit.",
         _among_the_harmed_opening),
    Rule("figure.period-tally", "en", "More than 750 people have been killed in the city so far this year.", _period_tally),
    Rule("figure.other-incident", "en", "The block was the scene of last month's shooting that killed 3 men.", _other_incident),
    Rule("figure.initial-report", "en", "Emergency dispatch initially said one person was taken to a hospital.", _initial_report),
    Rule("figure.tally-joined", "en", "4 killed, 16 wounded in weekend shootings across the city", _tally_joined),
    Rule("figure.list-in-apposition", "en", "Police said 12 others -- nine males and six females -- were hospitalized.",
         _list_in_apposition),
    Rule("figure.part-of-list-sum", "en", "Police said four men and one woman were shot outside the bar.", _list_sum),
    Rule("figure.part-of-other-quantity", "en", "A total of 344 people were killed in the city last year, 301 of them by gunfire.", _part_of_other),
)
_FLAG_RULES = productions(FLAG_RULES)
