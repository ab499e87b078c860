"""Title words the index's own minutes pair with a word of their text.

An item titled "Videoovervågning" writes "kameraer" in its text; one titled
"Vejbelysning" writes "gadelys". A citizen types the text's word, the administration
titles with its own. `associated(word, reader)` reads the pairing from the index at
query time: among the distinct titles of the items whose text holds the word (by stem),
the title words that occur in at least MIN_SUPPORT of them and in at least MIN_SHARE of
them, that are at least MIN_LIFT times as common there as in all titles (pointwise
mutual information at least log(MIN_LIFT)), and whose titled items mostly (MIN_BACK)
hold the word in their text; at most TERMS, ranked by support times PMI. Only a word
the titles rarely use (in at most MAX_TITLED of its items' titles: a citizen's word,
not the administration's) and one without digits gets them. They match in titles
only, as synonyms do (`search.relax`: below the word as typed, when a loose query finds
too little).

The table is not stored: a word's row is read from its postings and the titles of its
items when a search first asks (a word in more than MAX_ITEMS items is common, not a
citizen's word, and gets none), and kept per reader, so it follows every change to the
index and costs nothing at index time.
"""

from __future__ import annotations

from collections import Counter
from math import log
from weakref import WeakKeyDictionary

from referat.index.analysis import fold, normalize, stem_term
from referat.index.schema import REST_FIELD, SECTION_FIELDS

ASSOCIATIONS = True
"""A word's items' title words match as its synonyms, in titles (issue 17, round 13)."""
TEXT_FIELDS = (*SECTION_FIELDS, REST_FIELD)
MIN_ITEMS = 3
MAX_ITEMS = 400
"""A word in fewer items gives no evidence; one in more is common, not a citizen's word."""
MIN_SUPPORT = 3
MIN_SHARE = 0.1
MIN_LIFT = 20.0
MIN_BACK = 0.5
MAX_TITLED = 0.1
TERMS = 2

_FOUND: WeakKeyDictionary = WeakKeyDictionary()  # per reader: word -> its title words


def _items(stem: str, reader) -> set[int]:
    """The items whose text (any section) holds a stem."""
    found: set[int] = set()
    for name in TEXT_FIELDS:
        if reader.doc_frequency(name, stem):
            found.update(reader.postings(name, stem).all_ids())
            if len(found) > MAX_ITEMS:
                break
    return found


def title_words(stem: str, reader) -> list[str]:
    """The title words the items with `stem` in their text pair with it, best first
    (as written in those titles, lower case)."""
    from referat.search import feedback  # it imports search.relax, which imports this module

    items = _items(stem, reader)
    if not MIN_ITEMS <= len(items) <= MAX_ITEMS or \
            reader.doc_frequency("title", stem) > MAX_TITLED * len(items):
        return []
    titles = list({fold(normalize(t)): t for t in (
        reader.stored_fields(d).get("title") or "" for d in sorted(items)) if t}.values())
    counts = Counter(s for t in titles for s in feedback.title_stems(t))
    skip = feedback.meeting_stems() | {stem}
    all_titles = max(reader.doc_count(), 1)
    scored: dict[str, float] = {}
    for term, n in counts.items():
        if n < MIN_SUPPORT or n < MIN_SHARE * len(titles) or term in skip:
            continue
        titled = set(reader.postings("title", term).all_ids())
        lift = n / len(titles) * all_titles / len(titled)
        if lift >= MIN_LIFT and len(titled & items) >= MIN_BACK * len(titled):
            scored[term] = n * log(lift)
    best = sorted(scored, key=lambda t: (-scored[t], t))[:TERMS]
    return feedback.as_written(best, titles)


def associated(word: str, reader) -> tuple[str, ...]:
    """The title words the index's minutes pair with a word (`title_words`); () when
    `ASSOCIATIONS` is off or the word is a stop word."""
    stem = stem_term(word)
    if not ASSOCIATIONS or not stem or any(c.isdigit() for c in word):
        return ()
    per_reader = _FOUND.setdefault(reader, {})
    if stem not in per_reader:
        per_reader[stem] = tuple(title_words(stem, reader))
    return per_reader[stem]
