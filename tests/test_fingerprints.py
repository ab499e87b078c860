"""index.fingerprints: each file record names the version of referat's indexing (analyzer,
fields) its items were made with; a file made by another one is reported by `check` and
indexed again (from the parse cache) by the next run; an index without a newer field gains
it; the parse cache key covers every reader module."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from referat.index import check as check_module
from referat.index import writer as writer_module
from referat.index.check import check_index
from referat.index.fingerprints import DOCUMENT_FILES, document_fingerprint
from referat.index.writer import Indexer

GREVE = ("Beskæftigelses- og Erhvervsudvalget_2022-01-10T080000+0100_"
         "02e86ff6-fd6b-4bab-99ad-17411bb2ead1.json")


@pytest.fixture
def minutes(corpus: Path, tmp_path: Path) -> Path:
    """A folder with a Greve portal meeting, the Albertslund referat and a negative."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    shutil.copy(corpus / "greve" / GREVE, folder / "greve.json")
    for path in (corpus / "albertslund").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    negative = next(p for p in sorted((corpus / "negatives").iterdir()) if p.is_file())
    shutil.copy(negative, folder / negative.name)
    return folder


def run(folder: Path, index_dir: Path):
    return Indexer(index_dir, jobs=1).run([folder])


def made_by(index_dir: Path) -> dict[str, tuple[str | None, int]]:
    records = Indexer(index_dir, jobs=1).records()
    return {Path(p).name: (r.made_by, r.items) for p, r in records.items()}


def test_records_name_the_version_that_made_their_items(minutes, tmp_path):
    index_dir = tmp_path / "ix"
    report = run(minutes, index_dir)
    assert report.items_added > 2 and report.files_reindexed == 0
    recorded = made_by(index_dir)
    assert {a for a, items in recorded.values() if items} == {document_fingerprint()}
    assert check_index(index_dir).ok


def test_files_from_another_version_are_reported_then_indexed_again(
        minutes, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    with monkeypatch.context() as patched:  # an index written by an older referat
        patched.setattr(writer_module, "document_fingerprint", lambda: "older")
        first = run(minutes, index_dir)
    with_items = [name for name, (_, items) in made_by(index_dir).items() if items]
    assert len(with_items) == 2 and first.items_added > 2

    report = check_index(index_dir)
    assert not report.ok
    assert sorted(Path(p.path).name for p in report.problems
                  if p.problem == "outdated") == sorted(with_items)
    assert report.stale_folders == [str(minutes)]

    again = run(minutes, index_dir)
    assert again.files_reindexed == 2 and again.files_read == 0  # parses from the cache
    assert again.items_updated == first.items_added and again.items_added == 0
    assert check_index(index_dir).ok
    assert run(minutes, index_dir).files_reindexed == 0


def test_check_reads_the_current_version(minutes, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    run(minutes, index_dir)
    monkeypatch.setattr(check_module, "document_fingerprint", lambda: "newer")
    assert {p.problem for p in check_index(index_dir).problems} == {"outdated"}


def test_every_data_file_the_analyzer_loads_is_in_the_fingerprint():
    source = (Path(writer_module.__file__).parent / "analysis.py").read_text(encoding="utf-8")
    loaded = set(re.findall(r'"(data/[\w./]+)"', source))
    assert loaded and loaded <= set(DOCUMENT_FILES)


def test_every_module_that_makes_documents_is_in_the_fingerprint():
    """The referat.index modules that index.documents imports (readers aside: the parse
    cache's fingerprint covers them)."""
    code = ("import sys, referat.index.documents; print(' '.join(m for m in sys.modules "
            "if m.startswith('referat.index.') and '.readers' not in m))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.split()
    files = {name.removeprefix("referat.index.").replace(".", "/") + ".py" for name in loaded}
    assert "documents.py" in files and files <= set(DOCUMENT_FILES)


def test_reader_fingerprint_covers_every_reader_module(tmp_path, monkeypatch):
    """A change to any module under index/readers, in a subpackage too, is a new parse
    cache key: a cached reading is never served for code that reads otherwise."""
    from referat.index import fingerprints

    package = tmp_path / "index"
    shutil.copytree(Path(fingerprints.__file__).parent, package,
                    ignore=shutil.ignore_patterns("__pycache__", "data"))
    monkeypatch.setattr(fingerprints, "_PACKAGE", package)
    before = fingerprints.reader_fingerprint.__wrapped__()
    modules = sorted((package / "readers").rglob("*.py"), key=lambda p: -len(p.parts))
    for module in (modules[0], modules[-1]):
        module.write_text(module.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        after = fingerprints.reader_fingerprint.__wrapped__()
        assert after != before
        before = after


def test_an_index_without_a_newer_field_gains_it_when_written(minutes, tmp_path):
    """An index from a version with fewer fields (simulated by removing one) is read as
    it is, and gains the field when it is next opened for writing."""
    from referat.index.store import INDEX_NAME, open_existing
    from referat.search.api import open_index
    from whoosh.filedb.filestore import FileStorage

    index_dir = tmp_path / "ix"
    run(minutes, index_dir)
    older = FileStorage(str(index_dir)).open_index(INDEX_NAME)
    writer = older.writer()
    writer.remove_field("acronyms")
    writer.commit()
    assert "acronyms" not in open_existing(index_dir).schema
    with open_index(index_dir) as ix:
        assert ix.search("kommune").total > 0

    run(minutes, index_dir)
    assert "acronyms" in open_existing(index_dir).schema
    assert check_index(index_dir).ok
