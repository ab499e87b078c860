"""Decisions collected after the items: a closing block under a heading that names the
meeting's decisions as one record ("Beslutningsprotokol", "Beslutninger"), an entry per
item (its number, then its decision: a table's rows, or lines), each entry the decision of
the item it numbers."""

from __future__ import annotations

import re
from dataclasses import replace

from referat.index.layout import Line
from referat.index.model import Item, Section
from referat.index.sections import section_type

_PROTOCOL_RE = re.compile(r"^(?:beslutningsprotokol|beslutninger|mødets\s+beslutninger)\s*:?$",
                          re.IGNORECASE)
# an entry's number, alone or a cell before its decision ("23", "Punkt 23", "23.<tab>Godkendt.",
# "Ad pkt. 23": the item the entry is about)
_ENTRY_RE = re.compile(r"^(?:ad\.?\s+)?(?:(?:punkt|pkt\.?)\s*)?(\d{1,4})\.?(?:\t\s*(\S.*))?$",
                       re.IGNORECASE)

# the item's title repeated under an entry's number is left out of its decision
REPEATED_TITLES = True


def protocol_start(lines: list[Line], last: int) -> int | None:
    """The line that heads a block of decisions after the last item's opening `last`."""
    return next((i for i in range(last + 1, len(lines))
                 if _PROTOCOL_RE.match(lines[i].text.strip())), None)


def with_protocol(items: list[Item], lines: list[Line]) -> list[Item] | None:
    """The items with the decisions the block (`lines`, after its heading) gives them: each
    entry whose number is an item's, where two or more are and none of those items has a
    decision of its own; a heading cell or line ("Beslutning") over an entry's text is
    typography, and so is the item's title repeated under its number. None where the block
    is no such record."""
    numbers = {i.number for i in items}
    titles = {i.number: i.title for i in items}
    entries: dict[str, list[str]] = {}
    current: list[str] | None = None
    page, left = None, ""  # what of the entry's item's title is not yet repeated
    for line in lines:
        text = line.text.strip()
        m = _ENTRY_RE.match(text)
        if m and m.group(1) in numbers:
            current = entries.setdefault(m.group(1), [])
            left = titles[m.group(1)] if REPEATED_TITLES else ""
            current += [m.group(2)] if m.group(2) else []
            page = page or line.page
        elif current is not None and text and section_type(text.rstrip(":")) != "beslutning":
            if not current and left.startswith(text):  # the title, maybe wrapped
                left = left[len(text):].lstrip()
            else:
                current.append(text)
    decided = [i for i in items if entries.get(i.number)]
    if len(decided) < 2 or any(s.type == "beslutning" for i in decided for s in i.sections):
        return None
    return [replace(i, sections=[*i.sections, Section("Beslutning", "beslutning",
                                                      "\n".join(entries[i.number]), page)])
            if entries.get(i.number) else i for i in items]
