"""Claims as a pandas DataFrame with fixed columns and dtypes (also when there are none)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from .models import CLAIM_FIELDS, Claim

_INT_COLUMNS = ("start", "end", "value", "low", "high")
_DATE_COLUMNS = ("as_of",)
_OBJECT_COLUMNS = ("flags",)

CLAIM_DTYPES: dict[str, str] = {
    name: (
        "Int64"
        if name in _INT_COLUMNS
        else "datetime64[s]"
        if name in _DATE_COLUMNS
        else "object"
        if name in _OBJECT_COLUMNS
        else "string"
    )
    for name in CLAIM_FIELDS
}
"""The column names of :func:`to_frame` and their dtypes, in order."""


def _row(claim: Claim) -> dict[str, Any]:
    row = claim.model_dump(mode="python")
    row["category"] = claim.category.value
    row["qualifier"] = claim.qualifier.value
    row["flags"] = tuple(claim.flags)
    return row


def to_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """A DataFrame with one row per claim and exactly the :class:`Claim` fields as columns.

    Dtypes are fixed (:data:`CLAIM_DTYPES`): strings are ``string``, numbers ``Int64``
    (nullable), ``as_of`` is ``datetime64[s]`` (any day of years 1-9999) and ``flags`` holds tuples.
    """
    rows = []
    for claim in claims:
        if not isinstance(claim, Claim):
            raise TypeError(f"to_frame takes Claim objects, not {type(claim).__name__}")
        rows.append(_row(claim))
    frame = pd.DataFrame(rows, columns=list(CLAIM_FIELDS))
    return empty_like_claims(frame)


def empty_like_claims(frame: pd.DataFrame) -> pd.DataFrame:
    """Cast a frame with the claim columns to the declared dtypes."""
    out = {}
    for name, dtype in CLAIM_DTYPES.items():
        column = frame[name] if name in frame else pd.Series([None] * len(frame), dtype="object")
        if dtype == "datetime64[s]":
            days = [None if pd.isna(d) else np.datetime64(pd.Timestamp(d).date() if isinstance(d, pd.Timestamp) else d, "s") for d in column]
            out[name] = pd.Series(np.array(days, dtype="datetime64[s]"), dtype="datetime64[s]")
        elif dtype == "object":
            out[name] = column.astype("object")
        else:
            out[name] = column.astype(pd.api.types.pandas_dtype(dtype))
    return pd.DataFrame(out, index=pd.RangeIndex(len(frame)))


__all__ = ["CLAIM_DTYPES", "to_frame"]
