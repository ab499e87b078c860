"""Round 34a (issue-18co) on short invented minutes: no document sinks whole. A reading that
is implausible is read again with the evidence it did not use (numbers at line starts in a
recurring dress, rising by one), and a heading's label is recognised in any wrapping."""

from __future__ import annotations

import pytest
from referat.index import sections
from referat.index.readers import parse_bytes
from referat.index.readers.generic import candidates, fallback
from referat.index.sections import section_type

ITEMS = [("7", "Ny belysning på stationsvej", "24-003311"),
         ("8", "Tilskud til foreningslivet", "24-004422"),
         ("9", "Vinterbekæmpelse i kommunen", "24-005533")]


def _referat(opening: str) -> bytes:
    lines = ["REFERAT", "Teknikudvalget", "onsdag den 4. juni 2025", ""]
    for n, title, case in ITEMS:
        lines += ["", opening.format(n=n, title=title), f"Sagsnr.: {case}", "",
                  "Sagsfremstilling", "Forvaltningen har belyst sagen.", "",
                  "Beslutning", "Godkendt.", ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("opening", ["{n} ≡ {title}", "<{n}> {title}", "{n} ~ {title}",
                                     "*{n}* {title}", "{n} >> {title}", "<{n}>\n{title}",
                                     "{{{n}}}\n{title}"])
def test_numbers_in_a_recurring_dress_open_the_items(opening: str) -> None:
    """`7 ≡ Title`, `<7> Title`, `*7* Title`, `<7>` over the title: marks the numbering
    patterns do not know, around numbers that rise by one at the starts of lines: each
    opens an item."""
    result = parse_bytes(_referat(opening), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS
    assert all([(s.type, s.text) for s in i.sections] == [
        ("sagsfremstilling", "Forvaltningen har belyst sagen."), ("beslutning", "Godkendt.")]
        for i in result.meeting.items)


@pytest.mark.parametrize("marks", [" = ", " ~ ", " -> ", " ::: "])
def test_numbers_after_a_recurring_label_open_the_items(marks: str) -> None:
    """`Nummer ~ 7` alone on its line, `Emne ~ Title` under it (the title
    wrapped in the value's column): each labelled number opens an item, its title the
    value under it."""
    lines = ["REFERAT", "Teknikudvalget", "onsdag den 4. juni 2025", ""]
    for n, title, case in ITEMS:
        head, _, tail = title.rpartition(" ")
        lines += ["-" * 60, f"Nummer{marks}{n}", f"Emne{marks}{head}",
                  " " * len(f"Emne{marks}") + tail, f"Sagsnr.: {case}", "",
                  "Sagsfremstilling", "Forvaltningen har belyst sagen.", "",
                  "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS


def test_the_second_reading_has_a_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    """With `RENUMBER` off the same document sinks: the test above is the rule's (round 34's
    `MARK_RUNS`, which reads an unknown mark after the number in the first reading, off too)."""
    monkeypatch.setattr(fallback, "RENUMBER", False)
    monkeypatch.setattr(candidates, "MARK_RUNS", False)
    result = parse_bytes(_referat("{n} ≡ {title}"), "referat.txt", known_layouts=False)
    assert not result.ok or [i.title for i in result.meeting.items] != [t for _, t, _ in ITEMS]


def test_numbers_that_do_not_rise_are_no_openings() -> None:
    """Numbered lines in one dress whose numbers do not rise by one (amounts, a list of
    years) give no second reading: a text that is no minutes stays rejected."""
    lines = ["Regnskab for foreningen", ""]
    for n in (12, 40, 7, 300, 15):
        lines += [f"{n} ≡ Udgifter til materialer", "Beløbet er betalt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "regnskab.txt", known_layouts=False)
    assert not result.ok


def test_a_plausible_reading_is_kept() -> None:
    """Minutes the reader reads with confidence are not read again: lines in another
    dress inside an item's text (a list numbered `1 ≡ …`) stay text."""
    lines = ["REFERAT", "Teknikudvalget", "onsdag den 4. juni 2025", ""]
    for n, title, case in ITEMS:
        lines += ["", f"{n}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "1 ≡ Første del af sagen",
                  "2 ≡ Anden del af sagen", "3 ≡ Tredje del af sagen", "",
                  "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS


@pytest.mark.parametrize("wrap", ["== {} ==", "<{}>", "*{}*", "[{}]", "{{{}}}", "-- {} --",
                                  "~ {} ~", "»{}«"])
def test_a_label_in_any_wrapping_is_its_heading(wrap: str) -> None:
    """`– Beslutning –`, `== Beslutning ==`, `<Beslutning>`: marks wrapped around a label
    are typography; the label is looked up without them (`sections.UNWRAP_LABELS`)."""
    assert section_type(wrap.format("Beslutning")) == "beslutning"
    assert section_type(wrap.format("Sagsfremstilling")) == "sagsfremstilling"
    assert section_type(wrap.format("Ny skole på vejen")) is None


@pytest.mark.parametrize("wrap", ["<{}>", "{{{}}}", "-- {} --", "~ {} ~"])
def test_items_headed_by_wrapped_labels(wrap: str) -> None:
    """Minutes whose headings are all wrapped in marks: each item's sections typed."""
    lines = ["REFERAT", "Teknikudvalget", "onsdag den 4. juni 2025", ""]
    for n, title, case in ITEMS:
        lines += ["", f"{n}. {title}", f"Sagsnr.: {case}", "", wrap.format("Sagsfremstilling"),
                  "Forvaltningen har belyst sagen.", "", wrap.format("Beslutning"), "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [[(s.type, s.text) for s in i.sections] for i in result.meeting.items] == [[
        ("sagsfremstilling", "Forvaltningen har belyst sagen."), ("beslutning", "Godkendt.")]
    ] * len(ITEMS)


def test_unwrapping_has_a_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    """With `UNWRAP_LABELS` off a wrapped label is no heading: the tests above are the
    rule's."""
    monkeypatch.setattr(sections, "UNWRAP_LABELS", False)
    section_type.cache_clear()
    try:
        assert section_type("== Beslutning ==") is None
    finally:
        section_type.cache_clear()
