"""Reader for a meeting page of the FirstAgenda publication portal (Aarhus).

The page lists items as table rows (``tr.punktrow``): the number in the row's first
``span.label``, the title in ``h2.overskrift``, the case number in ``span.sagsnummer``
and the item's text in ``div.details``, sectioned by h3 headings (`htmlsections`; an
empty h3 introduces the unheaded teaser, typed "other"). The meeting's kind and date
come from ``h1.dato`` ("Referat 1. oktober 2025 kl. 15.45"), the committee and place
from ``span.udvalg`` / ``span.sted``, the kommune from the site's logo or stylesheet name
(``/Content/img/aarhus_logo.png``). Everything outside the item rows (navigation,
modals such as "Kopier link" and "Tip en ven", scripts) is ignored. One parser pass.
"""

from __future__ import annotations

import re

from referat.index.model import Item, Meeting, NotMinutes, ReadError, Section
from referat.index.readers.htmlsections import SectionParser
from referat.index.sections import heading_date

_SITE_RE = re.compile(r"/(?:img|css)/([a-zæøå]+)(?:_logo\.\w+|\.css)$", re.IGNORECASE)
_CLOSED_RE = re.compile(r"^lukket\b", re.IGNORECASE)
# Elements of the page whose text is wanted, by tag and class.
_FIELDS = {
    ("h1", "dato"): "dato",
    ("span", "udvalg"): "udvalg",
    ("span", "sted"): "sted",
    ("h2", "overskrift"): "title",
    ("span", "sagsnummer"): "case",
}


def read(data: bytes, source: str) -> Meeting:
    """Read one portal meeting page."""
    try:
        html = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        html = data.decode("cp1252", errors="replace")
    return parse_page(html, source)


def parse_page(html: str, source: str) -> Meeting:
    """Build a Meeting from the page's HTML."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    dato = parser.meta.get("dato", "")
    if not parser.items:
        raise NotMinutes("HTML is not a meeting portal page (no agenda item rows)")
    kind = dato.split(" ", 1)[0].lower()
    if kind not in ("referat", "dagsorden"):
        raise ReadError(f"portal page has no 'Referat'/'Dagsorden' heading (got {dato!r})")
    return Meeting(
        kommune=parser.kommune,
        udvalg=parser.meta.get("udvalg"),
        date=heading_date(dato),
        kind=kind,
        place=parser.meta.get("sted"),
        source=source,
        items=parser.items,
    )


class _PageParser(SectionParser):
    """Walks the page once; delegates the inside of ``div.details`` to SectionParser."""

    def __init__(self) -> None:
        super().__init__(empty_heading_type="other")
        self.items: list[Item] = []
        self.meta: dict[str, str] = {}
        self.kommune: str | None = None
        self._row: dict[str, str] | None = None  # the current item row's fields
        self._field: tuple[str, str, list[str]] | None = None  # (name, tag, text)
        self._details = 0  # div depth inside div.details; 0 = outside
        self._ignore = 0  # depth inside an ignored span (pdf-label)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if self._details:
            if tag == "div":
                self._details += 1
            if tag == "span" and (self._ignore or "pdf-label" in classes):
                self._ignore += 1
                return
            field = self._field_name(tag, classes)
            if field == "case":
                self._field = (field, tag, [])
            elif not self._ignore:
                super().handle_starttag(tag, attrs)
            return
        if tag == "tr" and "punktrow" in classes:
            self._end_row()
            self._row = {}
        elif tag == "div" and "details" in classes and self._row is not None:
            self._details = 1
        elif tag == "span" and "label" in classes and self._row is not None:
            if "number" not in self._row:
                self._field = ("number", tag, [])
        elif self.kommune is None and tag in ("img", "link"):
            m = _SITE_RE.search(a.get("src") or a.get("href") or "")
            if m:
                self.kommune = m.group(1).capitalize()
        else:
            field = self._field_name(tag, classes)
            if field:
                self._field = (field, tag, [])

    def handle_endtag(self, tag: str) -> None:
        if self._field is not None and tag == self._field[1]:
            name, _, chunks = self._field
            self._field = None
            text = " ".join("".join(chunks).split())
            target = self._row if name in ("number", "title", "case") else self.meta
            if target is not None and text:
                target.setdefault(name, text)
            return
        if self._details:
            if tag == "span" and self._ignore:
                self._ignore -= 1
                return
            if tag == "div":
                self._details -= 1
                if not self._details:
                    return
            if not self._ignore:
                super().handle_endtag(tag)
        elif tag == "table" and self._row is not None:
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._field is not None:
            self._field[2].append(data)
        elif self._details and not self._ignore:
            super().handle_data(data)

    def close(self) -> None:
        super().close()
        self._end_row()

    def _field_name(self, tag: str, classes: list[str]) -> str | None:
        for cls in classes:
            name = _FIELDS.get((tag, cls))
            if name:
                return name
        return None

    def _end_row(self) -> None:
        if self._row is None:
            return
        row, self._row = self._row, None
        lead, sections = self.take()
        title = row.get("title", "")
        if lead:  # text before any heading: the teaser paragraph
            sections.insert(0, Section(heading="", type="other", text=lead))
        self.items.append(Item(
            number=row.get("number", "").rstrip("."),
            title=title,
            case_number=row.get("case"),
            closed=bool(_CLOSED_RE.match(title)),
            sections=sections,
        ))

