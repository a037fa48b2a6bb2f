"""Showing claims to people: HTML for Jupyter (every piece of text escaped) and plain-text tables.

:class:`ClaimList` is what :func:`~casualty_reconcile.extract` returns: a plain ``list`` of
:class:`~casualty_reconcile.models.Claim` that also renders as a table in a notebook, with each
figure highlighted in its sentence, and turns into a DataFrame with :meth:`ClaimList.to_frame`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, SupportsIndex, overload

from .models import Claim
from .wording import balanced_quotes

if TYPE_CHECKING:
    import pandas as pd

MAX_HTML_ROWS = 200
"""Rows shown by :meth:`ClaimList._repr_html_` before the rest is summarised."""


def format_bound(low: int | None, high: int | None) -> str:
    """The interval ``[low, high]`` in a few characters: ``164``, ``≥ 164``, ``≤ 5999``, ``24–199``, ``?``."""
    if low is not None and high is not None:
        return f"{low:,}" if low == high else f"{low:,}–{high:,}"
    if low is not None:
        return f"≥ {low:,}"
    if high is not None:
        return f"≤ {high:,}"
    return "?"


def attribution(claim: Claim) -> str:
    """``speaker`` and, when the figure was passed on, ``via``: "Gesundheitsministerium via Staatsfernsehen"
    (a source that names no one by its words: "offizielle Angaben")."""
    speaker = claim.speaker or claim.speaker_text
    if speaker and claim.via:
        return f"{speaker} via {claim.via}"
    return speaker or (f"via {claim.via}" if claim.via else "")


def highlight_html(claim: Claim) -> str:
    """The claim's sentence as escaped HTML with its figure in ``<mark>``.

    When the figure's text does not occur in the sentence, the sentence is followed by the figure.
    """
    sentence, text = claim.sentence, claim.text
    at = sentence.find(text) if text else -1
    if at < 0:
        mark = f"<mark>{html.escape(text)}</mark>"
        return f"{html.escape(balanced_quotes(sentence, close=True))} [{mark}]" if sentence else mark
    before, after = sentence[:at], sentence[at + len(text) :]
    closing = balanced_quotes(sentence, close=True)[len(sentence) :]  # a sentence cut before its closing quote
    return f"{html.escape(before)}<mark>{html.escape(text)}</mark>{html.escape(after + closing)}"


_HTML_COLUMNS = ("document", "sentence", "category", "bound", "group", "location", "said by", "as of", "flags")


def claims_html(claims: Sequence[Claim], *, max_rows: int = MAX_HTML_ROWS) -> str:
    """An HTML table of ``claims``, one row each, every piece of text escaped."""
    if not claims:
        return "<p><em>No claims.</em></p>"
    esc = html.escape
    head = "".join(f'<th style="text-align:left">{esc(name)}</th>' for name in _HTML_COLUMNS)
    rows = []
    for claim in claims[:max_rows]:
        cells = (
            esc(claim.doc_id),
            highlight_html(claim),
            esc(claim.category.value),
            f"{esc(format_bound(claim.low, claim.high))}<br><small>{esc(claim.qualifier.value)}</small>",
            esc(claim.group or ""),
            esc(claim.location or ""),
            esc(attribution(claim)),
            esc(claim.as_of.isoformat() if claim.as_of else ""),
            esc(", ".join(claim.flags)),  # every flag (anecdotal, unverified, retracted, includes_...)
        )
        cell_html = "".join(f'<td style="text-align:left;vertical-align:top">{cell}</td>' for cell in cells)
        rows.append(f'<tr title="{esc(claim.claim_id, quote=True)}">{cell_html}</tr>')
    more = len(claims) - max_rows
    footer = f"<p>… and {more:,} more claims (use <code>.to_frame()</code>).</p>" if more > 0 else ""
    noun = "claim" if len(claims) == 1 else "claims"
    return (
        f'<div class="casualty-reconcile-claims"><p>{len(claims):,} {noun}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{footer}</div>"
    )


class ClaimList(list[Claim]):
    """A ``list`` of claims that shows as a table in Jupyter and converts to a DataFrame.

    It is an ordinary list (equality, ``len``, iteration and JSON as usual); slicing gives
    a :class:`ClaimList` again.
    """

    def __init__(self, claims: Iterable[Claim] = ()) -> None:
        super().__init__(claims)

    @overload
    def __getitem__(self, index: SupportsIndex) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> ClaimList: ...

    def __getitem__(self, index: SupportsIndex | slice) -> Claim | ClaimList:
        if isinstance(index, slice):
            return ClaimList(super().__getitem__(index))
        return super().__getitem__(index)

    def to_frame(self) -> pd.DataFrame:
        """One row per claim with the columns and dtypes of :data:`~casualty_reconcile.frame.CLAIM_DTYPES`."""
        from .frame import to_frame

        return to_frame(self)

    def to_jsonld(self) -> dict[str, Any]:
        """The claims as schema.org ``Claim`` JSON-LD (see :func:`~casualty_reconcile.jsonld.to_jsonld`)."""
        from .jsonld import to_jsonld

        return to_jsonld(self)

    def _repr_html_(self) -> str:
        return claims_html(self)


def render_table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, max_width: int = 40) -> str:
    """A plain-text table with aligned columns; cells longer than ``max_width`` are cut with "…"."""
    cut = [[_cell(value, max_width) for value in row] for row in rows]
    widths = [len(name) for name in headers]
    for row in cut:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    lines = ["  ".join(name.ljust(widths[i]) for i, name in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    lines.extend("  ".join(value.ljust(widths[i]) for i, value in enumerate(row)).rstrip() for row in cut)
    return "\n".join(lines)


def _cell(value: str, max_width: int) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= max_width else flat[: max_width - 1] + "…"


CLAIM_TABLE_HEADERS = ("document", "figure", "category", "bound", "group", "location", "said by", "as of", "flags")


def claim_rows(claims: Iterable[Claim]) -> list[tuple[str, ...]]:
    """The cells of :data:`CLAIM_TABLE_HEADERS` for each claim."""
    return [
        (
            claim.doc_id,
            balanced_quotes(claim.text),
            claim.category.value,
            format_bound(claim.low, claim.high),
            claim.group or "",
            claim.location or "",
            attribution(claim),
            claim.as_of.isoformat() if claim.as_of else "",
            ";".join(claim.flags),
        )
        for claim in claims
    ]


def render_claims_text(claims: Sequence[Claim], *, max_width: int = 40) -> str:
    """The claims as a plain-text table for a terminal."""
    if not claims:
        return "No claims found."
    return render_table(CLAIM_TABLE_HEADERS, claim_rows(claims), max_width=max_width)


__all__ = [
    "ClaimList",
    "attribution",
    "claims_html",
    "format_bound",
    "highlight_html",
    "render_claims_text",
    "render_table",
]
