"""The command line, tried as a new user would: the console script in a fresh subprocess.

Also the document loading behind it (:mod:`casualty_reconcile.io`) and the progress bar.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest

from casualty_reconcile import extract, schema
from casualty_reconcile.cli import Progress, main
from casualty_reconcile.frame import CLAIM_DTYPES
from casualty_reconcile.io import (
    Document,
    DocumentError,
    collect_sources,
    decode_utf8,
    iter_documents,
    load_documents,
    read_sidecar,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
SCRIPT = shutil.which("casualty-reconcile", path=str(Path(sys.executable).parent))
KILLED_DE = "Laut Polizei wurden am Samstag mindestens 12 Menschen getötet und 40 verletzt."
KILLED_EN = "At least 12 people were killed and 40 wounded on Saturday, police said."


def cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The installed console script, run as a user would run it."""
    assert SCRIPT is not None, "the console script casualty-reconcile is not installed (pip install -e .)"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    proc = subprocess.run(
        [SCRIPT, *args], input=stdin, capture_output=True, cwd=cwd, env=env, timeout=120, check=False
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def in_process(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def seed_meta() -> dict[str, dict[str, Any]]:
    lines = (SEEDS / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["doc"]: row for row in map(json.loads, lines)}


def library_claims_of_seeds() -> list[dict[str, Any]]:
    meta = seed_meta()
    claims = []
    for name in SEED_NAMES:
        text = (SEEDS / name).read_text(encoding="utf-8")
        row = meta[name]
        claims += extract(text, doc_id=name, source=row["outlet"], published=row["published"], language=row["language"])
    return [claim.model_dump(mode="json") for claim in claims]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n" for row in rows), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the installed command


def test_console_script_and_module_both_answer() -> None:
    version = cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("casualty-reconcile ")
    module = subprocess.run(
        [sys.executable, "-m", "casualty_reconcile", "--help"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert module.returncode == 0
    for command in ("extract", "reconcile", "schema"):
        assert command in module.stdout


def test_extract_seeds_json_is_the_library_result_and_validates() -> None:
    result = cli("extract", "seeds/", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no progress bar and no noise when stderr is not a terminal
    emitted = json.loads(result.stdout)
    assert emitted == library_claims_of_seeds()
    assert {claim["doc_id"] for claim in emitted} == set(SEED_NAMES)
    claim_schema = schema.claim_schema()
    for payload in emitted:
        jsonschema.validate(payload, claim_schema)


def test_extract_jsonl_documents_to_jsonl_and_csv(tmp_path: Path) -> None:
    docs = write_jsonl(
        tmp_path / "docs.jsonl",
        [
            {"doc_id": "a", "text": KILLED_DE, "language": "de", "published": "2022-01-08", "source": "dpa"},
            {"doc_id": "b", "text": KILLED_EN, "language": "en", "published": "2022-01-08", "event": "x"},
        ],
    )
    expected = [
        *extract(KILLED_DE, doc_id="a", language="de", published="2022-01-08", source="dpa"),
        *extract(KILLED_EN, doc_id="b", language="en", published="2022-01-08"),
    ]
    lines = cli("extract", str(docs), "--jsonl")
    assert lines.returncode == 0, lines.stderr
    emitted = [json.loads(line) for line in lines.stdout.splitlines()]
    assert emitted == [claim.model_dump(mode="json") for claim in expected]
    for payload in emitted:
        jsonschema.validate(payload, schema.claim_schema())

    table = cli("extract", str(docs), "--csv")
    assert table.returncode == 0, table.stderr
    frame = pd.read_csv(io.StringIO(table.stdout))
    assert tuple(frame.columns) == tuple(CLAIM_DTYPES)
    assert list(frame["claim_id"]) == [claim.claim_id for claim in expected]
    assert list(frame["published"]) == ["2022-01-08"] * len(expected)  # a day, not a timestamp


def test_default_output_is_a_readable_table() -> None:
    status, out, err = in_process("extract", "-", "--language", "en", stdin=KILLED_EN.encode())
    assert status == 0, err
    claims = extract(KILLED_EN, doc_id="stdin", language="en")
    assert len(claims) == 2
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["document", "figure", "category", "bound"]
    assert set(lines[1]) == {"-", " "}
    for claim, line in zip(claims, lines[2:4], strict=True):
        assert line.split()[0] == "stdin" and claim.text in line and claim.category.value in line
    assert lines[-1] == "2 claim(s) in 1 document(s)"
    status, out, _ = in_process("extract", "-", "--language", "en", stdin=b"Nothing to count here.")
    assert (status, out) == (0, "No claims found.\n")


def test_stdin_text_with_defaults_from_the_command_line() -> None:
    result = cli("extract", "-", "--language", "de", "--published", "2022-01-09", "--source", "dpa", "--json", stdin=KILLED_DE.encode())
    assert result.returncode == 0, result.stderr
    expected = extract(KILLED_DE, doc_id="stdin", language="de", published="2022-01-09", source="dpa")
    assert json.loads(result.stdout) == [claim.model_dump(mode="json") for claim in expected]


def test_stdin_json_lines_are_recognised() -> None:
    payload = json.dumps({"doc_id": "w1", "text": KILLED_EN, "language": "en"}) + "\n"
    status, out, err = in_process("extract", "-", "--jsonl", stdin=payload.encode())
    assert status == 0, err
    assert [json.loads(line) for line in out.splitlines()] == [
        claim.model_dump(mode="json") for claim in extract(KILLED_EN, doc_id="w1", language="en")
    ]


def test_bad_input_is_reported_per_file_and_line_and_the_rest_still_processed(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Mindestens 12 Tote in Köln".encode("latin-1"))
    (tmp_path / "good.txt").write_text(KILLED_DE, encoding="utf-8")
    write_jsonl(
        tmp_path / "docs.jsonl",
        [
            {"doc_id": "ok-1", "text": KILLED_EN, "language": "en"},
            '{"doc_id": "broken", "text": "unterminated',
            {"doc_id": "es", "text": "12 muertos", "language": "es"},
            {"doc_id": "date", "text": KILLED_EN, "published": "09.01.2022"},
            {"doc_id": "ok-2", "text": KILLED_EN, "language": "en"},
        ],
    )
    result = cli("extract", str(tmp_path), str(tmp_path / "missing.txt"), "--json")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    expected_places = [
        f"{tmp_path / 'missing.txt'}: no such file or folder",
        f"{tmp_path / 'docs.jsonl'}:2: malformed JSON",
        f"{tmp_path / 'docs.jsonl'}:3: unsupported language 'es'",
        f"{tmp_path / 'docs.jsonl'}:4: malformed published date",
        f"{tmp_path / 'latin1.txt'}:1: not valid UTF-8 (byte 0xf6",
    ]
    assert len(errors) == len(expected_places), result.stderr
    for place in expected_places:
        assert sum(place in line for line in errors) == 1, (place, result.stderr)
    summary = result.stderr.splitlines()[-1]
    assert "5 problem(s)" in summary and "3 document(s) processed" in summary
    # the good documents were still extracted
    emitted = json.loads(result.stdout)
    assert {claim["doc_id"] for claim in emitted} == {"ok-1", "ok-2", "good.txt"}
    assert len(emitted) == sum(
        len(extract(text, doc_id=doc_id, language=lang))
        for doc_id, text, lang in (("ok-1", KILLED_EN, "en"), ("ok-2", KILLED_EN, "en"), ("good.txt", KILLED_DE, None))
    )


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        pytest.param('{"text": 5}', "'text' must be a string, not int", id="text-not-a-string"),
        pytest.param('{"doc_id": "x"}', "missing 'text'", id="no-text"),
        pytest.param('["a list"]', "expected a JSON object, not list", id="not-an-object"),
        pytest.param('{"text": "x", "publshed": "2022-01-09"}', "unknown key(s) 'publshed'", id="typo-in-key"),
        pytest.param('{"text": "x", "published": "2022-02-30"}', "no such day", id="no-such-day"),
        pytest.param('{"text": "x", "source": ["dpa"]}', "'source' must be a string or null", id="source-not-a-string"),
    ],
)
def test_each_malformed_json_line_has_its_own_message(tmp_path: Path, line: str, problem: str) -> None:
    docs = write_jsonl(tmp_path / "docs.jsonl", [line, {"doc_id": "fine", "text": "nothing here"}])
    items = list(iter_documents([docs]))
    assert isinstance(items[0], DocumentError)
    assert str(items[0]).startswith(f"{docs}:1: ") and problem in str(items[0])
    assert isinstance(items[1], Document) and items[1].doc_id == "fine"


def test_undecodable_bytes_name_line_and_column() -> None:
    data = b"erste Zeile\nzweite Zeile mit " + b"\xff" + b" Ende"
    with pytest.raises(DocumentError) as caught:
        decode_utf8(data, "a.txt")
    assert str(caught.value) == "a.txt:2: not valid UTF-8 (byte 0xff at column 18); convert the file to UTF-8"


def test_a_folder_reads_its_text_files_with_the_sidecar_and_skips_other_files() -> None:
    sources, errors = collect_sources([SEEDS])
    assert errors == []
    assert [source.name for source in sources] == SEED_NAMES  # README.md and sources.jsonl are not documents
    documents = load_documents([SEEDS])
    meta = seed_meta()
    assert [(d.doc_id, d.published, d.language, d.source) for d in documents] == [
        (name, meta[name]["published"], meta[name]["language"], meta[name]["outlet"]) for name in SEED_NAMES
    ]
    assert documents[0].text == (SEEDS / SEED_NAMES[0]).read_text(encoding="utf-8")


def test_a_bad_sidecar_line_skips_the_document_it_describes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KILLED_DE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(KILLED_DE, encoding="utf-8")
    write_jsonl(
        tmp_path / "sources.jsonl",
        [
            {"doc": "a.txt", "language": "de", "published": "Sonntag"},
            {"doc": "b.txt", "language": "de", "published": "2022-01-08", "outlet": "dpa"},
            "not json",
        ],
    )
    entries, errors = read_sidecar(tmp_path / "sources.jsonl")
    assert set(entries) == {"b.txt"}
    assert [(e.line, e.doc) for e in errors] == [(1, "a.txt"), (3, None)]
    items = list(iter_documents([tmp_path]))
    problems = [str(item) for item in items if isinstance(item, DocumentError)]
    assert len(problems) == 2
    assert any(p.startswith(f"{tmp_path / 'sources.jsonl'}:3: malformed JSON") for p in problems)
    assert any(p.startswith(f"{tmp_path / 'sources.jsonl'}:1: ") and "a.txt is skipped" in p for p in problems)
    documents = [item for item in items if isinstance(item, Document)]
    assert [(d.doc_id, d.source, d.published) for d in documents] == [("b.txt", "dpa", "2022-01-08")]


def test_a_repeated_doc_id_is_an_error_not_a_silent_merge(tmp_path: Path) -> None:
    docs = write_jsonl(tmp_path / "d.jsonl", [{"doc_id": "x", "text": "a"}, {"doc_id": "x", "text": "b"}])
    items = list(iter_documents([docs]))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], DocumentError)
    assert str(items[1]) == f"{docs}:2: duplicate doc_id 'x' (first at {docs}:1); document skipped"


def test_an_empty_folder_and_a_usage_error(tmp_path: Path) -> None:
    status, _, err = in_process("extract", str(tmp_path))
    assert status == 1
    assert f"{tmp_path}: no .txt, .jsonl or .html documents in this folder" in err
    with pytest.raises(SystemExit) as caught:
        in_process("extract", "-", "--language", "xx")
    assert caught.value.code == 2


def test_unknown_language_option_names_the_supported_ones() -> None:
    result = cli("extract", "seeds/", "--language", "klingon")
    assert result.returncode == 2
    assert "unsupported language 'klingon'" in result.stderr and "de, en" in result.stderr


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "claims.json"
    status, out, err = in_process("extract", str(SEEDS), "--json", "-o", str(target))
    assert status == 0, err
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8")) == library_claims_of_seeds()


# ---------------------------------------------------------------- schema


def test_schema_command_prints_the_committed_schemas() -> None:
    every = cli("schema")
    assert every.returncode == 0
    bundled = json.loads(every.stdout)  # one JSON Schema: any record, each schema under $defs
    jsonschema.Draft202012Validator.check_schema(bundled)
    assert bundled["$defs"] == schema.schemas()
    jsonschema.validate(library_claims_of_seeds()[0], bundled)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"claim_id": 1}, bundled)
    one = cli("schema", "claim")
    assert one.stdout == (schema.SCHEMA_DIR / "claim.schema.json").read_text(encoding="utf-8")
    status, _, err = in_process("schema", "nothing")
    assert status == 2 and "no schema 'nothing'" in err


# ---------------------------------------------------------------- progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_and_clears_itself() -> None:
    stream = FakeTerminal()
    progress = Progress(4, stream, delay=0)
    progress.update(files=1, documents=3, claims=7)
    drawn = stream.getvalue()
    assert "[######------------------] 1/4 files · 3 documents · 7 claims" in drawn
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_bar_is_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(4, stream, delay=0)
    progress.update(files=4, documents=4, claims=9)
    progress.close()
    assert stream.getvalue() == ""


def test_many_files_without_a_terminal_print_no_progress(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"{i:03}.txt").write_text(f"{KILLED_EN} ({i})", encoding="utf-8")
    result = cli("extract", str(tmp_path), "--jsonl", "--language", "en")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {f"{i:03}.txt" for i in range(40)}


# ---------------------------------------------------------------- reconcile


def seeds_reconciled() -> Any:
    from casualty_reconcile.models import Claim
    from casualty_reconcile.reconcile import reconcile

    return reconcile([Claim.model_validate(payload) for payload in library_claims_of_seeds()])


def test_reconcile_seeds_prints_the_report() -> None:
    """The README's main command."""
    result = cli("reconcile", "seeds/")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == seeds_reconciled().render_text()
    for expected in ("deaths", "arrests", "troops", "low ", "best ", "high ", "update:", "Kazakhstan"):
        assert expected in result.stdout


def test_reconcile_json_validates_against_the_committed_schema() -> None:
    result = cli("reconcile", "seeds/", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    committed = json.loads((schema.SCHEMA_DIR / "reconciliation.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(payload, committed)
    assert payload == json.loads(seeds_reconciled().model_dump_json())


def test_reconcile_jsonl_csv_and_policy() -> None:
    from casualty_reconcile.cli import POLICIES as CLI_POLICIES
    from casualty_reconcile.reconcile import DIFFERENCE_DTYPES, POLICIES, QUANTITY_DTYPES

    assert CLI_POLICIES == POLICIES
    committed = json.loads((schema.SCHEMA_DIR / "reconciliation.schema.json").read_text(encoding="utf-8"))
    quantity_schema = {"$ref": "#/$defs/Quantity", "$defs": committed["$defs"]}
    difference_schema = {"$ref": "#/$defs/Difference", "$defs": committed["$defs"]}
    status, out, err = in_process("reconcile", str(SEEDS), "--jsonl", "--policy", "acled")
    assert status == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    seeds = seeds_reconciled()
    assert [line["record"] for line in lines].count("quantity") == len(seeds.quantities)
    assert [line["record"] for line in lines].count("difference") == len(seeds.differences)
    for line in lines:
        record = line.pop("record")
        jsonschema.validate(line, quantity_schema if record == "quantity" else difference_schema)
    status, out, err = in_process("reconcile", str(SEEDS), "--jsonl", "--table", "quantities")
    assert {json.loads(line)["record"] for line in out.splitlines()} == {"quantity"}
    status, out, err = in_process("reconcile", str(SEEDS), "--csv")
    assert status == 0, err
    assert tuple(pd.read_csv(io.StringIO(out)).columns) == tuple(QUANTITY_DTYPES)
    status, out, err = in_process("reconcile", str(SEEDS), "--csv", "--differences")
    assert status == 0, err
    assert tuple(pd.read_csv(io.StringIO(out)).columns) == tuple(DIFFERENCE_DTYPES)
    with pytest.raises(SystemExit) as caught:
        in_process("reconcile", str(SEEDS), "--policy", "median")
    assert caught.value.code == 2


def test_reconcile_keeps_events_apart(tmp_path: Path) -> None:
    docs = write_jsonl(
        tmp_path / "docs.jsonl",
        [
            {"doc_id": "a", "text": KILLED_EN, "language": "en", "published": "2022-01-08", "event": "riot-a"},
            {"doc_id": "b", "text": KILLED_EN, "language": "en", "published": "2022-01-08", "event": "riot-b"},
        ],
    )
    status, out, err = in_process("reconcile", str(docs), "--json")
    assert status == 0, err
    events = {quantity["event"] for quantity in json.loads(out)["quantities"]}
    assert events == {"riot-a", "riot-b"}


def test_a_document_whose_language_cannot_be_told_is_reported_not_silently_empty() -> None:
    status, out, err = in_process("extract", "-", "--json", stdin=b"xyz 12 abc 40 qrs")
    assert status == 1
    assert json.loads(out) == []
    assert err.splitlines()[0].startswith(
        "casualty-reconcile: error: <stdin>: could not tell the language of document 'stdin' (supported: de, en, fr); "
        "give --language, a 'language' field or set CASUALTY_RECONCILE_LANGUAGE"
    )
    assert "Warning" not in err  # no Python warning text on the user's terminal


# ---------------------------------------------------------------- properties of the loader

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
def test_any_unicode_text_file_reads_back_unchanged(tmp_path: Path, text: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    (item,) = list(iter_documents([path]))
    assert isinstance(item, Document)
    assert item.text == text.removeprefix("\ufeff")  # a byte-order mark is not text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200))
def test_any_bytes_give_a_document_or_a_named_error(tmp_path: Path, data: bytes) -> None:
    for name in ("doc.txt", "docs.jsonl"):
        path = tmp_path / name
        path.write_bytes(data)
        for item in iter_documents([path]):
            assert isinstance(item, (Document, DocumentError))
            if isinstance(item, DocumentError):
                assert str(item).startswith(str(path))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.dictionaries(st.sampled_from(["doc_id", "text", "source", "published", "language", "event", "x"]), _JSON))
def test_any_json_object_gives_a_document_or_a_named_error(tmp_path: Path, payload: dict[str, Any]) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", [payload])
    (item,) = list(iter_documents([path]))
    if isinstance(item, Document):
        assert item.text == payload["text"]
    else:
        assert str(item).startswith(f"{path}:1: ")


def test_extract_jsonld_for_fact_check_tools(tmp_path: Path) -> None:
    from casualty_reconcile import to_jsonld

    docs = write_jsonl(
        tmp_path / "docs.jsonl",
        [{"doc_id": "w1", "text": KILLED_EN, "language": "en", "published": "2022-01-08", "url": "https://example.org/w1"}],
    )
    status, out, err = in_process("extract", str(docs), "--jsonld")
    assert status == 0, err
    claims = extract(KILLED_EN, doc_id="w1", language="en", published="2022-01-08")
    assert json.loads(out) == to_jsonld(claims, urls={"w1": "https://example.org/w1"})
    assert all(node["appearance"][0]["url"] == "https://example.org/w1" for node in json.loads(out)["@graph"])
