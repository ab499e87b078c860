"""Runs of the judged set scored on a holdout's queries, or on all the others.

    .venv/bin/python benchmarks/understanding/holdout.py --workdir DIR \
        [--holdout benchmarks/understanding/holdout13.json] [--rest | --all] NAME=RUN ...

A holdout file lists query ids (`ids`) fixed before tuning. Without `--rest` the runs
are scored on those queries (read once, at the end); with it on every other judged
query (the tuning material); with `--all` on every judged query. nDCG@10 by case and at
item level, P@1 and zero-hit by case, each over all the queries and by primary kind. DIR
is judged_run.py's work dir (its items give the case numbers).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from metrics import mean  # noqa: E402

CORPUS = HERE.parents[1] / ".." / "shared" / "corpus"


def groups(ids: list[str], by_id: dict[str, dict]) -> list[tuple[str, list[str]]]:
    """("all", ids), then each primary kind's ids."""
    kinds = sorted({by_id[q]["kinds"][0] for q in ids})
    return [("all", ids)] + [(k, [q for q in ids if by_id[q]["kinds"][0] == k]) for k in kinds]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", help="NAME=PATH of a judged_run.py run file")
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--holdout", type=Path, default=HERE / "holdout13.json")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--rest", action="store_true", help="score every query but the holdout's")
    which.add_argument("--all", action="store_true", help="score every judged query")
    args = ap.parse_args()
    by_id = {q["id"]: q for q in judged_run.load_set(judged_eval.SET)["queries"]}
    held = set(json.loads(args.holdout.read_text(encoding="utf-8"))["ids"])
    ids = [q for q in by_id if args.all or (q not in held) == args.rest]
    qrels = judged_eval.read_qrels()
    runs = {name: {q: keys[:10] for q, keys in judged_eval.read_run(Path(path)).items()}
            for name, path in (r.split("=", 1) for r in args.runs)}
    units = judged_eval.case_units(args.workdir, args.corpus)
    case_runs, case_qrels = judged_eval.by_case(runs, qrels, units)
    item = {n: judged_eval.score(r, qrels, ids) for n, r in runs.items()}
    case = {n: judged_eval.score(r, case_qrels, ids) for n, r in case_runs.items()}
    what = "all" if args.all else f"{'all but' if args.rest else 'the'} {args.holdout.name}'s"
    print(f"{len(ids)} queries ({what})")
    print(f"{'kind':<12}{'n':>4}  " + "  ".join(
        f"{n[:10]:>10}: case / item / P@1 / zero" for n in runs))
    for kind, qs in groups(ids, by_id):
        cells = [f"{mean([case[n][q]['nDCG@10'] for q in qs]):.3f} / "
                 f"{mean([item[n][q]['nDCG@10'] for q in qs]):.3f} / "
                 f"{mean([case[n][q]['P@1'] for q in qs]):.2f} / "
                 f"{mean([case[n][q]['zero-hit'] for q in qs]):.2f}" for n in runs]
        print(f"{kind:<12}{len(qs):>4}  " + "  ".join(f"{c:>36}" for c in cells))


if __name__ == "__main__":
    main()
