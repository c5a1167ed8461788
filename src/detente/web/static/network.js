// detente dashboard: the actor network page: a force layout whose edges are coloured by relation state.

import { LEVEL_COLOURS, api, el, errorBox, field, levelBadge, show } from "./common.js";

const WIDTH = 900;
const HEIGHT = 600;

export async function renderNetwork(context, params = {}) {
  const since = el("input", { type: "date", name: "since", value: params.since || "" });
  const until = el("input", { type: "date", name: "until", value: params.until || "" });
  const form = el("form", { class: "filters", id: "network-form" },
    field("since", since), field("until", until), el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    renderNetwork(context, { since: since.value, until: until.value }).catch((err) => show(errorBox(err)));
  });
  const data = await api("/network", { params: { since: params.since, until: params.until, relations: "true" } });
  const side = el("div", { class: "side card", id: "network-side" },
    el("p", { class: "muted" }, "Click a country to see its relations; click a line to open the dyad."));
  const legend = el("div", { class: "legend" }, "Edges: relation state",
    ...Object.entries(LEVEL_COLOURS).map(([level, colour]) =>
      el("span", {}, el("span", { class: "swatch", style: `background:${colour}` }), level.replace("_", " "))),
    el("span", {}, "· width = events · node size = events · node colour = community"));
  const chart = el("div", { class: "grow card" }, legend);
  show(el("h1", {}, "Actor network"),
    el("p", { class: "muted" }, `${data.nodes.length} actors, ${data.edges.length} relations from asserted events; `
      + `${data.communities.length} communities.`), form, el("div", { class: "row" }, chart, side));
  if (!data.nodes.length) {
    chart.append(el("p", { class: "muted", id: "network-empty" }, "No asserted events between two actors in this window."));
    return;
  }
  chart.append(drawGraph(data, (code) => showActor(context, side, code)));
}

function drawGraph(data, onNode) {
  const d3 = window.d3;
  const nodes = data.nodes.map((n) => ({ ...n }));
  const links = data.edges.map((e) => ({ ...e }));
  const maxEvents = d3.max(nodes, (n) => n.events) || 1;
  const radius = d3.scaleSqrt().domain([0, maxEvents]).range([6, 26]);
  const community = d3.scaleOrdinal(d3.schemeTableau10);
  const svg = d3.create("svg").attr("id", "network-svg").attr("viewBox", [0, 0, WIDTH, HEIGHT])
    .attr("width", WIDTH).attr("height", HEIGHT);
  const link = svg.append("g").selectAll("line").data(links).join("line")
    .attr("class", "edge").attr("data-relation", (d) => d.relation || "")
    .attr("stroke", (d) => edgeColour(d)).attr("stroke-opacity", 0.85)
    .attr("stroke-width", (d) => 1.5 + Math.sqrt(d.events) * 1.5)
    .on("click", (event, d) => { window.location.hash = `#/dyad/${d.source.id || d.source}/${d.target.id || d.target}`; });
  link.append("title").text((d) => `${d.source} – ${d.target}: ${d.relation || "?"}; ${d.cooperation} cooperation, `
    + `${d.conflict} conflict events`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
    .attr("data-code", (d) => d.id).on("click", (event, d) => onNode(d.id));
  node.append("circle").attr("r", (d) => radius(d.events))
    .attr("fill", (d) => (d.community === null ? "#999" : community(d.community)));
  node.append("text").text((d) => d.id).attr("dy", (d) => -radius(d.events) - 4).attr("text-anchor", "middle");
  node.append("title").text((d) => `${d.id}: ${d.events} events, pagerank ${(d.pagerank || 0).toFixed(3)}`);
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(140))
    .force("charge", d3.forceManyBody().strength(-320))
    .force("x", d3.forceX(WIDTH / 2).strength(0.07))
    .force("y", d3.forceY(HEIGHT / 2).strength(0.1))
    .force("collide", d3.forceCollide().radius((d) => radius(d.events) + 12))
    .stop();
  simulation.tick(300);  // lay out now, so the picture is stable (and the same for every screenshot)
  for (const n of nodes) {
    n.x = Math.max(30, Math.min(WIDTH - 30, n.x));
    n.y = Math.max(36, Math.min(HEIGHT - 20, n.y));
  }
  link.attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y).attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y);
  node.attr("transform", (d) => `translate(${d.x},${d.y})`);
  return svg.node();
}

function edgeColour(edge) {
  if (edge.relation && LEVEL_COLOURS[edge.relation]) return LEVEL_COLOURS[edge.relation];
  if (edge.cooperation > edge.conflict) return LEVEL_COLOURS.cooperative;
  if (edge.conflict > edge.cooperation) return LEVEL_COLOURS.hostile;
  return LEVEL_COLOURS.neutral;
}

async function showActor(context, side, code) {
  side.replaceChildren(el("p", { class: "muted" }, `Loading ${code}…`));
  const on = context.health && context.health.store.last_event_date;
  try {
    const [actor, states] = await Promise.all([api(`/actors/${encodeURIComponent(code)}`),
      api(`/relations/${encodeURIComponent(code)}`, { params: { on } })]);
    const rows = states.map((s) => el("tr", {},
      el("td", {}, el("a", { href: `#/dyad/${s.a}/${s.b}` }, s.b)), el("td", {}, levelBadge(s.level)),
      el("td", {}, s.trend), el("td", { class: "num" }, s.n_events)));
    side.replaceChildren(el("h2", {}, `${actor.name || code} (${code})`),
      el("p", { class: "muted" }, `${actor.events.asserted} asserted of ${actor.events.total} events`
        + (on ? ` · relations as of ${on}` : "")),
      rows.length ? el("table", { id: "relations-table" },
        el("thead", {}, el("tr", {}, el("th", {}, "with"), el("th", {}, "state"), el("th", {}, "trend"), el("th", {}, "events"))),
        el("tbody", {}, rows)) : el("p", { class: "muted" }, "No relations in the window."));
  } catch (err) {
    side.replaceChildren(errorBox(err));
  }
}
