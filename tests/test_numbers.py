"""The number grammar against the case tables (tests/cases/numbers_de.py, numbers_en.py) and bad input."""

from __future__ import annotations

from typing import Any

import pytest

from casualty_reconcile import UnsupportedLanguageError, parse_count
from casualty_reconcile.models import Qualifier
from casualty_reconcile.numbers import (
    ACLED_VALUES,
    VAGUE_INTERVALS,
    VAGUE_POLICIES,
    bounds,
    scan_counts,
    vague_bounds,
)

from .cases import numbers_de, numbers_en, numbers_fr
from .cases.numbers_common import NumberCase

TABLES = {"de": numbers_de.CASES, "en": numbers_en.CASES, "fr": numbers_fr.CASES}


def _params() -> list[Any]:
    out = []
    seen: set[str] = set()
    for language, cases in TABLES.items():
        for case in cases:
            assert case.id not in seen, f"duplicate case id {case.id}"
            assert case.id.startswith(f"{language}-"), f"{case.id} is in the {language} table"
            seen.add(case.id)
            marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
            out.append(pytest.param(language, case, id=case.id, marks=marks))
    return out


PARAMS = _params()


def test_tables_are_large_enough() -> None:
    assert len(PARAMS) >= 160
    for cases in TABLES.values():
        qualifiers = {c.qualifier for c in cases}
        assert qualifiers == {q.value for q in Qualifier} | {None}, "every qualifier and not-counts in each table"


@pytest.mark.parametrize(("language", "case"), PARAMS)
def test_case(language: str, case: NumberCase) -> None:
    count = parse_count(case.text, language)
    if case.qualifier is None:
        assert count is None, f"read {count!r} as a count"
        return
    assert count is not None, "no count read"
    got = (count.value, count.qualifier.value, count.low, count.high)
    assert got == (case.value, case.qualifier, case.low, case.high)
    assert case.text[count.start : count.end] == count.surface
    if case.surface is not None:
        assert count.surface == case.surface
    if case.vague_word is not None:
        assert count.vague_word == case.vague_word
    if case.qualifier == "range":
        assert count.high_value == (case.high if case.high_value is None else case.high_value)
    if case.acled is not None:
        acled = parse_count(case.text, language, policy="acled")
        assert acled is not None
        assert (acled.value, acled.qualifier, acled.low, acled.high) == (None, Qualifier.VAGUE, *case.acled)
    elif case.qualifier != "vague":
        # policies only change vague amounts
        assert parse_count(case.text, language, policy="acled") == count


# ---- scanning whole sentences ----------------------------------------------------------------------

SCANS = [
    ("de", "Am 5. Januar wurden 12 Menschen getötet und 40 verletzt.", [12, 40]),
    ("de", "Der 68-Jährige und zwei Begleiter wurden festgenommen.", [2]),
    ("de", "Im Jahr 2019 starben mindestens 164 Menschen, darunter zwei Kinder.", [164, 2]),
    ("de", "18 Tote und fast 750 Verletzte. Mehr als 3000 Demonstranten seien festgenommen worden.", [18, 750, 3000]),
    ("de", "Um 10.30 Uhr griffen Dutzende Bewaffnete an; 3 Polizisten starben.", [None, 3]),
    ("en", "On Jan. 5, 2022, police arrested 23 people and injured 4.", [23, 4]),
    ("en", "At least 164 people, including two children, died in 2022.", [164, 2]),
    ("en", "A 34-year-old man and 5 others were hurt at 9 p.m.", [1, 5]),  # the article counts the man, not his age
    ("en", "KABUL (Reuters) - A suicide bomber killed 14 people and wounded dozens on Sunday.", [1, 14, None]),
    ("de", "Die Zahl der Toten stieg von 80 auf 100, die Polizei nahm 12 Verdächtige fest.", [80, 100, 12]),
    ("de", "Die Ausgangssperre gilt von 22 bis 6 Uhr; 300 Menschen wurden festgenommen.", [300]),
    ("en", "People between the ages of 18 and 25, some 40 in all, were detained.", [40]),
    ("en", "The death toll rose from 10 to 20 overnight.", [10, 20]),
    ("en", "The curfew runs from 10 p.m. to 6 a.m.; 12 people were arrested.", [12]),
]


@pytest.mark.parametrize(("language", "text", "values"), SCANS, ids=[f"scan-{i}" for i in range(len(SCANS))])
def test_scan_counts(language: str, text: str, values: list[int | None]) -> None:
    counts = scan_counts(text, language)
    assert [c.value for c in counts] == values
    for count in counts:
        assert text[count.start : count.end] == count.surface
    assert [c.start for c in counts] == sorted(c.start for c in counts)


# ---- bounds and policies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qualifier", "value", "expected"),
    [
        (Qualifier.EXACT, 164, (164, 164)),
        (Qualifier.AT_LEAST, 164, (164, None)),
        (Qualifier.MORE_THAN, 40, (41, None)),
        (Qualifier.AT_MOST, 20, (0, 20)),
        (Qualifier.LESS_THAN, 100, (0, 99)),
        (Qualifier.ABOUT, 2500, (2250, 2750)),
        (Qualifier.ABOUT, 1_500_000, (1_350_000, 1_650_000)),
        (Qualifier.ABOUT, 15, (13, 17)),
        (Qualifier.ALMOST, 6000, (5400, 5999)),
        (Qualifier.ALMOST, 1, (0, 0)),
        (Qualifier.UP_TO, 20000, (0, 20000)),
        (Qualifier.LESS_THAN, 0, (0, 0)),
    ],
    ids=lambda x: str(x),
)
def test_bounds_table(qualifier: Qualifier, value: int, expected: tuple[int | None, int | None]) -> None:
    assert bounds(qualifier, value) == expected


def test_bounds_of_a_range() -> None:
    assert bounds(Qualifier.RANGE, 10, 20) == (10, 20)


def test_policies_cover_the_same_vague_keys() -> None:
    assert set(VAGUE_INTERVALS) == set(ACLED_VALUES)
    assert VAGUE_POLICIES == ("interval", "acled")
    assert ACLED_VALUES["tens"] == 10
    assert ACLED_VALUES["dozens"] == 12
    assert ACLED_VALUES["hundreds"] == 100
    for key, (low, high) in VAGUE_INTERVALS.items():
        single = ACLED_VALUES[key]
        # ACLED is conservative: never above the interval reading's top, often below its bottom
        assert low is not None and 1 <= single, key
        assert high is None or single <= high, key
        assert vague_bounds(key, "acled") == (single, single)
        assert vague_bounds(key) == (low, high)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_vague_word_has_a_key_of_both_policies(language: str) -> None:
    from casualty_reconcile.lang import get_language

    for key in get_language(language).vague_words.values():
        assert key in VAGUE_INTERVALS and key in ACLED_VALUES, key


# ---- bad input --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["es", "xx", "", "deutsch"])
def test_unknown_language_names_the_supported_ones(language: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"supported languages are de, en, fr") as info:
        parse_count("12 Tote", language)
    assert repr(language) in str(info.value)
    with pytest.raises(UnsupportedLanguageError):
        scan_counts("12 Tote", language)


@pytest.mark.parametrize("phrase", [None, b"12 Tote", 42, ["12"]], ids=["none", "bytes", "int", "list"])
def test_wrong_phrase_type(phrase: object) -> None:
    with pytest.raises(TypeError, match=rf"phrase must be a str, not {type(phrase).__name__}"):
        parse_count(phrase, "de")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=rf"text must be a str, not {type(phrase).__name__}"):
        scan_counts(phrase, "de")  # type: ignore[arg-type]


@pytest.mark.parametrize("language", [None, b"de", 42], ids=["none", "bytes", "int"])
def test_wrong_language_type(language: object) -> None:
    with pytest.raises(TypeError, match=rf"language must be a string .* not {type(language).__name__}"):
        parse_count("12 Tote", language)  # type: ignore[arg-type]


@pytest.mark.parametrize("policy", ["ACLED", "strict", ""])
def test_unknown_policy(policy: str) -> None:
    with pytest.raises(ValueError, match=r"unknown vague policy .*: choose one of interval, acled"):
        parse_count("Dutzende Tote", "de", policy=policy)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"unknown vague policy"):
        vague_bounds("dozens", policy)


def test_policy_is_checked_even_without_vague_words() -> None:
    with pytest.raises(ValueError, match=r"unknown vague policy"):
        parse_count("12 Tote", "de", policy="nope")  # type: ignore[arg-type]


def test_policy_type() -> None:
    with pytest.raises(TypeError, match=r"policy must be a str"):
        parse_count("12 Tote", "de", policy=None)  # type: ignore[arg-type]


def test_language_variants_are_accepted() -> None:
    assert parse_count("12 Tote", "de-DE") == parse_count("12 Tote", "DE")


def test_the_documented_vague_table_is_the_data() -> None:
    """The table in the module docstring states VAGUE_INTERVALS and ACLED_VALUES as they are."""
    import re

    from casualty_reconcile import numbers

    rows = re.findall(r"(?m)^(\w+)\s{2,}.+?\s{2,}(\d+)–(\d+|None)\s+(\d+)$", numbers.__doc__ or "")
    assert len(rows) == 10
    for key, low, high, acled in rows:
        assert VAGUE_INTERVALS[key] == (int(low), None if high == "None" else int(high)), key
        assert ACLED_VALUES[key] == int(acled), key


def test_the_documented_bounds_table_is_bounds() -> None:
    """The qualifier table in the module docstring, BOUNDS and bounds() agree."""
    import re

    from casualty_reconcile import numbers

    doc = numbers.__doc__ or ""
    for qualifier, (low, high) in numbers.BOUNDS.items():
        row = re.search(rf"(?m)^{qualifier.value}\s{{2,}}.+?\s{{2,}}(\S+(?: \S+)*?)\s{{2,}}(\S+(?: \S+)*?)(?:\s{{2,}}|$)", doc)
        assert row is not None, qualifier
        assert (row.group(1), row.group(2)) in ((low, high), (low.replace("policy", "policy (see below)"), high))
    formulas = {"v": lambda v: v, "None": lambda v: None, "0": lambda v: 0, "v + 1": lambda v: v + 1,
                "v - 1": lambda v: v - 1, "floor(0.9 v)": lambda v: 9 * v // 10, "ceil(1.1 v)": lambda v: -(-11 * v // 10)}
    for qualifier, (low, high) in numbers.BOUNDS.items():
        if qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
            continue
        for v in (1, 7, 40, 164, 2500, 999_999):
            assert bounds(qualifier, v) == (formulas[low](v), formulas[high](v)), (qualifier, v)


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_a_grammar_can_be_pickled(language: str) -> None:
    """A grammar goes to another process whole (Dask pickles the functions it ships): the unpickled one,
    with the caches it was given, reads every case of its language's table as the original does."""
    import pickle

    from casualty_reconcile.numbers import grammar, iter_counts

    original = grammar(language)
    texts = [case.text for case in TABLES[language]]
    expected = [list(iter_counts(original, text, "interval", None)) for text in texts]
    copy = pickle.loads(pickle.dumps(original))
    assert copy is not original
    assert [list(iter_counts(copy, text, "interval", None)) for text in texts] == expected
    assert any(expected)
