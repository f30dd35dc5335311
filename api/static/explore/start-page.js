// The start page shown while the graph is empty, so an empty page is never a dead end: the search box above, the
// most connected organisations and the latest dated events, each one click away from its neighbourhood.

import { gql } from "./api.js";
import { escapeHtml } from "./format.js";
import { groupOf } from "./style.js";

// The API pages organisations by at most 200; the start page ranks the first page (the whole graph of the seeds).
const ORGANISATIONS_ASKED = 200;
const SHOWN = 8;

const START = `
query StartPage($first: Int) {
  stats { entities relations events }
  organizations(first: $first) {
    totalCount
    nodes { id kind name categories relations { type } events { id kind date summary subject { id name } } }
  }
}`;

export function mostConnected(organisations, count = SHOWN) {
  return organisations
    .map((o) => ({ ...o, degree: o.relations.length }))
    .filter((o) => o.degree > 0)
    .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))
    .slice(0, count);
}

export function latestEvents(organisations, count = SHOWN) {
  const seen = new Map();
  for (const org of organisations) {
    for (const event of org.events) {
      // Shown under the entity it is about (a round under the company that raised it, not under an investor).
      if (event.date && !seen.has(event.id)) seen.set(event.id, { ...event, entity: event.subject || org });
    }
  }
  return [...seen.values()].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).slice(0, count);
}

function kindWords(kind) {
  return kind.toLowerCase().replaceAll("_", " ");
}

function organisationItem(org) {
  const group = groupOf(org);
  return `<li><button type="button" data-action="focus" data-id="${escapeHtml(org.id)}" data-testid="start-organisation">
      <span class="swatch" style="background:${group.colour}" aria-hidden="true"></span>${escapeHtml(org.name)}</button>
      <span class="meta">${org.degree} relations · ${escapeHtml(group.label)}</span></li>`;
}

function eventItem(event) {
  return `<li data-testid="start-event" data-kind="${escapeHtml(event.kind)}">
      <span class="date">${escapeHtml(event.date)}</span>
      <button type="button" data-action="focus" data-id="${escapeHtml(event.entity.id)}">${escapeHtml(event.entity.name)}</button>
      <span class="meta">${escapeHtml(kindWords(event.kind))}</span>
      <p>${escapeHtml(event.summary)}</p></li>`;
}

export async function renderStartPage(container) {
  container.dataset.state = "loading";
  container.innerHTML = `<p class="placeholder">Loading the start page…</p>`;
  const data = await gql(START, { first: ORGANISATIONS_ASKED });
  const organisations = data.organizations.nodes;
  const top = mostConnected(organisations);
  const events = latestEvents(organisations);
  const ranked =
    data.organizations.totalCount > organisations.length
      ? ` (among the first ${organisations.length} of ${data.organizations.totalCount} by name)`
      : "";
  container.innerHTML = `
    <h2>Start exploring</h2>
    <p class="hint">Type a name in the search box above (arrow keys and Enter pick a suggestion), or start from one of
      these. The graph holds ${data.stats.entities.toLocaleString("en")} entities,
      ${data.stats.relations.toLocaleString("en")} relations and ${data.stats.events.toLocaleString("en")} events.</p>
    <div class="start-columns">
      <section aria-labelledby="start-top"><h3 id="start-top">Most connected organisations${escapeHtml(ranked)}</h3>
        <ol data-testid="start-organisations">${top.map(organisationItem).join("")}</ol></section>
      <section aria-labelledby="start-events"><h3 id="start-events">Latest events</h3>
        <ul data-testid="start-events" class="events">${events.map(eventItem).join("") || "<li>No dated events yet.</li>"}</ul></section>
    </div>`;
  container.dataset.state = "ready";
}
