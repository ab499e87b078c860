"""Why referat's rankings are poor where they are: every judged query's losses by cause.

    .venv/bin/python benchmarks/understanding/losses.py --workdir DIR --index INDEX \\
        --reference TANTIVY_RUN [--apart t16-] [--kind synonym] [--queries OUT.jsonl]

Each judged query is searched in this process on INDEX (judged_run.py's referat index
over DIR's files), its top 10 read as hits with their `also` items, and its ranking of
every match recorded (tier and score). A query is poor when its nDCG@10 by case is below
`POOR` or at item level `BELOW` under the reference run's (tantivy). Its case loss is
put down to the best-graded relevant case that a non-relevant one displaces from the top
10 (round 19 of issue 17):

- not retrieved (no score): its items share no query word, or some (the query
  weighed, with at least k of n words, or strict);
- retrieved in a lower tier than the first hit's;
- retrieved in the first hit's tier at case rank 11-30, or below 30;
- every relevant case shown, in the wrong order inside the top 10;

and by the words the relevant items hold: every word, some, none (a word is held in
any form, part or synonym the search reads it with). At item level: the relevant items
of a shown case that only its `also` lists (one case, one hit), and heads graded below
a member. The queries whose id starts with `--apart` are counted apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))
sys.path.insert(0, str(HERE))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from candidates import CORPUS, case_ranks, held_words, item_docs, query_words, spy_ranking  # noqa: E402
from metrics import ndcg  # noqa: E402

POOR = 0.8
BELOW = 0.1


def read_mode(relaxed: list[str]) -> str:
    """How the search read a query's words: weighed, at least k of n, or strict."""
    said = " ".join(relaxed)
    return ("weighed" if "rarer ones weighing" in said
            else "min-match" if "at least" in said else "strict")


def cause(row: dict) -> str | None:
    """The case-level cause of a poor query (None: not poor by case)."""
    if row["case"] >= POOR:
        return None
    if not row["total"]:
        return "zero hits"
    shown = row["heads"]
    displaced = [m for m in row["missing"]]
    if not displaced or (len(shown) == 10 and all(h["best"] for h in shown)):
        return "order inside the top 10"
    m = max(displaced, key=lambda m: m["grade"])
    if m["tier"] is None:
        return ("not retrieved, shares no word" if not m["holds_w"]
                else f"not retrieved, shares some words ({read_mode(row['relaxed'])})")
    if m["tier"] > row["first_tier"]:
        return "retrieved, lower tier"
    return "retrieved, case rank 11-30" if m["rank"] <= 30 else "retrieved, case rank > 30"


def words_held(row: dict) -> str:
    """Whether the displaced relevant case holds every word of the query, some or none."""
    if not row["missing"]:
        return "-"
    m = max(row["missing"], key=lambda m: m["grade"])
    return ("every word" if not m["lacks_w"] else "some words" if m["holds_w"]
            else "no word")


def examine(q: dict, ref, searcher, reference: list[str], qrels: dict, units: dict,
            key_of: dict, docs_of: dict, seen: list) -> dict:
    """One query's figures, its hits' heads and the relevant cases it misses."""
    grades = qrels.get(q["id"], {})
    cgrades = judged_eval.by_case({}, {q["id"]: grades}, units)[1][q["id"]]
    seen.clear()
    result = ref.search(q["query"], limit=10, **q.get("filters", {}))
    root = CORPUS.resolve()

    def key(source: str, item: str) -> str:
        return judged_run.key(str(Path(source).resolve().relative_to(root)), str(item))

    hits = [key(h.source, h.item) for h in result.hits]
    also = [[key(o["source"], o["item"]) for o in h.also or []] for h in result.hits]
    cases = list(dict.fromkeys(units.get(k, k) for k in hits))
    theirs = list(dict.fromkeys(units.get(k, k) for k in reference[:10]))
    shown = list(zip(hits, also, strict=True))
    heads = [{"head": grades.get(h, 0), "best": max([grades.get(x, 0) for x in (h, *a)]),
              "hidden": sum(1 for x in a if grades.get(x, 0) > 0)} for h, a in shown]
    scores, tiers = seen[-1] if seen else ({}, {})
    rank = case_ranks(scores, tiers, key_of, units)
    p, words = query_words(q["query"], q.get("filters", {}).get("sections"), searcher.reader())
    missing = []
    for u, grade in sorted(cgrades.items(), key=lambda kv: -kv[1]):
        if grade < 1 or u in cases:
            continue
        docs = [d for d in docs_of.get(u, []) if grades.get(key_of[d], 0) >= 1]
        matched = [d for d in docs if d in scores]
        held, lacked = held_words(p, words, docs, ref, searcher)
        missing.append({"unit": u, "grade": grade, "in_reference": u in theirs,
                        "tier": min(tiers.get(d, 0) for d in matched) if matched else None,
                        "rank": rank.get(u), "holds": held, "lacks": lacked,
                        "holds_w": [w for w in held if "[w" in w],
                        "lacks_w": [w for w in lacked if "[w" in w]})
    first = min(scores, key=lambda d: (tiers.get(d, 0), -scores[d], d)) if scores else None
    expanded = [x for h, a in shown for x in (h, *(y for y in a if grades.get(y, 0)))]
    return {"id": q["id"], "kind": q["kinds"][0], "query": q["query"],
            "case": ndcg(cases, cgrades), "item": ndcg(hits, grades),
            "item_listed": ndcg(expanded, grades),
            "reference_case": ndcg(theirs, cgrades), "reference_item": ndcg(reference, grades),
            "total": result.total, "relaxed": result.relaxed, "heads": heads,
            "missing": missing, "first_tier": tiers.get(first, 0) if first is not None else 0}


def report(rows: list[dict], label: str) -> None:
    """The counts by cause of one group of queries."""
    def mean(key: str) -> float:
        return sum(r[key] for r in rows) / max(len(rows), 1)

    poor = [r for r in rows if r["case"] < POOR or r["reference_item"] - r["item"] > BELOW]
    print(f"== {label}: {len(rows)} queries; nDCG@10 case {mean('case'):.3f}, item "
          f"{mean('item'):.3f}, item with the `also` items listed {mean('item_listed'):.3f}; "
          f"reference {mean('reference_case'):.3f} / {mean('reference_item'):.3f}; "
          f"poor {len(poor)}")
    count: Counter[tuple[str, str]] = Counter()
    loss: defaultdict[tuple[str, str], float] = defaultdict(float)
    for r in rows:
        c = cause(r)
        if c:
            count[c, words_held(r)] += 1
            loss[c, words_held(r)] += 1 - r["case"]
    print(f"  case level ({sum(count.values())} queries below {POOR}; loss = sum of 1 - nDCG):")
    for (c, w), n in sorted(count.items()):
        print(f"    {c:<48} holds {w:<11} {n:>4} queries  loss {loss[c, w]:6.1f}")
    hidden = [r for r in poor if any(h["hidden"] for h in r["heads"])]
    below = [r for r in poor if any(h["best"] > h["head"] for h in r["heads"])]
    listed = sum(h["hidden"] for r in poor for h in r["heads"])
    lower = sum(h["best"] > h["head"] for r in poor for h in r["heads"])
    print(f"  item level: relevant items listed only under `also` {listed} in {len(hidden)} "
          f"poor queries; heads graded below a member {lower} in {len(below)}")


def main() -> None:
    from referat.search import Referat

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--reference", type=Path, required=True, help="tantivy's run file")
    ap.add_argument("--apart", default="t16-",
                    help="ids counted apart (a prefix, or several joined by commas)")
    ap.add_argument("--kind", help="only the queries of this kind (primary or not)")
    ap.add_argument("--queries", type=Path, help="write each query's findings (JSON lines)")
    args = ap.parse_args()
    qrels = judged_eval.read_qrels()
    units = judged_eval.case_units(args.workdir, CORPUS)
    reference = judged_eval.read_run(args.reference)
    ref = Referat(args.index)
    searcher = ref._searcher()
    key_of, docs_of = item_docs(searcher.reader(), units)
    seen: list[tuple[dict, dict]] = []
    spy_ranking(seen)
    rows = [examine(q, ref, searcher, reference.get(q["id"], []), qrels, units, key_of,
                    docs_of, seen) for q in judged_run.load_set(judged_eval.SET)["queries"]
            if args.kind is None or args.kind in q["kinds"]]
    if args.queries:
        args.queries.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                encoding="utf-8")
    apart = tuple(args.apart.split(","))
    report([r for r in rows if not r["id"].startswith(apart)], "the other splits")
    report([r for r in rows if r["id"].startswith(apart)], args.apart)


if __name__ == "__main__":
    main()
