"""Ranking configuration: the one documented place for field and term boosts.

Scoring is Whoosh's BM25F. The same words score higher in the title, the decision
(beslutning) or the recommendation (indstilling) than in the background text, because
each field's query terms carry the boost below. An exact form of the user's word
scores above its relatives (other inflections, compounds) through EXACT_BOOST.
These values were chosen on the relevance set in benchmarks/relevance/.
"""

from __future__ import annotations

from whoosh.scoring import BM25F, WeightingModel

FIELD_BOOSTS: dict[str, float] = {
    "title": 3.0,
    "beslutning": 2.5,
    "indstilling": 2.0,
    "resume": 1.5,
    "sagsfremstilling": 1.0,
    "rest": 0.7,
}

# Relative weight of the exact (unstemmed) form of a query word next to its stem.
EXACT_BOOST = 0.5

# A case number typed as a plain word also looks up the case-number field.
CASE_BOOST = 20.0

# Loose queries (`search.relax`): the strict query is widened when it finds fewer
# items than this; a compound word's parts score this share of a word's score; a
# question or meeting word adds this share of its score to what the other words
# matched; a word asking for a decision ("besluttet") multiplies the decision's boost.
RELAX_BELOW = 10
# ... counting the hits a reader sees: the items of one case are one hit.
CASE_HITS = True
PART_WEIGHT = 0.5
HINT_WEIGHT = 0.3
DECISION_HINT_BOOST = 2.0
# Two typed words that the index holds as one compound ("svømme hal") add this share of
# the compound's score.
JOIN_WEIGHT = 0.6
# A synonym of a query word (search.synonyms) scores this share of its own score.
SYNONYM_WEIGHT = 0.5
# A word derived from a query word (search.derivations: prioritere, prioritering)
# scores this share of its own score.
DERIVED_WEIGHT = 0.5

# A query that names an outcome ("afviste dispensation") multiplies the score of the
# items with that outcome; an item's per-point outcomes are read for the best items.
OUTCOME_BOOST = 2.0
OUTCOME_DEPTH = 100

# A number typed after the word it numbers ("lokalplan 15.18", "kommuneplantillæg nr. 2")
# multiplies the score of the items whose title names that word and number together
# (read for the best NUMBER_DEPTH items): the plan's own items rank above those that
# mention "nr. 8 ... 2" or the plan in passing.
NUMBER_BOOST = 2.0
NUMBER_DEPTH = 100

# With a section filter (`--section beslutning`), the words' score over the whole item
# is added at this weight to their score in the chosen sections: what the item is about
# ranks it, the sections decide whether it matches.
SECTION_CONTENT = 1.0

# A decision that approves the recommendation ("Godkendt", "Anbefales", "Byrådet
# godkendte Økonomiudvalgets indstilling") decides what the recommendation says: with
# `--section beslutning`, such an item's recommendation counts as its decision. Such a
# decision names the recommendation ("indstilling") or is short: at most this many index
# terms (a word makes about two, its stem and its exact form; attendance lines count).
APPROVED_RECOMMENDATION = True
BARE_DECISION_TERMS = 24
APPROVED_WEIGHT = 0.5  # their score: below the items whose decision holds the words
# ... and the words may be in the item's title too: the recommendation approved is the
# one of the item the title names ("Klimahandlingsplanen, … Roadmap 2027-2030": the
# recommendation says "roadmap", the title "klimahandlingsplan").
APPROVED_TITLE = True
APPROVING_OUTCOMES = ("godkendt", "anbefalet")

# A year, month or committee written in a loose query ("affald i 2024", "byrådet",
# `search.soft_filters`) multiplies the score of the items of that date or committee.
SOFT_FILTERS = True
DATE_BOOST = 1.5
COMMITTEE_BOOST = 1.5

BM25_B = 0.75
BM25_K1 = 1.2


def weighting() -> WeightingModel:
    """The scoring model searches use."""
    return BM25F(B=BM25_B, K1=BM25_K1)
