"""The `referat` command line, through click's CliRunner."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from referat.search.cli import EXIT_FILES_FAILED, cli
from referat.search.openapi import OPENAPI

from tests.conftest import CORPUS, EXAMPLES, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def invoke(*args: str, env: dict[str, str] | None = None, color: bool = False):
    """Run `referat *args`; `color` as on a terminal (styles kept), else as piped."""
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False, color=color)


def corpus_files() -> list[Path]:
    """Every file in the corpus but the Greve JSON (sampled: all of it is read elsewhere)."""
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")
    greve = [p for p in files if p.parent.name == "greve"]
    return [p for p in files if p.parent.name != "greve"] + greve[::75]


@pytest.fixture(scope="module")
def example_index(tmp_path_factory) -> str:
    index_dir = str(tmp_path_factory.mktemp("examples-ix"))
    result = invoke("index", str(EXAMPLES), "--index", index_dir, "--kommune", "Eksempelby")
    assert result.exit_code == 0, result.output
    return index_dir


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_parse_every_corpus_file_without_traceback(path: Path):
    result = invoke("parse", str(path), "--json")
    data = json.loads(result.output)
    assert data["status"] in ("ok", "not_minutes", "no_text_layer", "error")
    assert result.exit_code == (0 if data["status"] == "ok" else 1)
    if data["status"] == "ok":
        assert data["items"] and set(data["meeting"]) >= {
            "kommune", "udvalg", "date", "kind", "place", "participants", "source"}
        for item in data["items"]:
            assert set(item) >= {"number", "title", "case_number", "closed", "page", "sections"}
            assert not item["number"].endswith(".")
            for section in item["sections"]:
                assert set(section) >= {"heading", "type", "text", "page"}
    else:
        assert data["reason"]


def test_parse_text_output_lists_items_and_headings():
    result = invoke("parse", str(EXAMPLES / "teknik-og-miljoe-2025-03-10.txt"))
    assert result.exit_code == 0
    assert "Teknik- og Miljøudvalget · 2025-03-10 · referat" in result.output
    assert "2. Affaldssortering i etageboliger  [07.00.00-P20-3-24]" in result.output
    assert "    Økonomi -> okonomi" in result.output


def test_parse_not_minutes_is_one_line_error():
    result = invoke("parse", str(CORPUS / "negatives" / "boligforening-info-til-beboere.pdf"))
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "not_minutes" in result.output


def test_index_summary_and_json(tmp_path):
    result = invoke("index", str(EXAMPLES), "--index", str(tmp_path / "ix"), "--json")
    data = json.loads(result.output)
    assert data["files_read"] == 2 and data["items_added"] == 5
    again = invoke("index", str(EXAMPLES), "--index", str(tmp_path / "ix"))
    assert again.exit_code == 0
    assert "2 files (0 read, 2 unchanged" in again.output
    assert "items: 0 added, 0 updated, 0 removed" in again.output


def test_index_reports_failed_files_with_exit_status(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n% truncated")
    (folder / "ok.txt").write_text((EXAMPLES / "teknik-og-miljoe-2025-03-10.txt").read_text())
    result = invoke("index", str(folder), "--index", str(tmp_path / "ix"))
    assert result.exit_code == EXIT_FILES_FAILED
    assert "skipped" in result.output and "broken.pdf" in result.output
    assert "items: 3 added" in result.output


def test_index_location_from_environment(tmp_path):
    env = {"REFERAT_INDEX": str(tmp_path / "env-ix")}
    assert invoke("index", str(EXAMPLES), "-q", env=env).exit_code == 0
    result = invoke("search", "affaldssortering", "--json", env=env)
    assert json.loads(result.output)["total"] == 1


def test_search_text_output(example_index):
    result = invoke("search", "affaldssortering", "--index", example_index)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "1 hit for 'affaldssortering'"
    assert "Eksempelby · Teknik- og Miljøudvalget · 2025-03-10 · punkt 2" in lines[2]
    assert "teknik-og-miljoe-2025-03-10.txt" in lines[-1]
    # piped: plain text, no marks of any kind
    assert "   Forsøget med affaldssortering i tre boligområder" in result.output
    assert "*" not in result.output and "\x1b" not in result.output
    on_terminal = invoke("search", "affaldssortering", "--index", example_index, color=True)
    assert "Forsøget med \x1b[1maffaldssortering\x1b[0m i tre" in on_terminal.output


def test_search_and_show_wrap_to_the_terminal_width(example_index):
    piped = invoke("search", "sortering", "--index", example_index).output.splitlines()
    narrow = invoke("search", "sortering", "--index", example_index, env={"COLUMNS": "40"})
    lines = narrow.output.splitlines()
    assert max(map(len, piped)) > 100  # one line per heading and fragment when piped
    wrapped = [line for line in lines if not line.startswith("   /")]  # the source path
    assert max(map(len, wrapped)) <= 40 and all(line.startswith("   ") for line in lines[3:])
    assert " ".join(lines).split() == " ".join(piped).split()  # the same words, in order
    colored = invoke("search", "sortering", "--index", example_index, env={"COLUMNS": "40"},
                     color=True).output
    assert "\x1b[1msortering\x1b[0m" in colored
    item = json.loads(invoke("search", "sortering", "--index", example_index,
                             "--json").output)["hits"][0]["id"]
    shown = invoke("show", item, "--index", example_index, env={"COLUMNS": "40"}).output
    assert max(len(line) for line in shown.splitlines() if not line.startswith("Source")) <= 40


def test_search_imports_no_indexing_or_array_modules(example_index):
    """A search of a small index loads neither the indexer (pdfminer, the writer) nor
    numpy (only long posting lists pay for its import): both slow a cold start."""
    modules = _modules_loaded(["search", "affald OR budget*", "--index", example_index])
    assert "referat.search.matching" in modules
    for name in ("pdfminer", "referat.index.writer", "referat.index.readers", "numpy",
                 "referat.search.dense"):
        assert name not in modules, name


def test_index_imports_no_query_modules(tmp_path):
    """`referat index` loads neither the query side nor its Whoosh modules (the
    search package's names load lazily): they only slow the indexer's start."""
    modules = _modules_loaded(["index", str(EXAMPLES), "--index", str(tmp_path / "ix"),
                               "--quiet"])
    assert "referat.index.writer" in modules
    for name in ("referat.search.api", "referat.search.query", "referat.search.matching",
                 "whoosh.qparser"):
        assert name not in modules, name


def _modules_loaded(args: list[str]) -> set[str]:
    """The modules a fresh process has loaded after running `referat *args`."""
    code = ("import sys; from referat.search.cli import cli; "
            f"sys.argv = ['referat', *{args!r}]; "
            "cli(standalone_mode=False); print(' '.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return set(out.splitlines()[-1].split())


def test_search_json_and_no_hits(example_index):
    result = invoke("search", "sortering", "--index", example_index, "--json")
    data = json.loads(result.output)
    assert data["query"] == "sortering" and data["total"] >= 1
    assert data["hits"][0]["title"] == "Affaldssortering i etageboliger"
    none = invoke("search", "zebrafodgængerovergang", "--index", example_index, "--json")
    assert none.exit_code == 0 and json.loads(none.output)["total"] == 0


def test_json_keys_in_the_documented_order(example_index):
    """A hit's keys in the order of the README's `search --json` schema and of the OpenAPI
    description's Hit (but the links the web adds), an item's in the order of its Item
    (`results.StepFields` and its subclasses' `_after` fields)."""
    documented = json.loads(re.search(r"```json\n(.*?)```", README, re.S).group(1))
    hit = json.loads(invoke("search", "sortering", "--index", example_index,
                            "--json").output)["hits"][0]
    assert list(hit) == list(documented["hits"][0])
    schemas = OPENAPI["components"]["schemas"]
    assert list(hit) + ["url", "source_url"] == list(schemas["Hit"]["properties"])
    shown = json.loads(invoke("show", hit["id"], "--index", example_index, "--json").output)
    assert list(shown) == list(schemas["Item"]["properties"])


def test_search_json_keys_as_documented(example_index):
    """A search's keys in the README schema's order (`results.SearchResult`'s `_after`
    fields), `parsed` never, `facets` last and only when asked for."""
    documented = list(json.loads(re.search(r"```json\n(.*?)```", README, re.S).group(1)))
    plain = json.loads(invoke("search", "sortering", "--index", example_index,
                              "--json").output)
    assert list(plain) == [key for key in documented if key != "facets"]
    faceted = json.loads(invoke("search", "sortering", "--index", example_index, "--json",
                                "--facets").output)
    assert list(faceted) == documented and documented[-1] == "facets"


def test_search_options(example_index):
    result = invoke("search", "", "--index", example_index, "--udvalg", "sundhed",
                    "--from", "2025-04-07", "--to", "2025-04-07", "--sort", "date", "--json")
    data = json.loads(result.output)
    assert data["total"] == 2
    assert {h["udvalg"] for h in data["hits"]} == {"Sundheds- og Omsorgsudvalget"}
    cased = invoke("search", "--case", "25004567", "--index", example_index, "--json")
    assert [h["title"] for h in json.loads(cased.output)["hits"]] == [
        "Vintervedligeholdelse 2024/25"]


def test_search_errors_are_one_line(example_index):
    result = invoke("search", '"unclosed', "--index", example_index)
    assert result.exit_code == 1
    assert result.output.startswith("Error: unbalanced quote") and result.output.count("\n") == 1
    bad_date = invoke("search", "x", "--from", "2024-02-30", "--index", example_index)
    assert bad_date.exit_code == 1 and "not a date" in bad_date.output


def test_search_without_index_says_how_to_create_one(tmp_path):
    result = invoke("search", "x", "--index", str(tmp_path / "none"))
    assert result.exit_code == 1 and "referat index PATH" in result.output


def test_show_and_stats(example_index):
    hit = json.loads(invoke("search", "plejecentre", "--index", example_index,
                            "--json").output)["hits"][0]
    shown = invoke("show", hit["id"], "--index", example_index)
    assert shown.exit_code == 0
    assert "Rekrutteringsplan for plejecentre" in shown.output
    assert "Source: " in shown.output
    data = json.loads(invoke("show", hit["id"], "--index", example_index, "--json").output)
    assert [s["type"] for s in data["sections"]][:2] == ["beslutning", "resume"]
    missing = invoke("show", "nope", "--index", example_index)
    assert missing.exit_code == 1 and "no item with id 'nope'" in missing.output
    stats = json.loads(invoke("stats", "--index", example_index, "--json").output)
    assert stats["items"] == 5 and stats["kommune"] == {"Eksempelby": 5}
    assert stats["year"] == {"2025": 5}


def test_analyze_shows_stem_exact_and_parts():
    data = json.loads(invoke("analyze", "Affaldssorteringen", "--json").output)
    assert data[0]["exact"] == "=affaldssorteringen"
    assert data[0]["stem"] == "affaldssortering"
    assert "sortering" in data[0]["parts"]


def test_help_has_examples():
    for command in ("index", "search", "show", "stats", "parse", "analyze"):
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "Example" in result.output


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_fits_the_terminal_and_estimates_late(monkeypatch):
    """80 columns, 480 files with long names, half a second each: every line fits, and
    the time left shows only after a fifth of the files (the first estimate of a
    30-second run was once "31:40 left")."""
    import re
    import time

    from click._compat import term_len
    from referat.index.writer import Progress
    from referat.search.terminal import ETA_MIN_SHARE, IndexProgress

    now = [1000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    monkeypatch.setenv("COLUMNS", "80")
    out = _Terminal()
    progress = IndexProgress(True, file=out)
    seen = []  # (files done, what the terminal shows)
    for done in range(1, 481):
        now[0] += 0.5
        name = f"/m/Sundheds- og Forebyggelsesudvalget 2012-12-04 referat {done}.pdf"
        progress(Progress(name, "ok", 3, done, 480, 3 * done))
        seen.append((done, out.getvalue().split("\r")[-1]))
    progress.close()
    eta = re.compile(r"\d\d:\d\d:\d\d")
    for done, line in seen:
        plain = re.sub(r"\x1b\[\?25[lh]", "", line)
        assert term_len(plain.rstrip()) < 80, plain
        assert f" {done}/480 " in plain and f"{3 * done:,} items" in plain
        assert bool(eta.search(plain)) == (ETA_MIN_SHARE * 480 <= done < 480), (done, plain)
    assert "…" in seen[0][1]  # the long name was cut to fit


def test_search_says_how_it_read_a_year_and_a_committee(example_index):
    result = invoke("search", "affaldssortering i 2025 miljøudvalget", "--index", example_index)
    assert result.exit_code == 0
    assert ("read as filters: 2025: items from 2025 ranked higher; miljøudvalget: items of "
            "Teknik- og Miljøudvalget first") in result.output
    data = json.loads(invoke("search", "affaldssortering fra 2025", "--index", example_index,
                             "--json").output)
    assert data["read"] == ["2025: items from 2025 ranked higher"] and data["total"] >= 1
