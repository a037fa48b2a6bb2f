"""Stage: dates."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

import regex

from .._class_start_scan import class_start_scan
from .._patterns import (
    Scan,
    gated_finditer,
)
from .._word_digit_scan import word_digit_scan
from ..event_words import DAY, LEAD_CHARS
from .doc import Sentence
from .lexicon import _SCANS
from .patterns import _DIGITS_RUN
from .segment import SegmentStage

_YEARLESS_BACK = 183
"""A day of a month the lead writes without a year is recalled (:meth:`DatesStage._lead_days`) up to this
many days before publication; further back it is a day of the months ahead (a court date)."""
_MONTH = ("(?:{month})", "{month}")
_LITERAL_GAP = re.compile(r"[ ,]+")


@lru_cache(maxsize=8)
def _month_gap(formats: tuple[str, ...]) -> int | None:
    """The most characters, no word characters, between a date's month and its first digit where the month opens it
    ("Jan. 3": the stop the month may end with in the gate, ``lexicon._dates``, and the form's space), 0 where every
    date opens with its digits; None where a form opens otherwise (its dates found by the scan of word starts)."""
    gap = 0
    for form in formats:
        head = form.split("\\d", 1)[0] if "\\d" in form else None
        if head is None:
            return None
        if not head:
            continue
        month = next((m for m in _MONTH if head.startswith(m)), None)
        rest = head[len(month) :] if month is not None else ""
        if not _LITERAL_GAP.fullmatch(rest):
            return None
        gap = max(gap, len(rest) + 1)
    return gap


def _date_scan(scan: Scan | None, formats: tuple[str, ...]) -> Scan | None:
    """The scan of the dates' starts: from their digits (German and French dates open with them, English ones with
    them or with the month right before them: :mod:`.._class_start_scan`, :mod:`.._word_digit_scan`)."""
    gap = _month_gap(formats)
    return class_start_scan(scan) if not gap else word_digit_scan(scan, gap)


class DatesStage(SegmentStage):
    __slots__ = ()

    def _scan_dates(self, sentences: list[Sentence]) -> None:
        """Days of a month ("am 3. Januar", "on Jan. 3, 2024") in the sentences with figures, added to
        the day references (only there: a scan of every paragraph would cost more than they give), and
        the days the lead writes before publication (:meth:`_lead_days`). Where a sentence has figures
        the lead is scanned once, and a sentence inside it takes the lead's matches (:meth:`_reused`)
        instead of a scan of its own: a short document's dates 26-38 -> 17-25 µs (one scan of its
        1,500 characters where it had two and one a sentence)."""
        day = self.doc.day
        if day is None or not self.lex.lang.months or not any(sentence.claims for sentence in sentences):
            return
        positions, days = self.day_marks
        scan = _date_scan(_SCANS.get(self.lex.dates), self.lex.lang.date_formats)  # (from their digits)
        lead_end = self.body + LEAD_CHARS
        lead = list(gated_finditer(self.lex.dates, scan, self.text, self.low, self.body, lead_end))
        self.lead_days = self._lead_days(lead, day)
        for sentence in sentences:
            if not sentence.claims:
                continue
            found = self._reused(lead, sentence, lead_end)
            if found is None:
                found = list(gated_finditer(self.lex.dates, scan, self.text, self.low, sentence.start, sentence.end))
            for m in found:
                date = self._date(m, day)
                if date is not None:
                    index = bisect.bisect_left(positions, m.start())
                    positions.insert(index, m.start())
                    days.insert(index, date)

    def _days_of_lead(self) -> list[str]:
        """The lead's days (:meth:`_lead_days`), as the dates stage found them, else scanned now."""
        if self.lead_days is not None:
            return self.lead_days
        day = self.doc.day
        if day is None or not self.lex.lang.months:
            return []
        scan = _date_scan(_SCANS.get(self.lex.dates), self.lex.lang.date_formats)
        lead = gated_finditer(self.lex.dates, scan, self.text, self.low, self.body, self.body + LEAD_CHARS)
        return self._lead_days(lead, day)

    def _reused(self, lead: list[regex.Match[str]], sentence: Sentence, lead_end: int) -> list[regex.Match[str]] | None:
        """The matches a scan of ``sentence`` alone finds, taken from the lead's (``lead``, scanned to
        ``lead_end``), or None where they might differ. They are the same where the sentence lies inside
        the lead and ends before a space (a date reads no further than one space and a digit, "Jan. 3,
        2024": such a date across the sentence's end is one of the lead's that crosses it), and no match
        of the lead crosses its start or end: the lead's scan then tries every place of the sentence
        as its own scan does, each to the same end."""
        start, end, text = sentence.start, sentence.end, self.text
        if start < self.body or end >= min(lead_end, len(text)) or not text[end].isspace():
            return None
        found = []
        for m in lead:
            if m.end() <= start:
                continue
            if m.start() >= end:
                break
            if m.start() < start or m.end() > end:
                return None
            found.append(m)
        return found

    def _lead_days(self, lead: Iterable[regex.Match[str]], day: dt.date) -> list[str]:
        """The days of a month the lead (its dates ``lead``) writes before the publication ``day``, as
        particulars ``day:2017-02-20`` ("shooting Jon Doe ... around 2:30 p.m. Feb. 20, police said", "The
        shooting happened ... Aug. 26, 2015"): a follow-up dates the incident there in a sentence without a
        figure, and event resolution reads a day further back than its look-back as the day it recalls."""
        found = set()
        for m in lead:
            date = self._date(m, day)
            if date is None or date >= day:
                continue
            if (day - date).days > _YEARLESS_BACK and not any(len(n) == 4 for n in _DIGITS_RUN.findall(m.group())):
                continue  # a day without a year half a year back is one of the months ahead: "next in court Sept. 20"
            found.add(f"{DAY}{date.isoformat()}")
        return sorted(found)

    def _date(self, m: regex.Match[str], published: dt.date) -> dt.date | None:
        """The day a date names ("am 3. Januar", "on Jan. 3, 2024"): without a year, the last such
        day before publication (or within a week after it); ``None`` for the start of a period
        ("seit dem 7. Oktober") or a day no month has."""
        if self.lex.period_start.match(self.text, max(0, m.start() - 20), m.start()):
            return None
        written = m.group("month")
        month = next((number for pattern, number in self.lex.month_numbers if pattern.match(written)), None)
        if month is None:
            return None
        numbers = [int(n) for n in _DIGITS_RUN.findall(m.group())]
        days_of_month = [n for n in numbers if 1 <= n <= 31]
        years = [n for n in numbers if n >= 1000]
        if not days_of_month:
            return None
        try:
            if years:
                return dt.date(years[0], month, days_of_month[0])
            date = dt.date(published.year, month, days_of_month[0])
            if (date - published).days > 7:  # (not published + 7 days: past 9999-12-24 there is none)
                date = dt.date(published.year - 1, month, days_of_month[0])
        except ValueError:
            return None
        return date

    def _day(self, start: int, end: int) -> dt.date | None:
        """The day a reference between ``start`` and ``end`` names (the one nearest the middle)."""
        positions, days = self.day_marks
        lo = bisect.bisect_left(positions, start)
        hi = bisect.bisect_left(positions, end)
        if lo >= hi:
            return None
        middle = (start + end) // 2
        best = min(range(lo, hi), key=lambda i: abs(positions[i] - middle))
        return days[best]
