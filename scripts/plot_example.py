"""Draw docs/timeline.png, the example timeline the README shows: the seed articles' deaths and arrests.

Run: python scripts/plot_example.py (needs the plot extra).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

from casualty_reconcile import extract, plot_timeline, reconcile

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "timeline.png"


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0]).parse_args(argv)  # (--help, no options)
    seeds = ROOT / "seeds"
    claims = []
    for line in (seeds / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = (seeds / row["doc"]).read_text(encoding="utf-8")
        claims += extract(text, doc_id=row["doc"], source=row["outlet"], published=row["published"],
                          language=row["language"])
    result = reconcile(claims)
    fig, (deaths, arrests) = plt.subplots(2, 1, figsize=(10, 8.5), layout="constrained")
    plot_timeline(result, "deaths", group=None, ax=deaths)
    plot_timeline(result, "arrests", ax=arrests)
    TARGET.parent.mkdir(exist_ok=True)
    fig.savefig(TARGET, dpi=80, metadata={"Software": None})
    print(TARGET)


if __name__ == "__main__":
    main()
