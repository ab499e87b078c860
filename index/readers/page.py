"""HTML pages, from any system: one path through lxml's tree.

A page of a portal whose markup referat knows (FirstAgenda, `portal_html`) is read by
that vendor's rules, which add what its class names say (item rows, case numbers). Any
other page is reduced to the line model (`markup.html_lines`) and read by the generic
reader, as a PDF would be; where its body names no kind of document, the page's own
name (`<title>`, "Dagsorden: Miljøudvalget") heads it, as a PDF's title line would; and
where the body names no udvalg, date or place, the page's structured data (a JSON-LD
Event, `linkeddata`), its furniture (footer, breadcrumb, tables' captions) and then its
name ("Referat – Miljøudvalget – 12. marts 2024") may.
"""

from __future__ import annotations

from typing import Any

from referat.index.layout import Line, clean_text
from referat.index.model import Meeting, NotMinutes
from referat.index.readers.confidence import assess
from referat.index.readers.generic import read_document
from referat.index.readers.generic.meeting import fill_from_furniture
from referat.index.readers.htmlfurniture import (
    breadcrumb_texts,
    caption_texts,
    page_footer_texts,
)
from referat.index.readers.linkeddata import fill_from_event
from referat.index.readers.markup import html_lines, parse_html
from referat.index.readers.portal_html import read_portal

# a table's caption may name the meeting (`caption_texts`)
TABLE_CAPTIONS = True


def read(data: bytes, source: str, known: bool = True) -> Meeting:
    """Read one HTML page (`known=False`: the generic reader only)."""
    root = parse_html(data)
    if known:
        meeting = read_portal(root, source)
        if meeting is not None:
            meeting.confidence, meeting.checks = assess(meeting)
            return meeting
    lines = html_lines(root)
    try:
        meeting = read_document(lines, source, known=False)
    except NotMinutes as exc:
        named = _page_title(root)
        if named is None:
            raise NotMinutes(f"not a meeting portal page, and {exc}") from None
        try:  # the body names no "Dagsorden" or "Referat": the page's own name may
            meeting = read_document([Line(named), *lines], source, known=False)
        except NotMinutes:
            raise NotMinutes(f"not a meeting portal page, and {exc}") from None
    if None in (meeting.udvalg, meeting.date, meeting.place):
        fill_from_event(meeting, root)
    if None in (meeting.udvalg, meeting.date, meeting.place):
        captions = caption_texts(root) if TABLE_CAPTIONS else []
        fill_from_furniture(meeting, page_footer_texts(root) + breadcrumb_texts(root) + captions
                            + [clean_text(" ".join((root.findtext(".//title") or "").split()))])
    return meeting


def _page_title(root: Any) -> str | None:
    """The page's name (`<title>`) when the page prints it nowhere in its body."""
    named = " ".join((root.findtext(".//title") or "").split())
    body = root.find(".//body")
    if not named or (body is not None and named in " ".join(body.text_content().split())):
        return None
    return clean_text(named)
