"""Helpers that build valid claims for tests."""

from __future__ import annotations

from typing import Any

from casualty_reconcile.models import Claim, make_claim_id


def make_claim(**overrides: Any) -> Claim:
    """A valid claim; any field can be overridden. The span is kept consistent with ``text``."""
    text = overrides.pop("text", "mindestens 164 Todesopfern")
    start = overrides.pop("start", 0)
    doc_id = overrides.pop("doc_id", "doc-1")
    fields: dict[str, Any] = {
        "doc_id": doc_id,
        "source": "dpa",
        "published": "2022-01-09",
        "language": "de",
        "start": start,
        "end": start + len(text),
        "text": text,
        "sentence": f"Die Behörden sprachen von {text}.",
        "category": "deaths",
        "value": 164,
        "qualifier": "at_least",
        "low": 164,
        "high": None,
        "group": "all",
        "location": "Kazakhstan",
        "speaker": "Behörden",
        "via": None,
        "as_of": "2022-01-09",
        "part_of": None,
        "flags": (),
    }
    fields.update(overrides)
    fields.setdefault("claim_id", make_claim_id(doc_id, start, start + len(text), text))
    return Claim(**fields)
