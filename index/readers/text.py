"""Plain-text reader: text extracted from published minutes (form feeds separate pages)."""

from __future__ import annotations

from referat.index.layout import Line, clean_text
from referat.index.model import Meeting, ReadError
from referat.index.readers.generic import read_document


def read(data: bytes, source: str, known: bool = True) -> Meeting:
    """Read a text file's bytes into a Meeting (`known=False`: the generic reader only)."""
    return read_document(text_lines(decode(data)), source, known)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, the usual legacy encoding."""
    if b"\x00" in data:
        raise ReadError("binary data in a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def text_lines(text: str) -> list[Line]:
    """The text's lines, cleaned; page numbers only when the text has form feeds."""
    pages = text.split("\f")
    paged = len(pages) > 1
    return [
        Line(text=clean_text(raw), page=number if paged else None)
        for number, page in enumerate(pages, start=1)
        for raw in page.splitlines()
    ]
