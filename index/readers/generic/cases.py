"""Case numbers: labelled (``Sagsnr.: 24/1234``), bare in a case number's shape, in brackets
beside a title, or in a line of an item's metadata fields."""

from __future__ import annotations

import re

from referat.index.vocabulary import FIELD_RE

# the words that label a case number, on a line of their own or in brackets after a title
_CASE_LABEL_WORDS = (r"sags?\.?[\s-]*(?:nr|nummer|id)|sagsnummer|sag\s+nr|j\.?\s*nr|"
                     r"journal\s*(?:nr|nummer)|journalnummer|"
                     r"(?:esdh|acadre|sbsys|edoc|captia|docunote)[\s-]*(?:sags)?[\s-]*(?:nr|id)")
CASE_LABEL_RE = re.compile(rf"^(?:{_CASE_LABEL_WORDS}|sag(?=\s*:))\.?\s*:?\s*(.*)$",
                           re.IGNORECASE)
# a label alone that names a case number ("Sagsnr.", "J.nr.", "Sag"), a table's head cell
_CASE_LABEL_NAME_RE = re.compile(rf"^(?:{_CASE_LABEL_WORDS}|sag\s*$)", re.IGNORECASE)
_CELL_CASE_RE = re.compile(r"^sag\.?\s+(\S+)$", re.IGNORECASE)  # "Sag 25-002334"
# any short label before a colon, a qualifier in brackets allowed ("ESDH-sag:", "Sagsnr.
# (Acadre):"): a case-number label where its value has a case number's shape
_ANY_LABEL_RE = re.compile(r"^([^\W\d][\w.\-]*(?: [^\W\d][\w.\-]*){0,2})"
                           r"(?: ?\([^()\t]{1,30}\))? ?:[ \t]*(\S+)$")
CASE_VALUE_RE = re.compile(r"^[\w][\w./\-]*\d[\w./\-]*$")
CASE_BARE_RE = re.compile(
    r"^(\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|[A-Z]{2,5}-\d{4}-\d+|\d{2,4}/\d{2,6}"
    r"|\d{2}-\d{4,6}[A-Z]?"
    r"|\d{2}\.\d{2}\.\d{2}[-.]\w+[-.]\d+[-.]\d+)$"
)
CASE_IN_TITLE_RE = re.compile(
    rf"\s*[(\[]\s*(?:{_CASE_LABEL_WORDS})\.?\s*:?\s*([^)\]]+?)\s*[)\]]\s*$"
    rf"|\s+[-–]\s*(?:{_CASE_LABEL_WORDS})\.?\s*:?\s*(\S+)\s*$"
    # run on after the title, as a cell beside it reads in one line: a number after it
    rf"|\s+(?:{_CASE_LABEL_WORDS})\.?\s*:?\s*(\S*\d\S*)\s*$",
    re.IGNORECASE,
)
# a case-number label opened in brackets at a title's line's end, its value wrapped onto the
# next line ("… uddannelsen (Sagsnummer" / "23-014383)")
CASE_OPENED_RE = re.compile(rf"[(\[]\s*(?:{_CASE_LABEL_WORDS})\.?\s*:?$", re.IGNORECASE)
# the label alone, which `CASE_IN_TITLE_RE` cannot match without: looked for first
# (`case_in_title`), as the pattern is tried at every position of a line
_CASE_LABEL_WORDS_RE = re.compile(_CASE_LABEL_WORDS, re.IGNORECASE)


def case_in_title(text: str) -> re.Match[str] | None:
    """`CASE_IN_TITLE_RE.search(text)`: a case number after a title, with its label."""
    return CASE_IN_TITLE_RE.search(text) if _CASE_LABEL_WORDS_RE.search(text) else None


def without_case_in_title(text: str) -> str:
    """The text less a case number after it with its label (`CASE_IN_TITLE_RE`)."""
    return CASE_IN_TITLE_RE.sub("", text) if _CASE_LABEL_WORDS_RE.search(text) else text


# a case-number label inside a line: the rules took a title's next line with it
CASE_IN_TEXT_RE = re.compile(r"\s(sags?\.?\s*nr|sagsnummer|sags-id|j\.\s*nr|journalnr)\.?\s*:?\s*"
                             r"[\w./\-]*\d[\w./\-]*$", re.IGNORECASE)
# fields on one metadata line: a middle dot, bullet, bar, dash, slash, comma, semicolon or
# tab between them
META_SEPARATOR_RE = re.compile(r"\s+[·•|–—/-]\s+|[,;]\s+|\t")
REFERENCE_RE = re.compile(r"^(dok\.?\s*nr|dokument\s*nr|akt\s*id|ansvarlig|sagsbehandler)\b",
                          re.IGNORECASE)
_LABEL_LINE_MAX = 80  # a label and a case number: a short line
# labels whose value is never a case number, whatever its shape: an item's number ("Punkt:
# 37/2024"), a page, an attachment
_OTHER_NUMBER_RE = re.compile(r"^(?:(?:dagsordens)?punkt|pkt|nr|side|bilag)\b", re.IGNORECASE)

# a case number in brackets before the title or after it ("[23-006438] Title", "Title
# [23-006438]"); after it in round brackets, only where no span of years reads the same
# ("Title (24-002285)", but "Budget (2024/25)" is the title's)
_CASE_BRACKET_HEAD_RE = re.compile(r"^[\[(]\s*([^\])\s]+)\s*[\])]\s*(?=\S)")
_CASE_BRACKET_TAIL_RE = re.compile(r"\s*\[\s*([^\]\s]+)\s*\]$|\s*\(\s*([^)\s/]+)\s*\)$")


def bare_case(text: str) -> str | None:
    """The case number a line's first cell is, unlabelled, in brackets or not
    ("24/5521", "(23-006438)")."""
    cell = text.split("\t")[0].strip()
    m = CASE_BARE_RE.match(cell[1:-1].strip() if cell[:1] + cell[-1:] in ("()", "[]")
                           else cell)
    return m.group(1) if m else None


def bracketed_case(title: str) -> tuple[str, str | None]:
    """(the title, its case number) when brackets set a case number apart at the title's
    start or end: brackets mark an identifier as typography, never the title's words."""
    for pattern in (_CASE_BRACKET_HEAD_RE, _CASE_BRACKET_TAIL_RE):
        m = pattern.search(title)
        value = m and next(filter(None, m.groups()))
        if value and CASE_BARE_RE.match(value):
            return (title[:m.start()] + title[m.end():]).strip(), value
    return title, None


def case_label(text: str) -> str | None:
    """The value of a case-number label line ("Sagsnr.: 24/1234"), or None; the short
    label "Sag" needs no colon before a value in a case number's shape ("Sag 25-1234")."""
    m = CASE_LABEL_RE.match(text.strip())
    if not m or not (value := _labelled_value(m.group(1))):
        return _other_label(text.strip())
    return value


def empty_case_field(text: str) -> bool:
    """Whether a line is a case-number field left empty ("Sagsnr.: -", "Sagsnr.:"): the
    item's field, saying it has none."""
    m = CASE_LABEL_RE.match(text.strip())
    return m is not None and not m.group(1).strip(" -–")


def names_case(label: str) -> bool:
    """Whether a label's words name a case number ("Sagsnr.", "J.nr."), whatever its value."""
    return bool(_CASE_LABEL_NAME_RE.match(label.rstrip(": ")))


def _labelled_value(rest: str) -> str | None:
    """The case number after a case-number label's words, or None."""
    value = re.split(r"\t|\s{2,}", rest.strip())[0].strip()
    if not CASE_VALUE_RE.match(value):  # "Sagsnr.: 24/1234 Dok.nr.: 99"
        value = value.split(" ")[0].rstrip(",;")
    return value if CASE_VALUE_RE.match(value) else None


def _other_label(text: str) -> str | None:
    """The value of a line labelled otherwise ("Sag 25-1234", "ESDH-sag: 24-003086",
    "Sagsnr. (Acadre): 22-009020"): a case number only in a case number's shape, and never
    a meeting field's or a document reference's value."""
    if len(text) > _LABEL_LINE_MAX or (":" not in text and text[:3].lower() != "sag"):
        return None  # a sentence, or no label (the common line: quickly)
    m = _CELL_CASE_RE.match(text) or _ANY_LABEL_RE.match(text)
    value = m and m.groups()[-1]
    if not value or not CASE_BARE_RE.match(value):
        return None
    if REFERENCE_RE.match(text) or _OTHER_NUMBER_RE.match(text) or FIELD_RE.match(text):
        return None
    return value


def case_value(cell: str) -> str | None:
    """A cell's case number: labelled ("Sagsnr.: 24/123", "Sag 25-1") or bare ("24/123"): a
    labelled case number anywhere on the title's line is metadata, never title."""
    return case_label(cell) or (cell.strip() if CASE_BARE_RE.match(cell.strip()) else None)
