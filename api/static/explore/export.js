// Exports of what the graph shows: a picture (PNG, SVG) of the current view, or its elements (GraphML with the
// attribute keys of `ckg export`, or JSON lines) for Gephi, yEd, a notebook or a report. Hidden and filtered
// elements are left out, as on screen.

const XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xml = (value) => String(value).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

// The keys `ckg export --format graphml` declares for entities and relations (graph/exchange/graphml.py).
const NODE_KEYS = [
  ["n_label", "label"],
  ["n_record_kind", "record_kind"],
  ["n_kind", "kind"],
  ["n_name", "name"],
  ["n_categories", "categories"],
];
const EDGE_KEYS = [
  ["e_label", "label"],
  ["e_edge_kind", "edge_kind"],
  ["e_type", "type"],
  ["e_valid_from", "valid_from"],
  ["e_valid_to", "valid_to"],
];

export function shownElements(view) {
  const shown = (el) => el.visible();
  const nodes = view.cy.nodes().filter(shown);
  const edges = view.cy.edges().filter(shown);
  return {
    nodes: nodes.map((n) => ({
      id: n.id(),
      name: n.data("name"),
      kind: n.data("kind"),
      categories: n.data("categories") || [],
      x: n.position("x"),
      y: n.position("y"),
    })),
    edges: edges.map((e) => ({
      id: e.id(),
      source: e.data("source"),
      target: e.data("target"),
      type: e.data("type"),
      validFrom: e.data("validFrom"),
      validTo: e.data("validTo"),
    })),
  };
}

function dataLines(keys, values) {
  return keys
    .filter(([, name]) => values[name] !== null && values[name] !== undefined && values[name] !== "")
    .map(([id, name]) => `      <data key="${id}">${xml(values[name])}</data>`)
    .join("\n");
}

export function toGraphml({ nodes, edges }) {
  const keys = [
    ...NODE_KEYS.map(([id, name]) => `  <key id="${id}" for="node" attr.name="${name}" attr.type="string"/>`),
    ...EDGE_KEYS.map(([id, name]) => `  <key id="${id}" for="edge" attr.name="${name}" attr.type="string"/>`),
  ];
  const nodeXml = nodes.map((n) => {
    const values = {
      label: n.name,
      record_kind: "entity",
      kind: n.kind,
      name: n.name,
      categories: n.categories.join("; "),
    };
    return `    <node id="${xml(n.id)}">\n${dataLines(NODE_KEYS, values)}\n    </node>`;
  });
  const edgeXml = edges.map((e) => {
    const values = { label: e.type, edge_kind: "relation", type: e.type, valid_from: e.validFrom, valid_to: e.validTo };
    return `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">\n${dataLines(EDGE_KEYS, values)}\n    </edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="company-kg-view" edgedefault="directed">',
    ...nodeXml,
    ...edgeXml,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

// A header line, then one {"kind", "data"} object per line, as `ckg export --format jsonl` writes them; the data
// holds what the view knows (ids, names, kinds, relation types and periods, drawn positions), not the evidence.
export function toJsonLines({ nodes, edges }) {
  const lines = [{ format: "company-kg-view", version: 1 }];
  for (const n of nodes) {
    lines.push({
      kind: "entity",
      data: { id: n.id, name: n.name, kind: n.kind, categories: n.categories, x: n.x, y: n.y },
    });
  }
  for (const e of edges) {
    const data = { id: e.id, subject_id: e.source, object_id: e.target, type: e.type };
    lines.push({ kind: "relation", data: { ...data, valid_from: e.validFrom, valid_to: e.validTo } });
  }
  return lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function baseName(focus) {
  return `company-kg-${focus.replace(/[^a-z0-9]+/gi, "-")}`;
}

// Downloads the view in `format` (png, svg, graphml, jsonl); resolves with the file name.
export async function exportView(view, format, focus) {
  if (view.isEmpty) throw new Error("the graph is empty: open an entity first");
  const name = `${baseName(focus)}.${format}`;
  const cy = view.cy;
  if (format === "png") {
    download(await cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" }), name);
  } else if (format === "svg") {
    if (typeof cy.svg !== "function") throw new Error("the SVG exporter is missing (run `make setup`)");
    download(new Blob([cy.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" }), name);
  } else if (format === "graphml") {
    download(new Blob([toGraphml(shownElements(view))], { type: "application/graphml+xml" }), name);
  } else if (format === "jsonl") {
    download(new Blob([toJsonLines(shownElements(view))], { type: "application/x-ndjson" }), name);
  } else {
    throw new Error(`unknown export format “${format}”`);
  }
  return name;
}
