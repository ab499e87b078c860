"""Result objects and snippets: what a search returns, and how matches are marked.

Snippets are cut from the matching sections with Whoosh's highlighter: a
ContextFragmenter picks the fragments, `SnippetFormatter` turns them into a `Snippet`:
plain text and the spans of its matched words. A hit carries it twice: as HTML (the
text escaped, then `<mark>` and `</mark>` around each matched word, safe to put in a
page) and as plain text with the marks' offsets (terminals, scripts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from copy import deepcopy
from dataclasses import MISSING, dataclass, field, fields
from html import escape
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


def _field(*, after: str | None = None, decision: bool = False, hidden: bool = False,
           omit_none: bool = False, **kwargs: Any) -> Any:
    """A field of a result. `after`: put after the field it names in the JSON (a
    subclass's own field, or one the JSON puts later); `decision`: what the item's
    decision says (`index.decisions`), read as the item's body stores it
    (`decision_values`); `hidden`: not in the JSON; `omit_none`: not in the JSON when
    None."""
    metadata: dict[str, Any] = {"decision": decision, "hidden": hidden, "omit_none": omit_none}
    if after:
        metadata["after"] = after
    return field(metadata=metadata, **kwargs)


def _after(name: str, **kwargs: Any) -> Any:
    return _field(after=name, **kwargs)


def _json(value: Any) -> Any:
    """A field's value in the JSON: a result's or a section's `to_dict()`, a list of them
    each so, anything else a copy (the web adds links to the dicts it is given)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_json(v) for v in value]
    return deepcopy(value)


class JsonFields:
    """A result dataclass whose JSON is its fields (`_field`'s metadata says where and
    whether each stands)."""

    @classmethod
    def json_order(cls) -> list[str]:
        """The field names in the order of the documented JSON."""
        shown = [f for f in fields(cls) if not f.metadata.get("hidden")]
        order = [f.name for f in shown if "after" not in f.metadata]
        for f in shown:
            if "after" in f.metadata:
                order.insert(order.index(f.metadata["after"]) + 1, f.name)
        return order

    def to_dict(self) -> dict[str, Any]:
        omit = {f.name for f in fields(self) if f.metadata.get("omit_none")}
        values = {name: getattr(self, name) for name in self.json_order()}
        return {name: _json(value) for name, value in values.items()
                if value is not None or name not in omit}


@dataclass(kw_only=True)
class StepFields(JsonFields):
    """What every result of an item says (a hit, a whole item, a case's step): its
    meeting, number, title, case, source, and what its decision says (None/empty where
    there is no decision). A subclass's own fields are `_after` fields: `to_dict()`, the
    documented JSON schema, puts each after the field it names."""

    id: str
    kommune: str
    udvalg: str
    date: str | None
    kind: str
    item: str
    title: str
    case_number: str | None
    source: str
    outcome: str | None = _field(decision=True, default=None)
    outcomes: list[dict[str, str]] = _field(decision=True, default_factory=list)
    vote: dict[str, Any] | None = _field(decision=True, default=None)


@dataclass(kw_only=True)
class ItemFields(StepFields):
    """What a hit and a whole item both say of an item: besides a step's fields, whether
    it is closed, its page, and the rest of its decision."""

    closed: bool = _after("case_number")
    page: int | None = _after("source")
    unanimous: bool | None = _field(after="vote", decision=True, default=None)
    absent: list[str] = _field(after="unanimous", decision=True, default_factory=list)
    case: str | None = _field(after="absent", decision=True, default=None)


DECISION_FIELDS = tuple(f.name for f in fields(ItemFields) if f.metadata.get("decision"))


def decision_values(cls: type[StepFields], item: dict[str, Any]) -> dict[str, Any]:
    """The decision fields of `cls` from an item's body (empty for items indexed before
    the fields existed)."""
    out = {}
    for f in fields(cls):
        if f.metadata.get("decision"):
            value = item.get(f.name)
            out[f.name] = value if f.default_factory is MISSING else value or f.default_factory()
    return out


@dataclass(kw_only=True)
class Hit(ItemFields):
    """One search hit (an agenda item)."""

    score: float = _after("id")
    matched_sections: list[str] = _after("closed")
    snippet: str = _after("matched_sections")
    """HTML: the text escaped, matched words in <mark>…</mark>."""
    snippet_text: str = _after("snippet")
    """The same snippet as plain text, no marks."""
    snippet_marks: list[tuple[int, int]] = _after("snippet_text")
    """[start, end) of each matched word in snippet_text."""
    also: list[dict[str, Any]] = _after("case", default_factory=list)
    """Other items of the same case (`search.grouping`): id, udvalg, date, item, source."""


@dataclass
class SearchResult(JsonFields):
    """A page of hits for one query."""

    query: str
    total: int
    page: int
    limit: int
    hits: list[Hit] = _after("without", default_factory=list)
    parsed: str = _field(hidden=True, default="")
    # Counts over every match (not only this page) by kommune, udvalg, year, section
    # type and outcome, most first; None unless asked for (`search(facets=True)`).
    facets: dict[str, dict[str, int]] | None = _field(after="hits", omit_none=True,
                                                      default=None)
    relaxed: list[str] = field(default_factory=list)
    """What was done to find more than the strict query found (`search.relax`)."""
    corrected: str | None = None
    """The query as run, when words with no hits were corrected."""
    suggestions: list[dict[str, str]] = field(default_factory=list)
    """{"field", "value"}: closer spellings of the query, or the names a kommune or
    udvalg filter that matched nothing may have meant."""
    read: list[str] = field(default_factory=list)
    """Dates and committees written in the query, read as soft filters: their items
    rank higher (`search.soft_filters`)."""
    without: list[dict[str, Any]] = field(default_factory=list)
    """When the filters leave no hits: {"filter", "value", "total"} for each filter, the
    hits the search has without that one (an empty filtered result is never silent)."""


@dataclass(kw_only=True)
class ItemRecord(ItemFields):
    """A whole item with its meeting and every section (`referat show`)."""

    place: str | None = _after("kind")
    participants: list[str] = _after("place")
    sections: list[Section] = _after("page")


@dataclass(kw_only=True)
class CaseStep(StepFields):
    """One item of a case: where and when it was treated, and what was decided."""

    sections: list[str] = _after("case_number")
    """The types of its sections, in order."""

    @classmethod
    def json_order(cls) -> list[str]:
        """A step's: the date after the id, the source last."""
        first, *rest = (n for n in super().json_order() if n not in ("date", "source"))
        return [first, "date", *rest, "source"]


@dataclass
class CaseTimeline:
    """A case's items, oldest first (`referat case`); `status` is the outcome of the
    newest item that has one ("verserende" when none has, None for no items)."""

    number: str
    key: str
    steps: list[CaseStep] = field(default_factory=list)

    @property
    def status(self) -> str | None:
        if not self.steps:
            return None
        return next((s.outcome for s in reversed(self.steps) if s.outcome), "verserende")

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "key": self.key, "status": self.status,
                "steps": [s.to_dict() for s in self.steps]}


@dataclass(frozen=True)
class Snippet:
    """A snippet as plain text, with the [start, end) offsets of its matched words."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    def render(self, marked: Callable[[str], str], unmarked: Callable[[str], str] = str) -> str:
        """The text with each matched word passed through `marked`, the rest through
        `unmarked`."""
        out, index = [], 0
        for start, end in self.marks:
            out += [unmarked(self.text[index:start]), marked(self.text[start:end])]
            index = end
        out.append(unmarked(self.text[index:]))
        return "".join(out)

    def html(self, start: str = MARK_START, end: str = MARK_END) -> str:
        """HTML: the text escaped, then `start` and `end` around each matched word."""
        return self.render(lambda word: f"{start}{escape(word)}{end}", escape)


class SnippetFormatter(highlight.Formatter):
    """Joins Whoosh's fragments with ' … ' into a `Snippet` (whitespace collapsed)."""

    between = " … "

    def format(self, fragments: list[highlight.Fragment], replace: bool = False) -> Snippet:
        parts: list[str] = []
        marks: list[tuple[int, int]] = []
        length = 0
        for n, fragment in enumerate(fragments):
            if n:
                parts.append(self.between)
                length += len(self.between)
            index, text = fragment.startchar, fragment.text
            # as Formatter.format_fragment: by position, the longest of overlapping tokens
            for t in sorted(fragment.matches, key=lambda t: (t.startchar, t.startchar - t.endchar)):
                if t.startchar is None or t.startchar < index:
                    continue
                before = _SPACE.sub(" ", text[index:t.startchar])
                word = highlight.get_text(text, t, replace)
                length += len(before)
                marks.append((length, length + len(word)))
                length += len(word)
                parts += [before, word]
                index = t.endchar
            tail = _SPACE.sub(" ", text[index:fragment.endchar])
            parts.append(tail)
            length += len(tail)
        return Snippet("".join(parts), tuple(marks))


_FRAGMENTER = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
_SCORER = highlight.BasicFragmentScorer()
_FORMATTER = SnippetFormatter()


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


def mark(text: str, terms: set[str], top: int = SNIPPET_FRAGMENTS) -> Snippet:
    """The best fragments of `text`, the index terms in `terms` marked (empty if none).

    Whoosh's `highlight.highlight` with one token per word (its analyzer pass gave
    every stem, exact form and compound part a token of its own: three times the
    tokens, and fragments that counted each word's length up to three times).
    """
    if not terms or not text:
        return Snippet("")
    text = text[:MAX_HIGHLIGHT_CHARS]
    fragments = _FRAGMENTER.fragment_tokens(text, _word_tokens(text, terms))
    best = highlight.top_fragments(fragments, top, _SCORER, highlight.FIRST)
    return _FORMATTER.format(best)


def holds_any(text: str, terms: set[str] | None) -> bool:
    """Whether the index terms of `text` include one of `terms`."""
    if not terms or not text:
        return False
    return holds_term(text[:MAX_HIGHLIGHT_CHARS], terms)


def snippet_and_sections(
    sections: list[dict[str, Any]], title: str, matched: dict[str, set[str]],
) -> tuple[Snippet, list[str]]:
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
        return mark(best[1], field_terms), types
    lead = next((s["text"] for s in sections if s["text"].strip()), "")
    return Snippet(" ".join(lead[:SNIPPET_CHARS].split())), types
