"""Candidates for `index/data/irregular.tsv`: short words ending in a vowel whose
inflections Snowball stems apart (bro -> bro, broerne -> broern; by, byen, byerne).

Snowball's Danish stemmer removes an ending only inside the region R1, which starts
after the first consonant that follows a vowel, and at least three letters in: in a word
of one short syllable ending in a vowel the whole ending is outside R1, so "broen",
"broer", "broerne" each keep their ending. This script lists each such base in an
index (2-3 letters, ending in a vowel, in at least 3 items) with its forms (base + a
noun ending) that the index holds and that Snowball stems apart from the base. The list
is checked by hand: folding makes some forms other words ("boerne" is "børne", "loen"
is "løn"), and verbs and adjectives (gå/gået, ny/nye) are left out.

    .venv/bin/python benchmarks/inflections/short_nouns.py --index /tmp/ix
"""

from __future__ import annotations

import argparse
from collections import Counter

from referat.index.analysis import EXACT_PREFIX, stem_term
from referat.index.schema import TEXT_FIELDS
from referat.search import Referat

VOWELS = "aeiouyæøå"
FOLDED_VOWELS = ("ae", "oe", "aa")
ENDINGS = ("en", "ens", "er", "ers", "erne", "ernes", "ene", "et", "ets", "e", "es")


def candidates(index_dir: str, min_items: int = 3) -> dict[str, list[tuple[str, int]]]:
    """base -> [(form, items)] for the short vowel-final bases of an index (folded)."""
    reader = Referat(index_dir)._searcher().reader()
    df: Counter[str] = Counter()
    for name in TEXT_FIELDS:
        for term in reader.lexicon(name):
            text = term.decode() if isinstance(term, bytes) else term
            if text.startswith(EXACT_PREFIX):
                df[text[1:]] += reader.doc_frequency(name, text)
    out: dict[str, list[tuple[str, int]]] = {}
    for word, n in df.items():
        for ending in ENDINGS:
            base = word[:-len(ending)]
            if (word.endswith(ending) and 2 <= len(base) <= 3
                    and (base[-1] in VOWELS or base.endswith(FOLDED_VOWELS))
                    and df.get(base, 0) >= min_items and stem_term(word) != stem_term(base)):
                out.setdefault(base, []).append((word, n))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", required=True)
    ap.add_argument("--min-items", type=int, default=3)
    args = ap.parse_args()
    found = candidates(args.index, args.min_items)
    for base in sorted(found, key=lambda b: (-sum(n for _, n in found[b]), b)):
        forms = ", ".join(f"{w} {n}" for w, n in sorted(found[base], key=lambda x: -x[1]))
        print(f"{base}\t{forms}")


if __name__ == "__main__":
    main()
