"""Turn a parsed meeting into Whoosh documents (pure functions, no I/O)."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from typing import TYPE_CHECKING, Any

from referat.index.acronyms import acronym_terms
from referat.index.committees import DECIDING_FIELDS, without_committees
from referat.index.schema import (
    REST_FIELD,
    SECTION_FIELDS,
    TEXT_FIELDS,
    case_keys,
    field_for_section,
    phrase_field,
)
from referat.index.votes import party_keys

if TYPE_CHECKING:  # the search side unpacks bodies without loading the reader model
    from referat.index.model import Item, Meeting


def item_id(content_hash: str, position: int) -> str:
    """A stable item id: the file's content hash and the item's place in it."""
    return f"{content_hash[:12]}-{position}"


def pack_body(data: dict[str, Any]) -> str:
    """An item's stored body (meeting metadata and sections) as JSON. Whoosh
    compresses each document's stored fields together (zlib), so the body is not
    compressed on its own: compressing it twice cost the indexer a second of CPU on
    the corpus, for nothing."""
    return json.dumps(data, ensure_ascii=False)


def unpack_body(blob: str | bytes) -> dict[str, Any]:
    """The inverse of `pack_body`; bytes are a body compressed on its own (indexes
    written before 2026-11-27)."""
    if isinstance(blob, bytes):
        blob = zlib.decompress(blob).decode("utf-8")
    return json.loads(blob)


def section_texts(item: Item) -> dict[str, str]:
    """The text of each section field of an item (sections of one field joined)."""
    out: dict[str, list[str]] = {}
    for section in item.sections:
        if section.text.strip():
            out.setdefault(field_for_section(section.type), []).append(section.text)
    return {name: "\n\n".join(parts) for name, parts in out.items()}


def item_documents(
    meeting: Meeting,
    content_hash: str,
    path: str,
    kommune: str | None = None,
    id_key: str | None = None,
) -> list[dict[str, Any]]:
    """One Whoosh document per agenda item of a meeting.

    `kommune` overrides what the document says; `path` is the file's absolute path;
    item ids are made from `id_key` (default: the content hash) and the item's place.
    """
    kommune_name = kommune or meeting.kommune or ""
    udvalg = meeting.udvalg or ""
    date = (
        dt.datetime.combine(meeting.date, dt.time()) if meeting.date is not None else None
    )
    meeting_meta = meeting.to_dict() | {"kommune": kommune_name, "source": path}
    docs = []
    for position, item in enumerate(meeting.items):
        texts = section_texts(item)
        doc: dict[str, Any] = {
            "doctype": "item",
            "id": item_id(id_key or content_hash, position),
            "path": path,
            "content_hash": content_hash,
            "kommune": kommune_name,
            "kommune_words": kommune_name,
            "udvalg": udvalg,
            "udvalg_words": udvalg,
            "kind": meeting.kind,
            "number": item.number,
            "position": position,
            "case_number": item.case_number or "",
            "closed": item.closed,
            "page": item.page,
            "sections": ",".join(sorted({s.type for s in item.sections})),
            "title": item.title,
            "body": pack_body({"meeting": meeting_meta, "item": item.to_dict()}),
        }
        if date is not None:
            doc["date"] = date
            doc["year"] = str(date.year)
        if item.case_number:
            doc["case"] = " ".join(sorted(case_keys(item.case_number)))
        if item.outcome:
            doc["outcome"] = item.outcome
        if item.vote and item.vote.get("against"):
            doc["against"] = ",".join(sorted(party_keys(item.vote["against"])))
        if item.case:
            doc["case_key"] = item.case
        acronyms = acronym_terms([item.title, *texts.values()])
        if acronyms:
            doc["acronyms"] = acronyms
        for name in (*SECTION_FIELDS, REST_FIELD):
            if name in texts:
                doc[name] = (without_committees(texts[name]) if name in DECIDING_FIELDS
                             else texts[name])
        for name in TEXT_FIELDS:
            if doc.get(name):  # the same text again: its phrase field's positions
                doc[phrase_field(name)] = doc[name]
        docs.append(doc)
    return docs
