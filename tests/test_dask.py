"""The seeds through Dask with a multi-process scheduler give exactly the claims of the plain call."""

from __future__ import annotations

import pandas as pd
import pytest

from casualty_reconcile import extract_frame, to_frame
from tests.test_dataframe import seed_documents

dd = pytest.importorskip("dask.dataframe", reason="needs the dask extra: pip install 'casualty_reconcile[dask]'")


def test_map_partitions_with_processes_equals_the_plain_call() -> None:
    docs = seed_documents()
    plain = extract_frame(docs)
    ddf = dd.from_pandas(docs, npartitions=3)
    claims = ddf.map_partitions(extract_frame, meta=to_frame([]))
    result = claims.compute(scheduler="processes", num_workers=2).reset_index(drop=True)
    pd.testing.assert_frame_equal(result, plain)
    assert len(plain) > 0


def test_meta_is_the_empty_result() -> None:
    meta = extract_frame(seed_documents().iloc[:0])
    pd.testing.assert_frame_equal(meta, to_frame([]))
