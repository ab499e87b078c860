"""Topics: the tasks that KL's task classification (KLE) lists a citizen's word under.

`index/data/kle_topics.tsv` (built by `benchmarks/synonyms/kle_topics.py` from OS2KLE,
MPL-2.0; its header names the source) gives for a word that KLE lists under one or two
tasks the words of those tasks' titles ("bryllup": vielse; "kloakværk": rensningsanlæg
pumpestationer). An item whose title holds every topic word of one of them is on the
word's topic. `search.relax` uses that as a bridge where the word as typed finds too
little, below the word as typed and its synonyms (`TOPIC_WEIGHT`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from referat.index.analysis import stem_term
from whoosh import query

TOPIC_TABLE = "data/kle_topics.tsv"
KLE_TOPICS = True
"""A word also matches the titles of its KLE tasks (issue 17, round 13)."""
TOPIC_WEIGHT = 0.25
"""A topic item scores this share of its title words' score (synonyms: 0.5)."""
TOPIC_BELOW = 10
"""The bridge is used for a word whose own items are fewer than this."""
TOPIC_ITEMS = 50
"""A task whose title words are in more items' titles than this names no topic of its
own ("plan", "social"): it is left out."""


@lru_cache(maxsize=1)
def topic_table() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each listed word's stem -> its tasks' topic stems (one tuple a task)."""
    text = files("referat.index").joinpath(TOPIC_TABLE).read_text(encoding="utf-8")
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, *tasks = line.split("\t")
        stem = stem_term(word)
        stems = [tuple(s for s in map(stem_term, task.split()) if s) for task in tasks]
        if stem:
            out[stem] = tuple(dict.fromkeys(out.get(stem, ()) + tuple(t for t in stems if t)))
    return out


def topics(word: str) -> tuple[tuple[str, ...], ...]:
    """The topic stems of a word's KLE tasks, () if it has none (or `KLE_TOPICS` is off)."""
    stem = stem_term(word)
    return topic_table().get(stem, ()) if stem and KLE_TOPICS else ()


def topic_queries(word: str, boost: float = 1.0) -> list[query.Query]:
    """For each of the word's tasks, the items whose title holds every topic stem."""
    return [query.And([query.Term("title", s, boost=boost) for s in task])
            for task in topics(word)]
