"""``plot_timeline``: the figures of one quantity over time, a line per origin, each figure labelled as stated.

Needs the optional ``plot`` extra (``pip install 'casualty_reconcile[plot]'``, matplotlib), imported
only when a plot is drawn.

What a reader sees, for one event and one category (filtered further by ``group`` and ``location``):

* each origin (who the figure really comes from) has a colour and a line joining its figures by day;
  the marker shape is the quantity (who was counted, where) when several are drawn;
* each figure is labelled as its article states it ("at least 164", "almost 6,000", "“Dutzende”
  (24–199)"; the same figure from the same origin on one day once, "(2 reports)");
* "at least" / "more than": an arrow pointing up from the stated number (no upper bound);
  "at most" / "up to" / "fewer than": an arrow pointing down;
* "about" / "almost" / a range: a bar over the interval it allows;
* a vague amount ("Dutzende"): a hollow marker on a wide translucent band over its whole interval;
* a flagged figure (anecdotal, unverified, retracted): a grey marker edged in its origin's colour, the flag
  in its label; anecdotal and retracted figures are not joined into their origin's line.

The y axis is linear from zero by default (``yscale="log"`` for figures that span orders of
magnitude, labelled in plain numbers); the legend sits outside the axes, to the right.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .models import Category, Claim, Qualifier, published_day

if TYPE_CHECKING:
    from .result import Quantity, Reconciliation

_MARKERS = ("o", "s", "D", "P", "X", "h", "*", "p", "8", "d")  # no triangles: they would read as arrows
_UP = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_DOWN = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.UP_TO})
_SHOWN_FLAGS = ("anecdotal", "unverified", "retracted")
_NOT_A_TOLL = frozenset({"anecdotal", "retracted"})
_FLAG_COLOUR = "0.55"


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("plot_timeline needs matplotlib: pip install 'casualty_reconcile[plot]'") from None
    return plt


def _day(claim: Claim) -> dt.date | None:
    return claim.as_of or published_day(claim.published)


def stated_label(claim: Claim) -> str:
    """The figure as stated, short: "at least 164", "almost 6,000", "“Dutzende” (24–199)", "150 to 180"."""
    from .wording import _bounds_text, _stated, balanced_quotes

    if claim.qualifier is Qualifier.VAGUE or claim.value is None:
        words = balanced_quotes(claim.text.strip())
        if 0 < len(words) <= 40:  # as in the report
            return f"“{words}” ({_bounds_text(claim.low, claim.high)})"
        return f"a vague amount ({_bounds_text(claim.low, claim.high)})"
    return _stated(claim)


def _anchor(claim: Claim) -> float | None:
    """The height of a figure's marker: the stated number (for a vague amount, the middle of its range)."""
    if claim.qualifier in _DOWN:
        return float(claim.high) if claim.high is not None else None
    if claim.value is not None and claim.qualifier is not Qualifier.VAGUE:
        return float(claim.value)
    if claim.low is not None and claim.high is not None:
        return math.sqrt(max(claim.low, 1) * max(claim.high, 1))
    if claim.low is not None:
        return float(claim.low)
    return float(claim.value) if claim.value is not None else None


def _flags(claim: Claim) -> tuple[str, ...]:
    return tuple(flag for flag in _SHOWN_FLAGS if flag in claim.flags)


def _quantity_label(quantity: Quantity) -> str:
    from .wording import _group_word

    place = quantity.location or "place not stated"
    return f"{_group_word(quantity.category, quantity.group)}, {place}"


def select_quantities(
    reconciliation: Reconciliation,
    category: Category,
    *,
    event: str | None = None,
    group: str | None = "all",
    location: str | None = None,
) -> list[Quantity]:
    """The quantities a timeline draws; ValueError when several events would share one axis."""
    of_category = [q for q in reconciliation.quantities if q.category is category]
    events = sorted({q.event for q in reconciliation.quantities})
    if event is None and len(events) > 1:
        labels = {e.event_id: e.label for e in reconciliation.events}
        listed = "; ".join(f"{key!r} ({labels.get(key, key)})" for key in events)
        raise ValueError(f"{len(events)} events would share one time axis: choose one with event=, from {listed}")
    if event is not None and event not in events:
        raise ValueError(f"no event {event!r}: choose one of {', '.join(map(repr, events))}")
    return [
        q
        for q in of_category
        if (event is None or q.event == event)
        and (group is None or q.group == group)
        and (location is None or q.location == location)
    ]


def plot_timeline(
    reconciliation: Reconciliation,
    category: Category | str = Category.DEATHS,
    *,
    event: str | None = None,
    group: str | None = "all",
    location: str | None = None,
    ax: Any = None,
    yscale: Literal["linear", "log"] = "linear",
    legend: bool = True,
) -> Any:
    """Draw the figures of one category over time; returns the matplotlib ``Axes``.

    ``event`` picks the event (required when the reconciliation holds several); ``group`` the group
    counted (default ``"all"``: everyone; ``None``: every group); ``location`` the place (default:
    every place). ``ax`` is drawn into when given (else a new figure is made). ``yscale`` is
    ``"linear"`` (from zero, the default) or ``"log"``. Figures with no known day are left out and
    counted in the title.
    """
    try:
        wanted = Category(category)
    except ValueError:
        raise ValueError(
            f"unknown category {category!r}: choose one of {', '.join(c.value for c in Category)}"
        ) from None
    if yscale not in ("linear", "log"):
        raise ValueError(f"yscale must be 'linear' or 'log', not {yscale!r}")
    quantities = select_quantities(reconciliation, wanted, event=event, group=group, location=location)
    plt = _pyplot()
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 5), layout="constrained")

    claims_by_id = {c.claim_id: c for c in reconciliation.claims}
    origin_of = reconciliation.claim_origins
    quantity_of = {cid: q for q in quantities for cid in q.claim_ids}
    chosen = [claims_by_id[cid] for q in quantities for cid in q.claim_ids if cid in claims_by_id]
    dated = [c for c in chosen if _day(c) is not None and _anchor(c) is not None]
    undated = len(chosen) - len(dated)

    origins = list(dict.fromkeys(origin_of.get(c.claim_id, "unknown") for c in dated))
    palette = plt.rcParams["axes.prop_cycle"].by_key().get("color", ["C0"])
    style = _Style(
        colour={name: palette[i % len(palette)] for i, name in enumerate(origins)},
        marker={
            qid: _MARKERS[i % len(_MARKERS)]
            for i, qid in enumerate(dict.fromkeys(quantity_of[c.claim_id].quantity_id for c in dated))
        },
        use_log=yscale == "log",
    )
    points = _points(dated, origin_of, quantity_of)
    by_day: dict[dt.date, list[tuple[str, str, str]]] = {}
    for day, origin, qid, label in points:
        by_day.setdefault(day, []).append((origin, qid, label))

    heights = [h for c in dated for h in (c.low, c.high, _anchor(c)) if h is not None and h > 0]
    top = max(heights) if heights else 1.0
    series, labels = _draw_figures(ax, points, by_day, style)
    _draw_labels(ax, labels, style.use_log, top)
    for (origin, _qid), days in series.items():
        if len(days) > 1:  # one point a day: the origin's highest figure
            xy = [max(days[day], key=lambda point: point[1]) for day in sorted(days)]
            ax.plot([p[0] for p in xy], [p[1] for p in xy], color=style.colour[origin], linewidth=1.6, alpha=0.7,
                    zorder=1, gid="origin-line")
    _draw_axes(ax, style.use_log, top if heights else None, by_day)
    ax.set_ylabel(f"{wanted.value} (log scale)" if style.use_log else wanted.value)
    ax.set_title(_title(reconciliation, wanted, quantities, event, group, location, undated))
    if not dated:
        ax.text(0.5, 0.5, f"no dated {wanted.value} figures", transform=ax.transAxes, ha="center", va="center")
    ax.grid(True, which="major", axis="y", alpha=0.3)
    if legend and dated:
        _draw_legend(ax, style, origins, quantities)
    return ax


@dataclass(frozen=True)
class _Style:
    """How a timeline tells its figures apart: a colour per origin, a marker per quantity, the scale."""

    colour: dict[str, Any]
    marker: dict[str, str]
    use_log: bool


def _points(
    dated: Sequence[Claim], origin_of: Mapping[str, str], quantity_of: Mapping[str, Quantity]
) -> dict[tuple[dt.date, str, str, str], list[Claim]]:
    """The figures to draw: the same figure from the same origin for the same quantity on the same day
    is drawn once (day, origin, quantity, label and flags -> its claims)."""
    points: dict[tuple[dt.date, str, str, str], list[Claim]] = {}
    for claim in dated:
        day = _day(claim)
        assert day is not None
        key = (day, origin_of.get(claim.claim_id, "unknown"), quantity_of[claim.claim_id].quantity_id,
               stated_label(claim) + "|" + ",".join(_flags(claim)))
        points.setdefault(key, []).append(claim)
    return points


def _draw_figures(
    ax: Any,
    points: dict[tuple[dt.date, str, str, str], list[Claim]],
    by_day: dict[dt.date, list[tuple[str, str, str]]],
    style: _Style,
) -> tuple[dict[tuple[str, str], dict[dt.date, list[tuple[float, float]]]], dict[dt.date, list[tuple[float, float, str, str]]]]:
    """Each figure's marker, its bar or arrow; returns the points of each origin's line and the labels by day."""
    from matplotlib import dates

    mdates: Any = dates  # matplotlib.dates is only partly typed
    series: dict[tuple[str, str], dict[dt.date, list[tuple[float, float]]]] = {}
    labels: dict[dt.date, list[tuple[float, float, str, str]]] = {}
    for (day, origin, qid, label), same in points.items():
        claim = same[0]
        siblings = by_day[day]
        n = len(siblings)
        offset = (siblings.index((origin, qid, label)) - (n - 1) / 2) * min(0.12, 0.5 / n)
        x = mdates.date2num(day) + offset
        y = _anchor(claim)
        assert y is not None
        flags = _flags(claim)
        _draw_figure(ax, claim, x, y, style.colour[origin], style.marker[qid], flags, style.use_log)
        text = label.split("|", 1)[0]
        if len(same) > 1:
            text += f" ({len(same)} reports)"
        if flags:
            text += f" [{', '.join(flags)}]"
        labels.setdefault(day, []).append((x, y, text, "0.35" if flags else "0.1"))
        if not _NOT_A_TOLL.intersection(flags):
            series.setdefault((origin, qid), {}).setdefault(day, []).append((x, y))
    return series, labels


def _draw_figure(
    ax: Any, claim: Claim, x: float, y: float, c: Any, marker: str, flags: tuple[str, ...], use_log: bool
) -> None:
    """One figure: a bar over its interval, an arrow where it is open, its marker."""
    face = _FLAG_COLOUR if flags else c
    vague = claim.qualifier is Qualifier.VAGUE or claim.value is None
    if claim.low is not None and claim.high is not None and claim.low != claim.high:
        ax.vlines(
            x, max(claim.low, 1) if use_log else claim.low, claim.high, colors=c,
            linewidth=9 if vague else 2, alpha=0.25 if vague else 0.8, zorder=2,
        )
    if claim.qualifier in _UP or claim.qualifier in _DOWN:
        up = claim.qualifier in _UP  # an arrow of fixed length: the bound is open that way
        ax.annotate(
            "", xy=(x, y), xytext=(0, 24 if up else -24), textcoords="offset points", zorder=3,
            arrowprops={"arrowstyle": "<|-", "color": c, "linewidth": 1.5, "shrinkA": 0, "shrinkB": 0},
        )
        ax.texts[-1].set_gid("bound-arrow")
    ax.plot(
        [x], [y], linestyle="none", marker=marker, markersize=8, zorder=4,
        markerfacecolor="white" if vague else face, markeredgecolor=c,
        markeredgewidth=1.5,
    )
    if flags:
        ax.lines[-1].set_gid("flagged")


def _draw_labels(ax: Any, labels: dict[dt.date, list[tuple[float, float, str, str]]], use_log: bool, top: float) -> None:
    """Per day one column of labels right of the day's last marker, stacked so that none covers another,
    each joined to its marker by a thin leader when it had to move."""
    for day_labels in labels.values():
        column = max(x for x, _, _, _ in day_labels) + 0.06
        placed: list[float] = []
        for x, y, text, shade in sorted(day_labels, key=lambda item: item[1]):
            at = y
            if placed:
                at = max(y, placed[-1] * 1.2) if use_log else max(y, placed[-1] + 0.05 * top)
            placed.append(at)
            moved = at != y or column - x > 0.07
            ax.annotate(
                text, (x, y), xytext=(column, at), textcoords="data", fontsize=8, va="center", color=shade,
                gid="figure-label", annotation_clip=False,
                arrowprops={"arrowstyle": "-", "color": "0.75", "linewidth": 0.6, "shrinkA": 1, "shrinkB": 4}
                if moved else None,
            )


def _draw_axes(ax: Any, use_log: bool, top: float | None, by_day: Mapping[dt.date, object]) -> None:
    """The y scale in plain numbers (``top``: the highest figure, ``None`` when there is none) and the days."""
    from matplotlib import dates, ticker

    mdates: Any = dates  # matplotlib.dates is only partly typed
    if use_log:
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(ticker.LogLocator(base=10, subs=(1.0, 2.0, 3.0, 5.0, 7.0)))
        plain = ticker.FuncFormatter(lambda value, _: f"{value:,.0f}" if value >= 1 else f"{value:g}")
        ax.yaxis.set_major_formatter(plain)
        ax.yaxis.set_minor_formatter(ticker.NullFormatter())
    else:
        ax.set_ylim(0, top * 1.18 if top is not None else 1)
        ax.yaxis.set_major_formatter(ticker.FuncFormatter(lambda value, _: f"{value:,.0f}"))
    if by_day:
        first, last = min(by_day), max(by_day)
        span = (last - first).days
        ax.set_xlim(mdates.date2num(first) - 0.6, mdates.date2num(last) + 0.6 + max(0.8, span * 0.25))
        locator = mdates.DayLocator() if span <= 14 else mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _draw_legend(ax: Any, style: _Style, origins: Sequence[str], quantities: Sequence[Quantity]) -> None:
    """The legend, outside the axes: the origins, the quantities when several, what each mark means."""
    from matplotlib.lines import Line2D

    handles: list[Any] = [
        Line2D([], [], color=style.colour[name], marker="o", linewidth=1.6, label=name) for name in origins
    ]
    if len(style.marker) > 1:
        by_id = {q.quantity_id: q for q in quantities}
        handles += [
            Line2D([], [], linestyle="none", marker=marker, markersize=7, color="0.3",
                   label=_quantity_label(by_id[qid]))
            for qid, marker in style.marker.items()
        ]
    handles += [
        Line2D([], [], linestyle="none", marker="^", color="0.3", label="at least / more than (arrow up)"),
        Line2D([], [], linestyle="none", marker="v", color="0.3", label="at most / up to (arrow down)"),
        Line2D([], [], color="0.3", linewidth=2, label="about / almost / range (bar)"),
        Line2D([], [], linestyle="none", marker="o", markerfacecolor="white", color="0.3",
               label="vague amount (band: its range)"),
        Line2D([], [], linestyle="none", marker="o", color=_FLAG_COLOUR,
               label="flagged: anecdotal, unverified, retracted"),
    ]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0,
              title="origin (colour, line)", title_fontsize=8, frameon=False)


def _title(
    reconciliation: Reconciliation,
    category: Category,
    quantities: Sequence[Quantity],
    event: str | None,
    group: str | None,
    location: str | None,
    undated: int,
) -> str:
    from .wording import _group_word

    who = "every group" if group is None else _group_word(category, group)
    where = location or "every place"
    labels = {e.event_id: e.label for e in reconciliation.events}
    events = sorted({q.event for q in quantities}) if event is None else [event]
    title = f"{category.value.capitalize()} · {who} · {where}"
    if events:
        title += f" — {labels.get(events[0], events[0])}"
    if undated:
        title += f" ({undated} without a day not shown)"
    return title


def categories_of(reconciliation: Reconciliation) -> Sequence[Category]:
    """The categories that have at least one figure, in :class:`Category` order."""
    present = {c.category for c in reconciliation.claims}
    return [c for c in Category if c in present]


__all__ = ["categories_of", "plot_timeline", "select_quantities", "stated_label"]
