"""Conventions of publishing systems, read by principles: invisible format characters
(soft hyphens, zero-width spaces) are no text, a word hyphenated at a title's line end is
one word again. Short invented minutes."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager
from benchmarks.layouts.pdfwriter import render_pdf
from tests.invented import read_invented

TITLES = ("Godkendelse af dagsorden", "Ny plan for cykelstier i den østlige bydel",
          "Vejbelysning på Strandvejen")
CASES = ("25-001122", "25-003344", "25-005566")


def test_soft_hyphens_and_zero_width_spaces_are_no_text() -> None:
    """A CMS hyphenates long words with soft hyphens ("Sags&shy;fremstilling") and puts
    zero-width spaces after numbers: the title and the heading read without them."""
    body = ["<html><body><h1>Referat</h1><p>Teknik- og Miljøudvalget</p>",
            "<p>Mødedato: 3. april 2025</p>"]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        shy = title.replace("cykelstier", "cykel&shy;stier").replace("Vejbelysning",
                                                                     "Vej&shy;belysning")
        body += [f"<h2>Punkt&nbsp;{n}:&#8203; {shy}</h2><p>Sagsnr.&nbsp;{case}</p>",
                 "<h3>Sags&shy;frem&shy;stilling</h3><p>Forvaltningen har en plan.</p>",
                 "<h3>Beslut&shy;ning</h3><p>Godkendt.</p>"]
    meeting = read_invented("\n".join([*body, "</body></html>"]), ".html")
    assert [i.title for i in meeting.items] == list(TITLES)
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]
        assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Beslutning"]


def test_a_word_hyphenated_at_a_titles_line_end_is_one_word() -> None:
    """Word's hyphenation breaks "cykelstier" as "cykel-" / "stier": the title reads
    "cykelstier"; a compound's own hyphen ("EU-" / "midler") and a conjunction after a
    hyphen ("Børne-" / "og …") stay as printed."""
    broken = [("Ny plan for cykel-", "stier i den østlige bydel"),
              ("Ansøgning om EU-", "midler til kysten"),
              ("Børne-", "og Ungeudvalgets budget")]
    lines = [("Referat", 16, True), ("Teknik- og Miljøudvalget", 11, False),
             ("Mødedato: 3. april 2025", 10, False)]
    for n, ((first, second), case) in enumerate(zip(broken, CASES, strict=True), start=1):
        lines += [("", 10, False), (f"{n}. {first}", 13, True), (second, 13, True),
                  (f"Sagsnr.: {case}", 9, False), ("Sagsfremstilling", 10, True),
                  ("Forvaltningen har en plan.", 10, False), ("Beslutning", 10, True),
                  ("Godkendt.", 10, False)]
    meeting = read_invented(render_pdf(lines), ".pdf")
    assert [i.title for i in meeting.items] == [
        "Ny plan for cykelstier i den østlige bydel", "Ansøgning om EU-midler til kysten",
        "Børne- og Ungeudvalgets budget"]


def test_a_word_hyphenated_at_a_text_lines_end_is_one_word() -> None:
    """The same in a section's text: "budget-" / "opfølgningen" is searchable as the word
    "budgetopfølgningen"; "Social-" / "og …" keeps its hyphen and its space."""
    lines = [("Referat", 16, True), ("Teknik- og Miljøudvalget", 11, False),
             ("Mødedato: 3. april 2025", 10, False)]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        lines += [("", 10, False), (f"{n}. {title}", 13, True), (f"Sagsnr.: {case}", 9, False),
                  ("Sagsfremstilling", 10, True), ("Forvaltningen har lavet budget-", 10, False),
                  ("opfølgningen for Social-", 10, False), ("og Sundhedsområdet.", 10, False),
                  ("Beslutning", 10, True), ("Godkendt.", 10, False)]
    meeting = read_invented(render_pdf(lines), ".pdf")
    assert [s.text for s in meeting.items[1].sections] == [
        "Forvaltningen har lavet budgetopfølgningen for Social-\nog Sundhedsområdet.",
        "Godkendt."]


def test_a_title_line_ending_in_a_preposition_or_vedr_continues() -> None:
    """A text export wraps "… vedr." / "Reparation af …": a line that ends in a word
    wanting its object does not end the title, even when the next line is capitalised."""
    rows = ["REFERAT", "Teknik- og Miljøudvalget", "Mødedato: 3. april 2025", ""]
    broken = [("Godkendelse af dagsorden", None),
              ("Forslag fra (A), (C) og (F) vedr.", "Reparation af broen ved havnen samt"),
              ("Orientering om", "Vejbelysning på Strandvejen")]
    for n, ((first, second), case) in enumerate(zip(broken, CASES, strict=True), start=1):
        rows += [f"Punkt {n} – {first}", *([second] if second else []),
                 *(["redegørelse for alle broer"] if n == 2 else []), f"Sagsnr.: {case}",
                 "", "Sagsfremstilling", "Forvaltningen har en plan.", "", "Beslutning",
                 "Godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden",
        "Forslag fra (A), (C) og (F) vedr. Reparation af broen ved havnen samt redegørelse for "
        "alle broer",
        "Orientering om Vejbelysning på Strandvejen"]


def test_a_numbered_list_of_attachment_files_ends_at_the_next_title() -> None:
    """"Bilag" / "1. Situationsplan.pdf" / "2. Notat.docx" closes item 2; "3. Title" after
    it, in the same type, is item 3, not the list's third entry (its file names end)."""
    rows = ["Referat", "Teknik- og Miljøudvalget", "Mødedato: 3. april 2025", ""]
    for n, title in enumerate(TITLES, start=1):
        rows += [f"{n}. {title}", "", "Sagsfremstilling", "Forvaltningen har en plan.", "",
                 "Beslutning", "Godkendt.", "", "Bilag:",
                 *[f"{k}. {name}" for k, name in enumerate(
                     ["Situationsplan.pdf", "Notat om høringen.docx"][: n % 3], start=1)], ""]
    meeting = read_invented("\n".join(rows))
    assert [i.title for i in meeting.items] == list(TITLES)
    assert meeting.items[1].sections[-1].text == "1. Situationsplan.pdf\n2. Notat om høringen.docx"


def test_a_title_repeated_with_fortsat_atop_a_page_is_no_text() -> None:
    """A page that continues an item opens with "2. Title (fortsat)": the decision the
    page break cut reads whole, without the repeated title (the generic reader; these
    lines also fit a known family's rules)."""
    p = Pager()
    for text, size, font in [("Referat", 16, 2), ("Teknik- og Miljøudvalget", 11, 1),
                             ("Mødedato: 3. april 2025", 10, 1)]:
        p.room(size + 6)
        p.put(56, text, size, font)
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows = [(f"{n}. {title}", 13, 2), (f"Sagsnr.: {case}", 9, 1),
                ("Sagsfremstilling", 10, 2), ("Forvaltningen har en plan.", 10, 1),
                ("Beslutning", 10, 2), ("Godkendt med den ændring,", 10, 1),
                ("at planen udvides.", 10, 1)]
        for text, size, font in rows:
            if n == 2 and text.startswith("at "):
                p.new_page()
                p.room(18)
                p.put(56, f"{n}. {title} (fortsat)", 13, 2)
            p.room(size + 6)
            p.put(56, text, size, font)
    meeting = parse_bytes(p.pdf(), "invented.pdf", known_layouts=False).meeting
    assert [i.title for i in meeting.items] == list(TITLES)
    decision = meeting.items[1].sections[-1]
    assert decision.text == "Godkendt med den ændring,\nat planen udvides."


def test_page_lines_of_text_copied_from_a_pdf_end_its_pages() -> None:
    """Text copied out of a PDF keeps "Side 2 af 4" and the running header under it, but
    no form feeds: the header ("Udvalg, date", which reads as a decision's dated heading)
    is furniture, and the text it cut reads whole."""
    rows = ["Referat", "Teknik- og Miljøudvalget", "Mødedato: 3. april 2025", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f"{n}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
                 "Forvaltningen har en plan for", "", f"Side {n} af 4",
                 "Teknik- og Miljøudvalget, 3. april 2025", "", "de kommende år.", "",
                 "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.title for i in meeting.items] == list(TITLES)
    for item in meeting.items:
        assert [(s.type, s.text) for s in item.sections] == [
            ("sagsfremstilling", "Forvaltningen har en plan for\nde kommende år."),
            ("beslutning", "Godkendt.")]
