// Where a front-matter field is written in a markdown file, so that a schema problem points at
// the field's own line (of the file, the opening `---` being line 1), not at the top of the file.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

const FENCED = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m;

/**
 * The line of the field at `path` (a schema issue's path, e.g. ["provenance", "date", "line"]);
 * a field that is absent gives the line of the nearest enclosing field written, a missing
 * top-level field (or a file with no front matter) gives undefined: say which field instead.
 */
export function frontMatterFieldLine(text: string, path: readonly PropertyKey[]): number | undefined {
  const fenced = FENCED.exec(text);
  if (!fenced || fenced.index !== 0) return undefined;
  const lineCounter = new LineCounter();
  const document = parseDocument(fenced[1]!, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) return undefined;
  // Down the path: a mapping's field is pointed at by its key (`actors:`), a list's item by itself.
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const key of path) {
    let range: [number, number, number] | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      node = pair?.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      range = (node as { range?: [number, number, number] } | undefined)?.range;
    } else node = undefined;
    if (!range) break;
    // +1: the YAML starts on the line after the opening fence.
    line = lineCounter.linePos(range[0]).line + 1;
  }
  return line;
}
