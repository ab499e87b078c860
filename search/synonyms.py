"""Synonyms: the words of citizens and the words of the administration.

`index/data/synonyms.tsv` holds a small, hand-checked table of synonym groups (its
header names the source), `index/data/dannet_synonyms.tsv` groups from DanNet, and
`index/data/kle_synonyms.tsv` a third table from KL's task classification (KLE). When a
loose query finds too little (`search.relax`), its word also matches the other words of
its group, with SYNONYM_WEIGHT of their score and in a tier below the items that hold the
word as typed ("skrald" finds "affald").
A compound whose first or last part has synonyms has the compounds with that part
replaced ("skraldebil" -> affaldsbil, "trafikulykke" -> trafikuheld); the caller keeps
those the index holds.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from referat.index.analysis import normalize, query_parts, stem_term
from referat.index.schema import TEXT_FIELDS
from referat.search.query import text_field_of
from whoosh import query

TABLE = "data/synonyms.tsv"
DANNET_TABLE = "data/dannet_synonyms.tsv"
"""Groups from DanNet 2.2 chosen by benchmarks/synonyms/candidates.py (its header names the
source)."""
DANNET_SYNONYMS = True
"""Read DANNET_TABLE's groups too, as TABLE's (issue 17, round 10)."""
KLE_TABLE = "data/kle_synonyms.tsv"
"""Groups from KL's task classification (OS2KLE, MPL-2.0; its header names the source)."""
KLE_SYNONYMS = True
"""Read KLE_TABLE's groups too (issue 17, round 7)."""


@lru_cache(maxsize=4)
def stem_groups(table: str) -> dict[str, tuple[str, ...]]:
    """Each word's stem -> the other words of its line, for a table of tab-separated
    word groups in `referat.index` (`#` comments; this one and `data/irregular.tsv`)."""
    text = files("referat.index").joinpath(table).read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words = line.split("\t")
        for word in words:
            stem = stem_term(word)
            if stem:
                others = tuple(w for w in words if stem_term(w) != stem)
                out[stem] = tuple(dict.fromkeys(out.get(stem, ()) + others))
    return out


KLE_IN_TITLES = True
"""A KLE group's word matches only in titles: it names a task, which an item is about when
its title says so, not where its text names the task in passing (snerydning's
"vintertjeneste" in every budget follow-up of the roads)."""


def plain_synonyms(stem: str) -> tuple[str, ...]:
    """The words that TABLE and (when `DANNET_SYNONYMS`) DANNET_TABLE give as a stem's
    synonyms: they match anywhere."""
    found = stem_groups(TABLE).get(stem, ())
    if DANNET_SYNONYMS:
        found += tuple(w for w in stem_groups(DANNET_TABLE).get(stem, ()) if w not in found)
    return found


def kle_synonyms(word: str) -> tuple[str, ...]:
    """The words that only KLE_TABLE gives as the word's synonyms."""
    stem = stem_term(word)
    if not stem or not KLE_SYNONYMS:
        return ()
    plain = plain_synonyms(stem)
    return tuple(w for w in stem_groups(KLE_TABLE).get(stem, ()) if w not in plain)


def title_synonyms(word: str) -> tuple[str, ...]:
    """The word's synonyms that match only in titles (KLE's, when `KLE_IN_TITLES`)."""
    return kle_synonyms(word) if KLE_IN_TITLES else ()


def in_titles(q: query.Query) -> query.Query | None:
    """`q` with its text terms limited to the title field (None if nothing is left)."""

    def keep(node: query.Query) -> query.Query:
        if node.is_leaf():
            name = text_field_of(getattr(node, "fieldname", None))
            return query.NullQuery if name in TEXT_FIELDS and name != "title" else node
        return node.apply(keep)

    kept = keep(q).normalize()
    return None if kept is query.NullQuery else kept


def synonyms(word: str) -> tuple[str, ...]:
    """The other words of a word's synonym groups (by stem), () if it has none."""
    stem = stem_term(word)
    if not stem:
        return ()
    return plain_synonyms(stem) + kle_synonyms(word)


LINKS = ("", "s", "e")
"""Linking letters tried where a synonym replaces a compound's first part."""


def compound_synonyms(word: str) -> tuple[str, ...]:
    """A compound with its first or last part replaced by that part's synonyms
    ("skraldebil" -> affaldbil, affaldsbil, affaldebil), () if none; not every one is
    a word."""
    if synonyms(word):
        return ()
    text = normalize(word)
    parts = query_parts(word)
    if len(parts) < 2 or not text.startswith(parts[0]):
        return ()
    out: list[str] = []
    rest = text.find(parts[1], len(parts[0]))
    if rest > 0:
        out += [alike + link + text[rest:] for alike in synonyms(parts[0]) for link in LINKS]
    head = text.rfind(parts[-1])
    if head > 0 and text.endswith(parts[-1]):
        out += [text[:head] + alike for alike in synonyms(parts[-1])]
    return tuple(dict.fromkeys(w for w in out if " " not in w))
