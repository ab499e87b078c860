"""Derivations at query time: verbs in questions, nouns in titles (issue 17, round 11).

People ask with verbs ("hvad vil de prioritere", "hvad anbefaler udvalget") and the
minutes title with the nouns derived from them ("Prioritering af …", "Anbefalinger
fra …"). Snowball stems most -else and -hed nouns with their verbs and adjectives
("fjernelse", "sundhed"; not "godkendelse", "frihed") and keeps -ing, -ning, -eri and
-ion apart: "prioritere" -> priorit,
"prioritering" -> prioritering. `derived_forms` proposes, by Danish word formation,
the related forms of a query word and keeps those the index holds as written with
another stem:

- a verb's base (its infinitive, present or past ending off) with -ing, -ning, -eri;
  an -ere verb's root with -ion, -tion, -ation ("informere": information;
  "reducere": reduktion);
- an adjective with -hed where Snowball keeps it ("fri": frihed);
- with NOUN_TO_VERB, a derived noun back to its verb's infinitive and present
  ("anbefalinger": anbefale, anbefaler; "lukning": lukke) or its adjective.

A loose query's word also matches its derived forms, below the word as typed and
reported (`search.relax`'s `_match_word`, as synonyms are).
"""

from __future__ import annotations

from referat.index.analysis import normalize, stem_term
from referat.search.inflections import VOWELS, held, one_per_stem

DERIVATIONS = True
"""Match a query word's derived forms (`derived_forms`)."""
NOUN_TO_VERB = False
"""A derived noun also matches its verb or adjective ("anbefalinger": anbefale; "frihed":
fri), not only a verb its nouns. Off: on the judged tuning queries it moved one loose
query, down ("finansiering" also as "finansiere", round 11); a noun typed is what the
minutes title with."""

VERB_ENDINGS = ("ede", "ende", "er", "es", "et", "e")
"""A verb's endings, taken off to find its base ("prioriterer": prioriter)."""
NOUN_ENDINGS = ("ernes", "erne", "ers", "er", "ens", "en", "s", "")
"""A noun's plural, definite and genitive endings, taken off to find its singular."""
NOUN_SUFFIXES = ("ing", "eri", "else", "sel")
"""Suffixes that make a noun of a verb's base ("prioriter" + ing, "bygg" + eri,
"godkend" + else, "brænd" + sel: Snowball stems most -else nouns with their verbs, not
all); -ning after a base whose final consonant is doubled drops one ("lukk": lukning)."""
ION_SUFFIXES = ("ion", "tion", "ation")
"""Suffixes that make a noun of an -ere verb's root ("inform": information)."""
HELD_AS = ("", "en", "er")
"""A derived noun counts as held when the index holds it bare, definite or plural
("anbefalinger" without "anbefaling")."""
MIN_BASE = 4
"""A shorter base is too often another word ("led": ledning, "stil": stilling)."""
HED = "hed"
"""The suffix that makes a noun of an adjective ("fri": frihed); Snowball strips it from
most, not from all."""
MIN_ADJECTIVE = 3


def _verb_bases(norm: str) -> list[str]:
    """The bases a word may be a verb form of, longest ending first."""
    return [norm[:-len(e)] for e in VERB_ENDINGS
            if norm.endswith(e) and len(norm) - len(e) >= MIN_BASE]


def _nouns(base: str) -> list[str]:
    """The nouns Danish derives from a verb's base."""
    out = [base + s for s in NOUN_SUFFIXES]
    doubled = base[-1] == base[-2] and base[-1] not in VOWELS
    out.append((base[:-1] if doubled else base) + "ning")
    if base.endswith("er") and len(base) - 2 >= MIN_BASE:  # an -ere verb: inform(er)
        root = base[:-2]
        out += [root + s for s in ION_SUFFIXES]
        if root.endswith(("c", "g")):  # reduc(ere): reduktion; reag(ere): reaktion
            out.append(root[:-1] + "ktion")
    return out


def _verbs(noun: str) -> list[str]:
    """The verb forms (infinitive, present) or the adjective a derived noun's singular
    comes from."""
    if noun.endswith(HED):  # frihed: fri
        return [noun[:-len(HED)]] if len(noun) - len(HED) >= MIN_ADJECTIVE else []
    bases = []
    if noun.endswith("ktion"):  # reduktion: reducere; reaktion: reagere
        bases += [noun[:-5] + "cer", noun[:-5] + "ger"]
    for suffix in (*ION_SUFFIXES, *NOUN_SUFFIXES):
        if noun.endswith(suffix):
            root = noun[:-len(suffix)]
            bases.append(root + "er" if suffix in ION_SUFFIXES else root)
    if noun.endswith("ning"):  # rensning: rense; lukning: lukke
        root = noun[:-4]
        bases.append(root)
        if root and root[-1] not in VOWELS:
            bases.append(root + root[-1])
    return [b + e for b in bases if len(b) >= MIN_BASE for e in ("e", "er")]


def derived_forms(word: str, reader) -> tuple[str, ...]:
    """The forms derivationally related to a query word (a verb's nouns in -ing,
    -ning, -eri, -else, -sel, -ion; an adjective's in -hed; with NOUN_TO_VERB a derived
    noun's verb or adjective) that the index holds as written and that
    Snowball stems apart from it, one per stem; () if none (or DERIVATIONS is off)."""
    norm = normalize(word)
    stem = stem_term(norm)
    if not (DERIVATIONS and stem and norm.isalpha()):
        return ()
    built = [noun for base in _verb_bases(norm) for noun in _nouns(base)]
    if not norm.endswith("e") and len(norm) >= MIN_ADJECTIVE:
        built.append(norm + HED)  # fri: frihed
    singulars = [norm[:len(norm) - len(e)] for e in NOUN_ENDINGS if norm.endswith(e)]
    verbs = [verb for noun in singulars for verb in _verbs(noun)] if NOUN_TO_VERB else []
    return one_per_stem(stem, dict.fromkeys([*built, *verbs]), lambda form: any(
        held(reader, form + e) for e in (("",) if form in verbs else HELD_AS)))
