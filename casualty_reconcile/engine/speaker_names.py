"""Stage: speaker names, what a noun phrase or a name after a cue resolves to.

The speaker stage (``speaker.py``) finds the noun phrase a cue points at; this stage reads the name it
gives: a set phrase ("offiziellen Angaben"), a named source ("der Vereinten Nationen"), a referring noun
("the ministry" after "the health ministry said"), a body with its complement ("ministère de la
Santé"), and whether capitalised words name someone.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .figures import FiguresStage
from .patterns import (
    _ACRONYM,
    _INITIALS,
    _LAST_WORD,
    _TOKEN,
)
from .referents import REFERENTS, Referent
from .rules import RuleOf, decide, productions

# a body's name spelled out in lower-case words after its noun, then its short name in brackets
# ("service d'aide médicale urgente (Samu)"): after the noun, and at the end of a phrase
_SPELLED_SHORT = r"(?:[ \u00a0]\p{Ll}[\p{L}'’-]*){1,4}[ \u00a0]\((\p{Lu}[\p{L}&.-]{1,7})\)"
_SPELLED_AFTER = regex.compile(_SPELLED_SHORT)
_SPELLED_END = regex.compile(_SPELLED_SHORT + "$")


@dataclass(slots=True)
class Body:
    """What the body rules read: a speaker's noun phrase as it stands (``phrase``, from ``first`` in the
    text), whose last word ends at ``end``."""

    x: SpeakerNamesStage
    first: int
    end: int
    phrase: str


def _body_complement(b: Body) -> int | None:
    """ "selon le ministère de la Santé", "the Ministry of Health", "das Ministerium für Gesundheit":
    the complement after the speaker noun names the body (``speaker_complements``); the name keeps it
    as written, its articles too. The decision: where the complement begins."""
    tail = b.x.lex.speaker_complement.search(b.x.text, b.first, b.end)
    if tail is None or tail.end() != b.end or tail.start() <= b.first or not b.phrase.endswith(tail.group()):
        return None
    return int(tail.start())


def _body_short_name(b: Body) -> int | None:
    """ "selon le service d'aide médicale urgente (Samu)": the body's name spelled out in lower-case
    words after its noun and its short name in brackets; kept as written."""
    m = _SPELLED_END.search(b.phrase)
    if m is None or not m.start() or not b.x._is_speaker_head(b.phrase[: m.start()].split()[-1]):
        return None
    return b.first + int(m.start())


def _body_name_after_kind(b: Body) -> int | None:
    """ "selon le syndicat Alliance": where nouns are written in lower case, a capitalised speaker noun
    right after a lower-case one is a name (the union's), no second head; kept with its kind."""
    words = b.phrase.split()
    if len(words) < 2 or not b.x.name_after_lower_kind(words[-2], words[-1]):
        return None
    return b.end - len(words[-1])


BODY_RULES: tuple[RuleOf[Body, int], ...] = (
    RuleOf("speaker.body-complement", "fr", "Au moins 31 personnes ont été tuées, selon le ministère de la Santé.", _body_complement),
    RuleOf("speaker.body-short-name", "fr",
           "Quatre personnes ont été légèrement blessées, selon le service d'aide médicale urgente (Samu).", _body_short_name),
    RuleOf("speaker.name-after-lower-kind", "fr", "Douze policiers ont été blessés, selon le syndicat Alliance.", _body_name_after_kind),
)
"""What of a speaker's noun phrase names its body and is kept as written: the first that decides,
its name joining the trace of the figures the speaker is given (``Context.name_rules``)."""

_BODY = productions(BODY_RULES)


class SpeakerNamesStage(FiguresStage):
    __slots__ = ()

    def _phrase(self, start: int, end: int, *, anchored: bool = False, last: bool = False) -> str | None:
        """A source named by a set phrase ("offiziellen Angaben", "ukrainischen Angaben") in a span."""
        every = self.lex.phrase_any
        if anchored:
            m = every.match(self.text, start, end)
        elif last:
            m = self._last(every, start, end)
        else:
            m = self._cue_search(every, start, end)
        if m is None or not m.lastgroup:
            return None
        pattern, name = self.lex.speaker_phrases[int(m.lastgroup[1:])]
        if "\\" in name:
            own = pattern.match(self.text, m.start(), end)
            return str(own.expand(name)) if own is not None else None
        return name

    def _named_source(self, start: int, end: int) -> str | None:
        m = self._search(self.lex.named_any, start, end)
        if m is None or not m.lastgroup:
            return None
        return self.lex.named_sources[int(m.lastgroup[1:])][1]

    def _resolve(self, start: int, head: regex.Match[str], first: int) -> str | None:
        """The speaker a noun phrase from ``first`` to ``head`` names."""
        text = self.text
        phrase = text[first : head.end()]
        if text[head.end() : head.end() + 1] == "." and _INITIALS.fullmatch(head.group()):
            phrase += "."  # "the U.N." keeps its last dot
        elif text[head.end() : head.end() + 1] == ")" and phrase.count("(") > phrase.count(")"):
            phrase += ")"  # "Bangladesh Nationalist Party (BNP)": a bracketed abbreviation kept whole
        hit = self._search(self.lex.named_any, max(0, first - 60), min(len(text), head.end() + 60))
        if hit is not None and hit.end() <= first:  # a name before the phrase: look from the phrase on
            hit = self._search(self.lex.named_any, max(0, first - 5), min(len(text), head.end() + 60))
        if hit is not None and hit.start() <= head.end() and hit.lastgroup:  # one scan for all named sources
            # (a name the phrase ends: "Die Internationale Organisation für Migration (IOM) teilte mit")
            return self.lex.named_sources[int(hit.lastgroup[1:])][1]
        referring = self.lex.referring.search(text[max(0, first - 12) : head.end()])
        if referring:
            noun = referring.group().split()[-1].casefold()
            stems = {noun, *(noun[: -len(s)] for s in self.lex.lang.genitive_suffixes if noun.endswith(s) and len(noun) > len(s) + 3)}
            earlier = self._referent(noun, stems)  # "the ministry" after "the Palestinian health ministry said"
            if earlier is not None:
                return earlier
            if self.doc.orgs is None:
                self.doc.orgs = self._orgs(self.body)
            index = bisect.bisect_left(self.doc.orgs, (start, ""))
            if index:
                return self.doc.orgs[index - 1][1]
            if self.previous_speaker and len(referring.group().split()) <= 2:  # "the group" after "Human Rights Watch said"
                return self.previous_speaker
            referent = decide(REFERENTS, Referent(self, max(0, first - 12) + referring.start(), referring.group()))
            if referent is not None:  # "a spokesperson for the group": a body named before, else the spokesperson
                self.name_rules[referent[1]] = (referent[0],)
                return referent[1]
        if self.lex.lang.seat_words and (seat := self.lex.seat_prefix.match(text, first, head.start())) is not None:
            first = seat.end()  # "der in Großbritannien ansässigen Beobachtungsstelle": the source, not its seat
            phrase = text[first : head.end()]
        complement = ""  # "de la Santé" after "ministère": kept as written, its articles too
        body = decide(_BODY, Body(self, first, head.end(), phrase))
        if body is not None:
            complement = " " + " ".join(phrase[body[1] - first :].split())
            phrase = phrase[: body[1] - first].rstrip()
        token = phrase.split()[-1] if phrase.split() else head.group()  # the body's noun, before its complement
        preceding = text[max(0, first - 12) : first].split()[-1:] + phrase.split()[:-1]
        if any(w.lower() in self.lex.lang.genitive_articles for w in preceding):
            for suffix in self.lex.lang.genitive_suffixes:
                if token.lower().endswith(suffix) and self.lex.speaker_noun.fullmatch(token[: -len(suffix)]):
                    phrase = phrase[: len(phrase) - len(suffix)]
                    break
        words = [w for w in phrase.split() if not self.lex.article.fullmatch(w)]
        if self.lex.lang.elided_articles:  # "l'agence": the word without its article
            words = [self.lex.elided.sub("", w, count=1) if self.lex.elided.match(w) else w for w in words]
        owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(self.lex.lang.possessive_endings)), None)
        if owner is not None and words[-1].lower() in self.lex.lang.data_nouns:
            words = [*words[:owner], words[owner][:-2]]  # "the health ministry's figures show": the ministry
        name = " ".join(w.strip("\"„“”»«‚‘").lstrip("'’") for w in words).strip(" ,'’")  # keep "Chiefs' Council"
        if not name:
            return None
        if body is not None:
            self.name_rules[name + complement] = (body[0],)
        return name + complement

    def name_after_lower_kind(self, kind: str, word: str) -> bool:
        """Whether ``word``, a capitalised speaker noun right after the lower-case speaker noun ``kind``,
        is a name, in a language that writes its nouns in lower case ("le syndicat Alliance")."""
        kind = self.lex.elided.sub("", kind, count=1) if self.lex.lang.elided_articles else kind
        return (
            not self.lex.lang.capitalized_nouns and kind[:1].islower() and word[:1].isupper() and not word.isupper()
            and self._is_speaker_head(kind) and self._is_speaker_head(word)
            and word not in self.lex.lang.dateline_sources and not self.lex.media.fullmatch(word)  # "l'agence Reuters"
        )

    def _complement_end(self, tokens: list[regex.Match[str]], i: int, limit: int) -> regex.Match[str]:
        """The last token, before ``limit``, of the complement after the speaker noun ``tokens[i]`` that
        names its body ("de la Santé" after "ministère", "of Health" after "Ministry"), else that noun: where the
        noun phrase a cue points at may end; :data:`BODY_RULES` decide in ``_resolve`` what of it names the body."""
        tail = self.lex.speaker_complement.match(self.text, tokens[i].end(), limit)
        if tail is None:
            short = _SPELLED_AFTER.match(self.text, tokens[i].end(), limit)
            if short is not None and self._short_name(short.group(1)) and not any(
                self._calendar_word(w) or w in self.lex.stopwords for w in self.text[tokens[i].end() : short.start(1) - 1].split()
            ):
                return _TOKEN.match(self.text, short.start(1)) or tokens[i]  # "service d'aide médicale urgente (Samu)"
            return tokens[i]
        return next((t for t in reversed(tokens[i + 1 :]) if t.end() <= tail.end()), tokens[i])

    def _short_name(self, word: str) -> bool:
        """Whether a word in brackets after a body's name is its short name ("Samu", "OCHA"): no place,
        no outlet that reports it ("(AFP)")."""
        return self._place(word) is None and word not in self.lex.lang.dateline_sources

    def _referent(self, noun: str, stems: set[str]) -> str | None:
        """The latest explicit speaker so far that a referring noun (``noun``, with its ``stems``)
        names by a longer name: more words, or a compound ("des Ministeriums" after "das
        Innenministerium"). Each noun remembers how many speakers it has looked at and the latest
        that fits: only the speakers named since are read (the stems depend on the noun alone)."""
        speakers = self.speakers
        seen, index = self.referents.get(noun, (0, -1))
        for k in range(len(speakers) - 1, seen - 1, -1):
            earlier = speakers[k]
            folded_earlier = earlier.casefold()
            if any(stem in folded_earlier and (len(earlier.split()) > 1 or len(earlier) > len(stem) + 2) for stem in stems):
                index = k
                break
        self.referents[noun] = (len(speakers), index)
        return speakers[index] if index >= 0 else None

    def _particle_name(self, tokens: list[regex.Match[str]]) -> str | None:
        """A name that goes on with a particle joined to its next part ("Ahmed al-Mandhari")."""
        end = 1
        while end < len(tokens) and end < 4 and self.lex.name_particle.fullmatch(tokens[end].group()):
            end += 1
        return self.text[tokens[0].start() : tokens[end - 1].end()] if end > 1 else None

    def _name_run(self, tokens: list[regex.Match[str]]) -> str | None:
        """Where only names are capitalised: the name the tokens start with, over short linking words
        ("Assistance Association for Political Prisoners", "Committee to Protect Journalists")."""
        if self.lex.lang.capitalized_nouns or not tokens:
            return None
        end = 0
        for j, tok in enumerate(tokens):
            word = tok.group()
            if word[:1].isupper() or (j and self.lex.name_particle.fullmatch(word)):
                end = j + 1
            elif not (word.lower() in self.lex.stopwords and j + 1 < len(tokens) and tokens[j + 1].group()[:1].isupper()):
                break
        return self.text[tokens[0].start() : tokens[end - 1].end()] if end > 1 else None

    def _inside_name(self, start: int, end: int) -> bool:
        """Whether a lower-case word between ``start`` and ``end`` joins two capitalised words into
        one name ("Syrian Observatory for Human Rights", "Office for the Coordination of ...")."""
        if self.text[start:end] not in self.lex.lang.name_joiners:
            return False
        before = _LAST_WORD.search(self.text, max(0, start - 40), start)
        after = self.lex.next_name_word.match(self.text, end)
        if before is None or not before.group(1)[:1].isupper() or after is None:
            return False
        word = _TOKEN.match(self.text, after.end() - 1)
        return word is None or not self._calendar_word(word.group())  # not "Police on Sunday"

    def _calendar_word(self, word: str) -> bool:
        """A weekday, a relative day or a month ("Sunday", "Montag", "May"): no part of a name."""
        return self.lex.calendar.fullmatch(word) is not None

    def _named_elsewhere(self, name: str) -> bool:
        """Whether capitalised words that head a headline ("Haseloff: Fünf Tote", "NOPD: 2 shot") name
        someone: no place, count or common word, and the text names them again, not as a label
        before a colon: an abbreviation anywhere, a name after a first name or title ("Reiner
        Haseloff", "Ministerpräsident Haseloff"; not "AP Photo")."""
        lex, text = self.lex, self.text
        words = name.split()
        if (name.isupper() and len(words) > 1) or any(
            self._place(w) is not None or w.lower() in lex.stopwords or lex.article.fullmatch(w)
            or lex.cat_noun.fullmatch(w) or lex.group.fullmatch(w)
            for w in words
        ):
            return False
        last = words[-1]
        acronym = _ACRONYM.fullmatch(last) is not None
        at = text.find(last)
        while at >= 0:
            end = at + len(last)
            before = _LAST_WORD.search(text, max(0, at - 40), at)
            if not text[end : end + 1].isalnum() and not text[end : end + 2].strip().startswith(":") and (
                acronym or (before is not None and self._first_name_or_title(before, at))
            ):
                return True
            at = text.find(last, end)
        return False

    def _first_name_or_title(self, before: regex.Match[str], at: int) -> bool:
        """Whether the word ``before`` a name at ``at`` is a title ("Ministerpräsident Haseloff") or a
        first name in running text ("sagte Reiner Haseloff"; not "Photo: Courtesy Photo")."""
        word = before.group(1)
        if self._is_speaker_head(word) and not _ACRONYM.fullmatch(word):
            return True
        if not word[:1].isupper() or word.isupper() or self.lex.article.fullmatch(word) or word.lower() in self.lex.stopwords:
            return False
        previous = _LAST_WORD.search(self.text, max(0, before.start() - 40), before.start())
        return previous is not None and (previous.group(1)[:1].islower() or self._is_speaker_head(previous.group(1)))

    def _in_name(self, head: regex.Match[str], following: regex.Match[str]) -> bool:
        """Whether a speaker noun is the first word of a name: right before a capitalised word that
        is neither a place nor a speaker noun ("Zeugen Jehovas"; not "Polizei Hamburg")."""
        word = following.group()
        return (
            following.start() == head.end() + 1
            and word[:1].isupper()
            and self._place(word) is None
            and not self._is_speaker_head(word)
            and word.lower() not in self.lex.stopwords
        )
