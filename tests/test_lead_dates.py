"""The dates stage scans a lead once (engine.dates.DatesStage._scan_dates): a sentence with figures
inside it takes the lead's matches (_reused) where a scan of its own would find the same, and the
lead's days (``day:`` particulars) come from the same scan. The claims are those of a scan of every
sentence with figures by itself."""

from __future__ import annotations

import importlib

import pytest

from casualty_reconcile import extract
from casualty_reconcile.engine.dates import DatesStage

DATED = (
    ("en", "Two killed\n\nTwo men were killed on Jan. 3, 2017, police said. Three more were hurt Feb. 20.\nOn March 2 five died"),
    ("en", "Four people were shot in Jan. 5 people died in the crash. Police said 3 were hurt on Feb. 20."),
    ("de", "Am 3. Januar starben zwei Menschen. Am 20. Februar 2017 wurden drei Menschen verletzt.\nAm 2. März 5 Tote"),
    ("fr", "Le 3 janvier, deux morts. Le 20 février 2017, trois personnes ont été blessées. Le 2 mars 5 morts"),
)


def _claims(text: str, language: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(c.category, c.as_of.isoformat() if c.as_of else None, c.particulars)
            for c in extract(text, language=language, published="2017-04-06")]


def _each_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DatesStage, "_reused", lambda self, lead, sentence, lead_end: None)


@pytest.mark.parametrize(("language", "text"), DATED)
def test_dated_sentences_as_if_each_was_scanned_alone(language: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _claims(text, language)
    assert any(as_of for _, as_of, _ in found)
    _each_alone(monkeypatch)
    assert _claims(text, language) == found


def test_the_case_rows_as_if_each_sentence_was_scanned_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [(language, case.text) for language in ("de", "en", "fr")
            for case in importlib.import_module(f"tests.cases.{language}_extract").CASES if any(ch.isdigit() for ch in case.text)]
    found = [_claims(text, language) for language, text in rows]
    _each_alone(monkeypatch)
    assert [_claims(text, language) for language, text in rows] == found
