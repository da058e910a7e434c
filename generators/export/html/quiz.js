// The quiz page: one question at a time, feedback with the source sentence, a score at the end,
// progress in localStorage. Text from the deck is only ever set with textContent.
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("deck-data").textContent);
  Answers.setLexicon(DATA.lexicon);
  const QUESTIONS = DATA.questions;
  const card = document.getElementById("card");
  const status = document.getElementById("status");
  const bar = document.getElementById("bar");
  const CLOZE = /\{\{c\d+::(.*?)(?:::([^}]*))?\}\}/g;
  let state = load();

  function load() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(DATA.key) || "null");
      if (saved && Array.isArray(saved.results) && saved.results.length <= QUESTIONS.length) return saved;
    } catch (e) { /* storage refused (private mode, file://): start afresh */ }
    return { results: [] };
  }

  function save() {
    try { window.localStorage.setItem(DATA.key, JSON.stringify(state)); } catch (e) { /* keep going */ }
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function seeded(text) {
    let h = 2166136261;
    for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
    return function () {
      h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
      h = Math.imul(h ^ (h >>> 13), 3266489909) >>> 0;
      return ((h ^= h >>> 16) >>> 0) / 4294967296;
    };
  }

  function shuffled(items, key) {
    const out = items.slice(), rand = seeded(key);
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  function score() {
    return state.results.filter((r) => r.correct).length;
  }

  function header(current) {
    const done = state.results.length;
    status.textContent = "Question " + current + " sur " + QUESTIONS.length + " · score " + score();
    bar.style.width = (100 * done / QUESTIONS.length) + "%";
  }

  function promptNode(q) {
    const p = el("p", { class: "prompt", id: "prompt" });
    if (q.kind === "cloze") {
      let last = 0;
      for (const m of q.prompt.matchAll(CLOZE)) {
        p.append(q.prompt.slice(last, m.index));
        p.append(el("span", { class: "gap" }, m[2] ? "[" + m[2] + "]" : "[…]"));
        last = m.index + m[0].length;
      }
      p.append(q.prompt.slice(last));
    } else {
      p.textContent = q.prompt;
    }
    return p;
  }

  function show() {
    const index = state.results.length;
    header(index + 1);
    card.replaceChildren();
    if (index >= QUESTIONS.length) return finish();
    const q = QUESTIONS[index];
    card.append(el("p", { class: "kind" }, q.label), promptNode(q));
    if (q.kind === "mcq" && q.choices.length) return options(q, shuffled(q.choices, q.id));
    if (q.kind === "truefalse") return options(q, ["Vrai", "Faux"]);
    typed(q);
  }

  function options(q, choices) {
    const group = el("div", { class: "options", role: "group", "aria-labelledby": "prompt" });
    choices.forEach((choice, i) => {
      const button = el("button", { type: "button", class: "option", "data-choice": String(i + 1) });
      button.append(el("span", { class: "key", "aria-hidden": "true" }, String(i + 1)), document.createTextNode(choice));
      button.addEventListener("click", () => answer(q, choice, choices, button));
      group.append(button);
    });
    card.append(group);
    group.querySelector("button").focus();
  }

  function typed(q) {
    const form = el("form", { class: "typed", autocomplete: "off" });
    const label = el("label", { for: "given" }, q.kind === "cloze" ? "Le mot qui manque" : "Votre réponse");
    const input = el("input", { id: "given", name: "given", type: "text", autocapitalize: "off", spellcheck: "false", enterkeyhint: "done" });
    const row = el("div", { class: "row" });
    row.append(input, el("button", { type: "submit", class: "primary" }, "Valider"));
    form.append(label, row);
    if (q.kind === "cloze") {
      const reveal = el("button", { type: "button", class: "secondary", id: "reveal" }, "Révéler");
      reveal.addEventListener("click", () => revealGap(q));
      form.append(reveal);
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (input.value.trim()) answer(q, input.value, [], null);
      else input.focus();
    });
    card.append(form);
    input.focus();
  }

  function revealGap(q) {
    card.querySelector("form").remove();
    const answerText = Answers.expectedAnswer(q);
    card.append(el("p", { class: "reveal" }, "Réponse : " + answerText));
    const group = el("div", { class: "options", role: "group", "aria-label": "Le saviez-vous ?" });
    for (const [text, correct] of [["Je le savais", true], ["Je ne le savais pas", false]]) {
      const button = el("button", { type: "button", class: "option" }, text);
      button.addEventListener("click", () => record(q, text, { correct: correct, reason: correct ? "Noté : su" : "Noté : à revoir" }));
      group.append(button);
    }
    card.append(group);
    group.querySelector("button").focus();
  }

  function answer(q, given, choices, button) {
    const verdict = Answers.check(given, q, choices);
    if (button) {
      for (const b of card.querySelectorAll("button.option")) b.disabled = true;
      button.classList.add(verdict.correct ? "right" : "wrong");
    }
    record(q, given, verdict);
  }

  function record(q, given, verdict) {
    state.results.push({ id: q.id, given: given, correct: verdict.correct });
    save();
    header(state.results.length);
    for (const node of card.querySelectorAll("form, .options button")) {
      if (node.tagName === "FORM") node.querySelectorAll("input, button").forEach((n) => { n.disabled = true; });
      else node.disabled = true;
    }
    const box = el("div", { class: "feedback " + (verdict.correct ? "right" : "wrong"), role: "status" });
    box.append(el("p", { class: "verdict" }, (verdict.correct ? "✓ " : "✗ ") + verdict.reason));
    // A wrong answer always shows the expected one, so the reason need not repeat it.
    if (!verdict.correct) box.append(el("p", { class: "expected" }, "Réponse : " + Answers.expectedAnswer(q)));
    if (q.source) {
      const quote = el("blockquote", { class: "source" });
      quote.append(el("span", { class: "label" }, "Dans l’article : "), document.createTextNode("« " + q.source + " »"));
      box.append(quote);
    }
    const next = el("button", { type: "button", class: "primary", id: "next" }, state.results.length < QUESTIONS.length ? "Question suivante" : "Voir le score");
    next.addEventListener("click", show);
    box.append(next);
    card.append(box);
    next.focus();
  }

  function finish() {
    const total = QUESTIONS.length, right = score();
    status.textContent = "Terminé · score " + right + " sur " + total;
    bar.style.width = "100%";
    card.append(el("h2", { id: "score" }, "Score : " + right + " / " + total));
    card.append(el("p", {}, right === total ? "Parfait !" : Math.round(100 * right / total) + " % de bonnes réponses."));
    const missed = state.results.filter((r) => !r.correct).map((r) => QUESTIONS.find((q) => q.id === r.id)).filter(Boolean);
    if (missed.length) {
      card.append(el("h3", {}, "À revoir"));
      const list = el("ul", { class: "missed" });
      for (const q of missed) {
        const item = el("li");
        item.append(el("span", { class: "q" }, q.prompt.replace(CLOZE, "…")), el("span", { class: "a" }, Answers.expectedAnswer(q)));
        list.append(item);
      }
      card.append(list);
    }
    const again = el("button", { type: "button", class: "primary", id: "restart" }, "Recommencer");
    again.addEventListener("click", () => { state = { results: [] }; save(); show(); });
    card.append(again);
    again.focus();
  }

  document.addEventListener("keydown", (event) => {
    if (event.target.tagName === "INPUT" || event.altKey || event.ctrlKey || event.metaKey) return;
    const button = card.querySelector('button.option[data-choice="' + event.key + '"]:not(:disabled)');
    if (button) { event.preventDefault(); button.click(); }
  });

  document.getElementById("dateline").textContent = DATA.date;
  show();
})();
