"""Place names as reconciliation reads them: canonical spelling, country or not, a known city's country."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

_CITY_KINDS = frozenset({"city", "capital"})
"""the gazetteer's kinds of place of 100,000 people or more"""


class _Places:
    """Location names: canonical spelling, country or not, the country of a known city.

    Uses the package gazetteer (``casualty_reconcile.geo``) when present, else ``pycountry`` when
    installed (countries only); a name neither knows is not a country (a subarea of the event's country).
    """

    def __init__(self, locations: Iterable[str | None] = ()) -> None:
        self._lookup: Callable[[str], Any] | None = None
        self._reading: Callable[[str, Any, str | None], Any] | None = None
        try:
            geo = importlib.import_module(f"{__package__}.geo")
            self._lookup = geo.lookup
            self._reading = geo.reading_in
            geo.gazetteer()
        except Exception:  # the gazetteer is optional: fall back to pycountry
            self._lookup = None
        self.home: str | None = None
        """the country the claims' locations name most (as a country, or by its regions): a town's name
        the gazetteer gives a place abroad is read as the place of that name there ("Hamilton" in claims
        from Ohio), as extraction reads it in the story's country"""
        self._pycountry: Any = None
        if self._lookup is None:
            try:
                self._pycountry = importlib.import_module("pycountry")
            except ImportError:
                self._pycountry = None
        self._cache: dict[str, tuple[str, bool, str | None]] = {}
        self._regions: set[str] = set()
        self._cities: set[str] = set()
        self._capitals: set[str] = set()
        self.nationwide: set[str] = set()
        if self._lookup is not None:
            self.home = self._home(locations)

    def _home(self, locations: Iterable[str | None]) -> str | None:
        votes: Counter[str] = Counter()
        for location, n in Counter(locations).items():
            place = self._lookup(location) if self._lookup is not None and location else None
            if place is not None and place.kind in ("country", "region") and place.country:  # not the Caribbean
                votes[place.country] += n
        return min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0] if votes else None

    def info(self, raw: str) -> tuple[str, bool, str | None]:
        """``(canonical name, is a country, country of a known city)``."""
        hit = self._cache.get(raw)
        if hit is not None:
            return hit
        name = " ".join(raw.split())
        result: tuple[str, bool, str | None] = (name, False, None)
        if self._lookup is not None:
            try:
                place = self._lookup(name)
            except Exception:
                place = None
            if place is not None and self._reading is not None:
                place = self._reading(name, place, self.home) or place  # "Hamilton" among claims from Ohio
            if place is not None:
                is_country = place.kind == "country"
                result = (place.name, is_country, None if is_country else place.country or None)
                if place.kind == "region":
                    self._regions.add(place.name)
                elif place.kind in _CITY_KINDS:
                    self._cities.add(place.name)
                    if place.kind == "capital":
                        self._capitals.add(place.name)
        elif self._pycountry is not None and len(name) >= 4:
            try:
                country = self._pycountry.countries.lookup(name)
            except (LookupError, AttributeError):
                country = None
            if country is not None:
                result = (getattr(country, "common_name", None) or country.name, True, None)
        self._cache[raw] = result
        return result

    def is_region(self, name: str) -> bool:
        """Whether a canonical name (as :meth:`info` gives it) is a region the gazetteer knows: a state,
        a province, a county, larger than a town and smaller than a country."""
        return name in self._regions

    def is_capital(self, name: str) -> bool:
        """Whether a canonical name (as :meth:`info` gives it) is a country's capital the gazetteer knows:
        where agencies date the news of the whole country from."""
        return name in self._capitals

    def is_city(self, name: str) -> bool:
        """Whether a canonical name (as :meth:`info` gives it) is a city the gazetteer knows (100,000
        people or more, or a capital): a smaller town or neighbourhood another report names may lie in it,
        which the gazetteer does not say."""
        return name in self._cities
