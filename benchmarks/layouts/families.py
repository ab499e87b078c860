"""Which generated documents a known family claims, and how they read without it.

    python -m benchmarks.layouts.families            # every split but stress-check, seeds 1-3
    python -m benchmarks.layouts.families --split combo --seeds 3

Each layout's documents (evaluate.py's splits, seeds and formats) are read twice by
`parse_bytes`: as a user's file is (the known families' rules on) and with
`known_layouts=False` (the generic reader alone). A document counts as claimed when the
reading records a known family (its layout is neither "generic" nor the reader's name).
Per family: documents claimed, and how many read better, worse or the same by the
generic reader (the sum of hits over the measures of score.py and paired items whose
closed flag agrees, less spurious items);
then the corpus's known-family files read both ways against the corpus's truth
(evaluate's CORPUS_MINUTES and Ballerup's items, the readings the tests pin).
"""

from __future__ import annotations

import argparse
from collections import Counter

from referat.index.model import Meeting
from referat.index.readers import parse_bytes, parse_file

from benchmarks.layouts.dump import SPLIT_NAMES
from benchmarks.layouts.evaluate import CORPUS_MINUTES, FORMATS, SPLITS
from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.score import MEASURES, pair, score

# score.py's measures and one of this module's: paired items whose closed flag agrees
MEASURED = (*MEASURES, "closed")


def _score(truth: Meeting, read: Meeting | None) -> Counter:
    c = score(truth, read)
    pairs = pair(truth.items, read.items if read is not None else [])
    c["closed"] = sum(r is not None and r.closed == t.closed for t, r in pairs)
    c["closed_total"] = len(pairs)
    return c


def _merit(c: Counter) -> int:
    """Hits over every measure, less spurious items."""
    return sum(c[m] for m in MEASURED if m != "spurious") - c["spurious"]


def _claimed(result: object) -> str | None:
    layout = getattr(result, "layout", None)
    return layout if result.ok and layout not in (None, "generic", result.reader) else None


def claims(splits: list[str], seeds: int, first: int = 1, show: bool = False
           ) -> dict[str, Counter]:
    """Per family: claimed documents, better/worse/same by the generic reader, and the
    two readings' summed measures (`known_<m>`, `generic_<m>`)."""
    per: dict[str, Counter] = {}
    for split in splits:
        for name in SPLITS[split]:
            for seed in range(first, first + seeds):
                truth, files = document(by_name(name), seed)
                for suffix in (s for s in FORMATS if s in files):
                    key = f"{name}-{seed}{suffix}"
                    known = parse_bytes(files[suffix], key)
                    fam = _claimed(known)
                    if fam is None:
                        continue
                    generic = parse_bytes(files[suffix], key, known_layouts=False)
                    k, g = _score(truth, known.meeting), _score(truth, generic.meeting)
                    c = per.setdefault(fam, Counter())
                    c["claimed"] += 1
                    verdict = ("better" if _merit(g) > _merit(k) else
                               "worse" if _merit(g) < _merit(k) else "same")
                    c[verdict] += 1
                    for m in MEASURED:
                        c[f"known_{m}"] += k[m]
                        c[f"generic_{m}"] += g[m]
                        c[f"{m}_total"] += k[f"{m}_total"]
                    if show:
                        print(f"  {split:<10} {key:<40} {fam:<14} {verdict:<6} "
                              + " ".join(f"{m[:5]} {k[m]}/{g[m]}" for m in MEASURED))
    return per


def corpus() -> dict[str, Counter]:
    """Per family: the corpus's known-family files read both ways against the known
    reading (their truth: the tests pin it)."""
    per: dict[str, Counter] = {}
    for rel in [*CORPUS_MINUTES, *sorted(str(p.relative_to(CORPUS))
                                         for p in (CORPUS / "ballerup" / "items").iterdir())]:
        known = parse_file(CORPUS / rel)
        generic = parse_file(CORPUS / rel, known_layouts=False)
        k, g = _score(known.meeting, known.meeting), _score(known.meeting, generic.meeting)
        c = per.setdefault(known.layout or "?", Counter())
        c["claimed"] += 1
        c["better" if _merit(g) > _merit(k) else "worse" if _merit(g) < _merit(k)
          else "same"] += 1
        for m in MEASURED:
            c[f"known_{m}"] += k[m]
            c[f"generic_{m}"] += g[m]
            c[f"{m}_total"] += k[f"{m}_total"]
    return per


def _table(per: dict[str, Counter]) -> None:
    print(f"{'family':<16}{'claimed':>8}{'better':>7}{'worse':>6}{'same':>5}  "
          + "  ".join(f"{m[:8]} known/generic/total" for m in MEASURES[:2]) + " ...")
    for fam, c in sorted(per.items()):
        print(f"{fam:<16}{c['claimed']:>8}{c['better']:>7}{c['worse']:>6}{c['same']:>5}  "
              + "  ".join(f"{m[:5]} {c[f'known_{m}']}/{c[f'generic_{m}']}"
                          + ("" if m == "spurious" else f"/{c[f'{m}_total']}")
                          for m in MEASURED))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=(*SPLIT_NAMES, "all"), default="all")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--first-seed", type=int, default=1)
    ap.add_argument("--documents", action="store_true", help="a line per claimed document")
    ap.add_argument("--no-corpus", action="store_true")
    args = ap.parse_args(argv)
    splits = SPLIT_NAMES if args.split == "all" else [args.split]
    _table(claims(splits, args.seeds, args.first_seed, args.documents))
    if not args.no_corpus:
        print("corpus (truth: the known reading):")
        _table(corpus())


if __name__ == "__main__":
    main()
