"""What each stage of the engine costs on short and on long documents, per document and per megabyte.

    python benchmarks/bench_stages.py [--mb 0.2] [--repeat 5] [--languages de,en,fr] [--one-at-a-time]

Issue 15 asks that short articles (local news runs to about 1.5 KB) be read at least as fast per
megabyte as long ones: a cost paid once per document, however long (its lead read for its particulars
and its story's place, its header), weighs 2.7 times more per megabyte in a 1.5 KB document than in a
4 KB one. This builds bench_extract's corpus of each language twice, of 1.5 KB and of 4 KB documents
(the same sentences, the same density), and runs the stages of ``engine.pipeline.STAGES`` over each,
as ``extract_many`` does (each stage over all the documents before the next; ``--one-at-a-time``: each
document through every stage, as ``extract`` does), timing each stage by CPU time, the two sizes'
passes interleaved, the best of ``--repeat`` passes kept per stage. ``job`` is the text made ready
(normalised, its id, its language's lexicon), ``engine`` the extractor built, ``claims`` the claims put
back into the text as given.

Per stage it prints the microseconds per document and the milliseconds per megabyte of each size, and
what a short document pays beyond the long documents' rate per megabyte ("extra"): a stage whose cost
is per character shows about 0 there, one paid once per document about 0.6 of its cost. The last line
gives the short / long speed per megabyte (1 or more is the target).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import corpus  # noqa: E402

from casualty_reconcile import extract  # noqa: E402
from casualty_reconcile.engine.pipeline import STAGES, Extractor  # noqa: E402
from casualty_reconcile.extract import _Job, _job  # noqa: E402

SIZES = (1500, 4000)
PUBLISHED = "2024-01-07"


def _pass(docs: list[str], language: str, one_at_a_time: bool) -> dict[str, float]:
    """The CPU seconds of each stage over ``docs`` in one pass."""
    clock = time.process_time
    spent: dict[str, float] = {}
    start = clock()
    jobs = [_job(doc, None, None, PUBLISHED, language, False) for doc in docs]
    spent["job"] = clock() - start
    start = clock()
    engines: list[Extractor] = [job.engine() for job in jobs if isinstance(job, _Job)]
    spent["engine"] = clock() - start
    if one_at_a_time:
        spent.update((stage.name, 0.0) for stage in STAGES)
        for engine in engines:
            for stage in STAGES:
                start = clock()
                stage.run(engine)
                spent[stage.name] += clock() - start
                if stage.name == "counts" and not engine.counts:
                    break
    else:
        live = engines
        for stage in STAGES:
            start = clock()
            for engine in live:
                stage.run(engine)
            spent[stage.name] = clock() - start
            if stage.name == "counts":
                live = [engine for engine in live if engine.counts]
    start = clock()
    for job, engine in zip((job for job in jobs if isinstance(job, _Job)), engines, strict=True):
        if engine.counts:
            job.claims(engine, engine.claims)
    spent["claims"] = clock() - start
    return spent


def measure(language: str, megabytes: float, repeat: int, one_at_a_time: bool) -> None:
    corpora = {size: corpus(language, megabytes, doc_chars=size) for size in SIZES}
    extract(corpora[SIZES[0]][0], language=language, published=PUBLISHED)  # load lexicons and gazetteer
    best: dict[int, dict[str, float]] = {size: {} for size in SIZES}
    for _ in range(repeat):
        for size, docs in corpora.items():
            for name, seconds in _pass(docs, language, one_at_a_time).items():
                best[size][name] = min(best[size].get(name, seconds), seconds)
    short, long = SIZES
    count = {size: len(docs) for size, docs in corpora.items()}
    mb = {size: sum(len(doc) for doc in docs) / 1e6 for size, docs in corpora.items()}
    mode = "one at a time" if one_at_a_time else "batch"
    print(f"\n{language} ({mode}, CPU, best of {repeat}): {count[short]} documents of {short / 1000:.1f} KB "
          f"({mb[short]:.2f} MB), {count[long]} of {long / 1000:.1f} KB ({mb[long]:.2f} MB)")
    print(f"{'stage':12} {'us/doc S':>9} {'us/doc L':>9} {'ms/MB S':>8} {'ms/MB L':>8} {'extra us/doc S':>15}")
    totals = {short: 0.0, long: 0.0}

    def row(name: str, s: float, lo: float) -> tuple[float, float]:
        per_mb_s, per_mb_l = s / mb[short] * 1e3, lo / mb[long] * 1e3
        extra = (per_mb_s - per_mb_l) * mb[short] / count[short] * 1e3  # beyond the long documents' rate per MB
        print(f"{name:12} {s / count[short] * 1e6:9.1f} {lo / count[long] * 1e6:9.1f} {per_mb_s:8.1f} {per_mb_l:8.1f} {extra:15.1f}")
        return per_mb_s, per_mb_l

    for name in best[short]:
        totals[short] += best[short][name]
        totals[long] += best[long][name]
        row(name, best[short][name], best[long][name])
    per_mb_s, per_mb_l = row("total", totals[short], totals[long])
    print(f"short / long speed per MB: {per_mb_l / per_mb_s:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=0.2, help="megabytes of each size per language")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--languages", default="de,en,fr")
    parser.add_argument("--one-at-a-time", action="store_true", help="each document through every stage, as extract does")
    args = parser.parse_args()
    for language in args.languages.split(","):
        measure(language, args.mb, args.repeat, args.one_at_a_time)


if __name__ == "__main__":
    main()
