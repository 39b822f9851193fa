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
  window.addEventListener("hashchange", revealTarget);

  // -- start state from the address: ?view=side or #side, ?hide=continued,moved, ?open=continued --
  if (params.get("view") === "side" || hash === "#side") { setView("side"); }
  (params.get("hide") || "").split(",").forEach(function (status) {
    var box = document.querySelector('input[data-filter="' + status + '"]');
    if (box) { box.checked = false; }
  });
  if (params.get("open") === "continued") { setContinued(true); }
  applyFilter();
  if (hash && hash !== "#side") { revealTarget(); }

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
