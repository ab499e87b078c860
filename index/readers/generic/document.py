"""The PDF and text readers' entry for lines: the known families' rules (`index.layout`)
first, kept when plausible, else the generic reader, and the confidence of whichever
reading stands (`confidence.assess`)."""

from __future__ import annotations

import contextlib

from referat.index.layout import Line
from referat.index.model import LOW_CONFIDENCE, Item, Meeting, NotMinutes
from referat.index.readers.generic import fallback
from referat.index.readers.generic.cases import CASE_IN_TEXT_RE
from referat.index.readers.generic.guards import reject_non_minutes
from referat.index.readers.generic.labelled import TITLE_LABEL_RE
from referat.index.readers.generic.reader import read_lines
from referat.index.readers.generic.status import DECISION_PHRASE_RE
from referat.index.readers.generic.toc import contents_rows, table_of_contents


def _plausible(meeting: Meeting) -> bool:
    """Whether the known families' rules read a document of theirs: item numbers rise
    and titles are there and read as titles (a numbered "at ..." list, "1. Godkendt."
    near a case number or a label "Emne: …" is not)."""
    numbers = [int(i.number) for i in meeting.items if i.number.isdigit()]
    rising = all(b > a for a, b in zip(numbers, numbers[1:], strict=False))
    return rising and all(i.title and not i.title[:1].islower()
                          and not DECISION_PHRASE_RE.match(i.title)
                          and not CASE_IN_TEXT_RE.search(i.title)
                          and not TITLE_LABEL_RE.match(i.title) for i in meeting.items)


def _explains_more(generic: Meeting, known: Meeting) -> bool:
    """Whether the generic reading of the same items finds structure the known rules
    missed: more case numbers, more items whose sections carry headings (run-in headings
    the rules do not split), fewer headings without text, or more typed sections in
    most items and fewer in none (a heading convention the rules do not know, recurring
    in every item: "II. Sagsfremstilling" read as a heading, not as the text of "I.
    Resumé"), or the meeting's date where the rules found none."""
    if [i.number for i in generic.items] != [i.number for i in known.items]:
        return False

    def structure(meeting: Meeting) -> tuple[int, int, int]:
        return (sum(bool(i.case_number) for i in meeting.items),
                sum(any(s.heading for s in i.sections) for i in meeting.items),
                sum(bool(s.heading and not s.text) for i in meeting.items for s in i.sections))

    (g_cases, g_headed, g_empty), (k_cases, k_headed, k_empty) = (structure(generic),
                                                                  structure(known))
    typed = [(_typed(g), _typed(k)) for g, k in zip(generic.items, known.items, strict=True)]
    # fewer headings without text: a line above the next title ("Til beslutning") read
    # as the category it is, not as a heading closing the item before
    # the meeting's date the rules found nowhere (stated after the items) with the same
    # structure of items
    dated = generic.date is not None and known.date is None
    return g_cases > k_cases or (g_headed > k_headed and g_cases >= k_cases) or (
        dated and g_cases >= k_cases and g_headed >= k_headed) or (
        g_cases >= k_cases and g_headed >= k_headed and g_empty < k_empty) or (
        g_cases >= k_cases and g_headed >= k_headed and g_empty <= k_empty
        and 2 * sum(g > k for g, k in typed) > len(typed) and all(g >= k for g, k in typed))


def _typed(item: Item) -> int:
    """An item's sections with text under a heading the table types, and its decision."""
    return sum(bool((s.heading or s.type == "beslutning") and s.text and s.type != "other")
               for s in item.sections)


def read_document(lines: list[Line], source: str, known: bool = True) -> Meeting:
    """Read a document's lines: by the known families' rules (`layout.parse_lines`)
    when `known` is true and their reading is plausible and has at least as many items
    as the generic reader's, else by the generic reader. The Meeting records the layout
    family (`layout.family`; "generic" where the document prints none of theirs) and its
    confidence (`confidence.assess`). A reading that is implausible (no items, unnumbered
    items, or a confidence below `LOW_CONFIDENCE`) gives way to a second one of the lines with
    recurring rising numbers printed as the reader knows them (`fallback.renumbered`)
    where that one has at least as many items and a higher confidence."""
    failed: NotMinutes | None = None
    try:
        meeting = _read_once(lines, source, known)
    except NotMinutes as e:
        if not fallback.RENUMBER:
            raise
        meeting, failed = None, e
    if fallback.RENUMBER and (meeting is None or _implausible(meeting)):
        again = fallback.renumbered(lines)
        second = None
        if again is not None:
            with contextlib.suppress(NotMinutes):
                second = _read_once(again, source, known)
        if second is not None and (meeting is None or (
                len(second.items) >= len(meeting.items)
                and second.confidence > meeting.confidence)):
            return second
    if meeting is None:
        raise failed  # type: ignore[misc]  # the first reading's NotMinutes
    return meeting


def _implausible(meeting: Meeting) -> bool:
    """A reading worth a second look: listed low, or with items it found no number for."""
    return meeting.confidence < LOW_CONFIDENCE or any(not i.number for i in meeting.items)


def _read_once(lines: list[Line], source: str, known: bool) -> Meeting:
    """One reading of the lines, known families first (`read_document`), with its
    confidence."""
    from referat.index import layout
    from referat.index.readers.confidence import assess

    known_reading = None
    if known:
        try:
            known_reading = layout.parse_lines(lines, source)
        except NotMinutes:
            known_reading = None
        if known_reading is not None and not _plausible(known_reading):
            known_reading = None
    try:
        meeting, reading = read_lines(lines, source)
    except Exception:  # NotMinutes, or a bug: a known family's reading stands ...
        if known_reading is None:
            raise
        # ... unless it is an association's or a parliament's minutes: the guard the
        # generic reader runs on its own reading
        reject_non_minutes(layout.header_of(lines), [i.title for i in known_reading.items])
        meeting, reading = known_reading, None
    # the known rules win unless the generic reader sees more items (they matched only
    # some of the lines that open items)
    if known_reading is not None and len(meeting.items) <= len(known_reading.items) \
            and not _explains_more(meeting, known_reading):
        meeting, reading = known_reading, None
    if reading is None:
        # a family only where the document prints its convention: the rules also read
        # openings of no family's, and that reading is a generic one
        meeting.layout = layout.family(lines) or "generic"
        toc = table_of_contents(lines, contents_rows(lines))
    else:
        meeting.layout = "generic"
        toc = reading.toc
    meeting.confidence, meeting.checks = assess(meeting, toc)
    return meeting
