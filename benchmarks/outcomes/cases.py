"""Cases across the corpus: how many case keys tie two or more items, and a seeded
sample of timelines to check by hand.

    .venv/bin/python benchmarks/outcomes/cases.py [--corpus ../shared/corpus]
        [--sample 30] [--seed 19]

Parses every file (no index needed), groups items by `index.decisions.case_key`, and
prints each sampled timeline oldest first (date, udvalg, item, title, outcome) with its
final status, as `referat case` orders it.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from pathlib import Path

from referat.index.decisions import body_level
from referat.index.readers import SUPPORTED_SUFFIXES, parse_file

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent.parent / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    cases = defaultdict(list)
    items = without = 0
    for path in sorted(args.corpus.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        result = parse_file(path)
        if not result.ok:
            continue
        meeting = result.meeting
        for item in meeting.items:
            items += 1
            if item.case is None:
                without += 1
                continue
            cases[item.case].append((meeting.date, meeting.udvalg or "", item, path.name))
    multi = {k: v for k, v in cases.items() if len(v) >= 2}
    print(f"{items} items, {without} without a case number, {len(cases)} case keys, "
          f"{len(multi)} with two or more items "
          f"({sum(len(v) for v in multi.values())} items)")
    sizes = defaultdict(int)
    for v in multi.values():
        sizes[len(v)] += 1
    print("items per case:", dict(sorted(sizes.items())))
    random.seed(args.seed)
    for key in random.sample(sorted(multi), min(args.sample, len(multi))):
        steps = sorted(multi[key], key=lambda s: (s[0] is None, s[0] or "", body_level(s[1]),
                                                  s[3], s[2].number))
        status = next((s[2].outcome for s in reversed(steps) if s[2].outcome), "verserende")
        print(f"\n== {key}: {len(steps)} items, status {status}")
        for date, udvalg, item, _ in steps:
            print(f"   {date} {udvalg[:28]:<28} {item.number:>3} {item.outcome or '-':<24}"
                  f" {item.title[:70]}")


if __name__ == "__main__":
    main()
