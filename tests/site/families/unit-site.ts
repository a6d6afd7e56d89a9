// Small archives written in the tests, for the page families' tests: articles with only the
// fields a test cares about, the fixture site's registries, and the families run up to one.
import path from "node:path";
import type { ArticleFrontMatter } from "../../../src/article-schema.ts";
import type { AddressLedger } from "../../../src/normalize/address-ledger.ts";
import { loadRegistries } from "../../../src/registry/load-registries.ts";
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

/** The draft the families before `name` built, and what that family builds on it. */
export function buildFamily(name: string, input: BuildArchiveInput = unitInput()): { draft: ArchiveDraft } & ReturnType<PageFamily["build"]> {
  const at = FAMILIES.findIndex((family) => family.name === name);
  if (at === -1) throw new Error(`no page family is named "${name}"`);
  const draft = runFamilies(input, FAMILIES.slice(0, at));
  return { draft, ...FAMILIES[at]!.build(draft) };
}
