"""Whether what was found is minutes: a municipal body's, with enough evidence of minutes'
structure, or an agenda printed as a list of titles."""

from __future__ import annotations

import re

from referat.index.model import Item, NotMinutes
from referat.index.readers.generic.candidates import Candidate
from referat.index.readers.generic.lines import norm
from referat.index.readers.generic.numbers import number_gap
from referat.index.sections import heading_date
from referat.index.vocabulary import FIELD_RE, KIND_RE, field_kind

# What an association's or a parliament's minutes call themselves: the meeting's kind and
# the body that holds it, in the document's title or the line naming its kind
_NOT_MUNICIPAL_RE = re.compile(
    r"generalforsamling|\bforening|boligafdeling|afdelingsmøde|beboermøde|beboerforening|"
    r"ejerforening|andelsbolig|grundejer|folketing|\bbestyrelsesreferat",
    re.IGNORECASE,
)
# the roles of an association's meeting, wherever they stand before the items
_ASSOCIATION_ROLE_RE = re.compile(r"dirigent|stemmetæller", re.IGNORECASE)
# ... and what their agendas' items are (a kommune's items may name an association)
_NOT_MUNICIPAL_ITEM_RE = re.compile(r"^valg af (dirigent|stemmetæller|referent|bestyrelse)|"
                                    r"generalforsamling", re.IGNORECASE)
# a line that gives a field ("Gæster: …", "Mødedato: …"): no longer the document's title
_LABELLED_RE = re.compile(r"^[^\W\d][\w .-]{0,30}:(\s|$)")
_MARKER_RE = re.compile(r"^(\d+|[a-zA-Z])[.)]\s")
_TITLE_LINES = 3


def _self_lines(own: list[str]) -> list[str]:
    """What the document calls itself: its title (its first lines, up to the first field or
    date), every line that names its kind ("Referat af generalforsamling …"; not an entry
    listed under it) and the body its field names ("Organ: …"); never another field's
    value (a guest, an absentee) nor any other line before the items."""
    title: list[str] = []
    for text in own[:_TITLE_LINES]:
        if _LABELLED_RE.match(text) or FIELD_RE.match(text) or heading_date(text):
            break
        title.append(text)
    kinds = [x for x in own[:20] if KIND_RE.search(x) and not _MARKER_RE.match(x)
             and not _LABELLED_RE.match(x)]
    bodies = [m.group("value") for x in own[:20] if (m := FIELD_RE.match(x))
              and field_kind(m) == "udvalg"]
    return title + kinds + bodies


def reject_non_minutes(header: list[str], titles: list[str]) -> None:
    """What the document calls itself names an association or a parliament (a kommune's
    minutes may name a forening in a field or a listed title), the roles of an
    association's meeting stand before the items, or the titles of its items are an
    association's (an election, its general assembly): by their own words, not a case
    number's cell beside them. `header`: the texts before the first item; `titles`: the
    items' titles, whichever rules read them."""
    words = [t for title in titles if len((t := norm(title.split("\t")[0])).split()) >= 2]
    own = [x for x in header if not any(norm(x).endswith(t) for t in words)]
    m = _NOT_MUNICIPAL_RE.search(" ".join(_self_lines(own)))
    m = m or _ASSOCIATION_ROLE_RE.search(" ".join(own[:20]))
    m = m or next(filter(None, (_NOT_MUNICIPAL_ITEM_RE.search(t) for t in titles)), None)
    if m:
        raise NotMinutes(f"not municipal minutes ({m.group(0).strip().lower()!r})")


def enough_evidence(items: list[Item], chain: list[Candidate],
                    toc: list[tuple[int | None, str]]) -> bool:
    """Items that show minutes' structure: headings, case numbers or a matching TOC."""
    backed = sum(bool(c.evidence and c.evidence != ["styled"]) for c in chain)
    sectioned = sum(any(s.heading for s in i.sections) or bool(i.case_number) for i in items)
    if len(items) == 1:
        return sectioned == 1 and (backed == 1 or bool(items[0].case_number))
    return max(backed, sectioned) * 2 >= len(items) or (
        bool(toc) and sum("toc" in c.evidence for c in chain) * 2 >= len(chain))


def agenda_list(kind_word: str | None, chain: list[Candidate], items: list[Item]) -> bool:
    """An agenda printed as a list of titles only: a document that calls itself a
    dagsorden, three or more items numbered one after another, each a title (capitalised,
    no sentence, no section text)."""
    numbers = [c.number for c in chain]
    return (kind_word == "dagsorden" and len(items) >= 3
            and all(number_gap(a, b) == 1 for a, b in zip(numbers, numbers[1:], strict=False))
            and all(i.title[:1].isupper() and len(i.title) <= 150 and not i.sections
                    and not i.title.endswith((".", ":", ";")) for i in items))


def minutes_by_structure(chain: list[Candidate], items: list[Item],
                         fields: dict[str, str]) -> bool:
    """Minutes that never name their kind: a meeting's date labelled before the items
    ("Mødedato: …"), three or more items numbered one after another (a number or two
    skipped at most), and at least two thirds of the open ones (three or more) with
    sections under two or more known headings, one a recommendation or a decision:
    minutes' structure, whatever the document calls itself. A report's chapters
    ("Indledning", "Anbefalinger") state no meeting."""
    numbers = [c.number for c in chain]
    if "date" not in fields or len(items) < 3 or not all(1 <= number_gap(a, b) <= 2
                                 for a, b in zip(numbers, numbers[1:], strict=False)):
        return False
    opened = [i for i in items if not i.closed]
    structured = sum(
        len({s.type for s in i.sections if s.heading and s.type != "other"}) >= 2
        and any(s.type in ("indstilling", "beslutning") for s in i.sections) for i in opened)
    return structured >= 3 and 3 * structured >= 2 * len(opened)
