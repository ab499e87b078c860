"""Portal readers on real documents: Greve's meeting JSON, Aarhus's portal pages."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from referat.index.readers import parse_file
from referat.index.readers.htmlsections import SectionParser, html_text, split_sections

GREVE_EKSTRA = "Økonomiudvalget_2023-04-17T151500+0200_ae9cc25c-8e34-4e3b-b0d4-bd047a6926dd.json"
GREVE_UNHEADED = (
    "Beskæftigelses- og Erhvervsudvalget_2023-01-09T080000+0100_"
    "2d6996dc-d1fe-4705-adb2-1671137a4945.json"
)
GREVE_BYRAAD = "Byråd 2022-2025_2022-01-31T190000+0100_779d518b-25e9-4d46-9111-1d3f7c1175a9.json"


@pytest.fixture(scope="module")
def greve(corpus: Path) -> dict[str, tuple[dict, object]]:
    """Every Greve file: its raw JSON and its ParseResult (parsed once per module)."""
    out = {}
    for path in sorted((corpus / "greve").glob("*.json")):
        out[path.name] = (json.loads(path.read_text(encoding="utf-8")), parse_file(path))
    assert len(out) == 371
    return out


def _types(item) -> list[str]:
    return [s.type for s in item.sections]


def _section(item, kind: str):
    return next(s for s in item.sections if s.type == kind)


# -- Greve JSON --------------------------------------------------------------------------
def test_greve_every_agenda_entry_is_one_item(greve) -> None:
    total = 0
    for name, (raw, result) in greve.items():
        assert result.status == "ok", (name, result.reason)
        punkter = raw["Dagsordenpunkter"]
        items = result.meeting.items
        assert len(items) == len(punkter), name
        assert [i.number for i in items] == [p["Punktnummer"] for p in punkter], name
        assert [i.title for i in items] == [p["Navn"].strip() for p in punkter], name
        assert [i.case_number for i in items] == [p["SagsNummer"] or None for p in punkter], name
        total += len(items)
    assert total == 5504


def test_greve_meeting_fields(greve) -> None:
    meeting = greve[GREVE_BYRAAD][1].meeting
    assert meeting.kommune == "Greve"
    assert meeting.udvalg == "Byråd 2022-2025"
    assert meeting.date == dt.date(2022, 1, 31)
    assert meeting.kind == "referat"
    assert meeting.place == "Byrådssalen"
    assert len(meeting.participants) == 21
    assert all(r.meeting.kommune == "Greve" for _, r in greve.values())


def test_greve_kind(greve) -> None:
    kinds = {name: r.meeting.kind for name, (_, r) in greve.items()}
    # the four question/answer collections carry no decisions; every other meeting is a referat
    dagsordener = sorted(n for n, k in kinds.items() if k == "dagsorden")
    assert len(dagsordener) == 4
    assert all("Svar til Byrådet" in n for n in dagsordener)


def test_greve_headed_decision_and_container_heading(greve) -> None:
    item = greve[GREVE_EKSTRA][1].meeting.items[0]
    assert item.title == "Godkendelse af dagsorden"
    # "Fremstilling" only contains sub-headings: it leaves no empty section behind
    assert _types(item) == ["beslutning", "sagsforloeb", "resume", "indstilling"]
    assert item.sections[0].heading == "Beslutning"
    assert item.sections[0].text.startswith("Dagsordenen blev godkendt")
    assert not item.closed


def test_greve_closed_item_is_its_decision(greve) -> None:
    item = greve[GREVE_EKSTRA][1].meeting.items[1]
    assert item.title.startswith("Lukket:")
    assert item.closed
    assert _types(item) == ["beslutning"]
    assert item.sections[0].heading == ""
    assert item.sections[0].text.startswith("Økonomiudvalget anbefaler overfor Byrådet")
    closed = [i for _, r in greve.values() for i in r.meeting.items if i.closed]
    assert len(closed) == 380
    assert all(i.title.startswith("Lukket") for i in closed)


def test_greve_unheaded_decision_first(greve) -> None:
    item = greve[GREVE_UNHEADED][1].meeting.items[1]
    assert item.title == "1. udkast til Beskæftigelsespolitikken 2023-2026"
    assert _types(item)[:4] == ["beslutning", "sagsforloeb", "resume", "indstilling"]
    decision = item.sections[0]
    assert decision.heading == ""
    # the title the portal repeats before the decision is not part of it
    assert decision.text.startswith("Udvalget drøftede politikken")


def test_greve_split_heading_and_history(greve) -> None:
    name = (
        "Beskæftigelses- og Erhvervsudvalget_2022-01-10T080000+0100_"
        "02e86ff6-fd6b-4bab-99ad-17411bb2ead1.json"
    )
    item = greve[name][1].meeting.items[0]
    assert [s.heading for s in item.sections] == [
        "Beslutning", "Sagsprocedure", "Resume", "Indstilling", "Sagens forløb"]
    assert _types(item) == ["beslutning", "sagsforloeb", "resume", "indstilling", "sagsforloeb"]
    assert item.sections[0].text == "Godkendt."


def test_greve_bold_words_are_not_headings(greve) -> None:
    item = greve[GREVE_BYRAAD][1].meeting.items[10]
    assert item.title == "Lånoptagelse 2022 vedrørende regnskab 2021"
    assert _types(item) == [
        "beslutning", "sagsforloeb", "resume", "indstilling", "sagsfremstilling",
        "lovgrundlag", "okonomi", "sagsforloeb"]
    body = _section(item, "sagsfremstilling").text
    assert "\nLånoptag\n" in body  # a bold paragraph, kept as text
    headings = {s.heading for _, r in greve.values() for i in r.meeting.items for s in i.sections}
    assert not headings & {"Lånoptag", "I alt", "2025", "Fremstilling "}


def test_greve_text_is_plain(greve) -> None:
    for _, (_, result) in greve.items():
        for item in result.meeting.items:
            for s in item.sections:
                assert "<p" not in s.text and "&oslash;" not in s.text and "&nbsp;" not in s.text
                assert "  " not in s.text and "\xa0" not in s.text


def test_greve_decision_share(greve) -> None:
    """Measured: 5,204 of 5,500 items of referat meetings have a decision (94.6 %); the
    rest are signature sheets ("Underskriftsark", whose decision is a lone ".") but two."""
    items = [i for _, r in greve.values() if r.meeting.kind == "referat" for i in r.meeting.items]
    decided = [i for i in items if "beslutning" in _types(i)]
    assert len(items) == 5500
    assert len(decided) / len(items) >= 0.945
    undecided = [i.title for i in items if "beslutning" not in _types(i)]
    assert sum(not t.startswith("Underskriftsark") for t in undecided) == 2


# -- htmlsections on small fragments -------------------------------------------------------
def test_bold_paragraph_heading_only_when_known() -> None:
    lead, sections = split_sections(
        "<p>Før</p><p><strong>Beslutning</strong></p><p>Godkendt &amp; vedtaget.</p>"
        "<p><b>Lånoptag</b></p><p>tekst</p>"
        "<table><tr><td><b>Økonomi</b></td><td>1</td></tr></table>"
    )
    assert lead == "Før"
    assert [(s.heading, s.type) for s in sections] == [("Beslutning", "beslutning")]
    assert sections[0].text == "Godkendt & vedtaget.\nLånoptag\ntekst\nØkonomi | 1"


def test_html_text_lines() -> None:
    html = "<p>a&nbsp; b</p><ul><li>x</li><li>y</li></ul>c<br>d<script>var z;</script>"
    assert html_text(html) == "a b\nx\ny\nc\nd"


def _stdlib_split(html: str) -> tuple[str, list]:
    """split_sections driven by the stdlib's html.parser instead of `_TOKEN`."""
    parser = SectionParser()
    parser.feed(html)
    parser.close()
    return parser.take()


def test_fragment_tokenizer_equals_html_parser_on_edge_cases() -> None:
    html = (
        "<P CLASS='x > y'>Før &lt;tag&gt; &amp;c</P><!-- <h3>Beslutning</h3> -->"
        "<script>if (a<b) { x = '<h3>Beslutning</h3>'; }</script><!DOCTYPE html>"
        "<H3 title=\"a>b\">Beslutning</H3><p>Godkendt<br/>igen</p>a < b og c<d"
        "<h3/><p><b/>Sagsfremstilling</p><style>p { x: '<b>' }</style>"
        "</ p><p>sidste &#230;ble &aelig"
    )
    assert split_sections(html) == _stdlib_split(html)
    assert split_sections(html)[1][0].text.startswith("Godkendt\nigen")


def test_fragment_tokenizer_equals_html_parser_on_greve(greve) -> None:
    """Every HTML field of the Greve portal JSON reads the same through `_TOKEN` as
    through html.parser (the tokenizer exists for speed only)."""
    fragments = [
        felt["Html"]
        for doc, _ in greve.values()
        for punkt in doc["Dagsordenpunkter"]
        for felt in punkt.get("Felter") or []
        if felt.get("Html")
    ]
    assert len(fragments) > 5000
    assert sum(split_sections(f) != _stdlib_split(f) for f in fragments) == 0


# -- Aarhus portal pages -------------------------------------------------------------------
def test_aarhus_referat_page(corpus: Path) -> None:
    result = parse_file(corpus / "aarhus" / "teknisk-udvalg-referat-2025-10-01.html")
    assert result.status == "ok", result.reason
    m = result.meeting
    assert (m.kommune, m.udvalg, m.date, m.kind, m.place) == (
        "Aarhus", "Teknisk Udvalg", dt.date(2025, 10, 1), "referat", "Udvalgsværelse 398")
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "5", "6"]
    assert [i.title for i in m.items][:2] == [
        "Referat fra sidste udvalgsmøde", "Udviklingsplan Aarhus Ø - endelig vedtagelse"]
    assert m.items[0].case_number == "EMN-2025-010561"
    assert m.items[4].case_number is None
    assert _types(m.items[0]) == ["beslutning", "bilag"]
    item = m.items[1]
    assert [s.heading for s in item.sections] == [
        "Beslutninger", "", "Resume", "Beslutningspunkter", "Sagsforløb", "Bilag"]
    assert _types(item) == [
        "beslutning", "other", "resume", "indstilling", "sagsforloeb", "bilag"]
    assert item.sections[0].text.startswith("Et flertal i udvalget kunne tiltræde")
    assert "Borgmesterens Afdelings påtegning" in [s.heading for s in m.items[2].sections]
    everything = "\n".join(s.text for i in m.items for s in i.sections)
    for junk in ("Kopier link", "Tip en ven", "Hent som PDF", "window.", "PDF\n"):
        assert junk not in everything
    assert all("beslutning" in _types(i) for i in m.items)


def test_aarhus_dagsorden_page(corpus: Path) -> None:
    result = parse_file(corpus / "aarhus" / "byraad-dagsorden-2025-10-08.html")
    assert result.status == "ok", result.reason
    m = result.meeting
    assert (m.udvalg, m.date, m.kind) == ("Aarhus Byråd", dt.date(2025, 10, 8), "dagsorden")
    assert len(m.items) == 33
    assert [i.number for i in m.items] == [str(n) for n in range(1, 34)]
    assert m.items[0].title == "Godkendelse af dagsorden"
    assert m.items[1].title == "Forslag til budget 2026-2029"
    assert all(i.case_number and i.case_number.startswith("EMN-") for i in m.items)
    assert _types(m.items[1]) == ["resume", "indstilling", "sagsforloeb", "bilag"]
    assert "beslutning" not in {t for i in m.items for t in _types(i)}


# -- not minutes ---------------------------------------------------------------------------
def test_html_negative_is_not_minutes(corpus: Path) -> None:
    result = parse_file(corpus / "negatives" / "boligforening-bestyrelsesmoede-2024-01-03.html")
    assert result.status == "not_minutes"
    assert "not a meeting portal page" in result.reason


@pytest.mark.parametrize(
    ("name", "data", "status", "reason"),
    [
        ("other.json", b'{"name": "x"}', "not_minutes", "not a portal meeting"),
        ("list.json", b"[1, 2]", "not_minutes", "not a portal meeting"),
        ("broken.json", b'{"Dagsordenpunkter": [', "error", "not valid JSON"),
        ("plain.html", b"<html><body><p>Hej</p></body></html>", "not_minutes", "portal"),
    ],
)
def test_bad_portal_files(tmp_path: Path, name, data, status, reason) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = parse_file(path)
    assert result.status == status
    assert reason in result.reason and "\n" not in result.reason
