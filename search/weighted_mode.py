"""The weighted mode of loose queries: which are weighed (`weighted`) and how
(`weighed`).

A question of two or more words and a loose query of three or more are weighed instead
of tiered (`search.relax`): none of their words is required, and an item's score is its
words' scores times the share of the query's word weight (rare words weigh most) that
it matches, so the rare words decide and an item that lacks one word is not lost. The
words are matched as `search.relax` matches them; the sums are arrays
(`search.weighing`, imported with numpy for a weighed query only).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from math import log

from referat.search.identifiers import plan_numbers
from referat.search.ranking import RELAX_BELOW
from referat.search.relax import (
    COMMON_SHARE,
    HINT_WORDS,
    YEAR,
    Evaluate,
    Plan,
    Relaxed,
    Scores,
    derived_scores,
    folded_word,
    joined_scores,
    match_word,
    word_share,
)
from referat.search.spelling import Correction

WEIGHTED = True
"""A loose query of `WEIGHTED_WORDS` or more words, or a question of two or more, is
scored as a disjunction (this module's `weighed`): every item with any of its rarer
words, scored by the sum of its words' scores times the share of the query's word
weight (IDF) that it matches (a word's share graded by how well it matches,
`GRADED_COVER`), to the power `COORD_POWER`. Rare words decide; an item
naming most of them outranks one that repeats a common word, and an item that misses
one word the minutes do not use is not lost."""

WEIGHTED_WORDS = 3
COORD_POWER = 1.5
"""The power of an item's coverage in its score (2 until round 22: with `GRADED_COVER`,
1.5 gains on the judged splits held out; `coord-power-2` in the judged ablations)."""
PART_COVER = 0.5
"""A word matched through its parts or synonyms covers this share of its weight."""
COMMON_DEPTH = 1000
"""The common words of a weighted query are scored within this many of its best items."""
MIN_WEIGHT = 0.1
"""The least weight of a word (one in nearly every item still counts a little)."""
GRADED_COVER = 1.0
"""A word covers its whole weight only in the items where it scores at least this times
its median score over its items, in proportion below: a passing mention in a long
background text earns an item little of the coverage (0: any match covers it all)."""

SIBLING_TITLES = 1.0
"""A weighed compound's siblings: an item whose title holds a compound with the same
first part ("naturprojekter": Naturpuljen …; "kystsikringen": Kystbeskyttelse …) and
not the word itself scores this share of its title match, at `PART_COVER` (0: off;
round 23, kept in round 24 on test23's synonym queries; `no-sibling-titles`;
`search.relax.Plan.siblings`)."""

_ORDINAL = re.compile(r"\d{1,2}\.")
"""An ordinal ("0. klasse", "2. behandling"): a word, not an identifier."""
ORDINALS = True
"""A question or loose query with an ordinal is weighed (`weighted`) like one without."""


def _names_a_number(word: str) -> bool:
    """Whether a typed word is a number that identifies something (not a year or an
    ordinal)."""
    if YEAR.fullmatch(word) or (ORDINALS and _ORDINAL.fullmatch(word)):
        return False
    return any(c.isdigit() for c in word)


HOUSE_NUMBERS = True
"""A query whose only numbers are house numbers (`house_numbers`: "klinteparksvej 5",
"østre strandvej 3") is weighed like one without: the street's name is a rare word and
decides, where "at least k of n words" let an item with more of the common words
outrank the address's own (round 19c)."""

_HOUSE_NUMBER = re.compile(r"\d{1,3}[a-z]?")


def house_numbers(text: str) -> set[str]:
    """The numbers typed right after the word they number that are house numbers: up to
    three digits, perhaps a letter ("5", "14a"); a plan's number ("lokalplan 15.18",
    "tillæg nr. 3", `plan_numbers`) and a case number are identifiers."""
    tokens = [folded_word(t) for t in text.split()]
    return {t for i, t in enumerate(tokens) if i and _HOUSE_NUMBER.fullmatch(t)
            and len(tokens[i - 1]) >= 4 and tokens[i - 1].isalpha()
            and tokens[i - 1] not in HINT_WORDS} - plan_numbers(text)


def weighted(p: Plan) -> bool:
    """Whether a loose query is scored in the weighted mode (no number other than a
    year, an ordinal or a house number: an identifier needs its number)."""
    words = [*p.words, *p.common]
    houses = house_numbers(p.text) if HOUSE_NUMBERS else set()
    if not WEIGHTED or any(_names_a_number(w) and folded_word(w) not in houses
                           for w in words):
        return False
    return len(words) >= (2 if p.question else WEIGHTED_WORDS)


DERIVED_WEIGHED = True
"""A weighed query's words match their derived forms even when the strict query found
enough (`weighed`): a question asks with a verb ("prioritere"), the minutes title
with its noun ("Prioritering af …") (round 11)."""


def weighed(p: Plan, schema, reader, evaluate: Evaluate,
            correct: Callable[[str], Correction | None],
            meant: Callable[[str, int], str | None] | None,
            hits: Callable[[list[int]], int], widen: bool | None) -> Relaxed:
    """The weighted mode (`WEIGHTED`, for a plan that is `weighted`): the items with any
    of the query's rarer words (a word in at most `COMMON_SHARE` of the items, and always
    the rarest), scored by the sum of every word's score times the share of the words'
    weight, log(items / (items with the word + 1)), they match. The common words are
    scored within the best `COMMON_DEPTH` of those items; `widen`: the words also match
    through their parts, synonyms and corrections (None: when the items with every word
    as typed make fewer than RELAX_BELOW `hits`). `correct` and `meant` as for
    `search.relax.relax`."""
    out = Relaxed({}, {}, [], weighted=True)
    words = [*p.words, *p.common]
    shares = {w: word_share(w, reader) for w in words}
    rarest = min(words, key=shares.__getitem__)
    common = [w for w in words if w != rarest and shares[w] > COMMON_SHARE]
    items = max(reader.doc_count(), 1)

    def weight(found: float) -> float:
        return max(log(items / (found + 1)), MIN_WEIGHT)

    rare = [w for w in words if w not in common]
    typed: dict[str, Scores] = {}
    if widen is None:  # decide: do the items with every word as typed make enough hits?
        for word in rare:
            q = p.word_query(word, schema, reader)
            if q is not None:
                typed[word] = evaluate(q)
        required = [w for w in typed if w in p.words]  # a question's common words are not
        strict = set.intersection(*(set(typed[w]) for w in required)) if required else set()
        for word in [w for w in common if w in p.words]:
            q = p.word_query(word, schema, reader)
            if q is not None and strict:
                strict &= set(evaluate(q, strict))
        widen = hits(sorted(strict)) < RELAX_BELOW
    matched: list[tuple[float, Scores, Scores]] = []  # (weight, as typed, parts or alike)
    joined = joined_scores(p, schema, reader, evaluate, out) if widen else {}
    index = {w: k for k, w in reversed(list(enumerate(p.words)))}
    for word in rare:
        if widen:
            m = match_word(word, p, schema, reader, evaluate, correct, meant, out,
                           typed.get(word), joined.get(index.get(word, -1)))
        else:
            q = p.word_query(word, schema, reader)
            whole = {} if q is None else typed[word] if word in typed else evaluate(q)
            m = None if q is None else (whole, derived_scores(
                word, p, schema, reader, evaluate, whole, out) if DERIVED_WEIGHED else {})
            if q is not None:
                out.queries.append(q)
        sq = p.siblings(word, reader) if SIBLING_TITLES and m is not None else None
        if sq is not None:
            kin = {d: s * SIBLING_TITLES for d, s in evaluate(sq).items()
                   if d not in m[0] and d not in m[1]}
            m = (m[0], {**m[1], **kin})
        if m is not None:
            matched.append((weight(max(len(m[0].keys() | m[1].keys()),
                                       shares[word] * items)), *m))
    weights = [w for w, _, _ in matched] + [weight(shares[w] * items) for w in common]
    total = sum(weights)
    from referat.search.dense import best  # numpy: when weighed
    from referat.search.weighing import Weighing, as_scores

    sums = Weighing(reader.doc_count_all(), GRADED_COVER)
    for w, whole, alike in matched:
        sums.add(w, whole)
        sums.add(w * PART_COVER, alike)
    if not sums.any():
        return out
    docs, scores = sums.coordinated(lambda c: c ** COORD_POWER)
    within = set(docs[best(docs, scores, COMMON_DEPTH)].tolist())
    for word, w in zip(common, weights[len(matched):], strict=True):
        q = p.word_query(word, schema, reader)
        if q is not None:
            out.queries.append(q)
            sums.add(w, {d: s for d, s in evaluate(q, within).items() if d in within})
    out.scores = as_scores(*sums.coordinated(lambda c: (c / total) ** COORD_POWER))
    if sums.least_cover() < total - 1e-9:
        out.relaxed.append("any of the words, the rarer ones weighing most")
    return out
