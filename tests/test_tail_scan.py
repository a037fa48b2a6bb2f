"""The scan from the verb back (`_tail_scan.TailScan`) finds exactly what the plain `regex` scan of
the single-victim pattern finds: on news sentences, on any text near its words, and where the text
leaves the fast path."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_reconcile._patterns import folded
from casualty_reconcile._tail_scan import prefix_finditer, prefix_scan, tail_scan
from casualty_reconcile.extract import lexicon
from tests.cases import de_extract, en_extract

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LANGUAGES = ("de", "en")


def both(code: str, text: str, pos: int = 0) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    lex = lexicon(code)
    assert lex.single_victim_scan is not None
    plain = [m.span() for m in lex.single_victim.finditer(text, pos)]
    fast = [m.span() for m in lex.single_victim_scan.finditer(text, folded(text), pos)]
    return plain, fast


@pytest.mark.parametrize("code", LANGUAGES)
def test_same_matches_on_the_case_tables(code: str) -> None:
    module = de_extract if code == "de" else en_extract
    text = "\n\n".join(case.text for case in module.CASES)
    assert folded(text) is not None  # the fast path is taken
    for pos in (0, len(text) // 2):
        plain, fast = both(code, text, pos)
        assert plain
        assert fast == plain


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The victim died. Her boyfriend was killed, and the 3-year-old boy was shot to death."),
        ("en", "the man the woman later died; a man died; victim was hurt"),  # back to back, and a word before
        ("en", "Man dies after crash. The toddler is in critical condition. The teen diesel"),  # "diesel": no verb
        ("de", "Der 20-Jährige starb. Die Frau wurde schwer verletzt, das Opfer kam ums Leben."),
        ("de", "Der Mann erlag und der Fahrer ist tot; ſ der Passant starb"),  # a long s leaves the fast path
        # the relative clause's subject, found by its first word (its look-ahead has no literal start)
        ("de", "Eine Mutter, deren Sohn bei dem Anschlag getötet wurde, sprach. Ein Vater, dessen Tochter starb, schwieg."),
    ],
    ids=["en-three", "en-adjacent", "en-headline", "de-three", "de-slow-path", "de-relative"],
)
def test_same_matches_on_sentences(code: str, text: str) -> None:
    plain, fast = both(code, text)
    assert fast == plain
    assert plain


PIECES = st.one_of(
    st.characters(),
    st.sampled_from([
        " ", ",", "-", "\n", "\u00a0", "ſ", "1", "12", "the ", "her ", "a ", "victim", "man", "woman", "boy", "-year-old",
        " died", " dies", " was killed", " later", " was in critical condition", " is recovering", "dead", "x",
        "der ", "die ", "das ", "Opfer", "Mann", "20-Jährige", " starb", " wurde schwer verletzt", " kam ums Leben",
        ", deren ", ", dessen ", "Sohn", "Tochter", " bei dem Anschlag", " getötet wurde", ",",
    ]),
)


@given(text=st.lists(PIECES, max_size=40).map("".join), data=st.data())
@SETTINGS
def test_same_matches_on_any_text_and_start(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    for code in LANGUAGES:
        plain, fast = both(code, text, pos)
        assert fast == plain, code


@pytest.mark.parametrize(
    "source",
    [
        r"victim died",  # no look-ahead at the end
        r"\w+ victim(?= died)",  # a phrase of no bounded length
        r"victim(?=died)",  # the look-ahead starts with a letter
        r"victim(?= \w+ died)",  # a look-ahead of no bounded reach
        r"victim(?= \W?died)",  # an escape lowercasing would change
    ],
)
def test_a_pattern_the_scan_cannot_bound_gets_none(source: str) -> None:
    assert tail_scan(regex.compile(source, regex.IGNORECASE), [source]) is None


def test_the_window_spans_the_longest_phrase_and_the_farthest_look_ahead() -> None:
    source = r"(?:the|her) (?:victim|\d{1,3}-year-old)(?= (?:later )?(?:died|was killed)\b)"
    found = tail_scan(regex.compile(source, regex.IGNORECASE), [source])
    assert found is not None
    assert found.before == len("her 123-year-old")
    assert found.reach == len(" later was killed")  # the window reads one character more, for the word end


ZERO_PIECES = st.one_of(
    st.characters(),
    st.sampled_from([
        " ", ",", "-", "\n", "ſ", "no", "No one", "nobody", " was", " injured", " hurt", " else", "not", "know", "none",
        "niemand", "Niemand", "en", "em", " wurde", " verletzt", " sonst", "kein", "keine", "keiner", " Toten", "allgemein",
    ]),
)


@given(text=st.lists(ZERO_PIECES, max_size=40).map("".join), data=st.data())
@SETTINGS
def test_the_words_that_count_none_are_found_as_the_plain_scan_finds_them(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    for code in LANGUAGES:
        lex = lexicon(code)
        assert lex.zero_scan is not None
        plain = [m.span() for m in lex.zero.finditer(text, pos)]
        fast = [m.span() for m in prefix_finditer(lex.zero, lex.zero_scan, text, folded(text), pos)]
        assert fast == plain, code


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_words_that_count_none_on_the_case_tables(code: str) -> None:
    module = de_extract if code == "de" else en_extract
    text = "\n\n".join(case.text for case in module.CASES)
    lex = lexicon(code)
    plain = [m.span() for m in lex.zero.finditer(text)]
    assert plain
    assert [m.span() for m in prefix_finditer(lex.zero, lex.zero_scan, text, folded(text))] == plain


def test_a_start_that_is_not_one_word_gets_no_prefix_scan() -> None:
    assert prefix_scan([r"no one(?= was)"]) is None  # a space in the start: a start could hide inside another
    assert prefix_scan([r"\w+ one"]) is None  # no literal start
    found = prefix_scan([r"keine(?= Toten)", r"kein(?= Mensch)", r"niemand"])
    assert found is not None and found.pattern == "(?:kein|niemand)"


def test_the_phrase_before_the_look_ahead_is_read_backwards_from_it() -> None:
    for code in LANGUAGES:  # the languages' patterns take the backward check
        scan = lexicon(code).single_victim_scan
        assert scan is not None and scan.head is not None
    # a look-ahead inside the phrase reads past its end ("the boy" before " was"): left out of the check
    source = r"(?:the|her)(?=(?: other)? (?:victim|boy) was\b)(?: other)? (?:victim|boy)(?= was (?:killed|shot)\b)"
    pattern = regex.compile(source, regex.IGNORECASE)
    found = tail_scan(pattern, [source])
    assert found is not None and found.head is not None
    text = "The boy was killed. Her dog was shot, and the other victim was shot."
    fast = [m.group() for m in found.finditer(text, folded(text))]
    assert fast == [m.group() for m in pattern.finditer(text)] == ["The boy", "the other victim"]
    assert found.head.match(text, 0, text.index(" was shot")) is None  # "Her dog": no phrase ends there


def test_a_look_behind_that_holds_a_look_ahead_is_left_out_of_the_backward_check() -> None:
    # a name checked by a look-behind whose own look-ahead reads on ("Jaylen" after a sentence's end)
    source = r"(?-i:[A-Z][a-z]{1,17})(?<=(?:^|\. )(?-i:[A-Z](?=[a-z])[a-z]{1,17}))(?= was (?:treated|released)\b)"
    pattern = regex.compile(source, regex.IGNORECASE)
    found = tail_scan(pattern, [source])
    assert found is not None and found.head is not None
    text = "Police came. Jaylen was treated at the scene, and the other man was released."
    fast = [m.group() for m in found.finditer(text, folded(text))]
    assert fast == [m.group() for m in pattern.finditer(text)] == ["Jaylen"]


@pytest.mark.parametrize("source", [r"(?>the|her) victim(?= died)", r"the victims?+(?= died)"])
def test_a_phrase_the_backward_check_cannot_read_gets_none(source: str) -> None:
    found = tail_scan(regex.compile(source, regex.IGNORECASE), [source])
    assert found is not None and found.head is None
    text = "The victim died."
    assert [m.span() for m in found.finditer(text, folded(text))] == [(0, 10)]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_headline_victim_is_found_as_the_plain_scan_finds_it_in_each_line(code: str) -> None:
    module = de_extract if code == "de" else en_extract
    text = "\n".join(["Columbus teen killed in crash", "Man killed wife, kids then himself", "Mann stirbt bei Unfall",
                      "17-Jähriger in Neukölln erschossen", "Rentnerin (81) bei Jagdunfall-Drama verletzt", "Mann in der Nähe"]
                     + [case.text for case in module.CASES])
    lex = lexicon(code)
    scan = lex.headline_victim_scan
    assert scan is not None and scan.head is not None
    if code == "de":  # ("Mann in Neukölln erschossen": a place of no bounded length, read to the line's end)
        assert scan.reach is None
    starts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
    found = 0
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        plain = [m.span() for m in lex.headline_victim.finditer(text, start, end)]
        if scan is not None:
            assert [m.span() for m in scan.finditer(text, folded(text), start, end)] == plain
        found += len(plain)
    assert found


def test_a_pattern_that_opens_with_a_word_boundary_is_tried_at_boundaries_only() -> None:
    source = r"(?:the|her) (?:victim|\d{1,3}-year-old)(?= (?:later )?(?:died|was killed)\b)"
    bounded = tail_scan(regex.compile(rf"\b(?:{source})", regex.IGNORECASE), [source])
    plain = tail_scan(regex.compile(source, regex.IGNORECASE), [source])
    assert bounded is not None and bounded.bounds is not None
    assert plain is not None and plain.bounds is None
    text = "Police said the victim died, her 12-year-old was killed and the victim later died. The victim died."
    for scan in (bounded, plain):
        assert [m.span() for m in scan.finditer(text, folded(text))] == [m.span() for m in scan.pattern.finditer(text)]
    assert len(list(bounded.finditer(text, folded(text)))) == 4


SCAN_NAMES = ("single_victim_scan", "victim_list_scan", "headline_victim_scan", "zero_scan", "marks_scan", "injured_object_scan")


@pytest.mark.parametrize(
    ("code", "name"),
    [
        pytest.param(
            code,
            name,
            id=f"{code}-{name}",
        )
        for code in (*LANGUAGES, "fr")  # (French too: its single-victim scan had fallen back unseen, at 0.8 of its speed)
        for name in SCAN_NAMES
    ],
)
def test_every_fast_scan_is_built(code: str, name: str) -> None:
    # A new alternative that the fast scans cannot take (an unbounded look-ahead, a variable-width
    # look-behind first) makes the lexicon fall back to the plain scan without an error: the same
    # claims, at a fraction of the speed. This pins that each scan is still built.
    assert getattr(lexicon(code), name) is not None


def test_an_alternative_whose_look_ahead_has_no_literal_start_is_found_by_its_first_word() -> None:
    # "the victim" is found from the verb after it; "whose son ... died" has any words before its
    # verb, which no stdlib gate can skip fast: it is found by "whose" (behind a word boundary)
    source = [r"(?:the|her) victim(?= (?:died|was killed)\b)", r"whose\b (?:son|daughter)(?= (?:\w{1,20} ){0,4}?died[,.])"]
    pattern = regex.compile(rf"\b(?:{'|'.join(source)})", regex.IGNORECASE)
    found = tail_scan(pattern, source)
    assert found is not None and found.starts is not None and found.starts.pattern == "whose"
    assert found.span == len("whose daughter") + len(" ") + len("w" * 20 + " ") * 4 + len("died,")
    text = "Whose son died. The victim died, a mother whose daughter at the party died, and whose son was hurt."
    fast = [m.group() for m in found.finditer(text, folded(text))]
    assert fast == [m.group() for m in pattern.finditer(text)] == ["Whose son", "The victim", "whose daughter"]
    assert tail_scan(regex.compile("|".join(source[1:]), regex.IGNORECASE), source[1:]) is None  # no verb to find
    unbounded = [source[0], r"(?:his|whose)\b son(?= (?:\w{1,20} ){0,4}?died[,.])"]
    # without a word boundary first, "his" may start a match inside "this", where the stdlib scan of
    # "this" hides it: no scan
    assert tail_scan(regex.compile("|".join(unbounded), regex.IGNORECASE), unbounded) is None


def test_a_look_ahead_of_no_bounded_reach_that_opens_with_a_word_reads_to_the_end() -> None:
    source = [r"victim(?= (?:died|was killed)\b)", r"victim(?= in [\w-]+ (?:died|was killed)\b)"]
    pattern = regex.compile(rf"\b(?:{'|'.join(source)})", regex.IGNORECASE)
    found = tail_scan(pattern, source)
    assert found is not None and found.reach is None
    text = "A victim in " + "x" * 500 + " died. The victim was killed, the victim in Ohio died, a victim in"
    assert [m.span() for m in found.finditer(text, folded(text))] == [m.span() for m in pattern.finditer(text)]
    assert len(list(found.finditer(text, folded(text)))) == 3


def test_each_alternative_of_the_look_ahead_opens_with_its_own_character() -> None:
    # (?= sont morts\b| ont péri\b): the second alternative's space is its own first character, not a
    # second one after the first's (the scan had looked for two spaces and missed "ont péri")
    for source in ([r"(?:une|la) femme et ses (?:deux|trois) enfants(?= sont morts\b| ont péri\b)"],
                   [r"(?:une|la) femme et ses (?:deux|trois) enfants(?= sont morts\b|, ont péri\b)"]):
        pattern = regex.compile(rf"\b(?:{'|'.join(source)})", regex.IGNORECASE)
        found = tail_scan(pattern, source)
        assert found is not None
        text = "Une femme et ses deux enfants ont péri. La femme et ses trois enfants sont morts. Une femme et ses deux enfants, ont péri."
        plain = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in found.finditer(text, folded(text))] == plain and len(plain) == 2
    letter = [r"victim(?= died\b|died\b)"]
    assert tail_scan(regex.compile(rf"\b(?:{letter[0]})", regex.IGNORECASE), letter) is None  # one opens with a letter


def test_a_look_ahead_opening_with_a_mark_and_no_literal_start_is_found_behind_the_phrase_words() -> None:
    # ", Al Roe, 15, died" after "the boy": its rest has no literal start, and "man", "boy" are found all over the
    # text (inside "human" too): the comma behind one of the phrase's last words is where such a match may end
    source = [r"(?:the|her) victim(?= (?:died|was killed)\b)",
              r"(?:boy|man|woman)(?<=\b(?-i:[Tt]he) (?:boy|man|woman))(?=, (?-i:[A-Z][a-z]{1,17}) (?-i:[A-Z][a-z]{1,17}), died\b)"]
    pattern = regex.compile(rf"\b(?:{'|'.join(source)})", regex.IGNORECASE)
    found = tail_scan(pattern, source)
    assert found is not None and found.starts is None  # not found by its first words
    assert r",(?:(?<=boy,)|(?<=man,)|(?<=woman,))" in found.find.pattern
    text = ("The boy, Al Roe, died. A human, Jon Doe, died; the woman, Ann Lee, died, the man, eve roe, died, and the victim "
            "died. The Man, Tim Fox, died.")
    plain = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in found.finditer(text, folded(text))] == plain and len(plain) == 4
