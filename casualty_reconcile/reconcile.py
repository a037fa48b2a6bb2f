"""Reconciliation: group claims about the same quantity, explain every difference, flag real conflicts.

``reconcile(claims)`` answers a fact-checker's question "26, 40 or 164 dead: which is it, and why do
they differ?".

Quantities
    Claims about the same thing form a :class:`Quantity`: the same category, the same group of people
    (``group``; none given is ``all``), the same place (``location``; none given is the event's country)
    and the same event (``events`` maps a document to an event key; by default all input is one event).
    Two readings apply before grouping: a claim flagged ``includes_<group>`` for a group other than
    its own is a total (group ``all``), and a group listed in :data:`SAME_AS_ALL` for the category is
    the whole (the arrested in an unrest are reported as "protesters" and as "people" alike).

Hierarchy
    Every group of people is part of ``all``; a place that is not a country is part of its country (the
    gazetteer's country for a known city, else the event's country: the country most claims of the
    event are located in). Each quantity is compared with its nearest existing parent once per day.

Differences
    Inside a quantity, claims are ordered by day (``as_of``, else the publication day), then by their
    bounds, and each claim is compared with the next one only: no all-pairs comparison, so the cost
    grows near-linearly. Each :class:`Difference` has one :class:`Reason` and one plain sentence.

    Inside a quantity: ``repeat`` (the same figure from the same origin), ``compatible`` (bounds that
    overlap, or the same figure from another origin), ``vague`` (a vague amount that covers the other),
    ``update`` (a later, higher figure; or the same origin's higher figure on one day), ``decrease`` (a
    later cumulative figure below the earlier one's bounds: suspicious) and ``conflict`` (the same day,
    different origins, bounds that do not overlap). Against the parent quantity: ``subgroup`` /
    ``subarea``, or ``part_exceeds_whole`` when the part's lower bound is above the whole's upper bound
    on the same day (or on a later day, for a count that only grows). A claim's ``part_of`` link is
    compared the same way.

Checks in the explanation
    A jump (a figure at least :data:`JUMP_FACTOR` times the previous one within :data:`JUMP_DAYS`) is
    called out, and the parts of a total are added up across :data:`PART_BLOCKS` ("18 security forces +
    26 protesters = at least 44 fits under more than 40").

Origins
    Each claim's speaker (or, without one, its relay) maps to an origin by the alias tables of
    :mod:`casualty_reconcile.origins`; a quantity counts its distinct origins.

Estimates
    ``low``/``best``/``high`` come from the figures of the quantity's latest day by a named policy
    (:data:`POLICIES`): ``"acled"`` (the most conservative stated number, as ACLED codes it: low = best
    = high), ``"ucdp"`` (UCDP-style: lowest lower bound, median figure, highest upper bound) or
    ``"intersection"`` (the interval all the day's figures allow; none when they do not intersect).
    Retracted and anecdotal claims are kept in their quantity (and compared along its time line) but left
    out of the estimates, the part/whole comparisons and the quantity's origins; vague figures are left
    out of the estimates when the day also has precise ones.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import gc
import html
import importlib
import itertools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field

from .errors import InputError
from .models import SCHEMA_VERSION, Category, Claim, Flag, Group, Qualifier, published_day
from .origins import Origin, OriginResolver, OriginSpec, OriginType, origin_type_rank

if TYPE_CHECKING:
    import pandas as pd

_M = TypeVar("_M", bound=BaseModel)

Policy = Literal["acled", "ucdp", "intersection"]
POLICIES: tuple[str, ...] = ("acled", "ucdp", "intersection")
"""The estimate policies :func:`reconcile` accepts."""

DEFAULT_EVENT: Final = "default"
"""The event key of all input when no ``events`` mapping is given."""

CUMULATIVE: frozenset[Category] = frozenset({Category.DEATHS, Category.INJURIES, Category.ARRESTS})
"""Categories whose count only grows over time: a later lower figure is a suspicious decrease."""

_CUMULATIVE_VALUES: Final = frozenset(category.value for category in CUMULATIVE)

_Key = tuple[str, str, str, str | None]
"""A quantity's key: event, category value, group, location (strings: enum members hash slowly)."""

SAME_AS_ALL: dict[Category, frozenset[str]] = {Category.ARRESTS: frozenset({Group.PROTESTERS.value})}
"""Groups that stand for the whole count in a category (arrested "protesters" are the arrested)."""

JUMP_FACTOR: Final = 2.0
"""A later figure at least this many times an earlier one, within :data:`JUMP_DAYS`, is called out."""

JUMP_DAYS: Final = 2
JUMP_MIN: Final = 10
"""Earlier figures below this are not called out as the start of a jump."""

PART_BLOCKS: tuple[frozenset[str], ...] = (
    frozenset({Group.SECURITY_FORCES.value}),
    frozenset({Group.FOREIGN_TROOPS.value}),
    frozenset({Group.PROTESTERS.value, Group.CIVILIANS.value, Group.ATTACKERS.value, Group.CHILDREN.value}),
)
"""Groups in different blocks never overlap, so their figures add up under ``all``; groups within a
block may (the ministry's "armed criminals" are the protesters of other reports): the largest counts."""

_PEOPLE: Final = frozenset(group.value for group in Group)
_INCLUDES: Final = {
    Flag.INCLUDES_SECURITY_FORCES.value: Group.SECURITY_FORCES.value,
    Flag.INCLUDES_CIVILIANS.value: Group.CIVILIANS.value,
    Flag.INCLUDES_CHILDREN.value: Group.CHILDREN.value,
    Flag.INCLUDES_PROTESTERS.value: Group.PROTESTERS.value,
    Flag.INCLUDES_FOREIGN_TROOPS.value: Group.FOREIGN_TROOPS.value,
    Flag.INCLUDES_ATTACKERS.value: Group.ATTACKERS.value,
}
_NOT_ESTIMATED: Final = frozenset({Flag.RETRACTED.value, Flag.ANECDOTAL.value})
_CLAIM_ID: Final = operator.attrgetter("claim_id")
_DOC_ID: Final = operator.attrgetter("doc_id")
_LOCATION: Final = operator.attrgetter("location")
_PART_OF: Final = operator.attrgetter("part_of")
_INF: Final = 1 << 62
"""The upper bound of an open-ended figure: an int above any count (int comparisons are faster than float)."""
_VAGUE: Final = Qualifier.VAGUE
_EXACT: Final = Qualifier.EXACT


class Reason(StrEnum):
    """Why two figures differ."""

    UPDATE = "update"
    DECREASE = "decrease"
    SUBGROUP = "subgroup"
    SUBAREA = "subarea"
    COMPATIBLE = "compatible"
    VAGUE = "vague"
    PART_EXCEEDS_WHOLE = "part_exceeds_whole"
    REPEAT = "repeat"
    CONFLICT = "conflict"


_REASON_NAME: Final = {id(reason): reason.value for reason in Reason}
"""identity -> name of each reason: enum members are looked up by identity, as hashing them is slow."""


class Status(StrEnum):
    """The verdict on a quantity."""

    SINGLE = "single"
    CONSISTENT = "consistent"
    SUSPICIOUS = "suspicious"
    CONFLICT = "conflict"


class Estimate(BaseModel):
    """One of low, best, high: the value (``None``: unknown or unbounded), its claims and its rule."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: int | None
    claim_ids: tuple[str, ...]
    rule: str


class Quantity(BaseModel):
    """Claims about the same thing, with the estimates and verdict drawn from them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    quantity_id: str
    event: str
    category: Category
    group: str
    location: str | None
    parent_id: str | None = Field(description="the quantity this one is a subgroup or subarea of")
    claim_ids: tuple[str, ...] = Field(description="ordered by day, then by bounds")
    low: Estimate
    best: Estimate
    high: Estimate
    latest_claim_id: str
    latest: str = Field(description="the latest figure in words")
    n_claims: int
    n_documents: int
    n_origins: int
    origins: tuple[str, ...] = Field(description="the origins of its figures (anecdotal and retracted ones aside)")
    status: Status
    explanation: str


class Difference(BaseModel):
    """Two figures that differ, why, in one sentence.

    ``claim_id`` is the earlier figure (or the part), ``other_claim_id`` the later one (or the whole).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    reason: Reason
    claim_id: str
    other_claim_id: str
    quantity_id: str
    other_quantity_id: str
    sentence: str


QUANTITY_DTYPES: dict[str, str] = {
    "event": "string",
    "category": "string",
    "group": "string",
    "location": "string",
    "n_claims": "Int64",
    "n_documents": "Int64",
    "n_origins": "Int64",
    "stated": "string",
    "low": "Int64",
    "best": "Int64",
    "high": "Int64",
    "status": "string",
    "explanation": "string",
}
"""Columns and dtypes of :meth:`Reconciliation.to_frame`."""

DIFFERENCE_DTYPES: dict[str, str] = {
    "reason": "string",
    "quantity_id": "string",
    "other_quantity_id": "string",
    "claim_id": "string",
    "other_claim_id": "string",
    "sentence": "string",
}
"""Columns and dtypes of :meth:`Reconciliation.differences_frame`."""

MAX_HTML_QUANTITIES: Final = 200


class Reconciliation(BaseModel):
    """The result of :func:`reconcile`: quantities, the differences between figures, the origins."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: str = SCHEMA_VERSION
    policy: Policy
    quantities: tuple[Quantity, ...]
    differences: tuple[Difference, ...]
    origins: tuple[Origin, ...] = Field(description="every origin, by name")
    claim_origins: dict[str, str] = Field(description="claim_id -> origin name")
    claims: tuple[Claim, ...] = Field(description="the input claims, in quantity order")

    # ---- look-ups ------------------------------------------------------------------------------
    def quantity(
        self, category: str, group: str = "all", location: str | None = None, event: str | None = None
    ) -> Quantity:
        """The quantity with these key fields (``location``/``event`` ``None``: any); KeyError if none or several."""
        found = [
            q
            for q in self.quantities
            if q.category == category
            and q.group == group
            and (location is None or q.location == location)
            and (event is None or q.event == event)
        ]
        if len(found) != 1:
            raise KeyError(f"{len(found)} quantities match {category}/{group}/{location}/{event}")
        return found[0]

    def differences_of(self, quantity_id: str) -> tuple[Difference, ...]:
        """The differences that involve a quantity (on either side)."""
        return tuple(
            d for d in self.differences if d.quantity_id == quantity_id or d.other_quantity_id == quantity_id
        )

    def conflicts(self) -> tuple[Difference, ...]:
        """The differences whose reason is a conflict."""
        return tuple(d for d in self.differences if d.reason is Reason.CONFLICT)

    # ---- frames ----------------------------------------------------------------------------------
    def to_frame(self) -> pd.DataFrame:
        """One row per quantity; columns and dtypes :data:`QUANTITY_DTYPES` (also when empty)."""
        import pandas as pd

        rows: dict[str, list[Any]] = {name: [] for name in QUANTITY_DTYPES}
        claims = {c.claim_id: c for c in self.claims}
        for q in self.quantities:
            rows["event"].append(q.event)
            rows["category"].append(q.category.value)
            rows["group"].append(q.group)
            rows["location"].append(q.location)
            rows["n_claims"].append(q.n_claims)
            rows["n_documents"].append(q.n_documents)
            rows["n_origins"].append(q.n_origins)
            rows["stated"].append(self._stated_values(q, claims))
            rows["low"].append(q.low.value)
            rows["best"].append(q.best.value)
            rows["high"].append(q.high.value)
            rows["status"].append(q.status.value)
            rows["explanation"].append(q.explanation)
        return pd.DataFrame(
            {name: pd.Series(values, dtype=dtype) for name, (dtype, values) in _zip_dtypes(QUANTITY_DTYPES, rows)},
            index=pd.RangeIndex(len(self.quantities)),
        )

    def stated_values(self, quantity: Quantity) -> str:
        """A quantity's figures as stated, by day: "Sat 2022-01-08: more than 40; Sun 2022-01-09: at least 164"."""
        return self._stated_values(quantity, {c.claim_id: c for c in self.claims})

    @staticmethod
    def _stated_values(quantity: Quantity, claims: Mapping[str, Claim]) -> str:
        shown = [claims[cid] for cid in quantity.claim_ids if cid in claims]
        return "; ".join(f"{_day_text(_day_of(c))}: {_stated(c)}" for c in shown)

    def differences_frame(self) -> pd.DataFrame:
        """One row per difference; columns and dtypes :data:`DIFFERENCE_DTYPES` (also when empty)."""
        import pandas as pd

        rows: dict[str, list[Any]] = {name: [] for name in DIFFERENCE_DTYPES}
        for d in self.differences:
            rows["reason"].append(d.reason.value)
            rows["quantity_id"].append(d.quantity_id)
            rows["other_quantity_id"].append(d.other_quantity_id)
            rows["claim_id"].append(d.claim_id)
            rows["other_claim_id"].append(d.other_claim_id)
            rows["sentence"].append(d.sentence)
        return pd.DataFrame(
            {name: pd.Series(values, dtype=dtype) for name, (dtype, values) in _zip_dtypes(DIFFERENCE_DTYPES, rows)},
            index=pd.RangeIndex(len(self.differences)),
        )

    # ---- reports ---------------------------------------------------------------------------------
    def _by_quantity(self) -> dict[str, list[Difference]]:
        found: dict[str, list[Difference]] = {}
        for d in self.differences:
            found.setdefault(d.quantity_id, []).append(d)
        return found

    def render_text(self) -> str:
        """A plain-text report: each quantity, its figures by source and day, its estimates and reasons."""
        claims = {c.claim_id: c for c in self.claims}
        by_quantity = self._by_quantity()
        n_conflicts = sum(1 for d in self.differences if d.reason is Reason.CONFLICT)
        lines = [
            f"Reconciliation (policy {self.policy}): {len(self.quantities)} quantities, "
            f"{len(self.differences)} differences, {n_conflicts} conflicts, {len(self.origins)} origins."
        ]
        for q in self.quantities:
            place = q.location or "place not stated"
            event = "" if q.event == DEFAULT_EVENT else f" (event {q.event})"
            lines.append("")
            lines.append(f"{q.category.value} · {_group_word(q.category, q.group)} · {place}{event}: {q.status.value}")
            for cid in q.claim_ids:
                claim = claims.get(cid)
                if claim is None:
                    continue
                origin = self.claim_origins.get(cid, "?")
                lines.append(
                    f"  {_day_text(_day_of(claim)):<16} {_stated(claim):<28} {_who(claim)} [{origin}] ({claim.doc_id})"
                )
            lines.append(
                f"  low {_value_text(q.low.value, open_end=False)} · best {_value_text(q.best.value, open_end=False)}"
                f" · high {_value_text(q.high.value, open_end=True)}"
            )
            lines.append(f"  {q.explanation}")
            for d in by_quantity.get(q.quantity_id, []):
                lines.append(f"  - {d.reason.value}: {d.sentence}")
        return "\n".join(lines) + "\n"

    def _repr_html_(self) -> str:
        claims = {c.claim_id: c for c in self.claims}
        by_quantity = self._by_quantity()
        esc = html.escape
        parts = [
            "<table class='casualty-reconciliation'><thead><tr>"
            "<th>quantity</th><th>figures (day, figure, said by, origin)</th><th>low</th><th>best</th>"
            "<th>high</th><th>status</th><th>explanation and differences</th></tr></thead><tbody>"
        ]
        for q in self.quantities[:MAX_HTML_QUANTITIES]:
            figures = []
            for cid in q.claim_ids:
                claim = claims.get(cid)
                if claim is None:
                    continue
                figures.append(
                    f"{esc(_day_text(_day_of(claim)))}: <b>{esc(_stated(claim))}</b> "
                    f"({esc(_who(claim))}; {esc(self.claim_origins.get(cid, '?'))}) "
                    f"<span title='{esc(claim.sentence, quote=True)}'>[{esc(claim.doc_id)}]</span>"
                )
            reasons = "".join(
                f"<li><b>{esc(d.reason.value)}</b>: {esc(d.sentence)}</li>" for d in by_quantity.get(q.quantity_id, [])
            )
            key = f"{q.category.value} · {_group_word(q.category, q.group)} · {q.location or 'place not stated'}"
            if q.event != DEFAULT_EVENT:
                key += f" (event {q.event})"
            parts.append(
                f"<tr><td>{esc(key)}</td><td>{'<br>'.join(figures)}</td>"
                f"<td>{esc(_value_text(q.low.value, open_end=False))}</td>"
                f"<td>{esc(_value_text(q.best.value, open_end=False))}</td>"
                f"<td>{esc(_value_text(q.high.value, open_end=True))}</td>"
                f"<td>{esc(q.status.value)}</td><td>{esc(q.explanation)}<ul>{reasons}</ul></td></tr>"
            )
        parts.append("</tbody></table>")
        hidden = len(self.quantities) - MAX_HTML_QUANTITIES
        if hidden > 0:
            parts.append(f"<p>{hidden} more quantities not shown.</p>")
        return "".join(parts)


def _zip_dtypes(dtypes: dict[str, str], rows: dict[str, list[Any]]) -> list[tuple[str, tuple[str, list[Any]]]]:
    return [(name, (dtype, rows[name])) for name, dtype in dtypes.items()]


def reconciliation_schema() -> dict[str, Any]:
    """The JSON Schema of a :class:`Reconciliation` as emitted by ``model_dump_json``."""
    from .schema import _schema_of

    return _schema_of(Reconciliation, "reconciliation")


def _validated(cls: type[_M], values: dict[str, Any]) -> _M:
    return cls(**values)


def _trusted(cls: type[_M], values: dict[str, Any]) -> _M:
    """Build a model from values this module produced with the right types, skipping validation.

    What ``model_construct`` does, without its per-field default handling (which makes it slower than
    validating). Only used when :data:`_TRUSTED_OK` checked, at import, that pydantic builds equal objects.
    """
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", _ALL_FIELDS_SET[cls])
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


_set = object.__setattr__

# Every field of these models is always set, so the objects this module builds share one fields-set per
# class: pydantic only ever changes a copy of it (model_copy), and the models are frozen.
_ESTIMATE_FIELDS: Final = set(Estimate.model_fields)
_DIFFERENCE_FIELDS: Final = set(Difference.model_fields)
_ALL_FIELDS_SET: Final[dict[type[BaseModel], set[str]]] = {
    Estimate: _ESTIMATE_FIELDS,
    Difference: _DIFFERENCE_FIELDS,
    Quantity: set(Quantity.model_fields),
}


def _trusted_works() -> bool:
    values: dict[str, Any] = {"value": 1, "claim_ids": ("a",), "rule": "r"}
    try:
        built = _trusted(Estimate, dict(values))
        return built == Estimate(**values) and built.model_dump() == values and Estimate.model_validate_json(
            built.model_dump_json()
        ) == built
    except Exception:  # a pydantic whose internals differ: validate instead
        return False


_TRUSTED_OK: Final = _trusted_works()
_build: Callable[[type[_M], dict[str, Any]], _M] = _trusted if _TRUSTED_OK else _validated


# ---- words -----------------------------------------------------------------------------------------

_VERBS: Final = {
    Category.DEATHS: "killed",
    Category.INJURIES: "injured",
    Category.ARRESTS: "arrested",
    Category.TROOPS: "deployed",
    Category.PARTICIPANTS: "taking part",
    Category.MISSING: "missing",
    Category.DISPLACED: "displaced",
    Category.OTHER: "",
}
_GROUP_WORDS: Final = {
    "all": "people",
    "protesters": "protesters",
    "security_forces": "security forces",
    "civilians": "civilians",
    "children": "children",
    "foreign_troops": "foreign troops",
    "attackers": "attackers",
}
_QUALIFIER_WORDS: Final = {
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.LESS_THAN: "fewer than ",
    Qualifier.ABOUT: "about ",
    Qualifier.ALMOST: "almost ",
    Qualifier.UP_TO: "up to ",
}
_WEEKDAY: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _group_word(category: Category, group: str, one: bool = False) -> str:
    if group == "all":
        if category is Category.TROOPS:
            return "soldier" if one else "troops"
        return "person" if one else "people"
    return _GROUP_WORDS.get(group, group)


def _bounds_text(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"{low:,}" if low == high else f"{low:,}–{high:,}"
    if low is not None:
        return f"{low:,} or more"
    if high is not None:
        return f"up to {high:,}"
    return "any number"


_STATED_CACHE: dict[tuple[int, int, int | None, int | None], str] = {}
"""(value, id(qualifier), low, high) -> words; enum members are keyed by identity, as hashing them is slow."""


def _stated(claim: Claim) -> str:
    """The figure as stated, in English words: "at least 164", "a vague amount (24–199)"."""
    value = claim.value
    qualifier = claim.qualifier
    if qualifier is not Qualifier.VAGUE and value is not None:
        key = (value, id(qualifier), claim.low, claim.high)
        hit = _STATED_CACHE.get(key)
        if hit is None:
            hit = _stated_words(claim)
            if len(_STATED_CACHE) < 100_000:
                _STATED_CACHE[key] = hit
        return hit
    return _stated_words(claim)


def _stated_words(claim: Claim) -> str:
    value = claim.value
    qualifier = claim.qualifier
    if qualifier is Qualifier.VAGUE or value is None:
        text = claim.text.strip()
        if 0 < len(text) <= 30:
            return f"“{text}” (vague: {_bounds_text(claim.low, claim.high)})"
        return f"a vague amount ({_bounds_text(claim.low, claim.high)})"
    if qualifier is Qualifier.RANGE and claim.high is not None and claim.high != value:
        return f"{value:,} to {claim.high:,}"
    return f"{_QUALIFIER_WORDS.get(qualifier, '')}{value:,}"


def _day_of(claim: Claim) -> dt.date | None:
    return claim.as_of or published_day(claim.published)


@functools.lru_cache(maxsize=4096)
def _day_text(day: dt.date | None) -> str:
    if day is None:
        return "undated"
    return f"{_WEEKDAY[day.weekday()]} {day.isoformat()}"


def _who(claim: Claim) -> str:
    if claim.speaker and claim.via:
        return f"{claim.speaker} via {claim.via}"
    return claim.speaker or claim.via or claim.source or "unattributed"


def _value_text(value: int | None, *, open_end: bool) -> str:
    if value is None:
        return "open" if open_end else "unknown"
    return f"{value:,}"


# ---- places ----------------------------------------------------------------------------------------


class _Places:
    """Location names: canonical spelling, country or not, the country of a known city.

    Uses the package gazetteer (``casualty_reconcile.geo``) when present, else ``pycountry`` when
    installed (countries only); a name neither knows is not a country (a subarea of the event's country).
    """

    def __init__(self) -> None:
        self._lookup: Callable[[str], Any] | None = None
        try:
            geo = importlib.import_module(f"{__package__}.geo")
            self._lookup = geo.lookup
            geo.gazetteer()
        except Exception:  # the gazetteer is optional: fall back to pycountry
            self._lookup = None
        self._pycountry: Any = None
        if self._lookup is None:
            try:
                self._pycountry = importlib.import_module("pycountry")
            except ImportError:
                self._pycountry = None
        self._cache: dict[str, tuple[str, bool, str | None]] = {}
        self.nationwide: set[str] = set()

    def info(self, raw: str) -> tuple[str, bool, str | None]:
        """``(canonical name, is a country, country of a known city)``."""
        hit = self._cache.get(raw)
        if hit is not None:
            return hit
        name = " ".join(raw.split())
        result: tuple[str, bool, str | None] = (name, False, None)
        if self._lookup is not None:
            try:
                place = self._lookup(name)
            except Exception:
                place = None
            if place is not None:
                is_country = place.kind == "country"
                result = (place.name, is_country, None if is_country else place.country)
        elif self._pycountry is not None and len(name) >= 4:
            try:
                country = self._pycountry.countries.lookup(name)
            except (LookupError, AttributeError):
                country = None
            if country is not None:
                result = (getattr(country, "common_name", None) or country.name, True, None)
        self._cache[raw] = result
        return result


# ---- the work --------------------------------------------------------------------------------------


class _Item:
    """One claim as reconciliation sees it."""

    __slots__ = (
        "aggregate", "cid", "claim", "day", "dord", "head_len", "hi", "key", "label", "lo", "origin", "place_label",
        "point", "qid", "sk", "vague",
    )

    def __init__(self, claim: Claim, day: dt.date | None, origin: str, key: _Key) -> None:
        fields = claim.__dict__  # one dict look-up per field instead of an attribute walk
        cid = fields["claim_id"]
        low, high, value = fields["low"], fields["high"], fields["value"]
        dord = day.toordinal() if day is not None else -1
        lo = low if low is not None else 0
        hi = high if high is not None else _INF
        self.claim = claim
        self.cid = cid
        self.day = day
        self.dord = dord
        self.lo: int = lo
        self.hi: int = hi
        self.vague = value is None or fields["qualifier"] is _VAGUE
        if value is None:
            self.point: int | None = low
        elif value < lo:
            self.point = lo
        elif value > hi:
            self.point = high
        else:
            self.point = value
        self.origin = origin
        self.key = key
        self.label: str | None = None
        self.place_label: str | None = None
        self.head_len = 0
        self.qid = ""
        flags = fields["flags"]
        self.aggregate = not flags or not _NOT_ESTIMATED.intersection(flags)
        self.sk = (dord, lo, hi, fields["doc_id"], fields["start"], cid)

    def sort_key(self) -> tuple[int, int, int, str, int, str]:
        return self.sk


_PHRASES: dict[tuple[int, str, bool], str] = {}


def _phrase(category: Category, group: str, one: bool) -> str:
    """ "protesters killed", "person killed", "aircraft": the group and what happened to it."""
    key = (id(category), group, one)
    text = _PHRASES.get(key)
    if text is None:
        verb = _VERBS.get(category, "")
        text = f"{_group_word(category, group, one)} {verb}" if verb else _group_word(category, group, one)
        if len(_PHRASES) < 10_000:
            _PHRASES[key] = text
    return text


def _label(item: _Item, *, place: bool = False) -> str:
    """The figure in words with who said it and when: "26 protesters killed (Staatsfernsehen, Fri 2022-01-07)".

    With ``place``, the place follows the people ("103 people killed in Almaty (...)"). Cached on the item.
    """
    if place:
        text = item.place_label
        if text is None:
            base = item.label or _label(item)
            where = item.key[3]
            cut = item.head_len
            text = item.place_label = f"{base[:cut]} in {where}{base[cut:]}" if where else base
        return text
    text = item.label
    if text is not None:
        return text
    claim = item.claim
    fields = claim.__dict__
    qualifier = fields["qualifier"]
    value = fields["value"]
    if value is not None and qualifier is not _VAGUE:
        key = (value, id(qualifier), fields["low"], fields["high"])
        stated = _STATED_CACHE.get(key)
        if stated is None:
            stated = _stated_words(claim)
            if len(_STATED_CACHE) < 100_000:
                _STATED_CACHE[key] = stated
    else:
        stated = _stated_words(claim)
    one = value == 1 and qualifier is _EXACT
    phrase = _PHRASES.get((id(fields["category"]), item.key[2], one))
    if phrase is None:
        phrase = _phrase(fields["category"], item.key[2], one)
    who = fields["speaker"]
    via = fields["via"]
    if who and via:
        who = f"{who} via {via}"
    elif not who:
        who = via or fields["source"] or "unattributed"
    head = f"{stated} {phrase}"
    item.head_len = len(head)
    text = item.label = f"{head} ({who}, {_day_text(item.day)})"
    return text


def _overlap(a: _Item, b: _Item) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def _same_figure(a: _Item, b: _Item) -> bool:
    ca, cb = a.claim, b.claim
    return a.lo == b.lo and a.hi == b.hi and ca.value == cb.value and ca.qualifier is cb.qualifier


def _compare_in_quantity(a: _Item, b: _Item, cumulative: bool) -> tuple[Reason, str]:
    """The reason two consecutive figures of one quantity differ (``a`` sorts first)."""
    same_origin = a.origin == b.origin
    overlap = _overlap(a, b)
    if _same_figure(a, b):
        if same_origin:
            return Reason.REPEAT, f"{b.label or _label(b)} repeats {a.label or _label(a)}: the same figure from the same origin ({a.origin})."
        return Reason.COMPATIBLE, f"{b.label or _label(b)} confirms {a.label or _label(a)}: the same figure from another origin."
    if (a.vague or b.vague) and overlap:
        if a.vague and b.vague:
            return Reason.VAGUE, f"{a.label or _label(a)} and {b.label or _label(b)} are both vague and overlap."
        vague, exact = (a, b) if a.vague else (b, a)
        return Reason.VAGUE, f"{vague.label or _label(vague)} is vague and covers {exact.label or _label(exact)}."
    dated = a.day is not None and b.day is not None
    if not dated:
        if overlap:
            return Reason.COMPATIBLE, f"{a.label or _label(a)} and {b.label or _label(b)} overlap, so both can be true."
        return (
            Reason.UPDATE,
            f"{a.label or _label(a)} and {b.label or _label(b)} differ and at least one has no date, so the higher is read as an update.",
        )
    if a.dord == b.dord:
        if overlap:
            return Reason.COMPATIBLE, f"{a.label or _label(a)} and {b.label or _label(b)} overlap, so both can be true."
        if same_origin:
            return (
                Reason.UPDATE,
                f"{b.label or _label(b)} and {a.label or _label(a)} come from the same origin ({a.origin}) on the same day: "
                "the higher figure is read as an update.",
            )
        return (
            Reason.CONFLICT,
            f"{a.label or _label(a)} and {b.label or _label(b)} cannot both be true: different origins ({a.origin}; {b.origin}) "
            "give figures that do not overlap on the same day.",
        )
    # b is later than a
    if not overlap and b.hi < a.lo:
        if cumulative:
            return (
                Reason.DECREASE,
                f"{b.label or _label(b)} is below the earlier {a.label or _label(a)}, but this count only grows: a suspicious decrease.",
            )
        return Reason.UPDATE, f"{b.label or _label(b)} is a later, lower figure than {a.label or _label(a)}: this count can go down."
    pa, pb = a.point, b.point
    if not overlap or (pa is not None and pb is not None and pb > pa) or b.lo > a.lo:
        tail = "for a count that only grows" if cumulative else "for the same count"
        return Reason.UPDATE, f"{b.label or _label(b)} is a later figure than {a.label or _label(a)} {tail}: an update."
    if overlap and pa is not None and pb is not None and pb < pa:
        return Reason.COMPATIBLE, f"{b.label or _label(b)} is lower than the earlier {a.label or _label(a)}, but their bounds overlap, so both can be true."
    return Reason.COMPATIBLE, f"{a.label or _label(a)} and the later {b.label or _label(b)} overlap, so both can be true."


def _compare_part(part: _Item, whole: _Item, reason: Reason, cumulative: bool) -> tuple[Reason, str]:
    """A part (subgroup or subarea) against its whole."""
    same_day = part.dord == whole.dord and part.day is not None
    later_whole = whole.dord >= part.dord and part.day is not None and whole.day is not None
    if part.lo > whole.hi and (same_day or (cumulative and later_whole)):
        when = "on the same day" if same_day else "given later for a count that only grows"
        return (
            Reason.PART_EXCEEDS_WHOLE,
            f"{_label(part, place=True)} is larger than its whole, {_label(whole, place=True)} {when}: "
            "a part cannot exceed its total.",
        )
    if reason is Reason.SUBAREA:
        return (
            Reason.SUBAREA,
            f"{_label(part, place=True)} counts only {part.key[3]}, a part of the area of {_label(whole, place=True)}.",
        )
    return (
        Reason.SUBGROUP,
        f"{_label(part, place=True)} counts a subgroup of the people in {_label(whole, place=True)}, so it is smaller by nature.",
    )


def _difference(reason: Reason, a: _Item, b: _Item, sentence: str) -> Difference:
    values = {
        "reason": reason,
        "claim_id": a.cid,
        "other_claim_id": b.cid,
        "quantity_id": a.qid,
        "other_quantity_id": b.qid,
        "sentence": sentence,
    }
    if _TRUSTED_OK:
        obj = Difference.__new__(Difference)
        _set(obj, "__dict__", values)
        _set(obj, "__pydantic_fields_set__", _DIFFERENCE_FIELDS)
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj
    return Difference(**values)


_NONE: Final = type(None)
_FIELD_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "claim_id": (str,), "doc_id": (str,), "source": (str, _NONE), "published": (str, _NONE), "language": (str,),
    "start": (int,), "end": (int,), "text": (str,), "sentence": (str,), "category": (Category,),
    "value": (int, _NONE), "qualifier": (Qualifier,), "low": (int, _NONE), "high": (int, _NONE),
    "group": (str, _NONE), "location": (str, _NONE), "speaker": (str, _NONE), "via": (str, _NONE),
    "as_of": (dt.date, _NONE), "part_of": (str, _NONE), "flags": (tuple,),
}  # fmt: skip


def _check_fields(claims: list[Claim]) -> None:
    """A :class:`TypeError` naming the first claim with a missing or mistyped field (as one built with
    ``Claim.model_construct`` may have); each field is checked for all claims at once, at C speed."""
    for name, types in _FIELD_TYPES.items():
        get = operator.attrgetter(name)
        try:
            found = set(map(type, map(get, claims)))
        except AttributeError:
            found = {object}
        if found <= set(types) and bool not in found:
            continue
        for index, claim in enumerate(claims):
            value = getattr(claim, name, _MISSING)
            if value is _MISSING:
                raise TypeError(f"reconcile takes valid claims: item {index} has no {name!r} (build claims with Claim(...))")
            if not isinstance(value, types) or isinstance(value, bool):
                expected = " or ".join("None" if t is _NONE else t.__name__ for t in types)
                raise TypeError(
                    f"reconcile takes valid claims: item {index} has {name}={value!r:.40} of type "
                    f"{type(value).__name__}, not {expected} (build claims with Claim(...))"
                )
    flags = set(map(type, itertools.chain.from_iterable(map(operator.attrgetter("flags"), claims))))
    if not flags <= {str}:
        index = next(i for i, claim in enumerate(claims) if not all(isinstance(f, str) for f in claim.flags))
        raise TypeError(f"reconcile takes valid claims: item {index} has a flag that is not a string")


_MISSING: Final = object()


def _check_claims(claims: object) -> list[Claim]:
    if isinstance(claims, (str, bytes, Claim, Mapping)) or not isinstance(claims, Iterable):
        raise TypeError(f"reconcile takes an iterable of Claim objects, not {type(claims).__name__}")
    out: list[Claim] = list(claims)
    if not set(map(type, out)) <= {Claim}:  # the common case is checked at C speed
        for index, claim in enumerate(out):
            if not isinstance(claim, Claim):
                raise TypeError(
                    f"reconcile takes Claim objects: item {index} is a {type(claim).__name__} ({claim!r:.60})"
                )
    _check_fields(out)
    ids = list(map(_CLAIM_ID, out))
    if len(set(ids)) != len(ids):
        seen: set[str] = set()
        for index, claim_id in enumerate(ids):
            if claim_id in seen:
                raise InputError(f"duplicate claim_id {claim_id!r} (item {index}): each claim may be given once")
            seen.add(claim_id)
    return out


def _events_of(events: Mapping[str, str] | None, claims: list[Claim]) -> list[str]:
    """The event key of each claim (by its document), or an error naming the documents without one."""
    if events is None:
        return [DEFAULT_EVENT] * len(claims)
    if not isinstance(events, Mapping):
        raise TypeError(f"events must be a mapping of doc_id -> event key, not {type(events).__name__}")
    for doc, key in events.items():
        if not isinstance(key, str):
            raise TypeError(f"events[{doc!r}] must be a string event key, not {type(key).__name__}")
    docs = list(map(_DOC_ID, claims))
    found: list[str | None] = list(map(events.get, docs))
    if None in found:
        missing = sorted({doc for doc, key in zip(docs, found, strict=True) if key is None})
        shown = ", ".join(repr(doc) for doc in missing[:5])
        raise InputError(f"events gives no event for {len(missing)} document(s): {shown}")
    return cast(list[str], found)


def _est(value: int | None, claim_ids: tuple[str, ...], rule: str) -> Estimate:
    if _TRUSTED_OK:
        obj = Estimate.__new__(Estimate)
        _set(obj, "__dict__", {"value": value, "claim_ids": claim_ids, "rule": rule})
        _set(obj, "__pydantic_fields_set__", _ESTIMATE_FIELDS)
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj
    return Estimate(value=value, claim_ids=claim_ids, rule=rule)


def _pool(items: list[_Item]) -> list[_Item]:
    """The figures the estimates draw on: the latest day's, without retracted or anecdotal ones and
    without vague ones when precise ones exist (each only when something is left)."""
    last_day = items[-1].dord
    latest: list[_Item] = []
    for it in reversed(items):
        if it.dord != last_day:
            break
        latest.append(it)
    latest.reverse()
    pool = [it for it in latest if it.aggregate] or latest
    return [it for it in pool if not it.vague] or pool


def _estimates(pool: list[_Item], policy: str) -> tuple[Estimate, Estimate, Estimate]:
    if len(pool) == 1:
        return _estimates_of_one(pool[0], policy)
    if policy == "ucdp":
        return _estimates_ucdp(pool)

    def ids(chosen: Iterable[_Item]) -> tuple[str, ...]:
        return tuple([it.cid for it in chosen])  # the pool is in quantity order: no sorting needed

    if policy == "acled":
        def coded(it: _Item) -> int:
            value = it.claim.value
            if value is None or it.vague:
                return it.lo
            return int(min(value, it.hi))

        value = min(coded(it) for it in pool)
        chosen = ids(it for it in pool if coded(it) == value)
        rule = "acled: the most conservative (lowest) stated figure of the latest day"
        estimate = _est(value=value, claim_ids=chosen, rule=rule)
        return estimate, estimate, estimate
    if policy == "intersection":
        low = max(it.lo for it in pool)
        high = min(it.hi for it in pool)
        if low > high:
            chosen = ids(pool)
            rule = "intersection: the latest day's bounds do not intersect"
            empty = _est(value=None, claim_ids=chosen, rule=rule)
            return empty, empty, empty
        low_ids = ids(it for it in pool if it.lo == low)
        high_value = None if high == _INF else int(high)
        high_ids = ids(it for it in pool if it.hi == high)
        return (
            _est(value=low, claim_ids=low_ids, rule="intersection: the highest lower bound of the latest day"),
            _est(value=low, claim_ids=low_ids, rule="intersection: the lower end of the interval all latest figures allow"),
            _est(
                value=high_value,
                claim_ids=high_ids,
                rule="intersection: the lowest upper bound of the latest day" if high_value is not None else "intersection: no latest figure has an upper bound",
            ),
        )
    low = min([it.lo for it in pool])
    high = max([it.hi for it in pool])
    points = sorted([it.point for it in pool if it.point is not None])
    best = points[(len(points) - 1) // 2] if points else None
    high_value = None if high == _INF else int(high)
    return (
        _est(low, ids(it for it in pool if it.lo == low), "ucdp: the lowest lower bound of the latest day's figures"),
        _est(
            value=best,
            claim_ids=ids(it for it in pool if it.point == best) if best is not None else (),
            rule="ucdp: the median of the latest day's figures",
        ),
        _est(
            value=high_value,
            claim_ids=ids(it for it in pool if it.hi == high),
            rule="ucdp: the highest upper bound of the latest day's figures" if high_value is not None else "ucdp: open: a latest figure has no upper bound",
        ),
    )


def _estimates_ucdp(pool: list[_Item]) -> tuple[Estimate, Estimate, Estimate]:
    """UCDP-style low/best/high of several figures, in one pass."""
    first = pool[0]
    low, high = first.lo, first.hi
    low_ids, high_ids = [first.cid], [first.cid]
    points = [first.point] if first.point is not None else []
    for it in pool[1:]:
        lo, hi = it.lo, it.hi
        if lo < low:
            low, low_ids = lo, [it.cid]
        elif lo == low:
            low_ids.append(it.cid)
        if hi > high:
            high, high_ids = hi, [it.cid]
        elif hi == high:
            high_ids.append(it.cid)
        if it.point is not None:
            points.append(it.point)
    rules = _RULES["ucdp"]
    if points:
        points.sort()
        best: int | None = points[(len(points) - 1) // 2]
        best_ids = tuple([it.cid for it in pool if it.point == best])
    else:
        best, best_ids = None, ()
    high_value = None if high == _INF else int(high)
    return (
        _est(low, tuple(low_ids), rules[0]),
        _est(best, best_ids, rules[1]),
        _est(high_value, tuple(high_ids), rules[2] if high_value is not None else _OPEN_RULES["ucdp"]),
    )


_RULES: Final = {
    "acled": (
        "acled: the most conservative (lowest) stated figure of the latest day",
        "acled: the most conservative (lowest) stated figure of the latest day",
        "acled: the most conservative (lowest) stated figure of the latest day",
    ),
    "intersection": (
        "intersection: the highest lower bound of the latest day",
        "intersection: the lower end of the interval all latest figures allow",
        "intersection: the lowest upper bound of the latest day",
    ),
    "ucdp": (
        "ucdp: the lowest lower bound of the latest day's figures",
        "ucdp: the median of the latest day's figures",
        "ucdp: the highest upper bound of the latest day's figures",
    ),
}
_OPEN_RULES: Final = {
    "acled": "acled: the most conservative (lowest) stated figure of the latest day",
    "intersection": "intersection: no latest figure has an upper bound",
    "ucdp": "ucdp: open: a latest figure has no upper bound",
}


def _estimates_of_one(it: _Item, policy: str) -> tuple[Estimate, Estimate, Estimate]:
    """The estimates of a single figure (the common case, kept cheap)."""
    ids = (it.cid,)
    low_rule, best_rule, high_rule = _RULES[policy]
    if policy == "acled":
        value = it.claim.value
        coded = it.lo if value is None or it.vague else int(min(value, it.hi))
        estimate = _est(value=coded, claim_ids=ids, rule=low_rule)
        return estimate, estimate, estimate
    high = None if it.hi == _INF else int(it.hi)
    best = it.lo if policy == "intersection" else it.point
    return (
        _est(value=it.lo, claim_ids=ids, rule=low_rule),
        _est(value=best, claim_ids=ids if best is not None else (), rule=best_rule),
        _est(value=high, claim_ids=ids, rule=high_rule if high is not None else _OPEN_RULES[policy]),
    )


def _day_reps(items: list[_Item], *, highest_low: bool, dated: bool = False) -> tuple[list[int], list[_Item]]:
    """Each day's representative figure, in one pass over sorted items: the highest lower bound (for a
    part) or the highest upper bound (for a whole); ties go to the first in document order. Retracted and
    anecdotal claims are left out (and undated ones when ``dated``). Returns (day ordinals, figures)."""
    ordinals: list[int] = []
    reps: list[_Item] = []
    last = -2
    for it in items:
        if not it.aggregate or (dated and it.day is None):
            continue
        if it.dord != last:
            last = it.dord
            ordinals.append(last)
            reps.append(it)
            continue
        chosen = reps[-1]
        if highest_low:
            if it.lo > chosen.lo or (it.lo == chosen.lo and it.hi > chosen.hi):
                reps[-1] = it
        elif it.hi > chosen.hi or (it.hi == chosen.hi and it.lo > chosen.lo):
            reps[-1] = it
    return ordinals, reps


def _whole_for(ordinals: list[int], reps: list[_Item], dord: int) -> _Item | None:
    """The whole's figure to hold a part of day ``dord`` against: that day's, else the next, else the last before."""
    if not reps:
        return None
    at = bisect.bisect_left(ordinals, dord)
    return reps[at] if at < len(reps) else reps[-1]


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

    ``policy`` names how low/best/high are drawn (:data:`POLICIES`); ``events`` maps each doc_id to an
    event key (default: one event); ``origins`` adds aliases to the origin table
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
    checked = _check_claims(claims)
    resolver = OriginResolver(origins)
    places = _Places()

    # 1. each event's country: the country most of its claims are placed in
    events_of = _events_of(events, checked)
    votes: dict[str, Counter[str]] = {}
    city_votes: dict[str, Counter[str]] = {}
    placed = Counter(zip(events_of, map(_LOCATION, checked)))  # noqa: B905 (both as long as checked)
    for (event, place), n in placed.items():
        if place is None:
            continue
        name, is_country, country = places.info(place)
        if is_country:
            tally = votes.get(event)
            if tally is None:
                tally = votes[event] = Counter()
            tally[name] += n
        elif country is not None:
            tally = city_votes.get(event)
            if tally is None:
                tally = city_votes[event] = Counter()
            tally[country] += n
    country_of_event: dict[str, str] = {}
    for event in set(events_of):
        counter = votes.get(event) or city_votes.get(event)
        if counter:
            country_of_event[event] = min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    # 2. items and quantities
    buckets: dict[_Key, list[_Item]] = {}
    origin_types: dict[str, OriginType] = {}
    origin_cache: dict[tuple[str, str | None, str | None, str | None], tuple[str, OriginType]] = {}
    # raw key (the category by identity: enum hashing is slow) -> (quantity key, its bucket)
    key_cache: dict[tuple[str, int, str | None, tuple[str, ...], str | None], tuple[_Key, list[_Item]]] = {}

    def quantity_of(claim: Claim, event: str, country: str | None) -> tuple[_Key, list[_Item]]:
        category = claim.category
        raw_key = (event, id(category), claim.group, claim.flags, claim.location)
        known_key = key_cache.get(raw_key)
        if known_key is None:
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
            location = places.info(claim.location)[0] if claim.location is not None else country
            key = (event, category.value, group, location)
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = []
            known_key = key_cache[raw_key] = (key, bucket)
        return known_key

    def origin_of(claim: Claim, country: str | None) -> str:
        speaker, via = claim.speaker, claim.via
        if speaker or via:
            okey = (claim.language, speaker, via, country)
        else:  # the outlet, else the document, is the origin
            okey = ("", None, None, claim.source or f"\x00{claim.doc_id}")
        found = origin_cache.get(okey)
        if found is None:
            if speaker or via:
                found = resolver.resolve(claim.language, speaker, via, None, claim.doc_id, country)
            else:
                found = resolver.resolve(claim.language, None, None, claim.source, claim.doc_id, country)
            origin_cache[okey] = found
            known = origin_types.get(found[0])
            if known is None or origin_type_rank(found[1]) < origin_type_rank(known):
                origin_types[found[0]] = found[1]
        return found[0]

    for claim, event in zip(checked, events_of, strict=True):
        fields = claim.__dict__
        country = None
        known_key = key_cache.get((event, id(fields["category"]), fields["group"], fields["flags"], fields["location"]))
        if known_key is None:
            country = country_of_event.get(event)
            known_key = quantity_of(claim, event, country)
        speaker, via = fields["speaker"], fields["via"]
        if speaker or via:
            found = origin_cache.get((fields["language"], speaker, via, country_of_event.get(event)))
        else:
            found = origin_cache.get(("", None, None, fields["source"] or f"\x00{fields['doc_id']}"))
        name = found[0] if found is not None else origin_of(claim, country_of_event.get(event))
        day = fields["as_of"]
        if day is None and fields["published"] is not None:
            day = published_day(fields["published"])
        key, bucket = known_key
        bucket.append(_Item(claim, day, name, key))

    keys = sorted(buckets, key=lambda k: (k[0], k[1], k[2], k[3] or ""))
    ids: dict[_Key, str] = {}
    used: set[str] = set()
    for key in keys:
        qid = _quantity_id(key)
        n = 1
        while qid in used:
            n += 1
            qid = f"{_quantity_id(key)}#{n}"
        used.add(qid)
        ids[key] = qid
    for key in keys:
        qid = ids[key]
        bucket = buckets[key]
        bucket.sort(key=_Item.sort_key)
        for it in bucket:
            it.qid = qid

    # 3. parents: the nearest existing quantity this one is a subgroup or subarea of
    def parent_location(event: str, location: str | None) -> str | None:
        if location is None:
            return None
        name, is_country, country = places.info(location)
        if is_country:
            return None
        parent = country or country_of_event.get(event)
        return parent if parent is not None and parent != name else None

    parents: dict[_Key, tuple[_Key, Reason]] = {}
    for key in keys:
        event, category_value, group, location = key
        wider = parent_location(event, location)
        candidates: list[tuple[_Key, Reason]] = []
        if group != "all" and group in _PEOPLE:
            candidates.append(((event, category_value, "all", location), Reason.SUBGROUP))
        if wider is not None:
            candidates.append(((event, category_value, group, wider), Reason.SUBAREA))
            if group != "all" and group in _PEOPLE:
                candidates.append(((event, category_value, "all", wider), Reason.SUBGROUP))
        for candidate, reason in candidates:
            if candidate in buckets:
                parents[key] = (candidate, reason)
                break

    # 4. differences
    diffs: dict[_Key, list[Difference]] = {k: [] for k in keys}
    notes: dict[_Key, list[str]] = {k: [] for k in keys}
    # the reasons that decide a quantity's status: conflict, decrease, part_exceeds_whole
    flagged: dict[_Key, set[Reason]] = {k: set() for k in keys}
    update, conflict, decrease = Reason.UPDATE, Reason.CONFLICT, Reason.DECREASE
    for key in keys:
        items = buckets[key]
        if len(items) < 2:
            continue
        cumulative = key[1] in _CUMULATIVE_VALUES
        out = diffs[key]
        marks = flagged[key]
        for a, b in itertools.pairwise(items):
            reason, sentence = _compare_in_quantity(a, b, cumulative)
            out.append(_difference(reason, a, b, sentence))
            if reason is conflict or reason is decrease:
                marks.add(reason)
            if (
                reason is update
                and a.day is not None
                and b.day is not None
                and 0 < b.dord - a.dord <= JUMP_DAYS
                and a.point is not None
                and b.point is not None
                and a.point >= JUMP_MIN
                and b.point >= JUMP_FACTOR * a.point
            ):
                span = "one day" if b.dord - a.dord == 1 else f"{b.dord - a.dord} days"
                notes[key].append(
                    f"Jump: from {_stated(a.claim)} ({_day_text(a.day)}) to {_stated(b.claim)} ({_day_text(b.day)}) "
                    f"in {span}, ×{b.point / a.point:.1f}: check what the new figure counts."
                )

    by_id: dict[str, _Item] = (
        {it.cid: it for items in buckets.values() for it in items}
        if any(map(_PART_OF, checked))
        else {}
    )
    compared: set[tuple[str, str]] = set()
    for key in keys if by_id else ():
        items = buckets[key]
        for part in items:
            target = part.claim.part_of
            if target is None:
                continue
            whole = by_id.get(target)
            if whole is None or whole is part:
                continue
            reason = Reason.SUBAREA if part.key[3] != whole.key[3] and part.key[2] == whole.key[2] else Reason.SUBGROUP
            reason, sentence = _compare_part(part, whole, reason, key[1] in _CUMULATIVE_VALUES)
            diffs[key].append(_difference(reason, part, whole, sentence))
            if reason is Reason.PART_EXCEEDS_WHOLE:
                flagged[key].add(reason)
                flagged[whole.key].add(reason)
            compared.add((part.cid, whole.cid))
    wholes: dict[_Key, tuple[list[int], list[_Item]]] = {}
    for key in keys:
        link = parents.get(key)
        if link is None:
            continue
        parent_key, reason = link
        parent_reps = wholes.get(parent_key)
        if parent_reps is None:
            parent_reps = wholes[parent_key] = _day_reps(buckets[parent_key], highest_low=False)
        parent_ordinals, parent_figures = parent_reps
        cumulative = key[1] in _CUMULATIVE_VALUES
        for part in _day_reps(buckets[key], highest_low=True)[1]:
            whole = _whole_for(parent_ordinals, parent_figures, part.dord)
            if whole is None or (part.cid, whole.cid) in compared:
                continue
            found_reason, sentence = _compare_part(part, whole, reason, cumulative)
            diffs[key].append(_difference(found_reason, part, whole, sentence))
            if found_reason is Reason.PART_EXCEEDS_WHOLE:
                flagged[key].add(found_reason)
                flagged[parent_key].add(found_reason)

    # parts that add up under a total
    children: dict[_Key, list[_Key]] = {}
    for key, (parent_key, _) in parents.items():
        if parent_key[2] == "all" and parent_key[3] == key[3]:
            children.setdefault(parent_key, []).append(key)
    for parent_key, kids in children.items():
        block_of: dict[_Key, int] = {}
        for kid in kids:
            for index, members in enumerate(PART_BLOCKS):
                if kid[2] in members:
                    block_of[kid] = index
        if len({block_of[k] for k in block_of}) < 2:
            continue
        kid_reps = {kid: _day_reps(buckets[kid], highest_low=True, dated=True) for kid in block_of}
        part_days = sorted({d for kid in block_of for d in kid_reps[kid][0]})
        whole_ordinals, whole_figures = _day_reps(buckets[parent_key], highest_low=False, dated=True)
        said: set[tuple[str, ...]] = set()
        for dord in part_days:
            best_in_block: dict[int, _Item] = {}
            for kid, (ordinals, figures) in kid_reps.items():
                at = bisect.bisect_right(ordinals, dord)
                if at == 0:
                    continue
                rep = figures[at - 1]
                block = block_of[kid]
                if block not in best_in_block or rep.lo > best_in_block[block].lo:
                    best_in_block[block] = rep
            if len(best_in_block) < 2:
                continue
            reps = [best_in_block[b] for b in sorted(best_in_block)]
            signature = tuple(sorted(it.cid for it in reps))
            if signature in said:
                continue
            said.add(signature)
            whole = _whole_for(whole_ordinals, whole_figures, dord)
            if whole is None:
                continue
            total = sum(it.lo for it in reps)
            addends = " + ".join(f"{it.lo:,} {_group_word(it.claim.category, it.key[2])}" for it in reps)
            inside = [f.removeprefix("includes_").replace("_", " ") for f in whole.claim.flags if f in _INCLUDES]
            counted = f" (a total that includes {', '.join(inside)})" if inside else ""
            if total > whole.hi:
                notes[parent_key].append(
                    f"Parts do not fit: {addends} = at least {total:,} ({_day_text(reps[-1].day)}), more than "
                    f"{_stated(whole.claim)} ({_day_text(whole.day)}){counted} allows."
                )
                flagged[parent_key].add(Reason.PART_EXCEEDS_WHOLE)
            else:
                notes[parent_key].append(
                    f"Parts fit: {addends} = at least {total:,} (by {_day_text(max(reps, key=lambda it: it.dord).day)}) "
                    f"fits under {_stated(whole.claim)} ({_day_text(whole.day)}){counted}."
                )

    # 5. models
    quantities: list[Quantity] = []
    differences: list[Difference] = []
    claim_origins: dict[str, str] = {}
    ordered_claims: list[Claim] = []
    conflict, decrease, exceeds = Reason.CONFLICT, Reason.DECREASE, Reason.PART_EXCEEDS_WHOLE
    for key in keys:
        items = buckets[key]
        qid = ids[key]
        event, category_value, group, location = key
        for it in items:
            claim_origins[it.cid] = it.origin
        ordered_claims.extend([it.claim for it in items])
        own = diffs[key]
        differences.extend(own)
        latest = items[-1]
        if len(items) == 1:
            low, best, high = _estimates_of_one(latest, policy)
            origin_names: tuple[str, ...] = (latest.origin,)
            n_documents = 1
        else:
            low, best, high = _estimates(_pool(items), policy)
            # an anecdote (one body found) or a retracted figure is no origin of the count
            origin_names = tuple(sorted({it.origin for it in items if it.aggregate} or {it.origin for it in items}))
            n_documents = len({it.claim.doc_id for it in items})
        marks = flagged[key]
        if conflict in marks:
            status = Status.CONFLICT
        elif decrease in marks or exceeds in marks:
            status = Status.SUSPICIOUS
        elif len(items) == 1:
            status = Status.SINGLE
        else:
            status = Status.CONSISTENT
        sentences = [
            f"{len(items)} figure{'s' if len(items) != 1 else ''} in {n_documents} document{'s' if n_documents != 1 else ''} "
            f"from {len(origin_names)} origin{'s' if len(origin_names) != 1 else ''} ({'; '.join(origin_names)})."
        ]
        if own:
            by_reason = Counter([_REASON_NAME[id(d.reason)] for d in own])
            listed = ", ".join([f"{n} {name}" for name, n in sorted(by_reason.items())])
            sentences.append(f"Differences: {listed}.")
        if conflict in marks:
            first = next((d.sentence for d in own if d.reason is conflict), None)
            sentences.append(f"Conflict: {first}" if first else "Conflict: a related quantity's figures conflict with this one's.")
        else:
            sentences.append("No conflict.")
        if decrease in marks or exceeds in marks:
            first = next((d.sentence for d in own if d.reason is decrease or d.reason is exceeds), None)
            if first:
                sentences.append(f"Suspicious: {first}")
        sentences.extend(notes[key])
        sentences.append(f"Latest: {_label(latest)}.")
        quantities.append(
            _build(
                Quantity,
                {
                    "quantity_id": qid,
                    "event": event,
                    "category": Category(category_value),
                    "group": group,
                    "location": location,
                    "parent_id": ids[parents[key][0]] if key in parents else None,
                    "claim_ids": tuple([it.cid for it in items]),
                    "low": low,
                    "best": best,
                    "high": high,
                    "latest_claim_id": latest.cid,
                    "latest": _label(latest),
                    "n_claims": len(items),
                    "n_documents": n_documents,
                    "n_origins": len(origin_names),
                    "origins": origin_names,
                    "status": status,
                    "explanation": " ".join(sentences),
                },
            )
        )
    return Reconciliation.model_construct(
        schema_version=SCHEMA_VERSION,
        policy=cast(Policy, policy),
        quantities=tuple(quantities),
        differences=tuple(differences),
        origins=tuple(Origin(name=name, type=kind) for name, kind in sorted(origin_types.items())),
        claim_origins=claim_origins,
        claims=tuple(ordered_claims),
    )


__all__ = [
    "CUMULATIVE",
    "DEFAULT_EVENT",
    "POLICIES",
    "SAME_AS_ALL",
    "Difference",
    "Estimate",
    "Origin",
    "OriginType",
    "Policy",
    "Quantity",
    "Reason",
    "Reconciliation",
    "Status",
    "reconcile",
    "reconciliation_schema",
]
