"""Round 25 (issue-17cf), on invented minutes: the words of a question's frame are hints,
not its subject (search.frames.FRAME_WORDS); a kept preposition ("fra", "efter", "over" …)
that an item lacks does not put it a tier down in a relaxed query
(search.relax.PREPOSITIONS_TIERLESS)."""

from __future__ import annotations

from pathlib import Path

import pytest
from referat.search import frames, relax
from referat.search.relax import plan

from referat import search
from tests.invented import hit_names, one_item_index

ITEMS = [  # a.txt, b.txt, ...: (year, title, text)
    (2023, "Orientering om budgettet", "Udvalget blev orienteret om budgettet for næste år."),
    (2023, "Det videre arbejde med havnen", "Det videre arbejde med havnen blev drøftet."),
    (2023, "Budgettet for vejene", "Budgettet for vejene blev gennemgået."),
    (2023, "Budgettet for parkerne", "Budgettet for parkerne blev gennemgået."),
    (2024, "Seniorrådets årsberetning", "Seniorrådet fremlagde sin årsberetning."),
    (2024, "Årsberetning fra roklubben", "Roklubben stod for sommerens stævne, viser "
                                          "årsberetningen."),
    (2024, "Forvaltningen orienterer", "Forvaltningen orienterer om nyt i sagerne."),
    (2024, "Lokalplan for havnen", "Forvaltningen har fået et brev fra grundejerne om planen."),
    (2024, "Ny skolebus", "Forvaltningen fremlagde et notat fra skolen om bussen."),
    (2024, "Cykelsti langs stranden", "Cykelstien fra stranden til byen blev drøftet."),
]


OPENING = "REFERAT Kultur Udvalg d. 01-03-{year}\n\nMødedato Onsdag d. 1. marts {year}"
"""The invented meetings' first lines (`one_item_index`)."""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("round25")
    return one_item_index(folder, ITEMS, "02.03.04-A00", OPENING, "Taget til efterretning.")


@pytest.mark.parametrize(("text", "moved", "words"), [
    ("hvad fik udvalget at vide om budgettet", ["vide"], ["budgettet"]),
    ("hvad stod der i seniorrådets årsberetning", ["stod"], ["seniorrådets", "årsberetning"]),
    ("hvordan står det til med havnen", ["står"], ["havnen"]),
    ("gæld ved udgangen af 2024", ["ved", "udgangen"], ["gæld", "2024"]),
    ("planstrategien midt i perioden", ["midt"], ["planstrategien", "perioden"]),
    ("vejnavn greve midt", [], ["vejnavn", "greve", "midt"]),  # a place, not a frame
    ("at vide", [], ["vide"]),  # nothing else to search for: the word stays
])
def test_a_frames_words_become_hints(text, moved, words):
    p = plan(text)
    assert p is not None
    assert frames.frame_words(p) == moved
    assert p.words == words
    assert all(w in p.hints for w in moved)


def test_an_item_that_holds_only_the_frame_is_no_hit(invented, monkeypatch):
    # "at vide" is how the question asks; "videre" (b.txt) shares its stem, not its subject.
    with search.open_index(invented) as ix:
        assert "b.txt" not in hit_names(ix, "hvad fik udvalget at vide om budgettet")
        assert hit_names(ix, "hvad stod der i seniorrådets årsberetning")[:1] == ["e.txt"]
        monkeypatch.setattr(frames, "FRAME_WORDS", False)
        assert "b.txt" in hit_names(ix, "hvad fik udvalget at vide om budgettet")


def test_an_item_without_the_preposition_ranks_by_its_score(invented, monkeypatch):
    # h.txt and i.txt hold "fra" in passing; g.txt is titled as the need and lacks it.
    with search.open_index(invented) as ix:
        assert hit_names(ix, "nyt fra forvaltningen")[:1] == ["g.txt"]
        monkeypatch.setattr(relax, "PREPOSITIONS_TIERLESS", False)
        assert hit_names(ix, "nyt fra forvaltningen")[:1] != ["g.txt"]


def test_the_preposition_alone_does_not_lift_an_item(invented):
    # j.txt holds "fra" and not "forvaltningen": one word of two, below g.txt.
    with search.open_index(invented) as ix:
        assert relax.KEPT_PREPOSITIONS >= {"fra", "efter", "over"}
        names = hit_names(ix, "nyt fra forvaltningen")
        assert names.index("g.txt") < names.index("j.txt")
