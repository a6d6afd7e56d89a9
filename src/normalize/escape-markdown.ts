// Captured text must stay text: every character markdown (or markdown-it's extensions) would read
// as markup is backslash-escaped, so `<script>`, `[x](javascript:…)` and `![img](…)` render literally.
const INLINE_SIGNIFICANT = /[\\`*_[\]<>|~]/g;
const ENTITY = /&(?=#?\w+;)/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SIGNIFICANT, (char) => `\\${char}`)
    .replace(ENTITY, "\\&")
    // Block syntax at the start of a line: headings, lists, quotes, rules, setext underlines.
    .replace(/^(\s*)([#+=-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(\s|$)/, "$1\\$2$3");
}
