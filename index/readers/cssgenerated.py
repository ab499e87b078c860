"""Text a page's stylesheet prints: CSS generated content (`::before { content: 'X' }`).

A browser shows `<blockquote class='beslutning'>` under a style rule
`.beslutning::before { content: 'Beslutning'; display: block; font-weight: 700 }` with the
word "Beslutning" above the text: it is the page's text, as a reader sees it. The rules
are read from the page's `<style>` elements; a rule's last compound selector (a tag, its
classes) picks the elements, ancestors in the selector are not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_BEFORE_RE = re.compile(r"^([a-z][a-z0-9]*)?((?:\.[\w-]+)*)::?before$", re.IGNORECASE)
_CONTENT_RE = re.compile(r"(?:^|;)\s*content\s*:\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
_BLOCK_RE = re.compile(r"(?:^|;)\s*display\s*:\s*(?:block|flex|list-item|table)\b", re.IGNORECASE)
_BOLD_RE = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Generated:
    """Generated text before elements of a tag and classes: on a line of its own
    (`display: block`) or run in, bold or not."""
    tag: str | None
    classes: frozenset[str]
    text: str
    block: bool
    bold: bool


def generated_before(root: Any) -> list[Generated]:
    """The `::before` rules with text of the page's style sheets."""
    out = []
    for style in root.iter("style"):
        css = re.sub(r"/\*.*?\*/", "", style.text or "", flags=re.DOTALL)
        for selectors, body in _RULE_RE.findall(css):
            content = _CONTENT_RE.search(body)
            text = " ".join((content.group(1) or content.group(2) or "").split()) \
                if content else ""
            if not text or "\\" in text:
                continue  # no text, or an escaped glyph (an icon), not words
            for selector in selectors.split(","):
                compound = selector.split()[-1] if selector.split() else ""
                m = _BEFORE_RE.match(compound.split(">")[-1])
                if m and (m.group(1) or m.group(2)):
                    out.append(Generated(
                        m.group(1).lower() if m.group(1) else None,
                        frozenset(c for c in m.group(2).split(".") if c), text,
                        bool(_BLOCK_RE.search(body)), bool(_BOLD_RE.search(body))))
    return out


def before(element: Any, rules: list[Generated]) -> Generated | None:
    """The generated text shown before an element, if a rule gives it one."""
    if not rules or not isinstance(element.tag, str):
        return None
    classes = set(element.get("class", "").split())
    tag = element.tag.lower()
    for rule in reversed(rules):  # the last rule that applies wins, as in CSS
        if (rule.tag is None or rule.tag == tag) and rule.classes <= classes:
            return rule
    return None
