"""Language modules: one data module per language, looked up by ISO 639-1 code.

A new language is a new module ``lang/<code>.py`` defining ``LANGUAGE``
(a :class:`~casualty_reconcile.lang.base.LanguageData`) and its code in ``SUPPORTED``;
``lang/README.md`` is the checklist. A language's data is validated as it loads
(:func:`~casualty_reconcile.lang.base.validate`).
"""

from __future__ import annotations

import importlib

from ..errors import LanguageDataError, UnsupportedLanguageError
from .base import LanguageData

SUPPORTED: tuple[str, ...] = ("de", "en", "fr")

_CACHE: dict[str, LanguageData] = {}


def get_language(code: object) -> LanguageData:
    """The language module for ``code`` ("de", "en", also "de-DE", "EN").

    Raises :class:`TypeError` for a non-string and :class:`UnsupportedLanguageError`
    (naming the supported ones) for a code without a module.
    """
    if not isinstance(code, str):
        raise TypeError(f"language must be a string such as 'de' or 'en', not {type(code).__name__}")
    key = code.strip().lower().replace("_", "-").split("-", 1)[0]
    if key not in SUPPORTED:
        raise UnsupportedLanguageError(code, SUPPORTED)
    data = _CACHE.get(key)
    if data is None:
        module = importlib.import_module(f"{__name__}.{key}")  # its LanguageData validates itself as it is made
        data = getattr(module, "LANGUAGE", None)
        if not isinstance(data, LanguageData):
            raise LanguageDataError(f"language {key!r}: lang/{key}.py must define LANGUAGE, a LanguageData, not {type(data).__name__}")
        if data.code != key:
            raise LanguageDataError(f"language {key!r}: lang/{key}.py defines LANGUAGE with code {data.code!r}")
        _CACHE[key] = data
    return data


def all_languages() -> list[LanguageData]:
    """Every supported language's data, in ``SUPPORTED`` order."""
    return [get_language(code) for code in SUPPORTED]


__all__ = ["SUPPORTED", "LanguageData", "all_languages", "get_language"]
