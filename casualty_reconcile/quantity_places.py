"""Where a reconciliation's quantities lie: each event's country and the one place of its toll.

Used by :mod:`casualty_reconcile.reconcile` before grouping claims into quantities (see its module doc,
"One event, one toll" and "Hierarchy")."""

from __future__ import annotations

import operator
from collections import Counter
from typing import Final

from .models import Category, Claim, Flag
from .places import _Places

_LOCATION: Final = operator.attrgetter("location")
_TOLL: Final = frozenset({Category.DEATHS.value, Category.INJURIES.value})
"""The categories of an event's toll: one quantity per group, whichever level of place a report names."""
_NOT_TOLL: Final = frozenset({Flag.ANECDOTAL.value, Flag.RETRACTED.value})


def _event_countries(places: _Places, claims: list[Claim], events_of: list[str]) -> dict[str, str]:
    """Each event's country: the country most of its claims are placed in (by a known city's country
    when no claim names a country)."""
    votes: dict[str, Counter[str]] = {}
    city_votes: dict[str, Counter[str]] = {}
    placed = Counter(zip(events_of, map(_LOCATION, claims), strict=True))
    for (event, place), n in placed.items():
        if place is None:
            continue
        name, is_country, country = places.info(place)
        if is_country:
            votes.setdefault(event, Counter())[name] += n
        elif country is not None:
            city_votes.setdefault(event, Counter())[country] += n
    country_of_event: dict[str, str] = {}
    for event in set(events_of):
        counter = votes.get(event) or city_votes.get(event)
        if counter:
            country_of_event[event] = min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return country_of_event


def _toll_places(
    places: _Places, claims: list[Claim], events_of: list[str], country_of_event: dict[str, str],
    parts: frozenset[str],
) -> dict[str, str]:
    """The one place of each event's toll (deaths, injuries): the town its toll claims name, when they
    name one, else the event's country. Claims that count only a part of the area (``parts``:
    :func:`~casualty_reconcile.event_words.area_parts`) are left out, and keep their own place;
    anecdotes and retracted figures name no place of the toll but join it. An event whose toll names
    several towns and no country has none: its claims keep their places."""
    towns: dict[str, set[str]] = {}
    for claim, event in zip(claims, events_of, strict=True):
        if claim.category.value not in _TOLL or claim.location is None or claim.claim_id in parts:
            continue
        if claim.flags and _NOT_TOLL.intersection(claim.flags):  # an anecdote names no place of the toll
            continue
        name, is_country, _ = places.info(claim.location)
        if not is_country:
            towns.setdefault(event, set()).add(name)
    out: dict[str, str] = {}
    for event in set(events_of):
        named = towns.get(event, set())
        if len(named) == 1:
            out[event] = next(iter(named))
        elif event in country_of_event:
            out[event] = country_of_event[event]
    return out
