"""Where the particulars of a lead start (:func:`_finditer`): the language's particulars
(``LanguageData.particulars``, compiled in :mod:`casualty_reconcile.event_words`) searched in groups by
how each is found fastest: where the lowercased lead is known, each from a literal run of its pattern
(:mod:`casualty_reconcile.particular_gate`), but one that closes with a bracket ("Max Muster (17)"),
searched from its end; else a group whose words start with a literal ("rue", "avenue") by a stdlib scan
of the lowercased text, the others by a plain scan. The whole pattern is then matched where the first of
them starts. No word of any language."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

import regex

from ._patterns import prefixes, top_level
from ._tail_scan import prefix_scan
from .errors import UnsupportedLanguageError
from .lang import get_language
from .particular_gate import Anchor, Overlong, Plan, anchors, places, plan

ADDRESS_KIND = "address"
"""The kind of a particular that is a street with its house or block number ("the 5700 block of South
Morgan", "3006 Holton Avenue", "Lindenallee 12"), or two streets side by side ("Duvall Ave and Garrison
Blvd", "Ecke Hauptstraße/Bahnhofstraße"): a place a report gives precisely. The language's patterns
of it (``LanguageData.particulars``) are read by a scan of their own (``event_words._address_pattern``), so that an
address's street is still read as a street; its key keeps the number (``event_words._ADDRESS_WORDS``)."""

_CLOSING = r"\)"
"""How a particular ends that is searched from its end (:func:`_groups`): a closing bracket, a literal the
`regex` module looks for first in a reversed search ("Max Muster (17)": 4.6 µs a German lead, not 22)."""


@functools.lru_cache(maxsize=64)
def _groups(language: str, addresses: bool = False) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The language's particulars but its addresses (with ``addresses``: its addresses) in three groups:
    those that start with a literal word, those that start otherwise and close with a bracket
    (:data:`_CLOSING`; a person beside an age in brackets: every letter before the bracket is a name's,
    none a bracket), and the others."""
    try:
        particulars = tuple(p for p, kind in get_language(language).particulars.items() if (kind == ADDRESS_KIND) == addresses)
    except (TypeError, UnsupportedLanguageError):  # an unknown language has none
        return (), (), ()
    literal = tuple(p for p in particulars if prefixes(p) is not None)
    closing = tuple(p for p in particulars if p not in literal and p.endswith(_CLOSING))
    return literal, closing, tuple(p for p in particulars if p not in literal and p not in closing)


def _whole_words(part: tuple[str, ...], flags: str = "") -> regex.Pattern[str]:
    return regex.compile(rf"{flags}(?<!\w)(?:{'|'.join(part)})(?!\w)", regex.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _particular_starts(language: str, addresses: bool = False) -> tuple[regex.Pattern[str], ...]:
    """Where a particular (with ``addresses``: an address) can start, one pattern for each group of
    :func:`_groups` that has any, the others first, then those closing with a bracket, then those
    starting with a literal word; the `regex` module finds a literal fast alone, not inside an
    alternation with patterns that start with a class or a look-behind (the French lead took 145 µs so,
    57 apart; its addresses 44 µs, 10 apart; a German lead's particulars 80 µs, 62 + 4.6 with the
    bracketed age searched from its end). Empty where one group has all (one scan is as fast)."""
    literal, closing, other = _groups(language, addresses)
    found = [part for part in (other, closing, literal) if part]
    return tuple(_whole_words(part) for part in found) if len(found) > 1 else ()


@functools.lru_cache(maxsize=64)
def _start_scans(language: str, addresses: bool = False) -> tuple[re.Pattern[str] | None, ...]:
    """For each of :func:`_particular_starts`, a stdlib scan of the first words its particulars start with
    (:func:`_tail_scan.prefix_scan`) where they all start with one ("rue", "avenue"), else None: under
    ``IGNORECASE`` the `regex` module tries such an alternation at every position too (a French lead's
    streets: 26 µs by `regex`, 8 µs found by the stdlib on the lowercased text and matched there)."""
    if not _particular_starts(language, addresses):
        return ()
    literal, closing, other = _groups(language, addresses)
    return tuple(prefix_scan(part, first_word=True) if part is literal else None for part in (other, closing, literal) if part)


@functools.lru_cache(maxsize=64)
def _reversed_scans(language: str, addresses: bool = False) -> tuple[regex.Pattern[str] | None, ...]:
    """For each of :func:`_particular_starts`, its reversed form (``(?r)``) where its particulars close
    with a bracket (:data:`_CLOSING`), else None. Its matches are those of the forward scan: each closes
    at the first bracket after its start (its name holds none), so two never overlap and the reversed
    scan, which reads each from its bracket back, misses none; at one bracket it takes the most words
    its name can hold before it (a quantifier reversed is as greedy), the first start the forward scan
    finds there (tests/test_particular_scan.py checks it on the case rows, the local news, the bench
    corpus and made-up text). Where the forward scan goes on inside one (after the previous particular,
    which overlapped it), the part is searched forward from there to its bracket (:func:`_finditer`)."""
    if not _particular_starts(language, addresses):
        return ()
    literal, closing, other = _groups(language, addresses)
    return tuple(_whole_words(part, "(?r)") if part is closing else None for part in (other, closing, literal) if part)


def _search(
    part: regex.Pattern[str], scan: re.Pattern[str] | None, text: str, low: str | None, pos: int, stop: int
) -> regex.Match[str] | None:
    """``part.search(text, pos, stop)``, tried only where ``scan`` finds a first word in ``low`` (the text
    lowercased, :func:`_patterns.folded`) where both are given: every match starts with one of those
    words at a word start, and no such start lies inside a word the scan found (see
    :func:`_tail_scan.prefix_finditer`)."""
    if scan is None or low is None:
        return part.search(text, pos, stop)
    for candidate in scan.finditer(low, pos, stop):
        found = part.match(text, candidate.start(), stop)
        if found is not None:
            return found
    return None


def _from_end(part: regex.Pattern[str], found: list[regex.Match[str]], text: str, pos: int) -> int | None:
    """Where ``part`` first matches from ``pos`` on, given its reversed scan's matches ``found`` (the last
    first; those before ``pos`` are dropped): the start of the first one after ``pos``, or, where ``pos``
    lies inside one, the part searched forward from ``pos`` to its end (see :func:`_reversed_scans`)."""
    while found:
        last = found[-1]
        if last.end() > pos:
            at: int = last.start()
            if at >= pos:
                return at
            match = part.search(text, pos, last.end())
            if match is not None:
                inside: int = match.start()
                return inside
        found.pop()
    return None


@functools.lru_cache(maxsize=64)
def _anchored(language: str, addresses: bool = False) -> tuple[tuple[Anchor, ...], regex.Pattern[str] | None, tuple[int, ...]]:
    """The particulars of the language that close with no bracket (with ``addresses``: its addresses) as
    the anchors of their variants (:mod:`particular_gate`: each searched in windows around a literal run),
    those of them where a variant has none as one pattern, and which of :func:`_particular_starts` they
    stand for (the others and those opening with a literal word)."""
    literal, closing, other = _groups(language, addresses)
    anchored, rest = anchors(alternative for particular in (*other, *literal) for alternative in top_level(particular))
    if not anchored:
        return (), None, ()
    groups = [group for group in (other, closing, literal) if group]
    replaced = tuple(i for i, group in enumerate(groups) if group is not closing) if len(groups) > 1 else ()
    return anchored, (_whole_words(rest) if rest else None), replaced


@functools.lru_cache(maxsize=64)
def _language_anchors(language: str) -> tuple[tuple[Anchor, ...], Plan]:
    """The anchors of the language's particulars, then those of its addresses, and how their runs are
    found in a lead (:func:`particular_gate.plan`: once for both, where they share a run's first word)."""
    every = _anchored(language)[0] + _anchored(language, True)[0]
    return every, plan(every)


def _finditer(
    pattern: regex.Pattern[str], language: str, text: str, start: int, stop: int, low: str | None = None, addresses: bool = False
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text, start, stop)`` gives for the language's particulars (with
    ``addresses``: its addresses, ``event_words._address_pattern``): each match at the first place where
    one of :func:`_particular_starts` finds one (the pattern matches there); ``low`` is
    ``_patterns.folded(text)`` where known (see :func:`_search`); there, those that close otherwise than
    with a bracket are found by their anchors (:func:`_anchored`), in a lead without overlong words
    (:func:`particular_gate.short_tokens`, asked where an anchor is found)."""
    parts = _particular_starts(language, addresses)
    anchored, rest, replaced = _anchored(language, addresses)
    windows = low is not None and bool(anchored)
    if not parts and not windows:
        yield from pattern.finditer(text, start, stop)
        return
    scans, backs = _start_scans(language, addresses), _reversed_scans(language, addresses)
    ends = [list(back.finditer(text, start, stop)) if back is not None else [] for back in backs]  # (the last first)

    def first(i: int, pos: int) -> int | None:
        if backs[i] is not None:
            return _from_end(parts[i], ends[i], text, pos)
        found = _search(parts[i], scans[i], text, low, pos, stop)
        return None if found is None else found.start()

    def searched(part: regex.Pattern[str], pos: int) -> int | None:
        found = part.search(text, pos, stop)
        return None if found is None else found.start()

    kept = range(len(parts)) if not windows else [i for i in range(len(parts)) if i not in replaced]
    firsts: list[Callable[[int], int | None]] = [functools.partial(first, i) for i in kept]
    if windows:
        assert low is not None
        every, lead_plan = _language_anchors(language)
        found = places(lead_plan, every, low, stop)
        base = len(_anchored(language)[0]) if addresses else 0
        firsts += [functools.partial(a.first, text, low, found[base + i], stop=stop) for i, a in enumerate(anchored) if found[base + i]]
        if rest is not None:
            firsts.append(functools.partial(searched, rest))
    end = start
    try:
        starts = [find(start) for find in firsts]
        while True:
            at = min((s for s in starts if s is not None), default=None)
            if at is None:
                return
            match = pattern.match(text, at, stop)
            if match is None:  # (cannot be: the pattern holds every part) the plain scan from there
                yield from pattern.finditer(text, at, stop)
                return
            yield match
            end = match.end()
            starts = [s if s is None or s >= end else firsts[i](end) for i, s in enumerate(starts)]
    except Overlong:  # the lead holds an overlong word: the plain scan from the last match's end
        yield from pattern.finditer(text, end, stop)
