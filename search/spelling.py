"""Spelling correction from the index's own words.

A word with no hits is compared with the exact forms the index holds that share its
first two letters (Whoosh's `terms_within`: Damerau-Levenshtein distance, in Python, to
each such word): the closest one wins, and among equally close ones the one in most
items. Only words the index holds are offered, so a correction always has hits.

`terms_within` computes the distance to every word with the prefix, on every call: at
110,000 items that was most of a typo's query time. `words_within` finds the same
words among those whose length is within the edits of the word's (no other can be),
listed once per reader (``REFERAT_ENGINE=whoosh``: Whoosh's own `terms_within`).
"""

from __future__ import annotations

from itertools import product
from typing import NamedTuple
from weakref import WeakKeyDictionary

from referat.index.analysis import (
    EXACT_PREFIX,
    fold,
    loaded_vocabulary,
    normalize,
    query_parts,
    snowball_stem,
    stem_term,
)
from referat.index.engine import uses_stock_whoosh
from referat.index.schema import TEXT_FIELDS
from whoosh.reading import IndexReader
from whoosh.support.levenshtein import distance

MIN_LETTERS = 4
"""Shorter words are not corrected: too many words are one letter from them."""
SAME_START = 2
"""Letters a correction shares with the word at its start (most typos come later, and
the automaton then reads a small part of the term list)."""
VOCABULARY_FIELDS = ("title", "sagsfremstilling", "beslutning")
"""The fields whose words are offered: nearly every word of the others is in them."""
LONG_WORD = 8
"""Words this long may be two edits from their correction."""


def _max_edits(word: str) -> int:
    return 2 if len(word) >= LONG_WORD else 1


def corrections(reader, word: str) -> list[tuple[int, int, str]]:
    """(edits, items, folded word) of the index's words close to `word`, best first."""
    typed = fold(normalize(word))
    if len(typed) < MIN_LETTERS or not typed.isalpha():
        return []
    found: dict[str, int] = {}
    for edits in range(1, _max_edits(typed) + 1):
        for text in words_within(reader, VOCABULARY_FIELDS, EXACT_PREFIX + typed, edits,
                                 len(EXACT_PREFIX) + SAME_START):
            if text.startswith(EXACT_PREFIX) and text[1:] != typed:
                found.setdefault(text[1:], edits)
        if found:
            break
    return sorted(((edits, -_items(reader, w), w) for w, edits in found.items()))


# Per reader (weakly held: a refreshed searcher's reader drops out): (fields, prefix) ->
# {length: [(word, its letters)]}, the distinct words of the fields with that prefix.
_BY_LENGTH: WeakKeyDictionary = WeakKeyDictionary()


def words_within(reader, fieldnames: tuple[str, ...], text: str, maxdist: int,
                 prefix: int) -> set[str]:
    """The words of the fields within `maxdist` edits of `text` that share its first
    `prefix` letters: the words Whoosh's `reader.terms_within` finds in each field.

    A word whose length, or letters (as a set, then counted), differ from the text's in
    more than `maxdist` places is more than `maxdist` edits from it (an edit changes the
    length by one at most, and adds or removes one letter at most; a transposition
    neither): only the others are measured, each word once however many fields hold
    it.

    The stock path is Whoosh's documented `IndexReader.terms_within` (Damerau-Levenshtein:
    a transposition is one edit). A one-segment reader overrides it with an automaton that
    has no transpositions, so Whoosh's own answer would depend on the segment count."""
    if uses_stock_whoosh():
        return {t.decode("utf-8") if isinstance(t, bytes) else t for f in fieldnames
                for t in IndexReader.terms_within(reader, f, text, maxdist, prefix=prefix)}
    per_reader = _BY_LENGTH.setdefault(reader, {})
    key = (fieldnames, text[:prefix])
    if key not in per_reader:
        words = {reader.schema[f].from_bytes(btext) for f in fieldnames
                 for btext in reader.expand_prefix(f, text[:prefix])}
        by_length: dict[int, list[tuple[str, frozenset[str]]]] = {}
        for word in sorted(words):
            by_length.setdefault(len(word), []).append((word, frozenset(word)))
        per_reader[key] = by_length
    by_length, letters = per_reader[key], frozenset(text)
    return {word for n in range(len(text) - maxdist, len(text) + maxdist + 1)
            for word, its in by_length.get(n, ())
            if len(its - letters) <= maxdist and len(letters - its) <= maxdist
            and _letters_apart(word, text) <= maxdist
            and distance(word, text, limit=maxdist) <= maxdist}


def _letters_apart(one: str, other: str) -> int:
    """The letters one word has more of than the other, the larger count of the two
    ways: no fewer edits turn one into the other."""
    return max(sum(max(a.count(c) - b.count(c), 0) for c in set(a))
               for a, b in ((one, other), (other, one)))


def _items(reader, word: str) -> int:
    return sum(reader.doc_frequency(f, EXACT_PREFIX + word) for f in TEXT_FIELDS)


_FOLDS = (("aa", "å"), ("ae", "æ"), ("oe", "ø"))
MAX_UNFOLDS = 3


def unfold(reader, folded: str) -> str:
    """The spelling of a folded index word with æ/ø/å put back where the index holds
    its stem ("soendag" -> "søndag"): the query stems it as typed."""
    spots = []
    for i in range(len(folded) - 1):
        for pair, letter in _FOLDS:
            if folded.startswith(pair, i):
                spots.append((i, letter))
    best, best_items = folded, -1
    for choice in product((False, True), repeat=min(len(spots), MAX_UNFOLDS)):
        word, shift = folded, 0
        for (i, letter), on in zip(spots, choice, strict=False):
            if on:
                word = word[:i - shift] + letter + word[i - shift + 2:]
                shift += 1
        stem = stem_term(word)
        items = sum(reader.doc_frequency(f, stem) for f in TEXT_FIELDS) if stem else 0
        if items > best_items or (items == best_items and word != folded):
            best, best_items = word, items
    return best


class Correction(NamedTuple):
    """The index word a word was likely meant as, and how far apart they are."""

    word: str
    """With æ, ø and å where the index holds its stem (`unfold`)."""
    edits: int
    """Edits between the two, folded (Damerau-Levenshtein, as `corrections` measured)."""


def best_correction(reader, word: str) -> Correction | None:
    """The index word a word with no hits most likely meant, or None."""
    found = corrections(reader, word)
    return Correction(unfold(reader, found[0][2]), found[0][0]) if found else None


RARE_HITS = 3
"""A word in at most this many items may be a typo the minutes share ("trafiksikkehed")."""
MORE_ITEMS = 20
"""…when a near spelling is in this many times as many items (and at least this many)."""


def known_word(word: str) -> bool:
    """A word of the Danish word list (`index/data/da_words.tsv`), an inflection of one,
    or a compound of such words: no typo, however rare in the minutes."""
    vocab, stems = loaded_vocabulary()
    typed = normalize(word)
    return typed in vocab or snowball_stem(typed) in stems or bool(query_parts(typed))


def likely_meant(reader, word: str, hits: int) -> str | None:
    """The index word a rare word (`hits` items) was likely meant as: a near spelling in
    MORE_ITEMS times as many items that is not a form of the same word (another stem,
    neither word the start of the other: "plejecentrene" is no typo of "plejecentret")."""
    if hits > RARE_HITS or known_word(word):
        return None
    found = corrections(reader, word)
    if not found or -found[0][1] < MORE_ITEMS * max(hits, 1):
        return None
    better = unfold(reader, found[0][2])
    typed, other = fold(normalize(word)), fold(normalize(better))
    if stem_term(better) == stem_term(word) or typed.startswith(other[:-1]) \
            or other.startswith(typed[:-1]):
        return None
    return better
