"""Conventions read by principle, each on short invented minutes: an item's number as a
field under its title, beside its case number and status."""

from __future__ import annotations

from tests.invented import read_invented

TITLES = ("Trafiksikkerhed ved skolerne", "Ny legeplads i Nordparken",
          "Vinterberedskab for cykelstier")
CASES = ("25-004411", "25-004422", "25-004433")


def test_an_items_number_may_stand_in_a_field_list_under_its_title() -> None:
    """`<h3>Title</h3>` then a list `Nr.: 3` / `J.nr.: …` / `Status: Lukket`: the number
    and the status belong to the heading above, which is the title; the closed item keeps
    its printed title and has no case number."""
    parts = ["<html><body><h1>Referat – Vej- og Parkudvalget</h1>",
             "<p>Mødedato: 4. juni 2025 kl. 16.00</p><p>Mødested: Rådhuset</p>"]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=3):
        closed = n == 4
        fields = [f"Nr.: {n}", *([] if closed else [f"J.nr.: {case}"]),
                  f"Status: {'Lukket' if closed else 'Åben'}"]
        parts += [f"<h3>{title}</h3>", "<ul>", *(f"<li>{f}</li>" for f in fields), "</ul>"]
        if not closed:
            parts += ["<h4>Sagsfremstilling</h4><p>Forvaltningen beskriver sagen.</p>",
                      "<h4>Beslutning</h4><p>Godkendt.</p>"]
    meeting = read_invented("\n".join([*parts, "</body></html>"]), ".html")
    assert [i.number for i in meeting.items] == ["3", "4", "5"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == [CASES[0], None, CASES[2]]
    assert [i.closed for i in meeting.items] == [False, True, False]
    assert [s.type for s in meeting.items[0].sections] == ["sagsfremstilling", "beslutning"]
