"""Stage: speaker, the noun phrase a source cue points at (before or after it), the subject of a
speech verb and the authority acting in a clause. What a phrase names is read in ``speaker_names.py``."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

import regex

from ..models import (
    Count,
)
from .doc import Sentence
from .patterns import (
    _ACRONYM,
    _CLAUSE_BREAK,
    _DIGIT,
    _LAST_WORD_AT,
    _NAME_BEFORE_COMMAS,
    _NAME_IN_COMMAS,
    _NP_STOP,
    _SHORT_NAME,
    _SUBJECT_STOP_BACK,
    _TOKEN,
)
from .rules import RuleOf, decide, productions
from .speaker_names import SpeakerNamesStage


def _joined_modifiers(j: tuple[SpeakerStage, list[regex.Match[str]], int]) -> bool | None:
    """ "the search and rescue agency said": the conjunction ``tokens[k]`` joins two words that modify
    one speaker noun, no clause before it: one word before it that is no verb, a word after it that is no
    speaker noun and then the noun. The subject keeps its words before the conjunction."""
    x, tokens, k = j
    if k != 1 or len(tokens) < 4 or x._is_speaker_head(tokens[2].group()) or not x._is_speaker_head(tokens[-1].group()):
        return None
    lo, hi = tokens[0].start(), tokens[0].end()
    if x._search(x.lex.cat_verb, lo, hi) is not None or x._search(x.lex.speech, lo, hi) is not None:
        return None
    return True


JOIN_RULES: tuple[RuleOf[tuple[SpeakerStage, list[regex.Match[str]], int], bool], ...] = (
    RuleOf("speaker.joined-modifiers", "en",
           "A total of 64 people have been confirmed dead after the ferry sank, the search and rescue agency said.", _joined_modifiers),
)
"""Where a conjunction inside a speech verb's subject joins the words of one name, not a clause before it."""

_JOIN = productions(JOIN_RULES)
_OWNER_ADJECTIVES = 2  # at most between an owner's article and its head: "der russischen Armee"


class SpeakerStage(SpeakerNamesStage):
    __slots__ = ()

    def _np_stop(self, pos: int, end: int) -> int:
        """Where a noun phrase from ``pos`` ends (at most ``end``): at a comma, a bracket, a dash or a
        full stop, but not at the dot of an abbreviation the sentences run on over ("according to Lt.
        Col. John Smith", "lt. Polizei")."""
        text = self.text
        stop = _NP_STOP.search(text, pos, end)
        while stop is not None and text[stop.start()] == "." and (
            (word := _LAST_WORD_AT.search(text, max(pos, stop.start() - 12), stop.start())) is not None
            and word.group().casefold() in self.lex.lang.abbreviations
        ):
            stop = _NP_STOP.search(text, stop.end(), end)
        return stop.start() if stop is not None else end

    def _speaker_article(self, pos: int, start: int) -> bool:
        """Whether the figure at ``start`` opens the noun phrase at ``pos`` as the article of a speaker's noun
        ("sagte ein Arzt", "laut einer Ärztin"): the speaker (figure.speaker-after-speech-verb drops it as a count)."""
        if self.text[pos:start].strip():
            return False
        words = self._tokens(start, min(len(self.text), start + 60))[:2]
        return (
            len(words) == 2
            and words[0].group().lower() in self.lex.lang.not_alone
            and self._is_speaker_head(words[1].group())
        )

    def _np_after(self, pos: int, limit: int) -> str | None:
        text = self.text
        end = self._np_stop(pos, min(limit, pos + 70))
        figure = bisect.bisect_left(self.count_starts, pos)
        if figure < len(self.count_starts) and self._speaker_article(pos, self.count_starts[figure]):
            figure += 1  # "sagte ein Arzt": the article of the speaker's noun, no figure
        if figure < len(self.count_starts) and self.count_starts[figure] < end:
            end = self.count_starts[figure]  # "meldete Dutzende Festnahmen": a figure is no speaker
        tokens = self._tokens(pos, end)[:9]
        # a set phrase, after an article too: "according to official figures", "selon une source sécuritaire"
        lead = next((t for t in tokens[:2] if not self.lex.article.fullmatch(t.group())), None)
        if lead is not None and self.lex.phrase_any.match(text, lead.start(), end) is not None:
            phrase = self._phrase(lead.start(), end, anchored=True)
            if phrase:
                return phrase
        first: int | None = None
        named = self._search(self.lex.named_any, pos, min(end + 40, limit))
        if named is not None and named.lastgroup and tokens and named.start() < tokens[min(2, len(tokens) - 1)].end():
            return self.lex.named_sources[int(named.lastgroup[1:])][1]  # "der Vereinten Nationen": UN
        for i, tok in enumerate(tokens):
            word = tok.group()
            if self.lex.article.fullmatch(word) or (first is None and self._calendar_word(word)):
                continue  # "a indiqué lundi la police": the day is no part of the name
            if any(ch.isdigit() for ch in word):
                tokens = tokens[:i]  # "said 120 police officers were hurt": a counted group, not a speaker
                break
            if first is None:
                first = tok.start()
            if (self._is_speaker_head(word) or self._joined_name_at(tokens, i)) and not (
                i + 1 < len(tokens) and self.lex.modifier_after.fullmatch(tokens[i + 1].group())
                and any(self._is_speaker_head(t.group()) for t in tokens[i + 2 :])
            ) and not (i > 1 and self._owner_after_noun(tokens, i)):  # "gab die Verluste der Armee ... an": the losses' owner
                if first < tok.start() and self.lex.lang.elided_articles and self.lex.elided.match(word) is not None:
                    first = tok.start()  # "un chiffre contesté par l'opposition": the article elided before the head opens it
                return self._headed(tokens, i, first, pos)
        return self._name_after_cue(tokens, pos, end)

    def _joined_name_at(self, tokens: list[regex.Match[str]], i: int) -> bool:
        """Where nouns are capitalised, whether ``tokens[i]`` opens a body's name joined by a small word to its
        capitalised complement ("das Zentrum für Menschenrechte", "des Amts für Statistik"): the noun before the
        small word heads the name, though it is no speaker's noun alone ("im Zentrum Irans")."""
        return (
            self.lex.lang.capitalized_nouns
            and i + 2 < len(tokens)
            and tokens[i + 1].group() in self.lex.lang.name_joiners
            and tokens[i].group()[:1].isupper()
            and tokens[i + 2].group()[:1].isupper()
            and not self._calendar_word(tokens[i + 2].group())
        )

    def _headed(self, tokens: list[regex.Match[str]], i: int, first: int, pos: int) -> str | None:
        """The speaker a noun phrase headed by the speaker noun ``tokens[i]`` names, with a name after
        its title, a name joined by small words, a compound of speaker nouns or its institution."""
        head = tokens[i]
        word, text = head.group(), self.text
        lead = self._title_lead(tokens, i)
        if lead + 1 < len(tokens) and self.name_after_lower_kind(tokens[lead].group(), tokens[lead + 1].group()):
            head = tokens[lead + 1]  # "le syndicat Alliance": a speaker noun that is a name (a town's too)
        j = lead + 1 if head is tokens[i] else lead + 2
        outlets = self.lex.lang.dateline_sources  # "die Nachrichtenagentur dpa": an agency as it writes itself
        while j < len(tokens) and (tokens[j].group()[:1].isupper() or tokens[j].group() in outlets) and j - lead <= 3 and (
            _ACRONYM.fullmatch(tokens[j].group()) or tokens[j].group() in outlets or not self._is_speaker_head(tokens[j].group())
        ):
            lone_place = (
                self._place(tokens[j].group()) is not None
                and not self.lex.media.fullmatch(tokens[j].group())  # "Nachrichtenagentur Xinhua": a town's name too
                and not (j + 1 < len(tokens) and tokens[j + 1].group()[:1].isupper())
            )
            if (lone_place and j == i + 1) or tokens[j].group().lower() in self.lex.stopwords:
                break
            head = tokens[j]
            j += 1
        # a name joined by a small word: "the Committee to Protect Journalists", "Physicians for Human Rights"
        joiners = self.lex.lang.name_joiners
        while (
            word[:1].isupper()
            and j + 1 < len(tokens)
            and tokens[j].group().lower() in joiners
            and tokens[j + 1].group()[:1].isupper()
            and not self._calendar_word(tokens[j + 1].group())  # "Police on Sunday"
        ):
            j += 1
            while j < len(tokens) and tokens[j].group()[:1].isupper():
                head = tokens[j]
                j += 1
        while (  # "hospital officials", "security sources", "U.N. humanitarian office": a compound of speaker nouns
            not self.lex.lang.capitalized_nouns
            and j == i + 1
            and (k := self._compound_head(tokens, j)) is not None
        ):
            head = tokens[k]
            i = k
            j = k + 1
            while j < len(tokens) and _ACRONYM.fullmatch(tokens[j].group()):  # "... office OCHA"
                head = tokens[j]
                j += 1
        # a title with its institution: "ein Sprecher der Feuerwehr"
        if (
            j == i + 1
            and j + 1 < len(tokens)
            and self.lex.article.fullmatch(tokens[j].group())
            and not self.lex.outlet_any.match(text, tokens[j].start())  # "sagte ein Beamter der Deutschen Presse-Agentur": told dpa
        ):
            for k in range(j + 1, min(j + 3, len(tokens))):
                if self._is_speaker_head(tokens[k].group()):
                    head = self._complement_end(tokens, k, len(text))  # "un porte-parole du ministère de la Santé"
                    if k + 1 < len(tokens) and _ACRONYM.fullmatch(tokens[k + 1].group()):
                        head = tokens[k + 1]  # "eine Zählung der Nachrichtenagentur AFP"
                    break
        if head is tokens[i]:  # "selon le ministère de la Santé": the body the noun names
            head = self._complement_end(tokens, i, len(text))
        after = _TOKEN.match(text, head.end() + 1)  # "le gouvernement éthiopien": its nation's adjective after it
        if self.lex.lang.adjectives_after_nouns and after is not None and after.end() <= tokens[-1].end() and self._nation(after.group()):
            head = after if after.group()[:1].islower() else head
        if (
            j >= i + 3
            and first is not None
            and first < tokens[i].start()
            and all(tokens[k].group()[:1].isupper() for k in range(i, j))
        ):
            # a name of two words or more after its kind and a description: "die in Norwegen
            # ansässige Organisation Iran Human Rights (IHR)" names the organisation, with its short name
            named = self._named_source(tokens[i + 1].start(), head.end())
            if named is not None:
                return named
            short = _SHORT_NAME.match(text, head.end())
            return text[tokens[i + 1].start() : short.end() if short is not None else head.end()]
        return self._resolve(pos, head, first)

    def _title_lead(self, tokens: list[regex.Match[str]], i: int) -> int:
        """The last word of the title or kind the speaker noun ``tokens[i]`` opens, after which a name is
        read: a title followed by a name ("Präsident Tokajew", "spokesman John Kirby"), a medium's kind in
        words before its name ("l'agence de presse officielle KCNA"), a kind and its adjectives."""
        lead, word = i, tokens[i].group()
        elided = self.lex.elided.match(word) if self.lex.lang.elided_articles else None
        medium = self.lex.media.match(self.text, tokens[i].start() + (elided.end() if elided is not None else 0))
        while medium is not None and lead + 1 < len(tokens) and tokens[lead + 1].end() <= medium.end():
            lead += 1
        return self._kind_before_name(tokens, lead)

    def _kind_before_name(self, tokens: list[regex.Match[str]], lead: int) -> int:
        """Where a lower-case noun of a kind is followed by its adjectives and a name ("le mouvement
        islamiste Hamas", "le groupe armé M23"): the last adjective, after which the name is read
        (else ``lead``)."""
        word = tokens[lead].group()
        if not self.lex.lang.adjectives_after_nouns or not word[:1].islower():
            return lead
        k = lead + 1
        while k < len(tokens) and k - lead <= 2 and tokens[k].group()[:1].islower() and not (
            tokens[k].group() in self.lex.stopwords or self.lex.article.fullmatch(tokens[k].group())
            or self._is_speaker_head(tokens[k].group()) or self._calendar_word(tokens[k].group())
            or self.lex.speech.fullmatch(tokens[k].group())
        ):
            k += 1
        if (
            k == lead + 1 or k >= len(tokens) or not tokens[k].group()[:1].isupper()
            or self._place(tokens[k].group()) is not None or self._calendar_word(tokens[k].group())
        ):
            return lead
        return k - 1

    def _name_after_cue(self, tokens: list[regex.Match[str]], pos: int, end: int) -> str | None:
        """A set phrase ("offiziellen Angaben") or a proper name right after a cue ("sagte Tokajew",
        "laut Israel")."""
        phrase = self._phrase(pos, end, anchored=True) or (tokens and self._phrase(tokens[0].start(), end, anchored=True))
        if phrase:
            return phrase
        # a proper name right after the cue: "sagte Tokajew", "laut Tokajew"
        had_article = False
        while tokens and self.lex.article.fullmatch(tokens[0].group()):
            tokens, had_article = tokens[1:], True
        elided = self.lex.elided.match(tokens[0].group()) if tokens and self.lex.lang.elided_articles else None
        if elided is not None and (bare := _TOKEN.match(self.text, tokens[0].start() + elided.end())) is not None:
            tokens = [bare, *tokens[1:]]  # "selon l'Unicef": the name without its article
        if tokens and not (had_article and self.lex.lang.capitalized_nouns):  # "bezifferte die Zahl": a noun, no name
            word = tokens[0].group()
            state = self._state(word)
            if state is not None and (len(tokens) == 1 or not tokens[1].group()[:1].isupper()):
                return state  # "laut Israel", "sagte Kiew"; not "Israel Katz" nor "Kiew Post"
            if word[:1].isupper() and word.lower() not in self.lex.stopwords and not self.lex.pronoun.fullmatch(word):
                if self._place(word) is None and not self.lex.cat_noun.fullmatch(word) and not self.lex.group.fullmatch(word):
                    return self._name_run(tokens) or self._particle_name(tokens) or word
        return None

    def _cited(self, pos: int, limit: int) -> str | None:
        """Whom a citing cue names when no speaker noun heads it: the words up to the clause's end
        ("citing rescue workers", "citing a local doctor"), without the article."""
        end = self._np_stop(pos, min(limit, pos + 60))
        word_stop = self._search(self.lex.np_stop, pos, end)
        if word_stop is not None:
            end = word_stop.start()
        tokens = self._tokens(pos, end)
        while tokens and self.lex.article.fullmatch(tokens[0].group()):
            tokens = tokens[1:]
        if not tokens or len(tokens) > 4 or any(not t.group().replace("-", "").isalpha() for t in tokens):
            return None
        head = tokens[-1].group()
        people = self.lex.lang.person_suffixes
        if not (head[:1].isupper() or self._is_speaker_head(head) or (people and head.lower().endswith(people))):
            return None  # "citing the need for further evidence": no source
        return self.text[tokens[0].start() : tokens[-1].end()]

    def _subject(self, pos: int, start: int, depth: int = 0) -> str | None:
        """Subject-verb order: the noun phrase right before a speech verb, back to a clause boundary
        ("..., the regional governor said", "Sudan's Doctors Network said", "Two security sources told")."""
        text = self.text
        lo = max(start, pos - 120)
        boundary = _SUBJECT_STOP_BACK.search(text, lo, pos)
        if boundary is not None:
            lo = boundary.end()
        if boundary is not None and boundary.group() == "," and not text[lo:pos].strip() and depth == 0:
            return self._apposed(boundary.start(), start)
        word_stop = self.lex.back_np_stop.search(text, lo, pos)
        while word_stop is not None and self._inside_name(word_stop.start(), word_stop.end()):
            word_stop = self.lex.back_np_stop.search(text, lo, word_stop.start())  # "Observatory for Human Rights"
        if word_stop is not None:
            tail = self._tokens(word_stop.end(), pos)
            if tail and len(tail) <= 3 and depth < 2 and (
                self._place(text[tail[0].start() : tail[-1].end()]) is not None
                or (depth == 0 and self._located_speaker(word_stop, lo))  # (not in a clause set off by commas)
            ):
                # "A journalist in Almaty said", "Officials at the hospital said": where the speaker is
                return self._subject(word_stop.start(), lo, depth + 2)
            lo = word_stop.end()
        tokens = self._tokens(lo, pos)
        day = self.lex.days.match(text, tokens[0].start()) if tokens else None
        if day is not None:  # "A day earlier the health ministry had put the toll at"
            tokens = [t for t in tokens if t.start() >= day.end()]
        while tokens and (
            self.lex.article.fullmatch(tokens[0].group())
            or tokens[0].group().lower() in self.lex.lang.number_words
            or self.lex.days.fullmatch(tokens[0].group())  # "On Monday police said"
        ):
            tokens = tokens[1:]
        tokens = self._after_conjunction(tokens)
        if not tokens or len(tokens) > 8 or _DIGIT.search(text, tokens[0].start(), tokens[-1].end()):
            return None
        tokens = tokens[: self._subject_end(tokens)]
        if self._in_figure(tokens[-1]):
            return None  # "estimated at several Thousand": the figure's own word is no speaker
        last = tokens[-1].group()
        if self.lex.pronoun.fullmatch(last) or last.lower() in self.lex.stopwords:
            return None
        owned_data = last.lower() in self.lex.lang.data_nouns and any(t.group().endswith(self.lex.lang.possessive_endings) for t in tokens)
        if not (last[:1].isupper() or owned_data or any(self._is_speaker_head(t.group()) for t in tokens)):
            return None
        return self._resolve(pos, tokens[-1], tokens[0].start())

    def _after_conjunction(self, tokens: list[regex.Match[str]]) -> list[regex.Match[str]]:
        """The subject's words after a conjunction that joins it to a clause before, no speaker of its own
        ("Three people died and officials said", ", and police said"); not a subject of two speakers ("Police
        and fire officials said") nor a name ("Fire and Rescue officials")."""
        coordinators = self.lex.lang.coordinators
        k = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].group().lower() in coordinators), None)
        if k is None or any(self._is_speaker_head(t.group()) for t in tokens[:k]) or (k and all(t.group()[:1].isupper() for t in tokens[:k])):
            return tokens
        joined = decide(_JOIN, (self, tokens, k))
        if joined is not None:
            name = self._resolve(tokens[-1].end(), tokens[-1], tokens[0].start())
            if name is not None:
                self.name_rules[name] = (joined[0],)
            return tokens
        tokens = tokens[k + 1 :]
        while tokens and self.lex.article.fullmatch(tokens[0].group()):
            tokens = tokens[1:]
        return tokens

    def _subject_end(self, tokens: list[regex.Match[str]]) -> int:
        """Where a subject ends before an auxiliary and an adverb that stand between it and its verb
        ("The ministry had earlier reported", "Les autorités avaient initialement fait état"): at a
        frequent word right after a speaker noun that only lower-case words follow, no article next; an adverb
        right before the verb ("The interior ministry later revised") ends it too."""
        words = [t.group() for t in tokens]
        for k in range(1, len(words)):
            if (
                words[k].lower() in self.lex.stopwords
                and words[k].lower() not in self.lex.lang.name_joiners
                and self._is_speaker_head(words[k - 1])
                and (k + 1 == len(words) or not self.lex.article.fullmatch(words[k + 1]))
                and all(w.islower() for w in words[k:])
            ):
                return k
        return len(words)

    def _located_speaker(self, stop: regex.Match[str], lo: int) -> bool:
        """Whether a preposition of place follows a speaker noun ("Officials at the hospital", "A
        doctor at the main hospital"): the speaker is before it, not the place after it."""
        before = self._tokens(max(lo, stop.start() - 40), stop.start())
        return bool(before) and self.lex.preposition.fullmatch(stop.group().strip()) is not None and self._is_speaker_head(
            before[-1].group()
        )

    def _apposed(self, comma: int, start: int) -> str | None:
        """A subject set off by commas before its verb: "The Syrian Observatory for Human Rights, a
        Britain-based war monitor, said" names the Observatory; "..., which tracks casualties, said"
        the noun phrase before the relative clause."""
        text = self.text
        inner = self._subject(comma, start, depth=1)
        before = _SUBJECT_STOP_BACK.search(text, max(start, comma - 120), comma)
        if before is None or before.group() != ",":
            return inner
        opener = _TOKEN.search(text, before.end(), comma)
        word = opener.group() if opener is not None else ""
        relative = word.lower() in self.lex.lang.relative_pronouns
        if relative or self.lex.article.fullmatch(word):
            name = self._subject(before.start(), start, depth=1)
            if name is not None and (relative or inner is None or name.split()[-1][:1].isupper()):
                return name
        elif word[:1].islower() and word.lower() not in self.lex.stopwords and not self.lex.speech.fullmatch(word):
            # "Le ministère de la Santé de Gaza, contrôlé par le Hamas, a fait état": a participle's clause
            # describes the subject before it; its agent is no speaker
            name = self._subject(before.start(), start, depth=1)
            if name is not None:
                return name
        return inner

    def _noun_phrase(self, pos: int, limit: int) -> str | None:
        """Where every noun is capitalised, the noun phrase a source cue is followed by even when its
        head is no known speaker noun: "nach Schätzungen des unabhängigen Archivs öffentlicher
        Versammlungen" -> "Archiv öffentlicher Versammlungen"."""
        if not self.lex.lang.capitalized_nouns:
            return None
        end = min(limit, pos + 80)
        figure = bisect.bisect_left(self.count_starts, pos)
        if figure < len(self.count_starts):
            end = min(end, self.count_starts[figure])  # the phrase ends where a figure begins
        stop = _NP_STOP.search(self.text, pos, end)
        tokens = self._tokens(pos, stop.start() if stop is not None else end)[:6]
        index = next((i for i, t in enumerate(tokens[:3]) if t.group()[:1].isupper()), None)
        if index is None or self._place(tokens[index].group()) is not None:
            return None
        head = tokens[index].group()
        before = [t.group().lower() for t in tokens[:index]] + self.text[max(0, pos - 8) : pos].lower().split()[-1:]
        genitive = any(word in self.lex.lang.genitive_articles for word in before)
        if genitive and len(head) > 4:  # "des Archivs" -> "Archiv", "des Bundes" -> "Bund"
            cut = next((n for ending, n in self.lex.lang.genitive_noun_endings if head.endswith(ending)), 0)
            head = head[: len(head) - cut]
        words = [head]
        rest = tokens[index + 1 : index + 3]  # a genitive attribute: "öffentlicher Versammlungen"
        if len(rest) == 2 and rest[0].group()[:1].islower() and rest[1].group()[:1].isupper():
            words += [rest[0].group(), rest[1].group()]
        elif rest and _ACRONYM.fullmatch(rest[0].group()):
            words.append(rest[0].group())
        return " ".join(words)

    def _apposition_name(self, pos: int, start: int) -> str | None:
        """A person's name set off by commas right before a speech verb: "Der Gouverneur der Region
        Belgorod, Wjatscheslaw Gladkow, sprach von", or the name the clause opens with before a
        description in commas: "Wjatscheslaw Gladkow, der Gouverneur der Region, sprach von"."""
        lo = max(start, pos - 160)
        m = _NAME_IN_COMMAS.search(self.text, lo, pos) or _NAME_BEFORE_COMMAS.match(self.text, lo, pos)
        if m is None or (m.re is _NAME_BEFORE_COMMAS and not self.lex.article.fullmatch(m.group("article"))):
            return None
        words = m.group("name").split()
        if any(self._is_speaker_head(w) or self._place(w) is not None or w.lower() in self.lex.stopwords for w in words):
            return None
        return str(m.group("name"))

    def _np_before(self, pos: int, start: int, max_tokens: int = 14) -> str | None:
        text = self.text
        name = self._apposition_name(pos, start)
        if name is not None:
            return name
        tokens = self._tokens(max(start, pos - 160), pos)[-max_tokens:]
        for i in range(len(tokens) - 1, -1, -1):
            word = tokens[i].group()
            if self._is_speaker_head(word) or self._joined_name_at(tokens, i):
                while i >= 2 and tokens[i - 1].group() in self.lex.lang.name_joiners and self._is_speaker_head(tokens[i - 2].group()):
                    i -= 2  # "das Amt für Statistik": the body before the small word, its complement a speaker's noun too
                opens = self.lex.phrase_any.match(text, tokens[i].start(), pos)
                if opens is not None and not text[opens.end() : pos].strip():  # "selon des sources médicales citées par":
                    phrase = self._phrase(tokens[i].start(), pos, anchored=True)  # the set phrase the noun opens
                    if phrase:
                        return phrase
                body = self._body_before(tokens, i)
                if body is not None:  # "un responsable de la police cité par": the body the noun's complement names
                    return self._resolve(pos, tokens[i], tokens[body].start())
                first = i
                while first > 0 and i - first < 3:
                    prev = tokens[first - 1].group()
                    if prev.lower() in self.lex.stopwords or self.lex.article.fullmatch(prev):
                        break
                    if _CLAUSE_BREAK.search(text, tokens[first - 1].end(), tokens[first].start()):
                        break
                    if prev[:1].isupper() and not self._is_speaker_head(prev) and not tokens[first - 1].start() == start:
                        # a capitalised word before the head is part of it only in English-like order
                        if not prev.istitle():
                            break
                    first -= 1
                head = tokens[i]
                j = i + 1
                while j < len(tokens) and j - i <= 3:
                    word_j = tokens[j].group()
                    if not word_j[:1].isupper() or word_j.lower() in self.lex.stopwords or (
                        self._is_speaker_head(word_j) and not _ACRONYM.fullmatch(word_j)
                    ):
                        break
                    place_j = self._place(word_j)
                    if place_j is not None and place_j.kind != "town" and not (j + 1 < len(tokens) and tokens[j + 1].group()[:1].isupper()):
                        break  # "die Polizei Berlin"; but "die Nachrichtenagentur Xinhua", a town's name too
                    head = tokens[j]  # "die Nachrichtenagentur Irna", "Menschenrechtsorganisation Iran Human Rights"
                    j += 1
                joiners = self.lex.lang.name_joiners
                while (
                    j + 1 < len(tokens) and tokens[j].group() in joiners and tokens[j + 1].group()[:1].isupper()
                    and not self._calendar_word(tokens[j + 1].group())  # "Police on Sunday"
                ):
                    head = tokens[j + 1]  # "das Zentrum für Menschenrechte": a body's name joined by a small word
                    j += 2
                if head is tokens[i]:  # "la télévision d'État, citée par": the body the noun names
                    head = self._complement_end(tokens, i, pos)
                return self._resolve(pos, head, tokens[first].start())
        phrase = self._phrase(max(start, pos - 80), pos, last=True) or self._named_source(max(start, pos - 60), pos)
        if phrase is not None:
            return phrase
        if tokens and not (self.lex.lang.capitalized_nouns and text[tokens[-1].end() : pos].strip()):
            word = tokens[-1].group()
            state = self._state(word)
            if state is not None:
                return state  # "Russland zufolge", "Israel meldete": a state speaks by its name
            if word[:1].isupper() and tokens[-1].start() > start and word.lower() not in self.lex.stopwords and not self._in_figure(tokens[-1]):
                if self._place(word) is None and not self.lex.cat_noun.fullmatch(word) and not self.lex.group.fullmatch(word):
                    return str(word)
        return None

    def _in_figure(self, token: regex.Match[str]) -> bool:
        """Whether a word is part of a figure ("Tausend" of "auf mehrere Tausend geschätzt"): no speaker's name."""
        figure = bisect.bisect_right(self.count_starts, token.start()) - 1
        return figure >= 0 and self.counts[figure].end >= token.end()

    def _body_before(self, tokens: list[regex.Match[str]], i: int) -> int | None:
        """The index of a speaker noun up to three words before ``tokens[i]`` whose complement runs to it
        ("responsable de la police"), where the language writes such complements."""
        for k in range(i - 1, max(-1, i - 4), -1):
            if self._is_speaker_head(tokens[k].group()):
                tail = self.lex.speaker_complement.match(self.text, tokens[k].end(), tokens[i].end())
                return k if tail is not None and tail.end() == tokens[i].end() else None
        return None

    def _actor(self, sentence: Sentence, count: Count) -> str | None:
        """With no source named: the authority acting in the clause ("die Polizei nahm 40 Personen fest")."""
        tokens = self._tokens(max(sentence.start, count.start - 100), count.start)[-10:]
        for index in range(len(tokens) - 1, -1, -1):
            tok = tokens[index]
            if not self._is_speaker_head(tok.group()) or _ACRONYM.fullmatch(tok.group()):
                continue
            if index and tokens[index - 1].group().lower() in self.lex.lang.genitive_articles:
                continue  # "die Festnahme des Bürgermeisters": not who acted
            if index and self._owner_after_noun(tokens, index):
                continue  # "gab die Verluste der russischen Armee mit 1.180 Soldaten an": the losses' owner
            if index and self.lex.preposition.fullmatch(tokens[index - 1].group()):
                continue  # "40 people remain in hospital, six of them ...": a place, not who acted
            if index and _counted(tokens[index - 1].group(), self.lex.lang.number_words):
                continue  # "The coast guard rescued 25 survivors, and dozens ...": counted, not who acted
            if self._aimed_at(tokens, index):
                continue  # "Bei den Protesten gegen die Regierung wurden 300 festgenommen": whom the protest was against
            if index + 1 < len(tokens) and self._in_name(tokens[index], tokens[index + 1]):
                continue  # "in einem Gemeindesaal der Zeugen Jehovas": part of a name
            named = self._search(self.lex.named_any, max(sentence.start, tok.start() - 40), tok.end())
            if named is not None and named.lastgroup and named.end() > tok.start():
                return self.lex.named_sources[int(named.lastgroup[1:])][1]  # "das Auswärtige Amt": the whole name
            return self._resolve(count.start, tok, tok.start())
        return None

    def _owner_after_noun(self, tokens: list[regex.Match[str]], index: int) -> bool:
        """Whether the head at ``index`` follows a capitalised noun, an article of ``genitive_after_noun`` and at most
        two lower-case adjectives ("Verluste der russischen Armee"): the noun's owner (no preposition before the noun)."""
        articles = self.lex.lang.genitive_after_noun
        k = index - 1
        while k >= max(0, index - _OWNER_ADJECTIVES - 1) and tokens[k].group()[:1].islower() and tokens[k].group() not in articles:
            k -= 1
        if k < 1 or tokens[k].group() not in articles:
            return False
        noun = tokens[k - 1].group()
        return noun[:1].isupper() and self.lex.preposition.fullmatch(noun) is None and (k < 2 or self.lex.preposition.fullmatch(tokens[k - 2].group()) is None)

    def _aimed_at(self, tokens: list[regex.Match[str]], index: int) -> bool:
        """Whether the speaker noun ``tokens[index]`` is the object of a preposition of what an action
        is aimed at, its article between or not ("protests against the government")."""
        targets = self.lex.lang.target_prepositions
        before = index - 1
        if before > 0 and self.lex.article.fullmatch(tokens[before].group()):
            before -= 1
        return before >= 0 and tokens[before].group().lower() in targets

    def _titled_person(self, sentence: Sentence) -> str | None:
        """The first person a sentence names by title and name ("Präsident Kassym-Schomart Tokajew",
        "Governor Ann Lee"): a speaker noun right before a name, the noun phrase it heads."""
        tokens = self._tokens(sentence.start, sentence.end)
        for index in range(len(tokens) - 1):
            tok = tokens[index]
            if not self._is_speaker_head(tok.group()) or _ACRONYM.fullmatch(tok.group()):
                continue
            if self._in_name(tok, tokens[index + 1]) and not _ACRONYM.fullmatch(tokens[index + 1].group()):
                return self._np_after(tok.start(), sentence.end)
        return None


def _counted(word: str, number_words: Mapping[str, int]) -> bool:
    """Whether a word right before a speaker noun is a figure that counts it ("25 survivors", "dozen witnesses")."""
    return word[:1].isdigit() or word.lower() in number_words
