"""How sure a reading is: checks on a Meeting that any reader produced.

The confidence is the product of one factor per check, each in (0, 1]:

- the items agree with the table of contents, when the document prints one (share of
  its entries found among the items, by number (its value: "04" is 4) or title);
- every open item of a referat has a decision;
- item numbers run without gaps or repeats;
- every item has a title, and every open item at least one section (a closed item prints
  none: it is no gap).

`checks` names each check with its count ("toc 7/7", "decisions 5/8"), so a user sees
what to look at.
"""

from __future__ import annotations

import re

from referat.index.model import Meeting


def assess(meeting: Meeting, toc: list[tuple[int | None, str]] | None = None
           ) -> tuple[float, list[str]]:
    """(confidence in [0, 1], the checks behind it) for a meeting as read."""
    items = meeting.items
    factor = 1.0
    checks: list[str] = []
    if toc:
        numbers = {int(i.number) for i in items if i.number.isdigit()}  # "04" is 4
        titles = {_norm(i.title) for i in items}
        agree = sum(
            (n is not None and n in numbers) or _norm(t) in titles
            or any(_norm(t).startswith(x) or x.startswith(_norm(t)) for x in titles if x)
            for n, t in toc
        )
        factor *= 0.4 + 0.6 * agree / len(toc)
        checks.append(f"toc {agree}/{len(toc)}")
    if meeting.kind == "referat":
        open_items = [i for i in items if not i.closed]
        decided = sum(any(s.type == "beslutning" and s.text.strip() for s in i.sections)
                      for i in open_items)
        if open_items:
            factor *= 0.5 + 0.5 * decided / len(open_items)
            checks.append(f"decisions {decided}/{len(open_items)}")
    numbers = [int(i.number) for i in items if i.number.isdigit()]
    if len(numbers) == len(items) and numbers:
        runs = sum(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
        if len(numbers) > 1:
            factor *= 0.7 + 0.3 * runs / (len(numbers) - 1)
            checks.append(f"numbering {runs + 1}/{len(numbers)}")
    else:
        factor *= 0.8
        checks.append(f"numbered {len(numbers)}/{len(items)}")
    complete = sum(bool(i.title.strip()) and (i.closed or bool(i.sections)) for i in items)
    factor *= 0.5 + 0.5 * complete / len(items) if items else 0.0
    checks.append(f"titled and sectioned {complete}/{len(items)}")
    return round(factor, 2), checks


def _norm(text: str) -> str:
    return re.sub(r"[^\wæøå]+", " ", text.lower()).strip()
