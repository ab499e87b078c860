"""Committee names: the words that name a body, and committee names inside the text of a
decision or a recommendation.

"Skole-, Børne- og Ungeudvalget godkendte indstillingen" names who decided, not what
the decision is about: indexed as it stands, the decision matches "skole" and "børn".
`without_committees` puts the generic word in place of each committee name, for the
fields whose text says who decided (`DECIDING_FIELDS`); the stored text is unchanged.
"""

from __future__ import annotations

import re

DECIDING_FIELDS = ("beslutning", "indstilling")
"""The section fields where a committee's name says who decided, not the subject."""

_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ]*"
COMMITTEE_RE = re.compile(
    rf"\b(?:{_CAP}(?:-,?|,)\s+(?:(?:og|&)\s+)?)*"  # "Skole-, Børne- og ", "Skole, "
    rf"(?:{_CAP}-\s+(?:og|&)\s+)?"  # "Plan- og "
    r"(?:[A-ZÆØÅ][\wæøå]*udvalg(?:et|ets)?|Byråd(?:et|ets)?)\b"  # "Ungeudvalget", "Byrådet"
)
"""A committee's name: a capitalised word ending in -udvalg(et), with the hyphenated
words joined to it ("Klima-, Teknik- og Miljøudvalget"), or "Byrådet". Councils that
are heard ("Seniorrådet", "Handicaprådet") are a subject, and stay."""

GENERIC = "udvalget"

COUNCILS = {"byråd": "et", "kommunalbestyrelse": "n", "regionsråd": "et"}
"""A kommune's or a region's council, and the ending of its definite form ("Byrådet",
"Kommunalbestyrelsen", "Regionsrådet")."""
DEFINITE_COUNCILS = tuple(word + ending for word, ending in COUNCILS.items())


def _forms(word: str, ending: str) -> str:
    """The word, its definite form and their genitive, as a pattern."""
    return rf"{word}(?:{ending}|{ending}s)?"


BODY_RE = re.compile(
    rf"\b\S*({_forms('udvalg', 'et')}|{'|'.join(_forms(w, e) for w, e in COUNCILS.items())}|"
    r"magistrat(?:en|ens)?|økonomiudvalg\S*|[\w-]*råd(?:et|ets)|[\w-]*nævn(?:et|ets)?|"
    r"bestyrelse(?:n|ns)|"  # a board's ("Bestyrelsen for … Forsyning A/S")
    r"forretningsudvalg\S*)\b",
    re.IGNORECASE,
)
"""A word that names a body ("Økonomiudvalget", "Byrådets", "Klagenævnet", "Bestyrelsen"), in the
header line that names the meeting's udvalg (every reader's)."""


def without_committees(text: str) -> str:
    """`text` with each committee name replaced by the generic word."""
    return COMMITTEE_RE.sub(GENERIC, text)
