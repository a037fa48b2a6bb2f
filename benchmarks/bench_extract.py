"""Extraction throughput, German and English, in characters per second on one core.

    python benchmarks/bench_extract.py [--mb 5]

The corpus is built from real phrasing: the case tables' news sentences with figures
(tests/cases/de_extract.py, en_extract.py) mixed with news sentences without figures (the seed
articles' for German, benchmarks/data/en_context.txt for English) into ~4 KB documents with
paragraph breaks, one sentence in ten with figures (the density of the seed articles: 1.2 claims
per kilobyte),
until each language has at least ``--mb`` megabytes. Throughput is
reported per wall-clock second and per CPU second of this process (the latter is what one core
delivers even when the machine is busy). The target is 1 MB/s (1,000,000 characters per second).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casualty_reconcile import extract  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")


def figure_texts(language: str) -> list[str]:
    """Sentences and short passages with figures: the case tables' real phrasing."""
    module = __import__(f"tests.cases.{language}_extract", fromlist=["CASES"])
    return [case.text for case in module.CASES]


def context_texts(language: str) -> list[str]:
    """News sentences without figures: the seeds' (German) or benchmarks/data/en_context.txt."""
    if language == "de":
        texts = []
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            texts += [s for s in _SENTENCE.split(path.read_text(encoding="utf-8")) if not any(c.isdigit() for c in s)]
        return texts
    return (ROOT / "benchmarks" / "data" / f"{language}_context.txt").read_text(encoding="utf-8").splitlines()


def corpus(language: str, megabytes: float, seed: int = 7, figure_share: float = 0.1) -> list[str]:
    """~4 KB documents of paragraphs; ``figure_share`` of the sentences carry figures, about the
    density of the seed articles (1.2 claims per kilobyte)."""
    rng = random.Random(seed)
    figures, context = figure_texts(language), context_texts(language)
    docs: list[str] = []
    total = 0
    while total < megabytes * 1_000_000:
        paragraphs: list[str] = []
        size = 0
        while size < 4000:
            sentences = [rng.choice(figures if rng.random() < figure_share else context) for _ in range(rng.randint(2, 5))]
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        doc = "\n\n".join(paragraphs)
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
