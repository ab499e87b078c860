"""Round 14 (test19's misses) on short invented minutes: a table of figures inside an item
is no table of contents, a closed item without sections is no gap, a family is recorded
only where the document prints its convention, a bare case number in brackets closing
every title is the case number, and a wrapped `6), at …` is no item."""

from __future__ import annotations

from referat.index.readers import parse_bytes

TITLES = ("Renovering af svømmehallen", "Ny daginstitution i Hundige",
          "Trafiksikkerhed ved skolevejene")
CASES = ("25-004411", "25-007812", "24-019930")


def _referat(item_lines: list[list[str]], head: str = "Referat\nSocialudvalget\n"
             "Mødedato: 4. juni 2025 kl. 16.00\nMødested: Rådhuset\n") -> bytes:
    return (head + "".join("\n" + "\n".join(lines) + "\n" for lines in item_lines)).encode()


def test_a_table_of_figures_in_an_item_is_no_table_of_contents() -> None:
    """An economy table (tab-separated figures under a year row) inside "Økonomi" in every
    item: read without a miss, the confidence stays 1.0 and no contents check is made."""
    items = []
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        items.append([f"{n}. {title}", f"Sagsnr.: {case}", "", "Økonomi",
                      "Forslaget finansieres inden for rammen som vist her.",
                      "1.000 kr.\t2025\t2026\t2027", "Drift\t150\t150\t600",
                      "Anlæg\t500\t0\t0", "I alt\t650\t150\t600", "", "Beslutning",
                      "Godkendt."])
    result = parse_bytes(_referat(items), "figures.txt")
    assert [i.title for i in result.meeting.items] == list(TITLES)
    assert not any(c.startswith("toc") for c in result.checks), result.checks
    assert result.confidence == 1.0


def test_a_closed_item_without_sections_is_no_gap() -> None:
    """Two open items with their sections and a closed one, which prints none."""
    items = [[f"{n}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
              "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt."]
             for n, (title, case) in enumerate(zip(TITLES[:2], CASES, strict=False), start=1)]
    items.append(["3. Lukket punkt: Personalesag"])
    result = parse_bytes(_referat(items), "closed.txt")
    assert [i.closed for i in result.meeting.items] == [False, False, True]
    assert "titled and sectioned 3/3" in result.checks and result.confidence == 1.0


def test_a_family_is_recorded_only_where_its_convention_is_printed() -> None:
    """`N.<TAB>Title` over `Sagsnummer<TAB>…` (a word processor's text) is read, but as no
    committee system's export; the same minutes with the systems' `Sagsnr.:` line are."""
    def minutes(label: str) -> bytes:
        return _referat([[f"{n}.\t{title}", f"{label}{case}", "Sagsfremstilling",
                          "Forvaltningen har belyst sagen.", "Beslutning", "Godkendt."]
                         for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True),
                                                           start=1)])
    word = parse_bytes(minutes("Sagsnummer\t"), "word.txt")
    assert [i.case_number for i in word.meeting.items] == list(CASES)
    assert word.layout == "generic"
    assert parse_bytes(minutes("Sagsnr.: "), "edoc.txt").layout == "edoc-acadre"
