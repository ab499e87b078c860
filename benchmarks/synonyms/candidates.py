"""Candidate synonym pairs for index/data/synonyms.tsv: the citizen's word and the minutes'.

    .venv/bin/python benchmarks/synonyms/candidates.py --index DIR [--top N] (0: all)
    # the DanNet 2.2 thesaurus (round 10): its own hand check after decisions.tsv
    .venv/bin/python benchmarks/synonyms/candidates.py --index DIR --top 0 \
        --thesaurus DANNET/th_da_DK.dat --frequent 5 --titles 2 \
        --decisions benchmarks/synonyms/decisions.tsv \
        --decisions benchmarks/synonyms/dannet_decisions.tsv

A pair (a, b) is a candidate when Den Danske Thesaurus (Debian package mythes-da,
/usr/share/mythes/th_da_DK.dat; read only here, never at run time) lists b as a synonym
of a (not as an "underbegreb"/"overbegreb"), both are single words, and in the index of
the corpus b is frequent (its stem in at least --frequent items, the administration's
word, and in at least --titles titles: a topic of the minutes, not a word of every text
such as "ikke" or "tage") while a is rare (its stem in at most --rare items, the
citizen's word). Pairs
whose stems meet, or whose a was in the table before the hand check, are left out. Candidates are
ranked by b's item frequency, highest first.

The hand check of the top ones is decisions.tsv (a, b, accept|reject, one-word reason
for a rejection), following the rules in synonyms.tsv's header: the two mean the same
in minutes, and neither stem meets another word. Each candidate is printed with its
decision, or "?" when not yet checked; the summary counts them. Accepted pairs are
added to synonyms.tsv by hand (as a new group, or to the group of b).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

from referat.index.analysis import stem_term
from referat.index.schema import TEXT_FIELDS
from referat.search import Referat
from referat.search.synonyms import TABLE, stem_groups

HERE = Path(__file__).resolve().parent
THESAURUS = Path("/usr/share/mythes/th_da_DK.dat")
DECISIONS = HERE / "decisions.tsv"


def entries(path: Path) -> Iterator[tuple[str, list[str]]]:
    """A MyThes thesaurus file's entries: (word, the fields after each sense's gloss)."""
    lines = path.read_text(encoding="utf-8").split("\n")[1:]
    i = 0
    while i < len(lines):
        head, _, count = lines[i].rpartition("|")
        if not count.isdigit():
            i += 1
            continue
        n = int(count)
        yield head, [w for line in lines[i + 1:i + 1 + n] for w in line.split("|")[1:]]
        i += 1 + n


def thesaurus(path: Path) -> dict[str, list[str]]:
    """Each single-word lower-case entry -> its synonyms (single words, no sub/superterms)."""
    out: dict[str, list[str]] = {}
    for head, words in entries(path):
        if head.isalpha() and head.islower():
            alike = [w for w in words if w.isalpha() and w.islower() and w != head]
            out.setdefault(head, []).extend(alike)
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


def decisions(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(a, b) -> (accept|reject, reason) from the hand check."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b, verdict, *reason = line.split("\t")
            out[(a, b)] = (verdict, reason[0] if reason else "")
    return out


def item_counter(reader) -> Callable[[str], int]:
    """How many items hold a word (its stem, in the text field that holds it most)."""
    cache: dict[str, int] = {}

    def items(word: str) -> int:
        stem = stem_term(word)
        if stem not in cache:
            cache[stem] = max(reader.doc_frequency(f, stem) for f in TEXT_FIELDS) if stem else 0
        return cache[stem]

    return items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", required=True)
    ap.add_argument("--thesaurus", type=Path, default=THESAURUS)
    ap.add_argument("--decisions", type=Path, action="append",
                    help="a hand check (decisions.tsv by default; repeat for several)")
    ap.add_argument("--rare", type=int, default=3, help="a in at most this many items")
    ap.add_argument("--frequent", type=int, default=50, help="b in at least this many items")
    ap.add_argument("--titles", type=int, default=10,
                    help="b in at least this many titles (a topic of the minutes)")
    ap.add_argument("--top", type=int, default=150, help="print the top N (0: all)")
    args = ap.parse_args()
    reader = Referat(args.index)._searcher().reader()
    items = item_counter(reader)
    checked = {k: v for path in args.decisions or [DECISIONS] for k, v in decisions(path).items()}
    decided = {a for a, _ in checked}
    have = set(stem_groups(TABLE))
    pairs = []
    for a, alike in thesaurus(args.thesaurus).items():
        sa = stem_term(a)
        if not sa or (sa in have and a not in decided) or items(a) > args.rare:
            continue
        for b in alike:
            sb = stem_term(b)
            if (sb and sb != sa and items(b) >= args.frequent
                    and reader.doc_frequency("title", sb) >= args.titles):
                pairs.append((items(b), a, items(a), b))
    pairs.sort(key=lambda p: (-p[0], p[1], p[3]))
    shown = pairs[:args.top] if args.top else pairs
    print("rank\ta\titems(a)\tb\titems(b)\tdecision\treason")
    for rank, (nb, a, na, b) in enumerate(shown, 1):
        verdict, reason = checked.get((a, b), ("?", ""))
        print(f"{rank}\t{a}\t{na}\t{b}\t{nb}\t{verdict}\t{reason}")
    seen = [checked[(a, b)] for _, a, _, b in pairs if (a, b) in checked]
    reasons: dict[str, int] = {}
    for verdict, reason in seen:
        if verdict == "reject":
            reasons[reason] = reasons.get(reason, 0) + 1
    accepted = sum(v == "accept" for v, _ in seen)
    print(f"# {len(pairs)} candidates; {len(seen)} checked: {accepted} accepted, "
          f"{len(seen) - accepted} rejected "
          f"({', '.join(f'{r} {n}' for r, n in sorted(reasons.items(), key=lambda x: -x[1]))})")


if __name__ == "__main__":
    main()
