"""Regenerate ``da_words.tsv``: Danish words and their Zipf frequency, from wordfreq.

The compound splitter (index.analysis) needs to know which strings are Danish words and how
common they are (Koehn & Knight's frequency method). wordfreq is only needed to run this
script, not at run time: its Danish list is 130 KB, but the package installs 58 MB of data
for all languages plus four dependencies. Run it in a separate environment::

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python index/data/build_wordlist.py

Data licence: wordfreq's word lists are CC-BY-SA 4.0 (Robyn Speer, wordfreq 3.1.1, built
from Wikipedia, OpenSubtitles, news, web text and more); so is the derived ``da_words.tsv``.
"""

from __future__ import annotations

import re
from pathlib import Path

import wordfreq

OUT = Path(__file__).with_name("da_words.tsv")
WORD = re.compile(r"^[a-zæøåéäöü]{3,}$")


def main() -> None:
    """Write ``word<TAB>zipf`` lines, most frequent first."""
    lines = []
    for word in wordfreq.top_n_list("da", 10**6):
        if WORD.match(word):
            lines.append(f"{word}\t{wordfreq.zipf_frequency(word, 'da'):.2f}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} words -> {OUT}")


if __name__ == "__main__":
    main()
