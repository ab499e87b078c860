"""What a question's frame asks for (issue 17, round 7).

A question names its subject in its rare words and what it wants to know in its frame:
"hvad koster det at få hentet affald" asks for a price, and the minutes answer it with
the words of a price ("Gebyrer for husholdningsaffald", "takster"), not with "koster".
`frame_hints` adds the words the minutes answer a frame with to the query's hints
(`search.relax`): they rank the items the query's words find, and bring in none.
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
