"""The merge policy: tiers of similar size, mostly-deleted segments dropped."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from referat.index.merge_policy import MERGE_FACTOR, segments_to_merge, tier
from referat.index.writer import index_paths

from referat import search


@dataclass(eq=False)
class FakeSegment:
    live: int
    deleted: int = 0

    def doc_count(self) -> int:
        return self.live

    def doc_count_all(self) -> int:
        return self.live + self.deleted

    def deleted_count(self) -> int:
        return self.deleted


@pytest.mark.parametrize(("docs", "want"), [(0, 0), (1, 0), (9, 0), (10, 1), (99, 1),
                                            (100, 2), (1600, 3), (16000, 4)])
def test_tier_is_the_power_of_ten(docs, want):
    assert tier(docs) == want


def test_a_full_tier_is_merged_and_the_others_kept():
    big = [FakeSegment(16000) for _ in range(3)]
    small = [FakeSegment(1500 + i) for i in range(MERGE_FACTOR - 1)]
    assert segments_to_merge(big + small) == []
    newest = FakeSegment(1700)
    assert segments_to_merge(big + small + [newest]) == small + [newest]


def test_mostly_deleted_and_empty_segments_are_merged():
    mostly, empty = FakeSegment(100, deleted=400), FakeSegment(0, deleted=8)
    assert segments_to_merge([FakeSegment(16000), mostly, empty]) == [mostly, empty]


def test_many_commits_keep_few_segments(workdir, tmp_path):
    """Commit after commit (one changed file each), no tier fills up and the index
    holds what a fresh build of the same files holds."""
    ix, target = tmp_path / "ix", workdir / "albertslund.txt"
    index_paths([workdir], index_dir=ix, jobs=1)
    for n in range(2 * MERGE_FACTOR):
        with target.open("a", encoding="utf-8") as f:
            f.write(f"\nTillæg {n}\n")
        index_paths([workdir], index_dir=ix, jobs=1)
    fresh = tmp_path / "fresh"
    index_paths([workdir], index_dir=fresh, jobs=1)
    with search.open_index(ix) as referat, search.open_index(fresh) as want:
        segments = referat._ix._segments()
        assert len(segments) < MERGE_FACTOR
        for level in {tier(s.doc_count()) for s in segments}:
            assert sum(tier(s.doc_count()) == level for s in segments) < MERGE_FACTOR
        assert referat.stats() == want.stats()
        got = referat.search("beredskab", limit=50)
        assert [h.id for h in got.hits] == [h.id for h in want.search("beredskab", limit=50).hits]
