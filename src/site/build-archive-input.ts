// What the site data is computed from: the normalized articles, the registries, the captures
// folder and the site's settings (see build-archive.ts).
import type { AddressLedger } from "../normalize/address-ledger.ts";
import type { Registries } from "../registry/load-registries.ts";
import type { BodyCache } from "./body-cache.ts";
import type { ArticleSource } from "./load-articles.ts";
import type { SiteConfig } from "./site-config.ts";

export interface BuildArchiveInput {
  articles: readonly ArticleSource[];
  registries: Registries;
  sourcesDir: string;
  config: SiteConfig;
  /** Index articles as several search bundles cut by year (see src/search/shard-plan.ts). */
  searchShards?: boolean;
  /** Rendered bodies of earlier builds (the build keeps one between runs). */
  bodies?: BodyCache;
  /** Every address articles were published under: retired ones become redirects. */
  addresses?: AddressLedger;
  /** Keep what the next build of this process can reuse (npm start); else it is let go once built. */
  keepWarm?: boolean;
}
