"""Reader for the meeting JSON that the publishing portal behind dagsordener.greve.dk serves.

Any other JSON is read as the lines of a text (`jsontext`) by the generic reader.

One file is one meeting: ``Udvalg.Navn``, ``Moede`` (``Dato``, ``Sted``, ``Afsluttet``,
``Moededeltagere``) and ``Dagsordenpunkter[]``; every entry of the latter becomes exactly
one item. An item's sections are the HTML of its ``Felter`` (see `htmlsections`).

Rules:
- Text before the first heading is the decision (the portal prints it unheaded first in
  some meetings, preceded by a repeat of the title, which is dropped).
- Closed items are those titled ``Lukket: …``; ``IsOpen`` is false for every item in the
  published data, so it cannot tell. Their only text is the decision.
- kind is "referat" when the meeting is concluded (``Afsluttet``) and at least one item
  carries a decision; otherwise "dagsorden".
- participants are the attendees not marked absent or cancelled.
- kommune is the name of the portal host (``dagsordener.<kommune>.dk`` in ``Link``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from referat.index.model import Item, Meeting, NotMinutes, ReadError, Section
from referat.index.readers.generic import read_document
from referat.index.readers.htmlsections import split_sections
from referat.index.readers.jsontext import json_text
from referat.index.readers.text import text_lines
from referat.index.vocabulary import CLOSED_TITLE_RE

_HOST_RE = re.compile(r"https?://(?:www\.)?dagsordener\.([a-zæøå-]+)\.dk/", re.IGNORECASE)


def read(data: bytes, source: str, known: bool = True) -> Meeting:
    """Read one meeting JSON file: the portal's, else any other as text (`jsontext`; with
    `known=False` by the generic reader only)."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReadError(f"not valid JSON: {exc}") from None
    if _portal(doc):
        return parse_meeting(doc, source)
    try:
        meeting = read_document(text_lines(json_text(doc)), source, known)
    except NotMinutes:
        meeting = None
    if meeting is None or not meeting.items:
        raise NotMinutes("JSON is not a portal meeting, and read as text it holds no items")
    return meeting


def _portal(doc: Any) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("Dagsordenpunkter"), list)


def parse_meeting(doc: Any, source: str) -> Meeting:
    """Build a Meeting from the decoded portal JSON."""
    if not _portal(doc):
        raise NotMinutes("JSON is not a portal meeting (no Dagsordenpunkter list)")
    moede = doc.get("Moede") or {}
    udvalg = (doc.get("Udvalg") or {}).get("Navn")
    items = [_item(p) for p in doc["Dagsordenpunkter"] if isinstance(p, dict)]
    decided = any(s.type == "beslutning" for i in items for s in i.sections)
    return Meeting(
        kommune=_kommune(doc["Dagsordenpunkter"]),
        udvalg=udvalg.strip(" .") if isinstance(udvalg, str) else None,
        date=_date(moede.get("Dato") or moede.get("MeetingBeginUtc")),
        kind="referat" if moede.get("Afsluttet") and decided else "dagsorden",
        place=(moede.get("Sted") or "").strip() or None,
        participants=[
            m["Name"].strip()
            for m in moede.get("Moededeltagere") or []
            if m.get("Name") and not m.get("Absent") and not m.get("ParticipationCancelled")
        ],
        source=source,
        items=items,
    )


def _item(p: dict[str, Any]) -> Item:
    number = str(p.get("Punktnummer") or p.get("Number") or "").strip().rstrip(".")
    title = (p.get("Navn") or p.get("Caption") or "").strip()
    case = (p.get("SagsNummer") or p.get("CaseNumber") or "").strip() or None
    closed = bool(CLOSED_TITLE_RE.match(title))
    sections: list[Section] = []
    for felt in p.get("Felter") or []:
        lead, found = split_sections(felt.get("Html") or "")
        lead = _drop_title_line(lead, title)
        if lead:
            sections.append(Section(heading="", type="beslutning", text=lead))
        sections.extend(found)
    return Item(number=number, title=title, case_number=case, closed=closed, sections=sections)


def _drop_title_line(lead: str, title: str) -> str:
    first, _, rest = lead.partition("\n")
    if title and " ".join(first.split()) == " ".join(title.split()):
        return rest.strip()
    return lead


def _kommune(punkter: list[Any]) -> str | None:
    for p in punkter:
        felter = p.get("Felter") if isinstance(p, dict) else None
        for felt in felter or []:
            m = _HOST_RE.match(felt.get("Link") or "")
            if m:
                return m.group(1).capitalize()
    return None


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None
