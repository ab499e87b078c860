"""Where the weighted mode's order loses against other runs, and why (round 19b).

    .venv/bin/python benchmarks/understanding/weighed_losses.py --workdir DIR \\
        --index INDEX --set TUNING.json referat=RUN tantivy=RUN no-weighted=RUN \\
        [--out LOSERS.json]

RUN files come from judged_run.py over the queries of TUNING.json (a copy of judged.json
without the splits not yet read); the first is referat's. A weighed query (`weighted_mode.weighted`)
loses when another run's nDCG@10 by case is more than `MARGIN` above referat's. Its loss
is put down to the best-graded relevant case another run ranks higher than referat does,
against the first 0-graded item referat ranks above that case, by the query's words
(`relax.plan`'s words and common words, by stem) each holds in its title and text; the
first rule that holds:

- the rarest word is not in the relevant items but in the item above (in fewer than
  `FEW` items: a one-off or typo-like form);
- coverage: the relevant items hold more of the words;
- title: as many or fewer words, but more of them in a title;
- the relevant items hold fewer words;
- the same words (IDF, length and sections decide);
- the order inside the top 10 (no relevant case ranked lower by referat).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))
sys.path.insert(0, str(HERE))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from candidates import CORPUS  # noqa: E402

MARGIN = 0.05
FEW = 20


def stems(text: str) -> set[str]:
    """The stems of a text's words."""
    from referat.index.analysis import WORD_PATTERN, stem_term

    return {s for s in map(stem_term, re.findall(WORD_PATTERN, text)) if s}


def held(words: list[str], texts: list[str]) -> list[str]:
    """The words (all of a word's stems) that any of the texts holds."""
    bags = [stems(t) for t in texts]
    return [w for w in words if (ws := stems(w)) and any(ws <= b for b in bags)]


def cause(words: list[str], rarest: str, rare_items: float, rel: list[dict],
          above: dict) -> str:
    """The first rule (the module's docstring) that a displaced case's items `rel` and
    the item `above` them meet."""
    text = [judged_run.item_text(it) for it in rel]
    rh, th = held(words, text), held(words, [judged_run.item_text(above)])
    rt, tt = held(words, [it["title"] for it in rel]), held(words, [above["title"]])
    if rarest not in rh and rarest in th:
        return f"rarest word not in the relevant items ({'<' if rare_items < FEW else '>='} {FEW})"
    if len(rh) > len(th):
        return "coverage: relevant items hold more words"
    if len(rt) > len(tt):
        return "title: more of the words in the relevant title"
    if len(rh) < len(th):
        return "relevant items hold fewer words"
    return "same words"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", help="NAME=PATH; the first is referat's")
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--set", type=Path, required=True)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    from referat.search import Referat, relax, weighted_mode

    data = judged_run.load_set(args.set)
    qs = {q["id"]: q for q in data["queries"]}
    qrels = judged_eval.read_qrels()
    runs = {n: {q: v[:10] for q, v in judged_eval.read_run(Path(p)).items()}
            for n, p in (r.split("=", 1) for r in args.runs)}
    mine, *others = runs
    units = judged_eval.case_units(args.workdir, CORPUS)
    cr, cq = judged_eval.by_case(runs, qrels, units)
    sc = {n: judged_eval.score(r, cq, list(qs)) for n, r in cr.items()}
    ref = Referat(args.index)
    reader = ref._searcher().reader()
    items = {it["key"]: it for it in judged_run.items(CORPUS, data["files"], args.workdir)}
    rows, weighed = [], 0
    for qid, q in qs.items():
        built = ref._build_query(q["query"], **q.get("filters", {}))
        if q.get("filters", {}).get("sections") or built.plan is None \
                or not weighted_mode.weighted(built.plan):
            continue
        weighed += 1
        m = sc[mine][qid]["nDCG@10"]
        lose = [n for n in others if sc[n][qid]["nDCG@10"] > m + MARGIN]
        if not lose:
            continue
        words = [*built.plan.words, *built.plan.common]
        shares = {w: relax.word_share(w, reader) for w in words}
        rarest = min(words, key=shares.__getitem__)
        rank = {u: i for i, u in enumerate(cr[mine][qid])}
        grades = cq[qid]
        lower = sorted(((u, rank.get(u, 10) - i) for n in lose for i, u in enumerate(cr[n][qid])
                        if grades.get(u, 0) > 0 and rank.get(u, 10) > i),
                       key=lambda c: (-grades[c[0]], -c[1]))
        above = next((k for k in runs[mine][qid] if not qrels[qid].get(k)
                      and rank.get(units.get(k, k), 10) < rank.get(lower[0][0], 10)),
                     None) if lower else None
        if above is None:
            why = "the order inside the top 10"
        else:
            u = lower[0][0]
            rel = [items[k] for k, g in qrels[qid].items()
                   if g == grades[u] and units.get(k, k) == u]
            why = cause(words, rarest, shares[rarest] * reader.doc_count(), rel, items[above])
        rows.append({"id": qid, "query": q["query"], "kind": q["kinds"][0], "cause": why,
                     "rarest": rarest, "against": lose,
                     "gap": max(sc[n][qid]["nDCG@10"] for n in lose) - m})
    print(f"{weighed} weighed queries; {len(rows)} lose by more than {MARGIN} against "
          + ", ".join(f"{n} ({sum(n in r['against'] for r in rows)})" for n in others))
    counts, gaps = Counter(r["cause"] for r in rows), Counter()
    for r in rows:
        gaps[r["cause"]] += r["gap"]
    for why, n in counts.most_common():
        print(f"{n:4} {gaps[why]:6.1f}  {why}")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
