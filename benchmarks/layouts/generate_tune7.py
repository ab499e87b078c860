"""A seventh tuning set of invented layouts (`tune7`, tuned on): conventions of Danish
publishing systems that the earlier 181 layouts lack or have only in another combination,
written from general knowledge of how kommuner and regioner publish dagsordener and
referater (committee systems' PDF and HTML exports, Word PDFs, CMS pages, text exports),
not from any kommune's published minutes.

Conventions: a PDF with a running header and "Side n af m" footer whose items start
mid-page and whose continuation pages repeat the title with "(fortsat)"; a table of
contents with page numbers under "Åbent møde" and "Lukket møde", the closed items last;
deltager, afbud and fraværende lists before item 1 with a Sagsnr./Dok.nr./Sagsbehandler
block under each title; one-word decisions ("Tiltrådt.", "Anbefales.") under dated
committee headings, oldest first (text, PDF) or newest first (HTML); soft hyphens, no-break
and zero-width spaces in titles and headings with <br><br> paragraphs; an XHTML page with
an XML prolog in ISO-8859-1; a Word PDF and its copied text with words hyphenated at line
ends (and ligatures in the text); numbered attachment lists of file names ("1.
Situationsplan.pdf") after every item; heading wordings the heading table lacked.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); names of people and attachment
files are invented. The truth is the meeting the generator wrote.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, draw, rendered, stated, text_of
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate13 import _word
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.pdfwriter import wrap, wrap_lines

DATE_LONG = "12. marts 2024"
EARLIER = "Økonomiudvalget"
ONE_WORD = ("Tiltrådt.", "Godkendt.", "Taget til efterretning.", "Indstillingen tiltrådt.")
FILES = ("Situationsplan.pdf", "Høringssvar samlet.pdf", "Tidsplan.docx", "Budgetoverslag.xlsx",
         "Notat om proces.pdf", "Kort over området.pdf")
PEOPLE = ("Anne Holm (A), formand", "Bent Lund (V)", "Carsten Møller (F)", "Dorthe Krag (C)",
          "Erik Nørgaard (O)")


@dataclass
class Layout7t(LayoutFields):
    closed_last: bool = False  # the closed items are the last ones, not the second
    closed_title: str | None = None  # closed items keep their titles here
    decisions: str = "single"  # single | oldest (dated committee headings) | newest
    bilag: bool = False


LAYOUTS_TUNE7: list[Layout7t] = [
    # PDF: running header, "Side n af m"; "4. Title" bold 12 starts mid-page, a page that
    # continues an item opens with "4. Title (fortsat)"
    Layout7t("fortsat-side-af-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".pdf",)),
    # a table of contents with page numbers under "Åbent møde" / "Lukket møde"; an item
    # per page; the closed items last, printed with their title only
    Layout7t("toc-pages-open-closed",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".pdf", ".txt"), closed=2,
             closed_last=True),
    # deltagere, afbud, fraværende before item 1; Sagsnr./Dok.nr./Sagsbehandler under titles
    Layout7t("deltagere-sagsbehandler-block",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt", ".pdf"), case="{case}"),
    # "Punkt 4 – Title"; the decision history oldest first under dated committee headings,
    # one-word decisions
    Layout7t("dated-oneword-decisions",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "")],
             formats=(".txt", ".pdf"), decisions="oldest", udvalg="Byrådet",
             place="Byrådssalen"),
    # CMS: "Punkt&nbsp;4:&#8203;" titles and headings with soft hyphens; <br><br> paragraphs
    Layout7t("soft-hyphen-nbsp-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".html", ".txt"), closed=1),
    # XHTML 1.0 with an XML prolog, ISO-8859-1, <h2 class='punkt'> items, <h3> headings
    Layout7t("xhtml-prolog-latin1",
             [("sagsfremstilling", "Sagsfremstilling"), ("lovgrundlag", "Lovgrundlag"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer: {case}", closed=1),
    # Word PDF and its copied text: words hyphenated at line ends; ligatures in the text
    Layout7t("hyphenated-word-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf", ".txt"), case="Sag: {case}"),
    # numbered attachment lists of file names after every item
    Layout7t("bilag-filenames",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".txt", ".html"), bilag=True),
    # heading wordings the heading table lacked; the number in a margin
    Layout7t("variant-headings-margin",
             [("resume", "Sagens resumé"), ("sagsfremstilling", "Forvaltningens bemærkninger"),
              ("okonomi", "Sagens økonomi"), ("lovgrundlag", "Lov- og plangrundlag"),
              ("sagsforloeb", "Sagsgang"), ("indstilling", "Forvaltningens indstilling"),
              ("beslutning", "Udvalgets beslutning")], formats=(".txt", ".pdf")),
    # HTML articles, the decision history newest first under "Byrådet, 12.03.2024"
    Layout7t("newest-oneword-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "")], formats=(".html",), decisions="newest", udvalg="Byrådet",
             place="Byrådssalen", case="Sags-ID {case}"),
    # deltagere and afbud as <ul> under <h2>; "Åbent møde"/"Lukket møde" <h2> between items
    Layout7t("deltagere-ul-open-closed-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), closed=1, closed_last=True),
]


def by_name_tune7(name: str) -> Layout7t | None:
    return next((layout for layout in LAYOUTS_TUNE7 if layout.name == name), None)


def _history(layout: Layout7t, udvalg: str, rng: random.Random) -> list[Section]:
    if layout.decisions == "oldest":
        earlier, now = f"{EARLIER} den 5. marts 2024", f"{udvalg} den {DATE_LONG}"
    else:
        earlier, now = f"{EARLIER}, 05.03.2024", f"{udvalg}, 12.03.2024"
    out = [Section(earlier, "beslutning", "Anbefales."),
           Section(now, "beslutning", rng.choice(ONE_WORD))]
    return out if layout.decisions == "oldest" else out[::-1]


def truth_tune7(layout: Layout7t, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 3, 12, 41])
    udvalg = layout.udvalg or chosen[0][0]
    count = len(chosen)
    closed_at = (set(range(count - layout.closed, count)) if layout.closed_last
                 else set([1][: layout.closed]))
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            if kind == "beslutning" and layout.decisions != "single":
                sections += _history(layout, udvalg, rng)
                continue
            if kind == "sagsforloeb":
                text = f"{EARLIER} behandler sagen den 5. marts 2024."
            else:
                text = text_of(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        if layout.bilag and not closed:
            files = rng.sample(FILES, rng.randint(2, 4))
            sections.append(Section("Bilag", "bilag",
                                    "\n".join(f"{n}. {f}" for n, f in enumerate(files, 1))))
        case = None if closed or not layout.case else src.case_number
        items.append(Item(str(start + k), " ".join(src.title.split()), case, closed,
                          sections=sections))
    return stated(layout, udvalg, items)


def _marks(layout: Layout7t, item: Item) -> list[str]:
    return [layout.case.format(case=item.case_number)] if item.case_number else []


def _fields(meeting: Meeting) -> list[str]:
    return [f"Mødedato: Tirsdag den {DATE_LONG}", "Mødetid: Kl. 16.00 - 18.30",
            f"Mødested: {meeting.place}"]


def _deltagere() -> list[str]:
    return [f"Deltagere: {', '.join(PEOPLE[:4])}", f"Afbud: {PEOPLE[4]}",
            "Fraværende: Ingen", "Sekretær: Lise Dam"]


def _dok(k: int) -> str:
    return f"2024-{48213 + 97 * k:06d}"


SAGSBEHANDLERE = ("Hanne Sørensen", "Peter Friis", "Maja Kjær")


def _block(layout: Layout7t, item: Item, k: int) -> list[str]:
    """The Sagsnr./Dok.nr./Sagsbehandler block under a title (open items)."""
    if item.closed or not item.case_number:
        return []
    return [f"{'Sagsnr.:':<16}{item.case_number}", f"{'Dok.nr.:':<16}{_dok(k)}",
            f"{'Sagsbehandler:':<16}{SAGSBEHANDLERE[k % 3]}"]


# --- hyphenation and the characters of copied text ----------------------------------------


def _hyphenate(text: str, fits) -> list[str]:
    """Greedy wrap where `fits(line)` says whether a line fits; a word that does not fit
    is split with a hyphen when both parts keep four letters (a Word PDF's hyphenation)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if fits(candidate) or not line:
            line = candidate
            continue
        split = next((n for n in range(len(word) - 4, 3, -1)
                      if word[:n].isalpha() and word[n:].isalpha() and word[:n].islower()
                      and fits(f"{line} {word[:n]}-")), 0)
        if split:
            out.append(f"{line} {word[:split]}-")
            line = word[split:]
        else:
            out.append(line)
            line = word
    return [*out, line] if line else out


def _ligatures(text: str) -> str:
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


# --- text --------------------------------------------------------------------------------------


def _toc_line(item: Item, page: int) -> str:
    return f"{item.number}. {item.title}    {page}"


def _text_toc(layout: Layout7t, meeting: Meeting) -> str:
    out = [_word(meeting).upper(), meeting.udvalg, *_fields(meeting), "", "Indholdsfortegnelse"]
    opened = closed = False
    body: list[str] = []
    for page, item in enumerate(meeting.items, start=2):
        if not item.closed and not opened:
            out.append("Åbent møde")
            body += ["", "Åbent møde"]
            opened = True
        if item.closed and not closed:
            out.append("Lukket møde")
            body += ["", "Lukket møde"]
            closed = True
        out.append(_toc_line(item, page))
        body += ["", *wrap(f"{item.number}. {item.title}", 78), *_marks(layout, item)]
        for s in item.sections:
            body += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join([*out, *body]) + "\n"


def _text_deltagere(layout: Layout7t, meeting: Meeting) -> str:
    out = ["REFERAT", meeting.udvalg, *_fields(meeting), *_deltagere()]
    for k, item in enumerate(meeting.items):
        out += ["", *wrap(f"{item.number}. {item.title}", 78), *_block(layout, item, k)]
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_dated(layout: Layout7t, meeting: Meeting) -> str:
    out = [f"{_word(meeting)} af {meeting.udvalg}s møde", *_fields(meeting)]
    for item in meeting.items:
        out += ["", *wrap(f"Punkt {item.number} – {item.title}", 78), *_marks(layout, item)]
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _shy(word: str) -> str:
    """A long word with a soft hyphen in its middle (as a CMS's hyphenation filter)."""
    return f"{word[: len(word) // 2]}\xad{word[len(word) // 2:]}" if len(word) >= 10 else word


def _shy_text(text: str) -> str:
    return " ".join(_shy(w) for w in text.split(" "))


def _text_shy(layout: Layout7t, meeting: Meeting) -> str:
    out = [f"{_word(meeting)} – {meeting.udvalg}", *_fields(meeting)]
    for item in meeting.items:
        out += ["", f"Punkt\xa0{item.number}:\u200b {_shy_text(item.title)}",
                *(m.replace(" ", "\xa0") for m in _marks(layout, item))]
        out += ["Lukket punkt"] if item.closed else []
        for s in item.sections:
            out += ["", _shy_text(s.heading), *s.text.splitlines()]
    return "\n".join(out) + "\n"


def _text_hyphen(layout: Layout7t, meeting: Meeting) -> str:
    def fits(line: str) -> bool:
        return len(line) <= 64

    out = [f"{_word(meeting)} for {meeting.udvalg}", *_fields(meeting)]
    for item in meeting.items:
        out += ["", *_hyphenate(f"{item.number}. {item.title}", fits), *_marks(layout, item)]
        for s in item.sections:
            out += ["", s.heading,
                    *(x for para in s.text.splitlines() for x in _hyphenate(para, fits))]
    return _ligatures("\n".join(out)) + "\n"


def _text_bilag(layout: Layout7t, meeting: Meeting) -> str:
    out = [f"{_word(meeting)} – {meeting.udvalg}", *_fields(meeting)]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number}. {item.title}", 78), *_marks(layout, item)]
        for s in item.sections:
            out += ["", f"{s.heading}:", *(wrap_lines(s.text, 78) if s.type != "bilag"
                                           else s.text.splitlines())]
    return "\n".join(out) + "\n"


def _text_margin(layout: Layout7t, meeting: Meeting) -> str:
    out = [f"{_word(meeting).upper()} – {meeting.udvalg}", *_fields(meeting)]
    for item in meeting.items:
        title = wrap(item.title, 70)
        out += ["", f"{item.number:<8}{title[0]}", *(" " * 8 + x for x in title[1:]),
                *(" " * 8 + m for m in _marks(layout, item))]
        for s in item.sections:
            out += ["", " " * 8 + s.heading, *wrap_lines(s.text, 70, " " * 8)]
    return "\n".join(out) + "\n"


def render_text_tune7(layout: Layout7t, meeting: Meeting) -> str:
    return {"toc-pages-open-closed": _text_toc,
            "deltagere-sagsbehandler-block": _text_deltagere,
            "dated-oneword-decisions": _text_dated,
            "soft-hyphen-nbsp-html": _text_shy,
            "hyphenated-word-pdf": _text_hyphen,
            "bilag-filenames": _text_bilag,
            "variant-headings-margin": _text_margin}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


class _FortsatPager(Pager):
    """A pager that opens every page continuing an item with the item's title, "(fortsat)"."""

    cont: list[str] = []  # noqa: RUF012 (set per item)

    def new_page(self) -> None:
        super().new_page()
        for line in self.cont:
            self.y -= 16
            self.put(self.margin, line, 12, 2)
        self.y -= 6 if self.cont else 0


def _one_line(text: str, tail: str) -> str:
    """`text` and `tail` on one bold 12 pt line, the text cut at a word with "…" if need be."""
    words = text.split()
    while _width(" ".join(words) + tail, 12, True) > 480:
        words = words[:-1]
        tail = tail if tail.startswith("…") else f"…{tail}"
    return " ".join(words) + tail


def _pdf_fortsat(layout: Layout7t, meeting: Meeting) -> bytes:
    p = _FortsatPager()
    p.head(f"{_word(meeting)} – {meeting.udvalg}", _fields(meeting))
    for item in meeting.items:
        p.cont = []
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.cont = [_one_line(f"{item.number}. {item.title}", " (fortsat)")]
        p.sections(item, gap=6)
    return p.pdf(header=lambda n: f"{meeting.udvalg} · {_word(meeting)} · {DATE_LONG}",
                 footer=lambda n, m: f"Side {n} af {m}")


def _pdf_toc(layout: Layout7t, meeting: Meeting) -> bytes:
    p = Pager()
    p.pages = []
    pages = []
    opened = closed = False
    for item in meeting.items:
        p.new_page()
        if not item.closed and not opened:
            _put_lines(p, ["Åbent møde"], 56, 14, 2, 20)
            opened = True
        if item.closed and not closed:
            _put_lines(p, ["Lukket møde"], 56, 14, 2, 20)
            closed = True
        pages.append(len(p.pages) + 1)
        p.y -= 6
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 13, True), 56, 13, 2, 17)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=6)
    body = p.pages
    p.pages = [[]]
    p.y = p.top
    p.head(f"{_word(meeting)} – {meeting.udvalg}", _fields(meeting))
    _put_lines(p, ["Indholdsfortegnelse"], 56, 14, 2, 22)
    shown = set()
    for item, page in zip(meeting.items, pages, strict=True):
        part = "Lukket møde" if item.closed else "Åbent møde"
        if part not in shown:
            shown.add(part)
            p.y -= 4
            _put_lines(p, [part], 56, 11, 2, 16)
        for k, line in enumerate(_wrap_pt(f"{item.number}. {item.title}", 400, 10, False)):
            p.room(14)
            p.put(56, line, 10, 1)
            if k == 0:
                p.put(500, str(page), 10, 1)
    p.pages += body
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_deltagere(layout: Layout7t, meeting: Meeting) -> bytes:
    p = Pager()
    p.head("REFERAT", [meeting.udvalg, *_fields(meeting), *_deltagere()])
    for k, item in enumerate(meeting.items):
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        for line in _block(layout, item, k):
            p.room(12)
            label, _, value = line.partition(":")
            p.put(56, f"{label}:", 8, 1)
            p.put(140, value.strip(), 8, 1)
        p.sections(item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_dated(layout: Layout7t, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{_word(meeting)} af {meeting.udvalg}s møde", _fields(meeting))
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"Punkt {item.number} – {item.title}", 480, 12, True),
                   56, 12, 2, 16)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_hyphen(layout: Layout7t, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{_word(meeting)} for {meeting.udvalg}", _fields(meeting))
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _hyphenate(f"{item.number}. {item.title}",
                                 lambda x: _width(x, 13, True) <= 330), 56, 13, 2, 17)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 10, 2)
            for para in s.text.splitlines():
                _put_lines(p, _hyphenate(para, lambda x: _width(x, 10, False) <= 360),
                           56, 10, 1, 14)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_margin(layout: Layout7t, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{_word(meeting).upper()} – {meeting.udvalg}", _fields(meeting))
    for item in meeting.items:
        p.y -= 14
        title = _wrap_pt(item.title, 420, 12, True)
        p.room(16)
        p.put(56, item.number, 12, 2)
        p.put(110, title[0], 12, 2)
        _put_lines(p, title[1:], 110, 12, 2, 16)
        _put_lines(p, _marks(layout, item), 110, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(110, s.heading, 10, 2)
            p.body(s.text, 110, 420)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def render_pdf_tune7(layout: Layout7t, meeting: Meeting) -> bytes:
    return {"fortsat-side-af-pdf": _pdf_fortsat,
            "toc-pages-open-closed": _pdf_toc,
            "deltagere-sagsbehandler-block": _pdf_deltagere,
            "dated-oneword-decisions": _pdf_dated,
            "hyphenated-word-pdf": _pdf_hyphen,
            "variant-headings-margin": _pdf_margin}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_shy(layout: Layout7t, meeting: Meeting) -> str:
    def shy(text: str) -> str:
        return e(_shy_text(text)).replace("\xad", "&shy;")

    body = ["<main class='page'>", f"<h1>{_word(meeting)} – {e(meeting.udvalg)}</h1>",
            "<div class='meeting-meta'>" + "<br>".join(e(x) for x in _fields(meeting)) + "</div>"]
    for item in meeting.items:
        body.append(f"<h2>Punkt&nbsp;{item.number}:&#8203; {shy(item.title)}</h2>")
        body += [f"<p class='meta'>{e(m).replace(' ', '&nbsp;')}</p>"
                 for m in _marks(layout, item)]
        body += ["<p class='meta'>Lukket punkt</p>"] if item.closed else []
        for s in item.sections:
            body.append(f"<h3>{shy(s.heading)}</h3><div class='rte'>"
                        + "<br><br>".join(e(x) for x in s.text.splitlines()) + "</div>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_xhtml(layout: Layout7t, meeting: Meeting) -> str:
    out = ["<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>",
           "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
           "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">",
           "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"da\" lang=\"da\">",
           "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\" />",
           f"<title>{_word(meeting)} - {e(meeting.udvalg)}</title></head><body>",
           "<div id=\"content\">", f"<h1>{e(meeting.udvalg)}</h1>",
           f"<p class=\"subtitle\">{_word(meeting)}</p>",
           *(f"<p class=\"meta\">{e(x)}</p>" for x in _fields(meeting))]
    for item in meeting.items:
        out.append(f"<h2 class=\"punkt\">{item.number}. {e(item.title)}</h2>")
        out += [f"<p class=\"sagsnr\">{e(m)}</p>" for m in _marks(layout, item)]
        out += ["<p class=\"lukket\">Lukket punkt</p>"] if item.closed else []
        out += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
    return "\n".join([*out, "</div></body></html>"])


def _html_bilag(layout: Layout7t, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{_word(meeting)} – {e(meeting.udvalg)}</h1>",
            *(f"<p>{e(x)}</p>" for x in _fields(meeting))]
    for item in meeting.items:
        body.append(f"<h3>{item.number}. {e(item.title)}</h3>")
        body += [f"<p>{e(m)}</p>" for m in _marks(layout, item)]
        for s in item.sections:
            if s.type == "bilag":
                links = "<br>".join(f"<a href='/bilag/{k}'>{e(x)}</a>"
                                    for k, x in enumerate(s.text.splitlines(), 1))
                body.append(f"<p><strong>{e(s.heading)}</strong></p><p>{links}</p>")
            else:
                body.append(f"<p><strong>{e(s.heading)}</strong></p>{_paras(s.text)}")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_newest(layout: Layout7t, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(meeting.udvalg)}</h1>",
            f"<p>{_word(meeting)} · {DATE_LONG} kl. 17.00 · {e(meeting.place)}</p>"]
    for item in meeting.items:
        body += ["<article class='dagsordenspunkt'>",
                 f"<header><span class='nr'>Punkt {item.number}</span>"
                 f"<h2>{e(item.title)}</h2></header>"]
        body += [f"<p class='sag'>{e(m)}</p>" for m in _marks(layout, item)]
        for s in item.sections:
            tag = "h4" if s.type == "beslutning" else "h3"
            body.append(f"<{tag}>{e(s.heading)}</{tag}>{_paras(s.text)}")
        body.append("</article>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_deltagere(layout: Layout7t, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{_word(meeting)}</h1>", f"<p>{e(meeting.udvalg)}</p>",
            *(f"<p>{e(x)}</p>" for x in _fields(meeting)),
            "<h2>Deltagere</h2><ul>", *(f"<li>{e(x)}</li>" for x in PEOPLE[:4]), "</ul>",
            "<h2>Afbud</h2><ul>", f"<li>{e(PEOPLE[4])}</li>", "</ul>"]
    shown = set()
    for item in meeting.items:
        part = "Lukket møde" if item.closed else "Åbent møde"
        if part not in shown:
            shown.add(part)
            body.append(f"<h2>{part}</h2>")
        body.append(f"<h2>{item.number}. {e(item.title)}</h2>")
        body += [f"<p>{e(m)}</p>" for m in _marks(layout, item)]
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def render_html_tune7(layout: Layout7t, meeting: Meeting) -> bytes:
    if layout.name == "xhtml-prolog-latin1":
        return _html_xhtml(layout, meeting).encode("iso-8859-1", errors="xmlcharrefreplace")
    return {"soft-hyphen-nbsp-html": _html_shy,
            "bilag-filenames": _html_bilag,
            "newest-oneword-html": _html_newest,
            "deltagere-ul-open-closed-html": _html_deltagere}[layout.name](
        layout, meeting).encode()


def document_tune7(layout: Layout7t, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth_tune7(layout, seed)
    return meeting, rendered(layout, meeting, render_text_tune7, render_html_tune7,
                             render_pdf_tune7)


def unhyphenated(text: str) -> str:
    """A rendering's text with soft hyphens, zero-width spaces, ligatures and line-end
    hyphenation undone (for the generator's own check, not the reader)."""
    text = html.unescape(text).replace("\xad", "").replace("\u200b", "")
    text = text.replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"(?<=[a-zæøå])-\n(?=[a-zæøå])", "", text)
