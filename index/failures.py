"""What the indexer remembers of files it could not read, and when it tries them again.

The memory is the index's own file records: each holds the file's content hash, its
status (`error`, `no_text_layer`, …) and the reason. A file that could not be read is
reported by the run that reads it, and then not again: while its content is the same
(its record unchanged, or the same bytes under another path), later runs count it as
having failed before, without reading it or listing it, and exit 0. It is read again
when its content changes, or with `retry_failed` (`referat index --retry-failed`).

One kind of failure has no content to remember: a file that could not be opened at all
(permission denied, gone while the run walked; reason `cannot read file: …`). It is
tried again on every run, since what failed was the access, not the bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from referat.index.model import ParseResult

FAILED_STATUSES = ("error", "no_text_layer")  # a supported file that could not be read
READ_FAILED = "cannot read file"  # reason prefix of I/O errors, retried on the next run


class _Record(Protocol):
    content_hash: str
    status: str
    reason: str | None


def could_not_open(record: _Record) -> bool:
    """Whether the file could not be opened (no content was read to remember)."""
    return (record.reason or "").startswith(READ_FAILED)


class FailureMemory:
    """The contents that could not be read, by hash, as the file records remember them."""

    def __init__(self, records: Mapping[str, _Record], retry_failed: bool = False) -> None:
        self.retry_failed = retry_failed
        self.failed: dict[str, str | None] = {
            rec.content_hash: rec.reason for rec in records.values()
            if rec.status in FAILED_STATUSES and not could_not_open(rec)
        }

    def retry(self, record: _Record) -> bool:
        """Whether to read a file whose record is unchanged: after an I/O error always,
        after another failure only with `retry_failed`."""
        if could_not_open(record):
            return True
        return self.retry_failed and record.status in FAILED_STATUSES

    def known(self, digest: str, result: ParseResult) -> bool:
        """Whether this failure of these bytes was reported by an earlier run (a file
        moved or copied since): then it is not reported again, unless retrying."""
        return (not self.retry_failed and result.status in FAILED_STATUSES
                and digest in self.failed and self.failed[digest] == result.reason)

    def cached(self, result: ParseResult | None) -> ParseResult | None:
        """A parse cache hit, or None when a failure is to be read afresh."""
        if result is not None and self.retry_failed and result.status in FAILED_STATUSES:
            return None
        return result
