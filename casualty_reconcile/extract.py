"""Claim extraction: every numeric claim of a news text, with its attributes and provenance.

The public entry point. The engine itself lives in :mod:`casualty_reconcile.engine`, one module
per stage (see its docstring and the README's layout section).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from . import textnorm
from ._patterns import fast_class, folded
from .display import ClaimList
from .engine.lexicon import Lexicon, lexicon
from .engine.pipeline import Extractor, run_many
from .errors import UnsupportedLanguageError
from .lang import SUPPORTED, all_languages, get_language
from .models import Claim, Flag, normalize_published, published_instant

_WORD = regex.compile(r"\p{L}+")


@functools.lru_cache(maxsize=1)
def _letters() -> re.Pattern[str]:
    """_WORD for the standard library, on text :func:`_patterns.folded` accepts (its letters the `regex` module's
    there): a document's words found 110 -> 65 µs (a 2.4 KB local-news article; tests/test_detect_fast.py compares
    them)."""
    return re.compile(fast_class(r"\p{L}") + "+")


class LanguageNotDetectedWarning(UserWarning):
    """``extract(language=None)`` could not tell the text's language; no claims were extracted."""


def detect_language(text: str) -> str | None:
    """The supported language ``text`` is written in, by frequent words; ``None`` when unclear."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    low = folded(text[:20000])  # (lowercased, or None where the stdlib's classes could read it otherwise)
    words = _letters().findall(low) if low is not None else _WORD.findall(text[:20000].lower())
    if not words:
        return None
    scores = {lang.code: sum(map(lang.stopwords.__contains__, words)) for lang in all_languages()}
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
    (see :func:`explain`). Many documents run faster through :func:`extract_many`.
    """
    job = _job(text, doc_id, source, published, language, trace)
    return job if isinstance(job, ClaimList) else job.run()


def extract_many(
    documents: Iterable[str | Mapping[str, Any]],
    *,
    source: str | None = None,
    published: str | dt.date | None = None,
    language: str | None = None,
    trace: bool = False,
) -> Iterator[ClaimList]:
    """The claims of each of ``documents``, in order, one :class:`ClaimList` each: what :func:`extract`
    gives for each, read faster.

    A document is a text or a mapping with its ``text`` and any of ``doc_id``, ``source``,
    ``published`` and ``language`` (``source``, ``published`` and ``language`` given here fill in where
    a document has none). The documents are read in batches, each stage of the engine over the whole
    batch before the next stage (:func:`engine.pipeline.run_many`): a stage's compiled patterns then
    stay in the processor's caches from one document to the next, where one document at a time runs
    every stage's patterns in turn (about 10 MB of them) and finds each out of the cache again; short
    articles gain the most. An error is raised where :func:`extract` would raise it, after the claims
    of the documents before it.
    """
    batch: list[ClaimList | _Job] = []
    chars = 0
    for item in _items(documents):
        if isinstance(item, BaseException):
            yield from _run_batch(batch)
            raise item
        text, doc_id, doc_source, doc_published, doc_language = item
        try:
            job = _job(
                text,
                doc_id,
                source if doc_source is None else doc_source,
                published if doc_published is None else doc_published,
                language if doc_language is None else doc_language,
                trace,
            )
        except Exception as exc:
            yield from _run_batch(batch)
            raise exc
        batch.append(job)
        chars += len(text)
        if len(batch) >= _BATCH_DOCUMENTS or chars >= _BATCH_CHARS:
            yield from _run_batch(batch)
            batch, chars = [], 0
    yield from _run_batch(batch)


_BATCH_DOCUMENTS = 256
_BATCH_CHARS = 1_000_000
"""a batch of :func:`extract_many` ends at this many documents or characters (its state is kept whole)"""

_Item = tuple[Any, Any, Any, Any, Any]


def _items(documents: Iterable[str | Mapping[str, Any]]) -> Iterator[_Item | BaseException]:
    """Each document's text, id, source, day and language (``None`` where not given); the error met
    in reading the next document, as the last item."""
    try:
        for document in documents:
            if isinstance(document, Mapping):
                yield (document.get("text"), document.get("doc_id"), document.get("source"),
                       document.get("published"), document.get("language"))
            else:
                yield (document, None, None, None, None)
    except Exception as exc:
        yield exc


@dataclass(frozen=True, slots=True)
class _Job:
    """One document made ready for the engine: its text as given and as the engine reads it."""

    text: str
    normalized: str
    offsets: textnorm.OffsetMap
    lex: Lexicon
    doc_id: str
    source: str | None
    published: str | None
    trace: bool
    published_at: dt.datetime | None = None

    def engine(self) -> Extractor:
        return Extractor(self.normalized, self.lex, self.doc_id, self.source, self.published, self.trace)

    def run(self) -> ClaimList:
        """The document's claims, its engine run alone (as :func:`extract` runs it)."""
        engine = self.engine()
        return self.claims(engine, engine.run())

    def claims(self, engine: Extractor, found: list[Claim]) -> ClaimList:
        """The engine's claims, flagged and put back into the text as given."""
        claims = _flag_outside_calendar(found, self.normalized, engine.outside_calendar)
        if self.published_at is not None:  # a time with its offset: the instant the report came out
            claims = [claim.model_copy(update={"published_at": self.published_at}) for claim in claims]
        return ClaimList(textnorm.claims_to_original(claims, self.text, self.offsets))


def _job(
    text: str, doc_id: str | None, source: str | None, published: str | dt.date | None, language: str | None, trace: bool
) -> _Job | ClaimList:
    """A document made ready for the engine, or its claims where it has none to read (its language not told)."""
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
                    stacklevel=3,
                )
            return ClaimList()
    else:
        code = get_language(language).code
    published_iso = normalize_published(published)
    if doc_id is None:
        doc_id = "doc-" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    return _Job(text, normalized, offsets, lexicon(code), doc_id, source, published_iso, trace, published_instant(published))


def _run_batch(batch: list[ClaimList | _Job]) -> Iterator[ClaimList]:
    """The claims of a batch's documents, in order, each stage over the batch (see :func:`extract_many`);
    the engine's failure on one is raised after the claims of the documents before it, as
    :func:`extract` raises it."""
    found = iter(_run_each([job for job in batch if isinstance(job, _Job)]))
    for job in batch:
        if isinstance(job, _Job):
            claims = next(found)
            if isinstance(claims, Exception):
                raise claims
            yield claims
        else:
            yield job


def _run_each(jobs: list[_Job]) -> list[ClaimList | Exception]:
    """Each document's claims, or the error the engine raised on it: each stage over all of them
    (:func:`engine.pipeline.run_many`); where that fails, each runs alone again."""
    engines = [job.engine() for job in jobs]
    try:
        return [job.claims(engine, found) for job, engine, found in zip(jobs, engines, run_many(engines), strict=True)]
    except Exception:
        pass
    results: list[ClaimList | Exception] = []
    for job in jobs:
        try:
            results.append(job.run())
        except Exception as exc:
            results.append(exc)
    return results


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
    if not isinstance(claim, Claim):
        raise TypeError(f"explain() takes a Claim (from extract(..., trace=True)), not {type(claim).__name__}")
    if not claim.trace:
        return "(no trace: extract with trace=True)"
    return "\n".join(claim.trace)


__all__ = ["LanguageNotDetectedWarning", "Lexicon", "detect_language", "explain", "extract", "extract_many", "lexicon"]
