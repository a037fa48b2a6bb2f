"""The engine's constructors of models (``_construct.constructor``) build what ``model_construct`` builds:
the same fields in the same order, the same fields set, for the claims and counts of real texts too."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from casualty_reconcile import extract
from casualty_reconcile._construct import constructor
from casualty_reconcile.models import Claim, Count, Qualifier
from tests.corpus_texts import case_texts


def _state(model: BaseModel) -> tuple[object, ...]:
    return (
        type(model), list(model.__dict__.items()), model.__pydantic_fields_set__, model.__pydantic_extra__,
        model.__pydantic_private__, model.model_dump(),
    )


def test_a_count_as_model_construct_builds_it() -> None:
    make = constructor(Count)
    assert make is not Count.model_construct
    for values in (
        {"value": 3, "qualifier": Qualifier.EXACT, "low": 3, "high": 3, "surface": "three", "start": 4, "end": 9},
        {"value": None, "qualifier": Qualifier.VAGUE, "low": 24, "high": 199, "surface": "dozens", "vague_word": "dozens"},
        {"value": 5, "qualifier": Qualifier.RANGE, "low": 5, "high": 9, "surface": "5 to 9", "high_value": 9},
    ):
        assert _state(make(**values)) == _state(Count.model_construct(**values))


def test_a_claim_as_model_construct_builds_it() -> None:
    make = constructor(Claim)
    claims = [c for language, text in case_texts()[::10] for c in extract(text, language=language, published="2024-01-07")]
    assert claims
    for claim in claims:
        values = {name: getattr(claim, name) for name in claim.__pydantic_fields_set__}
        assert _state(make(**values)) == _state(Claim.model_construct(**values))
    values = {"claim_id": "x", "doc_id": "d", "language": "en", "published_at": dt.datetime(2024, 1, 7, tzinfo=dt.UTC)}
    assert _state(make(**values)) == _state(Claim.model_construct(**values))  # required fields left out: model_construct's


def test_what_it_cannot_build_fast_model_construct_builds() -> None:
    class Listed(BaseModel):
        model_config = ConfigDict(frozen=True)
        items: list[int] = Field(default_factory=list)

    class Aliased(BaseModel):
        value: int = Field(alias="v")

    assert constructor(Listed) == Listed.model_construct
    assert constructor(Aliased) == Aliased.model_construct
    values = {"value": 1, "qualifier": Qualifier.EXACT, "low": 1, "high": 1, "surface": "one", "nothing": 2}
    assert _state(constructor(Count)(**values)) == _state(Count.model_construct(**values))  # (no such field: left out)
