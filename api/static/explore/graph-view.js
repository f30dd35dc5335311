// The drawn graph: a cytoscape instance plus the rules for what is shown (filters by kind and relation type,
// fading of relations outside the asOf period, path highlighting). Knows nothing about GraphQL.

import { eventBadge, eventsUpTo, latestBadgeEvent } from "./format.js";
import { KINDS, RELATION_TYPES, STYLESHEET, groupOf, humanRelation, KIND_SHAPES } from "./style.js";

// One relation drawn once, whichever end it was read from; two rounds of the same investor stay two edges.
export function edgeFromRelation(selfId, rel) {
  const outgoing = rel.direction !== "IN";
  const source = outgoing ? selfId : rel.other.id;
  const target = outgoing ? rel.other.id : selfId;
  const props = rel.properties || {};
  const roundId = props.roundId || props.round_id || "";
  const id = ["rel", source, rel.type, target, rel.validFrom || "", rel.validTo || "", roundId].join("|");
  return {
    id,
    source,
    target,
    type: rel.type,
    validFrom: rel.validFrom || null,
    validTo: rel.validTo || null,
    dated: rel.dated !== false,
    endedBefore: rel.endedBefore || null,
    text: rel.text || null,
    properties: rel.properties || null,
  };
}

function layoutName() {
  return window.cytoscapeFcose ? "fcose" : "cose";
}

export class GraphView {
  constructor(container, handlers) {
    if (window.cytoscapeFcose && !GraphView.registered) {
      window.cytoscape.use(window.cytoscapeFcose);
      GraphView.registered = true;
    }
    this.container = container;
    this.handlers = handlers;
    this.kinds = new Set(KINDS);
    this.types = new Set(RELATION_TYPES);
    this.activeEdges = null; // null: no asOf, every relation counts
    this.hideFaded = false;
    this.focusId = null;
    this.events = new Map(); // node id -> its events, for the badge
    this.badgeAsOf = null;
    this.cy = window.cytoscape({
      container,
      style: STYLESHEET,
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    this.cy.on("tap", "node", (evt) => handlers.onNodeTap(evt.target.id()));
    this.cy.on("dbltap", "node", (evt) => handlers.onNodeDoubleTap(evt.target.id()));
    this.cy.on("tap", "edge", (evt) => handlers.onEdgeTap(evt.target.id()));
  }

  get isEmpty() {
    return this.cy.elements().empty();
  }

  clear() {
    this.cy.elements().remove();
    this.events.clear();
    this.focusId = null;
    this.changed();
  }

  hasNode(id) {
    return this.cy.getElementById(id).nonempty();
  }

  node(id) {
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.isNode() ? el.data() : null;
  }

  edge(id) {
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.isEdge() ? el.data() : null;
  }

  nodes() {
    return this.cy
      .nodes()
      .map((n) => ({ ...n.data(), state: this.stateOf(n), path: n.hasClass("path"), pinned: n.locked() }));
  }

  edges() {
    return this.cy.edges().map((e) => ({ ...e.data(), state: this.stateOf(e), path: e.hasClass("path") }));
  }

  expandedIds() {
    return this.cy.nodes("[?expanded]").map((n) => n.id());
  }

  // Adds or refreshes a node; `near` places a new node beside an existing one so layouts stay calm.
  upsertNode(entity, near = null) {
    const group = groupOf(entity);
    const existing = this.cy.getElementById(entity.id);
    const data = {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      shape: KIND_SHAPES[entity.kind] || "ellipse",
      colour: group.colour,
      group: group.key,
      groupLabel: group.label,
      categories: entity.categories || [],
      productKind: entity.productKind || null,
    };
    if (existing.nonempty()) {
      existing.data({ ...data, label: labelOf(data.name, existing.data("badge")) });
      return existing;
    }
    const position = { x: 0, y: 0 };
    const anchor = near ? this.cy.getElementById(near) : null;
    if (anchor && anchor.nonempty()) {
      const p = anchor.position();
      const angle = Math.random() * 2 * Math.PI;
      position.x = p.x + 90 * Math.cos(angle);
      position.y = p.y + 90 * Math.sin(angle);
    }
    return this.cy.add({ group: "nodes", data: { ...data, label: data.name, expanded: false, badge: null }, position });
  }

  // The node's events; its badge shows the latest one up to the time slider's asOf (setBadgeAsOf).
  setEvents(id, events) {
    this.events.set(id, events || []);
    this.showBadge(id);
  }

  setBadgeAsOf(asOf) {
    this.badgeAsOf = asOf || null;
    this.cy.batch(() => {
      for (const id of this.events.keys()) this.showBadge(id);
    });
  }

  showBadge(id) {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    const badge = eventBadge(latestBadgeEvent(eventsUpTo(this.events.get(id), this.badgeAsOf)), id);
    el.data({
      badge: badge ? badge.text : null,
      badgeDir: badge ? badge.dir : "none",
      label: labelOf(el.data("name"), badge && badge.text),
    });
  }

  markExpanded(id) {
    this.cy.getElementById(id).data("expanded", true);
  }

  setFocus(id) {
    this.cy.nodes(".focus").removeClass("focus");
    this.focusId = id;
    this.cy.getElementById(id).addClass("focus");
  }

  addEdge(edge) {
    if (this.cy.getElementById(edge.id).nonempty()) return;
    this.cy.add({ group: "edges", data: { ...edge, label: humanRelation(edge.type) } });
  }

  select(id) {
    this.cy.elements(":selected").unselect();
    const el = this.cy.getElementById(id);
    if (el.nonempty()) el.select();
  }

  setFilters(kinds, types) {
    this.kinds = new Set(kinds);
    this.types = new Set(types);
    this.applyVisibility();
  }

  setActiveEdges(ids) {
    this.activeEdges = ids ? new Set(ids) : null;
    this.applyVisibility();
  }

  setHideFaded(hide) {
    this.hideFaded = hide;
    this.applyVisibility();
  }

  setPath(edgeIds, nodeIds) {
    this.cy.elements(".path").removeClass("path");
    for (const id of [...edgeIds, ...nodeIds]) this.cy.getElementById(id).addClass("path");
    this.changed();
  }

  clearPath() {
    this.cy.elements(".path").removeClass("path");
    this.changed();
  }

  stateOf(el) {
    const ends = el.isEdge() ? [el.source(), el.target()] : [];
    if (el.hasClass("dismissed") || ends.some((n) => n.hasClass("dismissed"))) return "dismissed"; // hidden by the user
    if (el.hasClass("filtered")) return "filtered";
    if (el.hasClass("hidden")) return "hidden";
    if (el.hasClass("faded")) return "faded";
    return "active";
  }

  applyVisibility() {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass("filtered faded hidden");
      cy.nodes().forEach((n) => {
        if (!this.kinds.has(n.data("kind"))) n.addClass("filtered");
      });
      const outOfPeriod = this.hideFaded ? "hidden" : "faded";
      cy.edges().forEach((e) => {
        if (!this.types.has(e.data("type")) || e.source().hasClass("filtered") || e.target().hasClass("filtered")) {
          e.addClass("filtered");
        } else if (this.activeEdges && !this.activeEdges.has(e.id())) {
          e.addClass(outOfPeriod);
        }
      });
      if (this.activeEdges) {
        cy.nodes().forEach((n) => {
          if (n.hasClass("filtered") || n.id() === this.focusId) return;
          const live = n.connectedEdges().filter((e) => !e.hasClass("filtered") && !e.hasClass(outOfPeriod));
          if (live.empty()) n.addClass(outOfPeriod);
        });
      }
    });
    this.changed();
  }

  // Lays the graph out and resolves once the result has been painted. "ego" for a freshly focused entity: the
  // focus in the centre and its neighbours on rings, grouped by relation type and kind so colours cluster (fast and
  // steady at hundreds of nodes). "fresh" and "settle" run the force layout, from random or from current places.
  layout(mode) {
    return new Promise((resolve) => {
      const count = this.cy.nodes().length;
      let eles = this.cy.elements(); // force layouts need the edges too, or they tile "disconnected" nodes
      let options;
      if (mode === "ego" && this.focusId && this.hasNode(this.focusId)) {
        eles = this.egoOrder();
        options = this.egoOptions(eles);
      } else if (layoutName() === "fcose") {
        options = {
          name: "fcose",
          quality: count > 300 ? "draft" : "default",
          randomize: mode === "fresh",
          animate: false,
          fit: true,
          padding: 30,
          nodeDimensionsIncludeLabels: count <= 300,
          idealEdgeLength: 110,
          nodeRepulsion: 9000,
        };
      } else {
        options = { name: "cose", randomize: mode === "fresh", animate: false, fit: true, padding: 30 };
      }
      const layout = eles.layout(options);
      layout.one("layoutstop", () => {
        // A graph of two or three nodes would otherwise be blown up to the maximum zoom.
        if (this.cy.zoom() > 1.4) {
          this.cy.zoom(1.4);
          this.cy.center();
        }
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      });
      layout.run();
    });
  }

  // Fits the viewport to known positions: cy.fit would first measure every label, slow at hundreds of nodes.
  fitPositions(points) {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const margin = 60; // a node and its label
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const fitting = Math.min(1.4, (width - 60) / (x1 - x0 + 2 * margin), (height - 60) / (y1 - y0 + 2 * margin));
    const zoom = Math.max(this.cy.minZoom(), fitting);
    this.cy.viewport({
      zoom,
      pan: { x: width / 2 - ((x0 + x1) / 2) * zoom, y: height / 2 - ((y0 + y1) / 2) * zoom },
    });
  }

  // The focus first, then its neighbours by the relation that links them, their group and name.
  egoOrder() {
    const focus = this.cy.getElementById(this.focusId);
    const linkType = (n) => {
      const edge = n.edgesWith(focus)[0];
      return edge ? RELATION_TYPES.indexOf(edge.data("type")) : RELATION_TYPES.length;
    };
    const others = this.cy
      .nodes()
      .not(focus)
      .toArray()
      .map((n) => ({ n, key: [linkType(n), n.data("group"), n.data("name").toLowerCase()] }))
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((x) => x.n);
    return this.cy.collection([focus, ...others]);
  }

  egoOptions(ordered) {
    // Up to 24 neighbours share one ring; beyond that ring k holds 16 + 12k, so a big neighbourhood becomes a target
    // of rings rather than one huge circle. Positions are computed directly (a preset layout): linear in the nodes.
    const neighbours = ordered.length - 1;
    const capacity = (k) => (neighbours <= 24 ? neighbours : 16 + 12 * k);
    const rings = [];
    ordered.forEach((n, i) => {
      if (i === 0) return;
      const last = rings[rings.length - 1];
      if (!last || last.length >= capacity(rings.length - 1)) rings.push([n]);
      else last.push(n);
    });
    const spacing = neighbours > 60 ? 60 : 95; // along the ring, centre to centre
    const positions = { [this.focusId]: { x: 0, y: 0 } };
    let radius = 0;
    rings.forEach((members, k) => {
      radius = Math.max(radius + (k === 0 ? 140 : 75), (members.length * spacing) / (2 * Math.PI));
      // Every other ring is turned by half a step, so edges to the outer ring pass between inner nodes.
      const offset = k % 2 ? Math.PI / members.length : 0;
      members.forEach((n, i) => {
        const angle = -Math.PI / 2 + offset + (2 * Math.PI * i) / members.length;
        positions[n.id()] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      });
    });
    this.fitPositions(Object.values(positions));
    return { name: "preset", positions: (n) => positions[n.id()], animate: false, fit: false };
  }

  fit() {
    this.cy.fit(this.cy.elements(":visible"), 30);
  }

  changed() {
    if (this.pendingChange) return;
    this.pendingChange = true;
    queueMicrotask(() => {
      this.pendingChange = false;
      this.handlers.onChange();
    });
  }
}

function compareKeys(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

function labelOf(name, badge) {
  return badge ? `${name}\n${badge}` : name;
}
