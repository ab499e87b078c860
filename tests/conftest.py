"""Shared fixtures: the real corpus lives beside the repository in ../shared/corpus.

`corpus_index` indexes a documented subset of the corpus once per test session:
every non-Greve family (text, PDF, portal HTML, SBSYS and Acadre XML, negatives,
attachments) and the Greve meetings of two committees (Klima-, Teknik- og
Miljøudvalget and Økonomiudvalget, about 1,600 items). The whole Greve set is
indexed by the benchmarks (benchmarks/ingest.py), not in CI.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
# resolved, as the index stores paths: ../shared is often a symlink
CORPUS = (ROOT.parent / "shared" / "corpus").resolve()
EXAMPLES = ROOT / "examples"
GREVE_COMMITTEES = ("Klima-, Teknik- og Miljøudvalget_", "Økonomiudvalget_")


def parsed_meetings(paths: Iterable[Path]) -> Iterator[tuple[Path, Any]]:
    """(path, meeting) of each file, parsed; every one must parse."""
    from referat.index.readers import parse_file

    for path in paths:
        result = parse_file(path)
        assert result.ok, path
        yield path, result.meeting


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing: {CORPUS}")
    return CORPUS


def subset_paths(corpus: Path) -> list[Path]:
    """The files and folders of the test subset."""
    greve = sorted(
        p for p in (corpus / "greve").glob("*.json") if p.name.startswith(GREVE_COMMITTEES)
    )
    return [
        corpus / "albertslund",
        corpus / "aarhus",
        corpus / "sbsys",
        corpus / "syddjurs",
        corpus / "negatives",
        corpus / "ballerup" / "Sundheds- og Forebyggelsesudvalget 2012-12-04 referat.pdf",
        *greve,
    ]


@pytest.fixture(scope="session")
def corpus_index(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    """(index folder, IndexReport) for the test subset, built once."""
    from referat.index.writer import index_paths

    index_dir = tmp_path_factory.mktemp("corpus-index")
    report = index_paths(subset_paths(corpus), index_dir=index_dir)
    return index_dir, report


@pytest.fixture(scope="session")
def referat(corpus_index):
    """An open `search.Referat` on the test subset."""
    from referat import search

    with search.open_index(corpus_index[0]) as ix:
        yield ix


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder of minutes the test may change: our examples and three real files."""
    folder = tmp_path / "minutes"
    shutil.copytree(EXAMPLES, folder)
    shutil.copy(CORPUS / "albertslund" / "referat-digitalisering-og-beredskab-2026-02-23.txt",
                folder / "albertslund.txt")
    for src in sorted((CORPUS / "greve").glob("Kultur- og Fritidsudvalget_2022-*.json"))[:2]:
        shutil.copy(src, folder / src.name)
    return folder


# -- the server (tests/test_serve_*.py) ---------------------------------------------
SERVED_GREVE_MONTHS = ("2024-01", "2024-02", "2024-03")


@pytest.fixture(scope="session")
def served_index(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index for the server tests: Greve's meetings of three months (every
    committee, so cases pass through several), the Albertslund text, the SBSYS XML and
    an invented referat of hostile markup (kommune Testby)."""
    from referat.index.writer import index_paths

    from tests.serving import write_hostile

    root = tmp_path_factory.mktemp("served")
    index_dir = root / "index"
    greve = sorted(p for p in (corpus / "greve").glob("*.json")
                   if p.name.split("_")[1][:7] in SERVED_GREVE_MONTHS)
    index_paths([*greve, corpus / "albertslund", corpus / "sbsys"], index_dir=index_dir)
    index_paths([write_hostile(root / "hostile")], index_dir=index_dir, kommune="Testby")
    return index_dir


@pytest.fixture(scope="session")
def server(served_index: Path) -> Iterator[str]:
    """The base URL of `referat serve --workers 2` on `served_index`."""
    from tests.serving import running_server

    with running_server(served_index, 2) as base:
        yield base
