"""Round 25 (issue-18bp) on short invented minutes: the recommendation and the decision
side by side under a head row of two known headings; an item's number and case number
only in a running header that changes from item to item; an unnumbered heading numbered
by a field table under it."""

from __future__ import annotations

import pytest
from referat.index.model import ParseResult
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager
from tests.test_generic_round24 import DESCRIPTION, right_margin_pdf

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler")
CASES = ("25-004411", "25-007812", "24-019930")
ADVICE = ["Forvaltningen indstiller, at udvalget", "godkender forslaget og at sagen",
          "sendes videre til byrådet."]
DECISION = ["Godkendt.", "Et medlem tog forbehold."]
TYPES = {"Resumé": "resume", "Sagsfremstilling": "sagsfremstilling", "Beslutning": "beslutning"}
# three items, the second closed: number, title, case number, closed, section types
SECOND_CLOSED = [("4", TITLES[0], CASES[0], False, ["sagsfremstilling", "beslutning"]),
                 ("5", TITLES[1], None, True, []),
                 ("6", TITLES[2], CASES[2], False, ["sagsfremstilling", "beslutning"])]


def _items(result: ParseResult) -> list[tuple[str, str, str | None, bool, list[str]]]:
    return [(i.number, i.title, i.case_number, i.closed, [s.type for s in i.sections])
            for i in result.meeting.items]


def test_sections_side_by_side_under_a_head_row_of_two_headings() -> None:
    """A committee system's PDF: after the case text, a table whose head row is two known
    headings side by side (`Indstilling` | `Beslutning`), each column's text under its head,
    the columns of unequal length, two such tables on a page: two sections, each its
    column's text, for every item."""
    p = Pager()
    p.head("Referat", ["Socialudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3"])
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        for leading, text, size, font in ((30, f"{4 + k}. {title}", 12, 2),
                                          (14, f"Sagsnr.: {case}", 9, 1),
                                          (20, "Sagsfremstilling", 10, 2),
                                          (14, "Forvaltningen har belyst sagen.", 10, 1)):
            p.room(leading)
            p.put(56, text, size, font)
        p.room(24)
        p.put(60, "Indstilling", 10, 2)
        p.put(300, "Beslutning", 10, 2)
        for n in range(max(len(ADVICE), len(DECISION))):
            p.room(14)
            if n < len(ADVICE):
                p.put(60, ADVICE[n], 10)
            if n < len(DECISION):
                p.put(300, DECISION[n], 10)
    result = parse_bytes(p.pdf(), "side.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, [(s.type, s.text) for s in i.sections])
            for i in result.meeting.items] == [
        (str(4 + k), t, c, [("sagsfremstilling", "Forvaltningen har belyst sagen."),
                            ("indstilling", "\n".join(ADVICE)),
                            ("beslutning", "\n".join(DECISION))])
        for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]


def _markdown_minutes(head: tuple[str, str], body: str = "Socialudvalget") -> str:
    lines = ["# Referat", "", f"{body} holdt møde onsdag den 4. juni 2025 i Mødelokale 3.", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        closed = k == 1
        lines += [f"## {title}", "", f"| {head[0]} | {head[1]} |", "|---|---|",
                  f"| Punkt | {4 + k} |",
                  "| Status | Lukket |" if closed else f"| Sagsnr. | {case} |", ""]
        if not closed:
            lines += ["### Sagsfremstilling", "", "Forvaltningen har belyst sagen.", "",
                      "### Beslutning", "", "Godkendt.", ""]
    return "\n".join(lines)


def test_an_unnumbered_heading_is_numbered_by_a_field_table_under_it() -> None:
    """Markdown: each item an unnumbered `## Title`, its number (and case number, or its
    closed status) only in a table of fields under it whose head row names the columns
    (`Felt | Værdi`, `Oplysning | Indhold`): the heading is the item's title, the field its
    number, the status field closes it."""
    for head in (("Felt", "Værdi"), ("Oplysning", "Indhold")):
        result = parse_bytes(_markdown_minutes(head).encode(), "referat.txt")
        assert result.ok, result.reason
        assert _items(result) == SECOND_CLOSED


def test_the_body_that_held_the_meeting_is_named_without_the_verb() -> None:
    """"Plan- og Teknikudvalget holdt møde onsdag den …": the udvalg is the body's name."""
    for verb in ("holdt", "afholdt", "har holdt"):
        text = _markdown_minutes(("Felt", "Værdi")).replace(
            "Socialudvalget holdt", f"Plan- og Teknikudvalget {verb}")
        result = parse_bytes(text.encode(), "referat.txt")
        assert result.ok, result.reason
        assert result.meeting.udvalg == "Plan- og Teknikudvalget"


def test_an_items_number_and_case_in_its_pages_running_header_open_it() -> None:
    """A committee system's export: every item from a new page, its title unnumbered in
    bold, its number and case number only in the running header of its pages (`Punkt 5 ·
    Sagsnr. …`, the same on a page the item runs onto), the closed item a page holding its
    title alone under `Punkt N · Lukket punkt`: each item its number and case number, the
    closed one found and closed."""
    p = Pager()
    p.head("Referat", ["Socialudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3"])
    heads = ["Socialudvalget · 04.06.2025"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        closed = k == 1
        p.new_page()
        field = "Lukket punkt" if closed else f"Sagsnr. {case}"
        heads.append(f"Socialudvalget · 04.06.2025 · Punkt {4 + k} · {field}")
        p.room(20)
        p.put(56, title, 14, 2)
        if closed:
            continue
        p.room(24)
        p.put(56, "Sagsfremstilling", 10, 2)
        for n in range(60 if k == 0 else 3):  # the first item runs onto a second page
            if p.y - 14 < p.margin + 20:
                heads.append(heads[-1])
            p.room(14)
            p.put(56, f"Forvaltningen har belyst sagen, linje {n + 1}.", 10)
        for leading, text, font in ((20, "Beslutning", 2), (14, "Godkendt.", 1)):
            p.room(leading)
            p.put(56, text, 10, font)
    result = parse_bytes(p.pdf(header=lambda n: heads[n - 1],
                               footer=lambda n, m: f"Side {n} af {m}"),
                         "header.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert _items(result) == SECOND_CLOSED


def _plain_minutes() -> str:
    lines = ["Referat", "Udvalg: Børne- og Ungeudvalget", "Dato: 4. juni 2025",
             "Sted: Mødelokale på Rådhuset", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}. {title} på Østervej", f"Sagsnr.: {case}", "",
                  "Sagsfremstilling", "Udgiften på 25.000 € afholdes af områdets pulje.", "",
                  "Beslutning", "Godkendt af et flertal.", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("encoding", ["mac_roman", "iso8859_15", "cp1252"])
@pytest.mark.parametrize("name", ["referat.txt", "referat.html"])
def test_a_legacy_encoding_is_read_as_the_bytes_show_it(encoding: str, name: str) -> None:
    """A text or HTML file saved in a legacy 8-bit encoding: Mac Roman (æ ø å at other
    bytes than Windows-1252's), ISO-8859-15 (€ at 0xA4) or Windows-1252: the same
    letters and signs as in UTF-8."""
    text = _plain_minutes()
    if name.endswith(".html"):
        text = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines() if line) \
            + "</body></html>"
    result = parse_bytes(text.encode(encoding), name, known_layouts=False)
    assert result.ok, result.reason
    assert result.meeting.place == "Mødelokale på Rådhuset"
    assert [(i.title, i.sections[0].text) for i in result.meeting.items] == [
        (f"{t} på Østervej", "Udgiften på 25.000 € afholdes af områdets pulje.") for t in TITLES]


def test_a_right_margin_of_headings_beside_short_lines_and_a_closed_item() -> None:
    """A committee system's PDF with its margin on the right (each heading bold 9 pt beside
    its text's first line, the case number beside the title): a heading beside a short line
    of the text (a subheading "Baggrund for sagen") is no table's head row, and a closed
    item's `Lukket punkt` in the margin beside its bold title leaves the title a title: every
    item with its sections, the closed one closed."""
    texts = [("Resumé", DESCRIPTION[:2]),
             ("Sagsfremstilling", ["Baggrund for sagen", *DESCRIPTION * 2]),
             ("Beslutning", ["Godkendt."])]
    items = [(f"{4 + k}. {title}", "Lukket punkt" if k == 1 else f"Sagsnr. {case}",
              [] if k == 1 else texts) for k, (title, case) in enumerate(zip(TITLES, CASES,
                                                                            strict=True))]
    result = parse_bytes(right_margin_pdf(items, height=1000), "right.pdf", known_layouts=False)
    assert result.ok, result.reason
    sections = [(TYPES[head], "\n".join(lines)) for head, lines in texts]
    assert [(i.number, i.title, i.case_number, i.closed, [(s.type, s.text) for s in i.sections])
            for i in result.meeting.items] == [
        ("4", TITLES[0], CASES[0], False, sections), ("5", TITLES[1], None, True, []),
        ("6", TITLES[2], CASES[2], False, sections)]


def test_an_items_number_in_a_text_files_running_header_opens_it() -> None:
    """The same in a text export with form feeds: each page headed `Socialudvalget ·
    04.06.2025 · Punkt N · Sagsnr. …`, the title alone in the body."""
    pages = ["Referat\nSocialudvalget\nMødedato: 4. juni 2025\n"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        pages.append(f"Socialudvalget · 04.06.2025 · Punkt {4 + k} · Sagsnr. {case}\n\n"
                     f"{title}\n\nSagsfremstilling\nForvaltningen har belyst sagen.\n\n"
                     "Beslutning\nGodkendt.\n")
    result = parse_bytes("\f".join(pages).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]


PROSE = ["Forvaltningen har belyst sagen grundigt,", "og den er nu klar til udvalgets endelige",
         "beslutning. Der er indhentet bemærkninger", "fra de berørte parter, og de er alle med."]


def test_two_columns_headings_on_one_baseline_are_no_head_row() -> None:
    """A page set in two columns of text whose first row is a heading of each column
    (`Beslutning` on the left, `Økonomi` on the right, on one baseline): the columns are
    still read one after the other, not as sections side by side."""
    text = [(t, 10, 1) for t in PROSE]
    left = [("Beslutning", 10, 2), ("Godkendt.", 10, 1), ("", 10, 1),
            (f"5. {TITLES[1]}", 12, 2), ("Sagsfremstilling", 10, 2), *text, *text,
            ("Beslutning", 10, 2), ("Godkendt.", 10, 1)]
    right = [("Økonomi", 10, 2), *text, ("", 10, 1), (f"6. {TITLES[2]}", 12, 2),
             ("Resumé", 10, 2), *text, ("Beslutning", 10, 2), ("Godkendt.", 10, 1)]
    p = Pager()
    p.head("Referat", ["Socialudvalget", "Mødedato: 4. juni 2025"])
    for leading, line, size, font in ((30, f"4. {TITLES[0]}", 12, 2),
                                      (20, "Sagsfremstilling", 10, 2),
                                      *[(14, t, 10, 1) for t in PROSE]):
        p.room(leading)
        p.put(56, line, size, font)
    p.new_page()
    for x, column in ((56, left), (310, right)):
        for r, (line, size, font) in enumerate(column):
            if line:
                p.put(x, line, size, font, y=p.top - 16 * r)
    result = parse_bytes(p.pdf(), "columns.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, [s.type for s in i.sections]) for i in result.meeting.items] == [
        ("4", ["sagsfremstilling", "beslutning"]),
        ("5", ["sagsfremstilling", "beslutning", "okonomi"]), ("6", ["resume", "beslutning"])]


def test_sections_side_by_side_in_a_text_files_columns_of_spaces() -> None:
    """The same in a text export, the two columns set with spaces: each head over its
    column's text."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", f"{'Indstilling':<40}Beslutning",
                  *(f"{a:<40}{b}" for a, b in zip(ADVICE, [*DECISION, ""], strict=True)), ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [[(s.type, s.text) for s in i.sections] for i in result.meeting.items] == [
        [("sagsfremstilling", "Forvaltningen har belyst sagen."),
         ("indstilling", "\n".join(ADVICE)), ("beslutning", "\n".join(DECISION))]] * 3


def test_the_kind_of_matter_close_beside_a_title_is_no_part_of_it() -> None:
    """A dagsorden with each item's kind of matter (`Til beslutning`, `Til orientering`) in
    regular type at the right of its bold title, one title long enough to come within a
    word's space of it: the kind is no part of any title."""
    titles = [*TITLES[:2], "Kommunens forpligtelser til udbygning af stier og veje i Greve"]
    p = Pager()
    p.head("Dagsorden", ["Socialudvalget", "Mødedato: 4. juni 2025"])
    for k, (title, case) in enumerate(zip(titles, CASES, strict=True)):
        p.room(30)
        p.put(56, f"{4 + k}. {title}", 12, 2)
        p.put(440, "Til orientering" if k else "Til beslutning", 10)
        for leading, text, size, font in ((14, f"Sagsnr. {case}", 9, 1),
                                          (20, "Sagsfremstilling", 10, 2),
                                          (14, "Forvaltningen har belyst sagen.", 10, 1)):
            p.room(leading)
            p.put(56, text, size, font)
    result = parse_bytes(p.pdf(), "kinds.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title) for i in result.meeting.items] == [
        (str(4 + k), t) for k, t in enumerate(titles)]
