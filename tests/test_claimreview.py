"""Draft ``ClaimReview`` JSON-LD, checked against the schema.org vocabulary with a JSON-LD processor.

pyld expands the documents offline: the schema.org context and a subset of the vocabulary are
shipped in tests/data/schemaorg (see NOTES.md there). Every type must be a schema.org class and every
property one that schema.org defines for that class (or a class it inherits from).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casualty_reconcile import extract, reconcile, to_jsonld
from casualty_reconcile.jsonld import RATINGS, claim_reviews, drafted_rating
from casualty_reconcile.result import Reconciliation
from tests.factories import make_claim

jsonld = pytest.importorskip("pyld.jsonld", reason="pyld is a test dependency")

DATA = Path(__file__).resolve().parent / "data" / "schemaorg"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SCHEMA = "http://schema.org/"
GOOGLE_REQUIRED = ("claimReviewed", "reviewRating", "itemReviewed", "url", "author", "datePublished")


def loader(url: str, options: Any = None) -> dict[str, Any]:
    """schema.org's context from tests/data; any other address is an error (no network in tests)."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        document = json.loads((DATA / "context.jsonld").read_text(encoding="utf-8"))
        return {"contextUrl": None, "documentUrl": url, "document": document}
    raise AssertionError(f"the test would fetch {url}")


OPTIONS = {"documentLoader": loader}


def vocabulary() -> tuple[dict[str, str | None], dict[str, set[str]]]:
    """``class -> parent`` and ``property -> classes it applies to``, read from the shipped vocabulary."""
    expanded = jsonld.expand(json.loads((DATA / "vocabulary.jsonld").read_text(encoding="utf-8")), OPTIONS)
    rdfs, rdf = "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    classes: dict[str, str | None] = {}
    properties: dict[str, set[str]] = {}
    for node in expanded:
        name = node["@id"].removeprefix(SCHEMA)
        if rdfs + "Class" in node["@type"]:
            parent = node.get(rdfs + "subClassOf", [{}])[0].get("@id")
            classes[name] = parent.removeprefix(SCHEMA) if parent else None
        elif rdf + "Property" in node["@type"]:
            properties[name] = {d["@id"].removeprefix(SCHEMA) for d in node[SCHEMA + "domainIncludes"]}
    return classes, properties


CLASSES, PROPERTIES = vocabulary()


def ancestors(name: str) -> set[str]:
    found = set()
    current: str | None = name
    while current is not None:
        found.add(current)
        current = CLASSES[current]
    return found


def nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every node object of an expanded document."""
    if isinstance(value, list):
        for item in value:
            yield from nodes(item)
    elif isinstance(value, dict) and "@value" not in value:
        yield value
        for key, inner in value.items():
            if not key.startswith("@"):
                yield from nodes(inner)


def problems(document: dict[str, Any]) -> list[str]:
    """What in ``document`` schema.org does not define: unknown types, properties off their classes."""
    found = []
    for node in nodes(jsonld.expand(document, OPTIONS)):
        types = [t.removeprefix(SCHEMA) for t in node.get("@type", [])]
        unknown = [t for t in types if t not in CLASSES]
        found += [f"unknown type {t}" for t in unknown]
        inherited = set().union(*(ancestors(t) for t in types if t in CLASSES)) if types else {"Thing"}
        for key in node:
            if key.startswith("@"):
                continue
            name = key.removeprefix(SCHEMA)
            if name not in PROPERTIES:
                found.append(f"unknown property {key}")
            elif not PROPERTIES[name] & inherited:
                found.append(f"{name} is not a property of {types}")
    return found


@pytest.fixture(scope="module")
def seeds() -> Reconciliation:
    claims = []
    for line in (SEEDS / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        claims += extract((SEEDS / row["doc"]).read_text(encoding="utf-8"), doc_id=row["doc"], source=row["outlet"],
                          published=row["published"], language=row["language"])
    return reconcile(claims)


def test_the_checker_catches_what_schema_org_does_not_define() -> None:
    bad = {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewd": "x", "ratingValue": 3}
    assert problems(bad) == [f"unknown property {SCHEMA}claimReviewd", "ratingValue is not a property of ['ClaimReview']"]


def test_claim_reviews_use_only_the_schema_org_vocabulary(seeds: Reconciliation) -> None:
    document = claim_reviews(seeds, urls={"000_4ca30e9efcf2f883.txt": "https://example.org/a"},
                             review_url="https://factcheck.example/kz", author="Example Fact Check",
                             date_published=dt.date(2022, 1, 10))
    assert problems(document) == []
    assert problems(to_jsonld(seeds.claims)) == []


def test_each_review_has_what_google_requires(seeds: Reconciliation) -> None:
    graph = claim_reviews(seeds)["@graph"]
    assert len(graph) == len(seeds.claims)  # each figure's claim reviewed
    for review in graph:
        assert set(GOOGLE_REQUIRED) <= set(review)
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["reviewRating"]["alternateName"] in {name for name, _ in RATINGS.values()}
        assert review["reviewBody"] == ""  # left for the reviewer's verdict
        assert review["creativeWorkStatus"] == "Draft"
    # the compacted document keeps the required fields under their schema.org names
    compacted = jsonld.compact(jsonld.expand(claim_reviews(seeds), OPTIONS), "https://schema.org", OPTIONS)
    first = compacted["@graph"][0]
    assert set(GOOGLE_REQUIRED) <= {key.removeprefix("schema:") for key in first}


def test_ratings_are_drafted_from_the_verdict(seeds: Reconciliation) -> None:
    claims = {c.claim_id: c for c in seeds.claims}
    deaths = seeds.quantity("deaths", "all", "Kazakhstan")
    latest = claims[deaths.latest_claim_id]
    drafted = {claims[cid].text: drafted_rating(claims[cid], deaths, latest)[0] for cid in deaths.claim_ids}
    assert drafted[latest.text] == "Consistent with the other reports"
    anecdote = next(text for cid, text in ((c, claims[c].text) for c in deaths.claim_ids) if "anecdotal" in claims[cid].flags)
    assert drafted[anecdote] == "An anecdote, not a toll"
    assert "Outdated: a later figure replaces it" in drafted.values()
    single = make_claim()
    result = reconcile([single])
    assert drafted_rating(single, result.quantities[0])[0] == "Single source: no other report to compare"


def test_articles_have_an_id_so_they_flatten_to_one_node(seeds: Reconciliation) -> None:
    flat = jsonld.flatten(to_jsonld(seeds.claims), None, OPTIONS)
    articles = [node for node in flat if f"{SCHEMA}NewsArticle" in node.get("@type", [])]
    assert len(articles) == len({c.doc_id for c in seeds.claims})  # one node per article
    places = [node for node in flat if f"{SCHEMA}Place" in node.get("@type", [])]
    assert len(places) == len({c.location for c in seeds.claims if c.location})
    assert len(flat) < 6 * len(seeds.claims)  # 136 nodes for 27 claims; 264 before articles and places had an @id
