"""The case-table harness for extraction: one real sentence (or short passage) per row.

A row names its expected claims by the attributes that matter for it; attributes a row
does not name are not checked. Rows are matched to extracted claims in document order,
and a row fails when a claim is missing, an attribute differs, or extra claims appear.

    Case("de-police-arrests-hamburg",
         "Die Polizei nahm in Hamburg 23 Personen fest.",
         [C("arrests", 23, qualifier="exact", location="Hamburg", speaker="Polizei")])

``speaker`` (the base form: "Behörden" for "autoritären Behörden"), ``speaker_text`` (the source as
written), ``via`` and ``location`` are compared as names (:func:`names_match`): every word the
row expects must be a word of the extracted name, or an inflected form of one; the extracted name
may say more; ``exact=("speaker",)`` compares the names it lists as they are (a base form: "Behörden", not
"autoritären Behörden"). ``not_flags=(...)`` names flags a claim must not carry. ``xfail="why"`` marks a known miss; the test suite runs such rows as strict xfail,
so a row that starts to pass must be promoted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any


def C(category: str, value: int | None, **attrs: Any) -> dict[str, Any]:
    """One expected claim: category, value (None for vague amounts) and any other Claim attribute."""
    return {"category": category, "value": value, **attrs}


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    claims: list[dict[str, Any]]
    language: str | None = None
    published: str | None = None
    source: str | None = None
    xfail: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def params(cases: list[Case], language: str) -> list[Any]:
    """pytest parameters with readable ids; xfail rows are strict."""
    import pytest  # here, not at the top: benchmarks/bench_extract.py reads the rows without the test tools

    out = []
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise ValueError(f"duplicate case id {case.id}")
        seen.add(case.id)
        case = case if case.language else Case(**{**case.__dict__, "language": language})
        marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def _norm(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (int, str)):
        return value.value
    if isinstance(value, tuple):
        return tuple(_norm(v) for v in value)
    return value


def check(case: Case) -> None:
    """Extract from the case's text and compare with its expected claims."""
    from casualty_reconcile import extract

    claims = extract(case.text, language=case.language, published=case.published, source=case.source, doc_id=case.id)
    for claim in claims:
        assert case.text[claim.start : claim.end] == claim.text
    got = [
        {name: _norm(getattr(claim, name)) for name in ("category", "value", "qualifier", "group", "location",
                                                         "speaker", "via", "as_of", "part_of", "flags", "low", "high",
                                                         "text", "sentence", "speaker_text", "attribution", "origin",
                                                         "origin_type", "particulars")}
        for claim in claims
    ]
    summary = [(g["category"], g["value"]) for g in got]
    want_summary = [(w["category"], w["value"]) for w in case.claims]
    assert summary == want_summary, f"claims {summary} != expected {want_summary}"
    by_id = {claim.claim_id: i for i, claim in enumerate(claims)}
    for index, (want, have) in enumerate(zip(case.claims, got, strict=True)):
        exact = set(want.get("exact", ()))
        for name, expected in want.items():
            if name == "exact":
                continue
            if name == "not_flags":  # flags the claim must not carry
                assert not set(expected) & set(have["flags"]), f"claim {index}: flags {have['flags']} carry one of {expected}"
                continue
            actual = have[name]
            if name == "part_of":
                actual = None if actual is None else by_id.get(actual, "?")
            if name == "flags":
                assert set(expected) <= set(actual), f"claim {index}: flags {actual} lack {expected}"
                continue
            named = name in ("speaker", "via", "location", "speaker_text") and name not in exact
            if named and expected is not None and actual is not None:
                assert names_match(str(expected), str(actual)), f"claim {index}: {name} {actual!r} != {expected!r}"
                continue
            assert actual == _norm(expected), f"claim {index}: {name} {actual!r} != {expected!r}"


_WORD = re.compile(r"\w+")
MIN_STEM = 4
"""Words shorter than this match only when equal ("UN" is not "UNO")."""
MAX_ENDING = 2
"""The most letters an inflectional ending adds to a shared stem ("griechisch|e" ~ "griechisch|en",
"Ministerium" ~ "Ministerium|s"), not more ("Poli|zei" is not "Poli|tik")."""


def words_match(a: str, b: str) -> bool:
    """Two words are one when equal (ignoring case) or when they share a stem of at least
    :data:`MIN_STEM` letters after which each has at most :data:`MAX_ENDING` letters."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    stem = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        stem += 1
    return stem >= MIN_STEM and len(a) - stem <= MAX_ENDING and len(b) - stem <= MAX_ENDING


def names_match(expected: str, actual: str) -> bool:
    """A name (speaker, via, location) as a row expects it against the one extracted: every word of
    the expected must match (:func:`words_match`) a word of the actual, which may say more ("Polizei"
    accepts "die Polizei" and "Polizei Hamburg", not "Polizeisprecher"). "UN" does not accept
    "Regierung", nor "Mali" "Somalia"."""
    have = _WORD.findall(actual)
    return all(any(words_match(want, word) for word in have) for want in _WORD.findall(expected))


def source_params(cases: list[Case]) -> list[Any]:
    """pytest parameters for the rows whose ``extra["source"]`` names the outlet their dateline gives."""
    import pytest

    out: list[Any] = []
    for case in cases:
        if "source" not in case.extra:
            continue
        why = case.extra.get("source_xfail")
        marks = [pytest.mark.xfail(reason=str(why), strict=True)] if why else []
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def check_source(case: Case, language: str) -> None:
    """Without a ``source`` argument, every claim of the row carries the outlet of its dateline."""
    from casualty_reconcile import extract

    claims = extract(case.text, language=language, published=case.published, doc_id=case.id)
    assert claims, "no claims extracted"
    assert {c.source for c in claims} == {case.extra["source"]}


def check_rows(cases: list[Case], language: str) -> None:
    """Every row of a table is well formed: its id names the language, categories, qualifiers and
    groups are known names, part_of points at another claim of the row, a vague figure has no
    value, and a day (as_of) comes with the publication date it is read against."""
    from casualty_reconcile.models import Category, Group, Qualifier

    groups = {g.value for g in Group}
    for case in cases:
        assert case.id.startswith(f"{language}-"), case.id
        for index, claim in enumerate(case.claims):
            Category(claim["category"])
            Qualifier(claim.get("qualifier", "exact"))
            if "group" in claim and claim["category"] != "other":
                assert claim["group"] in groups, (case.id, claim["group"])
            if "part_of" in claim and claim["part_of"] is not None:  # (None: the claim is no part of another)
                # (a part may come before its whole: "Three of the 23 injured later died")
                assert isinstance(claim["part_of"], int) and 0 <= claim["part_of"] < len(case.claims) and claim["part_of"] != index, case.id
            if claim.get("qualifier") == "vague":
                assert claim["value"] is None, case.id
            if "as_of" in claim:
                assert case.published, f"{case.id}: as_of needs published"
