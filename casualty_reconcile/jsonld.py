"""Claims as schema.org ``Claim`` JSON-LD, ready for a fact-check tool to wrap in its own ``ClaimReview``.

Each claim becomes a node::

    {"@type": "Claim", "@id": "urn:casualty-reconcile:claim:<claim_id>",
     "text": <the sentence>, "author": {"@type": "Organization", "name": <speaker>},
     "datePublished": <published>, "inLanguage": "de",
     "appearance": [{"@type": "NewsArticle", "url": ..., "identifier": <doc_id>, "publisher": ...}],
     "about": {"@type": "QuantitativeValue", "value": 164, "minValue": 164, "unitText": "deaths", ...}}

The figure itself is the ``about`` node (a ``QuantitativeValue``: the stated number, its bounds,
what is counted, the phrase as written, and as ``additionalProperty`` the qualifier, the group
counted and the claim it is part of). ``author`` is the speaker as the article names it; its type
is ``Organization`` unless ``author_types`` says otherwise (``{"Tokajew": "Person"}``). A figure passed
on by someone (``via``) gets a second appearance published by them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from .models import Claim

CONTEXT = "https://schema.org"
ID_PREFIX = "urn:casualty-reconcile:claim:"


def _drop_none(node: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in node.items() if value is not None}


def claim_to_jsonld(
    claim: Claim,
    *,
    url: str | None = None,
    author_types: Mapping[str, str] | None = None,
    context: bool = True,
) -> dict[str, Any]:
    """One claim as a schema.org ``Claim`` node (with ``@context`` unless ``context=False``)."""
    if not isinstance(claim, Claim):
        raise TypeError(f"to_jsonld takes Claim objects, not {type(claim).__name__}")
    types = author_types or {}
    article = _drop_none(
        {
            "@type": "NewsArticle",
            "url": url,
            "identifier": claim.doc_id,
            "datePublished": claim.published,
            "inLanguage": claim.language,
            "publisher": {"@type": "Organization", "name": claim.source} if claim.source else None,
        }
    )
    appearances = [article]
    if claim.via:
        appearances.append(
            {"@type": "CreativeWork", "publisher": {"@type": types.get(claim.via, "Organization"), "name": claim.via}}
        )
    about = _drop_none(
        {
            "@type": "QuantitativeValue",
            "value": claim.value,
            "minValue": claim.low,
            "maxValue": claim.high,
            "unitText": claim.category.value,
            "description": claim.text,
            "additionalProperty": [
                {"@type": "PropertyValue", "name": name, "value": value}
                for name, value in (
                    ("qualifier", claim.qualifier.value),
                    ("group", claim.group),
                    ("partOf", ID_PREFIX + claim.part_of if claim.part_of else None),
                )
                if value is not None
            ],
        }
    )
    node = _drop_none(
        {
            "@context": CONTEXT if context else None,
            "@type": "Claim",
            "@id": ID_PREFIX + claim.claim_id,
            "identifier": claim.claim_id,
            "text": claim.sentence,
            "author": {"@type": types.get(claim.speaker, "Organization"), "name": claim.speaker}
            if claim.speaker
            else None,
            "datePublished": claim.published,
            "inLanguage": claim.language,
            "appearance": appearances,
            "firstAppearance": article,
            "about": about,
            "keywords": [claim.category.value, *([claim.group] if claim.group else [])],
            "spatialCoverage": {"@type": "Place", "name": claim.location} if claim.location else None,
            "temporalCoverage": claim.as_of.isoformat() if claim.as_of else None,
            "creativeWorkStatus": ", ".join(claim.flags) or None,
        }
    )
    return node


def to_jsonld(
    claims: Iterable[Claim],
    *,
    urls: Mapping[str, str] | None = None,
    author_types: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The claims as one JSON-LD document: ``{"@context": "https://schema.org", "@graph": [...]}``.

    ``urls`` maps a ``doc_id`` to the address where the article appeared; ``author_types`` maps a
    speaker to its schema.org type (``"Person"``; the default is ``"Organization"``).
    """
    links = urls or {}
    graph = [
        claim_to_jsonld(claim, url=links.get(claim.doc_id), author_types=author_types, context=False)
        for claim in claims
    ]
    return {"@context": CONTEXT, "@graph": graph}


_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(document: Mapping[str, Any]) -> str:
    """JSON text of a JSON-LD document, UTF-8 kept readable, safe to embed in an HTML page.

    ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (and the line and
    paragraph separators escaped), so an article's ``</script>`` cannot end a
    ``<script type="application/ld+json">`` element the output is put in; JSON readers see the same text.
    """
    # (these characters occur only inside JSON strings, where the escapes mean the same)
    return json.dumps(document, ensure_ascii=False, indent=2).translate(_SCRIPT_SAFE)


__all__ = ["claim_to_jsonld", "dumps", "to_jsonld"]
