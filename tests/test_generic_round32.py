"""Round 32 (issue-18ci) on short invented minutes: labels joined to their values by dot
leaders."""

from __future__ import annotations

from referat.index.readers import parse_bytes

ITEMS = [("7", "Ny belysning på stationsvej", "24-003311"),
         ("8", "Tilskud til foreningslivet", "24-004422"),
         ("9", "Vinterbekæmpelse i kommunen", "24-005533")]


def _leader(label: str, value: str = "", width: int = 18) -> str:
    return f"{label} {'.' * (width - len(label))} {value}".rstrip()


def test_labels_joined_to_their_values_by_dot_leaders() -> None:
    """`Punkt ...... 7`, `Titel ...... title`, `Sagsnr. ...... …` and headings `Beslutning
    ......` leading to nothing: read as `Label: value` and headings."""
    lines = ["REFERAT", "", _leader("Udvalg", "Teknikudvalget"),
             _leader("Mødedato", "onsdag den 4. juni 2025"), _leader("Mødested", "Rådhuset"), ""]
    for number, title, case in ITEMS:
        lines += ["-" * 60, _leader("Punkt", number), _leader("Titel", title),
                  _leader("Sagsnr.", case), "", _leader("Sagsfremstilling"),
                  f"Forvaltningen har undersøgt {title.lower()}.", "",
                  _leader("Beslutning"), "Godkendt.", ""]
    lines += ["-" * 60, _leader("Punkt", "10"), _leader("Titel", "Salg af grund"),
              _leader("Status", "Lukket"), ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
        "Teknikudvalget", "Rådhuset", "2025-06-04")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        *ITEMS, ("10", "Salg af grund", None)]
    assert all([(s.type, s.text) for s in i.sections][-1] == ("beslutning", "Godkendt.")
               for i in meeting.items[:3])
    assert meeting.items[3].closed and not meeting.items[3].sections


def test_a_decision_history_entry_run_in_before_its_text() -> None:
    """`Teknikudvalget 3. juni 2025. Anbefales.` in one paragraph after `Indstilling. …`:
    the body and the date are a decision's heading, the sentence after it its text."""
    lines = ["Referat", "Byrådet", "Mødet onsdag den 11. juni 2025 i Byrådssalen", ""]
    for number, title, case in ITEMS:
        lines += [f"{number}. {title}", f"Sagsnr.: {case}", "",
                  f"Sagsfremstilling. Forvaltningen har undersøgt {title.lower()}.", "",
                  "Indstilling. Forvaltningen indstiller, at sagen godkendes.", "",
                  "Teknikudvalget 3. juni 2025. Anbefales over for byrådet.", "",
                  "Byrådet 11. juni 2025. Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    for item in result.meeting.items:
        assert [(s.type, s.text, str(s.date)) for s in item.sections][-3:] == [
            ("indstilling", "Forvaltningen indstiller, at sagen godkendes.", "None"),
            ("beslutning", "Anbefales over for byrådet.", "2025-06-03"),
            ("beslutning", "Godkendt.", "2025-06-11")]
