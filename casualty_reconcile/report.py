"""What a reader sees of a :class:`~casualty_reconcile.result.Reconciliation`: frames and reports.

``quantities_frame`` and ``differences_frame`` give one row per quantity or difference with fixed
columns and dtypes; ``render_text`` is the plain-text report the command line prints and
``render_html`` the table Jupyter shows (every text escaped).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .models import Claim
from .result import (
    DEFAULT_EVENT,
    DIFFERENCE_DTYPES,
    MAX_HTML_QUANTITIES,
    QUANTITY_DTYPES,
    Difference,
    Quantity,
    Reason,
    Reconciliation,
)
from .wording import _day_of, _day_text, _group_word, _stated, _value_text, _who

if TYPE_CHECKING:
    import pandas as pd


def _frame(dtypes: dict[str, str], rows: dict[str, list[Any]], n: int) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {name: pd.Series(rows[name], dtype=dtype) for name, dtype in dtypes.items()},
        index=pd.RangeIndex(n),
    )


def stated_values(quantity: Quantity, claims: Mapping[str, Claim]) -> str:
    """A quantity's figures as stated, by day: "Sat 2022-01-08: more than 40; Sun 2022-01-09: at least 164"."""
    shown = [claims[cid] for cid in quantity.claim_ids if cid in claims]
    return "; ".join(f"{_day_text(_day_of(c))}: {_stated(c)}" for c in shown)


def quantities_frame(result: Reconciliation) -> pd.DataFrame:
    """One row per quantity; columns and dtypes :data:`~casualty_reconcile.result.QUANTITY_DTYPES`."""
    rows: dict[str, list[Any]] = {name: [] for name in QUANTITY_DTYPES}
    claims = {c.claim_id: c for c in result.claims}
    for q in result.quantities:
        rows["event"].append(q.event)
        rows["category"].append(q.category.value)
        rows["group"].append(q.group)
        rows["location"].append(q.location)
        rows["n_claims"].append(q.n_claims)
        rows["n_documents"].append(q.n_documents)
        rows["n_origins"].append(q.n_origins)
        rows["stated"].append(stated_values(q, claims))
        rows["low"].append(q.low.value)
        rows["best"].append(q.best.value)
        rows["high"].append(q.high.value)
        rows["status"].append(q.status.value)
        rows["explanation"].append(q.explanation)
    return _frame(QUANTITY_DTYPES, rows, len(result.quantities))


def differences_frame(result: Reconciliation) -> pd.DataFrame:
    """One row per difference; columns and dtypes :data:`~casualty_reconcile.result.DIFFERENCE_DTYPES`."""
    rows: dict[str, list[Any]] = {name: [] for name in DIFFERENCE_DTYPES}
    for d in result.differences:
        rows["reason"].append(d.reason.value)
        rows["quantity_id"].append(d.quantity_id)
        rows["other_quantity_id"].append(d.other_quantity_id)
        rows["claim_id"].append(d.claim_id)
        rows["other_claim_id"].append(d.other_claim_id)
        rows["sentence"].append(d.sentence)
    return _frame(DIFFERENCE_DTYPES, rows, len(result.differences))


def _by_quantity(result: Reconciliation) -> dict[str, list[Difference]]:
    found: dict[str, list[Difference]] = {}
    for d in result.differences:
        found.setdefault(d.quantity_id, []).append(d)
    return found


def render_text(result: Reconciliation) -> str:
    """A plain-text report: each quantity, its figures by source and day, its estimates and reasons."""
    claims = {c.claim_id: c for c in result.claims}
    by_quantity = _by_quantity(result)
    n_conflicts = sum(1 for d in result.differences if d.reason is Reason.CONFLICT)
    lines = [
        f"Reconciliation (policy {result.policy}): {len(result.quantities)} quantities, "
        f"{len(result.differences)} differences, {n_conflicts} conflicts, {len(result.origins)} origins."
    ]
    events = {e.event_id: e for e in result.events}
    headed = len(events) > 1 or any(key != DEFAULT_EVENT for key in events)
    current: str | None = None
    for q in result.quantities:
        place = q.location or "place not stated"
        event = "" if q.event == DEFAULT_EVENT else f" (event {q.event})"
        if headed and q.event != current and q.event in events:
            current = q.event
            found = events[q.event]
            n = len(found.doc_ids)
            lines.append("")
            lines.append(f"== Event {found.event_id}: {found.label} ({n} document{'s' if n != 1 else ''}; {found.reason})")
        lines.append("")
        lines.append(f"{q.category.value} · {_group_word(q.category, q.group)} · {place}{event}: {q.status.value}")
        for cid in q.claim_ids:
            claim = claims.get(cid)
            if claim is None:
                continue
            origin = result.claim_origins.get(cid, "?")
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


def render_html(result: Reconciliation) -> str:
    """The reconciliation as an HTML table (Jupyter's view); every text is escaped."""
    claims = {c.claim_id: c for c in result.claims}
    by_quantity = _by_quantity(result)
    esc = html.escape
    parts = [
        "<table class='casualty-reconciliation'><thead><tr>"
        "<th>quantity</th><th>figures (day, figure, said by, origin)</th><th>low</th><th>best</th>"
        "<th>high</th><th>status</th><th>explanation and differences</th></tr></thead><tbody>"
    ]
    for q in result.quantities[:MAX_HTML_QUANTITIES]:
        figures = []
        for cid in q.claim_ids:
            claim = claims.get(cid)
            if claim is None:
                continue
            figures.append(
                f"{esc(_day_text(_day_of(claim)))}: <b>{esc(_stated(claim))}</b> "
                f"({esc(_who(claim))}; {esc(result.claim_origins.get(cid, '?'))}) "
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
    hidden = len(result.quantities) - MAX_HTML_QUANTITIES
    if hidden > 0:
        parts.append(f"<p>{hidden} more quantities not shown.</p>")
    return "".join(parts)
