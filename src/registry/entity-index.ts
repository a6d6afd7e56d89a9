// One compiled matcher for every alias of every registry entry: a token trie walked once per
// text, longest alias first. Built once per run; matching is linear in the text's tokens.
import { tokenKey, tokenize, type Token } from "./alias-key.ts";
import type { Registries } from "./load-registries.ts";

/** Outlets are matched too, only so that "Middle East Eye" is never read as the place "Middle
 *  East"; find-entities never lists them. */
export type EntityType = "person" | "organization" | "place" | "outlet";

export interface RegistryEntity {
  name: string;
  type: EntityType;
  kind: string;
}

export interface AliasMatch {
  entity: RegistryEntity;
  start: number;
  end: number;
  text: string;
}

/** Capitalised, or an Arabic article before a capital ("al-Kiki"). */
export function isCapitalised(raw: string): boolean {
  const first = raw.charCodeAt(0);
  // ASCII first: a capital or digit is, a small letter is only as an article with a hyphen.
  if ((first >= 65 && first <= 90) || (first >= 48 && first <= 57)) return true;
  if (first >= 97 && first <= 122 && !raw.includes("-")) return false;
  return /^[\p{Lu}\d]/u.test(raw) || /^(al|el|ad|an|ar|as|at|az|bin|ibn|abu|bint)-\p{Lu}/u.test(raw);
}

type CaseRule = "exact" | "initial" | "any";

interface AliasEntry {
  entity: RegistryEntity;
  rule: CaseRule;
  raw: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

function caseRule(alias: string): CaseRule {
  if (alias.length <= 6 && /^[\p{Lu}\d.&-]+$/u.test(alias)) return "exact";
  return /^\p{Ll}/u.test(alias) ? "any" : "initial";
}

/** "Haider al-Abadi" is also written "Haider Abadi" and "Haider al Abadi". */
function spellingVariants(tokens: string[]): string[][] {
  const variants = [tokens];
  const articled = tokens.findIndex((token) => /^(al|el)-/i.test(token));
  if (articled >= 0) {
    const bare = tokens[articled]!.replace(/^(al|el)-/i, "");
    variants.push([...tokens.slice(0, articled), bare, ...tokens.slice(articled + 1)]);
    variants.push([...tokens.slice(0, articled), tokens[articled]!.slice(0, 2), bare, ...tokens.slice(articled + 1)]);
  }
  return variants;
}

export class EntityIndex {
  private readonly root = newNode();
  readonly entities: RegistryEntity[] = [];

  static fromRegistries(registries: Registries): EntityIndex {
    const index = new EntityIndex();
    for (const actor of registries.actors) index.add({ name: actor.name, type: actor.kind, kind: actor.kind }, actor.aliases);
    for (const place of registries.places) index.add({ name: place.name, type: "place", kind: place.kind }, place.aliases);
    // Without "The": "the Independent High Electoral Commission" must reach the longer actor name.
    const bare = (name: string) => name.replace(/^the\s+/i, "");
    for (const outlet of registries.outlets) index.add({ name: bare(outlet.name), type: "outlet", kind: outlet.kind }, outlet.aliases.map(bare));
    return index;
  }

  add(entity: RegistryEntity, aliases: string[]): void {
    this.entities.push(entity);
    // "Haider al-Abadi" is also "Al-Abadi": a surname with its article names the person.
    const surname = entity.type === "person" ? /(?:^|\s)((?:al|el)-\S+)$/i.exec(entity.name)?.[1] : undefined;
    const withSurname = surname ? [...aliases, surname.charAt(0).toUpperCase() + surname.slice(1)] : aliases;
    for (const alias of new Set([entity.name, ...withSurname])) {
      const rule = caseRule(alias);
      for (const variant of spellingVariants(tokenize(alias).map((token) => token.raw))) {
        if (variant.length === 0) continue;
        let node = this.root;
        for (const raw of variant) {
          const key = tokenKey(raw);
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = newNode()));
          node = child;
        }
        if (!node.entries.some((entry) => entry.entity === entity)) node.entries.push({ entity, rule, raw: variant });
      }
    }
  }

  private accepts(entry: AliasEntry, tokens: Token[], from: number): boolean {
    if (entry.rule === "any") return true;
    if (entry.rule === "exact") return entry.raw.every((raw, offset) => tokens[from + offset]!.raw.replace(/['’]s$/, "") === raw);
    return isCapitalised(tokens[from]!.raw);
  }

  /** Longest registry aliases in the text, left to right, never overlapping. */
  match(text: string, tokens: Token[] = tokenize(text)): AliasMatch[] {
    const matches: AliasMatch[] = [];
    for (let index = 0; index < tokens.length; ) {
      let node: TrieNode | undefined = this.root;
      let best: { entry: AliasEntry; end: number } | undefined;
      for (let cursor = index; cursor < tokens.length; cursor++) {
        node = node.next.get(tokens[cursor]!.key);
        if (!node) break;
        const entry = node.entries.find((candidate) => this.accepts(candidate, tokens, index));
        if (entry) best = { entry, end: cursor };
      }
      if (!best) {
        index++;
        continue;
      }
      const start = tokens[index]!.start;
      const end = tokens[best.end]!.end;
      matches.push({ entity: best.entry.entity, start, end, text: text.slice(start, end) });
      index = best.end + 1;
    }
    return matches;
  }
}
