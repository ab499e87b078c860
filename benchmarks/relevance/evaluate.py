"""Relevance benchmark: referat against reference configurations, and ablations.

    .venv/bin/python benchmarks/relevance/evaluate.py [--workdir DIR] [--rebuild]
        [--ablations] [--sweep] [--per-query] [--show QID ...] [--depth N]
    .venv/bin/python benchmarks/relevance/evaluate.py --judged
        [--split tuning|test|test2|...|test25|both|all] [--engines referat,fts5,tantivy]
        [--run NAME=PATH ...] [--per-query] [--json OUT]

--judged scores the judged set of issue 17 (judged.json, judged.qrels, split*.json) with
nDCG@10, zero-hit rate, P@1, recall@10, MRR and judged@10, per split and query kind; see
judged_eval.py and README.md. The rest of this docstring is about queries.json.

Builds every index once from the files listed in queries.json (cached in the work dir,
default /tmp/referat-relevance; rebuilt when the file list or the code under index/
changes), runs each query with its filters and prints nDCG@10, recall@10 and MRR per
query kind and overall. A hit is identified by (source file relative to the corpus,
item number).

Configurations:
  referat      the product: index.writer.index_paths + search.Referat.search
  nostem       same fields, boosts, BM25F and filters; analyzer = tokenizer + lowercase +
               stop words (no stems, no folding, no compounds, no exact-form terms)
  whoosh-da    one text field (title + all sections), LanguageAnalyzer("da"), default
               BM25F, Whoosh's default parser
Ablations (--ablations), all on referat's own code, patched here only:
  exact=0      EXACT_BOOST = 0 (no exact-form bonus)
  flat-boosts  every section/title boost 1.0
  no-compounds compound parts not indexed (index.analysis.split_compound -> ())
  no-folding   no å/æ/ø folding (index.analysis.fold -> identity)
  no-relax     loose queries never relaxed (search.api.RELAX_BELOW = 0)
  no-hints     no question/meeting words as hints (search.relax.HINT_WORDS empty)
  no-correct   no spelling correction (search.spelling)
  no-qparts    no query-time compound parts (search.relax.parts_query)
  no-minmatch  every word required when relaxing (search.relax.min_should_match)
  no-feedback  no items like the best hits (search.feedback.FEEDBACK_BELOW = 0)
  no-synonyms  no synonyms (search.synonyms, as search.relax reads them)
  no-correct-parts  a word whose parts match is not corrected (search.relax.CORRECT_PARTS)
  no-short-nouns  short nouns' forms not joined (bro/broerne; irregular.tsv's omlyd kept)
  no-stemfix   Snowball's stems uncorrected (index.analysis.stem_fixed; own index)
  no-committees committee names indexed in decisions (index.committees; own index)
  no-fill      a page is not filled with one-word matches (search.relax.FILL_PAGE)
  no-short-committees  "sundhedsudvalget" names no committee (search.filters)
  no-weighted  loose queries of 3+ words and questions not weighed
               (search.weighted_mode.WEIGHTED)
  no-named-numbers  a plan named by its number ("lokalplan 15.18") not first (NUMBER_BOOST)
  no-section-content   a section filter ranks by the sections only (SECTION_CONTENT = 0)
  no-soft-filters      years and committees in the query text are plain words
  no-case-hits         RELAX_BELOW counts items, not the cases they make
  no-verb-hints        meddelt, mener, synes … are required words again (VERB_HINTS)
  no-join-runs         only pairs of typed words are joined as a compound (relax.JOIN_RUNS)
  no-joined-first      items titled with a joined compound not first (relax.JOINED_FIRST)
  no-deep-parts        an unknown word split in two by the index only (INDEX_PARTS_DEEP)
  no-synonym-parts     a compound's parts never match as their synonyms (SYNONYM_PARTS)
  no-kommune-words     a kommune's name in the query is a plain word (soft_filters)
  no-kle-synonyms      no KLE synonym groups (search.synonyms.KLE_SYNONYMS)
  kle-anywhere         KLE synonyms match in any section, not only titles (KLE_IN_TITLES)
  no-d14-groups        the synonym table without round 6's groups (pris, psykisk, kloak)
  no-paradigms         noun forms Snowball stems apart not joined (inflections.PARADIGMS)
  no-title-cover       the rare words in the title not first (titles.TITLE_COVER)
  no-ordinals          an ordinal ("0. klasse") keeps a query out of the weighted mode
  no-verb-forms        a verb's -ede past tense not joined with its forms (VERB_FORMS)
  no-strong-forms      strong verbs' participles not joined with their forms (STRONG_FORMS)
  no-adjective-forms   an adjective not joined with its neuter in -t (ADJECTIVE_FORMS)
  no-frames            a question's frame adds no answer words (frames.FRAMES_ON)
  no-syncope           a noun in -er/-el not joined with its forms that drop the e
                       (center/centret; inflections.SYNCOPE)
  no-latin-forms       a Latin noun in -ium/-eum not joined with its Danish forms
                       (kriterium/kriterier; inflections.LATIN)
  no-approved-title    with --section beslutning, an approved recommendation's words
                       must be in the recommendation, not the title (APPROVED_TITLE)
  no-committee-first   a committee written in the query only boosts its items
  no-kommune-first     a kommune named in the query only boosts its items
  no-same-matter       items of one case number are one hit whatever their titles
  no-full-pages        a page of grouped hits may be short when one case fills the
                       candidates read (grouping.FULL_PAGES)
  no-k8-hint-forms     fik, gik, gjorde, kommet … are required words again (round 8)
  no-future-years      a year after this one ("i 2030") is read as a meeting date
  no-derivations       a word does not match its derived forms (prioritere/prioritering;
                       search.derivations.DERIVATIONS, round 11)
  no-outcome-reports   vedtaget, stemt ned, lov til, givet, eller ej are topic words again
                       (relax.OUTCOME_REPORTS, round 18)
  no-verb-questions    a query opening with blev, fik, kan … is no question unless it
                       ends in "?" (relax.VERB_QUESTIONS, round 18)
  no-synonym-titles    a word's synonyms in a title do not count in the title cover
                       (titles.SYNONYM_TITLES = 0, round 19)
  no-coordinated       "og" is no link in a word the index lacks: "idrætsogfritidspulje"
                       is not idræt + fritidspulje (relax.COORDINATED, round 21)
  no-dated-years       a bare year matches only the items that write it, not those of
                       that year's meetings (relax.DATED_YEARS, round 21)
  no-doubled-links     "skoleelever" is skole + e + lever again (analysis.DOUBLED_LINKS)
  correct-parts-two-edits  a word whose parts match is corrected two edits away too, as
                       before round 21 (relax.CORRECT_PARTS_EDITS = 2)
  no-years-as-parts    an item of a tiered query without its bare year falls two tiers,
                       below the items that match a word through its parts (relax.YEARS_AS_PARTS,
                       round 23)
  no-title-years       a year typed as a date ("i 2023") raises the items of that year's
                       meetings, whatever year their title names (soft_filters.TITLE_YEARS,
                       round 23)
  no-frame-words       the words of a question's frame ("fik … at vide", "står der",
                       "ved udgangen af") are required words again (frames.FRAME_WORDS,
                       round 25)
  no-preposition-tiers an item of a relaxed query that lacks a kept preposition ("fra",
                       "efter") falls a tier again (relax.PREPOSITIONS_TIERLESS, round 25)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import referat.index.analysis as analysis
import referat.index.documents as documents
import referat.search.acronyms as acronyms
import referat.search.api as sapi
import referat.search.derivations as derivations
import referat.search.feedback as feedback
import referat.search.filters as filters
import referat.search.frames as frames
import referat.search.grouping as grouping
import referat.search.identifiers as identifiers
import referat.search.inflections as inflections
import referat.search.near_identifiers as near_identifiers
import referat.search.query as squery
import referat.search.ranking as ranking
import referat.search.relax as relax
import referat.search.soft_filters as soft_filters
import referat.search.synonyms as synonyms_module
import referat.search.titles as titles
import referat.search.weighted_mode as weighted_mode
from referat.index.documents import item_documents, section_texts
from referat.index.readers import parse_file
from referat.index.schema import TEXT_FIELDS, build_schema
from referat.index.stopwords import STOP_WORDS
from referat.index.writer import index_paths
from referat.search import Referat
from referat.search.query import Filters, filter_query, parse_date
from whoosh import index as whoosh_index
from whoosh import qparser, query
from whoosh.analysis import LanguageAnalyzer, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.fields import DATETIME, ID, KEYWORD, TEXT, Schema
from whoosh.scoring import BM25F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import judged_eval  # noqa: E402
import judged_run  # noqa: E402
from metrics import ndcg, recall, reciprocal_rank  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_WORKDIR = Path("/tmp/referat-relevance")
K = 10
PROXIMITY_SLOP = 2

Key = tuple[str, str]  # (file relative to the corpus, item number)


# -- data ----------------------------------------------------------------------------


@dataclass
class Query:
    qid: str
    text: str
    kinds: list[str]
    filters: dict
    qrels: dict[Key, int]
    need: str


def load_queries(path: Path) -> tuple[list[str], list[Query]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    queries = []
    for q in data["queries"]:
        qrels = {}
        for key, rel in q["qrels"].items():
            file, _, item = key.rpartition("#")
            qrels[(file, item)] = int(rel)
        queries.append(Query(q["id"], q["query"], q["kinds"], q.get("filters", {}), qrels,
                             q.get("need", "")))
    return data["files"], queries


# -- metrics (metrics.py) -----------------------------------------------------------

METRICS = {"nDCG@10": ndcg, "R@10": recall, "MRR": reciprocal_rank}


# -- patches (ablations; product code untouched on disk) ------------------------------


def _clear_analysis_caches() -> None:
    analysis._word_terms.cache_clear()
    analysis._segment.cache_clear()
    analysis._index_terms.cache_clear()
    analysis._parts.cache_clear()
    analysis._INDEX_NUMBERS.clear()


@contextlib.contextmanager
def patched(module, **values) -> Iterator[None]:
    old = {name: getattr(module, name) for name in values}
    for name, value in values.items():
        setattr(module, name, value)
    _clear_analysis_caches()
    try:
        yield
    finally:
        for name, value in old.items():
            setattr(module, name, value)
        _clear_analysis_caches()


def no_compounds() -> contextlib.AbstractContextManager:
    return patched(analysis, split_compound=lambda word: ())


def no_folding() -> contextlib.AbstractContextManager:
    return patched(analysis, fold=lambda word: word, _FOLDED_STOPS=STOP_WORDS)


_OPERATORS = re.compile(r'["():*]|\b(?:AND|OR|NOT)\b')


def proximity_parse(text: str, schema, reader=None):
    """Experiment (not in the product): referat's query, plus a boost-only clause that
    rewards the query words near each other (a sloppy phrase over their stems)."""
    q = _PRODUCT_PARSE(text, schema, reader)
    if q is None or _OPERATORS.search(text):
        return q
    stems = [s for s in map(analysis.stem_term, re.findall(analysis.WORD_PATTERN, text)) if s]
    if len(stems) < 2:
        return q
    near = query.Or([query.Phrase(f, stems, slop=PROXIMITY_SLOP, boost=squery.FIELD_BOOSTS[f])
                     for f in TEXT_FIELDS])
    return query.AndMaybe(q, near)


def proximity() -> contextlib.AbstractContextManager:
    return patched(sapi, parse_query=proximity_parse)


def no_stem_fixes() -> contextlib.AbstractContextManager:
    return patched(analysis, stem_fixed=lambda word, stem: stem)


def no_committee_names() -> contextlib.AbstractContextManager:
    return patched(documents, without_committees=lambda text: text)


def no_relaxing() -> contextlib.AbstractContextManager:
    return patched(sapi, RELAX_BELOW=0)


def no_hints() -> contextlib.AbstractContextManager:
    return patched(relax, HINT_WORDS=frozenset(), DECISION_HINTS=frozenset())


def no_correction() -> contextlib.AbstractContextManager:
    return patched(sapi, best_correction=lambda reader, word: None)


def no_query_parts() -> contextlib.AbstractContextManager:
    return patched(relax, parts_query=lambda word, plan: None)


def no_min_match() -> contextlib.AbstractContextManager:
    return patched(relax, min_should_match=lambda n: n)


def no_feedback() -> contextlib.AbstractContextManager:
    return patched(feedback, FEEDBACK_BELOW=0)


def no_correct_parts() -> contextlib.AbstractContextManager:
    return patched(relax, CORRECT_PARTS=False)


def _long_forms(word: str) -> tuple[str, ...]:
    forms = inflections.other_forms(word)
    return () if min(map(len, (word, *forms))) <= 3 else forms


def no_short_nouns() -> contextlib.AbstractContextManager:
    """irregular.tsv without its short nouns (bro/broerne); its omlyd plurals kept."""
    return patched(relax, other_forms=_long_forms)


def no_synonyms() -> contextlib.AbstractContextManager:
    return patched(relax, synonyms=lambda word: (), compound_synonyms=lambda word: ())


@contextlib.contextmanager
def no_sibling_titles() -> Iterator[None]:
    """No compound's siblings in titles, in the weighed mode nor in the title cover."""
    with patched(weighted_mode, SIBLING_TITLES=0.0), patched(titles, SIBLING_TITLES=False):
        yield


# Synonym groups added in issue 17's round 6 (d14): pris/takst, psykisk/mental, kloak.
D14_GROUPS = frozenset(analysis.stem_term(w) for w in
                       "pris psykisk mental spildevand kloak kloakvand".split())


def without_groups(stems: frozenset[str]) -> Callable[[str], tuple[str, ...]]:
    """`search.synonyms.synonyms` without the groups of some stems (a word of them has
    none; no other word gets one of them)."""
    def alike(word: str) -> tuple[str, ...]:
        if analysis.stem_term(word) in stems:
            return ()
        return tuple(w for w in synonyms_module.synonyms(word)
                     if analysis.stem_term(w) not in stems)
    return alike


def no_d14_groups() -> contextlib.AbstractContextManager:
    """The synonym table without round 6's groups (takst keeps tarif)."""
    return patched(relax, synonyms=without_groups(D14_GROUPS))


# Synonym groups added in issue 17's round 10 (issue-17l) from the thesaurus's candidates
# whose administration's word is in 5 to 49 items (synonyms.tsv, its last part).
K10_BAND_GROUPS = frozenset(analysis.stem_term(w) for w in
                            "vakant ubesat lovliggøre legalisere honorar salær råderum "
                            "spillerum ulovlig illegal lovstridig busterminal busstation "
                            "ligestilling ligeberettigelse mentor coach forenkling "
                            "simplificering simplifikation rundvisning omvisning indvandrer "
                            "immigrant donation foræring udviklingssamtale medarbejdersamtale "
                            "retssag søgsmål orlov tjenestefrihed demokrati folkestyre global "
                            "verdensomspændende".split())


def no_k10_band_groups() -> contextlib.AbstractContextManager:
    """The synonym table without round 10's thesaurus groups (5 to 49 items; their words
    are in no other group)."""
    return patched(relax, synonyms=without_groups(K10_BAND_GROUPS))


# Synonym groups added in issue 17's round 13 (issue-17ai) from DanNet's candidates whose
# administration's word is in 2 to 4 items or in one title (dannet_synonyms.tsv, its last
# part; bycentrum, bykerne and cityområde keep their round-10 group without midtby).
DANNET13_GROUPS = frozenset(analysis.stem_term(w) for w in
                            "moms merværdiafgift lokalområde nabolag midtby skraldespand "
                            "skarnspand lejebolig lejerbolig lægeerklæring lægeattest dyrehold "
                            "husdyrhold autocamper campingbil campingbus strøm elektricitet "
                            "arbejdsværelse arbejdsrum farve kulør".split())


def no_dannet13_groups() -> contextlib.AbstractContextManager:
    """The synonym tables without round 13's DanNet groups."""
    return patched(relax, synonyms=without_groups(DANNET13_GROUPS))


def search_constants(exact: float | None = None,
                     boosts: dict[str, float] | None = None) -> contextlib.AbstractContextManager:
    values: dict = {}
    if exact is not None:
        # A boost of exactly 0 makes Whoosh divide by zero (skip_to_quality), so "off"
        # is a negligible boost; see the report for the proposed guard in search/query.py.
        values["EXACT_BOOST"] = exact or 1e-6
    if boosts is not None:
        values["FIELD_BOOSTS"] = boosts
        return _both(values, boosts)  # loose queries (search.relax) import their own
    return patched(squery, **values)


@contextlib.contextmanager
def _both(values: dict, boosts: dict[str, float]):
    with patched(squery, **values), patched(relax, FIELD_BOOSTS=boosts):
        yield


# -- building ------------------------------------------------------------------------


def code_stamp(files: list[str], name: str) -> str:
    h = hashlib.sha1(name.encode())
    h.update("\n".join(files).encode())
    for path in sorted((ROOT / "index").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".tsv"):
            h.update(path.read_bytes())
    return h.hexdigest()


def cached_build(workdir: Path, name: str, files: list[str], rebuild: bool,
                 build: Callable[[Path], None]) -> Path:
    target = workdir / name
    stamp = code_stamp(files, name)
    stamp_file = target / "STAMP"
    if not rebuild and stamp_file.exists() and stamp_file.read_text() == stamp:
        return target
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    print(f"building {name} in {target} ...", file=sys.stderr, flush=True)
    build(target)
    stamp_file.write_text(stamp)
    return target


def parsed_meetings(corpus: Path, files: list[str]):
    for rel in files:
        result = parse_file(corpus / rel)
        if not result.ok:
            raise SystemExit(f"{rel}: {result.status}: {result.reason}")
        yield rel, result.meeting


def meta_fields() -> dict:
    names = RegexTokenizer(r"\w+") | LowercaseFilter()
    return dict(
        doctype=ID(stored=True), path=ID(stored=True), number=ID(stored=True),
        kommune_words=TEXT(analyzer=names), udvalg_words=TEXT(analyzer=names),
        date=DATETIME(stored=True), kind=ID(stored=True),
        sections=KEYWORD(stored=True, commas=True), case=KEYWORD(lowercase=True),
    )


META = ("doctype", "path", "number", "kommune_words", "udvalg_words", "date", "kind",
        "sections", "case")


def plain_analyzer():
    return (RegexTokenizer(analysis.WORD_PATTERN) | LowercaseFilter()
            | StopFilter(stoplist=STOP_WORDS, minsize=1))


def nostem_schema() -> Schema:
    schema = build_schema()
    for name in TEXT_FIELDS:
        schema.remove(name)
        schema.add(name, TEXT(analyzer=plain_analyzer(), stored=name == "title"))
    return schema


def whoosh_da_schema() -> Schema:
    return Schema(text=TEXT(analyzer=LanguageAnalyzer("da")), **meta_fields())


def build_reference(corpus: Path, files: list[str], schema: Schema, single_field: bool):
    def build(target: Path) -> None:
        ix = whoosh_index.create_in(str(target), schema)
        writer = ix.writer(limitmb=512)
        for rel, meeting in parsed_meetings(corpus, files):
            docs = item_documents(meeting, hashlib.sha1(rel.encode()).hexdigest(), rel)
            for doc, item in zip(docs, meeting.items, strict=True):
                if single_field:
                    text = "\n\n".join([item.title, *section_texts(item).values()])
                    doc = {k: v for k, v in doc.items() if k in META} | {"text": text}
                writer.add_document(**doc)
        writer.commit()
    return build


# -- searching -----------------------------------------------------------------------


def _filters(q: Query) -> Filters:
    f = dict(q.filters)
    for name in ("date_from", "date_to"):
        if f.get(name):
            f[name] = parse_date(f[name])
    return Filters(**f)


class ProductSearch:
    def __init__(self, index_dir: Path, corpus: Path, context=contextlib.nullcontext):
        self.ref = Referat(index_dir)
        self.corpus = corpus.resolve()
        self.context = context

    def __call__(self, q: Query) -> list[Key]:
        with self.context():
            result = self.ref.search(q.text, limit=K, **q.filters)
        return [(str(Path(h.source).relative_to(self.corpus)), h.item) for h in result.hits]


class ReferenceSearch:
    def __init__(self, index_dir: Path, fields: list[str], boosts: dict[str, float] | None,
                 weighting):
        self.ix = whoosh_index.open_dir(str(index_dir))
        self.searcher = self.ix.searcher(weighting=weighting)
        self.parser = qparser.MultifieldParser(fields, self.ix.schema, fieldboosts=boosts,
                                               group=qparser.AndGroup)

    def __call__(self, q: Query) -> list[Key]:
        parsed = self.parser.parse(q.text)
        hits = self.searcher.search(parsed, limit=K, filter=filter_query(_filters(q)))
        return [(h["path"], h["number"]) for h in hits]


# -- configurations ------------------------------------------------------------------

_PRODUCT_PARSE = squery.parse_query
FLAT = {name: 1.0 for name in ranking.FIELD_BOOSTS}


def configurations(corpus: Path, files: list[str], workdir: Path, rebuild: bool,
                   ablations: bool) -> dict[str, Callable[[Query], list[Key]]]:
    paths = [str(corpus / f) for f in files]

    def product(name: str, variant=contextlib.nullcontext):
        def build(target: Path) -> None:
            with variant():
                index_paths(paths, index_dir=target, jobs=4)
        return cached_build(workdir, name, files, rebuild, build)

    main = product("referat")
    configs: dict[str, Callable[[Query], list[Key]]] = {
        "referat": ProductSearch(main, corpus),
        "nostem": ReferenceSearch(
            cached_build(workdir, "nostem", files, rebuild,
                         build_reference(corpus, files, nostem_schema(), False)),
            list(TEXT_FIELDS), ranking.FIELD_BOOSTS, ranking.weighting()),
        "whoosh-da": ReferenceSearch(
            cached_build(workdir, "whoosh-da", files, rebuild,
                         build_reference(corpus, files, whoosh_da_schema(), True)),
            ["text"], None, BM25F()),
    }
    if ablations:
        configs["exact=0"] = ProductSearch(main, corpus, lambda: search_constants(exact=0.0))
        configs["flat-boosts"] = ProductSearch(main, corpus,
                                               lambda: search_constants(boosts=FLAT))
        configs["+proximity"] = ProductSearch(main, corpus, proximity)
        configs["no-compounds"] = ProductSearch(product("no-compounds", no_compounds),
                                                corpus, no_compounds)
        configs["no-folding"] = ProductSearch(product("no-folding", no_folding), corpus,
                                              no_folding)
        for name, variant in LOOSE_ABLATIONS.items():
            configs[name] = ProductSearch(main, corpus, variant)
        for name, variant in INDEX_ABLATIONS.items():
            configs[name] = ProductSearch(product(name, variant), corpus, variant)
    return configs


def judged_ablations() -> dict[str, Callable[[], contextlib.AbstractContextManager]]:
    """Search-time ablations run on the judged set (`--judged --ablations`): they patch
    the product in-process and reuse its index; index-time ones are not included, nor
    +proximity (its phrase query fails on the current index: IndexError in Whoosh)."""
    return {
        "exact=0": lambda: search_constants(exact=0.0),
        "flat-boosts": lambda: search_constants(boosts=FLAT),
        "no-feedback": no_feedback,
        "no-synonyms": no_synonyms,
        "no-correct-parts": no_correct_parts,
        "no-short-nouns": no_short_nouns,
        "no-fill": lambda: patched(relax, FILL_PAGE=False),
        "no-short-committees": lambda: patched(filters, SHORT_COMMITTEES=False),
        "no-section-content": lambda: patched(sapi, SECTION_CONTENT=0.0),
        "no-soft-filters": lambda: patched(sapi, SOFT_FILTERS=False),
        "no-case-hits": lambda: patched(sapi, CASE_HITS=False),
        "no-verb-hints": lambda: patched(relax, HINT_WORDS=relax.HINT_WORDS - VERB_HINTS),
        "no-index-parts": lambda: patched(relax, INDEX_PARTS=False),
        "no-approved": lambda: patched(sapi, APPROVED_RECOMMENDATION=False),
        "no-weighted": lambda: patched(weighted_mode, WEIGHTED=False),
        "no-named-numbers": lambda: patched(sapi, NUMBER_BOOST=1.0),
        "no-join-runs": lambda: patched(relax, JOIN_RUNS=False),
        "no-joined-first": lambda: patched(relax, JOINED_FIRST=False),
        "no-deep-parts": lambda: patched(relax, INDEX_PARTS_DEEP=False),
        "no-synonym-parts": lambda: patched(relax, SYNONYM_PARTS=False),
        "no-d14-groups": no_d14_groups,
        "no-paradigms": lambda: patched(inflections, PARADIGMS=False),
        "no-title-cover": lambda: patched(titles, TITLE_COVER=False),
        "no-ordinals": lambda: patched(weighted_mode, ORDINALS=False),
        "no-typed-identifiers": lambda: patched(identifiers, TYPED_FORMS=False),
        # the lead, after test10: a quoted phrase that finds nothing is searched as words
        "no-phrase-as-words": lambda: patched(sapi, PHRASE_AS_WORDS=False),
        "no-verb-forms": lambda: patched(inflections, VERB_FORMS=False),
        "no-strong-forms": lambda: patched(inflections, STRONG_FORMS=False),
        "no-adjective-forms": lambda: patched(inflections, ADJECTIVE_FORMS=False),
        "no-frames": lambda: patched(frames, FRAMES_ON=False),
        # round 7 (issue-17f): filters written as words, KLE synonyms
        "no-kommune-words": lambda: patched(soft_filters, KOMMUNE_WORDS=False),
        "no-kle-synonyms": lambda: patched(synonyms_module, KLE_SYNONYMS=False),
        "kle-anywhere": lambda: patched(synonyms_module, KLE_IN_TITLES=False),
        # round 8 (issue-17m)
        "no-syncope": lambda: patched(inflections, SYNCOPE=False),
        "no-latin-forms": lambda: patched(inflections, LATIN=False),
        "no-approved-title": lambda: patched(sapi, APPROVED_TITLE=False),
        "no-committee-first": lambda: patched(soft_filters, COMMITTEE_FIRST=False),
        "no-kommune-first": lambda: patched(soft_filters, KOMMUNE_FIRST=False),
        "no-same-matter": lambda: patched(grouping, SAME_MATTER=False),
        "no-full-pages": lambda: patched(grouping, FULL_PAGES=False),
        # round 8 (issue-17k): questions, synonyms, loose queries
        "no-k8-hint-forms": lambda: patched(relax, HINT_WORDS=relax.HINT_WORDS - K8_HINT_FORMS),
        "no-future-years": lambda: patched(soft_filters, FUTURE_YEARS=False),
        # round 10 (issue-17i): questions
        "no-support-verbs": lambda: patched(
            relax, HINT_WORDS=relax.HINT_WORDS - relax.SUPPORT_VERBS),
        "no-sentence-adverbs": lambda: patched(
            relax, HINT_WORDS=relax.HINT_WORDS - relax.SENTENCE_ADVERBS),
        # round 10 (issue-17l): synonyms and vocabulary
        "no-dannet-groups": lambda: patched(synonyms_module, DANNET_SYNONYMS=False),
        "no-k10-band-groups": no_k10_band_groups,
        # round 11 (issue-17aa): vocabulary
        "no-acronyms": lambda: patched(acronyms, ACRONYMS=False),
        # round 11 (issue-17ac): numbers as typed
        "no-typed-numbers": lambda: patched(identifiers, TYPED_NUMBERS=False),
        "no-query-dates": lambda: patched(identifiers, QUERY_DATES=False),
        "no-item-numbers": lambda: patched(identifiers, ITEM_NUMBERS=False),
        # round 11 (issue-17af): derivations
        "no-derivations": lambda: patched(derivations, DERIVATIONS=False),
        # round 13 (issue-17ai): synonyms
        "no-dannet13-groups": no_dannet13_groups,
        # round 18 (issue-17bb): outcome queries
        "no-outcome-reports": lambda: patched(relax, OUTCOME_REPORTS=False),
        "no-verb-questions": lambda: patched(relax, VERB_QUESTIONS=False),
        # round 19 (issue-17bd): synonym queries
        "no-synonym-titles": lambda: patched(titles, SYNONYM_TITLES=0.0),
        # round 19c (issue-17bh): a query with a house number is weighed
        "no-house-numbers": lambda: patched(weighted_mode, HOUSE_NUMBERS=False),
        # round 21 (issue-17bp): compounds
        "no-coordinated": lambda: patched(relax, COORDINATED=False),
        "no-dated-years": lambda: patched(relax, DATED_YEARS=False),
        "no-doubled-links": lambda: patched(analysis, DOUBLED_LINKS=False),
        "correct-parts-two-edits": lambda: patched(relax, CORRECT_PARTS_EDITS=2),
        # round 22 (issue-17bt): a mistyped case or plan number
        "no-near-identifiers": lambda: patched(near_identifiers, NEAR_IDENTIFIERS=False),
        # round 22 (issue-17br): a weighed word's coverage graded by how well it matches
        "no-graded-cover": lambda: patched(weighted_mode, GRADED_COVER=0.0),
        "coord-power-2": lambda: patched(weighted_mode, COORD_POWER=2.0),
        "round-21-coverage": lambda: patched(weighted_mode, GRADED_COVER=0.0, COORD_POWER=2.0),
        # round 23 (issue-17bw): a bare year an item of a tiered query lacks
        "no-years-as-parts": lambda: patched(relax, YEARS_AS_PARTS=False),
        "no-title-years": lambda: patched(soft_filters, TITLE_YEARS=False),
        # round 24 (issue-17cb): a compound's siblings in titles (round 23's 71e7726)
        "no-sibling-titles": no_sibling_titles,
        # round 25 (issue-17cf): a question's frame words ("at vide", "står der") are hints
        "no-frame-words": lambda: patched(frames, FRAME_WORDS=False),
        # round 25 (issue-17cf): a kept preposition an item lacks does not lower its tier
        "no-preposition-tiers": lambda: patched(relax, PREPOSITIONS_TIERLESS=False),
    }


# Hint words added in issue 17's round 4 (verbs that issue a decision or ask an opinion).
VERB_HINTS = frozenset(analysis.fold(w) for w in
                       "meddele meddeles meddelt meddelte mener mene ment mente synes syntes "
                       "tænker".split())


# Hint words added in issue 17's round 8 (the other forms of the question verbs).
K8_HINT_FORMS = frozenset(analysis.fold(w) for w in
                          "fik kommet sige tænke tænkte lå ligget gjorde gik gået".split())


# Ablations of the loose-query features (search.relax), on the product's index.
LOOSE_ABLATIONS = {
    "no-relax": no_relaxing,
    "no-hints": no_hints,
    "no-correct": no_correction,
    "no-qparts": no_query_parts,
    "no-minmatch": no_min_match,
    "no-feedback": no_feedback,
    "no-synonyms": no_synonyms,
    "no-correct-parts": no_correct_parts,
    "no-short-nouns": no_short_nouns,
}

# Ablations of issue 17's index-time changes (an index each).
INDEX_ABLATIONS = {
    "no-stemfix": no_stem_fixes,
    "no-committees": no_committee_names,
}

# Sweep of the search-time constants (index unchanged): exact boosts x boost sets.
BOOST_SETS: dict[str, dict[str, float]] = {
    "current": dict(ranking.FIELD_BOOSTS),
    "flat": FLAT,
    "title-heavy": {"title": 5.0, "beslutning": 2.5, "indstilling": 2.0, "resume": 1.5,
                    "sagsfremstilling": 1.0, "rest": 0.7},
    "decision-heavy": {"title": 3.0, "beslutning": 4.0, "indstilling": 3.0, "resume": 1.5,
                       "sagsfremstilling": 1.0, "rest": 0.5},
    "mild": {"title": 2.0, "beslutning": 1.5, "indstilling": 1.5, "resume": 1.2,
             "sagsfremstilling": 1.0, "rest": 0.8},
    "title-resume": {"title": 3.0, "beslutning": 2.0, "indstilling": 2.0, "resume": 2.0,
                     "sagsfremstilling": 1.0, "rest": 0.5},
}
EXACT_VALUES = (0.0, 0.25, 0.5, 1.0)


# -- reporting -----------------------------------------------------------------------


def evaluate(run: Callable[[Query], list[Key]], queries: list[Query]) -> dict[str, dict]:
    out = {}
    for q in queries:
        ranked = run(q)
        out[q.qid] = {"ranked": ranked} | {m: f(ranked, q.qrels) for m, f in METRICS.items()}
    return out


def kinds_of(queries: list[Query]) -> list[str]:
    seen: list[str] = []
    for q in queries:
        for kind in q.kinds:
            if kind not in seen:
                seen.append(kind)
    return seen


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def table(results: dict[str, dict], queries: list[Query], metrics: list[str]) -> str:
    names = list(results)
    rows = [("all", queries)] + [(k, [q for q in queries if k in q.kinds])
                                 for k in kinds_of(queries)]
    head = f"{'kind':<18}{'n':>3}"
    sub = " " * 21
    for name in names:
        head += f" | {name:^{7 * len(metrics) - 1}}"
        sub += " | " + " ".join(f"{m[:6]:>6}" for m in metrics)
    lines = [head, sub, "-" * len(head)]
    for kind, qs in rows:
        line = f"{kind:<18}{len(qs):>3}"
        for name in names:
            vals = [mean([results[name][q.qid][m] for q in qs]) for m in metrics]
            line += " | " + " ".join(f"{v:6.3f}" for v in vals)
        lines.append(line)
    return "\n".join(lines)


def show(qid: str, queries: list[Query], configs, depth: int, corpus: Path) -> None:
    q = next(q for q in queries if q.qid == qid)
    titles = {}
    for rel, meeting in parsed_meetings(corpus, sorted({f for f, _ in q.qrels})):
        for item in meeting.items:
            titles[(rel, item.number)] = item.title
    print(f"{q.qid} {q.text!r} {q.filters} {q.kinds}\n  need: {q.need}")
    for name, run in configs.items():
        print(f"  [{name}]")
        for i, key in enumerate(run(q)[:depth]):
            print(f"    {i + 1:2} rel={q.qrels.get(key, '?')} {key[0][:60]}#{key[1]}")
    print("  judged:")
    for key, rel in sorted(q.qrels.items(), key=lambda kv: -kv[1]):
        print(f"    rel={rel} {key[0][:60]}#{key[1]} {titles.get(key, '??')[:70]}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--queries", type=Path, default=HERE / "queries.json")
    ap.add_argument("--rebuild", action="store_true", help="rebuild every index")
    ap.add_argument("--ablations", action="store_true", help="also run the ablations")
    ap.add_argument("--sweep", action="store_true", help="sweep EXACT_BOOST x field boosts")
    ap.add_argument("--per-query", action="store_true", help="nDCG@10 of every query")
    ap.add_argument("--show", nargs="*", default=[], help="print the top hits of queries")
    ap.add_argument("--depth", type=int, default=K)
    judged = ap.add_argument_group("judged set (issue 17; see README.md)")
    judged.add_argument("--judged", action="store_true",
                        help="evaluate on judged.json / judged.qrels instead of queries.json")
    judged.add_argument("--split", choices=["tuning", "test", "test2", "test3", "test4",
                                              "test5", "test6", "test7", "test8", "test9",
                                              "test10", "test11", "test12", "test13", "test14",
                                              "test15", "test16", "test17", "test18", "test19",
                                              "test20", "test21", "test22", "test23", "test24",
                                              "test25",
                                              "both", "all"],
                        default="tuning", help="which split to report (default: tuning; never "
                        "tune on test, test2, ..., test25; both = tuning and test; "
                        "all = the twenty-six)")
    judged.add_argument("--engines", default="referat,fts5,tantivy",
                        help="engines computed here, comma-separated ('' for none)")
    judged.add_argument("--run", action="append", default=[], metavar="NAME=PATH",
                        help="also score a run file written by judged_run.py")
    judged.add_argument("--json", type=Path, help="write the summary figures as JSON")
    judged.add_argument("--by-case", action="store_true",
                        help="score cases, not items: the items of a case are one document")
    judged.add_argument("--unjudged", action="store_true",
                        help="list the unjudged items in each run's top 10 (for pooling)")
    args = ap.parse_args(argv)
    if args.judged:
        workdir = (args.workdir if args.workdir != DEFAULT_WORKDIR
                   else judged_run.DEFAULT_WORKDIR)
        engines = [e for e in args.engines.split(",") if e]
        ablations = judged_ablations() if args.ablations else None
        runs = judged_eval.compute_runs(engines, workdir, args.corpus, ablations)
        for spec in args.run:
            name, _, path = spec.partition("=")
            runs[name] = judged_eval.read_run(Path(path))
        splits = {"both": ["tuning", "test"], "all": list(judged_eval.SPLITS)}.get(
            args.split, [args.split])
        if args.unjudged:
            split = judged_eval.read_split()
            qids = [q for name in splits for q in split[name]]
            for name, run in runs.items():
                for qid, keys in judged_eval.unjudged(run, qids).items():
                    for key in keys:
                        print(f"{name}\t{qid}\t{key}")
            return
        units = judged_eval.case_units(workdir, args.corpus) if args.by_case else None
        judged_eval.report(runs, splits, per_query=args.per_query, json_out=args.json,
                           units=units)
        return

    files, queries = load_queries(args.queries)
    print(f"work dir: {args.workdir}  corpus: {args.corpus}  files: {len(files)}  "
          f"queries: {len(queries)}")
    configs = configurations(args.corpus, files, args.workdir, args.rebuild, args.ablations)
    if args.show:
        for qid in args.show:
            show(qid, queries, configs, args.depth, args.corpus)
        return
    results = {name: evaluate(run, queries) for name, run in configs.items()}
    main_names = ["referat", "nostem", "whoosh-da"]
    print("\nReference configurations (nDCG@10, recall@10, MRR@10)")
    print(table({n: results[n] for n in main_names}, queries, list(METRICS)))
    if args.ablations:
        names = ["referat", "exact=0", "flat-boosts", "no-compounds", "no-folding",
                 "+proximity"]
        print("\nAblations of referat (nDCG@10, recall@10)")
        print(table({n: results[n] for n in names}, queries, ["nDCG@10", "R@10"]))
        print("\nAblations of the loose-query features (nDCG@10, recall@10)")
        names = ["referat", *LOOSE_ABLATIONS, *INDEX_ABLATIONS]
        print(table({n: results[n] for n in names}, queries, ["nDCG@10", "R@10"]))
    if args.per_query:
        print("\nPer query nDCG@10")
        print(f"{'qid':<5} {'kinds':<28}" + "".join(f"{n[:12]:>13}" for n in results)
              + "  query")
        for q in queries:
            print(f"{q.qid:<5} {','.join(q.kinds)[:27]:<28}"
                  + "".join(f"{results[n][q.qid]['nDCG@10']:13.3f}" for n in results)
                  + f"  {q.text}")
    if args.sweep:
        sweep(configs["referat"], queries, results["referat"])


def sweep(run: ProductSearch, queries: list[Query], base: dict) -> None:
    print("\nSweep: nDCG@10 overall (queries whose nDCG@10 changed vs current: +better/-worse)")
    print(f"{'boosts':<16}" + "".join(f"{'exact=' + str(e):>20}" for e in EXACT_VALUES))
    for set_name, boosts in BOOST_SETS.items():
        line = f"{set_name:<16}"
        for exact in EXACT_VALUES:
            with search_constants(exact=exact, boosts=boosts):
                res = evaluate(run, queries)
            up = sum(res[q.qid]["nDCG@10"] > base[q.qid]["nDCG@10"] + 1e-9 for q in queries)
            down = sum(res[q.qid]["nDCG@10"] < base[q.qid]["nDCG@10"] - 1e-9 for q in queries)
            score = mean([res[q.qid]["nDCG@10"] for q in queries])
            line += f"{score:>10.3f} (+{up:<2}-{down:<2})"
        print(line)


if __name__ == "__main__":
    main()
