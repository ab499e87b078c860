"""Round 34 (issue-18cn) on short invented minutes: conventions the combo generator draws
from seed 780 on (a referat stating its meeting in a closing sentence, a table of contents
naming other bodies before it)."""

from __future__ import annotations

import pytest
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.pdfwriter import pages_pdf
from tests.test_generic_round30 import _head_ops, _pdf_op

ITEMS = [("7", "Ny belysning på stationsvej", "24-003311"),
         ("8", "Tilskud til foreningslivet", "24-004422"),
         ("9", "Vinterbekæmpelse i kommunen", "24-005533")]
SECTIONS = [("sagsfremstilling", "Forvaltningen har belyst sagen."), ("beslutning", "Godkendt.")]


def _sections_read(body: list[str]) -> list[list[tuple[str, str]]]:
    """Each item's sections (type, text) as read from a referat whose items each hold
    `body` under their title and case number."""
    lines = ["REFERAT", "Teknikudvalget", "onsdag den 4. juni 2025 kl. 16.00", ""]
    for n, title, case in ITEMS:
        lines += ["", f"{n}. {title}", f"Sagsnr. {case}", "", *body]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    return [[(s.type, s.text) for s in i.sections] for i in result.meeting.items]


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


def _decisions_text(heads: list[str], frame: str = "{}") -> bytes:
    lines = ["REFERAT", "Teknikudvalget", "onsdag den 4. juni 2025 kl. 16.00", ""]
    for n, title, case in ITEMS:
        lines += ["", f"{n}. {title}", f"Sagsnr. {case}", "", frame.format("Sagsfremstilling"),
                  "Forvaltningen har belyst sagen.", ""]
        for head in heads:
            lines += [frame.format(head), "Godkendt.", ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("heads", [
    ["Plan- og Teknikudvalget 20. maj 2025", "Byråd 2022-2025 4. juni 2025"],
    ["Byråd 2026-2029 04.06.2025"]])
def test_decisions_headed_by_a_bodys_compound_name_or_term_and_a_date(heads) -> None:
    """Decisions headed only by the deciding body and the date, the body's name a compound
    sharing its first part (`Plan- og Teknikudvalget`) or carrying its term of office
    (`Byråd 2022-2025`): each a decision under its heading."""
    result = parse_bytes(_decisions_text(heads), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert all([(s.heading, s.type) for s in i.sections] == [
        ("Sagsfremstilling", "sagsfremstilling"), *((h, "beslutning") for h in heads)]
        for i in result.meeting.items)


def test_a_long_decision_heading_in_brackets() -> None:
    """`[Beslutning i Teknikudvalget onsdag den 4. juni 2025]`, longer than a bracketed
    label's usual few words, heads a decision as `[Sagsfremstilling]` heads its section."""
    head = "Beslutning i Teknikudvalget onsdag den 4. juni 2025"
    result = parse_bytes(_decisions_text([head], "[{}]"), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert all([(s.heading, s.type) for s in i.sections] == [
        ("Sagsfremstilling", "sagsfremstilling"), (head, "beslutning")]
        for i in result.meeting.items)


def test_a_dated_decision_heading_run_in_after_a_dot_leader() -> None:
    """Headings run in after dot leaders (`Sagsfremstilling ...... text`), the decision's
    a body and a date whose full stops are its own (`Teknikudvalget 4. juni 2025 ......
    Godkendt.`): the decision read under its heading."""
    head = "Teknikudvalget 4. juni 2025"
    assert all(read == SECTIONS for read in _sections_read([
        "Sagsfremstilling ........ Forvaltningen har belyst sagen.",
        f"{head} ...... Godkendt."]))


def test_bracketed_headings_in_a_margin_beside_their_text() -> None:
    """Headings in square brackets in a left margin, each on the first line of its text
    (`[Sagsfremstilling]    Forvaltningen …`): each heading types its section."""
    assert all([(kind, text.split()[0]) for kind, text in read] == [
        ("sagsfremstilling", "Forvaltningen"), ("beslutning", "Godkendt.")]
        for read in _sections_read(["[Sagsfremstilling]    Forvaltningen har belyst sagen.",
                                    "                      Sagen er sendt i høring.",
                                    "[Beslutning]          Godkendt."]))


def test_a_case_number_turned_up_the_right_edge() -> None:
    """Each item's case number only in a line turned 90 degrees reading upward at the page's
    right edge, its top beside the title: the case numbers are read."""
    ops, y = _head_ops()
    for n, title, case in ITEMS:
        y -= 20
        mark = f"Sagsnr. {case}"
        ops += [b"BT /F1 8 Tf 0 1 -1 0 560 %.1f Tm (%s) Tj ET" % (
            y + 10 - _width(mark, 8, False), mark.encode("cp1252")),
                _pdf_op(f"Punkt {n}: {title}", 12, True, 56, y)]
        ops += [_pdf_op("Beslutning", 11, True, 56, y - 16),
                _pdf_op("Godkendt.", 10, False, 56, y - 30)]
        y -= 30
    result = parse_bytes(pages_pdf([ops]), "kant.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS


@pytest.mark.parametrize("mark", ["::", ">>", "⇒"])
def test_a_number_set_off_by_a_run_of_marks(mark: str) -> None:
    """`7 :: Title` (`>>`, `⇒`: marks no pattern lists), the third item closed with its
    status first (`9 :: Lukket punkt: Title`): each item's number, title and status."""
    lines = ["REFERAT", "Teknikudvalget", "onsdag den 4. juni 2025", ""]
    for n, title, case in ITEMS:
        closed = n == "9"
        lines += ["", f"{n} {mark} {'Lukket punkt: ' if closed else ''}{title}"]
        lines += [] if closed else [f"Sagsnr. {case}", "", "Beslutning", "Godkendt."]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        (n, title, n == "9") for n, title, _ in ITEMS]


@pytest.mark.parametrize("wrap", [("REFERAT | Teknikudvalget | onsdag den 4.",
                                   "juni 2025 kl. 16.00 | Mødelokale 3"),
                                  ("REFERAT | Teknikudvalget | 04.06.2025 kl.",
                                   "16.00 | Mødelokale 3")])
def test_a_line_of_fields_wrapped_in_the_documents_title(wrap) -> None:
    """The meeting's fields only in the document's title, a line parted by `|` in its
    largest type wrapped over two lines: udvalg, date and place."""
    ops = [_pdf_op(wrap[0], 16, True, 56, 760), _pdf_op(wrap[1], 16, True, 56, 740)]
    y = 720.0
    for n, title, case in ITEMS:
        ops += [_pdf_op(f"{n}. {title}", 12, True, 56, y),
                _pdf_op(f"Sagsnr. {case}", 9, False, 56, y - 14),
                _pdf_op("Beslutning", 10, True, 56, y - 32),
                _pdf_op("Godkendt.", 10, False, 56, y - 46)]
        y -= 70
    result = parse_bytes(pages_pdf([ops]), "referat.pdf", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, str(meeting.date), meeting.place) == (
        "Teknikudvalget", "2025-06-04", "Mødelokale 3")


def test_a_side_heading_wrapped_in_its_column() -> None:
    """Side headings bold 9 in a left column beside the first line of their text, one
    wrapped onto a second line with nothing beside it (`Økonomiske` / `konsekvenser`):
    each heading whole, typing its section."""
    ops = [_pdf_op("Referat", 16, True, 56, 780), _pdf_op("Teknikudvalget", 12, False, 56, 760),
           _pdf_op("Dato: 4. juni 2025", 10, False, 56, 746)]
    y = 716.0
    for n, title, case in ITEMS:
        ops += [_pdf_op(f"{n}. {title}", 12, True, 56, y),
                _pdf_op(f"Sagsnr. {case}", 9, False, 56, y - 14)]
        y -= 32
        for heads, text in [(["Sagsfremstilling"], ["Forvaltningen har belyst sagen."]),
                            (["Økonomiske", "konsekvenser"], ["Ingen.", "Udgiftsneutral."]),
                            (["Beslutning"], ["Godkendt."])]:
            ops += [_pdf_op(head, 9, True, 56, y - 11 * k) for k, head in enumerate(heads)]
            ops += [_pdf_op(line, 10, False, 170, y - 14 * k) for k, line in enumerate(text)]
            y -= 14 * len(text) + 4
        y -= 16
    result = parse_bytes(pages_pdf([ops]), "referat.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert all([(s.heading, s.type) for s in i.sections] == [
        ("Sagsfremstilling", "sagsfremstilling"), ("Økonomiske konsekvenser", "okonomi"),
        ("Beslutning", "beslutning")] for i in result.meeting.items)


def test_a_bracketed_decision_heading_beside_its_text() -> None:
    """`[Beslutning i Teknikudvalget den 04.06.2025]` in a label cell beside its text (a
    tab apart): a run-in decision heading, its brackets no part of its words."""
    assert all(read == SECTIONS for read in _sections_read([
        "[Sagsfremstilling]\tForvaltningen har belyst sagen.",
        "[Beslutning i Teknikudvalget den 04.06.2025]\tGodkendt."]))


def test_an_earlier_bodys_entry_under_the_cases_history_is_its_text() -> None:
    """Under `Tidligere behandling`, `Plan- og Teknikudvalget den 20. maj 2025: Anbefales.`
    (an entry run into its text) is the history's text; the decision is the one under
    `Beslutning`."""
    assert all(read == [
        ("sagsforloeb", "Plan- og Teknikudvalget den 20. maj 2025: Anbefales."),
        ("beslutning", "Godkendt.")] for read in _sections_read([
            "Tidligere behandling", "Plan- og Teknikudvalget den 20. maj 2025: Anbefales.", "",
            "Beslutning", "Godkendt."]))
