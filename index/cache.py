"""A cache of parse results keyed by file content hash, kept next to the index.

An unchanged file is never read twice, even after it moves. The key includes a
fingerprint of the reader code (`index.fingerprints`), so a change to any reader
invalidates old entries.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from referat.index.fingerprints import reader_fingerprint
from referat.index.model import ParseResult, result_from_dict


def content_hash(data: bytes) -> str:
    """The content hash that identifies a file's bytes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


EXTRACTION_DIR = "pdf-pieces-12"
"""The extraction cache's folder under <index>/cache, named anew when what an extracted
piece holds changes, so that an older index's entries are left unused, not read without
the new fields ("pdf": lines in reading order, before 2026-12; "pdf-pieces": pieces before
they carried `italic`, issue-18bh; "pdf-pieces-2": that field named `italic`, though it
holds "bold or italic", renamed `bold_or_italic`, issue-18bl; "pdf-pieces-3": a piece's type
voted by its full stops too, so a title's dot leader set it regular, issue-18bu;
"pdf-pieces-4": a footnote's raised mark kept in its line's text, issue-18bw;
"pdf-pieces-5": pages without their bookmarks, issue-18ca; "pdf-pieces-6": characters turned
off the text's direction, a stamp or a watermark, read into lines, and a page drawn only from
Form XObjects read as having no text, issue-18cc; "pdf-pieces-7": a tab turned up the
margin left out though it holds an item's number, issue-18cf; "pdf-pieces-8": a heading
turned up beside the text it heads left out, issue-18ci; "pdf-pieces-9": a heading turned
down the page, or at the right edge of its text, left out, issue-18cl's branch alone
("pdf-pieces-10"), and a line turned down beside a title that holds the item's case number
or status left out, and two turned strings on one x that overlap read as one, issue-18ck;
"pdf-pieces-11": such a line turned up the page left out, issue-18cn)."""


class ExtractionCache:
    """PDF text extraction by content hash:
    <index>/cache/pdf-pieces-12/<hash[:2]>/<hash>.json.gz.

    Not keyed by the reader code: it holds pdfminer's text lines with their boxes
    (`readers.pdfpieces.extract_pieces`), before any reading order, which do not change when
    the reading rules do; extraction is the slow part (about ten pages a second).
    """

    def __init__(self, index_dir: Path) -> None:
        self.root = Path(index_dir) / "cache" / EXTRACTION_DIR

    def get(self, digest: str) -> Any | None:
        return _load(self.root / digest[:2] / f"{digest}.json.gz")

    def put(self, digest: str, pages: Any) -> None:
        _store(self.root / digest[:2] / f"{digest}.json.gz", pages)


def _load(path: Path) -> Any | None:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def _store(path: Path, data: Any) -> None:
    """Write JSON atomically (a temporary file, then rename).

    Encoded in one piece: `json.dump` to a file runs the encoder written in Python and
    writes each of a result's million fragments through the text and gzip layers;
    `json.dumps` runs the C encoder, the same text (a third of the parent's cache
    writes on the corpus)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        with gzip.open(tmp, "wb", compresslevel=3) as fh:
            fh.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:  # a full disk, or Ctrl-C while a file is read in this process
        tmp.unlink(missing_ok=True)
        raise


class ParseCache:
    """Parse results on disk: <index>/cache/<fingerprint>/<hash[:2]>/<hash>.json.gz."""

    def __init__(self, index_dir: Path) -> None:
        self.root = Path(index_dir) / "cache" / reader_fingerprint()

    def _path(self, digest: str) -> Path:
        return self.root / digest[:2] / f"{digest}.json.gz"

    def get(self, digest: str, source: str) -> ParseResult | None:
        """The cached result for this content, re-labelled with its current path."""
        data = _load(self._path(digest))
        if data is None:
            return None
        result = result_from_dict(data)
        result.source = source
        if result.meeting is not None:
            result.meeting.source = source
        return result

    def has(self, digest: str) -> bool:
        """Whether a result for this content is stored (without reading it)."""
        return self._path(digest).exists()

    def put(self, digest: str, result: ParseResult) -> None:
        """Store a result atomically."""
        _store(self._path(digest), result.to_dict())
