"""Shortcuts of the story place that keep its result. The runs of capitalised words (``engine.patterns.place_runs``)
read by the standard library on text ``_patterns.folded`` accepts are the runs the `regex` scan of ``_PLACE_RUN``
finds: on the case rows and seeds of three languages (whole, and from and to positions inside them) and on
made-up text of names, initials, elided articles, abbreviations and odd characters. The marks a dateline needs
(``_DATELINE_MARKS``, searched from a leading class) are found where the two alternatives found them. The lead's
sentences segmented four at a time are those segmented eight at a time, past page furniture. The outlet in a
document's head, searched by the starts its outlets share, is the plain search's. German and French dates found
from their digits start where the scan of word starts found them."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile._class_start_scan import ClassStartScan, class_start_scan
from casualty_reconcile._patterns import folded
from casualty_reconcile.engine.lexicon import _SCANS
from casualty_reconcile.engine.patterns import (
    _DATELINE_MARKS,
    _LEAD_CHARS,
    _LEAD_SENTENCES,
    _PARAGRAPH,
    _PLACE_RUN,
    place_runs,
)
from casualty_reconcile.engine.pipeline import STAGES, Extractor
from casualty_reconcile.extract import lexicon
from tests.corpus_texts import case_texts, seed_texts

ROOT = Path(__file__).resolve().parent.parent


def _same(text: str, lo: int = 0, hi: int | None = None) -> int:
    """The number of runs found, after checking that both scans find the same from ``lo`` to ``hi``."""
    hi = len(text) if hi is None else hi
    plain = [m.span() for m in _PLACE_RUN.finditer(text, lo, hi)]
    low = folded(text)
    if low is not None:
        assert [m.span() for m in place_runs(text, low, lo, hi)] == plain, (text[lo:hi], lo, hi)
    assert [m.span() for m in place_runs(text, None, lo, hi)] == plain
    return len(plain)


def _texts() -> list[str]:
    return [text for _, text in case_texts()] + seed_texts()


def test_case_rows_and_seeds() -> None:
    texts = _texts()
    found = folded_texts = 0
    for text in texts:
        found += _same(text)
        folded_texts += folded(text) is not None
        for lo in range(1, min(len(text), 300), 13):  # (a look-behind reads the characters before the scan's start)
            _same(text, lo, max(lo, len(text) - lo // 2))
    assert len(texts) > 3000 and found > 10_000 and folded_texts > 3000


_WORDS = st.sampled_from(["Max", "St.", "Mt.", "Ft", "K.", "A.B.", "ÄRGER", "Élise", "l'", "d’", "qu'", "O'Neil", "Jean-Luc",
                          "Köln-", "-Nord", "US-Außenminister", "de", "la", "U2", "3D", "le", "x", "É", "Ὀδυσσεύς", "Ωμέγα",
                          "ſ", "ﬁ", "Ǆ", "ǅ", "e\u0301", "'", "’", ".", "-", "(", ")", "12"])


@settings(max_examples=500)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", " ", " ", "", ", ", "\n", "\u00a0", ". "])), max_size=24),
       st.integers(0, 40), st.integers(0, 40))
def test_made_up_text(words: list[tuple[str, str]], lo: int, cut: int) -> None:
    text = "".join(word + gap for word, gap in words)
    lo = min(lo, len(text))
    _same(text, lo, max(lo, len(text) - cut))


@settings(max_examples=300)
@given(st.text(alphabet="Aa Bb.'’-ÉéßÄ\n,1dl", max_size=60), st.integers(0, 10))
def test_hypothesis_text(text: str, lo: int) -> None:
    _same(text, min(lo, len(text)))


_OLD_DATELINE_MARKS = re.compile(r"\(|[–—-]\s")


@settings(max_examples=400)
@given(st.text(alphabet="(–—-) \n\t\u00a0\u2028a", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_the_dateline_marks_are_found_where_they_were(text: str, start: int, cut: int) -> None:
    start = min(start, len(text))
    end = max(start, len(text) - cut)
    assert (_DATELINE_MARKS.search(text, start, end) is None) == (_OLD_DATELINE_MARKS.search(text, start, end) is None)


_FURNITURE = "Share\n\nCopy Link Copy\n\nHide Transcript Show Transcript\n\n"


def _lead_texts() -> list[tuple[str, str]]:
    texts = []
    for language in ("de", "en", "fr"):
        rows = importlib.import_module(f"tests.cases.{language}_extract").CASES
        texts += [(language, case.text) for case in rows[::3]]
        # page furniture among the lead's first lines, and a lead of a few short sentences
        texts += [(language, case.text.replace("\n\n", "\n\n" + _FURNITURE, 1)) for case in rows[1::7]]
        texts += [(language, case.text.replace(". ", ".\n\nShare\n\n", 2)) for case in rows[2::7]]
    return texts


def test_the_lead_read_four_sentences_at_a_time_is_the_lead_read_eight_at_a_time() -> None:
    furnished = 0
    for language, text in _lead_texts():
        engine = Extractor(text, lexicon(language), "doc", None, "2024-01-07")
        for stage in STAGES[:2]:  # the header and the counts: the body's start
            stage.run(engine)
        body = engine.body
        starts = [m.end() for m in _PARAGRAPH.finditer(text, body)]
        hi = min(len(text), body + _LEAD_CHARS)
        whole = engine._past_furniture(engine._sentences(body, hi, starts, 2 * _LEAD_SENTENCES))
        assert engine._lead_sentences(body, hi, starts, []) == whole, text
        furnished += len(whole) > _LEAD_SENTENCES
    assert furnished > 20


_OUTLET_WORDS = st.sampled_from(["(AFP)", "(dpa)", "(AP)", "(Reuters)", "der dpa", "der Deutschen Presse-Agentur", "der d", "(",
                                 "told AFP", "told", "The Associated Press", "l'agence Reuters", "l’Agence France-Presse", "à l'AFP",
                                 "à Reuters", "Nachrichtenagentur AFP", "AFP-Reporter", "afp", "x", "der", "l'agence"])


@settings(max_examples=300)
@given(st.sampled_from(["de", "en", "fr"]), st.lists(st.tuples(_OUTLET_WORDS, st.sampled_from([" ", "", ", ", "\n"])), max_size=12))
def test_the_outlet_in_the_head_is_found_where_the_plain_search_finds_it(code: str, words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    _same_outlet(code, text)


def _same_outlet(code: str, text: str) -> None:
    lex = lexicon(code)
    fast, plain = Extractor(text, lex, "doc", None, None)._outlet_in_head(), lex.outlet_any.search(text, 0, 2000)
    assert (fast and fast.span()) == (plain and plain.span()), text


def test_the_outlet_in_the_head_of_the_case_rows() -> None:
    for code in ("de", "en", "fr"):
        for case in importlib.import_module(f"tests.cases.{code}_extract").CASES:
            _same_outlet(code, case.text)


def _same_starts(code: str, text: str, pos: int = 0, end: int | None = None) -> int:
    """The number of date starts found, after checking that the digits' scan finds those of the word starts' scan."""
    scan = _SCANS[lexicon(code).dates]
    fast, low = class_start_scan(scan), folded(text)
    end = len(text) if end is None else end
    if low is None or scan is None or fast is None:
        return 0
    found = list(scan.starts(low, pos, end))
    assert list(fast.starts(low, pos, end)) == found, (text[pos:end], pos, end)
    return len(found)


def test_the_dates_are_scanned_from_their_digits_where_each_opens_with_one() -> None:
    assert isinstance(class_start_scan(_SCANS[lexicon("de").dates]), ClassStartScan)
    assert isinstance(class_start_scan(_SCANS[lexicon("fr").dates]), ClassStartScan)
    assert class_start_scan(_SCANS[lexicon("en").dates]) is _SCANS[lexicon("en").dates]  # (a month opens an English date)
    found = 0
    for code in ("de", "fr"):
        for text in _texts():
            found += _same_starts(code, text)
            for pos in range(1, min(len(text), 200), 17):
                _same_starts(code, text, pos, max(pos, len(text) - pos // 3))
    assert found > 20


@settings(max_examples=400)
@given(st.sampled_from(["de", "fr"]),
       st.lists(st.sampled_from(["3.", "3", "12", "31.", "1er", "2024", "januar", "janvier", "mai", "märz", "août", "x", "-", ".", ",", " ",
                                 "\n", "_", "a1", "²", "٣", "3.Mai"]), max_size=16), st.integers(0, 20))
def test_made_up_dates_are_scanned_from_their_digits(code: str, words: list[str], pos: int) -> None:
    text = " ".join(words)
    _same_starts(code, text, min(pos, len(text)))
    _same_starts(code, text, 0, len(text) // 2)
