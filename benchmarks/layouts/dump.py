"""Write what the readers make of every generated layout and every corpus file, as JSON.

    python -m benchmarks.layouts.dump /tmp/before      # then, after a change:
    python -m benchmarks.layouts.dump /tmp/after && diff -r /tmp/before /tmp/after

A regression check for changes that must not change what is read (a refactoring): one
file per split of `evaluate.py` (every layout, seed and format, read by `parse_bytes`)
and `corpus.jsonl` (every corpus file of a supported suffix, read with the known
families' rules and without), a line per document with the whole ParseResult: items,
titles, sections, meeting fields, confidence and checks. 'stress-check' is left out (it
is run once, at the end of a round), and so are the splits wholly inside an earlier one.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from referat.index.readers import SUPPORTED_SUFFIXES, parse_bytes, parse_file

from benchmarks.layouts.evaluate import FORMATS, SPLITS
from benchmarks.layouts.generate import CORPUS, by_name, document


def _split_names() -> list[str]:
    """Every split but 'note' and 'stress-check', less those wholly in an earlier one."""
    seen: set[str] = set()
    names = []
    for name, layouts in SPLITS.items():
        if name not in ("note", "stress-check") and not seen.issuperset(layouts):
            names.append(name)
            seen.update(layouts)
    return names


SPLIT_NAMES = _split_names()


def _line(key: str, result: object) -> str:
    return json.dumps({"document": key, "result": dataclasses.asdict(result)},
                      ensure_ascii=False, sort_keys=True, default=str) + "\n"


def dump_split(name: str, seeds: int) -> str:
    """A line per layout, seed and format of one split."""
    out = []
    for layout_name in SPLITS[name]:
        layout = by_name(layout_name)
        for seed in range(1, seeds + 1):
            _, files = document(layout, seed)
            for suffix in (s for s in FORMATS if s in files):
                key = f"{layout_name}-{seed}{suffix}"
                out.append(_line(key, parse_bytes(files[suffix], key)))
    return "".join(out)


def dump_corpus() -> str:
    """A line per corpus file and reading (known families' rules on, then off)."""
    out = []
    for path in sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES):
        rel = str(path.relative_to(CORPUS))
        for known in (True, False):
            result = parse_file(path, known_layouts=known)
            result.source = rel
            out.append(_line(f"{rel} known={known}", result))
    return "".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", type=Path)
    ap.add_argument("--seeds", type=int, default=3, help="contents per layout (default 3)")
    ap.add_argument("--split", action="append", choices=SPLIT_NAMES,
                    help="only these splits (repeatable; default every one and the corpus)")
    args = ap.parse_args(argv)
    args.directory.mkdir(parents=True, exist_ok=True)
    for name in args.split or SPLIT_NAMES:
        (args.directory / f"{name}.jsonl").write_text(dump_split(name, args.seeds),
                                                      encoding="utf-8")
    if not args.split:
        (args.directory / "corpus.jsonl").write_text(dump_corpus(), encoding="utf-8")


if __name__ == "__main__":
    main()
