"""Round 27 (issue-18bw) on short invented minutes: a footnote's raised mark after a title,
the case number only in that footnote at the page's foot; a status bar over the title
(`Sag 4 · Åben · Sagsnr. …`); an item's number right-aligned on its title's line and a
closed item without sections before the next; the meeting's fields with a label in an
element of their own, after `af mødet i`, and two to a paragraph; from combinations never
run before: a closed item's status as its title before the next item's case number above
its marker, a bracketed case number wrapped from the title's line, and an agenda listed
before unnumbered items that prints a closed entry as its status alone."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager
from benchmarks.layouts.generate12 import _width
from tests.test_generic_round25 import DECISION, SECOND_CLOSED, TITLES, _items

HEAD = ["Socialudvalget", "Mødedato: 4. juni 2025", "Mødested: Mødelokale 3"]


def _sections(p: Pager) -> None:
    for leading, text, font in ((20, "Sagsfremstilling", 2),
                                (14, "Forvaltningen har belyst sagen.", 1),
                                (20, "Beslutning", 2), (14, DECISION[0], 1)):
        p.room(leading)
        p.put(56, text, 10, font)


def _footnoted(note: str) -> bytes:
    """A Word PDF: `N. Title` bold 12 with a footnote mark (7 pt, raised 5 pt) after its
    last word, the marks counting from 1; at the page's foot, under a short rule, the
    footnotes in 8 pt: `1 Sagsnr. …` (`2 Lukket punkt` for the closed item). One line of
    the first item's text ends in a mark too, its footnote `note`."""
    p = Pager()
    p.head("Referat", HEAD)
    for mark, (number, title, _case, closed, _) in enumerate(SECOND_CLOSED, start=1):
        text = f"{number}. {title}"
        p.room(30)
        p.put(56, text, 12, 2)
        p.put(56 + _width(text, 12, "Helvetica-Bold") + 1, str(mark), 7, 2, y=p.y + 5)
        if closed:
            continue
        _sections(p)
        if mark == 1:
            p.room(14)
            p.put(56, "Udvalget henviste til lovens regler.", 10)
            p.put(56 + _width("Udvalget henviste til lovens regler.", 10) + 1, "4", 7,
                  y=p.y + 4)
    p.rule(56, 200, 130)
    notes = [f"{k} Lukket punkt" if closed else f"{k} Sagsnr. {case}"
             for k, (_, _, case, closed, _) in enumerate(SECOND_CLOSED, start=1)]
    for k, text in enumerate([*notes, f"4 {note}"]):
        p.put(56, text, 8, y=118 - 10 * k)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def test_a_case_number_in_the_footnote_its_mark_after_the_title_calls() -> None:
    """The raised mark is no part of the title, and a footnote that holds the item's case
    number or status is the item's, the footnote whose mark the title carries."""
    result = parse_bytes(_footnoted("Se bilag 2."), "noter.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert _items(result) == SECOND_CLOSED


def test_a_mark_whose_footnote_holds_no_metadata_stays_in_its_text() -> None:
    """A footnote of another kind (a reference) stays where it is, and its mark in the line
    that calls it, as pdfminer reads it."""
    result = parse_bytes(_footnoted("Se bilag 2."), "noter.pdf", known_layouts=False)
    texts = [s.text for s in result.meeting.items[0].sections]
    assert any(t.endswith("lovens regler. 4") for t in texts), texts


def _status_bar() -> bytes:
    """A byråd's protocol: over each item a dark bar with white 9 pt text `Sag N · Åben ·
    Sagsnr. …` (`Sag N · Lukket` for the closed item), the title bold 13 unnumbered below
    it, the first title wrapped over two lines."""
    p = Pager()
    p.head("Beslutningsprotokol", ["Byrådet", "Mødedato: 4. juni 2025",
                                   "Mødested: Byrådssalen"])
    for k, (number, title, case, closed, _) in enumerate(SECOND_CLOSED):
        p.room(30)
        p.pages[-1].append(b"0.2 g 50 %.1f 495 14 re f" % (p.y - 4))
        bar = f"Sag {number} · Lukket" if closed else f"Sag {number} · Åben · Sagsnr. {case}"
        p.pages[-1].append(b"1 g")
        p.put(56, bar, 9)
        p.pages[-1].append(b"0 g")
        for n, line in enumerate([title[:17], title[18:]] if k == 0 else [title]):
            p.room(20 if n == 0 else 15)
            p.put(56, line, 13, 2)
        if not closed:
            _sections(p)
    return p.pdf()


def test_a_status_bar_over_the_title_is_no_title() -> None:
    """A marker's line of metadata only, a status among them (`Åben`), is no title: the
    line set apart under it is, wrapped lines whole; the closed item's too."""
    result = parse_bytes(_status_bar(), "bar.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert _items(result) == SECOND_CLOSED


def _number_right_of_the_title() -> bytes:
    """A region's minutes: each title bold 12 at the margin, the first wrapped, `Sag nr. N`
    bold 10 right-aligned on its first baseline; the case number 9 pt under the title (the
    closed item's `Lukket punkt`, and nothing else: no section)."""
    p = Pager()
    p.head("Referat", ["Forretningsudvalget", "Mødedato: 4. juni 2025",
                       "Mødested: Regionshuset"])
    for k, (number, title, case, closed, _) in enumerate(SECOND_CLOSED):
        for n, line in enumerate([title[:17], title[18:]] if k == 0 else [title]):
            p.room(30 if n == 0 else 15)
            p.put(56, line, 12, 2)
            if n == 0:
                p.put(539 - _width(f"Sag nr. {number}", 10, "Helvetica-Bold"),
                      f"Sag nr. {number}", 10, 2)
        p.room(14)
        p.put(56, "Lukket punkt" if closed else f"Sagsnr. {case}", 9)
        if not closed:
            _sections(p)
    return p.pdf()


def test_an_item_number_right_of_its_title() -> None:
    """`Title<tab>Sag nr. 4` numbers the title, as `Title<tab>4` and `Title<tab>Punkt 4`
    do; the closed item without sections is an item of its own."""
    result = parse_bytes(_number_right_of_the_title(), "region.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert _items(result) == SECOND_CLOSED


def _page(fields: str) -> bytes:
    body = "".join(f"<h2>{number}. {title}</h2><h3>Beslutning</h3><p>{DECISION[0]}</p>"
                   for number, title, *_ in SECOND_CLOSED)
    return f"<html><body><h1>Referat</h1>{fields}{body}</body></html>".encode()


def test_a_label_in_an_element_of_its_own_before_its_value() -> None:
    """`<span>Udvalg</span> <span>value</span>`: the label's value is the next element's,
    no part of the udvalg's name."""
    fields = "".join(f"<div><span class='a'>{label}</span> <span class='b'>{value}</span></div>"
                     for label, value in (("Udvalg", "Socialudvalget"),
                                          ("Mødedato", "4. juni 2025"),
                                          ("Mødested", "Mødelokale 3")))
    result = parse_bytes(_page(fields), "felter.html", known_layouts=False)
    assert result.ok, result.reason
    m = result.meeting
    assert (m.udvalg, str(m.date), m.place) == ("Socialudvalget", "2025-06-04", "Mødelokale 3")


def test_the_udvalg_after_af_moedet_i() -> None:
    """`Referat` / `af mødet i Socialudvalget`: the words before the body's name are none
    of it."""
    lines = ["REFERAT", "af mødet i Socialudvalget", "onsdag den 4. juni 2025 kl. 15.00",
             "Mødested: Mødelokale 3", ""]
    for number, title, *_ in SECOND_CLOSED:
        lines += [f"{number}. {title}", "", "Beslutning:", DECISION[0], ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert (result.meeting.udvalg, result.meeting.place) == ("Socialudvalget", "Mødelokale 3")


def test_two_labelled_fields_in_one_paragraph() -> None:
    """`Mødedato: … kl. 15.00. Mødested: …`: a sentence's end before the next label parts
    the two fields."""
    fields = ("<p>Socialudvalget</p>"
              "<p>Mødedato: 4. juni 2025 kl. 15.00. Mødested: Mødelokale 3</p>")
    result = parse_bytes(_page(fields), "byraad.html", known_layouts=False)
    assert result.ok, result.reason
    m = result.meeting
    assert (m.udvalg, str(m.date), m.place) == ("Socialudvalget", "2025-06-04", "Mødelokale 3")
    assert [i.title for i in m.items] == list(TITLES)


def _case_above_the_marker() -> str:
    """A text export: each item's case number, then its number alone on a line, then its
    title; the closed item's title replaced by `Lukket punkt`."""
    lines = ["Dagsorden for Socialudvalget", "Mødedato: 4. juni 2025", ""]
    for number, title, case, closed, _ in SECOND_CLOSED:
        lines += [] if closed else [f"Sagsnr.: {case}"]
        lines += [f"{number}.", "Lukket punkt" if closed else title]
        lines += [] if closed else ["Sagsfremstilling", "Forvaltningen har belyst sagen.",
                                    "Beslutning", DECISION[0]]
    return "\n".join(lines)


def test_a_closed_status_as_the_title_before_the_next_case_number() -> None:
    """`5.` / `Lukket punkt` / `Sagsnr.: …` / `6.`: the status is all the closed item's
    title, the case number the next item's, printed above its marker."""
    result = parse_bytes(_case_above_the_marker().encode(), "dagsorden.txt",
                         known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, i.closed) for i in result.meeting.items] == [
        ("4", TITLES[0], SECOND_CLOSED[0][2], False), ("5", "Lukket punkt", None, True),
        ("6", TITLES[2], SECOND_CLOSED[2][2], False)]


def test_a_bracketed_case_number_wrapped_from_the_title() -> None:
    """`4. Title (Sagsnr.` / `25-004411)`, all in the text's type: the case number's value
    on the next line is the title's, and no section."""
    p = Pager()
    p.head("Dagsorden", HEAD)
    for number, title, case, closed, _ in SECOND_CLOSED:
        p.room(30)
        if closed:
            p.put(56, f"{number}. Lukket punkt", 10)
            continue
        p.put(56, f"{number}. {title} (Sagsnr.", 10)
        p.room(14)
        p.put(56, f"{case})", 10)
        _sections(p)
    result = parse_bytes(p.pdf(), "wrap.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.title, i.case_number) for i in result.meeting.items] == [
        (TITLES[0], SECOND_CLOSED[0][2]), ("Lukket punkt", None),
        (TITLES[2], SECOND_CLOSED[2][2])]
    assert [s.heading for s in result.meeting.items[0].sections] == [
        "Sagsfremstilling", "Beslutning"]


def test_a_listed_agenda_with_a_closed_entry_before_unnumbered_items() -> None:
    """Unnumbered titles in capitals, listed first under `Dagsorden` with the closed item as
    `LUKKET PUNKT`; each item's case number above its title: the list's lines are no items
    (its closed entry neither, nor the title under it), the closed item in the text is."""
    order = [SECOND_CLOSED[0], SECOND_CLOSED[2], SECOND_CLOSED[1]]
    listed = ["LUKKET PUNKT" if closed else title.upper() for _, title, _, closed, _ in order]
    lines = ["Referat af mødet i Socialudvalget", "Mødedato: 4. juni 2025",
             "Mødested: Mødelokale 3", "Dagsorden", *listed, "KLUBLOKALER I HALLEN"]
    body = []
    for _, title, case, closed, _ in order:
        if closed:
            body.append("LUKKET PUNKT")
            continue
        body += [f"J.nr.: {case}", title.upper(), "Sagsfremstilling",
                 "Forvaltningen har belyst sagen.", "Beslutning", DECISION[0]]
    body += ["J.nr.: 25-000001", "KLUBLOKALER I HALLEN", "Sagsfremstilling",
             "Foreningerne har søgt om lokaler.", "Beslutning", DECISION[0]]
    result = parse_bytes("\n".join(lines + body).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.title, i.closed) for i in result.meeting.items] == [
        (TITLES[0].upper(), False), (TITLES[2].upper(), False), ("LUKKET PUNKT", True),
        ("KLUBLOKALER I HALLEN", False)]


def test_a_sentence_above_a_case_number_at_the_items_foot_is_no_title() -> None:
    """Unnumbered titles in capitals, each item's case number at its foot: the text's last
    line above it, in lower case and ending a sentence, is no title."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025", ""]
    for _, title, case, closed, _ in SECOND_CLOSED:
        if closed:
            lines += [f"{title.upper()} (Lukket)", ""]
            continue
        lines += [title.upper(), "Sagsfremstilling", "Forvaltningen har belyst sagen.",
                  "Hjemmel", "Lov om social service § 4.", f"Sagsnr.: {case}", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.title, i.case_number, i.closed) for i in result.meeting.items] == [
        (title.upper(), case, closed) for _, title, case, closed, _ in SECOND_CLOSED]


def test_an_agenda_listed_in_another_type_than_the_titles() -> None:
    """An agenda listed in `<p>`s (titles in capitals with their case numbers), then each
    item in a table of its own, its title bold: the list is no item, the bold titles are,
    each with its sections."""
    listed = "".join(f"<p>{title.upper()} (Sagsnr. {case})</p>" if case else
                     f"<p>{title.upper()} (Lukket)</p>" for _, title, case, *_ in SECOND_CLOSED)
    items = "".join(
        f"<table><tr><td><b>{title.upper()} (Sagsnr. {case})</b></td></tr><tr><td>"
        f"<p>Sagsfremstilling</p><p>Forvaltningen har belyst sagen.</p><p>Hjemmel</p>"
        f"<p>Lov om social service.</p></td></tr></table>" if case else
        f"<table><tr><td><b>{title.upper()} (Lukket)</b></td></tr></table>"
        for _, title, case, *_ in SECOND_CLOSED)
    page = (f"<html><body><h1>Dagsorden for Socialudvalget</h1><p>Mødedato: 4. juni 2025</p>"
            f"<h2>Dagsorden</h2>{listed}{items}</body></html>")
    result = parse_bytes(page.encode(), "dagsorden.html", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.title, i.case_number, i.closed, [s.type for s in i.sections])
            for i in result.meeting.items] == [
        (title.upper(), case, closed, [] if closed else ["sagsfremstilling", "lovgrundlag"])
        for _, title, case, closed, _ in SECOND_CLOSED]


def test_a_heading_closed_by_a_colon_after_an_unfinished_line() -> None:
    """A text hard-wrapped at 72: `Beslutning i Socialudvalget:` after a recommendation
    whose last line ends without a full stop is the decision's heading, no part of it."""
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025", ""]
    for number, title, *_ in SECOND_CLOSED:
        lines += [f"{number}. {title}", "Indstilling:", "Forvaltningen indstiller, at",
                  "1. sagen tages til", "efterretning", "Beslutning i Socialudvalget:",
                  DECISION[0], ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [[(s.type, s.text) for s in i.sections] for i in result.meeting.items] == [
        [("indstilling", "Forvaltningen indstiller, at\n1. sagen tages til\nefterretning"),
         ("beslutning", DECISION[0])]] * 3
