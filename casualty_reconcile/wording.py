"""The English words of the reports: figures as stated, days, who said it, groups and verbs."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

from .models import Category, Claim, Qualifier, published_day

_VERBS: Final = {
    Category.DEATHS: "killed",
    Category.INJURIES: "injured",
    Category.ARRESTS: "arrested",
    Category.TROOPS: "deployed",
    Category.PARTICIPANTS: "taking part",
    Category.MISSING: "missing",
    Category.DISPLACED: "displaced",
    Category.OTHER: "",
}
_GROUP_WORDS: Final = {
    "all": "people",
    "protesters": "protesters",
    "security_forces": "security forces",
    "civilians": "civilians",
    "children": "children",
    "foreign_troops": "foreign troops",
    "attackers": "attackers",
    # figures of another quantity than the event's toll: the marks of their quantity keys, in the sentences of
    # their differences (the quantity itself has its real group and a scope: casualty_reconcile.other_quantities)
    "period tally": "people over a period",
    "other incident": "people in another incident",
}
_QUALIFIER_WORDS: Final = {
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.LESS_THAN: "fewer than ",
    Qualifier.ABOUT: "about ",
    Qualifier.ALMOST: "almost ",
    Qualifier.UP_TO: "up to ",
}
_WEEKDAY: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


_ONE_WORDS: Final = {
    "protesters": "protester",
    "security_forces": "member of the security forces",
    "civilians": "civilian",
    "children": "child",
    "foreign_troops": "foreign soldier",
    "attackers": "attacker",
}
"""A group's word for one of them ("1 child injured", not "1 children injured")."""


def _group_word(category: Category, group: str, one: bool = False) -> str:
    if group == "all":
        if category is Category.TROOPS:
            return "soldier" if one else "troops"
        return "person" if one else "people"
    if one and group in _ONE_WORDS:
        return _ONE_WORDS[group]
    return _GROUP_WORDS.get(group, group)


def _bounds_text(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"{low:,}" if low == high else f"{low:,}–{high:,}"
    if low is not None:
        return f"{low:,} or more"
    if high is not None:
        return f"up to {high:,}"
    return "any number"


def _stated(claim: Claim) -> str:
    """The figure as stated, in English words: "at least 164", "a vague amount (24–199)"."""
    return _stated_words(claim)


_QUOTE_PAIRS: Final = {"„": "“", "“": "”", "‚": "‘", "«": "»", "»": "«", '"': '"'}
_QUOTES: Final = frozenset("„“”‚‘’«»\"")


def balanced_quotes(text: str, *, close: bool = False) -> str:
    """``text`` with its quotation marks balanced, for showing.

    A figure's text cut out of a quotation keeps a stray mark ("dutzende“ Demonstranten",
    '26 "bewaffnete Kriminelle'); with ``close=False`` the marks that have no partner are dropped, with
    ``close=True`` (a sentence cut before its closing mark) the missing closing marks are added at the end.
    """
    if not _QUOTES.intersection(text):
        return text
    open_at: list[tuple[int, str]] = []  # (position, the closing mark it waits for)
    stray: list[int] = []
    for i, char in enumerate(text):
        if char not in _QUOTES:
            continue
        if open_at and char == open_at[-1][1]:
            open_at.pop()
        elif char == "’" and not (open_at and open_at[-1][1] == "’"):
            continue  # an apostrophe
        elif char in _QUOTE_PAIRS and (char != "“" or not open_at or open_at[-1][1] != "“"):
            open_at.append((i, _QUOTE_PAIRS[char]))
        else:
            stray.append(i)
    if close:
        return text + "".join(mark for _, mark in reversed(open_at))
    drop = set(stray) | {i for i, _ in open_at}
    return " ".join("".join(c for i, c in enumerate(text) if i not in drop).split())


def _stated_words(claim: Claim) -> str:
    value = claim.value
    qualifier = claim.qualifier
    if qualifier is Qualifier.VAGUE or value is None:
        text = balanced_quotes(claim.text.strip())
        if 0 < len(text) <= 40:  # the words as written, so a figure reads the same in headline and body
            return f"“{text}” (vague: {_bounds_text(claim.low, claim.high)})"
        return f"a vague amount ({_bounds_text(claim.low, claim.high)})"
    if qualifier is Qualifier.RANGE and claim.high is not None and claim.high != value:
        return f"{value:,} to {claim.high:,}"
    return f"{_QUALIFIER_WORDS.get(qualifier, '')}{value:,}"


def _day_of(claim: Claim) -> dt.date | None:
    return claim.as_of or published_day(claim.published)


@functools.lru_cache(maxsize=4096)
def _day_text(day: dt.date | None) -> str:
    if day is None:
        return "undated"
    return f"{_WEEKDAY[day.weekday()]} {day.isoformat()}"


def _who(claim: Claim) -> str:
    speaker = claim.speaker or claim.speaker_text  # a source that names no one by its words ("official figures")
    if speaker and claim.via:
        return f"{speaker} via {claim.via}"
    return speaker or claim.via or claim.source or "unattributed"


def _value_text(value: int | None, *, open_end: bool) -> str:
    if value is None:
        return "open" if open_end else "unknown"
    return f"{value:,}"
