"""A decision section ends at a plain-text heading that ends decisions (Greve prints
"Indstilling" unbolded after some committees' earlier decisions; the decision ran on)."""

from __future__ import annotations

from referat.index.readers import parse_file
from referat.index.readers.htmlsections import split_sections

from tests.conftest import CORPUS


def test_plain_heading_ends_a_decision() -> None:
    lead, sections = split_sections(
        "<p>Godkendt.</p><div><span>Indstilling</span></div><p>Administrationen indstiller, "
        "at sagen godkendes.</p>")
    assert lead == "Godkendt."
    assert [(s.type, s.text) for s in sections] == [
        ("indstilling", "Administrationen indstiller, at sagen godkendes.")]
    # Elsewhere a plain line is text, as before.
    lead, sections = split_sections("<h3>Sagsfremstilling</h3><p>Indstilling</p><p>Mere.</p>")
    assert [(s.type, s.text) for s in sections] == [("sagsfremstilling", "Indstilling\nMere.")]


def test_greve_decisions_stop_at_the_recommendation() -> None:
    for name in ("Byråd 2022-2025_2025-09-08T173000+0200_*.json",
                 "Økonomiudvalget_2025-08-27T080000+0200_*.json"):
        (path,) = (CORPUS / "greve").glob(name)
        meeting = parse_file(path).meeting
        earlier = [(item, s) for item in meeting.items for s in item.sections
                   if s.type == "beslutning" and s.heading.startswith("Beslutning i Plan")]
        assert earlier
        for item, section in earlier:
            assert "Administrationen indstiller" not in section.text
            following = item.sections[item.sections.index(section) + 1]
            assert following.type == "indstilling"
            assert following.text.startswith("Administrationen indstiller")
