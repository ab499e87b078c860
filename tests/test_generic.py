"""The layout-free reader (readers.generic) and the one HTML path (readers.markup, page).

Small invented minutes pin each rule; the corpus's own minutes, read with the known
families' rules switched off, check it on real documents.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from referat.index.layout import Line
from referat.index.model import NotMinutes, result_from_dict
from referat.index.readers import parse_bytes, parse_file
from referat.index.readers.generic import parse_lines, split_run_in
from referat.index.readers.markup import html_lines, parse_html
from referat.index.readers.text import text_lines
from referat.search.cli import cli


def _read(text: str, suffix: str = ".txt"):
    result = parse_bytes(text.encode(), f"invented{suffix}")
    assert result.ok, result.reason
    return result


def _generic(text: str):
    return parse_lines(text_lines(text), "invented.txt")


MINUTES = """Referat
Kommunalbestyrelsens møde den 12. marts 2024
Mødested: Rådhuset, mødelokale 3
Deltagere: Anne Hansen, Bo Jensen og Carl Olsen
Afbud: Dorte Berg

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Vejplan for bymidten
Sagsfremstilling
Forvaltningen har udarbejdet en vejplan.
Indstilling
Forvaltningen indstiller,
1. at planen godkendes
2. at sagen sendes i høring
Beslutning
Kommunalbestyrelsens møde 12.03.2024, punkt 2: Godkendt.

3. Lukket punkt: Køb af ejendom
Beslutning
Godkendt.
Mødet slut kl. 18.30
"""


def test_items_without_case_numbers() -> None:
    result = _read(MINUTES)
    m = result.meeting
    assert result.layout == "generic" and result.reader == "text"
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        ("1", "Godkendelse af dagsorden", False),
        ("2", "Vejplan for bymidten", False),
        ("3", "Køb af ejendom", True),
    ]
    # the numbered "at ..." list and the marker inside the decision start no item
    assert [s.type for s in m.items[1].sections] == [
        "sagsfremstilling", "indstilling", "beslutning"]
    assert m.items[1].sections[-1].text.endswith("punkt 2: Godkendt.")


def test_meeting_fields_from_labels() -> None:
    m = _read(MINUTES).meeting
    assert m.udvalg == "Kommunalbestyrelsen"  # as the body calls itself, not the genitive
    assert m.date == dt.date(2024, 3, 12)
    assert m.place == "Rådhuset, mødelokale 3"  # not "slut kl. 18.30"
    assert m.participants == ["Anne Hansen", "Bo Jensen", "Carl Olsen"]
    assert m.kind == "referat"


def test_repeated_punkt_marker_does_not_split_an_item() -> None:
    text = ("Referat\nØkonomiudvalget\n\nPunkt 1: Budget\nSagsfremstilling\nTekst.\n"
            "Beslutning\nPunkt 1: Godkendt.\n\nPunkt 2: Skoler\nSagsfremstilling\nTekst.\n"
            "Beslutning\nØkonomiudvalget den 1.2.2024 Punkt 2: Anbefales.\n")
    m = _read(text).meeting
    assert [(i.number, i.title) for i in m.items] == [("1", "Budget"), ("2", "Skoler")]
    assert m.items[0].sections[-1].text == "Punkt 1: Godkendt."


def test_run_in_headings_are_split() -> None:
    lines = split_run_in([Line("Sagsfremstilling: Sagen handler om veje."),
                          Line("Bilag 1: Notat om veje")])
    assert [(line.text, line.bold) for line in lines] == [
        ("Sagsfremstilling:", True), ("Sagen handler om veje.", False),
        ("Bilag 1: Notat om veje", False)]
    m = _generic("Dagsorden\nSocialudvalget\n\n1) Ældreplan\nSagsfremstilling: Planen.\n"
                 "Indstilling: At planen godkendes.\n\n2) Budget\nResumé: Et overblik.\n")
    assert [(s.heading, s.type, s.text) for s in m.items[0].sections] == [
        ("Sagsfremstilling", "sagsfremstilling", "Planen."),
        ("Indstilling", "indstilling", "At planen godkendes.")]
    assert m.kind == "dagsorden"


def test_number_after_the_title_and_case_labels() -> None:
    m = _generic("Referat\nTeknisk Udvalg\n\nVejplan (punkt 14)\nJ.nr.: 24/1234\n"
                 "Sagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n\n"
                 "Skolebyggeri (punkt 15)\nJ.nr.: 24/99\nSagsfremstilling\nTekst.\n")
    assert [(i.number, i.title, i.case_number) for i in m.items] == [
        ("14", "Vejplan", "24/1234"), ("15", "Skolebyggeri", "24/99")]


def test_table_of_contents_confirms_items() -> None:
    text = ("Referat\nByrådet\nIndholdsfortegnelse\n1. Budget.........3\n2. Skoler.........4\n"
            "\n1. Budget\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n"
            "\n2. Skoler\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n")
    result = _read(text)
    assert [i.title for i in result.meeting.items] == ["Budget", "Skoler"]
    assert "toc 2/2" in result.checks and result.confidence == 1.0


def test_a_referat_without_decisions_is_low_confidence() -> None:
    text = ("Referat\nByrådet\n\n1. Budget\nSagsfremstilling\nTekst.\n"
            "\n2. Skoler\nSagsfremstilling\nTekst.\n")
    result = _read(text)
    assert result.low_confidence and "decisions 0/2" in result.checks
    again = result_from_dict(result.to_dict())  # the parse cache keeps it
    assert (again.reader, again.layout, again.confidence, again.checks) == (
        result.reader, result.layout, result.confidence, result.checks)


@pytest.mark.parametrize("text", [
    "Referat af generalforsamling\nForeningen\n1. Valg af dirigent\nBeslutning\nValgt.\n"
    "2. Beretning\nBeslutning\nGodkendt.\n",
    # a report's numbered chapters: no "Referat"/"Dagsorden" and no case numbers
    "Notat om veje\n1. Indledning\nBaggrund\nTekst.\n2. Analyse\nBaggrund\nTekst.\n",
    # a numbered list is no agenda
    "Referat\n1. Æbler\n2. Pærer\n3. Blommer\n",
])
def test_non_minutes_are_rejected(text: str) -> None:
    with pytest.raises(NotMinutes):
        _generic(text)


# --- HTML from other systems -----------------------------------------------------------

TABLE_PAGE = """<html><body><nav><a>Forside</a></nav><h1>Referat – Børneudvalget</h1>
<table><tr><th>Dato</th><td>3. april 2024</td></tr><tr><th>Sted</th><td>Rådhuset</td></tr></table>
<table><tr><td>1</td><td><b>Skolestruktur</b></td></tr>
<tr><td></td><td><p><strong>Sagsnr.</strong> 24/555</p><p><strong>Sagsfremstilling</strong></p>
<p>Tekst om skoler.</p><p><strong>Beslutning</strong></p><p>Godkendt.</p></td></tr>
<tr><td>2</td><td><b>Dagtilbud</b></td></tr>
<tr><td></td><td><p><strong>Sagsfremstilling</strong></p><p>Tekst om dagtilbud.</p>
<p><strong>Beslutning</strong></p><p>Taget til efterretning.</p></td></tr></table></body></html>"""

DL_PAGE = """<html><body><h1>Dagsorden for Miljøudvalget</h1>
<h2>1. Klimaplan</h2><dl><dt>Journalnummer</dt><dd>25/100</dd></dl>
<h3>Sagsfremstilling</h3><p>Planen beskrives.</p><h3>Indstilling</h3><p>At planen vedtages.</p>
<h2>2. Naturpleje</h2><dl><dt>Journalnummer</dt><dd>25/101</dd></dl>
<h3>Sagsfremstilling</h3><p>Plejen beskrives.</p></body></html>"""


def test_html_table_layout() -> None:
    result = _read(TABLE_PAGE, ".html")
    m = result.meeting
    assert result.reader == "page" and result.layout == "generic"
    assert [(i.number, i.title, i.case_number) for i in m.items] == [
        ("1", "Skolestruktur", "24/555"), ("2", "Dagtilbud", None)]
    assert [s.type for s in m.items[0].sections] == ["sagsfremstilling", "beslutning"]
    assert (m.udvalg, m.date, m.place) == ("Børneudvalget", dt.date(2024, 4, 3), "Rådhuset")


def test_html_headings_without_classes_and_definition_lists() -> None:
    m = _read(DL_PAGE, ".html").meeting
    assert [(i.number, i.title, i.case_number) for i in m.items] == [
        ("1", "Klimaplan", "25/100"), ("2", "Naturpleje", "25/101")]
    assert [s.type for s in m.items[0].sections] == ["sagsfremstilling", "indstilling"]
    assert m.kind == "dagsorden"


def test_html_lines_model() -> None:
    root = parse_html(b"<h2>Titel</h2><p><b>Fed</b> tekst</p><ol start='4'><li>Punkt</li></ol>"
                      b"<table><tr><th>A</th><td>B</td></tr></table>")
    assert [(line.text, line.level, line.bold) for line in html_lines(root)] == [
        ("Titel", 2, False), ("Fed tekst", 0, False), ("4. Punkt", 0, False),
        ("A\tB", 0, False)]


def test_broken_markup_is_repaired() -> None:
    m = _read(DL_PAGE.replace("</dd>", "").replace("</h3>", "</h4>"), ".html").meeting
    assert [i.title for i in m.items] == ["Klimaplan", "Naturpleje"]


# --- the corpus, with the known families' rules switched off ------------------------------


@pytest.mark.parametrize("rel", [
    "albertslund/referat-digitalisering-og-beredskab-2026-02-23.txt",
    "syddjurs/Ekstraordinært PUK.pdf",
    "aarhus/teknisk-udvalg-referat-2025-10-01.html",
    "aarhus/byraad-dagsorden-2025-10-08.html",
])
def test_generic_reader_on_the_corpus(corpus: Path, rel: str) -> None:
    known = parse_file(corpus / rel)
    generic = parse_file(corpus / rel, known_layouts=False)
    assert generic.ok and generic.layout == "generic", generic.reason
    assert known.layout != "generic"
    pairs = [(i.number, i.title, i.case_number) for i in known.meeting.items]
    assert [(i.number, i.title, i.case_number) for i in generic.meeting.items] == pairs
    decided = [any(s.type == "beslutning" for s in i.sections) for i in known.meeting.items]
    assert [any(s.type == "beslutning" for s in i.sections)
            for i in generic.meeting.items] == decided


def test_malformed_xml_is_recovered(corpus: Path, tmp_path: Path) -> None:
    data = (corpus / "sbsys" / "ballerup-it-udvalget-2013-05-15.xml").read_bytes()
    broken = data.replace(b"</Caption>", b" & co</Caption>", 1)
    path = tmp_path / "broken.xml"
    path.write_bytes(broken)
    result = parse_file(path)
    assert result.ok, result.reason
    assert len(result.meeting.items) == len(parse_file(corpus / "sbsys" /
                                                       "ballerup-it-udvalget-2013-05-15.xml"
                                                       ).meeting.items)


# --- the command line ---------------------------------------------------------------------


def test_parse_shows_reader_and_confidence(tmp_path: Path) -> None:
    path = tmp_path / "byraad.txt"
    path.write_text("Referat\nByrådet\n\n1. Budget\nSagsfremstilling\nTekst.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    assert "Read by text (generic), confidence 0.50 (low: check it): decisions 0/1" in (
        result.output)


def test_parse_generic_switches_the_family_rules_off(corpus: Path) -> None:
    path = corpus / "albertslund" / "referat-digitalisering-og-beredskab-2026-02-23.txt"
    known = CliRunner().invoke(cli, ["parse", str(path)])
    generic = CliRunner().invoke(cli, ["parse", str(path), "--generic"])
    assert "Read by text (first-agenda)" in known.output
    assert "Read by text (generic)" in generic.output


def test_index_lists_low_confidence_files(tmp_path: Path) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "low.txt").write_text("Referat\nByrådet\n\n1. Budget\nSagsfremstilling\nTekst.\n",
                                    encoding="utf-8")
    (folder / "good.txt").write_text(MINUTES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["index", str(folder), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("low confidence")]
    assert len(lines) == 1 and lines[0].endswith("low.txt")
    assert "(generic: decisions 0/1" in lines[0]


def test_items_without_numbers_under_html_headings() -> None:
    page = ("<html><body><h1>Referat</h1><p>Plan- og Miljøudvalget</p>"
            "<h2>Cykelsti langs Strandvejen</h2><p>Sagsnummer: 25/310</p>"
            "<h3>Sagsfremstilling</h3><p>Stien beskrives.</p><h3>Beslutning</h3><p>Godkendt.</p>"
            "<h2>Ny skov ved Tune</h2><h3>Sagsfremstilling</h3><p>Skoven beskrives.</p>"
            "<h3>Beslutning</h3><p>Udsat.</p></body></html>")
    m = _read(page, ".html").meeting
    assert [(i.number, i.title, i.case_number) for i in m.items] == [
        ("", "Cykelsti langs Strandvejen", "25/310"), ("", "Ny skov ved Tune", None)]
    assert [s.type for s in m.items[1].sections] == ["sagsfremstilling", "beslutning"]


def test_sag_numbering_and_a_case_number_beside_the_title() -> None:
    m = _generic("Referat\nByrådet\n\nSag 7: Havneplan\tSagsnr. 24/88\nSagsfremstilling\n"
                 "Tekst.\nBeslutning\nGodkendt.\n\nSag 8: Skolereform\tSagsnr. 24/89\n"
                 "Sagsfremstilling\nSag nr. 24/1234 er omtalt.\nBeslutning\nGodkendt.\n")
    assert [(i.number, i.title, i.case_number) for i in m.items] == [
        ("7", "Havneplan", "24/88"), ("8", "Skolereform", "24/89")]


def test_a_known_family_reading_without_titles_gives_way() -> None:
    # "N." on a line of its own, a blank line, the title and a case label: the eDoc rules
    # read empty titles; the generic reader takes the title below the number
    text = ("Referat\nSocialudvalget\n\n1.\n\nÆldreplan\nSagsnr.: 24/1\nSagsfremstilling\n"
            "Tekst.\nBeslutning\nGodkendt.\n\n2.\n\nBudget\nSagsnr.: 24/2\nSagsfremstilling\n"
            "Tekst.\nBeslutning\nGodkendt.\n")
    result = _read(text)
    assert result.layout == "generic"
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        ("1", "Ældreplan", "24/1"), ("2", "Budget", "24/2")]


def test_text_without_headings_set_apart_or_numbers_is_not_minutes() -> None:
    with pytest.raises(NotMinutes):
        _generic("Referat\nByrådet\nIngen punkter.\n")


def test_table_of_contents_recovers_an_item_printed_without_its_number() -> None:
    text = ("Referat\nByrådet\nIndholdsfortegnelse\n1. Budget.........3\n2. Skoler.........4\n"
            "3. Eventuelt.........5\n\n1. Budget\nSagsfremstilling\nTekst.\nBeslutning\n"
            "Godkendt.\n\n2. Skoler\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n"
            "\nEventuelt\nBeslutning\nIntet.\n")
    m = _generic(text)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Budget"), ("2", "Skoler"), ("3", "Eventuelt")]
    assert [s.text for s in m.items[2].sections] == ["Intet."]


def test_place_after_the_time_line_not_after_a_closing_line() -> None:
    m = _generic("Referat\nBørneudvalget\ntirsdag den 4. marts 2025, kl. 16:00\ni Byrådssalen\n"
                 "\n1. Budget\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n"
                 "\n2. Skoler\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n")
    assert (m.place, m.date, m.udvalg) == ("Byrådssalen", dt.date(2025, 3, 4), "Børneudvalget")
    closing = _generic("Referat\nBørneudvalget\nMødet slut kl. 18.00\nRådhuset\n"
                       "\n1. Budget\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n")
    assert closing.place is None


# --- numbering other than digits, attachment lists (issue 18, tune3 layouts) ------------

ROMAN = """Referat
Økonomiudvalget, 12. marts 2024

I. Budgetopfølgning for første kvartal
RESUMÉ
Forvaltningen fremlægger budgetopfølgningen.
BESLUTNING
Godkendt.

II. Vejplan for bymidten
SAGSFREMSTILLING
Forvaltningen har udarbejdet en vejplan.
BESLUTNING
Taget til efterretning.

III. Lokalplan for havnen
SAGSFREMSTILLING
Planen er i høring.
BESLUTNING
Anbefalet.
"""


def test_roman_numerals_number_items_and_stay_as_printed() -> None:
    meeting = _generic(ROMAN)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("I", "Budgetopfølgning for første kvartal"), ("II", "Vejplan for bymidten"),
        ("III", "Lokalplan for havnen")]
    assert [s.type for s in meeting.items[1].sections] == ["sagsfremstilling", "beslutning"]


def test_letters_and_paragraph_signs_number_items() -> None:
    lettered = ROMAN.replace("III. ", "C) ").replace("II. ", "B) ").replace("I. ", "A) ")
    assert [i.number for i in _generic(lettered).items] == ["A", "B", "C"]
    para = ROMAN.replace("III. ", "§ 14. ").replace("II. ", "§ 13. ").replace("I. ", "§ 12. ")
    meeting = _generic(para)
    assert [(i.number, i.title[:8]) for i in meeting.items] == [
        ("12", "Budgetop"), ("13", "Vejplan "), ("14", "Lokalpla")]


def test_a_roman_looking_word_is_no_numeral() -> None:
    # "IIV" is not a numeral written the usual way: no item
    text = ROMAN.replace("II. Vejplan", "IIV. Vejplan")
    assert [i.number for i in _generic(text).items] == ["I", "III"]


ATTACHMENTS = """Referat
Teknik- og Miljøudvalget, 12. marts 2024

Sag nr. 4 Vejplan for bymidten
Sagsnr.: 24-001234
Sagsfremstilling
Forvaltningen har udarbejdet en vejplan.
Beslutning
Godkendt.
Bilag
1. Oversigtskort.pdf
2. Notat om høringssvar (offentlig).pdf

Sag nr. 5 Lokalplan for havnen
Sagsnr.: 24-001235
Sagsfremstilling
Planen er i høring.
Beslutning
Anbefalet.
Bilag
1. Kort over havnen
2. Budgetskema 2024.xlsx
3. Høringsnotat.docx
"""


def test_sag_nr_items_and_attachment_lists_are_no_items() -> None:
    meeting = _generic(ATTACHMENTS)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        ("4", "Vejplan for bymidten", "24-001234"), ("5", "Lokalplan for havnen", "24-001235")]
    assert meeting.items[1].sections[-1].type == "bilag"


def test_sag_nr_before_a_case_number_opens_no_item() -> None:
    # "Sag nr. 24/1234" is a case number, "Sag nr. 4 title" an item
    text = ATTACHMENTS.replace("Sagsnr.: 24-001234", "Sag nr. 24/1234")
    meeting = _generic(text)
    assert [i.number for i in meeting.items] == ["4", "5"]
    assert meeting.items[0].case_number == "24/1234"


AD_DEFINITE = """Referat
Økonomiudvalget, 12. marts 2024

Ad 3. Vejplan for bymidten
Sagsnr.: 24-001234
Sagsfremstillingen
Forvaltningen har udarbejdet en vejplan
Indstillingen
Forvaltningen indstiller, at planen godkendes.
Beslutningen
Godkendt.

Ad pkt. 4 – Lokalplan for havnen
Sagsnr.: 24-001235
Resuméet
Planen er i høring
Beslutningen
Administrationens indstilling godkendes.

Ad 5. Budgetopfølgning
Sagsnr.: 24-001236
Protokollen
Taget til efterretning.
"""


def test_ad_numbering_and_headings_with_the_definite_article() -> None:
    meeting = _generic(AD_DEFINITE)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        ("3", "Vejplan for bymidten", "24-001234"), ("4", "Lokalplan for havnen", "24-001235"),
        ("5", "Budgetopfølgning", "24-001236")]
    assert [[s.type for s in i.sections] for i in meeting.items] == [
        ["sagsfremstilling", "indstilling", "beslutning"], ["resume", "beslutning"],
        ["beslutning"]]


def test_the_definite_article_is_looked_up_in_the_one_table() -> None:
    from referat.index.sections import heading_phrase, section_type

    assert [section_type(h) for h in ("Indstillingen", "Beslutningen:", "Resuméet",
                                       "Sagsfremstillingen", "Protokollen", "Bilagene")] == [
        "indstilling", "beslutning", "resume", "sagsfremstilling", "beslutning", "bilag"]
    assert heading_phrase("Indstillingen") and not heading_phrase("Bilag 1: Notat")
    # a title of more words is not taken as a heading because a word is inflected
    assert section_type("Orientering om indstillingen") is None
    assert section_type("Mødet") is None


LABEL_VALUE = """<html><body><h1>Referat Teknik- og Miljøudvalget</h1>
<p>Mødedato: 12. marts 2024</p>
<table><tr><td>Punkt</td><td>7</td></tr>
<tr><td>Emne</td><td>Vejplan for bymidten</td></tr>
<tr><td>Sagsnr.</td><td>24-001234</td></tr>
<tr><td>Indstillingen</td><td>Forvaltningen indstiller, at planen godkendes.</td></tr>
<tr><td>Beslutning</td><td>Godkendt.</td></tr></table>
<table><tr><td>Punkt</td><td>8</td></tr>
<tr><td>Emne</td><td>Lokalplan for havnen</td></tr>
<tr><td>Sagsnr.</td><td>24-001235</td></tr>
<tr><td>Sagsfremstilling</td><td>Planen er i høring.</td></tr>
<tr><td>Beslutning</td><td>Anbefalet.</td></tr></table>
</body></html>"""


def test_items_from_label_value_rows() -> None:
    meeting = _read(LABEL_VALUE, ".html").meeting
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        ("7", "Vejplan for bymidten", "24-001234"), ("8", "Lokalplan for havnen", "24-001235")]
    assert [(s.type, s.text) for s in meeting.items[0].sections] == [
        ("indstilling", "Forvaltningen indstiller, at planen godkendes."),
        ("beslutning", "Godkendt.")]
    # the same rows as plain text ("Label:   value")
    text = "\n".join(["Referat Teknik- og Miljøudvalget", "",
                      "Dagsordenspunkt:  7", "Overskrift:       Vejplan for bymidten",
                      "Journalnr.:       24-001234", "Beslutningen:     Godkendt.", "",
                      "Dagsordenspunkt:  8", "Overskrift:       Lokalplan for havnen",
                      "Journalnr.:       24-001235", "Beslutningen:     Anbefalet.", ""])
    meeting = _generic(text)
    assert [(i.number, i.title, i.case_number, [s.type for s in i.sections])
            for i in meeting.items] == [
        ("7", "Vejplan for bymidten", "24-001234", ["beslutning"]),
        ("8", "Lokalplan for havnen", "24-001235", ["beslutning"])]


CAPITALS = """Referat
Kultur- og Fritidsudvalget, 12. marts 2024

GODKENDELSE AF DAGSORDEN
Beslutning
Godkendt.

TILSKUD TIL FORENINGERNES HALLEJE
Indstillingen
Forvaltningen indstiller, at tilskuddet forhøjes.
Beslutning
Anbefalet.
"""


def test_unnumbered_titles_in_capitals_in_plain_text() -> None:
    meeting = _generic(CAPITALS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("", "GODKENDELSE AF DAGSORDEN"), ("", "TILSKUD TIL FORENINGERNES HALLEJE")]
    assert [s.type for s in meeting.items[1].sections] == ["indstilling", "beslutning"]


# --- conventions of other publishing systems (issue 18, tune6 and stress layouts) -------

HISTORY = """Referat
Byrådet, 12. marts 2024
Tirsdag den 12. marts 2024 kl. 17.00
Mødelokale 2

Åbent punkt
2.1 Salg af grund på Havnevej
Sags-id: 24-001234

Byrådet, 12-03-2024, pkt. 7
Godkendt.

Økonomiudvalget, 05-03-2024, pkt. 22
Anbefales over for Byrådet.

Sagens indhold
Kommunen har modtaget et bud på grunden.

Forslag
Administrationen indstiller, at buddet accepteres.

Lukket punkt
2.2 Køb af ejendom
Sags-id: 24-005678

Åbent punkt
02.3 Lokalplan for bymidten
Sags-id: 24-009999

Beslutning Byrådet 12-03-2024
Vedtaget.
"""


def test_group_numbers_status_lines_and_decision_history() -> None:
    meeting = _generic(HISTORY)
    assert [(i.number, i.title, i.case_number, i.closed) for i in meeting.items] == [
        ("2.1", "Salg af grund på Havnevej", "24-001234", False),
        ("2.2", "Køb af ejendom", "24-005678", True),
        ("2.3", "Lokalplan for bymidten", "24-009999", False)]
    first = meeting.items[0]
    assert [(s.heading, s.type) for s in first.sections] == [
        ("Byrådet, 12-03-2024, pkt. 7", "beslutning"),
        ("Økonomiudvalget, 05-03-2024, pkt. 22", "beslutning"),
        ("Sagens indhold", "sagsfremstilling"), ("Forslag", "indstilling")]
    assert "Lukket punkt" not in first.sections[-1].text  # the next item's status line
    assert [s.type for s in meeting.items[2].sections] == ["beslutning"]
    assert meeting.place == "Mødelokale 2"


def test_zero_padded_numbers_and_a_number_column_in_plain_text() -> None:
    text = HISTORY.replace("2.1 Salg", "01    Salg").replace("2.2 Køb", "02    Køb") \
        .replace("02.3 Lokalplan", "03    Lokalplan")
    assert [i.number for i in _generic(text).items] == ["01", "02", "03"]


def test_roman_numerals_and_letters_in_any_numbering_pattern() -> None:
    text = HISTORY.replace("2.1 Salg", "Pkt. A - Salg").replace("2.2 Køb", "Pkt. B - Køb") \
        .replace("02.3 Lokalplan", "Pkt. C - Lokalplan")
    assert [i.number for i in _generic(text).items] == ["A", "B", "C"]
    column = Line("I\tSalg af grund på Havnevej", bold=True)
    assert parse_lines([Line("Referat"), column, Line("Beslutning", bold=True),
                        Line("Godkendt."), Line("II\tKøb af ejendom", bold=True),
                        Line("Beslutning", bold=True), Line("Udsat.")],
                       "invented.pdf").items[1].number == "II"


def test_html_headings_by_css_class_and_underline() -> None:
    page = """<html><body><h1>Teknisk Udvalg - Referat</h1><p>Dato: 12. marts 2024</p>
    <article><h2>1. Cykelsti langs Strandvejen</h2>
    <div class="felt-overskrift">Baggrund</div><p>Stien er slidt</p>
    <p><u>Udvalgets beslutning</u></p><p>Godkendt.</p></article>
    <article><h2>2. Vintertjeneste</h2>
    <div class="felt-overskrift">Baggrund</div><p>Planen er revideret</p>
    <p><u>Udvalgets beslutning</u></p><p>Taget til efterretning.</p></article>
    </body></html>"""
    meeting = _read(page, ".html").meeting
    assert meeting.udvalg == "Teknisk Udvalg"
    assert [[(s.heading, s.type) for s in i.sections] for i in meeting.items] == [
        [("Baggrund", "sagsfremstilling"), ("Udvalgets beslutning", "beslutning")]] * 2


def test_heading_words_type_short_headings() -> None:
    from referat.index.sections import section_type

    assert section_type("Teknisk Udvalgs beslutning 4. marts 2025 pkt. 7") == "beslutning"
    assert section_type("Beslutning Økonomiudvalget 10-03-2025") == "beslutning"
    assert section_type("Direktørens forslag") == "indstilling"
    assert section_type("Økonomiudvalget 10. marts 2025 pkt. 4") == "beslutning"
    # a body and a whole date: a decision history's entry (a document's header line of
    # that shape stands before the items, where no section is read)
    assert section_type("Økonomiudvalget, 12. marts 2024") == "beslutning"
    assert section_type("Kommunalbestyrelsen, 05.03.2024") == "beslutning"
    # a body with a year only, a title that mentions a decision: no headings
    assert section_type("Økonomiudvalget 2024") is None
    assert section_type("Byrådets beslutning om salg af grunden") is None


def test_a_known_family_reading_that_leaves_run_in_headings_gives_way() -> None:
    text = """Referat
Økonomiudvalget
Mødedato: 12. marts 2024

Punkt 1: Salg af grund på Havnevej
Sagsfremstilling: Kommunen har modtaget et bud på grunden.
Beslutning: Godkendt.

Punkt 2: Køb af ejendom
Sagsfremstilling: Ejendommen er til salg.
Beslutning: Udsat.
"""
    result = _read(text)
    assert result.layout == "generic"
    assert [[s.type for s in i.sections] for i in result.meeting.items] == [
        ["sagsfremstilling", "beslutning"]] * 2


def test_status_beside_or_in_the_title_and_a_case_label_with_more_on_its_line() -> None:
    text = HISTORY.replace("Åbent punkt\n", "").replace("Lukket punkt\n", "") \
        .replace("Havnevej\n", "Havnevej (Åben)\n") \
        .replace("2.2 Køb af ejendom", "2.2 Køb af ejendom - Lukket punkt") \
        .replace("Sags-id: 24-001234", "Sags-id: 24-001234 Dok.nr.: 7781")
    meeting = _generic(text)
    assert [(i.title, i.case_number, i.closed) for i in meeting.items][:2] == [
        ("Salg af grund på Havnevej", "24-001234", False), ("Køb af ejendom", "24-005678", True)]


def test_run_in_headings_typed_by_pattern_or_words_are_split() -> None:
    text = """Referat
Byrådet
Mødedato: 12. marts 2024

1. Salg af grund på Havnevej
Sagsnr.: 24/1234
Sagsfremstilling: Kommunen har modtaget et bud.
Beslutning i Økonomiudvalget den 05-03-2024: Anbefales.
Byrådets beslutning 12. marts 2024: Godkendt.
Bilag 1: Kort over grunden

2. Køb af ejendom
Sagsnr.: 24/5678
Sagsfremstilling: Ejendommen er til salg.
Byrådets beslutning 12. marts 2024: Udsat.
"""
    first = _generic(text).items[0]
    assert [(s.heading, s.type, s.text) for s in first.sections] == [
        ("Sagsfremstilling", "sagsfremstilling", "Kommunen har modtaget et bud."),
        ("Beslutning i Økonomiudvalget den 05-03-2024", "beslutning", "Anbefales."),
        ("Byrådets beslutning 12. marts 2024", "beslutning", "Godkendt."),
        ("Bilag 1: Kort over grunden", "bilag", "")]


def test_an_agenda_printed_as_a_list_of_titles() -> None:
    agenda = """Dagsorden
Teknisk Udvalg
Mødedato: 12. marts 2024

1. Godkendelse af dagsorden
2. Cykelsti langs Strandvejen
3. Vintertjeneste 2024-2025
4. Eventuelt
"""
    meeting = _generic(agenda)
    assert [i.title for i in meeting.items][1:3] == ["Cykelsti langs Strandvejen",
                                                    "Vintertjeneste 2024-2025"]
    assert meeting.kind == "dagsorden"
    # a numbered list of sentences, or a list without "Dagsorden", is no agenda
    with pytest.raises(NotMinutes):
        _generic(agenda.replace("Dagsorden\n", "Notat\n"))
    with pytest.raises(NotMinutes):
        _generic(agenda.replace("Strandvejen", "Strandvejen er anlagt."))


def test_unnumbered_titles_after_status_lines_in_plain_text() -> None:
    text = """Referat
Økonomiudvalget
Mødedato: 12. marts 2024

Åbent punkt
Borgmesteren orienterer
Indstilling
Administrationen indstiller, at orienteringen tages til efterretning.
Beslutning
Taget til efterretning.

Side 2
Åbent punkt
Salg af grund på Havnevej
Sagsfremstilling
Kommunen har modtaget et bud.
Beslutning
Godkendt.
"""
    meeting = _generic(text)
    assert [i.title for i in meeting.items] == ["Borgmesteren orienterer",
                                                "Salg af grund på Havnevej"]


def test_running_header_and_footer_of_a_text_export_are_left_out() -> None:
    page = """Økonomiudvalget - Referat - 12. marts 2024
Sag 3.{n}: Salg af grund nr. {n}
Sagsnr.: 24/100{n}
Sagsfremstilling
Kommunen har modtaget et bud.
Beslutning
Godkendt.
Side {n} af 3
"""
    text = "\f".join(page.format(n=n) for n in (1, 2, 3)).replace(
        "2024\n", "2024\nReferat\nØkonomiudvalget\n", 1)
    lines = [line.text for line in text_lines(text)]
    assert not any(x.startswith(("Side ", "Økonomiudvalget - Referat")) for x in lines)
    meeting = _generic(text)
    assert [(i.number, i.case_number) for i in meeting.items] == [
        ("3.1", "24/1001"), ("3.2", "24/1002"), ("3.3", "24/1003")]
    assert meeting.items[0].sections[-1].text == "Godkendt."


ACADRE = """Referat
Teknik- og Miljøudvalget

Mødedato: 04-06-2024
Mødested: Mødelokale 4

1. Ny belysning på stisystemet
Åbent punkt
Sagsnr.: 24-003311    Dok.nr.: 24/9912    Sagsbehandler: Lis Ravn

Sagsfremstilling
Stierne i den vestlige bydel har gammel belysning,
at der skiftes til LED

Beslutning i Teknik- og Miljøudvalget den 04-06-2024
Godkendt.

Bilag
Bilag 1: Oversigtskort
Bilag 2: Tilbud fra leverandør

2. Vintertjeneste 2024-25
Åbent punkt
Sagsnr.: 24-004400    Dok.nr.: 24/9950    Sagsbehandler: Ib Kruse

Sagsfremstilling
Regulativet for vintertjeneste skal fornyes.

Referat
Udvalget godkendte regulativet.
"""


@pytest.mark.parametrize("known", [True, False])
def test_case_label_among_other_labels_status_lines_attachment_lists(known: bool) -> None:
    meeting = parse_bytes(ACADRE.encode(), "invented.txt", known_layouts=known).meeting
    assert [(i.title, i.case_number) for i in meeting.items] == [
        ("Ny belysning på stisystemet", "24-003311"), ("Vintertjeneste 2024-25", "24-004400")]
    first, second = meeting.items
    # a blank line ends the unfinished line before a dated decision heading
    assert [s.type for s in first.sections] == ["sagsfremstilling", "beslutning", "bilag"]
    assert first.sections[-1].text == "Bilag 1: Oversigtskort\nBilag 2: Tilbud fra leverandør"
    # the document's kind word as a heading under an item of a referat: its decision
    assert [(s.type, s.text) for s in second.sections][-1] == (
        "beslutning", "Udvalget godkendte regulativet.")


def test_sag_label_and_a_dagsorden_keeps_referat_as_text() -> None:
    text = ACADRE.replace("Sagsnr.: 24-003311    Dok.nr.: 24/9912    Sagsbehandler: Lis Ravn",
                          "Sag: 24-003311")
    assert _generic(text).items[0].case_number == "24-003311"
    agenda = _generic(text.replace("Referat\nTeknik", "Dagsorden\nTeknik"))
    assert all(s.type != "beslutning" for s in agenda.items[1].sections)


def test_udvalg_before_an_open_referat() -> None:
    text = ACADRE.replace("Referat\nTeknik- og Miljøudvalget",
                          "Teknik- og Miljøudvalget – Åbent referat")
    assert _generic(text).udvalg == "Teknik- og Miljøudvalget"


def test_numbers_in_parentheses_and_the_udvalg_under_a_label() -> None:
    text = """Referat

Udvalg: Social- og Sundhedsudvalget
Mødedato: 3. april 2024
Sted: Rådhuset, lokale 2

(7) Godkendelse af dagsorden
Sagsnr.: 24-001001

Sagsfremstilling
Dagsordenen forelægges til godkendelse. Der er nævnt (1) prognosen og
(2) ventelisten.

Beslutning: Godkendt.

(8) Plejeboliger i Nordby
Sagsnr.: 24-001002

Sagsfremstilling
Der er behov for flere plejeboliger.

Beslutning: Anbefales.
"""
    meeting = _generic(text)
    assert meeting.udvalg == "Social- og Sundhedsudvalget"
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        ("7", "Godkendelse af dagsorden", "24-001001"), ("8", "Plejeboliger i Nordby", "24-001002")]
    assert meeting.items[1].sections[-1].text == "Anbefales."


def test_a_room_is_no_place_label_in_the_known_rules_too() -> None:
    text = ACADRE.replace("Mødested: Mødelokale 4", "Tirsdag kl. 16.00\nMødelokale 4")
    assert parse_bytes(text.encode(), "invented.txt").meeting.place == "Mødelokale 4"


@pytest.mark.parametrize("gap", ["        ", "\t"])
def test_a_case_number_in_a_table_under_its_header_row(gap: str) -> None:
    item = """{n}. {title}
Sagsnummer{gap}Sagsbehandler{gap}Dato
24-00300{n}{gap}Eva Lind{gap}0{n}-03-2024

Sagsfremstilling
Foreningerne har søgt.

Beslutning
Godkendt.
"""
    text = "Referat\nKultur- og Fritidsudvalget\nMødedato: 12. marts 2024\n\n" + "\n".join(
        item.format(n=n, title=title, gap=gap)
        for n, title in ((1, "Tilskud til foreninger"), (2, "Halleje 2025")))
    for known in (True, False):
        meeting = parse_bytes(text.encode(), "invented.txt", known_layouts=known).meeting
        assert [(i.title, i.case_number) for i in meeting.items] == [
            ("Tilskud til foreninger", "24-003001"), ("Halleje 2025", "24-003002")]
        assert [s.type for s in meeting.items[0].sections] == ["sagsfremstilling", "beslutning"]


def test_a_decision_in_a_table_column_headed_beslutning() -> None:
    row = ("<tr><td>{n}</td><td><p><b>{title}</b></p><p>J.nr.: 24-00300{n}</p>"
           "<p><b>Sagsfremstilling</b></p><p>Der er søgt.</p></td><td>{decision}</td></tr>")
    page = ("<html><body><h1>Referat</h1><p>Kultur- og Fritidsudvalget</p>"
            "<p>Mødedato: 12. marts 2024</p><table>"
            "<tr><th>Nr.</th><th>Sag</th><th>Beslutning</th></tr>"
            + row.format(n=1, title="Tilskud til foreninger", decision="<p>Godkendt.</p>")
            + row.format(n=2, title="Halleje 2025", decision="Udsat.")
            + "</table></body></html>")
    meeting = _read(page, ".html").meeting
    assert [(i.title, [(s.type, s.text) for s in i.sections]) for i in meeting.items] == [
        ("Tilskud til foreninger", [("sagsfremstilling", "Der er søgt."),
                                    ("beslutning", "Godkendt.")]),
        ("Halleje 2025", [("sagsfremstilling", "Der er søgt."), ("beslutning", "Udsat.")])]
