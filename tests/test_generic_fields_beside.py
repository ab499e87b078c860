"""Conventions read by principle, each on short invented minutes: an item's number as a
field under its title, beside its case number and status; the meeting's fields as a label
and a value in adjacent elements, as a table of labels over values, in one wrapped
sentence; a running header whose end varies."""

from __future__ import annotations

from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, pages_pdf
from tests.invented import read_invented
from tests.test_generic_geometry import _Page

TITLES = ("Trafiksikkerhed ved skolerne", "Ny legeplads i Nordparken",
          "Vinterberedskab for cykelstier")
CASES = ("25-004411", "25-004422", "25-004433")


def test_an_items_number_may_stand_in_a_field_list_under_its_title() -> None:
    """`<h3>Title</h3>` then a list `Nr.: 3` / `J.nr.: …` / `Status: Lukket` (or the number
    last): the number and the status belong to the heading above, the title; the closed item keeps
    its printed title and has no case number; once the document shows the convention, a
    number row with no field under it (an item without a case number) is read alike."""
    parts = ["<html><body><h1>Referat – Vej- og Parkudvalget</h1>",
             "<p>Mødedato: 4. juni 2025 kl. 16.00</p><p>Mødested: Rådhuset</p>"]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=3):
        closed = n == 4
        fields = [f"Nr.: {n}", *([] if closed else [f"J.nr.: {case}"]),
                  f"Status: {'Lukket' if closed else 'Åben'}"] if n < 5 else [f"Nr.: {n}"]
        fields = [*fields[1:], fields[0]] if n == 3 else fields  # the number after the rest
        parts += [f"<h3>{title}</h3>", "<ul>", *(f"<li>{f}</li>" for f in fields), "</ul>"]
        if not closed:
            parts += ["<h4>Sagsfremstilling</h4><p>Forvaltningen beskriver sagen.</p>",
                      "<h4>Beslutning</h4><p>Godkendt.</p>"]
    meeting = read_invented("\n".join([*parts, "</body></html>"]), ".html")
    assert [i.number for i in meeting.items] == ["3", "4", "5"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == [CASES[0], None, None]
    assert [i.closed for i in meeting.items] == [False, True, False]
    assert [s.type for s in meeting.items[0].sections] == ["sagsfremstilling", "beslutning"]


def _items_html() -> str:
    return "\n".join(f"<h2>{n}. {title}</h2><p>Sagsnr.: {case}</p>"
                     "<h3>Sagsfremstilling</h3><p>Forvaltningen beskriver sagen.</p>"
                     "<h3>Beslutning</h3><p>Godkendt.</p>"
                     for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), 1))


def test_a_label_and_its_value_in_adjacent_elements_are_words_apart() -> None:
    """`<span>Hvor:</span><span>Rådhuset</span>`: no space in the markup, yet the label's
    colon ends a word; the question a label asks (Hvor, Hvornår) names the field."""
    html = ("<html><body><h1>Referat: Vej- og Parkudvalget</h1>"
            "<p><b>Hvornår:</b><time>4. juni 2025 kl. 16.00</time></p>"
            "<p><span class='l'>Hvor:</span><span>Rådhuset, lokale 3</span></p>"
            f"{_items_html()}</body></html>")
    meeting = read_invented(html, ".html")
    assert meeting.place == "Rådhuset, lokale 3"
    assert str(meeting.date) == "2025-06-04"


def test_a_row_of_field_labels_over_a_row_of_values_is_the_meetings_fields() -> None:
    """The meeting's fields as a table, a header row of labels over one row of values:
    each value is its label's field (as cells in HTML, as aligned columns in text)."""
    labels, values = ("Sted", "Udvalg", "Dato"), ("Rådhuset, lokale 3", "Vej- og Parkudvalget",
                                                  "Onsdag 4. juni 2025")
    cells = "".join(f"<th>{c}</th>" for c in labels), "".join(f"<td>{c}</td>" for c in values)
    html = (f"<html><body><h1>Dagsorden</h1><table><tr>{cells[0]}</tr><tr>{cells[1]}</tr>"
            f"</table>{_items_html()}</body></html>")
    widths = [len(v) + 3 for v in values]
    text = "\n".join(["DAGSORDEN", "", "".join(c.ljust(w) for c, w in zip(labels, widths,
                                                                        strict=True)),
                      "".join(c.ljust(w) for c, w in zip(values, widths, strict=True)), "",
                      *(f"{n}. {t}\nSagsnr.: {c}\n\nSagsfremstilling\nForvaltningen beskriver "
                        "sagen.\n" for n, (t, c) in enumerate(zip(TITLES, CASES, strict=True),
                                                             1))])
    for meeting in (read_invented(html, ".html"), read_invented(text)):
        assert (meeting.udvalg, meeting.place) == ("Vej- og Parkudvalget", "Rådhuset, lokale 3")
        assert str(meeting.date) == "2025-06-04"


def test_a_meeting_stated_in_one_wrapped_sentence_gives_its_udvalg_and_place() -> None:
    """"Referat af møde i Vej- og Parkudvalget onsdag den 4. juni 2025 kl. 16.00 i
    Rådhusets mødesal." wrapped after "kl." or inside the place: the weekday is the date's,
    the place runs to the sentence's full stop, which is not the place's."""
    sentence = ("Referat af møde i Vej- og Parkudvalget onsdag den 4. juni 2025 kl. 16.00 i "
                "Byrådssalen 2.")
    items = [f"{n}. {t}\nSagsnr.: {c}\n\nSagsfremstilling\nForvaltningen beskriver sagen.\n\n"
             "Beslutning\nGodkendt.\n" for n, (t, c) in enumerate(zip(TITLES, CASES,
                                                                      strict=True), 1)]
    for cut in (sentence.index("16.00"), sentence.index(" 2.") + 1):
        text = "\n".join([sentence[:cut].rstrip(), sentence[cut:], "", *items])
        meeting = read_invented(text)
        assert (meeting.udvalg, meeting.place) == ("Vej- og Parkudvalget", "Byrådssalen 2")


def test_a_line_atop_every_page_that_opens_alike_is_no_meeting_field() -> None:
    """A small running header naming the item each page is in ("Vej- og Parkudvalget
    04.06.2025 – Punkt 2: …"): its end differs on every page, its opening does not; it is
    the page's furniture, and the udvalg is the title under it."""
    pages = []
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        page, y = _Page(), PAGE_H - MARGIN
        page.put(MARGIN, y, f"Vej- og Parkudvalget 04.06.2025 – Punkt {n}: {title}", size=8)
        if n == 1:
            page.put(MARGIN, y - 30, "Referat: Vej- og Parkudvalget", True, 16)
            page.put(MARGIN, y - 50, "Mødedato: 4. juni 2025 kl. 16.00", size=10)
            y -= 50
        rows = [(f"Punkt {n}: {title}", True, 13), (f"Sagsnr.: {case}", False, 9),
                ("Sagsfremstilling", True, 10), ("Forvaltningen beskriver sagen.", False, 10),
                ("Beslutning", True, 10), ("Godkendt.", False, 10)]
        for k, (text, bold, size) in enumerate(rows):
            page.put(MARGIN, y - 40 - 18 * k, text, bold, size)
        pages.append(page.ops)
    meeting = read_invented(pages_pdf(pages), ".pdf")
    assert meeting.udvalg == "Vej- og Parkudvalget"
    assert [i.title for i in meeting.items] == list(TITLES)
