"""``detect_language`` reads a text's words with the standard library where its characters allow it
(``extract._letters``) and counts the stopwords at C speed: the same words, the same scores, the same
language as the `regex` reading and the counts word by word, on real and odd texts."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_reconcile._patterns import folded
from casualty_reconcile.lang import all_languages
from tests.corpus_texts import ROOT, case_texts, seed_texts

extract_module = importlib.import_module("casualty_reconcile.extract")

ODD = [
    "İstanbul ŞİŞLİ ½ Ⅻ x²y ǅa ﬁ 𝔄bc ça", "\x00a\u0300b", "Straße STRASSE ß ẞ", "l'homme d’État", "", "12 34", "ǈubljana",
    "Ωμέγα und die Polizei sagte", "the police said DER polizei", "Ⅻ killed",
]


def _plain(text: str) -> str | None:
    """detect_language as it read before: every word by `regex`, each language's stopwords counted one by one."""
    sample = text[:20000].lower()
    words = extract_module._WORD.findall(sample)
    if not words:
        return None
    scores = {lang.code: sum(1 for w in words if w in lang.stopwords) for lang in all_languages()}
    best = max(scores, key=lambda code: scores[code])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    if ranked[0] < 2 and len(words) > 6:
        return None
    return best


def _texts() -> list[str]:
    texts = [text for _, text in case_texts()] + seed_texts() + ODD
    local = ROOT.parent / "shared" / "gva" / "docs.jsonl"
    if not local.exists():
        local = Path("/work/shared/gva/docs.jsonl")
    if local.exists():
        with local.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for _, line in zip(range(300), lines, strict=False)]
    return texts


def test_the_same_words_and_language() -> None:
    fast = 0
    for text in _texts():
        sample = folded(text[:20000])
        if sample is not None:  # (the text detect_language reads with the standard library)
            assert extract_module._letters().findall(sample) == extract_module._WORD.findall(sample), text[:80]
            fast += 1
        assert extract_module.detect_language(text) == _plain(text), text[:80]
    assert fast > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"aZ éÉßẞİı½²Ⅻǅﬁ\u0300\u00a0'’-.x", "the ", "und ", "le ", "Polizei "]), max_size=30).map("".join))
def test_the_same_language_on_random_text(text: str) -> None:
    assert extract_module.detect_language(text) == _plain(text)
