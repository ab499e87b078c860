"""Synonym pairs the minutes state themselves: glosses mined from the corpus (issue 17, round 16).

    .venv/bin/python benchmarks/synonyms/glosses.py [--workdir DIR] [--top N]
    .venv/bin/python benchmarks/synonyms/glosses.py --sample 120 --seed 16 --context
    .venv/bin/python benchmarks/synonyms/glosses.py --reach RUN.json --workdir DIR

Reads every item of the judged set's files (the corpus's minutes, parsed by referat's
readers: judged_run.items, cached in DIR) and finds two words the text states as one
thing:

  paren    "X (Y)"                     a word glossed by one word in parentheses
  list     "X (Y og Z)", "X (Y, Z)"    glossed by a list of up to three words
  marker   "X (også kaldet Y)", "X, også kaldet Y", "X, dvs. Y", "X (i daglig tale
           Y)", "X, populært kaldet Y", "X (såkaldt Y)", "X (tidligere [kaldet] Y)",
           "X, bedre kendt som Y", "X (benævnt Y)"

Both words lower case (no names, no abbreviations: those are index/acronyms.py's), at
least 4 letters, no function words. A pair whose Snowball stems are equal, or where one
word's stem or compound part holds the other's, is dropped (the index's stems and parts
join them already). Each candidate (unordered) is printed with how often it is stated,
in how many cases (one case's items repeat its text), the items holding each word's stem,
the patterns, the first citing item (file#item) and its decision in glosses_decisions.tsv
("?" if unchecked); ranked by cases, then statements. `--sample N --seed S` prints a
seeded random sample instead (the precision's), with `--context` the stated text beside
each (for reading only); the summary counts the decisions of the candidates shown.

`--reach RUN` counts the judged synonym queries outside the holdouts whose nDCG@10 by
case in RUN is below 0.8 and whose bridge the pairs hold: a typed word's stem is one
side of a pair and the other side's stem is in a relevant item's title (or text).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "relevance"))

import judged_eval  # noqa: E402
import judged_run  # noqa: E402
import metrics  # noqa: E402
from referat.index.analysis import FUNCTION_WORDS, WORD_PATTERN, query_parts, stem_term  # noqa: E402

CORPUS = HERE.parents[1].parent / "shared" / "corpus"
DECISIONS = HERE / "glosses_decisions.tsv"
HOLDOUTS = [HERE.parent / "understanding" / f"holdout{n}.json" for n in (14, 15)]

WORD = r"[a-zæøå][a-zæøå]{3,}"
MARKERS = (r"(?:også |bedre |populært |tidligere )?(?:kaldet|kendt som|omtalt som|benævnt)"
           r"|i daglig tale|det vil sige|dvs\.?|såkaldte?|tidligere")
PATTERNS = {
    "marker": re.compile(rf"\b({WORD})\s*(?:\(|,)\s*(?:{MARKERS})\s+({WORD})\b"),
    "paren": re.compile(rf"\b({WORD})\s*\(\s*({WORD})\s*\)"),
    "list": re.compile(rf"\b({WORD})\s*\(\s*((?:{WORD})(?:\s*(?:,|og|eller)\s*{WORD}){{1,2}})"
                       r"\s*\)"),
}
LIST_SPLIT = re.compile(r"\s*(?:,|\bog\b|\beller\b)\s*")


@dataclass
class Candidate:
    """Two words stated as one thing, with where and how often."""

    a: str
    b: str
    stated: int = 0
    items: set[str] = field(default_factory=set)
    """The cases (an item without a case number counts alone): one case's text is
    repeated in each committee's item."""
    patterns: Counter[str] = field(default_factory=Counter)
    cite: str = ""
    context: str = ""


def stated_pairs(text: str) -> list[tuple[str, str, str, int]]:
    """(pattern, X, Y, offset) for each gloss in a text: pure, from text to pairs."""
    out = []
    for name, rx in PATTERNS.items():
        for m in rx.finditer(text):
            gloss = LIST_SPLIT.split(m.group(2)) if name == "list" else [m.group(2)]
            out += [(name, m.group(1), y, m.start()) for y in gloss if y]
    return out


def joined(a: str, b: str) -> bool:
    """True when the index joins the two already: equal stems, or one stem or compound
    part holds the other's."""
    sa, sb = stem_term(a), stem_term(b)
    if not sa or not sb or sa == sb or sa in sb or sb in sa:
        return True
    return bool({sa, sb} & {stem_term(p) for p in (*query_parts(a), *query_parts(b))})


def mine(items: list[dict]) -> tuple[dict[frozenset, Candidate], Counter[str]]:
    """Every candidate pair of the items, and the count of statements dropped (why)."""
    found: dict[frozenset, Candidate] = {}
    dropped: Counter[str] = Counter()
    for it in items:
        text = re.sub(r"\s+", " ", judged_run.item_text(it))
        for name, x, y, at in stated_pairs(text):
            if x in FUNCTION_WORDS or y in FUNCTION_WORDS:
                dropped["function"] += 1
                continue
            if joined(x, y):
                dropped["joined"] += 1
                continue
            c = found.setdefault(frozenset((x, y)), Candidate(x, y, cite=it["key"],
                                                             context=text[max(at - 60, 0):at + 90]))
            c.stated += 1
            c.items.add(it["case"].lower() or it["key"])
            c.patterns[name] += 1
    return found, dropped


def item_stems(items: list[dict]) -> Counter[str]:
    """How many items hold each stem."""
    df: Counter[str] = Counter()
    for it in items:
        words = set(re.findall(WORD_PATTERN, judged_run.item_text(it).lower()))
        df.update({s for s in map(stem_term, words) if s})
    return df


def read_decisions(path: Path) -> dict[frozenset, tuple[str, str]]:
    """(a, b) -> (accept|reject, reason) from the hand check."""
    if not path.exists():
        return {}
    rows = csv.reader((r for r in path.open(encoding="utf-8") if not r.startswith("#")),
                      delimiter="\t")
    return {frozenset(r[:2]): (r[2], r[3] if len(r) > 3 else "") for r in rows if len(r) >= 3}


def reach(pairs: list[Candidate], run: Path, items: list[dict], below: float) -> None:
    """Print the failing judged synonym queries (outside the holdouts) the pairs bridge."""
    data = judged_run.load_set(judged_eval.SET)
    held = set().union(*(json.loads(p.read_text())["ids"] for p in HOLDOUTS))
    by_key = {it["key"]: it for it in items}
    units = {k: f"case:{it['case'].lower()}" if it["case"] else k for k, it in by_key.items()}
    hits = judged_eval.read_run(run)
    qrels = judged_eval.read_qrels()
    other: dict[str, set[str]] = defaultdict(set)
    for c in pairs:
        sa, sb = stem_term(c.a), stem_term(c.b)
        other[sa].add(sb)
        other[sb].add(sa)
    failing = bridged_title = bridged_text = 0
    for q in data["queries"]:
        if "synonym" not in q["kinds"] or q["id"] in held:
            continue
        grades: dict[str, int] = {}
        for k, g in qrels.get(q["id"], {}).items():
            grades[units.get(k, k)] = max(grades.get(units.get(k, k), 0), g)
        ranked = list(dict.fromkeys(units.get(k, k) for k in hits.get(q["id"], [])[:10]))
        if metrics.ndcg(ranked, grades) >= below:
            continue
        failing += 1
        typed = {s for s in map(stem_term, re.findall(WORD_PATTERN, q["query"].lower())) if s}
        wanted = {s for w in typed for s in other.get(w, ())}
        found = [by_key[k] for k, g in qrels[q["id"]].items() if g >= 1 and k in by_key]
        in_title = any(wanted & stems_of(it["title"]) for it in found)
        in_text = any(wanted & stems_of(judged_run.item_text(it)) for it in found)
        bridged_title += in_title
        bridged_text += in_text
        if in_text:
            print(f"{q['id']}\t{q['query']}\t{'title' if in_title else 'text'}\t"
                  + ", ".join(f"{w}->{o}" for w in typed for o in other.get(w, ())))
    print(f"# {failing} failing synonym queries (nDCG@10 by case < {below}, holdouts 14 and "
          f"15 left out): a pair bridges to a relevant title in {bridged_title}, to a "
          f"relevant text in {bridged_text}")


def stems_of(text: str) -> set[str]:
    return {s for s in map(stem_term, re.findall(WORD_PATTERN, text.lower())) if s}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/referat-judged"))
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--decisions", type=Path, default=DECISIONS)
    ap.add_argument("--top", type=int, default=0, help="print the first N (0: all)")
    ap.add_argument("--sample", type=int, default=0, help="a seeded random sample of N")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--context", action="store_true", help="print the stated text too")
    ap.add_argument("--reach", type=Path, help="a judged_run.py run file of referat")
    ap.add_argument("--accepted", action="store_true", help="--reach: accepted pairs only")
    ap.add_argument("--below", type=float, default=0.8)
    args = ap.parse_args()
    data = judged_run.load_set(judged_eval.SET)
    items = judged_run.items(args.corpus, data["files"], args.workdir)
    found, dropped = mine(items)
    decided = read_decisions(args.decisions)
    ranked = sorted(found.values(), key=lambda c: (-len(c.items), -c.stated, c.a, c.b))
    if args.reach:
        chosen = [c for c in ranked if not args.accepted
                  or decided.get(frozenset((c.a, c.b)), ("",))[0] == "accept"]
        reach(chosen, args.reach, items, args.below)
        return
    df = item_stems(items)
    shown = (random.Random(args.seed).sample(ranked, min(args.sample, len(ranked)))
             if args.sample else ranked[:args.top or None])
    for c in shown:
        verdict = " ".join(decided.get(frozenset((c.a, c.b)), ("?",)))
        row = [c.a, c.b, verdict, str(c.stated), str(len(c.items)),
               str(df[stem_term(c.a)]), str(df[stem_term(c.b)]),
               ",".join(sorted(c.patterns)), c.cite]
        print("\t".join(row + ([c.context] if args.context else [])))
    verdicts = Counter(decided[k][0] for k in (frozenset((c.a, c.b)) for c in shown)
                       if k in decided)
    print(f"# {len(items)} items; {sum(c.stated for c in ranked)} statements, "
          f"{len(ranked)} candidate pairs (in 2+ cases: "
          f"{sum(len(c.items) > 1 for c in ranked)}); dropped statements: "
          + ", ".join(f"{k} {n}" for k, n in dropped.most_common())
          + f"; of the {len(shown)} shown, checked {sum(verdicts.values())}: " + ", ".join(
              f"{k} {n}" for k, n in verdicts.most_common()))


if __name__ == "__main__":
    main()
