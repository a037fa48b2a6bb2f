"""Documents in a DataFrame in, claims in a DataFrame out: :func:`extract_frame`.

It is a plain top-level function of one DataFrame (picklable), whose result always has the columns and
dtypes of :data:`~casualty_reconcile.frame.CLAIM_DTYPES`, also for no rows. So it runs unchanged on
each partition of a Dask DataFrame::

    import dask.dataframe as dd
    from casualty_reconcile import extract_frame, to_frame

    claims = ddf.map_partitions(extract_frame, meta=to_frame([])).compute()
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from typing import Any

import pandas as pd

from .errors import CasualtyReconcileError
from .frame import to_frame
from .models import Claim


def _cell(value: Any) -> Any:
    """``None`` for every kind of missing value (None, NaN, NaT, pd.NA)."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # lists and other non-scalars are not missing
        return value
    return value


def _published(value: Any) -> str | dt.date | None:
    value = _cell(value)
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value  # type: ignore[no-any-return]


def _documents(
    df: pd.DataFrame,
    text_col: str,
    columns: tuple[list[Any] | None, ...],
    by_label: bool,
    defaults: tuple[Any, Any, Any],
    urls: dict[str, str],
    passed: list[tuple[int, str]],
) -> Iterator[dict[str, Any]]:
    """The document of each row with a text, for ``extract_many`` (``defaults``: the source, day and
    language where a row has none); each row's address goes into ``urls``, its position and id into
    ``passed``."""
    ids, sources, dates, languages, links = columns
    source, published, language = defaults
    for i, (label, text) in enumerate(zip(df.index, df[text_col], strict=True)):
        raw_id = _cell(ids[i]) if ids is not None else None
        text = _cell(text)
        if by_label or not isinstance(text, str):
            doc_id = str(raw_id) if raw_id is not None else str(label)
        else:
            digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
            doc_id = f"row-{label}-{digest}"
        if text is None:
            continue
        if not isinstance(text, str):
            raise TypeError(f"document {doc_id!r}: text must be a str, not {type(text).__name__}")
        row_source = _cell(sources[i]) if sources is not None else None
        row_published = _published(dates[i]) if dates is not None else None
        row_language = _cell(languages[i]) if languages is not None else None
        row_url = _cell(links[i]) if links is not None else None
        if row_url is not None:
            urls[doc_id] = str(row_url)
        passed.append((i, doc_id))
        yield {
            "text": text,
            "doc_id": doc_id,
            "source": row_source if row_source is not None else source,
            "published": row_published if row_published is not None else published,
            "language": row_language if row_language is not None else language,
        }


def extract_frame(
    df: pd.DataFrame,
    text_col: str = "text",
    id_col: str | None = "doc_id",
    *,
    source_col: str | None = "source",
    published_col: str | None = "published",
    language_col: str | None = "language",
    url_col: str | None = "url",
    source: str | None = None,
    published: str | dt.date | None = None,
    language: str | None = None,
) -> pd.DataFrame:
    """Extract the claims of every document (row) of ``df``; one row per claim.

    ``text_col`` holds the text. The other columns are used when present: ``id_col`` (the
    ``doc_id``; without it the row's index label when the index has labels of its own, each once,
    else ``row-<position>-<hash of the text>``, so that the rows of a Dask frame's partitions, each
    numbered from 0, stay apart), ``source_col``, ``published_col``
    (strings, dates or timestamps), ``language_col`` and ``url_col`` (the article's address, the
    claims' ``url``); ``source``, ``published`` and
    ``language`` given here fill in where a row has none. A missing text is an empty document.

    The result has exactly the columns and dtypes of :data:`~casualty_reconcile.frame.CLAIM_DTYPES`,
    also when there are no claims, and a fresh ``RangeIndex``. A bad row (an unknown language, a
    malformed date) raises its error with a note naming the document.
    """
    from .extract import extract_many

    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"extract_frame takes a pandas DataFrame, not {type(df).__name__}")
    if text_col not in df.columns:
        raise KeyError(f"no text column {text_col!r} in the frame (columns: {', '.join(map(str, df.columns))})")

    def column(name: str | None) -> list[Any] | None:
        return list(df[name]) if name is not None and name in df.columns else None

    ids = column(id_col)
    # without an id column, an index of positions (a RangeIndex, which starts again at 0 in every
    # partition of a Dask frame read from files) or with repeated labels does not tell rows apart:
    # each row then gets an id of its position and its text
    by_label = ids is not None or (df.index.is_unique and not isinstance(df.index, pd.RangeIndex))
    sources, dates, languages = column(source_col), column(published_col), column(language_col)
    links = column(url_col)
    urls: dict[str, str] = {}
    passed: list[tuple[int, str]] = []  # the rows read, in order: their position and document id

    claims: list[Claim] = []
    done = 0
    try:
        columns = (ids, sources, dates, languages, links)
        documents = _documents(df, text_col, columns, by_label, (source, published, language), urls, passed)
        for found in extract_many(documents):  # the batch path: each stage over many rows
            claims.extend(found)
            done += 1
    except CasualtyReconcileError as exc:
        i, doc_id = passed[done]
        exc.add_note(f"in document {doc_id!r} (row {i} of the frame)")
        raise
    return to_frame(claims, urls=urls)


__all__ = ["extract_frame"]
