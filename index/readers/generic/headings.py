"""Section headings: which lines are a known heading (`index.sections`), an unknown one
set as the document sets its known headings, or a heading numbered under its item; and
whether the document sets its headings apart."""

from __future__ import annotations

import functools
import re
from collections import Counter

from referat.index.layout import Line
from referat.index.readers.generic.cases import case_label
from referat.index.readers.generic.lines import (
    MAX_HEADING_CHARS,
    SENTENCE_END,
    capitals,
    size_class,
    styled_line,
)
from referat.index.sections import (
    KIND_HEADINGS,
    heading_date,
    heading_phrase,
    history_entry,
    reads_as_clause,
    section_type,
)
from referat.index.vocabulary import FIELD_RE


def unknown_heading(text: str) -> bool:
    """A short capitalised line without closing punctuation: a heading by its look."""
    return (1 <= len(text.split()) <= 4 and text[:1].isupper() and text[-1:] not in ".,;"
            and not any(ch.isdigit() for ch in text))


# a number before a lower-case word is an ordinal ("2. behandling", "1. kvartal"); a
# heading numbered so capitalises its word ("2. Beslutning")
_ORDINAL_RE = re.compile(r"^\d{1,3}\.\s+[a-zæøå]")
_RULE_RE = re.compile(r"^[+|]?[-=_~*+]{3,}[+|]?$")
_BOXED_RE = re.compile(r"^[|║│](.*?)[|║│]?$")


def unboxed(line: Line) -> Line:
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


def section_heading(line: Line, previous: Line | None, strict: bool, body: float | None,
                    hstyle: tuple | None = None, *,
                    caps_apart: bool) -> tuple[str, str, str] | None:
    """(heading, type, text on the same line) when the line is a section heading: a
    known one (`index.sections`), or an unknown one set as the document sets its known
    headings (`hstyle`), or as an HTML heading."""
    raw = unnumbered(line.text.strip())  # "4.1<TAB>Resumé": the number in a cell of its own
    text, _, inline = raw.partition("\t")
    labelled = "\t" in raw
    if labelled and not text.rstrip().endswith(":"):
        return None
    text = unnumbered(text.strip())
    if len(text) > MAX_HEADING_CHARS or text.endswith(","):
        return None
    kind = section_type(text)
    styled = styled_line(line, body, caps_apart=caps_apart) or line.level > 0
    if kind is None:
        # an unknown heading set as one: an HTML heading, or a short line in the type
        # of the document's known headings ("Konklusion" in bold like "Beslutning")
        if line.level and len(text) <= 80 and not text.endswith("."):
            return text, "other", ""
        if (hstyle is not None and line_style(line, body, caps_apart=caps_apart) == hstyle
            and not labelled
                and len(text.split()) <= 6 and text[:1].isupper() and text[-1] not in ".,;"
                and not case_label(text) and not FIELD_RE.match(text)
                and not any(ch.isdigit() for ch in text)):
            return text.rstrip(":").strip(), "other", ""
        return None
    if text[:1].islower() and not styled:
        return None  # a sentence's last word wrapped ("… Økonomiudvalgets" / "indstilling.")
    if _ORDINAL_RE.match(text):
        return None  # "2. behandling i Byrådet den …": an ordinal in a sentence, no heading
    exact = heading_phrase(text)
    if not exact and (not heading_date(text) and text.endswith(".") and len(text.split()) >= 3
                      or not styled and reads_as_clause(text)):
        # a sentence ("Administrationens indstilling godkendes.", "Økonomi- og
        # Planudvalget besluttede i 2017, at …" wrapped, "Sagen er en opfølgning fra
        # Byrådets beslutning den 20. juni 2022"): text, not a heading, dated or not
        return None
    if strict and not (styled or labelled) and (exact or heading_date(text) is None):
        return None
    if not exact and not styled and previous is not None and not text.endswith(":") \
            and (heading_date(text) is None or history_entry(text)):
        # a phrase after an unfinished line continues its text; a dated heading
        # ("Beslutning i Byrådet den 12. marts 2024") stands on its own, and so does one
        # closed by a colon ("Beslutning i Økonomiudvalget:"), but a body and a date alone
        # inside a sentence are a page's running header or the sentence's words
        before = previous.text.strip()
        if before and before[-1] not in SENTENCE_END and not heading_text(before):
            return None
    return text, kind, " ".join(inline.split())


def kind_heading(line: Line, strict: bool, body: float | None,
                 kind_word: str | None, *, caps_apart: bool) -> tuple[str, str, str] | None:
    """The document's own kind word as a heading under an item of a referat ("Referat",
    "Beslutningsprotokol"): what the meeting recorded for the item, its decision."""
    text = line.text.strip().rstrip(":").strip()
    if kind_word != "referat" or text.lower() not in KIND_HEADINGS:
        return None
    if strict and not styled_line(line, body, caps_apart=caps_apart):
        return None
    return text, "beslutning", ""


def heading_text(text: str) -> str | None:
    """The section type of a short line that reads as a known heading."""
    text = unnumbered(text.strip().split("\t")[0].strip())
    if not text or len(text) > MAX_HEADING_CHARS or text.endswith(","):
        return None
    return section_type(text)


def line_style(line: Line, body: float | None, *, caps_apart: bool) -> tuple:
    """A line's type: weight, size (its class against the text's: set apart or not, and
    the size itself), heading level, capitals."""
    return (line.bold, size_class(line, body), line.size, line.level, capitals(line.text,
                                                                               caps_apart=caps_apart))


def heading_style(lines: list[Line], body: float | None, *, caps_apart: bool) -> tuple | None:
    """The type the document sets its known headings in (bold, a larger size, an HTML
    level, capitals), when three or more of them and most share one that is set apart;
    else None (plain headings teach nothing about unknown ones)."""
    styles = Counter(line_style(line, body, caps_apart=caps_apart) for line in lines
                     if "\t" not in line.text
                     and heading_phrase(unnumbered(line.text.strip().rstrip(":").strip())))
    if not styles:
        return None
    style, n = styles.most_common(1)[0]
    set_apart = style[0] or style[1] > 0 or style[3] > 0 or style[4]
    return style if set_apart and n >= 3 and n * 3 >= sum(styles.values()) * 2 else None


def whole_line_headings(lines: list[Line]) -> int:
    """How many lines (before run-in headings are split) are a known heading alone.
    Whether a document sets its headings apart is learned from them where it has a few:
    a run-in heading ("Sagsfremstilling: …") shows no typography, so plain "Bilag" lines
    under run-in headings are headings."""
    return sum("\t" not in line.text and heading_phrase(unnumbered(line.text.strip()))
               for line in lines)


def strict_headings(lines: list[Line], body: float | None, *, caps_apart: bool) -> bool:
    """Whether the document has typography and sets most of its known headings apart
    (bold, capitals, a heading level, or a larger size than the text's)."""
    if all(line.size is None and not line.level for line in lines):
        return False
    candidates = [line for line in lines
                  if "\t" not in line.text and heading_phrase(unnumbered(line.text.strip()))]
    styled = sum(line.bold or line.level > 0 or capitals(line.text, caps_apart=caps_apart)
                 or size_class(line, body) > 0 for line in candidates)
    return bool(candidates) and styled * 3 >= len(candidates) * 2


# A heading numbered under its item: "3.1 Sagsfremstilling", "a) Indstilling", "Ad 2.
# Beslutning", "ii. Økonomi" (a capital letter or a plain "3." numbers items, not headings)
_HEADING_NUMBER_RE = re.compile(
    r"^(?:\d{1,3}\.\d{1,2}(?:\.\d{1,2})?\.?|\(?(?-i:[a-z])\)|(?-i:[a-z])\.|[ivx]{1,4}[.)]"
    r"|ad\.?\s+(?:(?:punkt|pkt)\.?\s*)?\d{1,3}[a-f]?[.):]?)\s*[-–]?\s+(?=\S)",
    re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def unnumbered(text: str) -> str:
    """A heading without the number it carries under its item ("3.1 Sagsfremstilling" →
    "Sagsfremstilling"), when the rest is a known heading; else the text unchanged."""
    m = _HEADING_NUMBER_RE.match(text)
    if m is None:
        return text
    rest = text[m.end():]
    return rest if section_type(rest.split("\t")[0].rstrip(":").strip()) else text
