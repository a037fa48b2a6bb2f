"""Pieces of the hurt told by degree, added up where a toll is reconciled.

"Bei dem Unfall wurden vier Menschen schwer, elf leicht verletzt" states two figures, 4 and 11, and no whole:
extraction keeps them as stated, each flagged ``piece`` (rule ``figure.piece-by-degree``,
``engine/degrees.py``). A grave and a light degree never count the same persons, so the injured of that report
are 15: before reconcile groups the claims, :func:`add_up_pieces` makes the first piece of each sentence their
sum (flagged ``derived``, no more a ``part`` nor one case, ``anecdotal``: "Einer wurde lebensgefährlich, vier
wurden leicht verletzt") and the others parts of it (flagged ``part`` and linked to it by
``part_of``: beside the toll, out of its estimates, explained as a subgroup), each with :data:`RULE` in its trace
(where it has one). Another report's "15 Verletzte" then repeats the first instead of reading as an update of 11.
"""

from __future__ import annotations

from typing import Final

from .models import Claim, Flag, traced

RULE: Final = "reconcile.pieces-by-degree"
_NO_WHOLE: Final = frozenset({Flag.PART.value, Flag.ANECDOTAL.value})  # the sum is a whole: neither a part nor one case
"""The name of the decision of :func:`add_up_pieces`."""


def add_up_pieces(claims: list[Claim]) -> list[Claim]:
    """``claims`` with the pieces of each sentence (the claims flagged ``piece`` of one document, one sentence and one
    category, in the order of the text) added up into the first of them (see the module)."""
    pieces: dict[tuple[str, str, str], list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.flags and Flag.PIECE.value in claim.flags and claim.value is not None:
            pieces.setdefault((claim.doc_id, claim.sentence, claim.category.value), []).append(i)
    if not pieces:
        return claims
    out = list(claims)
    for found in pieces.values():
        if len(found) < 2:
            continue  # (a piece whose fellow is gone: nothing to add up)
        found.sort(key=lambda i: claims[i].start)
        first = claims[found[0]]
        total = sum(claims[i].value or 0 for i in found)
        flags = (*[f for f in first.flags if f not in _NO_WHOLE], Flag.DERIVED.value)
        out[found[0]] = first.model_copy(
            update={"value": total, "low": total, "high": total, "flags": flags, "trace": traced(first, RULE)}
        )
        for i in found[1:]:
            piece = claims[i]
            flags = piece.flags if Flag.PART.value in piece.flags else (*piece.flags, Flag.PART.value)
            out[i] = piece.model_copy(update={
                "flags": flags, "trace": traced(piece, RULE),
                "part_of": piece.part_of if piece.part_of is not None else first.claim_id,
            })
    return out


__all__ = ["RULE", "add_up_pieces"]
