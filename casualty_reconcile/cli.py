"""The ``casualty-reconcile`` command (also ``python -m casualty_reconcile``).

::

    casualty-reconcile reconcile seeds/          # per event: the answer first (one line a quantity), then the detail
    casualty-reconcile reconcile seeds/ --markdown
    casualty-reconcile extract seeds/ --csv      # every claim, one row each
    casualty-reconcile extract docs.jsonl --jsonl
    cat article.txt | casualty-reconcile extract - --language de --published 2022-01-09
    casualty-reconcile schema claim              # the JSON Schema of what --json emits

A document that cannot be read or has bad metadata is reported on standard error in one line naming
the file and line; the others are still processed, and the exit status is 1. Usage errors exit with 2.
The command never ends in a traceback: a document the engine fails on is reported like an unreadable
one, and a failure of the surroundings (a closed pipe, a full disk, Ctrl-C) ends the run with one line
and a status (1, or 130 for an interrupt). ``-o`` is written under a temporary name and renamed into
place only when the whole output is written, and may not name an input.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import time
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, TextIO

from . import cli_parser
from .cli_parser import EXAMPLES as EXAMPLES
from .cli_parser import LANGUAGE_ENV, PROG, _check
from .cli_parser import POLICIES as POLICIES
from .cli_parser import TABLES as TABLES
from .errors import CasualtyReconcileError
from .io import Document, DocumentError, DocumentReader, Source, collect_sources, is_document_file
from .models import Claim
from .safety import AtomicOutput, csv_cell, display_path, escape_controls

PROGRESS_DELAY = 0.5
"""Seconds before a progress bar appears (short runs never show one)."""


class Progress:
    """A one-line progress bar on a terminal's standard error; silent when that is not a terminal."""

    def __init__(
        self, total: int, stream: TextIO, *, enabled: bool = True, delay: float = PROGRESS_DELAY, width: int = 24
    ) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and _isatty(stream)
        self.delay = delay
        self.width = width
        self.files = self.documents = self.claims = 0
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def update(self, *, files: int = 0, documents: int = 0, claims: int = 0) -> None:
        self.files += files
        self.documents += documents
        self.claims += claims
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start < self.delay or now - self._last < 0.1:
            return
        self._last = now
        self._draw()

    def line(self) -> str:
        done = min(self.files, self.total)
        filled = round(self.width * done / self.total) if self.total else 0
        bar = "#" * filled + "-" * (self.width - filled)
        return f"[{bar}] {done:,}/{self.total:,} files · {self.documents:,} documents · {self.claims:,} claims"

    def _draw(self) -> None:
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


def _isatty(stream: IO[Any]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Run:
    """Documents read and claims extracted in one command, with the problems met on the way."""

    def __init__(self, stderr: TextIO) -> None:
        self.stderr = stderr
        self.documents: list[Document] = []
        self.problems: list[str] = []
        self.progress: Progress | None = None

    def report(self, where: str, problem: str) -> None:
        where = escape_controls(where)
        self.problems.append(where)
        if self.progress is not None:
            self.progress.close()
        self.stderr.write(f"{PROG}: error: {where}: {escape_controls(problem)}\n")
        self.stderr.flush()

    def warn(self, where: str, message: str) -> None:
        if self.progress is not None:
            self.progress.close()
        self.stderr.write(f"{PROG}: warning: {escape_controls(where)}: {escape_controls(' '.join(message.split()))}\n")
        self.stderr.flush()


def _claims(
    run: Run,
    sources: Sequence[Source],
    args: argparse.Namespace,
    stdin: BinaryIO | None,
    progress: Progress,
) -> Iterator[list[Claim]]:
    """The claims of each readable document, reporting every problem in the order of the documents.

    The documents are read in batches, the engine's stages each over a whole batch
    (:func:`casualty_reconcile.extract.extract_many`, much faster for many short documents); what a
    batch reports is reported, and its claims given, document by document once it has run."""
    from .extract import _BATCH_CHARS, _BATCH_DOCUMENTS

    reader = DocumentReader(stdin=stdin)
    steps: list[_Step] = []
    queued = chars = 0  # the documents of the batch for the engine, and their characters
    # the first batch is one document, each next one twice the last, up to _BATCH_DOCUMENTS: the first
    # claims come out at once (and a reader that goes away, "| head", is met before much more is read)
    size = 1
    for source in sources:
        for item in _documents(reader, source):
            step = item if isinstance(item, DocumentError) else _prepare(item, args)
            steps.append(step)
            if isinstance(step, _Prepared) and step.job is not None and not isinstance(step.job, list):
                queued, chars = queued + 1, chars + len(step.item.text)
                if queued >= size or chars >= _BATCH_CHARS:
                    yield from _run_steps(run, steps, progress)
                    steps, queued, chars, size = [], 0, 0, min(2 * size, _BATCH_DOCUMENTS)
        steps.append(None)  # the source read
    yield from _run_steps(run, steps, progress)


@dataclass(slots=True)
class _Prepared:
    """A document made ready for the engine (``job``: an ``extract._Job``; a list: its claims, known
    without the engine; ``None``: skipped), and what to report or warn about it (``notes``, in order,
    each ``(is_problem, message)``)."""

    item: Document
    job: Any
    notes: list[tuple[bool, str]]


_Step = DocumentError | _Prepared | None  # None: the end of a source


def _run_steps(run: Run, steps: list[_Step], progress: Progress) -> Iterator[list[Claim]]:
    """Run a batch's documents through the engine, then report and give each step's result in order."""
    from .extract import _run_each

    jobs = [step.job for step in steps if isinstance(step, _Prepared) and step.job is not None and not isinstance(step.job, list)]
    results = iter(_run_each(jobs))
    for step in steps:
        if step is None:
            progress.update(files=1)
            continue
        if isinstance(step, DocumentError):
            run.report(step.where, step.problem)
            continue
        item = step.item
        for message in item.warnings:
            run.warn(item.where, message)
        for problem, message in step.notes:
            (run.report if problem else run.warn)(item.where, message)
        if step.job is None:
            continue
        claims = step.job if isinstance(step.job, list) else next(results)
        if isinstance(claims, CasualtyReconcileError):
            run.report(item.where, f"{claims} (document {item.doc_id!r} skipped)")
            continue
        if isinstance(claims, Exception):  # a failure of the engine on this document: the others are still read
            run.report(item.where, f"could not read document {item.doc_id!r}: {type(claims).__name__}: {claims} (document skipped)")
            continue
        run.documents.append(item)
        progress.update(documents=1, claims=len(claims))
        yield list(claims)


def _undetected(doc_id: str, supported: Sequence[str]) -> str:
    from .detect import model_available

    hint = "" if model_available() else "; for short texts install the language model: pip install 'casualty_reconcile[lang]'"
    return (
        f"could not tell the language of document {doc_id!r} (supported: {', '.join(supported)}); "
        f"give --language, a 'language' field or set {LANGUAGE_ENV}{hint} (document skipped)"
    )


def _identify(text: str, doc_id: str) -> tuple[str | None, str | None]:
    """``(language, None)``, ``(None, problem)`` for another language, or ``(None, None)`` when unclear.

    Unclear is left to ``extract`` (its warning becomes the "could not tell" problem).
    """
    from . import textnorm
    from .detect import identify_language, language_name
    from .lang import SUPPORTED

    found = identify_language(textnorm.normalize(text)[0])  # the text extract() reads, zero-width marks gone
    if found.other is not None:
        return None, (
            f"document {doc_id!r} is in {language_name(found.other)}, which is not supported "
            f"(supported: {', '.join(SUPPORTED)}) (document skipped)"
        )
    return found.language, None


def _documents(reader: DocumentReader, source: Source) -> Iterator[Document | DocumentError]:
    """The documents of one source; an unexpected failure of the reader ends the source with an error."""
    try:
        yield from reader.read(source)
    except (KeyboardInterrupt, OSError) as exc:
        if isinstance(exc, OSError) and exc.filename is not None:  # a file of the source, not standard output
            yield DocumentError(source.display, None, f"cannot read: {exc.strerror}")
            return
        raise
    except Exception as exc:
        yield DocumentError(source.display, None, f"cannot read: {type(exc).__name__}: {exc} (rest of this input skipped)")


def _prepare(item: Document, args: argparse.Namespace) -> _Prepared:
    """A document made ready for the engine, or why it has none: its language told, its metadata read
    (any failure is one line naming the document: the run goes on with the others)."""
    from .extract import LanguageNotDetectedWarning, _job
    from .lang import SUPPORTED

    notes: list[tuple[bool, str]] = []
    try:
        language = item.language if item.language is not None else args.language
        if language is None:
            language, problem = _identify(item.text, item.doc_id)
            if problem is not None:
                return _Prepared(item, None, [(True, problem)])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            job = _job(
                item.text,
                item.doc_id,
                item.source if item.source is not None else args.source,
                item.published if item.published is not None else args.published,
                language,
                getattr(args, "explain", False),
            )
    except CasualtyReconcileError as exc:
        return _Prepared(item, None, [(True, f"{exc} (document {item.doc_id!r} skipped)")])
    except Exception as exc:  # a failure on this document: the others are still read
        return _Prepared(item, None, [(True, f"could not read document {item.doc_id!r}: {type(exc).__name__}: {exc} (document skipped)")])
    undetected = [w for w in caught if issubclass(w.category, LanguageNotDetectedWarning)]
    notes += [(False, str(warning.message)) for warning in caught if warning not in undetected]
    if undetected:
        return _Prepared(item, None, [*notes, (True, _undetected(item.doc_id, SUPPORTED))])
    return _Prepared(item, job, notes)


def _claims_csv(claims: Sequence[Claim], urls: dict[str, str], *, raw: bool = False) -> str:
    from .frame import to_frame

    return _frame_csv(to_frame(claims, urls=urls), raw=raw)


def _frame_csv(frame: Any, *, raw: bool = False) -> str:
    """CSV of a frame (days as ``YYYY-MM-DD``, lists joined with ``;``); a text cell a spreadsheet would
    run as a formula gets a leading ``'`` (see :func:`casualty_reconcile.safety.csv_cell`) unless ``raw``."""
    import pandas as pd

    from .frame import claims_csv_frame

    frame = claims_csv_frame(frame)
    for name in frame.columns:
        column = frame[name]
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype):
            cells = [";".join(map(str, value)) if isinstance(value, (tuple, list)) else value for value in column]
            if not raw:
                cells = [csv_cell(value) for value in cells]
            frame[name] = pd.Series(cells, index=frame.index, dtype=object)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def _table_width(stream: TextIO) -> int:
    columns = shutil.get_terminal_size((120, 24)).columns if _isatty(stream) else 120
    return max(16, min(48, columns // 4))


def _finish(run: Run, stdout: TextIO, stderr: TextIO, quiet: bool) -> int:
    stdout.flush()
    if run.problems:
        shown = ", ".join(run.problems[:10]) + (f" and {len(run.problems) - 10} more" if len(run.problems) > 10 else "")
        stderr.write(
            f"{PROG}: {len(run.problems)} problem(s), skipped: {shown}; "
            f"{len(run.documents)} document(s) processed\n"
        )
        return 1
    if not run.documents:
        stderr.write(f"{PROG}: no documents to read\n")
        return 1
    return 0


def _start(args: argparse.Namespace, stderr: TextIO) -> tuple[Run, list[Source], Progress]:
    """The run, its input sources (unreadable ones reported) and its progress bar."""
    run = Run(stderr)
    sources, errors = collect_sources(args.inputs, input_format=args.input_format)
    for error in errors:
        run.report(error.where, error.problem)
    progress = run.progress = Progress(len(sources), stderr, enabled=not args.quiet)
    return run, sources, progress


def _explained(claim: Claim) -> str:
    """A claim's JSON with the rules that decided it."""
    return json.dumps({**claim.model_dump(mode="json"), "trace": list(claim.trace)}, ensure_ascii=False)


def cmd_extract(args: argparse.Namespace, stdin: BinaryIO | None, stdout: TextIO, stderr: TextIO) -> int:
    from .display import render_claims_text

    run, sources, progress = _start(args, stderr)
    claims: list[Claim] = []
    try:
        for batch in _claims(run, sources, args, stdin, progress):
            if args.format == "jsonl":
                for claim in batch:
                    stdout.write((_explained(claim) if args.explain else claim.model_dump_json()) + "\n")
            else:
                claims.extend(batch)
    finally:
        progress.close()
    if args.format == "json":
        dumped = [{**claim.model_dump(mode="json"), **({"trace": list(claim.trace)} if args.explain else {})} for claim in claims]
        json.dump(dumped, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    elif args.format == "csv":
        stdout.write(_claims_csv(claims, _urls(run), raw=args.csv_raw))
    elif args.format == "jsonld":
        from .jsonld import dumps, to_jsonld

        stdout.write(dumps(to_jsonld(claims, urls=_urls(run))) + "\n")
    elif args.format == "table":
        stdout.write(escape_controls(render_claims_text(claims, max_width=_table_width(stdout)), keep_newlines=True) + "\n")
        for claim in claims if args.explain else ():  # the rules that decided each claim, in order
            stdout.write(escape_controls(f"\n{claim.text!r} ({claim.category.value}, {claim.doc_id}):\n  " + "\n  ".join(claim.trace), keep_newlines=True) + "\n")
        if claims and not args.quiet:
            stdout.write(f"\n{len(claims):,} claim(s) in {len(run.documents):,} document(s)\n")
    return _finish(run, stdout, stderr, args.quiet)


def cmd_reconcile(args: argparse.Namespace, stdin: BinaryIO | None, stdout: TextIO, stderr: TextIO) -> int:
    from .reconcile import reconcile

    run, sources, progress = _start(args, stderr)
    claims: list[Claim] = []
    try:
        for batch in _claims(run, sources, args, stdin, progress):
            claims.extend(batch)
    finally:
        progress.close()
    events = {doc.doc_id: doc.event for doc in run.documents if doc.event is not None}
    result = reconcile(claims, policy=args.policy, events=events or None)
    if args.event is not None:
        try:
            result = result.of_event(args.event)
        except KeyError as exc:
            stderr.write(f"{PROG}: error: {exc.args[0]}\n")
            return 2
    if args.format == "json":
        stdout.write(result.model_dump_json(indent=2) + "\n")
    elif args.format == "jsonl":
        stdout.write(_reconciliation_jsonl(result, args.table))
    elif args.format == "csv":
        if args.table == "claims":
            frame = result.claims_frame(_urls(run))
        else:
            frame = result.differences_frame() if args.table == "differences" else result.to_frame()
        stdout.write(_frame_csv(frame, raw=args.csv_raw))
    elif args.format == "markdown":
        stdout.write(result.render_markdown())
    elif args.format == "jsonld":
        from .jsonld import claim_reviews, dumps

        stdout.write(dumps(claim_reviews(result, urls=_urls(run))) + "\n")
    else:
        stdout.write(escape_controls(result.render_text().rstrip("\n"), keep_newlines=True) + "\n")
    return _finish(run, stdout, stderr, args.quiet)


def _urls(run: Run) -> dict[str, str]:
    return {doc.doc_id: doc.url for doc in run.documents if doc.url}


def _reconciliation_jsonl(result: Any, table: str) -> str:
    """One JSON record a line, each tagged with its ``record`` type: quantities and their differences.

    ``table`` ("quantities", "differences" or "claims") keeps one kind; "all" (the default) writes each
    quantity followed by its differences.
    """
    lines = []
    by_quantity: dict[str, list[Any]] = {}
    for d in result.differences:
        by_quantity.setdefault(d.quantity_id, []).append(d)
    if table == "claims":
        return "".join(json.dumps({"record": "claim", **c.model_dump(mode="json")}, ensure_ascii=False) + "\n"
                       for c in result.claims)
    for quantity in result.all_quantities():  # the events' own, then other incidents' and periods'
        if table in ("all", "quantities"):
            lines.append({"record": "quantity", **quantity.model_dump(mode="json")})
        if table in ("all", "differences"):
            lines.extend({"record": "difference", **d.model_dump(mode="json")} for d in by_quantity.get(quantity.quantity_id, []))
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def cmd_schema(args: argparse.Namespace, stdin: BinaryIO | None, stdout: TextIO, stderr: TextIO) -> int:
    from .schema import bundle, render, schemas

    available = schemas()
    if args.name is None:
        stdout.write(render(bundle(available)))
        return 0
    if args.name not in available:
        stderr.write(f"{PROG}: error: no schema {args.name!r}: choose from {', '.join(sorted(available))}\n")
        return 2
    stdout.write(render(available[args.name]))
    return 0



def build_parser() -> argparse.ArgumentParser:
    """The command's parser (built in :mod:`casualty_reconcile.cli_parser`), each command run by its function here."""
    return cli_parser.build_parser(extract=cmd_extract, reconcile=cmd_reconcile, schema=cmd_schema)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit status (never raises but for ``SystemExit`` on usage errors)."""
    out = stdout if stdout is not None else sys.stdout
    err: TextIO = stderr if stderr is not None else (sys.stderr or open(os.devnull, "w"))
    for stream in (out, err):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in ("extract", "reconcile"):
        _check(parser, args)
    try:
        return _run(args, stdin, out, err)
    except KeyboardInterrupt:
        _say(err, "interrupted", start="\n")
        return 130
    except BrokenPipeError:
        # the reader went away (as with '| head'): it has what it wanted, so stop quietly and well
        _silence(out)
        return 0
    except OSError as exc:  # a full disk, a closed stream
        _say(err, f"error: cannot write {_stream_name(exc, args)}: {exc.strerror or exc}")
        _silence(out)
        return 1
    except Exception as exc:  # a last resort: one line, not a traceback
        _say(err, f"error: unexpected {type(exc).__name__}: {escape_controls(str(exc))} (please report this)")
        return 1


def _run(args: argparse.Namespace, stdin: BinaryIO | None, out: TextIO | None, err: TextIO) -> int:
    output = getattr(args, "output", None)
    if output:
        problem = _output_problem(output, getattr(args, "inputs", []))
        if problem is not None:
            _say(err, f"error: {problem}")
            return 2
        target = AtomicOutput(output)
        try:
            handle = target.__enter__()
        except OSError as exc:
            _say(err, f"error: cannot write {display_path(output)}: {exc.strerror or exc}")
            return 2
        try:
            status: int = args.run(args, stdin, handle, err)
        except BaseException as exc:
            target.__exit__(type(exc), exc, exc.__traceback__)
            raise
        target.__exit__(None, None, None)
        return status
    if out is None:
        _say(err, "error: standard output is closed; give -o FILE")
        return 2
    status = args.run(args, stdin, out, err)
    out.flush()
    return status


def _output_problem(output: str, inputs: Sequence[str]) -> str | None:
    """Why ``-o output`` cannot be written: it is an input, or a document file in an input folder."""
    from pathlib import Path

    target = Path(output)
    resolved = target.resolve()
    for item in inputs:
        if item == "-":
            continue
        path = Path(item)
        try:
            same = path.exists() and target.exists() and os.path.samefile(path, target)
        except OSError:
            same = False
        if same or path.resolve() == resolved:
            return f"-o {display_path(output)} is also an input: write the output elsewhere"
        if (
            path.is_dir()
            and path.resolve() in resolved.parents
            and is_document_file(resolved)
            and not any(part.startswith(".") for part in resolved.relative_to(path.resolve()).parts)
        ):
            return (
                f"-o {display_path(output)} is inside the input folder {display_path(item)}, whose "
                f"{resolved.suffix} files are read as documents: write the output elsewhere"
            )
    return None


def _stream_name(exc: OSError, args: argparse.Namespace) -> str:
    if exc.filename is not None:
        return display_path(exc.filename)
    output = getattr(args, "output", None)
    return display_path(output) if output else "standard output"


def _say(err: TextIO, message: str, *, start: str = "") -> None:
    """One line on standard error; nothing when that is gone too."""
    try:
        err.write(f"{start}{PROG}: {message}\n")
        err.flush()
    except (OSError, ValueError):
        pass


def _silence(out: TextIO | None) -> None:
    """Point standard output at the null device, so that the interpreter's last flush cannot fail."""
    if out is not None and out is sys.stdout:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
        except (OSError, ValueError):
            pass


def _run_module() -> None:  # pragma: no cover - exercised through subprocesses
    sys.exit(main())


__all__ = ["Progress", "build_parser", "main"]

