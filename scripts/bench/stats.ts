// Median and spread of repeated measurements, and the plain-text table the bench prints.

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length === 0 ? Number.NaN : sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN, runs: values.slice() };
}

export interface Row {
  figure: string;
  spread: Spread | undefined;
  unit: string;
  /** Decimal places (default 0; seconds get 2). */
  digits?: number;
  note?: string;
}

const format = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "–";

export function formatTable(title: string, rows: readonly Row[]): string {
  const cells = rows.map((row) => {
    const digits = row.digits ?? 0;
    if (!row.spread) return [row.figure, "skipped", "", row.note ?? ""];
    const { median, min, max, runs } = row.spread;
    const spread = runs.length > 1 ? `${format(min, digits)} – ${format(max, digits)}` : "";
    return [row.figure, `${format(median, digits)} ${row.unit}`, spread, row.note ?? ""];
  });
  const header = ["figure", "median", "spread (min – max)", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => `| ${c.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number))).join(" | ")} |`;
  return [`\n${title}`, line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}

export const toSeconds = (ms: number): number => ms / 1000;
export const mapSpread = (spread: Spread, fn: (value: number) => number): Spread => spreadOf(spread.runs.map(fn));
