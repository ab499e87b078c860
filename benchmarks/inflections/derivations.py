"""Derivations (`search.derivations.derived_forms`): precision and recall on a labelled
sample of the index's verbs and adjectives.

`draw` picks SAMPLE words at random (seed SEED) from the index's vocabulary (its exact
forms in the case text that the Danish word list holds too) that look like verbs (an
infinitive in -e whose present in -er and a past in -et, -ede or -te are held) or
adjectives (a word whose -e and -t forms are held), and writes each with the vocabulary
words that may be its derived nouns (its base's letters, then a noun suffix: -ing, -ning,
-else, -sel, -eri, -ion, -hed and their endings), for labelling by hand: the third
column is then edited to hold the true derived nouns (singular, space-separated; "-" for
none). `score` compares `derived_forms`' proposals with those labels, by stem: a
proposal is right when its stem is a labelled noun's, and a labelled noun is found when
a proposal has its stem. Nouns that share the word's stem (Snowball's -else, -hed) are
joined already and counted apart.

    .venv/bin/python benchmarks/inflections/derivations.py draw --index DIR > sample.tsv
    .venv/bin/python benchmarks/inflections/derivations.py score --index DIR \
        --labels benchmarks/inflections/derivations_sample.tsv
    .venv/bin/python benchmarks/inflections/derivations.py score --index DIR \
        --noun-to-verb --labels benchmarks/inflections/derivations_nouns.tsv

`derivations_nouns.tsv` is the reverse: 60 vocabulary words ending in a noun suffix,
labelled with the verb or adjective they derive from (NOUN_TO_VERB).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from referat.index.analysis import fold, stem_term
from referat.search import derivations
from referat.search.derivations import derived_forms
from verb_forms import Vocabulary, index_words

WORDS = Path(__file__).resolve().parents[2] / "index" / "data" / "da_words.tsv"
SEED = 17
SAMPLE = 200
NOUN = re.compile(r"(ing|ning|else|sel|eri|ion|hed)(en|er|erne|ens|s)?$")


def vocabulary(index: Path) -> dict[str, str]:
    """The index's exact forms that the word list holds: folded -> as written."""
    held = index_words(index)
    listed = (line.split("\t")[0] for line in WORDS.read_text(encoding="utf-8").splitlines())
    return {fold(w): w for w in listed if w.isalpha() and fold(w) in held}


def candidates(vocab: dict[str, str]) -> list[tuple[str, str]]:
    """(word, verb or adjective) for every word that looks like one."""
    held = set(vocab.values())
    out = []
    for w in sorted(held):
        if len(w) >= 5 and w.endswith("e") and w + "r" in held and any(
                w[:-1] + e in held for e in ("et", "ede", "te")):
            out.append((w, "verb"))
        elif len(w) >= 3 and not w.endswith("e") and w + "e" in held and w + "t" in held:
            out.append((w, "adjective"))
    return out


def pool(word: str, held: set[str]) -> list[str]:
    """The vocabulary words that may be a word's derived nouns."""
    base = word[:-1] if word.endswith("e") else word
    prefix = base[:max(3, len(base) - 2)]
    return sorted(w for w in held if w.startswith(prefix) and w != word and NOUN.search(w)
                  and len(w) <= len(base) + 9)


def draw(index: Path) -> None:
    vocab = vocabulary(index)
    held = set(vocab.values())
    for word, kind in random.Random(SEED).sample(candidates(vocab), SAMPLE):
        print(f"{word}\t{kind}\t-\t{' '.join(pool(word, held))}")


def score(index: Path, sample: Path, noun_to_verb: bool = False) -> None:
    derivations.NOUN_TO_VERB = noun_to_verb
    reader = Vocabulary(index_words(index))
    right = wrong = found = labelled = joined = 0
    wrongs = []
    for line in sample.read_text(encoding="utf-8").splitlines():
        word, kind, nouns = line.split("\t")[:3]
        stem = stem_term(word)
        truth = {stem_term(n) for n in nouns.split() if n != "-"}
        joined += len(truth & {stem})
        truth -= {stem}
        proposed = {stem_term(f): f for f in derived_forms(word, reader)}
        right += len(proposed.keys() & truth)
        wrong += len(proposed.keys() - truth)
        wrongs += [f"{word} -> {f}" for s, f in proposed.items() if s not in truth]
        found += len(truth & proposed.keys())
        labelled += len(truth)
    print(f"proposals {right + wrong}: right {right}, wrong {wrong}, "
          f"precision {right / max(right + wrong, 1):.3f}")
    print(f"labelled nouns Snowball stems apart {labelled}: found {found}, "
          f"recall {found / max(labelled, 1):.3f}; joined by Snowball already: {joined}")
    print("wrong merges:", "; ".join(wrongs) or "none")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["draw", "score"])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--labels", type=Path, help="score: the labelled sample")
    ap.add_argument("--noun-to-verb", action="store_true",
                    help="score with derivations.NOUN_TO_VERB on (a sample of nouns)")
    args = ap.parse_args()
    if args.mode == "draw":
        draw(args.index)
    else:
        score(args.index, args.labels, args.noun_to_verb)


if __name__ == "__main__":
    main()
