// Eleventy configuration: directories and plugins only (the plugins live in src/site/).
import { archivePlugin, type EleventyConfigLike } from "./src/site/archive-plugin.ts";

export default function eleventyConfig(config: EleventyConfigLike) {
  config.addPlugin(archivePlugin);
  return {
    // Output is not set here: a config value would override the folder the build script passes
    // (a fresh staging folder, swapped into _site/ when complete).
    dir: { input: "layouts" },
    templateFormats: ["11ty.ts"],
    // Article bodies are data, never templates.
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
