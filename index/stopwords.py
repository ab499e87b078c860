"""Danish stop words for meeting minutes.

Start: Snowball's Danish list (94 words). Dropped from that list because they carry meaning
in minutes: negation ("ikke") and the prepositions and particles that change what a phrase
says ("tilsyn over", "stemte imod", "under 18 år", "uden for", "efter høring", "op/ned",
"ud/ind", "hos", "fra"). Added: further pronouns, articles, auxiliaries and conjunctions
that are as empty as Snowball's ("kan", "hvilke", "vores" ...).

Never stop words (asserted in tests): ikke, ingen, intet, aldrig, mod, imod, over, under,
uden, efter, før, inden, mellem, blandt, hos, fra, op, ned, ud, ind, ja, nej.
"""

from __future__ import annotations

STOP_WORDS: frozenset[str] = frozenset(
    """
    ad af alle alt anden andre at bare blev blive bliver da de dem den denne der deres det
    dette dig din dine disse dit dog du eller en end endnu er et for fordi han ham hans har
    havde have hende hendes her hun hvad hvem hvilke hvilken hvilket hvis hvor hvordan
    hvorfor i jeg jer jeres jo kan kunne man mange med meget men mig min mine mit nogen noget
    nogle nu når og også om os på selv sig sin sine sit skal skulle som sådan så thi til var
    vi vil ville vor vore vores vort være været
    """.split()
)
"""Lower-case Danish stop words, written with æ/ø/å (the analyzer compares folded forms)."""

KEPT_PREPOSITIONS: frozenset[str] = frozenset(
    "mod imod over under uden efter før inden mellem blandt hos fra op ned ud ind".split())
"""The prepositions and particles kept out of `STOP_WORDS`: they change what a phrase says,
and the items about a matter seldom hold them next to it."""
