"""Plain-text reader: text extracted from published minutes (form feeds separate pages)."""

from __future__ import annotations

import csv
import re
from collections import Counter

from referat.index.layout import Line, clean_text
from referat.index.model import Meeting, ReadError
from referat.index.readers.delimited import delimited_lines
from referat.index.readers.encodings import legacy_encoding
from referat.index.readers.generic import read_document
from referat.index.readers.icalendar import calendar_text
from referat.index.readers.mailtext import mail_text
from referat.index.readers.runningmarker import header_openings
from referat.index.readers.textcolumns import column_pages
from referat.index.readers.texttable import draws_tables, headed_text_tables, table_row
from referat.index.sections import section_type


def read(data: bytes, source: str, known: bool = True) -> Meeting:
    """Read a text file's bytes into a Meeting (`known=False`: the generic reader only)."""
    return read_document(text_lines(decode(data)), source, known)


def decode(data: bytes) -> str:
    """A text file's characters in the encoding its bytes name: a byte-order mark (UTF-8,
    UTF-16, UTF-32), else UTF-16 where the bytes show it without a mark (`_utf16`), else
    UTF-8, else the legacy encoding the bytes show (`legacy_encoding`: Windows-1252, Mac
    Roman or ISO-8859-15). Only real binary is refused: a
    NUL in the decoded text, or other control characters in more than one in a hundred."""
    encoding = next((name for mark, name in _BOMS if data.startswith(mark)), None)
    encoding = encoding or _utf16(data)
    if encoding is not None:
        text = data.decode(encoding, errors="replace").removeprefix("\ufeff")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode(legacy_encoding(data), errors="replace")
    controls = len(text) - len(text.translate(_BINARY))
    if "\x00" in text or controls > 0.01 * len(text):
        raise ReadError("binary data in a text file")
    return text


# byte-order marks, UTF-32's before UTF-16's (FF FE 00 00 begins with FF FE)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# characters that never stand in text: C0 controls but tab, newline, form feed and return
_BINARY = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\x0c\r")


def _utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, where the bytes say so: in a text of Latin
    letters every character's high byte is zero, so zeros fill one side of the byte pairs
    (nine in ten or more) and hardly ever the other (one in twenty or fewer)."""
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even = head[0:2 * pairs:2].count(0)
    odd = head[1:2 * pairs:2].count(0)
    if odd >= 0.9 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.9 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def text_lines(text: str) -> list[Line]:
    """The text's lines, cleaned; page numbers only when the text has form feeds (or
    page lines where they stood, `_paged`), and then the running header and footer (the
    first or last line with text, the same on most pages, digits aside) left out, as the
    PDF reader leaves them out. Markdown's
    typography, when the text uses it, is read as HTML's would be (`_markdown`); a table
    drawn with characters or exported as a spreadsheet's rows is read as HTML's and PDF's
    tables are: its cells joined by a tab (`table_row`, `_csv_row`). An e-mail saved as text
    is read as its first plain-text part (`mail_text`), an invitation as its description; a
    page of two columns column after column (`column_pages`)."""
    text = _front_matter(_unquoted(calendar_text(mail_text(text))))
    report = delimited_lines(text)
    if report is not None:
        text = "\n".join(report)
    pages = _paged([[_directive_marks_off(clean_text(raw)) for raw in page]
                    for page in column_pages([p.splitlines() for p in text.split("\f")])])
    pages = headed_text_tables(pages)
    if draws_tables(pages):
        pages = [[table_row(raw) for raw in page] for page in pages]
    if _uses_csv_rows(pages):
        pages = [[_csv_row(raw) for raw in page] for page in pages]
    paged = len(pages) > 1
    running = _running(pages) if paged else set()
    marked = _uses_markdown(pages)
    furniture = _furniture(pages, running)
    kept = [[raw for k, raw in enumerate(page) if k not in drop]
            for page, drop in zip(pages, furniture, strict=True)]
    if running:  # an item's number and case number printed only in its pages' running header
        openings = header_openings([[raw for k, raw in enumerate(page) if k in _edges(page)
                                     and _key(raw) in running] for page in pages], kept)
        kept = [[opening, *page] if opening else page
                for page, opening in zip(kept, openings, strict=True)]
    if marked:
        return [_markdown(raw, number if paged else None)
                for number, page in enumerate(kept, start=1) for raw in page]
    starred = [_starred(page) for page in kept]
    if sum(bold for page in starred for _, bold in page) < 2:
        starred = [[(raw, False) for raw in page] for page in kept]
    return [Line(text=text, page=number if paged else None, bold=bold)
            for number, page in enumerate(starred, start=1) for text, bold in page]


_QUOTED_RE = re.compile(r"^[ \t]*>[ \t]?")
_FRONT_MATTER_RE = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_YAML_QUOTED_RE = re.compile(r"""^([ \t]*[\w-]+:[ \t]*)(["'])(.*)\2[ \t]*$""", re.MULTILINE)


def _front_matter(text: str) -> str:
    """A static site's front matter (the "---" block opening a Markdown file) with its
    values' quotes taken off: `sted: "Mødelokale 2"` reads as the field it is."""
    m = _FRONT_MATTER_RE.match(text)
    if not m:
        return text
    return text[:m.start(1)] + _YAML_QUOTED_RE.sub(r"\1\3", m.group(1)) + text[m.end(1):]


def _unquoted(text: str) -> str:
    """A message quoted by a mail client (every line "> …", blank ones ">") as the
    message: when most of the text's lines with words are quoted, the quoted lines are
    the document, one level of marks taken off, and the mail's own lines around them (its
    header, the forwarder's note) are left out."""
    lines = text.splitlines()
    quoted = [k for k, raw in enumerate(lines) if _QUOTED_RE.match(raw)]
    filled = sum(bool(raw.strip()) for raw in lines)
    if len(quoted) < 5 or 2 * len(quoted) < filled:
        return text
    return "\n".join(_QUOTED_RE.sub("", lines[k], count=1) for k in quoted)


# a heading's level as a run of marks before it: Markdown's "## 3. Title", AsciiDoc's
# "== 3. Title" / "=== Resumé"
_HEADING_MARK_RE = re.compile(r"^(#{1,6}|={1,6})\s+(\S.*?)(?:\s+[#=]+)?\s*$")
# a heading in wiki markup (Confluence, Textile, JIRA): "h2. 4. Title", its level the digit
_WIKI_HEADING_RE = re.compile(r"^h([1-6])\.\s+(\S.*?)\s*$")
# a wiki macro on a line of its own ("{toc:maxLevel=2}", "{panel:title=Beslutning}",
# "{panel}"): it prints nothing but a block's title, which is set apart as a heading
_MACRO_RE = re.compile(r"^\{[a-z][\w-]*(?::([^{}]*))?\}$", re.IGNORECASE)
_MACRO_TITLE_RE = re.compile(r"(?:^|\|)\s*title\s*=\s*([^|]+)", re.IGNORECASE)
# a wiki table's row: head cells between "||", cells between "|" ("||Dato||Sted||")
_WIKI_ROW_RE = re.compile(r"^\|\|?[^|].*\|$")
# markup of such exports that prints nothing: a block's attributes ("[.lukket]",
# "[NOTE]"); a labelled list's "Sagsnr:: 25-001122" is the field "Sagsnr: 25-001122"
_BLOCK_ATTRIBUTE_RE = re.compile(r"^\[[.#%][\w.#%-]*\]$")
_LABELLED_RE = re.compile(r"^(\S[^:]{0,40})::(?=\s|$)")
# a heading set between runs of one mark ("== Resumé ==", "=== Beslutning ===", wiki and
# AsciiDoc exports): the run's length is its level, as Markdown's "#"
_FENCED_HEADING_RE = re.compile(r"^(={1,6})\s+(\S.*?)\s+\1$")
_STRONG_RE = re.compile(r"\*\*([^*\s](?:[^*]*[^*\s])?)\*\*|__([^_\s](?:[^_]*[^_\s])?)__")
# emphasis ("*Økonomiudvalget*", "_Sagsnr.: 24/1_"): italic, typography and not text
_EMPHASIS_RE = re.compile(r"(?<![*\w])\*([^*\s](?:[^*]*[^*\s])?)\*(?![*\w])"
                          r"|(?<![_\w])_([^_\s](?:[^_]*[^_\s])?)_(?![_\w])")


# a field list's line (reStructuredText ":Sagsnr.: 24-001", AsciiDoc's attribute entry
# ":dato: 3. april 2025"): the field its marks enclose; a directive ("… note:: Lukket
# punkt") prints its argument, the marks and the directive's name nothing
_FIELD_LIST_RE = re.compile(r"^(\s*):([^:\s`][^:`]{0,40}?):(?:\s+(\S.*))?$")
_DIRECTIVE_RE = re.compile(r"^(\s*)\.\.\s+[\w-]+::(?:\s+(\S.*))?$")


def _directive_marks_off(raw: str) -> str:
    """A markup line's text as printed: a field list's ":Label: value" the field "Label:
    value" (with no value a flag, nothing), a directive ".. note:: text" its text."""
    m = _FIELD_LIST_RE.match(raw)
    if m:
        return f"{m.group(1)}{m.group(2)}: {m.group(3)}" if m.group(3) else ""
    m = _DIRECTIVE_RE.match(raw)
    return f"{m.group(1)}{m.group(2) or ''}" if m else raw


def _uses_markdown(pages: list[list[str]]) -> bool:
    """Whether two or more lines are Markdown headings ("## 3. Title") or strong text."""
    marks = sum(bool(_HEADING_MARK_RE.match(raw) or _FENCED_HEADING_RE.match(raw)
                     or _WIKI_HEADING_RE.match(raw) or _STRONG_RE.search(raw))
                for page in pages for raw in page)
    return marks >= 2


def _markdown(raw: str, page: int | None) -> Line:
    """A Markdown line as the line model: "## Title" a heading of level 2, a line all in
    "**…**" bold, the marks taken out (emphasis "*…*" too: italic is no weight); wiki
    markup's "h2. Title" a heading of level 2, a macro's title ("{panel:title=Beslutning}")
    a bold line and the macro's other marks nothing, a table row its cells. A blockquote's
    marks ("> **Beslutning**", a decision set off in a box) are typography: the quoted
    line is read as any other."""
    raw = _BLOCKQUOTE_RE.sub("", raw)
    m = _FENCED_HEADING_RE.match(raw) or _HEADING_MARK_RE.match(raw)
    if m:
        return Line(text=_plain(m.group(2)), page=page, level=len(m.group(1)))
    if m := _WIKI_HEADING_RE.match(raw):
        return Line(text=_plain(m.group(2)), page=page, level=int(m.group(1)))
    if m := _MACRO_RE.match(raw.strip()):
        title = _MACRO_TITLE_RE.search(m.group(1) or "")
        return Line(text=title.group(1).strip() if title else "", page=page, bold=bool(title))
    if _WIKI_ROW_RE.match(raw.strip()):
        cells = re.split(r"\|\|?", raw.strip().strip("|"))
        return Line(text="\t".join(_plain(c.strip()) for c in cells), page=page)
    if _BLOCK_ATTRIBUTE_RE.match(raw.strip()):
        return Line(text="", page=page)
    raw = _LABELLED_RE.sub(r"\1:", raw)
    whole = _STRONG_RE.fullmatch(raw.strip()) is not None
    return Line(text=_plain(raw), page=page, bold=whole)


_BLOCKQUOTE_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+")


# a span in single asterisks: a mail client's plain-text bold ("*4. Title*", wrapped)
_STARRED_RE = re.compile(r"\*([^*\s](?:[^*]*[^*\s])?)\*")


def _starred(page: list[str]) -> list[tuple[str, bool]]:
    """The page's lines, a line or a run of up to three lines wholly in single asterisks
    (mail's plain-text bold, "*4. Title*" wrapped with its closing mark on the last line)
    as one bold line, the marks taken off; each line as (text, bold)."""
    out: list[tuple[str, bool]] = []
    k = 0
    while k < len(page):
        run = next((page[k:j] for j in range(k + 1, min(k + 4, len(page) + 1))
                    if all(raw.strip() for raw in page[k:j])
                    and _STARRED_RE.fullmatch(" ".join(r.strip() for r in page[k:j]))), None)
        if run is None:
            out.append((page[k], False))
            k += 1
            continue
        out.append((" ".join(r.strip() for r in run)[1:-1], True))
        k += len(run)
    return out


def _plain(text: str) -> str:
    """Markdown's strong and emphasis marks taken off their text."""
    return _EMPHASIS_RE.sub(r"\1\2", _STRONG_RE.sub(r"\1\2", text))


# a spreadsheet's row: cells between semicolons, one of them quoted ('14;"Title";24/1')
_CSV_ROW_RE = re.compile(r'^(?:"[^"]*"|[^;"\t]{0,60})(?:;(?:"[^"]*"|[^;"\t]{0,60}))+$')


def _uses_csv_rows(pages: list[list[str]]) -> bool:
    """Whether three or more lines are a spreadsheet's rows with a quoted cell."""
    return sum(bool(_CSV_ROW_RE.match(raw.strip())) and '"' in raw
               for page in pages for raw in page) >= 3


def _csv_row(raw: str) -> str:
    """A spreadsheet's row as a table row (cells joined by a tab, quotes taken off)."""
    if not _CSV_ROW_RE.match(raw.strip()) or '"' not in raw:
        return raw
    cells = next(csv.reader([raw.strip()], delimiter=";"))
    return "\t".join(" ".join(cell.split()) for cell in cells).strip("\t ")


# a page's number line, "Side 3 af 20", "Side 3/20", "Page 3 of 20"
_PAGE_LINE_RE = re.compile(r"^\s*(?:side|page)\s+\d+\s*(?:af|of|/)\s*\d+\s*$", re.IGNORECASE)


def _paged(pages: list[list[str]]) -> list[list[str]]:
    """Text copied out of a PDF without its form feeds still prints each page's number
    line ("Side 3 af 20"): two or more of them end pages, so that the running header
    beside them is known as the PDF's and a form-fed text's are."""
    if len(pages) > 1:
        return pages
    lines = pages[0]
    ends = [k for k, raw in enumerate(lines) if _PAGE_LINE_RE.match(raw)]
    if len(ends) < 2:
        return pages
    starts = [0, *(k + 1 for k in ends)]
    return [lines[a:b] for a, b in zip(starts, [*(k + 1 for k in ends), len(lines)],
                                         strict=True) if lines[a:b]]


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()))


def _edges(page: list[str]) -> set[int]:
    """The indexes of a page's first and last line with text."""
    filled = [k for k, raw in enumerate(page) if raw.strip()]
    return {filled[0], filled[-1]} if filled else set()


def _furniture(pages: list[list[str]], running: set[str]) -> list[set[int]]:
    """Per page, the indexes of its running lines: the first and last line with text where
    they repeat (`running`), and under a running header the lines with text that stand
    right under it on every page it heads, word for word (a header of several lines: a
    column's heads, a rule of "=" under them), one after the other; not a section's heading
    that happens to open those pages ("Indstilling" atop pages 2 and 3 of three), nor an
    item's marker under each page's header ("Punkt 1", "Punkt 2": its number changes), nor
    a sentence's words (opening in lower case or closed by a stop: text the page cut)."""
    edges = [_edges(page) for page in pages]
    out = [{k for k in edge if _key(page[k]) in running}
           for page, edge in zip(pages, edges, strict=True)]
    tops = [min(edge) if drop and min(edge) in drop else None
            for edge, drop in zip(edges, out, strict=True)]
    headed = sum(top is not None for top in tops)
    for _ in range(3):
        under = [next((j for j in range(top + 1, len(page)) if page[j].strip()), None)
                 if top is not None else None for page, top in zip(pages, tops, strict=True)]
        said = [" ".join(pages[p][j].split()) if j is not None else None
                for p, j in enumerate(under)]
        counts = Counter(text for text in said if text is not None)
        repeated = {text for text, n in counts.items()
                    if n >= max(2, 0.6 * len(pages)) and n == headed and section_type(text) is None
                    and not text[:1].islower() and text[-1:] not in ".,;:"}
        if not repeated:
            break
        tops = [j if text in repeated else None for j, text in zip(under, said, strict=True)]
        for drop, j in zip(out, tops, strict=True):
            if j is not None:
                drop.add(j)
    return out


def _running(pages: list[list[str]]) -> set[str]:
    """Texts (digits aside) at the edge of at least 60% of the pages, two or more."""
    counts = Counter(key for page in pages for key in {_key(page[k]) for k in _edges(page)})
    return {key for key, n in counts.items() if n >= max(2, 0.6 * len(pages))}
