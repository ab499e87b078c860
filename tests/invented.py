"""Short invented minutes for the tests: reading them, wrapping their text, indexing
meetings of one item each."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from referat.index.model import Meeting
from referat.index.readers import parse_bytes
from referat.index.writer import index_paths


def read_invented(data: bytes | str, suffix: str = ".txt") -> Meeting:
    """The meeting the readers make of an invented document (it must be read)."""
    result = parse_bytes(data.encode() if isinstance(data, str) else data, f"invented{suffix}")
    assert result.ok, result.reason
    return result.meeting


def wrap(text: str, width: int) -> list[str]:
    """The text's words in lines of at most `width` characters."""
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*out, line] if line else out


def write_item(folder: Path, name: str, opening: str, title: str, case: str, text: str,
               decision: str) -> None:
    """One invented meeting of one item, `folder`/`name`: its `opening` lines, the item's
    title and case number, a sagsfremstilling and the `decision`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"{opening}\n\nPunkt 1: {title}\n\n{case}\n\nSagsfremstilling\n\n{text}\n\n"
        f"Beslutning\n\n{decision}\n",
        encoding="utf-8",
    )


def one_item_index(root: Path, items: Sequence[tuple[int, str, str]], case_prefix: str,
                   opening: str, decision: str) -> Path:
    """An index of invented meetings of one item each, a.txt, b.txt, … from `items`
    (year, title, text): `opening` the meeting's first lines with `{year}` in them, case
    number `case_prefix`-N-YY, a sagsfremstilling and the `decision`."""
    folder = root / "m"
    for number, (year, title, text) in enumerate(items):
        write_item(folder, f"{chr(ord('a') + number)}.txt", opening.format(year=year), title,
                   f"{case_prefix}-{number + 1}-{year % 100}", text, decision)
    index_paths([folder], root / "ix", jobs=1)
    return root / "ix"


def hit_names(ix, text: str) -> list[str]:
    """The file names of a search's hits, ungrouped."""
    return [Path(h.source).name for h in ix.search(text, group=False).hits]
