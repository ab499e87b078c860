"""Case and journal numbers as people type them.

The minutes print a case number one way ("24-004433", "EMN-2023-009832",
"82.07.00-P20-2285-24"); people type it another: other separators or none, without
leading zeros, a four-digit year for a two-digit one, the year last instead of first
("4433/24"), or only a part ("82.07.00", "sag 4433"). A typed identifier is compared with
the case numbers the index holds by their parts, so that each of these finds the case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TYPED_FORMS = True
"""Match typed identifiers to the index's case numbers by their parts (ablation switch)."""

_PART = re.compile(r"[a-zæøå]+|\d+")
_CENTURY_YEAR = re.compile(r"20[0-3]\d")
CASE_LABEL = r"sags?\s*(?:nr|nummer)|j(?:ournal)?\s*\.?\s*(?:nr|nummer)|journalnummer"
"""The words a case number is labelled with ("Sagsnr.", "Sag nr.", "J.nr.", "Journalnummer"),
without their punctuation: a regular expression's alternatives."""
# a case label before a bare number, not a year ("sag 4433", "j.nr. 2285", "sagsnr.: 4433")
_LABELLED_NUMBER = re.compile(
    rf"(?<![\w:])(?:{CASE_LABEL}|sags?)"
    r"\s*\.?\s*:?\s+(?!(?:19|20)\d\d\b)(\d{3,})(?![\w.,/-]\w)", re.IGNORECASE)
_FUSED = re.compile(r"(?=(?:[a-zæøå]*\d){6})[a-zæøå\d]+", re.IGNORECASE)
MIN_KLE_PREFIX = 3
"""A typed number with at least this many parts also matches the case numbers it starts
(a KLE journal number's subject, "82.07.00", finds "82.07.00-P20-2285-24")."""


def id_parts(text: str) -> tuple[str, ...]:
    """The comparable parts of an identifier: lower-case letter runs and numbers, without
    leading zeros, a year 2000-2039 as its last two digits ("EMN-2023-009832" gives
    emn, 23, 9832)."""
    parts = []
    for part in _PART.findall(text.lower()):
        if part.isdigit():
            part = part[2:] if _CENTURY_YEAR.fullmatch(part) else part
            part = part.lstrip("0") or "0"
        parts.append(part)
    return tuple(parts)


def fused_case_number(text: str) -> bool:
    """A case number typed without its separators, letters and digits in one, at least
    six digits ("EMN2025009868", "21002482K", "1227845"): its compact key
    (`index.schema.case_keys`) is in the index."""
    return TYPED_FORMS and bool(_FUSED.fullmatch(text))


def labelled_numbers(text: str) -> str:
    """A label before a bare number ("sag 4433") as a hint, not a word: the number is
    looked up in the case-number field, where it may be a part, or in the text,
    `(sag:4433 OR 4433)`."""
    return _LABELLED_NUMBER.sub(r"(sag:\1 OR \1)", text) if TYPED_FORMS else text


def _core(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A case number's parts without its letter-only prefix and suffix (EMN-, -K)."""
    start, end = 0, len(parts)
    while start < end and parts[start].isalpha():
        start += 1
    while end > start and parts[end - 1].isalpha():
        end -= 1
    return parts[start:end]


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def matches(typed: tuple[str, ...], case: tuple[str, ...], partial: bool) -> bool:
    """Whether typed parts name a case number's parts: the same parts, the two parts of
    a year and serial in the other order, either without the case number's letter prefix
or suffix ("EMN-", "-K"), a KLE subject the number starts with, or,
    with `partial` (a label such as "sag" or "j.nr." came before it), any run of them."""
    if not typed or not case:
        return False
    core = _core(case)
    if typed in (case, core) or (len(typed) == 2 and typed[::-1] in (case, core)):
        return True
    if len(typed) >= MIN_KLE_PREFIX and case[:len(typed)] == typed:
        return True
    if not partial:
        return False
    return _contains(case, typed) or (len(typed) == 2 and _contains(case, typed[::-1]))


def case_terms(reader) -> list[tuple[str, tuple[str, ...]]]:
    """The index's case-number field terms, each with its `id_parts`."""
    return [(t, id_parts(t)) for t in (b.decode("utf-8") for b in reader.lexicon("case"))]


def matching_case_terms(typed: str, case_terms: Iterable[tuple[str, tuple[str, ...]]],
                        partial: bool = False) -> list[str]:
    """The case-field terms (term, its `id_parts`) that a typed identifier names."""
    if not TYPED_FORMS:
        return []
    parts = id_parts(typed)
    if not any(p.isdigit() for p in parts):
        return []
    return [term for term, case in case_terms if matches(parts, case, partial)]
