"""A "before" pattern matched backwards by the phrases that may end where the text before a figure ends
(``numbers/backward._Backward``, from ``_last_chars.last_chars``) matches what the whole pattern matches: before
every figure of the case rows and the seed articles, and before each word of them."""

from __future__ import annotations

import dataclasses

import regex

from casualty_reconcile._last_chars import last_chars
from casualty_reconcile._patterns import folded, gated_finditer
from casualty_reconcile.numbers import grammar
from casualty_reconcile.numbers.backward import _Backward
from casualty_reconcile.numbers.pieces import _MAX_WINDOW
from tests.corpus_texts import case_texts, seed_texts

_WORD_START = regex.compile(r"\b\w")


def test_the_last_characters_of_ranges_counted_repeats_and_look_arounds() -> None:
    assert last_chars([r"(?-i:[KW][A-Z]{2,3})"]) == frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ".lower() + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert last_chars([r"up to(?<!\bgone up to)"]) == frozenset("o")
    assert last_chars([r"No\.(?=[ \u00a0])"]) == frozenset(".")
    assert last_chars([r"x[0-9]{0,2}"]) == frozenset("0123456789x")  # (its digits may be none: "x" ends it then)
    assert last_chars([r"a[0-9]{1,2}"]) == frozenset("0123456789")
    assert last_chars([r"[\u00a0-\u00ff]"]) is None  # (an escaped range is not read)
    assert last_chars([r"[!-~]"]) is None  # (a range of marks is not read)


def _backwards(code: str) -> dict[str, _Backward]:
    g = grammar(code)
    return {f.name: getattr(g, f.name) for f in dataclasses.fields(g) if isinstance(getattr(g, f.name), _Backward)}


def test_the_phrases_that_may_end_there_match_as_the_whole_pattern() -> None:
    for code in ("de", "en", "fr"):
        backwards = _backwards(code)
        assert {"not_before", "digits_not_before", "qualifier_before"} <= set(backwards)
        if code == "en":  # (the call signs "(?-i:[KW][A-Z]{2,3})", "up to(?<!...)": their last characters are read now)
            assert all(backwards[name]._ends is not None for name in ("not_before", "digits_not_before", "qualifier_before"))
        g = grammar(code)
        texts = [text for language, text in case_texts() if language == code] + seed_texts()
        tried = 0
        for text in texts:
            places = [m.start() for m in gated_finditer(g.anchor, g.anchor_scan, text, folded(text))]
            places += [m.start() for m in _WORD_START.finditer(text)][::3]
            for at in places:
                before = text[max(0, at - _MAX_WINDOW) : at]
                for name, backward in backwards.items():
                    fast, full = backward.match(before), backward.full.match(before)
                    assert (fast and fast.span()) == (full and full.span()), (code, name, before)
                tried += 1
        assert tried > 1000
