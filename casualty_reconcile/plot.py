"""``plot_timeline``: the figures of one category over time, one colour per origin, bounds drawn as bounds.

Needs the optional ``plot`` extra (``pip install 'casualty_reconcile[plot]'``, matplotlib), imported
only when a plot is drawn.

How each figure is drawn at its day (``as_of``, else the day it was published):

* an exact figure: a filled marker;
* "at least" / "more than": a marker at the lower bound with an arrow pointing up (no upper bound);
* "at most" / "less than" / "up to": a marker at the upper bound with an arrow pointing down;
* "about" / "almost" / a range: a marker at the stated value with a bar over its interval;
* a vague amount ("Dutzende"): a hollow marker and a thick translucent bar over its whole interval.

Colour is the origin (who the figure really comes from), the marker shape the quantity (who was
counted, where). Figures on the same day are spread a little sideways so none hides another.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from .models import Category, Claim, Qualifier, published_day

if TYPE_CHECKING:
    from .reconcile import Reconciliation

_MARKERS = ("o", "s", "D", "P", "X", "h", "*", "p", "8", "d")  # no triangles: they would read as arrows
_UP = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_DOWN = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.UP_TO})


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("plot_timeline needs matplotlib: pip install 'casualty_reconcile[plot]'") from None
    return plt


def _day(claim: Claim) -> dt.date | None:
    return claim.as_of or published_day(claim.published)


def _short(claim: Claim) -> str:
    """The figure in a few characters: ``≥164``, ``>40``, ``~2,500``, ``<6,000``, ``24–199?``."""
    q, v = claim.qualifier, claim.value
    if q is Qualifier.VAGUE or v is None:
        low = f"{claim.low:,}" if claim.low is not None else "?"
        high = f"{claim.high:,}" if claim.high is not None else ""
        return f"{low}–{high}?"
    if q is Qualifier.RANGE:
        return f"{v:,}–{claim.high:,}" if claim.high is not None else f"≥{v:,}"
    prefix = {
        Qualifier.AT_LEAST: "≥",
        Qualifier.MORE_THAN: ">",
        Qualifier.AT_MOST: "≤",
        Qualifier.LESS_THAN: "<",
        Qualifier.UP_TO: "≤",
        Qualifier.ABOUT: "~",
        Qualifier.ALMOST: "<",
    }.get(q, "")
    return f"{prefix}{v:,}"


def _anchor(claim: Claim) -> float | None:
    """The height of a figure's marker."""
    if claim.qualifier in _DOWN:
        return float(claim.high) if claim.high is not None else None
    if claim.value is not None and claim.qualifier not in _UP:
        return float(claim.value)
    if claim.low is not None and claim.high is not None:
        return math.sqrt(max(claim.low, 1) * max(claim.high, 1))
    if claim.low is not None:
        return float(claim.low)
    return float(claim.value) if claim.value is not None else None


def plot_timeline(
    reconciliation: Reconciliation,
    category: Category | str = Category.DEATHS,
    *,
    ax: Any = None,
    yscale: Literal["auto", "linear", "log"] = "auto",
    legend: bool = True,
) -> Any:
    """Draw the ``category`` figures of ``reconciliation`` over time; returns the matplotlib ``Axes``.

    ``ax`` is drawn into when given (else a new figure is made). ``yscale="auto"`` uses a log
    scale when the figures span more than a factor of 20. Figures with no known day are left out
    and counted in the title.
    """
    try:
        wanted = Category(category)
    except ValueError:
        raise ValueError(
            f"unknown category {category!r}: choose one of {', '.join(c.value for c in Category)}"
        ) from None
    plt = _pyplot()
    from matplotlib import dates

    mdates: Any = dates  # matplotlib.dates is only partly typed
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if ax is None:
        _, ax = plt.subplots(figsize=(9, 5), layout="constrained")

    quantity_of = {cid: q for q in reconciliation.quantities for cid in q.claim_ids}
    claims = [c for c in reconciliation.claims if c.category is wanted]
    dated = [c for c in claims if _day(c) is not None and _anchor(c) is not None]
    undated = len(claims) - len(dated)

    origins = sorted({reconciliation.claim_origins.get(c.claim_id, "unknown") for c in dated})
    palette = plt.rcParams["axes.prop_cycle"].by_key().get("color", ["C0"])
    colour = {name: palette[i % len(palette)] for i, name in enumerate(origins)}
    quantity_keys: list[str] = []
    for claim in dated:
        label = _quantity_label(quantity_of.get(claim.claim_id), claim)
        if label not in quantity_keys:
            quantity_keys.append(label)
    marker = {key: _MARKERS[i % len(_MARKERS)] for i, key in enumerate(quantity_keys)}

    heights = [h for c in dated for h in (c.low, c.high, _anchor(c)) if h is not None and h > 0]
    use_log = yscale == "log" or (
        yscale == "auto" and bool(heights) and min(heights) > 0 and max(heights) / min(heights) > 20
    )
    top = max(heights) if heights else 1.0
    arrow_factor = 1.8 if use_log else None

    # the same figure from the same origin for the same quantity on the same day is drawn once ("×2")
    by_day: dict[dt.date, dict[tuple[str, str, str, int | None, int | None], list[Claim]]] = {}
    for claim in sorted(dated, key=lambda c: (_day(c), _anchor(c), c.doc_id, c.start)):
        day = _day(claim)
        assert day is not None
        key = (
            reconciliation.claim_origins.get(claim.claim_id, "unknown"),
            _quantity_label(quantity_of.get(claim.claim_id), claim),
            claim.qualifier.value,
            claim.low,
            claim.high,
        )
        by_day.setdefault(day, {}).setdefault(key, []).append(claim)

    for day, figures in by_day.items():
        n = len(figures)
        for i, same in enumerate(figures.values()):
            claim = same[0]
            offset = (i - (n - 1) / 2) * min(0.25, 0.75 / n)
            x = mdates.date2num(day) + offset
            y = _anchor(claim)
            assert y is not None
            origin = reconciliation.claim_origins.get(claim.claim_id, "unknown")
            c = colour[origin]
            m = marker[_quantity_label(quantity_of.get(claim.claim_id), claim)]
            vague = claim.qualifier is Qualifier.VAGUE
            if claim.low is not None and claim.high is not None and claim.low != claim.high:
                ax.vlines(
                    x, max(claim.low, 1) if use_log else claim.low, claim.high, colors=c,
                    linewidth=7 if vague else 1.5, alpha=0.3 if vague else 0.9, zorder=2,
                )
            if claim.qualifier in _UP or claim.qualifier in _DOWN:
                up = claim.qualifier in _UP
                if arrow_factor is not None:
                    end = y * arrow_factor if up else y / arrow_factor
                else:
                    end = y + 0.12 * top if up else max(y - 0.12 * top, 0)
                ax.annotate(
                    "", xy=(x, end), xytext=(x, y), zorder=3,
                    arrowprops={"arrowstyle": "-|>", "color": c, "linewidth": 1.5, "shrinkA": 0, "shrinkB": 0},
                )
            ax.plot(
                [x], [y], linestyle="none", marker=m, markersize=8, zorder=4,
                markerfacecolor="white" if vague else c, markeredgecolor=c, markeredgewidth=1.5,
            )
            label = _short(claim) + (f" ×{len(same)}" if len(same) > 1 else "")
            ax.annotate(label, (x, y), xytext=(5, 0), textcoords="offset points", fontsize=7, va="center", color="0.2")

    if use_log:
        ax.set_yscale("log")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    if by_day:
        first, last = min(by_day), max(by_day)
        ax.set_xlim(mdates.date2num(first) - 0.7, mdates.date2num(last) + 0.9)
    ax.set_ylabel(f"{wanted.value} (log scale)" if use_log else wanted.value)
    title = f"{wanted.value.capitalize()}: figures by day and origin"
    if undated:
        title += f" ({undated} without a day not shown)"
    if not dated:
        ax.text(0.5, 0.5, f"no dated {wanted.value} figures", transform=ax.transAxes, ha="center", va="center")
    ax.set_title(title)
    ax.grid(True, which="major", axis="y", alpha=0.3)
    if legend and dated:
        handles: list[Any] = [Patch(facecolor=colour[name], label=name) for name in origins]
        handles += [
            Line2D([], [], linestyle="none", marker=marker[key], markersize=7, color="0.4", label=key)
            for key in quantity_keys
        ]
        ax.legend(handles=handles, fontsize=8, loc="best", title="origin (colour) · quantity (marker)",
                  title_fontsize=8)
    return ax


def _quantity_label(quantity: Any, claim: Claim) -> str:
    group = quantity.group if quantity is not None else (claim.group or "all")
    location = quantity.location if quantity is not None else claim.location
    return f"{group}, {location}" if location else str(group)


def categories_of(reconciliation: Reconciliation) -> Sequence[Category]:
    """The categories that have at least one figure, in :class:`Category` order."""
    present = {c.category for c in reconciliation.claims}
    return [c for c in Category if c in present]


__all__ = ["categories_of", "plot_timeline"]
