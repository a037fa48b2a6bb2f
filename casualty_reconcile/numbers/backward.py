"""Matching a "before" pattern backwards from a figure, trying only the phrases that may end there."""

from __future__ import annotations

from collections.abc import Callable, Collection

import regex

from .._last_chars import last_chars
from .pieces import _QUOTES

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
