"""The generic reader's cheap checks before slow patterns equal the patterns alone.

`ends_as_entry`, `trailing_number`, `case_in_title` and `without_case_in_title` ask a
necessary condition first (a last digit, the word "punkt", a case number's label) and
the pattern only where it holds; on any line their answer must be the pattern's. Each is
compared with its pattern on hand-picked lines and on random lines built from the pieces
the patterns look for.
"""

from __future__ import annotations

import random

import pytest
from referat.index.readers.generic.cases import (
    CASE_IN_TITLE_RE,
    case_in_title,
    without_case_in_title,
)
from referat.index.readers.generic.numbers import TRAILING_RE, trailing_number
from referat.index.readers.generic.toc import TOC_ENTRY_RE, ends_as_entry

_PIECES = ["Budget", "plan", " ", "  ", "   ", "\t", ".", "....", "…", "___", "_", "3", "12",
           "2024", "12345", "\n", "\xa0", "(", ")", "[", "]", "-", "–", ",", ":", "punkt",
           "Pkt.", "PUNKT", "pkt", "Sagsnr.", "sag nr", "J.nr", "Journalnummer", "ESDH-id",
           "24-001234", "Lukket"]


# endings the patterns anchor on, put after a third of the random lines
_ENDINGS = [" punkt 3", " (pkt. 12)", " – Pkt 4", "[punkt 7]", " (Sagsnr. 24-1)", " ... 5"]


def _lines(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9)))
            + (rng.choice(_ENDINGS) if rng.random() < 0.33 else "") for _ in range(count)]


_HAND = [
    "", "1", "Indhold ........ 4", "Budget 2025 …… 12", "Budget\t7", "Budget   7\n",
    "Budget 7\n\n", "Budget ___ 12345", "Referat 12. marts 2024", "Budget (punkt 3)",
    "Budget – pkt. 4", "Budget (Sagsnr. 24-001234)", "Budget - J.nr 24/1234",
    "Budget Journalnummer 24-1", "Vejplan (PUNKT 12)", "punkt 3", "Budget", "12345",
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ends_as_entry_is_the_contents_pattern(seed: int) -> None:
    for text in _HAND + _lines(seed):
        assert ends_as_entry(text) == bool(TOC_ENTRY_RE.search(text)), repr(text)


def _span(m):  # a match as what callers read of it
    return None if m is None else (m.span(), m.groups(), m.re)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_trailing_number_is_the_trailing_pattern(seed: int) -> None:
    for text in _HAND + _lines(seed):
        assert _span(trailing_number(text)) == _span(TRAILING_RE.match(text)), repr(text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_case_in_title_is_the_case_pattern(seed: int) -> None:
    for text in _HAND + _lines(seed):
        assert _span(case_in_title(text)) == _span(CASE_IN_TITLE_RE.search(text)), repr(text)
        assert without_case_in_title(text) == CASE_IN_TITLE_RE.sub("", text), repr(text)


def test_the_random_lines_reach_every_pattern() -> None:
    """The comparison means something: the random lines match each pattern often."""
    lines = _lines(1)
    for found in (TOC_ENTRY_RE.search, TRAILING_RE.match, CASE_IN_TITLE_RE.search):
        assert sum(bool(found(text)) for text in lines) >= 30
