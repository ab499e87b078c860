"""How far an item's title runs: the lines it wraps onto (in its own type, in plain text up
to its case or status line, a paragraph that a heading follows)."""

from __future__ import annotations

import re

from referat.index.layout import LABEL_OPENS_RE as _LABEL_OPENS_RE
from referat.index.layout import Line
from referat.index.readers.generic.candidates import title_like
from referat.index.readers.generic.cases import (
    CASE_IN_TEXT_RE,
    CASE_OPENED_RE,
    case_label,
    case_value,
)
from referat.index.readers.generic.headings import heading_text, line_style
from referat.index.readers.generic.lines import (
    MAX_TITLE_CHARS,
    capitals,
    full,
    next_text,
    size_class,
    styled_line,
)
from referat.index.readers.generic.numbers import DOTTED_RE, NUMBER_RE, ORDINAL_RE, PUNKT_RE
from referat.index.readers.generic.status import (
    CLOSED_NOTE_RE,
    STATUS_HEAD_RE,
    STATUS_RE,
    metadata_line,
)
from referat.index.vocabulary import FIELD_RE


def closed_by_case(lines: list[Line], k: int, opener: Line) -> bool:
    """In a text export, or a PDF in one type throughout, a line directly under the title
    in its type that a case-number line closes is the title's ("Dagsordenspkt. 6 -
    Udsættelse af … på" / "Cafe Langsiden …" / "Sagsnr. 22-009020"), or a status line
    ("… i Greve" / "Kommune" / "Lukket punkt"): the title runs to its case or status line."""
    line = lines[k]
    text = line.text.strip()
    plain = opener.size is None and line.size is None and not line.level or (
        not opener.bold and (line.size, line.bold, line.level) == (opener.size, False, 0))
    return (plain and not opener.level and k + 1 < len(lines) and bool(text)
            and metadata_line(lines[k + 1].text.strip())
            and title_like(text)
            and not heading_text(text) and not text.endswith((".", ":"))
            and not _LABEL_OPENS_RE.match(text))


def title_paragraph(lines: list[Line], k: int, opener: Line) -> bool:
    """In a text export, a line directly under the title that ends the title's paragraph,
    a section heading after the blank line below it, is the title's ("Beslutningspunkt
    13: … i Marte" / "Meo metoden" / "" / "Kort fortalt"), when the line above it is full
    (`_filled`): a short title ended where it did, and the line under it is a note of its
    own ("Genoptaget fra mødet den …")."""
    line = lines[k]
    text = line.text.strip()
    after = next_text(lines, k + 1)
    return (opener.size is None and not opener.level and line.size is None
            and not line.level and bool(text) and after is not None and after > k + 1
            and heading_text(lines[after].text.strip()) is not None
            and title_like(text) and not heading_text(text)
            and not text.endswith((".", ":")) and not _LABEL_OPENS_RE.match(text)
            and not case_label(text) and not STATUS_RE.match(text)
            and not STATUS_HEAD_RE.match(text) and not CASE_IN_TEXT_RE.search(f" {text}")
            and not re.match(r"\S+[.:]\s", text)  # a label ("Sagsnr. …", "Dato: …")
            and k > 0 and _filled(lines, lines[k - 1], text))  # last: it reads every line


def _filled(lines: list[Line], line: Line, below: str) -> bool:
    """Whether a plain text line ended because it was full (`full`), against the widest
    plain line of the document (`_wrapped` measures a PDF line against its type's)."""
    width = max((len(x.text.rstrip()) for x in lines if x.size is None), default=0)
    return full(line.text.rstrip(), below, width, 0.9)


def bold_with(title: Line, line: Line) -> bool:
    """In plain text, a line set bold as the title's line above it is (the lines one rule
    underlines: "… ved Greve" / "Borgerhus" / "======"): the title's next line, unless it
    is the item's status or case number ("Lukket punkt", "22-006832" in bold)."""
    text = line.text.strip()
    return (title.size is None and line.size is None and not title.level and not line.level
            and title.bold and line.bold and not STATUS_RE.match(text)
            and not case_value(text))


def continues_title(opener: Line, last: str, line: Line, body: float | None,
                    hstyle: tuple | None = None, *, caps_apart: bool) -> bool:
    text = line.text.strip()
    last = last.split("\t")[0]  # the title's own words: a cell beside them is no part
    # a line in the title's own type, set apart and not the headings' type, is the
    # title's next line even when it reads as a heading ("… Freyas Kvarter," /
    # "orientering") or opens with a year ("… Greve Kommune i" / "2023 - opfølgning")
    same = (opener.size is not None and line.size == opener.size
            and line.bold == opener.bold and size_class(opener, body) > 0
            and line_style(line, body, caps_apart=caps_apart) != hstyle)
    # a title in bold capitals wraps onto a line of bold capitals or a year (small
    # capitals: the marker's row takes the number's larger size, the wrapped line the
    # letters' own)
    caps = (opener.bold and line.bold and opener.size is not None and line.size is not None
            and line.size <= opener.size and capitals(last,
                                                      caps_apart=caps_apart) and not opener.level
            and (capitals(text, caps_apart=caps_apart) or re.fullmatch(r"(19|20)\d\d",
                                                                       text) is not None)
            # not a known heading in the headings' type ("AFGØRELSE" under the title), nor
            # one set smaller than a title without a number (no marker's row to be larger)
            and not (heading_text(text) and (line_style(line, body,
                                                        caps_apart=caps_apart) == hstyle or (
                line.size < opener.size and not NUMBER_RE.match(opener.text.strip())))))
    same = same or caps
    number = NUMBER_RE.match(text)
    if number and same and re.fullmatch(r"(19|20)\d\d", number.group(1)):
        number = None
    if (not text or (heading_text(text) and not (same or text[0].islower()))
            or case_label(text) or PUNKT_RE.match(text) or _LABEL_OPENS_RE.match(text)
            or number or ORDINAL_RE.match(text) or FIELD_RE.match(text)
            or DOTTED_RE.match(text) or STATUS_RE.match(text)
            or line.level != opener.level):
        return False
    if opener.level:  # an HTML element is a whole line: a title does not wrap
        return False
    if CASE_OPENED_RE.search(last) and re.fullmatch(r"[^\s()\[\]]*\d[^\s()\[\]]*\s*[)\]]", text):
        return True  # "… (Sagsnummer" / "23-014383)": the bracketed case number wrapped
    if caps or bold_with(opener, line):
        return True
    if opener.size is not None and line.size is not None and styled_line(opener, body,
                                                                         caps_apart=caps_apart):
        # the same type; a title set larger than the text may mix weights (a case
        # number in regular type beside a bold title)
        return line.size == opener.size and (line.bold == opener.bold
                                             or size_class(opener, body) > 0)
    # plain text: a line indented under a marker's line that starts at the margin is the
    # title's hard-wrapped continuation ("37 - Title …" / "    Reparation af …")
    if (opener.size is None and line.size is None and line.text[:2].isspace()
            and not opener.text[:1].isspace() and len(text) <= MAX_TITLE_CHARS
            and not text.endswith((".", ":")) and not CLOSED_NOTE_RE.search(text)):
        return True
    # lower case, a year left over ("… mødekalender" / "2023") or after a joining word
    return (text[0].islower() or re.fullmatch(r"(19|20)\d\d([-–/]\d{2,4})?", text) is not None
            or _OPEN_END_RE.search(last) is not None)


# A title's line that cannot end it: a hyphen, a comma, a joining word, a preposition or
# an abbreviation that wants its object ("… (F) vedr." / "Reparation af …").
_OPEN_END_RE = re.compile(r"(?:[-,]|\s(?:og|eller|samt|i|til|for|af|om|på|ved|med|fra|mod|"
                          r"mellem|efter|under|vedr\.|vedrørende|ang\.|angående|jf\.|"
                          r"inkl\.|ifm\.))$", re.IGNORECASE)
