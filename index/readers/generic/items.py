"""An item from its opening to the next: title, case number, status, cells beside the
title, and its sections."""

from __future__ import annotations

import re

from referat.index.layout import Line, join_wrapped, strip_mark
from referat.index.model import Item, Section
from referat.index.readers.generic.candidates import Candidate, title_like
from referat.index.readers.generic.cases import (
    CASE_BARE_RE,
    CASE_LABEL_RE,
    CASE_VALUE_RE,
    META_SEPARATOR_RE,
    REFERENCE_RE,
    bare_case,
    bracketed_case,
    case_in_title,
    case_label,
    case_value,
    empty_case_field,
)
from referat.index.readers.generic.labelled import TITLE_LABEL_RE
from referat.index.readers.generic.lines import (
    CONTINUED_RE,
    MAX_TITLE_CHARS,
    PAGE_MARKS,
    PAGE_RE,
    WINDOW,
    clean_title,
    first_cell,
    next_text,
    styled_line,
)
from referat.index.readers.generic.sectioning import item_sections
from referat.index.readers.generic.status import (
    CLOSED_RE,
    CLOSED_SUFFIX_RE,
    CLOSED_WORDS,
    MATTER_RE,
    STATUS_FIELD_RE,
    STATUS_RE,
    STATUS_SUFFIX_RE,
    closed_note,
    metadata_cells,
)
from referat.index.readers.generic.titles import closed_by_case, continues_title, title_paragraph
from referat.index.sections import heading_phrase, section_type
from referat.index.vocabulary import FIELD_RE, field_kind

# an item whose every section holds only its closed status is closed, without sections
CLOSED_CELLS = True


def column_headings(lines: list[Line]) -> tuple[str, ...]:
    """The header row of a table of items whose later columns name sections ("Nr.<tab>
    Sag<tab>Beslutning"): its cells, a section heading's only where it names one."""
    for line in lines:  # cells apart by a tab, or in a text export by a run of spaces
        cells = [x.strip() for x in re.split(r"\t|\s{2,}", line.text.strip())]
        if len(cells) >= 3 and all(0 < len(x.split()) <= 3 for x in cells) \
                and any(heading_phrase(x) for x in cells[1:]):
            return tuple(x if heading_phrase(x) else "" for x in cells)
    return ()


def meeting_field(text: str) -> re.Match[str] | None:
    """A line that labels the meeting's date, time or place (`FIELD_RE`), or None."""
    m = FIELD_RE.match(text)
    kind = m and field_kind(m)
    return m if kind in ("date", "time", "place") else None


def item(lines: list[Line], c: Candidate, end: int, strict: bool, body: float | None,
         kind_word: str | None, hstyle: tuple | None = None,
         columns: tuple[str, ...] = (), marks: dict[str, bool] | None = None, *,
         caps_apart: bool) -> Item:
    rest_start = c.title_end
    title_parts = [c.title]
    opener = lines[c.index]
    # under a marker on a line of its own the title's line is the one that may wrap
    title_line = lines[c.title_end - 1] if c.kind.endswith("-alone") \
        and "-before" not in c.kind and c.title_end - 1 > c.index else opener
    # a title wraps onto as many lines as its length takes (up to a title's length)
    while rest_start < end and len(" ".join([*title_parts, lines[rest_start].text.strip()])
                                   ) <= MAX_TITLE_CHARS:
        line = lines[rest_start]
        if not (continues_title(title_line, title_parts[-1], line, body, hstyle,
                                caps_apart=caps_apart)
                or closed_by_case(lines, rest_start, title_line)
                or title_paragraph(lines, rest_start, title_line)):
            break
        title_parts.append(line.text.strip())
        rest_start += 1
    case_number = c.case_number
    cell_status = ""
    column_sections: list[Section] = []
    for k, part in enumerate(title_parts):  # cells beside the title: a case number
        cells = part.split("\t")
        spaced = re.split(r"\s{2,}", part)  # a text export's columns: runs of spaces
        if len(cells) == 1 and len(spaced) > 1 and (STATUS_RE.match(spaced[-1].strip())
                                                    or MATTER_RE.match(spaced[-1].strip())
                                                    or case_value(spaced[-1])
                                                    or len(spaced) < len(columns)):
            cells = spaced
        if len(cells) == 1 and len(spaced) > 1 and (CASE_BARE_RE.match(spaced[0].strip())
                                                    or STATUS_RE.match(spaced[0].strip())):
            # "24/5521   Title": the case number first; "LUKKET   Title": a closed item's
            # status where the others print their case numbers
            cells = [*spaced[1:], spaced[0]]
        for j, cell in enumerate(cells[1:], start=1):
            if STATUS_RE.match(cell.strip()):  # a column that says open or closed
                cell_status = cell.strip().lower()
            case_number = case_number or case_value(cell)
            # a column whose header cell names a section ("Nr. | Sag | Beslutning")
            head = columns[len(columns) - len(cells) + j] if len(columns) >= len(cells) else ""
            if k == 0 and head and cell.strip() and not case_value(cell):
                column_sections.append(Section(head, section_type(head) or "other",
                                               cell.strip(), page=opener.page))
        title_parts[k] = cells[0]
    title = join_wrapped(title_parts)
    title, bracketed = bracketed_case(title)
    case_number = case_number or bracketed
    m = case_in_title(title)
    value = next(filter(None, m.groups()), "").strip() if m else ""
    if m and re.fullmatch(r"\d{1,3}", value):
        m = None  # "(sag nr. 3)": the item's number, not a case number
    if m:
        case_number = case_number or value
        title = title[: m.start()].strip()
    printed_status = clean_title(title) if STATUS_RE.match(clean_title(title)) else ""
    status = [m.group(0).lower() for m in (CLOSED_RE.match(title),
                                           CLOSED_SUFFIX_RE.search(title),
                                           STATUS_SUFFIX_RE.search(title)) if m]
    closed = any(w in x for x in [*status, cell_status, printed_status.lower()]
                 for w in CLOSED_WORDS) or c.status.startswith(CLOSED_WORDS)
    if "status-title" in c.evidence:
        title = clean_title(title)  # "20. Lukket punkt": the status is all its title
    else:
        title = clean_title(CLOSED_SUFFIX_RE.sub("", CLOSED_RE.sub("", title)))
        title = clean_title(STATUS_SUFFIX_RE.sub("", title)) or title  # "Title [Fortrolig]"
    title = clean_title(CONTINUED_RE.sub("", title)) or title  # "… (fortsat)"
    title = TITLE_LABEL_RE.sub("", title) or title  # "Emne: title" under its number
    label = case_label(title)
    if label:  # "Punkt 3 · Sagsnr. 24/1": the marker's cell beside it is a case number
        case_number, title = case_number or label, ""
    # a status bar over the title ("Sag 4 · Åben · Sagsnr. …"): its status is no title
    bar = bool(printed_status) and title == printed_status and metadata_cells(c.title)
    if not title.strip(" ·|•-–:/") or bar:
        # the marker's line held only the marker and metadata (a case number, a status):
        # the title is the next line that reads as one, with the lines it wraps onto (under
        # a status, a line set apart)
        j = next_text(lines, rest_start)
        while j is not None and j < end and PAGE_RE.match(lines[j].text.strip()):
            j = next_text(lines, j + 1)  # a page's footer between marker and title
        # a status set apart as the title's element under the marker ("Punkt 5 · Lukket"
        # / <h3>Lukket punkt</h3>) is the closed item's printed title: it wins over its
        # status beside the marker
        printed_title = (j is not None and j < end and bool(STATUS_RE.match(lines[j].text.strip()))
                         and lines[j].level > opener.level)
        if printed_title:
            closed = closed or lines[j].text.strip().lower().startswith(CLOSED_WORDS)
            title, rest_start = clean_title(lines[j].text), j + 1
        elif j is not None and j < end and title_like(lines[j].text) \
                and (not bar or styled_line(lines[j], body, caps_apart=caps_apart)):
            parts = [lines[j].text.strip()]
            rest_start = j + 1
            while (rest_start < end and len(parts) < 3 and lines[rest_start].text.strip()
                   and continues_title(lines[j], parts[-1], lines[rest_start], body, hstyle,
                                       caps_apart=caps_apart)):
                parts.append(lines[rest_start].text.strip())
                rest_start += 1
            title = clean_title(join_wrapped(parts))
        elif printed_status:  # "Punkt 4 - Lukket punkt" and no title after it: the status
            title = printed_status
    rest = lines[rest_start:end]
    # the header block: case-number and reference lines before the first section
    k = 0
    while k < len(rest) and k < WINDOW:
        text = rest[k].text.strip()
        label = case_label(text)
        bare = bare_case(text)
        below = first_cell(rest[k + 1].text) if k + 1 < len(rest) else ""
        if label is None and CASE_LABEL_RE.match(text) and CASE_VALUE_RE.match(below):
            # the label in one cell or term, the value in the next; or a table's header
            # row ("Sagsnummer | Sagsbehandler | Dato"), the values in the row below
            case_number = case_number or below
            k += 2
            continue
        fields = META_SEPARATOR_RE.split(text)
        if not text:
            pass
        elif label is not None or bare:
            case_number = case_number or label or bare
        elif len(fields) > 1 and any(case_label(f) for f in fields):
            # a metadata line of fields apart by a separator ("Kl. 16.15 · Sagsnr. 24/1 ·
            # Til beslutning"): each field is read as a line of its own would be
            case_number = case_number or next(filter(None, map(case_label, fields)))
            closed = closed or any(f.lower().startswith(CLOSED_WORDS) for f in fields)
        elif REFERENCE_RE.match(text) or (PAGE_MARKS and PAGE_RE.match(text)):
            pass
        elif STATUS_RE.match(text):
            closed = closed or text.lower().strip("(").startswith(("lukket", "fortrolig"))
        elif status := STATUS_FIELD_RE.match(text):  # "Status: Lukket", the item's field
            closed = closed or status.group(1).lower().startswith(("luk", "fort", "ikke"))
        elif field := meeting_field(text):
            # the meeting's date, time or place repeated under the title (a page per item):
            # the meeting's, no section of the item; a label alone, its value next
            k += not field.group("value").strip(" \t:")
        elif not empty_case_field(text):  # "Sagsnr.: -": the item has none
            break
        k += 1
    # "(L) Title", "Title (B)": a code a legend explains is metadata; "(L)" closes the item
    title, marked = strip_mark(title, tuple(m for m, shut in (marks or {}).items() if shut))
    title, _ = strip_mark(title, tuple(m for m, shut in (marks or {}).items() if not shut))
    closed = closed or marked
    body_lines = rest[k:]
    if case_number is None:
        for line in body_lines:
            label = case_label(line.text.strip())
            if label:
                case_number = label
                body_lines = [x for x in body_lines if x is not line]
                break
    texts = [x.text.strip() for x in body_lines if x.text.strip()]
    if len(texts) == 1 and closed_note(texts[0]) and not column_sections:
        # the item's only words say it was dealt with behind closed doors: a closed item
        closed, body_lines = True, []
    sections = item_sections(body_lines, strict, body, kind_word, hstyle,
                             caps_apart=caps_apart) + column_sections
    if CLOSED_CELLS and sections and all(STATUS_RE.match(s.text.strip()) and s.text.strip(
            "( ").lower().startswith(CLOSED_WORDS) for s in sections):
        # a protocol's decision cell that holds only "Lukket punkt": the status, no section
        closed, sections = True, []
    return Item(number=c.printed or (str(c.number) if c.number else ""), title=title,
                case_number=case_number or None, closed=closed, page=opener.page,
                sections=sections)
