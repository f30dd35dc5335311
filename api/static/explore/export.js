// Exports of what the graph shows: a picture of the current view (PNG, SVG), or its elements in the formats of
// `ckg export` (JSON lines, GraphML, Cypher), written by the server (POST /export) from the entities on screen, the
// relations between them of the types the filters let through, and the events and sources behind them; the files
// import back with `ckg import`. Hidden and filtered nodes are left out, as on screen.

const ELEMENT_FORMATS = new Set(["jsonl", "graphml", "cypher"]);

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
  return `company-kg-${focus.replace(/[^a-z0-9]+/gi, "-")}`.slice(0, 80);
}

async function exportElements(view, format, name, relationTypes) {
  const entities = view.cy.nodes(":visible").map((n) => n.id());
  let response;
  try {
    response = await fetch(new URL("/export", window.location.origin), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ format, entities, relation_types: relationTypes, name }),
    });
  } catch (err) {
    throw new Error(`cannot reach the API at /export: ${err.message}`);
  }
  if (!response.ok) throw new Error(`the API answered ${response.status} ${response.statusText}`);
  return response.blob();
}

// Downloads the view in `format` (png, svg, jsonl, graphml, cypher); resolves with the file name.
export async function exportView(view, format, focus, relationTypes) {
  if (view.isEmpty) throw new Error("the graph is empty: open an entity first");
  const base = baseName(focus);
  const cy = view.cy;
  let blob;
  if (format === "png") {
    blob = await cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" });
  } else if (format === "svg") {
    if (typeof cy.svg !== "function") throw new Error("the SVG exporter is missing (run `make setup`)");
    blob = new Blob([cy.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" });
  } else if (ELEMENT_FORMATS.has(format)) {
    blob = await exportElements(view, format, base, relationTypes);
  } else {
    throw new Error(`unknown export format “${format}”`);
  }
  const name = `${base}.${format}`;
  download(blob, name);
  return name;
}
