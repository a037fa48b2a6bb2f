"""Pieces of the hurt told by their degree, no whole stated with them, for the figures stage
(``figure_flags.FLAG_RULES``, rule ``figure.piece-by-degree``): "One was in critical condition and four were
treated and released", "Two were critically wounded and four were slightly hurt", "Zwei Menschen wurden
lebensgefährlich, vier leicht verletzt", "Deux personnes ont été grièvement blessées et quatre légèrement".

A grave degree and a light one are never the same persons, so the pieces add up to the whole. Extraction states
them as the text does (a reader of agency copy takes 4 and 11 from "vier schwer, elf leicht verletzt") and flags
both ``piece``; reconcile adds them up where it estimates a toll (:mod:`casualty_reconcile.pieces`). The words are
each language's ``grave_degree_words`` and ``light_degree_words`` (``lang/fields_victims.py``), compiled with its
lexicon (``Lexicon.degree``)."""

from __future__ import annotations

import regex

from ..models import Category, Flag, Qualifier
from .evidence import Evidence

RULE = "figure.piece-by-degree"
_PIECE_CHARS = 90  # at most between the two pieces ("One was in critical condition and")
_BREAK = regex.compile(r"[.;:!?]")
_NO_PIECE_FLAGS = frozenset({
    Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value, Flag.RETRACTED.value, Flag.DERIVED.value, Flag.PIECE.value,
})


def _degree(ev: Evidence, start: int, end: int) -> str | None:
    """The one degree the words from ``start`` to ``end`` tell ("grave" or "light"), none where they tell both or
    neither ("in serious but stable condition")."""
    told = {m.lastgroup for m in ev.x.lex.degree.finditer(ev.x.text, start, end)}
    return next(iter(told)) if len(told) == 1 else None


def _joined(ev: Evidence, connector: str) -> bool:
    """Whether the words between the two pieces end in a comma or a conjunction ("wurden lebensgefährlich, vier", "were
    critically wounded and four")."""
    tail = connector.rstrip()
    if tail.endswith(","):
        return True
    words = tail.split()
    return bool(words) and ev.x.lex.conj_stop.fullmatch(words[-1]) is not None


def piece_by_degree(ev: Evidence) -> str | None:
    """A figure of the injured right after another in its sentence, joined by a comma or a conjunction, each piece
    with a degree of its own and the two degrees apart (one grave, one light): both are pieces (see the module)."""
    x, out, connector = ev.x, ev.out, ev.connector
    if ev.category is not Category.INJURIES or not out or connector is None or len(connector) > _PIECE_CHARS:
        return None
    before = out[-1]
    if (
        before.category is not Category.INJURIES or before.parent is not None or ev.parent is not None
        or ("all" not in (before.group, ev.group) and before.group != ev.group)
        or (Flag.SHOT.value in before.flags) != (Flag.SHOT.value in ev.flags)
        or not _NO_PIECE_FLAGS.isdisjoint(before.flags) or ev.further_m is not None
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
    counts, i = ev.counts, ev.i
    end = min(counts[i + 1].start if i + 1 < len(counts) else ev.sentence.end, ev.sentence.end)
    one, other = _degree(ev, first.end, second.start), _degree(ev, second.end, end)
    if one is None or other is None or one == other:
        return None
    if any(m.lastgroup == Category.DEATHS.value for m in x.lex.cat_verb.finditer(x.text, first.start, end)):
        return None  # "one was killed and four slightly hurt": the first is a death
    before.flags.append(Flag.PIECE.value)
    before.trace.append(RULE)
    return Flag.PIECE.value
