"""Whether extraction time grows linearly with the input: hostile runs of capitalised names (every
word a place-name candidate, one endless run after a preposition of place) at 100, 200 and 400 KB.
Run: ``.venv/bin/python benchmarks/bench_extract_linear.py [--kb 100,200,400]``. Prints seconds per
size and the ratio to the size before; asserts nothing. Linear work shows twice the text taking about
twice the time; work per word that grows with the run read so far shows as four times or more.
"""

from __future__ import annotations

import argparse
import time

from casualty_reconcile import extract

RUNS: dict[str, tuple[str, str, str, str]] = {
    # name: (language, before the run, one word of it, after the run)
    "name-run-de": ("de", "Bei dem Angriff in ", "Neustadt", " wurden 5 Menschen getötet."),
    "name-run-en": ("en", "12 people were killed in ", "Springfield", "."),
    "mixed-names-de": ("de", "In ", "Neustadt Kiew Meier Berlin", " wurden 5 Menschen getötet."),
    "mixed-names-en": ("en", "Headline\n\nIn ", "Springfield Jones Paris", " 5 people were killed."),
}


def text_of(before: str, word: str, after: str, size: int) -> str:
    return before + " ".join([word] * max(1, size // (len(word) + 1))) + after


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", default="100,200,400", help="sizes in KB, comma-separated (default 100,200,400)")
    args = parser.parse_args()
    sizes = [int(kb) * 1000 for kb in args.kb.split(",")]
    extract("Warm-up: 12 Tote.", language="de")
    extract("Warm-up: 12 killed.", language="en")
    for name, (language, before, word, after) in RUNS.items():
        previous: float | None = None
        for size in sizes:
            text = text_of(before, word, after, size)
            start = time.perf_counter()
            claims = extract(text, language=language, published="2024-03-06")
            seconds = time.perf_counter() - start
            ratio = f"  x{seconds / previous:.1f}" if previous else ""
            print(f"{name:15} {language} {len(text):>8} chars  {len(claims):>3} claims  {seconds:7.2f} s{ratio}")
            previous = seconds


if __name__ == "__main__":
    main()
