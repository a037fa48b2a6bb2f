"""The value of a figure in digits ("2.500", "1,5 Millionen", "10k")."""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

import regex

from .compiled import Grammar

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
