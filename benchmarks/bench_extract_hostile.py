"""Speed of extraction on hostile input: 100 KB of one endless sentence, figure after figure,
cue after cue. Run: ``.venv/bin/python benchmarks/bench_extract_hostile.py``. Prints seconds per
input; asserts nothing. A step whose work grows with the square of a sentence's figures (a look
back to the sentence's start for each figure) shows here as tens of seconds instead of about one.

The last lines run the inputs that grew worse than linearly before at twice the size: for linear
work the second time is twice the first (a ratio of 2.0; 4.0 is quadratic).
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
    # a run of capitalised words after a figure's place preposition: the place-name reader once split
    # the whole run for every word in it (4.2 s at 100 KB, 14.8 s at 200 KB, 75 s at 400 KB)
    "name-run-en": ("en", "12 people were killed in " + _repeat("Ahmed Hassan ") + "."),
    "name-run-de": ("de", "12 Menschen starben in " + _repeat("Ahmed Hassan ") + "."),
}

DOUBLED = ("name-run-en", "name-run-de", "names-en", "places-en")
"""The inputs timed again at twice the size."""


def _twice(text: str) -> str:
    """The same input with its repeated middle twice as long."""
    for unit in ("Ahmed Hassan ", "said Ahmed al-Mandhari al-Mandhari ", "the ministry in Moscow said 12 killed in Kyiv "):
        if unit in text:
            head, _, tail = text.partition(_repeat(unit))
            return head + _repeat(unit) * 2 + tail
    return text * 2


def _timed(text: str, language: str) -> tuple[float, int]:
    start = time.perf_counter()
    claims = extract(text, language=language, published="2024-03-06")
    return time.perf_counter() - start, len(claims)


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
    for name in DOUBLED:
        language, text = HOSTILE[name]
        once, _ = _timed(text, language)
        twice, _ = _timed(_twice(text), language)
        print(f"{name:26} {language} twice the text ({len(_twice(text)):>7} chars): {twice:7.2f} s, "
              f"{twice / once if once else float('nan'):.1f} times {once:.2f} s")


if __name__ == "__main__":
    main()
