"""The document model the stages pass along: sentences, figures and their attribution."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..models import Category, Count
from .lexicon import Lexicon

if TYPE_CHECKING:
    from .evidence import Evidence


@dataclass(slots=True)
class Attribution:
    speaker: str | None
    via: str | None
    weak: bool = False
    pronoun: bool = False
    day: dt.date | None = None
    rule: tuple[str, ...] = ()  # the names of the rules that found it


@dataclass(slots=True, eq=False)
class Figure:
    """One figure of a sentence, as the stages decide it (compared by identity)."""

    count: Count  # the count the claim states: the part in "21 der 60 Insassen"
    start: int
    end: int  # past the counted noun phrase
    category: Category
    group: str
    parent: Figure | None  # the total this figure is a part of ("darunter 43 Kinder")
    flags: list[str]
    location: str | None
    location_default: bool  # the location is only the article's country, by default
    continues: bool  # "42 weitere", "One of the injured": the same event goes on
    troops_unsure: bool  # troops of no known side: an alliance's speaker makes them foreign
    attribution: Attribution | None = None  # a clause's own source; in the end, the figure's source
    as_of: dt.date | None = None  # the day the figure refers to
    trace: list[str] = field(default_factory=list)  # the names of the rules that decided it, in order
    evidence: Evidence | None = None  # what the rules read, until its place is settled (build)
    clause_own: bool = False  # ``attribution`` is the source its clause names (else carried from before it)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    counts: list[Count] = field(default_factory=list)
    claims: list[Figure] = field(default_factory=list)
    attr: Attribution | None = None
    explicit: Attribution | None = None
    carried: bool = False
    attr_rule: tuple[str, ...] = ()  # the rules that gave it ``attr`` (its own, carried, named later), besides ``attr.rule``
    went_back: bool = False  # it has no figures and names the source of the figures of the sentence before it
    # the figures of the list ``apposed_of`` (the figures stage's) whose appositive list is read, in its order, and how
    # many of that list were looked at (ParentsStage._appositive_heads)
    apposed: list[Figure] = field(default_factory=list)
    apposed_of: list[Figure] | None = None
    apposed_seen: int = 0


@dataclass(slots=True)
class Doc:
    text: str
    lex: Lexicon
    published: str | None
    day: dt.date | None
    country: str | None
    orgs: list[tuple[int, str]] | None  # read on first use: only "die Organisation" needs them
    surnames: frozenset[str] = frozenset()  # places' names written as a person's surname only ("Jamaine Sutton ... Sutton's family")
    located: dict[str, str] = field(default_factory=dict)  # names written before their region's ("Preston, Idaho") -> its country
    owners: dict[str, tuple[str, int]] = field(default_factory=dict)  # a country's name written as a speaker's owner -> (country, times)
    owner_country: bool = False  # the country is read only from a speaker's owner ("Qatar's foreign ministry said"): no figure's place


def last_ending_by(claims: list[Figure], pos: int) -> Figure | None:
    """The last of a sentence's figures (in the text's order) that ends by ``pos``: those from the first starting at
    ``pos`` on end after it, so it is read back from there, not over every figure (a sentence of figures)."""
    i = bisect.bisect_left(claims, pos, key=lambda c: c.start) - 1
    while i >= 0 and claims[i].end > pos:
        i -= 1
    return claims[i] if i >= 0 else None
