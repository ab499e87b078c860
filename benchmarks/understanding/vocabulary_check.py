"""issue-17aa's frozen vocabulary check: 30 synonym needs written from corpus titles
(`vocabulary_check.json`), each met when its intended item is in the top 10 / first.

    .venv/bin/python benchmarks/understanding/vocabulary_check.py /tmp/17aa/idx
    .venv/bin/python benchmarks/understanding/vocabulary_check.py /tmp/17aa/idx \
        --ablation no-abbreviations      # a switch of evaluate.judged_ablations() off

A top-10 hit meets a need when it, or an item of its case listed under it (`also`), is
one of the need's keys (`<file>#<item>` under the corpus) or has one of its titles.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from referat.search import Referat

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"


def rank(hits: list, need: dict, root: Path) -> int | None:
    """1-based place of the first hit that meets the need, None if none does."""
    titles = {t.strip().lower() for t in need["titles"]}
    keys = set(need["keys"])
    for place, hit in enumerate(hits, 1):
        shown = [(hit.source, hit.item, hit.title)] + [
            (o.get("source"), o.get("item"), o.get("title", "")) for o in hit.also]
        for source, item, title in shown:
            rel = str(Path(source).resolve().relative_to(root)) if source else ""
            if f"{rel}#{item}" in keys or (title or "").strip().lower() in titles:
                return place
    return None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index", type=Path)
    ap.add_argument("--ablation", help="a name from evaluate.judged_ablations()")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    context = contextlib.nullcontext
    if args.ablation:
        sys.path.insert(0, str(HERE.parent / "relevance"))
        import evaluate

        context = evaluate.judged_ablations()[args.ablation]
    needs = json.loads((HERE / "vocabulary_check.json").read_text(encoding="utf-8"))["needs"]
    ref = Referat(args.index)
    root = args.corpus.resolve()
    top10 = first = zero = 0
    for need in needs:
        with context():
            result = ref.search(need["query"], limit=10)
        place = rank(result.hits, need, root)
        top10 += place is not None
        first += place == 1
        zero += result.total == 0
        print(f"{need['id']}  {place or '-':>2}  {result.total:>5}  {need['query']}")
    n = len(needs)
    print(f"in top 10 {top10}/{n}, first {first}/{n}, zero-hit {zero}/{n}")


if __name__ == "__main__":
    main()
