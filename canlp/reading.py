"""Reading communiqués from files, folders and standard input.

:func:`read_inputs` turns command-line paths into :class:`InputDocument`
objects in input order, and reports every input it cannot read as an
:class:`InputError` (file, line, one-line reason) instead of stopping:
in batch work a bad file is reported and skipped and nothing else is lost.

Supported inputs: ``.txt`` (any common encoding, detected with
charset-normalizer), ``.jsonl`` and ``.json`` records with a ``text`` field
and optional ``id``, ``date``, ``source_state``, ``url``, ``source`` (other
fields are carried through), folders (read recursively), and ``-`` for
standard input (plain text).
"""

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md"}
RECORD_SUFFIXES = {".jsonl", ".json", ".ndjson"}
MAX_BYTES = 50 * 1024 * 1024


@dataclass
class InputDocument:
    id: str
    text: str
    date: "str | None" = None
    source_state: "str | None" = None
    extra: dict = field(default_factory=dict)
    origin: str = ""


@dataclass
class InputError:
    origin: str
    message: str

    def __str__(self):
        return f"{self.origin}: {self.message}"


def decode(data, origin):
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else charset-normalizer's best guess.

    Raises ValueError for binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("not text in any encoding canlp recognises")
    return str(best)


def _read_bytes(path):
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"file of {size // (1024 * 1024)} MB is larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
    return path.read_bytes()


def _records(text, origin):
    """Records from JSON Lines (or one JSON object / array); bad lines become InputErrors."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            yield InputError(origin, f"not valid JSON ({error.msg}, line {error.lineno})")
            return
        for number, item in enumerate(items, 1):
            yield _record(item, f"{origin}[{number}]")
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(f"{origin}:{number}", f"not valid JSON ({error.msg})")
            continue
        yield _record(item, f"{origin}:{number}")


def _record(item, origin):
    if not isinstance(item, dict):
        return InputError(origin, "a record must be a JSON object")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(origin, "record has no 'text'")
    known = {"id", "text", "date", "source_state"}
    return InputDocument(
        id=str(item.get("id") or origin),
        text=text,
        date=item.get("date"),
        source_state=item.get("source_state"),
        extra={k: v for k, v in item.items() if k not in known},
        origin=origin,
    )


def _from_text(text, ident, origin, date):
    if not text.strip():
        return InputError(origin, "empty file")
    return InputDocument(id=ident, text=text, date=date, origin=origin)


def read_path(path, date=None):
    """Documents and errors from one file."""
    origin = str(path)
    try:
        data = _read_bytes(path)
        text = decode(data, origin)
    except (OSError, ValueError) as error:
        yield InputError(origin, str(error) if isinstance(error, ValueError) else error.strerror or str(error))
        return
    if path.suffix.lower() in RECORD_SUFFIXES:
        yield from _records(text, origin)
    else:
        yield _from_text(text, path.stem, origin, date)


def expand(paths):
    """Files to read, in order: folders are walked recursively (sorted), '-' stays '-'.

    Raises FileNotFoundError for a path that does not exist (a usage error).
    """
    files = []
    for raw in paths:
        if str(raw) == "-":
            files.append("-")
            continue
        path = Path(raw)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file or directory")
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | RECORD_SUFFIXES
            )
        else:
            files.append(path)
    return files


def read_inputs(paths, date=None, stdin=None):
    """Yield InputDocument or InputError for every input, in input order."""
    for item in expand(paths):
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield _from_text(stream.read(), "stdin", "stdin", date)
        else:
            yield from read_path(item, date)
