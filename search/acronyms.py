"""Abbreviations from the index's own minutes: "ppr" also finds "Pædagogisk Psykologisk
Rådgivning", and "kommunekontaktrådet" also "KKR".

The writer stores the pairs each item's text defines (`index.acronyms`) in the
`acronyms` field; its lexicon, with the items each pair is defined in, is this index's
table, read once per reader. A word typed as an abbreviation also matches its
expansions, and a one-word expansion its abbreviation, as synonyms do (`search.relax`:
below the word as typed, when a loose query finds too little). An index written before
the field existed has no table.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from referat.index.acronyms import SEPARATOR
from referat.index.analysis import normalize

FIELD = "acronyms"
ACRONYMS = True
"""Abbreviations the minutes define match their expansions and back (issue 17, round 11)."""
MAX_EXPANSIONS = 3
"""An abbreviation's expansions used at most, those defined in most items first."""

MIN_BACK = 3
"""Letters of an abbreviation that an expansion typed also matches: a shorter one is
often a word too ("budgetopfølgning (BO)": "bo" is also "to live")."""

_TABLES: WeakKeyDictionary = WeakKeyDictionary()


def acronym_table(reader) -> dict[str, tuple[str, ...]]:
    """An abbreviation -> its expansions (most items first), and a one-word expansion
    -> its abbreviations of `MIN_BACK` letters or more, from the reader's `acronyms`
    lexicon."""
    if reader in _TABLES:
        return _TABLES[reader]
    counts: dict[str, list[tuple[int, str]]] = {}
    if FIELD in reader.schema:
        for btext in reader.lexicon(FIELD):
            term = btext.decode("utf-8") if isinstance(btext, bytes) else btext
            short, _, long = term.partition(SEPARATOR)
            n = reader.doc_frequency(FIELD, btext)
            counts.setdefault(short, []).append((n, long))
            if " " not in long and len(short) >= MIN_BACK:
                counts.setdefault(long, []).append((n, short))
    table = {key: tuple(w for _, w in sorted(found, key=lambda f: (-f[0], f[1]))[:MAX_EXPANSIONS])
             for key, found in counts.items()}
    _TABLES[reader] = table
    return table


def acronym_synonyms(word: str, reader) -> tuple[str, ...]:
    """The expansions of a word the index's minutes define as an abbreviation, or the
    abbreviations of one they define as an expansion; () when `ACRONYMS` is off."""
    if not ACRONYMS:
        return ()
    return acronym_table(reader).get(normalize(word), ())
