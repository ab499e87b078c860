"""Forgiving name filters: `--kommune` and `--udvalg` as people type them.

A value is matched against the names the index holds, not against their words as
stored: both sides are folded (æ/ø/å, case), words that every such name may carry are
ignored ("Kommune", "udvalget", a year or a span of years: "Byråd 2022-2025"), and a
word matches a name's word when it starts it or has its stem ("byrådet" finds "Byråd
2022-2025", "århus" finds "Aarhus", "greve kommune" finds "Greve"). A committee named
by one of its areas and "-udvalget" ("sundhedsudvalget", "teknikudvalget") finds the
committees whose name holds that area ("Sundheds- og Omsorgsudvalget", "Klima-,
Teknik- og Miljøudvalget"), as people shorten them.
A value that matches no name answers with the closest names the index holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from referat.index.analysis import fold, normalize, snowball_stem

NAME_FIELDS = {"kommune": "kommune", "udvalg": "udvalg"}
"""Filter option -> the stored, sortable field that holds the whole name."""

NOISE_WORDS = frozenset(fold(w) for w in (
    "kommune", "kommunes", "kommunen", "udvalg", "udvalget", "udvalgets", "region",
))
"""Words a name may carry or leave out without changing what it names."""

_YEARS = re.compile(r"^\d{4}$")
_COMMITTEE_HEAD = re.compile(r"^(\w{3,}?)udvalg(?:et|ets|s)?$")
"""A one-word committee name: its area ("sundheds") and the head "udvalget"."""
MAX_SUGGESTIONS = 3
MIN_SIMILARITY = 0.5


def name_words(text: str) -> list[str]:
    """The folded words of a name that tell it apart (noise words and years dropped;
    all of them kept if nothing else is left)."""
    words = re.findall(r"\w+", fold(normalize(text)))
    kept = [w for w in words if w not in NOISE_WORDS and not _YEARS.match(w)]
    return kept or words


def typed_words(value: str) -> list[str]:
    """A typed name's distinctive words, a one-word committee name as its area
    ("sundhedsudvalget" -> "sundheds"), when `SHORT_COMMITTEES`."""
    words = name_words(value)
    if not SHORT_COMMITTEES:
        return words
    return [m.group(1) if (m := _COMMITTEE_HEAD.match(w)) else w for w in words]


SHORT_COMMITTEES = True
"""Read "sundhedsudvalget" as a committee whose name holds "Sundheds-"."""


def _stem(word: str) -> str:
    return fold(snowball_stem(word))


def _word_matches(typed: str, word: str) -> bool:
    return word.startswith(typed) or _stem(typed) == _stem(word)


def name_matches(value: str, name: str) -> bool:
    """Whether every distinctive word of `value` matches a word of `name`."""
    words = re.findall(r"\w+", fold(normalize(name)))
    typed = typed_words(value)
    return bool(typed) and all(any(_word_matches(t, w) for w in words) for t in typed)


def closest_names(value: str, names: list[str], n: int = MAX_SUGGESTIONS) -> list[str]:
    """The names most like `value` (by letters, whole name or any one word)."""
    typed = " ".join(name_words(value))

    def similarity(name: str) -> float:
        words = name_words(name)
        candidates = [" ".join(words), *words]
        return max(SequenceMatcher(None, typed, c).ratio() for c in candidates)

    scored = sorted(((similarity(name), name) for name in names if name), reverse=True)
    return [name for score, name in scored[:n] if score >= MIN_SIMILARITY]


@dataclass
class NameFilter:
    """What a name filter's value matched: the names, or the closest ones."""

    option: str
    value: str
    names: list[str]
    suggestions: list[str]


def resolve_name(option: str, value: str, known: list[str]) -> NameFilter:
    """The known names (of `option`'s field) that `value` matches."""
    names = [name for name in known if name and name_matches(value, name)]
    return NameFilter(option, value, names, [] if names else closest_names(value, known))


def known_names(reader, option: str) -> list[str]:
    """Every name the index holds for a filter option (its field's terms)."""
    field = NAME_FIELDS[option]
    return [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(field)]
