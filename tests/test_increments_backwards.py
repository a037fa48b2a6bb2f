"""figure.new-besides-total reads the word of addition before a figure backwards from it (the lexicon's ``increment_before``,
a REVERSE match): it finds one exactly where the plain forward search of the word and the spaces up to the figure does."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile.engine.lexicon import lexicon
from casualty_reconcile.lang import all_languages

_NEVER = r"(?!)"

_PLAIN = {
    lang.code: regex.compile(rf"(?<![\w-])(?:{'|'.join(lang.increment_words) or _NEVER})[\s\u00a0]+$", regex.IGNORECASE)
    for lang in all_languages()
}

PIECES = st.sampled_from([
    "another", "Another", "more", "further", "weitere", "weiteren", "autres", "nouvelles", "de plus", "supplémentaires",
    " ", "  ", "\n", "\u00a0", "x", "-", "s", "25", "smore", "more-", "é",
])


@given(text=st.lists(PIECES, max_size=10).map("".join), data=st.data())
@settings(max_examples=400, deadline=None)
def test_the_word_before_a_figure_read_backwards_as_the_plain_search_finds_it(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, end))
    for code in _PLAIN:
        assert (lexicon(code).increment_before.match(text, lo, end) is None) == (_PLAIN[code].search(text, lo, end) is None), code


def test_the_word_right_before_the_figure_only() -> None:
    before = lexicon("en").increment_before
    text = "Police made another 25 arrests, and more than 40 were hurt"
    assert before.match(text, 0, text.index("25")) is not None
    assert before.match(text, 0, text.index("40")) is None  # "more than": not right before it
