"""``extract_many``, the batch path (each stage of the engine over a batch of documents): every
document gets exactly the claims ``extract`` gives it, in order, across batches, and an error is
raised where ``extract`` would raise it, after the claims of the documents before it."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from casualty_reconcile import UnsupportedLanguageError, extract
from casualty_reconcile.engine import pipeline
from casualty_reconcile.extract import extract_many
from tests.cases import de_extract, en_extract, fr_extract

ROOT = Path(__file__).resolve().parent.parent
extract_module = importlib.import_module("casualty_reconcile.extract")  # (the package's ``extract`` is the function)


def documents() -> list[dict[str, Any]]:
    """The seed articles, a run of case rows of each language (with and without figures) and texts
    whose language is detected."""
    sources = {}
    for line in (ROOT / "seeds" / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            sources[row.get("doc") or row.get("file") or row.get("doc_id")] = row
    docs: list[dict[str, Any]] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        meta = sources.get(path.name, {})
        docs.append({"text": path.read_text(encoding="utf-8"), "doc_id": path.stem,
                     "language": meta.get("language"), "published": meta.get("published"), "source": meta.get("outlet")})
    for module, language in ((de_extract, "de"), (en_extract, "en"), (fr_extract, "fr")):
        for case in module.CASES[:40]:
            docs.append({"text": case.text, "doc_id": case.id, "language": case.language or language,
                         "published": case.published, "source": case.source})
    docs.append({"text": "Das Wetter war am Sonntag schön, und die Straßen waren leer.", "language": "de"})
    docs.append({"text": "At least 12 people were killed and 40 wounded, police said on Sunday.", "published": "2024-03-10"})
    return docs


def dumped(claim_lists: Any) -> list[list[dict[str, Any]]]:
    return [[{**c.model_dump(mode="json"), "trace": list(c.trace)} for c in claims] for claims in claim_lists]


def one_by_one(docs: list[dict[str, Any]], **defaults: Any) -> list[list[dict[str, Any]]]:
    return dumped(
        extract(d["text"], **{**defaults, **{k: v for k, v in d.items() if k != "text" and v is not None}}) for d in docs
    )


def test_every_document_gets_the_claims_extract_gives_it(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = documents()
    expected = one_by_one(docs)
    assert sum(map(len, expected)) > 100 and any(not claims for claims in expected)  # with and without claims
    assert dumped(extract_many(docs)) == expected
    monkeypatch.setattr(extract_module, "_BATCH_DOCUMENTS", 7)  # batches that end inside the documents
    ran: list[int] = []
    run_many = pipeline.run_many

    def counted(engines: Any) -> Any:
        ran.append(len(engines))
        return run_many(engines)

    monkeypatch.setattr(extract_module, "run_many", counted)
    assert dumped(extract_many(docs)) == expected
    assert len(ran) > 10 and max(ran) > 1  # the engine ran over batches, not document by document


def test_texts_and_defaults() -> None:
    texts = [case.text for case in en_extract.CASES[:10]]
    got = dumped(extract_many(texts, language="en", published="2024-01-07", source="Reuters", trace=True))
    assert got == one_by_one([{"text": t} for t in texts], language="en", published="2024-01-07", source="Reuters", trace=True)
    assert any(claim["trace"] for claims in got for claim in claims)


def test_an_error_comes_after_the_claims_of_the_documents_before_it() -> None:
    docs = [*documents()[:6], {"text": "Il y a eu trois morts.", "language": "xx"}, *documents()[6:9]]
    results = extract_many(docs)
    got = [next(results) for _ in range(6)]
    assert dumped(got) == one_by_one(docs[:6])
    with pytest.raises(UnsupportedLanguageError):
        next(results)
    with pytest.raises(TypeError):
        list(extract_many(["Drei Menschen starben.", 5], language="de"))  # type: ignore[list-item]


def test_a_failure_of_the_engine_on_one_document_is_raised_after_the_others_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = documents()[:8]
    expected = one_by_one(docs)
    stages = list(pipeline.STAGES)
    index = next(i for i, stage in enumerate(stages) if stage.name == "figures")
    original = stages[index].run

    def failing(engine: pipeline.Extractor) -> None:
        if engine.doc_id == docs[5]["doc_id"]:
            raise RuntimeError("the engine failed")
        original(engine)

    stages[index] = pipeline.Stage(stages[index].name, stages[index].module, stages[index].reads, stages[index].writes, failing)
    monkeypatch.setattr(pipeline, "STAGES", tuple(stages))
    results = extract_many(docs)
    assert dumped(next(results) for _ in range(5)) == expected[:5]
    with pytest.raises(RuntimeError, match="the engine failed"):
        next(results)
