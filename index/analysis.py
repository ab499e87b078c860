"""The Danish analyzer used for every TEXT field, at index time and at query time.

Per word (index mode): the folded Snowball stem; the exact form as ``EXACT_PREFIX + form``
(folded, unstemmed) at the same position; and, for compounds, the stems of the parts at
the same position. Query mode emits only the folded stem. Stop words are dropped and
positions renumbered (the same at both ends, so phrases still line up).

Folding: NFKC, case folding, ä→æ, ö→ø; then å→aa, æ→ae, ø→oe, so "Århus" and "Aarhus" meet.
Snowball stems the real form (it needs æøå) before the stem is folded.

Everything Whoosh pickles into the index lives in this module (top-level classes and
functions): keep their names stable, or existing indexes will not open.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import chain
from operator import itemgetter

import Stemmer
from referat.index.stopwords import STOP_WORDS
from whoosh.analysis import Filter, RegexTokenizer, Token, Tokenizer

EXACT_PREFIX = "="
"""Marks an exact-form term: ``"=" + folded unstemmed word``."""

# A word: letters/digits (with combining marks, so NFD text is not split), or a number
# with inner separators ("1.000", "2,5", "00.22.00").
WORD_PATTERN = r"\d+(?:[.,:]\d+)+|[\w\u0300-\u036f]+"
_WORD_RE = re.compile(WORD_PATTERN)

_STEMMER = Stemmer.Stemmer("danish", 0)  # no internal cache: _word_terms caches


def snowball_stem(word: str) -> str:
    """Snowball Danish stem of a lower-case word (PyStemmer, wrapped so it pickles)."""
    return _STEMMER.stemWord(word)


STEM_FIXES = "data/stem_fixes.tsv"
"""Bases whose forms Snowball stems apart, with the stem they should share
(benchmarks/inflections/learn.py writes it): "budget" (budg) and "budgetter" (budget)
both get "budget"; "cykel" (cykel) and "cykler" (cykl) both get "cykl"."""
_FIXES: dict[str, str] = {}
_FIX_ENDINGS = ("et", "ets", "el", "els", "en", "ens", "er", "ers")
_MIN_FIX_BASE = 5


def _load_fixes() -> dict[str, str]:
    if not _FIXES:
        text = files("referat.index").joinpath(STEM_FIXES).read_text(encoding="utf-8")
        _FIXES.update(line.split("\t") for line in text.splitlines() if line)
    return _FIXES


def stem_fixed(word: str, stem: str) -> str:
    """Snowball's `stem` of a normalised word, corrected where the word is a learned
    base (or a compound or genitive of one) whose forms Snowball stems apart."""
    if not word.endswith(_FIX_ENDINGS):
        return stem
    fixes = _load_fixes()
    bare = word[:-1] if word.endswith("s") else word
    for start in range(len(bare) - _MIN_FIX_BASE + 1):
        base = bare[start:]
        fixed = fixes.get(base)
        if fixed is None:
            continue
        head = bare[:start]
        if fixed == base:  # -et: Snowball cut the ending (and undoubled: billet -> bil)
            ours = stem.startswith(head) and base.startswith(stem[start:])
        else:  # -el, -en, -er: Snowball kept the word
            ours = stem == bare
        return head + fixed if ours else stem
    return stem


def normalize(word: str) -> str:
    """NFKC, case folding, ä→æ and ö→ø: the real Danish form that Snowball stems."""
    # str.replace, not str.translate: a replace that finds nothing costs a scan, a
    # translate with a table a dict lookup per letter (1.5 µs a word: with `fold`,
    # two thirds of `_word_terms`)
    return unicodedata.normalize("NFKC", word).casefold().replace("ä", "æ").replace("ö", "ø")


def fold(word: str) -> str:
    """Scandinavian folding of a normalised word: å→aa, æ→ae, ø→oe."""
    return word.replace("å", "aa").replace("æ", "ae").replace("ø", "oe")


_FOLDED_STOPS = frozenset(fold(w) for w in STOP_WORDS)


def _load_vocabulary() -> dict[str, float]:
    """Danish words with their Zipf frequency (shipped in index/data, see build_wordlist.py)."""
    text = files("referat.index").joinpath("data/da_words.tsv").read_text(encoding="utf-8")
    fields = text.split()  # word, zipf, word, zipf, ... (words hold no whitespace)
    vocab = dict(zip(fields[0::2], map(float, fields[1::2]), strict=True))
    for word in STOP_WORDS:
        vocab.pop(word, None)
    for word in SHORT_PARTS:
        vocab.setdefault(word, 4.0)
    return vocab


MIN_PART = 4
"""Shortest compound part, except the nouns in SHORT_PARTS."""
MIN_COMPOUND = 8
"""Shortest word that is tried as a compound."""
SHORT_PARTS = frozenset("by vej sti råd hus bus bil mad tid sag løn lov".split())
"""Short nouns common as compound parts ("byråd", "skolevej", "cykelsti")."""
PARTICLES = frozenset(
    "efter forud frem fremad gennem imod inden mellem omkring over samme sammen under uden".split()
)
"""Prepositions and particles that start lexicalised words ("undersøgelse",
"forudsætning", "overvejelse"): never split off as a first part."""
SUFFIXES = frozenset(
    "den ende ene erne ers hed heden heder ing ingen ning ninger ningen ring ringen ringer "
    "els else elser met red rede ret val form lon skab skabet oppe".split()
)
"""Words that are also derivational or inflectional endings ("-ning", "-erne", "-hed"):
never a part after the first ("aktivering" is not aktiv + ring, "rapporteringskultur"
not rapporte + ring + s + kultur)."""
ADVERBS = frozenset("aldrig allerede altid gerne igen kun netop ofte snart stadig".split())
"""Adverbs of time and degree: no part anywhere in a word ("deltagerne" is not delta +
gerne, "gammeltoftevej" not gammelt + ofte + vej)."""
FUNCTION_WORDS = STOP_WORDS | ADVERBS | frozenset(
    "anden andet andres blandt egen eget egne enhver ethvert hele hvert ifølge ikke ingen "
    "intet langs mellem mere mest nogle omkring samt siden visse".split()
)
"""Function words: never a final compound part ("formanden" is not form + anden); a
first part only if an adverb ("egenbetaling" is egen + betaling)."""
INFLECTIONS = frozenset(
    "e en ene enes ens er ere eres erne ernes ers es et ets s n ne nes ns r rne rnes rs "
    "de nde t".split()
)
"""Inflectional endings: a final part that is not listed must be a listed word plus one
of these ("undersøgelse-ns"), not a derivation ("sættelse" is no form of "sæt")."""
LINKS = ("", "s", "e")
"""Linking letters allowed after a non-final part ("beredskab-s-arbejde", "børn-e-have")."""

# Loaded on the first compound split (index time): searching never needs them.
_VOCAB: dict[str, float] = {}
_STEM_ZIPF: dict[str, float] = {}


VOCABULARY_TABLES = "data/da_words.pickle"
"""`vocabulary_tables()`, precomputed (build_wordlist.py writes it; a test checks it): a
search that marks a compound in a snippet loads it in a third of the time."""


def vocabulary_tables() -> tuple[dict[str, float], dict[str, float]]:
    """The splitter's tables, from the word list: words with their Zipf frequency (stop
    words out, SHORT_PARTS in), and the highest frequency of any word per stem."""
    vocab = _load_vocabulary()
    return vocab, _stem_zipf(vocab)


def _ensure_vocabulary() -> None:
    if not _VOCAB:
        tables = files("referat.index").joinpath(VOCABULARY_TABLES).read_bytes()
        vocab, stem_zipf = pickle.loads(tables)
        _VOCAB.update(vocab)
        _STEM_ZIPF.update(stem_zipf)


def loaded_vocabulary() -> tuple[dict[str, float], dict[str, float]]:
    """The splitter's tables as the analyzer holds them (loaded once, precomputed)."""
    _ensure_vocabulary()
    return _VOCAB, _STEM_ZIPF


def _stem_zipf(vocab: dict[str, float]) -> dict[str, float]:
    """The highest Zipf frequency of any vocabulary word with a given stem."""
    out: dict[str, float] = {}
    for stem, zipf in zip(_STEMMER.stemWords(list(vocab)), vocab.values(), strict=True):
        if zipf > out.get(stem, -1.0):
            out[stem] = zipf
    return out



Parts = tuple[tuple[str, str], ...]
"""A split: (part, linking letters after it) pairs."""


def _part_zipf(s: str, final: bool) -> float | None:
    """Zipf frequency of ``s`` as a compound part; a final part may be any inflection."""
    if ((len(s) < MIN_PART and s not in SHORT_PARTS) or (final and s in SUFFIXES)
            or s in FUNCTION_WORDS):
        return None
    zipf = _VOCAB.get(s)
    if zipf is None and final and _inflected(s):
        zipf = _STEM_ZIPF.get(snowball_stem(s))
    return zipf


def _bases(s: str) -> Iterator[str]:
    """The listed words (no endings, function words or short words) that ``s`` is an
    inflection of: "skolens" -> skole, "anlæggene" -> anlæg."""
    for n in range(1, 5):
        base = s[:-n]
        if s[-n:] not in INFLECTIONS or len(base) < 2:
            continue
        if base[-1] == base[-2] and base[:-1] in _VOCAB:
            base = base[:-1]  # "anlægg-ene"
        if (base in _VOCAB and base not in SUFFIXES and base not in FUNCTION_WORDS
                and (len(base) >= MIN_PART or base in SHORT_PARTS)):
            yield base


def _inflected(s: str) -> bool:
    """Whether ``s`` is a form of a listed word (not an ending): the word plus an
    inflectional ending ("skolens", "anlæggene") or its stem ("sanktion" of
    "sanktioner"), not a derivation ("sættelse")."""
    if s not in SUFFIXES and any(s + ending in _VOCAB for ending in ("e", "en", "er", "et")):
        return True
    return any(_bases(s))


def _lemma_zipf(s: str) -> float:
    """The frequency of a word's commonest listed form: its own or the word it inflects
    ("stillinger" counts as often as "stilling")."""
    return max([_VOCAB.get(s, 0.0), *(_VOCAB[b] for b in _bases(s))])


@lru_cache(maxsize=100_000)
def _segment(word: str) -> tuple[float, Parts] | None:
    """Most probable split of ``word`` into known words (one part allowed), or None.

    Score: sum of the parts' log10 probabilities (Zipf - 9), so fewer, commoner parts win.
    """
    zipf = _part_zipf(word, final=True)
    whole = (zipf - 9, ((word, ""),)) if zipf is not None else None
    split = _best_split(word, first_ok=lambda part: part not in SUFFIXES)
    if split is None or (whole is not None and whole[0] >= split[0]):
        return whole  # the whole word wins ties
    return split


def _best_split(word: str, first_ok: Callable[[str], bool]) -> tuple[float, Parts] | None:
    """The best split of ``word`` into a known first part, a link and a segmented rest."""
    best = None
    for i in range(2, len(word) - 2):
        first = word[:i]
        zipf = _VOCAB.get(first)  # _part_zipf(first, final=False), without its cache
        if (zipf is None or (i < MIN_PART and first not in SHORT_PARTS)
                or first in ADVERBS or not first_ok(first)):
            continue
        for link in LINKS:
            if not word.startswith(link, i):
                continue
            rest = _segment(word[i + len(link) :])
            if rest is not None and (best is None or zipf - 9 + rest[0] > best[0]):
                best = (zipf - 9 + rest[0], ((first, link), *rest[1]))
    return best


def _family_score(split: tuple[float, Parts]) -> float:
    """The split's mean part frequency, its final part counted as the word is
    (_lemma_zipf): "arbejdsmiljøet" is weighed as arbejds + miljø."""
    score, parts = split
    last = parts[-1][0]
    zipf = _part_zipf(last, final=True) or 0.0
    return (score - zipf + max(zipf, _lemma_zipf(last))) / len(parts) + 9


def _split(word: str) -> Parts:
    """The parts of a normalised compound word, () if it is not one (see split_compound)."""
    if len(word) < MIN_COMPOUND or not word.isalpha():
        return ()
    _ensure_vocabulary()
    best = _best_split(word, first_ok=lambda part: part not in PARTICLES)
    if best is None:
        return ()
    parts = best[1]
    if _family_score(best) <= _lemma_zipf(word):
        return ()
    if fold(snowball_stem(parts[0][0])) == fold(snowball_stem(word)):
        return ()  # the "rest" is an ending: "programmets", "anbringelserne"
    return parts


def query_parts(word: str) -> tuple[str, ...]:
    """A query word's compound parts, normalised, split once ("cykelstiplan" ->
    cykelsti, plan); () if it is not a compound. For matching the parts where the
    minutes write them apart ("sti for cykler")."""
    terms = _word_terms(word)
    if terms is None:
        return ()
    return _relinked(_split(terms[2]))


DOUBLED_LINKS = True
"""A link that repeats its part's last letter belongs to the next part: Danish puts no
linking e after an e nor s after an s ("skoleelever" is skole + elever, not skole + e +
lever; "husstande" hus + stande). Query time only (issue 17, round 21)."""


def _relinked(parts: Parts) -> tuple[str, ...]:
    """The parts of a split, a doubled link moved to the part after it (`DOUBLED_LINKS`)."""
    out: list[str] = []
    carry = ""
    for part, link in parts:
        out.append(carry + part)
        carry = link if DOUBLED_LINKS and link and part.endswith(link) else ""
    return tuple(out)


def split_compound(word: str) -> tuple[str, ...]:
    """Folded stems of the parts of a normalised compound word; () if not a compound.

    The split must beat the unsplit word as Koehn & Knight do: the geometric mean frequency
    of the parts exceeds the word's own. Emits each part and each run of parts from either
    end ("supercykelstier" -> super, cykel, stier, supercykel, cykelstier, as stems); the
    whole word is left to the caller.
    """
    parts = _split(word)
    if not parts:
        return ()
    whole = fold(stem_fixed(word, snowball_stem(word)))
    spans = [p for p, _ in parts]
    # Parts that are words of their own are split further only when long ("kommunal-
    # bestyrelse"); shorter ones are mostly lexicalised ("vejleder", "interval").
    # An inflection of a known word counts as a word of its own ("centrene").
    spans += [
        sub
        for p in spans
        if len(p) > 10 or (len(p) >= MIN_COMPOUND and p not in _VOCAB
                           and snowball_stem(p) not in _STEM_ZIPF)
        for sub in split_compound(p)
    ]
    for k in range(2, len(parts)):
        spans.append("".join(p + link for p, link in parts[: k - 1]) + parts[k - 1][0])
        spans.append("".join(p + link for p, link in parts[len(parts) - k :]))
    out: list[str] = []
    for span in spans:
        stem = fold(stem_fixed(span, snowball_stem(span)))
        if stem != whole and stem not in out:
            out.append(stem)
    return tuple(out)



@lru_cache(maxsize=100_000)
def _word_terms(word: str) -> tuple[str, str, str] | None:
    """(stem, exact term, normalised form) for a word as written; None for a stop word."""
    norm = normalize(word)
    folded = fold(norm)
    if folded in _FOLDED_STOPS:
        return None
    return fold(stem_fixed(norm, snowball_stem(norm))), EXACT_PREFIX + folded, norm


@lru_cache(maxsize=100_000)
def _parts(norm: str) -> tuple[str, ...]:
    """The compound-part stems of a normalised word (index time only)."""
    return split_compound(norm)


@lru_cache(maxsize=100_000)
def _index_terms(word: str) -> tuple[str, ...]:
    """Every term index mode gives a word (stem, exact form, compound parts); () for a
    stop word."""
    terms = _word_terms(word)
    return (terms[0], terms[1], *_parts(terms[2])) if terms else ()


def stem_term(word: str) -> str | None:
    """The stem term the index stores for a user's word; None for a stop word."""
    terms = _word_terms(word)
    return terms[0] if terms else None


ABBREVIATIONS: dict[str, str] = {
    "kbh": "københavn",
    "cph": "københavn",
    "aab": "aalborg",
}
"""Abbreviations users type for names; expanded at query time only (`spelling_variants`)."""

_ASCII_FOR = {"o": "ø", "a": "å", "e": "æ"}
MAX_VARIANT_LETTERS = 3


def spelling_variants(word: str) -> list[str]:
    """Danish spellings a user may have meant by a word typed without æ, ø or å.

    "Kobenhavn" gives "København" among others, and a known abbreviation gives its
    expansion ("Kbh" → "københavn"). Only for query time, and only worth using when
    the word as typed is not in the index: "mod" must not also mean "mød".
    """
    norm = normalize(word)
    if norm in ABBREVIATIONS:
        return [ABBREVIATIONS[norm]]
    if any(c in norm for c in "æøå"):
        return []
    spots = [i for i, c in enumerate(norm) if c in _ASCII_FOR][:MAX_VARIANT_LETTERS]
    out = []
    for mask in range(1, 2 ** len(spots)):
        letters = list(norm)
        for bit, i in enumerate(spots):
            if mask >> bit & 1:
                letters[i] = _ASCII_FOR[letters[i]]
        out.append("".join(letters))
    return out


def exact_term(word: str) -> str:
    """The exact-form term the index stores for a word."""
    return EXACT_PREFIX + fold(normalize(word))


class DanishTokenizer(Tokenizer):
    """Words (WORD_PATTERN) to stem, exact-form and compound-part terms, in one pass.

    Index mode: per word the folded stem, then ``EXACT_PREFIX`` + folded form and the
    compound parts' stems at the same position. Query mode: the stem only. Stop words
    are dropped (or marked stopped with ``removestops=False``) and positions renumbered.
    """

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: object) -> Iterator[Token]:
        if not tokenize:
            # A wildcard or range term ("bygge*"): matched against the exact forms, as
            # typed (stemming a pattern would widen it: "bygge*" to "byg*").
            t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
            t.text = EXACT_PREFIX + fold(normalize(value))
            t.boost, t.stopped = 1.0, False
            if keeporiginal:
                t.original = value
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        index_mode = mode != "query"
        word_terms = _word_terms
        pos = 0
        for match in _WORD_RE.finditer(value):
            word = match.group(0)
            terms = word_terms(word)
            t.boost = 1.0
            if keeporiginal:
                t.original = word
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            if terms is None:
                if removestops:
                    continue
                t.stopped = True
                t.text = fold(normalize(word))
            else:
                t.stopped = False
                t.text = terms[0]
            if positions:
                t.pos = pos
            pos += 1
            yield t
            if terms is None or not index_mode:
                continue
            for text in _index_terms(word)[1:]:  # the exact form, the compound parts
                t.text = text
                yield t


def index_words(text: str) -> tuple[list[tuple[int, int]], list[tuple[str, ...]]]:
    """The (start, end) and the index terms of every word of a text, stop words with no
    terms (snippets: one token per word, matched when any of its terms is a query term),
    made in C."""
    found = list(_WORD_RE.finditer(text))
    return list(map(re.Match.span, found)), list(map(_index_terms, map(re.Match.group, found)))


def holds_term(text: str, terms: AbstractSet[str]) -> bool:
    """Whether index mode gives `text` one of `terms` (the words are checked until one
    has a term in `terms`, in C)."""
    return not all(map(terms.isdisjoint, map(_index_terms, set(_WORD_RE.findall(text)))))


# Every term the indexer has met in this process, numbered in order: the writer's pool
# keeps these numbers, and so looks up no term per posting (a third of adding them).
TERMS: list[bytes] = []
_NUMBERS: dict[bytes, int] = {}


def _term_number(term: str) -> int:
    """The number in TERMS of a term (stored as UTF-8 bytes, as the index has it)."""
    bterm = term.encode()
    number = _NUMBERS.get(bterm)
    if number is None:
        number = _NUMBERS[bterm] = len(TERMS)
        TERMS.append(bterm)
    return number


WORD_CACHE = 200_000
"""Words whose terms a process keeps as numbers (`_INDEX_NUMBERS`) before it starts
over: a few times the vocabulary of a kommune's archive, 50 MB at most."""


class _WordNumbers(dict):
    """A word's `_index_terms` as numbers in TERMS, worked out on the word's first
    lookup. A plain dict, not an lru_cache: a hit is one lookup in C, where an
    lru_cache also moves the word to the front of its list (an eighth of the
    indexer's hot loop). It forgets every word when it holds WORD_CACHE of them."""

    def __missing__(self, word: str) -> tuple[int, ...]:
        if len(self) >= WORD_CACHE:
            self.clear()
        numbers = self[word] = tuple(map(_term_number, _index_terms(word)))
        return numbers


_INDEX_NUMBERS = _WordNumbers()


def term_numbers(text: str) -> list[tuple[int, ...]]:
    """What `DanishTokenizer` yields in index mode, a tuple per position, with terms
    as numbers in TERMS: each word's stem, exact form and compound parts, stop words
    left out (a word's position is its place in the list). The indexer's hot loop: no
    Token per term, and no Python loop per word either; the writer's pool counts the
    terms of all texts at once."""
    return list(filter(None, map(_INDEX_NUMBERS.__getitem__, _WORD_RE.findall(text))))


def term_counts(text: str) -> tuple[dict[bytes, int], list[bytes]]:
    """`term_numbers` grouped, with terms as UTF-8 bytes: the frequency of every term
    (in order of first occurrence), and the exact form of every word in order."""
    words = term_numbers(text)
    counts = Counter(chain.from_iterable(words))
    return (dict(zip(map(TERMS.__getitem__, counts), counts.values(), strict=True)),
            list(map(TERMS.__getitem__, map(itemgetter(1), words))))


def exact_positions(exacts: list[bytes]) -> dict[bytes, list[int]]:
    """The positions of each exact form, from `term_counts`' list of them."""
    positions: dict[bytes, list[int]] = {}
    for pos, exact in enumerate(exacts):
        if exact in positions:
            positions[exact].append(pos)
        else:
            positions[exact] = [pos]
    return positions


def danish_analyzer() -> DanishTokenizer:
    """The analyzer for every TEXT field (index and query mode)."""
    return DanishTokenizer()


@dataclass(frozen=True)
class TokenInfo:
    """One word of a text as the index sees it (for ``referat analyze``)."""

    text: str
    position: int
    startchar: int
    endchar: int
    stem: str | None
    exact: str | None
    parts: tuple[str, ...]
    kind: str
    """"stop", "compound", "number" or "word"."""


def analyze(text: str) -> list[TokenInfo]:
    """Explain how each word of ``text`` is indexed; stop words included (no position)."""
    out: list[TokenInfo] = []
    pos = 0
    for t in RegexTokenizer(WORD_PATTERN)(text, chars=True):
        terms = _word_terms(t.text)
        if terms is None:
            out.append(TokenInfo(t.text, -1, t.startchar, t.endchar, None, None, (), "stop"))
            continue
        stem, exact, norm = terms
        parts = _parts(norm)
        if parts:
            kind = "compound"
        elif t.text[0].isdigit():
            kind = "number"
        else:
            kind = "word"
        out.append(TokenInfo(t.text, pos, t.startchar, t.endchar, stem, exact, parts, kind))
        pos += 1
    return out


class ExactFormFilter(Filter):
    """Keeps the exact-form terms of `DanishTokenizer`'s tokens, at their positions:
    the analyzer of the phrase fields (`index.schema.phrase_positions_field`)."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.text.startswith(EXACT_PREFIX):
                yield t
