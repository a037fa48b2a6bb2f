"""Claims as schema.org ``Claim`` JSON-LD for fact-check tools."""

from __future__ import annotations

import json

from casualty_reconcile import ClaimList, to_jsonld
from casualty_reconcile.jsonld import AGENT_PREFIX, ARTICLE_PREFIX, ID_PREFIX, claim_to_jsonld
from tests.factories import make_claim


def test_a_claim_becomes_a_schema_org_claim_node() -> None:
    claim = make_claim(
        speaker="Gesundheitsministerium", via="Staatsfernsehen", source="dpa", published="2022-01-09",
        location="Almaty", flags=("unverified",),
    )
    node = claim_to_jsonld(claim, url="https://example.org/a")
    assert node["@context"] == "https://schema.org"
    assert node["@type"] == "Claim"
    assert node["@id"] == ID_PREFIX + claim.claim_id
    assert node["text"] == claim.sentence
    assert node["author"] == {
        "@type": "Organization", "@id": AGENT_PREFIX + "Gesundheitsministerium", "name": "Gesundheitsministerium"
    }
    assert node["datePublished"] == "2022-01-09"
    assert node["inLanguage"] == "de"
    article, relay = node["appearance"]
    assert article == {
        "@type": "NewsArticle",
        "@id": "https://example.org/a",  # an article is one node, however many claims it holds
        "url": "https://example.org/a",
        "identifier": "doc-1",
        "datePublished": "2022-01-09",
        "inLanguage": "de",
        "publisher": {"@type": "Organization", "@id": AGENT_PREFIX + "dpa", "name": "dpa"},
    }
    assert node["firstAppearance"] == article
    assert relay["publisher"]["name"] == "Staatsfernsehen"
    about = node["about"]
    assert about["@type"] == "QuantitativeValue"
    assert (about["value"], about["minValue"], about["unitText"], about["description"]) == (
        164, 164, "deaths", "mindestens 164 Todesopfern",
    )
    assert "maxValue" not in about  # unbounded above: no maximum rather than null
    assert {"@type": "PropertyValue", "name": "qualifier", "value": "at_least"} in about["additionalProperty"]
    assert node["spatialCoverage"] == {"@type": "Place", "@id": "urn:casualty-reconcile:place:Almaty", "name": "Almaty"}
    assert node["temporalCoverage"] == "2022-01-09"
    assert node["creativeWorkStatus"] == "unverified"


def test_graph_of_claims_with_urls_and_author_types() -> None:
    first = make_claim(doc_id="a", speaker="Tokajew")
    second = make_claim(doc_id="b", speaker=None, source=None, published=None, as_of=None, part_of=first.claim_id)
    document = to_jsonld([first, second], urls={"a": "https://example.org/a"}, author_types={"Tokajew": "Person"})
    assert document["@context"] == "https://schema.org"
    one, two = document["@graph"]
    assert "@context" not in one
    assert one["author"] == {"@type": "Person", "@id": AGENT_PREFIX + "Tokajew", "name": "Tokajew"}
    assert two["appearance"][0]["@id"] == ARTICLE_PREFIX + "b"
    assert one["appearance"][0]["url"] == "https://example.org/a"
    # what is not known is left out, never written as null
    assert "author" not in two and "datePublished" not in two and "url" not in two["appearance"][0]
    assert {"@type": "PropertyValue", "name": "partOf", "value": ID_PREFIX + first.claim_id} in two["about"][
        "additionalProperty"
    ]
    assert "null" not in json.dumps(document)


def test_claimreview_can_wrap_a_node() -> None:
    node = claim_to_jsonld(make_claim(), context=False)
    review = {"@context": "https://schema.org", "@type": "ClaimReview", "itemReviewed": node}
    assert json.loads(json.dumps(review, ensure_ascii=False))["itemReviewed"]["@type"] == "Claim"


def test_claimlist_exports_itself() -> None:
    claims = ClaimList([make_claim()])
    assert claims.to_jsonld() == to_jsonld(claims)
    assert to_jsonld([]) == {"@context": "https://schema.org", "@graph": []}
