"""Searching the real corpus subset through the Python API."""

from __future__ import annotations

import datetime as dt
import inspect
import json
from pathlib import Path

import pytest
from referat.index.writer import index_paths
from referat.search import QueryError, api

from referat import search

KTM = "Klima-, Teknik- og Miljøudvalget"


def titles(result) -> list[str]:
    return [h.title for h in result.hits]


def test_topic_finds_the_item(referat):
    result = referat.search("spildevandsplan")
    assert result.hits[0].title == "Forslag til Spildevandsplan 2023-2031"
    assert result.hits[0].kommune == "Greve"
    assert result.hits[0].udvalg == KTM


def test_topic_in_pdf_minutes(referat):
    result = referat.search("naturnationalpark")
    top = result.hits[0]
    assert top.title == "Forslag fra SF og ALT om Østjysk Marin Naturnationalpark"
    assert top.kommune == "Aarhus" and top.page == 27
    assert top.source.endswith("Aarhus_Byråd-Aarhus_Byråd_den_27._august_2025.pdf")


def test_words_are_anded_and_or_widens(referat):
    both = referat.search("naboorienteringer byggesager").total
    one = referat.search("naboorienteringer").total
    either = referat.search("naboorienteringer OR spildevandsplan").total
    assert 0 < both <= one < either


def test_not_excludes(referat):
    with_ = referat.search("spildevandsplan").total
    without = referat.search("spildevandsplan NOT forslag").total
    assert without < with_


def test_inflection_is_found(referat):
    # the item title says "Naboorienteringer"; the singular finds it through the stem
    assert "Naboorienteringer og parthøringer" in titles(referat.search("naboorientering"))


def test_phrase_matches_exact_forms_only(referat, monkeypatch):
    exact = referat.search('"naboorienteringer og parthøringer"')
    assert "Naboorienteringer og parthøringer" in titles(exact) and exact.relaxed == []
    other = referat.search('"naboorientering og parthøring"')  # as words, and says so
    assert other.relaxed[0] == '"naboorientering og parthøring" as words, not as a phrase'
    monkeypatch.setattr(api, "PHRASE_AS_WORDS", False)
    assert referat.search('"naboorientering og parthøring"').total == 0


def test_filters_kommune_and_udvalg(referat):
    greve = referat.search("budget", kommune="greve", limit=100)
    assert greve.total > 0 and {h.kommune for h in greve.hits} == {"Greve"}
    partial = referat.search("budget", udvalg="teknik", limit=100)
    assert partial.total > 0
    assert {h.udvalg for h in partial.hits} <= {KTM, "Teknisk Udvalg"}
    assert referat.search("budget", udvalg="TEKNIK").total == partial.total
    okonomi = referat.search("budget", udvalg="økonomi", limit=100)
    assert {h.udvalg for h in okonomi.hits} == {"Økonomiudvalget"}


def test_filters_dates_are_inclusive(referat):
    day = dt.date(2023, 5, 25)
    on = referat.search("", date_from=day, date_to=day, limit=100)
    assert on.total == 34 and {h.date for h in on.hits} == {"2023-05-25"}
    assert referat.search("", date_from="2023-05-26", date_to="2023-05-26").total == 0
    after = referat.search("", date_from="2025-01-01", limit=1000)
    assert after.total > 0 and min(h.date for h in after.hits) >= "2025-01-01"


def test_filter_kind(referat):
    agenda = referat.search("", kind="dagsorden", limit=1000)
    assert agenda.total > 0 and {h.kind for h in agenda.hits} == {"dagsorden"}
    sources = {Path(h.source).name for h in agenda.hits}
    assert "byraad-dagsorden-2025-10-08.html" in sources
    assert not any(s.startswith(("Klima", "Økonomi")) for s in sources)


def test_filter_section(referat):
    anywhere = referat.search("dispensation")
    in_decision = referat.search("dispensation", sections=["beslutning"])
    assert 0 < in_decision.total < anywhere.total
    for hit in in_decision.hits:  # or the decision approves the recommendation that has it
        assert "beslutning" in hit.matched_sections or (
            "indstilling" in hit.matched_sections and hit.outcome in ("godkendt", "anbefalet"))
    assert "beslutning" in in_decision.hits[0].matched_sections


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("23-004924", "Naboorienteringer og parthøringer"),
        ("23004924", "Naboorienteringer og parthøringer"),
        ("EMN-2023-009832", "Godkendelse af dagsorden"),
        ("2023-009832", "Godkendelse af dagsorden"),
        ("00.22.00-G01-2-24", "§17,4 - Digitalisering og beredskab - Godkendelse af dagsorden"),
    ],
)
def test_case_number_as_query_and_option(referat, typed, title):
    as_query = referat.search(typed)
    assert as_query.hits[0].title == title
    as_option = referat.search("", case=typed, limit=100)
    assert title in titles(as_option)
    assert all(h.case_number for h in as_option.hits)


def test_sort_by_date_newest_first(referat):
    result = referat.search("budget", sort="date", limit=50)
    dates = [h.date for h in result.hits]
    assert dates == sorted(dates, reverse=True)
    assert result.hits[0].date >= "2025-01-01"


def test_paging(referat):
    first = referat.search("budget", limit=5, page=1)
    second = referat.search("budget", limit=5, page=2)
    assert first.total == second.total > 10
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


def test_snippet_marks_matched_words(referat):
    hit = referat.search("spildevandsplan").hits[0]
    assert "<mark>" in hit.snippet and "</mark>" in hit.snippet
    marked = hit.snippet.split("<mark>")[1].split("</mark>")[0]
    assert marked.lower().startswith("spildevandsplan")
    custom = referat.search("spildevandsplan", marks=("[", "]")).hits[0]
    assert "[" in custom.snippet and "<mark>" not in custom.snippet


def test_snippet_fragments_hold_a_match_and_their_context(referat):
    """Each fragment holds a marked word, with context, up to the fragment length."""
    from referat.search.results import SNIPPET_CHARS, SNIPPET_FRAGMENTS

    hits = referat.search("affald").hits
    assert len(hits) == 10
    for hit in hits:
        fragments = hit.snippet.split(" … ")
        assert 1 <= len(fragments) <= SNIPPET_FRAGMENTS
        for fragment in fragments:
            assert "<mark>" in fragment
            plain = fragment.replace("<mark>", "").replace("</mark>", "")
            assert len(plain) <= SNIPPET_CHARS + 60
    # Fragments are about as long as asked (one token per word: with a token per
    # stem, exact form and part, they averaged a third of it).
    lengths = [len(f.replace("<mark>", "").replace("</mark>", ""))
               for h in hits for f in h.snippet.split(" … ")]
    assert sum(lengths) / len(lengths) > SNIPPET_CHARS * 0.45


def test_hit_json_schema(referat):
    data = referat.search("spildevandsplan").to_dict()
    json.dumps(data)
    hit = data["hits"][0]
    for key in ("id", "score", "kommune", "udvalg", "date", "kind", "item", "title",
                "case_number", "matched_sections", "snippet", "source", "page"):
        assert key in hit
    assert Path(hit["source"]).is_absolute()


def test_show_returns_whole_item(referat):
    hit = referat.search("23-004924").hits[0]
    record = referat.show(hit.id)
    assert record.title == "Naboorienteringer og parthøringer"
    assert record.case_number == "23-004924" and record.date == "2023-05-25"
    types = [s.type for s in record.sections]
    assert types[0] == "beslutning" and "sagsfremstilling" in types
    assert record.sections[0].text.startswith("Udvalget ønsker")
    with pytest.raises(search.ItemNotFound):
        referat.show("no-such-id")


def test_stats_add_up(referat):
    stats = referat.stats()
    assert stats["items"] > 1500
    for facet in ("kommune", "udvalg", "year", "kind"):
        assert sum(stats[facet].values()) == stats["items"]
    assert stats["kommune"]["Albertslund"] == 7
    assert set(stats["kind"]) == {"referat", "dagsorden"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"open phrase', "unbalanced quote"),
        ("(skole", "unbalanced parenthesis"),
        ("skole)", "unbalanced parenthesis"),
        ("foo:bar", "unknown field 'foo:'"),
        ("a*", "too short for a wildcard"),
        ("skole\x07", "control characters"),
        ("x" * 5000, "too long"),
    ],
)
def test_malformed_queries_raise_one_line_errors(referat, query, message):
    with pytest.raises(QueryError, match=message) as info:
        referat.search(query)
    assert "\n" not in str(info.value)


def test_bad_filters_raise(referat):
    with pytest.raises(QueryError, match="not a date"):
        referat.search("skole", date_from="2024-13-45")
    with pytest.raises(QueryError, match="unknown section type"):
        referat.search("skole", sections=["nope"])
    with pytest.raises(QueryError, match="is after"):
        referat.search("skole", date_from="2025-01-01", date_to="2024-01-01")


def test_every_filter_is_a_keyword_argument_of_search():
    """The search passes its filters on by the names `SEARCH_FILTERS` lists: each is a
    keyword-only argument of `Referat.search`, None by default."""
    arguments = inspect.signature(api.Referat.search).parameters
    for name in api.SEARCH_FILTERS:
        assert arguments[name].kind is inspect.Parameter.KEYWORD_ONLY, name
        assert arguments[name].default is None, name


def test_field_search_by_section_and_metadata(referat):
    # The field searches the decision text alone; --section beslutning also the
    # recommendations that decisions approve ("Godkendt"), ranked below.
    in_decision = referat.search("beslutning:dispensation", limit=100, group=False)
    section = referat.search("dispensation", sections=["beslutning"], limit=500, group=False)
    assert 0 < in_decision.total < section.total
    assert {h.id for h in in_decision.hits} <= {h.id for h in section.hits}
    by_udvalg = referat.search("udvalg:økonomiudvalget budget", limit=50)
    assert by_udvalg.total > 0 and {h.udvalg for h in by_udvalg.hits} == {"Økonomiudvalget"}


def write_minutes(folder: Path, name: str, decision: str, background: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        "REFERAT Teknisk Udvalg d. 01-02-2025\n\nMødedato Lørdag d. 1. februar 2025\n\n"
        "Punkt 1: Orientering om vejene\n\n01.02.03-A00-1-25\n\n"
        f"Sagsfremstilling\n\n{background}\n\nBeslutning\n\n{decision}\n",
        encoding="utf-8",
    )


def test_decision_outranks_background(tmp_path):
    """The same words in a decision rank above the same words in background text."""
    folder = tmp_path / "m"
    filler = "Udvalget drøftede sagen og tog orienteringen til efterretning."
    write_minutes(folder, "a.txt", decision=f"{filler} Fortovet på Skolevej renoveres.",
                  background=filler)
    write_minutes(folder, "b.txt", decision=filler,
                  background=f"{filler} Fortovet på Skolevej renoveres.")
    index_paths([folder], tmp_path / "ix", jobs=1)
    with search.open_index(tmp_path / "ix") as ix:
        hits = ix.search("fortovet skolevej", group=False).hits  # one case number
    assert [Path(h.source).name for h in hits] == ["a.txt", "b.txt"]
    assert hits[0].matched_sections == ["beslutning"]
    assert hits[1].matched_sections == ["sagsfremstilling"]


def test_exact_form_outranks_relative(tmp_path):
    folder = tmp_path / "m"
    write_minutes(folder, "exact.txt", decision="Plejecentret får nye senge.", background="x")
    write_minutes(folder, "relative.txt", decision="Plejecentrene får nye senge.",
                  background="x")
    index_paths([folder], tmp_path / "ix", jobs=1)
    with search.open_index(tmp_path / "ix") as ix:
        for word, first in (("plejecentret", "exact.txt"), ("plejecentrene", "relative.txt")):
            hits = ix.search(word, group=False).hits  # one case number
            assert len(hits) == 2
            assert Path(hits[0].source).name == first


def test_refresh_sees_new_commits(tmp_path):
    folder = tmp_path / "m"
    write_minutes(folder, "a.txt", decision="Godkendt.", background="Cykelparkering.")
    index_paths([folder], tmp_path / "ix", jobs=1)
    with search.open_index(tmp_path / "ix") as ix:
        assert ix.search("cykelparkering").total == 1
        write_minutes(folder, "b.txt", decision="Udsat.", background="Cykelparkering.")
        index_paths([folder], tmp_path / "ix", jobs=1)
        assert ix.search("cykelparkering").total == 1  # the old view until refreshed
        ix.refresh()
        assert ix.search("cykelparkering").total == 2


def test_threads_share_one_referat(referat):
    from concurrent.futures import ThreadPoolExecutor

    queries = ["spildevandsplan", "budget", "dispensation", "naboorientering", "busdrift"] * 8
    expected = {q: [h.id for h in referat.search(q).hits] for q in set(queries)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda q: (q, [h.id for h in referat.search(q).hits]), queries))
    assert all(ids == expected[q] for q, ids in got)


def test_words_typed_without_danish_letters(referat):
    """"Kobenhavn" and "Kbh" find "København"; a word the index holds is not respelled."""
    target = referat.search("København")
    assert target.total > 0
    for typed in ("Kobenhavn", "Kbh"):
        assert {h.id for h in referat.search(typed, limit=100, group=False).hits} == {
            h.id for h in referat.search("København", limit=100, group=False).hits}
    assert referat.search("Arhus").total == referat.search("Århus").total > 0
    # "mod" is in the index: it must not also match "møde"
    assert referat.search("mod").total < referat.search("møde").total


def test_prefix_expanding_to_too_many_words_is_refused(referat):
    with pytest.raises(QueryError, match="matches more than 512 words"):
        referat.search("be*")
    assert referat.search("spildevand*").total > 0


@pytest.mark.parametrize("text", ["dispensation ikke godkendt", "budget anlæg", "bygge* tilladelse",
                                  "(skole OR dagtilbud) budget"])
def test_top_hits_and_total_do_not_depend_on_the_limit(referat, text):
    """Regression: Whoosh's preloaded OR skipped matches inside an AND, and its top-N
    collector's count of matches depended on the limit."""
    small = referat.search(text, limit=10)
    large = referat.search(text, limit=100)
    assert [h.id for h in small.hits] == [h.id for h in large.hits[:10]]
    searcher = referat._searcher()
    q, _ = referat.build_query(text)
    assert small.total == large.total == len(set(searcher.docs_for_query(q)))


def test_a_commit_between_finding_and_reading_the_table_of_contents_is_survived(
        referat, monkeypatch):
    """A writer's commit deletes the table of contents a refreshing searcher found but had
    not read yet (FileNotFoundError, seen in test_crash): the searcher is opened again."""
    opened = referat._ix.searcher
    calls = []

    def racing(**kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise FileNotFoundError("_referat_1.toc")
        return opened(**kwargs)

    monkeypatch.setattr(referat._ix, "searcher", racing)
    referat.refresh()
    assert referat.search("budget").total > 0 and len(calls) == 2
