"""Which language a document is in, short headlines included, and whether it is supported.

:func:`~casualty_reconcile.detect_language` reads the frequent words of the supported languages and
stays silent on a short headline ("3 killed in Kabul blast") or a text in another language.
:func:`identify_language` asks it first and then, when the optional ``lang`` extra is installed
(``pip install 'casualty_reconcile[lang]'``: py3langid, a small maintained character n-gram model,
imported only here), the model: a supported language is taken, another language is named
(``"fr"``), so that a French text is reported as "not supported" rather than "unclear".
"""

from __future__ import annotations

import functools
from typing import Any, Final, NamedTuple

CANDIDATES: Final = (
    "de", "en", "fr", "es", "it", "nl", "pt", "pl", "ru", "tr", "uk", "sv", "da", "no", "cs", "ar", "fa", "zh",
    "ja", "id",
)
"""The languages the model chooses among (common news languages; fewer candidates, fewer odd guesses)."""

NAMES: Final = {
    "de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
    "pt": "Portuguese", "pl": "Polish", "ru": "Russian", "tr": "Turkish", "uk": "Ukrainian", "sv": "Swedish",
    "da": "Danish", "no": "Norwegian", "cs": "Czech", "ar": "Arabic", "fa": "Persian", "zh": "Chinese",
    "ja": "Japanese", "id": "Indonesian",
}
"""English names of the candidate languages, for messages."""

OTHER_LANGUAGE_CONFIDENCE: Final = 0.5
"""How sure the model must be of an unsupported language to name it."""

SUPPORTED_CONFIDENCE: Final = 0.25
"""How sure the model must be of a supported language to take it ("xyz 12 abc 40" is no language)."""


class Identified(NamedTuple):
    """``language``: a supported code, or ``None``; ``other``: the unsupported language the text is in."""

    language: str | None
    other: str | None = None


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(list(CANDIDATES))
    return model


def model_available() -> bool:
    """Whether the optional language model (py3langid) is installed."""
    return _model() is not None


def identify_language(text: str) -> Identified:
    """The supported language of ``text``, or the unsupported one it is in, or neither when unclear."""
    from .extract import detect_language
    from .lang import SUPPORTED

    code = detect_language(text)
    if code is not None:
        return Identified(code)
    model = _model()
    if model is None or not text.strip():
        return Identified(None)
    ranked = model.rank(text[:5000])
    top, confidence = ranked[0]
    if top in SUPPORTED:
        return Identified(str(top) if confidence >= SUPPORTED_CONFIDENCE else None)
    if confidence >= OTHER_LANGUAGE_CONFIDENCE:
        return Identified(None, str(top))
    return Identified(None)


def language_name(code: str) -> str:
    """"fr (French)"."""
    name = NAMES.get(code)
    return f"{code} ({name})" if name else code


__all__ = ["CANDIDATES", "Identified", "identify_language", "language_name", "model_available"]
