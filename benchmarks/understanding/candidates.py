"""Where referat puts the relevant cases a reference engine ranks in its top 10.

    .venv/bin/python benchmarks/understanding/candidates.py --workdir DIR \\
        --holdout benchmarks/understanding/holdout16.json RUN REFERENCE_RUN

For every judged query of primary kind question or loose that is not in the holdout,
each relevant case (grade >= 1) in the reference run's top 10 and not in referat's
(both from judged_run.py, by case) is looked up in referat's own ranking of every match
(the search run in this process, on DIR's index `idx`): its tier and case rank, or
"unmatched"; and which of the query's words (required, a question's common words,
hints) its relevant items hold and lack, with each word's share of the items. One line
per query and case, tab-separated, then the count by place (round 17 of issue 17).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "relevance"))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402

CORPUS = (HERE.parents[1] / ".." / "shared" / "corpus").resolve()
KINDS = ("question", "loose")


def top_cases(keys: list[str], units: dict[str, str]) -> list[str]:
    """A run's first 10 cases."""
    return list(dict.fromkeys(units.get(k, k) for k in keys))[:10]


def item_docs(reader, units: dict[str, str]) -> tuple[dict[int, str], dict[str, list[int]]]:
    """The index's items: docnum -> judged key, and case unit -> its docnums."""
    key_of = {}
    for d in range(reader.doc_count_all()):
        fields = {} if reader.is_deleted(d) else reader.stored_fields(d)
        if fields.get("doctype") == "item":
            rel = Path(fields["path"]).resolve().relative_to(CORPUS)
            key_of[d] = judged_run.key(str(rel), fields.get("number", ""))
    docs_of: dict[str, list[int]] = {}
    for d, k in key_of.items():
        docs_of.setdefault(units.get(k, k), []).append(d)
    return key_of, docs_of


def spy_ranking(seen: list[tuple[dict, dict]]) -> None:
    """Record each search's last ranking (every match's score and tier) in `seen`."""
    from referat.search import relax

    ranked = relax.ranked

    def spy(scores, tiers, limit):
        seen.append((scores, tiers))
        return ranked(scores, tiers, limit)

    relax.ranked = spy


def case_ranks(scores: dict, tiers: dict, key_of: dict[int, str],
               units: dict[str, str]) -> dict[str, int]:
    """Each matched case's rank among the matches (by tier, then score)."""
    order = sorted(scores, key=lambda d: (tiers.get(d, 0), -scores[d], d))
    return {u: i for i, u in enumerate(dict.fromkeys(
        units.get(key_of.get(d, ""), d) for d in order), 1)}


def query_words(text: str, sections, reader):
    """The plan of a query and its words with their roles: w (word), c (a question's
    common word), h (hint)."""
    from referat.search import frames, relax

    p = relax.plan(text, sections)
    if p is None:
        return None, []
    relax.demote_common(p, reader)
    frames.frame_hints(p)
    return p, [(w, role) for role, ws in (("w", p.words), ("c", p.common), ("h", p.hints))
               for w in ws]


def held_words(p, words, docs: list[int], ref, searcher) -> tuple[list[str], list[str]]:
    """The words (word[role share]) that any of `docs` holds, and those none holds."""
    from referat.search import relax
    from referat.search.matching import evaluate

    reader = searcher.reader()
    held, lacked = [], []
    for w, role in words:
        wq = p.word_query(w, ref._ix.schema, reader)
        if wq is not None:
            holds = any(d in evaluate(wq, searcher, {d}) for d in docs)
            (held if holds else lacked).append(f"{w}[{role}{relax.word_share(w, reader):.3f}]")
    return held, lacked


def main() -> None:
    from referat.search import Referat

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path, help="referat's judged_run.py run file")
    ap.add_argument("reference", type=Path, help="the reference engine's run file")
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--holdout", type=Path, required=True)
    args = ap.parse_args()
    held = set(json.loads(args.holdout.read_text(encoding="utf-8"))["ids"])
    queries = [q for q in judged_run.load_set(judged_eval.SET)["queries"]
               if q["id"] not in held and q["kinds"][0] in KINDS]
    qrels = judged_eval.read_qrels()
    units = judged_eval.case_units(args.workdir, CORPUS)
    ours, theirs = judged_eval.read_run(args.run), judged_eval.read_run(args.reference)
    ref = Referat(args.workdir / "idx")
    searcher = ref._searcher()
    key_of, docs_of = item_docs(searcher.reader(), units)
    seen: list[tuple[dict, dict]] = []
    spy_ranking(seen)
    places: Counter[str] = Counter()
    for q in queries:
        grades = judged_eval.by_case({}, {q["id"]: qrels.get(q["id"], {})}, units)[1][q["id"]]
        mine = top_cases(ours.get(q["id"], []), units)
        missed = [u for u in top_cases(theirs.get(q["id"], []), units)
                  if grades.get(u, 0) >= 1 and u not in mine]
        if not missed:
            continue
        seen.clear()
        ref.search(q["query"], limit=10, **q.get("filters", {}))
        scores, tiers = seen[-1]
        rank = case_ranks(scores, tiers, key_of, units)
        p, words = query_words(q["query"], q.get("filters", {}).get("sections"),
                               searcher.reader())
        for u in missed:
            docs = [d for d in docs_of.get(u, [])
                    if qrels[q["id"]].get(key_of[d], 0) >= 1] or docs_of.get(u, [])
            matched = [d for d in docs if d in scores]
            place = (f"tier {min(tiers.get(d, 0) for d in matched)}" if matched
                     else "unmatched")
            places[place] += 1
            holds, lacked = held_words(p, words, docs, ref, searcher)
            print("\t".join([q["id"], q["kinds"][0], place, f"case rank {rank.get(u, '-')}",
                             q["query"], "lacks " + " ".join(lacked),
                             "holds " + " ".join(holds)]))
    print(dict(places))


if __name__ == "__main__":
    main()
