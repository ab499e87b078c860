"""The layout-free reader: any document's lines (`layout.Line`) → Meeting.

It knows no publishing system. Items are found from the document's own structure:

- **numbering that recurs and increases**: ``Punkt 3: title``, ``3. title``, ``3) title``,
  ``3<tab>title``, a number on a line of its own, or ``title (punkt 3)``; candidates are
  grouped by pattern and typography and the best chain of increasing numbers wins;
- **evidence** for each candidate: a known section heading (`index.sections`) or a
  case-number label soon after it, styled type (bold, larger, an HTML heading), and the
  table of contents when the document prints one;
- **guards**: a candidate is no item when its title starts in lower case (a numbered
  "at ..." list), is itself a section heading or a decision phrase, stands right after a
  decision heading (``Beslutning`` / ``Punkt 2: Godkendt.``), or opens a quotation.

Run-in headings ("Sagsfremstilling: text") are split before anything else. Meeting fields
come from the usual labels (Mødedato, Dato, Tidspunkt, Sted, Mødested, Deltagere,
Fraværende, Afbud); the udvalg is named as the body calls itself ("Kommunalbestyrelsens
møde" → "Kommunalbestyrelsen"). A document without a ``Referat``/``Dagsorden`` word
before its first item, or whose items carry no evidence, or that reads as an
association's minutes, is not minutes.

Items without any number are taken from headings set apart that a known section
heading or a case number follows, when the numbering yields fewer. `read_document` is
the PDF and text readers' entry: the known families' rules (`index.layout`) first, kept
when plausible, and the confidence of whichever reading stands (`confidence.assess`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from referat.index.kommune import KOMMUNE_RE, mentioned_kommune
from referat.index.layout import CLOSING_RE as _CLOSING_RE
from referat.index.layout import LABEL_OPENS_RE as _LABEL_OPENS_RE
from referat.index.layout import (
    Line,
    append_line,
    field_table,
    first_date,
    join_wrapped,
    legend_codes,
    place_after_time,
    strip_mark,
)
from referat.index.model import Item, Meeting, NotMinutes, Section
from referat.index.readers.letterspacing import close_letterspacing
from referat.index.readers.sidebar import title_before_fields
from referat.index.sections import (
    HEADINGS,
    KIND_HEADINGS,
    decision_remark,
    fold_empty_entries,
    heading_date,
    heading_phrase,
    history_entry,
    normalise_heading,
    reads_as_clause,
    section_type,
)

# --- item numbering ----------------------------------------------------------------
# An item number: digits, a number within a group ("2.3": the group's third item), a
# roman numeral or a capital letter (not I, V, X: roman), wherever a number may stand;
# "5a" (or "5.a", "5 a)"): a sub-item under item 5, or one added after it.
_NUM = (r"(?:\d{1,4}(?:\.\d{1,2}(?![\d.]\d)|(?-i:[a-f])(?=[.):]?\s)"
        r"|\.(?-i:[a-f])(?=[.)]?\s)|\s(?-i:[a-f])(?=[.)]\s))?"
        r"|(?-i:[IVX]{1,6}|[A-HJ-UWYZÆØÅ])(?=[.):\]\-–]?\s))")
_PUNKT_RE = re.compile(
    # "Beslutningspunkt 4:", "Orienteringspunkt 5:", "Lukket punkt 6:": a word that ends
    # in "punkt" names the item's kind (not a time: "Tidspunkt 16.00"); "Punkt 2-6 …"
    # is a range in a decision's text, no marker
    rf"^(?:(?:(?!(?:møde)?tids)[a-zæøå]{{3,20}}s|(?:lukket|åbent?)\s+)?(?:punkt|pkt\.?)"
    rf"\s*(?:nr\.?\s*)?({_NUM})\b(?!\s*[-–]\s*\d)"
    # "Punkt 45/2025": numbered through the year; "Punkt 3 af 12": of how many
    r"(?:/(?:\d{2}|\d{4})(?!\d))?(?:\s+af\s+\d{1,3}\b)?\s*[:.)\-–]?"
    # "Sag 3: title", but not a case number ("Sag nr. 24/1234", "Sag 2024-117")
    r"|sag\s+(?:nr\.?\s*)?(\d{1,4}(?![\d/.\-]*\d)|\d{1,2}\.\d{1,2}(?=[:)]|\s+[-–]\s)"
    # "Sag 12/24 Title": numbered through the year, as "Punkt 45/2025"
    r"|\d{1,3}(?=/(?:\d{2}|20\d{2})\s*[:.\-–]?\s+(?-i:[A-ZÆØÅ]))"
    r"|(?-i:[IVX]{1,6}|[A-HJ-UWYZÆØÅ])(?=[:.)]))(?:/(?:\d{2}|20\d{2}))?"
    r"(?:\s*[:.)\-–]|\s+(?=(?-i:[A-ZÆØÅ]))|\s*$)"
    # "Ad 3. title", "Ad pkt. 3 – title": the item a protocol's entry is about
    rf"|ad\.?\s+(?:(?:punkt|pkt)\.?\s*)?({_NUM})\b\s*[:.)\-–]?)"
    r"\s*(.*)$",
    re.IGNORECASE,
)
# "3. title", "3) title", "(3) title", "3<tab>title", "3 - title", "3    title" (a text
# export's column); in parentheses digits only: "(F) og (Ø)" are parties' letters
# "[3] title", "#3 title", "3: title", "3/ title", "3 | title": whatever punctuation the
# document sets around its numbers; "37/2024  title": a number through the year
_NUMBER_RE = re.compile(
    rf"^(?:§\s*|\((?=\d{{1,4}}\))|\[(?=\d{{1,4}}\]|(?-i:[IVX]{{1,6}}|[A-HJ-UWYZÆØÅ])\])"
    rf"|#\s?(?=\d))?({_NUM})"
    r"(?:\s*[.)\]:/|](?![\d/])\s*|\s*\t\s*|\s+[-–:·•]\s+|\s{2,}"
    # "37/2024    Title": numbered through the year (the year is part of the marker)
    r"|/(?:19|20)\d\d(?:\s*[.:\-–]?\s*\t\s*|\s*[.:\-–]\s+|\s{2,})"
    r"|(?<=#\d)\s+|(?<=#\d\d)\s+|(?<=#\s\d)\s+"
    r"|(?<=§\d)\s+|(?<=§\d\d)\s+|(?<=§\s\d)\s+|(?<=§\s\d\d)\s+)(.*)$")
# "Dagsordenens pkt. 4", "Mødets punkt 4": the item named by what it is an item of (the
# agenda, the meeting, the minutes), the marker "pkt. 4" itself, no title
_AGENDA_OWNER_RE = re.compile(r"^(?:dagsorden|referat|protokol|møde)(?:ets|ens|ts|s)?\s+"
                              r"(?=(?:punkt|pkt)\b)", re.IGNORECASE)
# "2.3 title", "1.1. title": an item numbered within a group (the number kept as printed)
_DOTTED_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?(?:\s+|\t)(\S.*)$")
# "... (punkt" at the end of a line whose number wrapped onto the next
_PUNKT_TAIL_RE = re.compile(r"\s*[-–,]?\s*[(\[]?(?:punkt|pkt\.?)\s*(?:nr\.?)?$", re.IGNORECASE)
_NUMBER_ONLY_RE = re.compile(r"^(?:§\s*)?(\d{1,4}(?-i:[a-f])?)\s*[.)]?$")
# "– 3 –": a number set off by dashes on a line of its own, an item's marker above its
# title, or a page's mark at the page's edge (`_page_mark`)
_DASHED_NUMBER_RE = re.compile(r"^[-–]\s*(\d{1,4})\s*[-–]$")
# "IV. Title", "C) Title": roman numerals or capital letters (not I, V, X: roman)
_ORDINAL_RE = re.compile(r"^(?:([IVX]{1,6})|([A-HJ-UWYZÆØÅ]))\s*[.)]\s+(\S.*)$")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# "Nr. 3 Title", "Emne 3: Title", "Dagsordenspunkt 3 – Title": any short word before the
# number. Which word a document numbers its items with is learned from the document: each
# word is a group of its own, and only a chain of two or more increasing numbers counts.
_WORD_MARK_RE = re.compile(
    r"^((?-i:[A-ZÆØÅ])[a-zæøå]{0,15}\.?(?:\s+nr\.?)?)\s*"
    r"(\d{1,3}[a-f]?|(?-i:[IVX]{1,6}|[A-HJ-UWYZÆØÅ]))(?![.,/:]?\d)\b"
    r"\s*(?:(?:[:.)]|\s[-–]|(?=\s))\s*(\S.*)|[:.)]?)$")
# an attachment's file name: a line of an attachment list, never an item's title
_FILE_NAME_RE = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|txt|jpe?g|png|msg|zip)\)?$",
                           re.IGNORECASE)
# "3 Title": a number and a capitalised title with nothing between (a table's cells).
_NUMBER_SPACE_RE = re.compile(r"^(\d{1,3})\s+([A-ZÆØÅ].*)$")
_TRAILING_RE = re.compile(
    rf"^(\S.*?)\s*(?:[-–,]\s*)?[(\[]?(?:punkt|pkt\.?)\s*(?:nr\.?\s*)?({_NUM})[)\]]?$",
    re.IGNORECASE,
)
# "title (3)", "title [3]", "title #3", "title – sag 3", "title<tab>3": a number after the
# title in any other dress; counts only as a chain of two or more (a title may end in a
# number of its own)
_TRAILING_BARE_RE = re.compile(
    r"^(\S.*?)(?:\s*[(\[]\s*(?:(?:sag|emne)\s*(?:nr\.?\s*)?)?(\d{1,3}[a-f]?)\s*[)\]]"
    r"|\s+#\s?(\d{1,3}[a-f]?)|\s+[-–|]\s*(?:sag|emne)\s*(?:nr\.?\s*)?(\d{1,3}[a-f]?)"
    r"|\s*\t\s*(\d{1,3}[a-f]?))$",
    re.IGNORECASE,
)
# A table-of-contents entry: leader dots, a tab or a run of spaces before a page number.
_TOC_ENTRY_RE = re.compile(r"(?:\s*\.{3,}|…+|\t|\s{3,}|_{3,})\s*(\d{1,4})$")
_TOC_HEADING_RE = re.compile(r"^(indholdsfortegnelse|indhold|dagsordenens punkter)\s*:?$",
                             re.IGNORECASE)
# "Lukket punkt: title", "title (Lukket)", "Åbent punkt - title": a status with the title
_CLOSED_RE = re.compile(r"^\(?(?:lukket|åbent?)(?:\s+(?:punkt|sag))?\)?\s*[:.\-–]\s*"
                        r"|^[(\[](?:lukket|åbent?)(?:\s+(?:punkt|sag))?[)\]]\s*"
                        r"|^(?:lukket|åbent?)\s+punkt\s*$", re.IGNORECASE)
# ... or a badge beside it in capitals ("Title Åben", "Title Lukket punkt")
_CLOSED_SUFFIX_RE = re.compile(r"\s*[(\[]\s*(?:lukket|åbent?)(?:\s+(?:punkt|sag))?\s*[)\]]$"
                               r"|\s+[-–|]\s*(?:lukket|åbent?)(?:\s+(?:punkt|sag))?$"
                               r"|\s+(?-i:Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?$",
                               re.IGNORECASE)
# a status then a case-number label on one line ("Åben sag  Sagsnr.: 24/123")
_STATUS_HEAD_RE = re.compile(r"^\(?(?:åbent?|lukket|offentligt?|fortroligt?)"
                             r"(?:\s+(?:punkt|sag|dagsordenspunkt))?\)?\s*[:\-–|]?\s+(?=\S)",
                             re.IGNORECASE)
# Short verdicts that a decision line opens with: never an item title.
_DECISION_PHRASE_RE = re.compile(
    r"^(godkendt|godkendes|tiltrådt|tiltrådte|taget til efterretning|tages til efterretning|"
    r"anbefalet|anbefales|vedtaget|vedtages|udsat|udsættes|oversendes|oversendt|"
    r"drøftet|drøftes|ingen bemærkninger|intet)\b",
    re.IGNORECASE,
)
# "Åbent punkt" / "Lukket punkt": a line that says whether the next item is public
_STATUS_RE = re.compile(r"^\(?(åbent|åben|offentligt?|lukket|fortroligt?)"
                        r"(\s+(punkt|sag|dagsordenspunkt|møde))?\)?\s*[:.]?$", re.IGNORECASE)
# a page's number ("Side 2", "Side 2 af 9", "Page 3"): page furniture, never a title
_PAGE_RE = re.compile(r"^(side|page)\s+\d+(\s*(af|of|/)\s*\d+)?$", re.IGNORECASE)
_CONTINUED_RE = re.compile(r"[(\[]\s*(?:fortsat|forts\.|fortsættelse|continued)\s*[)\]]$"
                           r"|\s[-–]\s*(?:fortsat|fortsættelse)$", re.IGNORECASE)
_QUOTE_OPEN = ("\"", "“", "„", "«", "»", "'")
_MAX_TITLE_CHARS = 250

# --- case numbers --------------------------------------------------------------------
_CASE_LABEL_RE = re.compile(
    r"^(?:sags?\.?[\s-]*(?:nr|nummer|id)|sag(?=\s*:)|sagsnummer|sag\s+nr|j\.?\s*nr|journal\s*(?:nr|nummer)|"
    r"journalnummer|(?:esdh|acadre|sbsys|edoc|captia|docunote)[\s-]*(?:sags)?[\s-]*(?:nr|id))\.?\s*:?\s*(.*)$",
    re.IGNORECASE,
)
_CELL_CASE_RE = re.compile(r"^sag\.?\s+(\S+)$", re.IGNORECASE)  # "Sag 25-002334"
_CASE_VALUE_RE = re.compile(r"^[\w][\w./\-]*\d[\w./\-]*$")
_CASE_BARE_RE = re.compile(
    r"^(\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|[A-Z]{2,5}-\d{4}-\d+|\d{2,4}/\d{2,6}"
    r"|\d{2}-\d{4,6}[A-Z]?"
    r"|\d{2}\.\d{2}\.\d{2}[-.]\w+[-.]\d+[-.]\d+)$"
)
_CASE_IN_TITLE_RE = re.compile(
    r"\s*[(\[]\s*(?:sags?\.?\s*nr\.?|sagsnummer|j\.?\s*nr\.?)\s*:?\s*([^)\]]+?)\s*[)\]]\s*$"
    r"|\s+[-–]\s*(?:sags?\.?\s*nr\.?|sagsnummer|j\.?\s*nr\.?)\s*:?\s*(\S+)\s*$",
    re.IGNORECASE,
)
# a case-number label inside a line: the rules took a title's next line with it
_CASE_IN_TEXT_RE = re.compile(r"\s(sags?\.?\s*nr|sagsnummer|sags-id|j\.\s*nr|journalnr)\.?\s*:?\s*"
                              r"[\w./\-]*\d[\w./\-]*$", re.IGNORECASE)
# fields on one metadata line: a middle dot, bullet, bar, dash, slash, comma, semicolon or
# tab between them
_META_SEPARATOR_RE = re.compile(r"\s+[·•|–—/-]\s+|[,;]\s+|\t")
_REFERENCE_RE = re.compile(r"^(dok\.?\s*nr|dokument\s*nr|akt\s*id|ansvarlig|sagsbehandler)\b",
                           re.IGNORECASE)

# --- meeting fields --------------------------------------------------------------------
_FIELD_RE = re.compile(
    r"^(?:(?P<label>dato|tidspunkt|tid|sted|lokale|medlemmer|udvalg|forum|hvornår|hvor)\b\s*(?:[:\t]\s*|\s{2,}|$)"
    r"|(?P<long>mødedato|mødetidspunkt|mødested|mødelokale|mødedeltagere|deltagere|til stede|"
    r"tilstede|fremmødte|fraværende|fravær|afbud|mødeforum)\b\s*:?\s*)(?P<value>.*)$",
    re.IGNORECASE,
)
_FIELD_KIND = {
    "mødedato": "date", "dato": "date", "tidspunkt": "time", "mødetidspunkt": "time",
    "tid": "time", "sted": "place", "mødested": "place", "mødelokale": "place",
    "lokale": "place", "deltagere": "present", "mødedeltagere": "present",
    "til stede": "present", "tilstede": "present", "medlemmer": "present",
    "fremmødte": "present", "fraværende": "absent", "fravær": "absent", "afbud": "absent",
    "udvalg": "udvalg", "mødeforum": "udvalg", "forum": "udvalg",
    "hvornår": "time", "hvor": "place",  # the question a field answers
}
# also in a compound ("Mødereferat", "Udvalgsdagsorden", "Byrådsreferatet")
_KIND_RE = re.compile(r"\b(?:møde|udvalgs|byråds|[a-zæøå]{2,}s-?)?"
                      r"(referat|beslutningsprotokol|dagsorden|protokol)(?:et|en)?\b",
                      re.IGNORECASE)
_BODY_RE = re.compile(
    r"\b\S*(udvalg(?:et|ets)?|byråd(?:et|ets)?|kommunalbestyrelse(?:n|ns)?|regionsråd(?:et|ets)?|"
    r"magistrat(?:en|ens)?|økonomiudvalg\S*|[\w-]*råd(?:et|ets)|[\w-]*nævn(?:et|ets)?|"
    r"forretningsudvalg\S*)\b",
    re.IGNORECASE,
)
_BODY_PREFIX_RE = re.compile(
    r"^((hermed|vedhæftet|herunder|nedenfor)\s+(følger\s+|fremsendes\s+)?)?"  # a mail's
    r"((åbent|lukket|ekstraordinært|ordinært)\s+)?(referat|dagsorden|beslutningsprotokol)\b"
    r"[\s:,-]*((fra|for|af|til|over)\s+)?((det\s+)?(ekstraordinære|ordinære)\s+)?"
    r"((mødet?|møde)\s+(i|for)\s+)?",
    re.IGNORECASE,
)
_BODY_SUFFIX_RE = re.compile(
    r"(\s*[-–,]\s+|\s+)((d\.|den|mødedato)\s+)?(\d{1,2}[.\-/ ]|mandag|tirsdag|onsdag|torsdag|"
    r"fredag|lørdag|søndag|\d{4}-).*$|\s+(ordinære\s+|ekstraordinære\s+)?møde\b.*$"
    # the kind of document after the name ("Økonomiudvalget - Referat", "– Åbent referat")
    r"|\s*[-–,:|·•]\s*((åbent|lukket)\s+)?(referat|dagsorden|beslutningsprotokol)\b.*$",
    re.IGNORECASE,
)
_TIME_RE = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d{2}", re.IGNORECASE)
_GENITIVE_RE = re.compile(r"(et|en|udvalg)s$")
# What an association's or a parliament's minutes say of themselves.
_NOT_MUNICIPAL_RE = re.compile(
    r"generalforsamling|\bforening|boligafdeling|afdelingsmøde|beboermøde|beboerforening|"
    r"ejerforening|andelsbolig|grundejer|dirigent|stemmetæller|folketing|\bbestyrelsesreferat",
    re.IGNORECASE,
)
# ... and what their agendas' items are (a kommune's items may name an association)
_NOT_MUNICIPAL_ITEM_RE = re.compile(r"^valg af (dirigent|stemmetæller|referent|bestyrelse)|"
                                    r"generalforsamling", re.IGNORECASE)
_SENTENCE_END = ".:!?)"
_MAX_HEADING_CHARS = 120
_RUN_IN_MAX = 90  # "Beslutning i Beskæftigelses- og Erhvervsudvalget den …"
_WINDOW = 8  # lines after a candidate title searched for evidence


@dataclass
class _Candidate:
    index: int  # the line that opens the item (its title line when the number follows)
    number: int
    title: str
    kind: str
    style: tuple
    title_end: int  # the index after the candidate's own title lines
    weight: float = 0.0
    evidence: list[str] = field(default_factory=list)
    printed: str = ""  # the number as printed when not in digits ("IV", "C", "2.3")
    status: str = ""  # "åbent punkt" / "lukket punkt" printed with the opening
    status_line: int = -1  # the first line above the opening that belongs to its item
    case_number: str | None = None  # printed above the opening


@dataclass
class Reading:
    """What the generic reader found besides the Meeting (its confidence needs it)."""

    toc: list[tuple[int | None, str]]


# --- entry point ---------------------------------------------------------------------


def parse_lines(lines: list[Line], source: str) -> Meeting:
    """Parse a document's lines into a Meeting; NotMinutes when it holds no agenda."""
    meeting, _ = read_lines(lines, source)
    return meeting


def read_lines(lines: list[Line], source: str) -> tuple[Meeting, Reading]:
    """The Meeting and what was found on the way (the table of contents)."""
    unsplit = label_value_items(_typeset(_one_dash(lines)))
    lines = split_run_in(unsplit)
    body = _body_size(lines)
    lines = _join_broken_titles(title_before_fields(lines, body, _marked), body)
    toc_rows = _toc_rows(lines)
    toc = table_of_contents(lines, toc_rows)
    candidates = [
        c for i, line in enumerate(lines)
        if i not in toc_rows and (c := _candidate(lines, i, body)) is not None
    ]
    candidates = _lone_word_marks(_marker_side(candidates, lines, body), lines, body)
    candidates = _without_attachment_lists(candidates, lines)
    above = _categories(lines, [c.index for c in candidates])
    for c in candidates:
        _weigh(c, lines, body, toc, candidates, above)
    chain = _best_chain(candidates)
    chain = _recover_from_toc(chain, toc, lines, toc_rows)
    hstyle = _heading_style(lines, body)
    headed = _heading_chain(lines, toc_rows, body, hstyle)
    listed = len(chain) >= 2 and all(_next_text(lines, a.title_end) == b.index
                                     for a, b in zip(chain, chain[1:], strict=False))
    numbered = _numbers_from_agenda(chain, headed) if listed else None
    if numbered:
        # numbered lines one under the other that the headings below repeat (in their own
        # wording) are the agenda: it numbers the items set apart under it
        chain = numbered
    elif len(headed) >= 2 and listed and headed[0].index < chain[0].index:
        # numbered lines one under the other inside an item set apart by headings ("1.
        # Orientering …" / "2. …" in its text) are a list, not the items
        chain = headed
    elif len(headed) > len(chain) and (len(chain) < 2 or len(headed) >= 2 * len(chain)) \
            and not (chain and _PUNKT_RE.match(lines[chain[0].index].text.strip())
                     and chain[0].index < headed[0].index):
        # items under headings, a few numbered lines in their text; but lines set apart
        # under a "Punkt 1" that opens the agenda are that item's, not items
        chain = headed
    if not chain:
        raise NotMinutes("no agenda items found")
    first = chain[0].index
    header = _header([line for i, line in enumerate(lines[:first]) if i not in toc_rows], body)
    kind_word = _kind_word(header)
    _reject_non_minutes(header, chain)
    strict = _strict_headings(unsplit if _whole_line_headings(unsplit) >= 3 else lines, body)
    _preamble(chain, lines, max(toc_rows, default=-1))
    _title_after_metadata(chain, lines)
    ends = [c.status_line if c.status_line >= 0 else c.index
            for c in chain[1:]] + [len(lines)]
    columns = _column_headings(lines[:chain[0].index + 1])
    marks = legend_codes(lines[:chain[0].index])
    items = [_item(lines, c, end, strict, body, kind_word, hstyle, columns, marks)
             for c, end in zip(chain, ends, strict=True)]
    if kind_word is None and not all(i.case_number and any(s.heading for s in i.sections)
                                     for i in items):
        # no "Referat"/"Dagsorden" before the items: only an item with a case number and
        # section headings (one item published as a file of its own) is taken
        raise NotMinutes("no agenda items found (no 'Referat' or 'Dagsorden' before them)")
    if not _enough_evidence(items, chain, toc) and not _agenda_list(kind_word, chain, items):
        raise NotMinutes("no agenda items found (numbered lines without minutes' structure)")
    fields = _fields(lines[:first])
    udvalg = fields.get("udvalg") or _udvalg(header)
    meeting = Meeting(
        kommune=_kommune(header, lines, udvalg),
        udvalg=udvalg,
        date=_date(fields, header),
        kind=kind_word or _kind_from_items(items),
        place=fields.get("place") or _place_after_time(header) or _place_beside_time(header),
        participants=_names(fields.get("present", "")),
        source=source,
        items=items,
    )
    return meeting, Reading(toc=toc)


# Dashes as the reader's patterns know them: an em dash, a figure dash or a horizontal
# bar ("Title — pkt. 14") is the en dash ("–") every pattern allows.
_DASHES = str.maketrans({"—": "–", "‒": "–", "―": "–"})


def _one_dash(lines: list[Line]) -> list[Line]:
    """The lines with every dash between words written as the en dash (`_DASHES`)."""
    return [replace(line, text=line.text.translate(_DASHES))
            if "—" in line.text or "‒" in line.text or "―" in line.text else line
            for line in lines]


# a short line wholly in square brackets: "[Resume]", "[Beslutning]"
_BRACKETED_RE = re.compile(r"^\[\s*((?-i:[A-ZÆØÅ])[^\[\]]{0,79}?)\s*\]\s*:?$")
_BRACKETED_MAX_WORDS = 6
# a line drawn in one character under a line of text: "Beslutning" / "----------"
_UNDERLINE_RE = re.compile(r"^([=\-~_*])\1{2,}$")


def _typeset(lines: list[Line]) -> list[Line]:
    """The lines with what plain text sets apart by characters written as bold type: a
    short capitalised line in square brackets ("[Resume]") as its words, a line (or the few
    lines of a wrapped title) underlined by a rule of its width ("Sagsfremstilling" /
    "================") as itself, the rule no text. Both are read as a heading or a title
    in bold is read, known or not."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        m = _BRACKETED_RE.match(text)
        if m and len(m.group(1).split()) <= _BRACKETED_MAX_WORDS and "\t" not in line.text:
            line = replace(line, text=m.group(1), bold=True)
        block = _block_above(out)
        widest = max((len(out[k].text.strip()) for k in block), default=0)
        if (_UNDERLINE_RE.match(text) and line.size is None and block
                and abs(len(text) - widest) <= max(3, widest // 5)):
            for k in block:
                out[k] = replace(out[k], bold=True)
            line = replace(line, text="")
        out.append(line)
    return out


def _block_above(lines: list[Line]) -> list[int]:
    """The indexes of the last lines up to a blank one, when they are a heading's or a
    title's few (at most three: more are a paragraph)."""
    k = len(lines)
    while k > 0 and lines[k - 1].text.strip() and len(lines) - k <= 3:
        k -= 1
    return list(range(k, len(lines))) if 0 < len(lines) - k <= 3 else []


# a title line broken inside its marker or status: "… – sag" / "14 - Åben", "… pkt." /
# "14", "… sag 15 -" / "Åben", "… (Lukket" / "punkt)"
_MARK_TAIL_RE = re.compile(r"(?:^|\s)[-–,]?\s*[(\[]?(?:punkt|pkt\.?|sag|nr\.?)$|\s[-–]$"
                           r"|\s(?P<status>lukket|åbent?|fortroligt?)$", re.IGNORECASE)
_MARK_HEAD_RE = re.compile(r"^(?:(?:(?:punkt|pkt\.?|sag)\s*(?:nr\.?\s*)?)?\d{1,3}[a-f]?[)\]]?"
                           r"(?:\s|$)|[(\[]?(?:lukket|åbent?|fortroligt?)(?:\s+(?:punkt|sag))?[)\]]?$)",
                           re.IGNORECASE)
# a line that holds only the title's number after it: "– sag 102 (Åben)", "(punkt 3)"
_MARK_LINE_RE = re.compile(r"^[-–(\[]\s*(?:punkt|pkt\.?|sag)\s*(?:nr\.?\s*)?\d{1,3}[a-f]?[)\]]?"
                           r"(?:\s*[(\[]?\s*(?:lukket|åbent?|fortroligt?)(?:\s+(?:punkt|sag))?"
                           r"\s*[)\]]?)?$", re.IGNORECASE)
_STATUS_TAIL_RE = re.compile(r"^(?:punkt|sag|dagsordenspunkt)[)\]]?$", re.IGNORECASE)


def _join_broken_titles(lines: list[Line], body: float | None) -> list[Line]:
    """A line set apart (a PDF's title) broken inside its marker or its status, and the
    short line set alike under it that completes them, are one line: "… (Lukket" /
    "punkt)", "… – sag" / "14 - Åben", "… sag 15 -" / "Åben", "… - Åben" / "sag", "…" /
    "(Åben)". Body text is left as it is."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        text = line.text.strip()
        if (prev is not None and prev.size is not None and _styled(prev, body)
                and (prev.size, prev.bold) == (line.size, line.bold)
                and len(text.split()) <= 4 and (
                    (prev.text.count("(") + prev.text.count("[")
                     > prev.text.count(")") + prev.text.count("]")
                     and text.endswith((")", "]")) and "(" not in text and "[" not in text)
                    or _MARK_LINE_RE.match(text)
                    or ((m := _STATUS_SUFFIX_RE.search(f" {text}")) is not None
                        and m.start() == 0)
                    or ((tail := _MARK_TAIL_RE.search(prev.text.rstrip()))
                        and (_STATUS_TAIL_RE.match(text) if tail.group("status")
                             else _MARK_HEAD_RE.match(text))))):
            out[-1] = replace(prev, text=f"{prev.text.rstrip()} {text}")
        else:
            out.append(line)
    return out


# --- items laid out as label/value rows --------------------------------------------------

# "Punkt<tab>3", "Dagsordenspunkt:   3", "Nr. 3": a row that gives the item's number ...
_ITEM_ROW_RE = re.compile(
    r"^(?:dagsordens)?(?:punkt|pkt\.?)(?:\s*nr\.?)?\s*(?::\s*|\t\s*|\s{2,}|\s)(\d{1,4})\.?$"
    r"|^(?:nr|nummer)\.?\s*(?::\s*|\t\s*|\s{2,}|\s)(\d{1,4})\.?$",
    re.IGNORECASE,
)
_TITLE_LABEL_RE = re.compile(r"^(?:emne|titel|overskrift|sagens titel|sagstitel|sagsnavn|"
                             r"punktets titel)\s*:\s*(?=\S)", re.IGNORECASE)
# ... and the row after it that gives the title ("Emne<tab>title", "Overskrift: title")
_TITLE_ROW_RE = re.compile(
    r"^(?:emne|titel|overskrift|sagens titel|sagstitel|sagsnavn|sag|punktets titel)"
    r"\s*(?::\s*|\t\s*|\s{2,})(\S.*)$",
    re.IGNORECASE,
)


def label_value_items(lines: list[Line]) -> list[Line]:
    """Items laid out as label/value rows (a number row, then a title row) rewritten as
    one opening line "Punkt N: title"; the title row is left empty."""
    out = list(lines)
    for i, line in enumerate(lines):
        m = _ITEM_ROW_RE.match(line.text.strip())
        j = _next_text(lines, i + 1) if m else None
        t = _TITLE_ROW_RE.match(lines[j].text.strip()) if j is not None else None
        if m and t and not _case_label(lines[j].text):  # "Sag: 23-012094" is the case
            parts = [t.group(1).split("\t")[0].strip()]
            wrapped = _wrapped_value(lines, j + 1)
            parts += [lines[k].text.strip() for k in wrapped]
            for k in [j, *wrapped]:
                out[k] = Line("", lines[k].page, lines[k].size, False, 0)
            out[i] = Line(f"Punkt {m.group(1) or m.group(2)}: {join_wrapped(parts)}", line.page,
                          line.size, True, line.level)
    _number_field_under_title(lines, out)
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
    for i, line in enumerate(lines):
        text = line.text.strip()
        number, rows, top = None, [i], i
        if m := (_ITEM_FIELD_RE.match(text) or _field_cells(text)):
            number, rest[i] = m.group(1), m.group(2)
            k = _next_text(lines, i + 1)
            if k == i + 1 and (lines[k].level or lines[k].bold) \
                    and _title_like(lines[k].text) and _type(lines[k]) != _type(line):
                under[i] = (k, number)
        elif _ITEM_LABEL_RE.match(text):
            j = _next_text(lines, i + 1)
            if j is not None and j - i <= 2 and lines[j].text.strip().rstrip(".").isdigit():
                number, rows = lines[j].text.strip().rstrip("."), [i, j]
        elif (m := _ITEM_ROW_RE.match(text)) and out[i] is lines[i]:
            while (k := _prev_text(lines, top - 1)) is not None and k == top - 1 \
                    and i - k <= 3 and _item_fields(lines, k, 1):
                top = k  # the item's fields above its number ("Sagsnr.: …" / "Punkt: 4")
            fields = [k for k in _item_fields(lines, top, 4) if k != i]
            number = m.group(1) or m.group(2)
            lone.add(i)
            bare.update([] if fields else [i])
            for k in fields:
                if s := _STATUS_FIELD_RE.match(lines[k].text.strip()):
                    status[i] = s.group(1)
                    rows.append(k)
        if number is None or len(number) > 4:
            continue
        title = _prev_text(lines, top - 1)
        if (title is None or top - title > 2 or not _title_like(lines[title].text)
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
            and len({_type(lines[t]) for t, _ in under.values()}) == 1:
        _fields_over_titles(lines, out, under, rest)
        found = [f for f in found if f[1][0] not in under]
    fielded = [f for f in found if f[1][0] not in bare]
    found = found if len(fielded) >= 2 else fielded
    if len({(lines[t].level, lines[t].size, lines[t].bold) for t, _, _ in found}) != 1 \
            or len(found) < 2:
        return
    for title, rows, number in found:
        line, wrapped = lines[title], paragraph.get(title, [title])
        while rows[0] in lone and len(wrapped) < 3 and _wrapped_heading(lines, wrapped[0]):
            wrapped.insert(0, _prev_text(lines, wrapped[0] - 1))
        text = join_wrapped([lines[k].text.strip() for k in wrapped])
        badge = f" ({status[rows[0]]})" if rows[0] in status else ""
        out[title] = Line(f"Punkt {number}: {text}{badge}", line.page, line.size, True,
                          line.level)
        for k in wrapped[:-1]:
            out[k] = Line("", lines[k].page, lines[k].size, False, 0)
        for k in rows:
            out[k] = Line(rest.get(k, ""), lines[k].page, lines[k].size, False, 0)


# "Punkt: 4<tab>Sagsnr.: …<tab>Status: Åben": the number, then item fields in cells
_ITEM_CELLS_RE = re.compile(r"^(?:(?:dagsordens)?(?:punkt|pkt\.?)(?:\s*nr\.?)?|nr\.?|nummer)"
                            r"\s*:?\s*(\d{1,4})\.?\t\s*(\S.*)$", re.IGNORECASE)


def _field_cells(text: str) -> re.Match[str] | None:
    """A line of an item's number and its fields in cells (each a case number or a
    status), as a match of the number and the rest."""
    m = _ITEM_CELLS_RE.match(text)
    return m if m and all(_case_label(c) or _STATUS_FIELD_RE.match(c.strip())
                          for c in m.group(2).split("\t")) else None


def _type(line: Line) -> tuple[int, float | None, bool]:
    return line.level, line.size, line.bold


def _fields_over_titles(lines: list[Line], out: list[Line],
                        under: dict[int, tuple[int, str]], rest: dict[int, str]) -> None:
    """Each line of fields right over a title set apart becomes the opening "Punkt N:
    title" (a wrapped title whole, a status field into it), the title's first line keeps
    the other fields."""
    for i, (title, number) in under.items():
        cells = rest[i].split("\t")
        status = [s.group(1) for c in cells if (s := _STATUS_FIELD_RE.match(c.strip()))]
        badge = f" ({status[0]})" if status else ""
        line, wrapped = lines[title], [title]
        while len(wrapped) < 3 and (k := wrapped[-1] + 1) < len(lines) \
                and _type(lines[k]) == _type(line) and _title_like(lines[k].text):
            wrapped.append(k)  # the title wrapped onto lines of its type
        text = join_wrapped([lines[k].text.strip() for k in wrapped])
        out[i] = Line(f"Punkt {number}: {text}{badge}", line.page, line.size, True, line.level)
        for k in wrapped[1:]:
            out[k] = Line("", line.page, line.size, False, 0)
        out[title] = Line("\t".join(c for c in cells if not _STATUS_FIELD_RE.match(c.strip())),
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
            or not all(_title_like(lines[b].text) for b in block):
        return []
    return block


def _wrapped_heading(lines: list[Line], k: int) -> bool:
    """Whether the line right above line `k` is in its type (a heading wrapped onto `k`)."""
    above = _prev_text(lines, k - 1) if k else None
    return above is not None and k - above == 1 and (
        lines[above].level, lines[above].size, lines[above].bold) == (
        lines[k].level, lines[k].size, lines[k].bold)


# an item's status as a field of its own ("Status: Lukket", "Adgang: Åben")
_STATUS_FIELD_RE = re.compile(r"^(?:status|adgang|offentlighed)\s*:\s*"
                              r"(åbent?|lukket|fortroligt?|offentligt?|ikke\s+offentligt?)"
                              r"(?:\s+(?:punkt|sag))?\.?$", re.IGNORECASE)


def _item_fields(lines: list[Line], start: int, most: int = 3) -> list[int]:
    """The lines from `start` that are fields of an item (a case number, a status, its
    number), up to the first line that is none; at most `most`."""
    rows: list[int] = []
    k = _next_text(lines, start)
    while k is not None and len(rows) < most and (
            _case_label(lines[k].text) or _STATUS_FIELD_RE.match(lines[k].text.strip())
            or _ITEM_ROW_RE.match(lines[k].text.strip())):
        rows.append(k)
        k = _next_text(lines, k + 1)
    return rows


def _wrapped_value(lines: list[Line], start: int) -> list[int]:
    """The lines a value cell wrapped onto (a PDF drops the empty label cell): lines
    without a cell or label, ended within three by the table's next labelled row."""
    run = []
    for k in range(start, min(len(lines), start + 4)):
        text = lines[k].text.strip()
        if "\t" in text or _case_label(text) or _heading_text(text) or _FIELD_RE.match(text):
            return run
        if text:
            run.append(k)
    return []


# --- run-in headings ------------------------------------------------------------------


def split_run_in(lines: list[Line]) -> list[Line]:
    """Split "Heading: text on the same line" (or a label cell beside its text,
    "Heading<tab>text") into a heading line and a text line.

    Only when the part before the colon is a known heading phrase (`index.sections`),
    or a short heading the table types by pattern or by its words ("Beslutning i
    Byrådet den 12-03-2024: Godkendt.", "Teknisk Udvalgs beslutning: …"), but not an
    attachment's ("Bilag 1: Notat" is a line of an attachment list).
    """
    out: list[Line] = []
    for line in lines:
        closed = close_letterspacing(line.text)  # "B E S L U T N I N G:": typography
        if closed is not None:
            line = Line(closed, line.page, line.size, line.bold, line.level)
        head, sep, rest = line.text.strip().partition(":")
        if "\t" in head:
            head, sep, rest = line.text.strip().partition("\t")
        margin = re.split(r"\s{2,}", line.text.strip(), maxsplit=1)
        if len(margin) == 2 and heading_phrase(margin[0]) \
                and not (sep and rest.strip() and _run_in_head(head)):
            # a heading in the left margin, its text in the column beside it
            head, sep, rest = margin[0], "\t", margin[1]
        dashed = re.split(r"\s+[-–—]\s+", line.text.strip(), maxsplit=1)
        if not (sep and rest.strip() and _run_in_head(head)) and len(dashed) == 2 \
                and heading_phrase(dashed[0]) and dashed[0][:1].isupper() \
                and _opens_text(dashed[1]) \
                and (dashed[1].rstrip().endswith((".", "!")) or dashed[0].isupper()
                     or len(dashed[1].split()) >= 8):
            # "Beslutning – Godkendt.": a known heading, a dash and a sentence, a
            # paragraph, or any text after a heading set apart in capitals
            # ("SAGSFREMSTILLING – Kommunen har …", "INDSTILLING – Direktionen indstiller,")
            head, sep, rest = dashed[0], "–", dashed[1]
        stopped = [x.strip() for x in re.split(r"\.\s+", line.text.strip(), maxsplit=1)]
        if not (sep and rest.strip() and _run_in_head(head)) and len(stopped) == 2 \
                and heading_phrase(stopped[0]) and stopped[0][:1].isupper() \
                and _opens_text(stopped[1]):
            # "Sagsfremstilling. Kommunen har …": a known heading closed by a full stop
            # (a heading opens with a capital: "beslutning. Det gælder …" ends a sentence
            # wrapped from the line above)
            head, sep, rest = stopped[0], ".", stopped[1]
        if sep == "\t" and rest.strip() and not rest.strip(" :.;–-\t"):
            # "Heading<tab>:" (a colon in a span of its own): the heading's own colon
            line = Line(head.strip() + rest.strip(), line.page, line.size, line.bold,
                        line.level)
            head, sep, rest = line.text, "", ""
        if (sep and rest.strip() and len(head) <= _RUN_IN_MAX and "\t" not in head
                and _run_in_head(head) and not _FIELD_RE.match(line.text.strip())):
            out.append(Line(head.strip() + ":", line.page, line.size, True, line.level))
            out.append(Line(rest.strip(), line.page, line.size, False, 0))
        else:
            out.append(line)
    return out


def _opens_text(text: str) -> bool:
    """Whether text opens a sentence or a numbered point ("Kommunen …", "1. Godkendt.")."""
    return text[:1].isupper() or text[:1].isdigit()


def _run_in_head(head: str) -> bool:
    head = _unnumbered(head.strip())
    if heading_phrase(head):
        return True
    # a section word in it: a decision's repeated marker ("Byrådets møde 12.03.2024,
    # punkt 2: Godkendt.") stays the decision's text; a decision history's entry without
    # an item number ("Økonomiudvalget, 05.03.2024: Anbefales.") is a heading
    return (bool(head) and head[0].isupper() and len(head.split()) <= 10
            and section_type(head) not in (None, "bilag", "other")
            and (any(section_type(word) for word in head.split())
                 or history_entry(head) and not re.search(r"\b(punkt|pkt)\b", head, re.I)))


# --- table of contents ------------------------------------------------------------------


def _toc_rows(lines: list[Line]) -> set[int]:
    """Indexes of table-of-contents lines: after an "Indholdsfortegnelse" heading, or
    any run of three or more lines that end in a page number after leaders."""
    rows: set[int] = set()
    run: list[int] = []
    in_toc = False
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if _TOC_HEADING_RE.match(text):
            in_toc = True
            rows.add(i)
            continue
        if _TOC_ENTRY_RE.search(text) and len(text) > 4:
            run.append(i)
            continue
        if in_toc and run:
            rows.update(run)
        elif len(run) >= 3:
            rows.update(run)
        if run or (in_toc and not _TOC_ENTRY_RE.search(text)):
            in_toc = in_toc and not run
        run = []
    if len(run) >= 3 or (in_toc and run):
        rows.update(run)
    return rows


def table_of_contents(lines: list[Line], rows: set[int]) -> list[tuple[int | None, str]]:
    """The entries (item number or None, title) of the table-of-contents lines; an
    entry wrapped over lines (only its last ends in a page number) is joined."""
    entries = []
    pending = ""
    for i in sorted(rows):
        text = lines[i].text.strip()
        if _TOC_HEADING_RE.match(text):
            continue
        if not _TOC_ENTRY_RE.search(text):
            pending = f"{pending} {text}".strip()
            continue
        entries.append(_toc_entry(f"{pending} {text}".strip()))
        pending = ""
    return entries


def _toc_entry(text: str) -> tuple[int | None, str]:
    """(item number or None, title) of one table-of-contents line."""
    text = _TOC_ENTRY_RE.sub("", text.strip()).strip(" .…_\t")
    for regex in (_PUNKT_RE, _DOTTED_RE, _NUMBER_RE):
        m = regex.match(text)
        if m:
            number, title = _number_title(m)
            if title:
                return number, _clean_title(title)
    return None, _clean_title(text)


def _number_text(m: re.Match[str]) -> str:
    """The item number as a numbering pattern's match prints it; a sub-item's letter
    set apart from its parent's number ("5.a", "5 a)") joins it ("5a")."""
    return _SUB_APART_RE.sub(r"\1\2", _number_text_printed(m))


_SUB_APART_RE = re.compile(r"^(\d{1,4})[.\s]([a-f])$")


def _number_text_printed(m: re.Match[str]) -> str:
    if m.re is _ORDINAL_RE:
        return m.group(1) or m.group(2)
    if m.re is _PUNKT_RE:
        return m.group(1) or m.group(2) or m.group(3)
    if m.re is _WORD_MARK_RE:
        return m.group(2)
    if m.re is _DOTTED_RE:
        return f"{m.group(1)}.{m.group(2)}"
    return m.group(2) if m.re is _TRAILING_RE else m.group(1)


def _number_title(m: re.Match[str]) -> tuple[int, str]:
    """(number's value, title) of a numbering pattern's match (0 for no valid numeral)."""
    alone = m.re in (_NUMBER_ONLY_RE, _DASHED_NUMBER_RE)
    title = "" if alone else (m.group(m.re.groups) or "").strip()
    return _value(_number_text(m)), title


def _value(number: str) -> int:
    """An item number's value for the increasing-numbers guard: "2.3" counts as 2003, a
    roman numeral or a letter its place ("IV" 4, "C" 3)."""
    if number[-1:].isalpha() and number[:-1].isdigit():  # "5a": an item added after 5
        return int(number[:-1])
    if number.isalpha():
        return (_roman_value(number) if set(number) <= set(_ROMAN)
                else "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ".index(number) + 1)
    major, _, minor = number.partition(".")
    return int(major) * 1000 + int(minor) if minor else int(major)


def _roman_value(text: str) -> int:
    """The value of a roman numeral written the usual way, else 0."""
    values = [_ROMAN[ch] for ch in text]
    total = sum(-v if k + 1 < len(values) and v < values[k + 1] else v
                for k, v in enumerate(values))
    return total if total > 0 and _roman(total) == text else 0


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


# --- candidates -------------------------------------------------------------------------


# A status printed after the title, or after the number that follows it: "Title (Lukket
# punkt)", "Title – pkt. 17 (Lukket)", "Title - Lukket", "Title [Fortrolig]", "Title (Ikke
# offentligt)". The item's, never part of its title nor in the way of its number.
_STATUS_SUFFIX_RE = re.compile(
    r"\s*(?:[(\[]\s*((?:lukket|åbent?|fortroligt?|ikke\s+offentligt?|offentligt?)"
    r"(?:\s+(?:punkt|sag|dagsordenspunkt|møde))?)\s*[)\]]"
    r"|\s[-–|:]\s*((?:lukket|åbent?|fortroligt?)(?:\s+(?:punkt|sag|dagsordenspunkt))?))$",
    re.IGNORECASE)
# ... or a cell beside the title, apart by a tab or a run of spaces, that holds the kind of
# matter the item is ("3. Title    Til beslutning"; an open or closed status in such a cell
# is read by `_item`): metadata, never part of the title, whatever column holds it
_STATUS_CELL_RE = re.compile(
    r"(?:\t|\s{3,})\s*((?:til\s+(?:beslutning|orientering|drøftelse|efterretning|godkendelse"
    r"|behandling|udtalelse|høring)))\s*$", re.IGNORECASE)
# the kind of matter an item is, printed in a column beside its title: metadata
_MATTER_RE = re.compile(r"^til\s+(?:beslutning|orientering|drøftelse|efterretning|godkendelse"
                        r"|behandling|udtalelse|høring)$", re.IGNORECASE)
_CLOSED_WORDS = ("lukket", "fortrolig", "ikke offentlig")


def _candidate(lines: list[Line], i: int, body: float | None,
               above: bool = False, word: bool = True) -> _Candidate | None:
    """The line as an item opening, or None. A status after the title (`_STATUS_SUFFIX_RE`)
    is taken off first, wherever the number stands, and kept as the item's status.
    `above`: a marker on a line of its own numbers the title above it when one is there
    (the side the document's other markers take, `_marker_side`); `word=False`: no word
    shape ("Budgetopfølgning 1 …") is read, for a line whose word shape is the only one
    of its kind (`_lone_word_marks`)."""
    text = lines[i].text.strip()
    m = _STATUS_SUFFIX_RE.search(text) or _STATUS_CELL_RE.search(text)
    if m is None or m.start() < 4:
        return _candidate_line(lines, i, body, above, word)
    bare = replace(lines[i], text=text[:m.start()])
    c = _candidate_line([*lines[:i], bare, *lines[i + 1:]], i, body, above, word)
    if c is not None and c.kind.endswith("-alone"):
        # "Punkt 4 - Lukket sag": the marker and its status alone; the status is all the
        # title the closed item prints, the next line is no title of its
        whole = _candidate_line(lines, i, body, above, word)
        if whole is not None and not whole.kind.endswith("-alone"):
            c = whole
    if c is not None and not c.status:
        c.status = " ".join((m.group(1) or m.group(m.lastindex or 1)).lower().split())
    return c


def _without_attachment_lists(candidates: list[_Candidate], lines: list[Line]
                              ) -> list[_Candidate]:
    """Numbered lines under a heading that names a list ("Bilag" / "1. Kortbilag" / "2.
    Notat om høringen"), one under the other from 1 in one type, are that list, not items:
    a number that restarts the sequence inside a section is a list's. A list of file names
    ("1. Situationsplan.pdf") ends at a line that names none (the next item's title)."""
    by_index = {c.index: c for c in candidates}
    listed: set[int] = set()
    for c in candidates:
        if c.number != 1 or c.index in listed:
            continue
        above = _prev_text(lines, c.index - 1)
        if above is None or section_type(lines[above].text.strip().rstrip(":")) != "bilag":
            continue
        run, expected, i = [c.index], 2, c.index
        files = bool(_FILE_NAME_RE.search(c.title))  # a list of file names ends at a title
        while (nxt := _next_text(lines, i + 1)) is not None and nxt in by_index \
                and by_index[nxt].number == expected and by_index[nxt].kind == c.kind \
                and _typography(lines[nxt]) == _typography(lines[c.index]) \
                and not (files and not _FILE_NAME_RE.search(by_index[nxt].title)):
            run.append(nxt)
            expected, i = expected + 1, nxt
        listed.update(run)
    return [c for c in candidates if c.index not in listed]


def _typography(line: Line) -> tuple:
    """What sets a line's type: size, weight and (HTML) heading level."""
    return line.size, line.bold, line.level


def _lone_word_marks(candidates: list[_Candidate], lines: list[Line],
                     body: float | None) -> list[_Candidate]:
    """A word shape that only one line has ("Budgetopfølgning 1 2022, … – sag 4") numbers
    nothing (it counts only as a chain): the line is read again without it, so the number
    the document's other lines carry after their titles is found."""
    kinds = Counter(c.kind for c in candidates)
    out = []
    for c in candidates:
        if c.kind.startswith("word:") and kinds[c.kind] == 1:
            again = _candidate(lines, c.index, body, word=False)
            if again is not None:
                c = again
        out.append(c)
    return out


def _marker_side(candidates: list[_Candidate], lines: list[Line],
                 body: float | None) -> list[_Candidate]:
    """Markers on lines of their own number the title on the side most of the document's
    do: where most take the title above ("Title" / "Punkt 14"), one whose title above is
    a closed item's with nothing under it takes that title too, not the next item's."""
    before = sum(c.kind.endswith("-before-alone") for c in candidates)
    after = [c for c in candidates if c.kind.endswith("-alone") and "-before" not in c.kind]
    if before <= 2 * len(after) or not after:
        return candidates
    again = {c.index: _candidate(lines, c.index, body, above=True) for c in after}
    return [again.get(c.index, c) if c.index in again else c for c in candidates
            if not (c.index in again and again[c.index] is None)]


def _candidate_line(lines: list[Line], i: int, body: float | None,
                    above: bool = False, word: bool = True) -> _Candidate | None:
    """The line as an item opening, or None (`above`: see `_candidate`)."""
    line = lines[i]
    text = line.text.strip()
    if not text or _TOC_ENTRY_RE.search(text):
        return None
    style = (line.bold, _size_class(line, body), line.level)
    text = _AGENDA_OWNER_RE.sub("", text)
    # "(punkt 3)" on a line of its own after the title it numbers
    m = _PUNKT_RE.match(text) or (_PUNKT_RE.match(text[1:-1]) if text[:1] in "([" and
                                  text[-1:] in ")]" and len(text) <= 16 else None)
    kind = "punkt" if m is None or m.string == text else "trailing"  # as "title (punkt 3)"
    if not m:
        m = _DOTTED_RE.match(text)
        kind = "dotted"
    if not m:
        m = _NUMBER_RE.match(text) or _NUMBER_ONLY_RE.match(text)
        kind = "number"
        if not m and (m := _DASHED_NUMBER_RE.match(text)) and _page_mark(lines, i):
            return None
        if not m:
            m = _NUMBER_SPACE_RE.match(text)
            kind = "number-space"
        if not m:
            m = _ORDINAL_RE.match(text)
            kind = "ordinal"
        if not m and word and not _TRAILING_RE.match(text):
            # an unnamed shape gives way to a named one on the same line: "Budgetopfølgning
            # 1 (2024) – pkt. 24" is item 24
            m = _word_mark(text)
            kind = f"word:{m.group(1).lower().rstrip('.')}" if m else kind
    if m:
        number, title = _number_title(m)
        start, end = i, i + 1
        if not title:
            nxt = _next_text(lines, i + 1)
            prev = _prev_text(lines, i - 1)
            after = _next_text(lines, nxt + 1) if nxt is not None else None
            if text.isdigit() and (nxt is None or not (
                    _styled(lines[nxt], body)
                    or (after is not None and _case_label(lines[after].text)))):
                # a bare number is an item's only before a title set apart, or a title
                # that a case number follows
                return None
            if m.re is _DASHED_NUMBER_RE and (nxt is None or not (
                    _styled(lines[nxt], body) or _evidence_under(lines, nxt))):
                # a dashed number likewise, or before a title (wrapped onto a second
                # line) that a case number or a known heading follows
                return None
            tail = _PUNKT_TAIL_RE.search(lines[prev].text) if prev is not None else None
            top = prev
            while (tail and top is not None and top > 0 and prev - top < 2
                   and lines[top].size is not None and _styled(lines[top], body)
                   and lines[top - 1].text.strip() and not lines[top].text.strip()[:1].isupper()
                   and (lines[top - 1].size, lines[top - 1].bold)
                   == (lines[top].size, lines[top].bold)):
                top -= 1  # "Title wrapped ... (punkt" / "6)": the title's first lines
            if (tail and kind == "number" and lines[top].text.strip()[:1].isupper()
                    and not _STATUS_RE.match(lines[top].text.strip())):
                title = _PUNKT_TAIL_RE.sub("", join_wrapped([lines[k].text.strip()
                                                      for k in range(top, prev + 1)]))
                return _Candidate(top, number, title, "trailing", style, i + 1)
            if nxt is not None and _status_title(lines, nxt):
                # "7" / "Fortrolig sag" / "… for lukkede døre.": the closed item's status
                # is all the title it prints
                status = " ".join(lines[nxt].text.split()).lower()
                return _Candidate(start, number, _clean_title(lines[nxt].text), kind + "-alone",
                                  style, nxt + 1, status=status,
                                  printed=_printed(_number_text(m)))
            status = ""
            hops = 0
            while (nxt is not None and hops < 2 and _STATUS_RE.match(lines[nxt].text.strip())
                   and not text.isdigit()):
                # "Punkt 3" / "Åbent punkt" / the title: the status is the item's
                status, nxt, hops = lines[nxt].text.strip(), _next_text(lines, nxt + 1), hops + 1
            if nxt is not None and _title_like(lines[nxt].text) and not (
                    above and prev is not None and _title_like(lines[prev].text)):
                title, end = lines[nxt].text.strip(), nxt + 1
                if status:
                    return _Candidate(start, number, title, kind + "-alone", style, end,
                                      status=status.strip("():").lower(),
                                      printed=_printed(_number_text(m)))
            elif prev is not None and _title_like(lines[prev].text):
                start = prev
                # a title wrapped over lines set alike (PDF) is taken whole
                while (lines[start].size is not None and _styled(lines[start], body)
                       and start > 0
                       and lines[start - 1].text.strip()
                       and (lines[start - 1].size, lines[start - 1].bold)
                       == (lines[start].size, lines[start].bold)
                       and i - start < 3):
                    start -= 1
                title = " ".join(lines[k].text.strip() for k in range(start, prev + 1))
                kind += "-before"
            else:
                return None
            kind += "-alone"
            return _Candidate(start, number, title, kind, style, end if start == i else i + 1,
                              printed=_printed(_number_text(m)))
        return _Candidate(start, number, title, kind, style, end,
                          printed=_printed(_number_text(m)))
    lead = _lead_column(text)
    if lead is not None:
        return _Candidate(i, lead[0], lead[1], lead[2], style, i + 1, printed=lead[3])
    m = _TRAILING_RE.match(text)
    if m and len(m.group(1)) > 3:
        start = _wrapped_title_start(lines, i, body)
        title = " ".join([*(lines[k].text.strip() for k in range(start, i)), m.group(1)])
        return _Candidate(start, _value(m.group(2)), title.strip(" -–,"), "trailing", style,
                          i + 1, printed=_printed(m.group(2)))
    m = _TRAILING_BARE_RE.match(text)
    if m and len(m.group(1)) > 3 and not _TOC_ENTRY_RE.search(text):
        number = next(g for g in m.groups()[1:] if g)
        start = _wrapped_title_start(lines, i, body)
        title = " ".join([*(lines[k].text.strip() for k in range(start, i)), m.group(1)])
        return _Candidate(start, _value(number), title.strip(" -–,|"), "trailing-bare",
                          style, i + 1, printed=_printed(number))
    return None


def _status_title(lines: list[Line], k: int) -> bool:
    """Whether line k, a closed status ("Fortrolig sag", "Lukket punkt"), is all the title
    its item prints: no title after it, only a note on the closed doors, the next item's
    marker or the end."""
    text = lines[k].text.strip()
    if not (_STATUS_RE.match(text) and text.lower().startswith(_CLOSED_WORDS)):
        return False
    after = _next_text(lines, k + 1)
    if after is None:
        return True
    below = lines[after].text.strip()
    return bool(_CLOSED_NOTE_RE.search(below) or _NUMBER_ONLY_RE.match(below)
                or _DASHED_NUMBER_RE.match(below) or _PUNKT_RE.match(below))


def _evidence_under(lines: list[Line], title: int) -> bool:
    """Whether a case number or a known section heading follows a title's line within
    two lines (the title's second line between)."""
    k = title
    for _ in range(2):
        k = _next_text(lines, k + 1)
        if k is None:
            return False
        text = lines[k].text.strip()
        if _case_label(text) or _heading_text(text):
            return True
    return False


def _page_mark(lines: list[Line], i: int) -> bool:
    """Whether a number set off by dashes ("- 2 -") marks its page: it is the page's
    number, at the edge of a page the document knows (its first or last line with text);
    or the text it interrupts goes on after it (the next line continues the sentence)."""
    prev, nxt = _prev_text(lines, i - 1), _next_text(lines, i + 1)
    page = lines[i].page
    if page is not None and any(j is None or lines[j].page != page for j in (prev, nxt)):
        return _DASHED_NUMBER_RE.match(lines[i].text.strip()).group(1) == str(page)
    return (prev is not None and nxt is not None
            and not lines[prev].text.rstrip().endswith(tuple(_SENTENCE_END))
            and lines[nxt].text.strip()[:1].islower())


def _wrapped_title_start(lines: list[Line], i: int, body: float | None) -> int:
    """Where a title that ends in its number on line i begins: up to two lines above set
    alike (a PDF title wrapped before its number), not a title that ends in its own; in
    a text export the line above when the two lines are a paragraph of their own."""
    line, start = lines[i], i
    if line.size is None and not line.level:  # a text export: the title's paragraph
        above = lines[i - 1].text.strip() if i > 0 else ""
        if (above and (i < 2 or not lines[i - 2].text.strip()) and _title_like(above)
                and not above.endswith((".", ":")) and not _ends_in_number(above)
                and lines[i - 1].bold == line.bold):
            return i - 1  # "Title wrapped onto" / "its last line    Pkt. 104"
        return i
    while (line.size is not None and _styled(line, body) and start > 0 and i - start < 2
           and lines[start - 1].text.strip()
           and (lines[start - 1].size, lines[start - 1].bold) == (line.size, line.bold)
           and not _ends_in_number(lines[start - 1].text)):
        start -= 1
    return start


def _marked(text: str) -> bool:
    """Whether a line carries an item's marker before or after its title."""
    return bool(_PUNKT_RE.match(text) or _ends_in_number(text))


def _ends_in_number(text: str) -> bool:
    """Whether a line ends in an item's number after its title ("… – pkt. 3 (Lukket)")."""
    text = _STATUS_SUFFIX_RE.sub("", text.strip())
    return bool(_TRAILING_RE.match(text) or _TRAILING_BARE_RE.match(text))


def _lead_column(text: str) -> tuple[int, str, str, str] | None:
    """"Kl. 16.00   3. Title", "09:30 3. Title", "Side A  3) Title": a numbered title
    after a leading column (a time, a short cell set apart by a tab or a run of spaces).
    The column's shape (its digits as 9) is part of the marker's shape, so the document's
    own recurring column is learned; like any unnamed shape it counts only as a chain."""
    m = _LEAD_RE.match(text)
    if m is None:
        return None
    rest = text[m.end():]
    n = _PUNKT_RE.match(rest) or _NUMBER_RE.match(rest)
    if n is None:
        return None
    number, title = _number_title(n)
    if not title or not _title_like(title) or not title[:1].isupper():
        return None
    shape = re.sub(r"\d", "9", m.group(1).strip().lower())
    return number, title, f"lead:{shape}", _printed(_number_text(n))


# a leading column before an item's number: a time ("Kl. 16.00", "16:00-16:30") or a short
# cell set apart by a tab or two spaces or more
_LEAD_RE = re.compile(
    r"^((?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+"
    r"|[^\s\d][^\t]{0,20}?(?:\t|\s{2,}))(?=\S)", re.IGNORECASE)


def _word_mark(text: str) -> re.Match[str] | None:
    """"Nr. 3 Title": a short word, a number and a title; not a heading's, a page's, a
    label's or a time's word ("Bilag 2 Notat", "Side 2", "Sagsnr. 24", "Kl. 16 …")."""
    m = _WORD_MARK_RE.match(text)
    if m is None:
        return None
    word = m.group(1).lower().rstrip(".")
    if (word in _NOT_MARK_WORDS or section_type(word) or _case_label(text)
            or _FIELD_RE.match(text) or _STATUS_RE.match(word)):
        return None
    return m


_NOT_MARK_WORDS = frozenset("side page kl klokken lov bilag år uge dato tid lokale "
                            "mødelokale mødesal rum bygning etage kapitel afsnit paragraf "
                            "stk trin fase".split())


def _printed(number: str) -> str:
    """The item number as printed when its value alone does not say it: a roman numeral
    or letter, a number within a group ("2.3"), a zero-padded number ("01")."""
    if number.isalpha() or number[-1:].isalpha():
        return number
    if "." in number:
        major, _, minor = number.partition(".")
        return f"{int(major)}.{int(minor)}" if int(minor) else str(int(major))
    return number if len(number) > 1 and number.startswith("0") else ""


# "Behandlet for lukkede døre.": the body of a closed item, a note on how it was handled
_CLOSED_NOTE_RE = re.compile(r"\b(?:for|bag)\s+lukkede\s+døre\b", re.IGNORECASE)


def _title_like(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) <= _MAX_TITLE_CHARS and not _heading_text(text) \
        and not _STATUS_RE.match(text) and not _PAGE_RE.match(text) \
        and not _CLOSED_NOTE_RE.search(text) \
        and not _case_label(text) and not _FIELD_RE.match(text) \
        and not _bare_case(text)


def _weigh(c: _Candidate, lines: list[Line], body: float | None,
           toc: list[tuple[int | None, str]], candidates: list[_Candidate],
           above: set[str]) -> None:
    """The candidate's weight: evidence for, guards against (weight 0 drops it)."""
    cells = [x.strip() for x in re.split(r"\s*[·|•]\s*|\s{3,}|\t", c.title) if x.strip()]
    if c.kind == "punkt" and cells and all(_STATUS_RE.match(x) or _case_label(x)
                                           for x in cells):
        # "Punkt 16 · Lukket punkt": a marker whose line holds only the item's metadata
        c.evidence.append("status")
        c.weight = 2.25
        return
    if cells and all(_STATUS_RE.match(x) for x in cells) \
            and cells[0].lower().lstrip("(").startswith(_CLOSED_WORDS):
        # "20. Lukket punkt": a closed item that prints only its status; weak, it takes
        # its place in the numbers' chain but opens nothing on its own
        c.evidence.append("status-title")
        c.weight = 1.0
        return
    title = _clean_title(c.title)
    bare = _CLOSED_RE.sub("", title)
    if (not bare or bare[0].islower() or bare.startswith(_QUOTE_OPEN)
            or len(bare) > _MAX_TITLE_CHARS
            # a line ending in a comma is a list's, unless a title set apart wraps there
            or (bare.endswith((",", ";")) and not _styled(lines[c.index], body)
                and not _closed_by_case(lines, c.title_end, lines[c.index]))
            or _heading_text(bare)
            # "Punkt 2: Godkendt." in a decision repeats an opening's marker; a "Punkt 2"
            # that no other line opens is the item ("Udsat byggeri …" as its title)
            or (_DECISION_PHRASE_RE.match(bare)
                and (c.kind != "punkt" or any(o.number == c.number and o is not c
                                              for o in candidates)))
            # "Økonomiudvalget, 05-03-2024, pkt. 22": a decision history's entry
            or (c.kind == "trailing" and _heading_text(lines[c.title_end - 1].text))
            or _FILE_NAME_RE.search(bare) or c.number == 0
            # a title repeated on the next page ("… (fortsat)") opens nothing
            or _CONTINUED_RE.search(bare)):
        c.weight = 0.0
        return
    prev = _prev_text(lines, c.index - 1)
    before = lines[prev].text.strip() if prev is not None else ""
    # a sentence ("... administrationens indstilling godkendes.") is no heading
    if prev is not None and not (before.endswith(".") and len(before.split()) >= 3
                                 and not heading_phrase(before)):
        kind = _heading_text(before)
        # a marker inside a decision, which repeats an opening's number; not a category
        # line the layout prints above its titles ("Til beslutning" / "Til orientering"),
        # nor an empty heading an agenda prints before the next item
        if kind in ("beslutning", "indstilling") \
                and _category_key(lines, c.index) not in above \
                and any(o.number == c.number and o is not c for o in candidates):
            c.weight = 0.0
            return
        if kind == "bilag" and normalise_heading(lines[prev].text) in HEADINGS:
            c.weight = 0.0  # the first line of a list under "Bilag"
            return
    line = lines[c.index]
    weight = 0.25  # numbering alone is weak: long numbered lists are no agenda
    if prev is not None and lines[prev].text.strip().endswith(":"):
        weight -= 0.2  # a line of a list that a sentence introduces
    if prev is not None and _STATUS_RE.match(before):
        c.evidence.append("status")  # "Åbent punkt" above it: an agenda item's
        weight += 2
    nxt = [c2.index for c2 in candidates if c2.index > c.index]
    stop = min([*nxt, c.title_end + _WINDOW, len(lines)])
    for j in range(c.title_end, stop):
        text = lines[j].text.strip()
        if not text:
            continue
        if _case_label(text) or _bare_case(text):
            c.evidence.append("case")
            weight += 2
            break
        if _heading_text(text):
            c.evidence.append("heading")
            weight += 2
            break
    if _styled(line, body) or line.level:
        c.evidence.append("styled")
        weight += 1
    elif c.kind == "number-space" and not c.evidence:
        c.weight = 0.0  # "3 medlemmer ..." or a table's row: a title set apart or backed
        return
    numbered = {n: t for n, t in toc if n is not None}
    if numbered.get(c.number) and _same_title(numbered[c.number], title):
        c.evidence.append("toc")
        weight += 3
    elif any(_same_title(t, title) for _, t in toc):
        c.evidence.append("toc")
        weight += 2
    c.weight = weight


def _best_chain(candidates: list[_Candidate]) -> list[_Candidate]:
    """The heaviest chain of increasing item numbers within one kind and style of line."""
    groups: dict[tuple, list[_Candidate]] = defaultdict(list)
    for c in candidates:
        if c.weight > 0:
            groups[(_shape(c.kind), c.style)].append(c)
    best: list[_Candidate] = []
    best_score = 0.0
    for key, members in groups.items():
        chain, score = _chain(members)
        if key[0].startswith(("word:", "trailing-bare", "lead:")) and (
                len(chain) < 2 or 3 * sum(bool(set(c.evidence) - {"styled"}) for c in chain)
                < 2 * len(chain)):
            # a shape no fixed pattern names ("Model 1: …", "title (2)") numbers items
            # only when it recurs and most of its lines show an item's evidence
            continue
        if score > best_score:
            best, best_score = chain, score
    return best


def _shape(kind: str) -> str:
    """The marker's shape for grouping: a number and its title, whether a tab, a run of
    spaces or one space stands between them (a PDF's extractor decides which, row by
    row, from the gap), is one shape; a marker alone or before its title is the same."""
    kind = kind.replace("-before", "").replace("-alone", "")
    return "number" if kind == "number-space" else kind


def _chain(members: list[_Candidate]) -> tuple[list[_Candidate], float]:
    """Longest-path over candidates in order, each step to a number 1-4 higher."""
    score = [c.weight for c in members]
    back: list[int | None] = [None] * len(members)
    for i, c in enumerate(members):
        for j in range(i):
            gap = _gap(members[j].number, c.number)
            if gap == 0 and _sub_letter(members[j].printed) < _sub_letter(c.printed):
                gap = 1  # "5" then "5a", "5a" then "5b": sub-items under item 5
            if 1 <= gap <= 4 and members[j].index < c.index:
                s = score[j] + c.weight - 1.5 * (gap - 1)
                if s > score[i]:
                    score[i], back[i] = s, j
    if not members:
        return [], 0.0
    end = max(range(len(members)), key=lambda k: score[k])
    chain = []
    k: int | None = end
    while k is not None:
        chain.append(members[k])
        k = back[k]
    return chain[::-1], score[end]


def _sub_letter(printed: str) -> str:
    """The letter of a sub-item's number ("5b": "b"), "" for a plain number."""
    return printed[-1] if printed[-1:].islower() and printed[:-1].isdigit() else ""


def _gap(a: int, b: int) -> int:
    """How far item number b follows a; numbers within groups (2.3 = 2003) run on into
    the next group's first items (2.5 → 3.1 is one step)."""
    if a >= 1000 and b >= 1000 and b // 1000 == a // 1000 + 1 and b % 1000 <= 2:
        return max(b % 1000, 1)  # "1.0 → 2.0" too
    return b - a


def _heading_chain(lines: list[Line], toc_rows: set[int], body: float | None,
                   hstyle: tuple | None = None) -> list[_Candidate]:
    """Items that carry no number: lines set apart (an HTML heading, bold or larger
    type) that a known section heading or a case number follows, or that a status line
    ("Åbent punkt") introduces, all set alike, and no numbered line (those are the
    numbered chain's)."""
    found: dict[tuple, list[_Candidate]] = defaultdict(list)
    opened = [i for i, line in enumerate(lines)
              if i not in toc_rows
              and (_styled(line, body) or _case_follows(lines, i) or _after_status(lines, i)
                   or _status_after(line.text))
              and _title_like(line.text) and not line.text.strip().endswith(":")
              and len(line.text.strip()) >= 4 and not _KIND_RE.match(line.text.strip())
              and not _PUNKT_RE.match(line.text.strip())
              and not _NUMBER_RE.match(line.text.strip())
              and not _DOTTED_RE.match(line.text.strip())
              and not _STATUS_RE.match(line.text.strip())
              and not _ORDINAL_RE.match(line.text.strip())
              and not _TRAILING_RE.match(line.text.strip())
              and not _DECISION_PHRASE_RE.match(line.text.strip())
              # a short line in the type of the document's known headings, with text
              # under it, is a heading it does not know ("Konklusion"), not a title
              and not (hstyle is not None and _style(line, body) == hstyle
                       and len(line.text.split()) <= 3 and _text_follows(lines, i))]
    runs: list[list[int]] = []  # a title wrapped over lines set alike is one opening
    widths = _line_widths(lines)
    for i in opened:
        if (runs and runs[-1][-1] == i - 1 and len(runs[-1]) < 3 and lines[i].size is not None
                and (lines[i].size, lines[i].bold) == (lines[i - 1].size, lines[i - 1].bold)
                and _wrapped(lines[i - 1], lines[i], widths)):
            runs[-1].append(i)
        else:
            runs.append(_wrapped_above(lines, i, body, runs[-1][-1] if runs else -1))
    starts = [run[0] for run in runs[1:]] + [len(lines)]
    for run, nxt in zip(runs, starts[: len(runs)], strict=True):
        i, last = run[0], run[-1]
        evidence = "status" if _after_status(lines, i) or _status_after(lines[last].text) \
            else None
        seen = 0
        for j in range(last + 1, min(nxt, last + 1 + _WINDOW) if evidence is None else 0):
            text = lines[j].text.strip()
            if not text:
                continue
            seen += 1
            # a known heading set apart, or in plain text a table phrase after a title
            # in capitals ("PLACERING AF ..." then "Indstilling")
            if _case_label(text) or (_heading_text(text) and (
                    _styled(lines[j], body)
                    or (_capitals(lines[i].text) and heading_phrase(text.split("\t")[0])))):
                evidence = "case" if _case_label(text) else "heading"
                break
            if seen >= 2:
                break
        if evidence:
            line = lines[i]
            style = (line.bold, _size_class(line, body), line.level)
            title = " ".join(lines[k].text.strip() for k in run)
            found[style].append(_Candidate(i, 0, title, "heading", style, last + 1,
                                           3.0, [evidence]))
    best = max(found.values(), key=len, default=[])
    if len(best) < 2:
        return []
    closed = _closed_headings(lines, best[0].style, toc_rows, body)
    return _restarted_items(lines, sorted(best + closed, key=lambda c: c.index), body)


def _closed_headings(lines: list[Line], style: tuple, toc_rows: set[int],
                     body: float | None) -> list[_Candidate]:
    """Closed items among items set apart without numbers: a line in the items' own type
    that says only that it is closed ("Lukket punkt") is a closed item's title, with or
    without a body; not when the line before or after it is in that type too (the status
    of a title beside it)."""
    out = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if i in toc_rows or (line.bold, _size_class(line, body), line.level) != style \
                or not _STATUS_RE.match(text) or not text.lower().startswith(_CLOSED_WORDS):
            continue
        if any(j is not None and (lines[j].bold, _size_class(lines[j], body),
                                  lines[j].level) == style
               for j in (_next_text(lines, i + 1), _prev_text(lines, i - 1))):
            continue
        out.append(_Candidate(i, 0, _clean_title(text), "heading", style, i + 1, 3.0,
                              ["status-title"]))
    return out


def _restarted_items(lines: list[Line], openings: list[_Candidate],
                     body: float | None) -> list[_Candidate]:
    """Unnumbered items the typography missed, found by the document's own order of
    sections: the heading that opens two or more items ("SAGSFREMSTILLING" under each
    title) standing a second time inside one item starts the next item, and the line
    above it, a paragraph of its own that reads as a title, is that item's title (a
    title in body type with no case number under it)."""
    def first_heading(start: int, stop: int) -> tuple[int, str] | None:
        for j in range(start, stop):
            text = lines[j].text.strip()
            if text and _heading_text(text) and _styled(lines[j], body):
                return j, normalise_heading(text)
        return None

    stops = [c.index for c in openings[1:]] + [len(lines)]
    firsts = [first_heading(c.title_end, stop) for c, stop in zip(openings, stops, strict=True)]
    counts = Counter(f[1] for f in firsts if f is not None)
    opener = {h for h, n in counts.items() if n >= 2}
    added: list[_Candidate] = []
    for c, stop, first in zip(openings, stops, firsts, strict=True):
        j = first[0] + 1 if first is not None and first[1] in opener else stop
        while (found := first_heading(j, stop)) is not None:
            j = found[0] + 1
            t = _prev_text(lines, found[0] - 1)
            if found[1] not in opener or t is None or t <= c.title_end:
                continue
            text = lines[t].text.strip()
            if (_title_like(text) and text[:1].isupper() and not text.endswith((".", ":", ",", ";"))
                    and len(text.split()) <= 25 and not _heading_text(text)
                    and (t == 0 or not lines[t - 1].text.strip())):
                line = lines[t]
                added.append(_Candidate(t, 0, text, "heading",
                                        (line.bold, _size_class(line, body), line.level),
                                        t + 1, 3.0, ["heading"]))
    return sorted([*openings, *added], key=lambda c: c.index)


def _line_widths(lines: list[Line]) -> dict[tuple, int]:
    """The longest line (in characters) of each type (size, weight) of a PDF: how wide a
    line of that type runs before it wraps."""
    widths: dict[tuple, int] = {}
    for line in lines:
        if line.size is not None:
            key = (line.size, line.bold)
            widths[key] = max(widths.get(key, 0), len(line.text.strip()))
    return widths


def _wrapped(line: Line, below: Line, widths: dict[tuple, int]) -> bool:
    """Whether `line` may wrap onto `below`: a line ends where it is full. One that had
    room for the next line's first word (well within the widest line of its type) ended
    there: two titles one under the other ("Closed item title" / "Next title")."""
    width = widths.get((line.size, line.bold), 0)
    words = below.text.split()
    return not words or len(line.text.strip()) + 1 + len(words[0]) >= 0.95 * width


def _wrapped_above(lines: list[Line], i: int, body: float | None, floor: int) -> list[int]:
    """The lines of a title that a case line follows, in plain type: the line itself and
    up to two lines above it in the same paragraph (a blank line before them), a title
    wrapped ("… opsamlingspladser -" / "status")."""
    if _styled(lines[i], body) or not _case_follows(lines, i):
        return [i]
    top = i
    while (top - 1 > floor and i - top < 2 and lines[top - 1].text.strip()
           and _title_like(lines[top - 1].text) and not _case_label(lines[top - 1].text)):
        top -= 1
    if top < i and top > 0 and lines[top - 1].text.strip():
        return [i]  # not a paragraph of its own: body text above
    return list(range(top, i + 1))


def _column_headings(lines: list[Line]) -> tuple[str, ...]:
    """The header row of a table of items whose later columns name sections ("Nr.<tab>
    Sag<tab>Beslutning"): its cells, a section heading's only where it names one."""
    for line in lines:  # cells apart by a tab, or in a text export by a run of spaces
        cells = [x.strip() for x in re.split(r"\t|\s{2,}", line.text.strip())]
        if len(cells) >= 3 and all(0 < len(x.split()) <= 3 for x in cells) \
                and any(heading_phrase(x) for x in cells[1:]):
            return tuple(x if heading_phrase(x) else "" for x in cells)
    return ()


def _text_follows(lines: list[Line], i: int) -> bool:
    """Whether the next line with text is plain text: no heading, label or status."""
    j = _next_text(lines, i + 1)
    if j is None:
        return False
    text = lines[j].text.strip()
    return not (_heading_text(text) or _case_label(text) or _STATUS_RE.match(text)
                or _FIELD_RE.match(text) or lines[j].level or lines[j].bold)


def _status_after(text: str) -> bool:
    """Whether a line ends in an item's status ("Title (Lukket)", "Title [Fortrolig]")."""
    m = _STATUS_SUFFIX_RE.search(text.strip())
    return m is not None and m.start() >= 4


def _after_status(lines: list[Line], i: int) -> bool:
    """Whether the line before (with text) is a status line ("Åbent punkt")."""
    j = _prev_text(lines, i - 1)
    return j is not None and bool(_STATUS_RE.match(lines[j].text.strip()))


def _case_follows(lines: list[Line], i: int) -> bool:
    """Whether the next line with text is a case-number label."""
    j = _next_text(lines, i + 1)
    return j is not None and _case_label(lines[j].text) is not None


def _numbers_from_agenda(agenda: list[_Candidate], headed: list[_Candidate]
                         ) -> list[_Candidate] | None:
    """The unnumbered items set apart below an agenda of numbered lines, each with the
    number of the agenda's line its title repeats (in order; the wording may differ a
    little: capitals, a word more or less); None when most headings repeat no line."""
    if len(headed) < 2 or len(agenda) < 2 or headed[0].index < agenda[-1].index:
        return None
    out, k = [], 0
    for h in headed:
        j = next((j for j in range(k, len(agenda)) if _similar_title(agenda[j].title, h.title)),
                 None)
        if j is not None:
            h = replace(h, number=agenda[j].number, printed=agenda[j].printed)
            k = j + 1
        out.append(h)
    return out if 3 * sum(h.number > 0 for h in out) >= 2 * len(out) else None


def _similar_title(a: str, b: str) -> bool:
    """Two wordings of one title: the same once normalised, one the start of the other,
    or most of their words shared."""
    if _same_title(a, b):
        return True
    x, y = set(_norm(a).split()), set(_norm(b).split())
    return len(x) >= 2 and len(y) >= 2 and len(x & y) >= 0.7 * max(len(x), len(y))


def _recover_from_toc(chain: list[_Candidate], toc: list[tuple[int | None, str]],
                      lines: list[Line], toc_rows: set[int]) -> list[_Candidate]:
    """Add items the table of contents lists but the numbering did not yield: a line
    that reads as the entry's title, after the table of contents."""
    if not toc or not chain:
        return chain
    found = {_norm(c.title) for c in chain}
    numbers = {c.number for c in chain}
    after = max(toc_rows) if toc_rows else -1
    added = []
    opened = {c.index for c in chain}
    for number, title in toc:
        if not title or _norm(title) in found or (number is not None and number in numbers):
            continue
        for i in range(after + 1, len(lines)):
            if i in opened or not _same_title(lines[i].text, title):
                continue
            # the title as printed, with the lines it wraps onto in its own type: the
            # entry may be cut short, and the wrapped line is no second title
            end = i + 1
            while (end < len(lines) and end - i < 3 and lines[end].text.strip()
                   and lines[end].size is not None and _styled(lines[i], None)
                   and (lines[end].size, lines[end].bold) == (lines[i].size, lines[i].bold)
                   and _same_title(join_wrapped([x.text.strip() for x in lines[i:end + 1]]),
                                   title)):
                end += 1
            printed = join_wrapped([x.text.strip() for x in lines[i:end]])
            added.append(_Candidate(i, number or 0, printed if end > i + 1 else title, "toc",
                                    (), end, 1.0, ["toc"]))
            break
    if not added:
        return chain
    return sorted([*chain, *added], key=lambda c: c.index)


# --- lines above a title: status, category, case labels ----------------------------------

_CATEGORY_MAX_WORDS = 6


def _category_key(lines: list[Line], i: int, row: bool = False) -> str | None:
    """The first word of the line above line i when it could be a category line the
    layout prints above each title ("Til beslutning", "Orienteringssag"): short, no
    sentence, not a known heading phrase (an empty "Beslutning" heading is a heading),
    no verdict, and not itself the text under a heading; else None. With `row`: a
    table's header row of columns instead ("Punkt   Emne   Sagsnr."), its whole text."""
    p = _prev_text(lines, i - 1)
    if p is None:
        return None
    text = lines[p].text.strip()
    words = text.split()
    columns = len([x for x in re.split(r"\t|\s{2,}", text) if x.strip()])
    if row and (columns < 2 or len(words) > 8 or ":" in text):
        return None
    if (not row and (len(words) > _CATEGORY_MAX_WORDS or text[-1] in ".;," or ":" in text
                     or "\t" in text or any(ch.isdigit() for ch in text))) \
            or heading_phrase(text) or heading_date(text) or _DECISION_PHRASE_RE.match(text) \
            or (row and _heading_text(text)) or not text[0].isupper():
        return None
    q = _prev_text(lines, p - 1)
    if q is not None and _heading_text(lines[q].text) and p - q == 1:
        return None  # the only text under a heading ("Beslutning" / "Godkendt")
    return _key(text)


def _categories(lines: list[Line], openings: list[int], row: bool = False) -> set[str]:
    """The category lines of a document (see `_category_key`): those whose first word
    starts a line printed the same above two or more openings ("Til beslutning" twice,
    then "Til orientering" once); with `row`, the header rows printed so."""
    texts = Counter(_category_key(lines, i, row) for i in openings)
    if row:
        return {t for t, n in texts.items() if t and n >= 2}
    firsts = {t.split()[0] for t, n in texts.items() if t and n >= 2}
    return {t for t in texts if t and t.split()[0] in firsts}


def _after_title(lines: list[Line], c: _Candidate) -> int | None:
    """The first line after an opening's title and the lines it wraps onto in the title's
    own type (a PDF's title set apart: "… i Greve" / "Kommune"), or in text up to the case
    or status line that closes it (`_closed_by_case`)."""
    q = _next_text(lines, c.title_end)
    last = lines[c.title_end - 1]
    for _ in range(2):
        wrapped = q is not None and (_closed_by_case(lines, q, last) or (
            last.size is not None and lines[q].size is not None and _styled(last, None)
            and (lines[q].size, lines[q].bold) == (last.size, last.bold)))
        if not wrapped:
            break
        q = _next_text(lines, q + 1)
    return q


def _preamble(chain: list[_Candidate], lines: list[Line], after: int) -> None:
    """Mark the lines above each opening that belong to its item, not to the item
    before: a status line ("Åbent punkt"), a line of cells with a status or a case-number
    label ("Åben sag    Sagsnr.: 24/123"), a category line whose first word stands above
    two or more of the openings ("Til beslutning", "Til orientering")."""
    openings = [c.index for c in chain]
    found = _categories(lines, openings) | _categories(lines, openings, row=True)
    first = _prev_text(lines, chain[0].index - 1) if chain else None
    above = first is not None and first > after and bool(_STATUS_RE.match(lines[first].text))
    for before, c in zip([None, *chain], chain, strict=False):
        p = _prev_text(lines, c.index - 1)
        if p is None or p <= after:
            continue
        text = lines[p].text.strip()
        cells = [x.strip() for x in re.split(r"\t|\s{3,}", text) if x.strip()]
        if _STATUS_RE.match(text) and not above and before is not None \
                and _after_title(lines, before) == p:
            continue  # right under the title before, where no status stands above the
            # first title: the status of the item before ("2. Title" / "Lukket punkt")
        if _STATUS_RE.match(text):
            c.status = text.strip("():").lower()
        elif len(cells) > 1 and all(_STATUS_RE.match(x) or _case_label(x) for x in cells):
            c.status = next((x.lower() for x in cells if _STATUS_RE.match(x)), "")
            c.case_number = next((_case_label(x) for x in cells if _case_label(x)), None)
        elif (m := _STATUS_HEAD_RE.match(text)) and _case_label(text[m.end():]):
            c.status, c.case_number = m.group(0).strip().lower(), _case_label(text[m.end():])
        elif not ({_category_key(lines, c.index), _category_key(lines, c.index, True)}
                  & found):
            continue
        c.status_line = p


def _title_after_metadata(chain: list[_Candidate], lines: list[Line]) -> None:
    """A marker on a line of its own ("Sag 3") may have lines before its title: a status,
    a date, a category ("Beslutningssag"). The title is the first line that reads as one:
    a line below the marker is metadata when it is a status or a date, or when its text
    stands under two or more markers; once the document shows that, also any short line
    under a marker whose next line is a title that evidence (a case number, a heading)
    follows."""
    alone = [c for c in chain if c.kind.endswith("-alone") and c.title_end > c.index + 1]
    texts = Counter(_norm(c.title) for c in alone)
    learned = sum(n for n in texts.values() if n >= 2) >= 2
    for c in alone:
        nxt = _next_text(lines, c.title_end)
        if nxt is None or not _title_like(lines[nxt].text) or _PUNKT_RE.match(
                lines[nxt].text.strip()) or _NUMBER_RE.match(lines[nxt].text.strip()):
            continue
        title = c.title.strip()
        after = _next_text(lines, nxt + 1)
        backed = after is not None and (_heading_text(lines[after].text) is not None
                                        or _case_label(lines[after].text) is not None)
        if (texts[_norm(title)] >= 2 or _STATUS_RE.match(title)
                or (heading_date(title) and len(title.split()) <= 5)
                or (learned and len(title.split()) <= 3 and backed
                    and not lines[nxt].text.strip().endswith("."))):
            c.title, c.title_end = lines[nxt].text.strip(), nxt + 1


# --- items ---------------------------------------------------------------------------------


def _item(lines: list[Line], c: _Candidate, end: int, strict: bool, body: float | None,
          kind_word: str | None, hstyle: tuple | None = None,
          columns: tuple[str, ...] = (), marks: dict[str, bool] | None = None) -> Item:
    rest_start = c.title_end
    title_parts = [c.title]
    opener = lines[c.index]
    # under a marker on a line of its own the title's line is the one that may wrap
    title_line = lines[c.title_end - 1] if c.kind.endswith("-alone") \
        and "-before" not in c.kind and c.title_end - 1 > c.index else opener
    # a title wraps onto as many lines as its length takes (up to a title's length)
    while rest_start < end and len(" ".join([*title_parts, lines[rest_start].text.strip()])
                                   ) <= _MAX_TITLE_CHARS:
        line = lines[rest_start]
        if not (_continues_title(title_line, title_parts[-1], line, body, hstyle)
                or _closed_by_case(lines, rest_start, title_line)
                or _title_paragraph(lines, rest_start, title_line)):
            break
        title_parts.append(line.text.strip())
        rest_start += 1
    case_number = c.case_number
    cell_status = ""
    column_sections: list[Section] = []
    for k, part in enumerate(title_parts):  # cells beside the title: a case number
        cells = part.split("\t")
        spaced = re.split(r"\s{2,}", part)  # a text export's columns: runs of spaces
        if len(cells) == 1 and len(spaced) > 1 and (_STATUS_RE.match(spaced[-1].strip())
                                                    or _MATTER_RE.match(spaced[-1].strip())
                                                    or _case_value(spaced[-1])
                                                    or len(spaced) < len(columns)):
            cells = spaced
        if len(cells) == 1 and len(spaced) > 1 and _CASE_BARE_RE.match(spaced[0].strip()):
            cells = [*spaced[1:], spaced[0]]  # "24/5521   Title": the case number first
        for j, cell in enumerate(cells[1:], start=1):
            if _STATUS_RE.match(cell.strip()):  # a column that says open or closed
                cell_status = cell.strip().lower()
            case_number = case_number or _case_value(cell)
            # a column whose header cell names a section ("Nr. | Sag | Beslutning")
            head = columns[len(columns) - len(cells) + j] if len(columns) >= len(cells) else ""
            if k == 0 and head and cell.strip() and not _case_value(cell):
                column_sections.append(Section(head, section_type(head) or "other",
                                               cell.strip(), page=opener.page))
        title_parts[k] = cells[0]
    title = join_wrapped(title_parts)
    title, bracketed = _bracketed_case(title)
    case_number = case_number or bracketed
    m = _CASE_IN_TITLE_RE.search(title)
    if m and re.fullmatch(r"\d{1,3}", (m.group(1) or m.group(2)).strip()):
        m = None  # "(sag nr. 3)": the item's number, not a case number
    if m:
        case_number = case_number or (m.group(1) or m.group(2)).strip()
        title = title[: m.start()].strip()
    printed_status = _clean_title(title) if _STATUS_RE.match(_clean_title(title)) else ""
    status = [m.group(0).lower() for m in (_CLOSED_RE.match(title),
                                           _CLOSED_SUFFIX_RE.search(title),
                                           _STATUS_SUFFIX_RE.search(title)) if m]
    closed = any(w in x for x in [*status, cell_status, printed_status.lower()]
                 for w in _CLOSED_WORDS) or c.status.startswith(_CLOSED_WORDS)
    if "status-title" in c.evidence:
        title = _clean_title(title)  # "20. Lukket punkt": the status is all its title
    else:
        title = _clean_title(_CLOSED_SUFFIX_RE.sub("", _CLOSED_RE.sub("", title)))
        title = _clean_title(_STATUS_SUFFIX_RE.sub("", title)) or title  # "Title [Fortrolig]"
    title = _clean_title(_CONTINUED_RE.sub("", title)) or title  # "… (fortsat)"
    title = _TITLE_LABEL_RE.sub("", title) or title  # "Emne: title" under its number
    label = _case_label(title)
    if label:  # "Punkt 3 · Sagsnr. 24/1": the marker's cell beside it is a case number
        case_number, title = case_number or label, ""
    if not title.strip(" ·|•-–:/"):
        # the marker's line held only the marker and metadata (a case number, a status):
        # the title is the next line that reads as one, with the lines it wraps onto
        j = _next_text(lines, rest_start)
        while j is not None and j < end and _PAGE_RE.match(lines[j].text.strip()):
            j = _next_text(lines, j + 1)  # a page's footer between marker and title
        # a status set apart as the title's element under the marker ("Punkt 5 · Lukket"
        # / <h3>Lukket punkt</h3>) is the closed item's printed title: it wins over its
        # status beside the marker
        printed_title = (j is not None and j < end and bool(_STATUS_RE.match(lines[j].text.strip()))
                         and lines[j].level > opener.level)
        if printed_title:
            closed = closed or lines[j].text.strip().lower().startswith(_CLOSED_WORDS)
            title, rest_start = _clean_title(lines[j].text), j + 1
        elif j is not None and j < end and _title_like(lines[j].text):
            parts = [lines[j].text.strip()]
            rest_start = j + 1
            while (rest_start < end and len(parts) < 3 and lines[rest_start].text.strip()
                   and _continues_title(lines[j], parts[-1], lines[rest_start], body, hstyle)):
                parts.append(lines[rest_start].text.strip())
                rest_start += 1
            title = _clean_title(join_wrapped(parts))
        elif printed_status:  # "Punkt 4 - Lukket punkt" and no title after it: the status
            title = printed_status
    rest = lines[rest_start:end]
    # the header block: case-number and reference lines before the first section
    k = 0
    while k < len(rest) and k < _WINDOW:
        text = rest[k].text.strip()
        label = _case_label(text)
        bare = _bare_case(text)
        below = _first_cell(rest[k + 1].text) if k + 1 < len(rest) else ""
        if label is None and _CASE_LABEL_RE.match(text) and _CASE_VALUE_RE.match(below):
            # the label in one cell or term, the value in the next; or a table's header
            # row ("Sagsnummer | Sagsbehandler | Dato"), the values in the row below
            case_number = case_number or below
            k += 2
            continue
        fields = _META_SEPARATOR_RE.split(text)
        if not text:
            pass
        elif label is not None or bare:
            case_number = case_number or label or bare
        elif len(fields) > 1 and any(_case_label(f) for f in fields):
            # a metadata line of fields apart by a separator ("Kl. 16.15 · Sagsnr. 24/1 ·
            # Til beslutning"): each field is read as a line of its own would be
            case_number = case_number or next(filter(None, map(_case_label, fields)))
            closed = closed or any(f.lower().startswith(_CLOSED_WORDS) for f in fields)
        elif _REFERENCE_RE.match(text):
            pass
        elif _STATUS_RE.match(text):
            closed = closed or text.lower().strip("(").startswith(("lukket", "fortrolig"))
        else:
            break
        k += 1
    # "(L) Title", "Title (B)": a code a legend explains is metadata; "(L)" closes the item
    title, marked = strip_mark(title, tuple(m for m, shut in (marks or {}).items() if shut))
    title, _ = strip_mark(title, tuple(m for m, shut in (marks or {}).items() if not shut))
    closed = closed or marked
    body_lines = rest[k:]
    if case_number is None:
        for line in body_lines:
            label = _case_label(line.text.strip())
            if label:
                case_number = label
                body_lines = [x for x in body_lines if x is not line]
                break
    texts = [x.text.strip() for x in body_lines if x.text.strip()]
    if len(texts) == 1 and _CLOSED_NOTE_RE.search(texts[0]) and not column_sections:
        # the item's only words say it was dealt with behind closed doors: a closed item
        closed, body_lines = True, []
    sections = _sections(body_lines, strict, body, kind_word, hstyle) + column_sections
    return Item(number=c.printed or (str(c.number) if c.number else ""), title=title,
                case_number=case_number or None, closed=closed, page=opener.page,
                sections=sections)


# a case number in brackets before the title or after it ("[23-006438] Title", "Title
# [23-006438]"); after it, only square brackets ("Budget (2024/25)" is the title's)
_CASE_BRACKET_HEAD_RE = re.compile(r"^[\[(]\s*([^\])\s]+)\s*[\])]\s*(?=\S)")
_CASE_BRACKET_TAIL_RE = re.compile(r"\s*\[\s*([^\]\s]+)\s*\]$")


def _bare_case(text: str) -> str | None:
    """The case number a line's first cell is, unlabelled, in brackets or not
    ("24/5521", "(23-006438)")."""
    cell = text.split("\t")[0].strip()
    m = _CASE_BARE_RE.match(cell[1:-1].strip() if cell[:1] + cell[-1:] in ("()", "[]")
                            else cell)
    return m.group(1) if m else None


def _bracketed_case(title: str) -> tuple[str, str | None]:
    """(the title, its case number) when brackets set a case number apart at the title's
    start or end: brackets mark an identifier as typography, never the title's words."""
    for pattern in (_CASE_BRACKET_HEAD_RE, _CASE_BRACKET_TAIL_RE):
        m = pattern.search(title)
        if m and _CASE_BARE_RE.match(m.group(1)):
            return (title[:m.start()] + title[m.end():]).strip(), m.group(1)
    return title, None


def _closed_by_case(lines: list[Line], k: int, opener: Line) -> bool:
    """In a text export, or a PDF in one type throughout, a line directly under the title
    in its type that a case-number line closes is the title's ("Dagsordenspkt. 6 -
    Udsættelse af … på" / "Cafe Langsiden …" / "Sagsnr. 22-009020"), or a status line
    ("… i Greve" / "Kommune" / "Lukket punkt"): the title runs to its case or status line."""
    line = lines[k]
    text = line.text.strip()
    plain = opener.size is None and line.size is None and not line.level or (
        not opener.bold and (line.size, line.bold, line.level) == (opener.size, False, 0))
    return (plain and not opener.level and k + 1 < len(lines) and bool(text)
            and _metadata_line(lines[k + 1].text.strip())
            and _title_like(text)
            and not _heading_text(text) and not text.endswith((".", ":"))
            and not _LABEL_OPENS_RE.match(text))


def _metadata_line(text: str) -> bool:
    """Whether a line is an item's metadata: a case number, a status, or fields apart by
    a separator one of which is either ("Åben sag · Ansvarlig: … · Sagsnr. 24-001436")."""
    fields = _META_SEPARATOR_RE.split(text)
    return any(_case_label(f) is not None or _STATUS_RE.match(f.strip())
               for f in (fields if len(fields) > 1 else [text]))
def _title_paragraph(lines: list[Line], k: int, opener: Line) -> bool:
    """In a text export, a line directly under the title that ends the title's paragraph,
    a section heading after the blank line below it, is the title's ("Beslutningspunkt
    13: … i Marte" / "Meo metoden" / "" / "Kort fortalt"), when the line above it is full
    (`_filled`): a short title ended where it did, and the line under it is a note of its
    own ("Genoptaget fra mødet den …")."""
    line = lines[k]
    text = line.text.strip()
    after = _next_text(lines, k + 1)
    return (opener.size is None and not opener.level and line.size is None
            and not line.level and bool(text) and after is not None and after > k + 1
            and _heading_text(lines[after].text.strip()) is not None
            and _title_like(text) and not _heading_text(text)
            and not text.endswith((".", ":")) and not _LABEL_OPENS_RE.match(text)
            and not _case_label(text) and not _STATUS_RE.match(text)
            and not _STATUS_HEAD_RE.match(text) and not _CASE_IN_TEXT_RE.search(f" {text}")
            and not re.match(r"\S+[.:]\s", text)  # a label ("Sagsnr. …", "Dato: …")
            and k > 0 and _filled(lines, lines[k - 1], text))  # last: it reads every line


def _filled(lines: list[Line], line: Line, below: str) -> bool:
    """Whether a plain text line ended because it was full: the first word of the line
    below would have run past the widest plain line of the document (`_wrapped` for PDF
    lines, which measures each type's widest line)."""
    width = max((len(x.text.rstrip()) for x in lines if x.size is None), default=0)
    words = below.split()
    return bool(words) and len(line.text.rstrip()) + 1 + len(words[0]) >= 0.9 * width


def _continues_title(opener: Line, last: str, line: Line, body: float | None,
                     hstyle: tuple | None = None) -> bool:
    text = line.text.strip()
    # a line in the title's own type, set apart and not the headings' type, is the
    # title's next line even when it reads as a heading ("… Freyas Kvarter," /
    # "orientering") or opens with a year ("… Greve Kommune i" / "2023 - opfølgning")
    same = (opener.size is not None and line.size == opener.size
            and line.bold == opener.bold and _size_class(opener, body) > 0
            and _style(line, body) != hstyle)
    # a title in bold capitals wraps onto a line of bold capitals or a year (small
    # capitals: the marker's row takes the number's larger size, the wrapped line the
    # letters' own)
    caps = (opener.bold and line.bold and opener.size is not None and line.size is not None
            and line.size <= opener.size and _capitals(last) and not opener.level
            and (_capitals(text) or re.fullmatch(r"(19|20)\d\d", text) is not None))
    same = same or caps
    number = _NUMBER_RE.match(text)
    if number and same and re.fullmatch(r"(19|20)\d\d", number.group(1)):
        number = None
    if (not text or (_heading_text(text) and not (same or text[0].islower()))
            or _case_label(text) or _PUNKT_RE.match(text) or _LABEL_OPENS_RE.match(text)
            or number or _ORDINAL_RE.match(text) or _FIELD_RE.match(text)
            or _DOTTED_RE.match(text) or _STATUS_RE.match(text)
            or line.level != opener.level):
        return False
    if opener.level:  # an HTML element is a whole line: a title does not wrap
        return False
    if caps:
        return True
    if opener.size is not None and line.size is not None and _styled(opener, body):
        # the same type; a title set larger than the text may mix weights (a case
        # number in regular type beside a bold title)
        return line.size == opener.size and (line.bold == opener.bold
                                             or _size_class(opener, body) > 0)
    # plain text: a line indented under a marker's line that starts at the margin is the
    # title's hard-wrapped continuation ("37 - Title …" / "    Reparation af …")
    if (opener.size is None and line.size is None and line.text[:2].isspace()
            and not opener.text[:1].isspace() and len(text) <= _MAX_TITLE_CHARS
            and not text.endswith((".", ":")) and not _CLOSED_NOTE_RE.search(text)):
        return True
    # lower case, a year left over ("… mødekalender" / "2023") or after a joining word
    return (text[0].islower() or re.fullmatch(r"(19|20)\d\d([-–/]\d{2,4})?", text) is not None
            or _OPEN_END_RE.search(last) is not None)


# A title's line that cannot end it: a hyphen, a comma, a joining word, a preposition or
# an abbreviation that wants its object ("… (F) vedr." / "Reparation af …").
_OPEN_END_RE = re.compile(r"(?:[-,]|\s(?:og|eller|samt|i|til|for|af|om|på|ved|med|fra|mod|"
                          r"mellem|efter|under|vedr\.|vedrørende|ang\.|angående|jf\.|"
                          r"inkl\.|ifm\.))$", re.IGNORECASE)


def _sections(lines: list[Line], strict: bool, body: float | None,
              kind_word: str | None, hstyle: tuple | None = None) -> list[Section]:
    lead: list[str] = []
    lead_page = None
    parts: list[tuple[str, str, Line, list[str]]] = []
    previous: Line | None = None
    labelled = False  # the last text line a decision's remark label ("Protokoltilførsel:")
    page = lines[0].page if lines else None
    for line in lines:
        line = _unboxed(line)
        text = line.text.strip()
        if not text and line.size is None and not line.level:
            previous = None  # a text file's blank line ends the paragraph before it
        if not text or _PAGE_RE.match(text):  # "Side 2 af 9": page furniture
            continue
        if line.page != page and _CONTINUED_RE.search(text):
            page = line.page
            continue  # "4. Title (fortsat)" opening a page: the item's title repeated
        page = line.page
        found = _kind_heading(line, strict, body, kind_word) or _heading(
            line, previous, strict, body, hstyle)
        if found and parts and not parts[-1][3] and parts[-1][1] == found[1] != "other":
            found = None  # "Indstilling" then "Administrationen indstiller": one section
        if found and parts and parts[-1][1] == found[1] == "bilag":
            found = None  # an attachment list's entries ("Bilag 2: Notat") are its text
        remark = bool(found and parts and parts[-1][1] == "beslutning" and parts[-1][3]
                      and decision_remark(found[0]))
        if remark:  # "Protokoltilførsel: …" under a decision: the decision's text
            text = f"{found[0].rstrip(': ')}: {found[2]}".strip()
            found = None
        if found:
            heading, kind, inline = found
            parts.append((heading, kind, line, [inline] if inline else []))
            labelled = False
        else:
            if not parts and lead_page is None:
                lead_page = line.page
            into = parts[-1][3] if parts else lead
            if into and labelled and not remark:  # the label's text, split off its line
                into[-1] = f"{into[-1]} {' '.join(text.split())}"
            else:
                append_line(into, text)
            labelled = remark and text.endswith(":")  # its text on the next line
        previous = line
    sections = []
    if lead:
        kind = "other" if parts or kind_word == "dagsorden" else "beslutning"
        sections.append(Section("", kind, "\n".join(lead), page=lead_page))
    for heading, kind, line, text in parts:
        if text or kind != "other":
            sections.append(Section(heading.rstrip(": "), kind, "\n".join(text), page=line.page,
                                    date=heading_date(heading)))
    sections = _summary_first(fold_empty_entries([s for s in sections
                                                  if s.text or s.type != "other"]))
    return _verdict_at_end(sections) if kind_word == "referat" else sections


def _summary_first(sections: list[Section]) -> list[Section]:
    """An item's first section, under a heading the table does not know but set as the
    document sets its headings ("Kort fortalt" in bold), before the case's description,
    is its summary: minutes sum a case up before they describe it. (Untitled lead text,
    a "Sagsgang" table, is not.)"""
    first = sections[0] if sections else None
    if first is None or first.type != "other" or not _unknown_heading(first.heading) \
            or not any(s.type == "sagsfremstilling" for s in sections[1:]):
        return sections
    return [Section(first.heading, "resume", first.text, first.page, first.date),
            *sections[1:]]


# A decision's opening words: a verdict ("Godkendt.", "Anbefales."), or the body or the
# recommendation with one ("Indstillingen blev tiltrådt.", "Udvalget godkendte …").
_VERDICT_RE = re.compile(
    r"^(?:(?:indstillingen|orienteringen|forslaget|sagen|punktet|anbefalingen)\s+"
    r"(?:blev\s+|er\s+)?(?:godkendt|tiltrådt|anbefalet|anbefales|taget til efterretning|"
    r"vedtaget|udsat|drøftet|oversendt)"
    r"|(?:udvalget|byrådet|kommunalbestyrelsen|regionsrådet|\w+udvalget)\s+"
    r"(?:godkendte|tiltrådte|anbefaler|anbefalede|vedtog|tog .{0,40}til efterretning)"
    r")\b", re.IGNORECASE)


def _verdict_at_end(sections: list[Section]) -> list[Section]:
    """In a referat, an item without a decision section whose last section ends in text
    that opens with a verdict ("Godkendt.", "Indstillingen tiltrådt.", after a finished
    sentence) has that text as its decision: the meeting's record printed without a
    heading under the recommendation."""
    if not sections or any(s.type == "beslutning" for s in sections):
        return sections
    # headings the table does not know ("Konklusion", a body alone: "Økonomiudvalget")
    # over a verdict
    verdicts = [s.type == "other" and bool(s.heading)
                and _verdict(s.text.split("\n")[0], j == len(sections) - 1)
                for j, s in enumerate(sections)]
    if any(verdicts):
        return [Section(s.heading, "beslutning", s.text, s.page, s.date) if v else s
                for s, v in zip(sections, verdicts, strict=True)]
    last = sections[-1]
    rows = last.text.split("\n")
    decisions: list[Section] = []
    found = _verdict_rows(rows, last.type == "indstilling")
    while found is not None:
        keep, start, heading = found
        decisions.insert(0, Section(heading, "beslutning", "\n".join(rows[start:]), last.page))
        rows = rows[:keep]
        found = _verdict_rows(rows, last.type == "indstilling") if heading else None
        if found is not None and (not found[2] or found[1] < len(rows) - 3):
            # a decision history's earlier entry ("Økonomiudvalget" / "Anbefales.") is
            # taken only as a headed paragraph right above the later one
            found = None
    if not decisions:
        return sections
    return [*sections[:-1], Section(last.heading, last.type, "\n".join(rows), last.page,
                                    last.date), *decisions]


def _verdict_rows(rows: list[str], long: bool) -> tuple[int, int, str] | None:
    """The last paragraph of `rows` that opens with a verdict after a finished sentence,
    with the consecutive verdicts above it: (end of the text kept, start of the verdict,
    its heading: a short line above it, "" when none)."""
    for k in range(len(rows) - 1, 0, -1):
        if not _verdict(rows[k], long):
            continue
        before = rows[k - 1].strip()
        if before[-1:] in ".:!?)":
            while k >= 2 and _verdict(rows[k - 1], long) and rows[k - 2].rstrip()[-1:] in ".:!?)":
                k -= 1  # "Godkendt." / "Udvalget anbefaler …": one decision
            return k, k, ""
        if k >= 2 and _unknown_heading(before) and rows[k - 2].rstrip()[-1:] in ".:!?)":
            return k - 1, k, before  # its own heading the table does not know
    return None


def _verdict(row: str, long: bool) -> bool:
    """Whether a line opens with a verdict (a long line only after a recommendation)."""
    row = row.strip()
    return bool(_VERDICT_RE.match(row) or (_DECISION_PHRASE_RE.match(row)
                                           and (long or len(row.split()) <= 12)))


def _unknown_heading(text: str) -> bool:
    """A short capitalised line without closing punctuation: a heading by its look."""
    return (1 <= len(text.split()) <= 4 and text[:1].isupper() and text[-1:] not in ".,;"
            and not any(ch.isdigit() for ch in text))


_RULE_RE = re.compile(r"^[+|]?[-=_~*+]{3,}[+|]?$")
_BOXED_RE = re.compile(r"^[|║│](.*?)[|║│]?$")


def _unboxed(line: Line) -> Line:
    """A line of a text box drawn in characters ("| Udvalgets beslutning   |") without
    its frame; the box's rules ("+-----+") are no text. The frame is typography: what
    stands in it is read as it would be without the box."""
    text = line.text.strip()
    if _RULE_RE.match(text):
        return Line("", line.page, line.size, line.bold, line.level)
    m = _BOXED_RE.match(text)
    if m is None or "|" in m.group(1).strip():  # a table's row of cells is no box
        return line
    return Line(m.group(1).strip(), line.page, line.size, line.bold, line.level)


def _heading(line: Line, previous: Line | None, strict: bool, body: float | None,
             hstyle: tuple | None = None) -> tuple[str, str, str] | None:
    """(heading, type, text on the same line) when the line is a section heading: a
    known one (`index.sections`), or an unknown one set as the document sets its known
    headings (`hstyle`), or as an HTML heading."""
    raw = line.text.strip()
    text, _, inline = raw.partition("\t")
    labelled = "\t" in raw
    if labelled and not text.rstrip().endswith(":"):
        return None
    text = _unnumbered(text.strip())
    if len(text) > _MAX_HEADING_CHARS or text.endswith(","):
        return None
    kind = section_type(text)
    styled = _styled(line, body) or line.level > 0
    if kind is None:
        # an unknown heading set as one: an HTML heading, or a short line in the type
        # of the document's known headings ("Konklusion" in bold like "Beslutning")
        if line.level and len(text) <= 80 and not text.endswith("."):
            return text, "other", ""
        if (hstyle is not None and _style(line, body) == hstyle and not labelled
                and len(text.split()) <= 6 and text[:1].isupper() and text[-1] not in ".,;"
                and not _case_label(text) and not _FIELD_RE.match(text)
                and not any(ch.isdigit() for ch in text)):
            return text.rstrip(":").strip(), "other", ""
        return None
    if text[:1].islower() and not styled:
        return None  # a sentence's last word wrapped ("… Økonomiudvalgets" / "indstilling.")
    exact = heading_phrase(text)
    if not exact and (not heading_date(text) and text.endswith(".") and len(text.split()) >= 3
                      or not styled and reads_as_clause(text)):
        # a sentence ("Administrationens indstilling godkendes.", "Økonomi- og
        # Planudvalget besluttede i 2017, at …" wrapped, "Sagen er en opfølgning fra
        # Byrådets beslutning den 20. juni 2022"): text, not a heading, dated or not
        return None
    if strict and not (styled or labelled) and (exact or heading_date(text) is None):
        return None
    if not exact and not styled and previous is not None and (heading_date(text) is None
                                                              or history_entry(text)):
        # a phrase after an unfinished line continues its text; a dated heading
        # ("Beslutning i Byrådet den 12. marts 2024") stands on its own, but a body and a
        # date alone inside a sentence are a page's running header or the sentence's words
        before = previous.text.strip()
        if before and before[-1] not in _SENTENCE_END and not _heading_text(before):
            return None
    return text, kind, " ".join(inline.split())


def _kind_heading(line: Line, strict: bool, body: float | None,
                  kind_word: str | None) -> tuple[str, str, str] | None:
    """The document's own kind word as a heading under an item of a referat ("Referat",
    "Beslutningsprotokol"): what the meeting recorded for the item, its decision."""
    text = line.text.strip().rstrip(":").strip()
    if kind_word != "referat" or text.lower() not in KIND_HEADINGS:
        return None
    if strict and not _styled(line, body):
        return None
    return text, "beslutning", ""


def _heading_text(text: str) -> str | None:
    """The section type of a short line that reads as a known heading."""
    text = _unnumbered(text.strip().split("\t")[0].strip())
    if not text or len(text) > _MAX_HEADING_CHARS or text.endswith(","):
        return None
    return section_type(text)


def _style(line: Line, body: float | None) -> tuple:
    """A line's type: weight, size (its class against the text's: set apart or not, and
    the size itself), heading level, capitals."""
    return (line.bold, _size_class(line, body), line.size, line.level, _capitals(line.text))


def _heading_style(lines: list[Line], body: float | None) -> tuple | None:
    """The type the document sets its known headings in (bold, a larger size, an HTML
    level, capitals), when three or more of them and most share one that is set apart;
    else None (plain headings teach nothing about unknown ones)."""
    styles = Counter(_style(line, body) for line in lines
                     if "\t" not in line.text
                     and heading_phrase(_unnumbered(line.text.strip().rstrip(":").strip())))
    if not styles:
        return None
    style, n = styles.most_common(1)[0]
    set_apart = style[0] or style[1] > 0 or style[3] > 0 or style[4]
    return style if set_apart and n >= 3 and n * 3 >= sum(styles.values()) * 2 else None


def _whole_line_headings(lines: list[Line]) -> int:
    """How many lines (before run-in headings are split) are a known heading alone.
    Whether a document sets its headings apart is learned from them where it has a few:
    a run-in heading ("Sagsfremstilling: …") shows no typography, so plain "Bilag" lines
    under run-in headings are headings."""
    return sum("\t" not in line.text and heading_phrase(_unnumbered(line.text.strip()))
               for line in lines)


def _strict_headings(lines: list[Line], body: float | None) -> bool:
    """Whether the document has typography and sets most of its known headings apart
    (bold, capitals, a heading level, or a larger size than the text's)."""
    if all(line.size is None and not line.level for line in lines):
        return False
    candidates = [line for line in lines
                  if "\t" not in line.text and heading_phrase(_unnumbered(line.text.strip()))]
    styled = sum(line.bold or line.level > 0 or _capitals(line.text)
                 or _size_class(line, body) > 0 for line in candidates)
    return bool(candidates) and styled * 3 >= len(candidates) * 2


# A heading numbered under its item: "3.1 Sagsfremstilling", "a) Indstilling", "Ad 2.
# Beslutning", "ii. Økonomi" (a capital letter or a plain "3." numbers items, not headings)
_HEADING_NUMBER_RE = re.compile(
    r"^(?:\d{1,3}\.\d{1,2}(?:\.\d{1,2})?\.?|\(?(?-i:[a-z])\)|(?-i:[a-z])\.|[ivx]{1,4}[.)]"
    r"|ad\.?\s+(?:(?:punkt|pkt)\.?\s*)?\d{1,3}[a-f]?[.):]?)\s*[-–]?\s+(?=\S)",
    re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def _unnumbered(text: str) -> str:
    """A heading without the number it carries under its item ("3.1 Sagsfremstilling" →
    "Sagsfremstilling"), when the rest is a known heading; else the text unchanged."""
    m = _HEADING_NUMBER_RE.match(text)
    if m is None:
        return text
    rest = text[m.end():]
    return rest if section_type(rest.split("\t")[0].rstrip(":").strip()) else text


# --- acceptance -------------------------------------------------------------------------------


def _header(lines: list[Line], body: float | None) -> list[str]:
    """The texts before the first item; the document's title (its largest type) wrapped
    over lines after a joining word ("Dagsorden Plan- og" / "Tryghedsudvalget") is one."""
    out: list[str] = []
    last: Line | None = None
    largest = max((line.size for line in lines if line.size and line.text.strip()), default=0)
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if (last is not None and out and line.size == largest and _size_class(line, body) > 0
                and (line.size, line.bold) == (last.size, last.bold)
                and out[-1].endswith(("-", ",", " og", " eller", " samt", " for", " i"))):
            out[-1] = join_wrapped([out[-1], text])
        else:
            out.append(text)
        last = line
    return out


def _kind_word(header: list[str]) -> str | None:
    for text in header[:40]:
        if len(text) > 160:
            continue
        m = _KIND_RE.search(text)
        if m:
            return "dagsorden" if m.group(1).lower() == "dagsorden" else "referat"
    return None


def _reject_non_minutes(header: list[str], chain: list[_Candidate]) -> None:
    m = _NOT_MUNICIPAL_RE.search(" ".join(header[:20]))
    m = m or next(filter(None, (_NOT_MUNICIPAL_ITEM_RE.search(c.title) for c in chain)), None)
    if m:
        raise NotMinutes(f"not municipal minutes ({m.group(0).strip().lower()!r})")


def _enough_evidence(items: list[Item], chain: list[_Candidate],
                     toc: list[tuple[int | None, str]]) -> bool:
    """Items that show minutes' structure: headings, case numbers or a matching TOC."""
    backed = sum(bool(c.evidence and c.evidence != ["styled"]) for c in chain)
    sectioned = sum(any(s.heading for s in i.sections) or bool(i.case_number) for i in items)
    if len(items) == 1:
        return sectioned == 1 and (backed == 1 or bool(items[0].case_number))
    return max(backed, sectioned) * 2 >= len(items) or (
        bool(toc) and sum("toc" in c.evidence for c in chain) * 2 >= len(chain))


def _agenda_list(kind_word: str | None, chain: list[_Candidate], items: list[Item]) -> bool:
    """An agenda printed as a list of titles only: a document that calls itself a
    dagsorden, three or more items numbered one after another, each a title (capitalised,
    no sentence, no section text)."""
    numbers = [c.number for c in chain]
    return (kind_word == "dagsorden" and len(items) >= 3
            and all(_gap(a, b) == 1 for a, b in zip(numbers, numbers[1:], strict=False))
            and all(i.title[:1].isupper() and len(i.title) <= 150 and not i.sections
                    and not i.title.endswith((".", ":", ";")) for i in items))


# --- meeting fields --------------------------------------------------------------------------


def _fields(lines: list[Line]) -> dict[str, str]:
    """Labelled meeting fields before the first item (label and value on one line, or
    the value on the next line)."""
    out: dict[str, str] = {}
    rows = field_table([line.text for line in lines if line.text.strip()])
    texts = [part for text in rows for part in _field_parts(text)]
    for i, text in enumerate(texts):
        m = _FIELD_RE.match(text)
        if not m:
            continue
        kind = _FIELD_KIND[(m.group("label") or m.group("long")).lower()]
        value = m.group("value").strip(" \t:")
        if m.group("long") and re.fullmatch(r"\w+ \w{1,3}\.?", text):
            value = text.rstrip(".")  # no label: a room's name ("Mødelokale 2", "Mødesal B")
        if not value and i + 1 < len(texts) and not _FIELD_RE.match(texts[i + 1]):
            value = texts[i + 1]
        if value and kind not in out:
            out[kind] = " ".join(value.replace("\t", " ").split())
    return out


_FIELD_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")


def _field_parts(text: str) -> list[str]:
    """A line of labelled fields set apart by a separator ("Tid: 16.00 · Sted: Rådhuset")
    as its fields, each read as a line of its own; any other line whole."""
    parts = _FIELD_SEPARATOR_RE.split(text.strip())
    if len(parts) > 1 and sum(bool(_FIELD_RE.match(p)) for p in parts) >= 2:
        return parts
    return [text.strip()]


def _date(fields: dict[str, str], header: list[str]) -> dt.date | None:
    for key in ("date", "time"):
        if fields.get(key) and heading_date(fields[key]):
            return heading_date(fields[key])
    return first_date(header)


def _place_after_time(header: list[str]) -> str | None:
    """An unlabelled place: after the meeting's time on its line ("… kl. 16.00 i
    Mødelokale 2.") or on the next ("tirsdag den 4. december 2012, kl. 13:00" / "i
    Mødecenter C"), not after a closing line ("Mødet slut kl. …")."""
    place = place_after_time(header)  # "Mødet blev holdt … kl. 16.00 i Mødelokale 2."
    if place:
        return place
    for before, text in zip(header, header[1:], strict=False):
        if (_TIME_RE.search(before) and not _CLOSING_RE.search(before)
                and not heading_date(text) and not _FIELD_RE.match(text)
                and not _KIND_RE.search(text) and len(text) <= 80
                and "\t" not in text):  # a table's row of cells, no place
            return " ".join(re.sub(r"^i\s+", "", text).split())
    return None


def _place_beside_time(header: list[str]) -> str | None:
    """An unlabelled place as the field after the meeting's time in a line of separated
    fields ("Referat · 12. marts 2024 · kl. 16.00 · Mødelokale 2"), or as the last of a
    short line of comma-separated fields after the date or time ("Økonomiudvalget, 12.
    marts 2024, Mødelokale 2")."""
    for text in header:
        parts = _FIELD_SEPARATOR_RE.split(text)
        commas = text.split(", ")
        listed = len(parts) == 1 and 2 <= len(commas) <= 4 and len(text) <= 120
        if listed:
            parts = commas[-2:]
        for time, place in zip(parts, parts[1:], strict=False):
            if ((_TIME_RE.search(time) or listed and heading_date(time))
                    and not _CLOSING_RE.search(time)
                    and place[:1].isupper() and not heading_date(place)
                    and ":" not in place and not _KIND_RE.search(place)
                    and len(place) <= 60):
                return place.strip()
    return None


def _names(value: str) -> list[str]:
    parts = re.split(r"\s*[,;]\s*|\s+og\s+", value)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _udvalg(header: list[str]) -> str | None:
    """The body, as it calls itself: "Kommunalbestyrelsens møde" → "Kommunalbestyrelsen";
    from the line that names the document's kind first ("Referat fra Økonomiudvalget"),
    not a page's menu ("Byråd og udvalg") above it."""
    for text in [*(t for t in header[:15] if _KIND_RE.search(t)), *header[:15]]:
        if _FIELD_RE.match(text) or len(text) > 120:
            continue
        name = _BODY_SUFFIX_RE.sub("", _BODY_PREFIX_RE.sub("", text.strip())).strip(" -–,:")
        if not name or not _BODY_RE.search(name):
            continue
        words = name.split()
        words[-1] = _GENITIVE_RE.sub(r"\1", words[-1])
        return " ".join(words)
    return None


def _kommune(header: list[str], lines: list[Line], udvalg: str | None) -> str | None:
    for text in header:
        m = KOMMUNE_RE.search(text)
        if m:
            return m.group(1)
    if udvalg:
        m = re.match(r"^(\S+) (Byråd|Kommunalbestyrelse)", udvalg)
        if m:
            return m.group(1)
    return mentioned_kommune(line.text for line in lines)


def _kind_from_items(items: list[Item]) -> str:
    decided = any(s.type == "beslutning" for item in items for s in item.sections)
    return "referat" if decided else "dagsorden"


# --- small helpers ------------------------------------------------------------------------------


def _first_cell(text: str) -> str:
    """A row's first cell (cells apart by a tab or a run of spaces)."""
    return re.split(r"\t|\s{2,}", text.strip())[0].strip()


def _case_label(text: str) -> str | None:
    """The value of a case-number label line ("Sagsnr.: 24/1234"), or None; the short
    label "Sag" needs no colon before a value in a case number's shape ("Sag 25-1234")."""
    m = _CASE_LABEL_RE.match(text.strip())
    if not m:
        m = _CELL_CASE_RE.match(text.strip())
        return m.group(1) if m and _CASE_BARE_RE.match(m.group(1)) else None
    value = re.split(r"\t|\s{2,}", m.group(1).strip())[0].strip()
    if not _CASE_VALUE_RE.match(value):  # "Sagsnr.: 24/1234 Dok.nr.: 99"
        value = value.split(" ")[0].rstrip(",;")
    return value if _CASE_VALUE_RE.match(value) else None


def _key(text: str) -> str:
    """A line's text with digits masked and spaces collapsed, for finding repeats."""
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _case_value(cell: str) -> str | None:
    """A cell's case number: labelled ("Sagsnr.: 24/123", "Sag 25-1") or bare ("24/123"): a
    labelled case number anywhere on the title's line is metadata, never title."""
    return _case_label(cell) or (cell.strip() if _CASE_BARE_RE.match(cell.strip()) else None)


def _body_size(lines: list[Line]) -> float | None:
    sizes = Counter(line.size for line in lines if line.size is not None and line.text.strip())
    return sizes.most_common(1)[0][0] if sizes else None


def _size_class(line: Line, body: float | None) -> int:
    if line.size is None or body is None:
        return 0
    return 1 if line.size > body + 0.5 else (-1 if line.size < body - 0.5 else 0)


def _styled(line: Line, body: float | None) -> bool:
    return line.bold or line.level > 0 or _size_class(line, body) > 0 or _capitals(line.text)


def _capitals(text: str) -> bool:
    """Two or more letters, all capitals (str.isupper: every cased character is)."""
    return text.isupper() and sum(ch.isalpha() for ch in text) > 1


def _next_text(lines: list[Line], start: int) -> int | None:
    for j in range(start, min(len(lines), start + 4)):
        if lines[j].text.strip():
            return j
    return None


def _prev_text(lines: list[Line], start: int) -> int | None:
    for j in range(start, max(-1, start - 4), -1):
        if lines[j].text.strip():
            return j
    return None


def _clean_title(text: str) -> str:
    return " ".join(text.split()).strip(" :–-·•|")


@functools.lru_cache(maxsize=16384)  # each line is compared with every TOC entry
def _norm(text: str) -> str:
    return _NON_WORD_RE.sub(" ", text.lower()).strip()


_NON_WORD_RE = re.compile(r"[^\wæøå]+")


def _same_title(a: str, b: str) -> bool:
    """Titles agree: equal once normalised, or one a prefix of the other (wrapped)."""
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    return len(short) >= 12 and long.startswith(short)


# --- the readers' entry for lines: known families first -------------------------------------

KNOWN_LAYOUT = {True: "first-agenda", False: "edoc-acadre"}


def _plausible(meeting: Meeting) -> bool:
    """Whether the known families' rules read a document of theirs: item numbers rise
    and titles are there and read as titles (a numbered "at ..." list, "1. Godkendt."
    near a case number or a label "Emne: …" is not)."""
    numbers = [int(i.number) for i in meeting.items if i.number.isdigit()]
    rising = all(b > a for a, b in zip(numbers, numbers[1:], strict=False))
    return rising and all(i.title and not i.title[:1].islower()
                          and not _DECISION_PHRASE_RE.match(i.title)
                          and not _CASE_IN_TEXT_RE.search(i.title)
                          and not _TITLE_LABEL_RE.match(i.title) for i in meeting.items)


def _explains_more(generic: Meeting, known: Meeting) -> bool:
    """Whether the generic reading of the same items finds structure the known rules
    missed: more case numbers, more items whose sections carry headings (run-in headings
    the rules do not split), fewer headings without text, or more typed sections in
    most items and fewer in none (a heading convention the rules do not know, recurring
    in every item: "II. Sagsfremstilling" read as a heading, not as the text of "I.
    Resumé")."""
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
    return g_cases > k_cases or (g_headed > k_headed and g_cases >= k_cases) or (
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
    family and its confidence (`confidence.assess`)."""
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
    except Exception:  # NotMinutes, or a bug: a known family's reading stands
        if known_reading is None:
            raise
        meeting, reading = known_reading, None
    # the known rules win unless the generic reader sees more items (they matched only
    # some of the lines that open items)
    if known_reading is not None and len(meeting.items) <= len(known_reading.items) \
            and not _explains_more(meeting, known_reading):
        meeting, reading = known_reading, None
    if reading is None:
        meeting.layout = KNOWN_LAYOUT[any(layout.is_punkt_line(line) for line in lines)]
        toc = table_of_contents(lines, _toc_rows(lines))
    else:
        meeting.layout = "generic"
        toc = reading.toc
    meeting.confidence, meeting.checks = assess(meeting, toc)
    return meeting
