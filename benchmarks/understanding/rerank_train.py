"""Learns the re-ranking model (`search.rerank`) from the judged set's tuning queries.

    .venv/bin/python benchmarks/understanding/rerank_train.py --index DIR --workdir WD \
        --cache /tmp/cands.json [--write] [--ablate] [--seed 0]

1. Candidates: each judged query but the holdout's (`--holdout`, holdout14.json) is
   searched as judged_run.py searches it (limit 20, its filters); the ranked items the
   re-ranking sees, their tiers and their `rerank.FEATURES` are kept (`--cache`).
2. Model: a linear score, learned by coordinate ascent on nDCG@10 by case (the items of
   a case are one document, as `holdout.py` scores them), starting from today's order
   (the score alone), in a seeded order of the features.
3. Cross-validation: leave one split out (the judged set's thirteen splits), scored by
   case on the split left out, by primary kind and per fold.
`--write` writes the model learned on every tuning query to `search/data/rerank.tsv`;
`--ablate` cross-validates the model without each group of features.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from referat.search import Referat, rerank  # noqa: E402

CORPUS = HERE.parents[1] / ".." / "shared" / "corpus"
K = 10
STEPS = (-1.0, -0.3, -0.1, -0.03, 0.03, 0.1, 0.3, 1.0)
PASSES = 3
GROUPS = {
    "fields": [f for f in rerank.FEATURES if f.startswith("bm25_")],
    "cover": ["cover_title", "cover_decision", "cover_any"],
    "rank": ["rank"],
    "decided": ["decided"],
    "recency": ["recency"],
    "case_size": ["case_size"],
    "title_terms": ["title_terms"],
}


def collect(index: Path, corpus: Path, ids: set[str]) -> dict[str, dict]:
    """{query id: {"keys", "tiers", "rows"}}: the ranked items the re-ranking saw."""
    queries = [q for q in judged_run.load_set(judged_eval.SET)["queries"] if q["id"] in ids]
    ref = Referat(index)
    root = corpus.resolve()
    seen: dict[str, dict] = {}
    original = rerank.rerank

    def record(searcher, words, word_query, ranked, tiers, stored):  # noqa: ANN001
        if qid not in seen and words and len(ranked) > 1:
            head = ranked[:rerank.DEPTH]
            seen[qid] = {
                "keys": [judged_run.key(str(Path(stored(d)["path"]).resolve().relative_to(root)),
                                        stored(d).get("number", "")) for d, _ in ranked],
                "tiers": [tiers.get(d, 0) for d, _ in ranked],
                "rows": rerank.features(searcher, words, word_query, head, stored),
            }
        return ranked

    rerank.rerank = record
    try:
        for q in queries:
            qid = q["id"]
            try:
                ref.search(q["query"], limit=judged_run.DEPTH, **q.get("filters", {}))
            except Exception:  # noqa: BLE001 - a query error is a result (0 hits)
                pass
    finally:
        rerank.rerank = original
    return seen


class Query:
    """One query's candidates as arrays: features, tiers, case units and their gains."""

    def __init__(self, cand: dict, units: dict[str, str], grades: dict[str, int]) -> None:
        rows = cand["rows"]
        self.n = len(rows)
        self.x = np.array(rows, dtype=float)
        self.tiers = np.array(cand["tiers"][:self.n])
        names = [units.get(k, k) for k in cand["keys"]]
        self.head = names[:self.n]
        self.tail = names[self.n:]
        self.grades = grades
        ideal = sorted((g for g in grades.values() if g > 0), reverse=True)[:K]
        self.idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
        self.varies = len({grades.get(u, 0) for u in self.head}) > 1

    def ranked(self, w: np.ndarray) -> list[str]:
        s = self.x @ w
        order = np.lexsort((np.arange(self.n), -s, self.tiers))
        return [self.head[i] for i in order] + self.tail

    def ndcg(self, w: np.ndarray) -> float:
        if not self.idcg:
            return 0.0
        units = list(dict.fromkeys(self.ranked(w)))[:K]
        return sum(self.grades.get(u, 0) / math.log2(i + 2)
                   for i, u in enumerate(units)) / self.idcg

    def p1(self, w: np.ndarray) -> float:
        r = self.ranked(w)
        return float(bool(r) and self.grades.get(r[0], 0) > 0)


def baseline() -> np.ndarray:
    return np.array([1.0 if f == "score" else 0.0 for f in rerank.FEATURES])


def learn(qs: list[Query], allowed: list[str], seed: int) -> np.ndarray:
    """Coordinate ascent on mean nDCG@10 from today's order, over the queries whose
    candidates' grades differ (the others score the same whatever the order)."""
    rng = np.random.default_rng(seed)
    active = [q for q in qs if q.varies]
    w = baseline()
    best = np.mean([q.ndcg(w) for q in active]) if active else 0.0
    index = [rerank.FEATURES.index(f) for f in allowed]
    for _ in range(PASSES):
        improved = False
        for j in rng.permutation(index):
            for step in STEPS:
                trial = w.copy()
                trial[j] += step
                value = np.mean([q.ndcg(trial) for q in active])
                if value > best + 1e-6:
                    w, best, improved = trial, value, True
        if not improved:
            break
    return w


def cross_validate(qs: dict[str, Query], split_of: dict[str, str], kind_of: dict[str, str],
                   allowed: list[str], seed: int, verbose: bool) -> dict[str, float]:
    """Leave one split out: nDCG@10 (by case) of today's order and the model on each
    split left out; returns the model's mean gain over all queries."""
    per_query: dict[str, tuple[float, float, float, float]] = {}
    folds = sorted(set(split_of[q] for q in qs))
    for fold in folds:
        train = [q for k, q in qs.items() if split_of[k] != fold]
        w = learn(train, allowed, seed)
        test = [k for k in qs if split_of[k] == fold]
        base = baseline()
        for k in test:
            per_query[k] = (qs[k].ndcg(base), qs[k].ndcg(w), qs[k].p1(base), qs[k].p1(w))
        if verbose:
            b = np.mean([per_query[k][0] for k in test])
            m = np.mean([per_query[k][1] for k in test])
            print(f"  fold {fold:<7} n={len(test):>3}  today {b:.3f}  model {m:.3f}  "
                  f"{m - b:+.3f}")
    if verbose:
        print(f"  {'kind':<12}{'n':>4}  today / model nDCG@10   today / model P@1")
        kinds = sorted(set(kind_of.values()))
        for kind, ks in [("all", list(per_query))] + [
                (k, [q for q in per_query if kind_of[q] == k]) for k in kinds]:
            v = np.array([per_query[q] for q in ks])
            print(f"  {kind:<12}{len(ks):>4}  {v[:, 0].mean():.3f} / {v[:, 1].mean():.3f}"
                  f"            {v[:, 2].mean():.2f} / {v[:, 3].mean():.2f}")
    v = np.array(list(per_query.values()))
    return {"gain": float(v[:, 1].mean() - v[:, 0].mean())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--workdir", type=Path, required=True, help="judged_run.py's work dir")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--holdout", type=Path, default=HERE / "holdout14.json")
    ap.add_argument("--cache", type=Path, required=True, help="the candidates (JSON)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--write", action="store_true", help="write search/data/rerank.tsv")
    ap.add_argument("--ablate", action="store_true")
    args = ap.parse_args()
    queries = judged_run.load_set(judged_eval.SET)["queries"]
    held = set(json.loads(args.holdout.read_text(encoding="utf-8"))["ids"])
    tuning = {q["id"] for q in queries} - held
    if args.cache.exists():
        cands = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        cands = collect(args.index, args.corpus, tuning)
        args.cache.write_text(json.dumps(cands), encoding="utf-8")
    cands = {k: c for k, c in cands.items() if k in tuning}
    units = judged_eval.case_units(args.workdir, args.corpus)
    _, case_qrels = judged_eval.by_case({}, judged_eval.read_qrels(), units)
    qs = {k: Query(c, units, case_qrels.get(k, {})) for k, c in cands.items()}
    split_of = {q: s for s, ids in judged_eval.read_split().items() for q in ids}
    kind_of = {q["id"]: q["kinds"][0] for q in queries if q["id"] in qs}
    print(f"{len(qs)} tuning queries with candidates ({len(tuning)} tuning queries), "
          f"{sum(q.varies for q in qs.values())} whose candidates' grades differ")
    every = list(rerank.FEATURES)
    cross_validate(qs, split_of, kind_of, every, args.seed, verbose=True)
    if args.ablate:
        for name, group in GROUPS.items():
            gain = cross_validate(qs, split_of, kind_of,
                                  [f for f in every if f not in group], args.seed, False)
            print(f"  without {name:<12} gain {gain['gain']:+.4f}")
    if args.write:
        w = learn(list(qs.values()), every, args.seed)
        lines = ["# The re-ranking model (search/rerank.py): feature<TAB>weight, learned by",
                 "# benchmarks/understanding/rerank_train.py on the judged set's tuning "
                 f"queries (seed {args.seed})."]
        lines += [f"{f}\t{v:.4g}" for f, v in zip(rerank.FEATURES, w, strict=True) if v]
        rerank.WEIGHTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("wrote", rerank.WEIGHTS_FILE)


if __name__ == "__main__":
    main()
