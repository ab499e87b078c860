"""A second language's gloss after a Danish label, heading, status or item marker ("Sted /
Venue:", "Beslutning / Decision", "Lukket punkt / Closed item", "Punkt 4 (Item 4):"): the
line is read as the Danish it glosses."""

from __future__ import annotations

import re
from dataclasses import replace

from referat.index.layout import Line
from referat.index.readers.generic.status import STATUS_RE
from referat.index.sections import section_type
from referat.index.vocabulary import FIELD_LABELS

_WORDS = r"[^\W\d_]+\.?(?:\s+[^\W\d_]+\.?){0,2}"  # one to three words, no digits
# "Sted / Venue: …": a label, its gloss, then the label's colon and value
_LABEL_RE = re.compile(rf"^(?P<label>{_WORDS})\s+/\s+{_WORDS}\s*:(?P<rest>.*)$")
# "Beslutning / Decision", "Beslutning (Decision)": a line that is a heading and its gloss
_HEADING_RE = re.compile(rf"^(?P<label>{_WORDS})\s*(?:\s/\s+{_WORDS}|\({_WORDS}\))\s*:?$")
# "Punkt 4 (Item 4): Title": the number glossed with the same number
_MARKER_RE = re.compile(r"^((?:punkt|pkt\.?|nr\.?|sag)\s*(\d{1,4}))\s*\([^\W\d_]+\.?\s*\2\)",
                        re.IGNORECASE)


def danish(text: str) -> str:
    """The text without a gloss after its label, heading, status or marker; the text as it
    is when what precedes the gloss is none of these."""
    if m := _MARKER_RE.match(text):
        return m.group(1) + text[m.end():]
    if (m := _LABEL_RE.match(text)) and m["label"].lower().rstrip(".") in FIELD_LABELS:
        return f"{m['label']}:{m['rest']}"
    if (m := _HEADING_RE.match(text)) and (section_type(m["label"])
                                           or STATUS_RE.match(m["label"])):
        return m["label"]
    return text


def without_glosses(lines: list[Line]) -> list[Line]:
    """The lines with each gloss left out (`danish`)."""
    out = []
    for line in lines:
        text = line.text.strip()
        read = danish(text)
        out.append(line if read == text else replace(line, text=read))
    return out
