"""A gate's word starts found from the digits in their matches, where a word may come before the digit.

A :class:`~casualty_reconcile._patterns.Scan` of word starts looks for a non-word character followed by
its gate (``\\W(?=...)``): the standard library tries the gate at every space and stop of the text.
The dates of English open with a digit ("3rd of May") or with the month right before one ("Jan. 3"):
the letters a month may open with open most words, so :mod:`._class_start_scan` (the starts from their
digits, German and French) does not apply, and the scan of a 1.5 KB lead tried the gate about 300 times
(20 µs). Every match of such a gate holds a digit with no word character before it, and before that
digit at most one run of word characters and a few other characters (``gap``): its start is that digit,
or the start of the run of word characters that ends at most ``gap`` characters before it. The digits are
found in the stdlib's loop for a leading class, and the gate is tried at those places only: the same
starts (tests/test_date_scan_fast.py), the lead's 20 -> about 7 µs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ._patterns import Scan

_WORD_CHAR = re.compile(r"\w")
_DIGIT = re.compile(r"\d(?<!\w.)")  # a digit with no word character before it (`re`'s \w, as the Scan reads)
_ASCII_DIGIT = re.compile(r"[0-9](?<!\w.)")  # the same in ASCII text (found faster)


class WordDigitScan(Scan):
    """The starts of ``scan`` (a scan of word starts) whose gate's matches all hold a digit with at most one
    run of word characters and at most ``gap`` other characters before it."""

    __slots__ = ("gap",)

    def __init__(self, scan: Scan, gap: int) -> None:
        super().__init__(scan.at.pattern, word_starts=True)
        self.gap = gap

    def starts(self, low: str, pos: int, end: int) -> Iterator[int]:
        at, word, gap = self.at.match, _WORD_CHAR.match, self.gap
        last = -1
        for m in (_ASCII_DIGIT if low.isascii() else _DIGIT).finditer(low, pos, end):
            digit = m.start()
            # back over at most ``gap`` characters that are no word characters, then over a word
            j, k = digit - 1, 0
            while j >= pos and k < gap and word(low, j) is None:
                j, k = j - 1, k + 1
            if k and j >= pos and word(low, j) is not None:
                while j > 0 and word(low, j - 1) is not None:
                    j -= 1
                if j >= pos and j > last and at(low, j, end) is not None:
                    yield j
                    last = j
            if digit > last and at(low, digit, end) is not None:
                yield digit
                last = digit


@lru_cache(maxsize=16)
def word_digit_scan(scan: Scan | None, gap: int | None) -> Scan | None:
    """``scan``, or where ``gap`` is known (the gate's matches all hold a digit as :class:`WordDigitScan`
    reads them) and ``scan`` scans plain word starts, its :class:`WordDigitScan`."""
    if scan is None or gap is None or scan.after is None or scan.marks is not None:
        return scan
    return WordDigitScan(scan, gap)


__all__ = ["WordDigitScan", "word_digit_scan"]
