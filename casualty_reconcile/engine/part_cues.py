"""The cues that a figure counts only a part of its event's area ("in Mayfield alone", "Allein in Sinzig", "rien qu'à
Tende": ``LanguageData.part_place_cues``), for the place stage: written right after a place's name, such a cue is no
noun the name modifies, so the name is a place (``place_names.py``), one the gazetteer lacks too. Reconciliation
reads the same cues in a claim's sentence (``event_words.names_part_place``)."""

from __future__ import annotations

import functools

import regex


@functools.lru_cache(maxsize=8)
def _part_cues(cues: tuple[str, ...]) -> regex.Pattern[str] | None:
    """A language's cues of a part of the area as one pattern, compiled once per language."""
    return regex.compile("|".join(cues), regex.IGNORECASE) if cues else None


def part_cue(cues: tuple[str, ...], word: str) -> bool:
    """Whether a word is a cue of a part of the area ("alone" of "in Mayfield alone"), written after a place's name."""
    pattern = _part_cues(cues)
    return pattern is not None and pattern.fullmatch(word) is not None
