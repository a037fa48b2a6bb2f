"""Layout- and encoding-independent text: what the extraction engine reads, and the way back.

:func:`normalize` returns the text the engine reads and an :class:`OffsetMap` from it to the text
as given, so that every claim's span still points into the original:

1. *Unicode as it comes*: a lone surrogate becomes U+FFFD; invisible format characters (zero-width
   space and joiners, word joiner, soft hyphen, byte order mark, the bidirectional marks, embeddings,
   overrides and isolates) are removed, so "1", zero-width space, "2" reads as 12; carriage returns,
   line and page separators become line breaks (a paragraph separator a paragraph break).
2. *Runs of space*: any run of spaces, tabs, no-break or other fixed-width spaces between words is one
   space (a number's group separator "12 000" stays readable: the number grammar takes a space there).
3. *Line breaks*: a paragraph break (two or more line breaks, with any space between) stays as it is.
   A single line break inside a paragraph is a hard wrap, read as one space, when the first word of
   the next line would not have fitted on the line it ends (the widest line with a space between
   words in the paragraph gives the width the text was wrapped at; a line that the word would make
   exactly that wide counts as full). When it would have fitted, the
   line was ended on purpose -- a headline, a dateline, a list item -- and the break stays.
   Greedy wrapping (``fold -s``, ``textwrap``) at any width never ends a line where the next word
   would have fitted, so the claims of a text do not depend on the width it was wrapped at. Widths
   are counted in characters and in UTF-8 bytes (``fold`` counts bytes): a wrap by either is a wrap. A word
   broken at a hyphen at the end of a line is not joined again ("Nord-" / "Süd" is ambiguous).

Every pass is a regular-expression substitution; the map holds, per substituted stretch, where it
starts in both texts (compact arrays, one entry per edit, none for a text that needs no change).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Claim

_SURROGATE = "\ud800-\udfff"
_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b-\u200f"  # zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
    "\u202a-\u202e"  # bidirectional embeddings and overrides
    "\u2060-\u2064"  # word joiner, invisible operators
    "\u2066-\u2069"  # bidirectional isolates
    "\ufeff"  # byte order mark, zero-width no-break space
)
_LINE_BREAKS = "\r\x0b\x0c\x85\u2028"
# each pattern starts with one character class, so that the regular expression engine skips to the
# places it can match at C speed
_ODD = f"[{_SURROGATE}{_INVISIBLE}{_LINE_BREAKS}\u2029]"
# one odd character; "\r\n"; or a run of invisible ones
_CHARACTERS = re.compile(f"{_ODD}(?:(?<=\r)\n|(?<=[{_INVISIBLE}])[{_INVISIBLE}]+)?")
_SPACE = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(f"[{_SPACE}\n](?:[{_SPACE}\n]+|(?<=[^ \n]))")  # a run, or one space that is not " "
_ODD_SPACE = re.compile(f"[{_SPACE[1:]}]")  # a space that is not " "
_PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*\n)+")
_WORD = re.compile(r"\S*")


class OffsetMap:
    """Where each stretch of a normalised text came from in the original.

    The normalised text is cut into stretches that are either copied unchanged (offsets shift by a
    constant) or replaced (a run of the original became something else: one space, nothing, U+FFFD).
    ``_norm[i]`` and ``_orig[i]`` are where stretch ``i`` starts in each text; ``_copied[i]`` says
    whether it is a copy. A map chains to the map of the pass before it.
    """

    __slots__ = ("_copied", "_norm", "_orig", "_parent", "length", "original_length")

    def __init__(self, length: int, original_length: int) -> None:
        self._norm = array("q")
        self._orig = array("q")
        self._copied = bytearray()
        self._parent: OffsetMap | None = None
        self.length = length
        self.original_length = original_length

    @property
    def identity(self) -> bool:
        """Whether the normalised text is the original."""
        return not self._norm and (self._parent is None or self._parent.identity)

    def _segment(self, index: int) -> tuple[int, int, int, bool]:
        """The stretch holding character ``index``: its start in both texts, its original length, copy or not."""
        at = bisect_right(self._norm, index) - 1
        if at < 0:  # before the first edit: copied
            return 0, 0, self._orig[0] if self._orig else self.original_length, True
        orig_end = self._orig[at + 1] if at + 1 < len(self._orig) else self.original_length
        return self._norm[at], self._orig[at], orig_end - self._orig[at], bool(self._copied[at])

    def _own(self, start: int, end: int) -> tuple[int, int]:
        if not self._norm:
            return start, end
        if start >= end:
            point = self._start(start) if start < self.length else self.original_length
            return point, point
        return self._start(start), self._end(end)

    def _start(self, index: int) -> int:
        norm, orig, _length, copied = self._segment(index)
        return orig + (index - norm) if copied else orig

    def _end(self, index: int) -> int:
        norm, orig, length, copied = self._segment(index - 1)
        return orig + (index - norm) if copied else orig + length

    def to_original(self, span: tuple[int, int]) -> tuple[int, int]:
        """The span of the original text that ``span`` (start, end) of the normalised text stands for.

        A span that starts or ends on a character made from a run (one space for a run of spaces)
        takes in the whole run; removed characters at a span's edges stay outside it, those inside
        it are inside.
        """
        start, end = self._own(*span)
        return self._parent.to_original((start, end)) if self._parent is not None else (start, end)


class _Builder:
    """Collects a pass's edits while it substitutes, then gives the map."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[str] = []
        self.last = 0  # end of the last edit, in the input
        self.out = 0  # length of the output so far
        self.map = OffsetMap(0, len(text))

    def edit(self, start: int, end: int, replacement: str) -> None:
        if replacement == self.text[start:end]:
            return
        if start > self.last:  # a copied stretch before this edit
            self._mark(self.out, self.last, copied=True)
            self.pieces.append(self.text[self.last : start])
            self.out += start - self.last
        self._mark(self.out, start, copied=False)
        self.pieces.append(replacement)
        self.out += len(replacement)
        self.last = end

    def _mark(self, norm: int, orig: int, *, copied: bool) -> None:
        self.map._norm.append(norm)
        self.map._orig.append(orig)
        self.map._copied.append(copied)

    def finish(self) -> tuple[str, OffsetMap]:
        if not self.map._norm:
            self.map.length = len(self.text)
            return self.text, self.map
        if self.last < len(self.text):
            self._mark(self.out, self.last, copied=True)
            self.pieces.append(self.text[self.last :])
            self.out += len(self.text) - self.last
        self.map.length = self.out
        # a removal is a stretch of no characters: the stretch after it starts at the same place and,
        # being the later of equal starts, is the one bisect finds
        return "".join(self.pieces), self.map


def _substitute(text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> tuple[str, OffsetMap]:
    builder = _Builder(text)
    for m in pattern.finditer(text):
        builder.edit(m.start(), m.end(), replace(m))
    return builder.finish()


_CHARACTER = str.maketrans({**dict.fromkeys(map(ord, _LINE_BREAKS), "\n"), 0x2029: "\n\n"})


def _character(m: re.Match[str]) -> str:
    """A surrogate as U+FFFD, invisible characters removed, a line break as ``\\n``."""
    found = m.group()
    if found == "\r\n":
        return "\n"
    if "\ud800" <= found <= "\udfff":
        return "\ufffd"
    return found.translate(_CHARACTER) if found[0] in _BREAKS else ""


_BREAKS = frozenset(_LINE_BREAKS + "\u2029")


def _space(m: re.Match[str]) -> str:
    """A run of space: one space; with a line break, the break alone; a paragraph break stays as it is."""
    found = m.group()
    breaks = found.count("\n")
    return " " if not breaks else "\n" if breaks == 1 else found


def _line_breaks(text: str) -> tuple[str, OffsetMap]:
    """Single line breaks (after the runs of space are one space): a space where the line was wrapped."""
    builder = _Builder(text)
    block_start = 0
    for brk in (*_PARAGRAPH_BREAK.finditer(text), None):
        block_end = brk.start() if brk is not None else len(text)
        if text.find("\n", block_start, block_end) >= 0:
            _wrap_block(text, block_start, block_end, builder)
        if brk is not None:
            block_start = brk.end()
    return builder.finish()


def _wrap_block(text: str, start: int, end: int, builder: _Builder) -> None:
    """The line breaks of one paragraph (there are no spaces around them after the runs of space).

    Widths are taken in characters (as ``textwrap`` and editors count) and in UTF-8 bytes (as
    ``fold`` counts): a break where the next word would not have fitted by either count is a wrap.
    """
    lines = [line.strip(" ") for line in text[start:end].split("\n")]
    chars = _Widths(lines, len)
    octets = _Widths(lines, _utf8_length) if not text[start:end].isascii() else chars
    at = start
    for index, line in enumerate(lines[:-1]):
        at = text.index("\n", at)
        word = _WORD.match(text, at + 1)
        following = word.group() if word is not None else ""
        if not line or not following or chars.wraps(index, following) or octets.wraps(index, following):
            builder.edit(at, at + 1, " ")
        at += 1


def _utf8_length(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


class _Widths:
    """The width of each line of a paragraph by one count, and the width the paragraph was wrapped
    at by that count (its widest line with a space between words: a single long word may stick out)."""

    def __init__(self, lines: list[str], measure: Callable[[str], int]) -> None:
        self.measure = measure
        self.widths = [measure(line) for line in lines]
        spaced = [width for width, line in zip(self.widths, lines, strict=True) if " " in line]
        self.width = max(spaced or self.widths)

    def wraps(self, index: int, following: str) -> bool:
        """Whether the word after line ``index`` would not have fitted on it. (``fold`` keeps room for
        the space after a word: a line it wrapped and the next word make at least its width.)"""
        return self.widths[index] + 1 + self.measure(following) >= self.width


def _spaces(text: str) -> tuple[str, OffsetMap]:
    """The runs of space as one space (pass 2). Most texts need no change, which is told faster than
    the substitution finds it: with no space but " " and no space beside another or a line break,
    every run is of line breaks alone (one, or a paragraph break, which stays)."""
    if (
        "  " not in text
        and " \n" not in text
        and "\n " not in text
        and ("\t" not in text if text.isascii() else _ODD_SPACE.search(text) is None)
    ):
        return _Builder(text).finish()
    return _substitute(text, _SPACES, _space)


def normalize(text: str) -> tuple[str, OffsetMap]:
    """The text the engine reads and the map back to ``text`` (see the module's description)."""
    first, first_map = _substitute(text, _CHARACTERS, _character)
    second, offsets = _spaces(first)
    offsets._parent = first_map
    if "\n" in second:
        third, third_map = _line_breaks(second)
        third_map._parent = offsets
        return third, third_map
    return second, offsets


def claims_to_original(claims: Sequence[Claim], original: str, offsets: OffsetMap) -> list[Claim]:
    """The claims read from a normalised text, their spans and ``text`` put back into ``original``
    (and so their ids, which hash the span and text; a ``part_of`` follows its claim's new id)."""
    if offsets.identity:
        return list(claims)
    # imported here, as before, but only when a claim moves: an import statement costs a few µs a call
    from .models import make_claim_id

    spans = [offsets.to_original((claim.start, claim.end)) for claim in claims]
    ids = {
        claim.claim_id: make_claim_id(claim.doc_id, start, end, original[start:end])
        for claim, (start, end) in zip(claims, spans, strict=True)
    }
    moved: list[Claim] = []
    for claim, (start, end) in zip(claims, spans, strict=True):
        update: dict[str, object] = {"start": start, "end": end, "text": original[start:end], "claim_id": ids[claim.claim_id]}
        if claim.part_of is not None:
            update["part_of"] = ids.get(claim.part_of, claim.part_of)
        moved.append(claim.model_copy(update=update))
    return moved


def to_original(offsets: OffsetMap, span: tuple[int, int]) -> tuple[int, int]:
    """``offsets.to_original(span)``: the span of the original text a normalised span stands for."""
    return offsets.to_original(span)


__all__ = ["OffsetMap", "claims_to_original", "normalize", "to_original"]
