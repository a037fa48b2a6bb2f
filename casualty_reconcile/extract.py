"""Claim extraction: every numeric claim of a news text, with its attributes and provenance.

(Work in progress: the engine lands with issue #3.)
"""

from __future__ import annotations

import datetime as dt

from .models import Claim


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    published: str | dt.date | None = None,
    language: str | None = None,
) -> list[Claim]:
    """Every numeric claim in ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return []


__all__ = ["extract"]
