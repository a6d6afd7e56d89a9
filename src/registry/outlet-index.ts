// Outlets by name or alias, and their signatures compiled once (case-insensitive, per line).
import type { Message } from "../messages.ts";
import { aliasKey, compactKey } from "./alias-key.ts";
import type { OutletEntry, Registries } from "./load-registries.ts";

/** An outlet's alias key (see alias-key.ts); "The Independent" is also "Independent". */
export const outletKey = (name: string) => aliasKey(name.replace(/^\s*the\s+/i, ""));

export interface OutletSignature {
  outlet: OutletEntry;
  pattern: RegExp;
  /**
   * Characters every match contains (lower case), when the pattern has such a run of three or
   * more: a capture's text without them cannot match, and a substring search is far cheaper.
   */
  literal?: string;
  /**
   * The same pattern across line boundaries ("m"), for testing all of a capture's lines at once:
   * whatever matches one line also matches the lines joined by "\n", so no match there means no
   * line matches. Absent for patterns with negative lookarounds, which a neighbouring line can
   * fail, and for patterns anchored at a line's start, which the line-by-line search tries once a line.
   */
  anyLine?: RegExp;
}

const SPECIAL = new Set([..."^$.*+?()[]{}|\\/"]);

/**
 * The longest run of plain ASCII characters that every match of a regular expression contains,
 * lower case, or undefined. Conservative: alternation at the top, groups, classes, escapes other
 * than an escaped punctuation mark, and quantified characters all end a run.
 */
export function requiredLiteral(source: string): string | undefined {
  if (/\\[upPkcx0-9]/.test(source)) return undefined;
  const runs: string[] = [];
  let run = "";
  const end = () => {
    if (run) runs.push(run);
    run = "";
  };
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    let literal: string | undefined;
    if (char === "\\") {
      const next = source[++index];
      if (next !== undefined && /[!-\/:-@[-`{-~]/.test(next)) literal = next;
    } else if (char === "|") return undefined;
    else if (char === "[") {
      for (index++; index < source.length && source[index] !== "]"; index++) if (source[index] === "\\") index++;
    } else if (char === "(") {
      let depth = 1;
      for (index++; index < source.length && depth > 0; index++) {
        const inner = source[index]!;
        if (inner === "\\") index++;
        else if (inner === "[") {
          for (index++; index < source.length && source[index] !== "]"; index++) if (source[index] === "\\") index++;
        } else if (inner === "(") depth++;
        else if (inner === ")") depth--;
      }
      index--;
    } else if (char === "{") {
      while (index < source.length && source[index] !== "}") index++;
    } else if (!SPECIAL.has(char) && char >= " " && char <= "~") literal = char;
    const quantified = index + 1 < source.length && "?*+{".includes(source[index + 1]!);
    if (literal === undefined) end();
    else if (quantified) {
      // "s?" may be absent, "s+" and "s{2}" are there once at least but end the run.
      if (source[index + 1] === "+" || (source[index + 1] === "{" && !/^\{0*,/.test(source.slice(index + 1)) && !/^\{0+\}/.test(source.slice(index + 1)))) run += literal.toLowerCase();
      end();
    } else run += literal.toLowerCase();
  }
  end();
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest.length >= 3 ? longest : undefined;
}

export class OutletIndex {
  private readonly byKey = new Map<string, OutletEntry>();
  readonly signatures: OutletSignature[] = [];
  readonly messages: Message[] = [];
  /** Every name and alias, lower case, for recognising a line that is only an outlet's name. */
  readonly names = new Set<string>();

  constructor(readonly outlets: OutletEntry[], registryFile = "content/registry/outlets.yaml") {
    for (const outlet of outlets) {
      for (const name of [outlet.name, ...outlet.aliases]) {
        if (!this.byKey.has(outletKey(name))) this.byKey.set(outletKey(name), outlet);
        this.names.add(name.toLowerCase().replace(/^the\s+/, ""));
      }
      for (const source of outlet.signatures) {
        try {
          const pattern = new RegExp(source, "iu");
          const literal = requiredLiteral(source);
          const anyLine = literal || source.startsWith("^") || /\(\?<?!/.test(source) ? undefined : new RegExp(source, "imu");
          this.signatures.push({ outlet, pattern, literal, anyLine });
        } catch (error) {
          this.messages.push({ file: registryFile, severity: "warning", ruleId: "outlet-signature", reason: `signature /${source}/ of ${outlet.name} is not a valid regular expression: ignored` });
        }
      }
    }
  }

  /** `registryFile`: the outlets.yaml the registries were read from, named in its messages. */
  static fromRegistries(registries: Registries, registryFile?: string): OutletIndex {
    return new OutletIndex(registries.outlets, registryFile);
  }

  /** Signature literals by their first two characters, for finding them all in one pass over a text. */
  private literalsByPair?: Map<number, string[]>;
  private literalPairs?: Uint8Array;

  /** The signature literals a lower-case text contains, found in one pass (not one search each). */
  literalsIn(lower: string): Set<string> {
    if (!this.literalsByPair || !this.literalPairs) {
      this.literalsByPair = new Map();
      this.literalPairs = new Uint8Array(65536);
      for (const literal of new Set(this.signatures.map((signature) => signature.literal).filter((literal) => literal !== undefined))) {
        const pair = (literal.charCodeAt(0) << 16) | literal.charCodeAt(1);
        (this.literalsByPair.get(pair) ?? this.literalsByPair.set(pair, []).get(pair)!).push(literal);
        this.literalPairs[(pair ^ (pair >>> 16)) & 0xffff] = 1;
      }
    }
    const found = new Set<string>();
    for (let index = 0; index + 1 < lower.length; index++) {
      const pair = (lower.charCodeAt(index) << 16) | lower.charCodeAt(index + 1);
      if (!this.literalPairs[(pair ^ (pair >>> 16)) & 0xffff]) continue;
      for (const literal of this.literalsByPair.get(pair) ?? []) if (lower.startsWith(literal, index)) found.add(literal);
    }
    return found;
  }

  lookup(name: string): OutletEntry | undefined {
    return this.byKey.get(outletKey(name));
  }

  private byCompact?: Map<string, OutletEntry>;

  /**
   * The outlet a name written without spaces or punctuation is ("aljazeera" is Al Jazeera,
   * "theguardian" is The Guardian): how a site's host label names it.
   */
  lookupCompact(compact: string): OutletEntry | undefined {
    if (!this.byCompact) {
      this.byCompact = new Map();
      for (const outlet of this.outlets) {
        for (const name of [outlet.name, ...outlet.aliases]) {
          const key = compactKey(name);
          for (const form of [key, key.replace(/^the(?=.{3})/, "")]) if (form.length >= 3 && !this.byCompact.has(form)) this.byCompact.set(form, outlet);
        }
      }
    }
    return this.byCompact.get(compact);
  }

  private mentionPatterns?: Array<{ outlet: OutletEntry; patterns: RegExp[] }>;

  /** Outlets named in a text by any of their names ("the views of Iraq Business News"). */
  namedIn(text: string): OutletEntry[] {
    // Compiled on first use, once: acronyms ("KRG") must match in capitals, names in any case.
    this.mentionPatterns ??= this.outlets.map((outlet) => ({
      outlet,
      patterns: [outlet.name, ...outlet.aliases].map((name) => {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const acronym = /^[\p{Lu}\d]{2,6}$/u.test(name);
        return new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, acronym ? "u" : "iu");
      }),
    }));
    // Earliest mention first: "The KRG … the Joint Operations Command …" names the KRG first.
    return this.mentionPatterns
      .map(({ outlet, patterns }) => ({ outlet, at: Math.min(...patterns.map((pattern) => text.search(pattern)).filter((index) => index >= 0)) }))
      .filter(({ at }) => Number.isFinite(at))
      .sort((a, b) => a.at - b.at)
      .map(({ outlet }) => outlet);
  }
}
