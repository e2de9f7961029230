"""Browser tests of the web UI: Playwright driving Debian's Chromium (/usr/bin/chromium, headless;
never a downloaded browser). Search, open an article, see its highlights, open an entity page and
its chart; a hostile article fires no dialog. Screenshots go to tests/artifacts/ (git-ignored)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is absent (install Debian's chromium: `make` does it as root)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

from test_web_api import build_store, evil_id, serve  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("webui"))
    with serve(db) as base:
        yield base, db


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_article_entity(site, page):
    base, _ = site
    page.goto(base + "/")
    page.fill("#search-form input[name=q]", "Galuzin")
    page.click("#search-form button[type=submit]")
    page.wait_for_url("**/search?*q=Galuzin*")
    assert "article" in page.inner_text("#result-count")
    assert page.locator(".hit mark").count() >= 1            # the match is marked in the snippet
    shot(page, "search")

    page.locator(".hit-title").first.click()
    page.wait_for_selector("#article-body")
    body = page.locator("#article-body")
    galuzin = body.locator('a.ent[data-id="per:mikail-galuzin"]').first
    assert galuzin.get_attribute("title") == "Mikail Galuzin · per:mikail-galuzin · PER"
    assert body.locator("a.ent.ent-GPE").count() >= 3 and body.locator("span.q").count() >= 1
    assert body.locator("span.ev").count() >= 1
    # entities are coloured by label
    per = galuzin.evaluate("e => getComputedStyle(e).borderBottomColor")
    gpe = body.locator("a.ent.ent-GPE").first.evaluate("e => getComputedStyle(e).borderBottomColor")
    assert per != gpe
    galuzin.hover()
    # the legend switches a layer off (the page's one script)
    page.locator('#legend input[value="ent-PER"]').uncheck()
    assert "hide-ent-PER" in body.get_attribute("class")
    page.locator('#legend input[value="ent-PER"]').check()
    page.locator("#removed summary").click()
    assert page.locator("#removed li").count() >= 1
    shot(page, "article")

    galuzin.click()
    page.wait_for_selector("#entity-name")
    assert "mikail-galuzin" in page.url
    assert "Mikail Galuzin" in page.inner_text("#entity-name")
    chart = page.locator("svg#mentions-chart")
    assert chart.is_visible() and chart.locator("rect.bar").count() >= 1
    box = chart.locator("rect.bar").first.bounding_box()
    assert box and box["height"] > 1
    shot(page, "entity")
    assert not page.errors and not page.dialogs


def test_other_pages(site, page):
    base, _ = site
    for path, selector in [("/quotes?speaker=Mikail+Galuzin", ".quotes li"), ("/events?type=ASSAULT", "table.events td"),
                           ("/overview", "svg#articles-chart rect.bar"), ("/entities?label=GPE", "table.list td")]:
        page.goto(base + path)
        assert page.locator(selector).count() >= 1, path
    shot(page, "overview")
    assert not page.errors and not page.dialogs


def test_hostile_article_fires_no_dialog(site, page):
    base, db = site
    page.goto(f"{base}/articles/{evil_id(db)}")
    page.wait_for_selector("#article-body")
    body = page.locator("#article-body")
    assert "<script>alert(1)</script>" in body.inner_text()       # shown as text
    assert "<img src=x onerror=alert(1)>" in body.inner_text()
    assert page.locator("#article-body img, #article-body script, #article-body b").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    body.hover()
    page.locator("#article-body p").nth(1).click()
    page.locator("#removed summary").click()
    assert "<script>alert(2)</script>" in page.inner_text("#removed")
    shot(page, "hostile-article")
    page.goto(base + "/search?q=alert")
    page.locator(".hit-title").first.click()
    page.wait_for_selector("#article-body")
    page.wait_for_timeout(300)
    assert page.dialogs == [] and not page.errors
    assert page.evaluate("document.querySelectorAll('img').length") == 0


def test_api_docs_render_offline(site, page):
    """/docs draws every API route from files served here; no request leaves this machine."""
    base, _ = site
    elsewhere = []
    page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:")
            else elsewhere.append(r.url))
    page.goto(base + "/docs")
    page.wait_for_selector(".opblock", timeout=20000)
    assert page.locator(".opblock").count() >= 8           # the /api/ routes
    shot(page, "api-docs")
    assert elsewhere == [] and not page.errors
