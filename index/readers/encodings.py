"""Which legacy 8-bit encoding a file that is not UTF-8 is in (text and HTML alike)."""

from __future__ import annotations

_DANISH = "æøåÆØÅ"
_ASCII = bytes(range(0x80))
_CP1252_OWN = frozenset(range(0x80, 0xA0))  # Windows-1252's printable additions (€ “ ” – …)


def legacy_encoding(data: bytes) -> str:
    """Windows-1252 as a rule; Mac Roman where its reading holds more Danish letters (a
    Mac's æ ø å are ¾ ¿ Œ read as Windows-1252); ISO-8859-15 where the bytes hold its
    euro sign (0xA4, "¤" in Windows-1252, a sign no minutes use) and none of Windows-1252's
    own characters 0x80–0x9F."""
    high = data.translate(None, _ASCII)  # the bytes above ASCII, where encodings differ

    def letters(encoding: str) -> int:
        text = high.decode(encoding, errors="replace")
        return sum(text.count(ch) for ch in _DANISH)

    if letters("mac_roman") > letters("cp1252"):
        return "mac_roman"
    if 0xA4 in high and not _CP1252_OWN.intersection(high):
        return "iso8859_15"
    return "cp1252"
