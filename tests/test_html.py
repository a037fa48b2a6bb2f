"""HTML articles: text and metadata from saved pages (no network), then ``extract``."""

from __future__ import annotations

from pathlib import Path

import pytest

from casualty_reconcile import ClaimList, InputError, extract, extract_html
from casualty_reconcile.io import Document, iter_documents

pytest.importorskip("trafilatura", reason="needs the html extra: pip install 'casualty_reconcile[html]'")

from casualty_reconcile.html import html_document

PAGES = Path(__file__).parent / "data" / "html"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_article_text_and_metadata_come_from_the_page() -> None:
    doc = html_document(page("kasachstan_tote.html"))
    assert doc.title == "Kasachstan: Behörden melden mindestens 164 Tote"
    assert doc.published == "2022-01-09"
    assert doc.source == "Beispiel-Nachrichten"
    assert doc.language == "de"
    assert doc.url == doc.doc_id == "https://nachrichten.example/politik/kasachstan-164-tote"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == doc.title
    assert paragraphs[2].startswith("ALMATY (dpa-AFX) - Wenige Tage nach")
    # navigation, asides, footers and scripts are not article text
    for boilerplate in ("Startseite", "Meistgelesen", "3:1 im Derby", "Alle Rechte vorbehalten", "window.tracking"):
        assert boilerplate not in doc.text


def test_extract_html_equals_extract_on_the_page_text() -> None:
    doc = html_document(page("almaty_reuters_en.html"))
    assert (doc.language, doc.published, doc.source) == ("en", "2022-01-09", "Example Wire")
    claims = extract_html(page("almaty_reuters_en.html"))
    assert isinstance(claims, ClaimList)
    assert claims == extract(doc.text, doc_id=doc.doc_id, source="Example Wire", published="2022-01-09", language="en")
    assert any(c.value == 164 and c.category.value == "deaths" for c in claims)
    assert all(c.doc_id == "https://wire.example/world/asia/kazakhstan-164-killed-2022-01-09/" for c in claims)


def test_arguments_win_over_the_page() -> None:
    claims = extract_html(
        page("kasachstan_tote.html"), url="https://mirror.example/a", source="dpa", published="2022-01-10"
    )
    assert claims and {(c.doc_id, c.source, c.published) for c in claims} == {("https://mirror.example/a", "dpa", "2022-01-10")}


def test_markup_in_the_page_text_stays_text_and_is_escaped_in_html_display() -> None:
    doc = html_document(page("script_injection.html"))
    assert '<script>alert("x")</script>' in doc.text  # the page's escaped text, read back as text
    claims = extract_html(page("script_injection.html"))
    shown = claims._repr_html_()
    assert "<script" not in shown
    assert doc.source == "Local & Regional <b>News</b>"


def test_a_page_without_an_article() -> None:
    with pytest.raises(InputError, match="no article text"):
        html_document("<html><head><title>x</title></head><body></body></html>")
    doc = html_document(page("no_article.html"))
    assert doc.title == "Seite nicht gefunden"
    assert extract_html(page("no_article.html")) == []


def test_wrong_type() -> None:
    with pytest.raises(TypeError, match="HTML as str or bytes"):
        html_document(5)  # type: ignore[arg-type]


def test_html_files_in_a_folder_are_documents() -> None:
    items = list(iter_documents([PAGES]))
    assert all(isinstance(item, Document) for item in items)
    documents = {item.doc_id: item for item in items if isinstance(item, Document)}
    assert sorted(documents) == sorted(p.name for p in PAGES.glob("*.html"))  # like text files: the file name
    article = documents["kasachstan_tote.html"]
    assert (article.url, article.published, article.language) == (
        "https://nachrichten.example/politik/kasachstan-164-tote", "2022-01-09", "de"
    )


def test_without_trafilatura_an_html_file_is_a_named_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if the html extra were not installed
    target = tmp_path / "page.html"
    target.write_bytes(page("kasachstan_tote.html"))
    (item,) = list(iter_documents([target]))
    assert str(item) == f"{target}: reading HTML needs trafilatura: pip install 'casualty_reconcile[html]'"
    with pytest.raises(ImportError, match="pip install 'casualty_reconcile\\[html\\]'"):
        extract_html("<html></html>")
