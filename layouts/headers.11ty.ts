// /_headers (Netlify, Cloudflare Pages): the same Content-Security-Policy as every page's meta tag,
// plus headers a meta tag cannot set.
import { permalinkOf } from "../src/site/families/page-family.ts";
import { HEADERS_PATH } from "../src/site/families/site-files.ts";
import { CONTENT_SECURITY_POLICY } from "../src/site/page-shell.ts";

export const data = { permalink: permalinkOf(HEADERS_PATH) };

export function render(): string {
  return `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n\n/sources/*\n  Content-Type: text/plain; charset=utf-8\n`;
}
