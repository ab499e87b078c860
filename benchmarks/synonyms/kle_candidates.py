"""Candidate synonym pairs from KL's task classification (KLE), as OS2KLE lists it.

    .venv/bin/python benchmarks/synonyms/kle_candidates.py --index DIR \
        --os2kle PATH/OS2KLE.txt [--top N] (0: all)

OS2KLE (github.com/os2kle/os2kle, (c) OS2 - Offentligt digitaliseringsfællesskab,
MPL-2.0; read only here, never at run time) lists for each KLE number (a kommune's task,
such as 05.07.02 "Snerydning og glatførebekæmpelse") its title and its index words, the
words written in letters and cases about that task ("Vintertjeneste", "Grusning",
"glatføre"). A pair of one-word index or title words (a, b) is a candidate when:

- KLE lists the two together under at least --together numbers, and under those mostly
  (the numbers that list both are at least --share of the numbers that list either): a
  pair of words that go together, not two words of one long list;
- in the index of the corpus, a is rare (its stem in at most --rare items: the everyday
  or older word) and b is a word of the minutes (its stem in at least --frequent items);
- their stems differ, neither holds the other's stem (the index's compound parts already
  join those), and a is not in data/synonyms.tsv.

Ranked by that share, then by the number of KLE numbers. With --titles, a second list:
an index word a (rare in the minutes, listed under at most three KLE numbers) and a word b
of the title of every KLE number that lists a (the task's name: "bryllup" under 23.01.02
"Vielse"), b in at least --frequent items, at least three titles and at most 300 items (a
topic, not a word of every text), ranked by b's titles. The hand check is
kle_decisions.tsv, by the rules of index/data/kle_synonyms.tsv's header; the accepted
pairs are the lines of that table.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from candidates import (  # benchmarks/synonyms/candidates.py: the hand check's file
    decisions,
    item_counter,
)
from referat.index.analysis import stem_term
from referat.search import Referat
from referat.search.synonyms import TABLE, stem_groups

HERE = Path(__file__).resolve().parent
DECISIONS = HERE / "kle_decisions.tsv"
_LINE = re.compile(r"^KLENummer='([\d.]+)':KLETitel='(.*)':Keywords\[Weight\]=(.*)$")


def kle_titles(path: Path) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """(KLE number -> its title's words, one-word index word -> the numbers listing it)."""
    titles: dict[str, list[str]] = {}
    listed: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        number, title, keywords = m.groups()
        titles[number] = [w for w in re.findall(r"[a-zæøå]+", title.lower()) if len(w) >= 4]
        for kw in keywords.split(";"):
            word = re.sub(r"\[\d+\]$", "", kw).strip().lower()
            if re.fullmatch(r"[a-zæøå]{4,}", word):
                listed[word].add(number)
    return titles, listed


def title_pairs(path: Path, items, titled, rare: int, frequent: int,
                have: set[str]) -> list[tuple[int, str, str]]:
    """(b's titles, a, b) for --titles (see the module's docstring)."""
    titles, listed = kle_titles(path)
    out = []
    for a, numbers in listed.items():
        sa = stem_term(a)
        if not sa or sa in have or len(numbers) > 3 or items(a) > rare:
            continue
        for b in set.intersection(*(set(titles[n]) for n in numbers)):
            sb = stem_term(b)
            if (sb and sb != sa and sb not in a and sa not in b and titled(b) >= 3
                    and frequent <= items(b) <= 300):
                out.append((titled(b), a, b))
    return sorted(out, key=lambda p: (-p[0], p[2], p[1]))


def kle_words(path: Path) -> dict[str, list[str]]:
    """KLE number -> its title's words and its one-word index words (lower case, at
    least four letters)."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        number, title, keywords = m.groups()
        words = re.findall(r"[a-zæøå]+", title.lower())
        words += [w for kw in keywords.split(";")
                  if re.fullmatch(r"[a-zæøå]+", w := re.sub(r"\[\d+\]$", "", kw).strip().lower())]
        out[number] = list(dict.fromkeys(w for w in words if len(w) >= 4))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", required=True)
    ap.add_argument("--os2kle", type=Path, required=True)
    ap.add_argument("--decisions", type=Path, default=DECISIONS)
    ap.add_argument("--together", type=int, default=2, help="KLE numbers listing both")
    ap.add_argument("--share", type=float, default=0.3,
                    help="of the numbers listing either, the share listing both")
    ap.add_argument("--rare", type=int, default=3, help="a in at most this many items")
    ap.add_argument("--frequent", type=int, default=5, help="b in at least this many items")
    ap.add_argument("--top", type=int, default=0, help="print the top N (0: all)")
    ap.add_argument("--titles", action="store_true",
                    help="the second list: index words and their KLE numbers' titles")
    args = ap.parse_args()
    reader = Referat(args.index)._searcher().reader()
    items = item_counter(reader)
    checked = decisions(args.decisions)
    have = set(stem_groups(TABLE))
    if args.titles:
        def titled(word: str) -> int:
            return reader.doc_frequency("title", stem_term(word)) if stem_term(word) else 0

        found = title_pairs(args.os2kle, items, titled, args.rare, args.frequent, have)
        print("rank\ttitles(b)\ta\titems(a)\tb\titems(b)\tdecision")
        for rank, (nb, a, b) in enumerate(found[:args.top] if args.top else found, 1):
            verdict = checked.get((a, b), ("reject", ""))[0]
            print(f"{rank}\t{nb}\t{a}\t{items(a)}\t{b}\t{items(b)}\t{verdict}")
        accepted = sum(checked.get((a, b), ("",))[0] == "accept" for _, a, b in found)
        print(f"# {len(found)} candidates, all read: {accepted} accepted")
        return
    listed: dict[str, set[str]] = defaultdict(set)
    both: dict[tuple[str, str], int] = defaultdict(int)
    for number, words in kle_words(args.os2kle).items():
        for a in words:
            listed[a].add(number)
            for b in words:
                if a < b:
                    both[(a, b)] += 1
    pairs = []
    for (x, y), n in both.items():
        sx, sy = stem_term(x), stem_term(y)
        if n < args.together or not sx or not sy or sx == sy or sx in y or sy in x:
            continue
        share = n / len(listed[x] | listed[y])
        a, b = (x, y) if items(x) <= items(y) else (y, x)
        if (share >= args.share and items(a) <= args.rare and items(b) >= args.frequent
                and stem_term(a) not in have):
            pairs.append((share, n, a, b))
    pairs.sort(key=lambda p: (-p[0], -p[1], p[2], p[3]))
    shown = pairs[:args.top] if args.top else pairs
    print("rank\tshare\tKLE\ta\titems(a)\tb\titems(b)\tdecision\treason")
    for rank, (share, n, a, b) in enumerate(shown, 1):
        verdict, reason = checked.get((a, b), ("reject", "") if checked else ("?", ""))
        print(f"{rank}\t{share:.2f}\t{n}\t{a}\t{items(a)}\t{b}\t{items(b)}\t{verdict}\t{reason}")
    accepted = sum(checked.get((a, b), ("",))[0] == "accept" for _, _, a, b in pairs)
    print(f"# {len(pairs)} candidates, all read: {accepted} accepted, "
          f"{len(pairs) - accepted} rejected")


if __name__ == "__main__":
    main()
