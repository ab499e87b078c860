"""Round 19b (issue-18ba, spurious items on unseen combinations) on short invented minutes:
a known heading set smaller than an unnumbered title in bold capitals is the item's first
heading, not the title's wrapped line."""

from __future__ import annotations

from benchmarks.layouts.generate11 import Pager
from tests.invented import read_invented, wrap

TITLES = ("NY DAGINSTITUTION I HUNDIGE", "TRAFIKSIKKERHED VED SKOLEVEJENE",
          "TILSKUD TIL FORENINGERNES LOKALER", "RENOVERING AF SVOMMEHALLEN")
TEXT = ("Forvaltningen har belyst sagen og anbefaler en losning, som er beskrevet i bilaget, "
        "og som har vaeret drooftet med brugerne af stedet i lobet af foraret. ")


def _caps_pdf() -> bytes:
    """Unnumbered items: the title in 12 pt bold capitals, the headings in 10 pt bold
    capitals ("Bilag" in bold, one label in the text's type), so that the headings share
    no single type the reader could learn."""
    p = Pager()

    def line(text: str, size: float, font: int, leading: float) -> None:
        p.room(leading)
        p.put(56, text, size, font)

    line("Teknik- og Miljoudvalget - dagsorden", 16, 2, 24)
    line("Modedato: 4. juni 2025 kl. 16.00", 10, 1, 14)
    line("Sted: Modelokale 2", 10, 1, 14)
    for title in TITLES:
        line(title, 12, 2, 24)
        line("SAGSFREMSTILLING", 10, 2, 20)
        for row in wrap(TEXT * 3, 90):
            line(row, 10, 1, 14)
        line("INDSTILLING", 10, 2, 20)
        line("Forvaltningen indstiller:", 10, 1, 14)
        line("at sagen godkendes.", 10, 1, 14)
        line("Bilag", 10, 2, 20)
        line("1. Oversigtskort.pdf", 10, 1, 14)
    return p.pdf()


def test_smaller_heading_under_caps_title_is_a_heading() -> None:
    """Each title is read alone, and the heading under it opens the item's sections."""
    meeting = read_invented(_caps_pdf(), ".pdf")
    assert [i.title.upper() for i in meeting.items] == list(TITLES)
    for item in meeting.items:
        assert [s.type for s in item.sections][:2] == ["sagsfremstilling", "indstilling"]


def _foot_text() -> str:
    """A text export: unnumbered titles in capitals, each item's case number at its foot,
    the last section of one item a short line in title case, a closed item after that."""
    parts = ["Dagsorden for Teknik- og Miljoudvalget", "Dato: 04.06.2025", ""]
    for k, title in enumerate(TITLES):
        parts += [title, "", "Sagsfremstilling", TEXT, ""]
        if k == 1:
            parts += ["Lovgrundlag", "Bygningsreglement og Planloven"]
        parts += [f"Journalnr.: 25-00441{k}", ""]
        if k == 1:
            parts += ["LUKKET PUNKT", ""]
    return "\n".join(parts)


def test_case_foot_over_a_closed_item_is_no_title() -> None:
    """A line in the text's type over a case number at an item's foot is the section's
    text even where the next item is a closed one ("LUKKET PUNKT"): no item of its own."""
    meeting = read_invented(_foot_text())
    assert [i.title.upper() for i in meeting.items] == [
        *TITLES[:2], "LUKKET PUNKT", *TITLES[2:]]
    assert [i.case_number for i in meeting.items] == [
        "25-004410", "25-004411", None, "25-004412", "25-004413"]
