// Article bodies are untrusted data: markdown-it with raw HTML off, only http(s) links kept,
// and images shown as links so that no capture can make the reader's browser fetch anything.
import markdownIt, { type MarkdownIt } from "markdown-it";
import { escapeHtml } from "./html.ts";

const SAFE_URL = /^https?:\/\/[^\s]+$/i;

export function isSafeLink(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

export function createMarkdownRenderer(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  // Links that fail validation stay as plain text (markdown-it does not turn them into <a>).
  md.validateLink = isSafeLink;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (!token) return "";
    const src = String(token.attrGet("src") ?? "");
    const alt = self.renderInlineAsText(token.children ?? [], options, env) || "image";
    if (!isSafeLink(src)) return escapeHtml(alt);
    return `<a href="${escapeHtml(src)}" rel="nofollow noopener noreferrer">${escapeHtml(`[image: ${alt}]`)}</a>`;
  };
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index]?.attrSet("rel", "nofollow noopener noreferrer");
    return defaultLinkOpen ? defaultLinkOpen(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
  };
  return md;
}
