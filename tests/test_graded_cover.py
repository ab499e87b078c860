"""Round 22 (issue-17br): in a weighed query a word's coverage is graded by how well it
matches (search.weighted_mode.GRADED_COVER), on invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from referat.index.writer import index_paths
from referat.search import weighted_mode

from referat import search
from tests.invented import write_item

OPENING = "REFERAT Kultur Udvalg d. 01-02-2023\n\nMødedato Mandag d. 1. februar 2023"
FILLER = ("Udvalget drøftede sagen og bad administrationen om en ny redegørelse til næste "
          "møde, hvor også økonomien og tidsplanen skal beskrives nærmere. ") * 6

ITEMS = [  # (title, text)
    ("Ny bro ved Lystbådehavnen",
     "Den gamle kajakbro er nedslidt og skal erstattes. Broen bygges i træ."),
    ("Vinterbadning ved stranden",
     (FILLER + "En forening nævnte kajakbro og tilskud i en bisætning. ") * 3),
    *[(f"Tilskud til foreningen nr. {n}", f"Foreningen søger tilskud til sit arbejde i {n}.")
      for n in range(2, 5)],
    *[(f"Vejen nr. {n}", f"Vejen skal have nyt asfalt i år {n}.") for n in range(10, 40)],
]


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("round22")
    folder = root / "m"
    for number, (title, text) in enumerate(ITEMS):
        write_item(folder, f"{number:02}.txt", OPENING, title, f"01.02.03-A00-{number + 1}-23",
                   text, "Taget til efterretning.")
    index_paths([folder], root / "ix", jobs=1)
    return root / "ix"


@pytest.mark.parametrize("graded", [1.0, 0.0])
def test_a_passing_mention_earns_little_coverage(invented, monkeypatch, graded):
    # "00" is about the kajak bridge; "01" names all three words in passing in a long
    # text about something else: it ranks above "00" only when any match of a word,
    # however slight, covers the word's whole weight.
    monkeypatch.setattr(weighted_mode, "GRADED_COVER", graded)
    with search.open_index(invented) as ix:
        found = ix.search("kajakbro tilskud forening", group=False)
        assert "any of the words, the rarer ones weighing most" in found.relaxed
        names = [Path(h.source).name for h in found.hits]
        assert (names.index("00.txt") < names.index("01.txt")) == bool(graded)
