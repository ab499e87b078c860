"""The readers' rules switched off one at a time: what each is worth on every split and the corpus.

    python -m benchmarks.layouts.ablations                       # every rule, split and the corpus
    python -m benchmarks.layouts.ablations --rule no-footnotes --split test31 --no-corpus
    python -m benchmarks.layouts.evaluate --without no-footnotes # one rule off, evaluate's table

Each rule of the reader rounds that has a switch (a module constant, True in the product, as
search's ablations are made: `benchmarks.relevance.evaluate.judged_ablations`) is named in
`reader_ablations()`. Every document is generated and its PDF extracted once; each rule off
reads it again from the same extraction (a rule of the extraction itself extracts again) and
is scored against the same truth as `evaluate.py` does. The table counts, per rule, the hits
it earns (hits with it on less hits with it off) per measure over all splits, and where it
changes a split's or the corpus's rates.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
from collections import Counter
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

from referat.index import layout as layout_rules
from referat.index import sections
from referat.index.readers import (
    delimited,
    htmlelements,
    icalendar,
    linkeddata,
    mailtext,
    markup,
    page,
    parse_bytes,
    pdf,
    pdfcolumns,
    pdfoutline,
    pdfpieces,
    pdfrows,
    runningmarker,
    textcolumns,
)
from referat.index.readers.generic import (
    candidates,
    chains,
    fallback,
    items,
    labelled,
    lines,
    preamble,
    protocol,
    runin,
    status,
    typeset,
    unnumbered,
)
from referat.index.readers.generic import meeting as meeting_fields
from referat.index.readers.generic import reader as generic_reader

from benchmarks.layouts.evaluate import ALL_SPLITS, CORPUS_MINUTES, FORMATS, SPLITS
from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.score import MEASURES, rates, score


@contextlib.contextmanager
def patched(module: ModuleType, **values: Any) -> Iterator[None]:
    """The module's constants set to `values` inside the block, restored after it."""
    old = {name: getattr(module, name) for name in values}
    for name, value in values.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in old.items():
            setattr(module, name, value)


@contextlib.contextmanager
def patched_sections(**values: Any) -> Iterator[None]:
    """`patched` for `index.sections`, whose lookups are cached: the caches emptied as the
    block starts and ends."""
    cached = (sections.section_type, sections.heading_phrase)
    for lookup in cached:
        lookup.cache_clear()
    try:
        with patched(sections, **values):
            yield
    finally:
        for lookup in cached:
            lookup.cache_clear()


def reader_ablations() -> dict[str, Callable[[], contextlib.AbstractContextManager]]:
    """Each switched rule off, by name (the round that made it in the module's comment)."""
    return {
        # round 27 (issue-18bw)
        "no-footnotes": lambda: patched(pdfrows, FOOTNOTES=False),
        "no-capitals-alike": lambda: patched(unnumbered, CAPITALS_ALIKE=False),
        # round 28 (issue-18by)
        "no-form-labels": lambda: patched(htmlelements, FORM_LABELS=False),
        "no-case-terms": lambda: patched(htmlelements, CASE_TERMS=False),
        "no-calendar-text": lambda: patched(icalendar, CALENDAR_TEXT=False),
        "no-ticked-status": lambda: patched(status, TICKED_STATUS=False),
        # round 29 (issue-18ca)
        "no-capitals-documents": lambda: patched(lines, CAPITALS_DOCUMENTS=False),
        "no-padded-alike": lambda: patched(chains, PADDED_ALIKE=False),
        "no-closed-apart": lambda: patched(unnumbered, CLOSED_APART=False),
        "no-outline-numbers": lambda: patched(pdfoutline, OUTLINE_NUMBERS=False),
        "no-header-cells": lambda: patched(runningmarker, HEADER_CELLS=False),
        # round 30 (issue-18cc)
        "no-mail-text": lambda: patched(mailtext, MAIL_TEXT=False),
        "no-linked-data": lambda: patched(linkeddata, LINKED_DATA=False),
        "no-turned-apart": lambda: patched(pdfpieces, TURNED_APART=False),
        "no-figure-pages": lambda: patched(pdfpieces, FIGURE_PAGES=False),
        "no-kind-from-header": lambda: patched(pdf, KIND_FROM_HEADER=False),
        "no-wrapped-beside-margin": lambda: patched(pdf, WRAPPED_BESIDE_MARGIN=False),
        "no-case-label-metadata": lambda: patched(pdfpieces, CASE_LABEL_METADATA=False),
        "no-text-columns": lambda: patched(textcolumns, TEXT_COLUMNS=False),
        # round 31 (issue-18cf)
        "no-wide-exports": lambda: patched(delimited, WIDE_EXPORTS=False),
        "no-table-captions": lambda: patched(page, TABLE_CAPTIONS=False),
        "no-repeated-titles": lambda: patched(protocol, REPEATED_TITLES=False),
        "no-margin-tabs": lambda: patched(pdfpieces, MARGIN_TABS=False),
        "no-head-columns": lambda: patched(pdfcolumns, HEAD_COLUMNS=False),
        "no-page-marks": lambda: patched(lines, PAGE_MARKS=False),
        "no-dinkus": lambda: patched(typeset, DINKUS=False),
        "no-closed-cells": lambda: patched(items, CLOSED_CELLS=False),
        "no-headed-status": lambda: patched(preamble, HEADED_STATUS=False),
        # round 32 (issue-18ci)
        "no-leader-labels": lambda: patched(labelled, LEADER_LABELS=False),
        "no-dated-heads": lambda: patched(pdfpieces, DATED_HEADS=False),
        "no-turned-headings": lambda: patched(pdfpieces, TURNED_HEADINGS=False),
        "no-word-marker-cells": lambda: patched(pdfrows, WORD_MARKER_CELLS=False),
        "no-label-cells-after": lambda: patched(meeting_fields, LABEL_CELLS_AFTER=False),
        "no-field-rows": lambda: patched(delimited, FIELD_ROWS=False),
        "no-sheet-tables": lambda: patched(markup, SHEET_TABLES=False),
        # round 33a (issue-18cl)
        "no-title-heads": lambda: patched(delimited, TITLE_HEADS=False),
        "no-turned-down": lambda: patched(pdfpieces, TURNED_DOWN=False),
        "no-term-of-office": lambda: patched(meeting_fields, TERM_OF_OFFICE=False),
        "no-rows-end-values": lambda: patched(labelled, ROWS_END_VALUES=False),
        "no-item-row-leads": lambda: patched(markup, ITEM_ROW_LEADS=False),
        # round 33 (issue-18ck)
        "no-metadata-below": lambda: patched(pdfrows, METADATA_BELOW=False),
        "no-turned-metadata": lambda: patched(pdfpieces, TURNED_METADATA=False),
        "no-marked-numbers": lambda: patched(candidates, MARKED_NUMBERS=False),
        "no-announced-after": lambda: patched(meeting_fields, ANNOUNCED_AFTER=False),
        "no-lettered-place": lambda: patched(layout_rules, LETTERED_PLACE=False),
        "no-closed-sentences": lambda: patched(status, CLOSED_SENTENCES=False),
        # round 34a (issue-18co)
        "no-renumber": lambda: patched(fallback, RENUMBER=False),
        "no-labelled-numbers": lambda: patched(fallback, LABELLED_NUMBERS=False),
        "no-unwrap-labels": lambda: patched_sections(UNWRAP_LABELS=False),
        # round 34 (issue-18cn)
        "no-held-after": lambda: patched(meeting_fields, HELD_AFTER=False),
        "no-stated-body-first": lambda: patched(generic_reader, STATED_BODY_FIRST=False),
        "no-entry-body-names": lambda: patched_sections(ENTRY_BODY_NAMES=False),
        "no-bracketed-headings": lambda: patched(typeset, BRACKETED_HEADINGS=False),
        "no-leader-run-in": lambda: patched(runin, LEADER_RUN_IN=False),
        "no-bracketed-keys": lambda: patched_sections(BRACKETED_KEYS=False),
        "no-turned-up": lambda: patched(pdfpieces, TURNED_UP=False),
        "no-mark-runs": lambda: patched(candidates, MARK_RUNS=False),
        "no-wrapped-fields": lambda: patched(meeting_fields, WRAPPED_FIELDS=False),
        "no-side-heads": lambda: patched(pdfpieces, SIDE_HEADS=False),
        "no-history-text": lambda: patched(runin, HISTORY_TEXT=False),
    }


# rules at work while a PDF is extracted: off, the PDF is extracted again
EXTRACTION_RULES = frozenset({"no-turned-apart", "no-figure-pages", "no-case-label-metadata",
                              "no-margin-tabs", "no-turned-headings", "no-dated-heads",
                              "no-turned-down", "no-turned-metadata", "no-turned-up",
                              "no-side-heads"})
# rules of the PDF reader's own modules, and rules of modules it never reaches (text, markup,
# linked data): off, a document the other readers read (or a PDF) reads as with them on
PDF_RULES = frozenset({"no-footnotes", "no-outline-numbers", "no-header-cells",
                       "no-turned-apart", "no-figure-pages", "no-kind-from-header",
                       "no-wrapped-beside-margin", "no-case-label-metadata", "no-margin-tabs",
                       "no-head-columns", "no-turned-headings", "no-dated-heads",
                       "no-word-marker-cells", "no-turned-down", "no-metadata-below",
                       "no-turned-metadata", "no-turned-up", "no-side-heads"})
NOT_PDF_RULES = frozenset({"no-form-labels", "no-case-terms", "no-calendar-text",
                           "no-mail-text", "no-linked-data", "no-text-columns",
                           "no-wide-exports", "no-table-captions", "no-field-rows",
                           "no-sheet-tables", "no-title-heads", "no-item-row-leads"})


class _Extracted:
    """One document's extraction, kept for the readings of it with a rule off (in the shape
    of `cache.ExtractionCache`; each reading gets a copy of its own)."""

    def __init__(self) -> None:
        self.pieces: Any = None

    def get(self, digest: str) -> Any:
        return copy.deepcopy(self.pieces)

    def put(self, digest: str, pieces: Any) -> None:
        self.pieces = copy.deepcopy(pieces)


def _readings(data: bytes, source: str, rules: dict[str, Callable], known: bool = False
              ) -> dict[str, Any]:
    """The document read with every rule on ("main") and with each rule off."""
    extracted = _Extracted()
    main = parse_bytes(data, source, extracted, "main", known_layouts=known)
    out = {"main": main}
    for name, variant in rules.items():
        if main.reader is not None and (name in PDF_RULES) != (main.reader == "pdf") \
                and (name in PDF_RULES or name in NOT_PDF_RULES):
            out[name] = main  # a rule the document's reader never reaches
            continue
        with variant():
            out[name] = parse_bytes(data, source, None if name in EXTRACTION_RULES else extracted,
                                    "main", known_layouts=known)
    return out


def ablate_split(names: list[str], seeds: int, rules: dict[str, Callable]) -> dict[str, Counter]:
    """Per reading ("main" and each rule off), the split's totals."""
    totals: dict[str, Counter] = {}
    for layout_name in names:
        layout = by_name(layout_name)
        for seed in range(1, seeds + 1):
            meeting, files = document(layout, seed)
            for suffix in (s for s in FORMATS if s in files):
                key = f"{layout_name}-{seed}{suffix}"
                for name, result in _readings(files[suffix], key, rules, known=True).items():
                    c = score(meeting, result.meeting)
                    c["documents_total"] += 1
                    c["documents"] += result.ok
                    totals[name] = totals.get(name, Counter()) + c
    return totals


def ablate_corpus(rules: dict[str, Callable]) -> dict[str, Counter]:
    """Per reading, the corpus's totals as `evaluate.evaluate_corpus` counts them (the known
    families' reading, every rule on, is the truth), and non-minutes accepted as `spurious`."""
    totals: dict[str, Counter] = {}
    for rel in [*CORPUS_MINUTES, *sorted(str(p.relative_to(CORPUS))
                                         for p in (CORPUS / "ballerup" / "items").iterdir())]:
        path = CORPUS / rel
        data = path.read_bytes()
        truth = parse_bytes(data, str(path.resolve())).meeting
        for name, result in _readings(data, str(path.resolve()), rules).items():
            totals[name] = totals.get(name, Counter()) + score(truth, result.meeting)
    negatives = [*sorted(CORPUS.glob("*/bilag/*.pdf")), *sorted((CORPUS / "negatives").iterdir())]
    for path in negatives:
        for name, result in _readings(path.read_bytes(), str(path.resolve()), rules).items():
            totals.setdefault(name, Counter())["accepted_negatives"] += result.ok
    return totals


def _earned(main: Counter, off: Counter) -> str:
    """The hits a rule earns per measure (spurious: the spurious items it saves)."""
    cells = []
    for m in (*MEASURES, "documents", "accepted_negatives"):
        d = (off[m] - main[m]) if m in ("spurious", "accepted_negatives") else (main[m] - off[m])
        cells.append(f"{d:+d}" if d else "0")
    return " | ".join(cells)


def _changed(label: str, main: Counter, off: Counter) -> str | None:
    a, b = rates(main), rates(off)
    moved = [f"{m} {a[m]:.3g}→{b[m]:.3g}" if m != "spurious" else f"spurious {a[m]}→{b[m]}"
             for m in MEASURES if a[m] != b[m]]
    if main["documents"] != off["documents"]:
        moved.append(f"documents {main['documents']}→{off['documents']}")
    return f"{label}: {', '.join(moved)}" if moved else None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", action="append", choices=sorted(SPLITS.keys() - {"note"}),
                    help="only these splits (repeatable; default evaluate's `--split all`)")
    ap.add_argument("--seeds", type=int, default=3, help="contents per layout (default 3)")
    ap.add_argument("--rule", action="append", choices=sorted(reader_ablations()),
                    help="only these rules (repeatable; default every one)")
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus")
    args = ap.parse_args(argv)
    every = reader_ablations()
    rules = {name: every[name] for name in args.rule or every}
    per: dict[str, dict[str, Counter]] = {}
    for split in args.split or ALL_SPLITS:
        per[split] = ablate_split(SPLITS[split], args.seeds, rules)
    if not args.no_corpus:
        per["corpus"] = ablate_corpus(rules)
    print("| rule off | " + " | ".join((*MEASURES, "documents", "negatives accepted"))
          + " | where it changes a rate |")
    print("|" + " --- |" * (len(MEASURES) + 4))
    for name in rules:
        main_total = sum((t["main"] for t in per.values()), Counter())
        off_total = sum((t[name] for t in per.values()), Counter())
        where = [c for label, t in per.items() if (c := _changed(label, t["main"], t[name]))]
        print(f"| {name} | {_earned(main_total, off_total)} | {'; '.join(where) or 'nowhere'} |")


if __name__ == "__main__":
    main()
