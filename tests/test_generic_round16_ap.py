"""Round 16 (issue-18ap, combo's unseen seeds: HTML and attachment lists) on short invented
minutes: a known heading alone on its line in the body's type backs a title set apart;
a closed item without a body is an item, whether its status stands under its title or
replaces it."""

from __future__ import annotations

from referat.index.readers import parse_bytes

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Takster for svømmehallen 2026")
CASES = ("25-007812", "24-019930", "25-000117")


def _html(body: str, kind: str = "Dagsorden") -> bytes:
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>"
            f"{kind} Socialudvalget</title></head><body><h1>{kind} Socialudvalget</h1>"
            "<p>Mødedato: 4. juni 2025 kl. 16.00</p><p>Mødested: Rådhuset</p>"
            + body + "</body></html>").encode()


_TEXT = "<p><b>Sagsfremstilling</b></p><p>Forvaltningen har belyst sagen.</p>"


def _second_closed(opening: str, closed: str) -> bytes:
    """A page of three items, each opened by `opening` (formatted with its number `n`,
    roman `r`, `title` and `case`) over a section; the second closed, printed as `closed`
    (formatted likewise) with no text."""
    parts = [(closed if n == 2 else opening + _TEXT).format(
        n=n, r="I" * n, title=title, case=case)
        for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1)]
    return _html("".join(parts))


def test_a_plain_known_heading_backs_a_title_set_apart() -> None:
    """`<h2>` titles without numbers, each followed by known headings in the body's type
    with no colon (`<p>Sagsfremstilling</p>`), the case number at the item's foot."""
    body = "".join(
        f"<section><h2>{title}</h2><p>Sagsfremstilling</p>"
        "<p>Forvaltningen har belyst sagen.</p><p>Indstilling</p>"
        f"<p>Forvaltningen indstiller, at sagen godkendes.</p><p>Sagsnr. {case}</p></section>"
        for title, case in zip(TITLES, CASES, strict=True))
    result = parse_bytes(_html(body), "plain-headings.html")
    assert result.ok, result.reason
    assert [(i.title, i.case_number, [s.type for s in i.sections])
            for i in result.meeting.items] == [
        (title, case, ["sagsfremstilling", "indstilling"])
        for title, case in zip(TITLES, CASES, strict=True)]


def test_a_closed_item_with_its_status_under_its_title_is_an_item() -> None:
    """Bold titles without numbers; a closed item prints its title, then `Lukket punkt` in
    the body's type, and no text: the status backs its title as a case number would."""
    page = _second_closed("<p><b>{title}</b></p><p>Sagsnr. {case}</p>",
                          "<p><b>{title}</b></p><p>Lukket punkt</p>")
    result = parse_bytes(page, "status-under.html")
    assert result.ok, result.reason
    assert [(i.title, i.closed) for i in result.meeting.items] == [
        (TITLES[0], False), (TITLES[1], True), (TITLES[2], False)]


def test_a_closed_item_titled_by_its_status_before_the_next_title() -> None:
    """`<h2>Lukket punkt</h2>` right above the next item's `<h2>` title, in a document that
    prints no open item's status: the status is the closed item's title, not the next
    title's status."""
    parts = []
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        if n == 2:
            parts.append("<h2>Lukket punkt</h2>")
        parts.append(f"<h2>{title}</h2><p>Sagsnr. {case}</p><p><b>Sagsfremstilling</b></p>"
                     "<p>Forvaltningen har belyst sagen.</p>")
    result = parse_bytes(_html("".join(parts)), "replaced.html")
    assert result.ok, result.reason
    assert [(i.title, i.closed) for i in result.meeting.items] == [
        (TITLES[0], False), (TITLES[1], False), ("Lukket punkt", True), (TITLES[2], False)]


def test_the_text_under_a_colon_heading_is_no_heading_by_its_words() -> None:
    """`Beslutning i Økonomiudvalget den 03.06.2025: Økonomiudvalget anbefaler` wrapped
    at its width, `overfor Byrådet, at …` under it: the words after the colon are the
    decision's, not an `indstilling` heading of their own."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025 kl. 16.00", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        lines += [f"{n}) {title}", f"Sags-id: {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "",
                  "Beslutning i Økonomiudvalget den 03.06.2025: Økonomiudvalget anbefaler",
                  "overfor Byrådet, at forvaltningens indstilling godkendes.", ""]
    result = parse_bytes("\n".join(lines).encode(), "wrapped.txt")
    assert result.ok, result.reason
    for item in result.meeting.items:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]
        assert " ".join(item.sections[-1].text.split()).startswith(
            "Økonomiudvalget anbefaler overfor Byrådet")


def test_a_status_alone_under_a_roman_marker_is_the_closed_items_title() -> None:
    """`<h2>II.</h2><h2>Lukket punkt</h2><h2>III.</h2><h2>Title</h2>`: the status is all
    item II prints, and the next roman marker alone ends it; item III is not closed."""
    page = _second_closed("<h2>{r}.</h2><h2>{title}</h2>", "<h2>{r}.</h2><h2>Lukket punkt</h2>")
    result = parse_bytes(page, "roman-closed.html")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        ("I", TITLES[0], False), ("II", "Lukket punkt", True), ("III", TITLES[2], False)]


def test_a_case_line_between_a_lone_number_and_its_title() -> None:
    """`<ol start='14'>`, each `<li>` a case-number line, then the title in bold: the
    list's number stands alone above the case line, and the title is the line under it
    (before, the line above the number was taken as the title)."""
    items = "".join(
        f"<li><p>Sag nr.: {case}</p><strong>{title}</strong><p><b>Sagsfremstilling</b></p>"
        "<p>Forvaltningen har belyst sagen.</p><p>Bilag</p><p>1. Oversigtskort.pdf</p></li>"
        for title, case in zip(TITLES, CASES, strict=True))
    result = parse_bytes(_html(f"<ol start='14'>{items}</ol>"), "ol-case.html")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(n), title, case) for n, (title, case)
        in enumerate(zip(TITLES, CASES, strict=True), start=14)]


def test_a_sentence_over_a_case_number_at_the_foot_is_no_title() -> None:
    """Class-less `<div>`s: an agenda of plain lines (a closed item's `Lukket punkt`
    among them), then bold titles and bold headings, each item's last line an `at …`
    clause closed by a stop, its case number under it at the foot. The clause is the
    item's text, not the title of an item the case number backs."""
    agenda = "".join(f"<div>{t}</div>" for t in (*TITLES[:2], "Lukket punkt", TITLES[2]))
    items = [
        f"<div><div style='font-weight:bold'>{title}</div>"
        "<div style='font-weight:bold'>Sagsfremstilling</div><div>Forvaltningen har belyst "
        "sagen.</div><div style='font-weight:bold'>Indstilling</div><div>Forvaltningen "
        "indstiller,</div><div>at sagen godkendes.</div>"
        f"<div>Sagsnr. {case}</div></div>"
        for title, case in zip(TITLES, CASES, strict=True)]
    items.insert(2, "<div><div style='font-weight:bold'>Lukket punkt</div></div>")
    result = parse_bytes(_html(f"<h2>Dagsorden</h2>{agenda}{''.join(items)}"), "divs.html")
    assert result.ok, result.reason
    assert [(i.title, i.case_number) for i in result.meeting.items] == [
        *zip(TITLES[:2], CASES[:2], strict=True), ("Lukket punkt", None),
        (TITLES[2], CASES[2])]


def test_a_dated_decision_heading_backs_a_title_in_capitals() -> None:
    """Text minutes, unnumbered titles in capitals with no case number, each followed by
    `Beslutning i Byrådet den 03.06.2025` in plain type: the dated heading backs the
    title as a known heading's own words do."""
    lines = ["Referat", "Byrådet", "Mødedato: 3. juni 2025 kl. 16.00", ""]
    for title in TITLES:
        lines += [title.upper(), "Beslutning i Byrådet den 03.06.2025", "Godkendt.",
                  "Sagsfremstilling", "Forvaltningen har belyst sagen.", ""]
    result = parse_bytes("\n".join(lines).encode(), "dated.txt")
    assert result.ok, result.reason
    assert [(i.title.lower(), [s.type for s in i.sections]) for i in result.meeting.items] == [
        (title.lower(), ["beslutning", "sagsfremstilling"]) for title in TITLES]


def test_a_closed_status_over_a_marker_under_the_title_is_the_title() -> None:
    """`Sagsnr. …` / `<b>Title</b>` / `Punkt 1`: the case number above the title, the
    number under it; a closed item prints `<b>Lukket punkt</b>` / `Punkt 2` and no text:
    the status is its title."""
    page = _second_closed("<p>Sagsnr. {case}</p><p><b>{title}</b></p><p>Punkt {n}</p>",
                          "<p><b>Lukket punkt</b></p><p>Punkt {n}</p>")
    result = parse_bytes(page, "below-closed.html")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        ("1", TITLES[0], False), ("2", "Lukket punkt", True), ("3", TITLES[2], False)]
