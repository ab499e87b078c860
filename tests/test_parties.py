"""Parties named by their short forms in proposals' titles (search.parties), on invented
minutes."""

from __future__ import annotations

import pytest
from referat.search.parties import short_forms

from referat import search

ITEMS = (
    ("moderate.txt", "Forslag fra M om flere bænke i parkerne"),
    ("social.txt", "Svar på forslag fra S og RV om lys på stierne"),
    ("company.txt", "Vandværket I/S - regnskab"),
    ("named.txt", "Orientering om udvalgets møder"),
)


@pytest.mark.parametrize(("word", "forms"), [
    ("moderaterne", ("m",)), ("Moderaternes", ("m",)), ("socialdemokratiet", ("s",)),
    ("radikale", ("rv",)), ("konservatives", ("k", "kf")), ("skole", ()), ("s", ()),
])
def test_short_forms(word, forms):
    assert short_forms(word) == forms


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    from referat.index.writer import index_paths

    root = tmp_path_factory.mktemp("parties")
    folder = root / "m"
    folder.mkdir()
    for n, (name, title) in enumerate(ITEMS, 1):
        (folder / name).write_text(
            "REFERAT Byrådet d. 01-02-2031\n\nMødedato Lørdag d. 1. februar 2031\n\n"
            f"Punkt 1: {title}\n\n31-00{n}000\n\nSagsfremstilling\n\nSagen forelægges.\n\n"
            "Beslutning\n\nGodkendt.\n", encoding="utf-8")
    index_paths([folder], root / "ix", jobs=1)
    with search.open_index(root / "ix") as opened:
        yield opened


def titles(result) -> list[str]:
    return [h.title for h in result.hits]


def test_a_party_name_finds_its_proposals_by_short_form(ix):
    assert titles(ix.search("moderaternes")) == ["Forslag fra M om flere bænke i parkerne"]
    assert titles(ix.search("socialdemokratiet forslag"))[0] == \
        "Svar på forslag fra S og RV om lys på stierne"


def test_a_letter_outside_a_proposals_title_is_no_party(ix):
    assert "Vandværket I/S - regnskab" not in titles(ix.search("socialdemokratiet"))


def test_the_switch(ix, monkeypatch):
    from referat.search import parties

    monkeypatch.setattr(parties, "PARTY_TITLES", False)
    assert ix.search("moderaternes").total == 0
