// detente dashboard: the world map of event locations, drawn offline from world-atlas with d3-geo.

import { FACTUALITIES, QUAD_COLOURS, QUAD_NAMES, api, el, field, show } from "./common.js";

const WIDTH = 960;
const HEIGHT = 500;
const MAX_PAGES = 10;

export async function renderMap(context, factuality = "asserted") {
  const select = el("select", { name: "factuality" }, ...[...FACTUALITIES, "all"].map((f) =>
    el("option", { value: f, selected: f === factuality }, f)));
  const form = el("form", { class: "filters", id: "map-form" }, field("factuality", select),
    el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => { e.preventDefault(); renderMap(context, select.value); });
  const [world, events] = await Promise.all([
    fetch("/static/vendor/countries-110m.json").then((r) => {
      if (!r.ok) throw new Error("the world map (world-atlas) is not installed: run make web-deps");
      return r.json();
    }),
    allEvents(factuality),
  ]);
  const places = new Map();
  for (const e of events) {
    const loc = e.location;
    if (!loc || loc.lat === null || loc.lon === null) continue;
    const key = `${loc.name}|${loc.lat}|${loc.lon}`;
    const place = places.get(key) || { ...loc, count: 0, quads: { 1: 0, 2: 0, 3: 0, 4: 0 } };
    place.count += 1;
    place.quads[e.quad_class] += 1;
    places.set(key, place);
  }
  const located = [...places.values()];
  const legend = el("div", { class: "legend" }, "Dot colour: the most frequent kind of event there",
    ...[1, 2, 3, 4].map((q) => el("span", {}, el("span", { class: "dot", style: `background:${QUAD_COLOURS[q]}` }), QUAD_NAMES[q])),
    "· size = events");
  show(el("h1", {}, "Where events happened"),
    el("p", { class: "muted", id: "map-summary" },
      `${located.reduce((n, p) => n + p.count, 0)} of ${events.length} ${factuality === "all" ? "" : factuality + " "}events `
      + `have a location, at ${located.length} places.`),
    form, el("div", { class: "card", id: "map" }, legend, draw(world, located)));
}

async function allEvents(factuality) {
  const out = [];
  let cursor;
  for (let i = 0; i < MAX_PAGES; i += 1) {
    const page = await api("/events", { params: { factuality, limit: 1000, cursor } });
    out.push(...page.events);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return out;
}

function draw(world, places) {
  const d3 = window.d3;
  const land = window.topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const svg = d3.create("svg").attr("class", "map-svg").attr("viewBox", [0, 0, WIDTH, HEIGHT])
    .attr("width", WIDTH).attr("height", HEIGHT);
  svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  svg.append("g").selectAll("path").data(land.features).join("path").attr("class", "land").attr("d", path)
    .append("title").text((d) => d.properties.name);
  const radius = d3.scaleSqrt().domain([0, d3.max(places, (p) => p.count) || 1]).range([4, 18]);
  svg.append("g").selectAll("circle").data(places).join("circle").attr("class", "place")
    .attr("data-name", (p) => p.name)
    .attr("cx", (p) => projection([p.lon, p.lat])[0]).attr("cy", (p) => projection([p.lon, p.lat])[1])
    .attr("r", (p) => radius(p.count))
    .attr("fill", (p) => QUAD_COLOURS[[1, 2, 3, 4].reduce((a, b) => (p.quads[b] > p.quads[a] ? b : a), 1)])
    .append("title").text((p) => `${p.name}${p.country ? ` (${p.country})` : ""}: ${p.count} events`);
  return svg.node();
}
