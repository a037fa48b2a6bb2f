"""Pieces of the hurt told by their degree, no whole stated with them, for the figures stage
(``figure_flags.FLAG_RULES``, rule ``figure.pieces-by-degree``): "One was in critical condition and four were
treated and released", "Two were critically wounded and four were slightly hurt", "Zwei Menschen wurden
lebensgefährlich, vier leicht verletzt", "Deux personnes ont été grièvement blessées et quatre légèrement". Each piece
counts others than the piece before it (a grave degree and a light one are never the same persons), so the pieces add
up to the whole: the first becomes the sum (derived, no more a part), the second a part of it, as
``figure.rest-of-whole`` does for a piece named by "the others". The words are each language's
``grave_degree_words`` and ``light_degree_words`` (``lang/fields_victims.py``)."""

from __future__ import annotations

import regex

from ..lang import all_languages
from ..models import Category, Flag, Qualifier
from .evidence import Evidence

_PIECE_CHARS = 90  # at most between the two pieces ("One was in critical condition and")
_NEVER = r"(?!)"
_BREAK = regex.compile(r"[.;:!?]")
_NO_SUM_FLAGS = frozenset({Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value, Flag.RETRACTED.value, Flag.DERIVED.value})

# per language: a grave degree and a light one, each compiled once
_PATTERNS: dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]] = {
    lang.code: (
        regex.compile(rf"(?<![\w-])(?:{'|'.join(lang.grave_degree_words) or _NEVER})(?![\w-])", regex.IGNORECASE),
        regex.compile(rf"(?<![\w-])(?:{'|'.join(lang.light_degree_words) or _NEVER})(?![\w-])", regex.IGNORECASE),
    )
    for lang in all_languages()
}


def _degree(text: str, grave: regex.Pattern[str], light: regex.Pattern[str]) -> str | None:
    """The one degree a piece's words tell ("grave" or "light"), none where they tell both or neither ("in serious
    but stable condition")."""
    is_grave, is_light = grave.search(text) is not None, light.search(text) is not None
    return None if is_grave == is_light else "grave" if is_grave else "light"


def _joined(ev: Evidence, connector: str) -> bool:
    """Whether the words between the two pieces end in a comma or a conjunction ("wurden lebensgefährlich, vier", "were
    critically wounded and four")."""
    tail = connector.rstrip()
    if tail.endswith(","):
        return True
    words = tail.split()
    return bool(words) and ev.x.lex.conj_stop.fullmatch(words[-1]) is not None


def pieces_by_degree(ev: Evidence) -> str | None:
    """A figure of the injured right after another in its sentence, joined by a comma or a conjunction, each piece
    with a degree of its own and the two degrees apart (one grave, one light): the pieces add up (see the module)."""
    x, out, connector = ev.x, ev.out, ev.connector
    if ev.category is not Category.INJURIES or not out or connector is None or len(connector) > _PIECE_CHARS:
        return None
    grave, light = _PATTERNS[x.lex.lang.code]
    before = out[-1]
    if (
        before.category is not Category.INJURIES or before.parent is not None or ev.parent is not None
        or ("all" not in (before.group, ev.group) and before.group != ev.group)
        or (Flag.SHOT.value in before.flags) != (Flag.SHOT.value in ev.flags)
        or not _NO_SUM_FLAGS.isdisjoint(before.flags) or ev.further_m is not None
        or _BREAK.search(connector) is not None
        or not _joined(ev, connector)
    ):
        return None
    first, second = before.count, ev.count
    if not (
        first.qualifier is Qualifier.EXACT and second.qualifier is Qualifier.EXACT
        and isinstance(first.value, int) and isinstance(second.value, int) and first.value > 0 and second.value > 0
    ):
        return None
    counts, i, text = ev.counts, ev.i, x.text
    end = min(counts[i + 1].start if i + 1 < len(counts) else ev.sentence.end, ev.sentence.end)
    one, other = _degree(text[first.end : second.start], grave, light), _degree(text[second.end : end], grave, light)
    if one is None or other is None or one == other:
        return None
    if any(m.lastgroup == Category.DEATHS.value for m in x.lex.cat_verb.finditer(text, first.start, end)):
        return None  # "one was killed and four slightly hurt": the first is a death
    total = first.value + second.value
    before.count = first.model_copy(update={"value": total, "low": total, "high": total})
    if before.group != ev.group:
        before.group = "all"
    for flag in (Flag.ANECDOTAL.value, Flag.PART.value):
        if flag in before.flags:
            before.flags.remove(flag)  # "One was in critical condition and four ...": the sum is a whole
    before.flags.append(Flag.DERIVED.value)
    before.trace.append("figure.pieces-by-degree")
    return Flag.PART.value
