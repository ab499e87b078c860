"""Precision and recall of the compound splitter (index.analysis.split_compound) on
hand-labelled corpus words.

    .venv/bin/python benchmarks/compounds/evaluate.py [--errors] [--labels labels_test.tsv]

labels.tsv: a word of the corpus, a tab, and its parts joined by "+" (linking letters
stay with the part before: "trivsels+undersøgelsens"), or the word alone when it is not
a compound (or is lexicalised: "forarbejde", "understregede"). The 320 words were drawn
by sample.py; the labels were written from the words alone, before the splitter's
answers were looked at. labels_test.tsv (320 other words, sample.py --seed 1718) is the
frozen test sample: labelled the same way, never tuned on.

The splitter emits part stems (index terms). A term counts as right when it is the
stem of a labelled part or of a run of neighbouring parts ("kunstgræs" of
kunst+græs+tæppet); recall is the share of labelled parts whose stem is emitted.
Stems are made as the splitter makes them (stem_fixed: "budget" stays budget), and a
linking s or e may be dropped.
Also: words split that are not compounds, and compounds not split.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from referat.index.analysis import fold, normalize, snowball_stem, split_compound, stem_fixed

HERE = Path(__file__).resolve().parent


def stem(part: str) -> str:
    """The index term of a part, as the splitter makes it (stem fixes included)."""
    norm = normalize(part)
    return fold(stem_fixed(norm, snowball_stem(norm)))


def spellings(parts: list[str], i: int, j: int) -> set[str]:
    """Stems of the run parts[i:j], with or without a linking s or e at its end (the
    labels keep the link with the part before, the splitter drops it)."""
    run = "".join(parts[i:j])
    out = {stem(run)}
    if j < len(parts) and run[-1] in "se":
        out.add(stem(run[:-1]))
    return out


def gold_terms(parts: list[str]) -> tuple[list[set[str]], set[str]]:
    """(the accepted stems of each single part, stems of every run of parts short of
    the whole word)."""
    singles = [spellings(parts, i, i + 1) for i in range(len(parts))] if len(parts) > 1 else []
    runs = {s for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
            if j - i < len(parts) for s in spellings(parts, i, j)}
    return singles, runs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="list the words it gets wrong")
    ap.add_argument("--labels", default="labels.tsv", help="labels file in this folder")
    args = ap.parse_args()
    rows = [line.split("\t") for line in (HERE / args.labels).read_text().splitlines()]
    emitted = right = parts_total = parts_found = 0
    false_splits = missed = compounds = 0
    for word, label in rows:
        parts = label.split("+")
        singles, runs = gold_terms(parts)
        got = set(split_compound(normalize(word)))
        emitted += len(got)
        right += len(got & runs)
        parts_total += len(singles)
        parts_found += sum(bool(accepted & got) for accepted in singles)
        compounds += len(parts) > 1
        false_splits += len(parts) == 1 and bool(got)
        missed += len(parts) > 1 and not got
        if args.errors and (got - runs or any(not a & got for a in singles)):
            print(f"{word:35} label {label:40} got {sorted(got)}")
    print(f"{len(rows)} words, {compounds} compounds")
    print(f"precision (emitted part terms that are parts or runs of parts): "
          f"{right}/{emitted} = {right / max(emitted, 1):.3f}")
    print(f"recall (labelled parts emitted): {parts_found}/{parts_total} = "
          f"{parts_found / max(parts_total, 1):.3f}")
    print(f"non-compounds split: {false_splits}/{len(rows) - compounds}; "
          f"compounds not split: {missed}/{compounds}")


if __name__ == "__main__":
    main()
