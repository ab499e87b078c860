"""Learn the Snowball corrections (index/data/stem_fixes.tsv) and measure their merges.

    .venv/bin/python benchmarks/inflections/learn.py [--write] [--list]

Snowball's Danish stemmer stems two kinds of noun apart from their own plural:
- nouns in -et with a doubled t before an ending: budget -> budg, but budgetter,
  budgettet -> budget (toilet, internet, vejnet too);
- nouns and adjectives in -el/-en/-er that drop the e before an ending: cykel -> cykel,
  but cykler, cyklen -> cykl (regel, artikel, kørsel, fleksibel too).

A base word is learned when the vocabulary holds it and one of its own endings that
Snowball stems to the other stem (budget with budgetter or budgettet; cykel with cykler
or cyklen). The vocabulary is the corpus's words (parsed items of every file) and
Snowball's official test vocabulary (../shared/snowball-danish/voc.txt). With --write
the bases go to index/data/stem_fixes.tsv (base, the stem its forms get).

Measured: how many inflection groups are joined (words whose stem changes, on each
vocabulary), and the merges themselves with --list, for checking by hand.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from referat.index.analysis import normalize, snowball_stem, stem_fixed
from referat.index.documents import section_texts
from referat.index.readers import parse_file

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SNOWBALL = ROOT.parent / "shared" / "snowball-danish" / "voc.txt"
TABLE = ROOT / "index" / "data" / "stem_fixes.tsv"
MIN_BASE = 5
T_ENDINGS = ("ter", "terne", "tet", "tets", "ternes", "ters")
E_ENDINGS = ("er", "en", "erne", "ens", "ernes", "e")
VOWELS = "aeiouyæøå"
HAND_BASES = frozenset(
    "banket billet etiket kabinet klarinet lazaret minaret omelet raket skelet tablet "
    "toilet budget internet".split())
"""Nouns in -et that double the t before an ending (Danish spelling rules: billet,
billetter), added by hand: the vocabularies lack the plural of some of them."""
EXCLUDED = frozenset({"handel"})
"""Checked by hand and left out: "handel" (trade) would join "handle", "handler" (to
act), another word."""


def corpus_words() -> Counter[str]:
    words: Counter[str] = Counter()
    for path in sorted(CORPUS.rglob("*")):
        result = parse_file(path) if path.is_file() else None
        if result is None or not result.ok or result.meeting is None:
            continue
        for item in result.meeting.items:
            for text in [item.title, *section_texts(item).values()]:
                words.update(re.findall(r"[^\W\d_]+", normalize(text)))
    return words


def learn(vocab: set[str]) -> dict[str, str]:
    """base word -> the stem its forms should share."""
    out: dict[str, str] = {w: w for w in HAND_BASES}
    for w in vocab:
        if len(w) < MIN_BASE or w in EXCLUDED:
            continue
        if w.endswith("et") and snowball_stem(w) == w[:-2]:
            if any(w + e in vocab and snowball_stem(w + e) == w for e in T_ENDINGS):
                out[w] = w
        elif w[-2:] in ("el", "en", "er") and w[-3] not in VOWELS and snowball_stem(w) == w:
            short = w[:-2] + w[-1]
            if any(short + e in vocab and snowball_stem(short + e) == short
                   for e in E_ENDINGS):
                out[w] = short
    return out


def merges(vocab: set[str]) -> dict[str, tuple[str, str]]:
    """word -> (Snowball's stem, the corrected stem), for the words the table changes."""
    out = {}
    for w in vocab:
        old = snowball_stem(w)
        new = stem_fixed(w, old)
        if new != old:
            out[w] = (old, new)
    return out


def report(name: str, vocab: set[str], listing: bool) -> None:
    changed = merges(vocab)
    stems = Counter(snowball_stem(w) for w in vocab)
    joined = {new for _, new in changed.values() if stems[new]}
    print(f"{name}: {len(vocab)} words; {len(changed)} words restemmed; "
          f"{len(joined)} inflection groups joined (the new stem is another form's)")
    if listing:
        for w, (old, new) in sorted(changed.items()):
            others = sorted(v for v in vocab if snowball_stem(v) == new and v not in changed)
            print(f"  {w:28} {old:>22} -> {new:22} joins {', '.join(others[:6])}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="write index/data/stem_fixes.tsv")
    ap.add_argument("--list", action="store_true", help="list every merge")
    args = ap.parse_args()
    snowball = set(SNOWBALL.read_text(encoding="utf-8").split())
    corpus = set(corpus_words())
    if args.write:
        table = learn(snowball | corpus)
        TABLE.write_text("".join(f"{b}\t{s}\n" for b, s in sorted(table.items())),
                         encoding="utf-8")
        print(f"{len(table)} bases -> {TABLE}")
    report("snowball voc", snowball, args.list)
    report("corpus", corpus, args.list)


if __name__ == "__main__":
    main()
