"""`evaluate --confidence`'s measure on tiny inline readings: the ROC area, the
low-confidence list's counts and the confident misses, with their edge cases."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from benchmarks.layouts.separation import confident_misses, misses, separation


@pytest.mark.parametrize(("readings", "auc"), [
    ([(1.0, True), (0.9, True), (0.5, False)], 1.0),        # every right one above
    ([(0.5, True), (0.9, False)], 0.0),                      # the wrong way round
    ([(0.9, True), (0.9, False)], 0.5),                      # a tie counts half
    ([(1.0, True), (0.6, True), (0.8, False)], 0.5),
])
def test_roc_area(readings: list[tuple[float, bool]], auc: float) -> None:
    assert separation(readings)["auc"] == auc


def test_without_wrong_readings_there_is_no_area() -> None:
    assert math.isnan(separation([(1.0, True)])["auc"])


def test_the_low_confidence_list() -> None:
    result = separation([(0.5, True), (0.69, False), (0.7, False), (1.0, True)])
    assert (result["right_listed_low"], result["wrong_listed_low"]) == (1, 1)
    assert (result["right"], result["wrong"], result["documents"]) == (2, 2, 4)


def test_a_reading_is_right_without_a_miss_in_its_items() -> None:
    scores = Counter(items=3, items_total=3, titles=3, titles_total=3, meeting=2,
                     meeting_total=4)
    assert misses(scores) == ()  # the meeting's fields are not what the confidence checks
    assert misses(scores + Counter(spurious=1)) == ("spurious",)
    assert misses(scores + Counter(case_numbers_total=1, spurious=2)) == (
        "case_numbers", "spurious")


def test_confident_misses_are_wrong_readings_at_high_confidence_by_kind() -> None:
    readings = [(1.0, ()), (1.0, ("section_types",)), (0.9, ("section_types",)),
                (0.95, ("titles", "section_types")), (0.89, ("items",)), (0.2, ("unread",))]
    assert confident_misses(readings) == {"section_types": 2, "titles+section_types": 1}
