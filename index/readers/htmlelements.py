"""What an HTML element is to the line model (`markup.html_lines`): the tags that make blocks
and cells, a custom region, a form's label, a labelled case number, a heading by its CSS
class, an ARIA or in-page link's item number, a list item's number."""

from __future__ import annotations

import re
from typing import Any

BLOCK = frozenset({
    "p", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "tfoot", "br", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "dl",
    "dt", "dd", "caption", "header", "footer", "main", "form", "address", "figure",
    "figcaption", "aside", "details", "summary", "fieldset", "legend", "center",
})
# a CSS class that says the element is a heading ("overskrift", "punkt-titel", "heading")
_HEADING_CLASS_RE = re.compile(r"(?:^|[-_\s])(overskrift|rubrik|heading|headline|titel|title|"
                               r"label|etiket)s?(?:$|[-_\s])", re.IGNORECASE)
CELLS = frozenset({"td", "th"})
LEVELS = {f"h{n}": n for n in range(1, 7)}


def custom_region(element: Any) -> bool:
    """Whether an element outside HTML's own blocks is a region of the page: a custom
    element (a component, its name with a hyphen: `<mode-punkt>`) or an element given a
    named slot of one (`<span slot='etiket'>`), which the component places apart."""
    return isinstance(element.tag, str) and ("-" in element.tag
                                             or element.get("slot") is not None)


def cell_sibling(child: Any) -> bool:
    """Inline elements side by side with nothing between them, in a block that holds no
    text of its own (`<div><span>Punkt 3</span><span>Sagsnr. 1</span></div>`), are cells:
    their words stand apart as a page shows them."""
    parent = child.getparent()
    following = child.getnext()
    return (parent is not None and following is not None and not (child.tail or "").strip()
            and isinstance(following.tag, str)
            and not {child.tag.lower(), following.tag.lower()} & (BLOCK | CELLS)
            and not custom_region(child) and not custom_region(following)
            and not (parent.text or "").strip()
            and all(isinstance(c.tag, str) and not (c.tail or "").strip() for c in parent))


def case_inside(element: Any, tag: str) -> bool:
    """Whether an inline element inside a heading holds only a labelled case number
    (`<h2>3. Title <small>Sagsnr. 24/123</small></h2>`, whatever the tag): metadata, a line
    of its own, never part of the title."""
    from referat.index.readers.generic.cases import case_label

    return tag not in BLOCK and tag not in CELLS and bool(tag) \
        and case_label(" ".join(element.text_content().split())) is not None


_LABEL_MAX_WORDS = 4


# the rule's switch (round 28, issue-18by; off in `benchmarks.layouts.ablations`)
CASE_TERMS = True


def case_term(element: Any) -> str | None:
    """A definition list's term and its description read together when they make a
    labelled case number (`<dt>Sagsnr.</dt><dd>24/123</dd>`): the item's case line, as a
    page shows the pair, never a bold label set apart (a title) over a value; else None.
    The term is a label (a few words), the description a case number and nothing more."""
    if not CASE_TERMS:
        return None
    following = element.getnext() if element is not None else None
    if following is None or element.tag != "dt" or following is None or following.tag != "dd":
        return None
    from referat.index.readers.generic.cases import case_value

    term, value = (" ".join(e.text_content().split()) for e in (element, following))
    text = f"{term} {value}"
    return text if len(term.split()) <= _LABEL_MAX_WORDS and case_value(value) == value \
        and case_line(text) else None


# the rule's switch (round 28, issue-18by; off in `benchmarks.layouts.ablations`)
FORM_LABELS = True


def form_label(element: Any, tag: str) -> bool:
    """Whether a heading element is a form's field label (SharePoint's `<td><h3>Punkt</h3>
    </td><td>3</td>`): a few words, alone in its table cell, the next cell of its row a value
    on one line (no block in it). Such a row reads `Punkt<tab>3`, as a form's row does."""
    if not FORM_LABELS:
        return False
    if tag not in LEVELS or len(element.text_content().split()) > _LABEL_MAX_WORDS:
        return False
    cell = next((a for a in element.iterancestors() if a.tag in CELLS), None)
    value = cell.getnext() if cell is not None else None
    return (value is not None and value.tag in CELLS
            and " ".join(cell.text_content().split()) == " ".join(
                element.text_content().split())
            and bool(value.text_content().strip())
            and not any(isinstance(e.tag, str) and e.tag.lower() in BLOCK
                        for e in value.iterdescendants()))


def inline_value(element: Any) -> bool:
    """Whether an element is an inline one that holds text: a value in an element of its own
    after its label's (`<span>Udvalg</span> <span>Økonomiudvalget</span>`)."""
    return element is not None and isinstance(element.tag, str) \
        and element.tag.lower() not in BLOCK and element.tag.lower() not in CELLS \
        and bool(element.text_content().strip())


_HEADING_MAX_WORDS = 25


def case_last(element: Any, tag: str) -> bool:
    """Whether an inline element that closes its block holds only a case number, bare
    (`<div><b>TITLE</b> <span>22-013129</span></div>`): a cell beside the title, as a PDF
    prints it in a column of its own, never the title's last word."""
    from referat.index.readers.generic.cases import case_value

    text = " ".join(element.text_content().split())
    return (tag not in BLOCK and tag not in CELLS and bool(tag)
            and not (element.tail or "").strip() and element.getnext() is None
            and case_value(text) == text)


def heading_class(element: Any) -> bool:
    """Whether an element's CSS class names a heading ("overskrift", "field__label") and
    it holds a heading's text: a few words in one block at most. A block of paragraphs
    under a class that says where its label goes ("field--label-above") is no heading."""
    return bool(_HEADING_CLASS_RE.search(element.get("class", ""))) \
        and len(element.text_content().split()) <= _HEADING_MAX_WORDS \
        and sum(isinstance(e.tag, str) and e.tag.lower() in BLOCK
                for e in element.iterdescendants()) <= 1


def titled_cell(cell: Any) -> bool:
    """Whether a cell under a section's column head opens its row's text: the cells
    before it hold only the item's number ("3. | <b>Title</b> Sagsnr. … text | decision"),
    so its lines set apart at the top (the title, a case number) are the item's head, and
    the column's section is the text under them."""
    before = [c for c in cell.itersiblings(preceding=True) if c.tag in CELLS]
    return bool(before) and all(
        len(words := " ".join(c.text_content().split()).split()) <= 2
        and any(ch.isdigit() for ch in "".join(words)) for c in before)


def case_line(text: str) -> bool:
    """A labelled case number's line (metadata under a title)."""
    from referat.index.readers.generic.cases import case_label

    return case_label(text) is not None


# an element's label for screen readers that names an item by its number ("Punkt 3")
_ARIA_MARKER_RE = re.compile(r"^(?:(?:dagsordens)?punkt|pkt\.?|sag)\s*(?:nr\.?\s*)?\d{1,3}[a-f]?$",
                             re.IGNORECASE)


def aria_marker(element: Any) -> str | None:
    """The item marker an element's `aria-label` names (`<section aria-label="Punkt 3">`)
    when its visible text prints no number first: the page's own numbering, said aloud
    rather than shown. None otherwise."""
    label = " ".join((element.get("aria-label") or "").split())
    if not label or not _ARIA_MARKER_RE.match(label):
        return None
    shown = " ".join(element.text_content().split())
    return None if not shown or re.match(r"^(?:[\w.]+\s*)?\d", shown) else label


# a link's text that numbers what it points to: "12. Title", "12) Title", "Punkt 12 Title"
LINK_NUMBER_RE = re.compile(r"^(?:(?:punkt|pkt\.?)\s*)?(\d{1,4}[a-f]?)\s*[.):]?\s+\S",
                            re.IGNORECASE)


def in_page_links(root: Any) -> tuple[dict[Any, str], set[Any]]:
    """What the page's links within itself say: the number each target inherits from a
    link down to it that numbers it (a table of contents `<a href='#punkt-12'>12. Title</a>`
    over `<h3 id='punkt-12'>Title</h3>`); and navigation, no text: the links back up the
    page alone in their block (`Til toppen`), and a link of a sign alone, no letter or
    digit (a heading's permalink `¶`, `#`, `§`, an icon), which a browser shows on hover."""
    order = {e: k for k, e in enumerate(root.iter())}
    targets: dict[str, Any] = {}
    for e in root.iter():
        for key in (e.get("id"), e.get("name") if e.tag == "a" else None):
            if key:
                targets.setdefault(key, e)
    numbers: dict[Any, str] = {}
    back: set[Any] = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href.startswith("#") or len(href) < 2:
            continue
        target = targets.get(href[1:])
        text = " ".join(a.text_content().split())
        if not any(ch.isalnum() for ch in text) and a.find(".//img") is None:
            back.add(a)
            continue
        parent = a.getparent()
        alone = parent is not None and " ".join(parent.text_content().split()) == text
        if target is None or order[target] < order[a]:
            if alone and (target is not None or href[1:].lower() == "top"):
                back.add(a)
        elif (m := LINK_NUMBER_RE.match(text)) and target not in numbers:
            numbers[target] = m.group(1)
    return numbers, back


def spans_rows(cell: Any) -> bool:
    """Whether a table cell spans rows (`rowspan` over 1): it holds what the rows it spans
    share (an item's number and title over a row per section)."""
    span = cell.get("rowspan", "") if cell is not None and isinstance(cell.tag, str) else ""
    return span.strip().isdigit() and int(span) > 1


def list_number(li: Any) -> str:
    """The number an ordered list prints before its item: by the list's `start` and
    `type` (1, a, A), or the item's `value`; a lettered list nested in a numbered
    item numbers sub-items under it ("5a", "5b" inside item 5)."""
    parent = li.getparent()
    try:
        start = int(parent.get("start", "1"))
    except ValueError:
        start = 1
    items = [c for c in parent if isinstance(c.tag, str) and c.tag.lower() == "li"]
    value = li.get("value")
    index = int(value) if value and value.isdigit() else start + items.index(li)
    kind = _list_type(parent)
    if kind not in ("a", "A") or not 1 <= index <= 26:
        return value or str(index)
    letter = chr(ord(kind) + index - 1)
    outer = parent.getparent()
    if (kind == "a" and outer is not None and outer.tag == "li" and outer.getparent() is not None
            and outer.getparent().tag == "ol" and _list_type(outer.getparent()) == "1"):
        return list_number(outer) + letter
    return letter


_LIST_STYLE_RE = re.compile(r"list-style(?:-type)?\s*:\s*(?:[^;]*\s)?(lower|upper)-(?:alpha|latin)",
                            re.IGNORECASE)


def _list_type(ol: Any) -> str:
    """An ordered list's numbering: its `type` (1, a, A), or the same in its inline CSS
    (`list-style-type: lower-alpha`)."""
    m = _LIST_STYLE_RE.search(ol.get("style", ""))
    if m:
        return "a" if m.group(1).lower() == "lower" else "A"
    return ol.get("type", "1")

