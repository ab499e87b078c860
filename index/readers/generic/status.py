"""An item's status (open or closed) as printed on a line of its own, before or after its
title or in a cell beside it, and the short verdicts a decision opens with."""

from __future__ import annotations

import re
from dataclasses import replace

from referat.index.layout import Line
from referat.index.readers.generic.cases import META_SEPARATOR_RE, case_label
from referat.index.vocabulary import MATTER

# "Lukket punkt: title", "title (Lukket)", "Åbent punkt - title": a status with the title
CLOSED_RE = re.compile(r"^\(?(?:lukket|åbent?)(?:\s+(?:punkt|sag))?\)?\s*[:.\-–]\s*"
                       r"|^[(\[](?:lukket|åbent?)(?:\s+(?:punkt|sag))?[)\]]\s*"
                       r"|^(?:lukket|åbent?)\s+punkt\s*$", re.IGNORECASE)
# ... or a badge beside it in capitals ("Title Åben", "Title Lukket punkt")
CLOSED_SUFFIX_RE = re.compile(r"\s*[(\[]\s*(?:lukket|åbent?)(?:\s+(?:punkt|sag))?\s*[)\]]$"
                              r"|\s+[-–|]\s*(?:lukket|åbent?)(?:\s+(?:punkt|sag))?$"
                              r"|\s+(?-i:Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?$",
                              re.IGNORECASE)
# a status then a case-number label on one line ("Åben sag  Sagsnr.: 24/123")
STATUS_HEAD_RE = re.compile(r"^\(?(?:åbent?|lukket|offentligt?|fortroligt?)"
                            r"(?:\s+(?:punkt|sag|dagsordenspunkt))?\)?\s*[:\-–|]?\s+(?=\S)",
                            re.IGNORECASE)
# Short verdicts that a decision line opens with: never an item title.
DECISION_PHRASE_RE = re.compile(
    r"^(godkendt|godkendes|tiltrådt|tiltrådte|taget til efterretning|tages til efterretning|"
    r"anbefalet|anbefales|vedtaget|vedtages|udsat|udsættes|oversendes|oversendt|"
    r"drøftet|drøftes|ingen bemærkninger|intet)\b",
    re.IGNORECASE,
)
# "Åbent punkt" / "Lukket punkt": a line that says whether the next item is public
STATUS_RE = re.compile(r"^\(?(åbent|åben|offentligt?|lukket|fortroligt?)"
                        r"(\s+(punkt|sag|dagsordenspunkt|møde))?\)?\s*[:.]?$", re.IGNORECASE)

# an item's status as a field of its own ("Status: Lukket", "Adgang: Åben", a field table's
# row "Status | Lukket")
STATUS_FIELD_RE = re.compile(r"^(?:status|adgang|offentlighed)\s*(?::|\t)\s*"
                             r"(åbent?|lukket|fortroligt?|offentligt?|ikke\s+offentligt?)"
                             r"(?:\s+(?:punkt|sag))?\.?$", re.IGNORECASE)

# A status printed after the title, or after the number that follows it: "Title (Lukket
# punkt)", "Title – pkt. 17 (Lukket)", "Title - Lukket", "Title [Fortrolig]", "Title (Ikke
# offentligt)". The item's, never part of its title nor in the way of its number.
STATUS_SUFFIX_RE = re.compile(
    r"\s*(?:[(\[]\s*((?:lukket|åbent?|fortroligt?|ikke\s+offentligt?|offentligt?)"
    r"(?:\s+(?:punkt|sag|dagsordenspunkt|møde))?)\s*[)\]]"
    r"|\s[-–|:]\s*((?:lukket|åbent?|fortroligt?)(?:\s+(?:punkt|sag|dagsordenspunkt))?))$",
    re.IGNORECASE)
# ... or a cell beside the title, apart by a tab or a run of spaces, that holds the kind of
# matter the item is ("3. Title    Til beslutning"; an open or closed status in such a cell
# is read by `items.item`): metadata, never part of the title, whatever column holds it
STATUS_CELL_RE = re.compile(rf"(?:\t|\s{{3,}})\s*((?:{MATTER}))\s*$", re.IGNORECASE)
# the kind of matter an item is, printed in a column beside its title: metadata
MATTER_RE = re.compile(rf"^{MATTER}$", re.IGNORECASE)
CLOSED_WORDS = ("lukket", "fortrolig", "ikke offentlig")

# a group heading that says the items under it, up to the next such heading, are closed
# or open ("Lukkede sager", "Lukket dagsorden", "Åbne punkter")
GROUP_RE = re.compile(r"^(?:(?P<plural>lukkede|fortrolige|åbne|offentlige)\s+(?:sager|punkter|"
                      r"dagsordenspunkter)|(?P<single>lukket|fortrolig|åben)\s+dagsorden)\s*:?$",
                      re.IGNORECASE)

# "Behandlet for lukkede døre.", "Punktet er lukket for offentligheden.": the body of a
# closed item, a note on how it was handled
CLOSED_NOTE_RE = re.compile(r"\b(?:for|bag)\s+lukkede\s+døre\b|\blukket\s+for\s+offentligheden\b",
                            re.IGNORECASE)
# ... or any short line that names the item and calls it closed ("Punktet er lukket.",
# "Sagen behandles som fortrolig."; round 33, issue-18ck, switch CLOSED_SENTENCES)
_CLOSED_SENTENCE_RE = re.compile(r"^(?=.*\b(?:dagsordens)?(?:punkt|sag)\w*\b)"
                                 r"(?=.*\b(?:lukket|lukkede|fortrolig)\w*\b).{0,80}$",
                                 re.IGNORECASE)
CLOSED_SENTENCES = True


def closed_note(text: str) -> bool:
    """Whether a line is a note that its item is closed: how it was handled, or a short
    line that says so."""
    return bool(CLOSED_NOTE_RE.search(text) or CLOSED_SENTENCES
                and _CLOSED_SENTENCE_RE.match(text.strip()))


def metadata_line(text: str) -> bool:
    """Whether a line is an item's metadata: a case number, a status, or fields apart by
    a separator one of which is either ("Åben sag · Ansvarlig: … · Sagsnr. 24-001436")."""
    fields = META_SEPARATOR_RE.split(text)
    return any(case_label(f) is not None or STATUS_RE.match(f.strip())
               for f in (fields if len(fields) > 1 else [text]))


def metadata_cells(text: str) -> bool:
    """Whether a marker's line after its number holds only the item's metadata, cells apart
    by a separator or a gap each a status or a case number ("· Lukket punkt", "· Åben ·
    Sagsnr. 24-001")."""
    cells = [x.strip() for x in re.split(r"\s*[·|•]\s*|\s{3,}|\t", text) if x.strip()]
    return bool(cells) and all(STATUS_RE.match(x) or case_label(x) for x in cells)


# a ticked box before a choice ("X Lukket punkt", "☒ Lukket", "[x] Åben"); an empty one ("☐")
_TICKED_RE = re.compile(r"^(?:[xX✓✔☒☑■]|\[[xX]\])\s+(?=\S)")
_EMPTY_BOX_RE = re.compile(r"^(?:[☐□]|\[ \])\s*(?=\S)")


# the rule's switch (round 28, issue-18by; off in `benchmarks.layouts.ablations`)
TICKED_STATUS = True


def ticked_status(lines: list[Line]) -> list[Line]:
    """The lines with a form's status choices read as the one ticked: a line whose cells
    offer two statuses or more (`X Åbent punkt<tab>Lukket punkt<tab>Sagsnr. …`), exactly one
    of them ticked, keeps that status alone; the choices left unticked are no status."""
    if not TICKED_STATUS:
        return lines
    out = []
    for line in lines:
        cells = line.text.split("\t")
        plain = [_EMPTY_BOX_RE.sub("", _TICKED_RE.sub("", c.strip())) for c in cells]
        choices = [k for k, c in enumerate(plain) if STATUS_RE.match(c)]
        ticked = [k for k in choices if _TICKED_RE.match(cells[k].strip())]
        if len(choices) < 2 or len(ticked) != 1:
            out.append(line)
            continue
        kept = [c for k, c in enumerate(plain) if k not in choices or k == ticked[0]]
        out.append(replace(line, text="\t".join(kept)))
    return out
