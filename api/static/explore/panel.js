// The side panel: what is known about the selected node or edge, and the evidence behind it.

import {
  compareDates,
  escapeHtml,
  formatMoney,
  formatPeriod,
  formatValidity,
  formatValue,
  sourceDate,
} from "./format.js";
import { groupOf, humanRelation } from "./style.js";

export function showLoading(panel, what) {
  panel.innerHTML = `<p class="loading" data-testid="panel-loading" role="status"><span class="spinner" aria-hidden="true"></span>Loading ${escapeHtml(what)}…</p>`;
}

export function showError(panel, message) {
  panel.innerHTML = `<p class="error" data-testid="panel-error" role="alert">${escapeHtml(message)}</p>`;
}

export function evidenceHtml(evidence) {
  if (!evidence || !evidence.length) return `<p class="muted" data-testid="no-evidence">No evidence recorded.</p>`;
  return evidence
    .map((ev) => {
      const s = ev.source || {};
      const title = s.url
        ? `<a href="${escapeHtml(s.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(s.title || s.url)}</a>`
        : escapeHtml(s.title || `untitled ${s.format || "source"}`);
      const bits = [
        s.publisher ? `<span data-testid="evidence-publisher">${escapeHtml(s.publisher)}</span>` : "",
        `<span data-testid="evidence-date">${escapeHtml(sourceDate(s))}</span>`,
        typeof ev.confidence === "number" ? `confidence ${ev.confidence.toFixed(2)}` : "",
        ev.recordedAt ? `recorded ${escapeHtml(ev.recordedAt.slice(0, 10))}` : "",
      ].filter(Boolean);
      const quote = ev.quote
        ? `<blockquote data-testid="evidence-quote">${escapeHtml(ev.quote)}</blockquote>`
        : `<p class="muted">No quoted span.</p>`;
      return `<article class="evidence" data-testid="evidence-item">
        ${quote}
        <p class="cite"><cite data-testid="evidence-source">${title}</cite><br>${bits.join(" · ")}</p>
      </article>`;
    })
    .join("");
}

function row(label, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return "";
  return `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`;
}

function link(entity) {
  if (!entity) return "";
  return `<button type="button" class="link" data-action="focus" data-id="${escapeHtml(entity.id)}">${escapeHtml(entity.name)}</button>`;
}

function links(entities) {
  return (entities || []).map(link).join(", ");
}

function actions(id) {
  const b = (action, label) =>
    `<button type="button" data-action="${action}" data-id="${escapeHtml(id)}" data-testid="action-${action}">${label}</button>`;
  return `<div class="actions">${b("expand", "Expand")}${b("focus", "Focus")}${b("path-from", "Path from here")}${b("path-to", "Path to here")}</div>`;
}

function historyHtml(entity) {
  // attributeHistory comes grouped by attribute name: one section per name.
  const groups = new Map();
  for (const value of entity.attributeHistory || []) {
    if (!groups.has(value.attribute)) groups.set(value.attribute, []);
    groups.get(value.attribute).push(value);
  }
  const sections = [...groups.values()];
  if (!sections.length) return "";
  const body = sections
    .map((values) => {
      const items = values
        .map((v) => {
          const conflicts = (v.conflictsWith || [])
            .map((c) => {
              const src = (c.evidence || [])
                .map((e) => e.source && (e.source.title || e.source.publisher))
                .filter(Boolean);
              return `<li>${escapeHtml(formatValue(c.value))} (${escapeHtml(formatPeriod(c.validFrom, c.validTo))})${
                src.length ? ` per ${escapeHtml(src.join(", "))}` : ""
              }</li>`;
            })
            .join("");
          return `<li data-testid="history-value" class="${conflicts ? "conflict" : ""}">
              <strong>${escapeHtml(formatValue(v.value))}</strong> <span class="muted">${escapeHtml(formatValidity(v))}</span>
              ${conflicts ? `<div class="conflicts" data-testid="history-conflict">Conflicts with:<ul>${conflicts}</ul></div>` : ""}
              <details><summary>Evidence (${(v.evidence || []).length})</summary>${evidenceHtml(v.evidence)}</details>
            </li>`;
        })
        .join("");
      return `<h4>${escapeHtml(values[0].attribute)}</h4><ul class="history">${items}</ul>`;
    })
    .join("");
  return `<section data-testid="panel-history"><h3>History</h3>${body}</section>`;
}

function eventLine(ev) {
  const parts = [escapeHtml(ev.summary)];
  if (typeof ev.pctChange === "number") parts.push(`${ev.pctChange >= 0 ? "+" : ""}${ev.pctChange}%`);
  else if (ev.direction) parts.push(escapeHtml(ev.direction));
  if (ev.amount) parts.push(escapeHtml(formatMoney(ev.amount)));
  if (ev.fromRating || ev.toRating)
    parts.push(`${escapeHtml(ev.fromRating || "?")} → ${escapeHtml(ev.toRating || "?")}`);
  if (ev.instrument) parts.push(escapeHtml(ev.instrument));
  if (ev.actor) parts.push(`by ${link(ev.actor)}`);
  return parts.join(" · ");
}

function timelineHtml(events) {
  if (!events || !events.length)
    return `<section data-testid="panel-timeline"><h3>Timeline</h3><p class="muted">No events recorded.</p></section>`;
  const sorted = [...events].sort((a, b) => compareDates(a.date, b.date));
  const items = sorted
    .map(
      (ev) => `<li data-testid="timeline-event" data-kind="${escapeHtml(ev.kind)}">
        <time>${escapeHtml(ev.date || "undated")}</time> <span class="tag">${escapeHtml(ev.kind.toLowerCase().replaceAll("_", " "))}</span>${
          ev.derived ? ` <span class="muted" data-testid="timeline-derived">(from the graph's dates)</span>` : ""
        }
        ${eventLine(ev)}
        <details><summary>Evidence (${(ev.evidence || []).length})</summary>${evidenceHtml(ev.evidence)}</details>
      </li>`,
    )
    .join("");
  return `<section data-testid="panel-timeline"><h3>Timeline</h3><ol class="timeline">${items}</ol></section>`;
}

function roundsHtml(rounds) {
  if (!rounds || !rounds.length) return "";
  const items = [...rounds]
    .sort((a, b) => compareDates(a.date, b.date))
    .map((r) => {
      const bits = [r.stage, r.amount && formatMoney(r.amount)].filter(Boolean).map(escapeHtml);
      if (r.postMoneyValuation) bits.push(`post-money ${escapeHtml(formatMoney(r.postMoneyValuation))}`);
      const who = r.leads && r.leads.length ? ` led by ${links(r.leads)}` : "";
      return `<li data-testid="funding-round"><time>${escapeHtml(r.date || "undated")}</time> ${bits.join(" · ")}${who}</li>`;
    })
    .join("");
  return `<section><h3>Funding rounds</h3><ul>${items}</ul></section>`;
}

function sourcesHtml(sources) {
  if (!sources || !sources.length) return "";
  const items = sources
    .map((s) => {
      const title = escapeHtml(s.title || s.url || `untitled ${s.format}`);
      const t = s.url ? `<a href="${escapeHtml(s.url)}" target="_blank" rel="noopener noreferrer">${title}</a>` : title;
      return `<li>${t} <span class="muted">${escapeHtml([s.publisher, sourceDate(s)].filter(Boolean).join(", "))}</span></li>`;
    })
    .join("");
  return `<section><h3>Sources (${sources.length})</h3><ul>${items}</ul></section>`;
}

// Each category as the value the API filters by (organizations(filter: {category: "ai_lab"})), with the legend's
// label of the colour group it gives the node.
function categoriesHtml(entity) {
  const group = groupOf(entity);
  const values = (entity.categories || []).map((c) => `<code data-testid="category-value">${escapeHtml(c)}</code>`);
  return values.length ? `${values.join(", ")} <span class="muted">(shown as ${escapeHtml(group.label)})</span>` : "";
}

// Relation properties in words: the round an investment belongs to, lead, role, former, stake.
function propertyRows(properties, rounds) {
  const rows = [];
  for (const [key, value] of Object.entries(properties || {})) {
    if (key === "roundId" || key === "round_id") {
      const round = rounds.find((r) => r.id === value);
      rows.push(row("Funding round", escapeHtml(round ? roundText(round) : "a funding round of the company")));
    } else if (typeof value === "boolean") {
      rows.push(row(humanKey(key), value ? "yes" : "no"));
    } else if (key === "stakePct") {
      rows.push(row("Stake", `${escapeHtml(formatValue(value))}%`));
    } else {
      rows.push(row(humanKey(key), escapeHtml(formatValue(value))));
    }
  }
  return rows.join("");
}

function humanKey(key) {
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function roundText(round) {
  return [round.date || "undated", round.stage, round.amount && formatMoney(round.amount)].filter(Boolean).join(" · ");
}

export function showNode(panel, entity) {
  const group = groupOf(entity);
  const attrs = [
    row("Kind", escapeHtml(entity.kind.toLowerCase())),
    row("Aliases", escapeHtml((entity.aliases || []).join(", "))),
    row("Legal name", escapeHtml(entity.legalName || "")),
    row("Description", escapeHtml(entity.description || "")),
    row("Categories", categoriesHtml(entity)),
    row("Founded", escapeHtml(entity.foundedOn || "")),
    row("Dissolved", escapeHtml(entity.dissolvedOn || "")),
    row("Headquarters", link(entity.headquarters)),
    row("Founders", links(entity.founders)),
    row("Parent", link(entity.parent)),
    row("Product kind", escapeHtml((entity.productKind || "").toLowerCase())),
    row("Developer", link(entity.developer)),
    row("Based on", links(entity.basedOn)),
    row("Released", escapeHtml(entity.releasedOn || "")),
    row("Discontinued", escapeHtml(entity.discontinuedOn || "")),
  ];
  if (entity.attributes && typeof entity.attributes === "object") {
    for (const [k, v] of Object.entries(entity.attributes)) attrs.push(row(k, escapeHtml(formatValue(v))));
  }
  panel.innerHTML = `
    <header data-testid="panel-node" data-id="${escapeHtml(entity.id)}">
      <span class="swatch big" style="background:${group.colour}" aria-hidden="true"></span>
      <h2 data-testid="panel-title">${escapeHtml(entity.name)}</h2>
      <p class="muted">${escapeHtml(group.label)} · <code>${escapeHtml(entity.id)}</code></p>
    </header>
    ${actions(entity.id)}
    <section data-testid="panel-attributes"><h3>Attributes</h3><dl>${attrs.join("")}</dl></section>
    ${roundsHtml(entity.fundingRounds)}
    ${historyHtml(entity)}
    ${timelineHtml(entity.events)}
    ${sourcesHtml(entity.sources)}`;
}

export function showEdge(panel, edge, names, relations, rounds = []) {
  const written = relations.find((r) => r.text) || edge;
  const title = written.text || `${names.source} ${humanRelation(edge.type)} ${names.target}`;
  const props = propertyRows(edge.properties, rounds);
  const evidence = relations.flatMap((r) => r.evidence || []);
  panel.innerHTML = `
    <header data-testid="panel-edge" data-id="${escapeHtml(edge.id)}">
      <h2 data-testid="panel-title">${escapeHtml(title)}</h2>
      <p class="muted" data-testid="edge-period">${escapeHtml(formatValidity(edge))}</p>
    </header>
    <div class="actions">
      <button type="button" data-action="select-node" data-id="${escapeHtml(edge.source)}">${escapeHtml(names.source)}</button>
      <button type="button" data-action="select-node" data-id="${escapeHtml(edge.target)}">${escapeHtml(names.target)}</button>
    </div>
    ${props ? `<section><h3>Properties</h3><dl>${props}</dl></section>` : ""}
    <section data-testid="panel-evidence"><h3>Evidence (${evidence.length})</h3>${evidenceHtml(evidence)}</section>`;
}

export function showPaths(panel, paths, fromLabel, toLabel) {
  if (!paths.length) {
    panel.innerHTML = `<p class="error" data-testid="no-paths" role="alert">No path between ${escapeHtml(fromLabel)} and ${escapeHtml(
      toLabel,
    )} within the hop limit.</p>`;
    return;
  }
  const items = paths
    .map((path, i) => {
      const hops = path.hops
        .map(
          (h) => `<li data-testid="path-hop" data-forward="${h.forward}">
            <span data-testid="hop-text">${escapeHtml(h.text)}</span>
            <span class="muted">${escapeHtml(formatValidity(h))}${h.forward ? "" : " · walked from the object back to the subject"}</span>
            <details><summary>Evidence (${(h.evidence || []).length})</summary>${evidenceHtml(h.evidence)}</details>
          </li>`,
        )
        .join("");
      return `<li data-testid="path-result" data-index="${i}">
        <button type="button" data-action="show-path" data-index="${i}">Path ${i + 1}: ${path.hops.length} hop${path.hops.length === 1 ? "" : "s"}</button>
        <ol class="hops">${hops}</ol></li>`;
    })
    .join("");
  panel.innerHTML = `<header><h2 data-testid="panel-title">Paths from ${escapeHtml(fromLabel)} to ${escapeHtml(toLabel)}</h2>
    <p class="muted">Shortest first; every hop carries its evidence. All are highlighted; pick one to show it alone.</p></header>
    <ol class="paths" data-testid="path-results">${items}</ol>`;
}
