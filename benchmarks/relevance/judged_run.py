"""Runs of the judged set (judged.json) through one engine, written as a JSON run file.

    # referat as installed in the interpreter that runs this script (main or a branch):
    .venv/bin/python benchmarks/relevance/judged_run.py referat --out runs/referat-main.json
    /work/wt-17/.venv/bin/python benchmarks/relevance/judged_run.py referat \
        --index /tmp/referat-judged/referat-issue17 --out runs/referat-issue17.json
    # reference engines (tantivy from the optional extra `bench`):
    .venv/bin/python benchmarks/relevance/judged_run.py fts5 --out runs/fts5.json
    .venv/bin/python benchmarks/relevance/judged_run.py tantivy --out runs/tantivy.json

A run file maps each query id to its ranked hits (`"<file>#<item>"`, at most --depth)
and the total hit count; referat's also its hits' `also` items, and `listed`: the hits
with each one's `also` items after it, as a reader sees them. Only the standard library
is needed besides the engine: the script is meant to run under another worktree's venv
too (its `referat` package is the one measured). Every engine indexes the same items:
the files listed in judged.json.

Engines:
  referat   index_paths + Referat.search(query, **filters) (the package imported here)
  fts5      SQLite FTS5, unicode61 remove_diacritics 2 (no stemming), AND of the words
            (benchmarks/references.py's query translation), bm25 order
  tantivy   tantivy-py, simple tokenizer + lowercase + Snowball Danish stemmer, title and
            text fields, tantivy's own query parser (OR of the words, BM25)
  tantivy-variant  the same index, run on each query's `variant` (the need written as
            the administration would: spelling corrected, compound joined or split,
            synonym replaced, filter value as stored); pooling only, never reported
Reference engines apply filters after retrieval: a filter value matches when its folded
lower-case form (æ→ae, ø→oe, å→aa) is part of the item's kommune / udvalg; dates compare
as ISO strings; `sections` restricts the matched text to those section types.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import re
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_WORKDIR = Path("/tmp/referat-judged")
DEPTH = 20
FETCH = 400  # reference engines: hits fetched before post-filtering


def load_set(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def key(rel: str, item: str) -> str:
    return f"{rel}#{item}"


def files_stamp(files: list[str], extra: str = "") -> str:
    h = hashlib.sha1(extra.encode())
    h.update("\n".join(files).encode())
    return h.hexdigest()


# -- items for the reference engines -------------------------------------------------


def items(corpus: Path, files: list[str], workdir: Path) -> list[dict]:
    """Every item of the files: key, title, kommune, udvalg, date, section texts by type.

    Parsed with referat's readers (the same items referat indexes), cached in workdir.
    """
    cache = workdir / "items.json"
    stamp = files_stamp(files)
    if cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data["stamp"] == stamp:
            return data["items"]
    from referat.index.readers import parse_file

    out = []
    for rel in files:
        result = parse_file(corpus / rel)
        if not result.ok:
            raise SystemExit(f"{rel}: {result.status}: {result.reason}")
        m = result.meeting
        for it in m.items:
            out.append({
                "key": key(rel, it.number), "title": it.title, "kommune": m.kommune or "",
                "udvalg": m.udvalg or "", "date": str(m.date or ""),
                "case": getattr(it, "case_number", None) or "",
                "sections": [[s.type, s.text] for s in it.sections if s.text.strip()],
            })
    workdir.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"stamp": stamp, "items": out}, ensure_ascii=False),
                     encoding="utf-8")
    return out


def item_text(item: dict, sections: list[str] | None = None) -> str:
    parts = [] if sections else [item["title"], item["case"]]
    parts += [text for typ, text in item["sections"] if not sections or typ in sections]
    return "\n\n".join(parts)


_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def fold(text: str) -> str:
    return text.lower().translate(_FOLD)


def passes(item: dict, filters: dict) -> bool:
    for name in ("kommune", "udvalg"):
        value = filters.get(name)
        if value and fold(value) not in fold(item[name]):
            return False
    if filters.get("date_from") and item["date"] < filters["date_from"]:
        return False
    return not (filters.get("date_to") and item["date"] > filters["date_to"])


# -- engines -------------------------------------------------------------------------


def package_stamp(folder: Path) -> str:
    """A hash of the indexing code and data (the index is rebuilt when they change)."""
    h = hashlib.sha1()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".tsv", ".pickle"):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def run_referat(qs: list[dict], corpus: Path, files: list[str], index_dir: Path,
                depth: int, context=contextlib.nullcontext) -> dict:
    """referat's hits per query; `context()` wraps each search (ablations patch there)."""
    from referat.search import Referat

    from referat import index as rindex

    stamp_file = index_dir / "JUDGED_STAMP"
    stamp = files_stamp(files, package_stamp(Path(rindex.__file__).resolve().parent))
    if not (stamp_file.exists() and stamp_file.read_text() == stamp):
        print(f"indexing {len(files)} files into {index_dir} ...", file=sys.stderr, flush=True)
        if index_dir.exists():
            import shutil
            shutil.rmtree(index_dir)
        rindex.index_paths([str(corpus / f) for f in files], index_dir=index_dir, jobs=2)
        stamp_file.write_text(stamp)
    ref = Referat(index_dir)
    root = corpus.resolve()
    out = {}
    for q in qs:
        started = time.perf_counter()
        try:
            with context():
                result = ref.search(q["query"], limit=depth, **q.get("filters", {}))
        except Exception as exc:  # noqa: BLE001 - a query error is a result (0 hits)
            out[q["id"]] = {"hits": [], "total": 0, "error": f"{type(exc).__name__}: {exc}"}
            continue
        hits = [key(str(Path(h.source).resolve().relative_to(root)), h.item)
                for h in result.hits]
        entry = {"hits": hits, "total": getattr(result, "total", len(hits)),
                 "ms": round(1000 * (time.perf_counter() - started), 1)}
        also, listed = [], []
        for hit, h in zip(hits, result.hits, strict=True):
            listed.append(hit)
            for other in getattr(h, "also", None) or []:
                src = getattr(other, "source", None) or (other.get("source")
                                                        if isinstance(other, dict) else None)
                num = getattr(other, "item", None) or (other.get("item")
                                                      if isinstance(other, dict) else None)
                if src and num:
                    also.append(key(str(Path(src).resolve().relative_to(root)), str(num)))
                    listed.append(also[-1])
        if also:
            entry["also"] = also
            entry["listed"] = listed[:depth]
        out[q["id"]] = entry
    return out


_FTS_WORD = re.compile(r'"[^"]*"|\S+')


def fts5_match(text: str) -> str:
    """The query's words and phrases as an FTS5 MATCH expression (AND); as in
    benchmarks/references.py."""
    out = []
    for tok in _FTS_WORD.findall(text):
        if tok.startswith('"'):
            inner = tok.strip('"').replace('"', "")
            if inner.strip():
                out.append(f'"{inner}"')
        elif tok.upper() in ("OR", "NOT", "AND"):
            out.append(tok.upper())
        else:
            word = tok.rstrip("*").replace('"', "")
            if word:
                out.append(f'"{word}"' + ("*" if tok.endswith("*") else ""))
    return " ".join(out)


def run_fts5(qs: list[dict], all_items: list[dict], workdir: Path, depth: int) -> dict:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE items USING fts5(k UNINDEXED, text, "
               "tokenize='unicode61 remove_diacritics 2')")
    with db:
        db.executemany("INSERT INTO items(k, text) VALUES (?, ?)",
                       ((it["key"], item_text(it)) for it in all_items))
    by_key = {it["key"]: it for it in all_items}
    out = {}
    for q in qs:
        match = fts5_match(q["query"])
        rows = []
        if match:
            try:
                rows = db.execute("SELECT k FROM items WHERE items MATCH ? ORDER BY bm25(items)",
                                  (match,)).fetchall()
            except sqlite3.OperationalError as exc:
                out[q["id"]] = {"hits": [], "total": 0, "error": str(exc)}
                continue
        hits = [k for (k,) in rows if passes(by_key[k], q.get("filters", {}))]
        hits = _in_sections(hits, by_key, q)
        out[q["id"]] = {"hits": hits[:depth], "total": len(hits)}
    return out


def _in_sections(hits: list[str], by_key: dict, q: dict) -> list[str]:
    """Section filter for the reference engines: keep hits whose chosen sections hold
    one of the query's words (folded, as a prefix of a word of at least 4 letters)."""
    sections = q.get("filters", {}).get("sections")
    if not sections:
        return hits
    words = [fold(w)[:max(4, len(w) - 2)] for w in re.findall(r"\w+", q["query"])]
    keep = []
    for k in hits:
        text = fold(item_text(by_key[k], sections))
        if any(re.search(r"\b" + re.escape(w), text) for w in words):
            keep.append(k)
    return keep


def tantivy_index(all_items: list[dict], workdir: Path):
    import tantivy

    folder = workdir / "tantivy"
    stamp = files_stamp([it["key"] for it in all_items], "tantivy-da-1")
    analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                .filter(tantivy.Filter.lowercase())
                .filter(tantivy.Filter.stemmer("danish")).build())
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("k", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", stored=False, tokenizer_name="da")
    sb.add_text_field("text", stored=False, tokenizer_name="da")
    schema = sb.build()
    fresh = not ((folder / "STAMP").exists() and (folder / "STAMP").read_text() == stamp)
    if fresh:
        import shutil
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    ix = tantivy.Index(schema, path=str(folder))
    ix.register_tokenizer("da", analyzer)
    if fresh:
        writer = ix.writer(heap_size=200_000_000, num_threads=1)
        for it in all_items:
            body = "\n\n".join([it["case"], *(text for _, text in it["sections"])])
            writer.add_document(tantivy.Document(k=it["key"], title=it["title"], text=body))
        writer.commit()
        writer.wait_merging_threads()
        (folder / "STAMP").write_text(stamp)
    ix.reload()
    return ix


def run_tantivy(qs: list[dict], all_items: list[dict], workdir: Path, depth: int,
                variant: bool = False) -> dict:
    ix = tantivy_index(all_items, workdir)
    searcher = ix.searcher()
    by_key = {it["key"]: it for it in all_items}
    out = {}
    for q in qs:
        src = q.get("variant") if variant else q
        if variant and not src:
            continue
        text, filters = src["query"], src.get("filters", q.get("filters", {}))
        try:
            parsed = ix.parse_query(text, ["title", "text"])
        except ValueError:
            parsed, _errors = ix.parse_query_lenient(text, ["title", "text"])
        res = searcher.search(parsed, limit=FETCH)
        hits = [searcher.doc(addr)["k"][0] for _score, addr in res.hits]
        hits = [k for k in hits if passes(by_key[k], filters)]
        hits = _in_sections(hits, by_key, {"query": text, "filters": filters})
        out[q["id"]] = {"hits": hits[:depth], "total": len(hits)}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("engine", choices=["referat", "fts5", "tantivy", "tantivy-variant"])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--set", type=Path, default=HERE / "judged.json")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument("--index", type=Path, help="referat's index folder "
                    "(default: WORKDIR/referat-main); rebuilt when the files or the "
                    "indexing code (the package's index/) change")
    ap.add_argument("--depth", type=int, default=DEPTH)
    args = ap.parse_args(argv)

    data = load_set(args.set)
    files, qs = data["files"], data["queries"]
    if args.engine == "referat":
        run = run_referat(qs, args.corpus, files, args.index or args.workdir / "referat-main",
                          args.depth)
    else:
        all_items = items(args.corpus, files, args.workdir)
        if args.engine == "fts5":
            run = run_fts5(qs, all_items, args.workdir, args.depth)
        else:
            run = run_tantivy(qs, all_items, args.workdir, args.depth,
                              variant=args.engine == "tantivy-variant")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(run, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{args.engine}: {len(run)} queries -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
