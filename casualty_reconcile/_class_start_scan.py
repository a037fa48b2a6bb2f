"""A gate's word starts found from the few characters they can open with.

A :class:`~casualty_reconcile._patterns.Scan` of word starts looks for a non-word character followed
by its gate (``\\W(?=...)``): the standard library then tries the gate's look-ahead at every space and
stop of the text. Where every start the gate admits opens with a digit (the dates of German and French,
"3. Januar", "3 janvier"), the digits are found in the stdlib's fast loop for a leading class and the
gate is tried there only: the dates of a 1.5 KB lead 15.8 -> 6.1 µs (German), 17.3 -> 7.5 (French). A
gate whose starts may be letters (English dates open with a month too: "Jan. 3") keeps its scan (a
letter opens most words: 24.8 -> 40.0 µs). The same starts (tests/test_story_place_fast.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ._patterns import Scan, _fast_chars


class ClassStartScan(Scan):
    """The starts of ``scan`` (a scan of word starts), found from ``firsts``, every character a start may be."""

    __slots__ = ("first",)

    def __init__(self, scan: Scan, firsts: str) -> None:
        super().__init__(scan.at.pattern, word_starts=True)
        # such a character with no word character before it (at the text's start: none)
        self.first = re.compile("[" + "".join(re.escape(ch) for ch in firsts) + r"](?<!\w.)")

    def starts(self, low: str, pos: int, end: int) -> Iterator[int]:
        at = self.at.match
        for m in self.first.finditer(low, pos, end):
            start = m.start()
            if at(low, start, end) is not None:
                yield start


@lru_cache(maxsize=64)
def class_start_scan(scan: Scan | None) -> Scan | None:
    """``scan``, or where it scans word starts that all open with a digit, the :class:`ClassStartScan` of
    those digits (the same starts)."""
    if scan is None or scan.after is None or scan.marks is not None:
        return scan
    gate = scan.at.pattern
    if not (gate.startswith("(?=") and gate.endswith(")")) or "(?<" in gate:
        return scan  # (a start's first character is read from the gate's body alone)
    body = regex.compile(gate[3:-1])
    firsts = "".join(ch for ch in _fast_chars() if body.match(ch, partial=True) is not None)
    if not firsts or not all(ch.isdigit() for ch in firsts):
        return scan  # (letters open most words: the scan of word starts is faster)
    return ClassStartScan(scan, firsts)
