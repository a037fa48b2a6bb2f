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
        "_multiplicity",
        "_multiplicity_read",
        "_subset_after",
        "_subset_after_read",
        "_toll",
        "_toll_read",
        "appositive_end",
        "category",
        "connector",
        "count",
        "counts",
        "figure",
        "flags",
        "further_m",
        "group",
        "group_m",
        "i",
        "left",
        "left_start",
        "near_place",
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
        "part_died",
        "part_group",
        "person_m",
        "place_window",
        "previous_value",
        "reported_before",
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
        "whole_after",
        "x",
    )

    # read by the stage for every figure before any rule looks (FiguresStage._read_spans, _read_words,
    # _read_parent, _read_harm): declared here, set once there
    next_start: int
    right_end: int  # the figure's clause ends here
    np_end: int  # the noun phrase after the figure ends here
    np_tokens: list[regex.Match[str]]  # its first words
    np_limit: int  # the end of its first words
    left_start: int
    left: str  # the words before the figure, back to the last one
    noun: regex.Match[str] | None  # a noun of a category ("Tote", "injured")
    noun_cat: Category | None
    group_m: regex.Match[str] | None  # a group ("Kinder", "soldiers")
    person_m: regex.Match[str] | None  # a word for people ("Menschen", "people")
    unit_m: regex.Match[str] | None  # a unit that is no person ("Häuser", "hostages")
    further_m: regex.Match[str] | None  # "weitere", "more"
    verb: regex.Match[str] | None  # a verb of a category after the figure, in its clause
    verb_cat: Category | None  # the category of the verb after the figure, or before it
    right_cat: Category | None  # the category of the verb after the figure only
    previous_value: bool  # "up from 31 a day earlier"
    parent: Figure | None  # the total the figure is a part of
    connector: str | None  # the words between the last figure and this one
    weak_noun: bool  # "Opfer", "refugees": a noun that does not say what befell them
    own: regex.Match[str] | None  # the verb of a part ("One of the injured later died")
    taken: regex.Match[str] | None  # "entführt", "kidnapped": hostages
    flags: list[str]  # the figure's flags so far (FiguresStage._flags_of)

    def __init__(self, x: FiguresStage, sentence: Sentence, counts: list[Count], i: int, out: list[Figure]) -> None:
        self.x = x  # the stage: its text, lexicon and lookups
        self.sentence = sentence
        self.counts = counts
        self.i = i
        self.count = counts[i]
        self.out = out  # the figures of the sentence so far
        self.trace: list[str] = []
        self.part_count: Count | None = None  # the part before "der 60 Insassen"
        self.part_group: regex.Match[str] | None = None  # who the part before the whole is: "12 of the 40 killed were children"
        self.part_died: regex.Match[str] | None = None  # the verb of death of the part before a whole of the hurt: "Three of the 23 injured later died"
        self.whole_after: Figure | None = None  # the whole the figure is among: "12 children were among the 40 killed"
        self.object_of_verb = False  # "killed 9 hikers": the figure is the verb's object
        self.restated: Figure | None = None  # the figure a bare one restates
        self.appositive_end: int | None = None  # the comma closing a list of who it counts ("Three others, two men and a woman,")
        self.category: Category = Category.OTHER  # the category decided
        self.group: str | None = None  # the group decided so far
        self.troops_unsure = False  # troops of no known side
        self._toll: Category | None = None
        self._toll_read = False
        self._subset_after: regex.Match[str] | None = None
        self._subset_after_read = False
        self._multiplicity: regex.Match[str] | None = None
        self._multiplicity_read = False
        # place (place.py): the place named nearest, read on first use; the figure made; the
        # paragraph and place of the claim before it (set when its source is known)
        self.near_place: tuple[tuple[int, str] | None, str | None, bool, tuple[str, ...]] | None = None
        self.place_window: tuple[int, int] | None = None  # where the place is looked for
        self.figure: Figure | None = None
        self.reported_before: tuple[int, str | None] | None = None

    @property
    def toll(self) -> Category | None:
        """The category of the last toll cue before the figure ("die Zahl der Toten stieg auf")."""
        if not self._toll_read:
            self._toll = self.x._toll(max(self.sentence.start, self.count.start - _CUE_CHARS), self.count.start)
            self._toll_read = True
        return self._toll

    @property
    def multiplicity(self) -> regex.Match[str] | None:
        """The word of multiplicity the figure is ("double homicide", "Doppelmord"), its group named
        "<category>__<group>" (read once: the filters, the category and the group rules look)."""
        if not self._multiplicity_read:
            self._multiplicity = self.x._multiplicity(self.count)
            self._multiplicity_read = True
        return self._multiplicity

    @property
    def subset_after(self) -> regex.Match[str] | None:
        """A partitive right after the figure ("der Verletzten", "of the dead")."""
        if not self._subset_after_read:
            self._subset_after = self.x.lex.subset_after.match(self.x.text, self.count.end)
            self._subset_after_read = True
        return self._subset_after
