"""What a question's frame asks for (issue 17, round 7).

A question names its subject in its rare words and what it wants to know in its frame:
"hvad koster det at få hentet affald" asks for a price, and the minutes answer it with
the words of a price ("Gebyrer for husholdningsaffald", "takster"), not with "koster".
`frame_hints` adds the words the minutes answer a frame with to the query's hints
(`search.relax`): they rank the items the query's words find, and bring in none.
`frame_words` makes the words of the frame itself hints ("hvad fik udvalget at vide om
…", "hvordan stod det til med …", "ved udgangen af 2024"): they say how the question
asks or when, not what it is about (round 25).
"""

from __future__ import annotations

from referat.search.relax import Plan, folded_word

FRAMES_ON = True
"""Add the words that answer a question's frame to its hints (`frame_hints`)."""

FRAMES: dict[tuple[str, ...], tuple[str, ...]] = {
    tuple(folded_word(w) for w in phrase.split()): tuple(answer.split())
    for line in """
    koster|kostede|koste|prisen|priserne = gebyr takst pris betaling
    hvor mange = antal prognose
    hvad skete der med|hvad sker der med|hvad er der sket med = status opfølgning
    """.strip().splitlines()
    for phrases, answer in [line.split(" = ")]
    for phrase in phrases.strip().split("|")
}
"""A frame (folded words in a row) -> the words minutes answer it with. Paying is not
asking a price ("hvorfor betaler kommunen for …" asks why): only "koster" and "prisen"."""


FRAME_WORDS = True
"""Make the words of a question's frame (`FRAME_PHRASES`) hints (`frame_words`)."""

FRAME_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(folded_word(w) for w in phrase.split()) for phrase in """
    at vide
    står der | stod der | står det til | stod det til | står til | stod til
    i starten | i begyndelsen | i slutningen | ved udgangen | ved starten | midt i
    til sidst | hvor længe
    """.replace("\n", "|").split("|") if phrase.strip())
"""Words in a row that frame a question, not its subject: being told ("fik … at vide"),
what a text says or how a matter stands ("hvad står der i …", "hvordan stod det til
med …"), and when within a period ("i starten af 2022", "ved udgangen af 2024", "midt i
perioden"). The minutes name the subject; an item that holds "vide" ("videre"), "stod"
or "starten" is not about it. ("hvor langt er … nået" was tried and lost: the minutes
say "nået" of the matter.)"""

_LONGEST_FRAME = max(map(len, FRAME_PHRASES))


def frame_words(p: Plan) -> list[str]:
    """Move the words of a loose query's frames (`FRAME_PHRASES`) from its words to its
    hints, unless no word would be left; returns the words moved."""
    if not FRAME_WORDS:
        return []
    folded = [folded_word(t) for t in p.text.split()]
    framed = {folded[j] for n in range(2, _LONGEST_FRAME + 1)
              for i in range(len(folded) - n + 1)
              if tuple(folded[i:i + n]) in FRAME_PHRASES for j in range(i, i + n)}
    moved = [w for w in p.words if folded_word(w) in framed]
    if moved and len(moved) < len(p.words):
        p.words = [w for w in p.words if w not in moved]
        p.hints += moved
        return moved
    return []


def frame_hints(p: Plan) -> list[str]:
    """Add to a loose query's hints the words that answer its frames (`FRAMES`), those
    not already among its words; returns the words added."""
    if not FRAMES_ON:
        return []
    folded = [folded_word(t) for t in p.text.split()]
    typed = {folded_word(w) for w in [*p.words, *p.hints, *p.common]}
    added: list[str] = []
    for frame, answer in FRAMES.items():
        n = len(frame)
        if any(tuple(folded[i:i + n]) == frame for i in range(len(folded) - n + 1)):
            added += [w for w in answer if w not in typed and w not in added]
    p.hints += added
    return added
