"""New ones told beside the total they bring a count to, for the figures stage (``figure_flags.FLAG_RULES``): "Police
made another 25 arrests, bringing the total to 65", "Three more people died, bringing the death toll to 17", "90
nouvelles interpellations, portant à 240 le nombre total", "weitere 90 Festnahmen, damit stieg die Zahl auf 240". The
new ones are a part of the total (flag ``part``), no toll of their own: reconciliation holds them against the total as
a subgroup, never as a fall of the count. The words are each language's ``increment_words`` and ``total_after_words``
(``lang/fields_victims.py``), compiled with the language's lexicon (``increment_before``, ``increment_after``,
``total_after``)."""

from __future__ import annotations

from ..models import Flag
from .evidence import Evidence

_BEFORE_CHARS = 30  # read before a figure for its word of addition ("another", "weitere")


def new_besides_total(ev: Evidence) -> str | None:
    """"Police made another 25 arrests on Sunday, bringing the total to 65": a figure with a word of addition right
    before or after it ("another 25", "three more", "weitere 90", "90 nouvelles") whose sentence goes on to bring the
    count to a total ("bringing ... to", "portant à", "damit stieg ... auf" and a number) counts the new ones, a part
    of that total."""
    x, count = ev.x, ev.count
    lex, lang = x.lex, x.lex.lang
    if not lang.increment_words or not lang.total_after_words:
        return None
    # (the word before is read backwards from the figure, REVERSE: one match where a search tried each character)
    if lex.increment_before.match(x.text, max(ev.sentence.start, count.start - _BEFORE_CHARS), count.start) is None and (
        lex.increment_after.match(x.text, count.end, ev.sentence.end) is None
    ):
        return None
    return Flag.PART.value if lex.total_after.search(x.text, count.end, ev.sentence.end) is not None else None
