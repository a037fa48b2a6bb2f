"""The data model: a :class:`Count` (a parsed figure) and a :class:`Claim` (a figure in a document).

Both are frozen pydantic models; their JSON Schema is committed under ``schema/``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .errors import InputError

SCHEMA_VERSION = "1.0"


class Qualifier(StrEnum):
    """How a stated number bounds the true count (names shared with the gold files)."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    ABOUT = "about"
    ALMOST = "almost"
    UP_TO = "up_to"
    RANGE = "range"
    VAGUE = "vague"


class Category(StrEnum):
    """What is counted."""

    DEATHS = "deaths"
    INJURIES = "injuries"
    ARRESTS = "arrests"
    TROOPS = "troops"
    PARTICIPANTS = "participants"
    MISSING = "missing"
    DISPLACED = "displaced"
    OTHER = "other"


class Group(StrEnum):
    """Who was counted (names shared with the gold files). Units use free words instead."""

    ALL = "all"
    PROTESTERS = "protesters"
    SECURITY_FORCES = "security_forces"
    CIVILIANS = "civilians"
    CHILDREN = "children"
    FOREIGN_TROOPS = "foreign_troops"
    ATTACKERS = "attackers"


class OriginType(StrEnum):
    """What kind of source an origin is."""

    GOVERNMENT = "government"
    STATE_MEDIA = "state media"
    MILITARY_ALLIANCE = "military alliance"
    INDEPENDENT_MEDIA = "independent media"
    WITNESS = "witness"
    NGO = "NGO"
    PARTY = "party or armed group"
    UN = "UN body"
    MEDICAL = "medical"
    UNATTRIBUTED = "unattributed"
    UNKNOWN = "unknown"


class AttributionKind(StrEnum):
    """What kind of source a figure is attributed to: one the text names (``speaker``), one that names
    no one ("offizielle Angaben", "official figures": an official source; "Berichten zufolge",
    "according to reports": reports), or none at all."""

    NAMED = "named"
    UNNAMED_OFFICIAL = "unnamed_official"
    UNNAMED_REPORT = "unnamed_report"
    NONE = "none"


class Flag(StrEnum):
    """Marks on a claim."""

    UNVERIFIED = "unverified"
    RETRACTED = "retracted"
    """its sentence says the source withdraws the figure ("zog die Angabe zurück")"""
    CORRECTION = "correction"
    """its sentence says the figure corrects an earlier one ("korrigierte die Zahl auf 21", "counted twice")"""
    INCLUDES_SECURITY_FORCES = "includes_security_forces"
    INCLUDES_CIVILIANS = "includes_civilians"
    INCLUDES_CHILDREN = "includes_children"
    INCLUDES_PROTESTERS = "includes_protesters"
    INCLUDES_FOREIGN_TROOPS = "includes_foreign_troops"
    INCLUDES_ATTACKERS = "includes_attackers"
    ANECDOTAL = "anecdotal"
    OUTSIDE_CALENDAR = "date_outside_calendar"
    """a day reference of its sentence falls outside the calendar (and was dropped)"""
    DERIVED = "derived"  # not stated but worked out: the shot less the dead among them
    SHOT = "shot"
    """a count of the shot, dead or alive ("Five people were shot"): an article that counts its dead
    reads the injured among them at extraction (engine/shot.py), reconcile those of the others once the
    event's dead reach them (flagged derived)"""
    PART = "part"
    """a part of a whole its sentence does not state ("Two of the victims remain in critical
    condition"): not the toll; reconcile estimates from it only when nothing else is left"""
    PIECE = "piece"
    """one of the pieces of the hurt its sentence tells by degree, no whole stated with them ("vier Menschen
    wurden schwer, elf leicht verletzt"): stated as it is; the pieces count different persons, and reconcile
    adds them up (the first piece becomes their sum, flagged derived, the others parts)"""
    PERIOD_TALLY = "period_tally"
    """a tally over a period ("so far this year", "seit Jahresbeginn"), not one event's toll"""
    OTHER_INCIDENT = "other_incident"
    """the toll of another incident named in passing ("last month's shooting that killed 3")"""


_PARTIAL_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def normalize_published(value: object) -> str | None:
    """Return an ISO 8601 calendar date of day, month or year precision, or raise :class:`InputError`.

    Accepts ``None``, :class:`datetime.date`, :class:`datetime.datetime` and strings such as
    ``"2022-01-09"``, ``"2022-01"``, ``"2022"`` or ``"2022-01-09T10:00:00Z"``.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"published must be a date, a datetime or an ISO date string, not {type(value).__name__}")
    text = value.strip()
    if "T" in text or " " in text:
        head = re.split(r"[T ]", text, maxsplit=1)[0]
        try:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InputError(f"malformed published date {value!r}: expected YYYY-MM-DD") from None
        text = head
    if not _PARTIAL_DATE.fullmatch(text):
        raise InputError(f"malformed published date {value!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    if len(text) == 10:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise InputError(f"malformed published date {value!r}: no such day") from None
    return text


def published_instant(value: object) -> dt.datetime | None:
    """The instant (in UTC) a ``published`` value gives when it states a time and its UTC offset
    (``"2024-01-01T23:30:00-05:00"``, ``"...Z"``, an aware :class:`datetime.datetime`); ``None`` for a day
    or a time without an offset. ``published`` itself keeps the reporter's local day."""
    if isinstance(value, str) and ("T" in value or " " in value):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return value.astimezone(dt.UTC)
    return None


def published_day(published: str | None) -> dt.date | None:
    """The day of a ``published`` value when it is known to the day."""
    if published and len(published) == 10:
        return dt.date.fromisoformat(published)
    return None


class Count(BaseModel):
    """A figure as stated and the bound it implies.

    ``value`` is the number as stated (the low end for a range, ``None`` for a vague amount);
    ``low`` and ``high`` are the interval it implies (``None`` for unbounded), following the
    conventions of :data:`casualty_reconcile.numbers.BOUNDS`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: int | None
    qualifier: Qualifier
    low: int | None
    high: int | None
    surface: str
    start: int = 0
    end: int = 0
    high_value: int | None = Field(default=None, description="upper end of a stated range")
    vague_word: str | None = Field(default=None, description="the vague amount word, e.g. 'dozens'")

    @model_validator(mode="after")
    def _check_bounds(self) -> Count:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


class Claim(BaseModel):
    """One numeric claim found in a document, with its provenance.

    ``start``/``end`` are character offsets of ``text`` in the document
    (``document[start:end] == text``); ``sentence`` is the sentence it stands in.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

    claim_id: str = Field(description="stable id: a hash of doc_id, span and text")
    doc_id: str
    source: str | None = Field(default=None, description="the outlet that published the document")
    published: str | None = Field(
        default=None, description="publication day (ISO 8601; month or year precision when that is all known)"
    )
    language: str
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str
    sentence: str
    category: Category
    value: int | None
    qualifier: Qualifier
    low: int | None
    high: int | None
    group: str | None = Field(default=None, description="who was counted (see Group), or a unit word")
    location: str | None = None
    speaker: str | None = Field(default=None, description="who the figure is attributed to")
    via: str | None = Field(default=None, description="who passed the figure on")
    as_of: dt.date | None = Field(default=None, description="the day the figure refers to")
    published_at: dt.datetime | None = Field(
        default=None,  # in JSON, so that claims read back order same-day reports as before; no frame column
        description="the instant of publication in UTC, where the published value gave a time and its offset "
        "(reconcile orders reports by it: published_instant); published keeps the reporter's local day",
    )
    part_of: str | None = Field(default=None, description="claim_id of the claim this one is a part of")
    flags: tuple[str, ...] = ()
    origin: str | None = Field(
        default=None,
        description="who the figure really comes from: 'government of Bangladesh' for its ministries, police, "
        "state media and head of government; a party, NGO, UN body, hospital, outlet or witness by name",
    )
    origin_type: OriginType | None = Field(default=None, description="what kind of source the origin is")
    trace: tuple[str, ...] = Field(
        default=(),
        exclude=True,  # not part of the claim's data: no column, no JSON field
        description="the names of the extraction rules that decided the claim, in order (extract(..., trace=True))",
    )
    speaker_text: str | None = Field(
        default=None,
        description="the source as the text writes it ('autoritären Behörden', 'offizielle Angaben'); "
        "speaker is its base form, or none for a source that names no one",
    )
    attribution: AttributionKind = Field(
        default=AttributionKind.NONE,
        description="named (speaker), unnamed_official ('official figures'), unnamed_report ('according to reports') or none",
    )
    particulars: tuple[str, ...] = Field(
        default=(),
        description="what its document names that identifies one incident, the same on every claim of the "
        "document, sorted: each as its kind and its capitalised words, lower case ('person:jordan smith' for "
        "'Jordan Smith, 19' or 'the killing of Jordan Smith', 'street:terrace avenue'), and every other run "
        "of capitalised words its lead writes ('name:paul kendall'), 'event:fatal' when its headline or first "
        "lines call the incident deadly, and each day of a month its lead writes before its publication "
        "('day:2017-02-20'); event resolution links reports that name the same one, and a report to "
        "one that writes the names of its victims",
    )

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: Any) -> str | None:
        return normalize_published(value)

    @field_validator("published_at", mode="after")
    @classmethod
    def _published_at(cls, value: dt.datetime | None) -> dt.datetime | None:
        """The instant in UTC; a time written without an offset (stored claims edited by hand) is read as UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.utcoffset() is None else value.astimezone(dt.UTC)

    @model_validator(mode="before")
    @classmethod
    def _attribution_kind(cls, data: Any) -> Any:
        """A claim made with a speaker and no kind of attribution is attributed to the speaker named."""
        if isinstance(data, dict) and data.get("speaker") and data.get("attribution") is None:
            return {**data, "attribution": AttributionKind.NAMED}
        return data

    @model_validator(mode="after")
    def _check(self) -> Claim:
        if self.end < self.start:
            raise ValueError("end is before start")
        if self.end - self.start != len(self.text):
            raise ValueError("text length does not match its span")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


def traced(claim: Claim, rule: str) -> tuple[str, ...]:
    """``claim``'s trace with the name of a later stage's ``rule`` appended (reconcile reading a claim
    otherwise); none where the claim was extracted without a trace, as extract(..., trace=False) gives."""
    return (*claim.trace, rule) if claim.trace else ()


def make_claim_id(doc_id: str, start: int, end: int, text: str) -> str:
    """A stable id for a claim: the same document, span and text give the same id."""
    # (surrogatepass: a lone surrogate in a doc_id or text hashes too; other text hashes as UTF-8)
    digest = hashlib.blake2b(f"{doc_id}\x1f{start}\x1f{end}\x1f{text}".encode("utf-8", "surrogatepass"), digest_size=8)
    return digest.hexdigest()


CLAIM_FIELDS: tuple[str, ...] = tuple(name for name, info in Claim.model_fields.items() if not info.exclude)
