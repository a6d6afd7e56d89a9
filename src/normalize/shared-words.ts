// One string per distinct word across the archive, for the word counts of each capture's merge
// fingerprint (merge-duplicates.ts). The counts come from a worker thread or the cache, each with
// strings of its own: ~300 words a capture, most of them words thousands of other captures count
// too. Keyed by shared strings, the same counts take about half the memory, and they live from
// the capture stages until the articles are related.

/** Counts already keyed by shared strings (a warm process meets the same maps build after build). */
const shared = new WeakSet<Map<string, number>>();

export class SharedWords {
  private readonly words = new Map<string, string>();

  /** The same counts in the same order (the similarity scores depend on it), keyed by the shared strings. */
  share(counts: Map<string, number>): Map<string, number> {
    if (shared.has(counts)) return counts;
    const sharing = new Map<string, number>();
    for (const [word, count] of counts) {
      let one = this.words.get(word);
      if (one === undefined) this.words.set(word, (one = word));
      sharing.set(one, count);
    }
    shared.add(sharing);
    return sharing;
  }
}
