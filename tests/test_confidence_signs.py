"""Round 16: the confidence sees a reading gone wrong from the reading alone. Invented
minutes are read (without a miss: confidence 1.0), then one fault a reader makes is put
into the reading, and the confidence must fall below the list threshold and name it;
titles and headings that only look odd must not; no real minutes show any sign."""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from referat.index.model import LOW_CONFIDENCE, Meeting, ParseResult, Section
from referat.index.outcomes import classify, whole_decision
from referat.index.readers import parse_bytes, parse_file
from referat.index.readers.confidence import assess

TITLES = ("Renovering af svømmehallen", "Ny daginstitution i Hundige",
          "Trafiksikkerhed ved skolevejene", "Budget for vejvedligeholdelse 2026")
CASES = ("25-004411", "25-007812", "24-019930", "25-000318")
BASE_CHECKS = ("toc", "decisions", "numbering", "numbered", "titled and sectioned")


def _sign(check: str) -> bool:
    """A check that is a sign, not one of the counts ("decisions 5/8")."""
    return check.rsplit(" ", 1)[0] not in BASE_CHECKS


def _reading() -> Meeting:
    """Invented minutes read without a miss."""
    text = "Referat\nSocialudvalget\nMødedato: 4. juni 2025 kl. 16.00\nMødested: Rådhuset\n"
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        text += (f"\n{n}. {title}\nSagsnr.: {case}\n\nResumé\nSagen handler om {title.lower()}."
                 "\n\nSagsfremstilling\nForvaltningen har belyst sagen.\n\nBeslutning\n"
                 "Godkendt.\n")
    result = parse_bytes(text.encode(), "invented.txt")
    assert [i.title for i in result.meeting.items] == list(TITLES)
    assert result.confidence == 1.0 and not any(map(_sign, result.checks))
    return result.meeting


def _title(n: int, title: str) -> Callable[[Meeting], None]:
    def fault(m: Meeting) -> None:
        m.items[n].title = title
    return fault


def _every_title(title: str) -> Callable[[Meeting], None]:
    def fault(m: Meeting) -> None:
        for item in m.items:  # a word beside each item's marker read as its title
            item.title = title
    return fault


def _item_lost(m: Meeting) -> None:
    del m.items[2]


def _number(n: int, number: str) -> Callable[[Meeting], None]:
    def fault(m: Meeting) -> None:
        m.items[n].number = number
    return fault


def _case_number_in_text(m: Meeting) -> None:
    item = m.items[1]  # the case number's label unknown: its line read as the text's first
    item.sections[0].text = f"ESDH-sag: {item.case_number}\n{item.sections[0].text}"
    item.case_number = None


def _heading_in_every_text(m: Meeting) -> None:
    for item in m.items:  # a heading the table lacks, its line left in the text before it
        item.sections[1].text += ("\nKlimakonsekvenser\n"
                                  "Sagen har ingen væsentlige konsekvenser for klimaet.")


def _closed_with_sections(m: Meeting) -> None:
    m.items[2].closed = True  # the closed item's own line lost: the next took its status


def _decision_in_sagsfremstilling(m: Meeting) -> None:
    # the decision's heading not split off: it and the decision end the case's text
    item = m.items[1]
    decision = item.sections.pop()
    item.sections[-1].text += f"\nBeslutning i Socialudvalget:\n{decision.text}"


def _indstilling_that_is_a_decision(m: Meeting) -> None:
    m.items[2].sections[0] = Section("Indstilling", "indstilling",
                                     "Indstillingen blev godkendt.")


def _udvalg(name: str) -> Callable[[Meeting], None]:
    def fault(m: Meeting) -> None:
        m.udvalg = name
    return fault


def _two_items_as_one(m: Meeting) -> None:
    m.items[0].sections += copy.deepcopy(m.items[1].sections)
    del m.items[1]
    for n, item in enumerate(m.items, start=1):
        item.number = str(n)


@pytest.mark.parametrize(("fault", "check"), [
    (_title(0, "Renovering af"), "titles cut short 1/4"),  # ends in a preposition
    (_title(1, "Ny daginstitution i Hundige,"), "titles cut short 1/4"),
    (_title(2, "Trafiksikkerhed ved skole-"), "titles cut short 1/4"),
    (_title(0, "Forvaltningen indstiller, at sagen godkendes."), "titles unlike a title 1/4"),
    (_title(1, "at udvalget godkender planen for området"), "titles unlike a title 1/4"),
    (_title(3, "Budget for vejvedligeholdelse 2026 ........ 7"), "titles unlike a title 1/4"),
    (_title(1, "Godkendt."), "titles that are a decision 1/4"),
    (_closed_with_sections, "closed items with sections 1/4"),
    (_two_items_as_one, "headings starting over 1/3"),
    (_title(1, "Orienteringen blev taget til efterretning."), "titles that are a decision 1/4"),
    (_title(1, "25-007812)"), "titles that are no title 1/4"),  # a bare case number
    (_title(2, "Side 3 af 12"), "titles that are no title 1/4"),  # a page line
    (_title(0, "Tirsdag den 4. juni 2025 kl. 16.00"), "titles that are no title 1/4"),
    (_title(3, "Sagsfremstilling"), "titles that are no title 1/4"),  # a heading
    (_title(1, "Ny daginstitution i Hundige 25-007812"),
     "titles with a case number or status run in 1/4"),
    (_title(0, "Renovering af svømmehallen (Journalnr."),
     "titles with a case number or status run in 1/4"),
    (_title(2, "Trafiksikkerhed ved Til orientering skolevejene"),
     "titles with a case number or status run in 1/4"),
    (_decision_in_sagsfremstilling, "decisions under another heading 1/4"),
    (_indstilling_that_is_a_decision, "decisions under another heading 1/4"),
    (_title(1, "Punkt 2. Ny daginstitution i Hundige"),
     "titles starting with an item's marker 1/4"),
    (_title(2, "(Item 3): Trafiksikkerhed ved skolevejene"),
     "titles starting with an item's marker 1/4"),
    (_title(0, "Titel:"), "titles that are no title 1/4"),  # a label
    (_every_title("Socialudvalget"), "titles shared by most items 4/4"),
    (_item_lost, "numbers skipped or repeated 1/3"),
    (_number(2, "2"), "numbers skipped or repeated 2/4"),  # "1, 2, 2, 4": one read twice
    (_case_number_in_text, "case numbers left in a text 1/4"),
    (_heading_in_every_text, "headings left in the texts 4/4"),
    (_udvalg("Socialudvalget holdt"), "udvalg unlike a name 1/1"),
    (_udvalg("Socialudvalget holdt ordinært møde."), "udvalg unlike a name 1/1"),
])
def test_a_sign_of_a_reading_gone_wrong_lists_it(fault: Callable[[Meeting], None],
                                                  check: str) -> None:
    meeting = _reading()
    fault(meeting)
    confidence, checks = assess(meeting)
    assert check in checks
    assert confidence < LOW_CONFIDENCE


def test_a_title_cut_short_where_its_contents_entry_goes_on() -> None:
    """The contents print the whole title; the item's title stops after a word a title
    may end in. A contents entry that goes on with the status or a case number's label
    is no sign."""
    meeting = _reading()
    meeting.items[1].title = "Ny daginstitution"
    toc = [(n, t) for n, t in enumerate(TITLES, start=1)]
    assert assess(meeting, toc)[0] < LOW_CONFIDENCE
    assert "titles cut short 1/4" in assess(meeting, toc)[1]
    toc = [(n, f"{t} Sagsnr. {c}") for n, (t, c) in enumerate(zip(TITLES, CASES, strict=True),
                                                      start=1)]
    assert assess(_reading(), toc) == (1.0, ["toc 4/4", "decisions 4/4", "numbering 4/4",
                                             "titled and sectioned 4/4"])


@pytest.mark.parametrize("title", [
    "Skovvej 12, Tune, landzonetilladelse til carport.",  # a title may end in a stop
    "2. behandling af budget 2026-29",
    "Beslutning vedrørende vedtægter for et nyt folkeoplysningsudvalg.",
    "Godkendelse af regnskab 2025",
    "Orientering fra administrationen",
    "Orientering",  # a heading of the table, but of no section's type
    "Udskydelse af anlægsprojekter til 2023",  # an outcome's word as a noun
    "Budget 2023-26 - 1. behandling",
    "Indstillingsret til Udvalget for Børn og Unge",
    "Sag om trafiksikkerhed ved skolerne",  # a marker's word, but no number after it
    "Punktafgift på affald 2026",
    "Nr. Alslev skole - renovering",
])
def test_titles_that_only_look_odd_are_no_sign(title: str) -> None:
    meeting = _reading()
    meeting.items[1].title = title
    assert assess(meeting)[0] == 1.0


def test_an_earlier_decision_cited_in_a_case_is_no_sign() -> None:
    """A case's text that quotes an earlier decision under its heading (dated before
    the meeting, or naming no body) holds no decision of this meeting."""
    meeting = _reading()
    meeting.items[0].sections[1].text += (
        "\nBeslutning i Byrådet den 17. april 2023:\nGodkendt.")
    meeting.items[1].sections[1].text += "\nUdvalgets beslutning\nGodkendt."
    meeting.items[2].sections[1].text += "\nBeslutning:\nRådet anbefaler planen."
    assert assess(meeting) == assess(_reading())


@pytest.mark.parametrize("udvalg", ["§17,4 Udvalget for digitalisering og beredskab",
                                    "Spørgsmål / Svar til Byrådet 2022-2025",
                                    "Udvalget for plan, udvikling og kultur (PUK)"])
def test_an_udvalg_that_only_looks_odd_is_no_sign(udvalg: str) -> None:
    meeting = _reading()
    meeting.udvalg = udvalg
    assert assess(meeting)[0] == 1.0


def test_closed_items_titled_alike_and_numbers_from_an_earlier_meeting_are_no_sign() -> None:
    """Closed items share a title by convention ("Lukket punkt"), and a byråd numbers its
    items on from the year's last meeting: neither is a sign."""
    meeting = _reading()
    for item in meeting.items[1:]:
        item.closed = True
        item.title = "Lukket punkt"
        item.sections = [Section("Beslutning", "beslutning", "Godkendt.")]
    for n, item in enumerate(meeting.items, start=112):
        item.number = str(n)
    assert assess(meeting)[0] == 1.0


def test_a_case_number_cited_in_a_text_is_no_sign() -> None:
    """A text may cite another case by its number, in a sentence or on a line of its own
    under an item whose own case number was read."""
    meeting = _reading()
    meeting.items[0].sections[1].text += "\nSe også sagsnr. 24-001234 fra mødet i maj."
    meeting.items[2].sections[1].text += "\nTidligere sag: Sagsnr. 24-001234"
    assert assess(meeting)[0] == 1.0


def test_sub_headings_and_a_heading_in_one_text_are_no_sign() -> None:
    """A Sagsfremstilling may print sub-headings of its own ("Baggrund", "Vurdering"),
    and one item's text a line of its own: neither is a heading left in the texts."""
    meeting = _reading()
    for item in meeting.items:
        item.sections[1].text = ("Baggrund\nSagen blev rejst af udvalget i foråret.\n"
                                 + item.sections[1].text)
    meeting.items[0].sections[0].text += "\nKlimakonsekvenser\nSagen har ingen konsekvenser."
    assert assess(meeting)[0] == 1.0


def test_a_closed_item_with_its_decision_only_is_no_sign() -> None:
    meeting = _reading()
    meeting.items[3].closed = True
    meeting.items[3].sections = [Section("Beslutning", "beslutning", "Godkendt.")]
    assert assess(meeting)[0] == 1.0


def _minutes(corpus: Path) -> list[Path]:
    skip = {"bilag", "negatives"}
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "README.md"
                  and not skip & set(p.relative_to(corpus).parts))


@pytest.fixture(scope="module")
def real_readings(corpus: Path) -> list[ParseResult]:
    """Every minutes file of the corpus read as a user's file is, with the known rules
    and without them."""
    return [r for path in _minutes(corpus) for known in (True, False)
            if (r := parse_file(path, known_layouts=known)).ok]


def test_no_real_minutes_show_a_sign(real_readings: list[ParseResult]) -> None:
    """No reading of real minutes shows a sign, and none is listed for checking."""
    signs = {}
    for result in real_readings:
        extra = [c for c in result.checks if _sign(c)]
        if extra:
            signs[result.source] = extra
    assert not signs
    assert not [(r.source, r.checks) for r in real_readings if r.low_confidence]


def test_an_agenda_of_titles_only_is_no_gap() -> None:
    """A dagsorden may print its items' titles and nothing more; a referat's items
    without sections are a gap."""
    text = "Socialudvalget\nMødedato: 4. juni 2025 kl. 16.00\n\n" + "".join(
        f"{n}. {title}\nSagsnr.: {case}\n\n"
        for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1))
    agenda = parse_bytes(("Dagsorden\n" + text).encode(), "agenda.txt")
    assert [i.title for i in agenda.meeting.items] == list(TITLES)
    assert agenda.confidence == 1.0 and "titled and sectioned 4/4" in agenda.checks
    minutes = parse_bytes(("Referat\n" + text).encode(), "minutes.txt")
    assert "titled and sectioned 0/4" in minutes.checks and minutes.low_confidence


def test_a_formal_item_may_record_no_decision() -> None:
    """The agenda's approval or a signature sheet without a decision is no gap; a case
    without one is."""
    meeting = _reading()
    meeting.items[0].title = "Godkendelse af dagsorden"
    meeting.items[3].title = "Underskriftsark"
    for item in (meeting.items[0], meeting.items[3]):
        item.sections = [s for s in item.sections if s.type != "beslutning"]
    assert assess(meeting) == (1.0, ["decisions 2/2", "numbering 4/4",
                                     "titled and sectioned 4/4"])
    meeting.items[3].title = "Budget for vejvedligeholdelse 2026"
    assert "decisions 2/3" in assess(meeting)[1]


def test_whole_decisions_and_sentences_share_one_vocabulary(
        real_readings: list[ParseResult]) -> None:
    """`whole_decision` (a title or a section that is a decision) reads the corpus's
    decisions with `classify`'s words: every decision it takes classifies as the
    outcome it names (or its refinement, "godkendt" with changes), every short decision
    (three words, no points) that classifies as such an outcome is taken, and no real
    title is one."""
    decisions = {s.text.strip() for r in real_readings for i in r.meeting.items
                 for s in i.sections if s.type == "beslutning" and s.text.strip()}
    taken = {t: whole_decision(t) for t in decisions if whole_decision(t)}
    assert len(taken) >= 20
    assert all((classify(t).outcome or "").startswith(o) for t, o in taken.items())
    short = {t for t in decisions if len(t.split()) <= 3 and not re.search(r"[\d\n]", t)
             and classify(t).outcome in ("godkendt", "anbefalet", "taget_til_efterretning",
                                         "udsat")}
    assert short and short <= set(taken)
    assert not [i.title for r in real_readings for i in r.meeting.items
                if whole_decision(i.title)]


# pieces of random section texts: decision headings in plain, fullwidth and spaced-out
# forms, line breaks of every kind, dates and body text
_HEADING_PIECES = ["Beslutning i Økonomiudvalget", "BESLUTNING I", "Ｂｅｓｌｕｔｎｉｎｇ ｉ ",
                   "beslutning i", "Beslut", "ning i", "» Beslutning i Byrådet:", "\n",
                   "Beslutning \t i Udvalget",
                   "\r\n", "\u2028", "\x85", " ", "\u3000", "den 3. marts 2025", "Godkendt.",
                   "Udvalget anbefaler at godkende sagen og det videre forløb", "i", ":"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_decision_heading_precheck_changes_no_answer(monkeypatch, seed: int) -> None:
    """`_decision_elsewhere` asks its lines only of a text that holds "beslutning" in
    NFKC and lower case: the same answer as asking them of every text."""
    import datetime as dt

    from referat.index.model import Item
    from referat.index.readers import confidence

    rng = random.Random(seed)
    items = [Item("1", "Titel", sections=[Section(
        "Sagsfremstilling", "sagsfremstilling",
        "".join(rng.choice(_HEADING_PIECES) for _ in range(rng.randint(1, 12))))])
        for _ in range(3000)]
    held = dt.date(2025, 3, 3)
    answers = [confidence._decision_elsewhere(item, held) for item in items]
    monkeypatch.setattr(confidence, "_may_hold_a_decision_heading", lambda text: True)
    assert answers == [confidence._decision_elsewhere(item, held) for item in items]
    assert 300 < sum(answers) < 2700  # the texts reach both answers
