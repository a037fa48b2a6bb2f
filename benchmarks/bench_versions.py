"""Extraction throughput of two versions of the library, measured interleaved in one process.

    python benchmarks/bench_versions.py [--base REV] [--mb 2] [--repeat 3] [--doc-kb 4]

A refactor must not slow extraction down, and a measurement taken one after the other on a shared
machine measures the neighbours as much as the code (see bench_extract.py). This copies the package
of the git revision ``--base`` (default ``HEAD``) into a temporary folder under another name
(``casualty_reconcile_base``: the package imports itself relatively), builds bench_extract's corpus
once per language with the working tree's version, and extracts it with both versions in turn,
document by document (the order of the two swapped every other document), ``--repeat`` times. It
prints each version's characters per second of its best and median pass per language, the ratio
new / old of the best passes, and the ratio of the sums of each document's fastest extraction (the
steadiest figure on a busy host: a pass is slowed by whatever else runs, a document's minimum
much less).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import corpus  # noqa: E402

from casualty_reconcile import extract as new_extract  # noqa: E402

BASE_NAME = "casualty_reconcile_base"


def load_base(rev: str, folder: Path) -> Callable[..., Any]:
    """The ``extract`` of the package at ``rev``, imported as ``casualty_reconcile_base``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "casualty_reconcile"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "casualty_reconcile").rename(folder / BASE_NAME)
    for path in (folder / BASE_NAME).rglob("*.py"):  # no absolute self-import may reach the working tree's package
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else (
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
            if any(name.split(".")[0] == "casualty_reconcile" for name in names):
                raise SystemExit(f"{path.name} of {rev} imports casualty_reconcile absolutely")
    sys.path.insert(0, str(folder))
    module = importlib.import_module(BASE_NAME)
    extract: Callable[..., Any] = module.extract
    return extract


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD", help="the git revision to compare against (default HEAD)")
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of text per language (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (default 3)")
    parser.add_argument("--languages", default="de,en")
    parser.add_argument("--doc-kb", type=float, default=4.0,
                        help="kilobytes of a document (default 4; 1.5 for short articles, as local news runs)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old_extract = load_base(args.base, Path(tmp))
        versions = {"old": old_extract, "new": new_extract}
        for language in args.languages.split(","):
            docs = corpus(language, args.mb, doc_chars=int(args.doc_kb * 1000))
            chars = sum(len(d) for d in docs)
            for fn in versions.values():  # load lexicons and gazetteer
                fn(docs[0], language=language, published="2024-01-07")
            rates: dict[str, list[float]] = {name: [] for name in versions}
            fastest = {name: [float("inf")] * len(docs) for name in versions}
            claims: dict[str, int] = {}
            for _ in range(args.repeat):
                spent = dict.fromkeys(versions, 0.0)
                found = dict.fromkeys(versions, 0)
                for index, doc in enumerate(docs):
                    order = ("old", "new") if index % 2 == 0 else ("new", "old")
                    for name in order:
                        start = time.perf_counter()
                        found[name] += len(versions[name](doc, language=language, published="2024-01-07"))
                        took = time.perf_counter() - start
                        spent[name] += took
                        fastest[name][index] = min(fastest[name][index], took)
                for name in versions:
                    rates[name].append(chars / spent[name])
                claims = found
            best = {name: max(r) for name, r in rates.items()}
            print(
                f"{language}: {chars / 1e6:.2f} MB; "
                + "; ".join(
                    f"{name} ({args.base if name == 'old' else 'working tree'}) best {best[name] / 1e6:.2f}, "
                    f"median {statistics.median(rates[name]) / 1e6:.2f} MB/s, {claims[name]} claims"
                    for name in versions
                )
                + f"; new/old {best['new'] / best['old']:.3f} (best passes), "
                f"{sum(fastest['old']) / sum(fastest['new']):.3f} (sums of per-document minima)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
