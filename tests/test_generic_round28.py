"""Round 28 (issue-18by) on short invented minutes: a definition list's `<dt>Sagsnr.</dt>`
under an item's heading; a form's rows whose labels are headings (SharePoint's `<td><h3>Punkt
</h3></td><td>3</td>`); an iCalendar invitation saved as text, the agenda in its folded and
escaped DESCRIPTION; a form's two status boxes under each title, one ticked."""

from __future__ import annotations

from referat.index.readers import parse_bytes

ITEMS = [("3", "Ny legeplads ved skolen", "24-001234"),
         ("4", "Budgetopfølgning for vejområdet", "24-005678"),
         ("5", "Høring om cykelstier", "24-009012")]


def _html(body: str) -> bytes:
    return (f"<html><body><h1>Referat</h1><p>Teknikudvalget</p><p>Mødedato: 4. juni 2025</p>"
            f"<p>Mødested: Mødelokale 3</p>{body}</body></html>").encode()


def test_a_case_number_in_a_definition_list_under_the_title() -> None:
    """`<dt>Sagsnr.</dt><dd>…</dd>` under `<h5>Punkt N – Title</h5>` is the item's case
    line, not a bold label taken for the title over an unheaded section."""
    body = "".join(
        f"<section><h5>Punkt {n} – {title}</h5><dl><dt>Sagsnr.</dt><dd>{case}</dd></dl>"
        "<h3>Sagsfremstilling</h3><p>Forvaltningen har belyst sagen.</p>"
        "<h3>Beslutning</h3><p>Godkendt.</p></section>" for n, title, case in ITEMS)
    result = parse_bytes(_html(body), "landmarks.html", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS
    assert all([s.heading for s in i.sections] == ["Sagsfremstilling", "Beslutning"]
               for i in result.meeting.items)


def _row(label: str, value: str) -> str:
    return f"<tr><td class='label'><h3>{label}</h3></td><td class='value'>{value}</td></tr>"


def test_a_form_whose_labels_are_headings() -> None:
    """Each label a heading in its cell: `Punkt | N`, `Titel | …`, `Sagsnr. | …`, `Status |
    Lukket` are the item's rows, not a heading `Status` taken for every title; the section
    rows (a heading beside blocks of text) stay sections."""
    forms = []
    for k, (n, title, case) in enumerate(ITEMS):
        closed = k == 1
        rows = [_row("Punkt", n), _row("Titel", title), _row("Sagsnr.", case),
                _row("Status", "Lukket" if closed else "Åben")]
        rows += [] if closed else [
            _row("Sagsfremstilling", "<div>Forvaltningen har belyst sagen.</div>"),
            _row("Beslutning", "<div>Godkendt.</div>")]
        forms.append(f"<hr><table>{''.join(rows)}</table>")
    result = parse_bytes(_html("".join(forms)), "formular.html", known_layouts=False)
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title, i.case_number) for i in items] == ITEMS
    assert [i.closed for i in items] == [False, True, False]
    assert [s.heading for s in items[2].sections] == ["Sagsfremstilling", "Beslutning"]


def _folded(line: str) -> list[str]:
    """RFC 5545's folding: lines of at most 75 characters, each next one opened by a space."""
    return [line[:75]] + [" " + line[k:k + 74] for k in range(75, len(line), 74)]


def test_an_invitation_whose_description_holds_the_agenda() -> None:
    """The DESCRIPTION unfolded (inside words) and unescaped (`\\n`, `\\,`, `\\;`) is the
    document read; the calendar's own lines are not."""
    agenda = ["Dagsorden", "Teknikudvalget", "Mødet holdes onsdag den 4. juni 2025 kl. 16.00 i "
              "Mødelokale 3.", ""]
    for n, title, case in ITEMS:
        agenda += [f"{n}) {title}", f"Sag: {case}", "", "Sagsfremstilling",
                   "Forvaltningen har belyst sagen, og udvalget; orienteres.", ""]
    escaped = "\\n".join(agenda).replace(",", "\\,").replace(";", "\\;")
    ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT",
           "DTSTART;TZID=Europe/Copenhagen:20250604T160000", "SUMMARY:Møde i Teknikudvalget",
           *_folded(f"DESCRIPTION:{escaped}"), "END:VEVENT", "END:VCALENDAR"]
    result = parse_bytes("\r\n".join(ics).encode(), "invitation.txt", known_layouts=False)
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title, i.case_number) for i in items] == ITEMS
    assert items[0].sections[0].text == "Forvaltningen har belyst sagen, og udvalget; orienteres."
    assert str(result.meeting.date) == "2025-06-04"


def test_the_ticked_status_box_is_the_items_status() -> None:
    """`☒ Åbent punkt<tab>☐ Lukket punkt` (or `X Åbent punkt<tab>Lukket punkt`, a PDF's box
    drawn and its X a letter) is an open item: the unticked choice is no status."""
    lines = ["Referat", "Teknikudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3", ""]
    for k, (n, title, case) in enumerate(ITEMS):
        closed = k == 1
        boxes = (["☐ Åbent punkt", "☒ Lukket punkt"] if closed
                 else ["☒ Åbent punkt", "☐ Lukket punkt"] if k == 0
                 else ["X Åbent punkt", "Lukket punkt"])
        cells = boxes if closed else [*boxes, f"Sagsnr.: {case}"]  # the closed: no case
        lines += [f"{n}. {title}", "\t".join(cells), ""]
        lines += [] if closed else ["Sagsfremstilling", "Forvaltningen har belyst sagen.", "",
                                    "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "formular.txt", known_layouts=False)
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title) for i in items] == [(n, t) for n, t, _ in ITEMS]
    assert [i.closed for i in items] == [False, True, False]
    assert [i.case_number for i in items] == [ITEMS[0][2], None, ITEMS[2][2]]


def test_a_definition_list_of_whole_items_is_no_case_line() -> None:
    """Items as a definition list (`<dt><p>Sagsnr.: …</p><b>Title</b></dt><dd>the
    sections</dd>`): the term is more than a label and the description more than a case
    number, so the pair is read as before, never as one case line."""
    body = "<h2>Dagsorden</h2><dl>" + "".join(
        f"<dt><p>Sagsnr.: {case}</p><b>{n}. {title}</b></dt><dd><p><strong>Sagsfremstilling:"
        "</strong> Forvaltningen har belyst sagen.</p><p><strong>Beslutning:</strong> "
        "Godkendt.</p></dd>" for n, title, case in ITEMS) + "</dl>"
    result = parse_bytes(_html(body), "liste.html", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title) for i in result.meeting.items] == [(n, t) for n, t, _ in ITEMS]
