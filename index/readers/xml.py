"""Reader for the XML that Danish case systems publish meetings in.

- SBSYS publication XML (root ``Publication``): ``Agendas/Agenda`` with ``Committee``,
  ``Meeting`` (``When``, ``Where``, ``Members``) and ``Items/Item`` whose ``Fields``
  are captioned HTML fields (upper-case captions in Region Hovedstaden). A decision
  field holds one paragraph per meeting, each opening with its date ("18. september
  2012: …"); every dated paragraph becomes a `beslutning` section with that date.
- Acadre agenda XML (root ``root`` with ``table name="agenda"``): items are
  ``agendaitemparents`` (number in ``sort``) with ``agendaitem`` (name, caseno) and
  ``bullet`` sections (``bulletname`` heading, ``bulletcontent`` HTML).
- Publishing manifests (the Acadre ``producedAgenda`` list, the eDoc
  ``MeetingAgendaTypes`` list) only point to the published PDF/DOCX files, whose text
  the other readers take: they raise NotMinutes.

Every field is a section: its caption is the heading, typed by `section_type`, or
"other" when the table does not know it. kind is "referat" when a decision of the
meeting's own date (or undated) has text, else "dagsorden" (Acadre: the agenda name).
The files name no kommune in a field: it is the kommune (or region) the text mentions most.
XML that is not well formed (an unescaped "&", a tag left open) is read in lxml's recover
mode; when what is left holds no meeting, the file is reported as malformed.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from referat.index.kommune import mentioned_kommune
from referat.index.model import Item, Meeting, NotMinutes, ReadError, Section
from referat.index.readers.htmlsections import html_text
from referat.index.sections import heading_date, section_type

_ROOT_RE = re.compile(rb"<([A-Za-z_][\w.-]*)[\s>/]")
_DATED_RE = re.compile(r"^(?P<date>[^:\n]{6,24}):[ \t]*", re.MULTILINE)
_PLACEHOLDERS = frozenset({"tomt indhold"})


def read(data: bytes, source: str) -> Meeting:
    """Read one SBSYS or Acadre XML file (manifests raise NotMinutes)."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    head = data[:4096]
    if b"<MeetingAgendaTypes>" in head and _root_name(head) == "Meeting":
        raise NotMinutes("publishing manifest: eDoc agenda publishing list of PDFs, not minutes")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        root = _recovered(data)
        if root is None:
            raise ReadError(f"malformed XML: {exc}") from None
        try:
            return _read_root(root, source)
        except NotMinutes:  # what was left of it is no meeting: the file is broken
            raise ReadError(f"malformed XML: {exc}") from None
    return _read_root(root, source)


def _recovered(data: bytes) -> ET.Element | None:
    """The tree lxml's recover mode makes of XML that is not well formed (an unescaped
    "&", a tag left open), as an ElementTree element; None when nothing is left."""
    import lxml.etree

    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = lxml.etree.fromstring(data, parser)
    except lxml.etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    return ET.fromstring(lxml.etree.tostring(root))


def _read_root(root: ET.Element, source: str) -> Meeting:
    if root.tag == "Publication":
        return parse_sbsys(root, source)
    if root.tag == "root":
        if root.find("table[@name='producedAgenda']") is not None:
            files = [f.get("docfilename") for f in root.iter("field") if f.get("docfilename")]
            raise NotMinutes(
                f"publishing manifest: Acadre list of {', '.join(files) or 'documents'}, "
                "not minutes"
            )
        agenda = root.find("table[@name='agenda']")
        if agenda is not None:
            return parse_acadre(agenda, source)
    raise NotMinutes(f"XML is not a known meeting format (root element <{root.tag}>)")


def _root_name(head: bytes) -> str | None:
    for m in _ROOT_RE.finditer(head):
        name = m.group(1).decode("ascii", "replace")
        if name != "xml":
            return name
    return None


# -- SBSYS ---------------------------------------------------------------------------
def parse_sbsys(root: ET.Element, source: str) -> Meeting:
    """Build a Meeting from an SBSYS ``Publication`` element."""
    agenda = root.find("Agendas/Agenda")
    if agenda is None:
        raise NotMinutes("SBSYS publication without an agenda")
    date = heading_date(agenda.findtext("Meeting/When") or "")
    items = [_sbsys_item(it) for it in agenda.iterfind("Items/Item")]
    return Meeting(
        kommune=_mentioned(items),
        udvalg=_clean(agenda.findtext("Committee/Name")) or _clean(agenda.findtext("Name")),
        date=date,
        kind=_kind_from_decisions(items, date),
        place=_clean(agenda.findtext("Meeting/Where")),
        participants=[
            name
            for m in agenda.iterfind("Meeting/Members/MeetingMember")
            if (name := _clean(m.findtext("Name")))
        ],
        source=source,
        items=items,
        layout="sbsys",
    )


def _sbsys_item(item: ET.Element) -> Item:
    sections: list[Section] = []
    for field in item.iterfind("Fields/ItemField"):
        heading = _clean(field.findtext("Caption")) or ""
        content = field.findtext("Content") or ""
        text = html_text(content) if field.findtext("FieldTypeAsEnum") == "Html" else content
        sections.extend(_field_sections(heading, text))
    return Item(
        number=(_clean(item.findtext("Number")) or "").rstrip("."),
        title=_clean(item.findtext("Caption")) or "",
        case_number=_clean(item.findtext("Case/Number")),
        closed=(item.findtext("IsPublic") or "").strip().lower() == "false",
        sections=sections,
    )


def _mentioned(items: list[Item]) -> str | None:
    return mentioned_kommune(s.text for item in items for s in item.sections)


# -- Acadre --------------------------------------------------------------------------
def parse_acadre(agenda: ET.Element, source: str) -> Meeting:
    """Build a Meeting from an Acadre ``table name="agenda"`` element."""
    meeting = agenda.find("table[@name='meeting']")
    committee = agenda.find("table[@name='committee']")
    mfields = _fields(meeting)
    items = [_acadre_item(p) for p in agenda.iterfind("table[@name='agendaitemparents']")]
    name = (_fields(agenda).get("name") or "").lower()
    return Meeting(
        kommune=_mentioned(items),
        udvalg=_fields(committee).get("name"),
        date=heading_date(mfields.get("date", "")),
        kind="dagsorden" if "dagsorden" in name else "referat",
        place=mfields.get("location"),
        participants=[
            f["name"]
            for m in (meeting.iterfind("table[@name='meetmember']/table[@name='member']")
                      if meeting is not None else [])
            if (f := _fields(m)).get("name") and f.get("absent", "0") == "0"
        ],
        source=source,
        items=items,
        layout="acadre",
    )


def _acadre_item(parent: ET.Element) -> Item:
    item = parent.find("table[@name='agendaitem']")
    f = _fields(item)
    sections: list[Section] = []
    for bullet in item.iterfind("table[@name='bullet']") if item is not None else []:
        b = _fields(bullet)
        text = html_text(b.get("bulletcontent", ""))
        sections.extend(_field_sections(b.get("bulletname", ""), text))
    return Item(
        number=(_fields(parent).get("sort") or "").rstrip("."),
        title=f.get("name", ""),
        case_number=f.get("caseno"),
        closed=(f.get("accessname") or "Åben").lower() != "åben",
        sections=sections,
    )


def _fields(table: ET.Element | None) -> dict[str, str]:
    """An Acadre table's own ``fields/field[@name]`` values, whitespace collapsed."""
    if table is None:
        return {}
    out: dict[str, str] = {}
    for field in table.iterfind("fields/field"):
        name = field.get("name")
        value = _clean(field.text)
        if name and value and name not in out:
            out[name] = " ".join(value.split())
    return out


# -- shared --------------------------------------------------------------------------
def _field_sections(heading: str, text: str) -> list[Section]:
    """One captioned field as sections; a decision field splits at its dated paragraphs."""
    text = text.strip()
    if not text or text.lower() in _PLACEHOLDERS:
        return []
    kind = section_type(heading) or "other"
    date = heading_date(heading)
    if kind != "beslutning" or date:
        return [Section(heading=heading, type=kind, text=text, date=date)]
    parts: list[Section] = []
    starts = [m for m in _DATED_RE.finditer(text) if heading_date(m.group("date"))]
    if not starts or starts[0].start() > 0:
        end = starts[0].start() if starts else len(text)
        parts.append(Section(heading=heading, type=kind, text=text[:end].strip()))
    for m, nxt in zip(starts, [*starts[1:], None], strict=True):
        body = text[m.end(): nxt.start() if nxt else len(text)].strip()
        if body:
            parts.append(Section(heading=heading, type=kind, text=body,
                                 date=heading_date(m.group("date"))))
    return [p for p in parts if p.text]


def _kind_from_decisions(items: list[Item], date: dt.date | None) -> str:
    for item in items:
        for s in item.sections:
            if s.type == "beslutning" and (s.date is None or s.date == date):
                return "referat"
    return "dagsorden"


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
