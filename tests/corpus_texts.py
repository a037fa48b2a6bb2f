"""The texts the fast-path tests compare a fast scan with its plain reading on: the case rows of each language and
the seed articles."""

from __future__ import annotations

import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "en", "fr")


def case_texts(languages: tuple[str, ...] = LANGUAGES) -> list[tuple[str, str]]:
    """Each case row's text with its language, the languages' tables in turn."""
    return [(language, case.text) for language in languages
            for case in importlib.import_module(f"tests.cases.{language}_extract").CASES]


def seed_texts() -> list[str]:
    """The seed articles' texts (seeds/*.txt), sorted by file name."""
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
