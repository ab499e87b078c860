"""An iCalendar invitation saved as text (RFC 5545): the meeting's agenda is its event's
DESCRIPTION, folded at 75 octets and with its newlines, commas and semicolons escaped."""

from __future__ import annotations

import re

_FOLD_RE = re.compile(r"\r?\n[ \t]")
# a property's name, its parameters (`;LANGUAGE=da`), a colon, then its value
_PROPERTY_RE = re.compile(r"^([A-Z-]+)(?:;[^:\n]*)?:(.*)$", re.MULTILINE)
_ESCAPE_RE = re.compile(r"\\([nN,;\\])")


# the rule's switch (round 28, issue-18by; off in `benchmarks.layouts.ablations`)
CALENDAR_TEXT = True


def calendar_text(text: str) -> str:
    """The agenda an invitation carries (its DESCRIPTION unfolded and unescaped), or the
    text as it is when it is no iCalendar file or describes nothing."""
    if not CALENDAR_TEXT:
        return text
    if not text.lstrip().startswith("BEGIN:VCALENDAR"):
        return text
    values: dict[str, str] = {}
    for name, value in _PROPERTY_RE.findall(_FOLD_RE.sub("", text)):
        values.setdefault(name, _ESCAPE_RE.sub(_unescaped, value.rstrip("\r")))
    return values.get("DESCRIPTION", "").strip() or text


def _unescaped(m: re.Match[str]) -> str:
    return "\n" if m.group(1) in "nN" else m.group(1)
