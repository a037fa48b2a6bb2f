"""The grammar of one language: every pattern of the number grammar, compiled once from its data module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain

import regex

from .._patterns import Scan, candidates, gate, word_trie
from ..lang import LanguageData, get_language
from ..models import Category, Qualifier
from .backward import _Backward
from .pieces import (
    _DASH,
    _DIGITS,
    _QUOTES,
    _WS,
    _alternation,
    _first_chars,
    _literal_alternation,
    _named_longest_first,
)


@dataclass(frozen=True)
class Grammar:
    """Patterns compiled once for one language."""

    language: LanguageData
    anchor: regex.Pattern[str]
    anchor_scan: Scan | None  # the anchor's gate for the stdlib, see _patterns.gated_finditer
    qualifier_before: _Backward
    qualifier_after: regex.Pattern[str]
    range_after: regex.Pattern[str]
    range_after_open: regex.Pattern[str]
    range_opener_before: _Backward
    change_before: regex.Pattern[str]
    not_before: _Backward
    digits_not_before: _Backward  # "apartment 38", "County Road 7": only a figure in digits is no count after them
    house_before: _Backward  # "at 6301 Ranchester": a house number before a capitalised street name
    not_after: regex.Pattern[str]
    year_before: regex.Pattern[str]
    count_before: regex.Pattern[str]  # "stieg auf", "rose to" before a four-digit toll: no year
    month_before: _Backward
    month_after: regex.Pattern[str]
    ordinal_before: regex.Pattern[str]
    counted_after: regex.Pattern[str]
    harm_after: regex.Pattern[str]  # a verb of harm or a part right after a figure ("2059 verletzt", "1404 von ihnen")
    list_between: regex.Pattern[str]  # from a count to the next in a list of tolls (" Menschen getötet und ")
    atoms: regex.Pattern[str]
    vague_keys: tuple[tuple[regex.Pattern[str], str], ...]
    vague_key_cache: dict[str, str | None]  # a vague word as written (lowercased) -> its key
    words_cache: dict[str, tuple[int, int] | None]  # a figure in words as written -> _words_value
    scales: tuple[tuple[regex.Pattern[str], int], ...]
    atom_values: dict[str, int]
    joiners: frozenset[str]
    dozen_atoms: frozenset[str]
    fractions: dict[str, tuple[int, int]]
    mixed: regex.Pattern[str]  # a figure across digits and words: "4 thousand 3 hundred and 21"
    suffix_counted: regex.Pattern[str]  # what a figure with a suffix ("10k") counts, right after it
    counted_next: regex.Pattern[str]  # a noun of what is counted right after a figure
    partitive_next: regex.Pattern[str]  # "one of the victims": a part of a number, right after a figure
    not_number_before: regex.Pattern[str]  # "the one", "his score": an ambiguous word is no number
    name_before: regex.Pattern[str]  # a capitalised word before a capitalised number word: "Claudia Tausend"
    place_before: regex.Pattern[str]  # a preposition of place before a capitalised number word: "à Trente", a town
    ambiguous: frozenset[str]
    approximate: tuple[tuple[regex.Pattern[str], int | tuple[int, int], Qualifier], ...]
    or_equal_after: regex.Pattern[str]
    qualifier_ahead: regex.Pattern[str]  # a qualifier's phrase before a figure, read forwards
    bound_join: regex.Pattern[str]  # "more than 10 and less than 20": from the first bound to the second's phrase
    apposed_after: regex.Pattern[str]
    bound_starts: frozenset[str] | None  # first characters of a bound joiner / "or equal" / a number word or
    or_equal_starts: frozenset[str] | None  # joiner after a scale word: a cheap test before the pattern
    word_starts: frozenset[str] | None
    listed_after: regex.Pattern[str]  # " and Jose", " —", ", Jerrod": another named person, or the list's end
    harm_soon: regex.Pattern[str]  # what happened to what a figure counts, within two words
    age_after_name: regex.Pattern[str]  # " was shot", " of Dunbar" after "Name, 26": one person's age
    age_list_after: regex.Pattern[str]  # " and 8, were", " and Duncan, 23": the rest of a list of ages in apposition
    age_list_before: regex.Pattern[str]  # REVERSE: "her sons, 7 and ", "Lindsay, 24 and Duncan, ": its start


@dataclass(frozen=True)
class _Pieces:
    """The pattern pieces of one language that several of its grammar's patterns share."""

    flags: int
    back: int  # "before" patterns end at the figure: match() them backwards from it
    atom_values: dict[str, int]
    fractions: dict[str, tuple[int, int]]
    atoms: str
    joiners: str
    sep: str
    link: str
    lonely: str
    plain_join: str
    people: list[str]
    nouns: str
    harm: str
    conjunctions: str
    persons: str
    q: str
    quote: str


def _pieces(lang: LanguageData) -> _Pieces:
    flags = regex.IGNORECASE | regex.UNICODE
    atom_values: dict[str, int] = {}
    atom_values.update({k.lower(): v for k, v in lang.number_words.items()})
    atom_values.update({k.lower(): v for k, v in lang.multiplier_words.items()})
    atom_values.update({k.lower(): v for k, v in lang.dozen_words.items()})
    fractions = {k.lower(): v for k, v in lang.fraction_words.items()}
    atoms = _literal_alternation({*atom_values, *fractions})
    joiners = _literal_alternation(lang.number_joiners)
    sep = r"(?:[\s\u00a0-]*)" if lang.compound_numbers else rf"(?:{_WS}*-{_WS}*|{_WS}+)"
    # between two atoms: a separator, or a joiner ("hundred and five"); in a compound language the
    # joiner is glued ("einundzwanzig": "fünf und zwanzig" is two figures, as in "zwischen fünf und zwanzig")
    link = rf"(?:-?(?:{joiners})-?|{_WS}+(?:{joiners}){_WS}+|{sep})" if lang.compound_numbers else rf"(?:{sep}(?:(?:{joiners}){sep})?)"
    lonely = _literal_alternation({w.lower() for w in lang.not_alone})
    # an article ("ein", "a") is a figure only when more number words follow ("eine Million", "a dozen")
    # ... or when it opens a range ("ein bis zwei Tote", "eine oder zwei")
    plain_join = _literal_alternation([j for j in lang.range_joiners if j not in lang.range_joiners_after_opener]) or "(?!)"
    people = [
        *lang.person_words,
        *chain.from_iterable(lang.category_nouns.values()),
        *chain.from_iterable(lang.group_words.values()),
    ]
    nouns = _alternation([*people, *chain.from_iterable(lang.unit_words.values())]) or "(?!)"
    harm = _alternation([*chain.from_iterable(lang.category_verbs.get(c, ()) for c in (Category.DEATHS, Category.INJURIES, Category.ARRESTS))]) or "(?!)"
    return _Pieces(
        flags=flags,
        back=flags | regex.REVERSE,
        atom_values=atom_values,
        fractions=fractions,
        atoms=atoms,
        joiners=joiners,
        sep=sep,
        link=link,
        lonely=lonely,
        plain_join=plain_join,
        people=people,
        nouns=nouns,
        harm=harm,
        conjunctions=_alternation(lang.list_conjunctions) or "(?!)",
        persons=_alternation(people) or "(?!)",
        q=f"[{regex.escape(_QUOTES)}]?",
        quote=f"[{regex.escape(_QUOTES)}(]?",
    )


def _article(lang: LanguageData, p: _Pieces) -> str:
    """A lone article is a count of one when a person it counts follows, bare or after one adjective
    or an age in words (:attr:`~LanguageData.article_ages`): "darunter ein Polizist", "einen toten Mann",
    "ein 34 Jahre alter Mann", "a police officer"; not after a preposition of
    place ("in einem Auto", "bei einem Polizisten")."""
    if not p.lonely:
        return "(?!)"
    # (or an age in words instead of the one word: "ein 34 Jahre alter Mann")
    ages = rf"|{_WS}+(?:{_alternation(lang.article_ages)})" if lang.article_ages else ""
    elided = rf"(?:{_alternation(lang.elided_articles)})['’]" if lang.elided_articles else "(?!)"
    return (
        # (the cheap tests first: the article itself, then the gated noun, then the preposition behind)
        rf"(?<![\w-])(?:{p.lonely})(?![\w])"
        rf"(?:(?=(?:{_WS}+[\p{{L}}\d][\p{{L}}\d-]*{ages})?{_WS}+{gate(p.people)}(?:{p.persons})(?![\w]))"
        # (unless the preposition names the one harmed: "coûté la vie à un motard")
        rf"(?<!(?<![\w-])(?<!(?<![\w-])(?:{_alternation(lang.harmed_before_preposition) or '(?!)'}){_WS}+)"
        rf"(?:{_alternation(lang.location_prepositions) or '(?!)'}){_WS}+\w+)"
        # or right after a subset cue, whatever follows: "darunter eine Lehrerin", "including a 4-month-old baby"
        rf"|(?<=(?<![\w-])(?:{_alternation(lang.subset_cues) or '(?!)'})[\s\u00a0,:]+\w+)(?={_WS}+[\p{{L}}\d])"
        # or after a subset cue and an elided article, one word before the clause's end: "dont l'un gravement."
        rf"|(?<=(?<![\w-])(?:{_alternation(lang.subset_cues) or '(?!)'})[\s\u00a0]+{elided}\w+)(?={_WS}+\p{{L}}+{_WS}*(?:[,.;:)]|$))"
        # or as one of a number before it: "Einer von ihnen starb", "einer der Verletzten"
        rf"|(?={_WS}+(?:{_alternation(lang.subset_cues_after) or '(?!)'})(?![\w]))"
        # or as the part of a whole counted after it: "Einer der vier Verletzten", "eine von drei Frauen"
        rf"|(?={_WS}+(?:{_alternation(lang.part_of_number) or '(?!)'}){_WS}+(?:\d|(?:{p.atoms})(?![\w]))))"
    )


def _pair(lang: LanguageData, p: _Pieces) -> str:
    """"beide Fahrer", "both drivers": two, when a person follows that is not one of a list
    ("both soldiers and civilians")."""
    pairs = _literal_alternation({w.lower() for w in lang.pair_words})
    return (
        rf"(?<![\w-])(?:{pairs})(?![\w])"
        rf"(?=(?:{_WS}+\p{{L}}[\p{{L}}-]*)?{_WS}+{gate(p.people)}(?:{p.persons})(?![\w])"
        rf"(?!{_WS}*,?{_WS}*(?:{p.conjunctions})(?![\w])))"
        if pairs
        else "(?!)"
    )


def _anchor(lang: LanguageData, p: _Pieces) -> tuple[regex.Pattern[str], str]:
    """The pattern every figure starts with, and its cheap lookahead (for the stdlib gate)."""
    atoms, link, sep, lonely = p.atoms, p.link, p.sep, p.lonely
    range_next = rf"{_WS}*(?:{_DASH}|(?:{p.plain_join})(?![\w])){_WS}*(?:{atoms}|\d)"
    rounds = _literal_alternation({k.lower() for k in (*lang.multiplier_words, *lang.dozen_words)})
    # an article starts a figure only before a round word or a fraction ("a hundred", "a dozen", "eine
    # Million", "a half"), or joined to the next ("einundzwanzig"); "a two-year-old" is one person, no "a two"
    joined = rf"-?(?:{p.joiners})-?" if lang.compound_numbers else rf"{_WS}+(?:{p.joiners}){_WS}+"
    after_article = rf"(?:{link}(?=(?:{rounds}|{_literal_alternation(p.fractions)}))|{joined})"  # (the words once: see below)
    skip_lonely = (
        rf"(?!(?:{lonely})(?![\w])(?!{after_article}(?:{atoms}){{1,8}}(?![\w]))(?!{range_next}))"
    )
    word = rf"(?<![\w-]){skip_lonely}(?:{atoms})(?:{link}(?:{atoms})){{0,12}}(?![\w])"
    vague = (
        rf"(?<![\w-])(?P<vbase>{_alternation(lang.vague_words)})"
        rf"(?:{_WS}+(?P<vround>(?:{rounds})(?:{sep}(?:{rounds})){{0,2}}))?(?![\w])"
    )
    scale = _alternation(lang.scale_words)
    suffixes = _literal_alternation(k.lower() for k in lang.suffix_scales) if lang.suffix_scales else "(?!)"
    # digits glued to a letter are no count ("5th", "1990er", "20km"), unless it is a scale word or a
    # suffix before what is counted ("10k protesters": tested when it is read)
    digits = (
        rf"(?<![\w.,]|[^\W\d]-){_DIGITS}(?:{_WS}?(?P<scale>{scale})(?![\w])|(?P<suffix>{suffixes})(?![\w]))?(?!\p{{L}})"
    )
    # phrases that state an amount loosely ("a good dozen"), or name one by a word of multiplicity
    # ("double homicide", "Doppelmord"): read as one figure
    amounts = _amounts(lang)
    approx = rf"(?<![\w-])(?:{_alternation(amounts)})(?![\w])" if amounts else "(?!)"
    # every figure starts at a word boundary: test that first, it is cheap and rules out most positions;
    # then a cheap lookahead: a digit, or the literal start of a number word or vague amount
    # (where number words are written apart, each is a whole word: "an" must not let "and" through)
    atom_values, fractions = p.atom_values, p.fractions
    whole = {*lang.not_alone, *lang.pair_words, *([] if lang.compound_numbers else (*atom_values, *fractions))}
    starts = gate(
        [r"\d", *(w for w in (*atom_values, *fractions) if lang.compound_numbers), *lang.vague_words, *amounts]
    )
    whole_words = word_trie(set(whole))
    first = rf"(?=(?:{whole_words})(?![\w])|{starts[3:-1]})"
    anchor = regex.compile(
        rf"\b{first}(?:(?P<digits>{digits})|(?P<approx>{approx})|(?P<vague>{vague})|(?P<word>{word})|(?P<article>{_article(lang, p)})|(?P<pair>{_pair(lang, p)}))",
        p.flags,
    )
    return anchor, first


def _qualifier_phrases(qualifiers: dict[str, Qualifier], quote: str, phrases: list[str]) -> str:
    return rf"(?:{_named_longest_first({p: qualifiers[p] for p in phrases})}){_WS}*{quote}{_WS}*$"


def _opener_phrases(quote: str, phrases: list[str]) -> str:
    return rf"(?<![\w])(?:{_literal_alternation(phrases) or '(?!)'}){_WS}*{quote}{_WS}*$"


def _not_count_phrases(quote: str, phrases: list[str]) -> str:
    return rf"(?<![\w])(?:{_alternation(phrases) or '(?!)'}){_WS}*{quote}{_WS}*$"


def _house_phrases(phrases: list[str]) -> str:
    return rf"(?<![\w])(?:{_alternation(phrases) or '(?!)'}){_WS}+$"


def _month_phrases(phrases: list[str]) -> str:
    return rf"(?<![\w])(?:{_alternation(phrases) or '(?!)'}){_WS}*$"


def _backward(lang: LanguageData, p: _Pieces) -> tuple[_Backward, _Backward, _Backward, _Backward, _Backward]:
    """The "before" patterns matched backwards from a figure: a qualifier's phrase, a range's opener,
    what makes it no count, what makes a figure in digits no count, a month's name. (Their builders are module functions, so that a grammar
    can be pickled.)"""
    qualifiers = dict(lang.qualifiers)
    return (
        _Backward(qualifiers, partial(_qualifier_phrases, qualifiers, p.quote), p.back),
        _Backward(lang.range_openers, partial(_opener_phrases, p.quote), p.back, whole=True),
        _Backward(lang.not_count_before, partial(_not_count_phrases, p.quote), p.back),
        _Backward(lang.digits_not_count_before, partial(_not_count_phrases, p.quote), p.back),
        _Backward(lang.month_names, _month_phrases, p.back),
    )


def _qualifier_after(lang: LanguageData, p: _Pieces) -> regex.Pattern[str]:
    after_groups = []
    for qualifier in Qualifier:
        pats = [phrase for phrase, q in lang.qualifiers_after.items() if q is qualifier]
        if pats:
            after_groups.append(f"(?P<{qualifier.value}>{_alternation(pats)})")
    return regex.compile(
        rf"{_WS}*{p.quote}{_WS}*(?:{'|'.join(after_groups) or '(?!)'})(?![\w])", p.flags
    )


def _before(lang: LanguageData, back: int) -> tuple[regex.Pattern[str], ...]:
    """The forward-built "before" patterns: a change ("rose from"), a year's and a count's context,
    an ordinal's word, a determiner that makes a number word no number."""
    change_before = regex.compile(rf"(?<![\w])(?:{_alternation(lang.change_openers) or '(?!)'}){_WS}*$", back)
    year_before = regex.compile(
        rf"(?<![\w])(?:{_alternation(lang.year_context_before) or '(?!)'}){_WS}+$", back
    )
    count_before = regex.compile(
        rf"(?<![\w])(?:{_alternation(lang.count_context_before) or '(?!)'}){_WS}+$", back
    )
    ordinal_words = _alternation([*lang.articles, *lang.ordinal_before]) or "(?!)"
    ordinal_before = regex.compile(rf"(?<![\w])(?:{ordinal_words}){_WS}+$", back)
    # (an elided word has no space after it: "d'une même famille")
    not_number_before = regex.compile(
        rf"(?<![\w])(?:{_alternation(lang.not_number_before) or '(?!)'})(?:{_WS}+|(?<=['’]))$", back
    )
    return change_before, year_before, count_before, ordinal_before, not_number_before


def _words_patterns(lang: LanguageData, p: _Pieces) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The tokens of a figure in words, and a figure across digits and words ("4 thousand 3 hundred and 21")."""
    every = _literal_alternation({*p.atom_values, *p.fractions, *(j.lower() for j in lang.number_joiners)})
    lead, trail = ("", "") if lang.compound_numbers else (r"(?<![\w])", r"(?![\w])")
    atom_pattern = regex.compile(rf"{lead}(?:{every}){trail}|(?<![\d.,])[1-9]\d{{0,2}}(?![\d])", p.flags)
    word_atom = rf"(?:{p.atoms}){trail}"
    mixed = regex.compile(
        rf"[1-9]\d{{0,2}}{p.link}{word_atom}(?:{p.link}(?:{word_atom}|[1-9]\d{{0,2}}(?![\d]|[.,]\d))){{0,12}}", p.flags
    )
    return atom_pattern, mixed


def _after(lang: LanguageData, p: _Pieces) -> tuple[regex.Pattern[str], ...]:
    """What follows a figure: what it counts, a unit, a month, a verb of harm, a part, the next toll of a list."""
    flags, q, nouns, harm = p.flags, p.q, p.nouns, p.harm
    nouns_next = rf"{_WS}+{q}(?:{nouns})(?![\w])"
    return (
        regex.compile(rf"{_WS}*(?:{_alternation(lang.not_count_after) or '(?!)'})(?![\w])|{_WS}?(?:%|‰)|:\d|/\d|[.,]\d", flags),
        regex.compile(rf"\.?{_WS}*(?:{_alternation(lang.month_names) or '(?!)'})(?![\w])", flags),
        # what a year-like figure counts, not behind a determiner or possessive: "hatte 2009 seine erste Frau
        # getötet", "killed in 2009 his wife" name a year, no 2009 wives
        regex.compile(rf"(?!{_WS}+(?:{_alternation(lang.not_number_before) or '(?!)'})(?![\w]))"
                      rf"(?:{_WS}+{q}\p{{L}}[\p{{L}}-]*{q}){{0,2}}?{_WS}+{q}(?:{nouns})(?![\w])", flags),
        regex.compile(rf"{_WS}+(?:{harm}|{_alternation(lang.subset_cues_after) or '(?!)'})(?![\w])", flags),
        regex.compile(rf"(?:{_WS}+{q}[\p{{L}}-]+{q}){{0,3}}[\s\u00a0]*(?:,|(?:,{_WS}*)?(?:{p.conjunctions})(?![\w])){_WS}*", flags),
        regex.compile(rf"-(?:{nouns})(?![\w])|(?:{_WS}+{q}\p{{L}}[\p{{L}}-]*{q})?{nouns_next}", flags),
        regex.compile(nouns_next, flags),
        # a part of a number: "one of the victims", "l'un d'entre eux"
        regex.compile(rf"{_WS}+(?:{_alternation([*lang.part_of_number, *lang.subset_cues_after]) or '(?!)'})(?![\w])", flags),
        regex.compile(rf"(?:{_WS}+\p{{L}}+){{0,2}}?{_WS}+(?:{harm})(?![\w])", flags),
    )


def _bound_patterns(lang: LanguageData, p: _Pieces) -> tuple[regex.Pattern[str], ...]:
    """A qualifier's phrase read forwards, "or equal" after a bound, the join of two bounds."""
    bound_words = _alternation(lang.bound_joiners) or "(?!)"
    or_equal = _alternation(lang.or_equal_after) or "(?!)"
    return (
        regex.compile(rf"(?:{_named_longest_first(dict(lang.qualifiers))}){_WS}*", p.flags),
        regex.compile(
            rf"{_WS}*,?{_WS}*(?:{or_equal})(?![\w])(?!{_WS}*(?:\d|(?:{p.atoms})(?![\w])))", p.flags
        ),
        regex.compile(rf"{_WS}*(?:(?<![\w])(?:{bound_words})(?![\w])|,){_WS}*", p.flags),
    )


def _amounts(lang: LanguageData) -> dict[str, tuple[int | tuple[int, int], Qualifier]]:
    """The phrases read as one figure: loose amounts and words of multiplicity, with their value and qualifier."""
    return {**lang.approximate_nouns, **{p: (v, q) for p, (v, q, *_) in lang.multiplicity_words.items()}}


def _names(lang: LanguageData) -> tuple[regex.Pattern[str], ...]:
    """A name before a capitalised number word; an apposition after a figure; another named person
    next; the rest of a list of ages in apposition."""
    coordinators = _literal_alternation(lang.coordinators) or "(?!)"
    return (
        regex.compile(rf"(?<![\w])\p{{Lu}}\p{{Ll}}+{_WS}+$", regex.REVERSE | regex.UNICODE),
        # "The driver, 52, was", a headline's "Boy, 15, Dies"; a headline ending in the age: "killing of girl, 7", "girl, 3."
        regex.compile(rf", [\"'‘“]?(?!(?:{coordinators}) )\p{{L}}|\.?[ \t\u00a0]*(?:\n|$)"),
        # after a name: another named person, a coordinated verb ("Ana Ruiz, 15, and killed her"), the
        # sentence's end ("was Tom Reyes, 21.") or the list's ("Lana Carlson, 49;", "Ana Ruiz, 79 (the manager)");
        # then the words of one person's age ("Kalone Mcgee, 26 was shot", "Jamaine Sutton, 32 of Dunbar")
        regex.compile(
            rf"[,;]? (?:{coordinators}) \p{{Lu}}|, \p{{Lu}}\p{{Ll}}+ \p{{Lu}}\p{{Ll}}|, (?:{coordinators}) (?:\p{{Ll}}|\d{{1,3}}-)"
            rf"| ?(?:[—–]|--)|\.(?:[\s\u00a0]|$)|[\s\u00a0]*$|;| \("
        ),
        regex.compile(rf"{_WS}+(?:{_alternation(lang.age_after_name) or '(?!)'})(?![\w])", regex.IGNORECASE),
        # "her sons, 7 and 8, were hurt", "Chadney and Kara -- 19 and 17 --", "Lindsay, 24 and Duncan, 23"
        regex.compile(
            rf"(?:, \d{{1,3}})*,? (?:{coordinators}) (?:\d{{1,3}}(?:,| ?(?:[—–]|--)|\.(?:[\s\u00a0]|$))"
            rf"|\p{{Lu}}[\p{{L}}'’-]+(?: \p{{Lu}}[\p{{L}}'’-]+)*, \d{{1,3}}(?![\d.,]\d))"
        ),
        regex.compile(
            rf"\p{{L}}[\"'”’)]?(?:,| ?(?:[—–]|--)) (?:\d{{1,3}}, )*\d{{1,3}}[,;]? (?:{coordinators}) "
            rf"(?P<named>\p{{Lu}}[\p{{L}}'’-]+(?: \p{{Lu}}[\p{{L}}'’-]+)*, )?$",
            regex.REVERSE,
        ),
    )


@lru_cache(maxsize=16)
def grammar(code: str) -> Grammar:
    """The compiled grammar of a language (cached)."""
    lang = get_language(code)
    p = _pieces(lang)
    flags = p.flags
    anchor, first = _anchor(lang, p)
    qualifier_before, range_opener_before, not_before, digits_not_before, month_before = _backward(lang, p)
    change_before, year_before, count_before, ordinal_before, not_number_before = _before(lang, p.back)
    atoms, mixed = _words_patterns(lang, p)
    (not_after, month_after, counted_after, harm_after, list_between, suffix_counted, counted_next,
     partitive_next, harm_soon) = _after(lang, p)
    qualifier_ahead, or_equal_after, bound_join = _bound_patterns(lang, p)
    name_before, apposed_after, listed_after, age_after_name, age_list_after, age_list_before = _names(lang)
    open_join = _literal_alternation(lang.range_joiners) or "(?!)"
    return Grammar(
        language=lang,
        anchor=anchor,
        anchor_scan=candidates(first),
        qualifier_before=qualifier_before,
        qualifier_after=_qualifier_after(lang, p),
        range_after=regex.compile(rf"{_WS}*(?:{_DASH}|(?:{p.plain_join})(?![\w])){_WS}*", flags),
        range_after_open=regex.compile(rf"{_WS}*(?:{_DASH}|(?:{open_join})(?![\w])){_WS}*", flags),
        range_opener_before=range_opener_before,
        change_before=change_before,
        not_before=not_before,
        digits_not_before=digits_not_before,
        house_before=_Backward(lang.house_number_before, _house_phrases, p.back),
        not_after=not_after,
        year_before=year_before,
        count_before=count_before,
        month_before=month_before,
        month_after=month_after,
        ordinal_before=ordinal_before,
        counted_after=counted_after,
        harm_after=harm_after,
        list_between=list_between,
        atoms=atoms,
        vague_keys=tuple((regex.compile(rf"(?:{pattern})$", flags), key) for pattern, key in lang.vague_words.items()),
        vague_key_cache={},
        words_cache={},
        scales=tuple((regex.compile(rf"(?:{pattern})$", flags), v) for pattern, v in lang.scale_words.items()),
        atom_values=p.atom_values,
        joiners=frozenset(j.lower() for j in lang.number_joiners),
        dozen_atoms=frozenset(k.lower() for k in lang.dozen_words),
        fractions=p.fractions,
        mixed=mixed,
        suffix_counted=suffix_counted,
        counted_next=counted_next,
        partitive_next=partitive_next,
        not_number_before=not_number_before,
        name_before=name_before,
        place_before=regex.compile(
            rf"(?<![\w])(?:{_alternation(lang.location_prepositions) or '(?!)'}){_WS}+$", regex.IGNORECASE | regex.REVERSE
        ),
        ambiguous=frozenset(w.lower() for w in lang.ambiguous_number_words),
        # matched in the text where the anchor found them (a phrase may look ahead: "Erschießung eines")
        approximate=tuple((regex.compile(rf"(?:{pattern})", regex.IGNORECASE), v, q) for pattern, (v, q) in _amounts(lang).items()),
        or_equal_after=or_equal_after,
        qualifier_ahead=qualifier_ahead,
        bound_join=bound_join,
        bound_starts=_first_chars(lang.bound_joiners),
        or_equal_starts=_first_chars(lang.or_equal_after),
        word_starts=_first_chars([regex.escape(w) for w in (*p.atom_values, *p.fractions, *lang.number_joiners, *"123456789")]),
        apposed_after=apposed_after,
        listed_after=listed_after,
        harm_soon=harm_soon,
        age_list_after=age_list_after,
        age_after_name=age_after_name,
        age_list_before=age_list_before,
    )
