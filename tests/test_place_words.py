"""The words of a run of capitalised words read by the standard library (``engine.place_words``) are those the
`regex` module reads (``engine.patterns._PLACE_WORDS``, ``_TOKEN``): at every word start of every run of
capitalised words of the case rows and seeds of three languages, to the run's end as the place names are read,
and at every position of made-up text of names, abbreviations, initials, marks and odd characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile._patterns import folded
from casualty_reconcile.engine.patterns import _PLACE_RUN, _PLACE_WORDS, _TOKEN
from casualty_reconcile.engine.place_words import fast_place_words
from tests.corpus_texts import case_texts, seed_texts


def _alike(text: str, pos: int, stop: int) -> None:
    words, token = fast_place_words()
    for n in (2, 3):
        fast, plain = words[n].match(text, pos, stop), _PLACE_WORDS[n].match(text, pos, stop)
        assert (fast and fast.span()) == (plain and plain.span()), (n, text[pos:stop])
    fast_token, plain_token = token.match(text, pos, stop), _TOKEN.match(text, pos, stop)
    assert (fast_token and fast_token.span()) == (plain_token and plain_token.span()), text[pos:stop]


def test_the_words_of_the_runs_of_case_rows_and_seeds_are_read_alike() -> None:
    for text in [*seed_texts(), *(text for _, text in case_texts())]:
        if folded(text) is None:
            continue
        for run in _PLACE_RUN.finditer(text):
            pos = run.start()
            while pos < run.end():
                _alike(text, pos, run.end())
                space = text.find(" ", pos, run.end())
                pos = run.end() if space < 0 else space + 1


_PIECES = st.sampled_from(["Max", "St.", "Mt. ", "Ft", "K.", "A.B.", "ÄRGER", "Élise", "l'", "d’", "O'Neil", "Jean-Luc", "Bad",
                           "Tölz", "X-", "am", "de", "3", "2nd", "é", "\u0301", "’", "'", ".", "-", " ", " ", " ", "\n", ","])


@given(st.lists(_PIECES, max_size=24).map("".join), st.integers(0, 30))
@settings(max_examples=300)
def test_made_up_text_is_read_alike_at_every_position(text: str, cut: int) -> None:
    if folded(text) is None:
        return
    stop = max(0, len(text) - cut)
    for pos in range(stop + 1):
        _alike(text, pos, stop)
