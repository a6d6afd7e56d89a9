// Loads the hand-edited registries (actors, places, outlets) under content/registry/.
// A registry is all or nothing: a YAML or schema error is fatal, so nothing is ever built from
// half a registry; every problem in every file is reported at once, each with its file and line.
import fs from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { Message } from "../messages.ts";

const aliases = z.array(z.string().min(1)).default([]);

export const ActorEntrySchema = z.object({
  name: z.string().min(1),
  kind: z.enum(["person", "organization"]),
  aliases,
  description: z.string().optional(),
});

export const PlaceEntrySchema = z.object({
  name: z.string().min(1),
  kind: z.string().default("place"),
  aliases,
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  description: z.string().optional(),
});

export const OutletEntrySchema = z.object({
  name: z.string().min(1),
  kind: z.string().default("news outlet"),
  aliases,
  /** Regular expressions (case-insensitive) whose match in a capture names this outlet. */
  signatures: z.array(z.string().min(1)).default([]),
  url: z.string().optional(),
  description: z.string().optional(),
});

export type ActorEntry = z.infer<typeof ActorEntrySchema>;
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;
export type OutletEntry = z.infer<typeof OutletEntrySchema>;

export interface Registries {
  actors: ActorEntry[];
  places: PlaceEntry[];
  outlets: OutletEntry[];
}

/** One thing wrong in a registry file, as data: where, and why (and the entry's field when known). */
export interface RegistryProblem {
  file: string;
  line?: number;
  /** The entry's field at fault (dotted path), when the schema names one. */
  field?: string;
  reason: string;
}

/**
 * Every problem found in the registries (all files, all entries), each with its file and line.
 * `file`, `line` and `reason` are the first problem's.
 */
export class RegistryError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(readonly problems: readonly RegistryProblem[]) {
    super(problems.map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ""} error ${problem.reason} (registry)`).join("\n"));
    this.name = "RegistryError";
    const [first] = problems;
    if (!first) throw new Error("a RegistryError needs at least one problem");
    this.file = first.file;
    this.line = first.line;
    this.reason = first.reason;
  }
}

interface RangedNode {
  range?: [number, number, number];
}

function loadList<T>(file: string, schema: z.ZodType<T>, problems: RegistryProblem[]): T[] {
  if (!fs.existsSync(file)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(fs.readFileSync(file, "utf8"), { lineCounter, prettyErrors: false });
  const lineOf = (node: unknown) => {
    const range = (node as RangedNode | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  if (document.errors.length > 0) {
    for (const yamlError of document.errors) {
      problems.push({ file, line: lineCounter.linePos(yamlError.pos[0]).line, reason: `YAML does not parse: ${yamlError.message.split("\n")[0]}` });
    }
    return [];
  }
  const data: unknown = document.toJS() ?? [];
  if (!Array.isArray(data)) {
    problems.push({ file, line: lineOf(document.contents) ?? 1, reason: "a registry must be a YAML list of entries" });
    return [];
  }
  const entries: T[] = [];
  data.forEach((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".");
      // The offending field's own line; a missing field's is its entry's.
      const line = lineOf(document.getIn([index, ...issue.path], true)) ?? lineOf(document.getIn([index], true));
      problems.push({ file, line, ...(field ? { field } : {}), reason: `entry ${index + 1}: ${field || "entry"}: ${issue.message}` });
    }
  });
  return entries;
}

/** The three registries, or a RegistryError listing every problem in them. */
export function loadRegistries(registryDir: string): Registries {
  const problems: RegistryProblem[] = [];
  const registries = {
    actors: loadList(path.join(registryDir, "actors.yaml"), ActorEntrySchema, problems),
    places: loadList(path.join(registryDir, "places.yaml"), PlaceEntrySchema, problems),
    outlets: loadList(path.join(registryDir, "outlets.yaml"), OutletEntrySchema, problems),
  };
  if (problems.length > 0) throw new RegistryError(problems);
  return registries;
}

/** A registry problem as a build message (fatal: nothing is built from half a registry). */
export function registryMessage(problem: RegistryProblem, consequence = ""): Message {
  return {
    file: problem.file,
    line: problem.line,
    severity: "error",
    ruleId: "registry",
    reason: `${problem.reason}${consequence}`,
    ...(problem.field ? { data: { field: problem.field } } : {}),
  };
}
