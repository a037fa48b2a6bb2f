"""The story place's and the figures' runs of capitalised words (``engine.patterns.place_runs``) read by the
standard library on text ``_patterns.folded`` accepts are the runs the `regex` scan of ``_PLACE_RUN`` finds:
on the case rows and seeds of three languages (whole, and from and to positions inside them) and on
made-up text of names, initials, elided articles, abbreviations and odd characters."""

from __future__ import annotations

import importlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile._patterns import folded
from casualty_reconcile.engine.patterns import _PLACE_RUN, place_runs

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
    texts = []
    for language in ("de", "en", "fr"):
        texts += [case.text for case in importlib.import_module(f"tests.cases.{language}_extract").CASES]
    return texts + [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


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
