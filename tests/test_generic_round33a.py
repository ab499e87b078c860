"""Round 33a (issue-18cl) on short invented minutes: a sheet's title column known by its
header (`Titel`) where another column holds longer texts; a heading turned down the edge of
the text it heads."""

from __future__ import annotations

from referat.index.readers import parse_bytes

ITEMS = [("7", "Ny belysning", "24-003311"),
         ("8", "Tilskud", "24-004422"),
         ("9", "Vintertjeneste", "24-005533")]
UNIT = "Center for Teknik og Miljø, Vej- og Parkafdelingen"
TEXT = "Forvaltningen har belyst sagen og gjort rede for dens økonomi og tidsplan."
DECISION = "Godkendt som indstillet, idet udvalget ønsker en status efter et år."


def test_a_sheets_title_column_known_by_its_header() -> None:
    """`Punkt;Titel;Sagsnr.;Ansvarlig;Afsnit;Tekst`, a row per section: the unit in charge
    is longer than the short titles, but the column headed `Titel` holds them."""
    rows = ["Punkt;Titel;Sagsnr.;Ansvarlig;Afsnit;Tekst"]
    for number, title, case in ITEMS:
        rows += [f"{number};{title};{case};{UNIT};Sagsfremstilling;{TEXT}",
                 f"{number};{title};{case};{UNIT};Beslutning;{DECISION}"]
    result = parse_bytes("\n".join(rows).encode(), "eksport.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS
    assert all([(s.type, s.text) for s in i.sections] == [
        ("sagsfremstilling", TEXT), ("beslutning", DECISION)]
        for i in result.meeting.items)
