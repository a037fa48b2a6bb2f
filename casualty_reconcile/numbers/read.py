"""Reading the anchor's match: a figure's raw value, in digits or in words, before it is qualified."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import regex

from ..models import Qualifier
from .bounds import _COMPOSABLE_VAGUE, _ROUND_NAMES
from .compiled import Grammar
from .pieces import _MAX_WINDOW, _next_starts
from .values import _digits_value, _scale_value, _suffix_value
from .words import _words_value


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
            # matched in the whole text, as the anchor was (a phrase may look ahead: "Erschießung eines"; a window
            # would end the text early: "killed Jon Doe of Elm Park, according to police" cut after "accor" reads as a
            # list's end, "$"), ending where the anchor did
            found = pattern.match(m.string, m.start())
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


@dataclass
class _Reading:
    qualifier: Qualifier
    start: int
    end: int
    value: int | None
    high_value: int | None
    year_like: bool
    bounds: tuple[int | None, int | None] | None = None  # where they are not the qualifier's (two bounds)
