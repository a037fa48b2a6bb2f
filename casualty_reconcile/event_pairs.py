"""The tests of event resolution (:mod:`casualty_reconcile.events`) on a pair of documents: what tells
two reports apart (:func:`_apart`), what joins two reports of nearby days (:func:`_near`), and the
stories, places and tolls two reports may share."""

from __future__ import annotations

from .event_evidence import ACCIDENT, LOOSE_KINDS, MISHAP_KINDS, _Doc
from .geo import gazetteer
from .models import Category

INDEX_FIGURE = 2
"""Documents of other towns, and later reports, are looked up by their toll figures from this value up
("one dead" is in too many reports to look them all up)."""

RARE_FIGURE = 10
"""A toll figure from this value up is particular enough to link two documents on its own."""

_ACCIDENT = frozenset({ACCIDENT})
"""the kinds of a document that names an accident and no concrete kind (:func:`_kinds_apart`)"""

_DEATHS = Category.DEATHS.value
"""the category whose toll only grows (:func:`_toll_shrinks`)"""


CHILD_YEARS = 18
"""Only the age of a victim younger than this many years (or told in months) links two reports
(:func:`~casualty_reconcile.event_links._link_victim_ages`) or tells two apart (:func:`_other_children`):
few incidents of a town's week hurt a child of one age, while many hurt a man of 25."""


def _child_age(age: str) -> bool:
    """Whether a victim's age (:attr:`_Doc.ages`: "year:9", "month:6") is a child's (:data:`CHILD_YEARS`)."""
    unit, _, value = age.partition(":")
    return unit != "year" or int(value) < CHILD_YEARS


def _other_children(a: _Doc, b: _Doc) -> bool:
    """Whether both reports count children (:func:`_child_age`) and no child of one age: a boy of 15 and a
    girl of 4 wounded two days apart in one town are two incidents."""
    ours, theirs = {age for age in a.ages if _child_age(age)}, {age for age in b.ages if _child_age(age)}
    return bool(ours and theirs) and ours.isdisjoint(theirs)


def _kinds_apart(a: _Doc, b: _Doc) -> bool:
    """Whether both documents name kinds of event and none in common (a shooting, a crash); an accident
    named alone ("Fährunglück") fits any kind of mishap (the ferry's fire: :data:`MISHAP_KINDS`), an
    explosion named alone any kind (:data:`LOOSE_KINDS`: a bomb's, a mine's)."""
    if not (a.specific and b.specific and a.specific.isdisjoint(b.specific)):
        return False
    if a.specific <= LOOSE_KINDS or b.specific <= LOOSE_KINDS:
        return False
    return not ((a.specific == _ACCIDENT or b.specific == _ACCIDENT) and a.specific | b.specific <= MISHAP_KINDS)


def _apart(a: _Doc, b: _Doc) -> bool:
    """Whether the evidence tells two documents apart: kinds of event with none in common; countries with
    none in common, unless the two state the same toll (:func:`_same_toll`), or a town of one lies in the
    other's area (reports name the two side by side: "Metro" police beside Las Vegas, a town the gazetteer
    places abroad), or, within a day of each other, one of them names no known town, one of them at least
    names a kind of event (none telling them apart) and they state a toll figure (not "one dead") in
    common (a region the gazetteer knows abroad read for a local name); known towns of one country with
    none in common, unless they state the same toll or, within a day of each other, a toll figure in
    common (a neighbourhood the gazetteer knows as a town elsewhere); a town and a region (a state: the
    gazetteer does not say which towns lie in it) when they state no toll figure in common; two regions
    unless they state the same toll."""
    if _kinds_apart(a, b):
        return True
    if a.countries and b.countries and a.countries.isdisjoint(b.countries):
        if _same_toll(a, b) or (a.towns and not a.area.isdisjoint(b.towns)):
            return False
        # within a day, a kind of event named by one at least and none telling them apart (checked above),
        # a toll figure in common (not "one dead"), and one of them names no known town: a place the
        # gazetteer knows abroad ("Nelson") read for a local one; the other report may name no kind
        close = a.day is not None and b.day is not None and abs(a.day - b.day) <= 1
        return not (
            close
            and not (a.towns and b.towns)
            and bool(a.specific or b.specific)
            and any(value >= INDEX_FIGURE for _, value in a.figures & b.figures)
        )
    if a.towns and b.towns and a.area.isdisjoint(b.towns):
        if _same_toll(a, b):
            return False
        common = a.figures & b.figures
        if _may_nest(a, b):  # a neighbourhood or a suburb and its city: apart only by tolls
            if any(value >= INDEX_FIGURE for _, value in common):
                return False
        close = a.day is not None and b.day is not None and abs(a.day - b.day) <= 1
        return not (close and common)
    if (a.towns or a.regions) and (b.towns or b.regions) and (a.area | a.regions).isdisjoint(b.towns | b.regions):
        if _same_toll(a, b):
            return False
        if _town_names_region(a, b) or _town_names_region(b, a) or _part_of_region(a, b) or _part_of_region(b, a):
            return False
        # a town and a region (a state): the town may lie in it when a toll figure is common; two regions: no
        return bool(a.regions and b.regions) or a.figures.isdisjoint(b.figures)
    return False


def _town_names_region(a: _Doc, b: _Doc) -> bool:
    """Whether a town of ``a`` is named by the first words of a region of ``b`` ("Gaza" and "Gaza Strip", "Kherson"
    and "Kherson Oblast"): the region is the town's own, so the town lies in it (the gazetteer does not nest them)."""
    if not (a.towns and b.regions):
        return False
    known = gazetteer()
    return any(
        region.startswith(town + " ") and town in known and region in known and known[town].country == known[region].country
        for town in a.towns
        for region in b.regions
    )  # (of one country: not "Baja" in Hungary and "Baja California")


def _part_of_region(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` counts only a part of the area in a town (:attr:`_Doc.part_area`: "Allein in Sinzig kamen zwölf
    Menschen ums Leben", "Rien qu'à Assouan, 19 personnes sont mortes") and ``b``, of the same country and day or the
    next, a region's or the country's toll (no town) that each of ``a``'s toll figures falls below: the town's dead are
    a part of the region's or the country's (the gazetteer does not say which towns lie in a region), though the two
    state no figure in common."""
    if not (a.part_area and a.towns and a.toll and not a.regions and (b.regions or b.countries) and not b.towns):
        return False
    if not a.countries or a.countries != b.countries or a.day is None or b.day is None or abs(a.day - b.day) > 1:
        return False
    return all(any(category == other and value < whole for other, whole in b.toll) for category, value in a.toll)


def _may_nest(a: _Doc, b: _Doc) -> bool:
    """Whether a town of one document may lie in a city of the other (the gazetteer does not nest them): a
    town smaller than a city beside a city of the other."""
    return bool(a.cities and not b.towns <= b.cities) or bool(b.cities and not a.towns <= a.cities)


def _near(a: _Doc, b: _Doc) -> bool:
    """Whether two documents of nearby days report the same event: nothing tells them apart, nor different
    persons named (:attr:`_Doc.named`) with at most "one dead" in common, nor children of different ages
    counted (:func:`_other_children`) with at most "one dead" in common, nor in one town a toll of the dead
    that a later report states smaller (:func:`_toll_shrinks`), nor two tolls in known towns with
    no figure in common and a kind of event one names and the other not (a family found dead at home on
    the day of a shooting's follow-up; a toll that grows with no kind named in either report stays one
    event, and a country's toll stated by two sides is a conflict, not two events); and something joins
    them: a known town in common (and there, two such tolls when one states only dead and the other only
    injured of an incident its lead calls deadly: :func:`_fatal_hurt`), a country in common when neither names a known town, a report placed
    only in a country and one only in its capital (:func:`_country_and_capital`), a kind of event or a
    toll figure in common, or a town of one that the first words of a region of the other name
    (:func:`_town_names_region`)."""
    if _apart(a, b):
        return False
    if _venues_apart(a, b):
        return False  # a home and a bar, no person and no toll in common: two incidents
    if a.named and b.named and a.named.isdisjoint(b.named) and not any(
        value >= INDEX_FIGURE for _, value in a.figures & b.figures
    ):
        return False  # different victims named, and at most "one dead" in common: two incidents
    if _other_children(a, b) and not any(value >= INDEX_FIGURE for _, value in a.figures & b.figures):
        return False  # children of different ages, and at most "one dead" in common: two incidents
    shared_figure = not a.figures.isdisjoint(b.figures)
    if not a.area.isdisjoint(b.towns):
        if _toll_shrinks(a, b) or _toll_shrinks(b, a):  # fewer dead later in one town: another incident
            return False
        if _dead_then_hurt(a, b) or _dead_then_hurt(b, a):  # the dead are not later the injured
            return False
        # two tolls in one town, and a kind of event one names and the other not: two incidents of one town
        if shared_figure or not (a.figures and b.figures) or not (a.specific or b.specific):
            return True
        if _fatal_hurt(a, b) or _fatal_hurt(b, a):  # the dead of one, the injured of the other's deadly one
            return True
        return not a.specific.isdisjoint(b.kinds)
    if not a.towns and not b.towns and a.countries & b.countries:
        return True
    if _town_names_region(a, b) or _town_names_region(b, a):  # "Gaza" in the "Gaza Strip": a place in common
        return True
    if _country_and_capital(a, b) or _country_and_capital(b, a):
        return True
    if _part_of_region(a, b) or _part_of_region(b, a):  # "Allein in Sinzig" beside the region's toll: a part of it
        return True
    return shared_figure or not a.specific.isdisjoint(b.kinds)


def _venues_apart(a: _Doc, b: _Doc) -> bool:
    """Whether two reports name where their incidents happened (:attr:`_Doc.venues`, in their first
    sentences of the dead and the injured) in venues of no kind in common, name no person in common and
    state no same main toll (:func:`_same_toll`): three found dead inside a home on Sunday and three
    killed at a bar on Tuesday in one city are two incidents, though they share "three dead" (on the
    local-news pools 12 claims of two incidents kept apart, none split)."""
    if not (a.venues and b.venues) or not a.venues.isdisjoint(b.venues) or not a.named.isdisjoint(b.named):
        return False
    return not _same_toll(a, b)


def _country_and_capital(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` places its figures in one country only (no town, no region) and ``b`` in that
    country's capital only: agency news of a country is dated from its capital ("MANILA (Wire) - ... off
    the southern Philippines"; the next day's correction "in Manila"), so the country's report and the
    capital's of nearby days are one story when nothing tells them apart (kinds of event, persons)."""
    return (
        len(a.countries) == 1 and not a.towns and not a.regions
        and bool(b.towns) and b.towns == b.capitals and b.countries == a.countries
    )


def _toll_shrinks(a: _Doc, b: _Doc) -> bool:
    """Whether the later report ``b`` states a smaller toll of the dead than the earlier ``a`` (at least
    :data:`INDEX_FIGURE`) and never states ``a``'s: in one town the dead do not grow fewer, so ``b`` reports
    another incident (three dead in a shooting on Saturday, one dead in another on Monday; a follow-up
    names one "of the three killed"). A country's toll revised down stays one event, with a decrease."""
    if a.day is None or b.day is None or b.day <= a.day:
        return False
    return any(
        category == _DEATHS and value >= INDEX_FIGURE and (category, value) not in b.figures
        and any(other == _DEATHS and smaller < value for other, smaller in b.toll)
        for category, value in a.toll
    )


def _dead_then_hurt(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` states only dead and ``b``, of the same day or later, only injured (no dead): in one
    town the dead of one report are not the injured of a later one, so ``b`` reports another incident (an
    arrest in a fatal shooting and a boy wounded that morning). The injured stated first and the dead
    later may be one incident: a victim dies of his wounds. A report whose headline or first lines call
    its incident deadly (:attr:`_Doc.fatal`: "Fatal double shooting") reports no incident of only injured,
    though its only figure counts the injured ("the second victim was taken to the hospital")."""
    if a.day is None or b.day is None or b.day < a.day or not (a.figures and b.figures) or b.fatal:
        return False
    return all(category == _DEATHS for category, _ in a.figures) and all(
        category != _DEATHS for category, _ in b.figures
    )


def _fatal_hurt(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` states only dead and ``b``, whose headline or first lines call its incident deadly
    (:attr:`_Doc.fatal`: "Fatal double shooting"), only injured: ``b`` counts the injured of a deadly
    incident whose dead it does not number ("one victim was pronounced dead at the scene"), so the two
    tolls complete each other, though only one of them names the kind of event."""
    return b.fatal and all(category == _DEATHS for category, _ in a.figures) and all(
        category != _DEATHS for category, _ in b.figures
    )


def _same_story(a: _Doc, b: _Doc) -> bool:
    """Whether two reports of one known town a few days apart tell the same story: the same kind of
    event and a toll figure in common, and nothing tells them apart; a report that dates its toll after
    the other was written tells another story (:func:`_dated_after`) unless its toll holds the other's
    and more (:func:`_holds_toll`: a victim died since)."""
    kinds = a.specific & b.kinds
    if (_dated_after(a, b) or _dated_after(b, a)) and not (_holds_toll(a, b) or _holds_toll(b, a)):
        return False
    return bool(kinds) and not a.figures.isdisjoint(b.figures) and not _apart(a, b)


def _holds_toll(a: _Doc, b: _Doc) -> bool:
    """Whether ``b`` states all of ``a``'s main toll and dead besides, one figure in common at least
    :data:`INDEX_FIGURE`: five wounded on Sunday, then five wounded and one dead when a victim dies on
    Wednesday (a day the later report dates its toll on, after the first report's)."""
    common = a.toll & b.toll
    return a.toll < b.toll and any(value >= INDEX_FIGURE for _, value in common) and all(
        category == _DEATHS for category, _ in b.toll - a.toll
    )


def _dated_after(a: _Doc, b: _Doc) -> bool:
    """Whether ``b`` dates its toll in its own days (:attr:`_Doc.fresh`: "on Saturday") on a day after
    ``a``'s: the incident it reports happened after ``a`` was written or dated, so ``a`` reported
    another one (a shooting of Saturday is no follow-up of a report of the Monday before)."""
    return b.fresh and a.day is not None and b.day is not None and b.day > a.day


def _same_place(a: _Doc, b: _Doc) -> bool:
    """Whether no known town (nor country) tells two documents apart: a later report names the place."""
    return not (a.towns and b.towns and a.area.isdisjoint(b.towns) and not _may_nest(a, b)) and not (
        a.countries and b.countries and a.countries.isdisjoint(b.countries)
    )


def _same_toll(a: _Doc, b: _Doc) -> bool:
    """Whether two documents state the same main toll (:attr:`_Doc.toll`): the dead and the injured, one
    of them at least :data:`INDEX_FIGURE` (one dead and one hurt is too common to join two reports), or
    one figure of at least :data:`RARE_FIGURE` (few incidents share it)."""
    common = a.toll & b.toll
    if any(value >= RARE_FIGURE for _, value in common):
        return True
    return len(common) >= 2 and any(value >= INDEX_FIGURE for _, value in common)
