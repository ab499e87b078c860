"""Round 8 (issue 18): brackets as typography, a title's continuation decided by the line
after it, numbers inherited through a page's own links, closed items without a body; one
principle a test, each on a short invented document (not corpus text)."""

from __future__ import annotations

from tests.invented import read_invented

_HEAD = "Referat\nTeknik- og Miljøudvalget\nMødedato: 3. april 2025\nMødested: Rådhuset\n\n"


def _shape(text: str, suffix: str = ".txt") -> list[tuple]:
    return [(i.number, i.title, i.case_number, i.closed,
             [(s.type, s.heading) for s in i.sections])
            for i in read_invented(text, suffix).items]


def test_a_case_number_in_brackets_is_the_case_number_never_the_title():
    # before the title in a margin layout, and after it (years in parentheses are the
    # title's)
    text = _HEAD + (
        "1     [25-004411] Ny belysning på stien langs åen og i parken\n"
        "      ved skolen\n"
        "      Sagsbeskrivelse\n"
        "      Kommunen har fået tilbud på lamper. Udvalget har tidligere truffet\n"
        "      beslutning. Det gælder de sager, hvor udvalget selv har ansvaret.\n"
        "      Udvalgets beslutning\n"
        "      Godkendt.\n\n"
        "2     Udbud af vintertjeneste (2025/29) [24-000917]\n"
        "      Sagsbeskrivelse\n"
        "      Udbuddet dækker perioden fra 2025 til 2029.\n"
        "      Udvalgets beslutning\n"
        "      Godkendt.\n"
    )
    described = [("sagsfremstilling", "Sagsbeskrivelse"), ("beslutning", "Udvalgets beslutning")]
    assert _shape(text) == [
        ("1", "Ny belysning på stien langs åen og i parken ved skolen", "25-004411", False,
         described),  # "beslutning. Det gælder …" ends a wrapped sentence: no heading
        ("2", "Udbud af vintertjeneste (2025/29)", "24-000917", False, described),
    ]


def test_headings_in_square_brackets_are_headings_known_or_not():
    text = "REFERAT - Teknik- og Miljøudvalget\nMødedato: 3. april 2025\n\n" + "".join(
        f"=== {n} ===\n{title}\nSagsnummer: {case}\n[Resume]\nKort om sagen.\n"
        "[Sagsfremstilling]\nLamperne er gamle og bruger meget strøm.\n"
        "[Borgerinddragelse]\nDer har været holdt et møde med beboerne.\n"
        "[Beslutning]\nGodkendt.\n\n"
        for n, title, case in ((1, "Ny belysning på stien", "25-004411"),
                               (2, "Udbud af vintertjeneste", "24-000917"))) + "=== Slut ===\n"
    sections = [("resume", "Resume"), ("sagsfremstilling", "Sagsfremstilling"),
                ("other", "Borgerinddragelse"), ("beslutning", "Beslutning")]
    assert _shape(text) == [
        ("1", "Ny belysning på stien", "25-004411", False, sections),
        ("2", "Udbud af vintertjeneste", "24-000917", False, sections),
    ]


def test_a_title_runs_to_the_metadata_line_that_follows_it():
    text = _HEAD + (
        "1. Godkendelse af udbudsmateriale på beskæftigelsesfremmende tilbud i Greve\n"
        "Kommune\n"
        "Åben sag · Ansvarlig: Økonomi og Styring · Sagsnr. 24-001436\n\n"
        "Indstilling\nAdministrationen indstiller, at materialet godkendes.\n\n"
        "Beslutning\nGodkendt.\n\n"
        "2. Tillæg til Kommuneplan 2025 om\n"
        "Boliger til hele livet, endelig vedtagelse\n"
        "Åben sag · Ansvarlig: Plan og Byg · Sagsnr. 24-001437\n\n"
        "Indstilling\nAdministrationen indstiller, at tillægget vedtages.\n\n"
        "Beslutning\nGodkendt.\n"
    )
    assert [(i.title, i.case_number, [s.type for s in i.sections])
            for i in read_invented(text).items] == [
        ("Godkendelse af udbudsmateriale på beskæftigelsesfremmende tilbud i Greve Kommune",
         "24-001436", ["indstilling", "beslutning"]),
        ("Tillæg til Kommuneplan 2025 om Boliger til hele livet, endelig vedtagelse",
         "24-001437", ["indstilling", "beslutning"]),
    ]


def _linked_page(toc: bool) -> str:
    items = [("12", "Ny belysning på stien", "25-004411"),
             ("13", "Udbud af vintertjeneste", "24-000917")]
    nav = "<nav class='toc'><ul>" + "".join(
        f"<li><a href='#punkt-{n}'>{n}. {t}</a></li>" for n, t, _ in items
    ) + "<li><a href='#punkt-14'>14. Lukket punkt</a></li></ul></nav>"
    body = "".join(
        f"<section><h3 id='punkt-{n}'>{t}</h3><p>Sagsnr. {c}</p>"
        "<p><strong>Sagsfremstilling</strong></p><p>Kommunen har fået tilbud.</p>"
        "<p><strong>Beslutning</strong></p><p>Godkendt.</p>"
        "<p><a href='#top'>Til toppen</a></p></section>" for n, t, c in items)
    closed = "<section><h3 id='punkt-14'>Lukket punkt</h3><p><a href='#top'>Til toppen</a></p>" \
        "</section>"
    return ("<html><body><h1 id='top'>Kultur- og Fritidsudvalget</h1><p>Referat</p>"
            "<p>Mødedato: 3. april 2025</p>" + (nav if toc else "") + body + closed
            + "</body></html>")


def test_a_links_target_inherits_its_number_and_links_back_up_are_no_text():
    items = read_invented(_linked_page(toc=True), ".html").items
    assert [(i.number, i.title, i.closed) for i in items] == [
        ("12", "Ny belysning på stien", False), ("13", "Udbud af vintertjeneste", False),
        ("14", "Lukket punkt", True)]
    assert [s.text for s in items[0].sections] == ["Kommunen har fået tilbud.", "Godkendt."]
    assert items[2].sections == []


def test_a_closed_item_is_known_by_its_title_without_a_body():
    items = read_invented(_linked_page(toc=False), ".html").items
    assert [(i.title, i.closed, len(i.sections)) for i in items] == [
        ("Ny belysning på stien", False, 2), ("Udbud af vintertjeneste", False, 2),
        ("Lukket punkt", True, 0)]


# --- conventions of my own, round 8: what plain text and HTML set apart without bold ---

def test_a_line_underlined_by_a_rule_is_set_apart_and_the_rule_is_no_text():
    text = "REFERAT\nTeknik- og Miljøudvalget\nMødedato: 3. april 2025\n\n" + "".join(
        f"Punkt {n} af 2: {title}\n{'=' * len(f'Punkt {n} af 2: {title}')}\n"
        f"Sagsnr.: {case}\n\nSagsfremstilling\n----------------\nKommunen har fået tilbud.\n\n"
        "Høring af beboerne\n------------------\nDer har været holdt et møde.\n\n"
        "Beslutning\n----------\nGodkendt.\n\n"
        for n, title, case in ((1, "Ny belysning på stien", "25-004411"),
                               (2, "Udbud af vintertjeneste", "24-000917")))
    sections = [("sagsfremstilling", "Sagsfremstilling"), ("other", "Høring af beboerne"),
                ("beslutning", "Beslutning")]
    assert _shape(text) == [
        ("1", "Ny belysning på stien", "25-004411", False, sections),
        ("2", "Udbud af vintertjeneste", "24-000917", False, sections),
    ]


def test_a_case_number_in_brackets_on_a_line_of_its_own_is_the_case_number():
    text = "KOMMUNALBESTYRELSEN\nReferat\nMødedato: 3. april 2025\n\n" + "".join(
        f"{n}.\n{title}\n({case})\n\nSagsfremstilling\nKommunen har fået tilbud.\n\n"
        "Beslutning\nGodkendt.\n\n"
        for n, title, case in ((1, "Ny belysning på stien", "25-004411"),
                               (2, "Udbud af vintertjeneste", "24-000917")))
    assert [(i.title, i.case_number, [s.type for s in i.sections])
            for i in read_invented(text).items] == [
        ("Ny belysning på stien", "25-004411", ["sagsfremstilling", "beslutning"]),
        ("Udbud af vintertjeneste", "24-000917", ["sagsfremstilling", "beslutning"])]


def test_a_heading_that_names_a_committee_joins_or_qualifies_a_known_heading():
    # a committee's name with a shared first part ("Teknik- og Miljøudvalget") in
    # parentheses; two headings joined by "og"; a heading qualified as changed
    text = _HEAD + (
        "1. Ny belysning på stien\nSagsnr.: 25-004411\n\n"
        "BAGGRUND OG FORMÅL\nKommunen har fået tilbud.\n\n"
        "BESLUTNING (Teknik- og Miljøudvalget 03.04.2025)\nGodkendt.\n\n"
        "2. Udbud af vintertjeneste\nSagsnr.: 24-000917\n\n"
        "Sagens indhold og baggrund\nUdbuddet dækker 2025 til 2029.\n\n"
        "Ændret indstilling\nAdministrationen indstiller, at udbuddet sendes ud.\n\n"
        "Beslutning (Teknik- og Miljøudvalget 03.04.2025)\nGodkendt.\n"
    )
    assert [[(s.type, s.text) for s in i.sections] for i in read_invented(text).items] == [
        [("sagsfremstilling", "Kommunen har fået tilbud."), ("beslutning", "Godkendt.")],
        [("sagsfremstilling", "Udbuddet dækker 2025 til 2029."),
         ("indstilling", "Administrationen indstiller, at udbuddet sendes ud."),
         ("beslutning", "Godkendt.")]]


def test_a_known_heading_in_italics_is_a_heading_where_others_are_bold():
    items = "".join(
        f"<h2>{n}. {title}</h2><p>Sagsnr.: {case}</p>"
        f"<p><{tag}>Sagsfremstilling</{tag}><br>Kommunen har fået tilbud.</p>"
        f"<p><{tag}>Beslutning</{tag}><br>Godkendt.</p>"
        for n, title, case, tag in ((1, "Ny belysning på stien", "25-004411", "strong"),
                                    (2, "Udbud af vintertjeneste", "24-000917", "em"),
                                    (3, "Plan for cykelstier", "24-000918", "strong")))
    page = ("<html><body><h1>Teknik- og Miljøudvalget</h1><p>Referat</p>"
            f"<p>Mødedato: 3. april 2025</p>{items}</body></html>")
    for item in read_invented(page, ".html").items:
        assert [(s.type, s.text) for s in item.sections] == [
            ("sagsfremstilling", "Kommunen har fået tilbud."), ("beslutning", "Godkendt.")]
