"""What a reader sees of a :class:`~casualty_reconcile.result.Reconciliation`: frames and reports.

The reports lead with the answer. Per event, the quantities come in the order a reader asks for them
(deaths, injuries, arrests, then the rest; within each, everyone before a group, the whole place
before a part of it), first one line each ("At a glance": the verdict, the best estimate as stated and
the latest figure of each origin), then the detail: every figure by day with who said it, its origin
and its flags, the estimates as stated, the explanation and every difference.

``render_text`` is the plain-text report the command line prints, ``render_markdown`` the same in
Markdown (to paste into a fact-check draft) and ``render_html`` the tables Jupyter shows (every text
escaped, left-aligned). ``quantities_frame``, ``differences_frame`` and ``claims_frame`` give one row
per quantity, difference or claim with fixed columns and dtypes, joined by ``quantity_id`` and
``claim_id``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from .models import Category, Claim, Qualifier, published_day
from .result import (
    DEFAULT_EVENT,
    DIFFERENCE_DTYPES,
    MAX_HTML_QUANTITIES,
    QUANTITY_DTYPES,
    Difference,
    Estimate,
    Quantity,
    Reason,
    Reconciliation,
    Scope,
)
from .wording import _day_of, _day_text, _group_word, _stated, _value_text, _who

if TYPE_CHECKING:
    import pandas as pd

HEADLINE: Final = (Category.DEATHS, Category.INJURIES, Category.ARRESTS)
"""The categories a report leads with, in this order; the others follow in :class:`Category` order."""

SHOWN_FLAGS: Final = ("anecdotal", "unverified", "retracted", "correction")
"""The claim flags a report shows next to a figure (a figure that sums parts is marked "derived")."""

_CATEGORY_RANK: Final = {
    category: rank
    for rank, category in enumerate([*HEADLINE, *(c for c in Category if c not in HEADLINE)])
}
_ESTIMATE_WORD: Final = {"low": "from", "best": "counted as", "high": "up to"}


def _frame(dtypes: Mapping[str, Any], rows: dict[str, list[Any]], n: int) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {name: pd.Series(rows[name], dtype=dtype) for name, dtype in dtypes.items()},
        index=pd.RangeIndex(n),
    )


# ---- the pieces of a report ------------------------------------------------------------------------


def shown_flags(claim: Claim) -> tuple[str, ...]:
    """The flags a reader must see next to a figure: anecdotal, unverified, retracted, correction."""
    return tuple(flag for flag in SHOWN_FLAGS if flag in claim.flags)


def _with_bounds(claim: Claim) -> str:
    """The figure as stated, with the bounds it was read as when the words leave them open to reading:
    "almost 6,000 (5,400–5,999)", "about 2,500 (2,250–2,750)"; "at least 164" and "26" need none."""
    stated = _stated(claim)
    if claim.qualifier in (Qualifier.ABOUT, Qualifier.ALMOST) and claim.low is not None and claim.high is not None:
        return f"{stated} ({claim.low:,}–{claim.high:,})"
    return stated


def _flagged(claim: Claim, *, bounds: bool = True) -> str:
    """The figure as stated, its bounds when they need saying, and its shown flags: "1 [anecdotal]"."""
    flags = shown_flags(claim)
    return (_with_bounds(claim) if bounds else _stated(claim)) + (f" [{', '.join(flags)}]" if flags else "")


def ordered_quantities(result: Reconciliation) -> list[Quantity]:
    """The quantities in reading order: the events' own, then those of other incidents and periods
    (:attr:`~casualty_reconcile.result.Reconciliation.other_quantities`); deaths, injuries, arrests, the
    rest; everyone, then groups."""
    every = result.all_quantities()
    index = {q.quantity_id: i for i, q in enumerate(every)}
    return sorted(
        every,
        key=lambda q: (
            q.scope is not Scope.EVENT, _CATEGORY_RANK[q.category], q.group != "all", q.parent_id is not None, index[q.quantity_id]
        ),
    )


def events_of(result: Reconciliation) -> list[tuple[str, str, int, list[Quantity]]]:
    """``(event_id, label, number of documents, quantities in reading order)`` for each event."""
    ordered = ordered_quantities(result)
    claims = {c.claim_id: c for c in result.claims}
    known = {e.event_id: e for e in result.events}
    ids = [e.event_id for e in result.events]
    ids += sorted({q.event for q in ordered} - set(ids))
    grouped: dict[str, list[Quantity]] = {}
    for q in ordered:
        grouped.setdefault(q.event, []).append(q)
    found = []
    for event_id in ids:
        quantities = grouped.get(event_id, [])
        record = known.get(event_id)
        if record is not None:
            label, n_docs = record.label, len(record.doc_ids)
        else:
            label = "all documents" if event_id == DEFAULT_EVENT else event_id
            n_docs = len({claims[cid].doc_id for q in quantities for cid in q.claim_ids if cid in claims})
        if quantities:
            found.append((event_id, label, n_docs, quantities))
    return found


_SCOPE_WORDS: Final = {Scope.OTHER_INCIDENT: "another incident", Scope.PERIOD_TALLY: "a period's tally"}


def quantity_title(quantity: Quantity) -> str:
    """"deaths · people · Kazakhstan"; of another incident or a period, which it is: "deaths · people ·
    Chicago (another incident)"."""
    place = quantity.location or "place not stated"
    apart = f" ({_SCOPE_WORDS[quantity.scope]})" if quantity.scope in _SCOPE_WORDS else ""
    return f"{quantity.category.value} · {_group_word(quantity.category, quantity.group)} · {place}{apart}"


def estimate_text(estimate: Estimate, claims: Mapping[str, Claim], role: str) -> str:
    """An estimate as stated: "almost 6,000 (counted as 5,999)", "at least 164", "open".

    The figure behind the estimate (``Estimate.claim_ids``) comes first, as its article states it;
    the number the policy took from it follows in brackets when it differs from what was stated.
    """
    if estimate.value is None:
        return _value_text(None, open_end=role == "high")
    number = f"{estimate.value:,}"
    stated = list(dict.fromkeys(_stated(claims[cid]) for cid in estimate.claim_ids if cid in claims))
    if len(stated) != 1:
        return number
    if stated[0] == number or stated[0].endswith(" " + number):  # "at least 164": the number stated
        return stated[0]
    return f"{stated[0]} ({_ESTIMATE_WORD.get(role, 'as')} {number})"


def estimates_text(quantity: Quantity, claims: Mapping[str, Claim]) -> str:
    """"low at least 164 (from 164) · best at least 164 (counted as 164) · high open"."""
    return " · ".join(
        f"{role} {estimate_text(getattr(quantity, role), claims, role)}" for role in ("low", "best", "high")
    )


def best_stated(quantity: Quantity, claims: Mapping[str, Claim]) -> str:
    """The best estimate as its article states it: "almost 6,000", "at least 164"."""
    best = quantity.best
    stated = list(dict.fromkeys(_stated(claims[cid]) for cid in best.claim_ids if cid in claims))
    if len(stated) == 1:
        return stated[0]
    return _value_text(best.value, open_end=False)


def latest_by_origin(
    quantity: Quantity, claims: Mapping[str, Claim], claim_origins: Mapping[str, str]
) -> list[tuple[str, Claim]]:
    """``(origin, its latest figure)`` for each origin of a quantity, the latest figure first."""
    latest: dict[str, Claim] = {}
    for cid in quantity.claim_ids:  # ordered by day
        claim = claims.get(cid)
        if claim is not None:
            origin = claim_origins.get(cid, "unknown")
            latest.pop(origin, None)
            latest[origin] = claim
    return list(reversed(latest.items()))


def glance_parts(result: Reconciliation, quantity: Quantity, claims: Mapping[str, Claim]) -> tuple[str, str, str, str]:
    """The cells of a quantity's one line: title, verdict, best estimate as stated, latest figure of each origin."""
    latest = "; ".join(
        f"{origin}: {_flagged(claim, bounds=False)} ({_day_text(_day_of(claim))})"
        for origin, claim in latest_by_origin(quantity, claims, result.claim_origins)
    )
    return quantity_title(quantity), quantity.status.value, best_stated(quantity, claims), latest


def _by_quantity(result: Reconciliation) -> dict[str, list[Difference]]:
    found: dict[str, list[Difference]] = {}
    for d in result.differences:
        found.setdefault(d.quantity_id, []).append(d)
    return found


def _summary(result: Reconciliation) -> str:
    n_conflicts = sum(1 for d in result.differences if d.reason is Reason.CONFLICT)
    others = f" (and {len(result.other_quantities)} of other incidents or periods)" if result.other_quantities else ""
    return (
        f"{len(result.quantities)} quantities{others}, {len(result.differences)} differences, {n_conflicts} conflicts, "
        f"{len(result.origins)} origins."
    )


def _documents(n: int) -> str:
    return f"{n} document{'s' if n != 1 else ''}"


# ---- text --------------------------------------------------------------------------------------------


def render_text(result: Reconciliation) -> str:
    """A plain-text report that leads with the answer: per event, one line per quantity, then the detail."""
    claims = {c.claim_id: c for c in result.claims}
    by_quantity = _by_quantity(result)
    lines = [f"Reconciliation (policy {result.policy}): {_summary(result)}"]
    events = events_of(result)
    reasons = {e.event_id: e.reason for e in result.events}
    for event_id, label, n_docs, quantities in events:
        heading = f"{label} ({_documents(n_docs)})"
        if len(events) > 1 or event_id != DEFAULT_EVENT:  # several events, or one the caller named
            how = f"; {reasons[event_id]}" if event_id in reasons else ""
            heading = f"Event {event_id}: {label} ({_documents(n_docs)}{how})"
        lines += ["", f"== {heading} ==", "", "At a glance"]
        for q in quantities:
            title, verdict, best, latest = glance_parts(result, q, claims)
            lines.append(f"  {title}: {verdict} · best {best} · latest by origin: {latest}")
        lines += ["", "Detail"]
        for q in quantities:
            lines.append("")
            lines.append(f"{quantity_title(q)}: {q.status.value}")
            for cid in q.claim_ids:
                claim = claims.get(cid)
                if claim is None:
                    continue
                origin = result.claim_origins.get(cid, "?")
                lines.append(
                    f"  {_day_text(_day_of(claim)):<16} {_flagged(claim):<34} {_who(claim)} [{origin}] ({claim.doc_id})"
                )
            lines.append(f"  {estimates_text(q, claims)}")
            lines.append(f"  {q.explanation}")
            for d in by_quantity.get(q.quantity_id, []):
                lines.append(f"  - {d.reason.value}: {d.sentence}")
    return "\n".join(lines) + "\n"


# ---- Markdown ----------------------------------------------------------------------------------------

_MD_SPECIAL: Final = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})


def md(text: str) -> str:
    """Text safe in a Markdown table cell or paragraph: special characters escaped, one line."""
    return " ".join(text.split()).translate(_MD_SPECIAL)


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return lines


def render_markdown(result: Reconciliation) -> str:
    """The report in Markdown, to paste into a fact-check draft: a table per event, then the detail."""
    claims = {c.claim_id: c for c in result.claims}
    by_quantity = _by_quantity(result)
    lines = [f"# Reconciliation (policy {result.policy})", "", md(_summary(result))]
    for _, label, n_docs, quantities in events_of(result):
        lines += ["", f"## {md(label)}", "", f"{_documents(n_docs)}.", "", "### At a glance", ""]
        lines += _md_table(
            ("quantity", "verdict", "best estimate", "latest figure of each origin"),
            [glance_parts(result, q, claims) for q in quantities],
        )
        lines += ["", "### Detail"]
        for q in quantities:
            lines += ["", f"#### {md(quantity_title(q))}: {q.status.value}", ""]
            rows = []
            for cid in q.claim_ids:
                claim = claims.get(cid)
                if claim is not None:
                    rows.append(
                        (
                            _day_text(_day_of(claim)),
                            _with_bounds(claim),
                            _who(claim),
                            result.claim_origins.get(cid, "?"),
                            claim.doc_id,
                            ", ".join(shown_flags(claim)),
                        )
                    )
            lines += _md_table(("day", "figure", "said by", "origin", "document", "flags"), rows)
            lines += ["", f"Estimates: {md(estimates_text(q, claims))}.", "", md(q.explanation)]
            differences = by_quantity.get(q.quantity_id, [])
            if differences:
                lines.append("")
                lines += [f"- **{d.reason.value}**: {md(d.sentence)}" for d in differences]
    return "\n".join(lines) + "\n"


# ---- HTML --------------------------------------------------------------------------------------------

_CELL: Final = 'style="text-align:left;vertical-align:top"'


def _html_row(cells: Sequence[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag} {_CELL}>{cell}</{tag}>" for cell in cells) + "</tr>"


def render_html(result: Reconciliation) -> str:
    """The reconciliation as HTML (Jupyter's view): per event a table at a glance, then the detail.

    Every text is escaped; cells are left-aligned and sentences wrap rather than being cut.
    """
    claims = {c.claim_id: c for c in result.claims}
    by_quantity = _by_quantity(result)
    esc = html.escape
    parts = [f"<div class='casualty-reconcile-report'><p>Reconciliation (policy {esc(result.policy)}): {esc(_summary(result))}</p>"]
    shown = 0
    for _, label, n_docs, quantities in events_of(result):
        quantities = quantities[: max(0, MAX_HTML_QUANTITIES - shown)]
        shown += len(quantities)
        if not quantities:
            continue
        parts.append(f"<h4>{esc(label)} ({esc(_documents(n_docs))})</h4>")
        parts.append("<table class='casualty-glance'><thead>")
        parts.append(_html_row(["quantity", "verdict", "best estimate", "latest figure of each origin"], "th"))
        parts.append("</thead><tbody>")
        for q in quantities:
            title, verdict, best, latest = glance_parts(result, q, claims)
            parts.append(_html_row([esc(title), f"<strong>{esc(verdict)}</strong>", esc(best), esc(latest)]))
        parts.append("</tbody></table>")
        parts.append("<table class='casualty-reconciliation'><thead>")
        parts.append(_html_row(["quantity", "figures (day, figure, said by, origin)", "estimates", "status",
                                "explanation and differences"], "th"))
        parts.append("</thead><tbody>")
        for q in quantities:
            figures = []
            for cid in q.claim_ids:
                claim = claims.get(cid)
                if claim is None:
                    continue
                flags = shown_flags(claim)
                flag_html = f" <em>[{esc(', '.join(flags))}]</em>" if flags else ""
                figures.append(
                    f"{esc(_day_text(_day_of(claim)))}: <b>{esc(_with_bounds(claim))}</b>{flag_html} "
                    f"({esc(_who(claim))}; {esc(result.claim_origins.get(cid, '?'))}) "
                    f"<span title='{esc(claim.sentence, quote=True)}'>[{esc(claim.doc_id)}]</span>"
                )
            reasons = "".join(
                f"<li><b>{esc(d.reason.value)}</b>: {esc(d.sentence)}</li>" for d in by_quantity.get(q.quantity_id, [])
            )
            estimates = "<br>".join(
                f"{role} {esc(estimate_text(getattr(q, role), claims, role))}" for role in ("low", "best", "high")
            )
            parts.append(
                _html_row(
                    [esc(quantity_title(q)), "<br>".join(figures), estimates, esc(q.status.value),
                     f"{esc(q.explanation)}<ul>{reasons}</ul>"]
                )
            )
        parts.append("</tbody></table>")
    hidden = len(result.quantities) + len(result.other_quantities) - shown
    if hidden > 0:
        parts.append(f"<p>{hidden} more quantities not shown.</p>")
    parts.append("</div>")
    return "".join(parts)


# ---- frames ------------------------------------------------------------------------------------------


def _day(value: str | None) -> Any:
    """A day for a datetime64 column (``None`` when not known to the day)."""
    import numpy as np

    day = published_day(value) if isinstance(value, str) else value
    return None if day is None else np.datetime64(day, "s")


def stated_values(quantity: Quantity, claims: Mapping[str, Claim]) -> str:
    """A quantity's figures as stated, by day: "Sat 2022-01-08: more than 40; Sun 2022-01-09: at least 164"."""
    shown = [claims[cid] for cid in quantity.claim_ids if cid in claims]
    return "; ".join(f"{_day_text(_day_of(c))}: {_flagged(c)}" for c in shown)


def quantities_frame(result: Reconciliation) -> pd.DataFrame:
    """One row per quantity; columns and dtypes :data:`~casualty_reconcile.result.QUANTITY_DTYPES`."""
    rows: dict[str, list[Any]] = {name: [] for name in QUANTITY_DTYPES}
    claims = {c.claim_id: c for c in result.claims}
    labels = {e.event_id: e.label for e in result.events}
    every = result.all_quantities()
    for q in every:
        latest = claims.get(q.latest_claim_id)
        day = _day_of(latest) if latest is not None else None
        rows["quantity_id"].append(q.quantity_id)
        rows["event"].append(q.event)
        rows["event_label"].append(labels.get(q.event, "all documents" if q.event == DEFAULT_EVENT else q.event))
        rows["category"].append(q.category.value)
        rows["group"].append(q.group)
        rows["scope"].append(q.scope.value)
        rows["location"].append(q.location)
        rows["parent_id"].append(q.parent_id)
        rows["status"].append(q.status.value)
        rows["best_stated"].append(best_stated(q, claims))
        rows["low"].append(q.low.value)
        rows["best"].append(q.best.value)
        rows["high"].append(q.high.value)
        rows["latest_claim_id"].append(q.latest_claim_id)
        rows["latest_day"].append(_day(day.isoformat()) if day is not None else None)
        rows["n_claims"].append(q.n_claims)
        rows["n_documents"].append(q.n_documents)
        rows["n_origins"].append(q.n_origins)
        rows["origins"].append(";".join(q.origins))
        rows["stated"].append(stated_values(q, claims))
        rows["explanation"].append(q.explanation)
    return _frame(_dtypes(QUANTITY_DTYPES), rows, len(every))


def differences_frame(result: Reconciliation) -> pd.DataFrame:
    """One row per difference; columns and dtypes :data:`~casualty_reconcile.result.DIFFERENCE_DTYPES`."""
    rows: dict[str, list[Any]] = {name: [] for name in DIFFERENCE_DTYPES}
    for d in result.differences:
        rows["reason"].append(d.reason.value)
        rows["quantity_id"].append(d.quantity_id)
        rows["other_quantity_id"].append(d.other_quantity_id)
        rows["claim_id"].append(d.claim_id)
        rows["other_claim_id"].append(d.other_claim_id)
        rows["explanation"].append(d.sentence)
    return _frame(_dtypes(DIFFERENCE_DTYPES), rows, len(result.differences))


def claims_frame(result: Reconciliation, urls: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The claims of a reconciliation, with the quantity, event and origin each belongs to.

    The columns of :data:`~casualty_reconcile.frame.CLAIM_DTYPES` then ``quantity_id`` and ``event``;
    ``origin`` is the reconciliation's origin of each figure and ``origin_type`` its kind.
    """
    import pandas as pd

    from .frame import to_frame

    quantity_of = {cid: q for q in result.all_quantities() for cid in q.claim_ids}
    frame = to_frame(result.claims, origins=result.claim_origins, urls=urls)
    kinds = {origin.name: origin.type.value for origin in result.origins}  # the kind of the origin as reconciled
    frame["origin_type"] = pd.Series([kinds.get(name) for name in frame["origin"].tolist()], dtype="string")
    frame["quantity_id"] = pd.Series([quantity_of[c].quantity_id if c in quantity_of else None for c in frame["claim_id"]],
                                     dtype="string")
    frame["event"] = pd.Series([quantity_of[c].event if c in quantity_of else None for c in frame["claim_id"]],
                               dtype="string")
    return frame


def _dtypes(declared: Mapping[str, str]) -> dict[str, Any]:
    """The declared dtype names as pandas dtypes (``category:deaths,...`` is an ordered set of categories)."""
    from .frame import pandas_dtype

    return {name: pandas_dtype(name, dtype) for name, dtype in declared.items()}
