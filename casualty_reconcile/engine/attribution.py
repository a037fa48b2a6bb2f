"""Stage: attribution, who said a figure and through whom.

Every decision is a named rule of ``attribution_rules.py`` (its docstring lists the tables in the
order they decide; the via rules are in ``via_rules.py``); this module runs them over the sentences: each sentence's source
(:meth:`AttributionStage._explicit`), the carry-over (:meth:`AttributionStage._attribute`), a
clause's own source (``_clause_sources``, ``_clause_attr``), and per figure in the build stage its
source and speaker (``_figure_source``, ``_figure_speaker``). The noun phrase a cue points at, the
speaker's name, is read in ``speaker.py``.
"""

from __future__ import annotations

import bisect

import regex

from .attribution_rules import (
    ACTOR,
    CARRY,
    FIGURE,
    NEXT_SENTENCE,
    SOURCES,
    VERBS,
    Carry,
    FigureSource,
    Span,
    Verb,
)
from .doc import Attribution, Figure, Sentence
from .patterns import _CLAUSE_CHARS, _FIRST_WORD, _MEDIUM_CHARS
from .rules import decide
from .speaker import SpeakerStage
from .via_rules import VIA, Found


class AttributionStage(SpeakerStage):
    __slots__ = ()

    def _explicit(self, sentence: Sentence) -> Attribution | None:
        """The source a sentence names (:data:`SOURCE_RULES`, :data:`VERB_RULES`), and who passed it
        on (:data:`VIA_RULES`)."""
        span = Span(self, sentence)
        found = self._named_in(span)
        if found is None:
            return None
        decided = decide(VIA, Found(span, found))
        if decided is None:
            return found
        name, attr = decided
        attr.rule = (*found.rule, name)
        return attr

    def _named_in(self, span: Span) -> Attribution | None:
        decided = decide(SOURCES, span)
        if decided is None:
            sentence = span.sentence
            for verb in self._cue_matches(self.lex.speech, sentence.start, sentence.end):
                decided = decide(VERBS, Verb(self, sentence, verb))
                if decided is not None:
                    break
        if decided is None:
            return None
        name, attr = decided
        attr.rule = (name,)
        return attr

    def _other_source(self, sentence: Sentence, known: str, *, media: bool) -> str | None:
        """A speech verb's source in the sentence other than ``known``: a medium, or one that is none."""
        s0, s1 = sentence.start, sentence.end
        for verb in self._cue_matches(self.lex.speech, s0, s1):
            if media and self.lex.media.search(self.text, max(s0, verb.start() - _MEDIUM_CHARS), min(s1, verb.end() + _MEDIUM_CHARS)) is None:
                continue  # (cheap test first) no medium near this verb
            speaker = self._verb_source(verb, s0, s1, known, past_known=not media)
            if speaker is not None and (self.lex.media.search(speaker) is not None) == media:
                return speaker
        return None

    def _verb_source(self, verb: regex.Match[str], s0: int, s1: int, known: str, *, past_known: bool) -> str | None:
        """The source a speech verb names other than ``known``: its subject before it (subject-verb
        order), else the words inside a split verb ("teilte die Behörde Afad mit"), else after it, else
        before it. With ``past_known``, the known source inside or after the verb does not hide another
        in the next place ("Die Behörde Afad teilte nach Angaben der Nachrichtenagentur Anadolu mit":
        the authority, via the agency); as the verb's subject, it does (the verb is its own)."""
        if self.lex.lang.subject_verb_object:
            speaker = self._subject(verb.start(), s0)
            if speaker is not None:  # the known source as the subject: the verb is its own
                return None if speaker == known or speaker in known or known in speaker else speaker
        inner = _FIRST_WORD.match(verb.group())
        if inner is not None and inner.end() < len(verb.group()):
            speaker = self._np_after(verb.start() + inner.end(), verb.end())
            if speaker is not None:
                if not (speaker == known or speaker in known or known in speaker):
                    return speaker
                if not past_known:
                    return None
        speaker = self._np_after(verb.end(), s1)
        if speaker is not None:
            if not (speaker == known or speaker in known or known in speaker):
                return speaker
            if not past_known:
                return None
        speaker = self._np_before(verb.start(), s0)
        if speaker is not None and not (speaker == known or speaker in known or known in speaker):
            return speaker
        return None

    def _clause_attr(self, sentence: Sentence, start: int, claim_start: int) -> Attribution | None:
        """The source a clause names between the previous figure and this one, after a comma."""
        comma = self.text.rfind(",", start, claim_start)
        if comma < 0 or start == sentence.start or not self._any(self.cue_marks, comma, claim_start):
            return None
        # the clause reaches to the sentence's end, or a stretch past the figure in an endless one
        found = self._explicit(Sentence(comma + 1, min(sentence.end, claim_start + _CLAUSE_CHARS), sentence.paragraph))
        return found if found is not None and found.speaker else None

    def _attribute(self, sentences: list[Sentence]) -> None:
        """Each sentence's source: its own, or the one it goes on reporting from (carried over)."""
        reported_marks = self.reported_marks
        # a source matters only to figures in its own or the next paragraph: look no further for sources
        # (in a paragraph before a figure's, only its last two sentences: the source a new paragraph
        # goes on reporting is named last)
        next_claim_paragraph: dict[int, int] = {}
        from_end: dict[int, int] = {}
        upcoming = 1 << 30
        following = 0
        for index in range(len(sentences) - 1, -1, -1):
            sentence = sentences[index]
            if sentence.claims:
                upcoming = sentence.paragraph
            next_claim_paragraph[sentence.start] = upcoming
            same = index + 1 < len(sentences) and sentences[index + 1].paragraph == sentence.paragraph
            following = following + 1 if same else 0
            from_end[sentence.start] = following
        state: Attribution | None = None
        last_paragraph = -1
        previous: Sentence | None = None
        for sentence in sentences:
            self.previous_speaker = state.speaker if state is not None else None
            upcoming_paragraph = next_claim_paragraph.get(sentence.start, 1 << 30)
            needed = (
                sentence.paragraph == upcoming_paragraph
                or (sentence.paragraph == upcoming_paragraph - 1 and from_end.get(sentence.start, 0) < 2)
                or (previous is not None and bool(previous.claims))
            )
            explicit = self._explicit(sentence) if needed and self._has_source_cue(sentence) else None
            reported = self._any(reported_marks, sentence.start, sentence.end)
            if sentence.paragraph > last_paragraph + 1:
                state = None  # paragraphs without figures lie between: no source carries over them
            elif sentence.paragraph != last_paragraph and not reported and (explicit is None or explicit.pronoun):
                state = None if not (previous and previous.claims and sentence.claims) else state
            last_paragraph = sentence.paragraph
            carries = reported or (
                previous is not None and (bool(previous.claims) or previous.went_back) and previous.attr is state and bool(sentence.claims)
            )
            prior = state if carries else None
            carry = Carry(self, sentence, explicit, state, reported, previous)
            decided = decide(CARRY, carry) if explicit is not None or state is not None else None
            if decided is not None:
                name, sentence.attr = decided
                # a pronoun's rule ("sagte er") before the rule that carries the source on
                sentence.attr_rule = (*explicit.rule, name) if explicit is not None and explicit.pronoun else (name,)
                if explicit is not None and decided[1] is explicit:  # the sentence's own source: it goes on from here
                    explicit.day = self._day(sentence.start, sentence.end)
                    state = explicit
                    if explicit.speaker:
                        self.speakers.append(explicit.speaker)
                    sentence.explicit = explicit
                else:
                    sentence.carried = True
                    if decided[1] is not state and decided[1].speaker:  # a pronoun's antecedent: it goes on from here
                        state = decided[1]
            if previous is not None and explicit is not None:
                self._back_reference(carry)
            self._clause_sources(sentence, prior)
            previous = sentence

    def _has_source_cue(self, sentence: Sentence) -> bool:
        """Whether a sentence may name a source: a cue of the document scan, or, in a sentence with
        figures, a possessive of figures ("the government's figure"), a noun of figures before its owner
        ("die Zahl der Regierung") or a headline's colon."""
        if self._any(self.cue_marks, sentence.start, sentence.end) or self._any(self.correction_marks, sentence.start, sentence.end):
            return True
        return bool(sentence.claims) and (
            self.text.find(":", sentence.start, sentence.end) >= 0
            or self.lex.owned_data.search(self.text, sentence.start, sentence.end) is not None
            or self._search(self.lex.data_owner, sentence.start, sentence.end) is not None
        )

    def _back_reference(self, carry: Carry) -> None:
        """:data:`NEXT_SENTENCE_RULES`: the sentence names the source of the one before."""
        decided = decide(NEXT_SENTENCE, carry)
        previous = carry.previous
        if decided is None or previous is None:
            return
        name, explicit = decided
        if explicit.day is None:
            explicit.day = previous.attr.day if previous.attr is not None else None
        previous.attr = explicit
        carry.sentence.went_back = True  # the figures after it go on from that source (attribution.carried-by-run-of-figures)
        previous.explicit = explicit  # its own source, named after it: its day too ("Das teilte ... am Sonntag mit")
        previous.carried = False
        previous.attr_rule = (name,)

    def _clause_sources(self, sentence: Sentence, prior: Attribution | None) -> None:
        """ "Organisers said 1.7 million took part, while police put the figure at 128,000": a clause
        opened by a contrast word ("while", "whereas"), or by a source stating its own figure ("...,
        die Veranstalter sprachen von 100.000"), keeps a source of its own. A source named only in a
        later clause, for its own figure, does not reach back to the figures before it: they keep
        the source carried from before (``prior``), if any."""
        if len(sentence.claims) < 2 or not self._any(self.cue_marks, sentence.start, sentence.end):
            return  # no source in the sentence: none of its clauses has one of its own
        pattern = self.lex.contrast_clause
        # a clause after its contrast word ("..., though officials put the toll at 3,419": the officials)
        cuts = {m.end() for m in pattern.finditer(self.text, sentence.start, sentence.end)} if pattern is not None else set()
        cuts.update(self._stating_clauses(sentence))
        if not cuts:
            return
        bounds = [sentence.start, *sorted(cuts), sentence.end]
        owners: list[tuple[list[Figure], Attribution | None]] = []
        for k in range(len(bounds) - 1):
            lo, hi = bounds[k], bounds[k + 1]
            items = [item for item in sentence.claims if lo <= item.start < hi]
            if not items or len(items) == len(sentence.claims):
                owners.append((items, None))
                continue
            own = self._explicit(Sentence(lo, hi, sentence.paragraph)) if self._any(self.cue_marks, lo, hi) else None
            if own is not None and not own.pronoun and own.speaker:
                own.day = self._day(lo, hi) or (sentence.attr.day if sentence.attr is not None else None)
                for item in items:
                    item.attribution, item.clause_own = own, True
                # the source opens its clause, before its figure ("while unions put the figure at 15,000"),
                # not after it ("while 20 soldiers were killed, the army said": a source for the sentence)
                owners.append((items, own if self._any(self.cue_marks, lo, items[0].start) else None))
            else:
                owners.append((items, None))
        speaker = sentence.attr.speaker if sentence.attr is not None and not sentence.carried else None
        for k, (items, own) in enumerate(owners):
            if own is not None or any(item.attribution for item in items):
                break  # a source named before goes on: "Police said 3 died; 12 were hurt"
            if items and speaker and any(later is not None and later.speaker == speaker for _, later in owners[k + 1 :]):
                for item in items:
                    item.attribution = prior or Attribution(None, None)

    def _stating_clauses(self, sentence: Sentence) -> list[int]:
        """Where a clause begins whose source states the figure right after its verb ("..., die
        Veranstalter sprachen von 100.000", "..., organisers said 50,000"), or whose figure its source
        follows right after ("..., 12 000 selon les syndicats", "..., 12.000 laut Veranstaltern"): at the
        comma or semicolon before that source, after the figure before it."""
        out: list[int] = []
        text, claims = self.text, sentence.claims
        ends = [item.end for item in claims]
        for cue in self._cue_matches(self.lex.according, sentence.start, sentence.end):
            index = bisect.bisect_right(ends, cue.start()) - 1
            if index <= 0 or text[ends[index] : cue.start()].strip():
                continue
            cut = max(text.rfind(",", claims[index - 1].end, claims[index].start), text.rfind(";", claims[index - 1].end, claims[index].start))
            if cut < 0:
                # "5 000 selon la préfecture et 20 000 selon la CGT", "5,000 marched according to police and 20,000 according
                # to organisers": the figure before has its own source after it, before the conjunction
                conj = self.lex.conj_stop.search(text, claims[index - 1].end, claims[index].start)
                sourced = conj is not None and self._search(self.lex.according, claims[index - 1].end, conj.start()) is not None
                cut = conj.start() if conj is not None and sourced else -1
            if cut >= 0:
                out.append(cut)
        starts = [item.start for item in sentence.claims]
        for verb in self._cue_matches(self.lex.speech, sentence.start, sentence.end):
            index = bisect.bisect_left(starts, verb.end())
            if index == 0 or index >= len(starts) or self.text[verb.end() : starts[index]].strip():
                continue
            cut = max(self.text.rfind(",", sentence.claims[index - 1].end, verb.start()),
                      self.text.rfind(";", sentence.claims[index - 1].end, verb.start()))
            if cut >= 0:
                out.append(cut)
        return out

    def _figure_source(self, item: Figure, sentence: Sentence, clause: Attribution | None) -> Attribution | None:
        """A figure's source (:data:`FIGURE_RULES`, else its sentence's), its rules joining the trace."""
        decided = decide(FIGURE, FigureSource(self, item, sentence, clause))
        attr: Attribution | None
        if decided is not None:
            name, attr = decided
            item.trace.append(name)
        else:
            attr = sentence.attr
            if attr is not None:
                item.trace.extend(sentence.attr_rule)
        if attr is not None:
            item.trace.extend(attr.rule)
        return attr

    def _figure_speaker(self, item: Figure, sentence: Sentence) -> str | None:
        """A figure's speaker: its source's, else :data:`ACTOR_RULES`."""
        attr = item.attribution
        if attr is not None and attr.speaker:
            return attr.speaker
        decided = decide(ACTOR, FigureSource(self, item, sentence, None))
        if decided is None:
            return None
        item.trace.append(decided[0])
        return decided[1]
