"""The words of events, per language: the kinds of event a sentence names, the particulars of an incident
it names (a person beside an age, a street) and the cues that a figure counts only a part of an event's
area. Each language's words are in its data module (``LanguageData.event_kinds``, ``particulars``,
``part_place_cues``); here they are compiled once per language and read from claims' sentences for
:mod:`casualty_reconcile.events` and :mod:`casualty_reconcile.reconcile`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

import regex

from ._patterns import fast_class, folded
from .errors import UnsupportedLanguageError
from .lang import get_language
from .models import Claim, Flag
from .particular_scan import ADDRESS_KIND, _finditer


@functools.lru_cache(maxsize=64)
def _kind_pattern(language: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The language's event kinds as one pattern with a group per kind, and the kind of each group."""
    try:
        data = get_language(language)
    except (TypeError, UnsupportedLanguageError):  # an unknown language names no kind
        return None, ()
    if not data.event_kinds:
        return None, ()
    prefix = r"\w*" if data.compound_nouns else ""  # a compound's head is its last part: Terroranschlag
    groups = "|".join(f"({pattern})" for pattern in data.event_kinds)
    for pattern in data.event_kinds:
        re.compile(pattern)  # each must stand alone
    compiled = re.compile(rf"(?<!\w){prefix}(?:{groups})(?!\w)", re.IGNORECASE)
    if compiled.groups != len(data.event_kinds):  # a kind's pattern holds a group of its own: match one by one
        return None, ()
    return compiled, tuple(data.event_kinds.values())


ADDRESS = ADDRESS_KIND + ":"
"""the prefix of an address (:data:`ADDRESS_KIND`) among a claim's or a document's particulars"""

_ADDRESS_WORDS = regex.compile(r"(?<![\w-])(?:\p{Lu}[\p{L}'’-]+|\d+\p{Ll}*)")
"""the words of an address that name it: its capitalised words and its numbers (an address is no person:
no age to leave out)"""


@functools.lru_cache(maxsize=64)
def _address_pattern(language: str) -> regex.Pattern[str] | None:
    """The language's addresses (the particulars of kind :data:`ADDRESS_KIND`) as one pattern; None where
    it has none."""
    try:
        particulars = get_language(language).particulars
    except (TypeError, UnsupportedLanguageError):  # an unknown language names none
        return None
    found = [pattern for pattern, kind in particulars.items() if kind == ADDRESS_KIND]
    return regex.compile(rf"(?<!\w)(?:{'|'.join(found)})(?!\w)", regex.IGNORECASE) if found else None


@functools.lru_cache(maxsize=64)
def _particular_pattern(language: str) -> tuple[regex.Pattern[str] | None, tuple[str, ...]]:
    """The language's particulars (``LanguageData.particulars``) as one pattern with a group per kind (one
    scan of the text), and the kind of each group."""
    try:
        particulars = get_language(language).particulars
    except (TypeError, UnsupportedLanguageError):  # an unknown language names none
        return None, ()
    # (addresses are read by a scan of their own: _address_pattern)
    return _grouped(((p, kind) for p, kind in particulars.items() if kind != ADDRESS_KIND), "k")


def _grouped(pairs: Iterable[tuple[str, str]], prefix: str) -> tuple[regex.Pattern[str] | None, tuple[str, ...]]:
    """Patterns each with its label as one whole-word pattern with a group per label (named ``prefix`` and
    the label's index), and the labels in that order; None where there are none."""
    by_label: dict[str, list[str]] = {}
    for pattern, label in pairs:
        by_label.setdefault(label, []).append(pattern)
    if not by_label:
        return None, ()
    labels = tuple(sorted(by_label))
    groups = "|".join(f"(?P<{prefix}{i}>{'|'.join(by_label[label])})" for i, label in enumerate(labels))
    return regex.compile(rf"(?<!\w)(?:{groups})(?!\w)", regex.IGNORECASE), labels


_CAPITALISED = regex.compile(r"(?<![\w-])(?:\p{Lu}[\p{L}'’-]+|\d+\p{Ll}+)")
"""the words of a particular that name it: capitalised ones and ordinals ("13th"), not an age, an initial or
the part after a hyphen ("24-Jährigen")"""


def particulars_of(claim: Claim, seen: dict[tuple[str, str], frozenset[str]]) -> frozenset[str]:
    """The particulars a claim's sentence names, each as its kind and its capitalised words of more than
    one letter and its ordinals, lower case ("Terry L. Andres, 62" -> "person:terry andres", "W. 13th
    Street" -> "street:13th street"); ``seen`` caches them by language and sentence."""
    key = (claim.language, claim.sentence)
    found = seen.get(key)
    if found is None:
        found = seen[key] = frozenset(_named(claim.sentence, claim.language, 0))
    return found


def _named(text: str, language: str, start: int, end: int | None = None, low: str | None = None) -> set[str]:
    """The particulars ``text`` names from ``start`` to ``end``, each as its kind and its words
    (:func:`particulars_of`); ``low`` is ``_patterns.folded(text)`` where known."""
    named: set[str] = set()
    pattern, kinds = _particular_pattern(language)
    if pattern is None:
        return named
    stop = len(text) if end is None else min(end, len(text))
    for match in _finditer(pattern, language, text, start, stop, low):
        if _title_cased(text, match.start(), match.end()):
            continue  # a headline in title case: its capitals name no one ("11-Year-Old Boy Killed In ...")
        words = " ".join(word.lower() for word in _CAPITALISED.findall(match.group()))
        if words and match.lastgroup:  # the kind's group closes last: it is the last group
            named.add(f"{kinds[int(match.lastgroup[1:])]}:{words}")
    addresses = _address_pattern(language)
    if addresses is not None:
        for match in _finditer(addresses, language, text, start, stop, low, addresses=True):
            named.add(ADDRESS + " ".join(word.lower() for word in _ADDRESS_WORDS.findall(match.group())))
    return named


_WORD = regex.compile(r"(?<![\w'’])\p{L}{2,}")
"""the words of a line (not a letter after an apostrophe: "Joe's")"""

TITLE_WORDS = 4
"""A line whose words (:data:`_WORD`) are all capitalised, at least this many of them of four letters or
more, is in title case: its capitals name no one. A sentence has some word in lower case (German
capitalises its nouns, not its verbs and function words), and so has a list of victims ("Nijia Ward, 24,
of Lilac Street")."""

SHORT_WORD = 3
"""A headline in title case writes its short function words in lower case ("15-Year-Old Boy Shot in Face
in East Flatbush Expected to Survive"): a line whose words of more letters than this are all capitalised
(at least :data:`TITLE_WORDS` of them), and whose words in lower case are all this short, is in title case
too, unless it gives an age standing alone (:data:`_LONE_AGE`: a list of victims, "Nijia Ward, 24, of
Lilac Street"). On the local-news pools a witness named in one report and "Boy Shot" read as a person in
the other's headline kept two reports of one shooting apart."""

_LONE_AGE = regex.compile(r"[,(]\s*\d{1,3}\s*[,)]")
"""a number standing alone between commas or in brackets, as an age beside a name is written ("Nijia
Ward, 24, of", "Jonas Albrecht (17)")"""


def _title_cased(text: str, start: int, end: int, words: re.Pattern[str] | regex.Pattern[str] = _WORD) -> bool:
    """Whether the line of ``text`` that holds ``start``..``end`` is in title case (:data:`TITLE_WORDS`,
    :data:`SHORT_WORD`); ``words`` is :data:`_WORD` or its stdlib form (:func:`_fast_scans`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    stop = len(text) if line_end < 0 else line_end
    if words is not _WORD and _long_uncapitalised().search(text, line_start, stop) is not None:
        return False  # (the stdlib form, on text folded accepts: the words below would stop there)
    capitalised, lower = 0, False
    for match in words.finditer(text, line_start, stop):  # (a sentence's line is told by its first long word in lower case)
        word = match.group()
        if word[0].isupper():
            capitalised += len(word) > SHORT_WORD
        elif len(word) > SHORT_WORD:
            return False
        else:
            lower = True
    if capitalised < TITLE_WORDS:
        return False
    return not lower or _LONE_AGE.search(text, line_start, stop) is None


LEAD_CHARS = 1500
"""A document's particulars are read from this many characters of its body, its lead: a report names
the incident it is about there, and recalls other incidents further down (on the local-news pools,
persons named in both reports' leads were 154 pairs of one incident and 1 of two; over whole texts 186
and 7)."""


NAME = "name:"
"""the prefix of a run of capitalised words a lead writes (:func:`lead_names`)"""

_NAME_RUN = regex.compile(
    r"(?<![\w'’.-])\p{Lu}[\p{L}'’-]*\p{Ll}(?: (?:\p{Lu}\. )?\p{Lu}[\p{L}'’-]*\p{Ll}){1,3}(?![\w'’-])"
)
"""two to four capitalised words in a row, an initial between them left out ("Anaiya Denise Montgomery",
"Paul G. Kendall"): how a full name is written in the scripts of the languages supported (no word of any
language; a run that names no person, "Police Department", matches no victim)"""


_LOWER = regex.compile(r"(?<![\w'’-])\p{Ll}[\p{L}'’-]*")
"""a word written in lower case"""


@functools.lru_cache(maxsize=1)
def _fast_scans() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """:data:`_NAME_RUN`, :data:`_LOWER` and :data:`_WORD` for the standard library, on text that
    :func:`_patterns.folded` accepts (its classes there are the `regex` module's): the stdlib finds the
    runs from their first capital in its fast loop for a leading class, about twice as fast as `regex`
    tries the look-behind at every position of a lead (a German lead: 19 µs, not 37), and matches a
    word at one place for less."""
    upper, inner, lower = fast_class(r"\p{Lu}"), fast_class(r"[\p{L}'’-]"), fast_class(r"\p{Ll}")
    letter = fast_class(r"\p{L}")
    # (each word's letters taken whole, possessively, and its last one asked to be small: a word of a run
    # ends where its letters end, so a shorter reading never matches; a capitalised word that opens no run
    # is left at once, not backtracked over letter by letter: a German lead's runs 17 -> 10 µs)
    word = rf"{inner}*+(?<={lower})"
    run = re.compile(rf"{upper}(?<![\w'’.-].){word} (?:{upper}\. )?{upper}{word}(?: (?:{upper}\. )?{upper}{word}){{0,2}}(?![\w'’-])")
    return run, re.compile(rf"{lower}(?<![\w'’-].){inner}*"), re.compile(rf"{letter}(?<![\w'’].){letter}+")


@functools.lru_cache(maxsize=1)
def _long_uncapitalised() -> re.Pattern[str]:
    """A word of :data:`_WORD` (its stdlib form) that does not start with a capital and is longer than
    :data:`SHORT_WORD`, for the standard library on text that :func:`_patterns.folded` accepts (where a
    letter is upper case as `str.isupper` says exactly when it is ``\\p{Lu}``): a line that writes one
    is in no title case (:func:`_title_cased`), told by one search instead of reading its words."""
    other, letter = fast_class(r"(?!\p{Lu})\p{L}"), fast_class(r"\p{L}")
    return re.compile(rf"{other}(?<![\w'’].){letter}{{{SHORT_WORD}}}")


class _WrittenLower:
    """Whether ``text`` from ``start`` to ``stop`` writes a word in lower case (:data:`_LOWER`) that is a
    given word once lowered: tried only where the lowered text holds that word, not by reading every
    word of the lead (most capitalised words of a run are asked once or never)."""

    __slots__ = ("answers", "base", "low", "lower", "start", "stop", "text", "words")

    def __init__(self, text: str, start: int, stop: int, folded_text: str | None = None) -> None:
        self.text, self.start, self.stop = text, start, stop
        self.lower: re.Pattern[str] | regex.Pattern[str] = _LOWER
        if folded_text is not None:  # the whole text lowered, each letter to one (_patterns.folded)
            self.low: str | None = folded_text
            self.base = 0  # (the places of `low` are the text's)
            self.lower = _fast_scans()[1]  # (its classes are the `regex` module's there)
        else:
            low = text[start:stop].lower()
            self.low = low if len(low) == stop - start else None  # (a letter lowered to two: every word read)
            self.base = start
        self.words: set[str] | None = None
        self.answers: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        answer = self.answers.get(word)
        if answer is None:
            answer = self.answers[word] = self._has(word)
        return answer

    def _has(self, word: str) -> bool:
        low, text, start, stop, base = self.low, self.text, self.start, self.stop, self.base
        if low is None:
            if self.words is None:
                self.words = {written.lower() for written in _LOWER.findall(text, start, stop)}
            return word in self.words
        lo, hi = start - base, stop - base
        at = low.find(word, lo, hi)
        while at >= 0:  # (each letter lowered to one: the lowered text's places are the text's)
            # (a first letter the lowering changed is a capital: no word in lower case starts there, told
            # without a match; on the fast blocks no small letter is changed by lowering, test_fast_paths)
            if text[base + at] == low[at]:
                written = self.lower.match(text, base + at, stop)
                if written is not None and written.end() - written.start() == len(word):
                    return True
            at = low.find(word, at + 1, hi)
        return False


def lead_names(text: str, start: int, end: int, low: str | None = None) -> set[str]:
    """Every run of capitalised words (:data:`_NAME_RUN`) ``text`` writes from ``start`` to ``end``, as
    :data:`NAME` and its words in lower case ("name:anaiya denise montgomery"): a follow-up names the
    victim of the first report where no pattern of a victim reads it ("arraigned in the shooting of
    Anaiya Montgomery at her home"); event resolution matches them against another report's victims. A
    line in title case (a headline) writes none (:func:`_title_cased`), and a run starts after the words
    that the text writes in lower case too, common words capitalised at a sentence's start ("The", "Die",
    "Police" before "Sgt. Michael Woody"); a run of fewer than two words left is none. ``low`` is
    ``_patterns.folded(text)`` where known: where it is not None, the standard library reads the runs
    (:func:`_fast_scans`)."""
    stop = min(end, len(text))
    found: set[str] = set()
    written_lower: _WrittenLower | None = None
    answers: dict[str, bool] = {}
    title_lines: dict[int, bool] = {}
    runs, _, word = _fast_scans() if low is not None else (_NAME_RUN, _LOWER, _WORD)
    for match in runs.finditer(text, start, stop):
        if written_lower is None:  # the words written in lower case, read once a run is found
            written_lower = _WrittenLower(text, start, stop, low)
            answers = written_lower.answers
        # its words but the initials (a word of a run ends in a small letter, an initial in its dot):
        # what _CAPITALISED finds in it
        words = [word for word in match.group().lower().split(" ") if not word.endswith(".")]
        # (the last word is never asked: were every word before it written in lower case, one is left)
        at = len(words)
        for i in range(at - 1):
            known = answers.get(words[i])  # (written_lower.has, its answers asked here first: most are known)
            if not (written_lower.has(words[i]) if known is None else known):
                at = i
                break
        if len(words) - at < 2:
            continue
        line = text.rfind("\n", 0, match.start())
        if line not in title_lines:
            title_lines[line] = _title_cased(text, match.start(), match.end(), word)
        if not title_lines[line]:
            found.add(NAME + " ".join(words[at:]))
    return found


DAY = "day:"
"""the prefix of a particular that names a day of a month the lead writes before the publication day
("day:2017-02-20"; :meth:`engine.dates.DatesStage._lead_days`)"""

FATAL = "event:fatal"
"""the particular of a document whose headline or first lines (:data:`FATAL_CHARS`) call its incident deadly
(``LanguageData.fatal_cues``: "Fatal double shooting", "tödliche Schüsse"): it reports no incident of only
injured, though its only figure counts the injured (the dead unnumbered: "one victim was pronounced
dead")"""

FATAL_CHARS = 300
"""A document's headline and first sentences, this many characters of its body: further down a report
recalls other incidents ("weeks after a fatal shooting nearby")."""


@functools.lru_cache(maxsize=64)
def _cue_pattern(language: str, field: str) -> re.Pattern[str] | None:
    """The cues of one field of a language's data (``fatal_cues``: words that call an event deadly;
    ``part_place_cues``: a figure counts only a part of the area, "alone", "davon in";
    ``revision_cues``: a sentence states its toll as a change of one reported before) as one pattern
    of whole words; None for an unknown language or a field it leaves empty."""
    try:
        cues: tuple[str, ...] = getattr(get_language(language), field)
    except (TypeError, UnsupportedLanguageError):  # an unknown language has no cues
        return None
    if not cues:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(cues)})(?!\w)", re.IGNORECASE)


def document_particulars(text: str, language: str, start: int = 0, low: str | None = None) -> tuple[str, ...]:
    """The particulars a document's lead (:data:`LEAD_CHARS` from ``start``, its body) names, sorted, as
    :func:`particulars_of` names them: the victims and suspects beside their ages or after the crime, the
    streets; a follow-up names them in sentences that state no figure (``Claim.particulars``); and every
    run of capitalised words it writes that is not one of those persons (:func:`lead_names`); and
    :data:`FATAL` when its headline or first lines call the incident deadly. ``low`` is
    ``_patterns.folded(text)`` where known (the lead is lowercased else)."""
    end = start + LEAD_CHARS
    if low is None:  # (the lead's particulars are found from its literal runs in it: particular_gate)
        low = folded(text[:end])
    found = _named(text, language, start, end, low)
    persons = {p[p.index(":") + 1:] for p in found}
    found.update(name for name in lead_names(text, start, end, low) if name[len(NAME):] not in persons)
    if _calls_fatal(text, language, start, low):
        found.add(FATAL)
    return tuple(sorted(found))


@functools.lru_cache(maxsize=64)
def _lowered_cues(language: str, field: str) -> re.Pattern[str] | None:
    """:func:`_cue_pattern` for the lowercased text (:func:`_patterns.folded`), its leading look-behind left
    out (:func:`_calls_fatal` asks it by hand): the standard library then finds the cues' first literal
    characters in its fast loop instead of trying the look-behind at every position (an English lead's
    "deadly": 1.1 µs, not 4); None where the cues are written with a capital (no lowercased form)."""
    pattern = _cue_pattern(language, field)
    if pattern is None or pattern.pattern != pattern.pattern.lower():
        return None
    return re.compile(pattern.pattern.removeprefix(_NOT_AFTER_WORD))


_NOT_AFTER_WORD = r"(?<!\w)"
_WORD_CHAR = re.compile(r"\w")


def _calls_fatal(text: str, language: str, start: int, low: str | None) -> bool:
    """Whether the document's headline and first lines (:data:`FATAL_CHARS` from ``start``) hold a cue
    that calls its incident deadly (``fatal_cues``); ``low`` is ``_patterns.folded`` of the text (or of
    its lead) where known: there the cues are searched without their look-behind
    (:func:`_lowered_cues`), each place found then asked whether a word character precedes it."""
    stop = start + FATAL_CHARS
    lowered = _lowered_cues(language, "fatal_cues") if low is not None else None
    if lowered is None or low is None:
        fatal = _cue_pattern(language, "fatal_cues")
        return fatal is not None and fatal.search(text, start, stop) is not None
    found = lowered.search(low, start, stop)
    while found is not None:  # (the text's characters are word characters where the lowered ones are)
        at = found.start()
        if at == 0 or _WORD_CHAR.match(low, at - 1) is None:
            return True
        found = lowered.search(low, at + 1, stop)
    return False


def marks_part(claim: Claim) -> bool:
    """Whether the claim counts only a part of its event's area: a ``part_of`` link, or a cue of its
    language in its sentence ("in Almaty alone", "103 davon in Almaty"). Reconciliation reads a
    ``part_of`` link more closely (:func:`names_part_place`)."""
    return claim.part_of is not None or names_part_place(claim)


def names_part_place(claim: Claim) -> bool:
    """Whether the claim's sentence has a cue of its language that the figure counts only a part of the
    area ("in Almaty alone", "103 davon in Almaty")."""
    pattern = _cue_pattern(claim.language, "part_place_cues")
    return pattern is not None and pattern.search(claim.sentence) is not None


def revises(claim: Claim, seen: dict[tuple[str, str], bool]) -> bool:
    """Whether a claim's sentence states its toll as a change of one reported before ("the death toll
    rose to", "s'est alourdi à", "ist auf 164 gestiegen", ``LanguageData.revision_cues``) or corrects
    it (flag ``correction``); ``seen`` caches the sentences by language."""
    if Flag.CORRECTION.value in claim.flags:
        return True
    key = (claim.language, claim.sentence)
    found = seen.get(key)
    if found is None:
        pattern = _cue_pattern(claim.language, "revision_cues")
        found = seen[key] = pattern is not None and pattern.search(claim.sentence) is not None
    return found


def kinds_of(claim: Claim, seen: dict[tuple[str, str], set[str]]) -> set[str]:
    """The kinds of event a claim's sentence names (``seen`` caches them by language and sentence)."""
    key = (claim.language, claim.sentence)
    found = seen.get(key)
    if found is None:
        pattern, kinds = _kind_pattern(claim.language)
        found = set()
        if pattern is not None:
            found = {kinds[m.lastindex - 1] for m in pattern.finditer(claim.sentence) if m.lastindex}
        seen[key] = found
    return found


@functools.lru_cache(maxsize=64)
def _age_pattern(language: str) -> tuple[regex.Pattern[str] | None, tuple[str, ...]]:
    """The language's victim ages (``LanguageData.victim_ages``) as one pattern with a group per unit, and
    the unit of each group."""
    try:
        ages = get_language(language).victim_ages
    except (TypeError, UnsupportedLanguageError):  # an unknown language writes none
        return None, ()
    return _grouped(ages.items(), "u")


_DIGITS = re.compile(r"\d+")

_OTHER_TOLLS = frozenset({Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value})
"""the flags of a figure that counts no victim of its document's incident"""


def victim_ages(claim: Claim, seen: dict[tuple[str, str], frozenset[str]]) -> frozenset[str]:
    """The ages of the victims a claim's text counts, each as its unit and its digits ("a 9-year-old",
    "der 9-Jährige" -> "year:9", "6-month-old" -> "month:6"); none of a tally over a period or of another
    incident; ``seen`` caches them by language and text."""
    if not _OTHER_TOLLS.isdisjoint(claim.flags):
        return frozenset()
    key = (claim.language, claim.text)
    found = seen.get(key)
    if found is None:
        pattern, units = _age_pattern(claim.language)
        ages: set[str] = set()
        if pattern is not None:
            for match in pattern.finditer(claim.text):
                digits = _DIGITS.search(match.group())
                if digits is not None and match.lastgroup:
                    ages.add(f"{units[int(match.lastgroup[1:])]}:{int(digits.group())}")
        found = seen[key] = frozenset(ages)
    return found


@functools.lru_cache(maxsize=64)
def _venue_pattern(language: str) -> tuple[regex.Pattern[str] | None, tuple[str, ...]]:
    """The language's venues (``LanguageData.venue_kinds``) as one pattern with a group per kind, and the
    kind of each group."""
    try:
        venues = get_language(language).venue_kinds
    except (TypeError, UnsupportedLanguageError):  # an unknown language names none
        return None, ()
    return _grouped(venues.items(), "v")


def venues_of(sentence: str, language: str, seen: dict[tuple[str, str], frozenset[str]]) -> frozenset[str]:
    """The kinds of venue a sentence names ("three people killed inside a home" -> "home", "bei Schüssen in
    einer Bar" -> "bar"); ``seen`` caches them by language and sentence."""
    key = (language, sentence)
    found = seen.get(key)
    if found is None:
        pattern, kinds = _venue_pattern(language)
        found = frozenset()
        if pattern is not None:
            found = frozenset(
                kinds[int(m.lastgroup[1:])] for m in pattern.finditer(sentence) if m.lastgroup
            )
        seen[key] = found
    return found


def area_parts(claims: Iterable[Claim], canonical: Callable[[str], str], categories: frozenset[str]) -> frozenset[str]:
    """The ids of the claims of ``categories`` that count only a part of their event's area, so that they keep their own
    place beside the event's one toll: a cue of the language (:func:`names_part_place`: "in Almaty
    alone"), or a ``part_of`` link from a claim placed elsewhere than its whole ("164 dead, 103 of them
    in Almaty"; a whole with no place counts the event's area). A part of the people counted in the same
    place ("at least 20 injured, two of those victims are dead", "three shot, including the one who
    died") is no part of the area: it joins the toll wherever a report names that place."""
    listed = list(claims)
    wholes = {claim.part_of for claim in listed if claim.part_of is not None}
    place_of = {claim.claim_id: claim.location for claim in listed if claim.claim_id in wholes}
    out: set[str] = set()
    for claim in listed:
        if claim.category.value not in categories:
            continue
        if claim.part_of is not None and claim.location is not None:
            whole = place_of.get(claim.part_of)
            if whole is None or canonical(whole) != canonical(claim.location):
                out.add(claim.claim_id)
                continue
        if names_part_place(claim):
            out.add(claim.claim_id)
    return frozenset(out)


def people_parts(claims: Iterable[Claim], area: frozenset[str]) -> frozenset[str]:
    """The ids of the claims that count a part of the people their whole counts, in its place and of its
    category ("two wounded, one of them critically"): no figure of the toll, though they join its
    quantity. A part of another category is the toll ("six people were shot, two of whom died")."""
    listed = list(claims)
    wholes = {claim.part_of for claim in listed if claim.part_of is not None}
    category_of = {claim.claim_id: claim.category for claim in listed if claim.claim_id in wholes}
    return frozenset(
        claim.claim_id for claim in listed
        if claim.part_of is not None and claim.claim_id not in area and category_of.get(claim.part_of) is claim.category
    )


__all__ = ["NAME", "area_parts", "document_particulars", "kinds_of", "lead_names", "marks_part", "names_part_place", "particulars_of", "people_parts", "venues_of", "victim_ages"]
