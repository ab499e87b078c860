"""Abbreviations the minutes define (index.acronyms, search.acronyms; issue 17, round 11)."""

from __future__ import annotations

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
