// The expansions the user can undo, last first: what each one added to the graph and what it changed, so that
// "Undo expansion" puts the graph back exactly as it was drawn before (positions included).

export class Expansions {
  constructor() {
    this.stack = [];
  }

  get size() {
    return this.stack.length;
  }

  clear() {
    this.stack = [];
  }

  // Snapshot before an expansion of `id`; call the returned function once the new elements are in the graph.
  begin(cy, id, wasSource) {
    const before = new Set(cy.elements().map((el) => el.id()));
    const node = cy.getElementById(id);
    const wasExpanded = Boolean(node.data("expanded"));
    return (label) => {
      const added = cy.elements().filter((el) => !before.has(el.id()));
      if (added.empty()) return null;
      const entry = { id, label, wasExpanded, wasSource, added: added.map((el) => el.id()) };
      this.stack.push(entry);
      return entry;
    };
  }

  // Removes what the last expansion added; returns it (or null when there is none).
  undo(cy) {
    const entry = this.stack.pop();
    if (!entry) return null;
    cy.batch(() => {
      for (const id of entry.added) cy.getElementById(id).remove();
      const node = cy.getElementById(entry.id);
      if (node.nonempty()) node.data("expanded", entry.wasExpanded);
    });
    return entry;
  }
}
