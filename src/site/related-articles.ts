// Related articles: those sharing the most actors and places, nearest in time first.
// Candidates come from the entity → articles lists, skipping entities so common that they
// say nothing (and would make this quadratic on a large archive); the best few are kept with a
// linear scan instead of sorting every candidate. An undated article is nearest in time to none.
import { instantOf } from "./compare.ts";

export interface RelatableArticle {
  slug: string;
  date?: string;
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
  const instants = articles.map((article) => (article.date === undefined ? undefined : instantOf(article.date)));
  const apart = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? Infinity : Math.abs(a - b));
  const shared = new Int32Array(articles.length);
  const touched: number[] = [];
  const related = new Map<string, string[]>();
  articles.forEach((article, index) => {
    touched.length = 0;
    for (const key of article.entityKeys) {
      const list = byEntity.get(key)!;
      if (list.length > MAX_LIST) continue;
      for (const other of list) {
        if (other === index) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other]! += 1;
      }
    }
    const mine = instants[index];
    // better(a, b): more shared entities, then nearer in time, then slug order.
    const better = (a: number, b: number) =>
      shared[a]! !== shared[b]!
        ? shared[a]! > shared[b]!
        : apart(instants[a], mine) !== apart(instants[b], mine)
          ? apart(instants[a], mine) < apart(instants[b], mine)
          : articles[a]!.slug < articles[b]!.slug;
    const best: number[] = [];
    for (const candidate of touched) {
      if (best.length === limit && !better(candidate, best[limit - 1]!)) continue;
      let position = Math.min(best.length, limit - 1);
      if (best.length < limit) best.push(candidate);
      else best[position] = candidate;
      while (position > 0 && better(best[position]!, best[position - 1]!)) {
        [best[position], best[position - 1]] = [best[position - 1]!, best[position]!];
        position--;
      }
    }
    for (const other of touched) shared[other] = 0;
    related.set(article.slug, best.map((other) => articles[other]!.slug));
  });
  return related;
}
