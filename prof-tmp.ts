import path from "node:path";
import { loadArticles } from "./src/site/load-articles.ts";
import { loadRegistries } from "./src/registry/load-registries.ts";
import { FAMILIES } from "./src/site/build-archive.ts";
import { siteConfigFrom } from "./src/site/site-config.ts";
const loaded: any = await (loadArticles as any)("/tmp/ui-demo/articles");
const articles = loaded.articles ?? loaded;
const input: any = { articles, registries: loadRegistries("/tmp/ui-demo/registry"), sourcesDir: "/tmp/ui-demo/sources", config: siteConfigFrom({}) };
for (let run = 0; run < 3; run++) {
  const draft: any = { input, messages: [], parts: { config: input.config }, pages: [] };
  const times: string[] = [];
  for (const f of FAMILIES) { const t = performance.now(); const { parts, pages } = f.build(draft); Object.assign(draft.parts, parts); draft.pages.push(...pages); times.push(`${f.name} ${(performance.now() - t).toFixed(0)}`); }
  console.log(times.join(", "));
}
