"""Stage: pipeline."""

from __future__ import annotations

import bisect

from ..models import (
    Claim,
    published_day,
)
from ..numbers import grammar, iter_counts
from .build import BuildStage
from .patterns import _PARAGRAPH


class Extractor(BuildStage):
    def run(self) -> list[Claim]:
        body = self._header()
        text = self.text
        counts = [c for c in iter_counts(grammar(self.lex.lang.code), text, "interval", self.low) if c.start >= body]
        if not counts:
            return []
        # only paragraphs with figures, and the paragraph before each (whose source may carry on),
        # are read sentence by sentence
        paragraph_starts = [m.end() for m in _PARAGRAPH.finditer(text, body)]
        regions: list[tuple[int, int]] = []
        for index in sorted({bisect.bisect_right(paragraph_starts, c.start) for c in counts}):
            lo = body if index < 2 else paragraph_starts[index - 2]
            hi = paragraph_starts[index] if index < len(paragraph_starts) else len(text)
            if regions and lo <= regions[-1][1]:
                regions[-1] = (regions[-1][0], hi)
            else:
                regions.append((lo, hi))
        self.regions = regions
        sentences = [s for lo, hi in regions for s in self._sentences(lo, hi, paragraph_starts)]
        self.count_starts = [c.start for c in counts]
        starts = [s.start for s in sentences]
        for count in counts:
            index = bisect.bisect_right(starts, count.start) - 1
            if index >= 0 and count.start < sentences[index].end:
                sentences[index].counts.append(count)
        self.doc.published = self.published
        self.doc.day = published_day(self.published)
        self.doc.country = self._article_country(body)
        self.body = body
        self._scan_marks(regions)
        self.lead = (body, paragraph_starts, sentences)
        no_figure = self.no_figure_marks
        self.last_items = []
        paragraph = -1
        for sentence in sentences:
            if sentence.paragraph != paragraph:
                self.last_items, paragraph = [], sentence.paragraph
            if sentence.counts and not self._any(no_figure, sentence.start, sentence.end):
                sentence.claims = self._claims_of(sentence)
                self.last_items = sentence.claims or self.last_items
        self._scan_dates(sentences)
        self._attribute(sentences)
        self._flag_unverified(sentences)
        return self._build(sentences)
