// The explorer page: wires the search boxes, the graph, the filters, the time slider, path mode and the panel.
// Every piece of data comes from /graphql (see queries.js).

import { gql } from "./api.js";
import { Combo } from "./combo.js";
import { Expansions } from "./expansions.js";
import { exportView } from "./export.js";
import { fitEdgeLabels } from "./edge-labels.js";
import { escapeHtml } from "./format.js";
import { GraphView, edgeFromRelation } from "./graph-view.js";
import { renderLists } from "./lists.js";
import { loadSides, renderNodeActions, sideKey, sideName } from "./node-actions.js";
import { placeNewNodes, revealAndPaint } from "./placement.js";
import { renderStartPage } from "./start-page.js";
import { showEdge, showError, showLoading, showNode, showPaths } from "./panel.js";
import {
  DETAILS,
  NEIGHBOURHOOD,
  NEIGHBOUR_MOVES,
  PATHS,
  RELATION_EVIDENCE,
  hopRelationsQuery,
  relationsAsOfQuery,
} from "./queries.js";
import { KINDS, RELATION_TYPES, humanRelation, legendEntries } from "./style.js";

const $ = (id) => document.getElementById(id);
const graphEl = $("graph");
const panel = $("panel");
const statusEl = $("status");

const state = {
  generation: 0, // bumped when the graph is replaced, so late answers for the old graph are dropped
  asOf: null,
  asOfSeq: 0,
  selectSeq: 0,
  badgeRequests: 0, // neighbours' badges asked for; data-badges="ready" once the last answer landed
  relationSources: new Set(), // entities whose relations are drawn: asked again when asOf changes
  expansions: new Expansions(), // what "Undo expansion" takes back, last first
  paths: [],
};

function setStatus(text, kind = "info") {
  statusEl.textContent = text;
  statusEl.dataset.kind = kind;
  statusEl.hidden = !text;
}

function fail(err) {
  setStatus(err.message || String(err), "error");
  graphEl.dataset.state = view && !view.isEmpty ? "ready" : "error";
}

if (!window.cytoscape) {
  setStatus("The graph library is missing from this server (api/static/explore/vendor/). Run `make setup`.", "error");
  throw new Error("cytoscape not loaded");
}
if (window.cytoscapeSvg) window.cytoscape.use(window.cytoscapeSvg); // "Export: drawing (SVG)"

const view = new GraphView(graphEl, {
  onNodeTap: (id) => selectNode(id, { expand: true }),
  onNodeDoubleTap: (id) => focusEntity(id),
  onEdgeTap: (id) => selectEdge(id),
  onChange: () => renderLists(view, $("node-list"), $("edge-list"), $("element-count")),
});

// ---- the graph ---------------------------------------------------------------------------------------------

// All of an entity's relations, or only some ("show investors"): then the node is not marked expanded.
function addNeighbourhood(entity, relations = entity.relations) {
  view.cy.batch(() => {
    view.upsertNode(entity);
    view.setEvents(entity.id, entity.events);
    if (relations === entity.relations) view.markExpanded(entity.id);
    for (const rel of relations) {
      view.upsertNode(rel.other, entity.id);
      view.addEdge(edgeFromRelation(entity.id, rel));
    }
  });
  state.relationSources.add(entity.id);
}

// A neighbour shows its latest price move; an expanded node its latest event of any kind (set in addNeighbourhood).
// data-badges on the graph says whether badges are still on their way (the lists redraw when they land).
async function addNeighbourBadges(id, generation) {
  const pending = ++state.badgeRequests;
  graphEl.dataset.badges = "loading";
  try {
    const data = await gql(NEIGHBOUR_MOVES, { id });
    if (generation !== state.generation || !data.entity) return;
    view.cy.batch(() => {
      for (const rel of data.entity.relations) {
        const node = view.node(rel.other.id);
        if (node && !node.expanded && rel.other.events.length) view.setEvents(rel.other.id, rel.other.events);
      }
    });
    view.changed();
  } catch (err) {
    setStatus(`Could not load the neighbours' price moves: ${err.message}`, "error");
  } finally {
    if (pending === state.badgeRequests) graphEl.dataset.badges = "ready";
  }
}

// The API caps the aliases (and tokens) of one query: ask one aliased field per item, at most this many a request.
const ALIASES_PER_REQUEST = 20;

// Answers of `${prefix}${j}` fields, one per item and in the items' order, over as many requests as needed.
async function perEntity(items, queryFor, variablesFor, prefix, shared = {}) {
  const chunks = [];
  for (let i = 0; i < items.length; i += ALIASES_PER_REQUEST) chunks.push(items.slice(i, i + ALIASES_PER_REQUEST));
  const answers = await Promise.all(
    chunks.map((chunk) => {
      const variables = { ...shared };
      chunk.forEach((item, j) => Object.assign(variables, variablesFor(item, j)));
      return gql(queryFor(chunk.length), variables);
    }),
  );
  return answers.flatMap((data, k) => chunks[k].map((_, j) => data[`${prefix}${j}`]));
}

async function fetchNeighbourhood(id) {
  const data = await gql(NEIGHBOURHOOD, { id });
  return data.entity;
}

// Replaces the graph with one entity's neighbourhood (search choice, double-click, link in the panel).
async function focusEntity(id) {
  const generation = ++state.generation;
  graphEl.dataset.state = "loading";
  setStatus("Loading the neighbourhood…", "loading");
  const started = performance.now();
  try {
    const entity = await fetchNeighbourhood(id);
    if (generation !== state.generation) return;
    if (!entity) {
      graphEl.dataset.state = view.isEmpty ? "empty" : "ready";
      setStatus(`Unknown entity “${id}”: the graph has no such id.`, "error");
      return;
    }
    const fetched = performance.now();
    view.clear();
    state.relationSources.clear();
    state.expansions.clear();
    showUndo();
    state.paths = [];
    addNeighbourhood(entity);
    view.setFocus(entity.id);
    await applyAsOf();
    if (generation !== state.generation) return;
    await view.layout("ego");
    const drawn = performance.now();
    graphEl.dataset.fetchMs = (fetched - started).toFixed(1);
    graphEl.dataset.drawMs = (drawn - fetched).toFixed(1);
    graphEl.dataset.focus = entity.id;
    graphEl.dataset.state = "ready";
    setStatus(`${entity.name}: ${entity.relations.length} relations.`);
    if (location.hash !== `#entity=${encodeURIComponent(entity.id)}`) {
      history.replaceState(null, "", `#entity=${encodeURIComponent(entity.id)}`);
    }
    selectNode(entity.id, { expand: false });
    addNeighbourBadges(entity.id, generation);
  } catch (err) {
    if (generation === state.generation) fail(err);
  }
}

// Adds a node's neighbours to the current graph (or only those of one side, e.g. "INVESTED_IN:IN" for its investors).
// New nodes go into free space around it; nothing already drawn moves.
async function expandNode(id, side = null) {
  const generation = state.generation;
  graphEl.dataset.state = "loading";
  setStatus("Expanding…", "loading");
  try {
    const entity = await fetchNeighbourhood(id);
    if (generation !== state.generation) return;
    if (!entity) {
      setStatus(`Unknown entity “${id}”.`, "error");
      graphEl.dataset.state = "ready";
      return;
    }
    const relations = side ? entity.relations.filter((r) => sideKey(r) === side) : entity.relations;
    const what = side ? `${entity.name}: ${sideName(...side.split(":"))}` : entity.name;
    const finish = state.expansions.begin(view.cy, entity.id, state.relationSources.has(entity.id));
    addNeighbourhood(entity, relations);
    const entry = finish(what);
    const fresh = entry ? entry.added.filter((x) => view.cy.getElementById(x).isNode()) : [];
    placeNewNodes(view.cy, entity.id, fresh);
    showUndo();
    await applyAsOf();
    if (generation !== state.generation) return;
    await revealAndPaint(view.cy, fresh);
    graphEl.dataset.state = "ready";
    addNeighbourBadges(entity.id, generation);
    setStatus(
      entry
        ? `${what}: added ${plural(fresh.length, "node")} (${plural(relations.length, "relation")}). “Undo expansion” takes them back.`
        : `${what}: nothing new to add.`,
    );
  } catch (err) {
    if (generation === state.generation) fail(err);
  }
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// ---- selection and the panel -------------------------------------------------------------------------------

async function selectNode(id, { expand }) {
  view.select(id);
  const seq = ++state.selectSeq;
  const node = view.node(id);
  showNodeActions(id, seq);
  if (expand && node && !node.expanded) expandNode(id);
  showLoading(panel, node ? node.name : id);
  try {
    const data = await gql(DETAILS, { id, ref: id });
    if (seq !== state.selectSeq) return;
    if (!data.entity) showError(panel, `Unknown entity “${id}”.`);
    else showNode(panel, { ...data.entity, events: data.timeline });
  } catch (err) {
    if (seq === state.selectSeq) showError(panel, err.message);
  }
}

async function selectEdge(id) {
  const edge = view.edge(id);
  if (!edge) return;
  view.select(id);
  const seq = ++state.selectSeq;
  renderNodeActions($("node-actions"), null);
  const names = {
    source: view.node(edge.source)?.name || edge.source,
    target: view.node(edge.target)?.name || edge.target,
  };
  showLoading(panel, `the evidence for ${names.source} ${humanRelation(edge.type)} ${names.target}`);
  try {
    const data = await gql(RELATION_EVIDENCE, { id: edge.source, types: [edge.type], target: edge.target });
    if (seq !== state.selectSeq) return;
    const toTarget = (data.entity?.relations || []).filter((r) => r.other.id === edge.target);
    const exact = toTarget.filter((r) => edgeFromRelation(edge.source, { ...r, direction: "OUT" }).id === edge.id);
    const relations = exact.length ? exact : toTarget;
    showEdge(panel, edge, names, relations, data.target?.fundingRounds || []);
  } catch (err) {
    if (seq === state.selectSeq) showError(panel, err.message);
  }
}

// ---- time ----------------------------------------------------------------------------------------------------

const slider = $("time-slider");
const allTime = new Date().getUTCFullYear() + 1;
slider.max = String(allTime);
slider.value = String(allTime);

// A year: the API reads a partial date as an asOf point as its last day ("2021" = 2021-12-31), the slider's "end of".
function sliderAsOf() {
  const year = Number(slider.value);
  return year >= allTime ? null : `${year}`;
}

function showSliderLabel() {
  const year = Number(slider.value);
  $("time-label").textContent = year >= allTime ? "All time" : `end of ${year}`;
  slider.setAttribute("aria-valuetext", $("time-label").textContent);
}

// Asks the server which drawn relations hold at asOf; the others fade (or hide).
async function applyAsOf() {
  const asOf = state.asOf;
  const seq = ++state.asOfSeq;
  const ids = [...state.relationSources];
  if (!asOf || !ids.length) {
    view.setActiveEdges(null);
  } else {
    const entities = await perEntity(ids, relationsAsOfQuery, (id, j) => ({ [`id${j}`]: id }), "e", { asOf });
    if (seq !== state.asOfSeq) return;
    const active = [];
    for (const entity of entities) {
      if (!entity) continue;
      for (const rel of entity.relations) active.push(edgeFromRelation(entity.id, rel).id);
    }
    view.setActiveEdges(active);
  }
  view.setBadgeAsOf(asOf);
  graphEl.dataset.asOf = asOf || "";
}

let sliderTimer = null;
slider.addEventListener("input", () => {
  showSliderLabel();
  clearTimeout(sliderTimer);
  sliderTimer = setTimeout(async () => {
    state.asOf = sliderAsOf();
    setStatus(
      state.asOf ? `Showing relations that hold at the end of ${slider.value}…` : "Showing relations of all time…",
      "loading",
    );
    try {
      const started = performance.now();
      await applyAsOf();
      graphEl.dataset.asOfMs = (performance.now() - started).toFixed(1);
      setStatus(state.asOf ? `Relations outside the period up to ${state.asOf} are faded.` : "All relations shown.");
    } catch (err) {
      fail(err);
    }
  }, 120);
});
showSliderLabel();

$("hide-faded").addEventListener("change", (e) => view.setHideFaded(e.target.checked));
$("fit").addEventListener("click", () => view.fit());
$("reset").addEventListener("click", () => {
  state.generation++;
  view.clear();
  state.relationSources.clear();
  state.expansions.clear();
  showUndo();
  renderNodeActions($("node-actions"), null);
  graphEl.dataset.state = "empty";
  panel.innerHTML = `<p class="placeholder">Search an entity to start.</p>`;
  history.replaceState(null, "", location.pathname);
  setStatus("");
});

// ---- filters and legend ------------------------------------------------------------------------------------

function checkboxes(container, values, prefix, label) {
  container.innerHTML = values
    .map(
      (v) =>
        `<label><input type="checkbox" checked value="${v}" data-testid="filter-${prefix}-${v}"> ${escapeHtml(label(v))}</label>`,
    )
    .join("");
  container.addEventListener("change", applyFilters);
}

function checked(container) {
  return [...container.querySelectorAll("input:checked")].map((i) => i.value);
}

function applyFilters() {
  view.setFilters(checked($("kind-filters")), checked($("relation-filters")));
}

checkboxes($("kind-filters"), KINDS, "kind", (k) => k.toLowerCase());
checkboxes($("relation-filters"), RELATION_TYPES, "type", humanRelation);

const SHAPE_SVG = {
  "round-rectangle": '<rect x="1" y="3" width="14" height="10" rx="3"/>',
  ellipse: '<circle cx="8" cy="8" r="6"/>',
  "round-triangle": '<path d="M8 2 L14.5 13.5 L1.5 13.5 Z" stroke-linejoin="round"/>',
  "round-diamond": '<path d="M8 1 L15 8 L8 15 L1 8 Z"/>',
};

$("legend").innerHTML =
  legendEntries()
    .map(
      (e) =>
        `<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="${e.colour}">${SHAPE_SVG[e.shape]}</svg>${escapeHtml(e.label)}</li>`,
    )
    .join("") +
  `<li><span class="line invest" aria-hidden="true"></span>invested in</li>
   <li><span class="line mention" aria-hidden="true"></span>mentioned with (low confidence)</li>
   <li><span class="line path" aria-hidden="true"></span>on a highlighted path</li>
   <li><span class="line faded" aria-hidden="true"></span>outside the chosen period</li>
   <li><span class="badge-demo up" aria-hidden="true">▲</span>latest price move up / <span class="badge-demo down">▼</span> down</li>`;

// ---- search --------------------------------------------------------------------------------------------------

const searchErrors = (err) => setStatus(`Search failed: ${err.message}`, "error");
const noMatch = (text) => setStatus(`No entity matches “${text}”. Try another spelling or a shorter name.`, "error");

new Combo($("search-input"), $("search-suggestions"), {
  onChoose: (entity) => {
    setStatus("");
    focusEntity(entity.id);
  },
  onError: searchErrors,
  onNoMatch: noMatch,
  onAmbiguous: (text, count) =>
    setStatus(`${count} entities match “${text}”: choose one with the arrow keys, then Enter.`),
});

// ---- path mode -----------------------------------------------------------------------------------------------

const pathFrom = new Combo($("path-from"), $("path-from-suggestions"), {
  onChoose: () => {},
  onError: searchErrors,
  onNoMatch: noMatch,
});
const pathTo = new Combo($("path-to"), $("path-to-suggestions"), {
  onChoose: () => {},
  onError: searchErrors,
  onNoMatch: noMatch,
});

function openPathMode(open) {
  $("path-bar").hidden = !open;
  $("path-toggle").setAttribute("aria-pressed", String(open));
  if (open) $("path-from").focus();
}

$("path-toggle").addEventListener("click", () => openPathMode($("path-bar").hidden));
$("path-clear").addEventListener("click", () => {
  state.paths = [];
  view.clearPath();
  setStatus("");
});
$("path-run").addEventListener("click", runPaths);
for (const id of ["path-from", "path-to"]) {
  $(id).addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.ctrlKey) runPaths();
  });
}

async function runPaths() {
  const from = pathFrom.value();
  const to = pathTo.value();
  if (!from || !to) {
    setStatus("Path mode needs both ends: choose a “From” and a “To” entity.", "error");
    return;
  }
  const fromLabel = $("path-from").value.trim() || from;
  const toLabel = $("path-to").value.trim() || to;
  const generation = state.generation;
  graphEl.dataset.state = "loading";
  setStatus(`Finding paths from ${fromLabel} to ${toLabel}…`, "loading");
  showLoading(panel, "paths");
  try {
    const data = await gql(PATHS, { from, to, maxHops: Number($("path-hops").value), asOf: state.asOf });
    if (generation !== state.generation) return;
    const paths = data.paths;
    if (!paths.length) {
      showPaths(panel, [], fromLabel, toLabel);
      setStatus(`No path between ${fromLabel} and ${toLabel} within ${$("path-hops").value} hops.`, "error");
      graphEl.dataset.state = view.isEmpty ? "empty" : "ready";
      return;
    }
    const wasEmpty = view.isEmpty;
    await drawPaths(paths);
    if (generation !== state.generation) return;
    await applyAsOf();
    await view.layout(wasEmpty ? "fresh" : "settle");
    graphEl.dataset.state = "ready";
    showPaths(panel, paths, fromLabel, toLabel);
    setStatus(`${paths.length} path${paths.length === 1 ? "" : "s"} from ${fromLabel} to ${toLabel}, highlighted.`);
  } catch (err) {
    if (generation === state.generation) {
      fail(err);
      showError(panel, err.message);
    }
  }
}

// Draws each hop as the real relation it stands for (with its dates), so the time slider treats it like any edge.
async function drawPaths(paths) {
  const hops = [];
  const index = new Map();
  for (const path of paths) {
    for (const hop of path.hops) {
      const key = `${hop.from.id}|${hop.relation}|${hop.to.id}`;
      if (!index.has(key)) {
        index.set(key, hops.length);
        hops.push(hop);
      }
    }
  }
  const answers = await perEntity(
    hops,
    hopRelationsQuery,
    (hop, j) => ({ [`id${j}`]: hop.from.id, [`t${j}`]: [hop.relation] }),
    "h",
  );
  const hopEdges = hops.map(() => []);
  view.cy.batch(() => {
    hops.forEach((hop, i) => {
      view.upsertNode(hop.from);
      view.upsertNode(hop.to, hop.from.id);
      const entity = answers[i];
      for (const rel of entity ? entity.relations : []) {
        if (rel.other.id !== hop.to.id) continue;
        const edge = edgeFromRelation(hop.from.id, rel);
        view.addEdge(edge);
        hopEdges[i].push(edge.id);
      }
      if (!hopEdges[i].length) {
        // The path service knows a hop the relation listing does not show: draw it as stated by the path.
        const edge = {
          id: `path|${hop.from.id}|${hop.relation}|${hop.to.id}`,
          source: hop.from.id,
          target: hop.to.id,
          type: hop.relation,
        };
        view.addEdge(edge);
        hopEdges[i].push(edge.id);
      }
      state.relationSources.add(hop.from.id);
    });
  });
  state.paths = paths.map((path) => {
    const edgeIds = path.hops.flatMap((hop) => hopEdges[index.get(`${hop.from.id}|${hop.relation}|${hop.to.id}`)]);
    const nodeIds = [...new Set(path.hops.flatMap((hop) => [hop.from.id, hop.to.id]))];
    return { edgeIds, nodeIds };
  });
  view.setPath(
    state.paths.flatMap((p) => p.edgeIds),
    state.paths.flatMap((p) => p.nodeIds),
  );
}

// ---- delegated clicks from the panel and the lists --------------------------------------------------------

async function act(target) {
  const button = target.closest("[data-action]");
  if (!button) return;
  const { action, id } = button.dataset;
  if (action === "focus") focusEntity(id);
  else if (action === "expand") expandNode(id);
  else if (action === "select-node") {
    if (!view.hasNode(id)) focusEntity(id);
    else selectNode(id, { expand: true });
  } else if (action === "select-edge") selectEdge(id);
  else if (action === "path-from" || action === "path-to") {
    const node = view.node(id);
    const entity = node ? { id, name: node.name } : { id, name: id };
    (action === "path-from" ? pathFrom : pathTo).set(entity);
    openPathMode(true);
  } else if (action === "show-path") {
    const path = state.paths[Number(button.dataset.index)];
    if (path) view.setPath(path.edgeIds, path.nodeIds);
  }
}

for (const el of [panel, $("node-list"), $("edge-list"), $("start-page")]) {
  el.addEventListener("click", (e) => act(e.target));
}
$("node-actions").addEventListener("click", (e) => nodeAction(e.target));

// ---- the selected node's actions: pin, hide, expand by relation, undo ------------------------------------

function showUndo() {
  const last = state.expansions.stack[state.expansions.size - 1];
  $("undo").disabled = !last;
  $("undo").title = last ? `Take back the expansion of ${last.label}` : "No expansion to undo";
  graphEl.dataset.expansions = String(state.expansions.size);
}

function undoExpansion() {
  const entry = state.expansions.undo(view.cy);
  if (!entry) return;
  if (!entry.wasSource) state.relationSources.delete(entry.id);
  view.changed();
  showUndo();
  setStatus(`Took back the expansion of ${entry.label}.`);
}

const sidesOf = new Map(); // entity id -> its relation sides with counts, for the expand menu

function renderActions(id) {
  const node = view.node(id);
  const pinned = node ? view.cy.getElementById(id).locked() : false;
  renderNodeActions($("node-actions"), node, sidesOf.get(id) || [], { pinned });
}

async function showNodeActions(id, seq) {
  renderActions(id);
  if (sidesOf.has(id)) return;
  try {
    const sides = await loadSides(id);
    sidesOf.set(id, sides);
    if (seq === state.selectSeq && view.hasNode(id)) renderActions(id);
  } catch (err) {
    setStatus(`Could not count the relations of ${view.node(id)?.name || id}: ${err.message}`, "error");
  }
}

function setPinned(id, pinned) {
  const node = view.cy.getElementById(id);
  if (pinned) node.lock().addClass("pinned");
  else node.unlock().removeClass("pinned");
  view.changed();
  renderActions(id);
}

function showHiddenButton() {
  const count = view.cy.nodes(".dismissed").length;
  $("show-hidden").hidden = !count;
  $("show-hidden").textContent = `Show hidden (${count})`;
}

function nodeAction(target) {
  const button = target.closest("[data-action]");
  if (!button) return;
  const { action, id, kind } = button.dataset;
  if (action === "pin" || action === "unpin") setPinned(id, action === "pin");
  else if (action === "hide-node") {
    view.cy.getElementById(id).addClass("dismissed").unselect();
    renderNodeActions($("node-actions"), null);
    view.changed();
    showHiddenButton();
  } else if (action === "hide-kind") {
    $(`kind-filters`).querySelector(`input[value="${kind}"]`).checked = false;
    applyFilters();
  } else if (action === "expand-by") {
    expandNode(id, $("node-actions").querySelector("select").value || null);
  }
}

$("undo").addEventListener("click", undoExpansion);
$("show-hidden").addEventListener("click", () => {
  view.cy.nodes(".dismissed").removeClass("dismissed");
  view.changed();
  showHiddenButton();
});
$("export").addEventListener("change", async (e) => {
  const format = e.target.value;
  e.target.value = "";
  if (!format) return;
  try {
    const types = checked($("relation-filters"));
    const name = await exportView(view, format, graphEl.dataset.focus || "graph", types);
    setStatus(`Exported the view as ${name}.`);
  } catch (err) {
    setStatus(`Export failed: ${err.message}`, "error");
  }
});

// Edge labels show when the zoom makes them readable, and always for the edges under the pointer or of the
// node under it.
fitEdgeLabels(view.cy);

// A right click selects a node without expanding it, for the action bar (pin, hide, expand by relation).
view.cy.on("cxttap", "node", (e) => selectNode(e.target.id(), { expand: false }));
view.cy.on("mouseover", "edge", (e) => e.target.addClass("hover"));
view.cy.on("mouseout", "edge", (e) => e.target.removeClass("hover"));
view.cy.on("mouseover", "node", (e) => e.target.connectedEdges().addClass("hover"));
view.cy.on("mouseout", "node", (e) => e.target.connectedEdges().removeClass("hover"));

// The canvas maps clicks through a cached page offset of the graph; when a bar above it appears or goes (status,
// path bar, node actions, start page) the graph moves without resizing, so the cache is dropped then.
const moved = new ResizeObserver(() => view.cy.resize());
for (const id of ["path-bar", "status", "node-actions", "start-page"]) moved.observe($(id));
moved.observe(document.querySelector(".topbar"));
// A scroll reaches cytoscape a frame late (scroll events wait for the next frame), so a press right after one would
// be mapped through the old offset: every press first drops the cached offset.
for (const type of ["mousedown", "touchstart"]) {
  graphEl.addEventListener(type, () => view.cy.renderer().invalidateContainerClientCoordsCache(), { capture: true });
}

// ---- the start page ------------------------------------------------------------------------------------------

let startPageLoaded = false;

async function showStartPage() {
  const page = $("start-page");
  page.hidden = graphEl.dataset.state !== "empty";
  $("node-actions").hidden = !page.hidden;
  if (page.hidden || startPageLoaded) return;
  startPageLoaded = true;
  try {
    await renderStartPage(page);
  } catch (err) {
    startPageLoaded = false;
    page.dataset.state = "error";
    page.innerHTML = `<p class="placeholder">Search an entity to start. (The start page could not load: ${escapeHtml(err.message)})</p>`;
  }
}

new MutationObserver(showStartPage).observe(graphEl, { attributes: true, attributeFilter: ["data-state"] });
renderNodeActions($("node-actions"), null);

// ---- start ---------------------------------------------------------------------------------------------------

function entityFromHash() {
  const match = /^#entity=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

window.addEventListener("hashchange", () => {
  const id = entityFromHash();
  if (id && id !== graphEl.dataset.focus) focusEntity(id);
});

// On a phone the graph and the panel come first; filters and lists open on demand.
if (window.matchMedia("(max-width: 820px)").matches) {
  for (const details of document.querySelectorAll(".below details")) details.open = false;
}

const initial = entityFromHash();
if (initial) focusEntity(initial);
else showStartPage();

// A handle for the browser console and the browser tests: each call resolves once the page has drawn its answer.
window.ckgExplorer = {
  cy: view.cy,
  focus: (id) => focusEntity(id),
  expand: (id, side = null) => expandNode(id, side),
  select: (id) => selectNode(id, { expand: false }),
  undo: () => undoExpansion(),
  // Where a node (or an edge's midpoint) is drawn, in viewport coordinates, for a real click on the canvas.
  clientPoint(id) {
    const box = graphEl.getBoundingClientRect();
    const el = view.cy.getElementById(id);
    const p = el.isEdge() ? el.renderedMidpoint() : el.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  },
};
graphEl.dataset.booted = "true";
