"""Dates and committees written in a loose query's text, read as soft filters.

People write what an option would say into the query itself: "affald i 2024", "budget
marts 2023", "lokalplan sidste år", "hvad har byrådet besluttet om …", "skoleudvalget
kantine". Such a word is rarely in the item's text, so requiring it loses the items
asked for; it names the item's date or committee instead. `read_query` takes these
words out of the required words (a question's meeting words, "byrådet", stay hints)
and says which items they favour; the search multiplies those items' scores
(`DATE_BOOST`, `COMMITTEE_BOOST` in `search.ranking`) and reports the reading
(`SearchResult.read`). Nothing is filtered out: an item from another year still
shows, below. A bare year is left as a word: "budget 2024" names a budget year, and
"Budget 2024" was decided in 2023; a year is a date after "i", "fra", "siden", "efter",
"før" or a month.

Round 7 (issue-17f) reads a kommune's name too ("kvalitetsstandarder ballerup": its
items first, the word kept as a hint, since "Greve Nord" names a place). Round 18
(issue-17ba) took out three readings of that round that held on the queries they were
written for and lost on the queries written after them: a committee named by its areas
and "og" ("social og handicap"), a year right after a committee or kommune ("byrådet
2025"), and a date's items ranked first rather than raised.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from referat.index.analysis import fold
from referat.search.filters import name_words, resolve_name
from referat.search.identifiers import Day, date_at, item_number_at, written_date
from referat.search.relax import Plan, folded_word
from whoosh import query

MONTHS = {fold(m): n for n, m in enumerate(
    "januar februar marts april maj juni juli august september oktober november december"
    .split(), 1)}
SEASONS = {fold(w): months for words, months in (
    ("forår foråret", (3, 4, 5)), ("sommer sommeren", (6, 7, 8)),
    ("efterår efteråret", (9, 10, 11)), ("vinter vinteren", (1, 2, 12)))
    for w in words.split()}
"""A season before a year ("i foråret 2024") names its months of that year."""
RELATIVE_YEARS = {("sidste", "aar"): -1, ("forrige", "aar"): -1, ("i", "fjor"): -1,
                  ("i", "aar"): 0}
"""Folded word pairs that name a year relative to today."""

_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
DATE_WORDS = frozenset(fold(w) for w in "i fra siden efter før".split())
"""Words that make the year after them a date ("i 2024")."""
_COMMITTEE = re.compile(r"^(?:\w{3,}udvalg(?:et|ets)?|byraad(?:et|ets)?"
                        r"|kommunalbestyrelsen?s?)$")
"""A one-word committee: "økonomiudvalget", "byrådet", "kommunalbestyrelsen"."""


@dataclass
class SoftFilters:
    """What a query's text says about the items' dates and committees."""

    dates: list[tuple[int, int | None]] = field(default_factory=list)
    """(year, month or None)."""
    committees: list[str] = field(default_factory=list)
    """Committee names the index holds."""
    kommuner: list[str] = field(default_factory=list)
    """Kommune names the index holds (`KOMMUNE_WORDS`)."""
    days: list[Day] = field(default_factory=list)
    """Meeting dates written in the query (`search.identifiers.date_at`)."""
    numbers: list[str] = field(default_factory=list)
    """Item numbers written in the query ("punkt 7", `search.identifiers.item_number_at`)."""
    read: list[str] = field(default_factory=list)
    """How the words were read, one line each."""
    typed_years: list[int] = field(default_factory=list)
    """The years of `dates` typed in digits ("i 2023", not "sidste år"): the matter's
    year, which its title may name (`of_year`)."""

    def __bool__(self) -> bool:
        return bool(self.dates or self.committees or self.kommuner or self.days
                    or self.numbers)

    @property
    def meeting(self) -> bool:
        """Whether the query names a meeting's day or an item number: with no other
        word, these are what is searched for."""
        return bool(self.days or self.numbers)


KOMMUNE_BOOST = 1.5
"""Score factor for the items of a kommune named in the query (as `COMMITTEE_BOOST`)."""
COMMITTEE_FIRST = True
"""Items of a committee written in the query come first (within each tier of
`search.relax`): "temamøder i byrådet" asks for Byrådet's, not a committee's theme
meetings."""
KOMMUNE_FIRST = True
"""Items of a kommune named in the query come first (within each tier), as a committee's: the
annual cycle of "års hjul udvalget albertslund" is Albertslund's, not Greve's."""
KOMMUNE_WORDS = True
"""Read a kommune's name in the query as a soft filter (its word stays, as a hint)."""


TITLE_YEARS = True
"""A year written as a date ("magtanvendelser i 2023") favours the items whose title
names that year, and not those of that year's meetings whose title names another: the
report on 2022 was treated in 2023, the one on 2023 in 2024 (round 23)."""
TITLE_YEAR_SPAN = 15
"""The years either side of the one written that a title may name instead."""


def of_year(year: int, on_date: set[int], titled: Callable[[int], set[int]],
            soft: SoftFilters) -> set[int]:
    """The items a year written as a date favours: those of its meetings (`on_date`),
    by the years their titles name when `TITLE_YEARS` and the year was typed
    (`titled`: the items whose title names a year)."""
    if not (TITLE_YEARS and year in soft.typed_years):
        return on_date
    other = set().union(*(titled(y) for y in range(year - TITLE_YEAR_SPAN,
                                                    year + TITLE_YEAR_SPAN + 1) if y != year))
    return (on_date - other) | titled(year)


def _take(taken: Counter[str], word: str) -> bool:
    """Whether `word` is one of the `taken` tokens, counted off: a token read as part of a
    date takes only its own occurrence ("mødekalender 2024 12. august 2024")."""
    if taken[word]:
        taken[word] -= 1
        return True
    return False


def meeting_committees(tokens: list[str], known: list[str], out: SoftFilters) -> list[str]:
    """With a meeting day or item number named, the committees whose distinctive name
    words (`name_words`) are all typed ("teknisk udvalg" names "Teknisk Udvalg"), into
    `out`; the tokens that name them."""
    typed = [set(re.findall(r"\w+", fold(t.lower()))) for t in tokens]
    words = set().union(*typed)
    said: list[str] = []
    for name in known:
        own = set(name_words(name))
        if name in out.committees or not own <= words or all(w.isdigit() for w in own):
            continue
        mine = [t for t, w in zip(tokens, typed, strict=True) if w and w <= own]
        out.committees.append(name)
        out.read.append(f"{' '.join(mine)}: items of {name} first")
        said += mine
    return said


def day_ranges(day: Day, years: list[int]) -> list[query.Query]:
    """The date ranges of a day written in a query: that day, or without a year that
    day in each of `years`."""
    year, month, d = day
    out = []
    for y in [year] if year else years:
        try:
            start = dt.datetime(y, month, d)
        except ValueError:  # 29 February of a year without it
            continue
        out.append(query.DateRange("date", start, start.replace(hour=23, minute=59, second=59)))
    return out


def meeting_query(soft: SoftFilters, years: list[int]) -> query.Query | None:
    """The items of the days and item numbers a query names (`SoftFilters.meeting`),
    searched for when the query has no other word ("punkt 7 byrådet 19.3.2025")."""
    parts = []
    if soft.days:
        parts.append(query.Or([r for day in soft.days for r in day_ranges(day, years)]))
    if soft.numbers:
        parts.append(query.Or([query.Term("number", n) for n in soft.numbers]))
    return query.And(parts) if parts else None


def kommune_named(word: str, kommune_words: dict[str, str]) -> str | None:
    """The kommune a folded word names ("ballerup", "aarhus'", "greves"), or None."""
    bare = word.rstrip("'")
    for w in (bare, bare[:-1] if bare.endswith("s") else ""):
        if w in kommune_words:
            return kommune_words[w]
    return None


FUTURE_YEARS = True
"""A year after this one ("klimamålet i 2030") names a goal, not a meeting's date: a word."""


def _future(word: str, today: dt.date) -> bool:
    return FUTURE_YEARS and int(word) > today.year


def read_query(p: Plan, known_committees: list[str],
               today: dt.date | None = None,
               known_kommuner: list[str] | None = None) -> SoftFilters:
    """Read the plan's dates, committee and kommune words as soft filters; the date and
    one-word committee words read are taken out of `p.words` (none is when no other
    word would be left to search for, unless the query names a meeting's day or an item
    number: `SoftFilters.meeting`), a kommune's name becomes a hint."""
    today = today or dt.date.today()
    out = SoftFilters()
    tokens = p.text.split()
    folded = [folded_word(t) for t in tokens]
    read: set[str] = set()
    hinted: list[str] = []  # a kommune's name is a hint
    kommune_words = {w: name for name in (known_kommuner or []) if KOMMUNE_WORDS
                     for w in name_words(name) if len(name_words(name)) == 1}
    skip: set[int] = set()  # tokens of a date or item number read
    taken: Counter[str] = Counter()  # those tokens, each taken out of the words once
    day_years = {found[1][0] for j in range(len(folded))  # a year beside another year's
                 if (found := date_at(folded, j, MONTHS)) and found[1][0]}  # day: a word
    for i, word in enumerate(folded):
        if i in skip:
            continue
        pair = tuple(folded[i:i + 2])
        if dated := date_at(folded, i, MONTHS):
            span, day = dated
            said = tokens[i:i + span]
            out.days.append(day)
            taken.update(said)
            skip.update(range(i, i + span))
            out.read.append(f"{' '.join(said)}: items of the meeting on {written_date(day)} first")
        elif number := item_number_at(folded, i):
            said = tokens[i:i + 2]
            out.numbers.append(number)
            taken.update(said)
            skip.add(i + 1)
            out.read.append(f"{' '.join(said)}: item number {number} first")
        elif pair in RELATIVE_YEARS:
            year = today.year + RELATIVE_YEARS[pair]
            out.dates.append((year, None))
            read.update(tokens[i:i + 2])
            out.read.append(f"{' '.join(tokens[i:i + 2])}: items from {year} ranked higher")
        elif _YEAR.match(word) and i and not _future(word, today) and (
                                          day_years <= {int(word)}) and (
                                          folded[i - 1] in MONTHS
                                          or folded[i - 1] in SEASONS
                                          or folded[i - 1] in DATE_WORDS):
            month = MONTHS.get(folded[i - 1])
            months = SEASONS.get(folded[i - 1]) or (month,)
            out.dates += [(int(word), m) for m in months]
            out.typed_years.append(int(word))
            month = month or months[0]
            date = " ".join(tokens[i - 1:i + 1] if month else tokens[i:i + 1])
            read.update(tokens[i - 1:i + 1])
            out.read.append(f"{date}: items from {date} ranked higher")
        elif _COMMITTEE.match(word):
            names = resolve_name("udvalg", word, known_committees).names
            if names:
                start = i  # the name's other areas: "teknik- og miljøudvalget"
                while start and (tokens[start - 1].endswith(("-", "-,"))
                                 or folded[start - 1] == "og"):
                    start -= 1
                said = tokens[start:i + 1]
                out.committees += names
                read.update(said)
                out.read.append(f"{' '.join(said)}: items of {', '.join(names)} first")
        elif name := kommune_named(word, kommune_words):
            hinted.append(tokens[i])
            if name not in out.kommuner:
                out.kommuner.append(name)
                out.read.append(f"{tokens[i]}: items of {name} first")
    if out.meeting:
        read.update(meeting_committees(tokens, known_committees, out))
    if not out:
        return out
    kept = [w for w in p.words if not _take(taken, w) and w not in read and w not in hinted]
    if not kept and not out.meeting:  # "2024" or "byrådet" alone: what was asked for
        return SoftFilters()
    p.hints += [w for w in p.words if w in hinted and w not in read]
    p.words = kept
    return out

