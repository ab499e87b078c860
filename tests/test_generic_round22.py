"""Round 22 (issue-18bh, test25's misses) on short invented minutes: words before an item's
marker, a second language's gloss after a label or heading, council wordings of headings,
run-in bold headings on a page that is no portal page, and headings set apart by face."""

from __future__ import annotations

from benchmarks.layouts.generate11 import Pager
from tests.invented import read_invented

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler", "Renovering af svømmehallen")
DESCRIPTION = ("Forvaltningen har belyst sagen og anbefaler en løsning, som er beskrevet i "
               "bilaget, og som har været drøftet med brugerne af stedet.")
HEAD = "Referat\n\nSocialudvalget\n\nDato: 4. juni 2025 kl. 16.00\nSted: Mødelokale 2\n\n"


def _minutes(marker: str, headings: tuple[str, ...] = ("Sagsfremstilling", "Indstilling",
                                                       "Beslutning"),
             head: str = HEAD) -> str:
    """Text minutes of four items numbered from 4, each opened by `marker` (formatted with
    the number and the title), then the given headings, each over a paragraph."""
    out = [head]
    for k, title in enumerate(TITLES):
        out.append(marker.format(n=4 + k, title=title) + "\n\n")
        out.extend(f"{h}\n\n{DESCRIPTION}\n\n" for h in headings)
    return "".join(out)


def _numbers_titles(meeting) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(i.number, i.title) for i in meeting.items]


EXPECTED = [(str(4 + k), t) for k, t in enumerate(TITLES)]


def test_words_before_an_items_marker_are_no_part_of_its_title() -> None:
    """'Ad dagsordenens punkt 4: Title': the words before the marker refer to the item;
    the number is the item's, words and marker are no part of the title."""
    for marker in ("Ad dagsordenens punkt {n}: {title}", "Til dagsordenens pkt. {n}: {title}",
                   "Vedr. punkt {n}: {title}"):
        meeting = read_invented(_minutes(marker))
        assert _numbers_titles(meeting) == EXPECTED, marker


def test_a_second_languages_gloss_is_read_as_the_danish_it_follows() -> None:
    """'Punkt 4 (Item 4):', 'Sted / Venue:', 'Beslutning / Decision', 'Lukket punkt /
    Closed item': a gloss after a marker, label, heading or status is no part of the
    title and does not hide what the Danish says."""
    head = ("Socialudvalget\nReferat / Minutes\n\nDato / Date: 4. juni 2025\n"
            "Sted / Venue: Mødelokale 2\n\n")
    text = _minutes("Punkt {n} (Item {n}): {title}",
                    ("Resumé / Summary", "Sagsfremstilling", "Beslutning / Decision"), head)
    closed = "Punkt 8 (Item 8): Salg af grund\n\nLukket punkt / Closed item\n\n"
    meeting = read_invented(text + closed)
    assert _numbers_titles(meeting) == [*EXPECTED, ("8", "Salg af grund")]
    assert meeting.place == "Mødelokale 2"
    for item in meeting.items[:-1]:
        assert [s.type for s in item.sections] == ["resume", "sagsfremstilling", "beslutning"]
    assert meeting.items[-1].closed and not meeting.items[-1].sections


def test_council_and_board_wordings_of_headings() -> None:
    """What a council is asked to do ('Rådet skal'), what it discussed ('Drøftelse'), and
    a summary in English, are sections of their types."""
    meeting = read_invented(_minutes("{n}. {title}", ("Summary in English", "Drøftelse",
                                                      "Rådet skal", "Beslutning")))
    for item in meeting.items:
        assert [s.type for s in item.sections] == [
            "resume", "sagsfremstilling", "indstilling", "beslutning"]


def test_a_heading_set_apart_only_by_an_oblique_face() -> None:
    """A PDF whose headings are set in an italic face of the body's size, not bold: a
    heading the table does not know, after the text it follows, is a heading of its own
    as the known ones are, and its text no part of the section above."""
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    p.head("Referat", ["Socialudvalget", "Dato: 4. juni 2025 kl. 16.00", "Sted: Mødelokale 2"])
    for k, title in enumerate(TITLES):
        p.room(28)
        p.put(56, f"{4 + k}. {title}", 12, 2)
        for heading, text in (("Baggrund", DESCRIPTION), ("Rådets bemærkninger", DESCRIPTION),
                              ("Beslutning", "Godkendt.")):
            p.room(16)
            p.put(56, heading, 10, 3)
            p.body(text)
    meeting = read_invented(p.pdf(), ".pdf")
    assert _numbers_titles(meeting) == EXPECTED
    for item in meeting.items:
        assert [s.heading for s in item.sections] == [
            "Baggrund", "Rådets bemærkninger", "Beslutning"]
        assert " ".join(item.sections[0].text.split()) == DESCRIPTION


def test_an_unknown_heading_last_after_the_description_is_the_decision() -> None:
    """In a referat, an item with no decision heading whose last section, after the case's
    description, stands under a heading the table does not know ('Rådets bemærkninger',
    set as the known headings are): that section is what the meeting concluded, whatever
    its first words."""
    p = Pager()
    p.head("Referat", ["Ældrerådet", "Dato: 4. juni 2025 kl. 10.00", "Sted: Mødelokale 2"])
    for k, title in enumerate(TITLES):
        p.room(28)
        p.put(56, f"{4 + k}. {title}", 12, 2)
        for heading, text in (("Baggrund", DESCRIPTION),
                              ("Rådets bemærkninger", "Rådet bakker op om planen.")):
            p.room(16)
            p.put(56, heading, 10, 2)
            p.body(text)
    meeting = read_invented(p.pdf(), ".pdf")
    for item in meeting.items:
        assert [(s.heading, s.type) for s in item.sections] == [
            ("Baggrund", "sagsfremstilling"), ("Rådets bemærkninger", "beslutning")]


def test_a_post_whose_only_headings_are_run_in_bold_is_minutes() -> None:
    """A page that is no portal page (a blog's post): `<h3>N. Title</h3>` items whose only
    headings are run in bold (`<strong>Drøftelse:</strong> text`) under a title naming
    the body's meeting are minutes, read item by item."""
    items = "".join(
        f"<h3>{4 + k}. {t}</h3><p><strong>Drøftelse:</strong> {DESCRIPTION}</p>"
        f"<p><strong>Beslutning:</strong> Rådet tog orienteringen til efterretning.</p>"
        for k, t in enumerate(TITLES))
    page = ("<html><body><article class='post'><h1 class='entry-title'>Referat fra "
            "Ældrerådets møde 4. juni 2025</h1><p>Sted: Mødelokale 2</p>"
            f"<div class='entry-content'>{items}</div></article></body></html>")
    meeting = read_invented(page, ".html")
    assert _numbers_titles(meeting) == EXPECTED
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]


def test_a_boards_name_is_the_udvalg() -> None:
    """A board's minutes ('Bestyrelsen for … A/S' under the document's title): the board,
    as it names itself, is the body that met."""
    head = ("Referat af bestyrelsesmøde nr. 2/2025\nBestyrelsen for Vestby Vand A/S\n\n"
            "Dato: 4. juni 2025 kl. 16.00\nSted: Mødelokale 2\n\n")
    meeting = read_invented(_minutes("{n}. {title}", head=head))
    assert _numbers_titles(meeting) == EXPECTED
    assert meeting.udvalg == "Bestyrelsen for Vestby Vand A/S"


def test_a_number_alone_atop_each_items_page_is_the_items_number() -> None:
    """'Punkt 9.' alone atop the page each item begins on, the title below: a different
    number on every page numbers the item there, never a running header."""
    p = Pager()
    p.head("Referat", ["Byrådet", "Dato: 4. juni 2025 kl. 16.00", "Sted: Byrådssalen"])
    for k, title in enumerate(TITLES):
        p.new_page()
        p.room(20)
        p.put(56, f"Punkt {4 + k}.", 11, 2)
        p.room(20)
        p.put(56, title, 14, 2)
        for heading, text in (("Sagsfremstilling", DESCRIPTION), ("Beslutning", "Godkendt.")):
            p.room(16)
            p.put(56, heading, 11, 2)
            p.body(text)
    meeting = read_invented(p.pdf(), ".pdf")
    assert _numbers_titles(meeting) == EXPECTED


def test_a_page_that_runs_its_known_headings_in_runs_in_its_others_alike() -> None:
    """`<strong>Drøftelse:</strong> …` then `<strong>Konklusion:</strong> …`: on a page
    that runs its known headings in as a bold lead and a colon, a bold lead of a few words
    and a colon is a heading too, its text no part of the section above; last in a
    referat's item after the case's description, with no decision heading, it heads what
    the meeting concluded: the decision."""
    items = "".join(
        f"<h3>{4 + k}. {t}</h3><p><strong>Drøftelse:</strong> {DESCRIPTION}</p>"
        "<p><strong>Konklusion:</strong> Rådet bakker op om planen og ønsker en status.</p>"
        for k, t in enumerate(TITLES))
    page = ("<html><body><article class='post'><h1>Referat fra Ældrerådets møde 4. juni "
            f"2025</h1><p>Sted: Mødelokale 2</p>{items}</article></body></html>")
    meeting = read_invented(page, ".html")
    assert _numbers_titles(meeting) == EXPECTED
    for item in meeting.items:
        assert [s.heading for s in item.sections] == ["Drøftelse", "Konklusion"]
        assert item.sections[0].text == DESCRIPTION
        assert item.sections[1].type == "beslutning"

