"""The words of a run of capitalised words read as a place's name, for the standard library.

A run of capitalised words (``patterns.place_runs``) of two or more words is read word by word for the
names the gazetteer knows (``place_names.PlaceNames._read_place_names``): at each word, the two or three
words from there (:data:`patterns._PLACE_WORDS`) and the one word (:data:`patterns._TOKEN`). The `regex`
module matches them at one place for about five times what the standard library takes (its Unicode
classes looked up for each character: a German sentence's "Die Polizei" 1.1 µs, 0.24 by the stdlib; three
words tried where two stand, 1.8 and 0.36), and German writes such runs in most sentences (an article or a
preposition before a noun that opens a sentence). On text that :func:`_patterns.folded` accepts, the
classes of the fast blocks are the `regex` module's (:func:`_patterns.fast_class`), so the same patterns
written with them match the same words (tests/test_place_words.py). No word of any language."""

from __future__ import annotations

import re
from functools import lru_cache

from .._patterns import fast_class


@lru_cache(maxsize=1)
def fast_place_words() -> tuple[dict[int, re.Pattern[str]], re.Pattern[str]]:
    """:data:`patterns._PLACE_WORDS` (two and three words) and :data:`patterns._TOKEN` for the standard
    library, on text that :func:`_patterns.folded` accepts."""
    upper, lower = fast_class(r"\p{Lu}"), fast_class(r"\p{Ll}")
    inner, letter = fast_class(r"[\p{L}\p{N}\p{M}'’.-]"), fast_class(r"[\p{L}\p{N}]")
    word = rf"{upper}{inner}*(?<![.'’-])"  # a capitalised word, no dot, apostrophe or hyphen at its end
    first = rf"(?:{upper}{lower}{{1,2}}\.(?= {upper})|{word})"  # _NAME_WORD: "St. Louis", "Mt. Pleasant" too
    words = {n: re.compile(first + f"(?: {word})" * (n - 1) + rf"(?!{letter})") for n in (2, 3)}
    return words, re.compile(rf"{letter}{inner}*(?<![.'’-])")
