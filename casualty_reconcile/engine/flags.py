"""Stage: flags."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import (
    Flag,
    Qualifier,
)
from .attribution import AttributionStage
from .doc import Figure, Sentence
from .rules import RuleOf, decide, productions

if TYPE_CHECKING:
    from .context import Context


@dataclass(slots=True)
class Revised:
    """What the rules of a correcting sentence's figure read: the figure and its sentence."""

    x: Context
    item: Figure
    sentence: Sentence


def _corrected_value(r: Revised) -> bool | None:
    """ "revised down to 212 from 240", "korrigierte die Zahl von 240 auf 212": the figure after "from"
    is the value corrected, not the correction (the other figure of the sentence is); its source has
    given it up, so it is flagged ``retracted`` (as a first report since superseded is), and an
    article's figure is the correction."""
    if len(r.sentence.claims) < 2:
        return None
    return True if r.x.lex.corrected_value.match(r.x.text, max(r.sentence.start, r.item.start - 20), r.item.start) else None


def _before_its_correction(r: Revised) -> bool | None:
    """ "Der Gouverneur bezifferte die Zahl der Toten auf 19, korrigierte sie später aber auf 17 nach unten": a figure
    in a clause of its own before the word of correction, a figure of its category after that word, is the value
    the sentence corrects (not "Die Zahl wurde auf 21 korrigiert": no comma between the figure and the word)."""
    x, item, sentence = r.x, r.item, r.sentence
    marks = x.correction_marks
    index = bisect.bisect_left(marks, item.end)
    if index == len(marks) or marks[index] >= sentence.end or "," not in x.text[item.end : marks[index]]:
        return None
    after = marks[index]
    return True if any(other.category is item.category and other.start > after for other in sentence.claims) else None


REVISED_RULES: tuple[RuleOf[Revised, bool], ...] = (
    RuleOf("figure.corrected-value", "en", "The health ministry said the death toll was revised down to 212 from 240.", _corrected_value),
    RuleOf("figure.before-its-correction", "de",
           "Der Gouverneur bezifferte die Zahl der Toten auf 19, korrigierte sie später aber auf 17 nach unten.", _before_its_correction),
)
REVISED = productions(REVISED_RULES)


@dataclass(slots=True)
class Member:
    """What the rules of a figure of one person read: the figure and the document's largest whole of
    its category (0: none)."""

    x: Context
    item: Figure
    whole: int


def _one_of_a_whole(m: Member) -> bool | None:
    """"Five people were shot ... The 54-year-old man injured in the shooting was taken to hospital":
    one person named without a count word, where the document states a larger whole of the same
    harm, is one of them (a part), not the toll."""
    if m.whole < 2:
        return None
    count, x = m.item.count, m.x
    for pattern in (x.lex.single_victim, x.lex.headline_victim, x.lex.injured_object):
        found = pattern.match(x.text, count.start)
        if found is not None and found.end() == count.end:
            return True
    return None


MEMBER_RULES: tuple[RuleOf[Member, bool], ...] = (
    RuleOf(
        "figure.one-of-a-stated-whole", "en",
        "Five people were shot at the party on Sunday. The 54-year-old man injured in the shooting was taken to a hospital.",
        _one_of_a_whole,
    ),
)
MEMBERS = productions(MEMBER_RULES)
_NO_WHOLE = frozenset({Flag.PART.value, Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value, Flag.ANECDOTAL.value, Flag.RETRACTED.value})


class FlagsStage(AttributionStage):
    __slots__ = ()

    def _flag_unverified(self, sentences: list[Sentence]) -> None:
        marks = self.unverified_marks
        if not marks:
            return
        for index, sentence in enumerate(sentences):
            if not self._any(marks, sentence.start, sentence.end):
                continue
            targets = [sentence] if sentence.claims else []
            if not sentence.claims:
                back = index - 1
                if back > 0 and not sentences[back].claims and sentences[back].paragraph == sentence.paragraph:
                    back -= 1  # "The army said it killed 50 ... The RSF said it held the airport. Neither claim could be verified."
                while back >= 0 and sentences[back].claims and len(targets) < 3:
                    if targets and sentences[back].paragraph != targets[-1].paragraph:
                        break  # "die Angaben" of its own paragraph, not those of the one before
                    targets.append(sentences[back])
                    back -= 1
            for target in targets:
                for claim in target.claims:
                    claim.flags.append(Flag.UNVERIFIED.value)

    def _flag_revisions(self, sentences: list[Sentence]) -> None:
        """A figure whose sentence says it corrects an earlier one (``correction``) or withdraws one
        (``retracted``); a sentence that says so without a figure ("It later withdrew the figure.")
        marks the figures of the sentence before it in its paragraph."""
        corrected, retracted, doubled = self.correction_marks, self.retraction_marks, self.double_marks
        if not corrected and not retracted and not doubled:
            return
        correction, withdrawn = Flag.CORRECTION.value, Flag.RETRACTED.value
        cues = ((retracted, withdrawn), (corrected, correction), (doubled, correction))
        for index, sentence in enumerate(sentences):
            for marks, flag in cues:
                if not self._any(marks, sentence.start, sentence.end):
                    continue
                target = sentence
                if not sentence.claims and index > 0 and sentences[index - 1].paragraph == sentence.paragraph:
                    target = sentences[index - 1]
                for claim in target.claims:
                    if flag is correction and (spared := decide(REVISED, Revised(self, claim, target))) is not None:
                        # the value corrected: no correction, a figure its source has given up ("from eight")
                        claim.trace.append(spared[0])
                        if withdrawn not in claim.flags:
                            claim.flags.append(withdrawn)
                        continue
                    if flag not in claim.flags:
                        claim.flags.append(flag)
                        claim.trace.append(f"flag.{flag}")
                break  # a withdrawal is no correction

    def _flag_members(self, sentences: list[Sentence]) -> None:
        """A figure of one person named without a count word is flagged ``part`` where its paragraph
        or the one before states a larger whole of its category (:data:`MEMBER_RULES`)."""
        wholes: dict[tuple[object, int], int] = {}  # (category, paragraph) -> the largest whole
        ones: list[tuple[Figure, int]] = []
        for sentence in sentences:
            for item in sentence.claims:
                value = item.count.value
                if not isinstance(value, int) or item.count.qualifier is Qualifier.VAGUE or _NO_WHOLE.intersection(item.flags):
                    continue
                if value == 1:
                    if item.group == "all":  # not "the gunman": the attackers are counted apart
                        ones.append((item, sentence.paragraph))
                elif value > 1 and item.group == "all" and item.parent is None:
                    key = (item.category, sentence.paragraph)
                    wholes[key] = max(wholes.get(key, 0), value)
        if not wholes:
            return
        for item, paragraph in ones:
            whole = max(wholes.get((item.category, paragraph), 0), wholes.get((item.category, paragraph - 1), 0))
            decided = decide(MEMBERS, Member(self, item, whole))
            if decided is not None:
                item.flags.append(Flag.PART.value)
                item.trace.append(decided[0])
