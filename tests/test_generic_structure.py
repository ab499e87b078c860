"""The generic reader finds each document's structure from the document itself: which
marker numbers its items, which lines stand between a marker and its title, which
numbers head sections rather than items, and the type its headings are set in. Short
invented minutes, one convention each, in text and HTML."""

from __future__ import annotations

import pytest
from referat.index.readers import parse_bytes

from tests.invented import read_invented


def _minutes(opening: str, titles: tuple[str, ...] = ("Godkendelse af dagsorden",
                                                       "Ny affaldsplan",
                                                       "Grønne områder i byen")) -> str:
    """Minutes whose items open with `opening` ({n}: the number, {t}: the title)."""
    parts = ["Referat", "Miljøudvalget", "Mødedato: 1. april 2025", ""]
    for n, title in enumerate(titles, start=1):
        parts += [opening.format(n=n, t=title), f"Sagsnr.: 25/44{n}", "",
                  "Sagsfremstilling", "Forvaltningen har lavet en plan.", "",
                  "Beslutning", "Godkendt.", ""]
    return "\n".join(parts)


# --- 1. the item marker is learned from the document ------------------------------------

@pytest.mark.parametrize("opening", [
    "Nr. {n} {t}", "Emne {n}: {t}", "Sag {n} · {t}", "[{n}] {t}", "#{n} {t}", "{n}: {t}",
    "{n}/ {t}", "{n} | {t}", "{n}.0 {t}", "{t} ({n})", "{t} [{n}]", "{t} – sag {n}",
    "{n}\n{t}", "Sag {n}\n{t}",
    # a leading column before the number: a time, a room
    "Kl. 1{n}.00   {n}. {t}", "09:{n}0 {n}) {t}", "1{n}.00-1{n}.30  {n}. {t}", "Salen   {n}. {t}",
])
def test_any_marker_that_numbers_the_items(opening: str) -> None:
    meeting = read_invented(_minutes(opening))
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        ("1", "Godkendelse af dagsorden", "25/441"), ("2", "Ny affaldsplan", "25/442"),
        ("3", "Grønne områder i byen", "25/443")]


def test_a_word_before_a_number_once_is_no_marker() -> None:
    # "Lokalplan 12 ..." numbers nothing: a word marker counts only when it recurs
    text = _minutes("{t}", ("Godkendelse af dagsorden", "Lokalplan 12 for Nordby",
                            "Grønne områder i byen"))
    assert [i.title for i in read_invented(text).items] == [
        "Godkendelse af dagsorden", "Lokalplan 12 for Nordby", "Grønne områder i byen"]


def test_an_added_item_keeps_its_letter() -> None:
    text = _minutes("{n}. {t}").replace("3. Grønne", "2a. Grønne")
    assert [i.number for i in read_invented(text).items] == ["1", "2", "2a"]


# --- 2. numbered headings under an item ---------------------------------------------------

SUBNUMBERED = """Referat
Økonomiudvalget
Dato: 12.03.2025

1. Budgetopfølgning
J.nr.: 25-1001
1.1 Resumé
Forbruget følger budgettet.
1.2 Sagsfremstilling
Der er et mindreforbrug.
1.3 Beslutning
Taget til efterretning.

2. Anlægsregnskab for Søvej
J.nr.: 25-1002
2.1 Resumé
Regnskabet er afsluttet.
2.2 Indstilling
Forvaltningen indstiller, at regnskabet godkendes.
2.3 Beslutning
Godkendt.
"""


def test_headings_numbered_under_their_item() -> None:
    meeting = read_invented(SUBNUMBERED)
    assert [i.title for i in meeting.items] == ["Budgetopfølgning",
                                                "Anlægsregnskab for Søvej"]
    assert [(s.heading, s.type) for s in meeting.items[1].sections] == [
        ("Resumé", "resume"), ("Indstilling", "indstilling"), ("Beslutning", "beslutning")]


def test_lettered_headings_and_ad_headings() -> None:
    text = SUBNUMBERED.replace("1.1 ", "a) ").replace("1.2 ", "b) ").replace(
        "1.3 Beslutning", "Ad 1. Beslutning").replace("2.1 ", "a) ").replace(
        "2.2 ", "b) ").replace("2.3 Beslutning", "Ad 2. Beslutning")
    meeting = read_invented(text)
    assert [i.number for i in meeting.items] == ["1", "2"]
    assert [s.type for s in meeting.items[0].sections] == [
        "resume", "sagsfremstilling", "beslutning"]


# --- 3. lines between the marker and the title, and above it -------------------------------

CATEGORIES = """<html><body><h1>Referat</h1><p>Byrådet</p><p>Mødedato: 3. marts 2025</p>
<p>Til beslutning</p><h2>1. Ny skolestruktur</h2><p>Sagsnr. 25-001</p>
<h3>Sagsfremstilling</h3><p>Strukturen ændres.</p><h3>Beslutning</h3><p>Godkendt.</p>
<p>Til orientering</p><h2>2. Status på byggeriet</h2><p>Sagsnr. 25-002</p>
<h3>Sagsfremstilling</h3><p>Byggeriet følger planen.</p><h3>Beslutning</h3><p>Taget til
efterretning.</p>
<p>Til beslutning</p><h2>3. Takster for 2026</h2><p>Sagsnr. 25-003</p>
<h3>Sagsfremstilling</h3><p>Taksterne reguleres.</p><h3>Beslutning</h3><p>Godkendt.</p>
</body></html>"""


def test_category_lines_above_the_titles_belong_to_no_decision() -> None:
    meeting = read_invented(CATEGORIES, ".html")
    assert [i.title for i in meeting.items] == [
        "Ny skolestruktur", "Status på byggeriet", "Takster for 2026"]
    # "Til beslutning" above item 3 is neither a heading of item 2 nor its text
    assert [s.type for s in meeting.items[1].sections] == ["sagsfremstilling", "beslutning"]
    assert meeting.items[1].sections[-1].text == "Taget til efterretning."


MARKER_ALONE = """Dagsorden
Børne- og Skoleudvalget
Dato: 03.03.2025

Sag 1
Orienteringssag
Status på trivselsmålingen
Sagsnr. 24-3312

Baggrund
Målingen er gennemført.

Sag 2
Beslutningssag
Ny tildelingsmodel
Sagsnr. 24-4410

Baggrund
Modellen skal være gennemsigtig.

Sag 3
Lukket punkt
Beslutningssag
Køb af ejendom
Sagsnr. 24-5001

Baggrund
Ejendommen er til salg.
"""


def test_the_title_is_the_first_line_that_reads_as_one() -> None:
    meeting = read_invented(MARKER_ALONE)
    assert [(i.number, i.title, i.case_number, i.closed) for i in meeting.items] == [
        ("1", "Status på trivselsmålingen", "24-3312", False),
        ("2", "Ny tildelingsmodel", "24-4410", False),
        ("3", "Køb af ejendom", "24-5001", True)]


def test_a_status_and_case_line_above_the_title() -> None:
    text = _minutes("Åben sag    Sagsnr.: 24/10{n}\n{n}. {t}").replace(
        "Sagsnr.: 25/44", "Ref.: 25/44")
    meeting = read_invented(text)
    assert [(i.title, i.case_number) for i in meeting.items] == [
        ("Godkendelse af dagsorden", "24/101"), ("Ny affaldsplan", "24/102"),
        ("Grønne områder i byen", "24/103")]


# --- 4. headings by their words, in the document's own heading type ------------------------

def test_unknown_headings_in_the_type_of_known_ones() -> None:
    page = """<html><body><h1>Referat</h1><p>Klimaudvalget</p><p>Mødedato: 5. maj 2025</p>
    <h2>Sag 4 · Spildevandsplan</h2><p><b>Sagsnr.</b> 25/3300</p>
    <p><b>Konklusion</b></p><p>Planen er klar til høring.</p>
    <p><b>Baggrund</b></p><p>Den gamle plan udløber.</p>
    <p><b>Beslutning</b></p><p>Godkendt.</p>
    <h2>Sag 5 · Naturpulje</h2><p><b>Sagsnr.</b> 25/3301</p>
    <p><b>Konklusion</b></p><p>Puljen fordeles.</p>
    <p><b>Baggrund</b></p><p>Puljen blev afsat.</p>
    <p><b>Beslutning</b></p><p>Godkendt.</p></body></html>"""
    meeting = read_invented(page, ".html")
    assert [(i.number, i.title) for i in meeting.items] == [("4", "Spildevandsplan"),
                                                           ("5", "Naturpulje")]
    # "Konklusion" is no known heading, but set as the known ones are: a section of its own,
    # and standing first, before the case's description, the item's summary
    assert [(s.heading, s.type) for s in meeting.items[0].sections] == [
        ("Konklusion", "resume"), ("Baggrund", "sagsfremstilling"),
        ("Beslutning", "beslutning")]


def test_heading_phrases_of_other_kommuner() -> None:
    text = _minutes("{n}. {t}").replace("Sagsfremstilling", "Beslutningstema").replace(
        "Beslutning\n", "Videre proces\nSagen sendes videre.\nProtokoltilførsel\n")
    sections = read_invented(text).items[1].sections
    assert [s.type for s in sections] == ["resume", "sagsforloeb", "beslutning"]


def test_html_class_soup_and_bold_run_in_headings() -> None:
    page = """<html><body><div><span class="kind">Referat</span><span>Teknisk Udvalg</span>
    </div><div>Mødedato: 4. juni 2025</div>
    <div class="item"><span class="num">1</span><span class="ttl">Parkering</span></div>
    <p><span class="SpellE">Sagsnr</span>.: 25/880</p>
    <p><strong>Sagsfremstilling</strong> Strategien er revideret.</p>
    <p><strong>Beslutning</strong> Godkendt.</p>
    <div class="item"><span class="num">2</span><span class="ttl">Cykelstier</span></div>
    <p>Sagsnr.: 25/881</p><p><strong>Sagsfremstilling</strong> Der anlægges stier.</p>
    <p><strong>Beslutning</strong> – Anbefales.</p></body></html>"""
    meeting = read_invented(page, ".html")
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Parkering"),
                                                           ("2", "Cykelstier")]
    assert [(s.heading, s.text) for s in meeting.items[1].sections] == [
        ("Sagsfremstilling", "Der anlægges stier."), ("Beslutning", "Anbefales.")]
    assert meeting.items[0].case_number == "25/880"  # a word's span ends before ".:"


def test_dashed_run_in_headings_and_a_case_number_before_the_title() -> None:
    text = """REFERAT
Ældrerådet
Mødedato: 7. maj 2025

PUNKT 1 - GODKENDELSE AF DAGSORDEN
BESLUTNING – Godkendt.

PUNKT 2 - HØRING OM KVALITETSSTANDARDER
Sagsnr. 25/1200
SAGSFREMSTILLING – Standarderne er sendt i høring.
BESLUTNING – Rådet afgav høringssvar.
"""
    meeting = read_invented(text)
    assert [s.type for s in meeting.items[1].sections] == ["sagsfremstilling", "beslutning"]
    assert meeting.items[1].sections[-1].text == "Rådet afgav høringssvar."
    columns = read_invented(_minutes("{n}.  24/55{n}  {t}").replace("Sagsnr.: 25/44", "Ref.: "))
    assert [(i.title, i.case_number) for i in columns.items][:2] == [
        ("Godkendelse af dagsorden", "24/551"), ("Ny affaldsplan", "24/552")]


def test_pdf_marker_alone_category_and_unknown_heading() -> None:
    from benchmarks.layouts.pdfwriter import render_pdf

    rows = [("Referat", 14, True), ("Byrådet", 10, False),
            ("Mødedato: 3. marts 2025", 10, False), ("", 10, False)]
    for n, (category, title) in enumerate([("Orienteringssag", "Status på trivslen"),
                                           ("Beslutningssag", "Ny tildelingsmodel"),
                                           ("Beslutningssag", "Skolernes ferieplan")], 1):
        rows += [(f"Sag {n}", 10, True), (category, 10, False), (title, 14, True),
                 (f"Sagsnr. 24-330{n}", 10, False)]
        for heading, text in (("Konklusion", "Målingen er gennemført."),
                              ("Sagsfremstilling", "Trivslen er steget."),
                              ("Beslutning", "Godkendt.")):
            rows += [(heading, 11, True), (text, 10, False)]
        rows.append(("", 10, False))
    result = parse_bytes(render_pdf(rows, footer="Side {n}"), "invented.pdf")
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title, i.case_number) for i in items] == [
        ("1", "Status på trivslen", "24-3301"), ("2", "Ny tildelingsmodel", "24-3302"),
        ("3", "Skolernes ferieplan", "24-3303")]
    assert [s.type for s in items[0].sections] == ["resume", "sagsfremstilling", "beslutning"]
    assert items[-1].sections[-1].text == "Godkendt."  # no page number in the text


def test_markdown_typography_in_a_text_file() -> None:
    text = """# Referat

**Udvalg:** Erhvervsudvalget
**Dato:** 2. juni 2025

## 1. Godkendelse af dagsorden

**Beslutning**
Godkendt.

## 2. Turismestrategi

Sagsnr.: 25/9001

**Sagsfremstilling**
Strategien er klar.

**Beslutning**
Godkendt.
"""
    meeting = read_invented(text)
    assert meeting.udvalg == "Erhvervsudvalget"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Turismestrategi")]
    assert [(s.heading, s.type) for s in meeting.items[1].sections] == [
        ("Sagsfremstilling", "sagsfremstilling"), ("Beslutning", "beslutning")]


def test_items_numbered_through_the_year() -> None:
    meeting = read_invented(_minutes("Punkt 4{n}/2025: {t}"))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("41", "Godkendelse af dagsorden"), ("42", "Ny affaldsplan"),
        ("43", "Grønne områder i byen")]


@pytest.mark.parametrize("kind", ["Mødereferat", "Udvalgsdagsorden"])
def test_the_kind_word_in_a_compound(kind: str) -> None:
    meeting = read_invented(_minutes("{n}. {t}").replace("Referat", kind, 1))
    assert len(meeting.items) == 3
    assert meeting.kind == ("dagsorden" if "dagsorden" in kind else "referat")


def test_pdf_titles_wrap_in_their_own_type() -> None:
    from benchmarks.layouts.pdfwriter import render_pdf

    rows = [("Referat", 16, True), ("Socialudvalget", 10, False),
            ("Mødedato: 3. marts 2025", 10, False), ("", 10, False)]
    titles = [("1. Klagesager på det sociale område i", "2024 - opfølgning"),
              ("2. Tilsyn i Freyas Kvarter, til", "orientering"),
              ("3. Mødekalender 2026", None)]
    for n, (first, second) in enumerate(titles, 1):
        rows.append((first, 13, True))
        if second:
            rows.append((second, 13, True))
        rows += [(f"Sagsnr. 25-00{n}", 10, False), ("Sagsfremstilling", 11, True),
                 ("Sagen forelægges.", 10, False), ("Beslutning", 11, True),
                 ("Godkendt.", 10, False), ("", 10, False)]
        if n == 2:  # the item runs onto a new page, its title repeated
            rows += [(first, 13, True), ("(fortsat)", 13, True), ("Mere tekst.", 10, False)]
    result = parse_bytes(render_pdf(rows), "invented.pdf")
    assert result.ok, result.reason
    assert [i.title for i in result.meeting.items] == [
        "Klagesager på det sociale område i 2024 - opfølgning",
        "Tilsyn i Freyas Kvarter, til orientering", "Mødekalender 2026"]


def test_a_title_label_under_the_number() -> None:
    text = _minutes("{n}.\nEmne: {t}").replace("Sagsfremstilling", "Hvad drejer sagen sig om:")
    meeting = read_invented(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Ny affaldsplan"),
        ("3", "Grønne områder i byen")]
    assert meeting.items[0].sections[0].type == "resume"


def test_a_column_named_by_a_section_heading() -> None:
    text = """Referat
Teknisk Udvalg
Mødedato: 3. marts 2025

Nr.\tSag\tBeslutning
1\tGodkendelse af dagsorden\tGodkendt.
2\tCykelstier i Nordby\tAnbefales.
J.nr. 25-0012
Resumé
Der anlægges stier.
3\tVejbelysning\tGodkendt.
J.nr. 25-0013
Resumé
Lamperne udskiftes.
"""
    meeting = read_invented(text)
    assert [(i.number, i.title) for i in meeting.items][1:] == [
        ("2", "Cykelstier i Nordby"), ("3", "Vejbelysning")]
    assert [(s.type, s.text) for s in meeting.items[1].sections] == [
        ("resume", "Der anlægges stier."), ("beslutning", "Anbefales.")]


def test_meeting_stated_in_a_sentence_and_a_short_date() -> None:
    text = _minutes("Nr. {n} {t}").replace(
        "Mødedato: 1. april 2025",
        "Mødet blev holdt tirsdag den 1. april 2025 kl. 16.00 i Mødelokale 2.")
    meeting = read_invented(text)
    assert (meeting.date.isoformat(), meeting.place) == ("2025-04-01", "Mødelokale 2")
    short = read_invented(_minutes("{n}. {t}").replace("1. april 2025", "1/4 2025"))
    assert short.date.isoformat() == "2025-04-01"


def test_unknown_words_around_a_heading_word() -> None:
    text = _minutes("{n}. {t}").replace("Sagsfremstilling", "Sagens økonomi")
    assert read_invented(text).items[0].sections[0].type == "okonomi"


def test_a_numbered_list_in_an_items_text_is_no_marker() -> None:
    # "Model 1: …", "Model 2: …" recur and rise, but show no item's evidence
    text = """Referat
Teknisk Udvalg
Mødedato: 1. april 2025

VEJPLAN FOR BYMIDTEN
Sagsnr.: 25/100
Sagsfremstilling
Der er to modeller.
Model 1: Ensretning af Torvegade
Trafikken ledes mod nord.
Model 2: Gågade på Torvet
Bilerne ledes uden om.
Beslutning
Model 2 blev valgt.

SKOLEVEJE
Sagsnr.: 25/101
Beslutning
Godkendt.

BUDGET 2026
Sagsnr.: 25/102
Beslutning
Godkendt.
"""
    assert [i.title for i in read_invented(text).items] == [
        "VEJPLAN FOR BYMIDTEN", "SKOLEVEJE", "BUDGET 2026"]


@pytest.mark.parametrize(("opening", "closed"), [
    ("Punkt {n} af 3: {t}", False), ("{n}. (Lukket) {t}", True), ("{n}. (Åben) {t}", False),
    ("Nr. {n} (Lukket) {t}", True)])
def test_count_and_status_beside_the_number(opening: str, closed: bool) -> None:
    meeting = read_invented(_minutes(opening))
    assert [(i.title, i.closed) for i in meeting.items] == [
        ("Godkendelse af dagsorden", closed), ("Ny affaldsplan", closed),
        ("Grønne områder i byen", closed)]


# --- guards that keep a plain "Punkt N" agenda whole ---------------------------------------

def test_a_punkt_whose_title_opens_with_a_verdict_is_an_item() -> None:
    # "Punkt 2: Godkendt." in a decision repeats an opening's marker; a "Punkt 2" that no
    # other line opens is the item itself
    text = _minutes("Punkt {n}: {t}", ("Godkendelse af dagsorden", "Udsat byggeri ved havnen",
                                        "Grønne områder i byen"))
    assert [(i.number, i.title) for i in read_invented(text).items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Udsat byggeri ved havnen"),
        ("3", "Grønne områder i byen")]
    repeated = text.replace("Beslutning\nGodkendt.", "Beslutning\nPunkt 3: Godkendt.", 1)
    assert [i.number for i in read_invented(repeated).items] == ["1", "2", "3"]


def test_lines_in_capitals_under_the_first_punkt_are_its_text() -> None:
    text = "\n".join(["REFERAT Miljøudvalget 1. april 2025", "", "Punkt 1: Ny affaldsplan", "",
                      "Sagsfremstilling", "", "Planen er lavet.", "NOTAT", "", "Indstilling", "",
                      "NOTAT", "Forvaltningen indstiller.", "", "Beslutning", "", "EMNE",
                      "Godkendt.", "", "Beslutning", "", "Godkendt."])
    assert [(i.number, i.title) for i in read_invented(text).items] == [("1", "Ny affaldsplan")]


FIELD_NUMBER = """<html><body><h1>Referat</h1><div>Udvalg</div><div>Kulturudvalget</div>
<div>Dato</div><div>4. maj 2025</div>
<h2>Nyt bibliotek i Vestby</h2><div>Punkt nr.</div><div>41</div>
<div>Sagsnummer</div><div>25/7101</div><div>Sagsfremstilling</div><p>Et nyt bibliotek.</p>
<div>Beslutning</div><p>Godkendt.</p>
<h2>Musikskolens takster</h2><div>Punkt nr.</div><div>42</div>
<div>Sagsnummer</div><div>25/7102</div><div>Sagsfremstilling</div><p>Taksterne stiger.</p>
<div>Beslutning</div><p>Udsat.</p></body></html>"""


def test_an_item_number_in_a_field_under_its_title() -> None:
    # a CMS's fields: the title a heading, its number a labelled field below it
    meeting = read_invented(FIELD_NUMBER, ".html")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        ("41", "Nyt bibliotek i Vestby", "25/7101"), ("42", "Musikskolens takster", "25/7102")]
    assert [s.type for s in meeting.items[1].sections] == ["sagsfremstilling", "beslutning"]


MARKER_WITH_METADATA = """Referat
Teknisk Udvalg
Mødedato: 2. juni 2025

Punkt 7   ·   Sagsnr. 25/3301   ·   Åbent punkt
Ny cykelsti langs
åen og engen

Sagsfremstilling
Stien er projekteret.

Beslutning
Godkendt.

Punkt 8   ·   Sagsnr. 25/3302   ·   Åbent punkt
Vintertjeneste

Sagsfremstilling
Planen er revideret.

Beslutning
Taget til efterretning.

Punkt 9   ·   Lukket punkt

Side 1 af 2
Salg af grund
"""
MARKER_WITH_METADATA_HTML = """<html><body><h1>Referat</h1><p>Teknisk Udvalg</p>
<p>Mødedato: 2. juni 2025</p>
<div><span>Punkt 7</span><span>Sagsnr. 25/3301</span><span>Åbent punkt</span></div>
<h2>Ny cykelsti langs åen og engen</h2><h4>Sagsfremstilling</h4><p>Stien er projekteret.</p>
<h4>Beslutning</h4><p>Godkendt.</p>
<div><span>Punkt 8</span><span>Sagsnr. 25/3302</span><span>Åbent punkt</span></div>
<h2>Vintertjeneste</h2><h4>Sagsfremstilling</h4><p>Planen er revideret.</p>
<h4>Beslutning</h4><p>Taget til efterretning.</p></body></html>"""


@pytest.mark.parametrize(("text", "suffix"), [(MARKER_WITH_METADATA, ".txt"),
                                              (MARKER_WITH_METADATA_HTML, ".html")])
def test_a_marker_line_of_metadata_above_the_title(text: str, suffix: str) -> None:
    # the marker's line holds only metadata cells (in HTML, spans side by side): the title
    # is the line below it, with the line it wraps onto
    meeting = read_invented(text, suffix)
    items = [(i.number, i.title, i.case_number) for i in meeting.items]
    assert items[:2] == [
        ("7", "Ny cykelsti langs åen og engen", "25/3301"), ("8", "Vintertjeneste", "25/3302")]
    if suffix == ".txt":  # a closed item: its marker line holds only its status
        assert items[2:] == [("9", "Salg af grund", None)] and meeting.items[2].closed
    assert [s.type for s in meeting.items[0].sections] == ["sagsfremstilling", "beslutning"]


UNNUMBERED_WITH_LIST = """Referat
Byrådet
Dato: 3.3.2025

Ny skolestruktur
Sagsnr. 25/901

Sagsfremstilling
Program for mødet:
1. Orientering om skolernes økonomi.
2. Orientering om elevtal

Beslutning
Drøftet.

Trafikplan for midtbyen og
havnen
Sagsnr. 25/902

Sagsfremstilling
Planen er i høring.

Beslutning
Godkendt.
"""


def test_a_numbered_list_inside_unnumbered_items_is_no_chain() -> None:
    # items set apart only by a case line under their title (a title wrapped within its
    # paragraph); "1. …" / "2. …" one under the other in an item's text are a list
    meeting = read_invented(UNNUMBERED_WITH_LIST)
    assert [(i.title, i.case_number) for i in meeting.items] == [
        ("Ny skolestruktur", "25/901"), ("Trafikplan for midtbyen og havnen", "25/902")]


MARGIN_AND_SPACED = """Referat
Kulturudvalget
Mødedato: 5. maj 2025

1.              Ny kunstgræsbane
Sagsnr.         25/501

Sagsfremstilling    Banen er slidt og skal
                    udskiftes.

Beslutning          Godkendt.

2. Udstilling på rådhuset
Sagsnr. 25/502

S A G S F R E M S T I L L I N G

Der vises malerier.

B E S L U T N I N G

Taget til efterretning.
"""


def test_margin_headings_and_letterspaced_headings() -> None:
    # a heading in the left margin beside its text, and a heading set letter-spaced, are
    # the document's typography for its known headings
    meeting = read_invented(MARGIN_AND_SPACED)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Ny kunstgræsbane"), ("2", "Udstilling på rådhuset")]
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]
    assert meeting.items[0].sections[1].text == "Godkendt."
