// Appends a list to another in place. `list.push(...items)` passes every item as an argument on
// the stack, and V8 throws "Maximum call stack size exceeded" past ~120,000 of them: an archive of
// 100,000 captures has more messages than that (~5 curation notes a capture before they are
// collapsed), and about as many pages in one family.
export function appendAll<T>(list: T[], items: Iterable<T>): T[] {
  for (const item of items) list.push(item);
  return list;
}
