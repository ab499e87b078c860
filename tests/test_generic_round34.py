"""Round 34 (issue-18cn) on short invented minutes: conventions the combo generator draws
from seed 780 on (a referat stating its meeting in a closing sentence, a table of contents
naming other bodies before it)."""

from __future__ import annotations

from referat.index.readers import parse_bytes

ITEMS = [("7", "Ny belysning på stationsvej", "24-003311"),
         ("8", "Tilskud til foreningslivet", "24-004422"),
         ("9", "Vinterbekæmpelse i kommunen", "24-005533")]


def _closing_text(sentence: str) -> bytes:
    lines = ["REFERAT", ""]
    for n, title, case in ITEMS:
        lines += ["", f"{n}. {title}", f"Sagsnr. {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt."]
    return "\n".join([*lines, "", sentence]).encode()


def test_a_referat_stating_its_meeting_in_a_closing_sentence() -> None:
    """A referat whose only statement of the meeting is the sentence after its last item,
    in the past (`<body> holdt møde <date> kl. … i <place>.`): udvalg, date and place."""
    result = parse_bytes(_closing_text(
        "Teknikudvalget holdt møde onsdag den 4. juni 2025 kl. 16.00 i Mødelokale 3."),
        "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.kind, meeting.udvalg, str(meeting.date), meeting.place) == (
        "referat", "Teknikudvalget", "2025-06-04", "Mødelokale 3")


def test_the_closing_sentences_body_before_a_body_in_the_contents() -> None:
    """A table of contents before the items whose first title names another body (`…
    Skoleudvalgets mødeplan`), the meeting stated only after the items: its body is the
    sentence's."""
    items = [("7", "Godkendelse af Skoleudvalgets mødeplan 2026", "24-003311"), *ITEMS[1:]]
    lines = ["DAGSORDEN", "", "Indhold", *(f"{n}. {title}" for n, title, _ in items), ""]
    for n, title, case in items:
        lines += ["", f"{n}. {title}", f"Sagsnr. {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "Indstilling",
                  "Forvaltningen indstiller, at sagen godkendes."]
    lines += ["", "Teknikudvalget holder møde onsdag den 4. juni 2025 kl. 16.00 i Byrådssalen."]
    result = parse_bytes("\n".join(lines).encode(), "dagsorden.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, str(meeting.date), meeting.place) == (
        "Teknikudvalget", "2025-06-04", "Byrådssalen")
