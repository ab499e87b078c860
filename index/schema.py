"""The Whoosh schema: one document per agenda item, one per indexed file.

Defined once; the writer and the query module import it from here. The schema is
pickled into the index, so the analyzer's import path (`index.analysis`) is part of
the on-disk format.
"""

from __future__ import annotations

import pickle
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import accumulate, compress, pairwise, repeat
from operator import sub
from typing import NamedTuple

from referat.index.analysis import (
    EXACT_PREFIX,
    DanishTokenizer,
    danish_analyzer,
    exact_positions,
    phrase_term,
    term_counts,
    term_numbers,
)
from referat.index.pickles import group_deltas, int_widths, places, write_ints
from referat.index.sections import SECTION_TYPES
from whoosh.analysis import RegexTokenizer
from whoosh.analysis.analyzers import Analyzer
from whoosh.analysis.filters import LowercaseFilter
from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Positions, tokens
from whoosh.system import _INT_SIZE, pack_uint

# Section types with a field of their own; every other type goes to "rest".
SECTION_FIELDS = ("beslutning", "indstilling", "resume", "sagsfremstilling")
REST_FIELD = "rest"
TEXT_FIELDS = ("title", *SECTION_FIELDS, REST_FIELD)


def field_for_section(section_type: str) -> str:
    """The text field that holds a section of this canonical type."""
    return section_type if section_type in SECTION_FIELDS else REST_FIELD


FIELD_SECTION_TYPES: dict[str, tuple[str, ...]] = {
    name: tuple(t for t in SECTION_TYPES if field_for_section(t) == name)
    for name in (*SECTION_FIELDS, REST_FIELD)
}


def _encode_positions(poslist: list[int]) -> bytes:
    deltas = [poslist[0], *map(sub, poslist[1:], poslist)] if poslist else []
    return pack_uint(len(deltas)) + pickle.dumps(deltas, 2)


@cache
def _one_position(pos: int) -> bytes:
    return _encode_positions([pos])


_PICKLED_LIST = b"\x80\x02]q\x00"  # pickle protocol 2: a list, memoized as 0
_BATCH = 1000  # pickle's batch of list items: a longer list has more than one


def encode_position_lists(positions, starts):
    """`_encode_positions` of each list positions[starts[i]:starts[i + 1]] (numpy
    integer arrays; `starts` ends with len(positions)), the same bytes, built for all
    lists at once, and given one after another: (a uint8 array, the length of each).
    The pickle of a list of small ints is a fixed frame around one opcode and 1, 2
    or 4 bytes per int (K, M, J)."""
    import numpy as np  # indexing only

    starts = np.asarray(starts, dtype=np.int64)
    sizes = np.diff(starts)
    if not len(sizes):
        return np.zeros(0, dtype=np.uint8), np.zeros(0, dtype=np.int64)
    if sizes.max() > _BATCH:
        encoded = [_encode_positions(positions[a:b].tolist())
                   for a, b in pairwise(starts.tolist())]
        return (np.frombuffer(b"".join(encoded), dtype=np.uint8),
                np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)))
    firsts = starts[:-1]
    deltas = group_deltas(np.asarray(positions, dtype=np.int64), firsts)
    widths = int_widths(deltas)  # K, M or J and 1, 2 or 4 bytes
    several = (sizes > 1).astype(np.int64)  # a MARK ... APPENDS list, else one APPEND
    head = _INT_SIZE + len(_PICKLED_LIST)
    lengths = head + several + np.add.reduceat(widths, firsts) + 2
    ends = np.cumsum(lengths)
    begins = ends - lengths
    out = np.zeros(int(ends[-1]), dtype=np.uint8)
    for k in range(_INT_SIZE):  # the count, big-endian (pack_uint)
        out[begins + k] = (sizes >> (8 * (_INT_SIZE - 1 - k))) & 0xFF
    for k, byte in enumerate(_PICKLED_LIST):
        out[begins + _INT_SIZE + k] = byte
    out[begins[sizes > 1] + head] = ord("(")
    write_ints(out, places(begins + head + several, sizes, widths), deltas, widths)
    out[ends - 2] = np.where(sizes > 1, ord("e"), ord("a"))
    out[ends - 1] = ord(".")
    return out, lengths


def decode_positions(value: bytes) -> tuple[int, ...]:
    """The positions `_encode_positions` wrote (Whoosh's `Positions.decode_positions`,
    which also accepts a value without pickle's final "."); b"" has none."""
    if not value:
        return ()
    body = value[_INT_SIZE:] if value.endswith(b".") else value[_INT_SIZE:] + b"."
    return tuple(accumulate(pickle.loads(body)))


class Columns(NamedTuple):
    """A text's postings as parallel lists, one entry per term (terms as str or
    UTF-8 bytes): the writer's pool appends them whole, no object per posting."""

    terms: list
    freqs: list[int]
    weights: list[float]
    values: list[bytes]

    @classmethod
    def of(cls, rows: Iterable[tuple]) -> Columns:
        """Columns of (term, frequency, weight, value) rows."""
        rows = list(rows)
        return cls(*map(list, zip(*rows, strict=True))) if rows else cls([], [], [], [])


def _twinned(columns: Columns, twin: Callable) -> Columns:
    """`PhrasePositions`' postings from `ExactPositions`': every term's without its
    positions, then each exact form's twin (`twin(form)`) with them and frequency 0."""
    terms, freqs, weights, values = columns
    twins = list(map(twin, compress(terms, values)))
    return Columns(terms + twins, freqs + [0] * len(twins),
                   weights + list(compress(weights, values)),
                   [b""] * len(terms) + list(compress(values, values)))


@cache
def twin_bterm(exact: bytes) -> bytes:
    """The twin term (`phrase_term`) of an exact form, as UTF-8 bytes."""
    return phrase_term(exact.decode()).encode()


class ExactPositions(Positions):
    """Positions for exact-form terms only; a stem's or compound part's posting has no
    value (its frequency is its weight).

    Phrases match exact forms only (`search.query`), so the positions of the other
    terms (more than half of all postings) were written, merged and read for nothing:
    unpickling a block's values cost fifteen times its docnums and weights. Whoosh's
    W3 codec keeps no empty values, so a stem's postings have none to read: only
    `index.postings` merges such an index (Whoosh's own merge reads every value).
    """

    twins = False  # whether exact forms' positions go to twin terms (PhrasePositions)

    def words(self, text: str) -> list[tuple[int, ...]]:
        """The terms `DanishTokenizer` gives each word of `text`, as numbers in
        `index.analysis.TERMS` (`term_numbers`, the indexer's hot loop)."""
        return term_numbers(text)

    def columns(self, text: str) -> Columns:
        """The postings of every term `DanishTokenizer` gives `text`, in its order,
        terms as UTF-8 bytes, the exact forms' with their positions."""
        boost = self.field_boost
        counts, exacts = term_counts(text)
        terms, freqs = list(counts), list(counts.values())
        positions = exact_positions(exacts)
        encoded = dict(zip(positions, map(self.encode, positions.values()), strict=True))
        columns = Columns(terms, freqs, [f * boost for f in freqs],
                          list(map(encoded.get, terms, repeat(b""))))
        return _twinned(columns, twin_bterm) if self.twins else columns

    def postings(self, text: str) -> list[tuple[bytes, int, float, bytes]]:
        """`columns` as (term, frequency, weight, value) rows."""
        return list(zip(*self.columns(text), strict=True))

    def word_values(
        self, value: str, analyzer: Analyzer, **kwargs: object
    ) -> Iterator[tuple[str, int, float, bytes]]:
        if isinstance(analyzer, DanishTokenizer):
            for term, freq, weight, vbytes in self.postings(value):
                yield term.decode(), freq, weight, vbytes
            return
        boost, encode = self.field_boost, self.encode
        poses = defaultdict(list)
        kwargs["positions"] = True
        for t in tokens(value, analyzer, kwargs):
            poses[t.text].append(t.pos)
        terms = list(poses)
        freqs = list(map(len, poses.values()))
        columns = Columns(terms, freqs, [f * boost for f in freqs],
                          [encode(p) if t[0] == EXACT_PREFIX else b""
                           for t, p in poses.items()])
        if self.twins:
            columns = _twinned(columns, phrase_term)
        yield from zip(*columns, strict=True)

    def encode(self, poslist: list[int]) -> bytes:
        """Whoosh's `Positions.encode` (the same bytes) without its Python loop; a
        single position (most exact forms occur once in a section) encoded once."""
        if len(poslist) == 1:
            return _one_position(poslist[0])
        return _encode_positions(poslist)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return list(decode_positions(valuestring))


class PhrasePositions(ExactPositions):
    """An exact form's positions in a twin term (`index.analysis.phrase_term`) that
    only phrases read; the exact form's own postings carry its frequency alone.

    Every query word scores its exact form in six fields, and unpickling the positions
    in those blocks was most of the time spent reading postings for a query (at 110,000
    items, 0.65 µs a posting against 0.1 µs for a stem's). The twin's posting has
    frequency 0, so field lengths are unchanged. An index written with
    `ExactPositions` (positions in the exact form) keeps it in its pickled schema, and
    so stays consistent when updated; phrases read positions from whichever term holds
    them (`search.matching`).
    """

    twins = True


class DanishText(TEXT):
    """A TEXT field with `PhrasePositions`; a text to index goes through the format's
    `words` straight into lists (no Token per term, no generator per layer, no
    object per posting: the indexer's hot loop). Whatever else Whoosh asks of it,
    TEXT answers."""

    def index(self, value: object, **kwargs: object):
        if (not isinstance(value, str) or not isinstance(self.analyzer, DanishTokenizer)
                or kwargs.get("mode", "index") != "index"):
            return super().index(value, **kwargs)
        return self.format.postings(value)

    def columns(self, value: object) -> Columns:
        """`index(value)` as columns."""
        if isinstance(value, str) and isinstance(self.analyzer, DanishTokenizer):
            return self.format.columns(value)
        return Columns.of(self.index(value))

    def words(self, value: object) -> list[tuple[int, ...]] | None:
        """The terms of each word of a text (`ExactPositions.words`: the writer's pool
        takes them whole), or None for a value only `columns` indexes."""
        if isinstance(value, str) and isinstance(self.analyzer, DanishTokenizer):
            return self.format.words(value)
        return None


def _text(analyzer: Analyzer, **kwargs: object) -> DanishText:
    field = DanishText(analyzer=analyzer, **kwargs)
    field.format = PhrasePositions(field_boost=field.format.field_boost)
    return field


def build_schema() -> Schema:
    """The schema of a referat index (items and file records share it)."""
    text = danish_analyzer()
    # Committee and kommune names: lower-cased words, no stemming, for partial matches.
    names = RegexTokenizer(r"\w+") | LowercaseFilter()
    return Schema(
        doctype=ID(stored=True),  # "item" or "file"
        id=ID(stored=True, unique=True),
        path=ID(stored=True),  # absolute source path; shared by a file and its items
        content_hash=ID(stored=True),
        kommune=ID(stored=True, sortable=True),
        kommune_words=TEXT(analyzer=names),
        udvalg=ID(stored=True, sortable=True),
        udvalg_words=TEXT(analyzer=names),
        date=DATETIME(stored=True, sortable=True),
        year=ID(stored=True, sortable=True),
        kind=ID(stored=True, sortable=True),
        number=ID(stored=True),
        position=STORED,  # the item's place in its meeting, for stable ordering
        case_number=ID(stored=True),
        case=KEYWORD(lowercase=True),  # normalised case-number variants, see case_keys()
        closed=BOOLEAN(stored=True),
        # What the decision says (index.decisions): its outcome, the party keys of the
        # votes against (index.votes.party_keys) and the case key that ties a case's items.
        outcome=ID(stored=True, sortable=True),
        against=KEYWORD(lowercase=True, commas=True),
        case_key=ID(stored=True, sortable=True),
        page=STORED,
        sections=KEYWORD(stored=True, commas=True),  # section types present
        title=_text(text, stored=True, field_boost=1.0),
        beslutning=_text(text),
        indstilling=_text(text),
        resume=_text(text),
        sagsfremstilling=_text(text),
        rest=_text(text),
        body=STORED,  # the item's meeting and sections (JSON; stored fields are compressed)
        file_meta=STORED,  # for doctype "file": size, mtime_ns, status, reason, items
    )


_CASE_SPLIT = re.compile(r"[^0-9a-zæøå]+")


def case_keys(case_number: str) -> set[str]:
    """Search keys of a case number: as written, compact, and its distinctive part.

    "EMN-2023-009832" gives emn-2023-009832, emn2023009832, 2023-009832, 2023009832;
    "23-004924" gives 23-004924 and 23004924; "00.22.00-G01-2-24" gives
    00.22.00-g01-2-24 and 002200g01224.
    """
    text = case_number.strip().lower()
    parts = [p for p in _CASE_SPLIT.split(text) if p]
    if not parts:
        return set()
    keys = {text, "".join(parts), "-".join(parts)}
    # Drop a leading letters-only prefix (EMN-, SAG-) and keep the rest.
    if len(parts) > 1 and parts[0].isalpha():
        keys |= {"".join(parts[1:]), "-".join(parts[1:])}
    return keys


def looks_like_case_number(text: str) -> bool:
    """True for query words shaped like a case number (digits with separators)."""
    parts = [p for p in _CASE_SPLIT.split(text.lower()) if p]
    digits = sum(c.isdigit() for c in text)
    return len(parts) >= 2 and digits >= 4 or (text.isdigit() and len(text) >= 8)
