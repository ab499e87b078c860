"""Each feature of issue 17 against the queries written after it (round 18).

    .venv/bin/python benchmarks/understanding/later_splits.py run --workdir DIR --out RUNS \
        [NAME ...]
    .venv/bin/python benchmarks/understanding/later_splits.py table --workdir DIR --out RUNS \
        [--base main]

`run` writes the judged set's run of referat (`main`) and of every ablation named (default:
all of `evaluate.judged_ablations()` and `EXTRA`) into RUNS, one file each, in one process
on one index (a file already there is kept). `table` compares each with the base: a
feature's gain is the base's score minus the ablation's, per query, nDCG@10 by case (and at
item level, P@1 by case, zero-hit by case: fewer with the feature is a gain), over the
splits frozen before the feature's first commit (it was tuned on them) and those frozen
after it (it was not), ± twice the standard error of the mean gain. test15 is reported
apart, as aggregates only. The first commit of each switch is `LANDED` (found with
`git log -S` on main's history); a split's freeze time is its file's first commit.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))

import evaluate  # noqa: E402
import judged_eval  # noqa: E402
import judged_run  # noqa: E402
import referat.search.api as sapi  # noqa: E402
import referat.search.grouping as grouping  # noqa: E402
import referat.search.relax as relax  # noqa: E402
from metrics import ndcg, precision_at_1, zero_hit  # noqa: E402

CORPUS = HERE.parents[1] / ".." / "shared" / "corpus"
APART = "test15"

EXTRA = {
    **{n: evaluate.LOOSE_ABLATIONS[n] for n in
       ("no-relax", "no-hints", "no-correct", "no-qparts", "no-minmatch")},
    # ablate.py's variants that judged_ablations() lacks
    "no-join": lambda: evaluate.patched(relax, joined_query=lambda p, schema, reader: None),
    "no-compsyn": lambda: evaluate.patched(relax, compound_synonyms=lambda word: ()),
    "no-outcome": lambda: evaluate.patched(relax, outcome_phrases=lambda folded: ([], set())),
    "no-irregular": lambda: evaluate.patched(relax, other_forms=lambda word: ()),
    "no-ties": lambda: evaluate.patched(
        grouping, settle_ties=lambda ranked, tiers, fields: ranked),
    "no-meant": lambda: evaluate.patched(sapi, likely_meant=lambda reader, word, hits: None),
}

_PAIRS = """
exact=0 06379a0  flat-boosts 06379a0  no-feedback 4a12572  no-synonyms 3d42c80
no-correct-parts ced4c27  no-short-nouns c95cf50  no-fill 84b9b11
no-short-committees 84b9b11  no-section-content 84b9b11  no-soft-filters a96296b
no-case-hits 20fbf2b  no-verb-hints d3d770a  no-index-parts b2d0d54
no-approved 3c097c2  no-weighted 5af3c86  no-named-numbers d1897a2
no-join-runs cb26d07  no-joined-first cb26d07  no-deep-parts 2f31431
no-synonym-parts b1113b5  no-d14-groups b1113b5  no-paradigms cac5728
no-title-cover 36dcce9  no-ordinals 36dcce9  no-typed-identifiers 8422128
no-phrase-as-words 02667ac  no-verb-forms 2941727  no-strong-forms c18f47b
no-adjective-forms 5636458  no-frames 9f1bda5  no-kommune-words c3e83e1
no-area-committees c3e83e1  no-year-after-name c3e83e1  no-date-first c3e83e1
no-kle-synonyms 404ba47  kle-anywhere 404ba47  no-syncope 50abc80
no-latin-forms 55e371f  no-approved-title 76cf92c  no-committee-first 76cf92c
no-kommune-first 76cf92c  no-same-matter 25f3d0a  no-full-pages 25f3d0a
no-k8-hint-forms 291fa48  no-future-years 125f256  no-support-verbs 40cfe64
no-sentence-adverbs 40cfe64  no-dannet-groups 328f34d  no-k10-band-groups 14d8a5c
no-acronyms 4df6ce3  no-typed-numbers 67dd2a5  no-query-dates 67dd2a5
no-item-numbers 67dd2a5  no-derivations 91d365d  no-dannet13-groups 4dc9d6e
no-relax d833c70  no-hints d833c70  no-correct d833c70  no-qparts d833c70
no-minmatch d833c70  no-join 2d87d81  no-compsyn 8c32b73  no-outcome dc8a42a
no-irregular c95cf50  no-meant 8b565cb  no-ties eb30c37  soft3 c3e83e1
""".split()
LANDED = dict(zip(_PAIRS[::2], _PAIRS[1::2], strict=True))
"""Switch -> the first commit in main's history that has its feature (`git log -S`);
soft3 is round 18's group, the three round-7 soft filters f6bd013 took out."""


def git_time(*args: str) -> str:
    """The committer time (ISO) of the last line `git log` prints for `args`."""
    out = subprocess.run(["git", "log", "--format=%cI", *args], cwd=HERE, text=True,
                         capture_output=True, check=True).stdout.split()
    return out[-1][:19]


def freeze_times() -> dict[str, str]:
    """Each split -> its file's first commit time (tuning and test share split.json)."""
    rel = HERE.parents[0] / "relevance"
    files = {"tuning": "split.json", "test": "split.json",
             **{f"test{n}": f"split{n}.json" for n in range(2, 16)}}
    return {s: git_time("--diff-filter=A", "--", str(rel / f)) for s, f in files.items()}


def run(names: list[str], workdir: Path, out: Path) -> None:
    ablations = {"main": contextlib.nullcontext, **evaluate.judged_ablations(), **EXTRA}
    data = judged_run.load_set(judged_eval.SET)
    out.mkdir(parents=True, exist_ok=True)
    for name in ["main", *(names or [n for n in ablations if n != "main"])]:
        path = out / f"{name}.json"
        if not path.exists():
            raw = judged_run.run_referat(data["queries"], CORPUS, data["files"],
                                         workdir / "referat-main", 10, ablations[name])
            path.write_text(json.dumps(raw), encoding="utf-8")
            print(name, flush=True)


def per_query(run_: dict[str, list[str]], qrels, units, qids) -> dict[str, tuple]:
    """nDCG@10 by case, at item level, P@1 by case, minus zero-hit by case, per query."""
    cases, case_qrels = judged_eval.by_case({"r": run_}, qrels, units)
    c = cases["r"]
    return {q: (ndcg(c.get(q, []), case_qrels.get(q, {})), ndcg(run_.get(q, []), qrels.get(q, {})),
                precision_at_1(c.get(q, []), case_qrels.get(q, {})),
                -zero_hit(c.get(q, []), case_qrels.get(q, {}))) for q in qids}


def gain(values: list[float]) -> str:
    """Mean ± twice its standard error."""
    n = len(values)
    m = sum(values) / n if n else 0.0
    se = math.sqrt(sum((v - m) ** 2 for v in values) / (n - 1) / n) if n > 1 else 0.0
    return f"{m:+.4f}±{2 * se:.4f}"


def table(workdir: Path, out: Path, base: str) -> None:
    split = judged_eval.read_split()
    of = {q: s for s, qs in split.items() for q in qs}
    frozen = freeze_times()
    qrels = judged_eval.read_qrels()
    units = judged_eval.case_units(workdir, CORPUS)
    read = {p.stem: {q: e["hits"][:10] for q, e in json.loads(p.read_text()).items()}
            for p in sorted(out.glob("*.json"))}
    b = per_query(read.pop(base), qrels, units, list(of))
    print(f"{'feature':<21}{'landed':>20}{'n':>5}{'before: case':>17}{'n':>5}{'after: case':>17}"
          f"{'item':>16}{'P@1':>16}{'zero-hit':>16}{'up/down':>8}{'all but ' + APART:>17}"
          f"   {APART}: case / item / P@1 / zero-hit")
    for name, ranked in read.items():
        if name not in LANDED:
            continue
        s = per_query(ranked, qrels, units, list(of))
        landed = git_time("-1", LANDED[name])
        before = [q for q in of if of[q] != APART and frozen[of[q]] < landed]
        after = [q for q in of if of[q] != APART and frozen[of[q]] >= landed]
        apart = [q for q in of if of[q] == APART]
        d = {q: [b[q][i] - s[q][i] for i in range(4)] for q in of}
        up = sum(d[q][0] > 1e-9 for q in after)
        down = sum(d[q][0] < -1e-9 for q in after)
        print(f"{name:<21}{LANDED[name] + ' ' + landed[5:16]:>20}{len(before):>5}"
              f"{gain([d[q][0] for q in before]):>17}{len(after):>5}"
              + "".join(f"{gain([d[q][i] for q in after]):>16}" for i in range(4))
              + f"{f'{up}/{down}':>8}{gain([d[q][0] for q in before + after]):>17}   "
              + " / ".join(f"{sum(d[q][i] for q in apart) / len(apart):+.3f}" for i in range(4)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["run", "table"])
    ap.add_argument("names", nargs="*", help="ablations to run (default: all)")
    ap.add_argument("--workdir", type=Path, required=True, help="judged_run.py's work dir")
    ap.add_argument("--out", type=Path, required=True, help="the runs' folder")
    ap.add_argument("--base", default="main")
    args = ap.parse_args()
    if args.what == "run":
        run(args.names, args.workdir, args.out)
    else:
        table(args.workdir, args.out, args.base)


if __name__ == "__main__":
    main()
