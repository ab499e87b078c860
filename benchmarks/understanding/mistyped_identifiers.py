"""Case and plan numbers typed with one slip: how often the search shows the one meant
(issue 17, round 22, issue-17bt; `search.near_identifiers`).

    .venv/bin/python benchmarks/understanding/mistyped_identifiers.py /tmp/ix --out /tmp/m.json
    .venv/bin/python benchmarks/understanding/mistyped_identifiers.py /tmp/ix --off  # before

Up to 40 printed case numbers per kommune and every plan number a title prints after
"Lokalplan" (up to 60; seed 22), each with one invented slip of every kind (a digit
substituted, two adjacent different digits swapped, one missing, one extra; the place and
digit drawn at random). A slip that is itself an identifier of the index (another case
or plan) is counted apart ("exists") and not searched; "held" counts the plan numbers'
slips that the index holds as a number elsewhere, as typed or in a form it may be printed
in (`printed_numbers`: "14.4" as 144): the word has hits, so it is not corrected. Over
the others: zero-hit, P@1 (the first hit carries the identifier meant), "tie" (other
identifiers as near, offered as suggestions), and "offered" (the one meant is the
correction or a suggestion).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from referat.index.schema import TEXT_FIELDS
from referat.search import Referat, near_identifiers
from referat.search.identifiers import case_terms, id_parts, printed_numbers
from whoosh import index as whoosh_index

PER_KOMMUNE = 40
PLANS = 60
KINDS = ("substituted", "swapped", "missing", "extra")
_PLAN = re.compile(r"\blokalplan\s+(?:nr\.?\s*)?(\d+(?:\.\d+)?)\b", re.IGNORECASE)


def slip(text: str, kind: str, rng: random.Random) -> str | None:
    """`text` with one slip of `kind` in one of its digits (None: no place for it)."""
    places = [i for i, c in enumerate(text) if c.isdigit()]
    if kind == "swapped":
        places = [i for i in places if i + 1 < len(text) and text[i + 1].isdigit()
                  and text[i] != text[i + 1]]
    if not places:
        return None
    i = rng.choice(places)
    if kind == "substituted":
        return text[:i] + rng.choice([d for d in "0123456789" if d != text[i]]) + text[i + 1:]
    if kind == "swapped":
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if kind == "missing":
        return text[:i] + text[i + 1:]
    return text[:i] + rng.choice("0123456789") + text[i:]


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def identifiers(index_dir: Path) -> tuple[dict[str, set[str]], set[str]]:
    """The printed case numbers by kommune, and the plan numbers titles print."""
    ix = whoosh_index.open_dir(str(index_dir), indexname="referat")
    cases: dict[str, set[str]] = {}
    plans: set[str] = set()
    with ix.searcher() as searcher:
        for doc in searcher.documents(doctype="item"):
            if doc.get("case_number"):
                cases.setdefault(doc.get("kommune", "?"), set()).add(doc["case_number"])
            plans.update(_PLAN.findall(doc.get("title", "")))
    return cases, plans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--off", action="store_true", help="NEAR_IDENTIFIERS off (before)")
    args = ap.parse_args()
    near_identifiers.NEAR_IDENTIFIERS = not args.off
    ref = Referat(args.index)
    reader = ref._searcher().reader()
    known = {parts for _, parts in case_terms(reader)}
    rng = random.Random(22)
    cases, plans = identifiers(args.index)
    sample = [("case", k, c) for k, found in sorted(cases.items())
              for c in rng.sample(sorted(found), min(PER_KOMMUNE, len(found)))]
    sample += [("plan", "", p) for p in rng.sample(sorted(plans), min(PLANS, len(plans)))]
    rows = []
    for what, kommune, meant in sample:
        for kind in KINDS:
            typed = slip(meant, kind, rng)
            if typed is None:
                continue
            row = {"what": what, "kommune": kommune, "meant": meant, "kind": kind,
                   "typed": typed}
            if (id_parts(typed) in known) if what == "case" else (typed in plans):
                rows.append({**row, "exists": True, "held": False})
                continue
            query = typed if what == "case" else f"lokalplan {typed}"
            result = ref.search(query, limit=10)
            first = result.hits[0] if result.hits else None
            if what == "case":
                hit = bool(first) and id_parts(first.case_number or "") == id_parts(meant)
            else:
                hit = bool(first) and bool(re.search(rf"(?<![\d.]){re.escape(meant)}(?![\d]|\.\d)",
                                                     first.title))
            offered = [id_parts(o) for o in (result.corrected or "",
                                             *(s["value"] for s in result.suggestions))]
            held = what == "plan" and any(reader.doc_frequency(f, "=" + form) for f in TEXT_FIELDS
                                          for form in (typed, *printed_numbers(typed)))
            rows.append({**row, "exists": False, "held": held, "zero": not result.hits, "p1": hit,
                         "tie": bool(result.corrected) and bool(result.suggestions),
                         "offered": any(_contains(o, id_parts(meant)) for o in offered),
                         "corrected": result.corrected})
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    print(f"{'identifier':10} {'slip':12} {'n':>4} {'exists':>6} {'held':>5} {'zero':>5} "
          f"{'P@1':>6} "
          f"{'tie':>6} {'offered':>7}")
    for what in ("case", "plan", "all"):
        for kind in (*KINDS, "all"):
            mine = [r for r in rows if what in ("all", r["what"]) and kind in ("all", r["kind"])]
            run = [r for r in mine if not r["exists"] and not r["held"]]
            if not run:
                continue
            print(f"{what:10} {kind:12} {len(mine):4} {sum(r['exists'] for r in mine):6} "
                  f"{sum(r['held'] for r in mine):5} "
                  f"{sum(r['zero'] for r in run):5} {sum(r['p1'] for r in run) / len(run):6.3f} "
                  f"{sum(r['tie'] for r in run) / len(run):6.3f} "
                  f"{sum(r['offered'] for r in run) / len(run):7.3f}")


if __name__ == "__main__":
    main()
