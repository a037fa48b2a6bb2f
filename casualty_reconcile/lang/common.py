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

THE_OPPOSITION: Final = "the opposition"
"""The origin name of a source that is only "the opposition" (the one party an event names, when it names one)."""

UNATTRIBUTED: Final = "unattributed ({doc_id})"
"""The origin of a figure with neither speaker, relay nor outlet: its document."""

ORIGIN_ALIASES: Final[Mapping[str, tuple[str, OriginType]]] = {
    # the state broadcaster of Kazakhstan, as transliterated in English and in German texts alike
    "khabar-24": (GOVERNMENT_OF_COUNTRY, OriginType.STATE_MEDIA),
    "khabar 24": (GOVERNMENT_OF_COUNTRY, OriginType.STATE_MEDIA),
    "csto": ("CSTO", OriginType.MILITARY_ALLIANCE),
    "amnesty international": ("Amnesty International", OriginType.NGO),
    "human rights watch": ("Human Rights Watch", OriginType.NGO),
    "save the children": ("Save the Children", OriginType.NGO),  # its English name in German and French texts too
    # press-freedom groups, whose names hold a word for a witness ("Journalists"): an NGO by its short name
    "committee to protect journalists": ("CPJ", OriginType.NGO),
    "cpj": ("CPJ", OriginType.NGO),
    "reporters without borders": ("RSF", OriginType.NGO),
    "rsf": ("RSF", OriginType.NGO),
}
"""Aliases written alike in every language (lower case, whole words), in the form of
:attr:`~casualty_reconcile.lang.base.LanguageData.origin_aliases`; each language's own table is
laid over this one."""

LEADERS: Final[Mapping[str, str]] = {
    "putin": "Russia", "biden": "United States", "trump": "United States", "macron": "France", "scholz": "Germany",
    "merz": "Germany", "modi": "India", "hasina": "Bangladesh", "yunus": "Bangladesh", "erdogan": "Turkey",
    "erdoğan": "Turkey", "xi jinping": "China", "assad": "Syria", "ruto": "Kenya", "tinubu": "Nigeria",
    "petro": "Colombia", "boluarte": "Peru", "maduro": "Venezuela", "milei": "Argentina", "lula": "Brazil",
    "starmer": "United Kingdom", "sisi": "Egypt", "abiy": "Ethiopia", "burhan": "Sudan", "min aung hlaing": "Myanmar",
}
"""Heads of state and government (current or recent) whose names are spelled alike in every language
(lower case) -> their country; a language's own spellings are its ``leaders``."""

ORIGIN_ALIAS_ENDINGS: Final[tuple[str, ...]] = ("s", "es", "n", "en")
"""Endings an alias may carry in a name, in any language's table and the caller's (German genitive
and plural "Innenministeriums", "Augenzeugen"; English plural "reporters")."""

validate_like(ORIGIN_ALIASES, "origin_aliases", "lang/common.py ORIGIN_ALIASES")
validate_like(LEADERS, "leaders", "lang/common.py LEADERS")

__all__ = [
    "AS_STATED", "GOVERNMENT_OF_COUNTRY", "LEADERS", "ORIGIN_ALIASES", "ORIGIN_ALIAS_ENDINGS", "THE_OPPOSITION", "UNATTRIBUTED",
    "UNKNOWN_COUNTRY",
]
