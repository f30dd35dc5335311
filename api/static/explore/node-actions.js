// The action bar of the selected node (as in Bloom or Linkurious): pin or unpin it, hide it or its whole kind, and
// expand it by one relation ("investors", "products") or by all. Buttons carry data-action; app.js acts on them.

import { gql } from "./api.js";
import { escapeHtml } from "./format.js";
import { humanRelation } from "./style.js";

// What a relation read from the selected node's side is called in the expand menu.
const SIDE_NAMES = {
  "INVESTED_IN:IN": "investors",
  "INVESTED_IN:OUT": "investments",
  "FOUNDED:IN": "founders",
  "FOUNDED:OUT": "founded",
  "WORKS_AT:IN": "people",
  "WORKS_AT:OUT": "employers",
  "SUBSIDIARY_OF:IN": "subsidiaries",
  "SUBSIDIARY_OF:OUT": "parent",
  "DEVELOPED:OUT": "products",
  "DEVELOPED:IN": "developers",
  "ACQUIRED:OUT": "acquisitions",
  "ACQUIRED:IN": "acquirers",
  "HEADQUARTERED_IN:IN": "headquartered here",
  "HEADQUARTERED_IN:OUT": "headquarters",
  "LISTED_ON:IN": "listed companies",
  "LISTED_ON:OUT": "listings",
  "BASED_ON:IN": "derived models",
  "BASED_ON:OUT": "based on",
  "SUPPLIES:OUT": "customers",
  "SUPPLIES:IN": "suppliers",
  "SPUN_OFF_FROM:IN": "spin-offs",
  "SPUN_OFF_FROM:OUT": "spun off from",
};

export function sideName(type, direction) {
  const key = `${type}:${direction === "IN" ? "IN" : "OUT"}`;
  return SIDE_NAMES[key] || `${humanRelation(type)} (${direction === "IN" ? "incoming" : "outgoing"})`;
}

// Counts of the node's relations by side, most common first: [{ key: "INVESTED_IN:IN", label, count }].
export function relationSides(relations) {
  const counts = new Map();
  for (const rel of relations) {
    const key = sideKey(rel);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count, label: sideName(...key.split(":")) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

// The bar keeps its place when no node is selected (a hint instead), so the graph below it never jumps.
export function renderNodeActions(bar, node, sides = [], { pinned = false } = {}) {
  bar.dataset.state = node ? "node" : "none";
  if (!node) {
    bar.innerHTML = `<span class="hint">Select a node (right-click: without expanding it) to pin, hide or add only some
      of its relations.</span>`;
    return;
  }
  const id = escapeHtml(node.id);
  const kind = node.kind.toLowerCase();
  const options = sides
    .map((s) => `<option value="${escapeHtml(s.key)}">${escapeHtml(s.label)} (${s.count})</option>`)
    .join("");
  bar.innerHTML = `
    <span class="who" data-testid="node-actions-name">${escapeHtml(node.name)}</span>
    <button type="button" data-action="${pinned ? "unpin" : "pin"}" data-id="${id}" data-testid="action-pin"
      aria-pressed="${pinned}">${pinned ? "Unpin" : "Pin"}</button>
    <button type="button" data-action="hide-node" data-id="${id}" data-testid="action-hide">Hide</button>
    <button type="button" data-action="hide-kind" data-kind="${escapeHtml(node.kind)}" data-testid="action-hide-kind"
      >Hide every ${escapeHtml(kind)}</button>
    <label class="inline">Show
      <select data-testid="action-expand-type" aria-label="Relations of ${escapeHtml(node.name)} to add">
        <option value="">all neighbours</option>${options}
      </select></label>
    <button type="button" data-action="expand-by" data-id="${id}" data-testid="action-expand">Add</button>`;
}

// Which side of a relation the node is on, as the expand menu names it: "INVESTED_IN:IN" (its investors).
export function sideKey(rel) {
  return `${rel.type}:${rel.direction === "IN" ? "IN" : "OUT"}`;
}

const SIDES = `query Sides($id: ID!) { entity(id: $id) { id relations { type direction } } }`;

export async function loadSides(id) {
  const data = await gql(SIDES, { id });
  return data.entity ? relationSides(data.entity.relations) : [];
}
