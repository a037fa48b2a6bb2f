"""The number grammar: figures as stated ("mindestens 164", "knapp 6000", "Dutzende") and their bounds.

The engine compiles one set of patterns per language from its data module
(:mod:`casualty_reconcile.lang`) and never branches on the language's name.

Bounds
------
Every qualifier implies an interval ``[low, high]`` of the true count (``None``: unbounded).
``v`` is the stated value; for a range ``a``–``b``, ``value`` is ``a``.

=============  =====================  ===================  ==========================================
qualifier      examples               low                  high
=============  =====================  ===================  ==========================================
exact          "164", "zwei"          v                    v
at_least       mindestens, at least   v                    None
more_than      mehr als, über, over   v + 1                None
at_most        höchstens, at most     0                    v
less_than      weniger als, under     0                    v - 1
about          rund, etwa, around     floor(0.9 v)         ceil(1.1 v)        (±10 %)
almost         knapp, fast, nearly    floor(0.9 v)         v - 1              (within 10 % below)
up_to          bis zu, up to          0                    v
range          zwischen 10 und 20     a                    b
vague          Dutzende, dozens       policy (see below)   policy
=============  =====================  ===================  ==========================================

Vague amounts are read by a named policy (:data:`VAGUE_POLICIES`):

* ``"interval"`` (default): the interval the word usually spans, :data:`VAGUE_INTERVALS`.
* ``"acled"``: ACLED's conservative single values, ``low == high``, :data:`ACLED_VALUES`.

=====================  ===================================  ===============  ========
vague key              examples                             interval         acled
=====================  ===================================  ===============  ========
a_few                  einige, ein paar, a few, a handful   2–9              3
several                mehrere, etliche, several            3–9              3
tens                   tens of                              20–99            10
dozens                 Dutzende, dozens                     24–199           12
scores                 scores of                            40–199           20
hundreds               Hunderte, hundreds                   200–1999         100
thousands              Tausende, Abertausende, thousands    2000–19999       1000
tens_of_thousands      Zehntausende, tens of thousands      20000–199999     10000
hundreds_of_thousands  Hunderttausende                      200000–1999999   100000
millions               Millionen, millions                  2000000–None     1000000
=====================  ===================================  ===============  ========

A few or several of a round number ("einige hundert", "mehrere Tausend", "several dozen") is the
base amount times that number under either policy: ``a_few_hundred`` 200–900 (acled 300),
``several_thousand`` 3000–9000 (acled 3000), ``several_dozen`` 36–108 (acled 36).

``about`` and ``almost`` are computed in integers: ``floor(0.9 v) == 9 v // 10``,
``ceil(1.1 v) == -(-11 v // 10)``. Digits are read exactly (``2,3 Millionen`` is 2300000).

What reads as a figure
----------------------
* Digits in either convention: a dot, comma, space, no-break or thin space between groups of three
  is a thousands mark (``2.500``, ``2,500``, ``12 000``); a single mark before a scale word is the
  decimal mark (``1,5 Millionen``, ``1.2 million``). Number words, also compound (``zweitausendfünfhundert``,
  ``two thousand five hundred and forty-three``), ``ein Dutzend``, ``two dozen``.
* Fractions of a multiplier or of a whole number read whole ("anderthalb Millionen" 1500000, "fünf und
  drei Viertel Milliarden", "one billion and a half million", "three million and a quarter"); a figure
  that comes out a fraction ("zwei Drittel", "two and a half years") is no count.
* A figure written across digits and words is one ("4 thousand 3 hundred and 21", "6 crore and two
  hundred"); a suffix glued to digits scales them only before what they count ("10k protesters",
  "1m people"; a bare "10k" is no count).
* A range's lower end takes the scale word of its upper end when the product is not above it: "100 bis
  300 Milliarden" is 100 to 300 billion (as "zwischen 1,5 und 2 Millionen" is millions at both ends).
* Two bounds make one range: "more than 10 and less than 20" is 11..20-1, "at most 100 and at least 20"
  20..100 (value and high_value are the stated figures; low and high the bounds they imply).
* A number word that is also a pronoun, a noun or a name (``LanguageData.ambiguous_number_words``) is
  no count after a determiner ("the one you mentioned", "his score") or as a name after a capitalised
  word ("Claudia Tausend", "Regional One"), unless what it counts, a part of it or what happened to it
  follows ("the one survivor", "which one of the men", "the one who died").
* A lone article ("ein", "a") counts one only when what it counts follows, bare or after one word
  ("darunter ein Polizist", "einen toten Mann", "a police officer").
* Not counts: ages, durations, times, money, percentages, measures (a unit after the figure, also
  after the second end of a range: "von 22 bis 6 Uhr"), dates and ordinals ("am 5. Januar", "Jan. 5",
  "5th"), scores and codes ("2:1", "3-0", "2022-01-05"), numbers after "Nr.", "aged", "im Jahr"...
* A four-digit figure from 1000 to 2100 is a year unless it is qualified ("mehr als 2000") or what it
  counts follows within two words ("2000 Polizisten", "1500 armed men").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from itertools import chain
from typing import Literal

import regex

from ._patterns import (
    Scan,
    candidates,
    folded,
    gate,
    gated_finditer,
    last_chars,
    literal_prefix,
    top_level,
    word_trie,
)
from .lang import LanguageData, get_language
from .models import Category, Count, Qualifier

VaguePolicy = Literal["interval", "acled"]

BOUNDS: dict[Qualifier, tuple[str, str]] = {
    Qualifier.EXACT: ("v", "v"),
    Qualifier.AT_LEAST: ("v", "None"),
    Qualifier.MORE_THAN: ("v + 1", "None"),
    Qualifier.AT_MOST: ("0", "v"),
    Qualifier.LESS_THAN: ("0", "v - 1"),
    Qualifier.ABOUT: ("floor(0.9 v)", "ceil(1.1 v)"),
    Qualifier.ALMOST: ("floor(0.9 v)", "v - 1"),
    Qualifier.UP_TO: ("0", "v"),
    Qualifier.RANGE: ("a", "b"),
    Qualifier.VAGUE: ("policy", "policy"),
}
"""The bound conventions of the module's table: qualifier -> (low, high) as formulas of the value."""

VAGUE_INTERVALS: dict[str, tuple[int, int | None]] = {
    "a_few": (2, 9),
    "several": (3, 9),
    "tens": (20, 99),
    "dozens": (24, 199),
    "scores": (40, 199),
    "hundreds": (200, 1999),
    "thousands": (2000, 19999),
    "tens_of_thousands": (20000, 199999),
    "hundreds_of_thousands": (200000, 1999999),
    "millions": (2000000, None),
}
"""The default ("interval") reading of each vague amount."""

ACLED_VALUES: dict[str, int] = {
    "a_few": 3,
    "several": 3,
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "tens_of_thousands": 10000,
    "hundreds_of_thousands": 100000,
    "millions": 1000000,
}
"""ACLED-style conservative single values for vague amounts."""

_COMPOSABLE_VAGUE = ("a_few", "several")
_ROUND_NAMES: dict[int, str] = {
    12: "dozen",
    100: "hundred",
    1000: "thousand",
    100_000: "hundred_thousand",
    1_000_000: "million",
}


def _compose_vague() -> None:
    """Add "a few"/"several" times a round number: a_few_hundred, several_thousand, several_dozen..."""
    for base in _COMPOSABLE_VAGUE:
        low, high = VAGUE_INTERVALS[base]
        for round_value, name in _ROUND_NAMES.items():
            VAGUE_INTERVALS[f"{base}_{name}"] = (low * round_value, None if high is None else high * round_value)
            ACLED_VALUES[f"{base}_{name}"] = ACLED_VALUES[base] * round_value


_compose_vague()

VAGUE_POLICIES: tuple[str, ...] = ("interval", "acled")

_QUOTES = "\"'„“”»«‚‘’"
_SYMBOLS = frozenset("<>=≤≥")
_MAX_WINDOW = 48


def bounds(qualifier: Qualifier, value: int | None, high_value: int | None = None) -> tuple[int | None, int | None]:
    """The ``(low, high)`` interval that ``qualifier`` and ``value`` imply (see the module's table)."""
    if value is None:
        return None, None
    if qualifier is Qualifier.EXACT:
        return value, value
    if qualifier is Qualifier.AT_LEAST:
        return value, None
    if qualifier is Qualifier.MORE_THAN:
        return value + 1, None
    if qualifier is Qualifier.AT_MOST or qualifier is Qualifier.UP_TO:
        return 0, value
    if qualifier is Qualifier.LESS_THAN:
        return 0, max(0, value - 1)
    if qualifier is Qualifier.ABOUT:
        return 9 * value // 10, -(-11 * value // 10)
    if qualifier is Qualifier.ALMOST:
        high = max(0, value - 1)
        return min(9 * value // 10, high), high
    if qualifier is Qualifier.RANGE:
        return value, high_value if high_value is not None else value
    return None, None


def vague_bounds(key: str, policy: str = "interval") -> tuple[int | None, int | None]:
    """The interval of a vague amount under a policy (``"interval"`` or ``"acled"``)."""
    _check_policy(policy)
    if policy == "acled":
        single = ACLED_VALUES.get(key)
        return single, single
    return VAGUE_INTERVALS.get(key, (None, None))


def _check_policy(policy: object) -> None:
    if not isinstance(policy, str):
        raise TypeError(f"policy must be a str such as 'interval' or 'acled', not {type(policy).__name__}")
    if policy not in VAGUE_POLICIES:
        raise ValueError(f"unknown vague policy {policy!r}: choose one of {', '.join(VAGUE_POLICIES)}")


def _alternation(patterns: object) -> str:
    items = sorted(patterns, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(f"(?:{p})" for p in items)


def _literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a trie (shared prefixes factored) so that a scan
    tries a few characters per position instead of every word."""
    return word_trie(set(words))


def _named_longest_first(patterns: dict[str, Qualifier]) -> str:
    """One alternation of every phrase, each in a group named after its qualifier, longest first.

    The "before" patterns are matched backwards from the figure (``regex.REVERSE``), where the
    first alternative that matches wins: "nicht mehr als" must be tried before "mehr als".
    """
    items = [(alt, q) for pattern, q in patterns.items() for alt in top_level(pattern) if alt]
    items.sort(key=lambda item: len(item[0]), reverse=True)
    # a word starts at a word boundary; a symbol ("<", ">=") not after another one ("<>30", "=>30")
    symbol_start, word_start = "(?<![<>=≤≥])", r"(?<![\w])"
    return "|".join(
        f"(?P<{q.value}>{symbol_start if alt[:1] in _SYMBOLS else word_start}{alt})" for alt, q in items
    ) or "(?!)"


def _first_chars(patterns: Iterable[str]) -> frozenset[str] | None:
    """The lower-cased first characters of every match of ``patterns``; ``None`` where one may start
    with a character its literal prefix does not show (the test is then skipped)."""
    out: set[str] = set()
    for pattern in patterns:
        for alternative in top_level(pattern):
            prefix = literal_prefix(alternative, escapes=True)
            if not prefix:
                return None
            out.add(prefix[0].lower())
    return frozenset(out)


def _next_starts(text: str, end: int, starts: frozenset[str] | None) -> bool:
    """Whether the text after ``end`` (past blanks) begins with one of ``starts``."""
    if starts is None:
        return True
    head = text[end : end + 8].lstrip()
    return bool(head) and head[0].lower() in starts


_SKIPPED_BEFORE = frozenset(_QUOTES + "(\u00a0\u2009\u202f")


def _folds(ch: str) -> set[str]:
    """The forms under which ``_last_chars`` may list a character of the text."""
    keys = {ch, ch.lower(), ch.casefold()}
    if ch.isdecimal():
        keys.add("\\d")
    return keys


class _Backward:
    """A "before" pattern (its phrases, then blanks, quotes or a bracket, then the figure), matched
    backwards from the figure. Its phrases are many, and a backward match tries them one by one; so
    the characters where a phrase may end (the last one before the figure past blanks, quotes and a
    bracket, and any of those passed over that a phrase ends with) pick, once, the phrases that may
    end there, compiled in their order into a smaller pattern of the same matches. Where a phrase's
    last characters are not known, the whole pattern is matched; with ``whole``, it is matched
    wherever one phrase may end (a trie of words is not cut: its first match may be another's)."""

    def __init__(
        self, phrases: Collection[str], build: Callable[[list[str]], str], flags: int, *, whole: bool = False
    ) -> None:
        self._phrases = list(phrases)
        self._whole = whole
        self._build = build
        self._flags = flags
        self.full = regex.compile(build(self._phrases), flags)
        ends = [last_chars([p]) for p in self._phrases]
        self._ends: list[frozenset[str]] | None = None if any(e is None for e in ends) else [e for e in ends if e is not None]
        self._every: frozenset[str] = frozenset().union(*self._ends) if self._ends else frozenset()
        self._passed: dict[str, bool] = {}  # a blank, quote or bracket -> whether a phrase may end with it
        self._blank_ends = any(ch.isspace() for ch in self._every)
        self._by_ends: dict[str, regex.Pattern[str] | None] = {}

    def _may_end(self, ch: str) -> bool:
        ends = self._passed[ch] = not self._every.isdisjoint(_folds(ch))
        return ends

    def _for_ends(self, chars: str) -> regex.Pattern[str] | None:
        assert self._ends is not None
        keys = set().union(*(_folds(ch) for ch in chars))
        chosen = [p for p, e in zip(self._phrases, self._ends, strict=True) if not keys.isdisjoint(e)]
        pattern = (self.full if self._whole else regex.compile(self._build(chosen), self._flags)) if chosen else None
        if len(self._by_ends) > 4096:
            self._by_ends.clear()
        self._by_ends[chars] = pattern
        return pattern

    def match(self, before: str) -> regex.Match[str] | None:
        if self._ends is None:
            return self.full.match(before)
        by_ends = self._by_ends
        if not self._blank_ends:
            # no phrase ends with a blank: the blanks go at once (most figures follow a word and a space)
            last = before.rstrip()[-1:]
            if last and last not in _SKIPPED_BEFORE:
                pattern = by_ends[last] if last in by_ends else self._for_ends(last)
                return None if pattern is None else pattern.match(before)
        chars = ""
        passed = self._passed
        for ch in reversed(before):
            if ch in _SKIPPED_BEFORE or ch.isspace():
                if passed[ch] if ch in passed else self._may_end(ch):
                    chars += ch
                continue
            chars += ch
            break
        if not chars:
            return None
        pattern = by_ends[chars] if chars in by_ends else self._for_ends(chars)
        return None if pattern is None else pattern.match(before)


@dataclass(frozen=True)
class Grammar:
    """Patterns compiled once for one language."""

    language: LanguageData
    anchor: regex.Pattern[str]
    anchor_scan: Scan | None  # the anchor's gate for the stdlib, see _patterns.gated_finditer
    qualifier_before: _Backward
    qualifier_after: regex.Pattern[str]
    range_after: regex.Pattern[str]
    range_after_open: regex.Pattern[str]
    range_opener_before: _Backward
    change_before: regex.Pattern[str]
    not_before: _Backward
    not_after: regex.Pattern[str]
    year_before: regex.Pattern[str]
    count_before: regex.Pattern[str]  # "stieg auf", "rose to" before a four-digit toll: no year
    month_before: _Backward
    month_after: regex.Pattern[str]
    ordinal_before: regex.Pattern[str]
    counted_after: regex.Pattern[str]
    harm_after: regex.Pattern[str]  # a verb of harm or a part right after a figure ("2059 verletzt", "1404 von ihnen")
    list_between: regex.Pattern[str]  # from a count to the next in a list of tolls (" Menschen getötet und ")
    atoms: regex.Pattern[str]
    vague_keys: tuple[tuple[regex.Pattern[str], str], ...]
    vague_key_cache: dict[str, str | None]  # a vague word as written (lowercased) -> its key
    words_cache: dict[str, tuple[int, int] | None]  # a figure in words as written -> _words_value
    scales: tuple[tuple[regex.Pattern[str], int], ...]
    atom_values: dict[str, int]
    joiners: frozenset[str]
    dozen_atoms: frozenset[str]
    fractions: dict[str, tuple[int, int]]
    mixed: regex.Pattern[str]  # a figure across digits and words: "4 thousand 3 hundred and 21"
    suffix_counted: regex.Pattern[str]  # what a figure with a suffix ("10k") counts, right after it
    counted_next: regex.Pattern[str]  # a noun of what is counted right after a figure
    partitive_next: regex.Pattern[str]  # "one of the victims": a part of a number, right after a figure
    not_number_before: regex.Pattern[str]  # "the one", "his score": an ambiguous word is no number
    name_before: regex.Pattern[str]  # a capitalised word before a capitalised number word: "Claudia Tausend"
    ambiguous: frozenset[str]
    approximate: tuple[tuple[regex.Pattern[str], int | tuple[int, int], Qualifier], ...]
    or_equal_after: regex.Pattern[str]
    qualifier_ahead: regex.Pattern[str]  # a qualifier's phrase before a figure, read forwards
    bound_join: regex.Pattern[str]  # "more than 10 and less than 20": from the first bound to the second's phrase
    apposed_after: regex.Pattern[str]
    bound_starts: frozenset[str] | None  # first characters of a bound joiner / "or equal" / a number word or
    or_equal_starts: frozenset[str] | None  # joiner after a scale word: a cheap test before the pattern
    word_starts: frozenset[str] | None
    listed_after: regex.Pattern[str]  # " and Jose", " —", ", Jerrod": another named person, or the list's end
    harm_soon: regex.Pattern[str]  # what happened to what a figure counts, within two words


_WS = r"[\s\u00a0\u2009\u202f]"
_GROUP_SEPARATORS = r"[.,'’\u00a0\u202f\u2009 ]"
# a digit string: grouped by threes (at most 12 digits) or plain (at most 15 digits) with an optional
# decimal part; bounded so that no digit run can make Python's int() refuse it.
_DIGITS = rf"(?:\d{{1,3}}(?:{_GROUP_SEPARATORS}\d{{3}}){{1,4}}(?:[.,]\d{{1,15}})?|\d{{1,15}}(?:[.,]\d{{1,15}})?)(?![\d])"
_AFTER_DIGIT_LINK = regex.compile(r"\d[-–—:/.]$", regex.REVERSE)
_LINKED_DIGIT = regex.compile(r"[-–—]\d")
_ORDINAL_NEXT = regex.compile(r"[\s\u00a0]*(?:\p{Ll}|\d)")
_NUMBER_SIGN_BEFORE = regex.compile(r"(?:\d[:/]|[/#№])$", regex.REVERSE)
_NAMED_BEFORE_BRACKET = regex.compile(r"\p{L}[.]? ?\($", regex.REVERSE)
_NAME_BEFORE = regex.compile(r"(?<![\w])\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+\.?, $", regex.REVERSE)  # "Juan Gaitan, ", "Davis Jr., "
_APPOSED_BEFORE = regex.compile(r"[\p{L}.][\"'”’)]?, $", regex.REVERSE)  # a name or noun, a comma: "The driver, "
_DASH = "[-–—~]"  # between the two ends of a range, in every language


@lru_cache(maxsize=16)
def grammar(code: str) -> Grammar:
    """The compiled grammar of a language (cached)."""
    lang = get_language(code)
    flags = regex.IGNORECASE | regex.UNICODE
    atom_values: dict[str, int] = {}
    atom_values.update({k.lower(): v for k, v in lang.number_words.items()})
    atom_values.update({k.lower(): v for k, v in lang.multiplier_words.items()})
    atom_values.update({k.lower(): v for k, v in lang.dozen_words.items()})
    fractions = {k.lower(): v for k, v in lang.fraction_words.items()}
    atoms = _literal_alternation({*atom_values, *fractions})
    joiners = _literal_alternation(lang.number_joiners)
    sep = r"(?:[\s\u00a0-]*)" if lang.compound_numbers else rf"(?:{_WS}*-{_WS}*|{_WS}+)"
    # between two atoms: a separator, or a joiner ("hundred and five"); in a compound language the
    # joiner is glued ("einundzwanzig": "fünf und zwanzig" is two figures, as in "zwischen fünf und zwanzig")
    link = rf"(?:-?(?:{joiners})-?|{_WS}+(?:{joiners}){_WS}+|{sep})" if lang.compound_numbers else rf"(?:{sep}(?:(?:{joiners}){sep})?)"
    lonely = _literal_alternation({w.lower() for w in lang.not_alone})
    # an article ("ein", "a") is a figure only when more number words follow ("eine Million", "a dozen")
    # ... or when it opens a range ("ein bis zwei Tote", "eine oder zwei")
    plain_join = _literal_alternation([j for j in lang.range_joiners if j not in lang.range_joiners_after_opener]) or "(?!)"
    range_next = rf"{_WS}*(?:{_DASH}|(?:{plain_join})(?![\w])){_WS}*(?:{atoms}|\d)"
    skip_lonely = (
        rf"(?!(?:{lonely})(?![\w])(?!{link}(?:{atoms}){{1,8}}(?![\w]))(?!{range_next}))"
    )
    word = rf"(?<![\w-]){skip_lonely}(?:{atoms})(?:{link}(?:{atoms})){{0,12}}(?![\w])"
    rounds = _literal_alternation({k.lower() for k in (*lang.multiplier_words, *lang.dozen_words)})
    vague = (
        rf"(?<![\w-])(?P<vbase>{_alternation(lang.vague_words)})"
        rf"(?:{_WS}+(?P<vround>(?:{rounds})(?:{sep}(?:{rounds})){{0,2}}))?(?![\w])"
    )
    scale = _alternation(lang.scale_words)
    suffixes = _literal_alternation(k.lower() for k in lang.suffix_scales) if lang.suffix_scales else "(?!)"
    # digits glued to a letter are no count ("5th", "1990er", "20km"), unless it is a scale word or a
    # suffix before what is counted ("10k protesters": tested when it is read)
    digits = (
        rf"(?<![\w.,]|[^\W\d]-){_DIGITS}(?:{_WS}?(?P<scale>{scale})(?![\w])|(?P<suffix>{suffixes})(?![\w]))?(?!\p{{L}})"
    )
    # phrases that state an amount loosely ("a good dozen"), or name one by a word of multiplicity
    # ("double homicide", "Doppelmord"): read as one figure
    amounts = {**lang.approximate_nouns, **{p: (v, q) for p, (v, q, *_) in lang.multiplicity_words.items()}}
    approximate = tuple((regex.compile(rf"(?:{p})", regex.IGNORECASE), v, q) for p, (v, q) in amounts.items())
    approx = rf"(?<![\w-])(?:{_alternation(amounts)})(?![\w])" if amounts else "(?!)"
    # every figure starts at a word boundary: test that first, it is cheap and rules out most positions
    people = [
        *lang.person_words,
        *chain.from_iterable(lang.category_nouns.values()),
        *chain.from_iterable(lang.group_words.values()),
    ]
    nouns = _alternation([*people, *chain.from_iterable(lang.unit_words.values())]) or "(?!)"
    harm = _alternation([*chain.from_iterable(lang.category_verbs.get(c, ()) for c in (Category.DEATHS, Category.INJURIES, Category.ARRESTS))]) or "(?!)"
    conjunctions = _alternation(lang.list_conjunctions) or "(?!)"
    persons = _alternation(people) or "(?!)"
    q = f"[{regex.escape(_QUOTES)}]?"
    # a lone article is a count of one when a person it counts follows, bare or after one adjective:
    # "darunter ein Polizist", "einen toten Mann", "a police officer"; not after a preposition of
    # place ("in einem Auto", "bei einem Polizisten")
    article = (
        # (the cheap tests first: the article itself, then the gated noun, then the preposition behind)
        rf"(?<![\w-])(?:{lonely})(?![\w])"
        rf"(?:(?=(?:{_WS}+[\p{{L}}\d][\p{{L}}\d-]*)?{_WS}+{gate(people)}(?:{persons})(?![\w]))"
        rf"(?<!(?<![\w-])(?:{_alternation(lang.location_prepositions) or '(?!)'}){_WS}+\w+)"
        # or right after a subset cue, whatever follows: "darunter eine Lehrerin", "including a 4-month-old baby"
        rf"|(?<=(?<![\w-])(?:{_alternation(lang.subset_cues) or '(?!)'})[\s\u00a0,:]+\w+)(?={_WS}+[\p{{L}}\d])"
        # or as one of a number before it: "Einer von ihnen starb", "einer der Verletzten"
        rf"|(?={_WS}+(?:{_alternation(lang.subset_cues_after) or '(?!)'})(?![\w])))"
        if lonely
        else "(?!)"
    )
    # "beide Fahrer", "both drivers": two, when a person follows that is not one of a list
    # ("both soldiers and civilians")
    pairs = _literal_alternation({w.lower() for w in lang.pair_words})
    pair = (
        rf"(?<![\w-])(?:{pairs})(?![\w])"
        rf"(?=(?:{_WS}+\p{{L}}[\p{{L}}-]*)?{_WS}+{gate(people)}(?:{persons})(?![\w])"
        rf"(?!{_WS}*,?{_WS}*(?:{conjunctions})(?![\w])))"
        if pairs
        else "(?!)"
    )
    # a cheap lookahead first: a digit, or the literal start of a number word or vague amount
    # (where number words are written apart, each is a whole word: "an" must not let "and" through)
    whole = {*lang.not_alone, *lang.pair_words, *([] if lang.compound_numbers else (*atom_values, *fractions))}
    starts = gate(
        [r"\d", *(w for w in (*atom_values, *fractions) if lang.compound_numbers), *lang.vague_words, *amounts]
    )
    whole_words = word_trie(set(whole))
    first = rf"(?=(?:{whole_words})(?![\w])|{starts[3:-1]})"
    anchor = regex.compile(
        rf"\b{first}(?:(?P<digits>{digits})|(?P<approx>{approx})|(?P<vague>{vague})|(?P<word>{word})|(?P<article>{article})|(?P<pair>{pair}))", flags
    )

    quote = f"[{regex.escape(_QUOTES)}(]?"
    back = flags | regex.REVERSE  # "before" patterns end at the figure: match() them backwards from it
    qualifiers = dict(lang.qualifiers)
    qualifier_before = _Backward(
        qualifiers,
        lambda phrases: rf"(?:{_named_longest_first({p: qualifiers[p] for p in phrases})}){_WS}*{quote}{_WS}*$",
        back,
    )
    qualifier_ahead = regex.compile(rf"(?:{_named_longest_first(dict(lang.qualifiers))}){_WS}*", flags)
    after_groups = []
    for qualifier in Qualifier:
        pats = [p for p, q in lang.qualifiers_after.items() if q is qualifier]
        if pats:
            after_groups.append(f"(?P<{qualifier.value}>{_alternation(pats)})")
    qualifier_after = regex.compile(
        rf"{_WS}*{quote}{_WS}*(?:{'|'.join(after_groups) or '(?!)'})(?![\w])", flags
    )
    open_join = _literal_alternation(lang.range_joiners) or "(?!)"
    range_after = regex.compile(rf"{_WS}*(?:{_DASH}|(?:{plain_join})(?![\w])){_WS}*", flags)
    range_after_open = regex.compile(rf"{_WS}*(?:{_DASH}|(?:{open_join})(?![\w])){_WS}*", flags)
    range_opener_before = _Backward(
        lang.range_openers,
        lambda phrases: rf"(?<![\w])(?:{_literal_alternation(phrases) or '(?!)'}){_WS}*{quote}{_WS}*$",
        back,
        whole=True,
    )
    change_before = regex.compile(rf"(?<![\w])(?:{_alternation(lang.change_openers) or '(?!)'}){_WS}*$", back)
    not_before = _Backward(
        lang.not_count_before,
        lambda phrases: rf"(?<![\w])(?:{_alternation(phrases) or '(?!)'}){_WS}*{quote}{_WS}*$",
        back,
    )
    not_after = regex.compile(
        rf"{_WS}*(?:{_alternation(lang.not_count_after) or '(?!)'})(?![\w])|{_WS}?(?:%|‰)|:\d|/\d|[.,]\d",
        flags,
    )
    year_before = regex.compile(
        rf"(?<![\w])(?:{_alternation(lang.year_context_before) or '(?!)'}){_WS}+$", back
    )
    count_before = regex.compile(
        rf"(?<![\w])(?:{_alternation(lang.count_context_before) or '(?!)'}){_WS}+$", back
    )
    months = _alternation(lang.month_names) or "(?!)"
    month_before = _Backward(lang.month_names, lambda phrases: rf"(?<![\w])(?:{_alternation(phrases) or '(?!)'}){_WS}*$", back)
    month_after = regex.compile(rf"\.?{_WS}*(?:{months})(?![\w])", flags)
    ordinal_words = _alternation([*lang.articles, *lang.ordinal_before]) or "(?!)"
    ordinal_before = regex.compile(rf"(?<![\w])(?:{ordinal_words}){_WS}+$", back)
    counted_after = regex.compile(
        rf"(?:{_WS}+{q}\p{{L}}[\p{{L}}-]*{q}){{0,2}}?{_WS}+{q}(?:{nouns})(?![\w])", flags
    )
    every = _literal_alternation({*atom_values, *fractions, *(j.lower() for j in lang.number_joiners)})
    lead, trail = ("", "") if lang.compound_numbers else (r"(?<![\w])", r"(?![\w])")
    atom_pattern = regex.compile(rf"{lead}(?:{every}){trail}|(?<![\d.,])[1-9]\d{{0,2}}(?![\d])", flags)
    word_atom = rf"(?:{atoms}){trail}"
    mixed = regex.compile(
        rf"[1-9]\d{{0,2}}{link}{word_atom}(?:{link}(?:{word_atom}|[1-9]\d{{0,2}}(?![\d]|[.,]\d))){{0,12}}", flags
    )
    nouns_next = rf"{_WS}+{q}(?:{nouns})(?![\w])"
    bound_words = _alternation(lang.bound_joiners) or "(?!)"
    or_equal = _alternation(lang.or_equal_after) or "(?!)"
    coordinators = _literal_alternation(lang.coordinators) or "(?!)"
    vague_keys = tuple((regex.compile(rf"(?:{p})$", flags), key) for p, key in lang.vague_words.items())
    scales = tuple((regex.compile(rf"(?:{p})$", flags), v) for p, v in lang.scale_words.items())
    return Grammar(
        language=lang,
        anchor=anchor,
        anchor_scan=candidates(first),
        qualifier_before=qualifier_before,
        qualifier_after=qualifier_after,
        range_after=range_after,
        range_after_open=range_after_open,
        range_opener_before=range_opener_before,
        change_before=change_before,
        not_before=not_before,
        not_after=not_after,
        year_before=year_before,
        count_before=count_before,
        month_before=month_before,
        month_after=month_after,
        ordinal_before=ordinal_before,
        counted_after=counted_after,
        harm_after=regex.compile(
            rf"{_WS}+(?:{harm}|{_alternation(lang.subset_cues_after) or '(?!)'})(?![\w])", flags
        ),
        list_between=regex.compile(rf"(?:{_WS}+{q}[\p{{L}}-]+{q}){{0,3}}[\s\u00a0]*(?:,|(?:,{_WS}*)?(?:{conjunctions})(?![\w])){_WS}*", flags),
        atoms=atom_pattern,
        vague_keys=vague_keys,
        vague_key_cache={},
        words_cache={},
        scales=scales,
        atom_values=atom_values,
        joiners=frozenset(j.lower() for j in lang.number_joiners),
        dozen_atoms=frozenset(k.lower() for k in lang.dozen_words),
        fractions=fractions,
        mixed=mixed,
        suffix_counted=regex.compile(rf"-(?:{nouns})(?![\w])|(?:{_WS}+{q}\p{{L}}[\p{{L}}-]*{q})?{nouns_next}", flags),
        counted_next=regex.compile(nouns_next, flags),
        partitive_next=regex.compile(rf"{_WS}+(?:{_alternation(lang.part_of_number) or '(?!)'})(?![\w])", flags),
        not_number_before=regex.compile(
            rf"(?<![\w])(?:{_alternation(lang.not_number_before) or '(?!)'}){_WS}+$", back
        ),
        name_before=regex.compile(rf"(?<![\w])\p{{Lu}}\p{{Ll}}+{_WS}+$", regex.REVERSE | regex.UNICODE),
        ambiguous=frozenset(w.lower() for w in lang.ambiguous_number_words),
        approximate=approximate,
        or_equal_after=regex.compile(
            rf"{_WS}*,?{_WS}*(?:{or_equal})(?![\w])(?!{_WS}*(?:\d|(?:{atoms})(?![\w])))", flags
        ),
        qualifier_ahead=qualifier_ahead,
        bound_join=regex.compile(rf"{_WS}*(?:(?<![\w])(?:{bound_words})(?![\w])|,){_WS}*", flags),
        bound_starts=_first_chars(lang.bound_joiners),
        or_equal_starts=_first_chars(lang.or_equal_after),
        word_starts=_first_chars([regex.escape(w) for w in (*atom_values, *fractions, *lang.number_joiners, *"123456789")]),
        # "The driver, 52, was", a headline's "Boy, 15, Dies"; a headline ending in the age: "killing of girl, 7"
        apposed_after=regex.compile(rf", (?!(?:{coordinators}) )\p{{L}}|[ \t\u00a0]*(?:\n|$)"),
        # after a name: another named person, a coordinated verb ("Ana Ruiz, 15, and killed her"), the
        # sentence's end ("was Tom Reyes, 21.") or the list's
        listed_after=regex.compile(
            rf"[,;]? (?:{coordinators}) \p{{Lu}}|, \p{{Lu}}\p{{Ll}}+ \p{{Lu}}\p{{Ll}}|, (?:{coordinators}) \p{{Ll}}"
            rf"| ?(?:[—–]|--)|\.(?:[\s\u00a0]|$)|[\s\u00a0]*$"
        ),
        harm_soon=regex.compile(rf"(?:{_WS}+\p{{L}}+){{0,2}}?{_WS}+(?:{harm})(?![\w])", flags),
    )


# ---- reading one number ----------------------------------------------------------------------

_SPACE_LIKE = regex.compile(r"[\u00a0\u202f\u2009'’ ]")
_MARKS = regex.compile(r"[., ]")


@lru_cache(maxsize=8192)  # figures repeat across a corpus ("12", "1,000")
def _digits_value(surface: str, decimal_separator: str, scaled: bool) -> int | Fraction | None:
    """The exact value of a digit string in either convention; ``None`` when it is unreadable
    (also for digits that Python cannot read as decimal digits, such as U+1CCF0)."""
    try:
        return _digits_value_or_raise(surface, decimal_separator, scaled)
    except ValueError:
        return None


def _digits_value_or_raise(surface: str, decimal_separator: str, scaled: bool) -> int | Fraction | None:
    if surface.isdigit():
        return int(surface)
    text = _SPACE_LIKE.sub(" ", surface)
    parts = _MARKS.split(text)
    seps = _MARKS.findall(text)
    if not seps:
        return int(parts[0])
    grouped = len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
    if grouped and not (scaled and len(seps) == 1 and seps[0] == decimal_separator):
        if len(set(seps)) == 1:
            return int("".join(parts))
    if len(seps) == 1 and seps[0] in ".,":
        return Fraction(f"{parts[0]}.{parts[1]}")
    if (
        seps[-1] in ".,"
        and len(set(seps[:-1])) == 1
        and seps[0] != seps[-1]
        and len(parts[0]) <= 3
        and all(len(p) == 3 for p in parts[1:-1])
    ):
        return Fraction(f"{''.join(parts[:-1])}.{parts[-1]}")  # "1,674.5", "2.000,352"
    return None


def _scale_value(g: Grammar, word: str | None) -> int:
    if not word:
        return 1
    for pattern, value in g.scales:
        if pattern.match(word):
            return value
    return 1


def _suffix_value(g: Grammar, suffix: str) -> int:
    return next((v for k, v in g.language.suffix_scales.items() if k.lower() == suffix.lower()), 1)


def _words_value(g: Grammar, surface: str) -> tuple[int, int] | None:
    """``_read_words_value``, remembered per grammar: number words repeat ("zwei", "a dozen")."""
    cache = g.words_cache
    if surface in cache:
        return cache[surface]
    if len(cache) > 10_000:
        cache.clear()
    parsed = cache[surface] = _read_words_value(g, surface)
    return parsed


def _read_words_value(g: Grammar, surface: str) -> tuple[int, int] | None:
    """The value of a spelled-out number and the length of its valid prefix, or ``None``.

    Fraction words are factors: of the number right before them ("drei Viertel", "a half") or, with
    nothing before, of one ("half million"); the fraction so stated adds to a whole number before it
    ("zweieinhalb", "five and a half", "fünf und drei Viertel") and is multiplied by the multiplier
    after it ("anderthalb Millionen", "one billion and a half million"); stated after a multiplier of a
    million or more and before none, it is a part of that multiplier ("one million and a half").
    A figure that comes out a fraction is no count: ``None``. Digits (a figure written across digits
    and words, "4 thousand 3 hundred and 21") stand where a number below a thousand may.
    """
    tokens = list(g.atoms.finditer(surface))
    fractions = g.fractions
    articles = g.language.not_alone
    total: int | Fraction = 0
    current: int | Fraction = 0
    small: int | Fraction = 0  # units and tens since the last multiplier: what a dozen multiplies
    last_kind = ""  # "unit", "teen", "tens", "digit", "mult", "big", "join", "num", "frac"
    valid_end = 0
    value_at_end: int | None = None
    saw_real = False
    joined_after = ""
    smallest_big = 0  # the last multiplier of a thousand or more: the next one must be smaller
    last_big = 0
    numerator = 0
    before_numerator = ("", "")
    unresolved = False  # the figure as read so far is a fraction
    fraction_after_big = False  # a fraction stated after a multiplier: "one billion and a half (million)"
    before_join: tuple[int, int | None] | None = None  # (valid_end, value) before the last joiner
    for i, m in enumerate(tokens):
        word = m.group().lower()
        following = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
        if word in g.joiners and word not in g.atom_values:
            spaced = g.language.compound_numbers and m.start() > 0 and surface[m.start() - 1].isspace()
            allowed = ("unit", "mult", "big", "digit") if g.language.compound_numbers else ("mult", "big")
            fraction_ahead = following in fractions or (
                i + 2 < len(tokens) and tokens[i + 2].group().lower() in fractions
            )
            if spaced and not fraction_ahead:
                break  # "fünf und zwanzig" are two figures ("zwischen fünf und zwanzig"); "fünf und drei Viertel" one
            if last_kind not in allowed and not (fraction_ahead and last_kind in ("unit", "teen", "tens", "digit", "mult", "big")):
                break
            joined_after = last_kind
            last_kind = "join"
            before_join = (valid_end, value_at_end)
            continue
        if word in fractions:
            if last_kind == "frac":
                break
            numerator_, denominator = fractions[word]
            part = Fraction(numerator_ * (numerator if last_kind == "num" else 1), denominator)
            prev_kind, prev_joined = before_numerator if last_kind == "num" else (last_kind, joined_after)
            if prev_kind == "big" or (prev_kind == "join" and prev_joined == "big"):
                fraction_after_big = True
                current = part
            else:
                current += part
            small = 0
            last_kind = "frac"
            saw_real = True
        else:
            if word in articles and last_kind == "frac":
                continue  # "half a million", "half a dozen"
            if word.isdigit():
                digit = int(word)
                if digit == 0 or last_kind in ("unit", "teen", "tens", "digit", "frac", "num"):
                    break
                if last_kind == "join" and joined_after not in ("mult", "big"):
                    break
                if last_kind in ("mult", "join") and joined_after != "big" and (digit >= 100 or current % 100):
                    break
                if (last_kind == "big" or joined_after == "big") and smallest_big and digit >= min(1000, smallest_big):
                    break
                current += digit
                small = digit
                last_kind = "digit"
                saw_real = True
                value_at_end = _whole(total + current)
                unresolved = value_at_end is None
                if not unresolved:
                    valid_end = m.end()
                continue
            v = g.atom_values.get(word)
            if v is None:
                break
            if word in articles and m.start() and not surface[m.start() - 1].isalpha():
                glued = i + 1 < len(tokens) and tokens[i + 1].start() == m.end()
                if following not in fractions and not (g.language.compound_numbers and glued):
                    break  # an article only opens a figure: "a thousand a day" is 1000
            if following in fractions and v < 10 and word not in g.dozen_atoms:
                if last_kind in ("num", "frac"):
                    break
                numerator = v
                before_numerator = (last_kind, joined_after)
                last_kind = "num"
                continue
            if word in g.dozen_atoms:
                if last_kind == "mult":
                    break
                # "three hundred and two dozen" is 324
                current = current - small + small * v if small else (current or 1) * v
                small = 0
                last_kind = "mult"
            elif v == 100 or v >= 1000:
                if fraction_after_big:
                    if v < 1000 or (smallest_big and v >= smallest_big):
                        break
                    total += current * v
                    current = 0
                    fraction_after_big = False
                    smallest_big = v
                    last_big = v
                    last_kind = "big"
                elif (current >= 100 and v == 100) or (v >= 1000 and smallest_big and v >= smallest_big):
                    # "one hundred and two hundred", "one thousand and two thousand": a second figure
                    # begins at the joiner ("twenty five hundred" is 2500)
                    if before_join is not None:
                        valid_end, value_at_end = before_join
                    break
                elif v == 100:
                    current = (current or 1) * 100
                    last_kind = "mult"
                else:
                    total += (current or 1) * v
                    current = 0
                    smallest_big = v
                    last_big = v
                    last_kind = "big"
                small = 0
            else:
                kind = "unit" if v < 10 else "teen" if v < 20 else "tens"
                if last_kind in ("unit", "teen", "digit", "frac"):
                    break
                if last_kind == "tens" and kind != "unit":
                    break
                if last_kind == "join" and joined_after == "unit" and kind != "tens":
                    break
                current += v
                small += v
                last_kind = kind
        if word not in articles:
            saw_real = True
        if last_kind not in ("join", "num"):
            if fraction_after_big:
                value = _whole(total + current * last_big) if last_big >= 1_000_000 else None
            else:
                value = _whole(total + current)
            unresolved = value is None
            if value is None:
                continue
            valid_end = m.end()
            value_at_end = value
    if unresolved:
        return None  # "two and a half years", "zwei Drittel der Opfer": a fraction is no count
    if value_at_end is None or valid_end == 0:
        return None
    if not saw_real:
        return None
    return value_at_end, valid_end


def _whole(value: int | Fraction) -> int | None:
    if isinstance(value, int):
        return value
    return int(value) if value.denominator == 1 else None


@dataclass
class _Raw:
    start: int
    end: int
    value: int | None
    vague: str | None
    number: int | Fraction | None = None  # the digits as read (a fraction waits for a scale: "1,5 bis 2 Mio.")
    plain: bool = False  # digits only, no grouping, no scale: a year candidate
    scaled: bool = False  # digits followed by a scale word ("2 Millionen")
    qualifier: Qualifier | None = None  # stated by the phrase itself ("ein gutes Dutzend": more than 12)
    high: int | None = None  # its upper end, for a range ("a dozen or two")


def _read_anchor(g: Grammar, m: regex.Match[str]) -> _Raw | None:
    surface = m.group("digits")
    if surface is None:
        return _read_words(g, m)
    if len(surface) > 1 and surface[0] == "0" and surface[1].isdigit():
        return None  # "01", "007": a date part or a code
    scale_word = m.group("scale")
    # a figure across digits and words goes on after a scale word: "4 thousand 3 hundred and 21"
    if (
        scale_word is not None
        and _next_starts(m.string, m.end(), g.word_starts)
        and (mixed := g.mixed.match(m.string, m.start(), m.start() + 4 * _MAX_WINDOW)) is not None
        and mixed.end() > m.end()
    ):
        parsed = _words_value(g, mixed.group())
        if parsed is not None and m.start() + parsed[1] > m.end():
            value, length = parsed
            return _Raw(m.start(), m.start() + length, value, None, number=value, scaled=True)
    suffix = m.group("suffix")
    if suffix is not None:
        if not g.suffix_counted.match(m.string, m.end(), m.end() + 2 * _MAX_WINDOW):
            return None  # "10k" bare: a race, "100m" metres; "10k protesters" is a count
        scale_word = None
    number_part = surface[: m.start("scale" if scale_word else "suffix") - m.start()].rstrip() if scale_word or suffix else surface
    number = _digits_value(number_part, g.language.decimal_separator, scale_word is not None or suffix is not None)
    if number is None:
        return None
    scaled = number * (_scale_value(g, scale_word) if suffix is None else _suffix_value(g, suffix))
    whole = int(scaled) if (isinstance(scaled, int) or scaled.denominator == 1) and scaled <= 10**15 else None
    plain = scale_word is None and suffix is None and number_part.isdigit()
    return _Raw(m.start(), m.end(), whole, None, number=number, plain=plain, scaled=scale_word is not None)


def _read_words(g: Grammar, m: regex.Match[str]) -> _Raw | None:
    if m.group("approx") is not None:
        for pattern, amount, qualifier in g.approximate:
            # matched in the text (a phrase may look ahead: "Erschießung eines"), ending where the anchor did
            found = pattern.match(m.string, m.start(), m.end() + _MAX_WINDOW)
            if found is not None and found.end() == m.end():
                low, high = amount if isinstance(amount, tuple) else (amount, None)
                return _Raw(m.start(), m.end(), low, None, number=low, qualifier=qualifier, high=high)
        return None
    if m.group("vague") is not None:
        base = m.group("vbase").lower()
        key = g.vague_key_cache.get(base, "")
        if key == "":
            if len(g.vague_key_cache) > 10_000:
                g.vague_key_cache.clear()
            key = g.vague_key_cache[base] = next((k for pattern, k in g.vague_keys if pattern.match(base)), None)
        if key is None:
            return None
        end = m.end("vbase")
        rounds = m.group("vround")
        if rounds and key in _COMPOSABLE_VAGUE:
            parsed = _words_value(g, rounds)
            if parsed is not None and parsed[1] == len(rounds) and parsed[0] in _ROUND_NAMES:
                key = f"{key}_{_ROUND_NAMES[parsed[0]]}"
                end = m.end("vround")
        return _Raw(m.start(), end, None, key)
    if m.group("article") is not None:
        return _Raw(m.start(), m.end(), 1, None, number=1)
    if m.group("pair") is not None:
        return _Raw(m.start(), m.end(), 2, None, number=2)
    if m.group("word") is not None:
        parsed = _words_value(g, m.group("word"))
        if parsed is None:
            if m.group("word").lower() in g.language.not_alone and m.group("word").lower() in g.atom_values:
                # an article opening a range ("ein bis zwei"): _qualify keeps it only as a range's low end
                article = g.atom_values[m.group("word").lower()]
                return _Raw(m.start(), m.end(), None, None, number=article)
            return None
        value, length = parsed
        return _Raw(m.start(), m.start() + length, value, None, number=value)
    return None


def _is_year_like(raw: _Raw) -> bool:
    return raw.plain and raw.value is not None and 1000 <= raw.value <= 2100 and raw.end - raw.start == 4


def _rejected(g: Grammar, text: str, raw: _Raw, *, second: bool = False) -> bool:
    """Ages, dates, times, ordinals, percentages, money, scores, durations are no counts (years: later)."""
    before = text[max(0, raw.start - _MAX_WINDOW) : raw.start]
    after = text[raw.end : raw.end + _MAX_WINDOW]
    if g.not_after.match(after):
        return True
    if g.not_before.match(before):
        return True
    if raw.vague is not None:
        return False
    if not second and _AFTER_DIGIT_LINK.search(before):
        return True  # the second part of "2022-01-05", "3-0", "5.1.", "10:30"
    surface = text[raw.start : raw.end]
    if g.month_after.match(after):
        return True
    if (
        g.language.month_precedes_day
        and surface.isdigit()
        and len(surface) <= 2
        and g.month_before.match(before)
    ):
        return True  # "Jan. 5", not "in May 1,200 people died"
    if len(surface) == 4 and surface.isascii() and surface.isdigit() and 1800 <= int(surface) <= 2100 and g.month_before.match(before):
        return True  # "am 9. Oktober 2019 zwei Menschen": the year of a date
    if surface[-1:].isdigit() and after.startswith("."):
        # "am 5. Januar", "der 3. Versuch": an ordinal; "... 18 Tote. Die" is a sentence end
        if _ORDINAL_NEXT.match(after, 1):
            return True
        if g.ordinal_before.match(before):
            return True
    if (
        raw.plain
        and before.endswith(", ")  # (cheap tests first)
        and (after.startswith(", ") or not after[:1].strip())
        and raw.value is not None
        and raw.value <= 120
        and _APPOSED_BEFORE.search(before)
        and g.apposed_after.match(after)
    ):
        return True  # "The driver, 52, was not hurt", "John Smith, 45, was arrested": an age in apposition
    if (
        raw.plain
        and before.endswith(", ")
        and raw.value is not None
        and raw.value <= 120
        and _NAME_BEFORE.search(before)
        and g.listed_after.match(after)
    ):
        # "Juan Gaitan, 27 and Jose Rodriguez, 29 — were taken", "Tony Bailey, 21, Jerrod Corley, 24",
        # "Teen Gunned Down Identified As Jamel Rollins, 17": the age of a named person
        return True
    if raw.plain and raw.value is not None and raw.value <= 120 and before.endswith("(") and after.startswith(")"):
        if _NAMED_BEFORE_BRACKET.search(before):
            return True  # "Bergführer (42)", "Anna K. (34)": an age in brackets after a name or noun
    return _NUMBER_SIGN_BEFORE.search(before) is not None


def _partner_end(g: Grammar, text: str, end: int, *, day: bool = False) -> int:
    """The end of a second figure joined to a rejected one ("vom 2. bis 5.", "18 to 25"), else ``end``.
    After a day of a date the second figure must be a day too: in "the toll since Oct. 7 to 30,410"
    the figure after "to" is a count of its own."""
    joiner = g.range_after.match(text, end, end + _MAX_WINDOW)
    if joiner is None:
        return end
    second = g.anchor.match(text, joiner.end())
    if second is None:
        return end
    if day:
        raw = _read_anchor(g, second)
        if raw is None or not raw.plain or raw.value is None or raw.value > 31:
            return end
    return int(second.end())


def _is_day(g: Grammar, text: str, raw: _Raw) -> bool:
    """Whether a figure is the day of a date ("Oct. 7", "5. Januar")."""
    after = text[raw.end : raw.end + _MAX_WINDOW]
    before = text[max(0, raw.start - _MAX_WINDOW) : raw.start]
    return bool(g.month_after.match(after) or (g.language.month_precedes_day and g.month_before.match(before)))


@dataclass
class _Reading:
    qualifier: Qualifier
    start: int
    end: int
    value: int | None
    high_value: int | None
    year_like: bool
    bounds: tuple[int | None, int | None] | None = None  # where they are not the qualifier's (two bounds)


_LOWER_BOUNDS = {Qualifier.MORE_THAN: 1, Qualifier.AT_LEAST: 0}
_UPPER_BOUNDS = {Qualifier.LESS_THAN: -1, Qualifier.AT_MOST: 0, Qualifier.UP_TO: 0}
_INCLUSIVE = {Qualifier.MORE_THAN: Qualifier.AT_LEAST, Qualifier.LESS_THAN: Qualifier.AT_MOST}


def _qualify(g: Grammar, text: str, raw: _Raw, lower_limit: int) -> _Reading | None:
    """The qualifier, span and value of the figure at ``raw``; ``None`` when it is no count after all."""
    if raw.vague is not None:
        return _Reading(Qualifier.VAGUE, raw.start, raw.end, None, None, False)
    if raw.qualifier is not None:
        return _Reading(raw.qualifier, raw.start, raw.end, raw.value, raw.high, False)
    window_start = max(lower_limit, raw.start - _MAX_WINDOW)
    before = text[window_start : raw.start]
    start = raw.start
    end = raw.end
    value = raw.value
    opener = g.range_opener_before.match(before)
    joiner = (g.range_after_open if opener else g.range_after).match(text, raw.end, raw.end + _MAX_WINDOW)
    if joiner is not None and raw.number is not None:
        second = g.anchor.match(text, joiner.end())
        other = _read_anchor(g, second) if second is not None else None
        if second is not None and other is not None and other.vague is None and other.value is not None:
            first = Fraction(raw.value) if raw.scaled and raw.value is not None else raw.number
            if other.scaled and not raw.scaled and first < 1000:
                scale = _scale_value(g, second.group("scale"))
                if first * scale <= other.value:
                    first *= scale
            whole = isinstance(first, int) or first.denominator == 1
            if g.not_after.match(text, other.end, other.end + _MAX_WINDOW):
                return None  # the two ends share a unit: "10 bis 20 Uhr", "5 to 10 years", "20-30 Prozent"
            if _LINKED_DIGIT.match(text, other.end):
                return None  # a code or a phone number: "1-222-2222-2222"
            if g.change_before.match(before):
                pass  # "rose from 10 to 20": a change, two figures
            elif whole and first < other.value and not _rejected(g, text, other, second=True):
                if opener is not None:
                    start = window_start + opener.start()
                elif (hedge := g.qualifier_before.match(before)) is not None:
                    start = window_start + hedge.start()  # "etwa 3000 bis 4000": the span keeps its hedge
                year_like = _is_year_like(raw) or _is_year_like(other)
                return _Reading(Qualifier.RANGE, start, other.end, int(first), other.value, year_like)
    if value is None:
        return None
    if _LINKED_DIGIT.match(text, raw.end):
        return None  # a score or a code: "2-1", "3-0", "A-4"
    qualifier = Qualifier.EXACT
    m = g.qualifier_before.match(before)
    if m is not None:
        name = m.lastgroup or ""
        qualifier = Qualifier(name)
        start = window_start + m.start()
    after = g.qualifier_after.match(text, end, end + _MAX_WINDOW)
    if after is not None and qualifier in (Qualifier.EXACT, Qualifier.ABOUT):
        name = after.lastgroup or ""
        if qualifier is Qualifier.EXACT or name != Qualifier.ABOUT.value:
            qualifier = Qualifier(name)  # "about five hundred or more": at least 500
            end = after.end()
    if (
        qualifier in _INCLUSIVE
        and _next_starts(text, end, g.or_equal_starts)
        and (equal := g.or_equal_after.match(text, end, end + _MAX_WINDOW)) is not None
    ):
        qualifier = _INCLUSIVE[qualifier]  # "less than 5000 or equal"
        end = equal.end()
    reading = _Reading(qualifier, start, end, value, None, _is_year_like(raw))
    if (qualifier in _LOWER_BOUNDS or qualifier in _UPPER_BOUNDS) and _next_starts(text, end, g.bound_starts):
        return _two_bounds(g, text, reading) or reading
    return reading


def _two_bounds(g: Grammar, text: str, first: _Reading) -> _Reading | None:
    """One range of a lower and an upper bound: "more than 10 and less than 20", "at most 100 and at
    least 20", "mindestens 20 und höchstens 40"; ``None`` when no second bound follows."""
    join = g.bound_join.match(text, first.end, first.end + _MAX_WINDOW)
    if join is None:
        return None
    phrase = g.qualifier_ahead.match(text, join.end(), join.end() + _MAX_WINDOW)
    if phrase is None or phrase.lastgroup is None:
        return None
    second_q = Qualifier(phrase.lastgroup)
    m = g.anchor.match(text, phrase.end())
    raw = _read_anchor(g, m) if m is not None else None
    if raw is None or raw.value is None or raw.vague is not None or raw.qualifier is not None:
        return None
    if first.value is None or _rejected(g, text, raw, second=True):
        return None
    end = raw.end
    if second_q in _INCLUSIVE and (equal := g.or_equal_after.match(text, end, end + _MAX_WINDOW)) is not None:
        second_q = _INCLUSIVE[second_q]
        end = equal.end()
    if first.qualifier in _LOWER_BOUNDS and second_q in _UPPER_BOUNDS:
        low, high = first.value + _LOWER_BOUNDS[first.qualifier], raw.value + _UPPER_BOUNDS[second_q]
        stated = (first.value, raw.value)
    elif first.qualifier in _UPPER_BOUNDS and second_q in _LOWER_BOUNDS:
        low, high = raw.value + _LOWER_BOUNDS[second_q], first.value + _UPPER_BOUNDS[first.qualifier]
        stated = (raw.value, first.value)
    else:
        return None
    if low > high:
        return None  # "more than 40 and less than 10": two bounds, no range
    return _Reading(Qualifier.RANGE, first.start, end, stated[0], stated[1], False, (low, high))


def _is_year(g: Grammar, text: str, raw: _Raw, reading: _Reading, last_count: int) -> bool:
    """A four-digit 1000-2100 figure is a year unless qualified or followed by what it counts, or
    it follows a count in a list of tolls (``last_count``: where the last count ended, or -1)."""
    if reading.qualifier not in (Qualifier.EXACT, Qualifier.RANGE):
        return False  # "mehr als 2000", "some 1,500"
    before = text[max(0, reading.start - _MAX_WINDOW) : reading.start]
    if g.year_before.match(before):
        return True
    if g.count_before.match(text, max(0, reading.start - 3 * _MAX_WINDOW), reading.start):
        return False  # "die Zahl der Toten stieg auf 1762", "the toll rose to 1762"
    if (
        0 <= last_count < reading.start
        and g.list_between.fullmatch(text, last_count, reading.start)
        and g.harm_after.match(text, reading.end, reading.end + 2 * _MAX_WINDOW)
    ):
        return False  # "2012 Menschen getötet und 2059 verletzt, 1404 von ihnen schwer": a toll in a list of tolls
    return g.counted_after.match(text, reading.end, reading.end + 2 * _MAX_WINDOW) is None


def _not_a_number(g: Grammar, text: str, raw: _Raw) -> bool:
    """Whether a number word that is also a pronoun, a noun or a name stands as one: "the one you
    mentioned", "his score", "Claudia Tausend" (unless what it counts follows: "the one survivor")."""
    surface = text[raw.start : raw.end]
    if surface.lower() not in g.ambiguous:
        return False
    before = text[max(0, raw.start - _MAX_WINDOW) : raw.start]
    pronoun = g.not_number_before.search(before) is not None
    if not pronoun and not (surface[:1].isupper() and g.name_before.search(before) is not None):
        return False
    # what it counts follows ("the one survivor", "Tausend Menschen"), or a part of it ("which one of
    # the men"), or, after a determiner, what happened to it ("the one who died"; "Regional One where
    # he died" is a name)
    return not (
        g.counted_next.match(text, raw.end, raw.end + 2 * _MAX_WINDOW)
        or g.partitive_next.match(text, raw.end, raw.end + _MAX_WINDOW)
        or (pronoun and g.harm_soon.match(text, raw.end, raw.end + 2 * _MAX_WINDOW))
    )


def scan_counts(text: str, language: str, policy: str = "interval") -> list[Count]:
    """Every figure in ``text`` that reads as a count, with spans into ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    g = grammar(_language_code(language))
    _check_policy(policy)
    return list(iter_counts(g, text, policy, folded(text)))


def iter_counts(g: Grammar, text: str, policy: str, lowered: str | None) -> Iterator[Count]:
    """The counts in ``text``; ``lowered`` is ``_patterns.folded(text)`` (the caller may have it already)."""
    consumed = 0
    last_count = -1
    for m in gated_finditer(g.anchor, g.anchor_scan, text, lowered):
        if m.start() < consumed:
            continue
        raw = _read_anchor(g, m)
        if raw is None:
            continue
        if _rejected(g, text, raw):
            consumed = _partner_end(g, text, raw.end, day=_is_day(g, text, raw))
            continue
        reading = _qualify(g, text, raw, consumed)
        if reading is None:
            consumed = _partner_end(g, text, raw.end)
            continue
        if (
            g.ambiguous
            and not text[raw.start].isdigit()
            and reading.qualifier in (Qualifier.EXACT, Qualifier.VAGUE)
            and _not_a_number(g, text, raw)
        ):
            consumed = raw.end
            continue
        if reading.year_like and _is_year(g, text, raw, reading, last_count):
            consumed = reading.end
            continue
        if raw.vague is not None:
            low, high = vague_bounds(raw.vague, policy)
        elif reading.bounds is not None:
            low, high = reading.bounds
        else:
            low, high = bounds(reading.qualifier, reading.value, reading.high_value)
        consumed = last_count = reading.end
        yield Count(
            value=reading.value,
            qualifier=reading.qualifier,
            low=low,
            high=high,
            surface=text[reading.start : reading.end],
            start=reading.start,
            end=reading.end,
            high_value=reading.high_value,
            vague_word=raw.vague,
        )


def _language_code(language: object) -> str:
    return get_language(language).code


def parse_count(phrase: str, language: str, *, policy: VaguePolicy = "interval") -> Count | None:
    """Read the first figure of ``phrase`` as a count, or ``None`` when it holds none.

    >>> parse_count("mindestens 164 Tote", "de").low
    164
    """
    if not isinstance(phrase, str):
        raise TypeError(f"phrase must be a str, not {type(phrase).__name__}")
    g = grammar(_language_code(language))
    _check_policy(policy)
    return next(iter_counts(g, phrase, policy, folded(phrase)), None)


__all__ = [
    "ACLED_VALUES",
    "BOUNDS",
    "VAGUE_INTERVALS",
    "VAGUE_POLICIES",
    "Grammar",
    "VaguePolicy",
    "bounds",
    "grammar",
    "parse_count",
    "scan_counts",
    "vague_bounds",
]
