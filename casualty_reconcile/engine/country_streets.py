"""Names a street or a venue takes, for the article's country (``country.py``): how often a name is written
as a street's ("Plymouth Avenue") or a venue's ("Hamilton High West"), and which street-only names still tell
a country the text names otherwise too; and the names of countries written with words in lower case ("Soudan
du Sud"), whose capitalised words alone name another country."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import regex

from .. import geo
from .context import Context


class StreetNames(Context):
    __slots__ = ()

    def _streets_beside(
        self, streets: list[tuple[str, int, str]], towns: list[tuple[str, int, str]], counts: Counter[str],
        tokens: Counter[str], body: int,
    ) -> list[tuple[str, int, str]]:
        """The street-only names (``streets``) of a country the text names otherwise too: by a vote, a town
        not written only as a street's, or a name read as a person's ("Jacksonville's Eastside", "Eastside
        Jacksonville girl")."""
        beside = {c for c, n in counts.items() if n > 0}
        beside.update(c for token, n, c in towns if c not in beside and n > self._street_names(token, body))
        cache = self.places
        for token, n in tokens.items():
            if n <= 0 and not (token in cache and cache[token] is None) and (place := self._place(token)) is not None:
                beside.add(place.country)
        return [street for street in streets if street[2] in beside]

    def _street_names(self, name: str, body: int) -> int:
        """How often a name is written as a street's ("Plymouth Avenue", "Odessa and Franklin streets")."""
        if not self.lex.lang.street_words:
            return 0
        street_after = self.lex.street_after
        corners = bool(self.lex.lang.street_corner_words or self.lex.lang.street_before_words)
        return self._written(
            name, body,
            lambda at, end: street_after.match(self.text, end) is not None or (corners and self._at_corner(at, end, body)),
        )

    def _at_corner(self, at: int, end: int, lo: int) -> bool:
        """Whether the name at ``text[at:end]`` is a street's by the words before it ("the 3700 block of Cambridge")
        or one of the two streets of a corner, the other no place ("at Flamingo and Durango")."""
        lex, text = self.lex, self.text
        start = max(lo, at - 60)
        if lex.street_before.match(text, start, at) is not None:
            return True
        if lex.corner_first.match(text, start, at) is not None:
            other = lex.corner_join.match(text, end)
            if other is not None and self._place(other.group(1)) is None:
                return True
        first = lex.corner_second.match(text, start, at)
        return first is not None and self._place(first.group(1)) is None

    def _county_names(self, name: str, place: geo.Place, body: int) -> int:
        """How often a region's name, or another spelling of a city's, is written before a kind of place written
        as a name's, capitalised, where the two name no place the gazetteer knows ("des Westmoreland County", "Bexar
        County"): a county's name, no vote for the region or city abroad ("Sacramento County", a city's own name,
        and "Shanxi province", the region itself, still vote)."""
        if place.kind == "country" or not (place.kind == "region" or place.name != name):
            return 0
        after, text = self.lex.settlement_after, self.text

        def county(at: int, end: int) -> bool:
            kind = after.match(text, end)  # a kind written as a name's ("County"; not "in Shanxi province")
            return kind is not None and kind.group().lstrip()[:1].isupper() and self._place(text[at : kind.end()]) is None

        return self._written(name, body, county)

    def _venue_names(self, name: str, body: int) -> int:
        """How often a name is written as a venue's ("Hamilton High West", "Ascension Catholic Church")."""
        if not self.lex.lang.venue_words_after:
            return 0
        venue_after = self.lex.venue_after
        return self._written(name, body, lambda at, end: venue_after.match(self.text, end) is not None)

    def _written(self, name: str, body: int, so: Callable[[int, int], bool]) -> int:
        """How many times from ``body`` on the text writes ``name`` (at its start, end) so that ``so`` holds."""
        text, n = self.text, 0
        at = text.find(name, body)
        while at >= 0:
            end = at + len(name)
            n += so(at, end)
            at = text.find(name, end)
        return n

    def _lower_word_names(self, tokens: Counter[str], body: int, capitalised: re.Pattern[str] | regex.Pattern[str]) -> None:
        """Names of countries and regions with words in lower case ("Soudan du Sud", "République
        dominicaine", place.name-with-lower-case-words): a vote each, and none for a capitalised word of
        the name that names a place of another country ("Soudan", "Guinée" of "Guinée équatoriale")."""
        starts, whole_names = geo.lower_word_names()
        text = self.text
        for word in starts.intersection(tokens):
            at = text.find(word + " ", body)
            while at >= 0:
                whole = whole_names.match(text, at)
                if whole is not None and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'’")):
                    name = whole.group()
                    place = self._place(name)
                    if place is not None:
                        tokens[name] += 1
                        for part in capitalised.findall(name):
                            other = self._place(part) if part in tokens else None
                            if other is not None and other.country != place.country:
                                tokens[part] = max(0, tokens[part] - 1)
                at = text.find(word + " ", at + 1)
