"""Civilians who are everyone an event hit (casualty_reconcile/everyone.py): compared directly with the
event's whole count where no side of fighting or unrest is counted, a subgroup where one is."""

from __future__ import annotations

import pytest

from casualty_reconcile import extract, reconcile


def _differences(texts: list[str], language: str) -> set[tuple[str, int | None, int | None]]:
    claims = [
        claim
        for n, text in enumerate(texts)
        for claim in extract(text, doc_id=f"d{n}", language=language, published="2024-03-14")
    ]
    result = reconcile(claims, events={f"d{n}": "e" for n in range(len(texts))})
    by_id = {claim.claim_id: claim for claim in claims}
    return {(d.reason.value, by_id[d.claim_id].value, by_id[d.other_claim_id].value) for d in result.differences}


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("en", ["Between 20 and 30 illegal miners are believed to have died underground at the mine, police said.",
                "Police said 24 bodies had been brought to the surface from the mine."]),
        ("de", ["In der Goldmine sind nach Angaben der Polizei zwischen 20 und 30 illegale Bergleute ums Leben gekommen.",
                "Die Polizei teilte mit, 24 Tote seien aus der Mine geborgen worden."]),
    ],
    ids=["en", "de"],
)
def test_civilians_alone_are_the_whole_count(language: str, texts: list[str]) -> None:
    found = _differences(texts, language)
    assert ("compatible", 20, 24) in found, found
    assert not any(reason == "subgroup" for reason, _, _ in found), found


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("en", ["The air strike killed 12 civilians and 28 soldiers, the army said.",
                "The army said 40 people were killed in the air strike."]),
        ("de", ["Bei dem Luftangriff wurden nach Angaben der Armee 12 Zivilisten und 28 Soldaten getötet.",
                "Die Armee sprach von 40 Toten bei dem Luftangriff."]),
    ],
    ids=["en", "de"],
)
def test_civilians_beside_a_side_stay_a_subgroup(language: str, texts: list[str]) -> None:
    found = _differences(texts, language)
    assert ("subgroup", 12, 40) in found, found


def test_a_count_read_as_everyone_names_the_rule_in_its_trace() -> None:
    """The group a reader sees (all) is not the one the text wrote (civilians): the claim's trace says
    which rule of reconcile read it so, after the extraction's rules."""
    texts = ["Between 20 and 30 illegal miners are believed to have died underground at the mine, police said.",
             "Police said 24 bodies had been brought to the surface from the mine."]
    claims = [claim for n, text in enumerate(texts)
              for claim in extract(text, doc_id=f"d{n}", language="en", published="2024-03-14", trace=True)]
    miners = [claim for claim in claims if claim.group == "civilians"]
    assert len(miners) == 1 and "reconcile.civilians-are-everyone" not in miners[0].trace
    result = reconcile(claims, events={"d0": "e", "d1": "e"})
    read = next(claim for claim in result.claims if claim.claim_id == miners[0].claim_id)
    assert read.group == "all"
    assert read.trace[-1] == "reconcile.civilians-are-everyone" and len(read.trace) > 1, read.trace


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("en", ["All four women, who had met for dinner that evening, were killed in the shooting, police said.",
                "Police said six people were killed in the shooting spree on Saturday."]),
        ("de", ["Nach Angaben der Polizei wurden alle vier Frauen bei den Schüssen getötet.",
                "Die Polizei sprach von sechs Toten bei den Schüssen am Samstag."]),
    ],
    ids=["en", "de"],
)
def test_persons_named_by_sex_stay_a_subgroup(language: str, texts: list[str]) -> None:
    """'four women' counts a part of the dead, not everyone the event hit: a subgroup of the six."""
    found = _differences(texts, language)
    assert ("subgroup", 4, 6) in found, found
