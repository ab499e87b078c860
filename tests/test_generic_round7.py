"""Round 7 (issue 18): titles and case numbers beside unfamiliar markers, one principle a
test, each on a short invented document (not corpus text)."""

from __future__ import annotations

from referat.index.readers import parse_bytes
from referat.index.readers.generic import parse_lines
from referat.index.readers.text import text_lines


def _read(text: str):
    result = parse_bytes(text.encode(), "invented.txt")
    assert result.ok, result.reason
    return result.meeting


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
    items = _read(text).items
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
    assert [(i.title, i.case_number) for i in _read(text).items] == expected
    generic = parse_lines(text_lines(text), "invented.txt")  # the layout-free reader too
    assert [(i.title, i.case_number) for i in generic.items] == expected
