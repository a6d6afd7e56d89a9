// How a page names its own site in its chrome, when no URL says which site it is: "More From
// Example Post", "Jane Roe is a senior writer for Example Post", "Example Post is where …",
// "Subscribe to Example Post", "Example Post Staff". Any one of these may name something else (a
// section, a newsletter, a past employer); a name that two different kinds of line give is the site's.
import type { SourceLine } from "./capture-file.ts";

/** A name as sites write theirs: one to four capitalised words, "The" allowed first. */
const NAME = String.raw`((?:The )?[\p{Lu}\d][\p{L}\d&'’.-]*(?: [\p{Lu}\d&][\p{L}\d&'’.-]*){0,3})`;

/** The kinds of line in which a site names itself; each captures the name. */
const SELF_REFERENCES: readonly RegExp[] = [
  new RegExp(String.raw`^More (?:Great )?${NAME} (?:Stories|News|Videos|Articles)$`, "u"),
  new RegExp(String.raw`^More (?:from|From|FROM) ${NAME}$`, "u"),
  new RegExp(String.raw`\b(?:writer|editor|reporter|correspondent|columnist|contributor|producer) (?:for|at|with) ${NAME}(?=[,.;]| and | where |$)`, "u"),
  new RegExp(String.raw`^${NAME} is (?:where|the|a|an|your|dedicated|committed)\b.{20,}`, "u"),
  new RegExp(String.raw`^(?:Subscribe to|Follow|Like) ${NAME}(?: on (?:Twitter|Facebook|Instagram|social media))?$`, "u"),
  new RegExp(String.raw`^(?:Sign up for|Get) (?:the )?${NAME}(?:['’]s)? (?:[Nn]ewsletter|[Dd]aily)`, "u"),
  new RegExp(String.raw`^${NAME} (?:Newsletters?|Staff|Team)$`, "u"),
  new RegExp(String.raw`^About ${NAME}$`, "u"),
];

/** Words a pattern catches that name a part of a page, not a site ("More from Business", "About Us"). */
const NOT_A_SITE = /^(?:us|our|this|it|news|business|sports?|politics|world|local|opinion|tech|technology|culture|health|science|entertainment|travel|home|the author|author|topics|latest|videos?|music|food|our newsletter|newsletter)$/i;

/** Longer lines are story text or legal notices, not the chrome a site names itself in. */
const MAX_LINE = 400;

/** The site's name when two different kinds of its chrome lines give the same one; the first such line as evidence. */
export function siteNameFromSelfReferences(lines: readonly SourceLine[]): { name: string; line: number; text: string } | undefined {
  const found = new Map<string, { name: string; kinds: Set<number>; line: number; text: string }>();
  for (const { text, line } of lines) {
    if (text.length > MAX_LINE) continue;
    SELF_REFERENCES.forEach((pattern, kind) => {
      const name = pattern.exec(text)?.[1]?.replace(/['’]s$/, "");
      if (!name || NOT_A_SITE.test(name)) return;
      const key = name.toLowerCase().replace(/^the /, "");
      const entry = found.get(key) ?? { name, kinds: new Set<number>(), line, text };
      // The most readable spelling names it: "Wired" over "WIRED".
      if (entry.name === entry.name.toUpperCase() && name !== name.toUpperCase()) entry.name = name;
      entry.kinds.add(kind);
      found.set(key, entry);
    });
  }
  const best = [...found.values()].filter((entry) => entry.kinds.size >= 2).sort((a, b) => b.kinds.size - a.kinds.size)[0];
  return best && { name: best.name, line: best.line, text: best.text };
}
