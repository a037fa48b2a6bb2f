"""Figures of another quantity than the event's own: another incident told as background, a period's tally.

Extraction flags a figure ``other_incident`` ("The block was the scene of last month's shooting that killed
3 men") or ``period_tally`` ("More than 750 people have been killed in the city so far this year")
(:mod:`casualty_reconcile.engine.figure_flags`). Such a figure says nothing of who was counted in the
event: it counts another quantity. :func:`~casualty_reconcile.reconcile.reconcile` gives it a quantity of
its own (never the event's toll, unless :func:`~casualty_reconcile.quantity_places.recalled_tolls` finds
it restates that toll), keyed apart from the event's quantities of the same group by a mark that
:func:`scoped_group` reads back into the quantity's real ``group`` and its ``scope``; the result holds
those quantities in ``Reconciliation.other_quantities``, apart from ``Reconciliation.quantities``, so that
a reader who sums an event's quantities (its groups, where it has no whole) counts the event's own dead
and not another incident's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .models import Flag
from .result import Quantity, Scope

OTHER_QUANTITY: Final = {Flag.PERIOD_TALLY.value: "period tally", Flag.OTHER_INCIDENT.value: "other incident"}
"""Flags of a figure that counts another quantity than the event's toll -> the mark of its quantity's key."""

_SCOPE_OF_MARK: Final = {"period tally": Scope.PERIOD_TALLY, "other incident": Scope.OTHER_INCIDENT}
_SEPARATOR: Final = " · "


def marked_group(group: str, mark: str) -> str:
    """The group of a quantity key for a figure of another quantity: ``"other incident"`` (everyone),
    ``"children · other incident"`` (a group of it)."""
    return mark if group == "all" else f"{group}{_SEPARATOR}{mark}"


def scoped_group(group: str) -> tuple[str, Scope]:
    """A quantity key's group as ``(group, scope)``: ``"children · other incident"`` ->
    ``("children", Scope.OTHER_INCIDENT)``, ``"other incident"`` -> ``("all", ...)``, ``"police"`` ->
    ``("police", Scope.EVENT)``."""
    for mark, scope in _SCOPE_OF_MARK.items():
        if group == mark:
            return "all", scope
        if group.endswith(mark) and group[: -len(mark)].endswith(_SEPARATOR):
            return group[: -len(mark) - len(_SEPARATOR)], scope
    return group, Scope.EVENT


def apart(quantities: Iterable[Quantity]) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
    """``(the events' own quantities, those of other incidents and periods)``, each in the given order."""
    own: list[Quantity] = []
    other: list[Quantity] = []
    for quantity in quantities:
        (own if quantity.scope is Scope.EVENT else other).append(quantity)
    return tuple(own), tuple(other)


__all__ = ["OTHER_QUANTITY", "apart", "marked_group", "scoped_group"]
