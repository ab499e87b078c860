"""Round 25 (issue-17cf): a kept preposition ("fra", "efter", "over" …) that an item lacks
does not put it a tier down in a relaxed query (search.relax.PREPOSITIONS_TIERLESS), on
invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from referat.search import relax

from referat import search
from tests.invented import hit_names, one_item_index

ITEMS = [  # a.txt, b.txt, ...: (year, title, text)
    (2024, "Forvaltningen orienterer", "Forvaltningen orienterer om nyt i sagerne."),
    (2024, "Lokalplan for havnen", "Forvaltningen har fået et brev fra grundejerne om planen."),
    (2024, "Budget for skolen", "Forvaltningen fremlagde et notat fra skolen om budgettet."),
    (2024, "Cykelsti langs stranden", "Cykelstien fra stranden til byen blev drøftet."),
]


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return one_item_index(tmp_path_factory.mktemp("round25p"), ITEMS, "03.04.05-A00",
                          "REFERAT Teknik Udvalg d. 01-04-{year}\n\n"
                          "Mødedato Mandag d. 1. april {year}", "Taget til efterretning.")


def test_an_item_without_the_preposition_ranks_by_its_score(invented, monkeypatch):
    # b.txt and c.txt hold "fra" in passing; a.txt is titled as the need and lacks it.
    with search.open_index(invented) as ix:
        assert hit_names(ix, "nyt fra forvaltningen")[:1] == ["a.txt"]
        monkeypatch.setattr(relax, "PREPOSITIONS_TIERLESS", False)
        assert hit_names(ix, "nyt fra forvaltningen")[:1] != ["a.txt"]


def test_the_preposition_alone_does_not_lift_an_item(invented):
    # d.txt holds "fra" and not "forvaltningen": one word of two, below a.txt.
    with search.open_index(invented) as ix:
        assert relax.KEPT_PREPOSITIONS >= {"fra", "efter", "over"}
        names = hit_names(ix, "nyt fra forvaltningen")
        assert names.index("a.txt") < names.index("d.txt")
