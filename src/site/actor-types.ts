// Actor name → registry kind (person/organization), built once per archive for JSON-LD.
import type { Archive } from "./archive-types.ts";

const cache = new WeakMap<Archive, Map<string, string>>();

export function actorTypes(archive: Archive): ReadonlyMap<string, string> {
  let types = cache.get(archive);
  if (!types) cache.set(archive, (types = new Map(archive.actors.map((actor) => [actor.name, actor.type]))));
  return types;
}
