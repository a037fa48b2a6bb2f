"""Pattern pieces every part of the number grammar shares: blanks, digits, quotes, alternations."""

from __future__ import annotations

from collections.abc import Iterable

from .._patterns import literal_prefix, top_level, word_trie
from ..models import Qualifier

_QUOTES = "\"'„“”»«‚‘’"
_SYMBOLS = frozenset("<>=≤≥")
_MAX_WINDOW = 48
_WS = r"[\s\u00a0\u2009\u202f]"
_GROUP_SEPARATORS = r"[.,'’\u00a0\u202f\u2009 ]"
# a digit string: grouped by threes (at most 12 digits) or plain (at most 15 digits) with an optional
# decimal part; bounded so that no digit run can make Python's int() refuse it.
_DIGITS = rf"(?:\d{{1,3}}(?:{_GROUP_SEPARATORS}\d{{3}}){{1,4}}(?:[.,]\d{{1,15}})?|\d{{1,15}}(?:[.,]\d{{1,15}})?)(?![\d])"
_DASH = "[-–—~]"  # between the two ends of a range, in every language


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
