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

A question of two or more words and a loose query of three or more are weighed instead
(`search.weighted_mode`).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import product, repeat
from math import ceil
from operator import add as add_float

from referat.index import stopwords
from referat.index.analysis import WORD_PATTERN, fold, normalize, query_parts, stem_term
from referat.index.schema import TEXT_FIELDS
from referat.search.acronyms import acronym_synonyms
from referat.search.derivations import derived_forms
from referat.search.identifiers import number_pattern
from referat.search.inflections import (
    adjective_forms,
    other_forms,
    paradigm_forms,
    strong_forms,
    verb_forms,
)
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
    DERIVED_WEIGHT,
    FIELD_BOOSTS,
    HINT_WEIGHT,
    PART_WEIGHT,
    RELAX_BELOW,
    SYNONYM_WEIGHT,
)
from referat.search.spelling import Correction
from referat.search.synonyms import compound_synonyms, in_titles, synonyms, title_synonyms
from whoosh import query

Scores = dict[int, float]
Evaluate = Callable[..., Scores]
"""Scores a query within the search's filters (documents outside them dropped); an
optional second argument, a set of documents, limits it to those."""

HINT_WORDS = frozenset(fold(w) for w in """
    hvornår hvorledes hvilken hvilke hvilket hvordan hvorfor hvad hvem hvor
    besluttet besluttede beslutte beslutter beslutning beslutningen beslutninger
    vedtaget vedtog vedtage vedtagelse afgjort afgørelse afgørelsen
    byråd byrådet byrådets kommunalbestyrelse kommunalbestyrelsen politikerne politikere
    udvalg udvalget udvalgets kommune kommunen kommunens
    møde mødet møder referat referatet referater dagsorden dagsordenen
    sket status ny nye nyt nyeste seneste
    sag sagen sagsnr sagsnummer journalnummer nr
    koster kost få får fået fik kommer komme kom kommet sker ske skete sige siger sagde sagt
    mener mene ment mente synes syntes tænker tænke tænkte
    bruges bruge brugt ligge ligger lå ligget gør gøre gøres gjort gjorde går gå gik gået
    mon egentlig
    meddele meddeles meddelt meddelte
    """.split())
"""Question words, the verbs questions are built with, and generic meeting words:
ranking hints, not requirements. "Meddelt" is how any decision is issued (tilladelse,
påbud, dispensation and afslag are all "meddelt"): it names no topic and no outcome.
With them, `SUPPORT_VERBS` and `SENTENCE_ADVERBS`."""

SUPPORT_VERBS = frozenset(fold(w) for w in """
    lave laver lavet lavede holde holder holdt sidde sidder sad siddet
    finde finder fandt fundet tage tager tog taget
    """.split())
"""Support verbs, every form: the noun beside them names the topic ("holde et møde",
"lave fejl", "sidde i handicaprådet", "finde folk at ansætte", "tage imod gaver"), they
name none, so a question built with one must not require it (hints; issue 17, round 10)."""

SENTENCE_ADVERBS = frozenset(fold(w) for w in """
    nok vel vist måske alligevel faktisk virkelig overhovedet
    """.split())
"""Sentence adverbs: they say how sure or surprised the asker is ("er der nok
fysioterapeuter", "fik skytteforeningen alligevel penge"), not what is asked about
(hints; round 10). Adverbs of time ("fremover", "længere") are words: the minutes say
them of the matter ("fremover skal tilsynet ...")."""

HINT_WORDS = HINT_WORDS | SUPPORT_VERBS | SENTENCE_ADVERBS

QUESTION_WORDS = frozenset(fold(w) for w in """
    hvad hvem hvor hvornår hvordan hvorfor hvilke hvilken hvilket hvorledes
    """.split())
"""Words that open a question: its common words become hints too (`demote_common`)."""

QUESTION_VERBS = frozenset(fold(w) for w in """
    blev bliver fik får er var har havde kan kunne skal skulle vil ville må måtte mon
    """.split())
"""Verbs that open a yes/no question ("blev årsregnskabet godkendt", "fik de lov til at
bygge"): Danish puts the finite verb first (`VERB_QUESTIONS`)."""

VERB_QUESTIONS = True
"""A query that opens with a `QUESTION_VERBS` verb is a question, as one that opens with
a question word is."""

COMMON_SHARE = 0.1
"""A question's word found in more than this share of the items is a hint."""

DECISION_HINTS = frozenset(fold(w) for w in """
    besluttet besluttede beslutte beslutter beslutning beslutningen beslutninger
    vedtaget vedtog vedtage vedtagelse afgjort afgørelse afgørelsen
    """.split())
"""Hints that ask for a decision: the decision section weighs more."""


def _phrase_table(text: str) -> dict[str, tuple[str, ...]]:
    """`phrase|phrase = outcome outcome` lines as {phrase: outcomes}."""
    return {phrase: tuple(outcomes.split())
            for line in text.strip().splitlines()
            for phrases, outcomes in [line.split("=")]
            for phrase in phrases.strip().split("|")}


OUTCOME_PHRASES = _phrase_table("""
    ikke godkendt|ikke godkendte|godkendes ikke|ikke vedtaget|ikke tiltrådt = afvist
    afvist|afviste|afvises|afviser|afslag|afslået|afslog|forkastet|forkastede = afvist
    udsat|udsættes|udskudt|udskudte = udsat
    godkendt|godkendte|godkendes|tiltrådt|tiltrådte|bevilget = godkendt godkendt_med_aendringer
    taget til efterretning|tages til efterretning|til efterretning = taget_til_efterretning
    anbefalet|anbefalede|anbefales = anbefalet
    sendes tilbage|sendt tilbage|tilbagesendt|oversendt = oversendt
    drøftet|drøftede|drøftes = droeftet
    """)
"""Words that name a decision's outcome (index.outcomes.OUTCOMES): a query's outcome
words rank the items with that outcome first, and do not need to occur in the item."""

OUTCOME_REPORTS = True
"""A query's words that report how a decision went (`REPORTED_PHRASES`) are read as its
outcome, as the outcome words are: hints, not topic words."""

REPORTED_PHRASES = _phrase_table("""
    vedtaget|vedtages|vedtog|stemt igennem = godkendt godkendt_med_aendringer
    tilladt|tilladte|lov til = godkendt godkendt_med_aendringer
    stemt ned|nedstemt|nedstemte = afvist
    eller ej|eller ikke|givet =
    """)
"""How people report an outcome that `OUTCOME_PHRASES` does not list: the forms of
"vedtage" (`index.outcomes` reads them as godkendt), votes ("stemt ned", "stemt
igennem"), permission ("fik lov til at bygge", "tilladt"), and words that ask for either
outcome ("vedtaget eller ej") or say only that a decision was issued ("givet", as
"meddelt": a refusal is given too), which name none. As topic words they were required
or weighed ("ej", "lov" and "nedstemt" are rare words). Not "endelig(t)": "endelig
vedtagelse" is the minutes' own name for a plan's last stage, a topic word."""

DECISION_WORDS: dict[str, tuple[str, ...]] = {
    "afvist": ("afslag", "afvist", "afvises", "forkastet"),
}
"""Words in an item's decision that give it an outcome its classified outcome misses
("meddeles afslag" in a decision that approves the recommendation)."""

SYNONYM_PARTS = True
"""A compound's parts also match as their synonyms (`Plan.synonym_parts_query`)."""

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
    common: list[str] = field(default_factory=list)
    """A question's common words (`demote_common`): hints, or weighed words
    (`search.weighted_mode.weighted`)."""

    _parsed: dict[str, query.Query | None] = field(default_factory=dict, repr=False)
    _derived: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _forms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False)
    _runs: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict, repr=False)
    _siblings: dict[str, query.Query | None] = field(default_factory=dict, repr=False)
    _parser: object = field(default=None, repr=False)

    def word_query(self, word: str, schema, reader) -> query.Query | None:
        """One word's query, as the strict parser reads it (parsed once a search)."""
        if word not in self._parsed:
            if self._parser is None:
                self._parser = make_parser(schema, reader, self.boosts, self.text)
            q = parse_query(word, schema, reader, self.boosts, self._parser)
            nouns, verbs, adjectives = self.forms(word, reader) if q is not None else ((),) * 3
            if word in self.outcome_words:  # an outcome is its own
                verbs = ()
            forms = [parse_query(w, schema, reader, self.boosts, self._parser)
                     for w in (*nouns, *verbs, *adjectives)]
            if forms:  # forms Snowball stems apart (barn: børn, kompas: kompasset)
                q = query.Or([q, *forms])
            self._parsed[word] = self.restrict(q) if q is not None else None
        return self._parsed[word]

    def forms(self, word: str, reader) -> tuple[tuple[str, ...], ...]:
        """A word's forms that Snowball stems apart from it (`search.inflections`): its
        nouns' (other and paradigm forms), its verbs' (weak and strong) and its
        adjectives', found once a search (`word_query`, `search.titles`)."""
        if word not in self._forms:
            self._forms[word] = ((*other_forms(word), *paradigm_forms(word, reader)),
                                 (*verb_forms(word, reader), *strong_forms(word, reader)),
                                 adjective_forms(word, reader))
        return self._forms[word]

    def siblings(self, word: str, reader) -> query.Query | None:
        """A compound's siblings in titles (`sibling_query`), found once a search: the
        weighed mode and the title cover both use them."""
        if word not in self._siblings:
            self._siblings[word] = sibling_query(word, reader)
        return self._siblings[word]

    def synonyms_query(self, word: str, schema, reader) -> query.Query | None:
        """A word's synonyms (`search.synonyms`), any of them."""
        titled = set(title_synonyms(word))
        found = []
        for alike in self.synonyms(word, reader):
            q = self.word_query(alike, schema, reader)
            if q is not None and alike in titled:
                q = in_titles(q)
            if q is not None:
                found.append(q)
        return query.Or(found) if found else None

    def derived(self, word: str, reader) -> tuple[str, ...]:
        """A word's derived forms (`search.derivations`), found once a search."""
        if word not in self._derived:
            self._derived[word] = derived_forms(word, reader)
        return self._derived[word]

    def derived_query(self, word: str, schema, reader) -> query.Query | None:
        """A word's derived forms, any of them."""
        found = [q for q in (self.word_query(w, schema, reader)
                             for w in self.derived(word, reader)) if q is not None]
        return query.Or(found) if found else None

    def synonyms(self, word: str, reader) -> list[str]:
        """A word's synonyms, the abbreviations and expansions the index's minutes give
        it (`search.acronyms`), and a compound's with a part replaced by its synonyms
        where the index holds that compound."""
        found = list(dict.fromkeys((*synonyms(word), *acronym_synonyms(word, reader))))
        for alike in compound_synonyms(word):
            stem = stem_term(alike)
            if stem and any(reader.doc_frequency(f, stem) for f in ("title", "sagsfremstilling")):
                found.append(alike)
        return found

    def synonym_parts_query(self, word: str) -> query.Query | None:
        """A compound's parts, each also as its synonyms, all in one section
        ("kloakpriser": kloak or spildevand, and pris or takst; `SYNONYM_PARTS`); None when
        no part has a synonym."""
        parts = query_parts(word) if SYNONYM_PARTS else ()
        choices = [[s for s in dict.fromkeys(map(stem_term, (part, *synonyms(part)))) if s]
                   for part in parts]
        if len(parts) < 2 or all(len(c) < 2 for c in choices) or not all(choices):
            return None
        fields = [f for f in TEXT_FIELDS if self.restrict(query.Term(f, "x")) is not None]
        if not fields:
            return None
        return query.Or([query.And([query.Or([query.Term(f, s, boost=self.boosts[f])
                                              for s in c]) for c in choices])
                         for f in fields])

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
    first = fold(normalize(text.split()[0]))
    question = (typed.rstrip().endswith("?") or first in QUESTION_WORDS
                or (VERB_QUESTIONS and first in QUESTION_VERBS))
    return Plan(text, words, hints, boosts, list(sections or []), question,
                tuple(dict.fromkeys(outcomes)), outcome_words)


def _phrase_keys(table: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    return {tuple(fold(w) for w in phrase.split()): outcomes for phrase, outcomes in table.items()}


_OUTCOME_KEYS = _phrase_keys(OUTCOME_PHRASES)
_REPORTED_KEYS = {**_phrase_keys(REPORTED_PHRASES), **_OUTCOME_KEYS}
_LONGEST = max(map(len, _REPORTED_KEYS))


def _exposed(folded: list[str], i: int) -> bool:
    """"udsat for", "socialt udsat": exposed or vulnerable, not postponed."""
    return folded[i] == "udsat" and (folded[i + 1:i + 2] == ["for"]
                                     or folded[i - 1:i] == ["socialt"])


def outcome_phrases(folded: list[str]) -> tuple[list[str], set[int]]:
    """The outcomes a query's folded words name, and the positions of those words
    (longest phrase first; "udsatte børn" and "udsat for" are vulnerable or exposed,
    not postponed)."""
    keys = _REPORTED_KEYS if OUTCOME_REPORTS else _OUTCOME_KEYS
    outcomes: list[str] = []
    said: set[int] = set()
    i = 0
    while i < len(folded):
        for n in range(min(_LONGEST, len(folded) - i), 0, -1):
            key = tuple(folded[i:i + n])
            if key in keys and not (n == 1 and _exposed(folded, i)):
                outcomes += keys[key]
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
    shares = {w: word_share(w, reader) for w in p.words}
    rarest = min(p.words, key=shares.__getitem__)
    common = [w for w in p.words if w != rarest and shares[w] > COMMON_SHARE]
    p.words = [w for w in p.words if w not in common]
    p.common += common


_PLAN_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def named_numbers(p: Plan) -> list[re.Pattern[str]]:
    """A number typed after the word it numbers ("lokalplan 15.18", "kommuneplantillæg
    nr. 2"; not a year, not a case number): a pattern that finds that word and number
    together in a folded title ("Dispensation fra lokalplan 15.18", "Kommuneplantillæg
    nr. 2 -", not "nr. 20" or "15.180"), the number's dots where the title puts them
    (`search.identifiers.number_pattern`)."""
    tokens = [t.strip(",;:") for t in p.text.split()]
    found = []
    for i, token in enumerate(tokens):
        number = token.rstrip(".")
        if not _PLAN_NUMBER.fullmatch(number) or YEAR.fullmatch(number):
            continue
        j = i - 1
        while j >= 0 and folded_word(tokens[j]) in ("nr", "nummer"):
            j -= 1
        word = folded_word(tokens[j]) if j >= 0 else ""
        if len(word) >= 4 and word.isalpha() and word not in HINT_WORDS:
            found.append(re.compile(rf"\b{re.escape(word)}\w*\s+(?:nr\.?\s*)?"
                                    rf"{number_pattern(number)}(?!\d|\.\d)"))
    return found


def names_number(title: str, patterns: list[re.Pattern[str]]) -> bool:
    """Whether a title names a typed plan number (`named_numbers`)."""
    folded = fold(normalize(title))
    return any(rx.search(folded) for rx in patterns)


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


def hint_query(p: Plan, schema, reader, weighed: bool = False) -> query.Query | None:
    """The hints, any of them (added to the scores of what the words match); a
    question's common words too, unless they are weighed words (`weighed`:
    `search.weighted_mode.weighted`)."""
    hints = p.hints if weighed else [*p.hints, *p.common]
    parts = [q for q in (p.word_query(h, schema, reader) for h in hints) if q is not None]
    return query.Or(parts) if parts else None


CORRECT_PARTS = True
"""A word with no hits is corrected even when its parts match ("ligestilingsredegørelse"
is split into lige + sti + ling + redegørelse): the correction ranks first."""

CORRECT_PARTS_EDITS = 1
"""A word whose parts match is corrected only this many edits away: a letter missed in
a part ("ligestilingsredegørelse"); two edits replace a part the user typed
("kulturtilskud" is no typo of "kulturtilbud") (round 21)."""


JOINS = ("", "s", "e")
"""Linking letters tried when two typed words may be one compound ("dag institution")."""

JOIN_RUN = 4
"""Longest run of neighbouring typed words tried as one compound ("brutto løns ordning"
-> bruttolønsordning, "selv forvaltnings aftale" -> selvforvaltningsaftale)."""

JOIN_RUNS = True
"""A run of three or more words is tried too (before issue 17's round 6: pairs only)."""

JOINED_FIRST = True
"""Items that hold the compound a run of typed words makes rank first within their tier:
the parts were typed apart, the minutes write the word whole."""


def _held(words: list[str], reader) -> str | None:
    """The compound the index holds that `words` make when written together (two words
    with the linking letters of JOINS between them, more as typed: "brutto løns
    ordning"), None if none."""
    if not all(w.isalpha() for w in words):
        return None
    joins = JOINS if len(words) == 2 else ("",)  # a longer run is typed with its links
    for links in product(joins, repeat=len(words) - 1):
        word = words[0] + "".join(link + w for link, w in zip(links, words[1:], strict=True))
        stem = stem_term(word)
        if stem and any(reader.doc_frequency(f, stem) for f in ("title", "sagsfremstilling")):
            return word
    return None


def joined_runs(p: Plan, reader) -> list[tuple[int, int, str]]:
    """Runs of neighbouring words (p.words[i:j]) that the index holds as one compound,
    longest run first from the left, none overlapping: (i, j, the compound)."""
    longest = JOIN_RUN if JOIN_RUNS else 2
    if longest in p._runs:  # found once a search
        return p._runs[longest]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(p.words) - 1:
        for j in range(min(len(p.words), i + longest), i + 1, -1):
            word = _held(p.words[i:j], reader)
            if word:
                out.append((i, j, word))
                i = j
                break
        else:
            i += 1
    p._runs[longest] = out
    return out


def joined_titles(p: Plan, reader) -> query.Query | None:
    """The compounds of `joined_runs` in a title, any of them."""
    stems = [s for s in (stem_term(w) for _, _, w in joined_runs(p, reader)) if s]
    return query.Or([query.Term("title", s) for s in stems]) if stems else None


def joined_query(p: Plan, schema, reader) -> query.Query | None:
    """Neighbouring words written apart as the compound the index holds ("svømme hal"
    -> svømmehal, `joined_runs`), any of them: they add to what the words match, so that
    items with the compound rank above those with the words apart."""
    found = [q for q in (p.word_query(word, schema, reader)
                         for _, _, word in joined_runs(p, reader)) if q is not None]
    return query.Or(found) if found else None


INDEX_PARTS = True
"""A word that matches nothing and that the word list cannot split ("bækrestaurering",
"vejtræsfældning": a short first part, a part the list lacks) is split where the index
holds the parts as words (`index_splits`), and matched through them."""

MIN_INDEX_PART = 3
"""Shortest half of such a split ("bæk", "træ", "sø" is too short to trust)."""


def _part_frequency(reader, part: str) -> int:
    """In how many items (title or case text) a compound's half occurs, any inflection."""
    stem = stem_term(part)
    return max((reader.doc_frequency(f, stem) for f in ("title", "sagsfremstilling")),
               default=0) if stem else 0


MAX_INDEX_PARTS = 4
"""A compound of up to this many parts is split by the index ("daginstitutionskøkken-
pulje": daginstitution + køkken + pulje, none of its two-way splits holds two index
words)."""

INDEX_SPLITS_TRIED = 6
"""At most this many of a word's index splits are tried, best first, until one's parts
occur together in some item."""


COORDINATED = True
"""A typed "og" between two parts is read as the coordination of a compound the minutes
write with a hyphen ("idrætsogfritidspulje" for "Idræts- og Fritidspuljen", "vejoglandskabs-
puljer" for "Vej- og Landskabspuljer"): `index_splits` tries it as a link, after the
first part's own linking s or e (round 21)."""

COORDINATION = "og"


def _links() -> tuple[str, ...]:
    """The links `index_splits` tries between two parts."""
    if not COORDINATED:
        return JOINS
    return (*JOINS, *(link + COORDINATION for link in JOINS))


def index_splits(word: str, reader) -> list[tuple[str, ...]]:
    """The ways to split a word the index lacks into index words (two to MAX_INDEX_PARTS
    parts of at least MIN_INDEX_PART letters, an optional linking s or e after each but
    the last, perhaps with a coordinating "og", `COORDINATED`), best first: fewer parts,
    then the split whose rarest part is commonest."""
    norm = normalize(word)
    if not norm.isalpha() or len(norm) < 2 * MIN_INDEX_PART + 2:
        return []
    frequency: dict[str, int] = {}
    links = _links()

    def df(part: str) -> int:
        if part not in frequency:
            frequency[part] = _part_frequency(reader, part)
        return frequency[part]

    def splits(rest: str, room: int) -> list[tuple[str, ...]]:
        out = [(rest,)] if df(rest) else []
        if room < 2:
            return out
        for i in range(MIN_INDEX_PART, len(rest) - MIN_INDEX_PART + 1):
            first = rest[:i]
            if not df(first):
                continue
            for link in links:
                tail = rest[i + len(link):]
                if rest.startswith(link, i) and len(tail) >= MIN_INDEX_PART:
                    out += [(first, *more) for more in splits(tail, room - 1)]
        return out

    found = [s for s in dict.fromkeys(splits(norm, MAX_INDEX_PARTS if INDEX_PARTS_DEEP else 2))
             if len(s) > 1]
    return sorted(found, key=lambda s: (len(s), -min(map(df, s))))


MIN_SIBLING_PART = 4


def sibling_query(word: str, reader) -> query.Query | None:
    """The title words that begin with a compound's first part (its best split,
    `index_splits`), the part itself included; None for a word the index does not split
    into a first part of `MIN_SIBLING_PART` letters or more (round 23's siblings,
    `search.weighted_mode.SIBLING_TITLES`)."""
    splits = index_splits(word, reader)
    first = splits[0][0] if splits else ""
    return query.Prefix("title", first) if len(first) >= MIN_SIBLING_PART else None


INDEX_PARTS_DEEP = True
"""Splits of three or more parts, tried in order until one matches (issue 17, round 6);
False: the best two-way split only, as before."""


def parts_query(word: str, p: Plan, split: tuple[str, ...] | None = None) -> query.Query | None:
    """A compound word's parts, all in one section (any inflection of each part);
    `split`: its parts when not the word list's (`index_splits`)."""
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
    weighted: bool = False


YEAR = re.compile(r"(19|20)\d\d")
"""A year: a word of a query (`DATED_YEARS`), not a number that identifies something."""


def word_share(word: str, reader) -> float:
    """The share of the items whose title or case text holds a word (any inflection)."""
    stems = [s for s in map(stem_term, re.findall(WORD_PATTERN, word)) if s]
    return max((reader.doc_frequency(f, s) for s in stems
                for f in ("title", "sagsfremstilling")), default=0) / max(reader.doc_count(), 1)


def match_word(word: str, p: Plan, schema, reader, evaluate: Evaluate,
               correct: Callable[[str], Correction | None],
               meant: Callable[[str, int], str | None] | None,
               out: Relaxed, typed: Scores | None = None,
               also: Scores | None = None) -> tuple[Scores, Scores] | None:
    """One word's items: as typed (or corrected; `typed`: already scored; `also`: the
    items of the compound its run of words makes, `joined_scores`), and through its
    parts or synonyms."""
    q = p.word_query(word, schema, reader)
    if q is None:
        return None  # a stop word
    used = out.queries
    whole = dict(evaluate(q) if typed is None else typed)
    used.append(q)
    for d, s in (also or {}).items():  # "brutto løns ordning": bruttolønsordning
        whole[d] = max(whole.get(d, 0.0), s)
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
    for d, s in derived_scores(word, p, schema, reader, evaluate, whole, out).items():
        parts[d] = max(parts.get(d, 0.0), s)
    spq = p.synonym_parts_query(word)
    alike = {d: s * SYNONYM_WEIGHT * PART_WEIGHT for d, s in evaluate(spq).items()
             if d not in whole and d not in parts} if spq is not None else {}
    if alike:
        used.append(spq)
        out.relaxed.append(f"{word} as its parts and their synonyms")
        parts.update(alike)
    better = meant(word, len(whole)) if meant and whole and not parts else None
    cq = p.word_query(better, schema, reader) if better else None
    if cq is not None:
        alike = {d: s for d, s in evaluate(cq).items() if d not in whole}
        if alike:
            used.append(cq)
            parts.update(alike)
            out.suggested[word] = better
    if not whole and (not parts or CORRECT_PARTS):
        found = correct(word)
        if found and parts and found.edits > CORRECT_PARTS_EDITS:
            found = None  # "kulturtilskud": its parts, not "kulturtilbud"
        better = found.word if found else None
        cq = p.word_query(better, schema, reader) if better else None
        if cq is not None:
            whole = evaluate(cq)
            if whole:
                used.append(cq)
                out.corrected[word] = better
    splits = index_splits(word, reader) if INDEX_PARTS and not (whole or parts) else []
    for split in splits[:INDEX_SPLITS_TRIED if INDEX_PARTS_DEEP else 1]:
        pq = parts_query(word, p, split)
        parts = {d: s * PART_WEIGHT for d, s in evaluate(pq).items()} if pq else {}
        if parts:  # the first split whose parts occur together
            used.append(pq)
            out.relaxed.append(f"{word} as its parts: {' + '.join(split)}")
            break
    return whole, parts


def derived_scores(word: str, p: Plan, schema, reader, evaluate: Evaluate, whole: Scores,
                   out: Relaxed) -> Scores:
    """A word's items through its derived forms only (`search.derivations`: prioritere,
    prioritering), at DERIVED_WEIGHT of their scores, noted in `out`."""
    dq = p.derived_query(word, schema, reader)
    alike = {d: s * DERIVED_WEIGHT for d, s in evaluate(dq).items()
             if d not in whole} if dq is not None else {}
    if alike:
        out.queries.append(dq)
        out.relaxed.append(f"{word} also as {' or '.join(p.derived(word, reader))}")
    return alike


def joined_scores(p: Plan, schema, reader, evaluate: Evaluate, out: Relaxed) -> dict[int, Scores]:
    """A word's index in p.words -> the items of the compound its run of words makes
    (`joined_runs`), for the run's every word."""
    joined: dict[int, Scores] = {}
    for i, j, compound in joined_runs(p, reader):
        jq = p.word_query(compound, schema, reader)
        found = evaluate(jq) if jq is not None else {}
        if found:
            out.queries.append(jq)
            joined.update((k, found) for k in range(i, j))
    return joined


def relax(p: Plan, schema, reader, evaluate: Evaluate,
          correct: Callable[[str], Correction | None],
          meant: Callable[[str, int], str | None] | None = None,
          hits: Callable[[list[int]], int] = len) -> Relaxed:
    """The items the loose query's words match, tiered (see the module's docstring; a
    weighed query: `search.weighted_mode.weighed`).

    `hits` counts the hits some items make (one case, one hit: its distinct cases).

    `correct` gives the closest index word to a word that has no hits, and how many
    edits away (or None);
    `meant` the word a rare word (in so many items) was likely meant as, whose items
    then rank below the rare word's ("did you mean", `Relaxed.suggested`).
    """
    out = Relaxed({}, {}, [])
    joined = joined_scores(p, schema, reader, evaluate, out)
    words = [(w, m) for w, m in (
        (w, match_word(w, p, schema, reader, evaluate, correct, meant, out,
                       also=joined.get(k))) for k, w in enumerate(p.words)) if m is not None]
    matched = [_dated(w, m, evaluate, out) for w, m in words]
    n = len(matched)
    if not n:
        return out
    counts: Counter[int] = Counter()  # doc -> words matched
    typed: Counter[int] = Counter()  # doc -> words matched as typed
    for whole, parts in matched:  # loops in C: tens of thousands of items
        for docs, as_typed in ((whole, True), (parts, False)):
            counts.update(docs.keys())
            if as_typed:
                typed.update(docs.keys())
            out.scores.update(zip(docs, map(add_float, map(out.scores.get, docs, repeat(0.0)),
                                            docs.values()), strict=True))
    named = [(w, *m) for (w, _), m in zip(words, matched, strict=True)]
    _years_as_parts(named, counts)
    _prepositions_as_typed(named, counts, typed)
    need = min_should_match(n)
    fill = RELAX_BELOW if FILL_PAGE and not any(map(str.isdigit, "".join(p.words))) else 1
    if counts and hits([d for d, c in counts.items() if c >= need]) < fill:
        need = 1  # no dead end: when too few items have enough words, any of them will do
    if need < n:
        out.relaxed.append(f"at least {need} of {n} words")
    for d, count in counts.items():
        if count < need:
            del out.scores[d]
        else:
            out.tiers[d] = 2 * (n - count) + (typed[d] < count)
    if not any(out.tiers.values()):
        out.relaxed.clear()  # every item matched every word as typed: nothing was relaxed
    elif not any(t % 2 for t in out.tiers.values()):
        out.relaxed = [r for r in out.relaxed if r.startswith("at least")]
    elif all(t <= 1 for t in out.tiers.values()):
        out.relaxed = [r for r in out.relaxed if not r.startswith("at least")]
    return out


PREPOSITIONS_TIERLESS = True
"""An item of a tiered query that lacks one of its `KEPT_PREPOSITIONS` counts it as matched
as typed: the preposition does not put the item a tier down. "nyt fra forvaltningen" ranks
"Forvaltningen orienterer" by its score among the items that hold "fra" in passing, not
below them (round 25). The strict query still requires it ("forslag fra")."""
KEPT_PREPOSITIONS = frozenset(map(fold, stopwords.KEPT_PREPOSITIONS))
"""`index.stopwords.KEPT_PREPOSITIONS`, folded."""

YEARS_AS_PARTS = True
"""An item of a tiered query that lacks its bare year counts the year as matched through
its parts (a tier below the items with the year, not two): "byggesagsgebyret for 2024"
ranks the fees of 2023 by their score among the items that match a word through its
parts, not below every item that holds the year and "gebyr" in passing (round 23)."""


def _years_as_parts(matched: list[tuple[str, Scores, Scores]], counts: Counter[int]) -> None:
    """Count each bare year (`YEARS_AS_PARTS`) as matched in the items of `counts` that
    lack it (not as typed: `relax`'s tiers put them below the items with the year)."""
    if not (YEARS_AS_PARTS and len(matched) > 1):
        return
    for word, whole, parts in matched:
        if YEAR.fullmatch(word):
            counts.update(counts.keys() - whole.keys() - parts.keys())


def _prepositions_as_typed(matched: list[tuple[str, Scores, Scores]], counts: Counter[int],
                           typed: Counter[int]) -> None:
    """Count each kept preposition (`PREPOSITIONS_TIERLESS`) as matched as typed in the
    items of `counts` that lack it."""
    if not (PREPOSITIONS_TIERLESS and len(matched) > 1):
        return
    for word, whole, parts in matched:
        if folded_word(word) in KEPT_PREPOSITIONS:
            lacking = counts.keys() - whole.keys() - parts.keys()
            counts.update(lacking)
            typed.update(lacking)


DATED_YEARS = True
"""A bare year in a tiered query ("rusmiddelcenterintroduktion 2023") also matches the
items of that year's meetings that do not write it, as a part matches (round 21)."""


def _dated(word: str, matched: tuple[Scores, Scores], evaluate: Evaluate,
           out: Relaxed) -> tuple[Scores, Scores]:
    """A year's (`DATED_YEARS`) items as typed, and with the items dated that year that
    do not write it among its parts (scored 0: they count as matching, add nothing)."""
    whole, parts = matched
    if not (DATED_YEARS and YEAR.fullmatch(word)):
        return matched
    dated = {d: 0.0 for d in evaluate(query.Term("year", word))
             if d not in whole and d not in parts}
    if dated:
        out.relaxed.append(f"{word} also as the year of the meeting")
    return whole, {**parts, **dated}


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
