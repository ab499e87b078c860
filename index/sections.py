"""The one table that maps section headings to canonical section types.

Every reader classifies headings through `section_type()`; nothing else in referat
knows heading spellings. Matching is on a normalised heading (NFKC, case-folded,
whitespace collapsed, trailing punctuation removed), first by exact phrase, then by
pattern (for headings that carry a committee name or a date).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from referat.index.model import Section

SECTION_TYPES = (
    "beslutning",
    "indstilling",
    "resume",
    "sagsfremstilling",
    "okonomi",
    "lovgrundlag",
    "bilag",
    "sagsforloeb",
    "other",
)

# Exact headings (normalised: lower case, single spaces, no trailing colon).
HEADINGS: dict[str, str] = {
    # decisions
    "beslutning": "beslutning",
    "beslutninger": "beslutning",
    "udvalgets beslutning": "beslutning",
    "byrådets beslutning": "beslutning",
    "beslutning i byrådet": "beslutning",
    "afgørelse": "beslutning",
    "protokol": "beslutning",
    "protokollat": "beslutning",
    "beslutning i udvalget": "beslutning",
    "udvalgets afgørelse": "beslutning",
    "afgørelse i sagen": "beslutning",
    "vedtagelse": "beslutning",
    "udvalgets vedtagelse": "beslutning",
    "beslutningstekst": "beslutning",
    "protokoltekst": "beslutning",
    # recommendations
    "indstilling": "indstilling",
    "indstillinger": "indstilling",
    "administrationens indstilling": "indstilling",
    "forvaltningens indstilling": "indstilling",
    "direktionens indstilling": "indstilling",
    "forvaltningen foreslår": "indstilling",
    "forvaltningen indstiller": "indstilling",
    "administrationen indstiller": "indstilling",
    "beslutningspunkter": "indstilling",
    "forslag til beslutning": "indstilling",
    "indstilling fra administrationen": "indstilling",
    "direktionen indstiller": "indstilling",
    "direktøren indstiller": "indstilling",
    "rådet skal": "indstilling",
    "udvalget skal": "indstilling",
    "bestyrelsen skal": "indstilling",
    "borgmesteren indstiller": "indstilling",
    "formanden indstiller": "indstilling",
    "forvaltningen anbefaler": "indstilling",
    "administrationen anbefaler": "indstilling",
    "anbefaling": "indstilling",
    "administrationens anbefaling": "indstilling",
    "anbefalinger": "indstilling",
    "forvaltningens anbefaling": "indstilling",
    "det indstilles": "indstilling",
    "forslag til vedtagelse": "indstilling",
    "forslag": "indstilling",
    "administrationens forslag": "indstilling",
    "forvaltningens forslag": "indstilling",
    # summaries
    "resumé": "resume",
    "resume": "resume",
    "sammendrag": "resume",
    "kort resumé": "resume",
    "kort resume": "resume",
    "formål": "resume",
    "sagens kerne": "resume",
    "kort om sagen": "resume",
    "sagen kort": "resume",
    "sagen i korte træk": "resume",
    "sagen i overblik": "resume",
    "kort fortalt": "resume",
    "sagen kort fortalt": "resume",
    "sagsresumé": "resume",
    "sagsresume": "resume",
    "resumé af sagen": "resume",
    "resume af sagen": "resume",
    "opsummering": "resume",
    "sammenfatning": "resume",
    "beslutningstema": "resume",
    "indledning": "resume",
    "summary in english": "resume",
    "english summary": "resume",
    "problemstilling": "sagsfremstilling",
    "sagens problemstilling": "sagsfremstilling",
    "begrundelse": "sagsfremstilling",
    "handlemuligheder": "sagsfremstilling",
    "sagsbehandling": "sagsfremstilling",
    "protokoltilførsel": "beslutning",
    "protokoltilføjelse": "beslutning",
    "protokoltilføjelser": "beslutning",
    "protokoltilførsler": "beslutning",
    "protokolbemærkning": "beslutning",
    "protokolbemærkninger": "beslutning",
    "bemærkning til protokollen": "beslutning",
    "bemærkninger til protokollen": "beslutning",
    "tilføjelse til protokollen": "beslutning",
    "tilføjelse til beslutningen": "beslutning",
    "mindretalsudtalelse": "beslutning",
    "mindretalsudtalelser": "beslutning",
    "særudtalelse": "beslutning",
    "afstemning": "beslutning",
    "afstemningsresultat": "beslutning",
    "forslag til afgørelse": "indstilling",
    "udvalgets behandling": "beslutning",
    # headings asked as questions (the summary answers what the item is about)
    "hvad skal besluttes?": "resume",
    "hvad skal besluttes": "resume",
    "hvad skal der besluttes?": "resume",
    "hvad handler sagen om?": "resume",
    "hvad handler sagen om": "resume",
    "hvad drejer sagen sig om?": "resume",
    "hvad drejer sagen sig om": "resume",
    "hvorfor forelægges sagen?": "resume",
    "hvorfor forelægges sagen": "resume",
    # case description
    "sagsfremstilling": "sagsfremstilling",
    "sagens fakta": "sagsfremstilling",
    "supplerende sagsfremstilling": "sagsfremstilling",
    "uddybende sagsfremstilling": "sagsfremstilling",
    "sagsforklaring": "sagsfremstilling",
    "sagsbeskrivelse": "sagsfremstilling",
    "fremstilling": "sagsfremstilling",
    "baggrund": "sagsfremstilling",
    "sagens indhold": "sagsfremstilling",
    "beskrivelse": "sagsfremstilling",
    "sagen": "sagsfremstilling",
    "sagsfremstilling og begrundelse": "sagsfremstilling",
    "sagens baggrund": "sagsfremstilling",
    "drøftelse": "sagsfremstilling",
    "baggrund for sagen": "sagsfremstilling",
    "beskrivelse af sagen": "sagsfremstilling",
    "sagsbeskrivelse og vurdering": "sagsfremstilling",
    "vurdering": "sagsfremstilling",
    "faglig vurdering": "sagsfremstilling",
    "administrationens vurdering": "sagsfremstilling",
    "forvaltningens vurdering": "sagsfremstilling",
    "sagens oplysninger": "sagsfremstilling",
    "redegørelse": "sagsfremstilling",
    "sagsredegørelse": "sagsfremstilling",
    "sagens beskrivelse": "sagsfremstilling",
    "sagens baggrund og indhold": "sagsfremstilling",
    "baggrund og indhold": "sagsfremstilling",
    # economy
    "økonomi": "okonomi",
    "økonomiske konsekvenser": "okonomi",
    "økonomi og finansiering": "okonomi",
    "økonomiske forhold": "okonomi",
    "bevillingsmæssige konsekvenser": "okonomi",
    "finansiering": "okonomi",
    "finansieringsforslag": "okonomi",
    "bevillingsmæssige forhold": "okonomi",
    "budgetmæssige konsekvenser": "okonomi",
    "personalemæssige og økonomiske konsekvenser": "okonomi",
    "anlægsbevilling": "okonomi",
    # legal basis
    "lovgrundlag": "lovgrundlag",
    "lovgrundlag og kompetence": "lovgrundlag",
    "retsgrundlag": "lovgrundlag",
    "hjemmel": "lovgrundlag",
    "kompetence": "lovgrundlag",
    "lovgivning": "lovgrundlag",
    "juridisk grundlag": "lovgrundlag",
    "juridiske forhold": "lovgrundlag",
    "retlige forhold": "lovgrundlag",
    "juridisk vurdering": "lovgrundlag",
    "lovmæssigt grundlag": "lovgrundlag",
    "lovhjemmel": "lovgrundlag",
    "regelgrundlag": "lovgrundlag",
    "lov- og retsgrundlag": "lovgrundlag",
    "kompetencefordeling": "lovgrundlag",
    "beslutningskompetence": "lovgrundlag",
    "hjemmelsgrundlag": "lovgrundlag",
    "kompetenceforhold": "lovgrundlag",
    # attachments
    "bilag": "bilag",
    "bilagsoversigt": "bilag",
    "bilag til punktet": "bilag",
    "bilagsliste": "bilag",
    "bilagsfortegnelse": "bilag",
    "vedlagte bilag": "bilag",
    "oversigt over bilag": "bilag",
    "vedhæftede bilag": "bilag",
    # case history
    "sagsforløb": "sagsforloeb",
    "sagens forløb": "sagsforloeb",
    "historik": "sagsforloeb",
    "sagsprocedure": "sagsforloeb",
    "tidligere beslutninger": "sagsforloeb",
    "sagen afgøres i": "sagsforloeb",
    "beslutningen træffes af": "sagsforloeb",
    "sagen afgøres af": "sagsforloeb",
    "tidligere behandling": "sagsforloeb",
    "punktet behandlet tidligere": "sagsforloeb",
    "sagens gang": "sagsforloeb",
    "proces": "sagsforloeb",
    # the process ahead or behind ("forventet sagsgang" fell back to "other")
    "forventet sagsgang": "sagsforloeb",
    "videre sagsgang": "sagsforloeb",
    "politisk behandling": "sagsforloeb",
    "tidligere politisk behandling": "sagsforloeb",
    "tidligere beslutning": "sagsforloeb",
    "sagens behandling": "sagsfremstilling",
    # known headings of other content
    "tidsplan": "other",
    "kommunikation": "other",
    "høring": "other",
    "høringssvar": "other",
    "øvrige forhold": "other",
    "øvrige konsekvenser": "other",
    "konsekvenser": "other",
    "borgmesterens afdelings påtegning": "other",
    "magistratsafdelingens påtegning": "other",
    "påtegning": "other",
    "personale": "other",
    "miljøvurdering": "other",
    "fremtidig drift": "other",
    "sundhedsmæssige konsekvenser": "other",
    "klimamæssige konsekvenser": "other",
    "juridiske konsekvenser": "other",
    "udtalelse": "other",
    "udtalelser": "other",
    "orientering": "other",
    "supplerende oplysninger": "other",
    "videre proces": "sagsforloeb",
    "videre forløb": "sagsforloeb",
    "afledte konsekvenser": "other",
    "administrativ kompetence": "other",
    "kommunens vision og politikker": "other",
    "borgerperspektiv": "other",
    "underskriftsside": "other",
    "personalemæssige konsekvenser": "other",
    "risikovurdering": "other",
    "borgerinddragelse": "other",
    # variants across kommuner: the administration's remarks are the case's description,
    # the planning basis its legal one, its treatment before and after this meeting its
    # course ("Sagsgang" alone is no heading: a field line in Albertslund and regional
    # agendas)
    "bemærkninger": "sagsfremstilling",
    "forvaltningens bemærkninger": "sagsfremstilling",
    "administrationens bemærkninger": "sagsfremstilling",
    "supplerende bemærkninger": "sagsfremstilling",
    "analyse": "sagsfremstilling",
    "plangrundlag": "lovgrundlag",
    "lov- og plangrundlag": "lovgrundlag",
    "planforhold": "lovgrundlag",
    "planmæssige forhold": "lovgrundlag",
    "forventet sagsforløb": "sagsforloeb",
    "det videre forløb": "sagsforloeb",
    "videre behandling": "sagsforloeb",
    "sagens videre behandling": "sagsforloeb",
    "sagens tidligere behandling": "sagsforloeb",
    "tidligere politiske beslutninger": "sagsforloeb",
    "anbefalet beslutning": "indstilling",
    "klimavurdering": "other",
    "klima- og miljøvurdering": "other",
    "ligestillingsvurdering": "other",
    "handicappolitisk vurdering": "other",
    "sundhedsmæssig vurdering": "other",
    "relation til politikker": "other",
    "relation til kommunens politikker": "other",
}

# Headings that name a committee or carry a date: "Beslutning i Økonomiudvalget den
# 12-03-2024", "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012",
# "FORRETNINGSUDVALGETS BESLUTNING", "Økonomiske konsekvenser for kommunen".
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^beslutning(er)? (i|fra|på) .+"), "beslutning"),
    # "<committee>s beslutning [den <date> [Punkt N]]", but not a title that mentions
    # one ("Omgørelse af Udvalgets beslutning om …", "Orientering om …s beslutning").
    (re.compile(r"^(?!.* (af|om) )\S.*(udvalgets|udvalg|rådets|bestyrelsens|byrådets|"
                r"regionsrådets|kommunalbestyrelsens|magistratens)s? beslutning"
                r"( (den|d\.) \d.*)?$"),
     "beslutning"),
    (re.compile(r"^(supplerende )?beslutning\b.*\bden \d"), "beslutning"),
    # a decision history's entry: the body that decided, the date, its own item number
    # ("Økonomiudvalget, 05-03-2024, pkt. 22", "Byrådet 12.03.2024 punkt 5")
    (re.compile(r"^(?!.* (af|om|til|for) )\S.*(udvalg|byråd|bestyrelse|råd|nævn|magistrat)"
                r"(et|en|s)?( \d{4}-\d{4})?,? (den |d\. )?\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}"
                r",? (pkt|punkt)\.? ?(nr\.? ?)?\d{1,4}$"), "beslutning"),
    (re.compile(r"^(administrationens|forvaltningens|direktionens|direktørens|"
                r"\S+ditionens)s? (supplerende )?indstilling( .*)?$"), "indstilling"),
    (re.compile(r"^(supplerende )?indstilling (fra|til|om) .+"), "indstilling"),
    (re.compile(r"^økonomiske? (konsekvenser|forhold|vurdering)\b.*"), "okonomi"),
    (re.compile(r"^(økonomi|bevilling)\b.*"), "okonomi"),
    (re.compile(r"^(supplerende )?sagsfremstilling\b.*"), "sagsfremstilling"),
    (re.compile(r"^lovgrundlag\b.*"), "lovgrundlag"),
    (re.compile(r"^bilag\b.*"), "bilag"),
    # a party's or member's proposal, printed before the administration's answer (Aarhus)
    (re.compile(r"^beslutningsforslag( fra .+)?$"), "sagsfremstilling"),
    # consequences of a kind other than the economy ("Miljømæssige konsekvenser",
    # "Administrative konsekvenser"): known headings of other content
    (re.compile(r"^(?!.*økonomi)[a-zæøå-]+e( og [a-zæøå-]+e)? konsekvenser$"), "other"),
]

# What the protocol adds to a decision (a member's remark, a minority's statement, the
# vote): under its own label, still the decision's text when it follows one.
DECISION_REMARKS: frozenset[str] = frozenset({
    "protokoltilførsel", "protokoltilførsler", "protokolbemærkning", "protokolbemærkninger",
    "bemærkning til protokollen", "bemærkninger til protokollen", "tilføjelse til protokollen",
    "tilføjelse til beslutningen", "mindretalsudtalelse", "mindretalsudtalelser",
    "særudtalelse", "afstemning", "afstemningsresultat",
})


def decision_remark(heading: str) -> bool:
    """Whether a heading labels what the protocol adds to a decision ("Protokoltilførsel:",
    "Mindretalsudtalelse"), with or without the definite article."""
    key = normalise_heading(heading)
    return key in DECISION_REMARKS or any(bare in DECISION_REMARKS for bare in _indefinite(key))


# The document's own kind word as a heading under an item of a referat ("Referat",
# "Beslutningsprotokol"): what the meeting recorded for the item, its decision. Only in
# a referat (a dagsorden's "Referat" is no decision), so the readers apply it, not the
# table above.
KIND_HEADINGS: frozenset[str] = frozenset({"referat", "beslutningsprotokol", "protokol"})

# Heading *words*: a short heading whose words are one of these, and otherwise only the
# body that speaks, a date, an item number or small words, has the word's type
# ("Beslutning Økonomiudvalget 10-03-2025", "Teknisk Udvalgs beslutning 4. marts 2025
# pkt. 7", "Direktørens forslag"). A body and a whole date alone (with or without its
# item number) are a decision history's entry ("Økonomiudvalget, 05.03.2024",
# "Økonomiudvalget 10. marts 2025 pkt. 4"); the same line in a document's header stands
# before the items, where no section is read.
HEADING_WORDS: dict[str, str] = {
    "beslutning": "beslutning", "beslutninger": "beslutning", "afgørelse": "beslutning",
    "protokol": "beslutning", "protokollat": "beslutning",
    "behandling": "beslutning", "behandlet": "beslutning",
    "indstilling": "indstilling", "indstiller": "indstilling", "forslag": "indstilling",
    "anbefaling": "indstilling", "anbefaler": "indstilling", "foreslår": "indstilling",
    "resumé": "resume", "resume": "resume", "sammendrag": "resume", "sammenfatning": "resume",
    "sagsfremstilling": "sagsfremstilling", "sagsbeskrivelse": "sagsfremstilling",
    "baggrund": "sagsfremstilling",
    "økonomi": "okonomi", "økonomiske": "okonomi", "økonomisk": "okonomi",
    "finansiering": "okonomi",
    "lovgrundlag": "lovgrundlag", "retsgrundlag": "lovgrundlag", "hjemmel": "lovgrundlag",
    "kompetence": "lovgrundlag",
    "bilag": "bilag", "bilagsliste": "bilag",
    "sagsforløb": "sagsforloeb", "historik": "sagsforloeb", "forløb": "sagsforloeb",
}
# The head of a compound names its type ("Udvalgsbeslutning", "Direktionsindstilling"):
# the heading words a one-word compound may end in.
_COMPOUND_HEADS = ("beslutning", "indstilling", "resumé", "sagsfremstilling", "lovgrundlag")
_BODY_WORD_RE = re.compile(r"^\S*(udvalg|byråd|bestyrelse|råd|nævn|magistrat|direktion|"
                           r"administration|forvaltning|direktør|borgmester|formand|center|rådmand|sekretariat|"
                           r"afdeling)(et|en|n|s|ets|ens|ns)?$")
_SMALL_WORDS = frozenset("i fra på den d og til pkt punkt nr dato møde mødet mødedato "
                         "supplerende fornyet ny endelig ændret revideret teknisk sagens punktets "
                         "videre konsekvenser".split())
# a body's term of office after its name ("Byråd 2022-2025 12. marts 2024") is part of the
# name in a decision history's entry, and so is a compound's shared first part opening it
# before "og" and a body's word ("Plan- og Teknikudvalget 12.03.2024"; round 34, issue-18cn; off in
# `benchmarks.layouts.ablations`)
ENTRY_BODY_NAMES = True
_TERM_WORD_RE = re.compile(r"^(?:19|20)\d\d[-–](?:19|20)\d\d$")
_WORD_DATE_RE = re.compile(r"^(\d{1,4}|\d{1,2}[.\-/]\d{1,2}(?:[.\-/]\d{2,4})?|\d{4}-\d{2}-\d{2}|"
                           r"januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                           r"november|december|mandag|tirsdag|onsdag|torsdag|fredag)$")


# a political body (not the administration): what it recommends to the body above it is its
# decision ("Økonomiudvalgets anbefaling 5. marts 2024")
_COUNCIL_RE = re.compile(r"^\S*(udvalg|byråd|bestyrelse|råd|nævn|magistrat)(et|ets|s)?$")


def _recommended_by_council(words: list[str]) -> bool:
    """Whether a dated heading is a political body's recommendation ("Økonomiudvalgets
    anbefaling 5. marts 2024"): the decision that body took, on its way to the next; the
    administration's ("Forvaltningens anbefaling") stays a recommendation."""
    return any(w in ("anbefaling", "anbefaler") for w in words) \
        and any(_COUNCIL_RE.match(w) for w in words)


def _by_words(key: str) -> str | None:
    """The type of a short heading by its words (see `HEADING_WORDS`), or None."""
    kind = _words(key)
    return "beslutning" if kind == "entry" else kind


def _words(key: str) -> str | None:
    """`_by_words`, with a decision history's entry (a body and a date, no section word)
    told apart as "entry"."""
    words = [w.strip(".,:;()") for w in key.split() if w not in ("-", "–", "—", "|", "·")]
    if not 1 <= len(words) <= 9 or key[-1:] in "?!":
        return None
    kinds = set()
    bodies = dates = 0
    numbered = bool(re.search(r"\b(pkt|punkt)\b", key))
    # an entry of fields ("Plan- og Teknikudvalget, 20. februar 2024, pkt. 4"), not a
    # running line that names an earlier meeting
    listed = "," in key
    # a compound's shared first part ("Plan- og Teknikudvalget") is skipped in an entry of
    # fields, or before "og" beside a section word ("Beslutning (Teknik- og Miljøudvalget
    # 03.04.2025)"); a sentence's words ("På Beskæftigelses- og …udvalgets møde den …")
    # are no heading
    worded = any(w in HEADING_WORDS for w in words)
    for k, word in enumerate(words):
        joined = words[k + 1:k + 2] in (["og"], ["eller"], ["samt"])
        if not word or word in _SMALL_WORDS or (word.endswith("-") and len(word) > 2 and (
                listed or worded and joined or ENTRY_BODY_NAMES and joined and k == 0
                and _BODY_WORD_RE.match(words[k + 2] if k + 2 < len(words) else ""))):
            continue
        if ENTRY_BODY_NAMES and k and _TERM_WORD_RE.match(word) \
                and _BODY_WORD_RE.match(words[k - 1]):
            continue
        kind = HEADING_WORDS.get(word) or next(
            (HEADING_WORDS[b] for b in _indefinite(word) if b in HEADING_WORDS), None)
        if kind is None and len(words) == 1:
            kind = next((HEADING_WORDS[h] for h in _COMPOUND_HEADS
                         if word.endswith(h) and len(word) >= len(h) + 3), None)
        if kind is None and word.endswith(("mæssige", "administrative")) and len(words) > 1:
            continue  # a qualifier beside the word that types ("økonomiske og
            # personalemæssige konsekvenser")
        if kind:
            kinds.add(kind)
        elif _WORD_DATE_RE.match(word):
            dates += 1
        elif _BODY_WORD_RE.match(word):
            bodies += 1
        else:
            return None
    if kinds == {"indstilling"} and dates and _recommended_by_council(words):
        return "beslutning"
    if len(kinds) == 1:
        return kinds.pop()
    # the body that decided and when: a decision history's entry ("Økonomiudvalget,
    # 05.03.2024", "Byrådet den 12. marts 2024", "… 10. marts 2025 pkt. 4"); a body with
    # a year or a bare number only is no entry
    return "entry" if not kinds and bodies and (
        dates >= 2 and numbered or heading_date(key) is not None) else None


_DATE_RE = re.compile(
    r"(?P<d>\d{1,2})[.\-/](?P<m>\d{1,2})[.\-/](?P<y>\d{4})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"
    r"|(?P<d3>\d{1,2})\.? (?P<mn>januar|februar|marts|april|maj|juni|juli|august|september|"
    r"oktober|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?)"
    r" (?P<y3>\d{4})"  # "12. marts 2024", "12. mar. 2024"
    r"|(?P<d4>\d{1,2})/(?P<m4>\d{1,2}) (?P<y4>\d{4})"  # "12/3 2024"
    # "12.03.24", "12-03-24" (a two-digit year in this century), not a KLE number's
    # groups ("00.01.00-G01")
    r"|(?<![\w.\-/])(?P<d5>\d{1,2})(?P<s5>[.\-])(?P<m5>\d{1,2})(?P=s5)(?P<y5>\d{2})(?![\d.\-/])"
    r"|(?<![\w.\-/])(?P<d6>\d{1,2})/(?P<m6>\d{1,2})-(?P<y6>\d{2})(?![\d.\-/])",  # "12/3-24"
    re.IGNORECASE,
)
_MONTHS = {  # by a month name's first three letters, as it is abbreviated
    m[:3]: i + 1
    for i, m in enumerate(
        "januar februar marts april maj juni juli august "
        "september oktober november december".split()
    )
}


# a pointing mark set before a heading ("» Resumé", "► Beslutning"): typography, no word
_HEADING_MARK_RE = re.compile(r"^[»›▶►▸]\s*")
_SPACES_RE = re.compile(r"\s+")


def without_heading_mark(heading: str) -> str:
    """The heading as its words, without a pointing mark before it ("» Resumé": "Resumé")."""
    return _HEADING_MARK_RE.sub("", heading.strip())


# Switch (round 34a, issue-18co): a label wrapped in marks on both sides ("– Beslutning –",
# "[Beslutning]", "== Beslutning ==", "<Beslutning>") is looked up without them.
UNWRAP_LABELS = True
# marks around a label: typography, no word (the opening and the closing may differ)
_WRAPPED_RE = re.compile(r"^[\[(<{«»‹›*_=#~–—-]+ *([^\W\d_].*?) *[\])>}»«›‹*_=#~–—-]+$")
_WRAP_OPENERS = frozenset("[(<{«»‹›*_=#~–—-")
# a heading framed by square brackets, a colon after them ("[Kort om sagen]:"), is its words
# (round 34, issue-18cn; off in `benchmarks.layouts.ablations`)
BRACKETED_KEYS = True
_BRACKETS_RE = re.compile(r"^\[([^\[\]]+)\]\s*:?$")


def normalise_heading(heading: str) -> str:
    """Normalise a heading for lookup: NFKC, case fold, collapse spaces, strip ':' and '.'
    and a pointing mark before it, and marks wrapped around it (`UNWRAP_LABELS`,
    `BRACKETED_KEYS`)."""
    text = _SPACES_RE.sub(" ", unicodedata.normalize("NFKC", heading).lower()).strip()
    if UNWRAP_LABELS and text[:1] in _WRAP_OPENERS:  # a precheck before the pattern
        text = _WRAPPED_RE.sub(r"\1", text)
    text = _HEADING_MARK_RE.sub("", text)
    if BRACKETED_KEYS:
        text = _BRACKETS_RE.sub(r"\1", text).strip()
    return text.rstrip(":.;- ").strip()


# The definite article is a suffix in Danish: "Indstillingen", "Beslutningen",
# "Resuméet", "Sagsfremstillingen", "Bilagene". A heading of one or two words whose last
# word carries it is looked up without it (the table holds the bare forms only).


def _indefinite(key: str) -> list[str]:
    """The key with the definite suffix taken off its last word (each reading)."""
    words = key.split(" ")
    if len(words) > 2:
        return []
    out = []
    for suffix in ("ene", "en", "et", "ne", "n", "t"):
        if words[-1].endswith(suffix) and len(words[-1]) - len(suffix) >= 4:
            bare = words[-1][: -len(suffix)]
            out.append(" ".join([*words[:-1], bare]))
            if len(bare) > 4 and bare[-1] == bare[-2]:  # "protokollen" → "protokol"
                out.append(" ".join([*words[:-1], bare[:-1]]))
    return out


@functools.lru_cache(maxsize=16384)
def heading_phrase(heading: str) -> bool:
    """Whether the heading is one of the table's phrases, with or without the definite
    article (not a pattern: "Bilag 1: Notat" is no heading phrase)."""
    key = normalise_heading(heading)
    return key in HEADINGS or any(bare in HEADINGS for bare in _indefinite(key))


@functools.lru_cache(maxsize=16384)  # readers ask of each line several times
def section_type(heading: str) -> str | None:
    """The canonical type of a heading, or None when it is not a known section heading.

    Exact phrases first, then patterns, then the phrase without the definite article
    ("Indstillingen" → "indstilling", "Resuméet" → "resumé")."""
    key = normalise_heading(heading)
    if not key:
        return None
    if key in HEADINGS:
        return HEADINGS[key]
    for pattern, kind in PATTERNS:
        if pattern.match(key):
            return kind
    for bare in _indefinite(key):
        if bare in HEADINGS:
            return HEADINGS[bare]
    first, joined, second = key.partition(" og ")
    if joined and section_type(first) and section_type(second):
        # two headings joined ("Baggrund og formål", "Resumé og indstilling"): the first
        # names the section
        return section_type(first)
    return _asked(key) or _by_words(key)


# A heading asked as a question ("Hvad koster det?", "Hvad blev besluttet?") names its
# section by the words it asks about: the heading words above, or these verbs.
_QUESTION_RE = re.compile(r"^(hvad|hvorfor|hvordan|hvornår|hvem|hvilke[nt]?)\b.*\?$")
_ASKED_VERBS = {"koster": "okonomi", "kostede": "okonomi", "besluttet": "beslutning",
                "besluttede": "beslutning", "vedtaget": "beslutning", "vedtog": "beslutning"}


def _asked(key: str) -> str | None:
    """The type of a heading asked as a question of at most eight words: the one type
    its words name (a heading word, with or without the definite article, or an asked
    verb), or None."""
    if not _QUESTION_RE.match(key) or len(key.split()) > 8:
        return None
    kinds = set()
    for word in re.findall(r"\w+", key):
        kind = HEADING_WORDS.get(word) or _ASKED_VERBS.get(word) or next(
            (HEADING_WORDS[b] for b in _indefinite(word) if b in HEADING_WORDS), None)
        if kind:
            kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


# words that make a line a clause: a conjunction, a finite verb of the minutes' prose
_CLAUSE_RE = re.compile(r"\b(at|blev|bliver|er|var|har|havde|skal|vil|kan|besluttede|"
                        r"godkendte|vedtog|ønsker)\b", re.IGNORECASE)


def reads_as_clause(text: str) -> bool:
    """Whether a line of more than four words reads as a clause ("Økonomi- og
    Planudvalget besluttede i 2017, at …"): a line of text, even when a pattern of the
    table matches its opening; a phrase of the table is never one."""
    return len(text.split()) > 4 and _CLAUSE_RE.search(text) is not None


def history_entry(heading: str) -> bool:
    """Whether a heading is only a body and a date ("Økonomiudvalget, 05.03.2024")."""
    key = normalise_heading(heading)
    return bool(key) and key not in HEADINGS and _words(key) == "entry" \
        and not any(p.match(key) for p, _ in PATTERNS)


def fold_empty_entries(sections: list[Section]) -> list[Section]:
    """A decision history's entry with no text under it ("Kommunalbestyrelsen den 30.
    januar 2012 Punkt 5" between the case number and the first heading) refers to an
    earlier treatment: a line of text, not a decision."""
    out: list[Section] = []
    for s in sections:
        if s.text or not history_entry(s.heading):
            out.append(s)
        elif out:
            last = out[-1]
            out[-1] = Section(last.heading, last.type, "\n".join(filter(None, [
                last.text, s.heading])), last.page, last.date)
        else:
            out.append(Section("", "other", s.heading, s.page))
    return out


def heading_date(heading: str) -> dt.date | None:
    """The date a heading carries ("Beslutning i X den 12-03-2024"), or None."""
    m = _DATE_RE.search(heading)
    if not m:
        return None
    try:
        if m.group("d"):
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if m.group("y2"):
            return dt.date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        if m.group("y4"):
            return dt.date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        if m.group("y5"):
            return dt.date(2000 + int(m.group("y5")), int(m.group("m5")), int(m.group("d5")))
        if m.group("y6"):
            return dt.date(2000 + int(m.group("y6")), int(m.group("m6")), int(m.group("d6")))
        month = _MONTHS[m.group("mn").lower()[:3]]
        return dt.date(int(m.group("y3")), month, int(m.group("d3")))
    except ValueError:
        return None
