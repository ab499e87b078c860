"""A minimal PDF writer for generated layouts: lines of text in Helvetica (regular or
bold) at given sizes, wrapped onto A4 pages. Text is WinAnsi-encoded (æ, ø, å, é);
pdfminer knows the standard fonts' metrics, so extraction gives sizes and boldness.
No external tools."""

from __future__ import annotations

from tests.pdfs import assemble_pdf  # the object table and xref, shared with the tests

PAGE_W, PAGE_H, MARGIN = 595, 842, 56
RIGHT_CELL = 400


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def render_pdf(lines: list[tuple[str, float, bool]], footer: str | None = None,
               header: str | None = None, right_cell: int = RIGHT_CELL) -> bytes:
    """A PDF of (text, size, bold) lines, top to bottom; `footer` ("Side {n}") and
    `header` on each page. A tab in a line puts what follows it in a second column (at
    x = `right_cell`), in the regular face."""
    pages: list[list[bytes]] = [[]]
    y = PAGE_H - MARGIN
    for text, size, bold in lines:
        leading = size * 1.45
        if not text:
            y -= leading / 2
            continue
        if y - leading < MARGIN + 20:
            pages.append([])
            y = PAGE_H - MARGIN
        y -= leading
        font = b"/F2" if bold else b"/F1"
        left, _, right = text.partition("\t")  # a second cell stands at RIGHT_CELL
        pages[-1].append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (
            font, size, MARGIN, y, _escape(left)))
        if right:
            pages[-1].append(b"BT /F1 %.1f Tf %d %.1f Td (%s) Tj ET" % (
                size, right_cell, y, _escape(right)))
    for number, ops in enumerate(pages, start=1):
        if header:
            ops.insert(0, header_op(header))
        if footer:
            ops.append(footer_op(footer.format(n=number)))
    return pages_pdf(pages)


def header_op(text: str) -> bytes:
    """A running header line (8 pt, regular) at the top of a page."""
    return b"BT /F1 8 Tf %d %d Td (%s) Tj ET" % (MARGIN, PAGE_H - MARGIN + 20, _escape(text))


def footer_op(text: str) -> bytes:
    """A footer line (8 pt, regular) at the bottom right of a page."""
    return b"BT /F1 8 Tf %d %d Td (%s) Tj ET" % (PAGE_W - 120, MARGIN - 20, _escape(text))


def pages_pdf(pages: list[list[bytes]],
              fonts: tuple[bytes, ...] = (b"Helvetica", b"Helvetica-Bold")) -> bytes:
    """A PDF of A4 pages of content operators; the fonts are /F1, /F2, … in order."""
    first = 3 + len(fonts)  # 1 catalog, 2 pages, the fonts, then page and content pairs
    kids = " ".join(f"{first + 2 * i} 0 R" for i in range(len(pages))).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))]
    objects += [b"<< /Type /Font /Subtype /Type1 /BaseFont /%s "
                b"/Encoding /WinAnsiEncoding >>" % name for name in fonts]
    refs = b" ".join(b"/F%d %d 0 R" % (i + 1, i + 3) for i in range(len(fonts)))
    for k, ops in enumerate(pages):
        stream = b"\n".join(ops)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                       b"/Resources << /Font << %s >> >> "
                       b"/Contents %d 0 R >>" % (PAGE_W, PAGE_H, refs, first + 1 + 2 * k))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    return assemble_pdf(objects)


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap at `width` characters."""
    out: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    return out


def wrap_lines(text: str, width: int, indent: str = "") -> list[str]:
    """Each line of `text` wrapped at `width` characters, `indent` before every line."""
    return [indent + line for para in text.splitlines() for line in wrap(para, width)]
