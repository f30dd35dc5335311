// Edge labels only where they fit: an edge drawn shorter than its label (at the current zoom) hides it, so labels
// never pile up on short edges; hovering the edge (or its node) shows it anyway. Checked at most once a frame, on
// zoom and whenever elements are added or moved.

const CHAR_WIDTH = 0.58; // of the font size: an average width of a character of the sans-serif label font
const MARGIN = 36; // px left free along the edge for the two nodes it joins

export function labelFits(edge, zoom) {
  const label = edge.data("label") || "";
  const size = edge.pstyle("font-size").pfValue * zoom;
  const a = edge.source().position();
  const b = edge.target().position();
  const length = Math.hypot(b.x - a.x, b.y - a.y) * zoom;
  return length - MARGIN >= label.length * size * CHAR_WIDTH;
}

export function fitEdgeLabels(cy) {
  let scheduled = false;
  const check = () => {
    scheduled = false;
    const zoom = cy.zoom();
    const edges = cy.edges();
    // Zoomed out below readable labels, none is drawn anyway: nothing to restyle (keeps big first draws fast).
    if (
      edges.empty() ||
      edges[0].pstyle("font-size").pfValue * zoom < edges[0].pstyle("min-zoomed-font-size").pfValue
    ) {
      return;
    }
    cy.batch(() => {
      edges.forEach((edge) => {
        const cramped = !labelFits(edge, zoom);
        if (cramped !== edge.hasClass("label-cramped")) edge.toggleClass("label-cramped", cramped);
      });
    });
  };
  cy.on("zoom add position", () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
}
