"""The synonym table on its own queries: each word of a group typed alone.

    .venv/bin/python benchmarks/synonyms/evaluate.py --index DIR [--kle | --dannet]

For every word of every group in index/data/synonyms.tsv (with --kle: kle_synonyms.tsv,
with --dannet: dannet_synonyms.tsv; a
citizen's word, or the administration's), a query of the word alone is run with and
without synonyms. Reported: queries with no hits; and, of the top 10, the share of hits
whose title holds a word of the query's group (any inflection or compound: its stem as
part of a title word's terms) - a proxy of topical relevance that needs no judging.
Needs an index of the corpus (`referat index ../shared/corpus --index DIR`).
"""

from __future__ import annotations

import argparse
import contextlib
from importlib.resources import files

import referat.search.relax as relax
from referat.index.analysis import index_words, stem_term
from referat.search import Referat
from referat.search.synonyms import DANNET_TABLE, KLE_TABLE, TABLE


def groups(table: str = TABLE) -> list[list[str]]:
    text = files("referat.index").joinpath(table).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def on_topic(title: str, stems: set[str]) -> bool:
    return any(stems & set(terms) for terms in index_words(title)[1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--kle", action="store_true", help="the groups of kle_synonyms.tsv")
    which.add_argument("--dannet", action="store_true",
                       help="the groups of dannet_synonyms.tsv")
    args = ap.parse_args()
    table = KLE_TABLE if args.kle else DANNET_TABLE if args.dannet else TABLE
    ref = Referat(args.index)
    rows = {"with": [0, 0, 0], "without": [0, 0, 0]}  # zero-hit, on-topic, shown
    n = 0
    for group in groups(table):
        stems = {s for s in map(stem_term, group) if s}
        for word in group:
            n += 1
            for name, ctx in (("with", contextlib.nullcontext()),
                              ("without", _no_synonyms())):
                with ctx:
                    hits = ref.search(word, limit=10, group=False).hits
                row = rows[name]
                row[0] += not hits
                row[1] += sum(on_topic(h.title, stems) for h in hits)
                row[2] += len(hits)
    print(f"{n} one-word queries from {len(groups(table))} groups")
    for name, (zero, topic, shown) in rows.items():
        print(f"{name:8} synonyms: zero-hit {zero}/{n}; top-10 hits whose title holds a word "
              f"of the group {topic}/{shown} = {topic / max(shown, 1):.3f}")


@contextlib.contextmanager
def _no_synonyms():
    old = relax.synonyms
    relax.synonyms = lambda word: ()
    try:
        yield
    finally:
        relax.synonyms = old


if __name__ == "__main__":
    main()
