"""A page's structured data (schema.org's Event in JSON-LD, `<script type=
"application/ld+json">`): where a page prints its meeting's udvalg, date and place nowhere
but in the data it gives search engines."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from referat.index.model import Meeting
from referat.index.readers.generic.meeting import udvalg_of

# the rule's switch (round 30, issue-18cc; off in `benchmarks.layouts.ablations`)
LINKED_DATA = True


def fill_from_event(meeting: Meeting, root: Any) -> None:
    """The meeting's udvalg, date and place, where nothing else gave them, from the page's
    first JSON-LD Event: its organizer's (or its own) name as the body, the day of its
    `startDate`, its location's name."""
    if not LINKED_DATA:
        return
    event = next((e for s in root.iter("script") if "ld+json" in (s.get("type") or "")
                  for e in _objects(_loaded(s.text or "")) if _typed(e, "Event")), None)
    if event is None:
        return
    organizer, location = event.get("organizer"), event.get("location")
    names = [_name(organizer), _name(event)]
    meeting.udvalg = meeting.udvalg or udvalg_of([n for n in names if n])
    meeting.date = meeting.date or _day(event.get("startDate"))
    meeting.place = meeting.place or (location if isinstance(location, str) else _name(location))


def _loaded(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _objects(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block: itself, a list's members or its `@graph`."""
    if isinstance(data, list):
        return [o for d in data for o in _objects(d)]
    if isinstance(data, dict):
        return [data, *_objects(data.get("@graph"))]
    return []


def _typed(obj: dict[str, Any], kind: str) -> bool:
    types = obj.get("@type")
    return any(str(t).endswith(kind) for t in (types if isinstance(types, list) else [types]))


def _name(obj: Any) -> str | None:
    name = obj.get("name") if isinstance(obj, dict) else None
    if not isinstance(name, str):
        return None
    return " ".join(name.split()) or None


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
