"""Integrity of the judged set: the frozen split, the qrels and the query file agree
(run: .venv/bin/pytest -q benchmarks/relevance)."""

import hashlib
import json
from collections import Counter
from pathlib import Path

import judged_eval
import pytest

HERE = Path(__file__).resolve().parent


def test_test_split_is_frozen():
    raw = (HERE / "split.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == judged_eval.SPLIT_SHA256
    assert judged_eval.SPLIT_SHA256 in (HERE / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, sha256", [("test2", judged_eval.SPLIT2_SHA256),
                                          ("test3", judged_eval.SPLIT3_SHA256),
                                          ("test4", judged_eval.SPLIT4_SHA256),
                                          ("test5", judged_eval.SPLIT5_SHA256),
                                          ("test6", judged_eval.SPLIT6_SHA256),
                                          ("test7", judged_eval.SPLIT7_SHA256),
                                          ("test8", judged_eval.SPLIT8_SHA256),
                                          ("test9", judged_eval.SPLIT9_SHA256),
                                          ("test10", judged_eval.SPLIT10_SHA256),
                                          ("test11", judged_eval.SPLIT11_SHA256),
                                          ("test12", judged_eval.SPLIT12_SHA256),
                                          ("test13", judged_eval.SPLIT13_SHA256),
                                          ("test14", judged_eval.SPLIT14_SHA256),
                                          ("test15", judged_eval.SPLIT15_SHA256),
                                          ("test16", judged_eval.SPLIT16_SHA256),
                                          ("test17", judged_eval.SPLIT17_SHA256),
                                          ("test18", judged_eval.SPLIT18_SHA256),
                                          ("test19", judged_eval.SPLIT19_SHA256),
                                          ("test20", judged_eval.SPLIT20_SHA256),
                                          ("test21", judged_eval.SPLIT21_SHA256),
                                          ("test22", judged_eval.SPLIT22_SHA256),
                                          ("test23", judged_eval.SPLIT23_SHA256),
                                          ("test24", judged_eval.SPLIT24_SHA256),
                                          ("test25", judged_eval.SPLIT25_SHA256)])
def test_later_test_splits_are_frozen_and_match_the_queries(name, sha256):
    raw = (HERE / f"split{name.removeprefix('test')}.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == sha256
    assert sha256 in (HERE / "README.md").read_text(encoding="utf-8")
    queries = json.loads((HERE / "judged.json").read_text(encoding="utf-8"))["queries"]
    by_id = {q["id"]: q for q in queries}
    for frozen in json.loads(raw)[name]:
        q = by_id[frozen["id"]]
        assert (q["query"], q["kinds"], q["filters"]) == (
            frozen["query"], frozen["kinds"], frozen["filters"]), frozen["id"]


def test_splits_partition_the_queries_and_cover_every_kind():
    queries = json.loads((HERE / "judged.json").read_text(encoding="utf-8"))["queries"]
    split = judged_eval.read_split()
    ids = [q["id"] for q in queries]
    names = judged_eval.SPLITS
    assert sorted(q for name in names for q in split[name]) == sorted(ids)
    assert len(set().union(*(split[name] for name in names))) == len(ids)
    assert len(ids) >= 150 and len(split["test"]) >= 50
    assert len(split["test2"]) >= 70 and len(split["test3"]) >= 70
    assert len(split["test4"]) >= 70 and len(split["test5"]) >= 70
    assert len(split["test6"]) >= 70 and len(split["test7"]) >= 50
    assert len(split["test8"]) >= 70 and len(split["test9"]) >= 40
    assert len(split["test10"]) >= 75 and len(split["test11"]) >= 75
    assert len(split["test12"]) >= 75 and len(split["test13"]) >= 75
    assert len(split["test14"]) >= 63 and len(split["test15"]) >= 75
    assert len(split["test16"]) >= 75 and len(split["test17"]) >= 75
    assert len(split["test18"]) >= 75 and len(split["test19"]) >= 75
    assert len(split["test20"]) >= 75 and len(split["test21"]) >= 75
    assert len(split["test22"]) >= 75 and len(split["test23"]) >= 75
    assert len(split["test24"]) >= 75 and len(split["test25"]) >= 75
    primary = {q["id"]: q["kinds"][0] for q in queries}
    for name, least in (("test", 5), ("test2", 7), ("test3", 7), ("test4", 7),
                        ("test5", 7), ("test6", 7), ("test7", 5), ("test8", 7),
                        ("test10", 5), ("test11", 5), ("test12", 4),
                        ("test13", 4), ("test14", 3), ("test15", 3),
                        ("test16", 3), ("test17", 3), ("test18", 3),
                        ("test19", 3), ("test20", 3), ("test21", 3),
                        ("test22", 3), ("test23", 3), ("test24", 3),
                        ("test25", 3)):
        test_kinds = Counter(primary[q] for q in split[name])
        assert set(test_kinds) == set(primary.values())
        assert min(test_kinds.values()) >= least
    # test9 measures two kinds only: 20 questions and 20 synonyms by primary kind
    assert Counter(primary[q] for q in split["test9"]) == {"question": 20, "synonym": 20}


def test_qrels_judge_every_query_and_point_into_the_files():
    data = json.loads((HERE / "judged.json").read_text(encoding="utf-8"))
    files = set(data["files"])
    qrels = judged_eval.read_qrels()
    assert set(qrels) == {q["id"] for q in data["queries"]}
    for qid, grades in qrels.items():
        assert any(g > 0 for g in grades.values()), qid
        assert set(grades.values()) <= {0, 1, 2}, qid
        for key in grades:
            assert key.rpartition("#")[0] in files, key


def test_docid_round_trip():
    key = "greve/Klima-, Teknik- og Miljøudvalget_2022-01-17T080000+0100_x.json#14"
    doc = judged_eval.docid(key)
    assert " " not in doc and judged_eval.key_of(doc) == key


def test_by_case_collapses_items_of_one_case():
    units = {"a#1": "case:x", "b#2": "case:x", "c#3": "case:y"}
    runs = {"e": {"q": ["a#1", "b#2", "c#3", "d#4"]}}
    qrels = {"q": {"a#1": 0, "b#2": 2, "c#3": 1}}
    new_runs, new_qrels = judged_eval.by_case(runs, qrels, units)
    assert new_runs["e"]["q"] == ["case:x", "case:y", "d#4"]
    assert new_qrels["q"] == {"case:x": 2, "case:y": 1}
