// EngagementTracker's page: sign in with an API key, find an official by any spelling, read their engagements
// and the commitments board, and replay both to any date. Everything shown comes from the API.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const KEY = "engagementtracker.key";
  const kinds = {
    visit: "Visit", meeting: "Meeting", commitment_made: "Commitment made", commitment_assessed: "Commitment assessed",
    criticism_raised: "Criticism", recommendation_made: "Recommendation", praise_expressed: "Praise",
  };
  const columns = [["open", "Open"], ["partially_met", "Partially met"], ["met", "Met"], ["unmet", "Unmet"], ["withdrawn", "Withdrawn"]];
  const state = { official: null, officialName: "" };

  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (name === "class") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else if (name === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(name, value);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  };

  const say = (message, error = false) => { $("status").textContent = message; $("status").classList.toggle("error", error); };
  const asOf = () => $("asof").value || null;
  const withAsOf = (path) => asOf() ? `${path}${path.includes("?") ? "&" : "?"}asOf=${asOf()}` : path;

  async function api(path, { text = false } = {}) {
    const response = await fetch(path, { headers: { "X-Api-Key": sessionStorage.getItem(KEY) || "" } });
    if (response.status === 401) { signOut(); throw new Error("Your key was not accepted: sign in again."); }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || problem.title || `The API answered ${response.status}.`);
    }
    return text ? response.text() : response.json();
  }

  async function signIn(key) {
    sessionStorage.setItem(KEY, key);
    try {
      const me = await api("/api/me");
      $("who-name").textContent = `${me.name} (${me.role})`;
      $("signin").hidden = true; $("who").hidden = false; $("app").hidden = false;
      say(`Signed in as ${me.name}.`);
      await loadBoard();
      $("q").focus();
    } catch (e) { say(e.message, true); }
  }

  function signOut() {
    sessionStorage.removeItem(KEY);
    $("signin").hidden = false; $("who").hidden = true; $("app").hidden = true;
    $("key").value = ""; $("key").focus();
  }

  async function search(q) {
    const found = await api(withAsOf(`/api/officials?search=${encodeURIComponent(q)}`));
    const list = $("results");
    list.replaceChildren(...found.actors.map((a) => el("li", {},
      el("button", { type: "button", "aria-pressed": String(a.id === state.official), onclick: () => choose(a) },
        a.name, a.aliases.length ? el("span", { class: "meta" }, ` (${a.aliases.slice(0, 2).join(", ")})`) : null))));
    say(found.count === 0 ? `No official is known by “${q}”.` : `${found.count} official${found.count === 1 ? "" : "s"} found.`);
    if (found.count === 1) await choose(found.actors[0]);
  }

  async function choose(actor) {
    state.official = actor.id; state.officialName = actor.name;
    for (const b of $("results").querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.textContent.startsWith(actor.name)));
    await loadTimeline();
  }

  const sourceLink = (account) => el("button", {
    type: "button", class: "link",
    "aria-label": `Evidence from document ${account.source.documentId}: ${account.source.quote}`,
    onclick: () => showEvidence(account.source),
  }, `“${account.source.quote.length > 80 ? account.source.quote.slice(0, 77) + "…" : account.source.quote}”`);

  const uncertainBadge = (on) => on ? el("span", { class: "badge uncertain", title: "May or may not have happened by the as-of date" }, "uncertain") : null;

  async function loadTimeline() {
    if (!state.official) return;
    const history = await api(withAsOf(`/api/actors/${encodeURIComponent(state.official)}/history`));
    $("timeline-title").textContent = `Engagements of ${history.actor.name}${asOf() ? ` as of ${asOf()}` : ""}`;
    $("timeline-empty").textContent = history.count === 0 ? "Nothing yet on that date." : "";
    $("timeline").replaceChildren(...history.engagements.map((e) => el("li", { dataset: { occurred: e.occurred, kind: e.kind } },
      el("div", { class: "when" }, e.occurred, el("span", { class: "badge kind" }, kinds[e.kind] || e.kind), uncertainBadge(e.uncertain)),
      e.roleAtTheTime.length ? el("p", { class: "meta role" }, `as ${e.roleAtTheTime.join("; ")}`) : null,
      el("p", { class: "what" },
        e.counterparts.map((c) => c.roleAtTheTime.length ? `${c.name} (${c.roleAtTheTime.join("; ")})` : c.name).join(", "),
        e.place ? ` · ${e.place}` : "", e.commitment ? ` · ${e.commitment}` : (e.topic ? ` · ${e.topic}` : "")),
      el("ul", { class: "meta sources", "aria-label": "Sources" }, e.accounts.map((a) =>
        el("li", {}, `${a.occurred}, ${a.source.documentId}: `, sourceLink(a)))))));
    say(`${history.count} engagement${history.count === 1 ? "" : "s"} of ${history.actor.name}` +
        `${asOf() ? ` as of ${asOf()}` : ""}${history.uncertain ? `, ${history.uncertain} uncertain` : ""}.`);
  }

  async function loadBoard() {
    const board = await api(withAsOf("/api/commitments"));
    $("board-title").textContent = `Commitments board${asOf() ? ` as of ${asOf()}` : ""}`;
    $("board").replaceChildren(...columns
      .filter(([status]) => status !== "withdrawn" || board.byStatus.withdrawn > 0)
      .map(([status, title]) => el("section", { class: "column", dataset: { status }, "aria-label": title },
        el("h3", {}, `${title} (${board.byStatus[status] || 0})`),
        el("ul", {}, board.commitments.filter((c) => c.status === status).map(card)))));
  }

  const card = (c) => el("li", { class: "card", dataset: { id: c.id } },
    el("p", {}, el("strong", {}, c.statement), uncertainBadge(c.uncertain),
      c.overdue ? el("span", { class: "badge overdue" }, `overdue since ${c.deadline}`) : null),
    el("p", { class: "meta" }, `by ${c.makers.map((m) => m.name).join(", ")} · made ${c.made.map((m) => m.occurred).join(" / ")}` +
      (c.datesDisagree ? " (sources disagree)" : "") + (c.contested ? " · assessments disagree" : "")),
    c.trail.length || c.made.length ? el("details", {},
      el("summary", {}, `Trail (${c.trail.length} assessment${c.trail.length === 1 ? "" : "s"})`),
      el("ol", { class: "trail" },
        c.made.map((m) => el("li", {}, `made ${m.occurred}${m.place ? ` in ${m.place}` : ""}: `, sourceLink(m))),
        c.trail.map((a) => el("li", {}, `${a.status.replace("_", " ")} ${a.occurred} per ${a.actors.map((x) => x.name).join(", ")}`,
          uncertainBadge(a.uncertain), a.recordedBy ? el("span", { class: "meta" }, ` (recorded by ${a.recordedBy})`) : null, ": ", sourceLink(a))))) : null);

  async function showEvidence(source) {
    const text = await api(`/api/documents/${encodeURIComponent(source.documentId)}/text`, { text: true });
    const mark = el("mark", { id: "evidence-mark" }, text.slice(source.start, source.start + source.length));
    $("evidence-text").replaceChildren(text.slice(0, source.start), mark, text.slice(source.start + source.length));
    $("evidence-source").textContent = `Document ${source.documentId}, characters ${source.start}–${source.start + source.length}.`;
    $("evidence").showModal();
    mark.scrollIntoView({ block: "center" });
    $("evidence-close").focus();
  }

  const guard = (work) => async (event) => { event?.preventDefault(); try { await work(event); } catch (e) { say(e.message, true); } };
  $("signin").addEventListener("submit", guard(() => signIn($("key").value.trim())));
  $("signout").addEventListener("click", () => { signOut(); say("Signed out."); });
  $("search").addEventListener("submit", guard(() => search($("q").value.trim())));
  $("asof").addEventListener("change", guard(async () => { await Promise.all([loadTimeline(), loadBoard()]); }));
  $("today").addEventListener("click", guard(async () => { $("asof").value = ""; await Promise.all([loadTimeline(), loadBoard()]); }));
  $("evidence-close").addEventListener("click", () => $("evidence").close());
  if (sessionStorage.getItem(KEY)) signIn(sessionStorage.getItem(KEY)); else $("key").focus();
})();
