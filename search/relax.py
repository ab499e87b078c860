"""Loose queries: the words people type, read for what they mean.

A loose query is plain words (no quotes, operators, fields or wildcards), the way
most queries are typed. Its words are read one by one (`plan`):

- question words and generic meeting words ("hvornår", "besluttet", "byrådet") are
  ranking hints, not requirements (`HINT_WORDS`); a word that asks for a decision
  ("besluttet") raises the weight of the decision section (`DECISION_HINTS`);
- every other word is required, as in the strict query;
- neighbouring words that the index holds joined as one compound ("svømme hal") score
  that compound too (`joined_query`).

When the strict query's items make fewer than `RELAX_BELOW` hits (one per case),
`relax` widens it step by step, and says what it did:

1. a compound word also matches its parts in one section ("cykelsti" finds "sti for
   cykler" and "cykel- og gangsti"), and a word its synonyms ("skrald" finds "affald",
   `search.synonyms`), below the word as typed;
2. a word the index does not hold is replaced by the closest word it does hold
   (`search.spelling`), when that has hits;
3. a query of three or more words needs only most of them (`min_should_match`), and
   when the items with that many make fewer than `RELAX_BELOW` hits, any one of them
   (`FILL_PAGE`: they rank below, so a two-word query whose words rarely meet still
   fills a page).

Items are ranked in tiers: every word matched as typed first, then with some word
matched through its parts, then with fewer words; by score within a tier.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from math import ceil

from referat.index.analysis import WORD_PATTERN, fold, normalize, query_parts, stem_term
from referat.index.schema import TEXT_FIELDS
from referat.search.inflections import other_forms
from referat.search.matching import top
from referat.search.query import (
    drop_question_marks,
    make_parser,
    parse_query,
    restrict_to_sections,
    unquote_identifiers,
)
from referat.search.ranking import (
    DECISION_HINT_BOOST,
    FIELD_BOOSTS,
    HINT_WEIGHT,
    PART_WEIGHT,
    RELAX_BELOW,
    SYNONYM_WEIGHT,
)
from referat.search.synonyms import compound_synonyms, synonyms
from whoosh import query

Scores = dict[int, float]
Evaluate = Callable[[query.Query], Scores]
"""Scores a query within the search's filters (documents outside them dropped)."""

HINT_WORDS = frozenset(fold(w) for w in """
    hvornår hvorledes hvilken hvilke hvilket hvordan hvorfor hvad hvem hvor
    besluttet besluttede beslutte beslutter beslutning beslutningen beslutninger
    vedtaget vedtog vedtage vedtagelse afgjort afgørelse afgørelsen
    byråd byrådet byrådets kommunalbestyrelse kommunalbestyrelsen politikerne politikere
    udvalg udvalget udvalgets kommune kommunen kommunens
    møde mødet møder referat referatet referater dagsorden dagsordenen
    sket status ny nye nyt nyeste seneste
    sag sagen sagsnr sagsnummer journalnummer nr
    koster kost få får fået kommer komme kom sker ske skete siger sagde sagt
    mener mene ment mente synes syntes tænker
    bruges bruge brugt ligge ligger gør gøre gøres gjort går gå mon egentlig
    meddele meddeles meddelt meddelte
    """.split())
"""Question words, the verbs questions are built with, and generic meeting words:
ranking hints, not requirements. "Meddelt" is how any decision is issued (tilladelse,
påbud, dispensation and afslag are all "meddelt"): it names no topic and no outcome."""

QUESTION_WORDS = frozenset(fold(w) for w in """
    hvad hvem hvor hvornår hvordan hvorfor hvilke hvilken hvilket hvorledes
    """.split())
"""Words that open a question: its common words become hints too (`demote_common`)."""

COMMON_SHARE = 0.1
"""A question's word found in more than this share of the items is a hint."""

DECISION_HINTS = frozenset(fold(w) for w in """
    besluttet besluttede beslutte beslutter beslutning beslutningen beslutninger
    vedtaget vedtog vedtage vedtagelse afgjort afgørelse afgørelsen
    """.split())
"""Hints that ask for a decision: the decision section weighs more."""

OUTCOME_PHRASES: dict[str, tuple[str, ...]] = {
    phrase: tuple(outcomes.split())
    for line in """
    ikke godkendt|ikke godkendte|godkendes ikke|ikke vedtaget|ikke tiltrådt = afvist
    afvist|afviste|afvises|afviser|afslag|afslået|afslog|forkastet|forkastede = afvist
    udsat|udsættes|udskudt|udskudte = udsat
    godkendt|godkendte|godkendes|tiltrådt|tiltrådte|bevilget = godkendt godkendt_med_aendringer
    taget til efterretning|tages til efterretning|til efterretning = taget_til_efterretning
    anbefalet|anbefalede|anbefales = anbefalet
    sendes tilbage|sendt tilbage|tilbagesendt|oversendt = oversendt
    drøftet|drøftede|drøftes = droeftet
    """.strip().splitlines()
    for phrases, outcomes in [line.split(" = ")]
    for phrase in phrases.strip().split("|")
}
"""Words that name a decision's outcome (index.outcomes.OUTCOMES): a query's outcome
words rank the items with that outcome first, and do not need to occur in the item."""

DECISION_WORDS: dict[str, tuple[str, ...]] = {
    "afvist": ("afslag", "afvist", "afvises", "forkastet"),
}
"""Words in an item's decision that give it an outcome its classified outcome misses
("meddeles afslag" in a decision that approves the recommendation)."""

_STRUCTURE = re.compile(r'["():*?\[\]{}^~]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b')


@dataclass
class Plan:
    """How a loose query is read: its required words and its hints."""

    text: str
    words: list[str]
    hints: list[str]
    boosts: dict[str, float]
    sections: list[str] = field(default_factory=list)
    question: bool = False
    outcomes: tuple[str, ...] = ()
    outcome_words: list[str] = field(default_factory=list)

    _parsed: dict[str, query.Query | None] = field(default_factory=dict, repr=False)
    _parser: object = field(default=None, repr=False)

    def word_query(self, word: str, schema, reader) -> query.Query | None:
        """One word's query, as the strict parser reads it (parsed once a search)."""
        if word not in self._parsed:
            if self._parser is None:
                self._parser = make_parser(schema, reader, self.boosts)
            q = parse_query(word, schema, reader, self.boosts, self._parser)
            forms = [parse_query(w, schema, reader, self.boosts, self._parser)
                     for w in other_forms(word)] if q is not None else []
            if forms:  # an omlyd plural's other forms (barn: børn) are the same word
                q = query.Or([q, *forms])
            self._parsed[word] = self.restrict(q) if q is not None else None
        return self._parsed[word]

    def synonyms_query(self, word: str, schema, reader) -> query.Query | None:
        """A word's synonyms (`search.synonyms`), any of them."""
        alike = self.synonyms(word, reader)
        found = [q for q in (self.word_query(w, schema, reader) for w in alike)
                 if q is not None]
        return query.Or(found) if found else None

    def synonyms(self, word: str, reader) -> list[str]:
        """A word's synonyms, and a compound's with a part replaced by its synonyms
        where the index holds that compound."""
        found = list(synonyms(word))
        for alike in compound_synonyms(word):
            stem = stem_term(alike)
            if stem and any(reader.doc_frequency(f, stem) for f in ("title", "sagsfremstilling")):
                found.append(alike)
        return found

    def restrict(self, q: query.Query) -> query.Query | None:
        if not self.sections:
            return q
        q = restrict_to_sections(q, self.sections)
        return None if q is query.NullQuery else q


def folded_word(token: str) -> str:
    """A typed token as the word tables hold it: trailing punctuation off, folded."""
    return fold(normalize(token.strip(".,;!?")))


def plan(text: str, sections: list[str] | None = None) -> Plan | None:
    """The plan of a loose query; None for a query with structure (quotes, operators,
    fields, wildcards), which is run as written. A question mark that ends a word is
    punctuation (`drop_question_marks`) and makes the query a question."""
    typed = unquote_identifiers(text)
    text = drop_question_marks(typed)
    if not text.strip() or _STRUCTURE.search(text) or re.search(r"\w:", text):
        return None
    tokens = text.split()
    outcomes, said = outcome_phrases([folded_word(t) for t in tokens])
    outcome_words = [tokens[i] for i in sorted(said)]
    chunks = [c for i, c in enumerate(tokens) if i not in said
              and any(map(stem_term, re.findall(WORD_PATTERN, c)))]  # not only stop words
    if not chunks and not outcome_words:
        return None
    folded = [folded_word(c) for c in chunks]
    hints = [c for c, f in zip(chunks, folded, strict=True) if f in HINT_WORDS]
    words = [c for c, f in zip(chunks, folded, strict=True) if f not in HINT_WORDS]
    said_words = [w for w in outcome_words if any(map(stem_term, re.findall(WORD_PATTERN, w)))]
    if not words and said_words:  # only an outcome ("sagen blev udsat"): its words
        words = said_words
    elif not words:  # only hints: they are what was asked for
        words, hints = chunks, []
    else:  # the outcome's words score where they occur, as hints
        hints += said_words
    boosts = dict(FIELD_BOOSTS)
    if any(folded_word(h) in DECISION_HINTS for h in hints):
        boosts["beslutning"] *= DECISION_HINT_BOOST
    question = typed.rstrip().endswith("?") or fold(normalize(text.split()[0])) in QUESTION_WORDS
    return Plan(text, words, hints, boosts, list(sections or []), question,
                tuple(dict.fromkeys(outcomes)), outcome_words)


_OUTCOME_KEYS = {tuple(fold(w) for w in phrase.split()): outcomes
                 for phrase, outcomes in OUTCOME_PHRASES.items()}
_LONGEST = max(map(len, _OUTCOME_KEYS))


def _exposed(folded: list[str], i: int) -> bool:
    """"udsat for", "socialt udsat": exposed or vulnerable, not postponed."""
    return folded[i] == "udsat" and (folded[i + 1:i + 2] == ["for"]
                                     or folded[i - 1:i] == ["socialt"])


def outcome_phrases(folded: list[str]) -> tuple[list[str], set[int]]:
    """The outcomes a query's folded words name, and the positions of those words
    (longest phrase first; "udsatte børn" and "udsat for" are vulnerable or exposed,
    not postponed)."""
    outcomes: list[str] = []
    said: set[int] = set()
    i = 0
    while i < len(folded):
        for n in range(min(_LONGEST, len(folded) - i), 0, -1):
            key = tuple(folded[i:i + n])
            if key in _OUTCOME_KEYS and not (n == 1 and _exposed(folded, i)):
                outcomes += _OUTCOME_KEYS[key]
                said.update(range(i, i + n))
                i += n - 1
                break
        i += 1
    return outcomes, said


def demote_common(p: Plan, reader) -> None:
    """A question's common words ("pengene", "ældre") become hints: a question names
    its subject in its rarest words, and asks in the others. The rarest word stays."""
    if not p.question or len(p.words) < 2:
        return
    items = max(reader.doc_count(), 1)

    def share(word: str) -> float:
        stems = [s for s in map(stem_term, re.findall(WORD_PATTERN, word)) if s]
        return max((reader.doc_frequency(f, s) for s in stems
                    for f in ("title", "sagsfremstilling")), default=0) / items

    shares = {w: share(w) for w in p.words}
    rarest = min(p.words, key=shares.__getitem__)
    common = [w for w in p.words if w != rarest and shares[w] > COMMON_SHARE]
    p.words = [w for w in p.words if w not in common]
    p.hints += common


def strict_query(p: Plan, schema, reader) -> query.Query | None:
    """Every required word, as the strict parser reads them (stop words dropped)."""
    parts = [q for q in (p.word_query(w, schema, reader) for w in p.words) if q is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else query.And(parts)


def _any_in_decision(p: Plan, words: list[str], schema, reader) -> query.Query | None:
    """Any of `words`, in the decision section."""
    parts = [q for q in (p.word_query(w, schema, reader) for w in words) if q is not None]
    if not parts:
        return None
    q = restrict_to_sections(query.Or(parts), ["beslutning"])
    return None if q is query.NullQuery else q


def outcome_query(p: Plan, schema, reader) -> query.Query | None:
    """The outcome words as typed, in the decision (what snippets mark)."""
    words = [w for w in p.outcome_words if any(map(stem_term, re.findall(WORD_PATTERN, w)))]
    return _any_in_decision(p, words, schema, reader)


def decision_query(p: Plan, schema, reader) -> query.Query | None:
    """The words that give a decision the query's outcome (`DECISION_WORDS`), in the
    decision section, any of them."""
    words = [w for o in p.outcomes for w in DECISION_WORDS.get(o, ())]
    return _any_in_decision(p, words, schema, reader)


def hint_query(p: Plan, schema, reader) -> query.Query | None:
    """The hints, any of them (added to the scores of what the words match)."""
    parts = [q for q in (p.word_query(h, schema, reader) for h in p.hints) if q is not None]
    return query.Or(parts) if parts else None


CORRECT_PARTS = True
"""A word with no hits is corrected even when its parts match ("ligestilingsredegørelse"
is split into lige + sti + ling + redegørelse): the correction ranks first."""

JOINS = ("", "s", "e")
"""Linking letters tried when two typed words may be one compound ("dag institution")."""


def joined_query(p: Plan, schema, reader) -> query.Query | None:
    """Neighbouring words written apart as the compound the index holds ("svømme hal"
    -> svømmehal), any of them: they add to what the words match, so that items with
    the compound rank above those with the words apart."""
    found = []
    for first, second in zip(p.words, p.words[1:], strict=False):
        if not (first.isalpha() and second.isalpha()):
            continue
        for link in JOINS:
            word = first + link + second
            stem = stem_term(word)
            if stem and any(reader.doc_frequency(f, stem) for f in ("title", "sagsfremstilling")):
                q = p.word_query(word, schema, reader)
                if q is not None:
                    found.append(q)
                break
    return query.Or(found) if found else None


INDEX_PARTS = True
"""A word that matches nothing and that the word list cannot split ("bækrestaurering",
"vejtræsfældning": a short first part, a part the list lacks) is split in two where the
index holds both halves as words (`index_parts`), and matched through them."""

MIN_INDEX_PART = 3
"""Shortest half of such a split ("bæk", "træ", "sø" is too short to trust)."""


def _part_frequency(reader, part: str) -> int:
    """In how many items (title or case text) a compound's half occurs, any inflection."""
    stem = stem_term(part)
    return max((reader.doc_frequency(f, stem) for f in ("title", "sagsfremstilling")),
               default=0) if stem else 0


def index_parts(word: str, reader) -> tuple[str, ...]:
    """The two halves of a word the index lacks where both are index words (with an
    optional linking s or e between them), the split whose rarer half is commonest; ()
    when there is none."""
    norm = normalize(word)
    if not norm.isalpha() or len(norm) < 2 * MIN_INDEX_PART + 2:
        return ()
    best: tuple[int, tuple[str, ...]] | None = None
    for i in range(MIN_INDEX_PART, len(norm) - MIN_INDEX_PART + 1):
        first = norm[:i]
        for link in JOINS:
            rest = norm[i + len(link):]
            if not norm.startswith(link, i) or len(rest) < MIN_INDEX_PART:
                continue
            df = min(_part_frequency(reader, first), _part_frequency(reader, rest))
            if df and (best is None or df > best[0]):
                best = (df, (first, rest))
    return best[1] if best else ()


def parts_query(word: str, p: Plan, split: tuple[str, ...] | None = None) -> query.Query | None:
    """A compound word's parts, all in one section (any inflection of each part);
    `split`: its parts when not the word list's (`index_parts`)."""
    parts = [s for s in map(stem_term, split or query_parts(word)) if s]
    if len(parts) < 2:
        return None
    fields = [f for f in TEXT_FIELDS if p.restrict(query.Term(f, "x")) is not None]
    q = query.Or([query.And([query.Term(f, part, boost=p.boosts[f]) for part in parts])
                  for f in fields])
    return q if fields else None


FILL_PAGE = True
"""When the items with enough of the words make fewer than RELAX_BELOW hits (`relax`'s
`hits`: one per case), the items with any one of them follow (in a lower tier), as a
first page is expected to be full; not for a query with a number ("lokalplan 1246"):
an item without the number is not about it."""


def min_should_match(n: int) -> int:
    """How many of n words a relaxed query needs: all of one or two, two thirds of more."""
    return n if n < 3 else max(2, ceil(2 * n / 3))


@dataclass
class Relaxed:
    """The scores of a relaxed search, its tiers, and what was done."""

    scores: Scores
    tiers: dict[int, int]
    queries: list[query.Query]
    relaxed: list[str] = field(default_factory=list)
    corrected: dict[str, str] = field(default_factory=dict)
    suggested: dict[str, str] = field(default_factory=dict)


def relax(p: Plan, schema, reader, evaluate: Evaluate,
          correct: Callable[[str], str | None],
          meant: Callable[[str, int], str | None] | None = None,
          hits: Callable[[list[int]], int] = len) -> Relaxed:
    """The items the loose query's words match, tiered (see the module's docstring).

    `hits` counts the hits some items make (one case, one hit: its distinct cases).

    `correct` gives the closest index word to a word that has no hits (or None);
    `meant` the word a rare word (in so many items) was likely meant as, whose items
    then rank below the rare word's ("did you mean", `Relaxed.suggested`).
    """
    matched: list[tuple[Scores, Scores]] = []  # per word: (as typed, through its parts)
    used: list[query.Query] = []
    out = Relaxed({}, {}, used)
    for word in p.words:
        q = p.word_query(word, schema, reader)
        if q is None:
            continue  # a stop word
        whole = evaluate(q)
        used.append(q)
        pq = parts_query(word, p)
        parts = {d: s * PART_WEIGHT for d, s in evaluate(pq).items() if d not in whole} \
            if pq is not None else {}
        if parts:
            used.append(pq)
            out.relaxed.append(f"{word} as its parts: {' + '.join(query_parts(word))}")
        sq = p.synonyms_query(word, schema, reader)
        alike = {d: s * SYNONYM_WEIGHT for d, s in evaluate(sq).items() if d not in whole} \
            if sq is not None else {}
        if alike:
            used.append(sq)
            out.relaxed.append(f"{word} also as {' or '.join(p.synonyms(word, reader))}")
            for d, s in alike.items():
                parts[d] = max(parts.get(d, 0.0), s)
        better = meant(word, len(whole)) if meant and whole and not parts else None
        cq = p.word_query(better, schema, reader) if better else None
        if cq is not None:
            alike = {d: s for d, s in evaluate(cq).items() if d not in whole}
            if alike:
                used.append(cq)
                parts.update(alike)
                out.suggested[word] = better
        if not whole and (not parts or CORRECT_PARTS):
            better = correct(word)
            cq = p.word_query(better, schema, reader) if better else None
            if cq is not None:
                whole = evaluate(cq)
                if whole:
                    used.append(cq)
                    out.corrected[word] = better
        split = index_parts(word, reader) if INDEX_PARTS and not (whole or parts) else ()
        pq = parts_query(word, p, split) if split else None
        if pq is not None:
            parts = {d: s * PART_WEIGHT for d, s in evaluate(pq).items()}
            if parts:
                used.append(pq)
                out.relaxed.append(f"{word} as its parts: {' + '.join(split)}")
        matched.append((whole, parts))
    n = len(matched)
    if not n:
        return out
    counts: dict[int, list[int]] = {}  # doc -> [words matched, words matched as typed]
    for whole, parts in matched:
        for docs, typed in ((whole, 1), (parts, 0)):
            for d, s in docs.items():
                c = counts.setdefault(d, [0, 0])
                c[0] += 1
                c[1] += typed
                out.scores[d] = out.scores.get(d, 0.0) + s
    need = min_should_match(n)
    fill = RELAX_BELOW if FILL_PAGE and not any(map(str.isdigit, "".join(p.words))) else 1
    if counts and hits([d for d, (c, _) in counts.items() if c >= need]) < fill:
        need = 1  # no dead end: when too few items have enough words, any of them will do
    if need < n:
        out.relaxed.append(f"at least {need} of {n} words")
    for d, (count, typed) in counts.items():
        if count < need:
            del out.scores[d]
        else:
            out.tiers[d] = 2 * (n - count) + (typed < count)
    if not any(out.tiers.values()):
        out.relaxed.clear()  # every item matched every word as typed: nothing was relaxed
    elif not any(t % 2 for t in out.tiers.values()):
        out.relaxed = [r for r in out.relaxed if r.startswith("at least")]
    elif all(t <= 1 for t in out.tiers.values()):
        out.relaxed = [r for r in out.relaxed if not r.startswith("at least")]
    return out


def ranked(scores: Scores, tiers: dict[int, int], limit: int) -> list[tuple[int, float]]:
    """The first `limit` (docnum, score) pairs: by tier, then highest score, then docnum."""
    if not any(tiers.values()):
        return top(scores, limit)
    return heapq.nsmallest(limit, scores.items(),
                           key=lambda kv: (tiers.get(kv[0], 0), -kv[1], kv[0]))


def add_hints(scores: Scores, hints: Scores, weight: float = HINT_WEIGHT) -> None:
    """Add the hints' scores (weighted) to the items the words matched."""
    for d, s in hints.items():
        if d in scores:
            scores[d] += weight * s


def corrected_text(text: str, corrected: dict[str, str]) -> str:
    """The query as it was run, with its corrected words."""
    return " ".join(corrected.get(w, w) for w in text.split())
