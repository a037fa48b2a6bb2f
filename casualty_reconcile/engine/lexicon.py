"""The compiled patterns of one language (:class:`Lexicon`), built from its data module."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from .._first_char import FirstCharMatch
from .._patterns import (
    Scan,
    at_once,
    candidates,
    literal_prefix,
    literal_starts,
    top_level,
)
from .._patterns import gate as _gate
from .._tail_scan import TailScan, prefix_scan, tail_scan
from ..lang import LanguageData, get_language
from ..models import Category
from .verb_first import object_groups, object_words

_FLAGS = regex.IGNORECASE | regex.UNICODE


def _alt(patterns: Any) -> str:
    items = sorted(patterns, key=len, reverse=True)
    return "|".join(f"(?:{p})" for p in items) or "(?!)"


_START = r"\b(?<!-)"  # a word start (lexicon entries begin with a letter); \b first, as it is cheap


_TAIL = r"(?:(?<=['’])|(?![\w]))"  # a word's end; "d'": an elided word may follow an apostrophe

# each lexicon pattern's stdlib scan of its gate (see _patterns.gated_search), kept where it is compiled
_SCANS: dict[regex.Pattern[str], Scan | None] = {}


def _gated(gate: str, body: str, word_end: bool) -> regex.Pattern[str]:
    """``body`` behind a word start and ``gate``; its stdlib scan is kept in ``_SCANS``."""
    tail = _TAIL if word_end else ""
    pattern = regex.compile(rf"{_START}{gate}(?:{body}){tail}", _FLAGS)
    _SCANS[pattern] = candidates(gate)
    return pattern


def _dates(lang: LanguageData) -> regex.Pattern[str]:
    """A day of a month as the language writes it, the month in group "month". Its gate is the
    date's shape with the months' first letters (a trie): "may", "march" and digits are too
    frequent to be tried alone."""
    if not lang.date_formats:
        return _gated("(?!)", "(?!)", True)
    months = "(?:" + _gate(list(lang.months), word_end=False)[3:-1] + r")\w*\.?"
    gate = "(?=(?:" + "|".join(form.replace("{month}", months) for form in lang.date_formats) + "))"
    body = _alt(form.replace("{month}", f"(?P<month>{_alt(lang.months)})") for form in lang.date_formats)
    return _gated(gate, body, True)


def _words(patterns: Any) -> regex.Pattern[str]:
    patterns = tuple(patterns)
    return _gated(_gate(patterns, word_end=True), _alt(patterns), True)


def _named(groups: Mapping[str, Any], *, trailing: bool = True) -> regex.Pattern[str]:
    parts = [f"(?P<{name}>{_alt(pats)})" for name, pats in groups.items() if pats]
    every = [p for pats in groups.values() for p in pats]
    return _gated(_gate(every, word_end=trailing), "|".join(parts) or "(?!)", trailing)


def _named_scan(groups: Mapping[str, Any]) -> tuple[regex.Pattern[str], Scan | None, FirstCharMatch]:
    """:func:`_named`, the stdlib scan of its gate for :func:`gated_finditer`, and its match by the
    alternatives that can start with the character tried (the same pattern, see :func:`_gated`)."""
    pattern = _named(groups)
    every = [p for pats in groups.values() for p in pats]
    head = f"{_START}{_gate(every, word_end=True)}"
    first = FirstCharMatch(head, [(name, sorted(pats, key=len, reverse=True)) for name, pats in groups.items()], _TAIL, _FLAGS)
    return pattern, _SCANS[pattern], first


@dataclass(frozen=True)
class Lexicon:
    """The compiled patterns of one language."""

    lang: LanguageData
    cat_noun: regex.Pattern[str]
    cat_verb: regex.Pattern[str]
    group: regex.Pattern[str]
    group_head: regex.Pattern[str]  # a group noun closing a compound ("Regierungs|soldaten", "US-|Soldaten")
    group_senses: tuple[tuple[Category, regex.Pattern[str], str], ...]  # "mineurs" arrested: children (group.sense-of-category)
    person: regex.Pattern[str]
    unit: regex.Pattern[str]
    unit_verb: regex.Pattern[str]  # "entführt", "kidnapped": the people counted are hostages, not a toll
    participant_verb: regex.Pattern[str]
    subset_end: regex.Pattern[str]
    previous_value: regex.Pattern[str]
    member_before: regex.Pattern[str]  # REVERSE: "was" before "one of five people shot": the whole is the toll
    result_clause: regex.Pattern[str]  # "leaving", "wobei" right after a clause's break: what the event before it left
    numeral_noun: regex.Pattern[str]  # after an article: "ein Toter", "ein Mensch": the article is the number one
    whole_before: regex.Pattern[str]  # REVERSE: "all" before "seven victims": the whole, never a part
    among_whole: regex.Pattern[str]  # REVERSE: "were among the" right before a whole the figure is part of
    among_opening: regex.Pattern[str]  # REVERSE: "Among the" right before a whole whose part follows
    among_harmed: regex.Pattern[str]  # "are among the dead" right after a figure's words, no whole's figure: a part
    corrected_value: regex.Pattern[str]  # "from 240" in a correcting sentence: the value corrected
    further: regex.Pattern[str]
    further_before: regex.Pattern[str]  # REVERSE: "the other" before "five": a figure of the others
    plural_aux_before: regex.Pattern[str]  # REVERSE: "were", "wurden" (and an adverb) right before a verb
    singular_aux_before: regex.Pattern[str]  # REVERSE: "was", "wurde" (and an adverb) right before a verb
    aux_between: regex.Pattern[str]  # fullmatch: an auxiliary, then a few words, no punctuation: " wurden nach ersten Angaben "
    uncounted: regex.Pattern[str]  # "unborn": one listed after a count but not added to it
    unharmed: regex.Pattern[str]  # "survivors": people the harm did not befall
    side: regex.Pattern[str]
    speech: regex.Pattern[str]
    according: regex.Pattern[str]
    according_after: regex.Pattern[str]
    citing: regex.Pattern[str]
    cited_by: regex.Pattern[str]
    self_attr: regex.Pattern[str]
    speaker_noun: regex.Pattern[str]
    speaker_phrases: tuple[tuple[regex.Pattern[str], str], ...]
    named_sources: tuple[tuple[regex.Pattern[str], str], ...]
    named_source_names: frozenset[str]  # the names the named sources resolve to ("Syrische Beobachtungsstelle ...")
    phrase_any: regex.Pattern[str]
    named_any: regex.Pattern[str]
    referring: regex.Pattern[str]
    speaker_complement: regex.Pattern[str]  # "de la Santé" after "ministère": part of the speaker's name
    back_reference: regex.Pattern[str]
    article: regex.Pattern[str]
    nationwide: regex.Pattern[str]
    capital: regex.Pattern[str]  # "in der Hauptstadt": the capital of the event's country
    place_noun: regex.Pattern[str]
    place_locator: regex.Pattern[str]
    settlement_before: regex.Pattern[str]  # REVERSE: a noun of a kind of place right before a name
    locator_starts: frozenset[str]  # the first words of the place locators
    foreign: regex.Pattern[str]
    pronoun: regex.Pattern[str]
    outlets: tuple[tuple[regex.Pattern[str], str], ...]
    outlet_any: regex.Pattern[str]
    outlet_prefixes: tuple[str, ...]  # one of these starts every outlet mention (lowercased); ("",) if unknown
    header: regex.Pattern[str]
    days: regex.Pattern[str]
    calendar: regex.Pattern[str]  # a weekday, relative day or month, matched whole: no part of a name
    marks: regex.Pattern[str]
    marks_scan: Scan | None
    marks_first: FirstCharMatch  # ``marks.match``, by the cues that can start with the character tried
    toll: regex.Pattern[str]
    relative_offsets: tuple[int, ...]
    period_start: regex.Pattern[str]  # REVERSE: "seit dem", "since" right before a date
    seat_after: regex.Pattern[str]  # "ansässigen" right after a place: the seat of a source
    seat_before: regex.Pattern[str]  # REVERSE: "based in", "basé au", "mit Sitz in" right before a place: the seat of a source
    origin_before: regex.Pattern[str]  # REVERSE: "originally from", "stammte aus" right before a place: where a person comes from
    street_after: regex.Pattern[str]  # "Avenue" right after a place's name: the name is a street's
    venue_after: regex.Pattern[str]  # "High", "Arena" right after a place's name: the name is a venue's
    street_before: regex.Pattern[str]  # REVERSE: "block of " right before a street's name ("the 3700 block of Cambridge")
    corner_first: regex.Pattern[str]  # REVERSE: "at " right before the first street of a corner ("at Flamingo and Durango")
    corner_join: regex.Pattern[str]  # " and Durango" right after the first street of a corner, the second in group 1
    corner_second: regex.Pattern[str]  # REVERSE: "at Flamingo and " right before the second street, the first in group 1
    event_word: regex.Pattern[str]  # a word for a kind of event ("Shooting"): no place's name
    seat_prefix: regex.Pattern[str]  # "in Großbritannien ansässigen " opening a source's description
    dates: regex.Pattern[str]  # a day of a month ("3. Januar", "Jan. 3, 2024"), the month in group "month"
    month_numbers: tuple[tuple[regex.Pattern[str], int], ...]
    modifier_after: regex.Pattern[str]
    location_before: regex.Pattern[str]
    stopwords: frozenset[str]
    np_stop: regex.Pattern[str]
    uncounted_verb: regex.Pattern[str]  # "gerettet": a figure's own verb of no category
    part_clause: regex.Pattern[str]  # ", der später ... starb": a part's own relative clause
    release_verb: regex.Pattern[str]  # "freigelassen": a verb of release after a figure of arrests told by its noun
    exchange: regex.Pattern[str]  # "prisoner swap", "Gefangenenaustausch": an exchange of captives in a figure's sentence
    prisoner_noun: regex.Pattern[str]  # "Häftlinge", "inmates": who fled them escaped, no displaced
    increment_before: regex.Pattern[str]  # REVERSE: "another", "weitere" right before a figure (figure.new-besides-total)
    increment_after: regex.Pattern[str]  # " more", " nouvelles" right after a figure
    total_after: regex.Pattern[str]  # "bringing the total to" and a digit later in the clause
    cause_opener: regex.Pattern[str]  # "par" and a word: the cause of a part's harm ("dont un par un tir")
    degree: regex.Pattern[str]  # a grave ("schwer") or a light ("leicht") degree of harm, in group "grave" or "light"
    relative_opener: regex.Pattern[str]  # ", an der ...", ", in dem ...": a relative clause after a comma
    media: regex.Pattern[str]  # searched in a speaker's name: a medium ("Nachrichtenagentur Anadolu")
    telling: regex.Pattern[str]  # "told": the outlet after it is the via
    observing: regex.Pattern[str]  # "saw": its subject is the source
    revising: regex.Pattern[str]  # "korrigierte": in a correcting sentence, its subject is the source
    forces_abroad: regex.Pattern[str]  # "army", "Verteidigungsministerium": a source that may speak for forces abroad
    owned_data: regex.Pattern[str]  # "'s figure": the owner of the figures is the source
    data_owner: regex.Pattern[str]  # "die Zahl der": the owner of the figures follows
    part_of_number: regex.Pattern[str]  # "21 der 60", "21 of the 60": between a part and its whole
    contrast_word: regex.Pattern[str]  # "while", "während", with or without a comma before it
    single_victim: regex.Pattern[str]  # "The victim died", "Der 20-Jährige starb": a count of one
    headline_victim: regex.Pattern[str]  # "Columbus teen killed": one victim after a modifier, in a headline
    headline_victim_scan: TailScan | None  # its matches found from the verbs after them (None: a plain scan)
    single_victim_scan: TailScan | None  # its matches found from the verbs after them (None: a plain scan)
    victim_list: regex.Pattern[str]  # "Jon Doe, 19, and Al Roe, 21, were wounded": its names are the count
    victim_list_scan: TailScan | None  # its matches found from the verbs after them (None: a plain scan)
    injured_object: regex.Pattern[str]  # "injuring his father", "verletzte seinen Vater": one injured, the verb's object
    injured_object_scan: re.Pattern[str] | None  # its verbs, its literal starts, for the stdlib (None: a plain scan)
    zero: regex.Pattern[str]  # "no one", "niemand": a count of none
    zero_scan: re.Pattern[str] | None  # its literal starts, for the stdlib (None: a plain scan)
    shot: regex.Pattern[str]  # "were shot", "angeschossen": hit by gunfire, dead or alive
    wound_site: regex.Pattern[str]  # "in the leg", "ins Bein": a wound to a limb, the shot lives
    survived: regex.Pattern[str]  # "but survived", "überlebte": the shot lived
    died_next: regex.Pattern[str]  # "He later died", "Er starb": the one told of in the sentence before died
    survived_next: regex.Pattern[str]  # "He survived", "Er überlebte": the one shot in the sentence before lived
    addition: regex.Pattern[str]  # "also", "ebenfalls" before the verb of the shot: more besides the dead
    one_more: regex.Pattern[str]  # "a third", "einen weiteren": one more besides those told before
    care: regex.Pattern[str]  # "taken to hospital", "ins Krankenhaus": care or a condition, often a part of the injured
    multiplicity: regex.Pattern[str]  # "double homicide", "Doppelmord": a figure's words name its category and group
    negated: regex.Pattern[str]  # REVERSE: a negation right before a verb of harm ("nicht verletzt", "not injured")
    parent_of: regex.Pattern[str]  # REVERSE: "father of", "Vater von" right before a figure: the children a victim leaves
    excepted: regex.Pattern[str]  # REVERSE: "except", "außer" right before a figure: those the harm spared
    attacker_verb: regex.Pattern[str]  # "men entered", "opened fire" within two words after a figure: it counts the attackers
    firing_verb: regex.Pattern[str]  # "officers fired at" within two words after a figure: it counts those who fired
    subset_after: regex.Pattern[str]
    set_after: regex.Pattern[str]  # "of the men": a part of a set told before, no claim by itself
    subset_tail: regex.Pattern[str]
    one_case: frozenset[str]  # the articles and pair words: a figure that counts one case ("ein Polizist", "beide Fahrer")
    conj_stop: regex.Pattern[str]  # a conjunction: it ends a figure's noun phrase ("und", "as well as")
    part_join: regex.Pattern[str]  # a conjunction, maybe with a possessive: between two parts ("and her")
    kin_opener: regex.Pattern[str]  # one person and the possessive of their kin, right before a figure ("Une femme et ses")
    noun_join: regex.Pattern[str]  # " und ", " or ": a second noun counted with the first
    next_subject: regex.Pattern[str]  # ", and Jon Doe", ", und Müller": a conjunction after a comma, a capitalised word next
    bare_join: regex.Pattern[str]  # what may stand between two figures sharing a group (", und ")
    name_particle: regex.Pattern[str]  # a part of a name with its particle ("al-Mandhari")
    next_name_word: regex.Pattern[str]  # a capitalised word next, maybe after an article ("for the Coordination")
    next_lower_word: regex.Pattern[str]  # a lower-case word next, maybe after a possessive ("in Tuesday's attack")
    elided: regex.Pattern[str]  # an elided article glued to a word ("l'", "d'")
    # the same patterns searching from the end (their first match is the last one)
    back_cat_verb: regex.Pattern[str]
    back_unit_verb: regex.Pattern[str]
    back_speech: regex.Pattern[str]
    back_np_stop: regex.Pattern[str]
    preposition: regex.Pattern[str]  # one preposition of place, as a whole word ("in")
    contrast_clause: regex.Pattern[str] | None  # ", while": a clause with a source of its own
    month_word: regex.Pattern[str]  # a month's name
    seat_noun: regex.Pattern[str] | None  # a speaker noun that sits in its capital ("ministry"); None: every one
    crowd_copula: regex.Pattern[str] | None  # REVERSE: "Ils étaient" right before a bare figure of a crowd; None: no such
    crowd_site: regex.Pattern[str]  # "dans les rues" right after that figure
    wide_before: regex.Pattern[str]  # REVERSE: "across", "in ganz" right before a country's name
    part_before: regex.Pattern[str]  # REVERSE: "allein in", "including in" right before a place
    part_after: regex.Pattern[str]  # " alone" right after a place
    settlement_after: regex.Pattern[str]  # " province" right after a name: a place


@lru_cache(maxsize=16)
def lexicon(code: str) -> Lexicon:
    """The compiled lexicon of a language (cached)."""
    return compile_lexicon(get_language(code))


def _mark_groups(lang: LanguageData) -> dict[str, Any]:
    """The cues of the one document scan: attribution cues, reported speech, unverified and no-figure
    cues, corrections, tallies and other incidents, days."""
    return {
        "dbl": tuple(lang.double_count_cues),  # first: "counted twice" is no attribution ("police counted")
        "cue": [*lang.speech_verbs, *lang.according_to, *lang.according_to_after, *lang.citing, *lang.cited_by,
                *lang.self_attribution, *lang.speaker_phrases, *lang.observation_verbs],
        "rep": tuple(lang.reported_speech),
        "unv": tuple(lang.unverified_cues),
        "nofig": tuple(lang.no_figure_cues),
        "cor": tuple(lang.correction_cues),
        "ret": tuple(lang.retraction_cues),
        "tally": tuple(lang.period_tally_cues),
        "other": tuple(lang.other_incident_cues),
        "init": tuple(lang.initial_report_cues),
        **{f"w{d}_{i}": (p,) for i, (p, d) in enumerate(lang.weekdays.items())},
        **{f"r{i}": (p,) for i, p in enumerate(lang.relative_days)},
    }


def _group_senses(lang: LanguageData) -> tuple[tuple[Category, regex.Pattern[str], str], ...]:
    """Each word of two senses, the category in which it counts another group, and that group."""
    return tuple(
        (category, regex.compile(f"(?:{p})", _FLAGS), group)
        for category, words in lang.group_senses.items() for p, group in words.items()
    )


def compile_lexicon(lang: LanguageData) -> Lexicon:
    """The patterns of a language's data."""
    group_keys = {key: pats for key, pats in lang.group_words.items()}
    speech = _words(lang.speech_verbs)
    cat_verb = _named({c.value: p for c, p in lang.category_verbs.items()})
    unit_verb = _named(dict(lang.unit_verbs))
    np_stop = _words(lang.np_stop_words)
    # each phrase alone, to expand a template ("\\1e Angaben") where the combined scan found it
    phrases = tuple((regex.compile(rf"(?:{p})(?![\w])", _FLAGS), name) for p, name in lang.speaker_phrases.items())
    marks, marks_scan, marks_first = _named_scan(_mark_groups(lang))
    figure_patterns = _figure_patterns(lang)
    return Lexicon(
        lang=lang,
        cat_noun=_named({c.value: p for c, p in lang.category_nouns.items()}),
        cat_verb=cat_verb,
        group=_named(group_keys),
        group_head=regex.compile(
            rf"(?<=\p{{L}}{{3}}-?|\p{{Lu}}{{2}}-)(?:{'|'.join(f'(?P<{k}>{_alt(p)})' for k, p in group_keys.items() if p) or '(?!)'})(?![\w])",
            _FLAGS,
        ),
        group_senses=_group_senses(lang),
        unit_verb=unit_verb,
        speech=speech,
        speaker_phrases=phrases,
        named_sources=tuple(
            (regex.compile(rf"(?<![\w-])(?:{p})(?![\w])", _FLAGS), name) for p, name in lang.named_sources.items()
        ),
        named_source_names=frozenset(lang.named_sources.values()),
        locator_starts=frozenset(
            literal_prefix(a).split()[0] for p in lang.place_locators for a in top_level(p) if literal_prefix(a).strip()
        ),
        outlets=tuple((regex.compile(rf"(?:{p})", _FLAGS), name) for p, name in lang.outlet_mentions.items()),
        outlet_prefixes=literal_starts(lang.outlet_mentions),
        outlet_any=regex.compile(
            "|".join(f"(?P<o{i}>{p})" for i, p in enumerate(lang.outlet_mentions)) or "(?!)", _FLAGS
        ),
        header=regex.compile(at_once(rf"^[\s\ufeff]*(?:{lang.header_date})[\s:]+(?P<date>\d{{4}}(?:-\d{{2}}(?:-\d{{2}})?)?)(?![\d-])"), _FLAGS),
        relative_offsets=tuple(lang.relative_days.values()),
        dates=_dates(lang),
        month_numbers=tuple((regex.compile(rf"(?:{p})$", _FLAGS), n) for p, n in lang.months.items()),
        calendar=regex.compile(f"(?:{_alt([*lang.weekdays, *lang.relative_days, *lang.months])})", _FLAGS),
        days=_named(
            {
                **{f"w{d}_{i}": (p,) for i, (p, d) in enumerate(lang.weekdays.items())},
                **{f"r{i}": (p,) for i, p in enumerate(lang.relative_days)},
            }
        ),
        marks=marks,
        marks_scan=marks_scan,
        marks_first=marks_first,
        stopwords=lang.stopwords,
        np_stop=np_stop,
        uncounted_verb=_words(lang.uncounted_verbs),
        part_clause=_words(lang.part_clause_openers or (r"(?!)",)),
        one_case=lang.not_alone | lang.pair_words,
        back_cat_verb=_backwards(cat_verb),
        back_unit_verb=_backwards(unit_verb),
        back_speech=_backwards(speech),
        back_np_stop=_backwards(np_stop),
        preposition=regex.compile(_alt(lang.location_prepositions), _FLAGS),
        contrast_clause=(
            regex.compile(rf"[,;][\s\u00a0]*(?:{_alt(lang.contrast_words)})(?![\w])|;", _FLAGS) if lang.contrast_words else None
        ),
        month_word=regex.compile(rf"(?:{_alt(lang.month_names)})(?![\w])", _FLAGS),
        seat_noun=regex.compile(_alt(lang.seat_speaker_nouns), _FLAGS) if lang.seat_speaker_nouns else None,
        crowd_copula=(
            regex.compile(rf"(?<![\w-])(?:{_alt(lang.crowd_copulas)})[\s\u00a0]+$", _FLAGS | regex.REVERSE)  # match() from the end
            if lang.crowd_copulas else None
        ),
        crowd_site=_words(lang.crowd_sites or (r"(?!)",)),
        single_victim_scan=tail_scan(figure_patterns["single_victim"], lang.single_victim_words),
        victim_list_scan=tail_scan(figure_patterns["victim_list"], lang.victim_list_words),
        headline_victim_scan=tail_scan(figure_patterns["headline_victim"], lang.headline_victim_words),
        zero_scan=prefix_scan(lang.zero_words),
        injured_object_scan=prefix_scan(object_words(lang), first_word=True),  # (and verb_first_words)
        **figure_patterns,
        **_place_patterns(lang),
        **_source_patterns(lang),
    )


def _backwards(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """The pattern searching from the end: its first match is the last one."""
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


def _harm_nouns(lang: LanguageData) -> list[str]:
    """The nouns of the dead and the injured ("Toten", "injured"): what an among-cue of a part names."""
    return [*lang.category_nouns.get(Category.DEATHS, ()), *lang.category_nouns.get(Category.INJURIES, ())]


def _figure_patterns(lang: LanguageData) -> dict[str, regex.Pattern[str]]:
    """The patterns read around a figure: its noun phrase, the part and the whole, negation."""
    return {
        "person": _words(lang.person_words),
        "unit": _named(dict(lang.unit_words)),
        "participant_verb": _words(lang.participant_verbs),
        "numeral_noun": regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.numeral_nouns) or '(?!)'})(?![\w-])", _FLAGS),
        "result_clause": regex.compile(rf"[\s\u00a0]*(?:{_alt(lang.result_clause_openers) or '(?!)'})(?![\w])", _FLAGS),
        # "Four Malaysians are among the dead": the among-cue before a noun of the dead or the injured, no figure
        "among_harmed": regex.compile(
            rf"[\s\u00a0]+(?:{_alt(lang.among_whole_cues) or '(?!)'})[\s\u00a0]+"
            rf"(?:{_alt(_harm_nouns(lang)) or '(?!)'})(?![\w-])",
            _FLAGS,
        ),
        "further": _words(lang.further_words),
        "uncounted": _words(lang.uncounted_words),
        "unharmed": _words(lang.unharmed_nouns),
        "side": regex.compile(rf"(?<![\w-])(?:{_alt(lang.side_cues)})[\s\u00a0]+", _FLAGS),
        "toll": _named({c.value: p for c, p in lang.toll_cues.items()}),
        "part_of_number": regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.part_of_number) or '(?!)'})[\s\u00a0]+", _FLAGS),
        # ", an der ...", ", in dem ...": a relative clause about a thing named before (never matches without openers)
        "release_verb": regex.compile(rf"(?<![\w-])(?:{_alt(lang.release_verbs) or '(?!)'})(?![\w-])", _FLAGS),
        "exchange": regex.compile(rf"(?<![\w-])(?:{_alt(lang.exchange_cues) or '(?!)'})(?![\w-])", _FLAGS),
        "relative_opener": regex.compile(rf",[\s\u00a0]*(?:{_alt(lang.relative_openers) or '(?!)'})(?![\w-])", _FLAGS),
        "contrast_word": regex.compile(rf"(?<![\w])(?:{_alt(lang.contrast_words) or '(?!)'})(?![\w])|;", _FLAGS),
        "single_victim": _words(lang.single_victim_words),
        "victim_list": _words(lang.victim_list_words),
        "headline_victim": _words(lang.headline_victim_words),
        "zero": _words(lang.zero_words),
        # named as a word of multiplicity is (see FiguresStage._multiplicity): one injured, of everyone
        "injured_object": _named(object_groups(lang)),  # (and verb_first_words, by their categories)
        "shot": _words(lang.shot_words),
        "wound_site": _words(lang.wound_sites),
        "survived": _words(lang.survival_words),
        "died_next": _words(lang.died_next_words),
        "survived_next": _words(lang.survived_next_words),
        "addition": _words(lang.addition_words),
        "one_more": _words(lang.one_more_words),
        "care": _words(lang.care_words),
        # named "<category>__<group>" (e.g. "deaths__attackers")
        "multiplicity": _named(
            {
                f"{c.value}__{g}": tuple(p for p, (_, _, of, by) in lang.multiplicity_words.items() if (of, by) == (c, g))
                for c, g in sorted({(c, g) for _, _, c, g in lang.multiplicity_words.values()})
            }
        ),
        "attacker_verb": regex.compile(
            rf"(?:[\s\u00a0]+[\w'’-]+){{0,2}}?[\s\u00a0]+(?:{_alt(lang.attacker_verbs) or '(?!)'})(?![\w])", _FLAGS
        ),
        "firing_verb": regex.compile(
            rf"(?:[\s\u00a0]+[\w'’-]+){{0,2}}?[\s\u00a0]+(?:{_alt(lang.firing_verbs) or '(?!)'})(?![\w])", _FLAGS
        ),
        "subset_tail": regex.compile(rf"(?:{_alt(lang.subset_cues)})[\s\u00a0]+(?P<skip>\w+[\s\u00a0]+)?", _FLAGS),
        "subset_after": regex.compile(rf"[\s\u00a0]*(?:{_alt(lang.subset_cues_after)})(?![\w])", _FLAGS),
        "set_after": regex.compile(rf"[\s\u00a0]*(?:{_alt(lang.set_cues_after)})(?![\w])", _FLAGS),
        **_cues_before(lang),
        **_joins(lang),
        **_clause_patterns(lang),
    }


def _ending(alternation: str, space: str) -> regex.Pattern[str]:
    """A cue that ends where a figure's words begin, its spaces ``space`` ("+" or "*"), compiled reversed and anchored
    at its end (``match()`` from there)."""
    return regex.compile(rf"(?<![\w-])(?:{alternation})[\s\u00a0]{space}$", _FLAGS | regex.REVERSE)


def _cues_before(lang: LanguageData) -> dict[str, regex.Pattern[str]]:
    """The cues read backwards from a figure, each compiled reversed and anchored at its end (``match()`` from
    there): an earlier or corrected value, a member or a whole before it, a negation, an auxiliary of number."""
    return {
        "previous_value": _ending(_alt(lang.previous_value_cues), "*"),
        "member_before": _ending(_alt(lang.member_cues_before), "+"),
        "whole_before": _ending(_alt(lang.whole_cues_before), "+"),
        "among_whole": _ending(_alt(lang.among_whole_cues) or "(?!)", "+"),
        "among_opening": _ending(_alt(lang.among_whole_openings) or "(?!)", "+"),
        "corrected_value": _ending(_alt(lang.corrected_value_cues), "*"),
        "subset_end": regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.subset_cues)})(?:[\s\u00a0]+\p{{Ll}}[\w-]*){{0,2}}[\s\u00a0]*[„\"“»«‚'(]?[\s\u00a0]*$",
            _FLAGS | regex.REVERSE,  # anchored at the end: match() from there
        ),
        "further_before": _ending(_alt(lang.further_words), "+"),
        "plural_aux_before": regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.plural_auxiliaries) or '(?!)'})(?:[\s\u00a0]+\p{{Ll}}[\w-]*)?[\s\u00a0]+$", _FLAGS | regex.REVERSE
        ),
        "singular_aux_before": regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.singular_auxiliaries) or '(?!)'})(?:[\s\u00a0]+\p{{Ll}}[\w-]*)?[\s\u00a0]+$", _FLAGS | regex.REVERSE
        ),
        "negated": regex.compile(rf"(?<![\w'])(?:{_alt(lang.harm_negations) or '(?!)'})[\s\u00a0]+$", _FLAGS | regex.REVERSE),
        "parent_of": _ending(_alt(lang.parent_of) or "(?!)", "+"),
        "excepted": _ending(_alt(lang.exception_words) or "(?!)", "+"),
    }


def _place_patterns(lang: LanguageData) -> dict[str, regex.Pattern[str]]:
    """The patterns of places: kinds of place, locators, prepositions, seats."""
    return {
        "nationwide": _words(lang.nationwide_words),
        "capital": _words(lang.capital_words),
        "place_noun": _words(lang.place_nouns),
        "settlement_before": regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.settlement_nouns)})[\s\u00a0]+$", _FLAGS | regex.REVERSE
        ),
        "place_locator": regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.place_locators)})[\s\u00a0]+", _FLAGS),
        "foreign": _words(lang.foreign_troop_cues),
        "seat_after": regex.compile(at_once(rf"[\s\u00a0]+(?:{_alt(lang.seat_words)})(?![\w])"), _FLAGS),
        "street_after": regex.compile(at_once(rf"[\s\u00a0]+(?:{_alt(lang.street_words)})(?![\w])"), _FLAGS),
        "street_before": regex.compile(rf"(?<![\w])(?:{_alt(lang.street_before_words)})[\s\u00a0]+$", _FLAGS | regex.REVERSE),
        "corner_first": regex.compile(rf"(?<![\w])(?:{_alt(lang.street_corner_words)})[\s\u00a0]+$", _FLAGS | regex.REVERSE),
        "corner_join": regex.compile(
            rf"[\s\u00a0]+(?:{_alt(lang.street_corner_joins)})[\s\u00a0]+(?-i:(\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*\p{{L}}))(?![\p{{L}}\p{{N}}])",
            _FLAGS,
        ),
        "corner_second": regex.compile(
            rf"(?<![\w])(?:{_alt(lang.street_corner_words)})[\s\u00a0]+(?-i:(\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*\p{{L}}))"
            rf"[\s\u00a0]+(?:{_alt(lang.street_corner_joins)})[\s\u00a0]+$",
            _FLAGS | regex.REVERSE,
        ),
        # "Hamilton High West", "Saint Mary's Hospital", "Ascension Catholic Church", "Hamilton-Gymnasium" (case kept)
        "venue_after": regex.compile(
            rf"(?-i:(?:['’]s)?(?:[\s\u00a0]+\p{{Lu}}\p{{Ll}}+)?[\s\u00a0-]+(?:{_alt(map(regex.escape, lang.venue_words_after))})(?![\w]))",
            _FLAGS,
        ),
        "seat_before": regex.compile(
            rf"(?<![\w])(?:{_alt(lang.seat_words)})[\s\u00a0]+(?:{_alt(lang.location_prepositions)})[\s\u00a0]+$",
            _FLAGS | regex.REVERSE,
        ),
        "origin_before": regex.compile(
            rf"(?<![\w])(?:{_alt(lang.origin_words)})[\s\u00a0]*$", _FLAGS | regex.REVERSE
        ),
        "event_word": regex.compile(rf"(?:{_alt(lang.event_kinds)})(?![\w])", _FLAGS),
        "seat_prefix": regex.compile(
            rf"(?:{_alt(lang.location_prepositions)})[\s\u00a0]+\p{{Lu}}[\w.-]*(?:[\s\u00a0]+\p{{Lu}}[\w.-]*)?[\s\u00a0]+"
            rf"(?:{_alt(lang.seat_words)})[\s\u00a0]+",
            _FLAGS,
        ),
        "period_start": regex.compile(
            rf"(?<![\w])(?:{_alt(lang.not_as_of_before)})[\s\u00a0]+(?:(?:{_alt(lang.name_articles)})[\s\u00a0]+)?$",
            _FLAGS | regex.REVERSE,
        ),
        "wide_before": regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.nationwide_before)})[\s\u00a0]+$", _FLAGS | regex.REVERSE
        ),
        "part_before": regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.part_place_before)}),?[\s\u00a0]+(?:{_alt(lang.location_prepositions)})[\s\u00a0]+"
            rf"(?:\p{{Ll}}[\w-]*[\s\u00a0]+){{0,3}}$",
            _FLAGS | regex.REVERSE,
        ),
        "settlement_after": regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.settlement_nouns_after)})(?![\w])", _FLAGS),
        "part_after": regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.part_place_after)})(?![\w])", _FLAGS),
        "location_before": regex.compile(
            rf"(?<![\w-])(?:{_alt(lang.location_prepositions)})[\s\u00a0]+(?:\p{{Ll}}[\w-]*[\s\u00a0]+){{0,5}}"
            rf"(?:\p{{Lu}}[\w-]*(?:{_possessive(lang)})?[\s\u00a0]+(?:\p{{Ll}}{{1,3}}[\s\u00a0]+)?)?(?<![\w'’])(?:\p{{Ll}}['’])?$",
            regex.UNICODE | regex.REVERSE,  # anchored at the end: match() from there ("la ville d'" before "Alep")
        ),
    }


def _source_patterns(lang: LanguageData) -> dict[str, regex.Pattern[str]]:
    """The patterns of sources: cues, articles, pronouns, speaker nouns, media."""
    return {
        "according": _words(lang.according_to),
        "according_after": _words(lang.according_to_after),
        "citing": _words(lang.citing),
        "cited_by": _words(lang.cited_by),
        "self_attr": _words(lang.self_attribution),
        "speaker_noun": regex.compile(rf"(?:{_alt(lang.speaker_nouns)})", _FLAGS),
        "phrase_any": _named({f"p{i}": (p,) for i, p in enumerate(lang.speaker_phrases)}),
        "named_any": _named({f"n{i}": (p,) for i, p in enumerate(lang.named_sources)}),
        "referring": regex.compile(rf"(?:{_alt(lang.referring_nouns)})$", _FLAGS),
        "back_reference": regex.compile(rf"[\s\"„“»«]*(?:{_alt(lang.back_reference)})(?![\w])", _FLAGS),
        "article": regex.compile(rf"(?:{_alt(lang.articles)})", _FLAGS),
        "pronoun": regex.compile(rf"(?:{_alt(lang.pronouns)})", _FLAGS),
        "modifier_after": regex.compile(rf"(?:{_alt(lang.modifier_after)})", regex.UNICODE),
        "speaker_complement": regex.compile(
            rf"(?:[\s\u00a0]+(?:{_alt(lang.speaker_complements)})(?![\w'’-]))+", regex.UNICODE
        ),
        "media": _words(lang.media_words),
        "telling": _words(lang.telling_verbs),
        "observing": _words(lang.observation_verbs),
        "revising": _words(lang.revising_verbs),
        "forces_abroad": _words(lang.forces_abroad_words),
        "data_owner": _words(lang.owner_after),
        "owned_data": regex.compile(
            rf"(?:{_possessive(lang)})\s+(?:{'|'.join(map(regex.escape, sorted(lang.data_nouns))) or '(?!)'})(?![\w])",
            _FLAGS,
        ),
    }


def _possessive(lang: LanguageData) -> str:
    return "|".join(regex.escape(e) for e in lang.possessive_endings) or "(?!)"


def _joins(lang: LanguageData) -> dict[str, regex.Pattern[str]]:
    """The patterns of conjunctions, name particles and possessives."""
    return {
        "conj_stop": regex.compile(rf"(?<![\w-])(?:{_alt(lang.conjunctions)})(?![\w])", _FLAGS),
        # (read backwards from the figure: one attempt, ending where the figure begins)
        "kin_opener": regex.compile(rf"(?<![\w-])(?:{_alt(lang.kin_list_openers)})[\s\u00a0]+", _FLAGS | regex.REVERSE),
        "part_join": regex.compile(
            rf"(?:{_alt(lang.conjunctions)})(?:[\s\u00a0]+(?:{_alt(lang.list_possessives)}))?", _FLAGS
        ),
        "noun_join": regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.noun_conjunctions)})[\s\u00a0]+", regex.IGNORECASE),
        "next_subject": regex.compile(rf",[\s\u00a0]+(?:{_alt(lang.noun_conjunctions)})[\s\u00a0]+(?=(?-i:\p{{Lu}}))", _FLAGS),
        "bare_join": regex.compile(rf"[\s,]*(?:{_alt(lang.bare_joiners)})?[\s]*", _FLAGS),
        "name_particle": regex.compile(rf"(?:{_alt(lang.name_particles)})-\p{{Lu}}[\p{{L}}'’-]*"),
        "next_name_word": regex.compile(rf"[\s\u00a0]+(?:(?:{_alt(lang.name_articles)})[\s\u00a0]+)?\p{{Lu}}"),
        "next_lower_word": regex.compile(rf"(?:{_possessive(lang)})?[\s\u00a0]+(\p{{Ll}}[\p{{L}}-]*)"),
        "elided": regex.compile(rf"(?:{_alt(lang.elided_articles)})['’](?=\w)", _FLAGS),
    }


def _clause_patterns(lang: LanguageData) -> dict[str, regex.Pattern[str]]:
    """The patterns of a figure's clause: an auxiliary that opens the next one, the prisoners of a verb of fleeing."""
    return {
        "aux_between": regex.compile(
            rf"[\s\u00a0]*(?:{_alt((*lang.plural_auxiliaries, *lang.singular_auxiliaries)) or '(?!)'})"
            rf"(?:[\s\u00a0]+[\w-]+){{0,5}}[\s\u00a0]*",
            _FLAGS,
        ),
        "prisoner_noun": regex.compile(rf"(?<![\w-])(?:{_alt(lang.prisoner_nouns) or '(?!)'})(?![\w-])", _FLAGS),
        "increment_before": regex.compile(rf"(?<![\w-])(?:{_alt(lang.increment_words)})[\s\u00a0]+", _FLAGS | regex.REVERSE),
        "increment_after": regex.compile(rf"[\s\u00a0]+(?:{_alt(lang.increment_words)})(?![\w-])", _FLAGS),
        "total_after": regex.compile(rf"(?<![\w-])(?:{_alt(lang.total_after_words)})(?![\w-])[^.;:!?]{{0,120}}?\d", _FLAGS),
        "cause_opener": regex.compile(rf"(?:{_alt(lang.part_cause_openers)})[\s\u00a0]+\p{{L}}", _FLAGS),
        "degree": regex.compile(rf"(?<![\w-])(?:(?P<grave>{_alt(lang.grave_degree_words)})"
                                rf"|(?P<light>{_alt(lang.light_degree_words)}))(?![\w-])", _FLAGS),
    }
