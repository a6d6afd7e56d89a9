// How a field was found: the rule, the text it came from, its line, how sure we are.
export type Confidence = "high" | "medium" | "low";

export interface Evidence {
  rule: string;
  text?: string;
  line?: number;
  confidence?: Confidence;
}

/** Evidence text is for humans checking the page: keep it short. */
export function evidenceText(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
