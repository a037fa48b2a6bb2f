"""The notebooks run from top to bottom (nbclient, no network) and show what they promise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def run(name: str) -> Any:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()
    return notebook


def outputs(notebook: Any, kind: str) -> list[str]:
    """Every output of one MIME type (``"stream"``: what the cells printed)."""
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if kind == "stream":
                if output.get("output_type") == "stream":
                    found.append(output.get("text", ""))
            elif kind in output.get("data", {}):
                found.append(output["data"][kind])
    return found


def test_quickstart_runs_on_the_seeds() -> None:
    notebook = run("quickstart.ipynb")
    html = "".join(outputs(notebook, "text/html"))
    assert "<mark>" in html  # claims shown with the figure highlighted
    assert "casualty-reconciliation" in html  # the reconciliation's own table
    assert len(outputs(notebook, "image/png")) == 2  # the two timelines
    printed = "".join(outputs(notebook, "stream"))
    assert '"@type": "Claim"' in printed
    assert "At a glance" in printed  # the report leads with the answer
    markdown = "".join(outputs(notebook, "text/markdown"))
    assert "| deaths · people · Kazakhstan | consistent | at least 164 |" in markdown
    assert "claim_flags" in html and "explanation" in html  # the frames, in one vocabulary


def test_scale_runs_a_generated_corpus_through_extract_frame_and_dask() -> None:
    notebook = run("scale.ipynb")
    printed = "".join(outputs(notebook, "stream"))
    assert "2,000 documents" in printed
    try:
        import dask.dataframe  # noqa: F401
    except ImportError:
        assert "dask is not installed" in printed
    else:
        assert "identical to the plain call" in printed
