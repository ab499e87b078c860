"""Round 21 (issue-17bp): a coordinated compound typed as one word, a bare year that names
the meeting's year, a correction two edits from a word whose parts match
(search.relax.COORDINATED, DATED_YEARS, CORRECT_PARTS_EDITS), on invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from referat.search import relax

from referat import search
from tests.invented import hit_names, one_item_index

ITEMS = [  # a.txt, b.txt, ...: (year, title, text)
    (2022, "Ny fordeling af Vej- og Parkpuljen",
     "Udvalget fik forelagt en ny fordeling af puljen til veje og parker."),
    (2022, "Kajakklubben fortæller om sig selv",
     "Kajakklubben fortalte om sine medlemmer og sin båd."),
    (2023, "Kajakklubbens regnskab", "Kajakklubbens regnskab for året 2022 blev gennemgået."),
    (2023, "Parkernes træer", "Træerne i parkerne og langs vejene blev gennemgået."),
    (2023, "Tilskud til kultur i byen", "Udvalget fordelte tilskud til kultur og musik."),
    (2023, "Nyt kulturtilbud for unge", "Et kulturtilbud for unge blev drøftet."),
]


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return one_item_index(tmp_path_factory.mktemp("round21"), ITEMS, "01.02.03-A00",
                          "REFERAT Kultur Udvalg d. 01-02-{year}\n\n"
                          "Mødedato Mandag d. 1. februar {year}", "Taget til efterretning.")


def test_an_og_typed_between_two_parts_is_the_coordination(invented, monkeypatch):
    # The minutes write "Vej- og Parkpuljen"; the user types the parts joined by "og".
    with search.open_index(invented) as ix:
        found = ix.search("vejogparkpuljefordeling", group=False)
        assert [Path(h.source).name for h in found.hits][:1] == ["a.txt"]
        assert any(r.startswith("vejogparkpuljefordeling as its parts: vej + parkpulj")
                   for r in found.relaxed)
        monkeypatch.setattr(relax, "COORDINATED", False)
        assert ix.search("vejogparkpuljefordeling", group=False).total == 0


def test_the_coordination_is_tried_only_between_index_words(invented):
    with search.open_index(invented) as ix:
        reader = ix._ix.reader()
        splits = relax.index_splits("vejogparkpuljefordeling", reader)
        assert ("vej", "parkpulje", "fordeling") in splits
        # "og" inside a word whose left part is no index word is not a coordination
        assert not any(len(s) > 1 and s[0] == "kaj" for s in
                       relax.index_splits("kajogparker", reader))


def test_a_bare_year_also_matches_the_meetings_of_that_year(invented, monkeypatch):
    # b.txt (2022) does not write "2022"; c.txt (2023) writes it in its text.
    with search.open_index(invented) as ix:
        found = ix.search("kajakklubben 2022", group=False)
        assert "b.txt" in [Path(h.source).name for h in found.hits]
        assert "2022 also as the year of the meeting" in found.relaxed
        assert hit_names(ix, "kajakklubben 2022")[0] == "c.txt"  # writing it ranks first
        monkeypatch.setattr(relax, "DATED_YEARS", False)
        monkeypatch.setattr(relax, "YEARS_AS_PARTS", False)  # round 23: b.txt would follow
        assert hit_names(ix, "kajakklubben 2022") == ["c.txt"]


def test_a_word_whose_parts_match_is_not_corrected_two_edits_away(invented, monkeypatch):
    # "kulturtilskud" is no index word; "kulturtilbud" is two edits away, and the parts
    # kultur + tilskud meet in e.txt: the parts, not the correction.
    with search.open_index(invented) as ix:
        found = ix.search("kulturtilskud", group=False)
        assert found.corrected is None
        assert hit_names(ix, "kulturtilskud")[0] == "e.txt"
        monkeypatch.setattr(relax, "CORRECT_PARTS_EDITS", 2)
        assert ix.search("kulturtilskud", group=False).corrected == "kulturtilbud"
        assert hit_names(ix, "kulturtilskud")[0] == "f.txt"
