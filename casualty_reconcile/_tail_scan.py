"""Scans that find a lexicon pattern's matches from a literal part of them: the words after them
(:class:`TailScan`) or the words they start with (:func:`prefix_finditer`).

Some lexicon patterns name a short phrase that is followed by a verb: "the victim" before "died",
"der 20-Jährige" before "starb" (``(?:the|her) (?:victim|boy)(?= (?:died|was killed)\\b)``). Their
start is a frequent word ("the", "die", "man") or a digit, so a gate on the start lets most of the
text through, and the `regex` module tries the whole pattern at every word of a document. The verbs
after them are rare: :class:`TailScan` finds where the trailing look-ahead can begin with the
standard library (on the lowercased text, see :func:`_patterns.candidates`), and runs the pattern only in a window around each such place: the
longest the phrase before it can be, and the farthest the look-ahead can read; a place where no
phrase of the pattern ends (read backwards from it by `regex`, ``REVERSE``: "said he was killed") gets
no window, and most verbs follow other words. It finds exactly the
matches ``pattern.finditer`` finds (a test compares them); a pattern whose alternatives do not all
end in such a look-ahead, or whose parts have no bounded length, gets no tail scan (``None``).
An alternative whose look-ahead starts with such a character but has no literal start after it (any
words before the verb: ", deren Sohn ... getötet wurde,") would let the stdlib try it in full at every
space; where it starts with a word of its own ("deren"), the scan finds it by that word instead.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator

import regex

from ._patterns import (
    _LOOKAROUNDS,
    _NOT_READ_ALIKE,
    _elements,
    _fast_chars,
    gate,
    prefixes,
    repeats,
    top_level,
    trie,
)


def _width(pattern: str, *, reach: bool) -> int | None:
    """The most characters a match of ``pattern`` spans (``None``: not known or no bound); with
    ``reach``, look-arounds count the characters they read, so that the result bounds how far
    past its start a match attempt reads."""
    widths = [_alternative_width(a, reach=reach) for a in top_level(pattern)]
    return None if any(w is None for w in widths) else max(w for w in widths if w is not None)


def _alternative_width(alternative: str, *, reach: bool) -> int | None:
    elements = _elements(alternative)
    if elements is None:
        return None
    total = 0
    for element, quantifier in elements:
        width = _element_width(element, reach=reach)
        times = repeats(quantifier)
        if width is None or times is None or times[1] is None:
            return None
        total += width * times[1]
    return total


def _element_width(element: str, *, reach: bool) -> int | None:
    if element in ("^", "$"):
        return 0
    if element[:1] == "\\":
        if element[1:2] in ("p", "P", "N", "x", "u", "U", "g", "k") or element[1:2].isdigit():
            return None  # a property, a named character, a code point or a back-reference: not read here
        return 0 if element[1:2] in ("b", "B", "A", "Z", "z", "G") else 1
    if element[:1] == "[" or element == ".":
        return 1
    if element[:1] != "(":
        return 1 if element not in "()[]{}?*+|" else None
    inner = element[1:-1]
    if element.startswith(_LOOKAROUNDS):
        if not reach:
            return 0
        return _width(inner[3:] if inner.startswith("?<") else inner[2:], reach=True)
    flagged = regex.match(r"\?(?:[a-zA-Z-]*:|>|P<\w+>)", inner)
    if flagged is not None:
        inner = inner[flagged.end() :]
    elif inner.startswith("?"):
        return None  # inline flags, a conditional, a comment
    return _width(inner, reach=reach)


class TailScan:
    """The matches of a pattern whose alternatives all end in a look-ahead that starts with a
    literal character (see the module's docstring); built by :func:`tail_scan`."""

    __slots__ = ("before", "bounds", "find", "head", "pattern", "reach", "span", "starts")

    def __init__(
        self, pattern: regex.Pattern[str], find: re.Pattern[str], before: int, reach: int | None,
        head: regex.Pattern[str] | None = None, starts: re.Pattern[str] | None = None, span: int = 0,
    ) -> None:
        self.pattern = pattern
        self.find = find  # where the look-ahead can begin, on the lowercased text
        self.before = before  # the most characters a match spans
        self.reach = reach  # the most characters the look-ahead reads (None: no bound, to the end of the scan)
        # the alternatives whose look-ahead has no literal start (", deren Sohn ... getötet wurde,"), found
        # by their first word instead (see :func:`prefix_scan`): a match of one reads at most ``span`` past it
        self.starts = starts
        self.span = span
        # the phrases before the look-ahead, read backwards from where it begins (see _heads_back)
        self.head = head
        # a pattern that begins with a word boundary is tried only at the boundaries up to the last
        # place where a match can end in a window: not at each of the look-ahead's positions after it
        # (at word starts only, where every match starts with a word character)
        bound = r"\b(?=\w)" if _word_first(pattern) else r"\b"
        self.bounds = regex.compile(bound, pattern.flags).finditer if pattern.pattern.startswith(r"\b") else None

    def finditer(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """What ``pattern.finditer(text, pos, endpos)`` gives; ``low`` is ``_patterns.folded(text)``."""
        size = len(text) if endpos is None else min(endpos, len(text))  # (not negative)
        if low is None:
            yield from self.pattern.finditer(text, pos, size)
            return
        windows: list[list[int]] = []  # where matches start, where they may read to, the last place one starts
        # places are joined where their windows overlap; tried at its bounds only, a window is tried from
        # its first start to its last, so places are joined only where those ranges overlap (a place found
        # by its first word, "Opfer", tried once, is no reason to try every bound up to a verb far after it)
        joined = 1 if self.bounds is None else 2
        for lo, hi, last in self._places(text, low, pos, size):
            if windows and lo <= windows[-1][joined]:
                windows[-1][1:] = [max(hi, windows[-1][1]), max(last, windows[-1][2])]
            else:
                windows.append([lo, hi, last])
        if self.bounds is None:
            for lo, hi, _ in windows:
                yield from self.pattern.finditer(text, lo, hi)
            return
        # a match ends at one of a window's places, so none starts after the last of them; a match may
        # end past the start of the next window (found by its first word): none starts inside it
        match, bounds = self.pattern.match, self.bounds
        after = pos
        for lo, hi, last in windows:
            if after > last:
                continue
            for bound in bounds(text, lo, last + 1):
                at = bound.start()
                if at >= after and (found := match(text, at, hi)) is not None:
                    yield found
                    after = found.end()


    def _places(self, text: str, low: str, pos: int, size: int) -> Iterator[tuple[int, int, int]]:
        """Each place a match may lie, in order of its start: where matches start, where they may read
        to, the last place one starts (where it ends and its look-ahead begins, or its first word)."""
        head = None if self.head is None else self.head.match
        ends = (m.start() for m in self.find.finditer(low, pos, size))  # where a match ends, its look-ahead begins
        reach = size if self.reach is None else self.reach + 1
        tails = (
            (max(pos, end - self.before), min(size, end + reach), end)
            for end in ends
            if head is None or head(text, pos, end) is not None  # no phrase ends here: most verbs follow other words
        )
        if self.starts is None:
            yield from tails
            return
        firsts = ((at, min(size, at + self.span + 1), at) for at in (m.start() for m in self.starts.finditer(low, pos, size)))
        yield from heapq.merge(tails, firsts)


def _word_first(pattern: regex.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts with a word character: the look-ahead it opens with
    (after its word boundary and look-behinds) admits no other first character of the text a tail
    scan reads (see :func:`_patterns.folded`)."""
    elements = _elements(pattern.pattern) or []
    for element, quantifier in elements:
        if quantifier:
            return False
        if element == r"\b" or element.startswith("(?<!"):
            continue
        if not element.startswith("(?="):
            return False
        ahead = element[3:-1]  # (a pattern matched backwards reads its last elements first: all of it)
        opening = ahead if pattern.flags & regex.REVERSE else "|".join(_opening(a) for a in top_level(ahead))
        try:  # (its look-behinds made empty: tried on one character alone, they could not hold)
            body = regex.compile(opening.replace("(?<=", "(?<=|"), pattern.flags)
        except regex.error:
            return False
        return all(_WORD.match(ch) is not None for ch in _fast_chars() if body.match(ch, partial=True) is not None)
    return False


_WORD = regex.compile(r"\w")
_ZERO_WIDTH = (r"\b", r"\B", r"\A", r"\Z", r"\z", r"\G", "^", "$")


def _opening(alternative: str) -> str:
    """The start of ``alternative`` that its first character is read by: its elements up to the first
    that is no look-around, no zero-width escape and has no quantifier, the rest left out (an
    alternative that is one group is opened inside). Every match of ``alternative`` starts with a
    match of it, so the first characters it admits are all of ``alternative``'s and maybe more (for
    :func:`_word_first`, which need not compile the long look-aheads that follow a name's capitals)."""
    elements = _elements(alternative)
    if not elements:
        return alternative
    if len(elements) == 1 and not elements[0][1] and elements[0][0].startswith("(?:"):
        return "(?:" + "|".join(_opening(inner) for inner in top_level(elements[0][0][3:-1])) + ")"
    kept: list[str] = []
    for element, quantifier in elements:
        kept.append(element + quantifier)
        if not quantifier and not element.startswith(_LOOKAROUNDS) and element not in _ZERO_WIDTH:
            break
    return "".join(kept)


def read_alike(gate_pattern: str) -> bool:
    """Whether `re` reads a gate (``(?=...)``) on lowercased text as `regex` reads it case-insensitively on the
    text: no escape but ``\\b \\d \\w \\ \\\\ \\- \\.``, no negated set, no capital (compiling it is the caller's)."""
    return gate_pattern.startswith("(?=") and gate_pattern.endswith(")") and not _NOT_READ_ALIKE.search(gate_pattern)


def tail_scan(pattern: regex.Pattern[str], sources: Iterable[str]) -> TailScan | None:
    """A :class:`TailScan` of ``pattern``, compiled from the alternatives ``sources`` (behind a word
    start and its gate, before a word end, as the lexicon builds them); ``None`` where one of them
    does not end in a look-ahead that starts with a literal character, or has no bounded length. A
    look-ahead of no bounded reach that opens with a literal word (" in [\\w-]+ stirbt") is read up to
    the end of the scan (a headline's line): each window from its first place to the end."""
    before = 0
    reach: int | None = 0
    span = 0
    firsts: set[str] = set()
    tails: list[str] = []
    heads: list[str] = []
    opened: list[str] = []  # alternatives found by their first word (their look-ahead has no literal start)
    backed: list[str] = []  # the look-ahead's first character behind the last words of a phrase (see _backed)
    for source in sources:
        for alternative in top_level(source):
            elements = _elements(alternative)
            if not elements or not elements[-1][0].startswith("(?=") or elements[-1][1]:
                return None
            phrase = "".join(e + q for e, q in elements[:-1])
            head = _alternative_width(phrase, reach=False)
            body = elements[-1][0][3:-1]
            body_elements = _elements(body)
            ahead = _width(body, reach=True)
            if head is None or not body_elements or body_elements[0][1]:
                return None
            # each alternative of the look-ahead opens with its own character (" starb\\b| erlag\\b")
            opens = [_opening_character(part) for part in top_level(body)]
            if None in opens:
                return None  # the look-ahead must start with one literal character that is no letter
            after = [part[1:] for part in top_level(body)]
            if ahead is None and any(prefixes(rest) is None for rest in after):
                return None  # a look-ahead of no bounded reach, found by no literal start: a plain scan
            free = any(prefixes(rest) is None for rest in after)  # a rest no literal start finds
            backing = _backed(phrase, opens) if free and ahead is not None else None
            if free and backing is None and prefix_scan([alternative]) is not None and ahead is not None:
                opened.append(alternative)  # ", deren Sohn ... getötet wurde,": any words before the verb
                span = max(span, head + ahead)
                continue
            heads.append(phrase)
            if backing is not None:  # ", Al Roe, 15, died" after "the boy": found by the comma behind its words
                backed.extend(backing)
            else:
                firsts.update(f for f in opens if f is not None)
                tails.extend(after)
            before = max(before, head)
            reach = None if reach is None or ahead is None else max(reach, ahead)
    if not (firsts and tails) and not backed:
        return None
    # the look-ahead's first character (a literal: the stdlib finds it fast), then the trie of the
    # literal starts of the rest (a cheap test) and the rest itself ("was" alone starts too many
    # words), on the lowercased text; :func:`read_alike` tells whether `re` reads it as `regex` does
    if any(regex.search(r"\\[A-Z]", t) for t in tails):
        return None  # an escape that lowercasing would change (\\W, \\S)
    # (each rest once: alternatives that share their look-ahead, "Jon Doe, 19, died" and "Jon Doe 19, died",
    # would have `re` try the same long rest again at every place its gate admits)
    rests = "|".join(dict.fromkeys(f"(?:{t})".lower() for t in tails))
    ahead_gate = f"(?=(?={gate(tails)[3:-1]})(?:{rests}))"
    if tails and not read_alike(ahead_gate):
        return None
    # look-aheads that start with different characters (" died", ", 17, died"): any of them before any
    # of the rests, more places than match, each tried by the pattern itself; each one a literal first
    # (the stdlib skips fast to the characters that open a branch of literals, not a class in a branch)
    found = [re.escape(f) + ahead_gate for f in sorted(firsts)] + list(dict.fromkeys(backed))
    starts = prefix_scan(opened) if opened else None
    if opened and (starts is None or not pattern.pattern.startswith(r"\b")):
        return None  # a first word is a match's start only behind a word boundary (see prefix_finditer)
    try:
        find = re.compile(found[0] if len(found) == 1 else f"(?:{'|'.join(found)})")
    except re.error:
        return None
    return TailScan(pattern, find, before, reach, _heads_back(heads, pattern.flags), starts, span)


def _backed(phrase: str, opens: list[str | None]) -> list[str] | None:
    """The scans for a look-ahead that opens with a mark, no space, and whose rest has no literal start (", Al Roe, 15,
    died" after "the boy"), behind the phrase's last words: a phrase whose last element that reads characters is a
    group of plain words ("(?:teen|boy|man)", look-arounds after it aside) ends in one of them right before the mark, so
    the mark behind one of them (",(?<=boy,)") is where such a match may end, one of few, where the words alone
    ("man") are found all over the text (inside "human" too). ``None`` where the phrase ends otherwise."""
    elements = _elements(phrase)
    if not elements or any(f is None or f.isspace() or f.isalnum() for f in opens):
        return None
    while elements and (elements[-1][0].startswith(_LOOKAROUNDS) or elements[-1][0] in _ZERO_WIDTH):
        if elements[-1][1]:
            return None
        elements = elements[:-1]
    if not elements or elements[-1][1]:
        return None
    last = elements[-1][0]
    words = top_level(last[3:-1]) if last.startswith("(?:") and last.endswith(")") else [last]
    if not words or not all(_PLAIN_WORD.fullmatch(w) for w in words):
        return None
    return [re.escape(f) + "(?:" + "|".join(f"(?<={w.lower()}{re.escape(f)})" for w in sorted(set(words))) + ")"
            for f in opens if f is not None]


_PLAIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _opening_character(part: str) -> str | None:
    """The literal character, no letter, that an alternative of a look-ahead opens with; None where it opens
    otherwise (a letter, a class, a group, a quantified character)."""
    elements = _elements(part)
    if not elements or elements[0][1]:
        return None
    first = elements[0][0]
    return None if len(first) != 1 or first.isalnum() or first in "()[]{}?*+|.^$\\" else first


def _heads_back(heads: list[str], flags: int) -> regex.Pattern[str] | None:
    """The phrases before the look-ahead (``heads``), without the look-aheads they hold, as one
    pattern that `regex` matches backwards (``REVERSE``): ``match(text, pos, end)`` tells whether one
    of them can end at ``end``. Every match of the scanned pattern ends where its look-ahead begins,
    its phrase read there, so a place where none ends holds no match; without its look-aheads (a
    look-ahead inside a phrase may read past the phrase, beyond ``end``) the pattern matches where
    they do and more. ``None`` where a phrase holds what is not read so (atomic groups, possessive
    quantifiers, inline flags)."""
    stripped = [_without_lookaheads(h) for h in heads]
    if any(h is None for h in stripped):
        return None
    source = "|".join(dict.fromkeys(f"(?:{h})" for h in stripped))  # (each once: it only tells whether one ends)
    if "(?=" in source or "(?>" in source or regex.search(r"(?<!\\)[*+?}][+]", source):
        return None
    return regex.compile(source, flags | regex.REVERSE)


def _without_lookaheads(pattern: str) -> str | None:
    """``pattern`` without its positive look-aheads (in groups too) and the look-behinds that hold one, which
    only narrow its matches."""
    alternatives: list[str] = []
    for alternative in top_level(pattern):
        elements = _elements(alternative)
        if elements is None:
            return None
        parts: list[str] = []
        for element, quantifier in elements:
            if element.startswith("(?=") or (element.startswith(("(?<=", "(?<!")) and "(?=" in element):
                continue  # (a look-behind that holds a look-ahead may read past the phrase too: it only narrows)
            if element.startswith("(") and not element.startswith(("(?!", "(?<=", "(?<!")):
                opening = regex.match(r"\((?:\?(?:[a-zA-Z-]*:|P<\w+>))?", element)
                if opening is None or element[opening.end() : opening.end() + 1] == "?":
                    return None  # an atomic group, a conditional, inline flags, a comment
                inner = _without_lookaheads(element[opening.end() : -1])
                if inner is None:
                    return None
                element = opening.group() + inner + ")"
            parts.append(element + quantifier)
        alternatives.append("".join(parts))
    return "|".join(alternatives)


def prefix_scan(sources: Iterable[str], *, first_word: bool = False) -> re.Pattern[str] | None:
    """A stdlib scan for the literal starts of a lexicon pattern's alternatives ``sources`` on the
    lowercased text (see :func:`prefix_finditer`), where every one is a word ("niemand", "kein",
    "no"); ``None`` where one has no literal start or a start holds another character ("no one").
    With ``first_word``, a start that goes on past its first word is found by that word ("shot and "
    by "shot"): more places than match, each tried by the pattern."""
    found: set[str] = set()
    for source in sources:
        for alternative in top_level(source):
            more = prefixes(alternative)
            if more is None:
                return None
            found |= {_NOT_WORD.split(p, 1)[0] for p in more} if first_word else more
    shortest = {p for p in found if not any(p != q and p.startswith(q) for q in found)}
    if not shortest or not all(re.fullmatch(r"\w+", p) for p in shortest):
        return None
    return re.compile(trie(shortest))


_NOT_WORD = re.compile(r"\W")


def prefix_finditer(
    pattern: regex.Pattern[str], scan: re.Pattern[str] | None, text: str, low: str | None, pos: int = 0
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text, pos)`` gives for a lexicon pattern (it begins with a word
    boundary), trying it only where ``scan`` (:func:`prefix_scan`) finds a literal start in ``low``.
    The scan's matches do not overlap, but no start is lost inside one: a start is one word, and a
    match begins at a word boundary, which no position inside a word is. A few words' starts are
    found faster so than by the gated scan, which stops at every word."""
    if scan is None or low is None:
        yield from pattern.finditer(text, pos)
        return
    match = pattern.match
    last = pos
    for candidate in scan.finditer(low, pos):
        at = candidate.start()
        if at < last:
            continue
        found = match(text, at)
        if found is not None:
            yield found
            last = found.end()


__all__ = ["TailScan", "prefix_finditer", "prefix_scan", "tail_scan"]
