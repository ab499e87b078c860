"""Round 29 (issue-18ca) on short invented minutes: a fixed-column print in capitals (a
mainframe's report: a running header of several lines, numbers padded with zeros, dotted
labels, number / case number / title columns, a closed item's status in the case column,
capitals text wrapped line by line)."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager
from benchmarks.layouts.generate32 import Pager32

HEADER = ["TEKNIKUDVALGET               {kind} 04.06.2025                 SIDE {page:>3}",
          "NR.  SAGSNR.    EMNE", "=" * 72]
TEXT = ["FORVALTNINGEN HAR UNDERSØGT SAGEN GRUNDIGT OG LAGT EN PLAN FOR",
        "ARBEJDET, SOM UDVALGET ORIENTERES OM PÅ MØDET I DAG. PLANEN",
        "OMFATTER TRE DELE, DER GENNEMFØRES I LØBET AF ÅRET."]


def _item(number: int, case: str | None, title: list[str], decision: bool = True,
          listed: bool = False) -> list[str]:
    """An item as a fixed-column print sets it: number, case number (or its status) and
    title in columns, the title's wrap and the text under it at the title's column."""
    pad = " " * 16
    lines = ["-" * 72, f"{number:03d}  {case or 'LUKKET':<10} {title[0]}",
             *(pad + t for t in title[1:])]
    if case is None:
        return lines
    lines += ["", pad + "SAGSFREMSTILLING", *(pad + t for t in TEXT), "",
              pad + "INDSTILLING", pad + "FORVALTNINGEN INDSTILLER,"]
    if listed:
        lines += [pad + "1. AT PLANEN GODKENDES, OG", pad + "2. AT UDVALGET ORIENTERES.", ""]
    else:
        lines += [pad + "AT PLANEN GODKENDES.", ""]
    if decision:
        lines += [pad + "BESLUTNING", pad + "GODKENDT SOM INDSTILLET.", ""]
    return lines


def _print(items: list[list[str]], kind: str = "REFERAT", per_page: int = 2,
           fields: tuple[str, ...] = ("Udvalg ......: Teknikudvalget",
                                      "Mødedato ....: 4. juni 2025 kl. 16.00",
                                      "Mødested ....: Mødelokale 3")) -> bytes:
    pages = [[*fields, ""]] if fields else [[]]
    for k, item in enumerate(items):
        if k and k % per_page == 0:
            pages.append([])
        pages[-1] += item
    text = "\f".join("\n".join([*(h.format(kind=kind, page=n) for h in HEADER), "", *page])
                     for n, page in enumerate(pages, start=1))
    return text.encode()


ITEMS = [(1, "25-001234", ["BUDGETOPFØLGNING FOR VEJOMRÅDET"]),
         (2, "25-005678", ["NY LEGEPLADS VED SKOLEN"]),
         (3, "25-009012", ["HØRING OM CYKELSTIER"]),
         (4, "25-003456", ["PLAN FOR VEDLIGEHOLD AF BROER"])]


def _read(data: bytes, name: str = "udskrift.txt"):  # noqa: ANN202
    result = parse_bytes(data, name, known_layouts=False)
    assert result.ok, result.reason
    return result.meeting


def _read_pdf(data: bytes):  # noqa: ANN202
    return _read(data, "referat.pdf")


def test_capitals_set_nothing_apart_in_a_text_set_in_capitals() -> None:
    """Every line in capitals: a wrapped text line is no heading of its own, the items are
    the numbered ones; the known headings stay headings."""
    meeting = _read(_print([_item(n, c, t) for n, c, t in ITEMS]))
    assert [i.title for i in meeting.items] == [t[0] for _, _, t in ITEMS]
    assert all([s.type for s in i.sections] == ["sagsfremstilling", "indstilling", "beslutning"]
               for i in meeting.items)
    assert meeting.items[0].sections[0].text.endswith("I LØBET AF ÅRET.")


def test_numbers_padded_with_zeros_are_the_items_a_list_inside_one_is_not() -> None:
    """`001`, `002`: a document that pads its items' numbers pads them all; `2. AT …` in a
    recommendation is a list's line, not item 2."""
    meeting = _read(_print([_item(n, c, t, listed=True) for n, c, t in ITEMS]))
    assert [i.number for i in meeting.items] == ["001", "002", "003", "004"]
    assert "2. AT UDVALGET ORIENTERES." in meeting.items[0].sections[1].text


def test_a_closed_status_in_the_case_number_column() -> None:
    """`003  LUKKET     TITLE`: the status where the others print their case numbers is
    the closed item's, not its title's first word."""
    items = [_item(n, c if n != 3 else None, t) for n, c, t in ITEMS]
    meeting = _read(_print(items))
    assert [(i.title, i.closed) for i in meeting.items] == [
        (t[0], n == 3) for n, _, t in ITEMS]


def test_a_title_wrapped_after_a_comma_beside_its_case_number() -> None:
    """A title ending its first line in a comma, beside the case number in its column, is
    an item's title wrapped onto the next line, not a list's line."""
    items = [_item(n, c, t) for n, c, t in ITEMS]
    items[0] = _item(1, "25-001234", ["BUDGETOPFØLGNING FOR VEJOMRÅDET,", "FØRSTE KVARTAL"])
    meeting = _read(_print(items))
    assert meeting.items[0].title == "BUDGETOPFØLGNING FOR VEJOMRÅDET, FØRSTE KVARTAL"
    assert meeting.items[0].case_number == "25-001234"


def test_dotted_labels_before_their_colons() -> None:
    """`Udvalg ......: X`, `Mødested ....: X`: a leader of dots from the label to its colon."""
    meeting = _read(_print([_item(n, c, t) for n, c, t in ITEMS]))
    assert meeting.udvalg == "Teknikudvalget"
    assert meeting.place == "Mødelokale 3"


def test_a_running_header_of_several_lines() -> None:
    """The column heads under each page's header line are furniture too: a decision that
    runs over the page's end does not carry them."""
    items = [_item(n, c, t) for n, c, t in ITEMS]
    items[1] = items[1][:-1]  # item 2's decision is its page's last line; the next page opens
    meeting = _read(_print(items))
    assert all("SAGSNR" not in s.text for i in meeting.items for s in i.sections)


def test_a_decision_heading_in_italics_after_an_unfinished_line() -> None:
    """Headings bold, each decision's `Body, date` line in an oblique face: the first one,
    after a recommendation whose last line ends without a full stop, is a decision heading,
    not the recommendation's last words."""
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    p.head("Referat", ["Byrådet", "Dato: 4. juni 2025 kl. 19.00", "Sted: Byrådssalen"])
    for n, _, title in ITEMS:
        p.room(28)
        p.put(56, f"{n} {title[0].capitalize()}", 12, 2)
        for heading, lines, font in (
                ("Sagsfremstilling", ["Forvaltningen har belyst sagen grundigt."], 2),
                ("Indstilling", ["Forvaltningen indstiller,", "at planen godkendes og",
                                 "at udgiften afholdes af puljen for 2025-26"], 2),
                ("Teknikudvalget, 20. maj 2025", ["Anbefales."], 3),
                ("Byrådet, 4. juni 2025", ["Godkendt."], 3)):
            p.room(16)
            p.put(56, heading, 10, font)
            for line in lines:
                p.room(14)
                p.put(56, line, 10, 1)
    meeting = _read_pdf(p.pdf())
    assert len(meeting.items) == len(ITEMS)
    for item in meeting.items:
        assert [s.type for s in item.sections] == [
            "sagsfremstilling", "indstilling", "beslutning", "beslutning"]
        assert item.sections[1].text.endswith("puljen for 2025-26")


def _sections(p: Pager) -> None:
    """Two headings (bold 11) over a line of text each."""
    for heading, text in (("Sagsfremstilling", "Forvaltningen har belyst sagen."),
                          ("Beslutning", "Godkendt.")):
        p.room(18)
        p.put(56, heading, 11, 2)
        p.room(14)
        p.put(56, text, 10, 1)


def test_item_numbers_only_in_the_bookmarks() -> None:
    """A PDF merged from the items' own documents: each title unnumbered at the top of its
    own page, its number only in the bookmark pointing there (`4. Title`)."""
    p = Pager32()
    p.head("Referat", ["Teknikudvalget", "Dato: 4. juni 2025 kl. 16.00", "Sted: Mødelokale 3"])
    marks = []
    for n, case, title in ITEMS:
        p.new_page()
        marks.append((f"{n + 3}. {title[0].capitalize()}", len(p.pages) - 1, 780))
        p.room(28)
        p.put(56, title[0].capitalize(), 14, 2)
        p.room(14)
        p.put(56, f"Sagsnr. {case}", 9, 1)
        _sections(p)
    meeting = _read_pdf(p.file(outlines=marks))
    assert [(i.number, i.title) for i in meeting.items] == [
        (str(n + 3), t[0].capitalize()) for n, _, t in ITEMS]


def test_a_case_number_only_in_the_running_header_of_the_items_page() -> None:
    """Each item's page headed as its own document (`Notat · … · date` with `Sagsnr. …`
    right-aligned on that line), the case number printed nowhere else: it is the item's
    whose title opens the page; the closed item's header says `Lukket punkt`."""
    p = Pager32()
    p.room(150)  # a cover page, its title a fifth down
    p.head("Referat", ["Teknikudvalget", "Dato: 4. juni 2025 kl. 16.00", "Sted: Mødelokale 3"])
    for n, case, title in ITEMS:
        p.new_page()
        p.put(56, "Notat · Center for Teknik · 26. maj 2025", 8, 1, y=800)
        p.put(440, f"Sagsnr. {case}" if n != 3 else "Lukket punkt", 8, 1, y=800)
        p.room(28)
        p.put(56, f"{n}. {title[0].capitalize()}", 14, 2)
        if n == 3:
            continue
        _sections(p)
    meeting = _read_pdf(p.file())
    assert [(i.number, i.case_number, i.closed) for i in meeting.items] == [
        (str(n), None if n == 3 else case, n == 3) for n, case, _ in ITEMS]


def test_a_closed_items_status_and_case_number_under_its_title() -> None:
    """`4. Title` / `Lukket punkt<tab>Sagsnr. …` and no sections: the status line right under
    the title is the closed item's own, not the next item's printed above its title."""
    out = ["Referat", "", "Teknikudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3", ""]
    for n, case, title in ITEMS:
        out.append(f"{n}. {title[0].capitalize()}")
        if n == 2:
            out += [f"Lukket punkt\tSagsnr. {case}", ""]
            continue
        out += [f"Sagsnr. {case}", "", "Sagsfremstilling", "Forvaltningen har belyst sagen.", "",
                "Beslutning", "Godkendt.", ""]
    meeting = _read("\n".join(out).encode())
    assert [(i.case_number, i.closed) for i in meeting.items] == [
        (case, n == 2) for n, case, _ in ITEMS]


def test_a_heading_that_opens_the_pages_under_their_header_stays_a_heading() -> None:
    """`Indstilling` right under the running header of pages 2 and 3 (an item to a page,
    its recommendation after the page break) is the items' heading, not the header's
    second line."""
    header = "Referat for Teknikudvalget – 04.06.2025"
    pages = []
    for n, case, title in ITEMS[:3]:
        pages.append([header, "", f"{n}. {title[0].capitalize()}", f"Sagsnr. {case}", "",
                      "Sagsfremstilling", *(t.capitalize() for t in TEXT)])
    pages[0][1:1] = ["Teknikudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3", ""]
    for page in pages[1:]:
        page[1:1] = ["Indstilling", "Forvaltningen indstiller, at planen godkendes.", ""]
    meeting = _read("\f".join("\n".join(page) for page in pages).encode())
    assert [[s.type for s in i.sections] for i in meeting.items] == [
        ["sagsfremstilling", "indstilling"], ["sagsfremstilling", "indstilling"],
        ["sagsfremstilling"]]


def test_a_closed_items_title_line_over_the_next_title() -> None:
    """Unnumbered titles in capitals, each item's case number at its foot; the closed item's
    `Lukket punkt: TITLE` line, as wide as the widest title, right over the next item's
    title: that title, with the headings under it, is the next item's, not the closed
    title's wrap."""
    titles = ["BUDGETOPFØLGNING FOR VEJOMRÅDET OG DRIFTEN AF DE KOMMUNALE VEJE",
              "LUKKET PUNKT: SALG AF GRUNDEN VED DEN GAMLE SKOLE I LANDSBYEN",
              "NY LEGEPLADS VED SKOLEN", "HØRING OM CYKELSTIER"]
    p = Pager()
    p.head("Referat", ["Teknikudvalget", "Dato: 4. juni 2025 kl. 16.00", "Sted: Mødelokale 3"])
    for k, title in enumerate(titles):
        p.room(24)
        p.put(56, title, 12, 2)
        if k == 1:
            continue
        _sections(p)
        p.room(14)
        p.put(56, f"Sagsnr.: 25-00{k}234", 9, 1)
    meeting = _read_pdf(p.pdf())
    assert [(i.title, i.closed) for i in meeting.items] == [
        (titles[0], False), ("SALG AF GRUNDEN VED DEN GAMLE SKOLE I LANDSBYEN", True),
        (titles[2], False), (titles[3], False)]


def test_items_markers_under_each_pages_running_header_stay() -> None:
    """`Punkt 1`, `Punkt 2` right under every page's running header (an item to a page): the
    markers' numbers change from page to page, so they are no header's second line."""
    header = "Dagsorden · Teknikudvalget · 04.06.2025"
    pages = [["Dagsorden", "Teknikudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3"]]
    for n, case, title in ITEMS:
        pages.append([header, "", f"Punkt {n}", title[0].capitalize(), f"Sagsnr. {case}", "",
                      "Sagsfremstilling", *(t.capitalize() for t in TEXT)])
    meeting = _read("\f".join("\n".join(page) for page in pages).encode())
    assert [(i.number, i.case_number) for i in meeting.items] == [
        (str(n), case) for n, case, _ in ITEMS]
