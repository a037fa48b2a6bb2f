"""Claims as schema.org ``Claim`` JSON-LD, ready for a fact-check tool to wrap in its own ``ClaimReview``.

Each claim becomes a node::

    {"@type": "Claim", "@id": "urn:casualty-reconcile:claim:<claim_id>",
     "text": <the sentence>, "author": {"@type": "Organization", "name": <speaker>},
     "datePublished": <published>, "inLanguage": "de",
     "appearance": [{"@type": "NewsArticle", "url": ..., "identifier": <doc_id>, "publisher": ...}],
     "about": {"@type": "QuantitativeValue", "value": 164, "minValue": 164, "unitText": "deaths", ...}}

The figure itself is the ``about`` node (a ``QuantitativeValue``: the stated number, its bounds,
what is counted, the phrase as written, and as ``additionalProperty`` the qualifier, the group
counted and the claim it is part of). ``author`` is the figure's origin, the organisation it comes from
("government of Kazakhstan": a ``GovernmentOrganization``; an NGO, a hospital, an outlet by their types),
and ``creator`` the speaker as the article names it when that differs; without an origin the speaker is
the author. Their type is the one ``author_types`` gives, else by the origin's kind
(``{"Tokajew": "Person"}``). A figure passed on by someone (``via``) gets a second appearance published by them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote

from .models import Claim, OriginType

if TYPE_CHECKING:
    from .result import Quantity, Reconciliation

CONTEXT = "https://schema.org"
ID_PREFIX = "urn:casualty-reconcile:claim:"
ARTICLE_PREFIX: Final = "urn:casualty-reconcile:article:"
"""The ``@id`` of an article without a URL (its ``doc_id``, percent-encoded, follows)."""
AGENT_PREFIX: Final = "urn:casualty-reconcile:agent:"
"""The ``@id`` of a speaker, relay or outlet (its name, percent-encoded, follows)."""
PLACE_PREFIX: Final = "urn:casualty-reconcile:place:"
REVIEW_PREFIX: Final = "urn:casualty-reconcile:review:"


def article_id(doc_id: str, url: str | None = None) -> str:
    """The ``@id`` of an article: its URL when known, else a URN of its ``doc_id``."""
    return url or ARTICLE_PREFIX + quote(doc_id, safe="")


def _organization(name: str, kind: str = "Organization") -> dict[str, Any]:
    return {"@type": kind, "@id": AGENT_PREFIX + quote(name, safe=""), "name": name}


_ORIGIN_TYPES: Final = {
    OriginType.GOVERNMENT: "GovernmentOrganization", OriginType.STATE_MEDIA: "GovernmentOrganization",
    OriginType.NGO: "NGO", OriginType.MEDICAL: "MedicalOrganization", OriginType.INDEPENDENT_MEDIA: "NewsMediaOrganization",
}
"""The schema.org type of an origin's organisation by its kind (others: ``Organization``)."""


def _author(claim: Claim, types: Mapping[str, str]) -> dict[str, Any] | None:
    """The origin's organisation (the government of a country, a party, an NGO); without an origin, the
    speaker as the article names it."""
    origin, origin_type = claim.origin, claim.origin_type
    if origin and origin_type is not None and origin_type is not OriginType.UNATTRIBUTED:
        return _organization(origin, types.get(origin) or _ORIGIN_TYPES.get(origin_type, "Organization"))
    return _organization(claim.speaker, types.get(claim.speaker, "Organization")) if claim.speaker else None


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
            "@id": article_id(claim.doc_id, url),
            "url": url,
            "identifier": claim.doc_id,
            "datePublished": claim.published,
            "inLanguage": claim.language,
            "publisher": _organization(claim.source) if claim.source else None,
        }
    )
    appearances = [article]
    if claim.via:
        appearances.append(
            {"@type": "CreativeWork", "publisher": _organization(claim.via, types.get(claim.via, "Organization"))}
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
            "author": _author(claim, types),
            "creator": _organization(claim.speaker, types.get(claim.speaker, "Organization"))
            if claim.speaker and claim.origin and claim.speaker != claim.origin else None,
            "datePublished": claim.published,
            "inLanguage": claim.language,
            "appearance": appearances,
            "firstAppearance": article,
            "about": about,
            "keywords": [claim.category.value, *([claim.group] if claim.group else [])],
            "spatialCoverage": {"@type": "Place", "@id": PLACE_PREFIX + quote(claim.location, safe=""),
                                "name": claim.location} if claim.location else None,
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


RATINGS: Final = {
    # status or flag -> (drafted rating, value on the 1-5 scale: 1 contradicted ... 5 well supported)
    "retracted": ("Retracted by its source", 1),
    "anecdotal": ("An anecdote, not a toll", 2),
    "conflict": ("Disputed: other reports conflict with this figure", 2),
    "suspicious": ("Questionable: the figures do not add up", 2),
    "outdated": ("Outdated: a later figure replaces it", 3),
    "unverified": ("Unverified: not independently confirmed", 3),
    "single": ("Single source: no other report to compare", 3),
    "consistent": ("Consistent with the other reports", 4),
}
"""The drafted ratings, from the worst; a reviewer confirms or replaces each one."""


def _day(claim: Claim) -> dt.date | None:
    from .models import published_day

    return claim.as_of or published_day(claim.published)


def drafted_rating(claim: Claim, quantity: Quantity, latest: Claim | None = None) -> tuple[str, int]:
    """The rating drafted for one figure from its flags, its quantity's verdict and the latest figure."""
    for flag in ("retracted", "anecdotal"):
        if flag in claim.flags:
            return RATINGS[flag]
    status = quantity.status.value
    if status in ("conflict", "suspicious"):
        return RATINGS[status]
    day, latest_day = _day(claim), _day(latest) if latest is not None else None
    if day is not None and latest_day is not None and day < latest_day:
        return RATINGS["outdated"]
    if "unverified" in claim.flags:
        return RATINGS["unverified"]
    return RATINGS[status]


def claim_review(
    claim: Claim,
    quantity: Quantity,
    *,
    url: str | None = None,
    review_url: str = "",
    author: str = "",
    date_published: dt.date | None = None,
    latest: Claim | None = None,
) -> dict[str, Any]:
    """A draft schema.org ``ClaimReview`` of one figure, its rating drafted from the quantity's verdict.

    ``reviewRating.alternateName`` is the drafted rating (see :data:`RATINGS`) and
    ``ratingExplanation`` the reconciliation's explanation; ``reviewBody`` is left empty for the
    reviewer's own verdict, ``url`` (the fact-check page) and ``author`` (the fact-checking
    organisation) are the reviewer's unless given. ``creativeWorkStatus`` is "Draft". ``latest`` is
    the quantity's latest figure: an earlier one is drafted as "Outdated".
    """
    name, value = drafted_rating(claim, quantity, latest)
    return {
        "@type": "ClaimReview",
        "@id": REVIEW_PREFIX + claim.claim_id,
        "url": review_url,
        "claimReviewed": claim.sentence,
        "itemReviewed": claim_to_jsonld(claim, url=url, context=False),
        "author": {"@type": "Organization", "name": author},
        "datePublished": (date_published or dt.date.today()).isoformat(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
            "ratingExplanation": quantity.explanation,
        },
        "reviewBody": "",
        "creativeWorkStatus": "Draft",
    }


def claim_reviews(
    result: Reconciliation,
    *,
    urls: Mapping[str, str] | None = None,
    review_url: str = "",
    author: str = "",
    date_published: dt.date | None = None,
) -> dict[str, Any]:
    """Draft ``ClaimReview`` JSON-LD for every figure of a reconciliation, one review per figure.

    Google's fact-check markup needs ``claimReviewed``, ``reviewRating``, ``itemReviewed``, ``url``,
    ``author`` and ``datePublished``; all are present, the reviewer fills in ``url``, ``author`` and
    ``reviewBody`` (or passes them here) and confirms each drafted rating.
    """
    links = urls or {}
    claims = {c.claim_id: c for c in result.claims}
    graph = [
        claim_review(claims[cid], q, url=links.get(claims[cid].doc_id), review_url=review_url, author=author,
                     date_published=date_published, latest=claims.get(q.latest_claim_id))
        for q in result.all_quantities()
        for cid in q.claim_ids
        if cid in claims
    ]
    return {"@context": CONTEXT, "@graph": graph}


__all__ = ["article_id", "claim_review", "claim_reviews", "claim_to_jsonld", "drafted_rating", "dumps", "to_jsonld"]
