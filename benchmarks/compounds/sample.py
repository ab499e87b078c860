"""Draw the word sample that labels.tsv labels (run once; kept for the record).

    .venv/bin/python benchmarks/compounds/sample.py > /tmp/sample.txt

Distinct lower-case words of 8 letters or more (shorter words are never split,
index.analysis.MIN_COMPOUND) from the items' text of the whole corpus, 320 drawn at
random with a fixed seed; printed with the splitter's parts so a labeller can check them
(the labels were written from the word, the splitter's answer only shown beside it).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from referat.index.analysis import MIN_COMPOUND, normalize
from referat.index.documents import section_texts
from referat.index.readers import parse_file

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
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
    words = corpus_words()
    for word in random.Random(SEED).sample(words, SIZE):
        print(word)


if __name__ == "__main__":
    main()
