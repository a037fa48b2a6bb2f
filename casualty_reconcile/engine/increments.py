"""New ones told beside the total they bring a count to, for the figures stage (``figure_flags.FLAG_RULES``): "Police
made another 25 arrests, bringing the total to 65", "Three more people died, bringing the death toll to 17", "90
nouvelles interpellations, portant à 240 le nombre total", "weitere 90 Festnahmen, damit stieg die Zahl auf 240". The
new ones are a part of the total (flag ``part``), no toll of their own: reconciliation holds them against the total as
a subgroup, never as a fall of the count. The words are each language's ``increment_words`` and ``total_after_words``
(``lang/fields_victims.py``)."""

from __future__ import annotations

import regex

from ..lang import all_languages
from ..models import Flag
from .evidence import Evidence

_BEFORE_CHARS = 30  # read before a figure for its word of addition ("another", "weitere")

_NEVER = r"(?!)"

# per language: its word of addition right before a figure (read backwards from the figure, REVERSE: one match where a
# search tried each of the characters before it), right after it, and the cue of a total after it with a digit later
# in the clause, each compiled once
_PATTERNS: dict[str, tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]] = {
    lang.code: (
        regex.compile(rf"(?r)(?<![\w-])(?:{'|'.join(lang.increment_words) or _NEVER})[\s\u00a0]+", regex.IGNORECASE),
        regex.compile(rf"[\s\u00a0]+(?:{'|'.join(lang.increment_words) or _NEVER})(?![\w-])", regex.IGNORECASE),
        regex.compile(
            rf"(?<![\w-])(?:{'|'.join(lang.total_after_words) or _NEVER})(?![\w-])[^.;:!?]{{0,120}}?\d", regex.IGNORECASE
        ),
    )
    for lang in all_languages()
}


def new_besides_total(ev: Evidence) -> str | None:
    """"Police made another 25 arrests on Sunday, bringing the total to 65": a figure with a word of addition right
    before or after it ("another 25", "three more", "weitere 90", "90 nouvelles") whose sentence goes on to bring the
    count to a total ("bringing ... to", "portant à", "damit stieg ... auf" and a number) counts the new ones, a part
    of that total."""
    lang, x, count = ev.x.lex.lang, ev.x, ev.count
    if not lang.increment_words or not lang.total_after_words:
        return None
    found = _PATTERNS.get(lang.code)
    if found is None:
        return None
    before, after, total = found
    if before.match(x.text, max(ev.sentence.start, count.start - _BEFORE_CHARS), count.start) is None and (
        after.match(x.text, count.end, ev.sentence.end) is None
    ):
        return None
    return Flag.PART.value if total.search(x.text, count.end, ev.sentence.end) is not None else None
