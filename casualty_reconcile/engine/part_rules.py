"""The rules of a figure's part and whole (:mod:`.figures`, :mod:`.figure_parents`): the rules that make
a whole read after a part ("one of five people shot") the toll, the part a named group of it or those of
the injured who died, and those that find the whole a figure is among; each a named :class:`~.rules.Rule`
with an example sentence."""

from __future__ import annotations

import bisect

import regex

from ..models import Category
from .doc import Figure
from .evidence import Evidence
from .figure_flags import MEMBER_CHARS
from .patterns import _HARM, _NP_STOP, _TOKEN
from .rules import Rule, productions


def _member_of_whole(ev: Evidence) -> bool | None:
    """"Her son was one of five people shot": the part before the whole is a person named as one of
    them, so the whole is the toll (not "21 of the 60 passengers were injured": the part is; nor a whole
    that is a tally over a period or another incident's toll: the person is this incident's)."""
    if not _member_named(ev):
        return None
    return None if _tally_after(ev) else True  # "one of three killed and 27 wounded over an eight-hour stretch": a tally, the one is the toll


def _member_named(ev: Evidence) -> bool:
    """A cue before the part names a person as one of the whole ("He was one of", "was also among")."""
    part, x = ev.counts[ev.i - 1], ev.x
    return x.lex.member_before.match(x.text, max(ev.sentence.start, part.start - _MEMBER_CHARS), part.start) is not None


def _tally_after(ev: Evidence) -> bool:
    """A cue of a tally over a period or of another incident after the part, in its sentence."""
    part, marks, sentence = ev.counts[ev.i - 1], ev.x.tally_marks, ev.sentence
    at = bisect.bisect_left(marks, (part.end,))
    return at < len(marks) and marks[at][0] < sentence.end


_MEMBER_CHARS = MEMBER_CHARS  # at most between a sentence's start and the part, for its cue ("was also among")
_HURT_GAP_TOKENS = 1  # at most between a whole and its verb of harm: "45 people wounded", not "60 passengers were injured"


def _harm_of_whole(ev: Evidence) -> regex.Match[str] | None:
    """The word of harm a whole names itself, right after its figure ("the 45 people wounded", "der 45
    Verletzten"), where the part before it is no person named as a member nor a tally's."""
    if _member_named(ev) or _tally_after(ev):
        return None  # "The boy was one of several injured", "one of 123 officer fatalities in 2015": the part is the toll
    x, count = ev.x, ev.count
    lex = x.lex
    noun = x._search(lex.cat_noun, count.end, ev.np_limit)
    verb = x._search(lex.cat_verb, count.end, ev.right_end)
    # a verb after the whole's noun is its own ("45 people wounded") only where the verb comes before its
    # object; where it ends the clause, it is the clause's ("21 der 60 Insassen verletzt")
    harm = noun if noun is not None and (verb is None or noun.start() <= verb.start()) else verb if lex.lang.subject_verb_object else None
    if harm is None or not harm.lastgroup or Category(harm.lastgroup) not in _HARM:
        return _relative_harm(ev)  # "Zwei der 14 Menschen, die bei dem Anschlag verletzt wurden, ..."
    gap = x.text[count.end : harm.start()]
    if _NP_STOP.search(gap) is not None or (len(_TOKEN.findall(gap)) > _HURT_GAP_TOKENS and not x._who_were(gap)):
        return None  # (but "the 23 people who were injured": its own verb too)
    if harm is verb and gap.strip() and not (lex.person.fullmatch(gap.strip()) or lex.group.fullmatch(gap.strip()) or x._who_were(gap)):
        return None  # "two of the five were in critical condition": a verb of the part's, after no noun of the whole's
    return harm


_RELATIVE_TOKENS = 10  # at most in the whole's relative clause: "die bei dem Anschlag in der Innenstadt verletzt wurden"


def _relative_harm(ev: Evidence) -> regex.Match[str] | None:
    """"Zwei der 14 Menschen, die bei dem Anschlag verletzt wurden, sind inzwischen gestorben": where the verb ends
    its clause, the whole's noun of persons right before a comma and a relative clause that ends with a verb of harm
    and its auxiliary before the next comma (no other clause ends so): the verb is the whole's own, as right after its
    noun in English ("the 14 people who were injured")."""
    x = ev.x
    lex, text = x.lex, x.text
    if lex.lang.subject_verb_object:
        return None
    who = x._search(lex.person, ev.count.end, ev.np_limit) or x._search(lex.group, ev.count.end, ev.np_limit)
    if who is None or not text.startswith(",", who.end()):
        return None
    close = text.find(",", who.end() + 1, ev.right_end)
    if close < 0 or any(mark in text[who.end() + 1 : close] for mark in ".;:()"):
        return None
    if len(_TOKEN.findall(text, who.end(), close)) > _RELATIVE_TOKENS:
        return None
    verb = x._last(lex.cat_verb, who.end(), close)
    if verb is None or not verb.lastgroup or Category(verb.lastgroup) not in _HARM:
        return None
    return verb if lex.aux_between.fullmatch(text, verb.end(), close) is not None else None


def _whole_names_the_hurt(ev: Evidence) -> bool | None:
    """"12 of the 45 people wounded were in critical condition", "Zwölf der 45 Verletzten schweben in
    Lebensgefahr": the whole names the harm itself (a noun of the hurt, or a verb of harm right after its
    noun) and the clause says no other harm of the part's own (a condition, who they were): the whole is the
    toll, the part only a part of it (not "21 of the 60 passengers were injured", whose whole counts the
    passengers; nor "two of the 45 injured died", whose part has a harm of its own)."""
    harm = _harm_of_whole(ev)
    if harm is None:
        return None
    x = ev.x
    if x._search(x.lex.group, harm.end(), ev.right_end) is not None:
        return None  # "12 of the 40 killed were children": who the part is, a group of its own (NAMED_PART_RULES)
    own = x._search(x.lex.cat_verb, harm.end(), ev.right_end)  # "in critical condition": a state of the same harm
    return own is None or own.lastgroup == harm.lastgroup or None


def _part_names_its_group(ev: Evidence) -> regex.Match[str] | None:
    """"12 of the 40 killed were children", "Zwölf der 40 Toten waren Kinder": the whole names the harm and
    the clause says who the part is, a group: the whole is a toll and the part, of that group, a part of it
    (the group's words, for the part's reading)."""
    harm = _harm_of_whole(ev)
    if harm is None:
        return None
    x = ev.x
    found = x._search(x.lex.group, harm.end(), ev.right_end)
    if found is None:
        return None
    own = x._search(x.lex.cat_verb, harm.end(), found.start())
    return found if own is None or own.lastgroup == harm.lastgroup else None


# a figure read with a part before it ("one of five people shot"): the rules that make the whole the toll
WHOLE_RULES: tuple[Rule[bool], ...] = (
    Rule("figure.member-of-whole", "en", "Her son was one of five people shot outside the club on Sunday.", _member_of_whole),
    Rule("figure.whole-names-the-hurt", "en", "Police said 12 of the 45 people wounded in the blast were in critical condition.",
         _whole_names_the_hurt),
)
_WHOLE_RULES = productions(WHOLE_RULES)

# a whole that is no toll by WHOLE_RULES: the rules that make it a toll and the part before it a part of its own group
NAMED_PART_RULES: tuple[Rule[regex.Match[str]], ...] = (
    Rule("figure.whole-and-its-named-part", "en", "Officials said 12 of the 40 people killed were children.", _part_names_its_group),
)
_NAMED_PART_RULES = productions(NAMED_PART_RULES)


def _part_of_hurt_died(ev: Evidence) -> regex.Match[str] | None:
    """"Three of the 23 people injured in the crash later died", "Drei der 23 Verletzten starben später",
    "Trois des 23 blessés sont morts depuis": the whole names the injured itself and the clause's own verb
    after it is one of death: the whole is the toll of the injured, the part those of them who died (a part
    of it, as "23 people were injured, three of whom later died"); the verb of death, for the part's reading."""
    harm = _harm_of_whole(ev)
    if harm is None or harm.lastgroup != Category.INJURIES.value:
        return None
    x = ev.x
    own = x._search(x.lex.cat_verb, harm.end(), ev.right_end)
    if own is None or own.lastgroup != Category.DEATHS.value:
        return None
    gap = x.text[harm.end() : own.start()]
    if x.lex.conj_stop.search(gap) is not None or x._search(x.lex.group, harm.end(), own.start()) is not None:
        return None  # another clause's verb ("23 injured and two dead"), or who the part is before it
    return own


# a whole of the hurt that is no toll by WHOLE_RULES nor NAMED_PART_RULES: the rule that makes it a toll and the part
# before it those of them who died
DIED_PART_RULES: tuple[Rule[regex.Match[str]], ...] = (
    Rule("figure.part-of-hurt-died", "en", "Three of the 23 people injured in the crash later died.", _part_of_hurt_died),
)
_DIED_PART_RULES = productions(DIED_PART_RULES)

_NONE_DECIDES = "category.none-decides"  # the name category.decide gives a figure no rule gave a category
_AMONG_GAP_TOKENS = 6  # at most between a part and the cue of the whole it is among: "Kinder sind nach Angaben der Polizei"
_OPENING_END = "-–—:(\"„“«»"  # what may stand before a sentence's opening cue: a dateline's dash, a quotation


def _among_whole_after(ev: Evidence) -> Figure | None:
    """"12 children were among the 40 people killed": the whole after the part, which counts what it
    counts (set on a second reading of a figure no rule gave a category, :meth:`FiguresStage._among_whole`)."""
    return ev.whole_after


def _among_whole_opening(ev: Evidence) -> Figure | None:
    """"Among the 40 dead were 12 children", "Unter den 25 Toten sind nach Angaben des Ministeriums neun
    Kinder": the sentence opens with the whole, and the figure right after it is its part (where a copula
    follows the whole right away, "Unter den 40 Toten sind zwölf Kinder", figure.part-of-last reads it first)."""
    out, x = ev.out, ev.x
    if not out or ev.i == 0 or out[-1].count is not ev.counts[ev.i - 1]:
        return None
    whole, start = out[-1], ev.sentence.start
    cue = x.lex.among_opening.match(x.text, start, whole.count.start)
    if cue is None:
        return None
    before = x.text[start : cue.start()].rstrip()
    return whole if not before or before[-1] in _OPENING_END else None


def _part_of_last_sentence_whole(ev: Evidence) -> Figure | None:
    """"At least 70 people were killed in the strike. Sixteen of them were children": a sentence that opens
    with a part ("of them", "of the victims", "of the dead" after the dead) and tells no harm of its own but
    a group ("were children") counts who among the last sentence's last figure are of that group; the
    figure is a part of that whole (and counts what it counts)."""
    x, part = ev.x, ev.subset_after
    if ev.out or not x.last_items or part is None or part.start() != ev.count.end or ev.left.strip():
        return None
    whole = x.last_items[-1]
    if any(m is not None and m.end() > part.end() for m in (ev.verb, ev.noun)):
        return None  # a harm of its own after the part: "Two of them later died"
    harm = ev.right_cat or ev.verb_cat or ev.noun_cat
    if (harm is not None and harm is not whole.category) or (harm is None and (ev.verb_cat or ev.right_cat)):
        return None  # "Sixteen of the dead were children" after the dead, not after the injured
    if x._search(x.lex.group, part.end(), ev.right_end) is None:
        return None  # the part says who it is ("were children"), not what befell it ("remain in critical condition")
    return whole


# a figure no cue before it makes a part: the rules that find the whole it is among
AMONG_RULES: tuple[Rule[Figure], ...] = (
    Rule("figure.part-before-its-whole", "en", "Police said 12 children were among the 40 people killed.", _among_whole_after),
    Rule("figure.part-after-opening-whole", "en", "Among the 40 dead were 12 children.", _among_whole_opening),
    Rule("figure.part-of-last-sentence-whole", "en", "At least 70 people were killed in the strike. Sixteen of them were children.",
         _part_of_last_sentence_whole),
)
_AMONG_RULES = productions(AMONG_RULES)
