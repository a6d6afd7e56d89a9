// Article pages: when opened from a search result (?highlight=term&highlight=term…), load
// Pagefind's highlight script and mark the terms inside the indexed story. External file, no
// inline code and no injected <style> (addStyles: false; site CSS styles the marks), so the page
// keeps its strict Content-Security-Policy. Costs nothing when the parameter is absent.
const script = document.currentScript;
if (script && new URLSearchParams(window.location.search).has("highlight")) {
  const bundle = new URL("../pagefind/", script.src).href;
  import(`${bundle}pagefind-highlight.js`)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({
        highlightParam: "highlight",
        markContext: "[data-pagefind-body]",
        addStyles: false,
        markOptions: { className: "search-mark", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] },
      });
    })
    .catch(() => {
      // Highlighting is a nicety; the article reads the same without it.
    });
}
