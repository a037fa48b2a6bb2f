"""Civilians who are everyone an event hit: before reconcile groups an event's claims, a count of
civilians (the annotation's group for any named civilian population: "illegal miners", "passengers",
"pilgrims", "workers") in an event where no claim counts a side of fighting or unrest (security
forces, attackers, foreign troops, protesters: their dead, their wounded, their numbers) is the event's whole count, group ``all``:
"Between 20 and 30 illegal miners are believed to have died" and "24 bodies had been brought to the
surface" count the same dead, and a fact-checker compares them directly. Civilians stay a subgroup
where a side is counted beside them ("12 civilians and 28 soldiers"), and a part of a whole ("including
six civilians", ``part_of``) stays a part, as does a figure told as a case or an aside (any flag: "a
passenger was also hurt") and any figure after its document's first of the category (a story told
beside the toll: "Two weeks ago the names of two students killed in a traffic accident ..."). Persons
named by sex or age (the language's ``subgroup_persons``: "All four women ... were killed", "vier Frauen")
are a part of the people an event hit, never a population it hit as a whole: they stay civilians.

A claim read so keeps its figure and appends :data:`RULE` to its trace (where it has one), so an
extraction with ``trace=True`` shows in the quantity why a count of miners stands as group ``all``."""

from __future__ import annotations

import functools
from typing import Final

import regex

from .lang import get_language
from .models import Category, Claim, Group, traced

RULE: Final = "reconcile.civilians-are-everyone"  # the name the claim's trace records (trace=True)
_SIDES: Final = frozenset({Group.SECURITY_FORCES.value, Group.ATTACKERS.value, Group.FOREIGN_TROOPS.value, Group.PROTESTERS.value})
_TOLLS: Final = frozenset({Category.DEATHS, Category.INJURIES})


@functools.lru_cache(maxsize=16)
def _subgroup_pattern(language: str) -> regex.Pattern[str] | None:
    """The language's nouns of persons named by sex or age as one pattern of whole words (None: none)."""
    try:
        words = get_language(language).subgroup_persons
    except Exception:  # an unknown language names none
        return None
    return regex.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", regex.IGNORECASE) if words else None


def _population(claim: Claim) -> bool:
    """Whether a count of civilians names a population ("miners", "passengers"), not persons by sex or age."""
    pattern = _subgroup_pattern(claim.language)
    return pattern is None or pattern.search(claim.text) is None


def everyone_hit(claims: list[Claim], events_of: list[str]) -> list[Claim]:
    """``claims`` with each count of civilians that is its event's whole count read as group ``all``."""
    civilians = Group.CIVILIANS.value
    if not any(claim.group == civilians for claim in claims):
        return claims  # (cheap test first)
    sides = {event for claim, event in zip(claims, events_of, strict=True) if claim.group in _SIDES}
    first: dict[tuple[str, Category], int] = {}  # (document, category) -> where its first figure stands
    for claim in claims:
        key = (claim.doc_id, claim.category)
        first[key] = min(first.get(key, claim.start), claim.start)
    return [
        claim.model_copy(update={"group": Group.ALL.value, "trace": traced(claim, RULE)})
        if claim.group == civilians and claim.part_of is None and not claim.flags and claim.category in _TOLLS
        and event not in sides and first[(claim.doc_id, claim.category)] == claim.start and _population(claim)
        else claim
        for claim, event in zip(claims, events_of, strict=True)
    ]


__all__ = ["RULE", "everyone_hit"]
