"""Start-up: the first document of a fresh process, per language, in seconds.

    python benchmarks/bench_startup.py [--repeat 5] [--languages en,de,fr] [--tree PATH]

The first ``extract`` call of a process builds what every later call reuses: the package's import,
the language's data (validated as it loads), its compiled lexicon and its number grammar. A command
line run on one headline, a test run or a worker of a pool pays that once, and it is invisible in
bench_extract's throughput (which warms up first). Each run starts a new interpreter that imports
the package and extracts one short sentence; the median of ``--repeat`` runs is printed, by the wall
clock and by CPU time (on a busy host the CPU time is the steadier), and beside it the median of each
part of the CPU time: the import, the language's data, the lexicon, the number grammar and the rest
of the first call. The parts are built one after the other, as the first call builds them, so that
each is measured alone. ``--tree`` measures the package of another checkout (a ``git worktree add``
of the revision to compare with) instead of this one's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = {
    "de": "Zwei Menschen wurden getötet.",
    "en": "Two people were killed.",
    "fr": "Deux personnes ont été tuées.",
}

_RUN = r"""
import json, sys, time
wall, cpu = time.perf_counter(), time.process_time()
import casualty_reconcile
t_import = time.process_time()
from casualty_reconcile.lang import get_language
get_language(sys.argv[1])
t_lang = time.process_time()
from casualty_reconcile.engine.lexicon import lexicon
lexicon(sys.argv[1])
t_lexicon = time.process_time()
from casualty_reconcile.numbers.compiled import grammar
grammar(sys.argv[1])
t_grammar = time.process_time()
casualty_reconcile.extract(sys.argv[2], language=sys.argv[1])
end = time.process_time()
print(json.dumps({
    "wall": time.perf_counter() - wall, "cpu": end - cpu, "import": t_import - cpu, "language data": t_lang - t_import,
    "lexicon": t_lexicon - t_lang, "grammar": t_grammar - t_lexicon, "first call": end - t_grammar,
}))
"""


def run_once(language: str, tree: Path) -> dict[str, float]:
    """One fresh interpreter's times for ``language``, with the package of the checkout ``tree``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tree), os.environ.get("PYTHONPATH", "")]))}
    done = subprocess.run([sys.executable, "-c", _RUN, language, SENTENCES[language]],
                          capture_output=True, text=True, check=True, cwd=tree, env=env)
    times: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="fresh processes per language (default 5)")
    parser.add_argument("--languages", default="en,de,fr", help="comma-separated language codes (default en,de,fr)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose package is measured (default this one)")
    args = parser.parse_args()
    if not (args.tree / "casualty_reconcile" / "__init__.py").is_file():
        parser.error(f"--tree {args.tree}: no casualty_reconcile package there")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    unknown = [code for code in languages if code not in SENTENCES]
    if unknown:
        parser.error(f"unknown language(s): {', '.join(unknown)} (known: {', '.join(SENTENCES)})")
    for language in languages:
        runs = [run_once(language, args.tree.resolve()) for _ in range(args.repeat)]
        median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        parts = ", ".join(f"{key} {median[key]:.2f}" for key in runs[0] if key not in ("wall", "cpu"))
        print(f"{language}: first document {median['wall']:.2f} s wall, {median['cpu']:.2f} s CPU "
              f"(median of {args.repeat}; CPU: {parts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
