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
from functools import partial
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from referat.search import Referat, relax, rerank  # noqa: E402

CORPUS = HERE.parents[1] / ".." / "shared" / "corpus"
K = 10
DEPTH = 40  # candidates whose features are kept (`--depth` re-ranks fewer)
STEPS = (-1.0, -0.3, -0.1, -0.03, 0.03, 0.1, 0.3, 1.0)
PASSES = 3
MIN_GAIN = 1e-6
GROUPS = {
    "fields": [f for f in rerank.FEATURES if f.startswith("bm25_")],
    "cover": ["cover_title", "cover_decision", "cover_any"],
    "rank": ["rank"],
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

    def record(searcher, plan, ranked, tiers, stored):  # noqa: ANN001
        words = [*plan.words, *plan.common]
        if qid not in seen and words and len(ranked) > 1:
            head = ranked[:DEPTH]
            word_query = partial(plan.word_query, schema=searcher.schema,
                                 reader=searcher.reader())
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

    def __init__(self, cand: dict, units: dict[str, str], grades: dict[str, int],
                 condensed: bool = False) -> None:
        names = [units.get(k, k) for k in cand["keys"]]
        n = len(cand["rows"])
        keep = [i for i in range(len(names)) if not condensed or names[i] in grades]
        head = [i for i in keep if i < n]
        self.n = len(head)
        self.x = np.array([cand["rows"][i] for i in head], dtype=float).reshape(
            self.n, len(rerank.FEATURES))
        self.tiers = np.array([cand["tiers"][i] for i in head], dtype=int)
        self.head = [names[i] for i in head]
        self.tail = [names[i] for i in keep if i >= n]
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
                if value > best + MIN_GAIN:
                    w, best, improved = trial, value, True
        if not improved:
            break
    return w


def pairwise(qs: list[Query], allowed: list[str], seed: int, l2: float = 1e-3,
             iterations: int = 300) -> np.ndarray:
    """A logistic loss on the pairs of candidates of one tier whose grades differ,
    by gradient descent from today's order (`seed` is unused: full batches)."""
    index = [rerank.FEATURES.index(f) for f in allowed]
    diffs, weights = [], []
    for q in qs:
        g = np.array([q.grades.get(u, 0) for u in q.head], dtype=float)
        for i in range(q.n):
            for j in range(q.n):
                if q.tiers[i] == q.tiers[j] and g[i] > g[j]:
                    diffs.append(q.x[i, index] - q.x[j, index])
                    weights.append(g[i] - g[j])
    w = baseline()[index]
    if not diffs:
        return baseline()
    d, c = np.array(diffs), np.array(weights) / len(weights)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(np.clip(d @ w, -30, 30)))
        grad = -(d * (c * p)[:, None]).sum(axis=0) + l2 * w
        w -= 1.0 * grad
    out = np.zeros(len(rerank.FEATURES))
    out[index] = w
    return out


LEARNERS = {"ascent": learn, "pairwise": pairwise}


def per_fold(rows: dict[str, tuple[float, ...]], split_of: dict[str, str]) -> list[float]:
    """Each split's mean gain in nDCG@10 (model minus today)."""
    folds: dict[str, list[float]] = {}
    for k, r in rows.items():
        folds.setdefault(split_of[k], []).append(r[1] - r[0])
    return [float(np.mean(v)) for v in folds.values()]


def cross_validate(train: dict[str, Query], tests: dict[str, dict[str, Query]],
                   split_of: dict[str, str], kind_of: dict[str, str], allowed: list[str],
                   seed: int, verbose: bool, learner: str = "ascent") -> dict[str, float]:
    """Leave one split out: learn on `train`'s queries of the other splits, score
    today's order and the model (nDCG@10 and P@1 by case) on each of `tests` (all the
    candidates; only the judged ones) for the split left out. Returns each test's mean
    gain in nDCG@10."""
    per_query: dict[str, dict[str, tuple[float, float, float, float]]] = {n: {} for n in tests}
    folds = sorted(set(split_of[q] for q in train))
    base = baseline()
    lines = []
    for fold in folds:
        w = LEARNERS[learner]([q for k, q in train.items() if split_of[k] != fold], allowed,
                              seed)
        cells = []
        for name, qs in tests.items():
            test = [k for k in qs if split_of[k] == fold]
            for k in test:
                per_query[name][k] = (qs[k].ndcg(base), qs[k].ndcg(w), qs[k].p1(base),
                                      qs[k].p1(w))
            v = np.array([per_query[name][k] for k in test])
            cells.append(f"{name} {v[:, 0].mean():.3f} -> {v[:, 1].mean():.3f} "
                         f"({v[:, 1].mean() - v[:, 0].mean():+.3f})")
        lines.append(f"  fold {fold:<7} n={len(test):>3}  " + "   ".join(cells))
    if verbose:
        print("\n".join(lines))
        kinds = sorted(set(kind_of.values()))
        for name, rows in per_query.items():
            d = np.array([r[1] - r[0] for r in rows.values()])
            up = sum(b < -1e-9 for b in per_fold(rows, split_of))
            print(f"  {name}: queries better / worse {int((d > 1e-9).sum())} / "
                  f"{int((d < -1e-9).sum())}; folds better / worse "
                  f"{sum(b > 1e-9 for b in per_fold(rows, split_of))} / {up}")
            print(f"  {name}: {'kind':<12}{'n':>4}  today / model nDCG@10   today / model P@1")
            for kind, ks in [("all", list(rows))] + [
                    (k, [q for q in rows if kind_of[q] == k]) for k in kinds]:
                v = np.array([rows[q] for q in ks])
                print(f"  {name}: {kind:<12}{len(ks):>4}  {v[:, 0].mean():.3f} / "
                      f"{v[:, 1].mean():.3f}            {v[:, 2].mean():.2f} / "
                      f"{v[:, 3].mean():.2f}")
    return {name: float(np.mean([r[1] - r[0] for r in rows.values()]))
            for name, rows in per_query.items()}


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
    ap.add_argument("--learner", choices=list(LEARNERS), default="ascent")
    ap.add_argument("--train", choices=["all", "judged"], default="all",
                    help="learn on every candidate or on the judged ones only")
    ap.add_argument("--questions", action="store_true",
                    help="only the queries read as questions")
    ap.add_argument("--depth", type=int, default=rerank.DEPTH,
                    help="candidates re-ranked (at most DEPTH)")
    ap.add_argument("--min-gain", type=float, default=1e-6,
                    help="coordinate ascent: the least gain in nDCG@10 a step must make")
    args = ap.parse_args()
    queries = judged_run.load_set(judged_eval.SET)["queries"]
    held = set(json.loads(args.holdout.read_text(encoding="utf-8"))["ids"])
    tuning = {q["id"] for q in queries} - held
    if args.cache.exists():
        cands = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        cands = collect(args.index, args.corpus, tuning)
        args.cache.write_text(json.dumps(cands), encoding="utf-8")
    cands = {k: dict(c, rows=c["rows"][:args.depth]) for k, c in cands.items() if k in tuning}
    if args.questions:  # the queries the engine reads as questions (`relax.Plan.question`)
        text = {q["id"]: q["query"] for q in queries}
        cands = {k: c for k, c in cands.items()
                 if (p := relax.plan(text[k])) is not None and p.question}
    global MIN_GAIN
    MIN_GAIN = args.min_gain
    units = judged_eval.case_units(args.workdir, args.corpus)
    _, case_qrels = judged_eval.by_case({}, judged_eval.read_qrels(), units)
    qs = {k: Query(c, units, case_qrels.get(k, {})) for k, c in cands.items()}
    judged = {k: Query(c, units, case_qrels.get(k, {}), condensed=True)
              for k, c in cands.items()}
    split_of = {q: s for s, ids in judged_eval.read_split().items() for q in ids}
    kind_of = {q["id"]: q["kinds"][0] for q in queries if q["id"] in qs}
    print(f"{len(qs)} tuning queries with candidates ({len(tuning)} tuning queries), "
          f"{sum(q.varies for q in qs.values())} whose candidates' grades differ")
    every = list(rerank.FEATURES)
    tests = {"all": qs, "judged": judged}
    train = qs if args.train == "all" else judged
    print(f"learner {args.learner}, trained on {args.train} candidates, depth {args.depth}")
    cross_validate(train, tests, split_of, kind_of, every, args.seed, verbose=True,
                   learner=args.learner)
    if args.ablate:
        for name, group in GROUPS.items():
            gain = cross_validate(train, tests, split_of, kind_of,
                                  [f for f in every if f not in group], args.seed, False,
                                  args.learner)
            print(f"  without {name:<12} gain " + ", ".join(
                f"{k} {v:+.4f}" for k, v in gain.items()))
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
