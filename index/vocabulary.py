"""The words of a meeting's header that every reader reads the same way: the document's
kind, what stands before the udvalg's name, the meeting fields' labels (and a labelled
field, `FIELD_RE`), the meeting's time, a closing line, the kind of matter an item is, a
closed item's title.

The known families' rules (`index.layout`), the generic reader (`readers.generic`) and
the portal readers build their patterns from these; the body's own words (udvalg, byråd,
…) are `index.committees`'.
"""

from __future__ import annotations

import re

# the document's kind, also in a compound ("Mødereferat", "Udvalgsdagsorden",
# "Byrådsreferatet"): group 1 is the kind word
KIND_RE = re.compile(r"\b(?:møde|udvalgs|byråds|[a-zæøå]{2,}s-?)?"
                     r"(referat|beslutningsprotokol|dagsorden|protokol)(?:et|en)?\b",
                     re.IGNORECASE)

# what stands before the udvalg's name in a header line ("Referat fra mødet i …")
UDVALG_PREFIX_RE = re.compile(
    r"^((hermed|vedhæftet|herunder|nedenfor)\s+(følger\s+|fremsendes\s+)?)?"  # a mail's
    r"((åbent|lukket|ekstraordinært|ordinært)\s+)?(referat|dagsorden|beslutningsprotokol)\b"
    r"[\s:,–-]*((fra|for|af|til|over)\s+)?((det\s+)?(ekstraordinære|ordinære)\s+)?"
    r"(mødet?\s+(i|for)\s+)?",
    re.IGNORECASE,
)

FIELD_LABELS: dict[str, str] = {
    "mødedato": "date", "dato": "date", "tidspunkt": "time", "mødetidspunkt": "time",
    "tid": "time", "mødetid": "time", "sted": "place", "mødested": "place",
    "mødelokale": "place", "lokale": "place", "deltagere": "present",
    "mødedeltagere": "present", "til stede": "present", "tilstede": "present",
    "medlemmer": "present", "fremmødte": "present", "fraværende": "absent",
    "fravær": "absent", "afbud": "absent", "udvalg": "udvalg", "mødeudvalg": "udvalg",
    "mødeforum": "udvalg", "forum": "udvalg",
    "organ": "udvalg", "lokation": "place", "mødelokation": "place",  # the body, the venue
    "hvornår": "time", "hvor": "place",  # the question a field answers
}
"""A meeting field's label (lower case) → the field it names: date, time, place,
present, absent or udvalg."""

WORD_LABELS = frozenset({"dato", "tidspunkt", "tid", "mødetid", "sted", "lokale",
                         "medlemmer", "udvalg", "mødeudvalg", "forum", "organ", "lokation",
                         "hvornår", "hvor"})
"""The labels that are also words of a sentence ("Tid til …", "Medlemmer af …"): a
label only before a colon, a tab or a column's gap."""


# a labelled field ("Mødested: Rådhuset", "Dato<tab>12. marts 2024"): a label that is also
# a word before a colon, a tab or a gap; any other label with or without a colon; a leader
# of dots may run from the label to its colon ("Udvalg ......: Byrådet", a fixed-column print)
FIELD_RE = re.compile(
    rf"^(?:(?P<label>{'|'.join(w for w in FIELD_LABELS if w in WORD_LABELS)})\b\s*"
    r"(?:\.{2,}\s*)?(?:[:\t]\s*|\s{2,}|$)"
    rf"|(?P<long>{'|'.join(w for w in FIELD_LABELS if w not in WORD_LABELS)})\b\s*"
    r"(?:\.{2,}\s*)?:?\s*)"
    r"(?P<value>.*)$",
    re.IGNORECASE,
)


def field_kind(m: re.Match[str]) -> str:
    """The field a `FIELD_RE` match labels ("date", "place", "udvalg" …)."""
    return FIELD_LABELS[(m.group("label") or m.group("long")).lower()]


def labels(*fields: str) -> str:
    """The labels of these fields as a regular expression's alternatives."""
    return "|".join(label for label, kind in FIELD_LABELS.items() if kind in fields)


# the meeting's time ("kl. 16.00")
TIME_RE = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d{2}", re.IGNORECASE)
# a closing line ("Mødet slut kl. 18.10", "Mødet hævet kl. …"): its time is not the
# meeting's, nor is a place after it
CLOSING_RE = re.compile(r"\b(slut|sluttede|afsluttet|hævet|ophørte)\b", re.IGNORECASE)
# the kind of matter an item is, in a cell beside its title ("Til beslutning")
MATTER = (r"til\s+(?:beslutning|orientering|drøftelse|efterretning|godkendelse"
          r"|behandling|udtalelse|høring)")
# a portal's title of a closed item ("Lukket punkt: …", "Lukket: …")
CLOSED_TITLE_RE = re.compile(r"^lukket\b", re.IGNORECASE)
