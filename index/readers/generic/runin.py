"""Run-in headings (``Sagsfremstilling: text``, ``Beslutning – Godkendt.``, a heading in
the left margin) split into a heading line and its text."""

from __future__ import annotations

import re

from referat.index import sections as heading_table
from referat.index.layout import Line
from referat.index.readers.generic.headings import unnumbered
from referat.index.readers.letterspacing import close_letterspacing
from referat.index.sections import heading_phrase, history_entry, section_type
from referat.index.vocabulary import FIELD_RE

_RUN_IN_MAX = 90  # "Beslutning i Beskæftigelses- og Erhvervsudvalget den …"
# a list's bullet before a line ("- Resumé: …", "• Beslutning: …")
_BULLET_RE = re.compile(r"^[-*•–·▪◦]\s+")
# what may stand between a run-in heading and its text: a gap, a dash, a full stop
_GAP_RE = re.compile(r"\s{2,}")
_DASH_RE = re.compile(r"\s+[-–—]\s+")
_STOP_RE = re.compile(r"\.\s+")
# ... or a dot leader ("Økonomiudvalget 12. marts 2024 ...... Anbefales."): a heading whose
# own words hold full stops (a date's) run in after a leader (round 34, issue-18cn; off in
# `benchmarks.layouts.ablations`)
_LEADER_RE = re.compile(r"\s*\.{3,}\s+")
LEADER_RUN_IN = True
# under a case's history ("Tidligere behandling"), an earlier body's entry run into its text
# ("Økonomiudvalget den 5. marts 2024: Anbefales.") is the history's text, not a decision
# (round 34, issue-18cn; off in `benchmarks.layouts.ablations`)
HISTORY_TEXT = True


def split_run_in(lines: list[Line]) -> list[Line]:
    """Split "Heading: text on the same line" (or a label cell beside its text,
    "Heading<tab>text") into a heading line and a text line.

    Only when the part before the colon is a known heading phrase (`index.sections`),
    or a short heading the table types by pattern or by its words ("Beslutning i
    Byrådet den 12-03-2024: Godkendt.", "Teknisk Udvalgs beslutning: …"), but not an
    attachment's ("Bilag 1: Notat" is a line of an attachment list).
    """
    out: list[Line] = []
    listed = _listed_sections(lines)
    history = False  # under a case's history ("Tidligere behandling"), before the next heading
    for line in lines:
        alone = line.text.strip().rstrip(":")
        if alone and heading_phrase(alone):
            history = section_type(alone) == "sagsforloeb"
        closed = close_letterspacing(line.text)  # "B E S L U T N I N G:": typography
        if closed is not None:
            line = Line(closed, line.page, line.size, line.bold, line.level)
        if listed and (bullet := _BULLET_RE.match(line.text.strip())) and _bulleted_run_in(
                line.text.strip()[bullet.end():]):
            # "- Resumé: text": a run-in heading set as a list's entry; the bullet is the
            # list's typography
            line = Line(line.text.strip()[bullet.end():], line.page, line.size, line.bold,
                        line.level)
        head, sep, rest = line.text.strip().partition(":")
        if "\t" in head:
            head, sep, rest = line.text.strip().partition("\t")
        margin = _GAP_RE.split(line.text.strip(), maxsplit=1)
        if len(margin) == 2 and heading_phrase(margin[0]) \
                and not (sep and rest.strip() and _run_in_head(head)):
            # a heading in the left margin, its text in the column beside it
            head, sep, rest = margin[0], "\t", margin[1]
        dashed = _DASH_RE.split(line.text.strip(), maxsplit=1)
        if not (sep and rest.strip() and _run_in_head(head)) and len(dashed) == 2 \
                and heading_phrase(dashed[0]) and dashed[0][:1].isupper() \
                and _opens_text(dashed[1]) \
                and (dashed[1].rstrip().endswith((".", "!")) or dashed[0].isupper()
                     or len(dashed[1].split()) >= 8):
            # "Beslutning – Godkendt.": a known heading, a dash and a sentence, a
            # paragraph, or any text after a heading set apart in capitals
            # ("SAGSFREMSTILLING – Kommunen har …", "INDSTILLING – Direktionen indstiller,")
            head, sep, rest = dashed[0], "–", dashed[1]
        stopped = [x.strip() for x in _STOP_RE.split(line.text.strip(), maxsplit=1)]
        if not (sep and rest.strip() and _run_in_head(head)) and len(stopped) == 2 \
                and heading_phrase(stopped[0]) and stopped[0][:1].isupper() \
                and _opens_text(stopped[1]):
            # "Sagsfremstilling. Kommunen har …": a known heading closed by a full stop
            # (a heading opens with a capital: "beslutning. Det gælder …" ends a sentence
            # wrapped from the line above)
            head, sep, rest = stopped[0], ".", stopped[1]
        led = _LEADER_RE.split(line.text.strip(), maxsplit=1) if LEADER_RUN_IN else []
        if not (sep and rest.strip() and _run_in_head(head)) and len(led) == 2 \
                and _run_in_head(led[0]) and _opens_text(led[1]):
            head, sep, rest = led[0], "…", led[1]
        if sep == "\t" and rest.strip() and not rest.strip(" :.;–-\t"):
            # "Heading<tab>:" (a colon in a span of its own): the heading's own colon
            line = Line(head.strip() + rest.strip(), line.page, line.size, line.bold,
                        line.level)
            head, sep, rest = line.text, "", ""
        if (sep and rest.strip() and len(head) <= _RUN_IN_MAX and "\t" not in head
                and _run_in_head(head) and not FIELD_RE.match(line.text.strip())
                and not (HISTORY_TEXT and history and not heading_phrase(unnumbered(head)))):
            out.append(Line(head.strip() + ":", line.page, line.size, True, line.level))
            out.append(Line(rest.strip(), line.page, line.size, False, 0))
        else:
            out.append(line)
    return out


def _listed_sections(lines: list[Line]) -> bool:
    """Whether the document sets its sections as a list's entries, their headings run in
    ("- Resumé: …", "- Beslutning: …"): three or more such entries, two thirds or more of
    its entries labelled "Words: text" (a list in a text, "- Tidsplan: …" among "- Data:
    …" and sentences, is the text's)."""
    labelled = [text[m.end():] for line in lines if (m := _BULLET_RE.match(
        text := line.text.strip())) and ":" in text]
    headed = sum(map(_bulleted_run_in, labelled))
    return headed >= 3 and 3 * headed >= 2 * len(labelled)


def _bulleted_run_in(text: str) -> bool:
    head, sep, rest = text.partition(":")
    return bool(sep and rest.strip()) and _run_in_head(head)


def _opens_text(text: str) -> bool:
    """Whether text opens a sentence or a numbered point ("Kommunen …", "1. Godkendt.")."""
    return text[:1].isupper() or text[:1].isdigit()


def _run_in_head(head: str) -> bool:
    head = unnumbered(head.strip())
    if heading_table.BRACKETED_KEYS and head[:1] == "[" and head[-1:] == "]":
        head = head[1:-1].strip()  # "[Beslutning i …]": its words
    if heading_phrase(head):
        return True
    # a section word in it: a decision's repeated marker ("Byrådets møde 12.03.2024,
    # punkt 2: Godkendt.") stays the decision's text; a decision history's entry without
    # an item number ("Økonomiudvalget, 05.03.2024: Anbefales.") is a heading
    return (bool(head) and head[0].isupper() and len(head.split()) <= 10
            and section_type(head) not in (None, "bilag", "other")
            and (any(section_type(word) for word in head.split())
                 or history_entry(head) and not re.search(r"\b(punkt|pkt)\b", head, re.I)))
