"""The scanner: every figure of a text that reads as a count (``iter_counts``), and its public entries."""

from __future__ import annotations

from collections.abc import Iterator

from .._construct import constructor
from .._patterns import folded, gated_finditer
from ..lang import get_language
from ..models import Count, Qualifier
from .bounds import VaguePolicy, _check_policy, bounds, vague_bounds
from .compiled import Grammar, grammar
from .filters import _is_day, _is_year, _not_a_number, _partner_end, _place_name, _rejected
from .qualify import _qualify
from .read import _read_anchor

_COUNT = constructor(Count)  # Count.model_construct, faster (see _construct.py)


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
            consumed = _partner_end(g, text, raw.end, day=_is_day(g, text, raw), start=raw.start)
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
        if not text[raw.start].isdigit() and _place_name(g, text, raw):
            consumed = raw.end  # "tuées à Trente": a town's name, no count
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
        # every field is already of its type (ints from the grammar, a Qualifier, the text's own slice):
        # built without a second validation where the bounds are in order, the one check Count makes
        make = Count if low is not None and high is not None and low > high else _COUNT
        yield make(
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
