"""A twenty-fifth set of invented layouts (`test25`): a twentieth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner,
regioner and the boards and councils around them publish minutes (ældreråd, handicapråd,
joint committee meetings, regionsråd, the board of a kommune-owned utility), not from any
kommune's published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: an ældreråd's referat with its
members present, absent and the referent, "Punkt 4" and the title as two bold runs on one
baseline, no case numbers and oblique headings ("Sagen kort", "Baggrund", "Ældrerådets
bemærkninger"); a joint meeting of two committees with "Nr. 4:" and a decision per
committee; a regionsråd PDF with regional case numbers "1-30-72-45-24" and the
vote as a drawn grid of parties; a utility company's board minutes ("Ad dagsordenens punkt
4:", "Fortroligt punkt", a signature block after the last item); a byråd's referat in narrow
Times with every item on new pages and running over several, the decision first; an HTML
page with an English summary in a lang='en' block beside the Danish resumé; an HTML decision
followed by a <table> of votes with a <caption>; a handicapråd's dagsorden in HTML with a
metadata <ul> below each title and "Rådet skal"; an ældreråd's WordPress post with run-in
bold "Drøftelse:" and "Konklusion:"; a text referat where each item carries the decisions of
three regional bodies, oldest first; a text referat with "4 — Title" and run-in headings; a
bilingual text with "Punkt 4 (Item 4): Title".

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate20's truth, with this set's regional case numbers, English
summaries, vote tables and extra decisions). Section types are the type a heading means in
referat's model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate20 import Layout20, truth20
from benchmarks.layouts.pdfwriter import wrap

JOINT = ("Børne- og Ungeudvalget", "Kultur- og Fritidsudvalget")
BOARD = "Bestyrelsen for Solbakke Forsyning A/S"
PARTIES = ("A", "V", "C", "F", "Ø", "O", "I")
VOTE_CAPTION = "Afstemning"
VOTE_HEAD = "Parti For Imod Undlod"
MEMBERS = ("Inger Dahl", "Bent Mikkelsen", "Grethe Lund", "Poul Erik Hansen", "Kirsten Juhl")
SUMMARY_EN = ("The committee is asked to consider item {n}, summarised here in English. "
              "The full case description, the recommendation and the decision are in Danish.")
REGION_BODIES = (("Beslutning i Udvalget for regional udvikling den 27. februar 2024",
                  "Udvalget anbefaler indstillingen over for Forretningsudvalget."),
                 ("Beslutning i Forretningsudvalget den 5. marts 2024",
                  "Forretningsudvalget anbefaler indstillingen over for Regionsrådet."))


@dataclass
class Layout25(Layout20):
    region_case: bool = False  # regional case numbers "1-30-72-45-24" instead of Greve's
    summary_en: bool = False  # an English summary (type resume) after the Danish one
    votes: bool = False  # the decision ends with a table of votes by party
    earlier: tuple[tuple[str, str], ...] = ()  # (heading, text): decisions before the own
    later: tuple[tuple[str, str], ...] = ()  # (heading, text): decisions after the own


LAYOUTS25: list[Layout25] = [
    # an ældreråd's referat (Word PDF): "Til stede:", "Afbud:", "Referent:"; "Punkt 4" and
    # the title two bold runs on one baseline (x 56 and 128); no case numbers; headings in
    # Helvetica-Oblique, not bold: "Sagen kort" (resume), "Baggrund" (sagsfremstilling),
    # "Ældrerådets bemærkninger" (beslutning: what the council concluded); no closed item
    Layout25("t25-aeldreraad-oblique-pdf",
             [("resume", "Sagen kort"), ("sagsfremstilling", "Baggrund"),
              ("beslutning", "Ældrerådets bemærkninger")],
             formats=(".pdf",), case="", udvalg="Ældrerådet", place="Aktivitetscentret"),
    # a joint meeting of two committees: "Referat af fællesmøde mellem … og …" (the udvalg
    # is both, as printed); "Nr. 4: Title" bold 12; "Sagsnr.: …"; bold headings;
    # a decision per committee, the first the source's, the second a fixed one; a running
    # header "Fællesmøde … · 12. marts 2024"; one closed item
    Layout25("t25-joint-meeting-two-decisions-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Børne- og Ungeudvalgets beslutning")],
             formats=(".pdf",), closed=1, udvalg=" og ".join(JOINT),
             later=(("Kultur- og Fritidsudvalgets beslutning",
                     "Kultur- og Fritidsudvalget tiltrådte Børne- og Ungeudvalgets "
                     "beslutning."),)),
    # a regionsråd's PDF: "Regionsrådet", "Mødedato", "Mødested" in a ruled two-cell block;
    # "4. Title" bold; regional case numbers "Sagsnummer: 1-30-72-45-24"; the decision ends
    # in a drawn grid "Parti | For | Imod | Undlod", a row per party (lines of the decision);
    # "Side n af m"; one closed item
    Layout25("t25-regionsraad-votes-grid-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnummer: {case}", closed=1, udvalg="Regionsrådet",
             place="Regionshuset, Mødesal 1", region_case=True, votes=True),
    # the board of a kommune-owned utility: "Referat af bestyrelsesmøde nr. 2/2024", the
    # board's name, the date and place in one sentence, "Deltagere:"; "Ad dagsordenens
    # punkt 4: Title" bold; no case numbers; bold headings with a colon ("Sagsfremstilling:",
    # "Direktionens indstilling:", "Bestyrelsens beslutning:"); the closed item "Fortroligt
    # punkt"; after the last item a signature block of the members; "Side n af m"
    Layout25("t25-utility-board-pdf",
             [("sagsfremstilling", "Sagsfremstilling:"),
              ("indstilling", "Direktionens indstilling:"),
              ("beslutning", "Bestyrelsens beslutning:")],
             formats=(".pdf",), case="", closed=1, udvalg=BOARD,
             place="Forsyningens domicil, Mødelokale 1"),
    # a byråd's referat in Times: every item on new pages, a narrow column (300 pt) at
    # 11 pt with wide leading so items run over several pages; "Punkt 4." bold alone, the
    # title bold 14 below; "Sagsnr. …"; the decision first ("Byrådets beslutning"), then
    # "Resumé", "Sagsfremstilling", "Lovgrundlag", "Økonomi", "Indstilling", bold Times;
    # running header "Byrådet – Referat – 12.03.2024", "Side n af m"; one closed item
    Layout25("t25-long-items-times-pdf",
             [("beslutning", "Byrådets beslutning"), ("resume", "Resumé"),
              ("sagsfremstilling", "Sagsfremstilling"), ("lovgrundlag", "Lovgrundlag"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen"),
    # an HTML referat with an English summary: <h2>4. Title</h2>, <p>Sagsnr.: …</p>, <h3>
    # headings; after "Resumé" a <div lang='en'> with <h3>Summary in English</h3> (resume:
    # a summary, in English); the page's <html lang='da'>; one closed item
    Layout25("t25-english-summary-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), closed=1, summary_en=True),
    # an HTML referat whose decisions end in a <table class='afstemning'> of votes with a
    # <caption>Afstemning</caption> and a row per party; <h2>Punkt 4 — Title</h2>;
    # "<strong>Sagsnr.</strong> …"; <h3> headings; fields in a <p> with <br>s; no closed item
    Layout25("t25-votes-table-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", udvalg="Byrådet", place="Byrådssalen",
             votes=True),
    # a handicapråd's dagsorden: <h1>Dagsorden</h1>, <h2>Handicaprådet</h2>; per item an <h2>
    # title, then <ul class='meta'><li>Punkt: 4</li><li>Sag: …</li></ul>; <h3> headings
    # "Baggrund" (sagsfremstilling), "Rådet skal" (indstilling: what the council is asked
    # to do), no decisions; one closed item
    Layout25("t25-handicapraad-agenda-html",
             [("sagsfremstilling", "Baggrund"), ("indstilling", "Rådet skal")],
             formats=(".html",), kind="dagsorden", case="Sag: {case}", closed=1,
             udvalg="Handicaprådet", place="Rådhuset, lokale 3"),
    # an ældreråd's WordPress post: <article class='post'>, <h1 class='entry-title'>Referat
    # fra Ældrerådets møde 12. marts 2024</h1>, the place in a "Sted:" line; per item <h3>4.
    # Title</h3>; no case numbers; sections run in, <p><strong>Drøftelse:</strong> text</p>
    # (sagsfremstilling: what was discussed) and <p><strong>Konklusion:</strong> text</p>
    # (beslutning); no closed item
    Layout25("t25-aeldreraad-wordpress-html",
             [("sagsfremstilling", "Drøftelse"), ("beslutning", "Konklusion")],
             formats=(".html",), case="", udvalg="Ældrerådet", place="Aktivitetscentret"),
    # a regional text referat: "Regionsrådet", "Mødedato:", "Mødested:"; "Sag nr. 4: Title";
    # "Sagsnr. 1-30-72-45-24"; plain headings; each open item's decisions in order, oldest
    # first: the regional committee's, the Forretningsudvalg's (fixed), then
    # "Beslutning i Regionsrådet den 12. marts 2024" (the source's); one closed item
    Layout25("t25-region-three-decisions-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i Regionsrådet den 12. marts 2024")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1, udvalg="Regionsrådet",
             place="Regionshuset, Mødesal 1", region_case=True, earlier=REGION_BODIES),
    # a text referat: "4 — Title" (an em dash), "Sagsnr.: …" on the next line, headings run
    # in with a colon "Sagsfremstilling: text"; the fields in one sentence first; one
    # closed item
    Layout25("t25-emdash-runin-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1),
    # a bilingual text: "Punkt 4 (Item 4): Title"; "Sagsnr. / Case no.: …"; headings
    # "Resumé / Summary", "Sagsfremstilling", "Indstilling", "Beslutning / Decision", each on
    # its own line; after the resumé "Summary in English" (resume); fields "Dato / Date:",
    # "Sted / Venue:"; one closed item
    Layout25("t25-bilingual-item-labels-txt",
             [("resume", "Resumé / Summary"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning / Decision")],
             formats=(".txt",), case="Sagsnr. / Case no.: {case}", closed=1, summary_en=True),
]


def by_name25(name: str) -> Layout25 | None:
    return next((layout for layout in LAYOUTS25 if layout.name == name), None)


def _region_case(rng: random.Random) -> str:
    return (f"1-{rng.randint(10, 39)}-{rng.randint(10, 99)}-{rng.randint(1, 99)}-"
            f"{rng.choice((23, 24))}")


def _votes(rng: random.Random) -> list[str]:
    """A vote table as text lines: its caption, its head, then a row per party (for,
    against, abstained)."""
    rows = [VOTE_CAPTION, VOTE_HEAD]
    for party in rng.sample(PARTIES, rng.randint(4, 6)):
        seats = rng.randint(1, 9)
        against = rng.choice((0, 0, 0, seats))
        rows.append(f"{party} {seats - against} {against} 0")
    return rows


def truth25(layout: Layout25, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate20's truth with this
    set's regional case numbers, English summaries, vote tables and extra decisions."""
    meeting = truth20(layout, seed)
    rng = random.Random(f"{layout.name}-{seed}-25")
    for item in meeting.items:
        if not layout.case:
            item.case_number = None
        if layout.region_case and item.case_number:
            item.case_number = _region_case(rng)
        if item.closed:
            continue
        sections: list[Section] = []
        for s in item.sections:
            if s.type == "beslutning":
                if layout.votes:
                    s.text = "\n".join([s.text, *_votes(rng)])
                sections += [Section(h, "beslutning", t) for h, t in layout.earlier]
                sections.append(s)
                sections += [Section(h, "beslutning", t) for h, t in layout.later]
            else:
                sections.append(s)
            if s.type == "resume" and layout.summary_en:
                sections.append(Section("Summary in English", "resume",
                                        SUMMARY_EN.format(n=item.number)))
        item.sections = sections
    return meeting


def _mark(layout: Layout25, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


def _vote_rows(text: str) -> tuple[str, list[list[str]]]:
    """A decision's prose and its vote table's rows as cells, after the caption (empty when
    it has none)."""
    lines = text.splitlines()
    if VOTE_HEAD not in lines:
        return text, []
    k = lines.index(VOTE_HEAD)
    return "\n".join(lines[:k - 1]), [row.split() for row in lines[k:]]


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_aeldreraad(layout: Layout25, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    _put_lines(p, [meeting.udvalg], 56, 16, 2, 22)
    _put_lines(p, ["Referat fra mødet"], 56, 12, 1, 18)
    _put_lines(p, [f"Dato: tirsdag den {DATE_LONG} kl. 10.00", f"Sted: {meeting.place}",
                   f"Til stede: {', '.join(MEMBERS[:4])}", f"Afbud: {MEMBERS[4]}",
                   f"Referent: {MEMBERS[1]}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        title = _wrap_pt(item.title, 400, 12, True)
        p.room(17)
        p.put(56, f"Punkt {item.number}", 12, 2)
        p.put(128, title[0], 12, 2)
        _put_lines(p, title[1:], 128, 12, 2, 16)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 10, 3)
            p.body(s.text)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_joint(layout: Layout25, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat af fællesmøde mellem"], 56, 14, 2, 20)
    _put_lines(p, [f"{JOINT[0]} og", JOINT[1]], 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}, kl. 17.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"Nr. {item.number}: {item.title}", 480, 12, True), 56, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, gap=6)
    header = f"Fællesmøde {' / '.join(JOINT)} · {DATE_LONG}"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n}")


def _grid(p: Pager, rows: list[list[str]], x: float = 56, width: float = 60) -> None:
    """A vote table drawn as cells with rules between the rows."""
    for k, row in enumerate(rows):
        p.room(15)
        p.rule(x, x + width * len(row), p.y + 11)
        for c, cell in enumerate(row):
            p.put(x + 4 + width * c, cell, 9, 2 if k == 0 else 1)
    p.rule(x, x + width * len(rows[0]), p.y - 4)


def _pdf_region_votes(layout: Layout25, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    for label, value in (("Mødedato", f"{DATE_LONG}, kl. 14.00"), ("Mødested", meeting.place)):
        p.room(15)
        p.rule(56, 536, p.y + 11)
        p.put(60, label, 10, 2)
        p.put(180, value, 10, 1)
    p.rule(56, 536, p.y - 4)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 10, 2)
            prose, rows = _vote_rows(s.text)
            p.body(prose)
            if rows:
                p.y -= 4
                _put_lines(p, [VOTE_CAPTION], 56, 9, 2, 14)
                _grid(p, rows)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_board(layout: Layout25, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat af bestyrelsesmøde nr. 2/2024"], 56, 16, 2, 22)
    _put_lines(p, [meeting.udvalg], 56, 12, 2, 18)
    _put_lines(p, _wrap_pt(f"Mødet blev holdt tirsdag den {DATE_LONG} kl. 15.00 i "
                           f"{meeting.place}.", 480, 10, False), 56, 10, 1, 14)
    _put_lines(p, [f"Deltagere: {', '.join(MEMBERS)}, direktør Jens Kold"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"Ad dagsordenens punkt {item.number}: {item.title}", 480, 11,
                               True), 56, 11, 2, 15)
        if item.closed:
            _put_lines(p, ["Fortroligt punkt"], 56, 10, 1, 14)
        p.sections(item, gap=6)
    p.y -= 30
    _put_lines(p, ["Godkendt og underskrevet af bestyrelsen:"], 56, 10, 1, 14)
    for name in MEMBERS:
        p.y -= 18
        p.room(14)
        p.rule(56, 256, p.y + 12)
        p.put(56, name, 9, 1)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_long(layout: Layout25, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Times-Roman", b"Times-Bold"))
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetid: kl. 17.00 - 21.30",
                   f"Mødested: {meeting.place}"], 56, 11, 1, 16)
    for item in meeting.items:
        p.new_page()
        _put_lines(p, [f"Punkt {item.number}."], 56, 12, 2, 18)
        _put_lines(p, _wrap_pt(item.title, 400, 14, True), 56, 14, 2, 19)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 10, 1, 15)
        for s in item.sections:
            p.y -= 10
            _put_lines(p, [s.heading], 56, 12, 2, 17)
            for para in s.text.splitlines():
                _put_lines(p, _wrap_pt(para, 300, 11, False), 56, 11, 1, 19)
                p.y -= 6
    return p.pdf(header=lambda n: "Byrådet – Referat – 12.03.2024",
                 footer=lambda n, m: f"Side {n} af {m}")


def render_pdf25(layout: Layout25, meeting: Meeting) -> bytes:
    return {"t25-aeldreraad-oblique-pdf": _pdf_aeldreraad,
            "t25-joint-meeting-two-decisions-pdf": _pdf_joint,
            "t25-regionsraad-votes-grid-pdf": _pdf_region_votes,
            "t25-utility-board-pdf": _pdf_board,
            "t25-long-items-times-pdf": _pdf_long}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_english(layout: Layout25, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Referat – {e(meeting.udvalg)}</h1>",
            f"<p>Mødedato: {DATE_LONG}, kl. 16.00<br>Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<h2>{item.number}. {e(item.title)}</h2>")
        mark = _mark(layout, item)
        body += [f"<p>{e(mark)}</p>"] if mark else []
        for s in item.sections:
            block = f"<h3>{e(s.heading)}</h3>{_paras(s.text)}"
            body.append(f"<div lang='en' class='summary-en'>{block}</div>"
                        if s.heading == "Summary in English" else block)
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def _html_votes(layout: Layout25, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Referat</h1><p class='organ'>{e(meeting.udvalg)}</p>",
            f"<p>Dato: {DATE_LONG}<br>Tid: kl. 17.00<br>Sted: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<h2>Punkt {item.number} — {e(item.title)}</h2>")
        if item.case_number:
            body.append(f"<p><strong>Sagsnr.</strong> {e(item.case_number)}</p>")
        if item.closed:
            body.append("<p>Lukket punkt</p>")
        for s in item.sections:
            prose, rows = _vote_rows(s.text)
            body.append(f"<h3>{e(s.heading)}</h3>{_paras(prose)}")
            if rows:
                head, *rest = rows
                body.append(f"<table class='afstemning'><caption>{VOTE_CAPTION}</caption><tr>"
                            + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
                            + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row)
                                      + "</tr>" for row in rest) + "</table>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def _html_handicap(layout: Layout25, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Dagsorden</h1>", f"<h2>{e(meeting.udvalg)}</h2>",
            f"<p>Mødet holdes tirsdag den {DATE_LONG} kl. 15.00</p>",
            f"<p>Sted: {e(meeting.place)}</p>"]
    for item in meeting.items:
        meta = f"<li>Punkt: {item.number}</li>"
        meta += f"<li>{e(case_line(layout, item))}</li>" if item.case_number else ""
        meta += "<li>Lukket punkt</li>" if item.closed else ""
        body.append(f"<h2 class='punkt'>{e(item.title)}</h2><ul class='meta'>{meta}</ul>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"Dagsorden - {meeting.udvalg}", [*body, "</main>"])


def _html_wordpress(layout: Layout25, meeting: Meeting) -> str:
    body = ["<article class='post'>",
            f"<h1 class='entry-title'>Referat fra {e(meeting.udvalg)}s møde {DATE_LONG}</h1>",
            "<div class='entry-meta'>Skrevet af sekretæren · Kategori: Referater</div>",
            "<div class='entry-content'>", f"<p>Sted: {e(meeting.place)}<br>",
            f"Til stede: {', '.join(MEMBERS[:4])}<br>Afbud: {MEMBERS[4]}</p>"]
    for item in meeting.items:
        body.append(f"<h3>{item.number}. {e(item.title)}</h3>")
        for s in item.sections:
            first, *rest = s.text.splitlines()
            body.append(f"<p><strong>{e(s.heading)}:</strong> {e(first)}</p>"
                        f"{_paras(chr(10).join(rest))}")
    body.append("</div><footer class='entry-footer'>Del: Facebook · E-mail</footer></article>")
    return _site_page(f"Referat fra {meeting.udvalg}s møde", body)


def render_html25(layout: Layout25, meeting: Meeting) -> str:
    return {"t25-english-summary-html": _html_english, "t25-votes-table-html": _html_votes,
            "t25-handicapraad-agenda-html": _html_handicap,
            "t25-aeldreraad-wordpress-html": _html_wordpress}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_region(layout: Layout25, meeting: Meeting) -> str:
    out = [meeting.udvalg, "Referat", "", f"Mødedato: {DATE_LONG} kl. 14.00",
           f"Mødested: {meeting.place}"]
    for item in meeting.items:
        out += ["", "", *wrap(f"Sag nr. {item.number}: {item.title}", 80)]
        mark = _mark(layout, item)
        out += [mark] if mark else []
        for s in item.sections:
            out += ["", s.heading, *(x for para in s.text.splitlines() for x in wrap(para, 80))]
    return "\n".join(out) + "\n"


def _text_emdash(layout: Layout25, meeting: Meeting) -> str:
    out = [f"Referat af mødet i {meeting.udvalg} tirsdag den {DATE_LONG} kl. 16.00 i "
           f"{meeting.place}.", ""]
    for item in meeting.items:
        out += ["", f"{item.number} — {item.title}"]
        mark = _mark(layout, item)
        out += [mark] if mark else []
        for s in item.sections:
            paras = s.text.splitlines()
            out += ["", f"{s.heading}: {paras[0]}", *paras[1:]]
    return "\n".join(out) + "\n"


def _text_bilingual(layout: Layout25, meeting: Meeting) -> str:
    out = [f"{meeting.udvalg}", "Referat / Minutes", "", f"Dato / Date: {DATE_LONG}",
           f"Sted / Venue: {meeting.place}"]
    for item in meeting.items:
        out += ["", f"Punkt {item.number} (Item {item.number}): {item.title}"]
        mark = _mark(layout, item, "Lukket punkt / Closed item")
        out += [mark] if mark else []
        for s in item.sections:
            out += ["", s.heading, *s.text.splitlines()]
    return "\n".join(out) + "\n"


def render_text25(layout: Layout25, meeting: Meeting) -> str:
    return {"t25-region-three-decisions-txt": _text_region, "t25-emdash-runin-txt": _text_emdash,
            "t25-bilingual-item-labels-txt": _text_bilingual}[layout.name](layout, meeting)


def document25(layout: Layout25, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth25(layout, seed)
    return meeting, rendered(layout, meeting, render_text25, render_html25, render_pdf25)
