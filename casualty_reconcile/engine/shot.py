"""The injured among the shot, in an article that counts its dead (run by the build stage, before
the claims are made).

A figure of the shot, dead or alive (flag ``shot``: "Police say four men had been shot", "the
20-year-old was shot in his car"), counts the dead and the injured together. First, one whose own
clause says it died ("Teen shot in head during drive-by dies"; of the injured too: "Toddler injured
in accidental shooting has died") is a count of the dead (:data:`DIED_RULES`). Where the article
counts its dead too, :data:`SHOT_RULES` decide (the first that decides, its name in the trace): a
word of addition before the figure's verb ("Her husband was also shot") says they are more besides
the dead, the injured; else a count of the dead as large as the figure says all died (none injured,
flagged ``derived``); else the others besides the dead ("three other people were shot", "1 dead, 6 shot", not "one is dead after
seven were shot") are the injured (no longer a figure of the shot); else a smaller count of the dead
is among the shot (the largest in its sentence, else in the article), the injured are the rest
(flagged ``derived``; of a figure stated as a lower bound only with the dead of its own sentence, and still a lower
bound: "At least two people died after a gunman shot at least five people"; not with the dead told as its part). Last, a count of the injured that is a count of the dead and of the others
besides them stated together ("A man is dead and three other people were hurt. ... Four people
were injured") counted the dead with the injured: the injured are the others (:data:`WITH_DEAD_RULES`).
The counts of the dead that are no toll of the event (a tally over a period, another incident, a
withdrawn figure) or that count the attackers are not used. One named as the object of a verb of the shot ("He shot his
friend in the chest": rule ``figure.shot-object``) whom a count of the dead says died is no figure at all (the dead count him). Across the articles of one event,
``casualty_reconcile.shot`` does the same with the event's dead.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Final

import regex

from ..models import Category, Flag, Qualifier
from .doc import Figure, Sentence
from .flags import FlagsStage
from .rules import RuleOf, decide, productions

if TYPE_CHECKING:
    from .context import Context


@dataclass(slots=True)
class Shot:
    """What the rules about a figure of the shot read: the figure, its sentence and the article's
    counts of the dead."""

    x: Context
    item: Figure
    sentence: Sentence
    dead: list[Figure]
    others: frozenset[tuple[int, int]] = frozenset()  # (others, dead) stated together: "1 dead, 3 others injured"
    following: Sentence | None = None  # the sentence after the figure's


_NOT_THE_DEAD: Final = frozenset({Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value, Flag.RETRACTED.value})
_DEAD_BEFORE_CHARS: Final = 24  # at most between a count of the dead and the figure of the shot listed after it
_ONE_NAMED: Final = Flag.ANECDOTAL.value  # one victim described ("a man was killed"), perhaps of another shooting
OTHERS: Final = "others"  # the injured besides the dead: no longer a figure of the shot
NONE: Final = "none"  # all the shot died: none injured
LESS: Final = "less"  # the shot less the dead among them
DIED: Final = "died"  # the shot died: a count of the dead
LIVED: Final = "lived"  # the shot lived: a count of the injured
_BREAK: Final = regex.compile(r"[,;:(!?\"“”„«»]|\.(?!\s*\p{Ll})|\s[-–—]\s")  # a clause or a quotation ends
_OBJECT: Final = regex.compile(r"[ \u00a0]+[\d\p{Lu}]")  # a count or a name right after a verb: its object
_NEGATION_CHARS: Final = 40  # a negation right before the verb of death, as the figures stage reads it


def _others_shot(s: Shot) -> str | None:
    """"Police said three other people were shot": the figure counts people besides those named
    before it (a word of "more" after the figure), the injured besides the dead."""
    ev = s.item.evidence
    return OTHERS if ev is not None and ev.further_m is not None else None


def _shot_before_one_more_dead(s: Shot) -> str | None:
    """"charged with shooting two officers and killing a third", "soll zwei Menschen angeschossen und einen weiteren
    getötet haben": a count of the dead right after the figure in its sentence, worded as one more besides those told
    before it (``one_more_words``), is none of the shot: the shot are the others, the injured."""
    claims = s.sentence.claims
    at = next(i for i, figure in enumerate(claims) if figure is s.item)
    if at + 1 >= len(claims) or not any(claims[at + 1] is figure for figure in s.dead):
        return None
    after = claims[at + 1].count
    return OTHERS if after.value == 1 and s.x.lex.one_more.search(after.surface) is not None else None


def _shot_after_dead(s: Shot) -> str | None:
    """"Teen dead, 6 shot", "one killed and four shot": a figure of the shot listed right after a
    count of the dead (only its verb, a comma or a conjunction of a list between them) counts the
    others, the injured; not "one person is dead after seven people were shot", which counts all."""
    claims = s.sentence.claims
    at = next(i for i, figure in enumerate(claims) if figure is s.item)
    if at == 0 or not any(claims[at - 1] is figure for figure in s.dead):
        return None
    start, end = claims[at - 1].end, s.item.count.start
    if not 0 <= end - start <= _DEAD_BEFORE_CHARS:
        return None
    x = s.x
    verb = x._search(x.lex.cat_verb, start, end)
    if verb is not None and verb.lastgroup == Category.DEATHS.value:
        start = verb.end()  # "one killed and four shot": the verb of the dead before the list's joiner
    return OTHERS if x.lex.bare_join.fullmatch(x.text, start, end) is not None else None


def _shot_also(s: Shot) -> str | None:
    """"A woman was killed in the attack. Her husband was also shot": a word of addition (data
    ``addition_words``) between the figure and its verb of the shot, in one clause (only commas between,
    no other count), says the shot are more besides the victims told before: the injured besides the
    dead, not the dead themselves."""
    ev, x = s.item.evidence, s.x
    if ev is None or ev.verb is None:
        return None
    start = max(s.item.end, s.item.count.end)
    if ev.verb.start() <= start:
        return None
    also = x._search(x.lex.addition, start, ev.verb.start())
    if also is None:
        return None
    if any(b.group() != "," for b in _BREAK.finditer(x.text, start, also.start())):
        return None
    if any(start <= c.start < ev.verb.start() for c in s.sentence.counts):
        return None
    return OTHERS


def _shot_all_dead(s: Shot) -> str | None:
    """"A 20-year-old man was shot in his car. The victim died": a count of the dead as large as the
    figure of the shot says all of them died, none is injured (not a part of a whole: "one of the men
    who was shot spoke to reporters" is one of several)."""
    if Flag.PART.value in s.item.flags:
        return None  # "One of them had suffered a gunshot wound to the chest": one of several, not all the shot
    count = s.item.count
    if count.value == 1 and s.x.lex.further.match(count.surface) is not None:
        return None  # "ein weiterer Jugendlicher wurde angeschossen": one more besides the dead
    value = s.item.count.value
    return NONE if any(figure.count.value == value for figure in s.dead) else None


def _one_named_among_more_dead(s: Shot) -> str | None:
    """"The teen shot his father as he came home. ... Five members of the family were killed": one named as the object
    of a verb of the shot (rule figure.shot-object) where the article counts more dead is one of them, none injured."""
    if _SHOT_OBJECT_RULE not in s.item.trace or Flag.PART.value in s.item.flags:
        return None
    return NONE if any(isinstance(v := f.count.value, int) and v > 1 for f in s.dead) else None


def _shot_less_dead(s: Shot) -> str | None:
    """"Police said four men had been shot. Two of them died": the dead the article counts are
    among the shot; the injured are the rest (the largest count of the dead below the figure)."""
    exact = s.item.count.qualifier is Qualifier.EXACT
    return LESS if exact and less_dead(s.item, s.dead, s.sentence) is not None else None


def _shot_at_least_less_dead(s: Shot) -> str | None:
    """"At least two people were dead after a gunman shot at least four people": a figure of the shot stated as a lower
    bound, with a count of the dead below it in its own sentence, counts those dead among its shot as an exact one does;
    the injured are the rest, still a lower bound (a count of the dead in another sentence may count other shootings
    where the shot are only bounded: not read)."""
    if s.item.count.qualifier is not Qualifier.AT_LEAST:
        return None
    # (not the dead told as a part of the shot, "At least 35 people have been shot, eight of them fatally": a running
    # tally's dead among its shot stay the toll, casualty_reconcile.injured_dead)
    own = [f for f in s.dead if any(f is c for c in s.sentence.claims) and f.parent is not s.item]
    return LESS if own and less_dead(s.item, own, s.sentence) is not None else None


def less_dead(item: Figure, dead: list[Figure], sentence: Sentence) -> int | None:
    """The largest count of the dead below the figure of the shot, if any is above zero: of those in
    its own sentence if any ("two deaths among the nine shot"), else of the article's."""
    value = item.count.value
    assert isinstance(value, int)
    below = [f for f in dead if isinstance(v := f.count.value, int) and 0 < v < value and _ONE_NAMED not in f.flags]
    own = [f for f in below if any(f is c for c in sentence.claims)]
    values = [v for f in own or below if isinstance(v := f.count.value, int)]
    return max(values) if values else None


def _shot_then_died(s: Shot) -> str | None:
    """"Teen shot in head during drive-by dies", "A 15-year-old boy shot on Friday has died": a verb
    of death after the verb of the shot in the figure's clause (no punctuation between them), with no
    other count, no negation and no relative pronoun before it and no object after it, says the shot
    died: the figure is a count of the dead."""
    return _then_died(s) if Flag.SHOT.value in s.item.flags else None


def _hurt_then_died(s: Shot) -> str | None:
    """"Toddler injured in accidental shooting has died", "Both men had suffered gunshot wounds and
    were pronounced dead": the same after a verb of injury."""
    return _then_died(s) if Flag.SHOT.value not in s.item.flags else None


def _then_died(s: Shot) -> str | None:
    """A verb of death in the clause of the figure's own verb, of the figure (see the rules above)."""
    ev, x = s.item.evidence, s.x
    if ev is None or ev.verb is None or ev.part_died is not None:
        return None  # (not a whole of the hurt whose part died: "Three of the 23 injured later died", figure.part-of-hurt-died)
    verb = x._search(x.lex.cat_verb, ev.verb.end(), s.sentence.end)
    while verb is not None and verb.lastgroup == Category.INJURIES.value:  # "... and was taken to a hospital, where he died"
        verb = x._search(x.lex.cat_verb, verb.end(), s.sentence.end)
    if verb is None or verb.lastgroup != Category.DEATHS.value:
        return None
    if _OBJECT.match(x.text, verb.end()) is not None:
        return None  # "left eight injured and killed 37-year-old Jane Doe": the verb's object died
    if not _same_subject(x, max(s.item.end, s.item.count.end), verb.start()):
        return None  # "Four shot, man dead", "Girl shot: 'Don't let me die'": another clause, another subject
    start = max(s.item.end, s.item.count.end)  # (a count inside the figure's own words, "one of the five people", is none)
    if any(start <= c.start < verb.start() for c in s.sentence.counts):
        return None  # "a teen was shot where a man died last year": the verb of another figure
    if x.lex.negated.match(x.text[max(ev.verb.end(), verb.start() - _NEGATION_CHARS) : verb.start()]) is not None:
        return None  # "was shot but did not die"
    lang = x.lex.lang
    words = [token.group().lower() for token in x._tokens(ev.verb.end(), verb.start())]
    if any(word in lang.relative_pronouns for word in words):
        return None  # "wounded in the shooting that killed his brother": the verb of another clause
    if any(
        a in lang.list_conjunctions
        and (b in lang.articles or b in lang.list_possessives or (lang.elided_articles and x.lex.elided.match(b) is not None))
        for a, b in pairwise(words)
    ):
        return None  # "two were hurt and the driver died", "und einer starb", "et l'assaillant a été abattu", "and his passenger died": another subject
    return DIED


_OPENING: Final = regex.compile(r"[\s\"'“”‘’„«»(]*")  # blanks and quotation marks before a sentence's first word


def _died_next(s: Shot) -> str | None:
    """"A 19-year-old man was shot near the park on Friday. He later died at the hospital", "Ein Mann
    wurde angeschossen. Er starb später im Krankenhaus": the next sentence opens with a pronoun and a
    verb of death (data ``died_next_words``), before any count of its own: the one wounded or shot
    that the figure's sentence ends on died; a figure of one, its sentence's last, is a count of the
    dead (an early report of one wounded who later died)."""
    nxt, item, x = s.following, s.item, s.x
    if nxt is None or item.count.value != 1 or s.sentence.claims[-1] is not item or Flag.PART.value in item.flags:
        return None
    opening = _OPENING.match(x.text, nxt.start, nxt.end)
    start = opening.end() if opening is not None else nxt.start
    found = x.lex.died_next.match(x.text, start, nxt.end)
    if found is None or any(c.start < found.end() for c in nxt.counts):
        return None
    return DIED


def _same_subject(x: Context, start: int, end: int) -> bool:
    """No clause or quotation ends between the figure and the verb of death; or only commas, the last
    followed by a pronoun as the verb's subject ("..., where he later died")."""
    breaks = list(_BREAK.finditer(x.text, start, end))
    if not breaks:
        return True
    if any(b.group() != "," for b in breaks):
        return False
    return any(x.lex.pronoun.fullmatch(token.group()) is not None for token in x._tokens(breaks[-1].end(), end))


def _shot_then_lived(s: Shot) -> str | None:
    """"His wife was shot and slashed but survived", "Two people were shot, but both survived": a verb
    that says the shot lived (data ``survival_words``) after the verb of the shot in the figure's
    clause (only commas between, no other count, no relative pronoun, no negation before it) makes the
    figure a count of the injured, not of the shot dead or alive."""
    ev, x = s.item.evidence, s.x
    if ev is None or ev.verb is None:
        return None
    lived = x._search(x.lex.survived, ev.verb.end(), s.sentence.end)
    if lived is None:
        return None
    start = max(s.item.end, s.item.count.end)
    if any(b.group() != "," for b in _BREAK.finditer(x.text, start, lived.start())):
        return None  # "Two were shot. One survived": another sentence, perhaps a part
    if any(start <= c.start < lived.start() for c in s.sentence.counts):
        return None  # "was shot by a man who survived three shootings"
    if x.lex.negated.match(x.text[max(ev.verb.end(), lived.start() - _NEGATION_CHARS) : lived.start()]) is not None:
        return None  # "was shot and did not survive"
    words = [token.group().lower() for token in x._tokens(ev.verb.end(), lived.start())]
    if any(word in x.lex.lang.relative_pronouns for word in words):
        return None  # "was shot by a man who survived"
    return LIVED


def _survived_next(s: Shot) -> str | None:
    """"A 19-year-old man was shot as he walked down the street. He survived.", "Ein Mann wurde angeschossen.
    Er überlebte.": the next sentence opens with a pronoun and a verb that says the one shot lived (data
    ``survived_next_words``), before any count of its own: a figure of one, its sentence's last, is a count of
    the injured (as figure.shot-then-died-next reads the dead)."""
    nxt, item, x = s.following, s.item, s.x
    if nxt is None or item.count.value != 1 or s.sentence.claims[-1] is not item:
        return None
    opening = _OPENING.match(x.text, nxt.start, nxt.end)
    found = x.lex.survived_next.match(x.text, opening.end() if opening is not None else nxt.start, nxt.end)
    if found is None or any(c.start < found.end() for c in nxt.counts):
        return None
    return LIVED


# a figure of the shot whose own clause, or the next sentence, says it lived
LIVED_RULES: tuple[RuleOf[Shot, str], ...] = (
    RuleOf("figure.shot-then-survived", "en", "His wife was shot and slashed but survived.", _shot_then_lived),
    RuleOf("figure.shot-then-survived-next", "en", "A 19-year-old man was shot as he walked down the street. He survived.",
           _survived_next),
)
LIVED_TABLE = productions(LIVED_RULES)


# a figure of the shot whose own sentence says it died, before the article's counts of the dead are read
DIED_RULES: tuple[RuleOf[Shot, str], ...] = (
    RuleOf("figure.shot-then-died", "en", "Teen shot in head during drive-by in Lakewood dies", _shot_then_died),
    RuleOf("figure.hurt-then-died", "en", "Toddler injured in accidental shooting has died", _hurt_then_died),
    RuleOf("figure.shot-then-died-next", "en", "A 19-year-old man was shot near the park. He later died at the hospital.", _died_next),
)
DIED_TABLE = productions(DIED_RULES)

# the injured among a figure of the shot in an article that counts its dead, the first rule that decides
SHOT_RULES: tuple[RuleOf[Shot, str], ...] = (
    RuleOf("figure.shot-also", "en", "A woman was killed outside her home. Her husband was also shot.", _shot_also),
    RuleOf("figure.shot-all-dead", "en", "A 20-year-old man was shot in his car on Terrace Avenue. The victim died at the hospital.",
           _shot_all_dead),
    RuleOf("figure.shot-object-among-more-dead", "en",
           "The teen shot his father as he came home. Five members of the family were killed.", _one_named_among_more_dead),
    RuleOf("figure.shot-others", "en", "A man was killed outside the store. Police said three other people were shot.", _others_shot),
    RuleOf("figure.shot-after-dead", "en", "Teen dead, 6 shot after dice game in west Baltimore", _shot_after_dead),
    RuleOf("figure.shot-before-one-more-dead", "en", "He is charged with shooting two officers and killing a third.",
           _shot_before_one_more_dead),
    RuleOf("figure.shot-less-dead", "en", "Police said four men had been shot inside a house. Two of them died at the scene.",
           _shot_less_dead),
    RuleOf("figure.shot-at-least-less-dead", "en",
           "At least two people were dead Friday after a gunman shot at least four people near the freeway.", _shot_at_least_less_dead),
)
SHOT = productions(SHOT_RULES)


def _injured_less_dead_part(s: Shot) -> str | None:
    """"Three people were injured, including a 17-year-old who succumbed to her injuries": a count of
    the injured (or of the shot) whose own sentence names a part of it that died counts the dead
    with the injured; the injured are the rest (``s.dead``: the parts that died)."""
    if s.item.evidence is not None and s.item.evidence.part_died is not None:
        return None  # "One of the five people wounded ... died": the whole as its sentence counts it (figure.part-of-hurt-died)
    value = s.item.count.value
    parts = sum(v for f in s.dead if isinstance(v := f.count.value, int))
    return LESS if isinstance(value, int) and 0 < parts <= value and s.item.count.qualifier is Qualifier.EXACT else None


# a count of the injured with a part that died named in its sentence
PART_RULES: tuple[RuleOf[Shot, str], ...] = (
    RuleOf("figure.injured-less-dead-part", "en",
           "Three people were injured, including a 17-year-old girl who succumbed to her injuries.", _injured_less_dead_part),
)
PARTS = productions(PART_RULES)


def _injured_with_dead(s: Shot) -> str | None:
    """"A man is dead and three other people were hospitalized. ... Four people were injured in a
    shooting": a count of the injured that is the sum of a count of the dead and a count of the
    others besides them, stated together in one sentence ("1 dead, 3 others injured"), counts the
    dead with the injured (an early report, or all who were hit); the injured are the others. Not a
    count of the injured stated beside a count of the dead ("3 are dead, 9 injured")."""
    return LESS if others_besides_dead(s) is not None else None


def others_besides_dead(s: Shot) -> int | None:
    """The largest count of the others (``s.others``: with the count of the dead stated beside
    them) that with that count of the dead makes the figure."""
    value = s.item.count.value
    if not isinstance(value, int) or s.item.count.qualifier is not Qualifier.EXACT:
        return None
    return max((others for others, dead in s.others if others + dead == value), default=None)


# a count of the injured that is the others besides the dead plus the dead
WITH_DEAD_RULES: tuple[RuleOf[Shot, str], ...] = (
    RuleOf("figure.injured-with-dead", "en",
           "A man is dead and three other people were hospitalized. Four people were injured in the shooting.",
           _injured_with_dead),
)
WITH_DEAD = productions(WITH_DEAD_RULES)


def _one_in_care_who_died(s: Shot) -> str | None:
    """"The child was taken to a hospital, where he underwent surgery. ... The child was pronounced
    dead": one victim in care, named by a noun alone ("The child", "the teen", "The 4-year-old"), in
    an article whose dead are one, named in another sentence by the same noun, or by a noun that
    names any victim ("The victim was flown to a hospital. ... Police confirmed that the boy had
    died"): the one who died; none is injured (flagged ``derived``)."""
    head = one_noun(s.x, s.item)
    if head is None:
        return None
    generic = head in s.x.lex.lang.one_victim_nouns
    for figure in s.dead:
        if any(figure is c for c in s.sentence.claims):
            return None  # "One died and the other was taken to a hospital": another person
        other = one_noun(s.x, figure, article=False)
        if other is not None and (generic or other == head):
            return NONE
    return None


def one_noun(x: Context, item: Figure, article: bool = True) -> str | None:
    """The noun of a count of one named by an article and a noun alone ("The child", "the 4-year-old";
    with ``article`` False a noun alone too: "Toddler"), lowered; else None."""
    words: list[str] = [token.group().lower() for token in x._tokens(item.count.start, item.count.end)]
    if item.count.value != 1 or not 1 <= len(words) <= 2 or (article and len(words) != 2):
        return None
    if len(words) == 2 and words[0] not in x.lex.lang.articles:
        return None
    return words[-1]


# one victim in care who is the one the article tells died
CARE_DIED_RULES: tuple[RuleOf[Shot, str], ...] = (
    RuleOf("figure.one-in-care-who-died", "en",
           "The boy was flown to a hospital in Knoxville. Police later said the boy had died.", _one_in_care_who_died),
)
CARE_DIED = productions(CARE_DIED_RULES)


_SHOT_OBJECT_RULE: Final = "figure.shot-object"  # one named as the object of a verb of the shot: gone where all died
_SHOT_RULE: Final = "figure.shot-dead-or-alive"  # a figure of the shot: the rules above decide it
_REST_RULE: Final = "figure.rest-of-whole"  # the sum of an enumeration's pieces, or one of them


def _plain_count(item: Figure) -> bool:
    """A count of the injured that is none of the shot, of a part, of the others, of another
    incident or period, nor the sum of an enumeration's pieces (figure.rest-of-whole: the pieces say
    who they are)."""
    ev = item.evidence
    return (
        isinstance(item.count.value, int) and _SHOT_RULE not in item.trace and (ev is None or ev.further_m is None)
        and _REST_RULE not in item.trace
        and not _NOT_THE_DEAD.intersection(item.flags) and Flag.PART.value not in item.flags
        and Flag.SHOT.value not in item.flags
    )


class ShotStage(FlagsStage):
    __slots__ = ()

    def _shot_among_dead(self, sentences: list[Sentence]) -> None:
        """Each figure of the shot in an article that counts its dead, by :data:`SHOT_RULES`."""
        shot = Flag.SHOT.value
        self._shot_then_lived(sentences)
        self._shot_then_died(sentences)
        dead = [
            figure for sentence in sentences for figure in sentence.claims
            if figure.category is Category.DEATHS and isinstance(figure.count.value, int) and figure.group != "attackers"
            and not _NOT_THE_DEAD.intersection(figure.flags)
        ]
        if not dead:
            return
        self._injured_less_dead_parts(sentences, dead)
        tally = any(Flag.PERIOD_TALLY.value in f.flags for s in sentences for f in s.claims)
        gone: list[Figure] = []
        for sentence in sentences:
            # beside a tally over a period, only the dead of the figure's own sentence are among its shot
            # ("shot six people — two fatally — ... there had been 299 killings this year")
            own = [f for f in dead if any(f is c for c in sentence.claims)] if tally else dead
            for item in sentence.claims:
                count = item.count
                if not own or shot not in item.flags or not isinstance(count.value, int):
                    continue
                decided = decide(SHOT, Shot(self, item, sentence, own))
                if decided is None:
                    continue
                rule, how = decided
                item.trace.append(rule)
                item.flags.remove(shot)
                if how == OTHERS:
                    continue
                if how == NONE and _SHOT_OBJECT_RULE in item.trace:
                    gone.append(item)  # "He shot his friend ... The victim died": the one the dead count, no count of the injured
                    counting = next((f for f in own if isinstance(v := f.count.value, int) and v >= count.value), None)
                    if counting is not None and rule not in counting.trace:
                        counting.trace.append(rule)  # (the dead that count him carry the rule)
                    continue
                value = 0 if how == NONE else count.value - (less_dead(item, own, sentence) or 0)
                high = None if how == LESS and count.qualifier is Qualifier.AT_LEAST else value  # (the rest of a lower bound is one)
                item.count = count.model_copy(update={"value": value, "low": value, "high": high})
                item.flags.append(Flag.DERIVED.value)
        for sentence in sentences:
            if gone and any(f is c for f in gone for c in sentence.claims):
                sentence.claims[:] = [c for c in sentence.claims if not any(c is f for f in gone)]
        if not tally:
            self._injured_with_dead(sentences, dead)
            self._one_in_care_who_died(sentences, dead)

    def _injured_with_dead(self, sentences: list[Sentence], dead: list[Figure]) -> None:
        """Each count of the injured that is a count of the dead and of the others besides them, by
        :data:`WITH_DEAD_RULES`: now the others (flagged ``derived``)."""
        others = frozenset(
            (v, d) for sentence in sentences for f in sentence.claims
            if f.category is Category.INJURIES and isinstance(v := f.count.value, int) and v > 0
            and f.evidence is not None and f.evidence.further_m is not None
            for g in dead if any(g is c for c in sentence.claims) and isinstance(d := g.count.value, int) and d > 0
        )
        if not others:
            return
        for sentence in sentences:
            if any(f is c for f in dead for c in sentence.claims):
                continue  # "3 are dead, 9 injured": the injured stated beside the dead are apart from them
            for item in sentence.claims:
                if item.category is not Category.INJURIES or not _plain_count(item):
                    continue
                shot = Shot(self, item, sentence, dead, others)
                decided = decide(WITH_DEAD, shot)
                value = others_besides_dead(shot)
                if decided is None or value is None:
                    continue
                item.trace.append(decided[0])
                item.count = item.count.model_copy(update={"value": value, "low": value, "high": value})
                item.flags.append(Flag.DERIVED.value)

    def _shot_then_died(self, sentences: list[Sentence]) -> None:
        """Each figure of the shot or the injured whose clause says it died, by :data:`DIED_RULES`: now
        a count of the dead."""
        for index, sentence in enumerate(sentences):
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            for item in sentence.claims:
                if item.category is not Category.INJURIES or not isinstance(item.count.value, int):
                    continue
                decided = decide(DIED_TABLE, Shot(self, item, sentence, [], following=following))
                if decided is None:
                    continue
                item.trace.append(decided[0])
                if Flag.SHOT.value in item.flags:
                    item.flags.remove(Flag.SHOT.value)
                item.category = Category.DEATHS

    def _injured_less_dead_parts(self, sentences: list[Sentence], dead: list[Figure]) -> None:
        """Each count of the injured whose sentence names a part of it that died, by :data:`PART_RULES`."""
        for sentence in sentences:
            for item in sentence.claims:
                if item.category is not Category.INJURIES or Flag.DERIVED.value in item.flags:
                    continue
                parts = [f for f in dead if f.parent is item and any(f is c for c in sentence.claims)]
                if not parts:
                    continue
                decided = decide(PARTS, Shot(self, item, sentence, parts))
                if decided is None:
                    continue
                item.trace.append(decided[0])
                value = item.count.value
                assert isinstance(value, int)
                value -= sum(v for f in parts if isinstance(v := f.count.value, int))
                item.count = item.count.model_copy(update={"value": value, "low": value, "high": value})
                if Flag.SHOT.value in item.flags:
                    item.flags.remove(Flag.SHOT.value)
                item.flags.append(Flag.DERIVED.value)

    def _one_in_care_who_died(self, sentences: list[Sentence], dead: list[Figure]) -> None:
        """Each count of one in care who is the one the article's dead count, by :data:`CARE_DIED_RULES`:
        now none (flagged ``derived``)."""
        if any(f.count.value != 1 for f in dead):
            return
        for sentence in sentences:
            for item in sentence.claims:
                ev = item.evidence
                if (
                    item.category is not Category.INJURIES or item.count.value != 1 or ev is None or ev.verb is None
                    or Flag.DERIVED.value in item.flags or Flag.SHOT.value in item.flags
                    or self.lex.care.fullmatch(ev.verb.group()) is None
                ):
                    continue
                decided = decide(CARE_DIED, Shot(self, item, sentence, dead))
                if decided is None:
                    continue
                item.trace.append(decided[0])
                item.count = item.count.model_copy(update={"value": 0, "low": 0, "high": 0})
                item.flags.append(Flag.DERIVED.value)

    def _shot_then_lived(self, sentences: list[Sentence]) -> None:
        """Each figure of the shot whose clause says it lived, by :data:`LIVED_RULES`: now a count of the
        injured (no longer a figure of the shot)."""
        for index, sentence in enumerate(sentences):
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            for item in sentence.claims:
                if Flag.SHOT.value not in item.flags or not isinstance(item.count.value, int):
                    continue
                decided = decide(LIVED_TABLE, Shot(self, item, sentence, [], following=following))
                if decided is None:
                    continue
                item.trace.append(decided[0])
                item.flags.remove(Flag.SHOT.value)
