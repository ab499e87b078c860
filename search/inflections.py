"""Inflections Snowball stems apart that its corrections (`index/data/stem_fixes.tsv`)
cannot join: omlyd plurals (barn/børn, hånd/hænder), listed in
`index/data/irregular.tsv`. A loose query's word also matches the other forms of its
noun, as one word (`search.relax.Plan.word_query`)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from referat.index.analysis import stem_term

TABLE = "data/irregular.tsv"


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    """Each form's stem -> the other forms of its noun."""
    text = files("referat.index").joinpath(TABLE).read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words = line.split("\t")
        for word in words:
            stem = stem_term(word)
            if stem:
                out[stem] = tuple(w for w in words if stem_term(w) != stem)
    return out


def other_forms(word: str) -> tuple[str, ...]:
    """The forms of a word's noun that Snowball stems apart from it, () if none."""
    stem = stem_term(word)
    return _forms().get(stem, ()) if stem else ()
