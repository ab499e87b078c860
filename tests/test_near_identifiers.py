"""Identifiers typed with a slip (search.near_identifiers), on invented minutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from referat.search.identifiers import id_parts
from referat.search.near_identifiers import near_parts, one_slip, slipped

from referat import search

# (file, case number, title) of invented items; 31-007140 and 31-007104 are both one slip
# from 31-007100 (a digit substituted), so that one has a tie.
ITEMS = (
    ("roads.txt", "31-004711", "Lokalplan 17.30 for Mågevej"),
    ("school.txt", "31-007140", "Skolens tag"),
    ("bridge.txt", "31-007104", "Broens rækværk"),
    ("harbour.txt", "EMN-2031-000512", "Havnens kajer"),
)


@pytest.mark.parametrize(("typed", "other", "near"), [
    ("4711", "4771", True),  # substituted
    ("4711", "7411", True),  # swapped
    ("4711", "471", True),  # one missing
    ("4711", "47111", True),  # one extra
    ("4711", "4711", False),
    ("4711", "1147", False),
    ("4711", "4", False),
])
def test_one_slip(typed, other, near):
    assert one_slip(typed, other) is near


def test_near_parts_keep_the_other_parts():
    assert near_parts(id_parts("2031-4711"), id_parts("31-4712"))
    assert near_parts(id_parts("30-004711"), id_parts("31-004711"))  # the year
    assert not near_parts(id_parts("30-004712"), id_parts("31-004711"))  # two parts
    assert not near_parts(id_parts("ABC-31-4711"), id_parts("EMN-31-4712"))
    assert "17.30" in slipped("17.03") and "17.03" not in slipped("17.03")
    assert "1730" in slipped("1703") and slipped("1.2.3") == []


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    from referat.index.writer import index_paths

    root = tmp_path_factory.mktemp("near")
    folder = root / "m"
    folder.mkdir()
    for name, number, title in ITEMS:
        (folder / name).write_text(
            "REFERAT Teknisk Udvalg d. 01-02-2031\n\nMødedato Lørdag d. 1. februar 2031\n\n"
            f"Punkt 1: {title}\n\n{number}\n\nSagsfremstilling\n\nForvaltningen orienterer.\n\n"
            "Beslutning\n\nTaget til efterretning.\n", encoding="utf-8")
    (folder / "later.txt").write_text(  # one slip from 31-004711, a year later
        "REFERAT Teknisk Udvalg d. 07-02-2032\n\nMødedato Lørdag d. 7. februar 2032\n\n"
        "Punkt 1: Vejenes skilte\n\n31-004712\n\nSagsfremstilling\n\nForvaltningen "
        "orienterer.\n\nBeslutning\n\nTaget til efterretning.\n", encoding="utf-8")
    index_paths([folder], root / "ix", jobs=1)
    return root / "ix"


@pytest.fixture(scope="module")
def ix(index):
    with search.open_index(index) as opened:
        yield opened


@pytest.mark.parametrize("typed", ["31-004771", '"31-004741"', "31-00471", "31-0047111",
                                   "sag 30-004711", "2031-4791"])
def test_a_mistyped_case_number_shows_the_nearest_case(ix, typed):
    result = ix.search(typed)
    assert [h.case_number for h in result.hits] == ["31-004711"]
    assert result.corrected and "31-004711" in result.corrected


def test_equally_near_case_numbers_are_suggested(ix):
    result = ix.search("31-007100")
    assert len(result.hits) == 1 and result.corrected
    shown = result.hits[0].case_number
    other = ({"31-007140", "31-007104"} - {shown}).pop()
    assert [s["value"] for s in result.suggestions] == [result.corrected.replace(shown, other)]


def test_a_letter_prefixed_number_keeps_its_prefix(ix):
    assert [h.case_number for h in ix.search("EMN-2031-000521").hits] == ["EMN-2031-000512"]
    assert ix.search("ABC-2031-000521").total == 0


def test_a_mistyped_plan_number_shows_the_nearest_plan(ix):
    result = ix.search("lokalplan 17.03")
    assert result.hits and result.hits[0].title.startswith("Lokalplan 17.30")
    assert result.corrected == "lokalplan 17.30"


def test_an_existing_identifier_is_never_corrected(ix):
    result = ix.search("31-007140")
    assert [h.case_number for h in result.hits] == ["31-007140"]
    assert result.corrected is None and not result.suggestions


def test_an_identifier_outside_the_filters_is_not_corrected(ix):
    result = ix.search("31-004711", date_from="2032-01-01")
    assert result.total == 0 and result.corrected is None and not result.suggestions
    assert not ix.search("", case="31-004711", date_from="2032-01-01").suggestions


def test_two_slips_find_nothing(ix):
    assert ix.search("31-004777").total == 0


def test_the_switch(ix, monkeypatch):
    from referat.search import near_identifiers

    monkeypatch.setattr(near_identifiers, "NEAR_IDENTIFIERS", False)
    assert ix.search("31-004771").total == 0


def test_cli_and_json_say_the_correction(index):
    from referat.search.cli import cli

    out = CliRunner().invoke(cli, ["search", "31-004771", "--index", str(index)])
    assert out.exit_code == 0, out.output
    assert "showing results for '31-004711'" in out.output
    data = CliRunner().invoke(cli, ["search", "31-004771", "--index", str(index), "--json"])
    assert json.loads(data.output)["corrected"] == "31-004711"


def test_a_case_filter_that_matches_nothing_suggests_the_nearest(ix, index):
    from referat.search.cli import cli

    result = ix.search("", case="31-004771")
    assert result.total == 0
    assert {"field": "case", "value": "31-004711"} in result.suggestions
    assert ix.search("", case="31-004711").total == 1
    assert not ix.search("", case="31-004711").suggestions
    out = CliRunner().invoke(cli, ["search", "--case", "31-004771", "--index", str(index)])
    assert "no case matches; did you mean: '31-004711'" in out.output
