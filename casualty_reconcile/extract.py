"""Claim extraction: every numeric claim of a news text, with its attributes and provenance.

The public entry point. The engine itself lives in :mod:`casualty_reconcile.engine`, one module
per stage (see its docstring and the README's layout section).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import warnings

import regex

from . import textnorm
from .display import ClaimList
from .engine.lexicon import Lexicon, lexicon
from .engine.pipeline import Extractor
from .errors import UnsupportedLanguageError
from .lang import SUPPORTED, all_languages, get_language
from .models import Claim, Flag, normalize_published

_WORD = regex.compile(r"\p{L}+")


class LanguageNotDetectedWarning(UserWarning):
    """``extract(language=None)`` could not tell the text's language; no claims were extracted."""


def detect_language(text: str) -> str | None:
    """The supported language ``text`` is written in, by frequent words; ``None`` when unclear."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    sample = text[:20000].lower()
    words = _WORD.findall(sample)
    if not words:
        return None
    scores = {lang.code: sum(1 for w in words if w in lang.stopwords) for lang in all_languages()}
    best = max(scores, key=lambda code: scores[code])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    if ranked[0] < 2 and len(words) > 6:
        return None
    return best


def _identify(text: str) -> str | None:
    """The supported language of ``text`` as the CLI tells it (with the optional language model when it is
    installed, :mod:`casualty_reconcile.detect`); :class:`UnsupportedLanguageError` naming another language."""
    from .detect import identify_language, language_name  # the model is imported there, on first use

    found = identify_language(text)
    if found.other is not None:
        raise UnsupportedLanguageError(found.other, SUPPORTED, detected=language_name(found.other))
    return found.language


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    published: str | dt.date | None = None,
    language: str | None = None,
    trace: bool = False,
) -> ClaimList:
    """Every numeric claim in ``text``, in document order (a list with a rich display in Jupyter).

    ``language`` is an ISO 639-1 code ("de", "en"); ``None`` detects it from the text, short headlines
    too when the optional ``lang`` extra is installed (a :class:`LanguageNotDetectedWarning` and no
    claims when that fails; :class:`UnsupportedLanguageError` when the text is in another language). ``published`` (a date or
    ISO string) anchors "am Sonntag" / "yesterday"; without it a header such as ``date 2022-01``
    is used. ``source`` is the outlet; without it a dateline such as ``ALMATY (dpa-AFX) -`` is used.
    ``trace=True`` fills each claim's ``trace``: the names of the rules that decided it, in order
    (see :func:`explain`).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    for name, value in (("doc_id", doc_id), ("source", source)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    # the engine reads the text with invisible characters removed and its layout undone; the
    # claims' spans are then put back into the text as given
    normalized, offsets = textnorm.normalize(text)
    if language is None:
        code = _identify(normalized)
        if code is None:
            if text.strip():
                warnings.warn(
                    f"could not tell the language of document {doc_id or '(unnamed)'}; pass language= "
                    f"(supported: {', '.join(SUPPORTED)})",
                    LanguageNotDetectedWarning,
                    stacklevel=2,
                )
            return ClaimList()
    else:
        code = get_language(language).code
    published_iso = normalize_published(published)
    if doc_id is None:
        doc_id = "doc-" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    engine = Extractor(normalized, lexicon(code), doc_id, source, published_iso, trace)
    claims = _flag_outside_calendar(engine.run(), normalized, engine.outside_calendar)
    return ClaimList(textnorm.claims_to_original(claims, text, offsets))


def _flag_outside_calendar(claims: list[Claim], text: str, positions: list[int]) -> list[Claim]:
    """Claims whose sentence has a day reference that falls outside the calendar ("am Vortag" of
    0001-01-01) flagged ``date_outside_calendar`` (the reference itself is dropped)."""
    if not positions:
        return claims
    flagged = []
    for claim in claims:
        at = text.rfind(claim.sentence, max(0, claim.end - len(claim.sentence)), claim.start + len(claim.sentence))
        if at >= 0 and any(at <= p < at + len(claim.sentence) for p in positions):
            claim = claim.model_copy(update={"flags": (*claim.flags, Flag.OUTSIDE_CALENDAR.value)})
        flagged.append(claim)
    return flagged


def explain(claim: Claim) -> str:
    """The rules that decided a claim, one a line, in the order they fired (from ``extract(..., trace=True)``)."""
    if not claim.trace:
        return "(no trace: extract with trace=True)"
    return "\n".join(claim.trace)


__all__ = ["LanguageNotDetectedWarning", "Lexicon", "detect_language", "explain", "extract", "lexicon"]
