// The search page on Pagefind's JS API: results as you type, facets with counts (actor, place,
// outlet, year), sort, the whole state in the URL (?q=kirkuk&place=Erbil&sort=newest) with
// back/forward, keyboard use, and a separate group for actor, place and outlet pages.
// Loads nothing until the reader focuses the search box or arrives with a search in the URL (deep
// link); each keystroke finds the shards lacking its words and, once every shard is merged, loads
// the index chunks of its words' families (their stems: search-stem.js; the chunks, from each
// bundle's metadata: search-chunks.js) while the debounce runs.
// A large archive's index comes in shards cut by year: the first search shows the newest shard's
// matches, then merges the older shards and shows the complete results, counts and facets. A
// rebuild's changes come in a small bundle of recent additions, merged with the first shards when
// it can add to their answer, else with the others (see readRecentAdditions, recentAnswersEarly).
// External file, no inline code or style: the page keeps its strict Content-Security-Policy.
(() => {
  "use strict";
  const root = document.getElementById("search");
  if (!root) return;
  /** The stemmer and the reader of index chunk ranges (ES modules beside this script: search-stem.js,
   * search-chunks.js), loaded when a word's family is first wanted (loadFamilyTools). */
  const ASSETS_URL = document.currentScript?.src ?? window.location.href;
  const STEMMER_URL = new URL("search-stem.js", ASSETS_URL).href;
  const CHUNKS_URL = new URL("search-chunks.js", ASSETS_URL).href;

  /** The entity kinds, their labels and facets, as the page declares them (src/site/entity-kinds.ts). */
  const KINDS = JSON.parse(root.dataset.entityKinds || "[]");
  const HINTS = { all: "articles naming all of them", any: "any of them" };
  /** Facets in display order; `match` is how several chosen values combine. */
  const FACETS = [
    ...KINDS.map(({ kind, label, match, open }) => ({ key: kind, label, match, hint: HINTS[match], open })),
    { key: "year", label: "Year", match: "any", hint: HINTS.any, open: true },
  ];
  const SORTS = { newest: { date: "desc" }, oldest: { date: "asc" } };
  /** The year filter value of articles with no date (they have no date to sort on either). */
  const UNDATED = "Undated";
  const ENTITY_KINDS = Object.fromEntries(KINDS.map(({ kind, label }) => [kind, label]));
  const PAGE_SIZE = 10;
  const FACET_SHOWN = 8;
  /** Groups with values beyond the first few get a box to find a value in them. */
  const FACET_FIND_FROM = FACET_SHOWN;
  /** How long after a keystroke the search runs (src/search/search-plan.ts, SEARCH_DEBOUNCE_MS). */
  const DEBOUNCE_MS = Number(root.dataset.debounceMs);
  /** Shorter words search on Enter only: a one- or two-letter prefix would fetch many index chunks. */
  const MIN_AS_YOU_TYPE = 3;

  const $ = (id) => document.getElementById(id);
  const input = $("search-q");
  const sortSelect = $("search-sort");
  const form = input.form;
  const status = $("search-status");
  const filtersBox = $("search-filters");
  const facetsBox = $("search-facets");
  const activeBox = $("search-active");
  const entitiesBox = $("search-entities");
  const entityList = $("search-entity-list");
  const articlesBox = $("search-articles");
  const resultList = $("search-results");
  const moreButton = $("search-more");
  const filtersButton = $("search-filters-button");
  const noneBox = $("search-none");
  const suggestLine = $("search-suggest");

  // ---- state <-> URL ----------------------------------------------------------------------

  /** { q, sort, filters: { actor: [...], ... } } from a query string. */
  function readState(search) {
    const params = new URLSearchParams(search);
    const filters = {};
    for (const facet of FACETS) {
      const values = [...new Set(params.getAll(facet.key).filter((v) => v.trim() !== ""))];
      if (values.length > 0) filters[facet.key] = values;
    }
    const sort = params.get("sort");
    return { q: (params.get("q") ?? "").trim(), sort: sort in SORTS ? sort : "", filters };
  }

  function stateQuery(state) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    for (const facet of FACETS) for (const value of state.filters[facet.key] ?? []) params.append(facet.key, value);
    if (state.sort) params.set("sort", state.sort);
    const text = params.toString();
    return text ? `?${text}` : "";
  }

  const hasFilters = (state) => Object.keys(state.filters).length > 0;

  let state = readState(window.location.search);
  /** True while the current history entry belongs to a burst of typing (replaced, not pushed). */
  let typingEntry = false;

  function commitUrl({ typing }) {
    const url = `${window.location.pathname}${stateQuery(state)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (typing && typingEntry) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    typingEntry = typing;
  }

  // ---- Pagefind, loaded on demand -----------------------------------------------------------

  /** Extra bundles written by the build (shards cut by year, newest first: see sortedAcrossBundles),
   * merged into the main one. The page's data attributes are written by searchPageData (src/search/search-plan.ts). */
  const EXTRA_BUNDLES = (root.dataset.mergeBundles || "").split(/\s+/).filter(Boolean);
  /** How many of them (the newest) the first search waits for, and the first and last year they hold. */
  const EARLY_COUNT = Math.min(Number(root.dataset.earlyBundles) || 0, EXTRA_BUNDLES.length);
  const EARLY_FROM = Number(root.dataset.earlyFrom) || 0;
  const EARLY_TO = Number(root.dataset.earlyTo) || EARLY_FROM;
  const EARLY_LABEL = !EARLY_FROM ? "recent years" : EARLY_FROM === EARLY_TO ? String(EARLY_FROM) : `${EARLY_FROM}–${EARLY_TO}`;

  /** The main bundle plus the early shards (all shards when there is no early set), and the recent additions. */
  const MAIN_BUNDLE = root.dataset.bundlePath || "/pagefind/";
  /** How many articles the main bundle holds: every article without shards, the undated ones with them. */
  const MAIN_ARTICLES = Number(root.dataset.mainArticles);
  let pagefindPromise = null;
  /** Pagefind's English stemmer (search-stem.js) and the reader of a bundle's chunk ranges
   * (search-chunks.js). Only the word families need them (the complete answer, and typing ahead of
   * it), not a first answer: a deep link's first results come without them. */
  let familyToolsPromise = null;
  function loadFamilyTools() {
    if (!familyToolsPromise) {
      familyToolsPromise = Promise.all([import(STEMMER_URL), import(CHUNKS_URL)]).then(([stemmer, chunks]) => ({ ...stemmer, ...chunks }));
      familyToolsPromise.catch(() => {
        familyToolsPromise = null;
      });
    }
    return familyToolsPromise;
  }

  /** Each bundle's metadata file (path of the bundle → its bytes), kept as Pagefind fetches it: it
   * lists the bundle's index chunks and their word ranges, which the word families need
   * (preloadWordFamilies), and Pagefind keeps it to itself. Reading the same response costs no
   * second request. */
  const bundleMetadata = new Map();
  function keepBundleMetadata() {
    const pagefindFetch = window.fetch;
    window.fetch = (input, init) =>
      pagefindFetch(input, init).then((response) => {
        const bundle = /^(.*\/)pagefind\.[^/]*\.pf_meta$/.exec(new URL(response.url || String(input), window.location.href).pathname)?.[1];
        if (bundle && response.ok && !bundleMetadata.has(bundle)) bundleMetadata.set(bundle, response.clone().arrayBuffer());
        return response;
      });
  }
  keepBundleMetadata();

  /** A bundle's index chunks ([first word, last word] each), from the metadata Pagefind fetched
   * (fetched anew only if it somehow went by unseen). */
  const chunksOfBundle = new Map();
  function indexChunks(readIndexChunks, bundle) {
    const path = new URL(bundle, window.location.href).pathname;
    if (!chunksOfBundle.has(path)) {
      const metadata = bundleMetadata.get(path) ?? fetchMetadata(path);
      chunksOfBundle.set(path, metadata.then(readIndexChunks));
    }
    return chunksOfBundle.get(path);
  }
  async function fetchMetadata(bundle) {
    const entry = await (await fetch(`${bundle}pagefind-entry.json`)).json();
    const { hash } = entry.languages.en ?? Object.values(entry.languages)[0];
    return (await fetch(`${bundle}pagefind.${hash}.pf_meta`)).arrayBuffer();
  }

  function loadPagefind() {
    if (!pagefindPromise) {
      // Pagefind asks for its WebAssembly (the largest file) only once its script and entry file
      // have come; asked for now, it loads alongside them. The site's pages are English ("en").
      const wasm = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: `${MAIN_BUNDLE}wasm.en.pagefind` });
      document.head.append(wasm);
      pagefindPromise = Promise.all([import(`${MAIN_BUNDLE}pagefind.js`), readRecentAdditions()]).then(async ([pagefind]) => {
        // noWorker: Pagefind 1.5 would otherwise fetch its 12 KB web worker first (and answer each
        // call through messages); our searches take a few ms, which the page's thread can spare.
        // The main bundle is a "shard" too (it holds the entity pages, and articles if a site puts them there).
        await pagefind.options({ baseUrl: root.dataset.baseUrl || "/", highlightParam: "highlight", excerptLength: 24, noWorker: true, mergeFilter: { shard: MAIN_BUNDLE } });
        await pagefind.init();
        const first = EARLY_COUNT > 0 ? EXTRA_BUNDLES.slice(0, EARLY_COUNT) : [...EXTRA_BUNDLES];
        if (recent.bundle && (everything || recentAnswersEarly(first))) first.push(recent.bundle);
        const live = liveIndex(pagefind);
        await Promise.all(first.map(mergeShard(live)));
        return live;
      });
      pagefindPromise.catch(() => {
        pagefindPromise = null;
      });
    }
    return pagefindPromise;
  }

  // ---- recent additions ---------------------------------------------------------------------

  /** A sharded site's rebuild indexes the pages changed since the last full index into a small
   * bundle of recent additions instead of re-indexing the shards that hold them. Its data (written
   * by src/search/recent-additions.ts, empty after a full index): the bundle, each of its dated
   * articles' date and the shard whose period holds it (for date sorts), and the old copies in
   * the other bundles ("superseded": changed and removed pages), which must not answer. */
  const RECENT_URL = root.dataset.recentAdditions || "";
  let recent = { bundle: null, pages: [], superseded: [], otherPages: 0 };
  /** Superseded page id → its bundle and filter values; recent article id → { date, shard }. */
  const superseded = new Map();
  const recentPages = new Map();
  async function readRecentAdditions() {
    if (!RECENT_URL) return;
    const response = await fetch(RECENT_URL);
    // A site built before the recent bundle existed has no such file: nothing is superseded.
    if (response.status === 404) return;
    if (!response.ok) throw new Error(`${RECENT_URL}: ${response.status}`);
    recent = await response.json();
    for (const page of recent.superseded) superseded.set(page.id, page);
    for (const page of recent.pages) recentPages.set(page.id, page);
  }

  /** Whether the recent bundle can add to the answer of the first shards (`first`): an article of
   * their period, or a page other than a dated article (an entity page, an undated article; a file
   * written before `otherPages` was counted may hold some). If not, the first search leaves it
   * (its index chunk, ~3.4 KB for one page, is all of it that a query reads) to the older shards'
   * turn; the superseded copies are dropped either way. */
  function recentAnswersEarly(first) {
    return recent.otherPages !== 0 || recent.pages.some((page) => first.includes(page.shard));
  }

  /** Pagefind's index without the superseded copies: their results are dropped and their filter
   * values (and bundle) taken out of the counts. `filters` counts the results, so this is exact;
   * `totalFilters` counts every page the words match, superseded copies included (the only reader,
   * bundlesHolding, asks which bundles hold a word: one whose only holder is a superseded copy
   * answers for it with that copy only, which is dropped, so it may as well be asked). */
  function liveIndex(pagefind) {
    return {
      mergeIndex: (bundle, options) => pagefind.mergeIndex(bundle, options),
      preload: (term, options) => pagefind.preload(term, options),
      search: async (term, options) => withoutSuperseded(await pagefind.search(term, options)),
      filters: async () => {
        const counts = structuredClone(await pagefind.filters());
        for (const page of superseded.values()) if (page.bundle === MAIN_BUNDLE || mergedShards.includes(page.bundle)) uncount(counts, page);
        return counts;
      },
    };
  }

  function withoutSuperseded(response) {
    if (!response || superseded.size === 0 || !response.results.some((result) => superseded.has(result.id))) return response;
    const filters = structuredClone(response.filters ?? {});
    const totalFilters = structuredClone(response.totalFilters ?? {});
    const results = response.results.filter((result) => {
      const page = superseded.get(result.id);
      if (page) for (const counts of [filters, totalFilters]) uncount(counts, page);
      return !page;
    });
    return { ...response, results, filters, totalFilters, unfilteredResultCount: response.unfilteredResultCount - (response.results.length - results.length) };
  }

  /** Takes one page out of filter counts (its values, and its bundle's "shard" count). */
  function uncount(counts, page) {
    for (const [key, values] of [...Object.entries(page.filters), ["shard", [page.bundle]]]) {
      for (const value of values) if (counts[key]?.[value] > 0) counts[key][value] -= 1;
    }
  }

  /** Puts the recent bundle's date-sorted results among the shards' (`lists`, one per bundle of
   * `order`, each in date order): each article goes into the list of the shard whose period holds
   * its date, after those of the same date, found by halving that list (a result's date is its
   * page's date meta, fetched once per page). An article of a shard not merged yet (a first search
   * shows the newest shards) is older than every shard merged, so it goes last. */
  async function placeRecent(lists, order, results, newestFirst) {
    const from = lists.map(() => 0);
    for (const result of results) {
      const page = recentPages.get(result.id);
      let at = order.indexOf(page?.shard);
      if (at < 0) at = newestFirst ? lists.length - 1 : 0;
      const list = lists[at];
      let [lo, hi] = [from[at], list.length];
      while (page && lo < hi) {
        const mid = (lo + hi) >> 1;
        const date = await dateOf(list[mid]);
        if (newestFirst ? date < page.date : date > page.date) hi = mid;
        else lo = mid + 1;
      }
      list.splice(lo, 0, result);
      from[at] = lo + 1;
    }
  }

  const datesSeen = new Map();
  function dateOf(result) {
    if (!datesSeen.has(result.id)) datesSeen.set(result.id, result.data().then((page) => page.meta?.date ?? ""));
    return datesSeen.get(result.id);
  }

  /** Shards merged so far. Each is merged with a "shard" filter of its own path, so that a date
   * sort can ask one shard at a time (see sortedAcrossBundles). */
  const mergedShards = [];
  const mergeShard = (pagefind) => async (bundle) => {
    await pagefind.mergeIndex(bundle, { mergeFilter: { shard: bundle } });
    mergedShards.push(bundle);
  };

  /** True once every bundle is merged: searches then see the whole archive. */
  let everything = EARLY_COUNT === 0 || EARLY_COUNT === EXTRA_BUNDLES.length;
  let everythingPromise = null;
  /** Merges the older shards (once). Their filter chunks are not loaded yet: the facets loaded so
   * far are forgotten, so that the next counts load them in every shard. */
  function loadEverything() {
    if (!everythingPromise) {
      everythingPromise = loadPagefind().then(async (pagefind) => {
        if (!everything) {
          const rest = [...EXTRA_BUNDLES.slice(EARLY_COUNT), ...(recent.bundle && !mergedShards.includes(recent.bundle) ? [recent.bundle] : [])];
          await Promise.all(rest.map(mergeShard(pagefind)));
          loadedFacets.clear();
          everything = true;
        }
        return pagefind;
      });
      everythingPromise.catch(() => {
        everythingPromise = null;
      });
    }
    return everythingPromise;
  }

  /** Whether the early shards alone can show a useful first page for `snap`: not for oldest first
   * (the oldest articles are in the other shards), nor for chosen years all outside them. */
  function earlyCanAnswer(snap) {
    if (everything || everythingPromise || snap.sort === "oldest") return false;
    const years = snap.filters.year;
    if (!years || !EARLY_FROM) return true;
    return years.some((year) => Number(year) >= EARLY_FROM && Number(year) <= EARLY_TO);
  }

  /** Facets whose filter chunk is in memory (counts come with every search from then on), and
   * facets the reader has open. Actor and place chunks are the big ones at scale (hundreds of
   * values), so they load only when their group is opened or used. */
  const loadedFacets = new Set();
  // On a narrow screen the groups sit above the results: all start closed there.
  const wide = window.matchMedia("(min-width: 52rem)").matches;
  const openFacets = new Set(FACETS.filter((f) => f.open && wide).map((f) => f.key));

  /** The articles (see kindsByBundle); then the chosen facets; never the shards that lack a word of the query. */
  function pagefindFilters(snap, without) {
    const { filters } = snap;
    const result = kindsByBundle() ? { shard: { none: [MAIN_BUNDLE, ...(snap.lacking ?? [])] } } : { type: { none: Object.keys(ENTITY_KINDS) }, ...withoutShards(snap) };
    for (const facet of FACETS) {
      const values = filters[facet.key];
      if (!values || facet.key === without) continue;
      result[facet.key] = facet.match === "any" ? { any: values } : values;
    }
    return result;
  }

  /** The entity pages, not in the shards that lack a word of the query; null when none can match. */
  function entityFilters(snap) {
    if (!kindsByBundle()) return { type: { any: Object.keys(ENTITY_KINDS) }, ...withoutShards(snap) };
    return snap.lacking?.includes(MAIN_BUNDLE) ? null : { shard: MAIN_BUNDLE };
  }

  /** Articles are the pages without a `type` (only entity pages carry one); its filter chunk (2.5 KB
   * at 10,000 articles) is not needed where the bundles tell the kinds apart: a sharded archive
   * whose main bundle holds only entity pages (every article dated: data-main-articles) and whose
   * recent additions, if merged, hold only articles (otherwise that bundle holds both kinds). There
   * the synthetic "shard" filter picks either kind, and a first search fetches no filter chunk at all. */
  const kindsByBundle = () => EXTRA_BUNDLES.length > 0 && MAIN_ARTICLES === 0 && !(recent.bundle && mergedShards.includes(recent.bundle) && recent.otherPages !== 0);

  // ---- running a search ---------------------------------------------------------------------

  let generation = 0;
  let current = { results: [], shown: 0 };

  async function run() {
    const mine = ++generation;
    const snapshot = { q: state.q, sort: state.sort, filters: structuredClone(state.filters) };
    renderActive(snapshot);
    root.dataset.status = "loading";
    delete root.dataset.partial;
    if (!snapshot.q && !hasFilters(snapshot)) {
      showIdle();
      settled(snapshot);
      return;
    }
    // Keeps room for the filters and their button from now on (search.css), before any result shows.
    root.classList.add("search--query");
    articlesBox.setAttribute("aria-busy", "true");
    const term = snapshot.q || null;
    let pagefind;
    try {
      if (earlyCanAnswer(snapshot)) {
        // First search on a sharded archive: show the newest shard's matches while the rest loads.
        pagefind = await loadPagefind();
        if (mine !== generation) return;
        const speculated = searchEarly(pagefind, snapshot);
        const early = await speculated.answer;
        snapshot.lacking = speculated.snap.lacking;
        if (mine !== generation) return;
        if (early[0]?.results.length > 0) {
          await showResults(early, mine, snapshot);
          if (mine !== generation) return;
          root.dataset.partial = "true";
          say(`${early[0].results.length} ${early[0].results.length === 1 ? "article" : "articles"} from ${EARLY_LABEL} so far; searching earlier years…`);
        }
      }
      pagefind = await loadEverything();
    } catch {
      if (mine === generation) {
        say(`Search could not be loaded. Browse by ${[...KINDS.map(({ label }) => label.toLowerCase()), "month"].join(", ").replace(/, (?=[^,]*$)/, " or ")} instead.`);
        root.dataset.status = "failed";
      }
      return;
    }
    if (mine !== generation) return;
    lastSearch = { term, snapshot };
    const [main, entities] = await searchArticles(pagefind, term, snapshot);
    if (mine !== generation) return;
    await showResults([main, entities], mine, snapshot);
    if (mine !== generation) return;
    delete root.dataset.partial;
    articlesBox.removeAttribute("aria-busy");
    announce(snapshot, current.results.length, entities?.results.length ?? 0);
    updateTitle(snapshot);
    // Counts of the open facets; their filter chunks load (once) after the results show.
    for (const key of Object.keys(snapshot.filters)) openFacets.add(key);
    const counts = await facetCounts(pagefind, term, snapshot, main);
    if (mine !== generation) return;
    renderFacets(snapshot, counts);
    settled(snapshot);
  }

  /** The articles matching `snap` (in its sort) and, for a query, the actor, place and outlet pages.
   * `families`: load the chunks of the words' families first (see preloadWordFamilies); the early
   * answer goes without, being replaced by the complete one anyway. */
  async function searchArticles(pagefind, term, snap, { families = true } = {}) {
    if (families) await preloadWordFamilies(pagefind, term);
    snap.lacking = await shardsLackingWords(pagefind, term);
    const articles =
      EXTRA_BUNDLES.length > 0 && snap.sort
        ? sortedAcrossBundles(pagefind, term, snap)
        : pagefind.search(term, { filters: pagefindFilters(snap), sort: SORTS[snap.sort] ?? {} });
    return Promise.all([
      snap.sort ? withUndatedLast(pagefind, term, snap, articles) : articles,
      snap.q && entityFilters(snap) ? pagefind.search(snap.q, { filters: entityFilters(snap) }) : null,
    ]);
  }

  /** Pagefind matches a query word to every word of the loaded index chunks that starts with the
   * word's stem, but loads only the chunk whose word range holds the word itself: where a bundle's
   * chunk boundary falls inside that family ("hossein" ending one chunk, "hosseini" beginning the
   * next; a two-letter word's family, "al…", spans a dozen chunks of a year's shard), the other
   * chunks' pages were missed, each bundle (and one index) missing different ones (issue 16). So
   * every chunk of the family is loaded first, in every bundle merged: the stem is computed as
   * Pagefind computes it (search-stem.js), and each bundle's metadata says which of its chunks the
   * family's words fall in (search-chunks.js, familyProbes: a word inside each, which Pagefind's
   * own preload turns into that chunk). A probe made from one bundle's chunks can only load chunks
   * of the same family in another, so one preload of them all serves every bundle. A loaded chunk
   * is fetched once and searched by every later query. */
  const familiesLoaded = new Map();
  async function preloadWordFamilies(pagefind, term, words = queryWords(term)) {
    if (!term || isExact(term)) return;
    const { stem, readIndexChunks, familyProbes } = await loadFamilyTools();
    const bundles = [MAIN_BUNDLE, ...mergedShards];
    const chunkLists = await Promise.all(bundles.map((bundle) => indexChunks(readIndexChunks, bundle)));
    await Promise.all([...new Set(words.map(stem))].map((root) => {
      const key = `${bundles.length} ${root}`;
      if (!familiesLoaded.has(key)) {
        const probes = new Set(chunkLists.flatMap((chunks) => familyProbes(chunks, root)));
        familiesLoaded.set(key, probes.size > 0 ? pagefind.preload([...probes].join(" ")) : Promise.resolve());
      }
      return familiesLoaded.get(key);
    }));
  }

  /** Whether the word being typed (the last, no space after it) is shorter than MIN_AS_YOU_TYPE. */
  function typingShortWord(text) {
    const words = queryWords(text);
    return words.length > 0 && !/\s$/.test(text) && words.at(-1).length < MIN_AS_YOU_TYPE;
  }

  const isExact = (term) => /^\s*".+"\s*$/.test(term);
  /** A query's words as Pagefind reads them: lower case, without accents and the punctuation it drops; none for a
   * search by filters alone (term null). */
  function queryWords(term) {
    const plain = (term ?? "").toLocaleLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    return plain.replace(/[.`~!@#$%^&*(){}[\]\\|:;'",<>/?-]/g, "").split(/\s+/).filter(Boolean);
  }

  /** The newest shards' answer to a query, asked while the debounce runs (prepareQuery) and used
   * by the search that follows when the query, filters, sort and merged shards are the same. It is
   * shown only until the complete answer comes, so it loads only the index chunks holding the
   * query's words, not their families' (for "ministry of oil": one chunk, 6 KB, less at 10,000):
   * it may miss a longer word's pages in the newest shards, never the complete answer. */
  let early = null;
  function searchEarly(pagefind, snap) {
    const key = `${mergedShards.length} ${stateQuery(snap)}`;
    if (early?.key !== key) early = { key, snap, answer: searchArticles(pagefind, snap.q || null, snap, { families: false }) };
    return early;
  }

  /** At a keystroke: the words' chunks, then (the reader not typing on, and every word ready)
   * the newest shards' answer and the fragments of what it shows first, so that the debounce
   * ends with the results ready to show. */
  function prepareQuery(pagefind, text) {
    const q = text.trim();
    const words = queryWords(q);
    const typedOn = () => input.value.trim() !== q;
    return Promise.all([pagefind.preload(q, { filters: pagefindFilters(state) }), prepareWords(pagefind, text)]).then(async () => {
      const snap = { q, sort: state.sort, filters: structuredClone(state.filters) };
      const ready = words.length > 0 && words.at(-1).length >= MIN_AS_YOU_TYPE && !isExact(q);
      if (!ready || typedOn() || !earlyCanAnswer(snap)) return null;
      const answer = await searchEarly(pagefind, snap).answer;
      // Pagefind keeps each fragment it fetched: showResults then finds them loaded.
      if (!typedOn()) await firstScreenData(answer);
      return answer;
    });
  }

  /** While the reader types (the debounce running), the words already complete or long enough
   * get their families' chunks, and the complete ones which shards lack them. A word being typed
   * waits for the second (on a complete archive that costs a search and a fragment per shard), and
   * for both if shorter than MIN_AS_YOU_TYPE: its family ("o…") is most of an index. Before the
   * older shards are merged the families wait: the first answer goes without them, and their
   * chunks (a dozen for "of…" in each bundle) would queue before its own on the browser's few
   * connections; the complete answer loads them in every bundle once merged. */
  function prepareWords(pagefind, q) {
    if (isExact(q)) return Promise.resolve();
    const words = queryWords(q);
    const isComplete = (i) => i < words.length - 1 || /\s$/.test(q);
    const ready = words.filter((word, i) => word.length >= MIN_AS_YOU_TYPE || isComplete(i));
    const complete = words.filter((_, i) => isComplete(i));
    const families = everything ? preloadWordFamilies(pagefind, q, ready) : Promise.resolve();
    return families.then(() => (complete.length > 0 ? shardsLackingWords(pagefind, complete.join(" ")) : null));
  }

  /** Pagefind matches every word of a query within one index: the pages with a word starting with
   * the word's stem. An index with no such word matches its longest word that the stem starts with
   * instead ("afrin" → "a"), so a shard lacking a word that another shard has would answer with
   * unrelated pages; one index of the whole archive never does. So the bundles merged so far that
   * lack a word found elsewhere are left out. The early answer (the newest shards, shown while the
   * rest loads) asks only the cheap question, which bundles hold the word exactly; the complete
   * answer asks in full. A quoted (exact) search needs none of this: there an index lacking a word
   * answers nothing. */
  async function shardsLackingWords(pagefind, term) {
    if (!term || mergedShards.length === 0 || isExact(term)) return [];
    const words = [...new Set(queryWords(term))];
    const bundles = [MAIN_BUNDLE, ...mergedShards];
    const holding = await Promise.all(words.map((word) => holdingOnce(pagefind, word, bundles)));
    const found = holding.filter((has) => has.length > 0);
    return bundles.filter((bundle) => found.some((has) => !has.includes(bundle)));
  }

  /** bundlesHolding, asked once per word and set of merged bundles (typing repeats the words before). */
  const holdingAsked = new Map();
  function holdingOnce(pagefind, word, bundles) {
    const complete = everything;
    const key = `${complete} ${bundles.length} ${word}`;
    if (!holdingAsked.has(key)) holdingAsked.set(key, complete ? bundlesHolding(pagefind, word, bundles) : bundlesHoldingExactly(pagefind, word, bundles));
    return holdingAsked.get(key);
  }

  /** A filter no page has: a search asked only for its matches per bundle (totalFilters) gets no
   * results, so Pagefind does not assemble thousands of them (each with its page's word positions;
   * hundreds of ms for "of" at 10,000 articles) only for them to be dropped. */
  const COUNT_ONLY = { shard: "#count-only" };

  async function bundlesHoldingExactly(pagefind, word, bundles) {
    const exactly = (await pagefind.search(`"${word}"`, { filters: COUNT_ONLY }))?.totalFilters?.shard ?? {};
    return bundles.filter((bundle) => exactly[bundle] > 0);
  }

  /** The bundles with a word starting with `word`'s stem (Pagefind splits a query at spaces and
   * matches each word alone the same way as among others). A bundle matching it exactly (a quoted
   * search) has it; one that matches it otherwise has it if the page word it matched has a stem
   * starting with the word's (its family: "queued" → "queue", "economy" → "economist"; a word
   * begun: "kirk" → "Kirkuk"), not if Pagefind fell back on a shorter word ("afrin" → "a"). A
   * hyphenated page word counts by its parts too ("al-Sadr": "sadr"), as Pagefind indexes them.
   * A bundle one of whose chunk ranges starts or ends with a word of the family holds it without
   * asking (the common case for a short word: asking means searching that bundle for its pages). */
  async function bundlesHolding(pagefind, word, bundles) {
    const exactly = await bundlesHoldingExactly(pagefind, word, bundles);
    if (exactly.length === bundles.length) return exactly;
    const [{ stem, readIndexChunks }, found] = await Promise.all([loadFamilyTools(), pagefind.search(word, { filters: COUNT_ONLY })]);
    const matched = found?.totalFilters?.shard ?? {};
    const family = stem(word);
    const holds = async (bundle) => {
      if (!(matched[bundle] > 0)) return false;
      if (exactly.includes(bundle)) return true;
      const chunks = await indexChunks(readIndexChunks, bundle);
      if (chunks.some(([from, to]) => from.startsWith(family) || to.startsWith(family))) return true;
      const first = (await pagefind.search(word, { filters: { shard: bundle } }))?.results[0];
      if (!first || first.words.length === 0) return false;
      const page = await first.data();
      const pageWord = (page.content.split(" ")[first.words[0]] ?? "").toLocaleLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
      const forms = [pageWord, ...pageWord.split(/\p{Pd}/u)].map((form) => form.replace(/\p{P}/gu, ""));
      return forms.some((form) => form !== "" && stem(form).startsWith(family));
    };
    const held = await Promise.all(bundles.map(holds));
    return bundles.filter((_, i) => held[i]);
  }

  /** The filter that leaves out the shards lacking a word of `snap`'s query (see shardsLackingWords). */
  function withoutShards(snap) {
    return snap.lacking?.length > 0 ? { shard: { none: snap.lacking } } : {};
  }

  /** Shows the first page of `main` and the entity pages, replacing what was shown in one step:
   * both lists' fragments load first, so neither pushes the other down as it comes (layout shift;
   * showing the first five before the rest pushed the footer down on a phone). */
  async function showResults(answer, mine, snap) {
    current = { results: answer[0]?.results ?? [], shown: 0 };
    const [page, found] = await firstScreenData(answer);
    if (mine !== generation) return;
    appendPage(page, true);
    renderEntities(found);
    // The state whose results are on screen, first (maybe partial) or complete: the bench times a
    // keystroke to it, so that a previous query's late results never count (search-timing.ts).
    root.dataset.shown = stateQuery(snap);
  }

  /** The data of what a search shows first: its first page of articles and of entity pages. */
  function firstScreenData([main, entities]) {
    return Promise.all([Promise.all((main?.results ?? []).slice(0, PAGE_SIZE).map((result) => result.data())), entityData(entities)]);
  }

  /** The last search run, so that opening a facet group can count it without searching anew. */
  let lastSearch = null;

  async function openFacet(key) {
    openFacets.add(key);
    if (!lastSearch) return;
    const mine = generation;
    const { term, snapshot } = lastSearch;
    root.dataset.status = "loading";
    const counts = await facetCounts(await loadPagefind(), term, snapshot, null);
    if (mine !== generation) return;
    renderFacets(snapshot, counts);
    settled(snapshot);
  }

  /** Undated articles carry no date to sort on, so Pagefind leaves them out of a date sort; they
   * are searched on their own (year "Undated") and put after the dated ones, either way round. */
  async function withUndatedLast(pagefind, term, snap, sorted) {
    const years = snap.filters.year;
    if (years && !years.includes(UNDATED)) return sorted;
    const [dated, undated] = await Promise.all([sorted, pagefind.search(term, { filters: { ...pagefindFilters(snap, "year"), year: { any: [UNDATED] } } })]);
    if (!dated) return dated;
    // A bundle without a dated page has no date sort, and Pagefind answers it unsorted, its undated
    // pages included (the main bundle of a sharded archive): they are taken out of the dated list.
    const undatedIds = new Set((undated?.results ?? []).map((result) => result.id));
    return { ...dated, results: [...dated.results.filter((result) => !undatedIds.has(result.id)), ...(undated?.results ?? [])] };
  }

  /** Pagefind orders merged bundles' results by score, losing a date sort. THE INVARIANT relied on
   * here, kept by the build (src/search/shard-plan.ts, checked by planSearch in search-plan.ts)
   * and tested on the page's own data attributes (tests/browser/search-page.test.ts): the bundles
   * of data-merge-bundles hold disjoint periods covering every dated article, newest first. So
   * each shard is searched alone (it answers in date order) and their results are concatenated
   * in the chosen direction. The recent additions' bundle overlaps every period: its articles are
   * placed by date into their shard's answer (placeRecent). */
  async function sortedAcrossBundles(pagefind, term, snap) {
    const filters = pagefindFilters(snap);
    // Newest first: the merged shards in the build's order, then the main bundle (older, if it has
    // articles at all); those lacking a word of the query answer nothing. The recent additions'
    // articles are placed among them by date.
    const order = [...EXTRA_BUNDLES.filter((bundle) => mergedShards.includes(bundle)), MAIN_BUNDLE];
    if (snap.sort === "oldest") order.reverse();
    // (The main bundle has no article to give where the kinds are told by bundle.)
    const asked = (bundle) => bundle && (mergedShards.includes(bundle) || (bundle === MAIN_BUNDLE && !kindsByBundle())) && !snap.lacking?.includes(bundle);
    const sorted = (shard) => (asked(shard) ? pagefind.search(term, { filters: { ...filters, shard }, sort: SORTS[snap.sort] }) : null);
    // The whole search once more, unsorted, for the facet counts (a shard's answer counts only it).
    const [counted, recentSorted, ...perShard] = await Promise.all([pagefind.search(term, { filters }), sorted(recent.bundle), ...order.map(sorted)]);
    const lists = perShard.map((r) => [...(r?.results ?? [])]);
    if (recentSorted?.results.length > 0) await placeRecent(lists, order, recentSorted.results, snap.sort !== "oldest");
    return { ...counted, results: lists.flat() };
  }

  /** Marks the page as showing `snap` completely (results, counts); tests and the bench wait on it,
   * and compare its complete result list (`searchResults`, Pagefind's results in the order shown,
   * most not shown yet) with one index's (scripts/bench/search-agreement.ts). */
  function settled(snap) {
    root.searchResults = current.results;
    root.dataset.rendered = stateQuery(snap);
    root.dataset.status = "ready";
  }

  /** Counts per facet value for the current search; an "any" facet is counted without its own
   * choice, so that its other values say how many articles choosing them too would add.
   * `main`: the results search, reused when it already had the chunks of every open facet. An
   * open facet's chunk is loaded by filtering on "none of no values", which keeps every result. */
  async function facetCounts(pagefind, term, snap, main) {
    for (const key of Object.keys(snap.filters)) loadedFacets.add(key);
    const missing = FACETS.filter((f) => openFacets.has(f.key) && !loadedFacets.has(f.key)).map((f) => f.key);
    const loading = Object.fromEntries(missing.map((key) => [key, { none: [] }]));
    const anyFacets = FACETS.filter((f) => f.match === "any" && snap.filters[f.key]);
    const [counted, ...perFacet] = await Promise.all([
      main && missing.length === 0 ? main : pagefind.search(term, { filters: { ...pagefindFilters(snap), ...loading } }),
      ...anyFacets.map((facet) => pagefind.search(term, { filters: pagefindFilters(snap, facet.key) })),
    ]);
    for (const key of missing) loadedFacets.add(key);
    const counts = { ...(counted?.filters ?? {}) };
    anyFacets.forEach((facet, i) => {
      counts[facet.key] = perFacet[i]?.filters?.[facet.key] ?? {};
    });
    return counts;
  }

  const baseTitle = document.title;
  function updateTitle(snap) {
    const filters = describeFilters(snap.filters);
    const label = [snap.q && `“${snap.q}”`, filters].filter(Boolean).join(", ");
    document.title = label ? `${label} — ${baseTitle}` : baseTitle;
  }

  /** Shows the next page of results; `replace`: the first page, in place of the list shown. */
  async function showMore(mine, replace = false) {
    const data = await nextPage();
    if (mine !== generation) return;
    return appendPage(data, replace);
  }

  /** The data of the next page of results. */
  function nextPage() {
    return Promise.all(current.results.slice(current.shown, current.shown + PAGE_SIZE).map((result) => result.data()));
  }

  /** Adds a page of results to the list (`replace`: in place of it); returns where the page starts. */
  function appendPage(data, replace) {
    if (replace) resultList.replaceChildren();
    const first = current.shown;
    for (const item of data) resultList.append(resultItem(item));
    current.shown += data.length;
    articlesBox.hidden = current.results.length === 0;
    moreButton.hidden = current.shown >= current.results.length;
    if (current.shown < current.results.length) {
      moreButton.textContent = `Show more articles (${current.results.length - current.shown} more)`;
    }
    return first;
  }

  /** The data of the first six entity pages found. */
  function entityData(entities) {
    return entities ? Promise.all(entities.results.slice(0, 6).map((r) => r.data())) : Promise.resolve([]);
  }

  function renderEntities(found) {
    entityList.replaceChildren(
      ...found.map((item) => {
        const li = el("li", "search__entity");
        const link = el("a", "search__entity-link", item.meta?.title ?? item.url);
        link.href = item.url;
        const kind = item.meta?.type ?? item.filters?.type?.[0] ?? "";
        li.append(link, " ", el("span", "search__entity-kind", ENTITY_KINDS[kind] ?? ""));
        return li;
      }),
    );
    entitiesBox.hidden = found.length === 0;
  }

  // ---- rendering ----------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Pagefind's excerpt is our own escaped text with <mark> around hits: keep only text and marks. */
  function excerptNodes(excerpt) {
    const template = document.createElement("template");
    template.innerHTML = excerpt ?? "";
    const nodes = [];
    for (const node of template.content.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) nodes.push(node.textContent);
      else if (node.nodeName === "MARK") nodes.push(el("mark", "", node.textContent));
      else nodes.push(node.textContent ?? "");
    }
    return nodes;
  }

  const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  function displayDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
    return m ? dateFormat.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : "";
  }

  function resultItem(item) {
    const li = el("li", "search__result");
    const title = el("a", "search__result-title", item.meta?.title ?? item.url);
    title.href = item.url;
    const meta = el("p", "search__result-meta");
    const isoDate = item.meta?.date ?? "";
    if (isoDate) {
      const time = el("time", "", displayDate(isoDate));
      time.dateTime = isoDate;
      meta.append(time);
    } else meta.append(el("span", "undated", UNDATED));
    if (item.meta?.outlet) meta.append(" · ", item.meta.outlet);
    const excerpt = el("p", "search__excerpt");
    excerpt.append(...excerptNodes(item.excerpt));
    li.append(title, meta, excerpt);
    return li;
  }

  function describeFilters(filters) {
    const parts = [];
    for (const facet of FACETS) {
      const values = filters[facet.key];
      if (values) parts.push(`${facet.label.toLowerCase()} ${values.join(facet.match === "all" ? " and " : " or ")}`);
    }
    return parts.join(", ");
  }

  function say(text) {
    status.textContent = text;
  }

  function announce(snap, count, entityCount) {
    const filters = describeFilters(snap.filters);
    const what = snap.q ? `“${snap.q}”` : "your filters";
    noneBox.hidden = count > 0;
    if (count === 0 && snap.q) suggestNames(snap, generation).catch(() => {});
    if (count === 0) {
      say(`No articles match ${what}${snap.q && filters ? ` with ${filters}` : ""}.${entityCount ? ` ${entityCount} ${entityCount === 1 ? "page" : "pages"} about people, organisations or places match.` : ""}`);
      if (filters) say(`${status.textContent} Remove a filter or clear them all to see more.`);
      return;
    }
    const sorted = snap.sort === "newest" ? ", newest first" : snap.sort === "oldest" ? ", oldest first" : "";
    const pages = entityCount ? `; ${entityCount} ${entityCount === 1 ? "page" : "pages"} about people, organisations or places` : "";
    say(`${count} ${count === 1 ? "article matches" : "articles match"} ${what}${snap.q && filters ? ` with ${filters}` : ""}${sorted}${pages}.`);
  }

  function showIdle() {
    root.classList.remove("search--query");
    delete root.dataset.shown;
    current = { results: [], shown: 0 };
    resultList.replaceChildren();
    entityList.replaceChildren();
    articlesBox.hidden = true;
    entitiesBox.hidden = true;
    moreButton.hidden = true;
    filtersBox.hidden = true;
    filtersButton.hidden = true;
    noneBox.hidden = true;
    articlesBox.removeAttribute("aria-busy");
    updateTitle(state);
    const count = Number(root.dataset.articleCount || 0);
    say(count ? `Type to search ${count} ${count === 1 ? "article" : "articles"}, and the people, organisations and places they name.` : "");
  }

  /** The chosen filters as buttons that remove them, plus one that clears them all. */
  function renderActive(snap) {
    activeBox.replaceChildren();
    if (!hasFilters(snap)) {
      activeBox.hidden = true;
      return;
    }
    const label = el("p", "search__active-label", "Filters:");
    label.id = "search-active-label";
    const list = el("ul", "search__chips");
    list.setAttribute("aria-labelledby", "search-active-label");
    for (const facet of FACETS) {
      for (const value of snap.filters[facet.key] ?? []) {
        const button = el("button", "search__chip");
        button.type = "button";
        button.append(`${facet.label}: ${value} `, el("span", "search__chip-x", "×"));
        button.setAttribute("aria-label", `Remove filter ${facet.label}: ${value}`);
        button.addEventListener("click", () => setFilter(facet.key, value, false));
        const li = el("li");
        li.append(button);
        list.append(li);
      }
    }
    const clear = el("button", "search__clear", "Clear all filters");
    clear.type = "button";
    clear.addEventListener("click", () => {
      state = { ...state, filters: {} };
      commitUrl({ typing: false });
      run();
      input.focus();
    });
    activeBox.append(label, list, clear);
    activeBox.hidden = false;
  }

  /** Facets showing all their values rather than the first FACET_SHOWN. */
  const expanded = new Set();

  /** One group per facet: a heading button opens or closes it (closed groups fetch nothing);
   * an open group lists its values with counts as checkboxes. */
  function renderFacets(snap, counts) {
    facetsBox.replaceChildren(...FACETS.map((facet) => facetGroup(facet, snap, counts)));
    filtersBox.hidden = false;
    // On a phone the filters wait behind one button above the results, saying how many are chosen.
    const chosen = Object.values(snap.filters).reduce((n, values) => n + values.length, 0);
    filtersButton.textContent = chosen ? `Filters (${chosen})` : "Filters";
    filtersButton.hidden = false;
  }

  filtersButton.addEventListener("click", () => {
    const open = filtersButton.getAttribute("aria-expanded") !== "true";
    filtersButton.setAttribute("aria-expanded", String(open));
    root.classList.toggle("search--filters-open", open);
  });

  /** Levenshtein distance, stopping early past `max` (names are short). */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (Math.min(...next) > max) return max + 1;
      row = next;
    }
    return row[b.length];
  }

  /** No article matched: names of actors, places and outlets spelt nearly like the query (the filter values are every name). */
  async function suggestNames(snap, mine) {
    suggestLine.hidden = true;
    const query = snap.q.toLowerCase();
    if (query.length < 4) return;
    const filters = await (await loadEverything()).filters();
    if (mine !== generation) return;
    const max = query.length <= 5 ? 1 : 2;
    const near = [];
    for (const { kind } of KINDS) {
      for (const name of Object.keys(filters[kind] ?? {})) {
        const parts = [name.toLowerCase(), ...name.toLowerCase().split(/[\s-]+/).filter((word) => word.length >= 4)];
        const d = Math.min(...parts.map((part) => distance(query, part, max)));
        if (d <= max) near.push({ name, d, n: filters[kind][name] });
      }
    }
    near.sort((a, b) => a.d - b.d || b.n - a.n);
    if (near.length === 0) return;
    suggestLine.replaceChildren("Did you mean ");
    near.slice(0, 3).forEach(({ name }, i) => {
      const link = el("a", "search__suggestion", name);
      link.href = `${window.location.pathname}?${new URLSearchParams({ q: name })}`;
      suggestLine.append(...(i > 0 ? [i === Math.min(near.length, 3) - 1 ? " or " : ", "] : []), link);
    });
    suggestLine.append("?");
    suggestLine.hidden = false;
  }

  function facetGroup(facet, snap, counts) {
    const open = openFacets.has(facet.key);
    const group = el("div", "search__facet");
    const heading = el("h3", "search__facet-heading");
    heading.append(facetOpener(facet, open, snap, counts));
    const body = el("div", "search__facet-body");
    body.id = `facet-body-${facet.key}`;
    body.hidden = !open;
    group.append(heading, body);
    if (open) fillFacetBody(body, facet, snap.filters[facet.key] ?? [], counts, () => renderFacets(snap, counts));
    return group;
  }

  /** The heading button that opens a group (loading its counts) or closes it. */
  function facetOpener(facet, open, snap, counts) {
    const opener = el("button", "search__facet-opener", facet.label);
    opener.type = "button";
    opener.id = `facet-opener-${facet.key}`;
    opener.setAttribute("aria-expanded", String(open));
    opener.setAttribute("aria-controls", `facet-body-${facet.key}`);
    opener.addEventListener("click", () => {
      if (openFacets.has(facet.key)) {
        openFacets.delete(facet.key);
        renderFacets(snap, counts);
        $(opener.id)?.focus();
      } else {
        openFacet(facet.key).then(() => $(opener.id)?.focus());
      }
    });
    return opener;
  }

  /** An open group's values, most articles first (years newest first, "Undated" last), chosen ones always shown. */
  function fillFacetBody(body, facet, chosen, counts, redraw) {
    const values = new Map();
    for (const [value, n] of Object.entries(counts[facet.key] ?? {})) if (n > 0) values.set(value, n);
    for (const value of chosen) if (!values.has(value)) values.set(value, counts[facet.key]?.[value] ?? 0);
    if (values.size === 0) {
      body.append(el("p", "search__facet-none", `No ${facet.label.toLowerCase()} in these results.`));
      return;
    }
    const order = [...values.entries()].sort((a, b) =>
      facet.key === "year" ? (a[0] === UNDATED) - (b[0] === UNDATED) || b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const fieldset = el("fieldset", "search__facet-values");
    const legend = el("legend", "visually-hidden", `${facet.label}: ${facet.hint}`);
    const hint = el("p", "search__facet-hint", `Several: ${facet.hint}.`);
    hint.setAttribute("aria-hidden", "true");
    const list = el("ul");
    list.id = `search-facet-${facet.key}`;
    const all = expanded.has(facet.key);
    order.forEach(([value, n], i) => list.append(facetValue(facet, value, n, chosen, !all && i >= FACET_SHOWN)));
    fieldset.append(legend, hint, ...(order.length > FACET_FIND_FROM ? [facetFinder(facet, list)] : []), list);
    body.append(fieldset);
    if (order.length > FACET_SHOWN) body.append(facetToggle(facet, list, order.length, all, redraw));
  }

  /** A box that narrows a long group to the values containing what is typed (all of them, not only the first few). */
  function facetFinder(facet, list) {
    const box = el("input", "search__facet-find");
    box.type = "search";
    box.id = `facet-find-${facet.key}`;
    box.setAttribute("aria-label", `Find in this list of ${facet.label.toLowerCase()}s`);
    box.placeholder = "Find…";
    box.setAttribute("aria-controls", list.id);
    const shown = [...list.children].map((li) => !li.hidden);
    box.addEventListener("input", () => {
      const wanted = box.value.trim().toLowerCase();
      [...list.children].forEach((li, i) => {
        li.hidden = wanted ? !li.textContent.toLowerCase().includes(wanted) : !shown[i];
      });
    });
    return box;
  }

  /** One value as a checkbox with its count; `hidden` beyond the first FACET_SHOWN unless chosen. */
  function facetValue(facet, value, n, chosen, hidden) {
    const li = el("li");
    if (hidden && !chosen.includes(value)) li.hidden = true;
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.name = facet.key;
    box.value = value;
    box.checked = chosen.includes(value);
    box.addEventListener("change", () => setFilter(facet.key, value, box.checked, true));
    const count = el("span", "count", String(n));
    count.append(el("span", "visually-hidden", n === 1 ? " article" : " articles"));
    label.append(box, ` ${value} `, count);
    li.append(label);
    return li;
  }

  /** "Show all N" / "Show fewer" under a long group. */
  function facetToggle(facet, list, total, all, redraw) {
    const toggle = el("button", "search__facet-toggle", all ? "Show fewer" : `Show all ${total}`);
    toggle.type = "button";
    toggle.id = `facet-toggle-${facet.key}`;
    toggle.setAttribute("aria-expanded", String(all));
    toggle.setAttribute("aria-controls", list.id);
    toggle.addEventListener("click", () => {
      if (expanded.has(facet.key)) expanded.delete(facet.key);
      else expanded.add(facet.key);
      redraw();
      $(toggle.id)?.focus();
    });
    return toggle;
  }

  // ---- reader actions -----------------------------------------------------------------------

  /** Adds or removes one filter value; `fromBox` re-focuses that checkbox once facets are redrawn. */
  function setFilter(key, value, on, fromBox = false) {
    const values = new Set(state.filters[key] ?? []);
    if (on) values.add(value);
    else values.delete(value);
    const filters = { ...state.filters };
    if (values.size > 0) filters[key] = [...values];
    else delete filters[key];
    state = { ...state, filters };
    commitUrl({ typing: false });
    const mine = generation + 1;
    run().then(() => {
      if (mine !== generation) return;
      const again = facetsBox.querySelector(`input[name="${CSS.escape(key)}"][value="${CSS.escape(value)}"]`);
      if (again && fromBox) again.focus();
      else input.focus();
    });
  }

  let debounce = 0;
  input.addEventListener("input", () => {
    const q = input.value.trim();
    window.clearTimeout(debounce);
    if (q.length > 0 && q.length < MIN_AS_YOU_TYPE) {
      say("Keep typing, or press Enter to search for a short word.");
      return;
    }
    loadPagefind()
      .then((pagefind) => (q ? prepareQuery(pagefind, input.value) : null))
      .catch(() => {});
    // A word being typed that is still shorter ("ministry of o") waits for its next letter, a space
    // or Enter: searched, its family ("o…", most of an index) would be loaded and scanned in every
    // bundle between two keystrokes, holding up the keys that follow (bench/README.md).
    if (typingShortWord(input.value)) {
      debounce = window.setTimeout(() => say("Keep typing, or press Enter to search for a short word."), DEBOUNCE_MS);
      return;
    }
    debounce = window.setTimeout(() => {
      if (q === state.q) return;
      state = { ...state, q };
      commitUrl({ typing: true });
      run();
    }, DEBOUNCE_MS);
  });
  // A reader who focuses the box is about to search: Pagefind, its WebAssembly and the first
  // shards load now, so that typing waits for none of them.
  input.addEventListener("focus", () => loadPagefind().catch(() => {}));
  input.addEventListener("blur", () => {
    typingEntry = false;
  });

  sortSelect.addEventListener("change", () => {
    state = { ...state, sort: sortSelect.value in SORTS ? sortSelect.value : "" };
    commitUrl({ typing: false });
    run();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(debounce);
    const q = input.value.trim();
    typingEntry = false;
    if (q !== state.q) {
      state = { ...state, q };
      commitUrl({ typing: false });
      run();
    }
  });

  moreButton.addEventListener("click", async () => {
    const before = current.shown;
    await showMore(generation);
    resultList.querySelectorAll(".search__result-title")[before]?.focus();
  });

  window.addEventListener("popstate", () => {
    state = readState(window.location.search);
    typingEntry = false;
    syncControls();
    run();
  });

  // `/` focuses the box from anywhere but a text field; ↓/↑ walk the result links.
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    const typingInField =
      target instanceof HTMLElement &&
      (target.isContentEditable ||
        /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
        (target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset)$/.test(target.type)));
    if (event.key === "/" && !typingInField) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...root.querySelectorAll(".search__result-title, .search__entity-link")].filter((a) => !a.closest("[hidden]"));
    if (links.length === 0) return;
    const at = links.indexOf(target);
    if (target === input) {
      if (event.key !== "ArrowDown") return;
      event.preventDefault();
      links[0].focus();
    } else if (at >= 0) {
      event.preventDefault();
      if (event.key === "ArrowDown") links[Math.min(at + 1, links.length - 1)].focus();
      else if (at === 0) input.focus();
      else links[at - 1].focus();
    }
  });

  function syncControls() {
    input.value = state.q;
    sortSelect.value = state.sort;
  }

  syncControls();
  run();
})();
