"""Stage: figures."""

from __future__ import annotations

import regex

from ..models import (
    Category,
    Count,
    Flag,
    Qualifier,
)
from .doc import Figure, Sentence
from .patterns import (
    _ASIDE_CHARS,
    _BARE_JOIN,
    _CLAUSE_STOP,
    _CONJ_STOP,
    _CORE,
    _CROWDS,
    _CUE_CHARS,
    _DASHES,
    _HARM,
    _LEFT_CHARS,
    _NOUN_JOIN,
    _NP_CHARS,
    _NP_STOP,
    _RIGHT_CHARS,
    _TOKEN,
    _backwards,
)
from .place import PlaceStage


class FiguresStage(PlaceStage):
    def _claims_of(self, sentence: Sentence) -> list[Figure]:
        text = self.text
        lex = self.lex
        out: list[Figure] = []
        counts = sentence.counts
        for i, count in enumerate(counts):
            if i + 1 < len(counts) and lex.part_of_number.fullmatch(text, count.end, counts[i + 1].start):
                continue  # "21 der 60 Insassen wurden verletzt": read with the whole it is a part of
            part_count = counts[i - 1] if i and lex.part_of_number.fullmatch(text, counts[i - 1].end, count.start) else None
            prev_end = counts[i - 1].end if i else sentence.start
            next_start = counts[i + 1].start if i + 1 < len(counts) else sentence.end
            right_end = min(next_start, count.end + _RIGHT_CHARS, sentence.end)
            stop = _CLAUSE_STOP.search(text, count.end, right_end)
            while stop is not None and stop.group().strip() in _DASHES and self._paired_dash(sentence, stop):
                stop = _CLAUSE_STOP.search(text, stop.end(), right_end)  # "18 people – eight of them children – have been killed"
            if stop is not None:
                right_end = stop.start()
            np_end = min(right_end, count.end + _NP_CHARS)
            np_stop = _NP_STOP.search(text, count.end, np_end)
            if np_stop is not None:
                np_end = np_stop.start()
            conj = _CONJ_STOP.search(text, count.end, np_end)
            if conj is not None:
                np_end = conj.start()
            word_stop = self._search(lex.np_stop, count.end, np_end)  # "18 wounded when a gunman ..."
            if word_stop is not None:
                np_end = word_stop.start()
            np_tokens = list(_TOKEN.finditer(text, count.end, np_end))[:4]
            np_limit = np_tokens[-1].end() if np_tokens else count.end
            left_start = max(prev_end, count.start - _LEFT_CHARS, sentence.start)
            left = text[left_start : count.start]

            noun = self._search(lex.cat_noun, count.end, np_limit)
            noun_cat = Category(noun.lastgroup) if noun is not None and noun.lastgroup else None
            group_m = self._search(lex.group, count.end, np_limit)
            person_m = self._search(lex.person, count.end, np_limit)
            if group_m is None and person_m is None and lex.lang.compound_nouns and np_tokens:
                # "200 Regierungssoldaten", "13 US-Soldaten": the compound's last noun is the group
                group_m = lex.group_head.search(text, np_tokens[0].start(), np_tokens[0].end())
            unit_m = self._search(lex.unit, count.end, np_limit)
            if unit_m is not None and person_m is not None and person_m.start() < unit_m.start():
                unit_m = None  # "4000 Menschen mussten ihre Häuser verlassen": the people are counted
            further_m = self._search(lex.further, count.end, np_limit)
            verb = self._search(lex.cat_verb, count.end, right_end)
            verb_cat = Category(verb.lastgroup) if verb is not None and verb.lastgroup else None
            if (
                verb_cat in _HARM
                and verb is not None
                and (noun is None or noun.start() >= verb.start())
                and lex.negated.match(text[max(count.end, verb.start() - 40) : verb.start()])
            ):
                continue  # "29 Personen wurden nicht oder nur minimal verletzt", "12 people were not injured"
            right_cat = verb_cat
            if (
                lex.lang.subject_verb_object
                and verb is not None
                and i + 1 < len(counts)
                and not text[verb.end() : counts[i + 1].start].strip()
            ):
                verb_cat = right_cat = None  # "carrying 45 pilgrims overturned, killing 12": the verb has its own object
            if verb_cat is None:
                last = self._last(lex.cat_verb, left_start, count.start)
                if last is not None and lex.contrast_word.search(text, last.end(), count.start):
                    last = None  # "carried a wounded child to an ambulance while two others carried a body"
                if last is not None and last.lastgroup:
                    verb_cat = Category(last.lastgroup)
            object_of_verb = False
            if lex.lang.subject_verb_object:
                # the figure is the object of the verb right before it: "killed 54 people and wounded 158"
                # a verb ending where the figure's leading space begins: matched backwards from there
                adjacent = _backwards(lex.cat_verb).match(text, left_start, left_start + len(left.rstrip()))
                if adjacent is not None and adjacent.lastgroup:
                    verb_cat = right_cat = Category(adjacent.lastgroup)
                    object_of_verb = True  # "killed 9 hikers": any noun is what was killed
            previous_value = bool(out) and lex.previous_value.match(left) is not None  # "up from 31 a day earlier"
            if (
                lex.lang.figure_needs_known_noun
                and not previous_value
                and not (
                    (object_of_verb or (i + 1 < len(counts) and _CONJ_STOP.fullmatch(text[np_end : counts[i + 1].start].strip(" ,"))))
                    and np_tokens
                    and np_tokens[0].group().lower().endswith(lex.lang.person_suffixes or ("\0",))
                )  # "killed 9 hikers", "Nine hikers and three guides", not "killed 2 million jobs"
                and np_tokens
                and np_tokens[0].group()[:1].islower()
                and not any(m is not None for m in (noun, group_m, person_m, unit_m, further_m))
                and not self._search(  # "17,000 remain in detention": a verb phrase, not a noun
                    lex.cat_verb, count.end, right_end if np_tokens[0].group().lower() in lex.stopwords else np_limit
                )
                and not self._search(lex.participant_verb, count.end, np_limit)
                and not lex.subset_after.match(text, count.end)
            ):
                continue  # "two passenger trains": the figure counts something else
            if lex.lang.capitalized_nouns and np_tokens and np_tokens[0].group()[:1].isupper() and not previous_value:
                known = [m.start() for m in (noun, group_m, person_m, unit_m, further_m) if m is not None]
                if known and min(known) >= np_tokens[0].end() and not lex.subset_after.match(text, count.end):
                    continue  # "einige Einzelheiten zum Täter", "14 Provinzen des Landes Todesfälle": the figure counts another noun
            if (
                lex.lang.figure_needs_known_noun
                and count.surface.lower() in lex.lang.not_alone
                and not (
                    (group_m or person_m)
                    and (
                        noun
                        or object_of_verb  # "The strike killed a child, three women and a man"
                        or self._affected(self._search(lex.cat_verb, count.end, np_limit), counts, i)
                        or (out and lex.subset_end.match(left))
                    )
                )
            ):
                continue  # an article counts a person only as the one affected ("A police officer was killed") or as part of a toll ("including a police officer")
            subset = lex.subset_end.match(left) or lex.subset_after.match(text, count.end)
            parent = out[-1] if out and subset else None
            if parent is None and subset and not out and self.last_items and not lex.subset_after.match(text, count.end):
                parent = self.last_items[-1]  # "... 40 Menschen getötet. Unter den Toten seien sechs Kinder"
            connector = text[out[-1].end : count.start] if out and out[-1].count is counts[i - 1] else None
            if parent is None and connector is not None and out[-1].parent is not None and _CONJ_STOP.fullmatch(connector.strip(" ,")):
                parent = out[-1].parent  # "darunter 43 Kinder und 25 Frauen"

            category: Category | None
            restated: Figure | None = None
            if (
                right_cat is not None
                and verb is not None
                and noun_cat is None
                and _CONJ_STOP.search(text, count.end, verb.start())
                and self._toll(max(sentence.start, count.start - _CUE_CHARS), count.start) is not None
            ):
                right_cat = None  # "stieg die Zahl der Toten auf 11 und die der Verletzten auf 63": the toll before the figure
            harm = right_cat or verb_cat
            weak_noun = noun_cat is Category.DISPLACED or (noun is not None and noun.group().lower() in lex.lang.weak_nouns)
            partitive = lex.subset_after.match(text, count.end) if noun is not None and harm is not None else None
            own = self._search(lex.cat_verb, partitive.end(), right_end) if partitive is not None else None
            taken = self._search(lex.unit_verb, count.end, right_end)
            if taken is not None and (
                (verb is not None and verb.start() < taken.start())
                or (verb_cat is not None and _CONJ_STOP.search(text, count.end, taken.start()))
            ):
                taken = None  # "killed eight people and kidnapped 150": the next figure's verb
            if taken is None:  # "kidnapped about 150 others", "verschleppen 150 Dorfbewohner"
                taken = _backwards(lex.unit_verb).match(text, left_start, left_start + len(left.rstrip()))
            if taken is not None and taken.lastgroup and noun_cat not in _CORE:
                # "acht Menschen getötet und etwa 150 weitere entführt", "kidnapped about 150 others": hostages
                category = Category.OTHER
                unit_m = taken
            elif own is not None and own.lastgroup and Category(own.lastgroup) in _HARM:
                # "Einer der Verletzten erlag seinen Verletzungen", "One of the injured later died":
                # the verb after the part says what befell it
                category = Category(own.lastgroup)
            elif weak_noun and harm is not None and harm in _HARM:
                category = harm  # "12 refugees were killed", "12 Opfer wurden im Krankenhaus behandelt": the verb says it
            elif weak_noun and (weak_toll := self._toll(max(sentence.start, count.start - _CUE_CHARS), count.start)) in _HARM:
                category = weak_toll  # "die Leichen von zwei geflüchteten Frauen"
            elif noun_cat in _CORE:
                category = noun_cat
            elif right_cat in _CORE:
                category = right_cat
            elif (toll_cat := self._toll(max(sentence.start, count.start - _CUE_CHARS), count.start)) is not None:
                category = toll_cat  # "die Zahl der Toten stieg auf 301", "the death toll rose to 301"
            elif noun_cat is Category.PARTICIPANTS or (
                noun_cat is None and np_tokens and lex.participant_verb.match(text, np_tokens[0].start())
            ):
                category = Category.PARTICIPANTS  # "were detained after around 2,500 took part": the crowd, not the arrests
            elif unit_m is not None and not (group_m or person_m) and count.qualifier is not Qualifier.VAGUE:
                category = Category.OTHER  # "etwa 250 als Geiseln verschleppt", "70 Kontrollpunkte errichtet"
            elif verb_cat in _CORE:
                category = verb_cat
            elif noun_cat is Category.TROOPS and (shared := self._coordinated(counts, i, np_limit, sentence)) is not None:
                category = shared  # "Five soldiers and two civilians were wounded": the verb of the list
            elif noun_cat is Category.TROOPS or (
                verb_cat is Category.TROOPS and (group_m is not None and group_m.lastgroup in ("security_forces", "foreign_troops"))
            ):
                category = Category.TROOPS
            elif parent is not None:
                category = parent.category
            elif out and out[-1].count is counts[i - 1] and (
                _CONJ_STOP.fullmatch(connector := text[out[-1].end : count.start].strip(" ,")) or (not connector and (group_m or person_m))
            ):
                category = out[-1].category  # "19 children and two teachers", "20 soldiers and 15 militants"
            elif (
                group_m is not None
                and group_m.lastgroup == "attackers"
                and (shared := self._coordinated(counts, i, np_limit, sentence)) is not None
            ):
                category = shared  # "Zwischen vier und sechs Attentäter sowie zwei Wachleute wurden getötet"
            elif (
                (group_m is not None and group_m.lastgroup == "attackers")
                or (
                    (group_m is not None or person_m is not None or (count.vague_word is not None and (count.low or 0) >= 100))
                    and self._search(lex.participant_verb, left_start, right_end)
                )
                or (np_tokens and lex.participant_verb.match(text, np_tokens[0].start()))  # "200,000 took part"
            ):
                category = Category.PARTICIPANTS
                if group_m is not None and group_m.lastgroup == "security_forces":
                    category = Category.TROOPS  # "Beteiligt waren mehr als 1.000 Beamte": a deployment, not a crowd
            elif unit_m is not None and count.qualifier is not Qualifier.VAGUE:
                category = Category.OTHER
            elif out and ((not np_tokens and not noun) or previous_value):
                category = out[-1].category  # "die Polizei sprach von 338.000 Teilnehmern, die Veranstalter von 500.000"
            elif (restated := self._restated(count, out, np_tokens, noun, person_m, left_start, left)) is not None:
                category = restated.category  # "..., während die Veranstalter von 20.000 sprachen"
            else:
                category = self._coordinated(counts, i, np_limit, sentence)  # "170 Afghanen und 13 US-Soldaten getötet"
                if category is None:
                    continue
            if (
                category is Category.TROOPS
                and unit_m is not None
                and unit_m.lastgroup == "rescuers"
                and (noun is None or unit_m.start() <= noun.start())
            ):
                category = Category.OTHER  # "24,400 emergency personnel were deployed", "500 Rettungskräfte entsandt"
            if count.qualifier is Qualifier.VAGUE and category not in _CORE and category not in _CROWDS:
                continue
            if category not in _CORE and count.surface.lower() in lex.one_case:
                continue  # "einem Auto", "a soldier", "beide Soldaten": an article is a figure only for a core toll
            if parent is not None and noun_cat not in _CORE and verb is not None and _NP_STOP.search(text, count.end, verb.start()):
                category = parent.category  # "killed 45 people, including six children, and wounded 79"

            # who was counted
            group: str | None = group_m.lastgroup if group_m is not None else None
            if category is Category.OTHER and unit_m is not None:
                group = unit_m.lastgroup
            if group is None:
                side = self._last(lex.side, max(sentence.start, count.start - _CUE_CHARS), count.start)
                if side is not None:
                    side_group = lex.group.match(text, side.end(), count.start)
                    if side_group is not None:
                        group = side_group.lastgroup
            if group is None and restated is not None:
                group = restated.group
            if group is None and further_m is not None and out:
                # "killed 14 people, nine of whom were children, and wounded dozens more": more of the whole
                group = (out[-1].parent or out[-1]).group
            if group is None and parent is None and out and not person_m and not noun and _BARE_JOIN.fullmatch( text[counts[i - 1].end : count.start].split(" ", 3)[-1]
            ):
                group = out[-1].group
            troops_unsure = False
            if category is Category.TROOPS and group in (None, "security_forces", "all"):
                window_start = max(sentence.start, count.start - 120)
                if self._search(lex.foreign, window_start, min(sentence.end, count.end + 120)):
                    group = "foreign_troops"
                else:
                    group = "security_forces"
                    troops_unsure = True
            if group is None and category is Category.PARTICIPANTS and not person_m:
                group = out[-1].group if out and out[-1].category == category.value else None
            part = lex.subset_after.match(text, count.end) if group is None else None
            if part is not None:
                # "Eleven of the dead were children": the group follows the part, one or two words on
                said = lex.group.search(text, part.end(), min(right_end, part.end() + 30))
                if said is not None and len(self._tokens(part.end(), said.start())) <= 2:
                    group = said.lastgroup
            if group is None and parent is not None and part is not None:
                group = parent.group  # "30 protesters were hurt, two of them seriously"
            if group is None:
                group = "protesters" if category is Category.PARTICIPANTS else "all"

            end = max([m.end() for m in (noun, group_m, person_m, unit_m, further_m) if m is not None], default=count.end)
            if group_m is not None or person_m is not None:
                # "60 Kinder und Jugendliche sowie 29 Frauen": a second noun joined to the first is counted with it
                joined = _NOUN_JOIN.match(text, end, next_start)
                if joined is not None:
                    second = lex.group.match(text, joined.end(), next_start) or lex.person.match(text, joined.end(), next_start)
                    if second is not None:
                        end = second.end()
            location, location_default = self._location(
                sentence, count, parent, counts[i + 1].start if i + 1 < len(counts) else None
            )
            if category is Category.TROOPS:
                destination = self._destination(sentence, count)
                if destination is not None:  # "verlegen 3000 Soldaten nach Polen": troops sent abroad
                    location, location_default = destination, False
                    if troops_unsure:
                        group, troops_unsure = "foreign_troops", False
            if group == "security_forces" and lex.lang.demonyms:
                where = self._place(location) if location else None
                home = where.country if where is not None else self.doc.country
                for token in _TOKEN.finditer(text, count.end, np_limit):
                    nation = self._nation(token.group())
                    if nation is not None and home is not None and nation != home:
                        group = "foreign_troops"  # "three Israeli soldiers" wounded in Lebanon
                        break
            flags: list[str] = []
            if count.surface.lower() in lex.one_case:
                flags.append(Flag.ANECDOTAL.value)  # "einen toten Mann", "a police officer", "both drivers": one case, not a toll
            # "darunter auch Sicherheitskräfte": a total that includes a group
            tail = lex.subset_tail.search(text[end:right_end])
            if tail is not None:
                included = lex.group.match(text, end + tail.end(), right_end)
                if included is None and tail.group("skip"):  # "including members of the security forces"
                    included = lex.group.match(text, end + tail.start("skip"), right_end)
                if included is not None and included.lastgroup:
                    flags.append(f"includes_{included.lastgroup}")
            out.append(
                Figure(
                    count=part_count or count,  # "21 der 60 Insassen": the toll is the part
                    start=(part_count or count).start,
                    end=end,
                    category=category,
                    group=group,
                    parent=parent,
                    flags=flags,
                    location=location,
                    location_default=location_default,
                    # "42 weitere", "40 more", "Einer von ihnen", "One of the injured": the same event goes on
                    continues=further_m is not None or lex.subset_after.match(text, count.end) is not None,
                    troops_unsure=troops_unsure,
                )
            )
        return out

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
        cue_before = _backwards(lex.speech).match(self.text, left_start, left_start + len(left.rstrip())) is not None
        if not cue_before:
            return before if np_tokens and lex.speech.match(self.text, np_tokens[0].start()) else None
        if not np_tokens or (person is not None and person.start() == np_tokens[0].start()):
            return before  # "sprachen von 250.000", "sprachen von mehr als 20.000 Menschen"
        return None

    def _toll(self, start: int, end: int) -> Category | None:
        """The category of the last toll cue before a figure ("die Zahl der Toten stieg auf")."""
        toll = self._last(self.lex.toll, start, end)
        return Category(toll.lastgroup) if toll is not None and toll.lastgroup else None

    def _coordinated(self, counts: list[Count], i: int, np_end: int, sentence: Sentence) -> Category | None:
        """The category of a figure joined to the next one ("vier Menschen wurden schwer, elf leicht
        verletzt"): the next figure's verb, when only a conjunction, a comma or a few small words part them."""
        if i + 1 >= len(counts):
            return None
        nxt = counts[i + 1]
        between = self.text[np_end : nxt.start]
        if len(between) > 40 or not (_CONJ_STOP.search(between) or "," in between or any(f" {d} " in between for d in _DASHES)):
            return None
        if self.lex.lang.subject_verb_object:
            # "Thousands of people held a vigil in Kyiv, and three ...": a clause of its own, not a list
            words = [t.group() for t in _TOKEN.finditer(self.text, counts[i].end, np_end)]
            last = words[-1] if words else ""
            if self.lex.np_stop.search(between) or (
                len(words) > 1
                and not any(p.fullmatch(last) for p in (self.lex.group, self.lex.person, self.lex.cat_noun, self.lex.unit))
            ):
                return None
        if any(self._is_speaker_head(t.group()) for t in _TOKEN.finditer(between)):
            return None
        end = min(counts[i + 2].start if i + 2 < len(counts) else sentence.end, nxt.end + _RIGHT_CHARS, sentence.end)
        verb = self._search(self.lex.cat_verb, nxt.end, end)
        if verb is None or not verb.lastgroup:
            return None
        category = Category(verb.lastgroup)
        return category if category in _CORE else None

    def _affected(self, verb: regex.Match[str] | None, counts: list[Count], i: int) -> bool:
        """A category verb after a figure's noun phrase says what happened to it, unless the verb has
        a figure of its own as object ("a gunman killed nine people")."""
        if verb is None:
            return False
        return not (i + 1 < len(counts) and not self.text[verb.end() : counts[i + 1].start].strip())
