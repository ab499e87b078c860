"""Regenerate ``da_words.tsv``, Danish words and their Zipf frequency, from wordfreq; and
from it, with ``--tables``, ``da_words.pickle``: the splitter's tables as
`index.analysis.vocabulary_tables` computes them (rebuild them after any change to the
word list, STOP_WORDS or SHORT_PARTS; a test fails until they are rebuilt).

The compound splitter (index.analysis) needs to know which strings are Danish words and how
common they are (Koehn & Knight's frequency method). wordfreq is only needed to run this
script, not at run time: its Danish list is 130 KB, but the package installs 58 MB of data
for all languages plus four dependencies. Run it in a separate environment::

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python index/data/build_wordlist.py
    .venv/bin/python index/data/build_wordlist.py --tables

Data licence: wordfreq's word lists are CC-BY-SA 4.0 (Robyn Speer, wordfreq 3.1.1, built
from Wikipedia, OpenSubtitles, news, web text and more); so is the derived ``da_words.tsv``.
"""

from __future__ import annotations

import pickle
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("da_words.tsv")
TABLES = Path(__file__).with_name("da_words.pickle")
WORD = re.compile(r"^[a-zæøåéäöü]{3,}$")


def main() -> None:
    if "--tables" in sys.argv[1:]:
        write_tables()
    else:
        write_words()


def write_tables() -> None:
    """Pickle `vocabulary_tables()` (run in the project's environment)."""
    from referat.index.analysis import vocabulary_tables

    TABLES.write_bytes(pickle.dumps(vocabulary_tables(), protocol=4))
    print(f"tables -> {TABLES}")


def write_words() -> None:
    """Write ``word<TAB>zipf`` lines, most frequent first (run where wordfreq is)."""
    import wordfreq

    lines = []
    for word in wordfreq.top_n_list("da", 10**6):
        if WORD.match(word):
            lines.append(f"{word}\t{wordfreq.zipf_frequency(word, 'da'):.2f}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} words -> {OUT}")


if __name__ == "__main__":
    main()
