"""Variants of the ranking on the tuning queries, and leave-one-split-out cross-validation.

    .venv/bin/python benchmarks/understanding/fusion_cv.py run --workdir DIR --out RUNS SPEC ...
    .venv/bin/python benchmarks/understanding/fusion_cv.py cv --out RUNS [SPEC ...]

`run` searches every judged query but the holdout's (`--holdout`, never run here) under
each SPEC, in this process, with module constants patched, and writes RUNS/SPEC.json
(per query: nDCG@10 by case and by item, P@1 by case; and the hits). SPEC is `base`
(fusion off, today's constants) or comma-separated settings: fusion (`search.fusion`)
`k=` K, `w=` WEIGHT, `d=` DEPTH, `s=q|w|a` SCOPE (questions, weighed, all), `blend=1`,
`pd=` PLAIN_DEPTH; BM25F `k1=`, `b=`, `tb=` (the title's own b), `fb=` a boost set of
evaluate.BOOST_SETS. A fusion spec runs only the queries it fuses (the others keep
base's hits). `cv` compares each SPEC with base by split (the frozen splits test …
test13 and the base set's tuning queries) and, leaving each split out in turn, picks
the spec (or base) with the best mean nDCG@10 by case on the others and scores it on
the split left out.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELEVANCE = HERE.parent / "relevance"
sys.path.insert(0, str(RELEVANCE))

import evaluate  # noqa: E402
import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from metrics import mean  # noqa: E402
from referat.search import api as sapi  # noqa: E402
from referat.search import fusion, ranking, relax  # noqa: E402
from whoosh.scoring import BM25F  # noqa: E402

CORPUS = HERE.parents[1] / ".." / "shared" / "corpus"
SCOPES = {"q": "questions", "w": "weighed", "a": "all"}
FUSION_SETTINGS = {"k": ("K", int), "w": ("WEIGHT", float), "d": ("DEPTH", int),
                   "s": ("SCOPE", SCOPES.__getitem__), "blend": ("BLEND", "1".__eq__),
                   "pd": ("PLAIN_DEPTH", int)}


def settings(spec: str) -> tuple[contextlib.ExitStack, bool]:
    """The patches a spec names (entered on a stack), and whether it is fusion only."""
    stack = contextlib.ExitStack()
    fused: dict = {"FUSION": False}
    only_fusion = spec != "base"
    for part in [] if spec == "base" else spec.split(","):
        name, value = part.split("=")
        if name in FUSION_SETTINGS:
            constant, read = FUSION_SETTINGS[name]
            fused.update(FUSION=True, **{constant: read(value)})
            continue
        only_fusion = False
        if name == "fb":
            stack.enter_context(evaluate.search_constants(boosts=evaluate.BOOST_SETS[value]))
        elif name == "tb":
            stack.enter_context(evaluate.patched(sapi, weighting=lambda v=float(value): BM25F(
                B=ranking.BM25_B, K1=ranking.BM25_K1, title_B=v)))
        else:
            stack.enter_context(evaluate.patched(
                ranking, **{{"k1": "BM25_K1", "b": "BM25_B"}[name]: float(value)}))
    stack.enter_context(evaluate.patched(fusion, **fused))
    return stack, only_fusion


def run(specs: list[str], workdir: Path, out: Path, holdout: Path) -> None:
    held = set(json.loads(holdout.read_text(encoding="utf-8"))["ids"])
    data = judged_run.load_set(judged_eval.SET)
    qs = [q for q in data["queries"] if q["id"] not in held]
    qrels, units = judged_eval.read_qrels(), judged_eval.case_units(workdir, CORPUS)
    out.mkdir(parents=True, exist_ok=True)
    for spec in specs:
        stack, only_fusion = settings(spec)
        with stack:
            todo = qs
            if only_fusion:  # the other queries keep base's hits
                todo = [q for q in qs if not q.get("filters", {}).get("sections")
                        and fusion.applies(relax.plan(q["query"]))]
            raw = judged_run.run_referat(todo, CORPUS, data["files"],
                                         workdir / "referat-main", 20)
        if only_fusion:
            base = json.loads((out / "base.json").read_text(encoding="utf-8"))["raw"]
            raw = {q["id"]: raw.get(q["id"], base[q["id"]]) for q in qs}
        hits = {q: entry["hits"][:10] for q, entry in raw.items()}
        case_runs, case_qrels = judged_eval.by_case({"x": hits}, qrels, units)
        item = judged_eval.score(hits, qrels, list(hits))
        case = judged_eval.score(case_runs["x"], case_qrels, list(hits))
        scores = {q: [case[q]["nDCG@10"], item[q]["nDCG@10"], case[q]["P@1"]] for q in hits}
        (out / f"{spec}.json").write_text(json.dumps({"scores": scores, "raw": raw}))
        print(spec, " ".join(f"{mean([v[i] for v in scores.values()]):.4f}" for i in range(3)),
              flush=True)


def folds() -> dict[str, str]:
    """Query id -> its split (the base set's tuning queries: "base")."""
    fold = {}
    for path in sorted(RELEVANCE.glob("split*.json")):
        for name, listed in json.loads(path.read_text(encoding="utf-8")).items():
            for q in listed if isinstance(listed, list) else []:
                fold[q if isinstance(q, str) else q["id"]] = "base" if name == "tuning" else name
    return fold


def cv(specs: list[str], out: Path) -> None:
    specs = specs or sorted(p.stem for p in out.glob("*.json") if p.stem != "base")
    runs = {s: json.loads((out / f"{s}.json").read_text(encoding="utf-8"))["scores"]
            for s in ["base", *specs]}
    kind = {q["id"]: q["kinds"][0] for q in judged_run.load_set(judged_eval.SET)["queries"]}
    fold, ids = folds(), list(runs["base"])
    names = sorted({fold[q] for q in ids}, key=lambda f: (len(f), f))
    base = runs["base"]

    def fold_mean(r: dict, f: str) -> float:
        return mean([r[q][0] for q in ids if fold[q] == f])

    questions = [q for q in ids if kind[q] == "question"]
    print(f"{len(ids)} queries, {len(names)} splits; nDCG@10 by case / item, P@1 by case; "
          "splits and queries better / worse than base; questions by case, P@1")
    for s, r in runs.items():
        up = sum(fold_mean(r, f) > fold_mean(base, f) + 1e-9 for f in names)
        down = sum(fold_mean(r, f) < fold_mean(base, f) - 1e-9 for f in names)
        better = sum(r[q][0] > base[q][0] + 1e-9 for q in ids)
        worse = sum(r[q][0] < base[q][0] - 1e-9 for q in ids)
        print(f"{s:<30}" + " ".join(f"{mean([v[i] for v in r.values()]):.4f}" for i in range(3))
              + f"  {up:2d}/{down:2d}  {better:3d}/{worse:3d}  "
              f"{mean([r[q][0] for q in questions]):.4f} {mean([r[q][2] for q in questions]):.3f}")
    print("leave one split out:")
    before, after, up, down = [], [], 0, 0
    for f in names:
        rest = [q for q in ids if fold[q] != f]
        best = max(runs, key=lambda s: mean([runs[s][q][0] for q in rest]))
        b, c = fold_mean(base, f), fold_mean(runs[best], f)
        before += [base[q][0] for q in ids if fold[q] == f]
        after += [runs[best][q][0] for q in ids if fold[q] == f]
        up, down = up + (c > b + 1e-9), down + (c < b - 1e-9)
        print(f"  {f:<8} {best:<30} {b:.4f} -> {c:.4f} ({c - b:+.4f})")
    print(f"  all {len(before)}: {mean(before):.4f} -> {mean(after):.4f}; splits better {up}, "
          f"worse {down}, equal {len(names) - up - down}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["run", "cv"])
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--workdir", type=Path, default=judged_run.DEFAULT_WORKDIR)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--holdout", type=Path, default=HERE / "holdout15.json")
    args = ap.parse_intermixed_args()
    if args.command == "run":
        run(args.specs, args.workdir, args.out, args.holdout)
    else:
        cv(args.specs, args.out)


if __name__ == "__main__":
    main()
