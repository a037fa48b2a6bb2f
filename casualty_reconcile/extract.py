"""Claim extraction: every numeric claim of a news text, with its attributes and provenance.

The engine works in passes over one document:

1. header and dateline (publication date, outlet, filing place);
2. sentences (and paragraphs);
3. figures, from the number grammar (:func:`casualty_reconcile.numbers.scan_counts`);
4. per figure: what is counted (the noun after it, the verb near it), who (group lexicons,
   "auf Seiten der ...", "weitere", "darunter"), where (gazetteer, "landesweit");
5. per sentence: who said it and through whom, carried into following sentences that go on
   reporting (reported speech, "demnach", a run of figures), stopped by a new source;
6. time (weekday and relative-day references against the publication day) and flags.

Everything language-specific comes from the language's data module; the engine never branches
on a language's name.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
import warnings
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from . import geo, textnorm
from ._patterns import (
    Scan,
    candidates,
    fast_class,
    folded,
    gated_finditer,
    gated_last,
    gated_search,
    literal_prefix,
    literal_starts,
    top_level,
)
from ._patterns import gate as _gate
from .display import ClaimList
from .errors import InputError
from .lang import SUPPORTED, LanguageData, all_languages, get_language
from .models import Category, Claim, Count, Flag, Qualifier, make_claim_id, normalize_published, published_day
from .numbers import grammar, iter_counts

_FLAGS = regex.IGNORECASE | regex.UNICODE
_CORE = frozenset({Category.DEATHS, Category.INJURIES, Category.ARRESTS, Category.MISSING, Category.DISPLACED})
_CROWDS = frozenset({Category.TROOPS, Category.PARTICIPANTS})
# what an actor does to others: who killed or wounded is no source of the figure ("Als die Hamas einen
# Angriff verübte, wurden 1.400 Menschen getötet"), unlike the authority that arrests or deploys
_CAUSED = frozenset({"deaths", "injuries"})
_HARM = frozenset({Category.DEATHS, Category.INJURIES, Category.ARRESTS, Category.MISSING})
_NP_CHARS = 80
_LEFT_CHARS = 90
_RIGHT_CHARS = 110
_CUE_CHARS = 300  # how far back a toll cue or a side ("die Zahl der Toten stieg ... auf") is looked for
_CLAUSE_CHARS = 300  # how far past a figure its clause's own source is looked for
_PLACE_CHARS = 220
_LEAD_CHARS = 1200  # where the lead is looked for: the headline and the first sentences
_LEAD_SENTENCES = 4
_LEAD_NEAR = 60  # a country named this close to a town only locates it ("Pakistan's city of Peshawar")
_SENTENCE_ENDS = frozenset(".!?…:\"'“”»«’)")
_NO_PREPOSITION_PENALTY = 200
_CLAUSE_PENALTY = 80
_CLAUSE_BREAK = regex.compile(r"[,;:]")
_DIGITS_RUN = regex.compile(r"\d+")
_PREPOSITION_BEFORE = regex.compile(r"(?<![\w-])(\w+)[\s\u00a0]+$")
# a part of a personal name written with its particle ("al-Mandhari", "el-Sisi", "bin-Salman")
_NAME_PARTICLE = regex.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|ul|abu|bin|ibn|Al|El|Abu|Bin|Ibn)-\p{Lu}[\p{L}'’-]*")
_SENTENCE_MARK = regex.compile(r"[.!?]\s")
_ROMAN = regex.compile(r"[IVXLC]+")
_BARE_JOIN = regex.compile(r"[\s,]*(?:und|and|sowie)?[\s]*", _FLAGS)
_PREVIOUS_WORD = regex.compile(r"(\w+)\W+(?:\w+\W+)?$")
_FIRST_WORD = regex.compile(r"\S+\s+")
_NOUN_JOIN = regex.compile(r"[\s\u00a0]+(?:und|oder|and|or)[\s\u00a0]+", regex.IGNORECASE)
_NAME = r"(?P<name>(?:\p{Lu}[\p{Ll}'’-]+[\s\u00a0]+){1,2}\p{Lu}[\p{Ll}'’-]+)"  # two or three capitalised words
_NAME_IN_COMMAS = regex.compile(rf",[\s\u00a0]*{_NAME}[\s\u00a0]*,[\s\u00a0]*$")
_NAME_BEFORE_COMMAS = regex.compile(rf"[\s\u00a0\"„“»«]*{_NAME}[\s\u00a0]*,[\s\u00a0]*(?P<article>\w+)[^,.;:]{{3,100}},[\s\u00a0]*$")
_NEXT_LOWER_WORD = regex.compile(r"(?:['’]s)?[\s\u00a0]+(\p{Ll}[\p{L}-]*)")
_SHORT_NAME = regex.compile(r"[\s\u00a0]*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,7}\)")  # "(IHR)" after a name


class LanguageNotDetectedWarning(UserWarning):
    """``extract(language=None)`` could not tell the text's language; no claims were extracted."""


def _alt(patterns: Any) -> str:
    items = sorted(patterns, key=len, reverse=True)
    return "|".join(f"(?:{p})" for p in items) or "(?!)"


_START = r"\b(?<!-)"  # a word start (lexicon entries begin with a letter); \b first, as it is cheap
# each lexicon pattern's stdlib scan of its gate (see _patterns.gated_search), kept where it is compiled
_SCANS: dict[regex.Pattern[str], Scan | None] = {}


def _gated(gate: str, body: str, word_end: bool) -> regex.Pattern[str]:
    """``body`` behind a word start and ``gate``; its stdlib scan is kept in ``_SCANS``."""
    tail = r"(?![\w])" if word_end else ""
    pattern = regex.compile(rf"{_START}{gate}(?:{body}){tail}", _FLAGS)
    _SCANS[pattern] = candidates(gate)
    return pattern


def _dates(lang: LanguageData) -> regex.Pattern[str]:
    """A day of a month as the language writes it, the month in group "month". Its gate is the
    date's shape with the months' first letters (a trie): "may", "march" and digits are too
    frequent to be tried alone."""
    if not lang.date_formats:
        return _gated("(?!)", "(?!)", True)
    months = "(?:" + _gate(list(lang.months), word_end=False)[3:-1] + r")\w*\.?"
    gate = "(?=(?:" + "|".join(form.replace("{month}", months) for form in lang.date_formats) + "))"
    body = _alt(form.replace("{month}", f"(?P<month>{_alt(lang.months)})") for form in lang.date_formats)
    return _gated(gate, body, True)


def _words(patterns: Any) -> regex.Pattern[str]:
    patterns = tuple(patterns)
    return _gated(_gate(patterns, word_end=True), _alt(patterns), True)


def _named(groups: Mapping[str, Any], *, trailing: bool = True) -> regex.Pattern[str]:
    parts = [f"(?P<{name}>{_alt(pats)})" for name, pats in groups.items() if pats]
    every = [p for pats in groups.values() for p in pats]
    return _gated(_gate(every, word_end=trailing), "|".join(parts) or "(?!)", trailing)


def _named_scan(groups: Mapping[str, Any]) -> tuple[regex.Pattern[str], Scan | None]:
    """:func:`_named`, and the stdlib scan of its gate for :func:`gated_finditer`."""
    pattern = _named(groups)
    return pattern, _SCANS[pattern]


@dataclass(frozen=True)
class Lexicon:
    """The compiled patterns of one language."""

    lang: LanguageData
    cat_noun: regex.Pattern[str]
    cat_verb: regex.Pattern[str]
    group: regex.Pattern[str]
    group_head: regex.Pattern[str]  # a group noun closing a compound ("Regierungs|soldaten", "US-|Soldaten")
    person: regex.Pattern[str]
    unit: regex.Pattern[str]
    unit_verb: regex.Pattern[str]  # "entführt", "kidnapped": the people counted are hostages, not a toll
    participant_verb: regex.Pattern[str]
    subset_end: regex.Pattern[str]
    previous_value: regex.Pattern[str]
    further: regex.Pattern[str]
    side: regex.Pattern[str]
    speech: regex.Pattern[str]
    according: regex.Pattern[str]
    according_after: regex.Pattern[str]
    citing: regex.Pattern[str]
    self_attr: regex.Pattern[str]
    speaker_noun: regex.Pattern[str]
    speaker_phrases: tuple[tuple[regex.Pattern[str], str], ...]
    named_sources: tuple[tuple[regex.Pattern[str], str], ...]
    phrase_any: regex.Pattern[str]
    named_any: regex.Pattern[str]
    referring: regex.Pattern[str]
    back_reference: regex.Pattern[str]
    article: regex.Pattern[str]
    nationwide: regex.Pattern[str]
    place_noun: regex.Pattern[str]
    place_locator: regex.Pattern[str]
    settlement_before: regex.Pattern[str]  # REVERSE: a noun of a kind of place right before a name
    locator_starts: frozenset[str]  # the first words of the place locators
    foreign: regex.Pattern[str]
    pronoun: regex.Pattern[str]
    outlets: tuple[tuple[regex.Pattern[str], str], ...]
    outlet_any: regex.Pattern[str]
    outlet_prefixes: tuple[str, ...]  # one of these starts every outlet mention (lowercased); ("",) if unknown
    header: regex.Pattern[str]
    place_cache: dict[str, geo.Place | None]
    head_cache: dict[str, bool]
    days: regex.Pattern[str]
    marks: regex.Pattern[str]
    marks_scan: Scan | None
    toll: regex.Pattern[str]
    relative_offsets: tuple[int, ...]
    period_start: regex.Pattern[str]  # REVERSE: "seit dem", "since" right before a date
    seat_after: regex.Pattern[str]  # "ansässigen" right after a place: the seat of a source
    seat_prefix: regex.Pattern[str]  # "in Großbritannien ansässigen " opening a source's description
    dates: regex.Pattern[str]  # a day of a month ("3. Januar", "Jan. 3, 2024"), the month in group "month"
    month_numbers: tuple[tuple[regex.Pattern[str], int], ...]
    modifier_after: regex.Pattern[str]
    location_before: regex.Pattern[str]
    stopwords: frozenset[str]
    np_stop: regex.Pattern[str]
    media: regex.Pattern[str]  # searched in a speaker's name: a medium ("Nachrichtenagentur Anadolu")
    part_of_number: regex.Pattern[str]  # "21 der 60", "21 of the 60": between a part and its whole
    contrast_word: regex.Pattern[str]  # "while", "während", with or without a comma before it
    negated: regex.Pattern[str]  # REVERSE: a negation right before a verb of harm ("nicht verletzt", "not injured")
    subset_after: regex.Pattern[str]
    subset_tail: regex.Pattern[str]
    one_case: frozenset[str]  # the articles and pair words: a figure that counts one case ("ein Polizist", "beide Fahrer")


@lru_cache(maxsize=16)
def lexicon(code: str) -> Lexicon:
    """The compiled lexicon of a language (cached)."""
    lang = get_language(code)
    group_keys = {key: pats for key, pats in lang.group_words.items()}
    speech = _words(lang.speech_verbs)
    according = _words(lang.according_to)
    according_after = _words(lang.according_to_after)
    citing = _words(lang.citing)
    self_attr = _words(lang.self_attribution)
    # each phrase alone, to expand a template ("\\1e Angaben") where the combined scan found it
    phrases = tuple((regex.compile(rf"(?:{p})(?![\w])", _FLAGS), name) for p, name in lang.speaker_phrases.items())
    # attribution cues, reported speech, unverified and no-figure cues, days: one document scan
    marks, marks_scan = _named_scan(
        {
            "cue": [*lang.speech_verbs, *lang.according_to, *lang.according_to_after, *lang.citing,
                    *lang.self_attribution, *lang.speaker_phrases],
            "rep": tuple(lang.reported_speech),
            "unv": tuple(lang.unverified_cues),
            "nofig": tuple(lang.no_figure_cues),
            **{f"w{d}_{i}": (p,) for i, (p, d) in enumerate(lang.weekdays.items())},
            **{f"r{i}": (p,) for i, p in enumerate(lang.relative_days)},
        }
    )
    return Lexicon(
        lang=lang,
        cat_noun=_named({c.value: p for c, p in lang.category_nouns.items()}),
        cat_verb=_named({c.value: p for c, p in lang.category_verbs.items()}),
        group=_named(group_keys),
        group_head=regex.compile(
            rf"(?<=\p{{L}}{{3}}-?|\p{{Lu}}{{2}}-)(?:{'|'.join(f'(?P<{k}>{_alt(p)})' for k, p in group_keys.items() if p) or '(?!)'})(?![\w])",
            _FLAGS,
        ),
        person=_words(lang.person_words),
        unit=_named(dict(lang.unit_words)),
        unit_verb=_named(dict(lang.unit_verbs)),
        participant_verb=_words(lang.participant_verbs),
        previous_value=regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.previous_value_cues)})[\s\u00a0]*$", _FLAGS | regex.REVERSE  # match() from the end
        ),
        subset_end=regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.subset_cues)})(?:[\s\u00a0]+\p{{Ll}}[\w-]*){{0,2}}[\s\u00a0]*[„\"“»«‚'(]?[\s\u00a0]*$",
            _FLAGS | regex.REVERSE,  # anchored at the end: match() from there
        ),
        further=_words(lang.further_words),
        side=regex.compile(rf"(?<![\w-])(?:{_alt(lang.side_cues)})[\s\u00a0]+", _FLAGS),
        speech=speech,
        according=according,
        according_after=according_after,
        citing=citing,
        self_attr=self_attr,
        speaker_noun=regex.compile(rf"(?:{_alt(lang.speaker_nouns)})", _FLAGS),
        speaker_phrases=phrases,
        phrase_any=_named({f"p{i}": (p,) for i, p in enumerate(lang.speaker_phrases)}),
        named_any=_named({f"n{i}": (p,) for i, p in enumerate(lang.named_sources)}),
        named_sources=tuple(
            (regex.compile(rf"(?<![\w-])(?:{p})(?![\w])", _FLAGS), name) for p, name in lang.named_sources.items()
        ),
        referring=regex.compile(rf"(?:{_alt(lang.referring_nouns)})$", _FLAGS),
        back_reference=regex.compile(rf"[\s\"„“»«]*(?:{_alt(lang.back_reference)})(?![\w])", _FLAGS),
        article=regex.compile(rf"(?:{_alt(lang.articles)})", _FLAGS),
        nationwide=_words(lang.nationwide_words),
        place_noun=_words(lang.place_nouns),
        settlement_before=regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.settlement_nouns)})[\s\u00a0]+$", _FLAGS | regex.REVERSE
        ),
        place_locator=regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.place_locators)})[\s\u00a0]+", _FLAGS),
        locator_starts=frozenset(
            literal_prefix(a).split()[0] for p in lang.place_locators for a in top_level(p) if literal_prefix(a).strip()
        ),
        foreign=_words(lang.foreign_troop_cues),
        pronoun=regex.compile(rf"(?:{_alt(lang.pronouns)})", _FLAGS),
        outlets=tuple((regex.compile(rf"(?:{p})", _FLAGS), name) for p, name in lang.outlet_mentions.items()),
        outlet_prefixes=literal_starts(lang.outlet_mentions),
        outlet_any=regex.compile(
            "|".join(f"(?P<o{i}>{p})" for i, p in enumerate(lang.outlet_mentions)) or "(?!)", _FLAGS
        ),
        header=regex.compile(rf"^[\s\ufeff]*(?:{lang.header_date})[\s:]+(?P<date>\d{{4}}(?:-\d{{2}}(?:-\d{{2}})?)?)(?![\d-])", _FLAGS),
        place_cache={},
        head_cache={},
        relative_offsets=tuple(lang.relative_days.values()),
        dates=_dates(lang),
        month_numbers=tuple((regex.compile(rf"(?:{p})$", _FLAGS), n) for p, n in lang.months.items()),
        seat_after=regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.seat_words)})(?![\w])", _FLAGS),
        seat_prefix=regex.compile(
            rf"(?:{_alt(lang.location_prepositions)})[\s\u00a0]+\p{{Lu}}[\w.-]*(?:[\s\u00a0]+\p{{Lu}}[\w.-]*)?[\s\u00a0]+"
            rf"(?:{_alt(lang.seat_words)})[\s\u00a0]+",
            _FLAGS,
        ),
        period_start=regex.compile(rf"(?<![\w])(?:{_alt(lang.not_as_of_before)})[\s\u00a0]+(?:the[\s\u00a0]+)?$", _FLAGS | regex.REVERSE),
        days=_named(
            {
                **{f"w{d}_{i}": (p,) for i, (p, d) in enumerate(lang.weekdays.items())},
                **{f"r{i}": (p,) for i, p in enumerate(lang.relative_days)},
            }
        ),
        marks=marks,
        marks_scan=marks_scan,
        toll=_named({c.value: p for c, p in lang.toll_cues.items()}),
        modifier_after=regex.compile(rf"(?:{_alt(lang.modifier_after)})", regex.UNICODE),
        location_before=regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.location_prepositions)})[\s\u00a0]+(?:\p{{Ll}}[\w-]*[\s\u00a0]+){{0,5}}"
            rf"(?:\p{{Lu}}[\w-]*(?:['’]s)?[\s\u00a0]+(?:\p{{Ll}}{{1,3}}[\s\u00a0]+)?)?$",
            regex.UNICODE | regex.REVERSE,  # anchored at the end: match() from there
        ),
        stopwords=lang.stopwords,
        np_stop=_words(lang.np_stop_words),
        media=_words(lang.media_words),
        part_of_number=regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.part_of_number) or '(?!)'})[\s\u00a0]+", _FLAGS),
        contrast_word=regex.compile(rf"(?<![\w])(?:{_alt(lang.contrast_words) or '(?!)'})(?![\w])|;", _FLAGS),
        negated=regex.compile(rf"(?<![\w'])(?:{_alt(lang.harm_negations) or '(?!)'})[\s\u00a0]+$", _FLAGS | regex.REVERSE),
        one_case=lang.not_alone | lang.pair_words,
        subset_tail=regex.compile(rf"(?:{_alt(lang.subset_cues)})[\s\u00a0]+(?P<skip>\w+[\s\u00a0]+)?", _FLAGS),
        subset_after=regex.compile(rf"[\s\u00a0]*(?:{_alt(lang.subset_cues_after)})(?![\w])", _FLAGS),
    )


# ---- language-neutral patterns ---------------------------------------------------------------

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*(?<![.'’-])")
_BOUNDARY = regex.compile(r"[.!?…;][\"'“”»«’)\]]*[\s\u00a0]+|\n[\s\u00a0]*")
_PARAGRAPH = regex.compile(r"\n[ \t\u00a0]*\n")
_DATELINE = regex.compile(
    r"[\s\ufeff]*(?P<place>\p{Lu}[\p{L}\p{M}.'’ /-]{1,40}?)(?:,[\s\u00a0]*(?P<extra>[^()\n]{1,40}?))?[\s\u00a0]*"
    r"(?:\((?P<source>[^()\n]{2,40})\)[\s\u00a0]*(?:--?|–|—|[.:])|(?:--?|–|—))[\s\u00a0]+",
)
_CAPITALISED = regex.compile(r"\b(?<!-)\p{Lu}[\p{L}\p{M}-]*\p{L}")  # \b first: cheap
_NEXT_CAPITALISED = regex.compile(r" (\p{Lu}[\p{L}\p{M}-]+)(?![\p{L}\p{N}])")
_ACRONYM = regex.compile(r"\b(?<!-)\p{Lu}{2,6}(?![\w-])")
_DASHES = frozenset("-–—")
_MEDIUM_CHARS = 60  # a medium that reports names itself this close to its verb ("Radio New Zealand reported")
_ASIDE_CHARS = 120  # the longest aside between two dashes
_CLAUSE_STOP = regex.compile(r"[;:]|[!?](?=\s)|(?<!(?<!\p{L})\p{Lu})\.(?=\s)|\s[-–—]\s")
_NP_STOP = regex.compile(r"[,;:!?()\[\]]|(?<!(?<!\p{L})\p{Lu})\.|\s[-–—]\s")  # not in "U.N. peacekeepers"
_PLACE_RUN = regex.compile(r"(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}\p{N}\p{M}'’.-]*(?<![.'’-])(?: \p{Lu}[\p{L}\p{N}\p{M}'’.-]*(?<![.'’-]))*")
_DATELINE_AFTER = regex.compile(r"[\s\u00a0]*\([^()\n]{1,40}\)[\s\u00a0]*[-–—]")
_PLACE_WORDS = {
    n: regex.compile(r"\p{Lu}[\p{L}\p{N}\p{M}'’.-]*(?<![.'’-])" + r"(?: \p{Lu}[\p{L}\p{N}\p{M}'’.-]*(?<![.'’-]))" * (n - 1) + r"(?![\p{L}\p{N}])")
    for n in (2, 3)
}
_MULTIWORD_PLACE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}-]+ \p{Lu}[\p{L}\p{M}-]+(?![\p{L}\p{N}])")
_DIGIT = regex.compile(r"\d")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}")
_NAME_PAIR = regex.compile(r"(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{M}'’.-]*) (\p{Lu}[\p{L}\p{M}-]*\p{L})(?![\p{L}\p{N}])")


# the same two patterns for the stdlib (on text `folded` accepts, where the classes agree): it scans
# about twice as fast, starting only at capitals
@lru_cache(maxsize=1)
def _capitalised_fast() -> re.Pattern[str]:
    upper, word, letter = fast_class(r"\p{Lu}"), fast_class(r"[\p{L}\p{M}-]"), fast_class(r"\p{L}")
    return re.compile(rf"{upper}(?<![\w-].){word}*{letter}")  # _CAPITALISED


@lru_cache(maxsize=1)
def _name_pair_fast() -> re.Pattern[str]:
    upper = fast_class(r"\p{Lu}")
    inner = fast_class(r"[\p{L}\p{M}'’.-]")
    head = fast_class(r"[\p{L}\p{M}-]")
    before = fast_class(r"[\p{L}\p{N}'’.-]")
    after = fast_class(r"[\p{L}\p{N}]")
    letter = fast_class(r"\p{L}")
    return re.compile(rf"{upper}(?<!{before}.)(?=({inner}*) ({upper}{head}*{letter})(?!{after}))")  # _NAME_PAIR


_LAST_WORD = regex.compile(r"(\w+)[\s\u00a0]+$")
_NEXT_NAME_WORD = regex.compile(r"[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}")  # "for Human", "for the Coordination"
_SUBJECT_STOP = regex.compile(r"[,;:\"“”„»«()\[\]]|\s[-–—]+\s")
_CONJ_STOP = regex.compile(r"(?<![\w-])(?:und|oder|sowie|and|or|as well as|but|aber|while|während)(?![\w])", _FLAGS)


@dataclass
class _Attr:
    speaker: str | None
    via: str | None
    weak: bool = False
    pronoun: bool = False
    day: dt.date | None = None


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    counts: list[Count] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    attr: _Attr | None = None
    explicit: _Attr | None = None
    carried: bool = False


@dataclass
class _Doc:
    text: str
    lex: Lexicon
    published: str | None
    day: dt.date | None
    country: str | None
    orgs: list[tuple[int, str]] | None  # read on first use: only "die Organisation" needs them


# ---- public entry point ----------------------------------------------------------------------


def detect_language(text: str) -> str | None:
    """The supported language ``text`` is written in, by frequent words; ``None`` when unclear."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    sample = text[:20000].lower()
    words = regex.findall(r"\p{L}+", sample)
    if not words:
        return None
    scores = {lang.code: sum(1 for w in words if w in lang.stopwords) for lang in all_languages()}
    best = max(scores, key=lambda code: scores[code])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    if ranked[0] < 2 and len(words) > 6:
        return None
    return best


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    published: str | dt.date | None = None,
    language: str | None = None,
) -> ClaimList:
    """Every numeric claim in ``text``, in document order (a list with a rich display in Jupyter).

    ``language`` is an ISO 639-1 code ("de", "en"); ``None`` detects it from the text (a
    :class:`LanguageNotDetectedWarning` and no claims when that fails). ``published`` (a date or
    ISO string) anchors "am Sonntag" / "yesterday"; without it a header such as ``date 2022-01``
    is used. ``source`` is the outlet; without it a dateline such as ``ALMATY (dpa-AFX) -`` is used.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    for name, value in (("doc_id", doc_id), ("source", source)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    # the engine reads the text with invisible characters removed and its layout undone; the
    # claims' spans are then put back into the text as given
    normalized, offsets = textnorm.normalize(text)
    if language is None:
        code = detect_language(normalized)
        if code is None:
            if text.strip():
                warnings.warn(
                    f"could not tell the language of document {doc_id or '(unnamed)'}; pass language= "
                    f"(supported: {', '.join(SUPPORTED)})",
                    LanguageNotDetectedWarning,
                    stacklevel=2,
                )
            return ClaimList()
    else:
        code = get_language(language).code
    published_iso = normalize_published(published)
    if doc_id is None:
        doc_id = "doc-" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    engine = _Extractor(normalized, lexicon(code), doc_id, source, published_iso)
    claims = _flag_outside_calendar(engine.run(), normalized, engine.outside_calendar)
    return ClaimList(textnorm.claims_to_original(claims, text, offsets))


def _flag_outside_calendar(claims: list[Claim], text: str, positions: list[int]) -> list[Claim]:
    """Claims whose sentence has a day reference that falls outside the calendar ("am Vortag" of
    0001-01-01) flagged ``date_outside_calendar`` (the reference itself is dropped)."""
    if not positions:
        return claims
    flagged = []
    for claim in claims:
        at = text.rfind(claim.sentence, max(0, claim.end - len(claim.sentence)), claim.start + len(claim.sentence))
        if at >= 0 and any(at <= p < at + len(claim.sentence) for p in positions):
            claim = claim.model_copy(update={"flags": (*claim.flags, Flag.OUTSIDE_CALENDAR.value)})
        flagged.append(claim)
    return flagged


# ---- the engine ------------------------------------------------------------------------------


class _Extractor:
    def __init__(self, text: str, lex: Lexicon, doc_id: str, source: str | None, published: str | None) -> None:
        self.text = text
        self.low = folded(text)  # lowercased for the stdlib gates (None: the plain scans)
        self.lex = lex
        self.doc_id = doc_id
        self.source = source
        self.published = published
        self.previous_speaker: str | None = None
        self.place_names: dict[tuple[int, int], list[regex.Match[str]]] = {}  # by window
        self.speakers: list[str] = []  # explicit speakers so far, for "the ministry" referring back
        self.outside_calendar: list[int] = []  # day references that name no day of the calendar

    # -- document level --

    def _header(self) -> int:
        body = 0
        m = self.lex.header.match(self.text)
        if m is not None:
            body = m.end()
            if self.published is None:
                try:
                    self.published = normalize_published(m.group("date"))
                except InputError:
                    pass
        d = _DATELINE.match(self.text, body, body + 120)
        if d is not None and (d.group("source") or d.group("place").isupper() or "/" in d.group("place")
                              or self._place(d.group("place").split("/")[0].strip().title()) is not None):
            if self.source is None and d.group("source"):
                self.source = d.group("source").strip()
            self.dateline_place = d.group("place").split("/")[0].strip()
            self.dateline_extra = (d.group("extra") or "").strip()  # "KABUL, Afghanistan (AP) --"
            body = d.end()
        head = self.low[:2000] if self.low is not None else None
        if self.source is None and (head is None or any(p in head for p in self.lex.outlet_prefixes)):
            hit = self.lex.outlet_any.search(self.text, 0, 2000)
            if hit is not None and hit.lastgroup:
                self.source = self.lex.outlets[int(hit.lastgroup[1:])][1]
        return body

    def _sentences(self, lo: int, hi: int, paragraph_starts: list[int]) -> list[_Sentence]:
        """The sentences between ``lo`` and ``hi`` (paragraph starts), each with its paragraph's index."""
        text = self.text
        out: list[_Sentence] = []
        start = lo
        abbreviations = self.lex.lang.abbreviations
        month_re = _month_re(tuple(self.lex.lang.month_names))
        for m in _BOUNDARY.finditer(text, lo, hi):
            end = m.start() + 1 if text[m.start()] != "\n" else m.start()
            if end <= start:
                continue
            if "\n" not in m.group():
                nxt = text[m.end() : m.end() + 1]
                if nxt.islower():
                    continue
                cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end), start - 1)
                token = text[cut + 1 : end].rstrip(".!?…\"'“”»«’)]").lstrip("\"'„“”»«(").lower()
                if token in abbreviations or (len(token) == 1 and token.isalpha()):
                    continue
                if token.isdigit() and month_re.match(text, m.end()):
                    continue
            out.append(_Sentence(start, end, bisect.bisect_right(paragraph_starts, start)))
            start = m.end()
        tail = text[start:hi]
        if tail.strip():
            out.append(_Sentence(start, start + len(tail.rstrip()), bisect.bisect_right(paragraph_starts, start)))
        return out

    def _article_country(self, body: int) -> str | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        words = (_capitalised_fast() if self.low is not None else _CAPITALISED).findall(self.text, body)
        tokens = Counter(words)
        pairs: Counter[str] = Counter()
        for word in geo.multiword_starts().intersection(tokens):  # "North Macedonia", "Sri Lanka": two-word names
            at = self.text.find(word + " ", body)
            while at >= 0:
                nxt = _NEXT_CAPITALISED.match(self.text, at + len(word))
                if nxt is not None:
                    pairs[f"{word} {nxt.group(1)}"] += 1
                at = self.text.find(word + " ", at + 1)
        tokens.update({pair: n for pair, n in pairs.items() if self._place(pair) and not self.lex.named_any.fullmatch(pair)})
        if not self.lex.lang.capitalized_nouns:  # "said Ali Hassan": a place name inside a person's name
            for given, name in self._name_pairs(body):
                if name in tokens and not self._may_precede_place(given):
                    tokens[name] -= 1
        cache = self.lex.place_cache
        for token, n in tokens.items():
            if n <= 0:
                continue
            place = cache[token] if token in cache else self._place(token)  # most are known non-places
            if place is None or place.kind == "town":
                continue
            counts[place.country] += n * (2 if place.kind == "country" else 1)
            first[place.country] = min(first.get(place.country, len(self.text)), self.text.find(token, body))
        dateline = getattr(self, "dateline_place", None)
        home = self._place(dateline.title()) if dateline else None
        if home is not None:  # the filing place counts a little: reporters file from neighbouring capitals
            counts[home.country] += 1
            first.setdefault(home.country, len(self.text))
        named = self._place(getattr(self, "dateline_extra", ""))
        if named is not None and named.kind in ("country", "region"):  # "KYIV, Ukraine (AP) --", "LAHAINA, Hawaii (AP) --"
            counts[named.country] += 2
            first.setdefault(named.country, len(self.text))
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], -first[c]))

    def _event_place(self, body: int, paragraph_starts: list[int], read: list[_Sentence]) -> str | None:
        """The town or region the story happens in, when its lead says so: the first sentence after
        the headline that names a place after a preposition (or a noun of place) names one inside
        the article's country, and not the country alone ("At least 32 people were killed in a
        market in Pakistan's northwestern city of Peshawar", "In einem Zentrum der Zeugen Jehovas in
        Hamburg sind Schüsse gefallen"). A lead that names the country ("Die Behörden in Kasachstan
        sprachen von 164 Toten") speaks for the whole country: then there is none."""
        country = self.doc.country
        text = self.text
        hi = min(len(text), body + _LEAD_CHARS)
        # the lead is most often read already, as the paragraphs with figures and the one before them
        lead = read if read and read[0].start == body else self._sentences(body, hi, paragraph_starts)
        for sentence in lead[:_LEAD_SENTENCES]:
            if sentence.start >= hi:
                break
            end = sentence.end
            if text[end - 1 : end] not in _SENTENCE_ENDS and text[end : end + 1] in ("\n", ""):
                continue  # a headline ("Großeinsatz in Hamburg", "Suspected suicide bombing kills 32 in Pakistan")
            inner: list[tuple[int, int, str]] = []  # towns and regions of the country, after a preposition
            nations: list[tuple[int, int]] = []  # the country itself, however named
            for name in geo.country_names().get(country or "", ()):  # "in Central Asian Kazakhstan" too
                at = text.find(name, sentence.start, end)
                while at >= 0:
                    after = at + len(name)
                    if (at == 0 or not text[at - 1].isalnum()) and not _DATELINE_AFTER.match(text, after):
                        nations.append((at, after))  # (not "PESHAWAR, Pakistan (Reuters) -": where the report was filed)
                    at = text.find(name, after, end)
            for m in self._place_names(sentence.start, end):
                place = self._place(m.group())
                if place is None or place.kind == "country" or (country is not None and place.country != country):
                    continue
                before = text[max(sentence.start, m.start() - 40) : m.start()]
                if not (self.lex.location_before.match(before) or self.lex.settlement_before.match(text, max(sentence.start, m.start() - 40), m.start())):
                    continue
                prev = _PREVIOUS_WORD.search(before)
                speaker = prev.group(1) if prev is not None and self._is_speaker_head(prev.group(1)) else None
                if self._source_seat(m, place, speaker, sentence.start):
                    continue  # "nach Angaben der Regierung in Ankara": where the source sits
                inner.append((m.start(), m.end(), self._place_label(m.group(), place)))
            if not inner:
                if nations:
                    return None  # "Im zentralasiatischen Kasachstan eskaliert die Lage": the whole country
                continue
            first = inner[0]
            if any(abs(n[0] - first[1]) > _LEAD_NEAR and abs(first[0] - n[1]) > _LEAD_NEAR for n in nations):
                return None  # "in Kasachstan ... vor allem in Almaty": the country is the scope
            return first[2]
        return None

    def _name_pairs(self, body: int) -> Iterator[tuple[str, str]]:
        """Every two capitalised words in a row ("Ali Hassan"), overlapping ("Ali Hassan Kabul")."""
        if self.low is None:
            for m in _NAME_PAIR.finditer(self.text, body, overlapped=True):
                yield m.group(1), m.group(2)
            return
        for m in _name_pair_fast().finditer(self.text, body):  # one character consumed: every start
            yield m.group(0) + m.group(1), m.group(2)

    def _orgs(self, body: int) -> list[tuple[int, str]]:
        orgs: list[tuple[int, str]] = []
        for m in self.lex.named_any.finditer(self.text, body):
            if m.lastgroup:
                orgs.append((m.start(), self.lex.named_sources[int(m.lastgroup[1:])][1]))
        for m in _ACRONYM.finditer(self.text, body):
            token = m.group()
            if self._place(token) is None and self._place(token.title()) is None and not _ROMAN.fullmatch(token):
                orgs.append((m.start(), token))  # not "ALMATY" of a dateline
        orgs.sort()
        return orgs

    def run(self) -> list[Claim]:
        body = self._header()
        text = self.text
        counts = [c for c in iter_counts(grammar(self.lex.lang.code), text, "interval", self.low) if c.start >= body]
        if not counts:
            return []
        # only paragraphs with figures, and the paragraph before each (whose source may carry on),
        # are read sentence by sentence
        paragraph_starts = [m.end() for m in _PARAGRAPH.finditer(text, body)]
        regions: list[tuple[int, int]] = []
        for index in sorted({bisect.bisect_right(paragraph_starts, c.start) for c in counts}):
            lo = body if index < 2 else paragraph_starts[index - 2]
            hi = paragraph_starts[index] if index < len(paragraph_starts) else len(text)
            if regions and lo <= regions[-1][1]:
                regions[-1] = (regions[-1][0], hi)
            else:
                regions.append((lo, hi))
        self.regions = regions
        sentences = [s for lo, hi in regions for s in self._sentences(lo, hi, paragraph_starts)]
        self.count_starts = [c.start for c in counts]
        starts = [s.start for s in sentences]
        for count in counts:
            index = bisect.bisect_right(starts, count.start) - 1
            if index >= 0 and count.start < sentences[index].end:
                sentences[index].counts.append(count)
        doc = _Doc(text, self.lex, self.published, published_day(self.published), self._article_country(body), None)
        self.doc = doc
        self.body = body
        self._scan_marks(regions)
        self.lead = (body, paragraph_starts, sentences)
        self.event: str | bool | None = False  # the event's place, read from the lead when first needed
        no_figure = self.no_figure_marks
        self.last_items: list[dict[str, Any]] = []
        paragraph = -1
        for sentence in sentences:
            if sentence.paragraph != paragraph:
                self.last_items, paragraph = [], sentence.paragraph
            if sentence.counts and not self._any(no_figure, sentence.start, sentence.end):
                sentence.claims = self._claims_of(sentence)
                self.last_items = sentence.claims or self.last_items
        self._scan_dates(sentences)
        self._attribute(sentences)
        self._flag_unverified(sentences)
        return self._build(sentences)

    # -- figures --

    def _claims_of(self, sentence: _Sentence) -> list[dict[str, Any]]:
        text = self.text
        lex = self.lex
        out: list[dict[str, Any]] = []
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
            connector = text[out[-1]["end"] : count.start] if out and out[-1]["count"] is counts[i - 1] else None
            if parent is None and connector is not None and out[-1]["parent"] is not None and _CONJ_STOP.fullmatch(connector.strip(" ,")):
                parent = out[-1]["parent"]  # "darunter 43 Kinder und 25 Frauen"

            category: Category | None
            restated: dict[str, Any] | None = None
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
                category = Category(parent["category"])
            elif out and out[-1]["count"] is counts[i - 1] and (
                _CONJ_STOP.fullmatch(connector := text[out[-1]["end"] : count.start].strip(" ,")) or (not connector and (group_m or person_m))
            ):
                category = Category(out[-1]["category"])  # "19 children and two teachers", "20 soldiers and 15 militants"
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
                category = Category(out[-1]["category"])  # "die Polizei sprach von 338.000 Teilnehmern, die Veranstalter von 500.000"
            elif (restated := self._restated(count, out, np_tokens, noun, person_m, left_start, left)) is not None:
                category = Category(restated["category"])  # "..., während die Veranstalter von 20.000 sprachen"
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
                category = Category(parent["category"])  # "killed 45 people, including six children, and wounded 79"

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
                group = restated["group"]
            if group is None and further_m is not None and out:
                # "killed 14 people, nine of whom were children, and wounded dozens more": more of the whole
                group = (out[-1]["parent"] or out[-1])["group"]
            if group is None and parent is None and out and not person_m and not noun and _BARE_JOIN.fullmatch( text[counts[i - 1].end : count.start].split(" ", 3)[-1]
            ):
                group = out[-1]["group"]
            troops_unsure = False
            if category is Category.TROOPS and group in (None, "security_forces", "all"):
                window_start = max(sentence.start, count.start - 120)
                if self._search(lex.foreign, window_start, min(sentence.end, count.end + 120)):
                    group = "foreign_troops"
                else:
                    group = "security_forces"
                    troops_unsure = True
            if group is None and category is Category.PARTICIPANTS and not person_m:
                group = out[-1]["group"] if out and out[-1]["category"] == category.value else None
            part = lex.subset_after.match(text, count.end) if group is None else None
            if part is not None:
                # "Eleven of the dead were children": the group follows the part, one or two words on
                said = lex.group.search(text, part.end(), min(right_end, part.end() + 30))
                if said is not None and len(self._tokens(part.end(), said.start())) <= 2:
                    group = said.lastgroup
            if group is None and parent is not None and part is not None:
                group = parent["group"]  # "30 protesters were hurt, two of them seriously"
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
                {
                    "count": part_count or count,  # "21 der 60 Insassen": the toll is the part
                    "start": (part_count or count).start,
                    "end": end,
                    "category": category.value,
                    "group": group,
                    "parent": parent,
                    "flags": flags,
                    "location": location,
                    "location_default": location_default,
                    # "42 weitere", "40 more", "Einer von ihnen", "One of the injured": the same event goes on
                    "continues": further_m is not None or lex.subset_after.match(text, count.end) is not None,
                    "troops_unsure": troops_unsure,
                }
            )
        return out

    def _paired_dash(self, sentence: _Sentence, dash: regex.Match[str]) -> bool:
        """Whether a dash opens or closes an aside set off by a second one, as commas would."""
        mark = dash.group().strip()
        text = self.text
        before = text.rfind(f" {mark} ", max(sentence.start, dash.start() - _ASIDE_CHARS), dash.start())
        return before >= 0 or text.find(f" {mark} ", dash.end(), min(sentence.end, dash.end() + _ASIDE_CHARS)) >= 0

    def _restated(
        self,
        count: Count,
        out: list[dict[str, Any]],
        np_tokens: list[regex.Match[str]],
        noun: regex.Match[str] | None,
        person: regex.Match[str] | None,
        left_start: int,
        left: str,
    ) -> dict[str, Any] | None:
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

    def _toll(self, start: int, end: int) -> Category | None:
        """The category of the last toll cue before a figure ("die Zahl der Toten stieg auf")."""
        toll = self._last(self.lex.toll, start, end)
        return Category(toll.lastgroup) if toll is not None and toll.lastgroup else None

    def _coordinated(self, counts: list[Count], i: int, np_end: int, sentence: _Sentence) -> Category | None:
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

    def _place(self, name: str) -> geo.Place | None:
        cache = self.lex.place_cache
        if name in cache:
            return cache[name]
        if len(cache) > 500_000:
            cache.clear()
        place = cache[name] = geo.lookup(name, self.lex.lang.place_inflections, self.lex.lang.place_prefixes)
        return place

    def _location(
        self, sentence: _Sentence, count: Count, parent: dict[str, Any] | None, next_start: int | None = None
    ) -> tuple[str | None, bool]:
        """The place a figure covers, and whether it is only the article's country by default."""
        if parent is not None:
            return parent["location"], parent["location_default"]
        text = self.text
        lo = max(sentence.start, count.start - _PLACE_CHARS)
        hi = min(sentence.end, count.end + _PLACE_CHARS)
        if next_start is None:
            next_start = -1
        best: tuple[int, str] | None = None
        best_place: geo.Place | None = None
        inner: list[tuple[int, str, geo.Place]] = []  # places named with a preposition in the figure's clause
        names = self._place_names(lo, hi)
        # the place the paragraph's last figures cover, which a speaker's own place does not replace
        reported_place = next((item["location"] for item in self.last_items if not item["location_default"]), None)
        reported: str | None = None  # set when a speaker's place gave way to it
        locating: geo.Place | None = None  # a name that only locates the place before it ("Mina nahe Mekka")
        for index, m in enumerate(names):
            if locating is not None and self._place(m.group()) is locating:
                locating = None
                continue
            token = m.group()
            place = self._place(token)
            if place is None:
                place = self._unlisted_place(names, index, lo)
                if place is None:
                    continue
            before = text[max(lo, m.start() - 40) : m.start()]
            prev = _PREVIOUS_WORD.search(before)
            of_speaker = prev is not None and self._is_speaker_head(prev.group(1))
            if self._source_seat(m, place, prev.group(1) if of_speaker and prev is not None else None, lo):
                continue
            if of_speaker and reported_place is not None and m.start() > count.end and self._in_attribution(m):
                reported = reported_place
                continue  # "..., wie die Polizei in Düsseldorf mitteilte" after the figure: the paragraph reports on Solingen
            distance = count.start - m.end() if m.end() <= count.start else m.start() - count.end
            clean = True  # in the figure's clause, after a preposition or a noun of place
            if _CLAUSE_BREAK.search(text, min(m.end(), count.end), max(m.start(), count.start)):
                distance += _CLAUSE_PENALTY
                clean = False
                if count.end <= m.start() < next_start:
                    continue  # "... auf 44.218, in Syrien wurden knapp 6000 Tote gezählt": the next figure's place
            if not self.lex.location_before.match(before) and self.lex.settlement_before.match(text, max(lo, m.start() - 40), m.start()) is None:
                if place.kind == "town":  # "the city of Yellowknife" names its kind: as good as "in"
                    continue  # a small place's name is too often a common word: only "in X" counts
                distance += _NO_PREPOSITION_PENALTY
                clean = False
            locating = self._located_in(names, index)  # "in Makijiwka im Gebiet Donezk": the oblast only locates the town
            label = self._place_label(m.group(), place)
            if clean and place.kind != "country":
                inner.append((distance, label, place))
            if best is None or distance < best[0]:
                best = (distance, label)
                best_place = place
        if best_place is not None and best_place.kind == "country":
            # "in a market in Pakistan's northwestern city of Peshawar": the place inside the country
            # the figure's own clause names is the more specific one
            within = [item for item in inner if item[2].country == best_place.country]
            if within:
                distance, label, _ = min(within, key=lambda item: item[0])
                best = (best[0], label) if best is not None else (distance, label)
        near = self._search(self.lex.nationwide, lo, hi)
        if near is not None:
            distance = count.start - near.end() if near.end() <= count.start else near.start() - count.end
            if best is None or distance < best[0]:
                return self.doc.country, False
        if best is not None:
            return best[1], False
        if reported is not None:
            return reported, False
        nation = self._national_place(lo, hi, count)
        if nation is not None:
            return nation, False
        if self.event is False:
            self.event = self._event_place(*self.lead)
        return (self.event if isinstance(self.event, str) else None) or self.doc.country, True

    def _source_seat(self, m: regex.Match[str], place: geo.Place, speaker: str | None, lo: int) -> bool:
        """Whether a name is where a source sits or speaks rather than the place a figure covers.
        ``speaker`` is the speaker noun right before the name ("Ministerium in Moskau"), if any."""
        if self.lex.lang.seat_words and self.lex.seat_after.match(self.text, m.end()):
            return True  # "die in Großbritannien ansässige Beobachtungsstelle"
        if place.kind == "capital" and self._speaking_capital(m):
            return True  # "Moskau meldete", "laut Kiew": the capital speaks for its government
        # a source's own place, unless it is in the article's country (where it may well be the figure's)
        elsewhere = (self.doc.country is not None and place.country != self.doc.country) or place.kind == "capital"
        return elsewhere and (
            (speaker is not None and self._seat(speaker))  # "the ministry in Moscow", not "a hospital in Gaza City"
            or self._owner_of_speaker(m)  # "Qatar's foreign ministry"
            or self._said_in(m, lo)  # "hieß es in Moskau", "sagte ein Sprecher in Kiew"
        )

    def _said_in(self, m: regex.Match[str], lo: int) -> bool:
        """Whether a place follows a speech cue with a preposition of place ("hieß es in Moskau",
        "said in Moscow", "sagte ein Sprecher in Kiew"): where the source spoke."""
        at = m.start()
        if not self._any(self.cue_marks, max(lo, at - 100), at):
            return False  # no cue before it: most places
        gap = _PREPOSITION_BEFORE.search(self.text, max(lo, at - 12), at)
        if gap is None or gap.group(1).lower() not in self.lex.lang.location_prepositions:
            return False
        end = gap.start()
        while end > lo and self.text[end - 1].isspace():
            end -= 1
        speech = _backwards(self.lex.speech)
        if speech.match(self.text, max(lo, end - 60), end) is not None:
            return True  # "hieß es in", "said in"
        tokens = self._tokens(max(lo, end - 40), end)[-3:]  # "sagte ein Sprecher in": a speaker between
        return (
            bool(tokens)
            and self._is_speaker_head(tokens[-1].group())
            and any(speech.match(self.text, max(lo, t.start() - 40), t.start()) is not None for t in tokens)
        )

    def _speaking_capital(self, m: regex.Match[str]) -> bool:
        """Whether a capital's name is a source: a cue right after it ("Moskau meldete", "Kyiv says")
        or an attribution right before it ("laut Kiew", "according to Moscow")."""
        if self.lex.location_before.match(self.text[max(0, m.start() - 40) : m.start()]):
            return False  # "Medical sources in Khartoum reported": where they are
        if self._any(self.cue_marks, m.end(), m.end() + 3):
            return True
        marks = self.cue_marks
        index = bisect.bisect_left(marks, m.start()) - 1
        if index < 0 or marks[index] < m.start() - 30:
            return False
        cue = self.lex.according.match(self.text, marks[index], m.start() + 1) or self.lex.according_after.match(
            self.text, m.end(), m.end() + 15
        )
        return cue is not None and not _CLAUSE_BREAK.search(self.text, marks[index], m.start())

    def _in_attribution(self, m: regex.Match[str]) -> bool:
        """Whether a name is part of an attribution: a cue in its clause, close before or after it
        ("wie die Polizei in Düsseldorf mitteilte", "teilte die Polizei in Düsseldorf mit")."""
        marks = self.cue_marks
        lo = bisect.bisect_left(marks, m.start() - 40)
        while lo < len(marks) and marks[lo] < m.end() + 30:
            at = marks[lo]
            between = self.text[min(at, m.end()) : max(at, m.start())]
            if not _CLAUSE_BREAK.search(between) and not _SENTENCE_MARK.search(between):
                return True
            lo += 1
        return False

    def _owner_of_speaker(self, m: regex.Match[str]) -> bool:
        """Whether a place name in the possessive opens the name of a speaker that sits in a capital
        ("Qatar's foreign ministry", "Israels Armee"): where the speaker sits, not what its figure covers."""
        word = m.group()
        if not any(word.endswith(ending) and len(word) > len(ending) + 2 for ending in self.lex.lang.place_inflections):
            return False
        tokens = self._tokens(m.end(), min(len(self.text), m.end() + 40))[:3]
        if not tokens or tokens[0].start() - m.end() > 1:
            return False
        index = (0 if self._is_speaker_head(tokens[0].group()) else None) if self.lex.lang.capitalized_nouns else self._compound_head(tokens, 0)
        return index is not None and self._seat(tokens[index].group())  # a ministry sits in its capital, the police do not

    def _unlisted_place(self, names: list[regex.Match[str]], index: int, lo: int) -> geo.Place | None:
        """A place the gazetteer lacks, known by its kind ("the town of Essa", "im Landkreis Ahrweiler")
        or by the larger place that locates it ("in Mina nahe Mekka")."""
        m = names[index]
        if self._is_speaker_head(m.group()) or m.group().lower() in self.lex.stopwords:
            return None
        if self.lex.place_noun.fullmatch(m.group()):
            return None  # "vor der griechischen Küste bei Pylos": a noun of place is no name of one
        if self.lex.settlement_before.match(self.text, max(lo, m.start() - 40), m.start()) is not None:
            near_place = self._located_in(names, index) if index + 1 < len(names) else None
            country = near_place.country if near_place is not None else (self.doc.country or "")
            return geo.Place(m.group(), "city", country)  # its kind names it a place: no preposition needed
        if self.lex.lang.name_prepositions and self._named_after_preposition(m, lo):
            return geo.Place(m.group(), "town", self.doc.country or "")  # "off Pylos": only names are capitalised
        if index + 1 >= len(names) or names[index + 1].start() - m.end() > 30:
            return None
        near_place = self._located_in(names, index)
        if near_place is None or not self.lex.location_before.match(self.text[max(lo, m.start() - 40) : m.start()]):
            return None
        return geo.Place(m.group(), "town", near_place.country)

    def _named_after_preposition(self, m: regex.Match[str], lo: int) -> bool:
        """Where only names are capitalised, one capitalised word after a preposition of place ("in",
        "off", "near") names a place, unless it is a month, a day, a source, a group or a known word."""
        word = m.group()
        if " " in word or not word[:1].isupper() or word.isupper() or len(word) < 3:
            return False
        previous = _LAST_WORD.search(self.text, max(lo, m.start() - 20), m.start())
        if previous is None or previous.group(1).lower() not in self.lex.lang.name_prepositions:
            return False
        following = _NEXT_LOWER_WORD.match(self.text, m.end())
        if following is not None and following.group(1).lower() not in self.lex.stopwords:
            return False  # "in Hamas captivity", "in Tuesday's attack": a modifier of a noun, no place
        if _NEXT_CAPITALISED.match(self.text, m.end()) is not None:
            return False  # "in Independence Square": a name of more words the gazetteer does not know
        lowered = word.lower()
        return not (
            lowered in self.lex.stopwords
            or _month_re(tuple(self.lex.lang.month_names)).fullmatch(word) is not None
            or self.lex.days.fullmatch(word) is not None
            or self._is_speaker_head(word)
            or self.lex.named_any.fullmatch(word) is not None
            or any(p.fullmatch(word) is not None for p in (self.lex.group, self.lex.person, self.lex.cat_noun, self.lex.unit))
            or self._nation(word) is not None
        )

    def _located_in(self, names: list[regex.Match[str]], index: int) -> geo.Place | None:
        """The larger place the name at ``index`` is located by: the next name, when only a locator
        word stands between them ("Mina nahe Mekka", "Makijiwka im Gebiet Donezk", "Kramatorsk in the
        Donetsk region")."""
        end = names[index].end()
        first = self.text[end : end + 16].split(None, 1)[:1]
        if not first or first[0].lower() not in self.lex.locator_starts:
            return None  # most capitalised words are followed by no locator: no pattern is tried
        for later in names[index + 1 : index + 3]:  # the locator may hold a capitalised noun: "im Gebiet Donezk"
            between = self.text[end : later.start()]
            if len(between) > 30:
                return None
            if self.lex.place_locator.fullmatch(between) is not None:
                return self._place(later.group())
        return None

    def _national_place(self, lo: int, hi: int, count: Count) -> str | None:
        """The country a nationality adjective before a noun of place names ("vor der nordfranzösischen
        Küste", "off the Tunisian coast"), nearest to the figure."""
        best: tuple[int, str] | None = None
        for noun in gated_finditer(self.lex.place_noun, _SCANS.get(self.lex.place_noun), self.text, self.low, lo, hi):
            word = _LAST_WORD.search(self.text, max(lo, noun.start() - 40), noun.start())
            if word is None:
                continue
            adjective = word.group(1)
            nation = self._nation(adjective)
            if nation is None:
                lowered = adjective.lower()
                prefix = next((p for p in self.lex.lang.place_prefixes if lowered.startswith(p) and len(lowered) > len(p) + 3), None)
                if prefix is not None:
                    nation = self._nation(adjective[len(prefix) :])  # "nordfranzösischen"
            if nation is None or self._place(nation) is None:
                continue  # a nation that is no country ("Nato", "UN")
            distance = abs(noun.start() - count.start)
            if best is None or distance < best[0]:
                best = (distance, nation)
        return best[1] if best is not None else None

    def _destination(self, sentence: _Sentence, count: Count) -> str | None:
        """A country named after a troop figure with a preposition of place: where troops are sent."""
        for m in self._place_names(count.end, min(sentence.end, count.end + _PLACE_CHARS)):
            place = self._place(m.group())
            if place is not None and place.kind in ("country", "region"):
                if self.lex.location_before.match(self.text[max(count.end, m.start() - 40) : m.start()]):
                    return place.name
        return None

    def _seat(self, word: str) -> bool:
        """Whether a speaker noun sits in its capital ("ministry in Kabul") rather than reports from it."""
        seats = self.lex.lang.seat_speaker_nouns
        return not seats or regex.fullmatch(_alt(seats), word, _FLAGS) is not None

    def _place_names(self, lo: int, hi: int) -> list[regex.Match[str]]:
        """Capitalised words that may name a place; a run of two or three ("Burkina Faso", "Staten
        Island", "El Geneina") is one name when the gazetteer knows it. (Figures of one short
        sentence share their window: it is read once.)"""
        key = (lo, hi)
        known = self.place_names.get(key)
        if known is None:
            known = self.place_names[key] = self._read_place_names(lo, hi)
        return known

    def _read_place_names(self, lo: int, hi: int) -> list[regex.Match[str]]:
        out: list[regex.Match[str]] = []
        suffixes = self.lex.lang.place_adjective_suffixes
        for m in _PLACE_RUN.finditer(self.text, lo, hi):
            if suffixes and m.group().lower().endswith(suffixes):
                continue  # "the Norway-based group"
            if " " not in m.group():
                out.append(m)
                continue
            pos = m.start()
            while pos < m.end():
                for n in (3, 2):
                    run = _PLACE_WORDS[n].match(self.text, pos, m.end())
                    if run is not None and self._place(run.group()) is not None and not self.lex.named_any.fullmatch(run.group()):
                        out.append(run)
                        pos = run.end()
                        break
                else:
                    single = _TOKEN.match(self.text, pos, m.end())
                    if single is None:
                        break
                    if single.start() == m.start() or self._may_precede_place(self.text[m.start() : single.start()].split()[-1]):
                        out.append(single)  # not "said Ali Hassan": a place name inside a person's name
                    pos = single.end()
                while pos < m.end() and self.text[pos] == " ":
                    pos += 1
        return out

    def _place_label(self, written: str, place: geo.Place) -> str:
        """The name to record for a place: canonical, or as the text writes a city or region."""
        if not self.lex.lang.local_names_as_written or place.kind == "country":
            return place.name
        for ending in self.lex.lang.place_inflections:
            if written.endswith(ending) and len(written) > len(ending) + 2:
                return written[: -len(ending)]  # "Seoul's" -> "Seoul"
        return written

    def _may_precede_place(self, word: str) -> bool:
        lang = self.lex.lang
        if lang.capitalized_nouns:
            return True
        lowered = word.lower()
        return (
            lowered in lang.place_modifiers
            or lowered in self.lex.stopwords
            or self.lex.article.fullmatch(word) is not None
            or _prepositions(tuple(lang.location_prepositions)).fullmatch(word) is not None
            # a country or region before a place ("Donetsk Kramatorsk"), not a town that is also a given
            # name ("Serena Kennedy": La Serena)
            or ((place := self._place(word)) is not None and place.kind in ("country", "region"))
        )

    # -- attribution --

    def _tokens(self, start: int, end: int) -> list[regex.Match[str]]:
        return list(_TOKEN.finditer(self.text, start, end))

    def _is_speaker_head(self, token: str) -> bool:
        cache = self.lex.head_cache
        known = cache.get(token)
        if known is None:
            if len(cache) > 500_000:
                cache.clear()
            known = cache[token] = self._speaker_head(token)
        return known

    def _speaker_head(self, token: str) -> bool:
        if self.lex.lang.capitalized_nouns and not token[:1].isupper():
            return False
        if self.lex.speaker_noun.fullmatch(token) or _ACRONYM.fullmatch(token):
            return True
        lowered = token.lower()
        return any(
            lowered.endswith(suffix) and len(token) > len(suffix) + 2 and self.lex.speaker_noun.fullmatch(token[: -len(suffix)])
            for suffix in self.lex.lang.genitive_suffixes
        )

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
        hit = self._search(self.lex.named_any, max(0, first - 5), min(len(text), head.end() + 60))
        if hit is not None and hit.start() <= head.end() and hit.lastgroup:  # one scan for all named sources
            return self.lex.named_sources[int(hit.lastgroup[1:])][1]
        referring = self.lex.referring.search(text[max(0, first - 12) : head.end()])
        if referring:
            noun = referring.group().split()[-1].casefold()
            stems = {noun, *(noun[: -len(s)] for s in self.lex.lang.genitive_suffixes if noun.endswith(s) and len(noun) > len(s) + 3)}
            for earlier in reversed(self.speakers):  # "the ministry" after "the Palestinian health ministry said"
                folded_earlier = earlier.casefold()
                # a longer name: more words, or a compound ("des Ministeriums" after "das Innenministerium")
                if any(stem in folded_earlier and (len(earlier.split()) > 1 or len(earlier) > len(stem) + 2) for stem in stems):
                    return earlier
            if self.doc.orgs is None:
                self.doc.orgs = self._orgs(self.body)
            index = bisect.bisect_left(self.doc.orgs, (start, ""))
            if index:
                return self.doc.orgs[index - 1][1]
            if self.previous_speaker and len(referring.group().split()) <= 2:  # "the group" after "Human Rights Watch said"
                return self.previous_speaker
        if self.lex.lang.seat_words and (seat := self.lex.seat_prefix.match(text, first, head.start())) is not None:
            first = seat.end()  # "der in Großbritannien ansässigen Beobachtungsstelle": the source, not its seat
            phrase = text[first : head.end()]
        token = head.group()
        preceding = text[max(0, first - 12) : first].split()[-1:] + phrase.split()[:-1]
        if any(w.lower() in self.lex.lang.genitive_articles for w in preceding):
            for suffix in self.lex.lang.genitive_suffixes:
                if token.lower().endswith(suffix) and self.lex.speaker_noun.fullmatch(token[: -len(suffix)]):
                    phrase = phrase[: len(phrase) - len(suffix)]
                    break
        words = [w for w in phrase.split() if not self.lex.article.fullmatch(w)]
        owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
        if owner is not None and words[-1].lower() in self.lex.lang.data_nouns:
            words = [*words[:owner], words[owner][:-2]]  # "the health ministry's figures show": the ministry
        while len(words) > 1 and words[0].endswith(("'s", "’s")):
            words = words[1:]  # "Russia's defence ministry", "the country's interior minister": the source itself
        name = " ".join(w.strip("\"„“”»«‚‘").lstrip("'’") for w in words).strip(" ,'’")  # keep "Chiefs' Council"
        return name or None

    def _np_after(self, pos: int, limit: int) -> str | None:
        text = self.text
        end = min(limit, pos + 70)
        stop = _NP_STOP.search(text, pos, end)
        if stop is not None:
            end = stop.start()
        figure = bisect.bisect_left(self.count_starts, pos)
        if figure < len(self.count_starts) and self.count_starts[figure] < end:
            end = self.count_starts[figure]  # "meldete Dutzende Festnahmen": a figure is no speaker
        tokens = self._tokens(pos, end)[:9]
        first: int | None = None
        named = self._search(self.lex.named_any, pos, min(end + 40, limit))
        if named is not None and named.lastgroup and tokens and named.start() < tokens[min(2, len(tokens) - 1)].end():
            return self.lex.named_sources[int(named.lastgroup[1:])][1]  # "der Vereinten Nationen": UN
        for i, tok in enumerate(tokens):
            word = tok.group()
            if self.lex.article.fullmatch(word):
                continue
            if any(ch.isdigit() for ch in word):
                tokens = tokens[:i]  # "said 120 police officers were hurt": a counted group, not a speaker
                break
            if first is None:
                first = tok.start()
            if self._is_speaker_head(word) and not (
                i + 1 < len(tokens) and self.lex.modifier_after.fullmatch(tokens[i + 1].group())
                and any(self._is_speaker_head(t.group()) for t in tokens[i + 2 :])
            ):
                head = tok
                # a title followed by a name: "Präsident Tokajew", "spokesman John Kirby"
                j = i + 1
                while j < len(tokens) and tokens[j].group()[:1].isupper() and j - i <= 3 and (
                    _ACRONYM.fullmatch(tokens[j].group()) or not self._is_speaker_head(tokens[j].group())
                ):
                    lone_place = self._place(tokens[j].group()) is not None and not (
                        j + 1 < len(tokens) and tokens[j + 1].group()[:1].isupper()
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
                            head = tokens[k]
                            if k + 1 < len(tokens) and _ACRONYM.fullmatch(tokens[k + 1].group()):
                                head = tokens[k + 1]  # "eine Zählung der Nachrichtenagentur AFP"
                            break
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
        phrase = self._phrase(pos, end, anchored=True) or (tokens and self._phrase(tokens[0].start(), end, anchored=True))
        if phrase:
            return phrase
        # a proper name right after the cue: "sagte Tokajew", "laut Tokajew"
        had_article = False
        while tokens and self.lex.article.fullmatch(tokens[0].group()):
            tokens, had_article = tokens[1:], True
        if tokens and not (had_article and self.lex.lang.capitalized_nouns):  # "bezifferte die Zahl": a noun, no name
            word = tokens[0].group()
            state = self._state(word)
            if state is not None and (len(tokens) == 1 or not tokens[1].group()[:1].isupper()):
                return state  # "laut Israel", "sagte Kiew"; not "Israel Katz" nor "Kiew Post"
            if word[:1].isupper() and word.lower() not in self.lex.stopwords and not self.lex.pronoun.fullmatch(word):
                if self._place(word) is None and not self.lex.cat_noun.fullmatch(word) and not self.lex.group.fullmatch(word):
                    return self._name_run(tokens) or self._particle_name(tokens) or word
        return None

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

    def _cited(self, pos: int, limit: int) -> str | None:
        """Whom a citing cue names when no speaker noun heads it: the words up to the clause's end
        ("citing rescue workers", "citing a local doctor"), without the article."""
        end = min(limit, pos + 60)
        stop = _NP_STOP.search(self.text, pos, end)
        if stop is not None:
            end = stop.start()
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

    def _affected(self, verb: regex.Match[str] | None, counts: list[Count], i: int) -> bool:
        """A category verb after a figure's noun phrase says what happened to it, unless the verb has
        a figure of its own as object ("a gunman killed nine people")."""
        if verb is None:
            return False
        return not (i + 1 < len(counts) and not self.text[verb.end() : counts[i + 1].start].strip())

    def _particle_name(self, tokens: list[regex.Match[str]]) -> str | None:
        """A name that goes on with a particle joined to its next part ("Ahmed al-Mandhari")."""
        end = 1
        while end < len(tokens) and end < 4 and _NAME_PARTICLE.fullmatch(tokens[end].group()):
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
            if word[:1].isupper() or (j and _NAME_PARTICLE.fullmatch(word)):
                end = j + 1
            elif not (word.lower() in self.lex.stopwords and j + 1 < len(tokens) and tokens[j + 1].group()[:1].isupper()):
                break
        return self.text[tokens[0].start() : tokens[end - 1].end()] if end > 1 else None

    def _subject(self, pos: int, start: int, depth: int = 0) -> str | None:
        """Subject-verb order: the noun phrase right before a speech verb, back to a clause boundary
        ("..., the regional governor said", "Sudan's Doctors Network said", "Two security sources told")."""
        text = self.text
        lo = max(start, pos - 120)
        boundary = _backwards(_SUBJECT_STOP).search(text, lo, pos)
        if boundary is not None:
            lo = boundary.end()
        if boundary is not None and boundary.group() == "," and not text[lo:pos].strip() and depth == 0:
            return self._apposed(boundary.start(), start)
        word_stop = _backwards(self.lex.np_stop).search(text, lo, pos)
        while word_stop is not None and self._inside_name(word_stop.start(), word_stop.end()):
            word_stop = _backwards(self.lex.np_stop).search(text, lo, word_stop.start())  # "Observatory for Human Rights"
        if word_stop is not None:
            tail = self._tokens(word_stop.end(), pos)
            if tail and len(tail) <= 3 and self._place(text[tail[0].start() : tail[-1].end()]) is not None and depth < 2:
                # "A journalist in Almaty said": the place is where the speaker is
                return self._subject(word_stop.start(), lo, depth + 2)
            lo = word_stop.end()
        tokens = self._tokens(lo, pos)
        while tokens and (
            self.lex.article.fullmatch(tokens[0].group())
            or tokens[0].group().lower() in self.lex.lang.number_words
            or self.lex.days.fullmatch(tokens[0].group())  # "On Monday police said"
        ):
            tokens = tokens[1:]
        if not tokens or len(tokens) > 8 or _DIGIT.search(text, tokens[0].start(), tokens[-1].end()):
            return None
        last = tokens[-1].group()
        if self.lex.pronoun.fullmatch(last) or last.lower() in self.lex.stopwords:
            return None
        owned_data = last.lower() in self.lex.lang.data_nouns and any(t.group().endswith(("'s", "’s")) for t in tokens)
        if not (last[:1].isupper() or owned_data or any(self._is_speaker_head(t.group()) for t in tokens)):
            return None
        return self._resolve(pos, tokens[-1], tokens[0].start())

    def _inside_name(self, start: int, end: int) -> bool:
        """Whether a lower-case word between ``start`` and ``end`` joins two capitalised words into
        one name ("Syrian Observatory for Human Rights", "Office for the Coordination of ...")."""
        if self.text[start:end] not in self.lex.lang.name_joiners:
            return False
        before = _LAST_WORD.search(self.text, max(0, start - 40), start)
        after = _NEXT_NAME_WORD.match(self.text, end)
        return before is not None and before.group(1)[:1].isupper() and after is not None

    def _apposed(self, comma: int, start: int) -> str | None:
        """A subject set off by commas before its verb: "The Syrian Observatory for Human Rights, a
        Britain-based war monitor, said" names the Observatory; "..., which tracks casualties, said"
        the noun phrase before the relative clause."""
        text = self.text
        inner = self._subject(comma, start, depth=1)
        before = _backwards(_SUBJECT_STOP).search(text, max(start, comma - 120), comma)
        if before is None or before.group() != ",":
            return inner
        opener = _TOKEN.search(text, before.end(), comma)
        word = opener.group() if opener is not None else ""
        relative = word.lower() in self.lex.lang.relative_pronouns
        if relative or self.lex.article.fullmatch(word):
            name = self._subject(before.start(), start, depth=1)
            if name is not None and (relative or inner is None or name.split()[-1][:1].isupper()):
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
        if genitive and head.endswith("s") and len(head) > 4:
            head = head[:-2] if head.endswith("es") and not head.endswith("ses") else head[:-1]
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
            if self._is_speaker_head(word) and not (i == 0 and False):
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
                return self._resolve(pos, head, tokens[first].start())
        phrase = self._phrase(max(start, pos - 80), pos, last=True) or self._named_source(max(start, pos - 60), pos)
        if phrase is not None:
            return phrase
        if tokens and not (self.lex.lang.capitalized_nouns and text[tokens[-1].end() : pos].strip()):
            word = tokens[-1].group()
            state = self._state(word)
            if state is not None:
                return state  # "Russland zufolge", "Israel meldete": a state speaks by its name
            if word[:1].isupper() and tokens[-1].start() > start and word.lower() not in self.lex.stopwords:
                if self._place(word) is None and not self.lex.cat_noun.fullmatch(word) and not self.lex.group.fullmatch(word):
                    return str(word)
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

    def _search(self, pattern: regex.Pattern[str], start: int, end: int) -> regex.Match[str] | None:
        """``pattern.search(text, start, end)`` for a lexicon pattern (see _patterns.gated_search)."""
        return gated_search(pattern, _SCANS.get(pattern), self.text, self.low, start, end)

    def _last(self, pattern: regex.Pattern[str], start: int, end: int) -> regex.Match[str] | None:
        """The last match of a lexicon pattern between ``start`` and ``end``."""
        return gated_last(pattern, _SCANS.get(pattern), self.text, self.low, start, end)

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

    def _explicit(self, sentence: _Sentence) -> _Attr | None:
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
                    return _Attr(found.speaker, medium, found.weak, found.pronoun, found.day)
            return found
        other = self._other_source(sentence, found.speaker, media=False)
        if other is not None:
            return _Attr(other, found.speaker, found.weak, found.pronoun, found.day)
        return found

    def _other_source(self, sentence: _Sentence, known: str, *, media: bool) -> str | None:
        """A speech verb's source in the sentence other than ``known``: a medium, or one that is none."""
        s0, s1 = sentence.start, sentence.end
        for verb in self._cue_matches(self.lex.speech, s0, s1):
            if media and self.lex.media.search(self.text, max(s0, verb.start() - _MEDIUM_CHARS), min(s1, verb.end() + _MEDIUM_CHARS)) is None:
                continue  # (cheap test first) no medium near this verb
            if not media and (
                known in self.text[verb.end() : verb.end() + _MEDIUM_CHARS]
                or known in self.text[max(s0, verb.start() - _MEDIUM_CHARS) : verb.start()]
            ):
                continue  # (cheap test first) "Das berichtete das Staatsfernsehen": the medium's own verb
            inner = _FIRST_WORD.match(verb.group())
            speaker = None
            if self.lex.lang.subject_verb_object:
                speaker = self._subject(verb.start(), s0)
            if speaker is None and inner is not None and inner.end() < len(verb.group()):
                speaker = self._np_after(verb.start() + inner.end(), verb.end())
            if speaker is None:
                speaker = self._np_after(verb.end(), s1) or self._np_before(verb.start(), s0)
            if speaker is None or speaker == known or speaker in known or known in speaker:
                continue
            if (self.lex.media.search(speaker) is not None) == media:
                return speaker
        return None

    def _named_in(self, sentence: _Sentence) -> _Attr | None:
        text = self.text
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
                return _Attr(speaker, via if via != speaker else None)
        self_attr = self._cue_search(lex.self_attr, s0, s1)
        if self_attr is not None:
            speaker = self._np_before(self_attr.start(), s0)
            if speaker is not None:
                return _Attr(speaker, None)
        according = self._cue_search(lex.according, s0, s1)
        if according is not None:
            speaker = self._np_after(according.end(), s1) or self._noun_phrase(according.end(), s1)
            if speaker is not None:
                return _Attr(speaker, None, weak=self._phrase(according.end(), s1) == speaker)
        after = self._cue_search(lex.according_after, s0, s1)
        if after is not None:
            speaker = self._np_before(after.start(), s0, max_tokens=5)
            if speaker is not None:
                return _Attr(speaker, None, weak=self._phrase(max(s0, after.start() - 80), after.start()) == speaker)
        phrase = self._phrase(s0, s1)
        if phrase is not None:
            return _Attr(phrase, None, weak=True)
        for verb in self._cue_matches(lex.speech, s0, s1):
            if lex.pronoun.fullmatch(verb.group().split()[-1]):
                return _Attr(None, None, pronoun=True)  # "hieß es": impersonal, the last source goes on
            # subject-verb order: "The CSTO said it had ..." names the speaker before the verb
            speaker = self._subject(verb.start(), s0) if lex.lang.subject_verb_object else None
            if speaker is not None:
                return _Attr(speaker, None)
            if lex.lang.subject_verb_object:  # "..., it said": the source goes on
                before_verb = self._tokens(max(s0, verb.start() - 20), verb.start())
                if before_verb and lex.pronoun.fullmatch(before_verb[-1].group()):
                    return _Attr(None, None, pronoun=True)
            after_tokens = self._tokens(verb.end(), min(s1, verb.end() + 30))[:2]
            if (
                after_tokens
                and lex.pronoun.fullmatch(after_tokens[0].group())
                and "," not in text[verb.end() : after_tokens[0].start()]
            ):
                return _Attr(None, None, pronoun=True)
            inner = _FIRST_WORD.match(verb.group())
            if inner is not None and inner.end() < len(verb.group()):
                # a split verb with its subject inside: "teilten die Behörden mit"
                speaker = self._np_after(verb.start() + inner.end(), verb.end())
            if speaker is None:
                speaker = self._np_after(verb.end(), s1)
            if speaker is None:
                speaker = self._np_before(verb.start(), s0)
            if speaker is not None:
                return _Attr(speaker, None)
            before_tokens = self._tokens(max(s0, verb.start() - 20), verb.start())
            if before_tokens and lex.pronoun.fullmatch(before_tokens[-1].group()):
                return _Attr(None, None, pronoun=True)
        return None

    def _clause_attr(self, sentence: _Sentence, start: int, claim_start: int) -> _Attr | None:
        """The source a clause names between the previous figure and this one, after a comma."""
        comma = self.text.rfind(",", start, claim_start)
        if comma < 0 or start == sentence.start or not self._any(self.cue_marks, comma, claim_start):
            return None
        # the clause reaches to the sentence's end, or a stretch past the figure in an endless one
        found = self._explicit(_Sentence(comma + 1, min(sentence.end, claim_start + _CLAUSE_CHARS), sentence.paragraph))
        return found if found is not None and found.speaker else None

    def _actor(self, sentence: _Sentence, count: Count) -> str | None:
        """With no source named: the authority acting in the clause ("die Polizei nahm 40 Personen fest")."""
        tokens = self._tokens(max(sentence.start, count.start - 100), count.start)[-10:]
        for index in range(len(tokens) - 1, -1, -1):
            tok = tokens[index]
            if not self._is_speaker_head(tok.group()) or _ACRONYM.fullmatch(tok.group()):
                continue
            if index and tokens[index - 1].group().lower() in self.lex.lang.genitive_articles:
                continue  # "die Festnahme des Bürgermeisters": not who acted
            if index and _prepositions(tuple(self.lex.lang.location_prepositions)).fullmatch(tokens[index - 1].group()):
                continue  # "40 people remain in hospital, six of them ...": a place, not who acted
            if index + 1 < len(tokens) and self._in_name(tokens[index], tokens[index + 1]):
                continue  # "in einem Gemeindesaal der Zeugen Jehovas": part of a name
            named = self._search(self.lex.named_any, max(sentence.start, tok.start() - 40), tok.end())
            if named is not None and named.lastgroup and named.end() > tok.start():
                return self.lex.named_sources[int(named.lastgroup[1:])][1]  # "das Auswärtige Amt": the whole name
            return self._resolve(count.start, tok, tok.start())
        return None

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

    @staticmethod
    def _any(positions: list[int], start: int, end: int) -> bool:
        index = bisect.bisect_left(positions, start)
        return index < len(positions) and positions[index] < end

    def _scan_marks(self, regions: list[tuple[int, int]]) -> None:
        """One pass over the document for every cue that is looked up by position later:
        attribution cues, reported speech, unverified and no-figure cues, day references."""
        day = self.doc.day
        cue: list[int] = []
        no_figure: list[int] = []
        reported: list[int] = []
        unverified: list[int] = []
        day_positions: list[int] = []
        days: list[dt.date] = []
        lists = {"cue": cue, "nofig": no_figure, "rep": reported, "unv": unverified}
        marks, scan = self.lex.marks, self.lex.marks_scan
        found = (m for lo, hi in regions for m in gated_finditer(marks, scan, self.text, self.low, lo, hi, overlapped=True))
        for m in found:
            name = m.lastgroup or ""
            target = lists.get(name)
            if target is not None:
                if not target or target[-1] != m.start():
                    target.append(m.start())
            elif day is not None and name[:1] in ("w", "r"):
                if name[0] == "w":
                    shift = -((day.weekday() - int(name[1:].split("_")[0])) % 7)
                else:
                    shift = self.lex.relative_offsets[int(name[1:])]
                try:
                    days.append(day + dt.timedelta(days=shift))
                except OverflowError:  # "Vortag" of 0001-01-01: no such day
                    self.outside_calendar.append(m.start())
                    continue
                day_positions.append(m.start())
        self.cue_marks, self.no_figure_marks, self.reported_marks, self.unverified_marks = cue, no_figure, reported, unverified
        self.day_marks = (day_positions, days)

    def _scan_dates(self, sentences: list[_Sentence]) -> None:
        """Days of a month ("am 3. Januar", "on Jan. 3, 2024") in the sentences with figures, added to
        the day references (only there: a scan of every paragraph would cost more than they give)."""
        day = self.doc.day
        if day is None or not self.lex.lang.months:
            return
        positions, days = self.day_marks
        scan = _SCANS.get(self.lex.dates)
        for sentence in sentences:
            if not sentence.claims:
                continue
            for m in gated_finditer(self.lex.dates, scan, self.text, self.low, sentence.start, sentence.end):
                date = self._date(m, day)
                if date is not None:
                    index = bisect.bisect_left(positions, m.start())
                    positions.insert(index, m.start())
                    days.insert(index, date)

    def _date(self, m: regex.Match[str], published: dt.date) -> dt.date | None:
        """The day a date names ("am 3. Januar", "on Jan. 3, 2024"): without a year, the last such
        day before publication (or within a week after it); ``None`` for the start of a period
        ("seit dem 7. Oktober") or a day no month has."""
        if self.lex.period_start.match(self.text, max(0, m.start() - 20), m.start()):
            return None
        written = m.group("month")
        month = next((number for pattern, number in self.lex.month_numbers if pattern.match(written)), None)
        if month is None:
            return None
        numbers = [int(n) for n in _DIGITS_RUN.findall(m.group())]
        days_of_month = [n for n in numbers if 1 <= n <= 31]
        years = [n for n in numbers if n >= 1000]
        if not days_of_month:
            return None
        try:
            if years:
                return dt.date(years[0], month, days_of_month[0])
            date = dt.date(published.year, month, days_of_month[0])
            if (date - published).days > 7:  # (not published + 7 days: past 9999-12-24 there is none)
                date = dt.date(published.year - 1, month, days_of_month[0])
        except ValueError:
            return None
        return date

    def _day(self, start: int, end: int) -> dt.date | None:
        """The day a reference between ``start`` and ``end`` names (the one nearest the middle)."""
        positions, days = self.day_marks
        lo = bisect.bisect_left(positions, start)
        hi = bisect.bisect_left(positions, end)
        if lo >= hi:
            return None
        middle = (start + end) // 2
        best = min(range(lo, hi), key=lambda i: abs(positions[i] - middle))
        return days[best]

    def _attribute(self, sentences: list[_Sentence]) -> None:
        lex = self.lex
        text = self.text
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
        state: _Attr | None = None
        last_paragraph = -1
        previous: _Sentence | None = None
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
            # "Das berichtete das Staatsfernsehen unter Berufung auf das Innenministerium."
            if (
                previous is not None
                and previous.claims
                and not sentence.claims
                and explicit is not None
                and not explicit.pronoun
                and lex.back_reference.match(text, sentence.start, sentence.end)
                and (previous.attr is None or previous.attr.weak or previous.carried)
            ):
                if explicit.day is None:
                    explicit.day = previous.attr.day if previous.attr is not None else None
                previous.attr = explicit
                previous.carried = False
            self._clause_sources(sentence, prior)
            previous = sentence

    def _clause_sources(self, sentence: _Sentence, prior: _Attr | None) -> None:
        """ "Organisers said 1.7 million took part, while police put the figure at 128,000": a clause
        opened by a contrast word ("while", "whereas"), or by a source stating its own figure ("...,
        die Veranstalter sprachen von 100.000"), keeps a source of its own. A source named only in a
        later clause, for its own figure, does not reach back to the figures before it: they keep
        the source carried from before (``prior``), if any."""
        if len(sentence.claims) < 2 or not self._any(self.cue_marks, sentence.start, sentence.end):
            return  # no source in the sentence: none of its clauses has one of its own
        pattern = _contrast_re(tuple(self.lex.lang.contrast_words))
        cuts = {m.start() for m in pattern.finditer(self.text, sentence.start, sentence.end)} if pattern is not None else set()
        cuts.update(self._stating_clauses(sentence))
        if not cuts:
            return
        bounds = [sentence.start, *sorted(cuts), sentence.end]
        owners: list[tuple[list[dict[str, Any]], _Attr | None]] = []
        for k in range(len(bounds) - 1):
            lo, hi = bounds[k], bounds[k + 1]
            items = [item for item in sentence.claims if lo <= item["start"] < hi]
            if not items or len(items) == len(sentence.claims):
                owners.append((items, None))
                continue
            own = self._explicit(_Sentence(lo, hi, sentence.paragraph)) if self._any(self.cue_marks, lo, hi) else None
            if own is not None and not own.pronoun and own.speaker:
                own.day = self._day(lo, hi) or (sentence.attr.day if sentence.attr is not None else None)
                for item in items:
                    item["attr"] = own
                # the source opens its clause, before its figure ("while unions put the figure at 15,000"),
                # not after it ("while 20 soldiers were killed, the army said": a source for the sentence)
                owners.append((items, own if self._any(self.cue_marks, lo, items[0]["start"]) else None))
            else:
                owners.append((items, None))
        speaker = sentence.attr.speaker if sentence.attr is not None and not sentence.carried else None
        for k, (items, own) in enumerate(owners):
            if own is not None or any(item.get("attr") for item in items):
                break  # a source named before goes on: "Police said 3 died; 12 were hurt"
            if items and speaker and any(later is not None and later.speaker == speaker for _, later in owners[k + 1 :]):
                for item in items:
                    item["attr"] = prior or _Attr(None, None)

    def _stating_clauses(self, sentence: _Sentence) -> list[int]:
        """Where a clause begins whose source states the figure right after its verb ("..., die
        Veranstalter sprachen von 100.000", "..., organisers said 50,000"): at the comma or semicolon
        before that source, after the figure before it."""
        out: list[int] = []
        starts = [item["start"] for item in sentence.claims]
        for verb in self._cue_matches(self.lex.speech, sentence.start, sentence.end):
            index = bisect.bisect_left(starts, verb.end())
            if index == 0 or index >= len(starts) or self.text[verb.end() : starts[index]].strip():
                continue
            cut = max(self.text.rfind(",", sentence.claims[index - 1]["end"], verb.start()),
                      self.text.rfind(";", sentence.claims[index - 1]["end"], verb.start()))
            if cut >= 0:
                out.append(cut)
        return out

    def _flag_unverified(self, sentences: list[_Sentence]) -> None:
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
                    claim["flags"].append(Flag.UNVERIFIED.value)

    # -- claims --

    def _build(self, sentences: list[_Sentence]) -> list[Claim]:
        text = self.text
        claims: list[Claim] = []
        ids: dict[int, str] = {}
        last: tuple[int, str | None] | None = None  # paragraph and location of the last claim
        for sentence in sentences:
            if not sentence.claims:
                continue
            sentence_text = text[sentence.start : sentence.end]
            sentence_attr = sentence.attr
            previous_end = sentence.start
            for item in sentence.claims:
                # "..., die Polizei sprach von 338.000 Teilnehmern": a second source in the sentence
                clause_attr = self._clause_attr(sentence, previous_end, item["start"])
                previous_end = item["end"]
                if clause_attr is not None:
                    sentence_attr = clause_attr
                location = item["location"]
                if item["location_default"] and (sentence.carried or item["continues"]) and last is not None and last[0] == sentence.paragraph:
                    location = last[1]  # a sentence that goes on reporting ("42 weitere ...") keeps the place it reports on
                last = (sentence.paragraph, location)
                count: Count = item["count"]
                start, end = item["start"], item["end"]
                surface = text[start:end]
                attr = item.get("attr") or sentence_attr
                day = self._day(max(sentence.start, count.start - 100), min(sentence.end, count.end + 100))
                if day is None and attr is not None:
                    day = attr.day if sentence.carried or attr is sentence.explicit else None
                if day is None:
                    day = self._day(sentence.start, sentence.end) or self.doc.day
                claim_id = make_claim_id(self.doc_id, start, end, surface)
                ids[id(item)] = claim_id
                parent = item["parent"]
                group = item["group"]
                if item["troops_unsure"] and attr is not None and attr.speaker and self.lex.foreign.search(attr.speaker):
                    group = "foreign_troops"  # troops counted by an alliance or a foreign force
                claims.append(
                    # every field is already of its type (spans, bounds and dates come checked from
                    # the number grammar and the header): build without a second validation
                    Claim.model_construct(
                        claim_id=claim_id,
                        doc_id=self.doc_id,
                        source=self.source,
                        published=self.published,
                        language=self.lex.lang.code,
                        start=start,
                        end=end,
                        text=surface,
                        sentence=sentence_text,
                        category=Category(item["category"]),
                        value=count.value,
                        qualifier=count.qualifier,
                        low=count.low,
                        high=count.high,
                        group=group,
                        location=location,
                        speaker=(attr.speaker if attr is not None else None)
                        or (self._actor(sentence, count) if item["category"] not in _CAUSED else None),
                        via=attr.via if attr is not None else None,
                        as_of=day,
                        part_of=ids.get(id(parent)) if parent is not None else None,
                        flags=tuple(dict.fromkeys(item["flags"])),
                    )
                )
        return claims


@lru_cache(maxsize=64)
def _backwards(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """The pattern searching from the end: its first match is the last one."""
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


@lru_cache(maxsize=16)
def _prepositions(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(_alt(words), _FLAGS)


@lru_cache(maxsize=16)
def _contrast_re(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not words:
        return None
    return regex.compile(rf"[,;][\s\u00a0]*(?:{_alt(words)})(?![\w])|;", _FLAGS)


@lru_cache(maxsize=16)
def _month_re(months: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alt(months)})(?![\w])", _FLAGS)


__all__ = ["LanguageNotDetectedWarning", "detect_language", "extract"]
