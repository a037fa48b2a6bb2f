"""Cost per KB of realistic documents of 1, 10 and 50 MB: time and peak memory should grow linearly.

Run: ``.venv/bin/python benchmarks/bench_extract_scale.py [--sizes 1,10,50] [--languages de,en]``.

A document is news text repeated to the size: the seed articles (German), or the benchmark's English
context paragraphs with the English case-table rows between them, paragraph after paragraph. Each size runs in a fresh process, so its peak
resident memory is its own. Prints, per language and size, the seconds, the microseconds per KB, the
ratio of that cost to the 1 MB document's (linear work: 1.0; the goal is within 1.2) and the peak
memory; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
root, language, megabytes = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
if language == "de":
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt")))
else:  # the English context sentences, with the English case-table rows (sentences with figures) between
    sys.path.insert(0, str(root))
    from tests.cases.en_extract import CASES
    context = (root / "benchmarks" / "data" / "en_context.txt").read_text(encoding="utf-8").split("\n")
    rows = [case.text for case in CASES]
    unit = "\n\n".join(part for pair in zip(context * (len(rows) // max(1, len(context)) + 1), rows) for part in pair)
size = int(megabytes * 1_000_000)
text = ("\n\n".join([unit] * (size // (len(unit) + 2) + 1)))[:size]
from casualty_reconcile import extract
extract("Warm-up: 12 Tote, 12 killed.", language=language)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
claims = extract(text, language=language, published="2024-03-06")
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"chars": len(text), "claims": len(claims), "seconds": seconds, "peak_kb": peak, "before_kb": before}))
"""


def measure(language: str, megabytes: float) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(ROOT), language, str(megabytes)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10,50", help="document sizes in MB (default 1,10,50)")
    parser.add_argument("--languages", default="de,en", help="languages (default de,en)")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    for language in args.languages.split(","):
        base: float | None = None
        for megabytes in sizes:
            r = measure(language, megabytes)
            per_kb = r["seconds"] / (r["chars"] / 1000) * 1e6
            base = base if base is not None else per_kb
            print(
                f"{language} {megabytes:>5g} MB  {r['claims']:>8,.0f} claims  {r['seconds']:8.1f} s  "
                f"{per_kb:8.0f} µs/KB  {per_kb / base:5.2f}× the first size's cost  "
                f"peak {r['peak_kb'] / 1024:7.0f} MB (before the call {r['before_kb'] / 1024:.0f} MB)",
                flush=True,
            )


if __name__ == "__main__":
    main()
