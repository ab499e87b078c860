"""The judged queries by where their relevant items come from: Greve's JSON, or the PDF
and HTML documents of Aarhus, Ballerup and Syddjurs (issue 17, round 22, issue-17bt).

    .venv/bin/python benchmarks/understanding/by_document.py --workdir DIR \
        referat=RUN tantivy=RUN [--exclude test22] [--queries OUT.json]

A query is "documents" when one of its grade-2 items comes from the folders `DOCUMENTS`
("only" when all of them do, "mixed" when Greve's too), "greve" when all its grade-2 items
are Greve's. For each group and run: nDCG@10 by case and at item level, P@1 and zero-hit
by case; then, for the documents' relevant items, where each run ranks them (the first
relevant document item's rank, by case), and the items' length and sections beside the
Greve relevant items' (the `items.json` judged_run.py writes in DIR).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from metrics import mean  # noqa: E402

CORPUS = HERE.parents[1] / ".." / "shared" / "corpus"
DOCUMENTS = ("aarhus/", "ballerup/", "syddjurs/")


def group_of(grades: dict[str, int]) -> str | None:
    """"only", "mixed", "greve", or None (no grade-2 item; another folder's)."""
    best = [k for k, g in grades.items() if g == 2]
    docs = [k for k in best if k.startswith(DOCUMENTS)]
    greve = [k for k in best if k.startswith("greve/")]
    if docs:
        return "only" if len(docs) == len(best) else "mixed"
    return "greve" if greve and len(greve) == len(best) else None


def first_rank(ranked: list[str], wanted: set[str]) -> int | None:
    return next((i + 1 for i, k in enumerate(ranked) if k in wanted), None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", help="NAME=PATH of a judged_run.py run file")
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--exclude", default="test22", help="a split prefix left out (t22-)")
    ap.add_argument("--queries", type=Path, help="write each documents query's ranks")
    args = ap.parse_args()
    by_id = {q["id"]: q for q in judged_run.load_set(judged_eval.SET)["queries"]}
    skip = "t" + args.exclude.removeprefix("test") + "-"
    qrels = judged_eval.read_qrels()
    groups: dict[str, list[str]] = {}
    for qid in by_id:
        g = group_of(qrels.get(qid, {})) if not qid.startswith(skip) else None
        if g:
            groups.setdefault(g, []).append(qid)
    groups["documents"] = groups.get("only", []) + groups.get("mixed", [])
    full = {name: judged_eval.read_run(Path(path))
            for name, path in (r.split("=", 1) for r in args.runs)}
    runs = {n: {q: keys[:10] for q, keys in r.items()} for n, r in full.items()}
    units = judged_eval.case_units(args.workdir, args.corpus)
    case_runs, case_qrels = judged_eval.by_case(runs, qrels, units)
    ids = [q for qs in groups.values() for q in qs]
    item = {n: judged_eval.score(r, qrels, ids) for n, r in runs.items()}
    case = {n: judged_eval.score(r, case_qrels, ids) for n, r in case_runs.items()}
    print(f"{'group':<10}{'n':>5}  " + "  ".join(
        f"{n[:10]:>10}: case / item / P@1 / zero" for n in runs))
    for g in ("greve", "documents", "only", "mixed"):
        qs = groups.get(g, [])
        if not qs:
            continue
        cells = [f"{mean([case[n][q]['nDCG@10'] for q in qs]):.3f} / "
                 f"{mean([item[n][q]['nDCG@10'] for q in qs]):.3f} / "
                 f"{mean([case[n][q]['P@1'] for q in qs]):.2f} / "
                 f"{mean([case[n][q]['zero-hit'] for q in qs]):.2f}" for n in runs]
        print(f"{g:<10}{len(qs):>5}  " + "  ".join(f"{c:>36}" for c in cells))
    items = {it["key"]: it for it in judged_run.items(args.corpus,
                                                      judged_run.load_set(judged_eval.SET)["files"],
                                                      args.workdir)}

    def length(key: str) -> int:
        return sum(len(t.split()) for _, t in items[key]["sections"]) if key in items else 0

    for label, pick in (("documents", lambda k: k.startswith(DOCUMENTS)),
                        ("greve", lambda k: k.startswith("greve/"))):
        keys = {k for q in ids for k, g in qrels[q].items() if g == 2 and pick(k)}
        words = [length(k) for k in keys]
        print(f"grade-2 {label} items: {len(keys)}, words median {statistics.median(words):.0f}"
              f", mean {statistics.mean(words):.0f}")
    rows = []
    for q in groups["documents"]:
        wanted = {units.get(k, k) for k, g in qrels[q].items()
                  if g == 2 and k.startswith(DOCUMENTS)}
        row = {"id": q, "query": by_id[q]["query"], "filters": by_id[q].get("filters", {}),
               "kind": by_id[q]["kinds"][0], "group": "only" if q in groups["only"] else "mixed"}
        for n in runs:
            listed = list(dict.fromkeys(units.get(k, k) for k in full[n].get(q, [])))
            row[n] = {"case": round(case[n][q]["nDCG@10"], 3),
                      "doc_rank": first_rank(listed, wanted)}
        rows.append(row)
    if args.queries:
        args.queries.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    names = list(runs)
    for n in names:
        ranks = [r[n]["doc_rank"] for r in rows]
        top = sum(1 for x in ranks if x and x <= 10)
        print(f"{n}: a document's grade-2 case in the top 10 for {top} of {len(rows)}, "
              f"at rank 1 for {sum(1 for x in ranks if x == 1)}, "
              f"in the run (depth 20) for {sum(1 for x in ranks if x)}")


if __name__ == "__main__":
    main()
