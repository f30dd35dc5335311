// A keyboard-reachable search box with fuzzy suggestions from the `search` query (ARIA combobox pattern):
// type to get suggestions, ArrowDown/ArrowUp to move, Enter to choose, Escape to close. Nothing is selected until an
// arrow key moves, so Enter alone opens only an exact name (or the one suggestion there is).

import { gql } from "./api.js";
import { escapeHtml } from "./format.js";
import { SEARCH } from "./queries.js";
import { groupOf } from "./style.js";

const DEBOUNCE_MS = 150;

export class Combo {
  constructor(input, list, { onChoose, onError, onNoMatch, onAmbiguous = () => {} }) {
    this.input = input;
    this.list = list;
    this.onChoose = onChoose;
    this.onError = onError;
    this.onNoMatch = onNoMatch;
    this.onAmbiguous = onAmbiguous;
    this.hits = [];
    this.active = -1;
    this.seq = 0;
    this.timer = null;
    this.chosen = null;
    input.addEventListener("input", () => this.typed());
    input.addEventListener("keydown", (e) => this.key(e));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    list.addEventListener("mousedown", (e) => e.preventDefault()); // keep focus in the input while clicking
    list.addEventListener("click", (e) => {
      const li = e.target.closest("li[data-index]");
      if (li) this.choose(Number(li.dataset.index));
    });
  }

  typed() {
    this.chosen = null;
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!text) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.fetch(text);
    }, DEBOUNCE_MS);
  }

  async fetch(text) {
    const seq = ++this.seq;
    this.input.setAttribute("aria-busy", "true");
    try {
      const data = await gql(SEARCH, { text, limit: 8 });
      if (seq !== this.seq) return; // a newer keystroke already asked
      this.hits = data.search;
      this.render(text);
      return this.hits;
    } catch (err) {
      if (seq === this.seq) this.onError(err);
      return null;
    } finally {
      if (seq === this.seq) this.input.removeAttribute("aria-busy");
    }
  }

  render(text) {
    this.active = -1;
    this.list.dataset.for = text; // which text these suggestions answer (typing may have moved on)
    if (!this.hits.length) {
      this.list.innerHTML = `<li class="empty" data-testid="no-suggestions" role="option" aria-disabled="true">No entity matches “${escapeHtml(text)}”</li>`;
    } else {
      this.list.innerHTML = this.hits
        .map((hit, i) => {
          const e = hit.entity;
          const group = groupOf(e);
          const via =
            hit.matched && hit.matched !== e.name ? ` <small>matched “${escapeHtml(hit.matched)}”</small>` : "";
          return `<li id="${this.list.id}-${i}" role="option" data-index="${i}" data-testid="suggestion" data-id="${escapeHtml(e.id)}"
                      aria-selected="${i === this.active}">
              <span class="swatch" style="background:${group.colour}" aria-hidden="true"></span>
              <span class="name">${escapeHtml(e.name)}</span>${via}
              <span class="meta">${escapeHtml(group.label)}</span></li>`;
        })
        .join("");
    }
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.highlight();
  }

  highlight() {
    for (const li of this.list.querySelectorAll("li[data-index]")) {
      const on = Number(li.dataset.index) === this.active;
      li.setAttribute("aria-selected", String(on));
      li.classList.toggle("active", on);
      if (on) li.scrollIntoView({ block: "nearest" });
    }
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
    else this.input.removeAttribute("aria-activedescendant");
  }

  async key(e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (this.list.hidden && this.hits.length) {
        this.list.hidden = false;
        this.input.setAttribute("aria-expanded", "true");
      }
      if (!this.hits.length) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      const count = this.hits.length;
      this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
      this.highlight();
    } else if (e.key === "Enter") {
      e.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      if (this.list.hidden || this.list.dataset.for !== text) {
        // Enter before the suggestions for this text arrived: ask now, then take the best hit.
        clearTimeout(this.timer);
        this.timer = null;
        const hits = await this.fetch(text);
        if (hits === null) return;
      }
      if (this.active >= 0) this.choose(this.active);
      else if (this.exactHit(text) >= 0) this.choose(this.exactHit(text));
      else if (this.hits.length === 1) this.choose(0);
      else if (this.hits.length) this.onAmbiguous(text, this.hits.length);
      else this.onNoMatch(text);
    } else if (e.key === "Escape") {
      this.close();
    }
  }

  // The suggestion whose name (or matched alias) is the typed text, ignoring case and accents.
  exactHit(text) {
    const key = normalise(text);
    return this.hits.findIndex((hit) => normalise(hit.entity.name) === key || normalise(hit.matched || "") === key);
  }

  choose(index) {
    const hit = this.hits[index];
    if (!hit) return;
    this.chosen = hit.entity;
    this.input.value = hit.entity.name;
    this.input.dataset.entityId = hit.entity.id;
    this.close();
    this.onChoose(hit.entity);
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  // What a path end refers to: the chosen entity's id, or else the typed name (paths accepts names too).
  value() {
    if (this.chosen) return this.chosen.id;
    return this.input.value.trim();
  }

  set(entity) {
    this.chosen = entity;
    this.input.value = entity.name;
    this.input.dataset.entityId = entity.id;
  }
}

function normalise(text) {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
}
