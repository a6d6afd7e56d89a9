// Pagefind's Node API keeps one indexing service per module instance. Importing the module under
// distinct URLs gives independent services, so two indexes can be built at the same time (one
// per core) without spawning extra Node processes.
type Pagefind = typeof import("pagefind");

/**
 * Size of Pagefind's index chunks, in word positions (Pagefind's default: 20,000, ~27 KB gzip).
 * A search fetches, from every bundle, the chunk holding each of its words: with the default, a
 * one-word query over five bundles fetched ~135 KB of index, mostly other words' entries. At
 * 2,000 a chunk is ~4 KB, little more than the words asked for, at the price of a longer chunk
 * list in each bundle's metadata (+3 KB per 800 articles; 10,000 articles: index 40 KB → 19 KB
 * and metadata 111 KB → 122 KB for "kirkuk", against 5,000). Pagefind 1.5.2 reads it from the
 * service's environment (an "unstable" setting: INDEX_VERSION in search-indexing.ts names the version).
 */
export const INDEX_CHUNK_SIZE = 2000;

const instances = new Map<number, Promise<Pagefind>>();

export function pagefindInstance(slot: number): Promise<Pagefind> {
  let instance = instances.get(slot);
  if (!instance) {
    // The service is spawned with this process's environment on the first createIndex.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
    instance = import(`${import.meta.resolve("pagefind")}?instance=${slot}`) as Promise<Pagefind>;
    instances.set(slot, instance);
  }
  return instance;
}
