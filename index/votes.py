"""Votes and attendance in the text of a decision (pure functions, no I/O).

Who voted for, against or abstained, as the minutes write them (party letters such as
"Ø" or "(Ø)", names such as "Per Hansen (UP1)"); whether the text says the decision
was unanimous; the members who were absent; and minority statements kept with their
member. The wordings are those of the corpus: labelled lists ("For stemte: A, F og Ø",
"Imod: Ø", "Undlod at stemme: F"), a subject before its verb ("(A) og (C) stemmer imod",
"Lise Jensen (Ø) undlod at tage stilling", Aarhus' "X kunne ikke tiltræde
indstillingen"), vote counts ("Med stemmerne 19 for og 2 imod") and attendance
("Afbud:", "Fraværende:", "Ikke til stede:", "Afbud fra X", "X melder afbud").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# One member or party as written: "(Ø)", "Ø", "UP-1", "SF", "Per Hansen (UP1)",
# "Socialdemokratiets byrådsgruppe".
_CAP = r"[A-ZÆØÅ]"
_WORD = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅa-zæøå][a-zæøåéü]+)*"
_CODE = r"[A-ZÆØÅ]{1,3}(?:-?\d)?"
_PAREN = r"\(\s*[A-ZÆØÅa-zæøå]{1,4}(?:-?\d)?\s*\)"
_NAME = rf"{_WORD}(?: (?:{_WORD}|[A-ZÆØÅ]\.))*(?: {_PAREN})?"
_GROUP = rf"{_WORD}s? byrådsgruppe(?:r)?"
_ITEM = rf"(?:{_GROUP}|{_PAREN}|{_NAME}|{_CODE}\b)"
_LIST = rf"{_ITEM}(?:(?:\s*,\s*|\s+og\s+){_ITEM})*"

# Names that are bodies, not voters: "Udvalget undlod at tage stilling".
_BODY_RE = re.compile(r"(?i)(udvalg(et)?|byråd(et)?|magistrat(en)?|formand(en)?|flertal|"
                      r"mindretal|administration(en)?|kommunalbestyrelse(n)?|ingen|alle)$")

_LABELLED_RE = re.compile(
    rf"\b(?P<role>For|Imod|Undlod|Undlader)(?: [a-zæøå ]{{0,40}}?)?"
    rf"(?:(?: stemte| at stemme| at tage stilling)\s*:?|\s*:)\s*(?P<list>{_LIST})"
    rf"|\b(?P<role2>Undlader|Undlod) (?P<codes>(?:{_PAREN}|{_CODE}\b)"
    rf"(?:(?:\s*,\s*|\s+og\s+)(?:{_PAREN}|{_CODE}\b))*)"
    rf"|\bStem(?:te|mer) (?P<role3>imod|for)\s*:\s*(?P<list3>{_LIST})"
)
_SUBJECT_RE = re.compile(
    rf"(?P<list>{_LIST}),?\s+(?P<verb>stemte imod|stemmer imod|stemte for|stemmer for|"
    rf"undlod|undlader|kunne ikke tiltræde|kunne tiltræde)\b"
)
_COUNT_RE = re.compile(r"(?i)med stemmerne (\d+) for(?: og (\d+) imod)?")
_UNANIMOUS_RE = re.compile(r"(?i)\b(enstemmig\w*|i enighed|et enigt (?:udvalg|byråd)|"
                           r"enigt|samtlige medlemmer stemte for)\b")
_MAJORITY_RE = re.compile(r"(?i)\bet flertal\b")
_ABSENT_RE = re.compile(
    rf"(?:\b(?:Afbud|Fraværende|Ikke til stede|Fravær|Forfald)(?: fra)?\s*:?\s*"
    rf"|Følgende deltog ikke i behandlingen af punktet:\s*)"
    rf"(?P<list>(?:{_NAME}(?: \(Stedfortræder: {_NAME}\))?)"
    rf"(?:(?:\s*,\s*|\s+og\s+){_NAME}(?: \(Stedfortræder: {_NAME}\))?)*)?"
)
_ABSENT_SUBJECT_RE = re.compile(
    rf"(?P<list>{_NAME}(?:(?:\s*,\s*|\s+og\s+){_NAME})*)\s+(?:meld(?:er|te) afbud|"
    rf"var forhindret|deltog ikke)\b"
)
_MINORITY_RE = re.compile(
    rf"(?i:mindretalsudtalelse) fra (?P<who>{_ITEM})\s*:\s*(?P<text>.+?)"
    rf"(?=\n\s*\d+\.|\Z)", re.S
)
_WITH_MINORITY_RE = re.compile(
    rf"(?P<who>{_LIST}),?\s+stemte imod med følgende mindretalsudtalelse\s*:\s*"
    rf"(?P<text>.+?)(?=\n|\Z)", re.S
)
_ROLE = {"for": "for", "imod": "against", "undlod": "abstained", "undlader": "abstained"}
_VERB_ROLE = {"stemte imod": "against", "stemmer imod": "against", "stemte for": "for",
              "stemmer for": "for", "undlod": "abstained", "undlader": "abstained",
              "kunne ikke tiltræde": "against", "kunne tiltræde": "for"}

# Danish party letters and the names and short forms the minutes also use.
PARTY_ALIASES = {
    "A": ("s", "socialdemokratiet", "socialdemokraterne"),
    "B": ("rv", "radikale venstre", "radikale"),
    "C": ("k", "kf", "konservative", "det konservative folkeparti"),
    "D": ("nb", "nye borgerlige"),
    "F": ("sf", "socialistisk folkeparti"),
    "I": ("la", "liberal alliance"),
    "M": ("moderaterne",),
    "O": ("df", "dansk folkeparti"),
    "V": ("venstre",),
    "Ø": ("el", "enhedslisten", "enhedslisten de rød-grønne"),
    "Å": ("alt", "alternativet"),
    "Æ": ("dd", "danmarksdemokraterne"),
}
_ALIAS_TO_LETTER = {alias: letter.lower() for letter, names in PARTY_ALIASES.items()
                    for alias in (letter.lower(), *names)}


@dataclass
class Vote:
    """What a decision records of a vote: parties or names as written, counts, and
    statements (minority statements or remarks) kept with their member."""

    for_: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstained: list[str] = field(default_factory=list)
    for_count: int | None = None
    against_count: int | None = None
    statements: list[dict[str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.for_ or self.against or self.abstained or self.for_count is not None
                    or self.statements)

    def to_dict(self) -> dict[str, Any]:
        return {
            "for": list(self.for_),
            "against": list(self.against),
            "abstained": list(self.abstained),
            "for_count": self.for_count,
            "against_count": self.against_count,
            "statements": [dict(s) for s in self.statements],
        }


def vote_from_dict(data: dict[str, Any] | None) -> Vote | None:
    """Rebuild a Vote from `Vote.to_dict()` output."""
    if not data:
        return None
    return Vote(
        for_=list(data.get("for") or []),
        against=list(data.get("against") or []),
        abstained=list(data.get("abstained") or []),
        for_count=data.get("for_count"),
        against_count=data.get("against_count"),
        statements=[dict(s) for s in data.get("statements") or []],
    )


def _split_list(text: str) -> list[str]:
    parts = re.split(r"\s*,\s*|\s+og\s+", text.strip())
    out = []
    for part in parts:
        part = " ".join(part.split())
        if part and not _BODY_RE.search(part.strip("()")):
            out.append(part)
    return out


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


def _flat(text: str) -> str:
    return re.sub(r"[ \t\r\f\v]+", " ", text)


def parse_vote(text: str) -> Vote | None:
    """The vote a decision text records, or None when it records none."""
    flat = _flat(text)
    vote = Vote()
    for m in _COUNT_RE.finditer(flat):
        vote.for_count = int(m.group(1))
        vote.against_count = int(m.group(2)) if m.group(2) else 0
        break
    spans: list[tuple[int, int]] = []
    for m in _LABELLED_RE.finditer(flat):
        names = _split_list(m.group("list") or m.group("codes") or m.group("list3"))
        role = m.group("role") or m.group("role2") or m.group("role3")
        if names:
            _add(_role_list(vote, _ROLE[role.lower()]), names)
            spans.append(m.span())
    lowered = flat.lower()
    subjects = _SUBJECT_RE.finditer(flat) if any(
        w in lowered for w in ("stemte", "stemmer", "undl", "tiltræde")) else ()
    for m in subjects:
        if any(a <= m.start() < b for a, b in spans):
            continue
        names = [_group_name(n) for n in _split_list(m.group("list"))]
        if names:
            _add(_role_list(vote, _VERB_ROLE[m.group("verb")]), names)
    if "mindretalsudtalelse" not in lowered:
        return vote if vote else None
    for m in _MINORITY_RE.finditer(text):
        vote.statements.append({"member": m.group("who").strip(),
                                "kind": "mindretalsudtalelse",
                                "text": " ".join(m.group("text").split())})
    for m in _WITH_MINORITY_RE.finditer(flat):
        for who in _split_list(m.group("who")):
            vote.statements.append({"member": who, "kind": "mindretalsudtalelse",
                                    "text": " ".join(m.group("text").split())})
    return vote if vote else None


def _role_list(vote: Vote, role: str) -> list[str]:
    return {"for": vote.for_, "against": vote.against, "abstained": vote.abstained}[role]


def _group_name(name: str) -> str:
    """"Socialdemokratiets byrådsgruppe" -> "Socialdemokratiet"."""
    m = re.fullmatch(r"(.+?)s? byrådsgrupper?", name)
    return m.group(1) if m else name


def parse_unanimous(text: str, vote: Vote | None = None) -> bool | None:
    """True where the text says the decision was unanimous, False where it records a
    majority or votes against; None where it says neither."""
    if _UNANIMOUS_RE.search(text):
        return True
    if _MAJORITY_RE.search(text) or (vote is not None and (vote.against or vote.abstained)):
        return False
    return None


def parse_absent(text: str) -> list[str]:
    """Members the text records as absent ("Afbud:", "Fraværende:", "Ikke til stede:",
    "Afbud fra X", "X melder afbud", "X deltog ikke"), names as written."""
    flat = _flat(text)
    out: list[str] = []
    for m in _ABSENT_RE.finditer(flat):
        if m.group("list"):
            names = [re.sub(r"\s*\(Stedfortræder:.*?\)", "", n) for n in
                     _split_absent(m.group("list"))]
            _add(out, [n for n in names if n])
    lowered = flat.lower()
    if any(w in lowered for w in ("afbud", "forhindret", "deltog ikke")):
        for m in _ABSENT_SUBJECT_RE.finditer(flat):
            _add(out, _split_list(m.group("list")))
    return out


def _split_absent(text: str) -> list[str]:
    # Split on commas and "og" outside "(Stedfortræder: …)".
    parts, depth, cur = [], 0, ""
    for token in re.split(r"(\(|\)|,|\s+og\s+)", text):
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        if depth == 0 and (token == "," or re.fullmatch(r"\s+og\s+", token or "")):
            parts.append(cur)
            cur = ""
        else:
            cur += token or ""
    parts.append(cur)
    return [p for p in (" ".join(p.split()) for p in parts)
            if p and not _BODY_RE.search(p)]


def attendance_spans(text: str) -> list[tuple[int, int]]:
    """Where the attendance notes are in `text` (the outcome classifier skips them)."""
    return [m.span() for m in _ABSENT_RE.finditer(text)]


def party_keys(names: list[str]) -> set[str]:
    """Search keys for the parties of voters as written: the party letter (lower case)
    for a letter, a code in parentheses or a known party name, and the name itself.
    "Per Hansen (UP1)" gives up1 and liselott blixt; "(Ø)" and "Enhedslisten" give ø.
    """
    keys: set[str] = set()
    for name in names:
        code = re.search(r"\(\s*([^()]+?)\s*\)", name)
        bare = re.sub(r"\s*\([^()]*\)", "", name).strip().lower()
        for token in filter(None, (code.group(1).lower() if code else "", bare)):
            token = token.replace("-", "") if len(token) <= 4 else token
            keys.add(_ALIAS_TO_LETTER.get(token, token))
    return keys


def party_of(name: str) -> str:
    """The party of one voter as written, as a key: the code in parentheses for
    "Per Hansen (UP1)" (up1), the letter of a party named or abbreviated ("SF": f),
    else the name itself, lower-cased."""
    code = re.search(r"\(\s*([^()]+?)\s*\)", name)
    return party_key(code.group(1) if code else name)


def party_key(party: str) -> str:
    """The search key of one party as a user types it ("Ø", "(F)", "SF", "Venstre")."""
    token = party.strip().strip("()").strip().lower()
    token = token.replace("-", "") if len(token) <= 4 else token
    return _ALIAS_TO_LETTER.get(token, token)
