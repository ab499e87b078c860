"""What an item's decision says, as data: outcome, per-point outcomes, vote, unanimity,
absent members and the case key (pure functions over the parsed model, no I/O).

An item's own decision is its beslutning sections that carry no date or the meeting's
date (all of them when the meeting's date is unknown); earlier committees' decisions
that Greve prints under "Beslutning i X den …" are its history, not its outcome.
An item without a decision of its own has no outcome.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from referat.index.committees import COUNCILS
from referat.index.model import Item, Meeting
from referat.index.outcomes import Decision, classify
from referat.index.votes import Vote, parse_absent, parse_unanimous, parse_vote

_CASE_SPLIT = re.compile(r"[^0-9a-zæøå]+")


def case_key(case_number: str | None) -> str | None:
    """One key per case whatever the punctuation: lower case, parts joined by "-", a
    letters-only prefix dropped ("EMN-2023-009832" and "2023 009832" give 2023-009832;
    "00.22.00-G01-2-24" gives 00-22-00-g01-2-24). None for no digits at all."""
    if not case_number:
        return None
    parts = [p for p in _CASE_SPLIT.split(case_number.strip().lower()) if p]
    if len(parts) > 1 and parts[0].isalpha():
        parts = parts[1:]
    if not any(c.isdigit() for p in parts for c in p):
        return None
    return "-".join(parts)


def body_level(udvalg: str | None) -> int:
    """Where a body stands in a case's path: 2 for the council (Byråd,
    kommunalbestyrelse, regionsråd), 1 for Økonomiudvalget and Magistraten, 0 for the
    other committees; orders a case's items that share a date."""
    name = (udvalg or "").lower()
    if any(w in name for w in COUNCILS):
        return 2
    if any(w in name for w in ("økonomiudvalg", "magistrat", "forretningsudvalg")):
        return 1
    return 0


def own_decision_text(item: Item, meeting_date: dt.date | None) -> str:
    """The text of the item's own decision (see the module docstring)."""
    return "\n".join(
        s.text for s in item.sections
        if s.type == "beslutning"
        and (s.date is None or meeting_date is None or s.date == meeting_date)
    )


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[Decision, Vote | None, bool | None, tuple[str, ...]]:
    """A decision text's outcome, vote, unanimity and absent members (many decisions
    repeat word for word: "Godkendt.", "Orienteringen blev taget til efterretning.")."""
    decision = classify(text)
    vote = parse_vote(text) if decision.outcome else None
    unanimous = parse_unanimous(text, vote) if decision.outcome else None
    return decision, vote, unanimous, tuple(parse_absent(text))


def annotate_item(item: Item, meeting_date: dt.date | None) -> None:
    """Fill an item's decision fields from its own decision text and case number."""
    decision, vote, unanimous, absent = _read(own_decision_text(item, meeting_date))
    item.outcome = decision.outcome
    item.outcomes = [p.to_dict() for p in decision.outcomes]
    item.vote = vote.to_dict() if vote else None  # a fresh dict per item
    item.unanimous = unanimous
    item.absent = list(absent)
    item.case = case_key(item.case_number)


def annotate(meeting: Meeting) -> Meeting:
    """`annotate_item` for every item of a meeting; returns the meeting."""
    for item in meeting.items:
        annotate_item(item, meeting.date)
    return meeting
