"""Evaluation on the judged set (judged.json, judged.qrels, split.json, split2.json,
split3.json,
split4.json, split5.json, split6.json, split7.json, split8.json, split9.json,
split10.json, split11.json, split12.json, split13.json, split14.json, split15.json,
split16.json, split17.json, split18.json, split19.json, split20.json,
split21.json, split22.json, split23.json, split24.json, split25.json); see
README.md.

Used by `evaluate.py --judged`. Runs come from judged_run.py: computed here for the
engines named in --engines (referat = the package imported by this interpreter), or read
from run files given as --run NAME=PATH (another branch's referat, run with its venv).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, unquote

import judged_run
from metrics import judged_share, mean, ndcg, precision_at_1, recall, reciprocal_rank, zero_hit

HERE = Path(__file__).resolve().parent
SET = HERE / "judged.json"
QRELS = HERE / "judged.qrels"
SPLIT = HERE / "split.json"
SPLIT_SHA256 = "81e97774edc0f856bcea2b1685acdbfba79fcfe793019f4621c9654809a25e06"
SPLIT2 = HERE / "split2.json"  # the second frozen test split (test2), its own file and hash
SPLIT2_SHA256 = "98224b134a0c2d146f151cc4c1ce129889ef9fd3ed82f3f50df2c27806f0351b"
SPLIT3 = HERE / "split3.json"  # the third frozen test split (test3), its own file and hash
SPLIT3_SHA256 = "e30f04fc749ed572e0ab2eddb80646924b0a94940b7d5da1b1811faaf8b7fa88"
SPLIT4 = HERE / "split4.json"  # the fourth frozen test split (test4), its own file and hash
SPLIT4_SHA256 = "d7ad126a1c75930aa20152df3eeaa9e4825c9ae524a36d4575e0ca563252d98e"
SPLIT5 = HERE / "split5.json"  # the fifth frozen test split (test5), its own file and hash
SPLIT5_SHA256 = "eb7c0070510035144cb723b2cc4305392fb5d603a80be269fda16abfdec1b570"
SPLIT6 = HERE / "split6.json"  # the sixth frozen test split (test6), its own file and hash
SPLIT6_SHA256 = "2ad11bf0730f60ca5d4d5bee608ce810d9a21d7f74e3fcbc1febf18129a28f09"
SPLIT7 = HERE / "split7.json"  # the seventh frozen test split (test7), its own file and hash
SPLIT7_SHA256 = "bdc8d19836f646ce307a7b0a92c6ef1b233cc085840e7a89f6070acbec0ca4f7"
SPLIT8 = HERE / "split8.json"  # the eighth frozen test split (test8), its own file and hash
SPLIT8_SHA256 = "0a72ca682d0a98beac9f9d8af31b892c792b6428aaccbc63776d7da0f262a050"
SPLIT9 = HERE / "split9.json"  # the ninth frozen test split (test9), its own file and hash
SPLIT9_SHA256 = "ef865cd8f8f23733870621c2744891d7ee06864846fcc842ed0c4c08545bbbe3"
SPLIT10 = HERE / "split10.json"  # the tenth frozen test split (test10), its own file and hash
SPLIT10_SHA256 = "0e504fd6de968b7af65214fd8b019abdf913b446e303498e85382789b418d735"
SPLIT11 = HERE / "split11.json"  # the eleventh frozen test split (test11), its own file and hash
SPLIT11_SHA256 = "1af5e0f6e2e3fd6d9704b639e778372d9879ff96d89f1da57efce0c453d5b43a"
SPLIT12 = HERE / "split12.json"  # the twelfth frozen test split (test12), its own file and hash
SPLIT12_SHA256 = "3718b2277311516dab60da366eee5b749e1d87549ac2e9f6ad06e22aae66d06e"
SPLIT13 = HERE / "split13.json"  # the thirteenth frozen test split (test13), its own file and hash
SPLIT13_SHA256 = "7d0d60c75ee4c76e83ae224829b8d94bbcf7b5ae2b6eba3b06019d4fcdf983b6"
SPLIT14 = HERE / "split14.json"  # the fourteenth frozen test split (test14), its own file and hash
SPLIT14_SHA256 = "9025beb8d318bf6fb5949f176772e7f338b9a627686aa644248878a4bdea0174"
SPLIT15 = HERE / "split15.json"  # the fifteenth frozen test split (test15), its own file and hash
SPLIT15_SHA256 = "88c126266fb6309baa6f83a9759fe003c5bbfc931ad95d6336ea7d50f67166a5"
SPLIT16 = HERE / "split16.json"  # the sixteenth frozen test split (test16), its own file and hash
SPLIT16_SHA256 = "44755f6311ee694b7d5ff94010a12d6ea9101ce219786c0cc7201b493f69f156"
SPLIT17 = HERE / "split17.json"  # the seventeenth frozen test split (test17), its own file and hash
SPLIT17_SHA256 = "260c35b6793705b304116414e1a83c7512ede263a5292f4c4eba28cfe2da3044"
SPLIT18 = HERE / "split18.json"  # the eighteenth frozen test split (test18), its own file and hash
SPLIT18_SHA256 = "361746a8d45c48fb32f3eb1cb3aa37790203c581b083421581bc34cb90dfeaab"
SPLIT19 = HERE / "split19.json"  # the nineteenth frozen test split (test19), its own file and hash
SPLIT19_SHA256 = "d6955d5e31aa1115d85e773ec1ead0474c50fb536487b72f00ae3a8ed9f461b6"
SPLIT20 = HERE / "split20.json"  # the twentieth frozen test split (test20), its own file and hash
SPLIT20_SHA256 = "8633a1cf007a8ad3ccf9b898b2ca94b806de100ffaee6a510f0c6edffc4f428f"
SPLIT21 = HERE / "split21.json"  # the twenty-first frozen test split (test21), own file and hash
SPLIT21_SHA256 = "f76433821496e68b24e43ae346ec50188e676985b05d95757cfe6a8452678186"
SPLIT22 = HERE / "split22.json"  # the twenty-second frozen test split (test22), own file and hash
SPLIT22_SHA256 = "70bf549d22753bd26ee482a29f91f4be056572824a6b7db7ba8a0f2ce4d91a0f"
SPLIT23 = HERE / "split23.json"  # the twenty-third frozen test split (test23), own file and hash
SPLIT23_SHA256 = "e558503b3defb98fbec5fed8a992084ced2461ed7d5c312a3d25487b2e319d3a"
SPLIT24 = HERE / "split24.json"  # the twenty-fourth frozen test split (test24), own file and hash
SPLIT24_SHA256 = "c8e23af3acd0c24bd6f11ae4feae4fbff8fae655413981420049f5e3a2404813"
SPLIT25 = HERE / "split25.json"  # the twenty-fifth frozen test split (test25), own file and hash
SPLIT25_SHA256 = "780fea3aceb8882a20c2ffd0d5d9de75a0ab190e50048da94323a1996e412317"
SPLITS = ("tuning", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8",
          "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16",
          "test17", "test18", "test19", "test20", "test21", "test22", "test23", "test24",
          "test25")

Run = dict[str, list[str]]  # query id -> ranked keys "<file>#<item>"

METRICS: dict[str, Callable] = {
    "nDCG@10": ndcg,
    "zero-hit": zero_hit,
    "P@1": precision_at_1,
    "R@10": recall,
    "MRR": reciprocal_rank,
    "judged@10": judged_share,
}
ENGINES = ("referat", "fts5", "tantivy")


# -- data ----------------------------------------------------------------------------


def docid(key: str) -> str:
    """A run key ("<file>#<item>") as a qrels document id (file name percent-quoted)."""
    rel, _, item = key.rpartition("#")
    return f"{quote(rel, safe='/')}#{item}"


def key_of(doc: str) -> str:
    rel, _, item = doc.rpartition("#")
    return f"{unquote(rel)}#{item}"


def read_qrels(path: Path = QRELS) -> dict[str, dict[str, int]]:
    """TREC qrels ("qid 0 docid grade") as {qid: {key: grade}}."""
    out: dict[str, dict[str, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            qid, _, doc, grade = line.split()
            out.setdefault(qid, {})[key_of(doc)] = int(grade)
    return out


def write_qrels(qrels: dict[str, dict[str, int]], order: list[str], path: Path = QRELS) -> None:
    lines = [f"{qid} 0 {docid(key)} {grade}"
             for qid in order for key, grade in sorted(qrels.get(qid, {}).items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _frozen(path: Path, sha256: str) -> dict:
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != sha256:
        print(f"WARNING: {path.name} differs from the frozen test split (sha256 changed)")
    return json.loads(raw)


def read_split(path: Path = SPLIT, path2: Path = SPLIT2, path3: Path = SPLIT3,
               path4: Path = SPLIT4, path5: Path = SPLIT5,
               path6: Path = SPLIT6, path7: Path = SPLIT7,
               path8: Path = SPLIT8, path9: Path = SPLIT9,
               path10: Path = SPLIT10, path11: Path = SPLIT11,
               path12: Path = SPLIT12, path13: Path = SPLIT13,
               path14: Path = SPLIT14, path15: Path = SPLIT15,
               path16: Path = SPLIT16, path17: Path = SPLIT17,
               path18: Path = SPLIT18, path19: Path = SPLIT19,
               path20: Path = SPLIT20,
               path21: Path = SPLIT21,
               path22: Path = SPLIT22,
               path23: Path = SPLIT23,
               path24: Path = SPLIT24,
               path25: Path = SPLIT25) -> dict[str, list[str]]:
    """{"tuning": [...], "test": [...], "test2": [...], ..., "test25": [...]}; warns when a
    frozen file changed."""
    data = _frozen(path, SPLIT_SHA256)
    test2 = _frozen(path2, SPLIT2_SHA256)["test2"]
    test3 = _frozen(path3, SPLIT3_SHA256)["test3"]
    test4 = _frozen(path4, SPLIT4_SHA256)["test4"]
    test5 = _frozen(path5, SPLIT5_SHA256)["test5"]
    test6 = _frozen(path6, SPLIT6_SHA256)["test6"]
    test7 = _frozen(path7, SPLIT7_SHA256)["test7"]
    test8 = _frozen(path8, SPLIT8_SHA256)["test8"]
    test9 = _frozen(path9, SPLIT9_SHA256)["test9"]
    test10 = _frozen(path10, SPLIT10_SHA256)["test10"]
    test11 = _frozen(path11, SPLIT11_SHA256)["test11"]
    test12 = _frozen(path12, SPLIT12_SHA256)["test12"]
    test13 = _frozen(path13, SPLIT13_SHA256)["test13"]
    test14 = _frozen(path14, SPLIT14_SHA256)["test14"]
    test15 = _frozen(path15, SPLIT15_SHA256)["test15"]
    test16 = _frozen(path16, SPLIT16_SHA256)["test16"]
    test17 = _frozen(path17, SPLIT17_SHA256)["test17"]
    test18 = _frozen(path18, SPLIT18_SHA256)["test18"]
    test19 = _frozen(path19, SPLIT19_SHA256)["test19"]
    test20 = _frozen(path20, SPLIT20_SHA256)["test20"]
    test21 = _frozen(path21, SPLIT21_SHA256)["test21"]
    test22 = _frozen(path22, SPLIT22_SHA256)["test22"]
    test23 = _frozen(path23, SPLIT23_SHA256)["test23"]
    test24 = _frozen(path24, SPLIT24_SHA256)["test24"]
    test25 = _frozen(path25, SPLIT25_SHA256)["test25"]
    return {"tuning": data["tuning"], "test": [q["id"] for q in data["test"]],
            "test2": [q["id"] for q in test2], "test3": [q["id"] for q in test3],
            "test4": [q["id"] for q in test4], "test5": [q["id"] for q in test5],
            "test6": [q["id"] for q in test6], "test7": [q["id"] for q in test7],
            "test8": [q["id"] for q in test8], "test9": [q["id"] for q in test9],
            "test10": [q["id"] for q in test10], "test11": [q["id"] for q in test11],
            "test12": [q["id"] for q in test12], "test13": [q["id"] for q in test13],
            "test14": [q["id"] for q in test14], "test15": [q["id"] for q in test15],
            "test16": [q["id"] for q in test16], "test17": [q["id"] for q in test17],
            "test18": [q["id"] for q in test18], "test19": [q["id"] for q in test19],
            "test20": [q["id"] for q in test20], "test21": [q["id"] for q in test21],
            "test22": [q["id"] for q in test22], "test23": [q["id"] for q in test23],
            "test24": [q["id"] for q in test24], "test25": [q["id"] for q in test25]}


def read_run(path: Path) -> Run:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {qid: entry["hits"] for qid, entry in data.items()}


def compute_runs(engines: list[str], workdir: Path, corpus: Path,
                 ablations: dict[str, Callable] | None = None) -> dict[str, Run]:
    """Runs of the named engines over the judged set, computed in this process, and of
    referat under each search-time ablation (name -> context manager factory)."""
    data = judged_run.load_set(SET)
    files, qs = data["files"], data["queries"]
    runs: dict[str, Run] = {}
    for name, context in (ablations or {}).items():
        raw = judged_run.run_referat(qs, corpus, files, workdir / "referat-main", 10, context)
        runs[name] = {qid: entry["hits"] for qid, entry in raw.items()}
    all_items = None
    for engine in engines:
        if engine == "referat":
            raw = judged_run.run_referat(qs, corpus, files, workdir / "referat-main", 10)
        else:
            all_items = all_items or judged_run.items(corpus, files, workdir)
            fn = judged_run.run_fts5 if engine == "fts5" else judged_run.run_tantivy
            raw = fn(qs, all_items, workdir, 10)
        runs[engine] = {qid: entry["hits"] for qid, entry in raw.items()}
    return runs


def case_units(workdir: Path, corpus: Path) -> dict[str, str]:
    """Every item key -> its case unit: "case:<number>" when it has a case number."""
    data = judged_run.load_set(SET)
    items = judged_run.items(corpus, data["files"], workdir)
    return {it["key"]: f"case:{it['case'].lower()}" if it["case"] else it["key"]
            for it in items}


def by_case(runs: dict[str, Run], qrels: dict[str, dict[str, int]],
            units: dict[str, str]) -> tuple[dict[str, Run], dict[str, dict[str, int]]]:
    """Runs and qrels over cases instead of items: a case is one document, graded by its
    best judged item, ranked where its first item is; for engines that group the items
    of a case under one hit (issue 17's "one case, one hit") and for those that do not."""
    def unit(key: str) -> str:
        return units.get(key, key)

    new_runs = {}
    for name, run in runs.items():
        new_runs[name] = {qid: list(dict.fromkeys(unit(k) for k in keys))
                          for qid, keys in run.items()}
    new_qrels: dict[str, dict[str, int]] = {}
    for qid, grades in qrels.items():
        out: dict[str, int] = {}
        for key, grade in grades.items():
            u = unit(key)
            out[u] = max(out.get(u, 0), grade)
        new_qrels[qid] = out
    return new_runs, new_qrels


# -- scoring -------------------------------------------------------------------------


def score(run: Run, qrels: dict[str, dict[str, int]], qids: list[str]) -> dict[str, dict]:
    """Per query: every metric of METRICS."""
    return {qid: {name: fn(run.get(qid, []), qrels.get(qid, {}))
                  for name, fn in METRICS.items()} for qid in qids}


def kinds_in_order(queries: list[dict]) -> list[str]:
    primary: list[str] = []
    tags: list[str] = []
    for q in queries:
        for i, kind in enumerate(q["kinds"]):
            target = primary if i == 0 else tags
            if kind not in primary and kind not in tags:
                target.append(kind)
    return primary + [t for t in tags if t not in primary]


def fmt(value: float | None) -> str:
    return "     -" if value is None else f"{value:6.3f}"


def tables(scores: dict[str, dict[str, dict]], queries: list[dict],
           metrics: list[str]) -> str:
    """One table per metric: rows = all + each kind, columns = engines."""
    names = list(scores)
    rows = [("all", queries)] + [(k, [q for q in queries if k in q["kinds"]])
                                 for k in kinds_in_order(queries)]
    out = []
    for metric in metrics:
        head = f"{metric:<12}{'n':>4}" + "".join(f"{n[:14]:>15}" for n in names)
        lines = [head, "-" * len(head)]
        for kind, qs in rows:
            vals = [mean([scores[n][q["id"]][metric] for q in qs]) for n in names]
            lines.append(f"{kind:<12}{len(qs):>4}" + "".join(f"{fmt(v):>15}" for v in vals))
        out.append("\n".join(lines))
    return "\n\n".join(out)


def report(runs: dict[str, Run], split_names: list[str], per_query: bool = False,
           json_out: Path | None = None, units: dict[str, str] | None = None) -> None:
    data = judged_run.load_set(SET)
    by_id = {q["id"]: q for q in data["queries"]}
    qrels = read_qrels()
    runs = {name: {qid: keys[:10] for qid, keys in run.items()} for name, run in runs.items()}
    if units is not None:  # collapse each run's top 10 items, as a user sees them
        runs, qrels = by_case(runs, qrels, units)
        print("(by case: the items of one case count as one document)")
    split = read_split()
    summary: dict = {}
    for split_name in split_names:
        qids = split[split_name]
        queries = [by_id[q] for q in qids]
        scores = {name: score(run, qrels, qids) for name, run in runs.items()}
        print(f"\n=== {split_name} split: {len(qids)} queries "
              f"(relevant = grade >= 1; zero-hit = no hits although a relevant item exists;"
              f" judged@10 = judged share of the returned top 10) ===\n")
        print(tables(scores, queries, list(METRICS)))
        groups = [("all", qids)] + [(k, [q["id"] for q in queries if k in q["kinds"]])
                                    for k in kinds_in_order(queries)]
        summary[split_name] = {
            name: {kind: {m: mean([s[q][m] for q in ids]) for m in METRICS} | {"n": len(ids)}
                   for kind, ids in groups}
            for name, s in scores.items()}
        if per_query:  # all three splits are tuning material since issue 17's round 4
            print(f"\nPer query nDCG@10 ({split_name} split)")
            for q in queries:
                vals = "".join(f"{scores[n][q['id']]['nDCG@10']:8.3f}" for n in runs)
                print(f"{q['id']}  {','.join(q['kinds'])[:24]:<25}{vals}  {q['query']}")
    if json_out:
        json_out.write_text(json.dumps(summary, indent=1), encoding="utf-8")


def unjudged(run: Run, qids: list[str], depth: int = 10) -> dict[str, list[str]]:
    """The keys in a run's top `depth` that carry no judgment, per query."""
    qrels = read_qrels()
    return {qid: [k for k in run.get(qid, [])[:depth] if k not in qrels.get(qid, {})]
            for qid in qids}
