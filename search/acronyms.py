"""Abbreviations from the index's own minutes: "ppr" also finds "Pædagogisk Psykologisk
Rådgivning", and "kommunekontaktrådet" also "KKR".

The writer stores the pairs each item's text defines (`index.acronyms`) in the
`acronyms` field, both ways where the expansion is one word: its terms, with the items
that define each, are this index's table, looked up by prefix. A word typed as an
abbreviation also matches its expansions, and a one-word expansion its abbreviation, as
synonyms do (`search.relax`: below the word as typed, when a loose query finds too
little). An index written before the field existed has no table.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from referat.index.acronyms import BACK, SEPARATOR
from referat.index.analysis import WORD_PATTERN, normalize, stem_term

FIELD = "acronyms"
ACRONYMS = True
"""Abbreviations the minutes define match their expansions and back (issue 17, round 11)."""
MAX_EXPANSIONS = 3
"""An abbreviation's expansions used at most, those defined in most items first."""
MIN_BACK = 3
"""Letters of an abbreviation that an expansion typed also matches: a shorter one is
often a word too ("budgetopfølgning (BO)": "bo" is also "to live")."""

_FOUND: WeakKeyDictionary = WeakKeyDictionary()  # per reader: word -> its acronym synonyms


def _defined(word: str, reader) -> tuple[str, ...]:
    """The expansions the reader's minutes give an abbreviation (most items first, one
    of those that differ only in inflection, at most MAX_EXPANSIONS), or the
    abbreviations of `MIN_BACK` letters or more they give a one-word expansion."""
    if FIELD not in reader.schema:
        return ()
    found: list[tuple[int, str]] = []
    for sep in (SEPARATOR, BACK):
        for btext in reader.expand_prefix(FIELD, word + sep):
            other = btext.decode("utf-8")[len(word) + 1:]
            if sep == SEPARATOR or len(other) >= MIN_BACK:
                found.append((reader.doc_frequency(FIELD, btext), other))
    by_stems: dict[tuple[str | None, ...], str] = {}  # inflections of one expansion: once
    for _, other in sorted(found, key=lambda f: (-f[0], f[1])):
        by_stems.setdefault(tuple(map(stem_term, re.findall(WORD_PATTERN, other))), other)
    return tuple(by_stems.values())[:MAX_EXPANSIONS]


def acronym_synonyms(word: str, reader) -> tuple[str, ...]:
    """The expansions of a word the index's minutes define as an abbreviation, or the
    abbreviations of one they define as an expansion; () when `ACRONYMS` is off."""
    if not ACRONYMS:
        return ()
    per_reader = _FOUND.setdefault(reader, {})
    norm = normalize(word)
    if norm not in per_reader:
        per_reader[norm] = _defined(norm, reader)
    return per_reader[norm]
