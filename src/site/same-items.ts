// Whether two lists hold the very same items, in the same order: how a rebuild that keeps its
// views (npm start) tells that a view's inputs are the objects it was made of.
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, at) => item === b[at]);
}
