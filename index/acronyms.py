"""Abbreviations the minutes define themselves: "Pædagogisk Psykologisk Rådgivning
(PPR)", "IPS (individuelt planlagt job med støtte)" (pure functions, no I/O).

`acronym_pairs` finds them in any text by Schwartz and Hearst's rule (2003): the
letters of the abbreviation occur in order in the words beside its parentheses, its
first letter at the start of the first of those words; a compound may give several
letters ("Hjælpemiddeldepot": H, D). The writer stores each item's pairs in the
index's `acronyms` field (`acronym_terms`), so every index holds the abbreviations of
its own minutes, whichever kommune wrote them; `search.acronyms` reads them back.
"""

from __future__ import annotations

import re

_SHORT = r"[A-ZÆØÅ][A-ZÆØÅa-zæøå0-9&]{1,7}"
_IN_PARENS = re.compile(rf"\(({_SHORT})\)")
_PHRASE_END = re.compile(r"[^\w\s-]")
_SHORT_BEFORE = re.compile(rf"(?<![\w-])({_SHORT})[ \t]*\(([^()]{{4,120}})\)")
_WORD = re.compile(r"[\w-]+")
_BREAK = re.compile(r"-\s*\n\s*")
LOOK_BACK = 200
"""Characters before an abbreviation's parentheses that its expansion may take."""
MIN_UPPER = 2
"""Capitals an abbreviation holds at least ("PPR", "SOSU", "IPS"; not "(Greve)")."""
MIN_WORD_STARTS = 2
"""Letters of the abbreviation that begin a word or a compound's known part's word: at
least this many (of abbreviations this long), so that letters found inside a word
("(ALT)" after "alternativet") do not make a pair of their own."""
SEPARATOR = "="
"""Between an abbreviation and its expansion in an `acronyms` term."""


def _upper(short: str) -> int:
    return sum(c.isupper() for c in short)


def _match(short: str, words: list[str]) -> int | None:
    """The index of the first of `words` that the abbreviation's letters span, in
    order, the first at a word's start (the shortest such span, then the one with
    most letters at the start of a word or of a part after a hyphen), None when they
    do not or too few letters start a word."""
    chars = [(c, j == 0 or word[j - 1] == "-", w)
             for w, word in enumerate(words) for j, c in enumerate(word.lower())]
    letters = short.lower()
    best: list[float] = [float("-inf")] * (len(chars) + 1)  # the letters after k
    best[len(chars)] = 0.0
    for k in range(len(letters) - 1, -1, -1):
        after = float("-inf")
        now = [float("-inf")] * (len(chars) + 1)
        for p in range(len(chars) - 1, -1, -1):
            c, start, _ = chars[p]
            if c == letters[k] and (k or start):
                now[p] = start + (best[len(chars)] if k == len(letters) - 1 else after)
            after = max(after, best[p]) if k < len(letters) - 1 else after
        best = now
    found = [(chars[p][2], score) for p, score in enumerate(best[:-1])
             if score >= min(MIN_WORD_STARTS, len(letters))]
    return max(found)[0] if found else None


def _clean(text: str) -> str:
    return " ".join(_BREAK.sub("", text).split()).strip(" -,.;:").lower()


def acronym_pairs(text: str) -> list[tuple[str, str]]:
    """(abbreviation, expansion) pairs a text defines, lower-cased, in order, once each.

    >>> acronym_pairs("Pædagogisk Psykologisk Rådgivning (PPR) har ...")
    [('ppr', 'pædagogisk psykologisk rådgivning')]
    """
    out: list[tuple[str, str]] = []
    if "(" not in text:
        return out
    for m in _IN_PARENS.finditer(text):
        short = m.group(1)
        before = text[max(0, m.start() - LOOK_BACK):m.start()]
        ends = list(_PHRASE_END.finditer(before))
        words = _WORD.findall(before[ends[-1].end():] if ends else before)
        words = words[-(len(short) + 5):]
        if _upper(short) < MIN_UPPER or not words or short in words:
            continue
        first = _match(short, words)
        if first is not None:
            out.append((short.lower(), _clean(" ".join(words[first:]))))
    for m in _SHORT_BEFORE.finditer(text):
        short, inside = m.group(1), m.group(2)
        words = _WORD.findall(inside)
        if (_upper(short) >= MIN_UPPER and 1 < len(words) <= len(short) + 5
                and _match(short, words) == 0 and inside.lstrip()[:1].isalpha()):
            out.append((short.lower(), _clean(inside)))
    return list(dict.fromkeys((s, e) for s, e in out if len(e) > len(s) + 2))


def acronym_terms(texts: list[str]) -> str:
    """An item's pairs as the `acronyms` field's value: comma-separated
    "abbreviation=expansion" terms ("" when there are none)."""
    pairs = dict.fromkeys(p for text in texts for p in acronym_pairs(text))
    return ",".join(f"{s}{SEPARATOR}{e.replace(',', ' ')}" for s, e in pairs)
