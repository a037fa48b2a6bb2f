"""Shortcuts that keep the result: an ASCII text is folded without the search for odd characters,
a pattern made for ``match`` at a position (`_patterns.at_once`) matches what it did, the German streets
read possessively match what they did, a window's first sentences are those of the whole, and a line in
title case and a lead's names are told alike by the standard library's search and by reading each word."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_reconcile._patterns import _ascii_safe, _unsafe, at_once, folded
from casualty_reconcile.engine import country as country_module
from casualty_reconcile.engine import patterns as patterns_module
from casualty_reconcile.engine.pipeline import Extractor
from casualty_reconcile.event_words import _NAME_RUN, _WORD, _fast_scans, _title_cased, lead_names
from casualty_reconcile.extract import lexicon
from casualty_reconcile.lang import get_language
from casualty_reconcile.numbers.filters import _AFTER_DIGIT_LINK, _NUMBER_SIGN_BEFORE, _ends_with
from tests.corpus_texts import case_texts, seed_texts

ASCII = "".join(map(chr, range(128)))


def test_no_ascii_character_leaves_the_fast_path() -> None:
    assert _ascii_safe()
    assert _unsafe().search(ASCII) is None
    assert folded(ASCII) == ASCII.lower()
    assert folded("12 killed ½") is None  # a text with an odd character outside ASCII still leaves it


@pytest.mark.parametrize(
    ("pattern", "text", "pos"),
    [
        (r"^[\s\ufeff]*(?:date)[\s:]+(?P<date>\d{4})", "  Date: 2024-01-05 ...", 0),
        (r"[\s\u00a0]*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,7}\)", "Human Rights Watch (HRW) said", 18),
        (r"[\s\u00a0]*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,7}\)", "Human Rights Watch said (HRW)", 18),
        (r"(?P<a>x)|(?P<b>y)", "..y", 2),
    ],
)
def test_a_pattern_for_match_at_once_gives_the_same_match(pattern: str, text: str, pos: int) -> None:
    plain = regex.compile(pattern, regex.IGNORECASE).match(text, pos)
    fast = regex.compile(at_once(pattern), regex.IGNORECASE).match(text, pos)
    assert (fast and (fast.span(), fast.lastgroup, fast.groupdict())) == (plain and (plain.span(), plain.lastgroup, plain.groupdict()))


def test_the_patterns_matched_at_a_position_are_made_for_it() -> None:
    lex = lexicon("en")
    for pattern in (lex.header, lex.seat_after, patterns_module._SHORT_NAME, patterns_module._DATELINE_AFTER):
        assert pattern.pattern.endswith("|(?!))"), pattern.pattern
    assert lex.header.match("date 2024-01-05\n\nText") is not None


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Two people were killed, a police officer told Reuters on Sunday (AP) and later told AFP."),
        ("en", "THE ASSOCIATED PRESS reported 3 dead (Reuters)."),
        ("en", "Three people were killed in Kabul, officials said."),  # no outlet
        ("de", "Wie ein Sprecher der Deutschen Presse-Agentur sagte, starben 3 Menschen (dpa)."),
        ("de", "Nach Angaben der dpa und der Nachrichtenagentur AFP gab es zwölf Tote."),
        ("de", "Nach Angaben der dpa ſ gab es zwölf Tote."),  # a long s: the plain search
        ("fr", "Trois personnes ont été tuées lundi, a indiqué à l’AFP un responsable, selon L'Agence Reuters."),
        ("fr", "Le bilan de l'attaque s'élève à douze morts, selon les autorités locales."),  # no outlet, many "l"
    ],
)
def test_the_outlet_in_the_head_is_the_first_the_plain_search_finds(code: str, text: str) -> None:
    from casualty_reconcile.engine.pipeline import Extractor

    lex = lexicon(code)
    engine = Extractor(text, lex, "doc", None, "2024-01-07")
    fast, plain = engine._outlet_in_head(), lex.outlet_any.search(text, 0, 2000)
    assert (fast and (fast.span(), fast.lastgroup)) == (plain and (plain.span(), plain.lastgroup))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("KABUL, Afghanistan (AP) — Three people were killed on Sunday.", "AP"),
        ("ALMATY (dpa-AFX) - 12 Menschen starben.", "dpa-AFX"),
        ("Kabul: Three people were killed on Sunday.", None),  # no dash, no parenthesis: no dateline
    ],
)
def test_a_dateline_needs_a_dash_or_a_parenthesis(text: str, source: str | None) -> None:
    from casualty_reconcile import extract

    claims = extract(text, language="de" if "Menschen" in text else "en", published="2024-01-07")
    assert claims and claims[0].source == source


SPACE_PIECES = st.one_of(
    st.sampled_from([" ", "  ", "\n", "\n\n", " \n", "\n ", "\t", "\u00a0", "\u2009", "\u3000", "a", "Wort", "é", "„", "12"]),
    st.characters(),
)


@given(text=st.lists(SPACE_PIECES, max_size=30).map("".join))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_text_told_to_need_no_respacing_gets_what_the_substitution_gives(text: str) -> None:
    from casualty_reconcile import textnorm

    fast_text, fast = textnorm._spaces(text)
    plain_text, plain = textnorm._substitute(text, textnorm._SPACES, textnorm._space)
    assert fast_text == plain_text
    assert (fast._norm, fast._orig, bytes(fast._copied), fast.length) == (plain._norm, plain._orig, bytes(plain._copied), plain.length)


def test_a_text_of_single_spaces_and_paragraph_breaks_needs_no_respacing() -> None:
    from casualty_reconcile import textnorm

    text = "Zwei Menschen starben.\n\nDie Polizei\nteilte mit"
    assert textnorm._spaces(text)[1].identity
    assert not textnorm._spaces(text.replace(" ", "\u00a0", 1))[1].identity


@pytest.mark.parametrize(
    ("code", "text", "country"),
    [
        ("en", "Talks between Peru and Chile ended. Peru and Chile sent envoys.", "Peru"),
        ("en", "Talks between Chile and Peru ended. Chile and Peru sent envoys.", "Chile"),
        ("en", "Talks between Chile and Peru ended. Peru sent envoys, and Peru said so.", "Peru"),  # more often
        ("de", "In Peru und Chile starben 3 Menschen.", "Peru"),
        ("de", "Die Regierung sprach von 3 Toten.", None),
    ],
)
def test_the_articles_country_is_the_most_named_and_of_equals_the_first(code: str, text: str, country: str | None) -> None:
    from casualty_reconcile import geo
    from casualty_reconcile.engine.pipeline import Extractor

    engine = Extractor(text, lexicon(code), "doc", None, "2024-01-07")
    found = engine._article_country(0)
    expected = None if country is None else engine._place(country)
    assert found == (expected.country if expected is not None else None)
    assert country is None or isinstance(expected, geo.Place)


def test_a_small_class_of_literal_characters_continues_an_outlet_start() -> None:
    from casualty_reconcile._patterns import literal_starts

    assert literal_starts([r"à l['’]afp|\(afp\)"]) == ("(afp)", "à l'afp", "à l’afp")
    assert literal_starts([r"ab?['’]c"]) == ("a",)  # the literal start ends before the class
    assert "l" not in lexicon("fr").outlet_prefixes  # not every "l" of a French text is tried


@given(before=st.lists(st.sampled_from([*"ab 1\u0663\n-–—:/.#№x"]), max_size=6).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_end_tests_of_the_filters_give_what_the_backward_searches_gave(before: str) -> None:
    """numbers.filters._ends_with: the last characters read as the searches ``\\d[-–—:/.]$`` and
    ``(?:\\d[:/]|[/#№])$`` read them (``$`` also before a last line break)."""
    link = regex.compile(r"\d[-–—:/.]$", regex.REVERSE)
    sign = regex.compile(r"(?:\d[:/]|[/#№])$", regex.REVERSE)
    assert _ends_with(before, "", after_digit=_AFTER_DIGIT_LINK) == (link.search(before) is not None)
    assert _ends_with(before, _NUMBER_SIGN_BEFORE, after_digit=":") == (sign.search(before) is not None)


_AGED_NAME_PLAIN = regex.compile(r"(?<![\p{L}\p{M}-])(\p{Lu}[\p{L}\p{M}-]*\p{L})(?=,[ \u00a0]\d{1,3}[,;.]|[ \u00a0]\(\d{1,3}\))")


@pytest.mark.parametrize(
    ("text", "body", "names"),
    [
        ("Der Schütze, Jordan (19), floh. Jordan habe gestanden.", 0, {"Jordan"}),
        ("Lara, 19, and Jean-Luc, 21, were hurt; anna, 20, too.", 0, {"Lara", "Jean-Luc"}),
        ("Headline Marx, 30, ... Body: Otto (5) and x-Otto (6)", 10, {"Otto"}),
        ("Mary, 19, was hurt", 2, set()),  # a word that starts before the body is none
    ],
)
def test_the_names_before_an_age_are_read_back_from_each_age(text: str, body: int, names: set[str]) -> None:
    assert country_module.names_before_age(text, body) == names


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="aBÉü\u0301-, ()19\u00a0.;x", max_size=30), st.integers(min_value=0, max_value=30))
def test_the_names_before_an_age_are_those_the_one_pattern_finds(text: str, body: int) -> None:
    expected = {m.group(1) for m in _AGED_NAME_PLAIN.finditer(text, min(body, len(text)))}
    assert country_module.names_before_age(text, min(body, len(text))) == expected


# the German street particulars as they read a street's word before it was read possessively (the
# `regex` module backed off letter by letter and tried the look-behind for the street's ending at each)
_OLD_DE_STREETS = (
    r"(?-i:\p{Lu}\p{Ll}+er (?:Straße|Strasse|Allee|Platz|Weg|Ring))",
    r"(?!(?:Bundes|Land|Kreis|Staats|Schnell|Auto|Neben|Seiten)stra(?:ß|ss)e)(?-i:(?:\p{Lu}\p{Ll}+(?<=\p{Ll}(?:straße|strasse|allee|gasse"
    r"|damm|ufer|weg|platz|ring))|\p{Lu}\p{Ll}+er (?:Straße|Strasse|Allee|Platz|Weg|Ring)) \d{1,4}[a-z]?)(?![\d.,]\d)",
)


def _de_street(old: str) -> regex.Pattern[str]:
    """The current German particular that stands for ``old``, as event_words scans it."""
    kind = "street" if old == _OLD_DE_STREETS[0] else "address"
    # (the address of a house number: an intersection is an address too, with no number)
    found = [p for p, k in get_language("de").particulars.items() if k == kind and (r"\d{1,4}" in p if k == "address" else "er) (?:" in p)]
    assert len(found) == 1
    return regex.compile(rf"(?<!\w)(?:{found[0]})(?!\w)", regex.IGNORECASE)


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["Kölner", "Straße", "Hauptstraße", "Bundesstraße", "Ring", "Ler", "Über", "er", "ER", "allee", "Allee",
                                 "Am", "Mainufer", "12", "7a", "4.5", "1234", "12345", ",", "-", " ", "Weg"]), max_size=12))
def test_the_german_streets_read_possessively_match_what_they_matched(words: list[str]) -> None:
    text = " ".join(words)
    for old in _OLD_DE_STREETS:
        before = regex.compile(rf"(?<!\w)(?:{old})(?!\w)", regex.IGNORECASE)
        assert [m.span() for m in _de_street(old).finditer(text)] == [m.span() for m in before.finditer(text)]


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 9])
def test_the_first_sentences_of_a_window_are_those_of_the_whole(limit: int) -> None:
    text = "Zwei Tote in Berlin\n\nDie Polizei sagte am Sonntag: 3 Menschen starben. Dr. Weber kam um 3. Mai. Ein Mann floh. Ende"
    engine = Extractor(text, lexicon("de"), "doc", None, None)
    starts = [text.index("Die")]
    assert engine._sentences(0, len(text), starts, limit) == engine._sentences(0, len(text), starts)[:limit]


_TITLE_LINES = [
    "15-Year-Old Boy Shot in Face in East Flatbush Expected to Survive",
    "Nijia Ward, 24, of Lilac Street",
    "Polizei Dortmund Meldet Zwei Verletzte Nach Schüssen",
    "Zwei Verletzte in Dortmund",
    "Über Dreißig Tote Bei Unwetter Im Süden",
    "Ein Jonas Weber wurde verletzt",
]


def _title_case_both_ways(text: str) -> None:
    if folded(text) is None:
        return
    stdlib_words = _fast_scans()[2]
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        assert _title_cased(text, at, end, stdlib_words) == _title_cased(text, at, end, _WORD), text[at:end]
        at = end + 1


@pytest.mark.parametrize("text", _TITLE_LINES)
def test_a_line_in_title_case_is_told_alike_by_the_search_for_a_long_word_in_lower_case(text: str) -> None:
    _title_case_both_ways(text)
    assert _title_cased(text, 0, len(text), _WORD) == (text in _TITLE_LINES[:1] + _TITLE_LINES[2:3] + _TITLE_LINES[4:5])


def test_the_case_rows_and_seeds_lines_and_lead_names_are_told_alike_both_ways() -> None:
    texts = [*seed_texts(), *(text for _, text in case_texts())]
    for text in texts:
        _title_case_both_ways(text)
        low = folded(text)
        if low is not None:
            assert lead_names(text, 0, len(text), low) == lead_names(text, 0, len(text)), text[:80]


@given(st.text(alphabet=st.sampled_from(list("Aa Bb Cc Dd Ää Öö ß É é ' ’ - . , ( ) 1 2 \n")), max_size=200))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_is_told_title_case_alike_both_ways(text: str) -> None:
    _title_case_both_ways(text)


def test_no_small_letter_is_changed_by_lowering() -> None:
    # a lead's word written in lower case is asked only where the lowered text's letter is the text's own
    # (event_words._WrittenLower): a letter lowering changes is never a small one, in any block
    every = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    assert all(letter.lower() == letter for letter in regex.findall(r"\p{Ll}", every))


@given(st.lists(st.sampled_from(["Anna", "Bo", "A.", "Ä", "ö", "de", "x", "'", "’", "-", " ", " ", " ", ".", "\n", ",", "5"]), max_size=60).map("".join))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_has_its_lead_names_read_alike_both_ways(text: str) -> None:
    # the standard library's runs (their words taken possessively) are the `regex` module's (_NAME_RUN)
    low = folded(text)
    if low is not None:
        assert lead_names(text, 0, len(text), low) == lead_names(text, 0, len(text))
        assert [m.span() for m in _fast_scans()[0].finditer(text)] == [m.span() for m in _NAME_RUN.finditer(text)]
