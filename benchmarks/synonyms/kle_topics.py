"""The KLE topic table: a citizen's word -> the titles of the few tasks KLE lists it under.

    .venv/bin/python benchmarks/synonyms/kle_topics.py --os2kle PATH/OS2KLE.txt \
        [--out index/data/kle_topics.tsv] [--tasks 2] [--titles 6]

OS2KLE (github.com/os2kle/os2kle, (c) OS2 - Offentligt digitaliseringsfællesskab,
MPL-2.0; read only here, never at run time; kle_candidates.py's reader) lists for each
KLE number (a kommune's task) its title and index words. A one-word index word listed
under at most --tasks numbers is specific: it points at those tasks. For each such task
the line gives the task's topic: its title's words (4+ letters, not stop words) that
occur in at most --titles KLE titles ("almindelighed", "kommunens", "personale" name no
topic), the word's own stem left out. A task is left out when it has no such word, or
when the word holds one of their stems (svingbro: broer; the index's compound parts join
those already), and so is a word with no task left. One line a word: the word, then one
field a task (its topic words, space-separated). `search.topics` reads it.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kle_candidates import kle_titles  # benchmarks/synonyms/kle_candidates.py
from referat.index.analysis import stem_term

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "index" / "data" / "kle_topics.tsv"
HEADER = """\
# Topics from KL's task classification (KLE), as OS2KLE lists it: a word listed as an index
# word under at most {tasks} KLE numbers (a kommune's tasks), then, one field a task, the
# words of the task's title that name its topic (in at most {titles} KLE titles). Derived
# from OS2KLE 3.23 (KLE 2026 Feb; github.com/os2kle/os2kle, OS2KLE.txt), Copyright (c)
# 2013-2026 OS2 - Offentligt digitaliseringsfællesskab, developed by Taxon ApS. This file
# is a derived work of OS2KLE and, like it, is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this file, You can
# obtain one at http://mozilla.org/MPL/2.0/.
# Built by benchmarks/synonyms/kle_topics.py; read by search.topics (a topic bridge below
# the word as typed and its synonyms, in titles only).
"""


def topic_lines(path: Path, tasks: int, titles: int) -> list[str]:
    """The table's lines (see the module's docstring), sorted by word."""
    title_words, listed = kle_titles(path)
    spread = Counter(w for words in title_words.values() for w in set(words))
    lines = []
    for word, numbers in sorted(listed.items()):
        stem = stem_term(word)
        if not stem or len(numbers) > tasks:
            continue
        fields = []
        for number in sorted(numbers):
            topic = [w for w in dict.fromkeys(title_words[number])
                     if spread[w] <= titles and stem_term(w) not in (None, stem)]
            if (topic and " ".join(topic) not in fields
                    and not any(stem_term(w) in word for w in topic)):
                fields.append(" ".join(topic))
        if fields:
            lines.append("\t".join([word, *fields]))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--os2kle", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--tasks", type=int, default=2)
    ap.add_argument("--titles", type=int, default=6)
    args = ap.parse_args()
    lines = topic_lines(args.os2kle, args.tasks, args.titles)
    args.out.write_text(HEADER.format(tasks=args.tasks, titles=args.titles)
                        + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words, {args.out.stat().st_size:,} bytes: {args.out}")


if __name__ == "__main__":
    main()
