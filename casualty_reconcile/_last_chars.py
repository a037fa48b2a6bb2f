"""The characters a pattern's matches may end with (:func:`last_chars`): a cheap test of the text's last
characters before a backward ``match`` at a figure (``numbers/backward.py``)."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ._patterns import _LOOKAROUNDS, _META, _elements, repeats, top_level

_RANGE = 400  # the most characters a class's range may hold for its characters to be listed


def _element_last_chars(element: str) -> set[str] | None:
    """The characters a match of one element may end with; ``None`` when not known."""
    if element[:1] == "\\":
        if element == "\\d":
            return {"\\d"}  # any decimal digit (numbers._folds lists a digit of the text under it)
        return {element[1]} if not element[1].isalnum() else None
    if element[:1] == "[":
        body = element[1:-1]
        if body[:1] == "^":
            return None
        out: set[str] = set()
        i = 0
        while i < len(body):
            if body[i] == "\\":
                if i + 1 >= len(body) or body[i + 1].isalnum():
                    return None
                out.add(body[i + 1])
                i += 2
                continue
            if body[i] == "-" and 0 < i < len(body) - 1:
                # a range of letters or digits ("[A-Z]", "[a-zß-ö]"): each of its characters, a few hundred at most
                lo, hi = body[i - 1], body[i + 1]
                if (i > 1 and body[i - 2] == "\\") or not (lo.isalnum() and hi.isalnum()) or not 0 <= ord(hi) - ord(lo) <= _RANGE:
                    return None
                out.update(chr(c) for c in range(ord(lo), ord(hi) + 1))
                i += 2
                continue
            if body[i] == "[":
                return None
            out.add(body[i])
            i += 1
        return out or None
    if element[:1] == "(":
        inner = element[1:-1]
        flagged = regex.match(r"\?[a-zA-Z-]*:", inner)
        if flagged is not None:
            inner = inner[flagged.end() :]  # "(?:...)", "(?-i:...)"
        elif inner.startswith("?"):
            return None  # a look-around or a named or flagged group
        result: set[str] = set()
        for alternative in top_level(inner):
            chars = _pattern_last_chars(alternative)
            if chars is None:
                return None
            result |= chars
        return result
    if element in _META or element == "":
        return None
    return {element}


def _pattern_last_chars(pattern: str) -> set[str] | None:
    """The characters every match of ``pattern`` may end with (``None``: not known, or it may be empty)."""
    elements = _elements(pattern)
    if elements is None:
        return None
    out: set[str] = set()
    while elements:
        element, quantifier = elements.pop()
        if element.startswith(_LOOKAROUNDS) and not quantifier:
            continue  # (reads no character of the match: "up to(?<!\\bgone up to)" ends with "o")
        chars = _element_last_chars(element)
        if chars is None:
            return None
        out |= chars
        times = repeats(quantifier) if quantifier else (1, 1)
        if times is None:
            return None
        if times[0] >= 1:  # ("", "+", "{2,3}": the element ends the match)
            return out
    return None  # it may match nothing


def last_chars(patterns: Iterable[str]) -> frozenset[str] | None:
    """The case-folded last characters of every match of ``patterns`` (a cheap test before a backward
    ``match`` at a figure); ``None`` where one is not known (the test is then skipped)."""
    out: set[str] = set()
    for pattern in patterns:
        for alternative in top_level(pattern):
            chars = _pattern_last_chars(alternative)
            if chars is None:
                return None
            for ch in chars:
                if ch == "\\d":
                    out.add(ch)
                    continue
                out.update((ch, ch.lower(), ch.upper().lower(), ch.casefold()))
    return frozenset(out)


__all__ = ["last_chars"]
