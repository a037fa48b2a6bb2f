"""The document model the stages pass along: sentences, figures and their attribution."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..models import (
    Count,
)
from .lexicon import Lexicon


@dataclass
class Attribution:
    speaker: str | None
    via: str | None
    weak: bool = False
    pronoun: bool = False
    day: dt.date | None = None


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    counts: list[Count] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    attr: Attribution | None = None
    explicit: Attribution | None = None
    carried: bool = False


@dataclass
class Doc:
    text: str
    lex: Lexicon
    published: str | None
    day: dt.date | None
    country: str | None
    orgs: list[tuple[int, str]] | None  # read on first use: only "die Organisation" needs them


