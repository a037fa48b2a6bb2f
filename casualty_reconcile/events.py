"""Event resolution: which documents report the same incident, when the caller does not say.

:func:`group_events` reads only the claims (``reconcile`` receives nothing else): each document's
evidence is what its claims carry: their days, places, sentences and figures. A name alone links
unrelated articles (officials, outlets, photo credits), so only particulars written as such count: a
person beside an age ("Terry Andres, 62"), a street ("Carey Street").

Evidence of a document
    *day*: the earliest reported day of its claims of the dead and the injured (of any claim when
    those name none; ``as_of``, which extraction takes from "on Saturday", "am Freitag" and dates) that
    lies within :data:`LOOKBACK_DAYS` before its publication, else the publication day (an arrest "as of
    Tuesday" dates no shooting); *places*: the canonical names of its claims' locations, and the country of
    each place the gazetteer knows; *kinds*: the kinds of event its claims' sentences name (a small
    lexicon per language, ``LanguageData.event_kinds``: shooting, crash, siege, protest, quake...);
    *figures*: the toll figures it states (the valued deaths and injuries of everyone, and from three up
    the shot where it counts them: "five people were shot", or "five were shot, two of them fatally",
    which extraction gives as two dead and three injured, derived: both give the shot 5); *toll*: its main
    toll, per category the figure it states most often (on a tie the first: the headline), so that a
    background mention of another incident ("nine were shot there two weeks ago") is not its toll, and a
    figure stated only as a part ("an eleventh victim died", flagged part or anecdotal) comes after those
    stated as a whole (the update's "death toll rose to 11" is its toll, no smaller one);
    *particulars*: the persons beside an age and the streets its claims' sentences name
    (``LanguageData.particulars``); *mentioned*: the persons its lead names in sentences without a figure
    (``Claim.particulars``, read once per document at extraction: a follow-up names the victim there).
    A line in title case (a headline that capitalises every word) names no one, and a "person" whose name
    the gazetteer knows as a place ("a 26-year-old Long Beach woman") is none.

Linking
    Towns are compared at the granularity the reports give: a document's *area* is its known towns and
    every town another report names beside one of them (a neighbourhood and its city, "Englewood" and
    "Chicago", which the gazetteer does not nest; a roundup of many towns relates none), and two documents
    lie in different towns only when neither's area holds a town of the other; a town smaller than a city
    (the gazetteer's cities have 100,000 people or more) may lie in a city the other names, so the two are
    told apart by their tolls alone: a toll figure of at least :data:`INDEX_FIGURE` in common, not only
    "one dead", joins them as the same place even a few days apart.

    Two documents whose days lie at most :data:`WINDOW_DAYS` apart report the same event unless the
    evidence tells them apart (:func:`_apart`: kinds of event, countries, known towns, a town and a
    region (a state) with no toll figure in common, unless the town's report counts only a part of the area
    ("Allein in Sinzig kamen zwölf Menschen ums Leben") below the region's or the country's toll of its country
    and day, which joins them (``event_pairs._part_of_region``), two regions; a generic
    "attack" and names the gazetteer does not know, such as a neighbourhood, tell nothing; two tolls in
    one town with no figure in common and a kind of event one names and the other not; different persons
    named beside their ages, with at most "one dead" in common; in one town a later report that states
    fewer dead than an earlier one and never the earlier toll, or in one town a report of only dead and
    one of that day or later of only injured: :func:`_dead_then_hurt`; venues of no kind in common in
    their first sentences of the toll, "inside a home" and "at a bar", with no person and no same main
    toll in common: ``event_pairs._venues_apart``), and something joins them
    (:func:`_near`: a town, a country, a kind or a toll figure in common; or one report placed only in a
    country and the other only in that country's capital, where agencies date the country's news from:
    ``event_pairs._country_and_capital``). A town that reports name beside
    a town of the other lies in its place whatever country the gazetteer gives it. A report that dates
    the incident it follows up further back than :data:`LOOKBACK_DAYS` and a report of a later day that
    dates none, with no toll figure of at least :data:`INDEX_FIGURE` and no person in common, are not
    linked so (:func:`_older_incident`: the charge in an old shooting and a new one of that town). An event so formed spans at
    most :data:`SPAN_DAYS` days: a chain of reports, each close to the next, is cut there. Reports of
    one known town up to :data:`TOWN_DAYS` apart are linked when they name the same kind of event and a
    toll figure in common, at least :data:`INDEX_FIGURE` unless they state the same main toll ("one
    injured" beside other tolls is in too many reports of a city's week: :func:`_story_toll`) (not when the later one dates its toll in its own days after the earlier one's
    day: "on Saturday" tells of a shooting after the earlier report; :func:`_dated_after`), and up to :data:`STORY_DAYS` apart when that figure is at least
    :data:`INDEX_FIGURE` and no place tells them apart (a follow-up that names only the state); neither
    links a later report that dates its incident only further back than :data:`LOOKBACK_DAYS` before the
    earlier one's day, which dates none (:func:`_recalls_before`: the charge in last summer's double murder
    and a shooting of that week with two wounded; on the local-news pools 2 events of two incidents cut,
    merged-wrongly 0.043 -> 0.035 beside the lead's days below). Documents up to :data:`FOLLOW_DAYS` apart are linked when they state the same
    main toll (the dead and the injured, one of them at least :data:`INDEX_FIGURE`: "one dead, one hurt"
    is too common to join two reports alone; or one figure of at least :data:`RARE_FIGURE`) and no place
    tells them apart; reports of one town up to :data:`TOLL_TOWN_DAYS` apart when that toll counts the dead
    and the injured, one at least :data:`INDEX_FIGURE` ("two dead, five wounded", "one dead, three hurt"), and they name no
    different persons, in their leads either, and no report of the later one's event dates its toll in its
    own days (a new shooting of that toll "on Saturday"; a funeral or an arrest weeks later restates it
    undated; on the local-news pools 2 incidents joined, and none of two). A later report that dates its event ("charged in the March 5 shooting": a claim's
    reported day more than :data:`LOOKBACK_DAYS` before its publication, or a day of a month its lead writes
    as far back in a sentence without a figure, ``Claim.particulars``' ``day:`` entries: "The shooting
    happened ... Aug. 26, 2015"; on the local-news pools split incidents 18 -> 14 of 299) joins the event of that day
    that shares a toll figure with it (or its town and kind, when one of them states no toll: "two
    arrested in the March 5 shooting") and that nothing tells apart, when there is one such event. Two
    later reports that date their event on the same day are linked when nothing tells them apart and no
    place does, they name a kind or a toll figure in common and they name no different persons
    (:func:`_link_same_recalled_day`: the charge and the sentence when no report of that day is among
    the documents; on the local-news pools 11 pairs of one incident and none of two date one day).
    Reports up to :data:`PARTICULAR_DAYS` apart that name the same street, or up to :data:`PERSON_DAYS`
    apart the same victim (beside his age, "in the killing of ..."), in a claim's sentence or in the
    lead, are linked when nothing tells them apart: a follow-up weeks later, the charge or the trial
    months later. The same victim links two reports whatever their places say (a neighbourhood the
    gazetteer does not nest in the city, a town misread as a place abroad) when no kinds of event tell them
    apart and they name a kind or state a toll figure in common, or a day apart at most one states no toll
    (:func:`_same_victim`; on the local-news
    pools 5 pairs of one incident that places kept apart, and none of two). A person spelt with one letter more,
    less, changed or swapped in the first or the last name ("Terrance"/"Terrence Maxwell", a middle name
    left out) is the same person for a link (``_Doc.spellings``; on those pools 6 pairs of one incident, and
    none of two). A report that names its victims (beside its first figures, or in its lead) is linked
    to one up to :data:`PERSON_DAYS` apart whose lead writes every one of their names as a run of
    capitalised words, in whatever sentence (``Claim.particulars``' ``name:`` entries: "arraigned in the
    March 27 shooting of Anaiya Montgomery at her home"), when nothing tells them apart
    (:func:`_link_named_victims`; not when the one that writes the names reports an incident of its own
    days after the other's and names victims of its own the other does not, nor when a lead writes the
    victims of reports that name none in common, a roundup; on the local-news pools 12 split incidents
    joined, and no claims of two incidents). A report that names persons (beside their ages, or in its
    lead, however many: "The victims were identified as Akeem Lee, 24, Gabriel Adesamya, 26, ...") is
    linked to one up to :data:`PERSON_DAYS` apart whose lead writes the names of at least two of them,
    when nothing tells them apart and no place does, or whatever places say when they name a kind or a
    toll figure in common (``event_links._link_shared_persons``: two full names in common, and half of the persons one names, tell one story;
    on the local-news pools 2 split incidents joined, merged-wrongly unchanged). Reports up to
    :data:`FOLLOW_DAYS` apart that give the same address, a street with its house or block number ("the
    5700 block of South Morgan Street", "Lindenallee 12") or two streets side by side ("Deering Drive near
    Country Creek Drive", "Ecke Hauptstraße/Bahnhofstraße"; on the local-news pools 1 incident joined, none of
    two), in a claim's sentence or in the lead, are linked
    when nothing tells them apart and no place does and neither dates an incident of its own days after
    the other's (``event_links._link_addresses``: a block sees more than one shooting; a street alone
    recurs in a town's incidents). Reports of nearby days that name different persons, beside an age in claims' sentences
    or anywhere in their leads (:attr:`_Doc.named`), with at most "one dead" in common, are two incidents:
    a lead names suspects and witnesses too, but on the local-news pools telling apart by the leads'
    persons as well kept 12 more claims of two incidents apart and split one incident (a lead that names
    the man charged) while it joined another. A lead's streets link no reports (a street of a town
    recurs in its incidents: the leads' streets raised merged-wrongly from 0.047 to 0.073). Events are the
    connected groups of linked documents, so a story told over several days stays one event, while two
    shootings in one city weeks apart, or a crash and a shooting on one day, are two. An event that no
    report of it places in a known town (a brief that names only the country, or no place) joins the one
    event placed in a town whose report up to :data:`PLACELESS_DAYS` days before or after states its whole
    main toll and that nothing tells apart from it (:func:`_link_placeless`; when two fit, it stays alone;
    on the local-news pools 3 incidents joined, and none of two); when none states it, the one event whose
    report completes it (``event_links._Completing``: a report of only dead and one that calls its incident
    deadly and numbers no dead, "Three wounded in fatal shooting"; a report of only injured and one of that
    day or later of no more dead, the victim died since; on the local-news pools 2 incidents joined, none of
    two). A report that states its toll as a
    change of one reported before ("the death toll rose to 21", "s'est alourdi à", "ist auf 21 gestiegen",
    a correction: ``LanguageData.revision_cues``) joins the one event of the reports of its place up to
    :data:`SPAN_DAYS` days before it (a report that placed the toll in the region and wrote the town the
    revision names is of its place: "in Monterey Park in Kalifornien", ``event_links._writes_town``) that state a toll of a category it states and that nothing tells
    apart from it (``event_links._link_revisions``; when two events fit, it stays alone). An undated
    document joins the one event nothing tells it apart from, else stands alone.

Cost
    Documents are blocked by day, town and figure before comparing: a document is compared only with the
    documents of the next :data:`WINDOW_DAYS` days that name a town of its area, name none, state one of
    its figures, or name a smaller town when it names a city and a city when it names a smaller town (all
    of them when it names no known town), and with the documents of the next
    :data:`FOLLOW_DAYS` days that state its main toll, and with the documents of the next
    :data:`PARTICULAR_DAYS` days that name one of its particulars; a report of an event placed in no town
    is compared with the placed reports of :data:`PLACELESS_DAYS` days either way that state a figure of
    its toll. The cost grows with the documents times the documents such a block holds.

Order
    Links depend only on each pair's evidence and events are connected groups, so the assignment does
    not depend on the order of the input; ids and labels are drawn from the events' contents.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .event_evidence import LOOKBACK_DAYS, PERSON, SPELT, _Doc, _evidence
from .event_groups import _label, _Union
from .event_links import (
    PARTICULAR_PEERS,
    RECALL_DAYS,
    _link_addresses,
    _link_placeless,
    _link_recalled,
    _link_revisions,
    _link_same_recalled_day,
    _link_shared_persons,
    _link_victim_ages,
    _same_victim,
    near_pairs,
)
from .event_pairs import (
    INDEX_FIGURE,
    RARE_FIGURE,
    _apart,
    _dated_after,
    _kinds_apart,
    _near,
    _same_place,
    _same_story,
)
from .event_words import marks_part
from .models import Claim
from .places import _Places
from .result import DEFAULT_EVENT, Event

WINDOW_DAYS = 2
"""Two documents whose days lie further apart than this are linked only through documents between them."""

TOWN_DAYS = 6
"""Reports of one known town up to this many days apart are linked when they tell the same story
(:func:`_same_story`)."""

STORY_DAYS = 9
"""Reports up to this many days apart are linked when they tell the same story with a toll figure of at
least :data:`INDEX_FIGURE` in common and no place tells them apart (:func:`_link_stories`); an event so
joined spans at most this many days (chains of nearby days stay cut at :data:`SPAN_DAYS`)."""

SPAN_DAYS = 6
"""An event that documents of nearby days form spans at most this many days (longer chains are cut)."""

FOLLOW_DAYS = 14
"""Documents further apart than :data:`WINDOW_DAYS` but within this many days are linked when they state
the same toll (:func:`_same_toll`): a follow-up a week later."""

TOLL_TOWN_DAYS = 62
"""Reports of one town up to this many days apart are linked when they state the same dead and injured,
one at least :data:`INDEX_FIGURE`, and name no different persons (:func:`_same_town_toll`): a follow-up
weeks later, the funeral or the arrest."""

PARTICULAR_DAYS = 62
"""Reports up to this many days apart are linked when they name the same particular (:func:`_link_particulars`):
a follow-up weeks later names the victim or the street."""

PERSON_DAYS = 1830
"""Reports up to this many days apart are linked when they name the same person as a victim (beside an
age, "the killing of ..."): the report of the arrest, the charge or the trial months or years later (a
street is named in many incidents of a town, a victim in one)."""

LINK_DAYS = (SPAN_DAYS, STORY_DAYS, FOLLOW_DAYS, TOLL_TOWN_DAYS, PARTICULAR_DAYS, PERSON_DAYS, RECALL_DAYS)
"""The lengths of links, each the most days a link of that kind joins into one event (:class:`_Union`)."""

RESOLVED = "resolved from the documents' days, places and kinds of event"


@dataclass
class _Block:
    """The documents of one day, indexed for :func:`_candidates`."""

    by_town: dict[str, list[_Doc]] = field(default_factory=dict)
    by_figure: dict[tuple[str, int], list[_Doc]] = field(default_factory=dict)
    """by each toll figure from :data:`INDEX_FIGURE` up"""
    by_story: dict[tuple[tuple[str, int], str], list[_Doc]] = field(default_factory=dict)
    """by each toll figure from :data:`INDEX_FIGURE` up and each kind of event but the generic ones"""
    no_town: list[_Doc] = field(default_factory=list)
    with_city: list[_Doc] = field(default_factory=list)
    """those that name a city"""
    below_city: list[_Doc] = field(default_factory=list)
    """those that name a town smaller than a city"""

    def add(self, doc: _Doc) -> None:
        for town in doc.towns:
            self.by_town.setdefault(town, []).append(doc)
        for figure in doc.figures:
            if figure[1] >= INDEX_FIGURE:
                self.by_figure.setdefault(figure, []).append(doc)
                for kind in doc.specific:
                    self.by_story.setdefault((figure, kind), []).append(doc)
        if not doc.towns:
            self.no_town.append(doc)
        if doc.cities:
            self.with_city.append(doc)
        if not doc.towns <= doc.cities:
            self.below_city.append(doc)


def _candidates(doc: _Doc, block: _Block) -> list[_Doc]:
    """The documents of one day's block that ``doc`` may be linked to: all of them when it names no known
    town; else those of its area, those that name none, those that state one of its toll figures, and
    those of a town that may lie in its city or of a city its town may lie in (:func:`_may_nest`)."""
    if not doc.towns:
        return [o for docs_of in block.by_town.values() for o in docs_of] + block.no_town
    found = [o for town in sorted(doc.area) for o in block.by_town.get(town, ())]
    found += block.no_town
    found += [o for figure in sorted(doc.figures) for o in block.by_figure.get(figure, ())]
    if doc.cities:
        found += [o for o in block.below_city if o.towns.isdisjoint(doc.area)]
    if not doc.towns <= doc.cities:
        found += [o for o in block.with_city if o.towns.isdisjoint(doc.area)]
    return found


def _link(docs: dict[str, _Doc]) -> dict[str, list[str]]:
    """The connected groups of linked documents: root id -> sorted doc ids."""
    union = _Union(docs, LINK_DAYS)
    by_day: dict[int | None, list[_Doc]] = {}
    for doc in sorted(docs.values(), key=lambda d: d.doc_id):
        by_day.setdefault(doc.day, []).append(doc)
    undated = by_day.pop(None, [])
    blocks: dict[int, _Block] = {}
    for day, day_docs in by_day.items():
        if day is not None:
            block = blocks[day] = _Block()
            for doc in day_docs:
                block.add(doc)
    for day in sorted(blocks):
        for doc in by_day[day]:
            for other_day in range(day, day + WINDOW_DAYS + 1):
                found = blocks.get(other_day)
                if found is None:
                    continue
                for other in _candidates(doc, found):
                    if other is doc or (other_day == day and other.doc_id < doc.doc_id):
                        continue
                    if _near(doc, other) and not (_older_incident(doc, other) or _older_incident(other, doc)):
                        union.union(doc.doc_id, other.doc_id, SPAN_DAYS)
            _link_stories(doc, day, blocks, union)
    _link_follow_ups(docs, union)
    _link_particulars(docs, union)
    _link_named_victims(docs, union)
    _link_shared_persons(docs, union, PERSON_DAYS)
    _link_addresses(docs, union, FOLLOW_DAYS)
    _link_victim_ages(docs, union, STORY_DAYS)
    _link_recalled(docs, union, by_day)
    _link_same_recalled_day(docs, union)
    _link_placeless(docs, union)
    _link_revisions(docs, union, by_day, SPAN_DAYS)
    # an undated document joins the dated event it is not told apart from only when there is one
    groups: dict[str, list[str]] = {}
    for doc_id in sorted(docs):
        if docs[doc_id].day is not None:
            groups.setdefault(union.find(doc_id), []).append(doc_id)
    for doc in undated:
        fits = [root for root, members in groups.items() if not any(_apart(doc, docs[m]) for m in members[:20])]
        if len(fits) == 1:
            groups[fits[0]].append(doc.doc_id)
        else:
            groups.setdefault(doc.doc_id, []).append(doc.doc_id)
    return {root: sorted(members) for root, members in groups.items()}


def _link_stories(doc: _Doc, day: int, blocks: Mapping[int, _Block], union: _Union) -> None:
    """Links a document to the reports of the days after :data:`WINDOW_DAYS` that tell the same story
    (:func:`_same_story`: the same kind of event and a toll figure in common): up to :data:`TOWN_DAYS`
    later when they name a town of its area (and the figure is at least :data:`INDEX_FIGURE` or the
    main tolls are the same: :func:`_story_toll`), up to :data:`STORY_DAYS` later when the figure is at least
    :data:`INDEX_FIGURE` and no place tells them apart (a follow-up a week later that names only the
    state, or no place); not a later report that dates its incident before the document's day
    (:func:`_recalls_before`)."""
    for other_day in range(day + WINDOW_DAYS + 1, day + STORY_DAYS + 1):
        found = blocks.get(other_day)
        if found is None:
            continue
        if other_day <= day + TOWN_DAYS:
            for town in sorted(doc.area):
                for other in found.by_town.get(town, ()):
                    if _same_story(doc, other) and _story_toll(doc, other) and not _recalls_before(other, doc):
                        union.union(doc.doc_id, other.doc_id, SPAN_DAYS)
        for story in sorted((figure, kind) for figure in doc.figures for kind in doc.specific):
            for other in found.by_story.get(story, ()):  # (figures from INDEX_FIGURE up)
                if _same_story(doc, other) and _same_place(doc, other) and not _recalls_before(other, doc):
                    union.union(doc.doc_id, other.doc_id, STORY_DAYS)


def _recalls_before(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` dates the incident it follows up (:attr:`_Doc.recalled`: "the shooting happened ... Aug.
    26, 2015", "charged in the Sept. 1 shooting") only on days further back than :data:`LOOKBACK_DAYS`
    before the day of ``b``, which dates none: ``a`` tells of an incident before ``b``'s, so the same kind
    of event and toll a few days apart link them no more (a charge in last summer's double murder and a
    shooting of that week with two wounded, the days of a story link apart)."""
    if not a.recalled or b.recalled or b.day is None:
        return False
    return max(a.recalled) < b.day - LOOKBACK_DAYS


def _older_incident(a: _Doc, b: _Doc) -> bool:
    """Whether ``a`` follows up an incident of a day it dates further back than :data:`LOOKBACK_DAYS`
    (:attr:`_Doc.recalled`: "charged in the shooting on January 21") and ``b``, of a later day, dates
    none: it reports an incident of its own days; with no toll figure of at least :data:`INDEX_FIGURE`
    and no person in common, the charge in an old shooting's case and a child shot two days later in
    that town, which share "one injured", are two incidents. (Two follow-ups of one day, one dating the
    old incident and one not, stay linked.)"""
    if not a.recalled or b.recalled or a.day is None or b.day is None or b.day <= a.day:
        return False
    if any(value >= INDEX_FIGURE for _, value in a.figures & b.figures):
        return False
    return not (a.named & b.named or a.mentioned & b.mentioned or a.spellings & b.spellings)


def _story_toll(a: _Doc, b: _Doc) -> bool:
    """Whether two reports of one town a few days apart share a toll figure of at least
    :data:`INDEX_FIGURE` or state the same main toll: "one injured" in common, beside other tolls, is in
    too many reports of a city's week."""
    return a.toll == b.toll or any(value >= INDEX_FIGURE for _, value in a.figures & b.figures)


def _link_follow_ups(docs: dict[str, _Doc], union: _Union) -> None:
    """Links documents further apart than :data:`WINDOW_DAYS`, up to :data:`FOLLOW_DAYS`, that state the
    same main toll (:func:`_same_toll`) and that no place tells apart; up to :data:`TOLL_TOWN_DAYS` when
    the toll counts the dead and the injured, one at least :data:`INDEX_FIGURE`, and the two tell one
    story of one town (:func:`_same_town_toll`) and no report of the later one's event dates its toll in
    its own days (:attr:`_Doc.fresh`: "on Saturday" reports a new shooting of that toll; the arrest weeks
    later restates the old one undated). Only documents that share a toll key (:func:`_toll_keys`)
    are compared, through an index."""
    index: dict[tuple[tuple[str, int], ...], list[tuple[int, str]]] = {}
    keys_of: dict[str, list[tuple[tuple[str, int], ...]]] = {}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if doc.day is None:
            continue
        keys = keys_of[doc_id] = _toll_keys(doc.toll)
        for key in keys:
            index.setdefault(key, []).append((doc.day, doc_id))
    for entries in index.values():
        entries.sort()
    root_of = {doc_id: union.find(doc_id) for doc_id in keys_of}
    # the events (as nearby days formed them) of which a report dates its toll in its own days
    dated = {root_of[doc_id] for doc_id in keys_of if docs[doc_id].fresh}
    for doc_id, keys in keys_of.items():
        doc = docs[doc_id]
        assert doc.day is not None
        for key in keys:
            entries = index[key]
            days = TOLL_TOWN_DAYS if _both_counted(key) else FOLLOW_DAYS
            at = bisect.bisect_left(entries, (doc.day + WINDOW_DAYS + 1, ""))
            end = bisect.bisect_right(entries, (doc.day + days, "\uffff"))
            for day, other_id in entries[at:end]:
                other, weeks = docs[other_id], day > doc.day + FOLLOW_DAYS
                if weeks and (root_of[other_id] in dated or not _same_town_toll(doc, other)):
                    continue
                if not _apart(doc, other) and _same_place(doc, other):  # a key in common: the same toll
                    union.union(doc_id, other_id, TOLL_TOWN_DAYS if weeks else FOLLOW_DAYS)


def _both_counted(key: tuple[tuple[str, int], ...]) -> bool:
    """Whether a toll key (:func:`_toll_keys`) states the dead and the injured, one at least
    :data:`INDEX_FIGURE` ("two dead, five wounded", "one dead, three hurt": few shootings of a town share
    it; the reports of one that date that toll in their own days are kept apart by :attr:`_Doc.fresh`)."""
    return len(key) == 2 and any(value >= INDEX_FIGURE for _, value in key)


def _same_town_toll(a: _Doc, b: _Doc) -> bool:
    """Whether two reports of the same main toll (the dead and the injured, one at least
    :data:`INDEX_FIGURE`), further apart than :data:`FOLLOW_DAYS`, tell one story: a town of one lies
    in the other's area, no kinds of event tell them apart, and they do not name different persons
    (:attr:`_Doc.named`: the victims of another shooting, a month later)."""
    if a.area.isdisjoint(b.towns) or _kinds_apart(a, b):
        return False
    return not (a.named and b.named and a.named.isdisjoint(b.named))


def _link_particulars(docs: dict[str, _Doc], union: _Union) -> None:
    """Links documents up to :data:`PARTICULAR_DAYS` apart that name the same street, or up to
    :data:`PERSON_DAYS` apart the same person, when nothing tells them apart and no place does (a person
    also when only places do: :func:`_same_victim`): a follow-up that names the victim or the street;
    the event so joined spans at most that many days. Only documents that share a particular are
    compared, through an index, each with at most :data:`PARTICULAR_PEERS` of them."""
    index: dict[str, list[tuple[int, str]]] = {}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if doc.day is not None:
            for particular in doc.particulars | doc.mentioned | doc.spellings:
                index.setdefault(particular, []).append((doc.day, doc_id))
    for particular in sorted(index):  # an order drawn from the contents: spans cut alike whatever the input order
        entries = sorted(index[particular])
        is_person = particular.startswith(PERSON)
        days = PERSON_DAYS if is_person or particular.startswith(SPELT) else PARTICULAR_DAYS
        for doc_id, other_id in near_pairs(entries, days):
            doc, other = docs[doc_id], docs[other_id]
            if (not _apart(doc, other) and _same_place(doc, other)) or (is_person and _same_victim(doc, other)):
                union.union(doc_id, other_id, days)


def _link_named_victims(docs: dict[str, _Doc], union: _Union) -> None:
    """Links a report that names its victims (:attr:`_Doc.victims`) to one up to :data:`PERSON_DAYS`
    before or after whose lead writes the name of every one of them (:attr:`_Doc.names`), however it
    writes the sentence ("arraigned in the March 27 shooting of Anaiya Montgomery at her home"), when
    nothing tells them apart and no place does, or whatever places say when they name a kind of event or
    a toll figure in common (:func:`_same_victim`): the charge, the trial or the funeral weeks or months
    later. A report that names a victim of another incident in passing (a shooting "connected to" the
    killing of another child) names its own victims too, so it does not write every victim of a report
    of the other incident; a report whose lead writes the victims of reports that name none in common (a
    roundup of a town's shootings) links to none of them. Only documents that write a victim's name are
    compared, through an index, each with at most :data:`PARTICULAR_PEERS` of them on either side."""
    index: dict[str, list[tuple[int, str]]] = {min(doc.victims): [] for doc in docs.values() if doc.victims}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if doc.day is not None:
            for key in doc.names & index.keys():
                index[key].append((doc.day, doc_id))
    for entries in index.values():
        entries.sort()
    found: dict[str, list[str]] = {}
    """per report that writes the names, the reports whose victims it names"""
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        if doc.day is None or not doc.victims:
            continue
        entries = index[min(doc.victims)]
        at = bisect.bisect_left(entries, (doc.day - PERSON_DAYS, ""))
        end = bisect.bisect_right(entries, (doc.day + PERSON_DAYS, "\uffff"))
        start = max(at, bisect.bisect_left(entries, (doc.day, "")) - PARTICULAR_PEERS)
        for _, other_id in entries[start:min(end, start + 2 * PARTICULAR_PEERS)]:
            other = docs[other_id]
            if other is doc or not doc.victims <= other.names or _own_incident(doc, other) or _own_incident(other, doc):
                continue
            if (not _apart(doc, other) and _same_place(doc, other)) or _same_victim(doc, other):
                found.setdefault(other_id, []).append(doc_id)
    for other_id, named in sorted(found.items()):
        victims = [docs[doc_id].victims for doc_id in named]
        if all(not a.isdisjoint(b) for a in victims for b in victims):  # (else a roundup of several incidents)
            for doc_id in named:
                union.union(doc_id, other_id, PERSON_DAYS)


def _own_incident(a: _Doc, b: _Doc) -> bool:
    """Whether ``b`` reports an incident of its own days after ``a``'s (:func:`_dated_after`: "on Friday
    night") and names victims ``a`` does not: another shooting whose report recalls ``a``'s victim."""
    return _dated_after(a, b) and not b.victims <= a.names


def _toll_keys(toll: frozenset[tuple[str, int]]) -> list[tuple[tuple[str, int], ...]]:
    """The keys by which a later report of the same main toll is found (:func:`_same_toll`): each rare
    figure, and the pair of the dead and the injured when one of them is at least :data:`INDEX_FIGURE`."""
    ordered = sorted(toll)
    keys: list[tuple[tuple[str, int], ...]] = [(f,) for f in ordered if f[1] >= RARE_FIGURE]
    if len(ordered) == 2 and any(value >= INDEX_FIGURE for _, value in ordered):
        keys.append((ordered[0], ordered[1]))
    return keys


def group_events(
    claims: Iterable[Claim], *, events: Mapping[str, str] | None = None, places: _Places | None = None
) -> dict[str, Event]:
    """Each document's event: doc_id -> :class:`~casualty_reconcile.result.Event` (shared by its documents).

    ``events`` (doc_id -> event key) are the caller's and always win: those documents form the events
    the caller named; the others are resolved among themselves from their claims' days, places and kinds
    of event (see the module doc). A resolution that finds one event names it ``"default"``, as when
    all input is one event; otherwise an event's id is drawn from its label ("chicago-shooting-2016-03-05").
    """
    listed = list(claims)
    given = dict(events or {})
    out: dict[str, Event] = {}
    caller_docs: dict[str, set[str]] = {}
    rest: list[Claim] = []
    for claim in listed:
        key = given.get(claim.doc_id)
        if key is None:
            rest.append(claim)
        else:
            caller_docs.setdefault(key, set()).add(claim.doc_id)
    for key, doc_ids in caller_docs.items():
        event = Event(event_id=key, label=key, doc_ids=tuple(sorted(doc_ids)), reason="given by the caller")
        for doc_id in doc_ids:
            out[doc_id] = event
    if not rest:
        return out
    places = places or _Places(claim.location for claim in rest)
    docs = _evidence(rest, places)
    groups = sorted(_link(docs).values(), key=lambda members: (docs[members[0]].day or 0, members[0]))
    taken = set(caller_docs)
    for members in groups:
        label, stem, _, _ = _label(members, docs)
        if len(groups) == 1 and DEFAULT_EVENT not in taken:
            event_id = DEFAULT_EVENT
        else:
            event_id, n = stem, 1
            while event_id in taken:
                n += 1
                event_id = f"{stem}#{n}"
        taken.add(event_id)
        event = Event(event_id=event_id, label=label, doc_ids=tuple(members), reason=RESOLVED)
        for doc_id in members:
            out[doc_id] = event
    return out


__all__ = ["LOOKBACK_DAYS", "WINDOW_DAYS", "group_events", "marks_part"]
