"""Claims read back for ``casualty-reconcile reconcile --claims``: JSON Lines of claims, one claim a line, as
``casualty-reconcile extract --jsonl`` (or ``--jsonl --explain``) writes them.

A fact-check tool stores the claims it extracted (and perhaps corrected by hand), not always the texts they
came from; ``reconcile --claims`` reconciles those claims as they are, without reading any document again.
A line that is no claim is reported with its file and line, like an unreadable document, and the other
claims are still reconciled. A claim id given twice is a problem of its second line (the claims of two runs
pasted together): the first claim stands."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

from pydantic import ValidationError

from .io import DocumentError, _parse_object
from .models import Claim
from .safety import display_path


class _Reporter(Protocol):
    def report(self, where: str, problem: str) -> None: ...


def _lines(name: str, stdin: BinaryIO | None) -> Iterator[tuple[str, int, bytes]]:
    """The lines of one input (``-``: standard input), each with the name it is shown by and its number."""
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        for number, line in enumerate(stream, 1):
            yield "<stdin>", number, line
        return
    path = Path(name)
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            yield display_path(path), number, line


def _problem(exc: ValidationError) -> str:
    """The first error of a claim that does not validate, in one line."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "claim"
    return f"not a claim: {where}: {first.get('msg', 'invalid')}"


def read_claims(inputs: Sequence[str], stdin: BinaryIO | None, run: _Reporter) -> list[Claim]:
    """The claims of JSON Lines files (``-``: standard input), in order, each problem reported to ``run``."""
    claims: list[Claim] = []
    seen: set[str] = set()
    for name in inputs:
        try:
            for shown, number, raw in _lines(name, stdin):
                if not raw.strip():
                    continue
                where = f"{shown}:{number}"
                try:  # a JSON object, as a document's line is read (not UTF-8, malformed, nested too deeply)
                    record = _parse_object(raw, shown, number)
                except DocumentError as exc:
                    run.report(where, exc.problem)
                    continue
                if "claim_id" not in record:
                    run.report(where, "not a claim (no claim_id): reconcile --claims reads what extract --jsonl writes")
                    continue
                record.pop("trace", None)  # (extract --jsonl --explain: the rules that decided it)
                try:
                    claim = Claim.model_validate(record)
                except ValidationError as exc:
                    run.report(where, _problem(exc))
                    continue
                if claim.claim_id in seen:
                    run.report(where, f"claim id {claim.claim_id!r} given before (this claim skipped)")
                    continue
                seen.add(claim.claim_id)
                claims.append(claim)
        except OSError as exc:
            run.report(name, f"cannot read: {exc.strerror or exc}")
    return claims
