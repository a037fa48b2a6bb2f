"""Data that is the same in every language: names of sources written alike everywhere, and the
names the library gives origins.

The origin names are the library's own output vocabulary (English, whatever the text's
language), not words of a text; an alias table of a language module maps its words to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..models import OriginType
from .base import validate_like

GOVERNMENT_OF_COUNTRY: Final = "government of {country}"
"""The origin name of the event's country's government and its channels."""

AS_STATED: Final = "{speaker}"
"""The origin name that is the source's name as the text states it (witnesses, media reports)."""

UNKNOWN_COUNTRY: Final = "the event's country"
"""Written for ``{country}`` when the event has no country."""

UNATTRIBUTED: Final = "unattributed ({doc_id})"
"""The origin of a figure with neither speaker, relay nor outlet: its document."""

ORIGIN_ALIASES: Final[Mapping[str, tuple[str, OriginType]]] = {
    # the state broadcaster of Kazakhstan, as transliterated in English and in German texts alike
    "khabar-24": (GOVERNMENT_OF_COUNTRY, OriginType.STATE_MEDIA),
    "khabar 24": (GOVERNMENT_OF_COUNTRY, OriginType.STATE_MEDIA),
    "csto": ("CSTO", OriginType.MILITARY_ALLIANCE),
    "amnesty international": ("Amnesty International", OriginType.NGO),
    "human rights watch": ("Human Rights Watch", OriginType.NGO),
}
"""Aliases written alike in every language (lower case, whole words), in the form of
:attr:`~casualty_reconcile.lang.base.LanguageData.origin_aliases`; each language's own table is
laid over this one."""

ORIGIN_ALIAS_ENDINGS: Final[tuple[str, ...]] = ("s", "es", "n", "en")
"""Endings an alias may carry in a name, in any language's table and the caller's (German genitive
and plural "Innenministeriums", "Augenzeugen"; English plural "reporters")."""

validate_like(ORIGIN_ALIASES, "origin_aliases", "lang/common.py ORIGIN_ALIASES")

__all__ = ["AS_STATED", "GOVERNMENT_OF_COUNTRY", "ORIGIN_ALIASES", "ORIGIN_ALIAS_ENDINGS", "UNATTRIBUTED", "UNKNOWN_COUNTRY"]
