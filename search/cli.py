"""The `referat` command line: a thin layer over the `index` and `search` APIs.

Each command parses its options, calls one API function and formats the result
(`--json` for scripts, readable text otherwise). Library errors become one-line
`Error: …` messages.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click
from referat.search.terminal import bold

EXIT_ERROR = 1  # a one-line error: bad query or option, no index, index locked, …
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
    """Turn referat's own exceptions (`referat.errors`) into one line: `Error: …` on
    stderr, or `{"error": …}` on stdout with `--json`; exit status 1 either way. An
    error about an API argument names the command's option instead (`--from`)."""

    @wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from referat.errors import QueryError, ReferatError

        try:
            return f(*args, **kwargs)
        except ReferatError as exc:
            message = exc.naming(_option_names()) if isinstance(exc, QueryError) else str(exc)
            if kwargs.get("as_json"):
                emit_json({"error": message, "type": type(exc).__name__})
                sys.exit(EXIT_ERROR)
            raise click.ClickException(message) from None

    return wrapper


def _option_names() -> dict[str, str]:
    """The current command's options by the API argument they set (`date_from`:
    `--from`)."""
    params = click.get_current_context().command.params
    return {p.name: max(p.opts, key=len) for p in params
            if isinstance(p, click.Option) and p.name}


def _ignore_stop_signals() -> None:
    """Ignore Ctrl-C and SIGTERM from here to the exit: the work is done (or was cut
    short and reported), and Python's own handlers would die of a signal that comes
    while the interpreter shuts down."""
    import signal

    from referat.index.stopping import STOP_SIGNALS

    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)


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
def _run_indexer(run: Callable[[], Any], progress: Any) -> Any:
    """Run `run` (an indexing run, returning its report) with SIGTERM stopping it like
    Ctrl-C; an interrupted or strict run's end is told on one line, with its exit status."""
    import signal
    import threading

    from referat.errors import FileFailed, Interrupted

    def terminate(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # SIGTERM stops a run like Ctrl-C

    in_main = threading.current_thread() is threading.main_thread()
    own_process = in_main and (click.get_current_context().obj or {}).get(OWN_PROCESS)
    previous = signal.signal(signal.SIGTERM, terminate) if in_main else None
    report = None
    try:
        report = run()
        if own_process:
            _ignore_stop_signals()
    except Interrupted as exc:
        progress.close()
        done = exc.report
        click.echo(f"Interrupted: {done.files_committed} files ({done.items_committed} items) "
                   f"were committed in this run and stay in the index; run the same "
                   f"command again to finish.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except FileFailed as exc:
        progress.close()
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
    progress.close()
    return report


def _summary(report: Any, index_dir: Any) -> None:
    """The counts of a run, then the files it could not read, by name."""
    from referat.index.failures import could_not_open

    for skip in report.skipped:
        if skip not in report.failed:
            click.echo(f"skipped {skip.path}: {skip.reason or skip.status}", err=True)
    for low in report.low_confidence:
        click.echo(f"low confidence {low.confidence:.2f} ({low.layout}: "
                   f"{', '.join(low.checks)}) {low.path}", err=True)
    before = (f", {len(report.skipped_before)} skipped before"
              if report.skipped_before else "")
    if report.files_reindexed:
        n = report.files_reindexed
        click.echo(f"{n} unchanged {'file' if n == 1 else 'files'} indexed again: indexed "
                   "before by another version of referat (its Danish analysis or fields)",
                   err=True)
    click.echo(
        f"{report.files_seen} files ({report.files_read} read, {report.files_unchanged} "
        f"unchanged, {report.files_moved} moved, {report.files_removed} removed, "
        f"{len(report.skipped)} skipped, {len(report.failed)} failed{before}); "
        f"items: {report.items_added} added, "
        f"{report.items_updated} updated, {report.items_removed} removed; "
        f"{report.elapsed:.1f} s; index: {index_dir}"
    )
    if report.failed:
        noun = "file" if len(report.failed) == 1 else "files"
        click.echo(f"Could not read {len(report.failed)} {noun}:")
        for skip in report.failed:
            click.echo(f"  {skip.path}: {skip.reason or skip.status}")
        if not all(could_not_open(skip) for skip in report.failed):
            click.echo("A file whose content could not be read is not read again until it "
                       "changes (--retry-failed reads it).")
    if report.failed_before:
        n = len(report.failed_before)
        click.echo(f"{n} {'file' if n == 1 else 'files'} that could not be read before "
                   f"{'is' if n == 1 else 'are'} unchanged and not read again "
                   f"(--retry-failed reads {'it' if n == 1 else 'them'}; --json lists "
                   f"{'it' if n == 1 else 'them'}).")


@cli.command(name="index")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@index_option
@click.option("--kommune", help="Kommune name for these files (overrides what they say).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None,
              help="Worker processes for reading files (default: all cores).")
@click.option("--wait", is_flag=True, help="Wait for another indexer instead of failing.")
@click.option("--strict", is_flag=True,
              help="Stop at the first file that cannot be read (keeps what was committed).")
@click.option("--retry-failed", is_flag=True,
              help="Read again the files that could not be read before, even if unchanged.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@json_option
@user_errors
def index_cmd(paths: tuple[str, ...], index_dir: str | None, kommune: str | None,
              jobs: int | None, wait: bool, strict: bool, retry_failed: bool, quiet: bool,
              as_json: bool) -> None:
    """Index minutes in files and folders (PDF, TXT, portal HTML/JSON, SBSYS XML).

    Re-running is cheap: only new or changed files are read, and the items of files
    gone from the folders are removed. Files that cannot be read are listed with the
    reason and the run goes on (with --strict it stops at the first); they are not
    read again until they change (or with --retry-failed). A path that does not exist
    is an error: `referat forget PATH` removes the items of a deleted folder. Exit
    status 0 when every file read in this run was read, 1 on an error (no such path,
    index locked), 3 when some files could not be read, 130 when interrupted (Ctrl-C
    or SIGTERM; what was committed stays, a re-run finishes).

    \b
    Example:
        referat index ../shared/corpus/greve --index ./referat-index
        referat index minutes/ --kommune Albertslund
        referat index minutes/ --retry-failed
    """
    from referat.index.writer import Indexer
    from referat.search.terminal import IndexProgress

    progress = IndexProgress(not quiet and not as_json and sys.stderr.isatty())
    indexer = Indexer(index_dir, kommune=kommune, jobs=jobs, wait=wait, strict=strict,
                      retry_failed=retry_failed)
    report = _run_indexer(lambda: indexer.run(paths, progress), progress)
    if as_json:
        emit_json(report.to_dict() | {"index": str(indexer.index_dir)})
    elif not quiet:
        _summary(report, indexer.index_dir)
    if report.failed:
        sys.exit(EXIT_FILES_FAILED)


@cli.command(name="forget")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@index_option
@click.option("--wait", is_flag=True, help="Wait for another indexer instead of failing.")
@click.option("--quiet", "-q", is_flag=True, help="No summary.")
@json_option
@user_errors
def forget_cmd(paths: tuple[str, ...], index_dir: str | None, wait: bool, quiet: bool,
               as_json: bool) -> None:
    """Remove from the index the files under paths that no longer exist.

    For a folder (or file) that was deleted or moved away: its files' items and
    records go. A path that still exists is an error (index it instead), and so is
    one with no indexed file under it. Exit status 0 when done, 1 on an error, 130
    when interrupted.

    \b
    Example:
        referat forget minutes/2019 --index ./referat-index
    """
    from referat.index.forget import forget_paths
    from referat.index.store import resolve_index_dir
    from referat.search.terminal import IndexProgress

    report = _run_indexer(lambda: forget_paths(paths, index_dir, wait=wait),
                          IndexProgress(False))
    if as_json:
        emit_json(report.to_dict() | {"index": str(resolve_index_dir(index_dir))})
    elif not quiet:
        click.echo(f"forgot {report.files_removed} files ({report.items_removed} items); "
                   f"index: {resolve_index_dir(index_dir)}")


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
@click.option("--outcome", "outcome", multiple=True, metavar="OUTCOME",
              help="Only decisions with this outcome (repeatable): godkendt, "
                   "godkendt_med_aendringer, anbefalet, taget_til_efterretning, afvist, "
                   "udsat, oversendt, droeftet, andet.")
@click.option("--against", metavar="PARTY",
              help="Only decisions this party voted against (letter, name or member).")
@click.option("--facets", is_flag=True,
              help="Count all hits by kommune, udvalg, year, section type and outcome.")
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
        referat search budget --outcome afvist --outcome udsat --facets
        referat search "" --against Ø --udvalg byråd
    """
    from referat.search.api import open_index
    from referat.search.results import Snippet
    from referat.search.terminal import columns, wrap

    with open_index(index_dir) as ix:
        result = ix.search(query, **options)
    if show_query:
        click.echo(result.parsed, err=True)
    if as_json:
        emit_json(result.to_dict())
        return
    first = (result.page - 1) * result.limit
    noun = "hit" if result.total == 1 else "hits"
    click.echo(f"{result.total} {noun}" + (f" for {query!r}" if query else ""))
    width = columns()
    for line in understood_lines(result):
        click.echo(line)
    for n, hit in enumerate(result.hits, start=first + 1):
        head = " · ".join(x for x in (hit.kommune, hit.udvalg, hit.date or "",
                                      f"punkt {hit.item}") if x)
        where = f"  [{', '.join(hit.matched_sections)}]" if hit.matched_sections else ""
        line = f"{n}. {head}: "
        title = (len(line), len(line) + len(hit.title))
        click.echo()
        for text in wrap(Snippet(f"{line}{hit.title}{where}", (title,)), width, "   ", ""):
            click.echo(text)
        for text in wrap(Snippet(hit.snippet_text, tuple(hit.snippet_marks)), width, "   "):
            click.echo(text)
        if hit.also:
            also = "also: " + ", ".join(
                " ".join(x for x in (a["udvalg"], a["date"] or "", f"punkt {a['item']}") if x)
                for a in hit.also)
            for text in wrap(Snippet(also), width, "   "):
                click.echo(text)
        page = f" (page {hit.page})" if hit.page else ""
        click.echo(f"   {hit.source}{page}  id {hit.id}")
    if result.facets is not None:
        _echo_facets(result.facets)


def _decision_line(outcome: str | None, vote: dict[str, Any] | None) -> str:
    """"anbefalet; imod: Ø; undlod: F" (empty without a decision)."""
    parts = [outcome or ""]
    for key, label in (("for", "for"), ("against", "imod"), ("abstained", "undlod")):
        if vote and vote.get(key):
            parts.append(f"{label}: {', '.join(vote[key])}")
    return "; ".join(p for p in parts if p)


def _echo_facets(facets: dict[str, dict[str, int]], top: int = 10) -> None:
    for name, counts in facets.items():
        shown = ", ".join(f"{key} {count}" for key, count in list(counts.items())[:top])
        more = f", … ({len(counts) - top} more)" if len(counts) > top else ""
        click.echo(f"{bold(name)}: {shown or '-'}{more}", nl=True)


OPTION_NAMES = {"date_from": "--from", "date_to": "--to", "sections": "--section"}
"""The search option of each filter of `SearchResult.without` whose name differs."""


def understood_lines(result: Any) -> list[str]:
    """What a search did to find more, and what it suggests, one line each."""
    lines = []
    if result.corrected:
        lines.append(f"showing results for {result.corrected!r}")
    if result.relaxed:
        lines.append("showing results for a looser query: " + "; ".join(result.relaxed))
    if getattr(result, "read", None):
        lines.append("read as filters: " + "; ".join(result.read))
    if getattr(result, "without", None):
        lines.append("no hits with these filters; " + ", ".join(
            f"without {OPTION_NAMES.get(w['filter'], '--' + w['filter'])} {w['value']!r}: "
            f"{w['total']} hits"
            for w in result.without))
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
    from referat.search.results import Snippet
    from referat.search.terminal import columns, wrap

    with open_index(index_dir) as ix:
        record = ix.show(item_id)
    if as_json:
        emit_json(record.to_dict())
        return
    width = columns()
    title = Snippet(record.title, ((0, len(record.title)),))
    meta = (f"{record.kommune} · {record.udvalg} · {record.date} · {record.kind} · "
            f"punkt {record.item}" + (" · lukket" if record.closed else ""))
    for snippet in (title, Snippet(meta)):
        click.echo("\n".join(wrap(snippet, width)))
    if record.case_number:
        click.echo(f"Sagsnr. {record.case_number}")
    if record.outcome:
        click.echo(f"Udfald: {_decision_line(record.outcome, record.vote)}"
                   + (" (enstemmigt)" if record.unanimous else ""))
        for point in record.outcomes:
            click.echo(f"  {point['points']} {point['outcome']}")
    if record.absent:
        click.echo(f"Fraværende: {', '.join(record.absent)}")
    for sec in record.sections:
        dated = f" ({sec.date})" if sec.date else ""
        click.echo(f"\n{bold(sec.heading or sec.type)} [{sec.type}]{dated}")
        for line in sec.text.splitlines():  # each line wrapped to the terminal's width
            click.echo("\n".join(wrap(Snippet(line), width)))
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
    for name in ("kommune", "udvalg", "year", "kind", "outcome"):
        click.echo(f"\n{bold(name)}")
        for key, count in data[name].items():
            click.echo(f"  {count:>7}  {key}")
    click.echo(f"\n{bold('outcome per udvalg and year')}")
    for udvalg, years in data["outcome_by_udvalg_year"].items():
        for year, counts in years.items():
            shown = ", ".join(f"{key} {count}" for key, count in counts.items())
            click.echo(f"  {udvalg or '-'} {year or '-'}: {shown}")


# -- case -------------------------------------------------------------------------
@cli.command(name="case")
@click.argument("number")
@index_option
@json_option
@user_errors
def case_cmd(number: str, index_dir: str | None, as_json: bool) -> None:
    """Show a case's path through the committees: every item with this case number
    (any punctuation), oldest first, with its outcome, and the case's final status.

    \b
    Examples:
        referat case 24-004433
        referat case EMN-2023-009832 --json
    """
    from referat.search.api import open_index

    with open_index(index_dir) as ix:
        timeline = ix.case(number)
    if as_json:
        emit_json(timeline.to_dict())
        return
    if not timeline.steps:
        raise click.ClickException(f"no items with case number {number!r}")
    click.echo(f"{bold('Sag ' + number)}: {len(timeline.steps)} items, "
               f"status {bold(timeline.status or '-')}")
    for step in timeline.steps:
        head = " · ".join(x for x in (step.date or "", step.kommune, step.udvalg,
                                      f"punkt {step.item}", step.kind) if x)
        click.echo(f"\n{head}: {bold(step.title)}")
        click.echo(f"   {_decision_line(step.outcome, step.vote) or 'ingen beslutning'}"
                   f"  [{', '.join(step.sections)}]")
        for point in step.outcomes:
            click.echo(f"     {point['points']} {point['outcome']}")
        click.echo(f"   id {step.id}")


# -- serve ------------------------------------------------------------------------
@cli.command()
@index_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (localhost only by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes sharing the index (default: the cores, at most 4).")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let pages from this origin call the API (repeatable; '*' for any). "
                   "Off by default.")
@click.option("--cache", "cache_size", type=click.IntRange(0), default=256, show_default=True,
              help="Search answers each worker keeps until the index changes (0: none).")
@click.option("--quiet", "-q", is_flag=True, help="No line per request.")
@user_errors
def serve(index_dir: str | None, host: str, port: int, workers: int | None,
          cors_origins: tuple[str, ...], cache_size: int, quiet: bool) -> None:
    """Serve the index over HTTP: a Danish search page, a JSON API, Atom feeds.

    The page is at http://HOST:PORT/, the API under /api (OpenAPI description at
    /api/openapi.json). Workers see what `referat index` commits within a second,
    without a restart. Stop with Ctrl-C.

    \b
    Example:
        referat serve --index ./referat-index
        referat serve --port 9000 --workers 2 --cors-origin https://example.org
    """
    from referat.index.store import open_existing, resolve_index_dir

    try:
        import jinja2  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise click.ClickException(
            f"the server needs packages that are not installed ({exc.name}): "
            "pip install 'referat[serve]'") from None
    from referat.search.server import ServeConfig
    from referat.search.server import serve as run_server

    open_existing(index_dir)  # a missing index is one line here, not in every worker
    cores = os.cpu_count() or 1
    run_server(ServeConfig(
        index_dir=str(resolve_index_dir(index_dir).resolve()), host=host, port=port,
        workers=workers or min(cores, 4), cors_origins=cors_origins, cache_size=cache_size,
        access_log=not quiet,
    ))


# -- parse ------------------------------------------------------------------------
@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--generic", is_flag=True,
              help="Read PDF, text and HTML by the layout-free reader only (no family rules).")
@json_option
def parse(file: str, generic: bool, as_json: bool) -> None:
    """Show what the indexer reads from one file: meeting, items, section headings.

    Exit status 0 when the file is minutes, 1 otherwise (the reason is printed).

    \b
    Example:
        referat parse referat.pdf
        referat parse meeting.json --json
        referat parse referat.pdf --generic
    """
    from referat.index.readers import parse_file

    result = parse_file(file, known_layouts=not generic)
    if as_json:
        emit_json(result.to_dict())
        sys.exit(0 if result.ok else 1)
    if not result.ok or result.meeting is None:
        raise click.ClickException(f"{file}: {result.status}: {result.reason}")
    m = result.meeting
    click.echo(f"{m.kommune or '?'} · {m.udvalg or '?'} · {m.date or '?'} · {m.kind}"
               + (f" · {m.place}" if m.place else ""))
    click.echo(f"Read by {result.reader} ({result.layout}), confidence {result.confidence:.2f}"
               + (" (low: check it)" if result.low_confidence else "")
               + f": {', '.join(result.checks)}")
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
