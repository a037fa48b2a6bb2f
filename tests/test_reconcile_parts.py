"""Parts and wholes in reconciliation: the best estimate rests on the stated whole, not on a part or a
lower bound the whole reaches (local news: "At least three people were taken to the hospital" beside
"Four people were shot")."""

from __future__ import annotations

from casualty_reconcile import extract, reconcile
from casualty_reconcile.models import Claim

from .factories import make_claim


def _injuries(**overrides: object) -> Claim:
    fields: dict[str, object] = {
        "language": "en", "category": "injuries", "location": "Toledo", "speaker": "police", "source": "wtol.com",
        "published": "2016-10-30", "as_of": "2016-10-30",
    }
    fields.update(overrides)
    return make_claim(**fields)


def test_a_lower_bound_a_stated_figure_reaches_leaves_the_best_to_it() -> None:
    bound = _injuries(doc_id="a", text="At least three people", value=3, qualifier="at_least", low=3, high=None)
    stated = _injuries(doc_id="b", text="four people", value=4, qualifier="exact", low=4, high=4)
    result = reconcile([bound, stated], events={"a": "e", "b": "e"})
    (quantity,) = result.quantities
    assert (quantity.low.value, quantity.best.value, quantity.high.value) == (3, 4, None)
    assert quantity.best.claim_ids == (stated.claim_id,)
    assert "lower bounds a stated figure reaches" in quantity.best.rule


def test_a_lower_bound_above_every_stated_figure_still_counts() -> None:
    """"More than 40" beside "12": the bound is not reached, so it stays in the median (the lower one)."""
    bound = _injuries(doc_id="a", text="more than 40 people", value=40, qualifier="more_than", low=41, high=None)
    stated = _injuries(doc_id="b", text="12 people", value=12, qualifier="exact", low=12, high=12)
    result = reconcile([bound, stated], events={"a": "e", "b": "e"})
    (quantity,) = result.quantities
    assert quantity.best.value == 12
    assert quantity.best.rule == "ucdp: the median of the latest day's figures"


def test_the_other_policies_keep_their_rules() -> None:
    bound = _injuries(doc_id="a", text="At least three people", value=3, qualifier="at_least", low=3, high=None)
    stated = _injuries(doc_id="b", text="four people", value=4, qualifier="exact", low=4, high=4)
    acled = reconcile([bound, stated], events={"a": "e", "b": "e"}, policy="acled").quantities[0]
    assert acled.best.value == 3


def test_one_of_five_people_shot_gives_the_five() -> None:
    first = extract("Police said her son was one of five people shot outside the club on Sunday.",
                    doc_id="a", language="en", published="2024-05-06")
    later = extract("Two of the victims remain in critical condition, police said.",
                    doc_id="b", language="en", published="2024-05-07")
    result = reconcile([*first, *later], events={"a": "e", "b": "e"})
    assert [q.best.value for q in result.quantities if q.category.value == "injuries" and q.group == "all"] == [5]


def test_a_list_of_persons_adds_up_to_the_toll() -> None:
    claims = extract("Police said four men and one woman were wounded.", doc_id="a", language="en", published="2024-05-06")
    result = reconcile(claims, events={"a": "e"})
    assert [q.best.value for q in result.quantities if q.category.value == "injuries" and q.group == "all"] == [5]


def test_mindestens_drei_und_vier_verletzte_ergeben_vier() -> None:
    first = extract("Mindestens drei Menschen wurden bei den Schüssen verletzt.", doc_id="a", language="de",
                    published="2024-05-06")
    second = extract("Vier Menschen wurden bei den Schüssen verletzt, teilte die Polizei mit.", doc_id="b", language="de",
                     published="2024-05-06")
    result = reconcile([*first, *second], events={"a": "e", "b": "e"})
    assert [q.best.value for q in result.quantities if q.category.value == "injuries"] == [4]


def test_stated_injured_split_evenly_take_the_upper_middle() -> None:
    """"Seven people were shot" beside "one person was taken to a hospital" on the same day: a count of the
    injured is often told by its parts, so an even split takes the higher middle."""
    part = _injuries(doc_id="a", text="one person", value=1, qualifier="exact", low=1, high=1)
    whole = _injuries(doc_id="a", text="Seven people", value=7, qualifier="exact", low=7, high=7)
    (quantity,) = reconcile([part, whole], events={"a": "e"}).quantities
    assert (quantity.low.value, quantity.best.value, quantity.high.value) == (1, 7, 7)
    assert quantity.best.claim_ids == (whole.claim_id,)
    assert quantity.best.rule.startswith("ucdp: the upper median")


def test_stated_dead_split_evenly_keep_the_lower_middle() -> None:
    one = _injuries(doc_id="a", category="deaths", text="one person", value=1, qualifier="exact", low=1, high=1)
    seven = _injuries(doc_id="a", category="deaths", text="Seven people", value=7, qualifier="exact", low=7, high=7)
    (quantity,) = reconcile([one, seven], events={"a": "e"}).quantities
    assert quantity.best.value == 1
    assert quantity.best.rule == "ucdp: the median of the latest day's figures"


def test_injured_of_a_latest_day_below_an_earlier_figure_draw_on_every_day() -> None:
    """"Four people were wounded" on Monday, "two remain in hospital" on Wednesday: a count of the injured
    does not shrink from one report to the next, so the later smaller figure does not stand for the whole."""
    first = _injuries(doc_id="a", text="Four people", value=4, qualifier="exact", low=4, high=4,
                      published="2016-10-24", as_of="2016-10-24")
    later = _injuries(doc_id="b", text="two", value=2, qualifier="exact", low=2, high=2,
                      published="2016-10-26", as_of="2016-10-26")
    (quantity,) = reconcile([first, later], events={"a": "e", "b": "e"}).quantities
    assert (quantity.low.value, quantity.best.value, quantity.high.value) == (2, 4, 4)
    assert quantity.best.rule.startswith("ucdp: the median of every day's stated figures of the injured")
    # the other policies keep the latest day
    (acled,) = reconcile([first, later], events={"a": "e", "b": "e"}, policy="acled").quantities
    assert acled.best.value == 2


def test_injured_that_grow_keep_the_latest_day() -> None:
    first = _injuries(doc_id="a", text="40 people", value=40, qualifier="exact", low=40, high=40,
                      published="2016-10-24", as_of="2016-10-24")
    later = _injuries(doc_id="b", text="120 people", value=120, qualifier="exact", low=120, high=120,
                      published="2016-10-26", as_of="2016-10-26")
    (quantity,) = reconcile([first, later], events={"a": "e", "b": "e"}).quantities
    assert (quantity.low.value, quantity.best.value, quantity.high.value) == (120, 120, 120)


def test_dead_of_a_latest_day_below_earlier_figures_draw_on_every_day() -> None:
    """"Two people were killed" in two reports on Monday, "family mourns man killed" (one) on Wednesday: a toll
    of the dead does not shrink either, so the later smaller figure is one voice among every day's figures."""
    first, second = (
        _injuries(doc_id=doc, category="deaths", text="Two people", value=2, qualifier="exact", low=2, high=2,
                  published="2016-10-24", as_of="2016-10-24")
        for doc in ("a", "b")
    )
    later = _injuries(doc_id="c", category="deaths", text="man", value=1, qualifier="exact", low=1, high=1,
                      published="2016-10-26", as_of="2016-10-26")
    (quantity,) = reconcile([first, second, later], events={"a": "e", "b": "e", "c": "e"}).quantities
    assert (quantity.low.value, quantity.best.value, quantity.high.value) == (1, 2, 2)
    assert quantity.best.claim_ids == (first.claim_id, second.claim_id)
    assert quantity.best.rule.startswith("ucdp: the median of every day's stated figures of the dead")
    (acled,) = reconcile([first, second, later], events={"a": "e", "b": "e", "c": "e"}, policy="acled").quantities
    assert acled.best.value == 1


def test_dead_of_an_even_split_over_the_days_keep_the_lower_middle() -> None:
    """"Four people" on Monday, "two" on Wednesday: of every day's figures the dead keep the lower middle, as
    on one day (a toll of the dead is not told by its parts as the injured are)."""
    first = _injuries(doc_id="a", category="deaths", text="Four people", value=4, qualifier="exact", low=4, high=4,
                      published="2016-10-24", as_of="2016-10-24")
    later = _injuries(doc_id="b", category="deaths", text="two", value=2, qualifier="exact", low=2, high=2,
                      published="2016-10-26", as_of="2016-10-26")
    (quantity,) = reconcile([first, later], events={"a": "e", "b": "e"}).quantities
    assert quantity.best.value == 2
    assert quantity.best.rule.startswith("ucdp: the median of every day's stated figures of the dead")


def test_dead_that_grow_keep_the_latest_day() -> None:
    first = _injuries(doc_id="a", category="deaths", text="26 people", value=26, qualifier="exact", low=26, high=26,
                      published="2022-01-07", as_of="2022-01-07")
    again = _injuries(doc_id="b", category="deaths", text="26 people", value=26, qualifier="exact", low=26, high=26,
                      published="2022-01-07", as_of="2022-01-07")
    later = _injuries(doc_id="c", category="deaths", text="164 people", value=164, qualifier="exact", low=164, high=164,
                      published="2022-01-09", as_of="2022-01-09")
    (quantity,) = reconcile([first, again, later], events={"a": "e", "b": "e", "c": "e"}).quantities
    assert (quantity.low.value, quantity.best.value, quantity.high.value) == (164, 164, 164)
    assert quantity.best.rule == "ucdp: the median of the latest day's figures"


def test_a_later_article_about_one_victim_does_not_stand_for_the_toll() -> None:
    first = extract("Two men were killed and three others were wounded in a shooting on Monday, police said.",
                    doc_id="a", language="en", published="2016-03-07")
    second = extract("Police said two people died at the scene of Monday's shooting.",
                     doc_id="b", language="en", published="2016-03-07")
    later = extract("Family, friends remember teen killed in shooting\n\nA vigil was held on Sunday.", doc_id="c",
                    language="en", published="2016-03-14")
    assert [(c.value, c.flags) for c in later if c.category.value == "deaths"] == [(1, ())]  # a figure of the toll
    result = reconcile([*first, *second, *later], events={"a": "e", "b": "e", "c": "e"})
    (deaths,) = [q for q in result.quantities if q.category.value == "deaths" and q.group == "all"]
    assert deaths.best.value == 2


def test_ein_spaeterer_bericht_mit_weniger_toten_steht_nicht_fuer_die_zahl() -> None:
    """Zwei Berichte vom Montag nennen drei Tote, einer vom Montag darauf die zwei, die identifiziert sind."""
    first = extract("Bei den Schüssen am Montag wurden drei Männer getötet und zwei weitere verletzt, teilte die Polizei mit.",
                    doc_id="a", language="de", published="2016-03-07")
    second = extract("Drei Menschen starben nach Angaben der Polizei noch am Tatort.",
                     doc_id="b", language="de", published="2016-03-07")
    later = extract("Die Polizei hat die zwei Toten der Schüsse vom Montag identifiziert.", doc_id="c", language="de",
                    published="2016-03-14")
    assert [(c.value, c.flags) for c in later if c.category.value == "deaths"] == [(2, ())]
    result = reconcile([*first, *second, *later], events={"a": "e", "b": "e", "c": "e"})
    (deaths,) = [q for q in result.quantities if q.category.value == "deaths" and q.group == "all"]
    assert deaths.best.value == 3


def test_a_part_of_the_people_linked_to_its_whole_is_no_update_of_it() -> None:
    """"16 blessés, dont trois en urgence absolue": the part (linked by ``part_of``, no flag ``part``) joins the
    whole's quantity but is no figure of the toll: a subgroup of it, never its earlier value, and no update of
    another report's 16 either (s32french, story S32-BLAST-INJURED-PART-FR-EN)."""
    french = extract("L'explosion a fait 16 blessés, dont trois en urgence absolue, selon la préfecture.",
                     language="fr", doc_id="a", published="2024-11-05")
    english = extract("The explosion injured 16 people, the prefecture said.", language="en", doc_id="b", published="2024-11-05")
    assert [(c.value, c.part_of is not None, c.flags) for c in french] == [(16, False, ()), (3, True, ())]
    result = reconcile([*french, *english], events={"a": "e", "b": "e"})
    values = {c.claim_id: c.value for c in [*french, *english]}
    found = {(d.reason.value, values[d.claim_id], values[d.other_claim_id]) for d in result.differences}
    assert ("subgroup", 3, 16) in found
    assert not any(reason == "update" and 3 in (a, b) for reason, a, b in found)
    (toll,) = [q for q in result.quantities if q.parent_id is None]
    assert (toll.low.value, toll.best.value, toll.high.value) == (16, 16, 16)
