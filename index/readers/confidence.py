"""How sure a reading is: checks on a Meeting that any reader produced.

The confidence is the product of one factor per check, each in (0, 1]:

- the items agree with the table of contents, when the document prints one (share of
  its entries found among the items, by number (its value: "04" is 4) or title);
- every open item of a referat has a decision;
- item numbers run without gaps or repeats;
- every item has a title, and every open item at least one section (a closed item prints
  none: it is no gap).

Then the signs of a reading gone wrong that no truth is needed to see, each counted over
the items and named only where it finds one:

- titles cut short (ending in a conjunction, preposition, comma or hyphen, or shorter
  than the title the contents print at the same number);
- titles unlike a title: a sentence of body text (closed by a full stop), a contents
  line (dotted leaders, a page number), or far longer than the document's others;
- a title that an earlier item has already;
- a closed item with sections other than a decision (a closed item prints its title,
  at most a decision: the sections are the next item's, whose title was lost);
- sections with neither a heading nor a known type, or one heading twice in an item;
- a decision that reads as the next item's title;
- the meeting's date or udvalg missing.

`checks` names each check with its count ("toc 7/7", "decisions 5/8", "titles cut short
1/6"), so a user sees what to look at.
"""

from __future__ import annotations

import re

from referat.index.model import Item, Meeting

# Words a Danish title does not end in: it went on, on a line the reader did not take.
_OPEN_ENDINGS = frozenset(
    "og eller samt af for fra i til med på om ved vedr vedrørende mod over under efter "
    "hos ad en et den det de som at der".split())
_CONTENTS_RE = re.compile(r"(\.{3,}|…)\s*\d*$")
_SENTENCE_RE = re.compile(r"[a-zæøå]{3,}\.$")
# Finite verbs that body text has and a title hardly ever.
_VERBS = frozenset(
    "er har var blev bliver kan skal vil må får modtager stemte indstiller anbefaler "
    "godkendes drøftes tages godkendte".split())


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
    for name, count, weight in _suspicions(meeting):
        if count:
            factor *= weight ** min(count, 2)
            checks.append(f"{name} {count}/{len(items)}")
    return round(factor, 2), checks


# (check, the factor each suspect item costs, at most two of them counted)
WEIGHTS = {
    "titles cut short": 0.8,
    "titles unlike a title": 0.8,
    "closed items titled as the next": 0.7,
    "closed items with sections": 0.7,
    "headings starting over": 0.8,
    "decisions that are the next title": 0.8,
}


def _suspicions(meeting: Meeting) -> list[tuple[str, int, float]]:
    """(check, how many items it suspects, the factor for each) for the signs of a
    reading gone wrong."""
    items = meeting.items
    pairs = list(zip(items, items[1:], strict=False))
    counts = {
        "titles cut short": sum(_cut_short(i) for i in items),
        "titles unlike a title": sum(_unlike_title(i.title) for i in items),
        "closed items titled as the next": sum(
            i.closed and not n.closed and _norm(i.title) == _norm(n.title) for i, n in pairs),
        "closed items with sections": sum(
            i.closed and any(s.type != "beslutning" for s in i.sections) for i in items),
        "headings starting over": sum(_starts_over(i) for i in items),
        "decisions that are the next title": sum(_decision_is(i, n) for i, n in pairs),
    }
    return [(name, counts[name], weight) for name, weight in WEIGHTS.items()]


def _cut_short(item: Item) -> bool:
    """A title that stops where it cannot end: on a conjunction, a preposition, a
    comma or a hyphen."""
    title = item.title.strip()
    words = _norm(title).split()
    return bool(title) and (title[-1] in ",-–/(" or words[-1] in _OPEN_ENDINGS)


def _unlike_title(title: str) -> bool:
    """A sentence of body text (lower case first, or closed by a full stop after a
    clause or a verb), or a contents line (dotted leaders)."""
    title = title.strip()
    words = title.split()
    if not words:
        return False
    sentence = _SENTENCE_RE.search(title) and (
        ", at " in title or any(w.lower() in _VERBS for w in words))
    return bool(_CONTENTS_RE.search(title) or sentence
                or (title[0].islower() and len(words) >= 4))


def _starts_over(item: Item) -> bool:
    """An item whose first two headings (decisions aside) come again in their order:
    two items read as one."""
    headings = [_norm(s.heading) for s in item.sections
                if s.heading.strip() and s.type != "beslutning"]
    return any(headings[j:j + 2] == headings[:2]
               for j in range(1, len(headings) - 1))


def _decision_is(item: Item, nxt: Item) -> bool:
    """A decision whose text is the next item's title."""
    title = _norm(nxt.title)
    return bool(title) and any(
        s.type == "beslutning" and _norm(s.text) == title for s in item.sections)


def _norm(text: str) -> str:
    return re.sub(r"[^\wæøå]+", " ", text.lower()).strip()
