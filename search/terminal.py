"""Terminal output of the command line: a progress display that fits the terminal, and
text wrapped to its width with marked words in bold.

Styles are click's: `click.echo` drops them when the output is not a terminal, so piped
output is plain text (scripts use `--json`).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # loaded with the results, not by `referat index`
    from referat.search.results import Snippet

# No time estimate before this share of the files and this many seconds: the largest
# PDFs are read first, so the first files' pace says little about the rest.
ETA_MIN_SHARE = 0.2
ETA_MIN_SECONDS = 10.0
BAR_WIDTH = 20
_WORD = re.compile(r"\S+")


def columns() -> int | None:
    """The width to wrap to: the terminal's (or $COLUMNS), None when piped."""
    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def bold(text: str) -> str:
    return click.style(text, bold=True)


def wrap(snippet: Snippet, width: int | None, indent: str = "",
         first: str | None = None) -> Iterator[str]:
    """The snippet's lines, at most `width` characters each with the indent (`first`
    on the first line, default `indent`; width None: one line), its matched words in
    bold. A word longer than a line is cut."""
    from referat.search.results import Snippet

    text = snippet.text
    first = indent if first is None else first
    spans: list[tuple[int, int]] = []  # [start, end) of each line in text

    def room() -> int:
        if width is None:
            return max(len(text), 1)
        return max(width - len(first if len(spans) <= 1 else indent), 10)

    for word in _WORD.finditer(text):
        start, end = word.span()
        if spans and end - spans[-1][0] <= room():
            spans[-1] = (spans[-1][0], end)
            continue
        spans.append((start, end))
        while spans[-1][1] - spans[-1][0] > room():  # a word longer than a line
            cut = spans[-1][0] + room()
            spans[-1:] = [(spans[-1][0], cut), (cut, end)]
    for n, (lo, hi) in enumerate(spans):
        marks = tuple((max(s, lo) - lo, min(e, hi) - lo)
                      for s, e in snippet.marks if s < hi and e > lo)
        yield (indent if n else first) + Snippet(text[lo:hi], marks).render(bold)


class IndexProgress:
    """`referat index`'s progress on a terminal: click's progress bar, the files done,
    items, and the file being read, cut to the terminal's width."""

    def __init__(self, enabled: bool, file: Any = None) -> None:
        self.enabled = enabled
        self.file = file or sys.stderr
        self.bar: Any = None
        self.started = time.monotonic()

    def __call__(self, step: Any) -> None:
        """The indexer's progress callback (`index.writer.Progress`)."""
        if not self.enabled:
            return
        if self.bar is None:
            self.bar = click.progressbar(
                length=max(step.files_total, 1), label="indexing", show_pos=True, show_percent=True,
                show_eta=False, width=BAR_WIDTH, file=self.file,
                item_show_func=self._describe)
            self.bar.__enter__()
        elapsed = time.monotonic() - self.started
        self.bar.show_eta = (step.files_done >= ETA_MIN_SHARE * step.files_total
                             and elapsed >= ETA_MIN_SECONDS)
        self.bar.update(step.files_done - self.bar.pos, current_item=step)

    def _describe(self, step: Any) -> str | None:
        if step is None:
            return None
        # the line is "label  [bar]  done/total  pct%  [eta  ]items  name": keep it
        # one character short of the terminal's width
        used = (len(self.bar.label) + 3 + BAR_WIDTH + 3 + 2 * len(str(step.files_total)) + 1
                + 2 + 5 + (10 if self.bar.show_eta else 0) + 2)
        text = f"{step.items_done:,} items  {os.path.basename(step.path)}"
        room = shutil.get_terminal_size().columns - used - 1
        return text if len(text) <= room else text[:max(room - 1, 0)] + "…"

    def close(self) -> None:
        """End the display: the bar's last state stays on its line."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
