"""Indexing: documents per item, incremental re-indexing, idempotence, the lock."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import referat.index.writer as writer_module
from referat.index.lock import IndexLocked, WriterLock
from referat.index.schema import case_keys
from referat.index.writer import Indexer, index_paths

from referat import search


def all_items(index_dir: Path) -> dict[str, tuple[str, str]]:
    """id -> (path, title) of every item in the index."""
    with search.open_index(index_dir) as ix:
        searcher = ix._searcher()
        return {
            f["id"]: (f["path"], f["title"]) for f in searcher.documents(doctype="item")
        }


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every file the indexer parses (the indexer runs with jobs=1)."""
    seen: list[str] = []
    original = writer_module.parse_bytes

    def counting(data: bytes, source: str, *args):
        seen.append(Path(source).name)
        return original(data, source, *args)

    monkeypatch.setattr(writer_module, "parse_bytes", counting)
    return seen


def run(folder: Path, index_dir: Path, **kwargs):
    return Indexer(index_dir, jobs=1, **kwargs).run([folder])


def test_subset_report_counts_items_and_skips(corpus_index):
    _, report = corpus_index
    skipped = {Path(s.path).name: s.status for s in report.skipped}
    assert skipped["boligforening-info-til-beboere.pdf"] == "not_minutes"
    assert skipped["XML_1863.xml"] == "not_minutes"
    assert skipped["Ekstraordinært PUK.docx"] == "unsupported"
    assert report.items_added > 1500
    assert report.items_updated == report.items_removed == 0


def assert_one_document_per_item(index_dir: Path, corpus: Path) -> None:
    """The Albertslund meeting gives its 7 items, and every indexed Greve meeting as many
    items as its JSON lists. The index holds resolved paths: `corpus` may be reached
    through a symlink (`../shared` often is one)."""
    items = all_items(index_dir)
    albertslund = corpus / "albertslund" / "referat-digitalisering-og-beredskab-2026-02-23.txt"
    titles = sorted(t for p, t in items.values() if p == str(albertslund.resolve()))
    assert len(titles) == 7
    assert "Underskriftsblad" in titles
    greve = [p for p, _ in items.values() if "/greve/" in p]
    # every Greve item of the indexed files, none lost, none invented
    expected = 0
    for path in {p for p in greve}:
        expected += len(json.loads(Path(path).read_text(encoding="utf-8"))["Dagsordenpunkter"])
    assert greve and len(greve) == expected


def test_one_document_per_item(corpus_index, corpus):
    assert_one_document_per_item(corpus_index[0], corpus)


def test_one_document_per_item_through_a_symlinked_corpus(corpus, tmp_path):
    """The README's test command with `../shared` a symlink: the same test, on a small
    index built through the link."""
    (tmp_path / "shared").symlink_to(corpus.parent.resolve(), target_is_directory=True)
    linked = tmp_path / "shared" / "corpus"
    assert linked.resolve() != linked
    greve = sorted((linked / "greve").glob("*.json"))[:3]
    index_paths([linked / "albertslund", *greve], index_dir=tmp_path / "ix", jobs=1)
    assert_one_document_per_item(tmp_path / "ix", linked)


def test_reindex_unchanged_reads_nothing(workdir, tmp_path, reads):
    index_dir = tmp_path / "ix"
    first = run(workdir, index_dir)
    assert first.files_read == 5 and len(reads) == 5
    before = all_items(index_dir)
    second = run(workdir, index_dir)
    assert len(reads) == 5  # nothing parsed again
    assert second.files_unchanged == 5
    assert second.items_added == second.items_removed == second.items_updated == 0
    assert all_items(index_dir) == before


def test_touched_file_is_not_reparsed(workdir, tmp_path, reads):
    index_dir = tmp_path / "ix"
    run(workdir, index_dir)
    target = workdir / "albertslund.txt"
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    report = run(workdir, index_dir)
    assert len(reads) == 5  # hashed, found unchanged, not parsed
    assert report.files_read == 0 and report.items_updated == 0


def test_changed_file_replaces_its_items(workdir, tmp_path, reads):
    index_dir = tmp_path / "ix"
    run(workdir, index_dir)
    before = all_items(index_dir)
    target = workdir / "teknik-og-miljoe-2025-03-10.txt"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("Udsat til næste møde.", "Godkendt med ændringer."),
                      encoding="utf-8")
    report = run(workdir, index_dir)
    assert reads[-1] == target.name and len(reads) == 6
    assert report.items_updated == 3 and report.items_added == 0
    after = all_items(index_dir)
    assert len(after) == len(before)
    old_ids = {i for i, (p, _) in before.items() if p == str(target)}
    new_ids = {i for i, (p, _) in after.items() if p == str(target)}
    assert len(new_ids) == 3 and not old_ids & new_ids
    with search.open_index(index_dir) as ix:
        assert ix.search("ændringer", sections=["beslutning"]).total == 1


def test_deleted_file_drops_its_items(workdir, tmp_path):
    index_dir = tmp_path / "ix"
    run(workdir, index_dir)
    (workdir / "albertslund.txt").unlink()
    report = run(workdir, index_dir)
    assert report.files_removed == 1 and report.items_removed == 7
    assert not any(p.endswith("albertslund.txt") for p, _ in all_items(index_dir).values())


def test_moved_file_is_not_reparsed_and_keeps_ids(workdir, tmp_path, reads):
    index_dir = tmp_path / "ix"
    run(workdir, index_dir)
    before = all_items(index_dir)
    (workdir / "sub").mkdir()
    shutil.move(workdir / "albertslund.txt", workdir / "sub" / "moved.txt")
    report = run(workdir, index_dir)
    assert len(reads) == 5 and report.files_moved == 1
    after = all_items(index_dir)
    assert set(after) == set(before)
    assert sum(p.endswith("sub/moved.txt") for p, _ in after.values()) == 7


def test_same_run_twice_equals_fresh_build(workdir, tmp_path):
    run(workdir, tmp_path / "a")
    run(workdir, tmp_path / "a")
    run(workdir, tmp_path / "b")
    assert all_items(tmp_path / "a") == all_items(tmp_path / "b")


def test_kommune_option_overrides(workdir, tmp_path):
    index_paths([workdir / "teknik-og-miljoe-2025-03-10.txt"], tmp_path / "ix",
                kommune="Eksempelby", jobs=1)
    with search.open_index(tmp_path / "ix") as ix:
        assert ix.stats()["kommune"] == {"Eksempelby": 3}


def test_second_writer_is_refused_with_holder(tmp_path, workdir):
    index_dir = tmp_path / "ix"
    run(workdir, index_dir)
    with WriterLock(index_dir):
        with pytest.raises(IndexLocked, match=f"process {os.getpid()} since"):
            run(workdir, index_dir)


@pytest.mark.parametrize(
    ("case_number", "typed"),
    [
        ("23-004924", "23004924"),
        ("EMN-2023-009832", "2023-009832"),
        ("EMN-2023-009832", "2023009832"),
        ("EMN-2023-009832", "emn-2023-009832"),
        ("00.22.00-G01-2-24", "002200G01224"),
    ],
)
def test_case_keys_share_a_key_with_what_users_type(case_number, typed):
    assert case_keys(case_number) & case_keys(typed)


def test_case_keys_do_not_confuse_serials():
    assert not case_keys("EMN-2023-009832") & case_keys("EMN-2024-009832")


def test_pdf_is_extracted_once_even_when_parse_cache_is_gone(corpus, tmp_path, monkeypatch):
    import referat.index.readers.pdf as pdf
    from referat.index.fingerprints import reader_fingerprint

    extractions: list[int] = []
    original = pdf.extract_pieces
    monkeypatch.setattr(pdf, "extract_pieces",
                        lambda data: extractions.append(len(data)) or original(data))
    orderings: list[int] = []  # the reading order is applied to cached text too
    ordered = pdf.page_lines
    monkeypatch.setattr(pdf, "page_lines",
                        lambda pages: orderings.append(len(pages)) or ordered(pages))
    folder = tmp_path / "m"
    folder.mkdir()
    shutil.copy(corpus / "syddjurs" / "Ekstraordinært PUK.pdf", folder / "puk.pdf")
    index_dir = tmp_path / "ix"
    assert run(folder, index_dir).items_added == 1
    assert len(extractions) == 1
    # new reader code (a new fingerprint) and a moved file: parsed again, not extracted
    shutil.rmtree(index_dir / "cache" / reader_fingerprint())
    shutil.move(folder / "puk.pdf", folder / "moved.pdf")
    report = run(folder, index_dir)
    assert report.files_read == 1 and report.items_updated + report.items_added == 1
    assert len(extractions) == 1 and len(orderings) == 2


def test_pdfs_are_started_first_and_written_last(tmp_path, monkeypatch):
    """PDF extraction is the slow part: PDFs go to the workers first, the largest
    first, so none is left running alone at the end; their results are written after
    the other files', which keep folder order, so this process writes those while the
    PDFs are extracted."""
    folder = tmp_path / "m"
    folder.mkdir()
    for name in ("a.txt", "d.txt"):
        (folder / name).write_text(f"Referat\n\nPunkt 1. Budget {name}\nBeslutning: Godkendt.\n")
    (folder / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "c.pdf").write_bytes(b"%PDF-1.4 broken, and longer than b")
    started: list[str] = []
    stock_pool = writer_module.Indexer._pool

    def recording_pool(self, to_read):
        pool = stock_pool(self, to_read)
        submit = pool.submit

        def noted(fn, spath, *args):
            started.append(Path(spath).name)
            return submit(fn, spath, *args)

        pool.submit = noted
        return pool

    monkeypatch.setattr(writer_module.Indexer, "_pool", recording_pool)
    order: list[str] = []
    index_paths([folder], index_dir=tmp_path / "ix", jobs=2,
                progress=lambda p: order.append(Path(p.path).name))
    assert started[0] == "c.pdf"
    assert [name for name in started if name.endswith(".pdf")] == ["c.pdf", "b.pdf"]
    assert order == ["a.txt", "d.txt", "c.pdf", "b.pdf"]


def test_bodies_read_as_stored_now_and_before(corpus_index):
    """A stored body is JSON (the stored fields are compressed together); an index
    written before kept it compressed on its own, and reads the same."""
    import zlib

    from referat.index.documents import pack_body, unpack_body
    from referat.index.store import INDEX_NAME
    from whoosh import index as whoosh_index

    with whoosh_index.open_dir(str(corpus_index[0]), indexname=INDEX_NAME).searcher() as s:
        stored = next(f for f in s.all_stored_fields() if f.get("doctype") == "item")
    body = stored["body"]
    assert isinstance(body, str)
    data = unpack_body(body)
    assert data["item"]["title"] and data["meeting"]
    assert pack_body(data) == body
    assert unpack_body(zlib.compress(body.encode("utf-8"), 6)) == data


def test_the_writer_has_the_cores_the_parse_workers_leave(corpus, tmp_path, monkeypatch):
    """With files to parse in worker processes (two cores), this process writes: the
    other files first, committed as one segment while the workers extract the PDFs,
    then the PDFs in a segment of their own. With every result in the parse cache,
    Whoosh's multi-process writer has the cores: a segment per writer process."""
    from referat.index.engine.whoosh_compat import index_segments
    from referat.index.store import open_or_create
    from whoosh.reading import SegmentReader

    monkeypatch.setattr(writer_module, "MULTIPROC_MIN_FILES", 10)
    folder = tmp_path / "m"
    folder.mkdir()
    pdfs = [corpus / "ballerup" / "Sundheds- og Forebyggelsesudvalget 2012-12-04 referat.pdf",
            corpus / "ballerup" / "items" / "1552819.PDF"]
    for path in [*pdfs, *sorted((corpus / "greve").glob("*.json"))[:20]]:
        shutil.copy(path, folder / path.name)
    index_dir = tmp_path / "ix"
    assert index_paths([folder], index_dir=index_dir, jobs=2).items_added > 100
    ix = open_or_create(index_dir)
    files = []
    for segment in index_segments(ix):
        reader = SegmentReader(ix.storage, ix.schema, segment)
        stored = list(reader.all_stored_fields())
        reader.close()
        records = {f["path"] for f in stored if f.get("doctype") == "file"}
        assert {f["path"] for f in stored if f.get("doctype") == "item"} <= records
        files.append(sorted(Path(p).name for p in records))  # a file's items and record
    assert files == [sorted(p.name for p in folder.glob("*.json")), sorted(p.name for p in pdfs)]
    warm = tmp_path / "warm"
    warm.mkdir()
    shutil.copytree(index_dir / "cache", warm / "cache")
    report = index_paths([folder], index_dir=warm, jobs=2)
    assert report.files_read == 0 and len(index_segments(open_or_create(warm))) == 2
