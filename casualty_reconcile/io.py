"""Reading documents: text files, folders, standard input, JSON Lines and saved HTML pages.

Every problem with one document (a missing file, bytes that are not UTF-8, a malformed JSON line,
an unknown language, a malformed date) becomes a :class:`DocumentError` naming the file and line;
:func:`iter_documents` yields it in place of the document and goes on with the others.

Inputs
------
* a text file (any suffix but those below): one document; its ``doc_id`` is the file name;
* a JSON Lines file (``.jsonl``, ``.ndjson``): one document a line, an object with ``text`` and
  optionally ``doc_id``, ``source``, ``published``, ``language``, ``event``, ``url``, ``title``;
* an HTML page (``.html``, ``.htm``): its article text and metadata (needs the ``html`` extra);
* a folder: every ``.txt``, JSON Lines and HTML file in it and its subfolders, in name order
  (hidden files and ``sources.jsonl`` are not documents); ``doc_id`` is the path inside the folder;
* ``-``: standard input, read as JSON Lines when its first line is a JSON object, else as one text.

A ``sources.jsonl`` beside text or HTML files describes them, one object a line: ``doc`` (the file
name) and any of ``language``, ``published``, ``outlet`` (or ``source``), ``event``, ``doc_id``,
``url``, ``title``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, Literal

from .errors import CasualtyReconcileError, InputError
from .lang import get_language
from .models import normalize_published, published_instant
from .safety import display_path

InputFormat = Literal["auto", "text", "jsonl", "html"]

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
SIDECAR_NAME = "sources.jsonl"
STDIN = "-"

DOCUMENT_KEYS = ("doc_id", "text", "source", "published", "language", "event", "url", "title")
"""The keys of a document in JSON Lines."""

SIDECAR_KEYS = ("doc", "doc_id", "source", "outlet", "published", "language", "event", "url", "title")
"""The keys of a line of ``sources.jsonl``."""


@dataclass(frozen=True)
class Document:
    """One document to extract claims from, with its metadata and where it was read."""

    doc_id: str
    text: str
    source: str | None = None
    published: str | None = None
    language: str | None = None
    event: str | None = None
    url: str | None = None
    title: str | None = None
    path: str = field(default="", compare=False)
    """The file it was read from (``<stdin>`` for standard input)."""
    line: int | None = field(default=None, compare=False)
    """The line of a JSON Lines file it was read from."""
    warnings: tuple[str, ...] = field(default=(), compare=False)
    """What was mended while reading it (lone surrogates replaced), for a warning."""

    @property
    def where(self) -> str:
        """The file and line, for messages: ``docs.jsonl:3``."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path


class DocumentError(InputError):
    """A document that could not be read; ``path`` and ``line`` say where (``line`` may be ``None``)."""

    def __init__(self, path: str, line: int | None, problem: str, *, doc: str | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        self.doc = doc
        """The document the problem concerns when it is known (a sidecar line names one)."""
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


@dataclass(frozen=True)
class Source:
    """One input to read: a file or standard input, and the name its documents get."""

    path: Path | None  # None for standard input
    kind: Literal["text", "jsonl", "html", "sniff"]
    name: str  # the doc_id of a single-document input; the display name otherwise
    size: int | None

    @property
    def display(self) -> str:
        return "<stdin>" if self.path is None else display_path(self.path)


def _kind_of(path: Path, input_format: InputFormat) -> Literal["text", "jsonl", "html"]:
    if input_format != "auto":
        return input_format
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def is_document_file(path: Path) -> bool:
    """Whether a file in a folder is read as a document (by its suffix; not ``sources.jsonl``)."""
    suffix = path.suffix.lower()
    return path.name != SIDECAR_NAME and suffix in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES


def collect_sources(inputs: Sequence[str | Path], *, input_format: InputFormat = "auto") -> tuple[
    list[Source], list[DocumentError]
]:
    """The files to read for ``inputs`` (files, folders, ``-``), and an error for each input that is not there."""
    sources: list[Source] = []
    errors: list[DocumentError] = []
    for item in inputs:
        if str(item) == STDIN:
            kind: Literal["text", "jsonl", "html", "sniff"] = "sniff" if input_format == "auto" else input_format
            sources.append(Source(None, kind, "stdin", None))
            continue
        path = Path(item)
        if path.is_dir():
            found, unreadable = _walk(path)
            errors.extend(unreadable)
            if not found and not unreadable:
                errors.append(DocumentError(display_path(path), None, "no .txt, .jsonl or .html documents in this folder"))
            for p in found:
                name = display_path(p.relative_to(path).as_posix())
                sources.append(Source(p, _kind_of(p, input_format), name, _size(p)))
        elif path.is_file():
            sources.append(Source(path, _kind_of(path, input_format), display_path(path.name), _size(path)))
        elif path.exists():
            errors.append(DocumentError(display_path(path), None, "not a regular file or folder"))
        else:
            errors.append(DocumentError(display_path(path), None, "no such file or folder"))
    return sources, errors


def _walk(folder: Path) -> tuple[list[Path], list[DocumentError]]:
    """The document files under ``folder`` (not hidden ones, nor in hidden folders; symbolic links
    to folders are not followed), in name order, and an error for each folder that cannot be read."""
    found: list[Path] = []
    errors: list[DocumentError] = []

    def unreadable(exc: OSError) -> None:
        where = display_path(exc.filename if exc.filename is not None else folder)
        errors.append(DocumentError(where, None, f"cannot read this folder: {exc.strerror} (its documents are skipped)"))

    for parent, folders, files in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            p = Path(parent, name)
            if not name.startswith(".") and is_document_file(p) and p.is_file():
                found.append(p)
    found.sort()
    return found, errors


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def decode_utf8(data: bytes, path: str, first_line: int = 1) -> str:
    """``data`` as text, or a :class:`DocumentError` naming the line of the first undecodable byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DocumentError(
            path,
            line,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at column {column}); convert the file to UTF-8",
        ) from None
    return text.removeprefix("\ufeff")


def _optional_str(payload: Mapping[str, Any], key: str, where: tuple[str, int | None]) -> str | None:
    value = payload.get(key)
    if value is None:
        return None
    if key == "doc_id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise DocumentError(*where, f"{key!r} must be a string or null, not {type(value).__name__}")
    return value


def _check_language(language: str | None, where: tuple[str, int | None]) -> str | None:
    if language is None:
        return None
    try:
        get_language(language)
    except CasualtyReconcileError as exc:
        raise DocumentError(*where, str(exc)) from None
    return language


def _check_published(published: str | None, where: tuple[str, int | None]) -> str | None:
    """The document's publication day, or its time with the UTC offset as given (extract keeps the
    instant beside the local day: report_days), checked."""
    try:
        day = normalize_published(published)
    except (InputError, TypeError) as exc:
        raise DocumentError(*where, str(exc)) from None
    return published if published_instant(published) is not None else day


def _parse_object(raw: bytes, path: str, line: int) -> dict[str, Any]:
    text = decode_utf8(raw, path, line)
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(path, line, f"malformed JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise DocumentError(path, line, "malformed JSON: nested too deeply") from None
    if not isinstance(payload, dict):
        raise DocumentError(path, line, f"expected a JSON object, not {type(payload).__name__}")
    return payload


def document_from_json(
    payload: Mapping[str, Any], path: str, line: int | None, *, default_id: str
) -> Document:
    """A :class:`Document` from one JSON Lines object, checked (text, language, published date)."""
    where = (path, line)
    unknown = sorted(set(payload) - set(DOCUMENT_KEYS))
    if unknown:
        raise DocumentError(
            path, line, f"unknown key(s) {', '.join(map(repr, unknown))}; a document has {', '.join(DOCUMENT_KEYS)}"
        )
    text = payload.get("text")
    if not isinstance(text, str):
        problem = "missing 'text'" if text is None else f"'text' must be a string, not {type(text).__name__}"
        raise DocumentError(path, line, problem)
    mended = [key for key in DOCUMENT_KEYS if isinstance(payload.get(key), str) and _SURROGATE.search(payload[key])]
    if mended:
        payload = {key: _SURROGATE.sub("\ufffd", value) if key in mended else value for key, value in payload.items()}
        text = payload["text"]
    return Document(
        doc_id=_optional_str(payload, "doc_id", where) or default_id,
        text=text,
        source=_optional_str(payload, "source", where),
        published=_check_published(_optional_str(payload, "published", where), where),
        language=_check_language(_optional_str(payload, "language", where), where),
        event=_optional_str(payload, "event", where),
        url=_optional_str(payload, "url", where),
        title=_optional_str(payload, "title", where),
        path=path,
        line=line,
        warnings=(f"lone surrogate(s) in {', '.join(map(repr, mended))} replaced by U+FFFD",) if mended else (),
    )


_SURROGATE = re.compile("[\ud800-\udfff]")
_DOC_KEY = re.compile(rb'"doc"\s*:\s*"((?:[^"\\]|\\.){1,500})"')


@dataclass
class _Sidecar:
    entries: dict[str, dict[str, Any]]
    errors: list[DocumentError]
    reported: bool = False


def read_sidecar(path: Path) -> tuple[dict[str, dict[str, Any]], list[DocumentError]]:
    """The entries of a ``sources.jsonl`` by file name, and an error for each bad line.

    An entry with a bad value is left out and its error names the document (``DocumentError.doc``),
    so that document is skipped rather than read with wrong metadata.
    """
    entries: dict[str, dict[str, Any]] = {}
    errors: list[DocumentError] = []
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return entries, [DocumentError(shown, None, f"cannot read: {exc.strerror}")]
    first: dict[str, int] = {}
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            payload = _parse_object(raw, shown, number)
        except DocumentError as exc:
            named = _DOC_KEY.search(raw)  # the document a malformed line describes, when it can be seen
            if named is not None:
                try:
                    exc.doc = json.loads(b'"' + named.group(1) + b'"')
                except ValueError:
                    pass
            errors.append(exc)
            continue
        doc = payload.get("doc")
        if not isinstance(doc, str) or not doc:
            errors.append(DocumentError(shown, number, "each line needs 'doc', the name of the file it describes"))
            continue
        if doc in first:
            errors.append(DocumentError(shown, number, f"{doc!r} is described again (first at line {first[doc]})", doc=doc))
            entries.pop(doc, None)
            continue
        first[doc] = number
        try:
            entries[doc] = _sidecar_entry(payload, shown, number)
        except DocumentError as exc:
            exc.doc = doc
            errors.append(exc)
    return entries, errors


def _sidecar_entry(payload: Mapping[str, Any], path: str, line: int) -> dict[str, Any]:
    where = (path, line)
    unknown = sorted(set(payload) - set(SIDECAR_KEYS))
    if unknown:
        raise DocumentError(
            path, line, f"unknown key(s) {', '.join(map(repr, unknown))}; {SIDECAR_NAME} has {', '.join(SIDECAR_KEYS)}"
        )
    source = _optional_str(payload, "source", where)
    outlet = _optional_str(payload, "outlet", where)
    return {
        "doc_id": _optional_str(payload, "doc_id", where),
        "source": source if source is not None else outlet,
        "published": _check_published(_optional_str(payload, "published", where), where),
        "language": _check_language(_optional_str(payload, "language", where), where),
        "event": _optional_str(payload, "event", where),
        "url": _optional_str(payload, "url", where),
        "title": _optional_str(payload, "title", where),
    }


def _read_jsonl_lines(lines: Iterator[bytes], shown: str, stem: str) -> Iterator[Document | DocumentError]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            payload = _parse_object(raw, shown, number)
            yield document_from_json(payload, shown, number, default_id=f"{stem}:{number}")
        except DocumentError as exc:
            yield exc


def _from_html(data: bytes, source: Source, meta: Mapping[str, Any]) -> Document:
    from .html import html_document

    try:
        doc = html_document(data, url=meta.get("url"), doc_id=meta.get("doc_id") or source.name)
    except (CasualtyReconcileError, ImportError) as exc:  # ImportError: the html extra is not installed
        raise DocumentError(source.display, None, str(exc)) from None
    return replace(
        doc,
        source=meta.get("source") or doc.source,
        published=meta.get("published") or doc.published,
        language=meta.get("language") or doc.language,
        event=meta.get("event") or doc.event,
        title=meta.get("title") or doc.title,
        path=source.display,
        line=None,
    )


def read_source(
    source: Source, *, stdin: BinaryIO | None = None, sidecars: dict[Path, _Sidecar] | None = None
) -> Iterator[Document | DocumentError]:
    """The documents of one input, with an error in place of each one that cannot be read."""
    if source.path is None:
        yield from _read_stdin(source, stdin)
        return
    path = source.path
    if source.kind == "jsonl":
        try:
            with path.open("rb") as handle:
                yield from _read_jsonl_lines(iter(handle), source.display, source.name)
        except OSError as exc:
            yield DocumentError(source.display, None, f"cannot read: {exc.strerror}")
        return
    meta: dict[str, Any] = {}
    if sidecars is not None:
        found = yield from _sidecar_meta(source, path, sidecars)
        if found is None:
            return  # its line in sources.jsonl is bad: reported, the file skipped
        meta = found
    yield from _read_file(source, path, meta)


def _read_stdin(source: Source, stdin: BinaryIO | None) -> Iterator[Document | DocumentError]:
    """The documents of standard input: JSON Lines, HTML or one text (``sniff``: JSON Lines when it starts with {)."""
    shown = source.display
    stream = stdin
    if stream is None:
        import sys

        stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        yield DocumentError(shown, None, "cannot read: standard input is closed")
        return
    try:
        data = stream.read()
    except (OSError, ValueError) as exc:  # ValueError: a closed file
        yield DocumentError(shown, None, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        return
    kind = source.kind
    if kind == "sniff":
        first = data.lstrip().split(b"\n", 1)[0].strip()
        kind = "jsonl" if first.startswith(b"{") and _is_json_object(first) else "text"
    if kind == "jsonl":
        yield from _read_jsonl_lines(iter(data.split(b"\n")), shown, "stdin")
        return
    if kind == "html":
        try:
            yield _from_html(data, source, {})
        except DocumentError as exc:
            yield exc
        return
    try:
        yield Document(doc_id="stdin", text=decode_utf8(data, shown), path=shown)
    except DocumentError as exc:
        yield exc


def _sidecar_meta(
    source: Source, path: Path, sidecars: dict[Path, _Sidecar]
) -> Generator[DocumentError, None, dict[str, Any] | None]:
    """Yields the problems of the folder's ``sources.jsonl`` (those of the whole file once, with its first
    document); returns the file's metadata from it, or ``None`` when its own line is bad (the file is skipped)."""
    sidecar_path = path.parent / SIDECAR_NAME
    sidecar = sidecars.get(sidecar_path)
    if sidecar is None and sidecar_path.is_file():
        entries, errors = read_sidecar(sidecar_path)
        sidecar = sidecars[sidecar_path] = _Sidecar(entries, errors)
    if sidecar is None:
        return {}
    if not sidecar.reported:
        sidecar.reported = True
        yield from (error for error in sidecar.errors if error.doc is None)
    named = [error for error in sidecar.errors if error.doc == path.name]
    if named:
        for error in named:
            yield DocumentError(error.path, error.line, f"{error.problem} (so {source.name} is skipped)", doc=path.name)
        return None
    return sidecar.entries.get(path.name, {})


def _read_file(source: Source, path: Path, meta: dict[str, Any]) -> Iterator[Document | DocumentError]:
    """The document of one text or HTML file, with the metadata its folder gives it."""
    shown = source.display
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(shown, None, f"cannot read: {exc.strerror}")
        return
    try:
        if source.kind == "html":
            yield _from_html(data, source, meta)
            return
        yield Document(
            doc_id=meta.get("doc_id") or source.name,
            text=decode_utf8(data, shown),
            source=meta.get("source"),
            published=meta.get("published"),
            language=meta.get("language"),
            event=meta.get("event"),
            url=meta.get("url"),
            title=meta.get("title"),
            path=shown,
        )
    except DocumentError as exc:
        yield exc


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False


def iter_documents(
    inputs: Sequence[str | Path],
    *,
    input_format: InputFormat = "auto",
    stdin: BinaryIO | None = None,
) -> Iterator[Document | DocumentError]:
    """Every document of ``inputs`` in order, with a :class:`DocumentError` in place of each bad one
    (also for a ``doc_id`` seen before: its claims would mix with the first's)."""
    sources, errors = collect_sources(inputs, input_format=input_format)
    yield from errors
    yield from read_sources(sources, stdin=stdin)


class DocumentReader:
    """Reads sources one at a time, remembering ``sources.jsonl`` files and the ``doc_id`` values seen.

    A ``doc_id`` seen before is an error for the later document (its claims would mix with the first's).
    """

    def __init__(self, *, stdin: BinaryIO | None = None) -> None:
        self.stdin = stdin
        self._sidecars: dict[Path, _Sidecar] = {}
        self._seen: dict[str, str] = {}

    def read(self, source: Source) -> Iterator[Document | DocumentError]:
        for item in read_source(source, stdin=self.stdin, sidecars=self._sidecars):
            if isinstance(item, Document):
                first = self._seen.get(item.doc_id)
                if first is not None:
                    yield DocumentError(
                        item.path, item.line, f"duplicate doc_id {item.doc_id!r} (first at {first}); document skipped"
                    )
                    continue
                self._seen[item.doc_id] = item.where
            yield item


def read_sources(sources: Sequence[Source], *, stdin: BinaryIO | None = None) -> Iterator[Document | DocumentError]:
    """The documents of already collected ``sources`` (see :func:`collect_sources`)."""
    reader = DocumentReader(stdin=stdin)
    for source in sources:
        yield from reader.read(source)


def load_documents(
    inputs: Sequence[str | Path], *, input_format: InputFormat = "auto"
) -> list[Document]:
    """Every document of ``inputs``; raises the first :class:`DocumentError` (use :func:`iter_documents` to go on)."""
    documents = []
    for item in iter_documents(inputs, input_format=input_format):
        if isinstance(item, DocumentError):
            raise item
        documents.append(item)
    return documents


__all__ = [
    "DOCUMENT_KEYS",
    "Document",
    "DocumentError",
    "DocumentReader",
    "Source",
    "collect_sources",
    "document_from_json",
    "iter_documents",
    "load_documents",
    "read_sidecar",
    "read_sources",
]
