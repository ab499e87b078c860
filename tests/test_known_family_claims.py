"""A known family's rules read a document only when it prints the family's whole
signature: ``Punkt N: title`` with First Agenda's colon, not every ``Punkt N`` opening.
Invented minutes in plain text, read as a user's file is (`parse_bytes`)."""

from __future__ import annotations

from referat.index.readers import parse_bytes


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
