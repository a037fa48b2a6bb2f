"""The stages of one document's extraction, in order, each with what it reads and writes.

=============  ==============  ==============================================================
stage          module          decides
=============  ==============  ==============================================================
header         segment.py      the body's start, the publication day and outlet of a header or dateline
counts         numbers/        the figures, from the number grammar
sentences      segment.py      the paragraphs worth reading, their sentences, each one's figures
document       segment.py      the article's country (country.py) and publication day
marks          segment.py      one scan for every cue looked up by position later
figures        figures.py      per figure: its evidence (evidence.py) and filters (figure_rules.py), what is counted
                               (category.py), who (group.py), where (place.py; its lookups: place_names.py,
                               place_seats.py)
dates          dates.py        days of a month in the sentences with figures
attribution    attribution.py  each sentence's source and via (the rules: attribution_rules.py, via_rules.py; the
                               noun phrases: speaker.py; what they name: speaker_names.py), carried into the
                               sentences that go on reporting
flags          flags.py        "could not be verified"
build          build.py        per figure: its source, its day, its claim
=============  ==============  ==============================================================

:data:`STAGES` declares what each stage reads and writes (the extractor's state, and the fields of
sentences and figures as ``sentence.x``, ``figure.x``); a test checks that no stage reads what a
later one writes, and that the state a stage sets and reads is declared.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import regex

from .._construct import constructor
from .._tail_scan import TailScan, prefix_finditer
from ..models import Claim, Count, Qualifier, published_day
from ..numbers import grammar, iter_counts
from .build import BuildStage
from .patterns import _PARAGRAPH

_COUNT = constructor(Count)  # Count.model_construct, faster (see _construct.py)
_HEADLINE_CHARS = 200  # a first line this long at most is a headline (for headline_victim_words)

class Extractor(BuildStage):
    """The extraction of one document: :meth:`run` passes it through :data:`STAGES`."""

    __slots__ = ()

    def run(self) -> list[Claim]:
        for stage in STAGES:
            stage.run(self)
            if stage.name == "counts" and not self.counts:
                return []
        return self.claims

    def _stage_header(self) -> None:
        self.body = self._header()
        self.site_name = self._site_name()

    def _stage_counts(self) -> None:
        counts = [c for c in iter_counts(grammar(self.lex.lang.code), self.text, "interval", self.low) if c.start >= self.body]
        lang = self.lex.lang
        if lang.zero_words or lang.single_victim_words or lang.victim_list_words or lang.injured_object_words or lang.verb_first_words:
            counts = self._with_word_counts(counts)
        self.counts = counts

    def _with_word_counts(self, counts: list[Count]) -> list[Count]:
        """The counts, the words that count none ("No one was injured", "Verletzt wurde niemand") as
        counts of zero and one person named with a verb of death ("The victim died") as a count of
        one; a number inside such words ("no one") is theirs, a count of its own ("a man") keeps its words."""
        lex, text, body, lang = self.lex, self.text, self.body, self.lex.lang
        # the single victim and a list of victims found from the verb after them, none from the words it
        # starts with (fast scans where the patterns allow them; no scan for a language without the words)
        ones = _found(lex.single_victim, lex.single_victim_scan, text, self.low, body) if lang.single_victim_words else ()
        nones = prefix_finditer(lex.zero, lex.zero_scan, text, self.low, body) if lang.zero_words else ()
        lists = _found(lex.victim_list, lex.victim_list_scan, text, self.low, body) if lang.victim_list_words else ()
        # one injured named after the verb ("critically injuring his father"), found from the verb
        objects = list(prefix_finditer(lex.injured_object, lex.injured_object_scan, text, self.low, body)) if lang.injured_object_words or lang.verb_first_words else []
        if objects:  # an article or an age counted inside it is its own ("shot a man in the leg", "wounded Jon Doe, 25,")
            counts = [c for c in counts if not (_own_word(c, lang.not_alone) and any(m.start() <= c.start and c.end <= m.end() for m in objects))]
        # a headline's one victim after a modifier ("Columbus teen killed in ..."): the first line only
        line_end = text.find("\n", body, body + _HEADLINE_CHARS + 1)
        if line_end > body and text[body:line_end].rstrip().endswith("."):
            line_end = -1  # a sentence, no headline
        heads = _found(lex.headline_victim, lex.headline_victim_scan, text, self.low, body, line_end) if line_end > body else ()
        # (counts of 0 or 1, or of a list's members: every field of its type, the bounds equal, no validation)
        words = [
            _COUNT(value=value, qualifier=Qualifier.EXACT, low=value, high=value, surface=m.group(), start=m.start(), end=m.end())
            for m, value in ((m, _named(m, one)) for one, found in ((0, nones), (1, ones), (1, heads), (1, lists), (1, objects)) for m in found)
        ]
        if line_end > body or objects:  # a victim two patterns find counts once
            unique: list[Count] = []
            for w in sorted(words, key=lambda w: (w.start, -w.end)):
                if not any(u.start < w.end and w.start < u.end for u in unique):
                    unique.append(w)
            words = unique
        if not words:
            return counts
        # a list of victims named with their ages: the ages in it are no counts
        named = [w for w in words if (w.value or 0) > 1]
        if named:
            counts = [c for c in counts if not any(w.start <= c.start and c.end <= w.end for w in named)]
        words = [w for w in words if w.value == 0 or not any(c.start < w.end and w.start < c.end for c in counts)]
        # a count of one right before a victim's words is their article ("ein | weiterer Mann wurde verletzt"):
        # one person, counted by the words
        ones_at = {w.start for w in words if w.value == 1}
        counts = [c for c in counts if c.value != 1 or c.end + 1 not in ones_at or text[c.end] != " "]
        kept = [c for c in counts if not any(w.value == 0 and w.start < c.end and c.start < w.end for w in words)]
        return sorted(kept + words, key=lambda c: c.start)

    def _stage_sentences(self) -> None:
        # only paragraphs with figures, and the paragraph before each (whose source may carry on),
        # are read sentence by sentence
        text, body, counts = self.text, self.body, self.counts
        self.paragraph_starts = paragraph_starts = [m.end() for m in _PARAGRAPH.finditer(text, body)]
        regions: list[tuple[int, int]] = []
        for index in sorted({bisect.bisect_right(paragraph_starts, c.start) for c in counts}):
            lo = body if index < 2 else paragraph_starts[index - 2]
            hi = paragraph_starts[index] if index < len(paragraph_starts) else len(text)
            if regions and lo <= regions[-1][1]:
                regions[-1] = (regions[-1][0], hi)
            else:
                regions.append((lo, hi))
        self.regions = regions
        self.sentences = sentences = [s for lo, hi in regions for s in self._sentences(lo, hi, paragraph_starts)]
        self.count_starts = [c.start for c in counts]
        starts = [s.start for s in sentences]
        for count in counts:
            index = bisect.bisect_right(starts, count.start) - 1
            if index >= 0 and count.start < sentences[index].end:
                sentences[index].counts.append(count)

    def _stage_document(self) -> None:
        self.doc.published = self.published
        self.doc.day = published_day(self.published)
        self.doc.country = self._article_country(self.body)

    def _stage_marks(self) -> None:
        self._scan_marks(self.regions)
        self.lead = (self.body, self.paragraph_starts, self.sentences)

    def _stage_figures(self) -> None:
        no_figure = self.no_figure_marks
        self.last_items = []
        paragraph = -1
        for sentence in self.sentences:
            if sentence.paragraph != paragraph:
                self.last_items, paragraph = [], sentence.paragraph
            if sentence.counts and not self._any(no_figure, sentence.start, sentence.end):
                sentence.claims = self._claims_of(sentence)
                self.last_items = sentence.claims or self.last_items

    def _stage_dates(self) -> None:
        self._scan_dates(self.sentences)

    def _stage_attribution(self) -> None:
        self._attribute(self.sentences)

    def _stage_flags(self) -> None:
        self._flag_unverified(self.sentences)
        self._flag_revisions(self.sentences)
        self._flag_members(self.sentences)

    def _stage_build(self) -> None:
        self._shot_among_dead(self.sentences)
        self.claims = self._build(self.sentences)


def run_many(engines: Sequence[Extractor]) -> list[list[Claim]]:
    """The claims of each document, as :meth:`Extractor.run` gives them, each stage run over all the
    documents before the next: a stage's patterns stay in the processor's caches from one document to
    the next (the language's compiled patterns, about 10 MB, are far more than a cache holds, and one
    document at a time finds each stage's out of the cache again). The documents keep no state in
    common but the per-language lookups (``memo.py``), which depend on no document."""
    live = list(engines)
    for stage in STAGES:
        for engine in live:
            stage.run(engine)
        if stage.name == "counts":
            live = [engine for engine in live if engine.counts]
    return [engine.claims if engine.counts else [] for engine in engines]


def _found(
    pattern: regex.Pattern[str], scan: TailScan | None, text: str, low: str | None, pos: int, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """The matches of a pattern of words that count, from its tail scan where it has one."""
    return pattern.finditer(text, pos, endpos) if scan is None else scan.finditer(text, low, pos, endpos)


def _own_word(count: Count, articles: frozenset[str]) -> bool:
    """Whether a count inside a victim's words is theirs: an article, or digits alone (an age)."""
    return count.surface.lower() in articles or count.surface.isdigit()


def _named(m: regex.Match[str], value: int) -> int:
    """The count of a word that counts: the persons a list names (the captures of its group ``item``:
    "Jon Doe, 19, Al Roe, 21, and Ed Poe, 17, were wounded" is three), else ``value``."""
    items = set(m.spans("item")) if "item" in m.re.groupindex else ()  # (a gate may have matched them too)
    return len(items) if len(items) > 1 else value


@dataclass(frozen=True, slots=True)
class Stage:
    """A pass over the document: its name, the module that holds its rules, what it reads and writes."""

    name: str
    module: str
    reads: frozenset[str]
    writes: frozenset[str]
    run: Callable[[Extractor], None]


def _stage(name: str, module: str, reads: str, writes: str, run: Callable[[Extractor], None]) -> Stage:
    return Stage(name, module, frozenset(reads.split()), frozenset(writes.split()), run)


STAGES: tuple[Stage, ...] = (
    _stage("header", "segment", "text low lex published source", "body published source dateline_place dateline_extra outlet_in_text site_name",
           Extractor._stage_header),
    _stage("counts", "numbers", "text low lex body", "counts", Extractor._stage_counts),
    _stage("sentences", "segment", "text lex body counts", "paragraph_starts regions sentences count_starts sentence.counts",
           Extractor._stage_sentences),
    _stage("document", "segment", "text low lex body counts published dateline_place dateline_extra paragraph_starts site_name", "doc",
           Extractor._stage_document),
    _stage("marks", "segment", "text low lex doc regions body paragraph_starts sentences",
           "cue_marks no_figure_marks reported_marks unverified_marks correction_marks retraction_marks double_marks "
           "tally_marks day_marks outside_calendar lead",
           Extractor._stage_marks),
    _stage("figures", "figures", "text low lex body doc sentences sentence.counts count_starts cue_marks no_figure_marks double_marks "
           "tally_marks lead event place_names paragraph_starts dateline_place dateline_extra site_name",
           "sentence.claims last_items dropped event place_names figure.category figure.group figure.location "
           "figure.location_default figure.parent figure.trace figure.evidence", Extractor._stage_figures),
    _stage("dates", "dates", "text low lex doc body sentences sentence.claims day_marks", "day_marks lead_days", Extractor._stage_dates),
    _stage("attribution", "attribution", "text low lex doc body sentences sentence.claims cue_marks reported_marks "
           "day_marks counts count_starts place_names speakers referents previous_speaker correction_marks site_name name_rules",
           "sentence.attr sentence.carried figure.attribution speakers referents previous_speaker place_names name_rules",
           Extractor._stage_attribution),
    _stage("flags", "flags", "text lex sentences sentence.claims unverified_marks correction_marks retraction_marks double_marks", "figure.flags",
           Extractor._stage_flags),
    _stage("build", "build", "text low lex body doc doc_id source published sentences sentence.claims sentence.attr "
           "figure.attribution figure.location figure.location_default figure.evidence figure.flags figure.category figure.count "
           "cue_marks day_marks lead_days trace "
           "counts count_starts base_names outlet_in_text correction_marks name_rules dateline_place",
           "claims figure.as_of figure.group figure.count figure.flags figure.attribution figure.location figure.evidence figure.trace base_names "
           "outlet_in_text",
           Extractor._stage_build),
)
