"""Stage: figures."""

from __future__ import annotations

import regex

from ..models import (
    Category,
    Count,
    Flag,
)
from . import category, group, place
from .doc import Figure, Sentence
from .evidence import Evidence
from .figure_asides import _APPOSITIVE_OPENINGS
from .figure_flags import _FLAG_RULES
from .figure_parents import _PLAIN_WORDS, ParentsStage
from .figure_rules import (
    _FILTER_SETS,
    _LONG_SUBJECT_RULES,
    _ONE_RULES,
    _TOLL_CLAUSE_RULES,
    _VERB_AFTER_RULES,
)
from .kin_list import _KIN_RULES
from .part_rules import _AMONG_GAP_TOKENS, _DIED_PART_RULES, _NAMED_PART_RULES, _NONE_DECIDES, _WHOLE_RULES
from .patterns import (
    _ASIDE_CHARS,
    _CLAUSE_STOP,
    _CORE,
    _DASHES,
    _HARM,
    _LEFT_CHARS,
    _NP_CHARS,
    _NP_STOP,
    _RIGHT_CHARS,
    _TOKEN,
)
from .rules import decide, first, first_name

_NP_MORE_WORDS = 4  # words of a figure's noun phrase past those read, before the comma of its aside
_SUBJECT_FIRST = "figure.subject-before-object"  # (figure_rules.FILTERS): the figure after it is the object


class FiguresStage(ParentsStage):
    __slots__ = ()

    def _claims_of(self, sentence: Sentence) -> list[Figure]:
        """The figures of a sentence that are claims: for each, its evidence, the filters, its
        category, its group, its place and its flags."""
        out: list[Figure] = []
        named: list[Figure] = []  # "a murder-suicide": no whole, part or list item for the figures after it
        parts: list[int] = []  # figures read again once the whole they are among is read
        counts = sentence.counts
        lex = self.lex
        filters = _FILTER_SETS[(lex.lang.figure_needs_known_noun, lex.lang.capitalized_nouns)]
        for i, count in enumerate(counts):
            if (
                i + 1 < len(counts) and lex.part_of_number.fullmatch(self.text, count.end, counts[i + 1].start)
                and self._multiplicity(count) is None  # not "the shooting death of a woman"
            ):
                continue  # "21 der 60 Insassen wurden verletzt": read with the whole it is a part of
            ev = Evidence(self, sentence, counts, i, out)
            self._read_spans(ev)
            self._read_words(ev)
            dropped = first_name(filters, ev)
            if dropped is None:
                self._read_parent(ev)
                self._read_harm(ev)
                dropped = category.decide(ev)
            if dropped is not None:
                if dropped == _NONE_DECIDES and self._before_whole(ev):
                    parts.append(i)  # read again once the whole after it is read
                    continue
                self.dropped.append((count.start, dropped))
                continue
            group.decide(ev)
            figure = self._figure(ev)
            (named if category.NAMED_BY_WORDS.intersection(ev.trace) else out).append(figure)
            if ev.part_group is not None:  # "12 of the 40 killed were children": the part after its whole
                parts.append(-i)
                self._named_part(sentence, i - 1, figure, ev.part_group, out)
            elif ev.part_died is not None:  # "Three of the 23 injured later died": the part that died, after its whole
                parts.append(-i)
                self._died_part(sentence, i - 1, figure, ev.part_died, out)
        for i in parts:
            if i >= 0:
                self._among_whole(sentence, i, out)
        return sorted(out + named, key=lambda f: f.start) if named or parts else out

    def _before_whole(self, ev: Evidence) -> bool:
        """Whether the words after a figure end in the cue of a whole it is among, right before the next
        figure ("12 children were among the 40"): a few words, no punctuation, between them."""
        i, counts = ev.i, ev.counts
        if i + 1 >= len(counts):
            return False
        end, whole = ev.count.end, counts[i + 1].start
        cue = self.lex.among_whole.match(self.text, end, whole)
        if cue is None:
            return False
        gap = self.text[end : cue.start()]
        return _NP_STOP.search(gap) is None and len(_TOKEN.findall(gap)) <= _AMONG_GAP_TOKENS

    def _among_whole(self, sentence: Sentence, i: int, out: list[Figure]) -> None:
        """Reads figure ``i`` again as a part of the whole after it (:data:`AMONG_RULES`), when that whole
        is a claim of a core category: the part counts what the whole counts."""
        counts, count = sentence.counts, sentence.counts[i]
        whole = next((f for f in out if f.count is counts[i + 1]), None)
        if whole is None or whole.category not in _CORE:
            self.dropped.append((count.start, _NONE_DECIDES))
            return
        ev = self._part_evidence(sentence, i, whole, out)
        self._read_parent(ev)
        self._read_harm(ev)
        dropped = category.decide(ev)
        if dropped is not None:
            self.dropped.append((count.start, dropped))
            return
        group.decide(ev)
        out.append(self._figure(ev))

    def _part_evidence(self, sentence: Sentence, i: int, whole: Figure, out: list[Figure]) -> Evidence:
        """The evidence of figure ``i`` read as a part of ``whole`` after it: its spans and words read."""
        ev = Evidence(self, sentence, sentence.counts, i, [f for f in out if f.start < sentence.counts[i].start])
        ev.whole_after = whole
        self._read_spans(ev)
        self._read_words(ev)
        return ev

    def _named_part(self, sentence: Sentence, i: int, whole: Figure, group_m: regex.Match[str], out: list[Figure]) -> None:
        """Reads figure ``i``, the part before a whole (:data:`NAMED_PART_RULES`), as a part of that whole, of
        the group its clause names ("12 of the 40 killed were children")."""
        ev = self._part_evidence(sentence, i, whole, out)
        ev.group_m = group_m
        self._read_parent(ev)
        self._read_harm(ev)
        if category.decide(ev) is not None:
            return
        group.decide(ev)
        out.append(self._figure(ev))

    def _died_part(self, sentence: Sentence, i: int, whole: Figure, verb: regex.Match[str], out: list[Figure]) -> None:
        """Reads figure ``i``, the part before a whole of the injured whose verb is one of death
        (:data:`DIED_PART_RULES`), as the dead among that whole ("Three of the 23 injured later died")."""
        ev = self._part_evidence(sentence, i, whole, out)
        self._read_parent(ev)
        self._read_harm(ev)
        ev.verb, ev.verb_cat, ev.right_cat, ev.parent = verb, Category.DEATHS, Category.DEATHS, whole
        ev.trace.append(_DIED_PART_RULES[0][0])  # the part's reading of the rule that read its whole
        ev.category = Category.DEATHS
        group.decide(ev)
        out.append(self._figure(ev))

    def _np_runs_to_comma(self, between: str) -> bool:
        """Whether the words after a figure's noun phrase as read are a few more plain words of it up to a comma ("All
        62 people on board the plane, including 10 children, were killed"): no verb or noun of a category among them."""
        head, comma, _ = between.partition(",")
        return bool(comma) and len(head.split()) <= _NP_MORE_WORDS and _PLAIN_WORDS.fullmatch(head) is not None and (
            self.lex.cat_verb.search(head) is None and self.lex.cat_noun.search(head) is None
        )

    def _read_spans(self, ev: Evidence) -> None:
        """The figure's clause, the noun phrase after it and the words before it."""
        text, lex, count, counts, i, sentence = self.text, self.lex, ev.count, ev.counts, ev.i, ev.sentence
        prev_end = counts[i - 1].end if i else sentence.start
        ev.next_start = counts[i + 1].start if i + 1 < len(counts) else sentence.end
        right_end = self._before_next_subject(ev, min(ev.next_start, count.end + _RIGHT_CHARS, sentence.end))
        stop = _CLAUSE_STOP.search(text, count.end, right_end)
        while stop is not None and stop.group().strip() in _DASHES and self._paired_dash(sentence, stop):
            stop = _CLAUSE_STOP.search(text, stop.end(), right_end)  # "18 people – eight of them children – have been killed"
        if stop is not None:
            right_end = stop.start()
        ev.right_end = right_end
        np_end = min(right_end, count.end + _NP_CHARS)
        np_stop = _NP_STOP.search(text, count.end, np_end)
        if np_stop is not None:
            np_end = np_stop.start()
        conj = self.lex.conj_stop.search(text, count.end, np_end)
        if conj is not None:
            np_end = conj.start()
        word_stop = self._search(lex.np_stop, count.end, np_end)  # "18 wounded when a gunman ..."
        if word_stop is not None:
            np_end = word_stop.start()
        ev.np_end = np_end
        ev.np_tokens = list(_TOKEN.finditer(text, count.end, np_end))[:4]
        ev.np_limit = ev.np_tokens[-1].end() if ev.np_tokens else count.end
        ev.left_start = max(prev_end, count.start - _LEFT_CHARS, sentence.start)
        ev.left = text[ev.left_start : count.start]
        if i and lex.part_of_number.fullmatch(text, counts[i - 1].end, count.start) and self._multiplicity(counts[i - 1]) is None:
            if first(_WHOLE_RULES, ev) is None:
                ev.part_group = first(_NAMED_PART_RULES, ev)
                if ev.part_group is None:
                    decided = decide(_DIED_PART_RULES, ev)
                    if decided is not None:  # "Three of the 23 injured later died": the whole's clause ends before the part's verb
                        ev.trace.append(decided[0])
                        ev.part_died = decided[1]
                        ev.right_end = min(ev.right_end, decided[1].start())
                    else:
                        ev.part_count = counts[i - 1]
                else:  # the whole's noun phrase ends before who the part is
                    ev.np_end = min(ev.np_end, ev.part_group.start())
                    ev.np_tokens = [t for t in ev.np_tokens if t.end() <= ev.np_end]
                    ev.np_limit = ev.np_tokens[-1].end() if ev.np_tokens else count.end

    def _read_words(self, ev: Evidence) -> None:
        """The lexicon's words in the figure's noun phrase, and the verbs of a category near it."""
        text, lex, count, np_limit = self.text, self.lex, ev.count, ev.np_limit
        ev.noun = noun = self._search(lex.cat_noun, count.end, np_limit)
        ev.noun_cat = Category(noun.lastgroup) if noun is not None and noun.lastgroup else None
        ev.group_m = self._search(lex.group, count.end, np_limit)
        ev.person_m = self._search(lex.person, count.end, np_limit)
        if ev.group_m is None and ev.person_m is None and lex.lang.compound_nouns and ev.np_tokens:
            # "200 Regierungssoldaten", "13 US-Soldaten": the compound's last noun is the group
            ev.group_m = lex.group_head.search(text, ev.np_tokens[0].start(), ev.np_tokens[0].end())
        ev.unit_m = self._search(lex.unit, count.end, np_limit)
        who = ev.person_m or ev.group_m
        if ev.unit_m is not None and who is not None and who.end() <= ev.unit_m.start() and text[who.end() : ev.unit_m.start()].strip():
            # (not who names the unit: "40 police cars")
            ev.unit_m = None  # "4000 Menschen mussten ihre Häuser verlassen", "25 Bewohner mussten das Gebäude verlassen"
        ev.further_m = self._search(lex.further, count.end, np_limit)
        ev.verb = verb = self._search(lex.cat_verb, count.end, ev.right_end)
        ev.verb_cat = ev.right_cat = Category(verb.lastgroup) if verb is not None and verb.lastgroup else None
        counts, i = ev.counts, ev.i
        between = text[np_limit : counts[i + 1].start].strip() if verb is None and i + 1 < len(counts) else ""
        if between.startswith(",") or between in _APPOSITIVE_OPENINGS or self._np_runs_to_comma(between):
            ev.verb = verb = self._verb_after_part(ev)
            decided = decide(_VERB_AFTER_RULES, ev) if verb is None else None
            if decided is not None:
                ev.trace.append(decided[0])
                ev.verb = verb = decided[1]
            ev.verb_cat = ev.right_cat = Category(verb.lastgroup) if verb is not None and verb.lastgroup else None
        if verb is None and ev.right_end == min(ev.next_start, count.end + _RIGHT_CHARS, ev.sentence.end) < ev.sentence.end:
            # the words read ran out before the clause's end, or met a figure (an article: "a police station")
            verb = first(_LONG_SUBJECT_RULES, ev)
            if verb is not None:
                ev.verb = verb
                ev.verb_cat = ev.right_cat = Category(verb.lastgroup) if verb.lastgroup else None
        if verb is not None and any(
            verb.end() <= c.start and not text[verb.end() : c.start].strip() for c in counts[i + 1 : i + 3]
        ):
            # "carrying 45 pilgrims overturned, killing 12": the verb has its own object; so has the verb after a
            # part's aside ("tötete 45 Menschen, darunter sechs Kinder, und verletzte 79")
            ev.verb_cat = ev.right_cat = None
            ev.trace.append("figure.verb-has-own-object")
        if ev.verb_cat is None:
            self._read_verb_before(ev)
        if lex.lang.subject_verb_object:
            # the figure is the object of the verb right before it: "killed 54 people and wounded 158"
            # a verb ending where the figure's leading space begins: matched backwards from there
            adjacent = lex.back_cat_verb.match(text, ev.left_start, ev.left_start + len(ev.left.rstrip()))
            if adjacent is None and ev.right_cat is None:  # (not "aiming to kill four of the six people who were shot")
                adjacent = self._part_object_verb(ev)
            if adjacent is not None and lex.shot.fullmatch(adjacent.group()) is not None and (
                not _many(count.value) or ev.right_cat is Category.DEATHS
            ):
                # "a man shot a 7-year-old boy and then himself" (one shot by another, dead or alive), "shot three
                # people to death" (a verb of death after the figure says what the shot counts)
                adjacent = None
                ev.trace.append("figure.shot-no-object")
            if adjacent is not None and adjacent.lastgroup:
                ev.verb_cat = ev.right_cat = Category(adjacent.lastgroup)
                ev.object_of_verb = True  # "killed 9 hikers": any noun is what was killed
                ev.trace.append("figure.object-of-verb")
        elif ev.verb_cat is None:
            adjacent = self._part_object_verb(ev)  # "Der Luftangriff tötete 12 der 40 Insassen"
            if adjacent is not None and adjacent.lastgroup:
                ev.verb_cat = ev.right_cat = Category(adjacent.lastgroup)
        ev.previous_value = bool(ev.out) and lex.previous_value.match(ev.left) is not None  # "up from 31 a day earlier"

    def _read_verb_before(self, ev: Evidence) -> None:
        """The category of the last verb of a category before a figure that has none after it."""
        lex, text, count, counts, i = self.lex, self.text, ev.count, ev.counts, ev.i
        start = ev.left_start
        if i and self.dropped and self.dropped[-1] == (counts[i - 1].start, _SUBJECT_FIRST):
            # "erschoss ein 13-Jähriger neun Menschen": the verb before the subject is the object's
            start = max(ev.sentence.start, counts[i - 1].start - _LEFT_CHARS)
            ev.trace.append(_SUBJECT_FIRST)
        last = self._last(lex.cat_verb, start, count.start)
        if last is not None and lex.contrast_word.search(text, last.end(), count.start):
            last = None  # "carried a wounded child to an ambulance while two others carried a body"
        if last is not None and self._in_relative_clause(last.end(), count.start):
            last = None  # "Vier Menschen wurden verletzt, an der rund 30 Personen beteiligt waren"
            ev.trace.append(_IN_RELATIVE_CLAUSE)
        if last is not None and last.lastgroup:
            ev.verb_cat = Category(last.lastgroup)

    def _part_object_verb(self, ev: Evidence) -> regex.Match[str] | None:
        """"arrested 40 of the 300 protesters", "tötete 12 der 40 Insassen": the verb of a category right before a
        part whose whole follows it (its figure read with the whole) is the whole's, the part its object."""
        part, i = ev.part_count, ev.i
        if part is None:
            return None
        low = max(ev.counts[i - 2].end if i > 1 else ev.sentence.start, part.start - _LEFT_CHARS)
        verb = self.lex.back_cat_verb.match(self.text, low, low + len(self.text[low : part.start].rstrip()))
        if verb is not None:
            ev.trace.append("figure.part-object-of-verb")
        return verb

    def _read_harm(self, ev: Evidence) -> None:
        """What befell the counted: the verb's category unless a toll cue names the list, the verb of
        a part, hostage-taking."""
        text, lex, count, verb = self.text, self.lex, ev.count, ev.verb
        if ev.right_cat is not None and verb is not None and ev.noun_cat is None and ev.toll is not None and not ev.object_of_verb and (
            self.lex.conj_stop.search(text, count.end, verb.start()) or self._in_next_toll(count.end, verb)
        ):
            # "stieg die Zahl der Toten auf 11 und die der Verletzten auf 63", "..., die Zahl der Verletzten auf 80": the
            # toll before the figure (not before the verb whose object it is: "fired on the crowd, killing 12 people and")
            ev.right_cat = None
            ev.trace.append("figure.toll-names-the-list")
        elif ev.right_cat is not None and ev.noun_cat is None and (name := first_name(_TOLL_CLAUSE_RULES, ev)) is not None:
            ev.right_cat = ev.verb_cat = None  # "Die Zahl der Toten stieg auf 14, viele weitere wurden verletzt"
            ev.trace.append(name)
        elif ev.right_cat is not None and verb is not None and self._survivors_beside_toll(ev, verb):
            ev.right_cat = None
            ev.trace.append("figure.survivors-beside-toll")
        harm = ev.right_cat or ev.verb_cat
        noun = ev.noun
        ev.weak_noun = ev.noun_cat is Category.DISPLACED or (noun is not None and noun.group().lower() in lex.lang.weak_nouns)
        partitive = ev.subset_after if noun is not None and harm is not None else None
        ev.own = self._search(lex.cat_verb, partitive.end(), ev.right_end) if partitive is not None else None
        if partitive is not None and ev.own is None:
            ev.own = self._verb_before_part(ev)  # "Im Krankenhaus erlagen zwei der Verletzten ihren Verletzungen"
        taken = self._search(lex.unit_verb, count.end, ev.right_end)
        if taken is not None and (
            (verb is not None and verb.end() <= taken.start())  # (not a verb inside it: "were held" of "were held hostage")
            or (ev.verb_cat is not None and self.lex.conj_stop.search(text, count.end, taken.start()))
        ):
            taken = None  # "killed eight people and kidnapped 150": the next figure's verb
        if taken is None:  # "kidnapped about 150 others", "verschleppen 150 Dorfbewohner"
            taken = lex.back_unit_verb.match(text, ev.left_start, ev.left_start + len(ev.left.rstrip()))
        ev.taken = taken

    def _verb_before_part(self, ev: Evidence) -> regex.Match[str] | None:
        """The verb right before a part that opens its clause's subject after the verb ("erlagen zwei der
        Verletzten"): at most two plain words between, none a conjunction."""
        verb = self._last(self.lex.cat_verb, max(ev.sentence.start, ev.count.start - 40), ev.count.start)
        if verb is None:
            return None
        gap = self.text[verb.end() : ev.count.start].strip()
        if gap and (len(gap.split()) > 2 or _PLAIN_WORDS.fullmatch(gap) is None or self.lex.conj_stop.search(gap)):
            return None
        return verb

    def _figure(self, ev: Evidence) -> Figure:
        """The figure's record: its span, its place (and where troops are sent) and its flags."""
        text, lex, count = self.text, self.lex, ev.count
        end = max([m.end() for m in (ev.noun, ev.group_m, ev.person_m, ev.unit_m, ev.further_m) if m is not None], default=count.end)
        if ev.group_m is not None or ev.person_m is not None:
            # "60 Kinder und Jugendliche sowie 29 Frauen": a second noun joined to the first is counted with it
            joined = lex.noun_join.match(text, end, ev.next_start)
            if joined is not None:
                second = lex.group.match(text, joined.end(), ev.next_start) or lex.person.match(text, joined.end(), ev.next_start)
                if second is not None:
                    end = second.end()
        location, location_default = place.decide(ev)
        group = ev.group
        assert group is not None
        kin = first(_KIN_RULES, ev)  # "Une femme et ses deux enfants": the one before their kin counted with them
        if kin is not None:
            group = "all"
        if ev.trace[-1] == "place.troops-sent-to" and ev.troops_unsure:  # "verlegen 3000 Soldaten nach Polen": sent abroad
            group, ev.troops_unsure = "foreign_troops", False
            ev.trace.append("group.troops-sent-abroad")
        if group == "security_forces" and lex.lang.demonyms:
            group = self._nationality(ev, location)
        ev.figure = figure = Figure(
            count=kin or ev.part_count or count,  # "21 der 60 Insassen": the toll is the part
            start=(kin or ev.part_count or count).start,
            end=end,
            category=ev.category,
            group=group,
            parent=ev.parent,
            flags=self._flags_of(ev, end),
            location=location,
            location_default=location_default,
            # "42 weitere", "40 more", "Einer von ihnen", "One of the injured": the same event goes on
            continues=ev.further_m is not None or ev.subset_after is not None,
            troops_unsure=ev.troops_unsure,
            trace=ev.trace,
            evidence=ev,
        )
        if kin is not None and Flag.DERIVED.value not in figure.flags:
            figure.flags.append(Flag.DERIVED.value)
        if kin is not None and Flag.ANECDOTAL.value in figure.flags:
            figure.flags.remove(Flag.ANECDOTAL.value)  # "Un homme et une femme ont péri": the sum is a toll, not one case
        return figure

    def _multiplicity(self, count: Count) -> regex.Match[str] | None:
        """The word of multiplicity a figure is ("double homicide", "Erschießung eines"), if any: its
        group's name is "<category>__<group>"."""
        found = self.lex.multiplicity.match(self.text, count.start)
        if (found is None or found.end() != count.end) and count.value in (1, 2) and (self.lex.lang.injured_object_words or self.lex.lang.verb_first_words):
            # one injured named after the verb ("critically injuring his father"), or two shot ("shot his wife and son"):
            # its words name it too
            found = self.lex.injured_object.match(self.text, count.start)
        return found if found is not None and found.end() == count.end else None

    def _nationality(self, ev: Evidence, location: str | None) -> str:
        """Security forces of another nation than the place's ("three Israeli soldiers" wounded in Lebanon)."""
        where = self._place(location) if location else None
        home = where.country if where is not None else self.doc.country
        for token in _TOKEN.finditer(self.text, ev.count.end, ev.np_limit):
            nation = self._nation(token.group())
            if nation is not None and home is not None and nation != home:
                ev.trace.append("group.foreign-nationality")
                return "foreign_troops"
        return "security_forces"

    def _flags_of(self, ev: Evidence, end: int) -> list[str]:
        lex, text = self.lex, self.text
        flags: list[str] = []
        ev.flags = flags  # the flags so far, for the rules that look at them
        if ev.count.surface.lower() in lex.one_case and first(_ONE_RULES, ev) is None:
            flags.append(Flag.ANECDOTAL.value)  # "einen toten Mann", "a police officer", "both drivers": one case, not a toll
        if ev.category in _HARM:  # (cheap test first) only a toll is flagged so
            for name, run in _FLAG_RULES:
                flag = run(ev)
                if flag is not None and flag not in flags:
                    flags.append(flag)
                    ev.trace.append(name)
        # "darunter auch Sicherheitskräfte": a total that includes a group
        tail = lex.subset_tail.search(text[end : ev.right_end])
        if tail is not None:
            included = lex.group.match(text, end + tail.end(), ev.right_end)
            if included is None and tail.group("skip"):  # "including members of the security forces"
                included = lex.group.match(text, end + tail.start("skip"), ev.right_end)
            if included is not None and included.lastgroup:
                flags.append(f"includes_{included.lastgroup}")
        return flags

    def _paired_dash(self, sentence: Sentence, dash: regex.Match[str]) -> bool:
        """Whether a dash opens or closes an aside set off by a second one, as commas would."""
        mark = dash.group().strip()
        text = self.text
        before = text.rfind(f" {mark} ", max(sentence.start, dash.start() - _ASIDE_CHARS), dash.start())
        return before >= 0 or text.find(f" {mark} ", dash.end(), min(sentence.end, dash.end() + _ASIDE_CHARS)) >= 0

    def _restated(
        self,
        count: Count,
        out: list[Figure],
        np_tokens: list[regex.Match[str]],
        noun: regex.Match[str] | None,
        person: regex.Match[str] | None,
        left_start: int,
        left: str,
    ) -> Figure | None:
        """The claim a bare figure restates when a source states it with no noun of its own: right
        after a speech cue ("Die Veranstalter sprachen von 250.000", "organisers put the turnout at
        100,000") or right before a speech verb ("..., während die Veranstalter von 20.000 sprachen"):
        the figure before it, in this sentence or the last one of the paragraph."""
        before = out[-1] if out else (self.last_items[-1] if self.last_items else None)
        if before is None or noun is not None:
            return None
        lex = self.lex
        cue_before = lex.back_speech.match(self.text, left_start, left_start + len(left.rstrip())) is not None
        if not cue_before:
            return before if np_tokens and lex.speech.match(self.text, np_tokens[0].start()) else None
        if not np_tokens or (person is not None and person.start() == np_tokens[0].start()):
            return before  # "sprachen von 250.000", "sprachen von mehr als 20.000 Menschen"
        if lex.speech.match(self.text, np_tokens[0].start()) is not None:
            return before  # the speech verb's own word after it: "gaben die Zahl mit 40.000 an"
        return None

    def _survivors_beside_toll(self, ev: Evidence, verb: regex.Match[str]) -> bool:
        """"Rescuers pulled 12 survivors from the rubble, while the death toll climbed to 97": a figure whose noun,
        right after it, names people the harm did not befall (``unharmed_nouns``) takes no verb that is the word of
        a toll cue after it (the next figure's toll)."""
        end = ev.count.end
        if not self.text[end : end + 1].isspace() or self.lex.unharmed.match(self.text, end + 1) is None:
            return False
        return self._in_next_toll(end, verb)

    def _in_next_toll(self, start: int, verb: regex.Match[str]) -> bool:
        """Whether the verb after a figure is the word of a toll cue of its own ("die Zahl der Verletzten")."""
        toll = self._search(self.lex.toll, start, verb.end())
        return toll is not None and toll.start() <= verb.start()

    def _toll(self, start: int, end: int) -> Category | None:
        """The category of the last toll cue before a figure ("die Zahl der Toten stieg auf")."""
        toll = self._last(self.lex.toll, start, end)
        return Category(toll.lastgroup) if toll is not None and toll.lastgroup else None

    def _in_relative_clause(self, start: int, end: int) -> bool:
        """Whether a relative clause about a thing named before opens after a comma between ``start`` and a figure at
        ``end``, no other punctuation after its opener (``relative_openers``: ", an der rund 30 Personen beteiligt
        waren", ", in dem 40 Fahrgäste saßen"): the figure is its subject or object, not the main clause's."""
        if not self.lex.lang.relative_openers:
            return False
        last_end = max((m.end() for m in self.lex.relative_opener.finditer(self.text, start, end)), default=None)
        return last_end is not None and _NP_STOP.search(self.text, last_end, end) is None

    def _coordinated(self, counts: list[Count], i: int, np_end: int, sentence: Sentence) -> Category | None:
        """The category of a figure joined to the next one ("vier Menschen wurden schwer, elf leicht
        verletzt"): the next figure's verb, when only a conjunction, a comma or a few small words part them,
        and no verb of no category is the figure's own ("78 Migranten wurden gerettet, 41 weitere gelten als
        vermisst": uncounted_verbs; nor one just before it in its clause, "Rettungskräfte bargen 40 Menschen aus den
        Trümmern, acht davon tot") nor a verb of saying parts them ("Zwei Sicherheitsquellen sagten, 12 ...")."""
        if i + 1 >= len(counts):
            return None
        nxt = counts[i + 1]
        between = self.text[np_end : nxt.start]
        if len(between) > 40 or not (self.lex.conj_stop.search(between) or "," in between or any(f" {d} " in between for d in _DASHES)):
            return None
        if self.lex.lang.uncounted_verbs and (
            self._search(self.lex.uncounted_verb, counts[i].end, nxt.start) is not None or self._uncounted_before(counts, i, sentence)
        ):
            return None
        if self._search(self.lex.speech, counts[i].end, nxt.start) is not None:
            return None  # "Zwei Sicherheitsquellen sagten, 12 Soldaten seien getötet worden": who says, no list
        if self._in_relative_clause(max(sentence.start, counts[i].start - _LEFT_CHARS), counts[i].start):
            return None  # "Bei dem Angriff auf die Schule, die von 300 Kindern besucht wird, wurden zwei Lehrer getötet"
        first = self._first_joined(counts, i)
        load = self.lex.contrast_word.search(self.text, max(sentence.start, counts[first].start - _LOAD_CHARS), counts[first].start)
        loaded = load is not None and not _NP_STOP.search(self.text, load.end(), counts[first].start)
        if loaded and ("," in between or not self.lex.conj_stop.fullmatch(between.strip())):
            # "Ein Bus mit 40 Fahrgästen verunglückte, 12 wurden verletzt": a load, of another clause (not two figures
            # of one load, "carrying 68 passengers and four crew members when it crashed, killing everyone"); the
            # load read before the first of figures joined by a conjunction ("mit 40 Fahrgästen und zwei Fahrern")
            return None
        if self.lex.lang.subject_verb_object:
            # "Thousands of people held a vigil in Kyiv, and three ...": a clause of its own, not a list
            words = [t.group() for t in _TOKEN.finditer(self.text, counts[i].end, np_end)]
            known = (self.lex.group, self.lex.person, self.lex.cat_noun, self.lex.unit)
            # (or its first, where adjectives follow their noun: "Trois soldats maliens et un civil ont été tués")
            heads = words[-1:] + (words[:1] if self.lex.lang.adjectives_after_nouns and len(words) <= 3
                                  and all(w[:1].islower() for w in words[1:]) else [])
            if self.lex.np_stop.search(between) or (
                len(words) > 1 and not any(p.fullmatch(w) for p in known for w in heads)
            ):
                return None
        if any(self._is_speaker_head(t.group()) for t in _TOKEN.finditer(between)):
            return None
        opener = _TOKEN.match(self.text, nxt.start)
        if opener is not None and opener.group().lower() in self.lex.lang.relative_pronouns:
            return None  # "Ein Mann, dessen Frau verletzt wurde": the relative clause's subject, no list
        end = min(counts[i + 2].start if i + 2 < len(counts) else sentence.end, nxt.end + _RIGHT_CHARS, sentence.end)
        verb = None
        if self.lex.subset_end.search(between) is not None:
            verb = self._verb_after_aside(counts, i, sentence)
        if verb is None:
            verb = self._search(self.lex.cat_verb, nxt.end, end)
        if verb is None or not verb.lastgroup:
            return None
        if loaded and _has_own_object(self.text, verb, counts[i + 2 : i + 3]):
            return None  # "carrying 40 passengers and two drivers when it overturned, injuring 12": the verb's own figure
        category = Category(verb.lastgroup)
        return category if category in _CORE else None

    def _first_joined(self, counts: list[Count], i: int) -> int:
        """The first of the figures joined to figure ``i`` by conjunctions alone, each with its noun ("40 Fahrgästen
        und zwei Fahrern"): where a load's word before them is read."""
        while i > 0:
            gap = self.text[counts[i - 1].end : counts[i].start]
            if len(gap) > _JOINED_CHARS or _NP_STOP.search(gap) or not self.lex.conj_stop.search(gap):
                break
            i -= 1
        return i


_IN_RELATIVE_CLAUSE = "figure.in-relative-clause"  # the verb before a figure in a relative clause is not its own
_LOAD_CHARS = 24  # characters: how far before a figure a word of contrast or load ("Bus mit", "carrying") is read


_JOINED_CHARS = 30  # characters: the most between two figures of one list ("40 Fahrgästen und zwei")


def _has_own_object(text: str, verb: regex.Match[str], after: list[Count]) -> bool:
    """Whether a figure stands right after a verb: its own object ("injuring 12"), not the figures before it."""
    return any(verb.end() <= c.start and not text[verb.end() : c.start].strip() for c in after)


def _many(value: object) -> bool:
    """A count of two or more: the object a verb of the shot counts ("the gunman shot four people")."""
    return isinstance(value, int) and value >= 2
