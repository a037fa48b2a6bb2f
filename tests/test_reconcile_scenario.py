"""A story told by six short wire reports over three days of unrest in a capital, in English and in
German (my own wording): a government and an opposition party with diverging tolls, a rights group, a
downward revision the government explains as a correction, and a withdrawn arrest figure. The
verdicts a fact-checker needs are asserted on reconcile's output."""

from __future__ import annotations

import pytest

from casualty_reconcile import extract, reconcile
from casualty_reconcile.models import Claim
from casualty_reconcile.reconcile import Quantity, Reason, Reconciliation, Status

GOV = "government of Bangladesh"
PARTY = "Bangladesh Nationalist Party (BNP)"
RIGHTS = "Human Rights Watch"

STORIES = {
    "en": [
        ("en-1", "Wire A", "2024-05-13",
         "DHAKA (Wire A) - At least 12 people were killed on Monday when police fired on opposition supporters in Dhaka, "
         "the Home Ministry said. The opposition Bangladesh Nationalist Party (BNP) said at least 30 people had been killed."),
        ("en-2", "Wire B", "2024-05-14",
         "DHAKA (Wire B) - Bangladesh's government said on Tuesday that 19 people had died in two days of unrest in the "
         "capital. The BNP said more than 60 people had been killed. Police said 1,200 people had been arrested."),
        ("en-3", "Wire A", "2024-05-14",
         "DHAKA (Wire A) - Human Rights Watch said at least 19 people were killed and called for an independent inquiry "
         "into the shootings. The government's figure stood at 19."),
        ("en-4", "Wire C", "2024-05-15",
         "DHAKA (Wire C) - The Home Ministry said on Wednesday it had lowered the death toll to 17, after two victims "
         "were counted twice. The opposition said 64 people had died."),
        ("en-5", "Wire B", "2024-05-15",
         "DHAKA (Wire B) - Police withdrew their figure of 1,200 arrests on Wednesday, the Home Ministry said. The BNP "
         "said more than 2,000 of its activists had been detained since Monday."),
        ("en-6", "Wire A", "2024-05-15",
         "DHAKA (Wire A) - Bangladesh's prime minister said order had been restored in Dhaka, where 17 people died in "
         "three days of clashes."),
    ],
    "de": [
        ("de-1", "Agentur A", "2024-05-13",
         "DHAKA (Agentur A) - Bei Zusammenstößen zwischen Polizei und Anhängern der Opposition sind in Dhaka nach Angaben "
         "des Innenministeriums mindestens zwölf Menschen getötet worden. Die oppositionelle Bangladesh Nationalist Party "
         "(BNP) sprach von mindestens 30 Toten."),
        ("de-2", "Agentur B", "2024-05-14",
         "DHAKA (Agentur B) - Die Regierung von Bangladesch teilte am Dienstag mit, 19 Menschen seien bei den Unruhen in "
         "der Hauptstadt ums Leben gekommen. Die BNP sprach dagegen von mehr als 60 Toten. Nach Angaben der Polizei wurden "
         "1.200 Menschen festgenommen."),
        ("de-3", "Agentur A", "2024-05-14",
         "DHAKA (Agentur A) - Human Rights Watch sprach von mindestens 19 Toten und forderte eine unabhängige Untersuchung "
         "der Schüsse."),
        ("de-4", "Agentur C", "2024-05-15",
         "DHAKA (Agentur C) - Das Innenministerium hat die Zahl der Toten am Mittwoch nach eigenen Angaben auf 17 "
         "korrigiert. Zwei Opfer seien doppelt gezählt worden, sagte ein Sprecher. Die Opposition sprach von 64 Toten."),
        ("de-5", "Agentur B", "2024-05-15",
         "DHAKA (Agentur B) - Die Polizei zog ihre Angabe von 1.200 Festnahmen am Mittwoch zurück, wie das "
         "Innenministerium mitteilte. Die BNP sprach von mehr als 2.000 festgenommenen Anhängern seit Montag."),
        ("de-6", "Agentur A", "2024-05-15",
         "DHAKA (Agentur A) - Die Regierungschefin von Bangladesch sagte, in Dhaka seien in drei Tagen 17 Menschen ums "
         "Leben gekommen."),
    ],
}


def story(language: str) -> tuple[list[Claim], Reconciliation]:
    claims = [
        claim
        for doc_id, outlet, day, text in STORIES[language]
        for claim in extract(text, doc_id=doc_id, source=outlet, published=day, language=language)
    ]
    return claims, reconcile(claims)


@pytest.fixture(scope="module", params=["en", "de"])
def told(request: pytest.FixtureRequest) -> tuple[list[Claim], Reconciliation]:
    return story(request.param)


def deaths(result: Reconciliation) -> list[Quantity]:
    return [q for q in result.quantities if q.category.value == "deaths"]


def test_the_toll_has_one_place(told: tuple[list[Claim], Reconciliation]) -> None:
    _, result = told
    (toll,) = deaths(result)
    assert toll.location == "Dhaka" and toll.group == "all"
    assert not [d for d in result.differences if d.reason in (Reason.SUBAREA, Reason.SUBGROUP)]


def test_the_day_of_19_against_more_than_60_is_a_conflict(told: tuple[list[Claim], Reconciliation]) -> None:
    claims, result = told
    (toll,) = deaths(result)
    assert toll.status is Status.CONFLICT
    assert toll.explanation.startswith(f"{GOV} 19 vs {PARTY} more than 60 (Tue 2024-05-14): conflict.")
    by_id = {claim.claim_id: claim for claim in claims}
    sides = {
        (by_id[d.claim_id].value, by_id[d.other_claim_id].value)
        for d in result.differences if d.reason is Reason.CONFLICT
    }
    assert (19, 60) in sides


def test_the_governments_figure_is_not_credited_to_the_rights_group(told: tuple[list[Claim], Reconciliation]) -> None:
    claims, result = told
    rights = [c for c in claims if result.claim_origins[c.claim_id] == RIGHTS]
    assert [(c.value, c.qualifier.value) for c in rights] == [(19, "at_least")]
    government_19 = {c.claim_id for c in claims if result.claim_origins[c.claim_id] == GOV and c.value == 19}
    rights_ids = {c.claim_id for c in rights}
    for d in result.differences:  # the ministry's 19 is never "confirmed" by a second origin
        if {d.claim_id, d.other_claim_id} & government_19 and {d.claim_id, d.other_claim_id} & rights_ids:
            assert d.reason is not Reason.COMPATIBLE or "confirms" not in d.sentence


def test_the_opposition_party_is_one_origin(told: tuple[list[Claim], Reconciliation]) -> None:
    claims, result = told
    assert {o.name for o in result.origins} == {GOV, PARTY, RIGHTS}
    party = [c for c in claims if result.claim_origins[c.claim_id] == PARTY]
    assert len(party) == 4  # "(BNP)", "BNP" twice, "the opposition"


def test_the_governments_revision_is_a_correction_and_its_best(told: tuple[list[Claim], Reconciliation]) -> None:
    claims, result = told
    by_id = {claim.claim_id: claim for claim in claims}
    corrections = [
        (by_id[d.claim_id].value, by_id[d.other_claim_id].value) for d in result.differences if d.reason is Reason.CORRECTION
    ]
    assert corrections == [(19, 17)]
    (toll,) = deaths(result)
    assert toll.best.value == 17
    assert all(c.value != 2 for c in claims if c.category.value == "deaths")  # "two victims counted twice" is no toll


def test_the_withdrawn_arrest_figure_leaves_the_estimates(told: tuple[list[Claim], Reconciliation]) -> None:
    claims, result = told
    (arrests,) = [q for q in result.quantities if q.category.value == "arrests"]
    assert arrests.status is not Status.CONFLICT
    assert arrests.best.value == 2001 and arrests.origins == (PARTY,)
    withdrawn = [d for d in result.differences if d.reason is Reason.RETRACTED and d.quantity_id == arrests.quantity_id]
    assert withdrawn and "Withdrawn: 1,200 people arrested" in arrests.explanation
    assert [c.flags for c in claims if c.category.value == "arrests" and c.value == 1200] == [(), ("retracted",)]


def test_the_claims_frame_carries_the_reconciled_origin_and_its_kind(told: tuple[list[Claim], Reconciliation]) -> None:
    _, result = told
    frame = result.claims_frame()
    kinds = dict(zip(frame["origin"], frame["origin_type"], strict=True))
    assert kinds == {GOV: "government", PARTY: "party or armed group", RIGHTS: "NGO"}
