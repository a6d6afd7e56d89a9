// Turns the names articles mention into entities with stable slugs, merged with what the
// registries know about them. A name no registry lists still gets its page ("unlisted").
import crypto from "node:crypto";
import { UNKNOWN_OUTLET } from "../normalize/write-article.ts";
import { aliasKey } from "../registry/alias-key.ts";
import type { Registries } from "../registry/load-registries.ts";
import { uniqueSlug } from "../slug.ts";
import type { EntityKind, EntityRef } from "./archive-types.ts";
import { compareNames } from "./compare.ts";
import { ENTITY_KIND_NAMES, kindPath } from "./entity-kinds.ts";

export interface RegistryFacts {
  type: string;
  aliases: string[];
  description?: string;
  coordinates?: [number, number];
  homepage?: string;
}

export interface EntityCatalog {
  /** Canonical name for a name as written in an article (aliases resolve to their entry). */
  canonical(kind: EntityKind, name: string): string;
  ref(kind: EntityKind, name: string): EntityRef;
  facts(kind: EntityKind, name: string): RegistryFacts | undefined;
  refs(kind: EntityKind): EntityRef[];
  /** Every name the catalog it was made from (`last`) knew and it knows too has the very same ref. */
  readonly keptRefs: boolean;
}

function registryEntries(registries: Registries, kind: EntityKind): { name: string; aliases: string[]; facts: RegistryFacts }[] {
  if (kind === "actor") {
    return registries.actors.map((e) => ({ name: e.name, aliases: e.aliases, facts: { type: e.kind, aliases: e.aliases, description: e.description } }));
  }
  if (kind === "place") {
    return registries.places.map((e) => ({
      name: e.name,
      aliases: e.aliases,
      facts: { type: e.kind, aliases: e.aliases, description: e.description, coordinates: e.coordinates },
    }));
  }
  return registries.outlets.map((e) => ({
    name: e.name,
    aliases: e.aliases,
    facts: { type: e.kind, aliases: e.aliases, description: e.description, homepage: e.url },
  }));
}

/**
 * Builds the catalog from every name used (per kind); slugs are assigned in A–Z order so they are
 * stable. A name `last` (the catalog of the build before) gave the same slug keeps its very ref: a
 * rebuild can then tell by identity which articles name the same entities as before.
 */
export function createEntityCatalog(registries: Registries, usedNames: Record<EntityKind, Iterable<string>>, last?: EntityCatalog): EntityCatalog {
  // One map per kind, looked up by the name itself: the names of 10,000 stories (~200,000 lookups a
  // build) are the same strings build after build, so no key is made and hashed again for each.
  const perKind = <V>() => Object.fromEntries(ENTITY_KIND_NAMES.map((kind) => [kind, new Map<string, V>()])) as Record<EntityKind, Map<string, V>>;
  const facts = perKind<RegistryFacts>();
  const aliasToName = perKind<string>();
  const refs = perKind<EntityRef>();
  const byKind = Object.fromEntries(ENTITY_KIND_NAMES.map((kind) => [kind, [] as EntityRef[]])) as Record<EntityKind, EntityRef[]>;
  let keptRefs = last !== undefined;

  for (const kind of ENTITY_KIND_NAMES) {
    for (const entry of registryEntries(registries, kind)) {
      facts[kind].set(entry.name, entry.facts);
      for (const alias of [entry.name, ...entry.aliases]) {
        const known = aliasKey(alias);
        if (!aliasToName[kind].has(known)) aliasToName[kind].set(known, entry.name);
      }
    }
  }
  // Each name is looked up once per mention (~20 a story): its alias key is computed once per catalog.
  const canonicalNames = perKind<string>();
  const canonical = (kind: EntityKind, name: string) => {
    let found = canonicalNames[kind].get(name);
    if (found === undefined) canonicalNames[kind].set(name, (found = facts[kind].has(name) ? name : (aliasToName[kind].get(aliasKey(name)) ?? name)));
    return found;
  };

  for (const kind of ENTITY_KIND_NAMES) {
    const names = [...new Set([...usedNames[kind]].map((name) => canonical(kind, name)))].sort(compareNames);
    const taken = new Set<string>(["page"]);
    const before = new Map(last?.refs(kind).map((ref) => [ref.name, ref]));
    for (const name of names) {
      const fallback = `${kind}-${crypto.createHash("sha256").update(name).digest("hex").slice(0, 8)}`;
      const slug = uniqueSlug(name, taken, fallback);
      const known = before.get(name);
      const unidentified = kind === "outlet" && name === UNKNOWN_OUTLET ? ({ unidentified: true } as const) : {};
      const ref: EntityRef = known?.slug === slug ? known : Object.freeze({ kind, name, slug, path: kindPath(kind, slug), ...unidentified });
      if (known && known !== ref) keptRefs = false;
      refs[kind].set(name, ref);
      byKind[kind].push(ref);
    }
  }

  return {
    canonical,
    ref(kind, name) {
      const found = refs[kind].get(canonical(kind, name));
      if (!found) throw new Error(`entity ${kind} "${name}" was not declared to the catalog`);
      return found;
    },
    facts: (kind, name) => facts[kind].get(canonical(kind, name)),
    refs: (kind) => byKind[kind],
    keptRefs,
  };
}
