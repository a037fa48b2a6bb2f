"""Short multi-article stories (tests/cases/stories.py): the verdicts a fact-checker gives on each,
asserted on reconcile's output, once with the events reconcile resolves itself and once with the story
named as one event by the caller."""

from __future__ import annotations

from typing import Literal

import pytest

from casualty_reconcile import extract, reconcile
from casualty_reconcile.models import Claim
from casualty_reconcile.reconcile import Quantity, Reconciliation
from tests.cases.stories import STORIES as FIRST_STORIES
from tests.cases.stories import Story
from tests.cases.stories_s29 import S29
from tests.cases.stories_s30 import S30
from tests.cases.stories_s31 import S31
from tests.cases.stories_s32 import S32
from tests.cases.stories_s33 import S33
from tests.cases.stories_s34 import S34
from tests.cases.stories_shapes import SHAPES

STORIES = [*FIRST_STORIES, *SHAPES, *S29, *S30, *S31, *S32, *S33, *S34]

Mode = Literal["resolved", "given"]


def _told(story: Story, mode: Mode) -> tuple[list[Claim], Reconciliation]:
    claims = [
        claim
        for n, report in enumerate(story.reports)
        for claim in extract(
            report.text, doc_id=f"{story.id}-{n + 1}", source=report.outlet, published=report.day,
            language=report.language or story.language,
        )
    ]
    events = {f"{story.id}-{n + 1}": _event(story, n) for n in range(len(story.reports))} if mode == "given" else None
    return claims, reconcile(claims, events=events)


_OTHER_QUANTITIES = frozenset({"period tally", "other incident"})
"""groups of quantities beside the event's toll ("since the war began": a war's running toll beside one strike's)"""


def _event(story: Story, n: int) -> str:
    """The event the caller names for the story's report ``n`` (of several events, each its own)."""
    return story.id if story.events is None else f"{story.id}-event-{story.events[n]}"


def _report_events(story: Story, claims: list[Claim], quantity: Quantity) -> set[int]:
    """The story events (``Story.events``) of the reports whose figures a quantity holds."""
    doc_of = {claim.claim_id: claim.doc_id for claim in claims}
    events = story.events or ()
    return {events[int(doc_of[claim_id].rsplit("-", 1)[1]) - 1] for claim_id in quantity.claim_ids if events}


def _toll(story: Story, result: Reconciliation, claims: list[Claim] | None = None) -> tuple[Quantity | None, str | None]:
    """The one quantity of the story's category that is no part of another (of the first report's event, where the
    reports tell several), or why there is none."""
    roots = [
        q for q in result.quantities
        if q.category.value == story.category and q.parent_id is None and q.group not in _OTHER_QUANTITIES
    ]
    if story.events is not None and claims is not None:
        roots = [q for q in roots if _report_events(story, claims, q) == {story.events[0]}]
    if len(roots) != 1:
        return None, f"the toll is {len(roots)} quantities: {[q.quantity_id for q in roots]}"
    return roots[0], None


def _summary(claims: list[Claim], result: Reconciliation) -> str:
    by_id = {claim.claim_id: claim for claim in claims}
    lines = [
        f"  claim {c.doc_id} {c.category.value} {c.value} {c.qualifier.value} {c.group} {c.location} "
        f"speaker={c.speaker!r} origin={result.claim_origins[c.claim_id]!r} flags={c.flags}"
        for c in claims
    ]
    lines += [
        f"  quantity {q.quantity_id} parent={q.parent_id} {q.status.value} "
        f"({q.low.value}, {q.best.value}, {q.high.value}) origins={q.origins}"
        for q in result.quantities
    ]
    lines += [
        f"  difference {d.reason.value} {by_id[d.claim_id].value} -> {by_id[d.other_claim_id].value}: {d.sentence}"
        for d in result.differences
    ]
    return "\n".join(lines)


def verdict_errors(story: Story, claims: list[Claim], result: Reconciliation) -> list[str]:
    """Every verdict of the row that reconcile does not give, in words."""
    by_id = {claim.claim_id: claim for claim in claims}
    found = {
        (d.reason.value, by_id[d.claim_id].value, by_id[d.other_claim_id].value)
        for d in result.differences
        if by_id[d.claim_id].category.value == story.category
    }
    errors = [f"no {reason} between {a} and {b}" for reason, a, b in story.differences if (reason, a, b) not in found]
    errors += [f"a {reason} between {a} and {b}" for reason, a, b in sorted(found, key=str) if reason in story.absent]
    if story.events is not None:
        errors += [
            f"{q.quantity_id} holds figures of events {sorted(_report_events(story, claims, q))}"
            for q in result.quantities
            if q.category.value == story.category and len(_report_events(story, claims, q)) > 1
        ]
    toll, why = _toll(story, result, claims)
    if toll is None:
        assert why is not None
        return [*errors, why]
    if story.status is not None and toll.status.value != story.status:
        errors.append(f"the toll is {toll.status.value}, not {story.status}")
    estimates = (toll.low.value, toll.best.value, toll.high.value)
    if story.estimates is not None and estimates != story.estimates:
        errors.append(f"low/best/high {estimates}, not {story.estimates}")
    if story.origins is not None and toll.n_origins != story.origins:
        errors.append(f"{toll.n_origins} origins {toll.origins}, not {story.origins}")
    return errors


def _rows(mode: Mode) -> list[object]:
    rows = []
    for story in STORIES:
        reason = story.xfail or (story.split if mode == "resolved" else None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        rows.append(pytest.param(story, id=story.id, marks=marks))
    return rows


@pytest.mark.parametrize("story", _rows("resolved"))
def test_story_verdicts_with_events_resolved(story: Story) -> None:
    claims, result = _told(story, "resolved")
    errors = verdict_errors(story, claims, result)
    assert not errors, "; ".join(errors) + "\n" + _summary(claims, result)


@pytest.mark.parametrize("story", _rows("given"))
def test_story_verdicts_with_the_event_given(story: Story) -> None:
    claims, result = _told(story, "given")
    errors = verdict_errors(story, claims, result)
    assert not errors, "; ".join(errors) + "\n" + _summary(claims, result)


def test_the_table_has_stories_of_every_kind() -> None:
    ids = [story.id for story in STORIES]
    assert len(ids) == len(set(ids)) and len(ids) >= 15
    assert {story.language for story in STORIES} == {"de", "en", "fr"}
    assert all(2 <= len(story.reports) <= 5 for story in STORIES)
    reasons = {reason for story in STORIES for reason, _, _ in story.differences}
    assert {"update", "conflict", "subarea", "subgroup", "compatible", "correction"} <= reasons
    assert any(story.origins == 1 and len({r.outlet for r in story.reports}) > 1 for story in STORIES)


def test_a_wrong_verdict_is_reported() -> None:
    story = STORIES[0]
    claims, result = _told(story, "given")
    wrong = Story(story.id, story.language, story.reports, differences=(("conflict", 26, 164),), status="conflict", origins=2)
    assert len(verdict_errors(wrong, claims, result)) == 3


TOLL_PLACES = {
    "QUAKE-FIVE-REPORTS-EN": "Turkey",  # "ANKARA (Wire B) - Turkey's vice president said ...": the reporter's seat, not the quake's
    "FLOOD-SUBAREA-FR": "Spain",  # "158 morts ..., dont 155 dans la région de Valence": Valencia is the part's
    "MINE-BOUNDS-DE": "Inner Mongolia",  # "in der Inneren Mongolei": China's region, not the country Mongolia
    "AIRSTRIKE-RELAY-DE": "Sudan",  # "KAIRO (Agentur B) - Das Gesundheitsministerium in Khartum ...": not Egypt
    "PROTEST-RETRACTED-EN": "Iran",  # arrests placed in Tehran by the dateline count Iran's
    "PROTEST-RETRACTED-DE": "Iran",
    "S28-UNREST-CITY-ALONE-EN": "Kazakhstan",  # "MOSCOW (Wire B) - Kazakhstan's prosecutor general said ...": a dateline abroad
    "S28-BLAST-RELAY-EN": "Kerman",  # "DUBAI (Wire B) - ... in the twin blasts in Kerman": not the UAE
    "S28-FLOOD-DISTRICT-ALONE-DE": "Rheinland-Pfalz",  # the region's toll, the town alone its subarea
}


@pytest.mark.parametrize("story_id,place", sorted(TOLL_PLACES.items()))
def test_the_toll_lies_where_the_story_happened(story_id: str, place: str) -> None:
    story = next(story for story in STORIES if story.id == story_id)
    claims, result = _told(story, "given")
    toll, why = _toll(story, result)
    assert toll is not None, why
    assert toll.location == place, _summary(claims, result)
