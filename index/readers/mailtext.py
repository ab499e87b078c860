"""An e-mail saved as text (RFC 5322 headers, MIME parts, RFC 2045's transfer encodings): the
minutes are its first plain-text part, decoded, not the headers, the encoded lines or the
attachments."""

from __future__ import annotations

import email
import email.policy
import re

# a header block's first line: a field name, a colon
_HEADER_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*:[ \t]")


# the rule's switch (round 30, issue-18cc; off in `benchmarks.layouts.ablations`)
MAIL_TEXT = True


def mail_text(text: str) -> str:
    """The first `text/plain` part of a MIME message, its transfer encoding (quoted-printable,
    base64) and charset undone; the text as it is when it is no MIME message or has no such
    part."""
    if not MAIL_TEXT:
        return text
    head = text.lstrip()[:4096]
    if not _HEADER_RE.match(head):
        return text
    block = head.replace("\r", "").split("\n\n", 1)[0].lower()
    if "\nmime-version:" not in f"\n{block}" or "\ncontent-type:" not in f"\n{block}":
        return text
    message = email.message_from_string(text.lstrip(), policy=email.policy.default)
    part = next((p for p in message.walk() if p.get_content_type() == "text/plain"
                 and not p.is_attachment()), None)
    if part is None:
        return text
    try:
        body = part.get_content()
    except (LookupError, UnicodeError):
        return text
    return body.replace("\r\n", "\n") if body.strip() else text
