"""The particulars of a lead found from where each kind can start (event_words._finditer): the same
matches as the one pattern's scan."""

from __future__ import annotations

import pytest

from casualty_reconcile.event_words import (
    _finditer,
    _particular_pattern,
    _particular_starts,
    document_particulars,
)

FRENCH = (
    "Un homme a été tué rue de la Paix, à Lyon. Jean Dupont, 34 ans, est mort sur place après le meurtre de "
    "Paul Martin. La police a bouclé l'avenue du Général Leclerc et le boulevard Voltaire, rue Victor Hugo."
)


def test_a_language_with_literal_and_other_starts_scans_them_apart() -> None:
    assert len(_particular_starts("fr")) == 2  # "rue", "avenue" ... and the persons
    assert _particular_starts("en") == ()  # every English particular starts with a class or a look-behind


@pytest.mark.parametrize("start", [0, 1, 40, 100])
def test_the_same_matches_as_the_one_pattern(start: int) -> None:
    pattern, _ = _particular_pattern("fr")
    assert pattern is not None
    expected = [(m.span(), m.lastgroup) for m in pattern.finditer(FRENCH, start, len(FRENCH))]
    assert len(expected) >= (5 if start == 0 else 1)
    assert [(m.span(), m.lastgroup) for m in _finditer(pattern, "fr", FRENCH, start, len(FRENCH))] == expected


def test_the_lead_names_streets_and_persons() -> None:
    assert {"street:paix", "person:jean dupont", "person:paul martin", "street:voltaire"} <= set(document_particulars(FRENCH, "fr"))
