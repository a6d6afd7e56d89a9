// The normalized article: a contract that the site, the scorer and other tools read.
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, "an ISO 8601 date");

const evidence = z.object({
  rule: z.string(),
  text: z.string().optional(),
  line: z.number().int().positive().optional(),
  confidence: z.enum(["high", "medium", "low"]).optional(),
});

export const RemovedJunkSchema = z.object({
  rule: z.string(),
  source: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  /** Why the rule applies, when the line alone does not show it ("recurs in 4 of 5 stories from example.com"). */
  evidence: z.string().optional(),
});

export const ArticleFrontMatterSchema = z.object({
  title: z.string().min(1),
  title_derived: z.boolean().optional(),
  /** The publication date; absent when nothing in the capture dates the story (an undated article). */
  date: isoDate.optional(),
  /**
   * When the capture was taken (its file's time), written only for an undated article: it orders
   * the article among other undated ones and is shown as "captured on …", never as a publication date.
   */
  captured: isoDate.optional(),
  outlet: z.string().min(1),
  original_outlet: z.string().optional(),
  author: z.string().optional(),
  url: z.string().url().optional(),
  actors: z.array(z.string()).refine((names) => new Set(names).size === names.length, "no duplicate actors"),
  places: z.array(z.string()).refine((names) => new Set(names).size === names.length, "no duplicate places"),
  sources: z.array(z.string()).min(1),
  related: z.array(z.string()).optional(),
  provenance: z
    .object({
      title: evidence.optional(),
      date: evidence.optional(),
      outlet: evidence.optional(),
      removed: z.array(RemovedJunkSchema).optional(),
    })
    .optional(),
});

export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;
export type RemovedJunk = z.infer<typeof RemovedJunkSchema>;
