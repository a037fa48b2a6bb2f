"""Stage: context."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator

import regex

from .. import geo
from .._patterns import (
    folded,
    gated_last,
    gated_search,
)
from ..models import Claim, Count
from .doc import Doc, Figure, Sentence
from .lexicon import _SCANS, Lexicon
from .memo import LIMIT as MEMO_LIMIT
from .memo import memo
from .patterns import _ACRONYM, _TOKEN, NameMatch

_COMMON_KINDS = frozenset({"city", "town", "region"})
"""kinds of place whose name, also written in lower case in a text, is that text's ordinary word there
(a country's or a capital's name is the place even so)"""
_WORD_BEFORE = frozenset(" \t\n(\"“‘")
_WORD_AFTER = frozenset(" \t\n,;:!?)\"”’")


class Context:
    """The state of one document's extraction, and the lookups every stage shares.

    Its state is slotted (the stages read it for every figure); every stage class adds no state.
    """

    __slots__ = (
        "base_names",
        "body",
        "claims",
        "correction_marks",
        "count_starts",
        "counts",
        "cue_marks",
        "dateline_extra",
        "dateline_place",
        "day_marks",
        "doc",
        "doc_id",
        "double_marks",
        "dropped",
        "event",
        "heads",
        "last_items",
        "lead",
        "lead_days",
        "lex",
        "low",
        "lower_words",
        "name_rules",
        "no_figure_marks",
        "outlet_in_text",
        "outside_calendar",
        "paragraph_starts",
        "place_names",
        "places",
        "previous_speaker",
        "published",
        "referents",
        "regions",
        "reported_marks",
        "retraction_marks",
        "sentences",
        "site_name",
        "source",
        "speakers",
        "tally_marks",
        "text",
        "trace",
        "unverified_marks",
    )

    def __init__(
        self, text: str, lex: Lexicon, doc_id: str, source: str | None, published: str | None, trace: bool = False
    ) -> None:
        self.text = text
        self.trace = trace  # whether claims carry the names of the rules that decided them
        self.low = folded(text)  # lowercased for the stdlib gates (None: the plain scans)
        self.lex = lex
        kept = memo(lex)  # the language's lookups kept across documents
        self.places = kept.places  # a name's gazetteer entry
        self.lower_words: dict[str, bool] = {}  # whether a name is also written in lower case (_written_lower)
        self.heads = kept.heads  # whether a word heads a speaker's name
        self.base_names = kept.base_names  # a source's base form (names.base_form)
        self.doc_id = doc_id
        self.source = source
        # whether the text names its outlet (a dateline's "(Reuters)", an outlet in its head): None until asked
        self.outlet_in_text: bool | None = None
        self.published = published
        self.previous_speaker: str | None = None
        self.place_names: dict[tuple[int, int], list[NameMatch]] = {}  # by window
        self.speakers: list[str] = []  # explicit speakers so far, for "the ministry" referring back
        self.name_rules: dict[str, tuple[str, ...]] = {}  # a speaker's name -> the body rules that read it (speaker_names)
        # by referring noun: how many of ``speakers`` it has looked at, and the index of the latest it names (-1: none)
        self.referents: dict[str, tuple[int, int]] = {}
        # segment: the body's start, the dateline, the paragraphs read and the figures' starts
        self.body = 0
        self.counts: list[Count] = []  # the figures of the body
        self.paragraph_starts: list[int] = []
        self.sentences: list[Sentence] = []  # the sentences of the paragraphs read
        self.claims: list[Claim] = []  # the result
        self.dateline_place: str | None = None
        self.dateline_extra = ""  # "KABUL, Afghanistan (AP) --"
        self.site_name = (0, 0)  # where the headline line ends in its web page's site name ("... - WBRC FOX6 News - Birmingham, AL")
        self.regions: list[tuple[int, int]] = []
        self.count_starts: list[int] = []
        self.doc = Doc(text, lex, published, None, None, None)
        # the lead, read for the story's place when first needed (``event``: None until then)
        self.lead: tuple[int, list[int], list[Sentence]] = (0, [], [])
        self.event: tuple[str | None, str] | None = None  # the story's place and the rule that found it
        # the document scan's marks (positions of cues), and the days referred to
        self.cue_marks: list[int] = []
        self.no_figure_marks: list[int] = []
        self.reported_marks: list[int] = []
        self.unverified_marks: list[int] = []
        self.correction_marks: list[int] = []  # "korrigierte die Zahl", "counted twice"
        self.retraction_marks: list[int] = []  # "zog die Angabe zurück"
        self.double_marks: list[int] = []  # "doppelt gezählt" (after a figure: no toll)
        # period tallies and other incidents: (start, end, flag) of each cue
        self.tally_marks: list[tuple[int, int, str]] = []
        self.day_marks: tuple[list[int], list[dt.date]] = ([], [])
        self.lead_days: list[str] | None = None  # the days the lead writes before publication (dates stage)
        self.outside_calendar: list[int] = []  # day references that name no day of the calendar
        # figures: the figures of the paragraph's last sentence with any
        self.last_items: list[Figure] = []
        self.dropped: list[tuple[int, str]] = []  # figures that are no claim: where, and the rule that said so

    def _search(self, pattern: regex.Pattern[str], start: int, end: int) -> regex.Match[str] | None:
        """``pattern.search(text, start, end)`` for a lexicon pattern (see _patterns.gated_search)."""
        return gated_search(pattern, _SCANS.get(pattern), self.text, self.low, start, end)

    def _last(self, pattern: regex.Pattern[str], start: int, end: int) -> regex.Match[str] | None:
        """The last match of a lexicon pattern between ``start`` and ``end``."""
        return gated_last(pattern, _SCANS.get(pattern), self.text, self.low, start, end)

    def _tokens(self, start: int, end: int) -> list[regex.Match[str]]:
        return list(_TOKEN.finditer(self.text, start, end))

    @staticmethod
    def _any(positions: list[int], start: int, end: int) -> bool:
        index = bisect.bisect_left(positions, start)
        return index < len(positions) and positions[index] < end

    def _cue_matches(self, pattern: regex.Pattern[str], start: int, end: int) -> Iterator[regex.Match[str]]:
        """``pattern.finditer(text, start, end)`` for a pattern of attribution cues: a match can only
        start where the document scan found a cue (``cue_marks``), so only those places are tried."""
        marks = self.cue_marks
        index = bisect.bisect_left(marks, start)
        last = start
        while index < len(marks) and marks[index] < end:
            at = marks[index]
            index += 1
            if at < last:
                continue
            m = pattern.match(self.text, at, end)
            if m is not None:
                yield m
                last = m.end()

    def _cue_search(self, pattern: regex.Pattern[str], start: int, end: int) -> regex.Match[str] | None:
        """``pattern.search(text, start, end)`` for a pattern of attribution cues (see _cue_matches)."""
        return next(self._cue_matches(pattern, start, end), None)

    def _place(self, name: str) -> geo.Place | None:
        cache = self.places
        if name in cache:
            place = cache[name]
        else:
            if len(cache) > MEMO_LIMIT:
                cache.clear()
            place = geo.lookup(name, self.lex.lang.place_inflections, self.lex.lang.place_prefixes)
            first, space, rest = name.partition(" ")
            if place is None and space and first in self.lex.lang.place_abbreviations:  # "Mt. Pleasant": Mount Pleasant
                place = geo.lookup(f"{self.lex.lang.place_abbreviations[first]} {rest}", self.lex.lang.place_inflections)
            if place is not None and place.kind in _COMMON_KINDS and (
                self.lex.month_word.fullmatch(name) is not None or self.lex.days.fullmatch(name) is not None
            ):
                place = None  # "in March": the month, not the town of that name in England
            cache[name] = place
        if (
            place is not None and place.kind in _COMMON_KINDS and place.country != self.doc.country
            and (name in self.lex.lang.common_place_words or self._written_lower(name))
        ):
            return None  # "Metro" of "the metro area", "Metro police": a word of the language, no town abroad (nor a vote for abroad)
        if place is not None and place.country != self.doc.country:
            # "Hamilton" in a story from the United States: the town of that name there, not Canada's;
            # "Preston" in a story that writes "Preston, Idaho": the town in the state it names
            if self.doc.country is not None and self.doc.located.get(name) == self.doc.country:
                return geo.Place(name, "town" if place.kind == "country" else place.kind, self.doc.country)
            return geo.reading_in(name, place, self.doc.country) or place
        return place

    def _written_lower(self, name: str) -> bool:
        """Whether a one-word name is also written in lower case in this text, as a word ("Metro ...
        the metro area"): an ordinary word, not the town of that name. Kept per document."""
        known = self.lower_words.get(name)
        if known is None:
            known = False
            if " " not in name and name[:1].isupper() and not name.isupper():
                word, text = name.lower(), self.text
                at = text.find(word)
                while at >= 0 and not known:
                    end = at + len(word)
                    known = (not at or text[at - 1] in _WORD_BEFORE) and (
                        end == len(text) or text[end] in _WORD_AFTER or (text[end] == "." and text[end + 1 : end + 2].strip() == "")
                    )  # a word of the prose, not of a web address ("shreveporttimes.com", "#mesa")
                    at = text.find(word, end)
            self.lower_words[name] = known
        return known

    def _is_speaker_head(self, token: str) -> bool:
        cache = self.heads
        known = cache.get(token)
        if known is None:
            if len(cache) > MEMO_LIMIT:
                cache.clear()
            known = cache[token] = self._speaker_head(token)
        return known

    def _speaker_head(self, token: str) -> bool:
        elided = self.lex.elided.match(token) if self.lex.lang.elided_articles else None
        if elided is not None:
            token = token[elided.end() :]  # "l'agence": the noun without its article
        if token in self.lex.lang.dateline_sources:
            return True  # an agency by its own name, as it writes it: "meldete dpa"
        if self.lex.lang.capitalized_nouns and not token[:1].isupper():
            tail = token.rpartition("-")[2]  # "dpa-Korrespondent": the noun after a lower-case first part
            return tail != token and tail[:1].isupper() and self._speaker_head(tail)
        if self.lex.speaker_noun.fullmatch(token) or _ACRONYM.fullmatch(token):
            return True
        lowered = token.lower()
        return any(
            lowered.endswith(suffix) and len(token) > len(suffix) + 2 and self.lex.speaker_noun.fullmatch(token[: -len(suffix)])
            for suffix in self.lex.lang.genitive_suffixes
        )

    def _compound_head(self, tokens: list[regex.Match[str]], j: int) -> int | None:
        """The index of a speaker noun at ``tokens[j]`` or after up to two lowercase modifiers
        ("humanitarian office", "human rights office"), where nouns are not capitalised."""
        for k in range(j, min(j + 3, len(tokens))):
            word = tokens[k].group()
            if not word[:1].islower():
                return None
            if self._is_speaker_head(word):
                return k
            if word in self.lex.stopwords or self.lex.speech.fullmatch(word) or self.lex.cat_verb.fullmatch(word):
                return None
        return None

    def _nation(self, word: str) -> str | None:
        """The country a nationality adjective names: "Israeli", "israelischen", "US-Soldaten"."""
        demonyms = self.lex.lang.demonyms
        if self.lex.lang.compound_nouns and "-" not in word:  # "Bundeswehrsoldaten"
            word = next((key for key in demonyms if key[:1].isupper() and len(key) > 3 and word.startswith(key)), word)
        for form in (word, word.split("-", 1)[0]) if "-" in word else (word,):
            nation = demonyms.get(form)
            if nation is None:
                nation = next(
                    (demonyms[form[: -len(e)]] for e in self.lex.lang.demonym_endings if form.endswith(e) and form[: -len(e)] in demonyms),
                    None,
                )
            if nation is not None:
                return nation
        return None

    def _state(self, word: str) -> str | None:
        """The country a country's or capital's name speaks for as a source ("laut Israel", "Nach Angaben
        Israels", "Moskau zufolge"): its name as written, without a genitive ending."""
        place = self._place(word)
        if place is None or place.kind not in ("country", "capital"):
            return None
        for ending in self.lex.lang.place_inflections:
            if word.endswith(ending) and self._place(word[: -len(ending)]) is place:
                return word[: -len(ending)]
        return word

    def _seat(self, word: str) -> bool:
        """Whether a speaker noun sits in its capital ("ministry in Kabul") rather than reports from it."""
        seats = self.lex.seat_noun
        return seats is None or seats.fullmatch(word) is not None
