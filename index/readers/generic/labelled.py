"""Items laid out as labelled fields: label/value rows (``Punkt | 3``, ``Emne | title``), and
an item number printed as a field under or over its title, rewritten as one opening line
``Punkt N: title``."""

from __future__ import annotations

import re

from referat.index.layout import Line, join_wrapped
from referat.index.readers.generic.candidates import title_like
from referat.index.readers.generic.cases import (
    bare_case,
    case_label,
    empty_case_field,
    names_case,
)
from referat.index.readers.generic.headings import heading_text
from referat.index.readers.generic.lines import next_text, prev_text, typography
from referat.index.readers.generic.status import STATUS_FIELD_RE, STATUS_RE
from referat.index.sections import heading_phrase
from referat.index.vocabulary import FIELD_RE

# "Punkt<tab>3", "Dagsordenspunkt:   3", "Nr. 3": a row that gives the item's number ...
_ITEM_ROW_RE = re.compile(
    r"^(?:dagsordens)?(?:punkt|pkt\.?)(?:\s*nr\.?)?\s*(?::\s*|\t\s*|\s{2,}|\s)(\d{1,4})\.?$"
    r"|^(?:nr|nummer)\.?\s*(?::\s*|\t\s*|\s{2,}|\s)(\d{1,4})\.?$",
    re.IGNORECASE,
)
_TITLE_WORDS = r"(?:emne|titel|overskrift|sagens titel|sagstitel|sagsnavn|punktets titel)"
TITLE_LABEL_RE = re.compile(rf"^{_TITLE_WORDS}\s*:\s*(?=\S)", re.IGNORECASE)
_TITLE_HEAD_RE = re.compile(rf"^{_TITLE_WORDS}\s*:?$", re.IGNORECASE)
# ... and the row after it that gives the title ("Emne<tab>title", "Overskrift: title")
_TITLE_ROW_RE = re.compile(
    r"^(?:emne|titel|overskrift|sagens titel|sagstitel|sagsnavn|sag|punktets titel)"
    r"\s*(?::\s*|\t\s*|\s{2,})(\S.*)$",
    re.IGNORECASE,
)


# "Label ........ value": a dot leader from a short label to its value, or to nothing
_LEADER_RE = re.compile(r"^([^\d.\t][^\d\t]{0,28}?)\s*\.{3,}(?:\s+(\S.*))?$")
LEADER_LABELS = True  # a dot leader after an item's label or a heading is its colon


def title_head(text: str) -> bool:
    """Whether a label alone names an item's title ("Titel", "Emne:", "Sagens titel")."""
    return bool(_TITLE_HEAD_RE.match(text.strip()))


def leader_labels(lines: list[Line]) -> list[Line]:
    """The lines whose dot leader runs from a label (an item's number, title, case number
    or status, a meeting's field) or a section heading to its value ("Sagsnr. ......
    24-1234", "Beslutning .....") written with a colon ("Sagsnr.: 24-1234", "Beslutning");
    a contents line ("Title ........ 4") is left as it is: its title is no label."""
    if not LEADER_LABELS:
        return lines
    out = list(lines)
    for i, line in enumerate(lines):
        if "..." not in line.text or not (m := _LEADER_RE.match(line.text.strip())):
            continue
        label, value = m.group(1).strip(), m.group(2)
        text = f"{label}: {value}" if value else label
        if (heading_text(label) if not value else _ITEM_ROW_RE.match(text)
                or _TITLE_ROW_RE.match(text) or case_label(text) or STATUS_FIELD_RE.match(text)
                or FIELD_RE.match(text)):
            out[i] = Line(text, line.page, line.size, line.bold, line.level)
    return out


def label_value_items(lines: list[Line]) -> list[Line]:
    """Items laid out as label/value rows (a number row, then a title row) rewritten as
    one opening line "Punkt N: title"; the title row is left empty."""
    lines = _head_row_fields(leader_labels(lines))
    out = list(lines)
    for i, line in enumerate(lines):
        m = _ITEM_ROW_RE.match(line.text.strip())
        j = next_text(lines, i + 1) if m else None
        t = _TITLE_ROW_RE.match(lines[j].text.strip()) if j is not None else None
        if m and t and not case_label(lines[j].text):  # "Sag: 23-012094" is the case
            parts = [t.group(1).split("\t")[0].strip()]
            wrapped = _wrapped_value(lines, j + 1)
            parts += [lines[k].text.strip() for k in wrapped]
            for k in [j, *wrapped]:
                out[k] = Line("", lines[k].page, lines[k].size, False, 0)
            out[i] = Line(f"Punkt {m.group(1) or m.group(2)}: {join_wrapped(parts)}", line.page,
                          line.size, True, line.level)
    _number_field_under_title(lines, out)
    return out


def _head_row_fields(lines: list[Line]) -> list[Line]:
    """A table's head row of field labels ("Punkt | Sagsnr. | Status") over a row of
    values ("4 | 24-002285 | Lukket"), as one line of labelled fields ("Punkt: 4<tab>Sagsnr.:
    24-002285<tab>Status: Lukket"): the value row gives the item's number, and each value
    is its label's field, never a title. Only the item's fields are kept (its number, case
    number and open or closed status); a value left blank ("–") is no field. Only a head
    row that labels a case number and no title: a listing's head ("Nr. | Sag", "Nr. |
    Punkt | Status" over "4 | Title | Åben") is left as it is."""
    out = list(lines)
    for i, line in enumerate(lines):
        labels = [c.strip() for c in line.text.strip().split("\t")]
        if len(labels) < 2 or not _ITEM_LABEL_RE.match(labels[0]) \
                or any(len(c) > 30 or re.search(r"\d", c) for c in labels):
            continue
        j = next_text(lines, i + 1)
        values = [c.strip() for c in lines[j].text.strip().split("\t")] if j else []
        if len(values) != len(labels) or not values[0].rstrip(".").isdigit() \
                or j - i > 2:
            continue
        fields = [f"{label.rstrip(': ')}: {value}" for label, value in zip(labels, values,
                                                                           strict=True)]
        kept = [fields[0], *(f for f in fields[1:]
                             if case_label(f) or STATUS_FIELD_RE.match(f))]
        if not any(names_case(label) for label in labels[1:]) \
                or any(_ITEM_LABEL_RE.match(label) for label in labels[1:]) \
                or any(_TITLE_ROW_RE.match(f) and not case_label(f) for f in fields):
            continue  # a listing's head: "Nr. | Sag" or "Nr. | Punkt | Status" over titles
        out[i] = Line("", line.page, line.size, False, 0)
        out[j] = Line("\t".join(kept), lines[j].page, lines[j].size, lines[j].bold,
                      lines[j].level)
    return out


# "Punkt nr." as a field's label, its value ("102") on the next line
_ITEM_LABEL_RE = re.compile(r"^(?:(?:dagsordens)?(?:punkt|pkt\.?)(?:\s*nr\.?)?|nr\.?|nummer)"
                            r"\s*:?$", re.IGNORECASE)
# ... or the first of a line of fields ("Punkt nr.: 4 | Sagsnr.: 24/1", "Nr. 4 · Lukket")
_ITEM_FIELD_RE = re.compile(r"^(?:(?:dagsordens)?(?:punkt|pkt\.?)(?:\s*nr\.?)?|nr\.?|nummer)"
                            r"\s*:?\s*(\d{1,4})\.?\s*(?:[|·•;,]|\s[-–]\s)\s*(\S.*)$",
                            re.IGNORECASE)


def _number_field_under_title(lines: list[Line], out: list[Line]) -> None:
    """A title set apart (a heading) whose item number is a field below it, label and
    value on lines of their own ("Punkt nr." / "102"), the first of a line of fields
    ("Punkt nr.: 102 | Sagsnr.: …"), or a line of its own that fields of the item follow
    ("Punkt: 102" / "Sagsnr.: …" / "Status: Lukket"): the title line becomes the opening
    "Punkt N: title" and the field goes (the other fields stay, a status field goes into
    the opening). Only where the title's type sets two or more such titles apart."""
    found: list[tuple[int, list[int], str]] = []
    rest: dict[int, str] = {}
    status: dict[int, str] = {}
    lone: set[int] = set()  # number rows of their own: the heading above is taken whole
    bare: set[int] = set()  # ... without a field under them: only beside such rows that have
    paragraph: dict[int, list[int]] = {}  # untyped titles: the lines they wrap over
    under: dict[int, tuple[int, str]] = {}  # a line of fields right over a heading
    below: dict[int, tuple[int, str]] = {}  # ... and a number row of its own right over one
    for i, line in enumerate(lines):
        text = line.text.strip()
        number, rows, top = None, [i], i
        if fields := _number_and_fields(text):
            number, rest[i] = fields
            k = next_text(lines, i + 1)
            if k == i + 1 and (lines[k].level or lines[k].bold) \
                    and title_like(lines[k].text) and typography(lines[k]) != typography(line):
                under[i] = (k, number)
        elif _ITEM_LABEL_RE.match(text):
            j = next_text(lines, i + 1)
            if j is not None and j - i <= 2 and lines[j].text.strip().rstrip(".").isdigit():
                number, rows = lines[j].text.strip().rstrip("."), [i, j]
        elif (m := _ITEM_ROW_RE.match(text)) and out[i] is lines[i]:
            while (k := prev_text(lines, top - 1)) is not None and k == top - 1 \
                    and i - k <= 3 and _item_fields(lines, k, 1):
                top = k  # the item's fields above its number ("Sagsnr.: …" / "Punkt: 4")
            fields = [k for k in _item_fields(lines, top, 4) if k != i]
            number = m.group(1) or m.group(2)
            if (k := _field_table_head(lines, top)) is not None:
                top = k  # the field table's head row ("Felt | Værdi"): the title is above it
                rows.append(k)
            lone.add(i)
            bare.update([] if fields else [i])
            k = next_text(lines, i + 1)
            if k == i + 1 and (lines[k].level or lines[k].bold) \
                    and title_like(lines[k].text) and typography(lines[k]) != typography(line):
                below[i] = (k, number)
            for k in fields:
                if s := STATUS_FIELD_RE.match(lines[k].text.strip()):
                    status[i] = s.group(1)
                    rows.append(k)
        if number is None or len(number) > 4:
            continue
        title = prev_text(lines, top - 1)
        if (title is None or top - title > 2 or not _titled(lines[title].text, rest.get(i))
                or _ITEM_ROW_RE.match(out[title].text.strip())):
            continue
        if not (lines[title].level or lines[title].bold):
            # untyped: a line of fields right under a block set apart by a blank line
            block = _paragraph_above(lines, top) if i in rest else []
            if not block:
                continue
            paragraph[title] = block
        found.append((title, rows, number))
    if len(under) >= 2 and 2 * len(under) >= len(rest) \
            and len(types := {typography(lines[t]) for t, _ in under.values()}) == 1:
        # where titles stand under their fields, a number row without other fields too
        under |= {i: b for i, b in below.items() if typography(lines[b[0]]) in types}
        rest |= {i: "" for i in below if i in under and i not in rest}
        _fields_over_titles(lines, out, under, rest)
        found = [f for f in found if f[1][0] not in under]
    fielded = [f for f in found if f[1][0] not in bare]
    found = found if len(fielded) >= 2 else fielded
    if len({typography(lines[t]) for t, _, _ in found}) != 1 or len(found) < 2:
        return
    for title, rows, number in found:
        line, wrapped = lines[title], paragraph.get(title, [title])
        while (rows[0] in lone or title not in paragraph) and len(wrapped) < 3 \
                and _wrapped_heading(lines, wrapped[0]):
            wrapped.insert(0, prev_text(lines, wrapped[0] - 1))
        text = join_wrapped([lines[k].text.strip() for k in wrapped])
        badge = f" ({status[rows[0]]})" if rows[0] in status else ""
        out[title] = Line(f"Punkt {number}: {text}{badge}", line.page, line.size, True,
                          line.level)
        for k in wrapped[:-1]:
            out[k] = Line("", lines[k].page, lines[k].size, False, 0)
        for k in rows:
            out[k] = Line(rest.get(k, ""), lines[k].page, lines[k].size, False, 0)


def _field_table_head(lines: list[Line], top: int) -> int | None:
    """The head row right over a table of an item's fields: label and value cells (a tab
    apart) named in a word or two each, none a field, a number or a title's length (`Felt |
    Værdi`, `Oplysning | Indhold`), where the first field row is two cells too."""
    k = prev_text(lines, top - 1)
    if k is None or top - k > 2 or len(lines[top].text.strip().split("\t")) != 2:
        return None
    cells = [c.strip() for c in lines[k].text.strip().split("\t")]
    return k if len(cells) == 2 and all(
        c and len(c.split()) <= 2 and not re.search(r"\d", c) and not case_label(c)
        and not FIELD_RE.match(c) and not _ITEM_LABEL_RE.match(c) and not heading_text(c)
        for c in cells) else None


def _titled(text: str, fields: str | None) -> bool:
    """Whether a line over an item's fields is its title: a title's words, or a status
    ("Lukket sag") where the fields say the item is closed (the title withheld)."""
    closed = fields is not None and any(
        (s := STATUS_FIELD_RE.match(c.strip())) and s.group(1).lower().startswith(("luk", "fort"))
        for c in fields.split("\t"))
    return title_like(text) or (closed and bool(STATUS_RE.match(text.strip())))


# a cell that gives the item's number ("Punkt: 4", "Pkt. 4", "Nr. 4")
_NUMBER_CELL_RE = re.compile(r"^(?:(?:dagsordens)?(?:punkt|pkt\.?)(?:\s*nr\.?)?|nr\.?|nummer)"
                             r"\s*:?\s*(\d{1,4})\.?$", re.IGNORECASE)


def _number_and_fields(text: str) -> tuple[str, str] | None:
    """The item's number and its other fields, of a line that gives the number first
    ("Punkt nr.: 102 | Sagsnr.: …"), or in its first or last cell beside item fields
    (each a case number or a status): "Punkt: 4<tab>Sagsnr.: …<tab>Status: Åben", or
    "Sagsnr. …<tab>Punkt 4" and "Lukket punkt<tab>Punkt 5", the number right-aligned on
    the line of the case number or status."""
    if m := _ITEM_FIELD_RE.match(text):
        return m.group(1), m.group(2)
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    for k in (0, -1) if len(cells) > 1 else ():
        others = cells[1:] if k == 0 else cells[:-1]
        if (m := _NUMBER_CELL_RE.match(cells[k])) and all(
                case_label(c) or STATUS_FIELD_RE.match(c) or STATUS_RE.match(c)
                for c in others):
            return m.group(1), "\t".join(others)
    return None


def _fields_over_titles(lines: list[Line], out: list[Line],
                        under: dict[int, tuple[int, str]], rest: dict[int, str]) -> None:
    """Each line of fields right over a title set apart becomes the opening "Punkt N:
    title" (a wrapped title whole, a status field into it), the title's first line keeps
    the other fields."""
    for i, (title, number) in under.items():
        cells = rest[i].split("\t")
        status = [s.group(1) for c in cells if (s := STATUS_FIELD_RE.match(c.strip()))]
        badge = f" ({status[0]})" if status else ""
        line, wrapped = lines[title], [title]
        while len(wrapped) < 3 and (k := wrapped[-1] + 1) < len(lines) \
                and typography(lines[k]) == typography(line) and title_like(lines[k].text):
            wrapped.append(k)  # the title wrapped onto lines of its type
        text = join_wrapped([lines[k].text.strip() for k in wrapped])
        out[i] = Line(f"Punkt {number}: {text}{badge}", line.page, line.size, True, line.level)
        for k in wrapped[1:]:
            out[k] = Line("", line.page, line.size, False, 0)
        out[title] = Line("\t".join(c for c in cells if not STATUS_FIELD_RE.match(c.strip())),
                          line.page, lines[i].size, False, 0)


def _paragraph_above(lines: list[Line], k: int) -> list[int]:
    """The lines right above line `k` back to a blank line (a title wrapped over at most
    three, each title-like), or none where no blank line sets them apart."""
    block: list[int] = []
    j = k - 1
    while j >= 0 and lines[j].text.strip() and len(block) < 4:
        block.insert(0, j)
        j -= 1
    if not block or len(block) > 3 or (j >= 0 and lines[j].text.strip()) \
            or not all(title_like(lines[b].text) for b in block):
        return []
    return block


def _wrapped_heading(lines: list[Line], k: int) -> bool:
    """Whether the line right above line `k` is in its type (a heading wrapped onto `k`)."""
    above = prev_text(lines, k - 1) if k else None
    return above is not None and k - above == 1 and (
        lines[above].level, lines[above].size, lines[above].bold) == (
        lines[k].level, lines[k].size, lines[k].bold)


def _item_fields(lines: list[Line], start: int, most: int = 3) -> list[int]:
    """The lines from `start` that are fields of an item (a case number, a status, its
    number), up to the first line that is none; at most `most`."""
    rows: list[int] = []
    k = next_text(lines, start)
    while k is not None and len(rows) < most and (
            case_label(lines[k].text) or STATUS_FIELD_RE.match(lines[k].text.strip())
            or _ITEM_ROW_RE.match(lines[k].text.strip())):
        rows.append(k)
        k = next_text(lines, k + 1)
    return rows


# the next item's number or title row, or a bare case number, ends a wrapped value
ROWS_END_VALUES = True


def item_row(text: str) -> bool:
    """Whether a line is an item's number or title row ("Punkt: 5", "Titel: …")."""
    return bool(_ITEM_ROW_RE.match(text) or _TITLE_ROW_RE.match(text))


_COLUMNS_RE = re.compile(r"^([^\W\d][^\t:]{0,28}?)\s{2,}(\S.*)$")  # "Status      Lukket"


def _row_ends_value(text: str) -> bool:
    """Whether a line is a row of its own, no wrapped part of a value above it: an item's
    number or title row, a bare case number ("24-001234"), a known heading run in
    ("Sagsfremstilling: text"), a status, case number or meeting's field in label and
    value columns ("Status              Lukket punkt")."""
    head, colon, _ = text.partition(":")
    cells = _COLUMNS_RE.match(text)
    field = f"{cells.group(1)}: {cells.group(2)}" if cells else ""
    return item_row(text) or bool(bare_case(text)) or bool(colon and heading_phrase(head)) \
        or bool(field and (STATUS_FIELD_RE.match(field) or case_label(field)
                           or FIELD_RE.match(field)))


def _wrapped_value(lines: list[Line], start: int) -> list[int]:
    """The lines a value cell wrapped onto (a PDF drops the empty label cell): lines
    without a cell or label, ended within three by the table's next labelled row."""
    run = []
    for k in range(start, min(len(lines), start + 4)):
        text = lines[k].text.strip()
        if "\t" in text or case_label(text) or heading_text(text) or FIELD_RE.match(text) \
                or STATUS_FIELD_RE.match(text) or empty_case_field(text) \
                or ROWS_END_VALUES and _row_ends_value(text):
            return run
        if text:
            run.append(k)
    return []
