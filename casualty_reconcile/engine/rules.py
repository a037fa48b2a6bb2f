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
E = TypeVar("E")


@dataclass(frozen=True, slots=True)
class RuleOf(Generic[E, T]):
    """A named decision: ``run(evidence)`` is the decision, or ``None`` where the rule does not apply.
    The evidence is a figure's :class:`~casualty_reconcile.engine.evidence.Evidence` (:data:`Rule`),
    or what a stage decides about other than one figure (attribution: a sentence's span, a speech verb)."""

    name: str  # "stage.what-it-sees", as the trace shows it
    language: str  # of the example
    example: str  # a sentence where the rule decides
    run: Callable[[E], T | None]


@dataclass(frozen=True, slots=True)
class Rule(RuleOf["Evidence", T]):
    """A rule about one figure: ``run`` reads its :class:`~casualty_reconcile.engine.evidence.Evidence`."""


Productions = tuple[tuple[str, Callable[["Evidence"], T | None]], ...]
Table = tuple[tuple[str, Callable[[E], T | None]], ...]  # the productions of a table of RuleOf[E, T]


def productions(rules: tuple[RuleOf[E, T], ...]) -> Table[E, T]:
    """A table's names and productions, as the engine runs them (no attribute lookups per figure)."""
    return tuple((rule.name, rule.run) for rule in rules)


def decide(table: Table[E, T], evidence: E) -> tuple[str, T] | None:
    """The first rule that decides, by name, and its decision (the caller records the name)."""
    for name, run in table:
        found = run(evidence)
        if found is not None:
            return name, found
    return None


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


def names(*tables: tuple[RuleOf[E, T], ...]) -> list[str]:
    """The names of the rules of some tables, in order."""
    return [rule.name for table in tables for rule in table]
