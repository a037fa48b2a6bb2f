"""Reconciliation: the seeds as a fact-checker reads them, real conflicts, bad input, the views."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pandas as pd
import pytest

from casualty_reconcile.models import Claim, Qualifier, make_claim_id
from casualty_reconcile.numbers import bounds, vague_bounds
from casualty_reconcile.origins import Origin, OriginType
from casualty_reconcile.reconcile import (
    DIFFERENCE_DTYPES,
    QUANTITY_DTYPES,
    Reason,
    Reconciliation,
    Status,
    reconcile,
    reconciliation_schema,
)

FRI, SAT, SUN = dt.date(2022, 1, 7), dt.date(2022, 1, 8), dt.date(2022, 1, 9)
_DAY = {"000": SUN, "001": FRI, "002": SAT, "003": FRI, "004": FRI}
GOV = "government of Kazakhstan"


def seed_claim(
    doc: str,
    quote: str,
    start: int,
    category: str,
    value: int | None,
    qualifier: str,
    group: str,
    location: str,
    speaker: str | None,
    via: str | None = None,
    *,
    flags: tuple[str, ...] = (),
    part_of: str | None = None,
    language: str = "de",
    day: dt.date | None = None,
    sentence: str | None = None,
) -> Claim:
    """A claim as the gold file of the seeds reads it (the as_of day is the seed's publication day)."""
    q = Qualifier(qualifier)
    low, high = vague_bounds("dozens") if q is Qualifier.VAGUE else bounds(q, value)
    as_of = day or _DAY[doc]
    return Claim(
        claim_id=make_claim_id(doc, start, start + len(quote), quote),
        doc_id=doc,
        published=as_of.isoformat(),
        language=language,
        start=start,
        end=start + len(quote),
        text=quote,
        sentence=sentence or quote,
        category=category,
        value=value,
        qualifier=q,
        low=low,
        high=high,
        group=group,
        location=location,
        speaker=speaker,
        via=via,
        as_of=as_of,
        part_of=part_of,
        flags=flags,
    )


KZ = "Kazakhstan"
ALMATY_SENTENCE = "Alleine in der besonders schwer betroffenen Millionenstadt Almaty seien 103 Menschen ums Leben gekommen sein - darunter zwei Kinder"
ALMATY_103 = seed_claim("000", "seien 103 Menschen ums Leben gekommen", 282, "deaths", 103, "exact", "all", "Almaty", "Gesundheitsministerium", "Staatsfernsehen", sentence=ALMATY_SENTENCE)

SEED_CLAIMS: list[Claim] = [
    # 000, Sunday
    seed_claim("000", "von mindestens 164 Todesopfern", 148, "deaths", 164, "at_least", "all", KZ, "Behörden"),
    ALMATY_103,
    seed_claim("000", "darunter zwei Kinder", 327, "deaths", 2, "exact", "children", "Almaty", "Gesundheitsministerium", "Staatsfernsehen", part_of=ALMATY_103.claim_id, sentence=ALMATY_SENTENCE),
    seed_claim("000", "mehr als 2200 Menschen verletzt", 2696, "injuries", 2200, "more_than", "all", KZ, "offizielle Angaben"),
    seed_claim("000", "Knapp 6000 Demonstranten wurden festgenommen", 2736, "arrests", 6000, "almost", "protesters", KZ, "offizielle Angaben", flags=("unverified",)),
    seed_claim("000", "Rund 2500 ausländische Soldaten", 3738, "troops", 2500, "about", "foreign_troops", KZ, "OVKS"),
    # 001, Friday
    seed_claim("001", "bereits 26 Demonstranten getötet", 1057, "deaths", 26, "exact", "protesters", KZ, "Staatsfernsehen"),
    seed_claim("001", "landesweit mehr als 3700 Festnahmen", 1118, "arrests", 3700, "more_than", "all", KZ, "Staatsfernsehen"),
    seed_claim("001", "mindestens 18 Sicherheitskräfte", 1293, "deaths", 18, "at_least", "security_forces", KZ, "offizielle Angaben"),
    seed_claim("001", "insgesamt etwa 2500 entsandten ausländischen Soldaten", 5310, "troops", 2500, "about", "foreign_troops", KZ, "OVKS"),
    # 002, Saturday
    seed_claim("002", "insgesamt mehr als 4400 Personen festgenommen", 98, "arrests", 4400, "more_than", "all", KZ, "Innenministerium", "Staatsfernsehen"),
    seed_claim("002", "insgesamt mehr als 40 Tote", 565, "deaths", 40, "more_than", "all", KZ, "Behörden", flags=("includes_security_forces",)),
    # 003, Friday
    seed_claim("003", "Das Staatsfernsehen berichtete von mehr als 3700 Festnahmen", 2477, "arrests", 3700, "more_than", "all", KZ, "Staatsfernsehen"),
    seed_claim("003", "26 \"bewaffnete Kriminelle\"", 2571, "deaths", 26, "exact", "protesters", KZ, "Innenministerium"),
    seed_claim("003", "18 Polizisten und Nationalgardisten getötet", 2663, "deaths", 18, "exact", "security_forces", KZ, "Innenministerium"),
    seed_claim("003", "etwa 2500 Soldaten", 3165, "troops", 2500, "about", "foreign_troops", KZ, "OVKS"),
    # 004, Friday
    seed_claim("004", "Regierung spricht von „dutzenden“ getöteten Demonstranten", 2017, "deaths", None, "vague", "protesters", KZ, "Regierung"),
    seed_claim("004", "Nach Regierungsangaben wurden „dutzende“ Demonstranten getötet", 2076, "deaths", None, "vague", "protesters", KZ, "Regierung"),
    seed_claim("004", "mehr als tausend weitere verletzt", 2143, "injuries", 1000, "more_than", "protesters", KZ, "Regierung"),
    seed_claim("004", "gab es demnach 18 Tote", 2211, "deaths", 18, "exact", "security_forces", KZ, "Regierung"),
    seed_claim("004", "fast 750 Verletzte", 2238, "injuries", 750, "almost", "security_forces", KZ, "Regierung"),
    seed_claim("004", "Mehr als 3000 Demonstranten seien festgenommen worden", 2258, "arrests", 3000, "more_than", "protesters", KZ, "Regierung"),
]

_TEXT = {c.claim_id: c.text for c in SEED_CLAIMS}


@pytest.fixture(scope="module")
def seeds() -> Reconciliation:
    return reconcile(SEED_CLAIMS)


def _pairs(result: Reconciliation, quantity_id: str) -> list[tuple[str, str, str]]:
    """(reason, earlier quote, later quote) for every difference whose first claim is in the quantity."""
    return [
        (d.reason.value, _TEXT[d.claim_id], _TEXT[d.other_claim_id])
        for d in result.differences
        if d.quantity_id == quantity_id
    ]


# ---- (a) the seeds, as a fact-checker reads them ----------------------------------------------------


def test_seed_quantities_are_the_fact_checkers(seeds: Reconciliation) -> None:
    keys = sorted((q.category.value, q.group, q.location, q.n_claims) for q in seeds.quantities)
    assert keys == [
        ("arrests", "all", KZ, 5),
        ("deaths", "all", "Almaty", 1),
        ("deaths", "all", KZ, 2),
        ("deaths", "children", "Almaty", 1),
        ("deaths", "protesters", KZ, 4),
        ("deaths", "security_forces", KZ, 3),
        ("injuries", "all", KZ, 1),
        ("injuries", "protesters", KZ, 1),
        ("injuries", "security_forces", KZ, 1),
        ("troops", "foreign_troops", KZ, 3),
    ]


def test_seeds_have_no_conflict(seeds: Reconciliation) -> None:
    assert seeds.conflicts() == ()
    allowed = {Reason.UPDATE, Reason.SUBGROUP, Reason.SUBAREA, Reason.VAGUE, Reason.COMPATIBLE, Reason.REPEAT}
    assert {d.reason for d in seeds.differences} <= allowed
    assert all(q.status in (Status.CONSISTENT, Status.SINGLE) for q in seeds.quantities)
    for d in seeds.differences:
        assert d.sentence.endswith(".") and d.sentence.count("\n") == 0 and len(d.sentence) > 30


def test_seed_deaths_read_as_updates_subgroups_and_subareas(seeds: Reconciliation) -> None:
    deaths_all = seeds.quantity("deaths", "all", KZ)
    assert _pairs(seeds, deaths_all.quantity_id) == [
        ("update", "insgesamt mehr als 40 Tote", "von mindestens 164 Todesopfern"),
    ]
    protesters = seeds.quantity("deaths", "protesters", KZ)
    assert _pairs(seeds, protesters.quantity_id) == [
        ("repeat", "Regierung spricht von „dutzenden“ getöteten Demonstranten", "Nach Regierungsangaben wurden „dutzende“ Demonstranten getötet"),
        ("vague", "Nach Regierungsangaben wurden „dutzende“ Demonstranten getötet", "bereits 26 Demonstranten getötet"),
        ("repeat", "bereits 26 Demonstranten getötet", "26 \"bewaffnete Kriminelle\""),
        ("subgroup", "bereits 26 Demonstranten getötet", "insgesamt mehr als 40 Tote"),
    ]
    security = seeds.quantity("deaths", "security_forces", KZ)
    assert _pairs(seeds, security.quantity_id) == [
        ("repeat", "18 Polizisten und Nationalgardisten getötet", "gab es demnach 18 Tote"),
        ("compatible", "gab es demnach 18 Tote", "mindestens 18 Sicherheitskräfte"),
        ("subgroup", "mindestens 18 Sicherheitskräfte", "insgesamt mehr als 40 Tote"),
    ]
    almaty = seeds.quantity("deaths", "all", "Almaty")
    assert almaty.parent_id == deaths_all.quantity_id
    assert _pairs(seeds, almaty.quantity_id) == [
        ("subarea", "seien 103 Menschen ums Leben gekommen", "von mindestens 164 Todesopfern"),
    ]
    children = seeds.quantity("deaths", "children", "Almaty")
    assert children.parent_id == almaty.quantity_id
    assert _pairs(seeds, children.quantity_id) == [
        ("subgroup", "darunter zwei Kinder", "seien 103 Menschen ums Leben gekommen"),
    ]


def test_seed_deaths_explanations(seeds: Reconciliation) -> None:
    deaths_all = seeds.quantity("deaths", "all", KZ)
    text = deaths_all.explanation
    assert "Jump: from more than 40 (Sat 2022-01-08) to at least 164 (Sun 2022-01-09) in one day" in text
    assert "Sum of parts (derived): 18 security forces + 26 protesters make at least 44" in text
    assert "the total, more than 40 (Sat 2022-01-08) (a total that includes security forces), has room for them" in text
    assert "No conflict." in text
    assert (deaths_all.low.value, deaths_all.best.value, deaths_all.high.value) == (164, 164, None)
    assert deaths_all.latest_claim_id == SEED_CLAIMS[0].claim_id


def test_every_seed_death_figure_has_one_origin_the_kazakh_government(seeds: Reconciliation) -> None:
    for q in seeds.quantities:
        if q.category.value == "deaths":
            assert q.origins == (GOV,), q.quantity_id
            assert q.n_origins == 1
    deaths = {c.claim_id for c in SEED_CLAIMS if c.category.value == "deaths"}
    assert {seeds.claim_origins[cid] for cid in deaths} == {GOV}
    assert Origin(name=GOV, type=OriginType.GOVERNMENT) in seeds.origins


def test_seed_arrests_are_compatible_then_updates(seeds: Reconciliation) -> None:
    arrests = seeds.quantity("arrests", "all", KZ)
    assert _pairs(seeds, arrests.quantity_id) == [
        ("compatible", "Mehr als 3000 Demonstranten seien festgenommen worden", "landesweit mehr als 3700 Festnahmen"),
        ("repeat", "landesweit mehr als 3700 Festnahmen", "Das Staatsfernsehen berichtete von mehr als 3700 Festnahmen"),
        ("update", "Das Staatsfernsehen berichtete von mehr als 3700 Festnahmen", "insgesamt mehr als 4400 Personen festgenommen"),
        ("update", "insgesamt mehr als 4400 Personen festgenommen", "Knapp 6000 Demonstranten wurden festgenommen"),
    ]
    assert arrests.n_origins == 1 and arrests.status is Status.CONSISTENT
    assert arrests.latest.startswith("almost 6,000 people arrested")


def test_seed_troops_are_one_csto_figure_repeated(seeds: Reconciliation) -> None:
    troops = seeds.quantity("troops", "foreign_troops", KZ)
    assert [d[0] for d in _pairs(seeds, troops.quantity_id)] == ["repeat", "repeat"]
    assert troops.origins == ("CSTO",) and troops.status is Status.CONSISTENT
    assert Origin(name="CSTO", type=OriginType.MILITARY_ALLIANCE) in seeds.origins
    assert troops.n_documents == 3


def test_seed_injuries_parts_fit_under_the_later_total(seeds: Reconciliation) -> None:
    protesters = seeds.quantity("injuries", "protesters", KZ)
    security = seeds.quantity("injuries", "security_forces", KZ)
    total = seeds.quantity("injuries", "all", KZ)
    assert protesters.parent_id == total.quantity_id == security.parent_id
    assert [d[0] for d in _pairs(seeds, protesters.quantity_id)] == ["subgroup"]
    assert [d[0] for d in _pairs(seeds, security.quantity_id)] == ["subgroup"]
    assert "Sum of parts (derived): 675 security forces + 1,001 protesters make at least 1,676" in total.explanation


def test_optional_seed_claims_add_no_conflict() -> None:
    anecdote = seed_claim("001", "einen toten Mann entdeckt", 4031, "deaths", 1, "exact", "all", "Almaty", "Kommersant", flags=("anecdotal",))
    result = reconcile([*SEED_CLAIMS, anecdote])
    assert result.conflicts() == ()
    # one event, one toll: an unmarked anecdote in Almaty joins the national toll (103 "alone in Almaty" does not)
    toll = result.quantity("deaths", "all", KZ)
    assert anecdote.claim_id in toll.claim_ids
    assert next(d.reason for d in result.differences if d.claim_id == anecdote.claim_id) is Reason.UPDATE
    assert result.claim_origins[anecdote.claim_id] == "Kommersant"
    assert "Kommersant" not in toll.origins, "an anecdote is no origin of the count"
    assert anecdote.claim_id not in toll.low.claim_ids + toll.best.claim_ids, "nor part of its estimates"
    almaty = result.quantity("deaths", "all", "Almaty")
    assert almaty.claim_ids == (ALMATY_103.claim_id,)


# ---- (b) real conflicts ------------------------------------------------------------------------------


def _report(doc: str, quote: str, value: int, qualifier: str, speaker: str, day: dt.date, **kw: object) -> Claim:
    return seed_claim(doc, quote, 0, str(kw.pop("category", "deaths")), value, qualifier, str(kw.pop("group", "all")),
                      str(kw.pop("location", KZ)), speaker, day=day, language="en", **kw)  # type: ignore[arg-type]


CONFLICT_CASES = [
    pytest.param(
        [
            _report("gov", "the government said 95 people had been killed", 95, "exact", "the government", FRI),
            _report("opp", "the opposition party put the death toll at 128", 128, "exact", "the main opposition party", FRI),
        ],
        Reason.CONFLICT,
        Status.CONFLICT,
        id="government-95-vs-opposition-128-same-day",
    ),
    pytest.param(
        [
            _report("mon", "the health ministry said at least 56 people died", 56, "at_least", "the health ministry", FRI),
            _report("tue", "the health ministry revised the toll to 48", 48, "exact", "the health ministry", SAT),
        ],
        Reason.DECREASE,
        Status.SUSPICIOUS,
        id="cumulative-toll-falls-from-at-least-56-to-48",
    ),
    pytest.param(
        [
            _report("a", "40 people were killed", 40, "exact", "police", FRI),
            _report("a", "among them 45 children", 45, "exact", "police", FRI, group="children"),
        ],
        Reason.PART_EXCEEDS_WHOLE,
        Status.SUSPICIOUS,
        id="45-children-among-40-dead-same-day",
    ),
]


@pytest.mark.parametrize(("claims", "reason", "status"), CONFLICT_CASES)
def test_real_conflicts_are_flagged(claims: list[Claim], reason: Reason, status: Status) -> None:
    result = reconcile(claims)
    assert [d.reason for d in result.differences] == [reason]
    assert any(q.status is status for q in result.quantities)


def test_conflict_names_both_origins() -> None:
    result = reconcile(CONFLICT_CASES[0].values[0])  # type: ignore[arg-type]
    (difference,) = result.conflicts()
    assert GOV in difference.sentence and "the main opposition party" in difference.sentence
    assert result.quantities[0].n_origins == 2
    assert "Conflict:" in result.quantities[0].explanation


def test_part_of_link_larger_than_its_total() -> None:
    whole = _report("a", "12 people were killed", 12, "exact", "police", FRI)
    part = _report("b", "including 20 protesters", 20, "exact", "police", FRI, group="protesters", part_of=whole.claim_id)
    result = reconcile([whole, part])
    assert [d.reason for d in result.differences] == [Reason.PART_EXCEEDS_WHOLE]


def test_same_figure_from_two_origins_is_compatible_not_repeat() -> None:
    a = _report("a", "at least 30 dead", 30, "at_least", "the interior ministry", FRI)
    b = _report("b", "at least 30 dead", 30, "at_least", "Amnesty International", FRI)
    result = reconcile([a, b])
    assert [d.reason for d in result.differences] == [Reason.COMPATIBLE]
    assert result.quantities[0].n_origins == 2


# ---- policies -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        pytest.param("ucdp", (3001, 3701, None), id="ucdp-low-best-high"),
        pytest.param("acled", (3000, 3000, 3000), id="acled-conservative-stated-figure"),
        pytest.param("intersection", (3701, 3701, None), id="intersection-of-bounds"),
    ],
)
def test_policies_on_friday_arrests(policy: str, expected: tuple[int | None, ...]) -> None:
    friday = [c for c in SEED_CLAIMS if c.category.value == "arrests" and c.as_of == FRI]
    result = reconcile(friday, policy=policy)  # type: ignore[arg-type]
    (q,) = result.quantities
    assert (q.low.value, q.best.value, q.high.value) == expected
    assert q.low.rule.startswith(policy) and q.low.claim_ids


def test_events_split_quantities_and_origins_extend() -> None:
    claims = SEED_CLAIMS[:2]
    events = {"000": "kazakhstan-2022"}
    extra = {"gesundheitsministerium": Origin(name="Kazakh health ministry", type=OriginType.GOVERNMENT)}
    result = reconcile(claims, events=events, origins=extra)
    assert {q.event for q in result.quantities} == {"kazakhstan-2022"}
    assert result.claim_origins[ALMATY_103.claim_id] == "Kazakh health ministry"


# ---- (d) bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        pytest.param(["26 Tote"], "item 0 is a str", id="string-item"),
        pytest.param([SEED_CLAIMS[0], {"value": 26}], "item 1 is a dict", id="dict-item"),
        pytest.param([None], "item 0 is a NoneType", id="none-item"),
        pytest.param("26 Tote", "iterable of Claim objects, not str", id="a-string"),
        pytest.param(SEED_CLAIMS[0], "not Claim", id="a-single-claim"),
        pytest.param(26, "not int", id="a-number"),
    ],
)
def test_non_claims_raise_type_error(bad: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        reconcile(bad)  # type: ignore[arg-type]


def test_unknown_policy_names_the_choices() -> None:
    with pytest.raises(ValueError, match="unknown policy 'median': choose one of acled, ucdp, intersection"):
        reconcile(SEED_CLAIMS, policy="median")  # type: ignore[arg-type]


def test_duplicate_claim_is_named_and_a_missing_event_is_resolved() -> None:
    with pytest.raises(ValueError, match="duplicate claim_id"):
        reconcile([SEED_CLAIMS[0], SEED_CLAIMS[0]])
    mixed = reconcile(SEED_CLAIMS[:2] + SEED_CLAIMS[6:7], events={"000": "x"})  # the others are resolved
    assert {e.event_id for e in mixed.events} == {"x", "default"}
    with pytest.raises(ValueError, match="unknown origin type 'state'"):
        reconcile(SEED_CLAIMS, origins={"khabar": ("Khabar", "state")})


def test_empty_input_is_an_empty_reconciliation() -> None:
    result = reconcile([])
    assert result.quantities == () and result.differences == ()
    assert list(result.to_frame().dtypes.astype(str)) == list(QUANTITY_DTYPES.values())
    assert list(result.differences_frame().dtypes.astype(str)) == list(DIFFERENCE_DTYPES.values())


# ---- the views ------------------------------------------------------------------------------------


def test_frames_have_fixed_columns_and_dtypes(seeds: Reconciliation) -> None:
    frame = seeds.to_frame()
    assert list(frame.columns) == list(QUANTITY_DTYPES)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == QUANTITY_DTYPES
    row = frame[(frame["category"] == "deaths") & (frame["group"] == "all") & (frame["location"] == KZ)].iloc[0]
    assert row["stated"] == "Sat 2022-01-08: more than 40; Sun 2022-01-09: at least 164"
    assert row["low"] == 164 and pd.isna(row["high"]) and row["n_origins"] == 1
    diffs = seeds.differences_frame()
    assert list(diffs.columns) == list(DIFFERENCE_DTYPES) and len(diffs) == len(seeds.differences)


def test_render_text_lists_figures_by_source_and_day_and_every_reason(seeds: Reconciliation) -> None:
    text = seeds.render_text()
    assert "deaths · people · Kazakhstan: consistent" in text
    assert "Sun 2022-01-09   at least 164" in text
    assert "Gesundheitsministerium via Staatsfernsehen [government of Kazakhstan]" in text
    for d in seeds.differences:
        assert f"- {d.reason.value}: {d.sentence}" in text


def test_html_escapes_every_text() -> None:
    evil = seed_claim("<b>", "<script>alert(1)</script> 5 Tote", 0, "deaths", 5, "exact", "all", "<img src=x>", "<script>x</script>", day=FRI)
    page = reconcile([evil])._repr_html_()
    assert "<script>" not in page and "<img" not in page and "<b>" not in page.replace("<b>5</b>", "")
    assert "&lt;script&gt;" in page and "&lt;img src=x&gt;" in page


def test_json_round_trip_and_schema(seeds: Reconciliation) -> None:
    payload = seeds.model_dump_json()
    assert Reconciliation.model_validate_json(payload) == seeds
    jsonschema.validate(json.loads(payload), reconciliation_schema())


def test_results_copy_like_pydantic_objects(seeds: Reconciliation) -> None:
    quantity, other = seeds.quantities[0], seeds.quantities[1]
    changed = quantity.model_copy(update={"status": Status.CONFLICT})
    assert changed.status is Status.CONFLICT and quantity.status is not Status.CONFLICT
    assert other.model_fields_set == set(type(other).model_fields)
    assert seeds.differences[0].model_fields_set == set(type(seeds.differences[0]).model_fields)


def test_models_share_their_fields_set_and_copy_apart(seeds: Reconciliation) -> None:
    """The result's models share one set of field names a kind (memory: one Difference a claim), which
    reads as each model's own: every field given, and a copy with changes gets a set of its own."""
    differences, quantities = seeds.differences, seeds.quantities
    assert len(differences) >= 2 and len(quantities) >= 2
    assert differences[0].model_fields_set is differences[1].model_fields_set
    assert differences[0].model_fields_set == set(type(differences[0]).model_fields)
    assert quantities[0].model_fields_set == set(type(quantities[0]).model_fields)
    copy = differences[0].model_copy(update={"sentence": "changed"})
    assert copy.sentence == "changed" and differences[0].sentence != "changed"
    assert copy.model_fields_set is not differences[0].model_fields_set
    assert differences[1].model_fields_set == set(type(differences[1]).model_fields)


def test_period_tally_and_other_incident_are_not_the_events_toll() -> None:
    """A tally over a period ("so far this year") and another incident's toll ("last month's
    shooting") are quantities of their own, kept apart in ``other_quantities`` with their real group and
    their scope: the event's toll stays the figure of the event, and its quantities are its own."""
    from casualty_reconcile import extract

    first = extract(
        "Two people were killed in a shooting on Elm Street on Sunday. More than 60 people have been killed "
        "in the city so far this year.",
        doc_id="a", language="en", published="2024-05-05",
    )
    second = extract(
        "Police said two men died in Sunday's shooting, near the corner where last month's shooting left 3 dead.",
        doc_id="b", language="en", published="2024-05-06",
    )
    result = reconcile([*first, *second], events={"a": "elm", "b": "elm"})
    deaths = {q.group: q for q in result.quantities if q.category.value == "deaths"}
    assert list(deaths) == ["all"] and {q.scope.value for q in result.quantities} == {"event"}
    assert deaths["all"].best.value == 2 and deaths["all"].n_documents == 2
    others = {q.scope.value: q for q in result.other_quantities if q.category.value == "deaths"}
    assert others["period_tally"].best.value == 61 and others["period_tally"].group == "all"
    assert others["other_incident"].best.value == 3 and others["other_incident"].group == "all"
    assert result.quantity("deaths", scope="other_incident") is others["other_incident"]
    assert result.all_quantities() == result.quantities + result.other_quantities
    text = result.render_text()
    assert "deaths · people · place not stated (a period's tally)" in text
    assert "(and 2 of other incidents or periods)" in text
    assert text.index("(another incident)") > text.index("deaths · people · place not stated: ")
    frame = result.to_frame()
    assert list(frame["scope"]) == [q.scope.value for q in result.all_quantities()]
    assert result.of_event("elm").other_quantities == result.other_quantities
    assert "(another incident)" in result.render_markdown() and "(a period&#x27;s tally)" in result._repr_html_()
    from casualty_reconcile.cli import _reconciliation_jsonl

    records = [json.loads(line) for line in _reconciliation_jsonl(result, "quantities").splitlines()]
    assert [r["scope"] for r in records] == ["event", "other_incident", "period_tally"]
    assert {q.quantity_id for q in result.other_quantities} <= set(result.claims_frame()["quantity_id"])


def test_a_first_report_since_superseded_is_no_estimate() -> None:
    """A figure the text calls a first report ("initially said", "zunächst war von") is withdrawn: the
    estimates are the figure that replaced it, not a range over both."""
    from casualty_reconcile import extract

    for text, language, category, value in (
        ("Police initially said two people were killed, but later said three had died.", "en", "deaths", 3),
        ("Zunächst war von drei Verletzten die Rede, inzwischen spricht die Polizei von vier.", "de", "injuries", 4),
    ):
        result = reconcile(extract(text, doc_id="a", language=language, published="2024-05-05"))
        (quantity,) = [q for q in result.quantities if q.category.value == category]
        assert (quantity.low.value, quantity.best.value, quantity.high.value) == (value, value, value), text


def test_the_shot_who_all_died_are_no_injured() -> None:
    """A count of the shot ("a 4-year-old was shot") counts the dead and the injured together: once
    the event's dead reach it ("the boy died"), none of the shot is injured; where the shot outnumber
    the dead, the figure stays as stated."""
    from casualty_reconcile import extract

    early = extract("Police said a 4-year-old boy was shot inside a home on Friday.", doc_id="a", language="en", published="2024-05-03")
    later = extract("The 4-year-old boy died at a hospital on Saturday, police said.", doc_id="b", language="en", published="2024-05-04")
    assert [c.flags for c in early if c.category.value == "injuries"] == [("anecdotal", "shot")]
    result = reconcile([*early, *later], events={"a": "e", "b": "e"})
    injuries = [q for q in result.quantities if q.category.value == "injuries"]
    assert [q.best.value for q in injuries] == [0]
    derived = [c for c in result.claims if c.category.value == "injuries"]
    assert [(c.value, c.flags) for c in derived] == [(0, ("anecdotal", "derived"))]

    traced = extract("Police said a 4-year-old boy was shot inside a home on Friday.", doc_id="a", language="en",
                     published="2024-05-03", trace=True)
    result = reconcile([*traced, *later], events={"a": "e", "b": "e"})
    # the trace names the reconcile rule after the extraction's rules
    assert [c.trace[-1] for c in result.claims if c.category.value == "injuries"] == ["reconcile.injured-among-shot"]

    many = extract("Five people were shot outside a club early Sunday.", doc_id="c", language="en", published="2024-05-05")
    one = extract("One man died of his wounds, police said.", doc_id="d", language="en", published="2024-05-06")
    result = reconcile([*many, *one], events={"c": "f", "d": "f"})
    assert [q.best.value for q in result.quantities if q.category.value == "injuries"] == [5]

    # an article that counts the dead and the injured apart, with as many injured as the shot: not all died
    apart = extract("Five people died and five others were wounded in the shooting, police said.", doc_id="e",
                    language="en", published="2024-05-06")
    result = reconcile([*many, *apart], events={"c": "f", "e": "f"})
    assert sorted(c.value for c in result.claims if c.category.value == "injuries") == [5, 5]


@pytest.mark.parametrize(
    ("language", "wounded", "died"),
    [
        ("en", "The teen was shot in the face and was taken to a hospital in critical condition, police said.",
         "The 16-year-old boy died at the hospital on Saturday, police said."),
        ("de", "Der 17-Jährige wurde schwer verletzt in ein Krankenhaus gebracht, teilte die Polizei mit.",
         "Der 17-Jährige starb am Samstag im Krankenhaus, teilte die Polizei mit."),
    ],
)
def test_one_victim_wounded_who_later_died_is_no_injured(language: str, wounded: str, died: str) -> None:
    """An early report of one victim wounded, in an event whose dead reach one and where no article
    counts the dead and the injured apart, is the victim who later died: none injured (derived); an
    article that counts a death and an injury apart keeps the injured."""
    from casualty_reconcile import extract

    early = extract(wounded, doc_id="a", language=language, published="2024-05-03")
    later = extract(died, doc_id="b", language=language, published="2024-05-04")
    assert [(c.category.value, c.value) for c in [*early, *later]] == [("injuries", 1), ("deaths", 1)]
    result = reconcile([*early, *later], events={"a": "e", "b": "e"})
    assert [(c.value, "derived" in c.flags) for c in result.claims if c.category.value == "injuries"] == [(0, True)]
    assert [q.best.value for q in result.quantities if q.category.value == "injuries"] == [0]

    apart = extract("A man was killed and a woman was wounded in the shooting, police said.", doc_id="c", language="en",
                    published="2024-05-04")
    result = reconcile([*early, *later, *apart], events={"a": "e", "b": "e", "c": "e"})
    assert sorted(c.value for c in result.claims if c.category.value == "injuries") == [1, 1]


def test_a_part_of_an_unstated_whole_is_no_toll() -> None:
    """"Two of the victims remain in critical condition" is a part (flag part): the estimate rests on
    the whole stated the same day."""
    from casualty_reconcile import extract

    claims = extract(
        "Five people were wounded in the shooting on Friday. Two of the victims remain in critical condition.",
        doc_id="a", language="en", published="2024-05-03",
    )
    assert [(c.value, "part" in c.flags) for c in claims] == [(5, False), (2, True)]
    result = reconcile(claims, events={"a": "e"})
    assert [q.best.value for q in result.quantities if q.category.value == "injuries"] == [5]


def test_a_town_the_gazetteer_places_abroad_is_read_in_the_claims_country() -> None:
    """"Hamilton" is Canada's in the gazetteer; among claims placed in Ohio and the United States it is
    the town of that name there (as extraction reads it in the story's country), not a city abroad."""
    from casualty_reconcile.places import _Places

    assert _Places(["United States", "Ohio", "Hamilton"]).info("Hamilton") == ("Hamilton", False, "United States")
    assert _Places(["Canada", "Hamilton"]).info("Hamilton") == ("Hamilton", False, "Canada")
    assert _Places().info("Hamilton") == ("Hamilton", False, "Canada")  # no country named: the gazetteer's
    from casualty_reconcile import extract

    claims = [
        *extract("Police arrested three people in Hamilton, Ohio, on Sunday.", doc_id="a", language="en"),
        *extract("Across the United States, 40 people were arrested on Sunday, officials said.", doc_id="b", language="en"),
    ]
    result = reconcile(claims, events={"a": "e", "b": "e"})
    town = next(q for q in result.quantities if q.location == "Hamilton")
    assert town.parent_id == "e:arrests:all:United States"  # a part of the country's count, not of Canada's
    assert [d.reason.value for d in result.differences] == ["subarea"]


@pytest.mark.parametrize(
    "language,country_report,capital_report",
    [
        ("en", "Police have detained 300 people in Iran since the protests began, officials said.",
         "TEHRAN (Wire) - The judiciary said on Friday that more than 500 people had been arrested since the protests began."),
        ("de", "Im Iran hat die Polizei seit Beginn der Proteste nach eigenen Angaben 300 Menschen festgenommen.",
         "TEHERAN (Agentur) - Die Justiz sprach am Freitag von mehr als 500 Festnahmen seit Beginn der Proteste."),
    ],
)
def test_a_count_placed_in_the_capital_by_a_dateline_joins_the_country_s(
    language: str, country_report: str, capital_report: str
) -> None:
    """Agency copy is filed from the capital: arrests a report places in Tehran by its dateline count
    what another report of the event counts in Iran, so they are one quantity (a later figure, an
    update), not a subarea of the country's."""
    from casualty_reconcile import extract

    claims = [
        *extract(country_report, doc_id="a", language=language, published="2022-09-21"),
        *extract(capital_report, doc_id="b", language=language, published="2022-09-23"),
    ]
    assert [c.location for c in claims] == ["Iran", "Tehran"]
    result = reconcile(claims, events={"a": "e", "b": "e"})
    assert [q.quantity_id for q in result.quantities] == ["e:arrests:all:Iran"]
    assert [d.reason.value for d in result.differences] == ["update"]


def test_a_count_of_the_capital_alone_stays_a_subarea_of_the_country_s() -> None:
    """A part of the country's count told as the capital's ("200 of them in Tehran") keeps its place."""
    from casualty_reconcile import extract

    claims = extract(
        "More than 700 people have been arrested across Iran since the protests began, 200 of them in Tehran, "
        "the judiciary said.", doc_id="a", language="en", published="2022-09-23",
    )
    assert [(c.value, c.location) for c in claims] == [(700, "Iran"), (200, "Tehran")]
    result = reconcile(claims, events={"a": "e"})
    town = next(q for q in result.quantities if q.location == "Tehran")
    assert town.parent_id == "e:arrests:all:Iran"


@pytest.mark.parametrize(
    "language,near,abroad",
    [
        ("en", "KHARTOUM (Wire) - Shelling of a market in Omdurman killed 20 people, Sudan's health ministry said.",
         "CAIRO (Wire) - The health ministry in Khartoum said 20 people were killed in the shelling of the market."),
        ("de", "KHARTUM (Agentur) - Beim Beschuss eines Marktes in Omdurman sind nach Angaben des sudanesischen "
               "Gesundheitsministeriums 20 Menschen getötet worden.",
         "KAIRO (Agentur) - Das Gesundheitsministerium in Khartum sprach von 20 Toten bei dem Beschuss des Marktes."),
    ],
)
def test_a_tie_between_two_countries_goes_to_the_government_the_figures_come_from(
    language: str, near: str, abroad: str
) -> None:
    """A report filed from a capital abroad ("CAIRO") places its figure there; beside a report from the
    event's country the tie of one claim each is broken by whose government the figures come from
    (Sudan's), not by the countries' names."""
    from casualty_reconcile import extract

    claims = [*extract(near, doc_id="a", language=language), *extract(abroad, doc_id="b", language=language)]
    assert sorted(str(c.location) for c in claims) == ["Cairo", "Omdurman"]
    result = reconcile(claims, events={"a": "e", "b": "e"})
    assert {q.location for q in result.quantities} == {"Sudan"}


@pytest.mark.parametrize(
    ("language", "first", "follow_up", "background"),
    [
        (
            "en",
            "Four people were wounded in a shooting outside a bar on Main Street early Sunday, police said.",
            "Police arrested a suspect in last month's shooting outside a bar that wounded four people.",
            "Police arrested a suspect in last month's shooting outside a bar that wounded seven people.",
        ),
        (
            "de",
            "Vier Menschen sind bei Schüssen vor einer Bar in der Hauptstraße verletzt worden, teilte die Polizei mit.",
            "Die Polizei hat einen Verdächtigen wegen der Schüsse vom vergangenen Monat festgenommen, bei denen vier "
            "Menschen verletzt wurden.",
            "Die Polizei hat einen Verdächtigen wegen der Schüsse vom vergangenen Monat festgenommen, bei denen sieben "
            "Menschen verletzt wurden.",
        ),
    ],
)
def test_a_follow_up_recalling_its_own_incident_counts_the_events_toll(
    language: str, first: str, follow_up: str, background: str
) -> None:
    """A follow-up that leads with its own incident in words of another one ("last month's shooting that
    wounded four") and states no toll of its own counts the event's toll when that is the figure the
    event's reports state: one toll, not an 'other incident' beside it. A figure that is not the event's
    toll stays another incident's."""
    from casualty_reconcile import extract

    report = extract(first, doc_id="a", language=language, published="2024-04-07")
    for text, value, joins in ((follow_up, 4, True), (background, 7, False)):
        later = extract(text, doc_id="b", language=language, published="2024-05-06")
        (flagged,) = [c for c in later if c.category.value == "injuries"]
        assert flagged.value == value and "other_incident" in flagged.flags
        result = reconcile([*report, *later], events={"a": "bar", "b": "bar"})
        injuries = {q.group: q for q in result.quantities if q.category.value == "injuries"}
        assert injuries["all"].best.value == 4
        assert injuries["all"].n_documents == (2 if joins else 1), text
        assert any(q.category.value == "injuries" for q in result.other_quantities) is not joins, text


@pytest.mark.parametrize(
    ("language", "first", "restated"),
    [
        (
            "en",
            "Four people were wounded in a shooting outside a bar on Main Street early Sunday, police said.",
            "Police arrested a suspect in last month's shooting outside a bar that wounded four people. Four people "
            "were wounded when a gunman opened fire on the patio, police said.",
        ),
        (
            "de",
            "Vier Menschen sind bei Schüssen vor einer Bar in der Hauptstraße verletzt worden, teilte die Polizei mit.",
            "Die Polizei hat einen Verdächtigen wegen der Schüsse vom vergangenen Monat festgenommen, bei denen vier "
            "Menschen verletzt wurden. Vier Menschen waren verletzt worden, als ein Mann auf der Terrasse das Feuer eröffnete.",
        ),
    ],
)
def test_a_flagged_figure_its_report_restates_unflagged_counts_the_events_toll(
    language: str, first: str, restated: str
) -> None:
    """A report that states its incident's toll once in words of another incident and once plainly
    counts one toll: the flagged figure joins the event's, which another report states too."""
    from casualty_reconcile import extract

    report = extract(first, doc_id="a", language=language, published="2024-04-07")
    later = extract(restated, doc_id="b", language=language, published="2024-05-06")
    flagged = [c for c in later if c.category.value == "injuries" and "other_incident" in c.flags]
    assert [c.value for c in flagged] == [4]
    result = reconcile([*report, *later], events={"a": "bar", "b": "bar"})
    injuries = {q.group: q for q in result.quantities if q.category.value == "injuries"}
    assert not result.other_quantities
    assert flagged[0].claim_id in injuries["all"].claim_ids and injuries["all"].best.value == 4


@pytest.mark.parametrize(
    ("language", "first", "follow_up"),
    [
        (
            "en",
            "Three men were injured in a shooting at a gas station on Elm Avenue on Friday night, police said.",
            "A man was charged on Tuesday in last month's shooting at a gas station that injured three men.",
        ),
        (
            "de",
            "Drei Männer sind bei Schüssen an einer Tankstelle in der Lindenallee verletzt worden, teilte die Polizei mit.",
            "Die Polizei hat einen Mann wegen der Schüsse vom vergangenen Monat angeklagt, bei denen drei Männer verletzt wurden.",
        ),
    ],
)
def test_a_flagged_figure_counted_in_the_events_toll_names_the_rule(language: str, first: str, follow_up: str) -> None:
    """A figure flagged as another incident's that joins its event's toll (recalled_tolls) records why: the
    rule's name in its trace (extracted with a trace) and a sentence in the explanation of the quantity
    it joins; without a trace the explanation still says it. A toll with no flagged figure says nothing."""
    from casualty_reconcile import extract
    from casualty_reconcile.quantity_places import RECALLED_RULE

    for trace in (True, False):
        report = extract(first, doc_id="a", language=language, published="2024-04-07", trace=trace)
        later = extract(follow_up, doc_id="b", language=language, published="2024-05-06", trace=trace)
        (flagged,) = [c for c in later if c.category.value == "injuries"]
        assert "other_incident" in flagged.flags and RECALLED_RULE not in flagged.trace
        result = reconcile([*report, *later], events={"a": "bar", "b": "bar"})
        (injuries,) = [q for q in result.quantities if q.category.value == "injuries"]
        assert flagged.claim_id in injuries.claim_ids and injuries.best.value == 3
        assert RECALLED_RULE in injuries.explanation, injuries.explanation
        (read,) = [c for c in result.claims if c.claim_id == flagged.claim_id]
        assert (read.trace[-1] == RECALLED_RULE and len(read.trace) > 1) if trace else read.trace == ()
        alone = reconcile(report, events={"a": "bar"})
        assert all(RECALLED_RULE not in q.explanation for q in alone.quantities)
