"""Abbreviations the minutes define (index.acronyms, search.acronyms; issue 17, round 11)."""

from __future__ import annotations

import random
import re

import pytest
from referat.index.acronyms import acronym_pairs, acronym_terms
from referat.index.store import INDEX_NAME
from referat.search import acronyms
from whoosh import index as whoosh_index


@pytest.mark.parametrize("text, pairs", [
    ("Sagen om Kommunal Ældrepleje Fond (KÆF) er udsat.",
     [("kæf", "kommunal ældrepleje fond")]),
    # letters inside a compound, after a hyphen, and words that give none
    ("et møde i Natur- og Vandudvalget (NVU) i maj", [("nvu", "natur- og vandudvalget")]),
    ("Hjælpemiddelcentralen (HMC) leverer", [("hmc", "hjælpemiddelcentralen")]),
    # the abbreviation first, its expansion in the parentheses
    ("tilbuddet UFA (unge for arbejde) fortsætter", [("ufa", "unge for arbejde")]),
    # words before the expansion that hold no letter of it are not part of it
    ("det nye Grønne Byråd 2030 (GB2030) mødes", [("gb2030", "grønne byråd 2030")]),
    # no pair: one capital, a name, letters that are not there, or only inside words
    ("forslag fra (V) om", []),
    ("i Tune (Tune Hallen)", []),
    ("jf. lov om social service (XYZ)", []),
    ("det blev vedtaget af alle (ABE)", []),
])
def test_acronym_pairs(text, pairs):
    assert acronym_pairs(text) == pairs


def test_an_abbreviation_that_is_a_common_word_is_left_out():
    # "BY" and "BUS" typed in lower case are the words
    assert acronym_pairs("Byrådet (BY) og Borgernes Ungdoms Samråd (BUS)") == [
        ("by", "byrådet"), ("bus", "borgernes ungdoms samråd")]
    assert acronym_terms(["Byrådet (BY) og Borgernes Ungdoms Samråd (BUS)"]) == ""


def test_the_index_holds_the_abbreviations_its_minutes_define(corpus_index):
    with whoosh_index.open_dir(str(corpus_index[0]), indexname=INDEX_NAME).reader() as reader:
        expansions = acronyms.acronym_synonyms("BNBO", reader)
        assert expansions and all(w.startswith("boringsnære") for w in expansions)
        # a one-word expansion finds its abbreviation; one of more words does not
        assert acronyms.acronym_synonyms("Øresundsvandsamarbejdet", reader) == ("øsv",)
        assert acronyms.acronym_synonyms("boringsnære", reader) == ()


def test_an_abbreviation_finds_its_expansion_below_the_word_as_typed(referat, monkeypatch):
    found = referat.search("aba", limit=50, group=False)
    said = [r for r in found.relaxed if r.startswith("aba also as")]
    assert said and "automatiske brandalarmeringsanlæg" in said[0]
    texts = [" ".join([h.title, *(s.text for s in referat.show(h.id).sections)]).lower()
             for h in found.hits]
    typed = [i for i, t in enumerate(texts) if re.search(r"\baba\b", t)]
    written_out = [i for i, t in enumerate(texts)
                   if i not in typed and "brandalarmering" in t]
    assert typed and written_out and max(typed) < min(written_out)
    monkeypatch.setattr(acronyms, "ACRONYMS", False)
    plain = referat.search("aba", limit=50, group=False)
    assert not any(r.startswith("aba also as") for r in plain.relaxed)
    assert len(plain.hits) < len(found.hits)


# pieces of random texts: abbreviations, spaces and tabs, parentheses and words around
_PIECES = ["PPR", "IPS", "SOSU (", "Ab", "A", "ÆØ (", "x", "-", " ", "  ", "\t", "\n", "(", ")",
           "IPS\t(", "Social- og Sundhed", "unge for arbejde", "Pædagogisk)", "2024", "&", ".",
           ",", "é", "(B)", "a" * 40, "b" * 100, "KL-", "_", "ABCDEFGHIJ"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_abbreviations_before_parentheses_are_the_patterns_matches(seed: int) -> None:
    """`_shorts_before` asks `_SHORT_BEFORE` only just before each "(": the same
    matches as the pattern tried from every position, on random texts."""
    from referat.index.acronyms import _SHORT_BEFORE, _shorts_before

    rng = random.Random(seed)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        expected = [(m.span(), m.groups()) for m in _SHORT_BEFORE.finditer(text)]
        assert [(m.span(), m.groups()) for m in _shorts_before(text)] == expected, repr(text)
        found += len(expected)
    assert found > 300  # the texts reach the pattern
