"""HTML fragment → plain text and typed sections, in one pass.

Shared by the portal readers (JSON, HTML) and the XML readers. A heading is an h1–h4
element, or a line that is only bold/strong text outside a table; either counts only
when `index.sections.section_type` knows it, so bold table cells ("I alt", "2025") and
bold run-in words ("Lånoptag") stay text. Text before the first heading is the *lead*;
the caller decides what it is (Greve prints an unheaded decision there). Paragraphs,
list items, table rows and ``<br>`` end a line; table cells are joined with " | ";
entities are decoded and whitespace collapsed. Sections whose text is empty (container
headings such as "Fremstilling" whose content sits under sub-headings, or a lone ".")
are dropped.

Fragments (`split_sections`, `html_text`) are tokenized by one regular expression,
`_TOKEN`, which reads tags, comments and entities as the stdlib's `html.parser` does,
without a Python call per tag it does not act on: reading Greve's portal JSON, which is
mostly markup, takes half the CPU time it took with `html.parser`. `SectionParser`
drives the same collector from `html.parser` for pages whose attributes matter.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from referat.index.model import Section
from referat.index.sections import HEADINGS, heading_date, normalise_heading, section_type

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4"})
BOLD_TAGS = frozenset({"b", "strong"})
SKIP_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title", "select"})
CELL_TAGS = frozenset({"td", "th"})
BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "tfoot", "br", "hr",
    "h5", "h6", "blockquote", "pre", "section", "article", "dl", "dt", "dd", "caption",
    "header", "footer", "nav", "main", "form", "button", "address", "figure", "figcaption",
})
HANDLED_TAGS = HEADING_TAGS | BOLD_TAGS | SKIP_TAGS | CELL_TAGS | BLOCK_TAGS
# Headings that end a decision even as a plain line: Greve prints some unbolded
# ("<div><span>Indstilling</span></div>"), and the decision ran on into them.
ENDS_DECISION = frozenset({"indstilling", "sagsfremstilling", "sagsforloeb", "resume"})


# A comment, a script or style element with its raw content, a start or end tag (its
# name in group "tag", "/" in group "close"), or a declaration or processing instruction.
_TAG_REST = r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>"""  # attributes, quotes kept whole
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    rf"|<(?i:script)\b{_TAG_REST}.*?(?:</(?i:script)\s*>|\Z)"
    rf"|<(?i:style)\b{_TAG_REST}.*?(?:</(?i:style)\s*>|\Z)"
    rf"|<(?P<close>/\s*)?(?P<tag>[a-zA-Z][^\t\n\r\f />\x00]*){_TAG_REST}"
    r"|<[!?][^>]*>",
    re.S,
)


class SectionCollector:
    """Collects the lead text and the typed sections of an HTML fragment from parser
    callbacks (`handle_starttag`, `handle_endtag`, `handle_data`).

    `empty_heading_type`: when set, an empty h1–h4 starts an unheaded section of that
    type (Aarhus marks its teaser paragraph so); otherwise empty headings are ignored.
    Subclasses may call `take()` to harvest and reset between items of one page.
    """

    def __init__(self, empty_heading_type: str | None = None) -> None:
        self.empty_heading_type = empty_heading_type
        self._reset_content()

    def _reset_content(self) -> None:
        self._lead: list[str] = []
        self._sections: list[tuple[str, str, list[str]]] = []
        self._lines = self._lead
        self._chunks: list[str] = []
        self._plain = False  # the current line has text outside bold (or in a table)
        self._bold = 0
        self._skip = 0
        self._table = 0
        self._heading: list[str] | None = None

    # -- results -------------------------------------------------------------------
    def take(self) -> tuple[str, list[Section]]:
        """The lead text and sections collected so far; starts afresh afterwards."""
        self._end_heading()
        self._flush()
        lead = _text(self._lead)
        sections = []
        for heading, kind, lines in self._sections:
            text = _text(lines)
            if text:
                sections.append(Section(heading, kind, text, date=heading_date(heading)))
        skip, table = self._skip, self._table
        self._reset_content()
        self._skip, self._table = skip, table
        return lead, sections

    # -- parser callbacks ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self._skip += 1
        elif self._skip:
            return
        elif tag in HEADING_TAGS:
            self._end_heading()
            self._flush()
            self._heading = []
        elif self._heading is not None:
            return
        elif tag in BOLD_TAGS:
            self._bold += 1
        elif tag in CELL_TAGS:
            if self._chunks and "".join(self._chunks).strip():
                self._chunks.append(" | ")
        elif tag in BLOCK_TAGS:
            if tag == "table":
                self._table += 1
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif self._skip:
            return
        elif tag in HEADING_TAGS:
            self._end_heading()
        elif self._heading is not None:
            return
        elif tag in BOLD_TAGS:
            self._bold = max(0, self._bold - 1)
        elif tag in BLOCK_TAGS:
            self._flush()
            if tag == "table":
                self._table = max(0, self._table - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._heading is not None:
            self._heading.append(data)
            return
        self._chunks.append(data)
        if (not self._bold or self._table) and not data.isspace():
            self._plain = True

    def feed_fragment(self, html: str) -> None:
        """Tokenize `html` with `_TOKEN` and call the callbacks, as `html.parser` would
        (tag names lower-cased, entities decoded; attributes are not read)."""
        start, end, data = self.handle_starttag, self.handle_endtag, self.handle_data
        pos = 0
        for match in _TOKEN.finditer(html):
            if match.start() > pos:
                text = html[pos:match.start()]
                data(unescape(text) if "&" in text else text)
            pos = match.end()
            close, tag = match.group("close", "tag")
            if tag is None:  # comment, declaration, script or style
                continue
            tag = tag.lower()
            if tag not in HANDLED_TAGS:  # span, em, a, ...: no callback acts on them
                continue
            if close is not None:
                end(tag)
                continue
            start(tag, [])
            if match.group().endswith("/>"):
                end(tag)
        if pos < len(html):
            text = html[pos:]
            data(unescape(text) if "&" in text else text)

    # -- internals -------------------------------------------------------------------
    def _start_section(self, heading: str, kind: str) -> None:
        lines: list[str] = []
        self._sections.append((heading, kind, lines))
        self._lines = lines

    def _end_heading(self) -> None:
        if self._heading is None:
            return
        text = " ".join("".join(self._heading).split())
        self._heading = None
        kind = section_type(text) if text else self.empty_heading_type
        if kind:
            self._start_section(text, kind)
        elif text:
            self._lines.append(text)

    def _flush(self) -> None:
        if not self._chunks:
            return
        text = " ".join("".join(self._chunks).split()).strip(" |")
        all_bold = not self._plain
        self._chunks = []
        self._plain = False
        if not text:
            return
        kind = section_type(text) if all_bold else self._plain_heading(text)
        if kind:
            self._start_section(text, kind)
        else:
            self._lines.append(text)


    def _plain_heading(self, text: str) -> str | None:
        """The type of a plain line inside a decision (or the lead, Greve's unheaded
        decision) that is exactly a heading in `ENDS_DECISION`; None otherwise."""
        if self._lines is not self._lead and self._sections[-1][1] != "beslutning":
            return None
        kind = HEADINGS.get(normalise_heading(text))
        return kind if kind in ENDS_DECISION else None


def _text(lines: list[str]) -> str:
    """Lines joined; empty when they hold no letter or digit (placeholders such as ".")."""
    text = "\n".join(lines)
    return text if any(c.isalnum() for c in text) else ""


class SectionParser(SectionCollector, HTMLParser):
    """A SectionCollector fed by the stdlib's `html.parser` (attributes included)."""

    def __init__(self, empty_heading_type: str | None = None) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)
        SectionCollector.__init__(self, empty_heading_type)

    def close(self) -> None:
        HTMLParser.close(self)
        self._end_heading()
        self._flush()


def split_sections(html: str, empty_heading_type: str | None = None) -> tuple[str, list[Section]]:
    """The lead text (before any known heading) and the typed sections of `html`."""
    collector = SectionCollector(empty_heading_type)
    collector.feed_fragment(html)
    return collector.take()


class _TextCollector(SectionCollector):
    """Plain text only: every line is lead, nothing becomes a heading."""

    def _start_section(self, heading: str, kind: str) -> None:
        self._lines.append(heading)


def html_text(html: str) -> str:
    """Readable plain text of an HTML fragment (one line per paragraph or list item)."""
    collector = _TextCollector()
    collector.feed_fragment(html)
    return collector.take()[0]
