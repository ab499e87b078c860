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
Factor = Callable[[float | np.ndarray], float | np.ndarray]
"""A coverage's factor: of one coverage value, or of an array of them."""


class Weighing:
    """Per document of an index: its summed score, its coverage (the share of the
    words' weight it matches) and whether any word matched it; with `graded`, also its
    credit: the coverage with each word's share scaled by how well the word matches it
    (`add`)."""

    def __init__(self, size: int, graded: float = 0.0) -> None:
        self.scores = np.zeros(size)
        self.cover = np.zeros(size)
        self.found = np.zeros(size, dtype=bool)
        self.graded = graded
        self.credit = np.zeros(size) if graded else None

    def add(self, share: float, docs: Scores) -> None:
        """A word's items: their scores added to the items' sums, `share` to their
        coverage; with `graded`, `share` times min(1, score / (`graded` × the median of
        the word's scores here)) to their credit (a passing mention earns little)."""
        if not docs:
            return
        at = np.fromiter(docs.keys(), dtype=np.intp, count=len(docs))
        values = np.fromiter(docs.values(), dtype=np.float64, count=len(docs))
        self.scores[at] += values
        self.cover[at] += share
        self.found[at] = True
        if self.credit is not None:
            solid = self.graded * float(np.median(values))
            self.credit[at] += share * np.minimum(values / solid, 1.0) if solid > 0 else share

    def any(self) -> bool:
        return bool(self.found.any())

    def coordinated(self, factor: Factor) -> tuple[np.ndarray, np.ndarray]:
        """The matched documents (ascending) and their scores times `factor` of their
        coverage (of their credit when graded). Without grading the factor is computed
        once per coverage value (sums of a few words' weights, so few values among tens
        of thousands of items), in Python floats as the dict path did; graded credits
        differ item by item, and `factor` takes their array."""
        docs = np.flatnonzero(self.found)
        if self.credit is not None:
            return docs, self.scores[docs] * factor(self.credit[docs])
        values, inverse = np.unique(self.cover[docs], return_inverse=True)
        factors = np.array([factor(c) for c in values.tolist()], dtype=np.float64)
        return docs, self.scores[docs] * factors[inverse]

    def least_cover(self) -> float:
        """The lowest coverage of a matched document."""
        return float(self.cover[self.found].min())


def as_scores(docs: np.ndarray, scores: np.ndarray) -> Scores:
    """The documents and their scores as the dict the rest of the ranking takes."""
    return dict(zip(docs.tolist(), scores.tolist(), strict=True))
