"""Layout- and encoding-independent reading (issue 17): :mod:`casualty_reconcile.textnorm` and the
claims of wrapped, re-spaced and invisibly marked text."""

from __future__ import annotations

import json
import shutil
import subprocess
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_reconcile import extract
from casualty_reconcile.textnorm import normalize

from .cases.de_extract import CASES as DE_CASES
from .cases.en_extract import CASES as EN_CASES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
_META = {row["doc"]: row for row in map(json.loads, (SEEDS / "sources.jsonl").read_text(encoding="utf-8").splitlines())}

# (text, language, published, source) of every seed and every case row with a claim
DOCUMENTS: list[tuple[str, str, str | None, str | None]] = [
    (path.read_text(encoding="utf-8"), _META[path.name]["language"], _META[path.name]["published"], _META[path.name]["outlet"])
    for path in sorted(SEEDS.glob("*.txt"))
] + [
    (case.text, case.language or language, case.published, case.source)
    for language, cases in (("de", DE_CASES), ("en", EN_CASES))
    for case in cases
    if case.claims
]
FIELDS = ("category", "value", "qualifier", "low", "high", "group", "location", "speaker", "via", "as_of", "flags")


def _claims(text: str, language: str, published: str | None, source: str | None) -> list[tuple[Any, ...]]:
    claims = extract(text, doc_id="d", language=language, published=published, source=source)
    for claim in claims:  # every span points into the text as given
        assert text[claim.start : claim.end] == claim.text
    return [tuple(getattr(claim, name) for name in FIELDS) for claim in claims]


def _wrap(text: str, width: int) -> str:
    """Each paragraph hard-wrapped at ``width`` columns, as ``fold -s`` or an editor would."""
    return "\n\n".join(
        textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)
        for paragraph in text.split("\n\n")
    )


def _respace(text: str, choices: list[int]) -> str:
    """Each space of ``text`` replaced, in turn, by one of a few runs of white space."""
    runs = (" ", "  ", "\t", "\u00a0", " \u00a0 ", "   ")
    pieces = text.split(" ")
    out = [pieces[0]]
    for i, piece in enumerate(pieces[1:]):
        out.append(runs[choices[i % len(choices)] % len(runs)] if choices else " ")
        out.append(piece)
    return "".join(out)


# ---------------------------------------------------------------- the map back to the text as given


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain text, nothing to do", "plain text, nothing to do"),
        ("a  b\tc\u00a0d \u2009 e", "a b c d e"),
        ("zwölf\u200b Tote", "zwölf Tote"),
        ("Kas\u00adachstan\u200e", "Kasachstan"),
        ("x\ud83dy", "x\ufffdy"),
        ("eins\r\nzwei\rdrei", "eins zwei drei"),
        ("Absatz eins.\n\nAbsatz zwei.", "Absatz eins.\n\nAbsatz zwei."),
        ("Absatz eins. \n \n\nAbsatz zwei.", "Absatz eins. \n \n\nAbsatz zwei."),
        ("Absatz\u2029zwei", "Absatz\n\nzwei"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    normalized, offsets = normalize(text)
    assert normalized == expected
    assert offsets.identity == (text == expected)
    lo, hi = offsets.to_original((0, len(normalized)))
    assert lo == 0 and text[hi:] in ("", "\u200e")  # a removed character at the end stays outside


def test_a_headline_line_stays_a_line_and_a_wrapped_line_is_joined() -> None:
    headline = "Großeinsatz in Hamburg\nIn einem Zentrum der Zeugen Jehovas in Hamburg sind Schüsse gefallen."
    assert normalize(headline)[0] == headline  # "In" would have fitted on the headline's line
    wrapped = "Die Behörden zählten bislang\ninsgesamt mehr als 40 Tote,\ndarunter auch\nSicherheitskräfte."
    assert normalize(wrapped)[0] == wrapped.replace("\n", " ")
    later = f"Erster Absatz.\n\n{headline}\n\n{wrapped}"  # the same in later paragraphs
    assert normalize(later)[0] == f"Erster Absatz.\n\n{headline}\n\n{wrapped.replace(chr(10), ' ')}"
    assert normalize("Titel  \n \tDer Text geht weiter.")[0] == "Titel\nDer Text geht weiter."  # spaces around a break go


def test_normalizing_takes_linear_time() -> None:
    unit = "".join(path.read_text(encoding="utf-8") + "\n\n" for path in sorted(SEEDS.glob("*.txt")))
    wrapped = _respace(_wrap(unit, 60), [1, 2, 0])

    def seconds(text: str) -> float:
        start = time.perf_counter()
        normalize(text)
        return time.perf_counter() - start

    small = min(seconds(wrapped * 8) for _ in range(3))
    large = min(seconds(wrapped * 80) for _ in range(3))
    assert large < 30 * small  # ten times the text: about ten times the time (quadratic would be 100; a busy host aside)


def test_spans_map_back_around_removed_and_collapsed_characters() -> None:
    text = "a\u200b\u200bb  c"
    normalized, offsets = normalize(text)
    assert normalized == "ab c"
    assert offsets.to_original((0, 1)) == (0, 1)  # removed characters after a span stay outside it
    assert offsets.to_original((1, 2)) == (3, 4)  # ... and before it
    assert offsets.to_original((0, 2)) == (0, 4)  # ... inside it are inside
    assert offsets.to_original((2, 3)) == (4, 6)  # one space for two: both
    assert offsets.to_original((3, 4)) == (6, 7)


@given(st.text(alphabet=st.sampled_from([*"ab1 .", " ", "\n", "\t", "\u00a0", "\u200b", "\u00ad", "\r", "\ud83d", "\u2029"]), max_size=60))
@settings(max_examples=300, deadline=None)
def test_every_span_maps_into_the_original(text: str) -> None:
    normalized, offsets = normalize(text)
    previous = (0, 0)
    for start in range(len(normalized) + 1):
        for end in range(start, len(normalized) + 1):
            lo, hi = offsets.to_original((start, end))
            assert 0 <= lo <= hi <= len(text)
            if end > start:  # the original stretch holds what the normalised one reads, spaces aside
                kept = "".join(ch for ch in text[lo:hi] if not ch.isspace() and ch not in "\u200b\u00ad")
                read = "".join(ch for ch in normalized[start:end] if not ch.isspace())
                assert kept.replace("\ud83d", "\ufffd") == read
        assert offsets.to_original((start, start))[0] >= previous[0]
        previous = offsets.to_original((start, start))


# ---------------------------------------------------------------- claims do not depend on layout


def test_invisible_characters_inside_a_number() -> None:
    text = "Mindestens 1\u200b2 Menschen wurden getötet."
    (claim,) = extract(text, language="de")
    assert (claim.value, claim.text) == (12, "Mindestens 1\u200b2 Menschen")
    assert text[claim.start : claim.end] == claim.text
    (soft,) = extract("At least 1\u00ad200 people were killed.", language="en")
    assert soft.value == 1200


def test_a_lone_surrogate_is_read_around() -> None:
    claims = extract("Mindestens 13 Menschen \ud83d wurden getötet.", doc_id="bad\ud83d", language="de")
    assert [(c.value, c.category.value) for c in claims] == [(13, "deaths")]


def test_seed_wrapped_at_72_columns_keeps_every_claim() -> None:
    """The issue's report: ``fold -s -w 72`` on a seed gave 2 claims instead of 5."""
    for text, language, published, source in DOCUMENTS[:5]:
        assert _claims(_wrap(text, 72), language, published, source) == _claims(text, language, published, source)


def _fold(text: str, width: int) -> str:
    """``fold -s -w width``: greedy wrapping counted in UTF-8 bytes, keeping room for the space after a word."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        words = paragraph.split(" ")
        for index, word in enumerate(words):
            room = "" if index == len(words) - 1 else " "  # the last word needs no room for a space
            if line and len((line + word + room).encode()) > width:
                out.append(line)
                line = ""
            line += word + " "
        out.append(line[:-1])
    return "\n".join(out)


@pytest.mark.skipif(shutil.which("fold") is None, reason="no fold command")
@pytest.mark.parametrize("width", [40, 56, 72, 88, 100])
def test_seeds_folded_keep_every_claim(width: int) -> None:
    """``fold`` counts bytes, not characters: a line with umlauts holds fewer characters."""
    for text, language, published, source in DOCUMENTS[:5]:
        folded = subprocess.run(["fold", "-s", "-w", str(width)], input=text.encode(), capture_output=True, check=True)
        changed = folded.stdout.decode("utf-8")
        assert _claims(changed, language, published, source) == _claims(text, language, published, source)


def test_a_claims_span_over_a_line_break_points_into_the_original() -> None:
    text = "Nach den Unruhen des Wochenendes meldete die Polizei am Sonntag mindestens\n164 Tote."
    (claim,) = extract(text, language="de", published="2022-01-09")
    assert claim.text == "mindestens\n164 Tote" and text[claim.start : claim.end] == claim.text
    assert "\n" not in claim.sentence


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.sampled_from(range(len(DOCUMENTS))),
    st.integers(min_value=40, max_value=100),
    st.lists(st.integers(min_value=0, max_value=5), max_size=12),
    st.sampled_from(["characters", "bytes", "none"]),
)
def test_wrapping_and_respacing_give_the_same_claims(index: int, width: int, spaces: list[int], wrap: str) -> None:
    text, language, published, source = DOCUMENTS[index]
    wrapped = _wrap(text, width) if wrap == "characters" else _fold(text, width) if wrap == "bytes" else text
    changed = _respace(wrapped, spaces)
    assert _claims(changed, language, published, source) == _claims(text, language, published, source)
