"""Round 26 (issue-18bu) on short invented minutes: minutes exported as JSON by a system
whose schema referat does not know, read by what the bytes are whatever the file's name."""

from __future__ import annotations

import json

import pytest
from referat.index.readers import parse_bytes

from tests.test_generic_round25 import CASES, DECISION, TITLES, _items

ITEMS = [("4", TITLES[0], CASES[0], False, ["sagsfremstilling", "beslutning"]),
         ("5", TITLES[1], None, True, []),
         ("6", TITLES[2], CASES[2], False, ["sagsfremstilling", "beslutning"])]


def _export() -> bytes:
    """An open-data export: what it is and the meeting fields, then a list of items, each
    its number, title, case number and closed flag, its sections as heading/text objects
    or, for the decision, a field of its own."""
    items = []
    for number, title, case, closed, _ in ITEMS:
        item = {"Punkt": int(number), "Emne": title, "Sagsnr": case, "Lukket": closed}
        if not closed:
            item["Felter"] = [{"Overskrift": "Sagsfremstilling",
                               "Tekst": ["Forvaltningen har undersøgt sagen.",
                                         "Der er indhentet tilbud fra tre leverandører."]}]
            item["Beslutning"] = " ".join(DECISION)
        items.append(item)
    doc = {"Dokument": "Referat", "Udvalg": "Socialudvalget",
           "Mødetidspunkt": "onsdag den 4. juni 2025 kl. 15.00", "Mødested": "Mødelokale 3",
           "Dagsordenspunkter": items}
    return json.dumps(doc, ensure_ascii=False, indent=4).encode()


@pytest.mark.parametrize("name", ["referat.txt", "referat.json", "referat.html"])
def test_minutes_exported_as_json_of_an_unknown_schema(name: str) -> None:
    """Any JSON that is not the portal's is read as the lines of a text (a short field is a
    labelled field, a true flag its key, a heading/text object a section), and a file
    whose bytes are JSON is read so whatever its suffix, `.txt` too."""
    result = parse_bytes(_export(), name)
    assert result.ok and result.reader == "portal_json"
    assert _items(result) == ITEMS
    m = result.meeting
    assert (m.udvalg, str(m.date), m.place) == ("Socialudvalget", "2025-06-04", "Mødelokale 3")
    assert m.items[2].sections[-1].text == " ".join(DECISION)


def test_a_text_opening_like_json_is_still_text() -> None:
    """A text file that opens with a bracket but is no JSON is read as text."""
    lines = ["[Udkast]", "Referat", "Socialudvalget", "", f"1. {TITLES[0]}", "",
             "Sagsfremstilling", "", "Forvaltningen har undersøgt sagen.", "",
             "Beslutning", "", "Godkendt.", "", f"2. {TITLES[1]}", "", "Beslutning", "",
             "Taget til efterretning.", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt")
    assert result.ok and result.reader == "text"
    assert [i.title for i in result.meeting.items] == list(TITLES[:2])


def test_json_without_minutes_is_refused() -> None:
    """JSON holding no items (a settings file, a list of numbers) is no minutes."""
    for data in (b'{"navn": "x", "aktiv": true}', b"[1, 2, 3]",
                 json.dumps({"titel": "Vejledning", "tekst": ["Et afsnit."]}).encode()):
        assert parse_bytes(data, "data.txt").status == "not_minutes"
        assert parse_bytes(data, "data.json").status == "not_minutes"
