"""Spelling correction from the index's own words.

A word with no hits is compared with the exact forms the index holds (Whoosh's
`terms_within`, a Levenshtein automaton over the term list, sharing the first
two letters): the closest one wins, and among equally close ones the one in most items.
Only words the index holds are offered, so a correction always has hits.
"""

from __future__ import annotations

from itertools import product

from referat.index.analysis import EXACT_PREFIX, fold, normalize, stem_term
from referat.index.schema import TEXT_FIELDS

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
        for fieldname in VOCABULARY_FIELDS:
            for term in reader.terms_within(fieldname, EXACT_PREFIX + typed, edits,
                                            prefix=len(EXACT_PREFIX) + SAME_START):
                text = term.decode("utf-8") if isinstance(term, bytes) else term
                if text.startswith(EXACT_PREFIX) and text[1:] != typed:
                    found.setdefault(text[1:], edits)
        if found:
            break
    return sorted(((edits, -_items(reader, w), w) for w, edits in found.items()))


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


def best_correction(reader, word: str) -> str | None:
    """The index word a word with no hits most likely meant, or None."""
    found = corrections(reader, word)
    return unfold(reader, found[0][2]) if found else None
