// Related articles: those sharing the most actors and places, nearest in time first.
// Candidates come from the entity → articles lists, skipping entities so common that they
// say nothing (and would make this quadratic on a large archive).
import { instantOf } from "./compare.ts";

export interface RelatableArticle {
  slug: string;
  date: string;
  entityKeys: string[];
}

const MAX_LIST = 400;

export function findRelated(articles: readonly RelatableArticle[], limit = 4): Map<string, string[]> {
  const byEntity = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const key of article.entityKeys) {
      const list = byEntity.get(key);
      if (list) list.push(index);
      else byEntity.set(key, [index]);
    }
  });
  const instants = articles.map((article) => instantOf(article.date));
  const related = new Map<string, string[]>();
  const shared = new Map<number, number>();
  articles.forEach((article, index) => {
    shared.clear();
    for (const key of article.entityKeys) {
      const list = byEntity.get(key) ?? [];
      if (list.length > MAX_LIST) continue;
      for (const other of list) if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const mine = instants[index] ?? 0;
    const ranked = [...shared.entries()].sort(
      ([a, countA], [b, countB]) =>
        countB - countA ||
        Math.abs((instants[a] ?? 0) - mine) - Math.abs((instants[b] ?? 0) - mine) ||
        (articles[a]!.slug < articles[b]!.slug ? -1 : 1),
    );
    related.set(article.slug, ranked.slice(0, limit).map(([other]) => articles[other]!.slug));
  });
  return related;
}
