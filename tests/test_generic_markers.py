"""Round 7 (issue 18): titles and case numbers beside unfamiliar markers, one principle a
test, each on a short invented document (not corpus text)."""

from __future__ import annotations

from referat.index.readers import parse_bytes
from referat.index.readers.generic import parse_lines
from referat.index.readers.text import text_lines

from tests.invented import read_invented

_HEAD = "Teknik- og Miljøudvalget - Referat\nMødedato: 3. april 2025\nMødested: Rådhuset\n\n"


def test_a_labelled_case_number_on_the_titles_line_is_metadata_never_title():
    # the case number right-aligned on the title's line, also where the title wraps
    text = _HEAD + (
        "§ 12    Ny belysning på stien langs åen                 Sag 25-004411\n"
        "Sagsfremstilling. Kommunen har fået tilbud på nye lamper langs stien.\n"
        "Indstilling. Administrationen indstiller, at tilbuddet godkendes.\n\n"
        "§ 13    Udbud af vintertjeneste for veje og fortove        Sag 24-000917\n"
        "        i den nordlige bydel\n"
        "Sagsfremstilling. Udbuddet dækker perioden fra 2025 til 2029.\n"
        "Indstilling. Administrationen indstiller, at udbuddet sendes ud.\n"
    )
    items = read_invented(text).items
    assert [(i.number, i.title, i.case_number) for i in items] == [
        ("12", "Ny belysning på stien langs åen", "25-004411"),
        ("13", "Udbud af vintertjeneste for veje og fortove i den nordlige bydel",
         "24-000917"),
    ]


def test_a_line_that_opens_with_a_label_never_continues_a_title():
    text = _HEAD + (
        "4. Tilskud til foreningernes lokaler\n"
        "Behandles: Teknik- og Miljøudvalget 03.04.2025 / Byrådet 24.04.2025\n"
        "Sagsnr. 25-001234\n\n"
        "Indstilling\nAdministrationen indstiller, at tilskuddet gives.\n\n"
        "Baggrund\nForeningerne har søgt om tilskud.\n\n"
        "5. Plan for nye cykelstier\n"
        "Behandles: Teknik- og Miljøudvalget 03.04.2025\n"
        "Sagsnr. 25-001235\n\n"
        "Indstilling\nAdministrationen indstiller, at planen vedtages.\n\n"
        "Baggrund\nPlanen er klar til vedtagelse.\n"
    )
    expected = [("Tilskud til foreningernes lokaler", "25-001234"),
                ("Plan for nye cykelstier", "25-001235")]
    assert [(i.title, i.case_number) for i in read_invented(text).items] == expected
    generic = parse_lines(text_lines(text), "invented.txt")  # the layout-free reader too
    assert [(i.title, i.case_number) for i in generic.items] == expected


# --- one item a page: its marker atop the page, a numbered Bilag list, wrapped titles ---

def _item_per_page_pdf() -> bytes:
    from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, _escape, footer_op, pages_pdf

    def put(ops: list[bytes], y: float, text: str, bold: bool = False, size: float = 10.0):
        ops.append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (
            b"/F2" if bold else b"/F1", size, MARGIN, y, _escape(text)))

    items = [
        (["Ny plan for stier og grønne", "områder i den vestlige bydel"], "25-000111",
         True, ["1. Oversigtskort", "2. Notat om borgermødet"]),
        (["Renovering af svømmehallens", "omklædningsrum"], "25-000222", True,
         ["1. Tilbud fra rådgiver"]),
        (["Salg af en grund ved havnen til", "en privat køber"], None, False, []),
        (["Skolernes ferieplan"], "25-000444", True, ["1. Ferieplan", "2. Høringssvar",
                                                      "3. Tidsplan"]),
    ]
    first: list[bytes] = []
    y = PAGE_H - MARGIN
    for text, bold, size in (("Dagsorden - Kultur- og Fritidsudvalget", True, 16),
                             ("Mødedato: 3. april 2025", False, 10),
                             ("Mødested: Rådhuset, lokale 4", False, 10)):
        put(first, y, text, bold, size)
        y -= 20
    pages = [first + [footer_op("Side 1 af 5")]]
    for n, (title, case, open_, bilag) in enumerate(items, start=1):
        ops: list[bytes] = []
        y = PAGE_H - MARGIN
        put(ops, y, f"Punkt {n}")
        for part in title:
            y -= 18
            put(ops, y, part, True, 14)
        y -= 16
        if not open_:
            put(ops, y, "Lukket punkt", size=9)
        else:
            put(ops, y, f"Sagsnr. {case}", size=9)
            for heading, text in (("Sagsfremstilling", PROSE), ("Indstilling", INDSTILLING)):
                y -= 22
                put(ops, y, heading, True, 11.5)
                y -= 14
                put(ops, y, text)
            y -= 22
            put(ops, y, "Bilag", True, 11.5)
            for line in bilag:
                y -= 14
                put(ops, y, line)
        pages.append(ops + [footer_op(f"Side {n + 1} af 5")])
    return pages_pdf(pages)


PROSE = "Forvaltningen har udarbejdet et forslag, som udvalget skal tage stilling til."
INDSTILLING = "Forvaltningen indstiller, at forslaget godkendes."


def test_a_numbered_bilag_list_is_a_list_and_a_marker_atop_each_page_numbers_its_item():
    # "2. Notat om borgermødet" under "Bilag" on item 1's page is no item 2; "Punkt n"
    # atop every page, a new number on each, is the item's marker, not a running header;
    # a title wrapped onto a second line in its own type is one title, read once
    m = parse_bytes(_item_per_page_pdf(), "invented.pdf")
    assert m.ok, m.reason
    got = [(i.number, i.title, i.case_number, i.closed) for i in m.meeting.items]
    assert got == [
        ("1", "Ny plan for stier og grønne områder i den vestlige bydel", "25-000111", False),
        ("2", "Renovering af svømmehallens omklædningsrum", "25-000222", False),
        ("3", "Salg af en grund ved havnen til en privat køber", None, True),
        ("4", "Skolernes ferieplan", "25-000444", False),
    ]
    assert [s.heading for s in m.meeting.items[0].sections] == [
        "Sagsfremstilling", "Indstilling", "Bilag"]


def test_a_closed_items_printed_title_wins_over_its_status():
    html = """<html><body><h1>Referat</h1><p>Kulturudvalget</p><p>Dato: 3. april 2025</p>
<article><header><p>Punkt 1</p><h3>Nye åbningstider på biblioteket</h3>
<p>Sagsnummer: 25-000101</p></header>
<h4>Sagsfremstilling</h4><p>Biblioteket foreslår længere åbent om aftenen.</p>
<h4>Beslutning</h4><p>Godkendt.</p></article>
<article><header><p>Punkt 2 · Lukket</p><h3>Lukket punkt</h3></header></article>
<article><header><p>Punkt 3</p><h3>Tilskud til byfesten</h3>
<p>Sagsnummer: 25-000103</p></header>
<h4>Sagsfremstilling</h4><p>Byfesten søger om et tilskud til scenen.</p>
<h4>Beslutning</h4><p>Godkendt.</p></article></body></html>"""
    result = parse_bytes(html.encode(), "invented.html")
    assert result.ok, result.reason
    got = [(i.number, i.title, i.closed) for i in result.meeting.items]
    assert got == [("1", "Nye åbningstider på biblioteket", False),
                   ("2", "Lukket punkt", True), ("3", "Tilskud til byfesten", False)]


def test_a_title_in_bold_capitals_takes_its_wrapped_lines_in_bold_capitals():
    # small capitals beside a large margin number: the number's row is set larger than the
    # title's wrapped lines, which are joined by their type (bold capitals, or a year)
    from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, _escape, pages_pdf

    ops: list[bytes] = []
    y = PAGE_H - MARGIN

    def put(x: float, text: str, bold: bool = False, size: float = 10.0, down: float = 16):
        nonlocal y
        ops.append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (
            b"/F2" if bold else b"/F1", size, x, y, _escape(text)))
        y -= down

    put(MARGIN, "Referat - Kulturudvalget", True, 16, 20)
    put(MARGIN, "Mødedato: 3. april 2025", down=30)
    for n, lines in enumerate((["UDVIDELSE AF CYKELPARKERINGEN VED", "STATIONEN OG RÅDHUSET"],
                               ["KULTURUDVALGETS MØDEKALENDER", "2026"],
                               ["NYT TAG PÅ HALLEN"]), start=1):
        put(MARGIN, str(n), True, 20, 0)
        for k, line in enumerate(lines):
            put(MARGIN + 40, line, True, 9.5, 14 if k < len(lines) - 1 else 18)
        put(MARGIN + 40, f"Sagsnr.: 25-00020{n}", size=8.5, down=18)
        put(MARGIN + 40, "Sagens baggrund", size=10.5)
        put(MARGIN + 40, PROSE)
        put(MARGIN + 40, "Udvalgets afgørelse", size=10.5)
        put(MARGIN + 40, "Godkendt.", down=30)
    result = parse_bytes(pages_pdf([ops]), "invented.pdf")
    assert result.ok, result.reason
    assert [(i.number, i.title.upper()) for i in result.meeting.items] == [
        ("1", "UDVIDELSE AF CYKELPARKERINGEN VED STATIONEN OG RÅDHUSET"),
        ("2", "KULTURUDVALGETS MØDEKALENDER 2026"), ("3", "NYT TAG PÅ HALLEN")]


def test_a_case_number_cell_does_not_set_the_titles_type_and_a_closed_note_closes():
    # every open title bold beside a regular case-number cell; the closed item, bold, has
    # none: one type of marker line, and its only line says it was closed
    from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, _escape, pages_pdf

    ops: list[bytes] = []
    y = PAGE_H - MARGIN

    def put(x: float, text: str, bold: bool = False, size: float = 10.0, down: float = 0):
        nonlocal y
        ops.append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (
            b"/F2" if bold else b"/F1", size, x, y, _escape(text)))
        y -= down

    put(MARGIN, "Byrådet - Referat", True, 16, 22)
    put(MARGIN, "Mødedato: 3. april 2025", down=28)
    for n, title, case in ((7, "Ny skolestruktur i bydelen", "25-000301"),
                           (8, "Salg af grunden ved havnen", None),
                           (9, "Renovering af idrætshallen", "25-000309")):
        put(MARGIN, f"§ {n}", True, 11)
        put(MARGIN + 54, title, True, 11)
        if case:
            put(450, f"Sag {case}", size=9)
        y -= 18
        if case:
            put(MARGIN, "Sagsfremstilling.", True, down=14)
            put(MARGIN, PROSE, down=14)
            put(MARGIN, "Byrådets beslutning.", True, down=14)
            put(MARGIN, "Godkendt.", down=24)
        else:
            put(MARGIN, "Sagen blev behandlet for lukkede døre.", down=24)
    result = parse_bytes(pages_pdf([ops]), "invented.pdf")
    assert result.ok, result.reason
    got = [(i.number, i.title, i.case_number, i.closed, len(i.sections))
           for i in result.meeting.items]
    assert got == [("7", "Ny skolestruktur i bydelen", "25-000301", False, 2),
                   ("8", "Salg af grunden ved havnen", None, True, 0),
                   ("9", "Renovering af idrætshallen", "25-000309", False, 2)]


def test_a_plain_text_title_runs_to_the_status_line_that_closes_it():
    # "Punkt n" alone, the title hard-wrapped before a capitalised word, then its status
    text = ("Dagsorden - Kulturudvalget\nMødedato: 3. april 2025\nMødested: Rådhuset\n\n"
            "Punkt 1\nTilskud til koncerter i parken\nSagsnr. 25-000501\nÅbent punkt\n\n"
            "Sagsfremstilling\nForeningen søger om tilskud til tre koncerter.\n\n"
            "Punkt 2\nSalg af den gamle skole på Bakkevej i Nørre\nHavnby\nLukket punkt\n\n"
            "Punkt 3\nNye regler for lån af lokaler\nSagsnr. 25-000503\nÅbent punkt\n\n"
            "Sagsfremstilling\nReglerne gøres enklere for foreningerne.\n")
    items = read_invented(text).items
    assert [(i.number, i.title, i.closed) for i in items] == [
        ("1", "Tilskud til koncerter i parken", False),
        ("2", "Salg af den gamle skole på Bakkevej i Nørre Havnby", True),
        ("3", "Nye regler for lån af lokaler", False)]


def test_a_plain_text_title_takes_its_indented_hard_wrapped_lines():
    # an e-mail hard-wrapped at 72 characters: the title's next lines indented under it
    text = ("Emne: Referat af mødet den 3. april 2025\n\nUdvalg: Kulturudvalget\n"
            "Dato: 3. april 2025\n\nReferat\n\n"
            "12 - Opfølgning på forslag fra (A) og (F) vedr.\n"
            "    Renovering af Nordskovens stier samt redegørelse for alle\n"
            "    kommunens stier\nSagsnummer 25-000612\n\n"
            "BAGGRUND: Forslaget blev behandlet på sidste møde.\n"
            "BESLUTNING: Taget til efterretning.\n\n"
            "13 - Nye åbningstider i svømmehallen\nSagsnummer 25-000613\n\n"
            "BAGGRUND: Svømmehallen ønsker længere åbent.\n"
            "BESLUTNING: Godkendt.\n")
    items = read_invented(text).items
    assert [(i.number, i.title) for i in items] == [
        ("12", "Opfølgning på forslag fra (A) og (F) vedr. Renovering af Nordskovens stier "
               "samt redegørelse for alle kommunens stier"),
        ("13", "Nye åbningstider i svømmehallen")]
