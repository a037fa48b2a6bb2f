"""Models built from fields already of their type: what ``Model.model_construct`` builds, faster.

The engine builds a :class:`~casualty_reconcile.models.Count` for every figure it reads and a
:class:`~casualty_reconcile.models.Claim` for every claim without a second validation (their fields come
checked from the number grammar and the header). pydantic's ``model_construct`` walks every field of the
model in Python for each instance (its aliases, its default), 5.7 µs a claim and 4.1 µs a count, more than
validating them would cost; :func:`constructor` does that walk once per model and gives a function that
builds the same instance (its fields in the model's order, the defaults of those not given, the fields set)
in about 1 µs. A model it cannot build so (aliases, default factories, mutable defaults, a post-init hook,
extra fields allowed) is built by ``model_construct`` itself; so is a call that leaves out a required field or
names an unknown one. tests/test_construct.py compares the two.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_IMMUTABLE = (type(None), bool, int, float, str, bytes, tuple, frozenset, enum.Enum)
_MISSING = object()


def _immutable(value: object) -> bool:
    if isinstance(value, tuple | frozenset):
        return all(_immutable(v) for v in value)
    return isinstance(value, _IMMUTABLE)


def constructor(cls: type[M]) -> Callable[..., M]:
    """A function that builds ``cls`` from keyword fields as ``cls.model_construct`` does."""
    fields = cls.__pydantic_fields__
    template: dict[str, Any] = {}
    for name, field in fields.items():
        if field.alias is not None or field.validation_alias is not None or field.default_factory is not None:
            return cls.model_construct
        default = _MISSING if field.is_required() else field.get_default(call_default_factory=True)
        if default is not _MISSING and not _immutable(default):
            return cls.model_construct  # (model_construct copies a mutable default for each instance)
        template[name] = default
    if cls.__pydantic_post_init__ or cls.__pydantic_root_model__ or cls.model_config.get("extra") == "allow":
        return cls.model_construct
    required = frozenset(name for name, value in template.items() if value is _MISSING)
    size = len(template)
    new = object.__new__
    setattr_ = object.__setattr__
    slow = cls.model_construct

    def build(**values: Any) -> M:
        if len(values) < len(required) or not required.issubset(values):
            return slow(**values)
        fields_values = template.copy()
        fields_values.update(values)
        if len(fields_values) != size:
            return slow(**values)  # a name that is no field
        m = new(cls)
        setattr_(m, "__dict__", fields_values)
        setattr_(m, "__pydantic_fields_set__", set(values))
        setattr_(m, "__pydantic_extra__", None)
        setattr_(m, "__pydantic_private__", None)
        return m

    return build


__all__ = ["constructor"]
