"""The PDF reader on the real Aarhus, Ballerup and Syddjurs minutes and attachments."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import pytest
from referat.index.model import Item, Meeting, ParseResult, ReadError
from referat.index.readers import parse_bytes, parse_file
from referat.index.readers.pdf import extract_pages, parse_pages, read

from tests.pdfs import assemble_pdf

AARHUS = "aarhus/Aarhus_Byråd-Aarhus_Byråd_den_27._august_2025.pdf"
BALLERUP = "ballerup/Sundheds- og Forebyggelsesudvalget 2012-12-04 referat.pdf"
SYDDJURS = "syddjurs/Ekstraordinært PUK.pdf"
SCANNED = "ballerup/bilag/Bygningsliste og prioriteringssystem.pdf"


@cache
def _result(path: Path) -> ParseResult:
    """Each PDF is read once per test session."""
    return parse_file(path)


def _meeting(path: Path) -> Meeting:
    result = _result(path)
    assert result.ok, result.reason
    assert result.meeting is not None
    return result.meeting


@pytest.fixture(scope="module")
def aarhus(corpus: Path) -> Meeting:
    return _meeting(corpus / AARHUS)


@pytest.fixture(scope="module")
def ballerup(corpus: Path) -> Meeting:
    return _meeting(corpus / BALLERUP)


@pytest.fixture(scope="module")
def syddjurs(corpus: Path) -> Meeting:
    return _meeting(corpus / SYDDJURS)


def _texts(meeting: Meeting) -> list[str]:
    return [s.text for i in meeting.items for s in i.sections] + [
        s.heading for i in meeting.items for s in i.sections
    ] + [i.title for i in meeting.items]


def _decision(item: Item) -> str:
    return next(s.text for s in item.sections if s.type == "beslutning")


# --- Aarhus (First Agenda) ----------------------------------------------------------


def test_aarhus_metadata(aarhus: Meeting) -> None:
    assert (aarhus.kommune, aarhus.udvalg) == ("Aarhus", "Aarhus Byråd")
    assert aarhus.date == dt.date(2025, 8, 27)
    assert aarhus.kind == "referat"
    assert aarhus.place == "Byrådssalen"


def test_aarhus_items(aarhus: Meeting) -> None:
    items = aarhus.items
    assert [i.number for i in items] == [str(n) for n in range(1, 22)]
    assert [i.page for i in items] == [
        3, 4, 6, 8, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
    ]
    assert items[0].title == "Godkendelse af dagsorden"
    # titles wrapped over two lines are joined
    assert items[1].title == (
        "Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø"
    )
    assert items[6].title == (
        "Afrapportering på klimaregnskab samt orientering om ny 2030-fremskrivning"
    )
    assert items[16].title == (
        "Forslag fra DD og LA om Aarhus som testkommune for selvkørende biler"
    )
    assert [i.case_number for i in items][:3] == [
        "EMN-2023-009832", "EMN-2025-003383", "EMN-2025-003928",
    ]
    assert all(i.case_number and i.case_number.startswith("EMN-") for i in items)


def test_aarhus_sections(aarhus: Meeting) -> None:
    items = aarhus.items
    assert [s.type for s in items[0].sections] == ["beslutning"]
    assert [s.type for s in items[4].sections] == [
        "beslutning", "resume", "indstilling", "sagsforloeb", "bilag",
    ]
    assert [s.heading for s in items[4].sections] == [
        "Beslutninger", "Resume", "Beslutningspunkter", "Sagsforløb", "Bilag",
    ]
    # the party's proposal is not part of the decision
    assert [s.type for s in items[1].sections][:3] == [
        "beslutning", "sagsfremstilling", "indstilling",
    ]
    # attachment names such as "Indstilling" stay in the Bilag section
    assert items[1].sections[-1].type == "bilag"
    assert items[1].sections[-1].text.startswith("Indstilling\nBilag 1: Beslutningsforslag")
    assert all(s.page == 10 for s in items[4].sections)


def test_aarhus_decisions(aarhus: Meeting) -> None:
    items = aarhus.items
    assert _decision(items[0]) == "Godkendt."
    assert _decision(items[1]).startswith("Fremsendes til Teknisk Udvalg til behandling")
    assert _decision(items[2]).startswith("Tilbagesendes Magistratsafdelingen for Teknik og")
    assert "BESLUTNINGSFORSLAG" not in _decision(items[1])


def test_aarhus_closed_item(aarhus: Meeting) -> None:
    closed = [i for i in aarhus.items if i.closed]
    assert [(i.number, i.title) for i in closed] == [("21", "Køb af landbrugsejendom")]
    assert [s.type for s in closed[0].sections] == ["beslutning"]
    assert closed[0].sections[0].text.startswith("Tilbagesendes Magistratsafdelingen")


def test_aarhus_toc_is_not_items_and_no_cid(aarhus: Meeting) -> None:
    assert len(aarhus.items) == 21
    assert not any("(cid:" in text for text in _texts(aarhus))
    assert not any("....." in i.title for i in aarhus.items)


# --- Ballerup (eDoc) ----------------------------------------------------------------


def test_ballerup_metadata(ballerup: Meeting) -> None:
    assert ballerup.kommune == "Ballerup"
    assert ballerup.udvalg == "Sundheds- og Forebyggelsesudvalget"
    assert ballerup.date == dt.date(2012, 12, 4)
    assert ballerup.kind == "referat"
    assert ballerup.place == "Mødecenter C, Lokale 32 på Ballerup Rådhus"
    assert ballerup.participants[:2] == ["Lolan Ottesen (A)", "Grethe Larsen (A)"]
    assert len(ballerup.participants) == 7


def test_ballerup_items(ballerup: Meeting) -> None:
    items = ballerup.items
    assert [i.number for i in items] == [str(n) for n in range(1, 9)]
    assert [i.page for i in items] == [3, 3, 6, 7, 9, 10, 12, 14]
    assert items[0].title == "Meddelelser"
    assert items[3].title == "Takstreduktion på aflastningstilbuddet Torvevej i Skovlunde i 2013"
    assert items[5].title == (
        "Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre"
    )
    assert items[7].title == "Evaluering af rygestopkurser"
    assert [i.case_number for i in items] == [
        "2011-29298", "2012-28504", "2012-31114", "2012-31673",
        "2011-29939", "2012-21786", "2012-28505", "2010-3082",
    ]


def test_ballerup_sections(ballerup: Meeting) -> None:
    expected = [
        "resume", "sagsfremstilling", "sagsfremstilling", "okonomi", "bilag", "sagsforloeb",
        "indstilling", "beslutning",
    ]
    assert [s.type for s in ballerup.items[1].sections] == expected
    assert [s.type for s in ballerup.items[3].sections] == ["other", *expected]
    for item in ballerup.items:
        decision = item.sections[-1]
        assert decision.type == "beslutning"
        assert decision.heading == (
            f"Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt {item.number}"
        )
        assert decision.date == dt.date(2012, 12, 4)
    assert ballerup.items[2].sections[-1].page == 7


def test_ballerup_reference_in_text_is_not_a_heading(ballerup: Meeting) -> None:
    item = ballerup.items[3]
    assert not any("30. maj 2012" in s.heading for s in item.sections)
    assert item.sections[0].text == "Sundheds- og Forebyggelsesudvalget den 30. maj 2012 Punkt 7"
    assert [s.type for s in item.sections].count("beslutning") == 1


def test_ballerup_decisions(ballerup: Meeting) -> None:
    decisions = [_decision(i) for i in ballerup.items]
    assert decisions[0].startswith("Taget til efterretning")
    assert decisions[1].startswith("Indstillingen godkendt")
    assert decisions[2].startswith("Indstilles til godkendelse")
    assert decisions[6].startswith("Indstillingen godkendt\nmed denne bemærkning:")


def test_ballerup_running_header_removed(ballerup: Meeting) -> None:
    for text in _texts(ballerup):
        assert "Dato: 04.12.2012" not in text
        assert "Åbent referat" not in text
        assert not any(line.startswith("Side ") for line in text.splitlines())


def test_ballerup_items_one_pdf_each(corpus: Path, ballerup: Meeting) -> None:
    whole = {i.number: i for i in ballerup.items}
    for path in sorted((corpus / "ballerup" / "items").glob("*.PDF")):
        items = _meeting(path).items
        assert len(items) == 1, path.name
        item = items[0]
        assert item.page == 1
        assert item.title == whole[item.number].title
        assert item.case_number == whole[item.number].case_number
        assert [s.type for s in item.sections] == [s.type for s in whole[item.number].sections]


# --- Syddjurs (Acadre) --------------------------------------------------------------


def test_syddjurs(syddjurs: Meeting) -> None:
    assert syddjurs.kommune == "Syddjurs"
    assert syddjurs.udvalg == "Udvalget for plan, udvikling og kultur (PUK)"
    assert syddjurs.date == dt.date(2013, 6, 20)
    assert syddjurs.kind == "referat"
    [item] = syddjurs.items
    assert (item.number, item.title) == ("715", "Kulturkommune 2017. Politiske fokusområder")
    assert (item.case_number, item.page) == ("12/27845", 3)
    assert [s.type for s in item.sections] == [
        "sagsforloeb", "resume", "other", "sagsfremstilling", "okonomi", "indstilling",
        "beslutning", "sagsfremstilling", "beslutning", "beslutning", "bilag", "other",
    ]
    assert item.sections[0].heading == "Sagen afgøres i:"
    assert item.sections[0].text == "Udvalget for plan, udvikling og kultur (PUK)"


def test_syddjurs_decisions_keep_their_dates(syddjurs: Meeting) -> None:
    decisions = [s for s in syddjurs.items[0].sections if s.type == "beslutning"]
    assert [s.date for s in decisions] == [
        dt.date(2013, 4, 10), dt.date(2013, 4, 24), dt.date(2013, 6, 20),
    ]
    assert [s.page for s in decisions] == [3, 4, 4]
    assert decisions[0].text.startswith("Der indkaldes til et ekstraordinært møde")
    assert decisions[1].text.startswith("Punktet genoptages.")
    assert decisions[2].text.startswith("Punktet blev drøftet.")


def test_syddjurs_bullets_and_footer(syddjurs: Meeting) -> None:
    texts = _texts(syddjurs)
    assert not any("\uf0b7" in text for text in texts)
    assert "• Hvad vil du gerne have opnået i 2017?" in syddjurs.items[0].sections[3].text
    assert not any(" of 5" in text or "Referat For" in text for text in texts)


# --- extraction ---------------------------------------------------------------------


def test_extraction_is_json_and_parses_the_same(corpus: Path) -> None:
    data = (corpus / SYDDJURS).read_bytes()
    pages = extract_pages(data)
    cached = json.loads(json.dumps(pages))
    assert len(pages) == 5
    assert {"text", "size", "bold", "top"} <= set(pages[2][0])
    assert parse_pages(cached, "s.pdf") == read(data, "s.pdf")


def test_ligatures_are_normalised(corpus: Path) -> None:
    pages = extract_pages((corpus / "aarhus" / "bilag" / "document.pdf").read_bytes())
    text = "\n".join(line["text"] for page in pages for line in page)
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)
    assert "fi" in text or "fl" in text


# --- files that are not minutes -----------------------------------------------------


# Long attachments (13 to 108 pages) are left out to keep the run short; at about ten
# pages a second they add half a minute and exercise nothing the others do not.
LONG_ATTACHMENTS = {
    "Det nære sundhedsvæsen - KL.pdf",
    "Kvalitetsstandarder for stof- og alkoholbehandling 2013.pdf",
    "Politik for Kultur og Fritid - Lokalt engagement, Godkendt af byrådet 300409.pdf",
}


def test_attachments_and_negatives_are_not_minutes(corpus: Path) -> None:
    paths = [
        *sorted(corpus.glob("*/bilag/*.pdf")),
        *sorted((corpus / "negatives").glob("*.pdf")),
    ]
    assert len(paths) > 10
    for path in paths:
        if path.name in LONG_ATTACHMENTS or path.name == Path(SCANNED).name:
            continue
        result = _result(path)
        assert result.status == "not_minutes", path
        # the generic reader says why it found no agenda: none, or not a kommune's
        assert result.reason.startswith(("no agenda items found", "not municipal minutes")), path


def test_scanned_attachment_has_no_text_layer(corpus: Path) -> None:
    result = _result(corpus / SCANNED)
    assert (result.status, result.reason) == ("no_text_layer", "no text layer (scanned?)")


def test_broken_pdfs_are_read_errors(corpus: Path) -> None:
    data = (corpus / SYDDJURS).read_bytes()
    for broken, reason in ((data[: len(data) // 2], "corrupt PDF"),
                           (b"not a pdf", "not a PDF (no %PDF- header)"),
                           (b"", "empty file (0 bytes)")):
        result = parse_bytes(broken, "broken.pdf")
        assert result.status == "error"
        assert result.reason and result.reason.startswith(reason)
        assert "\n" not in result.reason


PAGE_OBJECTS = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
]


def test_encrypted_pdf() -> None:
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"11" * 32, b"22" * 32)
    trailer = b"/Encrypt 4 0 R /ID [<%s> <%s>] " % ((b"33" * 16,) * 2)
    data = assemble_pdf([*PAGE_OBJECTS, encrypt], trailer)
    with pytest.raises(ReadError, match="^encrypted PDF$"):
        read(data, "locked.pdf")


def test_pdf_without_text_is_no_text_layer() -> None:
    result = parse_bytes(assemble_pdf(PAGE_OBJECTS, b""), "blank.pdf")
    assert (result.status, result.reason) == ("no_text_layer", "no text layer (scanned?)")
