"""Identifiers typed with a slip: the nearest ones the index holds.

A case number or plan number that matches nothing may be one typed with a digit wrong
("31-004771" for 31-004711, "lokalplan 17.03" for 17.30): one digit substituted, two
adjacent digits swapped, one digit missing or one extra (another separator, missing
leading zeros or a four-digit year already match as typed: `search.identifiers`). Such a
word is compared with the identifiers the index holds, a case number with the
case-number field's terms part by part (`id_parts`: the parts must be the same but one,
one slip apart), a plan number with the numbers the titles print after a plan word. The
search then runs on the nearest one and says so (`SearchResult.corrected`, "showing
results for …"), the other equally near ones as suggestions; never when the typed one
is in the index (it has hits, so it is never corrected).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from referat.index.schema import TEXT_FIELDS, case_keys, looks_like_case_number
from referat.search.identifiers import (
    case_terms,
    fused_case_number,
    id_parts,
    matching_case_terms,
    printed_numbers,
)
from whoosh import query

NEAR_IDENTIFIERS = True
"""Correct a case or plan number that matches nothing to the nearest ones the index
holds (ablation switch)."""

_DIGITS = "0123456789"
_PLAN_WORD = "lokalplan"
"""The title word a plan number follows ("Lokalplan 17.30 for …"); an exact-form term."""
_PLAN_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_PART = re.compile(r"[a-zæøå]+|\d+")


def one_slip(typed: str, other: str) -> bool:
    """Whether two digit strings are one slip apart: one digit substituted, two adjacent
    digits swapped, or one digit missing or extra (Damerau-Levenshtein distance 1)."""
    if typed == other:
        return False
    if len(typed) == len(other):
        apart = [i for i, (a, b) in enumerate(zip(typed, other, strict=True)) if a != b]
        return len(apart) == 1 or (len(apart) == 2 and apart[1] == apart[0] + 1
                                   and typed[apart[0]] == other[apart[1]]
                                   and typed[apart[1]] == other[apart[0]])
    shorter, longer = sorted((typed, other), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def near_parts(typed: tuple[str, ...], case: tuple[str, ...]) -> bool:
    """Whether a typed identifier's parts are a case number's with one number part one
    slip away, the others (letters included) the same."""
    if len(typed) != len(case):
        return False
    apart = [(a, b) for a, b in zip(typed, case, strict=True) if a != b]
    return len(apart) == 1 and apart[0][0].isdigit() and apart[0][1].isdigit() \
        and one_slip(*apart[0])


def printed_parts(text: str) -> tuple[str, ...]:
    """An identifier's letter runs (lower-case) and numbers as printed, zeros and all."""
    return tuple(_PART.findall(text.lower()))


# Per index reader (weakly held): its case terms by their number of parts.
_BY_COUNT: WeakKeyDictionary = WeakKeyDictionary()

CaseParts = tuple[str, tuple[str, ...], tuple[str, ...]]
"""A case-field term, its `id_parts` and its `printed_parts`."""


def case_parts(reader, count: int) -> list[CaseParts]:
    """The index's case terms of `count` parts, with their parts (listed once per reader:
    a mistyped number at 110,000 items read every term's parts again)."""
    if reader not in _BY_COUNT:
        by_count: dict[int, list[CaseParts]] = {}
        for term, parts in case_terms(reader):
            by_count.setdefault(len(parts), []).append((term, parts, printed_parts(term)))
        _BY_COUNT[reader] = by_count
    return _BY_COUNT[reader].get(count, [])


def near_case_numbers(typed: str, terms: Iterable[CaseParts]) -> list[str]:
    """The case-field terms (`CaseParts`) one slip from a typed case number, one term a
    case (the one most like the printed number, lower-case): first those one slip from
    its parts as typed ("2013" for 2031, "00711" for 010711), then those one slip from
    its comparable parts only (`id_parts`: "31-4771" for 31-004711)."""
    printed, parts = printed_parts(typed), id_parts(typed)
    found: dict[tuple[str, ...], tuple[bool, str]] = {}
    for term, case, as_typed in terms:
        as_printed = near_parts(printed, as_typed)
        if as_printed or near_parts(parts, case):
            best = found.get(case)
            if best is None or (as_printed, *_printed(term)) > (best[0], *_printed(best[1])):
                found[case] = (as_printed, term)
    level = max((p for p, _ in found.values()), default=False)
    return sorted(term for p, term in found.values() if p == level)


def _printed(term: str) -> tuple[int, bool]:
    """How near a case-field term is to the number as printed: its separators, and
    whether any is not a dash ("01.02.03-a01-2-31" before "01-02-03-a01-2-31")."""
    separators = [c for c in term if not c.isalnum()]
    return len(separators), any(c != "-" for c in separators)


def slipped(number: str) -> list[str]:
    """The numbers one slip from a plan number, a dot kept after as many digits as the
    typed one has before it, or before as many as it has after ("17.03": 17.30, 17.08,
    1.03, 117.03 …; "17.3": 17.30 …); none for two dots or more."""
    head, dot, tail = number.partition(".")
    if "." in tail:
        return []
    digits = head + tail
    forms = {digits[:i] + d + digits[i + 1:] for i in range(len(digits)) for d in _DIGITS}
    forms |= {digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
              for i in range(len(digits) - 1)}
    forms |= {digits[:i] + digits[i + 1:] for i in range(len(digits))}
    forms |= {digits[:i] + d + digits[i:] for i in range(len(digits) + 1) for d in _DIGITS}
    forms -= {digits}
    if not dot:
        return sorted(f for f in forms if not f.startswith("0"))
    shaped = {f"{f[:cut]}.{f[cut:]}" for f in forms
              for cut in (len(head), len(f) - len(tail)) if 0 < cut < len(f)}
    return sorted(f for f in shaped - {number} if not f.startswith("0"))


def near_plan_numbers(number: str, searcher) -> list[str]:
    """The plan numbers one slip from a typed one that a title prints after "lokalplan"."""
    found = []
    for form in slipped(number):
        q = query.And([query.Term("title", "=" + _PLAN_WORD), query.Term("title", "=" + form)])
        if searcher.reader().doc_frequency("title", "=" + form) and \
                any(True for _ in q.docs(searcher)):
            found.append(form)
    return found


def held(word: str, reader) -> bool:
    """Whether the index holds an identifier as typed, in any of its forms: a case
    number's (`matching_case_terms`, `case_keys`) or a number a text prints."""
    if looks_like_case_number(word) or fused_case_number(word):
        if any(reader.doc_frequency("case", k) for k in case_keys(word)) \
                or matching_case_terms(word, case_terms(reader)):
            return True
    return any(reader.doc_frequency(f, "=" + form) for f in TEXT_FIELDS
               for form in (word, *printed_numbers(word)))


def nearest(word: str, searcher, plan_numbers: frozenset[str]) -> list[str]:
    """The identifiers the index holds one slip from a query word that matches nothing,
    the one in most items first: a case number's, or a plan number's (`plan_numbers`:
    the numbers the query names after a plan word). Empty for another word."""
    if not NEAR_IDENTIFIERS:
        return []
    reader = searcher.reader()
    plan = word in plan_numbers and bool(_PLAN_NUMBER.fullmatch(word))
    if not (plan or looks_like_case_number(word) or fused_case_number(word)) \
            or held(word, reader):  # held: it has no hits within the filters only
        return []
    if plan:
        found = near_plan_numbers(word, searcher)
        field = "title"
        keys = ["=" + f for f in found]
    else:
        found = near_case_numbers(word, case_parts(reader, len(id_parts(word))))
        field, keys = "case", found
    items = {f: reader.doc_frequency(field, k) for f, k in zip(found, keys, strict=True)}
    return sorted(found, key=lambda f: (-items[f], f))


def near_cases(typed: str, reader) -> list[str]:
    """The case numbers one slip from a case filter's number that matches nothing
    (`near_case_numbers` on the index's case terms); empty when `NEAR_IDENTIFIERS` is off."""
    if not NEAR_IDENTIFIERS or held(typed, reader):
        return []
    return near_case_numbers(typed, case_parts(reader, len(id_parts(typed))))
