// Check a typed or chosen answer the way the terminal quiz does (generators/quiz/answers.py):
// the same steps, the same word lists (embedded by the writer as LEX), one table of cases
// (tests/data/answer_cases.yaml) run against both.
"use strict";

const Answers = (function () {
  let LEX = null;
  const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4`\u2032]/g;
  const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
  const NUMBER = /(?<![\d,.])(?:\d{1,3}(?:[ .]\d{3})+(?!\d)|\d+)(?:,\d+|\.\d{1,2}(?!\d))?/g;
  const CLOZE = /\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g;
  const TYPO_LENGTHS = [[12, 2], [8, 1]];
  const PERSON_TYPES = new Set(["person_role", "succession", "leads", "quote", ""]);
  const sets = {};
  const EMPTY = new Set();
  const S = (name) => sets[name] || EMPTY;

  function setLexicon(lex) {
    LEX = lex;
    for (const name of Object.keys(lex.words)) {
      sets[name] = new Set(lex.words[name].map((w) => punctuation(accents(w.toLowerCase()))));
    }
  }

  function spacing(text) {
    return text.normalize("NFC").replace(APOSTROPHES, "'").replace(SPACES, " ").trim();
  }

  function accents(text) {
    let out = "";
    for (const ch of text) out += LEX.translit[ch] !== undefined ? LEX.translit[ch] : ch;
    return out.normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function punctuation(text) {
    return text.replace(/[^\p{L}\p{N}_%]+/gu, " ").split(" ").filter(Boolean).join(" ");
  }

  function articles(text) {
    let words = text.split(" ").filter(Boolean);
    while (words.length > 1 && S("answer_prefixes").has(words[0])) words = words.slice(1);
    const kept = words.filter((w) => !S("answer_articles").has(w));
    return (kept.length ? kept : words).join(" ");
  }

  function abbreviations(text) {
    // « 1er ministre » reads as « premier ministre » (answer_abbreviations).
    const forms = LEX.abbreviations;
    const words = text.split(" ").filter(Boolean);
    return words.map((w) => (Object.prototype.hasOwnProperty.call(forms, w) ? forms[w] : w)).join(" ");
  }

  const lower = (text) => text.toLowerCase();
  const STEPS = [
    ["apostrophes and spaces", spacing],
    ["case", lower],
    ["accents", accents],
    ["punctuation", punctuation],
    ["abbreviations", abbreviations],
    ["articles and elision", articles],
  ];

  function fold(text) {
    for (const [, step] of STEPS) text = step(text);
    return text;
  }

  function expectedAnswer(q) {
    return q.answer.replace(CLOZE, "$1").trim();
  }

  function candidates(q) {
    const out = [expectedAnswer(q)];
    for (const a of q.accept || []) if (a && !out.includes(a)) out.push(a);
    return out;
  }

  function matchSteps(given, expected) {
    const ignored = [];
    let left = given, right = expected;
    if (left === right) return ignored;
    for (const [name, step] of STEPS) {
      const nl = step(left), nr = step(right);
      if (nl !== left || nr !== right) ignored.push(name);
      left = nl; right = nr;
      if (left === right && left) return ignored;
    }
    return null;
  }

  function roleParts(text) {
    // The folded words of a role before its complement, and the folded complement.
    let words = abbreviations(punctuation(accents(spacing(text).toLowerCase()))).split(" ").filter(Boolean);
    words = words.filter((w) => !S("answer_articles").has(w) || w === "de");
    let cut = words.findIndex((w) => S("answer_role_links").has(w));
    if (cut < 0) cut = words.length;
    const head = words.slice(0, cut).filter((w) => !S("answer_articles").has(w));
    return head.length ? [head, articles(words.slice(cut).join(" "))] : null;
  }

  function droppable(words) {
    return !words.some((w) => S("answer_role_kept").has(w) || S("people_titles").has(w));
  }

  function withoutQualifiers(given, expected) {
    // « ministre de la Santé » for « actuel ministre de la Santé »: only qualifiers left out.
    const mine = roleParts(given), role = roleParts(expected);
    if (!mine || !role || mine[1] !== role[1] || mine[0].join(" ") === role[0].join(" ")) return false;
    let left = role[0].slice();
    for (const word of mine[0]) {
      const k = left.indexOf(word);
      if (k < 0) return false;
      const dropped = left.slice(0, k);
      left = left.slice(k + 1);
      if (!droppable(dropped)) return false;
    }
    return droppable(left) && mine[0].some((w) => S("people_titles").has(w));
  }

  function checkText(given, q) {
    const cands = candidates(q);
    for (const c of cands) {
      const ignored = matchSteps(given, c);
      if (ignored !== null) return verdict(true, "Juste : « " + c + " »");
    }
    for (const c of cands) {
      if (withoutQualifiers(given, c)) return verdict(true, "Juste : « " + c + " »");
    }
    if (PERSON_TYPES.has(q.fact_type || "")) {
      for (const c of cands) {
        const v = checkName(given, c);
        if (v !== null) return v;
      }
    }
    return verdict(false, "« " + given + " » n'est pas la réponse");
  }

  // --- names --------------------------------------------------------------------------------
  const foldWord = (w) => punctuation(accents(w.toLowerCase()));

  function isNameWord(word) {
    return word.split(/[-']/).filter(Boolean).some((p) => /^\p{Lu}/u.test(p) && /\p{Ll}/u.test(p));
  }

  function nameWords(answer) {
    const words = spacing(answer).split(" ").filter(Boolean);
    const run = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i];
      if (isNameWord(w) || (run.length && S("answer_name_particles").has(foldWord(w)))) {
        run.unshift(w);
        continue;
      }
      break;
    }
    if (run.length && !isNameWord(run[0])) return [];
    const head = words.slice(0, words.length - run.length);
    if (!run.length || head.some((w) => /^\p{Lu}/u.test(w) && !S("answer_titles").has(foldWord(w)))) return [];
    return run.filter((w) => !S("answer_titles").has(foldWord(w)));
  }

  const wordSet = (text) => new Set(text.split(" ").filter(Boolean));
  const subset = (a, b) => [...a].every((x) => b.has(x));

  function checkName(given, answer) {
    const words = nameWords(answer);
    if (!words.length || /\d/.test(given)) return null;
    const full = fold(words.join(" "));
    const last = fold(words[words.length - 1]);
    const mine = fold(given);
    if (!mine.split(" ").filter(Boolean).length) return null;
    const lastWords = wordSet(last);
    let core = new Set([...lastWords].filter((w) => !S("answer_name_particles").has(w)));
    if (!core.size) core = lastWords;
    const mineSet = wordSet(mine), fullSet = wordSet(full);
    if (subset(mineSet, fullSet) && subset(core, mineSet)) return verdict(true, "Juste : « " + words.join(" ") + " »");
    for (const target of [full, last]) {
      const typos = typoCount(mine, target);
      if (typos !== null) return verdict(true, "Juste, à une faute près : « " + words.join(" ") + " »");
    }
    if (subset(mineSet, fullSet) && mineSet.size < fullSet.size) {
      return verdict(false, "Incomplet : donnez le nom de famille de « " + words.join(" ") + " »");
    }
    return null;
  }

  function typoCount(given, target) {
    let allowed = 0;
    for (const [size, n] of LEX.typo_lengths) if (target.length >= size) { allowed = n; break; }
    if (!allowed || given === target) return null;
    const d = osa(undoubled(given), undoubled(target));
    return d > 0 && d <= allowed ? d : null;
  }

  function undoubled(text) {
    // A doubled or undoubled letter (« Durrand ») is no typo: French spelling hesitates on doubles.
    return text.replace(/([\p{L}\p{N}_])\1+/gu, "$1");
  }

  function osa(a, b) {
    // Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
    const A = [...a], B = [...b];
    const d = Array.from({ length: A.length + 1 }, (_, i) => [i, ...Array(B.length).fill(0)]);
    for (let j = 0; j <= B.length; j++) d[0][j] = j;
    for (let i = 1; i <= A.length; i++) {
      for (let j = 1; j <= B.length; j++) {
        const cost = A[i - 1] === B[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && A[i - 1] === B[j - 2] && A[i - 2] === B[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[A.length][B.length];
  }

  // --- numbers ------------------------------------------------------------------------------
  function wordValue(word) {
    return Object.prototype.hasOwnProperty.call(LEX.numbers, word) ? LEX.numbers[word] : null;
  }

  function runValue(parts) {
    // French cardinal words to a value: « deux cent vingt » → 220, « quatre-vingt-dix » → 90.
    let total = 0, group = 0;
    for (const p of parts) {
      if (p === "et") continue;
      const v = wordValue(p);
      if (v === 100) group = (group || 1) * 100;
      else if (v >= 1000) { total += (group || 1) * v; group = 0; }
      else if (v === 20 && group % 100 === 4) group = group - 4 + 80;
      else group += v;
    }
    return total + group;
  }

  function alpha2digit(text) {
    const tokens = text.split(" ");
    const out = [];
    let i = 0;
    while (i < tokens.length) {
      const parts = [];
      let j = i;
      while (j < tokens.length) {
        const pieces = tokens[j].split("-").filter(Boolean);
        const ok = pieces.length && pieces.every((p) => wordValue(p) !== null || (p === "et" && parts.length));
        const joiner = tokens[j] === "et" && parts.length && j + 1 < tokens.length && wordValue(tokens[j + 1].split("-")[0]) !== null;
        if (!(ok || joiner)) break;
        parts.push(...pieces);
        j += 1;
      }
      if (parts.length && parts[parts.length - 1] === "et") { parts.pop(); j -= 1; }
      const value = parts.length ? runValue(parts) : null;
      if (value === null || (j - i === 1 && value < 3 && !tokens[i].includes("-"))) {
        out.push(tokens[i]);
        i += 1;
      } else {
        out.push(String(value));
        i = j;
      }
    }
    return out.join(" ");
  }

  function applyScales(text) {
    const names = Object.keys(LEX.scales).sort((a, b) => b.length - a.length);
    const re = new RegExp("(\\d+(?:[ .]\\d{3})*(?:,\\d+)?)\\s*(" + names.join("|") + ")\\b", "g");
    return text.replace(re, (_, n, w) => formatNumber(toFloat(n) * LEX.scales[w]));
  }

  function digits(text) {
    return alpha2digit(applyScales(text));
  }

  function toFloat(text) {
    text = text.replace(/\s/g, "");
    let whole = text, frac = "";
    if (text.includes(",")) { const k = text.lastIndexOf(","); whole = text.slice(0, k); frac = text.slice(k + 1); }
    else if (text.includes(".") && !/^\d{1,3}(\.\d{3})+$/.test(text)) { const k = text.lastIndexOf("."); whole = text.slice(0, k); frac = text.slice(k + 1); }
    return parseFloat((whole.replace(/\D/g, "") || "0") + "." + (frac.replace(/\D/g, "") || "0"));
  }

  function formatNumber(v) {
    if (!isFinite(v)) return "?";
    return Number.isInteger(v) ? String(v) : String(v).replace(".", ",");
  }

  function showNumber(v) {
    if (!isFinite(v)) return "?";
    const [a, b] = String(v).split(".");
    const grouped = a.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
    return b ? grouped + "," + b : grouped;
  }

  function parseNumbers(text) {
    text = accents(spacing(text).toLowerCase());
    const found = [...digits(text).matchAll(NUMBER)].map((m) => toFloat(m[0]));
    if (!found.length && text.split(" ").length === 1 && /^\p{L}+$/u.test(text)) {
      const v = wordValue(text);
      if (v !== null) return [v];
    }
    return found;
  }

  function parseRange(text) {
    const converted = digits(accents(spacing(text).toLowerCase()));
    const found = [...converted.matchAll(NUMBER)];
    if (found.length !== 2) return null;
    const link = converted.slice(found[0].index + found[0][0].length, found[1].index).trim();
    if (!LEX.range_links.includes(link)) return null;
    const low = toFloat(found[0][0]), high = toFloat(found[1][0]);
    return low < high ? [low, high] : null;
  }

  function stripHedges(text) {
    let folded = " " + accents(spacing(text).toLowerCase().replace(/'/g, " ")) + " ";
    const hedges = [...LEX.words.answer_hedges].sort((a, b) => b.length - a.length);
    for (const h of hedges) folded = folded.split(" " + accents(h.replace(/'/g, " ")) + " ").join(" ");
    return folded.trim();
  }

  function isNumeric(q, expected) {
    if (q.kind === "numeric" || q.range) return true;
    if (q.fact_type === "quantity" && parseRange(expected) !== null) return true;
    const rest = stripHedges(expected);
    return parseNumbers(expected).length === 1 && (q.fact_type === "quantity" || /^[\d  .,%]+$/.test(rest));
  }

  function checkNumber(given, q, expected) {
    const accepted = q.range || parseRange(expected);
    const typed = parseRange(given);
    if (typed !== null) {
      const stated = candidates(q).map(parseRange).filter(Boolean);
      const same = stated.some((r) => r[0] === typed[0] && r[1] === typed[1]);
      const inside = accepted && accepted[0] <= typed[0] && typed[1] <= accepted[1];
      return verdict(Boolean(same || inside), same || inside ? "Juste" : "Cet intervalle n'est pas la réponse");
    }
    const numbers = [...new Set(parseNumbers(given))];
    if (!numbers.length) return verdict(false, "Aucun nombre dans « " + given + " »");
    if (numbers.length > 1) return verdict(false, "Un seul nombre était attendu");
    const value = numbers[0];
    if (accepted) {
      const inside = accepted[0] <= value && value <= accepted[1];
      const span = showNumber(accepted[0]) + "–" + showNumber(accepted[1]);
      return verdict(inside, (inside ? "Juste : " : "Faux : ") + showNumber(value) + (inside ? " est entre " : " n'est pas entre ") + span);
    }
    const targets = new Set(candidates(q).flatMap(parseNumbers));
    if (targets.has(value)) return verdict(true, "Juste : " + showNumber(value));
    return verdict(false, "Faux : " + showNumber(value));
  }

  // --- dates --------------------------------------------------------------------------------
  function validDate(y, m, d) {
    if (m !== null && !(m >= 1 && m <= 12)) return null;
    if (d !== null && !(d >= 1 && d <= 31)) return null;
    return [y, m, d];
  }

  const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  function parseDate(text) {
    let folded = accents(spacing(text).toLowerCase());
    for (const o of LEX.words.answer_ordinals) folded = folded.replace(new RegExp("(?<![\\p{L}\\p{N}_])" + escapeRe(o) + "(?![\\p{L}\\p{N}_])", "gu"), "1");
    folded = alpha2digit(folded);
    const iso = folded.match(/\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b/);
    if (iso) return validDate(+iso[1], +iso[2], iso[3] ? +iso[3] : null);
    const numeric = folded.match(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/);
    if (numeric) {
      const y = +numeric[3];
      return validDate(y < 100 ? y + 2000 : y, +numeric[2], +numeric[1]);
    }
    const names = Object.keys(LEX.months).sort((a, b) => b.length - a.length).join("|");
    const textual = folded.match(new RegExp("(?:\\b(\\d{1,2}) )?\\b(" + names + ")\\b\\.?(?: (?:de l'an )?(\\d{4}))?"));
    if (textual) return validDate(textual[3] ? +textual[3] : null, LEX.months[textual[2]], textual[1] ? +textual[1] : null);
    const alone = folded.match(/^(?:[a-z' ]*\b)?(\d{4})$/);
    return alone ? [+alone[1], null, null] : null;
  }

  function checkDate(given, q, expected) {
    const want = parseDate(expected), got = parseDate(given);
    if (got === null) return verdict(false, "Aucune date dans « " + given + " »");
    for (let i = 0; i < 3; i++) {
      if (want[i] === null) continue;
      if (got[i] === null) {
        if (i === 0 && q.prompt.includes(String(want[i]))) continue;
        return verdict(false, "Date incomplète");
      }
      if (got[i] !== want[i]) return verdict(false, "Ce n'est pas la bonne date");
    }
    return verdict(true, "Juste : " + expected);
  }

  // --- true/false and multiple choice -------------------------------------------------------
  function truth(text) {
    const words = fold(text).split(" ").filter(Boolean);
    if (!words.length) return null;
    if (S("answer_true").has(words[0])) return true;
    if (S("answer_false").has(words[0])) return false;
    return null;
  }

  function checkTruefalse(given, q) {
    const want = truth(expectedAnswer(q)), got = truth(given);
    if (got === null) return verdict(false, "Répondez vrai ou faux");
    const word = want ? "vrai" : "faux";
    return verdict(got === want, (got === want ? "Juste : " : "Non : c'est ") + word);
  }

  function optionNumber(given) {
    const text = given.trim().replace(/[.)]+$/, "").trim();
    return /^\d{1,9}$/.test(text) ? parseInt(text, 10) : null;
  }

  function pickedChoice(given, choices) {
    const n = optionNumber(given);
    if (n !== null && n >= 1 && n <= choices.length) return choices[n - 1];
    const folded = fold(given);
    return choices.find((c) => fold(c) === folded) ?? null;
  }

  function checkChoice(given, q, choices) {
    const answer = expectedAnswer(q);
    const picked = pickedChoice(given, choices);
    if (picked === null) {
      const v = check(given, q);
      return v.correct ? v : verdict(false, "« " + given + " » n'est aucune des options");
    }
    if (q.kind === "truefalse") return checkTruefalse(picked, q);
    if (fold(picked) === fold(answer) || picked === answer) return verdict(true, "Juste : « " + picked + " »");
    return verdict(false, "Non : « " + picked + " » n'est pas la réponse");
  }

  function verdict(correct, reason) {
    return { correct: correct, reason: reason };
  }

  function check(given, q, choices) {
    given = given.trim();
    if (!given) return verdict(false, "Pas de réponse");
    if (choices && choices.length) return checkChoice(given, q, choices);
    if (q.kind === "truefalse") return checkTruefalse(given, q);
    const expected = expectedAnswer(q);
    const date = parseDate(expected);
    if (date !== null && (q.fact_type === "event" || date[1] !== null)) return checkDate(given, q, expected);
    if (isNumeric(q, expected)) return checkNumber(given, q, expected);
    return checkText(given, q);
  }

  return { setLexicon: setLexicon, check: check, fold: fold, expectedAnswer: expectedAnswer, parseNumbers: parseNumbers };
})();
