"""What reads as a figure but is no count: ages, dates, times, ordinals, scores, years, pronouns."""

from __future__ import annotations

import regex

from ..models import Qualifier
from .compiled import Grammar
from .pieces import _MAX_WINDOW
from .read import _Raw, _read_anchor, _Reading

_AFTER_DIGIT_LINK = "-–—:/."  # after a digit, right before the figure: "2022-01-05", "3-0", "5.1.", "10:30"
_ORDINAL_NEXT = regex.compile(r"[\s\u00a0]*(?:\p{Ll}|\d)")
_NUMBER_SIGN_BEFORE = "/#№"  # right before the figure, or ":" after a digit: "No. 5", "#3", "1:2"
_NAMED_BEFORE_BRACKET = regex.compile(r"\p{L}[.]? ?\($", regex.REVERSE)
_NAME_BEFORE = regex.compile(r"(?<![\w])\p{Lu}\p{Ll}+ (?:\p{Lu}\. )?\p{Lu}[\p{L}'’-]+\.?, $", regex.REVERSE)  # "Juan Gaitan, ", "Davis Jr., ", "Lana J. Carlson, "
_NAME_NO_COMMA_BEFORE = regex.compile(r"(?<![\w])\p{Lu}\p{Ll}+ (?:\p{Lu}\. )?\p{Lu}[\p{L}'’-]+ $", regex.REVERSE)  # "Robert Atkins "
_APPOSED_BEFORE = regex.compile(r"[\p{L}.][\"'”’)]?, $", regex.REVERSE)  # a name or noun, a comma: "The driver, "
_LISTED_BEFORE = regex.compile(r"\p{L}[\"'”’)]?(?:,| ?(?:[—–]|--)) $", regex.REVERSE)  # "her sons, ", "Kara Allen -- "
_HOUSE_NUMBER = regex.compile(r"[1-9]\d{2,4}")  # "6301": no separator, as a count of thousands has ("6,301")
_STREET_NAME_NEXT = regex.compile(r"[ \u00a0]\p{Lu}\p{Ll}")  # a capitalised name right after: "6301 Ranchester"
_DAY_BEFORE = regex.compile(r"(?<![\d.,])\d{1,2}\.?,? $", regex.REVERSE)  # "July 28, " before a year


def _ends_with(before: str, marks: str, *, after_digit: str = "") -> bool:
    """Whether ``before`` ends (before a last line break, as ``$`` reads it) with one of ``marks``, or
    with a digit and one of ``after_digit``: a test of its last two characters, where a backward
    search of the `regex` module tries every position."""
    if before.endswith("\n"):
        before = before[:-1]
    last = before[-1:]
    return bool(last) and (last in marks or (last in after_digit and before[-2:-1].isdecimal()))


def _is_year_like(raw: _Raw) -> bool:
    return raw.plain and raw.value is not None and 1000 <= raw.value <= 2100 and raw.end - raw.start == 4


def _rejected(g: Grammar, text: str, raw: _Raw, *, second: bool = False) -> bool:
    """Ages, dates, times, ordinals, percentages, money, scores, durations are no counts (years: later)."""
    before = text[max(0, raw.start - _MAX_WINDOW) : raw.start]
    after = text[raw.end : raw.end + _MAX_WINDOW]
    if g.not_after.match(text, raw.end, raw.end + _MAX_WINDOW):  # in the text, where a look-behind sees the figure's words
        return True
    if g.not_before.match(before):
        return True
    if text[raw.start : raw.start + 1].isdigit() and g.digits_not_before.match(before):
        return True  # "apartment 38", not "in the apartment a man was found dead"
    if _house_number(g, text, raw, before, after):
        return True
    if raw.vague is not None:
        return False
    if not second and _ends_with(before, "", after_digit=_AFTER_DIGIT_LINK):
        return True  # the second part of "2022-01-05", "3-0", "5.1.", "10:30"
    surface = text[raw.start : raw.end]
    if g.month_after.match(after):
        return True
    if (
        g.language.month_precedes_day
        and surface.isdigit()
        and len(surface) <= 2
        and g.month_before.match(before)
    ):
        return True  # "Jan. 5", not "in May 1,200 people died"
    if len(surface) == 4 and surface.isascii() and surface.isdigit() and 1800 <= int(surface) <= 2100 and g.month_before.match(before):
        return True  # "am 9. Oktober 2019 zwei Menschen": the year of a date
    if surface[-1:].isdigit() and after.startswith(".") and g.language.period_ordinals:
        # "am 5. Januar", "der 3. Versuch": an ordinal; "... 18 Tote. Die" is a sentence end
        if _ORDINAL_NEXT.match(after, 1):
            return True
        if g.ordinal_before.match(before):
            return True
    if (
        before.endswith(", ")  # (cheap tests first)
        and (after.startswith((", ", ".")) or not after[:1].strip())
        and (raw.plain or (after.startswith(", ") and _NAME_BEFORE.search(before) is not None))
        and raw.value is not None
        and raw.value <= 120
        and _APPOSED_BEFORE.search(before)
        and g.apposed_after.match(after)
    ):
        return True  # "The driver, 52, was not hurt", "John Smith, 45, was arrested", "Mia Doerr, three, was": an age
    if (
        raw.plain
        and before.endswith(", ")
        and raw.value is not None
        and raw.value <= 120
        and _NAME_BEFORE.search(before)
        and (g.listed_after.match(after) or (raw.value > 1 and g.age_after_name.match(after)))
    ):
        # "Juan Gaitan, 27 and Jose Rodriguez, 29 — were taken", "Tony Bailey, 21, Jerrod Corley, 24",
        # "Teen Gunned Down Identified As Jamel Rollins, 17": the age of a named person
        return True
    if (
        raw.plain
        and after.startswith(", ")
        and before.endswith(" ")
        and raw.value is not None
        and raw.value <= 120
        and g.age_after_name.match(after, 1)
        and _NAME_NO_COMMA_BEFORE.search(before)
    ):
        return True  # "Robert Atkins 21, was found shot": the age of a named person, its first comma left out
    if raw.plain and raw.value is not None and _age_list_or_year(g, raw, before, after):
        return True
    if raw.plain and raw.value is not None and raw.value <= 120 and before.endswith("(") and after.startswith(")"):
        if _NAMED_BEFORE_BRACKET.search(before):
            return True  # "Bergführer (42)", "Anna K. (34)": an age in brackets after a name or noun
    return _ends_with(before, _NUMBER_SIGN_BEFORE, after_digit=":")


def _house_number(g: Grammar, text: str, raw: _Raw, before: str, after: str) -> bool:
    """"at 6301 Ranchester near Bellaire": a house number after a preposition of place (data
    ``house_number_before``), a capitalised street name right after it, is no count; not where the
    figure's own context precedes ("the toll stood at 120 Monday")."""
    return (
        _HOUSE_NUMBER.fullmatch(text, raw.start, raw.end) is not None
        and _STREET_NAME_NEXT.match(after) is not None
        and g.house_before.match(before) is not None
        and g.count_before.match(text, max(0, raw.start - 3 * _MAX_WINDOW), raw.start) is None
    )


def _age_list_or_year(g: Grammar, raw: _Raw, before: str, after: str) -> bool:
    """A list of ages in apposition ("her sons, 7 and 8, were hurt", "Lindsay, 24 and Duncan, 23"), the
    year of a date written month, day, year ("July 28, 2016"), a year cut short ("the ’90 shooting")."""
    assert raw.value is not None
    if raw.end - raw.start == 2 and before.endswith("’") and not before[-2:-1].isalnum():
        return True
    if raw.value <= 120 and before.endswith(" "):
        if _LISTED_BEFORE.search(before) and g.age_list_after.match(after):
            return True
        last = g.age_list_before.search(before)
        if last is not None and (last.group("named") or after[:1] in (",", ".") or g.listed_after.match(after)):
            return True  # the last of the list: "7 and 8, were", "Duncan, 23 were"
    if 1800 <= raw.value <= 2100 and raw.end - raw.start == 4 and g.language.month_precedes_day:
        day = _DAY_BEFORE.search(before)
        return day is not None and g.month_before.match(before[: day.start()]) is not None
    return False


def _partner_end(g: Grammar, text: str, end: int, *, day: bool = False, start: int | None = None) -> int:
    """The end of a second figure joined to a rejected one ("vom 2. bis 5.", "18 to 25"), else ``end``.
    After a day of a date the second figure must be a day too: in "the toll since Oct. 7 to 30,410"
    the figure after "to" is a count of its own; so is the one after a change that starts at ``start``
    ("rose by 12 to 67": the change is no count, the new figure is)."""
    if start is not None and g.change_before.match(text, max(0, start - _MAX_WINDOW), start):
        return end
    joiner = g.range_after.match(text, end, end + _MAX_WINDOW)
    if joiner is None:
        return end
    second = g.anchor.match(text, joiner.end())
    if second is None:
        return end
    if day:
        raw = _read_anchor(g, second)
        if raw is None or not raw.plain or raw.value is None or raw.value > 31:
            return end
    return int(second.end())


def _is_day(g: Grammar, text: str, raw: _Raw) -> bool:
    """Whether a figure is the day of a date ("Oct. 7", "5. Januar")."""
    after = text[raw.end : raw.end + _MAX_WINDOW]
    before = text[max(0, raw.start - _MAX_WINDOW) : raw.start]
    return bool(g.month_after.match(after) or (g.language.month_precedes_day and g.month_before.match(before)))


def _is_year(g: Grammar, text: str, raw: _Raw, reading: _Reading, last_count: int) -> bool:
    """A four-digit 1000-2100 figure is a year unless qualified or followed by what it counts, or
    it follows a count in a list of tolls (``last_count``: where the last count ended, or -1)."""
    if reading.qualifier not in (Qualifier.EXACT, Qualifier.RANGE):
        return False  # "mehr als 2000", "some 1,500"
    if g.count_before.match(text, max(0, reading.start - 3 * _MAX_WINDOW), reading.start):
        return False  # "die Zahl der Toten stieg auf 1762", "the toll rose to 1762", "korrigierte die Zahl von 1400"
    before = text[max(0, reading.start - _MAX_WINDOW) : reading.start]
    if g.year_before.match(before):
        return True
    if (
        0 <= last_count < reading.start
        and g.list_between.fullmatch(text, last_count, reading.start)
        and g.harm_after.match(text, reading.end, reading.end + 2 * _MAX_WINDOW)
    ):
        return False  # "2012 Menschen getötet und 2059 verletzt, 1404 von ihnen schwer": a toll in a list of tolls
    return g.counted_after.match(text, reading.end, reading.end + 2 * _MAX_WINDOW) is None


def _not_a_number(g: Grammar, text: str, raw: _Raw) -> bool:
    """Whether a number word that is also a pronoun, a noun or a name stands as one: "the one you
    mentioned", "his score", "Claudia Tausend" (unless what it counts follows: "the one survivor")."""
    surface = text[raw.start : raw.end]
    if surface.lower() not in g.ambiguous:
        return False
    before = text[max(0, raw.start - _MAX_WINDOW) : raw.start]
    pronoun = g.not_number_before.search(before) is not None
    if not pronoun and not (surface[:1].isupper() and g.name_before.search(before) is not None):
        return False
    # what it counts follows ("the one survivor", "Tausend Menschen"), or a part of it ("which one of
    # the men"), or, after a determiner, what happened to it ("the one who died"; "Regional One where
    # he died" is a name)
    return not (
        g.counted_next.match(text, raw.end, raw.end + 2 * _MAX_WINDOW)
        or g.partitive_next.match(text, raw.end, raw.end + _MAX_WINDOW)
        or (pronoun and g.harm_soon.match(text, raw.end, raw.end + 2 * _MAX_WINDOW))
    )


_TITLE_NEXT = regex.compile(r"[\s\u00a0-]+\p{Lu}")


def _place_name(g: Grammar, text: str, raw: _Raw) -> bool:
    """Whether a number word written capitalised after a preposition of place names the place ("tuées à
    Trente", the town Trento; not a count of 30), unless what it counts follows ("à Trente personnes")."""
    if raw.vague is not None or not text[raw.start : raw.start + 1].isupper() or text[raw.start : raw.end].lower() not in g.atom_values:
        return False  # (only a number word itself: not a noun of one death, "nach Tod einer Jugendlichen")
    before = text[max(0, raw.start - _MAX_WINDOW) : raw.start]
    if g.place_before.search(before) is None or _TITLE_NEXT.match(text, raw.end) is not None:
        return False  # (a headline's words all capitalised: "Charges Connected to Double Murder")
    return not (
        g.counted_next.match(text, raw.end, raw.end + 2 * _MAX_WINDOW)
        or g.partitive_next.match(text, raw.end, raw.end + _MAX_WINDOW)
    )
