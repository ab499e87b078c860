"""Round 14 (test19's misses) on short invented minutes: a table of figures inside an item
is no table of contents, a closed item without sections is no gap, a family is recorded
only where the document prints its convention, a bare case number in brackets closing a
title is the case number, a wrapped `6), at …` is no item, and a running header may be the
only line that names the udvalg."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import render_pdf

TITLES = ("Renovering af svømmehallen", "Ny daginstitution i Hundige",
          "Trafiksikkerhed ved skolevejene")
CASES = ("25-004411", "25-007812", "24-019930")


def _referat(item_lines: list[list[str]], head: str = "Referat\nSocialudvalget\n"
             "Mødedato: 4. juni 2025 kl. 16.00\nMødested: Rådhuset\n") -> bytes:
    return (head + "".join("\n" + "\n".join(lines) + "\n" for lines in item_lines)).encode()


def test_a_table_of_figures_in_an_item_is_no_table_of_contents() -> None:
    """An economy table (tab-separated figures under a year row) inside "Økonomi" in every
    item: read without a miss, the confidence stays 1.0 and no contents check is made."""
    items = []
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        items.append([f"{n}. {title}", f"Sagsnr.: {case}", "", "Økonomi",
                      "Forslaget finansieres inden for rammen som vist her.",
                      "1.000 kr.\t2025\t2026\t2027", "Drift\t150\t150\t600",
                      "Anlæg\t500\t0\t0", "I alt\t650\t150\t600", "", "Beslutning",
                      "Godkendt."])
    result = parse_bytes(_referat(items), "figures.txt")
    assert [i.title for i in result.meeting.items] == list(TITLES)
    assert not any(c.startswith("toc") for c in result.checks), result.checks
    assert result.confidence == 1.0


def test_a_closed_item_without_sections_is_no_gap() -> None:
    """Two open items with their sections and a closed one, which prints none."""
    items = [[f"{n}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
              "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt."]
             for n, (title, case) in enumerate(zip(TITLES[:2], CASES, strict=False), start=1)]
    items.append(["3. Lukket punkt: Personalesag"])
    result = parse_bytes(_referat(items), "closed.txt")
    assert [i.closed for i in result.meeting.items] == [False, False, True]
    assert "titled and sectioned 3/3" in result.checks and result.confidence == 1.0


def test_a_family_is_recorded_only_where_its_convention_is_printed() -> None:
    """`N.<TAB>Title` over `Sagsnummer<TAB>…` (a word processor's text) is read, but as no
    committee system's export; the same minutes with the systems' `Sagsnr.:` line are."""
    def minutes(label: str) -> bytes:
        return _referat([[f"{n}.\t{title}", f"{label}{case}", "Sagsfremstilling",
                          "Forvaltningen har belyst sagen.", "Beslutning", "Godkendt."]
                         for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True),
                                                           start=1)])
    word = parse_bytes(minutes("Sagsnummer\t"), "word.txt")
    assert [i.case_number for i in word.meeting.items] == list(CASES)
    assert word.layout == "generic"
    assert parse_bytes(minutes("Sagsnr.: "), "edoc.txt").layout == "edoc-acadre"


LONG = ("Helhedsplan for de kommunale idrætsanlæg og svømmehallernes fremtidige drift og "
        "vedligeholdelse")


def _hanging(title: str, case: str) -> list[str]:
    """`N.  Title (case)` wrapped at 76 with continuation lines indented four spaces."""
    words, lines, line = f"{title} ({case})".split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > 70:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def test_a_bare_case_number_in_brackets_closes_a_hanging_title() -> None:
    """`2.  Title (25-007812)`, wrapped and indented: the number in round brackets is the
    case number; a span of years in them stays the title's."""
    titles = (TITLES[0], LONG, "Budget (2025/26) for ældreområdet")
    items = []
    for n, (title, case) in enumerate(zip(titles, CASES, strict=True), start=1):
        first, *rest = _hanging(title, case)
        items.append([f"{n}.  {first}", *(f"    {x}" for x in rest), "", "SAGSFREMSTILLING:",
                      "    Forvaltningen har belyst sagen.", "", "BESLUTNING:",
                      "    Godkendt."])
    items.append(["4.  Budgetopfølgning (2025/26)", "", "BESLUTNING:", "    Godkendt."])
    meeting = parse_bytes(_referat(items), "hanging.txt").meeting
    assert [i.title for i in meeting.items] == [*titles, "Budgetopfølgning (2025/26)"]
    assert [i.case_number for i in meeting.items] == [*CASES, None]


def test_a_wrapped_sentence_after_a_number_in_brackets_is_no_item() -> None:
    """An indented text wrapped as `    3), at …` (from "(pkt. 3), at …") right after item
    2: no item 3, and item 2 keeps its decision."""
    items = [["1.  " + TITLES[0], "", "SAGSFREMSTILLING:", "    Forvaltningen har belyst sagen.",
              "", "BESLUTNING:", "    Godkendt."],
             ["2.  " + TITLES[1], "", "SAGSFREMSTILLING:",
              "    Udvalget besluttede på sit møde i maj (pkt.",
              "    3), at forvaltningen skulle belyse sagen nærmere.", "", "BESLUTNING:",
              "    Godkendt."],
             ["3.  " + TITLES[2], "", "SAGSFREMSTILLING:", "    Forvaltningen har belyst sagen.",
              "", "BESLUTNING:", "    Godkendt."]]
    meeting = parse_bytes(_referat(items), "wrapped.txt").meeting
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [s.type for s in meeting.items[1].sections] == ["sagsfremstilling", "beslutning"]


def test_the_udvalg_named_only_in_a_running_header() -> None:
    """A PDF whose body names no udvalg (the meeting in one sentence), its running header
    `Teknik- og Miljøudvalget · Referat · 4. juni 2025` on every page: the udvalg is read
    from that header; a body that names one keeps its own."""
    lines = [("Referat", 18, True),
             ("Mødet blev holdt onsdag den 4. juni 2025 kl. 16.00 i Mødelokale 2.", 10, False)]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        lines += [("", 10, False), (f"{n}. {title}", 12, True), (f"Sagsnr.: {case}", 9, False),
                  ("Sagsfremstilling", 10, True)]
        lines += [("Forvaltningen har belyst sagen og redegør her for den.", 10, False)] * 14
        lines += [("Beslutning", 10, True), ("Godkendt.", 10, False)]
    header = "Teknik- og Miljøudvalget · Referat · 4. juni 2025"
    for known in (True, False):
        result = parse_bytes(render_pdf(lines, header=header), "header.pdf",
                             known_layouts=known)
        assert [i.title for i in result.meeting.items] == list(TITLES)
        assert result.meeting.udvalg == "Teknik- og Miljøudvalget"
    named = [lines[0], ("Børne- og Skoleudvalget", 14, True), *lines[1:]]
    result = parse_bytes(render_pdf(named, header=header), "named.pdf")
    assert result.meeting.udvalg == "Børne- og Skoleudvalget"


def test_a_bold_title_cell_with_a_case_number_beside_it_is_a_title() -> None:
    """A `<table>` per item, unnumbered: the first row `<b><em>Title</em></b> <span>Sagsnr.
    …</span>`, the second the sections under italic headings. The title is bold though the
    case number beside it is not: each table is an item."""
    tables = "".join(
        f"<table class='punkt'><tr><td><b><em>{title}</em></b> <span>Sagsnr. {case}</span>"
        "</td></tr><tr><td><p><em>Sagsfremstilling</em></p><p>Forvaltningen har belyst "
        "sagen.</p><p><em>Beslutning</em></p><p>Godkendt.</p></td></tr></table>"
        for title, case in zip(TITLES, CASES, strict=True))
    page = ("<html><body><h1>Socialudvalget – referat</h1><p><strong>Mødedato:</strong> "
            f"4. juni 2025 kl. 16.00</p><p><strong>Sted:</strong> Rådhuset</p>{tables}"
            "</body></html>")
    meeting = parse_bytes(page.encode(), "tables.html").meeting
    assert meeting is not None
    assert [(i.title, i.case_number) for i in meeting.items] == list(zip(TITLES, CASES,
                                                                         strict=True))
    assert [s.type for s in meeting.items[2].sections] == ["sagsfremstilling", "beslutning"]


def test_contents_entries_agree_with_padded_numbers_by_value() -> None:
    """`04 Title …… 3` in the contents, `04. Title` in the body, the contents' entries cut
    short and one naming the item as closed: every entry agrees by its number's value."""
    toc = ["Indholdsfortegnelse", f"01. {TITLES[0][:12]}........3",
           f"02. Lukket punkt: {TITLES[1]}........4", f"03. {TITLES[2][:12]}........5"]
    items = [[f"0{n}. {title}", f"Sagsnr.: {case}", "Sagsfremstilling",
              "Forvaltningen har belyst sagen.", "Beslutning", "Godkendt."]
             for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1)]
    result = parse_bytes(_referat(items, head="Referat\nSocialudvalget\n"
                                  "Mødedato: 4. juni 2025\n" + "\n".join(toc) + "\n"), "toc.txt")
    assert [i.number for i in result.meeting.items] == ["01", "02", "03"]
    assert "toc 3/3" in result.checks and result.confidence == 1.0
