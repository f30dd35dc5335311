// Visual vocabulary: shape by entity kind, colour by category (or product kind), and the cytoscape stylesheet.
// Colours are chosen to stay readable on white with dark labels and to differ for common colour-blindness.

export const KINDS = ["ORGANIZATION", "PERSON", "PRODUCT", "PLACE"];

export const RELATION_TYPES = [
  "FOUNDED",
  "WORKS_AT",
  "AFFILIATED_WITH",
  "INVESTED_IN",
  "SUBSIDIARY_OF",
  "SPUN_OFF_FROM",
  "ACQUIRED",
  "DEVELOPED",
  "BASED_ON",
  "COMPARED_TO",
  "SUPPLIES",
  "LISTED_ON",
  "HEADQUARTERED_IN",
  "MENTIONED_WITH",
];

export const KIND_SHAPES = {
  ORGANIZATION: "round-rectangle",
  PERSON: "ellipse",
  PRODUCT: "round-triangle",
  PLACE: "round-diamond",
};

// Groups in display order; `match` tests an organization's categories (lower-cased), first match wins.
export const GROUPS = [
  { key: "exchange", label: "Exchange / index", colour: "#b45309", match: (c) => /exchange|index|bourse/.test(c) },
  {
    key: "university",
    label: "University / research",
    colour: "#7c3aed",
    match: (c) => /universit|research|academ|institute/.test(c),
  },
  { key: "government", label: "Government", colour: "#475569", match: (c) => /government|state|regulator/.test(c) },
  { key: "bank", label: "Bank", colour: "#0e7490", match: (c) => /bank|broker/.test(c) },
  {
    key: "chip",
    label: "Chipmaker / chip unit",
    colour: "#b91c1c",
    match: (c) => /chip|semiconductor|foundry/.test(c),
  },
  { key: "lab", label: "AI lab", colour: "#4338ca", match: (c) => /ai_lab|lab|ai$/.test(c) },
  {
    key: "investor",
    label: "Investor",
    colour: "#047857",
    match: (c) => /invest|venture|capital|fund|vc|private_equity/.test(c),
  },
  { key: "company", label: "Company", colour: "#0369a1", match: () => true },
];

const PERSON = { key: "person", label: "Person", colour: "#be185d" };
const PLACE = { key: "place", label: "Place", colour: "#57534e" };
const PRODUCT_GROUPS = {
  MODEL: { key: "model", label: "Model", colour: "#c2410c" },
  CHIP: { key: "chip-product", label: "Chip", colour: "#991b1b" },
  APP: { key: "app", label: "App / platform", colour: "#a16207" },
  PLATFORM: { key: "app", label: "App / platform", colour: "#a16207" },
  OTHER: { key: "product", label: "Other product", colour: "#92400e" },
};

export function groupOf(entity) {
  if (entity.kind === "PERSON") return PERSON;
  if (entity.kind === "PLACE") return PLACE;
  if (entity.kind === "PRODUCT") return PRODUCT_GROUPS[entity.productKind] || PRODUCT_GROUPS.OTHER;
  const categories = (entity.categories || []).map((c) => c.toLowerCase());
  for (const group of GROUPS) {
    if (group.key === "company") continue;
    if (categories.some(group.match)) return group;
  }
  return GROUPS[GROUPS.length - 1];
}

export function legendEntries() {
  const seen = new Set();
  const entries = [];
  const add = (kind, group) => {
    const id = `${kind}:${group.key}`;
    if (seen.has(id)) return;
    seen.add(id);
    entries.push({ kind, shape: KIND_SHAPES[kind], ...group });
  };
  for (const group of GROUPS) add("ORGANIZATION", group);
  add("PERSON", PERSON);
  for (const group of Object.values(PRODUCT_GROUPS)) add("PRODUCT", group);
  add("PLACE", PLACE);
  return entries;
}

export function humanRelation(type) {
  return type.toLowerCase().replaceAll("_", " ");
}

export const STYLESHEET = [
  {
    selector: "node",
    style: {
      shape: "data(shape)",
      "background-color": "data(colour)",
      width: 34,
      height: 34,
      label: "data(label)",
      "text-wrap": "wrap",
      "text-max-width": 140,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "font-size": 11,
      "font-family": "system-ui, sans-serif",
      color: "#111827",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": 2,
      "border-width": 2,
      "border-color": "#ffffff",
      "min-zoomed-font-size": 6, // labels too small to read are not drawn (and not paid for)
    },
  },
  { selector: "node[?expanded]", style: { width: 44, height: 44, "border-width": 3, "border-color": "#111827" } },
  { selector: 'node[badgeDir = "up"]', style: { "outline-width": 3, "outline-color": "#15803d" } },
  { selector: 'node[badgeDir = "down"]', style: { "outline-width": 3, "outline-color": "#b91c1c" } },
  { selector: "node.focus", style: { width: 54, height: 54, "font-weight": "bold", "font-size": 13 } },
  {
    selector: "edge",
    style: {
      width: 1.6,
      "line-color": "#94a3b8",
      "target-arrow-color": "#94a3b8",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 11, // readable at 100% zoom; below about 80% zoom labels hide (shown again on hover)
      color: "#334155",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": 2,
      "min-zoomed-font-size": 9,
    },
  },
  { selector: "edge.label-cramped", style: { label: "" } }, // edge-labels.js: the label does not fit its edge
  {
    selector: "edge.hover",
    style: {
      "min-zoomed-font-size": 0,
      "font-size": 12,
      label: "data(label)",
      "text-background-opacity": 1,
      "z-index": 20,
      width: 2.6,
    },
  },
  { selector: 'edge[type = "INVESTED_IN"]', style: { "line-color": "#059669", "target-arrow-color": "#059669" } },
  { selector: 'edge[type = "MENTIONED_WITH"]', style: { "line-style": "dotted" } },
  { selector: ".faded", style: { opacity: 0.15 } },
  { selector: ".hidden, .filtered, .dismissed", style: { display: "none" } },
  { selector: "node.pinned", style: { "border-style": "double", "border-width": 6, "border-color": "#334155" } },
  {
    selector: "edge.path",
    style: { width: 5, "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", opacity: 1, "z-index": 10 },
  },
  { selector: "node.path", style: { "border-width": 5, "border-color": "#f59e0b", opacity: 1 } },
  { selector: "node:selected", style: { "border-width": 5, "border-color": "#0f172a" } },
  { selector: "edge:selected", style: { width: 4, "line-color": "#0f172a", "target-arrow-color": "#0f172a" } },
];
