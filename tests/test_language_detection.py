"""Language detection (``language=None``) and the error for an unsupported language."""

from __future__ import annotations

import pytest

import casualty_reconcile
from casualty_reconcile import UnsupportedLanguageError, extract

GERMAN = [
    "Bei den Unruhen in Kasachstan sind nach Angaben der Behörden mindestens 164 Menschen getötet worden.",
    "In Hamburg sind nach Angaben der Polizei 23 Personen festgenommen worden.",
    "Knapp 6000 Demonstranten wurden festgenommen.",
]
ENGLISH = [
    "At least 164 people have been killed in the unrest in Kazakhstan, the authorities said.",
    "Police arrested 23 people in Hamburg, a spokesman said on Sunday.",
    "Almost 6,000 protesters were detained.",
]


FRENCH = [
    "Au Kazakhstan, au moins 164 personnes ont été tuées lors des troubles, selon les autorités.",
    "A Marseille, 23 personnes ont été interpellées par la police, a indiqué la préfecture.",
    "Près de 6000 manifestants ont été arrêtés.",
]


@pytest.mark.parametrize("text", FRENCH)
def test_french_text_is_detected(text: str) -> None:
    assert casualty_reconcile.detect_language(text) == "fr"
    claims = extract(text)
    assert claims, "the French sentence holds a claim"
    assert {claim.language for claim in claims} == {"fr"}


@pytest.mark.parametrize("text", GERMAN)
def test_german_text_is_detected(text: str) -> None:
    assert casualty_reconcile.detect_language(text) == "de"
    claims = extract(text)
    assert claims, "the German sentence holds a claim"
    assert {claim.language for claim in claims} == {"de"}


@pytest.mark.parametrize("text", ENGLISH)
def test_english_text_is_detected(text: str) -> None:
    assert casualty_reconcile.detect_language(text) == "en"
    claims = extract(text)
    assert claims, "the English sentence holds a claim"
    assert {claim.language for claim in claims} == {"en"}


def test_detection_reads_the_text_not_the_place_names() -> None:
    english_about_germany = "In Düsseldorf, 12 people were injured when a tram derailed near the Königsallee, police said."
    german_about_england = "In London wurden bei einem Brand im Tower Hamlets zwölf Menschen verletzt, teilte die Feuerwehr mit."
    assert casualty_reconcile.detect_language(english_about_germany) == "en"
    assert casualty_reconcile.detect_language(german_about_england) == "de"


def test_explicit_language_overrides_detection() -> None:
    claims = extract("Almost 6,000 protesters were detained.", language="en")
    assert [(c.category.value, c.value, c.qualifier.value) for c in claims] == [("arrests", 6000, "almost")]
    assert extract("Almost 6,000 protesters were detained.", language="EN-gb")[0].language == "en"


@pytest.mark.parametrize("code", ["es", "xx", "english"])
def test_unsupported_language_names_the_supported_ones(code: str) -> None:
    with pytest.raises(UnsupportedLanguageError) as info:
        extract("Al menos 12 personas murieron.", language=code)
    message = str(info.value)
    assert "de" in message and "en" in message and "fr" in message
    assert repr(code) in message


def test_language_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="language"):
        extract("Almost 6,000 protesters were detained.", language=3)  # type: ignore[arg-type]


# ---- short headlines: the same detection as the CLI (the optional language model) --------------

HEADLINES = [
    ("3 killed in Kabul blast", "en"),
    ("Two dead as storm hits Florida coast", "en"),
    ("Quake kills 12 in Peru", "en"),
    ("Dozens injured in Mumbai train crash", "en"),
    ("Five soldiers wounded in border attack", "en"),
    ("Drei Tote bei Explosion in Kabul", "de"),
    ("Zwei Verletzte nach Unfall auf der A7", "de"),
    ("Polizei nimmt 40 Fans fest", "de"),
    ("Dutzende Verletzte bei Zugunglück", "de"),
    ("Fünf Soldaten bei Angriff getötet", "de"),
]


@pytest.mark.parametrize(("headline", "code"), HEADLINES, ids=[h for h, _ in HEADLINES])
def test_short_headline_is_detected_with_the_language_model(headline: str, code: str) -> None:
    pytest.importorskip("py3langid")
    claims = extract(headline)
    assert claims, "the headline holds a figure"
    assert {claim.language for claim in claims} == {code}


def test_without_the_language_model_the_built_in_detector_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    from casualty_reconcile import detect
    from casualty_reconcile.extract import LanguageNotDetectedWarning

    monkeypatch.setattr(detect, "_model", lambda: None)
    with pytest.warns(LanguageNotDetectedWarning):
        assert extract("3 killed in Kabul blast") == []
    assert [claim.language for claim in extract("Drei Tote bei Explosion in Kabul")] == ["de"]


def test_text_in_an_unsupported_language_is_named() -> None:
    pytest.importorskip("py3langid")
    spanish = "Al menos doce personas murieron en una explosión en Kabul, según la policía local."
    with pytest.raises(UnsupportedLanguageError, match=r"is in es \(Spanish\), which is not supported") as info:
        extract(spanish)
    assert info.value.language == "es"
    from casualty_reconcile.lang import SUPPORTED

    assert all(code in str(info.value) for code in SUPPORTED)
