"""Title matches of the rare words first (issue 17, round 7).

An item whose title names the query's rare words is about them; one that repeats a
common word in every section ("budget", "ældre", "klasse") only mentions them. Whoosh's
BM25F adds a word's score over six fields, so a common word that fills the sections can
outweigh a rare word in the title (`ensomme ældre`: items about the elderly that mention
loneliness outrank "… mistrivsel og ensomhed"; `specialundervisning budget forslag`:
budget items outrank "… særskilt budgettering af specialundervisning").

`favour_titles` multiplies the score of each of the best `TITLE_DEPTH` items by
1 + `TITLE_BOOST` × the share of the query's word weight (log(items / (items with the word
+ 1)), as `search.weighted_mode` weighs words) that its title holds (any inflection, or as a
compound part the index splits off), a word's synonyms counting as `SYNONYM_TITLES` of it.
Tiers are kept: it reorders within them.
"""

from __future__ import annotations

from collections.abc import Callable
from math import log

from referat.index.analysis import stem_term
from referat.search.relax import Plan, ranked, word_share
from referat.search.weighted_mode import MIN_WEIGHT
from whoosh import query

Scores = dict[int, float]

TITLE_COVER = True
"""Rank items whose titles hold the query's rare words higher (`favour_titles`)."""
TITLE_BOOST = 1.0
DERIVED_TITLES = True
"""A word's derived forms in a title count as the word (round 11)."""
SYNONYM_TITLES = 0.5
"""A word's synonyms (`Plan.synonyms`) in a title count as this share of the word: the
title names the topic in the administration's word ("penge": Midler til …; round 19)."""
TITLE_DEPTH = 200
MIN_WORDS = 2
"""A query of fewer words is left alone: its one word's title matches already weigh
through the title's field boost."""
SIBLING_TITLES = True
"""A title word that begins with a compound word's first part counts as the word's
synonym does (`search.relax.Plan.siblings`; round 23, kept in round 24)."""


def title_stems(word: str, p: Plan, reader, derived: tuple[str, ...] = ()) -> set[str]:
    """The stems a word's title match may have: its own, its other forms' (`Plan.forms`)
    and its `derived` forms' ("prioritere": Prioritering af …)."""
    forms = (word, *(f for found in p.forms(word, reader) for f in found), *derived)
    return {s for s in map(stem_term, forms) if s}


def favour_titles(p: Plan, scores: Scores, tiers: dict[int, int], reader,
                  docs: Callable[[query.Query, set[int]], set[int]]) -> None:
    """Multiply the best items' scores by their titles' share of the query's word weight
    (see the module's docstring); `docs(q, within)` gives the items of `within` that `q`
    matches."""
    words = list(dict.fromkeys([*p.words, *p.common]))
    if not TITLE_COVER or len(words) < MIN_WORDS or not scores:
        return
    best = [d for d, _ in ranked(scores, tiers, TITLE_DEPTH)]
    within = set(best)
    items = max(reader.doc_count(), 1)
    weights, titled, aliked = [], [], []
    for word in words:
        derived = p.derived(word, reader) if DERIVED_TITLES else ()
        stems = sorted(title_stems(word, p, reader, derived))
        if not stems:
            continue
        weights.append(max(log(items / (word_share(word, reader) * items + 1)), MIN_WEIGHT))
        titled.append(docs(query.Or([query.Term("title", s) for s in stems]), within))
        alike = {stem_term(a) for a in p.synonyms(word, reader) if " " not in a} \
            - {""} - set(stems) if SYNONYM_TITLES else set()
        named = docs(query.Or([query.Term("title", s) for s in sorted(alike)]), within) \
            if alike else set()
        kin = p.siblings(word, reader) if SIBLING_TITLES else None
        aliked.append(named | docs(kin, within) if kin is not None else named)
    total = sum(weights)
    if len(weights) < MIN_WORDS or not total:
        return
    for d in best:
        cover = sum(w if d in found else w * SYNONYM_TITLES if d in named else 0.0
                    for w, found, named in zip(weights, titled, aliked, strict=True))
        scores[d] *= 1 + TITLE_BOOST * cover / total
