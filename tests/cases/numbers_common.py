"""Row types of the number-grammar case tables (``numbers_de.py``, ``numbers_en.py``).

One row is one real phrase as it is found in news copy and what ``parse_count`` must read from it:

    X("de-wire-exact-digits", "Bei dem Anschlag starben 12 Menschen.", 12)
    Q("de-police-more-than", "mehr als 40 Tote", 40, "more_than", 41, None)
    V("de-vague-dozens", "Dutzende Verletzte", "dozens", (24, 199), acled=(12, 12))
    NOT("de-age-jaehrige", "Der 68-Jährige wurde festgenommen.")

``xfail="why"`` marks a known miss; the tests run such rows as strict xfail.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NumberCase:
    """Expected reading of a phrase; ``qualifier`` None means "no count in this phrase"."""

    id: str
    text: str
    value: int | None
    qualifier: str | None
    low: int | None = None
    high: int | None = None
    surface: str | None = None
    vague_word: str | None = None
    acled: tuple[int | None, int | None] | None = None
    xfail: str | None = None
    high_value: int | None = None  # a range's stated upper end where it is not its high bound ("less than 300")


def X(id: str, text: str, value: int, *, surface: str | None = None, xfail: str | None = None) -> NumberCase:
    """An exact count: low == high == value."""
    return NumberCase(id, text, value, "exact", value, value, surface=surface, xfail=xfail)


def Q(
    id: str,
    text: str,
    value: int,
    qualifier: str,
    low: int | None,
    high: int | None,
    *,
    surface: str | None = None,
    xfail: str | None = None,
    high_value: int | None = None,
) -> NumberCase:
    """A qualified count (or a range: ``value`` is the low end, ``high`` the high end; ``high_value``
    the stated upper end where two bounds make the range: "more than 200 and less than 300")."""
    return NumberCase(id, text, value, qualifier, low, high, surface=surface, xfail=xfail, high_value=high_value)


def V(
    id: str,
    text: str,
    vague_word: str,
    interval: tuple[int | None, int | None],
    *,
    acled: tuple[int | None, int | None],
    surface: str | None = None,
    xfail: str | None = None,
) -> NumberCase:
    """A vague amount: value None, bounds from the "interval" policy, and from "acled"."""
    low, high = interval
    return NumberCase(id, text, None, "vague", low, high, surface=surface, vague_word=vague_word, acled=acled,
                      xfail=xfail)


def NOT(id: str, text: str, *, xfail: str | None = None) -> NumberCase:
    """A phrase whose numbers are no count (a year, an age, a date, money...)."""
    return NumberCase(id, text, None, None, xfail=xfail)
