"""Round 15 (combo's unseen seeds) on short invented minutes: a listed title is known by
its own words, not a case cell beside it; a known heading closed by a colon, or a case
number in a cell beside a plain line, sets an unnumbered title apart; the number after a
title is read with a case number beside it; a title closed by its status has ended; a
title beside a case cell wraps in its column over three lines."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import render_pdf

TITLES = ("Folketingsvalg 2026 – valgstyrer og tilforordnede", "Ny daginstitution i Hundige",
          "Trafiksikkerhed ved skolevejene")
CASES = ("25-004411", "25-007812", "24-019930")


def test_a_listed_title_with_a_case_cell_beside_it_is_no_parliament() -> None:
    """Contents `1. Folketingsvalg …` above openings `1. Folketingsvalg …<TAB>Sags-id: …`:
    the listed line is the item's title, so the kommune's referat is read."""
    head = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025 kl. 16.00",
            "Mødested: Rådhuset", "", "Dagsorden",
            *(f"{n}. {title}" for n, title in enumerate(TITLES, start=1)), ""]
    body = []
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        body += [f"{n}. {title}\tSags-id: {case}", "", "Sagsfremstilling",
                 "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(head + body).encode(), "cells.txt")
    assert result.ok, result.reason
    assert [(i.title, i.case_number) for i in result.meeting.items] == list(
        zip(TITLES, CASES, strict=True))


def _html(body: str) -> bytes:
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Referat "
            "Socialudvalget</title></head><body><h1>Referat Socialudvalget</h1>"
            "<p>Mødedato: 4. juni 2025 kl. 16.00</p><p>Mødested: Rådhuset</p>"
            + body + "</body></html>").encode()


def test_a_heading_closed_by_a_colon_backs_an_unnumbered_title() -> None:
    """Titles as HTML headings without numbers, each followed by known headings in the
    body's type that a colon sets apart (`Beslutning:`), the case number at the foot."""
    body = "".join(
        f"<h2>{title}</h2><p>Beslutning:</p><p>Godkendt.</p><p>Sagsfremstilling:</p>"
        f"<p>Forvaltningen har belyst sagen.</p><p>Sags-id: {case}</p>"
        for title, case in zip(TITLES[1:], CASES[1:], strict=True))
    result = parse_bytes(_html(body), "colon.html")
    assert result.ok, result.reason
    assert [(i.title, [s.type for s in i.sections]) for i in result.meeting.items] == [
        (title, ["beslutning", "sagsfremstilling"]) for title in TITLES[1:]]


def test_a_bare_case_number_beside_a_plain_title_opens_an_item() -> None:
    """Titles in the body's type (their size lost to the markup), each with a bare case
    number in a span beside it, over bold headings: the case number sets the title apart."""
    body = "".join(
        f"<section><p><span style='font-size:14pt'>{title}</span> <span>{case}</span></p>"
        "<p><b>SAGSFREMSTILLING</b></p><p>Forvaltningen har belyst sagen.</p>"
        "<p><b>BESLUTNING</b></p><p>Godkendt.</p></section>"
        for title, case in zip(TITLES[1:], CASES[1:], strict=True))
    result = parse_bytes(_html(body), "bare.html")
    assert result.ok, result.reason
    assert [(i.title, i.case_number) for i in result.meeting.items] == list(
        zip(TITLES[1:], CASES[1:], strict=True))


def test_the_number_after_a_title_with_a_case_number_beside_it() -> None:
    """`Title (punkt 2)   Journalnr.: 25-007812`: the item's number closes its title's own
    words, and the case number beside them is the item's."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025 kl. 16.00", ""]
    for n, (title, case) in enumerate(zip(TITLES[1:], CASES[1:], strict=True), start=1):
        lines += [f"{title} (punkt {n})   Journalnr.: {case}", "", "SAGSFREMSTILLING",
                  "Forvaltningen har belyst sagen.", "", "BESLUTNING", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "after.txt")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(n), title, case) for n, (title, case)
        in enumerate(zip(TITLES[1:], CASES[1:], strict=True), start=1)]


def test_a_title_closed_by_its_status_does_not_wrap_onto_the_next() -> None:
    """Unnumbered titles in a larger type: a closed item prints only `Title (Lukket)`, and
    the next item's title right under it in the same type is a title of its own."""
    lines = [("Referat", 16, True), ("Socialudvalget", 10, False),
             ("Mødedato: 4. juni 2025 kl. 16.00", 10, False), ("", 10, False)]
    for title in TITLES:
        if title == TITLES[1]:
            lines += [(f"{title} (Lukket)", 13, False)]
            continue
        lines += [(title, 13, False), ("Sagsfremstilling", 11.5, False),
                  ("Forvaltningen har belyst sagen.", 10, False), ("Beslutning", 11.5, False),
                  ("Godkendt.", 10, False), ("", 10, False)]
    result = parse_bytes(render_pdf(lines), "closed.pdf")
    assert result.ok, result.reason
    assert [(i.title, i.closed) for i in result.meeting.items] == [
        (TITLES[0], False), (TITLES[1], True), (TITLES[2], False)]


def test_a_title_beside_a_case_cell_wraps_over_three_lines() -> None:
    """Unnumbered bold titles in capitals beside a `Sags-id:` cell, wrapped in their column
    over three lines (the last two shorter than the type's widest line): one title each."""
    wrapped = [("TILSKUD TIL FORENINGERNES", "LOKALER OG AKTIVITETER I", "HUNDIGE OG KILDEBRØNDE"),
               ("NY DAGINSTITUTION I", "HUNDIGE MED PLADS TIL", "TOLV GRUPPER"),
               ("TRAFIKSIKKERHED VED", "SKOLEVEJENE", "")]
    lines = [("Referat", 16, True), ("Socialudvalget", 10, False),
             ("Mødedato: 4. juni 2025 kl. 16.00", 10, False), ("", 10, False)]
    for parts, case in zip(wrapped, CASES, strict=True):
        lines += [(f"{parts[0]}\tSags-id: {case}", 12, True),
                  *((p, 12, True) for p in parts[1:] if p),
                  ("Sagsfremstilling", 10, True), ("Forvaltningen har belyst sagen.", 10, False),
                  ("Beslutning", 10, True), ("Godkendt.", 10, False), ("", 10, False)]
    result = parse_bytes(render_pdf(lines), "wrapped.pdf")
    assert result.ok, result.reason
    assert [(i.title.upper(), i.case_number) for i in result.meeting.items] == [
        (" ".join(p for p in parts if p), case) for parts, case in zip(wrapped, CASES,
                                                                       strict=True)]


def test_a_closed_item_printing_its_status_first_takes_no_title_under_it() -> None:
    """Unnumbered titles in a larger type, a bare case number under each: a closed item
    printed `Lukket punkt: Title` with no body right above the next title. A closed item
    prints no case number, so the line the case number is under is a title of its own."""
    lines = [("Referat", 16, True), ("Socialudvalget", 10, False),
             ("Mødedato: 4. juni 2025 kl. 16.00", 10, False), ("", 10, False)]
    for title, case in zip(TITLES, CASES, strict=True):
        if title == TITLES[1]:
            lines += [(f"Lukket punkt: {title}", 13, False)]
            continue
        lines += [(title, 13, False), (case, 9, False), ("Sagsfremstilling:", 10, False),
                  ("Forvaltningen har belyst sagen.", 10, False), ("Beslutning:", 10, False),
                  ("Godkendt.", 10, False), ("", 10, False)]
    result = parse_bytes(render_pdf(lines), "prefix.pdf")
    assert result.ok, result.reason
    assert [(i.title, i.closed, i.case_number) for i in result.meeting.items] == [
        (TITLES[0], False, CASES[0]), (TITLES[1], True, None), (TITLES[2], False, CASES[2])]
