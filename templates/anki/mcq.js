/* factdeck multiple choice: shuffle the choices on the front, show the same order on the back
   and mark the right one. Everything lives in one function: Anki desktop swaps the front and
   then the back into the same page and runs the scripts again, so no top-level const/let.
   Without JavaScript the choices show in their stored order and the back states the answer. */
(function () {
  var PREFIX = "factdeck-mcq:";

  function normalize(text) {
    return (text || "").replace(/\s+/g, " ").replace(/^\s+|\s+$/g, "").toLowerCase();
  }

  function hash(text) {
    var h = 5381;
    for (var i = 0; i < text.length; i++) {
      h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
    }
    return h.toString(36);
  }

  function save(key, value) {
    window.factdeckMcq = window.factdeckMcq || {};
    window.factdeckMcq[key] = value;
    try { window.sessionStorage.setItem(key, value); } catch (e) { /* storage may be off */ }
  }

  function load(key) {
    if (window.factdeckMcq && window.factdeckMcq[key]) { return window.factdeckMcq[key]; }
    try { return window.sessionStorage.getItem(key); } catch (e) { return null; }
  }

  function randomOrder(n) {
    var order = [];
    for (var i = 0; i < n; i++) { order.push(i); }
    for (var j = n - 1; j > 0; j--) {
      var k = Math.floor(Math.random() * (j + 1));
      var swap = order[j]; order[j] = order[k]; order[k] = swap;
    }
    return order;
  }

  function parseOrder(text, n) {
    var order;
    try { order = JSON.parse(text); } catch (e) { return null; }
    if (!order || order.length !== n) { return null; }
    var seen = {};
    for (var i = 0; i < n; i++) {
      if (typeof order[i] !== "number" || order[i] < 0 || order[i] >= n || seen[order[i]]) { return null; }
      seen[order[i]] = true;
    }
    return order;
  }

  function markCorrect(items, root) {
    var answer = root.querySelector(".fd-mcq-answer");
    if (!answer) { return; }
    var expected = normalize(answer.textContent);
    for (var i = 0; i < items.length; i++) {
      if (normalize(items[i].textContent) === expected) { items[i].className += " fd-correct"; }
    }
  }

  function setUp(list, isBack) {
    if (list.getAttribute("data-fd-ready")) { return; }
    list.setAttribute("data-fd-ready", "1");
    var items = [];
    var texts = [];
    for (var i = 0; i < list.children.length; i++) {
      if (list.children[i].tagName === "LI") {
        items.push(list.children[i]);
        texts.push(normalize(list.children[i].textContent));
      }
    }
    var key = PREFIX + hash(texts.join("\u241f"));
    var order = isBack ? parseOrder(load(key), items.length) : randomOrder(items.length);
    if (!isBack) { save(key, JSON.stringify(order)); }
    if (order) {
      for (var j = 0; j < order.length; j++) { list.appendChild(items[order[j]]); }
    }
    if (isBack) { markCorrect(items, document); }
  }

  function run() {
    var isBack = !!document.querySelector(".fd-back");
    var lists = document.querySelectorAll("ol.fd-choices");
    for (var i = 0; i < lists.length; i++) { setUp(lists[i], isBack); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
