"""Conventions read by principle, each on short invented minutes: a line of an item's
fields (its number first) right under a plain-text title set apart by a blank line."""

from __future__ import annotations

from tests.invented import read_invented

TITLES = ("Ombygning af svømmehallens omklædningsrum og etablering af nye handicaptoiletter",
          "Tilskud til sommerkoncerter", "Renovering af boldbaner")
CASES = ("82.10.05-G01-4-25", "20.00.00-A00-12-25", "04.20.00-P19-7-25")


def test_a_line_of_fields_under_a_plain_title_gives_its_number() -> None:
    """Plain text: a blank line, the title (wrapped over two lines in one item), then
    `Pkt. 7 | J.nr. … | Dok.nr. …`: the number and case number are the title's item."""
    lines = ["REFERAT - Idrætsudvalget", "Dato: 3. juni 2025 kl. 17.00", "Sted: Rådhuset", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=7):
        head = [title[:44], title[45:]] if len(title) > 60 else [title]
        lines += ["", *head, f"Pkt. {n} | J.nr. {case} | Dok.nr. {n}311/25", "",
                  "Sagsfremstilling", "Forvaltningen har undersøgt sagen nærmere.", "",
                  "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(lines), ".txt")
    assert [i.number for i in meeting.items] == ["7", "8", "9"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    assert [s.type for s in meeting.items[0].sections] == ["sagsfremstilling", "beslutning"]
