"""The number grammar against an external suite: Microsoft Recognizers-Text's number specs.

The specs (``Specs/Number/{German,English}/Number{,Range}Model.json``, MIT licence) are not part of
this repository: they are read from ``../shared/recognizers-specs/`` beside the checkout, and the
tests skip with a message where that folder is absent. Run ``python -m tests.test_numbers_specs``
for a report of every case.

What is compared
----------------
Every case is scanned whole with :func:`~casualty_reconcile.numbers.scan_counts` (the grammar that
:func:`~casualty_reconcile.parse_count` and extraction use). Each expected result that is a count
(see "Skipped" below) is *read* when a count overlaps its span with the same value: for the number
models the count's value (a range of ours may cover two expected numbers, "von null bis 255"); for
the range models its integer interval (``(20,35]`` is 21..35; an open lower end is 0).

A *wrong value* is a count that overlaps an expected count with another value, or a count where the
spec reads nothing that counts (a phone number, "The one you mentioned"). Misses are tolerated (at
most 5 % per language and model); wrong values are not (a wrong value becomes a false conflict).

Deliberate differences (a casualty count reads these otherwise, and does so consistently):

* A range's lower end takes the scale word of its upper end when the product is not above it:
  "100 bis 300 Milliarden Sterne" is 100 to 300 billion, as "zwischen 1,5 und 2 Millionen" is
  1.5 to 2 million in news copy; the spec reads the bare 100. Its lower end is compared times
  that scale.
* A two-ended range ("between 20 and 30", "20 through 100", "1000-5000") includes its stated upper
  end: the spec writes ``[20,30)``, a count range is 20..30.
* "from 200 to 300" is a range: the spec reads one in "from 200 to 3000000 in 2008" but none in
  "The number is from 200 to 300 in 2008" (:data:`NO_RANGE_IN_SPEC`).
* A range file lists ranges only: a plain figure it does not list is judged by the number files.
* A lone article counts one before a person noun ("a current student" is one student): the spec
  reads no number in "I was a current student last semester". A count that is a lone article is
  not judged.

At the time of writing: German numbers 48 of 48 read, German ranges 2 of 2 (the other cases read
nothing, rightly, or are skipped), English numbers 99 of 101, English ranges 63 of 64; no wrong value.

Skipped (the counts per file are asserted in :data:`SKIPS`: German numbers 30, German ranges 1,
English numbers 158, English ranges 33), with why:

* ``decimal``: a value that is no whole number ("2,35", "1/2", "anderthalb", "two thirds",
  "sechs und zwei Drittel Millionen"): no count of people or things.
* ``fraction``: a fraction of a fraction word that happens to be whole ("twenty fifths" 4,
  "ninety - five hundred fifths" 1900): no count. (Multiplier fractions that make whole numbers,
  "anderthalb Millionen", "one billion and a half million", are kept.)
* ``negative``: a negative value ("-1", "minus one", "<-30"): no count is negative.
* ``power``: exponents ("1e10", "1.1^23").
* ``ordinal``: ranks ("between the tenth and the fifteenth").
* ``money``: a currency before or after ("$20", "3 hundred and 21 yuan", "2mil SEK").
* ``measure``: ages, heights, weights, scores, units ("thirty years old", "below 170" of a height,
  "45{kg)", "the 180ml liquid").
* ``article``: a lone article the spec reads as one ("in einer Arbeiterfamilie", "ist ein gültiges"):
  an article counts one only before what it counts.
* ``suffix``: a figure with a glued scale letter and nothing counted after ("10k", "1.2b", "10M.",
  "1,674.5 G"): such a suffix is read only before a count noun ("10k protesters"); bare, "10k" is
  as often a race, "100m" metres, "10G" a network.
* ``code``: dates, addresses, phone numbers, item numbers read as numbers by the spec
  ("192.168.1.2", "5/17/2018", "+1-222-2222/2222", "nrs. 22,24", "SCP-173").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from casualty_reconcile.models import Count, Qualifier
from casualty_reconcile.numbers import grammar, scan_counts

_HERE = Path(__file__).resolve()
# beside the checkout (CI), else beside the folder that holds a worktree of it
SPECS = next(
    (p for p in (_HERE.parents[2] / "shared" / "recognizers-specs", _HERE.parents[3] / "shared" / "recognizers-specs") if p.is_dir()),
    _HERE.parents[2] / "shared" / "recognizers-specs",
)
FILES = {
    ("de", "number"): "German_NumberModel.json",
    ("de", "range"): "German_NumberRangeModel.json",
    ("en", "number"): "English_NumberModel.json",
    ("en", "range"): "English_NumberRangeModel.json",
}
MIN_READ = 0.95

NO_RANGE_IN_SPEC = {
    # the spec reads "from 200 to 3000000 in 2008" as a range but nothing here: both are ranges
    repr("The number is from 200 to 300 in 2008"),
}

# the neighbourhood of a result that makes it no count (see the module's doc)
_CODE = re.compile(r"\d+\.\d+\.\d+\.\d+|\d+/\d+/\d+|\+\d[-\d/]*|[A-Z]{2,}-\d+")
_CODE_BEFORE = re.compile(r"(?:\bnrs?\.|\bnummer)\s*[\d,]*$", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\bUS\$|\bUSD)\s*$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s*(?:(?:dollars?|yuan|euros?|SEK)\b|\$)", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s*(?:years?\b|bit\b|ml\b|km\b|\{kg\))", re.IGNORECASE)
_MEASURE_CASE = re.compile(r"\b(?:years? old|his age|his height|weight|horsepower|apiece)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b\w+(?:th|st|nd|rd)\b(?! of)|\bfirst\b", re.IGNORECASE)
_FRACTION_WORD = re.compile(
    r"\b(?:halbe?s?|drittel|viertel|half|halves|quarters?|thirds?|fourths?|fifths?|eighths?|ninths?)\b|/",
    re.IGNORECASE,
)
_MULTIPLIER = re.compile(r"million|milliard|billion|trillion|thousand|tausend|lakh|crore", re.IGNORECASE)
_SUFFIX = re.compile(r"\d\s*(?:k|m|g|b|mm|mil)$", re.IGNORECASE)
_INTERVAL = re.compile(r"^([\[(])\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*([\])])$")


@dataclass
class Expected:
    text: str
    start: int
    end: int  # exclusive
    low: Fraction | None  # the number (number model) or the interval's integer bounds (range model)
    high: Fraction | None
    two_ended: bool = False  # a spec range "[a,b)": its upper end b is read as stated
    skip: str | None = None


@dataclass
class Outcome:
    read: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    skipped: dict[str, list[str]] = field(default_factory=dict)

    @property
    def judged(self) -> int:
        return len(self.read) + len(self.missed) + len(self.wrong)

    @property
    def rate(self) -> float:
        return len(self.read) / self.judged if self.judged else 1.0


def _number(value: str, language: str) -> Fraction | None:
    text = value.replace(",", ".") if language == "de" else value
    try:
        return Fraction(text)
    except ValueError:
        try:
            return Fraction(float(text))
        except ValueError:
            return None


def _skip_class(case_input: str, result: dict[str, Any], language: str, model: str) -> str | None:
    text = result["Text"]
    start = int(result["Start"])
    end = start + len(text)
    before = case_input[:start]
    after = case_input[end:]
    subtype = result["Resolution"].get("subtype")
    if subtype == "power":
        return "power"
    if _CODE_BEFORE.search(before) or any(m.start() <= start and end <= m.end() for m in _CODE.finditer(case_input)):
        return "code"
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return "money"
    if _MEASURE_AFTER.match(after) or _MEASURE_CASE.search(case_input):
        return "measure"
    if model == "range":
        if _ORDINAL.search(text):
            return "ordinal"
        value = result["Resolution"]["value"]
        if "-" in value:
            return "negative"
        m = _INTERVAL.match(value)
        if m is None:
            return "decimal"
        for bound in (m.group(2), m.group(3)):
            if bound and Fraction(bound).denominator != 1:
                return "decimal"
        return None
    number = _number(result["Resolution"]["value"], language)
    if number is None or number.denominator != 1:
        return "decimal"
    if number < 0 or text.lstrip().startswith(("-", "minus", "negative")):
        return "negative"
    if subtype == "fraction" or (subtype is None and _FRACTION_WORD.search(text)):
        if not _MULTIPLIER.search(text):
            return "fraction"
    if text.lower() in grammar(language).language.not_alone and text.lower() not in ("null", "zero"):
        return "article"
    if text.isdigit() and len(text) > 1 and text[0] == "0":
        return "code"
    if _SUFFIX.search(text):
        return "suffix"
    return None


def _expected(case: dict[str, Any], language: str, model: str) -> list[Expected]:
    out = []
    for result in case["Results"]:
        start = int(result["Start"])
        end = start + len(result["Text"])
        skip = _skip_class(case["Input"], result, language, model)
        if model == "number":
            value = _number(result["Resolution"]["value"], language)
            out.append(Expected(result["Text"], start, end, value, value, skip=skip))
            continue
        m = _INTERVAL.match(result["Resolution"]["value"])
        if skip is not None or m is None:
            out.append(Expected(result["Text"], start, end, None, None, skip=skip or "decimal"))
            continue
        left, low_text, high_text, right = m.groups()
        low = Fraction(low_text) + (1 if left == "(" else 0) if low_text else Fraction(0)
        high = Fraction(high_text) - (1 if right == ")" else 0) if high_text else None
        two_ended = bool(low_text and high_text and left == "[" and right == ")")
        out.append(Expected(result["Text"], start, end, low, high, two_ended=two_ended))
    return out


def _overlaps(count: Count, expected: Expected) -> bool:
    return count.start < expected.end and expected.start < count.end


def _is_lone_article(count: Count, language: str) -> bool:
    return count.surface.lower() in grammar(language).language.not_alone


def _scaled_low(count: Count, low: Fraction | None) -> bool:
    """The deliberate lower end of a range: the spec's bare number times the upper end's scale."""
    if low is None or count.value is None:
        return False
    return any(count.value == low * 10**k for k in (3, 6, 9, 12))


def _judge_number(counts: list[Count], expected: list[Expected], language: str, label: str, out: Outcome) -> None:
    for count in counts:
        hits = [e for e in expected if _overlaps(count, e)]
        judged = [e for e in hits if e.skip is None]
        if not hits:
            if not _is_lone_article(count, language):
                out.wrong.append(f"{label}: read {count.surface!r} = {count.value}, the spec reads no number there")
            continue
        if not judged:
            continue
        values: list[int | None] = [count.value] if count.high_value is None else [count.value, count.high_value]
        for i, e in enumerate(judged):
            got = values[i] if i < len(values) else None
            if got is None and i > 0:
                out.missed.append(f"{label}: {e.text!r} = {e.low} (inside {count.surface!r})")
                e.skip = "done"
                continue
            ok = got == e.low or (i == 0 and len(judged) == 1 and count.high_value is not None and got == e.low)
            if not ok and i == 0 and count.high_value is not None and _scaled_low(count, e.low):
                ok = True
            if ok:
                out.read.append(f"{label}: {e.text!r}")
            else:
                out.wrong.append(f"{label}: {e.text!r} is {e.low}, read {count.surface!r} as {got}")
            e.skip = "done"
    for e in expected:
        if e.skip is None:
            out.missed.append(f"{label}: {e.text!r} = {e.low}")


def _judge_range(counts: list[Count], expected: list[Expected], language: str, label: str, out: Outcome) -> None:
    for count in counts:
        hits = [e for e in expected if _overlaps(count, e)]
        if not hits:
            # the range files list ranges only: a plain figure is judged by the number files
            if count.qualifier is not Qualifier.EXACT and label not in NO_RANGE_IN_SPEC:
                out.wrong.append(f"{label}: read {count.surface!r} as {count.low}..{count.high}, the spec reads no range there")
            continue
        for e in hits:
            if e.skip is not None:
                continue
            low_ok = count.low == e.low or (e.low == 0 and count.low is None)
            high_ok = count.high == e.high or (e.two_ended and e.high is not None and count.high == e.high + 1)
            if low_ok and high_ok:
                out.read.append(f"{label}: {e.text!r}")
            else:
                out.wrong.append(f"{label}: {e.text!r} is {e.low}..{e.high}, read {count.surface!r} as {count.low}..{count.high}")
            e.skip = "done"
    for e in expected:
        if e.skip is None:
            out.missed.append(f"{label}: {e.text!r} = {e.low}..{e.high}")


def run(language: str, model: str) -> Outcome:
    """Every case of one spec file, judged (see the module's doc)."""
    cases = json.loads((SPECS / FILES[(language, model)]).read_text(encoding="utf-8-sig"))
    out = Outcome()
    for case in cases:
        expected = _expected(case, language, model)
        for e in expected:
            if e.skip is not None:
                out.skipped.setdefault(e.skip, []).append(e.text)
        counts = scan_counts(case["Input"], language)
        label = repr(case["Input"][:80])
        if model == "number":
            _judge_number(counts, expected, language, label, out)
        else:
            _judge_range(counts, expected, language, label, out)
    return out


SKIPS: dict[tuple[str, str], dict[str, int]] = {
    ("de", "number"): {"article": 4, "code": 3, "decimal": 20, "fraction": 2, "measure": 1},
    ("de", "range"): {"money": 1},
    ("en", "number"): {
        "code": 18, "decimal": 94, "fraction": 4, "measure": 3, "money": 7, "negative": 10, "power": 14, "suffix": 8,
    },
    ("en", "range"): {"decimal": 3, "measure": 8, "negative": 2, "ordinal": 20},
}
"""Skipped results per file and class (asserted, so that a changed spec or filter shows)."""

PARAMS = [pytest.param(language, model, id=f"{language}-{model}") for language, model in FILES]


def _need_specs() -> None:
    if not SPECS.is_dir():
        pytest.skip(f"the Recognizers-Text specs are not at {SPECS} (copy them there to run this test)")


@pytest.mark.parametrize(("language", "model"), PARAMS)
def test_no_wrong_value(language: str, model: str) -> None:
    _need_specs()
    out = run(language, model)
    assert not out.wrong, "wrong values:\n" + "\n".join(out.wrong)


@pytest.mark.parametrize(("language", "model"), PARAMS)
def test_reads_most_count_cases(language: str, model: str) -> None:
    _need_specs()
    out = run(language, model)
    assert out.rate >= MIN_READ, f"{len(out.read)}/{out.judged} read; missed:\n" + "\n".join(out.missed)


@pytest.mark.parametrize(("language", "model"), PARAMS)
def test_skip_classes(language: str, model: str) -> None:
    _need_specs()
    counts = {k: len(v) for k, v in run(language, model).skipped.items()}
    assert counts == SKIPS[(language, model)]


def main() -> None:
    for language, model in FILES:
        out = run(language, model)
        print(f"== {language} {model}: {len(out.read)}/{out.judged} read ({out.rate:.0%}), {len(out.wrong)} wrong, "
              f"skipped {sorted((k, len(v)) for k, v in out.skipped.items())}")
        for line in out.wrong:
            print("  WRONG", line)
        for line in out.missed:
            print("  miss ", line)


if __name__ == "__main__":
    main()
