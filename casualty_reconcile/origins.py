"""Origins: who a figure really comes from, behind the outlets and channels that passed it on.

A claim names a ``speaker`` ("Innenministerium") and sometimes a ``via`` ("Staatsfernsehen"
citing the ministry). Both map to an :class:`Origin` through an alias table: data, one table per
language code (:data:`ORIGIN_ALIASES`: each language module's ``origin_aliases`` over the
language-neutral ``lang/common.py``), extendable by the caller. A figure repeated by five
agencies from one ministry comes from one origin. This module is logic only: every alias, ending
and origin name is data under ``lang/``.

Rules, in order:

* the speaker decides; ``via`` is only the relay (state TV citing a ministry: the ministry);
* without a speaker, the relay is the origin;
* without either, the document's outlet (``source``) is, or else the document itself (at extraction,
  ``engine/build.py`` ``ORIGIN_RULES``: the outlet only where the text names it as its reporter, a
  dateline's "(Reuters)"; reports of no one named, "Berichten zufolge", are unattributed);
* an agency a language names as an outlet (``dateline_sources``, ``outlet_mentions``: "Reuters") is
  independent media;
* an alias is matched as whole words anywhere in the name, case-insensitively, the longest one
  first at the leftmost place (with an inflection ending of ``lang.common.ORIGIN_ALIAS_ENDINGS``);
* a name in the table may hold ``{country}`` (the country the name itself names, else the event's)
  or ``{speaker}`` (the name as stated);
* a name no alias names is resolved generally (each language's ``origin_kinds``, ``leaders`` and
  ``party_descriptors``): a head of state or government by name, a ministry, the police, the army,
  officials or state media are the government of the country the name names ("Bangladesh's
  government", "kasachische Behörden", by a demonym or a place in the gazetteer) or else of the
  event's country; a capital or country alone ("Kiew sagte") is its government; a party or armed
  group is its name without the words that describe it ("opposition BNP" is "BNP", a bracket cut off
  is closed); an NGO, a UN body, a hospital, a witness and an outlet are their names as stated;
* a name found nowhere is its own origin, of type ``unknown``.

Across an event (:func:`party_merges`), a party's abbreviation ("BNP") is the party named with it
("Bangladesh Nationalist Party (BNP)"), and "the opposition" is the one party the event names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from pydantic import BaseModel, ConfigDict

from . import geo
from .lang import all_languages
from .lang.base import LanguageData
from .lang.common import (
    AS_STATED,
    GOVERNMENT_OF_COUNTRY,
    LEADERS,
    ORIGIN_ALIAS_ENDINGS,
    THE_OPPOSITION,
    UNATTRIBUTED,
    UNKNOWN_COUNTRY,
)
from .lang.common import ORIGIN_ALIASES as COMMON_ALIASES
from .models import OriginType


class Origin(BaseModel):
    """An independent origin of figures: "government of Kazakhstan" (government), "CSTO"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    type: OriginType


ORIGIN_ALIASES: dict[str, dict[str, tuple[str, OriginType]]]
"""Alias (lower case, whole words) -> (origin name, origin type), per language code: each language's
``origin_aliases`` laid over the language-neutral ``lang.common.ORIGIN_ALIASES``. Built from the
language modules on first use (reading it loads every language)."""


def _build_tables() -> dict[str, dict[str, tuple[str, OriginType]]]:
    return {language.code: {**COMMON_ALIASES, **language.origin_aliases} for language in all_languages()}


def __getattr__(name: str) -> object:
    if name == "ORIGIN_ALIASES":
        tables = globals()["ORIGIN_ALIASES"] = _build_tables()
        return tables
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _builtin_tables() -> dict[str, dict[str, tuple[str, OriginType]]]:
    tables = globals().get("ORIGIN_ALIASES")
    if tables is None:
        tables = globals()["ORIGIN_ALIASES"] = _build_tables()
    return tables


OriginSpec = Origin | tuple[str, str]
"""How a caller adds an alias: an :class:`Origin` or a ``(name, type)`` pair."""

_PRECEDENCE: Final = tuple(OriginType)
"""When aliases give one origin name several types, the first type in this order is the origin's."""

_ENDINGS: Final = "(?:" + "|".join(map(re.escape, ORIGIN_ALIAS_ENDINGS)) + ")?"


_RANK: Final = {kind: rank for rank, kind in enumerate(_PRECEDENCE)}


def origin_type_rank(kind: OriginType) -> int:
    """The rank of ``kind`` in :data:`_PRECEDENCE` (lower wins)."""
    return _RANK[kind]


def _compile(table: Mapping[str, tuple[str, OriginType]]) -> re.Pattern[str] | None:
    if not table:
        return None
    words = sorted(table, key=lambda alias: (-len(alias), alias))
    alternation = "|".join(re.escape(alias) for alias in words)
    return re.compile(rf"(?<!\w)({alternation}){_ENDINGS}(?!\w)")


def _normalise_extra(origins: Mapping[str, OriginSpec] | None) -> dict[str, tuple[str, OriginType]]:
    if origins is None:
        return {}
    if not isinstance(origins, Mapping):
        raise TypeError(f"origins must be a mapping of alias -> Origin or (name, type), not {type(origins).__name__}")
    table: dict[str, tuple[str, OriginType]] = {}
    choices = ", ".join(kind.value for kind in OriginType)
    for alias, spec in origins.items():
        if not isinstance(alias, str) or not alias.strip():
            raise TypeError(f"origins: each alias must be a non-empty string, not {alias!r}")
        if isinstance(spec, Origin):
            name, kind = spec.name, spec.type
        elif isinstance(spec, tuple) and len(spec) == 2 and all(isinstance(part, str) for part in spec):
            name = spec[0]
            try:
                kind = OriginType(spec[1])
            except ValueError:
                raise ValueError(f"origins[{alias!r}]: unknown origin type {spec[1]!r}: choose one of {choices}") from None
        else:
            raise TypeError(f"origins[{alias!r}] must be an Origin or a (name, type) pair of strings, not {spec!r}")
        if not name.strip():
            raise ValueError(f"origins[{alias!r}]: the origin name is empty")
        table[alias.strip().casefold()] = (name, kind)
    return table


class OriginResolver:
    """Maps (language, speaker, via, source) to an origin, with a cache per distinct name."""

    def __init__(self, extra: Mapping[str, OriginSpec] | None = None) -> None:
        self._extra = _compile(_normalise_extra(extra))
        self._extra_table = _normalise_extra(extra)
        self._tables: dict[str, tuple[re.Pattern[str] | None, dict[str, tuple[str, OriginType]]]] = {
            code: (_compile(table), table) for code, table in _builtin_tables().items()
        }
        self._cache: dict[tuple[str, str], tuple[str, OriginType]] = {}
        self._general: dict[str, _General] = {language.code: _general(language) for language in all_languages()}

    def _match(self, language: str, name: str) -> tuple[str, OriginType]:
        key = (language, name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        folded = name.casefold()
        found: tuple[str, OriginType] | None = None
        order: list[tuple[re.Pattern[str] | None, Mapping[str, tuple[str, OriginType]]]] = [
            (self._extra, self._extra_table)
        ]
        own = self._tables.get(language)
        if own is not None:
            order.append(own)
        order.extend(pair for code, pair in sorted(self._tables.items()) if code != language)
        general = self._general.get(language) or self._general.get("en")
        if general is not None:
            found = general.owner_party(name)  # "le ministère de la Santé du Hamas": the party that owns the body
        for pattern, table in order if found is None else ():
            if pattern is None:
                continue
            match = pattern.search(folded)
            if match is not None:
                found = table[match.group(1)]
                break
        if found is None:
            found = general.resolve(name) if general is not None else None
        if found is None:
            found = (AS_STATED, OriginType.UNKNOWN)
        reader = self._general.get(language)
        if "{country}" in found[0] and reader is not None:
            named = reader.country_of(name)
            if named is not None:
                found = (found[0].replace("{country}", named), found[1])
        self._cache[key] = found
        return found

    def country_named(self, language: str, name: str) -> str | None:
        """The country a source's name names itself ("Kazakhstan's prosecutor general", "iranische"), or ``None``."""
        reader = self._general.get(language)
        return reader.country_of(name) if reader is not None else None

    def names_country(self, language: str, text: str, country: str) -> bool:
        """Whether ``text`` names ``country`` by its name, its capital's or a demonym ("Kenya", "kenianische")."""
        reader = self._general.get(language)
        return reader is not None and any(reader.country_of(word) == country for word in _WORD.findall(text))

    def resolve(
        self,
        language: str,
        speaker: str | None,
        via: str | None,
        source: str | None,
        doc_id: str,
        country: str | None,
    ) -> tuple[str, OriginType]:
        """The origin of a figure as ``(name, type)`` (see the module's rules)."""
        said = (speaker or "").strip() or (via or "").strip()
        if not said:
            outlet = (source or "").strip()
            if outlet:
                return outlet, OriginType.INDEPENDENT_MEDIA
            return UNATTRIBUTED.format(doc_id=doc_id), OriginType.UNATTRIBUTED
        code = language.strip().lower().replace("_", "-").split("-", 1)[0]
        template, kind = self._match(code, said)
        name = template.replace("{speaker}", said).replace(
            "{country}", country if country else UNKNOWN_COUNTRY
        )
        if name.count("(") > name.count(")"):
            name += ")"  # "Bangladesh Nationalist Party (BNP": a bracket the name was cut in
        return name, kind


_KIND_ORDER: Final = (
    OriginType.MEDICAL, OriginType.UN, OriginType.NGO, OriginType.PARTY, OriginType.STATE_MEDIA, OriginType.GOVERNMENT,
    OriginType.WITNESS,
)
"""The order a language's ``origin_kinds`` are tried in, at one place of a name (the leftmost word wins)."""
_OF_GOVERNMENT: Final = frozenset({OriginType.GOVERNMENT, OriginType.STATE_MEDIA})
_WORD: Final = re.compile(r"[^\W\d_][\w-]*")
_ABBREVIATION: Final = re.compile(r"\(([^\W\d_][\w&.-]{0,11})\)\s*$")
_DEMONYM_ENDING: Final = 3
"""Letters an inflected demonym may carry past the form in the table ("kasachischen": "kasachisch")."""


def _words(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


class _General:
    """One language's general reading of a source's name: its kind, the country it names, a party's name."""

    def __init__(self, language: LanguageData) -> None:
        groups = [(f"k{i}", kind, language.origin_kinds.get(kind, ())) for i, kind in enumerate(_KIND_ORDER)]
        alternation = "|".join(f"(?P<{name}>{_words(words)})" for name, _, words in groups if words)
        self.kinds = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE) if alternation else None
        self.kind_of = {name: kind for name, kind, _ in groups}
        # a medium by its kind ("news agency") or an agency the language names as an outlet ("Reuters", "dpa")
        agencies = {*language.dateline_sources, *language.outlet_mentions.values()}
        media = _words((*language.media_words, *(re.escape(name) for name in sorted(agencies))))
        self.media = re.compile(rf"(?<!\w)(?:{media})(?!\w)", re.IGNORECASE) if media else None
        descriptors = _words(tuple(language.party_descriptors))
        self.descriptors = re.compile(rf"(?:{descriptors})(?:\s+|$)", re.IGNORECASE) if descriptors else None
        self.leader_country = {name.casefold(): country for name, country in {**LEADERS, **language.leaders}.items()}
        names = sorted(self.leader_country, key=len, reverse=True)
        self.leaders = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)", re.IGNORECASE) if names else None
        self.demonyms = {word.casefold(): country for word, country in language.demonyms.items()}
        self.inflections = dict(language.place_inflections)
        owners = _words(tuple(map(re.escape, sorted({*language.owner_prepositions, *language.genitive_articles}))))
        articles = _words(tuple(language.name_articles))
        # the word of belonging (and an article) right before a party named after a body: "du Hamas", "of the rebels"
        self.owners = re.compile(rf"(?<!\w)(?:{owners})\s+(?:(?:{articles})\s*)?$", re.IGNORECASE) if owners else None

    def resolve(self, name: str) -> tuple[str, OriginType] | None:
        """The origin of a name no alias names: (template, type), or ``None``."""
        if self.leaders is not None:
            leader = self.leaders.search(name)
            if leader is not None:
                return GOVERNMENT_OF_COUNTRY.replace("{country}", self.leader_country[leader.group().casefold()]), OriginType.GOVERNMENT
        found = self.kinds.search(name) if self.kinds is not None else None
        if found is not None and found.lastgroup is not None:
            kind = self.kind_of[found.lastgroup]
            if kind in _OF_GOVERNMENT:
                return GOVERNMENT_OF_COUNTRY, kind
            if kind is OriginType.PARTY:
                return self.party(self._party_of_body(name, 0)), kind
            return AS_STATED, kind
        if self.media is not None and self.media.search(name) is not None:
            return AS_STATED, OriginType.INDEPENDENT_MEDIA
        words = _WORD.findall(name)
        if words and all(self._place_country(word) is not None for word in words):
            return GOVERNMENT_OF_COUNTRY, OriginType.GOVERNMENT  # "Kiew sagte": the capital speaks for its government
        return None

    def owner_party(self, name: str) -> tuple[str, OriginType] | None:
        """A party or armed group named as the owner after a body or a person ("le ministère de la Santé
        du Hamas", "un porte-parole du Hamas", "the health ministry of the rebels"): the figures are the party's."""
        if self.kinds is None or self.owners is None:
            return None
        for m in self.kinds.finditer(name):
            if m.start() and m.lastgroup is not None and self.kind_of[m.lastgroup] is OriginType.PARTY and self.owners.search(name, 0, m.start()):
                return self.party(self._party_of_body(name, m.start())), OriginType.PARTY
        return None

    def _party_of_body(self, name: str, start: int) -> str:
        """The party's name from ``start``: where a body of another kind follows it ("Hamas-run health
        ministry", "Hamas kontrollierte Gesundheitsministerium"), only the party's own words, to the end of
        its last match before that body; else the name from ``start`` on."""
        assert self.kinds is not None
        end = None
        for m in self.kinds.finditer(name, start):
            if m.lastgroup is None or self.kind_of[m.lastgroup] is not OriginType.PARTY:
                return name[start:end] if end is not None else name[start:]
            end = m.end()
        return name[start:]

    def party(self, name: str) -> str:
        """A party's name without the words that describe it; a bracket cut off is closed."""
        rest = name.strip()
        if self.descriptors is not None:
            for _ in range(2):
                described = self.descriptors.match(rest)
                if described is None or not described.group():
                    break
                rest = rest[described.end() :].strip()
        if not rest:
            return THE_OPPOSITION
        if rest.count("(") > rest.count(")"):
            rest += ")"
        return rest

    def _place_country(self, word: str) -> str | None:
        if not word[:1].isupper():
            return None
        try:
            place = geo.lookup(word, self.inflections)
        except Exception:  # the gazetteer is package data; without it no place is known
            return None
        if place is None or place.kind not in ("country", "capital"):
            return None
        return place.country

    def country_of(self, name: str) -> str | None:
        """The country a source's name names: by a demonym ("kasachische", "Kazakh") or a country or
        capital in it ("Bangladesh's government", "Verteidigungsministerium in Moskau")."""
        for word in _WORD.findall(name):
            folded = word.casefold()
            for cut in range(_DEMONYM_ENDING + 1):
                if cut >= len(folded):
                    break
                country = self.demonyms.get(folded[: len(folded) - cut] if cut else folded)
                if country is not None:
                    return country
            country = self._place_country(word)
            if country is not None:
                return country
        return None


_GENERAL: dict[str, _General] = {}


def _general(language: LanguageData) -> _General:
    """The language's :class:`_General`, built once (its patterns are compiled from the language's data alone)."""
    general = _GENERAL.get(language.code)
    if general is None:
        general = _GENERAL[language.code] = _General(language)
    return general


def body_kind(language: LanguageData, name: str) -> OriginType | None:
    """The kind of source a name is read as where no alias names it (``origin_kinds``): "Hamas" a party,
    "Human Rights Watch" an NGO, "the ministry" the government; None for a name of no kind ("the group")."""
    found = _general(language).resolve(name)
    return found[1] if found is not None else None


def party_merges(origins: Mapping[str, OriginType]) -> dict[str, str]:
    """Within one event: origin name -> the one it is. A party's abbreviation alone ("BNP") is the party
    named with it ("Bangladesh Nationalist Party (BNP)"); "the opposition" is the one party the event
    names, when it names exactly one."""
    full_of: dict[str, str] = {}
    for name, kind in sorted(origins.items()):
        if kind is OriginType.PARTY:
            found = _ABBREVIATION.search(name)
            if found is not None:
                full_of.setdefault(found.group(1).casefold(), name)
    merged: dict[str, str] = {}
    for name in origins:
        full = full_of.get(name.casefold())
        if full is not None and full != name:
            merged[name] = full
    parties = {
        merged.get(name, name)
        for name, kind in origins.items()
        if (kind is OriginType.PARTY or name in merged) and merged.get(name, name) != THE_OPPOSITION
    }
    if THE_OPPOSITION in origins and len(parties) == 1:
        merged[THE_OPPOSITION] = next(iter(parties))
    return merged


__all__ = [
    "ORIGIN_ALIASES", "Origin", "OriginResolver", "OriginSpec", "OriginType", "body_kind", "origin_type_rank", "party_merges",
]
