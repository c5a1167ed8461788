// detente dashboard: the page router (#/network, #/dyad/A/B, #/events, #/map, #/questions[/id], #/ingest).

import { api, el, errorBox, show } from "./common.js";
import { renderNetwork } from "./network.js";
import { renderDyad } from "./dyad.js";
import { renderEvents } from "./events.js";
import { renderMap } from "./map.js";
import { renderQuestions, renderQuestion } from "./questions.js";
import { renderIngest } from "./ingest.js";

const context = { health: null };

async function route() {
  const parts = window.location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const page = parts[0] || "network";
  for (const link of document.querySelectorAll("#nav a[data-page]")) {
    link.classList.toggle("active", link.dataset.page === page);
  }
  try {
    if (page === "network") await renderNetwork(context);
    else if (page === "dyad") await renderDyad(context, parts[1], parts[2]);
    else if (page === "events") await renderEvents(context);
    else if (page === "map") await renderMap(context);
    else if (page === "questions" && parts[1]) await renderQuestion(context, parts[1]);
    else if (page === "questions") await renderQuestions(context);
    else if (page === "ingest") await renderIngest(context);
    else show(el("h1", {}, "Not found"), el("p", {}, `No page ${page}.`));
  } catch (err) {
    show(errorBox(err));
  }
  document.body.dataset.page = page;
  document.body.dataset.ready = "true";
}

export async function refreshHealth() {
  context.health = await api("/health");
  const s = context.health.store;
  document.getElementById("store-status").textContent =
    `${s.articles} articles · ${s.events} events (${s.asserted} asserted) · ${s.first_event_date || "–"} … ${s.last_event_date || "–"}`;
  return context.health;
}
context.refreshHealth = refreshHealth;

async function start() {
  const banner = document.getElementById("banner");
  if (typeof window.d3 === "undefined" || typeof window.topojson === "undefined") {
    banner.hidden = false;
    banner.textContent = "The dashboard's front-end libraries are not installed, so charts and the map cannot be drawn. "
      + "Run `make web-deps` (npm ci in src/detente/web) and reload. The REST API itself works: see /docs.";
    show(el("p", { class: "muted" }, "Charts need d3 and topojson-client (see above)."));
    document.body.dataset.ready = "true";
    return;
  }
  try {
    await refreshHealth();
  } catch (err) {
    show(errorBox(err));
    document.body.dataset.ready = "true";
    return;
  }
  window.addEventListener("hashchange", () => { document.body.dataset.ready = "false"; route(); });
  await route();
}

start();
