"""Short invented minutes for the generic reader's tests: reading them, wrapping their text."""

from __future__ import annotations

from referat.index.model import Meeting
from referat.index.readers import parse_bytes


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
