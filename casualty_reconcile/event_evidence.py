"""The evidence of event resolution (:mod:`casualty_reconcile.events`): each document's days, places,
kinds of event, toll figures and particulars, read from its claims."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .event_words import (
    ADDRESS,
    DAY,
    FATAL,
    NAME,
    kinds_of,
    names_part_place,
    particulars_of,
    revises,
    venues_of,
    victim_ages,
)
from .models import Category, Claim, Flag, Qualifier, published_day
from .places import _Places

MIN_FIGURE = 1
"""Toll figures below this ("one dead") are too common to join two documents."""

WHOLE_STATED = 2
"""How often a whole must be stated to beat its parts as a main toll (:func:`_main_toll`)."""

LOOKBACK_DAYS = 7
"""A claim's reported day counts as the document's day only this many days before its publication."""

_TOLL = frozenset({Category.DEATHS.value, Category.INJURIES.value})

_AS_PART = frozenset({Flag.PART.value, Flag.ANECDOTAL.value})
"""the flags of a figure that counts only a part of a whole (:func:`_main_toll`): "two of the victims
remain in hospital", one more victim who died ("ein fünftes Opfer ist gestorben")"""

GENERIC_KINDS = frozenset({"attack"})
"""Kinds whose words fit any violent event ("attack", "Angriff"): they tell no two documents apart."""

ACCIDENT = "accident"
"""The kind of a word for any mishap ("Unglück", "drame", "disaster"): beside a concrete
kind it adds nothing (:attr:`_Doc.specific`); alone it fits any kind of :data:`MISHAP_KINDS`
(``event_pairs._kinds_apart``: a ferry's fire is a ferry accident), not a shooting, a protest or a
quake, and joins the reports that name an accident too."""

MISHAP_KINDS = frozenset({ACCIDENT, "crash", "fire", "flood", "storm", "explosion", "landslide"})
"""The kinds of event an accident may be (:data:`ACCIDENT`): on the many-events benchmark a German bus
accident ("Busunglück") that fitted any kind joined shootings, protests and quakes of its city (purity
0.251 -> 0.122)."""

LOOSE_KINDS = frozenset({"explosion"})
"""Kinds that join the reports that name them but, named alone, fit any kind (``event_pairs._kinds_apart``):
an explosion is a bomb's, a mine's or a gas pipe's ("killed in an explosion at a coal mine", "died in
the blast"); beside a concrete kind they add nothing (:attr:`_Doc.specific`)."""

AREA_TOWNS = 3
"""A document that names more towns than this (a roundup) tells nothing of which towns lie in which."""

PERSON = "person:"
"""the prefix of a particular that names a person (``LanguageData.particulars``)"""

LEAD_PERSONS = 2
"""A document whose lead names more persons than this (a roundup of several shootings, a report that
recalls earlier victims) links to no other through the persons of its lead."""

OWN_FIGURES = 3
"""A report names its own victims beside its first figures of the dead and the injured (this many) or in
its lead: a person named beside a later figure may be a victim of another incident it recalls ("Anaiya
Montgomery, 3, was killed in the Easter shooting"), not one it reports (:attr:`_Doc.victims`)."""


@dataclass
class _Doc:
    """One document's evidence."""

    doc_id: str
    day: int | None = None
    towns: frozenset[str] = frozenset()
    """known places below a region (the gazetteer knows them)"""
    cities: frozenset[str] = frozenset()
    """those of its towns that are cities (the gazetteer's cities of 100,000 people or more)"""
    capitals: frozenset[str] = frozenset()
    """those of its towns that are a country's capital (where agencies date a country's news from)"""
    area: frozenset[str] = frozenset()
    """its towns and the towns a report names beside one of them (:func:`_areas`): a neighbourhood and
    its city ("Englewood" and "Chicago"), which the gazetteer does not nest; two reports whose towns meet
    in their areas lie in one place"""
    regions: frozenset[str] = frozenset()
    """known regions (states, provinces): a town of another report may lie in one, which the gazetteer
    does not say, so a region and a town tell two reports nothing"""
    countries: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    specific: frozenset[str] = frozenset()
    """its kinds but the generic ones (:data:`GENERIC_KINDS`) and, beside a concrete kind, an accident
    (:data:`ACCIDENT`) or an explosion (:data:`LOOSE_KINDS`)"""
    places: Counter[str] = field(default_factory=Counter)
    """every place named, known or not, with how often (for the label)"""
    kind_votes: Counter[str] = field(default_factory=Counter)
    figures: frozenset[tuple[str, int]] = frozenset()
    """the toll figures it states: (category, value) of its valued deaths and injuries of everyone, and
    its figures of the shot (:func:`_shot`)"""
    particulars: frozenset[str] = frozenset()
    """the particulars its claims' sentences name (``LanguageData.particular_patterns``): a person beside
    an age, a street; each by its capitalised words ("terry andres", "carey street")"""
    persons: frozenset[str] = frozenset()
    """those of its particulars that name a person"""
    mentioned: frozenset[str] = frozenset()
    """the persons its lead names (``Claim.particulars``) in sentences that state no figure: a follow-up
    names the victim there. They link reports as its particulars do, but do not tell two reports apart (a
    lead names suspects and witnesses beside the victim)"""
    spellings: frozenset[str] = frozenset()
    """the keys of its persons' other spellings (:func:`_spellings`): a follow-up spells the victim's
    name with a letter more, less or swapped ("Terrance"/"Terrence", "Fischer"/"Fisher")"""
    named: frozenset[str] = frozenset()
    """every person it names: beside an age in its claims' sentences, and in its lead however many (a
    report that names others than another report's persons tells another story, though a roundup's
    lead links nothing)"""
    toll: frozenset[tuple[str, int]] = frozenset()
    """its main toll: per category of :data:`_TOLL`, the figure it states most often (on a tie the first
    in the text: the headline); a background mention of another incident's toll is stated less often"""
    fresh: bool = False
    """whether its dead or injured carry a reported day before its publication, within :data:`LOOKBACK_DAYS`
    ("on Saturday"): it reports an incident of its days; a follow-up weeks later (an arrest, a funeral)
    restates the toll of an older one without dating it anew"""
    victims: frozenset[str] = frozenset()
    """the first and last words of each person of :attr:`mentioned` and of each of :attr:`persons` named
    beside one of its first :data:`OWN_FIGURES` figures of the dead and the injured ("anaiya montgomery"
    for "Anaiya Denise Montgomery, 3"): the victims it reports, whose names a later report writes in its
    lead however it writes the sentence (:attr:`names`)"""
    names: frozenset[str] = frozenset()
    """every pair of words, in order, of each run of capitalised words its lead writes and of each person
    it names (``Claim.particulars``' ``name:`` entries: "Judge Timmy Kenny" gives "judge timmy", "judge
    kenny", "timmy kenny"): the names a report of another's victims writes (:func:`_name_keys`)"""
    revises: bool = False
    """whether it states its toll (its dead or injured) as a change of one reported before ("the death
    toll rose to", "s'est alourdi à", a correction: :func:`~casualty_reconcile.event_words.revises`)"""
    fatal: bool = False
    """whether its headline or first lines call its incident deadly (the particular
    :data:`~casualty_reconcile.event_words.FATAL`): it reports no incident of only injured"""
    ages: frozenset[str] = frozenset()
    """the ages of the victims its figures of the dead and the injured count (``LanguageData.victim_ages``:
    "a 9-year-old" -> "year:9"): a follow-up of a few days later counts the victim of the same age"""
    venues: frozenset[str] = frozenset()
    """the kinds of venue its first :data:`OWN_FIGURES` sentences of the dead and the injured name
    (``LanguageData.venue_kinds``: "inside a home" -> "home", "at a bar" -> "bar"): where its incident
    happened (``event_pairs._venues_apart``)"""
    region_text: str = ""
    """where it places its figures in a region and in no town, the sentences of its dead and injured, lower
    case: the towns they write ("in Monterey Park in Kalifornien"), which a later report that revises the
    toll names (``event_links._writes_town``)"""
    addresses: frozenset[str] = frozenset()
    """the addresses (a street with its house or block number: ``event_words.ADDRESS``) its claims'
    sentences and its lead name: reports of a few days apart that give one address report one incident
    (``event_links._link_addresses``); they are none of its :attr:`particulars`"""
    lead_days: frozenset[int] = frozenset()
    """the days of a month its lead writes before its publication (``Claim.particulars``' ``day:`` entries)"""
    part_area: bool = False
    """whether every sentence of its dead and injured counts only a part of the area ("Allein in Sinzig kamen zwölf
    Menschen ums Leben", "In Mayfield alone": :func:`~casualty_reconcile.event_words.names_part_place`): its town
    lies in a larger area another report counts (``event_pairs._part_of_region``)"""
    recalled: frozenset[int] = frozenset()
    """days its claims report, or its lead writes (``event_words.DAY``), further back than
    :data:`LOOKBACK_DAYS` before its publication: a later report dates the event it follows up ("the
    shooting on May 7, 2015")"""


@dataclass
class _PlaceSets:
    """The known places each document's claims name, by kind (:func:`_evidence`): doc_id -> names."""

    towns: dict[str, set[str]] = field(default_factory=dict)
    regions: dict[str, set[str]] = field(default_factory=dict)
    countries: dict[str, set[str]] = field(default_factory=dict)
    cities: dict[str, set[str]] = field(default_factory=dict)
    capitals: dict[str, set[str]] = field(default_factory=dict)

    def add(self, doc: _Doc, location: str, places: _Places) -> None:
        """A claim's location: counted among the document's places, and kept by kind where known."""
        name, is_country, country = places.info(location)
        doc.places[name] += 1
        if is_country:
            self.countries.setdefault(doc.doc_id, set()).add(name)
        elif country is not None:
            (self.regions if places.is_region(name) else self.towns).setdefault(doc.doc_id, set()).add(name)
            if places.is_city(name):
                self.cities.setdefault(doc.doc_id, set()).add(name)
                if places.is_capital(name):
                    self.capitals.setdefault(doc.doc_id, set()).add(name)
            self.countries.setdefault(doc.doc_id, set()).add(country)

    def set_on(self, doc: _Doc) -> None:
        """A document's towns, regions, cities, countries and capitals."""
        doc_id = doc.doc_id
        doc.towns = frozenset(self.towns.get(doc_id, ()))
        doc.regions = frozenset(self.regions.get(doc_id, ()))
        if doc_id in self.cities:
            cities = self.cities[doc_id]
            doc.cities = doc.towns if len(cities) == len(doc.towns) else frozenset(cities)
        doc.countries = frozenset(self.countries.get(doc_id, ()))
        doc.capitals = frozenset(self.capitals.get(doc_id, ()))


_VAGUE_KINDS = LOOSE_KINDS | {ACCIDENT}
"""the kinds that are a document's specific kinds only where it names no concrete kind"""


def _evidence(claims: list[Claim], places: _Places) -> dict[str, _Doc]:
    """Each document's evidence, from its claims."""
    docs: dict[str, _Doc] = {}
    published: dict[str, int] = {}
    reported: dict[str, list[int]] = {}
    toll_reported: dict[str, list[int]] = {}
    seen_sentences: set[tuple[str, str]] = set()
    revision_seen: dict[tuple[str, str], bool] = {}
    kinds_seen: dict[tuple[str, str], set[str]] = {}
    ages_seen: dict[tuple[str, str], frozenset[str]] = {}
    venues_seen: dict[tuple[str, str], frozenset[str]] = {}
    ages: dict[str, set[str]] = {}
    particulars_seen: dict[tuple[str, str], frozenset[str]] = {}
    particulars: dict[str, set[str]] = {}
    mentioned: dict[str, set[str]] = {}
    runs: dict[str, frozenset[str]] = {}
    toll_sentences: dict[str, list[tuple[int, str, str]]] = {}
    named_places = _PlaceSets()
    stated: dict[str, dict[tuple[str, int], list[int]]] = {}
    shot: dict[str, set[tuple[bool, int]]] = {}
    """per document, each toll figure: [how often stated, where first stated, how often not as a part]"""
    for claim in claims:
        doc = docs.get(claim.doc_id)
        if doc is None:
            doc = docs[claim.doc_id] = _Doc(claim.doc_id)
        if claim.particulars and claim.doc_id not in runs:  # its document's lead's (the same on its claims)
            mentioned[claim.doc_id] = {p for p in claim.particulars if p.startswith(PERSON)}
            doc.addresses = frozenset(p for p in claim.particulars if p.startswith(ADDRESS))
            runs[claim.doc_id] = frozenset(p for p in claim.particulars if p.startswith(NAME))
            doc.fatal = FATAL in claim.particulars
            doc.lead_days = frozenset(dt.date.fromisoformat(p[len(DAY):]).toordinal() for p in claim.particulars if p.startswith(DAY))
        if claim.published is not None:
            day = published_day(claim.published)
            if day is not None and day.toordinal() < published.get(claim.doc_id, 1 << 30):
                published[claim.doc_id] = day.toordinal()
        value, category = claim.value, claim.category.value
        if value and value >= MIN_FIGURE and category in _TOLL and claim.group in (None, "all") and (
            claim.qualifier is not Qualifier.VAGUE
        ):
            seen = stated.setdefault(claim.doc_id, {}).setdefault((category, value), [0, claim.start, 0])
            seen[0] += 1
            seen[1] = min(seen[1], claim.start)
            seen[2] += _AS_PART.isdisjoint(claim.flags)  # a part ("an eleventh victim died") is no toll
            if category == _INJURIES and not _SHOT_FLAGS.isdisjoint(claim.flags):  # "Five people were shot"
                shot.setdefault(claim.doc_id, set()).add((Flag.SHOT.value in claim.flags, value))
        if claim.as_of is not None:
            reported.setdefault(claim.doc_id, []).append(claim.as_of.toordinal())
            if category in _TOLL:
                toll_reported.setdefault(claim.doc_id, []).append(claim.as_of.toordinal())
        if claim.location is not None:
            named_places.add(doc, claim.location, places)
        if (claim.doc_id, claim.sentence) not in seen_sentences:
            seen_sentences.add((claim.doc_id, claim.sentence))
            doc.kind_votes.update(kinds_of(claim, kinds_seen))
            named = particulars_of(claim, particulars_seen)
            if named:
                particulars.setdefault(claim.doc_id, set()).update(named)
        if category in _TOLL:
            doc.revises = doc.revises or revises(claim, revision_seen)
            ages.setdefault(claim.doc_id, set()).update(victim_ages(claim, ages_seen))
            toll_sentences.setdefault(claim.doc_id, []).append((claim.start, claim.sentence, claim.language))
    shared: dict[frozenset[tuple[str, int]], frozenset[tuple[str, int]]] = {}
    for doc_id, doc in docs.items():
        _set_day(doc, published.get(doc_id), reported.get(doc_id, []), toll_reported.get(doc_id, []))
        named_places.set_on(doc)
        doc.kinds = frozenset(doc.kind_votes)
        concrete = doc.kinds - GENERIC_KINDS - _VAGUE_KINDS  # (an accident beside a fire is that fire)
        doc.specific = concrete or doc.kinds & _VAGUE_KINDS
        figures = stated.pop(doc_id, {})
        doc.toll = _shared(_main_toll(figures), shared)
        doc.ages = frozenset(ages.get(doc_id, ()))
        doc.figures = _shared(frozenset(figures) | _shot(doc.toll, shot.get(doc_id)), shared)
        first = [(language, sentence) for _, sentence, language in sorted(toll_sentences.get(doc_id, ()))[:OWN_FIGURES]]
        own = {p for key in first for p in particulars_seen.get(key, ()) if p.startswith(PERSON)}
        doc.venues = frozenset(v for language, sentence in first for v in venues_of(sentence, language, venues_seen))
        _set_persons(doc, places, particulars.get(doc_id), mentioned.get(doc_id), runs.get(doc_id, frozenset()), own)
        if doc.regions and not doc.towns:
            doc.region_text = " ".join(sorted({sentence for _, sentence, _ in toll_sentences.get(doc_id, ())})).lower()
    _areas(docs)
    return _set_part_areas(docs, claims)


def _set_part_areas(docs: dict[str, _Doc], claims: list[Claim]) -> dict[str, _Doc]:
    """Each document's :attr:`_Doc.part_area`: whether every sentence of its dead and injured names a cue of a part of
    the area (:func:`~casualty_reconcile.event_words.names_part_place`, each sentence read once)."""
    seen: dict[tuple[str, str], bool] = {}
    parts: dict[str, bool] = {}
    for claim in claims:
        if claim.category.value in _TOLL and parts.get(claim.doc_id, True):
            key = (claim.language, claim.sentence)
            cued = seen.get(key)
            if cued is None:
                cued = seen[key] = names_part_place(claim)
            parts[claim.doc_id] = cued
    for doc_id, cued in parts.items():
        docs[doc_id].part_area = cued
    return docs


def _set_persons(
    doc: _Doc, places: _Places, named: set[str] | None, lead: set[str] | None, runs: frozenset[str], own: set[str]
) -> None:
    """A document's particulars and the persons it names, from the particulars of its claims' sentences
    (``named``), the persons of its lead (``lead``), its lead's runs of capitalised words (``runs``) and
    the persons named beside its first figures of the dead and the injured (``own``)."""
    if named is not None:
        doc.addresses |= {p for p in named if p.startswith(ADDRESS)}
        doc.particulars = frozenset(p for p in named if not (p.startswith(ADDRESS) or _is_place(p, places)))
        doc.persons = frozenset(p for p in doc.particulars if p.startswith(PERSON))
    persons = {p for p in lead or () if not _is_place(p, places)}
    doc.named = frozenset(persons | doc.persons) if persons else doc.persons
    if lead is not None and len(lead) <= LEAD_PERSONS:  # (more: a roundup's, no link)
        doc.mentioned = frozenset(persons - doc.particulars)
    doc.spellings = frozenset(key for person in doc.persons | doc.mentioned for key in _spellings(person))
    doc.victims = frozenset(key for person in (own & doc.persons) | doc.mentioned for key in _name_keys(person, True))
    doc.names = frozenset(key for run in runs | doc.named for key in _name_keys(run))


SUFFIX_LETTERS = 2
"""A name's last word of at most this many letters is a suffix ("Jr", "Sr"), not its surname."""


def _name_keys(particular: str, first_last: bool = False) -> set[str]:
    """The pairs of words, in order, of a person or a run of capitalised words (:attr:`_Doc.names`); with
    ``first_last`` only its first and last word (:attr:`_Doc.victims`)."""
    words = particular[particular.index(":") + 1:].split()
    if len(words) < 2:
        return set()
    if first_last:  # (a suffix of two letters is no surname: "Harrison Marshman Jr")
        last = next((word for word in reversed(words[1:]) if len(word) > SUFFIX_LETTERS), words[-1])
        return {f"{words[0]} {last}"}
    return {f"{a} {words[j]}" for i, a in enumerate(words) for j in range(i + 1, len(words))}


def _set_day(doc: _Doc, pub: int | None, days: list[int], toll_days: list[int]) -> None:
    """A document's :attr:`_Doc.day` and :attr:`_Doc.recalled` from its publication day and its claims'
    reported days (``toll_days``: those of its dead and injured, which date it first; an arrest "as of
    Tuesday" dates no shooting); the days of a month its lead writes (:attr:`_Doc.lead_days`) are recalled too when
    further back (a follow-up dates the incident in a sentence without a figure: "... around 2:30 p.m. Feb.
    20, police said")."""
    if pub is not None:
        toll_inside = [d for d in toll_days if pub - LOOKBACK_DAYS <= d <= pub]
        doc.fresh = any(d < pub for d in toll_inside)
        inside = toll_inside or [d for d in days if pub - LOOKBACK_DAYS <= d <= pub]
        doc.day = min(inside) if inside else pub
        doc.recalled = frozenset(d for d in (*days, *doc.lead_days) if d < pub - LOOKBACK_DAYS)
    elif days:
        doc.day = min(toll_days or days)


PLACE_WORDS = 2
"""A particular read as a person whose first this many words are a place's name and that goes on is the
name of a thing of that place ("the murder of Garden City High School student ...": a school)."""


def _is_place(particular: str, places: _Places) -> bool:
    """Whether a particular read as a person is a place the gazetteer knows: a town's name beside an age
    ("a 26-year-old Long Beach woman", "the death of Mount Vernon club owner ...") names where the victim
    lived, not who it was, and links reports of many incidents of that town; and so is a longer name that
    opens with a place's name of :data:`PLACE_WORDS` words ("Garden City High": a school of that town)."""
    if not particular.startswith(PERSON):
        return False
    name = particular[len(PERSON):]
    _, is_country, country = places.info(name.title())
    if is_country or country is not None:
        return True
    words = name.split()
    if len(words) <= PLACE_WORDS:
        return False
    _, is_country, country = places.info(" ".join(words[:PLACE_WORDS]).title())
    return is_country or country is not None


SPELT = "spelt:"
"""the prefix of a key of a person's other spellings (:data:`_Doc.spellings`)"""

SPELLING_LETTERS = 4
"""A name spelt with one letter more, less, changed or swapped is the same name from this many letters
up ("Erik"/"Erick"; a shorter name and another differ in one letter too often: "Jon"/"Jan")."""


def _spellings(person: str) -> set[str]:
    """Keys that two spellings of one person share (``SPELT`` + first name | last name, with one letter
    of one of them left out: "terrence maxwell" and "terrance maxwell" share "terrnce|maxwell"): the first
    and last of its words, a middle name left out, and one of them exact. Two names one letter apart
    (changed, added, dropped or two swapped) share a key; a name shares its own keys."""
    words = person[len(PERSON):].split()
    if len(words) < 2:
        return set()
    first, last = words[0], words[-1]
    keys = {f"{SPELT}{first}|{last}"}
    if len(first) >= SPELLING_LETTERS:
        keys.update(f"{SPELT}{first[:i]}{first[i + 1:]}|{last}" for i in range(len(first)))
    if len(last) >= SPELLING_LETTERS:
        keys.update(f"{SPELT}{first}|{last[:i]}{last[i + 1:]}" for i in range(len(last)))
    return keys


def _areas(docs: dict[str, _Doc]) -> None:
    """Each document's :attr:`_Doc.area`: its towns and every town another document names beside one of
    them, when that document names at most :data:`AREA_TOWNS` towns (a neighbourhood and its city; a
    roundup of many towns relates none)."""
    beside: dict[str, set[str]] = {}
    for doc in docs.values():
        if 2 <= len(doc.towns) <= AREA_TOWNS:
            for town in doc.towns:
                beside.setdefault(town, set()).update(doc.towns)
    for doc in docs.values():
        if doc.towns:
            area = set(doc.towns)
            for town in doc.towns:
                area.update(beside.get(town, ()))
            doc.area = doc.towns if len(area) == len(doc.towns) else frozenset(area)


def _shared(figures: frozenset[tuple[str, int]], shared: dict[frozenset[tuple[str, int]], frozenset[tuple[str, int]]]) -> (
    frozenset[tuple[str, int]]
):
    """One object for equal sets of figures (many documents state the same toll)."""
    return shared.setdefault(figures, figures)


SHOT = "shot"
"""the category of a figure of the shot, the dead and the injured together (:func:`_shot`)"""

SHOT_FIGURE = 3
"""A figure of the shot joins two reports from this value up ("two shot" is in too many reports)."""

_INJURIES = Category.INJURIES.value
_DEATHS = Category.DEATHS.value
_SHOT_FLAGS = frozenset({Flag.SHOT.value, Flag.DERIVED.value})


def _shot(toll: frozenset[tuple[str, int]], stated: set[tuple[bool, int]] | None) -> frozenset[tuple[str, int]]:
    """A report's figures of the shot, from :data:`SHOT_FIGURE` up, where it states a count of the shot
    (``stated``: (whether the figure is that count, the figure)): the count ("five people were shot",
    which extraction keeps as a count of the injured flagged ``shot`` until the text says who died), or
    the injured it works out from it (flagged ``derived``: "five people were shot, two of them fatally"
    gives three) and its main toll's dead together, so that a report of "five shot" and one of "five
    shot, two killed" share a figure. A toll of the dead and the injured alone gives none: "two killed,
    three wounded" is too common to join reports of other places (on the many-events benchmark, purity
    0.258 -> 0.241)."""
    dead = dict(toll).get(_DEATHS, 0)
    found = {(SHOT, value if is_count else value + dead) for is_count, value in stated or ()}
    return frozenset(figure for figure in found if figure[1] >= SHOT_FIGURE)


def _main_toll(stated: dict[tuple[str, int], list[int]]) -> frozenset[tuple[str, int]]:
    """Per category, the figure a document states most often; on a tie the one it states first. A figure
    stated only as a part of a whole (:data:`_AS_PART`: "an eleventh victim died" beside "the death toll
    rose to 11") comes after every figure stated as a whole. A whole beats its parts (rule "whole before its
    parts"): a larger figure stated at least :data:`WHOLE_STATED` times and before the most often stated one,
    which its statements add up to no more than, is the toll ("6 People Shot" in the headline and "six people
    were shot, two of whom died" give four injured; "one man remains in hospital", "two women and one man have
    minor injuries" count the four one by one); the restated part of a roundup's weekend tally stays the part
    (three times "one man" beside "four wounded" stated once). On the local-news corpus it changes the main
    toll of 8 of 1736 documents (4 to the gold figure, 1 from it: a weekend roundup's tally in its headline; 3
    wrong either way); without event ids injured 0.812 -> 0.814, split 20 -> 19 of 299."""
    best: dict[str, tuple[int, int, int, int]] = {}
    for (category, value), (n, start, whole) in stated.items():
        rank = (not whole, -n, start, value)
        if category not in best or rank < best[category]:
            best[category] = rank
    toll = {category: rank[3] for category, rank in best.items()}
    wholes: dict[str, tuple[int, int]] = {}
    for (category, value), (n, start, whole) in stated.items():
        best_is_part, minus_times, first, most = best[category]  # the most often stated: its rank
        if whole and not best_is_part and n >= WHOLE_STATED and start < first and -minus_times * most <= value:
            if category not in wholes or (start, value) < wholes[category]:  # the first of several wholes
                wholes[category] = (start, value)
    toll.update((category, value) for category, (_, value) in wholes.items())
    return frozenset(toll.items())
