"""Readers: one module per file format, behind one signature.

Each reader module exposes ``read(data: bytes, source: str) -> Meeting`` and raises
`index.model.NotMinutes`, `NoTextLayer` or `ReadError` when the file is not usable.
`parse_file()` picks the reader by file suffix (and content sniffing) and turns every
failure into a `ParseResult` with a one-line reason, so one bad file never stops a run.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from referat.index.cache import ExtractionCache
from referat.index.decisions import annotate
from referat.index.model import Meeting, ParseResult, ReadError

# suffix -> reader module (imported lazily: pdfminer is slow to import)
READERS: dict[str, str] = {
    ".pdf": "referat.index.readers.pdf",
    ".txt": "referat.index.readers.text",
    ".json": "referat.index.readers.portal_json",
    ".html": "referat.index.readers.page",
    ".htm": "referat.index.readers.page",
    ".xml": "referat.index.readers.xml",
}

SUPPORTED_SUFFIXES = frozenset(READERS)


def reader_for(path: str | Path) -> str | None:
    """The reader module name for a path, or None when the suffix is not supported."""
    return READERS.get(Path(path).suffix.lower())


# Bytes that never occur in text (C0 controls but tab, newline, form feed and return).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\x0c\r")


def sniff(data: bytes) -> str | None:
    """The suffix the content looks like: ".pdf", ".json" or ".markup" (HTML or XML).

    JSON and markup are text: a head with control bytes (random or binary data that
    happens to start with `<` or `{`) looks like neither."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head != head.translate(None, _CONTROL):
        return None
    if head[:1] in (b"{", b"["):
        return ".json"
    if head[:1] == b"<":
        return ".markup"
    return None


def reader_for_content(data: bytes, source: str) -> str:
    """The reader module for a file: by suffix, unless the content says the suffix lies."""
    suffix = Path(source).suffix.lower()
    if suffix not in READERS:
        raise ReadError(f"unsupported file type {suffix or '(none)'}")
    if not data:
        raise ReadError("empty file (0 bytes)")
    looks = sniff(data)
    if looks == ".pdf" or (suffix == ".pdf" and looks == ".json"):
        return READERS[looks]
    if suffix == ".pdf" and looks == ".markup":
        return READERS[".xml"] if data.lstrip()[:5].lower() == b"<?xml" else READERS[".html"]
    if suffix == ".pdf":
        raise ReadError("not a PDF (no %PDF- header)")
    if looks == ".json" and (suffix != ".txt" or _parses(data)):
        return READERS[".json"]
    if suffix == ".json" and looks == ".markup":
        return READERS[".html"]
    return READERS[suffix]


def _parses(data: bytes) -> bool:
    """Whether bytes are JSON (a text file opening with `[` or `{` may be prose)."""
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return True


# Readers whose layout rules can be switched off (`known_layouts=False`).
_LAYOUT_READERS = frozenset({READERS[".pdf"], READERS[".txt"], READERS[".html"],
                             READERS[".json"]})


def read_bytes(data: bytes, source: str, extractions: ExtractionCache | None = None,
               digest: str | None = None, known_layouts: bool = True) -> Meeting:
    """Read one file's bytes into a Meeting (raises ReadError and its subclasses).

    The reader is chosen by suffix and content (a PDF named .json is read as a PDF).
    With an extraction cache and the content hash, a PDF's text is extracted once.
    `known_layouts=False` reads PDF, text and HTML by the generic reader alone (to
    measure it on documents whose family referat knows).
    """
    module_name = reader_for_content(data, source)
    module = importlib.import_module(module_name)
    options = {} if known_layouts or module_name not in _LAYOUT_READERS else {"known": False}
    if extractions is None or digest is None or not hasattr(module, "extract_pieces"):
        return module.read(data, source, **options)
    pieces = extractions.get(digest)
    if pieces is None:
        pieces = module.extract_pieces(data)
        extractions.put(digest, pieces)
    return module.parse_pages(module.page_lines(pieces), source, **options)


def parse_file(path: str | Path, known_layouts: bool = True) -> ParseResult:
    """Read one file; never raises for bad input, the result says what happened."""
    source = str(Path(path).resolve())
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return ParseResult(source, "error", reason=f"cannot read file: {exc.strerror or exc}")
    return parse_bytes(data, source, known_layouts=known_layouts)


def parse_bytes(data: bytes, source: str, extractions: ExtractionCache | None = None,
                digest: str | None = None, known_layouts: bool = True) -> ParseResult:
    """Like `parse_file` for bytes already read (see `read_bytes` for the cache).

    The result names the reader (module) and layout family, and the confidence of the
    reading (`readers.confidence`)."""
    reader = None
    try:
        reader = reader_for_content(data, source).rsplit(".", 1)[-1]
        meeting = read_bytes(data, source, extractions, digest, known_layouts)
    except ReadError as exc:
        return ParseResult(source, exc.status, reason=str(exc) or exc.status, reader=reader)
    except Exception as exc:  # a reader bug must not stop a run: report it on one line
        return ParseResult(source, "error", reason=f"{type(exc).__name__}: {exc}",
                           reader=reader)
    if not meeting.items:
        return ParseResult(source, "not_minutes", reason="no agenda items found",
                           reader=reader)
    annotate(meeting)
    if meeting.confidence is None:
        from referat.index.readers.confidence import assess

        meeting.confidence, meeting.checks = assess(meeting)
    return ParseResult(source, "ok", meeting=meeting, reader=reader,
                       layout=meeting.layout or reader, confidence=meeting.confidence,
                       checks=list(meeting.checks))
