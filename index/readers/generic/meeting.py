"""The meeting's fields from the lines before the first item: the labelled fields (date,
time, place, participants), the document's kind word, the udvalg as it calls itself,
and an unlabelled place beside the meeting's time (the kommune: `layout.kommune_of`);
where those give no date, the meeting as stated after the items (`stated_after`)."""

from __future__ import annotations

import datetime as dt
import re

from referat.index.committees import BODY_RE
from referat.index.layout import (
    Line,
    byline_parts,
    field_table,
    first_date,
    join_wrapped,
    place_after_time,
)
from referat.index.model import Item, Meeting
from referat.index.readers.generic.lines import PAGE_RE, size_class
from referat.index.sections import heading_date
from referat.index.vocabulary import (
    CLOSING_RE,
    FIELD_RE,
    KIND_RE,
    UDVALG_PREFIX_RE,
    field_kind,
)

_BODY_SUFFIX_RE = re.compile(
    r"(\s*[-–,]\s+|\s+)((d\.|den|mødedato)\s+)?(\d{1,2}[.\-/ ]|mandag|tirsdag|onsdag|torsdag|"
    r"fredag|lørdag|søndag|\d{4}-(?!\d{4}\b)).*$"
    # "… møde", the body's sentence ("Socialudvalget (af)holdt møde tirsdag …") too
    r"|\s+((?:har\s+)?(?:af)?hold(?:t|er)\s+)?(ordinære\s+|ekstraordinære\s+)?møde\b.*$"
    # the kind of document after the name ("Økonomiudvalget - Referat", "– Åbent referat")
    r"|\s*[-–,:|·•]\s*((åbent|lukket)\s+)?(referat|dagsorden|beslutningsprotokol)\b.*$",
    re.IGNORECASE,
)
# a body's term of office after its name ("Byråd 2022-2025") is part of the name; off, it is
# cut as a date is (`udvalg_of`)
TERM_OF_OFFICE = True
_TERM_RE = re.compile(r"\s+\d{4}-\d{4}\b.*$")
# what stands before the body's name: a newsletter's heading ("Nyt fra Økonomiudvalget"),
# or the words that make the name the meeting's, on a line of their own under the kind
# word ("Dagsorden" / "til mødet i Økonomiudvalget", "Referat" / "af mødet i …")
_BODY_PREFIX_RE = re.compile(r"^(?:(?:nyt|nyheder)\s+fra|(?:til|fra|for|af)\s+(?:det\s+)?"
                             r"(?:(?:ekstra)?ordinære\s+)?mødet?\s+(?:i|for))\s+",
                             re.IGNORECASE)
# the sentence that states the meeting, its date, then its place ("Referat fra mødet
# tirsdag den 12. marts 2024 i Mødelokale 2")
_PLACE_AFTER_DATE_RE = re.compile(r"\bmødet?\b.*?\b\d{4},?\s+(?:i|på)\s+"
                                  r"((?-i:[A-ZÆØÅ])[^.;]{2,60}?)\.?$", re.IGNORECASE)
_GENITIVE_RE = re.compile(r"(et|en|udvalg)s$")
# a label before the body's name ("MØDE: Byrådet", "Til: …") and the members it is
# addressed to ("Medlemmer af Plan- og Tryghedsudvalget", a greeting's "Kære medlemmer af
# Byrådet"): no part of the name
_NAME_LABEL_RE = re.compile(r"^(?:[^\W\d]+\s?){1,2}:\s+(?:(?:til\s+)?medlemmer(?:ne)?\s+af\s+)?"
                            r"|^(?:til\s+|kære\s+)?medlemmer(?:ne)?\s+af\s+", re.IGNORECASE)


# ... and wrapped where its next line goes on in lower case or it is a line of fields parted
# by "|" ("REFERAT | Byrådet | tirsdag den 12." / "marts 2024 kl. 16.00 | Byrådssalen";
# round 34, issue-18cn; off in `benchmarks.layouts.ablations`)
WRAPPED_FIELDS = True


def header_texts(lines: list[Line], body: float | None) -> list[str]:
    """The texts before the first item; the document's title (its largest type) wrapped
    over lines after a joining word ("Dagsorden Plan- og" / "Tryghedsudvalget"), before a
    line that goes on in lower case or after a line of fields, is one."""
    out: list[str] = []
    last: Line | None = None
    largest = max((line.size for line in lines if line.size and line.text.strip()), default=0)
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if (last is not None and out and line.size == largest and size_class(line, body) > 0
                and (line.size, line.bold) == (last.size, last.bold)
                and (out[-1].endswith(("-", ",", " og", " eller", " samt", " for", " i"))
                     or WRAPPED_FIELDS and (text[:1].islower() or " | " in out[-1]))):
            out[-1] = join_wrapped([out[-1], text])
        else:
            out.append(text)
        last = line
    return _without_mail_headers(out)


def kind_word_in(header: list[str]) -> str | None:
    for text in header[:40]:
        if len(text) > 160:
            continue
        m = KIND_RE.search(text)
        if m:
            return "dagsorden" if m.group(1).lower() == "dagsorden" else "referat"
    return None


# an e-mail's headers ("Fra:", "Til:", "Emne:", "Dato: 5. marts 2024 09:14")
_MAIL_HEADER_RE = re.compile(r"^(fra|til|cc|emne|dato|sendt|from|to|subject|date)\s*:",
                             re.IGNORECASE)


def _without_mail_headers(texts: list[str]) -> list[str]:
    """The texts without an e-mail's headers: a run of header lines ("Fra:", "Til:",
    "Emne:", "Dato:"), a sender and a subject among them, wherever the mail stands before
    the minutes (first, or under a forwarder's greeting). They say who sent the mail to
    whom and when, never the meeting's date; the recipients ("Til: Medlemmer af
    Socialudvalget") and the subject ("Emne: Referat fra mødet 12. marts 2024") are kept
    last, to name the body or the date only where the minutes do not."""
    heads = [m.group(1).lower() if (m := _MAIL_HEADER_RE.match(t)) else None for t in texts]
    dropped: set[int] = set()
    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and heads[end]:
            end += 1
        run = set(heads[start:end])
        if {"fra", "emne"} <= run or {"from", "subject"} <= run:
            dropped.update(range(start, end))
        start = end + 1
    if not dropped:
        return texts
    return [*(t for i, t in enumerate(texts) if i not in dropped),
            *(texts[i] for i in sorted(dropped) if heads[i] in ("til", "to", "emne", "subject"))]


def labelled_fields(lines: list[Line]) -> dict[str, str]:
    """Labelled meeting fields before the first item (label and value on one line, or
    the value on the next line)."""
    out: dict[str, str] = {}
    rows = field_table([line.text for line in lines if line.text.strip()])
    texts = _without_mail_headers([part for text in rows for part in _field_parts(text)])
    for i, text in enumerate(texts):
        m = FIELD_RE.match(text)
        if not m:
            continue
        kind = field_kind(m)
        value = m.group("value").strip(" \t:")
        if kind == "place":  # a place ends at its sentence's end
            value = _SENTENCE_AFTER_RE.sub("", value)
        if m.group("long") and re.fullmatch(r"\w+ \w{1,3}\.?", text):
            value = text.rstrip(".")  # no label: a room's name ("Mødelokale 2", "Mødesal B")
        if not value and i + 1 < len(texts) and not FIELD_RE.match(texts[i + 1]):
            value = texts[i + 1]
        if value and kind not in out:
            out[kind] = " ".join(value.replace("\t", " ").split())
    return out


# a sentence of its own after a field's value ("Mødelokale 2. Mødet begyndte kl. 16.00."):
# a stop, then a capitalised word and two or more words up to a closing stop
_SENTENCE_AFTER_RE = re.compile(r"(?<=\w)\.\s+[A-ZÆØÅ][^\W\d]+(?:\s+\S+){2,}\.$")
# a gap between two fields on one line: a tab or a run of spaces
_GAP_RE = re.compile(r"\t|\s{3,}")
# ... or a sentence's end before the next field's label and its colon ("Mødedato: 12. marts
# 2024 kl. 17.00. Mødested: Byrådssalen")
_NEXT_LABEL_RE = re.compile(r"(?<=\.)\s+(?=(?-i:[A-ZÆØÅ])[^\W\d]+(?:\s[^\W\d]+)?:\s)")


def _field_parts(text: str) -> list[str]:
    """A line of labelled fields set apart by a separator or a gap ("Tid: 16.00 · Sted:
    Rådhuset", "Mødedato: 12. marts 2024, kl. 19.00      Mødested: Mødelokale 1") as its
    fields, each read as a line of its own; any other line whole."""
    parts = byline_parts(text.strip())
    if len(parts) > 1 and sum(bool(FIELD_RE.match(p)) for p in parts) >= 2:
        return parts
    for gap in (_GAP_RE, _NEXT_LABEL_RE):  # each a label with its value: not a head row
        parts = gap.split(text.strip())
        if len(parts) > 1 and sum(bool((m := FIELD_RE.match(p)) and m.group("value").strip(" :"))
                                  for p in parts) >= 2:
            return parts
    return [text.strip()]


def meeting_date(fields: dict[str, str], header: list[str]) -> dt.date | None:
    for key in ("date", "time"):
        if fields.get(key) and heading_date(fields[key]):
            return heading_date(fields[key])
    return first_date(header)


def place_after_date(header: list[str]) -> str | None:
    """An unlabelled place at the end of the sentence that states the meeting and its
    date, with no time ("Referat fra mødet tirsdag den 12. marts 2024 i Mødelokale 2");
    not a closing line."""
    for text in header:
        m = _PLACE_AFTER_DATE_RE.search(text)
        if m and heading_date(text) and not CLOSING_RE.search(text):
            return " ".join(m.group(1).split())
    return None


def names(value: str) -> list[str]:
    parts = re.split(r"\s*[,;]\s*|\s+og\s+", value)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def udvalg_of(header: list[str]) -> str | None:
    """The body, as it calls itself: "Kommunalbestyrelsens møde" → "Kommunalbestyrelsen";
    from the line that names the document's kind first ("Referat fra Økonomiudvalget"),
    not a page's menu ("Byråd og udvalg") above it."""
    texts = [*(t for t in header[:15] if KIND_RE.search(t)), *header[:15]]
    # a byline of fields set apart by a separator ("Økonomiudvalget · 12. marts 2024 ·
    # Mødelokale 2"): each field a text of its own
    for text in (part for t in texts for part in byline_parts(t.strip())):
        if FIELD_RE.match(text) or len(text) > 120:
            continue
        label = _NAME_LABEL_RE.match(text.strip())
        if label and not BODY_RE.search(label.group(0)):  # not "Økonomiudvalget: Referat"
            text = text.strip()[label.end():]
        name = UDVALG_PREFIX_RE.sub("", text.strip())
        name = _BODY_SUFFIX_RE.sub("", _BODY_PREFIX_RE.sub("", name)).strip(" -–,:")
        name = name if TERM_OF_OFFICE else _TERM_RE.sub("", name)
        if not name or not BODY_RE.search(name):
            continue
        words = name.split()
        words[-1] = _GENITIVE_RE.sub(r"\1", words[-1])
        return " ".join(words)
    return None


# the sentence that states the meeting after it was held ("Mødet i Byrådet blev holdt
# tirsdag den 12. marts 2024 kl. 16.00 i Mødelokale 2 og hævet kl. 17.45.")
_STATED_RE = re.compile(r"^mødet\s+(?:i\s+(?P<body>.+?)\s+)?(?:blev\s+)?(?:af)?holdt\b",
                        re.IGNORECASE)
# ... or the sentence that announces it, closing a dagsorden ("Økonomiudvalget holder møde
# tirsdag den 12. marts 2024 kl. 16.00 i Mødelokale 2.", "Mødet afholdes …"; round 33,
# issue-18ck, switch ANNOUNCED_AFTER)
_ANNOUNCED_RE = re.compile(r"^(?:(?P<body>(?-i:[A-ZÆØÅ])[^.:;]{1,60}?)\s+(?:af)?holder\s+"
                           r"(?:\w+\s+)?møde|mødet\s+(?:af)?holdes)\b", re.IGNORECASE)
ANNOUNCED_AFTER = True
# ... or the same sentence in the past, closing a referat ("Økonomiudvalget holdt møde tirsdag
# den 12. marts 2024 kl. 16.00 i Mødelokale 2."; round 34, issue-18cn)
_HELD_RE = re.compile(r"^(?P<body>(?-i:[A-ZÆØÅ])[^.:;]{1,60}?)\s+(?:af)?holdt\s+"
                      r"(?:\w+\s+)?møde\b", re.IGNORECASE)
HELD_AFTER = True
_CLOSED_CLAUSE_RE = re.compile(r",?\s+og\s+(?:blev\s+)?(?:hævet|sluttede|afsluttet|slut)\b.*$",
                               re.IGNORECASE)
_LABEL_RE = re.compile(r"^\w+:\s")
# ... or a table's row of a label cell and a value cell ("Dato<tab>tirsdag den 12. marts")
_LABEL_CELL_RE = re.compile(r"^\w+\t\s*\S")
LABEL_CELLS_AFTER = True  # a table's label and value cells after the items state the meeting
_LAST_LINES = 15  # the document's last lines, where a box or a sentence states the meeting


def _labelled(text: str) -> bool:
    """Whether a line is a labelled field ("Dato: …", or a table's "Dato<tab>…")."""
    return bool(_LABEL_RE.match(text) or LABEL_CELLS_AFTER and _LABEL_CELL_RE.match(text))


def stated_after(lines: list[Line]) -> tuple[dt.date | None, str | None, str | None]:
    """The meeting's date, udvalg and place as stated after its items, in the document's
    last lines: a box of labelled fields ("Om mødet": "Forum: …", "Afholdt: tirsdag den 12.
    marts 2024", "Lokation: …"; a table's rows "Dato | …") or a closing sentence ("Mødet i
    Byrådet blev holdt … i Mødelokale 2 og hævet kl. 17.45.", a dagsorden's "Byrådet holder
    møde tirsdag den … i Mødelokale 2."). Only a labelled line's or that sentence's date
    counts, never a date in an item's text."""
    texts = [t for line in lines if (t := line.text.strip())][-_LAST_LINES:]
    fields = labelled_fields([Line(t) for t in texts if _labelled(t)])
    date = udvalg = place = None
    for text in texts:
        stated = _STATED_RE.match(text) or (ANNOUNCED_AFTER and "holde" in text
                                            and _ANNOUNCED_RE.match(text)) or (
            HELD_AFTER and "holdt" in text and _HELD_RE.match(text))
        if (stated or _labelled(text)) and date is None:
            date = heading_date(text)
        if stated and date is not None:
            udvalg = udvalg or stated.group("body")
            place = place or place_after_time([_CLOSED_CLAUSE_RE.sub(".", text)])
    return (date, fields.get("udvalg") or udvalg, fields.get("place") or place)


def fill_from_furniture(meeting: Meeting, texts: list[str]) -> None:
    """The meeting's udvalg, date and place, where its body names none, from the lines a
    page prints apart from it (a running header or footer, a page's `<footer>` after the
    items): the only place some documents name them. A line of fields parted by a
    separator ("Økonomiudvalget · 12. marts 2024 · Mødelokale 2") is read part by part:
    labelled fields by their labels, else the body's name, the first date, and a short name
    right after the date as the place."""
    lines = [[p.strip() for p in byline_parts(t) if p.strip()] for t in texts]
    parts = [p for line in lines for p in line if not PAGE_RE.match(p)]
    fields = labelled_fields([Line(p) for p in parts])
    meeting.udvalg = meeting.udvalg or fields.get("udvalg") or udvalg_of(parts)
    meeting.date = meeting.date or meeting_date(fields, parts)
    meeting.place = meeting.place or fields.get("place") or next(
        (place for line in lines for date, place in zip(line, line[1:], strict=False)
         if heading_date(date) and place[:1].isupper() and not heading_date(place)
         and ":" not in place and not KIND_RE.search(place) and not PAGE_RE.match(place)
         and len(place) <= 60), None)


def kind_from_items(items: list[Item]) -> str:
    decided = any(s.type == "beslutning" for item in items for s in item.sections)
    return "referat" if decided else "dagsorden"
