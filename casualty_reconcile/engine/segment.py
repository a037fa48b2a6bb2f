"""Stage: segment: the header, the site's name, the paragraphs and sentences read, and one scan of
the cues looked up by position later. The article's country is read in ``country.py``."""

from __future__ import annotations

import bisect
import datetime as dt
import functools

import regex

from .._patterns import (
    gated_finditer,
)
from ..errors import InputError
from ..models import (
    Flag,
    normalize_published,
)
from .country import ArticleCountry
from .doc import Sentence
from .patterns import (
    _BOUNDARY,
    _SITE_GAP,
    _SITE_LINE_CHARS,
    _SITE_SEPARATOR,
    _SITE_START,
    _dateline_at,
)


@functools.lru_cache(maxsize=16)
def _stem_groups(prefixes: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Literal starts grouped by what they open with (a first character that is no letter, "(" of "(afp)" and
    "(ap)"; else their first four characters, "der " of "der dpa"), each group with the start its members share."""
    groups: dict[str, list[str]] = {}
    for prefix in prefixes:
        groups.setdefault(prefix[:1] if not prefix[:1].isalnum() else prefix[:4], []).append(prefix)
    return tuple((_shared_start(members), tuple(members)) for members in groups.values())


def _shared_start(words: list[str]) -> str:
    """The start every one of ``words`` opens with (that of the first and the last in sort order)."""
    first, last = min(words), max(words)
    size = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))
    return first[:size]


class SegmentStage(ArticleCountry):
    __slots__ = ()

    def _header(self) -> int:
        body = 0
        m = self.lex.header.match(self.text)
        if m is not None:
            body = m.end()
            if self.published is None:
                try:
                    self.published = normalize_published(m.group("date"))
                except InputError:
                    pass
        # a dateline ends in a dash, or in "(source)" and a dash or a stop: without either, none
        d = _dateline_at(self.text, body)
        if d is not None and self._item_label(d.group("place")):
            d = None  # "UPDATE (1/3/17):": a label of the item, no dateline
        if d is not None and (d.group("source") or d.group("place").isupper() or "/" in d.group("place")
                              or self._place(d.group("place").split("/")[0].strip().title()) is not None):
            if d.group("source") and (self.source is None or self.source.casefold() == d.group("source").strip().casefold()):
                self.source = d.group("source").strip()
                self.outlet_in_text = True
            self.dateline_place = d.group("place").split("/")[0].strip()
            self.dateline_extra = (d.group("extra") or "").strip()  # "KABUL, Afghanistan (AP) --"
            body = d.end()
        if self.source is None:
            hit = self._outlet_in_head()
            if hit is not None and hit.lastgroup:
                self.source = self.lex.outlets[int(hit.lastgroup[1:])][1]
                self.outlet_in_text = True
        return body

    def _site_name(self) -> tuple[int, int]:
        """Where the headline line ends in its web page's site name ("... shooting - WBRC FOX6 News -
        Birmingham, AL", "... | NDR.de - Nachrichten - Hamburg"): the first separator after which a
        medium is named, to the line's end; its names are where the outlet sits, no place of the story
        ((0, 0): none). Not in a headline written in capitals, nor in a line that ends a sentence."""
        text, body = self.text, self.body
        end = text.find("\n", body, body + _SITE_LINE_CHARS + 1)
        head = text[body:end].rstrip() if end > body else ""
        if not head or head[-1] in ".!?" or head.isupper():
            return 0, 0
        for sep in _SITE_SEPARATOR.finditer(text, body + 10, end):
            at = _SITE_GAP.match(text, sep.end(), end)
            start = at.end() if at is not None else sep.end()
            if _SITE_START.match(text, sep.end(), end) is not None or self.lex.outlet_any.match(text, start, end) is not None:
                return sep.start(), end
        return 0, 0

    def _outlet_in_head(self) -> regex.Match[str] | None:
        """The first outlet mention in the first 2,000 characters (``outlet_any.search``), tried only
        where one of the outlets' literal starts stands in the lowercased text: every mention begins
        with one, and the search of the whole alternation costs about 0.25 µs a character. Starts that open
        alike are searched together, by the part they share ("(" of "(afp)", "(dpa)", "(reuters)"; "der d" of
        "der dpa", "der deutschen presse-agentur"; :func:`_stem_groups`): a 1.5 KB document's search 7.0 -> 4.3 µs
        (German), 5.3 -> 2.9 (English), 5.7 -> 3.4 (French)."""
        prefixes = self.lex.outlet_prefixes
        if self.low is None or "" in prefixes:
            return self.lex.outlet_any.search(self.text, 0, 2000)
        low = self.low
        starts: set[int] = set()
        for stem, members in _stem_groups(prefixes):  # (one search a group of starts that share their first characters)
            at = low.find(stem, 0, 2000)
            while at >= 0:
                if len(members) == 1 or any(low.startswith(prefix, at, 2000) for prefix in members):
                    starts.add(at)
                at = low.find(stem, at + 1, 2000)
        match = self.lex.outlet_any.match
        for at in sorted(starts):
            found = match(self.text, at, 2000)
            if found is not None:
                return found
        return None

    def _sentences(self, lo: int, hi: int, paragraph_starts: list[int], limit: int = 0) -> list[Sentence]:
        """The sentences between ``lo`` and ``hi`` (paragraph starts), each with its paragraph's index; the
        first ``limit`` of them only where given (read from ``lo`` on, they are the same)."""
        text = self.text
        out: list[Sentence] = []
        start = lo
        abbreviations = self.lex.lang.abbreviations
        month_re = self.lex.month_word
        for m in _BOUNDARY.finditer(text, lo, hi):
            # 'sagte er: "Es gab 12 Tote."': a sentence keeps its closing marks
            end = m.start() + len(m.group().rstrip()) if text[m.start()] != "\n" else m.start()
            if end <= start:
                continue
            if "\n" not in m.group():
                nxt = text[m.end() : m.end() + 1]
                if nxt.islower():
                    continue
                cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end), start - 1)
                token = text[cut + 1 : end].rstrip(".!?…\"'“”»«’)]").lstrip("\"'„“”»«(").lower()
                if token in abbreviations or (len(token) == 1 and token.isalpha()):
                    continue
                if token.isdigit() and month_re.match(text, m.end()):
                    continue
            out.append(Sentence(start, end, bisect.bisect_right(paragraph_starts, start)))
            start = m.end()
            if len(out) == limit:
                return out
        tail = text[start:hi]
        if tail.strip():
            out.append(Sentence(start, start + len(tail.rstrip()), bisect.bisect_right(paragraph_starts, start)))
        return out

    def _scan_marks(self, regions: list[tuple[int, int]]) -> None:
        """One pass over the document for every cue that is looked up by position later:
        attribution cues, reported speech, unverified and no-figure cues, corrections and withdrawals, day references."""
        day = self.doc.day
        cue: list[int] = []
        no_figure: list[int] = []
        reported: list[int] = []
        unverified: list[int] = []
        corrected: list[int] = []
        retracted: list[int] = []
        doubled: list[int] = []
        day_positions: list[int] = []
        days: list[dt.date] = []
        lists = {
            "cue": cue, "nofig": no_figure, "rep": reported, "unv": unverified,
            "cor": corrected, "ret": retracted, "dbl": doubled,
        }
        tally: list[tuple[int, int, str]] = []
        other_quantity = {"tally": Flag.PERIOD_TALLY.value, "other": Flag.OTHER_INCIDENT.value, "init": Flag.RETRACTED.value}
        marks, scan, first = self.lex.marks, self.lex.marks_scan, self.lex.marks_first.match
        found = (m for lo, hi in regions for m in gated_finditer(marks, scan, self.text, self.low, lo, hi, overlapped=True, match=first))
        for m in found:
            name = m.lastgroup or ""
            target = lists.get(name)
            if target is not None:
                if not target or target[-1] != m.start():
                    target.append(m.start())
            elif name in other_quantity:
                tally.append((m.start(), m.end(), other_quantity[name]))
            elif day is not None and name[:1] in ("w", "r"):
                word = m.start() + m.group().rfind(" ") + 1  # "since Friday": the day's word after its preposition
                if self.lex.period_start.match(self.text, max(0, word - 20), word) is not None and not self._event_day(m.end()):
                    continue  # "detained since Friday", "depuis vendredi", "seit Freitag": a period's start, no figure's day
                if name[0] == "w":
                    shift = -((day.weekday() - int(name[1:].split("_")[0])) % 7)
                else:
                    shift = self.lex.relative_offsets[int(name[1:])]
                try:
                    days.append(day + dt.timedelta(days=shift))
                except OverflowError:  # "Vortag" of 0001-01-01: no such day
                    self.outside_calendar.append(m.start())
                    continue
                day_positions.append(m.start())
        self.cue_marks, self.no_figure_marks, self.reported_marks, self.unverified_marks = cue, no_figure, reported, unverified
        self.correction_marks, self.retraction_marks, self.double_marks = corrected, retracted, doubled
        self.tally_marks = tally
        self.day_marks = (day_positions, days)

    def _event_day(self, end: int) -> bool:
        """Whether the day ending at ``end`` is an event's, by a possessive on the word after it ("from
        Tuesday night's shooting"): a day that names an event, not the start of a period."""
        endings = self.lex.lang.possessive_endings
        if not endings:
            return False
        after = self.text[end : end + 16].split(" ", 2)
        return len(after) > 1 and after[1].rstrip(".,;:").endswith(endings)
