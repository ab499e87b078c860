"""Why the judged synonym queries miss their items: one cause per query (issue 17, round 13).

    .venv/bin/python benchmarks/synonyms/causes.py --index DIR [--holdout FILE | --holdout -] \
        [--thesaurus DANNET/th_da_DK.dat] [--below 0.8] [--other RUN]

For every judged query with the kind `synonym` (primary or not) outside the holdout (`-`:
none), it runs referat (this package) and scores nDCG@10 by case (the relevance README's
`--by-case`). A query below --below has relevant cases missing from its top 10 (with
--other, a judged_run.py run such as tantivy's, a query that run scores higher is read
too); its cause is the first that holds, read from the relevant items' text (title, case
number and sections; stems as the index has them):

  B  a table's synonym of a typed word is in the relevant items, and the search did not
     use it (no "also as" for that word: the strict query found enough)
  C  the same, and the search used it: the items ranked below others
  D  every typed word is in at least half of the relevant items' titles: found, outranked
  E  every typed word is in at least half of the relevant items, not of their titles: the
     need is in their text only
  A2 no table links them, but DanNet (the thesaurus file, synonyms, over- and
     underbegreber, no marked senses) relates a typed word or one of its compound parts
     to a word of a relevant item's title
  A1 no source links the typed words to the relevant items' words

The thesaurus is read only here (as candidates.py does). Needs the judged index
(`benchmarks/relevance/judged_run.py referat --index DIR`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "relevance"))
sys.path.insert(0, str(HERE))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
import metrics  # noqa: E402
from candidates import entries  # noqa: E402
from referat.index.analysis import WORD_PATTERN, query_parts, stem_term  # noqa: E402
from referat.search import Referat, relax  # noqa: E402
from referat.search.synonyms import compound_synonyms, synonyms  # noqa: E402

CORPUS = HERE.parents[1].parent / "shared" / "corpus"
HOLDOUT = HERE.parent / "understanding" / "holdout13.json"
MARKED = re.compile(r"\((?:sj|slang|gl|foræld|nedsæt)")


def relations(path: Path) -> dict[str, set[str]]:
    """Each thesaurus entry -> its single-word synonyms, over- and underbegreber (no
    marked senses: rare, slang, old)."""
    out: dict[str, set[str]] = {}
    for head, fields in entries(path):
        for field in fields:
            word = re.sub(r"\s*\([^)]*\)", "", field).strip()
            if word and " " not in word and not MARKED.search(field):
                out.setdefault(head, set()).add(word)
    return out


def stems(text: str) -> set[str]:
    return {s for s in map(stem_term, re.findall(WORD_PATTERN, text.lower())) if s}


def cause(words: list[str], relaxed: list[str], texts: list[set[str]], heads: list[set[str]],
          related: dict[str, set[str]]) -> str:
    """The cause of a query's misses (see the module's docstring); `texts` and `heads`:
    the stems of each relevant item's text and title."""
    def share(found: set[str], where: list[set[str]] = texts) -> float:
        return sum(bool(found & t) for t in where) / max(len(where), 1)

    titles = set().union(*heads)

    bridged = [w for w in words if any(share(stems(s)) > 0 for s in
                                       (*synonyms(w), *compound_synonyms(w)))]
    if bridged:
        used = any(r.startswith((f"{w} also as", f"{w} as its parts and"))
                   for w in bridged for r in relaxed)
        return "C" if used else "B"
    if words and all(share(stems(w), heads) >= 0.5 for w in words):
        return "D"
    if words and all(share(stems(w)) >= 0.5 for w in words):
        return "E"
    typed = set().union(*map(stems, words)) if words else set()
    for w in words:
        for entry in {w.lower(), *query_parts(w)}:
            if any(stem_term(o) in titles - typed for o in related.get(entry, ())):
                return "A2"
    return "A1"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", required=True, type=Path)
    ap.add_argument("--holdout", type=Path, default=HOLDOUT)
    ap.add_argument("--thesaurus", type=Path, default=Path("/usr/share/mythes/th_da_DK.dat"))
    ap.add_argument("--below", type=float, default=0.8)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/referat-judged"))
    ap.add_argument("--other", type=Path, help="a judged_run.py run: also read the queries "
                    "it scores higher by case")
    args = ap.parse_args()
    data = judged_run.load_set(HERE.parent / "relevance" / "judged.json")
    held = set() if str(args.holdout) == "-" else set(json.loads(args.holdout.read_text())["ids"])
    queries = [q for q in data["queries"] if "synonym" in q["kinds"] and q["id"] not in held]
    items = {it["key"]: it for it in judged_run.items(CORPUS, data["files"], args.workdir)}
    units = {k: f"case:{it['case'].lower()}" if it["case"] else k for k, it in items.items()}
    qrels = judged_eval.read_qrels()
    related = relations(args.thesaurus)
    other = judged_eval.read_run(args.other) if args.other else {}
    ref = Referat(args.index)
    root = CORPUS.resolve()
    counts: Counter[str] = Counter()
    scores = []
    for q in queries:
        result = ref.search(q["query"], limit=10, **q.get("filters", {}))
        hits = [units.get(k, k) for k in (judged_run.key(
            str(Path(h.source).resolve().relative_to(root)), h.item) for h in result.hits)]
        grades: dict[str, int] = {}
        for key, grade in qrels.get(q["id"], {}).items():
            grades[units.get(key, key)] = max(grades.get(units.get(key, key), 0), grade)
        score = metrics.ndcg(list(dict.fromkeys(hits)), grades)
        scores.append(score)
        theirs = metrics.ndcg(list(dict.fromkeys(
            units.get(k, k) for k in other.get(q["id"], [])[:10])), grades)
        if score >= args.below and theirs <= score:
            continue
        found = [items[k] for k, g in qrels[q["id"]].items() if g >= 1 and k in items]
        plan = relax.plan(q["query"])
        words = plan.words if plan else q["query"].split()
        why = cause(words, result.relaxed, [stems(judged_run.item_text(it)) for it in found],
                    [stems(it["title"]) for it in found], related)
        counts[why] += 1
        print(f"{q['id']}\t{why}\t{score:.2f}\t{theirs:.2f}\t{q['query']}\t"
              f"{'; '.join(result.relaxed)}")
    print(f"# {len(queries)} queries, nDCG@10 by case {sum(scores) / len(scores):.3f}; "
          f"{sum(counts.values())} below {args.below}"
          + (f" or below {args.other.name}" if args.other else "") + ": "
          + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
