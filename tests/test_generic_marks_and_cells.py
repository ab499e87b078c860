"""Conventions read by principle, each on short invented minutes: a number set off by
dashes on a line of its own (told from a page's mark), a line naming the agenda's item
kind and number above the title, field lists, a table cell spanning rows, named slots,
a grid column holding only the number."""

from __future__ import annotations

from tests.invented import read_invented, wrap

TITLES = ("Trafiksikkerhed ved skolerne", "Ny legeplads i Nordparken",
          "Vinterberedskab for cykelstier")
CASES = ("25-004411", "25-004422", "25-004433")


def _centred(text: str) -> str:
    return text.center(76).rstrip()


def test_a_number_between_dashes_on_its_own_line_numbers_the_title_under_it() -> None:
    """"– 7 –" centred above the title (one title wrapped, one without a case number);
    a "- 2 -" inside a sentence's text is the page's mark, no item."""
    rows = [_centred("REFERAT"), _centred("Vej- og Parkudvalget"),
            _centred("4. juni 2025, Mødesal A"), ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=7):
        rows += [_centred(f"– {n} –")]
        rows += [_centred(t) for t in ([title] if n != 8 else ["Ny legeplads i", "Nordparken"])]
        rows += [_centred(f"J.nr.: {case}")] if n != 9 else []
        rows += ["", "Resumé: Forvaltningen har set på sagen og beskriver den her og",
                 _centred("- 2 -"),
                 "fortsætter på næste side med flere ord.", "",
                 "Beslutning: Godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.number for i in meeting.items] == ["7", "8", "9"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == [*CASES[:2], None]
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["resume", "beslutning"]
        assert "fortsætter" in item.sections[0].text


def test_a_line_naming_the_agendas_item_and_its_number_stands_above_the_title() -> None:
    """"Mødets punkt 4" / the title: the words before the marker name what the item is an
    item of (the agenda, the meeting), not its title."""
    rows = ["Referat", "Vej- og Parkudvalget", "Mødedato: 4. juni 2025", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=4):
        owner = "Dagsordenens" if n == 5 else "Mødets"
        rows += [f"{owner} punkt {n}", title, f"Sagsnr.: {case}", "",
                 "Sagsfremstilling", "Forvaltningen beskriver sagen.", "",
                 "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.number for i in meeting.items] == ["4", "5", "6"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)


def test_field_lists_and_directives_are_read_as_what_they_print() -> None:
    """":Mødested: Rådhuset" is the field "Mødested: Rådhuset", ":Sagsnr.: …" the item's
    case number; ".. admonition:: Lukket punkt" prints "Lukket punkt" (the item closed)."""
    rows = ["Referat for Vej- og Parkudvalget", "", ":Dato: 4. juni 2025",
            ":Mødested: Rådhuset, lokale 3", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f"{n}. {title}", "", f":Sagsnr.: {case}", "", "Sagsfremstilling",
                 "Forvaltningen beskriver sagen.", "", "Beslutning", "Godkendt.", ""]
    rows += ["4. Ansættelsessag", "", ".. admonition:: Lukket punkt", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.title for i in meeting.items] == [*TITLES, "Ansættelsessag"]
    assert [i.case_number for i in meeting.items] == [*CASES, None]
    assert [i.closed for i in meeting.items] == [False, False, False, True]
    assert meeting.place == "Rådhuset, lokale 3"
    for item in meeting.items[:3]:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]


def test_cells_spanning_rows_head_the_rows_they_span() -> None:
    """One table for the meeting: the item's number and "title<br>Sag …" span its section
    rows (heading cell, text cell); the header row under the time is no place."""
    rows = []
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows.append(f"<tr><td rowspan='2'>{n}</td><td rowspan='2'>{title}<br>Sag {case}</td>"
                    "<td>Resumé</td><td><p>Forvaltningen beskriver sagen kort.</p></td></tr>"
                    "<tr><td>Beslutning</td><td><p>Godkendt.</p></td></tr>")
    html = ("<html><body><h1>Referat – Vej- og Parkudvalget</h1>"
            "<p>4. juni 2025 kl. 17.00, Mødesal A</p><table><thead><tr><th>Nr.</th>"
            "<th>Punkt</th><th>Afsnit</th><th>Indhold</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></body></html>")
    meeting = read_invented(html, ".html")
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    assert meeting.place == "Mødesal A"
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["resume", "beslutning"]


def test_custom_elements_and_named_slots_are_regions_of_their_own() -> None:
    """A component per item and per section (`<ks-sag>`, `<ks-afsnit>`), its parts given
    to named slots: the case number's slot and the first section's name stand apart."""
    items = "".join(
        f"<ks-sag><span slot='nr'>{n}</span><h3 slot='overskrift'>{title}</h3>"
        f"<span slot='journal'>Sagsnr.: {case}</span>"
        "<ks-afsnit><span slot='navn'>Resumé</span><div slot='tekst'><p>Forvaltningen "
        "beskriver sagen kort.</p></div></ks-afsnit><ks-afsnit><span slot='navn'>Beslutning"
        "</span><div slot='tekst'><p>Godkendt.</p></div></ks-afsnit></ks-sag>"
        for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1))
    html = ("<html><body><ks-referat><h1>Vej- og Parkudvalget</h1><p>Referat, 4. juni 2025"
            "</p>" + items + "</ks-referat></body></html>")
    meeting = read_invented(html, ".html")
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["resume", "beslutning"]


def test_a_closed_status_under_a_lone_number_is_the_closed_items_title() -> None:
    """A grid of rows, the number alone in its column: "Lukket sag" with only a note on
    the closed doors under it is the closed item 3's title, not a section of item 2."""
    def row(n: int, body: str) -> str:
        return (f"<div class='r'><div class='c-num'><b>{n}</b></div>"
                f"<div class='c-main'>{body}</div></div>")
    open_items = [row(n, f"<h3>{title}</h3><p>Sagsnr.: {case}</p><h4>Resumé</h4>"
                         "<p>Forvaltningen beskriver sagen kort.</p>")
                  for n, title, case in ((1, TITLES[0], CASES[0]), (2, TITLES[1], CASES[1]),
                                         (4, TITLES[2], CASES[2]))]
    closed = row(3, "<h3>Lukket sag</h3><p>Sagen behandles bag lukkede døre.</p>")
    html = ("<html><body><h1>Dagsorden</h1><p>Vej- og Parkudvalget, 4. juni 2025</p>"
            + "".join(open_items[:2]) + closed + open_items[2] + "</body></html>")
    meeting = read_invented(html, ".html")
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert [i.title for i in meeting.items] == [*TITLES[:2], "Lukket sag", TITLES[2]]
    assert [i.closed for i in meeting.items] == [False, False, True, False]
    assert [s.type for s in meeting.items[1].sections] == ["resume"]


def test_a_title_wraps_onto_as_many_lines_as_its_length_takes() -> None:
    """A long title hard-wrapped onto four or more indented lines beside its number is read
    whole, its last line too."""
    long_title = ("Forslag fra medlemmerne om en samlet plan for trafiksikkerhed ved alle "
                  "kommunens skoler og institutioner samt en redegørelse for de seneste "
                  "års uheld på skolevejene")
    rows = ["REFERAT", "Vej- og Parkudvalget", "Dato: 4. juni 2025", ""]
    for n, (title, case) in enumerate(zip([long_title, *TITLES[1:]], CASES, strict=True),
                                      start=1):
        wrapped = wrap(title, 40)
        rows += [f"{n}      {wrapped[0]}", *(f"       {w}" for w in wrapped[1:]),
                 f"Sagsnr.: {case}", "", "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert len(wrap(long_title, 40)) >= 4
    assert [i.title for i in meeting.items] == [long_title, *TITLES[1:]]
