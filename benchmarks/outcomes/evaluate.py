"""Outcome and vote extraction against the hand labels (benchmarks/outcomes/labels.tsv).

    .venv/bin/python benchmarks/outcomes/evaluate.py [--corpus ../shared/corpus]
        [--errors tune] [--json]

Reports, for the tune and the test split apart: outcome accuracy, precision and recall
per outcome class, per-point outcome sequences right (items labelled with points), and
vote accuracy (the decisions that record a vote whose for / against / abstained parties
are exactly right, parties compared as keys: "(Ø)", "Ø" and "Lise Jensen (Ø)" are
one party). `--errors tune` lists the tune split's mistakes (never tune on test).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from referat.index.decisions import own_decision_text
from referat.index.outcomes import OUTCOMES, classify
from referat.index.readers import parse_file
from referat.index.votes import parse_vote, party_of

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent.parent / "shared" / "corpus"
ROLES = (("for", "for_"), ("against", "against"), ("abstained", "abstained"))




def load(corpus: Path) -> list[dict]:
    rows = list(csv.DictReader((HERE / "labels.tsv").open(encoding="utf-8"), delimiter="\t"))
    meetings = {}
    for row in rows:
        if row["source"] not in meetings:
            result = parse_file(corpus / row["source"])
            if not result.ok:
                sys.exit(f"{row['source']}: {result.status} {result.reason}")
            meetings[row["source"]] = result.meeting
        meeting = meetings[row["source"]]
        row["text"] = own_decision_text(meeting.items[int(row["position"])], meeting.date)
    return rows


def keys(value: str) -> set[str]:
    return {party_of(v) for v in value.split("|") if v}


def evaluate(rows: list[dict]) -> dict:
    confusion: Counter = Counter()
    gold_n: Counter = Counter()
    pred_n: Counter = Counter()
    right = points_right = points_n = votes_right = votes_n = false_votes = 0
    errors = []
    for row in rows:
        decision = classify(row["text"])
        gold = row["outcome"] or None
        pred = decision.outcome
        gold_n[gold] += 1
        pred_n[pred] += 1
        confusion[(gold, pred)] += 1
        ok = gold == pred
        right += ok
        if row["points"]:
            points_n += 1
            got = [p.outcome for p in decision.outcomes]
            want = row["points"].split(",")
            points_right += got == want
        vote = parse_vote(row["text"])
        labelled = any(row[name] for name, _ in ROLES)
        got_vote = {name: {party_of(v) for v in getattr(vote, attr)} if vote else set()
                    for name, attr in ROLES}
        want_vote = {name: keys(row[name if name != "abstained" else "abstained"])
                     for name, _ in ROLES}
        vote_ok = got_vote == want_vote
        if labelled:
            votes_n += 1
            votes_right += vote_ok
        elif any(got_vote.values()):
            false_votes += 1
        if not ok or not vote_ok:
            errors.append({"source": row["source"], "position": row["position"],
                           "gold": gold, "pred": pred, "text": row["text"][:400],
                           "vote_want": {k: sorted(v) for k, v in want_vote.items()},
                           "vote_got": {k: sorted(v) for k, v in got_vote.items()}})
    classes = {}
    for name in (*OUTCOMES, None):
        tp = confusion[(name, name)]
        classes[name or "none"] = {
            "n": gold_n[name],
            "precision": round(tp / pred_n[name], 3) if pred_n[name] else None,
            "recall": round(tp / gold_n[name], 3) if gold_n[name] else None,
        }
    return {
        "items": len(rows),
        "accuracy": round(right / len(rows), 3),
        "classes": classes,
        "points_right": f"{points_right}/{points_n}",
        "vote_accuracy": round(votes_right / votes_n, 3) if votes_n else None,
        "votes": f"{votes_right}/{votes_n}",
        "votes_found_where_none_labelled": false_votes,
        "errors": errors,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--errors", choices=["tune", "test"], help="list this split's mistakes")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = load(args.corpus)
    splits = defaultdict(list)
    for row in rows:
        splits[row["split"]].append(row)
    report = {name: evaluate(splits[name]) for name in ("tune", "test")}
    if args.json:
        print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "errors"}
                          for k, v in report.items()}, ensure_ascii=False, indent=2))
    else:
        for name, r in report.items():
            print(f"== {name}: {r['items']} items, outcome accuracy {r['accuracy']:.1%}, "
                  f"points right {r['points_right']}, votes exactly right {r['votes']} "
                  f"({r['vote_accuracy']:.1%}), votes found where none labelled "
                  f"{r['votes_found_where_none_labelled']}")
            print(f"   {'class':<24} {'n':>4} {'precision':>10} {'recall':>8}")
            for cls, c in r["classes"].items():
                p = "-" if c["precision"] is None else f"{c['precision']:.1%}"
                rc = "-" if c["recall"] is None else f"{c['recall']:.1%}"
                print(f"   {cls:<24} {c['n']:>4} {p:>10} {rc:>8}")
    if args.errors:
        for e in report[args.errors]["errors"]:
            print(json.dumps(e, ensure_ascii=False))


if __name__ == "__main__":
    main()
