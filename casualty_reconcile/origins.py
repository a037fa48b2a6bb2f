"""Origins: who a figure really comes from, behind the outlets and channels that passed it on.

A claim names a ``speaker`` ("Innenministerium") and sometimes a ``via`` ("Staatsfernsehen"
citing the ministry). Both map to an :class:`Origin` through an alias table: data, one table per
language code (:data:`ORIGIN_ALIASES`), extendable by the caller. A figure repeated by five
agencies from one ministry comes from one origin.

Rules, in order:

* the speaker decides; ``via`` is only the relay (state TV citing a ministry: the ministry);
* without a speaker, the relay is the origin;
* without either, the document's outlet (``source``) is, or else the document itself;
* an alias is matched as whole words anywhere in the name, case-insensitively, the longest one
  first at the leftmost place (with the inflection endings ``s``, ``es``, ``n``, ``en``);
* a name in the table may hold ``{country}`` (the event's country) or ``{speaker}`` (the name as
  stated); a name found in no table is its own origin, of type ``unknown``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict


class OriginType(StrEnum):
    """What kind of source an origin is."""

    GOVERNMENT = "government"
    STATE_MEDIA = "state media"
    MILITARY_ALLIANCE = "military alliance"
    INDEPENDENT_MEDIA = "independent media"
    WITNESS = "witness"
    NGO = "NGO"
    UNKNOWN = "unknown"


class Origin(BaseModel):
    """An independent origin of figures: "government of Kazakhstan" (government), "CSTO"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    type: OriginType


_GOV: Final = "government of {country}"
_G = OriginType.GOVERNMENT
_SM = OriginType.STATE_MEDIA
_MA = OriginType.MILITARY_ALLIANCE
_IM = OriginType.INDEPENDENT_MEDIA
_W = OriginType.WITNESS
_NGO = OriginType.NGO

ORIGIN_ALIASES: dict[str, dict[str, tuple[str, OriginType]]] = {
    "de": {
        # the government of the event's country and its channels
        "staatsfernsehen": (_GOV, _SM),
        "staatliche fernsehen": (_GOV, _SM),
        "staatlichen fernsehen": (_GOV, _SM),
        "staatssender": (_GOV, _SM),
        "staatsmedien": (_GOV, _SM),
        "staatliche medien": (_GOV, _SM),
        "staatlichen medien": (_GOV, _SM),
        "staatliche nachrichtenagentur": (_GOV, _SM),
        "khabar-24": (_GOV, _SM),
        "khabar 24": (_GOV, _SM),
        "chabar-24": (_GOV, _SM),
        "innenministerium": (_GOV, _G),
        "gesundheitsministerium": (_GOV, _G),
        "behörden": (_GOV, _G),
        "behörde": (_GOV, _G),
        "regierung": (_GOV, _G),
        "regierungsangaben": (_GOV, _G),
        "offizielle angaben": (_GOV, _G),
        "offiziellen angaben": (_GOV, _G),
        "staatliche angaben": (_GOV, _G),
        "staatlichen angaben": (_GOV, _G),
        "offizielle stellen": (_GOV, _G),
        "polizei": (_GOV, _G),
        "präsident": (_GOV, _G),
        "tokajew": (_GOV, _G),
        # the CSTO
        "ovks": ("CSTO", _MA),
        "csto": ("CSTO", _MA),
        "organisation des vertrags über kollektive sicherheit": ("CSTO", _MA),
        "organisation": ("CSTO", _MA),
        "bündnis": ("CSTO", _MA),
        "militärbündnis": ("CSTO", _MA),
        "von russland geführte bündnis": ("CSTO", _MA),
        "von russland geführten bündnisses": ("CSTO", _MA),
        # others
        "osze": ("OSCE", OriginType.GOVERNMENT),
        "organisation für sicherheit und zusammenarbeit in europa": ("OSCE", OriginType.GOVERNMENT),
        "augenzeugen": ("{speaker}", _W),
        "augenzeuge": ("{speaker}", _W),
        "journalist": ("{speaker}", _W),
        "reporter": ("{speaker}", _W),
        "korrespondent": ("{speaker}", _W),
        "medienberichte": ("{speaker}", _IM),
        "amnesty international": ("Amnesty International", _NGO),
        "human rights watch": ("Human Rights Watch", _NGO),
        "rotes kreuz": ("Red Cross", _NGO),
        "roten kreuz": ("Red Cross", _NGO),
        "menschenrechtler": ("{speaker}", _NGO),
    },
    "en": {
        "state tv": (_GOV, _SM),
        "state television": (_GOV, _SM),
        "state media": (_GOV, _SM),
        "state broadcaster": (_GOV, _SM),
        "state news agency": (_GOV, _SM),
        "khabar-24": (_GOV, _SM),
        "khabar 24": (_GOV, _SM),
        "interior ministry": (_GOV, _G),
        "ministry of internal affairs": (_GOV, _G),
        "health ministry": (_GOV, _G),
        "ministry of health": (_GOV, _G),
        "authorities": (_GOV, _G),
        "officials": (_GOV, _G),
        "official figures": (_GOV, _G),
        "government": (_GOV, _G),
        "police": (_GOV, _G),
        "president": (_GOV, _G),
        "tokayev": (_GOV, _G),
        "csto": ("CSTO", _MA),
        "collective security treaty organization": ("CSTO", _MA),
        "collective security treaty organisation": ("CSTO", _MA),
        "russian-led alliance": ("CSTO", _MA),
        "russia-led alliance": ("CSTO", _MA),
        "witnesses": ("{speaker}", _W),
        "eyewitnesses": ("{speaker}", _W),
        "journalist": ("{speaker}", _W),
        "reporter": ("{speaker}", _W),
        "correspondent": ("{speaker}", _W),
        "media reports": ("{speaker}", _IM),
        "amnesty international": ("Amnesty International", _NGO),
        "human rights watch": ("Human Rights Watch", _NGO),
        "red cross": ("Red Cross", _NGO),
        "rights groups": ("{speaker}", _NGO),
    },
}
"""Alias (lower case, whole words) -> (origin name, origin type), per language code."""

OriginSpec = Origin | tuple[str, str]
"""How a caller adds an alias: an :class:`Origin` or a ``(name, type)`` pair."""

_PRECEDENCE: Final = tuple(OriginType)
"""When aliases give one origin name several types, the first type in this order is the origin's."""

_ENDINGS: Final = r"(?:s|es|n|en)?"


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
            code: (_compile(table), table) for code, table in ORIGIN_ALIASES.items()
        }
        self._cache: dict[tuple[str, str], tuple[str, OriginType]] = {}

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
        for pattern, table in order:
            if pattern is None:
                continue
            match = pattern.search(folded)
            if match is not None:
                found = table[match.group(1)]
                break
        if found is None:
            found = ("{speaker}", OriginType.UNKNOWN)
        self._cache[key] = found
        return found

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
            return f"unattributed ({doc_id})", OriginType.UNKNOWN
        code = language.strip().lower().replace("_", "-").split("-", 1)[0]
        template, kind = self._match(code, said)
        name = template.replace("{speaker}", said).replace(
            "{country}", country if country else "the event's country"
        )
        return name, kind


__all__ = ["ORIGIN_ALIASES", "Origin", "OriginResolver", "OriginSpec", "OriginType", "origin_type_rank"]
