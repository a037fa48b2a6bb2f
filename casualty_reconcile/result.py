"""The result of :func:`~casualty_reconcile.reconcile.reconcile`: quantities, differences, estimates.

The models are frozen pydantic models with a committed JSON Schema (``reconciliation``); their frames
and reports are built by :mod:`casualty_reconcile.report`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from .models import SCHEMA_VERSION, Category, Claim
from .origins import Origin

_M = TypeVar("_M", bound=BaseModel)

if TYPE_CHECKING:
    import pandas as pd

Policy = Literal["acled", "ucdp", "intersection"]
POLICIES: tuple[str, ...] = ("acled", "ucdp", "intersection")
"""The estimate policies :func:`~casualty_reconcile.reconcile.reconcile` accepts."""

DEFAULT_EVENT: Final = "default"
"""The event key when the documents without a caller's event form one event (as the seeds do)."""


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
    CORRECTION = "correction"
    """the source corrects its own figure and its text says so ("counted twice", "korrigierte die Zahl")"""
    RETRACTED = "retracted"
    """the source withdraws a figure ("zog die Angabe zurück"): it leaves the estimates"""


class Status(StrEnum):
    """The verdict on a quantity."""

    SINGLE = "single"
    CONSISTENT = "consistent"
    SUSPICIOUS = "suspicious"
    CONFLICT = "conflict"


_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def shared_fields_set(model: _M) -> _M:
    """``model`` holding the one shared copy of its set of field names given (pydantic keeps a set per
    instance, 0.2-2 KB, more than the rest of a small model; reconcile makes about one Difference a
    claim). The models are frozen, so no one changes the set; a copy (``model_copy``) gets its own."""
    fields = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(fields), fields)
    if shared is not fields:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    return model


class Scope(StrEnum):
    """What a quantity's figures count: the event's own toll, or another quantity its reports mention."""

    EVENT = "event"
    """the event's own figures"""
    OTHER_INCIDENT = "other_incident"
    """another incident its reports tell as background ("last month's shooting that killed 3")"""
    PERIOD_TALLY = "period_tally"
    """a tally over a period its reports give ("750 killed so far this year")"""


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
    group: str = Field(description="who was counted ('all', 'children', 'police', ...)")
    scope: Scope = Field(
        default=Scope.EVENT,
        description="what the figures count: the event's own ('event'), or another incident ('other_incident') or a "
        "period's tally ('period_tally') its reports mention; these are in Reconciliation.other_quantities",
    )
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
    event: str = Field(default=DEFAULT_EVENT, description="the event of the quantity of claim_id")


QUANTITY_DTYPES: dict[str, str] = {
    "quantity_id": "string",
    "event": "string",
    "event_label": "string",
    "category": "category",
    "group": "string",
    "scope": "category",
    "location": "string",
    "parent_id": "string",
    "status": "category",
    "best_stated": "string",
    "low": "Int64",
    "best": "Int64",
    "high": "Int64",
    "latest_claim_id": "string",
    "latest_day": "datetime64[s]",
    "n_claims": "Int64",
    "n_documents": "Int64",
    "n_origins": "Int64",
    "origins": "string",
    "stated": "string",
    "explanation": "string",
}
"""Columns and dtypes of :meth:`Reconciliation.to_frame` (``category``: a fixed set of categories)."""

DIFFERENCE_DTYPES: dict[str, str] = {
    "reason": "category",
    "quantity_id": "string",
    "other_quantity_id": "string",
    "claim_id": "string",
    "other_claim_id": "string",
    "explanation": "string",
}
"""Columns and dtypes of :meth:`Reconciliation.differences_frame` (``explanation``: the difference's sentence)."""

MAX_HTML_QUANTITIES: Final = 200


class Event(BaseModel):
    """One event: the documents about the same incident, with a label a person can read.

    ``reason`` says how the documents were put together ("given by the caller", "all input is one
    event", or the evidence event resolution used).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_id: str
    label: str = Field(description="e.g. 'Chicago · shooting · 2016-03-05'")
    doc_ids: tuple[str, ...]
    reason: str


class Reconciliation(BaseModel):
    """The result of :func:`reconcile`: quantities, the differences between figures, the origins."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: str = SCHEMA_VERSION
    policy: Policy
    quantities: tuple[Quantity, ...] = Field(description="the events' own quantities (scope 'event'): their tolls")
    other_quantities: tuple[Quantity, ...] = Field(
        default=(),
        description="quantities of another incident or a period's tally that the events' reports mention (scope "
        "'other_incident', 'period_tally'): kept apart, so that a sum over an event's quantities counts its own",
    )
    differences: tuple[Difference, ...]
    origins: tuple[Origin, ...] = Field(description="every origin, by name")
    claim_origins: dict[str, str] = Field(description="claim_id -> origin name")
    claims: tuple[Claim, ...] = Field(description="the input claims, in quantity order")
    events: tuple[Event, ...] = Field(default=(), description="every event, with its documents")

    # ---- look-ups ------------------------------------------------------------------------------
    def all_quantities(self) -> tuple[Quantity, ...]:
        """The events' own quantities, then those of other incidents and periods (:attr:`other_quantities`)."""
        return self.quantities + self.other_quantities if self.other_quantities else self.quantities

    def quantity(
        self, category: str, group: str = "all", location: str | None = None, event: str | None = None,
        scope: str = Scope.EVENT,
    ) -> Quantity:
        """The quantity with these key fields (``location``/``event`` ``None``: any; ``scope`` other than
        ``"event"``: one of :attr:`other_quantities`); KeyError if none or several."""
        found = [
            q
            for q in (self.quantities if scope == Scope.EVENT else self.other_quantities)
            if q.scope == scope
            and q.category == category
            and q.group == group
            and (location is None or q.location == location)
            and (event is None or q.event == event)
        ]
        if len(found) != 1:
            raise KeyError(f"{len(found)} quantities match {category}/{group}/{location}/{event}")
        return found[0]

    def of_event(self, event: str) -> Reconciliation:
        """Only one event's quantities, differences, claims and origins; ``event`` is its id or its label.
        KeyError, naming the events, when none matches."""
        found = [e for e in self.events if event in (e.event_id, e.label)]
        if not found:
            known = ", ".join(f"{e.event_id!r} ({e.label})" for e in self.events[:10])
            raise KeyError(f"no event {event!r}: choose one of {known}")
        keys = {e.event_id for e in found}
        quantities = tuple(q for q in self.quantities if q.event in keys)
        others = tuple(q for q in self.other_quantities if q.event in keys)
        claim_ids = {cid for q in (*quantities, *others) for cid in q.claim_ids}
        quantity_ids = {q.quantity_id for q in (*quantities, *others)}
        claim_origins = {cid: name for cid, name in self.claim_origins.items() if cid in claim_ids}
        used = set(claim_origins.values())
        return Reconciliation(
            schema_version=self.schema_version,
            policy=self.policy,
            quantities=quantities,
            other_quantities=others,
            differences=tuple(d for d in self.differences if d.quantity_id in quantity_ids),
            origins=tuple(o for o in self.origins if o.name in used),
            claim_origins=claim_origins,
            claims=tuple(c for c in self.claims if c.claim_id in claim_ids),
            events=tuple(found),
        )

    def differences_of(self, quantity_id: str) -> tuple[Difference, ...]:
        """The differences that involve a quantity (on either side)."""
        return tuple(
            d for d in self.differences if d.quantity_id == quantity_id or d.other_quantity_id == quantity_id
        )

    def conflicts(self) -> tuple[Difference, ...]:
        """The differences whose reason is a conflict."""
        return tuple(d for d in self.differences if d.reason is Reason.CONFLICT)

    # ---- frames and reports (built by casualty_reconcile.report) ----------------------------------
    def to_frame(self) -> pd.DataFrame:
        """One row per quantity; columns and dtypes :data:`QUANTITY_DTYPES` (also when empty)."""
        from .report import quantities_frame

        return quantities_frame(self)

    def stated_values(self, quantity: Quantity) -> str:
        """A quantity's figures as stated, by day: "Sat 2022-01-08: more than 40; Sun 2022-01-09: at least 164"."""
        from .report import stated_values

        return stated_values(quantity, {c.claim_id: c for c in self.claims})

    def differences_frame(self) -> pd.DataFrame:
        """One row per difference; columns and dtypes :data:`DIFFERENCE_DTYPES` (also when empty)."""
        from .report import differences_frame

        return differences_frame(self)

    def claims_frame(self, urls: Mapping[str, str] | None = None) -> pd.DataFrame:
        """One row per claim (the columns of ``to_frame(claims)``) with its ``quantity_id``, ``event`` and origin."""
        from .report import claims_frame

        return claims_frame(self, urls)

    def render_text(self) -> str:
        """A plain-text report: per event, one line per quantity (verdict, best, latest of each origin), then the detail."""
        from .report import render_text

        return render_text(self)

    def render_markdown(self) -> str:
        """The report in Markdown, to paste into a fact-check draft."""
        from .report import render_markdown

        return render_markdown(self)

    def json(self, **kwargs: Any) -> str:
        """The JSON text of the result (``model_dump_json``; pydantic's deprecated ``json`` is not used)."""
        return self.model_dump_json(**kwargs)

    def _repr_html_(self) -> str:
        from .report import render_html

        return render_html(self)


def reconciliation_schema() -> dict[str, Any]:
    """The JSON Schema of a :class:`Reconciliation` as emitted by ``model_dump_json``."""
    from .schema import _schema_of

    return _schema_of(Reconciliation, "reconciliation")
