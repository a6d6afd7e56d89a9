// Whether two lists hold the very same items, in the same order: how a step tells that what it
// made last time (a page's view, an article's front matter, a capture without site chrome) was
// made of these very objects, so it may be kept.
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, at) => item === b[at]);
}
