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
    return [text for text in ax.texts if text.get_gid() == "bound-arrow"]


def figure_labels(ax: Any) -> list[str]:
    return sorted(text.get_text() for text in ax.texts if text.get_gid() == "figure-label")


def test_bounds_are_drawn_as_bounds_and_labelled_as_stated(reconciliation: Reconciliation) -> None:
    ax = plot_timeline(reconciliation, "deaths", group=None)
    # "more than 40" and "at least 164" point up, "up to 200" points down
    directions = sorted("up" if text.xyann[1] > 0 else "down" for text in arrows(ax))
    assert directions == ["down", "up", "up"]
    ranges = [c for c in ax.collections if isinstance(c, LineCollection)]
    widths = sorted(float(c.get_linewidth()[0]) for c in ranges)
    # a wide translucent band for "dutzende", bars for the range and for "up to 200" (0-200)
    assert widths == [2.0, 2.0, 9.0]
    assert figure_labels(ax) == sorted(
        ["26", "“dutzende Demonstranten” (24–199)", "more than 40", "at least 164", "up to 200", "150 to 180"]
    )


def test_a_line_per_origin_and_the_legend_outside(reconciliation: Reconciliation) -> None:
    ax = plot_timeline(reconciliation, "deaths")
    lines = [line for line in ax.get_lines() if line.get_gid() == "origin-line"]
    # everyone in Kazakhstan: the government's "more than 40" (Sat) and "at least 164" (Sun) joined
    assert len(lines) == 1 and len(lines[0].get_xdata()) == 2
    legend = ax.get_legend()
    assert legend.get_bbox_to_anchor().x0 > ax.get_window_extent().x1 - 1  # right of the axes
    names = [text.get_text() for text in legend.get_texts()]
    dated = [c for c in reconciliation.claims if c.category.value == "deaths" and c.group == "all" and c.as_of]
    assert names[: len({reconciliation.claim_origins[c.claim_id] for c in dated})] == list(
        dict.fromkeys(reconciliation.claim_origins[c.claim_id] for c in dated)
    )
    assert "vague amount (band: its range)" in names and "flagged: anecdotal, unverified, retracted" in names
    assert ax.get_title() == "Deaths · people · every place — Kazakhstan · protest · 2022-01-07 (1 without a day not shown)"
    assert ax.get_yscale() == "linear" and ax.get_ylim()[0] == 0


def test_filters_by_group_location_and_event() -> None:
    claims = [
        death("12 Tote", 0, 0, value=12, qualifier="exact", low=12, high=12, doc_id="a"),
        death("20 Tote", 1, 0, value=20, qualifier="exact", low=20, high=20, doc_id="b"),
        # a part of the area only where the text counts only that part (one event, one toll otherwise)
        death("5 Tote", 0, 50, value=5, qualifier="exact", low=5, high=5, doc_id="a", location="Almaty",
              sentence="Allein in Almaty gab es 5 Tote."),
        death("3 Tote", 300, 0, value=3, qualifier="exact", low=3, high=3, doc_id="c", location="Chile"),
    ]
    result = reconcile(claims, events={"a": "kz", "b": "kz", "c": "cl"})
    with pytest.raises(ValueError, match="2 events would share one time axis: choose one with event="):
        plot_timeline(result, "deaths")
    with pytest.raises(ValueError, match="no event 'x'"):
        plot_timeline(result, "deaths", event="x")
    assert figure_labels(plot_timeline(result, "deaths", event="kz")) == ["12", "20", "5"]
    assert figure_labels(plot_timeline(result, "deaths", event="kz", location="Almaty")) == ["5"]
    assert figure_labels(plot_timeline(result, "deaths", event="cl", location="Chile")) == ["3"]


def test_flagged_figures_are_marked_and_not_joined() -> None:
    claims = [
        death("1 Toter", 0, 0, value=1, qualifier="exact", low=1, high=1, doc_id="a", speaker="Kommersant",
              flags=("anecdotal",)),
        death("40 Tote", 1, 0, value=40, qualifier="exact", low=40, high=40, doc_id="b", speaker="Kommersant"),
    ]
    ax = plot_timeline(reconcile(claims), "deaths")
    assert figure_labels(ax) == ["1 [anecdotal]", "40"]
    assert not [line for line in ax.get_lines() if line.get_gid() == "origin-line"]
    assert [line for line in ax.get_lines() if line.get_gid() == "flagged"]


def test_log_scale_is_labelled_in_plain_numbers(reconciliation: Reconciliation) -> None:
    fig, (left, right) = plt.subplots(1, 2)
    assert plot_timeline(reconciliation, "arrests", ax=left) is left
    assert plot_timeline(reconciliation, "deaths", group=None, ax=right, yscale="log") is right
    assert right.get_yscale() == "log"
    fig.canvas.draw()
    ticks = [text.get_text() for text in right.get_yticklabels() if text.get_text()]
    assert ticks and all(tick.replace(",", "").replace(".", "").isdigit() for tick in ticks)  # no 10^2
    assert "100" in ticks or "200" in ticks
    assert figure_labels(left) == ["almost 6,000"]
    with pytest.raises(ValueError, match="yscale"):
        plot_timeline(reconciliation, "deaths", yscale="auto")  # type: ignore[arg-type]


def test_png(reconciliation: Reconciliation, tmp_path: Path) -> None:
    ax = plot_timeline(reconciliation, "deaths", group=None)
    target = tmp_path / "timeline.png"
    ax.figure.savefig(target)
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
