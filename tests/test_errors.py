"""The API's exceptions: all in `referat.errors`, exported by `referat`, one line each,
naming API arguments in the API and options on the command line."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from referat.search.cli import cli

import referat
from referat import errors
from tests.conftest import EXAMPLES, ROOT

# Raised inside the readers and turned into a ParseResult's status by parse_file: never
# out of the API.
READER_INTERNAL = {"ReadError", "NotMinutes", "NoTextLayer"}


def _exception_classes() -> dict[str, Path]:
    """The exception classes referat's own code defines, by name, with their module
    (a class whose base's name ends in Error or Exception, or is one of them)."""
    modules = [*ROOT.glob("index/**/*.py"), *ROOT.glob("search/**/*.py"),
               *ROOT.glob("referat/*.py")]
    classes: dict[str, tuple[Path, set[str]]] = {}
    for path in modules:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(b).split(".")[-1] for b in node.bases}
                classes[node.name] = (path, bases)
    found: dict[str, Path] = {}
    while True:
        more = {name: path for name, (path, bases) in classes.items() if name not in found
                and any(b.endswith(("Error", "Exception")) or b in found for b in bases)}
        if not more:
            return found
        found |= more


def test_every_exception_referat_defines_is_in_referat_errors():
    """One place: an exception class defined elsewhere (other than the readers' own,
    which parse_file turns into a status) fails here until it moves to referat.errors."""
    defined = _exception_classes()
    assert READER_INTERNAL <= set(defined)
    elsewhere = {name: str(path.relative_to(ROOT)) for name, path in defined.items()
                 if path != ROOT / "referat" / "errors.py" and name not in READER_INTERNAL}
    assert not elsewhere
    assert set(defined) - READER_INTERNAL == set(errors.__all__)
    from referat.index.lock import locked  # builds the IndexLocked a writer raises

    assert isinstance(locked(Path("/nonexistent")), errors.IndexLocked)
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.ReferatError)
        assert getattr(referat, name) is cls  # exported by the package
    assert referat.search.QueryError is errors.QueryError
    assert referat.search.ItemNotFound is errors.ItemNotFound


def test_importing_the_errors_loads_nothing_else_of_referat():
    code = "import sys, referat.errors; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert {m for m in out if m.startswith("referat")} == {"referat", "referat.errors",
                                                           "referat.index"}
    assert "whoosh" not in out


@pytest.fixture(scope="module")
def example_index(tmp_path_factory) -> Path:
    index_dir = tmp_path_factory.mktemp("ix")
    referat.index_paths([EXAMPLES], index_dir=index_dir, kommune="Eksempelby")
    return index_dir


def test_open_index_on_a_missing_folder(tmp_path):
    with pytest.raises(referat.IndexNotFound, match="no index at .*referat index PATH"):
        referat.open_index(tmp_path / "none")
    assert issubclass(referat.IndexNotFound, FileNotFoundError)


@pytest.mark.parametrize(("arguments", "api", "options", "cli_message"), [
    ({"date_from": "2024/01/01"}, "date_from: '2024/01/01' is not a date",
     ["--from", "2024/01/01"], "--from: '2024/01/01' is not a date"),
    ({"date_to": "31-12-2024"}, "date_to: '31-12-2024' is not a date",
     ["--to", "31-12-2024"], "--to: '31-12-2024' is not a date"),
    ({"date_from": "2025-02-01", "date_to": "2025-01-01"},
     "date_from 2025-02-01 is after date_to 2025-01-01",
     ["--from", "2025-02-01", "--to", "2025-01-01"], "--from 2025-02-01 is after --to 2025-01-01"),
    ({"case": "--"}, "case: not a case number", ["--case=--"],
     "--case: not a case number"),
    ({"udvalg": " - "}, "udvalg: empty name filter", ["--udvalg", " - "],
     "--udvalg: empty name filter"),
    ({"sections": ["afgørelse"]}, "sections: unknown section type 'afgørelse'",
     ["--section", "afgørelse"], "--section: unknown section type 'afgørelse'"),
])
def test_errors_name_api_arguments_and_cli_options(example_index, arguments, api, options,
                                                   cli_message):
    with referat.open_index(example_index) as ix, pytest.raises(referat.QueryError) as info:
        ix.search("affald", **arguments)
    assert str(info.value).startswith(api) and "\n" not in str(info.value)
    assert not str(info.value).startswith("--") and " --" not in str(info.value)
    args = ["search", "affald", "--index", str(example_index), *options]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {cli_message}") and result.output.count("\n") == 1
    as_json = CliRunner().invoke(cli, [*args, "--json"])
    assert as_json.exit_code == 1
    assert json.loads(as_json.output) == {"error": info.value.naming(
        {"date_from": "--from", "date_to": "--to", "case": "--case", "udvalg": "--udvalg",
         "sections": "--section"}), "type": "QueryError"}


def test_api_only_arguments_are_named_too(example_index):
    with referat.open_index(example_index) as ix:
        for arguments, message in (({"limit": 0}, "limit: 0 is not between 1 and 1000"),
                                   ({"page": 0}, "page: 0 is not 1 or more"),
                                   ({"sort": "alfabetisk"}, "sort: unknown sort")):
            with pytest.raises(referat.QueryError, match=message):
                ix.search("affald", **arguments)
        with pytest.raises(referat.ItemNotFound, match="no item with id 'nope'"):
            ix.show("nope")


def test_no_index_is_one_json_line_with_json(tmp_path):
    result = CliRunner().invoke(cli, ["stats", "--index", str(tmp_path / "none"), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["type"] == "IndexNotFound" and "referat index PATH" in data["error"]
