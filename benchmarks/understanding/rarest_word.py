"""Whether the rarest typed word decides where a relevant case is not ranked first.

    .venv/bin/python benchmarks/understanding/rarest_word.py --workdir DIR RUN REFERENCE_RUN \\
        [--kinds synonym,compound] [--queries OUT.jsonl]

For every judged query of the given primary kinds whose first relevant case (by case,
grade >= 1) in RUN (referat's, judged_run.py) is not at rank 1, the search is run again
in this process on DIR's index `idx`, and the best relevant case (highest grade, then
referat's case rank) is compared with the cases referat ranks above it: which typed
words (required and a question's common words, not hints) each holds, in which fields
(T title, R resume, I indstilling, B beslutning, S sagsfremstilling, x the rest), and
whether they hold the rarest typed word (the least share of the items). The count is by
how the search read the query (weighed, at least k of n, strict), with REFERENCE_RUN's
(tantivy's) lead by case summed (round 23 of issue 17).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))
sys.path.insert(0, str(HERE))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from candidates import CORPUS, case_ranks, item_docs, query_words, spy_ranking  # noqa: E402
from losses import read_mode  # noqa: E402
from metrics import ndcg  # noqa: E402

FIELDS = {"title": "T", "resume": "R", "indstilling": "I", "beslutning": "B",
          "sagsfremstilling": "S", "rest": "x"}
LEAD = set("TRIB")
ABOVE = 3


def held(word_query, doc: int, reader) -> str:
    """The fields (letters of FIELDS) in which a word's query matches a document."""
    found = set()
    for field, text in word_query.iter_all_terms():
        if field in FIELDS and field not in found and reader.doc_frequency(field, text):
            if doc in set(reader.postings(field, text).all_ids()):
                found.add(field)
    return "".join(FIELDS[f] for f in FIELDS if f in found)


def examine(q: dict, ref, reader, run: list[str], reference: list[str], qrels: dict,
            units: dict, key_of: dict, docs_of: dict, seen: list) -> dict | None:
    """One query's best relevant case against the cases ranked above it (None when a
    relevant case is first or the query has no typed word)."""
    grades = qrels.get(q["id"], {})
    cgrades = judged_eval.by_case({}, {q["id"]: grades}, units)[1][q["id"]]
    cases = list(dict.fromkeys(units.get(k, k) for k in run[:10]))
    if cases and cgrades.get(cases[0], 0) >= 1:
        return None
    seen.clear()
    result = ref.search(q["query"], limit=10, **q.get("filters", {}))
    scores, tiers = seen[-1] if seen else ({}, {})
    p, words = query_words(q["query"], q.get("filters", {}).get("sections"), reader)
    typed = [(w, p.word_query(w, ref._ix.schema, reader)) for w, role in words if role != "h"]
    typed = [(w, wq) for w, wq in typed if wq is not None]
    relevant = [c for c, g in cgrades.items() if g >= 1]
    if not typed or not relevant:
        return None
    rank = case_ranks(scores, tiers, key_of, units)
    best = min(relevant, key=lambda c: (-cgrades[c], rank.get(c, 10**9)))
    docs = [d for d in docs_of.get(best, []) if grades.get(key_of[d], 0) >= 1]

    def holds(doc: int) -> dict[str, str]:
        return {w: held(wq, doc, reader) for w, wq in typed}

    above, shown = [], []
    for d in sorted(scores, key=lambda d: (tiers.get(d, 0), -scores[d], d)):
        case = units.get(key_of.get(d, ""), d)
        if case in shown:
            continue
        if case == best or len(shown) == ABOVE:
            break
        shown.append(case)
        above.append({"title": reader.stored_fields(d).get("title", ""),
                      "grade": cgrades.get(case, 0), "holds": holds(d)})
    from referat.search.relax import word_share

    shares = {w: word_share(w, reader) for w, _ in typed}
    theirs = list(dict.fromkeys(units.get(k, k) for k in reference[:10]))
    return {"id": q["id"], "kind": q["kinds"][0], "query": q["query"],
            "mode": read_mode(result.relaxed), "case": ndcg(cases, cgrades),
            "reference_case": ndcg(theirs, cgrades), "shares": shares,
            "rarest": min(shares, key=shares.__getitem__), "rank": rank.get(best),
            "title": reader.stored_fields(docs[0]).get("title", "") if docs else "",
            "holds": holds(docs[0]) if docs else {}, "above": above}


def place(row: dict) -> str:
    """Whether the relevant case and the case ranked first hold the rarest word, and
    where the first holds it."""
    rarest = row["rarest"]
    first = row["above"][0]["holds"].get(rarest, "") if row["above"] else ""
    return (("relevant lacks" if not row["holds"].get(rarest) else "relevant holds")
            + " the rarest word; the first "
            + ("lacks it" if not first else "holds it in a lead field" if set(first) & LEAD
               else "holds it in the background only"))


def report(rows: list[dict]) -> None:
    """The count and tantivy's lead by case, by the search's reading and by place."""
    count, lead = Counter(), Counter()
    for row in rows:
        gap = max(0.0, row["reference_case"] - row["case"])
        fewer = sum(map(bool, row["holds"].values())) < sum(
            map(bool, row["above"][0]["holds"].values())) if row["above"] else False
        for key in ("all", place(row), "the relevant case not retrieved" if row["rank"] is None
                    else None, "the relevant case holds fewer typed words" if fewer else None):
            if key:
                count[row["mode"], key] += 1
                lead[row["mode"], key] += gap
    print(f"{'reading':<10}{'':<74}{'n':>4}  tantivy's lead")
    for mode, key in sorted(count):
        print(f"{mode:<10}{key:<74}{count[mode, key]:>4}  {lead[mode, key]:.2f}")


def main() -> None:
    from referat.search import Referat

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path, help="referat's judged_run.py run file")
    ap.add_argument("reference", type=Path, help="the reference engine's run file")
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--kinds", default="synonym,compound", help="primary kinds, comma-separated")
    ap.add_argument("--queries", type=Path, help="write each query's findings (JSON lines)")
    args = ap.parse_args()
    kinds = set(args.kinds.split(","))
    qrels = judged_eval.read_qrels()
    units = judged_eval.case_units(args.workdir, CORPUS)
    run, reference = judged_eval.read_run(args.run), judged_eval.read_run(args.reference)
    ref = Referat(args.workdir / "idx")
    reader = ref._searcher().reader()
    key_of, docs_of = item_docs(reader, units)
    seen: list[tuple[dict, dict]] = []
    spy_ranking(seen)
    rows = [row for q in judged_run.load_set(judged_eval.SET)["queries"]
            if q["kinds"][0] in kinds and q["id"] in run
            for row in [examine(q, ref, reader, run[q["id"]], reference.get(q["id"], []),
                                qrels, units, key_of, docs_of, seen)] if row]
    if args.queries:
        args.queries.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                encoding="utf-8")
    print(f"{len(rows)} queries whose first relevant case is not first")
    report(rows)


if __name__ == "__main__":
    main()
