"""Each judged synonym query read for its bridge words (issue 17, round 21).

    .venv/bin/python benchmarks/synonyms/bridges.py --workdir DIR --losses LOSSES.jsonl \\
        --run REFERAT_RUN --reference TANTIVY_RUN [--thesaurus DANNET/th_da_DK.dat] \\
        [--skip t21-] [--out OUT.json]

For every judged query with the kind `synonym` (primary or not; ids starting with --skip
left out), from `benchmarks/understanding/losses.py --queries`'s row and the two runs: the
relevant items' titles (what they call the thing), each typed word's table synonyms (the
tables' groups and the compounds with a part replaced) and those a relevant title holds,
whether the search used them (its `relaxed` notes), the best missing relevant case's case
rank and tier, referat's and the reference's first titles, and the DanNet relations
(synonyms, over- and underbegreber, as causes.py reads them) of a typed word that a
relevant title holds. Prints the counts; --out writes every query's reading.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "relevance"))
sys.path.insert(0, str(HERE))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from causes import CORPUS, relations, stems  # noqa: E402
from referat.index.analysis import WORD_PATTERN, stem_term  # noqa: E402
from referat.search.synonyms import compound_synonyms, synonyms  # noqa: E402


def reading(q: dict, row: dict, titles: dict[str, str], grades: dict[str, int],
            ours: list[str], theirs: list[str], related: dict[str, set[str]]) -> dict:
    """One query's reading (see the module's docstring)."""
    top = 2 if 2 in grades.values() else 1
    named = [titles[k] for k, g in grades.items() if g == top and k in titles]
    held = set().union(*map(stems, named)) if named else set()
    words = re.findall(WORD_PATTERN, q["query"].lower())
    table = {}
    for w in words:
        alike = [*synonyms(w), *compound_synonyms(w)]
        if alike:
            table[w] = {"synonyms": alike,
                        "in_relevant_titles": [a for a in alike if stems(a) & held]}
    notes = row.get("relaxed", [])
    used = [w for w, t in table.items()
            if any(n.startswith(f"{w} also as") and any(a in n for a in t["synonyms"])
                   for n in notes)]
    typed = {stem_term(w) for w in words}
    dannet = {w: sorted(x for x in related.get(w, ()) if stems(x) & held and not stems(x) & typed)
              for w in words if stem_term(w) not in held}
    return {"id": q["id"], "query": q["query"], "case": row.get("case"),
            "reference_case": row.get("reference_case"), "relevant_titles": named[:3],
            "table": table, "used": used,
            "missing": [{"rank": m["rank"], "tier": m["tier"], "lacks": m["lacks"]}
                        for m in row.get("missing", [])[:2]],
            "first": [titles.get(k, k) for k in ours[:3]],
            "reference_first": [titles.get(k, k) for k in theirs[:3]],
            "dannet": {w: x for w, x in dannet.items() if x}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--losses", type=Path, required=True, help="losses.py --queries' file")
    ap.add_argument("--run", type=Path, required=True, help="referat's judged_run.py run")
    ap.add_argument("--reference", type=Path, required=True, help="tantivy's run")
    ap.add_argument("--thesaurus", type=Path, help="DanNet's th_da_DK.dat (as causes.py)")
    ap.add_argument("--skip", default="t21-", help="ids starting with this are left out")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    data = judged_run.load_set(judged_eval.SET)
    items = judged_run.items(CORPUS, data["files"], args.workdir)
    titles = {it["key"]: it["title"] for it in items}
    lines = args.losses.read_text(encoding="utf-8").splitlines()
    rows = {r["id"]: r for r in map(json.loads, lines)}
    qrels = judged_eval.read_qrels()
    ours, theirs = judged_eval.read_run(args.run), judged_eval.read_run(args.reference)
    related = relations(args.thesaurus) if args.thesaurus else {}
    out = [reading(q, rows.get(q["id"], {}), titles, qrels.get(q["id"], {}),
                   ours.get(q["id"], []), theirs.get(q["id"], []), related)
           for q in data["queries"]
           if "synonym" in q["kinds"] and not (args.skip and q["id"].startswith(args.skip))]
    bridged = [r for r in out if any(t["in_relevant_titles"] for t in r["table"].values())]
    print(f"{len(out)} synonym queries; a typed word with table synonyms: "
          f"{sum(bool(r['table']) for r in out)}; one used: {sum(bool(r['used']) for r in out)}; "
          f"a table synonym in a relevant title: {len(bridged)} (used in "
          f"{sum(bool(r['used']) for r in bridged)}); only DanNet relates them: "
          f"{sum(bool(r['dannet']) and r not in bridged for r in out)}")
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
