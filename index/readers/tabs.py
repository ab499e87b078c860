"""Sections shown as tabs (ARIA `role="tablist"`): every heading is a tab, printed before
all the panels, so read in document order the headings make one line and the panels
follow them without a heading. A reader takes each tab's label to the top of the panel it
names (the tab's `aria-controls`, or the panel's `aria-labelledby`), as a heading before
its text, and leaves the tab list out: the sections in the order of their panels."""

from __future__ import annotations

from typing import Any


def tabs_before_panels(root: Any) -> Any:
    """The tree with every tab list's labels moved to the top of their panels (a copy when
    there is a tab list; the tree itself otherwise)."""
    if not root.xpath("//*[@role='tablist']"):
        return root
    import copy

    import lxml.html

    root = copy.deepcopy(root)
    by_id = {e.get("id"): e for e in root.xpath("//*[@id]")}
    for tablist in root.xpath("//*[@role='tablist']"):
        moved = False
        for tab in tablist.xpath(".//*[@role='tab']"):
            panel = by_id.get(tab.get("aria-controls"))
            if panel is None:
                panel = next(iter(root.xpath("//*[@role='tabpanel'][@aria-labelledby=$i]",
                                             i=tab.get("id") or "")), None)
            label = " ".join(tab.text_content().split())
            if panel is None or not label:
                continue
            head = lxml.html.Element("p")
            strong = lxml.html.Element("strong")
            strong.text = label
            head.append(strong)
            head.tail, panel.text = panel.text, None
            panel.insert(0, head)
            moved = True
        if moved:
            tablist.drop_tree()
    return root
