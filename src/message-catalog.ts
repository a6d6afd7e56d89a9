// Every rule a message can be made under, after Astro's error catalog: what happened (the title)
// and what the maintainer should do about it. The reason of each message says what was found in
// this input; the catalog says what to do about any message of that rule. A rule id used in src/
// that is not here fails tests/message-catalog.test.ts (and the type-check: Message.ruleId is a RuleId).
export interface CatalogEntry {
  /** What happened, in a few words. */
  title: string;
  /** What the maintainer should do. */
  fix: string;
}

export const MESSAGE_CATALOG = {
  // Reading captures (stage 1)
  "sources-missing": { title: "No captures folder", fix: "Create content/sources/ (or pass --sources) and put the captures there (.txt, .html, .warc.gz)." },
  "not-a-capture": { title: "Not a capture", fix: "Nothing, if the file belongs there; captures are .txt, .html/.htm, .warc and .warc.gz files." },
  "capture-empty": { title: "Capture has no text", fix: "Replace the file with the page's text, or delete it." },
  "capture-binary": { title: "Capture is not text", fix: "Save the page as plain text (.txt) and replace the file." },
  "capture-encoding": { title: "Capture's encoding guessed", fix: "Check the text reads right; re-save the capture as UTF-8 if it does not." },
  "capture-html": { title: "Saved page could not be read", fix: "Save the page again (\"Save page as… Web page, HTML only\", or SingleFile); a page of this kind may need a text capture instead." },
  "capture-warc": { title: "Web archive read in part", fix: "Nothing, if the pages listed are all it should hold; else write the archive again (a truncated download of a .warc.gz keeps only its first records)." },
  "capture-header": { title: "Maintainer header not read as written", fix: "Fix the header field on the line given (a YAML block fenced by ---, with title, date, outlet, url, author or cut)." },
  "capture-cut": { title: "Header cut ignored", fix: "Correct the cut on the line given: a line number, a range such as 12-18, or a whole line's text." },
  "capture-failed": { title: "Capture could not be normalized", fix: "Read the reason; if the capture looks fine, this is a bug in the normalizer: report it with the file." },
  // Finding dates, outlets and names (stages 4–6, 7b)
  "date-in-future": { title: "Date after the build date", fix: "Check the date on the line given; put the right one in the capture's header if it is wrong." },
  "date-unusual": { title: "Unusually early date", fix: "Check the date on the line given; put the right one in the capture's header if it is wrong." },
  "date-none": { title: "Nothing dates this capture", fix: "Nothing, if another capture of the story is dated; else add a date to the capture's header." },
  "date-missing": { title: "Article is undated", fix: "Add `date: YYYY-MM-DD` to the capture's header if the date is known." },
  "outlet-unknown": { title: "Outlet not in the registry", fix: "Add the outlet to content/registry/outlets.yaml (name, kind, aliases) to curate it." },
  "outlet-missing": { title: "No outlet found", fix: "Add `outlet:` to the capture's header, or a signature for its site to content/registry/outlets.yaml." },
  "outlet-signature": { title: "Outlet signature is not a regular expression", fix: "Fix the signature in content/registry/outlets.yaml: it is ignored until it compiles." },
  "entity-unknown": { title: "Name no registry knows", fix: "Add it to content/registry/actors.yaml or places.yaml (or as an alias of an entry) to curate it." },
  // Registries and addresses
  registry: { title: "Registry does not load", fix: "Fix the entry on the line given; nothing is built from half a registry." },
  "address-ledger": { title: "Address ledger problem", fix: "Fix the line given in content/addresses.jsonl (after a git merge: keep both sides' lines, delete the markers)." },
  // Writing and reading articles (stage 8, the site)
  "article-schema": { title: "Front matter breaks the contract", fix: "Fix the field named (on the line given); for a generated article, fix the capture or registry it came from, never the article." },
  "article-front-matter": { title: "Front matter does not parse", fix: "Fix the YAML on the line given, or normalize again to regenerate the article." },
  "article-write": { title: "Article could not be written", fix: "Check the disk space and permissions of content/articles/, then normalize again." },
  "article-duplicate-slug": { title: "Two articles with one address", fix: "Rename one of the article files; the normalizer never writes two (check hand-made files)." },
  "source-missing": { title: "An article's capture is gone", fix: "Restore the capture to content/sources/, or normalize again to drop the article." },
  "related-unknown": { title: "Related article does not exist", fix: "Normalize again: the related list is regenerated from the articles there are." },
  // The site build
  "no-articles": { title: "No capture produced an article", fix: "Read the messages above it: each capture's problem is listed with its file." },
  pagefind: { title: "Search indexing failed", fix: "Read the errors given; the previous site is untouched. Rebuild after fixing them." },
  "write-site": { title: "Site could not be written", fix: "Check the disk space and permissions of the output folder; the previous site is untouched." },
} as const satisfies Record<string, CatalogEntry>;

export type RuleId = keyof typeof MESSAGE_CATALOG;

/** The catalog's entry for a rule id (undefined for an id it does not know, e.g. from an old report). */
export function catalogEntry(ruleId: string): CatalogEntry | undefined {
  return Object.hasOwn(MESSAGE_CATALOG, ruleId) ? MESSAGE_CATALOG[ruleId as RuleId] : undefined;
}
