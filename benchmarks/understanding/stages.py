"""Where a plain engine beats referat: which of referat's stages put the others above.

    .venv/bin/python benchmarks/understanding/stages.py --workdir DIR \\
        --reference TANTIVY_RUN --out RUNS [--margin 0.1] [STAGE ...]

Every judged query is run in this process on DIR's referat index (judged_run.py's) into
RUNS/main.json; the queries where the reference run (tantivy: a plain BM25 OR of the
stems) is ahead by more than --margin in nDCG@10 by case, or at item level, are run again
with each stage switched off (default: all of `STAGES`), one run file each (a file already
there is kept). Each losing query is put down to the stage whose switching off recovers
the most of its gap, when that is at least half of it; else to none (the relevant items
lack the query's words, round 19's finding, or several stages share the loss). Round 20
of issue 17.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))
sys.path.insert(0, str(HERE))

import evaluate  # noqa: E402
import judged_eval  # noqa: E402
import judged_run  # noqa: E402
import referat.search.grouping as grouping  # noqa: E402
import referat.search.relax as relax  # noqa: E402
import referat.search.titles as titles  # noqa: E402
import referat.search.weighted_mode as weighted_mode  # noqa: E402
from later_splits import CORPUS, EXTRA, per_query  # noqa: E402
from referat.search.matching import top  # noqa: E402


@contextlib.contextmanager
def flat_tiers():
    """Every match in one tier: by score alone (strict-first, parts, synonyms, fewer
    words, soft filters' "first" and joined titles no longer order the items)."""
    def ranked(scores, tiers, limit):
        return top(scores, limit)

    settle = grouping.settle_ties
    with evaluate.patched(relax, ranked=ranked), evaluate.patched(titles, ranked=ranked), \
            evaluate.patched(grouping, settle_ties=lambda r, tiers, fields: settle(r, {}, fields)):
        yield


_ABLATIONS = evaluate.judged_ablations()
STAGES = {
    "flat-tiers": flat_tiers,
    "no-relax": EXTRA["no-relax"],
    "no-weighted": _ABLATIONS["no-weighted"],
    "linear-coverage": lambda: evaluate.patched(weighted_mode, COORD_POWER=1.0),
    "no-title-cover": _ABLATIONS["no-title-cover"],
    "no-hints": EXTRA["no-hints"],
    "no-soft-filters": _ABLATIONS["no-soft-filters"],
    "no-kommune-words": _ABLATIONS["no-kommune-words"],
    "no-committee-first": _ABLATIONS["no-committee-first"],
    "no-synonyms": _ABLATIONS["no-synonyms"],
    "exact=0": _ABLATIONS["exact=0"],
    "flat-boosts": _ABLATIONS["flat-boosts"],
    "no-feedback": _ABLATIONS["no-feedback"],
}
"""The stages switched off: tiers, relaxation, the weighted mode and its coverage (to the
power `weighted_mode.COORD_POWER`, 1.5 since round 22; linear here), title cover, hint words, soft
filters (and two of their parts), synonyms, exact-form and field boosts, feedback."""


def hits(path: Path, field: str = "hits") -> dict[str, list[str]]:
    """A run file's first 10 items per query (cut before they are read by case); `field`
    "listed": each hit followed by its `also` items (judged_run.py)."""
    return {q: e.get(field, e["hits"])[:10]
            for q, e in json.loads(path.read_text(encoding="utf-8")).items()}


def run(names: list[str], workdir: Path, reference: Path, out: Path, margin: float) -> None:
    data = judged_run.load_set(judged_eval.SET)
    out.mkdir(parents=True, exist_ok=True)

    def write(name: str, queries: list[dict], context) -> None:
        path = out / f"{name}.json"
        if not path.exists():
            raw = judged_run.run_referat(queries, CORPUS, data["files"],
                                         workdir / "referat-main", 10, context)
            path.write_text(json.dumps(raw), encoding="utf-8")
            print(name, len(queries), flush=True)

    write("main", data["queries"], contextlib.nullcontext)
    losing = set().union(*losers(workdir, reference, out / "main.json", margin).values())
    for name in names or STAGES:
        write(name, [q for q in data["queries"] if q["id"] in losing], STAGES[name])


def losers(workdir: Path, reference: Path, main: Path, margin: float) -> dict[str, list[str]]:
    """The queries where the reference is ahead by more than `margin`, by case and item."""
    qrels = judged_eval.read_qrels()
    units = judged_eval.case_units(workdir, CORPUS)
    ours, theirs = hits(main), hits(reference)
    qids = [q for q in ours if q in qrels]
    a, b = per_query(ours, qrels, units, qids), per_query(theirs, qrels, units, qids)
    return {level: [q for q in qids if b[q][i] - a[q][i] > margin]
            for i, level in enumerate(("case", "item"))}


def table(workdir: Path, reference: Path, out: Path, margin: float) -> None:
    qrels = judged_eval.read_qrels()
    units = judged_eval.case_units(workdir, CORPUS)
    lost = losers(workdir, reference, out / "main.json", margin)
    qids = sorted(set().union(*lost.values()))
    scored = {path.stem: per_query(hits(path), qrels, units, qids)
              for path in sorted(out.glob("*.json")) if path.stem != "main"}
    every = [q for q in hits(out / "main.json") if q in qrels]
    base = per_query(hits(out / "main.json"), qrels, units, every)
    theirs = per_query(hits(reference), qrels, units, every)
    listed = per_query(hits(out / "main.json", "listed"), qrels, units, every)
    print("item level per split: referat's heads, with `also` listed, the reference")
    for name, ids in judged_eval.read_split().items():
        ids = [q for q in ids if q in listed]
        print(f"  {name:<8}" + "".join(f"{sum(r[q][1] for q in ids) / max(len(ids), 1):8.3f}"
                                       for r in (base, listed, theirs)))
    grouped = [q for q in lost["item"] if theirs[q][1] - listed[q][1] <= margin]
    print(f"item level: of {len(lost['item'])} queries where the reference is ahead by "
          f"> {margin}, {len(grouped)} are not when each hit's `also` items are listed after "
          "it (one case, one hit); the others:")
    lost["item"] = [q for q in lost["item"] if q not in set(grouped)]
    for i, level in enumerate(("case", "item")):
        ids = lost[level]
        print(f"\n{level}: {len(ids)} queries where the reference is ahead by > {margin}, "
              f"gap {sum(theirs[q][i] - base[q][i] for q in ids):.1f}")
        print(f"{'stage off':<20}{'recovers half':>14}{'most':>6}{'hurts':>7}{'gain':>8}")
        half: Counter[str] = Counter()
        most: Counter[str] = Counter()
        hurts: Counter[str] = Counter()
        gain: Counter[str] = Counter()
        for q in ids:
            gap = theirs[q][i] - base[q][i]
            moved = {name: s[q][i] - base[q][i] for name, s in scored.items()}
            for name, d in moved.items():
                half[name] += d >= gap / 2
                hurts[name] += d < -0.05
                gain[name] += d
            best = max(moved, key=moved.__getitem__, default=None)
            most[best if best is not None and moved[best] >= gap / 2 else "none"] += 1
        for name in sorted(scored, key=lambda n: -gain[n]):
            print(f"{name:<20}{half[name]:>14}{most[name]:>6}{hurts[name]:>7}{gain[name]:>8.2f}")
        print(f"{'none recovers half':<20}{'':>14}{most['none']:>6}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--reference", type=Path, required=True, help="tantivy's run file")
    ap.add_argument("--out", type=Path, required=True, help="folder of the run files")
    ap.add_argument("--margin", type=float, default=0.1)
    ap.add_argument("--table", action="store_true", help="only the table of RUNS")
    ap.add_argument("stages", nargs="*", metavar="STAGE", help=f"of {', '.join(STAGES)}")
    args = ap.parse_args()
    if set(args.stages) - set(STAGES):
        ap.error(f"unknown stages: {', '.join(sorted(set(args.stages) - set(STAGES)))}")
    if not args.table:
        run(args.stages, args.workdir, args.reference, args.out, args.margin)
    table(args.workdir, args.reference, args.out, args.margin)


if __name__ == "__main__":
    main()
