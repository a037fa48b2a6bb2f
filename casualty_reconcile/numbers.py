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

* ``"interval"`` (default): the interval the word usually spans, :data:`VAGUE_INTERVALS`
  (dozens 24–199, hundreds 200–1999, ...).
* ``"acled"``: ACLED's conservative single values (tens 10, dozens 12, hundreds 100, ...),
  ``low == high``, :data:`ACLED_VALUES`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

from .lang import LanguageData, get_language
from .models import Count, Qualifier

VaguePolicy = Literal["interval", "acled"]

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

VAGUE_POLICIES: tuple[str, ...] = ("interval", "acled")

_QUOTES = "\"'„“”»«‚‘’"
_SPACE_SEPARATORS = " \u00a0\u202f\u2009"
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
        return math.floor(value * 0.9), math.ceil(value * 1.1)
    if qualifier is Qualifier.ALMOST:
        high = max(0, value - 1)
        return min(math.floor(value * 0.9), high), high
    if qualifier is Qualifier.RANGE:
        return value, high_value if high_value is not None else value
    return None, None


def vague_bounds(key: str, policy: str = "interval") -> tuple[int | None, int | None]:
    """The interval of a vague amount under a policy (``"interval"`` or ``"acled"``)."""
    if policy == "acled":
        single = ACLED_VALUES.get(key)
        return single, single
    if policy == "interval":
        return VAGUE_INTERVALS.get(key, (None, None))
    raise ValueError(f"unknown vague policy {policy!r}: choose one of {', '.join(VAGUE_POLICIES)}")


def _alternation(patterns: object) -> str:
    items = sorted(patterns, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(f"(?:{p})" for p in items)


def _literal_alternation(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(regex.escape(w) for w in items)


@dataclass(frozen=True)
class Grammar:
    """Patterns compiled once for one language."""

    language: LanguageData
    anchor: regex.Pattern[str]
    qualifier_before: regex.Pattern[str]
    qualifier_after: regex.Pattern[str]
    range_after: regex.Pattern[str]
    range_after_open: regex.Pattern[str]
    range_opener_before: regex.Pattern[str]
    not_before: regex.Pattern[str]
    not_after: regex.Pattern[str]
    year_before: regex.Pattern[str]
    month_before: regex.Pattern[str]
    month_after: regex.Pattern[str]
    ordinal_before: regex.Pattern[str]
    atoms: regex.Pattern[str]
    vague_keys: tuple[tuple[regex.Pattern[str], str], ...]
    scales: tuple[tuple[regex.Pattern[str], int], ...]
    atom_values: dict[str, int]
    joiners: frozenset[str]


@lru_cache(maxsize=16)
def grammar(code: str) -> Grammar:
    """The compiled grammar of a language (cached)."""
    lang = get_language(code)
    flags = regex.IGNORECASE | regex.UNICODE
    atom_values: dict[str, int] = {}
    atom_values.update({k.lower(): v for k, v in lang.number_words.items()})
    atom_values.update({k.lower(): v for k, v in lang.multiplier_words.items()})
    atom_values.update({k.lower(): v for k, v in lang.dozen_words.items()})
    atoms = _literal_alternation(atom_values)
    joiners = _literal_alternation(lang.number_joiners)
    sep = r"(?:[\s\u00a0-]*)" if lang.compound_numbers else r"(?:[\s\u00a0]+|-)"
    word = rf"(?<![\w-])(?:{atoms})(?:{sep}(?:(?:{joiners}){sep})?(?:{atoms})){{0,8}}(?![\w])"
    vague = rf"(?<![\w-])(?:{_alternation(lang.vague_words)})(?![\w])"
    scale = _alternation(lang.scale_words)
    digits = (
        r"(?<![\w.,]|[^\W\d]-)(?:\d{1,3}(?:[.,'’\u00a0\u202f\u2009 ]\d{3})+|\d+(?:[.,]\d+)?)(?![\d])"
        rf"(?:[\s\u00a0]?(?P<scale>{scale})(?![\w]))?"
    )
    anchor = regex.compile(rf"(?P<vague>{vague})|(?P<word>{word})|(?P<digits>{digits})", flags)

    quote = f"[{regex.escape(_QUOTES)}(]?"
    qual_groups = []
    for qualifier in Qualifier:
        pats = [p for p, q in lang.qualifiers.items() if q is qualifier]
        if pats:
            qual_groups.append(f"(?P<{qualifier.value}>{_alternation(pats)})")
    qualifier_before = regex.compile(
        rf"(?<![\w])(?:{'|'.join(qual_groups)})[\s\u00a0]*{quote}[\s\u00a0]*$", flags
    )
    after_groups = []
    for qualifier in Qualifier:
        pats = [p for p, q in lang.qualifiers_after.items() if q is qualifier]
        if pats:
            after_groups.append(f"(?P<{qualifier.value}>{_alternation(pats)})")
    qualifier_after = regex.compile(
        rf"[\s\u00a0]*{quote}[\s\u00a0]*(?:{'|'.join(after_groups) or '(?!)'})(?![\w])", flags
    )
    open_join = _literal_alternation(lang.range_joiners) or "(?!)"
    plain_join = _literal_alternation([j for j in lang.range_joiners if j not in ("und", "and")]) or "(?!)"
    range_after = regex.compile(rf"[\s\u00a0]*(?:[-–—]|(?:{plain_join})(?![\w]))[\s\u00a0]*", flags)
    range_after_open = regex.compile(rf"[\s\u00a0]*(?:[-–—]|(?:{open_join})(?![\w]))[\s\u00a0]*", flags)
    openers = _literal_alternation(lang.range_openers) or "(?!)"
    range_opener_before = regex.compile(rf"(?<![\w])(?:{openers})[\s\u00a0]*{quote}[\s\u00a0]*$", flags)
    not_before = regex.compile(
        rf"(?<![\w])(?:{_alternation(lang.not_count_before) or '(?!)'})[\s\u00a0]*{quote}[\s\u00a0]*$", flags
    )
    not_after = regex.compile(
        rf"[\s\u00a0]*(?:{_alternation(lang.not_count_after) or '(?!)'})(?![\w])|[\s\u00a0]?(?:%|‰)|:\d|/\d|[.,]\d",
        flags,
    )
    year_before = regex.compile(
        rf"(?<![\w])(?:{_alternation(lang.year_context_before) or '(?!)'})[\s\u00a0]+$", flags
    )
    months = _alternation(lang.month_names) or "(?!)"
    month_before = regex.compile(rf"(?<![\w])(?:{months})[\s\u00a0]*$", flags)
    month_after = regex.compile(rf"\.?[\s\u00a0]*(?:{months})(?![\w])", flags)
    articles = _alternation(lang.articles) or "(?!)"
    ordinal_before = regex.compile(rf"(?<![\w])(?:{articles}|am|zum|beim|vom|im|ins|zur)[\s\u00a0]+$", flags)
    every = _literal_alternation({*atom_values, *(j.lower() for j in lang.number_joiners)})
    lead, trail = ("", "") if lang.compound_numbers else (r"(?<![\w])", r"(?![\w])")
    atom_pattern = regex.compile(rf"{lead}(?:{every}){trail}", flags)
    vague_keys = tuple((regex.compile(rf"(?:{p})$", flags), key) for p, key in lang.vague_words.items())
    scales = tuple((regex.compile(rf"(?:{p})$", flags), v) for p, v in lang.scale_words.items())
    return Grammar(
        language=lang,
        anchor=anchor,
        qualifier_before=qualifier_before,
        qualifier_after=qualifier_after,
        range_after=range_after,
        range_after_open=range_after_open,
        range_opener_before=range_opener_before,
        not_before=not_before,
        not_after=not_after,
        year_before=year_before,
        month_before=month_before,
        month_after=month_after,
        ordinal_before=ordinal_before,
        atoms=atom_pattern,
        vague_keys=vague_keys,
        scales=scales,
        atom_values=atom_values,
        joiners=frozenset(j.lower() for j in lang.number_joiners),
    )


# ---- reading one number ----------------------------------------------------------------------


def _digits_value(surface: str, decimal_separator: str, scaled: bool) -> float | None:
    """The value of a digit string in either convention; ``None`` when it is no whole count."""
    text = surface
    for ch in _SPACE_SEPARATORS + "'’":
        text = text.replace(ch, " ")
    parts = regex.split(r"[., ]", text)
    seps = regex.findall(r"[., ]", text)
    if not seps:
        return float(int(parts[0]))
    grouped = len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
    if grouped and not (scaled and len(seps) == 1 and seps[0] == decimal_separator):
        if len(set(seps)) == 1:
            return float(int("".join(parts)))
    if len(seps) == 1 and seps[0] in ".,":
        return float(f"{parts[0]}.{parts[1]}")
    # mixed: the last mark is the decimal mark ("1.234,5", "1,234.5")
    last = seps[-1]
    if last in ".," and len(set(seps[:-1])) == 1 and seps[0] != last:
        return float("".join(parts[:-1]) + "." + parts[-1])
    return None


def _scale_value(g: Grammar, word: str | None) -> int:
    if not word:
        return 1
    for pattern, value in g.scales:
        if pattern.match(word):
            return value
    return 1


def _words_value(g: Grammar, surface: str) -> tuple[int, int] | None:
    """The value of a spelled-out number and the length of its valid prefix, or ``None``."""
    total = 0
    current = 0
    last_kind = ""  # "unit", "teen", "tens", "mult", "join"
    valid_end = 0
    value_at_end: int | None = None
    saw_real = False
    joined_after = ""
    for m in g.atoms.finditer(surface):
        word = m.group().lower()
        if word in g.joiners and word not in g.atom_values:
            allowed = ("unit", "mult") if g.language.compound_numbers else ("mult",)
            if last_kind not in allowed:
                break
            joined_after = last_kind
            last_kind = "join"
            continue
        v = g.atom_values.get(word)
        if v is None:
            break
        if v in (12,) and word in {k.lower() for k in g.language.dozen_words}:
            if last_kind in ("mult",):
                break
            current = (current or 1) * v
            last_kind = "mult"
        elif v == 100:
            if last_kind == "mult" and current % 100 == 0 and current:
                break
            current = (current or 1) * 100
            last_kind = "mult"
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
            last_kind = "mult"
        else:
            kind = "unit" if v < 10 else "teen" if v < 20 else "tens"
            if last_kind in ("unit", "teen"):
                break
            if last_kind == "tens" and kind != "unit":
                break
            if last_kind == "join" and joined_after == "unit" and kind != "tens":
                break
            current += v
            last_kind = kind
        if word not in g.language.not_alone:
            saw_real = True
        if last_kind != "join":
            valid_end = m.end()
            value_at_end = total + current
    if value_at_end is None or valid_end == 0:
        return None
    if not saw_real:
        return None
    return value_at_end, valid_end


@dataclass
class _Raw:
    start: int
    end: int
    value: int | None
    vague: str | None


def _read_anchor(g: Grammar, m: regex.Match[str]) -> _Raw | None:
    if m.group("vague") is not None:
        surface = m.group("vague")
        low = surface.lower()
        for pattern, key in g.vague_keys:
            if pattern.match(low):
                return _Raw(m.start(), m.end(), None, key)
        return None
    if m.group("word") is not None:
        parsed = _words_value(g, m.group("word"))
        if parsed is None:
            return None
        value, length = parsed
        return _Raw(m.start(), m.start() + length, value, None)
    surface = m.group("digits")
    scale_word = m.group("scale")
    number_part = surface[: m.start("scale") - m.start()].rstrip() if scale_word else surface
    number = _digits_value(number_part, g.language.decimal_separator, scale_word is not None)
    if number is None:
        return None
    scaled = number * _scale_value(g, scale_word)
    if scaled != int(scaled) or scaled > 10**12:
        return None
    return _Raw(m.start(), m.end(), int(scaled), None)


def _is_plain_year(text: str, raw: _Raw) -> bool:
    surface = text[raw.start : raw.end]
    return len(surface) == 4 and surface.isdigit() and raw.value is not None and 1800 <= raw.value <= 2100


def _rejected(g: Grammar, text: str, raw: _Raw) -> bool:
    """Years, ages, dates, times, ordinals, percentages, money, scores, durations are no counts."""
    before = text[max(0, raw.start - _MAX_WINDOW) : raw.start]
    after = text[raw.end : raw.end + _MAX_WINDOW]
    if raw.vague is None and g.not_after.match(after):
        return True
    if g.not_before.search(before):
        return True
    if raw.vague is not None:
        return False
    if g.month_after.match(after) or g.month_before.search(before):
        return True
    if _is_plain_year(text, raw):
        if g.year_before.search(before):
            return True
        if not regex.match(r"[\s\u00a0]+\p{L}", after):
            return True
    surface = text[raw.start : raw.end]
    if surface[-1:].isdigit() and after.startswith("."):
        # "am 5. Januar", "der 3. Versuch": an ordinal; "... 18 Tote. Die" is a sentence end
        rest = after[1:]
        if regex.match(r"[\s\u00a0]*(?:\p{Ll}|\d)", rest):
            return True
        if g.ordinal_before.search(before):
            return True
    if regex.search(r"(?:\d[:/]|[/#№])$", before):
        return True
    return False


def _qualify(g: Grammar, text: str, raw: _Raw, lower_limit: int) -> tuple[Qualifier, int, int | None, int]:
    """Qualifier, surface start, range high value, surface end."""
    if raw.vague is not None:
        return Qualifier.VAGUE, raw.start, None, raw.end
    window_start = max(lower_limit, raw.start - _MAX_WINDOW)
    before = text[window_start : raw.start]
    start = raw.start
    qualifier = Qualifier.EXACT
    high_value: int | None = None
    end = raw.end
    opener = g.range_opener_before.search(before)
    joiner = (g.range_after_open if opener else g.range_after).match(text, raw.end, raw.end + _MAX_WINDOW)
    if joiner is not None:
        second = g.anchor.match(text, joiner.end())
        if second is not None:
            other = _read_anchor(g, second)
            if other is not None and other.vague is None and other.value is not None and raw.value is not None:
                first = raw.value
                if second.group("digits") is not None and second.group("scale") and first < other.value:
                    scale = _scale_value(g, second.group("scale"))
                    if first * scale <= other.value and first < 1000:
                        first *= scale
                if first < other.value and not _rejected(g, text, other):
                    raw.value = first
                    high_value = other.value
                    qualifier = Qualifier.RANGE
                    end = other.end
                    if opener is not None:
                        start = window_start + opener.start()
    if qualifier is not Qualifier.RANGE:
        m = g.qualifier_before.search(before)
        if m is not None:
            name = next(k for k, v in m.groupdict().items() if v is not None)
            qualifier = Qualifier(name)
            start = window_start + m.start()
        after = g.qualifier_after.match(text, end, end + _MAX_WINDOW)
        if after is not None and qualifier is Qualifier.EXACT:
            name = next(k for k, v in after.groupdict().items() if v is not None)
            qualifier = Qualifier(name)
            end = after.end()
    return qualifier, start, high_value, end


def scan_counts(text: str, language: str, policy: str = "interval") -> list[Count]:
    """Every figure in ``text`` that reads as a count, with spans into ``text``."""
    g = grammar(_language_code(language))
    if policy not in VAGUE_POLICIES:
        raise ValueError(f"unknown vague policy {policy!r}: choose one of {', '.join(VAGUE_POLICIES)}")
    out: list[Count] = []
    consumed = 0
    for m in g.anchor.finditer(text):
        if m.start() < consumed:
            continue
        raw = _read_anchor(g, m)
        if raw is None or _rejected(g, text, raw):
            continue
        qualifier, start, high_value, end = _qualify(g, text, raw, consumed)
        if raw.vague is not None:
            low, high = vague_bounds(raw.vague, policy)
        else:
            low, high = bounds(qualifier, raw.value, high_value)
        out.append(
            Count(
                value=raw.value,
                qualifier=qualifier,
                low=low,
                high=high,
                surface=text[start:end],
                start=start,
                end=end,
                high_value=high_value,
                vague_word=raw.vague,
            )
        )
        consumed = end
    return out


def _language_code(language: object) -> str:
    return get_language(language).code


def parse_count(phrase: str, language: str, *, policy: VaguePolicy = "interval") -> Count | None:
    """Read the first figure of ``phrase`` as a count, or ``None`` when it holds none.

    >>> parse_count("mindestens 164 Tote", "de").low
    164
    """
    if not isinstance(phrase, str):
        raise TypeError(f"phrase must be a str, not {type(phrase).__name__}")
    counts = scan_counts(phrase, language, policy)
    return counts[0] if counts else None


__all__ = [
    "ACLED_VALUES",
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
