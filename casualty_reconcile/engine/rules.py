"""Decisions as named rules, kept in ordered tables per stage.

A :class:`Rule` is a name, an example sentence (where it decides: a test extracts every example and
checks that the rule is in the trace of one of its claims) and a production: a function of the
figure's :class:`~casualty_reconcile.engine.evidence.Evidence` that returns the decision, or
``None`` when the rule does not apply (the condition and the effect in one, as a Duckling rule's
pattern and production). A table is tried in order; :func:`first` takes the first rule that
decides, :func:`each` lets every rule in turn revise the decision. The name of every rule that
decides is appended to the figure's trace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from .evidence import Evidence

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Rule(Generic[T]):
    """A named decision: ``run(evidence)`` is the decision, or ``None`` where the rule does not apply."""

    name: str  # "stage.what-it-sees", as the trace shows it
    language: str  # of the example
    example: str  # a sentence where the rule decides
    run: Callable[[Evidence], T | None]


Productions = tuple[tuple[str, Callable[["Evidence"], T | None]], ...]


def productions(rules: tuple[Rule[T], ...]) -> Productions[T]:
    """A table's names and productions, as the engine runs them (no attribute lookups per figure)."""
    return tuple((rule.name, rule.run) for rule in rules)


def first(table: Productions[T], evidence: Evidence) -> T | None:
    """The decision of the first rule that makes one (its name joins the trace)."""
    for name, run in table:
        found = run(evidence)
        if found is not None:
            evidence.trace.append(name)
            return found
    return None


def first_name(table: Productions[T], evidence: Evidence) -> str | None:
    """The name of the first rule that decides (a filter: the figure is dropped)."""
    for name, run in table:
        if run(evidence):
            return name
    return None


def names(*tables: tuple[Rule[T], ...]) -> list[str]:
    """The names of the rules of some tables, in order."""
    return [rule.name for table in tables for rule in table]
