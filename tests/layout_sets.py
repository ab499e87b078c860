"""What the layout sets' consistency tests (tests/test_layouts*.py) share: a rendering's
words read back with plain means (pdfminer's own text extraction, tags stripped from
HTML), never with referat's readers; the checks every set runs on its documents (`check_…`:
the split is its module, the meeting and items printed, numbers, decisions, section types,
earlier splits unchanged), and `set_checks`, a set's two standard tests in one call."""

from __future__ import annotations

import hashlib
import html
import io
import re
from collections.abc import Callable, Mapping, Sequence

import pytest
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTChar, LTTextContainer, LTTextLine
from referat.index.model import Meeting

from benchmarks.layouts.evaluate import SPLITS
from benchmarks.layouts.generate import by_name, document
from benchmarks.layouts.pdfwriter import PAGE_W
from benchmarks.layouts.score import _norm, _probe


def plain(suffix: str, data: bytes, furniture: re.Pattern[str]) -> str:
    """The words of a rendering, with what `furniture` matches (page headers and
    footers) left out, padded with a space at each end for `words`."""
    if suffix == ".pdf":
        text = extract_text(io.BytesIO(data))
    elif suffix == ".html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", data.decode()))
    else:
        text = data.decode()
    return " " + _norm(furniture.sub(" ", text)) + " "


def words(text: str) -> str:
    """A text as whole words, to be found in `plain` (not inside a longer word)."""
    return f" {_norm(text)} "


def check_right_margin(files: dict[str, bytes], margin: float = 20) -> None:
    """Nothing printed past the right edge of a rendering's PDF page (less `margin`), where
    no one sees it: pdfminer's rightmost text box, on any page."""
    if ".pdf" in files:
        right = max(box.x1 for page in extract_pages(io.BytesIO(files[".pdf"]))
                    for box in page if isinstance(box, LTTextContainer))
        assert right < PAGE_W - margin, right


def pdf_lines(pdf: bytes):
    """(page, x0, y0, text, the line's first character) of every text line of a PDF."""
    for n, page in enumerate(extract_pages(io.BytesIO(pdf))):
        for box in page:
            if isinstance(box, LTTextContainer):
                for line in box:
                    if isinstance(line, LTTextLine):
                        first = next(c for c in line if isinstance(c, LTChar))
                        yield n, line.x0, line.y0, line.get_text().strip(), first


def documents(name: str, seeds: Sequence[int] = (1, 2, 3)
              ) -> list[tuple[Meeting, dict[str, bytes]]]:
    """The truth and rendered files of the named layout's documents for `seeds`."""
    return [document(by_name(name), seed) for seed in seeds]


def renderings(name: str, suffix: str, seeds: Sequence[int] = (1, 2, 3)
               ) -> list[tuple[Meeting, str | bytes]]:
    """The truth and the `suffix` file of the named layout's documents for `seeds`: a
    PDF's bytes, any other file's text."""
    return [(meeting, files[suffix] if suffix == ".pdf" else files[suffix].decode())
            for meeting, files in documents(name, seeds)]


def open_items(meeting) -> list:
    """A meeting's items that are not closed."""
    return [item for item in meeting.items if not item.closed]


def rendered_lines(name: str, seeds: Sequence[int] = (1, 2, 3)):
    """Each seed's (meeting, its PDF's `pdf_lines`) for a PDF layout."""
    return [(meeting, list(pdf_lines(pdf))) for meeting, pdf in renderings(name, ".pdf", seeds)]


def check_within_pages(pdf: bytes, name: str, margin: float = 20, foot: float = 10) -> None:
    """Nothing printed past a page's right edge (less `margin`) or below its foot (less
    `foot`), where no reader sees it: on every page of the PDF."""
    for page in extract_pages(io.BytesIO(pdf)):
        boxes = [box for box in page if isinstance(box, LTTextContainer)]
        assert max(box.x1 for box in boxes) < page.width - margin, name
        assert min(box.y0 for box in boxes) > foot, name


def check_decisions(meeting, closed_title: str | None = None, votes: str = "") -> None:
    """Closed items have no sections and no case number (and `closed_title`, when given);
    every open item of a referat has a decision (ending in `votes`, when given), no item
    of a dagsorden has one."""
    for item in meeting.items:
        decisions = [s for s in item.sections if s.type == "beslutning"]
        if item.closed:
            assert not item.sections and item.case_number is None
            assert item.title == (closed_title or item.title)
        elif meeting.kind == "referat":
            assert decisions, item.title
            assert not votes or decisions[-1].text.endswith(votes)
        else:
            assert not decisions, item.title


def check_closed_and_decisions(layout, meeting, votes: str = "") -> None:
    """`check_decisions` with the layout's closed title, and the layout's count of closed
    items."""
    check_decisions(meeting, layout.closed_title, votes)
    assert sum(item.closed for item in meeting.items) == layout.closed


def check_numbered(meeting, numbered: bool = True) -> None:
    """The items' numbers count up by one from the first (`numbered`), or are all empty."""
    numbers = [item.number for item in meeting.items]
    if numbered:
        assert numbers == [str(int(numbers[0]) + k) for k in range(len(numbers))]
    else:
        assert numbers == [""] * len(numbers)


def check_split(split: str, layouts: Sequence, least: int, apart: bool = True) -> None:
    """The split holds exactly the module's layouts (at least `least`), each found by
    name; `apart`: none of them is in another split."""
    names = [layout.name for layout in layouts]
    assert sorted(SPLITS[split]) == sorted(names) and len(set(names)) >= least
    assert all(by_name(name).name == name for name in names)
    if apart:
        earlier = {name for key, other in SPLITS.items() if key not in ("note", split)
                   for name in other}
        assert not earlier & set(names)


SECTION_TYPES = {"resume", "indstilling", "sagsfremstilling", "okonomi", "lovgrundlag", "bilag",
                 "sagsforloeb", "beslutning", "other"}


def check_section_types(layouts: Sequence) -> None:
    """Every heading of every layout is of a known section type."""
    assert {kind for layout in layouts for kind, _ in layout.headings} <= SECTION_TYPES


def check_formats(layouts: Sequence, pdf: int, html: int, txt: int) -> None:
    """At least `pdf` of the layouts render PDF, `html` HTML and `txt` text."""
    count = {s: sum(s in layout.formats for layout in layouts) for s in (".pdf", ".html", ".txt")}
    assert count[".pdf"] >= pdf and count[".html"] >= html and count[".txt"] >= txt, count


def check_html_layouts(layouts: Sequence, least: int) -> None:
    """At least `least` of the layouts render HTML."""
    assert sum(".html" in layout.formats for layout in layouts) >= least


def check_meeting_printed(meeting, text: str, suffix: str, udvalg_suffix: str = "") -> None:
    """The meeting's place and udvalg (plus `udvalg_suffix`, a genitive) are printed as
    whole words in `text`."""
    assert words(meeting.place) in text, suffix
    assert words(meeting.udvalg + udvalg_suffix) in text, suffix


def check_items_printed(meeting, text: str, suffix: str, numbers: bool = True,
                        lines: bool = True, titles: str | None = None) -> None:
    """Every item's number (when `numbers` and it has one), title (in `titles`, when
    given), case number, section headings, section starts and (when `lines`, outside PDF,
    where a line may be split) every section line are printed as whole words in `text`
    (from `plain`)."""
    for item in meeting.items:
        assert not numbers or not item.number or words(item.number) in text, (suffix, item.number)
        assert words(item.title) in (text if titles is None else titles), (suffix, item.title)
        if item.case_number:
            assert words(item.case_number) in text, (suffix, item.case_number)
        for section in item.sections:
            assert words(section.heading) in text, (suffix, section.heading)
            assert f" {_probe(section.text)} " in text, (suffix, section.heading)
            for line in section.text.splitlines() if lines else ():
                assert words(line) in text or suffix == ".pdf", (suffix, line)


def check_pdf_words(meeting, pdf: bytes, furniture: re.Pattern[str], name: str) -> None:
    """Every word of every section reaches the PDF."""
    text = plain(".pdf", pdf, furniture)
    for item in meeting.items:
        for section in item.sections:
            missing = [w for w in _norm(section.text).split() if f" {w} " not in text]
            assert not missing, (name, item.number, missing[:5])


def check_set_pdf_words(layouts: Sequence, furniture: re.Pattern[str], seed: int = 1) -> None:
    """`check_pdf_words` for every layout that renders a PDF, on its document for `seed`."""
    for layout in (x for x in layouts if ".pdf" in x.formats):
        meeting, files = document(layout, seed)
        check_pdf_words(meeting, files[".pdf"], furniture, layout.name)


def check_unchanged(splits: Sequence[str], expected: tuple[int, str]) -> None:
    """The distinct layouts of `splits` and a sha256 over their documents (seed 1: the
    truth's repr, then each file by suffix) are `expected`: a new set's generator left
    the earlier splits' documents byte for byte as they were."""
    names = sorted({name for key in splits for name in SPLITS[key]})
    digest = hashlib.sha256()
    for name in names:
        meeting, files = document(by_name(name), 1)
        digest.update(repr(meeting).encode())
        for suffix in sorted(files):
            digest.update(suffix.encode())
            digest.update(files[suffix])
    assert (len(names), digest.hexdigest()) == expected


def rendered(name: str, seed: int, least: int = 5):
    """The named layout, its truth and files for `seed`, after checking that every format
    is rendered, the meeting has at least `least` items and is held on 12 March 2024."""
    layout = by_name(name)
    meeting, files = document(layout, seed)
    assert set(files) == set(layout.formats) and len(meeting.items) >= least
    assert meeting.date.isoformat() == "2024-03-12"
    return layout, meeting, files


def check_rendered(name: str, seed: int, furniture: re.Pattern[str],
                   read: Callable[[str, bytes], str] | None = None,
                   udvalg_suffix: str = "") -> None:
    """A layout's documents for `seed`: every format rendered, the PDF within its pages and
    holding every section word, the meeting's fields and every item printed in each format
    (read by `read`, `plain` by default; the udvalg as printed, plus `udvalg_suffix` for a
    genitive), numbers increasing by one, closed items and decisions as the layout says."""
    layout, meeting, files = rendered(name, seed)
    if ".pdf" in files:
        check_within_pages(files[".pdf"], name)
        check_pdf_words(meeting, files[".pdf"], furniture, name)
    for suffix, data in files.items():
        text = read(suffix, data) if read else plain(suffix, data, furniture)
        check_meeting_printed(meeting, text, suffix, udvalg_suffix)
        assert " 12 marts 2024 " in text, suffix
        check_items_printed(meeting, text, suffix)
    check_numbered(meeting)
    check_closed_and_decisions(layout, meeting)


def set_checks(split: str, layouts: Sequence, least: int, furniture: re.Pattern[str],
               read: Callable[[str, bytes], str] | Mapping[str, Callable[[str, bytes], str]]
               | None = None, udvalg_suffix: Mapping[str, str] | None = None,
               prefix: str | None = None
               ) -> tuple[Callable[[], None], Callable[[str, int], None]]:
    """A set's two standard tests, for its module to bind as `test_split_is_the_module` and
    `test_truth_is_printed_in_every_format` (pytest collects them there): the split is the
    module (`check_split`, at least `least` layouts, every name starting with `prefix` when
    given), and every layout's documents for seeds 1-3 pass `check_rendered` with that page
    `furniture`, `read` (one reader, or one per layout name where the mapping has one) and
    the layout's `udvalg_suffix`."""
    def test_split_is_the_module() -> None:
        check_split(split, layouts, least)
        assert prefix is None or all(layout.name.startswith(prefix) for layout in layouts)

    @pytest.mark.parametrize("seed", [1, 2, 3])
    @pytest.mark.parametrize("name", [layout.name for layout in layouts])
    def test_truth_is_printed_in_every_format(name: str, seed: int) -> None:
        reader = read.get(name) if isinstance(read, Mapping) else read
        check_rendered(name, seed, furniture, reader, (udvalg_suffix or {}).get(name, ""))

    return test_split_is_the_module, test_truth_is_printed_in_every_format
