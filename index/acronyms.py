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
from collections.abc import Iterator

from referat.index.analysis import STOP_WORDS, loaded_vocabulary

_SHORT = r"[A-ZÆØÅ][A-ZÆØÅa-zæøå0-9&]{1,7}"
_IN_PARENS = re.compile(rf"\(({_SHORT})\)")
_PHRASE_END = re.compile(r"[^\w\s-]")
_SHORT_BEFORE = re.compile(rf"(?<![\w-])({_SHORT})[ \t]*\(([^()]{{4,120}})\)")
_WORD = re.compile(r"[\w-]+")
_SHORT_CHARS = 8
"""Characters an abbreviation holds at most (`_SHORT`)."""
LOOK_BACK = 200
"""Characters before an abbreviation's parentheses that its expansion may take."""
MIN_UPPER = 2
"""Capitals an abbreviation holds at least ("PPR", "SOSU", "IPS"; not "(Greve)")."""
MIN_WORD_STARTS = 2
"""Letters of the abbreviation that begin a word (or a part after a hyphen): at least
this many when the expansion has that many words, so that letters found inside the
words ("fra både den (FED)") make no pair."""
WORD_ZIPF = 4.0
"""A word this common (Zipf, `index/data/da_words.tsv`) is not read as an abbreviation:
"by", "bus", "ses", "fed" (and, at 4.1, "dtu" and "sku" too); "sfo" (3.8), "kol" (3.2)
and "ecb" (3.3) are read as abbreviations."""
SEPARATOR = "="
"""Between an abbreviation and its expansion in an `acronyms` term."""
BACK = "<"
"""Between a one-word expansion and its abbreviation in an `acronyms` term (the way
back, so that both are looked up by prefix)."""


def _upper(short: str) -> int:
    return sum(c.isupper() for c in short)


def _match(short: str, words: list[str]) -> tuple[int, int] | None:
    """The first and last of `words` that the abbreviation's letters touch, in order,
    the first letter at a word's start: the one that starts last, then the one with most
    letters at the start of a word or of a part after a hyphen (`MIN_WORD_STARTS`), then
    the longest; None when there is none."""
    chars = [(c, j == 0 or word[j - 1] == "-", w)
             for w, word in enumerate(words) for j, c in enumerate(word.lower())]
    letters = short.lower()
    none = (-1, 0)
    best: list[tuple[int, int]] = []  # per place: (letters at a start, last word) from it
    for k in range(len(letters) - 1, -1, -1):
        after, now = none, [none] * len(chars)
        for p in range(len(chars) - 1, -1, -1):
            c, start, w = chars[p]
            tail = (0, w) if k == len(letters) - 1 else after
            if c == letters[k] and (k or start) and tail != none:
                now[p] = (start + tail[0], tail[1])
            if k < len(letters) - 1:
                after = max(after, best[p])
        best = now
    found = [(chars[p][2], starts, last) for p, (starts, last) in enumerate(best)
             if (starts, last) != none and starts >= min(MIN_WORD_STARTS, 1 + last - chars[p][2])]
    if not found:
        return None
    first, _, last = max(found)
    return first, last


def _clean(text: str) -> str:
    """An expansion as stored: lower case, single spaces, no commas (they separate the
    field's terms) and no punctuation at its ends."""
    return " ".join(text.replace(",", " ").split()).strip(" -.;:").lower()


def _shorts_before(text: str) -> Iterator[re.Match[str]]:
    """`_SHORT_BEFORE.finditer(text)`, the pattern asked only just before each "(".

    A match holds one "(", right after its abbreviation and the spaces or tabs after
    that, so it starts at most `_SHORT_CHARS` before those spaces and ends at most 122
    characters after the "(" (the expansion and ")"). Tried from every position of the
    text, the pattern cost the indexer more than half a second on the corpus."""
    end = 0  # where the last match ended: the next starts there or later
    paren = text.find("(")
    while paren >= 0:
        start = paren
        while start and text[start - 1] in " \t":
            start -= 1
        m = _SHORT_BEFORE.search(text, max(end, start - _SHORT_CHARS), paren + 122)
        if m is not None and m.start() < paren:  # this "("'s (a later one's is found later)
            yield m
            end = m.end()
            paren = text.find("(", end)
        else:
            paren = text.find("(", paren + 1)


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
        span = _match(short, words)
        if span is not None:
            out.append((short.lower(), _clean(" ".join(words[span[0]:span[1] + 1]))))
    for m in _shorts_before(text):
        short, inside = m.group(1), m.group(2)
        words = _WORD.findall(inside)
        if (_upper(short) >= MIN_UPPER and 1 < len(words) <= len(short) + 5
                and (_match(short, words) or (1,))[0] == 0 and inside.lstrip()[:1].isalpha()):
            out.append((short.lower(), _clean(inside)))
    return list(dict.fromkeys((s, e) for s, e in out if len(e) > len(s) + 2))


def is_word(short: str) -> bool:
    """Whether an abbreviation is also a common Danish word ("BUS", "FED", "SES"; Zipf
    frequency at least `WORD_ZIPF`): typed in lower case, as queries are, it means the
    word."""
    return short in STOP_WORDS or loaded_vocabulary()[0].get(short, 0.0) >= WORD_ZIPF


def acronym_terms(texts: list[str]) -> str:
    """An item's pairs as the `acronyms` field's value: comma-separated
    "abbreviation=expansion" terms, and "expansion<abbreviation" for a one-word
    expansion; none for an abbreviation that is a word (`is_word`); "" when there are
    none."""
    pairs = dict.fromkeys(p for text in texts for p in acronym_pairs(text)
                          if not is_word(p[0]))
    return ",".join([f"{s}{SEPARATOR}{e}" for s, e in pairs]
                    + [f"{e}{BACK}{s}" for s, e in pairs if " " not in e])
