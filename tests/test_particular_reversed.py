"""The German particular that closes with a bracketed age ("Max Muster (17)") searched from its end
(particular_scan._reversed_scans): the same matches, at the same places and of the same kind, as the one
pattern's forward scan, over the case rows, the seed articles, made-up leads and hypothesis-made text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile._patterns import folded
from casualty_reconcile.event_words import _particular_pattern
from casualty_reconcile.particular_scan import _finditer, _particular_starts, _reversed_scans
from tests.corpus_texts import case_texts, seed_texts


def _same(text: str, start: int = 0, stop: int | None = None) -> list[tuple[tuple[int, int], str | None]]:
    pattern, _ = _particular_pattern("de")
    assert pattern is not None
    end = len(text) if stop is None else stop
    expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text, start, end)]
    for low in (None, folded(text)):
        assert [(m.span(), m.lastgroup) for m in _finditer(pattern, "de", text, start, end, low)] == expected, (text, start, end)
    return expected


def test_german_searches_its_bracketed_age_from_its_end() -> None:
    assert len(_particular_starts("de")) == 2 and [b is not None for b in _reversed_scans("de")] == [False, True]
    assert _reversed_scans("en") == ()  # no English particular closes with a bracket


LEADS = (
    "Max Muster (17) wurde erschossen. Anna Maria Beispiel (24) starb, Hans K. Peter Müller (31) überlebte.",
    "Der 17-jährige Anna Berta Carla Dora Emil (17) und Fritz Meier-Schulz (40) sowie O'Brien Kelly (22).",
    "Der Tod von Jonas Albrecht (17) in der Hauptstraße; Eva Ulm (9)(8) und Eva Ulm (123), Eva Ulm (12)x.",
    "Anna (17), Berta Carla (1), BERTA Carla (2), Ärger Über (3) und die Kölner Straße 7 bei Uwe Ost (45).",
)


@pytest.mark.parametrize("text", LEADS)
def test_made_up_leads(text: str) -> None:
    for start in range(len(text)):
        _same(text, start)
    for stop in range(len(text) + 1):
        _same(text, 0, stop)
    assert _same(LEADS[0])  # (the leads hold particulars)


def _texts() -> list[str]:
    return [text for _, text in case_texts()] + seed_texts()


def test_case_rows_and_seeds() -> None:
    texts = _texts()
    found = 0
    for text in texts:
        found += len(_same(text)) + len(_same(text, 0, min(len(text), 1500)))
        if "(" in text:
            for start in range(0, len(text), 7):
                _same(text, start)
    assert len(texts) > 3000 and found > 40


_WORDS = st.sampled_from(["Max", "Anna", "Maria", "Müller", "Meier-Schulz", "K.", "A.", "ÄRGER", "der", "tod", "Tod", "von",
                          "17-jährige", "Straße", "Kölner", "Hauptstraße", "12", "(17)", "(1)", "(123)", "(", ")", "-", ",", "x"])


@settings(max_examples=400)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", " ", " ", "", ", ", "\n", "("])), max_size=24), st.integers(0, 40))
def test_made_up_text(words: list[tuple[str, str]], start: int) -> None:
    text = "".join(word + gap for word, gap in words)
    _same(text, min(start, len(text)))
    _same(text, 0, len(text) // 2)


@settings(max_examples=300)
@given(st.text(alphabet="Aa Bb.-()17ßÄ\n,", max_size=60), st.integers(0, 10))
def test_hypothesis_text(text: str, start: int) -> None:
    _same(text, min(start, len(text)))
