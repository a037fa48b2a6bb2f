"""Where a particular of a lead can lie, read from its pattern (for :mod:`casualty_reconcile.particular_scan`).

The `regex` module tries a particular's pattern at every position of a lead: its alternatives open with a
capital's class or a look-behind, with no literal to search for first (a German lead: 15–26 µs each). Yet
every match reads some run of literal characters ("-jährige", "straße", " haben", ", 23,"), at a bounded
distance from its start. :func:`anchors` reads, for one alternative, such a run (:class:`Anchor`: the
longest, one led by a literal character first) and how far from a match's start it may lie; the scan then
searches the lowercased lead for the run with the standard library and tries the alternative only in the
window of starts around each place found (:func:`Anchor.first`), the way ``_tail_scan.TailScan`` opens
windows. A name's letters (``\\p{Ll}++``) have no bound: the windows assume that no run of characters
other than spaces in the lead is longer than :data:`TOKEN_CHARS`, and a lead where one is (a link) is
scanned plainly (:func:`short_tokens`). An alternative with groups of several alternatives that hold no
literal run is spelled out first (:func:`variants`: the starts of ``a(?:b|c)d`` are those of ``abd`` and
``acd``). No word of any language: the runs are read from the language data's patterns."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

import regex

from ._patterns import (
    _LOOKAROUNDS,
    _elements,
    _fast_chars,
    fast_class,
    prefixes,
    repeats,
    top_level,
    word_trie,
)
from ._tail_scan import _opening

TOKEN_CHARS = 48
"""The longest run of characters other than spaces for which a lead is scanned by windows: an unbounded
repetition of such characters in a pattern (a name's letters) then spans at most this many."""

_ZERO = (r"\b", r"\B", "^", "$", r"\A", r"\Z", r"\z", r"\G")
_KEPT_ZERO = (r"\b", r"\B", r"(?!\w)", r"(?<!\w)")
"""assertions the stdlib reads on the lowercased text as `regex` reads them on the text (its word characters
are the `regex` module's there, :func:`_patterns.folded`): kept in a run"""
_OPENER = re.compile(r"\((?:\?(?:[a-zA-Z]*(?:-[a-zA-Z]+)?:|>))?")
_LONGEST = 6
"""A run of this many literal characters is rare enough: among such runs, one led by a literal character
is found faster by the stdlib (its prefix search) than a longer one opening with a class or a group."""


def _tokens(pattern: str) -> list[tuple[str, str]] | None:
    """:func:`_patterns._elements`, a property (``\\p{Lu}``) read as one element."""
    elements = _elements(pattern)
    if elements is None:
        return None
    out: list[tuple[str, str]] = []
    for element, quantifier in elements:
        if element in ("\\p", "\\P"):
            close = quantifier.find("}") + 1
            if not quantifier.startswith("{") or not close:
                return None
            element, quantifier = element + quantifier[:close], quantifier[close:]
        out.append((element, quantifier))
    return out


def _group(element: str) -> tuple[str, str] | None:
    """A group's opener ("(?:", "(?-i:", "(") and its inside; None for a look-around or another construct."""
    if not element.startswith("(") or element.startswith(_LOOKAROUNDS):
        return None
    opener = _OPENER.match(element)
    if opener is None or (opener.end() == 1 and element[1:2] == "?"):
        return None
    return element[: opener.end()], element[opener.end() : -1]


def _no_space(element: str) -> bool:
    """Whether a one-character element matches no space (a run of it lies in one word of the text)."""
    if element.startswith("(") or element == ".":
        return False
    try:
        single = regex.compile(element, regex.IGNORECASE)
    except regex.error:
        return False
    return not any(ch.isspace() for ch in single.findall(_fast_chars()))


def _span(element: str, quantifier: str) -> tuple[int, int | None] | None:
    """The fewest and most characters an element with its quantifier matches (None the most: no bound;
    an unbounded run of characters other than spaces: :data:`TOKEN_CHARS`); None: not read here."""
    times = repeats(quantifier)
    if times is None:
        return None
    if element in _ZERO or element.startswith(_LOOKAROUNDS):
        return 0, 0
    if element.startswith("("):
        group = _group(element)
        if group is None:
            return None
        one = _alternatives_span(group[1])
        if one is None:
            return None
    elif element[:1] == "\\" and (element[1:2] in ("x", "u", "U", "N", "g", "k") or element[1:2].isdigit()):
        return None  # a code point, a named character, a back-reference
    else:
        one = (1, 1)
    fewest, most = times
    if most is None:
        if one[1] == 0:
            return 0, 0
        return one[0] * fewest, TOKEN_CHARS if _no_space(element) else None
    return one[0] * fewest, None if one[1] is None else one[1] * most


def _alternatives_span(pattern: str) -> tuple[int, int | None] | None:
    spans = [_sequence_span(alternative) for alternative in top_level(pattern)]
    if any(span is None for span in spans):
        return None
    known = [span for span in spans if span is not None]
    most = [span[1] for span in known]
    return min(span[0] for span in known), None if any(m is None for m in most) else max(m for m in most if m is not None)


def _sequence_span(pattern: str) -> tuple[int, int | None] | None:
    tokens = _tokens(pattern)
    if tokens is None:
        return None
    fewest = 0
    most_: int | None = 0
    for element, quantifier in tokens:
        span = _span(element, quantifier)
        if span is None:
            return None
        fewest += span[0]
        most_ = None if most_ is None or span[1] is None else most_ + span[1]
    return fewest, most_


def _literal(element: str, quantifier: str) -> tuple[str, int] | None:
    """The element as a stdlib pattern on the lowercased text that matches wherever it matches (a
    character, a class of a few characters, a digit, a group of such), and the fewest literal characters
    it reads; None for a class of many characters (a capital, a letter) or an unbounded repetition."""
    times = repeats(quantifier)
    if times is None or times[1] is None:
        return None
    if element in _KEPT_ZERO and not quantifier:
        return element, 0
    if element in _ZERO or element.startswith(_LOOKAROUNDS):
        return "", 0  # (read nowhere: any text)
    if element.startswith("("):
        group = _group(element)
        if group is None:
            return None
        branches: list[tuple[str, int]] = []
        words: set[str] = set()  # the branches that are words (each character literal), lowercased
        all_words = True
        for alternative in top_level(group[1]):
            tokens = _tokens(alternative)
            if tokens is None:
                return None
            parts = [_literal(*token) for token in tokens]
            if any(part is None for part in parts):
                return None
            known = [part for part in parts if part is not None]
            branches.append(("".join(part[0] for part in known), sum(part[1] for part in known)))
            if all(not q and (len(e) == 1 or (e[:1] == "\\" and not e[1:].isalnum())) for e, q in tokens):
                words.add("".join(e[-1] for e, _ in tokens).lower())
            else:
                all_words = False
        chars = min(b[1] for b in branches)
        if all_words and all(word and len(word) == len(word.lower()) for word in words):
            fragment = f"(?:{word_trie(words)})"  # (the stdlib tries a word's first character once, not each word)
        else:
            fragment = "(?:" + "|".join(b[0] for b in branches) + ")"
    elif element == r"\d":
        fragment, chars = fast_class(r"\d"), 1
    elif element[:1] == "\\":
        if len(element) != 2 or element[1].isalnum():
            return None  # a class (\w, \s, \p{Lu}) or a code point
        fragment, chars = re.escape(element[1]), 1
    elif element[:1] == "[":
        inside = element[1:-1]
        if not inside or inside[0] == "^" or any(ch in inside for ch in "\\[") or "-" in inside[:-1]:
            return None
        lowered = {ch.lower() for ch in inside}
        if any(len(ch) != 1 for ch in lowered):
            return None
        fragment, chars = "[" + "".join(re.escape(ch) for ch in sorted(lowered)) + "]", 1
    elif element == "." or element in "()[]{}?*+|":
        return None
    else:
        lowered_char = element.lower()
        if len(lowered_char) != 1:
            return None
        fragment, chars = re.escape(lowered_char), 1
    if times != (1, 1):
        fragment = f"(?:{fragment}){{{times[0]},{times[1]}}}"
    return fragment, chars * times[0]


class _Run(NamedTuple):
    fragment: str
    chars: int
    led: bool  # opens with one literal character
    lead: str  # that character, lowercased
    lo: int | None  # where it starts from the match's start, at least (None: no bound)
    hi: int | None  # at most
    heads: tuple[str, ...]  # the literal words it opens with (:func:`_heads`)


def _runs(pattern: str) -> list[_Run] | None:
    """Every run of literal elements a match of one alternative reads (and each tail of one), with where
    it starts from the match's start; None where the pattern is not read here."""
    found: list[_Run] = []
    run: list[tuple[str, int, bool, int | None, int | None, str, str]] = []

    def close() -> None:
        for i in range(len(run)):
            chars = sum(part[1] for part in run[i:])
            if chars:
                heads = () if run[i][2] else _heads(run[i][5], run[i][6])
                lead = run[i][5].lower() if run[i][2] else ""
                lead = lead[-1:] if lead[:1] == "\\" else lead
                found.append(_Run("".join(part[0] for part in run[i:]), chars, run[i][2], lead, run[i][3], run[i][4], heads))
        run.clear()

    def walk(tokens: list[tuple[str, str]], lo: int | None, hi: int | None) -> tuple[int | None, int | None] | None:
        for element, quantifier in tokens:
            if not quantifier and (element in _ZERO or element in _KEPT_ZERO or element.startswith(("(?!", "(?<!"))):
                if element in _KEPT_ZERO and run:
                    run.append((element, 0, False, lo, hi, element, ""))
                continue  # (reads no character: the run goes on over it)
            if not quantifier and element.startswith(("(?=", "(?<=")):
                behind = element.startswith("(?<=")
                inside = element[4:-1] if behind else element[3:-1]
                inner = _tokens(inside) if len(top_level(inside)) == 1 else None
                span = _sequence_span(inside) if inner is not None else None
                if behind:
                    close()  # it reads back over what was read before it
                if inner is not None and span is not None:
                    start = (lo, hi) if not behind else (
                        None if lo is None or span[1] is None else lo - span[1], None if hi is None else hi - span[0])
                    if walk(inner, *start) is None:
                        return None
                if not behind:
                    close()  # what follows it starts where it started
                continue
            group = _group(element)
            if not quantifier and group is not None and group[0] != "(?>" and len(top_level(group[1])) == 1:
                inner = _tokens(group[1])
                walked = None if inner is None else walk(inner, lo, hi)
                if walked is None:
                    return None
                lo, hi = walked
                continue
            span = _span(element, quantifier)
            if span is None:
                return None
            literal = _literal(element, quantifier)
            if literal is None:
                close()
            else:
                led = not quantifier and len(element) <= 2 and element[:1] not in "[(" and element != r"\d"
                run.append((literal[0], literal[1], led, lo, hi, element, quantifier))
            lo = None if lo is None else lo + span[0]
            hi = None if hi is None or span[1] is None else hi + span[1]
        return lo, hi

    tokens = _tokens(pattern)
    if tokens is None or walk(tokens, 0, 0) is None:
        return None
    close()
    return found


def variants(alternative: str, limit: int = 16) -> list[str]:
    """``alternative`` with each group of several alternatives that holds no literal run spelled out (the
    starts of all of them are its starts); itself where there are more than ``limit``."""

    def spell(pattern: str) -> list[str] | None:
        tokens = _tokens(pattern)
        if tokens is None:
            return None
        out = [""]
        for element, quantifier in tokens:
            optional = quantifier in ("?", "??")  # (a group or none: "(?:Max )?")
            group = None if quantifier and not optional else _group(element)
            choices = [element + quantifier]
            if group is not None and group[0] != "(?>" and _literal(element, quantifier) is None:
                spelled = [spell(branch) for branch in top_level(group[1])]
                if any(s is None for s in spelled):
                    return None
                choices = [group[0] + s + ")" for branches in spelled if branches is not None for s in branches]
                choices += [""] if optional else []
            out = [head + choice for head in out for choice in choices]
            if len(out) > limit:
                return None
        return out

    return spell(alternative) or [alternative]


class Anchor(NamedTuple):
    """A literal run every match of some alternatives reads (:func:`anchors`)."""

    find: re.Pattern[str]  # the run, on the lowercased text
    lead: str  # the literal character it opens with ("" where it opens otherwise)
    heads: tuple[str, ...]  # the literal words it opens with, found by `str.find` (:func:`_heads`)
    lo: int  # where it starts from the match's start, at least
    hi: int  # at most
    tries: regex.Pattern[str]  # the alternatives tried at each start of a window (its match ends at the start)

    def first(self, text: str, low: str, places: list[int], pos: int, *, stop: int) -> int | None:
        """Where the alternatives first match from ``pos`` on (``stop`` the end of the scan), tried only in
        the windows of starts around each of ``places``, where ``low`` holds the run (:func:`places`); an
        overlong word in the lead (:func:`short_tokens`) raises :class:`Overlong`."""
        lo, hi, width = self.lo, self.hi, self.hi - self.lo
        i = bisect_left(places, pos + lo)
        while i < len(places):
            place = places[i]
            if not short_tokens(low, stop):
                raise Overlong
            window = max(pos, place - hi)  # (the run at `place`: a match starts from place - hi to place - lo)
            found = self.tries.match(text, window, stop)
            if found is not None:
                end: int = found.end()
                return end
            pos = window + width + 1  # (no start up to there)
            i = bisect_left(places, max(place + 1, pos + lo), i + 1)
        return None


class Plan(NamedTuple):
    """How the runs of some anchors are found in a lead (:func:`plan`): the runs that open with the same
    character searched as one pattern (the two characters after it looked ahead for, :func:`_next_two`),
    the words runs open with found by `str.find`, the others apart."""

    searches: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]  # a pattern, and the anchors it may find
    words: tuple[tuple[str, tuple[int, ...]], ...]  # a word, and the anchors whose runs may open with it
    size: int  # how many anchors


def plan(found: Iterable[Anchor]) -> Plan:
    """The :class:`Plan` of the anchors (their order kept: :func:`places` lists each's places in it)."""
    listed = list(found)
    by_lead: dict[str, list[int]] = {}
    searches: list[tuple[re.Pattern[str], tuple[int, ...]]] = []
    by_word: dict[str, list[int]] = {}
    for i, one in enumerate(listed):
        if one.lead and one.find.pattern.startswith(re.escape(one.lead)):
            by_lead.setdefault(one.lead, []).append(i)
        elif one.heads:
            for word in one.heads:
                by_word.setdefault(word, []).append(i)
        else:
            searches.append((one.find, (i,)))
    for lead, members in by_lead.items():
        cut = len(re.escape(lead))
        rests = "|".join(listed[i].find.pattern[cut:] for i in members)
        searches.append((re.compile(f"{re.escape(lead)}{_next_two(lead, rests)}(?:{rests})"), tuple(members)))
    return Plan(tuple(searches), tuple((word, tuple(members)) for word, members in by_word.items()), len(listed))


_PAIRS = 400
"""At most this many pairs of characters after a run's first one are looked ahead for (:func:`_next_two`)."""


def _next_two(lead: str, rests: str) -> str:
    """A look-ahead for the two characters that can follow ``lead`` in a match of ``lead(?:rests)`` (a
    word trie of the pairs), where the runs after it open otherwise than with one literal: the stdlib finds
    the lead in its fast loop and tries the alternatives at each place, seven alternatives at every space
    of an English lead (20 µs; 11 with the pairs looked ahead for). The pairs are those of the characters
    a lowercased lead holds (:func:`_patterns.folded`) that open a match (`regex`'s partial match of the
    lead and the two); "" where a run may read fewer than two characters after the lead, reads back over
    it (a look-behind) or admits more than :data:`_PAIRS` pairs or one first character only."""
    span = _alternatives_span(rests)
    if span is None or span[0] < 2 or "(?<" in rests:
        return ""
    try:
        whole = regex.compile(f"{re.escape(lead)}(?:{rests})")
    except regex.error:
        return ""
    chars = _lowered_chars()
    firsts = [ch for ch in chars if whole.match(lead + ch, partial=True) is not None]
    if len(firsts) < 2:
        return ""
    pairs: set[str] = set()
    for first in firsts:
        pairs.update(first + ch for ch in chars if whole.match(lead + first + ch, partial=True) is not None)
        if len(pairs) > _PAIRS:
            return ""
    return f"(?={word_trie(pairs)})" if pairs else ""


_LOWERED: list[str] = []


def _lowered_chars() -> str:
    """The characters of the fast blocks and their lower cases (those a lowercased lead holds)."""
    if not _LOWERED:
        chars = _fast_chars()
        _LOWERED.append("".join(sorted(set(chars) | {ch.lower() for ch in chars if len(ch.lower()) == 1})))
    return _LOWERED[0]


def places(lead_plan: Plan, found: tuple[Anchor, ...], low: str, stop: int) -> list[list[int]]:
    """For each anchor, where ``low`` holds its run before ``stop``, in order (the last answer kept: a
    lead's particulars and its addresses ask it in turn)."""
    last = _last_places[0]
    if last[0] is low and last[1] == stop and last[2] is lead_plan:
        return last[3]
    out: list[list[int]] = [[] for _ in range(lead_plan.size)]
    for pattern, members in lead_plan.searches:
        hit = pattern.search(low, 0, stop)
        while hit is not None:
            at = hit.start()
            for i in members:
                if len(members) == 1 or found[i].find.match(low, at, stop) is not None:
                    out[i].append(at)
            hit = pattern.search(low, at + 1, stop)
    worded = set()
    for word, members in lead_plan.words:
        at = low.find(word, 0, stop)
        while at >= 0:
            for i in members:
                if found[i].find.match(low, at, stop) is not None:
                    out[i].append(at)
                    worded.add(i)
            at = low.find(word, at + 1, stop)
    for i in worded:
        out[i].sort()
    _last_places[0] = (low, stop, lead_plan, out)
    return out


_last_places: list[tuple[str | None, int, Plan | None, list[list[int]]]] = [(None, -1, None, [])]


class Overlong(Exception):
    """A lead holds a word longer than :data:`TOKEN_CHARS`: the windows do not hold there."""


def _word_first(alternative: str) -> bool:
    """Whether every match of the alternative starts with a word character (its opening, look-behinds made
    empty, admits no other character of the text a fast scan reads)."""
    try:
        body = regex.compile(_opening(alternative).replace("(?<=", "(?<=|"), regex.IGNORECASE)
    except regex.error:
        return False
    return all(_WORD.match(ch) is not None for ch in _fast_chars() if body.match(ch, partial=True) is not None)


_WORD = regex.compile(r"\w")


_SHORTEST_HEAD = 3
"""A run that opens with a group of literal words of at least this many characters is found by `str.find`
of each (:func:`_heads`): the stdlib's search of a group tries it at each of its first characters."""


def _heads(element: str, quantifier: str) -> tuple[str, ...]:
    """The literal words one of which an element that is a group opens with (:func:`_patterns.prefixes`),
    none starting with another; () where it is not such a group (or one that may be left out) or one is
    shorter than :data:`_SHORTEST_HEAD`."""
    group = _group(element)
    if group is None or quantifier:
        return ()
    found = prefixes(f"(?:{group[1]})")
    if not found or min(map(len, found)) < _SHORTEST_HEAD:
        return ()
    return tuple(sorted(h for h in found if not any(o != h and h.startswith(o) for o in found)))


def _best_run(variant: str) -> _Run | None:
    """The run of :func:`_runs` that finds the variant's matches best (one led by a literal character or by
    a group of literal words, then the most literal characters, up to :data:`_LONGEST`, then one led by a
    character, then the fewest words to find, then the narrowest window, then the most characters),
    where it lies at a bounded distance from a match's start; None where none does."""
    runs = [run for run in _runs(rf"(?<!\w)(?:{variant})(?!\w)") or () if run.lo is not None and run.hi is not None]
    return max(runs, key=_merit) if runs else None


def _merit(run: _Run) -> tuple[bool, int, bool, int, int, int]:
    """How well a run finds its alternative's matches (see :func:`_best_run`)."""
    assert run.lo is not None and run.hi is not None
    return run.led or bool(run.heads), min(run.chars, _LONGEST), run.led, -len(run.heads), -((run.hi - run.lo) // _WIDE), run.chars


_WIDE = 16
"""Runs whose windows differ by less than this many starts are found as fast (a window costs about 1 µs
and a tenth of one for each of its starts)."""


def anchors(alternatives: Iterable[str]) -> tuple[tuple[Anchor, ...], tuple[str, ...]]:
    """The anchors that find every match of the alternatives (one for each run that the best runs of their
    variants, :func:`variants`, share: its window the widest of theirs, tried for the alternatives that
    read it), and the alternatives that have none (a variant of them has no run at a bounded distance)."""
    by_run: dict[tuple[str, tuple[str, ...]], tuple[list[str], list[int]]] = {}
    leads: dict[str, str] = {}
    rest: list[str] = []
    for alternative in alternatives:
        runs = [_best_run(variant) for variant in variants(alternative)]
        if any(run is None for run in runs):
            rest.append(alternative)
            continue
        for run in runs:
            assert run is not None and run.lo is not None and run.hi is not None
            readers, bounds = by_run.setdefault((run.fragment, run.heads), ([], []))
            leads[run.fragment] = run.lead
            if alternative not in readers:
                readers.append(alternative)
            bounds += [run.lo, run.hi]
    found: list[Anchor] = []
    for (fragment, heads), (readers, bounds) in by_run.items():
        # (a start found in a window is one of the alternatives' matches, and none of the matches the run
        # finds lies before it: what the scan needs, though another run finds some of them)
        either = "|".join(readers)
        step = r"\b" if all(_word_first(reader) for reader in readers) else r"(?<!\w)"
        tries = regex.compile(rf"(?s)(?:.{{0,{max(bounds) - min(bounds)}}}?{step})(?=(?<!\w)(?:{either})(?!\w))", regex.IGNORECASE)
        found.append(Anchor(re.compile(fragment), leads[fragment], heads, min(bounds), max(bounds), tries))
    return tuple(found), tuple(rest)


_last: list[tuple[str | None, int, bool]] = [(None, -1, False)]


def short_tokens(low: str, stop: int) -> bool:
    """Whether ``low`` up to ``stop`` holds no run of more than :data:`TOKEN_CHARS` characters other than
    a space (" ": a run of characters other than spaces of any kind is no longer); the last answer kept: a
    lead's particulars and its addresses ask it in turn."""
    last = _last[0]
    if last[0] is low and last[1] == stop:
        return last[2]
    at, answer = 0, True
    while at < stop - TOKEN_CHARS:  # (`at` starts a run; one from the last TOKEN_CHARS characters on is short)
        space = low.rfind(" ", at, at + TOKEN_CHARS + 1)
        if space < 0:
            answer = False
            break
        at = space + 1
    _last[0] = (low, stop, answer)
    return answer
