"""The cue scan's match by the alternatives that can start with the character tried
(`_first_char.FirstCharMatch`) gives the whole pattern's match: on the case tables' news sentences,
on any text, and for alternatives that read the character before them (a word boundary, a look-behind)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_reconcile._first_char import FirstCharMatch
from casualty_reconcile._patterns import folded, gated_finditer
from casualty_reconcile.extract import lexicon
from tests.cases import de_extract, en_extract, fr_extract

CASES = {"de": de_extract.CASES, "en": en_extract.CASES, "fr": fr_extract.CASES}


def _marks(code: str, text: str, first: bool) -> list[tuple[int, int, str | None]]:
    lex = lexicon(code)
    match = lex.marks_first.match if first else None
    found = gated_finditer(lex.marks, lex.marks_scan, text, folded(text), 0, len(text), overlapped=True, match=match)
    return [(m.start(), m.end(), m.lastgroup) for m in found]


@pytest.mark.parametrize("code", sorted(CASES))
def test_cue_scan_by_first_character_finds_the_same_cues(code: str) -> None:
    found = 0
    for case in CASES[code]:
        expected = _marks(code, case.text, first=False)
        assert _marks(code, case.text, first=True) == expected, case.text
        found += len(expected)
    assert found > 100  # the sentences hold cues: the test compares something


@given(st.text(alphabet="aAeEns ,.-'’dDiIcChH0123456789äß\n", max_size=60))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_cue_scan_by_first_character_on_any_text(text: str) -> None:
    for code in CASES:
        assert _marks(code, text, first=True) == _marks(code, text, first=False)


GROUPS = [
    ("lb", ["(?<=von )amt", "x"]),  # a look-behind: always kept
    ("bd", [r"\b-angaben", r"\Bdesk"]),  # a word boundary before a non-word character, none before a letter
    ("or", ["(?:am )?end", "a[bc]"]),  # an optional opening: the letter after it starts it too
]


@pytest.mark.parametrize(
    "text, at",
    [("von amt", 4), ("Polizei-angaben", 7), ("newsdesk", 4), ("end", 0), ("am end", 0), ("ac", 0), ("zz", 0)],
)
def test_alternatives_that_read_the_character_before(text: str, at: int) -> None:
    whole = regex.compile("(?:" + "|".join(f"(?P<{n}>{'|'.join(f'(?:{a})' for a in alts)})" for n, alts in GROUPS) + ")")
    first = FirstCharMatch("", GROUPS, "", 0)
    m, w = first.match(text, at, len(text)), whole.match(text, at)
    assert (m and (m.span(), m.lastgroup)) == (w and (w.span(), w.lastgroup))
