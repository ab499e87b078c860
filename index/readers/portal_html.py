"""The FirstAgenda publication portal's meeting page (Aarhus): what this vendor's page
says that the generic reading of its lines would not (`readers.page` calls it first).

The page lists items as table rows (``tr.punktrow``): the number in the row's first
``span.label``, the title in ``h2.overskrift``, the case number in ``span.sagsnummer``
and the item's text in ``div.details``, sectioned by h3 headings (`htmlsections`; an
empty h3 introduces the unheaded teaser, typed "other"). The meeting's kind and date
come from ``h1.dato`` ("Referat 1. oktober 2025 kl. 15.45"), the committee and place
from ``span.udvalg`` / ``span.sted``, the kommune from the site's logo or stylesheet name
(``/Content/img/aarhus_logo.png``). Everything outside the item rows (navigation,
modals such as "Kopier link" and "Tip en ven", scripts) is ignored. The page is read as
one lxml tree (`markup.parse_html`).
"""

from __future__ import annotations

import re
from typing import Any

from referat.index.model import Item, Meeting, ReadError, Section
from referat.index.readers.htmlsections import SectionCollector
from referat.index.sections import heading_date
from referat.index.vocabulary import CLOSED_TITLE_RE

LAYOUT = "first-agenda-portal"
_SITE_RE = re.compile(r"/(?:img|css)/([a-zæøå]+)(?:_logo\.\w+|\.css)$", re.IGNORECASE)


def _class(tag: str, name: str) -> str:
    return f"{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"


def read_portal(root: Any, source: str) -> Meeting | None:
    """The Meeting of a portal page's tree, or None when the page has no item rows."""
    rows = root.xpath("//" + _class("tr", "punktrow"))
    if not rows:
        return None
    dato = _text(root.xpath("//" + _class("h1", "dato")))
    kind = dato.split(" ", 1)[0].lower()
    if kind not in ("referat", "dagsorden"):
        raise ReadError(f"portal page has no 'Referat'/'Dagsorden' heading (got {dato!r})")
    meeting = Meeting(
        kommune=_kommune(root),
        udvalg=_text(root.xpath("//" + _class("span", "udvalg"))) or None,
        date=heading_date(dato),
        kind=kind,
        place=_text(root.xpath("//" + _class("span", "sted"))) or None,
        source=source,
        items=[_item(row) for row in rows],
    )
    meeting.layout = LAYOUT
    return meeting


def _item(row: Any) -> Item:
    outside = "[not(ancestor::" + _class("div", "details") + ")]"
    number = _text(row.xpath(".//" + _class("span", "label") + outside)).rstrip(".")
    title = _text(row.xpath(".//" + _class("h2", "overskrift")))
    case = _text(row.xpath(".//" + _class("span", "sagsnummer"))) or None
    collector = SectionCollector(empty_heading_type="other")
    for details in row.xpath(".//" + _class("div", "details")):
        for child in details:
            _feed(collector, child)
            collector.handle_data(child.tail or "")
    lead, sections = collector.take()
    if lead:  # text before any heading: the teaser paragraph
        sections.insert(0, Section(heading="", type="other", text=lead))
    return Item(number=number, title=title, case_number=case,
                closed=bool(CLOSED_TITLE_RE.match(title)), sections=sections)


def _feed(collector: SectionCollector, element: Any) -> None:
    """Drive the section collector over an element, as an event parser would."""
    if not isinstance(element.tag, str):
        return
    tag = element.tag.lower()
    classes = (element.get("class") or "").split()
    if tag == "span" and ("pdf-label" in classes or "sagsnummer" in classes):
        return
    collector.handle_starttag(tag, [])
    collector.handle_data(element.text or "")
    for child in element:
        _feed(collector, child)
        collector.handle_data(child.tail or "")
    collector.handle_endtag(tag)


def _text(elements: list[Any]) -> str:
    return " ".join(elements[0].text_content().split()) if elements else ""


def _kommune(root: Any) -> str | None:
    for element in root.iter("img", "link"):
        m = _SITE_RE.search(element.get("src") or element.get("href") or "")
        if m:
            return m.group(1).capitalize()
    return None
