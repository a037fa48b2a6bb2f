"""The dates' starts found from their digits (:mod:`casualty_reconcile._word_digit_scan`, English dates that open with
their month or their digits) are those the scan of word starts finds: on the case rows, the seed articles, the
local-news texts' shapes and random text, from any place to any end."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile._patterns import Scan, folded
from casualty_reconcile._word_digit_scan import WordDigitScan
from casualty_reconcile.engine.dates import _date_scan, _month_gap
from casualty_reconcile.engine.lexicon import _SCANS
from casualty_reconcile.extract import lexicon
from tests.corpus_texts import case_texts, seed_texts

HOSTILE = [
    "Jan. 3", "jan 3", "on Jan. 3, 2024 and Feb 29", "3rd of May", "May 3rd", "x3 May", "-3 May", "Jan.. 3", "Jan , 3",
    "Septembre 12", "Sept. 12,2020", "Jan 3Jan 4", "March3 4", "12 13 jan", "jan 1 jan 2 jan 3", "٣ May", "Jan ٣",
    "the 4th of July, 2019", "Dec. 31st", "3 January 2024", "Jan.\n3", "Jan\t3", "(Jan. 3)", "Jan_ 3", "5 de mayo",
]


def _scans(code: str) -> tuple[Scan, Scan]:
    scan = _SCANS[lexicon(code).dates]
    assert scan is not None
    fast = _date_scan(scan, lexicon(code).lang.date_formats)
    assert fast is not None
    return scan, fast


def _same(code: str, text: str, pos: int = 0, end: int | None = None) -> int:
    scan, fast = _scans(code)
    low = folded(text)
    if low is None:
        return 0
    end = len(text) if end is None else end
    found = list(scan.starts(low, pos, end))
    assert list(fast.starts(low, pos, end)) == found, (text[pos:end], pos, end)
    return len(found)


def test_english_dates_are_scanned_from_their_digits() -> None:
    assert _month_gap(lexicon("en").lang.date_formats) == 2  # "Jan. 3": the stop and the space
    assert _month_gap(lexicon("de").lang.date_formats) == 0
    assert _month_gap((r"(?:{month})\d{1,2}",)) is None  # (a month glued to its day: the digit has a word before it)
    assert _month_gap((r"(?:{month}) (?:the )?\d{1,2}",)) is None
    assert _month_gap((r"{month} of the (?:first|second)",)) is None
    assert isinstance(_scans("en")[1], WordDigitScan)


def test_the_same_starts_on_real_and_hostile_texts() -> None:
    found = 0
    texts = [text for _, text in case_texts()] + seed_texts() + HOSTILE
    for text in texts:
        found += _same("en", text)
        for pos in range(1, min(len(text), 120), 13):
            _same("en", text, pos, max(pos, len(text) - pos // 3))
    assert found > 20


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Jan. 3May,rd\n-x4٣_", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_the_same_starts_on_random_text(text: str, pos: int, end: int) -> None:
    _same("en", text, min(pos, len(text)), min(max(pos, end), len(text)))
