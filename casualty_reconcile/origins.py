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
* without either, the document's outlet (``source``) is, or else the document itself;
* an alias is matched as whole words anywhere in the name, case-insensitively, the longest one
  first at the leftmost place (with an inflection ending of ``lang.common.ORIGIN_ALIAS_ENDINGS``);
* a name in the table may hold ``{country}`` (the event's country) or ``{speaker}`` (the name as
  stated); a name found in no table is its own origin, of type ``unknown``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from pydantic import BaseModel, ConfigDict

from .lang import all_languages
from .lang.common import ORIGIN_ALIAS_ENDINGS, UNATTRIBUTED, UNKNOWN_COUNTRY
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
            return UNATTRIBUTED.format(doc_id=doc_id), OriginType.UNKNOWN
        code = language.strip().lower().replace("_", "-").split("-", 1)[0]
        template, kind = self._match(code, said)
        name = template.replace("{speaker}", said).replace(
            "{country}", country if country else UNKNOWN_COUNTRY
        )
        return name, kind


__all__ = ["ORIGIN_ALIASES", "Origin", "OriginResolver", "OriginSpec", "OriginType", "origin_type_rank"]
