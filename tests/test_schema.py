"""The committed JSON Schemas match the models (drift test) and validate emitted JSON."""

from __future__ import annotations

import json

import jsonschema
import pytest

from casualty_reconcile import schema
from tests.factories import make_claim


@pytest.mark.parametrize("name", sorted(schema.schemas()))
def test_committed_schema_matches_model(name: str) -> None:
    committed = (schema.SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema.render(schema.schemas()[name]), (
        f"{name}.schema.json drifted from the model: run python -m casualty_reconcile.schema --write"
    )


def test_emitted_claim_json_validates() -> None:
    claim = make_claim(value=164, qualifier="at_least", low=164, high=None, flags=("unverified",))
    jsonschema.validate(json.loads(claim.model_dump_json()), schema.claim_schema())


def test_schema_rejects_unknown_qualifier() -> None:
    payload = json.loads(make_claim().model_dump_json())
    payload["qualifier"] = "roughly"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(payload, schema.claim_schema())
