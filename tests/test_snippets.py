"""Snippets: the words near a match give the fragments that every word would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from referat.index.analysis import index_words
from referat.index.documents import section_texts
from referat.search.results import (
    _FRAGMENTER,
    _SCORER,
    MAX_HIGHLIGHT_CHARS,
    SNIPPET_FRAGMENTS,
    MarkFormatter,
    _word_tokens,
    mark,
)
from whoosh import highlight
from whoosh.analysis import Token

from tests.conftest import parsed_meetings


@pytest.fixture(scope="module")
def long_sections(corpus: Path) -> list[str]:
    """Section texts of real minutes (Greve, Aarhus, Albertslund) long enough that
    a match leaves words far from it."""
    paths = sorted((corpus / "greve").glob("*.json"))[:40]
    paths += sorted((corpus / "aarhus").glob("*.html"))[:2]
    paths += sorted((corpus / "albertslund").glob("*.txt"))
    texts = []
    for _, meeting in parsed_meetings(paths):
        for item in meeting.items:
            texts += [t for t in section_texts(item).values() if len(t) > 3000]
    return texts


def _every_word(text: str, terms: set[str]) -> Iterator[Token]:
    """A token for every word of the text (what `_word_tokens` leaves out included)."""
    spans, word_terms = index_words(text)
    t = Token(positions=True, chars=True)
    for pos, ((start, end), found) in enumerate(zip(spans, word_terms, strict=True)):
        term = next((w for w in found if w in terms), None)
        t.text, t.matched = (term, True) if term else ("", False)
        t.pos, t.startchar, t.endchar = pos, start, end
        yield t


def _query_terms(text: str) -> Iterator[set[str]]:
    """Term sets to mark: one word's stem at the start, middle or end, a common stem,
    two far-apart words, and a term the text does not hold."""
    _, word_terms = index_words(text)
    stems = [found[0] for found in word_terms if found]
    yield {stems[0]}
    yield {stems[len(stems) // 2]}
    yield {stems[-1]}
    yield {max(set(stems), key=stems.count)}
    yield {stems[len(stems) // 5], stems[4 * len(stems) // 5]}
    yield {"ingensteds"}


def test_marks_from_the_words_near_matches_equal_marks_from_every_word(long_sections):
    formatter = MarkFormatter()
    compared = skipped_words = 0
    assert len(long_sections) > 100
    for text in long_sections:
        text = text[:MAX_HIGHLIGHT_CHARS]
        for terms in _query_terms(text):
            fragments = _FRAGMENTER.fragment_tokens(text, _every_word(text, terms))
            best = highlight.top_fragments(fragments, SNIPPET_FRAGMENTS, _SCORER,
                                           highlight.FIRST)
            assert mark(text, terms, formatter) == formatter(text, best)
            compared += 1
            skipped_words += (len(list(_every_word(text, terms)))
                              - len(list(_word_tokens(text, terms))))
    assert compared > 600
    # most words of long sections are far from any match
    assert skipped_words > compared * 200
