"""Abbreviations typed as queries: every abbreviation the index's minutes define (its
`acronyms` field, `index.acronyms`), searched alone, with and without
`search.acronyms.ACRONYMS` (issue 17, round 11, issue-17aa).

    .venv/bin/python benchmarks/understanding/typed_acronyms.py /tmp/17aa/idx2 \
        [--pairs /tmp/pairs.tsv]          # the pairs, for a hand check

Per abbreviation: hits, and the top 10's items that name the matter (the title or text
holds the abbreviation as a word, or the first five letters of each word of one of its
expansions of four letters or more): a proxy of being on topic, not a judgment.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from referat.index.acronyms import SEPARATOR
from referat.index.store import INDEX_NAME
from referat.search import Referat, acronyms
from whoosh import index as whoosh_index


def defined(index_dir: Path) -> dict[str, list[tuple[int, str]]]:
    """Abbreviation -> [(items, expansion)] from the index's `acronyms` lexicon."""
    out: dict[str, list[tuple[int, str]]] = {}
    with whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME).reader() as reader:
        for btext in reader.lexicon(acronyms.FIELD):
            short, sep, long = btext.decode("utf-8").partition(SEPARATOR)
            if sep:  # not a way back (index.acronyms.BACK)
                out.setdefault(short, []).append(
                    (reader.doc_frequency(acronyms.FIELD, btext), long))
    return out


def names(text: str, short: str, expansions: list[str]) -> bool:
    """Whether a text names the matter of an abbreviation (the proxy above)."""
    if re.search(rf"\b{re.escape(short)}\b", text):
        return True
    return any(all(w[:5] in text for w in re.findall(r"\w{4,}", long)) for long in expansions)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index", type=Path)
    ap.add_argument("--pairs", type=Path, help="write the pairs (items, short, long) here")
    args = ap.parse_args(argv)
    table = defined(args.index)
    if args.pairs:
        args.pairs.write_text("".join(f"{n}\t{s}\t{e}\n" for s, found in sorted(table.items())
                                      for n, e in sorted(found, reverse=True)),
                              encoding="utf-8")
    ref = Referat(args.index)
    texts: dict[str, str] = {}

    def text(item_id: str) -> str:
        if item_id not in texts:
            rec = ref.show(item_id)
            texts[item_id] = " ".join([rec.title, *(s.text for s in rec.sections)]).lower()
        return texts[item_id]

    totals = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}  # zero-hit, hits<10, named, shown
    fired = 0
    for short, found in sorted(table.items()):
        expansions = [e for _, e in found]
        for on in (False, True):
            acronyms.ACRONYMS = on
            result = ref.search(short, limit=10, group=False)
            t = totals[on]
            t[0] += result.total == 0
            t[1] += len(result.hits) < 10
            t[2] += sum(names(text(h.id), short, expansions) for h in result.hits)
            t[3] += len(result.hits)
            fired += on and any(r.startswith(f"{short} also as") for r in result.relaxed)
    n = len(table)
    for on in (False, True):
        zero, short_pages, named, shown = totals[on]
        print(f"ACRONYMS={on}: {n} abbreviations, zero-hit {zero}, fewer than 10 hits "
              f"{short_pages}, top-10 items naming the matter {named}/{shown}")
    print(f"the expansions were used for {fired} of {n}")


if __name__ == "__main__":
    main()
