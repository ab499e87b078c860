"""The `referat` command line: a thin layer over the `index` and `search` APIs.

Each command parses its options, calls one API function and formats the result
(`--json` for scripts, readable text otherwise). Library errors become one-line
`Error: …` messages.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

EXIT_FILES_FAILED = 3  # `referat index`: some files could not be read
EXIT_INTERRUPTED = 130
OWN_PROCESS = "own_process"  # context key: the CLI runs as a process of its own (`main`)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def json_option(f: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(f)


def index_option(f: Callable) -> Callable:
    return click.option(
        "--index", "index_dir", type=click.Path(file_okay=False), default=None,
        help="Index folder (default: $REFERAT_INDEX, else ~/.local/share/referat/index).",
    )(f)


def user_errors(f: Callable) -> Callable:
    """Turn the libraries' own exceptions into one-line click errors."""

    @wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except Exception as exc:
            if isinstance(exc, _user_errors()):
                raise click.ClickException(str(exc)) from None
            raise

    return wrapper


def _user_errors() -> tuple[type[Exception], ...]:
    """The exceptions that are the user's to mend (imported only when one is raised:
    `referat index` never loads the query side)."""
    from referat.index.lock import IndexLocked
    from referat.index.store import IndexNotFound
    from referat.search.api import ItemNotFound
    from referat.search.query import QueryError

    return QueryError, IndexNotFound, IndexLocked, ItemNotFound


def _ignore_stop_signals() -> None:
    """Ignore Ctrl-C and SIGTERM from here to the exit: the work is done (or was cut
    short and reported), and Python's own handlers would die of a signal that comes
    while the interpreter shuts down."""
    import signal

    from referat.index.stopping import STOP_SIGNALS

    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)


def bold(text: str) -> str:
    return click.style(text, bold=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="referat")
def cli() -> None:
    """Search Danish municipal meeting minutes (referater and dagsordener).

    \b
    Example:
        referat index minutes/ --index ./referat-index
        referat search "affaldssortering" --index ./referat-index
    """


# -- index ------------------------------------------------------------------------
PROGRESS_WIDTH = 100


def progress_line(step: Any, elapsed: float) -> str:
    """`[#####.....] 120/371 files  1,840 items  0:42 left  name.pdf` for a terminal."""
    total = max(step.files_total, 1)
    filled = round(20 * step.files_done / total)
    left = elapsed / step.files_done * (total - step.files_done) if step.files_done else 0
    line = (f"[{'#' * filled}{'.' * (20 - filled)}] {step.files_done}/{total} files  "
            f"{step.items_done:,} items  {int(left) // 60}:{int(left) % 60:02d} left  "
            f"{os.path.basename(step.path)}")
    return line[:PROGRESS_WIDTH].ljust(PROGRESS_WIDTH)

@cli.command(name="index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@index_option
@click.option("--kommune", help="Kommune name for these files (overrides what they say).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None,
              help="Worker processes for reading files (default: all cores).")
@click.option("--wait", is_flag=True, help="Wait for another indexer instead of failing.")
@click.option("--strict", is_flag=True,
              help="Stop at the first file that cannot be read (keeps what was committed).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@json_option
@user_errors
def index_cmd(paths: tuple[str, ...], index_dir: str | None, kommune: str | None,
              jobs: int | None, wait: bool, strict: bool, quiet: bool, as_json: bool) -> None:
    """Index minutes in files and folders (PDF, TXT, portal HTML/JSON, SBSYS XML).

    Re-running is cheap: only new or changed files are read, and the items of files
    gone from the folders are removed. Files that cannot be read are listed with the
    reason and the run goes on (with --strict it stops at the first). Exit status 0
    when every supported file was read, 3 when some could not be read, 130 when
    interrupted (Ctrl-C or SIGTERM; what was committed stays, a re-run finishes).

    \b
    Example:
        referat index ../shared/corpus/greve --index ./referat-index
        referat index minutes/ --kommune Albertslund
    """
    import signal

    from referat.index.writer import FileFailed, Indexer, Interrupted

    show_progress = not quiet and not as_json and sys.stderr.isatty()
    indexer = Indexer(index_dir, kommune=kommune, jobs=jobs, wait=wait, strict=strict)
    started = time.monotonic()

    def progress(step: Any) -> None:
        if show_progress:
            click.echo("\r" + progress_line(step, time.monotonic() - started), nl=False,
                       err=True)

    def terminate(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # SIGTERM stops a run like Ctrl-C

    import threading

    in_main = threading.current_thread() is threading.main_thread()
    own_process = in_main and (click.get_current_context().obj or {}).get(OWN_PROCESS)
    previous = signal.signal(signal.SIGTERM, terminate) if in_main else None
    report = None
    try:
        report = indexer.run(paths, progress)
        if own_process:
            _ignore_stop_signals()
    except Interrupted as exc:
        if show_progress:
            click.echo(err=True)
        done = exc.report
        click.echo(f"Interrupted: {done.files_committed} files ({done.items_committed} items) "
                   f"were committed in this run and stay in the index; run the same "
                   f"command again to finish.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except FileFailed as exc:
        if show_progress:
            click.echo(err=True)
        done = exc.report
        click.echo(f"Error: {exc} (--strict: stopped; {done.files_committed} files "
                   f"({done.items_committed} items) were committed in this run)", err=True)
        sys.exit(EXIT_FILES_FAILED)
    except KeyboardInterrupt:
        if report is None:  # before the run began: nothing was written
            click.echo("Interrupted before indexing started; nothing was written.", err=True)
            sys.exit(EXIT_INTERRUPTED)
        # else the signal came as the finished run returned: its work is done
    finally:
        if own_process:
            _ignore_stop_signals()
        elif in_main:
            signal.signal(signal.SIGTERM, previous)
    if show_progress:
        click.echo("\r" + " " * PROGRESS_WIDTH + "\r", nl=False, err=True)
    if as_json:
        emit_json(report.to_dict() | {"index": str(indexer.index_dir)})
    elif not quiet:
        for skip in report.skipped:
            click.echo(f"skipped {skip.path}: {skip.reason or skip.status}", err=True)
        click.echo(
            f"{report.files_seen} files ({report.files_read} read, {report.files_unchanged} "
            f"unchanged, {report.files_moved} moved, {report.files_removed} removed, "
            f"{len(report.skipped)} skipped, {len(report.failed)} failed); "
            f"items: {report.items_added} added, "
            f"{report.items_updated} updated, {report.items_removed} removed; "
            f"{report.elapsed:.1f} s; index: {indexer.index_dir}"
        )
    if report.failed:
        sys.exit(EXIT_FILES_FAILED)


# -- check ------------------------------------------------------------------------
EXIT_CHECK_PROBLEMS = 1  # `referat check`: the index does not match its files


@cli.command(name="check")
@index_option
@click.option("--hash", "hash_all", is_flag=True,
              help="Hash every file, even those whose size and mtime are unchanged.")
@json_option
@user_errors
def check_cmd(index_dir: str | None, hash_all: bool, as_json: bool) -> None:
    """Check the index: it opens, its files are unchanged, records and items agree.

    Lists files that are missing or changed since they were indexed, and items that
    do not match their file's record, with the command that repairs them. Exit
    status 0 when all is well, 1 when problems were found.

    \b
    Example:
        referat check --index ./referat-index
        referat check --json
    """
    from referat.index.check import check_index

    report = check_index(index_dir, hash_all=hash_all)
    if as_json:
        emit_json(report.to_dict())
    else:
        if report.error:
            click.echo(f"index {report.index} cannot be read: {report.error}")
        for problem in report.problems:
            click.echo(f"{problem.problem}: {problem.path}: {problem.detail}")
        state = "ok" if report.ok else f"{len(report.problems)} problems"
        click.echo(f"{report.files} files, {report.items} items; {report.unchanged} unchanged, "
                   f"{report.touched} touched; {state}; index: {report.index}")
        if report.fix:
            click.echo(f"To fix: {report.fix}")
    if not report.ok:
        sys.exit(EXIT_CHECK_PROBLEMS)


# -- search -----------------------------------------------------------------------
@cli.command()
@click.argument("query", required=False, default="")
@index_option
@click.option("--kommune", help="Only this kommune (case-insensitive, partial names).")
@click.option("--udvalg", help="Only this committee (case-insensitive, partial names).")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Meetings on or after.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Meetings on or before.")
@click.option("--kind", type=click.Choice(["referat", "dagsorden"]), help="Minutes or agenda.")
@click.option("--section", "sections", multiple=True, metavar="TYPE",
              help="Match only in these section types (repeatable): beslutning, "
                   "indstilling, resume, sagsfremstilling, okonomi, lovgrundlag, bilag, "
                   "sagsforloeb, other.")
@click.option("--case", help="Only this case number (any common spelling).")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance",
              show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--group/--no-group", default=True, show_default=True,
              help="One hit per case: the items of a case number under its best one.")
@click.option("--show-query", is_flag=True, help="Print the parsed Whoosh query.")
@json_option
@user_errors
def search(query: str, index_dir: str | None, show_query: bool, as_json: bool,
           **options: Any) -> None:
    """Search the index: words (AND), OR, NOT, "phrases", prefix*, field:value.

    \b
    Examples:
        referat search "lokalplan" --udvalg teknik --from 2024-01-01
        referat search 'beslutning:godkendt cykelsti*' --sort date
        referat search "23-004924"
        referat search skole --section beslutning --json
    """
    from referat.search.api import open_index

    with open_index(index_dir) as ix:
        marks = None if as_json else ("\x00", "\x01")
        result = ix.search(query, marks=marks, **options)
    if show_query:
        click.echo(result.parsed, err=True)
    if as_json:
        emit_json(result.to_dict())
        return
    first = (result.page - 1) * result.limit
    noun = "hit" if result.total == 1 else "hits"
    click.echo(f"{result.total} {noun}" + (f" for {query!r}" if query else ""))
    for line in understood_lines(result):
        click.echo(line)
    for n, hit in enumerate(result.hits, start=first + 1):
        head = " · ".join(x for x in (hit.kommune, hit.udvalg, hit.date or "",
                                      f"punkt {hit.item}") if x)
        where = f"  [{', '.join(hit.matched_sections)}]" if hit.matched_sections else ""
        click.echo(f"\n{n}. {head}: {bold(hit.title)}{where}")
        snippet = hit.snippet.replace("\x00", "\x1b[1m").replace("\x01", "\x1b[22m")
        if not sys.stdout.isatty():
            snippet = snippet.replace("\x1b[1m", "**").replace("\x1b[22m", "**")
        click.echo(f"   {snippet}")
        if hit.also:
            click.echo("   also: " + ", ".join(
                " ".join(x for x in (a["udvalg"], a["date"] or "", f"punkt {a['item']}") if x)
                for a in hit.also))
        page = f" (page {hit.page})" if hit.page else ""
        click.echo(f"   {hit.source}{page}  id {hit.id}")


def understood_lines(result: Any) -> list[str]:
    """What a search did to find more, and what it suggests, one line each."""
    lines = []
    if result.corrected:
        lines.append(f"showing results for {result.corrected!r}")
    if result.relaxed:
        lines.append("showing results for a looser query: " + "; ".join(result.relaxed))
    by_field: dict[str, list[str]] = {}
    for s in result.suggestions:
        by_field.setdefault(s["field"], []).append(s["value"])
    for name, values in by_field.items():
        what = "did you mean" if name == "query" else f"no {name} matches; did you mean"
        lines.append(f"{what}: " + ", ".join(repr(v) for v in values))
    return lines


# -- show -------------------------------------------------------------------------
@cli.command()
@click.argument("item_id")
@index_option
@json_option
@user_errors
def show(item_id: str, index_dir: str | None, as_json: bool) -> None:
    """Show a whole item: meeting, every section, and the file it came from.

    \b
    Example:
        referat show 3f2a9c1d0b7e-4
    """
    from referat.search.api import open_index

    with open_index(index_dir) as ix:
        record = ix.show(item_id)
    if as_json:
        emit_json(record.to_dict())
        return
    click.echo(bold(f"{record.title}"))
    click.echo(f"{record.kommune} · {record.udvalg} · {record.date} · {record.kind} · "
               f"punkt {record.item}" + (" · lukket" if record.closed else ""))
    if record.case_number:
        click.echo(f"Sagsnr. {record.case_number}")
    for sec in record.sections:
        dated = f" ({sec.date})" if sec.date else ""
        click.echo(f"\n{bold(sec.heading or sec.type)} [{sec.type}]{dated}")
        click.echo(sec.text)
    page = f", page {record.page}" if record.page else ""
    click.echo(f"\nSource: {record.source}{page}")


# -- stats ------------------------------------------------------------------------
@cli.command()
@index_option
@json_option
@user_errors
def stats(index_dir: str | None, as_json: bool) -> None:
    """Count items per kommune, udvalg, year and kind.

    \b
    Example:
        referat stats --json
    """
    from referat.search.api import open_index

    with open_index(index_dir) as ix:
        data = ix.stats()
    if as_json:
        emit_json(data)
        return
    click.echo(f"{data['items']} items from {data['files']} files")
    for name in ("kommune", "udvalg", "year", "kind"):
        click.echo(f"\n{bold(name)}")
        for key, count in data[name].items():
            click.echo(f"  {count:>7}  {key}")


# -- parse ------------------------------------------------------------------------
@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@json_option
def parse(file: str, as_json: bool) -> None:
    """Show what the indexer reads from one file: meeting, items, section headings.

    Exit status 0 when the file is minutes, 1 otherwise (the reason is printed).

    \b
    Example:
        referat parse referat.pdf
        referat parse meeting.json --json
    """
    from referat.index.readers import parse_file

    result = parse_file(file)
    if as_json:
        emit_json(result.to_dict())
        sys.exit(0 if result.ok else 1)
    if not result.ok or result.meeting is None:
        raise click.ClickException(f"{file}: {result.status}: {result.reason}")
    m = result.meeting
    click.echo(f"{m.kommune or '?'} · {m.udvalg or '?'} · {m.date or '?'} · {m.kind}"
               + (f" · {m.place}" if m.place else ""))
    if m.participants:
        click.echo("Deltagere: " + ", ".join(m.participants))
    for item in m.items:
        flags = " (lukket)" if item.closed else ""
        case = f"  [{item.case_number}]" if item.case_number else ""
        page = f"  p. {item.page}" if item.page else ""
        click.echo(f"\n{bold(item.number)}. {item.title}{flags}{case}{page}")
        for sec in item.sections:
            click.echo(f"    {sec.heading or '(no heading)'} -> {sec.type}")


# -- analyze ----------------------------------------------------------------------
@cli.command()
@click.argument("text")
@json_option
def analyze(text: str, as_json: bool) -> None:
    """Show the terms the index stores for a text (stem, exact form, compound parts).

    \b
    Example:
        referat analyze "Affaldssorteringen på plejecentrene"
    """
    from dataclasses import asdict

    from referat.index.analysis import analyze as analyze_text

    tokens = analyze_text(text)
    if as_json:
        emit_json([asdict(t) for t in tokens])
        return
    for t in tokens:
        click.echo("  ".join(f"{k}={v}" for k, v in asdict(t).items()))


def main() -> None:
    """The `referat` command: the CLI as a process of its own, which may ignore
    signals on its way out."""
    cli(prog_name="referat", obj={OWN_PROCESS: True})


if __name__ == "__main__":
    main()
