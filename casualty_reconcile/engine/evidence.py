"""What the rules about one figure look at, read once per figure.

The spans (the noun phrase after the figure, the clause it stands in, the words before it) and the
lexicon's matches in them (the counted noun, the group, the person word, the unit, the verb near it)
are read when the evidence is made, as every figure needs them; what only some rules need (the
toll cue before the figure, a partitive "of them" after it) is read on first use and kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..models import Category, Count
from .doc import Figure, Sentence
from .patterns import _CUE_CHARS

if TYPE_CHECKING:
    from .figures import FiguresStage


class Evidence:
    """One figure's evidence, and the trace of the rules that decided about it."""

    __slots__ = (
        "_subset_after",
        "_subset_after_read",
        "_toll",
        "_toll_read",
        "category",
        "connector",
        "count",
        "counts",
        "further_m",
        "group",
        "group_m",
        "i",
        "left",
        "left_start",
        "next_start",
        "noun",
        "noun_cat",
        "np_end",
        "np_limit",
        "np_tokens",
        "object_of_verb",
        "out",
        "own",
        "parent",
        "part_count",
        "person_m",
        "previous_value",
        "restated",
        "right_cat",
        "right_end",
        "sentence",
        "taken",
        "trace",
        "troops_unsure",
        "unit_m",
        "verb",
        "verb_cat",
        "weak_noun",
        "x",
    )

    def __init__(self, x: FiguresStage, sentence: Sentence, counts: list[Count], i: int, out: list[Figure]) -> None:
        self.x = x  # the stage: its text, lexicon and lookups
        self.sentence = sentence
        self.counts = counts
        self.i = i
        self.count = counts[i]
        self.out = out  # the figures of the sentence so far
        self.trace: list[str] = []
        self.part_count: Count | None = None  # the part before "der 60 Insassen"
        self.next_start = sentence.end
        self.right_end = sentence.end  # the figure's clause ends here
        self.np_end = sentence.end  # the noun phrase after the figure ends here
        self.np_tokens: list[regex.Match[str]] = []  # its first words
        self.np_limit = 0  # the end of its first words
        self.left_start = sentence.start
        self.left = ""  # the words before the figure, back to the last one
        self.noun: regex.Match[str] | None = None  # a noun of a category ("Tote", "injured")
        self.noun_cat: Category | None = None
        self.group_m: regex.Match[str] | None = None  # a group ("Kinder", "soldiers")
        self.person_m: regex.Match[str] | None = None  # a word for people ("Menschen", "people")
        self.unit_m: regex.Match[str] | None = None  # a unit that is no person ("Häuser", "hostages")
        self.further_m: regex.Match[str] | None = None  # "weitere", "more"
        self.verb: regex.Match[str] | None = None  # a verb of a category after the figure, in its clause
        self.verb_cat: Category | None = None  # the category of the verb after the figure, or before it
        self.right_cat: Category | None = None  # the category of the verb after the figure only
        self.object_of_verb = False  # "killed 9 hikers": the figure is the verb's object
        self.previous_value = False  # "up from 31 a day earlier"
        self.parent: Figure | None = None  # the total the figure is a part of
        self.connector: str | None = None  # the words between the last figure and this one
        self.weak_noun = False  # "Opfer", "refugees": a noun that does not say what befell them
        self.own: regex.Match[str] | None = None  # the verb of a part ("One of the injured later died")
        self.taken: regex.Match[str] | None = None  # "entführt", "kidnapped": hostages
        self.restated: Figure | None = None  # the figure a bare one restates
        self.category: Category = Category.OTHER  # the category decided
        self.group: str | None = None  # the group decided so far
        self.troops_unsure = False  # troops of no known side
        self._toll: Category | None = None
        self._toll_read = False
        self._subset_after: regex.Match[str] | None = None
        self._subset_after_read = False

    @property
    def toll(self) -> Category | None:
        """The category of the last toll cue before the figure ("die Zahl der Toten stieg auf")."""
        if not self._toll_read:
            self._toll = self.x._toll(max(self.sentence.start, self.count.start - _CUE_CHARS), self.count.start)
            self._toll_read = True
        return self._toll

    @property
    def subset_after(self) -> regex.Match[str] | None:
        """A partitive right after the figure ("der Verletzten", "of the dead")."""
        if not self._subset_after_read:
            self._subset_after = self.x.lex.subset_after.match(self.x.text, self.count.end)
            self._subset_after_read = True
        return self._subset_after
