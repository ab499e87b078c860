"""The judged set's run of referat with one of issue 17's features turned off.

    .venv/bin/python benchmarks/understanding/ablate.py VARIANT referat \
        --index /tmp/referat-judged/ix-VARIANT --out /tmp/VARIANT.json
    .venv/bin/python benchmarks/relevance/evaluate.py --judged --split tuning \
        --run VARIANT=/tmp/VARIANT.json

VARIANT joins these with "-" (any order); the arguments after it are
benchmarks/relevance/judged_run.py's (from issue 17's judged set). Index-time variants
(nostemfix, nocommittees) need an index of their own (--index).

  nogroup      Referat.search(group=False): every item a hit of its own
  flatten      grouped, each hit followed by its `also` items (what a reader sees)
  norelax      no relaxation (search.api.RELAX_BELOW = 0)
  nohints      no hint words (search.relax.HINT_WORDS empty)
  nocorrect    no spelling correction
  noqparts     no compound parts at query time
  nojoin       no joined compounds of two typed words
  nominmatch   every word required when relaxing
  nosyn        no synonyms
  nocompsyn    no compounds with a part replaced by its synonyms (skraldebil -> affaldsbil)
  nooutcome    outcome words read as plain words (no outcome boost)
  noirregular  omlyd plurals not joined (barn/børn)
  nomeant      no "did you mean" for rare words
  noties       equal scores in index order (no tie-break by date and id)
  nofill       no page fill with one-word matches (search.relax.FILL_PAGE)
  noshortcomm  "sundhedsudvalget" names no committee (search.filters.SHORT_COMMITTEES)
  nosectcontent a section filter ranks by the sections only (SECTION_CONTENT = 0)
  nosoft       years and committees in the query text are plain words (SOFT_FILTERS)
  nocasehits   RELAX_BELOW counts items, not the cases they make (CASE_HITS)
  nostemfix    Snowball's stems uncorrected (index time)
  nocommittees committee names indexed in decisions (index time)
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "relevance"))

import referat.index.analysis as analysis  # noqa: E402
import referat.index.documents as documents  # noqa: E402
import referat.search.api as sapi  # noqa: E402
import referat.search.filters as filters  # noqa: E402
import referat.search.grouping as grouping  # noqa: E402
import referat.search.relax as relax  # noqa: E402


def flat_search(search):
    @functools.wraps(search)
    def run(self, *args, **kwargs):
        result = search(self, *args, **kwargs)
        hits = []
        for hit in result.hits:
            hits.append(hit)
            hits += [SimpleNamespace(source=o["source"], item=o["item"]) for o in hit.also]
        result.hits = hits
        return result
    return run


PATCHES = {
    "nogroup": lambda: setattr(sapi.Referat, "search",
                               functools.partialmethod(sapi.Referat.search, group=False)),
    "flatten": lambda: setattr(sapi.Referat, "search", flat_search(sapi.Referat.search)),
    "norelax": lambda: setattr(sapi, "RELAX_BELOW", 0),
    "nohints": lambda: (setattr(relax, "HINT_WORDS", frozenset()),
                        setattr(relax, "DECISION_HINTS", frozenset())),
    "nocorrect": lambda: setattr(sapi, "best_correction", lambda reader, word: None),
    "noqparts": lambda: setattr(relax, "parts_query", lambda word, plan: None),
    "nojoin": lambda: setattr(relax, "joined_query", lambda p, schema, reader: None),
    "nominmatch": lambda: setattr(relax, "min_should_match", lambda n: n),
    "nosyn": lambda: (setattr(relax, "synonyms", lambda word: ()),
                      setattr(relax, "compound_synonyms", lambda word: ())),
    "nocompsyn": lambda: setattr(relax, "compound_synonyms", lambda word: ()),
    "nooutcome": lambda: setattr(relax, "outcome_phrases", lambda folded: ([], set())),
    "noirregular": lambda: setattr(relax, "other_forms", lambda word: ()),
    "nomeant": lambda: setattr(sapi, "likely_meant", lambda reader, word, hits: None),
    "noties": lambda: setattr(grouping, "settle_ties", lambda ranked, tiers, fields: ranked),
    "nofill": lambda: setattr(relax, "FILL_PAGE", False),
    "noshortcomm": lambda: setattr(filters, "SHORT_COMMITTEES", False),
    "nosectcontent": lambda: setattr(sapi, "SECTION_CONTENT", 0.0),
    "nosoft": lambda: setattr(sapi, "SOFT_FILTERS", False),
    "nocasehits": lambda: setattr(sapi, "CASE_HITS", False),
    "nostemfix": lambda: setattr(analysis, "stem_fixed", lambda word, stem: stem),
    "nocommittees": lambda: setattr(documents, "without_committees", lambda text: text),
}


def main() -> None:
    variant = sys.argv.pop(1)
    for name in variant.split("-"):
        PATCHES[name]()
    import judged_run

    judged_run.main()


if __name__ == "__main__":
    main()
