"""The query language: Whoosh's syntax in Danish use, and the filters around it.

Words are ANDed; OR, NOT, "exact phrases", prefix*, (groups) and field:value work as
in Whoosh. Field names are the section types and metadata (see FIELD_NAMES). Each
word matches its stem in every text field (with the boosts of `search.ranking`) and,
with an extra boost, its exact form; a "phrase" matches exact forms only. A word that
looks like a case number also looks up the case-number field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, fields, replace
from itertools import islice
from typing import Any

from referat.index.analysis import EXACT_PREFIX, exact_term, spelling_variants, stem_term
from referat.index.engine.whoosh_compat import NULL_QUERY_TYPE, expanded_words
from referat.index.schema import (
    TEXT_FIELDS,
    case_keys,
    field_for_section,
    looks_like_case_number,
    phrase_field,
    text_field_of,
)
from referat.index.sections import SECTION_TYPES
from referat.search.identifiers import (
    CASE_LABEL,
    case_terms,
    fused_case_number,
    labelled_numbers,
    matching_case_terms,
    paragraph_parts,
    plan_numbers,
    printed_numbers,
    typed_numbers,
)
from referat.search.matching import term_probes
from referat.search.ranking import CASE_BOOST, EXACT_BOOST, FIELD_BOOSTS
from whoosh import qparser, query
from whoosh.fields import Schema

from referat.errors import QueryError

MAX_QUERY_CHARS = 2000
MAX_PREFIX_TERMS = 512  # a prefix* expands to at most this many terms
MIN_PREFIX_CHARS = 2

# User-facing field names -> schema fields.
FIELD_NAMES: dict[str, str] = {
    "titel": "title",
    "title": "title",
    "beslutning": "beslutning",
    "indstilling": "indstilling",
    "resume": "resume",
    "resumé": "resume",
    "sagsfremstilling": "sagsfremstilling",
    "rest": "rest",
    "udvalg": "udvalg_words",
    "kommune": "kommune_words",
    "sag": "case",
    "sagsnr": "case",
    "case": "case",
    "punkt": "number",
    "kind": "kind",
    "type": "kind",
}
# Section types without a field of their own are searched in "rest".
FIELD_NAMES.update({t: "rest" for t in SECTION_TYPES if t not in FIELD_NAMES})

KINDS = ("referat", "dagsorden")


@dataclass
class Filters:
    """Restrictions that apply on top of the query (CLI options, API arguments)."""

    kommune: str | None = None
    udvalg: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kind: str | None = None
    sections: list[str] = field(default_factory=list)
    case: str | None = None

    @classmethod
    def given(cls, **arguments: Any) -> Filters:
        """The filters as `Referat.search` takes them: a date as a date or as text
        (`parse_date`, QueryError naming the argument), the sections as any sequence or
        None."""
        flt = cls(**arguments)
        return replace(flt, date_from=_as_date(flt.date_from, "date_from"),
                       date_to=_as_date(flt.date_to, "date_to"),
                       sections=list(flt.sections or []))


FILTERS = tuple(f.name for f in fields(Filters))
"""The filters' names: `Referat.search`'s filter arguments besides the decision's."""


class _Parser(qparser.QueryParser):
    """A parser whose words also match their exact form and case numbers."""

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True,
                   removestops=True):
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if fieldname == "case" and termclass is query.Term and self.reader is not None:
            found = matching_case_terms(text, case_terms(self.reader), partial=True)
            return query.Or([q, *(query.Term("case", t, boost=boost) for t in found)])
        if fieldname not in TEXT_FIELDS or termclass is not query.Term or q is None:
            return q
        extra: list[query.Query] = [q]
        if isinstance(q, query.Term) and EXACT_BOOST > 0:
            extra.append(query.Term(fieldname, exact_term(text), boost=boost * EXACT_BOOST))
        if isinstance(q, query.Term) and self.reader is not None:
            extra += [query.Term(fieldname, s, boost=boost) for s in self._respelled(text)]
            if text in self.plan_numbers:  # "lp 1253": printed "Lokalplan 12.53"
                extra += [query.Term(fieldname, n, boost=boost) for n in printed_numbers(text)
                          if self.reader.doc_frequency(fieldname, n)]
        paragraph = paragraph_parts(text)
        if paragraph and paragraph[1]:  # "§17,4" is printed so, or "§ 17, stk. 4"
            extra.append(query.Phrase(phrase_field(fieldname),
                                      [exact_term(w) for w in (paragraph[0], "stk", paragraph[1])],
                                      boost=boost))
        if fieldname == "title" and (looks_like_case_number(text) or fused_case_number(text)):
            keys = case_keys(text)
            if self.reader is not None:
                keys |= set(matching_case_terms(text, case_terms(self.reader)))
            extra += [query.Term("case", k, boost=CASE_BOOST) for k in sorted(keys)]
        return query.Or(extra) if len(extra) > 1 else q

    def _respelled(self, text: str) -> list[str]:
        """Stems of other spellings of a word that no text field holds ("Kobenhavn")."""
        if self._in_index(stem_term(text)):
            return []
        stems = (stem_term(v) for v in spelling_variants(text) if " " not in v)
        return [s for s in stems if self._in_index(s)]

    def _in_index(self, stem: str | None) -> bool:
        """Whether a text field holds the stem; asked once per parse (the parser asks
        for each of a word's fields, and each answer looks in every segment)."""
        if stem is None:
            return False
        if stem not in self.stems_in_index:
            self.stems_in_index[stem] = any(self.reader.frequency(f, stem) for f in TEXT_FIELDS)
        return self.stems_in_index[stem]


def make_parser(schema: Schema, reader=None, boosts: dict[str, float] | None = None,
                typed: str = "") -> qparser.QueryParser:
    """The parser for user queries over the text fields, with boosts and aliases.

    With an index reader, a word the index does not hold also matches its spelling
    variants that it does hold (`index.analysis.spelling_variants`), and a plan number
    in the `typed` query its other printed forms (`search.identifiers.plan_numbers`).
    `boosts` replace the field boosts of `search.ranking` (a query that asks for
    decisions).
    """
    parser = _Parser(None, schema, group=qparser.AndGroup)
    parser.reader = reader
    parser.plan_numbers = plan_numbers(typed)
    parser.stems_in_index = {}
    parser.add_plugin(qparser.MultifieldPlugin(list(TEXT_FIELDS),
                                                fieldboosts=boosts or FIELD_BOOSTS))
    aliases: dict[str, list[str]] = {}
    for alias, target in FIELD_NAMES.items():
        if alias != target:
            aliases.setdefault(target, []).append(alias)
    parser.add_plugin(qparser.FieldAliasPlugin(aliases))
    parser.remove_plugin_class(qparser.PlusMinusPlugin)
    return parser


_FIELD_RE = re.compile(r"(?<![\w\"])([^\W\d][\w]*):(?=\S)")


def check_syntax(text: str) -> None:
    """Reject what Whoosh would silently misread: open quotes, unbalanced (), unknown fields."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query is too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in text):
        raise QueryError("query contains control characters")
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: a "phrase" needs a closing "')
    depth = 0
    for i, chunk in enumerate(text.split('"')):
        if i % 2:  # inside a phrase
            continue
        for c in chunk:
            depth += {"(": 1, ")": -1}.get(c, 0)
            if depth < 0:
                raise QueryError("unbalanced parenthesis: ')' without '('")
        outside = _FIELD_RE.findall(chunk)
        for name in outside:
            if name.lower() not in FIELD_NAMES:
                known = ", ".join(sorted(FIELD_NAMES))
                raise QueryError(f"unknown field '{name}:' (known fields: {known})")
    if depth:
        raise QueryError("unbalanced parenthesis: '(' without ')'")


def _fix_phrases(q: query.Query, text: str) -> query.Query:
    """Make every phrase match the exact forms of its words, as typed."""
    if isinstance(q, query.Phrase):
        words = q.words
        if q.char_ranges and all(s is not None for s, _ in q.char_ranges):
            words = [exact_term(text[s:e]) for s, e in q.char_ranges]
        fieldname = phrase_field(q.fieldname) if q.fieldname in TEXT_FIELDS else q.fieldname
        return query.Phrase(fieldname, words, slop=q.slop, boost=q.boost,
                            char_ranges=q.char_ranges)
    if isinstance(q, (query.Prefix, query.Wildcard)):
        if len(q.text.lstrip(EXACT_PREFIX).rstrip("*?")) < MIN_PREFIX_CHARS:
            raise QueryError(f"'{q.text.lstrip(EXACT_PREFIX)}' is too short for a wildcard "
                             f"(at least {MIN_PREFIX_CHARS} letters before *)")
        return q
    if q.is_leaf():
        return q
    return q.apply(lambda child: _fix_phrases(child, text))


def _find_errors(q: query.Query) -> str | None:
    if isinstance(q, NULL_QUERY_TYPE):
        return None
    if getattr(q, "error", None):
        return str(q.error)
    for child in q.children():
        err = _find_errors(child)
        if err:
            return err
    return None


_QUOTED_IDENTIFIER = re.compile(r'"([^"\s]*\d[^"\s]*)"')
# the label a document prints before a case number, with its punctuation, when a number
# follows ("Sagsnr.: 24-0044", "Sagsnummer 24-0044", "Sag nr. 24-0044", "J.nr.: 24-0044")
_CASE_LABEL = re.compile(rf"(?<!\w)(?:{CASE_LABEL})\s*\.?\s*:?\s*(?=\d{{2,4}}[-./]\d)",
                         re.IGNORECASE)
_QUESTION_MARK = re.compile(r"\?+(?=[\s)\"]|$)")


def unquote_identifiers(text: str) -> str:
    """A quoted identifier or case number ("24-004433") as if typed without quotes: as a
    phrase it would look for its pieces in the text, not in the case-number field. A case
    number copied with its label ("Sagsnr.: 24-004433", "J.nr. 24-004433") as the number
    alone: "Sagsnr.:" would read as a field name, and the number as a word of no field.
    A label before a bare number ("sag 4433") as the number in the case-number field or
    in the text: `(sag:4433 OR 4433)`. Plan numbers and paragraphs in one comparable
    form (`search.identifiers.typed_numbers`)."""
    text = _CASE_LABEL.sub("", _QUOTED_IDENTIFIER.sub(r"\1", text))
    return typed_numbers(labelled_numbers(text))


def drop_question_marks(text: str) -> str:
    """A question mark that ends a word ("robotstøvsugere?") as punctuation: Whoosh would
    read it as a one-letter wildcard, and the question would find nothing. A `?` inside
    a word (`b?rn`) stays a wildcard."""
    return _QUESTION_MARK.sub("", text)


def parse_query(text: str, schema: Schema, reader=None,
                boosts: dict[str, float] | None = None,
                parser: qparser.QueryParser | None = None) -> query.Query | None:
    """The Whoosh query for a user's query string; None for an empty query. `parser`:
    one `make_parser` made before, for parsing many words alike.

    Raises QueryError for a query that holds only stop words or signs ("og", "&"): it
    would otherwise match nothing, or, as Whoosh reads it, everything.
    """
    check_syntax(text)
    if not text.strip():
        return None
    typed, text = text, drop_question_marks(unquote_identifiers(text))
    if not text.strip():
        raise _nothing_to_search(typed)
    try:
        q = (parser or make_parser(schema, reader, boosts, text)).parse(text)
    except (IndexError, AttributeError, TypeError, ValueError):
        # Whoosh's parser fails on NOT right before an operator ("NOT OR b").
        raise QueryError("cannot parse query: AND, OR and NOT need a word on each side") from None
    err = _find_errors(q)
    if err:
        raise QueryError(f"cannot parse query: {err}")
    q = _fix_phrases(q, text)
    if isinstance(q, NULL_QUERY_TYPE):
        raise _nothing_to_search(typed)
    return q


def _nothing_to_search(text: str) -> QueryError:
    return QueryError(f"nothing to search for in {text.strip()!r}: it holds only stop "
                      "words or signs; add a word that names the subject")


# The words a prefix expands to in a field (`search.matching.prefix_words`).
PrefixWords = Callable[[str, str], Collection[bytes]]


def check_expansions(q: query.Query, reader, prefix_words: PrefixWords) -> None:
    """Reject a prefix* or wildcard that would expand to too many index terms."""
    for node in q.leaves():
        if isinstance(node, query.Prefix):
            count = len(prefix_words(node.fieldname, node.text))
        elif isinstance(node, query.Wildcard):
            count = sum(1 for _ in islice(expanded_words(node, reader), MAX_PREFIX_TERMS + 1))
        else:
            continue
        if count > MAX_PREFIX_TERMS:
            raise QueryError(f"'{node.text.lstrip(EXACT_PREFIX)}*' matches more than "
                             f"{MAX_PREFIX_TERMS} words; "
                             "type more letters before *")


def highlight_terms(q: query.Query, reader, prefix_words: PrefixWords) -> dict[str, set[str]]:
    """The index terms of a query's positive parts, per text field (prefixes expanded).

    Snippets mark these; a hit's matched sections are those whose text holds one.
    Taken once per search, instead of Whoosh recording terms for every matching doc.
    A term is looked up once, by the segments' term probes (`matching.term_probes`).
    """
    out: dict[str, set[str]] = {}
    probes = term_probes(reader)
    looked: set[tuple[str, str]] = set()

    def held(node: query.Term) -> list[tuple[str, bytes]]:
        """The term, if the index holds it (what `existing_terms` says of a term)."""
        if (node.fieldname, node.text) in looked or node.fieldname not in reader.schema:
            return []
        looked.add((node.fieldname, node.text))
        try:
            btext = reader.schema[node.fieldname].to_bytes(node.text)
        except ValueError:
            return []
        return [(node.fieldname, btext)] if any(probe(node.fieldname, btext)
                                                for probe in probes) else []

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if isinstance(node, query.AndNot):
            walk(node.a)
            return
        if not node.is_leaf():
            for child in node.children():
                walk(child)
            return
        if isinstance(node, query.Prefix):
            found = ((node.fieldname, word) for word in prefix_words(node.fieldname, node.text))
        elif type(node) is query.Term:
            found = held(node)
        else:
            found = node.existing_terms(reader, phrases=True, expand=True)
        for fieldname, text in found:
            fieldname = text_field_of(fieldname)  # a phrase's words: in its text field
            if fieldname in TEXT_FIELDS:
                word = text.decode("utf-8") if isinstance(text, bytes) else text
                out.setdefault(fieldname, set()).add(word)

    walk(q)
    return out


def _name_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if w]


ITEMS = query.Term("doctype", "item")
FILES = query.Term("doctype", "file")


def filter_query(filters: Filters, names: dict[str, list[str]] | None = None,
                 cases: Collection[str] = ()) -> query.Query | None:
    """The restrictions the filters make (None: no filter).

    `names` holds, per name option ("kommune", "udvalg"), the whole names its value
    matched (`search.filters.resolve_name`); an option without them matches its value's
    words as prefixes of the name's words.

    Only items have the filtered fields (file records have none), so the filter needs
    no `doctype:item` clause (searches mask FILES); a search with no query words
    searches ITEMS instead. `cases`: the case-field terms the case option names as typed
    (`search.identifiers.matching_case_terms`), besides its own keys.
    """
    parts: list[query.Query] = []
    names = names or {}
    for name, value in (("kommune", filters.kommune), ("udvalg", filters.udvalg)):
        if value and name in names:
            parts.append(query.Or([query.Term(name, known) for known in names[name]]))
        elif value:
            words = _name_words(value)
            if not words:
                raise QueryError(f"{name}: empty name filter {value!r}", (name,))
            # Case-insensitive, partial names: every word is a prefix of a name word.
            parts += [query.Prefix(f"{name}_words", w) for w in words]
    if filters.date_from or filters.date_to:
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            raise QueryError(f"date_from {filters.date_from} is after date_to "
                             f"{filters.date_to}", ("date_from", "date_to"))
        start = dt.datetime.combine(filters.date_from, dt.time()) if filters.date_from else None
        end = (dt.datetime.combine(filters.date_to, dt.time(23, 59, 59))
               if filters.date_to else None)
        parts.append(query.DateRange("date", start, end))
    if filters.kind:
        if filters.kind not in KINDS:
            raise QueryError(f"kind: unknown kind {filters.kind!r} (use referat or dagsorden)",
                             ("kind",))
        parts.append(query.Term("kind", filters.kind))
    if filters.sections:
        unknown = [s for s in filters.sections if s not in SECTION_TYPES]
        if unknown:
            raise QueryError(f"sections: unknown section type {unknown[0]!r} "
                             f"(known: {', '.join(SECTION_TYPES)})", ("sections",))
        parts.append(query.Or([query.Term("sections", s) for s in filters.sections]))
    if filters.case:
        keys = case_keys(filters.case) | set(cases)
        if not keys:
            raise QueryError(f"case: not a case number: {filters.case!r}", ("case",))
        parts.append(query.Or([query.Term("case", k) for k in sorted(keys)]))
    return query.And(parts) if parts else None


def restrict_to_sections(q: query.Query, sections: list[str]) -> query.Query:
    """Limit the text part of a query to the fields of the given section types ("title"
    names the title field)."""
    allowed = {s if s == "title" else field_for_section(s) for s in sections}

    def keep(node: query.Query) -> query.Query:
        fieldname = text_field_of(getattr(node, "fieldname", None))
        if node.is_leaf():
            if fieldname in TEXT_FIELDS and fieldname not in allowed:
                return query.NullQuery
            return node
        return node.apply(keep)

    return keep(q).normalize()


_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


def _as_date(value: str | dt.date | None, argument: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(value, argument, end=argument == "date_to")


def parse_date(value: str, argument: str = "date", end: bool = False) -> dt.date:
    """A YYYY-MM-DD date, or a year or month (YYYY, YYYY-MM) as its first day, or with
    `end` its last; a QueryError naming the argument otherwise."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    match = _YEAR_MONTH.match(value.strip())
    try:
        if match:
            year, month = int(match[1]), int(match[2] or 0)
            if not month:
                return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
            first = dt.date(year, month, 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
                - dt.timedelta(days=1)
    except ValueError:
        pass
    raise QueryError(f"{argument}: {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)",
                     (argument,))
