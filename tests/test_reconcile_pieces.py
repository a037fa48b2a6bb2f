"""Pieces of the hurt told by degree ("vier Menschen schwer, elf leicht verletzt"): stated as they are at extraction
(flag ``piece``), added up where reconcile estimates the toll (pieces.py, rule reconcile.pieces-by-degree)."""

from __future__ import annotations

from casualty_reconcile import Claim, Flag, extract, reconcile
from casualty_reconcile.pieces import RULE, add_up_pieces
from casualty_reconcile.result import Reason

_PIECES_DE = "Bei dem Unfall wurden vier Menschen schwer und elf leicht verletzt, teilte die Polizei mit."
_WHOLE_DE = "Bei dem Unfall wurden nach Angaben der Feuerwehr 15 Menschen verletzt."


def _claims() -> list[Claim]:
    return [
        *extract(_PIECES_DE, language="de", published="2024-03-01", doc_id="a", trace=True),
        *extract(_WHOLE_DE, language="de", published="2024-03-01", doc_id="b", trace=True),
    ]


def test_pieces_by_degree_add_up_to_the_toll_another_report_states() -> None:
    result = reconcile(_claims())
    (toll,) = result.quantities
    assert (toll.low.value, toll.best.value, toll.high.value) == (15, 15, 15)
    reasons = {d.reason for d in result.differences}
    assert Reason.UPDATE not in reasons  # 11 is no update of 4, nor 15 of 11
    assert Reason.SUBGROUP in reasons  # the light piece is a part of the sum


def test_the_first_piece_becomes_the_sum_and_the_others_its_parts() -> None:
    result = reconcile(_claims())
    by_text = {c.text: c for c in result.claims}
    first, second = by_text["vier Menschen"], by_text["elf"]
    assert (first.value, first.low, first.high) == (15, 15, 15)
    assert Flag.DERIVED.value in first.flags and Flag.PART.value not in first.flags
    assert Flag.PART.value in second.flags and second.part_of == first.claim_id and second.value == 11
    assert first.trace[-1] == RULE and second.trace[-1] == RULE


def test_one_report_of_pieces_alone_gives_their_sum() -> None:
    claims = extract("Two people were critically injured and three suffered minor injuries in the crash.",
                     language="en", published="2024-05-02", doc_id="a")
    assert [c.value for c in claims] == [2, 3]  # as stated
    (toll,) = reconcile(claims).quantities
    assert toll.best.value == 5


def test_pieces_of_two_sentences_are_not_added_up() -> None:
    claims = extract("Zwei Menschen wurden schwer verletzt. Drei weitere Menschen erlitten leichte Verletzungen.",
                     language="de", published="2024-03-01", doc_id="a")
    assert not any(Flag.PIECE.value in c.flags for c in claims)
    assert add_up_pieces(claims) == claims


def test_a_piece_whose_fellow_is_left_out_stays_as_stated() -> None:
    claims = [c for c in _claims() if c.text != "elf"]
    assert add_up_pieces(claims) == claims


def test_the_sum_ignores_the_claims_order_and_survives_json() -> None:
    claims = _claims()
    again = [Claim.model_validate_json(c.model_dump_json()) for c in reversed(claims)]
    one, other = reconcile(claims).quantities, reconcile(again).quantities
    assert [(q.low, q.best, q.high) for q in one] == [(q.low, q.best, q.high) for q in other]


def test_the_extracted_claims_are_left_unchanged() -> None:
    claims = _claims()
    before = [c.model_dump() for c in claims]
    reconcile(claims)
    assert [c.model_dump() for c in claims] == before
    assert [c.value for c in claims if Flag.PIECE.value in c.flags] == [4, 11]


def test_one_victim_and_a_piece_add_up_to_a_whole() -> None:
    claims = extract("Ein Mann wurde lebensgefährlich verletzt, zwei Frauen wurden leicht verletzt.",
                     language="de", published="2024-03-01", doc_id="a")
    assert [(c.value, Flag.PIECE.value in c.flags) for c in claims] == [(1, True), (2, True)]
    assert Flag.ANECDOTAL.value in claims[0].flags  # one man: one case, as stated
    result = reconcile(claims)
    (first,) = [c for c in result.claims if c.text == "Ein Mann"]
    assert first.value == 3 and Flag.ANECDOTAL.value not in first.flags  # the sum is no one case told beside the toll
    assert next(q for q in result.quantities if q.group == "all").best.value == 3
