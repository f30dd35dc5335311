// Where the new nodes of an expansion go: around the expanded node, in free space, without moving anything already
// drawn (what the user has seen stays where it was). Candidates lie on rings around the anchor, nearest ring first and
// on each ring the side facing away from the rest of the graph first; a candidate is free when it is clear of every
// node (and its label), of every drawn edge, and when the new edge to it passes no other node.

const HALF_WIDTH = 95; // a node and its label, centre to edge, across
const HALF_HEIGHT = 55; // and down
const EDGE_CLEARANCE = 26;
const RING_STEP = 90;
const MAX_RINGS = 80;

function clearOfNodes(p, nodes) {
  return nodes.every((q) => ((p.x - q.x) / HALF_WIDTH) ** 2 + ((p.y - q.y) / HALF_HEIGHT) ** 2 >= 1);
}

export function distanceToSegment(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function free(p, anchor, nodes, segments) {
  if (!clearOfNodes(p, nodes)) return false;
  if (segments.some(([a, b]) => distanceToSegment(p, a, b) < EDGE_CLEARANCE)) return false;
  // The new edge from the anchor must not run through another node.
  return nodes.every((q) => q === anchor || distanceToSegment(q, anchor, p) >= EDGE_CLEARANCE);
}

// `count` free positions around `anchor`, given the drawn nodes (anchor included) and edge segments.
export function placeAround(anchor, count, nodes, segments) {
  const cx = nodes.reduce((s, q) => s + q.x, 0) / Math.max(1, nodes.length);
  const cy = nodes.reduce((s, q) => s + q.y, 0) / Math.max(1, nodes.length);
  const away =
    nodes.length > 1 && Math.hypot(anchor.x - cx, anchor.y - cy) > 1
      ? Math.atan2(anchor.y - cy, anchor.x - cx)
      : -Math.PI / 2;
  const taken = [...nodes];
  const placed = [];
  for (let ring = 1; placed.length < count && ring <= MAX_RINGS; ring++) {
    const radius = 60 + ring * RING_STEP;
    const slots = Math.max(8, Math.floor((2 * Math.PI * radius) / (HALF_WIDTH * 1.2)));
    for (let i = 0; i < slots && placed.length < count; i++) {
      // 0, +1, -1, +2, -2 ... steps from the direction away from the graph's centre.
      const step = i % 2 ? (i + 1) / 2 : -i / 2;
      const angle = away + (2 * Math.PI * step) / slots;
      const p = { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
      if (free(p, anchor, taken, segments)) {
        placed.push(p);
        taken.push(p);
      }
    }
  }
  return placed;
}

// Places the nodes `newIds` (already in the graph) around `anchorId`; every other node keeps its position.
export function placeNewNodes(cy, anchorId, newIds) {
  const fresh = new Set(newIds);
  if (!fresh.size) return;
  const anchorNode = cy.getElementById(anchorId);
  const old = cy.nodes().filter((n) => !fresh.has(n.id()) && n.visible());
  const points = new Map(old.map((n) => [n.id(), n.position()]));
  const anchor = points.get(anchorId) || anchorNode.position();
  const segments = cy
    .edges()
    .filter((e) => points.has(e.source().id()) && points.has(e.target().id()))
    .map((e) => [points.get(e.source().id()), points.get(e.target().id())]);
  const positions = placeAround(anchor, fresh.size, [...points.values()], segments);
  cy.batch(() => {
    [...fresh].forEach((id, i) => {
      const p = positions[i] || { x: anchor.x + 60 * MAX_RINGS, y: anchor.y + 40 * i };
      cy.getElementById(id).position(p);
    });
  });
}

function outside(cy, node) {
  const p = node.renderedPosition();
  return p.x < 20 || p.y < 20 || p.x > cy.width() - 20 || p.y > cy.height() - 20;
}

// Brings the new nodes into view when some landed outside it (zooming out, never in), then waits for the paint.
export function revealAndPaint(cy, newIds) {
  const nodes = cy.collection(newIds.map((id) => cy.getElementById(id)));
  if (nodes.some((n) => outside(cy, n))) {
    const zoom = cy.zoom();
    cy.fit(cy.elements(":visible"), 30);
    if (cy.zoom() > zoom) {
      cy.zoom(zoom);
      cy.center(cy.elements(":visible"));
    }
  }
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
