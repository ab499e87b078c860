"""Round 23 (issue-17bw): a bare year that an item of a tiered query lacks costs a tier
below the items with it, not two (search.relax.YEARS_AS_PARTS), on invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from referat.index.writer import index_paths
from referat.search import relax

from referat import search


def write_item(folder: Path, name: str, year: int, case: str, title: str, text: str) -> None:
    """One invented meeting of one item, on 1 March of `year`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"REFERAT Teknik Udvalg d. 01-03-{year}\n\nMødedato Onsdag d. 1. marts {year}\n\n"
        f"Punkt 1: {title}\n\n{case}\n\nSagsfremstilling\n\n{text}\n\n"
        "Beslutning\n\nGodkendt.\n",
        encoding="utf-8",
    )


ITEMS = [  # a.txt, b.txt, ...: (year, title, text)
    (2023, "Havnegebyrer 2024", "Havnegebyrer for 2024 fastsættes som i tabellen."),
    (2022, "Havnegebyrer 2023", "Havnegebyrer for 2023 fastsættes som i tabellen."),
    (2024, "Orientering om bådpladser",
     "Et gebyr for pladser i havnen blev nævnt, og bådene blev talt op."),
    (2024, "Vejarbejder i sommeren", "Vejene i byen får ny asfalt."),
]


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("round23")
    folder = root / "m"
    for number, (year, title, text) in enumerate(ITEMS):
        write_item(folder, f"{'abcd'[number]}.txt", year,
                   f"02.03.04-B00-{number + 1}-{year % 100}", title, text)
    index_paths([folder], root / "ix", jobs=1)
    return root / "ix"


def names(ix, text: str) -> list[str]:
    return [Path(h.source).name for h in ix.search(text, group=False).hits]


def test_an_item_without_the_year_ranks_by_its_score_among_partial_matches(
        invented, monkeypatch):
    # b.txt holds "havnegebyrer" in its title but not 2024; c.txt (a 2024 meeting, so it
    # matches the year) holds "havn" and "gebyr" only as passing parts of the compound.
    # Without the rule b.txt lacks a word: a year is a number, so the page is not filled
    # with the items of fewer words, and the fees of the year before are not found.
    with search.open_index(invented) as ix:
        assert names(ix, "havnegebyret 2024")[:3] == ["a.txt", "b.txt", "c.txt"]
        monkeypatch.setattr(relax, "YEARS_AS_PARTS", False)
        assert names(ix, "havnegebyret 2024") == ["a.txt", "c.txt"]  # b.txt: lost


def test_an_item_with_the_year_alone_still_ranks_below(invented):
    # d.txt is of a 2024 meeting and shares no other word: it is not lifted by the year.
    with search.open_index(invented) as ix:
        assert "d.txt" not in names(ix, "havnegebyret 2024")[:3]
