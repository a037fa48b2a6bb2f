"""Regex building helpers shared by the number grammar and the extraction engine.

Lexicon entries are regular-expression fragments. Scanning a document with an alternation of
hundreds of them is slow when every alternative is tried at every word start; :func:`gate`
builds a cheap lookahead (a trie of the entries' literal prefixes) that rules out most positions
first.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import regex

_META = set("\\()[]{}?*+|.^$")
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_NOT_READ_ALIKE = regex.compile(r"\\[^bdw \\\-.]|\[\^|\p{Lu}")  # see _tail_scan.read_alike


def top_level(pattern: str) -> list[str]:
    """Split a regex at its top-level ``|`` (outside groups and classes)."""
    out: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    chars = iter(pattern)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(current))
            current = []
            continue
        current.append(ch)
    out.append("".join(current))
    return out

def literal_prefix(alternative: str, *, escapes: bool = False) -> str:
    """The literal text every match of ``alternative`` starts with, lowercased; with ``escapes``,
    escaped punctuation counts as literal (``\\(ap\\)``)."""
    prefix: list[str] = []
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        if escapes and ch == "\\" and i + 1 < len(alternative) and not alternative[i + 1].isalnum():
            ch, i = alternative[i + 1], i + 1  # "\\(": a literal parenthesis
        elif ch in _META:
            if ch in "?*{" and prefix:
                prefix.pop()  # a quantified character is optional
            break
        if i + 1 < len(alternative) and alternative[i + 1] in "?*{":
            break
        prefix.append(ch)
        i += 1
    return "".join(prefix).lower()


def prefixes(alternative: str, depth: int = 0) -> set[str] | None:
    """Literal prefixes (two characters or more) one of which every match of ``alternative``
    starts with; ``None`` when there is no such set. Leading groups are expanded, leading look-arounds
    passed: they read no character, the matches start as the rest's do (``(?!killed his)(?:died|dead)``)."""
    if alternative.startswith(_LOOKAROUNDS):
        element, quantifier = (_elements(alternative) or [("", "?")])[0]
        return None if quantifier or len(element) == len(alternative) else prefixes(alternative[len(element) :], depth)
    if alternative.startswith("(?:") and depth < 3:
        level, close = 0, -1
        for i, ch in enumerate(alternative):
            if ch == "(" and alternative[i - 1 : i] != "\\":
                level += 1
            elif ch == ")" and alternative[i - 1 : i] != "\\":
                level -= 1
                if level == 0:
                    close = i
                    break
        if close < 0:
            return None
        rest = alternative[close + 1 :]
        optional = rest.startswith("?")
        if optional:
            rest = rest[1:]
        found: set[str] = set()
        for sub in [*top_level(alternative[3:close]), *([""] if optional else [])]:
            more = prefixes(sub + rest, depth + 1)
            if more is None:
                return None
            found |= more
        return found
    prefix = literal_prefix(alternative)
    at = _literal_end(alternative)
    if depth < 3 and at > 0 and alternative.startswith("(?:", at) and prefix == alternative[:at].lower():
        # a group after the literal start: "nach (?:ersten |offiziellen )?angaben" -> "nach ersten angaben",
        # "nach offiziellen angaben", "nach angaben" (a longer prefix lets fewer words through)
        more = prefixes(alternative[at:], depth + 1)
        if more is not None and len(more) <= 64:
            return {prefix + continuation for continuation in more}
    if len(prefix) >= 2 and prefix == alternative[:at].lower() and _DIGIT_NEXT.match(alternative, at):
        # a digit after the literal start: "the \d{1,3}-year-olds" starts with "the 0" ... "the 9", not with every
        # "the" (on text folded() accepts the only digits `regex` reads are these ten)
        return {prefix + digit for digit in "0123456789"}
    return {prefix} if len(prefix) >= 2 else None


_DIGIT_NEXT = regex.compile(r"\\d(?:\+|\{[1-9]|(?![?*{]))")
"""a digit class that matches at least once"""


def _literal_end(alternative: str) -> int:
    """Where the literal start of ``alternative`` (as :func:`literal_prefix` reads it) ends."""
    i = 0
    while i < len(alternative) and alternative[i] not in _META:
        if i + 1 < len(alternative) and alternative[i + 1] in "?*{":
            break
        i += 1
    return i


def literal_starts(patterns: Any) -> tuple[str, ...]:
    """Lowercased literal starts one of which every match of ``patterns`` begins with (escaped
    punctuation counts as literal; a class of a few literal characters is read as each of them:
    "l['’]agence" starts with "l'agence" or "l’agence", not with every "l"); ``("",)``, which every
    text contains, when a pattern has none."""
    found = {start for pattern in patterns for alternative in top_level(pattern) for start in _starts_through_classes(alternative)}
    return ("",) if "" in found or not found else tuple(sorted(found))


_SMALL_CLASS = re.compile(r"\[([^\\\[\]^-]{1,4})\](?![?*+{])")  # "['’]": a few literal characters, once


def _starts_through_classes(alternative: str, depth: int = 0) -> set[str]:
    """:func:`literal_prefix` of ``alternative`` (with escapes), read on through a small class of
    literal characters that follows it (:data:`_SMALL_CLASS`), once per character, twice at most."""
    prefix = literal_prefix(alternative, escapes=True)
    at = alternative.find("[")
    if depth >= 2 or at < 0 or (cls := _SMALL_CLASS.match(alternative, at)) is None:
        return {prefix}
    if literal_prefix(alternative[:at], escapes=True) != prefix or _literal_chars(alternative[:at]) != len(prefix):
        return {prefix}  # the literal start ends before the class: a quantifier, a group
    rest = _starts_through_classes(alternative[cls.end() :], depth + 1)
    return {prefix + ch.lower() + more for ch in cls.group(1) for more in rest}


def _literal_chars(text: str) -> int:
    """How many characters ``text`` writes when every escape is one literal character (-1 when it holds
    another metacharacter)."""
    count, i = 0, 0
    while i < len(text):
        if text[i] == "\\":
            if i + 1 >= len(text) or text[i + 1].isalnum():
                return -1
            i += 1
        elif text[i] in _META:
            return -1
        count += 1
        i += 1
    return count


def gate(patterns: Any, *, word_end: bool = False) -> str:
    """A cheap lookahead that every match must pass: a trie of the entries' literal prefixes
    (entries without one are tried in full). With ``word_end`` (every match of the pattern ends a
    word), an entry that is one literal word passes only as a whole word: "sei" not in "seit"."""
    found_prefixes: set[str] = set()
    words: set[str] = set()
    free: list[str] = []
    for pattern in patterns:
        for alternative in top_level(pattern):
            if word_end and alternative and _literal_end(alternative) == len(alternative):
                words.add(alternative.lower())
                continue
            found = prefixes(alternative)
            if found is not None:
                found_prefixes |= found
            else:
                free.append(alternative)
    if not found_prefixes and not free and not words:
        return "(?!)"
    parts = [trie(found_prefixes)] if found_prefixes else []
    if words:
        parts.append(rf"(?:{word_trie(words)})(?![\w])")
    parts += [f"(?:{f})" for f in free]
    return f"(?={'|'.join(parts)})"


def _tree(words: set[str]) -> dict[str, Any]:
    """The words as a character tree; the key "" marks where a word ends."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def trie(words: set[str]) -> str:
    """A regex matching any text that starts with one of ``words`` (for a gate)."""

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter prefix already admits everything below it
        alts = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(_tree(words))


def word_trie(words: set[str]) -> str:
    """A regex matching exactly one of ``words`` (shared prefixes factored; add a word-end test)."""

    def emit(node: dict[str, Any]) -> str:
        alts = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(_tree(words)) or "(?!)"


def at_once(pattern: str) -> str:
    """``pattern`` for ``match`` at a position with no near end: before trying a match the `regex`
    module searches the rest of the text for a literal that every match needs ("date", "("), a
    cost that grows with the text for each call (12 µs at 2 KB, 96 µs at 20 KB). An alternative that
    never matches leaves no literal that every match needs; the matches are the same."""
    return f"(?:{pattern}|(?!))"


# ---- a fast candidate scan ----------------------------------------------------------------------
#
# The `regex` module tries a pattern at every position of a document; even a gated word pattern costs
# about 0.1 s a megabyte per scan. The standard library's `re` finds the positions a gate admits three
# times faster on the lowercased text; `regex` then only tries those. The two engines agree on word
# characters, digits and case for nearly all text; documents with a character on which they could
# disagree (computed below, from both engines as installed) take the plain `regex` scan.

# blocks news text is written in; characters beyond them send a document to the plain scan
_FAST_BLOCKS = ((0x0000, 0x0250), (0x0370, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x20A0, 0x20D0))


@lru_cache(maxsize=1)
def _fast_chars() -> str:
    return "".join(chr(i) for lo, hi in _FAST_BLOCKS for i in range(lo, hi))


@lru_cache(maxsize=32)
def fast_class(pattern: str) -> str:
    """A stdlib character class of the characters of the fast blocks that the `regex` class
    ``pattern`` (such as ``\\p{Lu}``) matches: the same class on text :func:`folded` accepts."""
    found = regex.findall(pattern, _fast_chars())
    return "[" + "".join(re.escape(ch) for ch in found) + "]" if found else "(?!)"


@lru_cache(maxsize=1)
def _unsafe() -> re.Pattern[str]:
    """Any character on which a lowercased stdlib gate could miss a `regex` match: outside the
    blocks above, a word character to only one of `re` and `regex`, a digit to `regex` but not to `re`,
    or one whose lowercase differs from its case fold (or is longer than one character)."""
    chars = _fast_chars()
    odd = set(re.findall(r"\w", chars)) ^ set(regex.findall(r"\w", chars))  # either way: word boundaries move
    odd |= set(regex.findall(r"\d", chars)) - set(re.findall(r"\d", chars))
    for ch in chars:
        low = ch.lower()
        if len(low) != 1 or (ch.casefold() != low and ch not in "ßẞ"):  # ß: no simple fold to "ss"
            odd.add(ch)
    runs: list[str] = []
    for lo, hi in _FAST_BLOCKS:
        run_start: int | None = None
        for i in range(lo, hi + 1):
            ok = i < hi and chr(i) not in odd
            if ok and run_start is None:
                run_start = i
            elif not ok and run_start is not None:
                runs.append(f"{re.escape(chr(run_start))}-{re.escape(chr(i - 1))}")
                run_start = None
    return re.compile(f"[^{''.join(runs)}]")


@lru_cache(maxsize=1)
def _ascii_safe() -> bool:
    """Whether no ASCII character is one :func:`_unsafe` finds (then an ASCII text needs no search)."""
    return _unsafe().search("".join(map(chr, range(128)))) is None


def folded(text: str) -> str | None:
    """``text`` lowercased for :func:`gated_finditer`, or ``None`` when a gate could miss a match."""
    if not (text.isascii() and _ascii_safe()) and _unsafe().search(text) is not None:
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


class Scan:
    """The word starts a gate admits, found by the standard library on lowercased text (see
    :func:`candidates`). When every start the gate admits is a word character, the scan looks for
    a non-word character followed by such a start: `re` then skips the inside of words in its fast
    loop for a leading character class instead of trying ``\\b`` at every position. Starts at a
    non-word character ("-angaben") are then found apart (``marks``): each such character, after a
    word character (the boundary), where the gate holds."""

    __slots__ = ("after", "at", "marks", "pattern")

    def __init__(self, gate_pattern: str, word_starts: bool, marks: str = "") -> None:
        self.pattern = re.compile(rf"\b{gate_pattern}")  # a start at a word boundary
        # the character before it (with ``marks``: before a word character, the marks are found apart)
        self.after = re.compile(rf"\W(?=\w){gate_pattern}" if marks else rf"\W{gate_pattern}") if word_starts or marks else None
        self.at = re.compile(gate_pattern)  # a start at the text's first position
        # the non-word characters a start may be, found by themselves
        self.marks = re.compile("[" + "".join(re.escape(ch) for ch in marks) + "]") if marks else None

    def starts(self, low: str, pos: int, end: int) -> Iterator[int]:
        """The admitted starts in ``low[pos:end]``, in order."""
        if self.after is None:
            for m in self.pattern.finditer(low, pos, end):
                yield m.start()
            return
        if self.marks is not None:
            yield from heapq.merge(self._word_starts(low, pos, end), self._mark_starts(low, pos, end))
            return
        yield from self._word_starts(low, pos, end)

    def _word_starts(self, low: str, pos: int, end: int) -> Iterator[int]:
        assert self.after is not None
        if pos == 0:
            if self.at.match(low, 0, end) and (self.marks is None or _WORD_CHAR.match(low, 0, end) is not None):
                yield 0
        else:
            pos -= 1  # the character before ``pos`` decides a start at ``pos``
        for m in self.after.finditer(low, pos, end):
            yield m.start() + 1

    def _mark_starts(self, low: str, pos: int, end: int) -> Iterator[int]:
        assert self.marks is not None
        at = self.at.match
        for m in self.marks.finditer(low, pos, end):
            start = m.start()
            if start > 0 and _WORD_CHAR.match(low, start - 1) is not None and at(low, start, end) is not None:
                yield start  # a word boundary before a non-word character: a word character before it


_WORD_CHAR = re.compile(r"\w")


def candidates(gate_pattern: str) -> Scan | None:
    """A stdlib scan for the word starts a gate (``(?=...)`` from :func:`gate`) admits, on lowercased
    text; ``None`` when the gate uses what `re` reads otherwise (classes, properties, capitals)."""
    if not (gate_pattern.startswith("(?=") and gate_pattern.endswith(")")) or _NOT_READ_ALIKE.search(gate_pattern):
        return None  # (see _tail_scan.read_alike)
    try:
        re.compile(gate_pattern)
        body = regex.compile(gate_pattern[3:-1])
    except (re.error, regex.error):
        return None
    # the first characters of the gate's matches: each is a match or the start of one
    firsts = [ch for ch in _fast_chars() if body.match(ch, partial=True) is not None]
    marks = "".join(ch for ch in firsts if not re.match(r"\w", ch))
    if len(marks) > _FEW_MARKS:
        return Scan(gate_pattern, word_starts=False)
    return Scan(gate_pattern, word_starts=not marks, marks=marks)


_FEW_MARKS = 4
"""the most non-word characters a gate's starts may be for a scan that finds them apart (each found by
itself in the text): more, and every word boundary is tried"""


def gated_finditer(
    pattern: regex.Pattern[str],
    scan: Scan | None,
    text: str,
    low: str | None,
    pos: int = 0,
    endpos: int | None = None,
    *,
    overlapped: bool = False,
    match: Callable[[str, int, int], regex.Match[str] | None] | None = None,
) -> Iterator[regex.Match[str]]:
    """The matches ``pattern.finditer(text, pos, endpos, overlapped=...)`` gives, found by trying
    ``pattern`` only where ``scan`` (see :func:`candidates`) admits a start in ``low`` (see
    :func:`folded`). ``pattern`` must begin with a word boundary and the gate ``scan`` was built from.
    ``match`` tries it at a start where given (what ``pattern.match`` gives there, found faster)."""
    end = len(text) if endpos is None else endpos
    if scan is None or low is None:
        yield from pattern.finditer(text, pos, end, overlapped=overlapped)
        return
    if match is None:
        match = pattern.match
    last = pos
    for at in scan.starts(low, pos, end):
        if at < last:
            continue
        m = match(text, at, end)
        if m is not None:
            yield m
            if not overlapped:
                last = m.end()


def gated_search(
    pattern: regex.Pattern[str], scan: Scan | None, text: str, low: str | None, pos: int, end: int
) -> regex.Match[str] | None:
    """``pattern.search(text, pos, end)``, trying ``pattern`` only where ``scan`` admits a start in
    ``low`` (see :func:`gated_finditer`): in a window of a sentence the `regex` module tries a
    lexicon at every position, the stdlib finds the few word starts its gate admits faster."""
    if scan is None or low is None:
        return pattern.search(text, pos, end)
    match = pattern.match
    if scan.marks is not None:
        for at in scan.starts(low, pos, end):
            m = match(text, at, end)
            if m is not None:
                return m
        return None
    if scan.after is None:
        for candidate in scan.pattern.finditer(low, pos, end):
            m = match(text, candidate.start(), end)
            if m is not None:
                return m
        return None
    if pos == 0:
        if scan.at.match(low, 0, end) is not None:
            m = match(text, 0, end)
            if m is not None:
                return m
    else:
        pos -= 1  # the character before ``pos`` decides a start at ``pos``
    for candidate in scan.after.finditer(low, pos, end):
        m = match(text, candidate.start() + 1, end)
        if m is not None:
            return m
    return None


def gated_last(
    pattern: regex.Pattern[str], scan: Scan | None, text: str, low: str | None, pos: int, end: int
) -> regex.Match[str] | None:
    """The last match ``pattern.finditer(text, pos, end)`` gives (see :func:`gated_search`)."""
    found = None
    for found in gated_finditer(pattern, scan, text, low, pos, end):  # noqa: B007 - the last one is wanted
        pass
    return found




# ---- the characters a pattern's matches end with ------------------------------------------------


_QUANTIFIER = re.compile(r"(?:(\?)|(\*)|(\+)|\{(\d*)(,?)(\d*)\})[?+]?\Z")


def repeats(quantifier: str) -> tuple[int, int | None] | None:
    """The fewest and most times a quantifier of :func:`_elements` lets its element repeat (``None`` the most:
    no bound); ``None`` where it is none the `regex` module reads ("{}", "{1, 3}" are literal text)."""
    if not quantifier:
        return 1, 1
    found = _QUANTIFIER.match(quantifier)
    if found is None or (found.group(4) == "" and found.group(6) == ""):
        return None
    if found.group(1):
        return 0, 1
    if found.group(2) or found.group(3):
        return (0 if found.group(2) else 1), None
    fewest = int(found.group(4) or 0)
    if not found.group(5):
        return fewest, fewest
    return fewest, int(found.group(6)) if found.group(6) else None


def _elements(pattern: str) -> list[tuple[str, str]] | None:
    """``pattern`` as a list of (element, quantifier): a character, an escape, a class or a group."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            if i + 1 >= n:
                return None
            j = i + 2
        elif ch == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            if j >= n:
                return None
            j += 1
        elif ch == "(":
            depth, j, in_class = 0, i, False
            while j < n:
                c = pattern[j]
                if c == "\\":
                    j += 2
                    continue
                if in_class:
                    in_class = c != "]"
                elif c == "[":
                    in_class = True
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                return None
            j += 1
        elif ch in "?*+":
            if not out:
                return None
            element, quantifier = out.pop()
            out.append((element, quantifier + ch))
            i += 1
            continue
        elif ch == "{":
            if not out:
                return None
            j = pattern.find("}", i)
            if j < 0:
                return None
            element, quantifier = out.pop()
            out.append((element, quantifier + pattern[i : j + 1]))
            i = j + 1
            continue
        else:
            j = i + 1
        out.append((pattern[i:j], ""))
        i = j
    return out


__all__ = ["Scan", "at_once", "candidates", "fast_class", "folded", "gate", "gated_finditer", "gated_last", "gated_search", "literal_prefix", "literal_starts", "prefixes", "repeats", "top_level", "trie", "word_trie"]
