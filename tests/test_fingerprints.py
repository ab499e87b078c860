"""index.fingerprints: each file record names the analyzer its items were indexed with;
a file indexed by another one is reported by `check` and indexed again (from the parse
cache) by the next run; the parse cache key covers every reader module."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from referat.index import check as check_module
from referat.index import writer as writer_module
from referat.index.check import check_index
from referat.index.fingerprints import ANALYZER_FILES, analyzer_fingerprint
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


def analyzers(index_dir: Path) -> dict[str, tuple[str | None, int]]:
    records = Indexer(index_dir, jobs=1).records()
    return {Path(p).name: (r.analyzer, r.items) for p, r in records.items()}


def test_records_name_the_analyzer(minutes, tmp_path):
    index_dir = tmp_path / "ix"
    report = run(minutes, index_dir)
    assert report.items_added > 2 and report.files_reanalyzed == 0
    recorded = analyzers(index_dir)
    assert {a for a, items in recorded.values() if items} == {analyzer_fingerprint()}
    assert check_index(index_dir).ok


def test_files_from_another_analyzer_are_reported_then_indexed_again(
        minutes, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    with monkeypatch.context() as patched:  # an index written by an older referat
        patched.setattr(writer_module, "analyzer_fingerprint", lambda: "older")
        first = run(minutes, index_dir)
    with_items = [name for name, (_, items) in analyzers(index_dir).items() if items]
    assert len(with_items) == 2 and first.items_added > 2

    report = check_index(index_dir)
    assert not report.ok
    assert sorted(Path(p.path).name for p in report.problems
                  if p.problem == "analyzer") == sorted(with_items)
    assert report.stale_folders == [str(minutes)]

    again = run(minutes, index_dir)
    assert again.files_reanalyzed == 2 and again.files_read == 0  # parses from the cache
    assert again.items_updated == first.items_added and again.items_added == 0
    assert check_index(index_dir).ok
    assert run(minutes, index_dir).files_reanalyzed == 0


def test_check_reads_the_current_analyzer(minutes, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    run(minutes, index_dir)
    monkeypatch.setattr(check_module, "analyzer_fingerprint", lambda: "newer")
    assert {p.problem for p in check_index(index_dir).problems} == {"analyzer"}


def test_every_data_file_the_analyzer_loads_is_in_its_fingerprint():
    source = (Path(writer_module.__file__).parent / "analysis.py").read_text(encoding="utf-8")
    loaded = set(re.findall(r'"(data/[\w./]+)"', source))
    assert loaded and loaded <= set(ANALYZER_FILES)


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
