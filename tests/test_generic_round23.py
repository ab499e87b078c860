"""Round 23 (issue-18bl) on short invented minutes: a table's head row names its case-number
column in any of the label's wordings; a byline of fields is read part by part by either
reader; an association's minutes are rejected whichever rules read their items."""

from __future__ import annotations

import pytest
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager
from benchmarks.layouts.pdfwriter import render_pdf

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler")
CASES = ("25-004411", "25-007812", "24-019930")
BODY = ["<p><strong>Sagsfremstilling</strong></p><p>Forvaltningen har belyst sagen.</p>",
        "<p><strong>Beslutning</strong></p><p>Godkendt.</p>"]


@pytest.mark.parametrize("label", ["Sagsnr.", "J.nr.", "Journalnummer", "Sag", "Sags-id",
                                   "ESDH-sagsnr."])
def test_a_head_rows_case_column_is_named_in_any_labels_wording(label: str) -> None:
    """`<h2>` titles, each over a table whose head row (Punkt, the case column, Status)
    names its fields over a row of values: whatever the case column's label, the value row
    gives the item's number and case number, never its title."""
    parts = ["<html><body><h1>Referat</h1><p>Socialudvalget</p>",
             "<p>Mødedato: 4. juni 2025</p>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<h2>{title}</h2>",
                  f"<table><tr><th>Punkt</th><th>{label}</th><th>Status</th></tr>"
                  f"<tr><td>{4 + k}</td><td>{case}</td><td>Åben</td></tr></table>", *BODY]
    result = parse_bytes("\n".join([*parts, "</body></html>"]).encode(), "rows.html")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]


@pytest.mark.parametrize("byline", ["Socialudvalget · onsdag 4. juni 2025 · Mødelokale 3",
                                    "Socialudvalget | 4. juni 2025 kl. 16.00 | Mødelokale 3"])
def test_a_byline_is_read_part_by_part_by_either_reader(byline: str) -> None:
    """A plain text in a known family's shape ("4. Title" over "Sagsnr.: …"), its meeting
    stated in one byline of fields parted by `·` or `|`: the known families' rules, which
    claim it, and the generic reader both read the udvalg and the place from its parts."""
    text = "Referat\n" + byline + "\n\n" + "\n\n".join(
        f"{4 + k}. {title}\nSagsnr.: {case}\n\nSagsfremstilling\nForvaltningen har belyst "
        "sagen.\n\nBeslutning\nGodkendt." for k, (title, case) in enumerate(zip(
            TITLES, CASES, strict=True)))
    for known in (True, False):
        result = parse_bytes(text.encode(), "byline.txt", known_layouts=known)
        assert result.ok, result.reason
        meeting = result.meeting
        assert (meeting.layout != "generic") is known
        assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
            "Socialudvalget", "Mødelokale 3", "2025-06-04")


def test_a_list_in_a_sections_text_with_one_heading_word_stays_text() -> None:
    """The other side: a list inside a section's text whose entries are labelled
    ("- Metode: …", "- Tidsplan: …", one of them a heading the table knows): the list is
    the text's, not sections."""
    parts = ["<html><body><h1>Referat</h1><p>Socialudvalget</p><p>Mødedato: 4. juni 2025</p>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<h2>{4 + k}. {title}</h2>", f"<p>Sagsnr.: {case}</p>",
                  "<h3>Sagsfremstilling</h3><p>Forvaltningen foreslår en evaluering:</p>",
                  "<p>- Metode: målinger og interviews.<br>- Tidsplan: en rapport inden "
                  "12 uger.<br>- Data før og efter lukningen.</p>",
                  "<h3>Beslutning</h3><p>Godkendt.</p>"]
    result = parse_bytes("\n".join([*parts, "</body></html>"]).encode(), "liste.html")
    assert result.ok, result.reason
    for item in result.meeting.items:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]


def _numbered(head: list[str], titles: tuple[str, ...]) -> str:
    """A plain text in a known family's shape: "4. Title" over "Sagsnr.: …", then sections."""
    return "\n".join([*head, ""] + [
        f"{4 + k}. {title}\nSagsnr.: {case}\n\nSagsfremstilling\nForvaltningen har belyst "
        "sagen.\n\nBeslutning\nGodkendt.\n"
        for k, (title, case) in enumerate(zip(titles, CASES, strict=True))])


@pytest.mark.parametrize("head", [
    ["Grundejerforeningen Strandparken", "Referat af bestyrelsesmøde", "Dato: 4. juni 2025"],
    ["Referat", "Bestyrelsesmøde i Ejerforeningen Bakkehuset", "Dato: 4. juni 2025"],
    ["Referat af ordinær generalforsamling", "Dato: 4. juni 2025"]])
def test_an_associations_minutes_in_a_known_familys_shape_are_rejected(head: list[str]) -> None:
    """An association's minutes in the shape the known families' rules claim: rejected by
    the guard the generic reader runs, whichever rules read the items."""
    titles = ("Vedligeholdelse af fællesarealer", "Regnskab for første halvår",
              "Ny aftale om snerydning")
    result = parse_bytes(_numbered(head, titles).encode(), "forening.txt")
    assert not result.ok
    assert result.reason.startswith("not municipal minutes"), result.reason


def test_a_kommunes_minutes_in_a_known_familys_shape_naming_a_forening_are_read() -> None:
    """The other side: a kommune's referat in that shape whose guest is a forening's
    chairman is read, by the known families' rules."""
    head = ["Referat", "Kultur- og Fritidsudvalget", "Mødedato: 4. juni 2025",
            "Gæster: formanden for Grundejerforeningen Strandparken (punkt 6)"]
    result = parse_bytes(_numbered(head, TITLES).encode(), "udvalg.txt")
    assert result.ok, result.reason
    assert result.meeting.layout != "generic"
    assert [i.title for i in result.meeting.items] == list(TITLES)


@pytest.mark.parametrize("marker", ["Punkt nummer {n}:", "Pkt. nummer {n}.", "Sag nummer {n}:"])
def test_the_word_number_spelt_out_between_marker_and_number(marker: str) -> None:
    """`Punkt nummer 4: Title`: the word for the number written out, as `Punkt nr. 4`
    abbreviates it, is no part of the title; the number is the item's."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025", ""]
    for k, title in enumerate(TITLES):
        lines += [f"{marker.format(n=4 + k)} {title}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "nummer.txt")
    assert result.ok, result.reason
    assert [(i.number, i.title) for i in result.meeting.items] == [
        (str(4 + k), t) for k, t in enumerate(TITLES)]


def test_a_number_whose_full_stop_is_misread_as_a_comma_within_the_run() -> None:
    """An OCR layer's text: most items `N. Title`, some `N, Title` (the full stop misread),
    two of them first: each is the item the numbers around it say, with its case number
    and sections; a `2, Title` line in an item's text, where the run does not place it,
    stays text."""
    titles = ("Udsættelse af forpagtningsafgift", "Reform af boliganvisningen",
              "Orientering om årsregnskab", "Trafiksikkerhed ved skolevejene",
              "Tilskud til foreningernes lokaler")
    lines = ["REFERAT", "ØKONOMIUDVALGET", "Mødet den 12. marts 2024 kl. 19.30", ""]
    for k, title in enumerate(titles):
        mark = "," if k in (0, 1, 3) else "."
        lines += [f"{23 + k}{mark} {title}", f"Journal nr. 24-0{1200 + k}", "",
                  "SAGSFREMSTILLING", "Forvaltningen har belyst sagen.",
                  *(["2, Ældrerådet har afgivet høringssvar."] if k == 2 else []), "",
                  "BESLUTNING", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "ocr.txt")
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title, i.case_number) for i in items] == [
        (str(23 + k), t, f"24-0{1200 + k}") for k, t in enumerate(titles)]
    assert all([s.type for s in i.sections] == ["sagsfremstilling", "beslutning"]
               for i in items)


def test_a_closed_title_alone_is_not_continued_by_the_next_items_opening() -> None:
    """A PDF whose items open `N Title` in large type; a closed item is only its title
    `Lukket sag`, the next item's `N+1 Title` right under it in the same type: that line
    opens the next item (the number after the closed item's), never the rest of a marker
    broken off `… sag`."""
    lines = [("Referat", 16, True), ("Økonomiudvalget", 12, True),
             ("Mødedato: 12. marts 2024", 10, False)]
    numbered = [(12, TITLES[0], CASES[0]), (13, "Lukket sag", None),
                (14, TITLES[1], CASES[1]), (15, TITLES[2], CASES[2])]
    for number, title, case in numbered:
        lines.append((f"{number} {title}", 14, False))
        if case:
            lines += [(f"Sagsnummer: {case}", 9, False), ("Sagsfremstilling", 10, True),
                      ("Forvaltningen har belyst sagen.", 10, False), ("Beslutning", 10, True),
                      ("Godkendt.", 10, False)]
    result = parse_bytes(render_pdf(lines), "closed.pdf")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, i.closed) for i in result.meeting.items] == [
        (str(n), t, c, c is None) for n, t, c in numbered]


def test_a_group_heading_that_names_its_items_closed() -> None:
    """Open items, then, last, under a group heading `Lukkede sager`, a closed one that is
    only its title; a contents list names the groups before the items: the item under
    `Lukkede sager` is closed, the others (after the contents' own `Lukkede sager` line)
    are open."""
    contents = ["<h2>Indhold</h2><p>Åbne sager</p><ol start='4'>",
                *(f"<li>{t}</li>" for t in TITLES), "</ol><p>Lukkede sager</p>",
                "<ol start='7'><li>Salg af grund</li></ol>"]
    parts = ["<html><body><h1>Referat – Socialudvalget</h1><p>Mødedato: 4. juni 2025</p>",
             *contents]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<h4>{4 + k}. {title}</h4>", f"<p>Sagsnr.: {case}</p>", *BODY]
    parts += ["<h3>Lukkede sager</h3>", "<h4>7. Salg af grund</h4>", "</body></html>"]
    result = parse_bytes("\n".join(parts).encode(), "groups.html")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        *((str(4 + k), t, False) for k, t in enumerate(TITLES)), ("7", "Salg af grund", True)]


@pytest.mark.parametrize("bullet", ["-", "•", "*"])
def test_run_in_headings_set_as_a_lists_entries(bullet: str) -> None:
    """Each section a list's entry, its heading run in (`- Resumé: text`), further
    paragraphs indented under it: the bullet is the list's typography, the heading and
    its text are split as any run-in heading's."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}. {title}", f"   Sagsnr. {case}", "",
                  f"   {bullet} Resumé: Sagen handler om en ny ordning.",
                  f"   {bullet} Sagsfremstilling: Forvaltningen har belyst sagen.",
                  "     Der er indhentet tilbud fra tre leverandører.",
                  f"   {bullet} Beslutning: Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "bullets.txt")
    assert result.ok, result.reason
    for item in result.meeting.items:
        assert [(s.type, s.text.split("\n")[0]) for s in item.sections] == [
            ("resume", "Sagen handler om en ny ordning."),
            ("sagsfremstilling", "Forvaltningen har belyst sagen."),
            ("beslutning", "Godkendt.")]


def test_decisions_collected_in_a_protocol_after_the_items() -> None:
    """Items without decisions, then a closing `Beslutningsprotokol` table of Punkt |
    Beslutning with a row per item: each row's decision is the decision of the item it
    numbers, and no part of the last item."""
    decisions = ("Godkendt.", "Taget til efterretning.", "Udsat.")
    parts = ["<html><body><h1>Referat – Socialudvalget</h1><p>Mødedato: 4. juni 2025</p>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<h2>Punkt {4 + k} – {title}</h2>", f"<p>Sagsnr.: {case}</p>",
                  "<h3>Sagsfremstilling</h3><p>Forvaltningen har belyst sagen.</p>",
                  "<h3>Indstilling</h3><p>Forvaltningen indstiller, at sagen godkendes.</p>"]
    parts += ["<h2>Beslutningsprotokol</h2><table><tr><th>Punkt</th><th>Beslutning</th></tr>",
              *(f"<tr><td>{4 + k}</td><td><p>{d}</p></td></tr>" for k, d in enumerate(decisions)),
              "</table></body></html>"]
    result = parse_bytes("\n".join(parts).encode(), "protokol.html")
    assert result.ok, result.reason
    for item, decision in zip(result.meeting.items, decisions, strict=True):
        assert [(s.type, s.text) for s in item.sections] == [
            ("sagsfremstilling", "Forvaltningen har belyst sagen."),
            ("indstilling", "Forvaltningen indstiller, at sagen godkendes."),
            ("beslutning", decision)]


def _item_pages(crumb: str, fields: str) -> bytes:
    """A portal's item pages saved one after another: per item a breadcrumb `crumb`
    ({n}), an unnumbered `<h1>` title, `fields` under it ({case}) and `<h2>` headings."""
    pages = [f"<div class='side'><nav class='breadcrumb'>{crumb.format(n=4 + k)}</nav>"
             f"<h1>{title}</h1>{fields.format(case=case)}"
             "<h2>Sagsfremstilling</h2><p>Forvaltningen har belyst sagen.</p>"
             "<h2>Beslutning</h2><p>Godkendt.</p>"
             "<nav class='pager'><a href='#'>Næste punkt »</a></nav></div>"
             for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True))]
    return ("<html><head><title>Referat - Socialudvalget</title></head><body>"
            + "".join(pages) + "</body></html>").encode()


def test_a_breadcrumb_that_ends_in_an_item_numbers_the_page_under_it() -> None:
    """Item pages whose numbers stand only at the end of a breadcrumb (`Forside › Politik
    › Socialudvalget › Punkt 4`): each page's title is that item's, numbered so; the
    crumbs before it name the body where nothing else does."""
    html = _item_pages("Forside › Politik › Socialudvalget › Punkt {n}",
                       "<p>Sagsnr.: {case}</p><p>Mødedato: 4. juni 2025</p>")
    result = parse_bytes(html.replace(b"Referat - Socialudvalget", b"Referat"), "sider.html")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
    assert result.meeting.udvalg == "Socialudvalget"


def test_the_meetings_fields_repeated_under_each_title_are_the_meetings() -> None:
    """A page per item, each repeating the meeting's date and place in a list of fields
    under its title (`<dt>Mødedato</dt><dd>…</dd>`) after its case number: they are the
    meeting's date and place, and no section of the item."""
    html = _item_pages("Forside › Politik › Punkt {n}",
                       "<dl><dt>Sagsnummer</dt><dd>{case}</dd><dt>Mødedato</dt>"
                       "<dd>4. juni 2025</dd><dt>Mødested</dt><dd>Byrådssalen</dd></dl>")
    result = parse_bytes(html, "sider.html")
    assert result.ok, result.reason
    meeting = result.meeting
    assert (str(meeting.date), meeting.place) == ("2025-06-04", "Byrådssalen")
    for item in meeting.items:
        assert [(s.type, s.text) for s in item.sections] == [
            ("sagsfremstilling", "Forvaltningen har belyst sagen."), ("beslutning", "Godkendt.")]


def test_a_title_wrapped_beside_a_larger_number_keeps_its_second_line() -> None:
    """A PDF whose item numbers stand in the margin in regular 18 pt beside bold 12 pt
    titles, some titles wrapped to a second line in their own type: the number is the
    item's marker, the title's type is its line's, so the second line is the title's."""
    titles = ("Kommuneplantillæg nr. 2 - første temarevision til Kommuneplan 2025 om",
              "Trafiksikkerhed ved skolevejene", "Tilskud til foreningernes lokaler i")
    rest = ("Boliger til hele livet, endelig vedtagelse", None, "Hundige og Greve")
    p = Pager()
    for text, size, font in (("Referat", 20, 2), ("Økonomiudvalget", 12, 2),
                             ("Mødedato: 12. marts 2024", 10, 1)):
        p.room(size * 1.5)
        p.put(56, text, size, font)
    for k, (title, more, case) in enumerate(zip(titles, rest, CASES, strict=True)):
        p.room(30)
        p.put(56, str(9 + k), 18, 1)
        p.put(90, title, 12, 2)
        if more:
            p.room(16)
            p.put(90, more, 12, 2)
        for text, font in ((f"Sagsnr. {case}", 1), ("Sagsfremstilling", 2),
                           ("Forvaltningen har belyst sagen.", 1), ("Beslutning", 2),
                           ("Godkendt.", 1)):
            p.room(15)
            p.put(90, text, 10, font)
    result = parse_bytes(p.pdf(), "margin.pdf")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(9 + k), f"{t} {m}" if m else t, c)
        for k, (t, m, c) in enumerate(zip(titles, rest, CASES, strict=True))]


def test_a_title_wrapped_over_its_underline_is_one_title_with_its_status() -> None:
    """A text export: `Punkt N` alone, the title wrapped over two lines and underlined with
    `=` as one block, the second line capitalised; a closed item's `Lukket punkt` under its
    two-line title: each title is both lines, and the status is that item's, not the next."""
    titles = (("Henvendelse fra FrivilligCenter Greve om etablering af sansehave ved Greve",
               "Borgerhus"),
              ("Udsættelse af forpagtningsafgift på Cafe Langsiden på grund af tab for",
               "Forpagteren"),
              ("Trafiksikkerhed ved skolevejene", None))
    lines = ["BYRÅDET", "REFERAT", "MØDEDATO: 12. marts 2024", ""]
    for k, ((first, second), case) in enumerate(zip(titles, CASES, strict=True)):
        lines += [f"Punkt {4 + k}", first, *([second] if second else []), "=" * len(first)]
        lines += ["Lukket punkt", "", ""] if k == 1 else [
            f"Sagsnr. {case}", "", "Sagsfremstilling", "-" * 16, "Forvaltningen har belyst "
            "sagen.", "", "Beslutning", "-" * 10, "Godkendt.", "", ""]
    result = parse_bytes("\n".join(lines).encode(), "export.txt")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        (str(4 + k), f"{first} {second}" if second else first, k == 1)
        for k, (first, second) in enumerate(titles)]


def _fields_page(fields: str) -> bytes:
    parts = ["<html><body><h1>Referat</h1>", fields]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<h2>{4 + k}. {title}</h2>", f"<p>Sagsnr.: {case}</p>", *BODY]
    return "\n".join([*parts, "</body></html>"]).encode()


def test_a_field_label_in_an_element_of_its_own_needs_no_colon() -> None:
    """The meeting's fields as labels in elements of their own before their values, no
    colon (`<span class='label'>Udvalg</span> Økonomiudvalget<br>`): each label is a
    label, so the udvalg is the value alone."""
    html = _fields_page("<div><span class='label'>Udvalg</span> Økonomiudvalget<br>"
                        "<span class='label'>Dato</span> 12. marts 2024<br>"
                        "<span class='label'>Sted</span> Mødesal 2</div>")
    result = parse_bytes(html, "felter.html")
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, str(meeting.date), meeting.place) == (
        "Økonomiudvalget", "2024-03-12", "Mødesal 2")


def test_two_labelled_fields_on_one_line_apart_by_a_gap() -> None:
    """`Mødedato: 4. juni 2025, kl. 16.00      Mødested: Byrådssalen`: the second field after
    the gap is a field of its own, so the place is read."""
    lines = ["Referat", "Socialudvalget",
             "Mødedato: 4. juni 2025, kl. 16.00      Mødested: Byrådssalen", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"Punkt {4 + k}: {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "felter.txt", known_layouts=False)
    assert result.ok, result.reason
    assert (str(result.meeting.date), result.meeting.place) == ("2025-06-04", "Byrådssalen")


def test_an_emails_date_header_is_when_it_was_sent_not_the_meeting() -> None:
    """A dagsorden sent as an e-mail: `Fra:`, `Til:`, `Emne:`, `Dato: 5. marts 2024 09:14`,
    then a sentence stating the meeting on 12 March: the meeting's date is the sentence's,
    the mail's date header only says when it was sent."""
    lines = ["Fra: Sekretariatet <sekretariat@kommune.dk>", "Til: Medlemmer af Byrådet",
             "Emne: Dagsorden", "Dato: 5. marts 2024 09:14", "",
             "Hermed dagsorden til mødet tirsdag den 12. marts 2024 kl. 17.00 i Mødelokale 3.",
             ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"Pkt {4 + k} - {title} (j.nr. {case})", "", "Baggrund",
                  "Forvaltningen har belyst sagen.", "", "Forslag",
                  "Forvaltningen foreslår, at sagen godkendes.", ""]
    result = parse_bytes("\n".join(lines).encode(), "mail.txt")
    assert result.ok, result.reason
    assert (str(result.meeting.date), result.meeting.place) == ("2024-03-12", "Mødelokale 3")


def test_a_closed_items_note_that_it_is_closed_to_the_public_is_no_section() -> None:
    """A closed item whose only words are `Punktet er lukket for offentligheden.`: a note
    on how it was handled, as "Behandlet for lukkede døre." is; the item is closed and has
    no section."""
    parts = ["<html><body><h1>Dagsorden – Byrådet</h1><p>Mødedato: 4. juni 2025</p>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<h3>Punkt {4 + k}. {title}</h3>", f"<p>Sagsnr.: {case}</p>",
                  "<h4>Sagsfremstilling</h4><p>Forvaltningen har belyst sagen.</p>"]
    parts += ["<h3>Punkt 7. Salg af grund</h3><p>Punktet er lukket for offentligheden.</p>"]
    result = parse_bytes("\n".join([*parts, "</body></html>"]).encode(), "lukket.html")
    assert result.ok, result.reason
    last = result.meeting.items[-1]
    assert (last.number, last.title, last.closed, last.sections) == ("7", "Salg af grund", True, [])


def test_a_bold_status_or_case_number_under_a_bold_title_is_no_part_of_it() -> None:
    """The other side of the underlined title: HTML titles in bold paragraphs, each with its
    case number in bold under it, and a closed one with `Lukket punkt` in bold under it:
    neither is the title's next line, and the status is the closed item's."""
    parts = ["<html><body><h1>Referat</h1><p>Socialudvalget</p><p>Mødedato: 4. juni 2025</p>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<p><b>{4 + k + (k == 2)}) {title}</b></p>", f"<p><b>{case}</b></p>",
                  "<h3>Sagsfremstilling</h3><p>Forvaltningen har belyst sagen.</p>"]
        if k == 1:
            parts += ["<p><b>6) Salg af grund</b></p><p><b>Lukket punkt</b></p>"]
    result = parse_bytes("\n".join([*parts, "</body></html>"]).encode(), "fed.html")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, i.closed) for i in result.meeting.items] == [
        ("4", TITLES[0], CASES[0], False), ("5", TITLES[1], CASES[1], False),
        ("6", "Salg af grund", None, True), ("7", TITLES[2], CASES[2], False)]
