"""Danish stemming speed: PyStemmer (C) vs Whoosh's pure-Python Snowball, no caches.

Run: .venv/bin/python benchmarks/stemmer_speed.py [path/to/voc.txt]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import Stemmer
from whoosh.lang.snowball.danish import DanishStemmer

VOC = Path(__file__).resolve().parents[2] / "shared" / "snowball-danish" / "voc.txt"


def words_per_second(stem, words: list[str], rounds: int = 3) -> float:
    """Best of ``rounds`` runs over ``words``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for word in words:
            stem(word)
        best = min(best, time.perf_counter() - start)
    return len(words) / best


def main() -> None:
    """Print both rates and their ratio."""
    words = Path(sys.argv[1] if len(sys.argv) > 1 else VOC).read_text("utf-8").split()
    c = words_per_second(Stemmer.Stemmer("danish", 0).stemWord, words)  # cache off
    py = words_per_second(DanishStemmer().stem, words)
    print(
        f"PyStemmer {c:,.0f} words/s; whoosh.lang.snowball {py:,.0f} words/s; ratio {c / py:.1f}x"
    )


if __name__ == "__main__":
    main()
