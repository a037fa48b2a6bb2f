"""How a language module's values are checked against the types :class:`~.base.LanguageData`
declares: every string non-blank, every :data:`~.base.Regex` compiled and matching no empty string,
tuples, sets and mappings item by item (:func:`_problem`). ``base.validate`` runs it on every field."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import importlib
import re
import types
import typing
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Final

import regex

from ..errors import LanguageDataError

if TYPE_CHECKING:
    from .base import LanguageData


@dataclass(frozen=True)
class PatternSpec:
    """Marks a string field as a regular-expression fragment; ``placeholders`` are written into
    it before it is compiled (``{month}`` in a date format) and are replaced for the check by a
    simple word."""

    placeholders: tuple[str, ...] = ()


Regex = Annotated[str, PatternSpec()]
"""A regular-expression fragment (the ``regex`` module's syntax, case-insensitive)."""

DateFormat = Annotated[str, PatternSpec(placeholders=("{month}",))]
"""A regular-expression fragment with ``{month}`` standing for a month's name."""


_FLAGS: Final = regex.IGNORECASE | regex.UNICODE
_PROBE: Final = "Ab 1, cd. E-f"
"""A short text a pattern is run over: a pattern that can match the empty string (``"x?"``,
``"\\b"``, ``"a|"``) matches it somewhere with no width."""

def _check_pattern(value: str, spec: PatternSpec) -> str | None:
    """Why ``value`` is no usable pattern, or None."""
    text = value
    for placeholder in spec.placeholders:
        text = text.replace(placeholder, "(?:placeholder)")
    if _parsed_width(text) > 0:
        return None
    compiled: re.Pattern[str] | regex.Pattern[str]
    try:  # the standard library compiles three times faster; the engine's own syntax (\p{L}, set
        # operations, which the standard library warns of: an error under _regex_syntax) needs regex
        compiled = re.compile(text, re.IGNORECASE)
    except (re.error, FutureWarning):
        try:
            compiled = regex.compile(text, _FLAGS)
        except (regex.error, ValueError) as exc:
            return f"pattern {value!r} does not compile: {exc}"
    if any(m.start() == m.end() for m in compiled.finditer(_PROBE)) or compiled.match("") is not None:
        return f"pattern {value!r} matches the empty string"
    return None


_PARSER: Any = importlib.import_module("re._parser")  # (the standard library's parser, which typeshed leaves out)


def _parsed_width(text: str) -> int:
    """The fewest characters a match of ``text`` spans as the standard library's parser reads it; 0
    where it may span none or the parser does not read it (the engine's own syntax: ``\\p{L}``, set
    operations). A pattern the parser reads compiles (the `regex` module reads what it reads, and
    look-behinds of any width, which the standard library's compiler refuses), and one that spans a
    character matches no empty string: the two checks of :func:`_check_pattern` without compiling it
    (about 1,500 fragments a language, the largest 7,000 characters; the rest are compiled and tried)."""
    try:
        low: int = _PARSER.parse(text, re.IGNORECASE).getwidth()[0]
    except (re.error, FutureWarning, RecursionError, OverflowError, AttributeError):
        return 0
    return low


def _problem(value: object, hint: Any, where: str) -> str | None:
    """The first way ``value`` fails ``hint`` as ``"where: why"``, or None."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Annotated:
        problem = _problem(value, args[0], where)
        if problem is None and isinstance(value, str):
            for spec in args[1:]:
                if isinstance(spec, PatternSpec) and (why := _check_pattern(value, spec)) is not None:
                    return f"{where}: {why}"
        return problem
    if hint is type(None):
        return None if value is None else f"{where}: expected None, got {value!r}"
    if hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return None
        return f"{where}: expected a number, got {type(value).__name__} {value!r}"
    if hint is bool:
        return None if isinstance(value, bool) else f"{where}: expected bool, got {type(value).__name__} {value!r}"
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return None
        return f"{where}: expected int, got {type(value).__name__} {value!r}"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return None if isinstance(value, hint) else f"{where}: expected {hint.__name__}, got {value!r}"
    if hint is str:
        if not isinstance(value, str):
            return f"{where}: expected str, got {type(value).__name__} {value!r}"
        return None if value.strip() else f"{where}: blank string {value!r}"
    if origin is tuple:
        if not isinstance(value, tuple):
            return f"{where}: expected a tuple, got {type(value).__name__}"
        if len(args) == 2 and args[1] is Ellipsis:
            items = [(item, args[0]) for item in value]
        elif len(args) != len(value):
            return f"{where}: expected a tuple of {len(args)}, got {len(value)} items {value!r}"
        else:
            items = list(zip(value, args, strict=True))
        return next((p for i, (item, h) in enumerate(items) if (p := _problem(item, h, f"{where}[{i}]"))), None)
    if origin is frozenset:
        if not isinstance(value, frozenset):
            return f"{where}: expected a frozenset, got {type(value).__name__}"
        if not args:
            return None
        return next((p for item in sorted(value, key=repr) if (p := _problem(item, args[0], f"{where}[{item!r}]"))), None)
    if origin in (Mapping, dict):
        if not isinstance(value, dict if origin is dict else Mapping):
            return f"{where}: expected a {'dict' if origin is dict else 'mapping'}, got {type(value).__name__}"
        if not args:
            return None
        for key, item in value.items():
            problem = _problem(key, args[0], f"{where} key {key!r}") or _problem(item, args[1], f"{where}[{key!r}]")
            if problem is not None:
                return problem
        return None
    if isinstance(hint, types.UnionType) or origin is typing.Union:
        return None if any(_problem(value, h, where) is None for h in args) else f"{where}: {value!r} is none of {hint}"
    raise TypeError(f"{where}: the validator does not know the type {hint!r}; teach lang/validate.py's _problem")


@contextlib.contextmanager
def _regex_syntax() -> Iterator[None]:
    """While patterns are checked: the standard library's warning of syntax it reads otherwise than
    the regex module (nested sets ``[[``, set operations ``--``) is an error, to fall back on."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)
        yield


_HINTS: dict[str, Any] = {}


def _hints() -> dict[str, Any]:
    """The declared type of every field of :class:`~.base.LanguageData` (read once)."""
    if not _HINTS:
        from .base import LanguageData  # (base.py makes every LanguageData through validate)

        hints = typing.get_type_hints(LanguageData, include_extras=True)
        _HINTS.update((f.name, hints[f.name]) for f in dataclasses.fields(LanguageData))
    return _HINTS


def validate_like(value: object, field_name: str, where: str) -> None:
    """Check ``value`` against the declared type of the :class:`LanguageData` field ``field_name``
    (for language-neutral data such as ``lang/common.py``); raise
    :class:`~casualty_reconcile.errors.LanguageDataError` naming ``where``."""
    with _regex_syntax():
        problem = _problem(value, _hints()[field_name], where)
    if problem is not None:
        raise LanguageDataError(problem)


def validate(language: LanguageData) -> None:
    """Check every field of ``language`` against its declared type; every :data:`Regex` must
    compile and match no empty string. Raises :class:`~casualty_reconcile.errors.LanguageDataError`
    naming the language and the field."""
    with _regex_syntax():
        for name, hint in _hints().items():
            problem = _problem(getattr(language, name), hint, name)
            if problem is not None:
                raise LanguageDataError(f"language {language.code!r}, field {problem}")
