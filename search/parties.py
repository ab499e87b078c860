"""Parties as a proposal's title names them: by their short form.

People type a party's name ("moderaternes forslag", "hvad har socialdemokratiet
foreslået"); Aarhus's titles name the proposers by short forms ("Forslag fra M om …",
"Svar på forslag fra S, SF, RV, M og ALT om …"), and the name is in the text, if at all,
among others'. So a party's name (or its genitive) also matches its short forms
(`index.votes.PARTY_ALIASES`: those of three letters or fewer, else the party letter) in
a title that names a proposal ("forslag", also as a compound's part): a letter alone is
many other things in a title ("I/S", "m²").
"""

from __future__ import annotations

from referat.index.analysis import normalize, stem_term
from referat.index.votes import PARTY_ALIASES
from whoosh import query

PARTY_TITLES = True
"""A party's name also finds the proposals whose titles name it by its short form
(ablation switch)."""
PROPOSAL = "forslag"
"""The title word (a stem, or a compound's part) of a proposal's title."""
MAX_SHORT = 3


def _short_forms() -> dict[str, tuple[str, ...]]:
    """Each one-word party name -> the party's short forms."""
    found = {}
    for letter, names in PARTY_ALIASES.items():
        short = tuple(n for n in names if len(n) <= MAX_SHORT) or (letter.lower(),)
        found.update((n, short) for n in names if " " not in n and len(n) > MAX_SHORT)
    return found


_SHORT = _short_forms()


def short_forms(word: str) -> tuple[str, ...]:
    """The short forms of the party a word names ("moderaternes": m), () for another
    word or when `PARTY_TITLES` is off."""
    if not PARTY_TITLES:
        return ()
    typed = normalize(word)
    return _SHORT.get(typed) or (_SHORT.get(typed[:-1], ()) if typed.endswith("s") else ())


def proposal_titles(word: str, boost: float = 1.0) -> query.Query | None:
    """The titles of proposals that name the party a word names by its short form, or
    None: each short form (at `boost`) with the proposal word (adding nothing)."""
    stems = sorted({s for s in map(stem_term, short_forms(word)) if s})
    if not stems:
        return None
    found = [query.And([query.Term("title", s, boost=boost),
                        query.Term("title", PROPOSAL, boost=0.0)]) for s in stems]
    return found[0] if len(found) == 1 else query.Or(found)
