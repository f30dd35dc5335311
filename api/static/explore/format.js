// Small text helpers shared by the panel and the lists. Everything user-visible goes through escapeHtml.

export function escapeHtml(value) {
  return String(value ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function formatMoney(money) {
  if (!money) return "";
  const n = money.amount;
  const units = [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
  ];
  for (const [size, word] of units) {
    if (Math.abs(n) >= size)
      return `${money.currency} ${(n / size).toLocaleString("en", { maximumFractionDigits: 2 })} ${word}`;
  }
  return `${money.currency} ${n.toLocaleString("en")}`;
}

// A relation's period with where its start comes from: a source's date, or (dated false) the later of its ends'
// beginnings, which the API derives when no source dated it.
export function formatValidity(item) {
  const period = formatPeriod(item.validFrom, item.validTo);
  const derived = item.dated === false && item.validFrom ? " (no source date: from when both ends existed)" : "";
  const ended = item.endedBefore ? ` · ended before ${item.endedBefore}` : "";
  return `${period}${derived}${ended}`;
}

// What a source is, in words: its publication date, or for a profile (or an undated article) when it was loaded.
export function sourceDate(source) {
  if (!source) return "undated";
  if (source.publishedAt) return source.publishedAt;
  const loaded = source.loadedAt ? `, loaded ${source.loadedAt.slice(0, 10)}` : "";
  return source.format === "profile" ? `profile${loaded}` : `undated ${source.format || "source"}${loaded}`;
}

export function formatPeriod(from, to) {
  if (!from && !to) return "period unknown";
  if (from && !to) return `since ${from}`;
  if (!from && to) return `until ${to}`;
  return `${from} – ${to}`;
}

export function formatValue(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value.toLocaleString("en");
  if (typeof value === "object" && "amount" in value && "currency" in value) return formatMoney(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

// The events a badge may show at the time slider's asOf ("2021", or null for all time): dated no later than its
// year. An undated event cannot be placed in time, so it shows only when no period is chosen.
export function eventsUpTo(events, asOf) {
  if (!asOf) return events || [];
  const year = asOf.slice(0, 4);
  return (events || []).filter((e) => e.date && e.date.slice(0, 4) <= year);
}

// Badge text for an event seen from the entity `selfId`: a signed percentage for price moves, "invested" on an
// investor of someone else's funding round, otherwise the kind and date.
export function eventBadge(event, selfId = null) {
  if (!event) return null;
  if (event.kind === "FUNDING_ROUND" && selfId && event.subject && event.subject.id !== selfId) {
    return { text: `◆ invested${event.date ? ` ${event.date}` : ""}`, dir: "none" };
  }
  if (event.kind === "PRICE_MOVE") {
    if (typeof event.pctChange === "number") {
      const dir = event.pctChange >= 0 ? "up" : "down";
      const arrow = dir === "up" ? "▲" : "▼";
      const sign = event.pctChange >= 0 ? "+" : "";
      return { text: `${arrow} ${sign}${event.pctChange.toFixed(1)}%`, dir };
    }
    if (event.direction === "up" || event.direction === "down") {
      return { text: event.direction === "up" ? "▲ up" : "▼ down", dir: event.direction };
    }
  }
  const kind = event.kind.toLowerCase().replaceAll("_", " ");
  return { text: `◆ ${kind}${event.date ? ` ${event.date}` : ""}`, dir: "none" };
}

// Partial dates compare as strings once padded: "2024" < "2024-03" < "2024-03-15". Undated sorts last.
export function compareDates(a, b) {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// The badge shows the latest price move (an undated one when no move is dated), or else the latest dated event.
export function latestBadgeEvent(events) {
  if (!events || !events.length) return null;
  const newestFirst = (list) => list.filter((e) => e.date).sort((x, y) => compareDates(y.date, x.date));
  const moves = events.filter((e) => e.kind === "PRICE_MOVE");
  return newestFirst(moves)[0] || moves[0] || newestFirst(events)[0] || null;
}
