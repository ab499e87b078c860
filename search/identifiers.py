"""Case and journal numbers as people type them.

The minutes print a case number one way ("24-004433", "EMN-2023-009832",
"82.07.00-P20-2285-24"); people type it another: other separators or none, without
leading zeros, a four-digit year for a two-digit one, the year last instead of first
("4433/24"), or only a part ("82.07.00", "sag 4433"). A typed identifier is compared with
the case numbers the index holds by their parts, so that each of these finds the case.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from weakref import WeakKeyDictionary

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


# Per index reader (weakly held; a reader's segments never change): its case terms.
_CASE_TERMS: WeakKeyDictionary = WeakKeyDictionary()


def case_terms(reader) -> list[tuple[str, tuple[str, ...]]]:
    """The index's case-number field terms, each with its `id_parts`: listed once per
    reader (a search with a case number or filter listed them all, every time)."""
    if reader not in _CASE_TERMS:
        _CASE_TERMS[reader] = [(t, id_parts(t))
                               for t in (b.decode("utf-8") for b in reader.lexicon("case"))]
    return _CASE_TERMS[reader]


def matching_case_terms(typed: str, case_terms: Iterable[tuple[str, tuple[str, ...]]],
                        partial: bool = False) -> list[str]:
    """The case-field terms (term, its `id_parts`) that a typed identifier names."""
    if not TYPED_FORMS:
        return []
    parts = id_parts(typed)
    if not any(p.isdigit() for p in parts):
        return []
    return [term for term, case in case_terms if matches(parts, case, partial)]


# Round 11 (issue-17ac): plan numbers, law paragraphs, dates and item numbers as typed.

TYPED_NUMBERS = True
"""Read plan numbers and law paragraphs as typed ("lp 1253", "lokalplan nr. 1.253",
"§17 stk 4", "paragraf 17, stk. 4") as the forms the minutes print (ablation switch)."""
QUERY_DATES = True
"""Read a meeting date written in a loose query ("19.3.2025", "19/3-25", "19. marts")
as a ranking hint: that meeting's items first (ablation switch)."""
ITEM_NUMBERS = True
"""Read "punkt 7" / "pkt. 7" in a loose query as the item number (ablation switch)."""

_PLAN_LABEL = r"(?:lokalplan|kommuneplantill(?:æ|ae)g|till(?:æ|ae)g|delplan)(?:et|s)?"
_LP = re.compile(r"(?<![\w.])lp\.?\s*(?=\d)", re.IGNORECASE)
_PLAN_NR = re.compile(rf"(?<!\w)({_PLAN_LABEL})\s+(?:nr\.?|nummer)\s*(?=\d)", re.IGNORECASE)
# a plan number typed with other separators or spaces ("11-40", "11,40", "1 246")
_PLAN_SEPARATORS = re.compile(rf"(?<!\w)({_PLAN_LABEL}\s+)(\d+(?:(?:[-,/]|\s(?=\d{{3}}\b))\d+)+)"
                              r"(?![\w.,/-]?\d)", re.IGNORECASE)
_PARAGRAPH = re.compile(
    r"(?:§+\s*|(?<!\w)paragraf(?:fen|ferne)?\s+)(\d+)"
    r"(?:\s*[,.]?\s*(?:stk\.?|stykke)\s*(\d+)|\s*[,.]\s?(\d+)(?![\d.,]\d))?", re.IGNORECASE)


def typed_numbers(text: str) -> str:
    """Plan numbers and law paragraphs in a query as one comparable form: "lp" as
    "lokalplan", "nr." after a plan word left out (the minutes print it or not), a plan
    number's other separators or spaces as dots ("lokalplan 11-40" -> "lokalplan 11.40";
    the dots' places are then found by `printed_numbers`), and a paragraph with its
    subsection ("§ 17, stk. 4", "§17 stk 4", "§ 17.4", "paragraf 17, stk. 4") as
    `§17,4` (`paragraph_parts`), one without as "§ 17" (the number a word of its own)."""
    if not TYPED_NUMBERS:
        return text
    text = _PLAN_NR.sub(r"\1 ", _LP.sub("lokalplan ", text))
    text = _PLAN_SEPARATORS.sub(lambda m: m[1] + re.sub(r"[-,/\s]", ".", m[2]), text)
    return _PARAGRAPH.sub(lambda m: f"§{m[1]},{m[2] or m[3]}" if m[2] or m[3] else f"§ {m[1]}",
                          text)


_PLAN_NUMBER = re.compile(rf"(?<!\w){_PLAN_LABEL}\s+(\d+(?:\.\d+)*)(?![\w.]?\d)", re.IGNORECASE)


def plan_numbers(text: str) -> frozenset[str]:
    """The numbers a query names after a plan word, as `typed_numbers` reads it
    ("lp 1253" names 1253): the numbers whose other printed forms are looked up
    (`printed_numbers`); a number elsewhere ("rema 1000") is only itself."""
    return frozenset(_PLAN_NUMBER.findall(typed_numbers(text))) if TYPED_NUMBERS else frozenset()


_TYPED_PARAGRAPH = re.compile(r"§(\d+)(?:,(\d+))?")


def paragraph_parts(word: str) -> tuple[str, str] | None:
    """A word `typed_numbers` made of a paragraph ("§17,4"): its number and subsection
    ("" for none); None for another word."""
    m = _TYPED_PARAGRAPH.fullmatch(word) if TYPED_NUMBERS else None
    return (m[1], m[2] or "") if m else None


_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
MIN_NUMBER_DIGITS = 3
MAX_NUMBER_DIGITS = 7


def printed_numbers(word: str) -> list[str]:
    """The forms a plan number of three to seven digits may be printed in, besides as typed:
    typed without dots, its digits with a dot at one place, or as thousands ("1253":
    1.253, 12.53, 125.3); typed with dots, without them ("1.246": 1246). Not a year (a
    bare 2025 stays itself); look these up in the index to keep the ones it holds."""
    if not TYPED_NUMBERS or not _NUMBER.fullmatch(word) or _YEAR_LIKE.fullmatch(word):
        return []
    digits = word.replace(".", "")
    if not MIN_NUMBER_DIGITS <= len(digits) <= MAX_NUMBER_DIGITS:
        return []
    if digits != word:
        return [digits]
    forms = [digits] + [f"{digits[:i]}.{digits[i:]}" for i in range(1, len(digits))]
    thousands = f"{int(digits):,}".replace(",", ".") if digits[0] != "0" else digits
    return [f for f in dict.fromkeys([*forms, thousands]) if f != word]


def number_pattern(number: str) -> str:
    """A regular expression for a typed number as a title may print it: its digits with
    a dot between any two ("1253" finds "12.53" and "1.253")."""
    if not TYPED_NUMBERS:
        return re.escape(number)
    return r"\.?".join(number.replace(".", ""))


def read_as(text: str, holds: Callable[[str], bool]) -> str | None:
    """How a query's plan numbers and paragraphs were read, for the result: the query
    with `typed_numbers`' forms, a paragraph written out, a plan number in the forms
    the index holds ("lokalplan 1.140 / 11.40"; `holds`: whether it holds a term);
    None when that is the query as typed."""
    numbers = plan_numbers(text)

    def printed(m: re.Match[str]) -> str:
        forms = [f for f in (m[1], *printed_numbers(m[1])) if holds(f)]
        return m[0].replace(m[1], " / ".join(forms)) if forms else m[0]

    shown = _PLAN_NUMBER.sub(lambda m: printed(m) if m[1] in numbers else m[0],
                             typed_numbers(text))
    shown = _TYPED_PARAGRAPH.sub(lambda m: f"§ {m[1]}, stk. {m[2]}" if m[2] else m[0], shown)
    return None if " ".join(shown.split()) == " ".join(text.split()) else shown.strip()


_NUMERIC_DATE = re.compile(
    r"(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4})|[/-](\d{2}))"  # 19.3.2025, 19-03-2025, 19/3-25
    r"|(\d{4})-(\d{1,2})-(\d{1,2})")  # 2025-03-19; not 01.02.05, a KLE number
_DAY = re.compile(r"(\d{1,2})\.?")
Day = tuple[int | None, int, int]
"""(year or None, month, day) of a date written in a query."""


def _day(year: int | None, month: int, day: int) -> Day | None:
    try:
        dt.date(year or 2000, month, day)  # 2000: a leap year, so 29 February is a day
    except ValueError:
        return None
    return year, month, day


def numeric_date(token: str) -> Day | None:
    """A date written in digits ("19.3.2025", "19-03-2025", "19/3-25", "2025-03-19"), a
    two-digit year as 20yy, but not after a dot ("01.02.05" is a KLE number); None for
    anything else."""
    m = _NUMERIC_DATE.fullmatch(token.strip(",;:()"))
    if not m:
        return None
    if m[5]:
        return _day(int(m[5]), int(m[6]), int(m[7]))
    year = int(m[3]) if m[3] else 2000 + int(m[4])
    return _day(year, int(m[2]), int(m[1]))


def date_at(folded: list[str], i: int, months: dict[str, int]) -> tuple[int, Day] | None:
    """A meeting date written at folded token `i`: in digits (one token), or a day and
    month name with or without a year ("19. marts 2025", "19 marts"); the number of
    tokens it takes and the date. `months`: folded month names to numbers."""
    if not QUERY_DATES:
        return None
    found = numeric_date(folded[i])
    if found:
        return 1, found
    day = _DAY.fullmatch(folded[i])
    if not day or i + 1 >= len(folded) or folded[i + 1].strip(",") not in months:
        return None
    month = months[folded[i + 1].strip(",")]
    year = folded[i + 2].strip(",") if i + 2 < len(folded) else ""
    if _YEAR_LIKE.fullmatch(year):
        found = _day(int(year), month, int(day[1]))
        return (3, found) if found else None
    found = _day(None, month, int(day[1]))
    return (2, found) if found else None


def written_date(day: Day) -> str:
    """A date as the result says it was read ("2025-03-19", "--03-19" without a year)."""
    year, month, d = day
    return f"{year:04d}-{month:02d}-{d:02d}" if year else f"--{month:02d}-{d:02d}"


_ITEM_LABEL = re.compile(r"(?:dagsordens)?punkt|pkt\.?")
_ITEM_NUMBER = re.compile(r"(\d{1,3})\.?")


def item_number_at(folded: list[str], i: int) -> str | None:
    """The item number "punkt 7" / "pkt. 7" / "dagsordenspunkt 7" names at folded token
    `i` (the label), None if none."""
    if not ITEM_NUMBERS or i + 1 >= len(folded) or not _ITEM_LABEL.fullmatch(folded[i]):
        return None
    m = _ITEM_NUMBER.fullmatch(folded[i + 1].rstrip(",;:"))
    return str(int(m[1])) if m else None
