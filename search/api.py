"""The Python API: open an index, search it, show items, count them.

    from referat import search
    with search.open_index("~/referat-index") as ix:
        result = ix.search("affald", udvalg="teknik", date_from="2024-01-01")
        for hit in result.hits:
            print(hit.date, hit.udvalg, hit.title)

`Referat` is safe to use from several threads (each thread gets its own Whoosh
searcher); call `refresh()` to see what an indexer committed since it was opened.
"""

from __future__ import annotations

import calendar
import contextvars
import datetime as dt
import re
import threading
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import repeat
from operator import add
from pathlib import Path
from typing import Any

from referat.index.analysis import stem_term
from referat.index.decisions import body_level, case_key
from referat.index.documents import unpack_body
from referat.index.model import section_from_dict
from referat.index.outcomes import OUTCOMES
from referat.index.schema import TEXT_FIELDS
from referat.index.sections import SECTION_TYPES
from referat.index.store import open_existing, resolve_index_dir
from referat.index.votes import party_key
from referat.search import (
    feedback,
    frames,
    grouping,
    relax,
    soft_filters,
    titles,
    weighted_mode,
)
from referat.search.filters import NameFilter, known_names, resolve_name
from referat.search.identifiers import case_terms, matching_case_terms, plan_numbers, read_as
from referat.search.matching import (
    Expansions,
    evaluate,
    fewer,
    matching_docs,
    newest,
    prefix_words,
    term_docs,
)
from referat.search.near_identifiers import near_cases, nearest
from referat.search.query import (
    FILES,
    FILTERS,
    ITEMS,
    Filters,
    check_expansions,
    filter_query,
    highlight_terms,
    parse_query,
    restrict_to_sections,
)
from referat.search.ranking import (
    APPROVED_RECOMMENDATION,
    APPROVED_TITLE,
    APPROVED_WEIGHT,
    APPROVING_OUTCOMES,
    BARE_DECISION_TERMS,
    CASE_HITS,
    COMMITTEE_BOOST,
    DATE_BOOST,
    JOIN_WEIGHT,
    NUMBER_BOOST,
    NUMBER_DEPTH,
    OUTCOME_BOOST,
    OUTCOME_DEPTH,
    RELAX_BELOW,
    SECTION_CONTENT,
    SOFT_FILTERS,
    weighting,
)
from referat.search.results import (
    CaseStep,
    CaseTimeline,
    Hit,
    ItemRecord,
    SearchResult,
    decision_values,
    snippet_and_sections,
)
from referat.search.soft_filters import SoftFilters, read_query
from referat.search.spelling import Correction, best_correction, likely_meant
from whoosh import query, sorting
from whoosh.searching import Searcher

from referat.errors import ItemNotFound, QueryError

SORTS = ("relevance", "date")
OPEN_ATTEMPTS = 5
"""How often a searcher is opened when a commit removes the table of contents it read."""
SAY_WITHOUT = True
"""A search whose filters leave no hits says how many each filter alone removed."""
PHRASE_AS_WORDS = True
"""A quoted phrase that finds nothing is searched as its words, and says so: minutes
print words between the ones a user quotes ("lokalplan 12.53" is printed "Lokalplan nr.
12.53"), so an exact phrase is a dead end where its words are not."""
_PHRASE = re.compile(r'"([^"]*\s[^"]*)"')
_EXPLAINING: contextvars.ContextVar[bool] = contextvars.ContextVar("explaining", default=False)
Scores = dict[int, float]


@dataclass
class _Built:
    query: query.Query | None
    filter: query.Query | None
    expansions: Expansions
    plan: relax.Plan | None
    unmatched: list[NameFilter]
    soft: SoftFilters = field(default_factory=SoftFilters)


@dataclass
class _Found:
    """A search's matches: scores, tiers (`search.relax`) and what was done."""

    scores: Scores = field(default_factory=dict)
    tiers: dict[int, int] = field(default_factory=dict)
    relaxed: list[str] = field(default_factory=list)
    corrected: str | None = None
    matched: query.Query | None = None
    suggestions: list[dict[str, str]] = field(default_factory=list)
    read: list[str] = field(default_factory=list)
    strict: bool = True  # scores holds the strict query's matches
    approved: Scores = field(default_factory=dict)  # `_approved`'s, kept when relaxing
MAX_LIMIT = 1000
FACETS = ("kommune", "udvalg", "year", "section", "outcome")
SEARCH_FILTERS = (*FILTERS, "outcome", "against")
"""`Referat.search`'s filter arguments: `Filters`' seven, then the decision's two."""


class Referat:
    """A read-only view of a referat index."""

    def __init__(self, index_dir: str | Path | None = None) -> None:
        self.index_dir = resolve_index_dir(index_dir)
        self._ix = open_existing(self.index_dir)
        self._local = threading.local()
        self._generation = 0

    # -- lifecycle --------------------------------------------------------------
    def _searcher(self) -> Searcher:
        local = self._local
        if getattr(local, "generation", None) != self._generation:
            if getattr(local, "searcher", None) is not None:
                local.searcher.close()
            local.searcher = self._open_searcher()
            local.generation = self._generation
        return local.searcher

    def _open_searcher(self) -> Searcher:
        """A searcher on the latest commit. A writer that commits between Whoosh finding
        the latest table of contents and reading it deletes that one: the next exists, so
        the open is tried again (a few times, then the error stands)."""
        for _ in range(OPEN_ATTEMPTS - 1):
            try:
                return self._ix.searcher(weighting=weighting())
            except FileNotFoundError:
                continue
        return self._ix.searcher(weighting=weighting())

    def refresh(self) -> None:
        """See everything committed to the index since it was opened or refreshed."""
        self._generation += 1

    def close(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            searcher.close()
            self._local.searcher = None

    def __enter__(self) -> Referat:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ----------------------------------------------------------------
    def build_query(
        self, text: str, **filters: Any
    ) -> tuple[query.Query | None, query.Query | None]:
        """The parsed Whoosh query and the filter query (`--show-query`)."""
        built = self._build_query(text, **filters)
        return built.query, built.filter

    def _build_query(self, text: str, **filters: Any) -> _Built:
        """The strict query (a loose query's required words), the filter, and what the
        rest of the search shares: the prefix expansions it listed (each prefix is
        listed once), the loose query's plan, and name filters that matched nothing."""
        decided = _decision_filter(filters.pop("outcome", None), filters.pop("against", None))
        flt = Filters.given(**filters)
        searcher = self._searcher()
        reader = searcher.reader()
        expansions: Expansions = {}
        words = partial(prefix_words, searcher, expansions=expansions)
        names = {option: resolve_name(option, value, known_names(reader, option))
                 for option, value in (("kommune", flt.kommune), ("udvalg", flt.udvalg))
                 if value and re.search(r"\w", value)}  # else filter_query's error
        plan = relax.plan(text, flt.sections)
        soft = SoftFilters()
        if plan is not None:
            if SOFT_FILTERS:
                soft = read_query(plan, known_names(reader, "udvalg"),
                                  known_kommuner=known_names(reader, "kommune"))
            frames.frame_words(plan)
            relax.demote_common(plan, reader)
            frames.frame_hints(plan)
            q = relax.strict_query(plan, self._ix.schema, reader)
            if q is None and soft.meeting:  # "punkt 7 byrådet 19.3.2025": that meeting's
                q = soft_filters.meeting_query(soft, _years(reader))
            if q is None:
                parse_query(text, self._ix.schema, reader)  # the stop-word message
                raise QueryError("sections: the query has no words to search in these "
                                 "sections", ("sections",))
        else:
            q = parse_query(text, self._ix.schema, reader)
            if q is not None and flt.sections:
                q = restrict_to_sections(q, flt.sections)
                if q is query.NullQuery:
                    raise QueryError("sections: the query has no words to search in these "
                                     "sections", ("sections",))
        if q is not None:
            check_expansions(q, reader, words)
        resolved = {option: nf.names for option, nf in names.items()}
        cases = (matching_case_terms(flt.case, case_terms(reader), partial=True)
                 if flt.case else [])
        flt_query = filter_query(flt, resolved, cases)
        if decided is not None:
            flt_query = decided if flt_query is None else query.And([flt_query, decided])
        return _Built(q, flt_query, expansions, plan,
                      [nf for nf in names.values() if not nf.names], soft)

    def search(
        self,
        text: str = "",
        *,
        kommune: str | None = None,
        udvalg: str | None = None,
        date_from: str | dt.date | None = None,
        date_to: str | dt.date | None = None,
        kind: str | None = None,
        sections: list[str] | tuple[str, ...] | None = None,
        case: str | None = None,
        sort: str = "relevance",
        limit: int = 10,
        page: int = 1,
        marks: tuple[str, str] | None = None,
        outcome: str | list[str] | tuple[str, ...] | None = None,
        against: str | None = None,
        facets: bool = False,
        group: bool = True,
    ) -> SearchResult:
        """Search items; the arguments mirror `referat search`'s options.

        `marks` is the (start, end) pair put around matched words in the HTML
        snippet (default `<mark>`, `</mark>`); the text between is HTML-escaped.
        `outcome` keeps items with any of these outcomes (`index.outcomes.OUTCOMES`),
        `against` items where this party (letter, name or "(Ø)") voted against; `facets`
        counts every match by kommune, udvalg, year, section type and outcome
        (`SearchResult.facets`). With `group`, the items of one case (one case number)
        are one hit, the best of them, whose `also` lists the others
        (`search.grouping`); a page holds `limit` such hits. Raises QueryError for a
        query or filter that cannot be run.
        """
        arguments = locals()
        filters = {name: arguments[name] for name in SEARCH_FILTERS}
        if sort not in SORTS:
            raise QueryError(f"sort: unknown sort {sort!r} (use relevance or date)", ("sort",))
        if not 1 <= limit <= MAX_LIMIT:
            raise QueryError(f"limit: {limit!r} is not between 1 and {MAX_LIMIT}", ("limit",))
        if page < 1:
            raise QueryError(f"page: {page!r} is not 1 or more", ("page",))
        built = self._build_query(text, **filters)
        if built.unmatched:  # a name filter that names nothing: say what it may mean
            return SearchResult(query=text, total=0, page=page, limit=limit, suggestions=[
                {"field": nf.option, "value": name}
                for nf in built.unmatched for name in nf.suggestions])
        q, flt, expansions = built.query, built.filter, built.expansions
        searcher = self._searcher()
        stored = lru_cache(maxsize=None)(searcher.stored_fields)
        found = _Found()
        if q is None:  # a listing: every item the filters allow, newest first
            q, flt, sort = (query.And([ITEMS, flt]) if flt is not None else ITEMS), None, "date"
            terms: dict[str, set[str]] = {}
            found.scores = self._scores(searcher, q, flt, expansions)
        else:
            if built.plan is None or sections or not weighted_mode.weighted(built.plan):
                found.scores = self._scores(searcher, q, flt, expansions)
            else:  # weighed (`search.weighted_mode`): the words are scored one by one
                found.strict = False
            approved = (self._approved(searcher, text, sections, flt, expansions, found)
                        if sections and APPROVED_RECOMMENDATION else None)
            if built.plan is not None:
                if built.plan.words:  # else the items of a meeting named, as they are
                    self._loosen(searcher, built.plan, flt, expansions, found, stored, group)
                for d, score in found.approved.items():  # a relaxed query keeps them
                    found.scores.setdefault(d, score)
                self._favour(searcher, built.soft, found, flt)
                if found.matched is not None:  # snippets mark what matched
                    q = query.Or([q, found.matched])
            if approved is not None:
                q = query.Or([q, approved])
            if sections and found.scores:
                self._section_content(searcher, text, built.plan, found, expansions)
            words = partial(prefix_words, searcher, expansions=expansions)
            terms = highlight_terms(q, searcher.reader(), words)
        grouped = group and bool(terms)  # a listing (no query words) is not grouped
        wanted = grouping.candidates(page, limit) if grouped else page * limit
        while True:
            if sort == "date":  # newest first, then by score
                ranked = newest(found.scores, searcher, "date", wanted)
            else:  # by tier and score; equal scores newest first, then by id
                ranked = grouping.settle_ties(
                    relax.ranked(found.scores, found.tiers, wanted + grouping.TIE_MARGIN),
                    found.tiers, stored)[:wanted]
            if not grouped:
                groups = [grouping.Group(docnum, score) for docnum, score in ranked]
                break
            groups = grouping.group_by_case(ranked, stored)
            if not grouping.short_page(len(groups), page * limit, wanted, len(found.scores)):
                break
            wanted *= 2  # one case's items filled the candidates: read further
        hits = []
        for g in groups[(page - 1) * limit:page * limit]:
            hit = self._hit(stored(g.docnum), g.score, terms, marks)
            hit.also = [grouping.also_entry(stored(d)) for d in g.others]
            hits.append(hit)
        result = SearchResult(
            query=text,
            total=len(found.scores),
            page=page,
            limit=limit,
            hits=hits,
            parsed=f"{q!r} FILTER {flt!r}",
            facets=self._facets(searcher, set(found.scores)) if facets else None,
            relaxed=found.relaxed,
            corrected=found.corrected,
            suggestions=found.suggestions,
            read=found.read,
        )
        said = read_as(text, partial(_holds, searcher.reader())) if text else None
        if said:  # "lp 1140" as "lokalplan 11.40": what the numbers were read as
            result.read = [f"{text.strip()}: {said}", *result.read]
        if case and not result.total:  # a mistyped case number: the nearest ones
            result.suggestions += [{"field": "case", "value": number}
                                   for number in near_cases(case, searcher.reader())]
        phrases = _PHRASE.findall(text) if PHRASE_AS_WORDS and not result.total else []
        if phrases:
            words = self.search(
                _PHRASE.sub(r"\1", text), **filters, sort=sort, limit=limit, page=page,
                marks=marks, facets=facets, group=group)
            if words.total:
                words.query = text
                words.relaxed[:0] = [f'"{p}" as words, not as a phrase' for p in phrases]
                return words
        if not result.total and SAY_WITHOUT and not _EXPLAINING.get():
            result.without = self._without(text, filters)
        return result

    def _without(self, text: str, filters: dict[str, Any]) -> list[dict[str, Any]]:
        """For a search whose filters left no hits: each filter given, and the hits the
        search has without it (`SearchResult.without`)."""
        given = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        out = []
        token = _EXPLAINING.set(True)
        try:
            for name, value in given.items():
                rest = {k: v for k, v in given.items() if k != name}
                try:
                    total = self.search(text, limit=1, group=False, **rest).total
                except QueryError:
                    continue
                shown = ", ".join(value) if isinstance(value, (list, tuple)) else str(value)
                out.append({"filter": name, "value": shown, "total": total})
        finally:
            _EXPLAINING.reset(token)
        return out

    def _loosen(self, searcher: Searcher, plan: relax.Plan, flt: query.Query | None,
                expansions: Expansions, found: _Found,
                stored: Callable[[int], dict[str, Any]], group: bool = True) -> None:
        """A loose query's relaxation (when the strict query found too little) and
        hints (`search.relax`), into `found` (`stored`: the search's cached stored
        fields; `group`: hits are cases, so too little counts cases)."""
        reader = searcher.reader()
        schema = self._ix.schema
        excluded = term_docs(FILES, searcher)
        allowed: set[int] | None = None
        hits = partial(_hits, stored) if CASE_HITS and group else len
        widen = hits(list(found.scores)) < RELAX_BELOW if found.strict else None
        weighed = weighted_mode.weighted(plan)
        few = widen is not False or weighed
        if flt is not None and (few or len(found.scores) < feedback.COUNT_UP_TO):
            allowed = matching_docs(flt, searcher, expansions=expansions) - excluded

        def scored(q: query.Query, within: set[int] | None = None) -> Scores:
            scores = evaluate(q, searcher, within if within is not None else allowed,
                              expansions)
            if allowed is not None:  # the filter's items, file records already out
                return {d: s for d, s in scores.items() if d in allowed}
            for d in excluded.intersection(scores):
                del scores[d]
            return scores

        queries: list[query.Query] = []
        if few:
            near: dict[str, list[str]] = {}  # a mistyped identifier's nearest ones

            def correct(word: str) -> Correction | None:
                near[word] = nearest(word, searcher, plan_numbers(plan.text))
                if near[word]:
                    return Correction(near[word][0], 1)  # one slip away
                return best_correction(reader, word)

            meant = partial(likely_meant, reader)
            if weighed:
                loose = weighted_mode.weighed(plan, schema, reader, scored, correct, meant,
                                              hits, widen)
            else:
                loose = relax.relax(plan, schema, reader, scored, correct, meant, hits)
            if loose.suggested:
                found.suggestions = [{"field": "query",
                                      "value": relax.corrected_text(plan.text, loose.suggested)}]
            found.suggestions += [  # as near as the one searched for
                {"field": "query", "value": relax.corrected_text(plan.text, {word: other})}
                for word in loose.corrected for other in near.get(word, [])[1:]]
            if loose.tiers or loose.corrected or loose.weighted:
                found.scores, found.tiers = loose.scores, loose.tiers
                found.relaxed = loose.relaxed
                queries = loose.queries
            if loose.corrected:
                found.corrected = relax.corrected_text(plan.text, loose.corrected)
        more = self._feedback(plan, found, scored, stored, reader, hits)
        if more is not None:
            queries.append(more)
        # hints add to the best items only when weighed (any rare word: many items)
        best = set(found.scores) if not weighed else {
            d for d, _ in relax.ranked(found.scores, found.tiers, weighted_mode.COMMON_DEPTH)}
        hints = relax.hint_query(plan, schema, reader, weighed)
        if hints is not None and found.scores:
            relax.add_hints(found.scores, {d: s for d, s in scored(hints, best).items()
                                           if d in best})
            queries.append(hints)
        joined = relax.joined_query(plan, schema, reader)
        if joined is not None and found.scores:
            relax.add_hints(found.scores, {d: s for d, s in scored(joined, best).items()
                                           if d in best}, JOIN_WEIGHT)
            queries.append(joined)
            titled = relax.joined_titles(plan, reader) if relax.JOINED_FIRST else None
            titled = scored(titled, set(found.scores)) if titled is not None else {}
            if titled:  # the compound as the minutes write it, in a title: first
                found.tiers = _first_within(found.scores, found.tiers, [titled.keys()])
        if plan.outcomes and found.scores:
            said = relax.outcome_query(plan, schema, reader)
            if said is not None:
                queries.append(said)
            for d in self._with_outcome(searcher, plan, found, scored, stored):
                found.scores[d] *= OUTCOME_BOOST
        if found.scores:  # the rare words in the title first (`search.titles`)
            titles.favour_titles(plan, found.scores, found.tiers, reader,
                                 lambda q, within: matching_docs(q, searcher, within))
        numbers = relax.named_numbers(plan) if NUMBER_BOOST != 1.0 else []
        if numbers and found.scores:  # "lokalplan 15.18": the plan's own items first
            for d, _ in relax.ranked(found.scores, found.tiers, NUMBER_DEPTH):
                if relax.names_number(stored(d).get("title", ""), numbers):
                    found.scores[d] *= NUMBER_BOOST
        if queries:
            found.matched = query.Or(queries)

    @staticmethod
    def _feedback(plan: relax.Plan, found: _Found, scored: Callable[..., Scores],
                  stored: Callable[[int], dict[str, Any]], reader: Any,
                  hits: Callable[[list[int]], int]) -> query.Query | None:
        """Items like the best hits, below them, when the matches make less than a page
        of hits (`hits`: cases when grouped, as for relaxing; `search.feedback`); the
        query that found them."""
        if (plan.sections or not found.scores or feedback.names_a_thing(plan.words)
                or len(found.scores) > feedback.COUNT_UP_TO
                or hits(list(found.scores)) >= feedback.FEEDBACK_BELOW):
            return None
        best = [stored(d).get("title", "") for d, _ in
                relax.ranked(found.scores, found.tiers, feedback.TOP_HITS)]
        stems = feedback.feedback_terms(best, [*plan.words, *plan.hints, *plan.common,
                                               *(found.corrected or "").split()],
                                        partial(reader.doc_frequency, "title"),
                                        reader.doc_count())
        more = feedback.feedback_query(stems, plan.boosts["title"])
        if more is None:
            return None
        if feedback.widen(found.scores, found.tiers, scored(more)):
            words = feedback.as_written(stems, best)
            found.relaxed.append(f"more like the best hits: {', '.join(words)}")
            return more
        return None

    @staticmethod
    def _favour(searcher: Searcher, soft: SoftFilters, found: _Found,
                flt: query.Query | None = None) -> None:
        """Dates and committees written in the query (`search.soft_filters`): their
        items' scores are multiplied by DATE_BOOST and COMMITTEE_BOOST; a committee's,
        a kommune's, a meeting day's items also rank first within each tier, a year's or
        month's do not (round 18: first held on none of the later queries). An item number
        written with other words ("punkt 5 teknisk udvalg 1.10.2025") adds the items of
        that number (and day) that the filters `flt` allow, whatever their words: they
        rank first."""
        if soft.numbers and found.scores:
            named = soft_filters.meeting_query(soft, _years(searcher.reader()))
            named = query.And([named, flt]) if flt is not None else named
            floor = min(found.scores.values())
            for d in matching_docs(named, searcher):
                found.scores.setdefault(d, floor)
        if not soft or not found.scores:
            return
        within = set(found.scores)
        for year, month in soft.dates:
            if month is None:
                on_date = soft_filters.of_year(
                    year, term_docs(query.Term("year", str(year)), searcher) & within,
                    lambda y: term_docs(query.Term("title", str(y)), searcher) & within, soft)
            else:
                last = calendar.monthrange(year, month)[1]
                days = query.DateRange("date", dt.datetime(year, month, 1),
                                       dt.datetime(year, month, last, 23, 59, 59))
                on_date = matching_docs(days, searcher, within) & within
            for d in on_date:
                found.scores[d] *= DATE_BOOST
        days = [r for day in soft.days for r in soft_filters.day_ranges(day, _years(
            searcher.reader()))]
        on_day = matching_docs(query.Or(days), searcher, within) & within if days else set()
        numbered = set().union(*(term_docs(query.Term("number", n), searcher)
                                 for n in soft.numbers)) & within
        for d in on_day | numbered:
            found.scores[d] *= DATE_BOOST
        in_committee = set().union(*(term_docs(query.Term("udvalg", name), searcher)
                                     for name in soft.committees)) & within
        for d in in_committee:
            found.scores[d] *= COMMITTEE_BOOST
        in_kommune = set().union(*(term_docs(query.Term("kommune", name), searcher)
                                   for name in soft.kommuner)) & within
        for d in in_kommune:
            found.scores[d] *= soft_filters.KOMMUNE_BOOST
        first = [docs for docs, on in ((in_committee, soft_filters.COMMITTEE_FIRST),
                                       (in_kommune, soft_filters.KOMMUNE_FIRST),
                                       (on_day, True), (numbered, True)) if docs and on]
        if first:  # a filter written in the query: within each tier, its items first
            found.tiers = _first_within(found.scores, found.tiers, first)
        found.read = soft.read

    def _approved(self, searcher: Searcher, text: str, sections: list[str] | tuple[str, ...],
                  flt: query.Query | None, expansions: Expansions,
                  found: _Found) -> query.Query | None:
        """With `--section beslutning` (not indstilling), the items whose decision only
        approves the recommendation ("Godkendt") and whose recommendation (or title,
        `APPROVED_TITLE`) holds the words: the recommendation is what was decided.
        Added to `found` with the recommendation's score (`APPROVED_WEIGHT`); returns
        the query that found them (for snippets), None if it found none."""
        if "beslutning" not in sections or "indstilling" in sections:
            return None
        schema, reader = self._ix.schema, searcher.reader()
        approved = ["indstilling", "title"] if APPROVED_TITLE else ["indstilling"]
        plan = relax.plan(text, approved)
        if plan is not None:
            relax.demote_common(plan, reader)
            q = relax.strict_query(plan, schema, reader)
        else:
            q = parse_query(text, schema, reader)
            q = restrict_to_sections(q, approved) if q is not None else None
        if q is None or q is query.NullQuery:
            return None
        added = False
        names_it = term_docs(query.Term("beslutning", stem_term("indstilling")), searcher)
        approving = query.Or([query.Term("outcome", o) for o in APPROVING_OUTCOMES])
        within = approving if flt is None else query.And([flt, approving])
        for d, score in self._scores(searcher, q, within, expansions).items():
            if (d not in found.scores
                    and (d in names_it or reader.doc_field_length(d, "beslutning", 0)
                         <= BARE_DECISION_TERMS)):
                found.scores[d] = found.approved[d] = APPROVED_WEIGHT * score
                added = True
        return q if added else None

    def _section_content(self, searcher: Searcher, text: str, plan: relax.Plan | None,
                         found: _Found, expansions: Expansions) -> None:
        """With a section filter, the words must occur in those sections, but an item
        ranks by what the whole item is about: a decision that names a nursing home in
        passing is not about one. Adds `SECTION_CONTENT` times the words' score over
        the whole item (any of them) to the items found."""
        if not SECTION_CONTENT:
            return
        schema, reader = self._ix.schema, searcher.reader()
        if plan is not None:
            whole = relax.plan(text)
            parts = [q for q in (whole.word_query(w, schema, reader) for w in whole.words)
                     if q is not None] if whole is not None else []
            q = query.Or(parts) if parts else None
        else:
            q = parse_query(text, schema, reader)
        if q is None:
            return
        for d, score in evaluate(q, searcher, set(found.scores), expansions).items():
            if d in found.scores:
                found.scores[d] += SECTION_CONTENT * score

    @staticmethod
    def _with_outcome(searcher: Searcher, plan: relax.Plan, found: _Found,
                      scored: Any, stored: Callable[[int], dict[str, Any]]) -> set[int]:
        """The items found whose decision has the outcome the query names ("afviste
        dispensation"): by the classified outcome (`index.outcomes`), an
        indstillingspunkt's outcome (read for the best OUTCOME_DEPTH items), or the
        outcome's own word in the decision ("afslag")."""
        within = set(found.scores)
        match = set().union(*(term_docs(query.Term("outcome", o), searcher)
                              for o in plan.outcomes)) & within
        decision = relax.decision_query(plan, searcher.schema, searcher.reader())
        if decision is not None:
            match |= set(scored(decision, within))
        for d, _ in relax.ranked(found.scores, found.tiers, OUTCOME_DEPTH):
            if d not in match:
                points = unpack_body(stored(d)["body"])["item"].get("outcomes") or []
                if any(p.get("outcome") in plan.outcomes for p in points):
                    match.add(d)
        return match

    @staticmethod
    def _scores(searcher: Searcher, q: query.Query, flt: query.Query | None,
                expansions: Expansions) -> Scores:
        """Every match with its score (`search.matching`), so the total does not depend
        on the limit. File records are masked: a bare NOT or a field query could match
        them."""
        excluded = term_docs(FILES, searcher)
        if flt is not None:
            if fewer(q, flt, searcher, expansions):  # the query first, then the filter
                scores = evaluate(q, searcher, expansions=expansions)
                allowed = matching_docs(flt, searcher, set(scores), expansions) - excluded
            else:
                allowed = matching_docs(flt, searcher, expansions=expansions) - excluded
                scores = evaluate(q, searcher, allowed, expansions)
            dropped = scores.keys() - allowed
        else:
            scores = evaluate(q, searcher, expansions=expansions)
            dropped = scores.keys() & excluded
        for docnum in dropped:
            del scores[docnum]
        return scores

    @staticmethod
    def _hit(fields: dict[str, Any], score: float, terms: dict[str, set[str]],
             marks: tuple[str, str] | None) -> Hit:
        body = unpack_body(fields["body"])
        snippet, types = snippet_and_sections(
            body["item"]["sections"], fields.get("title", ""), terms
        )
        return Hit(
            **_stored(fields),
            score=round(score, 4),
            closed=bool(fields.get("closed")),
            matched_sections=types,
            snippet=snippet.html(*(marks or ())),
            snippet_text=snippet.text,
            snippet_marks=list(snippet.marks),
            page=fields.get("page"),
            **decision_values(Hit, body["item"]),
        )

    def show(self, item_id: str) -> ItemRecord:
        """The whole item with this id: meeting, every section, and its source."""
        fields = self._searcher().document(id=item_id, doctype="item")
        if fields is None:
            raise ItemNotFound(item_id)
        body = unpack_body(fields["body"])
        meeting, item = body["meeting"], body["item"]
        return ItemRecord(
            id=item_id,
            kommune=meeting.get("kommune") or "",
            udvalg=meeting.get("udvalg") or "",
            date=meeting.get("date"),
            kind=meeting.get("kind") or "",
            place=meeting.get("place"),
            participants=meeting.get("participants") or [],
            item=item["number"],
            title=item["title"],
            case_number=item.get("case_number"),
            closed=bool(item.get("closed")),
            source=fields["path"],
            page=item.get("page"),
            sections=[section_from_dict(s) for s in item["sections"]],
            **decision_values(ItemRecord, item),
        )

    def _facets(self, searcher: Searcher, docnums: set[int]) -> dict[str, dict[str, int]]:
        """Counts of `docnums` by kommune, udvalg, year, section type and outcome."""
        reader = searcher.reader()
        out: dict[str, dict[str, int]] = {}
        for name in FACETS:
            if name == "section":
                counts = Counter({t: len(term_docs(query.Term("sections", t), searcher)
                                         & docnums) for t in SECTION_TYPES})
            elif reader.has_column(name):
                column = reader.column_reader(name)
                counts = Counter(column[d] for d in docnums)
            else:  # an index written before the field existed
                counts = Counter()
            out[name] = _most_first(counts)
        return out

    def case(self, number: str) -> CaseTimeline:
        """Every item of the case with this number (any punctuation), oldest first."""
        key = case_key(number)
        if key is None:
            raise QueryError(f"not a case number: {number!r}")
        steps = []
        for fields in self._searcher().documents(case_key=key):
            body = unpack_body(fields["body"])
            item = body["item"]
            steps.append((fields.get("date"), fields.get("position") or 0, CaseStep(
                **_stored(fields),
                sections=list(dict.fromkeys(s["type"] for s in item["sections"])),
                **decision_values(CaseStep, item),
            )))
        steps.sort(key=lambda s: (s[0] is None, s[0] or dt.datetime.min,
                                  body_level(s[2].udvalg), s[2].source, s[1]))
        return CaseTimeline(number=number, key=key, steps=[s[2] for s in steps])

    def stats(self) -> dict[str, Any]:
        """Item counts: total, and per kommune, udvalg, year and kind."""
        searcher = self._searcher()
        facets = {name: sorting.FieldFacet(name) for name in ("kommune", "udvalg", "year", "kind")}
        results = searcher.search(query.Term("doctype", "item"), limit=None,
                                  groupedby=facets, sortedby=None)
        out: dict[str, Any] = {"items": results.scored_length(),
                               "files": searcher.doc_count() - results.scored_length()}
        for name in facets:
            counts = Counter({str(k): len(v) for k, v in results.groups(name).items()})
            out[name] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        out.update(self._outcome_stats(searcher))
        return out

    @staticmethod
    def _outcome_stats(searcher: Searcher) -> dict[str, Any]:
        """Outcomes over all items, and per udvalg and year ({udvalg: {year: {outcome:
        n}}}); items without a decision count as "none"."""
        reader = searcher.reader()
        if not reader.has_column("outcome"):
            return {"outcome": {}, "outcome_by_udvalg_year": {}}
        outcome, udvalg, year = (reader.column_reader(n) for n in ("outcome", "udvalg", "year"))
        total: Counter = Counter()
        nested: dict[str, dict[str, Counter]] = {}
        for docnum in term_docs(ITEMS, searcher):
            value = outcome[docnum] or "none"
            total[value] += 1
            by_year = nested.setdefault(udvalg[docnum] or "", {})
            by_year.setdefault(year[docnum] or "", Counter())[value] += 1
        return {
            "outcome": _most_first(total),
            "outcome_by_udvalg_year": {
                u: {y: _most_first(c) for y, c in sorted(years.items())}
                for u, years in sorted(nested.items())
            },
        }


def _first_within(scores: Scores, tiers: dict[int, int],
                  first: list[Collection[int]]) -> dict[int, int]:
    """Each item's tier split in len(first) + 1, the items in more of the `first` sets
    first: (len(first) + 1) * tier + the number of sets it is not in, for the items of
    `scores` in their order. Made in C, then counted down per set's item: a weighed
    query has tens of thousands of items, the sets few."""
    n = len(first)
    out = dict(zip(scores, map(add, map((n + 1).__mul__, map(tiers.get, scores, repeat(0))),
                               repeat(n)), strict=True))
    for docs in first:
        for d in out.keys() & docs:
            out[d] -= 1
    return out


def _hits(stored: Callable[[int], dict[str, Any]], docnums: list[int]) -> int:
    """How many hits these items make, one per case: their distinct cases (read for a
    few items only; more than RELAX_BELOW hits' worth of items count as themselves)."""
    if len(docnums) >= RELAX_BELOW * grouping.CANDIDATES_PER_HIT:
        return len(docnums)
    return len({grouping.case_key(stored(d)) or d for d in docnums})


def _holds(reader: Any, term: str) -> bool:
    """Whether a text field of the index holds a term."""
    return any(reader.doc_frequency(f, term) for f in TEXT_FIELDS)


def _years(reader: Any) -> list[int]:
    """The years the index's items are from."""
    return [int(t) for t in reader.lexicon("year")]


def _most_first(counts: Counter) -> dict[str, int]:
    return dict(sorted(((str(k), v) for k, v in counts.items() if k and v),
                       key=lambda kv: (-kv[1], kv[0])))


def _stored(fields: dict[str, Any]) -> dict[str, Any]:
    """What a hit and a case's step read from an item's stored fields."""
    return {
        "id": fields["id"],
        "kommune": fields.get("kommune", ""),
        "udvalg": fields.get("udvalg", ""),
        "date": fields["date"].date().isoformat() if fields.get("date") else None,
        "kind": fields.get("kind", ""),
        "item": fields.get("number", ""),
        "title": fields.get("title", ""),
        "case_number": fields.get("case_number") or None,
        "source": fields["path"],
    }


def _decision_filter(outcome: str | list[str] | tuple[str, ...] | None,
                     against: str | None) -> query.Query | None:
    """The `outcome` (any of) and `against` filters, or None."""
    parts: list[query.Query] = []
    outcomes = [outcome] if isinstance(outcome, str) else list(outcome or [])
    if outcomes:
        unknown = [o for o in outcomes if o not in OUTCOMES]
        if unknown:
            raise QueryError(f"unknown outcome {unknown[0]!r} (known: {', '.join(OUTCOMES)})")
        parts.append(query.Or([query.Term("outcome", o) for o in outcomes]))
    if against is not None:
        key = party_key(against)
        if not key:
            raise QueryError(f"empty party for --against: {against!r}")
        parts.append(query.Term("against", key))
    return query.And(parts) if len(parts) > 1 else (parts[0] if parts else None)


def open_index(index_dir: str | Path | None = None) -> Referat:
    """Open the index at `index_dir` (default: $REFERAT_INDEX or the per-user folder)."""
    return Referat(index_dir)
