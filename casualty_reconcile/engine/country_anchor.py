"""Where a story is anchored, for the article's country (``country.py``): its dateline's country or state
and the regions the text writes after a town's name ("Springfield, Missouri"), the towns so located (read in
that region's country whatever place abroad the gazetteer gives their name), and the names of places abroad
that the text also writes as a quarter's, a street's or a venue's ("Central Harlem", "Harlem Hospital")."""

from __future__ import annotations

from collections import Counter

import regex

from .. import geo
from .country_owners import OwnerNames
from .patterns import _LAST_WORD

# a town's name and a comma right before a region's ("Springfield, Missouri"): the region is the town's state
_COMMA_SPACES = regex.compile(r",[ \u00a0]+")
_AFTER_TOWN = regex.compile(r"(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*)?),[ \u00a0]+$")


def _comma_ends(text: str, body: int) -> list[int]:
    """Where a comma and spaces end, from ``body`` on, in order: the places right after which a region's name
    can follow a town's ("Springfield, Missouri"), the cheap test before :data:`_AFTER_TOWN` reads the town."""
    return [m.end() for m in _COMMA_SPACES.finditer(text, body)]


class AnchorNames(OwnerNames):
    __slots__ = ()

    def _towns_located(self, tokens: Counter[str], body: int, dateline: str, named: geo.Place | None) -> dict[str, str]:
        """The names the text writes right before a comma and the name of a state, a province or a country
        ("Preston, Idaho", "a Portsmouth, Va., man", a dateline's "HANOVER, Va. -"), each with that country:
        a town there, wherever the text names it, whatever place abroad the gazetteer gives that name
        (country.town-of-its-region: "Preston" votes for no English city in a story from Idaho)."""
        located: dict[str, str] = {}
        if dateline and named is not None and named.kind in ("country", "region"):
            located[dateline] = named.country
        text = self.text
        # the names written right after a comma and spaces, where each is (German capitalises every noun: only
        # these are looked up)
        starts = _comma_ends(text, body)
        by_prefix: dict[str, list[str]] = {}
        for token, n in tokens.items():
            if n > 0 and token[:1].isupper():
                by_prefix.setdefault(token[:2], []).append(token)
        ats: dict[str, list[int]] = {}
        for at in starts:
            for token in by_prefix.get(text[at : at + 2], ()):
                if text.startswith(token, at):
                    ats.setdefault(token, []).append(at)
        for token in tokens:  # in the order of the tokens, as the votes read them
            if token not in ats:
                continue
            place = self._place(token)
            if place is None or place.kind not in ("country", "region"):
                continue
            for at in ats[token]:
                town = _AFTER_TOWN.search(text, max(body, at - 40), at)
                if town is not None and not text[at + len(token) : at + len(token) + 1].isalpha():
                    located.setdefault(town.group(1), place.country)
        return located

    def _anchor(self, named_by: dict[str, list[str]], filed: str | None, body: int) -> str | None:
        """The one country a story is anchored in: its dateline's, or that of the regions it writes
        after a known town's name and a comma ("Springfield, Missouri", "Bathurst, New South Wales");
        None when none or more than one."""
        anchors = {filed} if filed is not None else set()
        text = self.text
        after_comma: set[int] | None = None
        for country, names in named_by.items():
            for name in names:
                place = self._place(name)
                if place is None or place.kind != "region":
                    continue
                if after_comma is None:
                    after_comma = set(_comma_ends(text, body))
                at = text.find(name, body)
                while at >= 0 and country not in anchors:
                    town = _AFTER_TOWN.search(text, max(body, at - 40), at) if at in after_comma else None
                    if town is not None and (self._place(town.group(1)) or self._place(town.group(1).rpartition(" ")[2])):
                        anchors.add(country)  # (a known town: not "fuhr einen Wagen, Miranda ist")
                    at = text.find(name, at + len(name))
        return next(iter(anchors)) if len(anchors) == 1 else None

    def _local_names(self, names: list[str], body: int) -> bool:
        """Whether a country other than the story's anchor's is named only by cities and towns, one of them
        also written as a quarter's, a street's or a venue's name ("Central Harlem", "Harlem Hospital" in a
        story filed from Manhattan): the anchor's place of that name, no city abroad (country.anchor-quarter)."""
        return bool(names) and all(
            (place := self._place(name)) is not None and place.kind in ("city", "town") for name in names
        ) and any(self._quarter_name(name, body) or self._street_names(name, body) or self._venue_names(name, body) for name in names)

    def _quarter_name(self, name: str, body: int) -> bool:
        """Whether the text writes a name right after a capitalised word of direction ("East Harlem", "Central
        Harlem") where the two name no place the gazetteer knows: a quarter of a town."""
        modifiers = self.lex.lang.place_modifiers
        text = self.text

        def quarter(at: int, end: int) -> bool:
            previous = _LAST_WORD.search(text, max(body, at - 20), at)
            return (
                previous is not None and text[previous.end(1) : at] == " " and previous.group(1)[:1].isupper()
                and previous.group(1).lower() in modifiers and self._place(f"{previous.group(1)} {name}") is None
            )

        return self._written(name, body, quarter) > 0

    def _after_bare_preposition(self, name: str, body: int) -> bool:
        """Whether the text writes a name right after a preposition of place, no word between ("in Sonora")."""
        text, preposition = self.text, self.lex.preposition

        def bare(at: int, end: int) -> bool:
            previous = _LAST_WORD.search(text, max(body, at - 20), at)
            return previous is not None and preposition.fullmatch(previous.group(1)) is not None

        return self._written(name, body, bare) > 0
