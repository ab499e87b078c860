"""Hostile input: broken, lying, huge and vanishing files; hostile queries; `referat check`.

Every broken file is made here from real corpus files or by hand. The indexer must
report each with its path and reason, go on, and exit 3 (0 when only unsupported
files or non-minutes were met); `--strict` stops at the first failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from referat.index.check import check_index
from referat.index.writer import FileFailed, Indexer
from referat.search.cli import EXIT_FILES_FAILED, cli
from referat.search.query import QueryError

from referat import search
from tests.conftest import CORPUS, EXAMPLES
from tests.pdfs import assemble_pdf

SYDDJURS_PDF = CORPUS / "syddjurs" / "Ekstraordinært PUK.pdf"
TEKNIK_TXT = EXAMPLES / "teknik-og-miljoe-2025-03-10.txt"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def index_run(folder: Path, index_dir: Path, **kwargs):
    return Indexer(index_dir, jobs=1, **kwargs).run([folder])


def make_pdf(pages: list[list[str]], top: int = 760, encrypt: bool = False) -> bytes:
    """A minimal PDF: Helvetica text lines from `top` down; optionally /Encrypt'ed."""
    objects = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = [b"BT /F1 11 Tf 72 %d Td 14 TL" % top]
        for line in lines:
            text = line.encode("cp1252")
            text = text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + text + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    trailer = b""
    if encrypt:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>"
                       % (b"11" * 32, b"22" * 32))
        trailer = b"/Encrypt %d 0 R /ID [<%s> <%s>] " % (len(objects), b"33" * 16, b"33" * 16)
    return assemble_pdf(objects, trailer)


MINUTES_PAGE = ["Referat Teknik- og Miljøudvalget d. 10-03-2025", "Punkt 1: Vejbelysning",
                "Beslutning", "Godkendt."]

# name -> (bytes, expected status, expected start of the reason)
def bad_files() -> dict[str, tuple[bytes, str, str]]:
    pdf = SYDDJURS_PDF.read_bytes()
    greve = sorted((CORPUS / "greve").glob("*.json"))[0].read_bytes()
    return {
        "truncated.pdf": (pdf[: len(pdf) // 2], "error", "corrupt PDF"),
        "garbage.pdf": (os.urandom(2048), "error", "not a PDF"),
        # binary bytes that happen to start as markup or JSON would
        "garbage-markup.pdf": (b"<" + bytes(range(256)) * 8, "error", "not a PDF"),
        "garbage-json.pdf": (b"{" + bytes(range(256)) * 8, "error", "not a PDF"),
        "truncated-header.pdf": (b"%PDF-1.4\n" + os.urandom(2048), "error", "corrupt PDF"),
        "encrypted.pdf": (make_pdf([MINUTES_PAGE], encrypt=True), "error", "encrypted PDF"),
        "scanned.pdf": (make_pdf([[]]), "no_text_layer", "no text layer"),
        "empty.pdf": (b"", "error", "empty file (0 bytes)"),
        "empty.json": (b"", "error", "empty file (0 bytes)"),
        "empty.txt": (b"", "error", "empty file (0 bytes)"),
        "empty.html": (b"", "error", "empty file (0 bytes)"),
        "empty.xml": (b"", "error", "empty file (0 bytes)"),
        "blank.txt": (b"\n \n", "not_minutes", "no agenda items found"),
        "json-named.txt": (greve[:5000], "not_minutes", "no agenda items found"),
        "binary.txt": (b"Punkt 1: x\x00\x01\x02", "error", "binary data"),
        "not-portal.json": (json.dumps({"Moede": {}, "x": [1, 2]}).encode(), "not_minutes",
                            "JSON is not a portal meeting"),
        "list.json": (b"[1, 2, 3]", "not_minutes", "JSON is not a portal meeting"),
        "broken.json": (greve[: len(greve) // 2], "error", "not valid JSON"),
        "not-portal.html": (b"<html><body><p>Hej</p><h2>Menu</h2></body></html>",
                            "not_minutes", ""),
        "broken.xml": (b"<?xml version='1.0'?><root><unclosed>", "error", ""),
    }


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    for name, (data, _, _) in bad_files().items():
        (folder / name).write_bytes(data)
    shutil.copy(TEKNIK_TXT, folder / "good.txt")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    return folder


def test_lying_extensions_are_read_by_content(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "pdf-named.json").write_bytes(SYDDJURS_PDF.read_bytes())
    html = CORPUS / "aarhus" / "teknisk-udvalg-referat-2025-10-01.html"
    (folder / "html-named.pdf").write_bytes(html.read_bytes())
    report = index_run(folder, tmp_path / "ix")
    assert report.skipped == []
    assert report.items_added == 1 + 6


def test_every_bad_file_is_reported_and_the_run_goes_on(bad_folder, tmp_path):
    report = index_run(bad_folder, tmp_path / "ix")
    skipped = {Path(s.path).name: s for s in report.skipped}
    for name, (_, status, reason) in bad_files().items():
        assert skipped[name].status == status, (name, skipped[name])
        assert skipped[name].reason.startswith(reason), (name, skipped[name].reason)
        assert "\n" not in skipped[name].reason and len(skipped[name].reason) < 300
    assert skipped["notes.docx"].status == "unsupported"
    assert "good.txt" not in skipped and report.items_added == 3
    failed = {Path(s.path).name for s in report.failed}
    assert failed == {n for n, (_, st, _) in bad_files().items()
                      if st in ("error", "no_text_layer")}


def test_cli_lists_bad_files_counts_them_and_exits_3(bad_folder, tmp_path):
    result = invoke("index", str(bad_folder), "--index", str(tmp_path / "ix"), "-j", "1")
    assert result.exit_code == EXIT_FILES_FAILED
    out = result.output
    n_failed = sum(st in ("error", "no_text_layer") for _, st, _ in bad_files().values())
    assert f"{n_failed} failed)" in out and "Traceback" not in out
    # the summary names each file that failed
    assert f"Could not read {n_failed} files" in out
    assert f"\n  {bad_folder / 'encrypted.pdf'}: encrypted PDF\n" in out
    # they are reported once: the second run reads nothing, names none, and exits 0
    again = invoke("index", str(bad_folder), "--index", str(tmp_path / "ix"))
    assert again.exit_code == 0, again.output
    assert "encrypted.pdf" not in again.output
    assert (f"{n_failed} files that could not be read before are unchanged and not read "
            "again") in again.output
    data = json.loads(invoke("index", str(bad_folder), "--index", str(tmp_path / "ix"),
                             "--json").output)
    assert data["files_read"] == 0 and data["failed"] == 0 and data["skipped"] == [
        {"path": str(bad_folder / "notes.docx"), "status": "unsupported",
         "reason": "unsupported file type .docx"}]
    assert len(data["failed_before"]) == n_failed
    # --retry-failed reads them again
    retried = invoke("index", str(bad_folder), "--index", str(tmp_path / "ix"),
                     "--retry-failed", "--json")
    assert retried.exit_code == EXIT_FILES_FAILED
    data = json.loads(retried.output)
    n_empty = sum(not data for data, _, _ in bad_files().values())  # judged by their size
    assert data["files_read"] == n_failed - n_empty and data["failed"] == n_failed


def test_exit_0_when_only_unsupported_and_non_minutes(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    shutil.copy(TEKNIK_TXT, folder / "good.txt")
    (folder / "blank.txt").write_bytes(b"\n")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    shutil.copy(CORPUS / "negatives" / "boligforening-info-til-beboere.pdf", folder / "neg.pdf")
    result = invoke("index", str(folder), "--index", str(tmp_path / "ix"))
    assert result.exit_code == 0, result.output


def test_strict_stops_at_first_failure_keeping_what_was_committed(tmp_path, monkeypatch):
    import referat.index.writer as writer_module

    monkeypatch.setattr(writer_module, "BATCH_FILES", 1)
    folder = tmp_path / "m"
    folder.mkdir()
    shutil.copy(TEKNIK_TXT, folder / "a.txt")
    # (not a PDF: PDFs are written last, the largest first, after the rest in folder order)
    (folder / "b.json").write_bytes(b'{"Dagsordenpunkter": [')
    shutil.copy(EXAMPLES / "sundhed-og-omsorg-2025-04-07.json", folder / "c.json")
    with pytest.raises(FileFailed) as info:
        index_run(folder, tmp_path / "ix", strict=True)
    assert info.value.skipped.path.endswith("b.json")
    assert info.value.report.files_committed == 1 and info.value.report.items_committed == 3
    with search.open_index(tmp_path / "ix") as ix:
        assert ix.stats()["items"] == 3  # a.txt committed, c.txt never reached
    result = invoke("index", str(folder), "--index", str(tmp_path / "ix"), "--strict")
    assert result.exit_code == EXIT_FILES_FAILED
    assert "b.json: not valid JSON" in result.output and "--strict: stopped" in result.output
    # without --strict the rest is indexed
    assert invoke("index", str(folder), "--index", str(tmp_path / "ix")).exit_code == 3
    with search.open_index(tmp_path / "ix") as ix:
        assert ix.stats()["items"] == 5


def test_cp1252_and_latin1_text_is_decoded(tmp_path):
    text = TEKNIK_TXT.read_text(encoding="utf-8")
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "cp1252.txt").write_bytes(text.replace("Punkt 3:", "Punkt 3: “Nye”").encode("cp1252"))
    (folder / "latin1.txt").write_bytes(text.replace("Punkt 2:", "Punkt 2: Café").encode("latin-1"))
    report = index_run(folder, tmp_path / "ix")
    assert not report.skipped and report.items_added == 6
    with search.open_index(tmp_path / "ix") as ix:
        titles = {h.title for h in ix.search("", limit=10).hits}
        assert "“Nye” Nye supercykelstier langs Ringvejen" in titles
        assert "Café Affaldssortering i etageboliger" in titles
        assert ix.stats()["udvalg"] == {"Teknik- og Miljøudvalget": 6}  # æ/ø/å decoded
        assert ix.search("affaldsgebyret").total == 2


def test_file_that_disappears_during_the_run(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    shutil.copy(TEKNIK_TXT, folder / "a.txt")
    shutil.copy(EXAMPLES / "sundhed-og-omsorg-2025-04-07.json", folder / "b.json")

    def progress(step):  # after a.txt is read, b.json vanishes
        if step.path.endswith("a.txt"):
            (folder / "b.json").unlink()

    report = Indexer(tmp_path / "ix", jobs=1).run([folder], progress)
    assert [(Path(s.path).name, s.status) for s in report.skipped] == [("b.json", "error")]
    assert "No such file" in report.skipped[0].reason
    assert report.items_added == 3
    again = index_run(folder, tmp_path / "ix")
    assert again.files_removed == 1 and not again.skipped


@pytest.mark.parametrize("how", ["chmod", "simulated"])
def test_unreadable_file_is_reported_and_retried(tmp_path, monkeypatch, how):
    folder = tmp_path / "m"
    folder.mkdir()
    shutil.copy(TEKNIK_TXT, folder / "a.txt")
    target = folder / "b.json"
    shutil.copy(EXAMPLES / "sundhed-og-omsorg-2025-04-07.json", target)
    if how == "chmod":
        if os.geteuid() == 0:
            pytest.skip("running as root: chmod 000 does not stop root from reading "
                        "(the 'simulated' case covers it)")
        target.chmod(0)
    else:
        original = Path.read_bytes

        def read_bytes(self):
            if self.name == "b.json":
                raise PermissionError(13, "Permission denied", str(self))
            return original(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = invoke("index", str(folder), "--index", str(tmp_path / "ix"), "-j", "1")
    assert result.exit_code == EXIT_FILES_FAILED
    assert f"\n  {target}: cannot read file: Permission denied\n" in result.output
    # readable again, same size and mtime: the next run reads it
    if how == "chmod":
        target.chmod(0o644)
    else:
        monkeypatch.undo()
    again = index_run(folder, tmp_path / "ix")
    assert not again.failed and again.items_added == 2


def test_unreadable_after_the_scan_is_reported(tmp_path, monkeypatch):
    """Readable when hashed, unreadable when the reader opens it (in the worker)."""
    import referat.index.writer as writer_module

    folder = tmp_path / "m"
    folder.mkdir()
    shutil.copy(TEKNIK_TXT, folder / "a.txt")
    original = writer_module._read

    def failing(path, digest, index_dir):
        if path.endswith("a.txt"):
            return original(str(folder / "missing.txt"), digest, index_dir)
        return original(path, digest, index_dir)

    monkeypatch.setattr(writer_module, "_read", failing)
    report = index_run(folder, tmp_path / "ix")
    assert report.failed and report.failed[0].reason.startswith("cannot read file")
    monkeypatch.undo()
    assert index_run(folder, tmp_path / "ix").items_added == 3  # retried


def test_500_page_pdf_indexes_in_bounded_time_and_memory(tmp_path):
    words = "vej skole plan budget affald cykelsti havn park bibliotek ældrepleje".split()
    pages = [[f"Punkt {k}: {words[k % 10].capitalize()} og {words[k // 10 % 10]} nr. {k}",
              "Beslutning", f"Godkendt som punkt {k} om {words[k * 7 % 10]}."]
             for k in range(1, 501)]
    pages[0] = ["Referat Økonomiudvalget d. 10-03-2025", "Greve Kommune", *pages[0]]
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "big.pdf").write_bytes(make_pdf(pages, top=420))
    started = time.monotonic()
    # The indexer reports its own peak RSS (KiB) on its last stderr line: VmHWM of its
    # own address space. Not ru_maxrss, which Linux carries over from the parent
    # through fork and exec (it gave pytest's own peak, 1 GB, after the engine tests).
    measured = ("import re, runpy, sys\n"
                "sys.argv = ['referat'] + sys.argv[1:]\n"
                "try:\n    runpy.run_module('referat.search', run_name='__main__')\n"
                "finally:\n"
                "    status = open('/proc/self/status').read()\n"
                "    print(re.search(r'VmHWM:\\s*(\\d+)', status)[1], file=sys.stderr)")
    proc = subprocess.run(
        [sys.executable, "-c", measured, "index", str(folder), "--index", str(tmp_path / "ix"),
         "--json", "--jobs", "1"], capture_output=True, text=True, timeout=180)
    elapsed = time.monotonic() - started
    peak_mb = int(proc.stderr.split()[-1]) / 1024
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["items_added"] == 500
    assert elapsed < 120
    assert peak_mb < 500
    with search.open_index(tmp_path / "ix") as ix:
        hit = ix.search("punkt:500").hits[0]
        assert hit.page == 500 and hit.title == "Vej og vej nr. 500"


# -- hostile queries ------------------------------------------------------------------
HOSTILE = [
    '"', '"open phrase', "(", ")", "((a)", "a)", "AND", "OR", "NOT", "a AND", "AND OR NOT",
    "titel:", ":", 'titel:"', "foo:bar", "*", "**", "a*", "?", "*a", "*?*", "x" * 5000,
    "a " * 1500, "(" * 500 + ")" * 500, "\x00", "\x1b[1m", "a\tb", "\u200b", "\ud800",
    "beslutning:(a OR", "[a TO b]", "date:[2020 TO 1990]", "titel:[z TO a]", "{a TO}",
    "^", "a^", "a^x", "a~x", '"a b"~x', "\\", "a\\", "()", '""', "OR OR OR", "-", "+", "!",
    "a:b:c", "http://x.dk", "1.2.3.4", "%", "'", "titel:titel:a", "ANDNOT", "NOT a", "æøå*",
    "\u0301", "Å*", "1*", "ab?", "ab?*", "punkt:[1 TO 5]", "sag:*", "kind:*", "date:2020",
]


def test_hostile_queries_give_results_or_one_line_errors(tmp_path):
    index_dir = tmp_path / "ix"
    assert invoke("index", str(EXAMPLES), "--index", str(index_dir), "-q").exit_code == 0
    with search.open_index(index_dir) as ix:
        for text in HOSTILE:
            for options in ({}, {"sections": ["beslutning"]}, {"sort": "date"}):
                try:
                    ix.search(text, **options)
                except QueryError as exc:
                    assert "\n" not in str(exc), text
    runner = CliRunner()
    for text in HOSTILE:
        if "\x00" in text or "\ud800" in text:
            continue  # cannot be an argv element
        result = runner.invoke(cli, ["search", text, "--index", str(index_dir)])
        assert result.exit_code in (0, 1), (text, result.output)
        assert not isinstance(result.exception, Exception) or isinstance(
            result.exception, SystemExit), (text, result.exception)
        if result.exit_code == 1:
            assert result.output.startswith("Error: ") and result.output.count("\n") == 1


@pytest.mark.parametrize("text", ["NOT OR b", "NOT AND ", "NOT NOT AND"])
def test_not_before_operator_is_a_query_error(tmp_path, text):
    index_dir = tmp_path / "ix"
    Indexer(index_dir, jobs=1).run([EXAMPLES])
    with search.open_index(index_dir) as ix:
        with pytest.raises(QueryError, match="need a word on each side"):
            ix.search(text)


@pytest.mark.parametrize("options", [
    ["--from", "2024-02-30"], ["--from", "2024-13-01"], ["--to", "99999-01-01"],
    ["--from", "2025-01-01", "--to", "2024-01-01"], ["--from", "yesterday"],
    ["--case", "x"], ["--kommune", "!!!"], ["--section", "nope"], ["--page", "1000000"],
])
def test_impossible_filters_are_one_line_errors(tmp_path, options):
    index_dir = tmp_path / "ix"
    invoke("index", str(EXAMPLES), "--index", str(index_dir), "-q")
    result = CliRunner().invoke(cli, ["search", "affald", "--index", str(index_dir), *options])
    assert result.exit_code in (0, 1) and result.exception is None or isinstance(
        result.exception, SystemExit)
    if result.exit_code:
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1


# -- referat check ------------------------------------------------------------------
def test_check_finds_missing_changed_and_inconsistent_files(tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(EXAMPLES, folder)
    shutil.copy(CORPUS / "albertslund" / "referat-digitalisering-og-beredskab-2026-02-23.txt",
                folder / "albertslund.txt")
    index_dir = tmp_path / "ix"
    index_run(folder, index_dir)
    report = check_index(index_dir)
    assert report.ok and report.files == 3 and report.items == 12 and report.fix is None
    assert invoke("check", "--index", str(index_dir)).exit_code == 0

    os.utime(folder / "albertslund.txt", ns=(0, 10**18))  # touched, same content
    (folder / "sundhed-og-omsorg-2025-04-07.json").unlink()
    teknik = folder / "teknik-og-miljoe-2025-03-10.txt"
    teknik.write_text(teknik.read_text(encoding="utf-8") + "\nNy linje.\n", encoding="utf-8")
    report = check_index(index_dir)
    assert not report.ok and report.touched == 1
    assert {(Path(p.path).name, p.problem) for p in report.problems} == {
        ("sundhed-og-omsorg-2025-04-07.json", "missing"),
        ("teknik-og-miljoe-2025-03-10.txt", "changed"),
    }
    result = invoke("check", "--index", str(index_dir), "--json")
    data = json.loads(result.output)
    assert result.exit_code == 1 and not data["ok"] and len(data["problems"]) == 2
    assert data["fix"] == f"re-run `referat index {folder} --index {index_dir}`"
    index_run(folder, index_dir)  # the fix works
    assert check_index(index_dir).ok


def test_check_finds_items_without_their_record(tmp_path):
    index_dir = tmp_path / "ix"
    index_run(EXAMPLES, index_dir)
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(index_dir), indexname="referat")
    with ix.writer() as writer:  # damage: drop one file record, keep its items
        writer.delete_by_term("id", f"file:{TEKNIK_TXT.resolve()}")
    report = check_index(index_dir)
    assert [(p.problem, p.path) for p in report.problems] == [
        ("orphan_items", str(TEKNIK_TXT.resolve()))]


def test_check_without_index_is_one_line_error(tmp_path):
    result = invoke("check", "--index", str(tmp_path / "none"))
    assert result.exit_code == 1 and result.output.startswith("Error: no index at")
