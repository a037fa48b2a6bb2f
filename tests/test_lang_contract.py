"""The contract every registered language keeps (casualty_reconcile/lang/README.md is the checklist).

Each test runs over every language in ``lang.SUPPORTED``: a new language is checked by these
tests as soon as it is registered, and fails them until it brings what the engine needs.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import types
import warnings
from collections.abc import Mapping
from typing import Any

import pytest

from casualty_reconcile import extract, parse_count
from casualty_reconcile import lang as lang_registry
from casualty_reconcile.errors import LanguageDataError
from casualty_reconcile.lang import SUPPORTED, get_language
from casualty_reconcile.lang.base import LanguageData, Regex, validate
from casualty_reconcile.models import Category

LANGUAGES = [pytest.param(code, id=code) for code in SUPPORTED]

# Per language: a sentence with a death toll and what it must give, and a few spelled-out or
# scaled figures with their values. A new language adds its row here (the test below fails
# for a registered language without one).
SAMPLES: dict[str, dict[str, Any]] = {
    "de": {
        "sentence": "Bei dem Anschlag in Kabul wurden mindestens 12 Menschen getötet, teilte die Polizei mit.",
        "toll": {"category": "deaths", "value": 12, "qualifier": "at_least", "location": "Kabul", "speaker": "Polizei"},
        "numbers": [("drei", 3), ("zweiundzwanzig", 22), ("dreihundert", 300), ("1,5 Millionen", 1_500_000), ("17", 17)],
    },
    "en": {
        "sentence": "At least 12 people were killed in the attack in Kabul, police said.",
        "toll": {"category": "deaths", "value": 12, "qualifier": "at_least", "location": "Kabul", "speaker": "police"},
        "numbers": [("three", 3), ("twenty-two", 22), ("three hundred", 300), ("1.5 million", 1_500_000), ("17", 17)],
    },
    "fr": {
        "sentence": "Au moins 12 personnes ont été tuées dans l'attentat à Kaboul, a indiqué la police.",
        "toll": {"category": "deaths", "value": 12, "qualifier": "at_least", "location": "Kabul", "speaker": "police"},
        "numbers": [
            ("trois", 3), ("vingt-deux", 22), ("soixante-dix", 70), ("quatre-vingt-onze", 91), ("trois cents", 300),
            ("1,5 million", 1_500_000), ("1 500", 1500), ("1\u202f500", 1500), ("1\u00a0500", 1500), ("17", 17),
        ],
    },
}

# Fields without which the engine finds no toll, no speaker and no date in a language.
REQUIRED = (
    "number_words", "multiplier_words", "scale_words", "vague_words", "qualifiers", "range_joiners",
    "month_names", "months", "date_formats", "category_nouns", "category_verbs", "person_words",
    "speech_verbs", "according_to", "speaker_nouns", "articles", "location_prepositions", "stopwords",
    "origin_aliases",
)


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_loads_and_validates(code: str) -> None:
    data = get_language(code)
    assert isinstance(data, LanguageData)
    assert data.code == code and data.name
    validate(data)  # raises on a bad field


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", REQUIRED)
def test_required_fields_are_filled(code: str, name: str) -> None:
    assert getattr(get_language(code), name), f"{code}: {name} is empty"


@pytest.mark.parametrize("code", LANGUAGES)
def test_core_categories_have_nouns_and_verbs(code: str) -> None:
    data = get_language(code)
    for category in (Category.DEATHS, Category.INJURIES):
        assert data.category_nouns.get(category), f"{code}: no noun for {category.value}"
        assert data.category_verbs.get(category), f"{code}: no verb for {category.value}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_number_word_parses_alone(code: str) -> None:
    """Each number atom that can stand alone reads as its own value."""
    data = get_language(code)
    wrong = {}
    for word, value in data.number_words.items():
        if word in data.not_alone:
            continue
        count = parse_count(word, code)
        if count is None or (count.low, count.high) != (value, value):
            wrong[word] = None if count is None else (count.low, count.high)
    assert not wrong, f"{code}: number words read wrongly: {wrong}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_sample_figures_parse(code: str) -> None:
    assert code in SAMPLES, f"add a row for {code!r} to SAMPLES in {__name__}"
    for phrase, value in SAMPLES[code]["numbers"]:
        count = parse_count(phrase, code)
        assert count is not None and count.low == value == count.high, (phrase, count)


@pytest.mark.parametrize("code", LANGUAGES)
def test_sample_sentence_gives_its_toll(code: str) -> None:
    assert code in SAMPLES, f"add a row for {code!r} to SAMPLES in {__name__}"
    claims = extract(SAMPLES[code]["sentence"], language=code)
    assert len(claims) == 1, claims
    got = claims[0].model_dump(mode="json")
    assert {key: got[key] for key in SAMPLES[code]["toll"]} == SAMPLES[code]["toll"]


# ---- the validator itself ----------------------------------------------------------------------


def _german() -> LanguageData:
    return get_language("de")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"compound_numbers": "yes"}, "field compound_numbers: expected bool", id="bool-as-str"),
        pytest.param({"number_words": {"eins": "1"}}, "field number_words['eins']: expected int", id="int-as-str"),
        pytest.param({"number_words": {"eins": True}}, "field number_words['eins']: expected int, got bool", id="bool-as-int"),
        pytest.param({"person_words": ["menschen"]}, "field person_words: expected a tuple", id="list-as-tuple"),
        pytest.param({"stopwords": {"der"}}, "field stopwords: expected a frozenset", id="set-as-frozenset"),
        pytest.param({"stopwords": frozenset({"der", " "})}, "field stopwords[' ']: blank string", id="blank-word"),
        pytest.param({"category_nouns": {"deaths": ("tote",)}}, "key 'deaths': expected Category", id="str-as-enum"),
        pytest.param({"person_words": ("menschen", "leute?|")}, "field person_words[1]: pattern 'leute?|' matches the empty string", id="empty-alternative"),
        pytest.param({"person_words": ("(?:menschen)?",)}, "matches the empty string", id="optional-pattern"),
        pytest.param({"articles": (r"\b",)}, "matches the empty string", id="zero-width-pattern"),
        pytest.param({"header_date": "x*"}, "field header_date: pattern 'x*' matches the empty string", id="scalar-pattern"),
        pytest.param({"date_formats": (r"(?:\d{1,2}\. )?(?:{month})?",)}, "field date_formats[0]", id="date-format"),
        pytest.param({"months": {"jan(": 1}}, "field months key 'jan(': pattern 'jan(' does not compile", id="no-compile"),
        pytest.param(
            {"origin_aliases": {"polizei": ("government of {country}", "government")}},
            "field origin_aliases['polizei'][1]: expected OriginType",
            id="origin-type-as-str",
        ),
        pytest.param({"origin_aliases": {"polizei": ("government of {country}",)}}, "expected a tuple of 2", id="origin-pair"),
    ],
)
def test_validator_rejects(change: dict[str, Any], message: str) -> None:
    with pytest.raises(LanguageDataError, match="language 'de', ") as caught:
        dataclasses.replace(_german(), **change)
    assert message in str(caught.value)


def test_validator_accepts_the_engines_own_syntax() -> None:
    """Patterns the standard library cannot compile (``\\p{L}``) are checked with ``regex``."""
    dataclasses.replace(_german(), person_words=(r"\p{Lu}\w+leute",))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the standard library warns of a nested set; regex reads it
        dataclasses.replace(_german(), person_words=(r"[[:alpha:]]+leute",))
    with pytest.raises(LanguageDataError, match="matches the empty string"):
        dataclasses.replace(_german(), person_words=(r"\p{Lu}*",))
    # a look-behind of any width (the standard library's parser reads it, its compiler refuses it)
    dataclasses.replace(_german(), person_words=(r"(?<!\b(?:kein|keine) )leute",))
    with pytest.raises(LanguageDataError, match="matches the empty string"):
        dataclasses.replace(_german(), person_words=(r"(?<!\b(?:kein|keine) )(?:leute)?",))
    with pytest.raises(LanguageDataError, match="does not compile"):
        dataclasses.replace(_german(), person_words=(r"(?<!\b(?:kein|keine) )leute(",))


def test_registry_rejects_a_module_without_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lang_registry, "SUPPORTED", (*SUPPORTED, "xx", "yy"))
    monkeypatch.setitem(sys.modules, "casualty_reconcile.lang.xx", types.ModuleType("casualty_reconcile.lang.xx"))
    with pytest.raises(LanguageDataError, match=re.escape("language 'xx': lang/xx.py must define LANGUAGE")):
        get_language("xx")
    wrong_code = types.ModuleType("casualty_reconcile.lang.yy")
    wrong_code.LANGUAGE = _german()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "casualty_reconcile.lang.yy", wrong_code)
    with pytest.raises(LanguageDataError, match=re.escape("lang/yy.py defines LANGUAGE with code 'de'")):
        get_language("yy")


# ---- origin aliases ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_origin_aliases_are_lower_case_words(code: str) -> None:
    """Names are matched case-folded as whole words: an alias with a capital or edge space never matches."""
    for alias in get_language(code).origin_aliases:
        assert alias == alias.casefold().strip(), f"{code}: origin alias {alias!r}"


def test_common_origin_aliases_are_validated() -> None:
    from casualty_reconcile.lang import common
    from casualty_reconcile.lang.base import validate_like

    for alias in common.ORIGIN_ALIASES:
        assert alias == alias.casefold().strip(), alias
    with pytest.raises(LanguageDataError, match=re.escape("here['x']: expected a tuple")):
        validate_like({"x": "CSTO"}, "origin_aliases", "here")


def test_origin_tables_are_the_language_data() -> None:
    """origins.ORIGIN_ALIASES is built from the language modules over lang/common.py, one table per language."""
    from casualty_reconcile import origins
    from casualty_reconcile.lang import common

    assert set(origins.ORIGIN_ALIASES) == set(SUPPORTED)
    for code in SUPPORTED:
        assert origins.ORIGIN_ALIASES[code] == {**common.ORIGIN_ALIASES, **get_language(code).origin_aliases}


@pytest.mark.parametrize(
    ("value", "hint", "ok"),
    [
        pytest.param(None, str | None, True, id="optional-none"),
        pytest.param("x", str | None, True, id="optional-str"),
        pytest.param(3, str | None, False, id="optional-wrong"),
        pytest.param(0.5, float, True, id="float"),
        pytest.param(2, float, True, id="int-as-float"),
        pytest.param(True, float, False, id="bool-as-float"),
        pytest.param({"a": 1}, dict[str, int], True, id="dict"),
        pytest.param(types.MappingProxyType({"a": 1}), dict[str, int], False, id="proxy-as-dict"),
        pytest.param(types.MappingProxyType({"a": 1}), Mapping[str, int], True, id="proxy-as-mapping"),
        pytest.param(("a", 1), tuple[str, int], True, id="pair"),
        pytest.param(("a",), tuple[str, int], False, id="short-pair"),
        pytest.param(("a?",), tuple[Regex, ...], False, id="regex-in-tuple"),
    ],
)
def test_validator_knows_the_common_field_types(value: object, hint: Any, ok: bool) -> None:
    """Types a new field may have are checked, not refused: the validator has a branch for each."""
    from casualty_reconcile.lang import validate as base

    assert (base._problem(value, hint, "field") is None) is ok


def test_validator_refuses_a_type_it_cannot_check() -> None:
    from casualty_reconcile.lang import validate as base

    with pytest.raises(TypeError, match="does not know the type"):
        base._problem(b"x", bytes, "field")
