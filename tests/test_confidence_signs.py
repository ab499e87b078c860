"""Round 16: the confidence sees a reading gone wrong from the reading alone. Invented
minutes are read (without a miss: confidence 1.0), then one fault a reader makes is put
into the reading, and the confidence must fall below the list threshold and name it;
titles and headings that only look odd must not; no real minutes show any sign."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from referat.index.model import LOW_CONFIDENCE, Meeting, Section
from referat.index.readers import parse_bytes, parse_file
from referat.index.readers.confidence import assess

TITLES = ("Renovering af svømmehallen", "Ny daginstitution i Hundige",
          "Trafiksikkerhed ved skolevejene", "Budget for vejvedligeholdelse 2026")
CASES = ("25-004411", "25-007812", "24-019930", "25-000318")
BASE_CHECKS = ("toc ", "decisions ", "numbering ", "numbered ", "titled and sectioned ")


def _reading() -> Meeting:
    """Invented minutes read without a miss."""
    text = "Referat\nSocialudvalget\nMødedato: 4. juni 2025 kl. 16.00\nMødested: Rådhuset\n"
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        text += (f"\n{n}. {title}\nSagsnr.: {case}\n\nResumé\nSagen handler om {title.lower()}."
                 "\n\nSagsfremstilling\nForvaltningen har belyst sagen.\n\nBeslutning\n"
                 "Godkendt.\n")
    result = parse_bytes(text.encode(), "invented.txt")
    assert [i.title for i in result.meeting.items] == list(TITLES)
    assert result.confidence == 1.0 and all(c.startswith(BASE_CHECKS) for c in result.checks)
    return result.meeting


def _title(n: int, title: str) -> Callable[[Meeting], None]:
    def fault(m: Meeting) -> None:
        m.items[n].title = title
    return fault


def _closed_with_sections(m: Meeting) -> None:
    m.items[2].closed = True  # the closed item's own line lost: the next took its status


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
])
def test_titles_that_only_look_odd_are_no_sign(title: str) -> None:
    meeting = _reading()
    meeting.items[1].title = title
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


def test_no_real_minutes_show_a_sign(corpus: Path) -> None:
    """Every minutes file of the corpus, read as a user's file is: none of the signs."""
    signs = {}
    for path in _minutes(corpus):
        result = parse_file(path)
        if result.ok:
            extra = [c for c in result.checks if not c.startswith(BASE_CHECKS)]
            if extra:
                signs[path.name] = extra
    assert not signs
