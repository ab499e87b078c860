"""The generic reader's entry for a document's lines: `read_lines` finds the openings,
chooses the chain of items, reads each item and the meeting's fields."""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.layout import (
    Line,
    kommune_of,
    legend_codes,
    place_after_time,
    place_below_time,
    place_beside_time,
)
from referat.index.model import Meeting, NotMinutes
from referat.index.readers.generic.candidates import (
    Candidate,
    candidate,
    lone_word_marks,
    marked,
    marker_side,
    without_attachment_lists,
)
from referat.index.readers.generic.chains import (
    best_chain,
    recover_from_toc,
    weigh,
    with_sub_items,
)
from referat.index.readers.generic.gloss import without_glosses
from referat.index.readers.generic.guards import (
    agenda_list,
    enough_evidence,
    minutes_by_structure,
    reject_non_minutes,
)
from referat.index.readers.generic.headings import (
    heading_style,
    heading_text,
    strict_headings,
    whole_line_headings,
)
from referat.index.readers.generic.items import column_headings, item, meeting_field
from referat.index.readers.generic.labelled import label_value_items
from referat.index.readers.generic.lines import (
    WINDOW,
    body_size,
    next_text,
    set_in_capitals,
)
from referat.index.readers.generic.meeting import (
    header_texts,
    kind_from_items,
    kind_word_in,
    labelled_fields,
    meeting_date,
    names,
    place_after_date,
    stated_after,
    udvalg_of,
)
from referat.index.readers.generic.numbers import PUNKT_RE
from referat.index.readers.generic.preamble import (
    categories,
    grouped_status,
    preamble,
    title_after_metadata,
)
from referat.index.readers.generic.protocol import protocol_start, with_protocol
from referat.index.readers.generic.runin import split_run_in
from referat.index.readers.generic.status import ticked_status
from referat.index.readers.generic.toc import contents_rows, table_of_contents
from referat.index.readers.generic.typeset import (
    join_broken_titles,
    one_dash,
    typeset,
    without_dinkus,
    without_page_numbers,
)
from referat.index.readers.generic.unnumbered import heading_chain, numbers_from_agenda
from referat.index.readers.sidebar import title_before_fields


@dataclass
class Reading:
    """What the generic reader found besides the Meeting (its confidence needs it)."""

    toc: list[tuple[int | None, str]]


# the body a closing sentence names is the meeting's, where that sentence states the meeting
# (no date before the items), before any body the lines before the items name, a table of
# contents' titles among them (round 34, issue-18cn; off in `benchmarks.layouts.ablations`)
STATED_BODY_FIRST = True


def parse_lines(lines: list[Line], source: str) -> Meeting:
    """Parse a document's lines into a Meeting; NotMinutes when it holds no agenda."""
    meeting, _ = read_lines(lines, source)
    return meeting


def _head_fields(lines: list[Line], c: Candidate, end: int) -> list[Line]:
    """The lines under an item's title, before its first heading (a few at most), that label
    the meeting's date, time or place, each with the line after it (a label's value)."""
    out: list[Line] = []
    for k in range(c.title_end, min(end, c.title_end + WINDOW)):
        if heading_text(lines[k].text):
            break
        if meeting_field(lines[k].text.strip()):
            out += lines[k:k + 2]
    return out


def read_lines(lines: list[Line], source: str) -> tuple[Meeting, Reading]:
    """The Meeting and what was found on the way (the table of contents); in a document set
    in capitals, capitals set no line apart (`lines.capitals`)."""
    return _read_lines(lines, source, caps_apart=not set_in_capitals(lines))


def _read_lines(lines: list[Line], source: str, *, caps_apart: bool) -> tuple[Meeting, Reading]:
    unsplit = label_value_items(typeset(one_dash(without_page_numbers(
        without_dinkus(without_glosses(ticked_status(lines)))))))
    lines = split_run_in(unsplit)
    body = body_size(lines)
    lines = join_broken_titles(title_before_fields(lines, body, marked), body,
                               caps_apart=caps_apart)
    toc_rows = contents_rows(lines)
    toc = table_of_contents(lines, toc_rows)
    candidates = [
        c for i, line in enumerate(lines)
        if i not in toc_rows and (c := candidate(lines, i, body, caps_apart=caps_apart)) is not None
    ]
    candidates = lone_word_marks(marker_side(candidates, lines, body, caps_apart=caps_apart),
                                 lines, body, caps_apart=caps_apart)
    candidates = without_attachment_lists(candidates, lines)
    above = categories(lines, [c.index for c in candidates])
    for c in candidates:
        weigh(c, lines, body, toc, candidates, above, caps_apart=caps_apart)
    chain = with_sub_items(best_chain(candidates), candidates)
    chain = recover_from_toc(chain, toc, lines, toc_rows, caps_apart=caps_apart)
    hstyle = heading_style(lines, body, caps_apart=caps_apart)
    headed = heading_chain(lines, toc_rows, body, hstyle, caps_apart=caps_apart)
    listed = len(chain) >= 2 and all(next_text(lines, a.title_end) == b.index
                                     for a, b in zip(chain, chain[1:], strict=False))
    numbered = numbers_from_agenda(chain, headed) if listed else None
    if numbered:
        # numbered lines one under the other that the headings below repeat (in their own
        # wording) are the agenda: it numbers the items set apart under it
        chain = numbered
    elif len(headed) >= 2 and listed and headed[0].index < chain[0].index:
        # numbered lines one under the other inside an item set apart by headings ("1.
        # Orientering …" / "2. …" in its text) are a list, not the items
        chain = headed
    elif len(headed) > len(chain) and (len(chain) < 2 or len(headed) >= 2 * len(chain)) \
            and not (chain and PUNKT_RE.match(lines[chain[0].index].text.strip())
                     and chain[0].index < headed[0].index):
        # items under headings, a few numbered lines in their text; but lines set apart
        # under a "Punkt 1" that opens the agenda are that item's, not items
        chain = headed
    if not chain:
        raise NotMinutes("no agenda items found")
    first = chain[0].index
    header = header_texts([line for i, line in enumerate(lines[:first]) if i not in toc_rows], body)
    kind_word = kind_word_in(header)
    reject_non_minutes(header, [c.title for c in chain])
    strict = strict_headings(unsplit if whole_line_headings(unsplit) >= 3 else lines, body,
                             caps_apart=caps_apart)
    preamble(chain, lines, max(toc_rows, default=-1), caps_apart=caps_apart)
    title_after_metadata(chain, lines)
    grouped_status(chain, lines)
    ends = [c.status_line if c.status_line >= 0 else c.index
            for c in chain[1:]] + [len(lines)]
    columns = column_headings(lines[:chain[0].index + 1])
    marks = legend_codes(lines[:chain[0].index])
    items = [item(lines, c, end, strict, body, kind_word, hstyle, columns, marks,
                  caps_apart=caps_apart)
             for c, end in zip(chain, ends, strict=True)]
    protocol = protocol_start(lines, chain[-1].index)
    if protocol is not None:  # decisions collected after the items, the last item's end
        last = item(lines, chain[-1], protocol, strict, body, kind_word, hstyle, columns, marks,
                    caps_apart=caps_apart)
        items = with_protocol([*items[:-1], last], lines[protocol + 1:]) or items
    fields = labelled_fields(lines[:first])
    if "date" not in fields:  # a page per item: the meeting's fields under each title
        fields = {**labelled_fields(_head_fields(lines, chain[0], ends[0])), **fields}
    if kind_word is None and not all(i.case_number and any(s.heading for s in i.sections)
                                     for i in items) \
            and not minutes_by_structure(chain, items, fields):
        # no "Referat"/"Dagsorden" before the items: only an item with a case number and
        # section headings (one item published as a file of its own), or items numbered
        # in order that mostly show minutes' sections, are taken
        raise NotMinutes("no agenda items found (no 'Referat' or 'Dagsorden' before them)")
    if not enough_evidence(items, chain, toc) and not agenda_list(kind_word, chain, items):
        raise NotMinutes("no agenda items found (numbered lines without minutes' structure)")
    date = meeting_date(fields, header)
    late_udvalg = late_place = None
    if date is None:  # the meeting stated after its items
        date, late_udvalg, late_place = stated_after(lines[chain[-1].index:])
    udvalg = fields.get("udvalg") or (STATED_BODY_FIRST and late_udvalg) or udvalg_of(
        header) or late_udvalg
    meeting = Meeting(
        kommune=kommune_of(header, lines, udvalg),
        udvalg=udvalg,
        date=date,
        kind=kind_word or kind_from_items(items),
        place=fields.get("place") or place_after_time(header)
        or place_below_time(header) or place_beside_time(header)
        or place_after_date(header) or late_place,
        participants=names(fields.get("present", "")),
        source=source,
        items=items,
    )
    return meeting, Reading(toc=toc)
