"""Hand-built PDFs for tests (pdfminer reads PDFs but cannot write them)."""

from __future__ import annotations


def assemble_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF file of numbered objects (object 1 is the catalog) with a valid xref table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, xref,
    )
    return out
