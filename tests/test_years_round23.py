"""Round 23 (issue-17bw): a bare year that an item of a tiered query lacks costs a tier
below the items with it, not two (search.relax.YEARS_AS_PARTS); a year typed as a date
favours the items whose title names it (search.soft_filters.TITLE_YEARS); invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from referat.search import relax, soft_filters

from referat import search
from tests.invented import hit_names, one_item_index

OPENING = "REFERAT Teknik Udvalg d. 01-03-{year}\n\nMødedato Onsdag d. 1. marts {year}"
ITEMS = [  # a.txt, b.txt, ...: (year, title, text)
    (2023, "Havnegebyrer 2024", "Havnegebyrer for 2024 fastsættes som i tabellen."),
    (2022, "Havnegebyrer 2023", "Havnegebyrer for 2023 fastsættes som i tabellen."),
    (2024, "Orientering om bådpladser",
     "Et gebyr for pladser i havnen blev nævnt, og bådene blev talt op."),
    (2024, "Vejarbejder i sommeren", "Vejene i byen får ny asfalt."),
]


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return one_item_index(tmp_path_factory.mktemp("round23"), ITEMS, "02.03.04-B00",
                          OPENING, "Godkendt.")


def test_an_item_without_the_year_ranks_by_its_score_among_partial_matches(
        invented, monkeypatch):
    # b.txt holds "havnegebyrer" in its title but not 2024; c.txt (a 2024 meeting, so it
    # matches the year) holds "havn" and "gebyr" only as passing parts of the compound.
    # Without the rule b.txt lacks a word: a year is a number, so the page is not filled
    # with the items of fewer words, and the fees of the year before are not found.
    with search.open_index(invented) as ix:
        assert hit_names(ix, "havnegebyret 2024")[:3] == ["a.txt", "b.txt", "c.txt"]
        monkeypatch.setattr(relax, "YEARS_AS_PARTS", False)
        assert hit_names(ix, "havnegebyret 2024") == ["a.txt", "c.txt"]  # b.txt: lost


def test_an_item_with_the_year_alone_still_ranks_below(invented):
    # d.txt is of a 2024 meeting and shares no other word: it is not lifted by the year.
    with search.open_index(invented) as ix:
        assert "d.txt" not in hit_names(ix, "havnegebyret 2024")[:3]


VISIT = "Tilsynet besøgte bostederne og skrev en rapport om året."
REPORTS = [  # a.txt, b.txt: (meeting year, title, text); a year's report is treated the year after
    (2023, "Tilsynsrapport 2022 for bostederne", VISIT),
    (2024, "Tilsynsrapport 2023 for bostederne", VISIT),
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return one_item_index(tmp_path_factory.mktemp("round23b"), REPORTS, "03.04.05-C00",
                          OPENING, "Godkendt.")


def test_a_year_typed_as_a_date_favours_the_title_that_names_it(reports, monkeypatch):
    # "i 2023" is a date: before, the items of 2023's meetings were raised (a.txt, the
    # report on 2022); the report whose title names 2023 was treated in 2024.
    with search.open_index(reports) as ix:
        assert hit_names(ix, "tilsynsrapporten i 2023")[0] == "b.txt"
        monkeypatch.setattr(soft_filters, "TITLE_YEARS", False)
        assert hit_names(ix, "tilsynsrapporten i 2023")[0] == "a.txt"


def test_a_relative_year_keeps_the_meetings_of_that_year():
    def titled(year: int) -> set[int]:
        return {2} if year == 2023 else {1} if year == 2022 else set()

    typed = soft_filters.SoftFilters(dates=[(2023, None)], typed_years=[2023])
    assert soft_filters.of_year(2023, {1, 3}, titled, typed) == {2, 3}
    said = soft_filters.SoftFilters(dates=[(2023, None)])  # "sidste år"
    assert soft_filters.of_year(2023, {1, 3}, titled, said) == {1, 3}
