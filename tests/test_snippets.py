"""Snippets: the words near a match give the fragments that every word would; markup in
the minutes comes back escaped in the HTML form and as written in the plain form."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from referat.index.analysis import index_words
from referat.index.documents import section_texts
from referat.search.results import (
    _FRAGMENTER,
    _SCORER,
    MAX_HIGHLIGHT_CHARS,
    SNIPPET_FRAGMENTS,
    SnippetFormatter,
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
    formatter = SnippetFormatter()
    compared = skipped_words = 0
    assert len(long_sections) > 100
    for text in long_sections:
        text = text[:MAX_HIGHLIGHT_CHARS]
        for terms in _query_terms(text):
            fragments = _FRAGMENTER.fragment_tokens(text, _every_word(text, terms))
            best = highlight.top_fragments(fragments, SNIPPET_FRAGMENTS, _SCORER,
                                           highlight.FIRST)
            assert mark(text, terms) == formatter.format(best)
            compared += 1
            skipped_words += (len(list(_every_word(text, terms)))
                              - len(list(_word_tokens(text, terms))))
    assert compared > 600
    # most words of long sections are far from any match
    assert skipped_words > compared * 200


HOSTILE = """REFERAT Teknik- og Miljøudvalget d. 12-05-2025

Mødedato Mandag d. 12. maj 2025 kl. 16:00

Punkt 1: Hjemmesidens kommentarfelt

01.00.00-A00-1-25

Sagsfremstilling

En borger skrev <script>alert(1)</script> i kommentarfeltet, og en anden skrev
<img src=x onerror="alert('xss')"> & "citater" om kommentarfeltets regler.

Beslutning

Kommentarfeltet lukkes, til <b>regler</b> for kommentarfelt er vedtaget.
"""


class _Tags(HTMLParser):
    """The tags, and the text with its character references resolved, of an HTML string."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory) -> Path:
    from referat.index.writer import index_paths

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "minutes").mkdir()
    (folder / "minutes" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    report = index_paths([folder / "minutes"], index_dir=folder / "ix", kommune="Eksempelby")
    assert report.items_added == 1
    return folder / "ix"


@pytest.mark.parametrize("words", ["alert", "kommentarfelt", "regler", "citater"])
def test_hostile_markup_is_escaped_in_html_and_kept_in_plain_text(hostile_index, words):
    from referat import search

    with search.open_index(hostile_index) as ix:
        hit = ix.search(words).hits[0]
    # HTML: the only elements are the marks; the text reads as written
    parsed = _Tags()
    parsed.feed(hit.snippet)
    assert parsed.tags and set(parsed.tags) == {"mark"}
    assert "".join(parsed.text) == hit.snippet_text
    assert html.unescape(re.sub("</?mark>", "", hit.snippet)) == hit.snippet_text
    # plain text: the markup as written, each mark on a matched word
    assert "<" in hit.snippet_text and "&lt;" not in hit.snippet_text
    assert "mark>" not in hit.snippet_text
    marked = [hit.snippet_text[start:end] for start, end in hit.snippet_marks]
    assert marked == re.findall("<mark>(.*?)</mark>", html.unescape(hit.snippet))
    assert all(w.lower().startswith(words) for w in marked)


def test_hostile_script_tag_in_both_forms(hostile_index):
    from referat import search

    with search.open_index(hostile_index) as ix:
        hit = ix.search("alert").hits[0]
        custom = ix.search("alert", marks=("<em>", "</em>")).hits[0]
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in hit.snippet
    assert "<script>alert(1)</script>" in hit.snippet_text
    assert ("&lt;img src=x onerror=&quot;<mark>alert</mark>(&#x27;xss&#x27;)&quot;&gt;"
            in hit.snippet)
    assert "&lt;script&gt;<em>alert</em>(1)" in custom.snippet
    data = hit.to_dict()
    assert data["snippet_text"] == hit.snippet_text and data["snippet"] == hit.snippet
