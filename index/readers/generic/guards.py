"""Whether what was found is minutes: a municipal body's, with enough evidence of minutes'
structure, or an agenda printed as a list of titles."""

from __future__ import annotations

import re

from referat.index.model import Item, NotMinutes
from referat.index.readers.generic.candidates import _Candidate
from referat.index.readers.generic.lines import _norm
from referat.index.readers.generic.numbers import _gap

# What an association's or a parliament's minutes say of themselves.
_NOT_MUNICIPAL_RE = re.compile(
    r"generalforsamling|\bforening|boligafdeling|afdelingsmøde|beboermøde|beboerforening|"
    r"ejerforening|andelsbolig|grundejer|dirigent|stemmetæller|folketing|\bbestyrelsesreferat",
    re.IGNORECASE,
)
# ... and what their agendas' items are (a kommune's items may name an association)
_NOT_MUNICIPAL_ITEM_RE = re.compile(r"^valg af (dirigent|stemmetæller|referent|bestyrelse)|"
                                    r"generalforsamling", re.IGNORECASE)


def _reject_non_minutes(header: list[str], chain: list[_Candidate]) -> None:
    """What the document says of itself names an association or a parliament; the titles
    of its items, listed before them, may name either (an election, a grant): by their own
    words, not a case number's cell beside them."""
    titles = [t for c in chain if len((t := _norm(c.title.split("\t")[0])).split()) >= 2]
    own = [x for x in header if not any(_norm(x).endswith(t) for t in titles)]
    m = _NOT_MUNICIPAL_RE.search(" ".join(own[:20]))
    m = m or next(filter(None, (_NOT_MUNICIPAL_ITEM_RE.search(c.title) for c in chain)), None)
    if m:
        raise NotMinutes(f"not municipal minutes ({m.group(0).strip().lower()!r})")


def _enough_evidence(items: list[Item], chain: list[_Candidate],
                     toc: list[tuple[int | None, str]]) -> bool:
    """Items that show minutes' structure: headings, case numbers or a matching TOC."""
    backed = sum(bool(c.evidence and c.evidence != ["styled"]) for c in chain)
    sectioned = sum(any(s.heading for s in i.sections) or bool(i.case_number) for i in items)
    if len(items) == 1:
        return sectioned == 1 and (backed == 1 or bool(items[0].case_number))
    return max(backed, sectioned) * 2 >= len(items) or (
        bool(toc) and sum("toc" in c.evidence for c in chain) * 2 >= len(chain))


def _agenda_list(kind_word: str | None, chain: list[_Candidate], items: list[Item]) -> bool:
    """An agenda printed as a list of titles only: a document that calls itself a
    dagsorden, three or more items numbered one after another, each a title (capitalised,
    no sentence, no section text)."""
    numbers = [c.number for c in chain]
    return (kind_word == "dagsorden" and len(items) >= 3
            and all(_gap(a, b) == 1 for a, b in zip(numbers, numbers[1:], strict=False))
            and all(i.title[:1].isupper() and len(i.title) <= 150 and not i.sections
                    and not i.title.endswith((".", ":", ";")) for i in items))


def _minutes_by_structure(chain: list[_Candidate], items: list[Item],
                          fields: dict[str, str]) -> bool:
    """Minutes that never name their kind: a meeting's date labelled before the items
    ("Mødedato: …"), three or more items numbered one after another (a number or two
    skipped at most), and at least two thirds of the open ones (three or more) with
    sections under two or more known headings, one a recommendation or a decision:
    minutes' structure, whatever the document calls itself. A report's chapters
    ("Indledning", "Anbefalinger") state no meeting."""
    numbers = [c.number for c in chain]
    if "date" not in fields or len(items) < 3 or not all(1 <= _gap(a, b) <= 2
                                 for a, b in zip(numbers, numbers[1:], strict=False)):
        return False
    opened = [i for i in items if not i.closed]
    structured = sum(
        len({s.type for s in i.sections if s.heading and s.type != "other"}) >= 2
        and any(s.type in ("indstilling", "beslutning") for s in i.sections) for i in opened)
    return structured >= 3 and 3 * structured >= 2 * len(opened)
