"""Output that is safe where it lands: a terminal, a spreadsheet, an HTML page, a file being replaced.

* :func:`escape_controls`: control characters, terminal escape sequences and bidirectional
  overrides in a name or sentence shown as ``\\x1b``, ``\\u202e`` (a file named to move the cursor
  or reverse the line cannot disguise what is printed);
* :func:`csv_cell`: a CSV cell that a spreadsheet would run as a formula (starting with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe, which spreadsheets show
  as text;
* :func:`display_path`: a file name with bytes that are not UTF-8 shown with ``\\xNN`` escapes;
* :class:`AtomicOutput`: a file written under a temporary name beside it and renamed into place only
  when the whole output is written, so a failed or interrupted run leaves the old file (or none).
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_CONTROLS_AND_BREAKS = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ud800-\udfff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a CSV cell starts that a spreadsheet would read as a formula."""


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control characters, escape sequences and bidirectional controls escaped.

    Tabs are kept; line breaks are kept only with ``keep_newlines`` (a table's rows).
    """
    return (_CONTROLS if keep_newlines else _CONTROLS_AND_BREAKS).sub(_escape, text)


def csv_cell(value: Any) -> Any:
    """``value`` made safe for a spreadsheet: a string starting with a formula character gets a ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def display_path(path: str | os.PathLike[str]) -> str:
    """A path for messages and ids: undecodable bytes of its name as ``\\xNN``."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


class AtomicOutput:
    """A text file written under a temporary name in its folder and renamed to ``path`` on success.

    ``with AtomicOutput(path) as handle: ...``: when the block raises (or is interrupted), the
    temporary file is removed and ``path`` is untouched. A path that exists and is not a regular file
    (a device such as ``/dev/null``, a named pipe) is written directly.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.is_symlink():  # write through a link, do not replace it
            self.path = self.path.resolve()
        self._temp: Path | None = None
        self._handle: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        target = self.path
        if target.exists() and not target.is_file():
            self._handle = open(target, "w", encoding="utf-8", newline="")
            return self._handle
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
        self._temp = Path(name)
        try:
            mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
            os.chmod(fd, mode)
        except OSError:
            pass
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self._handle

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        handle, temp = self._handle, self._temp
        assert handle is not None
        if kind is not None:
            try:
                handle.close()
            except OSError:
                pass
            if temp is not None:
                temp.unlink(missing_ok=True)
            return
        try:
            handle.close()
            if temp is not None:
                os.replace(temp, self.path)
        except BaseException:
            if temp is not None:
                temp.unlink(missing_ok=True)
            raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


__all__ = ["FORMULA_STARTS", "AtomicOutput", "csv_cell", "display_path", "escape_controls"]
