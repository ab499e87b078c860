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
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from referat.index.analysis import fold
from referat.search.filters import resolve_name
from referat.search.relax import Plan, folded_word

MONTHS = {fold(m): n for n, m in enumerate(
    "januar februar marts april maj juni juli august september oktober november december"
    .split(), 1)}
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
    read: list[str] = field(default_factory=list)
    """How the words were read, one line each."""

    def __bool__(self) -> bool:
        return bool(self.dates or self.committees)


def read_query(p: Plan, known_committees: list[str],
               today: dt.date | None = None) -> SoftFilters:
    """Read the plan's dates and committee words as soft filters; the words read are
    taken out of `p.words` (none is when no other word would be left to search for)."""
    today = today or dt.date.today()
    out = SoftFilters()
    tokens = p.text.split()
    folded = [folded_word(t) for t in tokens]
    read: set[str] = set()
    for i, word in enumerate(folded):
        pair = tuple(folded[i:i + 2])
        if pair in RELATIVE_YEARS:
            year = today.year + RELATIVE_YEARS[pair]
            out.dates.append((year, None))
            read.update(tokens[i:i + 2])
            out.read.append(f"{' '.join(tokens[i:i + 2])}: items from {year} first")
        elif _YEAR.match(word) and i and (folded[i - 1] in MONTHS
                                          or folded[i - 1] in DATE_WORDS):
            month = MONTHS.get(folded[i - 1])
            out.dates.append((int(word), month))
            date = " ".join(tokens[i - 1:i + 1] if month else tokens[i:i + 1])
            read.update(tokens[i - 1:i + 1])
            out.read.append(f"{date}: items from {date} first")
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
    if not out:
        return out
    kept = [w for w in p.words if w not in read]
    if not kept:  # "2024" or "byrådet" alone: that is what was asked for
        return SoftFilters()
    p.words = kept
    return out

