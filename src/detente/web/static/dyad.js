// detente dashboard: the dyad page: the cooperation/conflict timeline of two actors and the evidence sentences.

import { QUAD_COLOURS, QUAD_NAMES, api, el, evidenceItem, field, levelBadge, show } from "./common.js";

const WIDTH = 900;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 44 };

export async function renderDyad(context, a, b, by = "month") {
  const inputA = el("input", { class: "code", name: "a", value: a || "RUS", required: true });
  const inputB = el("input", { class: "code", name: "b", value: b || "IRN", required: true });
  const period = el("select", { name: "by" }, ...["day", "week", "month"].map((p) =>
    el("option", { value: p, selected: p === by }, p)));
  const form = el("form", { class: "filters", id: "dyad-form" }, field("actor A", inputA), field("actor B", inputB),
    field("period", period), el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const target = `#/dyad/${inputA.value.trim().toUpperCase()}/${inputB.value.trim().toUpperCase()}`;
    if (window.location.hash === target) renderDyad(context, inputA.value.toUpperCase(), inputB.value.toUpperCase(), period.value);
    else window.location.hash = target;
  });
  if (!a || !b) {
    show(el("h1", {}, "Dyad"), form, el("p", { class: "muted" }, "Choose two actors or countries (e.g. RUS and IRN)."));
    return;
  }
  const on = context.health && context.health.store.last_event_date;
  const [series, events, states] = await Promise.all([
    api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { params: { by } }),
    api("/events", { params: { dyad: `${a},${b}`, factuality: "all", limit: 200 } }),
    api(`/relations/${encodeURIComponent(a)}`, { params: { on } }),
  ]);
  const state = states.find((s) => s.b === b || s.b === b.slice(0, 3));
  const summary = el("div", { class: "card", id: "dyad-state" },
    state ? el("div", {}, "Relation ", levelBadge(state.level), ` (${state.trend}) as of ${state.on}: `,
      el("span", { class: "muted" }, state.reasons.join("; ")))
      : el("span", { class: "muted" }, `No asserted events between ${a} and ${b} in the 180 days before ${on || "today"}.`));
  const chart = el("div", { class: "card", id: "dyad-timeline" },
    el("div", { class: "legend" }, ...[1, 2, 3, 4].map((q) =>
      el("span", {}, el("span", { class: "dot", style: `background:${QUAD_COLOURS[q]}` }), QUAD_NAMES[q])),
      el("span", {}, "· cooperation above the axis, conflict below")));
  if (series.points.length) chart.append(drawTimeline(series));
  else chart.append(el("p", { class: "muted" }, "No dated asserted events between these actors."));
  const list = el("ul", { class: "evidence", id: "dyad-evidence" }, events.events.map(evidenceItem));
  show(el("h1", {}, `${a} ↔ ${b}`), form, summary,
    el("h2", {}, `Timeline by ${by}: ${series.total} asserted events` + (series.undated ? ` (+${series.undated} undated)` : "")),
    chart,
    el("h2", {}, `Evidence: ${events.total} events of every factuality`),
    el("div", { class: "legend" }, el("mark", { class: "src" }, "source"), el("mark", { class: "tgt" }, "target")),
    el("div", { class: "card" }, events.events.length ? list : el("p", { class: "muted" }, "No events.")));
}

function drawTimeline(series) {
  const d3 = window.d3;
  const points = series.points;
  const x = d3.scaleBand().domain(points.map((p) => p.period)).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.2);
  const maxUp = d3.max(points, (p) => p.cooperation) || 0;
  const maxDown = d3.max(points, (p) => p.conflict) || 0;
  const top = Math.max(maxUp, maxDown, 1);
  const y = d3.scaleLinear().domain([-top, top]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const svg = d3.create("svg").attr("viewBox", [0, 0, WIDTH, HEIGHT]).attr("width", WIDTH).attr("height", HEIGHT);
  const stacks = [
    { key: "verbal_cooperation", quad: 1, sign: 1, base: () => 0 },
    { key: "material_cooperation", quad: 2, sign: 1, base: (p) => p.verbal_cooperation },
    { key: "verbal_conflict", quad: 3, sign: -1, base: () => 0 },
    { key: "material_conflict", quad: 4, sign: -1, base: (p) => p.verbal_conflict },
  ];
  for (const s of stacks) {
    svg.append("g").selectAll("rect").data(points.filter((p) => p[s.key] > 0)).join("rect")
      .attr("class", `bar q${s.quad}`).attr("fill", QUAD_COLOURS[s.quad]).attr("x", (p) => x(p.period))
      .attr("width", x.bandwidth())
      .attr("y", (p) => (s.sign > 0 ? y(s.base(p) + p[s.key]) : y(-s.base(p))))
      .attr("height", (p) => Math.abs(y(0) - y(p[s.key])))
      .append("title").text((p) => `${p.period}: ${p[s.key]} ${QUAD_NAMES[s.quad]}`);
  }
  const step = Math.ceil(points.length / 12);
  svg.append("g").attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(d3.axisBottom(x).tickValues(points.filter((_, i) => i % step === 0).map((p) => p.period)));
  svg.append("g").attr("transform", `translate(${MARGIN.left},0)`)
    .call(d3.axisLeft(y).ticks(6).tickFormat((v) => Math.abs(v)));
  svg.append("line").attr("x1", MARGIN.left).attr("x2", WIDTH - MARGIN.right).attr("y1", y(0)).attr("y2", y(0))
    .attr("stroke", "#333");
  return svg.node();
}
