"""How sure a reading is: checks on a Meeting that any reader produced.

The confidence is the product of one factor per check, each in (0, 1]:

- the items agree with the table of contents, when the document prints one (share of
  its entries found among the items, by number (its value: "04" is 4) or title);
- every open item of a referat has a decision (a formal one, the agenda's approval or
  a signature sheet, may have none);
- item numbers run without gaps or repeats;
- every item has a title, and every open item of a referat at least one section (a
  closed item prints none, nor need an agenda's items: a dagsorden of titles only is a
  convention, not a gap).

Then the signs of a reading gone wrong that no truth is needed to see, each counted over
the items and named only where it finds one (each costs `SIGN`, at most twice):

- titles cut short: ending in a conjunction, a preposition, a comma or a hyphen, or
  where the contents entry at the same number goes on with more of the title;
- titles unlike a title: a sentence of body text (lower case first, or closed by a full
  stop after a clause or a finite verb), or a contents line (dotted leaders);
- titles that are a decision ("Godkendt.": its line repeated the item's marker; the
  outcome words are `outcomes`' own, `outcomes.whole_decision`);
- titles that are no title: a bare case number or page number, a label closed by a
  colon, a page line ("Side 3 af 12"), a date, or a section heading of the table (a line
  the reader took for one);
- titles starting with an item's marker ("Punkt 25. Budget…", "(Item 5): …"): the
  marker's line read as the title, or the marker left in it;
- titles with a case number or status run in: a case number or its label closing the
  title, or a status ("Til orientering") inside it (the cell beside it read as its own);
- decisions under another heading: a section of another type whose text is a decision
  and nothing more, or that holds this meeting's decision heading ("Beslutning i
  Økonomiudvalget:") with the decision after it (a heading the reader did not split);
- a closed item with sections other than a decision (a closed item prints its title,
  at most a decision: the sections are another item's, or it is no closed item);
- headings starting over: an item's first two headings come again, in order (two
  items read as one);
- case numbers left in a text: an item without a case number whose text holds a line of
  a case number's label and a case number alone (a label the reader did not know).

And three in the items together: titles shared by most items (three or more open items
with one title: a word beside each marker read as every title), item numbers that skip
or repeat one (an item lost, or read twice), and headings left in the texts (one short
line before a paragraph in most items' texts: a heading the reader did not split).

And one sign in the meeting's fields: an udvalg unlike a name (a finite verb among its
words, a full stop at its end: it was taken from a sentence, "Økonomiudvalget holdt
møde …").

`checks` names each check with its count ("toc 7/7", "decisions 5/8", "titles cut short
1/6"), so a user sees what to look at.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter

from referat.index.model import Item, Meeting
from referat.index.outcomes import whole_decision
from referat.index.readers.generic.lines import norm
from referat.index.sections import heading_date, normalise_heading, section_type

# What each sign of a reading gone wrong costs, per item it is seen in (at most two
# counted): one sign alone lists the document for checking (`LOW_CONFIDENCE`).
SIGN = 0.65
# Words a Danish title does not end in: it went on, on a line the reader did not take.
_OPEN_ENDINGS = frozenset(
    "og eller samt af for fra i til med på om ved vedr vedrørende mod over under efter "
    "hos ad en et den det de som at der".split())
# What a contents entry prints after an item's title (its status, a case number's
# label), whole or cut: no more of the title.
_ENTRY_TAILS = ("lukket", "åbent", "sagsnr", "sagsnummer", "sags", "journalnr", "jnr")
_CONTENTS_RE = re.compile(r"(\.{3,}|…)\s*\d*$")
# Formal items of a meeting, which a referat may leave without a decision.
_FORMAL_RE = re.compile(r"(godkendelse af )?dagsorden(en)?$|underskrift(er|sark)?$|"
                        r"eventuelt$|meddelelser$")
# A page line or a date read as a title.
_PAGE_OR_DATE_RE = re.compile(
    r"(?i)(side|s\.|page)\s*\d+(\s*(af|/|of)\s*\d+)?|"
    r"((man|tirs|ons|tors|fre|lør|søn)dag\s+)?(den\s+)?\d{1,2}\.?\s*"
    r"(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s+\d{4}"
    r"(\s*(kl\.?\s*)?[\d.:]+)?")
# A case number, or its label, closing a title, and a status inside one: the line beside
# the title (a cell, a label's line) run into it.
_RUN_IN_RE = re.compile(
    r"(?i)\s\(?\d{2}[-/]\d{4,6}\)?$|[\s(](sags?\.?\s*nr|sagsnummer|journalnr|j\.\s*nr)\b")
_STATUS_IN_RE = re.compile(
    r"\s(Til (orientering|beslutning|drøftelse|godkendelse)|Lukket|Åbent?)\b")
# A decision's heading that names its body ("Beslutning i Økonomiudvalget"); a bare
# "Beslutning:" or "Udvalgets beslutning" is quoted in a case's text.
_DECISION_HEADING_RE = re.compile(r"beslutning i\b")
# An item's marker and number opening its title ("Punkt 25. Budgetopfølgning",
# "(Item 5): Handleplan", "Pkt. 4"): the marker's line read as the title, or the marker
# left in it.
_MARKER_RE = re.compile(
    r"(?i)\(?((dagsorden(s)?)?punkt|pkt|sag|item|nr)\.?\s*(nr\.?\s*)?\d+[a-z]?\b\)?")
# A line of a case number's label (a word ending in "nr", "sag" or "id") and a case
# number, and nothing more.
_CASE_LINE_RE = re.compile(
    r"(?i)^\D{0,40}?(nr|sag|id)\b\D{0,20}?\(?\d{1,2}[-/.]\d{3,6}([-/.]\d+)*\)?$")
_DIGIT_RE = re.compile(r"\d")
_LETTER_RE = re.compile(r"[^\W\d_]")
_SENTENCE_RE = re.compile(r"[a-zæøå]{3,}\.$")
# Finite verbs that body text has and a title hardly ever.
_VERBS = frozenset(
    "er har var blev bliver kan skal vil må får modtager stemte indstiller anbefaler "
    "godkendes drøftes tages godkendte".split())

# What a body does with a meeting, in the sentence an udvalg was taken from.
_MEETING_VERBS = frozenset("holdt afholdt afholder holder mødtes mødes".split())


def assess(meeting: Meeting, toc: list[tuple[int | None, str]] | None = None
           ) -> tuple[float, list[str]]:
    """(confidence in [0, 1], the checks behind it) for a meeting as read."""
    items = meeting.items
    factor = 1.0
    checks: list[str] = []
    if toc:
        numbers = {int(i.number) for i in items if i.number.isdigit()}  # "04" is 4
        titles = {norm(i.title) for i in items}
        agree = sum(
            (n is not None and n in numbers) or norm(t) in titles
            or any(norm(t).startswith(x) or x.startswith(norm(t)) for x in titles if x)
            for n, t in toc
        )
        factor *= 0.4 + 0.6 * agree / len(toc)
        checks.append(f"toc {agree}/{len(toc)}")
    if meeting.kind == "referat":
        # a formal item (the agenda's approval, a signature sheet) may record none
        due = [i for i in items if not i.closed
               and (_decided(i) or not _FORMAL_RE.match(norm(i.title)))]
        decided = sum(map(_decided, due))
        if due:
            factor *= 0.5 + 0.5 * decided / len(due)
            checks.append(f"decisions {decided}/{len(due)}")
    numbers = [int(i.number) for i in items if i.number.isdigit()]
    if len(numbers) == len(items) and numbers:
        runs = sum(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
        if len(numbers) > 1:
            factor *= 0.7 + 0.3 * runs / (len(numbers) - 1)
            checks.append(f"numbering {runs + 1}/{len(numbers)}")
    else:
        factor *= 0.8
        checks.append(f"numbered {len(numbers)}/{len(items)}")
    titles_only = meeting.kind == "dagsorden"
    complete = sum(bool(i.title.strip()) and (i.closed or titles_only or bool(i.sections))
                   for i in items)
    factor *= 0.5 + 0.5 * complete / len(items) if items else 0.0
    checks.append(f"titled and sectioned {complete}/{len(items)}")
    for name, count in _signs(meeting, toc or []).items():
        if count:
            factor *= SIGN ** min(count, 2)
            checks.append(f"{name} {count}/{len(items)}")
    if _udvalg_unlike_a_name(meeting.udvalg):
        factor *= SIGN
        checks.append("udvalg unlike a name 1/1")
    return round(factor, 2), checks


def _decided(item: Item) -> bool:
    return any(s.type == "beslutning" and s.text.strip() for s in item.sections)


def _signs(meeting: Meeting, toc: list[tuple[int | None, str]]) -> dict[str, int]:
    """How many items show each sign of a reading gone wrong."""
    items = meeting.items
    listed = {n: norm(t) for n, t in toc if n is not None}
    return {
        "titles cut short": sum(_cut_short(i, listed) for i in items),
        "titles unlike a title": sum(_unlike_title(i.title) for i in items),
        "closed items with sections": sum(
            i.closed and any(s.type != "beslutning" for s in i.sections) for i in items),
        "headings starting over": sum(_starts_over(i) for i in items),
        "titles that are a decision": sum(bool(whole_decision(i.title)) for i in items),
        "titles that are no title": sum(_no_title(i.title) for i in items),
        "titles with a case number or status run in": sum(
            bool(_RUN_IN_RE.search(i.title) or _STATUS_IN_RE.search(i.title)) for i in items),
        "decisions under another heading": sum(_decision_elsewhere(i, meeting.date) for i in items),
        "titles starting with an item's marker": sum(
            bool(_MARKER_RE.match(i.title.strip())) for i in items),
        "titles shared by most items": _shared_titles(items),
        "numbers skipped or repeated": _breaks(items),
        "case numbers left in a text": sum(_case_in_text(i) for i in items),
        "headings left in the texts": _recurring_heading(items),
    }


def _shared_titles(items: list[Item]) -> int:
    """How many items share one title, where three or more do and they are most of the
    meeting's items: a word beside each item's marker (a heading, the document's kind)
    read as every title. Closed items, titled alike by convention, are left out."""
    titles = Counter(norm(i.title) for i in items if not i.closed and i.title.strip())
    if not titles:
        return 0
    count = titles.most_common(1)[0][1]
    return count if count >= 3 and count * 2 > len(items) else 0


def _recurring_heading(items: list[Item]) -> int:
    """How many open items' texts hold one short line before a paragraph, where three or
    more do and they are most of the open items: a heading every item prints that the
    reader did not split ("Klimakonsekvenser", unknown to the table, or "Sagsforklaring"
    inside a Resumé). A line of the section's own type is a sub-heading ("Baggrund" in a
    Sagsfremstilling); a decision's own lines (votes) and a history of earlier decisions
    are left out."""
    open_items = [i for i in items if not i.closed]
    if len(open_items) < 3:
        return 0
    found = [{(line, s.type) for s in item.sections
              if s.type not in ("beslutning", "sagsforloeb")
              for line in _lines_before_a_paragraph(s.text)} for item in open_items]
    # the table is asked only about lines in enough items to count
    often = Counter(line for lines in found for line in {line for line, _ in lines})
    count = max((sum(any(line == x and section_type(line) != kind for x, kind in lines)
                     for lines in found)
                 for line, n in often.items() if n >= 3 and n * 2 > len(open_items)),
                default=0)
    return count if count >= 3 and count * 2 > len(open_items) else 0


def _lines_before_a_paragraph(text: str) -> list[str]:
    """Short capitalised lines (four words at most, no digit, no closing punctuation)
    followed by a line of four words or more (blank lines between)."""
    found, short = [], None
    for line in text.splitlines():  # a loop, not a pattern: this runs over every text
        line = line.strip()
        if not line:
            continue
        words = len(line.split(None, 4))  # up to five: enough to tell four words from more
        if short is not None and words >= 4:
            found.append(short)
        short = line if (line[0].isupper() and line[-1] not in ".:;,!?"
                         and words <= 4 and not _DIGIT_RE.search(line)) else None
    return found


def _breaks(items: list[Item]) -> int:
    """Where the item numbers skip or repeat one ("3, 5"; "4, 4"): an item lost, or one
    read twice. Real minutes number their items without a gap."""
    numbers = [int(i.number) for i in items if i.number.isdigit()]
    return sum(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _case_in_text(item: Item) -> bool:
    """An item without a case number whose text holds a line of a case number's label and
    a case number and nothing more ("Sagsnr. (Acadre): 22-009020", "ESDH-sag: 24-003086"):
    the label the reader did not know, its line read as text."""
    return not item.case_number and any(
        len(line.split()) <= 6 and _CASE_LINE_RE.match(line.strip())
        for s in item.sections for line in s.text.splitlines())


def _cut_short(item: Item, listed: dict[int, str]) -> bool:
    """A title that stops where it cannot end (on a conjunction, a preposition, a comma
    or a hyphen), or where its contents entry goes on with more of it."""
    title = item.title.strip()
    words = norm(title).split()
    if not words:
        return False
    if title[-1] in ",-–/(" or words[-1] in _OPEN_ENDINGS:
        return True
    entry = listed.get(int(item.number), "") if item.number.isdigit() else ""
    key = " ".join(words)
    rest = entry[len(key):].split() if entry.startswith(key + " ") else []
    return bool(rest) and not any(tail.startswith(rest[0]) for tail in _ENTRY_TAILS)


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


def _no_title(title: str) -> bool:
    """A line that is no item's title: a bare case number or page number (no letters),
    a label (closed by a colon: "Titel:", "Sagsnr.:"), a page line ("Side 3 af 12"), a
    date, or a section heading of the table."""
    title = title.strip()
    kind = section_type(title) if len(title.split()) <= 4 else None
    return bool(title) and (not _LETTER_RE.search(title)
                            or title.endswith(":")
                            or bool(_PAGE_OR_DATE_RE.fullmatch(title))
                            or (kind is not None and kind != "other"))


def _decision_elsewhere(item: Item, held: dt.date | None) -> bool:
    """A decision under another type: a section (not a decision, nor a history of
    earlier ones) whose text is a decision and nothing more, or holds this meeting's
    decision heading ("Beslutning i Økonomiudvalget:", undated or dated the meeting's
    day) with text after it. An earlier decision cited in a case's text is dated before
    the meeting ("Byrådets beslutning den 17. april 2023")."""
    for s in item.sections:
        if s.type in ("beslutning", "sagsforloeb"):
            continue
        if whole_decision(s.text):
            return True
        if not _may_hold_a_decision_heading(s.text):
            continue
        lines = [line for line in map(str.strip, s.text.splitlines()) if line]
        for line in lines[:-1]:
            if line[0].isupper() and len(line.split(None, 8)) <= 8 \
                    and _DECISION_HEADING_RE.match(normalise_heading(line)) \
                    and section_type(line) == "beslutning" \
                    and ((dated := heading_date(line)) is None or held is None or dated >= held):
                return True
    return False


def _may_hold_a_decision_heading(text: str) -> bool:
    """Whether a line of the text may be a decision heading that names its body: one
    whose `normalise_heading` opens with "beslutning i" holds "beslutning" once in NFKC
    and lower case, and so does the whole text then (both go character by character,
    and a line's ends are line breaks and spaces, which nothing joins across). One test
    of the text instead of every line's."""
    return "beslutning" in unicodedata.normalize("NFKC", text).lower()


def _udvalg_unlike_a_name(udvalg: str | None) -> bool:
    """An udvalg read from a sentence ("Økonomiudvalget holdt møde"): a finite verb
    among its words, a full stop at its end, or a lower-case start."""
    text = (udvalg or "").strip()
    return bool(text) and (text.endswith(".") or text[0].islower()
                           or any(w.lower() in _VERBS | _MEETING_VERBS for w in text.split()))


def _starts_over(item: Item) -> bool:
    """An item whose first two headings (decisions aside) come again in their order:
    two items read as one."""
    headings = [norm(s.heading) for s in item.sections
                if s.heading.strip() and s.type != "beslutning"]
    return any(headings[j:j + 2] == headings[:2]
               for j in range(1, len(headings) - 1))

