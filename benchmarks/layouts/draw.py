"""What the generators from generate9.py on share: drawing a meeting's items from Greve's
minutes (titles, case numbers, section texts from ../shared/corpus at run time, as in
generate.py: nothing copied into the repository), a section's text from its source item,
the meeting a document states (its truth: what the generator wrote), its rendered files
(only the layout's `formats`), and the few words every rendering prints alike. Each
generator keeps its own conventions (numbers, headings, closed items, renderings)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from referat.index.model import Item, Meeting

from benchmarks.layouts.generate import MEETING_DATE, _greve_items, _text


@dataclass
class LayoutFields:
    """The fields every layout of these sets has; each set's own are in its generator."""

    name: str
    headings: list[tuple[str, str]]  # (section type, heading as printed), in printed order
    formats: tuple[str, ...]
    kind: str = "referat"
    case: str = "Sagsnr.: {case}"
    closed: int = 0  # how many items are closed (the second-last, then the second)
    closed_title: str | None = None  # a closed item's printed title in place of its own
    udvalg: str | None = None  # the committee, in place of the Greve item's
    place: str = "Mødelokale 2"


def draw(name: str, seed: int, starts: Sequence[int], first: int | None = None
         ) -> tuple[random.Random, list[tuple[str, Item]], int]:
    """The document's random source (by layout name and seed), its five or six
    (udvalg, item) drawn from Greve's minutes, and its first item number: one of `starts`,
    or `first` when the layout fixes it."""
    rng = random.Random(f"{name}-{seed}")
    chosen = rng.sample(_greve_items(), rng.randint(5, 6))
    start = rng.choice(starts) if first is None else first
    return rng, chosen, start


def closed_positions(count: int, closed: int) -> set[int]:
    """The positions of the `closed` closed items of `count`: the second-last, then the
    second."""
    return set(sorted({count - 2, 1}, reverse=True)[:closed])


def text_of(src: Item, kind: str) -> str:
    """A section's text of that kind from the source item; a decision its first two
    paragraphs, or "Godkendt." when the source has none."""
    return _text(src, "beslutning", 2) or "Godkendt." if kind == "beslutning" else _text(src, kind)


def stated(layout: Any, udvalg: str, items: list[Item]) -> Meeting:
    """The meeting a generated document states: the layout's kind and place."""
    return Meeting(kommune=None, udvalg=udvalg, date=MEETING_DATE, kind=layout.kind,
                   place=layout.place, items=items)


Render = Callable[[Any, Meeting], "str | bytes"]


def rendered(layout: Any, meeting: Meeting, text: Render, html: Render, pdf: Render
             ) -> dict[str, bytes]:
    """The rendered files by suffix, only the layout's formats, in their order."""
    render = {".txt": text, ".html": html, ".pdf": pdf}
    files = {}
    for suffix in layout.formats:
        data = render[suffix](layout, meeting)
        files[suffix] = data.encode() if isinstance(data, str) else data
    return files


def word(meeting: Meeting) -> str:
    """The document's kind as its title word."""
    return "Referat" if meeting.kind == "referat" else "Dagsorden"


def case_line(layout: Any, item: Item) -> str:
    """The item's case number in the layout's `case` pattern ("" when it has none)."""
    return layout.case.format(case=item.case_number) if item.case_number else ""
