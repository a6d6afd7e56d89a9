// A short, stable name for a text's bytes: what the site manifest remembers of each page and what
// names a search bundle's content, so that an unchanged page or bundle is known without comparing it.
import crypto from "node:crypto";

export function contentHash(content: string): string {
  return crypto.createHash("sha1").update(content).digest("base64url");
}

/**
 * contentHash of texts met before, looked up by the text itself. A process that keeps its data
 * warm (npm start) meets the same bodies build after build, often as the very same strings, and a
 * lookup costs a fraction of hashing them again. Each round keeps only the texts of the last round
 * and this one, so a text no build uses any more is let go.
 */
export class ContentHashMemo {
  private previous = new Map<string, string>();
  private current = new Map<string, string>();

  hash(content: string): string {
    let hash = this.current.get(content);
    if (hash === undefined) this.current.set(content, (hash = this.previous.get(content) ?? contentHash(content)));
    return hash;
  }

  /** Starts a round (a build): texts not met since the round before are forgotten. */
  nextRound(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
