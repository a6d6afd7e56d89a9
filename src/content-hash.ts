// A short, stable name for a text's bytes: what the site manifest remembers of each page and what
// names a search bundle's content, so that an unchanged page or bundle is known without comparing it.
import crypto from "node:crypto";

export function contentHash(content: string): string {
  return crypto.createHash("sha1").update(content).digest("base64url");
}
