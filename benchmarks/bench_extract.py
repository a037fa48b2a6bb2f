"""Extraction throughput, German and English, in characters per second on one core.

    python benchmarks/bench_extract.py [--mb 5]

The corpus is built from real sentences: the seed articles (German) and the case tables' news
sentences (tests/cases/de_extract.py, en_extract.py), shuffled into ~4 KB documents with paragraph
breaks until each language has at least ``--mb`` megabytes. Figures, non-figures, attributions and
carried-over reported speech all occur at their natural rate in those sentences. Throughput is
reported per wall-clock second and per CPU second of this process (the latter is what one core
delivers even when the machine is busy). The target is 1 MB/s (1,000,000 characters per second).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casualty_reconcile import extract  # noqa: E402


def sentences(language: str) -> list[str]:
    texts: list[str] = []
    try:
        module = __import__(f"tests.cases.{language}_extract", fromlist=["CASES"])
        texts += [case.text for case in module.CASES]
    except ImportError:
        pass
    if language == "de":
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    if not texts:
        raise SystemExit(f"no {language} sentences to build a corpus from")
    return texts


def corpus(language: str, megabytes: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = sentences(language)
    docs: list[str] = []
    total = 0
    while total < megabytes * 1_000_000:
        parts: list[str] = []
        size = 0
        while size < 4000:
            paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 4)))
            parts.append(paragraph)
            size += len(paragraph) + 2
        doc = "\n\n".join(parts)
        docs.append(doc)
        total += len(doc)
    return docs


def measure(language: str, megabytes: float) -> tuple[float, float, int, int]:
    docs = corpus(language, megabytes)
    extract(docs[0], language=language, published="2024-01-07")  # load lexicons and gazetteer
    chars = sum(len(d) for d in docs)
    claims = 0
    wall = time.perf_counter()
    cpu = time.process_time()
    for doc in docs:
        claims += len(extract(doc, language=language, published="2024-01-07"))
    return chars / (time.perf_counter() - wall), chars / (time.process_time() - cpu), chars, claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text per language (default 5)")
    parser.add_argument("--languages", default="de,en")
    args = parser.parse_args()
    for language in args.languages.split(","):
        wall, cpu, chars, claims = measure(language, args.mb)
        print(
            f"{language}: {chars / 1e6:.2f} MB, {claims} claims: "
            f"{wall / 1e6:.2f} MB/s wall, {cpu / 1e6:.2f} MB/s CPU (one core; target 1.00)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
