"""A PDF's bookmarks (its outline) as the items' numbers: a PDF merged from the items' own
documents prints each title unnumbered on the item's first page and numbers it only in the
bookmark that points there ("4. Title"). The extraction keeps each page's bookmarks
(`outline_pieces`, pieces marked `outline`); the reading numbers the title lines they name
(`numbered_by_outline`)."""

from __future__ import annotations

import re
from typing import Any

# a bookmark that numbers an item: "4. Title", "4 Title", "Punkt 4: Title"
_NUMBERED_RE = re.compile(r"^(?:(?:punkt|pkt\.?)\s*)?(\d{1,3}[a-f]?)[.):]?\s+(\S.*)$",
                          re.IGNORECASE)


def outline_pieces(document: Any, page_ids: dict[int, int]) -> dict[int, list[dict[str, Any]]]:
    """Per page index, the bookmarks that point to it, as pieces `{"text", "outline"}`
    (pdfminer's `PDFDocument`; `page_ids`: a page object's id → its index). A PDF without
    an outline, or one pdfminer cannot read, gives none."""
    out: dict[int, list[dict[str, Any]]] = {}
    try:
        for _, title, dest, action, _ in document.get_outlines():
            page = _page_of(document, dest if dest is not None else _action_dest(action),
                            page_ids)
            if page is not None and isinstance(title, str) and title.strip():
                out.setdefault(page, []).append({"text": " ".join(title.split()),
                                                 "outline": True})
    except Exception:  # noqa: BLE001 - no outline, or a broken one: the pages alone
        return {}
    return out


def _action_dest(action: Any) -> Any:
    from pdfminer.pdftypes import resolve1

    action = resolve1(action)
    return resolve1(action.get("D")) if isinstance(action, dict) else None


def _page_of(document: Any, dest: Any, page_ids: dict[int, int]) -> int | None:
    """The index of the page a destination names (an array opening with the page, or a
    named destination that resolves to one)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    dest = resolve1(dest)
    if isinstance(dest, (bytes, str, PSLiteral)):
        name = dest.name if isinstance(dest, PSLiteral) else dest
        dest = resolve1(document.get_dest(name))
    if isinstance(dest, dict):
        dest = resolve1(dest.get("D"))
    if isinstance(dest, list) and dest:
        return page_ids.get(getattr(dest[0], "objid", None))
    return None


def _norm(text: str) -> str:
    return " ".join(text.split("\t")[0].split()).lower()


# the rule's switch (round 29, issue-18ca; off in `benchmarks.layouts.ablations`)
OUTLINE_NUMBERS = True


def numbered_by_outline(pages: list[list[dict[str, Any]]], outline: list[list[str]]
                        ) -> list[list[dict[str, Any]]]:
    """The pages' lines with each title a numbered bookmark names numbered as the bookmark
    does: on the page the bookmark points to, the first line that the bookmark's title
    begins with (a title wrapped over lines: its first line), where it prints no number of
    its own. Only where two or more bookmarks number items."""
    if not OUTLINE_NUMBERS:
        return pages
    numbered = [[m for text in texts if (m := _NUMBERED_RE.match(text))] for texts in outline]
    if sum(map(len, numbered)) < 2:
        return pages
    out = []
    for lines, marks in zip(pages, numbered, strict=True):
        lines = list(lines)
        for m in marks:
            title = _norm(m.group(2))
            for k, line in enumerate(lines):
                text = _norm(line["text"])
                if len(text) >= min(12, len(title)) and title.startswith(text) \
                        and not text.startswith(m.group(1).lower()):
                    lines[k] = {**line, "text": f"{m.group(1)}. {line['text']}"}
                    break
        out.append(lines)
    return out
