"""Letter-spaced lines ("S A G S F R E M S T I L L I N G:", "B e s l u t n i n g"):
typography (or a typewriter's emphasis read back by OCR), not single-letter words.

A line whose letters all stand alone, one space (or one gap of the line's narrowest
width) apart, is read with those spaces closed; a wider gap separates words
("S A G E N S   I N D H O L D" → "SAGENS INDHOLD"). Punctuation that closes the line
(a colon, a full stop) stays.
"""

from __future__ import annotations

import re

# single letters apart by runs of spaces, four or more of them, a closing mark allowed
_SPACED_RE = re.compile(r"^[^\W\d_](?:( +)[^\W\d_]){3,}\s*[:.;]?$")
_GAP_RE = re.compile(r"(?<=[^\W\d_]) +(?=[^\W\d_])")


def close_letterspacing(text: str) -> str | None:
    """The line with its letter spacing closed, or None when it is not letter-spaced."""
    stripped = text.strip()
    if not _SPACED_RE.match(stripped):
        return None
    gaps = [len(g) for g in _GAP_RE.findall(stripped)]
    narrow = min(gaps)
    if narrow > 3:
        return None  # letters far apart: a table's single-letter cells, not one word
    words = re.split(f" {{{narrow + 1},}}", stripped)
    closed = " ".join(w.replace(" ", "") for w in words)
    return re.sub(r"\s+([:.;])$", r"\1", closed)
