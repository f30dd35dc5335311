"""Issue #16 in the explorer: the time slider follows the API's time rule (a year is its last day, nothing before
an entity exists), badges follow the slider and sit on the company a round belongs to, hops and edges read as
written, sources and round ids in words, categories as the values the API filters by."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.test_explorer import MINIMAX, TENCENT, choose_with_keyboard, edge_items, node_item, open_entity

pytestmark = pytest.mark.browser


def set_year(page: Any, year: str) -> None:
    page.get_by_test_id("time-slider").fill(year)
    expect(page.get_by_test_id("time-label")).to_have_text(f"end of {year}")
    expect(page.get_by_test_id("graph")).to_have_attribute("data-as-of", year)  # the year itself: the API's rule


def minimax_edges(page: Any) -> Any:
    return page.locator(
        f'[data-testid="edge-item"][data-source="{MINIMAX}"], [data-testid="edge-item"][data-target="{MINIMAX}"]'
    )


def test_nothing_of_minimax_holds_before_it_was_founded(page: Any, explorer_url: str, artifacts: Path) -> None:
    open_entity(page, explorer_url, MINIMAX)
    edges = minimax_edges(page)
    expect(edges.first).to_be_visible()
    set_year(page, "2015")
    for i in range(edges.count()):
        expect(edges.nth(i)).to_have_attribute("data-state", "faded")
    page.screenshot(path=artifacts / "16-minimax-2015.png", full_page=True)

    set_year(page, "2021")  # founded 2021-12: the end of 2021 sees its founders and its undated investors
    founded = page.locator(f'[data-testid="edge-item"][data-type="FOUNDED"][data-target="{MINIMAX}"]')
    expect(founded).to_have_count(2)
    for i in range(2):
        expect(founded.nth(i)).to_have_attribute("data-state", "active")
    tencent = page.locator(f'[data-testid="edge-item"][data-type="INVESTED_IN"][data-source="{TENCENT}"]')
    expect(tencent).to_have_attribute("data-state", "active")
    expect(tencent).to_contain_text("Tencent invested in MiniMax")
    expect(tencent).to_contain_text("since 2021-12 (no source date")


def badge(page: Any, entity_id: str) -> Any:
    return node_item(page, entity_id).get_by_test_id("node-badge")


def test_badges_follow_the_slider(page: Any, explorer_url: str, artifacts: Path) -> None:
    open_entity(page, explorer_url, MINIMAX)
    expect(badge(page, MINIMAX)).to_have_text("◆ listing 2026")
    set_year(page, "2015")
    expect(badge(page, MINIMAX)).to_have_count(0)
    set_year(page, "2024")
    expect(badge(page, MINIMAX)).to_have_text("◆ funding round 2024-03")
    page.screenshot(path=artifacts / "17-minimax-badge-2024.png", full_page=True)


def test_an_investor_shows_invested_not_the_round_of_another_company(page: Any, explorer_url: str) -> None:
    open_entity(page, explorer_url, TENCENT)
    set_year(page, "2024")  # before Tencent's own price move of 2025-03-20: its latest event is Zhipu AI's round
    expect(badge(page, TENCENT)).to_have_text("◆ invested 2023")


def test_path_hops_read_as_written(page: Any, explorer_url: str, artifacts: Path) -> None:
    page.goto(explorer_url)
    page.get_by_test_id("path-mode-toggle").click()
    choose_with_keyboard(page, page.get_by_test_id("path-from"), "MiniMax", "MiniMax")
    choose_with_keyboard(page, page.get_by_test_id("path-to"), "Tencent", "Tencent")
    page.get_by_test_id("path-run").click()
    hop = page.get_by_test_id("path-result").first.get_by_test_id("path-hop").first
    expect(hop.get_by_test_id("hop-text")).to_have_text("Tencent invested in MiniMax")
    expect(hop).to_have_attribute("data-forward", "false")
    expect(hop).to_contain_text("walked from the object back to the subject")
    page.screenshot(path=artifacts / "18-path-as-written.png", full_page=True)


def test_the_edge_panel_names_the_round_and_the_profile_source(page: Any, explorer_url: str, artifacts: Path) -> None:
    open_entity(page, explorer_url, MINIMAX)
    alibaba = edge_items(page).and_(page.locator('[data-type="INVESTED_IN"][data-source="org:alibaba"]'))
    alibaba.first.get_by_role("button").click()
    panel = page.get_by_test_id("side-panel")
    expect(panel.get_by_test_id("panel-title")).to_have_text("Alibaba invested in MiniMax (lead investor)")
    expect(panel).to_contain_text("Funding round")
    expect(panel).to_contain_text("2024-03 · USD 600 million")
    expect(panel).not_to_contain_text("event:")
    expect(panel.get_by_test_id("evidence-date").first).to_have_text(re.compile(r"^profile, loaded \d{4}-\d{2}-\d{2}$"))
    page.screenshot(path=artifacts / "19-edge-round-and-profile.png", full_page=True)


def test_the_panel_shows_category_values_and_the_description(page: Any, explorer_url: str) -> None:
    open_entity(page, explorer_url, MINIMAX)
    panel = page.get_by_test_id("side-panel")
    expect(panel.get_by_test_id("panel-title")).to_have_text("MiniMax")
    expect(panel.get_by_test_id("category-value")).to_have_text(["company", "ai_lab"])
    expect(panel).to_contain_text("Shanghai AI company that builds multi-modal foundation models")
    founding = panel.locator('[data-testid="timeline-event"][data-kind="FOUNDING"]')
    expect(founding).to_contain_text("2021-12")
    expect(founding.get_by_test_id("timeline-derived")).to_be_visible()


def test_the_start_page_lists_a_round_under_the_company_that_raised_it(page: Any, explorer_url: str) -> None:
    page.goto(explorer_url)
    start = page.get_by_test_id("start-page")
    expect(start).to_have_attribute("data-state", "ready")
    rounds = start.locator('[data-testid="start-event"][data-kind="FUNDING_ROUND"]')
    expect(rounds.first).to_be_visible()
    for i in range(rounds.count()):
        item = rounds.nth(i)
        raised_by = item.get_by_role("button").inner_text()
        assert item.locator("p").inner_text().startswith(f"{raised_by} raised"), item.inner_text()
