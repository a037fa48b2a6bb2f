"""Quotation marks around a figure: a claim's text neither starts nor ends inside a quotation.

The marks of German („…“, ‚…‘, »…«), English (“…”, ‘…’) and the straight ones ("…", '…'). A mark that
can open or close ("“", "»", '"') is read by what flanks it: after a space or at a start it opens,
after a word it closes. A closing single mark with no quotation open is an apostrophe ("police’s").
"""

from __future__ import annotations

from typing import Final

# each opening mark and the closing marks that end its quotation
_CLOSERS: Final = {
    "„": "“”\"",
    "‚": "‘’'",
    "“": "”\"",
    "‘": "’'",
    "»": "«",
    "«": "»",
    '"': '"',
    "'": "'",
}
_OPEN_ONLY: Final = frozenset("„‚")
_CLOSE_ONLY: Final = frozenset("”’")
_APOSTROPHES: Final = frozenset("’'")
QUOTES: Final = frozenset("„‚“‘»«\"'”’")
_OPEN_BEFORE: Final = frozenset(" \t\n\u00a0([{—–-/")
_REACH: Final = 40  # how far a span is carried to the other mark of its quotation


def _opens(text: str, i: int) -> bool:
    char = text[i]
    if char in _OPEN_ONLY:
        return True
    if char in _CLOSE_ONLY:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPEN_BEFORE or before in QUOTES:
        return not after.isspace()
    return False


def unmatched(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """The opening marks in ``text[start:end]`` not closed in it, and the closing marks not opened in it."""
    if not QUOTES.intersection(text[start:end]):
        return [], []
    stack: list[int] = []
    closers: list[int] = []
    for i in range(start, end):
        char = text[i]
        if char not in QUOTES:
            continue
        opens = _opens(text, i)
        if stack and not opens and char in _CLOSERS[text[stack[-1]]]:
            stack.pop()
        elif opens:
            stack.append(i)
        elif char in _APOSTROPHES:
            continue  # "the army's", "police’s", "soldiers' families"
        else:
            closers.append(i)
    return stack, closers


def balanced_span(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """``start``/``end`` moved so the span has no unmatched quotation mark: carried over the other mark
    of its quotation when it is near (within ``lo``..``hi``, the sentence), else the stray mark cut off."""
    first, last = start, end
    for attempt in range(16):
        openers, closers = unmatched(text, start, end)
        if not openers and not closers:
            break
        carry = attempt < 4  # then only cut: the span shrinks until it is balanced
        if closers:
            at = closers[0]
            opener = _opener_before(text, start, max(lo, start - _REACH), text[at]) if carry else None
            if opener is not None:
                start = opener
            elif at == start:
                start = _skip_space(text, at + 1, end)
            else:
                end = _strip_space(text, start, at)
            continue
        at = openers[-1]
        closer = _closer_after(text, end, min(hi, end + _REACH), text[at]) if carry else None
        if closer is not None:
            end = closer + 1
        elif at == start:
            start = _skip_space(text, at + 1, end)
        else:
            end = _strip_space(text, start, at)
    return (start, end) if start < end else (first, last)


def _opener_before(text: str, start: int, lo: int, closer: str) -> int | None:
    for i in range(start - 1, lo - 1, -1):
        char = text[i]
        if char in QUOTES and _opens(text, i):
            return i if closer in _CLOSERS[char] else None
    return None


def _closer_after(text: str, end: int, hi: int, opener: str) -> int | None:
    for i in range(end, hi):
        char = text[i]
        if char in QUOTES:  # the first mark after the span closes its quotation, or none does
            if not _opens(text, i) and char in _CLOSERS[opener]:
                return i
            if char not in _APOSTROPHES:
                return None
    return None


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _strip_space(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
