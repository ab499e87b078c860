"""The outcome of a decision, read from the Danish text of its beslutning section.

A pure function from text to a `Decision`: the main outcome, and where the text gives
each indstillingspunkt an outcome of its own ("1. Godkendt. 2. Ikke godkendt.", or an
unnumbered list "Godkendt. / Godkendt. / Taget til efterretning."), those in order.
An empty decision (an agenda, a decision not yet taken) has no outcome.

How a part of the text is classified: its first sentence that says anything decides.
Clauses that only qualify the decision ("med bemærkning om …", ", idet …", "med henblik
på …") are read only to tell `godkendt` from `godkendt_med_aendringer`, so that a remark
that mentions sending or not approving something does not become the outcome. Among
the outcomes a sentence names, the one that acts on the case wins: "anbefaler … at
indstillingen godkendes" is `anbefalet`, "godkendte, at sagen sendes til …" `oversendt`.
The labelling rules are in benchmarks/outcomes/README.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from referat.index.votes import attendance_spans

OUTCOMES = (
    "godkendt",
    "godkendt_med_aendringer",
    "anbefalet",
    "taget_til_efterretning",
    "afvist",
    "udsat",
    "oversendt",
    "droeftet",
    "andet",
)

# Which outcome a sentence has when it names several (first wins).
_SENTENCE_ORDER = ("afvist", "oversendt", "udsat", "anbefalet", "godkendt",
                   "taget_til_efterretning", "droeftet")
# The main outcome of a decision whose points differ (first wins).
_MAIN_ORDER = ("godkendt_med_aendringer", "godkendt", "anbefalet", "afvist", "oversendt",
               "udsat", "taget_til_efterretning", "droeftet", "andet")

_PATTERNS = {
    "afvist": r"ikke (?:at )?godkend\w*|godkendes ikke|kan ikke godkendes|"
              r"anbefales ikke|ikke (?:at )?anbefale\w*|kan ikke anbefales|"
              r"forkast\w*|afvis(?:es|te|er)?\b|afvist|\bfaldt\b|fastholdt\w* afslaget|"
              r"imødekommes ikke|ikke (?:at )?tiltræde|besluttede\w* ikke at|ikke bevilge\w*",
    "oversendt": r"sendes tilbage|sende\w* sagen tilbage|sendt tilbage|tilbagesend\w*|"
                 r"oversend\w*|fremsendes|sendes (?:videre )?til|sendte\w* sagen til|"
                 r"sende\w* sagen til|(?<!frem)sendt til|videresend\w*|videreføre\w* sagen til|"
                 r"henvises til|henviste sagen|overgives til",
    "udsat": r"\budsæt\w*|\b(?:blev|er|sagen|punktet) udsat\b|^udsat\b|\budsat til\b|"
             r"\budskyde\w*|\budskudt|\bgenoptages",
    "anbefalet": r"anbefale(?:r|s|de|t)?\b|indstilles til godkendelse|"
                 r"\bindstille(?:r|de)\b|indstilles\b",
    "godkendt": r"godkend(?:t|te|es|e|er)\b|vedtag(?:et|es|e)\b|vedtog|tiltr(?:å|æ)d\w*|"
                r"beslut(?:tede|ter),? at\b|bevilge\w*|bevilliges|imødekom\w*",
    "taget_til_efterretning": r"til efterretning|blev orienteret|orienteringen blev "
                              r"(?:givet|gennemført)",
    "droeftet": r"drøft(?:ede|et|es|er)\b|drøftelsen blev gennemført",
}
# One pass finds every outcome a sentence names (a named group per outcome).
# Every pattern starts at a word; the leading \b spares the others at every letter.
_OUTCOME_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{p})" for name, p in _PATTERNS.items()) + ")", re.I)

# A text that is a decision and nothing more ("Godkendt.", "Indstillingen blev
# tiltrådt", "Udvalget godkendte indstillingen", "Taget til efterretning", "Udsat til
# næste møde"): at most a subject (a noun in the definite form, or any word before
# "blev") and "blev", then the words of an outcome that acts on the case (`_PATTERNS`,
# the one vocabulary) opening it, not as a noun ("Udskydelse af …" is a title), and a
# short rest on the same line with no "at" clause ("Administrationen indstiller, at …"
# is a proposal).
_WHOLE_OUTCOMES = ("godkendt", "anbefalet", "taget_til_efterretning", "udsat")
_WHOLE_DECISION_RE = re.compile(
    r"(?:\w+(?:en|et|ne)\s+|\w+\s+(?=blev\b))?(?:blev\s+)?(?:taget\s+|tages\s+)?"
    r"(?!\w+(?:else|ning)\b)(?:"
    + "|".join(f"(?P<{name}>{_PATTERNS[name]})" for name in _WHOLE_OUTCOMES)
    + r")(?![^\n]*\bat\b)[^\n]{0,40}", re.I)

# "Tilbagesendes … har vedtaget … indstilling" (Aarhus): an adopted proposal.
_ADOPTED_RE = re.compile(r"(?i)^tilbagesendes\b.*?\bhar\s+vedtaget\b", re.S)
# Clauses that qualify the decision; cut off before the outcome is read.
_QUALIFIER_RE = re.compile(
    r"(?i)(?:,?\s+med (?:den |denne |følgende |en )?(?:bemærkning|ændring|tilføjelse|"
    r"præcisering|betingelse)\w*|,\s*idet\b|\s+idet\b|,?\s+med henblik på|,?\s+med "
    r"begrundelse|,?\s+med ønske|,?\s+dog\b|,?\s+således|,?\s+under forudsætning|"
    r",?\s+såfremt|,?\s+forudsat)"
)
# "Godkendt med …", "godkendte … med bemærkning", "Tiltrådte indstillingen, idet …".
_CHANGED_RE = re.compile(
    r"(?i)\bmed (?:den |denne |følgende |en )?(?:bemærkning|ændring|tilføjelse|"
    r"præcisering|betingelse)\w*|,?\s*idet\b|\bdog\b|\bunder forudsætning|\bsåfremt\b|"
    r"^\W*(?:godkend\w*|tiltr\w+ indstillingen) med\b"
)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÆØÅ(\d\"”])|\n+(?=[A-ZÆØÅ(\d\"”-])")
# A numbered point at the start of a part: "1.", "2a.", "1.-3.", "1 - 7", "Ad 2:",
# "Punkt 1-2:", "1. og 2.", "2. a)- f)".
_POINT_RE = re.compile(
    r"(?:(?<=^)|(?<=\s))(?:Ad\s+|Punkt(?:erne)?\s+)?"
    r"(?P<start>\d{1,2})(?P<sub>[a-h])?\s*[.):]?"
    r"(?:\s*(?:-|–|og)\s*(?P<end>\d{1,2})[a-h]?\s*[.):]?)?"
    r"(?:\s*[a-h]\)\s*-\s*[a-h]\))?"
    r"(?=\s)"
)
_POINT_NEXT_RE = re.compile(
    r"\s*(?:[A-ZÆØÅ(]|godkend|anbefal|ikke|taget|tages|sagen|model|orientering|udvalget|"
    r"status|punkt)"
)


@dataclass(frozen=True)
class PointOutcome:
    """The outcome of one indstillingspunkt (or a range of them, as written)."""

    points: str
    outcome: str

    def to_dict(self) -> dict[str, str]:
        return {"points": self.points, "outcome": self.outcome}


@dataclass(frozen=True)
class Decision:
    """A decision's main outcome (None: no decision) and its points' outcomes."""

    outcome: str | None
    outcomes: tuple[PointOutcome, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "outcomes": [p.to_dict() for p in self.outcomes]}


def _without_attendance(text: str) -> str:
    spans = attendance_spans(text)
    for start, end in reversed(spans):
        text = text[:start] + "\n" + text[end:]
    return text


def sentence_outcome(sentence: str) -> str | None:
    """The outcome one sentence states, or None when it states none."""
    if _ADOPTED_RE.search(sentence):
        return "godkendt"
    cut = _QUALIFIER_RE.search(sentence)
    head = sentence[:cut.start()] if cut else sentence
    found = {m.lastgroup for m in _OUTCOME_RE.finditer(head)}
    for name in _SENTENCE_ORDER:
        if name in found:
            if name == "godkendt" and _CHANGED_RE.search(sentence):
                return "godkendt_med_aendringer"
            return name
    return None


def whole_decision(text: str) -> str | None:
    """The outcome of a text that is a decision and nothing more ("Godkendt.", "Sagen
    blev udsat"), or None (a title, a sentence that goes on). Where a reading took a
    decision for a title or for another section, its text is one."""
    m = _WHOLE_DECISION_RE.fullmatch(text.strip())
    return m.lastgroup if m else None


def part_outcome(text: str) -> str | None:
    """The outcome of a part of a decision: its first sentence that states one;
    `andet` when none does; None when the part is empty."""
    if _ADOPTED_RE.search(text):  # the Aarhus sentence spans a line break
        return "godkendt"
    sentences = [s for s in _SENTENCE_END_RE.split(text) if s and s.strip(" .\n")]
    if not sentences:
        return None
    first = None
    for sentence in sentences:
        outcome = sentence_outcome(sentence)
        if outcome is not None and outcome != "droeftet":
            return outcome if first is None or outcome != "taget_til_efterretning" else first
        first = first or outcome
    # A discussion decides only when no later sentence takes a decision on it.
    return first or "andet"


def _points(text: str) -> list[tuple[str, str]]:
    """The numbered parts of a decision as (points as written, text); the text before
    the first point comes first with points "". Points must run in order."""
    cuts: list[tuple[int, int, str]] = []
    last = 0
    for m in _POINT_RE.finditer(text):
        start = int(m.group("start"))
        end = int(m.group("end") or start)
        if not _POINT_NEXT_RE.match(text, m.end()) or end < start:
            continue
        before = text[:m.start()].rstrip()
        at_break = not before or before[-1] in ".:!?)\n" or "\n" in text[m.start() - 1:m.start()]
        if last == 0 and not (at_break or m.group(0).startswith(("Ad", "Punkt"))):
            continue
        if last and not (start == last + 1 or (m.group("sub") and start >= last)):
            continue
        if last and start > last + 1 and not at_break:
            continue
        cuts.append((m.start(), m.end(), " ".join(m.group(0).split())))
        last = end
    if not cuts:
        return [("", text)]
    parts = [("", text[:cuts[0][0]])]
    for i, (_, end, label) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        parts.append((label, text[end:stop]))
    return parts


def _list_lines(text: str) -> list[tuple[str, str]]:
    """An unnumbered list of short outcomes, one a line ("Godkendt." / "Taget til
    efterretning."), as parts; [] when the text is not such a list."""
    lines = [line.strip() for line in text.splitlines() if line.strip(" .")]
    if len(lines) < 2 or any(len(line.split()) > 6 for line in lines):
        return []
    outcomes = [sentence_outcome(line) for line in lines]
    if None in outcomes:
        return []
    return [("", line) for line in lines]


_NAMED_POINT_RE = re.compile(
    r"(?i)\b(?:indstillings)?punkt(?:erne)?\s+(\d{1,2}[a-h]?(?:\s*(?:,|og|-|–)\s*\d{1,2}[a-h]?)*)"
)


def _named_points(text: str) -> list[tuple[str, str]]:
    """Prose that names the points it decides ("Byrådet godkendte indstillingspunkt 1.
    Byrådet kunne ikke godkende indstillingspunkt 2."), as (points, outcome) in order;
    [] unless two or more sentences name different points."""
    found = []
    for sentence in _SENTENCE_END_RE.split(text):
        m = _NAMED_POINT_RE.search(sentence or "")
        outcome = sentence_outcome(sentence) if m else None
        if m and outcome:
            found.append((" ".join(m.group(0).split()), outcome))
    return found if len({label for label, _ in found}) >= 2 else []


def classify(text: str | None) -> Decision:
    """The outcome of a decision text (see the module docstring)."""
    if not text or not text.strip(" .\n\t"):
        return Decision(None)
    body = _without_attendance(text)
    if not body.strip(" .\n\t"):
        return Decision(None)
    parts = _points(body)
    numbered = [(label, part_outcome(t)) for label, t in parts[1:]]
    numbered = [(label, o) for label, o in numbered if o is not None]
    if len(numbered) < 2:
        listed = _list_lines(body)
        if len(listed) >= 2:
            numbered = [(label, part_outcome(t) or "andet") for label, t in listed]
        elif len(parts) == 1:
            numbered = _named_points(body) or numbered
    if len(numbered) >= 2:
        lead = part_outcome(parts[0][1]) if len(parts) > 1 else None
        found = {o for _, o in numbered} | ({lead} if lead else set())
        main = next(o for o in _MAIN_ORDER if o in found)
        return Decision(main, tuple(PointOutcome(label, o) for label, o in numbered))
    lead = part_outcome(parts[0][1])
    if lead is None or (lead == "andet" and numbered):
        lead = numbered[0][1] if numbered else lead
    return Decision(lead or part_outcome(body))
