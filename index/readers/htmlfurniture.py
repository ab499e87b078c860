"""A page's furniture that names the meeting: its own `<footer>`s' texts, its breadcrumb's
crumbs before an item and its tables' captions (read by `page.read` where the lines do not
name the body or date)."""

from __future__ import annotations

import re
from typing import Any

from referat.index.layout import clean_text
from referat.index.readers.htmlelements import BLOCK


def page_footer_texts(root: Any) -> list[str]:
    """The texts of the page's own `<footer>`s (page furniture, left out of its lines), a
    text per innermost block: where some pages name the meeting."""
    return [text for footer in root.iter("footer") if page_footer(footer)
            for e in footer.iter() if isinstance(e.tag, str) and e.tag.lower() in BLOCK
            and not any(isinstance(d.tag, str) and d.tag.lower() in BLOCK
                        for d in e.iterdescendants())
            if (text := clean_text(" ".join(e.text_content().split())))]


# a breadcrumb's crumbs, parted by an arrow or a slash ("Forside › Politik › Punkt 4")
_CRUMB_SEPARATOR_RE = re.compile(r"\s+[›»>/]\s+")
# ... the last of which names an agenda item: the page is that item's
MARKER_CRUMB_RE = re.compile(r"^(?:punkt|pkt\.?|dagsordenspunkt)\s*(?:nr\.?\s*)?\d{1,4}$",
                             re.IGNORECASE)


def nav_crumbs(element: Any) -> list[str]:
    """A navigation's crumbs, where it is a breadcrumb of three or more; else none."""
    crumbs = _CRUMB_SEPARATOR_RE.split(" ".join(element.text_content().split()))
    return crumbs if len(crumbs) >= 3 else []


def breadcrumb_texts(root: Any) -> list[str]:
    """The crumbs before the item of the page's first breadcrumb that ends in one ("Forside
    › Politik › Økonomiudvalget › Møde 12. marts 2024 › Punkt 4"), as one line of fields
    parted by a middle dot: where some pages name the meeting's body and date."""
    for nav in root.iter("nav"):
        crumbs = nav_crumbs(nav)
        if crumbs and MARKER_CRUMB_RE.match(crumbs[-1]):
            return [" · ".join(clean_text(c) for c in crumbs[:-1])]
    return []


def caption_texts(root: Any) -> list[str]:
    """The captions of the page's tables ("Referat · Økonomiudvalget · 12. marts 2024"): where
    a protocol kept as one table names its meeting."""
    return [text for caption in root.iter("caption")
            if (text := clean_text(" ".join(caption.text_content().split())))]


def page_footer(element: Any) -> bool:
    """Whether a `<footer>` is the page's (the site's address, links), not an article's or
    a section's own: page furniture, as a PDF's running footer is."""
    return not any(isinstance(a.tag, str) and a.tag.lower() in ("article", "section")
                   for a in element.iterancestors())

