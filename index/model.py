"""What a reader produces: a meeting, its agenda items and their typed sections.

These dataclasses are the contract between the readers (`index.readers`), the index
writer and the `referat parse --json` output; `to_dict()` gives that stable schema.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

KINDS = ("referat", "dagsorden")
STATUSES = ("ok", "not_minutes", "no_text_layer", "error")
# A document read with a confidence below this is listed for checking by `referat index`.
LOW_CONFIDENCE = 0.7


@dataclass
class Section:
    """One typed section of an agenda item (heading as written, canonical type)."""

    heading: str
    type: str
    text: str
    page: int | None = None
    # A decision taken at an earlier meeting keeps its own date (Acadre, SBSYS).
    date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "type": self.type,
            "text": self.text,
            "page": self.page,
            "date": self.date.isoformat() if self.date else None,
        }


@dataclass
class Item:
    """One agenda item (punkt)."""

    number: str
    title: str
    case_number: str | None = None
    closed: bool = False
    page: int | None = None
    sections: list[Section] = field(default_factory=list)
    # What the decision says (index.decisions fills these; None/empty: no decision).
    outcome: str | None = None
    outcomes: list[dict[str, str]] = field(default_factory=list)
    vote: dict[str, Any] | None = None
    unanimous: bool | None = None
    absent: list[str] = field(default_factory=list)
    case: str | None = None  # the case key, the same whatever the punctuation

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "case_number": self.case_number,
            "closed": self.closed,
            "page": self.page,
            "sections": [s.to_dict() for s in self.sections],
            "outcome": self.outcome,
            "outcomes": [dict(o) for o in self.outcomes],
            "vote": self.vote,
            "unanimous": self.unanimous,
            "absent": list(self.absent),
            "case": self.case,
        }


@dataclass
class Meeting:
    """One meeting of one committee, as one file describes it."""

    kommune: str | None
    udvalg: str | None
    date: dt.date | None
    kind: str = "referat"
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    source: str = ""
    items: list[Item] = field(default_factory=list)
    # How it was read (copied to the ParseResult, which serialises them): the layout
    # family, and a confidence in [0, 1] with the checks behind it.
    layout: str | None = None
    confidence: float | None = None
    checks: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kommune": self.kommune,
            "udvalg": self.udvalg,
            "date": self.date.isoformat() if self.date else None,
            "kind": self.kind,
            "place": self.place,
            "participants": list(self.participants),
            "source": self.source,
        }


class ReadError(Exception):
    """A file could not be read as minutes; `status` says how it failed."""

    status = "error"


class NotMinutes(ReadError):
    """The file was read but holds no agenda items (an attachment, not minutes)."""

    status = "not_minutes"


class NoTextLayer(ReadError):
    """A PDF whose pages carry no text (scanned?)."""

    status = "no_text_layer"


@dataclass
class ParseResult:
    """The outcome of reading one file: a meeting, or the reason there is none."""

    source: str
    status: str
    meeting: Meeting | None = None
    reason: str | None = None
    # Which reader module and layout family read the file, and how sure the reading is
    # (0-1; None when nothing was read), with the checks that decided it.
    reader: str | None = None
    layout: str | None = None
    confidence: float | None = None
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def low_confidence(self) -> bool:
        """Read, but worth a look (confidence below `LOW_CONFIDENCE`)."""
        return self.ok and self.confidence is not None and self.confidence < LOW_CONFIDENCE

    def to_dict(self) -> dict[str, Any]:
        """The documented `referat parse --json` schema."""
        out: dict[str, Any] = {"status": self.status, "source": self.source}
        if self.reason:
            out["reason"] = self.reason
        out["reader"] = self.reader
        out["layout"] = self.layout
        out["confidence"] = self.confidence
        out["checks"] = list(self.checks)
        if self.meeting is not None:
            out["meeting"] = self.meeting.to_dict()
            out["items"] = [i.to_dict() for i in self.meeting.items]
        else:
            out["meeting"] = None
            out["items"] = []
        return out


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def section_from_dict(data: dict[str, Any]) -> Section:
    """Rebuild a Section from `Section.to_dict()` output."""
    return Section(
        heading=data["heading"],
        type=data["type"],
        text=data["text"],
        page=data.get("page"),
        date=_date(data.get("date")),
    )


def item_from_dict(data: dict[str, Any]) -> Item:
    """Rebuild an Item from `Item.to_dict()` output."""
    return Item(
        number=data["number"],
        title=data["title"],
        case_number=data.get("case_number"),
        closed=bool(data.get("closed")),
        page=data.get("page"),
        sections=[section_from_dict(s) for s in data.get("sections", [])],
        outcome=data.get("outcome"),
        outcomes=[dict(o) for o in data.get("outcomes") or []],
        vote=data.get("vote"),
        unanimous=data.get("unanimous"),
        absent=list(data.get("absent") or []),
        case=data.get("case"),
    )


def result_from_dict(data: dict[str, Any]) -> ParseResult:
    """Rebuild a ParseResult from `ParseResult.to_dict()` output."""
    meeting = None
    if data.get("meeting"):
        m = data["meeting"]
        meeting = Meeting(
            kommune=m.get("kommune"),
            udvalg=m.get("udvalg"),
            date=_date(m.get("date")),
            kind=m.get("kind", "referat"),
            place=m.get("place"),
            participants=list(m.get("participants") or []),
            source=m.get("source", ""),
            items=[item_from_dict(i) for i in data.get("items", [])],
            layout=data.get("layout"),
            confidence=data.get("confidence"),
            checks=list(data.get("checks") or []),
        )
    return ParseResult(data["source"], data["status"], meeting, data.get("reason"),
                       reader=data.get("reader"), layout=data.get("layout"),
                       confidence=data.get("confidence"),
                       checks=list(data.get("checks") or []))
