// detente dashboard: the event table with the CLI's filters and cursor pagination.

import { FACTUALITIES, actorLabel, api, el, errorBox, factualityBadge, field, highlightedSentence, show } from "./common.js";

export async function renderEvents(context) {
  const inputs = {
    actor: el("input", { class: "code", name: "actor", placeholder: "RUS" }),
    dyad: el("input", { name: "dyad", placeholder: "RUS,IRN", size: 9 }),
    code: el("input", { name: "code", placeholder: "19", size: 5 }),
    since: el("input", { type: "date", name: "since" }),
    until: el("input", { type: "date", name: "until" }),
    factuality: el("select", { name: "factuality" }, ...[...FACTUALITIES, "all"].map((f) =>
      el("option", { value: f, selected: f === "asserted" }, f))),
    limit: el("select", { name: "limit" }, ...[10, 25, 50, 100, 200].map((n) => el("option", { value: n, selected: n === 50 }, n))),
  };
  const form = el("form", { class: "filters", id: "events-form" },
    ...Object.entries(inputs).map(([name, input]) => field(name, input)), el("button", { type: "submit" }, "Filter"));
  const results = el("div", { id: "events-results" });
  show(el("h1", {}, "Events"), form, results);
  const pages = [];  // cursors of the pages seen, for "previous"
  async function load(cursor) {
    const params = Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value.trim()]));
    params.cursor = cursor;
    try {
      const page = await api("/events", { params });
      results.replaceChildren(table(page), pager(page, cursor));
    } catch (err) {
      results.replaceChildren(errorBox(err));
    }
  }
  function pager(page, cursor) {
    const prev = el("button", { type: "button", class: "secondary", id: "events-prev", disabled: !pages.length },
      "Previous");
    prev.addEventListener("click", () => { pages.pop(); load(pages.length ? pages[pages.length - 1] : undefined); });
    const next = el("button", { type: "button", class: "secondary", id: "events-next", disabled: !page.next_cursor }, "Next");
    next.addEventListener("click", () => { pages.push(page.next_cursor); load(page.next_cursor); });
    return el("div", { class: "pager" }, prev, next,
      el("span", { class: "muted", id: "events-count" }, `${page.count} shown of ${page.total} matching events`));
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); pages.length = 0; load(undefined); });
  await load(undefined);
}

function table(page) {
  const head = el("tr", {}, ...["date", "source", "event", "target", "factuality", "Goldstein", "sentence", "place"]
    .map((h) => el("th", {}, h)));
  const rows = page.events.map((e) => el("tr", { "data-event-id": e.event_id },
    el("td", {}, e.event_date || "–"),
    el("td", {}, actorLabel(e.source)),
    el("td", {}, el("span", { title: e.plover.event_type }, `${e.event_code} ${e.plover.event_type}`)),
    el("td", {}, actorLabel(e.target)),
    el("td", {}, factualityBadge(e.factuality)),
    el("td", { class: "num" }, e.goldstein.toFixed(1)),
    el("td", { class: "sentence" }, highlightedSentence(e)),
    el("td", {}, e.location ? e.location.name : "")));
  return el("table", { id: "events-table" }, el("thead", {}, head), el("tbody", {}, rows));
}
