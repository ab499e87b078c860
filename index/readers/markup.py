"""HTML → the line model (`layout.Line`), through lxml's tree.

Every HTML page, whatever system made it, is reduced to the same lines as a PDF: one
line per block (paragraph, heading, list item, table row, definition term or
description), with its heading level (h1–h6 → 1–6) and whether all its text is bold
(b, strong, th, dt, u, an element whose CSS class names a heading: "overskrift",
"punkt-titel"; CMS pages style headings by class alone; or inline CSS that sets it apart:
a bold weight, a size above body text's, "font-size:18px;font-weight:700"). Table cells
are joined by a tab, as the PDF reader joins cells, so
``Sagsnr.<tab>24/123`` and ``3<tab>Title`` rows read as they do in a PDF; a column whose
header cell names a section ("Nr. | Sag | Beslutning") gives each of its cells that
heading on a line of its own; where such a table's header also names a number column (a
protocol, ``Pkt. | Sagen | Beslutning``), each row is read as one item's lines (`tables`),
its cells wrapped over lines or not, and the header row names the columns, never content. Items of a
numbered list (``ol``) get their number written before them ("3. "), unless their text
already starts with one. A label the page's own style sheet prints before a class
(`.beslutning::before{content:'Beslutning'}`) is text a reader sees: a line of its own
before the element. Scripts, styles, navigation, select options and the page's own
``<footer>`` (not an article's) are skipped. Preformatted text (``<pre>``) is read
line by line as a text file is; sections shown as tabs are read in their panels' order
(`tabs`).
"""

from __future__ import annotations

import re
from typing import Any

from referat.index.layout import Line, clean_text
from referat.index.readers.cssgenerated import Generated, before, generated_before
from referat.index.readers.delimited import head_row, sheet_lines
from referat.index.readers.encodings import legacy_encoding
from referat.index.readers.generic.labelled import item_row
from referat.index.readers.htmlelements import (
    BLOCK,
    CELLS,
    LEVELS,
    LINK_NUMBER_RE,
    aria_marker,
    case_inside,
    case_last,
    case_line,
    case_term,
    cell_sibling,
    custom_region,
    form_label,
    heading_class,
    in_page_links,
    inline_value,
    list_number,
    spans_rows,
    titled_cell,
)
from referat.index.readers.htmlfurniture import MARKER_CRUMB_RE, nav_crumbs, page_footer
from referat.index.readers.tables import item_columns, record_lines
from referat.index.readers.tabs import tabs_before_panels
from referat.index.sections import heading_phrase
from referat.index.vocabulary import FIELD_LABELS, FIELD_RE

SHEET_TABLES = True  # a spreadsheet saved as a page is read as its export (`_sheet_table`)
# an item's number or title row led in bold ("<b>Punkt:</b> 4") is no run-in heading
ITEM_ROW_LEADS = True

# a bold lead of one to three words, capitalised, that ends in a colon: a run-in heading's
_RUN_IN_LEAD_RE = re.compile(r"^(?-i:[A-ZÆØÅ])[\w-]+(?: [\w-]+){0,2}:$")
_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title", "select",
                   "nav", "option", "svg", "iframe"})
_BOLD = frozenset({"b", "strong", "th", "dt", "u"})
_ITALIC = frozenset({"em", "i"})
# inline CSS that sets text apart: a bold weight, or a larger size than body text
_STYLE_BOLD_RE = re.compile(
    r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b"
    r"|font-size\s*:\s*(?:(?:1[7-9]|[2-9]\d)(?:\.\d+)?px|(?:1[3-9]|[2-9]\d)(?:\.\d+)?pt"
    r"|(?:1\.[2-9]|[2-9](?:\.\d+)?)r?em|(?:1[2-9]\d|[2-9]\d\d)%|x{0,2}-?large)"
    r"|font\s*:\s*(?:[\w-]+\s+)*?(?:bold|[6-9]00)\b", re.IGNORECASE)
# a label's colon after a letter ("Hvor:"), where an element ends: the value is a word apart
_LABEL_END_RE = re.compile(r"[^\W\d_]:$")


def parse_html(data: bytes) -> Any:
    """The page's lxml tree (UTF-8, else the legacy encoding the bytes show,
    `legacy_encoding`; broken markup is repaired)."""
    import lxml.html

    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        data = data.decode(legacy_encoding(data), errors="replace").encode("utf-8")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    return lxml.html.document_fromstring(data.removeprefix(b"\xef\xbb\xbf") or b"<html/>",
                                         parser=parser)


def html_lines(root: Any) -> list[Line]:
    """The lines of an HTML tree (see the module docstring)."""
    root = tabs_before_panels(root)
    walker = _Walker()
    walker.generated = generated_before(root)
    walker.numbers, walker.back = in_page_links(root)
    walker.soup = not _runs_spaced(root)
    walker.walk(root, bold=False, level=0)
    walker.flush()
    return walker.lines


def _runs_spaced(root: Any) -> bool:
    """Whether the page's classed inline runs carry their own spaces: three or more runs
    that end in a space before a run of text (an editor's runs, "orientering " / "fra
    administrationen", cut anywhere, in a word too: "Resu" / "mé"). Then the runs join as
    a browser joins them, without a space; else each is a word of its own (class soup)."""
    spaced = 0
    for run in root.iter("span"):
        after = run.getnext()
        if (run.get("class") is not None and after is not None and after.tag == "span"
                and after.get("class") is not None and not (run.tail or "").strip()):
            text = run.text_content()
            spaced += text[-1:].isspace() and bool(text.strip())
            if spaced >= 3:
                return True
    return False


def preformatted_lines(text: str) -> list[Line]:
    """The lines of a ``<pre>`` block as a text file's (`text.text_lines`): a dagsorden
    pasted into a page keeps its line breaks and indents."""
    from referat.index.readers.text import text_lines

    return text_lines(text.strip("\n"))


def _own_rows(table: Any) -> list[Any]:
    """A table's own rows, not those of the tables inside its cells."""
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def _row_cells(tr: Any) -> list[Any]:
    """A row's cells (th and td)."""
    return [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in CELLS]


class _Walker:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.chunks: list[tuple[str, bool]] = []
        self.level = 0
        # per table (the element itself: holding it keeps lxml's proxy, so an id could
        # not be taken again by another table's): its header row
        self.heads: dict[Any, tuple[Any, list[str]]] = {}
        self.apart = False  # the next text is a word of its own (class soup)
        self.edge = False  # the next text begins after an element's edge
        self.italic = 0  # inside <em>/<i>: a style apart, as bold is, for a run-in heading
        self.styled: set[int] = set()  # indexes of chunks set in italics
        self.cell_head: str | None = None  # a column's heading, after its cell's title
        self.generated: list[Generated] = []  # the style sheet's `::before` texts
        self.numbers: dict[Any, str] = {}  # a link's target: the number the link gives it
        self.back: set[Any] = set()  # links back up the page: navigation
        self.pending = ""  # a number inherited from a link, before the target's text
        self.runs_in = False  # the page runs a known heading in as a bold lead and colon
        self.soup = True  # classed runs are words apart (`_runs_spaced`)

    def flush(self) -> None:
        text = "".join(t for t, _ in self.chunks)
        text = "\t".join(" ".join(cell.split()) for cell in text.split("\t")).strip("\t ")
        if text:
            chunks = self.chunks
            if "\t" in text and case_line(text.rsplit("\t", 1)[1]):
                # a case number beside a title is metadata: its weight is not the title's
                chunks = chunks[:max(k for k, (t, _) in enumerate(chunks) if t == "\t")]
            bold = all(b for t, b in chunks if t.strip() and t != "\t")
            if not bold and heading_phrase(text.rstrip(":").strip()) and all(
                    k in self.styled for k, (t, _) in enumerate(self.chunks) if t.strip()):
                bold = True  # a known heading alone in italics: set apart, as in bold
            head = self._bold_heading() if not bold and not self.level else None
            if head:  # "<b>Beslutning</b> Godkendt.": a heading run in without a colon
                rest = text[len(head[0]):].strip(" :–-\t") if text.startswith(head[0]) else ""
                if rest:
                    self.lines.append(Line(clean_text(head[1]), bold=True))
                    text, bold = rest, False
            if self.cell_head and not (bold or case_line(text)):
                self.lines.append(Line(self.cell_head, bold=True))
                self.cell_head = None
            self.lines.append(Line(clean_text(text), bold=bold, level=self.level))
        self.chunks = []
        self.styled = set()
        self.level = 0

    def _bold_heading(self) -> tuple[str, str] | None:
        """(the block's text up to the end of its bold or italic lead, the heading) when
        the block opens with such text that is a known heading phrase, else None."""
        lead = ""
        for k, (t, b) in enumerate(self.chunks):
            if not t.strip():
                lead += t
                continue
            if not (b or k in self.styled) or t == "\t":
                break
            lead += t
        lead = " ".join(lead.split())
        name = lead.rstrip(":").strip()
        if name and heading_phrase(name):
            self.runs_in = self.runs_in or lead.endswith(":")
            return lead, name
        if self.runs_in and _RUN_IN_LEAD_RE.match(lead) and not FIELD_RE.match(lead) and not (
                ITEM_ROW_LEADS and item_row(" ".join("".join(t for t, _ in self.chunks).split()))):
            # a page that runs its known headings in ("<strong>Drøftelse:</strong> …") runs
            # in its other headings alike ("<strong>Konklusion:</strong> …")
            return lead, name
        return None

    def _apart(self) -> None:
        """Words apart: a space between the text so far and the next text when both
        meet letter to letter (not "Sagsnr" and ".:" of Word's spell-check spans)."""
        self.apart = True

    def data(self, text: str | None, bold: bool) -> None:
        if text and self.pending and text.strip():
            # the number a link gives, unless the text prints it itself ("Punkt 12. …")
            m = LINK_NUMBER_RE.match(text.strip())
            if not (m and f"{m.group(1)}. " == self.pending):
                text = self.pending + text.lstrip()
            self.pending = ""
        if text:
            last = self.chunks[-1][0] if self.chunks else ""
            if text[:1].isalnum() and ((self.apart and last[-1:].isalnum())
                                       or (self.edge and _LABEL_END_RE.search(last))):
                self.chunks.append((" ", bold))
            self.apart = self.edge = False
            if self.italic:
                self.styled.add(len(self.chunks))
            self.chunks.append((text, bold))

    def walk(self, element: Any, bold: bool, level: int) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if form_label(element, tag):
            tag = "span"  # a form's label beside its value: one row, no heading
        if tag == "nav" and (crumbs := nav_crumbs(element)) and MARKER_CRUMB_RE.match(crumbs[-1]):
            self.flush()  # a breadcrumb that ends in an item ("… › Punkt 4"): its number
            self.lines.append(Line(crumbs[-1]))
            return
        if tag in _SKIP or (tag == "footer" and page_footer(element)) or element in self.back:
            return
        if tag == "dd" and case_term(element.getprevious()):
            return  # read with its term
        if tag == "dt" and (case := case_term(element)):
            self.flush()
            self.lines.append(Line(clean_text(case)))
            return
        if tag == "br" and level:  # a line broken inside a heading: still the one heading
            return
        if tag == "img" and level and (element.get("alt") or "").strip() \
                and not "".join(t for t, _ in self.chunks).strip():
            # an icon that opens a heading says its alt text, as a screen reader reads it:
            # a padlock before the title ("Lukket punkt") is a line of its own above it
            self.lines.append(Line(clean_text(" ".join(element.get("alt").split()))))
            return
        number = self.numbers.get(element)
        if number and not " ".join(element.text_content().split()).startswith(number):
            self.pending = f"{number}. "  # numbered by the link that points here
        block = tag in BLOCK or custom_region(element) or (level > 0 and case_inside(element, tag))
        if block:
            self.flush()
        if tag == "table":
            rows = _own_rows(element)
            if self._item_table(rows) or self._sheet_table(rows):
                return
        if tag == "pre":  # preformatted text: its own lines, as a text file's
            self.lines += preformatted_lines(element.text_content())
            return
        self.italic += tag in _ITALIC
        if tag in LEVELS:
            level = LEVELS[tag]
        if level:
            self.level = level
        bold = bold or tag in _BOLD or heading_class(element) \
            or bool(_STYLE_BOLD_RE.search(element.get("style", "")))
        heading = self._column_heading(element) if tag in CELLS else None
        if heading:  # a column headed by a section's heading: each cell is that section
            self.flush()
            if titled_cell(element):  # the row's title and metadata first, then the section
                self.cell_head = heading
            else:
                self.lines.append(Line(heading, bold=True))
        elif (tag in CELLS or case_last(element, tag)) \
                and "".join(t for t, _ in self.chunks).strip():
            self.chunks.append(("\t", bold))  # a cell, or a case number's beside the title
        if tag == "li" and element.getparent() is not None \
                and element.getparent().tag == "ol":
            self._number(element)
        if not block and element.get("class") is not None and self.soup:
            self._apart()  # class soup: "<span>3</span><span>Title</span>" are two words
        self.edge = True  # "<span>Hvor:</span><span>Rådhuset</span>": a label, then a word
        marker = aria_marker(element) if block else None
        if marker:  # the item's number named only for a screen reader: a line of its own
            self.lines.append(Line(marker))
        shown = before(element, self.generated)
        if shown and shown.block:  # "::before { content: 'Beslutning'; display: block }"
            self.flush()
            self.lines.append(Line(clean_text(shown.text), bold=bold or shown.bold))
        elif shown:
            self.data(shown.text + " ", bold or shown.bold)
        self._children(element, bold, level)
        if not block and len(element) == 0 \
                and (element.text or "").strip().lower() in FIELD_LABELS \
                and ((element.tail or "").strip() or inline_value(element.getnext())):
            # "<span class='label'>Udvalg</span> value", "… <span class='value'>value</span>"
            self.chunks.append((":", bold))
        if tag in CELLS and spans_rows(element) and not spans_rows(element.getnext()):
            self.flush()  # the cells spanning the rows head them: the rows' cells under them
        self.italic -= tag in _ITALIC
        if block or heading:
            self.flush()
            if heading:
                self.cell_head = None  # a cell of a title alone: no section under it
            if level and tag not in BLOCK:  # the heading's text after its case number
                self.level = level

    def _children(self, element: Any, bold: bool, level: int) -> None:
        self.data(element.text, bold)
        for child in element:
            self.walk(child, bold, level)
            self.edge = True
            if not isinstance(child.tag, str) or child.tag.lower() in BLOCK \
                    or (child.get("class") is not None and self.soup):
                self._apart()
            elif cell_sibling(child) and (self.soup or child.get("class") is None):
                self.chunks.append(("\t", bold))
            self.data(child.tail, bold)

    def _item_table(self, rows: list[Any]) -> bool:
        """Read a table of items from its rows (`_own_rows`; `tables`: a header row naming a
        number column and a section's column): each body row as the lines of one item, the
        header row as the columns' names, never content. False (nothing read) for any other
        table."""
        if len(rows) < 2:
            return False
        cells = [_row_cells(tr) for tr in rows]
        header = cells[0]  # th cells, a thead, or a first row of short labels (Word: <td><b>)
        if not header or not (all(c.tag.lower() == "th" for c in header)
                              or rows[0].getparent().tag == "thead"
                              or all(len(c.text_content().split()) <= 3 for c in header)):
            return False
        body = [row for row in cells[1:] if row]
        if not body or any(len(row) != len(header) for row in body):
            return False
        heads = [" ".join(c.text_content().split()) for c in header]
        if not any(heading_phrase(h) for h in heads):
            return False  # no column holds a section: a table of contents, read as rows
        columns = item_columns(heads, [" ".join(row[0].text_content().split())
                                       for row in body])
        if columns is None:
            return False
        self.flush()
        for row in body:
            number = " ".join(row[columns.number].text_content().split())
            self.lines += record_lines(columns, number, [self._cell_lines(c) for c in row])
        return True

    def _sheet_table(self, rows: list[Any]) -> bool:
        """Read a spreadsheet saved as a page, from its table's rows (`_own_rows`; a row per
        section, the meeting's fields in rows above the header: `delimited.sheet_lines`) as
        its export is read; False (nothing read) for any other table."""
        if not SHEET_TABLES:
            return False
        by_row = [_row_cells(tr) for tr in rows]
        heads = next((cells for row in by_row[:6]
                      if head_row(cells := [c.text_content().strip() for c in row])), None)
        if len(rows) < 4 or heads is None or any(map(heading_phrase, heads)):
            return False  # no header row among the first (no sheet), or one that names the
            # sections as columns, read by its columns (`_column_heading`)
        records = [["\n".join(x.text for x in self._cell_lines(c)) for c in row] for row in by_row]
        lines = sheet_lines(records)
        if lines is None:
            return False
        self.flush()
        self.lines += [Line(text) for text in lines]
        return True

    def _cell_lines(self, cell: Any) -> list[Line]:
        """A table cell's own lines, read as a page of its own."""
        sub = _Walker()
        sub.generated, sub.numbers, sub.back = self.generated, self.numbers, self.back
        sub._children(cell, cell.tag.lower() == "th", 0)
        sub.flush()
        return sub.lines

    def _column_heading(self, cell: Any) -> str | None:
        """The heading of the cell's column when the table's header row names a section
        there ("Nr. | Sag | Beslutning": the decision beside each case), else None."""
        row = cell.getparent()
        table = row.getparent() if row is not None else None
        if table is not None and table.tag in ("tbody", "thead", "tfoot"):
            table = table.getparent()
        if table is None or row.tag != "tr":
            return None
        if table not in self.heads:
            first = next(table.iter("tr"), None)
            cells = [c for c in first if c.tag in CELLS] if first is not None else []
            texts = [" ".join(c.text_content().split()) for c in cells]
            self.heads[table] = (first, texts if cells and all(c.tag == "th" for c in cells)
                               and any(heading_phrase(t) for t in texts[1:]) else [])
        first, texts = self.heads[table]
        if row is first:
            return None
        index = [c for c in row if c.tag in CELLS].index(cell)
        text = texts[index] if 0 < index < len(texts) else ""
        return text if text and heading_phrase(text) else None

    def _number(self, element: Any) -> None:
        number = list_number(element)
        text = (element.text_content() or "").lstrip()
        if not text[:1].isdigit() and not text.lower().startswith(f"{number[-1:].lower()}."):
            self.chunks.append((f"{number}. ", True))

