"""Where a reconciliation's quantities lie: each event's country and the one place of its toll.

Used by :mod:`casualty_reconcile.reconcile` before grouping claims into quantities (see its module doc,
"One event, one toll" and "Hierarchy")."""

from __future__ import annotations

import operator
from collections import Counter
from typing import Final, cast

from . import geo
from .lang.common import GOVERNMENT_OF_COUNTRY
from .models import Category, Claim, Flag, traced
from .places import _Places

_LOCATION: Final = operator.attrgetter("location")
_ORIGIN: Final = operator.attrgetter("origin")
_TOLL: Final = frozenset({Category.DEATHS.value, Category.INJURIES.value})
"""The categories of an event's toll: one quantity per group, whichever level of place a report names."""
_NOT_TOLL: Final = frozenset({Flag.ANECDOTAL.value, Flag.RETRACTED.value})


def _event_countries(places: _Places, claims: list[Claim], events_of: list[str]) -> dict[str, str]:
    """Each event's country: the country most of its claims are placed in (by a known city's country
    when no claim names a country); of two as many, the one whose government more of the event's
    figures come from (a dateline abroad: "KAIRO (dpa) - Das Gesundheitsministerium in Khartum ..."
    beside a report from Khartoum is Sudan's event, not Egypt's), then by name."""
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
    origins = Counter(zip(events_of, map(_ORIGIN, claims), strict=True))
    country_of_event: dict[str, str] = {}
    for event in set(events_of):
        counter = votes.get(event) or city_votes.get(event)
        if counter:
            country_of_event[event] = min(
                counter.items(), key=lambda kv: (-kv[1], -origins[event, GOVERNMENT_OF_COUNTRY.format(country=kv[0])], kv[0])
            )[0]
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


def _capital_as_country(
    places: _Places, claims: list[Claim], events_of: list[str], country_of_event: dict[str, str], parts: frozenset[str]
) -> frozenset[str]:
    """The ids of the claims outside the toll (arrests, ...) placed in the capital of their event's
    country where the event counts the same category in the country: they join the country's quantity.
    Agency copy is filed from the capital, and a report placed there by its dateline ("TEHRAN (Reuters) -
    The judiciary said more than 700 people had been detained") counts what another report of the event
    counts in the country ("Iranian police said they had arrested 450"). A claim that counts only a part
    of the area (``parts``: "in Tehran alone", "200 of them in Tehran") keeps the capital, and a town
    that is no capital stays a subarea of its country ("in Hamilton, Ohio" beside "across the United States")."""
    capitals = geo.capitals()
    counted: set[tuple[str, str]] = set()  # (event, category) counted in the event's country
    in_capital: list[tuple[str, str, str]] = []
    for claim, event in zip(claims, events_of, strict=True):
        category = claim.category.value
        country = country_of_event.get(event)
        if category in _TOLL or claim.location is None or country is None:
            continue
        name, is_country, _ = places.info(claim.location)
        if is_country and name == country:
            counted.add((event, category))
        elif name == capitals.get(country) and claim.claim_id not in parts:
            in_capital.append((claim.claim_id, event, category))
    return frozenset(claim_id for claim_id, event, category in in_capital if (event, category) in counted)


TOLL_SUBAREA_RULE: Final = "reconcile.subarea-of-a-regional-toll"
"""The name of the decision of :func:`toll_subarea`: a part of the area is a subarea of its event's toll placed below the country."""


def toll_subarea(
    places: _Places, event: str, category: str, location: str | None, toll_place: dict[str, str],
    country_of_event: dict[str, str],
) -> str | None:
    """The place of the event's toll a part of its area lies in, where the part's country counts nothing of its own
    (:data:`TOLL_SUBAREA_RULE`): "mindestens 117 Tote in Rheinland-Pfalz. Allein in Bad Neuenahr-Ahrweiler wurden 110
    Tote geborgen": the town is a subarea of the region's toll, in the same country, not a quantity without a
    whole. Only for the toll's categories and a toll placed below a country (a region, a town); else ``None``."""
    whole = toll_place.get(event)
    if category not in _TOLL or whole is None or location is None:
        return None
    name, is_country, country = places.info(location)
    whole_name, whole_is_country, whole_country = places.info(whole)
    if is_country or whole_is_country or name == whole_name:
        return None
    home = country_of_event.get(event)
    return whole if (country or home) == (whole_country or home) is not None else None


SIBLING_PART_RULE: Final = "reconcile.sibling-of-an-area-part"
"""The name of the decision of :func:`sibling_parts`, recorded in the trace of each claim it takes."""


def sibling_parts(places: _Places, claims: list[Claim], parts: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """``parts`` (the claims that count a part of the area) with each figure of the toll that a report places,
    below its country, in another place than a larger part of the area it states in the same category
    (:data:`SIBLING_PART_RULE`): "155 people died in the Valencia region alone. Two more people died in
    Castilla-La Mancha": the second region's figure counts another part of the area, not the event's toll,
    which stays the country's 158 of another report. A figure as large as the part or larger may be the
    whole the part lies in (a region's 117 beside "110 in Ahrweiler alone") and stays the toll; so does a
    figure placed in a country. Returns the parts and, apart, the figures this rule added."""
    marked = [claim for claim in claims if claim.claim_id in parts and claim.location is not None and claim.value is not None]
    if not marked:
        return parts, frozenset()
    largest: dict[tuple[str, str], list[tuple[int, str]]] = {}  # (document, category) -> (value, place) of its parts
    for claim in marked:
        name, is_country, _ = places.info(cast(str, claim.location))
        if not is_country:
            largest.setdefault((claim.doc_id, claim.category.value), []).append((cast(int, claim.value), name))
    siblings: set[str] = set()
    for claim in claims:
        beside = largest.get((claim.doc_id, claim.category.value))
        if not beside or claim.claim_id in parts or claim.location is None or not _whole_toll(claim):
            continue
        name, is_country, _ = places.info(claim.location)
        if not is_country and any(name != place and cast(int, claim.value) < value for value, place in beside):
            siblings.add(claim.claim_id)
    return parts | siblings, frozenset(siblings)


def trace_siblings(claims: list[Claim], siblings: frozenset[str]) -> list[Claim]:
    """``claims`` with :data:`SIBLING_PART_RULE` appended to the trace of each claim :func:`sibling_parts` took."""
    return _trace_taken(claims, siblings, SIBLING_PART_RULE)


RECALLED_RULE: Final = "reconcile.recalled-own-toll"
"""The name of the decision of :func:`recalled_tolls`, recorded in the trace of each claim it takes (where the
claim has a trace: extract(..., trace=True)) and in the explanation of the quantity it joins."""

RECALLED_NOTE: Final = (
    "{figure} ({doc_id}) reads as another incident's or a period's figure but states this event's own toll, "
    "as the event's other reports do: counted in it ({rule})."
)
"""The explanation's sentence for a flagged figure that joins its event's toll (:func:`recalled_tolls`)."""

_OTHER_QUANTITY_FLAGS: Final = frozenset({Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value})
"""Flags that put a figure in a quantity of its own beside the event's toll (a period tally, another incident)."""


def _whole_toll(claim: Claim) -> bool:
    """Whether a claim counts the whole of a toll category with a value (no anecdote, no retraction)."""
    return (
        claim.category.value in _TOLL and claim.value is not None and (claim.group or "all") == "all"
        and not (claim.flags and _NOT_TOLL.intersection(claim.flags))
    )


def recalled_tolls(claims: list[Claim], events_of: list[str]) -> frozenset[str]:
    """The ids of the claims flagged as another incident's or a period's figure that count the event's
    own toll: they join it. A follow-up recalls its own incident in words that read as another one ("an
    arrest has been made for last week's shooting that injured a girl", "the shooting that injured four
    last year"); the figure is the event's when it is the event's toll (the figure of the category that
    most of the event's documents state unflagged), another document states it and its own document states the same figure unflagged (a restatement) or, leading with it (its first
    figure of the dead or the injured), none of its own in that category. A roundup's tally that no other report of the event confirms stays apart ("4 killed in
    city shootings Tuesday" beside the two dead of one of them)."""
    other = _OTHER_QUANTITY_FLAGS.intersection
    asked = {event for claim, event in zip(claims, events_of, strict=True) if claim.flags and other(claim.flags)}
    if not asked:  # most events: nothing flagged, nothing to read
        return frozenset()
    in_doc: dict[tuple[str, str], set[int]] = {}
    in_event: dict[tuple[str, str, int], set[str]] = {}  # (event, category, value) -> documents
    flagged: list[tuple[Claim, str]] = []
    first: dict[str, int] = {}  # document -> where its first toll figure starts
    for claim, event in zip(claims, events_of, strict=True):
        if event not in asked:
            continue
        if claim.category.value in _TOLL and claim.start < first.get(claim.doc_id, claim.start + 1):
            first[claim.doc_id] = claim.start
        if not _whole_toll(claim):
            continue
        if claim.flags and other(claim.flags):
            flagged.append((claim, event))
            continue
        category, value = claim.category.value, cast(int, claim.value)
        in_doc.setdefault((claim.doc_id, category), set()).add(value)
        in_event.setdefault((event, category, value), set()).add(claim.doc_id)
    most: dict[tuple[str, str], int] = {}  # (event, category) -> how many documents state its toll
    for (event, category, _), docs in in_event.items():
        most[event, category] = max(most.get((event, category), 0), len(docs))
    recalled: set[str] = set()
    for claim, event in flagged:
        category, value = claim.category.value, cast(int, claim.value)
        own = in_doc.get((claim.doc_id, category))
        stating = in_event.get((event, category, value), set())
        if stating - {claim.doc_id} and len(stating) == most[event, category] and (value in own if own else claim.start == first[claim.doc_id]):
            recalled.add(claim.claim_id)
    return frozenset(recalled)


def trace_recalled(claims: list[Claim], recalled: frozenset[str]) -> list[Claim]:
    """``claims`` with :data:`RECALLED_RULE` appended to the trace of each claim :func:`recalled_tolls`
    took into its event's toll (where the claim has a trace), so that its flag beside the toll it joins
    is explained."""
    return _trace_taken(claims, recalled, RECALLED_RULE)


def _trace_taken(claims: list[Claim], taken: frozenset[str], rule: str) -> list[Claim]:
    """``claims`` with ``rule`` appended to the trace of each claim in ``taken`` that has a trace."""
    if not taken:
        return claims
    return [claim.model_copy(update={"trace": traced(claim, rule)}) if claim.claim_id in taken and claim.trace else claim for claim in claims]
