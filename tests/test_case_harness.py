"""The case-table harness itself (tests/cases/harness.py): how it compares names, and that a row can fail."""

from __future__ import annotations

import pytest

from .cases import harness
from .cases.harness import C, Case, names_match, words_match


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Polizei", "Polizei", True, id="equal"),
        pytest.param("polizei", "POLIZEI", True, id="case"),
        pytest.param("griechische", "griechischen", True, id="inflected-n"),
        pytest.param("griechischer", "griechischen", True, id="two-endings"),
        pytest.param("Ministerium", "Ministeriums", True, id="genitive-s"),
        pytest.param("Behörde", "Behörden", True, id="plural-n"),
        pytest.param("Polizei", "Polizeisprecher", False, id="compound"),
        pytest.param("Polizei", "Politik", False, id="shared-start-not-a-stem"),
        pytest.param("UN", "UNO", False, id="short-words-only-equal"),
        pytest.param("Mali", "Somalia", False, id="inside"),
        pytest.param("Iran", "Irak", False, id="one-letter-apart"),
    ],
)
def test_words_match(a: str, b: str, same: bool) -> None:
    assert words_match(a, b) is same
    assert words_match(b, a) is same


@pytest.mark.parametrize(
    ("expected", "actual", "same"),
    [
        pytest.param("UN", "Regierung", False, id="un-is-not-regierung"),
        pytest.param("Regierung", "UN", False, id="regierung-is-not-un"),
        pytest.param("Mali", "Somalia", False, id="mali-is-not-somalia"),
        pytest.param("griechische Küstenwache", "griechischen Küstenwache", True, id="inflected-name"),
        pytest.param("Polizei", "die Polizei", True, id="actual-may-say-more"),
        pytest.param("die Polizei", "Polizei", False, id="expected-words-must-all-be-there"),
        pytest.param("interior ministry", "Kazakhstan's interior ministry", True, id="possessive-before"),
        pytest.param("Ukrainian officials", "officials", False, id="modifier-missing"),
        pytest.param("Gaza", "Gesundheitsministerium in Gaza", True, id="word-of-a-longer-name"),
        pytest.param("Gesundheitsministerium in Gaza", "Gaza", False, id="longer-name-not-in-a-word"),
        pytest.param("Khabar-24", "Khabar 24", True, id="punctuation-between-words"),
    ],
)
def test_names_match(expected: str, actual: str, same: bool) -> None:
    assert names_match(expected, actual) is same


def test_a_row_with_a_wrong_speaker_fails() -> None:
    text = "Die Polizei nahm in Hamburg 23 Personen fest."
    harness.check(Case("de-ok", text, [C("arrests", 23, location="Hamburg", speaker="Polizei")], language="de"))
    with pytest.raises(AssertionError, match="speaker 'Polizei' != 'UN'"):
        harness.check(Case("de-wrong-speaker", text, [C("arrests", 23, speaker="UN")], language="de"))
    with pytest.raises(AssertionError, match="location 'Hamburg' != 'Hamburger Hafen'"):
        harness.check(Case("de-wrong-place", text, [C("arrests", 23, location="Hamburger Hafen")], language="de"))
