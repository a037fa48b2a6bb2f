"""JSON Schemas of the public models, versioned and committed under ``schemas/``.

``python -m casualty_reconcile.schema --write`` regenerates the committed files;
a test fails when the models and the committed files drift apart.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .models import SCHEMA_VERSION, Claim

SCHEMA_DIR = Path(__file__).with_name("schemas")
_BASE_ID = "https://casualty-reconcile.invalid/schemas"


def _schema_of(model: type[BaseModel], name: str) -> dict[str, Any]:
    schema = model.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{_BASE_ID}/{SCHEMA_VERSION}/{name}.schema.json"
    schema["x-schema-version"] = SCHEMA_VERSION
    return schema


def claim_schema() -> dict[str, Any]:
    """The JSON Schema of one :class:`~casualty_reconcile.models.Claim` as emitted by ``model_dump_json``."""
    return _schema_of(Claim, "claim")


def _registry() -> dict[str, Callable[[], dict[str, Any]]]:
    schemas: dict[str, Callable[[], dict[str, Any]]] = {"claim": claim_schema}
    try:
        module = importlib.import_module(f"{__package__}.reconcile")
    except ImportError:  # pragma: no cover - reconcile not built yet
        return schemas
    build = getattr(module, "reconciliation_schema", None)
    if build is not None:
        schemas["reconciliation"] = build
    return schemas


def schemas() -> dict[str, dict[str, Any]]:
    """Every published schema by name."""
    return {name: build() for name, build in _registry().items()}


def bundle(available: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One JSON Schema holding every published schema under ``$defs``: a record is any one of them."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_BASE_ID}/{SCHEMA_VERSION}/all.schema.json",
        "x-schema-version": SCHEMA_VERSION,
        "title": "casualty_reconcile records",
        "description": "Any record the command line emits with --json: " + ", ".join(sorted(available)) + ".",
        "$defs": dict(sorted(available.items())),
        "anyOf": [{"$ref": f"#/$defs/{name}"} for name in sorted(available)],
    }


def render(schema: dict[str, Any]) -> str:
    """The committed text form of a schema."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(directory: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema to ``directory``; returns the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, schema in schemas().items():
        path = directory / f"{name}.schema.json"
        path.write_text(render(schema), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":  # pragma: no cover
    if "--write" in sys.argv:
        for written in write():
            print(written)
    else:
        print(render(schemas()))
