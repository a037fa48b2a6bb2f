"""The bounds a qualifier implies and the readings of vague amounts (the tables of the package's docstring)."""

from __future__ import annotations

from typing import Literal

from ..models import Qualifier

VaguePolicy = Literal["interval", "acled"]

BOUNDS: dict[Qualifier, tuple[str, str]] = {
    Qualifier.EXACT: ("v", "v"),
    Qualifier.AT_LEAST: ("v", "None"),
    Qualifier.MORE_THAN: ("v + 1", "None"),
    Qualifier.AT_MOST: ("0", "v"),
    Qualifier.LESS_THAN: ("0", "v - 1"),
    Qualifier.ABOUT: ("floor(0.9 v)", "ceil(1.1 v)"),
    Qualifier.ALMOST: ("floor(0.9 v)", "v - 1"),
    Qualifier.UP_TO: ("0", "v"),
    Qualifier.RANGE: ("a", "b"),
    Qualifier.VAGUE: ("policy", "policy"),
}
"""The bound conventions of the module's table: qualifier -> (low, high) as formulas of the value."""

VAGUE_INTERVALS: dict[str, tuple[int, int | None]] = {
    "a_few": (2, 9),
    "several": (3, 9),
    "tens": (20, 99),
    "dozens": (24, 199),
    "scores": (40, 199),
    "hundreds": (200, 1999),
    "thousands": (2000, 19999),
    "tens_of_thousands": (20000, 199999),
    "hundreds_of_thousands": (200000, 1999999),
    "millions": (2000000, None),
}
"""The default ("interval") reading of each vague amount."""

ACLED_VALUES: dict[str, int] = {
    "a_few": 3,
    "several": 3,
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "tens_of_thousands": 10000,
    "hundreds_of_thousands": 100000,
    "millions": 1000000,
}
"""ACLED-style conservative single values for vague amounts."""

_COMPOSABLE_VAGUE = ("a_few", "several")
_ROUND_NAMES: dict[int, str] = {
    12: "dozen",
    100: "hundred",
    1000: "thousand",
    100_000: "hundred_thousand",
    1_000_000: "million",
}


def _compose_vague() -> None:
    """Add "a few"/"several" times a round number: a_few_hundred, several_thousand, several_dozen..."""
    for base in _COMPOSABLE_VAGUE:
        low, high = VAGUE_INTERVALS[base]
        for round_value, name in _ROUND_NAMES.items():
            VAGUE_INTERVALS[f"{base}_{name}"] = (low * round_value, None if high is None else high * round_value)
            ACLED_VALUES[f"{base}_{name}"] = ACLED_VALUES[base] * round_value


_compose_vague()

VAGUE_POLICIES: tuple[str, ...] = ("interval", "acled")


def bounds(qualifier: Qualifier, value: int | None, high_value: int | None = None) -> tuple[int | None, int | None]:
    """The ``(low, high)`` interval that ``qualifier`` and ``value`` imply (see the module's table)."""
    if value is None:
        return None, None
    if qualifier is Qualifier.EXACT:
        return value, value
    if qualifier is Qualifier.AT_LEAST:
        return value, None
    if qualifier is Qualifier.MORE_THAN:
        return value + 1, None
    if qualifier is Qualifier.AT_MOST or qualifier is Qualifier.UP_TO:
        return 0, value
    if qualifier is Qualifier.LESS_THAN:
        return 0, max(0, value - 1)
    if qualifier is Qualifier.ABOUT:
        return 9 * value // 10, -(-11 * value // 10)
    if qualifier is Qualifier.ALMOST:
        high = max(0, value - 1)
        return min(9 * value // 10, high), high
    if qualifier is Qualifier.RANGE:
        return value, high_value if high_value is not None else value
    return None, None


def vague_bounds(key: str, policy: str = "interval") -> tuple[int | None, int | None]:
    """The interval of a vague amount under a policy (``"interval"`` or ``"acled"``)."""
    _check_policy(policy)
    if policy == "acled":
        single = ACLED_VALUES.get(key)
        return single, single
    return VAGUE_INTERVALS.get(key, (None, None))


def _check_policy(policy: object) -> None:
    if not isinstance(policy, str):
        raise TypeError(f"policy must be a str such as 'interval' or 'acled', not {type(policy).__name__}")
    if policy not in VAGUE_POLICIES:
        raise ValueError(f"unknown vague policy {policy!r}: choose one of {', '.join(VAGUE_POLICIES)}")
