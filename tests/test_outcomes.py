"""Outcomes, votes and attendance read from decision texts (index.outcomes, index.votes).

Short invented decisions pin the traps the issue names; the hand labels of
benchmarks/outcomes (tune split) check the classifier on the real corpus.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from referat.index.decisions import own_decision_text
from referat.index.outcomes import OUTCOMES, classify
from referat.index.readers import parse_file
from referat.index.votes import parse_absent, parse_unanimous, parse_vote, party_key, party_of

from tests.conftest import CORPUS

LABELS = Path(__file__).resolve().parent.parent / "benchmarks" / "outcomes" / "labels.tsv"


@pytest.mark.parametrize(("text", "outcome"), [
    ("Godkendt.", "godkendt"),
    ("Byrådet godkendte Økonomiudvalgets indstilling.\nAfbud: Per Hansen", "godkendt"),
    ("Godkendt med bemærkning om, at sagen genoptages til efteråret.",
     "godkendt_med_aendringer"),
    ("Økonomiudvalget anbefaler overfor Byrådet, at indstillingen godkendes.", "anbefalet"),
    ("Orienteringen blev taget til efterretning.", "taget_til_efterretning"),
    ("Ikke godkendt, idet udvalget ønsker en ny sag.", "afvist"),
    ("Sagen blev udsat til næste møde.", "udsat"),
    ("Sagen sendes tilbage til administrationen.", "oversendt"),
    ("Udvalget drøftede sagen.", "droeftet"),
    ("Der var ingen orienteringer.", "andet"),
    # Traps: misleading first words and substrings of other words.
    ("Tilbagesendes Magistraten med bemærkning, at byrådet i sit møde den 3. maj har\n"
     "vedtaget Magistratens foranstående indstilling.", "godkendt"),
    ("Godkendt, idet tilbuddet til socialt udsatte borgere fortsætter.",
     "godkendt_med_aendringer"),
    ("Taget til efterretning med henvisning til den nye lov.", "taget_til_efterretning"),
    ("Et flertal kunne tiltræde indstillingen i overensstemmelse med Magistratens "
     "anbefaling.", "godkendt"),
    ("Taget til efterretning med bemærkning om at henvendelsen oversendes til budgettet.",
     "taget_til_efterretning"),
    ("Udvalget drøftede sagen og besluttede at udsætte den.", "udsat"),
    ("Udvalget bakker op med bemærkninger om bedre forudsætninger for læring.", "andet"),
])
def test_outcome_of_a_decision(text: str, outcome: str) -> None:
    assert classify(text).outcome == outcome


def test_no_decision_has_no_outcome() -> None:
    assert classify("").outcome is None
    assert classify("  .\n").outcome is None
    assert classify("Afbud: Per Hansen, Lise Jensen").outcome is None


def test_points_in_order_numbered_and_as_a_list() -> None:
    numbered = classify("1. Godkendt idet hvert 2. år tælles med. 2. Ikke godkendt.\n"
                        "3.-4. Anbefales.")
    assert [(p.points, p.outcome) for p in numbered.outcomes] == [
        ("1.", "godkendt_med_aendringer"), ("2.", "afvist"), ("3.-4.", "anbefalet")]
    assert numbered.outcome == "godkendt_med_aendringer"
    listed = classify("Godkendt.\nGodkendt.\nTaget til efterretning.")
    assert [p.outcome for p in listed.outcomes] == [
        "godkendt", "godkendt", "taget_til_efterretning"]
    assert listed.outcome == "godkendt"
    assert classify("1.-3. Godkendt.\nFraværende: Per Hansen").outcomes == ()
    named = classify("Byrådet godkendte indstillingspunkt 1.\nByrådet kunne ikke godkende "
                     "indstillingspunkt 2 og 3.\nByrådet ønsker et temamøde.")
    assert [(p.points, p.outcome) for p in named.outcomes] == [
        ("indstillingspunkt 1", "godkendt"), ("indstillingspunkt 2 og 3", "afvist")]
    assert named.outcome == "godkendt"


def test_votes_as_written() -> None:
    vote = parse_vote("Byrådet godkendte indstillingen.\nFor stemte: A, F og Ø\n"
                      "Imod stemte: V og Lise Jensen (UP1)\nUndlod at stemme: C")
    assert vote.for_ == ["A", "F", "Ø"]
    assert vote.against == ["V", "Lise Jensen (UP1)"]
    assert vote.abstained == ["C"]
    assert parse_vote("1.-4. Anbefales. (Ø) stemmer imod 3) og 4)").against == ["(Ø)"]
    assert parse_vote("Godkendt. Ad 1 Stemte imod: A, med bemærkning om skatten.").against == [
        "A"]
    assert parse_vote("Per Hansen (C) kunne ikke tiltræde indstillingen.").against == [
        "Per Hansen (C)"]
    counted = parse_vote("Med stemmerne 19 for og 2 imod godkendte Byrådet indstillingen.")
    assert (counted.for_count, counted.against_count) == (19, 2)
    # The committee is no voter.
    assert parse_vote("Udvalget undlod at tage stilling og ønsker en ny sag.") is None
    assert parse_vote("Godkendt.") is None


def test_minority_statement_kept_with_member() -> None:
    vote = parse_vote("1. Godkendt\nImod stemte: (A)\nMindretalsudtalelse fra A: Vi ønsker "
                      "en anden model for tilsynet.")
    assert vote.statements == [{"member": "A", "kind": "mindretalsudtalelse",
                                "text": "Vi ønsker en anden model for tilsynet."}]


def test_unanimous_and_absent() -> None:
    assert parse_unanimous("Byrådet godkendte i enighed indstillingen.") is True
    assert parse_unanimous("Godkendt.", parse_vote("Godkendt. Imod stemte: V")) is False
    assert parse_unanimous("Godkendt.") is None
    assert parse_absent("Godkendt.\nAfbud: Per Hansen, Lise Jensen (Stedfortræder: Ole "
                        "Berg)\nFraværende: Anna Holm") == ["Per Hansen", "Lise Jensen",
                                                            "Anna Holm"]
    assert parse_absent("Godkendt. Afbud fra Per Hansen") == ["Per Hansen"]
    assert parse_absent("Ikke til stede: Ingen") == []


def test_party_keys() -> None:
    assert party_of("Mehmet Hansen (Ø)") == party_key("Ø") == party_key("(Ø)") == "ø"
    assert party_key("SF") == party_key("F") == "f"
    assert party_of("UP-1") == party_of("Lise Jensen (UP1)") == "up1"


@pytest.fixture(scope="module")
def tune_rows() -> list[dict]:
    rows = [r for r in csv.DictReader(LABELS.open(encoding="utf-8"), delimiter="\t")
            if r["split"] == "tune" and not r["source"].endswith(".pdf")]
    meetings = {}
    for row in rows:
        if row["source"] not in meetings:
            meetings[row["source"]] = parse_file(CORPUS / row["source"]).meeting
        meeting = meetings[row["source"]]
        row["text"] = own_decision_text(meeting.items[int(row["position"])], meeting.date)
    return rows


def test_labelled_outcomes_on_the_corpus(tune_rows: list[dict]) -> None:
    assert len(tune_rows) > 150
    right = sum(classify(r["text"]).outcome == (r["outcome"] or None) for r in tune_rows)
    assert right / len(tune_rows) >= 0.95
    assert {r["outcome"] for r in tune_rows} - {""} <= set(OUTCOMES)


def test_labelled_votes_on_the_corpus(tune_rows: list[dict]) -> None:
    voted = [r for r in tune_rows if r["for"] or r["against"] or r["abstained"]]
    assert len(voted) > 20

    def parties(value: str) -> set[str]:
        return {party_of(v) for v in value.split("|") if v}

    right = 0
    for row in voted:
        vote = parse_vote(row["text"])
        right += vote is not None and (
            {party_of(v) for v in vote.for_}, {party_of(v) for v in vote.against},
            {party_of(v) for v in vote.abstained},
        ) == (parties(row["for"]), parties(row["against"]), parties(row["abstained"]))
    assert right / len(voted) >= 0.9
