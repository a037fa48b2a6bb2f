"""Names of countries written as a speaker's owner, for the article's country (``country.py``): "Qatar's foreign
ministry said", "Israels Armee meldete" name whose the speaker is, its seat, not where the story happens, so such a
name gives no vote (as a seat's, "which is based in Britain", gives none). Where no other name votes, the owner's
country is still the article's (the story's country for its groups and origins: "Ukraine's military said it destroyed
12 Russian tanks" counts foreign troops), and where the text names another country's people it is no figure's place
(``Doc.owner_country``, place.article-country). The figure's own place is decided apart (``place_seats.py``,
place.owner-of-speaker)."""

from __future__ import annotations

import regex

from .. import geo
from .country_streets import StreetNames

_WORD = regex.compile(r"\p{L}[\p{L}-]+")


class OwnerNames(StreetNames):
    __slots__ = ()

    def _owner_names(self, name: str, place: geo.Place, body: int) -> int:
        """How often a country's name is written as the owner of a speaker: in the possessive (a place
        inflection written onto it or right after it, "Qatar's", "Israels") right before a speaker noun, or
        before a lower-case one after up to two modifiers ("Qatar's foreign ministry")."""
        if place.kind != "country":
            return 0
        endings = tuple(self.lex.lang.place_inflections)
        if not endings:
            return 0
        text = self.text

        def owns(at: int, end: int) -> bool:
            if not name.endswith(endings):
                ending = next((e for e in endings if text.startswith(e, end)), None)
                if ending is None:
                    return False
                end += len(ending)
            tokens = self._tokens(end, min(len(text), end + 40))[:3]
            if not tokens or tokens[0].start() - end != 1:
                return False
            if self.lex.lang.capitalized_nouns:
                return self._is_speaker_head(tokens[0].group())
            return self._compound_head(tokens, 0) is not None

        times = self._written(name, body, owns)
        if times:
            self.doc.owners[name] = (place.country, times)
        return times

    def _owner_country(self, body: int) -> str | None:
        """The article's country where no name but a speaker's owner votes: the owner's most often written (of
        equals, the first named); None where no owner is named either. Where the text names another country's
        people ("Hamas released 13 Israeli hostages, Qatar's foreign ministry said", "Russia's defence ministry said
        it killed 300 Ukrainian soldiers"), the owner is the speaker's seat, not where the story happens: flagged as
        no figure's place (a domestic report, "Kenya's police chief said 25 officers were hurt", keeps its country)."""
        if not self.doc.owners:
            return None
        counts: dict[str, int] = {}
        for country, times in self.doc.owners.values():
            counts[country] = counts.get(country, 0) + times
        owner = max(counts, key=lambda country: counts[country])
        nations = {self._nation(word) for word in set(_WORD.findall(self.text, body))}
        self.doc.owner_country = any(nation is not None and nation != owner for nation in nations)
        return owner
