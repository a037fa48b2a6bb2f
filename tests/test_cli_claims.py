"""``casualty-reconcile reconcile --claims``: the claims ``extract --jsonl`` writes, reconciled as they are (a
fact-check tool stores claims, not always the texts), the same reconciliation as from the documents."""

from __future__ import annotations

import io
import json
from pathlib import Path

from casualty_reconcile.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def in_process(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def _seed_claims(*extra: str) -> str:
    status, out, err = in_process("extract", str(SEEDS), "--jsonl", "-q", *extra)
    assert status == 0, err
    return out


def test_claims_read_back_reconcile_as_their_documents(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(_seed_claims(), encoding="utf-8")
    status, from_docs, err = in_process("reconcile", str(SEEDS), "--json", "-q")
    assert status == 0, err
    status, from_claims, err = in_process("reconcile", "--claims", str(claims), "--json", "-q")
    assert status == 0, err
    assert json.loads(from_claims) == json.loads(from_docs)


def test_explained_claims_from_standard_input() -> None:
    status, out, err = in_process("reconcile", "--claims", "-", "--jsonl", "-q", stdin=_seed_claims("--explain").encode())
    assert status == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert any(record["record"] == "quantity" for record in records)


def test_a_bad_line_is_reported_and_the_other_claims_reconciled() -> None:
    lines = _seed_claims().splitlines()
    given = "\n".join(["not json", '{"text": "a document, not a claim"}', *lines, lines[0]]) + "\n"
    # (and lines no JSON reader survives unguarded: nested too deeply, not UTF-8, read as a document's line is)
    odd = b"[" * 100_000 + b"\n" + b"\xff{}\n"
    status, out, err = in_process("reconcile", "--claims", "-", "-q", stdin=given.encode() + odd)
    assert status == 1
    assert "<stdin>:1: malformed JSON" in err and "<stdin>:2: not a claim" in err
    assert f"<stdin>:{len(lines) + 3}: claim id" in err and f"{len(lines)} claim(s) read" in err
    assert f"<stdin>:{len(lines) + 4}: malformed JSON: nested too deeply" in err
    assert f"<stdin>:{len(lines) + 5}: not valid UTF-8" in err and "unexpected" not in err
    assert "Kazakhstan" in out


def test_no_claims_is_an_error() -> None:
    status, _, err = in_process("reconcile", "--claims", "-", "-q", stdin=b"\n")
    assert status == 1 and "no claims to read" in err
