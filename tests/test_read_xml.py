"""XML readers on real documents: SBSYS publications, Acadre agenda XML, manifests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from referat.index.readers import parse_file


def _types(item) -> list[str]:
    return [s.type for s in item.sections]


def test_sbsys_ballerup(corpus: Path) -> None:
    result = parse_file(corpus / "sbsys" / "ballerup-it-udvalget-2013-05-15.xml")
    assert result.status == "ok", result.reason
    m = result.meeting
    assert (m.udvalg, m.date, m.kind) == ("KMB IT-udvalget", dt.date(2013, 5, 15), "dagsorden")
    assert m.place == "Mødecenter A, Lokale 3 på Ballerup Rådhus"
    assert m.kommune == "Ballerup"  # the kommune the text mentions most
    assert len(m.participants) == 11
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "5"]
    assert [i.title for i in m.items] == [
        "Meddelelser",
        "Oplæg til standard it-arbejdsplads for Kommunalbestyrelsens medlemmer i 2014-2018",
        "Indførelse af systemet SAPA (Sagsoverblik/Partskontakt)",
        "Regler for indkøb af it-udstyr",
        "Status på eDagsorden",
    ]
    # the publication leaves every case number empty
    assert all(i.case_number is None for i in m.items)
    assert m.items[0].sections == []  # empty fields are no sections
    item = m.items[1]
    assert [s.heading for s in item.sections] == [
        "Tidligere behandling", "Sammendrag", "Baggrund", "Sagsfremstilling",
        "Økonomiske konsekvenser og finansiering", "Beslutningen træffes af", "Indstilling"]
    assert _types(item) == [
        "sagsforloeb", "resume", "sagsfremstilling", "sagsfremstilling", "okonomi",
        "sagsforloeb", "indstilling"]
    indstilling = item.sections[-1].text
    assert indstilling.startswith("Center for IT og Digitalisering indstiller, at")
    assert "&" not in indstilling and "<" not in indstilling


def test_sbsys_region_upper_case_and_dated_decision(corpus: Path) -> None:
    result = parse_file(corpus / "sbsys" / "region-hovedstaden-forretningsudvalget-2012-09-25.xml")
    assert result.status == "ok", result.reason
    m = result.meeting
    assert (m.udvalg, m.date, m.place) == ("FORRETNINGSUDVALGET", dt.date(2012, 9, 25), "H2")
    assert m.kommune == "Region Hovedstaden"
    # the only decision is the one of 18 September: this publication is the agenda
    assert m.kind == "dagsorden"
    assert len(m.items) == 4
    assert m.items[0].title == (
        "2. behandling af forslag til styrelsesvedtægt – nedsættelse af stående udvalg")
    assert m.items[3].title.startswith("Anmodning fra Hans Toft (C)")
    assert all(i.case_number is None for i in m.items)
    item = m.items[0]
    assert [s.heading for s in item.sections] == [
        "PUNKTET BEHANDLET TIDLIGERE", "ADMINISTRATIONENS INDSTILLING", "RESUME",
        "SAGSFREMSTILLING", "KOMMUNIKATION", "ØKONOMISKE KONSEKVENSER", "SAGEN AFGØRES AF",
        "FORRETNINGSUDVALGETS BESLUTNING"]
    assert _types(item) == [
        "sagsforloeb", "indstilling", "resume", "sagsfremstilling", "other", "okonomi",
        "sagsforloeb", "beslutning"]
    decision = item.sections[-1]
    assert decision.date == dt.date(2012, 9, 18)
    assert decision.text.startswith("Sagen udsat til behandling")
    # "Tomt indhold" placeholders and empty decision fields are not sections
    assert "beslutning" not in _types(m.items[2])


def test_acadre_agenda_xml(corpus: Path) -> None:
    result = parse_file(corpus / "syddjurs" / "3687981.XML")
    assert result.status == "ok", result.reason
    m = result.meeting
    assert m.udvalg == "Udvalget for plan, udvikling og kultur (PUK)"
    assert m.kommune == "Syddjurs"
    assert (m.date, m.kind, m.place) == (dt.date(2013, 6, 20), "referat", "Kaløvig Kursuscenter")
    assert len(m.participants) == 5
    [item] = m.items
    assert (item.number, item.case_number) == ("715", "12/27845")
    assert item.title == "Kulturkommune 2017. Politiske fokusområder"
    assert _types(item) == [
        "resume", "sagsfremstilling", "okonomi", "indstilling", "beslutning",
        "sagsfremstilling", "beslutning", "beslutning"]
    dates = [s.date for s in item.sections if s.type == "beslutning"]
    assert dates == [dt.date(2013, 4, 10), dt.date(2013, 4, 24), dt.date(2013, 6, 20)]
    assert item.sections[-1].text.startswith("Punktet blev drøftet.")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("syddjurs/XML_1863.xml", "publishing manifest: Acadre"),
        ("ballerup/eDocAgendaPublishing.xml", "publishing manifest: eDoc"),
    ],
)
def test_manifests_are_not_minutes(corpus: Path, path: str, reason: str) -> None:
    result = parse_file(corpus / path)
    assert result.status == "not_minutes"
    assert result.reason.startswith(reason)


@pytest.mark.parametrize(
    ("data", "status", "reason"),
    [
        (b"<Publication><Agendas>", "error", "malformed XML"),
        (b'<?xml version="1.0"?><rss><channel/></rss>', "not_minutes", "root element <rss>"),
        (b"\xef\xbb\xbf<Publication/>", "not_minutes", "without an agenda"),
    ],
)
def test_bad_xml(tmp_path: Path, data: bytes, status: str, reason: str) -> None:
    path = tmp_path / "bad.XML"
    path.write_bytes(data)
    result = parse_file(path)
    assert result.status == status
    assert reason in result.reason and "\n" not in result.reason
