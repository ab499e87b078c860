"""Round 24 (issue-18bn) on short invented minutes: a text file's encoding is what its bytes
name (UTF-16 with or without a byte-order mark); an e-mail's headers, wherever the mail
stands, are no meeting field; a place ends at its sentence's end."""

from __future__ import annotations

import pytest
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler")
CASES = ("25-004411", "25-007812", "24-019930")


def _text_minutes() -> str:
    lines = ["Referat", "Udvalg: Socialudvalget", "Dato: 4. juni 2025", "Sted: Mødelokale 3", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}) {title}", f"Sagsnr.: {case}",
                  "Sagsfremstilling: Forvaltningen har belyst sagen.", "Beslutning: Godkendt.", ""]
    return "\r\n".join(lines)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_text_file_is_read_in_the_encoding_its_bytes_name(encoding: str) -> None:
    """Notepad's "Unicode" (UTF-16 with a byte-order mark, CRLF), and UTF-16 without the
    mark where every other byte is zero: the same minutes as in UTF-8, not binary data."""
    result = parse_bytes(_text_minutes().encode(encoding), "referat.txt")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
    assert result.meeting.place == "Mødelokale 3"


def test_binary_data_named_text_is_still_refused() -> None:
    result = parse_bytes(bytes(range(256)) * 8, "noise.txt")
    assert not result.ok and "binary" in (result.reason or "")


def _html_minutes(head: list[str]) -> bytes:
    parts = ["<html><body>", *head]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<p><b>{4 + k}. {title}</b></p>", f"<p>Sagsnr. {case}</p>",
                  "<p><i>Sagsfremstilling</i></p><p>Forvaltningen har belyst sagen.</p>",
                  "<p><i>Beslutning</i></p><p>Godkendt.</p>"]
    return "\n".join([*parts, "</body></html>"]).encode()


def test_a_forwarded_mails_headers_are_not_the_meetings_fields() -> None:
    """A greeting, then the forwarded mail's header table (subject, sent date, sender,
    recipients) above the referat: the udvalg and the date are the referat's own."""
    head = ["<p>Hej alle</p><p>Hermed referatet.</p><p>Venlig hilsen</p><p>Sekretariatet</p>",
            "<p>-------- Videresendt meddelelse --------</p>",
            "<table><tr><td>Emne:</td><td>VS: Referat fra mødet 4. juni 2025</td></tr>"
            "<tr><td>Dato:</td><td>Thu, 5 Jun 2025 08:14:52 +0200</td></tr>"
            "<tr><td>Fra:</td><td>Sekretariatet &lt;sek@kommune.dk&gt;</td></tr>"
            "<tr><td>Til:</td><td>Udvalgets medlemmer</td></tr></table>",
            "<blockquote><div><b>Socialudvalget</b></div>",
            "<div>Referat fra mødet onsdag den 4. juni 2025 kl. 16.00 i Mødelokale 3</div>"]
    result = parse_bytes(_html_minutes(head), "mail.html", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, str(meeting.date), meeting.place) == (
        "Socialudvalget", "2025-06-04", "Mødelokale 3")


def test_a_labelled_place_ends_at_its_sentences_end() -> None:
    head = ["<h1>Referat</h1>", "<p>Socialudvalget</p>", "<p>4. juni 2025</p>",
            "<p>Mødested: Mødelokale 3. Mødet begyndte kl. 16.00.</p>"]
    result = parse_bytes(_html_minutes(head), "place.html", known_layouts=False)
    assert result.ok, result.reason
    assert result.meeting.place == "Mødelokale 3"


def _numbered_above(marker: str, heading_mark: str) -> str:
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [marker.format(4 + k, 112 + k), title, f"Sagsnr. {case}", "",
                  f"{heading_mark}Sagsfremstilling", "Forvaltningen har belyst sagen.", "",
                  f"{heading_mark}Beslutning", "Godkendt.", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("marker", ["Dagsordenpunkt {}", "Dagsordenspunkt {}", "Punkt {}",
                                    "Punkt {}\tLøbenr. {}", "Punkt {}        Lb.nr. {}"])
def test_a_number_line_above_the_title_numbers_the_next_line(marker: str) -> None:
    """`Dagsordenpunkt 4` alone on its line (the compound with or without its joining s),
    or `Punkt 4` beside a second numbering (`Løbenr. 112`, the year's running number): the
    item's number; the title is the next line, not the marker word's first part nor the
    reference."""
    result = parse_bytes(_numbered_above(marker, "").encode(), "above.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]


@pytest.mark.parametrize("mark", ["» ", "► ", "›"])
def test_a_pointing_mark_before_a_heading_is_no_part_of_it(mark: str) -> None:
    result = parse_bytes(_numbered_above("Punkt {}", mark).encode(), "marks.txt",
                         known_layouts=False)
    assert result.ok, result.reason
    assert [[(s.type, s.heading) for s in i.sections] for i in result.meeting.items] == [
        [("sagsfremstilling", "Sagsfremstilling"), ("beslutning", "Beslutning")]] * 3


def _runs(text: str, cuts: tuple[int, ...]) -> str:
    """The paragraph's text cut into an editor's classed runs at the given places (a
    word too), no space between them, as Word Online writes a paragraph."""
    edges = [0, *cuts, len(text)]
    return "".join(f"<span class='TextRun'><span class='NormalTextRun'>{text[a:b]}</span></span>"
                   for a, b in zip(edges, edges[1:], strict=False))


def test_an_editors_runs_cut_inside_words_join_as_a_browser_shows_them() -> None:
    """Every paragraph cut into runs that carry their own spaces, some cuts inside a word
    ("R|efer|at", "Resu|mé", "Sags|nr."): the words are whole, the page is minutes."""
    def para(text: str, *cuts: int) -> str:
        return f"<div class='OutlineElement'><p class='Paragraph'>{_runs(text, cuts)}</p></div>"

    parts = ["<html><body>", para("Referat", 1, 5), para("Socialudvalget", 6),
             para("Dato: 4. juni 2025", 8, 12), para("Sted: Mødelokale 3", 8)]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [para(f"{4 + k}. {title}", 6, 12), para(f"Sagsnr. {case}", 4),
                  para("Sagsfremstilling", 5), para("Forvaltningen har belyst sagen.", 14),
                  para("Beslutning", 2, 7), para("Godkendt.", 3)]
    result = parse_bytes("".join([*parts, "</body></html>"]).encode(), "runs.html",
                         known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, [s.type for s in i.sections])
            for i in result.meeting.items] == [
        (str(4 + k), t, c, ["sagsfremstilling", "beslutning"])
        for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
    assert result.meeting.place == "Mødelokale 3"


def test_an_items_head_typed_as_a_text_table_in_a_pdf_is_read_as_its_rows() -> None:
    """A referat typed in Courier, the meeting and each item's head drawn as text tables
    (`+----+`, `| Pkt. | 4 |`, `| Sag | title |`, `| J.nr | case |`), the sections plain
    under them: the rows give each item its number, title and case number, as the same
    table in a text file does."""
    rule = "+--------+" + "-" * 50 + "+"

    def row(label: str, value: str) -> str:
        return f"| {label:<6} | {value:<48} |"

    p = Pager(fonts=(b"Courier", b"Courier-Bold"))
    lines = ["REFERAT", rule, row("Udvalg", "Socialudvalget"), row("Dato", "4. juni 2025"),
             row("Sted", "Mødelokale 3"), rule]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [rule, row("Pkt.", str(4 + k)), row("Sag", title), row("J.nr", case), rule,
                  "Sagsfremstilling:", "Forvaltningen har belyst sagen.", "Beslutning:",
                  "Godkendt.", ""]
    for text in lines:
        p.room(13)
        p.put(56, text, 10)
    result = parse_bytes(p.pdf(), "typed.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, [s.type for s in i.sections])
            for i in result.meeting.items] == [
        (str(4 + k), t, c, ["sagsfremstilling", "beslutning"])
        for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]


DESCRIPTION = ["Forvaltningen har belyst sagen grundigt, og den er nu klar til udvalgets",
               "endelige beslutning. Der er indhentet bemærkninger fra de berørte parter,",
               "og de er alle indarbejdet i forslaget. Sagen har desuden været drøftet med",
               "skolebestyrelserne og med det lokale beredskab i løbet af efteråret 2024."]


def right_margin_pdf(items: list[tuple[str, str, list[tuple[str, list[str]]]]],
                     height: int = 1400) -> bytes:
    """Minutes with their margin on the right: each title (`items`: title, note, sections)
    bold 12 with its note (a case number, a status) in the margin beside it, each section's
    heading bold 9 in the margin beside its text's first line."""
    p = Pager(height=height)
    for text, size, font in (("Referat", 16, 2), ("Socialudvalget", 16, 2),
                             ("Mødedato: 4. juni 2025", 10, 1)):
        p.room(size * 1.5)
        p.put(56, text, size, font)
    for title, note, sections in items:
        p.room(30)
        p.put(56, title, 12, 2)
        p.put(430, note, 9, 1)
        for head, lines in sections:
            p.room(20)
            p.put(430, head, 9, 2)
            for n, line in enumerate(lines):
                if n:
                    p.room(14)
                p.put(56, line, 10, 1)
    return p.pdf()


def test_headings_in_a_right_margin_column_open_the_text_beside_them() -> None:
    """A committee system's PDF with its margin on the right: each heading bold 9 pt in the
    right column on its text's first line, the case number in that column beside the
    title: each heading opens the text beside it."""
    sections = [("Resumé", DESCRIPTION[:2]), ("Sagsfremstilling", DESCRIPTION * 3),
                ("Beslutning", ["Godkendt."])]
    result = parse_bytes(right_margin_pdf([(f"{4 + k}. {title}", f"Sagsnr. {case}", sections)
                                           for k, (title, case) in enumerate(zip(
                                               TITLES, CASES, strict=True))]),
                         "right.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, [(s.type, s.text) for s in i.sections])
            for i in result.meeting.items] == [
        (str(4 + k), TITLES[k], CASES[k], [("resume", "\n".join(DESCRIPTION[:2])),
                                           ("sagsfremstilling", "\n".join(DESCRIPTION * 3)),
                                           ("beslutning", "Godkendt.")]) for k in range(3)]


def test_a_greeting_to_the_members_names_the_body() -> None:
    """A mailed referat: the mail's headers first, then "Kære medlemmer af Socialudvalget"
    (the only place the body is named): the udvalg is the body, not the greeting."""
    head = ["<p>Fra: Sekretariatet</p><p>Til: Udvalgets medlemmer</p>",
            "<p>Emne: Referat</p><p>Dato: 5. juni 2025 08:14</p>",
            "<p>Kære medlemmer af Socialudvalget</p>",
            "<p>Hermed referatet fra mødet den 4. juni 2025.</p>"]
    result = parse_bytes(_html_minutes(head), "greeting.html", known_layouts=False)
    assert result.ok, result.reason
    assert (result.meeting.udvalg, str(result.meeting.date)) == ("Socialudvalget", "2025-06-04")
