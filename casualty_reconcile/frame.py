"""Claims as a pandas DataFrame with fixed columns and dtypes (also when there are none).

Every frame of the package speaks one vocabulary (see the README's table): ``sentence`` is always the
source sentence, ``explanation`` always words of the reconciliation; ``claim_id`` and ``quantity_id``
join claims, quantities and differences; days are ``datetime64[s]`` (``published`` as well as
``as_of``), counts nullable ``Int64``, closed vocabularies (``category``, ``qualifier``, ``status``,
``reason``) pandas categoricals; flags are one ``;``-joined string in ``claim_flags`` (``flags`` is
taken by pandas' own ``DataFrame.flags``), and so are the document's ``particulars``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

import numpy as np
import pandas as pd

from .models import Category, Claim, Qualifier, published_day

CLAIM_DTYPES: dict[str, str] = {
    "claim_id": "string",
    "doc_id": "string",
    "source": "string",
    "url": "string",
    "published": "datetime64[s]",
    "language": "string",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "sentence": "string",
    "category": "category",
    "value": "Int64",
    "qualifier": "category",
    "low": "Int64",
    "high": "Int64",
    "group": "string",
    "location": "string",
    "speaker": "string",
    "via": "string",
    "origin": "string",
    "origin_type": "string",
    "as_of": "datetime64[s]",
    "part_of": "string",
    "claim_flags": "string",
    "speaker_text": "string",
    "attribution": "category",
    "particulars": "string",
}
"""The column names of :func:`to_frame` and their dtypes, in order."""


def _categories() -> dict[str, tuple[str, ...]]:
    from .models import AttributionKind
    from .result import Reason, Scope, Status

    return {
        "attribution": tuple(a.value for a in AttributionKind),
        "category": tuple(c.value for c in Category),
        "qualifier": tuple(q.value for q in Qualifier),
        "status": tuple(s.value for s in Status),
        "reason": tuple(r.value for r in Reason),
        "scope": tuple(s.value for s in Scope),
    }


CATEGORIES: Final[dict[str, tuple[str, ...]]] = {}
"""The categories of each categorical column (filled on first use)."""


def pandas_dtype(name: str, dtype: str) -> Any:
    """The pandas dtype of a declared column: a categorical gets its fixed set of categories."""
    if dtype == "category":
        if not CATEGORIES:
            CATEGORIES.update(_categories())
        return pd.CategoricalDtype(list(CATEGORIES[name]))
    return pd.api.types.pandas_dtype(dtype)


def _origin_namer() -> Any:
    """A function ``claim -> origin name`` by the alias tables (the country taken from the location)."""
    from .geo import lookup
    from .origins import OriginResolver

    resolver = OriginResolver()

    def country(location: str | None) -> str | None:
        if not location:
            return None
        try:
            place = lookup(location)
        except Exception:  # the gazetteer is package data; without it the country is not known
            return None
        return None if place is None else place.country or None  # "Caribbean": of no one country

    def name(claim: Claim) -> str:
        return resolver.resolve(
            claim.language, claim.speaker_text or claim.speaker, claim.via, claim.source, claim.doc_id, country(claim.location)
        )[0]

    return name


def to_frame(
    claims: Iterable[Claim],
    *,
    origins: Mapping[str, str] | None = None,
    urls: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """A DataFrame with one row per claim: the :class:`Claim` fields, the origin and the article's URL.

    Dtypes are fixed (:data:`CLAIM_DTYPES`): strings are ``string``, numbers ``Int64``
    (nullable), ``published`` and ``as_of`` are ``datetime64[s]`` (``published`` is missing when only
    its month or year is known), ``category`` and ``qualifier`` categoricals, and ``claim_flags``
    the flags joined by ``;`` (``particulars`` the same). ``origins`` maps a ``claim_id`` to its origin (as
    ``Reconciliation.claim_origins`` does; without it the claim's own ``origin``, resolved at extraction,
    else its speaker looked up in the origin tables), ``origin_type`` is the claim's kind of origin;
    ``urls`` maps a ``doc_id`` to the address of its article.
    """
    links = urls or {}
    namer = None
    rows: dict[str, list[Any]] = {name: [] for name in CLAIM_DTYPES}
    for claim in claims:
        if not isinstance(claim, Claim):
            raise TypeError(f"to_frame takes Claim objects, not {type(claim).__name__}")
        if origins is not None and claim.claim_id in origins:
            origin = origins[claim.claim_id]
        elif claim.origin is not None:
            origin = claim.origin  # resolved at extraction
        else:
            namer = namer or _origin_namer()
            origin = namer(claim)
        for name in ("claim_id", "doc_id", "source", "language", "start", "end", "text", "sentence", "value",
                     "low", "high", "group", "location", "speaker", "via", "part_of", "speaker_text"):
            rows[name].append(getattr(claim, name))
        rows["url"].append(links.get(claim.doc_id))
        rows["published"].append(_day(published_day(claim.published)))
        rows["category"].append(claim.category.value)
        rows["qualifier"].append(claim.qualifier.value)
        rows["origin"].append(origin)
        rows["origin_type"].append(claim.origin_type.value if claim.origin_type is not None else None)
        rows["as_of"].append(_day(claim.as_of))
        rows["claim_flags"].append(";".join(claim.flags))
        rows["attribution"].append(claim.attribution.value)
        rows["particulars"].append(";".join(claim.particulars))
    return frame_of(rows)


def _day(day: Any) -> Any:
    return None if day is None else np.datetime64(day, "s")


def frame_of(rows: Mapping[str, list[Any]]) -> pd.DataFrame:
    """A claims frame from its columns (lists of plain values), cast to :data:`CLAIM_DTYPES`."""
    n = len(next(iter(rows.values()))) if rows else 0
    out = {}
    for name, dtype in CLAIM_DTYPES.items():
        values = rows.get(name, [None] * n)
        if dtype == "datetime64[s]":
            out[name] = pd.Series(np.array([np.datetime64("NaT") if v is None else v for v in values],
                                           dtype="datetime64[s]"))
        else:
            out[name] = pd.Series(values, dtype=pandas_dtype(name, dtype))
    return pd.DataFrame(out, index=pd.RangeIndex(n))


def claims_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame ready for CSV: days written as ``YYYY-MM-DD``, everything else as it is."""
    out = frame.copy()
    for name in out.columns:
        if str(out[name].dtype).startswith("datetime64"):
            out[name] = out[name].dt.strftime("%Y-%m-%d").astype("string")
    return out


__all__ = ["CLAIM_DTYPES", "claims_csv_frame", "pandas_dtype", "to_frame"]
