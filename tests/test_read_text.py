"""The text reader and the shared layout parser, on the Albertslund minutes and small texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from referat.index.layout import Line, clean_text, drop_running_lines, parse_lines
from referat.index.model import Meeting, NotMinutes, ReadError
from referat.index.readers import parse_file
from referat.index.readers.text import decode, read, text_lines

ALBERTSLUND = "albertslund/referat-digitalisering-og-beredskab-2026-02-23.txt"


@pytest.fixture(scope="module")
def albertslund(corpus: Path) -> Meeting:
    result = parse_file(corpus / ALBERTSLUND)
    assert result.ok, result.reason
    assert result.meeting is not None
    return result.meeting


def test_albertslund_metadata(albertslund: Meeting) -> None:
    assert albertslund.kommune == "Albertslund"
    assert albertslund.udvalg == "§17,4 Udvalget for digitalisering og beredskab"
    assert albertslund.date == dt.date(2026, 2, 23)
    assert albertslund.kind == "referat"
    assert albertslund.place == "Mødelokale 1"
    assert albertslund.participants[0] == "Kristoffer Holm Larsen (O)"
    assert len(albertslund.participants) == 5
    assert albertslund.source.endswith(ALBERTSLUND)


def test_albertslund_items_not_toc(albertslund: Meeting) -> None:
    assert [i.number for i in albertslund.items] == ["1", "2", "3", "4", "5", "6", "7"]
    titles = [i.title for i in albertslund.items]
    assert titles[0] == "§17,4 - Digitalisering og beredskab - Godkendelse af dagsorden"
    assert titles[5] == "§17,4 - Digitalisering og beredskab - Eventuelt"
    assert titles[6] == "Underskriftsblad"
    assert not any("....." in t or t.startswith("Punkt") for t in titles)
    assert [i.case_number for i in albertslund.items][:3] == [
        "00.22.00-G01-2-24", "00.22.00-P35-1-26", "00.22.00-P35-1-26",
    ]
    assert all(not i.closed and i.page is None for i in albertslund.items)


def test_albertslund_section_types(albertslund: Meeting) -> None:
    types = [[s.type for s in i.sections] for i in albertslund.items]
    assert types[0] == ["indstilling", "sagsfremstilling", "beslutning"]
    assert types[1] == [
        "indstilling", "resume", "sagsfremstilling", "other", "okonomi", "lovgrundlag",
        "beslutning", "bilag",
    ]
    assert types[5] == ["beslutning"]
    assert types[6] == ["indstilling", "sagsfremstilling", "beslutning"]


def test_albertslund_sagsgang_rows_are_not_headings(albertslund: Meeting) -> None:
    item = albertslund.items[2]
    headings = [s.heading for s in item.sections]
    assert headings.count("Indstilling") == 1
    assert headings.count("Beslutning") == 1
    assert "Supplerende sagsfremstilling" not in headings
    assert item.sections[0].type == "other" and item.sections[0].text.startswith("Sagsgang")
    assert headings[1:] == [
        "Indstilling", "Resumé", "Sagsfremstilling", "Kommunens vision og politikker",
        "Økonomi", "Lovgrundlag", "Borgerperspektiv", "Historik", "Beslutning", "Bilag",
    ]


def test_albertslund_decisions(albertslund: Meeting) -> None:
    decisions = [
        next(s.text for s in i.sections if s.type == "beslutning") for i in albertslund.items
    ]
    assert decisions[0].startswith("Tiltrådte indstillingen, idet punkt 2 og 3")
    assert decisions[2] == "Tiltrådte indstillingen."
    assert decisions[5] == "Intet at bemærke."


# --- small texts: the layout rules one by one ---------------------------------------


def _meeting(text: str) -> Meeting:
    return read(text.encode("utf-8"), "mem.txt")


def test_form_feeds_give_pages_and_bare_decision_is_beslutning() -> None:
    meeting = _meeting(
        "Dagsorden Økonomiudvalget d. 01-02-2024\n\f"
        "Punkt 1: Lukket: Salg af grund\n\nBeslutning truffet.\n\f"
        "Punkt 2: Budget\n\nIndstilling\nAt budgettet godkendes.\n"
    )
    assert meeting.kind == "dagsorden"
    assert meeting.udvalg == "Økonomiudvalget"
    assert meeting.date == dt.date(2024, 2, 1)
    first, second = meeting.items
    assert (first.title, first.closed, first.page) == ("Salg af grund", True, 2)
    assert [(s.type, s.text) for s in first.sections] == [("beslutning", "Beslutning truffet.")]
    assert (second.page, second.sections[0].page) == (3, 3)


def test_wrapped_pattern_heading_inside_a_sentence_stays_text() -> None:
    meeting = _meeting(
        "Punkt 4: Vejplan\nSagsfremstilling\nSagen blev drøftet i udvalget og\n"
        "Beslutning i byrådet den 3. maj 2024 fulgte.\n"
        "Byrådets beslutning den 05.06.2024\nGodkendt.\n"
    )
    sections = meeting.items[0].sections
    assert [s.type for s in sections] == ["sagsfremstilling", "beslutning"]
    assert "Beslutning i byrådet den 3. maj 2024" in sections[0].text
    assert sections[1].date == dt.date(2024, 6, 5)


def test_numbered_items_need_a_case_number() -> None:
    meeting = _meeting(
        "Referat\n1. Meddelelser\nSagsnr.: 2020-1\nIndstilling\n"
        "1. at sagen tages til efterretning\n2. at den sendes videre\n"
    )
    assert [(i.number, i.case_number) for i in meeting.items] == [("1", "2020-1")]


def test_no_items_is_not_minutes() -> None:
    with pytest.raises(NotMinutes):
        _meeting("Generalforsamling\n1. Valg af dirigent\n2. Beretning\n")


def test_clean_text() -> None:
    assert clean_text("Tilga\u030a (cid:123)ﬁnansiering\uf0b7 ") == "Tilgå finansiering•"
    assert clean_text("a\tb\t\t") == "a\tb\t\t"


def test_decode() -> None:
    assert decode("Økonomi".encode("cp1252")) == "Økonomi"
    assert decode("\ufeffØkonomi".encode()) == "Økonomi"
    with pytest.raises(ReadError):
        decode(b"\x00\x01")


def test_text_lines_pages() -> None:
    assert [line.page for line in text_lines("a\nb\fc")] == [1, 1, 2]
    assert [line.page for line in text_lines("a\nb")] == [None, None]


def test_drop_running_lines_only_at_page_edges() -> None:
    def page(n: int, body: str) -> list[dict[str, object]]:
        return [
            {"text": f"Side {n}", "size": 8.0, "bold": False, "top": 0.05},
            {"text": body, "size": 10.0, "bold": True, "top": 0.1},
            {"text": "Beslutning", "size": 10.0, "bold": True, "top": 0.12},
        ]

    titles = ["Punkt 1: Budget", "Punkt 2: Vejplan", "Punkt 3: Skoler"]
    kept = drop_running_lines([page(n, title) for n, title in enumerate(titles, start=1)])
    assert [[row["text"] for row in p] for p in kept] == [[t, "Beslutning"] for t in titles]


def test_parse_lines_uses_fonts_for_headings() -> None:
    lines = [
        Line("Punkt 1: Sag", 1, 16.0, True),
        Line("Beslutninger", 1, 13.0, True),
        Line("Godkendt.", 1, 10.0, False),
        Line("Bilag", 1, 13.0, True),
        Line("Indstilling", 1, 10.0, False),
    ]
    item = parse_lines(lines, "x.pdf").items[0]
    assert [(s.type, s.text) for s in item.sections] == [
        ("beslutning", "Godkendt."), ("bilag", "Indstilling"),
    ]


def test_a_running_line_keeps_its_type() -> None:
    # the document's title "Referat" (16 pt) is not the heading "Referat" (10.5 pt) that
    # happens to stand near the top of later pages
    def page(n: int) -> list[dict[str, object]]:
        top = [{"text": "Referat", "size": 16.0 if n == 1 else 10.5, "bold": True,
                "top": 0.08}] if n in (1, 3, 5) else []
        return [*top, {"text": f"Tekst {n}", "size": 10.0, "bold": False, "top": 0.5},
                {"text": f"Side {n}", "size": 8.0, "bold": False, "top": 0.95}]

    kept = drop_running_lines([page(n) for n in range(1, 6)])
    assert [[row["text"] for row in p] for p in kept] == [
        [*(["Referat"] if n in (1, 3, 5) else []), f"Tekst {n}"] for n in range(1, 6)]


def test_headings_set_apart_by_size_alone_and_case_numbers_below_another_opening() -> None:
    lines = [
        Line("Referat", 1, 16.0, True),
        Line("Mødedato: 12. marts 2024", 1, 10.0, False),
        Line("3. Sag uden nummer", 1, 14.0, False),
        Line("Beslutning", 1, 12.0, False),
        Line("Godkendt med bemærkningerne:", 1, 10.0, False),
        Line("1.", 1, 10.0, False),
        Line("Økonomi og Planudvalget besluttede i 2017, at udbyde driften.", 1, 10.0, False),
        Line("4. Budgetopfølgning", 1, 14.0, False),
        Line("Sagsnr.: 24-000111", 1, 10.0, False),
        Line("Beslutning", 1, 12.0, False),
        Line("Taget til efterretning.", 1, 10.0, False),
        Line("Økonomi og Planudvalget besluttede i 2017, at udbyde driften.", 1, 10.0, False),
        Line("5. Ansøgning om tilskud", 1, 14.0, False),
        Line("Sagsnr.: 24-000222", 1, 10.0, False),
        Line("Beslutning", 1, 12.0, False),
        Line("Bevilget.", 1, 10.0, False),
    ]
    # the "1." of a list is no item: the case number below it is item 4's
    meeting = parse_lines(lines, "x.pdf")
    assert [i.number for i in meeting.items] == ["4", "5"]
    # in a document that sets its headings apart by size, a body line is no heading
    assert [s.type for s in meeting.items[0].sections] == ["beslutning"]
