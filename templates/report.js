/* reportdiff page behaviour: view toggle, status filter, continued expand, contents highlight.
   Everything is progressive: without this script the page shows every measure inline. */
(function () {
  "use strict";
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var hash = location.hash;

  function setView(view) {
    root.classList.toggle("view-side", view === "side");
    document.querySelectorAll("[data-view]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-view") === view));
    });
  }

  function refreshSections() {
    // -- a section whose cards are all filtered out keeps its heading, dimmed, with a count --
    document.querySelectorAll("section.sec").forEach(function (sec) {
      var cards = sec.querySelectorAll(":scope > .card");
      var hidden = 0;
      cards.forEach(function (card) { if (card.offsetParent === null) { hidden += 1; } });
      var empty = cards.length > 0 && hidden === cards.length;
      sec.classList.toggle("is-empty", empty);
      var heading = sec.querySelector(":scope > h3");
      var label = document.body.getAttribute("data-hidden-label") || "{n}";
      if (heading) { heading.setAttribute("data-hidden", empty ? label.replace("{n}", String(hidden)) : ""); }
    });
  }

  function applyFilter() {
    document.querySelectorAll("input[data-filter]").forEach(function (box) {
      root.classList.toggle("hide-" + box.getAttribute("data-filter"), !box.checked);
    });
    refreshSections();
  }

  function setContinued(open) {
    document.querySelectorAll("details.card.st-continued").forEach(function (card) { card.open = open; });
    var button = document.querySelector("[data-toggle-continued]");
    if (button) {
      button.setAttribute("data-state", open ? "open" : "closed");
      button.textContent = button.getAttribute(open ? "data-close-label" : "data-open-label");
    }
  }

  function revealTarget() {
    // -- following a link to a collapsed or filtered card must show it --
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    if (target.tagName === "DETAILS") { target.open = true; }
    var status = target.getAttribute("data-st");
    var box = status && document.querySelector('input[data-filter="' + status + '"]');
    if (box && !box.checked) { box.checked = true; applyFilter(); target.scrollIntoView(); }
  }

  document.querySelectorAll("[data-view]").forEach(function (button) {
    button.addEventListener("click", function () { setView(button.getAttribute("data-view")); refreshSections(); });
  });
  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", applyFilter);
  });
  var toggle = document.querySelector("[data-toggle-continued]");
  if (toggle) {
    toggle.addEventListener("click", function () { setContinued(toggle.getAttribute("data-state") !== "open"); });
  }
  window.addEventListener("hashchange", function () { revealTarget(); syncCurrent(); });

  // -- change navigation: n/j next, p/k previous, a counter, the current change marked in the
  //    page and in the change list, and the address naming it (a link to send a colleague) --
  var counter = document.querySelector(".counter");
  var position = -1;  // -- index of the current change among the visible ones --
  function visibleChanges() {
    return Array.prototype.filter.call(document.querySelectorAll(".card.change"), function (card) {
      return card.offsetParent !== null || card.getClientRects().length > 0;
    });
  }
  function showCounter(list) {
    if (!counter) { return; }
    if (!list.length) { counter.textContent = counter.getAttribute("data-none-label"); return; }
    counter.textContent = counter.getAttribute("data-position-label")
      .replace("{i}", position >= 0 ? String(position + 1) : "–").replace("{n}", String(list.length));
  }
  function mark(card) {
    document.querySelectorAll(".card.is-current, .clist a.is-current").forEach(function (el) { el.classList.remove("is-current"); });
    if (!card) { return; }
    card.classList.add("is-current");
    var link = document.querySelector('.clist a[data-change="' + CSS.escape(card.id) + '"]');
    if (link) {
      link.classList.add("is-current");
      var list = link.closest(".clist");
      if (list && list.scrollHeight > list.clientHeight) {
        list.scrollTop = link.offsetTop - list.offsetTop - list.clientHeight / 2;
      }
    }
  }
  function go(step) {
    var list = visibleChanges();
    if (!list.length) { showCounter(list); return; }
    position = position < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, position + step));
    var card = list[position];
    card.open = true;
    mark(card);
    card.scrollIntoView({ block: "start" });
    history.replaceState(null, "", "#" + encodeURIComponent(card.id).replace(/%2F/g, "/"));
    showCounter(list);
  }
  function syncCurrent() {
    // -- a followed link (change list, contents, address) becomes the position change --
    var id = decodeURIComponent(location.hash.slice(1));
    var list = visibleChanges();
    var index = -1;
    for (var i = 0; i < list.length; i += 1) { if (list[i].id === id) { index = i; } }
    if (index >= 0) { position = index; mark(list[index]); }
    showCounter(list);
  }
  document.querySelectorAll("[data-nav]").forEach(function (button) {
    button.addEventListener("click", function () { go(button.getAttribute("data-nav") === "next" ? 1 : -1); });
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var tag = (event.target && event.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    var key = event.key;
    if (key === "n" || key === "j") { go(1); event.preventDefault(); }
    else if (key === "p" || key === "k") { go(-1); event.preventDefault(); }
  });
  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () { position = -1; syncCurrent(); });
  });

  // -- print: continued measures whole (opened for the printout) or left out, as chosen --
  var printContinued = document.querySelector("[data-print-continued]");
  var reopened = [];
  window.addEventListener("beforeprint", function () {
    var whole = !printContinued || printContinued.checked;
    root.classList.toggle("print-no-continued", !whole);
    if (!whole) { return; }
    reopened = Array.prototype.filter.call(document.querySelectorAll("details.card.st-continued"), function (card) { return !card.open; });
    reopened.forEach(function (card) { card.open = true; });
  });
  window.addEventListener("afterprint", function () {
    reopened.forEach(function (card) { card.open = false; });
    reopened = [];
  });

  // -- old text in the new report's script by default; the switch shows it as written --
  var scriptSwitch = document.querySelector("[data-script-switch]");
  if (scriptSwitch) {
    scriptSwitch.addEventListener("change", function () { root.classList.toggle("show-orig", scriptSwitch.checked); });
  }
  // -- figures: inconsistent only, changed only; promises by status --
  document.querySelectorAll("input[data-figfilter]").forEach(function (box) {
    box.addEventListener("change", function () { root.classList.toggle("fig-only-" + box.getAttribute("data-figfilter"), box.checked); });
  });
  document.querySelectorAll("input[data-pfilter]").forEach(function (box) {
    box.addEventListener("change", function () { root.classList.toggle("hide-ps-" + box.getAttribute("data-pfilter"), !box.checked); });
  });

  // -- start state from the address: ?view=side or #side, ?hide=continued,moved, ?open=continued --
  if (params.get("view") === "side" || hash === "#side") { setView("side"); }
  (params.get("hide") || "").split(",").forEach(function (status) {
    var box = document.querySelector('input[data-filter="' + status + '"]');
    if (box) { box.checked = false; }
  });
  if (params.get("open") === "continued") { setContinued(true); }
  applyFilter();
  if (hash && hash !== "#side") { revealTarget(); }
  syncCurrent();

  // -- contents: highlight the section being read --
  if ("IntersectionObserver" in window) {
    var links = {};
    document.querySelectorAll(".toc a[data-sec]").forEach(function (link) { links[link.getAttribute("data-sec")] = link; });
    var current = null;
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) { return; }
        var link = links[entry.target.id];
        if (!link) { return; }
        if (current) { current.classList.remove("current"); }
        link.classList.add("current");
        current = link;
      });
    }, { rootMargin: "0px 0px -70% 0px" });
    document.querySelectorAll("section.sec[id]").forEach(function (sec) { observer.observe(sec); });
  }
}());
