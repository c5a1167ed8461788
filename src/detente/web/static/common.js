// detente dashboard: shared helpers: the REST client, DOM building, badges and evidence highlighting.
// The dashboard talks only to the REST API of the server that serves it.

export const LEVEL_COLOURS = {
  at_war: "#7f0000", hostile: "#d7301f", tense: "#fc8d59", neutral: "#9e9e9e",
  cooperative: "#91cf60", partnered: "#1a9850", allied: "#006837",
};
export const QUAD_COLOURS = { 1: "#91cf60", 2: "#1a9850", 3: "#fc8d59", 4: "#d7301f" };
export const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
export const FACTUALITIES = ["asserted", "negated", "hypothetical", "future", "question"];

/** An error answered by the API: carries its {code, message, hint} body. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : `HTTP ${status}`);
    this.status = status;
    this.code = body && body.code ? body.code : `HTTP ${status}`;
    this.hint = body && body.hint ? body.hint : "";
  }
}

/** Call the REST API: GET by default; `body` is sent as JSON; the stored token goes with writes. */
export async function api(path, { method = "GET", body, params } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = getToken();
  if (method !== "GET" && token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export function getToken() { return window.localStorage.getItem("detente-token") || ""; }
export function setToken(value) { window.localStorage.setItem("detente-token", value || ""); }

/** Build an element: el("td", {class: "num"}, "3", childNode, ...). Text is always set as text (never HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The box that shows an API error: code, message and hint. */
export function errorBox(err) {
  const code = err && err.code ? err.code : "error";
  const hint = err && err.hint ? el("div", { class: "muted" }, `hint: ${err.hint}`) : null;
  return el("div", { class: "error", role: "alert" }, el("code", {}, code), " ", err.message || String(err), hint);
}

export function factualityBadge(value) { return el("span", { class: `badge f-${value}`, title: "factuality" }, value); }
export function levelBadge(value) { return el("span", { class: `badge lvl-${value}` }, (value || "").replace("_", " ")); }
export function statusBadge(value) { return el("span", { class: `badge st-${value}` }, (value || "").replaceAll("_", " ")); }

/** The actor of an event slot as a short label: "RUSGOV (Vladimir Putin)". */
export function actorLabel(slot) {
  if (!slot) return "–";
  return slot.name && slot.name !== slot.actor_code ? `${slot.actor_code} (${slot.name})` : slot.actor_code;
}

/** The evidence sentence with the source and target mentions marked (first match of each, no overlaps). */
export function highlightedSentence(event) {
  const text = event.evidence.text;
  const marks = [];
  for (const [slot, cls] of [[event.source, "src"], [event.target, "tgt"]]) {
    if (!slot || !slot.mention) continue;
    let at = text.indexOf(slot.mention);
    if (at < 0) at = text.toLowerCase().indexOf(slot.mention.toLowerCase());
    while (at >= 0 && marks.some((m) => at < m.end && at + slot.mention.length > m.start)) {
      at = text.indexOf(slot.mention, at + 1);
    }
    if (at >= 0) marks.push({ start: at, end: at + slot.mention.length, cls, title: `${cls === "src" ? "source" : "target"}: ${slot.actor_code}` });
  }
  marks.sort((a, b) => a.start - b.start);
  const span = el("span", { class: "sentence-text" });
  let pos = 0;
  for (const m of marks) {
    span.append(text.slice(pos, m.start), el("mark", { class: m.cls, title: m.title }, text.slice(m.start, m.end)));
    pos = m.end;
  }
  span.append(text.slice(pos));
  return span;
}

/** One evidence item: the highlighted sentence, then date, code, actors, factuality and Goldstein. */
export function evidenceItem(event) {
  return el("li", { "data-event-id": event.event_id },
    highlightedSentence(event),
    el("div", { class: "meta" },
      factualityBadge(event.factuality),
      el("span", {}, event.event_date || "undated"),
      el("span", {}, `${actorLabel(event.source)} → ${event.event_code} ${event.plover.event_type} → ${actorLabel(event.target)}`),
      el("span", {}, `Goldstein ${event.goldstein.toFixed(1)}`),
      el("span", {}, `article ${event.article_id}`)));
}

/** Replace the page content. */
export function show(...nodes) {
  const main = document.getElementById("main");
  main.replaceChildren(...nodes);
  return main;
}

/** A labelled input for a filter form. */
export function field(label, input) { return el("label", {}, label, input); }
