"""Round 20 (issue-18bd, test22's misses and the association guard) on short invented
minutes: a heading's permalink, a byline of fields, "til mødet i" before the udvalg, a
side head close to its text, a stray page number, and what the document calls itself."""

from __future__ import annotations

from referat.index.model import Meeting
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager
from benchmarks.layouts.pdfwriter import render_pdf
from tests.invented import read_invented, wrap

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler")
CASES = ("25-004411", "25-007812", "24-019930")
TEXT = ("Forvaltningen har belyst sagen og anbefaler en løsning, som er beskrevet i bilaget, "
        "og som har været drøftet med brugerne af stedet og med de berørte naboer.")
SECTIONS = (("Sagsfremstilling", TEXT), ("Økonomiske konsekvenser", "Sagen har ingen "
            "økonomiske konsekvenser for kommunen ud over det allerede afsatte budget."),
            ("Indstilling", "Forvaltningen indstiller, at sagen godkendes."),
            ("Beslutning", "Godkendt."))
TYPES = ["sagsfremstilling", "okonomi", "indstilling", "beslutning"]


def _generic(text: str) -> Meeting:
    """The generic reader's meeting of an invented text (the known families' rules off:
    a text like these is theirs to read first)."""
    result = parse_bytes(text.encode(), "invented.txt", known_layouts=False)
    assert result.ok, result.reason
    return result.meeting


def _page(head: str, heading: str) -> str:
    """An HTML page of three items; `heading` formats each heading ({text})."""
    items = "".join(
        f"<section><h2>{4 + k}. {title}<a class='anchor' href='#p{4 + k}'>¶</a></h2>"
        f"<p>Sagsnr.: {case}</p>"
        + "".join(heading.format(text=h, n=f"{4 + k}-{j}") + f"<p>{t}</p>"
                  for j, (h, t) in enumerate(SECTIONS))
        + "</section>"
        for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)))
    return f"<html><body><h1>Referat</h1>{head}{items}</body></html>"


def test_a_permalink_after_a_heading_is_no_part_of_it() -> None:
    """A link of a sign alone within the page (`¶`, `#`, `§`, shown on hover) after a title
    or a heading is navigation: the title and heading are read without it, and typed."""
    head = "<p>Mødedato: 4. juni 2025</p><p>Udvalg: Socialudvalget</p>"
    for sign in ("¶", "#", "§"):
        meeting = read_invented(_page(head, f"<h3>{{text}}<a class='headerlink' "
                                            f"href='#h{{n}}'>{sign}</a></h3>"), ".html")
        assert [(i.number, i.title) for i in meeting.items] == [
            (str(4 + k), t) for k, t in enumerate(TITLES)]
        for item in meeting.items:
            assert [(s.type, s.heading) for s in item.sections] == [
                (t, h) for t, (h, _) in zip(TYPES, SECTIONS, strict=True)]


def test_a_byline_of_fields_parted_by_a_dot() -> None:
    """One line of the meeting's fields parted by `·` (body, date, place): the udvalg is
    the field that names a body, the place the field after the date (the generic reader;
    the known families' rules read the text file alike: test_generic_round23)."""
    for byline in ("Socialudvalget · onsdag 4. juni 2025 · Mødelokale 3",
                   "Socialudvalget • 4. juni 2025 • Mødelokale 3"):
        meeting = read_invented(_page(f"<p class='byline'>{byline}</p>", "<h3>{text}</h3>"),
                                ".html")
        assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
            "Socialudvalget", "Mødelokale 3", "2025-06-04")
        text = "Referat\n" + byline + "\n\n" + "\n\n".join(
            f"{4 + k}. {title}\nSagsnr.: {case}\n\n" + "\n\n".join(
                f"{h}\n{t}" for h, t in SECTIONS)
            for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)))
        meeting = _generic(text)
        assert (meeting.udvalg, meeting.place) == ("Socialudvalget", "Mødelokale 3")


def test_til_modet_i_before_the_udvalg() -> None:
    """"til mødet i" on a line of its own under the kind word makes the name after it the
    meeting's body: those words are no part of the udvalg's name."""
    for words in ("til mødet i", "fra mødet i", "til det ordinære møde i"):
        head = (f"<p>{words} Kultur- og Fritidsudvalget</p>"
                "<p>onsdag den 4. juni 2025 kl. 16.00 i Mødelokale 3</p>")
        meeting = read_invented(_page(head, "<h3>{text}</h3>"), ".html")
        assert meeting.udvalg == "Kultur- og Fritidsudvalget"


def _side_heads_pdf() -> bytes:
    """Side heads bold 9 pt in a margin column at x 56, the texts 10 pt at x 180; the
    long head ("Økonomiske konsekvenser", 117 pt wide) ends 7 pt from the texts' column,
    less than two of its characters."""
    p = Pager()
    p.head("Referat", ["Socialudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3"])
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        p.room(22)
        p.put(56, f"{4 + k}.", 12, 2)
        p.put(180, title, 12, 2)
        p.room(14)
        p.put(180, f"Sagsnr. {case}", 10, 1)
        p.y -= 6
        for heading, text in SECTIONS:
            long = " ".join([text] * (3 if heading == "Sagsfremstilling" else 1))
            for j, row in enumerate(wrap(long, 64)):
                p.room(14)
                p.put(180, row, 10, 1)
                if j == 0:  # drawn after its text's first line, as a margin column is
                    p.put(56, heading, 9, 2)
            p.y -= 6
    return p.pdf(footer=lambda n, m: f"Side {n}")


def test_a_long_side_head_close_to_its_text_is_a_heading() -> None:
    """A side head two words long whose end comes close to the texts' column is still a
    label beside its text, not the start of the text's first line."""
    meeting = read_invented(_side_heads_pdf(), ".pdf")
    assert [(i.title, i.case_number) for i in meeting.items] == list(
        zip(TITLES, CASES, strict=True))
    for item in meeting.items:
        assert [s.type for s in item.sections] == TYPES
        assert item.sections[1].text.startswith("Sagen har ingen")


def test_a_page_number_between_two_lines_is_furniture() -> None:
    """A page number left alone between two lines of one text (the text runs on in lower
    case) or under a title's last line before its case label is page furniture: neither
    the text nor the title holds it."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        first, rest = title.rsplit(" ", 1)
        lines += [f"{4 + k}. {first}", rest, *(["2"] if k == 1 else []), f"Sagsnr.: {case}",
                  "", "Sagsfremstilling", "Forvaltningen har belyst sagen og anbefaler",
                  *(["3"] if k == 2 else []), "en løsning, som er beskrevet i bilaget.", "",
                  "Beslutning", "Godkendt.", ""]
    meeting = _generic("\n".join(lines))
    assert [(i.title, i.case_number) for i in meeting.items] == list(
        zip(TITLES, CASES, strict=True))
    for item in meeting.items:
        assert " ".join(item.sections[0].text.split()) == (
            "Forvaltningen har belyst sagen og anbefaler en løsning, som er beskrevet i bilaget.")


def _minutes(head: list[str], titles: tuple[str, ...]) -> str:
    return "\n".join([*head, ""] + [
        f"{4 + k}. {title}\nSagsnr.: {case}\n\nSagsfremstilling\n{TEXT}\n\nBeslutning\n"
        "Godkendt.\n" for k, (title, case) in enumerate(zip(titles, CASES, strict=True))])


def test_a_kommune_referat_naming_a_forening_before_its_items_is_read() -> None:
    """A kommune's referat whose lines before the first item name a forening (a guest, an
    agenda entry listed in other words than the item's title) is minutes: the guard looks
    at what the document calls itself, not at every line before the items."""
    head = ["Referat", "Kultur- og Fritidsudvalget", "Mødedato: 4. juni 2025",
            "Gæster: formanden for Grundejerforeningen Strandparken (punkt 6)", "",
            "Dagsorden", "4. Ny daginstitution", "5. Trafiksikkerhed",
            "6. Tilskud til foreningernes lokaler 2025"]
    meeting = _generic(_minutes(head, TITLES))
    assert [i.title for i in meeting.items] == list(TITLES)
    assert meeting.udvalg == "Kultur- og Fritidsudvalget"


def test_an_associations_minutes_are_still_rejected() -> None:
    """An association's minutes name it in their title or the line that names their kind:
    the generic reader rejects them, even when no item is an election or a general
    assembly."""
    titles = ("Vedligeholdelse af fællesarealer", "Regnskab for første halvår",
              "Ny aftale om snerydning")
    for head in (["Grundejerforeningen Strandparken", "Referat af bestyrelsesmøde",
                  "Dato: 4. juni 2025"],
                 ["Referat", "Bestyrelsesmøde i Ejerforeningen Bakkehuset",
                  "Dato: 4. juni 2025"],
                 ["Referat af ordinær generalforsamling", "Dato: 4. juni 2025"]):
        result = parse_bytes(_minutes(head, titles).encode(), "invented.txt",
                             known_layouts=False)
        assert not result.ok
        assert result.reason.startswith("not municipal minutes"), result.reason


def test_a_listing_with_a_closed_entry_and_a_closed_item_by_its_status() -> None:
    """A text export without blank lines: titles in capitals listed under "Dagsorden", a
    closed one printed "Lukket punkt: TITLE" among them, each item's case label above its
    title. The list's last title, right over the first item's case label, is the list's
    (the closed entry is one of its lines), and the closed item printed as its status and
    its title in capitals is an item."""
    titles = ("NY DAGINSTITUTION I HUNDIGE", "TRAFIKSIKKERHED VED SKOLEVEJENE",
              "SALG AF GRUND VED HAVNEN", "TILSKUD TIL FORENINGERNES LOKALER")
    lines = ["Referat for Byrådet", "Mødedato: 4. juni 2025", "Mødested: Byrådssalen",
             "Dagsorden", titles[0], titles[1], f"Lukket punkt: {titles[2]}", titles[3]]
    for title, case in zip(titles, (*CASES[:2], None, CASES[2]), strict=True):
        if case is None:
            lines.append(f"Lukket punkt: {title}")
            continue
        lines += [f"Sagsnr.: {case}", title, "Sagsfremstilling", TEXT, "Beslutning",
                  "Godkendt."]
    meeting = _generic("\n".join(lines))
    assert [(i.title, i.case_number, i.closed) for i in meeting.items] == [
        (titles[0], CASES[0], False), (titles[1], CASES[1], False),
        (titles[2], None, True), (titles[3], CASES[2], False)]


def test_a_bare_case_number_closing_a_title_block_in_html_is_its_case() -> None:
    """A title in a block of its own whose last inline element holds only a case number,
    bare (`<div><b>TITLE</b> <span>25-004411</span></div>`), is a title and its case
    number side by side: the number is no word of the title."""
    items = "".join(
        f"<div><div style='font-weight:bold'>{title.upper()} <span>{case}</span></div>"
        f"<div>Punkt {4 + k}</div><div style='font-weight:bold'>Sagsfremstilling</div>"
        f"<div>{TEXT}</div><div style='font-weight:bold'>Beslutning</div><div>Godkendt."
        "</div></div>" for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)))
    page = ("<html><body><h1>Referat af mødet i Socialudvalget</h1>"
            f"<p><b>Mødedato:</b> 04.06.2025</p>{items}</body></html>")
    meeting = read_invented(page, ".html")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (str(4 + k), t.upper(), c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]


def test_a_closed_status_over_a_marker_under_titles_is_that_items_title() -> None:
    """Markers under their titles ("TITLE" / "Punkt I"), one of three items closed with its
    title replaced by its status ("LUKKET PUNKT" / "Punkt II"): two markers take the title
    above, so the status is item II's title, and the title under its marker is item
    III's, not II's."""
    titles = ("NY DAGINSTITUTION I HUNDIGE", "LUKKET PUNKT", "TILSKUD TIL FORENINGERNES LOKALER")
    rows = [("Dagsorden", 16, True), ("Socialudvalget", 10, False),
            ("Dato: 4. juni 2025", 10, False)]
    for number, title in zip(("I", "II", "III"), titles, strict=True):
        rows += [(title, 12, True), (f"Punkt {number}", 9, False)]
        if title != "LUKKET PUNKT":
            rows += [("Sagsfremstilling", 10, False), (TEXT, 10, False),
                     ("Indstilling", 10, False), (SECTIONS[2][1], 10, False)]
    meeting = read_invented(render_pdf(rows), ".pdf")
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (n, t, t == "LUKKET PUNKT") for n, t in zip(("I", "II", "III"), titles, strict=True)]


def test_a_wide_letter_in_a_column_of_its_own_beside_its_title() -> None:
    """Items lettered in a column of their own (14 pt, x 56) beside titles at x 90: the gap
    after a wide capital ("C", "D", 10 pt wide) is as plain as after a narrow one, measured
    in the title's characters, so every letter is a marker apart from its title."""
    p = Pager()
    p.head("Referat", ["Socialudvalget", "Dato: 4. juni 2025", "Sted: Mødelokale 3"])
    titles = (*TITLES, "Renovering af svømmehallen")
    for letter, title in zip("ABCD", titles, strict=True):
        p.room(24)
        p.put(56, letter, 14, 1)
        p.put(90, title, 14, 1)
        for heading, text in SECTIONS[::2]:
            p.room(18)
            p.put(56, heading, 12, 1)
            for row in wrap(" ".join([text] * 2), 80):
                p.room(14)
                p.put(56, row, 10, 1)
    meeting = read_invented(p.pdf(), ".pdf")
    assert [(i.number, i.title) for i in meeting.items] == list(zip("ABCD", titles, strict=True))


def test_a_number_alone_that_counts_nothing_is_the_texts_own() -> None:
    """A number alone on a line inside a text that no other number alone counts on from
    ("… jf. bilag" / "2" / "at …", the text's own line break) is the text's word: kept."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}. {title}", f"Sagsnr.: {case}", "", "Indstilling",
                  "Forvaltningen indstiller, at planen godkendes jf. bilag", "2",
                  "at sagen sendes i høring.", "", "Beslutning", "Godkendt.", ""]
    for item in _generic("\n".join(lines)).items:
        assert item.sections[0].text.split("\n")[1:3] == ["2", "at sagen sendes i høring."]
