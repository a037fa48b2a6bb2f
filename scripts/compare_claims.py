"""Compare the claims of two versions of the library on a frozen corpus of varied text.

    python scripts/compare_claims.py [--base REV] [--show N] [--only SUBSTR]

A refactor must keep behaviour: this runs ``extract`` of the git revision ``--base`` (default
``HEAD``; it is checked out into a temporary worktree) and of the working tree on the same corpus,
and lists every document whose claims differ. Exit status 0 when all are the same, 1 otherwise.

The corpus (frozen: the same text for both sides):
- the seed articles (``seeds/``, with ``sources.jsonl``);
- every case-table row of ``tests/cases/*_extract.py`` (taken from the working tree);
- the benchmark's English context sentences, as one document;
- ``../shared/gva/docs.jsonl`` (US local news), where that folder exists beside the checkout (or beside
  the folder that holds it).

``--many`` runs the working tree's documents through ``extract_many`` (the batch path, each stage
over a batch of documents) instead of ``extract``: against ``--base HEAD`` it shows that the batch
path gives every document the claims ``extract`` gives it.

A claim is compared by every field of its JSON form (``Claim.model_dump(mode="json")``) except
``claim_id`` when ``--ignore-ids`` is given; a field left unset (``None``) counts as absent, so that a field
one revision adds is no difference where it is unset.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUNNER = r"""
import json, sys
from casualty_reconcile import extract
out = {}
for line in sys.stdin:
    doc = json.loads(line)
    try:
        claims = extract(doc["text"], doc_id=doc["doc_id"], language=doc.get("language"),
                         published=doc.get("published"), source=doc.get("source"))
        out[doc["doc_id"]] = [c.model_dump(mode="json") for c in claims]
    except Exception as exc:  # a failure is a result too
        out[doc["doc_id"]] = [{"error": f"{type(exc).__name__}: {exc}"}]
json.dump(out, sys.stdout)
"""


_MANY_RUNNER = r"""
import json, sys
from casualty_reconcile.extract import extract_many
docs = [json.loads(line) for line in sys.stdin]
out = {}
i = 0
while i < len(docs):  # a failure is a result too: the batches go on after it
    try:
        for claims in extract_many(docs[i:]):
            out[docs[i]["doc_id"]] = [c.model_dump(mode="json") for c in claims]
            i += 1
    except Exception as exc:
        out[docs[i]["doc_id"]] = [{"error": f"{type(exc).__name__}: {exc}"}]
        i += 1
json.dump(out, sys.stdout)
"""


def corpus() -> list[dict[str, object]]:
    """The frozen corpus as documents (doc_id, text, language, published, source)."""
    docs: list[dict[str, object]] = []
    sources = {}
    sidecar = ROOT / "seeds" / "sources.jsonl"
    if sidecar.exists():
        for line in sidecar.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                sources[row.get("doc") or row.get("file") or row.get("doc_id")] = row
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        meta = sources.get(path.name, {})
        docs.append({"doc_id": f"seed:{path.name}", "text": path.read_text(encoding="utf-8"),
                     "language": meta.get("language"), "published": meta.get("published"),
                     "source": meta.get("outlet")})
    sys.path.insert(0, str(ROOT))
    for module_path in sorted((ROOT / "tests" / "cases").glob("*_extract.py")):
        module = __import__(f"tests.cases.{module_path.stem}", fromlist=["CASES"])
        language = module_path.stem.split("_")[0]
        for case in module.CASES:
            docs.append({"doc_id": f"case:{case.id}", "text": case.text, "language": case.language or language,
                         "published": case.published, "source": case.source})
    context = ROOT / "benchmarks" / "data" / "en_context.txt"
    if context.exists():
        docs.append({"doc_id": "bench:en_context", "text": context.read_text(encoding="utf-8"), "language": "en",
                     "published": "2024-01-07", "source": None})
    gva = next((p for p in (ROOT.parent / "shared" / "gva" / "docs.jsonl", ROOT.parent.parent / "shared" / "gva" / "docs.jsonl")
                if p.exists()), None)  # beside the checkout, or beside the folder of worktrees
    if gva is not None:
        for line in gva.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs.append({"doc_id": f"gva:{row['doc_id']}", "text": row["text"], "language": "en",
                             "published": row.get("published"), "source": row.get("source")})
    return docs


def run(checkout: Path, payload: str, runner: str = _RUNNER) -> dict[str, list[dict[str, object]]]:
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, "-c", runner], input=payload, capture_output=True, text=True,
                          env=env, cwd=checkout, check=True)
    result: dict[str, list[dict[str, object]]] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD", help="the git revision to compare against (default HEAD)")
    parser.add_argument("--show", type=int, default=20, help="documents with differences to print (default 20)")
    parser.add_argument("--only", default="", help="compare only documents whose id contains this")
    parser.add_argument("--ignore-ids", action="store_true", help="leave claim_id out of the comparison")
    parser.add_argument("--ignore", default="", help="comma-separated claim fields to leave out")
    parser.add_argument("--many", action="store_true", help="run the working tree through extract_many (the batch path)")
    args = parser.parse_args()
    docs = [d for d in corpus() if args.only in str(d["doc_id"])]
    payload = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    ignored = {f for f in args.ignore.split(",") if f} | ({"claim_id"} if args.ignore_ids else set())
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(base), args.base],
                       check=True)
        try:
            old = run(base, payload)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    new = run(ROOT, payload, _MANY_RUNNER if args.many else _RUNNER)

    def strip(claims: list[dict[str, object]]) -> list[dict[str, object]]:
        # a field left unset (None) is no difference: a field one revision adds (published_at) is absent in the other
        return [{k: v for k, v in c.items() if k not in ignored and v is not None} for c in claims]

    changed = [d["doc_id"] for d in docs if strip(old.get(str(d["doc_id"]), [])) != strip(new.get(str(d["doc_id"]), []))]
    n_old = sum(len(v) for v in old.values())
    n_new = sum(len(v) for v in new.values())
    print(f"{len(docs)} documents, {n_old} claims at {args.base}, {n_new} in the working tree; "
          f"{len(changed)} documents differ")
    for doc_id in changed[: args.show]:
        a, b = strip(old.get(str(doc_id), [])), strip(new.get(str(doc_id), []))
        print(f"\n== {doc_id}: {len(a)} -> {len(b)} claims")
        for i in range(max(len(a), len(b))):
            ca = a[i] if i < len(a) else None
            cb = b[i] if i < len(b) else None
            if ca == cb:
                continue
            if ca is None or cb is None:
                print(f"  [{i}] {'-' if cb is None else '+'} {json.dumps(ca or cb, ensure_ascii=False)[:300]}")
                continue
            diffs = {k: (ca.get(k), cb.get(k)) for k in sorted(set(ca) | set(cb)) if ca.get(k) != cb.get(k)}
            print(f"  [{i}] {ca.get('text')!r}: " + "; ".join(f"{k}: {va!r} -> {vb!r}" for k, (va, vb) in diffs.items()))
    return 0 if not changed else 1


if __name__ == "__main__":
    sys.exit(main())
