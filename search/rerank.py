"""A learned re-ranking of the best candidates, within their tiers.

The ranking's signals were weighed by hand for thirteen rounds. Here the best
`DEPTH` items of a loose query (`search.relax.Plan`) are scored again by a linear model
over features the engine already has or reads cheaply (`FEATURES`): the score and the
rank the ranking gave, each field's BM25F score of the query's words, the share of the
words found in the title, in the decision or recommendation and anywhere, the item's
date among the candidates and how many candidates share its
case. The model's weights are data (`data/rerank.tsv`), learned from the judged set by
`benchmarks/understanding/rerank_train.py`.

An item moves only among the items of its own tier (`search.relax`: strict matches
above relaxed ones, the word as typed above its parts and synonyms), and takes the
score of the place it takes, so scores still fall down the list.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from math import log
from pathlib import Path
from typing import Any

from referat.index.schema import TEXT_FIELDS
from referat.search.grouping import case_key
from referat.search.matching import evaluate
from referat.search.query import restrict_to_sections
from referat.search.relax import Plan
from whoosh import query
from whoosh.searching import Searcher

RERANK = True
DEPTH = 20
"""Candidates re-ranked: the best items by today's ranking."""
QUESTIONS_ONLY = True
"""Only the queries read as questions (`relax.Plan.question`) are re-ranked: the one
kind the model gained on in cross-validation (benchmarks/understanding/README.md)."""

DECISION_FIELDS = ("beslutning", "indstilling")
FEATURES = (
    "score", "rank",
    *(f"bm25_{f}" for f in TEXT_FIELDS),
    "cover_title", "cover_decision", "cover_any",
    "recency", "case_size", "title_terms",
)
WEIGHTS_FILE = Path(__file__).resolve().parent / "data" / "rerank.tsv"

Row = list[float]
Ranked = list[tuple[int, float]]


def read_weights(path: Path = WEIGHTS_FILE) -> dict[str, float]:
    """{feature: weight} from a tab-separated file ("#" starts a comment)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, value = line.split("\t")
            out[name] = float(value)
    unknown = out.keys() - set(FEATURES)
    if unknown:
        raise ValueError(f"{path.name}: unknown features {sorted(unknown)}")
    return out


WEIGHTS = read_weights()


def features(searcher: Searcher, words: list[str],
             word_query: Callable[[str], query.Query | None], ranked: Ranked,
             stored: Callable[[int], dict[str, Any]]) -> list[Row]:
    """One row of `FEATURES` per ranked item (the candidates), each scaled to about 0..1
    within the candidates: scores by the best score, counts by the words."""
    docs = [d for d, _ in ranked]
    within = set(docs)
    reader = searcher.reader()
    per_field = {f: {d: 0.0 for d in docs} for f in TEXT_FIELDS}
    covered: dict[str, dict[int, int]] = {k: dict.fromkeys(docs, 0)
                                          for k in ("title", "decision", "any")}
    queries = [q for q in map(word_query, words) if q is not None]
    for q in queries:
        found: dict[str, set[int]] = {}
        for f in TEXT_FIELDS:
            part = restrict_to_sections(q, [f])
            scores = {} if part is query.NullQuery else evaluate(part, searcher, within)
            found[f] = within.intersection(scores)
            for d in found[f]:
                per_field[f][d] += scores[d]
        for key, fields in (("title", ("title",)), ("decision", DECISION_FIELDS),
                            ("any", TEXT_FIELDS)):
            for d in set().union(*(found[f] for f in fields)):
                covered[key][d] += 1
    best = max((s for _, s in ranked), default=0.0) or 1.0
    n = max(len(queries), 1)
    dates = {d: stored(d).get("date") for d in docs}
    stamps = [t.timestamp() for t in dates.values() if t]
    oldest, span = (min(stamps), (max(stamps) - min(stamps)) or 1.0) if stamps else (0.0, 1.0)
    cases: dict[Any, int] = {}
    keys = {d: case_key(stored(d)) or d for d in docs}
    for k in keys.values():
        cases[k] = cases.get(k, 0) + 1
    rows = []
    for rank, (d, score) in enumerate(ranked):
        date = dates[d]
        rows.append([
            score / best, 1.0 / (1 + rank),
            *(per_field[f][d] / best for f in TEXT_FIELDS),
            covered["title"][d] / n, covered["decision"][d] / n, covered["any"][d] / n,
            (date.timestamp() - oldest) / span if date else 0.0,
            log(cases[keys[d]]) / log(1 + len(docs)),
            1.0 / (1 + reader.doc_field_length(d, "title", 0)),
        ])
    return rows


def reorder(ranked: Ranked, tiers: dict[int, int], rows: list[Row],
            weights: dict[str, float] | None = None) -> Ranked:
    """The ranked items re-ordered within each tier by the model's score of their rows
    (ties keep their order); each item takes the score of the place it takes."""
    weights = WEIGHTS if weights is None else weights
    w = [weights.get(name, 0.0) for name in FEATURES]
    model = [sum(a * b for a, b in zip(w, row, strict=True)) for row in rows]
    by_tier: dict[int, list[int]] = {}
    for i, (d, _) in enumerate(ranked):
        by_tier.setdefault(tiers.get(d, 0), []).append(i)
    out = list(ranked)
    for places in by_tier.values():
        order = sorted(places, key=lambda i: (-model[i], i))
        for place, i in zip(places, order, strict=True):
            out[place] = (ranked[i][0], ranked[place][1])
    return out


def rerank(searcher: Searcher, plan: Plan, ranked: Ranked, tiers: dict[int, int],
           stored: Callable[[int], dict[str, Any]]) -> Ranked:
    """The ranked items with their first `DEPTH` re-ordered by the model (`reorder`)."""
    words = [*plan.words, *plan.common]
    if not RERANK or not words or len(ranked) < 2 or (QUESTIONS_ONLY and not plan.question):
        return ranked
    head = ranked[:DEPTH]
    word_query = partial(plan.word_query, schema=searcher.schema, reader=searcher.reader())
    rows = features(searcher, words, word_query, head, stored)
    return reorder(head, tiers, rows) + ranked[DEPTH:]
