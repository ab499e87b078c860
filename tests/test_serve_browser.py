"""The search page in real headless Chromium (Debian's `chromium`, driven by
Playwright; no browser is downloaded): type a query, open a facet, page, open an
item, follow its case timeline, with JavaScript off; hostile markup in a document
does not run; the page is usable by keyboard, has contrast and fits a phone.

Screenshots at 1280 and 390 pixels wide go to $REFERAT_SCREENSHOTS (default: the
test's temporary folder).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.serving import HOSTILE_TITLE, HOSTILE_WORD

CHROMIUM = Path("/usr/bin/chromium")
WIDTHS = (1280, 390)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("REFERAT_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(browser, url: str, folder: Path, name: str) -> None:
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900},
                                      java_script_enabled=False)
        page = context.new_page()
        page.goto(url)
        page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
        context.close()


def a_case(served_index: Path) -> str:
    from referat import search

    with search.open_index(served_index) as ix:
        for hit in ix.search("budget", limit=100).hits:
            if hit.case_number and ix.search("", case=hit.case_number).total >= 3:
                return hit.case_number
    pytest.fail("no case with three items in the served index")


def test_search_facet_page_item_and_timeline_without_javascript(browser, server, shots,
                                                               served_index):
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  java_script_enabled=False)
    page = context.new_page()
    page.goto(server)
    page.get_by_label("Søg i punkterne").fill("budget")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=budget"))
    heading = page.locator("#results-title").inner_text()
    total = int(re.match(r"([\d.]+) punkter", heading).group(1).replace(".", ""))
    assert total > 20
    assert page.locator("ol.hits > li").count() == 10
    assert page.locator(".snippet mark").count() >= 10

    page.get_by_role("navigation", name="Udvalg").get_by_role(
        "link", name=re.compile("^Økonomiudvalget")).click()
    page.wait_for_url(re.compile(r"udvalg="))
    narrowed = page.locator("#results-title").inner_text()
    assert int(re.match(r"([\d.]+)", narrowed).group(1)) < total
    assert page.locator("a.active", has_text="Økonomiudvalget").count() == 1
    metas = page.locator("ol.hits .meta").all_inner_texts()
    assert metas and all(m.startswith("Økonomiudvalget") for m in metas)

    page.get_by_role("navigation", name="Sider").get_by_role("link", name="Næste").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator('.paging a[aria-current="page"]').inner_text() == "2"
    assert page.locator("ol.hits").get_attribute("start") == "11"

    page.locator("ol.hits > li h2 a").first.click()
    page.wait_for_url(re.compile(r"/punkt/"))
    assert page.locator("section.section").count() >= 1
    assert page.get_by_role("link", name=re.compile(r"\.json$")).count() == 1  # the source

    number = a_case(served_index)  # a case with a timeline, typed as a query
    page.goto(server)
    page.get_by_label("Søg i punkterne").fill(number)
    page.keyboard.press("Enter")
    page.locator("ol.hits > li h2 a").first.click()
    steps = page.locator("section.timeline ol.steps > li")
    length = steps.count()
    assert length >= 3
    current = page.locator('section.timeline li[aria-current="step"]')
    assert current.count() == 1
    screenshot(browser, page.url, shots, "item")
    other = steps.filter(has_not=page.locator("[aria-current]")).first.locator("a")
    title = other.inner_text()
    other.click()
    page.wait_for_load_state()
    now = page.locator('section.timeline li[aria-current="step"] a').inner_text()
    assert now == title
    page.get_by_role("link", name=number).click()  # the case page
    assert page.locator("ol.steps > li").count() == length
    screenshot(browser, page.url, shots, "case")
    context.close()
    screenshot(browser, f"{server}/?q=budget+anl%C3%A6g", shots, "search")
    screenshot(browser, server, shots, "front")


def test_hostile_markup_does_not_run(browser, server, shots):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/?q={HOSTILE_WORD}")
    assert page.locator("ol.hits > li").count() == 1
    assert page.locator("ol.hits h2 a").inner_text() == HOSTILE_TITLE
    page.locator("ol.hits h2 a").click()
    page.wait_for_url(re.compile(r"/punkt/"))
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert "<img src=x" in page.locator("section.section").first.inner_text()
    found = page.evaluate("""() => ({
        scripts: document.scripts.length,
        embedded: document.querySelectorAll('img, svg, iframe, b').length,
    })""")
    assert found == {"scripts": 0, "embedded": 0}
    screenshot(browser, page.url, shots, "hostile")
    page.goto(f"{server}/atom?q={HOSTILE_WORD}")
    assert dialogs == []
    context.close()


def test_keyboard_contrast_and_phone_width(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(f"{server}/?q=budget")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Gå til indhold"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    ratios = page.evaluate("""() => {
        const rgb = s => s.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
        const lum = c => { const [r, g, b] = c.map(v => { v /= 255;
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
            return (x + 0.05) / (y + 0.05); };
        const bg = el => { for (; el; el = el.parentElement) {
            const c = getComputedStyle(el).backgroundColor;
            if (!c.startsWith('rgba(0, 0, 0, 0)')) return c; } return 'rgb(255, 255, 255)'; };
        const out = {};
        for (const sel of ['body', '.hit h2 a', '.meta', '.snippet mark', '.hint', 'label',
                           '.facet a', 'button', '.tools a']) {
            const el = document.querySelector(sel);
            out[sel] = ratio(getComputedStyle(el).color, bg(el));
        }
        return out; }""")
    assert all(r >= 4.5 for r in ratios.values()), ratios
    context.close()
