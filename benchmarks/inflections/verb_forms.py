"""Verb and adjective forms Snowball stems apart: the -ede past tense
(`search.inflections.verb_forms`), strong verbs' participles (`strong_forms`) and
adjectives' neuter in -t (`adjective_forms`).

Counts, on Snowball's Danish test vocabulary and on an index's vocabulary (its exact
forms), the words that each joins with another form, and the forms joined; `--sample N`
prints N joins of each at random (seed 7) for checking by hand.

    .venv/bin/python benchmarks/inflections/verb_forms.py [--index DIR] [--sample 40]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from referat.index.analysis import exact_term
from referat.search.inflections import PAST, adjective_forms, strong_forms, verb_forms

VOC = Path(__file__).resolve().parents[2] / ".." / "shared" / "snowball-danish" / "voc.txt"


class Vocabulary:
    """A stand-in for an index reader that holds a set of exact forms."""

    def __init__(self, words: set[str]) -> None:
        self.terms = {exact_term(w) for w in words}

    def doc_frequency(self, field: str, term: str) -> int:
        return int(term in self.terms)


def joins(words: set[str], forms_of=verb_forms) -> dict[str, tuple[str, ...]]:
    """Every word of a vocabulary -> the forms `forms_of` joins it with (none: left out)."""
    reader = Vocabulary(words)
    out = {}
    for w in sorted(words):
        if w.isalpha():
            forms = forms_of(w, reader)
            if forms:
                out[w] = forms
    return out


def index_words(index: Path) -> set[str]:
    from referat.search import Referat

    reader = Referat(index)._searcher().reader()
    return {t.decode()[1:] for t in reader.lexicon("sagsfremstilling")
            if t.startswith(b"=")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    args = ap.parse_args()
    sets = {"snowball voc.txt": set(VOC.read_text(encoding="utf-8").split())}
    if args.index:
        sets[f"index {args.index} (exact forms, sagsfremstilling)"] = index_words(args.index)
    for name, words in sets.items():
        past = sum(1 for w in words if w.endswith(PAST) and w.isalpha())
        print(f"{name}: {len(words):,} words, {past:,} in -{PAST}")
        for label, forms_of in (("verb_forms", verb_forms), ("strong_forms", strong_forms),
                                ("adjective_forms", adjective_forms)):
            found = joins(words, forms_of)
            print(f"  {label}: {len(found):,} words joined with "
                  f"{sum(map(len, found.values())):,} forms")
            for w in random.Random(7).sample(sorted(found), min(args.sample, len(found))):
                print(f"    {w}: {', '.join(found[w])}")


if __name__ == "__main__":
    main()
