// Starts Pagefind's Default UI on the search page and runs the query the header form sent (?q=).
// External file (not inline) so the page keeps a strict Content-Security-Policy.
(function () {
  "use strict";
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: element.getAttribute("data-bundle-path") || "/pagefind/",
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    autofocus: true,
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
