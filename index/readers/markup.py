"""HTML → the line model (`layout.Line`), through lxml's tree.

Every HTML page, whatever system made it, is reduced to the same lines as a PDF: one
line per block (paragraph, heading, list item, table row, definition term or
description), with its heading level (h1–h6 → 1–6) and whether all its text is bold
(b, strong, th, dt, u, or an element whose CSS class names a heading: "overskrift",
"punkt-titel"; CMS pages style headings by class alone). Table cells are joined by a
tab, as the PDF reader joins cells, so
``Sagsnr.<tab>24/123`` and ``3<tab>Title`` rows read as they do in a PDF. Items of a
numbered list (``ol``) get their number written before them ("3. "), unless their text
already starts with one. Scripts, styles, navigation and select options are skipped.
"""

from __future__ import annotations

import re
from typing import Any

from referat.index.layout import Line, clean_text

_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title", "select",
                   "nav", "option", "svg", "iframe"})
_BLOCK = frozenset({
    "p", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "tfoot", "br", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "dl",
    "dt", "dd", "caption", "header", "footer", "main", "form", "address", "figure",
    "figcaption", "aside", "details", "summary", "fieldset", "legend", "center",
})
_BOLD = frozenset({"b", "strong", "th", "dt", "u"})
# a CSS class that says the element is a heading ("overskrift", "punkt-titel", "heading")
_HEADING_CLASS_RE = re.compile(r"(?:^|[-_\s])(overskrift|rubrik|heading|headline|titel|title|"
                               r"label|etiket)s?(?:$|[-_\s])", re.IGNORECASE)
_CELLS = frozenset({"td", "th"})
_LEVELS = {f"h{n}": n for n in range(1, 7)}


def parse_html(data: bytes) -> Any:
    """The page's lxml tree (UTF-8, else Windows-1252; broken markup is repaired)."""
    import lxml.html

    try:
        data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = "cp1252"
    parser = lxml.html.HTMLParser(encoding=encoding, remove_comments=True)
    return lxml.html.document_fromstring(data.removeprefix(b"\xef\xbb\xbf") or b"<html/>",
                                         parser=parser)


def html_lines(root: Any) -> list[Line]:
    """The lines of an HTML tree (see the module docstring)."""
    walker = _Walker()
    walker.walk(root, bold=False, level=0)
    walker.flush()
    return walker.lines


class _Walker:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.chunks: list[tuple[str, bool]] = []
        self.level = 0

    def flush(self) -> None:
        text = "".join(t for t, _ in self.chunks)
        text = "\t".join(" ".join(cell.split()) for cell in text.split("\t")).strip("\t ")
        if text:
            bold = all(b for t, b in self.chunks if t.strip() and t != "\t")
            self.lines.append(Line(clean_text(text), bold=bold, level=self.level))
        self.chunks = []
        self.level = 0

    def data(self, text: str | None, bold: bool) -> None:
        if text:
            self.chunks.append((text, bold))

    def walk(self, element: Any, bold: bool, level: int) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP:
            return
        block = tag in _BLOCK
        if block:
            self.flush()
        if tag in _LEVELS:
            level = _LEVELS[tag]
        if level:
            self.level = level
        bold = bold or tag in _BOLD or bool(_HEADING_CLASS_RE.search(element.get("class", "")))
        if tag in _CELLS and "".join(t for t, _ in self.chunks).strip():
            self.chunks.append(("\t", bold))
        if tag == "li" and element.getparent() is not None \
                and element.getparent().tag == "ol":
            self._number(element)
        self.data(element.text, bold)
        for child in element:
            self.walk(child, bold, level)
            self.data(child.tail, bold)
        if block:
            self.flush()

    def _number(self, element: Any) -> None:
        parent = element.getparent()
        try:
            start = int(parent.get("start", "1"))
        except ValueError:
            start = 1
        items = [c for c in parent if isinstance(c.tag, str) and c.tag.lower() == "li"]
        number = element.get("value") or str(start + items.index(element))
        text = (element.text_content() or "").lstrip()
        if not text[:1].isdigit():
            self.chunks.append((f"{number}. ", True))
