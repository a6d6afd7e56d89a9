// Loads the hand-edited registries (actors, places, outlets) under content/registry/.
// A registry is all or nothing: a YAML or schema error is fatal and names the file and line,
// so nothing is ever built from half a registry.
import fs from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";

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

export class RegistryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ""} error ${reason} (registry)`);
    this.name = "RegistryError";
  }
}

function loadList<T>(file: string, schema: z.ZodType<T>): T[] {
  if (!fs.existsSync(file)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(fs.readFileSync(file, "utf8"), { lineCounter, prettyErrors: false });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new RegistryError(file, line, `YAML does not parse: ${yamlError.message.split("\n")[0]}`);
  }
  const data: unknown = document.toJS() ?? [];
  if (!Array.isArray(data)) throw new RegistryError(file, 1, "a registry must be a YAML list of entries");
  const entries = document.contents && "items" in document.contents ? document.contents.items : [];
  return data.map((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) return parsed.data;
    const node = entries[index] as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const issue = parsed.error.issues[0];
    throw new RegistryError(file, line, `entry ${index + 1}: ${issue?.path.join(".") || "entry"}: ${issue?.message}`);
  });
}

export function loadRegistries(registryDir: string): Registries {
  return {
    actors: loadList(path.join(registryDir, "actors.yaml"), ActorEntrySchema),
    places: loadList(path.join(registryDir, "places.yaml"), PlaceEntrySchema),
    outlets: loadList(path.join(registryDir, "outlets.yaml"), OutletEntrySchema),
  };
}
