"""A long alternation of named groups matched by the alternatives that can start with the character
at the place tried (see :class:`FirstCharMatch`)."""

from __future__ import annotations

from collections.abc import Iterable

import regex


class FirstCharMatch:
    """``match(text, at, end)`` of a pattern of named groups of alternatives (``head``, then the groups,
    then ``tail``), by a pattern of only the alternatives that can start with ``text[at]``: the `regex`
    module tries every alternative of a long alternation in turn (a cue scan's failed try at "aus" read
    211 of them, 15 microseconds), where a few can start with a given character. Each character's
    pattern is compiled when that character is first met. The match is the one the whole pattern gives
    there (its span, text and ``lastgroup``; alternatives keep their order, and one that could start
    with the character, or holds a look-behind, is kept): the inner groups' numbers differ. ``head``
    reads no character (a word boundary, a gate): it is compiled once and tried first, and each
    character's pattern holds only its alternatives and ``tail``."""

    __slots__ = ("by_char", "flags", "groups", "head", "tail")

    def __init__(self, head: str, groups: Iterable[tuple[str, list[str]]], tail: str, flags: int) -> None:
        self.head, self.tail, self.flags = regex.compile(head, flags), tail, flags
        # each group's alternatives in the whole pattern's order, with each one's compiled test
        self.groups = [(name, [(alt, regex.compile(f"(?:{alt})", flags)) for alt in alts]) for name, alts in groups if alts]
        self.by_char: dict[str, regex.Pattern[str] | None] = {}

    def match(self, text: str, at: int, end: int) -> regex.Match[str] | None:
        ch = text[at : at + 1]
        try:
            pattern = self.by_char[ch]
        except KeyError:
            pattern = self.by_char.setdefault(ch, self._compile(ch))
        if pattern is None or self.head.match(text, at, end) is None:
            return None
        return pattern.match(text, at, end)

    def _compile(self, ch: str) -> regex.Pattern[str] | None:
        parts = []
        for name, alts in self.groups:
            kept = [alt for alt, test in alts if _may_start(alt, test, ch)]
            if kept:
                parts.append(f"(?P<{name}>{'|'.join(f'(?:{alt})' for alt in kept)})")
        if not parts:
            return None
        return regex.compile(f"(?:{'|'.join(parts)}){self.tail}", self.flags)


def _may_start(alt: str, test: regex.Pattern[str], ch: str) -> bool:
    """Whether alternative ``alt`` may match from a character ``ch`` (after a word character, after a
    space, or at the start: a word boundary or look-behind at its start reads the character before);
    one with a look-behind anywhere is always kept."""
    if "(?<" in alt or not ch:
        return True
    return any(test.match(before + ch, len(before), partial=True) is not None for before in ("", "a", " "))
