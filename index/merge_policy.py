"""When to merge index segments: tiers of similar size (Whoosh merge policy).

Each commit adds a segment (or one per writer process). Whoosh's default policy,
MERGE_SMALL, merges every segment under a Fibonacci threshold that grows with the
segment count: on a long build it rewrote most of the index again and again, in one
process (one merge of 28,000 items took over five minutes of a 110,000-item build).
Here segments are grouped in tiers by powers of MERGE_FACTOR of their live documents,
and a tier is merged once it holds MERGE_FACTOR segments: a document is rewritten about
once per tenfold growth of the index, and an index keeps fewer than MERGE_FACTOR
segments per tier. A segment whose documents are mostly deleted is merged as well, to
drop them; one with none left is dropped.
"""

from __future__ import annotations

from collections import defaultdict
from math import log

from whoosh.codec.base import Segment
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

MERGE_FACTOR = 10


def tier(live_docs: int) -> int:
    """A segment's tier: 0 below MERGE_FACTOR live documents, 1 below its square, …"""
    return int(log(max(live_docs, 1), MERGE_FACTOR) + 1e-9)


def segments_to_merge(segments: list[Segment]) -> list[Segment]:
    """The segments a commit should merge into its new one."""
    tiers: dict[int, list[Segment]] = defaultdict(list)
    merge = []
    for segment in segments:
        if segment.doc_count() == 0 or segment.deleted_count() * 2 > segment.doc_count_all():
            merge.append(segment)  # nothing or little left: dropped or rewritten
        else:
            tiers[tier(segment.doc_count())].append(segment)
    for members in tiers.values():
        if len(members) >= MERGE_FACTOR:
            merge.extend(members)
    return merge


def merge_tiers(writer: SegmentWriter, segments: list[Segment]) -> list[Segment]:
    """Whoosh `mergetype`: add the segments to merge to `writer`, return the others."""
    merge = segments_to_merge(segments)
    for segment in (s for s in merge if s.doc_count()):
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in merge]
