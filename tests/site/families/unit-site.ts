// Small archives written in the tests, for the page families' tests: articles with only the
// fields a test cares about, the fixture site's registries, and the families run up to one.
import path from "node:path";
import type { ArticleFrontMatter } from "../../../src/article-schema.ts";
import type { AddressLedger } from "../../../src/normalize/address-ledger.ts";
import { loadRegistries, type Registries } from "../../../src/registry/load-registries.ts";
import type { BuildArchiveInput } from "../../../src/site/build-archive-input.ts";
import { FAMILIES, runFamilies } from "../../../src/site/build-archive.ts";
import type { ArchiveDraft, PageFamily } from "../../../src/site/families/page-family.ts";
import type { ArticleSource } from "../../../src/site/load-articles.ts";
import { siteConfigFrom } from "../../../src/site/site-config.ts";
import { FIXTURE_DIR } from "../../helpers/fixture-site.ts";

export const registries = loadRegistries(path.join(FIXTURE_DIR, "registry"));
export const sourcesDir = path.join(FIXTURE_DIR, "sources");
export const config = siteConfigFrom({ SITE_URL: "https://archive.example/" });

export function article(slug: string, fm: Partial<ArticleFrontMatter> = {}, body = `Story of ${slug}.`): ArticleSource {
  return {
    slug,
    file: `${slug}.md`,
    body,
    frontMatter: { title: slug, date: "2020-01-01", outlet: "Shafaq News", actors: [], places: [], sources: [`${slug}.txt`], ...fm },
  };
}

/**
 * A bit of everything a family makes: a place named by 60 articles (three pages of it, and of its
 * month), an undated article, an article republished from another outlet, related articles, a
 * name no registry knows, and a retired address leading to "kirkuk-talks".
 */
export function unitArticles(): ArticleSource[] {
  const erbil = Array.from({ length: 60 }, (_, i) =>
    article(`erbil-${String(i).padStart(2, "0")}`, { date: `2019-03-${String((i % 28) + 1).padStart(2, "0")}`, places: ["Erbil"], actors: i % 2 ? ["Barzani"] : [] }),
  );
  return [
    ...erbil,
    article("kirkuk-talks", { date: "2017-10-16", places: ["Kirkuk", "Hawler"], actors: ["Masoud Barzani", "Nobody Known"], related: ["erbil-01"], sources: ["kirkuk-meeting-ffff6666.txt"] }),
    article("undated-note", { date: undefined, captured: "2021-05-02T10:00:00Z", outlet: "Al-Monitor", original_outlet: "Sputnik", places: ["Tehran"] }),
    article("erbil-rejects", { date: "2017-09-20", places: ["Erbil", "Baghdad"], related: ["kirkuk-talks"], sources: ["erbil-rejects-aaaa1111.txt"] }),
  ];
}

export const unitLedger: AddressLedger = { entries: [{ slug: "kirkuk-talks-old", order: 0, captures: ["kirkuk-meeting-ffff6666.txt"] }] };

export function unitInput(articles: readonly ArticleSource[] = unitArticles(), more: Partial<BuildArchiveInput> = {}): BuildArchiveInput {
  return { articles, registries, sourcesDir, config, addresses: unitLedger, ...more };
}

function withRegistries(change: (registries: Registries) => void): Registries {
  const copy = structuredClone(registries);
  change(copy);
  return copy;
}

/**
 * Changes to the unit site, each as an input made from `base`: the articles it leaves alone are
 * base's very objects, as npm start's next build has them.
 */
export function unitChanges(base: readonly ArticleSource[] = unitArticles()): [string, () => BuildArchiveInput][] {
  const replace = (slug: string, change: (source: ArticleSource) => ArticleSource) => base.map((item) => (item.slug === slug ? change(item) : item));
  return [
    ["an article's title", () => unitInput(replace("erbil-05", (a) => ({ ...a, frontMatter: { ...a.frontMatter, title: "A new title" } })))],
    ["an article's story", () => unitInput(replace("kirkuk-talks", (a) => ({ ...a, body: "Another story entirely." })))],
    ["an article's date, into a new month and year", () => unitInput(replace("erbil-10", (a) => ({ ...a, frontMatter: { ...a.frontMatter, date: "2018-07-04" } })))],
    ["an article's date, removed", () => unitInput(replace("erbil-rejects", (a) => ({ ...a, frontMatter: { ...a.frontMatter, date: undefined, captured: "2022-01-01T00:00:00Z" } })))],
    ["an article's outlet", () => unitInput(replace("erbil-20", (a) => ({ ...a, frontMatter: { ...a.frontMatter, outlet: "Iraq Business News" } })))],
    ["an added article", () => unitInput([...base, article("new-story", { date: "2019-03-30", actors: ["Barzani", "Hemin Hawrami"], places: ["Kirkuk"] })])],
    // Sorted first, the new name takes the address "Nobody Known" had (nobody-known → nobody-known-2).
    ["an added article naming an unlisted name that takes another's address", () => unitInput([...base, article("shouting", { date: "2019-04-02", actors: ["NOBODY KNOWN"] })])],
    ["a removed article (which held an address and was related)", () => unitInput(base.filter((item) => item.slug !== "kirkuk-talks"))],
    ["a registry description", () => unitInput(base, { registries: withRegistries((r) => void (r.actors.find((a) => a.name === "Masoud Barzani")!.description = "Changed.")) })],
    ["a place's coordinates", () => unitInput(base, { registries: withRegistries((r) => void (r.places.find((p) => p.name === "Baghdad")!.coordinates = [36.0, 44.1])) })],
    ["an actor's kind (person → organization)", () => unitInput(base, { registries: withRegistries((r) => void (r.actors.find((a) => a.name === "Masoud Barzani")!.kind = "organization")) })],
    ["an alias that merges an unlisted name into an entry", () => unitInput(base, { registries: withRegistries((r) => void r.actors.find((a) => a.name === "Hemin Hawrami")!.aliases.push("Nobody Known")) })],
  ];
}

/** The draft the families before `name` built, and what that family builds on it. */
export function buildFamily(name: string, input: BuildArchiveInput = unitInput()): { draft: ArchiveDraft } & ReturnType<PageFamily["build"]> {
  const at = FAMILIES.findIndex((family) => family.name === name);
  if (at === -1) throw new Error(`no page family is named "${name}"`);
  const draft = runFamilies(input, FAMILIES.slice(0, at));
  return { draft, ...FAMILIES[at]!.build(draft) };
}
