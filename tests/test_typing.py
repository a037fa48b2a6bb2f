"""An editable install type-checks: mypy, run on a script outside the checkout, sees the package's types.

setuptools' default editable install of a flat layout is an import hook, which type checkers cannot
follow (every name was ``Any``); ``package-dir = {"" = "."}`` makes it a plain path in a ``.pth`` file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROBE = '''
from casualty_reconcile import extract, reconcile

claims = extract("At least 12 people were killed.", language="en")
reveal_type(claims)
reveal_type(reconcile(claims).quantities[0].best.value)
'''


def _editable_here() -> bool:
    for dist in metadata.distributions(name="casualty_reconcile"):  # the egg-info in the checkout has no URL
        found = dist.read_text("direct_url.json")
        if found and json.loads(found).get("dir_info", {}).get("editable", False) is True:
            return True
    return False


@pytest.mark.slow
def test_a_script_that_imports_the_package_sees_its_types(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    if not _editable_here():
        pytest.skip("the package is not installed in editable mode (pip install -e .)")
    (tmp_path / "probe.py").write_text(PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--python-executable", sys.executable, "--cache-dir", str(tmp_path / "cache"),
         "--no-error-summary", "probe.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )
    shown = result.stdout + result.stderr
    assert 'Revealed type is "casualty_reconcile.display.ClaimList"' in shown, (
        f"{shown}\n(an editable install from before package-dir was set? reinstall: pip install -e '{ROOT}')"
    )
    assert 'Revealed type is "int | None"' in shown
    assert "Any" not in shown
