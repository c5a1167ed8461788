// detente dashboard: the ingest box: paste or upload an article, POST it to /articles, see its coded events.

import { api, el, errorBox, evidenceItem, field, getToken, setToken, show } from "./common.js";

export async function renderIngest(context) {
  const text = el("textarea", { name: "text", id: "ingest-text", placeholder: "Paste the article body here…" });
  const title = el("input", { name: "title", size: 40 });
  const published = el("input", { type: "date", name: "published_on", id: "ingest-date" });
  const ident = el("input", { name: "id", size: 16, placeholder: "(content hash)" });
  const file = el("input", { type: "file", id: "ingest-file", accept: ".txt,.json,.jsonl,text/plain,application/json" });
  const token = el("input", { type: "password", id: "ingest-token", size: 18, value: getToken(), placeholder: "if the server has one" });
  const submit = el("button", { type: "submit", id: "ingest-submit" }, "Code and store");
  const output = el("div", { id: "ingest-result" });
  const form = el("form", { id: "ingest-form" },
    el("div", { class: "filters" }, field("title", title), field("published on", published), field("id", ident),
      field("API token", token), field("or upload .txt / .jsonl", file)),
    text, el("div", { class: "pager" }, submit,
      el("span", { class: "muted" }, "The first article loads the language model (a few seconds).")));
  file.addEventListener("change", async () => {
    const chosen = file.files && file.files[0];
    if (chosen) text.value = await chosen.text();
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    setToken(token.value.trim());
    let body;
    try {
      body = articlesFrom(text.value, { id: ident.value.trim(), title: title.value.trim(), published_on: published.value });
    } catch (err) {
      output.replaceChildren(errorBox(err));
      return;
    }
    submit.disabled = true;
    output.replaceChildren(el("p", { class: "muted" }, "Coding…"));
    try {
      const result = await api("/articles", { method: "POST", body });
      output.replaceChildren(...report(result));
      if (context.refreshHealth) await context.refreshHealth();
    } catch (err) {
      output.replaceChildren(errorBox(err));
    } finally {
      submit.disabled = false;
    }
  });
  show(el("h1", {}, "Ingest an article"), el("div", { class: "card" }, form), output);
}

/** The request body: JSON lines or a JSON array/object are sent as they are; plain text becomes one article. */
function articlesFrom(value, meta) {
  const raw = value.trim();
  if (!raw) throw new Error("paste an article, or upload a file, first");
  if (raw.startsWith("[") || raw.startsWith("{")) {
    const lines = raw.split("\n").filter((l) => l.trim());
    if (raw.startsWith("{") && lines.length > 1 && lines.every((l) => l.trim().startsWith("{"))) {
      return lines.map((l) => JSON.parse(l));
    }
    return JSON.parse(raw);
  }
  const article = { text: raw };
  for (const [key, v] of Object.entries(meta)) if (v) article[key] = v;
  return article;
}

function report(result) {
  const parts = [el("h2", {}, `Run ${result.run_id}: ${result.articles.length} article(s), ${result.events} events`)];
  for (const article of result.articles) {
    parts.push(el("div", { class: "card ingest-article", "data-article-id": article.article_id },
      el("strong", {}, article.title || article.article_id),
      el("span", { class: "muted" }, ` · ${article.article_id} · ${article.published_on || "no date"}`
        + (article.already_stored ? " · already stored (not coded again)" : "")),
      article.events.length ? el("ul", { class: "evidence" }, article.events.map(evidenceItem))
        : el("p", { class: "muted" }, "No events were coded from this article.")));
  }
  for (const p of result.problems) parts.push(errorBox({ message: `${p.source}: ${p.message}`, code: p.code, hint: p.hint }));
  return parts;
}
