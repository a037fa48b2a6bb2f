"""HTML articles: the article's text and metadata from a saved web page, then :func:`extract`.

Needs the optional ``html`` extra (``pip install 'casualty_reconcile[html]'``, trafilatura), which is
imported only when a page is read. Nothing is fetched: pass the page's HTML, and its address as ``url``
when you know it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .io import Document
from .models import normalize_published

if TYPE_CHECKING:
    from .display import ClaimList

_HTML_LANG = re.compile(rb"<html\b[^>]{0,2000}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})?)", re.I)


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        raise ImportError(
            "reading HTML needs trafilatura: pip install 'casualty_reconcile[html]'"
        ) from None
    return trafilatura


def _paragraphs(text: str) -> str:
    """Trafilatura puts one paragraph a line; a blank line between paragraphs keeps headlines apart."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def html_document(
    page: str | bytes,
    url: str | None = None,
    *,
    doc_id: str | None = None,
) -> Document:
    """The article of ``page`` as a :class:`~casualty_reconcile.io.Document`.

    ``text`` is the headline and the article's paragraphs (navigation, asides and footers dropped),
    ``published`` the page's date, ``source`` its site name (else its host name), ``language`` the
    page's declared ``<html lang>``, ``title`` its headline and ``url`` its address (``url`` or the
    page's canonical address). Raises :class:`~casualty_reconcile.InputError` when the page has no text.
    """
    if not isinstance(page, (str, bytes)):
        raise TypeError(f"page must be HTML as str or bytes, not {type(page).__name__}")
    raw = page.encode("utf-8") if isinstance(page, str) else page
    trafilatura = _trafilatura()
    result = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if result is None:
        raise InputError("no article text found in the page")
    meta: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    body = _paragraphs(meta.get("text") or "")
    title = (meta.get("title") or "").strip() or None
    if not body:
        raise InputError("no article text found in the page")
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    published: str | None
    try:
        published = normalize_published(meta.get("date"))
    except (InputError, TypeError):
        published = None
    lang = _HTML_LANG.search(raw[:20000])
    page_url = url or meta.get("url") or None
    if doc_id is None:
        doc_id = page_url or "html-" + hashlib.blake2b(raw, digest_size=8).hexdigest()
    return Document(
        doc_id=doc_id,
        text=body,
        source=meta.get("sitename") or meta.get("hostname") or None,
        published=published,
        language=lang.group(1).decode("ascii") if lang else None,
        url=page_url,
        title=title,
        path=page_url or doc_id,
    )


def extract_html(
    page: str | bytes,
    url: str | None = None,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    published: str | dt.date | None = None,
    language: str | None = None,
) -> ClaimList:
    """Every numeric claim in the article of an HTML page.

    The text and metadata come from :func:`html_document`; ``source``, ``published`` and ``language``
    given here win over what the page says. ``doc_id`` defaults to the page's address.
    """
    from .display import ClaimList
    from .extract import extract

    doc = html_document(page, url, doc_id=doc_id)
    claims = extract(
        doc.text,
        doc_id=doc.doc_id,
        source=source if source is not None else doc.source,
        published=published if published is not None else doc.published,
        language=language if language is not None else doc.language,
    )
    return claims if isinstance(claims, ClaimList) else ClaimList(claims)


__all__ = ["extract_html", "html_document"]
