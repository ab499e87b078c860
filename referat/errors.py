"""Every exception referat's API raises, in one place (also exported by `referat`).

    import referat
    try:
        with referat.open_index("./referat-index") as ix:
            result = ix.search("affald", date_from="2024-01-01")
    except referat.ReferatError as exc:   # any of the below
        print(exc)                         # one line, naming the argument or path

All derive from `ReferatError`; their messages are one line for the user. Errors about
an argument name it as the API spells it (`date_from`); the command line names its
option instead (`--from`, see `QueryError.naming`). Importing this module loads nothing
else of referat.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from referat.index.writer import IndexReport, Skipped


class ReferatError(Exception):
    """Base of every error referat raises for its user to mend."""


class IndexNotFound(ReferatError, FileNotFoundError):
    """There is no referat index at the given folder (`open_index`, `check_index`)."""


class IndexFormatError(IndexNotFound):
    """The index in the given folder is in a format this referat cannot read (written
    by an older or newer referat); the message says how to rebuild it."""


class EngineError(ReferatError, ValueError):
    """$REFERAT_ENGINE names no engine (`fast` or `whoosh`)."""


class IndexLocked(ReferatError):
    """Another process is writing the index (indexing without `wait=True`)."""


class PathNotFound(ReferatError, FileNotFoundError):
    """A file or folder given to `index_paths` does not exist."""


class NothingToForget(ReferatError):
    """`forget_paths`: a path still exists, or the index holds no file under it."""


class QueryError(ReferatError, ValueError):
    """A query or argument that cannot be run; the message is one line for the user.

    `arguments` are the API arguments the message names, in the order it names them
    (for example `date_from`): `naming` says the message with other names for them.
    """

    def __init__(self, message: str, arguments: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.arguments = arguments

    def naming(self, names: Mapping[str, str]) -> str:
        """The message with each of its arguments named as `names` says (the CLI's
        options: `{"date_from": "--from"}`)."""
        out, rest = [], str(self)
        for argument in self.arguments:
            before, found, rest = rest.partition(argument)
            out += [before, names.get(argument, argument) if found else ""]
        return "".join(out) + rest


class ItemNotFound(ReferatError, KeyError):
    """No item has the given id (`show`)."""

    def __str__(self) -> str:
        return f"no item with id {self.args[0]!r}"


class Interrupted(ReferatError):
    """Indexing was interrupted (Ctrl-C, SIGTERM); `report` says what was committed."""

    def __init__(self, report: IndexReport) -> None:
        super().__init__("interrupted")
        self.report = report


class FileFailed(ReferatError):
    """Strict indexing: a file could not be read; `report` says what was committed."""

    def __init__(self, report: IndexReport, skipped: Skipped) -> None:
        super().__init__(f"{skipped.path}: {skipped.reason or skipped.status}")
        self.report = report
        self.skipped = skipped


__all__ = [
    "EngineError",
    "FileFailed",
    "IndexFormatError",
    "IndexLocked",
    "IndexNotFound",
    "Interrupted",
    "ItemNotFound",
    "NothingToForget",
    "PathNotFound",
    "QueryError",
    "ReferatError",
]
