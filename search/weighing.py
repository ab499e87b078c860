"""A weighed query's sums as arrays (`search.weighted_mode.weighed`): one score and one
coverage per document of the index, instead of dicts that gain an entry per item.

A weighed query's words match tens of thousands of items at 110k; summing their
scores and coverages in dicts, then multiplying each item by its coverage's factor
and cutting the best out of them, made Python objects per item at every step. Here
each step is one array operation. The sums are made word by word in the order the
dict path made them, and the products and the cut are element by element: the same
floats, the same items.

numpy is imported with this module, which `weighted_mode` imports only for a weighed
query.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Scores = dict[int, float]


class Weighing:
    """Per document of an index: its summed score, its coverage (the share of the
    words' weight it matches) and whether any word matched it."""

    def __init__(self, size: int) -> None:
        self.scores = np.zeros(size)
        self.cover = np.zeros(size)
        self.found = np.zeros(size, dtype=bool)

    def add(self, share: float, docs: Scores) -> None:
        """A word's items: their scores added to the items' sums, `share` to their
        coverage."""
        if not docs:
            return
        at = np.fromiter(docs.keys(), dtype=np.intp, count=len(docs))
        self.scores[at] += np.fromiter(docs.values(), dtype=np.float64, count=len(docs))
        self.cover[at] += share
        self.found[at] = True

    def any(self) -> bool:
        return bool(self.found.any())

    def coordinated(self, factor: Callable[[float], float]) -> tuple[np.ndarray, np.ndarray]:
        """The matched documents (ascending) and their scores times `factor` of their
        coverage: computed once per coverage value (sums of a few words' weights, so
        few values among tens of thousands of items), in Python floats as the dict
        path did."""
        docs = np.flatnonzero(self.found)
        values, inverse = np.unique(self.cover[docs], return_inverse=True)
        factors = np.array([factor(c) for c in values.tolist()], dtype=np.float64)
        return docs, self.scores[docs] * factors[inverse]

    def least_cover(self) -> float:
        """The lowest coverage of a matched document."""
        return float(self.cover[self.found].min())


def as_scores(docs: np.ndarray, scores: np.ndarray) -> Scores:
    """The documents and their scores as the dict the rest of the ranking takes."""
    return dict(zip(docs.tolist(), scores.tolist(), strict=True))
