// Outlets by name or alias, and their signatures compiled once (case-insensitive, per line).
import type { Message } from "../messages.ts";
import type { OutletEntry, Registries } from "./load-registries.ts";

export const outletKey = (name: string) =>
  name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export interface OutletSignature {
  outlet: OutletEntry;
  pattern: RegExp;
  /**
   * The same pattern across line boundaries ("m"), for testing all of a capture's lines at once:
   * whatever matches one line also matches the lines joined by "\n", so no match there means no
   * line matches. Absent for patterns with negative lookarounds, which a neighbouring line can fail.
   */
  anyLine?: RegExp;
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
          this.signatures.push({ outlet, pattern, anyLine: /\(\?<?!/.test(source) ? undefined : new RegExp(source, "imu") });
        } catch (error) {
          this.messages.push({ file: registryFile, severity: "warning", ruleId: "outlet-signature", reason: `signature /${source}/ of ${outlet.name} is not a valid regular expression: ignored` });
        }
      }
    }
  }

  static fromRegistries(registries: Registries): OutletIndex {
    return new OutletIndex(registries.outlets);
  }

  lookup(name: string): OutletEntry | undefined {
    return this.byKey.get(outletKey(name));
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
