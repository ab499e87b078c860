"""Sections and decisions in layouts never seen: a heading is what the document sets apart
as it sets apart its known headings, a decision is recognised by what decides (a body and
a date, a verdict), and heading words are typed by the one table in `index.sections` by
their stem and compound head. Short invented minutes, one principle each."""

from __future__ import annotations

import pytest
from referat.index.sections import section_type

from tests.invented import read_invented


def _types(meeting) -> list[list[tuple[str, str]]]:
    return [[(s.type, s.text.split("\n")[0]) for s in i.sections] for i in meeting.items]


def _referat(item_body: str, n: int = 2) -> str:
    """A referat of `n` items, each with `item_body` ({n}: the item's number)."""
    parts = ["Referat", "Teknik- og Miljøudvalget", "Mødedato: 12. marts 2024", ""]
    titles = ["Cykelsti langs Strandvejen", "Vintertjeneste 2024", "Ny legeplads"]
    for k in range(1, n + 1):
        parts += [f"{k}. {titles[k - 1]}", f"Sagsnr. 24/10{k}", "", item_body.format(n=k), ""]
    return "\n".join(parts)


# --- a decision history: the body that decided and when ---------------------------------

@pytest.mark.parametrize("entry", [
    "Økonomiudvalget, 05.03.2024", "Kommunalbestyrelsen den 5. marts 2024",
    "Regionsrådet – 5. marts 2024", "Byrådet 5/3 2024", "Behandlet i Økonomiudvalget 5. marts 2024",
])
def test_a_body_and_a_date_head_a_decision(entry: str) -> None:
    body = ("Sagsfremstilling\nStien er slidt.\n\nIndstilling\nForvaltningen indstiller, at "
            f"stien renoveres.\n\n{entry}\nAnbefales.\n\nTeknik- og Miljøudvalget, 12.03.2024\n"
            "Godkendt.")
    assert _types(read_invented(_referat(body)))[0] == [
        ("sagsfremstilling", "Stien er slidt."),
        ("indstilling", "Forvaltningen indstiller, at stien renoveres."),
        ("beslutning", "Anbefales."), ("beslutning", "Godkendt.")]


def test_run_in_entries_of_a_decision_history() -> None:
    body = ("Sagsfremstilling\nStien er slidt.\n\nIndstilling\nForvaltningen indstiller, at "
            "stien renoveres.\n\nØkonomiudvalget, 05.03.2024: Anbefales.\n"
            "Byrådet, 12.03.2024: Godkendt.")
    assert [(s.type, s.heading, s.text) for s in read_invented(_referat(body)).items[0].sections][
        -2:] == [("beslutning", "Økonomiudvalget, 05.03.2024", "Anbefales."),
                 ("beslutning", "Byrådet, 12.03.2024", "Godkendt.")]


def test_a_body_and_a_date_inside_a_sentence_stay_text() -> None:
    # a page's running header or the sentence's own words, not a decision
    body = ("Sagsfremstilling\nStien blev besluttet af\nByrådet 12.03.2024\nog er nu slidt."
            "\n\nBeslutning\nGodkendt.")
    assert [t for t, _ in _types(read_invented(_referat(body)))[0]] == ["sagsfremstilling",
                                                                "beslutning"]


def test_an_entry_without_text_is_a_reference_not_a_decision() -> None:
    # a line naming the earlier treatment between the case number and the first heading
    body = ("Kommunalbestyrelsen den 30. januar 2024 Punkt 5\nSagsfremstilling\nStien er "
            "slidt.\n\nBeslutning\nGodkendt.")
    item = read_invented(_referat(body)).items[0]
    assert [(s.type, s.text) for s in item.sections] == [
        ("other", "Kommunalbestyrelsen den 30. januar 2024 Punkt 5"),
        ("sagsfremstilling", "Stien er slidt."), ("beslutning", "Godkendt.")]


def test_heading_words_by_stem_and_compound_head() -> None:
    assert section_type("Udvalgsbeslutning") == "beslutning"
    assert section_type("Direktionsindstilling") == "indstilling"
    assert section_type("Økonomiske og personalemæssige konsekvenser") == "okonomi"
    assert section_type("Sagens videre forløb") == "sagsforloeb"
    assert section_type("Kort fortalt") == "resume"
    assert section_type("Bilagsfortegnelse") == "bilag"
    assert section_type("Behandling i Økonomiudvalget") == "beslutning"
    assert section_type("Udvalgets vedtagelse") == "beslutning"
    assert section_type("Rådmandens indstilling") == "indstilling"
    assert section_type("Økonomiske og administrative konsekvenser") == "okonomi"
    # consequences of another kind are a known heading of other content, no typed one
    # (sections.PATTERNS); a body with a year, a compound whose head is no heading word
    assert section_type("Miljømæssige konsekvenser") == "other"
    assert section_type("Byrådet 2024") is None
    assert section_type("Lokalplanforslag") is None


# --- a decision without a heading --------------------------------------------------------

def test_a_verdict_closing_an_item_is_its_decision() -> None:
    body = ("Sagsfremstilling\nStien er slidt.\n\nIndstilling\nForvaltningen indstiller, at "
            "stien renoveres.\n\n{{verdict}}")
    text = _referat(body).replace("{verdict}", "Godkendt.", 1).replace(
        "{verdict}", "Indstillingen blev tiltrådt.\nFraværende: Ole Hansen", 1)
    meeting = read_invented(text)
    assert [t[-1] for t in _types(meeting)] == [
        ("beslutning", "Godkendt."), ("beslutning", "Indstillingen blev tiltrådt.")]
    assert [t[-2] for t in _types(meeting)] == [
        ("indstilling", "Forvaltningen indstiller, at stien renoveres.")] * 2


def test_a_verdict_under_a_heading_the_table_does_not_know() -> None:
    body = ("Sagsfremstilling\nStien er slidt.\n\nIndstilling\nForvaltningen indstiller, at "
            "stien renoveres.\n\nUdvalgets stillingtagen\nIndstillingen blev tiltrådt.")
    item = read_invented(_referat(body)).items[0]
    assert [(s.type, s.heading, s.text) for s in item.sections][-2:] == [
        ("indstilling", "Indstilling", "Forvaltningen indstiller, at stien renoveres."),
        ("beslutning", "Udvalgets stillingtagen", "Indstillingen blev tiltrådt.")]


def test_a_history_of_verdicts_under_the_bodies_that_gave_them() -> None:
    body = ("Sagsfremstilling\nStien er slidt.\n\nIndstilling\nForvaltningen indstiller, at "
            "stien renoveres.\n\nØkonomiudvalget\nAnbefales.\n\nByrådet\nGodkendt.")
    item = read_invented(_referat(body)).items[0]
    assert [(s.type, s.heading, s.text) for s in item.sections][-3:] == [
        ("indstilling", "Indstilling", "Forvaltningen indstiller, at stien renoveres."),
        ("beslutning", "Økonomiudvalget", "Anbefales."), ("beslutning", "Byrådet", "Godkendt.")]


def test_a_sentence_is_no_pattern_heading() -> None:
    body = ("Sagsfremstilling\nStien er slidt.\nØkonomi- og Planudvalget besluttede i 2017, "
            "at stien\nskal renoveres.\n\nBeslutning\nGodkendt.")
    assert [t for t, _ in _types(read_invented(_referat(body)))[0]] == ["sagsfremstilling",
                                                                "beslutning"]


def test_no_verdict_is_taken_from_an_agenda() -> None:
    body = ("Sagsfremstilling\nStien er slidt.\n\nIndstilling\nForvaltningen indstiller, at "
            "stien renoveres.\nGodkendt.")
    meeting = read_invented(_referat(body).replace("Referat", "Dagsorden", 1))
    assert all(s.type != "beslutning" for i in meeting.items for s in i.sections)


# --- headings set apart as the document sets them apart -----------------------------------

def test_headings_numbered_as_no_family_numbers_them() -> None:
    # roman numerals: a known family's rules read the items but not these headings
    body = ("I. Resumé\nStien er slidt.\n\nII. Sagsfremstilling\nStien blev anlagt i 1990.\n\n"
            "III. Indstilling\nForvaltningen indstiller, at stien renoveres.\n\n"
            "IV. Beslutning\nGodkendt.")
    meeting = read_invented(_referat(body, 3))
    assert meeting.layout == "generic"
    assert [t for t, _ in _types(meeting)[0]] == [
        "resume", "sagsfremstilling", "indstilling", "beslutning"]


def test_a_decision_in_a_text_box() -> None:
    box = ("+------------------------------+\n| Udvalgets beslutning         |\n"
           "| Godkendt.                    |\n+------------------------------+")
    body = f"{box}\n\nSagsfremstilling\nStien er slidt.\n\nIndstilling\nForvaltningen indstiller."
    assert _types(read_invented(_referat(body)))[1] == [
        ("beslutning", "Godkendt."), ("sagsfremstilling", "Stien er slidt."),
        ("indstilling", "Forvaltningen indstiller.")]


def test_plain_headings_under_run_in_headings_in_a_pdf() -> None:
    # the known headings are run in ("Sagsfremstilling: …"), so they show no typography:
    # a plain "Bilag" on a line of its own is a heading, not the text before it
    from benchmarks.layouts.pdfwriter import render_pdf

    rows = [("Referat", 14, True), ("Byrådet", 10, False),
            ("Mødedato: 3. marts 2025", 10, False), ("", 10, False)]
    for n, title in enumerate(["Status på trivslen", "Ny tildelingsmodel", "Ferieplan"], 1):
        rows += [(f"{n}. {title}", 14, True), (f"Sagsnr. 24-330{n}", 10, False),
                 ("Sagsfremstilling: Trivslen er steget, og målingen er gennemført", 10, False),
                 ("uden forsinkelse", 10, False),
                 ("Bilag", 10, False), ("Oversigtskort", 10, False),
                 ("Beslutning: Godkendt.", 10, False), ("", 10, False)]
    meeting = read_invented(render_pdf(rows), ".pdf")
    assert [[s.type for s in i.sections] for i in meeting.items] == [
        ["sagsfremstilling", "bilag", "beslutning"]] * 3


def test_an_unknown_heading_before_the_description_is_the_summary() -> None:
    items = "".join(
        f"<h2>{n}. {title}</h2><p>Sagsnr.: 25/44{n}</p>"
        "<h3>Det korte overblik</h3><p>Planen samler indsatsen.</p>"
        "<h3>Sagsfremstilling</h3><p>Forvaltningen har lavet en plan.</p>"
        "<h3>Beslutning</h3><p>Godkendt.</p>"
        for n, title in ((1, "Ny affaldsplan"), (2, "Grønne områder")))
    page = ("<html><body><h1>Referat</h1><p>Miljøudvalget</p><p>Mødedato: 1. april 2025</p>"
            f"{items}</body></html>")
    assert _types(read_invented(page, ".html")) == [[
        ("resume", "Planen samler indsatsen."),
        ("sagsfremstilling", "Forvaltningen har lavet en plan."),
        ("beslutning", "Godkendt.")]] * 2


def test_bodies_set_as_headings_over_their_verdicts() -> None:
    items = "".join(
        f"<h2>{n}. {title}</h2><p>Sagsnr.: 25/44{n}</p>"
        "<p><b>Sagsfremstilling</b></p><p>Forvaltningen har lavet en plan.</p>"
        "<p><b>Indstilling</b></p><p>Forvaltningen indstiller, at planen godkendes.</p>"
        "<p><b>Økonomiudvalget</b></p><p>Anbefales.</p>"
        "<p><b>Byrådet</b></p><p>Godkendt.</p>"
        for n, title in ((1, "Ny affaldsplan"), (2, "Grønne områder")))
    page = ("<html><body><h1>Referat</h1><p>Byrådet</p><p>Mødedato: 1. april 2025</p>"
            f"{items}</body></html>")
    assert [[(s.type, s.heading) for s in i.sections][-2:]
            for i in read_invented(page, ".html").items] == [
        [("beslutning", "Økonomiudvalget"), ("beslutning", "Byrådet")]] * 2
