"""The links of event resolution (:mod:`casualty_reconcile.events`) made after the links of nearby days:
an event placed in no town joins the one placed event that states its toll (:func:`_link_placeless`), a
later report joins the event of the day it dates (:func:`_link_recalled`, :func:`_link_same_recalled_day`),
what two reports of one victim share (:func:`_same_victim`), and a follow-up that counts a victim of the
same age (:func:`_link_victim_ages`)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Mapping

from .event_evidence import PERSON, _Doc, _name_keys
from .event_groups import _Union
from .event_pairs import (
    _apart,
    _child_age,
    _country_and_capital,
    _dated_after,
    _dead_then_hurt,
    _kinds_apart,
    _same_place,
    _toll_shrinks,
)
from .models import Category

_DEATHS, _INJURIES = Category.DEATHS.value, Category.INJURIES.value

PLACELESS_DAYS = 14
"""An event that no report places in a known town joins the one placed event whose report states its
toll up to this many days before or after (:func:`_link_placeless`)."""

RECALL_DAYS = 3660
"""An event that a later report joins by the day it names (:func:`_link_recalled`) spans at most this many
days (a trial years later still names the day of the shooting)."""

PARTICULAR_PEERS = 64
"""A document is compared with at most this many later documents that name the same particular (a street
of a big city is named in many reports; their events still chain through the nearest ones)."""


def near_pairs(entries: list[tuple[int, str]], days: int) -> Iterator[tuple[str, str]]:
    """Each document of a sorted index of (day, document id) with each later one up to ``days`` after it,
    at most :data:`PARTICULAR_PEERS` of them."""
    for at, (day, doc_id) in enumerate(entries):
        end = min(bisect.bisect_right(entries, (day + days, "\uffff")), at + 1 + PARTICULAR_PEERS)
        for _, other_id in entries[at + 1:end]:
            yield doc_id, other_id


AGE_VICTIMS = 3
"""A report that counts victims of more ages than this (a roundup, a list of a town's victims) links to no
other through their ages (:func:`_link_victim_ages`)."""

SHARED_PERSONS = 2
"""Two reports of which one names this many persons (:attr:`_Doc.named`: beside their ages, or in its lead)
whose names the other writes (:attr:`_Doc.names`) tell of the same persons (:func:`_link_shared_persons`)."""


def _link_shared_persons(docs: dict[str, _Doc], union: _Union, days: int) -> None:
    """Links a report that names persons (beside their ages, or in its lead: "The victims were identified
    as Akeem Lee, 24, Gabriel Adesamya, 26, ...") to one up to ``days`` before or after whose lead writes
    the names of at least :data:`SHARED_PERSONS` of them ("Akeem Lee sustained a gunshot wound ...", "the
    charges accusing Ryan Taybron and Eric Nixon"), and of at least half of them (a roundup's lead names
    the victims of several incidents, a report of one of them a few), when nothing tells them apart and no place does, or
    whatever places say when they name a kind of event or a toll figure in common (:func:`_same_victim`):
    two persons' full names in common tell one story where a lead that names more persons than one
    victim links through none of them alone. Only documents that write such a name are compared, through
    an index, each with at most :data:`PARTICULAR_PEERS` of them per name."""
    keys_of = {
        doc_id: {key for person in doc.named if person.startswith(PERSON) for key in _name_keys(person, True)}
        for doc_id, doc in docs.items() if doc.day is not None and len(doc.named) >= SHARED_PERSONS
    }
    wanted = {key for keys in keys_of.values() if len(keys) >= SHARED_PERSONS for key in keys}
    index: dict[str, list[tuple[int, str]]] = {}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if doc.day is not None:
            for key in doc.names & wanted:
                index.setdefault(key, []).append((doc.day, doc_id))
    for doc_id, keys in sorted(keys_of.items()):
        doc = docs[doc_id]
        assert doc.day is not None
        counted: dict[str, int] = {}
        for key in sorted(keys):
            entries = sorted(index.get(key, ()))
            at = bisect.bisect_left(entries, (doc.day - days, ""))
            end = bisect.bisect_right(entries, (doc.day + days, "\uffff"))
            for _, other_id in entries[at:min(end, at + PARTICULAR_PEERS)]:
                counted[other_id] = counted.get(other_id, 0) + 1
        least = max(SHARED_PERSONS, (len(keys) + 1) // 2)  # (a roundup names many, another report a few of them)
        for other_id, n in sorted(counted.items()):
            other = docs[other_id]
            if other_id == doc_id or n < least:
                continue
            if (not _apart(doc, other) and _same_place(doc, other)) or _same_victim(doc, other):
                union.union(doc_id, other_id, days)


def _link_addresses(docs: dict[str, _Doc], union: _Union, days: int) -> None:
    """Links reports up to ``days`` apart that give the same address (:attr:`_Doc.addresses`: "the 5700
    block of South Morgan Street" and "the 5700 block of South Morgan"), when nothing tells them apart and
    no place does, and neither reports an incident of its own days after the other's (``_dated_after``: a
    block of a city sees more than one shooting; one of the Saturday after a report of that block is
    another). A street alone recurs in a town's incidents and links no reports of nearby days so. Only
    documents that give an address are compared, through an index, each with at most
    :data:`PARTICULAR_PEERS` of them."""
    index: dict[str, list[tuple[int, str]]] = {}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if doc.day is not None:
            for address in doc.addresses:
                index.setdefault(address, []).append((doc.day, doc_id))
    for address in sorted(index):
        for doc_id, other_id in near_pairs(sorted(index[address]), days):
            doc, other = docs[doc_id], docs[other_id]
            if _apart(doc, other) or not _same_place(doc, other) or _dated_after(doc, other) or _dated_after(other, doc):
                continue
            union.union(doc_id, other_id, days)


def _same_victim(a: _Doc, b: _Doc) -> bool:
    """Whether two reports that name the same person tell one story whatever their places say (a place
    misread, a neighbourhood the gazetteer does not nest): no kinds of event tell them apart, and they
    name a kind of event or state a toll figure in common, or, of the same or the next day, one of them
    states no toll (an arrest, a vigil: no figure to tell them apart by; on the local-news pools 2
    incidents joined, none of two, split and merged-wrongly unchanged)."""
    if _kinds_apart(a, b):
        return False
    if not a.specific.isdisjoint(b.kinds) or not a.figures.isdisjoint(b.figures):
        return True
    # one of them states no toll (nothing to tell them apart by), and they are of the same or the next day
    return not (a.figures and b.figures) and a.day is not None and b.day is not None and abs(a.day - b.day) <= 1


def _link_placeless(docs: dict[str, _Doc], union: _Union) -> None:
    """Links an event that no report of it places in a known town (its reports name only the country, or
    no place) to the one event placed in a town that a report up to :data:`PLACELESS_DAYS` days before or
    after states its whole main toll in, with no kinds of event and nothing else telling them apart
    (:func:`_apart`): the first brief report names no town, the full one does. When several events fit
    (two shootings with one dead each that week), it stays alone. When none states its toll, the one
    placed event whose report completes it fits (:func:`_completing`: a deadly incident whose dead that
    report does not number, or the victim injured in the placeless report and dead in the placed one).
    Events are those of the links made before, all looked up before any is joined, so the result does not
    depend on the order of the input; placed reports are looked up by figure and day."""
    root_of = {doc_id: union.find(doc_id) for doc_id in docs}
    placed = {root_of[doc_id] for doc_id, doc in docs.items() if doc.towns}
    by_figure: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if doc.day is not None and root_of[doc_id] in placed:
            for figure in doc.figures:
                by_figure.setdefault(figure, []).append((doc.day, doc_id))
    for entries in by_figure.values():
        entries.sort()
    fits: dict[str, dict[str, str]] = {}
    """per placeless event, each placed event that fits it and a document of it"""
    members: dict[str, list[_Doc]] = {}
    """per placeless event, its reports that state a toll"""
    for doc_id in sorted(docs):
        doc, root = docs[doc_id], root_of[doc_id]
        if doc.day is None or not doc.toll or root in placed:
            continue
        members.setdefault(root, []).append(doc)
        found = fits.setdefault(root, {})
        entries = by_figure.get(min(doc.toll), [])
        at = bisect.bisect_left(entries, (doc.day - PLACELESS_DAYS, ""))
        end = bisect.bisect_right(entries, (doc.day + PLACELESS_DAYS, "\uffff"))
        for _, other_id in entries[at:end]:
            other = docs[other_id]
            if doc.toll <= other.figures and not _apart(doc, other):
                found.setdefault(root_of[other_id], other_id)
    if any(not found for found in fits.values()):
        completing = _Completing(docs, root_of, placed)
        for root, found in fits.items():
            if not found:
                for doc in members[root]:
                    found.update(completing.fits(doc))
    for root, found in sorted(fits.items()):
        if len(found) == 1:
            union.union(root, next(iter(found.values())), RECALL_DAYS)


class _Completing:
    """The placed reports whose toll a report placed in no town may complete (:func:`_link_placeless`), by
    day: those that call their incident deadly and number no dead (:func:`_uncounted_dead`), and those that
    state only dead."""

    def __init__(self, docs: dict[str, _Doc], root_of: dict[str, str], placed: set[str]) -> None:
        self.docs, self.root_of = docs, root_of
        dated = sorted((doc.day, doc_id) for doc_id, doc in docs.items() if doc.day is not None and root_of[doc_id] in placed)
        self.uncounted = [(day, doc_id) for day, doc_id in dated if _uncounted_dead(docs[doc_id])]
        self.dead = [(day, doc_id) for day, doc_id in dated if docs[doc_id].toll and _only(docs[doc_id].toll, _DEATHS)]

    def fits(self, doc: _Doc) -> dict[str, str]:
        """The placed events (root -> a report of it) whose report completes ``doc``'s toll and that nothing
        tells apart from it: a report of only dead up to :data:`PLACELESS_DAYS` days from one that calls its
        incident deadly and numbers no dead ("One dead, three wounded in North Austin fatal shooting" read
        as three wounded; the victim's page "died May 8"), or a report of only injured and one of the same
        or a later day of only dead, no more (:func:`_died_since`: "a 15-year-old shot himself", "Boy, 15,
        dies" three days later, where the town is named)."""
        assert doc.day is not None
        if _only(doc.toll, _DEATHS):
            entries, first = self.uncounted, doc.day - PLACELESS_DAYS
        elif _only(doc.toll, _INJURIES):
            entries, first = self.dead, doc.day
        else:
            return {}
        at = bisect.bisect_left(entries, (first, ""))
        end = bisect.bisect_right(entries, (doc.day + PLACELESS_DAYS, "\uffff"))
        found: dict[str, str] = {}
        for _, other_id in entries[at:end]:
            other = self.docs[other_id]
            if (entries is self.uncounted or _died_since(doc, other)) and not _apart(doc, other):
                found.setdefault(self.root_of[other_id], other_id)
        return found


def _only(toll: frozenset[tuple[str, int]], category: str) -> bool:
    """Whether every figure of a toll counts ``category``."""
    return all(other == category for other, _ in toll)


def _uncounted_dead(doc: _Doc) -> bool:
    """Whether a report calls its incident deadly (:attr:`_Doc.fatal`: "North Austin fatal shooting") and
    states no figure of the dead: its dead are those a report placed in no town counts
    (:func:`_link_placeless`)."""
    return doc.fatal and all(category != _DEATHS for category, _ in doc.figures)


def _link_recalled(docs: dict[str, _Doc], union: _Union, by_day: Mapping[int | None, list[_Doc]]) -> None:
    """Links a later report that dates the event it follows up (:attr:`_Doc.recalled`) to the event of
    the documents of that day (or the day next to it) that nothing tells apart from it, that no place
    tells apart, and that state a toll figure in common with it (or, when one of them states no toll,
    name a town and a kind of event in common: :func:`_recalls`); only when they are of one event (two
    shootings of that day with one dead each: neither). Events are those of the links made before, all
    looked up before any is joined, so the result does not depend on the order of the input."""
    root_of = {doc_id: union.find(doc_id) for doc_id in docs}
    links: list[tuple[str, str]] = []
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if not doc.recalled:
            continue
        fits: dict[str, str] = {}
        for day in sorted({d + shift for d in doc.recalled for shift in (-1, 0, 1)}):
            for other in by_day.get(day, ()):
                if other is doc or root_of[other.doc_id] == root_of[doc_id] or not _recalls(doc, other):
                    continue
                if not _apart(doc, other) and _same_place(doc, other):
                    fits.setdefault(root_of[other.doc_id], other.doc_id)
        if len(fits) == 1:
            links.append((doc_id, next(iter(fits.values()))))
    for a, b in links:
        union.union(a, b, RECALL_DAYS)


def _link_same_recalled_day(docs: dict[str, _Doc], union: _Union) -> None:
    """Links two later reports that date their event on the same day (:attr:`_Doc.recalled`: "the March 2
    shooting", each further back than :data:`LOOKBACK_DAYS` before its publication) when nothing tells them
    apart and no place does, they name a kind of event or state a toll figure in common
    (:func:`_same_victim`) and they do not name different persons:
    the trial and the sentencing of one shooting, when no report of its day is among the documents
    (:func:`_link_recalled` joins them to one). Only reports that recall a day are compared, through an
    index by that day."""
    by_recalled: dict[int, list[str]] = {}
    for doc_id in sorted(docs):
        for day in docs[doc_id].recalled:
            by_recalled.setdefault(day, []).append(doc_id)
    for day in sorted(by_recalled):
        members = by_recalled[day]
        for at, doc_id in enumerate(members):
            doc = docs[doc_id]
            for other_id in members[at + 1:at + 1 + PARTICULAR_PEERS]:
                other = docs[other_id]
                if doc.named and other.named and doc.named.isdisjoint(other.named):
                    continue  # different persons named: two incidents of that day
                if _same_victim(doc, other) and not _apart(doc, other) and _same_place(doc, other):
                    union.union(doc_id, other_id, RECALL_DAYS)


def _recalls(doc: _Doc, other: _Doc) -> bool:
    """Whether a later report that dates its event may follow up a report of that day: a toll figure in
    common, or, when one of them states no toll (an arrest, a charge), a town and a kind of event in common."""
    if not doc.figures.isdisjoint(other.figures):
        return True
    return not (doc.figures and other.figures) and bool(doc.area & other.towns) and bool(doc.specific & other.kinds)


def _link_revisions(docs: dict[str, _Doc], union: _Union, by_day: Mapping[int | None, list[_Doc]], days: int) -> None:
    """Links a report that states its toll as a change of one reported before (:attr:`_Doc.revises`: "the
    death toll rose to 32", "s'est alourdi à", a correction) to the one event of the reports up to ``days``
    before it (or of its day) that it may change: reports that state a toll of a category it states, of its
    place at the finest grain both give (:func:`_one_place`), that nothing tells apart from it (kinds of
    event, places, different persons named); or a report that placed the toll in a region and wrote the
    town the revision names (:func:`_writes_town`). When two events fit (two shootings of its town that week), or
    its own event holds such a report of an earlier day already, it stays as it is. Events are those of the links made
    before, all looked up before any is joined, so the result does not depend on the order of the input;
    only the reports that revise look back, through the documents by day."""
    root_of = {doc_id: union.find(doc_id) for doc_id in docs}
    links: list[tuple[str, str]] = []
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if not doc.revises or doc.day is None:
            continue
        categories = {category for category, _ in doc.figures}
        fits: dict[str, str] = {}
        for day in range(doc.day - days, doc.day + 1):
            for other in by_day.get(day, ()):
                if other is doc or categories.isdisjoint(category for category, _ in other.figures):
                    continue
                if day == doc.day and root_of[other.doc_id] == root_of[doc_id]:
                    continue  # a relay of its own figures that day, no earlier report it changes
                if doc.named and other.named and doc.named.isdisjoint(other.named):
                    continue  # different persons named: another incident
                if (_one_place(doc, other) and not _apart(doc, other)) or _writes_town(other, doc) or _writes_town(doc, other):
                    fits.setdefault(root_of[other.doc_id], other.doc_id)
        if len(fits) == 1 and root_of[doc_id] not in fits:
            links.append((doc_id, next(iter(fits.values()))))
    for a, b in links:
        union.union(a, b, days)


def _writes_town(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` places its toll in a region only and its sentences of the dead and the injured write a
    town ``b`` places its toll in, of one country (:attr:`_Doc.region_text`: "in Monterey Park in
    Kalifornien" read as the state, the revised toll "in Monterey Park"), and a kind of event one names
    is the other's, none telling them apart: one place at two grains, for a toll that changes (the
    gazetteer does not say which towns lie in a region)."""
    if not a.region_text or not b.towns or a.countries.isdisjoint(b.countries):
        return False
    if _kinds_apart(a, b) or a.specific.isdisjoint(b.kinds):
        return False
    return any(_town_pattern(town).search(a.region_text) for town in b.towns)


@functools.lru_cache(maxsize=4096)
def _town_pattern(town: str) -> re.Pattern[str]:
    """A town's name, lower case, as a whole word (:func:`_writes_town`)."""
    return re.compile(rf"(?<!\w){re.escape(town.lower())}(?!\w)")


def _one_place(a: _Doc, b: _Doc) -> bool:
    """Whether two reports name one place at the finest grain both give: a town of one in the other's
    area, or neither a town and a country in common, or the one country and the other its capital; or,
    neither naming a town, the same regions and a kind of event in common (events.one-region-one-kind: "un
    glissement de terrain ... sur l'île de Sulawesi", three days later "le bilan du glissement de terrain
    ... de Sulawesi s'est alourdi à 23 morts")."""
    if a.towns or b.towns:
        return not a.area.isdisjoint(b.towns) or _country_and_capital(a, b) or _country_and_capital(b, a)
    if a.regions or b.regions:
        kinds = a.specific & b.kinds or b.specific & a.kinds  # (an accident named beside a landslide is that landslide)
        return a.regions == b.regions and bool(kinds) and not a.countries.isdisjoint(b.countries)
    return bool(a.countries & b.countries)


def _link_victim_ages(docs: dict[str, _Doc], union: _Union, days: int) -> None:
    """Links two reports up to ``days`` apart that count a child of the same age (:attr:`_Doc.ages`: "a
    9-year-old boy shot himself" on Saturday, "the 9-year-old boy who shot himself" on Wednesday;
    :data:`~casualty_reconcile.event_pairs.CHILD_YEARS`), each of at most :data:`AGE_VICTIMS` ages, when
    nothing tells them apart and no place does, they name no different persons, and the later one neither dates its toll in its own days after the earlier one's
    day (another child of that age shot since: :func:`_dated_after`) nor states fewer dead, nor only
    injured after only dead (:func:`_toll_shrinks`, :func:`_dead_then_hurt`). The victim injured in the
    first report and dead in the next one links so, whatever day the later one dates the death on and
    though a town and a state with no toll figure in common are told apart otherwise (:func:`_died_since`:
    a child of nine wounded in a town on Wednesday, "died on Thursday" in a report placed in the state),
    and a follow-up that names no victim. Only reports
    that count a victim of one age are compared, through an index by age, each with at most
    :data:`PARTICULAR_PEERS` of them."""
    index: dict[str, list[tuple[int, str]]] = {}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if doc.day is not None and 0 < len(doc.ages) <= AGE_VICTIMS:
            for age in doc.ages:
                if _child_age(age):
                    index.setdefault(age, []).append((doc.day, doc_id))
    for age in sorted(index):
        for doc_id, other_id in near_pairs(sorted(index[age]), days):
            if _same_aged_victim(docs[doc_id], docs[other_id]):
                union.union(doc_id, other_id, days)


def _same_aged_victim(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` and the later (or same day's) ``b``, which count a victim of one age, may tell one story
    (:func:`_link_victim_ages`)."""
    if a.named and b.named and a.named.isdisjoint(b.named):
        return False
    if _died_since(a, b):  # (no toll figure in common, by nature: a town and its state are not told apart)
        return not _kinds_apart(a, b) and _same_place(a, b)
    if _dated_after(a, b) or _toll_shrinks(a, b) or _dead_then_hurt(a, b):
        return False
    return not _apart(a, b) and _same_place(a, b)


def _died_since(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` states only injured and the later ``b`` only dead, no more than ``a``'s injured: the
    victim of that age injured on Wednesday who died on Thursday, a day ``b`` dates in its own days."""
    hurt = [value for category, value in a.toll if category == _INJURIES]
    dead = [value for category, value in b.toll if category == _DEATHS]
    return len(hurt) == len(a.toll) == 1 and len(dead) == len(b.toll) == 1 and dead[0] <= hurt[0]
