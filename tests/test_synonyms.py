"""The synonym tables of `search.synonyms` on the test subset's real minutes."""

from __future__ import annotations

import re

import pytest
from referat.index.analysis import WORD_PATTERN, stem_term
from referat.search import feedback, synonyms


def holds(referat, hit, word: str) -> bool:
    """Whether the hit's item (title and sections) holds the word's stem."""
    item = referat.show(hit.id)
    text = " ".join([item.title, *(s.text for s in item.sections)]).lower()
    return stem_term(word) in {stem_term(w) for w in re.findall(WORD_PATTERN, text)}


@pytest.mark.parametrize("typed, minutes", [("afkalkning", "blødgøring"),
                                             ("takstfinansieret", "brugerfinansieret")])
def test_a_pair_the_minutes_state_ranks_below_the_word_as_typed(referat, monkeypatch,
                                                                 typed, minutes):
    # round 16: Greve's minutes write "X (Y)" for these pairs (index/data/gloss_synonyms.tsv)
    monkeypatch.setattr(feedback, "FEEDBACK_BELOW", 0)  # the typed word's and synonyms' only
    found = referat.search(typed, limit=100, group=False)
    assert any(r.startswith(f"{typed} also as {minutes}") for r in found.relaxed)
    monkeypatch.setattr(synonyms, "GLOSS_SYNONYMS", False)
    assert minutes not in synonyms.synonyms(typed)
    without = {h.id for h in referat.search(typed, limit=100, group=False).hits}
    bridged = [i for i, h in enumerate(found.hits) if h.id not in without]
    assert bridged and all(holds(referat, found.hits[i], minutes) for i in bridged)
    as_typed = [i for i, h in enumerate(found.hits) if holds(referat, h, typed)]
    assert as_typed and max(as_typed) < min(bridged)
