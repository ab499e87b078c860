"""Result objects and snippets: what a search returns, and how matches are marked.

Snippets are cut from the matching sections with Whoosh's highlighter: a
ContextFragmenter picks the fragments, `MarkFormatter` marks the matched words. In
JSON the marks are `<mark>` and `</mark>` around each matched word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from itertools import compress
from operator import not_
from typing import Any

from referat.index.analysis import holds_term, index_words
from referat.index.model import Section
from referat.index.schema import field_for_section
from referat.search.ranking import FIELD_BOOSTS
from whoosh import highlight
from whoosh.analysis import Token

_SPACE = re.compile(r"\s+")
MARK_START = "<mark>"
MARK_END = "</mark>"
SNIPPET_CHARS = 240
SNIPPET_FRAGMENTS = 2
MAX_HIGHLIGHT_CHARS = 60_000  # longer sections are cut before highlighting


@dataclass
class Hit:
    """One search hit (an agenda item); `to_dict()` is the documented JSON schema."""

    id: str
    score: float
    kommune: str
    udvalg: str
    date: str | None
    kind: str
    item: str
    title: str
    case_number: str | None
    closed: bool
    matched_sections: list[str]
    snippet: str
    source: str
    page: int | None
    also: list[dict[str, Any]] = field(default_factory=list)
    """Other items of the same case (`search.grouping`): id, udvalg, date, item, source."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResult:
    """A page of hits for one query."""

    query: str
    total: int
    page: int
    limit: int
    hits: list[Hit] = field(default_factory=list)
    parsed: str = ""
    relaxed: list[str] = field(default_factory=list)
    """What was done to find more than the strict query found (`search.relax`)."""
    corrected: str | None = None
    """The query as run, when words with no hits were corrected."""
    suggestions: list[dict[str, str]] = field(default_factory=list)
    """{"field", "value"}: closer spellings of the query, or the names a kommune or
    udvalg filter that matched nothing may have meant."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "limit": self.limit,
            "relaxed": self.relaxed,
            "corrected": self.corrected,
            "suggestions": self.suggestions,
            "hits": [h.to_dict() for h in self.hits],
        }


@dataclass
class ItemRecord:
    """A whole item with its meeting and every section (`referat show`)."""

    id: str
    kommune: str
    udvalg: str
    date: str | None
    kind: str
    place: str | None
    participants: list[str]
    item: str
    title: str
    case_number: str | None
    closed: bool
    source: str
    page: int | None
    sections: list[Section]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"sections": [s.to_dict() for s in self.sections]}


class MarkFormatter(highlight.Formatter):
    """Marks matched words with fixed strings; fragments joined with ' … '."""

    between = " … "

    def __init__(self, start: str = MARK_START, end: str = MARK_END) -> None:
        self.start = start
        self.end = end

    def format_token(self, text: str, token, replace: bool = False) -> str:
        return f"{self.start}{highlight.get_text(text, token, replace)}{self.end}"

    def _text(self, text: str) -> str:
        return _SPACE.sub(" ", text)


_FRAGMENTER = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
_SCORER = highlight.BasicFragmentScorer()


def _word_tokens(text: str, terms: set[str]) -> Iterator[Token]:
    """One token per word, matched when one of its index terms is in `terms`; only
    the words near a match, which are all that `_FRAGMENTER` uses.

    Its fragments are cut from the words around each match: a fragment keeps the
    words up to `surround` characters before its first match (so at most
    `surround` + 1 words, each a character or more), and it ends at most
    2 · `surround` characters of words after its last one. The words further from any
    match only pass through its buffer, so leaving them out gives the same fragments
    (a test compares them), without a token for each word of a long section.
    """
    spans, word_terms = index_words(text)
    matched = list(map(not_, map(terms.isdisjoint, word_terms)))
    before, after = _FRAGMENTER.surround + 2, 2 * _FRAGMENTER.surround + 2
    windows: list[list[int]] = []  # [first, last + 1) word of each run of words near matches
    for i in compress(range(len(spans)), matched):
        if windows and i - before <= windows[-1][1]:
            windows[-1][1] = min(i + after + 1, len(spans))
        else:
            windows.append([max(i - before, 0), min(i + after + 1, len(spans))])
    t = Token(positions=True, chars=True)
    for first, end in windows:
        for pos in range(first, end):
            if matched[pos]:
                t.text, t.matched = next(w for w in word_terms[pos] if w in terms), True
            else:
                t.text, t.matched = "", False
            t.pos, (t.startchar, t.endchar) = pos, spans[pos]
            yield t


def mark(text: str, terms: set[str], formatter: highlight.Formatter,
         top: int = SNIPPET_FRAGMENTS) -> str:
    """The best fragments of `text` with the index terms in `terms` marked ('' if none).

    Whoosh's `highlight.highlight` with one token per word (its analyzer pass gave
    every stem, exact form and compound part a token of its own: three times the
    tokens, and fragments that counted each word's length up to three times).
    """
    if not terms or not text:
        return ""
    text = text[:MAX_HIGHLIGHT_CHARS]
    fragments = _FRAGMENTER.fragment_tokens(text, _word_tokens(text, terms))
    best = highlight.top_fragments(fragments, top, _SCORER, highlight.FIRST)
    return formatter(text, best)


def holds_any(text: str, terms: set[str] | None) -> bool:
    """Whether the index terms of `text` include one of `terms`."""
    if not terms or not text:
        return False
    return holds_term(text[:MAX_HIGHLIGHT_CHARS], terms)


def snippet_and_sections(
    sections: list[dict[str, Any]], title: str, matched: dict[str, set[str]],
    formatter: highlight.Formatter,
) -> tuple[str, list[str]]:
    """The snippet of a hit and the section types whose text matched.

    `matched` maps each text field to the query's index terms in it. Only the first
    matching section of the most boosted field is cut into a snippet (highlighting is
    the costly part); the others are only checked for a term.
    """
    best: tuple[float, str] | None = None  # (field boost, text)
    types: list[str] = []
    for sec in sections:
        field = field_for_section(sec["type"])
        if holds_any(sec["text"], matched.get(field)):
            if sec["type"] not in types:
                types.append(sec["type"])
            if best is None or FIELD_BOOSTS[field] > best[0]:
                best = (FIELD_BOOSTS[field], sec["text"])
    if holds_any(title, matched.get("title")):
        types.insert(0, "title")
    if best is not None:
        field_terms = set().union(*matched.values())
        return mark(best[1], field_terms, formatter), types
    lead = next((s["text"] for s in sections if s["text"].strip()), "")
    return " ".join(lead[:SNIPPET_CHARS].split()), types
