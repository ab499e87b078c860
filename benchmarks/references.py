"""Reference engines on the same items: stock Whoosh and SQLite FTS5 (standard library).

- stock Whoosh: one TEXT field with `LanguageAnalyzer("da")` (stored, for highlights),
  an ID field; one process, default writer settings; no section fields, no filters.
- SQLite FTS5: `unicode61 remove_diacritics 2` tokenizer (no stemming), `bm25()` order,
  `snippet()` for the top hits.

Both are fed (id, title + "\n" + text) from memory, so their time is indexing only.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from _common import fresh, whoosh_size

Item = tuple[str, str, str]  # id, title, text


def build_whoosh(items: Iterable[Item], folder: Path) -> float:
    """Index with stock Whoosh; returns the seconds taken."""
    from whoosh import index as whoosh_index
    from whoosh.analysis import LanguageAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    schema = Schema(id=ID(stored=True, unique=True),
                    text=TEXT(analyzer=LanguageAnalyzer("da"), stored=True))
    ix = whoosh_index.create_in(str(fresh(folder)), schema)
    started = time.perf_counter()
    writer = ix.writer()
    for item_id, title, text in items:
        writer.add_document(id=item_id, text=f"{title}\n{text}")
    writer.commit()
    return time.perf_counter() - started


def whoosh_searcher(folder: Path):
    from whoosh import index as whoosh_index
    from whoosh.qparser import QueryParser

    ix = whoosh_index.open_dir(str(folder))
    return ix.searcher(), QueryParser("text", ix.schema)


def whoosh_query(searcher, parser, text: str, snippets: bool = True) -> int:
    """Top 10 for `text` (AND of words, phrases), with highlights; returns the total."""
    results = searcher.search(parser.parse(text), limit=10)
    if snippets:
        for hit in results:
            hit.highlights("text")
    return len(results)


def build_fts5(items: Iterable[Item], path: Path) -> float:
    """Index with SQLite FTS5; returns the seconds taken."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE items USING fts5(id UNINDEXED, text, "
               "tokenize='unicode61 remove_diacritics 2')")
    started = time.perf_counter()
    with db:
        db.executemany("INSERT INTO items(id, text) VALUES (?, ?)",
                       ((i, f"{title}\n{text}") for i, title, text in items))
    db.execute("INSERT INTO items(items) VALUES ('optimize')")
    db.commit()
    seconds = time.perf_counter() - started
    db.close()
    return seconds


_FTS_WORD = re.compile(r'"[^"]*"|\S+')


def fts5_match(text: str) -> str:
    """A referat query's words and phrases as an FTS5 MATCH expression (AND)."""
    out = []
    for tok in _FTS_WORD.findall(text):
        if tok.startswith('"'):
            out.append(tok)
        elif tok.upper() in ("OR", "NOT", "AND"):
            out.append(tok.upper())
        else:
            word = tok.rstrip("*").replace('"', "")
            if word:
                out.append(f'"{word}"' + ("*" if tok.endswith("*") else ""))
    return " ".join(out)


def fts5_query(db: sqlite3.Connection, text: str, snippets: bool = True) -> int:
    """Top 10 by bm25 with snippets; returns how many rows came back."""
    match = fts5_match(text)
    if not match:
        return 0
    cols = "id, snippet(items, 1, '<mark>', '</mark>', ' … ', 24)" if snippets else "id"
    rows = db.execute(f"SELECT {cols} FROM items WHERE items MATCH ? "
                      "ORDER BY bm25(items) LIMIT 10", (match,)).fetchall()
    return len(rows)


def sizes(whoosh_dir: Path, fts_path: Path) -> tuple[int, int]:
    return whoosh_size(whoosh_dir), fts_path.stat().st_size
