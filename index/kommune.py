"""Which kommune or region a document is from, when only its text says so."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

KOMMUNE_RE = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) Kommunes?\b")
REGION_RE = re.compile(
    r"\b(Region (?:Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland))s?\b"
)


def mentioned_kommune(texts: Iterable[str]) -> str | None:
    """The kommune ("Ballerup") or region ("Region Hovedstaden") mentioned most often."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(m.group(1) for m in KOMMUNE_RE.finditer(text))
        counts.update(m.group(1) for m in REGION_RE.finditer(text))
    return counts.most_common(1)[0][0] if counts else None
