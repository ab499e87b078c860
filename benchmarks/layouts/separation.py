"""How well the confidence a document records separates readings with a miss from readings
without: the measure behind `evaluate --confidence`.

A reading is *right* when every item, title, case number, section type and decision of its
truth is read and no item is spurious (the meeting's fields are not what the confidence
checks); a document not read at all is wrong, with confidence 0. The separation is the
area under the ROC curve: the chance that a right reading records a higher confidence than
a wrong one (ties count half; 0.5 is no separation, 1.0 complete), with the low-confidence
list (`LOW_CONFIDENCE`) as `referat index` shows it: how many of the wrong readings it
holds and how many right ones it names needlessly. The wrong readings that still record a
high confidence (`CONFIDENT`) are counted by kind of miss (`confident_misses`): what no
check sees yet.
"""

from __future__ import annotations

from collections import Counter

from referat.index.model import LOW_CONFIDENCE

_ITEM_MEASURES = ("items", "titles", "case_numbers", "section_types", "decisions")
# A wrong reading at this confidence or above is one the checks do not see.
CONFIDENT = 0.9


def misses(c: Counter) -> tuple[str, ...]:
    """The measures a document's scores (score.score) miss in its items, and "spurious"."""
    missed = tuple(m for m in _ITEM_MEASURES if c[m] != c[f"{m}_total"])
    return (*missed, "spurious") if c["spurious"] else missed


def confident_misses(readings: list[tuple[float, tuple[str, ...]]]) -> dict[str, int]:
    """Wrong readings at `CONFIDENT` or above, by their misses ("section_types",
    "titles+section_types"), most first; each reading is (confidence, misses)."""
    kinds = Counter("+".join(missed) for conf, missed in readings
                    if missed and conf >= CONFIDENT)
    return dict(kinds.most_common())


def separation(readings: list[tuple[float, bool]]) -> dict[str, float | int]:
    """The ROC area of (confidence, right) pairs, and the low-confidence list's counts."""
    good = sorted(conf for conf, ok in readings if ok)
    bad = [conf for conf, ok in readings if not ok]
    pairs = 0.0
    for b in bad:  # right readings above each wrong one, ties half
        above = sum(g > b for g in good)
        ties = sum(g == b for g in good)
        pairs += above + ties / 2
    return {
        "documents": len(readings), "right": len(good), "wrong": len(bad),
        "auc": round(pairs / (len(good) * len(bad)), 3) if good and bad else float("nan"),
        "wrong_listed_low": sum(b < LOW_CONFIDENCE for b in bad),
        "right_listed_low": sum(g < LOW_CONFIDENCE for g in good),
    }
