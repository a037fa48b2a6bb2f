"""Language-neutral patterns and limits shared by the stages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TypeAlias

import regex

from .._patterns import (
    at_once,
    fast_class,
)
from ..models import (
    Category,
)

_CORE = frozenset({Category.DEATHS, Category.INJURIES, Category.ARRESTS, Category.MISSING, Category.DISPLACED})

_CROWDS = frozenset({Category.TROOPS, Category.PARTICIPANTS})

# what an actor does to others: who killed or wounded is no source of the figure ("Als die Hamas einen
# Angriff verübte, wurden 1.400 Menschen getötet"), unlike the authority that arrests or deploys
_CAUSED = frozenset({"deaths", "injuries"})

_HARM = frozenset({Category.DEATHS, Category.INJURIES, Category.ARRESTS, Category.MISSING})

_NP_CHARS = 80

_LEFT_CHARS = 90

_RIGHT_CHARS = 110

_CUE_CHARS = 300  # how far back a toll cue or a side ("die Zahl der Toten stieg ... auf") is looked for

_CLAUSE_CHARS = 300  # how far past a figure its clause's own source is looked for

_PLACE_CHARS = 220

_LEAD_CHARS = 1200  # where the lead is looked for: the headline and the first sentences

_LEAD_SENTENCES = 4

_LEAD_NEAR = 60  # a country named this close to a town only locates it ("Pakistan's city of Peshawar")

_SENTENCE_ENDS = frozenset(".!?…:\"'“”»«’)")

_SITE_LINE_CHARS = 300  # a headline line this long at most may end in its web page's site name

# a web page's title: the headline, a separator (a dash between spaces, a bar) and the site's name, its
# first word a medium's look: a domain ("wistv.com", "NDR.de"), call letters or an acronym ("WBRC",
# "KAUZ-TV"), letters with digits ("FOX6", "44News"); a known outlet's name is looked up apart
_SITE_SEPARATOR = regex.compile(r"[ \u00a0][-–—][ \u00a0]|[ \u00a0]?\|")
_SITE_START = regex.compile(
    r"[\s|–—-]*(?:[\p{L}\p{N}-]+\.\p{Ll}{2,4}(?![\p{L}\p{N}])|\p{Lu}[\p{Lu}\p{N}]{2,}(?:-[\p{Lu}\p{N}]+)?(?![\p{L}\p{N}])"
    r"|\p{N}+\p{L}+(?![\p{L}\p{N}])|\p{L}+\p{N}+(?![\p{L}\p{N}]))"
)
_SITE_GAP = regex.compile(r"[\s|–—-]*")  # separators and spaces before a site's name

_NO_PREPOSITION_PENALTY = 200

_CLAUSE_PENALTY = 80

_CLAUSE_BREAK = regex.compile(r"[,;:]")

_DIGITS_RUN = regex.compile(r"\d+")

_PREPOSITION_BEFORE = regex.compile(r"(?<![\w-])(\w+)[\s\u00a0]+$")


_SENTENCE_MARK = regex.compile(r"[.!?]\s")

_ROMAN = regex.compile(r"[IVXLC]+")


_PREVIOUS_WORD = regex.compile(r"(\w+)\W+(?:\w+\W+)?$")

_FIRST_WORD = regex.compile(r"\S+\s+")


_NAME = r"(?P<name>(?:\p{Lu}[\p{Ll}'’-]+[\s\u00a0]+){1,2}\p{Lu}[\p{Ll}'’-]+)"  # two or three capitalised words

_NAME_IN_COMMAS = regex.compile(rf",[\s\u00a0]*{_NAME}[\s\u00a0]*,[\s\u00a0]*$")

_NAME_BEFORE_COMMAS = regex.compile(rf"[\s\u00a0\"„“»«]*{_NAME}[\s\u00a0]*,[\s\u00a0]*(?P<article>\w+)[^,.;:]{{3,100}},[\s\u00a0]*$")


_SHORT_NAME = regex.compile(at_once(r"[\s\u00a0]*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,7}\)"))  # "(IHR)" after a name

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*(?<![.'’-])")

_BOUNDARY = regex.compile(r"[.!?…;][\"'“”»«’)\]]*[\s\u00a0]+|\n[\s\u00a0]*")

_PARAGRAPH = regex.compile(r"\n[ \t\u00a0]*\n")

# a dateline: a place, maybe a state or country, maybe "(source)", then a dash or a stop; the source
# opens with a capital or a digit ("(AP)", "(KTRK)") or is one lower-case word ("(dpa)"), never an
# aside ("Italo Rossi, 79 (the building manager).": a sentence, no dateline); a station's call letters
# before the first sentence's capital, without a dash, end one only after a place written in capitals
# ("FORT WAYNE, Ind. (WANE) The father ...": ``bare``; "Montgomery, Ala. (Photo: ...) Story" is none)
_DATELINE = regex.compile(
    r"[\s\ufeff]*(?P<place>\p{Lu}[\p{L}\p{M}.'’ /-]{1,40}?)(?:,[\s\u00a0]*(?P<extra>[^()\n]{1,40}?))?"
    # (no blank line between the place and its source: "Teen Injured In Hunting Accident\n\n(BROOKLYN) - ..." is a
    # headline and a paragraph that opens with a place in brackets, not a dateline "Teen Injured ... (BROOKLYN) -")
    r"(?:[ \t\u00a0]|\n(?![ \t\u00a0]*\n))*"
    r"(?:\((?P<source>[\p{Lu}\p{N}][^()\n]{1,39}|\p{Ll}[\p{L}\p{N}./-]{1,15})\)[\s\u00a0]*(?:--?|–|—|[.:])|(?:--?|–|—)"
    r"|\((?P<source>\p{Lu}[\p{Lu}\p{N}]{1,7})\)(?P<bare>)(?=[\s\u00a0]+\p{Lu}))[\s\u00a0]+",
)
_DATELINE_MARKS = re.compile(r"[(–—-](?:(?<=\()|\s)")
r"""what every dateline holds: its source's bracket, or a dash with a space after it (a dateline's dash is
followed by its space; a hyphen inside a word, "CDU-Politiker", "17-jährige", opens none: the stdlib's ``\s``
holds every space the pattern's ``[\s\u00a0]`` does); written with a leading class, which the stdlib
searches in its fast loop (``\(|[–—-]\s`` tried both alternatives at every character: 0.96 -> 0.42 µs for
a paragraph's 120 characters, about four a document)"""


def _dateline_at(text: str, start: int) -> regex.Match[str] | None:
    """``_DATELINE.match`` in the 120 characters from ``start``, tried only where one of the marks that
    every dateline holds stands in them (a paragraph's start most often opens no dateline, and the
    pattern's lazy place and extra make a failing match cost many times the stdlib's search)."""
    end = min(len(text), start + 120)
    d = _DATELINE.match(text, start, end) if _DATELINE_MARKS.search(text, start, end) is not None else None
    if d is not None and d.group("bare") is not None and not d.group("place").isupper():
        return None  # "Jason Miles, 25, of Montgomery, Ala. (Photo: ...)": call letters end a place in capitals only
    return d


_CAPITALISED = regex.compile(r"\b(?<!-)\p{Lu}[\p{L}\p{M}-]*\p{L}")  # \b first: cheap

_NEXT_CAPITALISED = regex.compile(r" (\p{Lu}[\p{L}\p{M}-]+)(?![\p{L}\p{N}])")

_ACRONYM = regex.compile(r"\b(?<!-)\p{Lu}{2,6}(?![\w-])")

_DASHES = frozenset("-–—")

_MEDIUM_CHARS = 60  # a medium that reports names itself this close to its verb ("Radio New Zealand reported")

_ASIDE_CHARS = 120  # the longest aside between two dashes

_CLAUSE_STOP = regex.compile(r"[;:]|[!?](?=\s)|(?<!(?<!\p{L})\p{Lu})\.(?=\s)|\s[-–—]\s")

_NP_STOP = regex.compile(r"[,;:!?()\[\]]|(?<!(?<!\p{L})\p{Lu})\.|\s[-–—]\s")  # not in "U.N. peacekeepers"

# a name may follow an elided article of one letter ("la ville d'Alep", "l'Ukraine"), not other apostrophes
# a word of a name; an abbreviation of two or three letters keeps its dot inside a name ("St. Louis", "Mt. Pleasant",
# "Ft. Worth"; not an initial: "Norman R. Burke")
_NAME_WORD = r"(?:\p{Lu}\p{Ll}{1,2}\.(?= \p{Lu})|\p{Lu}[\p{L}\p{N}\p{M}'’.-]*(?<![.'’-]))"
_PLACE_RUN = regex.compile(r"(?:(?<![\p{L}\p{N}'’.-])|(?<=(?<![\p{L}\p{N}])\p{Ll}['’]))" + _NAME_WORD + r"(?: " + _NAME_WORD + r")*")

NameMatch: TypeAlias = regex.Match[str] | re.Match[str]
"""a capitalised name's match (:data:`_PLACE_RUN`'s, or :func:`_fast_place_run`'s): read for its group, start and end"""


@lru_cache(maxsize=1)
def _fast_place_run() -> re.Pattern[str]:
    """:data:`_PLACE_RUN` for the standard library, on text that `_patterns.folded` accepts (its classes are
    the `regex` module's there): a run found from its first capital in the stdlib's fast loop for a leading
    class, the look-behind read there from the character after it (`regex` tries the look-behind at every
    position: the runs of a 1.5 KB German text 34 -> 15 µs); the same matches (tests/test_fast_paths.py)."""
    upper, lower = fast_class(r"\p{Lu}"), fast_class(r"\p{Ll}")
    inner, before, letter = fast_class(r"[\p{L}\p{N}\p{M}'’.-]"), fast_class(r"[\p{L}\p{N}'’.-]"), fast_class(r"[\p{L}\p{N}]")
    rest = rf"(?:{lower}{{1,2}}\.(?= {upper})|{inner}*(?<![.'’-]))"  # a word of _NAME_WORD after its capital
    return re.compile(rf"{upper}(?:(?<!{before}.)|(?<=(?<!{letter}){lower}['’].)){rest}(?: {upper}{rest})*")


def place_runs(text: str, low: str | None, lo: int, hi: int) -> Iterator[NameMatch]:
    """``_PLACE_RUN.finditer(text, lo, hi)``; ``low`` is ``_patterns.folded(text)`` (None: the `regex` scan)."""
    return (_PLACE_RUN if low is None else _fast_place_run()).finditer(text, lo, hi)

_DATELINE_AFTER = regex.compile(at_once(r"[\s\u00a0]*\([^()\n]{1,40}\)[\s\u00a0]*[-–—]"))

_PLACE_WORDS = {
    n: regex.compile(_NAME_WORD + r"(?: \p{Lu}[\p{L}\p{N}\p{M}'’.-]*(?<![.'’-]))" * (n - 1) + r"(?![\p{L}\p{N}])")
    for n in (2, 3)
}

_MULTIWORD_PLACE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}-]+ \p{Lu}[\p{L}\p{M}-]+(?![\p{L}\p{N}])")

_DIGIT = regex.compile(r"\d")

_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}")

_NAME_PAIR = regex.compile(r"(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{M}'’.-]*) (\p{Lu}[\p{L}\p{M}-]*\p{L})(?![\p{L}\p{N}])")

# the same two patterns for the stdlib (on text `folded` accepts, where the classes agree): it scans
# about twice as fast, starting only at capitals
@lru_cache(maxsize=1)
def _capitalised_fast() -> re.Pattern[str]:
    upper, word, letter = fast_class(r"\p{Lu}"), fast_class(r"[\p{L}\p{M}-]"), fast_class(r"\p{L}")
    return re.compile(rf"{upper}(?<![\w-].){word}*{letter}")  # _CAPITALISED

@lru_cache(maxsize=1)
def _name_pair_fast() -> re.Pattern[str]:
    upper = fast_class(r"\p{Lu}")
    inner = fast_class(r"[\p{L}\p{M}'’.-]")
    head = fast_class(r"[\p{L}\p{M}-]")
    before = fast_class(r"[\p{L}\p{N}'’.-]")
    after = fast_class(r"[\p{L}\p{N}]")
    letter = fast_class(r"\p{L}")
    return re.compile(rf"{upper}(?<!{before}.)(?=({inner}*) ({upper}{head}*{letter})(?!{after}))")  # _NAME_PAIR


_LAST_WORD = regex.compile(r"(\w+)[\s\u00a0]+$")

_LAST_WORD_AT = regex.compile(r"(?<![\w.])\w+$")  # the word right before a dot ("Lt" of "Lt."; not "u.n" of "U.N.")


_SUBJECT_STOP = regex.compile(r"[,;:\"“”„»«()\[\]]|\s[-–—]+\s")

# a clause boundary before a subject, searched from the subject backwards
_SUBJECT_STOP_BACK = regex.compile(_SUBJECT_STOP.pattern, _SUBJECT_STOP.flags | regex.REVERSE)

# a headline's source before or after a colon: "Haseloff: Fünf Tote bei Anschlag", "Three killed in blast: police"
_HEADLINE_BEFORE = regex.compile(r"[\s\"„“»«]*(?P<name>\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,2}):[ \u00a0]+(?=\S)")
_HEADLINE_AFTER = regex.compile(r":[ \u00a0]+(?P<name>[\p{L}'’. -]{2,40}?)[\s.!\"“”»«]*$")
