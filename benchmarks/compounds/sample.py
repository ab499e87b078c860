"""Draw the word sample that labels.tsv labels (run once; kept for the record).

    .venv/bin/python benchmarks/compounds/sample.py > /tmp/sample.txt
    .venv/bin/python benchmarks/compounds/sample.py --seed 1718 --exclude labels.tsv

The second drew labels_test.tsv's words (words already in labels.tsv left out).

Distinct lower-case words of 8 letters or more (shorter words are never split,
index.analysis.MIN_COMPOUND) from the items' text of the whole corpus, 320 drawn at
random with a fixed seed, printed one a line (the words alone: labels_test.tsv was
written without the splitter's answers).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from referat.index.analysis import MIN_COMPOUND, normalize
from referat.index.documents import section_texts
from referat.index.readers import parse_file

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"
SEED = 1717
SIZE = 320


def corpus_words() -> list[str]:
    words: set[str] = set()
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file():
            continue
        result = parse_file(path)
        if not result.ok or result.meeting is None:
            continue
        for item in result.meeting.items:
            for text in [item.title, *section_texts(item).values()]:
                words.update(w for w in re.findall(r"[^\W\d_]+", normalize(text))
                             if len(w) >= MIN_COMPOUND)
    return sorted(words)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--size", type=int, default=SIZE)
    ap.add_argument("--exclude", help="a labels file here whose words are left out")
    args = ap.parse_args()
    known = set()
    if args.exclude:
        known = {line.split("\t")[0] for line in (HERE / args.exclude).read_text().splitlines()}
    words = [w for w in corpus_words() if w not in known]
    for word in random.Random(args.seed).sample(words, args.size):
        print(word)


if __name__ == "__main__":
    main()
