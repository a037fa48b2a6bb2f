"""Properties of the number grammar: digit styles and number words round-trip, bounds are ordered,
any Unicode text is safe, spans slice back to their surface, hostile input finishes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_reconcile import parse_count
from casualty_reconcile.models import Qualifier
from casualty_reconcile.numbers import scan_counts

NOUN = {"de": "Tote", "en": "people"}
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---- digits in every style ----------------------------------------------------------------------------


def group(n: int, separator: str) -> str:
    """``n`` with its digits grouped by threes: group(2500, ".") == "2.500"."""
    digits = str(n)
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


DIGIT_STYLES = {
    "plain": lambda n: str(n),
    "dot": lambda n: group(n, "."),
    "comma": lambda n: group(n, ","),
    "space": lambda n: group(n, " "),
    "nbsp": lambda n: group(n, "\u00a0"),
    "thin": lambda n: group(n, "\u2009"),
    "narrow-nbsp": lambda n: group(n, "\u202f"),
}


def test_group_helper() -> None:
    assert group(2500, ".") == "2.500"
    assert group(1_000_000, ",") == "1,000,000"
    assert group(12, " ") == "12"
    assert group(123456, " ") == "123 456"


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("style", list(DIGIT_STYLES))
@SETTINGS
@given(n=st.integers(min_value=0, max_value=10**9))
def test_digits_round_trip(language: str, style: str, n: int) -> None:
    text = f"{DIGIT_STYLES[style](n)} {NOUN[language]}"
    count = parse_count(text, language)
    assert count is not None, text
    assert (count.value, count.qualifier, count.low, count.high) == (n, Qualifier.EXACT, n, n), text


@pytest.mark.parametrize("language", ["de", "en"])
@SETTINGS
@given(n=st.integers(min_value=0, max_value=10**9), style=st.sampled_from(list(DIGIT_STYLES)))
def test_digits_in_a_sentence(language: str, n: int, style: str) -> None:
    lead = {"de": "Nach Angaben der Polizei gab es", "en": "Police said there were"}[language]
    text = f"{lead} {DIGIT_STYLES[style](n)} {NOUN[language]}."
    counts = scan_counts(text, language)
    assert [c.value for c in counts] == [n], text


# ---- number words -------------------------------------------------------------------------------------

DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
DE_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


def _de_below_100(n: int, final: bool) -> str:
    if n == 1 and final:
        return "eins"
    if n < 10:
        return DE_UNITS[n]
    if n < 20:
        return DE_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return (DE_UNITS[unit] + "und" if unit else "") + DE_TENS[tens]


def _de_below_1000(n: int, final: bool, bare_hundred: bool) -> str:
    hundreds, rest = divmod(n, 100)
    head = ""
    if hundreds:
        head = ("" if hundreds == 1 and bare_hundred else DE_UNITS[hundreds]) + "hundert"
    return head + (_de_below_100(rest, final) if rest else "")


def german_words(n: int, bare: bool = False) -> str:
    """1 <= n <= 999999 as one German compound word: 2543 -> "zweitausendfünfhundertdreiundvierzig".

    ``bare`` drops the "ein" of "einhundert"/"eintausend" as news copy often does ("hundert", "tausend").
    """
    thousands, rest = divmod(n, 1000)
    head = ""
    if thousands:
        head = ("" if thousands == 1 and bare else _de_below_1000(thousands, False, bare)) + "tausend"
    return head + (_de_below_1000(rest, True, bare) if rest else "")


EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_below_100(n: int) -> str:
    if n < 10:
        return EN_UNITS[n]
    if n < 20:
        return EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


def _en_below_1000(n: int, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{EN_UNITS[hundreds]} hundred")
        if rest and use_and:
            words.append("and")
    if rest:
        words.append(_en_below_100(rest))
    return " ".join(words)


def english_words(n: int, use_and: bool = True) -> str:
    """1 <= n <= 999999 in English words: 2543 -> "two thousand five hundred and forty-three"."""
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands:
        words.append(f"{_en_below_1000(thousands, use_and)} thousand")
        if rest and rest < 100 and use_and:
            words.append("and")
    if rest:
        words.append(_en_below_1000(rest, use_and))
    return " ".join(words)


def test_word_helpers() -> None:
    assert german_words(2543) == "zweitausendfünfhundertdreiundvierzig"
    assert german_words(21) == "einundzwanzig"
    assert german_words(101) == "einhunderteins"
    assert german_words(1100, bare=True) == "tausendhundert"
    assert german_words(999999) == "neunhundertneunundneunzigtausendneunhundertneunundneunzig"
    assert english_words(2543) == "two thousand five hundred and forty-three"
    assert english_words(2005) == "two thousand and five"
    assert english_words(120, use_and=False) == "one hundred twenty"


@SETTINGS
@given(n=st.integers(min_value=1, max_value=999_999), bare=st.booleans(), capital=st.booleans())
def test_german_words_round_trip(n: int, bare: bool, capital: bool) -> None:
    words = german_words(n, bare)
    if capital:
        words = words.capitalize()
    count = parse_count(f"{words} Tote", "de")
    assert count is not None, words
    assert (count.value, count.qualifier, count.surface) == (n, Qualifier.EXACT, words)


@SETTINGS
@given(n=st.integers(min_value=1, max_value=999_999), use_and=st.booleans(), capital=st.booleans())
def test_english_words_round_trip(n: int, use_and: bool, capital: bool) -> None:
    words = english_words(n, use_and)
    if capital:
        words = words.capitalize()
    count = parse_count(f"{words} people", "en")
    assert count is not None, words
    assert (count.value, count.qualifier, count.surface) == (n, Qualifier.EXACT, words)


# ---- bounds -------------------------------------------------------------------------------------------

PHRASES = {
    "de": {
        "exact": ["{n}"],
        "at_least": ["mindestens {n}", "wenigstens {n}", "{n} und mehr"],
        "more_than": ["mehr als {n}", "über {n}", "Über {n}"],
        "at_most": ["höchstens {n}", "maximal {n}"],
        "less_than": ["weniger als {n}", "unter {n}"],
        "about": ["rund {n}", "etwa {n}", "ca. {n}", "an die {n}"],
        "almost": ["knapp {n}", "fast {n}", "beinahe {n}"],
        "up_to": ["bis zu {n}"],
        "range": ["zwischen {n} und {m}", "{n} bis {m}", "{n}-{m}"],
    },
    "en": {
        "exact": ["{n}"],
        "at_least": ["at least {n}", "no fewer than {n}", "{n} or more"],
        "more_than": ["more than {n}", "over {n}", "upwards of {n}"],
        "at_most": ["at most {n}", "no more than {n}"],
        "less_than": ["fewer than {n}", "less than {n}", "under {n}"],
        "about": ["about {n}", "around {n}", "some {n}", "roughly {n}"],
        "almost": ["nearly {n}", "almost {n}", "close to {n}"],
        "up_to": ["up to {n}", "as many as {n}"],
        "range": ["between {n} and {m}", "{n} to {m}", "{n}-{m}"],
    },
}
INCLUSIVE = {"exact", "at_least", "at_most", "about", "up_to", "range"}


@pytest.mark.parametrize("language", ["de", "en"])
@SETTINGS
@given(data=st.data(), n=st.integers(min_value=1, max_value=10**8), gap=st.integers(min_value=1, max_value=10**6))
def test_bounds_are_ordered(language: str, data: st.DataObject, n: int, gap: int) -> None:
    qualifier = data.draw(st.sampled_from(sorted(PHRASES[language])))
    template = data.draw(st.sampled_from(PHRASES[language][qualifier]))
    text = template.format(n=n, m=n + gap) + " " + NOUN[language]
    count = parse_count(text, language)
    assert count is not None, text
    assert count.qualifier.value == qualifier, text
    assert count.value == n
    low, high = count.low, count.high
    if low is not None and high is not None:
        assert low <= high
    if qualifier in INCLUSIVE:
        # the stated value is inside the interval it implies
        assert (low is None or low <= n) and (high is None or n <= high), (text, low, high)
    elif qualifier == "more_than":
        assert (low, high) == (n + 1, None)  # "mehr als 40": 40 itself is excluded
    else:
        assert high == n - 1 and low is not None and low <= n  # less_than, almost: below n
    if qualifier == "range":
        assert (count.high_value, high) == (n + gap, n + gap)


# ---- any text is safe ---------------------------------------------------------------------------------

NUMBERISH = st.lists(
    st.sampled_from(
        [*"0123456789.,:-–/ \u00a0\u2009\u202f%$€„“\"'()",
         "zwei", "und", "hundert", "tausend", "ein", "Dutzend", "Dutzende", "mehr als ", "bis ", "zwischen ",
           "Millionen", "one", "a ", "and ", "hundred", "thousand", "dozen", "dozens of ", "between ", "to ",
           "million", "Tote", "people", "Jahre", "years", "Januar", "Jan.", "am ", "on ", "1991", "2019"]
    ),
    max_size=40,
).map("".join)


@pytest.mark.parametrize("language", ["de", "en"])
@SETTINGS
@given(text=st.one_of(st.text(), NUMBERISH))
def test_any_text_is_safe_and_spans_slice_back(language: str, text: str) -> None:
    count = parse_count(text, language)
    counts = scan_counts(text, language)
    assert count == (counts[0] if counts else None)
    previous_end = 0
    for c in counts:
        assert text[c.start : c.end] == c.surface
        assert c.start >= previous_end, "figures do not overlap"
        previous_end = c.end
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        assert (c.value is None) == (c.qualifier is Qualifier.VAGUE)


# ---- hostile input ------------------------------------------------------------------------------------

HOSTILE_20K = {
    "digits-dots": ("de", "1." * 10_000),
    "digit-groups": ("de", "1 000 " * 3_400),
    "digit-run": ("en", "9" * 20_000),
    "einund": ("de", "einund" * 3_400),
    "zwei-glued": ("de", "zwei" * 5_000),
    "range-chain": ("de", "1 bis " * 3_400),
    "between-chain": ("en", "between 1 and " * 1_500),
    "words-and": ("en", "one hundred and " * 1_300),
    "dashes": ("en", "1-" * 10_000),
    "vague-chain": ("de", "einige " * 3_000),
    # number words that are pronouns or names, fractions, figures across digits and words, two bounds
    "the-one-chain": ("en", "the one " * 2_500),
    "name-chain": ("de", "Claudia Tausend " * 1_250),
    "fraction-chain": ("en", "one and a half " * 1_300),
    "mixed-chain": ("en", "4 thousand 3 hundred and " * 800),
    "bounds-chain": ("en", "more than 1 and less than " * 800),
    "suffix-chain": ("en", "10k " * 5_000),
}


@pytest.mark.parametrize("name", list(HOSTILE_20K))
def test_hostile_input_finishes(name: str) -> None:
    """No catastrophic backtracking: 20 KB of hostile text is parsed (timings: benchmarks/bench_numbers.py)."""
    language, text = HOSTILE_20K[name]
    counts = scan_counts(text, language)
    for c in counts:
        assert text[c.start : c.end] == c.surface
    parse_count(text, language)


# ---- the "before" patterns picked by their last character match as the whole pattern ---------------


def _windows() -> list[str]:
    from pathlib import Path

    from tests.cases import de_extract, en_extract, fr_extract

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "benchmarks" / "data").glob("*.txt"))]
    texts += [c.text for cases in (de_extract, en_extract, fr_extract) for c in cases.CASES]
    # every window that ends where a word or a figure starts, as the grammar reads them
    return [t[max(0, i - 48) : i] for t in texts for i in range(len(t)) if i == 0 or not t[i - 1].isalnum()]


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_backward_patterns_match_as_the_whole_pattern(language: str) -> None:
    from casualty_reconcile.numbers import grammar

    g = grammar(language)
    windows = _windows()
    for backward in (g.not_before, g.qualifier_before, g.month_before, g.range_opener_before):
        for before in windows:
            picked, whole = backward.match(before), backward.full.match(before)
            assert (picked and (picked.span(), picked.lastgroup)) == (whole and (whole.span(), whole.lastgroup)), before


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("aeinrsty .,'’\"„“«»()-:0123456789ßÉéàA\u00a0\u202f")), max_size=48))
def test_backward_patterns_match_as_the_whole_pattern_on_any_text(before: str) -> None:
    from casualty_reconcile.numbers import grammar

    for language in ("de", "en", "fr"):
        g = grammar(language)
        for backward in (g.not_before, g.qualifier_before, g.month_before, g.range_opener_before):
            picked, whole = backward.match(before), backward.full.match(before)
            assert (picked and (picked.span(), picked.lastgroup)) == (whole and (whole.span(), whole.lastgroup))
