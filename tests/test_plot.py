"""``plot_timeline``: figures over time per origin, bounds drawn as bounds (Agg backend, no screen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

matplotlib = pytest.importorskip("matplotlib", reason="needs the plot extra: pip install 'casualty_reconcile[plot]'")
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402

from casualty_reconcile import plot_timeline  # noqa: E402
from casualty_reconcile.models import Claim  # noqa: E402
from casualty_reconcile.reconcile import Reconciliation, reconcile  # noqa: E402
from tests.factories import make_claim  # noqa: E402

DAY = dt.date(2022, 1, 7)


def death(text: str, day: int | None, start: int, **fields: Any) -> Claim:
    as_of = DAY + dt.timedelta(days=day) if day is not None else None
    published = as_of.isoformat() if as_of else None
    return make_claim(text=text, start=start, as_of=as_of, published=published, **fields)


@pytest.fixture
def reconciliation() -> Reconciliation:
    claims = [
        death("26 Demonstranten", 0, 0, value=26, qualifier="exact", low=26, high=26, group="protesters", speaker="Innenministerium"),
        death("dutzende Demonstranten", 0, 100, value=None, qualifier="vague", low=24, high=199, group="protesters", speaker="Regierung"),
        death("mehr als 40 Tote", 1, 200, value=40, qualifier="more_than", low=41, high=None, speaker="Behörden"),
        death("mindestens 164 Todesopfern", 2, 300, value=164, qualifier="at_least", low=164, high=None, speaker="Gesundheitsministerium"),
        death("bis zu 200 Tote", 2, 400, value=200, qualifier="up_to", low=0, high=200, speaker="Opposition"),
        death("zwischen 150 und 180 Toten", 2, 500, value=150, qualifier="range", low=150, high=180, speaker="Ärzte"),
        death("viele Tote", None, 600, value=30, qualifier="about", low=27, high=33, speaker="Augenzeugen"),
        death("knapp 6000 Festnahmen", 2, 700, category="arrests", value=6000, qualifier="almost", low=5400, high=5999),
    ]
    return reconcile(claims)


@pytest.fixture(autouse=True)
def close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def arrows(ax: Any) -> list[Any]:
    return [text for text in ax.texts if getattr(text, "arrow_patch", None) is not None]


def test_bounds_are_drawn_as_bounds(reconciliation: Reconciliation) -> None:
    ax = plot_timeline(reconciliation, "deaths")
    # "more than 40" and "at least 164" point up, "up to 200" points down
    directions = sorted(
        "up" if text.xy[1] > text.xyann[1] else "down" for text in arrows(ax)
    )
    assert directions == ["down", "up", "up"]
    ranges = [c for c in ax.collections if isinstance(c, LineCollection)]
    widths = sorted(float(c.get_linewidth()[0]) for c in ranges)
    # a thick translucent band for "dutzende", thin bars for the range and for "up to 200" (0-200)
    assert widths == [1.5, 1.5, 7.0]
    labels = sorted(text.get_text() for text in ax.texts if getattr(text, "arrow_patch", None) is None)
    assert labels == sorted(["26", "24–199?", ">40", "≥164", "≤200", "150–180"])


def test_colours_are_origins_and_undated_figures_are_counted(reconciliation: Reconciliation) -> None:
    ax = plot_timeline(reconciliation, "deaths")
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    dated = [c for c in reconciliation.claims if c.category.value == "deaths" and c.as_of is not None]
    origins = sorted({reconciliation.claim_origins[c.claim_id] for c in dated})
    assert legend[: len(origins)] == origins
    assert "protesters, Kazakhstan" in legend
    assert ax.get_title() == "Deaths: figures by day and origin (1 without a day not shown)"
    assert ax.get_yscale() == "linear"  # 24 to 200: no need for a log scale


def test_given_axes_log_scale_and_png(reconciliation: Reconciliation, tmp_path: Path) -> None:
    fig, (left, right) = plt.subplots(1, 2)
    assert plot_timeline(reconciliation, "arrests", ax=left) is left
    assert plot_timeline(reconciliation, "deaths", ax=right, yscale="log") is right
    assert right.get_yscale() == "log"
    target = tmp_path / "timeline.png"
    fig.savefig(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_category_without_figures_and_an_unknown_one(reconciliation: Reconciliation) -> None:
    ax = plot_timeline(reconciliation, "troops")
    assert [text.get_text() for text in ax.texts] == ["no dated troops figures"]
    assert ax.get_legend() is None
    with pytest.raises(ValueError, match="unknown category 'dead': choose one of deaths"):
        plot_timeline(reconciliation, "dead")


def test_without_matplotlib_the_error_says_what_to_install(
    reconciliation: Reconciliation, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"pip install 'casualty_reconcile\[plot\]'"):
        plot_timeline(reconciliation, "deaths")
