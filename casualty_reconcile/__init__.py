"""casualty_reconcile: extract numeric casualty claims from news text and reconcile them.

The public API is small; everything else is an implementation detail::

    >>> from casualty_reconcile import parse_count
    >>> parse_count("knapp 6000", "de").qualifier.value
    'almost'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import CasualtyReconcileError, InputError, UnsupportedLanguageError
from .events import group_events
from .extract import LanguageNotDetectedWarning, detect_language, explain, extract, extract_many
from .models import AttributionKind, Category, Claim, Count, Flag, Group, Qualifier
from .numbers import parse_count
from .reconcile import Reconciliation, reconcile

if TYPE_CHECKING:
    from .dataframe import extract_frame
    from .display import ClaimList
    from .frame import to_frame
    from .html import extract_html
    from .io import load_documents
    from .jsonld import to_jsonld
    from .plot import plot_timeline

__version__ = "0.1.0"

_LAZY = {
    "ClaimList": "display",
    "extract_frame": "dataframe",
    "extract_html": "html",
    "load_documents": "io",
    "to_frame": "frame",
    "plot_timeline": "plot",
    "to_jsonld": "jsonld",
}


def __getattr__(name: str) -> object:
    """Load the user-surface functions on first use, so optional packages (and pandas) are imported only then."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "AttributionKind",
    "CasualtyReconcileError",
    "Category",
    "Claim",
    "ClaimList",
    "Count",
    "Flag",
    "Group",
    "InputError",
    "LanguageNotDetectedWarning",
    "Qualifier",
    "Reconciliation",
    "UnsupportedLanguageError",
    "__version__",
    "detect_language",
    "explain",
    "extract",
    "extract_frame",
    "extract_html",
    "extract_many",
    "group_events",
    "load_documents",
    "parse_count",
    "plot_timeline",
    "reconcile",
    "to_frame",
    "to_jsonld",
]
