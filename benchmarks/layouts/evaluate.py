"""Measure the readers on generated layouts and on the corpus's own truth.

    python -m benchmarks.layouts.evaluate            # every split and the corpus
    python -m benchmarks.layouts.evaluate --split test --per-layout
    python -m benchmarks.layouts.evaluate --json
    python -m benchmarks.layouts.evaluate --split combo --by-option --no-corpus
    python -m benchmarks.layouts.evaluate --split combo --first-seed 10 --no-corpus
    python -m benchmarks.layouts.evaluate --confidence --no-corpus   # separation.py
    python -m benchmarks.layouts.evaluate --without no-footnotes     # a reader rule off

Generated layouts (generate.py; the split is frozen in splits.json): each layout is
rendered from `--seeds` contents as text, HTML and PDF, parsed by `parse_bytes` as a
user's file would be, and scored against its truth (score.py): items, titles, case
numbers (where printed), section types, decisions, spurious items, per split, tuning
and test apart.

Corpus: the PDF, text and HTML minutes of the known families, read with the known
families' rules switched off (`known_layouts=False`), scored against the reading with
them on (which the tests pin to the documents), and every non-minutes file checked to
be rejected by the generic reader.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

from referat.index.readers import parse_bytes, parse_file

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate_combo import options
from benchmarks.layouts.score import MEASURES, rates, score
from benchmarks.layouts.separation import confident_misses, misses, separation

SPLITS = json.loads((Path(__file__).with_name("splits.json")).read_text(encoding="utf-8"))
FORMATS = (".txt", ".html", ".pdf")
# what `--split all` measures, in this order
ALL_SPLITS = ("tune", "test", "test2", "test3", "tune4", "test4", "test5", "tune6", "stress",
              "test7", "test8", "test9", "test10", "test11", "test12", "test13",
              "test14", "test15", "test16", "tune7", "test17", "test18", "test19",
              "test20", "test21", "combo", "tune8", "test22", "test23",
              "test24", "test25", "test26", "test27",
              "test28", "test29", "test30", "test31", "test32", "test33", "test34",
              "test35", "test36", "test37")
CORPUS_MINUTES = [
    "albertslund/referat-digitalisering-og-beredskab-2026-02-23.txt",
    "aarhus/Aarhus_Byråd-Aarhus_Byråd_den_27._august_2025.pdf",
    "ballerup/Sundheds- og Forebyggelsesudvalget 2012-12-04 referat.pdf",
    "syddjurs/Ekstraordinært PUK.pdf",
    "aarhus/teknisk-udvalg-referat-2025-10-01.html",
    "aarhus/byraad-dagsorden-2025-10-08.html",
]


def evaluate_split(names: list[str], seeds: int, first: int = 1,
                   per_option: dict[str, Counter] | None = None,
                   readings: list[tuple[float, tuple[str, ...]]] | None = None
                   ) -> tuple[Counter, dict[str, Counter]]:
    """Totals of the split over seeds `first`… (`seeds` of them) and per layout and format;
    `per_option` (combo documents) gathers them per drawn option value too, `readings`
    each document's (confidence, its misses: none when read right, "unread" when not read)."""
    total: Counter = Counter()
    per: dict[str, Counter] = {}
    for name in names:
        layout = by_name(name)
        for seed in range(first, first + seeds):
            meeting, files = document(layout, seed)
            for suffix in (s for s in FORMATS if s in files):  # test5: not every format
                result = parse_bytes(files[suffix], f"{name}-{seed}{suffix}")
                c = score(meeting, result.meeting)
                c["documents_total"] += 1
                c["documents"] += result.ok
                total += c
                if readings is not None:
                    readings.append((result.confidence or 0.0,
                                     misses(c) if result.ok else ("unread",)))
                per[f"{name}{suffix}"] = per.get(f"{name}{suffix}", Counter()) + c
                if per_option is not None:
                    for option, value in options(name, seed).items():
                        key = f"{option}={value}"
                        per_option[key] = per_option.get(key, Counter()) + c
    return total, per


def evaluate_corpus() -> tuple[Counter, list[str]]:
    total: Counter = Counter()
    for rel in [*CORPUS_MINUTES, *sorted(str(p.relative_to(CORPUS))
                                         for p in (CORPUS / "ballerup" / "items").iterdir())]:
        known = parse_file(CORPUS / rel)
        generic = parse_file(CORPUS / rel, known_layouts=False)
        total += score(known.meeting, generic.meeting)
    accepted = []
    negatives = [*sorted(CORPUS.glob("*/bilag/*.pdf")), *sorted((CORPUS / "negatives").iterdir())]
    for path in negatives:
        if parse_file(path, known_layouts=False).ok:
            accepted.append(str(path.relative_to(CORPUS)))
    return total, accepted


def _weakest(entry: tuple[str, Counter]) -> tuple[float, str]:
    """Rows by the share of measures' hits, lowest first."""
    key, c = entry
    hits = sum(c[m] for m in MEASURES if m != "spurious")
    return hits / max(1, sum(c[f"{m}_total"] for m in MEASURES if m != "spurious")), key


def _row(label: str, c: Counter) -> str:
    r = rates(c)
    cells = [f"{'-' if r[m] is None else r[m]:>7}" if m == "spurious" or r[m] is None
             else f"{r[m]:>7.1%}" for m in MEASURES]
    return f"{label:<34}" + "".join(cells) + f"   ({c['items_total']} items)"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=(*SPLITS.keys() - {"note"}, "all"), default="all")
    ap.add_argument("--seeds", type=int, default=3, help="contents per layout (default 3)")
    ap.add_argument("--first-seed", type=int, default=1,
                    help="the first content seed (default 1; the tuning seeds are 1-3)")
    ap.add_argument("--per-layout", action="store_true", help="a row per layout and format")
    ap.add_argument("--by-option", action="store_true",
                    help="combo: a row per drawn option value, weakest items first")
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus measurement")
    ap.add_argument("--confidence", action="store_true",
                    help="how well the confidence separates readings with a miss from the rest")
    ap.add_argument("--without", action="append", metavar="RULE", default=[],
                    help="read with this rule off (repeatable; the names: "
                         "`python -m benchmarks.layouts.ablations --help`)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from benchmarks.layouts.ablations import reader_ablations

    rules = reader_ablations()
    unknown = [name for name in args.without if name not in rules]
    if unknown:
        ap.error(f"no such rule: {', '.join(unknown)} (choose from {', '.join(rules)})")
    with contextlib.ExitStack() as stack:
        for name in args.without:
            stack.enter_context(rules[name]())
        _report(args)


def _report(args: argparse.Namespace) -> None:
    splits = ALL_SPLITS if args.split == "all" else (args.split,)
    report: dict = {}
    readings: list[tuple[float, tuple[str, ...]]] | None = [] if args.confidence else None
    if not args.json:
        print(f"{'':<34}" + "".join(f"{m[:7]:>8}" for m in MEASURES))
    for split in splits:
        by_option: dict[str, Counter] | None = {} if args.by_option else None
        total, per = evaluate_split(SPLITS[split], args.seeds, args.first_seed, by_option,
                                    readings)
        report[split] = rates(total) | {"items_total": total["items_total"]}
        if not args.json:
            print(_row(f"layouts/{split}", total))
            for key, c in sorted(per.items()) if args.per_layout else []:
                print(_row(f"  {key}", c))
            for key, c in sorted((by_option or {}).items(), key=_weakest):
                print(_row(f"  {key}", c))
    if readings is not None:
        report["confidence"] = separation([(conf, not missed) for conf, missed in readings])
        report["confidence"]["confident_misses"] = confident_misses(readings)
        if not args.json:
            print("confidence: " + ", ".join(f"{k} {v}" for k, v in report["confidence"].items()))
    if not args.no_corpus:
        total, accepted = evaluate_corpus()
        report["corpus_generic"] = rates(total) | {"items_total": total["items_total"],
                                                   "non_minutes_accepted": accepted}
        if not args.json:
            print(_row("corpus, generic reader only", total))
            print(f"non-minutes accepted by the generic reader: {accepted or 'none'}")
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()


if __name__ == "__main__":
    main()
