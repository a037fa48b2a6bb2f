"""The particulars of a lead found from where each kind can start (event_words._finditer), the literal
starts by a stdlib scan of the lowercased text: the same matches as the one pattern's scan."""

from __future__ import annotations

import pytest

from casualty_reconcile._patterns import folded
from casualty_reconcile.event_words import _address_pattern, _particular_pattern, document_particulars
from casualty_reconcile.particular_scan import _finditer, _particular_starts, _start_scans

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
    # the streets' first words found by the stdlib on the lowercased text, then matched there
    low = folded(FRENCH)
    assert low is not None and _start_scans("fr")[1] is not None
    assert [(m.span(), m.lastgroup) for m in _finditer(pattern, "fr", FRENCH, start, len(FRENCH), low)] == expected


@pytest.mark.parametrize("stop", [60, 61, 62, 150, 186])
def test_a_scan_that_stops_early_finds_what_the_pattern_finds(stop: int) -> None:
    pattern, _ = _particular_pattern("fr")
    assert pattern is not None
    text = FRENCH + " Les rues et la Rue Neuve, rueX Lafayette, 12 avenue Foch."
    expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text, 0, stop)]
    assert [(m.span(), m.lastgroup) for m in _finditer(pattern, "fr", text, 0, stop, folded(text))] == expected
    expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text, 180, len(text))]
    assert expected  # "la Rue Neuve", "avenue Foch"
    assert [(m.span(), m.lastgroup) for m in _finditer(pattern, "fr", text, 180, len(text), folded(text))] == expected


ADDRESSES = (
    "Au 12 rue Victor-Hugo, puis à l'angle de la rue Garibaldi et du cours Lafayette; le parcours passe au 3, avenue "
    "de la République. À l'angle de la Rue Neuve et de l'avenue Foch, au carrefour du boulevard Voltaire et de la rue de la Paix."
)


def test_french_addresses_are_scanned_from_their_first_word_apart_from_the_numbered_ones() -> None:
    assert len(_particular_starts("fr", addresses=True)) == 2  # "rue", "cours" ... and "12 rue"
    assert _particular_starts("de", addresses=True) == () and _particular_starts("en", addresses=True) == ()


@pytest.mark.parametrize("start", [0, 1, 30, 100, 150])
def test_the_same_addresses_as_the_one_pattern(start: int) -> None:
    pattern = _address_pattern("fr")
    assert pattern is not None
    expected = [m.span() for m in pattern.finditer(ADDRESSES, start, len(ADDRESSES))]
    assert len(expected) >= (5 if start == 0 else 1)
    for low in (None, folded(ADDRESSES)):
        assert [m.span() for m in _finditer(pattern, "fr", ADDRESSES, start, len(ADDRESSES), low, addresses=True)] == expected


def test_the_lead_names_streets_and_persons() -> None:
    expected = {"street:paix", "person:jean dupont", "person:paul martin", "street:voltaire"}
    assert expected <= set(document_particulars(FRENCH, "fr"))
    assert document_particulars(FRENCH, "fr", 0, folded(FRENCH)) == document_particulars(FRENCH, "fr")
