"""Item numbering: the patterns an item's number is printed in (``Punkt 3:``, ``3.``,
``3)``, ``2.3``, roman numerals, letters, a number after the title) and their values."""

from __future__ import annotations

import re

# An item number: digits, a number within a group ("2.3": the group's third item), a
# roman numeral or a capital letter (not I, V, X: roman), wherever a number may stand;
# "5a" (or "5.a", "5 a)"): a sub-item under item 5, or one added after it.
_NUM = (r"(?:\d{1,4}(?:\.\d{1,2}(?![\d.]\d)|(?-i:[a-f])(?=[.):]?\s)"
        r"|\.(?-i:[a-f])(?=[.)]?\s)|\s(?-i:[a-f])(?=[.)]\s))?"
        r"|(?-i:[IVX]{1,6}|[A-HJ-UWYZÆØÅ])(?=[.):\]\-–]?(?:\s|$)))")
# the word for "number" between an item's marker word and its number, abbreviated or not
# ("Punkt nr. 4", "Punkt nummer 4", "Sag nr. 3")
_NR = r"(?:nr\.?|nummer)"
PUNKT_RE = re.compile(
    # "Beslutningspunkt 4:", "Orienteringspunkt 5:", "Dagsordenpunkt 4", "Lukket punkt 6:":
    # a word that ends in "punkt" (with or without the joining s) names the item's kind
    # (not a time: "Tidspunkt 16.00"); "Punkt 2-6 …" is a range in a decision's text, no marker
    rf"^(?:(?:(?!(?:møde)?tids)[a-zæøå]{{3,20}}s?|(?:lukket|åbent?)\s+)?(?:punkt|pkt\.?)"
    rf"\s*(?:{_NR}\s*)?({_NUM})\b(?!\s*[-–]\s*\d)"
    # "Punkt 45/2025": numbered through the year; "Punkt 3 af 12": of how many
    r"(?:/(?:\d{2}|\d{4})(?!\d))?(?:\s+af\s+\d{1,3}\b)?\s*[:.)\-–]?"
    # "Sag 3: title", but not a case number ("Sag nr. 24/1234", "Sag 2024-117")
    rf"|sag\s+(?:{_NR}\s*)?(\d{{1,4}}(?![\d/.\-]*\d)|\d{{1,2}}\.\d{{1,2}}(?=[:)]|\s+[-–]\s)"
    # "Sag 12/24 Title": numbered through the year, as "Punkt 45/2025"
    r"|\d{1,3}(?=/(?:\d{2}|20\d{2})\s*[:.\-–]?\s+(?-i:[A-ZÆØÅ]))"
    r"|(?-i:[IVX]{1,6}|[A-HJ-UWYZÆØÅ])(?=[:.)]))(?:/(?:\d{2}|20\d{2}))?"
    r"(?:\s*[:.)\-–]|\s+(?=(?-i:[A-ZÆØÅ]))|\s*$)"
    # "Ad 3. title", "Ad pkt. 3 – title": the item a protocol's entry is about
    rf"|ad\.?\s+(?:(?:punkt|pkt)\.?\s*)?({_NUM})\b\s*[:.)\-–]?)"
    r"\s*(.*)$",
    re.IGNORECASE,
)
# "3. title", "3) title", "(3) title", "3<tab>title", "3 - title", "3    title" (a text
# export's column); in parentheses digits only: "(F) og (Ø)" are parties' letters
# "[3] title", "#3 title", "3: title", "3/ title", "3 | title": whatever punctuation the
# document sets around its numbers; "37/2024  title": a number through the year
NUMBER_RE = re.compile(
    rf"^(?:§\s*|\((?=\d{{1,4}}\))|\[(?=\d{{1,4}}\]|(?-i:[IVX]{{1,6}}|[A-HJ-UWYZÆØÅ])\])"
    rf"|#\s?(?=\d))?({_NUM})"
    r"(?:\s*[.)\]:/|](?![\d/])\s*|\s*\t\s*|\s+[-–:·•]\s+|\s{2,}"
    # "37/2024    Title": numbered through the year (the year is part of the marker)
    r"|/(?:19|20)\d\d(?:\s*[.:\-–]?\s*\t\s*|\s*[.:\-–]\s+|\s{2,})"
    r"|(?<=#\d)\s+|(?<=#\d\d)\s+|(?<=#\s\d)\s+"
    r"|(?<=§\d)\s+|(?<=§\d\d)\s+|(?<=§\s\d)\s+|(?<=§\s\d\d)\s+)(.*)$")
# "3 » title", "3 › title", "3 → title": a number set off from its title by an arrow or a
# guillemet (round 33, issue-18ck; `candidates.MARKED_NUMBERS`)
NUMBER_MARK_RE = re.compile(r"^(\d{1,4})\s*[»›→►▸▶❯]\s*(\S.*)$")
# ... or by any run of two or three marks ("3 :: title", "3 >> title", "3 -> title"), or one
# mark the patterns above do not know ("3 ⇒ title", "3 ~ title"), spaced from both, before a
# capitalised title (round 34, issue-18cn; `candidates.MARK_RUNS`)
MARK_RUN_RE = re.compile(r"^(\d{1,4})\s+(?:[^\w\s]{2,3}|[^\w\s.,;:()\[\]/|\-–·•#§%&+=<>'\"*])"
                         r"\s+((?-i:[A-ZÆØÅ]).*)$")
# "Dagsordenens pkt. 4", "Mødets punkt 4", "Ad dagsordenens punkt 4", "Vedr. punkt 4":
# the item named by what it is an item of (the agenda, the meeting, the minutes) or by a
# preposition that refers to it; the words are no part of the title, the marker
# "pkt. 4" itself is
AGENDA_OWNER_RE = re.compile(
    r"^(?:(?:ad|til|vedr\.|vedrørende)\s+(?:(?:dagsorden|referat|protokol|møde)"
    r"(?:ets|ens|ts|s)\s+)?|(?:dagsorden|referat|protokol|møde)(?:ets|ens|ts|s)?\s+)"
    r"(?=(?:punkt|pkt)\b)", re.IGNORECASE)
# "2.3 title", "1.1. title": an item numbered within a group (the number kept as printed)
DOTTED_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?(?:\s+|\t)(\S.*)$")
# "... (punkt" at the end of a line whose number wrapped onto the next
PUNKT_TAIL_RE = re.compile(rf"\s*[-–,]?\s*[(\[]?(?:punkt|pkt\.?)\s*(?:{_NR})?$", re.IGNORECASE)
NUMBER_ONLY_RE = re.compile(r"^(?:§\s*)?(\d{1,4}(?-i:[a-f])?)\s*[.)]?$")
# "– 3 –": a number set off by dashes on a line of its own, an item's marker above its
# title, or a page's mark at the page's edge (`_page_mark`)
DASHED_NUMBER_RE = re.compile(r"^[-–]\s*(\d{1,4})\s*[-–]$")
# "IV. Title", "C) Title": roman numerals or capital letters (not I, V, X: roman)
ORDINAL_RE = re.compile(r"^(?:([IVX]{1,6})|([A-HJ-UWYZÆØÅ]))\s*[.)]\s+(\S.*)$")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# "Nr. 3 Title", "Emne 3: Title", "Dagsordenspunkt 3 – Title": any short word before the
# number. Which word a document numbers its items with is learned from the document: each
# word is a group of its own, and only a chain of two or more increasing numbers counts.
WORD_MARK_RE = re.compile(
    r"^((?-i:[A-ZÆØÅ])[a-zæøå]{0,15}\.?(?:\s+nr\.?)?)\s*"
    r"(\d{1,3}[a-f]?|(?-i:[IVX]{1,6}|[A-HJ-UWYZÆØÅ]))(?![.,/:]?\d)\b"
    r"\s*(?:(?:[:.)]|\s[-–]|(?=\s))\s*(\S.*)|[:.)]?)$")

# "3 Title": a number and a capitalised title with nothing between (a table's cells).
NUMBER_SPACE_RE = re.compile(r"^(\d{1,3})\s+([A-ZÆØÅ].*)$")
# "3, Title": a number's full stop misread as a comma (an OCR layer); an item only where
# the run of numbers around it says so (`chains._misread_filled`)
NUMBER_COMMA_RE = re.compile(r"^(\d{1,3}),\s+([A-ZÆØÅ].*)$")
TRAILING_RE = re.compile(
    rf"^(\S.*?)\s*(?:[-–,]\s*)?[(\[]?(?<![^\W\d_])(?:punkt|pkt\.?)\s*(?:{_NR}\s*)?({_NUM})"
    r"[)\]]?$",
    re.IGNORECASE,
)
# the word `TRAILING_RE` cannot match without: its lazy title is tried at every length
# of a long line, so `trailing_number` looks for the word first
_PUNKT_WORD_RE = re.compile(r"p(?:unkt|kt)", re.IGNORECASE)


def trailing_number(text: str) -> re.Match[str] | None:
    """`TRAILING_RE.match(text)` ("title (punkt 3)"), asked only of a line holding its word."""
    return TRAILING_RE.match(text) if _PUNKT_WORD_RE.search(text) else None


# "title (3)", "title [3]", "title #3", "title – sag 3", "title<tab>3", "title<tab>Sag nr.
# 3" (right-aligned on the title's line): a number after the title in any other dress;
# counts only as a chain of two or more (a title may end in a number of its own)
TRAILING_BARE_RE = re.compile(
    r"^(\S.*?)(?:\s*[(\[]\s*(?:(?:sag|emne)\s*(?:nr\.?\s*)?)?(\d{1,3}[a-f]?)\s*[)\]]"
    r"|\s+#\s?(\d{1,3}[a-f]?)|\s+[-–|]\s*(?:sag|emne)\s*(?:nr\.?\s*)?(\d{1,3}[a-f]?)"
    r"|\s*\t\s*(?:(?:sag|emne)\s*(?:nr\.?\s*)?)?(\d{1,3}[a-f]?))$",
    re.IGNORECASE,
)


def number_text(m: re.Match[str]) -> str:
    """The item number as a numbering pattern's match prints it; a sub-item's letter
    set apart from its parent's number ("5.a", "5 a)") joins it ("5a")."""
    return _SUB_APART_RE.sub(r"\1\2", _number_text_printed(m))


_SUB_APART_RE = re.compile(r"^(\d{1,4})[.\s]([a-f])$")


def _number_text_printed(m: re.Match[str]) -> str:
    if m.re is ORDINAL_RE:
        return m.group(1) or m.group(2)
    if m.re is PUNKT_RE:
        return m.group(1) or m.group(2) or m.group(3)
    if m.re is WORD_MARK_RE:
        return m.group(2)
    if m.re is DOTTED_RE:
        return f"{m.group(1)}.{m.group(2)}"
    return m.group(2) if m.re is TRAILING_RE else m.group(1)


def number_title(m: re.Match[str]) -> tuple[int, str]:
    """(number's value, title) of a numbering pattern's match (0 for no valid numeral)."""
    alone = m.re in (NUMBER_ONLY_RE, DASHED_NUMBER_RE)
    title = "" if alone else (m.group(m.re.groups) or "").strip()
    return number_value(number_text(m)), title


def number_value(number: str) -> int:
    """An item number's value for the increasing-numbers guard: "2.3" counts as 2003, a
    roman numeral or a letter its place ("IV" 4, "C" 3)."""
    if number[-1:].isalpha() and number[:-1].isdigit():  # "5a": an item added after 5
        return int(number[:-1])
    if number.isalpha():
        return (_roman_value(number) if set(number) <= set(_ROMAN)
                else "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ".index(number) + 1)
    major, _, minor = number.partition(".")
    return int(major) * 1000 + int(minor) if minor else int(major)


def _roman_value(text: str) -> int:
    """The value of a roman numeral written the usual way, else 0."""
    values = [_ROMAN[ch] for ch in text]
    total = sum(-v if k + 1 < len(values) and v < values[k + 1] else v
                for k, v in enumerate(values))
    return total if total > 0 and _roman(total) == text else 0


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def printed_number(number: str) -> str:
    """The item number as printed when its value alone does not say it: a roman numeral
    or letter, a number within a group ("2.3"), a zero-padded number ("01")."""
    if number.isalpha() or number[-1:].isalpha():
        return number
    if "." in number:
        major, _, minor = number.partition(".")
        return f"{int(major)}.{int(minor)}" if int(minor) else str(int(major))
    return number if len(number) > 1 and number.startswith("0") else ""


def sub_letter(printed: str) -> str:
    """The letter of a sub-item's number ("5b": "b"), "" for a plain number."""
    return printed[-1] if printed[-1:].islower() and printed[:-1].isdigit() else ""


def number_gap(a: int, b: int) -> int:
    """How far item number b follows a; numbers within groups (2.3 = 2003) run on into
    the next group's first items (2.5 → 3.1 is one step)."""
    if a >= 1000 and b >= 1000 and b // 1000 == a // 1000 + 1 and b % 1000 <= 2:
        return max(b % 1000, 1)  # "1.0 → 2.0" too
    return b - a
