"""Inflections Snowball stems apart, joined at query time.

- Omlyd plurals (barn/børn, hånd/hænder) and short nouns (bro/broen) that its
  corrections (`index/data/stem_fixes.tsv`) cannot join are listed in
  `index/data/irregular.tsv` (`other_forms`).
- Nouns whose base ends in -s after a vowel or a consonant Snowball counts as an
  s-ending ("kompas" -> kompa, "kompasset" -> kompas; "proces"/"processen", "kryds"/
  "krydset", "indsats"/"indsatsen") and any other noun whose forms Snowball stems apart:
  `paradigm_forms` builds the forms of the typed word's noun (its base with the definite
  and plural endings, a final consonant doubled where Danish doubles it) and keeps those
  the index holds as written, whose stem differs from the typed word's.
- Nouns in -er/-el whose definite forms drop the e ("ungecenter" -> ungecent,
  "ungecentret" -> ungecentr; teater/teatret): `syncope_forms`, within `paradigm_forms`.

A loose query's word also matches these forms, as one word (`search.relax.Plan.word_query`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from referat.index.analysis import exact_term, normalize, stem_term
from referat.index.schema import TEXT_FIELDS
from referat.search.matching import term_probes
from referat.search.synonyms import stem_groups

TABLE = "data/irregular.tsv"

PARADIGMS = True
"""Join a noun's forms that Snowball stems apart by building them (`paradigm_forms`)."""

ENDINGS = ("erne", "ene", "ers", "ens", "ets", "er", "en", "et", "e", "s")
"""The definite, plural and genitive endings of Danish nouns, longest first."""
FORM_ENDINGS = ("", "en", "et", "er", "erne", "ene", "e")
"""The forms built from a base."""
MIN_BASE = 3
VOWELS = frozenset("aeiouyæøå")


def other_forms(word: str) -> tuple[str, ...]:
    """The forms of a word's noun that Snowball stems apart from it, () if none."""
    stem = stem_term(word)
    return stem_groups(TABLE).get(stem, ()) if stem else ()


def _bases(word: str) -> list[str]:
    """The typed word and the bases it may be a form of ("kompasset": kompass, kompas)."""
    out = [word]
    for ending in ENDINGS:
        base = word[:-len(ending)]
        if word.endswith(ending) and len(base) >= MIN_BASE:
            out.append(base)
            if base[-1] == base[-2] and base[-1] not in VOWELS:
                out.append(base[:-1])  # a doubled final consonant: kompass -> kompas
    return list(dict.fromkeys(out))


def _forms(base: str) -> list[str]:
    """A base with the noun endings; a final consonant after a single vowel doubled
    before an ending ("kompas": kompasset, kompasser)."""
    out = [base + e for e in FORM_ENDINGS]
    if (len(base) >= 3 and base[-1] not in VOWELS and base[-2] in VOWELS
            and base[-3] not in VOWELS):
        out += [base + base[-1] + e for e in FORM_ENDINGS if e]
    return out


VERB_FORMS = True
"""Join a verb's past tense in -ede with its other forms (`verb_forms`)."""

PAST = "ede"
"""Snowball's Danish stemmer removes -e but not -ede: "fjernede" -> fjerned, "fjernet",
"fjerne", "fjerner" -> fjern (447 of the 453 -et/-ede pairs of its own vocabulary)."""
VERB_ENDINGS = ("et", "er", "es", "e")
"""The forms a past tense in -ede is joined with: participle, present, passive, infinitive."""
NOT_PAST = ("r", "t", "n")
"""A word in -ede with these forms is a noun or an infinitive, not a past tense
("billeder": billede is not billet's; "vejleder": vejlede is not Vejle's; -edes is a
past tense's passive)."""
MIN_STEM = 4
"""A shorter base is more often a name than a verb ("Mosede", not mose + -ede)."""


def held(reader, form: str) -> bool:
    """Whether the index holds a form as written (its exact-form term, in any text field)."""
    term = exact_term(form).encode("utf-8")  # as a text field stores it
    return any(probe(f, term) for probe in term_probes(reader) for f in TEXT_FIELDS)


def one_per_stem(stem: str, forms: Iterable[str],
                 is_held: Callable[[str], bool]) -> tuple[str, ...]:
    """Of `forms`, the first held one of each stem other than `stem`."""
    found: dict[str, str] = {}  # a new stem -> the first form with it
    for form in forms:
        other = stem_term(form)
        if other and other != stem and other not in found and is_held(form):
            found[other] = form
    return tuple(found.values())


def verb_forms(word: str, reader) -> tuple[str, ...]:
    """The forms of a typed verb (or participle adjective) that Snowball stems apart from
    it across its -ede past tense ("lukkede": lukket, lukke; "tegningsberettiget":
    tegningsberettigede), kept where the index holds them as written, () if none."""
    norm = normalize(word)
    stem = stem_term(norm)
    if not (VERB_FORMS and stem and norm.isalpha()):
        return ()
    if norm.endswith(PAST):
        base = norm[:-len(PAST)]
        forms = [base + e for e in VERB_ENDINGS]
    else:
        ending = next((e for e in VERB_ENDINGS if norm.endswith(e)), "")
        base = norm[:-len(ending)] if ending else norm
        forms = [base + PAST]
    if len(base) < MIN_STEM or any(held(reader, base + PAST + e) for e in NOT_PAST):
        return ()
    return one_per_stem(stem, forms, lambda form: held(reader, form))


ADJECTIVE_FORMS = True
"""Join an adjective with its neuter in -t (`adjective_forms`)."""

ADJECTIVE_ENDINGS = ("al", "el", "iv", "ær", "bar", "il", "som", "ern")
"""Endings of adjectives whose neuter -t Snowball keeps ("kommunalt" -> kommunalt,
"kommunal"/"kommunale" -> kommunal; "socialt", "effektivt", "sårbart", "langsomt");
adjectives in -ig, -lig and -isk are stemmed together already. Other words that end in
-t are often another word (vand/vandt, kor/kort, nævn/nævnt, tråd/trådt)."""
MIN_ADJECTIVE = 5
NOUN_FORMS = ("en", "et", "er")
"""A base the index holds with a noun's ending is a noun (fordel: fordelen, lokale:
lokalet), and its -t form another word (fordelt, distributed)."""


def adjective_forms(word: str, reader) -> tuple[str, ...]:
    """An adjective's neuter ("social": socialt) or its base ("socialt": social), where
    the index holds it as written and Snowball stems it apart; () if none. A typed -e
    form is left alone ("lokale" is a room more often than local)."""
    norm = normalize(word)
    stem = stem_term(norm)
    if not (ADJECTIVE_FORMS and stem and norm.isalpha()):
        return ()
    base = norm[:-1] if norm.endswith("t") else norm
    if (len(base) < MIN_ADJECTIVE or not base.endswith(ADJECTIVE_ENDINGS)
            or any(held(reader, base + e) for e in NOUN_FORMS)):
        return ()
    return one_per_stem(stem, (base, base + "t"), lambda form: held(reader, form))


STRONG_FORMS = True
"""Join the participle of a strong or irregular verb with its other forms (`strong_forms`)."""

STRONG: tuple[tuple[str, ...], ...] = tuple(tuple(line.split()) for line in """
    sagt sige sagde
    lagt lægge lagde
    skudt skyde skød
    budt byde bød
    sat sætte
    trukket trække trak
    givet give gav
    slået slå slog
    gået gå gik
    stået stå stod
    bragt bringe bragte
    valgt vælge valgte
    solgt sælge solgte
    fulgt følge fulgte
    gjort gøre gjorde
    skrevet skrive skrev
    fundet finde fandt
    bundet binde bandt
    """.strip().splitlines())
"""Tails of a strong or irregular verb's participle, infinitive and past tense, which
Snowball stems apart ("opsagt" -> opsag, "opsige"/"opsigelse" -> opsig; "udskudt",
"udskyde"/"udskydelse"). A typed word that ends in one of a row's tails after a prefix
(op-, ud-, ned-, af-, til- …: a verb of its own) also matches the row's other forms with
that prefix. The -else nouns share the infinitive's stem. "-satte" is left out: "udsatte
børn" are vulnerable, not postponed."""
MIN_PREFIX = 2
NOUN = "lse"
"""An infinitive's -else noun ("opsigelse") is read as the infinitive, and is a form of
the others (Snowball stems "opsige" ops, "opsigelse" opsig)."""
"""A tail needs a prefix ("udsat", "opsagt"): the bare verb ("sat", "gået") is common."""


def strong_forms(word: str, reader) -> tuple[str, ...]:
    """The forms of a typed strong verb (a prefix and a tail of `STRONG`) that Snowball
    stems apart from it, kept where the index holds them as written, () if none."""
    norm = normalize(word)
    stem = stem_term(norm)
    if not (STRONG_FORMS and stem and norm.isalpha()):
        return ()
    verb = norm[:-len(NOUN)] if norm.endswith(NOUN) else norm  # opsigelse: opsige
    forms: list[str] = []
    for row in STRONG:
        for tail in row:
            prefix = verb[:-len(tail)]
            if not verb.endswith(tail) or len(prefix) < MIN_PREFIX:
                continue
            tails = [t for t in row if t != tail] + [row[1] + NOUN if verb == norm else tail]
            forms += [prefix + t for t in tails]
    return one_per_stem(stem, forms, lambda form: held(reader, form))


SYNCOPE = True
"""Join a noun in -er/-el with its definite forms that drop the e (`syncope_forms`)."""

DEFINITE = ("et", "en", "ene", "erne", "ets", "ens")
"""The definite endings after which a noun in -er/-el drops its e ("center": centret,
centrene; "teater": teatret; "tempel": templet). Snowball stems the two apart
("ungecenter" -> ungecent, "ungecentret" -> ungecentr). Only definite forms are built:
a bare -e or -er after the dropped e is as often another word ("mindre", "bedre",
"undre")."""
MIN_SYNCOPE = 5


def syncope_forms(norm: str, held_form: Callable[[str], bool]) -> list[str]:
    """A noun's forms across its dropped e: "center" -> centret, centrene …;
    "centret" -> center. An -er that is an ending ("møder": møde + r; "hoveder": hoved +
    er) is not a noun's -er, nor is one after a doubled consonant ("herrer"); a short
    form that is a verb's ("handlede") makes the -et form a participle ("handlet")."""
    def is_ending(word: str) -> bool:  # møder: møde + r; hoveder: hoved + er
        return word.endswith("er") and (held_form(word[:-1]) or held_form(word[:-2]))

    def is_verb(short: str) -> bool:  # handl: handlede, so "handlet" is a participle
        return held_form(short + PAST)

    bare = norm[:-1] if norm.endswith("s") else norm
    out = []
    if (len(bare) >= MIN_SYNCOPE and bare.endswith(("er", "el")) and not is_ending(bare)
            and bare[-3] not in VOWELS and bare[-3] != bare[-4]):
        short = bare[:-2] + bare[-1]
        out += [] if is_verb(short) else [short + e for e in DEFINITE]
    for ending in DEFINITE:
        short = norm[:-len(ending)]
        if (norm.endswith(ending) and len(short) >= MIN_SYNCOPE - 1 and short[-1] in "lr"
                and short[-2] not in VOWELS and short[-2] != short[-3]):
            full = short[:-1] + "e" + short[-1]
            if not (is_ending(full) or is_verb(short)):
                out.append(full)
    return out


LATIN = True
"""Join a Latin noun in -ium/-eum with its Danish forms (`latin_forms`)."""

LATIN_SINGULAR = ("ium", "eum")
LATIN_FORMS = ("er", "erne", "et", "ers", "ernes", "ets")
"""The endings a Latin noun in -ium/-eum takes after dropping -um ("kriterium":
kriterier, kriterierne, kriteriet; "museum": museer, museet). Snowball keeps the
singular whole and cuts the others to the root ("kommissorium" -> kommissorium,
"kommissorier" -> kommissori)."""
MIN_LATIN = 6


def latin_forms(norm: str, held_form: Callable[[str], bool]) -> list[str]:
    """A Latin noun's forms across its -um: "kommissorium" -> kommissorier,
    kommissoriet …; "kommissorier" -> kommissorium, where the index holds the singular
    (so "familier" stays without a "familium")."""
    if len(norm) >= MIN_LATIN and norm.endswith(LATIN_SINGULAR):
        return [norm[:-2] + ending for ending in LATIN_FORMS]
    for ending in LATIN_FORMS:
        root = norm[:-len(ending)]
        if (norm.endswith(ending) and len(root) >= MIN_LATIN - 2
                and root.endswith(("i", "e")) and held_form(root + "um")):
            return [root + "um"]
    return []


def paradigm_forms(word: str, reader) -> tuple[str, ...]:
    """The forms of a typed word's noun that the index holds as written and that
    Snowball stems apart from it, () if none (or PARADIGMS is off)."""
    norm = normalize(word)
    stem = stem_term(norm)
    if not (PARADIGMS and stem and norm.isalpha() and len(norm) >= MIN_BASE):
        return ()
    built = [form for base in _bases(norm) for form in _forms(base)]
    if SYNCOPE:
        built += syncope_forms(norm, lambda form: held(reader, form))
    if LATIN:
        built += latin_forms(norm, lambda form: held(reader, form))
    return one_per_stem(stem, built, lambda form: held(reader, form))
