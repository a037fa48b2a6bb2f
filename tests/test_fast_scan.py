"""The stdlib candidate scan (`_patterns.gated_finditer`) finds exactly what the plain `regex` scan
finds: on news sentences, on any Unicode text, and on the characters where the two engines differ."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_reconcile._patterns import candidates, folded, gate, gated_finditer
from casualty_reconcile.engine import lexicon as lexicon_module
from casualty_reconcile.engine import patterns as patterns_module
from casualty_reconcile.extract import lexicon
from casualty_reconcile.numbers import grammar
from tests.cases import de_extract, en_extract

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LANGUAGES = ("de", "en")


def scans(code: str) -> list[tuple[str, regex.Pattern[str], object, bool]]:
    lex = lexicon(code)
    g = grammar(code)
    return [("anchor", g.anchor, g.anchor_scan, False), ("marks", lex.marks, lex.marks_scan, True)]


def spans(pattern: regex.Pattern[str], scan: object, text: str, overlapped: bool, lo: int = 0, hi: int | None = None) -> tuple[list, list]:  # type: ignore[type-arg]
    plain = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text, lo, len(text) if hi is None else hi, overlapped=overlapped)]
    fast = [(m.start(), m.end(), m.lastgroup) for m in gated_finditer(pattern, scan, text, folded(text), lo, hi, overlapped=overlapped)]  # type: ignore[arg-type]
    return plain, fast


@pytest.mark.parametrize("code", LANGUAGES)
def test_both_scans_have_a_stdlib_gate(code: str) -> None:
    for name, _, scan, _ in scans(code):
        assert scan is not None, name


@pytest.mark.parametrize("code", LANGUAGES)
def test_same_matches_on_the_case_tables(code: str) -> None:
    module = de_extract if code == "de" else en_extract
    text = "\n\n".join(case.text for case in module.CASES)
    assert folded(text) is not None  # the fast path is taken
    for name, pattern, scan, overlapped in scans(code):
        plain, fast = spans(pattern, scan, text, overlapped)
        assert plain, name
        assert fast == plain, name


@pytest.mark.parametrize(
    "text",
    [
        "ſeveral hundred",  # long s: `regex` folds it to "s", lower() does not
        "½three people",  # a word character to `re`, not to `regex`
        "İstanbul: 12 Tote",  # lowercases to two characters
        "\U0001d7d8 Tote",  # a mathematical digit
        "Киев: двенадцать, 12 dead",
        "😀 12 killed",
    ],
    ids=["long-s", "vulgar-fraction", "dotted-capital-i", "math-digit", "cyrillic", "emoji"],
)
def test_odd_characters_give_the_same_matches(text: str) -> None:
    for code in LANGUAGES:
        for name, pattern, scan, overlapped in scans(code):
            plain, fast = spans(pattern, scan, text, overlapped)
            assert fast == plain, (code, name)


@pytest.mark.parametrize("text", ["ſ", "½", "İ", "²"])
def test_characters_the_engines_read_differently_leave_the_fast_path(text: str) -> None:
    assert folded(f"zwölf {text} Tote") is None


def test_plain_news_text_takes_the_fast_path() -> None:
    assert folded("„Mindestens 164 Menschen“ – Straße, São Paulo, 5 € …") == "„mindestens 164 menschen“ – straße, são paulo, 5 € …"


def test_gates_with_classes_or_capitals_get_no_stdlib_scan() -> None:
    assert candidates(gate([r"[\s\u00a0]+foo"])) is None
    assert candidates(gate([r"\p{Lu}\w+"])) is None
    assert candidates(gate(["Foo"])) is not None  # literal prefixes are lowercased
    assert candidates("no gate") is None


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_number_anchor_scans_for_the_character_before_a_word(code: str) -> None:
    scan = grammar(code).anchor_scan
    assert scan is not None and scan.after is not None  # every figure starts with a word character


def test_a_gate_of_word_starts_finds_the_starts_a_word_boundary_scan_finds() -> None:
    words = candidates(gate(["foo", r"\d+"]))
    dash = candidates(gate(["-foo", "bar"]))  # a start that is no word character: found apart
    marks = candidates(gate(["-foo", ".foo", ",foo", "(foo", ")foo", "bar"]))  # more such: the boundary scan
    assert words is not None and words.after is not None and words.marks is None
    assert dash is not None and dash.after is not None and dash.marks is not None
    assert marks is not None and marks.after is None
    text = "foo bar -foo x-foo xfoo 12 a1 foo,foo -bar -foo .foo a.foo"
    for scan in (words, dash, marks):
        for lo in range(len(text) + 1):
            for hi in (lo, len(text) - 4, len(text)):
                expected = [m.start() for m in scan.pattern.finditer(text, lo, hi)]
                assert list(scan.starts(text, lo, hi)) == expected, (lo, hi)
    assert list(words.starts(text, 0, len(text))) == [0, 9, 15, 24, 30, 34, 44, 49, 55]
    assert list(dash.starts(text, 0, len(text))) == [4, 14, 39]  # "-foo" after a word character only


PIECES = st.one_of(
    st.characters(),
    st.sampled_from([*"0123456789 ,.-\nſ½İ", "mehr als ", "several ", "Tote", "killed", "laut ", "zwölf", "sagte"]),
)


def draw_window(data: st.DataObject, text: str) -> tuple[int, int]:
    """A window ``lo <= hi`` of ``text`` to scan."""
    lo = data.draw(st.integers(0, len(text)))
    return lo, data.draw(st.integers(lo, len(text)))


@given(text=st.lists(PIECES, max_size=60).map("".join), data=st.data())
@SETTINGS
def test_same_matches_on_any_text_and_window(text: str, data: st.DataObject) -> None:
    lo, hi = draw_window(data, text)
    for code in LANGUAGES:
        for name, pattern, scan, overlapped in scans(code):
            plain, fast = spans(pattern, scan, text, overlapped, lo, hi)
            assert fast == plain, (code, name)


# ---- capitalised words and name pairs (the article's country) -----------------------------------

def capitalised_both(text: str) -> tuple[list[str], list[str]]:
    plain = patterns_module._CAPITALISED.findall(text)
    fast = patterns_module._capitalised_fast().findall(text)
    return plain, fast


def name_pairs_both(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    plain = [(m.group(1), m.group(2)) for m in patterns_module._NAME_PAIR.finditer(text, overlapped=True)]
    fast = [(m.group(0) + m.group(1), m.group(2)) for m in patterns_module._name_pair_fast().finditer(text)]
    return plain, fast


@pytest.mark.parametrize("code", LANGUAGES)
def test_capitalised_words_and_name_pairs_agree_on_the_case_tables(code: str) -> None:
    module = de_extract if code == "de" else en_extract
    text = "\n\n".join(case.text for case in module.CASES)
    plain, fast = capitalised_both(text)
    assert len(plain) > 100 and fast == plain
    plain_pairs, fast_pairs = name_pairs_both(text)
    assert len(plain_pairs) > 20 and fast_pairs == plain_pairs


@given(text=st.lists(st.one_of(PIECES, st.sampled_from(["Ali ", "Hassan", "O'Brien ", "Kabul", "-", "U.S. ", "\u0483"])), max_size=60).map("".join))
@SETTINGS
def test_capitalised_words_and_name_pairs_agree_where_the_fast_path_is_taken(text: str) -> None:
    if folded(text) is None:
        return  # the plain scans run
    plain, fast = capitalised_both(text)
    assert fast == plain
    plain_pairs, fast_pairs = name_pairs_both(text)
    assert fast_pairs == plain_pairs


def test_a_combining_mark_leaves_the_fast_path() -> None:
    assert folded("Stadt\u0483 Kabul") is None  # a word character to `regex`, not to `re`


# ---- lexicon searches in a window (_patterns.gated_search, gated_last) ---------------------------

LEXICONS = ("cat_noun", "cat_verb", "group", "person", "unit", "further", "participant_verb", "toll", "foreign",
            "nationwide", "named_any", "phrase_any", "speech", "side", "np_stop")


def window_results(code: str, text: str, lo: int, hi: int) -> list[tuple[str, object, object]]:
    from casualty_reconcile._patterns import gated_last, gated_search

    def key(m: object) -> object:
        return None if m is None else (m.span(), m.lastgroup)  # type: ignore[attr-defined]

    lex = lexicon(code)
    low = folded(text)
    out = []
    for name in LEXICONS:
        pattern = getattr(lex, name)
        scan = lexicon_module._SCANS.get(pattern)
        plain_all = list(pattern.finditer(text, lo, hi))
        out.append((f"{name} search", key(pattern.search(text, lo, hi)), key(gated_search(pattern, scan, text, low, lo, hi))))
        out.append((f"{name} last", key(plain_all[-1] if plain_all else None), key(gated_last(pattern, scan, text, low, lo, hi))))
    return out


@pytest.mark.parametrize("code", LANGUAGES)
def test_lexicon_searches_in_windows_agree_on_the_case_tables(code: str) -> None:
    lex = lexicon(code)
    assert all(lexicon_module._SCANS.get(getattr(lex, name)) is not None for name in ("cat_noun", "cat_verb", "group"))
    module = de_extract if code == "de" else en_extract
    found = 0
    for case in module.CASES[:80]:
        text = case.text
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text)), (5, max(5, len(text) // 2))):
            for name, plain, fast in window_results(code, text, lo, hi):
                assert fast == plain, (case.id, name, lo, hi)
                found += plain is not None
    assert found > 100


LEXICON_PIECES = st.one_of(
    PIECES,
    st.sampled_from(["sagte ", "sei ", "seit ", "Polizei", "nach Angaben ", "Soldaten", "said ", "police ", "soldiers", "-"]),
)


@given(text=st.lists(LEXICON_PIECES, max_size=40).map("".join), data=st.data())
@SETTINGS
def test_lexicon_searches_agree_on_any_text_and_window(text: str, data: st.DataObject) -> None:
    lo, hi = draw_window(data, text)
    for code in LANGUAGES:
        for name, plain, fast in window_results(code, text, lo, hi):
            assert fast == plain, (code, name)


def test_a_group_after_a_literal_start_gives_longer_prefixes() -> None:
    from casualty_reconcile._patterns import prefixes

    assert prefixes(r"nach (?:ersten |offiziellen )?angaben(?: von| des)?") == {
        "nach ersten angaben", "nach offiziellen angaben", "nach angaben"}
    assert prefixes(r"montag(?:abend|morgen)") == {"montagabend", "montagmorgen"}
    assert prefixes(r"sagte(?:n)?") == {"sagte"}  # a one-letter continuation adds nothing
    assert prefixes(r"x(?:ab)*c") is None  # a repeated group may be absent: no prefix of two letters


def test_a_digit_after_a_literal_start_is_read_into_its_prefixes() -> None:
    # "the \d{1,3}-year-olds" made every "the" of an English text a start of the number anchor (6,793 of 9,003)
    from casualty_reconcile._patterns import prefixes

    digits = {f"the {d}" for d in "0123456789"}
    assert prefixes(r"the \d{1,3}-year-olds") == digits
    assert prefixes(r"the \d+ dead") == digits and prefixes(r"the \d dead") == digits
    for optional in (r"the \d?x", r"the \d*x", r"the \d{0,2}x"):  # (a digit that may be absent: the word only)
        assert prefixes(optional) == {"the "}
    assert prefixes(r"(?:the|die) \d{1,3}") == digits | {f"die {d}" for d in "0123456789"}
    scan = candidates(gate([r"the \d{1,3}-year-olds"]))
    assert scan is not None
    text = "the men and the 15-year-olds, the 3 others"
    assert list(scan.starts(text, 0, len(text))) == [12, 30]


def test_a_whole_word_entry_gates_only_the_whole_word() -> None:
    scan = candidates(gate(["sei", "hieß es"], word_end=True))
    assert scan is not None
    text = "er sei da, seit gestern, seine frau. hieß es"
    assert list(scan.starts(text, 0, len(text))) == [3, 37]
    loose = candidates(gate(["sei"]))  # without word_end: a prefix
    assert loose is not None and list(loose.starts(text, 0, len(text))) == [3, 11, 25]


def test_a_leading_look_around_leaves_the_prefixes_to_what_follows() -> None:
    from casualty_reconcile._patterns import prefixes

    assert prefixes(r"(?!killed (?:his|her)\b)(?:died|dead)") == {"died", "dead"}
    assert prefixes(r"(?<![\w-])(?<!\band )victim") == {"victim"}
    assert prefixes(r"(?=x)?ab") is None  # a look-around with a quantifier: not read
    assert prefixes(r"(?<![\w-])") is None  # nothing after it


@pytest.mark.parametrize("code", ("de", "en", "fr"))
def test_patterns_that_open_with_a_look_behind_get_a_stdlib_scan(code: str) -> None:
    # French category words and cues open with look-behinds ("(?<![\w-])morts?"): they hid the literal
    # starts from the gate, and the lexicon tried the patterns at every word
    lex = lexicon(code)
    for name in ("cat_noun", "cat_verb", "marks"):
        assert lexicon_module._SCANS[getattr(lex, name)] is not None, name
    assert grammar(code).anchor_scan is not None


@pytest.mark.parametrize("code", ("de", "en", "fr"))
def test_amounts_gate_the_number_anchor_by_more_than_a_word_before_a_gap(code: str) -> None:
    # the number anchor is tried at every start its gate admits: a phrase read as one figure whose literal start
    # is one word before an optional word or a group ("(?:a|ont) (?:mortellement )?(?:tué|abattu)": "a ", "ont ")
    # let every auxiliary through, and French read 6% slower; one short word and a space may start a phrase only
    # before a digit ("die \d{1,3}-jährigen")
    from casualty_reconcile._patterns import prefixes
    from casualty_reconcile.lang import get_language

    lang = get_language(code)
    for pattern in (*lang.approximate_nouns, *lang.multiplicity_words):
        for start in prefixes(pattern) or ():
            one_word = start.endswith(" ") and " " not in start.rstrip() and len(start) <= 6  # (a short word: "which ")
            assert not one_word or f"{start.rstrip()} \\d" in pattern, (start, pattern)
