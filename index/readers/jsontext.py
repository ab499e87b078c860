"""A JSON document as the lines of a text: minutes exported as JSON by a system whose
schema referat does not know (an open-data export), read by the generic reader as text.

The tree is written out in its own order, with no key names known in advance:
- a short value is a labelled field, its key as the label (``"sted": "Mødelokale 2"`` is
  ``Sted: Mødelokale 2``; ``"nummer": 4`` then ``"titel": …`` is the item's number and
  title, as a label/value table's rows are);
- a true flag is its key on a line of its own (``"lukket": true`` is ``Lukket``, an item's
  status), a false or empty one is nothing;
- an object of two texts and nothing else (``{"overskrift": "Beslutning", "tekst": […]}``)
  is a heading over its text;
- a long text, or a list of texts, is paragraphs (headed by its key when it stands beside
  other fields: ``"beslutning": "…"``);
- each object of a list stands apart from the next by a blank line.
"""

from __future__ import annotations

import re
from typing import Any

# a field value short enough to be a label's value, a heading or a title
_SHORT = 120
_CAMEL_RE = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")


def json_text(doc: Any) -> str:
    """The lines of a decoded JSON document (see the module's rules)."""
    out: list[str] = []
    _write(doc, None, out)
    return "\n".join(out) + "\n"


def _label(key: str) -> str:
    words = _CAMEL_RE.sub(" ", key).replace("_", " ").replace("-", " ").split()
    text = " ".join(words).lower()
    return text[:1].upper() + text[1:]


def _texts(value: Any) -> list[str] | None:
    """A text's paragraphs (a string, or a list of strings), or None."""
    if isinstance(value, str):
        return [p.strip() for p in value.splitlines() if p.strip()]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return [p.strip() for v in value for p in v.splitlines() if p.strip()]
    return None


def _heading_and_text(value: dict[str, Any]) -> tuple[str, list[str]] | None:
    """An object of a short heading and a text, and nothing else."""
    if len(value) != 2:
        return None
    first, second = value.values()
    if not isinstance(first, str) or "\n" in first.strip() or len(first.strip()) > _SHORT:
        return None
    text = _texts(second)
    return (first.strip(), text) if first.strip() and text is not None else None


def _write(value: Any, key: str | None, out: list[str]) -> None:
    if isinstance(value, dict):
        headed = _heading_and_text(value)
        if headed:
            out.extend(["", headed[0], "", *_paragraphs(headed[1])])
            return
        for k, v in value.items():
            _write(v, str(k), out)
        out.append("")
    elif isinstance(value, list):
        text = _texts(value)
        if text is not None:
            out.extend(([_label(key), ""] if key else []) + _paragraphs(text))
            return
        for v in value:
            _write(v, key, out)
            out.append("")
    elif isinstance(value, bool):
        if value and key:
            out.append(_label(key))
    elif value is not None:
        _scalar(str(value).strip(), key, out)


def _scalar(text: str, key: str | None, out: list[str]) -> None:
    if not text:
        return
    if key and "\n" not in text and len(text) <= _SHORT:
        out.append(f"{_label(key)}: {text}")
    else:
        out.extend(([_label(key), ""] if key else []) + _paragraphs(_texts(text) or []))


def _paragraphs(texts: list[str]) -> list[str]:
    return [line for t in texts for line in (t, "")]
