"""Forgetting deleted folders, the errors for paths that do not exist, and the memory of
files that could not be read (reported once, by content hash)."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from referat.search.cli import EXIT_ERROR, EXIT_FILES_FAILED, cli

import referat
from tests.conftest import CORPUS, EXAMPLES

SCANNED = CORPUS / "ballerup" / "bilag" / "Bygningsliste og prioriteringssystem.pdf"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def minutes(tmp_path: Path) -> Path:
    """Two folders of minutes: examples/ and albertslund/ (one meeting)."""
    root = tmp_path / "minutes"
    shutil.copytree(EXAMPLES, root / "examples")
    (root / "albertslund" / "2026").mkdir(parents=True)
    for path in (CORPUS / "albertslund").glob("*.txt"):
        shutil.copy(path, root / "albertslund" / "2026" / path.name)
    return root


def test_a_missing_path_is_a_one_line_error(minutes, tmp_path):
    index = str(tmp_path / "ix")
    typo = str(minutes / "exampels")
    result = invoke("index", typo, "--index", index)
    assert result.exit_code == EXIT_ERROR
    assert result.output == (f"Error: {typo}: no such file or folder (if it was deleted, "
                             f"`referat forget {typo}` removes its files' items)\n")
    as_json = invoke("index", str(minutes), typo, "--index", index, "--json")
    assert as_json.exit_code == EXIT_ERROR
    assert json.loads(as_json.output)["type"] == "PathNotFound"
    assert not (tmp_path / "ix").exists()  # nothing was indexed, not even the good path
    with pytest.raises(referat.PathNotFound, match="exampels: no such file or folder"):
        referat.index_paths([typo], index_dir=index)


def test_check_advises_forget_for_a_deleted_folder_and_the_advice_works(minutes, tmp_path):
    index = str(tmp_path / "ix")
    assert invoke("index", str(minutes), "--index", index, "-q").exit_code == 0
    items = json.loads(invoke("stats", "--index", index, "--json").output)["items"]
    shutil.rmtree(minutes / "albertslund")
    (minutes / "examples" / "sundhed-og-omsorg-2025-04-07.json").unlink()
    # `referat index` refuses the deleted folder and points to `referat forget`
    refused = invoke("index", str(minutes / "albertslund"), "--index", index)
    assert refused.exit_code == EXIT_ERROR and "referat forget" in refused.output
    report = json.loads(invoke("check", "--index", index, "--json").output)
    assert report["gone"] == [str(minutes / "albertslund")]  # the topmost deleted folder
    assert report["stale_folders"] == [str(minutes / "examples")]
    fix = invoke("check", "--index", index).output.splitlines()[-1]
    assert fix.startswith("To fix: ")
    commands = [c for i, c in enumerate(fix.split("`")) if i % 2]
    assert [c.split()[:2] for c in commands] == [["referat", "forget"], ["referat", "index"]]
    outputs = []
    for command in commands:
        result = invoke(*shlex.split(command)[1:])
        assert result.exit_code == 0, (command, result.output)
        outputs.append(result.output)
    assert outputs[0].startswith("forgot 1 files (7 items); index: ")
    after = json.loads(invoke("check", "--index", index, "--json").output)
    assert after["ok"] and after["fix"] is None
    left = json.loads(invoke("stats", "--index", index, "--json").output)["items"]
    assert left == items - 7 - 2  # Albertslund's 7 items and the deleted meeting's 2


def test_forget_report_and_errors(minutes, tmp_path):
    index = tmp_path / "ix"
    referat.index_paths([minutes], index_dir=index)
    with pytest.raises(referat.IndexNotFound):
        referat.forget_paths([minutes / "albertslund"], index_dir=tmp_path / "none")
    with pytest.raises(referat.NothingToForget, match="exists: only paths that are gone"):
        referat.forget_paths([minutes / "albertslund"], index_dir=index)
    shutil.rmtree(minutes / "albertslund")
    result = invoke("forget", str(minutes / "albertslund" / "2026"), "--index", str(index),
                    "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["files_removed"] == 1 and data["items_removed"] == 7
    again = invoke("forget", str(minutes / "albertslund"), "--index", str(index))
    assert again.exit_code == EXIT_ERROR
    assert again.output == f"Error: {minutes / 'albertslund'}: no indexed file is under it\n"
    with referat.open_index(index) as ix:
        assert ix.stats()["items"] == 5 and "Albertslund" not in ix.stats()["kommune"]


def test_a_file_that_could_not_be_read_is_reported_once(minutes, tmp_path):
    """The real scanned attachment: the first run names it and exits 3; the next runs
    neither read nor list it and exit 0, also after it moves (same bytes); a change of
    its bytes, or --retry-failed, reads it again."""
    index = str(tmp_path / "ix")
    scanned = minutes / "examples" / "bilag.pdf"
    shutil.copy(SCANNED, scanned)
    first = invoke("index", str(minutes), "--index", index, "-j", "1")
    assert first.exit_code == EXIT_FILES_FAILED
    assert f"Could not read 1 file:\n  {scanned}: no text layer (scanned?)\n" in first.output

    again = invoke("index", str(minutes), "--index", index, "--json")
    assert again.exit_code == 0
    data = json.loads(again.output)
    assert data["files_read"] == 0 and data["skipped"] == [] and data["failed"] == 0
    assert [s["path"] for s in data["failed_before"]] == [str(scanned)]

    moved = minutes / "albertslund" / "bilag-flyttet.pdf"
    scanned.rename(moved)
    after_move = json.loads(invoke("index", str(minutes), "--index", index, "--json").output)
    assert after_move["failed"] == 0 and after_move["files_moved"] == 1
    assert [s["path"] for s in after_move["failed_before"]] == [str(moved)]

    retried = invoke("index", str(minutes), "--index", index, "--retry-failed", "--json")
    assert retried.exit_code == EXIT_FILES_FAILED
    data = json.loads(retried.output)
    assert data["files_read"] == 1 and [s["path"] for s in data["skipped"]] == [str(moved)]

    moved.write_bytes(SCANNED.read_bytes() + b"\n% changed\n")
    changed = json.loads(invoke("index", str(minutes), "--index", index, "--json").output)
    assert changed["files_read"] == 1 and changed["failed"] == 1
