"""The generic reader reads minutes whatever their format's dress: text tables drawn with
characters, fenced headings, a status after the title or after the number that follows
it, titles a PDF broke inside their marker, typography set by inline CSS, and unnumbered
items whose only sign is the document's own order of sections. Short invented minutes,
one principle each, in text, HTML and PDF."""

from __future__ import annotations

import pytest
from referat.index.readers import parse_bytes

from tests.invented import read_invented

_TITLES = ("Godkendelse af dagsorden", "Ny affaldsplan", "Grønne områder i byen",
           "Salg af byggegrund")


def _rows(meeting) -> list[tuple[str, str, str | None, bool]]:
    return [(i.number, i.title, i.case_number, i.closed) for i in meeting.items]


# --- text tables: the same line model as HTML's and PDF's tables --------------------------

def test_a_pipe_table_export_is_read_as_table_rows() -> None:
    rule = "+" + "-" * 60
    parts = ["Referat", "Miljøudvalget", "Mødedato: 1. april 2025", ""]
    for n, title in enumerate(_TITLES[:3], start=7):
        parts += [rule, f"|  {n} | {title}", rule, f"|    | Sagsnr. 25/44{n}", "",
                  "== Sagsfremstilling ==", "Forvaltningen har lavet en plan.", "",
                  "== Beslutning ==", "Godkendt.", ""]
    meeting = read_invented("\n".join(parts))
    assert _rows(meeting) == [(str(n), t, f"25/44{n}", False)
                              for n, t in enumerate(_TITLES[:3], start=7)]
    assert [s.type for s in meeting.items[0].sections] == ["sagsfremstilling", "beslutning"]
    assert meeting.items[-1].sections[-1].text == "Godkendt."


def test_a_grid_table_with_cells_on_both_sides() -> None:
    rule = "+-----+" + "-" * 50 + "+"
    parts = ["Dagsorden", "Teknisk Udvalg", "Mødedato: 2. april 2025", ""]
    for n, title in enumerate(_TITLES[:3], start=1):
        parts += [rule, f"| {n}   | {title} |", rule, f"Sagsnr.: 25/10{n}", "",
                  "Sagsfremstilling:", "Sagen beskrives her.", ""]
    meeting = read_invented("\n".join(parts))
    assert [(i.number, i.title) for i in meeting.items] == [
        (str(n), t) for n, t in enumerate(_TITLES[:3], start=1)]


def test_a_spreadsheet_export_and_a_markdown_table() -> None:
    for opener in ('{n};"{t}"', "| Nr. | Sag |\n|---|---|\n| {n} | {t} |"):
        parts = ["Referat", "Teknisk Udvalg", "Mødedato: 2. april 2025", ""]
        for n, title in enumerate(_TITLES[:3], start=4):
            parts += [opener.format(n=n, t=title), f"Sagsnr.: 25/10{n}", "",
                      "Sagsfremstilling", "Sagen beskrives her.", "", "Beslutning",
                      "Godkendt.", ""]
        meeting = read_invented("\n".join(parts))
        assert _rows(meeting) == [(str(n), t, f"25/10{n}", False)
                                  for n, t in enumerate(_TITLES[:3], start=4)], opener


def test_a_table_of_a_body_text_is_no_agenda() -> None:
    """A text with a pipe table and no minutes' structure is still no minutes."""
    text = "\n".join(["Årsrapport for foreningen", "", "+-----+------+",
                      "| 1 | Medlemmer |", "| 2 | Økonomi |", "| 3 | Aktiviteter |",
                      "+-----+------+", "", "Året var godt for foreningen."])
    assert not parse_bytes(text.encode(), "invented.txt").ok


# --- a status after the title, or after the number that follows it -----------------------

@pytest.mark.parametrize("suffix", ["(Lukket punkt)", "(Lukket)", "- Lukket", "[Fortrolig]"])
@pytest.mark.parametrize("opening", ["{n}. {t}{s}", "{t} — pkt. {n}{s}", "{t} – sag {n}{s}"])
def test_a_closed_item_keeps_its_number_and_title(opening: str, suffix: str) -> None:
    parts = ["Referat", "Økonomiudvalget", "Mødedato: 3. april 2025", ""]
    for n, title in enumerate(_TITLES, start=14):
        closed = n == 16
        parts.append(opening.format(n=n, t=title, s=f" {suffix}" if closed else ""))
        if not closed:
            parts += [f"Sagsnr.: 25/2{n}", "", "Sagsfremstilling", "En plan.", "",
                      "Beslutning", "Godkendt."]
        parts.append("")
    meeting = read_invented("\n".join(parts))
    assert _rows(meeting) == [(str(n), t, None if n == 16 else f"25/2{n}", n == 16)
                              for n, t in enumerate(_TITLES, start=14)]


def test_a_marker_below_its_title_numbers_a_closed_title_too() -> None:
    """Where most markers on lines of their own number the title above, a closed item's
    marker takes its own title, not the next item's below it."""
    parts = ["Referat", "Byrådet", "Mødedato: 4. april 2025", ""]
    for n, title in enumerate(_TITLES, start=1):
        closed = n == 3
        parts += [f"{title}{' (Lukket)' if closed else ''}", f"Punkt {n}"]
        if not closed:
            parts += [f"J.nr.: 25/3{n}", "", "Sagsfremstilling", "En plan.", "",
                      "Beslutning", "Godkendt."]
        parts.append("")
    assert _rows(read_invented("\n".join(parts))) == [
        (str(n), t, None if n == 3 else f"25/3{n}", n == 3) for n, t in enumerate(_TITLES, 1)]


# --- PDF: a title broken inside its marker or status is one line --------------------------

def test_pdf_titles_broken_inside_their_number_or_status() -> None:
    from benchmarks.layouts.pdfwriter import render_pdf

    rows = [("Referat", 16, True), ("Kultur- og Fritidsudvalget", 10, False),
            ("Mødedato: 5. april 2025", 10, False)]
    broken = [("Ny plan for idrætsanlæg og haller i den nordlige del –", "pkt. 21"),
              ("Tilskud til foreninger i kommunen – pkt.", "22 - Åben"),
              ("Budgetopfølgning for kultur og fritid (Lukket", "punkt)"),
              ("Orientering fra formanden", "– pkt. 24 (Åben)")]
    for n, (first, second) in enumerate(broken, start=21):
        rows += [("", 10, False), (first, 12.5, True), (second, 12.5, True)]
        if n == 23:  # the closed item: a status but no number of its own on its lines
            rows[-2] = (f"Budgetopfølgning for kultur og fritid – pkt. {n} (Lukket", 12.5, True)
            continue
        rows += [(f"Sagsnr. 25-0{n}", 10, False), ("Sagsfremstilling", 10, True),
                 ("Sagen beskrives.", 10, False), ("Beslutning", 10, True),
                 ("Godkendt.", 10, False)]
    meeting = read_invented(render_pdf(rows), ".pdf")
    assert _rows(meeting) == [
        ("21", "Ny plan for idrætsanlæg og haller i den nordlige del", "25-021", False),
        ("22", "Tilskud til foreninger i kommunen", "25-022", False),
        ("23", "Budgetopfølgning for kultur og fritid", None, True),
        ("24", "Orientering fra formanden", "25-024", False)]


# --- typography by inline CSS; unnumbered items found by the order of their sections ------

def test_inline_css_sets_unnumbered_titles_apart() -> None:
    parts = ["<html><body><h1>Referat</h1><p>Plan- og Miljøudvalget</p>",
             "<p>Mødedato: 6. april 2025</p>"]
    for n, title in enumerate(_TITLES[:3], start=1):
        parts.append(f"<div><div style='font-size:18px;font-weight:700'>{title}</div>")
        if n != 2:  # one item without a case number
            parts.append(f"<div><small>Sagsnr. 25-50{n}</small></div>")
        parts += ["<div><span style='font-weight:bold'>SAGSFREMSTILLING</span></div>",
                  "<div><p>Sagen beskrives.</p></div>",
                  "<div><span style='font-weight:bold'>BESLUTNING</span></div>",
                  "<div><p>Godkendt.</p></div></div>"]
    meeting = read_invented("".join(parts) + "</body></html>", ".html")
    assert [(i.title, i.case_number) for i in meeting.items] == [
        (_TITLES[0], "25-501"), (_TITLES[1], None), (_TITLES[2], "25-503")]


def test_the_heading_that_opens_items_starts_one_without_a_case_number() -> None:
    """Unnumbered titles in body type: an item is found by its case line, and one that
    has none by its opening heading standing a second time."""
    parts = ["Referat", "Byråd", "Mødedato: 7. april 2025", ""]
    for n, title in enumerate(_TITLES, start=1):
        parts += [title] + ([f"Sagsnr. 25-70{n}"] if n != 3 else []) + [
            "", "SAGSFREMSTILLING", "Sagen beskrives her.", "", "BILAG",
            "Bilag 1: Oversigtskort", "", "BESLUTNING", "Godkendt.", ""]
    meeting = read_invented("\n".join(parts))
    assert [(i.title, i.case_number) for i in meeting.items] == [
        (t, None if n == 3 else f"25-70{n}") for n, t in enumerate(_TITLES, start=1)]
    assert [s.type for s in meeting.items[2].sections] == ["sagsfremstilling", "bilag",
                                                           "beslutning"]


def test_a_body_paragraph_before_a_repeated_heading_is_no_title() -> None:
    """A heading that does not open the items (BESLUTNING twice: a decision history)
    starts nothing; the paragraph above it stays text."""
    parts = ["Referat", "Byråd", "Mødedato: 7. april 2025", ""]
    for n, title in enumerate(_TITLES[:3], start=1):
        parts += [title, f"Sagsnr. 25-70{n}", "", "SAGSFREMSTILLING", "Sagen beskrives.", "",
                  "BESLUTNING", "Anbefales.", "", "Økonomiudvalget den 1. april", "",
                  "BESLUTNING", "Godkendt.", ""]
    meeting = read_invented("\n".join(parts))
    assert [i.title for i in meeting.items] == list(_TITLES[:3])


def test_markdown_emphasis_is_typography() -> None:
    parts = ["# Referat", "*Teknisk Udvalg*", "", "**Mødedato:** 8. april 2025", ""]
    for n, title in enumerate(_TITLES[:3], start=1):
        parts += [f"## {n}. {title}", "", f"*Sagsnr.: 25/80{n}*", "", "### Sagsfremstilling",
                  "", "En _vigtig_ plan.", "", "### Beslutning", "", "Godkendt.", ""]
    meeting = read_invented("\n".join(parts))
    assert meeting.udvalg == "Teknisk Udvalg"
    assert [i.case_number for i in meeting.items] == ["25/801", "25/802", "25/803"]
    assert meeting.items[0].sections[0].text == "En vigtig plan."


def test_a_text_export_title_wrapped_before_its_number() -> None:
    parts = ["Referat", "Byrådet", "Mødedato: 9. april 2025", ""]
    for n, (first, last) in enumerate([("Ny plan for idrætsanlæg og haller i den", "nordlige del"),
                                       ("Tilskud til foreninger", ""),
                                       ("Salg af byggegrund ved", "Strandvejen")], start=7):
        lines = [first, last] if last else [first]
        parts += [*lines[:-1], f"{lines[-1]:<70}Pkt. {n}", f"Sagsnr.: 25/90{n}", "",
                  "Sagsfremstilling", "En plan.", ""]
    meeting = read_invented("\n".join(parts))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("7", "Ny plan for idrætsanlæg og haller i den nordlige del"),
        ("8", "Tilskud til foreninger"), ("9", "Salg af byggegrund ved Strandvejen")]


def test_pdf_a_closed_title_over_the_next_is_not_one_wrapped_title() -> None:
    """Unnumbered titles set alike: a title line with room left for the next line's first
    word did not wrap there, so a closed item's title (a status line above, nothing under
    it) and the next item's title are two titles; a line that is full wraps on."""
    from benchmarks.layouts.pdfwriter import render_pdf

    rows = [("Referat", 16, True), ("Byrådet", 10, False), ("Mødedato: 10. april 2025", 10, False)]
    titles = [("Lokalplan for et nyt boligområde ved den gamle skole i", "Karlslunde"),
              ("Tilskud til foreninger", None), ("Salg af byggegrund", None),
              ("Status på Handleplan for Naturparken", None), ("Vejbelysning", None)]
    for n, (first, rest) in enumerate(titles, start=1):
        rows.append(("", 10, False))
        if n == 4:
            rows += [("Lukket punkt", 10, True), (first, 12.5, True)]
            continue
        rows += [(first, 12.5, True)] + ([(rest, 12.5, True)] if rest else [])
        rows += [(f"Sagsnr. 25-1{n}", 10, False), ("Sagsfremstilling", 10, True),
                 ("Sagen beskrives.", 10, False)]
    meeting = read_invented(render_pdf(rows), ".pdf")
    assert [(i.title, i.closed) for i in meeting.items] == [
        ("Lokalplan for et nyt boligområde ved den gamle skole i Karlslunde", False),
        ("Tilskud til foreninger", False), ("Salg af byggegrund", False),
        ("Status på Handleplan for Naturparken", True), ("Vejbelysning", False)]


def test_a_case_label_row_under_a_marker_is_no_title_row() -> None:
    """"Punkt 14" under its title and "Sag: 23-012094" under it: the case, not the title a
    label/value layout would give ("Sag: title")."""
    parts = ["Referat", "Kulturudvalget", "Mødedato: 11. april 2025", ""]
    for n, title in enumerate(_TITLES[:3], start=14):
        parts += [title, f"Punkt {n}", f"Sag: 23-0120{n}", "", "Sagsfremstilling", "En plan.",
                  "", "Beslutning", "Godkendt.", ""]
    assert _rows(read_invented("\n".join(parts))) == [
        (str(n), t, f"23-0120{n}", False) for n, t in enumerate(_TITLES[:3], start=14)]


def test_an_agenda_page_footer_is_no_item_text() -> None:
    """An agenda of titles only on a page whose site footer follows the last title: the
    footer is page furniture (as a PDF's running footer), so the agenda is read."""
    parts = ["<html><body><main><h1>Dagsorden Byrådet</h1><p>Mødedato: 12. april 2025</p>"]
    for n, title in enumerate(_TITLES, start=7):
        parts.append(f"<p>Dagsordenspunkt nr. {n}</p><h2>{title}</h2>")
    parts.append("</main><footer>Kommunen · Rådhuset · Tlf. 70 00 00 00</footer></body></html>")
    meeting = read_invented("".join(parts), ".html")
    assert [(i.number, i.title, i.sections) for i in meeting.items] == [
        (str(n), t, []) for n, t in enumerate(_TITLES, start=7)]


def test_a_lone_word_shape_gives_way_to_the_documents_number() -> None:
    parts = ["Referat", "Byrådet", "Mødedato: 13. april 2025", ""]
    titles = ("Ny affaldsplan", "Budgetopfølgning 1 2025, Socialudvalget", "Salg af byggegrund")
    for n, title in enumerate(titles, start=2):
        parts += [f"{title} – sag {n}", f"Sagsnr. 25-60{n}", "", "Sagsfremstilling", "En plan.",
                  ""]
    assert [(i.number, i.title) for i in read_invented("\n".join(parts)).items] == [
        (str(n), t) for n, t in enumerate(titles, start=2)]


def test_an_unnumbered_closed_title_with_its_status_after_it() -> None:
    parts = ["Referat", "Byrådet", "Mødedato: 14. april 2025", ""]
    for n, title in enumerate(_TITLES, start=1):
        if n == 3:
            parts += [f"{title} (Lukket)", ""]
            continue
        parts += [title, f"Journalnr.: 25-61{n}", "", "Sagsfremstilling", "En plan.", ""]
    assert [(i.title, i.closed) for i in read_invented("\n".join(parts)).items] == [
        (t, n == 3) for n, t in enumerate(_TITLES, start=1)]


@pytest.mark.parametrize("tag", ["small", "span", "em"])
def test_a_case_number_inside_the_titles_heading_is_metadata(tag: str) -> None:
    parts = ["<html><body><h1>Referat</h1><p>Plan- og Miljøudvalget</p>",
             "<p>Mødedato: 6. april 2025</p>"]
    for n, title in enumerate(_TITLES[:3], start=1):
        case = f" <{tag}>Sagsnr. 25-50{n}</{tag}>" if n != 2 else ""
        parts += [f"<section><h2>{n}. {title}{case}</h2>", "<h3>Sagsfremstilling</h3>",
                  "<p>Sagen beskrives.</p>", "<h3>Beslutning</h3><p>Godkendt.</p></section>"]
    meeting = read_invented("".join(parts) + "</body></html>", ".html")
    assert [(i.title, i.case_number) for i in meeting.items] == [
        (_TITLES[0], "25-501"), (_TITLES[1], None), (_TITLES[2], "25-503")]


@pytest.mark.parametrize("status", ["Til beslutning", "Til orientering", "Lukket punkt"])
def test_a_status_cell_beside_the_title_is_no_part_of_it(status: str) -> None:
    lines = ["Referat", "Plan- og Miljøudvalget", "Mødedato: 6. april 2025", ""]
    for n, title in enumerate(_TITLES[:3], start=1):
        lines += [f"{n}. {title}      {status}", f"Sagsnr. 25-50{n}", "",
                  "Sagsfremstilling", "Sagen beskrives.", "", "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(lines))
    assert [i.title for i in meeting.items] == list(_TITLES[:3])
    assert all(i.closed == status.startswith("Lukket") for i in meeting.items)


@pytest.mark.parametrize("mark", ["(L)", "[F]", "*"])
def test_a_marker_a_legend_explains_is_the_items_closed_status(mark: str) -> None:
    legend = f"{mark} = Lukket punkt"
    lines = ["Referat", "Plan- og Miljøudvalget", "Mødedato: 6. april 2025", legend, ""]
    for n, title in enumerate(_TITLES[:3], start=1):
        shown = f"{mark} {title}" if n == 2 else title
        lines += [f"{n}. {shown}", f"Sagsnr. 25-50{n}", "",
                  "Sagsfremstilling", "Sagen beskrives.", "", "Beslutning", "Godkendt.", ""]
    for suffix, data in ((".txt", "\n".join(lines)), (".html", "<html><body>" + "".join(
            f"<h2>{x}</h2>" if x[:1].isdigit() else f"<p>{x}</p>" for x in lines if x)
            + "</body></html>")):
        meeting = read_invented(data, suffix)
        assert [(i.title, i.closed) for i in meeting.items] == [
            (_TITLES[0], False), (_TITLES[1], True), (_TITLES[2], False)], suffix


@pytest.mark.parametrize("status", ["Lukket sag", "Fortrolig sag"])
def test_a_closed_item_whose_marker_line_holds_only_its_status(status: str) -> None:
    lines = ["Referat", "Plan- og Miljøudvalget", "Mødedato: 6. april 2025", ""]
    for n, title in enumerate(_TITLES[:3], start=1):
        lines += [f"Punkt {n} - {status if n == 2 else title}", ""]
        if n != 2:
            lines += ["Sagsfremstilling", "Sagen beskrives.", "", "Beslutning", "Godkendt.", ""]
    html = "<html><body>" + "".join(
        f"<div style='font-size:17px;font-weight:700'>{x}</div>" if x.startswith("Punkt")
        else f"<p>{x}</p>" for x in lines if x) + "</body></html>"
    meeting = read_invented(html, ".html")
    assert [(i.title, i.closed) for i in meeting.items] == [
        (_TITLES[0], False), (status, True), (_TITLES[2], False)]
