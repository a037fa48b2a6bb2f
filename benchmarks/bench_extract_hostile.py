"""Speed of extraction on hostile input: 100 KB of one endless sentence, figure after figure,
cue after cue. Run: ``.venv/bin/python benchmarks/bench_extract_hostile.py``. Prints seconds per
input; asserts nothing. A step whose work grows with the square of a sentence's figures (a look
back to the sentence's start for each figure) shows here as tens of seconds instead of about one.
"""

from __future__ import annotations

import time

from casualty_reconcile import extract

SIZE = 100_000


def _repeat(unit: str) -> str:
    return unit * (SIZE // len(unit))


HOSTILE: dict[str, tuple[str, str]] = {
    "figures-one-sentence-de": ("de", "von " + _repeat("1.000 ") + "sprachen"),
    "figures-one-sentence-en": ("en", _repeat("12 people killed and ") + "1800 wounded"),
    "cues-and-figures-de": ("de", _repeat("12 Tote, sagte die Polizei, ")),
    "cues-and-figures-en": ("en", _repeat("12 killed, police said, while unions put the figure at 15, ")),
    "toll-cue-then-figures-de": ("de", "Die Zahl der Toten stieg auf " + _repeat("12, ")),
    "dates-de": ("de", _repeat("am 3. Januar 12 Tote, ")),
    "dates-en": ("en", _repeat("on Jan. 3, 12 killed, ")),
    "places-de": ("de", _repeat("in Kiew und Charkiw 12 Tote ")),
    "places-en": ("en", _repeat("the ministry in Moscow said 12 killed in Kyiv ")),
    "names-en": ("en", _repeat("said Ahmed al-Mandhari al-Mandhari ")),
    "words-between-de": ("de", "ihre Häuser " + _repeat("wegen ") + "verlassen 12 Menschen"),
    "apposition-en": ("en", _repeat("The driver, 52, ") + "was"),
}


def main() -> None:
    extract("Warm-up: 12 Tote.", language="de")
    extract("Warm-up: 12 killed.", language="en")
    worst = 0.0
    for name, (language, text) in HOSTILE.items():
        start = time.perf_counter()
        claims = extract(text, language=language, published="2024-03-06")
        seconds = time.perf_counter() - start
        worst = max(worst, seconds)
        print(f"{name:26} {language} {len(text):>7} chars  {len(claims):>6} claims  {seconds:7.2f} s")
    print(f"worst hostile input: {worst:.2f} s")


if __name__ == "__main__":
    main()
