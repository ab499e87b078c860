"""Measure a rule of `search.inflections` that joins forms Snowball stems apart: nouns in
-er/-el with their definite forms that drop the e (`syncope_forms`: center/centret,
teater/teatret, ungecenter/ungecentret), or Latin nouns in -ium/-eum with their Danish forms
(`latin_forms`: kommissorium/kommissorier, museum/museet).

    .venv/bin/python benchmarks/inflections/syncope.py [--rule latin] [--index DIR] [--list]

Each vocabulary stands in for the index (a form is joined where the vocabulary holds
it, as `held` checks the index): Snowball's official test vocabulary
(../shared/snowball-danish/voc.txt) and, with --index, the exact forms an index holds
(the corpus's words). Prints the pairs of words joined (forms whose Snowball
stems differ), the inflection groups joined (distinct pairs of stems), and with --list
every pair, for checking by hand.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from referat.index.analysis import EXACT_PREFIX, stem_term
from referat.index.schema import TEXT_FIELDS
from referat.search import Referat
from referat.search.inflections import latin_forms, syncope_forms

ROOT = Path(__file__).resolve().parents[2]
SNOWBALL = ROOT.parent / "shared" / "snowball-danish" / "voc.txt"


def index_words(index_dir: str) -> set[str]:
    """The exact forms an index holds in its text fields, unfolded (ae, oe, aa -> æ, ø,
    å: the index folds them, and Snowball stems the Danish letters; a rare word with
    "ae" of its own is misread)."""
    reader = Referat(index_dir)._searcher().reader()
    words: set[str] = set()
    for name in TEXT_FIELDS:
        for term in reader.lexicon(name):
            text = term.decode() if isinstance(term, bytes) else term
            if text.startswith(EXACT_PREFIX) and text[1:].isalpha():
                words.add(unfold(text[1:]))
    return words


def unfold(word: str) -> str:
    return word.replace("aa", "å").replace("ae", "æ").replace("oe", "ø")


RULES = {"syncope": syncope_forms, "latin": latin_forms}


def joined(words: set[str], rule: str = "syncope") -> set[tuple[str, str]]:
    """The pairs of words of a vocabulary that a rule joins, each sorted."""
    pairs = set()
    for word in words:
        stem = stem_term(word)
        for form in RULES[rule](word, words.__contains__) if stem else ():
            other = stem_term(form)
            if form in words and other and other != stem:
                pairs.add((min(word, form), max(word, form)))
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", help="an index whose exact forms are the corpus vocabulary")
    ap.add_argument("--list", action="store_true", help="print every pair joined")
    ap.add_argument("--rule", choices=sorted(RULES), default="syncope")
    args = ap.parse_args()
    vocabularies = {"snowball": {w for w in SNOWBALL.read_text().split() if w.isalpha()}}
    if args.index:
        vocabularies["corpus"] = index_words(args.index)
    for name, words in vocabularies.items():
        pairs = joined(words, args.rule)
        groups = {tuple(sorted(map(stem_term, p))) for p in pairs}
        print(f"{name}: {len(words)} words, {len(pairs)} pairs joined, "
              f"{len(groups)} inflection groups joined")
        if args.list:
            for a, b in sorted(pairs):
                print(f"  {a}\t{b}")


if __name__ == "__main__":
    main()
