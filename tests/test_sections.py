"""The heading -> section type table (index/sections.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from referat.index.sections import SECTION_TYPES, heading_date, section_type


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Beslutning", "beslutning"),
        ("Beslutninger", "beslutning"),
        ("Udvalgets beslutning", "beslutning"),
        ("Beslutning i Økonomiudvalget den 12-03-2024", "beslutning"),
        ("Beslutning i Plan- og Tryghedsudvalget 16. august 2022:", "beslutning"),
        ("Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 10-04-2013",
         "beslutning"),
        ("Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 3", "beslutning"),
        ("FORRETNINGSUDVALGETS BESLUTNING", "beslutning"),
        ("Økonomiudvalgets beslutning:", "beslutning"),
        ("Indstilling", "indstilling"),
        ("Forvaltningen foreslår", "indstilling"),
        ("Administrationens indstilling", "indstilling"),
        ("ADMINISTRATIONENS INDSTILLING", "indstilling"),
        ("Administrationen indstiller:", "indstilling"),
        ("Beslutningspunkter", "indstilling"),
        ("INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ", "indstilling"),
        ("Resumé", "resume"),
        ("Resume", "resume"),
        ("RESUME", "resume"),
        ("Sammendrag", "resume"),
        ("Sagsfremstilling", "sagsfremstilling"),
        ("Sagsbeskrivelse", "sagsfremstilling"),
        ("Fremstilling", "sagsfremstilling"),
        ("Baggrund", "sagsfremstilling"),
        ("Supplerende sagsfremstilling til mødet den 5. maj 2025", "sagsfremstilling"),
        ("BESLUTNINGSFORSLAG FRA SF OG ALT", "sagsfremstilling"),
        ("Økonomi", "okonomi"),
        ("Økonomiske konsekvenser", "okonomi"),
        ("ØKONOMISKE KONSEKVENSER", "okonomi"),
        ("Økonomiske konsekvenser og finansiering", "okonomi"),
        ("Lovgrundlag", "lovgrundlag"),
        ("Bilag", "bilag"),
        ("Historik", "sagsforloeb"),
        # variants across kommuner (tune7)
        ("Forvaltningens bemærkninger", "sagsfremstilling"),
        ("Lov- og plangrundlag", "lovgrundlag"),
        ("Videre behandling", "sagsforloeb"),
        ("Sagens tidligere behandling", "sagsforloeb"),
        ("Miljømæssige konsekvenser", "other"),
        ("Administrative og juridiske konsekvenser", "other"),
        ("Administrative og økonomiske konsekvenser", "okonomi"),
        ("Klimavurdering", "other"),
        ("Sagsforløb:", "sagsforloeb"),
        ("Sagens forløb", "sagsforloeb"),
        ("Sagsprocedure", "sagsforloeb"),
        ("SAGEN AFGØRES AF", "sagsforloeb"),
        # variants used across kommuner
        ("Forventet sagsgang", "sagsforloeb"),
        ("Sagens baggrund", "sagsfremstilling"),
        ("Direktionen indstiller:", "indstilling"),
        ("Sagens kerne", "resume"),
        ("Lovhjemmel", "lovgrundlag"),
        ("Bilagsliste", "bilag"),
        ("Tidsplan", "other"),
        ("Kommunikation.", "other"),
        ("Borgmesterens Afdelings påtegning", "other"),
    ],
)
def test_known_headings(heading: str, kind: str):
    assert section_type(heading) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Omgørelse af Udvalgets beslutning om Mosede Strandvej 35",
        "Orientering om valgbestyrelsens beslutning om brevstemmegennemgangen – punkt 25",
        "Lånoptag",
        "I alt",
        "2025",
        "Udvalget besluttede at godkende indstillingen.",
        "",
    ],
)
def test_not_headings(text: str):
    assert section_type(text) is None


def test_every_type_is_canonical():
    from referat.index.sections import HEADINGS, PATTERNS

    assert set(HEADINGS.values()) <= set(SECTION_TYPES)
    assert {kind for _, kind in PATTERNS} <= set(SECTION_TYPES)


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        ("Beslutning i Økonomiudvalget den 12-03-2024", dt.date(2024, 3, 12)),
        ("Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 3",
         dt.date(2012, 12, 4)),
        ("Beslutning i Plan- og Tryghedsudvalget den 8. oktober 2024", dt.date(2024, 10, 8)),
        ("Dato: 12.03.24 kl. 16.00", dt.date(2024, 3, 12)),  # a Word document's short date
        ("Økonomiudvalget 05-03-24", dt.date(2024, 3, 5)),
        ("KLE 00.01.00-G01", None),
        ("Sagsnr. 27.69.48-P20-3-24", None),
        ("Beslutning", None),
    ],
)
def test_heading_dates(heading: str, date):
    assert heading_date(heading) == date


def test_a_decision_history_entry_whose_body_is_a_compound_name() -> None:
    # "Plan- og Teknikudvalget": the compound's shared first part belongs to the name
    assert section_type("Plan- og Teknikudvalget, 20. februar 2024, pkt. 4:") == "beslutning"
    assert section_type("Skole-, Børne- og Ungeudvalget, 20-02-2024, pkt. 4") == "beslutning"
    # with no comma: an entry since round 34 (`ENTRY_BODY_NAMES`: decisions headed by body and
    # date), a header line with the rule off
    assert section_type("Social- og Sundhedsudvalget 12. marts 2024") == "beslutning"
    from benchmarks.layouts.ablations import reader_ablations

    with reader_ablations()["no-entry-body-names"]():
        assert section_type("Social- og Sundhedsudvalget 12. marts 2024") is None
