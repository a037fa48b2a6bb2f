"""casualty_reconcile: extract numeric casualty claims from news text and reconcile them.

The public API is small; everything else is an implementation detail::

    >>> from casualty_reconcile import parse_count
    >>> parse_count("knapp 6000", "de").qualifier.value
    'almost'
"""

from __future__ import annotations

from .errors import CasualtyReconcileError, InputError, UnsupportedLanguageError
from .frame import to_frame
from .models import Category, Claim, Count, Flag, Group, Qualifier
from .numbers import parse_count

__version__ = "0.1.0"

__all__ = [
    "CasualtyReconcileError",
    "Category",
    "Claim",
    "Count",
    "Flag",
    "Group",
    "InputError",
    "Qualifier",
    "UnsupportedLanguageError",
    "__version__",
    "parse_count",
    "to_frame",
]
