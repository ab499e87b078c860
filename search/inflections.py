"""Inflections Snowball stems apart that its corrections (`index/data/stem_fixes.tsv`)
cannot join: omlyd plurals (barn/børn, hånd/hænder), listed in
`index/data/irregular.tsv`. A loose query's word also matches the other forms of its
noun, as one word (`search.relax.Plan.word_query`)."""

from __future__ import annotations

from referat.index.analysis import stem_term
from referat.search.synonyms import stem_groups

TABLE = "data/irregular.tsv"


def other_forms(word: str) -> tuple[str, ...]:
    """The forms of a word's noun that Snowball stems apart from it, () if none."""
    stem = stem_term(word)
    return stem_groups(TABLE).get(stem, ()) if stem else ()
