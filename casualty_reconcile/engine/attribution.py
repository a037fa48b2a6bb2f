"""Stage: attribution."""

from __future__ import annotations

import bisect

import regex

from .doc import Attribution, Figure, Sentence
from .patterns import _CLAUSE_CHARS, _FIRST_WORD, _MEDIUM_CHARS
from .speaker import SpeakerStage


class AttributionStage(SpeakerStage):
    __slots__ = ()

    def _explicit(self, sentence: Sentence) -> Attribution | None:
        """The source a sentence names, and who passed it on: a medium named beside a source of its
        own is the via ("teilte die Behörde Afad nach Angaben der Nachrichtenagentur Anadolu mit",
        "Police said they recovered three bodies, Radio New Zealand reported")."""
        found = self._named_in(sentence)
        if found is None or found.via is not None or found.speaker is None or self.lex.media.search(found.speaker) is None:
            if (
                found is not None
                and found.speaker is not None
                and found.via is None
                and not found.weak
                and self.lex.media.search(self.text, sentence.start, sentence.end) is not None  # (cheap test first)
            ):
                medium = self._other_source(sentence, found.speaker, media=True)
                if medium is not None:
                    return Attribution(found.speaker, medium, found.weak, found.pronoun, found.day, rule=(*found.rule, "attribution.medium-beside-source"))
            return found
        other = self._other_source(sentence, found.speaker, media=False)
        if other is not None:
            return Attribution(other, found.speaker, found.weak, found.pronoun, found.day, rule=(*found.rule, "attribution.source-behind-medium"))
        return found

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

    def _named_in(self, sentence: Sentence) -> Attribution | None:
        lex = self.lex
        s0, s1 = sentence.start, sentence.end
        citing = self._cue_search(lex.citing, s0, s1)
        if citing is not None:
            speaker = (
                self._np_after(citing.end(), s1) or self._noun_phrase(citing.end(), s1) or self._cited(citing.end(), s1)
            )
            via = None
            if lex.lang.subject_verb_object:  # "state television reported, citing ...", "The RIA agency, citing ..., said"
                told = self._last(lex.speech, s0, citing.start())
                via = self._subject(told.start() if told is not None else citing.start(), s0)
            for verb in self._cue_matches(lex.speech, s0, s1) if via is None else ():
                via = self._np_after(verb.end(), citing.start()) if verb.end() <= citing.start() else None
                if via is None or via == speaker:
                    via = self._np_before(verb.start(), s0)
                if via is not None and via != speaker:
                    break
            if via == speaker:
                via = None
            if via is None:
                according = self._cue_search(lex.according, s0, citing.start())
                if according is not None:
                    via = self._np_after(according.end(), citing.start())
            if via is None:  # "wie das Staatsfernsehen unter Berufung auf die Rettungskräfte meldete"
                via = self._np_before(citing.start(), s0, max_tokens=4)
            if speaker is not None:
                return Attribution(speaker, via if via != speaker else None, rule=("attribution.citing",))
        self_attr = self._cue_search(lex.self_attr, s0, s1)
        if self_attr is not None:
            speaker = self._np_before(self_attr.start(), s0)
            if speaker is not None:
                return Attribution(speaker, None, rule=("attribution.own-account",))
        according = self._cue_search(lex.according, s0, s1)
        if according is not None:
            speaker = self._np_after(according.end(), s1) or self._noun_phrase(according.end(), s1)
            if speaker is not None:
                return Attribution(speaker, None, weak=self._phrase(according.end(), s1) == speaker, rule=("attribution.according-to",))
        after = self._cue_search(lex.according_after, s0, s1)
        if after is not None:
            speaker = self._np_before(after.start(), s0, max_tokens=5)
            if speaker is not None:
                return Attribution(speaker, None, weak=self._phrase(max(s0, after.start() - 80), after.start()) == speaker, rule=("attribution.according-to-after",))
        phrase = self._phrase(s0, s1)
        if phrase is not None:
            return Attribution(phrase, None, weak=True, rule=("attribution.set-phrase",))
        for verb in self._cue_matches(lex.speech, s0, s1):
            found = self._by_verb(verb, s0, s1)
            if found is not None:
                return found
        return None

    def _by_verb(self, verb: regex.Match[str], s0: int, s1: int) -> Attribution | None:
        """The source a speech verb names: an impersonal or pronoun subject (the last source goes
        on), the subject before it (subject-verb order), or a noun phrase inside, after or before it."""
        lex, text = self.lex, self.text
        if lex.pronoun.fullmatch(verb.group().split()[-1]):
            return Attribution(None, None, pronoun=True, rule=("attribution.impersonal-verb",))  # "hieß es": impersonal, the last source goes on
        # subject-verb order: "The CSTO said it had ..." names the speaker before the verb
        speaker = self._subject(verb.start(), s0) if lex.lang.subject_verb_object else None
        if speaker is not None:
            return Attribution(speaker, None, rule=("attribution.subject-of-verb",))
        if lex.lang.subject_verb_object:  # "..., it said": the source goes on
            before_verb = self._tokens(max(s0, verb.start() - 20), verb.start())
            if before_verb and lex.pronoun.fullmatch(before_verb[-1].group()):
                return Attribution(None, None, pronoun=True, rule=("attribution.pronoun-subject",))
        after_tokens = self._tokens(verb.end(), min(s1, verb.end() + 30))[:2]
        if (
            after_tokens
            and lex.pronoun.fullmatch(after_tokens[0].group())
            and "," not in text[verb.end() : after_tokens[0].start()]
        ):
            return Attribution(None, None, pronoun=True, rule=("attribution.pronoun-after-verb",))
        inner = _FIRST_WORD.match(verb.group())
        if inner is not None and inner.end() < len(verb.group()):
            # a split verb with its subject inside: "teilten die Behörden mit"
            speaker = self._np_after(verb.start() + inner.end(), verb.end())
        if speaker is None:
            speaker = self._np_after(verb.end(), s1)
        if speaker is None:
            speaker = self._np_before(verb.start(), s0)
        if speaker is not None:
            return Attribution(speaker, None, rule=("attribution.speech-verb",))
        before_tokens = self._tokens(max(s0, verb.start() - 20), verb.start())
        if before_tokens and lex.pronoun.fullmatch(before_tokens[-1].group()):
            return Attribution(None, None, pronoun=True, rule=("attribution.pronoun-before-verb",))
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
            explicit = (
                self._explicit(sentence) if needed and self._any(self.cue_marks, sentence.start, sentence.end) else None
            )
            reported = self._any(reported_marks, sentence.start, sentence.end)
            if sentence.paragraph > last_paragraph + 1:
                state = None  # paragraphs without figures lie between: no source carries over them
            elif sentence.paragraph != last_paragraph and not reported and (explicit is None or explicit.pronoun):
                state = None if not (previous and previous.claims and sentence.claims) else state
            last_paragraph = sentence.paragraph
            carries = reported or (previous is not None and bool(previous.claims) and previous.attr is state and bool(sentence.claims))
            prior = state if carries else None
            day = self._day(sentence.start, sentence.end)
            if explicit is not None and not explicit.pronoun:
                explicit.day = day
                state = explicit
                if explicit.speaker:
                    self.speakers.append(explicit.speaker)
                sentence.attr = explicit
                sentence.explicit = explicit
            elif state is not None and (
                (explicit is not None and explicit.pronoun)
                or reported
                or (previous is not None and previous.claims and previous.attr is state and sentence.claims)
            ):
                sentence.attr = state
                sentence.carried = True
                sentence.attr_rule = (
                    "attribution.carried-by-pronoun" if explicit is not None and explicit.pronoun
                    else "attribution.carried-by-reported-speech" if reported
                    else "attribution.carried-by-run-of-figures"
                )
            if previous is not None and explicit is not None:
                self._back_reference(previous, sentence, explicit)
            self._clause_sources(sentence, prior)
            previous = sentence

    def _back_reference(self, previous: Sentence, sentence: Sentence, explicit: Attribution) -> None:
        """A sentence without figures that names the source of the one before, which had none of its
        own: "Das berichtete das Staatsfernsehen unter Berufung auf das Innenministerium."."""
        if (
            previous.claims
            and not sentence.claims
            and not explicit.pronoun
            and self.lex.back_reference.match(self.text, sentence.start, sentence.end)
            and (previous.attr is None or previous.attr.weak or previous.carried)
        ):
            if explicit.day is None:
                explicit.day = previous.attr.day if previous.attr is not None else None
            previous.attr = explicit
            previous.carried = False
            previous.attr_rule = "attribution.named-in-next-sentence"

    def _clause_sources(self, sentence: Sentence, prior: Attribution | None) -> None:
        """ "Organisers said 1.7 million took part, while police put the figure at 128,000": a clause
        opened by a contrast word ("while", "whereas"), or by a source stating its own figure ("...,
        die Veranstalter sprachen von 100.000"), keeps a source of its own. A source named only in a
        later clause, for its own figure, does not reach back to the figures before it: they keep
        the source carried from before (``prior``), if any."""
        if len(sentence.claims) < 2 or not self._any(self.cue_marks, sentence.start, sentence.end):
            return  # no source in the sentence: none of its clauses has one of its own
        pattern = self.lex.contrast_clause
        cuts = {m.start() for m in pattern.finditer(self.text, sentence.start, sentence.end)} if pattern is not None else set()
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
                    item.attribution = own
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
        Veranstalter sprachen von 100.000", "..., organisers said 50,000"): at the comma or semicolon
        before that source, after the figure before it."""
        out: list[int] = []
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
