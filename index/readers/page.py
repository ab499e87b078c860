"""HTML pages, from any system: one path through lxml's tree.

A page of a portal whose markup referat knows (FirstAgenda, `portal_html`) is read by
that vendor's rules, which add what its class names say (item rows, case numbers). Any
other page is reduced to the line model (`markup.html_lines`) and read by the generic
reader, as a PDF would be.
"""

from __future__ import annotations

from referat.index.model import Meeting, NotMinutes
from referat.index.readers.confidence import assess
from referat.index.readers.generic import read_document
from referat.index.readers.markup import html_lines, parse_html
from referat.index.readers.portal_html import read_portal


def read(data: bytes, source: str, known: bool = True) -> Meeting:
    """Read one HTML page (`known=False`: the generic reader only)."""
    root = parse_html(data)
    if known:
        meeting = read_portal(root, source)
        if meeting is not None:
            meeting.confidence, meeting.checks = assess(meeting)
            return meeting
    try:
        return read_document(html_lines(root), source, known=False)
    except NotMinutes as exc:
        raise NotMinutes(f"not a meeting portal page, and {exc}") from None
