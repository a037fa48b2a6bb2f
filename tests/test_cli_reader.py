"""The command line as a journalist meets it: headlines on standard input, another language named,
options that never silently do nothing, Markdown and ClaimReview output, examples in every ``--help``."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from casualty_reconcile.cli import LANGUAGE_ENV
from tests.test_cli import SEEDS, cli, in_process

HEADLINES = [
    "3 killed in Kabul blast",
    "Two dead in Texas shooting",
    "Police: 5 injured",
    "Gunman kills 4 in Ohio",
    "Fire kills 3 in Hamburg",
    "Six hurt in Leeds crash",
    "Quake toll rises to 200",
    "Bomb kills 7 at Lahore market",
    "12 Tote bei Anschlag in Berlin",
    "Drei Verletzte nach Explosion",
]


def test_short_headlines_are_read_in_their_language() -> None:
    pytest.importorskip("py3langid", reason="the short-text model is the 'lang' extra")
    payload = "".join(json.dumps({"doc_id": f"h{i}", "text": text}) + "\n" for i, text in enumerate(HEADLINES))
    status, out, err = in_process("extract", "-", "--jsonl", stdin=payload.encode())
    assert status == 0, err
    languages = {json.loads(line)["doc_id"]: json.loads(line)["language"] for line in out.splitlines()}
    assert languages["h0"] == "en" and languages["h8"] == "de"
    assert len(languages) >= 9  # every headline read (one may hold no claim the grammar knows)


def test_the_readme_headline_on_standard_input() -> None:
    pytest.importorskip("py3langid", reason="the short-text model is the 'lang' extra")
    result = cli("extract", "-", "--json", stdin=b"3 killed in Kabul blast\n")
    assert result.returncode == 0, result.stderr
    [claim] = json.loads(result.stdout)
    assert (claim["language"], claim["category"], claim["value"]) == ("en", "deaths", 3)


def test_another_language_is_named_as_not_supported() -> None:
    pytest.importorskip("py3langid", reason="the short-text model is the 'lang' extra")
    result = cli("extract", "-", stdin="Al menos 12 muertos en una explosión en Kabul".encode())
    assert result.returncode == 1
    assert "document 'stdin' is in es (Spanish), which is not supported (supported: de, en, fr)" in result.stderr


def test_the_language_default_is_set_once_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    status, _, err = in_process("extract", "-", "--json", stdin=b"xyz 12 abc 40 qrs")
    assert status == 0, err
    monkeypatch.setenv(LANGUAGE_ENV, "es")
    with pytest.raises(SystemExit) as caught:
        in_process("extract", "-", stdin=b"x")
    assert caught.value.code == 2


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("--differences",), id="differences-without-csv"),
        pytest.param(("--table", "claims", "--json"), id="table-with-json"),
        pytest.param(("--table", "all", "--csv"), id="all-in-one-csv"),
    ],
)
def test_an_option_that_would_do_nothing_is_refused(args: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        in_process("reconcile", str(SEEDS), *args)
    assert caught.value.code == 2
    assert "needs --" in capsys.readouterr().err


def test_reconcile_tables_join_on_their_ids() -> None:
    frames = {}
    for table in ("quantities", "differences", "claims"):
        status, out, err = in_process("reconcile", str(SEEDS), "--csv", "--table", table)
        assert status == 0, err
        frames[table] = pd.read_csv(io.StringIO(out))
    joined = frames["differences"].merge(frames["quantities"], on="quantity_id", suffixes=("", "_quantity"))
    assert len(joined) == len(frames["differences"])
    claims = frames["claims"].merge(frames["quantities"][["quantity_id", "status"]], on="quantity_id")
    assert len(claims) == len(frames["claims"]) and claims["origin"].notna().all()
    assert "sentence" in frames["claims"] and "explanation" in frames["differences"]
    assert "sentence" not in frames["differences"]


def test_markdown_report() -> None:
    status, out, err = in_process("reconcile", str(SEEDS), "--markdown")
    assert status == 0, err
    assert out.startswith("# Reconciliation (policy ucdp)")
    assert "### At a glance" in out and "| quantity | verdict | best estimate | latest figure of each origin |" in out
    assert "| deaths · people · Kazakhstan | consistent | at least 164 |" in out
    assert out.index("deaths · people") < out.index("arrests · people") < out.index("other · checkpoints")


def test_reconcile_jsonld_gives_draft_claim_reviews() -> None:
    status, out, err = in_process("reconcile", str(SEEDS), "--jsonld")
    assert status == 0, err
    graph = json.loads(out)["@graph"]
    assert graph and {node["@type"] for node in graph} == {"ClaimReview"}
    assert {"claimReviewed", "reviewRating", "itemReviewed", "url", "author", "datePublished"} <= set(graph[0])


@pytest.mark.parametrize("command", [(), ("extract",), ("reconcile",), ("schema",)])
def test_every_help_shows_examples(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        in_process(*command, "--help")
    assert caught.value.code == 0
    shown = capsys.readouterr().out
    assert "examples:" in shown and "casualty-reconcile " in shown.split("examples:")[1]


def test_version_does_not_load_pandas() -> None:
    """``--version`` answers fast: the package loads pandas only when a frame is made."""
    probe = "import sys, casualty_reconcile.cli; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    assert cli("--version").stdout.startswith("casualty-reconcile ")
