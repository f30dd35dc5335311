// A text mirror of the drawn graph: every node and relation as a focusable list item with its state
// (active, faded, hidden, filtered) and whether it lies on a highlighted path. Keyboard and screen-reader
// users navigate here; the browser test reads it too.

import { escapeHtml, formatValidity } from "./format.js";
import { humanRelation } from "./style.js";

export function renderLists(view, nodeList, edgeList, countEl) {
  const nodes = view.nodes().sort((a, b) => a.name.localeCompare(b.name));
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  nodeList.innerHTML = nodes
    .map(
      (n) => `<li data-testid="node-item" data-id="${escapeHtml(n.id)}" data-kind="${n.kind}" data-state="${n.state}"
                  data-path="${n.path}" data-expanded="${n.expanded}" data-pinned="${n.pinned}">
          <button type="button" data-action="select-node" data-id="${escapeHtml(n.id)}">
            <span class="swatch" style="background:${n.colour}" aria-hidden="true"></span>${escapeHtml(n.name)}</button>
          <span class="meta">${escapeHtml(n.groupLabel)}${n.badge ? ` · <span data-testid="node-badge">${escapeHtml(n.badge)}</span>` : ""}${
            n.state !== "active" ? ` · ${n.state}` : ""
          }</span></li>`,
    )
    .join("");
  const edges = view.edges();
  edgeList.innerHTML = edges
    .map((e) => {
      const text =
        e.text || `${names.get(e.source) || e.source} ${humanRelation(e.type)} ${names.get(e.target) || e.target}`;
      return `<li data-testid="edge-item" data-id="${escapeHtml(e.id)}" data-type="${e.type}" data-source="${escapeHtml(e.source)}"
                  data-target="${escapeHtml(e.target)}" data-state="${e.state}" data-path="${e.path}"
                  data-valid-from="${escapeHtml(e.validFrom || "")}">
          <button type="button" data-action="select-edge" data-id="${escapeHtml(e.id)}">${escapeHtml(text)}</button>
          <span class="meta">${escapeHtml(formatValidity(e))}${e.state !== "active" ? ` · ${e.state}` : ""}</span></li>`;
    })
    .join("");
  countEl.textContent = `${nodes.length} nodes, ${edges.length} relations`;
}
