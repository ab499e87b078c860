"""Case and journal numbers as people type them (search.identifiers), on the corpus subset."""

from __future__ import annotations

import pytest
from referat.search.identifiers import id_parts, matches

NABO = "Naboorienteringer og parthøringer"  # Greve case 23-004924


def test_parts_ignore_separators_zeros_and_century():
    assert id_parts("23-004924") == id_parts("2023.4924") == id_parts("23/4924") == ("23", "4924")
    assert id_parts("EMN-2023-009832") == ("emn", "23", "9832")
    assert matches(("4924", "23"), ("23", "4924"), partial=False)  # year last
    assert matches(id_parts("2021-2482"), id_parts("21-002482K"), partial=False)
    assert not matches(("4924",), ("23", "4924"), partial=False)  # a bare number: no label
    assert matches(("4924",), ("23", "4924"), partial=True)
    assert matches(id_parts("00.22.00"), id_parts("00.22.00-G01-2-24"), partial=False)
    assert not matches(id_parts("12.34"), id_parts("01.12.34-G01-2-24"), partial=False)


@pytest.mark.parametrize("typed", ["23/4924", "23.4924", "2023-004924", "4924/23", "23-4924",
                                   '"23/4924"', "j.nr. 23/4924"])
def test_case_number_in_another_form_finds_the_case(referat, typed):
    result = referat.search(typed)
    assert result.hits and result.hits[0].case_number == "23-004924"
    assert result.hits[0].title == NABO


@pytest.mark.parametrize("typed", ["sag 4924", "sagsnr. 4924", "journalnummer 4924"])
def test_a_labelled_partial_number_finds_the_case(referat, typed):
    result = referat.search(typed, limit=20)
    assert "23-004924" in [h.case_number for h in result.hits]
    assert all("4924" in (h.case_number or "") + h.title for h in result.hits)


def test_a_kle_subject_finds_its_journal_numbers(referat):
    result = referat.search("00.22.00", limit=20)
    assert result.hits and all(h.case_number.startswith("00.22.00") for h in result.hits)
    assert "00.22.00-G01-2-24" in [h.case_number for h in result.hits]



@pytest.mark.parametrize(("typed", "case"), [("EMN2023009832", "EMN-2023-009832"),
                                              ("19033355K", "19-033355K"),
                                              ("002200G01224", "00.22.00-G01-2-24")])
def test_letters_and_digits_typed_in_one_find_the_case(referat, typed, case):
    result = referat.search(typed)
    assert result.hits and result.hits[0].case_number == case


@pytest.mark.parametrize("typed", ["2019-033355", "33355/19"])
def test_a_number_without_its_letter_suffix_finds_the_case(referat, typed):
    result = referat.search(typed)
    assert result.hits and result.hits[0].case_number == "19-033355K"


@pytest.mark.parametrize("typed", ["23/4924", "4924"])
def test_the_case_option_takes_typed_forms(referat, typed):
    result = referat.search("", case=typed, limit=50)
    assert NABO in [h.title for h in result.hits]
    assert all("4924" in h.case_number for h in result.hits)
