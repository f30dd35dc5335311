"""The explorer at /explore in a real headless chromium, against the real API with seeds/ loaded.

Screenshots go to test-artifacts/explorer/ (ignored by git) for people to look at. The tests wait on what the page
exposes (its data-state and data-badges, its lists, `window.ckgExplorer`), never on time. The whole browser suite
(24 tests) ran 20 times in a row with no failure on the 2-core machine kept busy by two spinning processes (issue #17,
commit 963ab52, load average 6-8):

    python3 -c 'while 1: pass' & python3 -c 'while 1: pass' &
    for i in $(seq 20); do .venv/bin/pytest -m browser tests/browser -q -p no:cacheprovider || break; done
    kill %1 %2
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ZHIPU = "org:zhipu-ai"
TSINGHUA = "org:tsinghua-university"
TENCENT = "org:tencent"
MINIMAX = "org:minimax"


def node_item(page: Any, entity_id: str) -> Any:
    return page.locator(f'[data-testid="node-item"][data-id="{entity_id}"]')


def edge_items(page: Any) -> Any:
    return page.get_by_test_id("edge-list").get_by_test_id("edge-item")


def wait_until_idle(page: Any) -> None:
    """The graph is drawn and the neighbours' badges have landed, so the lists no longer redraw on their own
    (a click on a list button while they redraw could land on the item that moved under the pointer)."""
    graph = page.get_by_test_id("graph")
    expect(graph).to_have_attribute("data-state", "ready")
    expect(graph).to_have_attribute("data-badges", "ready")


def open_entity(page: Any, url: str, entity_id: str) -> None:
    page.goto(f"{url}#entity={entity_id}")
    graph = page.get_by_test_id("graph")
    expect(graph).to_have_attribute("data-focus", entity_id)
    wait_until_idle(page)


def choose_with_keyboard(page: Any, box: Any, text: str, name: str) -> None:
    """Type into a search box, walk the suggestions with the arrow keys to `name` and press Enter."""
    box.fill("")
    box.press_sequentially(text)
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    expect(listbox).to_have_attribute("data-for", text)  # the answer to the whole text, not to a prefix
    wanted = listbox.get_by_test_id("suggestion").filter(has_text=name).first
    expect(wanted).to_be_visible()
    wanted_id = wanted.get_attribute("data-id")
    ids = [li.get_attribute("data-id") for li in listbox.get_by_test_id("suggestion").all()]
    expect(listbox.locator('[aria-selected="true"]')).to_have_count(0)  # nothing chosen until an arrow key moves
    for _ in range(ids.index(wanted_id) + 1):
        box.press("ArrowDown")
    expect(wanted).to_have_attribute("aria-selected", "true")
    box.press("Enter")
    expect(listbox).to_be_hidden()


def click_on_canvas(page: Any, element_id: str) -> None:
    """A real click where cytoscape drew the node (or the edge's midpoint): the canvas tap handlers, not the list.

    Only once the page is idle (data-state "ready": the layout has stopped and the result is painted), at the point the
    page itself reports right before the click (`window.ckgExplorer.clientPoint`). The page keeps cytoscape's idea of
    where the canvas is up to date when bars above it appear or go (the old flake: a click landing beside the node).
    """
    graph = page.get_by_test_id("graph")
    wait_until_idle(page)
    graph.scroll_into_view_if_needed()
    point = page.evaluate("id => window.ckgExplorer.clientPoint(id)", element_id)
    page.mouse.click(point["x"], point["y"])


def double_tap(page: Any, entity_id: str) -> None:
    """A double tap through cytoscape's own event (a real double click depends on how fast a loaded machine is)."""
    page.evaluate("id => { window.ckgExplorer.cy.getElementById(id).emit('dbltap'); }", entity_id)


def test_search_draws_zhipu_and_clicking_a_node_expands_it(page: Any, explorer_url: str, artifacts: Path) -> None:
    page.goto(explorer_url)
    expect(page.get_by_test_id("graph")).to_have_attribute("data-booted", "true")
    box = page.get_by_test_id("search-input")
    box.press_sequentially("Zhipu")
    expect(page.get_by_test_id("suggestion").filter(has_text="Zhipu AI").first).to_be_visible()
    page.screenshot(path=artifacts / "01-search-suggestions.png")

    choose_with_keyboard(page, box, "Zhipu", "Zhipu AI")
    graph = page.get_by_test_id("graph")
    expect(graph).to_have_attribute("data-focus", ZHIPU)
    expect(graph).to_have_attribute("data-state", "ready")
    expect(node_item(page, ZHIPU)).to_have_attribute("data-expanded", "true")
    expect(node_item(page, TSINGHUA)).to_have_attribute("data-expanded", "false")
    expect(page.get_by_test_id("panel-title")).to_have_text("Zhipu AI")
    expect(page.get_by_test_id("panel-attributes")).to_contain_text("Beijing Zhipu Huazhang Technology")
    expect(page.get_by_test_id("panel-history")).to_contain_text("Conflicts with")
    expect(node_item(page, TENCENT).get_by_test_id("node-badge")).to_have_text("▲ +3.2%")
    assert page.evaluate(f"() => window.ckgExplorer.cy.getElementById('{TENCENT}').data('badgeDir')") == "up"
    page.screenshot(path=artifacts / "02-zhipu-neighbourhood.png", full_page=True)

    glm = page.locator('[data-testid="node-item"][data-kind="PRODUCT"]').first
    page.get_by_test_id("filter-kind-PRODUCT").uncheck()
    expect(glm).to_have_attribute("data-state", "filtered")
    page.get_by_test_id("filter-kind-PRODUCT").check()
    expect(glm).to_have_attribute("data-state", "active")
    investment = page.locator(f'[data-testid="edge-item"][data-type="INVESTED_IN"][data-source="{TENCENT}"]').first
    page.get_by_test_id("filter-type-INVESTED_IN").uncheck()
    expect(investment).to_have_attribute("data-state", "filtered")
    page.get_by_test_id("filter-type-INVESTED_IN").check()
    expect(investment).to_have_attribute("data-state", "active")

    edges_before = edge_items(page).count()
    click_on_canvas(page, TSINGHUA)
    expect(node_item(page, TSINGHUA)).to_have_attribute("data-expanded", "true")
    expect(graph).to_have_attribute("data-state", "ready")
    page.wait_for_function("n => document.querySelectorAll('[data-testid=edge-item]').length > n", arg=edges_before)
    expect(page.get_by_test_id("panel-title")).to_have_text("Tsinghua University")
    page.screenshot(path=artifacts / "03-tsinghua-expanded.png", full_page=True)

    double_tap(page, TSINGHUA)
    expect(graph).to_have_attribute("data-focus", TSINGHUA)
    expect(graph).to_have_attribute("data-state", "ready")


def test_an_edge_shows_its_evidence(page: Any, explorer_url: str, artifacts: Path) -> None:
    open_entity(page, explorer_url, ZHIPU)
    investment = (
        edge_items(page)
        .filter(has_text="Tencent")
        .and_(page.locator(f'[data-type="INVESTED_IN"][data-target="{ZHIPU}"]'))
    )
    expect(investment.first).to_be_visible()
    click_on_canvas(page, investment.first.get_attribute("data-id"))  # on the drawn edge, not its list entry

    panel = page.get_by_test_id("side-panel")
    expect(panel.get_by_test_id("panel-edge")).to_be_visible()
    expect(panel.get_by_test_id("panel-title")).to_have_text("Tencent invested in Zhipu AI")
    evidence = panel.get_by_test_id("evidence-item")
    expect(evidence.first).to_be_visible()
    expect(evidence.first.get_by_test_id("evidence-quote")).not_to_be_empty()
    expect(evidence.first.get_by_test_id("evidence-source")).not_to_be_empty()
    expect(evidence.first.get_by_test_id("evidence-date")).not_to_be_empty()
    page.screenshot(path=artifacts / "04-edge-evidence.png", full_page=True)

    wait_until_idle(page)
    node_item(page, TENCENT).get_by_role("button").click()
    expect(panel.get_by_test_id("panel-title")).to_have_text("Tencent")
    move = panel.locator('[data-testid="timeline-event"][data-kind="PRICE_MOVE"]')
    expect(move).to_contain_text("2025-03-20")
    move.locator("summary").click()
    expect(move.get_by_test_id("evidence-quote")).to_have_text("Tencent rose 3.2%")
    expect(move.get_by_test_id("evidence-source")).to_have_text("Tencent shares rise after quarterly results")
    expect(move.get_by_test_id("evidence-publisher")).to_have_text("Market Wire")
    expect(move.get_by_test_id("evidence-date")).to_have_text("2025-03-20")


def test_path_mode_highlights_the_shortest_path_from_tencent_to_minimax(
    page: Any, explorer_url: str, artifacts: Path
) -> None:
    page.goto(explorer_url)
    page.get_by_test_id("path-mode-toggle").click()
    expect(page.get_by_test_id("path-bar")).to_be_visible()
    choose_with_keyboard(page, page.get_by_test_id("path-from"), "Tencent", "Tencent")
    choose_with_keyboard(page, page.get_by_test_id("path-to"), "MiniMax", "MiniMax")
    page.get_by_test_id("path-run").click()

    results = page.get_by_test_id("path-result")
    expect(results.first).to_be_visible()
    first_hops = results.first.get_by_test_id("path-hop")
    expect(first_hops).to_have_count(1)
    expect(first_hops.first).to_contain_text("Tencent")
    expect(first_hops.first).to_contain_text("MiniMax")
    expect(first_hops.first.get_by_test_id("evidence-item").first).to_be_attached()

    expect(page.get_by_test_id("graph")).to_have_attribute("data-state", "ready")
    highlighted = page.locator(
        f'[data-testid="edge-item"][data-path="true"][data-source="{TENCENT}"][data-target="{MINIMAX}"]'
    )
    expect(highlighted.first).to_have_attribute("data-type", "INVESTED_IN")
    expect(node_item(page, TENCENT)).to_have_attribute("data-path", "true")
    expect(node_item(page, MINIMAX)).to_have_attribute("data-path", "true")
    on_canvas = page.evaluate("() => window.ckgExplorer.cy.elements('.path').map(e => e.id())")
    assert any(TENCENT in el and MINIMAX in el for el in on_canvas), on_canvas
    page.screenshot(path=artifacts / "05-path-tencent-minimax.png", full_page=True)

    page.get_by_test_id("path-to").fill("Wombat Robotics")
    page.get_by_test_id("path-run").click()
    status = page.get_by_test_id("status")
    expect(status).to_have_attribute("data-kind", "error")
    expect(status).to_contain_text("Wombat Robotics")
    expect(highlighted.first).to_have_attribute("data-path", "true")  # the last good answer stays drawn


def test_time_slider_fades_minimax_investors_of_2024_in_2020(page: Any, explorer_url: str, artifacts: Path) -> None:
    open_entity(page, explorer_url, MINIMAX)
    investments_2024 = page.locator(
        f'[data-testid="edge-item"][data-type="INVESTED_IN"][data-target="{MINIMAX}"][data-valid-from^="2024"]'
    )
    expect(investments_2024.first).to_be_visible()
    investor_ids = {investments_2024.nth(i).get_attribute("data-source") for i in range(investments_2024.count())}
    for i in range(investments_2024.count()):
        expect(investments_2024.nth(i)).to_have_attribute("data-state", "active")
    page.screenshot(path=artifacts / "06-minimax-all-time.png", full_page=True)

    page.get_by_test_id("time-slider").fill("2020")
    graph = page.get_by_test_id("graph")
    expect(page.get_by_test_id("time-label")).to_have_text("end of 2020")
    expect(graph).to_have_attribute("data-as-of", "2020")
    for i in range(investments_2024.count()):
        expect(investments_2024.nth(i)).to_have_attribute("data-state", "faded")
    for investor in investor_ids:
        expect(node_item(page, investor)).to_have_attribute("data-state", "faded")
    expect(node_item(page, MINIMAX)).to_have_attribute("data-state", "active")
    page.screenshot(path=artifacts / "07-minimax-as-of-2020.png", full_page=True)

    page.get_by_test_id("hide-faded").check()
    for investor in investor_ids:
        expect(node_item(page, investor)).to_have_attribute("data-state", "hidden")
    # The canvas restyles on its own schedule: wait (bounded) for it to agree with the lists, as expect() does.
    page.wait_for_function(
        "ids => ids.every(id => !window.ckgExplorer.cy.getElementById(id).visible())",
        arg=list(investor_ids),
        timeout=5000,
    )
    page.screenshot(path=artifacts / "08-minimax-2020-hidden.png", full_page=True)

    page.get_by_test_id("time-slider").fill(page.get_by_test_id("time-slider").get_attribute("max"))
    expect(graph).to_have_attribute("data-as-of", "")
    for i in range(investments_2024.count()):
        expect(investments_2024.nth(i)).to_have_attribute("data-state", "active")


def test_unknown_name_is_reported_and_the_page_fits_a_phone(page: Any, explorer_url: str, artifacts: Path) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(explorer_url)
    box = page.get_by_test_id("search-input")
    box.press_sequentially("Wombat Robotics")
    expect(page.get_by_test_id("no-suggestions")).to_be_visible()
    box.press("Enter")
    status = page.get_by_test_id("status")
    expect(status).to_have_attribute("data-kind", "error")
    expect(status).to_contain_text("No entity matches")
    page.screenshot(path=artifacts / "09-unknown-name-phone.png")

    page.goto(f"{explorer_url}#entity=org:no-such-company")
    expect(status).to_contain_text("Unknown entity “org:no-such-company”")

    open_entity(page, explorer_url, ZHIPU)
    graph_box = page.get_by_test_id("graph").bounding_box()
    panel_box = page.get_by_test_id("side-panel").bounding_box()
    assert graph_box["width"] <= 390 and panel_box["width"] <= 390
    assert panel_box["y"] >= graph_box["y"] + graph_box["height"], "on a phone the panel goes below the graph"
    page.screenshot(path=artifacts / "10-zhipu-phone.png", full_page=True)


def test_an_api_failure_is_shown_as_a_clear_message(page: Any, explorer_url: str, artifacts: Path) -> None:
    page.route("**/graphql", lambda route: route.fulfill(status=503, body="upstream unavailable"))
    page.goto(f"{explorer_url}#entity={ZHIPU}")
    status = page.get_by_test_id("status")
    expect(status).to_have_attribute("data-kind", "error")
    expect(status).to_contain_text("503")
    expect(page.get_by_test_id("graph")).to_have_attribute("data-state", "error")
    page.screenshot(path=artifacts / "11-api-error.png")


def test_the_time_slider_copes_with_more_expanded_entities_than_one_query_may_alias(
    page: Any, explorer_url: str
) -> None:
    open_entity(page, explorer_url, MINIMAX)
    graph = page.get_by_test_id("graph")
    unexpanded = page.locator('[data-testid="node-item"][data-expanded="false"]')
    expanded = page.locator('[data-testid="node-item"][data-expanded="true"]')
    while expanded.count() < 31 and unexpanded.count():
        item = unexpanded.first
        entity_id = item.get_attribute("data-id")
        wait_until_idle(page)
        item.get_by_role("button").click()
        expect(node_item(page, entity_id)).to_have_attribute("data-expanded", "true")
    assert expanded.count() >= 31, "the seeds should offer more than 30 entities to expand"

    page.get_by_test_id("time-slider").fill("2020")
    expect(graph).to_have_attribute("data-as-of", "2020")
    expect(page.get_by_test_id("status")).not_to_have_attribute("data-kind", "error")
    expect(page.locator('[data-testid="edge-item"][data-state="faded"]').first).to_be_attached()
