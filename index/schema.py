"""The Whoosh schema: one document per agenda item, one per indexed file.

Defined once; the writer and the query module import it from here. The schema is
pickled into the index, so the analyzer's import path (`referat.index.analysis`) is
part of the on-disk format, and so is `FORMAT_VERSION` (`index.store` records it).

Every field holds what its Whoosh format says, so stock Whoosh can search, merge and
optimise the index: a text field's stems, exact forms and compound parts with their
frequencies (Frequency), and beside it a phrase field (`phrase_field`) with the exact
forms' positions (Positions), which only phrases read.
"""

from __future__ import annotations

import re

from referat.index.analysis import ExactFormFilter, danish_analyzer
from referat.index.sections import SECTION_TYPES
from whoosh.analysis import RegexTokenizer
from whoosh.analysis.analyzers import Analyzer
from whoosh.analysis.filters import LowercaseFilter
from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema

FORMAT_VERSION = 2
"""The index format this referat writes and reads (`index.store` records it in the
index folder). 1: indexes before 2026-12-05 (positions declared on every term of a text
field, stored for exact forms only: stock Whoosh could not merge them or match a
phrase). 2: text fields in Frequency format, phrase positions in phrase fields."""

# Section types with a field of their own; every other type goes to "rest".
SECTION_FIELDS = ("beslutning", "indstilling", "resume", "sagsfremstilling")
REST_FIELD = "rest"
TEXT_FIELDS = ("title", *SECTION_FIELDS, REST_FIELD)


def field_for_section(section_type: str) -> str:
    """The text field that holds a section of this canonical type."""
    return section_type if section_type in SECTION_FIELDS else REST_FIELD


PHRASE_SUFFIX = "_phrase"


def phrase_field(fieldname: str) -> str:
    """The field that holds the positions of a text field's exact forms (phrases)."""
    return fieldname + PHRASE_SUFFIX


PHRASE_FIELDS = tuple(map(phrase_field, TEXT_FIELDS))


def text_field_of(fieldname: str | None) -> str | None:
    """The text field a phrase field serves (any other field name as it is)."""
    if fieldname in PHRASE_FIELDS:
        return fieldname[: -len(PHRASE_SUFFIX)]
    return fieldname


FIELD_SECTION_TYPES: dict[str, tuple[str, ...]] = {
    name: tuple(t for t in SECTION_TYPES if field_for_section(t) == name)
    for name in (*SECTION_FIELDS, REST_FIELD)
}


def text_field(analyzer: Analyzer, **kwargs: object) -> TEXT:
    """A section's (or the title's) words: stems, exact forms and compound parts with
    their frequencies (Whoosh's Frequency format: what is stored is what it says)."""
    return TEXT(analyzer=analyzer, phrase=False, **kwargs)


def phrase_positions_field(analyzer: Analyzer) -> TEXT:
    """The exact forms of a text field's words with their positions (Whoosh's
    Positions format), for phrases only: a field of its own, so that the stems, most
    postings, carry no positions, and every posting of either field holds what its
    format says (stock Whoosh reads, merges and optimises both)."""
    return TEXT(analyzer=analyzer | ExactFormFilter())


def build_schema() -> Schema:
    """The schema of a referat index (items and file records share it)."""
    text = danish_analyzer()
    # Committee and kommune names: lower-cased words, no stemming, for partial matches.
    names = RegexTokenizer(r"\w+") | LowercaseFilter()
    return Schema(
        doctype=ID(stored=True),  # "item" or "file"
        id=ID(stored=True, unique=True),
        path=ID(stored=True),  # absolute source path; shared by a file and its items
        content_hash=ID(stored=True),
        kommune=ID(stored=True, sortable=True),
        kommune_words=TEXT(analyzer=names),
        udvalg=ID(stored=True, sortable=True),
        udvalg_words=TEXT(analyzer=names),
        date=DATETIME(stored=True, sortable=True),
        year=ID(stored=True, sortable=True),
        kind=ID(stored=True, sortable=True),
        number=ID(stored=True),
        position=STORED,  # the item's place in its meeting, for stable ordering
        case_number=ID(stored=True),
        case=KEYWORD(lowercase=True),  # normalised case-number variants, see case_keys()
        closed=BOOLEAN(stored=True),
        # What the decision says (index.decisions): its outcome, the party keys of the
        # votes against (index.votes.party_keys) and the case key that ties a case's items.
        outcome=ID(stored=True, sortable=True),
        against=KEYWORD(lowercase=True, commas=True),
        case_key=ID(stored=True, sortable=True),
        page=STORED,
        sections=KEYWORD(stored=True, commas=True),  # section types present
        # abbreviations the item's text defines, "ppr=pædagogisk psykologisk rådgivning"
        # and "kommunekontaktrådet<kkr" (index.acronyms): the index's own table of them
        acronyms=KEYWORD(commas=True),
        title=text_field(text, stored=True),
        beslutning=text_field(text),
        indstilling=text_field(text),
        resume=text_field(text),
        sagsfremstilling=text_field(text),
        rest=text_field(text),
        **{phrase_field(name): phrase_positions_field(text) for name in TEXT_FIELDS},
        body=STORED,  # the item's meeting and sections (JSON; stored fields are compressed)
        file_meta=STORED,  # for doctype "file": size, mtime_ns, status, reason, items
    )


_CASE_SPLIT = re.compile(r"[^0-9a-zæøå]+")


def case_keys(case_number: str) -> set[str]:
    """Search keys of a case number: as written, compact, and its distinctive part.

    "EMN-2023-009832" gives emn-2023-009832, emn2023009832, 2023-009832, 2023009832;
    "23-004924" gives 23-004924 and 23004924; "00.22.00-G01-2-24" gives
    00.22.00-g01-2-24 and 002200g01224.
    """
    text = case_number.strip().lower()
    parts = [p for p in _CASE_SPLIT.split(text) if p]
    if not parts:
        return set()
    keys = {text, "".join(parts), "-".join(parts)}
    # Drop a leading letters-only prefix (EMN-, SAG-) and keep the rest.
    if len(parts) > 1 and parts[0].isalpha():
        keys |= {"".join(parts[1:]), "-".join(parts[1:])}
    return keys


def looks_like_case_number(text: str) -> bool:
    """True for query words shaped like a case number (digits with separators)."""
    parts = [p for p in _CASE_SPLIT.split(text.lower()) if p]
    digits = sum(c.isdigit() for c in text)
    return len(parts) >= 2 and digits >= 4 or (text.isdigit() and len(text) >= 8)
