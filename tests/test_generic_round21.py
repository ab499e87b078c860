"""Round 21 (issue-18bf, test23's and test24's misses) on short invented minutes: case-number
labels by their value's shape, heading wordings, closed items with nothing under them, item
markers beside the title, headings framed by dashes, minutes that never name their kind, and
meeting fields in labels, sentences and footers."""

from __future__ import annotations

from benchmarks.layouts.generate11 import Pager
from tests.invented import read_invented

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler", "Renovering af svømmehallen")
CASES = ("25-004411", "25-007812", "24-019930", "25-001203")
DESCRIPTION = ("Forvaltningen har belyst sagen og anbefaler en løsning, som er beskrevet i "
               "bilaget, og som har været drøftet med brugerne af stedet.")
HEAD = "Referat\n\nSocialudvalget\n\nDato: 4. juni 2025 kl. 16.00\nSted: Mødelokale 2\n\n"


def _minutes(case_line: str, headings: tuple[str, ...] = ("Sagsfremstilling",)) -> str:
    """Text minutes of four items, each with `case_line` (formatted with the case number)
    under its title, then the given headings and a decision."""
    out = [HEAD]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        out.append(f"{4 + k}. {title}\n\n{case_line.format(case)}\n\n")
        out.extend(f"{h}\n\n{DESCRIPTION}\n\n" for h in headings)
        out.append("Indstilling\n\nForvaltningen indstiller, at sagen godkendes.\n\n"
                   "Beslutning\n\nGodkendt.\n\n")
    return "".join(out)


def test_a_label_whose_value_has_a_case_numbers_shape_is_the_case_number() -> None:
    """Case-number labels are many (a system's name, a qualifier in brackets): any short
    label line whose value has a case number's shape gives the item's case number, and is
    no section of its own."""
    for label in ("Sagsnr. (Acadre): {}", "ESDH-sag: {}", "Sbsys-reference: {}"):
        meeting = read_invented(_minutes(label))
        assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
            (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
        for item in meeting.items:
            assert [s.type for s in item.sections] == [
                "sagsfremstilling", "indstilling", "beslutning"]


def test_a_meeting_fields_or_an_items_value_is_no_case_number() -> None:
    """A field's value in a case number's shape is not one when the label names a meeting
    field, an item's number or a document reference."""
    from referat.index.readers.generic.cases import case_label

    for line in ("Dato: 12/03", "Punkt: 37/2024", "Dok.nr.: 24/1234", "Bilag: 24/1234",
                 "Lokale: 12-1234"):
        assert case_label(line) is None, line
    assert case_label("Journal (Captia): 24/1234") == "24/1234"


def test_heading_wordings_of_other_kommuner() -> None:
    """'Sagen i overblik' (a summary), 'Uddybende sagsfremstilling' and 'Sagsforklaring'
    (the case's description) are headings of their types."""
    meeting = read_invented(_minutes("Sagsnr.: {}", ("Sagen i overblik",
                                                     "Uddybende sagsfremstilling")))
    for item in meeting.items:
        assert [s.type for s in item.sections] == [
            "resume", "sagsfremstilling", "indstilling", "beslutning"]
    meeting = read_invented(_minutes("Sagsnr.: {}", ("Sagsforklaring",)))
    for item in meeting.items:
        assert [(s.type, s.heading) for s in item.sections][0] == (
            "sagsfremstilling", "Sagsforklaring")


def test_a_marker_the_text_prints_is_no_part_of_the_title() -> None:
    """A contents list of links to an anchor before each item ("Punkt 4. Title" in the link
    and in the item's bold line): the number the link gives is the one the line prints, so
    it is read once, and the marker is no part of the title."""
    links = "".join(f"<li><a href='#p{4 + k}'>Punkt {4 + k}. {t}</a></li>"
                    for k, t in enumerate(TITLES))
    items = "".join(
        f"<a name='p{4 + k}'></a><p><b>Punkt {4 + k}. {t}</b></p><p>Sagsnr.: {c}</p>"
        f"<h4>Sagsfremstilling</h4><p>{DESCRIPTION}</p><h4>Beslutning</h4><p>Godkendt.</p>"
        for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True)))
    page = (f"<html><body><h1>Referat</h1><p>Socialudvalget</p><p>Dato: 4. juni 2025</p>"
            f"<p><b>Indhold</b></p><ul>{links}</ul>{items}</body></html>")
    meeting = read_invented(page, ".html")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]


def test_headings_framed_by_rules_and_an_items_fields() -> None:
    """A committee system's export: "=== PUNKT 4 ===", the title as a field, the case
    number and status as fields, headings framed by dashes whatever their word; a closed
    item's fields say "Sagsnr: -" and "Status: Lukket" and nothing follows them. The
    meeting's label ("MØDE:") is no part of the udvalg."""
    out = ["MØDE:     Socialudvalget\nDATO:     4. juni 2025\nSTED:     Mødelokale 2\n"
           "TYPE:     Referat\n\n"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        closed = k == 2
        out.append(f"=== PUNKT {4 + k} ===\nTitel:    {title}\n"
                   f"Sagsnr:   {'-' if closed else case}\n"
                   f"Status:   {'Lukket' if closed else 'Åben'}\n")
        if not closed:
            out.append(f"--- Sagen i korte træk ---\n{DESCRIPTION}\n"
                       f"--- Naboernes bemærkninger ---\n{DESCRIPTION}\n"
                       "--- Beslutning, Socialudvalget 04.06.2025 ---\n"
                       "Godkendt.\n")
        out.append("\n")
    meeting = read_invented("".join(out))
    assert meeting.udvalg == "Socialudvalget"
    assert [(i.number, i.title, i.case_number, i.closed) for i in meeting.items] == [
        (str(4 + k), t, None if k == 2 else c, k == 2)
        for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
    for item in meeting.items:
        assert [(s.type, s.heading) for s in item.sections] == ([] if item.closed else [
            ("resume", "Sagen i korte træk"), ("other", "Naboernes bemærkninger"),
            ("beslutning", "Beslutning, Socialudvalget 04.06.2025")])


def test_the_members_addressed_are_no_part_of_the_udvalg() -> None:
    """An e-mail addressed "Til: Medlemmer af <udvalg>": the udvalg is the body's name."""
    rule = "-" * 60
    text = ("Fra: Sekretariatet\nTil: Medlemmer af Plan- og Tryghedsudvalget\n"
            "Dato: 4. juni 2025 20:41\nEmne: Referat\n\nHermed referatet.\n\n") + "".join(
        f"{rule}\nPKT. {4 + k}  {t}\n{rule}\nSagsnr. {c}\n\nSagsfremstilling\n{DESCRIPTION}"
        "\n\nBeslutning\nGodkendt.\n\n"
        for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True)))
    meeting = read_invented(text)
    assert [i.title for i in meeting.items] == list(TITLES)
    assert meeting.udvalg == "Plan- og Tryghedsudvalget"
    from referat.index.readers.generic.meeting import udvalg_of

    assert udvalg_of(["Socialudvalget: Referat"]) == "Socialudvalget"  # a name, no label


def _read_closed(meeting_items: list) -> list[tuple[str, str, bool]]:
    """(number, title, closed) of each item read."""
    return [(i.number, i.title, i.closed) for i in meeting_items]


EXPECTED_CLOSED = [(str(4 + k), t, k == 2) for k, t in enumerate(TITLES)]


def test_a_closed_items_line_after_a_decision_in_text_without_blank_lines() -> None:
    """Text copied out of a PDF, no blank lines: "6 Title" then "Lukket punkt" right after
    the previous item's decision is the closed item (its status under its title, not above
    the next item's), and nothing of the next item is closed."""
    out = ["Referat\nSocialudvalget\nMødedato: 4. juni 2025 kl. 16.00\nMødested: Rådhuset\n"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        out.append(f"{4 + k} {title}\n")
        if k == 2:
            out.append("Lukket punkt\n")
            continue
        out.append(f"Sagsnr.: {case}\nSagsfremstilling\n{DESCRIPTION}\nIndstilling\n"
                   "Forvaltningen indstiller, at sagen godkendes.\nBeslutning\nGodkendt.\n")
    meeting = read_invented("".join(out))
    assert _read_closed(meeting.items) == EXPECTED_CLOSED
    assert [len(i.sections) for i in meeting.items] == [3, 3, 0, 3]


def test_a_closed_items_marker_line_set_otherwise_with_its_status_beside_it() -> None:
    """A PDF printing "Punkt N<tab>Sagsnr. …" in bold above each bold title; the closed
    item's line, "Punkt 6<tab>Lukket punkt", is in the text's type, its title below: it is
    the item the numbers skip, titled by the line below its marker."""
    p = Pager()
    p.head("Referat", ["Socialudvalget", "Mødedato: 4. juni 2025 kl. 16.00",
                       "Mødested: Rådhuset"])
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        p.room(22)
        closed = k == 2
        p.put(56, f"Punkt {4 + k}", 10, 1 if closed else 2)
        p.put(300, "Lukket punkt" if closed else f"Sagsnr. {case}", 10, 1 if closed else 2)
        p.room(16)
        p.put(56, title, 13, 2)
        if not closed:
            for heading, text in (("Sagsfremstilling:", DESCRIPTION),
                                  ("Beslutning:", "Godkendt.")):
                p.room(14)
                p.put(56, heading, 10, 2)
                p.put(150, text[:60], 10, 1)
    meeting = read_invented(p.pdf(), ".pdf")
    assert _read_closed(meeting.items) == EXPECTED_CLOSED


def test_minutes_that_never_name_their_kind() -> None:
    """A report of labelled fields, never saying "Referat" or "Dagsorden": items numbered in
    order, most with sections under known headings and a decision, are minutes; a title's
    value cell wrapped onto a second line ends at the item's Status field."""
    rule = "=" * 70
    out = ["UDVALG:        Socialudvalget\nMØDEDATO:      4. juni 2025 kl. 16.00\n"
           "MØDESTED:      Mødelokale 2\n\n"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        closed = k == 2
        out.append(f"{rule}\nPUNKT:         {4 + k}\nEMNE:          {title}\n")
        if k != 1:
            out.append(f"SAGSNR.:       {case}\n")
        out.append(f"STATUS:        {'Lukket' if closed else 'Åben'}\n{'-' * 70}\n")
        if not closed:
            out.append(f"SAGSFREMSTILLING:  {DESCRIPTION}\nINDSTILLING:   Forvaltningen "
                       "indstiller, at sagen godkendes.\nBESLUTNING:    Godkendt.\n")
        out.append("\n")
    meeting = read_invented("".join(out))
    assert [(i.number, i.title, i.case_number, i.closed) for i in meeting.items] == [
        (str(4 + k), t, None if k == 1 else c, k == 2)
        for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
    assert meeting.udvalg == "Socialudvalget"
    assert meeting.kind == "referat"


def test_meeting_fields_in_a_running_footer() -> None:
    """A PDF naming its udvalg, date and place only in the line at each page's foot
    ("<udvalg> · <date> · <place>", then "Side n"): they are the meeting's fields."""
    p = Pager()
    p.head("Referat", [])
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        if k == 2:
            p.new_page()  # two pages: the footer runs on both
        p.room(28)
        p.put(56, f"{4 + k}. {title}", 12, 2)
        p.room(14)
        p.put(56, f"Sagsnr.: {case}", 10, 1)
        for heading, text in (("Sagsfremstilling", DESCRIPTION), ("Beslutning", "Godkendt.")):
            p.room(16)
            p.put(56, heading, 10, 2)
            p.body(text)
    meeting = read_invented(
        p.pdf(footer=lambda n, m: f"Socialudvalget · 4. juni 2025 · Mødelokale 2 · Side {n}"),
        ".pdf")
    assert [i.title for i in meeting.items] == list(TITLES)
    assert (meeting.udvalg, str(meeting.date), meeting.place) == (
        "Socialudvalget", "2025-06-04", "Mødelokale 2")


def test_meeting_fields_in_the_pages_footer_after_the_items() -> None:
    """An HTML page whose meeting fields stand only in its `<footer>` after the items."""
    items = "".join(
        f"<article><h2>{4 + k}. {t}</h2><p>Sagsnr.: {c}</p><h3>Sagsfremstilling</h3>"
        f"<p>{DESCRIPTION}</p><h3>Indstilling</h3><p>Forvaltningen indstiller, at sagen "
        "godkendes.</p></article>" for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True)))
    page = (f"<html><body><main><h1>Dagsorden</h1>{items}</main><footer><h2>Om mødet</h2>"
            "<p>Udvalg: Socialudvalget</p><p>Dato: onsdag 4. juni 2025, kl. 16.00</p>"
            "<p>Sted: Mødelokale 2</p></footer></body></html>")
    meeting = read_invented(page, ".html")
    assert [i.title for i in meeting.items] == list(TITLES)
    assert (meeting.udvalg, str(meeting.date), meeting.place) == (
        "Socialudvalget", "2025-06-04", "Mødelokale 2")


def test_contents_entries_numbered_with_a_space_confirm_the_items() -> None:
    """Contents lines "4 Title ........ 2" (a number, a space, the title, leaders and a page)
    are entries numbered 4 …: they confirm the items of the same numbers and titles."""
    contents = "".join(f"{4 + k} {t} {'.' * (60 - len(t))} {1 + k // 2}\n"
                       for k, t in enumerate(TITLES))
    out = [f"Referat\nSocialudvalget\nMødedato: 4. juni 2025\nIndholdsfortegnelse\n{contents}"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        out.append(f"{4 + k} {title}\nSagsnr.: {case}\nSagsfremstilling\n{DESCRIPTION}\n"
                   "Beslutning\nGodkendt.\n")
    meeting = read_invented("".join(out))
    assert [(i.number, i.title) for i in meeting.items] == [
        (str(4 + k), t) for k, t in enumerate(TITLES)]
    assert "toc 4/4" in meeting.checks


def test_a_reports_numbered_chapters_are_no_minutes() -> None:
    """A report never naming a kind either, its chapters numbered in order, each with an
    introduction and recommendations under known headings: it states no meeting, so it is
    not read as minutes."""
    from referat.index.readers import parse_bytes

    out = ["Det nære sundhedsvæsen\nAnbefalinger til kommunerne\n\n"]
    for k, title in enumerate(TITLES):
        out.append(f"{4 + k}. {title}\n\nIndledning\n\n{DESCRIPTION}\n\nAnbefalinger\n\n"
                   "Kommunerne bør styrke indsatsen.\n\n")
    assert not parse_bytes("".join(out).encode(), "rapport.txt").ok
