"""The input check of :func:`~casualty_reconcile.reconcile.reconcile`: every item a valid claim, each claim id
given once, each field of its type (claims built with ``Claim.model_construct`` are not validated)."""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Iterable, Mapping
from typing import Final

from .errors import InputError
from .models import Category, Claim, OriginType, Qualifier

_CLAIM_ID: Final = operator.attrgetter("claim_id")
_NONE: Final = type(None)
_FIELD_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "claim_id": (str,), "doc_id": (str,), "source": (str, _NONE), "published": (str, _NONE), "language": (str,),
    "start": (int,), "end": (int,), "text": (str,), "sentence": (str,), "category": (Category,),
    "value": (int, _NONE), "qualifier": (Qualifier,), "low": (int, _NONE), "high": (int, _NONE),
    "group": (str, _NONE), "location": (str, _NONE), "speaker": (str, _NONE), "via": (str, _NONE),
    "as_of": (dt.date, _NONE), "part_of": (str, _NONE), "flags": (tuple,), "origin": (str, _NONE),
    "origin_type": (OriginType, _NONE),
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
