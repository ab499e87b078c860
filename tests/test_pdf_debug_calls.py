"""pdfminer's DEBUG calls skipped while a PDF is extracted (`pdfpieces._debug_calls_skipped`):
the same pieces as pdfminer with its loggers as they are, on real minutes; no `Logger.debug`
call with DEBUG off; records as always with DEBUG on."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from referat.index.readers import pdfpieces

# real minutes of three municipalities' publishing systems (one with a contents list)
PDFS = ("syddjurs/Ekstraordinært PUK.pdf",
        "ballerup/Sundheds- og Forebyggelsesudvalget 2012-12-04 referat.pdf",
        "negatives/kantineforening-generalforsamling-2017-12-04.pdf")


@pytest.mark.parametrize("name", PDFS)
def test_the_pieces_are_pdfminers_with_its_loggers_as_they_are(corpus: Path, name: str) -> None:
    data = (corpus / name).read_bytes()
    assert pdfpieces.extract_pieces(data) == pdfpieces._extract_pieces(data)


@pytest.fixture
def debug_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the loggers whose `Logger.debug` was called."""
    calls: list[str] = []
    stock = logging.Logger.debug

    def counted(self: logging.Logger, *args: object, **kwargs: object) -> None:
        calls.append(self.name)
        stock(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(logging.Logger, "debug", counted)
    return calls


def test_no_debug_call_of_the_chatty_loggers_with_debug_off(corpus: Path,
                                                              debug_calls: list[str]) -> None:
    data = (corpus / PDFS[0]).read_bytes()
    pdfpieces._extract_pieces(data)
    assert set(pdfpieces._CHATTY_LOGGERS) <= set(debug_calls)  # they are called unskipped
    debug_calls.clear()
    pdfpieces.extract_pieces(data)
    assert not set(pdfpieces._CHATTY_LOGGERS) & set(debug_calls)
    # and the loggers are as they were after it
    assert all("debug" not in vars(logging.getLogger(name))
               for name in pdfpieces._CHATTY_LOGGERS)


def test_records_as_always_with_debug_on(corpus: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = (corpus / PDFS[0]).read_bytes()
    with caplog.at_level(logging.DEBUG, logger="pdfminer.psparser"):
        pdfpieces.extract_pieces(data)
    assert any(r.name == "pdfminer.psparser" and r.levelno == logging.DEBUG
               for r in caplog.records)
