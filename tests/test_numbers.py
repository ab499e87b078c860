"""Plan numbers, law paragraphs, meeting dates and item numbers as people type them
(search.identifiers, issue 17 round 11), on the corpus subset."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from referat.search.cli import cli
from referat.search.identifiers import (
    date_at,
    item_number_at,
    numeric_date,
    paragraph_parts,
    printed_numbers,
    typed_numbers,
)
from referat.search.soft_filters import MONTHS

TUNEGAARD = "lokalplan 15.18"  # Greve KTM 2025-10-23, item 14
AABYHOEJ = "Lokalplan 1246"  # Aarhus Byråd 2025-10-08, item 21


@pytest.mark.parametrize(("typed", "read"), [
    ("lp 1518", "lokalplan 1518"), ("LP1518", "lokalplan 1518"),
    ("lokalplan nr. 15.18", "lokalplan 15.18"), ("lokalplan 15-18", "lokalplan 15.18"),
    ("lokalplan 1 246", "lokalplan 1.246"), ("Kommuneplantillæg nr. 8", "Kommuneplantillæg 8"),
    ("§ 17, stk. 4", "§17,4"), ("§17 stk 4", "§17,4"), ("§ 17.4", "§17,4"),
    ("paragraf 17, stk. 4", "§17,4"), ("servicelovens §107", "servicelovens § 107"),
    ("paragraf 14", "§ 14"),
    ("budget 2025-2028", "budget 2025-2028"), ("sag 15-18", "sag 15-18"),
])
def test_typed_numbers_are_read_as_one_form(typed, read):
    assert typed_numbers(typed) == read


def test_paragraph_parts_and_printed_numbers():
    assert paragraph_parts("§17,4") == ("17", "4") and paragraph_parts("§107") == ("107", "")
    assert paragraph_parts("17,4") is None
    assert printed_numbers("1253") == ["1.253", "12.53", "125.3"]
    assert printed_numbers("1.246") == ["1246"] and printed_numbers("12.50") == ["1250"]
    assert printed_numbers("2025") == printed_numbers("22") == printed_numbers("lp") == []


@pytest.mark.parametrize(("typed", "day"), [
    ("19.3.2025", (2025, 3, 19)), ("19-03-2025", (2025, 3, 19)), ("19/3-25", (2025, 3, 19)),
    ("2025-03-19", (2025, 3, 19)), ("19/3/2025", (2025, 3, 19)),
    ("01.02.05", None), ("31.2.2025", None), ("24-004433", None), ("12.53", None),
])
def test_numeric_dates(typed, day):
    assert numeric_date(typed) == day


def test_dates_and_item_numbers_in_words():
    assert date_at(["19", "marts", "2025"], 0, MONTHS) == (3, (2025, 3, 19))
    assert date_at(["19", "marts", "budget"], 0, MONTHS) == (2, (None, 3, 19))
    assert date_at(["19", "budget"], 0, MONTHS) is None
    assert date_at(["30", "februar"], 0, MONTHS) is None
    assert item_number_at(["punkt", "7"], 0) == item_number_at(["pkt", "07"], 0) == "7"
    assert item_number_at(["punkt", "a"], 0) is None and item_number_at(["punkt"], 0) is None


@pytest.mark.parametrize("typed", ["lp 1518", "lokalplan 1518", "lokalplan 15-18",
                                   "lokalplan nr. 15,18"])
def test_a_plan_number_typed_otherwise_finds_the_plan(referat, typed):
    hits = referat.search(typed).hits
    assert hits and TUNEGAARD in hits[0].title.lower()


def test_the_result_says_how_a_plan_number_was_read(referat, corpus_index):
    read = referat.search("lp 1518").read
    assert read and read[0].startswith("lp 1518: lokalplan ") and "15.18" in read[0]
    args = ["search", "paragraf 17, stk. 4", "--index", str(corpus_index[0]), "--json"]
    data = json.loads(CliRunner().invoke(cli, args, catch_exceptions=False).output)
    assert data["read"][0] == "paragraf 17, stk. 4: § 17, stk. 4"


def test_a_plan_number_typed_with_a_thousands_dot_finds_the_plan(referat):
    hits = referat.search("lokalplan nr. 1.246").hits
    assert hits and hits[0].title.startswith(AABYHOEJ)


@pytest.mark.parametrize("typed", ["paragraf 17, stk. 4", "§ 17.4", "§17 stk 4"])
def test_a_paragraph_typed_otherwise_finds_both_printed_forms(referat, typed):
    titles = [h.title for h in referat.search(typed, limit=10).hits]
    assert titles and ("§17,4" in titles[0] or "§17, stk. 4" in titles[0])
    assert any(t.startswith("§17,4 - ") for t in titles)  # Albertslund prints it so
    assert any("§17, stk. 4-udvalget" in t for t in titles)  # Aarhus so


@pytest.mark.parametrize("day", ["4/6-25", "4.6.2025", "4. juni 2025", "2025-06-04"])
def test_item_number_committee_and_date_find_the_item(referat, day):
    result = referat.search(f"punkt 19 teknik- og miljøudvalget {day}")
    first = result.hits[0]
    assert (first.date, first.item, first.udvalg) == ("2025-06-04", "19",
                                                      "Klima-, Teknik- og Miljøudvalget")
    assert f"{day}: items of the meeting on 2025-06-04 first" in result.read


def test_a_committee_named_by_its_words_picks_the_meeting(referat):
    result = referat.search("punkt 5 teknisk udvalg 1.10.2025")
    assert result.hits and (result.hits[0].udvalg, result.hits[0].item) == ("Teknisk Udvalg", "5")
    assert "teknisk: items of Teknisk Udvalg first" in result.read


def test_a_date_with_words_puts_that_meetings_item_first(referat):
    result = referat.search("dispensation lokalplan 12.50 4/6-25")
    assert result.hits and result.hits[0].date == "2025-06-04"
    assert "lokalplan 12.50" in result.hits[0].title.lower()


def test_the_cli_says_how_it_read_a_meeting(corpus_index):
    args = ["search", "pkt. 19 teknik- og miljøudvalget 4/6-25", "--index", str(corpus_index[0])]
    text = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert text.exit_code == 0
    assert "pkt. 19: item number 19 first" in text.output
    data = json.loads(CliRunner().invoke(cli, [*args, "--json"], catch_exceptions=False).output)
    assert "4/6-25: items of the meeting on 2025-06-04 first" in data["read"]
    assert data["hits"][0]["item"] == "19" and data["hits"][0]["date"] == "2025-06-04"
