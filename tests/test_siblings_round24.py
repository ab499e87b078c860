"""Round 24 (issue-17cb): a weighed compound's siblings in titles
(search.weighted_mode.SIBLING_TITLES, search.titles.SIBLING_TITLES), on invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from referat.index.writer import index_paths
from referat.search import relax, titles, weighted_mode
from referat.search.relax import sibling_query

from referat import search
from tests.invented import hit_names, write_item

OPENING = "REFERAT Miljø Udvalg d. 01-02-2023\n\nMødedato Mandag d. 1. februar 2023"

ITEMS = [  # (title, text)
    ("Skovpuljen, fordeling", "Puljen til skov og eng fordeles til tre forslag fra foreningerne."),
    ("Penge til vejprojekter",
     "Der gives penge til to projekter om asfalt. Pengene kommer fra anlægsbudgettet."),
    ("Naturpleje i mosen", "Plejen af mosen fortsætter med afgræsning."),
    *[(f"Vejen nr. {n}", f"Vejen skal have nyt asfalt i år {n}.") for n in range(10, 40)],
]


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("round24")
    for number, (title, text) in enumerate(ITEMS):
        write_item(root / "m", f"{number:02}.txt", OPENING, title,
                   f"01.02.03-A00-{number + 1}-23", text, "Taget til efterretning.")
    index_paths([root / "m"], root / "ix", jobs=1)
    return root / "ix"


@pytest.mark.parametrize("siblings", [True, False])
def test_a_title_with_a_compound_of_the_same_first_part_is_found(invented, monkeypatch,
                                                                  siblings):
    # No item holds "skovprojekter"; "Skovpuljen" shares its first part "skov" in the
    # title (a sibling), while the text of "00" holds "skov" only as a word of its own.
    monkeypatch.setattr(weighted_mode, "SIBLING_TITLES", 1.0 if siblings else 0.0)
    monkeypatch.setattr(titles, "SIBLING_TITLES", siblings)
    with search.open_index(invented) as ix:
        names = hit_names(ix, "hvilke skovprojekter fik penge")
        assert names[0] == "01.txt"
        assert ("00.txt" in names) == siblings



def test_the_siblings_are_found_once_a_search(invented, monkeypatch):
    # The weighed mode and the title cover share one sibling query per word (issue-17cc).
    asked: list[str] = []

    def counted(word: str, reader):
        asked.append(word)
        return sibling_query(word, reader)

    monkeypatch.setattr(relax, "sibling_query", counted)
    with search.open_index(invented) as ix:
        names = hit_names(ix, "hvilke skovprojekter fik penge")
    assert "00.txt" in names
    assert asked and len(asked) == len(set(asked))
