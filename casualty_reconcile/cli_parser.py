"""The options of the ``casualty-reconcile`` command: its parser, the examples of each ``--help``, and the
checks of option combinations (the commands themselves are in :mod:`casualty_reconcile.cli`)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import Any, BinaryIO, TextIO

from . import __version__
from .errors import CasualtyReconcileError
from .models import normalize_published

Command = Callable[[argparse.Namespace, BinaryIO | None, TextIO, TextIO], int]
"""A command's function: ``(args, stdin, stdout, stderr) -> exit status``."""

PROG = "casualty-reconcile"
POLICIES = ("acled", "ucdp", "intersection")
"""The choices of ``reconcile --policy`` (those of :data:`casualty_reconcile.reconcile.POLICIES`)."""

LANGUAGE_ENV = "CASUALTY_RECONCILE_LANGUAGE"
"""The environment variable that gives ``--language`` its default (set it once for a folder of headlines)."""


def _language(value: str) -> str:
    from .lang import get_language

    try:
        get_language(value)
    except CasualtyReconcileError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _date(value: str) -> str:
    try:
        normalized = normalize_published(value)
    except CasualtyReconcileError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert normalized is not None
    return normalized


EXAMPLES: dict[str, str] = {
    "": """examples:
  casualty-reconcile reconcile seeds/                 the report: per event, the answer first, then the detail
  casualty-reconcile reconcile seeds/ --markdown      the same, to paste into a fact-check draft
  casualty-reconcile extract seeds/ --csv -o claims.csv
  echo "3 killed in Kabul blast" | casualty-reconcile extract -
  casualty-reconcile schema claim

Run '%(prog)s COMMAND -h' for a command's options.""",
    "extract": """examples:
  casualty-reconcile extract seeds/                   a table of every claim
  casualty-reconcile extract seeds/ --csv -o claims.csv
  casualty-reconcile extract docs.jsonl --jsonl       one claim per line
  echo "3 killed in Kabul blast" | casualty-reconcile extract -
  cat artikel.txt | casualty-reconcile extract - --language de --published 2022-01-09
  casualty-reconcile extract seeds/ --jsonld          schema.org Claim JSON-LD

The language of a document is its 'language' field, else --language, else the
CASUALTY_RECONCILE_LANGUAGE environment variable, else detected from the text (short
headlines need the optional model: pip install 'casualty_reconcile[lang]').""",
    "reconcile": """examples:
  casualty-reconcile reconcile seeds/                 the report
  casualty-reconcile reconcile seeds/ --markdown > report.md
  casualty-reconcile reconcile seeds/ --csv -o quantities.csv
  casualty-reconcile reconcile seeds/ --csv --table differences -o differences.csv
  casualty-reconcile reconcile seeds/ --csv --table claims -o claims.csv
  casualty-reconcile reconcile seeds/ --jsonl         quantities, each followed by its differences
  casualty-reconcile reconcile seeds/ --jsonld        draft ClaimReview JSON-LD for a fact-check page

The tables join on quantity_id and claim_id (see the README's table of columns).""",
    "schema": """examples:
  casualty-reconcile schema                           one JSON Schema with every record ($defs)
  casualty-reconcile schema claim                     the schema of 'extract --json' items
  casualty-reconcile schema reconciliation            the schema of 'reconcile --json'""",
}
"""The examples at the end of each ``--help``."""

TABLES = ("all", "quantities", "differences", "claims")
"""The choices of ``reconcile --table``."""


def _help(description: str, name: str) -> dict[str, Any]:
    return {
        "description": description,
        "epilog": EXAMPLES[name],
        "formatter_class": argparse.RawDescriptionHelpFormatter,
    }


def build_parser(*, extract: Command, reconcile: Command, schema: Command) -> argparse.ArgumentParser:
    """The parser; each command's ``run`` default is the function given for it."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        **_help(
            "Extract numeric casualty claims (deaths, injuries, arrests, troops) from news text "
            "and reconcile them across reports.",
            "",
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    extract_cmd = _documents_command(commands, "extract", "List every numeric claim in the documents.")
    extract_cmd.set_defaults(run=extract)
    extract_cmd.add_argument(
        "--explain", action="store_true", help="name the rules that decided each claim (table, JSON and JSON Lines)"
    )
    reconcile_cmd = _documents_command(
        commands, "reconcile", "Group the claims into quantities and explain every difference between their figures."
    )
    _reconcile_options(reconcile_cmd)
    reconcile_cmd.set_defaults(run=reconcile)
    schema_cmd = commands.add_parser(
        "schema",
        help="Print the JSON Schemas of what --json emits.",
        **_help(
            "Print the JSON Schema of claims or reconciliations (with no name: one schema that holds "
            "both under $defs).",
            "schema",
        ),
    )
    schema_cmd.add_argument("name", nargs="?", help="claim or reconciliation")
    schema_cmd.set_defaults(run=schema)
    return parser


def _documents_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse.ArgumentParser:
    """A command that reads documents (``extract``, ``reconcile``): its inputs, defaults and outputs."""
    sub = commands.add_parser(name, help=help_text, **_help(help_text, name))
    sub.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="text files, folders (their .txt, .jsonl and .html files; a sources.jsonl beside them gives "
        "language, published and outlet), JSON Lines of documents, or - for standard input",
    )
    given = sub.add_argument_group("defaults for documents that do not say")
    given.add_argument(
        "--language",
        type=_language,
        default=os.environ.get(LANGUAGE_ENV) or None,  # checked in _check
        help=f"language code, such as de or en (default: ${LANGUAGE_ENV} when set, else detect)",
    )
    given.add_argument("--published", type=_date, help="publication day, YYYY-MM-DD")
    given.add_argument("--source", help="the outlet that published them")
    sub.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl", "html"),
        default="auto",
        help="how to read the inputs (default: by suffix; standard input is JSON Lines when it starts with {)",
    )
    out = sub.add_mutually_exclusive_group()
    out.add_argument("--json", dest="format", action="store_const", const="json", help="one JSON document")
    out.add_argument("--jsonl", dest="format", action="store_const", const="jsonl", help="JSON Lines")
    out.add_argument("--csv", dest="format", action="store_const", const="csv", help="CSV")
    if name == "extract":
        out.add_argument(
            "--jsonld",
            dest="format",
            action="store_const",
            const="jsonld",
            help="schema.org Claim JSON-LD, for fact-check tools to wrap in a ClaimReview",
        )
    else:
        out.add_argument(
            "--markdown", dest="format", action="store_const", const="markdown",
            help="the report in Markdown, to paste into a fact-check draft",
        )
        out.add_argument(
            "--jsonld", dest="format", action="store_const", const="jsonld",
            help="draft schema.org ClaimReview JSON-LD: each figure's claim reviewed, the rating drafted "
            "from the verdict, a field left for the reviewer",
        )
    sub.add_argument(
        "--csv-raw",
        action="store_true",
        help="with --csv: write cells as they are (by default a cell starting with =, +, -, @, a tab or a "
        "carriage return gets a leading ' so that a spreadsheet shows it as text, not as a formula)",
    )
    sub.add_argument(
        "-o",
        "--output",
        help="write to this file instead of standard output (replaced only when the whole output is written; "
        "it may not be an input)",
    )
    sub.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    sub.set_defaults(format="table")
    return sub


def _reconcile_options(reconcile_cmd: argparse.ArgumentParser) -> None:
    """The options of ``reconcile`` only: the policy, the table, one event."""
    reconcile_cmd.add_argument(
        "--policy",
        choices=POLICIES,
        default="ucdp",
        help="how low/best/high are drawn: acled (the most conservative figure), ucdp (lowest low, median, "
        "highest high; the default) or intersection (the interval all figures allow)",
    )
    reconcile_cmd.add_argument(
        "--table",
        choices=TABLES,
        help="with --csv or --jsonl: which records (default: quantities for --csv; for --jsonl all, each "
        "quantity followed by its differences)",
    )
    reconcile_cmd.add_argument(
        "--differences", dest="table", action="store_const", const="differences",
        help="the same as --table differences",
    )
    reconcile_cmd.add_argument(
        "--claims", action="store_true",
        help="the inputs are JSON Lines of claims, as extract --jsonl writes them (or - for standard input), "
        "reconciled as they are: no document is read",
    )
    reconcile_cmd.add_argument(
        "--event", metavar="ID", help="only this event (its id or its label; the events are listed in --json)"
    )


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse an option that would do nothing with the chosen output."""
    if args.language is not None:
        try:
            _language(args.language)
        except argparse.ArgumentTypeError as exc:
            parser.error(f"{LANGUAGE_ENV} or --language: {exc}")
    table = getattr(args, "table", None)
    if table is not None and args.format not in ("csv", "jsonl"):
        parser.error(f"--table {table} (or --differences) needs --csv or --jsonl")
    if table == "all" and args.format == "csv":
        parser.error("--table all needs --jsonl: a CSV file holds one table (quantities, differences or claims)")
    if args.command == "reconcile" and args.format in ("csv", "jsonl") and table is None:
        args.table = "quantities" if args.format == "csv" else "all"
