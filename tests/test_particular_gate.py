"""The particulars and addresses of a lead found by their anchors (particular_gate: a literal run of each
alternative searched by the stdlib, the alternative tried in a window around each place found): the same
matches, at the same places and of the same kind, as the one pattern's plain ``finditer``, over the case
rows, the seeds, made-up leads, hypothesis-made text of the patterns' own words and a lead with an
overlong word (scanned plainly)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile import particular_gate
from casualty_reconcile._patterns import folded
from casualty_reconcile.event_words import (
    FATAL_CHARS,
    LEAD_CHARS,
    _address_pattern,
    _calls_fatal,
    _cue_pattern,
    _lowered_cues,
    _particular_pattern,
    document_particulars,
)
from casualty_reconcile.particular_gate import TOKEN_CHARS, Plan, anchors, places, variants
from casualty_reconcile.particular_scan import _anchored, _finditer, _language_anchors
from tests.corpus_texts import LANGUAGES, case_texts, seed_texts


def _same(language: str, text: str, start: int = 0, stop: int | None = None) -> int:
    """How many particulars and addresses the plain scan finds, after checking that the anchored scan
    finds the same."""
    end = len(text) if stop is None else stop
    found = 0
    for pattern, addresses in ((_particular_pattern(language)[0], False), (_address_pattern(language), True)):
        assert pattern is not None
        expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text, start, end)]
        got = [(m.span(), m.lastgroup) for m in _finditer(pattern, language, text, start, end, folded(text), addresses)]
        assert got == expected, (language, addresses, text, start, end)
        found += len(expected)
    return found


def test_every_particular_of_the_languages_is_anchored() -> None:
    """(a particular left to the plain scan would cost every lead its scan again)"""
    for language in LANGUAGES:
        for addresses in (False, True):
            found, rest, _ = _anchored(language, addresses)
            assert found and rest is None, (language, addresses)


def test_a_group_of_several_alternatives_is_spelled_out() -> None:
    assert variants(r"a(?:\w|c)d") == [r"a(?:\w)d", "a(?:c)d"]
    assert variants(r"a(?:\w+)?d") == [r"a(?:\w+)d", "ad"]
    assert variants("a(?:b|c)d") == ["a(?:b|c)d"]  # (a group of words is a run itself)
    assert variants(r"a(?:\w|c)(?:\s|e)", limit=3) == [r"a(?:\w|c)(?:\s|e)"]  # (four: too many)
    found, rest = anchors([r"(?-i:\p{Lu}\p{Ll}++) \(\d{1,2}\)", r"\p{Lu}+"])
    assert rest == (r"\p{Lu}+",)  # (no literal run)
    assert len(found) == 1 and found[0].lead == " " and (found[0].lo, found[0].hi) == (2, 1 + TOKEN_CHARS)
    # two alternatives read one run: a window is tried at every start either may have ("(" is no word start)
    (shared,), _ = anchors([r"(?-i:\p{Lu}\p{Ll}+) haben", r"\(\p{Ll}+ haben"])
    assert shared.tries.search("x (abc haben") is not None and shared.tries.match("x (abc haben", 1).end() == 2


def _texts() -> list[tuple[str, str]]:
    return case_texts(LANGUAGES) + [(language, text) for text in seed_texts() for language in LANGUAGES]


def test_case_rows_and_seeds() -> None:
    found = 0
    for language, text in _texts():
        found += _same(language, text) + _same(language, text, 0, min(len(text), LEAD_CHARS))
        found += _same(language, text, len(text) // 3)
    assert found > 300


LEADS = {
    "de": (
        "Der 17-jährige Max Muster wurde in der Hauptstraße 12 erschossen. Die Polizei sucht Anna Berta Beispiel, "
        "die Uwe Ost getötet haben soll; der Tod von Jonas K. Albrecht an der Ecke Lindenallee/Kölner Straße.\n"
        "Die Ermordung des 9-Jährigen Paul Meier-Schulz in der Kölner Straße 7a; zwanzigjährige Eva Ulm, "
        "dreiundzwanzigjähriger Tim Tom und am Berliner Platz, Ecke Gartenweg Ecke Ringstraße, am Mühlendamm 3.",
        "Tod der Anna. Mord von Max Muster-Meier, erstochen zu haben Max Muster zu haben, , Eva Ulm erschossen haben."
        " Straße Strasse Neben-straße Bundesstraße 3 und die Seitenstraße 4, Am Ufer 5, die Bahnhofstrasse / Ecke Postweg.",
    ),
    "en": (
        "Terry L. Andres, 62, of West 13th Street was shot at 3006 Holton Avenue near Duvall Ave and Garrison Blvd. "
        "Police identified the victim as Anaiya Montgomery; the 9-year-old Mark Lee died in the 5700 block of South "
        "Morgan. He is charged with killing the 17-year-old Jo Ann Smith at 43rd and Vine Streets, at 5th and Main.\n"
        "In the death of nineteen-year-old Kim Wu, a man, aged 40, was held; twenty-one-year-old Ann Bee, 23) and "
        "The Murder of Bob Ray on Oak Road, accused of fatally shooting Monday Smith and of murdering Ann Lee Worker.",
    ),
    "fr": (
        "Jean Dupont, 34 ans, a été tué rue de la Paix, au 12 bis rue Victor-Hugo et à l'angle de la rue Garibaldi "
        "et du cours Lafayette. Le meurtre de Paul Martin, âgée de 20 ans; accusé d'avoir tué Marie Claire Durand "
        "boulevard Voltaire, au 3, avenue de l'Opéra, au carrefour de l'avenue Foch et de la rue Neuve.",
    ),
}


@pytest.mark.parametrize(("language", "text"), [(language, text) for language, texts in LEADS.items() for text in texts])
def test_made_up_leads(language: str, text: str) -> None:
    assert _same(language, text) >= 3
    for start in range(0, len(text), 3):
        _same(language, text, start)
    for stop in range(0, len(text) + 1, 3):
        _same(language, text, 0, stop)


def test_a_lead_with_an_overlong_word_is_scanned_plainly() -> None:
    word = "x" * (TOKEN_CHARS + 1)
    for language, texts in LEADS.items():
        for text in texts:
            for at in (0, len(text) // 2, len(text)):
                overlong = text[:at] + f" {word} " + text[at:]
                assert _same(language, overlong) >= 3
                assert document_particulars(overlong, language, 0, folded(overlong)) == document_particulars(overlong, language)
    # a name longer than a window's bound is found all the same: the lead is scanned plainly
    name = "A" + "b" * (4 * TOKEN_CHARS)  # (longer than any window)
    assert _same("en", f"The victim, Terry {name}, 62, of Oak Road, was shot.") == 2
    assert _same("de", f"Er soll Max {name} erschossen haben, und die Kölner {name}straße 3.") == 3


_WORDS = st.sampled_from([
    "Max", "Anna", "Müller", "Meier-Schulz", "K.", "Tod", "von", "der", "Mord", "Ermordung", "17-jährige", "9-Jährigen",
    "zwanzigjährige", "erschossen", "zu", "haben", "Straße", "Hauptstraße", "Kölner", "Lindenallee", "Ecke", "/", "12",
    "7a", "(17)", "Street", "Avenue", "Ave", "St", "Blvd", "and", "near", "block", "of", "North", "13th", "5th", "3006",
    "killing", "death", "identified", "as", "year-old", "aged", "17,", "23)", "rue", "de", "la", "l'avenue", "du",
    "cours", "angle", "bis", "ans", "âgé", "meurtre", "avoir", "tué", "Paix", "Foch", "Abbbbbbbbbbbbbbbbbbbbbbbbbb",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", " ", " ", "", ", ", "\n", "-"])), max_size=30),
       st.sampled_from(LANGUAGES), st.integers(0, 60))
def test_made_up_text(words: list[tuple[str, str]], language: str, start: int) -> None:
    text = "".join(word + gap for word, gap in words)
    _same(language, text, min(start, len(text)))
    _same(language, text, 0, len(text) // 2)


def _places_both(language: str, text: str) -> None:
    """The places of the runs found with the pairs after a run's first character looked ahead for
    (particular_gate._next_two) are those found without."""
    low = folded(text)
    if low is None:
        return
    every, lead_plan = _language_anchors(language)
    bare = _bare_plans[language]
    for stop in (len(low), len(low) // 2, max(0, len(low) - 1)):
        assert places(lead_plan, every, low, stop) == places(bare, every, low, stop), (language, text, stop)


_bare_plans: dict[str, Plan] = {}


def test_the_pairs_looked_ahead_for_find_the_same_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for language in LANGUAGES:
        every, lead_plan = _language_anchors(language)
        assert any("(?=" in search.pattern for search, _ in lead_plan.searches), language  # (one run led by a space)
        with monkeypatch.context() as patched:
            patched.setattr(particular_gate, "_next_two", lambda lead, rests: "")
            _bare_plans[language] = particular_gate.plan(every)
    texts = _texts() + [(language, text) for language, leads in LEADS.items() for text in leads]
    texts += [(language, end) for language in LANGUAGES for end in (" 5", " st", "Oak St", " rue", " ge", "a 1", " ")]
    for language, text in texts:
        _places_both(language, text)
    assert particular_gate._next_two(" ", r"a\b") == ""  # (a run of one character after the space)
    assert particular_gate._next_two(" ", r"(?<=x )ab") == ""  # (one reading back over the space)


_CUES = ("fatal", "Fatally", "xfatal", "fatal1", "-deadly", "DEADLY", "deadly_", "tödliche", "Tödlicher", "Todesschütze",
         "untödlich", "mortelle", "Meurtrière", "meurtrières-", "_mortel", "mortels.")


def test_the_fatal_cues_searched_on_the_lowercased_lead() -> None:
    """event_words._calls_fatal on the lowercased lead (the cues' look-behind asked by hand) says what
    the cue pattern's plain search says."""
    texts = _texts() + [(language, f"{a} {cue}{b}") for language in LANGUAGES for cue in _CUES
                        for a, b in (("", ""), ("Ein", " x"), ("x" * 290, ""))]
    texts += [(language, cue + " " + other) for language in LANGUAGES for cue in _CUES for other in _CUES]
    for language in LANGUAGES:
        assert _lowered_cues(language, "fatal_cues") is not None, language
    for language, text in texts:
        fatal = _cue_pattern(language, "fatal_cues")
        assert fatal is not None
        for start in (0, 1, 4, len(text) // 2):
            plain = fatal.search(text, start, start + FATAL_CHARS) is not None
            assert _calls_fatal(text, language, start, folded(text)) == plain, (language, text, start)
            assert _calls_fatal(text, language, start, None) == plain
