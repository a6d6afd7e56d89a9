// Eleventy plugin: page templates are TypeScript template functions (`*.11ty.ts`, run by tsx
// like `.11ty.js`), and the one global datum is the precomputed, frozen archive.
import { currentArchive } from "./current-archive.ts";

/** The part of Eleventy's UserConfig this plugin uses (Eleventy's own types are JSDoc). */
export interface EleventyConfigLike {
  addExtension(extensions: string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addGlobalData(name: string, value: unknown): void;
  addPlugin(plugin: (config: EleventyConfigLike) => void): void;
}

export function archivePlugin(eleventyConfig: EleventyConfigLike): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addGlobalData("archive", () => currentArchive());
}
