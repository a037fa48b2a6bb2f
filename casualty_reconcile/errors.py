"""Errors raised for bad input. Each names the problem in plain words."""

from __future__ import annotations


class CasualtyReconcileError(Exception):
    """Base class of every error this library raises on purpose."""


class UnsupportedLanguageError(CasualtyReconcileError, ValueError):
    """A language code that has no language module."""

    def __init__(self, language: object, supported: tuple[str, ...], *, detected: str | None = None) -> None:
        self.language = language
        self.supported = supported
        if detected is not None:  # found by detection: "the text is in fr (French), which is not supported"
            super().__init__(f"the text is in {detected}, which is not supported: supported languages are {', '.join(supported)}")
        else:
            super().__init__(f"unsupported language {language!r}: supported languages are {', '.join(supported)}")


class InputError(CasualtyReconcileError, ValueError):
    """Input of the right type but unusable content (malformed date, undecodable bytes...)."""


class LanguageDataError(CasualtyReconcileError, ValueError):
    """A language module whose data does not fit :class:`~casualty_reconcile.lang.base.LanguageData`
    (a field of the wrong type, a blank word, a pattern that does not compile or matches the empty string)."""
