"""Reconciliation: group claims about the same quantity, explain every difference, flag real conflicts.

``reconcile(claims)`` answers a fact-checker's question "26, 40 or 164 dead: which is it, and why do
they differ?".

Quantities
    Claims about the same thing form a :class:`Quantity`: the same category, the same group of people
    (``group``; none given is ``all``), the same place (``location``; none given is the event's country)
    and the same event (``events`` maps a document to an event key; documents without one are grouped
    into events by :func:`~casualty_reconcile.events.group_events`: their days, places, kinds of event
    and tolls). Two readings apply before grouping: a claim flagged ``includes_<group>`` for a group other than
    its own is a total (group ``all``), and a group listed in :data:`SAME_AS_ALL` for the category is
    the whole (the arrested in an unrest are reported as "protesters" and as "people" alike).

One event, one toll
    Within an event, the deaths and injuries claims of a group are one quantity whichever level of place
    a report names (the town, its region, the country): the quantity's place is the town its reports
    name when they name one, else the event's country. A claim that counts only a part of the area ("in
    Almaty alone", "103 davon in Almaty": the language's ``part_place_cues``, or a ``part_of`` link to a
    whole placed elsewhere; a smaller figure its report places elsewhere beside such a part, ``sibling_parts``: "Two more
    died in Castilla-La Mancha") keeps its own place and stays a subarea (of the toll's region or town where its
    country counts nothing itself); a part of the people counted in the whole's place ("two of them died")
    joins the toll, but the injured who later died, below the event's stated dead, are a ``part`` beside it
    (:mod:`.injured_dead`). Outside the toll (arrests, ...), a claim placed in the capital of the event's
    country joins the country's quantity where the event counts the same category in the country: agency
    copy is filed from the capital ("TEHRAN (Reuters) - ... 700 detained" beside "Iranian police arrested
    450"); a part of the area ("200 of them in Tehran") keeps the capital.
    A figure flagged as another incident's or a period's joins the toll when it is the event's toll that
    another report states, and its own report states it unflagged too or leads with it and states no
    other: a follow-up recalling its own incident ("last week's shooting that injured a girl"); else it is
    in a quantity of its own, in ``other_quantities`` apart from the event's (:mod:`.other_quantities`).

Hierarchy
    Every group of people is part of ``all``; a place that is not a country is part of its country (the
    gazetteer's country for a known city, else the event's country: the country most claims of the
    event are located in). Each quantity is compared with its nearest existing parent once per day.

Differences
    Inside a quantity, claims are ordered by day (``as_of``, else the publication day; the UTC day of a
    publication instant, :mod:`casualty_reconcile.report_days`), then by their
    bounds, and each claim is compared with the next one only: no all-pairs comparison, so the cost
    grows near-linearly. Each :class:`Difference` has one :class:`Reason` and one plain sentence.

    Inside a quantity: ``repeat`` (the same figure from the same origin), ``compatible`` (bounds that
    overlap, or the same figure from another origin), ``vague`` (a vague amount that covers the other),
    ``update`` (a later, higher figure; or the same origin's higher figure on one day), ``decrease`` (a later
    cumulative figure below the same origin's earlier bounds: suspicious) and ``conflict`` (different origins,
    bounds apart on one day, or a later cumulative figure below the other's). Besides, per day each origin's figures are held
    against every other origin's (:mod:`casualty_reconcile.sides`): two sides that do not overlap are a
    ``conflict`` whatever figure sorts between them, and a conflicted quantity's explanation leads with
    it. A figure its text marks as a correction is a ``correction`` of its origin's earlier figure, a
    withdrawal ``retracted`` (:mod:`casualty_reconcile.revisions`). Against the parent quantity: ``subgroup`` /
    ``subarea``, or ``part_exceeds_whole`` when the part's lower bound is above the whole's upper bound
    on the same day (or on a later day, for a count that only grows). A claim's ``part_of`` link is
    compared the same way.

Checks in the explanation
    A jump (a figure at least :data:`JUMP_FACTOR` times the previous one within :data:`JUMP_DAYS`) is
    called out, and the parts of a total are added up across :data:`PART_BLOCKS` ("18 security forces +
    26 protesters make at least 44; the total, more than 40, has room for them").

Origins
    Each claim's origin is its own (resolved at extraction by :mod:`casualty_reconcile.origins`), or,
    when the caller adds aliases (``origins=``) or a claim has none, its speaker (or relay) resolved
    again; per event a party's abbreviation and "the opposition" are the party they name. A quantity
    counts its distinct origins.

Estimates
    ``low``/``best``/``high`` come from the figures of the quantity's latest day by a named policy
    (:data:`POLICIES`): ``"acled"`` (the most conservative stated number, as ACLED codes it: low = best
    = high), ``"ucdp"`` (UCDP-style: lowest lower bound, median figure or the highest of open lower bounds only, highest upper bound) or
    ``"intersection"`` (the interval all the day's figures allow; none when they do not intersect).
    Retracted and anecdotal claims are kept in their quantity (and compared along its time line) but left
    out of the estimates, the part/whole comparisons and the quantity's origins; vague figures are left
    out of the estimates when the day also has precise ones.
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Iterable, Mapping
from typing import Final, cast

from .claim_check import _check_claims
from .compare import (
    _CUMULATIVE_VALUES,
    _INCLUDES,
    _PEOPLE,
    CUMULATIVE,
    SAME_AS_ALL,
    _compare_part,
    _day_reps,
    _difference,
    _explanation,
    _Item,
    _Key,
    _label,
    _whole_for,
)
from .compare import JUMP_DAYS as JUMP_DAYS  # re-exported: the module's constants stay importable here
from .compare import JUMP_FACTOR as JUMP_FACTOR
from .compare import JUMP_MIN as JUMP_MIN
from .estimates import _estimates, _estimates_of_one, _pool
from .event_words import area_parts, people_parts
from .events import group_events
from .everyone import everyone_hit
from .injured_dead import mark_injured_dead
from .models import SCHEMA_VERSION, Category, Claim
from .origins import Origin, OriginResolver, OriginSpec, OriginType
from .other_quantities import OTHER_QUANTITY, apart, marked_group, scoped_group
from .parts import _AddUp
from .pieces import add_up_pieces
from .places import _Places
from .quantity_places import (
    _TOLL,
    RECALLED_NOTE,
    RECALLED_RULE,
    _capital_as_country,
    _event_countries,
    _toll_places,
    recalled_tolls,
    sibling_parts,
    toll_subarea,
    trace_recalled,
    trace_siblings,
)
from .report_days import figure_day, trace_instant_days
from .result import (
    DEFAULT_EVENT,
    DIFFERENCE_DTYPES,
    POLICIES,
    QUANTITY_DTYPES,
    Difference,
    Estimate,
    Event,
    Policy,
    Quantity,
    Reason,
    Reconciliation,
    Scope,
    Status,
    reconciliation_schema,
    shared_fields_set,
)
from .shot import injured_among_shot
from .sides import conflict_sentence, headline, part_conflicts
from .within import _Within
from .work_origins import _OriginsOf

_CLAIM_ID: Final = operator.attrgetter("claim_id")
_DOC_ID: Final = operator.attrgetter("doc_id")
_PART_OF: Final = operator.attrgetter("part_of")
_first: Final = operator.itemgetter(0)


def _events_of(
    events: Mapping[str, str] | None, claims: list[Claim], places: _Places
) -> tuple[list[str], tuple[Event, ...]]:
    """The event key of each claim (by its document) and the events: the caller's where given, the others
    resolved (:func:`~casualty_reconcile.events.group_events`)."""
    if events is not None:
        if not isinstance(events, Mapping):
            raise TypeError(f"events must be a mapping of doc_id -> event key, not {type(events).__name__}")
        for doc, key in events.items():
            if not isinstance(key, str):
                raise TypeError(f"events[{doc!r}] must be a string event key, not {type(key).__name__}")
    if not claims:
        return [], ()
    found = group_events(claims, events=events, places=places)
    records = {event.event_id: event for event in found.values()}
    return [found[claim.doc_id].event_id for claim in claims], tuple(records[key] for key in sorted(records))


def _quantity_id(key: _Key) -> str:
    event, category, group, location = key
    return f"{event}:{category}:{group}:{location if location is not None else '-'}"


def reconcile(
    claims: Iterable[Claim],
    *,
    policy: Policy = "ucdp",
    events: Mapping[str, str] | None = None,
    origins: Mapping[str, OriginSpec] | None = None,
) -> Reconciliation:
    """Group ``claims`` into quantities, explain every difference and flag the real conflicts.

    ``policy`` names how low/best/high are drawn (:data:`POLICIES`); ``events`` maps doc_ids to event
    keys, which always win (documents without one are grouped by
    :func:`~casualty_reconcile.events.group_events`; one event found is ``"default"``); ``origins`` adds aliases to the origin table
    (alias -> :class:`~casualty_reconcile.origins.Origin` or ``(name, type)``), ahead of the built-in ones.
    Raises :class:`TypeError` for items that are not claims and :class:`ValueError` for an unknown policy.
    """
    # The work allocates many small objects and keeps them all, creating no reference cycles; the
    # cyclic garbage collector would only traverse the growing heap again and again (a third of the
    # time at 10^5 claims), so it is paused for the call and restored after.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _reconcile(claims, policy=policy, events=events, origins=origins)
    finally:
        if enabled:
            gc.enable()


def _reconcile(
    claims: Iterable[Claim],
    *,
    policy: str,
    events: Mapping[str, str] | None,
    origins: Mapping[str, OriginSpec] | None,
) -> Reconciliation:
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}: choose one of {', '.join(POLICIES)}")
    checked = add_up_pieces(_check_claims(claims))  # "vier schwer, elf leicht verletzt": 15, the pieces its parts
    places = _Places(claim.location for claim in checked)  # a town's name read in the claims' country
    events_of, event_records = _events_of(events, checked, places)
    checked = everyone_hit(injured_among_shot(checked, events_of), events_of)  # "Five people were shot", "two died": three injured
    checked = mark_injured_dead(checked, events_of)  # "of the 23 injured, three later died" beside 28 dead: a part
    work = _Work(OriginResolver(origins), places)
    work.own_origins = origins is None
    work.country_of_event = _event_countries(places, checked, events_of)
    work.area_parts, siblings = sibling_parts(places, checked, area_parts(checked, lambda place: places.info(place)[0], _TOLL))
    work.people_parts = people_parts(checked, work.area_parts)
    work.recalled = recalled_tolls(checked, events_of)
    checked = trace_instant_days(trace_siblings(trace_recalled(checked, work.recalled), siblings))
    work.toll_place = _toll_places(places, checked, events_of, work.country_of_event, work.area_parts)
    others = frozenset(c.value for c in Category) - _TOLL  # arrests, ...: a capital for its country
    work.as_country = _capital_as_country(
        places, checked, events_of, work.country_of_event, area_parts(checked, lambda place: places.info(place)[0], others)
    )
    work.group(checked, events_of)
    work.find_parents()
    work.compare_within()
    work.compare_part_links(checked)
    work.compare_with_parents()
    work.add_up_parts()
    quantities, differences, claim_origins, ordered = work.models(policy)
    own, other = apart(quantities)
    return Reconciliation(
        schema_version=SCHEMA_VERSION,
        policy=cast(Policy, policy),
        quantities=own,
        other_quantities=other,
        differences=tuple(differences),
        origins=tuple(Origin(name=name, type=kind) for name, kind in sorted(work.origin_types.items())),
        claim_origins=claim_origins,
        claims=tuple(ordered),
        events=event_records,
    )


class _Work(_AddUp, _OriginsOf, _Within):
    """The state of one reconciliation: the quantities' figures, their parents, differences and notes."""

    def __init__(self, resolver: OriginResolver, places: _Places) -> None:
        self.resolver = resolver
        self.own_origins = True
        """Whether a claim's own origin (resolved at extraction) stands: the caller added no aliases."""
        self.places = places
        self.country_of_event: dict[str, str] = {}
        self.toll_place: dict[str, str] = {}
        """event -> the one place of its toll (see :func:`_toll_places`)"""
        self.as_country: frozenset[str] = frozenset()
        """ids of the claims placed in the capital that count for the country (see :func:`_capital_as_country`)"""
        self.recalled: frozenset[str] = frozenset()
        """ids of the claims flagged as another incident's or a period's that count the event's toll (see :func:`recalled_tolls`)"""
        self.area_parts: frozenset[str] = frozenset()
        """ids of the claims that count only a part of the area: they keep their place"""
        self.people_parts: frozenset[str] = frozenset()
        """ids of the claims that count a part of their whole's people there: in the toll, not estimated"""
        self.buckets: dict[_Key, list[_Item]] = {}
        self.keys: list[_Key] = []
        self.ids: dict[_Key, str] = {}
        self.parents: dict[_Key, tuple[_Key, Reason]] = {}
        self.diffs: dict[_Key, list[Difference]] = {}
        self.notes: dict[_Key, list[str]] = {}
        self.heads: dict[_Key, list[tuple[int, str]]] = {}
        """The conflicts between origins, one headline each, that lead a quantity's explanation."""
        self.flagged: dict[_Key, set[Reason]] = {}
        """The reasons that decide a quantity's status: conflict, decrease, part_exceeds_whole."""
        self.linked: set[tuple[str, str]] = set()
        """(part, whole) claim ids already compared by a ``part_of`` link."""
        self.origin_types: dict[str, OriginType] = {}
        self._origin_cache: dict[tuple[str, str | None, str | None, str | None], str] = {}
        # raw key -> quantity key (the category by its value: enum members hash slowly)
        self._key_cache: dict[tuple[str, str, str | None, tuple[str, ...], str | None, bool, bool, bool], _Key] = {}

    # ---- 1. items and quantities ------------------------------------------------------------------
    def quantity_key(self, claim: Claim, event: str) -> _Key:
        category = claim.category
        toll = category.value in _TOLL and event in self.toll_place and claim.claim_id not in self.area_parts
        as_country = claim.claim_id in self.as_country
        recalled = claim.claim_id in self.recalled
        raw_key = (event, category.value, claim.group, claim.flags, claim.location, toll, as_country, recalled)
        known = self._key_cache.get(raw_key)
        if known is not None:
            return known
        group = (claim.group or "all").strip() or "all"
        if claim.flags and group != "all":
            for flag in claim.flags:
                included = _INCLUDES.get(flag)
                if included is not None and included != group:
                    group = "all"
                    break
        same = SAME_AS_ALL.get(category)
        if same is not None and group in same:
            group = "all"
        other = next((OTHER_QUANTITY[f] for f in claim.flags if f in OTHER_QUANTITY), None) if claim.flags and not recalled else None
        if other is not None:  # "so far this year", "last month's shooting": never the event's toll (other_quantities)
            group, toll = marked_group(group, other), False
        if toll:  # one event, one toll: the town, its region and its country count the same dead
            location: str | None = self.toll_place[event]
        elif as_country:  # the capital of a dateline counts for the event's country
            location = self.country_of_event[event]
        elif claim.location is not None:
            location = self.places.info(claim.location)[0]
        else:
            location = self.country_of_event.get(event)
        key = self._key_cache[raw_key] = (event, category.value, group, location)
        return key

    def group(self, claims: list[Claim], events_of: list[str]) -> None:
        """Each claim into its quantity's bucket; the buckets sorted by day and bounds, and numbered."""
        buckets = self.buckets
        names = self._merge_parties([self.origin_of(claim, event) for claim, event in zip(claims, events_of, strict=True)], events_of)
        for claim, event, origin in zip(claims, events_of, names, strict=True):
            key = self.quantity_key(claim, event)
            day = figure_day(claim)  # the reporter's local day, or the UTC day of a publication instant
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = []
            item = _Item(claim, day, origin, key)
            if claim.claim_id in self.people_parts:
                item.aggregate = False  # a part of the people counted ("two of them seriously"): no toll
            bucket.append(item)
        self.keys = keys = sorted(buckets, key=lambda k: (k[0], k[1], k[2], k[3] or ""))
        used: set[str] = set()
        for key in keys:
            qid = _quantity_id(key)
            n = 1
            while qid in used:
                n += 1
                qid = f"{_quantity_id(key)}#{n}"
            used.add(qid)
            self.ids[key] = qid
            bucket = buckets[key]
            bucket.sort(key=_Item.sort_key)
            for it in bucket:
                it.qid = qid
        self.diffs = {k: [] for k in keys}
        self.notes = {k: [] for k in keys}
        self.heads = {k: [] for k in keys}
        self.flagged = {k: set() for k in keys}
        if self.recalled:  # a flagged figure counted in its event's toll says so (recalled_tolls)
            for key in keys:
                self.notes[key] += [
                    RECALLED_NOTE.format(figure=repr(it.claim.text), doc_id=it.claim.doc_id, rule=RECALLED_RULE)
                    for it in buckets[key] if it.cid in self.recalled
                ]

    # ---- 2. parents: the nearest existing quantity this one is a subgroup or subarea of ----------
    def parent_location(self, event: str, location: str | None) -> str | None:
        if location is None:
            return None
        name, is_country, country = self.places.info(location)
        if is_country:
            return None
        parent = country or self.country_of_event.get(event)
        return parent if parent is not None and parent != name else None

    def find_parents(self) -> None:
        for key in self.keys:
            event, category_value, group, location = key
            wider = self.parent_location(event, location)
            candidates: list[tuple[_Key, Reason]] = []
            if group != "all" and group in _PEOPLE:
                candidates.append(((event, category_value, "all", location), Reason.SUBGROUP))
            if wider is not None:
                candidates.append(((event, category_value, group, wider), Reason.SUBAREA))
                if group != "all" and group in _PEOPLE:
                    candidates.append(((event, category_value, "all", wider), Reason.SUBGROUP))
            whole = toll_subarea(self.places, event, category_value, location, self.toll_place, self.country_of_event)
            if whole is not None and (wider is None or (event, category_value, group, wider) not in self.buckets):
                candidates.append(((event, category_value, group, whole), Reason.SUBAREA))  # TOLL_SUBAREA_RULE
            for candidate, reason in candidates:
                if candidate in self.buckets:
                    self.parents[key] = (candidate, reason)
                    break

    # ---- 3. differences -----------------------------------------------------------------------------
    def compare_part_links(self, claims: list[Claim]) -> None:
        """Each claim with a ``part_of`` link against the claim it is a part of."""
        if not any(map(_PART_OF, claims)):
            return
        by_id = {it.cid: it for items in self.buckets.values() for it in items}
        for key in self.keys:
            for part in self.buckets[key]:
                target = part.claim.part_of
                if target is None:
                    continue
                whole = by_id.get(target)
                if whole is None or whole is part:
                    continue
                same_group = part.key[2] == whole.key[2]
                reason = Reason.SUBAREA if part.key[3] != whole.key[3] and same_group else Reason.SUBGROUP
                reason, sentence = _compare_part(part, whole, reason, key[1] in _CUMULATIVE_VALUES)
                self.diffs[key].append(_difference(reason, part, whole, sentence))
                if reason is Reason.PART_EXCEEDS_WHOLE:
                    self.flagged[key].add(reason)
                    self.flagged[whole.key].add(reason)
                self.linked.add((part.cid, whole.cid))

    def compare_with_parents(self) -> None:
        """Each day's part against its parent quantity's figure of that day (or the nearest)."""
        wholes: dict[_Key, tuple[list[int], list[_Item]]] = {}
        compared = self.linked
        for key in self.keys:
            link = self.parents.get(key)
            if link is None:
                continue
            parent_key, reason = link
            parent_reps = wholes.get(parent_key)
            if parent_reps is None:
                parent_reps = wholes[parent_key] = _day_reps(self.buckets[parent_key], highest_low=False)
            parent_ordinals, parent_figures = parent_reps
            cumulative = key[1] in _CUMULATIVE_VALUES
            for part in _day_reps(self.buckets[key], highest_low=True)[1]:
                whole = _whole_for(parent_ordinals, parent_figures, part.dord)
                if whole is None or (part.cid, whole.cid) in compared:
                    continue
                found_reason, sentence = _compare_part(part, whole, reason, cumulative)
                self.diffs[key].append(_difference(found_reason, part, whole, sentence))
                if found_reason is Reason.PART_EXCEEDS_WHOLE:
                    self.flagged[key].add(found_reason)
                    self.flagged[parent_key].add(found_reason)
            self._part_conflicts(key, parent_key)

    def _part_conflicts(self, key: _Key, parent_key: _Key) -> None:
        """A part larger than its whole from another origin on the same day: a conflict."""
        for part, whole in part_conflicts(self.buckets[key], self.buckets[parent_key]):
            sentence = conflict_sentence(part, whole, _label(part, place=True), _label(whole, place=True), part=True)
            self.diffs[key].append(_difference(Reason.CONFLICT, part, whole, sentence))
            for marked in (key, parent_key):
                self.flagged[marked].add(Reason.CONFLICT)
                self.heads[marked].append((part.dord, headline(whole, part)))

    # ---- 4. models --------------------------------------------------------------------------------------
    def models(self, policy: str) -> tuple[list[Quantity], list[Difference], dict[str, str], list[Claim]]:
        quantities: list[Quantity] = []
        differences: list[Difference] = []
        claim_origins: dict[str, str] = {}
        ordered_claims: list[Claim] = []
        for key in self.keys:
            items = self.buckets[key]
            for it in items:
                claim_origins[it.cid] = it.origin
            ordered_claims.extend([it.claim for it in items])
            differences.extend(self.diffs[key])
            quantities.append(self.quantity(key, policy))
            self.buckets[key] = []  # its figures are in the quantity now: let them go before the result is built
        return quantities, differences, claim_origins, ordered_claims

    def quantity(self, key: _Key, policy: str) -> Quantity:
        items = self.buckets[key]
        event, category_value, marked, location = key
        group, scope = scoped_group(marked)
        own = self.diffs[key]
        latest = items[-1]
        if len(items) == 1:
            low, best, high = _estimates_of_one(latest, policy)
            origin_names: tuple[str, ...] = (latest.origin,)
            n_documents = 1
        else:
            low, best, high = _estimates(_pool(items, policy), policy)
            # an anecdote (one body found) or a retracted figure is no origin of the count
            origin_names = tuple(sorted({it.origin for it in items if it.aggregate} or {it.origin for it in items}))
            n_documents = len({it.claim.doc_id for it in items})
        marks = self.flagged[key]
        if Reason.CONFLICT in marks:
            status = Status.CONFLICT
        elif Reason.DECREASE in marks or Reason.PART_EXCEEDS_WHOLE in marks:
            status = Status.SUSPICIOUS
        elif len(items) == 1:
            status = Status.SINGLE
        else:
            status = Status.CONSISTENT
        return shared_fields_set(Quantity(
            quantity_id=self.ids[key],
            event=event,
            category=Category(category_value),
            group=group,
            scope=scope,
            location=location,
            parent_id=self.ids[self.parents[key][0]] if key in self.parents else None,
            claim_ids=tuple([it.cid for it in items]),
            low=low,
            best=best,
            high=high,
            latest_claim_id=latest.cid,
            latest=_label(latest),
            n_claims=len(items),
            n_documents=n_documents,
            n_origins=len(origin_names),
            origins=origin_names,
            status=status,
            explanation=" ".join([
                *dict.fromkeys(text for _, text in sorted(self.heads[key], key=_first)), *_explanation(items, n_documents, origin_names, own, marks, self.notes[key])
            ]),
        ))


__all__ = [
    "CUMULATIVE",
    "DEFAULT_EVENT",
    "DIFFERENCE_DTYPES",
    "POLICIES",
    "QUANTITY_DTYPES",
    "SAME_AS_ALL",
    "Difference",
    "Estimate",
    "Event",
    "Origin",
    "OriginType",
    "Policy",
    "Quantity",
    "Reason",
    "Reconciliation",
    "Scope",
    "Status",
    "group_events",
    "reconcile",
    "reconciliation_schema",
]
