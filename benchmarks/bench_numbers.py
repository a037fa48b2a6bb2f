"""Speed of the number grammar: hostile 200 KB inputs and ordinary news text.

Run: ``.venv/bin/python benchmarks/bench_numbers.py``. Prints seconds per input; asserts nothing.
A regex that backtracks catastrophically shows here as minutes instead of milliseconds.
"""

from __future__ import annotations

import time
from pathlib import Path

from casualty_reconcile.numbers import grammar, parse_count, scan_counts

SIZE = 200_000
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

HOSTILE: dict[str, tuple[str, str]] = {
    "digits-dots": ("de", "1." * (SIZE // 2)),
    "digits-commas": ("en", "1," * (SIZE // 2)),
    "digit-groups-spaces": ("de", "1 000 " * (SIZE // 6)),
    "digit-run": ("en", "9" * SIZE),
    "zwei-glued": ("de", "zwei" * (SIZE // 4)),
    "einund-glued": ("de", "einund" * (SIZE // 6)),
    "hundert-glued": ("de", "hundert" * (SIZE // 7)),
    "words-spaced": ("en", "one hundred and " * (SIZE // 16)),
    "words-hyphens": ("en", "twenty-" * (SIZE // 7)),
    "range-chain-de": ("de", "1 bis " * (SIZE // 6)),
    "range-chain-en": ("en", "between 1 and " * (SIZE // 14)),
    "qualifier-chain": ("de", "mehr als " * (SIZE // 9) + "5"),
    "vague-chain": ("de", "einige " * (SIZE // 7)),
    "quotes": ("de", "„" * SIZE + "5"),
    "dashes": ("en", "1-" * (SIZE // 2)),
    "whitespace": ("en", " " * SIZE + "5 people"),
    "nbsp-groups": ("de", "12\u00a0" * (SIZE // 3)),
    "year-chain": ("de", "1991 und " * (SIZE // 9)),
    "article-chain": ("en", "a man " * (SIZE // 6)),
    "month-day-chain": ("en", "Jan. 5 " * (SIZE // 7)),
    "the-one-chain": ("en", "the one " * (SIZE // 8)),
    "name-chain": ("de", "Claudia Tausend " * (SIZE // 16)),
    "fraction-chain": ("en", "one and a half " * (SIZE // 15)),
    "mixed-chain": ("en", "4 thousand 3 hundred and " * (SIZE // 25)),
    "bounds-chain": ("en", "more than 1 and less than " * (SIZE // 26)),
}

NEWS_DE = (
    "Bei den Unruhen in Kasachstan sind nach Angaben der Behörden mindestens 164 Menschen getötet worden. "
    "Am 5. Januar wurden rund 2000 Menschen verletzt, Knapp 6000 Demonstranten wurden festgenommen. "
    "Der 68-Jährige regiert seit 1991; Dutzende Sicherheitskräfte starben, darunter zwei Kinder. "
)
NEWS_EN = (
    "At least 164 people were killed on Jan. 5, and more than 2,200 injured, officials said in 2022. "
    "Some 2,000 troops, between 1.5 and 2 million residents and dozens of police were affected. "
)


def _time(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    for code in ("de", "en"):
        print(f"compile grammar {code}: {_time(grammar, code):.3f} s")
    worst = 0.0
    for name, (language, text) in HOSTILE.items():
        seconds = _time(scan_counts, text, language)
        parse = _time(parse_count, text, language)
        worst = max(worst, seconds, parse)
        print(f"{name:22} {language} {len(text):>7} chars  scan {seconds:7.3f} s  parse {parse:7.3f} s")
    for language, text in (("de", NEWS_DE), ("en", NEWS_EN)):
        big = text * (1_000_000 // len(text))
        seconds = _time(scan_counts, big, language)
        print(f"news-{language:17} {len(big):>7} chars  scan {seconds:7.3f} s  ({len(big) / seconds / 1e6:.2f} MB/s)")
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    if seeds:
        rounds = 20
        seconds = _time(lambda: [scan_counts(seeds, "de") for _ in range(rounds)]) / rounds
        print(f"seed articles (de)     {len(seeds):>7} chars  scan {seconds:7.4f} s  ({len(seeds) / seconds / 1e6:.2f} MB/s)")
    print(f"worst hostile input: {worst:.3f} s")


if __name__ == "__main__":
    main()
