"""Lookups kept across documents, per language: explicit, bounded, and not inside the frozen lexicon.

A place name's gazetteer entry, whether a word heads a speaker's name, whether a word by itself may stand
before a place's name ("in", "downtown") and a source's base form depend only on the words and the
language, and the same few thousand words come back in every article: they are kept here,
one :class:`Memo` per compiled lexicon for the life of the process, each table emptied when it grows
past :data:`LIMIT` entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import geo
from ..models import AttributionKind

if TYPE_CHECKING:
    from .lexicon import Lexicon

LIMIT = 500_000


@dataclass(slots=True)
class Memo:
    """The lookups of one language."""

    places: dict[str, geo.Place | None] = field(default_factory=dict)  # a name's gazetteer entry
    heads: dict[str, bool] = field(default_factory=dict)  # whether a word heads a speaker's name
    precedes: dict[str, bool] = field(default_factory=dict)  # whether a word may stand before a place's name, by itself
    # a source's base form, the kind of attribution and the rules that decided them (names.base_form)
    base_names: dict[str, tuple[str | None, AttributionKind, tuple[str, ...]]] = field(default_factory=dict)


# by the lexicon's id, with the lexicon itself (so that its id is not reused while the memo lives)
_MEMOS: dict[int, tuple[Lexicon, Memo]] = {}


def memo(lex: Lexicon) -> Memo:
    """The memo of a compiled lexicon (a language's, or a variant's built in a test)."""
    found = _MEMOS.get(id(lex))
    if found is None:
        found = _MEMOS[id(lex)] = (lex, Memo())
    return found[1]
