"""A known family's rules read a document only when it prints the family's whole
signature: ``Punkt N: title`` with First Agenda's colon, not every ``Punkt N`` opening;
headings from the table, not a heading of the document's own in every item. Invented
minutes in plain text and PDF, read as a user's file is (`parse_bytes`)."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import render_pdf


def _minutes(separator: str) -> bytes:
    return f"""Referat

Teknik- og Miljøudvalget
Mødedato: 12. marts 2024
Mødested: Rådhuset, mødelokale 3

Punkt 1{separator} Godkendelse af dagsorden
Sagsnr.: 24-000101

Beslutning
Godkendt.

Punkt 2{separator} Ny cykelsti langs Å-vejen
Sagsnr.: 24-000102

Sagsfremstilling
Forvaltningen foreslår en cykelsti på den nordlige side af vejen.

Indstilling
Forvaltningen indstiller, at projektet godkendes.

Beslutning
Godkendt.

Punkt 3{separator} Lukket sag

Punktet er lukket.

Punkt 4{separator} Eventuelt

Beslutning
Intet.
""".encode()


def test_punkt_with_a_full_stop_is_read_by_the_generic_reader() -> None:
    # "Punkt 3. Title" shares First Agenda's word, not its separator: the generic
    # reader reads the item titled and printed as closed as the closed item it is
    result = parse_bytes(_minutes("."), "x.txt")
    assert result.layout == "generic"
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        ("1", "Godkendelse af dagsorden", False), ("2", "Ny cykelsti langs Å-vejen", False),
        ("3", "Lukket sag", True), ("4", "Eventuelt", False)]
    assert [s.type for s in result.meeting.items[1].sections] == [
        "sagsfremstilling", "indstilling", "beslutning"]


def test_punkt_with_a_colon_stays_first_agendas() -> None:
    result = parse_bytes(_minutes(":"), "x.txt")
    assert result.layout == "first-agenda"
    assert [(i.number, i.title) for i in result.meeting.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Ny cykelsti langs Å-vejen"),
        ("3", "Lukket sag"), ("4", "Eventuelt")]


TITLES = ("Ny cykelsti langs Å-vejen", "Renovering af skolens tag", "Tilskud til foreninger")


def _acadre_pdf(own_heading: str) -> bytes:
    """``N. title`` over ``Sagsnr.:`` in bold headings of 10 pt, `own_heading` among them."""
    rows: list[tuple[str, float, bool]] = [
        ("Referat", 16.0, True), ("Teknik- og Miljøudvalget", 10.0, False),
        ("Mødedato: 12. marts 2024", 10.0, False), ("", 10.0, False)]
    for n, title in enumerate(TITLES, start=4):
        rows += [(f"{n}. {title}", 12.0, True), (f"Sagsnr.: 24-00010{n}", 9.0, False),
                 ("Sagsfremstilling", 10.0, True),
                 ("Forvaltningen har udarbejdet et forslag, som udvalget drøfter.", 10.0, False),
                 (own_heading, 10.0, True),
                 ("Forslaget nedbringer kommunens udledning af drivhusgasser.", 10.0, False),
                 ("Indstilling", 10.0, True),
                 ("Forvaltningen indstiller, at forslaget godkendes.", 10.0, False),
                 ("Beslutning", 10.0, True), ("Godkendt.", 10.0, False), ("", 10.0, False)]
    return render_pdf(rows)


def test_a_heading_of_its_own_in_every_item_is_read_as_a_heading() -> None:
    # the heading table lacks "Bæredygtighed": Acadre's rules would read it into the
    # section above; recurring in every item in the headings' type, it is the document's
    result = parse_bytes(_acadre_pdf("Bæredygtighed"), "x.pdf")
    assert result.layout == "generic"
    for item in result.meeting.items:
        assert [(s.type, s.heading) for s in item.sections] == [
            ("sagsfremstilling", "Sagsfremstilling"), ("other", "Bæredygtighed"),
            ("indstilling", "Indstilling"), ("beslutning", "Beslutning")]


def test_headings_from_the_table_stay_acadres() -> None:
    result = parse_bytes(_acadre_pdf("Økonomi"), "x.pdf")
    assert result.layout == "edoc-acadre"
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(n), title, f"24-00010{n}") for n, title in enumerate(TITLES, start=4)]
    assert [s.type for s in result.meeting.items[0].sections] == [
        "sagsfremstilling", "okonomi", "indstilling", "beslutning"]


def test_the_kind_word_as_a_heading_in_every_item_stays_acadres() -> None:
    # in a referat, "Referat" heading each item's decision is the rules' own heading
    result = parse_bytes(_acadre_pdf("Referat"), "x.pdf")
    assert result.layout == "edoc-acadre"
    assert [s.type for s in result.meeting.items[0].sections][:2] == [
        "sagsfremstilling", "beslutning"]
