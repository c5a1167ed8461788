// detente dashboard: the watched questions (status cards) and one question's verdict with its evidence
// and its forecast log.

import { api, el, factualityBadge, show, statusBadge } from "./common.js";

export async function renderQuestions(context) {
  const questions = await api("/questions");
  const cards = questions.map((q) => el("div", { class: "card question", "data-question-id": q.question_id },
    el("a", { href: `#/questions/${encodeURIComponent(q.question_id)}` },
      el("h3", {}, q.text)),
    el("div", {}, statusBadge(q.status), " ",
      el("span", { class: "muted" }, `subjects ${q.subjects.join(", ")} · deadline ${q.deadline}`)),
    q.verdict ? el("p", { class: "muted" }, `${q.verdict.n_for} for, ${q.verdict.n_against} against · as of ${q.verdict.asof}`)
      : el("p", { class: "muted" }, "not evaluated yet")));
  show(el("h1", {}, "Watched questions"),
    el("p", { class: "muted" }, "Add questions with `detente questions add FILE` or POST /questions; every ingest re-evaluates them."),
    cards.length ? el("div", { class: "questions", id: "questions-list" }, cards)
      : el("p", { class: "muted", id: "questions-list" }, "No watched questions yet."));
}

export async function renderQuestion(context, questionId) {
  const path = `/questions/${encodeURIComponent(questionId)}`;
  const [q, forecasts] = await Promise.all([api(path), api(`${path}/forecasts`)]);
  const v = q.verdict;
  const facts = el("dl", { class: "kv" },
    el("dt", {}, "status"), el("dd", {}, statusBadge(q.status)),
    el("dt", {}, "subjects"), el("dd", {}, q.subjects.join(", ")),
    el("dt", {}, "open"), el("dd", {}, `${q.opened_on} until ${q.deadline} (exclusive)`),
    el("dt", {}, "resolves on"), el("dd", {}, `${q.factuality} events coded ${q.event_codes.join(", ") || "–"}`
      + (q.keywords.length ? ` mentioning ${q.keywords.join(" / ")}` : "")
      + (q.obligations.length ? `; or a treaty with a ${q.obligations.join(", ")} obligation (${q.treaty_stage})` : "")),
    v ? [el("dt", {}, "as of"), el("dd", {}, v.asof), el("dt", {}, "why"), el("dd", { id: "question-reason" }, v.reason)] : [],
    v && v.base_rate ? [el("dt", {}, "base rate"), el("dd", {}, `${v.base_rate.matching_events} matching events in `
      + `${v.base_rate.years.toFixed(1)} years; ${v.base_rate.upgraded} of ${v.base_rate.partnerships} partnerships later upgraded`)] : [],
    v && (v.treaties_for.length || v.treaties_against.length) ? [el("dt", {}, "treaties"),
      el("dd", {}, `for: ${v.treaties_for.join(", ") || "–"}; against: ${v.treaties_against.join(", ") || "–"}`)] : []);
  const evidence = v ? v.evidence : [];
  const list = el("ul", { class: "evidence", id: "question-evidence" }, evidence.map((item) => el("li", {},
    el("span", {}, item.event.sentence),
    el("div", { class: "meta" },
      el("span", { class: `badge ${item.stance === "for" ? "st-evidence_for" : "st-evidence_against"}` }, item.stance),
      factualityBadge(item.event.factuality), item.resolves ? el("strong", {}, "resolves") : null,
      el("span", {}, item.event.event_date || "undated"),
      el("span", {}, `${item.event.source_code || "–"} → ${item.event.event_code} → ${item.event.target_code || "–"}`),
      el("a", { href: `#/dyad/${item.event.source_code || ""}/${item.event.target_code || ""}` }, "dyad")))));
  show(el("p", {}, el("a", { href: "#/questions" }, "← all questions")), el("h1", {}, q.text),
    el("div", { class: "card" }, facts), el("h2", {}, `Evidence (${evidence.length})`),
    el("div", { class: "card" }, evidence.length ? list : el("p", { class: "muted", id: "question-evidence" }, "No evidence events yet.")),
    el("h2", {}, `Forecasts (${forecasts.length})`), el("div", { class: "card" }, forecastTable(forecasts, questionId)),
    q.resolution_sources ? el("p", { class: "muted" }, q.resolution_sources) : null);
}

function forecastTable(forecasts, questionId) {
  if (!forecasts.length) {
    return el("p", { class: "muted", id: "question-forecasts" },
      `No forecasts yet: log one with \`detente questions forecast ${questionId} P\` or POST /questions/${questionId}/forecasts.`);
  }
  return el("table", { id: "question-forecasts" },
    el("thead", {}, el("tr", {}, ["on", "by", "probability", "note"].map((h) => el("th", {}, h)))),
    el("tbody", {}, forecasts.map((f) => el("tr", {},
      el("td", {}, f.made_on), el("td", {}, f.by), el("td", { class: "num" }, f.probability.toFixed(2)),
      el("td", {}, f.note || "")))));
}
